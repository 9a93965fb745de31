//! ruby/spec under GC schedules: `gcstress specs`.
//!
//! ```text
//!  spec file ──► program (resolve require_relative with prism, the mspec layer
//!            │             from specs/mspec/, each file evaluated on its own)
//!            ──► run under each schedule (executor; `none` first: the baseline)
//!            ──► read the layer's lines: counts, per-example status, plans
//!            ──► bug signals: crash/assert/asan/verifier/..., a stressed
//!                timeout the baseline does not explain, and a divergence
//!                (an example whose status differs from the baseline's,
//!                confirmed by re-runs)
//!            ──► save OUT/specs/<signature>/ ──► flatten (plain Ruby, no DSL)
//!                ──► reduce::minimize ──► min.rb (+ min.plain.rb)
//! ```
//!
//! - [`program`] assembles the program; [`result`] reads what the layer
//!   printed; [`flatten`] rebuilds a failing example as plain Ruby;
//!   [`schedules`] is the default schedule set; [`find`] saves and
//!   minimizes bug signals.
//! - Files run `jobs` at a time, each thread on its own executor; a file's
//!   schedules run in order on that executor.

pub mod find;
pub mod flatten;
pub mod program;
pub mod result;
pub mod schedules;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Result;
use gcstress_vm::{Install, Schedule};
use serde::Serialize;

use crate::exec::Executor;
use crate::judge::{self, Kind, Outcome};
use crate::run::{self, RunSpec, Verify};
use program::{Guard, NotRuby, SpecProgram};
use result::{Done, Layer, Plan};

/// What to run, and how.
pub struct Options<'a> {
    pub install: &'a Install,
    /// Spec files (already collected from the paths given).
    pub files: Vec<PathBuf>,
    /// The first is the baseline for divergences (`none` in the default set).
    pub schedules: Vec<Schedule>,
    pub jobs: usize,
    pub timeout: Duration,
    pub mem_limit: u64,
    pub verify: bool,
    /// Bug signals are saved under OUT/specs/<signature>/.
    pub out: PathBuf,
    /// Minimize each new bug signal (a time cap per signal), or not at all.
    pub minimize: Option<Duration>,
    /// Bugs already understood: not minimized again, reported in one line.
    pub known: std::sync::Arc<crate::triage::known::KnownList>,
}

/// Counts of one run (from the layer's last line).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub examples: u64,
    pub passed: u64,
    pub failed: u64,
    pub errors: u64,
    pub skipped: u64,
}

impl Counts {
    fn of(d: &Done) -> Counts {
        Counts {
            examples: d.examples,
            passed: d.passed,
            failed: d.failed,
            errors: d.errors,
            skipped: d.skipped,
        }
    }

    pub fn add(&mut self, o: &Counts) {
        self.examples += o.examples;
        self.passed += o.passed;
        self.failed += o.failed;
        self.errors += o.errors;
        self.skipped += o.skipped;
    }
}

/// One file under one schedule.
#[derive(Debug, Clone, Serialize)]
pub struct ScheduleRun {
    pub schedule: String,
    /// The run's outcome (`ok` when the layer finished; a bug kind, ...).
    pub outcome: Kind,
    /// The counts, if the layer got to print them.
    pub counts: Option<Counts>,
    /// Per example: P passed, F failed, E error, S skipped.
    pub status: String,
    /// Examples that started (when the run ended early: the last one ran last).
    pub started: usize,
    /// The example running when the run ended, if it ended early.
    pub running: Option<String>,
    /// A bug signal: its signature.
    pub bug: Option<String>,
    pub summary: String,
    /// Something to know that is not a bug (a slow timeout, no counts line).
    pub note: Option<String>,
    pub ms: f64,
    pub gc_forced: u64,
    pub allocations: u64,
    #[serde(skip)]
    pub layer: Layer,
    #[serde(skip)]
    pub judged: Option<Outcome>,
}

impl ScheduleRun {
    fn skipped(schedule: &Schedule, why: &str) -> ScheduleRun {
        ScheduleRun {
            schedule: schedule.to_string(),
            outcome: Kind::Error,
            counts: None,
            status: String::new(),
            started: 0,
            running: None,
            bug: None,
            summary: why.to_string(),
            note: Some(why.to_string()),
            ms: 0.0,
            gc_forced: 0,
            allocations: 0,
            layer: Layer::default(),
            judged: None,
        }
    }
}

