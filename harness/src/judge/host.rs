//! Oracles for a host around mruby (Artichoke: core classes in Rust).
//!
//! - **panic**: the worker's panic hook marks the result (`host_panic`), the
//!   standard hook prints `thread '…' panicked at FILE:LINE:COL:` and the
//!   message, then the worker aborts on the spot, so the crash handler's frames
//!   start at the panic.
//! - **dead value**: before every call from Rust into Ruby on a value
//!   (`Value::funcall`, `Block::yield_arg`) Artichoke asks mruby whether the
//!   object is dead (`mrb_sys_value_is_dead`) and on a yes raises `fatal`
//!   ("Value receiver for function call is dead" / "Value yielded to block is
//!   dead", artichoke#1336). The shim wraps that check and records the first
//!   "dead" answer with the slot's type and colour and the collector's state,
//!   and the frames of the Rust code that asked. A caller may swallow the
//!   `fatal`; the record is still there.
//! - **Rust OOM**: a failed Rust allocation prints `memory allocation of N
//!   bytes failed` and aborts: that is an out-of-memory, not a crash.

use gcstress_vm::protocol::{cstr, RunResult};
use serde::{Deserialize, Serialize};

use super::Exception;

/// A Rust panic, as the standard panic hook printed it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Panic {
    pub message: String,
    /// `file:line:col`, toolchain paths shortened (`library/alloc/src/…`).
    pub location: String,
}

/// Artichoke's liveness check answered "dead" for a value it was about to use.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DeadValue {
    /// The slot's type at that moment, as the VM names it (`free slot` if it was freed).
    pub slot: String,
    /// Its colour then (`white-a`, `white-b`, `gray`, `black`, `red`), and
    /// which white was current.
    pub colour: String,
    pub current_white: String,
    /// The collector's state then: `root`, `mark` or `sweep`.
    pub gc_state: String,
    /// Liveness checks the host made in the whole run.
    pub checks: u64,
    /// What the program saw: the `fatal` message, or that a caller swallowed it.
    pub raised: String,
    /// `freed` (the slot was free, or a full GC in a copy freed it: a
    /// use-after-free), `misjudged-live` (it survived a full GC intact: the
    /// check misread a mid-cycle colour, a host bug) or `unknown`.
    pub classification: String,
    /// The evidence, in words.
    pub evidence: String,
}

/// Frames of the Rust runtime and of the worker's own glue: never part of a signature.
pub fn is_runtime_frame(name: &str) -> bool {
    const PREFIXES: [&str; 10] = [
        "std::",
        "core::",
        "alloc::",
        "<std::",
        "<core::",
        "<alloc::",
        "__rustc::",
        "__rust_",
        "rust_begin_unwind",
        "gcstress_artichoke_worker::",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p))
        || name.ends_with("::is_dead")
        || matches!(name, "rust_panic" | "abort" | "raise" | "gsignal")
}

/// The panic the standard hook printed, if the worker marked one.
pub fn panic(r: &RunResult, stderr: &str) -> Option<Panic> {
    if r.host_panic == 0 {
        return None;
    }
    Some(parse_panic(stderr).unwrap_or(Panic {
        message: "(the panic message was not printed)".into(),
        location: "?".into(),
    }))
}

/// `thread 'main' (123) panicked at src/x.rs:1:2:\nmessage`
fn parse_panic(stderr: &str) -> Option<Panic> {
    let at = stderr.find(" panicked at ")?;
    let rest = &stderr[at + " panicked at ".len()..];
    let (loc_line, after) = rest.split_once('\n').unwrap_or((rest, ""));
    let loc = loc_line.trim().trim_end_matches(':');
    let location = match loc.strip_prefix("/rustc/") {
        // "/rustc/<commit>/library/..." -> "library/..."
        Some(r) => r.split_once('/').map_or(r, |(_, p)| p).to_string(),
        None => loc.to_string(),
    };
    let message = after.lines().next().unwrap_or("").trim().to_string();
    Some(Panic { message, location })
}

/// A Rust allocation failure (`handle_alloc_error`), which aborts the worker.
pub fn is_rust_oom(stderr: &str) -> bool {
    stderr
        .lines()
        .any(|l| l.starts_with("memory allocation of ") && l.ends_with(" failed"))
}

fn colour_name(c: i32) -> String {
    match c {
        -1 => "none".into(),
        0 => "gray".into(),
        1 => "white-a".into(),
        2 => "white-b".into(),
        4 => "black".into(),
        7 => "red".into(),
        other => format!("bits {other}"),
    }
}

