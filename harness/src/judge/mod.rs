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
    /// A self-check (`GCStress.expect`) read back another value than the
    /// program stored: a freed slot, or one reused by another object.
    WrongResult,
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
            Kind::WrongResult => "wrong-result",
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
            Kind::WrongResult,
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

/// A self-check that failed: the program kept a value when it stored it into
/// a holder (`GCStress.keep(check, v)`) and read another one back
/// (`GCStress.expect(check, holder...)`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct WrongResult {
    /// The check's number (the hold's: holder `h<check>`).
    pub check: u32,
    /// The Ruby line of the check.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<i32>,
    /// `freed` (the kept object's slot is free), `reused` (another object
    /// is in it), `changed` (the same object, other contents), `other`
    /// (another object elsewhere), `missing` (nil where an object was kept).
    pub how: String,
    /// What was kept: "RString String".
    pub expected: String,
    /// What the check read: "RArray Array", "free slot".
    pub actual: String,
    /// Allocation numbers of the kept object and of what the check read
    /// (known when slots are tracked: `--verify`, recording).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub expected_alloc: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub actual_alloc: Option<u64>,
}

impl WrongResult {
    pub fn from_wire(w: &protocol::Wrong) -> WrongResult {
        let how = match w.how {
            protocol::wrong_how::FREED => "freed",
            protocol::wrong_how::REUSED => "reused",
            protocol::wrong_how::CHANGED => "changed",
            protocol::wrong_how::OTHER => "other",
            protocol::wrong_how::MISSING => "missing",
            _ => "unknown",
        };
        let seq = |n: u64| (w.tracked != 0 && n != 0).then_some(n);
        WrongResult {
            check: w.key,
            line: (w.line > 0).then_some(w.line),
            how: how.to_string(),
            expected: cstr(&w.expected_desc),
            actual: cstr(&w.actual_desc),
            expected_alloc: seq(w.expected_seq),
            actual_alloc: seq(w.actual_seq),
        }
    }

    /// One line: "self-check 2 (line 31): kept RString String, read a free slot (freed)".
    pub fn summary(&self) -> String {
        let line = self
            .line
            .map(|l| format!(" (line {l})"))
            .unwrap_or_default();
        let alloc = |n: Option<u64>| n.map(|n| format!(" #{n}")).unwrap_or_default();
        format!(
            "self-check {}{line}: kept {}{}, read {}{} ({})",
            self.check,
            self.expected,
            alloc(self.expected_alloc),
            self.actual,
            alloc(self.actual_alloc),
            self.how
        )
    }
}

/// What a run came to, with the evidence of that kind and only that: a
/// crash has its signal and frames, a verifier find its findings, a panic
/// its message. Closed: a new oracle is a new variant (and a new [`Kind`]),
/// and every `match` on it says what to do with it.
#[derive(Debug, Clone, PartialEq)]
pub enum Evidence {
    Ok,
    /// An uncaught exception (not a bug signal).
    Exception(Exception),
    /// The VM died by a signal (`signal`, with its frames), or exited
    /// without finishing the program (`signal` None, no frames).
    Crash {
        signal: Option<String>,
        frames: Vec<String>,
    },
    /// An `MRB_DEBUG` assertion (the abort's signal and frames, the text).
    Assert {
        signal: String,
        frames: Vec<String>,
        assertion: String,
    },
    /// An AddressSanitizer report: its kind (`heap-use-after-free`) and its frames.
    Asan {
        kind: String,
        frames: Vec<String>,
    },
    Timeout,
    Oom,
    /// The heap verifier's findings (first one first).
    Verifier(Vec<VerifierFinding>),
    /// The differential oracle: what differs, and the stressed run's
    /// exception, if it ended in one.
    Divergence {
        divergence: diff::Divergence,
        exception: Option<Exception>,
    },
    /// Artichoke: its liveness check answered "dead"; the frames of the Rust
    /// code that asked, and the `fatal` the program ended with, if it did.
    DeadValue {
        dead: host::DeadValue,
        frames: Vec<String>,
        exception: Option<Exception>,
    },
    /// A self-check read back another value than the program stored.
    WrongResult(WrongResult),
    /// Artichoke: a Rust panic.
    Panic {
        panic: host::Panic,
        signal: Option<String>,
        frames: Vec<String>,
    },
    /// The C stack ran out: the functions the recursion repeats (from every
    /// frame, before repeated frames are folded into one) and the frames.
    StackOverflow {
        signal: Option<String>,
        frames: Vec<String>,
        recursion: Vec<String>,
    },
    /// The harness could not run the program as asked; for a program that
    /// does not parse, where and why.
    Error {
        parse_error: Option<ParseError>,
    },
}

