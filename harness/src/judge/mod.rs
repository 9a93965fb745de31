//! Judging a run: what happened (the outcome), and a stable signature to
//! deduplicate it by (kind + top VM frames, never addresses).
//!
//! Oracles live one per file; this module only classifies what the executor
//! returned. Nothing here spawns a process.

pub mod diff;
pub mod host;
pub mod signature;

use std::path::Path;

use gcstress_vm::protocol::{self, cstr, end, status};
use gcstress_vm::symbols::{self, Symbolizer};
use serde::{Deserialize, Serialize};

use crate::exec::RawRun;

/// What a run came to. `Ok` and `Exception` are not bug signals; everything
/// else is (timeouts and OOMs too, as in libFuzzer: `hunt` keeps them only if
/// the program finishes without the GC schedule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Ok,
    Exception,
    Crash,
    Assert,
    Asan,
    Timeout,
    Oom,
    Verifier,
    Divergence,
    /// Artichoke: a dead object reached from Rust ("Value receiver for function call is dead").
    DeadValue,
    /// Artichoke: a Rust panic.
    Panic,
    /// The C stack ran out (the fault is next to the stack pointer, or ASan
    /// says so): its own kind, keyed by the frames that repeat, because it
    /// dies wherever the stack happens to end.
    StackOverflow,
    /// The harness could not run the program as asked (bad VM setting, worker died).
    Error,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Ok => "ok",
            Kind::Exception => "exception",
            Kind::Crash => "crash",
            Kind::Assert => "assert",
            Kind::Asan => "asan",
            Kind::Timeout => "timeout",
            Kind::Oom => "oom",
            Kind::Verifier => "verifier",
            Kind::Divergence => "divergence",
            Kind::DeadValue => "dead-value",
            Kind::Panic => "panic",
            Kind::StackOverflow => "stack-overflow",
            Kind::Error => "error",
        }
    }

    pub fn is_bug(self) -> bool {
        !matches!(self, Kind::Ok | Kind::Exception | Kind::Error)
    }

    pub fn parse(s: &str) -> Option<Kind> {
        [
            Kind::Ok,
            Kind::Exception,
            Kind::Crash,
            Kind::Assert,
            Kind::Asan,
            Kind::Timeout,
            Kind::Oom,
            Kind::Verifier,
            Kind::Divergence,
            Kind::DeadValue,
            Kind::Panic,
            Kind::StackOverflow,
            Kind::Error,
        ]
        .into_iter()
        .find(|k| k.name() == s)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Exception {
    pub class: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ParseError {
    pub line: i32,
    pub column: i32,
    pub message: String,
}

/// The GC activity a run really saw, so a user can tell the schedule stressed the VM.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct GcCounts {
    pub minor: u64,
    pub full: u64,
    pub step: u64,
    pub forced_minor: u64,
    pub forced_full: u64,
    pub forced_step: u64,
    pub forced_skipped: u64,
    pub vm_minor: u64,
    pub vm_major_steps: u64,
    pub vm_major_cycles: u64,
    pub other: u64,
    pub malloc_fail: u64,
    pub gc_in_malloc: u64,
    pub allocations: u64,
    pub mallocs: u64,
    pub field_barriers: u64,
    pub object_barriers: u64,
    pub barriers_dropped: u64,
    pub phase_allocs: PhaseAllocs,
    pub live_end: u64,
    pub old_end: u64,
    pub slots_end: u64,
    pub generational: bool,
    pub verify_runs: u64,
    /// Lowest and highest heap slot address (not serialized: they differ run to run).
    #[serde(skip)]
    pub heap: (u64, u64),
    /// Artichoke: "is this value dead?" checks its Rust code made before
    /// calling into Ruby (absent on mruby VMs).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub host_liveness_checks: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct PhaseAllocs {
    pub root: u64,
    pub mark: u64,
    pub sweep: u64,
}

impl PhaseAllocs {
    /// Share of allocations made while a major cycle was in MARK or SWEEP.
    pub fn mid_cycle_share(&self) -> f64 {
        let t = self.root + self.mark + self.sweep;
        if t == 0 {
            0.0
        } else {
            (self.mark + self.sweep) as f64 / t as f64
        }
    }
}

impl GcCounts {
    pub fn from_counters(c: &protocol::Counters) -> GcCounts {
        GcCounts {
            minor: c.forced_minor + c.vm_minor,
            full: c.vm_major_cycles + c.other_gc + c.gc_in_malloc,
            step: c.forced_step + c.vm_major_steps,
            forced_minor: c.forced_minor,
            forced_full: c.forced_full,
            forced_step: c.forced_step,
            forced_skipped: c.forced_skipped,
            vm_minor: c.vm_minor,
            vm_major_steps: c.vm_major_steps,
            vm_major_cycles: c.vm_major_cycles,
            other: c.other_gc,
            malloc_fail: c.malloc_fail,
            gc_in_malloc: c.gc_in_malloc,
            allocations: c.allocs,
            mallocs: c.mallocs,
            field_barriers: c.field_wb,
            object_barriers: c.wb,
            barriers_dropped: c.wb_dropped,
            phase_allocs: PhaseAllocs {
                root: c.phase_root,
                mark: c.phase_mark,
                sweep: c.phase_sweep,
            },
            live_end: c.live_end,
            old_end: c.old_end,
            slots_end: c.slots_end,
            generational: c.generational != 0,
            verify_runs: c.verify_runs,
            heap: (c.heap_lo, c.heap_hi),
            host_liveness_checks: 0,
        }
    }
}

/// One verifier finding, with the names resolved.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct VerifierFinding {
    /// "live RProc Numeric#-@ references freed slot (was REnv) after minor GC #2"
    pub message: String,
    /// "REnv allocated in mrb_alias_method (class.c) was stored into old RProc Numeric#-@ without a write barrier"
    pub root_cause: Option<String>,
    pub child_type: String,
    pub child_allocated_by: Option<String>,
    pub child_line: Option<i32>,
    pub parent: String,
    pub parent_allocated_by: Option<String>,
    pub parent_line: Option<i32>,
    pub barriers_on_parent_after_child: u64,
    /// Objects the slot held since the parent's last barrier: 1 means the
    /// child is known for sure; more means the slot was reused and the child
    /// named is the oldest candidate.
    pub slot_incarnations: u32,
    pub gc_kind: String,
    pub gc_no: u32,
}

