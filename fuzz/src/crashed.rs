//! Known crashes do not end the run. Where each input runs in a forked copy
//! of the target (Artichoke: [`crate::inproc`]'s zygote), a copy that
//! crashes dies quietly (`child.c`) and the parent judges the input as
//! `hunt` judges a find: the program runs again on the VM's out-of-process
//! worker (the run `gcstress exec ARTIFACT` makes; on Artichoke the worker
//! is this very binary, ASan included, see [`judge_install`]), its root
//! cause is derived (minimized first when the outcome does not carry it) and looked
//! up in the known-bug list shipped in gcstress (`corpus/regressions/`,
//! `specs/known-bugs.toml`). A known bug is one line and fuzzing goes on; a
//! new one, or a crash that does not happen again out of process, aborts
//! the parent, which libFuzzer turns into its crash artifact as for any
//! crash. Each crashing input is on disk (`<artifact_prefix>crashed-*.rb`,
//! renamed `known-*.rb` once judged known) before it is judged.
//!
//! `GCSTRESS_FUZZ_KNOWN=none`: every crash ends the run (libFuzzer's own
//! rule; the copy's handlers write the artifact). `GCSTRESS_FUZZ_KNOWN=PATH[:PATH]`
//! adds reproducers, crash directories or a nightly's `results.json` to the
//! list, as `hunt --known` does.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use anyhow::{Context, Result};
use gcstress::exec::Executor;
use gcstress::judge::Outcome;
use gcstress::run::{run_spec, RunSpec};
use gcstress::triage::{self, known::KnownList};
use gcstress_vm::Install;
use libfuzzer_sys::Corpus;

use crate::VM;

/// Out-of-process runs that must crash before a crash counts as reproduced.
const RUNS: usize = 2;
/// How long a crash whose outcome does not name its root cause is minimized
/// before its root cause is derived (as `hunt --minimize`'s default).
const MINIMIZE: Duration = Duration::from_secs(60);

/// Are crashes in forked copies judged (the default)?
pub fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var("GCSTRESS_FUZZ_KNOWN").map_or(true, |v| v != "none"))
}

/// `SIGSEGV`, as crash signatures name signals.
pub fn signal_name(sig: i32) -> String {
    gcstress::reduce::plain::signal_name(sig)
}

/// What a crashing input turned out to be.
enum Verdict {
    /// A known bug: its signature, the known-list entry, and how many
    /// crashes of this run it has been.
    Known {
        signature: String,
        source: String,
        n: u64,
    },
    /// Not on the list: its signature and root-cause key.
    New {
        signature: String,
        root_cause: String,
    },
    /// The program did not crash again out of process.
    Gone { outcome: String },
}

/// The judge's state: one worker for the process, the known list, and what
/// each signature turned out to be (a signature judged once is not judged again).
struct Judge {
    ex: Executor,
    known: KnownList,
    seen: HashMap<String, Option<String>>,
    hits: HashMap<String, u64>,
}

static JUDGE: Mutex<Option<Judge>> = Mutex::new(None);

/// A forked copy crashed (`how`) on `program` (run as `spec` says): judge
/// it; known bugs give [`Corpus::Reject`] (not a program to build on), the
/// rest abort this process (libFuzzer's crash artifact).
pub fn on_crash(program: &[u8], spec: &RunSpec, how: &str) -> Corpus {
    let saved = save(program, "crashed");
    match judge(program, spec) {
        Ok(Verdict::Known {
            signature,
            source,
            n,
        }) => {
            let kept = saved.and_then(|p| {
                let to = sibling(&p, "known");
                std::fs::rename(&p, &to).ok().map(|()| to)
            });
            let kept = kept.map_or_else(String::new, |p| format!("; kept as {}", p.display()));
            eprintln!(
                "gcstress: known: a forked copy crashed ({how}): {signature} is {source} \
                 ({n} time(s) in this run){kept}; fuzzing goes on"
            );
            Corpus::Reject
        }
        Ok(Verdict::New {
            signature,
            root_cause,
        }) => {
            eprintln!(
                "gcstress: NEW: a forked copy crashed ({how}): {signature}, root cause {root_cause}; \
                 the artifact replays with: gcstress exec ARTIFACT --vm {VM}"
            );
            std::process::abort();
        }
        Ok(Verdict::Gone { outcome }) => {
            eprintln!(
                "gcstress: a forked copy crashed ({how}); out of process the program ended {outcome} \
                 ({RUNS} runs): ending the run on it, as on any crash; \
                 the artifact replays with: gcstress exec ARTIFACT --vm {VM}"
            );
            std::process::abort();
        }
        Err(e) => {
            eprintln!(
                "gcstress: a forked copy crashed ({how}) and it could not be judged: {e:#}; \
                 the artifact replays with: gcstress exec ARTIFACT --vm {VM}"
            );
            std::process::abort();
        }
    }
}

