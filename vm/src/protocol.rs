//! The wire format between the harness and a worker's fork server.
//!
//! Mirrors `shim/gcstress.h` field by field. Every struct is plain old data
//! without padding (checked by `bytemuck::Pod`), and the worker's hello message
//! carries its own `sizeof` for each, so a harness/worker mismatch is an error
//! at start-up, never a misread field.

use bytemuck::{Pod, Zeroable};

use crate::schedule::{Schedule, When};

pub const PROTO_VERSION: u32 = 6;
pub const REQ_MAGIC: u32 = 0x4743_5251;
pub const RES_MAGIC: u32 = 0x4743_5253;
pub const HELLO_MAGIC: u32 = 0x4743_5357;

pub const MAX_FRAMES: usize = 48;
pub const MAX_EDGES: usize = 1024;
pub const MAX_FINDINGS: usize = 8;

pub const F_VERIFY: u32 = 1;
pub const F_VERIFY_ALL: u32 = 2;
pub const F_RECORD: u32 = 4;
/// Stop scheduled GCs after 256 in one run (hunt: bounds the cost of a program).
pub const F_CAP_FORCED: u32 = 16;
/// Name the VM function of every failed malloc (`RunResult::malloc_fail_caller`);
/// it walks the stack, so only triage runs ask for it.
pub const F_MALLOC_CALLERS: u32 = 32;

pub const W_DEBUG: u32 = 1;
pub const W_ASAN: u32 = 2;
pub const W_NO_GENERATIONAL: u32 = 4;
pub const W_ARTICHOKE: u32 = 8;

pub const HOOK_ALLOC: u32 = 1;
pub const HOOK_FIELD_WB: u32 = 2;
pub const HOOK_WB: u32 = 3;

/// `enum gcs_end`: how the child says the program ended.
pub mod end {
    pub const NONE: i32 = 0;
    pub const OK: i32 = 1;
    pub const EXCEPTION: i32 = 2;
    pub const PARSE_ERROR: i32 = 3;
    pub const OOM: i32 = 4;
    pub const VERIFIER: i32 = 5;
    pub const SETUP: i32 = 6;
    /// A self-check (`GCStress.expect`) saw another value than was kept.
    pub const WRONG_RESULT: i32 = 7;
}

/// `enum gcs_status`: how the child process ended.
pub mod status {
    pub const EXITED: i32 = 0;
    pub const SIGNALED: i32 = 1;
    pub const SERVER_ERROR: i32 = 2;
}

#[repr(C)]
#[derive(Debug, Clone, Copy, Pod, Zeroable)]
pub struct WireItem {
    pub kind: u32,
    pub mode: u32,
    pub n: u64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, Pod, Zeroable)]
pub struct Request {
    pub magic: u32,
    pub version: u32,
    pub nitems: u32,
    pub gen: i32,
    pub timeout_ms: u64,
    pub mem_limit: u64,
    pub filename_len: u32,
    pub program_len: u32,
    pub flags: u32,
    pub step_ratio: i32,
    pub interval_ratio: i32,
    pub record_last: u32,
    pub mutant_lo: u64,
    pub mutant_hi: u64,
    pub stop_at_event: u64,
    pub reserved: [u64; 4],
}

#[repr(C)]
#[derive(Debug, Clone, Copy, Pod, Zeroable, Default)]
pub struct Counters {
    pub allocs: u64,
    pub mallocs: u64,
    pub field_wb: u64,
    pub wb: u64,
    pub wb_dropped: u64,
    pub forced_minor: u64,
    pub forced_full: u64,
    pub forced_step: u64,
    pub forced_skipped: u64,
    pub vm_minor: u64,
    pub vm_major_steps: u64,
    pub vm_major_cycles: u64,
    pub other_gc: u64,
    pub malloc_fail: u64,
    pub gc_in_malloc: u64,
    pub phase_root: u64,
    pub phase_mark: u64,
    pub phase_sweep: u64,
    pub live_end: u64,
    pub old_end: u64,
    pub slots_end: u64,
    pub max_gray: u64,
    pub bytes_peak: u64,
    pub verify_runs: u64,
    pub events: u64,
    pub generational: i32,
    pub gc_state: i32,
    pub heap_lo: u64,
    pub heap_hi: u64,
    /// Bytes of event log that follow the program's output on the wire.
    pub record_bytes: u64,
    pub reserved: [u64; 3],
}

