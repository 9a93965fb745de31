//! Root causes and known bugs: what a find *is*, beyond where it crashed.
//!
//! A dangling pointer crashes wherever it is next used, so one GC bug shows
//! up under many crash signatures. A root cause is a key derived from the
//! best evidence a find has, stable across crash sites:
//!
//! | evidence | key | from |
//! |---|---|---|
//! | `verifier` | `freed-referenced/REnv@mrb_alias_method<-RProc/minor` | the verifier's edge: the freed object's type and allocating VM function, the holder's type, the kind of GC that freed it |
//! | `dead-value` | `dead-value/misjudged-live`, `dead-value/freed/RFloat@coerce_to_float` | Artichoke's liveness check: its classification (and for freed values, the Rust code that held one) |
//! | `panic` | `panic/src/extn/core/array/mod.rs:120`, `panic/capacity_overflow@mrb_intern` | where Rust panicked (inside the standard library: its message and the first frame) |
//! | `stack-overflow` | `stack-overflow/flatten,funcall,to_s` | the frames the recursion repeats |
//! | `recording` | `freed-referenced/REnv@mrb_alias_method<-RProc/minor` | the first bad event of the run's recording: a slot freed while a live object still held it (the same key as the verifier's for the same bug, so a crash and a verifier find of one bug group together) |
//! | `gc-in-malloc` | `gc-in-malloc/mrb_env_unshare` | the VM function whose malloc failed and collected, when nothing else is freed while referenced |
//! | `shape` | `shape/prepend,remove_method` | finds that need no GC schedule: the core methods the minimized program calls ([`shape`]) |
//! | `signature` | `signature/crash.SIGSEGV.f.g.h` | nothing better: the crash signature itself |
//!
//! [`fixcheck`] re-runs finds on two VMs and says per root cause what the
//! second did with them (`gcstress triage`).
//!
//! [`known`] loads the known-bug list (the regression corpus, specs'
//! `known-bugs.toml`, `--known` files, a nightly baseline) and matches finds
//! against it.

pub mod bisect;
pub mod fixcheck;
pub mod known;
pub mod report;
pub mod shape;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::exec::Executor;
use crate::judge::{self, signature, Kind, Outcome};
use crate::record::{self, trace, Recording};
use crate::run::{run_spec, RunSpec};
use gcstress_vm::protocol::rec;

/// What kind of evidence a root-cause key was derived from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    Verifier,
    DeadValue,
    Panic,
    StackOverflow,
    Recording,
    GcInMalloc,
    Shape,
    Signature,
}

impl Evidence {
    pub fn name(self) -> &'static str {
        match self {
            Evidence::Verifier => "verifier",
            Evidence::DeadValue => "dead-value",
            Evidence::Panic => "panic",
            Evidence::StackOverflow => "stack-overflow",
            Evidence::Recording => "recording",
            Evidence::GcInMalloc => "gc-in-malloc",
            Evidence::Shape => "shape",
            Evidence::Signature => "signature",
        }
    }
}

/// A find's root cause: a key to group and match by, and a line for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RootCause {
    /// `verifier/RProc<-REnv@mrb_alias_method`: no spaces, stable across runs,
    /// crash sites and machines (type and function names, never addresses).
    pub key: String,
    /// One line: what the evidence says happened.
    pub description: String,
    pub evidence: Evidence,
}

fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("?")
}

