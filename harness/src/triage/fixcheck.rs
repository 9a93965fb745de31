//! Fix checks: what a build (a patched VM, a new release) does to every
//! known find — `gcstress triage PATH... --vm A --against B`.
//!
//! Every find or reproducer under the paths (crash directories with
//! `outcome.json`, reproducer files with a `# gcstress:` header, a nightly's
//! output directory, plain `.rb` files) runs a few times on A and on B, each
//! under its own header's settings (schedule, verifier, timeout; the
//! header's `vm=` is replaced), through the same calls `exec` uses
//! ([`RunRequest`], [`run::run_spec`]). Each find gets a [`Verdict`]; finds
//! are grouped by root cause (from `outcome.json`, the header's
//! `root_cause=`, else derived with [`super::derive`]) and a root cause
//! gets the worst verdict of its finds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use gcstress_vm::Install;
use serde::Serialize;

use crate::exec::Executor;
use crate::judge::{Kind, Outcome};
use crate::request::RunRequest;
use crate::run::{self, RunSpec};

/// Runs per find and VM unless asked otherwise (some finds are flaky).
pub const DEFAULT_RUNS: usize = 3;

/// What B does with a find, compared with A. Ordered worst first: a root
/// cause's verdict is the first of its finds' in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Passes on A, fails on B: a regression (exit code 3).
    NewlyFails,
    /// Fails on both with a signature A showed too (or the find's own), or
    /// with another signature of the same root cause.
    StillFails,
    /// Fails on both, but B's signatures are not A's and B's root cause is
    /// not A's (or could not be worked out).
    ChangesSignature,
    /// Every run on A or on B was a harness error (e.g. a parse error).
    Error,
    /// Fails on A, passes on B.
    Fixed,
    /// Fails on neither (in this many runs).
    PassesBoth,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::NewlyFails => "newly fails",
            Verdict::StillFails => "still fails",
            Verdict::ChangesSignature => "changes signature",
            Verdict::Error => "error",
            Verdict::Fixed => "fixed on B",
            Verdict::PassesBoth => "passes on both",
        }
    }

    pub const ALL: [Verdict; 6] = [
        Verdict::Fixed,
        Verdict::StillFails,
        Verdict::ChangesSignature,
        Verdict::NewlyFails,
        Verdict::PassesBoth,
        Verdict::Error,
    ];
}

/// One find or reproducer to check.
#[derive(Debug, Clone)]
pub struct Case {
    /// What the report calls it: the crash directory or the file.
    pub label: String,
    pub repro: RunRequest,
    /// The root-cause key known before running (`outcome.json`, header `root_cause=`).
    pub root_cause: Option<String>,
    /// Where that key comes from.
    pub root_cause_from: &'static str,
    /// The find's own signature (`outcome.json`, header `signature=`).
    pub signature: Option<String>,
}

/// What was found under the paths: the cases, and what was left out and why.
#[derive(Debug, Default)]
pub struct Collected {
    pub cases: Vec<Case>,
    pub skipped: Vec<String>,
}

/// Find the cases under `paths`: a crash directory (`outcome.json` +
/// `repro.rb`), a reproducer file, a nightly `results.json` (its finds), or a
/// directory searched recursively (`.plain.rb` and `.min.rb` files are
/// plain-Ruby or minimized twins of a reproducer beside them: left out
/// there, run when named). Finds of barrier mutants are left out (they are
/// bugs of the mutant, not of a VM).
pub fn collect(paths: &[PathBuf]) -> Result<Collected> {
    let mut c = Collected::default();
    for p in paths {
        if !p.exists() {
            return Err(crate::error::bad_input(format!(
                "{}: no such file or directory",
                p.display()
            )));
        }
        collect_path(p, true, &mut c)?;
    }
    Ok(c)
}