#[repr(C)]
#[derive(Debug, Clone, Copy, Pod, Zeroable)]
pub struct Edge {
    pub addr: u64,
    pub hook: u32,
    pub count: u32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, Pod, Zeroable)]
pub struct Finding {
    pub child_slot: u64,
    pub parent: u64,
    pub child_alloc_ret: u64,
    pub parent_alloc_ret: u64,
    pub child_alloc_seq: u64,
    pub parent_alloc_seq: u64,
    pub parent_wb_after: u64,
    pub child_tt: i32,
    pub parent_tt: i32,
    pub child_line: i32,
    pub parent_line: i32,
    pub gc_kind: u32,
    pub gc_no: u32,
    pub parent_desc: [u8; 96],
    pub child_desc: [u8; 40],
    /// Objects the slot held since the parent's last barrier (1: unambiguous).
    pub incarnations: u32,
    pub reserved: u32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, Pod, Zeroable)]
pub struct RunResult {
    pub magic: u32,
    pub version: u32,
    pub status: i32,
    pub exit_code: i32,
    pub signal: i32,
    pub end: i32,
    pub crash_signal: i32,
    pub parse_line: i32,
    pub parse_col: i32,
    pub nframes: u32,
    pub fault_addr: u64,
    pub frames: [u64; MAX_FRAMES],
    pub duration_ns: u64,
    pub c: Counters,
    pub exc_class: [u8; 128],
    pub exc_message: [u8; 1024],
    pub parse_message: [u8; 256],
    pub setup_error: [u8; 256],
    pub nedges: u32,
    pub nfindings: u32,
    pub edges: [Edge; MAX_EDGES],
    pub findings: [Finding; MAX_FINDINGS],
    /// Bytes of stdout that follow the result: all of it, or its first
    /// [`OUTPUT_HEAD`] bytes and its last bytes when it is longer than the
    /// worker sends back (`stdout_total` says how long it was).
    pub stdout_len: u64,
    pub stderr_len: u64,
    pub stdout_total: u64,
    pub stderr_total: u64,
    /// The host around mruby (Artichoke): liveness checks it made on values.
    pub host_dead_checks: u64,
    /// The first value the host judged dead (0: none).
    pub host_dead_addr: u64,
    /// That slot's type tag at the moment of the check (-1: not a heap slot).
    pub host_dead_tt: i32,
    /// Its colour bits at that moment (-1: not a heap slot).
    pub host_dead_color: i32,
    /// The collector's state then: 0 root, 1 mark, 2 sweep.
    pub host_dead_gc_state: i32,
    /// 1: the host panicked (its message is on stderr).
    pub host_panic: i32,
    /// The collector's current white part at the moment of the check.
    pub host_dead_white: i32,
    /// 1: freed; 2: misjudged-live; 0: unknown.
    pub host_dead_class: i32,
    /// The slot's type then, as the VM names it ("RObject", "free slot").
    pub host_dead_type: [u8; 24],
    /// The stack pointer when the crash signal came (0: unknown).
    pub fault_sp: u64,
    /// Return address into the VM function whose malloc was failed last (0: none).
    pub malloc_fail_caller: u64,
    /// End `WRONG_RESULT`: the self-check that failed.
    pub wrong: Wrong,
}

/// `struct gcs_wrong`: a self-check's mismatch.
#[repr(C)]
#[derive(Debug, Clone, Copy, Pod, Zeroable)]
pub struct Wrong {
    /// The check's key (`GCStress.keep(key, v)`).
    pub key: u32,
    /// Ruby line of the failed check (-1 unknown).
    pub line: i32,
    /// `wrong_how::*`.
    pub how: u32,
    pub expected_tt: i32,
    pub actual_tt: i32,
    /// 1: slots were tracked, so the allocation numbers are known.
    pub tracked: u32,
    pub expected_seq: u64,
    pub actual_seq: u64,
    pub expected_desc: [u8; 64],
    pub actual_desc: [u8; 64],
}

