//! Bug signals from spec runs: saved to `OUT/specs/<signature>/`, then
//! flattened to plain Ruby and minimized.
//!
//! ```text
//! OUT/specs/<signature>/
//!   repro.rb        the program that ran (layer + files), with a `# gcstress:` header:
//!                   `gcstress exec repro.rb` replays it
//!   outcome.json    the run's report + spec file, schedule, example, every hit
//!   stdout.txt stderr.txt
//!   flat.rb         the example as plain Ruby (no spec DSL), the minimizer's input
//!   min.rb          the minimized reproducer (+ min.plain.rb for the stock `mruby`)
//! ```
//!
//! The flattened candidates are tried in order — the example alone, then
//! every example up to it (the heap history may matter), then the whole
//! program inlined without `eval` (DSL and all) — and the first that shows the
//! same signature is minimized with `reduce::minimize`.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use gcstress_vm::schedule::When;
use gcstress_vm::Schedule;
use serde::Serialize;
use serde_json::{json, Value};

use super::flatten::{self, Scope};
use super::{plan_of, FileReport, Find, Options, ScheduleRun};
use crate::exec::Executor;
use crate::judge::Kind;
use crate::reduce;
use crate::repro::Header;
use crate::run::{self, RunSpec, Verify};

/// What minimizing a find gave.
#[derive(Debug, Clone, Serialize)]
pub struct MinReport {
    /// Which candidate reproduced: "example", "examples up to it", "inlined program".
    pub from: String,
    pub flat: PathBuf,
    pub min: PathBuf,
    pub plain: Option<PathBuf>,
    pub signature: String,
    pub lines: usize,
    pub bytes: usize,
    pub original_lines: usize,
    pub schedule: String,
    pub reproduced: String,
    /// DSL names still in the minimized program (empty: plain Ruby).
    pub dsl_left: Vec<String>,
    pub seconds: f64,
    pub note: Option<String>,
}

fn write(path: &Path, data: &[u8]) -> Result<()> {
    fs::write(path, data).with_context(|| format!("cannot write {}", path.display()))
}