impl Evidence {
    pub fn kind(&self) -> Kind {
        match self {
            Evidence::Ok => Kind::Ok,
            Evidence::Exception(_) => Kind::Exception,
            Evidence::Crash { .. } => Kind::Crash,
            Evidence::Assert { .. } => Kind::Assert,
            Evidence::Asan { .. } => Kind::Asan,
            Evidence::Timeout => Kind::Timeout,
            Evidence::Oom => Kind::Oom,
            Evidence::Verifier(_) => Kind::Verifier,
            Evidence::Divergence { .. } => Kind::Divergence,
            Evidence::DeadValue { .. } => Kind::DeadValue,
            Evidence::WrongResult(_) => Kind::WrongResult,
            Evidence::Panic { .. } => Kind::Panic,
            Evidence::StackOverflow { .. } => Kind::StackOverflow,
            Evidence::Error { .. } => Kind::Error,
        }
    }

    /// Symbolized VM frames, innermost first (harness and libc frames
    /// dropped); empty for kinds without a stack.
    pub fn frames(&self) -> &[String] {
        match self {
            Evidence::Crash { frames, .. }
            | Evidence::Assert { frames, .. }
            | Evidence::Asan { frames, .. }
            | Evidence::DeadValue { frames, .. }
            | Evidence::Panic { frames, .. }
            | Evidence::StackOverflow { frames, .. } => frames,
            _ => &[],
        }
    }

    /// The signal the VM died by, if it died by one.
    pub fn signal(&self) -> Option<&str> {
        match self {
            Evidence::Assert { signal, .. } => Some(signal),
            Evidence::Crash { signal, .. }
            | Evidence::Panic { signal, .. }
            | Evidence::StackOverflow { signal, .. } => signal.as_deref(),
            _ => None,
        }
    }

    /// The exception the program ended with, if it ended in one.
    pub fn exception(&self) -> Option<&Exception> {
        match self {
            Evidence::Exception(e) => Some(e),
            Evidence::Divergence { exception, .. } | Evidence::DeadValue { exception, .. } => {
                exception.as_ref()
            }
            _ => None,
        }
    }

    /// The heap verifier's findings (empty unless [`Kind::Verifier`]).
    pub fn verifier(&self) -> &[VerifierFinding] {
        match self {
            Evidence::Verifier(f) => f,
            _ => &[],
        }
    }

    /// Where and why the program did not parse.
    pub fn parse_error(&self) -> Option<&ParseError> {
        match self {
            Evidence::Error { parse_error } => parse_error.as_ref(),
            _ => None,
        }
    }
}

/// Everything a user or a tool needs about one run.
///
/// Serialized flat, as before `Evidence` (see `Wire`): `outcome` names the
/// kind and the evidence sits beside it (`signal`, `frames`, `verifier`, ...);
/// every `outcome.json` written by an earlier version reads back.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub evidence: Evidence,
    pub signature: String,
    /// The VM function whose malloc gcstress failed last (the GC inside that
    /// malloc is what a mallocfail find usually comes down to); any kind.
    pub malloc_fail_caller: Option<String>,
    /// A one-line explanation (what went wrong, in words).
    pub summary: String,
    pub gc: GcCounts,
    pub duration_ms: f64,
    /// Bytes of the program's stdout and stderr that were not kept: a
    /// stream longer than the worker sends back keeps its head and its tail
    /// ([`gcstress_vm::protocol::OUTPUT_HEAD`]).
    pub output_dropped_bytes: u64,
    /// What was kept of stdout (head and tail, see `output_dropped_bytes`).
    /// Not serialized, nor the fields below.
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Bytes the program wrote to each stream (stdout, stderr).
    pub output_totals: (u64, u64),
    pub edges: Vec<(u32, u64, u32)>,
}