/// `enum gcs_wrong_how`: how a self-check's value differs from the kept one.
pub mod wrong_how {
    pub const FREED: u32 = 1;
    pub const REUSED: u32 = 2;
    pub const CHANGED: u32 = 3;
    pub const OTHER: u32 = 4;
    pub const MISSING: u32 = 5;
}

/// The event log (`GCS_F_RECORD`): `struct gcs_event`, `struct gcs_rec_header`
/// and their codes. What each field of an event means depends on its type;
/// see `gcstress.h` (the harness turns them into `record::Event`).
pub mod rec {
    use bytemuck::{Pod, Zeroable};

    pub const MAGIC: u32 = 0x4345_5247;
    pub const OBJ_PRE: u64 = 1 << 63;
    pub const OBJ_SHIM: u64 = 1 << 62;
    pub const NAME_TT: u64 = 1 << 61;

    pub const EV_BEGIN: u8 = 1;
    pub const EV_ALLOC: u8 = 2;
    pub const EV_GC: u8 = 3;
    pub const EV_FREE: u8 = 4;
    pub const EV_REF: u8 = 5;
    pub const EV_BARRIER: u8 = 6;
    pub const EV_FORCE: u8 = 7;
    pub const EV_WATCH: u8 = 8;
    pub const EV_WRITE: u8 = 9;
    pub const EV_CRASH: u8 = 10;
    pub const EV_END: u8 = 11;

    pub const GC_MINOR: u8 = 1;
    pub const GC_FULL: u8 = 2;
    pub const GC_STEP: u8 = 3;
    pub const GC_MAJOR_END: u8 = 4;
    pub const GC_MAJOR: u8 = 5;
    pub const GC_UNKNOWN: u8 = 6;

    pub const TRIG_SCHEDULE: u8 = 1;
    pub const TRIG_PROGRAM: u8 = 2;
    pub const TRIG_VM: u8 = 3;
    pub const TRIG_MALLOC: u8 = 4;
    pub const TRIG_OTHER: u8 = 5;

    pub const REF_SLOT: u8 = 1;
    pub const REF_BLOCK: u8 = 2;
    pub const REF_ELEMENT: u8 = 3;

    pub const WR_CONSTRUCT: u8 = 1;
    pub const WR_VALUE: u8 = 2;

    #[repr(C)]
    #[derive(Debug, Clone, Copy, Pod, Zeroable, PartialEq, Eq)]
    pub struct Event {
        pub kind: u8,
        pub k: u8,
        pub how: u8,
        pub w: u8,
        pub line: i32,
        pub a: u64,
        pub b: u64,
        pub c: u64,
        pub d: u64,
    }

    #[repr(C)]
    #[derive(Debug, Clone, Copy, Pod, Zeroable)]
    pub struct Header {
        pub magic: u32,
        pub event_size: u32,
        pub count: u64,
        pub cap: u64,
        pub ring: u32,
        pub names_len: u32,
        pub watch_hits: u64,
        pub reserved: [u64; 3],
    }

    /// The header at the start of a log (`None`: too short).
    pub fn decode_header(bytes: &[u8]) -> Option<Header> {
        let n = std::mem::size_of::<Header>();
        (bytes.len() >= n).then(|| bytemuck::pod_read_unaligned(&bytes[..n]))
    }

    /// Events packed back to back (a trailing partial event is ignored).
    pub fn decode_events(bytes: &[u8]) -> Vec<Event> {
        bytes
            .chunks_exact(std::mem::size_of::<Event>())
            .map(bytemuck::pod_read_unaligned)
            .collect()
    }
}

#[repr(C)]
#[derive(Debug, Clone, Copy, Pod, Zeroable)]
pub struct Hello {
    pub magic: u32,
    pub version: u32,
    pub request_size: u32,
    pub result_size: u32,
    pub flags: u32,
    pub generational_default: i32,
    pub vm_version: [u8; 48],
    pub reserved: [u64; 4],
}

impl RunResult {
    /// An all-zero result (for runs that never reached the worker).
    pub fn empty() -> Box<RunResult> {
        Box::new(Zeroable::zeroed())
    }