/// Everything a user or a tool needs about one run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Outcome {
    pub outcome: Kind,
    pub signature: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signal: Option<String>,
    /// Symbolized VM frames, innermost first (harness and libc frames dropped).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub frames: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exception: Option<Exception>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assertion: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asan: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parse_error: Option<ParseError>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub verifier: Vec<VerifierFinding>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub divergence: Option<diff::Divergence>,
    /// Artichoke: a Rust panic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panic: Option<host::Panic>,
    /// Artichoke: its liveness check answered "dead" for a value it was about to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dead_value: Option<host::DeadValue>,
    /// A stack overflow: the functions the recursion repeats (from every
    /// frame, before repeated frames are folded into one).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub recursion: Vec<String>,
    /// The VM function whose malloc gcstress failed last (the GC inside that
    /// malloc is what a mallocfail find usually comes down to).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub malloc_fail_caller: Option<String>,
    /// A one-line explanation (what went wrong, in words).
    pub summary: String,
    pub gc: GcCounts,
    pub duration_ms: f64,
    /// Bytes of the program's stdout and stderr that were not kept: a
    /// stream longer than the worker sends back keeps its head and its tail
    /// ([`gcstress_vm::protocol::OUTPUT_HEAD`]).
    #[serde(skip_serializing_if = "is_zero", default)]
    pub output_dropped_bytes: u64,
    /// What was kept of stdout (head and tail, see `output_dropped_bytes`).
    #[serde(skip)]
    pub stdout: Vec<u8>,
    #[serde(skip)]
    pub stderr: Vec<u8>,
    /// Bytes the program wrote to each stream (stdout, stderr).
    #[serde(skip)]
    pub output_totals: (u64, u64),
    #[serde(skip)]
    pub edges: Vec<(u32, u64, u32)>,
}

pub fn signal_name(sig: i32) -> String {
    match sig {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        13 => "SIGPIPE",
        14 => "SIGALRM",
        15 => "SIGTERM",
        24 => "SIGXCPU",
        25 => "SIGXFSZ",
        _ => return format!("SIG{sig}"),
    }
    .to_string()
}

/// Frames that belong to the harness, the C library or the signal machinery.
fn is_harness_frame(name: &str) -> bool {
    host::is_runtime_frame(name)
        || name.starts_with("gcs_")
        || name.starts_with("__wrap_")
        || name.starts_with("__real_")
        || gcstress_vm::is_shim_function(name)
        || matches!(
            name,
            "crash_handler"
                | "run_child"
                | "main"
                | "_start"
                | "raw_bench"
                | "child_atexit"
                | "__libc_start_main"
        )
}

pub fn symbolize_frames(sym: &Symbolizer, frames: &[u64]) -> Vec<String> {
    let mut out = symbolize_all(sym, frames);
    out.dedup();
    out
}

