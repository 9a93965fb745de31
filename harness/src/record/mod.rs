//! Recording, replay and slot history (`gcstress record | replay | trace`).
//!
//! The worker logs events while a program runs (`GCS_F_RECORD`, see
//! `vm/shim/record.c`): allocations, GCs and the slots each one freed, slots
//! freed while a live object still held their address, barrier calls, forced
//! GC points, stores into such a slot (debug-register watchpoints), and the
//! end or the crash. This module turns the worker's log into a [`Recording`]
//! (addresses named by the worker's symbol table, so the file holds no
//! addresses), reads and writes `.gcrec` files, and compares two recordings.
//!
//! `.gcrec` (format [`FORMAT`]), all integers little-endian:
//!
//! ```text
//! "GCSREC\r\n"                 8 bytes magic
//! u32 format                   FORMAT
//! u32 n, n bytes               Meta as JSON (versions, VM, schedule, program, outcome)
//! varint n, n × (varint len, bytes)                 function names (events refer to them, 1-based)
//! varint n, n × (varint key, varint len, bytes)     object descriptions, type names
//! varint first, varint n, n × event                 events: u8 kind k how w, zigzag line, varint a b c d
//! u64 FNV-1a of everything before
//! ```

pub mod trace;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use gcstress_vm::protocol::rec::{self, Header};
use gcstress_vm::protocol::{self, RunOptions};
use gcstress_vm::symbols::Symbolizer;
use gcstress_vm::Schedule;
use serde::{Deserialize, Serialize};

use crate::exec::{Executor, Job, RawRun};
use crate::judge::{self, Outcome};
use crate::run::RunSpec;

/// The `.gcrec` format version (bump on any change to the layout or to what events mean).
pub const FORMAT: u32 = 1;
const MAGIC: &[u8; 8] = b"GCSREC\r\n";

pub use rec::{OBJ_PRE, OBJ_SHIM};

/// One event, as stored: the worker's event with its code addresses replaced
/// by 1-based indices into [`Recording::functions`] (0: unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

/// What the file says about the run.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Meta {
    pub format: u32,
    pub gcstress: String,
    pub vm: String,
    pub vm_version: String,
    pub schedule: String,
    pub filename: String,
    pub program: String,
    /// FNV-1a 64 of the program text (hex), checked on load.
    pub program_hash: String,
    pub timeout_ms: u64,
    pub mem_limit: u64,
    #[serde(default)]
    pub verify: Option<String>,
    #[serde(default)]
    pub mutant: Option<String>,
    /// Ring size (`--last N`); 0 keeps every event.
    pub last: u32,
    /// Events the run emitted (the file keeps `events.len()` of them).
    pub events_total: u64,
    /// Events past the log's capacity, not kept (without `--last`).
    #[serde(default)]
    pub events_dropped: u64,
    /// Store-traps from the watchpoints (including the allocator's and collector's own).
    pub watch_hits: u64,
    pub outcome: String,
    pub signature: String,
    pub summary: String,
    #[serde(default)]
    pub frames: Vec<String>,
    #[serde(default)]
    pub signal: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Recording {
    pub meta: Meta,
    pub functions: Vec<String>,
    /// Object descriptions ("RProc Numeric#-@") and type names (`rec::NAME_TT | tt`).
    pub names: BTreeMap<u64, String>,
    /// Number of the first event kept (1 unless a ring dropped older ones).
    pub first: u64,
    pub events: Vec<Event>,
}

/// A `.gcrec` file that cannot be read (exit 2, one line).
#[derive(Debug, thiserror::Error)]
#[error("{path}: {why}")]
pub struct Corrupt {
    pub path: String,
    pub why: String,
}

/// The worker's log as it came over the wire.
#[derive(Debug, Clone)]
pub struct WireLog {
    pub header: Header,
    pub names: BTreeMap<u64, String>,
    pub events: Vec<rec::Event>,
}