/// One spec file under every schedule.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub file: PathBuf,
    /// Files it loaded besides itself (fixtures, shared specs).
    pub loaded: Vec<PathBuf>,
    /// Why it could not be loaded (None: it was).
    pub not_loaded: Option<String>,
    /// The baseline's load errors (statements or describes that raised).
    pub load_errors: Vec<String>,
    /// The baseline's failure and error messages (the first 200).
    pub messages: Vec<result::Message>,
    /// The baseline's examples in run order (the letters of a run's `status`).
    pub examples: Vec<String>,
    /// require_relative calls the harness could not resolve.
    pub unresolved: Vec<String>,
    pub runs: Vec<ScheduleRun>,
    #[serde(skip)]
    pub program: Option<SpecProgram>,
}

/// A bug signal, saved (and minimized) once per signature.
#[derive(Debug, Clone, Serialize)]
pub struct Find {
    pub signature: String,
    pub kind: Kind,
    pub summary: String,
    pub file: PathBuf,
    pub schedule: String,
    /// The example running when it happened (or the one that diverged).
    pub example: Option<String>,
    pub dir: PathBuf,
    /// Every (file, schedule) that showed it.
    pub hits: Vec<(PathBuf, String)>,
    pub minimized: Option<find::MinReport>,
    /// Why it was not minimized (or the minimizer's error).
    pub min_note: Option<String>,
    pub root_cause: Option<crate::triage::RootCause>,
    /// The known-bug entry it matched, if any.
    pub known: Option<String>,
    /// The first find with the same root cause (itself for the first).
    pub group: Option<String>,
}

impl Find {
    /// Nothing new: a known bug, or a root cause an earlier find has.
    pub fn is_new(&self) -> bool {
        self.known.is_none() && self.group.as_deref().is_none_or(|g| g == self.signature)
    }
}

/// Everything `gcstress specs` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub vm: String,
    pub schedules: Vec<String>,
    pub files: Vec<FileReport>,
    pub finds: Vec<Find>,
    pub seconds: f64,
}

/// Progress, as each file finishes and each find is minimized.
pub enum Event<'a> {
    File(&'a FileReport, usize, usize),
    Find(&'a Find),
    Minimizing(&'a Find),
    Minimized(&'a Find),
}

/// Group key for a load error: class and message without paths, lines,
/// addresses or the describe it happened in.
pub fn reason_key(msg: &str) -> String {
    let mut m = msg.trim().to_string();
    // "(path:line...)" at the end
    if let Some(i) = m.rfind(" (") {
        if m[i..].contains(".rb:") {
            m.truncate(i);
        }
    }
    // "Describe text: Class: message" -> from the exception class on
    let classy = |w: &str| {
        let w = w.trim_end_matches(':');
        w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && (w.ends_with("Error") || w.ends_with("Exception") || w == "fatal")
            && !w.contains(' ')
    };
    let words: Vec<&str> = m.split(' ').collect();
    if let Some(i) = words.iter().position(|w| w.ends_with(':') && classy(w)) {
        m = words[i..].join(" ");
    }
    // "file /x/y.rb line 12: ..." (mruby's SyntaxError)
    if let Some(i) = m.find("file /") {
        if let Some(j) = m[i..].find(": ") {
            m.replace_range(i..i + j + 2, "");
        }
    }
    let m = judge::diff::normalize(&m);
    let mut out = String::new();
    for (i, w) in m.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if w.contains('/') && w.contains(".rb") {
            out.push_str("<file>");
        } else {
            out.push_str(w);
        }
    }
    if out.len() > 140 {
        let mut cut = 140;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
        out.push_str("...");
    }
    out
}

fn spec_for(opts: &Options, schedule: &Schedule) -> RunSpec {
    RunSpec {
        schedule: schedule.clone(),
        timeout: opts.timeout,
        mem_limit: opts.mem_limit,
        verify: opts.verify.then_some(Verify::Forced),
        mutant: None,
        diff: false,
        cap_forced: false,
    }
}

fn run_one(
    ex: &mut Executor,
    opts: &Options,
    program: &str,
    schedule: &Schedule,
) -> Result<ScheduleRun> {
    let o = run::run_once(
        ex,
        program.as_bytes(),
        program::RUNNER_NAME,
        &spec_for(opts, schedule),
    )?;
    let layer = Layer::parse(&o.stdout);
    let counts = layer.done.as_ref().map(Counts::of);
    let status = layer
        .done
        .as_ref()
        .map(|d| d.status.clone())
        .unwrap_or_default();
    let running = if layer.done.is_none() {
        layer.last_plan().map(|p| format!("#{} {}", p.ex, p.desc))
    } else {
        None
    };
    let mut r = ScheduleRun {
        schedule: schedule.to_string(),
        outcome: o.kind(),
        counts,
        status,
        started: layer.plans.len(),
        running,
        bug: o.kind().is_bug().then(|| o.signature.clone()),
        summary: o.summary.clone(),
        note: None,
        ms: o.duration_ms,
        gc_forced: o.gc.forced_minor + o.gc.forced_full + o.gc.forced_step + o.gc.gc_in_malloc,
        allocations: o.gc.allocations,
        layer,
        judged: None,
    };
    if !r.outcome.is_bug() && r.layer.done.is_none() {
        r.note = Some(match r.outcome {
            Kind::Exception => format!("the run ended early: {}", o.summary),
            Kind::Error => format!("the program could not run: {}", o.summary),
            _ => "the run ended without the counts line (exit called?)".into(),
        });
    }
    r.judged = Some(o);
    Ok(r)
}

/// Statuses of two runs differ at which example (1-based)?
fn first_difference(a: &str, b: &str) -> Option<usize> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    (0..a.len().max(b.len()))
        .find(|&i| a.get(i) != b.get(i))
        .map(|i| i + 1)
}

fn status_word(c: Option<u8>) -> &'static str {
    match c {
        Some(b'P') => "passed",
        Some(b'F') => "failed",
        Some(b'E') => "error",
        Some(b'S') => "skipped",
        _ => "missing",
    }
}