/// Every frame's function (harness frames dropped), repeats kept.
fn symbolize_all(sym: &Symbolizer, frames: &[u64]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &a in frames {
        // return addresses point after the call; look one byte back
        let name = sym.name(a).or_else(|| sym.name(a.saturating_sub(1)));
        if let Some(n) = name {
            if is_harness_frame(n) {
                continue;
            }
            out.push(n.to_string());
        }
    }
    out
}

fn tail(bytes: &[u8], max: usize) -> String {
    let s = String::from_utf8_lossy(bytes);
    let n = s.chars().count();
    if n <= max {
        s.into_owned()
    } else {
        s.chars().skip(n - max).collect()
    }
}

/// Text of the mruby assertion that failed, if stderr has one.
fn find_assertion(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .find(|l| l.contains("Assertion") && l.contains("failed"))
        .map(|l| {
            // "worker: /build/src/gc.c:123: mrb_gc_mark: Assertion `x' failed." -> "gc.c:123: mrb_gc_mark: ..."
            let mut l = l.trim();
            if let Some(i) = l.find(": ") {
                if l[..i].contains("worker") {
                    l = &l[i + 2..];
                }
            }
            match l.find(": ") {
                Some(i) if l[..i].contains('/') => {
                    let (path, rest) = l.split_at(i);
                    format!("{}{rest}", path.rsplit('/').next().unwrap_or(path))
                }
                _ => l.to_string(),
            }
        })
}

/// ASan report: error type and the first frames' function names.
fn find_asan(stderr: &str) -> Option<(String, Vec<String>)> {
    let start = stderr.find("ERROR: AddressSanitizer:")?;
    let rest = &stderr[start + "ERROR: AddressSanitizer:".len()..];
    let kind = rest
        .split_whitespace()
        .next()
        .unwrap_or("unknown")
        .to_string();
    let mut frames = Vec::new();
    for line in rest.lines().skip(1) {
        let l = line.trim();
        if l.is_empty() && !frames.is_empty() {
            break;
        }
        if !l.starts_with('#') {
            continue;
        }
        if let Some(i) = l.find(" in ") {
            let f = l[i + 4..]
                .split_whitespace()
                .next()
                .unwrap_or("?")
                .to_string();
            if !f.starts_with("__interceptor")
                && !f.starts_with("__asan")
                && !is_harness_frame(&f)
                && !matches!(f.as_str(), "malloc" | "free" | "realloc" | "calloc")
            {
                frames.push(f);
            }
        }
    }
    Some((kind, frames))
}

fn gc_kind_name(k: u32) -> &'static str {
    match k {
        1 => "minor",
        2 => "full",
        3 => "major step",
        _ => "GC",
    }
}

/// A finding as the report says it (`sym`: names for the allocation sites, if known).
pub fn resolve_finding(sym: Option<&Symbolizer>, f: &protocol::Finding) -> VerifierFinding {
    let name = |a: u64| -> Option<String> {
        if a == 0 {
            return None;
        }
        sym.and_then(|s| s.name(a).or_else(|| s.name(a - 1)))
            .map(String::from)
    };
    let child_type = cstr(&f.child_desc);
    let parent = {
        let p = cstr(&f.parent_desc);
        if p.is_empty() {
            "unknown object".to_string()
        } else {
            p
        }
    };
    let child_by = name(f.child_alloc_ret);
    let parent_by = name(f.parent_alloc_ret);
    let gc = gc_kind_name(f.gc_kind);
    let message = format!(
        "live {parent} references freed slot (was {child_type}) after {gc} GC #{}",
        f.gc_no
    );
    let root_cause = child_by.as_ref().map(|by| {
        let file = signature::source_file_of(by)
            .map(|f| format!(" ({f})"))
            .unwrap_or_default();
        let line = if f.child_line > 0 {
            format!(" at line {}", f.child_line)
        } else {
            String::new()
        };
        let barrier = if f.parent_wb_after == 0 {
            "without a write barrier".to_string()
        } else {
            format!(
                "although {} write barrier call(s) on it followed",
                f.parent_wb_after
            )
        };
        let age = if f.parent_alloc_seq == 0 || f.parent_alloc_seq < f.child_alloc_seq {
            "old "
        } else {
            ""
        };
        format!(
            "{child_type} allocated in {by}{file}{line} was stored into {age}{parent} {barrier}"
        )
    });
    VerifierFinding {
        message,
        root_cause,
        child_type,
        child_allocated_by: child_by,
        child_line: (f.child_line > 0).then_some(f.child_line),
        parent,
        parent_allocated_by: parent_by,
        parent_line: (f.parent_line > 0).then_some(f.parent_line),
        barriers_on_parent_after_child: f.parent_wb_after,
        slot_incarnations: f.incarnations,
        gc_kind: gc.to_string(),
        gc_no: f.gc_no,
    }
}