impl Outcome {
    pub fn kind(&self) -> Kind {
        self.evidence.kind()
    }
}

/// The serialized form of an [`Outcome`]: the flat struct `Outcome` was
/// before its evidence became an enum, field for field and in the same order,
/// so the JSON is the same and old files deserialize.
#[derive(Serialize, Deserialize)]
struct Wire {
    outcome: Kind,
    signature: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    signal: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    frames: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exception: Option<Exception>,
    #[serde(skip_serializing_if = "Option::is_none")]
    assertion: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    asan: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parse_error: Option<ParseError>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    verifier: Vec<VerifierFinding>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    divergence: Option<diff::Divergence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    panic: Option<host::Panic>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dead_value: Option<host::DeadValue>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    recursion: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    wrong_result: Option<WrongResult>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    malloc_fail_caller: Option<String>,
    summary: String,
    gc: GcCounts,
    duration_ms: f64,
    #[serde(skip_serializing_if = "is_zero", default)]
    output_dropped_bytes: u64,
}

impl Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut w = Wire {
            outcome: self.kind(),
            signature: self.signature.clone(),
            signal: self.evidence.signal().map(String::from),
            frames: self.evidence.frames().to_vec(),
            exception: self.evidence.exception().cloned(),
            assertion: None,
            asan: None,
            parse_error: self.evidence.parse_error().cloned(),
            verifier: self.evidence.verifier().to_vec(),
            divergence: None,
            panic: None,
            dead_value: None,
            recursion: vec![],
            wrong_result: None,
            malloc_fail_caller: self.malloc_fail_caller.clone(),
            summary: self.summary.clone(),
            gc: self.gc.clone(),
            duration_ms: self.duration_ms,
            output_dropped_bytes: self.output_dropped_bytes,
        };
        match &self.evidence {
            Evidence::Assert { assertion, .. } => w.assertion = Some(assertion.clone()),
            Evidence::Asan { kind, .. } => w.asan = Some(kind.clone()),
            Evidence::Divergence { divergence, .. } => w.divergence = Some(divergence.clone()),
            Evidence::Panic { panic, .. } => w.panic = Some(panic.clone()),
            Evidence::DeadValue { dead, .. } => w.dead_value = Some(dead.clone()),
            Evidence::StackOverflow { recursion, .. } => w.recursion = recursion.clone(),
            Evidence::WrongResult(wr) => w.wrong_result = Some(wr.clone()),
            Evidence::Ok
            | Evidence::Exception(_)
            | Evidence::Crash { .. }
            | Evidence::Timeout
            | Evidence::Oom
            | Evidence::Verifier(_)
            | Evidence::Error { .. } => {}
        }
        w.serialize(ser)
    }
}