/// A key part: letters, digits, `_:.,@<>-#` and the characters of
/// operator method names (`==`, `[]=`, `<=>`); `|` never (it separates keys).
fn part(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "_:.,@<>-#=[]!?+*%&~^/".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The root cause an outcome shows on its own (no further runs): verifier
/// finds, Artichoke's dead values and panics, stack overflows.
pub fn from_outcome(o: &Outcome) -> Option<RootCause> {
    match &o.evidence {
        judge::Evidence::Verifier(findings) => {
            let f = findings.first()?;
            let parent = type_only(first_word(&f.parent));
            let (key, description) = if f.slot_incarnations <= 1 {
                let by = f.child_allocated_by.as_deref().unwrap_or("?");
                (
                    freed_key(&type_only(&f.child_type), by, &parent, gc_class_named(&f.gc_kind)),
                    f.root_cause.clone().unwrap_or_else(|| {
                        format!("a {} allocated in {by} was stored into a {parent} without a write barrier and freed while it held it", f.child_type)
                    }),
                )
            } else {
                let by = f.parent_allocated_by.as_deref().unwrap_or("?");
                (
                    format!("freed-referenced/reused<-{}@{}", part(&parent), part(by)),
                    format!(
                        "a {parent} allocated in {by} held a slot that was freed and reused ({} occupants since its last barrier)",
                        f.slot_incarnations
                    ),
                )
            };
            Some(RootCause {
                key,
                description,
                evidence: Evidence::Verifier,
            })
        }
        judge::Evidence::DeadValue {
            dead: d, frames, ..
        } => {
            if d.classification == "misjudged-live" {
                Some(RootCause {
                    key: "dead-value/misjudged-live".into(),
                    description: "Artichoke's liveness check calls a live object dead because of its colour in the middle of a major cycle (artichoke#1336)".into(),
                    evidence: Evidence::DeadValue,
                })
            } else {
                let asker = frames
                    .iter()
                    .map(|f| signature::short_frame(f))
                    .find(|f| !f.starts_with("mrb_sys_") && !f.contains("value_is_dead"))
                    .unwrap_or_else(|| "?".into());
                Some(RootCause {
                    key: format!(
                        "dead-value/{}/{}@{}",
                        part(&d.classification),
                        part(first_word(&d.slot)),
                        part(&asker)
                    ),
                    description: format!(
                        "a value {asker} held was {} ({}) when Artichoke checked it",
                        d.classification, d.evidence
                    ),
                    evidence: Evidence::DeadValue,
                })
            }
        }
        judge::Evidence::Panic {
            panic: p, frames, ..
        } => {
            // file:line without the column
            let loc = match p.location.rsplit_once(':') {
                Some((head, col)) if col.chars().all(|c| c.is_ascii_digit()) => head,
                _ => p.location.as_str(),
            };
            // a panic inside the standard library (`capacity overflow`) is
            // told apart by its message and the first frame of the caller
            let in_std = loc.starts_with("library/") || loc.contains("/rustc/");
            let key = if in_std {
                let first = frames
                    .first()
                    .map(|f| signature::short_frame(f))
                    .unwrap_or_else(|| "?".into());
                format!("panic/{}@{}", part(&p.message), part(&first))
            } else {
                format!("panic/{}", part(loc))
            };
            Some(RootCause {
                key,
                description: format!("Rust panicked at {loc}: {}", p.message),
                evidence: Evidence::Panic,
            })
        }
        judge::Evidence::StackOverflow { recursion, .. } => {
            let shown: Vec<String> = recursion.iter().take(4).cloned().collect();
            Some(RootCause {
                key: format!(
                    "stack-overflow/{}",
                    if shown.is_empty() {
                        "?".to_string()
                    } else {
                        part(&shown.join(","))
                    }
                ),
                description: if shown.is_empty() {
                    "the C stack ran out".into()
                } else {
                    format!(
                        "the C stack ran out in a recursion through {}",
                        shown.join(", ")
                    )
                },
                evidence: Evidence::StackOverflow,
            })
        }
        _ => None,
    }
}

/// `RClass(singleton)` -> `RClass`: the verifier and the recording name
/// flavours differently; the key keeps the type.
fn type_only(t: &str) -> String {
    t.split('(').next().unwrap_or(t).trim().to_string()
}

/// The key of "a CHILD allocated by BY, held by a PARENT, freed by a GC of
/// CLASS": the verifier and a recording of a crash give the same key.
fn freed_key(child: &str, by: &str, parent: &str, class: &str) -> String {
    format!(
        "freed-referenced/{}@{}<-{}/{class}",
        part(child),
        part(by),
        part(parent)
    )
}

/// The verifier's GC kind name ("minor", "full", "major step") as a class.
fn gc_class_named(kind: &str) -> &'static str {
    if kind == "minor" {
        "minor"
    } else {
        "major"
    }
}

/// GC kinds as a root cause names them: what freed the object matters
/// (a young collection, a major one, one inside a failed malloc), not
/// whether gcstress or the VM started it.
fn gc_class(kind: u8, trigger: u8) -> &'static str {
    if trigger == rec::TRIG_MALLOC {
        return "gc-in-malloc";
    }
    match kind {
        rec::GC_MINOR => "minor",
        _ => "major",
    }
}