/// Classify a raw run. `worker` is the binary the frames belong to.
pub fn judge(run: &RawRun, worker: &Path) -> Outcome {
    let r = &run.result;
    let sym = symbols::for_binary(worker).ok();
    let stderr_text = String::from_utf8_lossy(&run.stderr).into_owned();
    let mut gc = GcCounts::from_counters(&r.c);
    gc.host_liveness_checks = r.host_dead_checks;
    let frames = match &sym {
        Some(s) => symbolize_frames(s, &r.frames[..(r.nframes as usize).min(r.frames.len())]),
        None => vec![],
    };
    let mut o = Outcome {
        outcome: Kind::Ok,
        signature: String::new(),
        signal: None,
        frames: vec![],
        exception: None,
        assertion: None,
        asan: None,
        parse_error: None,
        verifier: vec![],
        divergence: None,
        panic: None,
        dead_value: None,
        malloc_fail_caller: None,
        recursion: vec![],
        summary: String::new(),
        gc,
        duration_ms: r.duration_ns as f64 / 1e6,
        output_dropped_bytes: (r.stdout_total.saturating_sub(run.stdout.len() as u64))
            + (r.stderr_total.saturating_sub(run.stderr.len() as u64)),
        stdout: run.stdout.clone(),
        stderr: run.stderr.clone(),
        output_totals: (r.stdout_total, r.stderr_total),
        edges: r.edges().map(|e| (e.hook, e.addr, e.count)).collect(),
    };
    if r.malloc_fail_caller != 0 {
        o.malloc_fail_caller = sym.as_ref().and_then(|s| {
            s.name(r.malloc_fail_caller - 1)
                .or_else(|| s.name(r.malloc_fail_caller))
                .map(String::from)
        });
    }
    let term_sig = if r.status == status::SIGNALED {
        r.signal
    } else {
        0
    };
    let sig = if r.crash_signal != 0 {
        r.crash_signal
    } else {
        term_sig
    };
    let exception = (r.end == end::EXCEPTION).then(|| Exception {
        class: cstr(&r.exc_class),
        message: cstr(&r.exc_message),
    });

    if run.worker_hung {
        o.outcome = Kind::Timeout;
        o.summary = "the worker stopped answering; killed by the harness".into();
    } else if r.status == status::SERVER_ERROR {
        o.outcome = Kind::Error;
        o.summary = cstr(&r.setup_error);
    } else if r.end == end::PARSE_ERROR {
        o.outcome = Kind::Error;
        let pe = ParseError {
            line: r.parse_line,
            column: r.parse_col,
            message: cstr(&r.parse_message),
        };
        o.summary = format!("syntax error: {}", pe.message);
        o.parse_error = Some(pe);
    } else if r.end == end::SETUP {
        o.outcome = Kind::Error;
        o.summary = cstr(&r.setup_error);
    } else if r.end == end::VERIFIER {
        o.outcome = Kind::Verifier;
        o.verifier = r
            .findings()
            .map(|f| resolve_finding(sym.as_deref(), f))
            .collect();
        o.summary = o
            .verifier
            .first()
            .map(|f| f.message.clone())
            .unwrap_or_default();
    } else if r.end == end::OOM {
        o.outcome = Kind::Oom;
        o.summary = "the program went over the memory limit".into();
    } else if let Some(p) = host::panic(r, &stderr_text) {
        o.outcome = Kind::Panic;
        o.signal = (sig != 0).then(|| signal_name(sig));
        o.frames = frames;
        o.summary = format!("Rust panic: {} (at {})", p.message, p.location);
        o.panic = Some(p);
    } else if sig == 6 && host::is_rust_oom(&stderr_text) {
        o.outcome = Kind::Oom;
        o.summary = "a Rust allocation failed (memory limit)".into();
    } else if let Some((kind, aframes)) = find_asan(&stderr_text) {
        if kind == "stack-overflow" {
            o.outcome = Kind::StackOverflow;
            o.signal = (sig != 0).then(|| signal_name(sig));
            o.summary = "stack overflow (AddressSanitizer)".into();
            o.recursion = signature::repeating(&aframes);
            o.frames = if frames.len() > aframes.len() {
                frames
            } else {
                aframes
            };
            o.signature = signature::make(&o);
            return o;
        }
        o.outcome = Kind::Asan;
        o.summary = format!("AddressSanitizer: {kind}");
        o.asan = Some(kind);
        o.frames = aframes;
    } else if sig == 14 && r.crash_signal == 0 {
        o.outcome = Kind::Timeout;
        o.summary = "the program did not finish in time".into();
    } else if sig == 9 || sig == 24 {
        // killed by the kernel (RLIMIT_AS backstop / OOM killer / CPU limit)
        o.outcome = if sig == 24 { Kind::Timeout } else { Kind::Oom };
        o.summary = format!("killed by {}", signal_name(sig));
    } else if (sig == 11 || sig == 7) && is_stack_fault(r.fault_addr, r.fault_sp) {
        o.outcome = Kind::StackOverflow;
        o.signal = Some(signal_name(sig));
        o.frames = frames;
        o.recursion = match &sym {
            Some(s) => signature::repeating(&symbolize_all(
                s,
                &r.frames[..(r.nframes as usize).min(r.frames.len())],
            )),
            None => vec![],
        };
        let cycle = o.recursion.clone();
        o.summary = if cycle.is_empty() {
            "stack overflow".to_string()
        } else {
            format!("stack overflow in a recursion through {}", cycle.join(", "))
        };
    } else if sig != 0 {
        let assertion = if sig == 6 {
            find_assertion(&stderr_text)
        } else {
            None
        };
        o.signal = Some(signal_name(sig));
        o.frames = frames;
        if let Some(a) = assertion {
            o.outcome = Kind::Assert;
            o.summary = format!("mruby assertion failed: {a}");
            o.assertion = Some(a);
        } else {
            o.outcome = Kind::Crash;
            let top = o.frames.first().map(String::as_str).unwrap_or("?");
            o.summary = format!("{} in {top}", signal_name(sig));
        }
    } else if let Some(d) = host::dead_value(r, exception.as_ref()) {
        o.outcome = Kind::DeadValue;
        o.frames = frames;
        o.summary = format!(
            "{}: {} (colour {} with {} current); {}",
            d.classification, d.evidence, d.colour, d.current_white, d.raised
        );
        o.exception = exception;
        o.dead_value = Some(d);
    } else if let Some(e) = exception {
        o.outcome = Kind::Exception;
        o.summary = format!("uncaught {}: {}", e.class, e.message);
        o.exception = Some(e);
    } else if r.end == end::NONE && r.exit_code != 0 {
        o.outcome = Kind::Crash;
        o.summary = format!(
            "the VM exited with status {} without finishing the program",
            r.exit_code
        );
    } else {
        o.outcome = Kind::Ok;
        o.summary = "finished".into();
    }
    o.signature = signature::make(&o);
    o
}