fn judge(program: &[u8], spec: &RunSpec) -> Result<Verdict> {
    let mut guard = JUDGE.lock().unwrap_or_else(|e| e.into_inner());
    if guard.is_none() {
        *guard = Some(Judge {
            ex: Executor::new(judge_install()).context("cannot start the VM's worker")?,
            known: known_list()?,
            seen: HashMap::new(),
            hits: HashMap::new(),
        });
    }
    let Some(j) = guard.as_mut() else {
        anyhow::bail!("no judge");
    };
    let mut last: Option<Outcome> = None;
    for _ in 0..RUNS {
        let o = run_spec(&mut j.ex, program, crate::FILENAME, spec)?;
        let bug = o.kind().is_bug();
        last = Some(o);
        if bug {
            break;
        }
    }
    let Some(o) = last.filter(|o| o.kind().is_bug()) else {
        return Ok(Verdict::Gone {
            outcome: "without a bug".into(),
        });
    };
    let n = {
        let h = j.hits.entry(o.signature.clone()).or_insert(0);
        *h += 1;
        *h
    };
    if let Some(seen) = j.seen.get(&o.signature) {
        return Ok(match seen {
            Some(source) => Verdict::Known {
                signature: o.signature.clone(),
                source: source.clone(),
                n,
            },
            None => Verdict::New {
                signature: o.signature.clone(),
                root_cause: "(as before)".into(),
            },
        });
    }
    let text = String::from_utf8_lossy(program).into_owned();
    let mut rc = match triage::from_outcome(&o) {
        Some(rc) => rc,
        None => {
            let needs = triage::needs_schedule(&mut j.ex, &text, "repro.rb", spec)?;
            let min = minimize(&text, spec, &o.signature);
            triage::derive_preferring(&mut j.ex, min.as_deref(), &text, spec, &o, needs)?
        }
    };
    if let Some(k) = j.known.same_key(&rc.key) {
        rc.key = k;
    }
    let schedule = spec.schedule.to_string();
    let source = j
        .known
        .find(&triage::known::Query {
            vm: &crate::install().id,
            schedule: &schedule,
            signature: &o.signature,
            root_cause: Some(&rc),
            file: None,
            generational: o.gc.generational,
        })
        .map(|b| format!("{} ({})", rc.key, b.source));
    j.seen.insert(o.signature.clone(), source.clone());
    Ok(match source {
        Some(source) => Verdict::Known {
            signature: o.signature,
            source,
            n,
        },
        None => Verdict::New {
            signature: o.signature,
            root_cause: rc.key,
        },
    })
}

/// The minimized program (as `hunt` makes `min.rb`), if minimizing worked.
fn minimize(text: &str, spec: &RunSpec, signature: &str) -> Option<String> {
    let opts = gcstress::reduce::Options {
        install: judge_install(),
        program: text.to_string(),
        filename: "repro.rb".into(),
        run: spec.clone(),
        signature: Some(signature.to_string()),
        jobs: 1,
        time_limit: Some(MINIMIZE),
        plain: false,
        progress: None,
    };
    match gcstress::reduce::minimize(opts) {
        Ok(m) => Some(m.render()),
        Err(e) => {
            eprintln!("gcstress: could not minimize {signature}: {e:#}");
            None
        }
    }
}

/// The VM the judge runs programs on: on Artichoke this very binary as its
/// worker (`--server`: the same instrumented Artichoke, ASan included, so a
/// crash only ASan sees happens again), on mruby the VM's own worker.
fn judge_install() -> &'static Install {
    static JUDGED: OnceLock<Install> = OnceLock::new();
    JUDGED.get_or_init(|| {
        let mut i = crate::install().clone();
        if crate::ARTICHOKE {
            if let Ok(me) = std::env::current_exe() {
                i.worker = me;
            }
        }
        i
    })
}

/// The shipped list plus `GCSTRESS_FUZZ_KNOWN`'s paths.
fn known_list() -> Result<KnownList> {
    let mut k = KnownList::shipped();
    if let Ok(paths) = std::env::var("GCSTRESS_FUZZ_KNOWN") {
        for p in std::env::split_paths(&paths).filter(|p| !p.as_os_str().is_empty()) {
            k.add_path(&p)
                .with_context(|| format!("GCSTRESS_FUZZ_KNOWN: {}", p.display()))?;
        }
    }
    Ok(k)
}

/// Where libFuzzer writes artifacts (`-artifact_prefix=`, cargo fuzz sets
/// it to `fuzz/artifacts/<target>/`; else the working directory).
fn artifact_prefix() -> String {
    std::env::args()
        .find_map(|a| a.strip_prefix("-artifact_prefix=").map(str::to_string))
        .unwrap_or_default()
}

/// Write the crashing program before anything else is tried with it.
fn save(program: &[u8], kind: &str) -> Option<PathBuf> {
    let path = PathBuf::from(format!(
        "{}{kind}-{:016x}.rb",
        artifact_prefix(),
        gcstress::record::fnv64(program)
    ));
    match std::fs::write(&path, program) {
        Ok(()) => Some(path),
        Err(e) => {
            eprintln!(
                "gcstress: cannot save the crashing input to {}: {e}",
                path.display()
            );
            None
        }
    }
}

/// `crashed-<hash>.rb` -> `<kind>-<hash>.rb` in the same directory.
fn sibling(path: &std::path::Path, kind: &str) -> PathBuf {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("crashed-input.rb");
    path.with_file_name(name.replacen("crashed", kind, 1))
}