impl<'de> Deserialize<'de> for Outcome {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let w = Wire::deserialize(de)?;
        // what the kind does not carry is dropped; what it should carry and
        // a file lacks (never written so by gcstress) is left empty
        let evidence = match w.outcome {
            Kind::Ok => Evidence::Ok,
            Kind::Exception => Evidence::Exception(w.exception.unwrap_or(Exception {
                class: String::new(),
                message: String::new(),
            })),
            Kind::Crash => Evidence::Crash {
                signal: w.signal,
                frames: w.frames,
            },
            Kind::Assert => Evidence::Assert {
                signal: w.signal.unwrap_or_default(),
                frames: w.frames,
                assertion: w.assertion.unwrap_or_default(),
            },
            Kind::Asan => Evidence::Asan {
                kind: w.asan.unwrap_or_default(),
                frames: w.frames,
            },
            Kind::Timeout => Evidence::Timeout,
            Kind::Oom => Evidence::Oom,
            Kind::Verifier => Evidence::Verifier(w.verifier),
            Kind::Divergence => Evidence::Divergence {
                divergence: w.divergence.ok_or_else(|| {
                    serde::de::Error::custom("outcome `divergence` without its `divergence` field")
                })?,
                exception: w.exception,
            },
            Kind::DeadValue => Evidence::DeadValue {
                dead: w.dead_value.ok_or_else(|| {
                    serde::de::Error::custom("outcome `dead-value` without its `dead_value` field")
                })?,
                frames: w.frames,
                exception: w.exception,
            },
            Kind::WrongResult => Evidence::WrongResult(w.wrong_result.ok_or_else(|| {
                serde::de::Error::custom("outcome `wrong-result` without its `wrong_result` field")
            })?),
            Kind::Panic => Evidence::Panic {
                panic: w.panic.unwrap_or(host::Panic {
                    message: String::new(),
                    location: String::new(),
                }),
                signal: w.signal,
                frames: w.frames,
            },
            Kind::StackOverflow => Evidence::StackOverflow {
                signal: w.signal,
                frames: w.frames,
                recursion: w.recursion,
            },
            Kind::Error => Evidence::Error {
                parse_error: w.parse_error,
            },
        };
        Ok(Outcome {
            evidence,
            signature: w.signature,
            malloc_fail_caller: w.malloc_fail_caller,
            summary: w.summary,
            gc: w.gc,
            duration_ms: w.duration_ms,
            output_dropped_bytes: w.output_dropped_bytes,
            stdout: vec![],
            stderr: vec![],
            output_totals: (0, 0),
            edges: vec![],
        })
    }
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
    let malloc_fail_caller = if r.malloc_fail_caller != 0 {
        sym.as_ref().and_then(|s| {
            s.name(r.malloc_fail_caller - 1)
                .or_else(|| s.name(r.malloc_fail_caller))
                .map(String::from)
        })
    } else {
        None
    };
    let (evidence, summary) = if run.worker_hung {
        (
            Evidence::Timeout,
            "the worker stopped answering; killed by the harness".to_string(),
        )
    } else {
        classify(r, &sym, &stderr_text, frames)
    };
    let mut o = Outcome {
        evidence,
        signature: String::new(),
        malloc_fail_caller,
        summary,
        gc,
        duration_ms: r.duration_ns as f64 / 1e6,
        output_dropped_bytes: (r.stdout_total.saturating_sub(run.stdout.len() as u64))
            + (r.stderr_total.saturating_sub(run.stderr.len() as u64)),
        stdout: run.stdout.clone(),
        stderr: run.stderr.clone(),
        output_totals: (r.stdout_total, r.stderr_total),
        edges: r.edges().map(|e| (e.hook, e.addr, e.count)).collect(),
    };
    o.signature = signature::make(&o);
    o
}