fn first_key(v: Option<&str>) -> Option<String> {
    v.and_then(|s| s.split('|').next())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn collect_path(p: &Path, named: bool, c: &mut Collected) -> Result<()> {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if p.is_dir() {
        if p.join("outcome.json").is_file() && p.join("repro.rb").is_file() {
            return crash_dir(p, c);
        }
        for e in crate::repro::sorted_entries(p)? {
            let n = e.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if e.is_dir() || crate::repro::is_reproducer_name(n) {
                collect_path(&e, false, c)?;
            }
        }
        return Ok(());
    }
    match name {
        "outcome.json" => crash_dir(p.parent().unwrap_or(Path::new(".")), c),
        "results.json" => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            let j: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
                crate::error::bad_input(format!("{} is not JSON: {e}", p.display()))
            })?;
            for f in j["finds"].as_array().into_iter().flatten() {
                if let Some(d) = f["dir"].as_str() {
                    let d = Path::new(d);
                    if d.join("repro.rb").is_file() {
                        crash_dir(d, c)?;
                    } else {
                        c.skipped.push(format!("{}: gone", d.display()));
                    }
                }
            }
            Ok(())
        }
        _ if name.ends_with(".rb") || named => {
            let repro = crate::request::load(p, &crate::request::RunFlags::default())?;
            if repro.header.mutant.is_some() {
                c.skipped
                    .push(format!("{}: a barrier mutant's find", p.display()));
                return Ok(());
            }
            let root_cause = first_key(repro.header.get("root_cause"));
            let signature = first_key(repro.header.signature.as_deref());
            c.cases.push(Case {
                label: p.display().to_string(),
                root_cause_from: if root_cause.is_some() { "header" } else { "" },
                root_cause,
                signature,
                repro,
            });
            Ok(())
        }
        _ => Ok(()),
    }
}

fn crash_dir(dir: &Path, c: &mut Collected) -> Result<()> {
    let outcome = dir.join("outcome.json");
    let j: serde_json::Value = std::fs::read_to_string(&outcome)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(serde_json::Value::Null);
    let repro = crate::request::load(dir, &crate::request::RunFlags::default())?;
    if repro.header.mutant.is_some() {
        c.skipped
            .push(format!("{}: a barrier mutant's find", dir.display()));
        return Ok(());
    }
    let from_json = j["root_cause"]["key"].as_str().map(str::to_string);
    let from_header = first_key(repro.header.get("root_cause"));
    let (root_cause, root_cause_from) = match (from_json, from_header) {
        (Some(k), _) => (Some(k), "outcome.json"),
        (None, Some(k)) => (Some(k), "header"),
        (None, None) => (None, ""),
    };
    let signature = j["signature"]
        .as_str()
        .map(str::to_string)
        .or_else(|| first_key(repro.header.signature.as_deref()));
    c.cases.push(Case {
        label: dir.display().to_string(),
        repro,
        root_cause,
        root_cause_from,
        signature,
    });
    Ok(())
}

/// The plain twin: `X.plain.rb` beside `X.rb`, or `min.plain.rb` in a crash directory.
pub fn plain_twin(case: &Case) -> Option<(PathBuf, String)> {
    let dir = Path::new(&case.label);
    let mut candidates = Vec::new();
    if dir.is_dir() {
        candidates.push(dir.join("min.plain.rb"));
    }
    let p = &case.repro.path;
    if let Some(stem) = p
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".rb"))
    {
        candidates.push(p.with_file_name(format!("{stem}.plain.rb")));
    }
    candidates
        .into_iter()
        .find(|c| c.is_file())
        .and_then(|c| std::fs::read_to_string(&c).ok().map(|t| (c, t)))
}

/// What one VM did with one find over the runs.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Side {
    pub runs: usize,
    /// Runs that were a bug signal.
    pub fails: usize,
    /// Each run's outcome.
    pub outcomes: Vec<Kind>,
    /// The distinct signatures of the failing runs.
    pub signatures: Vec<String>,
    /// The first failing run's summary, else the last run's.
    pub summary: String,
    /// Why the find could not run (every run a harness error, or no settings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Timeouts and OOMs not counted as failures: the program has them
    /// without its GC schedule too (an endless loop; as in `hunt`).
    #[serde(skip_serializing_if = "is_zero")]
    pub own_timeouts: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Side {
    /// `crash 3/3`, `ok 0/3`: the most common failing kind (else the first
    /// run's) and how many runs failed.
    pub fn short(&self) -> String {
        if let Some(e) = &self.error {
            return format!("error ({})", e.chars().take(60).collect::<String>());
        }
        let mut counts: BTreeMap<Kind, usize> = BTreeMap::new();
        for k in self.outcomes.iter().filter(|k| k.is_bug()) {
            *counts.entry(*k).or_default() += 1;
        }
        let kind = counts
            .iter()
            .max_by_key(|(_, n)| **n)
            .map(|(k, _)| *k)
            .or(self.outcomes.first().copied())
            .map(Kind::name)
            .unwrap_or("?");
        let own = if self.own_timeouts > 0 {
            " (also without the schedule: not counted)"
        } else {
            ""
        };
        format!("{kind} {}/{}{own}", self.fails, self.runs)
    }
}