/// The first bad event of a recording: the first slot freed while a live
/// object still held its address (a heap scan after each complete GC).
pub fn from_recording(r: &Recording) -> Option<RootCause> {
    let numbered = || {
        r.events
            .iter()
            .enumerate()
            .map(|(i, e)| (r.first + i as u64, e))
    };
    if let Some((_, re)) = numbered().find(|(_, e)| e.kind == rec::EV_REF) {
        let freed = re.a;
        let alloc = numbered().find(|(_, e)| e.kind == rec::EV_ALLOC && e.a == freed);
        let free = numbered().find(|(_, e)| e.kind == rec::EV_FREE && e.a == freed);
        let freed_type = alloc
            .map(|(_, e)| r.type_name(e.k))
            .or_else(|| free.map(|(_, e)| r.type_name(e.k)))
            .unwrap_or_else(|| "?".into());
        let by = alloc
            .map(|(_, e)| r.function(e.c).to_string())
            .unwrap_or_else(|| "?".into());
        let holder_type = if re.c == 0 {
            "block".to_string()
        } else {
            r.type_name(re.k)
        };
        let gc_no = free.map(|(_, e)| e.c).unwrap_or(0);
        let gc = r
            .events
            .iter()
            .rev()
            .find(|e| e.kind == rec::EV_GC && e.a == gc_no)
            .map(|e| (0u64, e))
            .map(|(_, e)| (e.k, e.how));
        let class = gc.map(|(k, how)| gc_class(k, how)).unwrap_or("gc");
        let ix = trace::Index::new(r);
        return Some(RootCause {
            key: freed_key(
                &type_only(&freed_type),
                &by,
                &type_only(&holder_type),
                class,
            ),
            description: format!(
                "{} allocated by {by} was freed by {} while {} still held it",
                ix.obj(freed),
                ix.gc(gc_no),
                ix.obj(re.c)
            ),
            evidence: Evidence::Recording,
        });
    }
    None
}

/// A find that needs a failing malloc: the VM function whose malloc failed
/// (and collected inside it) last before the failure.
pub fn from_gc_in_malloc(o: &Outcome) -> Option<RootCause> {
    // (a crash inside that GC comes before the retried malloc counts it in gc_in_malloc)
    if o.gc.malloc_fail == 0 {
        return None;
    }
    let f = o.malloc_fail_caller.as_deref()?;
    Some(RootCause {
        key: format!("gc-in-malloc/{}", part(f)),
        description: format!(
            "a GC inside a failed malloc called from {f} came before the {}",
            o.kind().name()
        ),
        evidence: Evidence::GcInMalloc,
    })
}

/// The root cause of a find that needs no GC schedule: its minimized
/// program's shape, with the first VM frame in the description.
pub fn from_shape(min_program: &str, o: &Outcome) -> Option<RootCause> {
    let calls = shape::calls(min_program)?;
    let key = shape::key(&calls);
    let top = o
        .evidence
        .frames()
        .first()
        .map(|f| format!("; first VM frame {}", signature::short_frame(f)))
        .unwrap_or_default();
    Some(RootCause {
        key: format!("shape/{}", part(&key)),
        description: format!(
            "{} without any GC schedule in a program that calls {}{top}",
            o.kind().name(),
            calls.join(", ")
        ),
        evidence: Evidence::Shape,
    })
}

/// Whether two root-cause keys are one bug: equal, or two shapes one of
/// which reaches the other's calls by a longer road ([`shape::same`]).
pub fn same_root_cause(a: &str, b: &str) -> bool {
    match (a.strip_prefix("shape/"), b.strip_prefix("shape/")) {
        (Some(x), Some(y)) => shape::same(x, y),
        _ => a == b,
    }
}

/// Of `keys`, the one that is the same bug as `key`: `key` itself if it is
/// there, else the shortest (the reproducer that needs the fewest calls).
pub fn closest_root_cause<'a>(
    keys: impl IntoIterator<Item = &'a String>,
    key: &str,
) -> Option<String> {
    let same: Vec<&String> = keys
        .into_iter()
        .filter(|k| same_root_cause(k, key))
        .collect();
    if same.iter().any(|k| k.as_str() == key) {
        return Some(key.to_string());
    }
    same.into_iter()
        .min_by_key(|k| (k.len(), k.as_str()))
        .cloned()
}