impl WireLog {
    pub fn parse(bytes: &[u8]) -> Result<WireLog> {
        let hsize = std::mem::size_of::<Header>();
        let header = rec::decode_header(bytes).context("the worker sent no event log")?;
        anyhow::ensure!(
            header.magic == rec::MAGIC
                && header.event_size as usize == std::mem::size_of::<rec::Event>(),
            "the worker's event log has a bad header"
        );
        let nlen = header.names_len as usize;
        anyhow::ensure!(bytes.len() >= hsize + nlen, "the event log is truncated");
        let names = parse_names(&bytes[hsize..hsize + nlen]);
        let rest = &bytes[hsize + nlen..];
        let esize = std::mem::size_of::<rec::Event>();
        anyhow::ensure!(rest.len() % esize == 0, "the event log is truncated");
        let events = rec::decode_events(rest);
        Ok(WireLog {
            header,
            names,
            events,
        })
    }
}

fn parse_names(mut b: &[u8]) -> BTreeMap<u64, String> {
    let mut out = BTreeMap::new();
    while b.len() >= 12 {
        let key = u64::from_le_bytes(b[..8].try_into().unwrap_or([0; 8]));
        let len = u32::from_le_bytes(b[8..12].try_into().unwrap_or([0; 4])) as usize;
        if b.len() < 12 + len {
            break;
        }
        out.insert(key, String::from_utf8_lossy(&b[12..12 + len]).into_owned());
        let step = (12 + len + 7) & !7;
        b = &b[step.min(b.len())..];
    }
    out
}

/// Which event fields hold code addresses (named on the way to disk).
fn address_fields(kind: u8) -> (bool, bool) {
    match kind {
        // a GC inside a failed malloc: c is the VM function whose malloc failed
        rec::EV_ALLOC | rec::EV_BARRIER | rec::EV_GC => (true, false),
        rec::EV_WRITE => (true, true),
        _ => (false, false),
    }
}