/// One find's result.
#[derive(Debug, Clone, Serialize)]
pub struct CaseReport {
    pub label: String,
    pub file: PathBuf,
    pub schedule: String,
    /// The key the find is grouped by (`signature/SIG` or `unknown/FILE` when
    /// none was known and none could be derived).
    pub root_cause: String,
    /// `outcome.json`, `header`, `derived on A`, `derived on B`, or empty.
    pub root_cause_from: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    pub verdict: Verdict,
    pub a: Side,
    pub b: Side,
    /// B's own root cause, when B fails with signatures A did not show.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b_root_cause: Option<String>,
}

/// One root cause: its verdict (the worst of its finds') and its finds'.
#[derive(Debug, Clone, Serialize)]
pub struct RootCauseReport {
    pub key: String,
    pub verdict: Verdict,
    pub finds: usize,
    pub verdicts: BTreeMap<Verdict, usize>,
    pub a_fails: usize,
    pub b_fails: usize,
    pub runs: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub vm: String,
    pub against: String,
    /// Runs per find and VM.
    pub runs: usize,
    pub cases: Vec<CaseReport>,
    pub root_causes: Vec<RootCauseReport>,
    /// Root causes per verdict.
    pub summary: BTreeMap<Verdict, usize>,
    pub skipped: Vec<String>,
}

impl Report {
    /// Something passes on A and fails on B.
    pub fn regressed(&self) -> bool {
        self.cases.iter().any(|c| c.verdict == Verdict::NewlyFails)
    }
}

pub struct Options<'a> {
    pub a: &'a Install,
    pub b: &'a Install,
    pub runs: usize,
    /// Work out root causes nobody wrote down, and B's when it fails differently.
    pub derive: bool,
    pub mem_limit: u64,
}

/// The runs of one find on one VM, and the last failing run (to derive from).
pub(crate) fn run_side(
    ex: &mut Executor,
    install: &Install,
    case: &Case,
    runs: usize,
    mem_limit: u64,
) -> (Side, Option<(RunSpec, Outcome)>) {
    let mut side = Side {
        runs,
        ..Side::default()
    };
    let spec = match case.repro.spec_on(install, mem_limit) {
        Ok(s) => s,
        Err(e) => {
            side.error = Some(format!("{e:#}"));
            return (side, None);
        }
    };
    let mut failing: Option<Outcome> = None;
    let mut errors = 0;
    // does the program time out (or run out of memory) without its schedule too?
    let mut own_timeout: Option<bool> = None;
    for _ in 0..runs {
        let o = match run::run_spec(ex, &case.repro.program, &case.repro.filename, &spec) {
            Ok(o) => o,
            Err(e) => {
                side.error = Some(format!("{e:#}"));
                return (side, None);
            }
        };
        side.outcomes.push(o.kind());
        if o.kind() == Kind::Error {
            errors += 1;
        }
        let mut bug = o.kind().is_bug();
        if matches!(o.kind(), Kind::Timeout | Kind::Oom) {
            let own = *own_timeout.get_or_insert_with(|| {
                let plain = RunSpec {
                    schedule: spec.schedule.without_items(),
                    ..spec.clone()
                };
                run::run_spec(ex, &case.repro.program, &case.repro.filename, &plain)
                    .is_ok_and(|p| matches!(p.kind(), Kind::Timeout | Kind::Oom))
            });
            if own {
                side.own_timeouts += 1;
                bug = false;
            }
        }
        if bug {
            side.fails += 1;
            if !side.signatures.contains(&o.signature) {
                side.signatures.push(o.signature.clone());
            }
            if failing.is_none() {
                side.summary = o.summary.clone();
                failing = Some(o);
            }
        } else if failing.is_none() {
            side.summary = o.summary.clone();
        }
    }
    if errors == runs && runs > 0 {
        side.error = Some(side.summary.clone());
    }
    (side, failing.map(|o| (spec, o)))
}

/// The verdict from the two sides (before any root cause is derived).
fn verdict(case: &Case, a: &Side, b: &Side) -> Verdict {
    if a.error.is_some() || b.error.is_some() {
        return Verdict::Error;
    }
    let own = |s: &String| case.signature.as_ref() == Some(s);
    match (a.fails > 0, b.fails > 0) {
        (true, false) => Verdict::Fixed,
        (false, false) => Verdict::PassesBoth,
        (true, true) => {
            if b.signatures
                .iter()
                .any(|s| a.signatures.contains(s) || own(s))
            {
                Verdict::StillFails
            } else {
                Verdict::ChangesSignature
            }
        }
        // a flaky find that A did not show this time, but B shows as found
        (false, true) if b.signatures.iter().any(own) => Verdict::StillFails,
        (false, true) => Verdict::NewlyFails,
    }
}