/// When nothing better is known: the signature.
pub fn from_signature(o: &Outcome) -> RootCause {
    RootCause {
        key: format!("signature/{}", o.signature),
        description: format!("{} (grouped by its crash signature only)", o.summary),
        evidence: Evidence::Signature,
    }
}

/// Does the find need its GC schedule? (Run once without the schedule's
/// items: still a bug signal means no.) Always true without items.
pub fn needs_schedule(
    ex: &mut Executor,
    program: &str,
    filename: &str,
    spec: &RunSpec,
) -> Result<bool> {
    if spec.schedule.items.is_empty() {
        return Ok(false);
    }
    let plain = RunSpec {
        schedule: spec.schedule.without_items(),
        ..spec.clone()
    };
    let r = run_spec(ex, program.as_bytes(), filename, &plain)?;
    Ok(!r.kind().is_bug())
}

/// One run that names the VM function of every failed malloc (it walks the
/// stack at each, so hunts never ask for it).
fn run_naming_mallocs(
    ex: &mut Executor,
    program: &str,
    filename: &str,
    spec: &RunSpec,
) -> Result<Outcome> {
    let mut opts = spec.options();
    opts.flags |= gcstress_vm::protocol::F_MALLOC_CALLERS;
    let job = crate::exec::Job {
        program: program.as_bytes(),
        filename,
        schedule: &spec.schedule,
        opts,
    };
    let raw = ex.run(&job)?;
    let worker = ex.install().worker.clone();
    Ok(crate::judge::judge(&raw, &worker))
}