/// What the child's report says the run came to, and its one-line summary
/// (`frames`: the crash handler's, symbolized).
fn classify(
    r: &protocol::RunResult,
    sym: &Option<std::sync::Arc<Symbolizer>>,
    stderr_text: &str,
    frames: Vec<String>,
) -> (Evidence, String) {
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
    let signal = (sig != 0).then(|| signal_name(sig));
    let exception = (r.end == end::EXCEPTION).then(|| Exception {
        class: cstr(&r.exc_class),
        message: cstr(&r.exc_message),
    });

    if r.status == status::SERVER_ERROR || r.end == end::SETUP {
        (Evidence::Error { parse_error: None }, cstr(&r.setup_error))
    } else if r.end == end::PARSE_ERROR {
        let pe = ParseError {
            line: r.parse_line,
            column: r.parse_col,
            message: cstr(&r.parse_message),
        };
        let summary = format!("syntax error: {}", pe.message);
        (
            Evidence::Error {
                parse_error: Some(pe),
            },
            summary,
        )
    } else if r.end == end::VERIFIER {
        let findings: Vec<VerifierFinding> = r
            .findings()
            .map(|f| resolve_finding(sym.as_deref(), f))
            .collect();
        let summary = findings
            .first()
            .map(|f| f.message.clone())
            .unwrap_or_default();
        (Evidence::Verifier(findings), summary)
    } else if r.end == end::WRONG_RESULT {
        let wr = WrongResult::from_wire(&r.wrong);
        let summary = wr.summary();
        (Evidence::WrongResult(wr), summary)
    } else if r.end == end::OOM {
        (
            Evidence::Oom,
            "the program went over the memory limit".into(),
        )
    } else if let Some(p) = host::panic(r, stderr_text) {
        let summary = format!("Rust panic: {} (at {})", p.message, p.location);
        (
            Evidence::Panic {
                panic: p,
                signal,
                frames,
            },
            summary,
        )
    } else if sig == 6 && host::is_rust_oom(stderr_text) {
        (
            Evidence::Oom,
            "a Rust allocation failed (memory limit)".into(),
        )
    } else if let Some((kind, aframes)) = find_asan(stderr_text) {
        if kind == "stack-overflow" {
            let recursion = signature::repeating(&aframes);
            let frames = if frames.len() > aframes.len() {
                frames
            } else {
                aframes
            };
            return (
                Evidence::StackOverflow {
                    signal,
                    frames,
                    recursion,
                },
                "stack overflow (AddressSanitizer)".into(),
            );
        }
        let summary = format!("AddressSanitizer: {kind}");
        (
            Evidence::Asan {
                kind,
                frames: aframes,
            },
            summary,
        )
    } else if sig == 14 && r.crash_signal == 0 {
        (
            Evidence::Timeout,
            "the program did not finish in time".into(),
        )
    } else if sig == 9 || sig == 24 {
        // killed by the kernel (RLIMIT_AS backstop / OOM killer / CPU limit)
        let evidence = if sig == 24 {
            Evidence::Timeout
        } else {
            Evidence::Oom
        };
        (evidence, format!("killed by {}", signal_name(sig)))
    } else if (sig == 11 || sig == 7) && is_stack_fault(r.fault_addr, r.fault_sp) {
        let recursion = match sym {
            Some(s) => signature::repeating(&symbolize_all(
                s,
                &r.frames[..(r.nframes as usize).min(r.frames.len())],
            )),
            None => vec![],
        };
        let summary = if recursion.is_empty() {
            "stack overflow".to_string()
        } else {
            format!(
                "stack overflow in a recursion through {}",
                recursion.join(", ")
            )
        };
        (
            Evidence::StackOverflow {
                signal,
                frames,
                recursion,
            },
            summary,
        )
    } else if let Some(name) = signal {
        let assertion = if sig == 6 {
            find_assertion(stderr_text)
        } else {
            None
        };
        match assertion {
            Some(a) => {
                let summary = format!("mruby assertion failed: {a}");
                (
                    Evidence::Assert {
                        signal: name,
                        frames,
                        assertion: a,
                    },
                    summary,
                )
            }
            None => {
                let top = frames.first().map(String::as_str).unwrap_or("?");
                let summary = format!("{name} in {top}");
                (
                    Evidence::Crash {
                        signal: Some(name),
                        frames,
                    },
                    summary,
                )
            }
        }
    } else if let Some(d) = host::dead_value(r, exception.as_ref()) {
        let summary = format!(
            "{}: {} (colour {} with {} current); {}",
            d.classification, d.evidence, d.colour, d.current_white, d.raised
        );
        (
            Evidence::DeadValue {
                dead: d,
                frames,
                exception,
            },
            summary,
        )
    } else if let Some(e) = exception {
        let summary = format!("uncaught {}: {}", e.class, e.message);
        (Evidence::Exception(e), summary)
    } else if r.end == end::NONE && r.exit_code != 0 {
        (
            Evidence::Crash {
                signal: None,
                frames: vec![],
            },
            format!(
                "the VM exited with status {} without finishing the program",
                r.exit_code
            ),
        )
    } else {
        (Evidence::Ok, "finished".into())
    }
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

    /// `outcome.json` files as gcstress wrote them before `Evidence` (one per
    /// kind; `assert`, `asan` and the `malloc_fail_caller` and divergence
    /// exception variants edited by hand from real ones): each reads back
    /// into the kind's variant and writes out the same JSON, field for field
    /// and in the same order.
    #[test]
    fn outcome_json_reads_back_and_keeps_its_shape() {
        let fixtures = [
            ("ok", include_str!("testdata/ok.json")),
            ("exception", include_str!("testdata/exception.json")),
            ("crash", include_str!("testdata/crash.json")),
            ("crash", include_str!("testdata/crash-mallocfail.json")),
            ("assert", include_str!("testdata/assert.json")),
            ("asan", include_str!("testdata/asan.json")),
            ("timeout", include_str!("testdata/timeout.json")),
            ("oom", include_str!("testdata/oom.json")),
            ("verifier", include_str!("testdata/verifier.json")),
            ("divergence", include_str!("testdata/divergence.json")),
            (
                "divergence",
                include_str!("testdata/divergence-exception.json"),
            ),
            ("dead-value", include_str!("testdata/dead-value.json")),
            ("wrong-result", include_str!("testdata/wrong-result.json")),
            ("panic", include_str!("testdata/panic.json")),
            (
                "stack-overflow",
                include_str!("testdata/stack-overflow.json"),
            ),
            ("error", include_str!("testdata/error.json")),
        ];
        for (kind, text) in fixtures {
            let o: Outcome = serde_json::from_str(text).unwrap();
            assert_eq!(o.kind().name(), kind);
            // the same JSON as the flat struct Outcome was (Wire is that struct)
            let wire: Wire = serde_json::from_str(text).unwrap();
            assert_eq!(
                serde_json::to_string(&o).unwrap(),
                serde_json::to_string(&wire).unwrap(),
                "{kind}"
            );
            // and every field the file had for it (the rest is json_report's)
            let file: serde_json::Value = serde_json::from_str(text).unwrap();
            let back = serde_json::to_value(&o).unwrap();
            for (k, v) in back.as_object().unwrap() {
                assert_eq!(Some(v), file.get(k), "{kind}: {k}");
            }
            for k in file.as_object().unwrap().keys() {
                let extra = [
                    "bug",
                    "vm",
                    "schedule",
                    "phase_allocs",
                    "stdout_tail",
                    "stderr_tail",
                    "call_sites",
                    "reproducible",
                ];
                assert!(
                    back.get(k).is_some() || extra.contains(&k.as_str()),
                    "{kind}: {k} dropped"
                );
            }
            // the signature is what the judge would make of the evidence
            assert_eq!(signature::make(&o), o.signature, "{kind}");
        }
        let o: Outcome = serde_json::from_str(include_str!("testdata/verifier.json")).unwrap();
        let Evidence::Verifier(f) = &o.evidence else {
            panic!("{:?}", o.evidence)
        };
        assert_eq!(f[0].child_allocated_by.as_deref(), Some("mrb_alias_method"));
        let o: Outcome = serde_json::from_str(include_str!("testdata/crash.json")).unwrap();
        assert_eq!(o.evidence.signal(), Some("SIGSEGV"));
        assert_eq!(o.evidence.frames()[0], "mrb_vm_find_method");
    }

    /// A file that says `dead-value` or `divergence` without the field that
    /// holds its evidence (gcstress never wrote one) is an error, not a
    /// made-up finding.
    #[test]
    fn an_outcome_without_its_evidence_is_an_error() {
        let mut v: serde_json::Value =
            serde_json::from_str(include_str!("testdata/dead-value.json")).unwrap();
        v.as_object_mut().unwrap().remove("dead_value");
        let e = serde_json::from_value::<Outcome>(v).unwrap_err();
        assert!(e.to_string().contains("dead_value"), "{e}");
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