pub(crate) fn derive_on(
    ex: &mut Executor,
    case: &Case,
    failing: &Option<(RunSpec, Outcome)>,
) -> Option<String> {
    let (spec, o) = failing.as_ref()?;
    super::derive(ex, &case.repro.text(), &case.repro.filename, spec, o, None)
        .ok()
        .map(|rc| rc.key)
}

/// Run every case on A and B and judge it; `progress` gets a line per case.
pub fn check(found: &Collected, opts: &Options, progress: &mut dyn FnMut(&str)) -> Result<Report> {
    let cases = &found.cases;
    let mut ex_a = Executor::new(opts.a)?;
    let mut ex_b = Executor::new(opts.b)?;
    let mut out = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let (a, fail_a) = run_side(&mut ex_a, opts.a, case, opts.runs, opts.mem_limit);
        let (b, fail_b) = run_side(&mut ex_b, opts.b, case, opts.runs, opts.mem_limit);
        let mut v = verdict(case, &a, &b);
        let mut key = case.root_cause.clone();
        let mut key_from = case.root_cause_from.to_string();
        if key.is_none() && opts.derive {
            if let Some(k) = derive_on(&mut ex_a, case, &fail_a) {
                key = Some(k);
                key_from = "derived on A".into();
            } else if let Some(k) = derive_on(&mut ex_b, case, &fail_b) {
                key = Some(k);
                key_from = "derived on B".into();
            }
        }
        let mut b_root_cause = None;
        if opts.derive && matches!(v, Verdict::ChangesSignature | Verdict::NewlyFails) {
            b_root_cause = derive_on(&mut ex_b, case, &fail_b);
            // another crash site of the same bug: not fixed
            if v == Verdict::ChangesSignature && b_root_cause.is_some() && b_root_cause == key {
                v = Verdict::StillFails;
            }
        }
        // nothing known and nothing failed: the find is its own group
        let key = key
            .or_else(|| case.signature.as_ref().map(|s| format!("signature/{s}")))
            .unwrap_or_else(|| format!("unknown/{}", case.repro.filename));
        progress(&format!(
            "[{}/{}] {}: {} (A {}, B {})",
            i + 1,
            cases.len(),
            short_label(&case.label),
            v.name(),
            a.short(),
            b.short()
        ));
        out.push(CaseReport {
            label: case.label.clone(),
            file: case.repro.path.clone(),
            schedule: case
                .repro
                .header
                .schedule
                .as_ref()
                .map(|s| s.to_string())
                .unwrap_or_else(|| "none".into()),
            root_cause: key,
            root_cause_from: key_from,
            signature: case.signature.clone(),
            verdict: v,
            a,
            b,
            b_root_cause,
        });
    }
    Ok(report(opts, out, found.skipped.clone()))
}

/// Group case reports by root cause.
pub fn report(opts: &Options, cases: Vec<CaseReport>, skipped: Vec<String>) -> Report {
    let mut groups: BTreeMap<String, RootCauseReport> = BTreeMap::new();
    for c in &cases {
        let g = groups
            .entry(c.root_cause.clone())
            .or_insert_with(|| RootCauseReport {
                key: c.root_cause.clone(),
                verdict: c.verdict,
                finds: 0,
                verdicts: BTreeMap::new(),
                a_fails: 0,
                b_fails: 0,
                runs: 0,
            });
        g.verdict = g.verdict.min(c.verdict);
        g.finds += 1;
        *g.verdicts.entry(c.verdict).or_default() += 1;
        g.a_fails += c.a.fails;
        g.b_fails += c.b.fails;
        g.runs += c.a.runs;
    }
    let mut root_causes: Vec<RootCauseReport> = groups.into_values().collect();
    root_causes.sort_by(|x, y| x.verdict.cmp(&y.verdict).then(x.key.cmp(&y.key)));
    let mut summary = BTreeMap::new();
    for g in &root_causes {
        *summary.entry(g.verdict).or_default() += 1;
    }
    Report {
        vm: opts.a.id.clone(),
        against: opts.b.id.clone(),
        runs: opts.runs,
        cases,
        root_causes,
        summary,
        skipped,
    }
}

/// A crash directory by its name (the signature), a file by its path.
fn short_label(label: &str) -> &str {
    let p = Path::new(label);
    if p.join("repro.rb").is_file() {
        p.file_name().and_then(|n| n.to_str()).unwrap_or(label)
    } else {
        label
    }
}