/// FNV-1a 64.
pub fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in bytes {
        h ^= u64::from(x);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Recording {
    /// Build a recording from a recorded run: name the addresses with the
    /// worker's symbols (a return address or a trap PC points after its
    /// instruction: look one byte back).
    pub fn from_run(raw: &RawRun, sym: Option<&Symbolizer>, meta: Meta) -> Result<Recording> {
        let log = WireLog::parse(&raw.record)?;
        let mut functions: Vec<String> = Vec::new();
        let mut index: BTreeMap<String, u64> = BTreeMap::new();
        let mut name_of = |addr: u64| -> u64 {
            if addr == 0 {
                return 0;
            }
            let name = sym
                .and_then(|s| s.name(addr - 1).or_else(|| s.name(addr)))
                .unwrap_or("?")
                .to_string();
            if let Some(&i) = index.get(&name) {
                return i;
            }
            functions.push(name.clone());
            let i = functions.len() as u64;
            index.insert(name, i);
            i
        };
        let mut events = Vec::with_capacity(log.events.len());
        for e in &log.events {
            let (c, d) = address_fields(e.kind);
            events.push(Event {
                kind: e.kind,
                k: e.k,
                how: e.how,
                w: e.w,
                line: e.line,
                a: e.a,
                b: e.b,
                c: if c { name_of(e.c) } else { e.c },
                d: if d { name_of(e.d) } else { e.d },
            });
        }
        // a ring keeps the last events; a full linear log keeps the first
        let kept = events.len() as u64;
        let first = if log.header.ring != 0 {
            log.header.count.saturating_sub(kept) + 1
        } else {
            1
        };
        let mut meta = meta;
        meta.events_total = log.header.count;
        meta.events_dropped = if log.header.ring != 0 {
            0
        } else {
            log.header.count - kept
        };
        meta.watch_hits = log.header.watch_hits;
        Ok(Recording {
            meta,
            functions,
            names: log.names,
            first,
            events,
        })
    }

    pub fn encode(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        let meta = serde_json::to_vec(&self.meta)?;
        out.extend_from_slice(&(meta.len() as u32).to_le_bytes());
        out.extend_from_slice(&meta);
        put_varint(&mut out, self.functions.len() as u64);
        for f in &self.functions {
            put_varint(&mut out, f.len() as u64);
            out.extend_from_slice(f.as_bytes());
        }
        put_varint(&mut out, self.names.len() as u64);
        for (k, v) in &self.names {
            put_varint(&mut out, *k);
            put_varint(&mut out, v.len() as u64);
            out.extend_from_slice(v.as_bytes());
        }
        put_varint(&mut out, self.first);
        put_varint(&mut out, self.events.len() as u64);
        for e in &self.events {
            out.extend_from_slice(&[e.kind, e.k, e.how, e.w]);
            put_varint(&mut out, zigzag(e.line));
            for v in [e.a, e.b, e.c, e.d] {
                put_varint(&mut out, v);
            }
        }
        let sum = fnv64(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        Ok(out)
    }

    pub fn decode(bytes: &[u8], path: &str) -> Result<Recording, Corrupt> {
        let bad = |why: &str| Corrupt {
            path: path.to_string(),
            why: why.to_string(),
        };
        if bytes.len() < 8 || &bytes[..8] != MAGIC {
            return Err(bad("not a gcstress recording (.gcrec)"));
        }
        if bytes.len() < 24 {
            return Err(bad("corrupt recording: truncated"));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        if fnv64(body) != u64::from_le_bytes(sum.try_into().unwrap_or([0; 8])) {
            return Err(bad("corrupt recording: checksum mismatch"));
        }
        let mut r = Reader { b: body, at: 8 };
        let format = r.u32().ok_or_else(|| bad("corrupt recording: truncated"))?;
        if format != FORMAT {
            return Err(bad(&format!(
                "recording format {format}; this gcstress reads format {FORMAT}"
            )));
        }
        let parse = |r: &mut Reader| -> Option<Recording> {
            let n = r.u32()? as usize;
            let meta: Meta = serde_json::from_slice(r.take(n)?).ok()?;
            let nf = r.varint()? as usize;
            let mut functions = Vec::with_capacity(nf.min(1 << 16));
            for _ in 0..nf {
                let l = r.varint()? as usize;
                functions.push(String::from_utf8(r.take(l)?.to_vec()).ok()?);
            }
            let nn = r.varint()? as usize;
            let mut names = BTreeMap::new();
            for _ in 0..nn {
                let k = r.varint()?;
                let l = r.varint()? as usize;
                names.insert(k, String::from_utf8(r.take(l)?.to_vec()).ok()?);
            }
            let first = r.varint()?;
            let ne = r.varint()? as usize;
            let mut events = Vec::with_capacity(ne.min(1 << 24));
            for _ in 0..ne {
                let h = r.take(4)?;
                let (kind, k, how, w) = (h[0], h[1], h[2], h[3]);
                let line = unzigzag(r.varint()?);
                let (a, b, c, d) = (r.varint()?, r.varint()?, r.varint()?, r.varint()?);
                events.push(Event {
                    kind,
                    k,
                    how,
                    w,
                    line,
                    a,
                    b,
                    c,
                    d,
                });
            }
            (r.at == r.b.len()).then_some(Recording {
                meta,
                functions,
                names,
                first,
                events,
            })
        };
        let rec = parse(&mut r).ok_or_else(|| bad("corrupt recording: malformed contents"))?;
        if format!("{:016x}", fnv64(rec.meta.program.as_bytes())) != rec.meta.program_hash {
            return Err(bad(
                "corrupt recording: the program does not match its hash",
            ));
        }
        Ok(rec)
    }

    pub fn read(path: &Path) -> Result<Recording> {
        let bytes = std::fs::read(path)
            .with_context(|| format!("cannot read {}", path.display()))
            .map_err(|e| crate::error::bad_input(format!("{e:#}")))?;
        Recording::decode(&bytes, &path.display().to_string())
            .map_err(|e| crate::error::bad_input(e.to_string()))
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        let bytes = self.encode()?;
        let tmp = path.with_extension("gcrec.tmp");
        std::fs::write(&tmp, &bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
        std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
    }

    /// The function name behind an index (`?` if unknown).
    pub fn function(&self, i: u64) -> &str {
        if i == 0 {
            return "?";
        }
        self.functions
            .get(i as usize - 1)
            .map(String::as_str)
            .unwrap_or("?")
    }

    /// The event with this number, if the recording kept it.
    pub fn event(&self, n: u64) -> Option<&Event> {
        n.checked_sub(self.first)
            .and_then(|i| self.events.get(i as usize))
    }

    /// The type name of a type tag in this VM.
    pub fn type_name(&self, tt: u8) -> String {
        self.names
            .get(&(rec::NAME_TT | u64::from(tt)))
            .cloned()
            .unwrap_or_else(|| format!("type {tt}"))
    }
}

/// Where two recordings first differ.
#[derive(Debug, Clone, Serialize)]
pub struct Divergence {
    /// Event number (1-based) of the first difference.
    pub event: u64,
    pub recorded: Option<String>,
    pub replayed: Option<String>,
}

/// Compare the event streams (events are compared by meaning: function
/// names, not indices). `None`: identical.
pub fn first_divergence(a: &Recording, b: &Recording) -> Option<Divergence> {
    let render = |r: &Recording, e: &Event, n: u64| trace::render(r, e, n);
    let same = |x: &Event, y: &Event| {
        let (c, d) = address_fields(x.kind);
        x.kind == y.kind
            && x.k == y.k
            && x.how == y.how
            && x.w == y.w
            && x.line == y.line
            && x.a == y.a
            && x.b == y.b
            && (if c {
                a.function(x.c) == b.function(y.c)
            } else {
                x.c == y.c
            })
            && (if d {
                a.function(x.d) == b.function(y.d)
            } else {
                x.d == y.d
            })
    };
    let start = a.first.max(b.first);
    let end = (a.first + a.events.len() as u64).max(b.first + b.events.len() as u64);
    for n in start..end {
        match (a.event(n), b.event(n)) {
            (Some(x), Some(y)) if same(x, y) => continue,
            (x, y) => {
                return Some(Divergence {
                    event: n,
                    recorded: x.map(|e| render(a, e, n)),
                    replayed: y.map(|e| render(b, e, n)),
                })
            }
        }
    }
    if a.first != b.first {
        return Some(Divergence {
            event: a.first.min(b.first),
            recorded: None,
            replayed: None,
        });
    }
    None
}

/// Everything needed to run a program recorded.
#[derive(Debug, Clone)]
pub struct RecordSpec {
    pub run: RunSpec,
    pub last: u32,
    pub stop_at: u64,
}

impl RecordSpec {
    /// Record the run `run` (without the differential oracle, which would
    /// record a second run), keeping the last `last` events (0: all).
    pub fn of(run: &RunSpec, last: u32) -> RecordSpec {
        RecordSpec {
            run: RunSpec {
                diff: false,
                ..run.clone()
            },
            last,
            stop_at: 0,
        }
    }

    pub fn options(&self) -> RunOptions {
        let mut o = self.run.options();
        o.flags |= protocol::F_RECORD;
        o.record_last = self.last;
        o.stop_at_event = self.stop_at;
        o
    }
}

/// One recorded run: the raw result, its judgement, and the recording.
pub struct Recorded {
    pub raw: RawRun,
    pub outcome: Outcome,
    pub recording: Recording,
}

/// Run a program once under recording.
pub fn record_once(
    ex: &mut Executor,
    program: &[u8],
    filename: &str,
    spec: &RecordSpec,
) -> Result<Recorded> {
    let job = Job {
        program,
        filename,
        schedule: &spec.run.schedule,
        opts: spec.options(),
    };
    let raw = ex.run(&job)?;
    let worker = ex.install().worker.clone();
    let outcome = judge::judge(&raw, &worker);
    if raw.record.is_empty() {
        anyhow::bail!(
            "the {} worker returned no event log ({})",
            ex.install().id,
            outcome.summary
        );
    }
    let sym = gcstress_vm::symbols::for_binary(&worker).ok();
    let meta = meta_for(ex, program, filename, spec, &outcome);
    let recording = Recording::from_run(&raw, sym.as_deref(), meta)?;
    Ok(Recorded {
        raw,
        outcome,
        recording,
    })
}

fn meta_for(ex: &Executor, program: &[u8], filename: &str, spec: &RecordSpec, o: &Outcome) -> Meta {
    let text = String::from_utf8_lossy(program).into_owned();
    Meta {
        format: FORMAT,
        gcstress: env!("CARGO_PKG_VERSION").to_string(),
        vm: ex.install().id.clone(),
        vm_version: protocol::cstr(&ex.hello.vm_version),
        schedule: spec.run.schedule.to_string(),
        filename: filename.to_string(),
        program_hash: format!("{:016x}", fnv64(text.as_bytes())),
        program: text,
        timeout_ms: spec.run.timeout.as_millis() as u64,
        mem_limit: spec.run.mem_limit,
        verify: spec.run.verify.map(|v| {
            if v == crate::run::Verify::All {
                "all".into()
            } else {
                "on".into()
            }
        }),
        mutant: spec.run.mutant.as_ref().map(|m| m.function.clone()),
        last: spec.last,
        events_total: 0,
        events_dropped: 0,
        watch_hits: 0,
        outcome: o.kind().name().to_string(),
        signature: o.signature.clone(),
        summary: o.summary.clone(),
        frames: o.evidence.frames().to_vec(),
        signal: o.evidence.signal().map(String::from),
    }
}

impl Meta {
    /// The run settings the recording was made with.
    pub fn run_spec(&self, install: &gcstress_vm::Install) -> Result<RecordSpec> {
        let schedule: Schedule = self
            .schedule
            .parse()
            .map_err(|e| crate::error::bad_input(format!("the recording's schedule: {e}")))?;
        let mutant = match &self.mutant {
            Some(f) => Some(crate::run::Mutant::resolve(install, f)?),
            None => None,
        };
        Ok(RecordSpec {
            run: RunSpec {
                schedule,
                timeout: std::time::Duration::from_millis(self.timeout_ms.max(1)),
                mem_limit: self.mem_limit,
                verify: match self.verify.as_deref() {
                    Some("all") => Some(crate::run::Verify::All),
                    Some(_) => Some(crate::run::Verify::Forced),
                    None => None,
                },
                mutant,
                diff: false,
                cap_forced: false,
            },
            last: self.last,
            stop_at: 0,
        })
    }
}

/// Record a hunt find beside its reproducer (`DIR/run.gcrec`). Best effort:
/// the caller ignores errors.
pub fn save_beside(
    ex: &mut Executor,
    program: &[u8],
    filename: &str,
    spec: &RunSpec,
    dir: &Path,
) -> Result<()> {
    let spec = RecordSpec::of(spec, 0);
    let r = record_once(ex, program, filename, &spec)?;
    r.recording.write(&dir.join("run.gcrec"))
}

/// What recording costs, measured: plain and recorded runs of the same
/// program through the same worker, interleaved, medians of wall time
/// (request to answer, the log's transfer included). The recorded runs also
/// check that the log is the same every time.
#[derive(Debug, Clone)]
pub struct Overhead {
    pub reps: u32,
    pub plain: std::time::Duration,
    pub recorded: std::time::Duration,
    /// Recorded runs whose log was the same as the first's (the first included).
    pub identical: u32,
    pub first_divergence: Option<Divergence>,
}

impl Overhead {
    /// Recorded over plain wall time.
    pub fn ratio(&self) -> f64 {
        self.recorded.as_secs_f64() / self.plain.as_secs_f64().max(1e-9)
    }
}

/// Measure [`Overhead`] over `reps` runs of each kind (default: 9, or 3 when
/// the `first` recorded run took more than a second).
pub fn overhead(
    ex: &mut Executor,
    program: &[u8],
    filename: &str,
    spec: &RecordSpec,
    first: &Recorded,
    reps: Option<u32>,
) -> Result<Overhead> {
    fn median(mut v: Vec<std::time::Duration>) -> std::time::Duration {
        v.sort();
        v[v.len() / 2]
    }
    let reps = reps
        .unwrap_or(if first.raw.wall.as_secs_f64() > 1.0 {
            3
        } else {
            9
        })
        .max(1);
    let plain_job = Job {
        program,
        filename,
        schedule: &spec.run.schedule,
        opts: spec.run.options(),
    };
    let (mut plain, mut recorded) = (Vec::new(), Vec::new());
    let mut identical = 1u32;
    let mut first_diff = None;
    recorded.push(first.raw.wall);
    plain.push(ex.run(&plain_job)?.wall);
    for _ in 1..reps {
        let r = record_once(ex, program, filename, spec)?;
        recorded.push(r.raw.wall);
        match first_divergence(&first.recording, &r.recording) {
            None => identical += 1,
            Some(d) => {
                first_diff.get_or_insert(d);
            }
        }
        plain.push(ex.run(&plain_job)?.wall);
    }
    Ok(Overhead {
        reps,
        plain: median(plain),
        recorded: median(recorded),
        identical,
        first_divergence: first_diff,
    })
}

/// A replay stopped at an event (`replay --stop-at N`).
pub struct Stopped {
    /// The signal the worker's child died by (SIGTRAP at the stop).
    pub signal: Option<i32>,
    /// The event counter when it ended.
    pub events: u64,
    /// It stopped by SIGTRAP exactly at the event.
    pub stopped: bool,
    /// Where the events up to the stop differ from the recorded ones.
    pub divergence: Option<Divergence>,
    pub summary: String,
}

/// Re-run a recording on `install` and stop the worker right after event
/// `n` (SIGTRAP).
pub fn replay_to(rec: &Recording, install: &gcstress_vm::Install, n: u64) -> Result<Stopped> {
    let m = &rec.meta;
    let mut spec = m.run_spec(install)?;
    spec.stop_at = n;
    let mut ex = Executor::new(install)?;
    let r = record_once(&mut ex, m.program.as_bytes(), &m.filename, &spec)?;
    let res = &r.raw.result;
    let signal = (res.status == protocol::status::SIGNALED).then_some(res.signal);
    let counter = res.c.events;
    // the events up to the stop must be the recorded ones
    let mut upto = rec.clone();
    upto.events
        .truncate(n.saturating_sub(rec.first - 1).min(rec.events.len() as u64) as usize);
    Ok(Stopped {
        signal,
        events: counter,
        stopped: signal == Some(5) && counter == n,
        divergence: first_divergence(&upto, &r.recording),
        summary: r.outcome.summary,
    })
}

/// Re-run a recording on `install`: the new run, and where its events first
/// differ from the recorded ones.
pub fn replay(
    rec: &Recording,
    install: &gcstress_vm::Install,
) -> Result<(Recorded, Option<Divergence>)> {
    let m = &rec.meta;
    let spec = m.run_spec(install)?;
    let mut ex = Executor::new(install)?;
    let r = record_once(&mut ex, m.program.as_bytes(), &m.filename, &spec)?;
    let d = first_divergence(rec, &r.recording);
    Ok((r, d))
}

/// gdb on a one-shot worker (no fork server: the process gdb starts runs the
/// program), stopping where the shim lands at event `stop` (none: the run
/// goes to its end or its crash). The request file lives in `dir`.
pub fn gdb_command(
    rec: &Recording,
    install: &gcstress_vm::Install,
    stop: Option<u64>,
    batch: bool,
    dir: &Path,
) -> Result<std::process::Command> {
    if install.is_artichoke() {
        return Err(crate::error::bad_input(
            "replay --gdb needs an mruby VM: the Artichoke worker has no one-shot mode",
        ));
    }
    let m = &rec.meta;
    let mut spec = m.run_spec(install)?;
    spec.stop_at = stop.unwrap_or(0);
    let req = dir.join("request.bin");
    std::fs::write(
        &req,
        protocol::encode_request(
            &spec.run.schedule,
            &spec.options(),
            &m.filename,
            m.program.as_bytes(),
        ),
    )
    .with_context(|| format!("cannot write {}", req.display()))?;
    let mut cmd = std::process::Command::new("gdb");
    cmd.arg("-q")
        .args(["-ex", "set pagination off"])
        .args(["-ex", "set confirm off"]);
    if stop.is_some() {
        cmd.args(["-ex", "break gcs_stopped_at"]);
    }
    cmd.args(["-ex", "run"]);
    if batch {
        cmd.args(["-ex", "bt 20"]).arg("-batch");
    }
    cmd.arg("--args")
        .arg(&install.worker)
        .arg("--run")
        .arg(&req);
    Ok(cmd)
}

/// How `gcstress record` records a reproducer.
pub struct RecordOptions<'a> {
    /// Where the recording goes (an rr trace beside it, `.rr`).
    pub out: &'a Path,
    /// Keep only the last N events (0: all).
    pub last: u32,
    /// Runs of each kind for the overhead figure (default: see [`overhead`]).
    pub reps: Option<u32>,
    /// Also record with rr where it works.
    pub rr: bool,
}

/// What recording a reproducer gave.
pub struct RecordRun {
    pub first: Recorded,
    /// The recording's cost; `None` when the first run did not run the
    /// program (a parse error, a harness error: nothing was written).
    pub cost: Option<Overhead>,
    /// What rr did, or why it could not (then `rr_fallback`).
    pub rr_note: Option<String>,
    pub rr_fallback: bool,
}

/// Record the run `req` asks for on `install` (without the differential
/// oracle), write the recording to `opts.out`, and measure what recording
/// costs through the same worker.
pub fn record_request(
    req: &crate::request::RunRequest,
    install: &gcstress_vm::Install,
    opts: &RecordOptions,
) -> Result<RecordRun> {
    let spec = RecordSpec::of(&req.spec(install)?, opts.last);
    let (program, filename) = (req.program.as_slice(), req.filename.as_str());
    let (rr_note, rr_fallback) = if opts.rr {
        match rr_usable() {
            Ok(rr) => (
                Some(rr_record(&rr, install, &spec, program, filename, opts.out)?),
                false,
            ),
            Err(why) => (Some(format!("{why}; using gcstress's own recording")), true),
        }
    } else {
        (None, false)
    };
    let mut ex = Executor::new(install)?;
    let first = record_once(&mut ex, program, filename, &spec)?;
    let ran = first.outcome.evidence.parse_error().is_none()
        && first.outcome.kind() != judge::Kind::Error;
    let cost = if ran {
        first.recording.write(opts.out)?;
        Some(overhead(
            &mut ex, program, filename, &spec, &first, opts.reps,
        )?)
    } else {
        None
    };
    Ok(RecordRun {
        first,
        cost,
        rr_note,
        rr_fallback,
    })
}

/// rr, where it works: `rr record` of a one-shot worker running the same
/// request (a trace directory beside the .gcrec); what happened, in one line.
pub fn rr_record(
    rr: &Path,
    install: &gcstress_vm::Install,
    spec: &RecordSpec,
    program: &[u8],
    filename: &str,
    out: &Path,
) -> Result<String> {
    if install.is_artichoke() {
        return Ok(
            "rr: the Artichoke worker has no one-shot mode; using gcstress's own recording".into(),
        );
    }
    let dir = out.with_extension("rr");
    let req = out.with_extension("request");
    std::fs::write(
        &req,
        protocol::encode_request(&spec.run.schedule, &spec.options(), filename, program),
    )
    .with_context(|| format!("cannot write {}", req.display()))?;
    let status = std::process::Command::new(rr)
        .arg("record")
        .arg("-o")
        .arg(&dir)
        .arg(&install.worker)
        .arg("--run")
        .arg(&req)
        .status()
        .with_context(|| format!("cannot run {}", rr.display()))?;
    Ok(format!(
        "rr record finished ({status}); trace in {} (rr replay {})",
        dir.display(),
        dir.display()
    ))
}

/// Can rr record here? `Err` says why not, in one line.
pub fn rr_usable() -> std::result::Result<std::path::PathBuf, String> {
    let pmu = ["cpu", "cpu_core", "cpu_atom", "armv8_pmuv3"]
        .iter()
        .any(|d| Path::new("/sys/bus/event_source/devices").join(d).exists());
    if !pmu {
        return Err(
            "rr needs hardware performance counters; none on this machine (no CPU PMU in /sys/bus/event_source/devices)".into(),
        );
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join("rr"))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            "rr is not installed (this machine has performance counters: apt install rr)".into()
        })
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i32) -> u64 {
    ((v << 1) ^ (v >> 31)) as u32 as u64
}

fn unzigzag(v: u64) -> i32 {
    let v = v as u32;
    ((v >> 1) as i32) ^ -((v & 1) as i32)
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.b.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn varint(&mut self) -> Option<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = *self.take(1)?.first()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Recording {
        Recording {
            meta: Meta {
                format: FORMAT,
                gcstress: "0".into(),
                vm: "mruby-2.1.2".into(),
                vm_version: "2.1.2".into(),
                schedule: "none".into(),
                filename: "p.rb".into(),
                program: "p 1\n".into(),
                program_hash: format!("{:016x}", fnv64(b"p 1\n")),
                timeout_ms: 1000,
                mem_limit: 1 << 30,
                verify: None,
                mutant: None,
                last: 0,
                events_total: 2,
                events_dropped: 0,
                watch_hits: 0,
                outcome: "ok".into(),
                signature: "ok".into(),
                summary: "finished".into(),
                frames: vec![],
                signal: None,
            },
            functions: vec!["mrb_alias_method".into()],
            names: [(rec::NAME_TT | 20, "REnv".to_string())].into(),
            first: 1,
            events: vec![
                Event {
                    kind: rec::EV_ALLOC,
                    k: 20,
                    how: 0,
                    w: 0,
                    line: -1,
                    a: 1,
                    b: 7,
                    c: 1,
                    d: 0,
                },
                Event {
                    kind: rec::EV_END,
                    k: 1,
                    how: 0,
                    w: 0,
                    line: 12,
                    a: u64::MAX,
                    b: OBJ_PRE | 3,
                    c: 0,
                    d: 0,
                },
            ],
        }
    }

    #[test]
    fn round_trips() {
        let r = sample();
        let bytes = r.encode().unwrap();
        assert_eq!(Recording::decode(&bytes, "x").unwrap(), r);
        assert!(first_divergence(&r, &r).is_none());
    }

    #[test]
    fn corruption_is_one_line() {
        let mut bytes = sample().encode().unwrap();
        let n = bytes.len();
        bytes[n / 2] ^= 1;
        let e = Recording::decode(&bytes, "run.gcrec")
            .unwrap_err()
            .to_string();
        assert_eq!(e, "run.gcrec: corrupt recording: checksum mismatch");
        let e = Recording::decode(b"hello", "x").unwrap_err().to_string();
        assert!(e.contains("not a gcstress recording"), "{e}");
    }

    #[test]
    fn varints_and_zigzag() {
        for v in [0u64, 1, 127, 128, 300, u64::MAX, OBJ_PRE | 5] {
            let mut out = vec![];
            put_varint(&mut out, v);
            assert_eq!(Reader { b: &out, at: 0 }.varint(), Some(v));
        }
        for v in [0i32, -1, 1, i32::MIN, i32::MAX] {
            assert_eq!(unzigzag(zigzag(v)), v);
        }
    }
}