fn dir_name(sig: &str) -> String {
    sig.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn run_spec(opts: &Options, schedule: &Schedule, diff: bool) -> RunSpec {
    RunSpec {
        schedule: schedule.clone(),
        timeout: opts.timeout,
        mem_limit: opts.mem_limit,
        verify: opts.verify.then_some(Verify::Forced),
        mutant: None,
        diff,
        cap_forced: false,
    }
}

/// Save the first hit of a signature (before anything else happens to it).
pub fn save(opts: &Options, f: &FileReport, r: &ScheduleRun) -> Result<PathBuf> {
    let sig = r.bug.clone().unwrap_or_default();
    let dir = opts.out.join("specs").join(dir_name(&sig));
    fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let prog = f.program.as_ref();
    let mut text = Header {
        vm: Some(opts.install.id.clone()),
        schedule: r.schedule.parse().ok(),
        timeout: Some(opts.timeout),
        signature: Some(sig.clone()),
        ..Header::new()
    }
    .render();
    text.push_str(&format!("# gcstress specs: {}\n", f.file.display()));
    if let Some(p) = prog {
        text.push_str(&p.render());
    }
    write(&dir.join("repro.rb"), text.as_bytes())?;
    let mut j = match &r.judged {
        Some(o) => run::json_report(o, &opts.install.id, &r.schedule.parse().unwrap_or_default()),
        None => json!({}),
    };
    if let Value::Object(m) = &mut j {
        m.insert("outcome".into(), json!(r.outcome));
        m.insert("signature".into(), json!(sig));
        m.insert("summary".into(), json!(r.summary));
        m.insert("spec_file".into(), json!(f.file));
        m.insert("example".into(), json!(r.running));
        m.insert("plan".into(), json!(plan_of(r)));
        m.insert("counts".into(), json!(r.counts));
    }
    write(
        &dir.join("outcome.json"),
        serde_json::to_string_pretty(&j)?.as_bytes(),
    )?;
    if let Some(o) = &r.judged {
        write(&dir.join("stdout.txt"), &o.stdout)?;
        write(&dir.join("stderr.txt"), &o.stderr)?;
    }
    Ok(dir)
}

/// Every (file, schedule) that showed the signature, into outcome.json.
pub fn record_hits(fd: &Find) -> Result<()> {
    let hits: Vec<Value> = fd
        .hits
        .iter()
        .map(|(f, s)| json!({"file": f, "schedule": s}))
        .collect();
    crate::hunt::store::update_outcome(&fd.dir, "hits", Value::Array(hits))
}

/// The schedule, then the same with its periodic items' periods nudged: a
/// rebuilt program allocates differently, so the same period may collect at
/// other points; a nearby one often hits the bug again.
pub fn nearby(s: &Schedule) -> Vec<Schedule> {
    let mut out = vec![s.clone()];
    for (num, den) in [
        (1, 2),
        (4, 5),
        (9, 10),
        (11, 10),
        (5, 4),
        (3, 2),
        (2, 1),
        (1, 4),
        (4, 1),
    ] {
        let mut v = s.clone();
        let mut changed = false;
        for it in &mut v.items {
            if let When::Every(n) = it.when {
                let m = (n * num / den).max(1);
                if m != n {
                    it.when = When::Every(m);
                    changed = true;
                }
            }
        }
        if changed && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// Run `program` under the schedule and its neighbours until it shows `want`
/// (for a divergence: any divergence — the flattened form diverges in the
/// values it prints, not in example statuses). The signature and schedule seen.
fn probe(
    ex: &mut Executor,
    program: &str,
    name: &str,
    spec: &RunSpec,
    want: &str,
    divergence: bool,
) -> Result<Option<(String, Schedule)>> {
    for (i, s) in nearby(&spec.schedule).into_iter().enumerate() {
        let spec = RunSpec {
            schedule: s.clone(),
            ..spec.clone()
        };
        // the schedule that found it gets three tries, the neighbours one
        for _ in 0..if i == 0 { 3 } else { 1 } {
            let o = run::run_spec(ex, program.as_bytes(), name, &spec)?;
            if o.signature == want || (divergence && o.kind() == Kind::Divergence) {
                return Ok(Some((o.signature, s)));
            }
        }
    }
    Ok(None)
}

/// Flatten and minimize one find.
/// A find's root cause: derived from its minimized reproducer when it has
/// one that still fails, else from the run's own outcome (or its signature).
pub fn root_cause(opts: &Options, fd: &Find, r: &ScheduleRun) -> crate::triage::RootCause {
    let from_min = || -> Option<crate::triage::RootCause> {
        let m = fd.minimized.as_ref()?;
        let req = crate::request::load(&m.min, &Default::default()).ok()?;
        let (text, st) = (req.text(), &req.settings);
        let spec = RunSpec {
            schedule: st.schedule.clone(),
            diff: st.diff,
            ..run_spec(opts, &st.schedule, st.diff)
        };
        let mut ex = Executor::new(opts.install).ok()?;
        let o = run::run_spec(&mut ex, text.as_bytes(), "min.rb", &spec).ok()?;
        if !o.kind().is_bug() {
            return None;
        }
        crate::triage::derive(&mut ex, &text, "min.rb", &spec, &o, None).ok()
    };
    if let Some(rc) = from_min() {
        return rc;
    }
    match &r.judged {
        Some(o) => {
            crate::triage::from_outcome(o).unwrap_or_else(|| crate::triage::from_signature(o))
        }
        None => crate::triage::RootCause {
            key: format!("signature/{}", fd.signature),
            description: format!("{} (grouped by its crash signature only)", fd.summary),
            evidence: crate::triage::Evidence::Signature,
        },
    }
}

pub fn minimize(
    opts: &Options,
    f: &FileReport,
    r: &ScheduleRun,
    fd: &Find,
    limit: Duration,
) -> Result<MinReport> {
    let started = std::time::Instant::now();
    let prog = f.program.as_ref().context("the spec program is gone")?;
    let plan = plan_of(r).context("no example was running (the bug happened while loading)")?;
    let schedule: Schedule = r.schedule.parse().unwrap_or_default();
    let divergence = r.outcome == Kind::Divergence;
    let spec = run_spec(opts, &schedule, divergence);
    let stem = f
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "spec".into());
    let name = format!("{stem}.flat.rb");
    let mut ex = Executor::new(opts.install)?;
    let mut notes = Vec::new();
    let mut chosen: Option<(String, String, String, Schedule)> = None;
    for (label, scope) in [("example", Scope::One), ("examples up to it", Scope::UpTo)] {
        match flatten::flatten(prog, &r.layer, plan.ex, scope) {
            Ok(text) => {
                let file = if scope == Scope::One {
                    "flat.rb"
                } else {
                    "flat-all.rb"
                };
                write(&fd.dir.join(file), text.as_bytes())?;
                if let Some((sig, sched)) =
                    probe(&mut ex, &text, &name, &spec, &fd.signature, divergence)?
                {
                    chosen = Some((label.to_string(), text, sig, sched));
                    break;
                }
                notes.push(format!(
                    "the {label} as plain Ruby does not show {}",
                    fd.signature
                ));
            }
            Err(flatten::Unflattenable(why)) => notes.push(why),
        }
    }
    if chosen.is_none() {
        let text = prog.render_inline();
        write(&fd.dir.join("inline.rb"), text.as_bytes())?;
        if let Some((sig, sched)) = probe(&mut ex, &text, &name, &spec, &fd.signature, divergence)?
        {
            chosen = Some(("inlined program (spec DSL kept)".into(), text, sig, sched));
        }
    }
    drop(ex);
    let Some((from, text, target, schedule)) = chosen else {
        anyhow::bail!(
            "no reproducer form shows {}: {}",
            fd.signature,
            notes.join("; ")
        );
    };
    let flat = fd.dir.join("flat.rb");
    let mut flat_text = Header {
        vm: Some(opts.install.id.clone()),
        schedule: Some(schedule.clone()),
        diff: divergence,
        signature: Some(target.clone()),
        ..Header::new()
    }
    .render();
    flat_text.push_str(&format!(
        "# {} of {} ({}), flattened by gcstress specs\n",
        from,
        f.file.display(),
        plan.desc
    ));
    flat_text.push_str(&text);
    write(&flat, flat_text.as_bytes())?;
    let m = reduce::minimize(reduce::Options {
        install: opts.install,
        program: text.clone(),
        filename: name.clone(),
        run: RunSpec {
            schedule: schedule.clone(),
            timeout: opts.timeout,
            mem_limit: opts.mem_limit,
            verify: opts.verify.then_some(Verify::Forced),
            diff: divergence,
            mutant: None,
            cap_forced: false,
        },
        signature: Some(target.clone()),
        jobs: opts.jobs.max(1),
        time_limit: Some(limit),
        plain: true,
        progress: None,
    })?;
    let min = fd.dir.join("min.rb");
    // judged with the differential oracle (`diff=on` in its header), as
    // `gcstress exec min.rb` must judge it too
    let text = m.render();
    write(&min, text.as_bytes())?;
    let plain = match &m.plain {
        Some(p) => {
            let path = fd.dir.join("min.plain.rb");
            write(&path, p.render(&m).as_bytes())?;
            Some(path)
        }
        None => None,
    };
    let dsl_left = flatten::dsl_left(&m.minimized.program);
    let rep = MinReport {
        from,
        flat,
        min,
        plain,
        signature: m.signature.clone(),
        lines: m.final_size.lines,
        bytes: m.final_size.bytes,
        original_lines: m.original_size.lines,
        schedule: m.minimized.schedule.to_string(),
        reproduced: m.reproduced.to_string(),
        dsl_left,
        seconds: started.elapsed().as_secs_f64(),
        note: m.plain_note.clone(),
    };
    crate::hunt::store::update_outcome(&fd.dir, "minimized", serde_json::to_value(&rep)?)?;
    Ok(rep)
}