/// The tables people read: by root cause, then by find, then the counts.
pub fn human(r: &Report) -> String {
    let mut s = format!(
        "A = {}, B = {}, {} run(s) per find and VM\n\n",
        r.vm, r.against, r.runs
    );
    let w = r
        .root_causes
        .iter()
        .map(|g| g.key.len())
        .max()
        .unwrap_or(10)
        .clamp(10, 72);
    s.push_str(&format!(
        "{:<w$}  {:<17}  {:>7}  {:>7}  finds\n",
        "root cause", "verdict", "A fails", "B fails"
    ));
    for g in &r.root_causes {
        let mixed = if g.verdicts.len() > 1 {
            let parts: Vec<String> = g
                .verdicts
                .iter()
                .map(|(v, n)| format!("{n} {}", v.name()))
                .collect();
            format!(" ({})", parts.join(", "))
        } else {
            String::new()
        };
        s.push_str(&format!(
            "{:<w$}  {:<17}  {:>7}  {:>7}  {}{mixed}\n",
            g.key,
            g.verdict.name(),
            format!("{}/{}", g.a_fails, g.runs),
            format!("{}/{}", g.b_fails, g.runs),
            g.finds
        ));
    }
    s.push_str("\nper find:\n");
    for c in &r.cases {
        s.push_str(&format!(
            "  {}\n      {}: A {}, B {}{}\n",
            short_label(&c.label),
            c.verdict.name(),
            c.a.short(),
            c.b.short(),
            match &c.b_root_cause {
                Some(k) if Some(k) != Some(&c.root_cause) => format!("; B's root cause: {k}"),
                _ => String::new(),
            }
        ));
        if matches!(c.verdict, Verdict::ChangesSignature | Verdict::NewlyFails) {
            for sig in &c.b.signatures {
                s.push_str(&format!("      B: {sig}\n"));
            }
        }
    }
    let counts: Vec<String> = Verdict::ALL
        .iter()
        .map(|v| format!("{} {}", r.summary.get(v).copied().unwrap_or(0), v.name()))
        .collect();
    s.push_str(&format!(
        "\n{} root cause(s) in {} find(s): {}\n",
        r.root_causes.len(),
        r.cases.len(),
        counts.join(", ")
    ));
    for k in &r.skipped {
        s.push_str(&format!("skipped {k}\n"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(fails: usize, sigs: &[&str]) -> Side {
        Side {
            runs: 3,
            fails,
            outcomes: vec![],
            signatures: sigs.iter().map(|s| s.to_string()).collect(),
            summary: String::new(),
            error: None,
            own_timeouts: 0,
        }
    }

    fn case(sig: Option<&str>) -> Case {
        Case {
            label: "x.rb".into(),
            repro: RunRequest {
                path: "x.rb".into(),
                dir: None,
                program: Vec::new(),
                filename: "x.rb".into(),
                header: Default::default(),
                settings: Default::default(),
                mem_limit: crate::request::DEFAULT_MEM_LIMIT,
                fuzz: None,
            },
            root_cause: None,
            root_cause_from: "",
            signature: sig.map(str::to_string),
        }
    }

    #[test]
    fn verdicts_compare_the_two_sides() {
        let c = case(Some("crash.f"));
        assert_eq!(
            verdict(&c, &side(3, &["crash.f"]), &side(0, &[])),
            Verdict::Fixed
        );
        assert_eq!(
            verdict(&c, &side(0, &[]), &side(0, &[])),
            Verdict::PassesBoth
        );
        assert_eq!(
            verdict(&c, &side(3, &["crash.f"]), &side(1, &["crash.f"])),
            Verdict::StillFails
        );
        assert_eq!(
            verdict(&c, &side(3, &["crash.f"]), &side(3, &["crash.g"])),
            Verdict::ChangesSignature
        );
        assert_eq!(
            verdict(&c, &side(0, &[]), &side(2, &["crash.g"])),
            Verdict::NewlyFails
        );
        // the find's own signature on B: flaky on A, not new
        assert_eq!(
            verdict(&c, &side(0, &[]), &side(1, &["crash.f"])),
            Verdict::StillFails
        );
        let mut err = side(0, &[]);
        err.error = Some("parse error".into());
        assert_eq!(verdict(&c, &side(3, &["crash.f"]), &err), Verdict::Error);
    }

    #[test]
    fn worst_verdict_first() {
        assert!(Verdict::NewlyFails < Verdict::StillFails);
        assert!(Verdict::StillFails < Verdict::Fixed);
        assert!(Verdict::Fixed < Verdict::PassesBoth);
    }
}