/// The first single failing malloc that is enough for a bug signal: with
/// `mallocfail%N` many mallocs fail, and the last one before the crash is
/// often where corrupted state is noticed, not where it was made. Tries
/// `mallocfail@K` for each K the schedule would fail (in order, at most 4000
/// runs), naming the failed malloc's caller; `None` if no single one fails.
fn single_failure(
    ex: &mut Executor,
    program: &str,
    filename: &str,
    spec: &RunSpec,
    o: &Outcome,
) -> Result<Option<Outcome>> {
    use gcstress_vm::schedule::{Item, Kind as SKind, When};
    let total = o.gc.mallocs.max(1);
    let mut candidates: Vec<u64> = Vec::new();
    for it in spec
        .schedule
        .items
        .iter()
        .filter(|i| i.kind == SKind::MallocFail)
    {
        match it.when {
            When::At(n) => candidates.push(n),
            When::Every(n) if n > 0 => candidates.extend((1..=total / n).map(|k| k * n)),
            When::Every(_) => {}
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    if candidates.len() <= 1 {
        let named = run_naming_mallocs(ex, program, filename, spec)?;
        return Ok(named.kind().is_bug().then_some(named));
    }
    for k in candidates.into_iter().take(4000) {
        let mut one = spec.clone();
        one.schedule.items = vec![Item {
            kind: SKind::MallocFail,
            when: When::At(k),
        }];
        let named = run_naming_mallocs(ex, program, filename, &one)?;
        if named.kind().is_bug() {
            return Ok(Some(named));
        }
    }
    Ok(None)
}

/// The root cause of a find whose outcome does not carry it, as `hunt`
/// works it out: from `min` (its minimized reproducer) when that still
/// fails, else from the program as found (`text`, run as `spec` says).
pub fn derive_preferring(
    ex: &mut Executor,
    min: Option<&str>,
    text: &str,
    spec: &RunSpec,
    o: &Outcome,
    needs_schedule: bool,
) -> Result<RootCause> {
    if let Some(min) = min {
        if let Ok(h) = crate::repro::parse_header(min) {
            let s = h.settings(&crate::repro::Flags::default());
            let min_spec = RunSpec {
                schedule: s.schedule.clone(),
                verify: s.verify,
                diff: s.diff,
                ..spec.clone()
            };
            let mo = crate::run::run_spec(ex, min.as_bytes(), "repro.rb", &min_spec)?;
            if mo.kind().is_bug() {
                let needs = self::needs_schedule(ex, min, "repro.rb", &min_spec)?;
                return derive(ex, min, "repro.rb", &min_spec, &mo, Some(needs));
            }
        }
    }
    derive(ex, text, "repro.rb", spec, o, Some(needs_schedule))
}

/// A find's root cause from the best evidence there is, running the
/// program again where that helps: the outcome's own evidence (no run); for
/// a find that needs only failing mallocs, the first single failure that is
/// enough and the VM function that made it; for a memory-safety signal, the
/// first bad event of a recording (one recorded run); for a find that needs
/// no schedule, the shape of `program` (which should be the minimized
/// program); else the signature.
/// What `known --derive` makes of one reproducer: the run and its root cause.
pub struct Derived {
    pub vm: String,
    pub spec: RunSpec,
    pub outcome: Outcome,
    /// `None`: the run showed no bug.
    pub root_cause: Option<RootCause>,
}

/// Run the reproducer at `path` (on `vm`, else the VM its header names, else
/// the first VM its `expect=` says fails, else the default VM) and derive
/// its root cause when it fails.
pub fn derive_reproducer(
    path: &std::path::Path,
    vm: Option<&str>,
    progress: &mut dyn FnMut(&str),
) -> Result<Derived> {
    use crate::request::{self, RunFlags};
    let flags = vm.map(RunFlags::on_vm).unwrap_or_default();
    let mut req = request::load(path, &flags)?;
    if vm.is_none() && req.header.vm.is_none() {
        let failing = req.header.expect.iter().find(|(_, k)| k.is_bug());
        if let Some((vm, _)) = failing {
            req = req.on_vm(&vm.clone());
        }
    }
    let install = req.install(progress)?;
    let spec = req.spec(&install)?;
    let mut ex = Executor::new(&install)?;
    let text = req.text();
    let o = crate::run::run_spec(&mut ex, &req.program, &req.filename, &spec)?;
    let root_cause = if o.kind().is_bug() {
        Some(derive(&mut ex, &text, &req.filename, &spec, &o, None)?)
    } else {
        None
    };
    Ok(Derived {
        vm: req.vm().to_string(),
        spec,
        outcome: o,
        root_cause,
    })
}

pub fn derive(
    ex: &mut Executor,
    program: &str,
    filename: &str,
    spec: &RunSpec,
    o: &Outcome,
    needs_schedule: Option<bool>,
) -> Result<RootCause> {
    if let Some(rc) = from_outcome(o) {
        return Ok(rc);
    }
    let needs = match needs_schedule {
        Some(n) => n,
        None => self::needs_schedule(ex, program, filename, spec)?,
    };
    // a find whose schedule is only failing mallocs: the malloc that collected
    let only_mallocfail = !spec.schedule.items.is_empty()
        && spec
            .schedule
            .items
            .iter()
            .all(|i| i.kind == gcstress_vm::schedule::Kind::MallocFail);
    if needs && only_mallocfail {
        if let Some(named) = single_failure(ex, program, filename, spec, o)? {
            if let Some(rc) = from_gc_in_malloc(&named) {
                return Ok(rc);
            }
        }
    }
    // memory-safety signals (and divergences): the recording's first bad
    // event, whether the GC came from the schedule or from GCStress calls
    // in the program itself
    let memory = matches!(
        o.kind(),
        Kind::Crash | Kind::Asan | Kind::Assert | Kind::Divergence
    );
    if needs || memory {
        let rs = record::RecordSpec {
            run: RunSpec {
                diff: false,
                ..spec.clone()
            },
            last: 0,
            stop_at: 0,
        };
        if let Ok(r) = record::record_once(ex, program.as_bytes(), filename, &rs) {
            if let Some(rc) = from_recording(&r.recording) {
                return Ok(rc);
            }
        }
    }
    if o.gc.malloc_fail > 0 {
        let named = run_naming_mallocs(ex, program, filename, spec)?;
        if named.kind().is_bug() {
            if let Some(rc) = from_gc_in_malloc(&named) {
                return Ok(rc);
            }
        }
    }
    if !needs {
        if let Some(rc) = from_shape(program, o) {
            return Ok(rc);
        }
    }
    Ok(from_signature(o))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_parts_have_no_spaces() {
        assert_eq!(part("RClass singleton"), "RClass_singleton");
        assert_eq!(part("src/a.rs:12"), "src/a.rs:12");
        assert_eq!(part("a|b c"), "a_b_c");
    }
}