    /// Caller edges that were seen (hook, return address, count).
    pub fn edges(&self) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(|e| e.count > 0)
    }

    /// Verifier findings.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .take((self.nfindings as usize).min(MAX_FINDINGS))
    }

    /// Set a C string field.
    pub fn set_str(field: &mut [u8], s: &str) {
        let n = s.len().min(field.len() - 1);
        field[..n].copy_from_slice(&s.as_bytes()[..n]);
        field[n] = 0;
    }
}

/// A NUL-terminated C string field as text.
pub fn cstr(bytes: &[u8]) -> String {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    String::from_utf8_lossy(&bytes[..end]).into_owned()
}

/// Extra per-run knobs that are not part of the schedule.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub timeout_ms: u64,
    pub mem_limit: u64,
    pub flags: u32,
    /// Drop barrier calls whose return address lies in this range (a mutant).
    pub mutant: Option<(u64, u64)>,
    pub record_last: u32,
    pub stop_at_event: u64,
}

/// Encode one request: header, items, filename, program.
pub fn encode_request(
    schedule: &Schedule,
    opts: &RunOptions,
    filename: &str,
    program: &[u8],
) -> Vec<u8> {
    let items: Vec<WireItem> = schedule
        .items
        .iter()
        .map(|i| {
            let (mode, n) = match i.when {
                When::At(n) => (1, n),
                When::Every(n) => (2, n),
            };
            WireItem {
                kind: i.kind.wire(),
                mode,
                n,
            }
        })
        .collect();
    let (lo, hi) = opts.mutant.unwrap_or((0, 0));
    let req = Request {
        magic: REQ_MAGIC,
        version: PROTO_VERSION,
        nitems: items.len() as u32,
        gen: match schedule.gen {
            None => -1,
            Some(false) => 0,
            Some(true) => 1,
        },
        timeout_ms: opts.timeout_ms,
        mem_limit: opts.mem_limit,
        filename_len: filename.len() as u32,
        program_len: program.len() as u32,
        flags: opts.flags,
        step_ratio: schedule.step_ratio.map_or(-1, |v| v as i32),
        interval_ratio: schedule.interval_ratio.map_or(-1, |v| v as i32),
        record_last: opts.record_last,
        mutant_lo: lo,
        mutant_hi: hi,
        stop_at_event: opts.stop_at_event,
        reserved: [0; 4],
    };
    let mut out =
        Vec::with_capacity(std::mem::size_of::<Request>() + program.len() + filename.len() + 64);
    out.extend_from_slice(bytemuck::bytes_of(&req));
    for it in &items {
        out.extend_from_slice(bytemuck::bytes_of(it));
    }
    out.extend_from_slice(filename.as_bytes());
    out.extend_from_slice(program);
    out
}

pub fn decode_result(bytes: &[u8]) -> Option<Box<RunResult>> {
    if bytes.len() != std::mem::size_of::<RunResult>() {
        return None;
    }
    let r: RunResult = bytemuck::pod_read_unaligned(bytes);
    if r.magic != RES_MAGIC || r.version != PROTO_VERSION {
        return None;
    }
    Some(Box::new(r))
}

pub fn decode_hello(bytes: &[u8]) -> Option<Hello> {
    if bytes.len() != std::mem::size_of::<Hello>() {
        return None;
    }
    Some(bytemuck::pod_read_unaligned(bytes))
}

/// How much of a long output stream the worker sends back from its start
/// (the rest it sends is the stream's end); `OUTPUT_HEAD` in shim/server.c.
pub const OUTPUT_HEAD: usize = 256 << 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_the_c_header() {
        // Figures computed from gcstress.h by hand; the worker's hello checks them
        // against the real compiler at run time too.
        assert_eq!(std::mem::size_of::<Request>(), 112);
        assert_eq!(std::mem::size_of::<Counters>(), 256);
        assert_eq!(std::mem::size_of::<Finding>(), 224);
        assert_eq!(std::mem::size_of::<Wrong>(), 168);
        assert_eq!(std::mem::size_of::<RunResult>(), 20656 + 168);
        assert_eq!(std::mem::size_of::<Hello>(), 104);
        assert_eq!(std::mem::size_of::<rec::Event>(), 40);
        assert_eq!(std::mem::size_of::<rec::Header>(), 64);
    }
}