/// A fault at or just below the stack pointer is the guard page of a stack
/// that ran out (a frame may be large, so up to 1 MiB below counts).
fn is_stack_fault(addr: u64, sp: u64) -> bool {
    sp != 0 && addr != 0 && addr <= sp.saturating_add(4096) && sp - addr.min(sp) < (1 << 20)
}

/// Short tails of the program's output, for reports.
pub fn output_tails(o: &Outcome, max: usize) -> (String, String) {
    (tail(&o.stdout, max), tail(&o.stderr, max))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asan_reports_are_parsed() {
        let text = "==1==ERROR: AddressSanitizer: heap-use-after-free on address 0x1 at pc 0x2\n\
                    READ of size 8\n    #0 0x4 in gc_mark_children /x/gc.c:10\n    #1 0x5 in incremental_gc /x/gc.c:20\n\n";
        let (k, f) = find_asan(text).unwrap();
        assert_eq!(k, "heap-use-after-free");
        assert_eq!(f, vec!["gc_mark_children", "incremental_gc"]);
    }

    #[test]
    fn faults_next_to_the_stack_pointer_are_stack_overflows() {
        let sp = 0x7fff_0000_8000;
        assert!(is_stack_fault(sp - 8, sp));
        assert!(is_stack_fault(sp - 300_000, sp));
        assert!(!is_stack_fault(0x10, sp), "a null dereference is not");
        assert!(
            !is_stack_fault(0x5555_0000_0000, sp),
            "a heap address is not"
        );
        assert!(!is_stack_fault(sp - 8, 0), "unknown stack pointer");
    }

    #[test]
    fn assertions_are_found() {
        let t = "gcstress-worker: /b/src/gc.c:702: mrb_gc_mark: Assertion `(obj)->tt != MRB_TT_FREE' failed.\n";
        assert_eq!(
            find_assertion(t).unwrap(),
            "gc.c:702: mrb_gc_mark: Assertion `(obj)->tt != MRB_TT_FREE' failed."
        );
    }
}