/// Run one file under every schedule.
fn run_file(ex: &mut Executor, opts: &Options, file: &Path) -> Result<FileReport> {
    let mut rep = FileReport {
        file: file.to_path_buf(),
        loaded: vec![],
        not_loaded: None,
        load_errors: vec![],
        messages: vec![],
        examples: vec![],
        unresolved: vec![],
        runs: vec![],
        program: None,
    };
    let prog = match program::load(file, Guard::Layer) {
        Ok(p) => p,
        Err(NotRuby(why)) => {
            rep.not_loaded = Some(why);
            return Ok(rep);
        }
    };
    rep.loaded = prog
        .files
        .iter()
        .filter(|f| f.path != prog.spec)
        .map(|f| f.path.clone())
        .collect();
    rep.unresolved = prog.unresolved.clone();
    let text = prog.render();
    for s in &opts.schedules {
        if rep.runs.first().is_some_and(|b| b.outcome == Kind::Timeout) {
            // forced GCs only make it slower
            rep.runs
                .push(ScheduleRun::skipped(s, "not run: the baseline timed out"));
            continue;
        }
        let r = run_one(ex, opts, &text, s)?;
        rep.runs.push(r);
    }
    judge_runs(ex, opts, &text, &mut rep)?;
    if let Some(base) = rep.runs.first() {
        if let Some(d) = &base.layer.done {
            rep.load_errors = d.load_errors.clone();
            rep.messages = d.messages.clone();
            rep.examples = base.layer.plans.iter().map(|p| p.desc.clone()).collect();
            // not loaded: no example ran because the spec file itself raised
            // (a fixture's errors alone do not count: a spec file may have
            // no example to run)
            let own = rep.file.to_string_lossy().into_owned();
            if d.examples + d.skipped == 0 {
                if let Some(why) = d.load_errors.iter().find(|e| e.contains(own.as_str())) {
                    rep.not_loaded = Some(reason_key(why));
                }
            }
        } else if base.bug.is_none() {
            rep.not_loaded = Some(base.note.clone().unwrap_or_else(|| base.summary.clone()));
        }
    }
    // keep what a find needs (its output and plans); drop the rest
    for (i, r) in rep.runs.iter_mut().enumerate() {
        if r.bug.is_none() {
            r.judged = None;
            if i > 0 {
                r.layer.plans = Vec::new();
                r.layer.guards = Vec::new();
            }
        }
    }
    if rep.runs.iter().any(|r| r.bug.is_some()) {
        rep.program = Some(prog);
    }
    Ok(rep)
}