fn gc_state_name(s: i32) -> &'static str {
    match s {
        0 => "root",
        1 => "mark",
        2 => "sweep",
        _ => "?",
    }
}

/// Artichoke's `fatal` for a dead value (its text, artichoke-backend value.rs / block.rs).
pub fn is_dead_value_fatal(e: &Exception) -> bool {
    e.class == "fatal"
        && (e
            .message
            .starts_with("Value receiver for function call is dead")
            || e.message.starts_with("Value yielded to block is dead"))
}

/// The dead-value finding, from the shim's record and the exception the program ended with.
pub fn dead_value(r: &RunResult, exception: Option<&Exception>) -> Option<DeadValue> {
    let fatal = exception.filter(|e| is_dead_value_fatal(e));
    if r.host_dead_addr == 0 && fatal.is_none() {
        return None;
    }
    let raised = match fatal {
        Some(e) => format!(
            "fatal: {}",
            e.message.split(". ").next().unwrap_or(&e.message)
        ),
        None => "fatal raised and swallowed by a caller".into(),
    };
    if r.host_dead_addr == 0 {
        return Some(DeadValue {
            slot: "?".into(),
            colour: "?".into(),
            current_white: "?".into(),
            gc_state: "?".into(),
            checks: r.host_dead_checks,
            raised,
            classification: "unknown".into(),
            evidence: "the check was not seen by the shim".into(),
        });
    }
    let slot = cstr(&r.host_dead_type);
    let state = gc_state_name(r.host_dead_gc_state).to_string();
    let up = state.to_uppercase();
    let (classification, evidence) = match r.host_dead_class {
        1 if slot == "free slot" => ("freed", format!("the value's slot was already free when the check ran during {up}")),
        1 => ("freed", format!("{slot} read as dead during {up}; a full GC frees it: the value was garbage (use after free)")),
        2 => ("misjudged-live", format!("{slot} read as dead during {up}; intact after a full GC: live object misjudged")),
        _ => ("unknown", "no heap slot to examine".to_string()),
    };
    Some(DeadValue {
        slot,
        colour: colour_name(r.host_dead_color),
        current_white: colour_name(r.host_dead_white),
        gc_state: state,
        checks: r.host_dead_checks,
        raised,
        classification: classification.into(),
        evidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_are_parsed() {
        let t = "\nthread 'main' (8111) panicked at /rustc/59807616e1fa/library/alloc/src/raw_vec/mod.rs:28:5:\ncapacity overflow\nstack backtrace:\n";
        let p = parse_panic(t).unwrap();
        assert_eq!(p.message, "capacity overflow");
        assert_eq!(p.location, "library/alloc/src/raw_vec/mod.rs:28:5");
        let t = "thread 'main' panicked at artichoke-backend/src/x.rs:1:2:\nboom\n";
        assert_eq!(
            parse_panic(t).unwrap().location,
            "artichoke-backend/src/x.rs:1:2"
        );
    }

    #[test]
    fn rust_oom_is_recognized() {
        assert!(is_rust_oom(
            "memory allocation of 4611686018427387904 bytes failed\nstack backtrace:\n"
        ));
        assert!(!is_rust_oom("memory allocation of x\n"));
    }

    #[test]
    fn the_dead_value_fatal_is_recognized_even_without_the_record() {
        let e = Exception {
            class: "fatal".into(),
            message: "Value receiver for function call is dead. This indicates a bug in the mruby garbage collector.".into(),
        };
        let mut r = RunResult::empty();
        let d = dead_value(&r, Some(&e)).unwrap();
        assert_eq!(d.raised, "fatal: Value receiver for function call is dead");
        r.host_dead_addr = 0x1000;
        r.host_dead_color = 2;
        r.host_dead_white = 1;
        r.host_dead_gc_state = 2;
        RunResult::set_str(&mut r.host_dead_type, "RObject");
        let d = dead_value(&r, None).unwrap();
        assert_eq!(
            (
                d.slot.as_str(),
                d.colour.as_str(),
                d.current_white.as_str(),
                d.gc_state.as_str()
            ),
            ("RObject", "white-b", "white-a", "sweep")
        );
        assert_eq!(d.raised, "fatal raised and swallowed by a caller");
        let other = Exception {
            class: "RuntimeError".into(),
            message: "Value receiver for function call is dead".into(),
        };
        assert!(dead_value(&RunResult::empty(), Some(&other)).is_none());
    }
}