/// Timeouts and OOMs the baseline explains are notes; statuses that differ
/// from the baseline's (again on re-runs) are divergences.
fn judge_runs(ex: &mut Executor, opts: &Options, text: &str, rep: &mut FileReport) -> Result<()> {
    let Some((base, rest)) = rep.runs.split_first_mut() else {
        return Ok(());
    };
    let base_done = base.layer.done.is_some();
    let base_ms = base.ms;
    for r in rest.iter_mut() {
        if matches!(r.outcome, Kind::Timeout | Kind::Oom) {
            let budget = opts.timeout.as_secs_f64() * 1000.0 / 50.0;
            if !base_done || base_ms > budget {
                r.note = Some(format!(
                    "{} under {}; the baseline took {:.0} ms (not counted as a bug)",
                    r.outcome.name(),
                    r.schedule,
                    base_ms
                ));
                r.bug = None;
            }
        }
    }
    if base.bug.is_some() && matches!(base.outcome, Kind::Timeout | Kind::Oom) {
        base.note = Some(format!(
            "{} without forced GCs (did not finish; not counted as a bug)",
            base.outcome.name()
        ));
        base.bug = None;
    }
    let (Some(bdone), None) = (&base.layer.done, &base.bug) else {
        return Ok(());
    };
    let base_status = bdone.status.clone();
    let base_sched: Schedule = base.schedule.parse().unwrap_or_default();
    let mut base_again: Option<String> = None;
    for r in rest.iter_mut() {
        let Some(d) = &r.layer.done else { continue };
        if r.bug.is_some() || d.status == base_status {
            continue;
        }
        // confirm: the baseline twice more (it must not flip by itself), the
        // stressed run once more (it must differ the same way)
        if base_again.is_none() {
            let a = run_one(ex, opts, text, &base_sched)?;
            let b = run_one(ex, opts, text, &base_sched)?;
            let sa = a.layer.done.map(|d| d.status).unwrap_or_default();
            let sb = b.layer.done.map(|d| d.status).unwrap_or_default();
            base_again = Some(if sa == base_status && sb == base_status {
                base_status.clone()
            } else {
                String::new()
            });
        }
        if base_again.as_deref() != Some(base_status.as_str()) {
            r.note = Some(
                "example statuses differ from the baseline, but the baseline itself is not stable"
                    .into(),
            );
            continue;
        }
        let sched: Schedule = r.schedule.parse().unwrap_or_default();
        let again = run_one(ex, opts, text, &sched)?;
        let same = again
            .layer
            .done
            .as_ref()
            .is_some_and(|d2| d2.status == d.status);
        let Some(at) = first_difference(&base_status, &d.status) else {
            continue;
        };
        if !same {
            r.note = Some(format!(
                "example #{at} differs from the baseline once, not on a re-run (not counted)"
            ));
            continue;
        }
        let bw = status_word(base_status.as_bytes().get(at - 1).copied());
        let sw = status_word(d.status.as_bytes().get(at - 1).copied());
        let desc = r
            .layer
            .plans
            .iter()
            .find(|p| p.ex as usize == at)
            .map(|p| p.desc.clone())
            .unwrap_or_default();
        let stem = rep
            .file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let clean: String = stem
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        r.outcome = Kind::Divergence;
        r.bug = Some(format!("divergence.spec.{bw}.{sw}.{clean}.ex{at}"));
        r.summary = format!(
            "example #{at} ({desc}) is {bw} without forced GCs but {sw} under {}",
            r.schedule
        );
        r.running = Some(format!("#{at} {desc}"));
    }
    Ok(())
}

/// Run every file under every schedule, then save and minimize the finds.
pub fn run(opts: &Options, on_event: &(dyn Fn(Event) + Sync)) -> Result<Report> {
    let started = Instant::now();
    let n = opts.files.len();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<FileReport>>> = Mutex::new(vec![None; n]);
    let first_err: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    let lock = Mutex::new(());
    std::thread::scope(|s| {
        for _ in 0..opts.jobs.clamp(1, n.max(1)) {
            s.spawn(|| {
                let mut ex = match Executor::new(opts.install) {
                    Ok(e) => e,
                    Err(e) => {
                        first_err
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .get_or_insert(e);
                        return;
                    }
                };
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    match run_file(&mut ex, opts, &opts.files[i]) {
                        Ok(rep) => {
                            let k = done.fetch_add(1, Ordering::Relaxed) + 1;
                            {
                                let _g = lock.lock();
                                on_event(Event::File(&rep, k, n));
                            }
                            slots.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(rep);
                        }
                        Err(e) => {
                            first_err
                                .lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .get_or_insert(e.context(format!(
                                    "cannot run {} on {}",
                                    opts.files[i].display(),
                                    opts.install.id
                                )));
                            next.store(n, Ordering::Relaxed);
                            break;
                        }
                    }
                }
            });
        }
    });
    if let Some(e) = first_err.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    let files: Vec<FileReport> = slots
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .flatten()
        .collect();

    // one find per signature; the first hit is the one saved and minimized
    let mut finds: Vec<Find> = Vec::new();
    for f in &files {
        for r in &f.runs {
            let Some(sig) = &r.bug else { continue };
            if let Some(existing) = finds.iter_mut().find(|x| &x.signature == sig) {
                existing.hits.push((f.file.clone(), r.schedule.clone()));
                continue;
            }
            let dir = find::save(opts, f, r)?;
            let fd = Find {
                signature: sig.clone(),
                kind: r.outcome,
                summary: r.summary.clone(),
                file: f.file.clone(),
                schedule: r.schedule.clone(),
                example: r.running.clone(),
                dir,
                hits: vec![(f.file.clone(), r.schedule.clone())],
                minimized: None,
                min_note: None,
                root_cause: None,
                known: None,
                group: None,
            };
            on_event(Event::Find(&fd));
            finds.push(fd);
        }
    }
    // root causes: one minimized reproducer per group; a signature whose root
    // cause is known (or already found) is not minimized again
    let mut groups: Vec<(String, String)> = Vec::new();
    for fd in &mut finds {
        find::record_hits(fd)?;
        let Some(f) = files.iter().find(|f| f.file == fd.file) else {
            continue;
        };
        let Some(r) = f.runs.iter().find(|r| r.schedule == fd.schedule) else {
            continue;
        };
        let quick = r.judged.as_ref().and_then(crate::triage::from_outcome);
        let generational = r.judged.as_ref().is_some_and(|o| o.gc.generational);
        if let Some(rc) = quick {
            classify(opts, fd, rc, generational, &mut groups);
            if !fd.is_new() {
                fd.min_note = Some(match &fd.known {
                    Some(k) => format!("not minimized: known ({k})"),
                    None => format!(
                        "not minimized: same root cause as {}",
                        fd.group.as_deref().unwrap_or("?")
                    ),
                });
                on_event(Event::Minimized(fd));
                continue;
            }
        }
        match opts.minimize {
            None => fd.min_note = Some("not minimized (--no-minimize)".into()),
            Some(limit) => {
                on_event(Event::Minimizing(fd));
                match find::minimize(opts, f, r, fd, limit) {
                    Ok(m) => fd.minimized = Some(m),
                    Err(e) => fd.min_note = Some(format!("{e:#}")),
                }
            }
        }
        if fd.root_cause.is_none() {
            let rc = find::root_cause(opts, fd, r);
            classify(opts, fd, rc, generational, &mut groups);
        }
        on_event(Event::Minimized(fd));
    }
    Ok(Report {
        vm: opts.install.id.clone(),
        schedules: opts.schedules.iter().map(|s| s.to_string()).collect(),
        files,
        finds,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Give a find its root cause, and say whether it is known or a repeat.
fn classify(
    opts: &Options,
    fd: &mut Find,
    rc: crate::triage::RootCause,
    generational: bool,
    groups: &mut Vec<(String, String)>,
) {
    // a shape reached by a longer road is counted with the group (or known
    // bug) it is a road to
    let mut rc = rc;
    let same = crate::triage::closest_root_cause(groups.iter().map(|(k, _)| k), &rc.key);
    if let Some(k) = same.or_else(|| opts.known.same_key(&rc.key)) {
        rc.key = k;
    }
    let file = fd.file.display().to_string();
    fd.known = opts
        .known
        .find(&crate::triage::known::Query {
            vm: &opts.install.id,
            schedule: &fd.schedule,
            signature: &fd.signature,
            root_cause: Some(&rc),
            file: Some(&file),
            generational,
        })
        .map(|b| b.source.clone());
    fd.group = Some(match groups.iter().find(|(k, _)| *k == rc.key) {
        Some((_, first)) => first.clone(),
        None => {
            groups.push((rc.key.clone(), fd.signature.clone()));
            fd.signature.clone()
        }
    });
    for (k, v) in [
        ("root_cause", serde_json::to_value(&rc).unwrap_or_default()),
        (
            "known",
            fd.known
                .clone()
                .map_or(serde_json::Value::Null, serde_json::Value::String),
        ),
        (
            "group",
            serde_json::Value::String(fd.group.clone().unwrap_or_default()),
        ),
    ] {
        let _ = crate::hunt::store::update_outcome(&fd.dir, k, v);
    }
    fd.root_cause = Some(rc);
}

/// Totals per schedule.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    pub schedule: String,
    /// Files whose layer printed its counts.
    pub files: usize,
    pub counts: Counts,
    pub bugs: usize,
    /// Runs that ended early without a bug signal (slow timeouts, exits).
    pub incomplete: usize,
}

impl Report {
    pub fn totals(&self) -> Vec<Totals> {
        let mut out: Vec<Totals> = self
            .schedules
            .iter()
            .map(|s| Totals {
                schedule: s.clone(),
                ..Totals::default()
            })
            .collect();
        for f in &self.files {
            for (i, r) in f.runs.iter().enumerate() {
                let Some(t) = out.get_mut(i) else { continue };
                if let Some(c) = &r.counts {
                    t.files += 1;
                    t.counts.add(c);
                }
                if r.bug.is_some() {
                    t.bugs += 1;
                } else if r.counts.is_none() {
                    t.incomplete += 1;
                }
            }
        }
        out
    }

    /// Files that could not be loaded, grouped by reason (largest group first).
    pub fn not_loaded(&self) -> Vec<(String, Vec<PathBuf>)> {
        let mut groups: Vec<(String, Vec<PathBuf>)> = Vec::new();
        for f in &self.files {
            let Some(why) = &f.not_loaded else { continue };
            let key = reason_key(why);
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push(f.file.clone()),
                None => groups.push((key, vec![f.file.clone()])),
            }
        }
        groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        groups
    }

    /// Files that loaded but ran no example (everything guarded out).
    pub fn empty_files(&self) -> Vec<PathBuf> {
        self.files
            .iter()
            .filter(|f| {
                f.not_loaded.is_none()
                    && f.runs
                        .first()
                        .and_then(|r| r.counts)
                        .is_some_and(|c| c.examples + c.skipped == 0)
            })
            .map(|f| f.file.clone())
            .collect()
    }
}

/// The plan of the example a run ended in (or diverged at).
pub fn plan_of(run: &ScheduleRun) -> Option<&Plan> {
    let n: u32 = run
        .running
        .as_ref()
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())?;
    run.layer.plans.iter().rev().find(|p| p.ex == n)
}

/// The spec files under the given paths (`specs`, `nightly --specs`), in
/// order, without duplicates; bad paths are bad input.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in paths {
        if !p.exists() {
            return Err(crate::error::bad_input(format!(
                "{}: no such file or directory",
                p.display()
            )));
        }
        if p.is_file() {
            // a file named on the command line must be Ruby
            let text = std::fs::read(p).map_err(|e| {
                crate::error::bad_input(format!("{}: cannot read: {e}", p.display()))
            })?;
            if text.contains(&0) {
                return Err(crate::error::bad_input(format!(
                    "{}: not a Ruby file (binary data)",
                    p.display()
                )));
            }
            let text = String::from_utf8_lossy(&text);
            if let Some(e) = program::syntax_error(p, &text) {
                return Err(crate::error::bad_input(format!("{e} (not Ruby)")));
            }
        }
        let found = program::collect(p).map_err(|e| crate::error::bad_input(format!("{e:#}")))?;
        if found.is_empty() {
            return Err(crate::error::bad_input(format!(
                "{}: no *_spec.rb files in it",
                p.display()
            )));
        }
        for f in found {
            let c = std::fs::canonicalize(&f).unwrap_or(f);
            if !files.contains(&c) {
                files.push(c);
            }
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_group_without_paths_and_contexts() {
        assert_eq!(
            reason_key(
                "Kernel#foo: NameError: uninitialized constant Regexp (/x/a_spec.rb:12:in eval)"
            ),
            "NameError: uninitialized constant Regexp"
        );
        assert_eq!(
            reason_key("SyntaxError: file /x/a_spec.rb line 3: syntax error, unexpected tSTAR"),
            "SyntaxError: syntax error, unexpected tSTAR"
        );
        assert_eq!(
            reason_key("NoMethodError: undefined method 'x' for #<Object:0x55d0c3a1b2c0>"),
            "NoMethodError: undefined method 'x' for #<Object:0xADDR>"
        );
    }

    #[test]
    fn differences_are_one_based() {
        assert_eq!(first_difference("PPF", "PPE"), Some(3));
        assert_eq!(first_difference("PP", "PPE"), Some(3));
        assert_eq!(first_difference("PP", "PP"), None);
    }
}
