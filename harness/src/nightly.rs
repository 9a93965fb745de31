//! `nightly`: the whole campaign a team runs every night against its VM builds.
//!
//! The time budget is split across VMs × modes: regression replay of every
//! file in `corpus/regressions/` first (each file's header says the expected
//! outcome per VM), then per VM a hunt with the verifier, a hunt with the
//! differential oracle, a sample of barrier mutants, and ruby/spec files if
//! asked. Finds are grouped by root cause and matched against the known-bug
//! list (the shipped regression corpus, `--known`, and the previous night's
//! `results.json`): only a new root cause is a new bug. Writes
//! `results.json`, `junit.xml` and `summary.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use gcstress_vm::Install;
use serde::{Deserialize, Serialize};

use crate::exec::Executor;
use crate::generate::{introspect, GenConfig};
use crate::hunt::{self, HuntConfig};
use crate::judge::Kind;
use crate::mutants;
use crate::request::{self, RunFlags, RunRequest};
use crate::run::{self, Mutant};

pub const RESULTS_FORMAT: u32 = 1;

/// What happened to one regression file on one VM.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum RegressionStatus {
    /// Outcome as expected and not a bug (a fixed bug stays fixed).
    Pass,
    /// Expected a bug and still see it: a known-open bug, listed, not failed.
    KnownOpen,
    /// Expected a bug that no longer shows: fixed? (listed, not failed).
    NoLongerReproduces,
    /// Expected no bug (fixed) and see one: a broken regression.
    Broken,
    /// Expected one bug kind and see another.
    Changed,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Regression {
    pub file: String,
    pub vm: String,
    pub expected: Kind,
    pub got: Kind,
    pub signature: String,
    pub status: RegressionStatus,
    pub summary: String,
}

impl Regression {
    pub fn failed(&self) -> bool {
        matches!(
            self.status,
            RegressionStatus::Broken | RegressionStatus::Changed
        )
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FindReport {
    pub vm: String,
    /// `on`/`off` when the night ran this VM with generational mode forced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gen: Option<String>,
    pub mode: String,
    pub signature: String,
    pub outcome: Kind,
    pub summary: String,
    pub dir: PathBuf,
    pub reproducible: String,
    /// The minimized reproducer, inline (if minimization finished).
    pub minimized: Option<String>,
    /// Known: on the known-bug list or in the baseline (previous night).
    pub known: bool,
    /// Where it is known from (`corpus/regressions/x.rb`, the baseline's path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_cause: Option<crate::triage::RootCause>,
}

/// One VM in one GC mode: what the night hunts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub vm: String,
    /// Generational mode forced on or off (None: the VM's default).
    pub gen: Option<bool>,
}

impl Target {
    /// `mruby-3.3.0`, `artichoke:gen=off`.
    pub fn parse(s: &str) -> Result<(String, Option<bool>), String> {
        match s.split_once(':') {
            None => Ok((s.to_string(), None)),
            Some((vm, "gen=on")) => Ok((vm.to_string(), Some(true))),
            Some((vm, "gen=off")) => Ok((vm.to_string(), Some(false))),
            Some((_, m)) => Err(format!(
                "`{s}`: after the VM id only `:gen=on` or `:gen=off` (not `{m}`)"
            )),
        }
    }

    pub fn gen_name(&self) -> Option<String> {
        self.gen.map(|g| if g { "on" } else { "off" }.to_string())
    }

    /// `artichoke gen=off`, or the VM id.
    pub fn label(&self) -> String {
        match self.gen_name() {
            Some(g) => format!("{} gen={g}", self.vm),
            None => self.vm.clone(),
        }
    }

    /// The directory name under the night's output.
    pub fn dir(&self) -> String {
        match self.gen_name() {
            Some(g) => format!("{}-gen-{g}", self.vm),
            None => self.vm.clone(),
        }
    }
}

fn vm_label(vm: &str, gen: &Option<String>) -> String {
    match gen {
        Some(g) => format!("{vm} gen={g}"),
        None => vm.to_string(),
    }
}

impl FindReport {
    /// The key the find is grouped by (its signature when no root cause was worked out).
    pub fn group_key(&self) -> String {
        self.root_cause
            .as_ref()
            .map(|r| r.key.clone())
            .unwrap_or_else(|| format!("signature/{}", self.signature))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct VmReport {
    pub vm: String,
    /// `on`/`off` when generational mode was forced (Artichoke runs both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gen: Option<String>,
    pub programs: u64,
    pub seconds: f64,
    pub programs_per_s: f64,
    pub gc_per_program: [f64; 3],
    pub mid_cycle_share: f64,
    pub exception_share: f64,
    pub mutation_score: Option<f64>,
    pub mutants_killed: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Results {
    pub format: u32,
    pub started: String,
    pub seconds: f64,
    pub vms: Vec<VmReport>,
    pub regressions: Vec<Regression>,
    pub finds: Vec<FindReport>,
    pub specs: Option<serde_json::Value>,
    /// New root causes (finds grouped by root cause; known ones not counted).
    pub new_bugs: usize,
    /// Distinct root causes among all finds.
    #[serde(default)]
    pub root_causes: usize,
    pub broken_regressions: usize,
    pub mutant: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NightlyConfig {
    pub time: Duration,
    /// VM ids (regression replay runs on each once).
    pub vms: Vec<String>,
    /// What the hunts run on: each VM, Artichoke in both GC modes.
    pub targets: Vec<Target>,
    /// Carry the hunts' corpus here from night to night (DIR/TARGET/MODE).
    pub corpus: Option<PathBuf>,
    pub out: PathBuf,
    pub regressions: PathBuf,
    pub baseline: Option<Results>,
    /// Known bugs (the shipped list, `--known`, and the baseline's finds).
    pub known: Arc<crate::triage::known::KnownList>,
    pub seed: u64,
    pub jobs: usize,
    /// Run everything on a barrier mutant of one VM: (vm, function).
    pub mutant: Option<(String, String)>,
    pub mutant_sites: usize,
}

/// The VMs of the asked targets, each once, in order.
pub fn vm_ids(asked: &[(String, Option<bool>)]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for (vm, _) in asked {
        if !ids.contains(vm) {
            ids.push(vm.clone());
        }
    }
    ids
}

/// Provision the asked VMs (`(vm, gen)` as `--vms` gives them) and make the
/// night's targets: with `add_artichoke` (no `--vms`), Artichoke joins when
/// this machine can have it (else `progress` says why not, in one line); a
/// VM without a mode whose install is Artichoke runs in both modes (gen=off
/// is what it ships).
pub fn provision(
    asked: &[(String, Option<bool>)],
    add_artichoke: bool,
    progress: &mut dyn FnMut(&str),
) -> Result<Provisioned> {
    let home = gcstress_vm::Home::from_env()?;
    let mut vm_ids = vm_ids(asked);
    let mut installs = BTreeMap::new();
    for vm in &vm_ids {
        let i = gcstress_vm::ensure(&home, vm, &mut *progress)?;
        installs.insert(vm.clone(), i);
    }
    let mut asked = asked.to_vec();
    if add_artichoke {
        // the user's VM, when this machine can have it
        match gcstress_vm::ensure(&home, "artichoke", &mut *progress) {
            Ok(i) => {
                installs.insert("artichoke".into(), i);
                vm_ids.push("artichoke".into());
                asked.push(("artichoke".into(), None));
            }
            Err(e) => {
                let first = format!("{e:#}");
                progress(&format!(
                    "artichoke left out of tonight's VMs: {}",
                    first.lines().next().unwrap_or("")
                ));
            }
        }
    }
    let mut targets: Vec<Target> = Vec::new();
    for (vm, gen) in &asked {
        let both = gen.is_none() && installs.get(vm).is_some_and(|i| i.is_artichoke());
        let modes: Vec<Option<bool>> = if both {
            vec![Some(false), Some(true)]
        } else {
            vec![*gen]
        };
        for g in modes {
            let t = Target {
                vm: vm.clone(),
                gen: g,
            };
            if !targets.contains(&t) {
                targets.push(t);
            }
        }
    }
    Ok(Provisioned {
        installs,
        vm_ids,
        targets,
    })
}

/// The night's VMs, provisioned, and its targets.
pub struct Provisioned {
    pub installs: BTreeMap<String, Install>,
    /// Each VM once, in order (Artichoke last when it joined).
    pub vm_ids: Vec<String>,
    pub targets: Vec<Target>,
}

/// Write a night's results.json, junit.xml and summary.md into `out`;
/// returns the summary.
pub fn write_reports(results: &Results, out: &Path) -> Result<String> {
    let json = serde_json::to_string_pretty(results)?;
    std::fs::write(out.join("results.json"), json).context("cannot write results.json")?;
    std::fs::write(out.join("junit.xml"), junit_xml(results)?).context("cannot write junit.xml")?;
    let md = summary_md(results);
    std::fs::write(out.join("summary.md"), &md).context("cannot write summary.md")?;
    Ok(md)
}

/// Read a previous night's results.json (bad input: exit 2).
pub fn read_baseline(path: &Path) -> Result<Results> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read baseline {}", path.display()))?;
    let r: Results = serde_json::from_str(&text).map_err(|e| {
        crate::error::bad_input(format!(
            "{} is not a gcstress results.json: {e}",
            path.display()
        ))
    })?;
    Ok(r)
}

/// Regression files: every `.rb` (not `.plain.rb`) in the directory, sorted.
pub fn regression_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            crate::repro::is_reproducer_name(&n)
        })
        .collect();
    v.sort();
    Ok(v)
}

fn mutant_for(install: &Install, cfg: &NightlyConfig) -> Result<Option<Mutant>> {
    match &cfg.mutant {
        Some((vm, f)) if *vm == install.id => Ok(Some(Mutant::resolve(install, f)?)),
        _ => Ok(None),
    }
}

/// The nightly spec step's limits: per file and schedule, memory, and the
/// time to minimize each find (no verifier: the step is for divergences and
/// crashes the specs themselves show).
pub const SPECS_TIMEOUT: Duration = Duration::from_secs(10);
pub const SPECS_MEM_LIMIT: u64 = 1 << 30;
pub const SPECS_MINIMIZE: Duration = Duration::from_secs(60);

/// The nightly's spec step: ruby/spec files run on each VM under the default
/// schedule set ([`SPECS_TIMEOUT`], [`SPECS_MEM_LIMIT`], each find minimized
/// for up to [`SPECS_MINIMIZE`]); the per-schedule totals and the finds, per
/// VM, go into results.json.
pub fn specs(
    files: &[PathBuf],
    installs: &BTreeMap<String, Install>,
    vms: &[String],
    out: &Path,
    known: Arc<crate::triage::known::KnownList>,
    jobs: usize,
    progress: &dyn Fn(&str),
) -> Result<serde_json::Value> {
    let mut per_vm = serde_json::Map::new();
    for vm in vms {
        let install = installs
            .get(vm)
            .with_context(|| format!("{vm} is not provisioned"))?;
        let opts = crate::specs::Options {
            install,
            files: files.to_vec(),
            schedules: crate::specs::schedules::default_set(),
            jobs: jobs.max(1),
            timeout: SPECS_TIMEOUT,
            mem_limit: SPECS_MEM_LIMIT,
            verify: false,
            out: out.join(vm),
            minimize: Some(SPECS_MINIMIZE),
            known: known.clone(),
        };
        let report = crate::specs::run(&opts, &|_e| {})?;
        progress(&format!(
            "specs on {vm}: {} file(s), {} bug signal(s)",
            report.files.len(),
            report.finds.len()
        ));
        per_vm.insert(vm.clone(), serde_json::to_value(&report)?);
    }
    Ok(serde_json::Value::Object(per_vm))
}

/// How the nightly loads a regression file: as `gcstress exec FILE` does,
/// with no flags (each VM of its `expect=` is then asked for by
/// [`RunRequest::on_vm`]).
pub fn regression_request(file: &Path) -> Result<RunRequest> {
    request::load(file, &RunFlags::default())
}

/// Replay every regression file on every VM its header names (among `vms`).
pub fn replay(
    files: &[PathBuf],
    installs: &BTreeMap<String, Install>,
    cfg: &NightlyConfig,
) -> Result<Vec<Regression>> {
    let mut out = Vec::new();
    let mut executors: BTreeMap<String, Executor> = BTreeMap::new();
    for f in files {
        let req = regression_request(f)?;
        for (vm, expected) in &req.header.expect {
            let Some(install) = installs.get(vm) else {
                continue;
            };
            let ex = match executors.get_mut(vm) {
                Some(e) => e,
                None => {
                    executors.insert(vm.clone(), Executor::new(install)?);
                    executors.get_mut(vm).context("executor")?
                }
            };
            // the header's settings, as `gcstress exec FILE --vm VM` runs it;
            // the nightly's own mutant (a test of the report) replaces the header's
            let mut spec = req.on_vm(vm).spec(install)?;
            if let Some(m) = mutant_for(install, cfg)? {
                spec.mutant = Some(m);
            }
            let name = req.filename.clone();
            let o = run::run_spec(ex, &req.program, &name, &spec)?;
            let status = match (expected.is_bug(), o.kind().is_bug()) {
                (false, false) => RegressionStatus::Pass,
                (false, true) => RegressionStatus::Broken,
                (true, false) => RegressionStatus::NoLongerReproduces,
                (true, true) if o.kind() == *expected => RegressionStatus::KnownOpen,
                (true, true) => RegressionStatus::Changed,
            };
            out.push(Regression {
                file: name,
                vm: vm.clone(),
                expected: *expected,
                got: o.kind(),
                signature: o.signature.clone(),
                status,
                summary: o.summary.clone(),
            });
        }
    }
    Ok(out)
}

/// Where a find is known from: the baseline (same VM and signature, or the
/// same root cause), else what the hunt matched on the known-bug list.
fn known_from(cfg: &NightlyConfig, t: &Target, f: &hunt::Find) -> Option<String> {
    let in_baseline = cfg.baseline.as_ref().is_some_and(|b| {
        b.finds.iter().any(|g| {
            (g.vm == t.vm && g.gen == t.gen_name() && g.signature == f.signature)
                || (g.root_cause.is_some()
                    && g.root_cause.as_ref().map(|r| &r.key)
                        == f.root_cause.as_ref().map(|r| &r.key))
        })
    });
    if in_baseline {
        return Some("baseline".into());
    }
    f.known.clone()
}

/// Run the whole nightly. `progress` gets one line per step.
pub fn nightly(
    cfg: &NightlyConfig,
    installs: &BTreeMap<String, Install>,
    progress: &dyn Fn(&str),
) -> Result<Results> {
    let start = Instant::now();
    std::fs::create_dir_all(&cfg.out)
        .with_context(|| format!("cannot create {}", cfg.out.display()))?;
    let files = regression_files(&cfg.regressions)?;
    progress(&format!(
        "regression replay: {} files on {}",
        files.len(),
        cfg.vms.join(", ")
    ));
    let regressions = replay(&files, installs, cfg)?;
    let mut finds: Vec<FindReport> = Vec::new();
    let mut vm_reports = Vec::new();
    let remaining = cfg.time.saturating_sub(start.elapsed());
    let per_vm = remaining / cfg.targets.len().max(1) as u32;
    let mut mutated: Vec<String> = Vec::new();
    for t in &cfg.targets {
        let vm = &t.vm;
        let Some(install) = installs.get(vm) else {
            continue;
        };
        let name = t.label();
        let dir = cfg.out.join(t.dir());
        let catalog = introspect::catalog(install)?;
        let mutant = mutant_for(install, cfg)?;
        // hunt with verifier 60%, diff 15%, mutants 25%
        let modes: [(&str, f64); 2] = [("hunt", 0.60), ("diff", 0.15)];
        let mut report = VmReport {
            vm: vm.clone(),
            gen: t.gen_name(),
            ..VmReport::default()
        };
        let mut gc = [0.0f64; 3];
        let mut mid = 0.0;
        let mut exc = 0.0;
        for (mode, share) in modes {
            let budget = per_vm.mul_f64(share).max(Duration::from_secs(5));
            progress(&format!("{name}: {mode} for {:.0}s", budget.as_secs_f64()));
            let hcfg = HuntConfig {
                time: Some(budget),
                iterations: None,
                seed: cfg.seed,
                jobs: cfg.jobs,
                out: dir.join(mode),
                verify: true,
                timeout: crate::hunt::DEFAULT_TIMEOUT,
                mem_limit: 1 << 30,
                gen: GenConfig {
                    mark: true,
                    ..GenConfig::default()
                },
                confirm_runs: 3,
                stop_on_find: false,
                minimize: Some(Duration::from_secs(20)),
                diff: mode == "diff",
                mutant: mutant.clone(),
                known: cfg.known.clone(),
                feed_known: false,
                queue: cfg.corpus.as_ref().map(|c| c.join(t.dir()).join(mode)),
                resume: true,
                sync: None,
                gen_mode: t.gen,
            };
            let quiet = |_e: hunt::Event| {};
            let tick = |_s: &hunt::Stats, _d: Duration, _n: usize| {};
            let s = hunt::hunt(
                &hcfg,
                install,
                &catalog,
                Arc::new(AtomicBool::new(false)),
                &quiet,
                &tick,
            )?;
            report.programs += s.programs;
            report.seconds += s.seconds;
            for (g, per) in gc.iter_mut().zip(s.gc_per_program) {
                *g += per * s.programs as f64;
            }
            mid += s.mid_cycle_share * s.programs as f64;
            exc += s.exception_share * s.programs as f64;
            for f in s.finds {
                let minimized = std::fs::read_to_string(f.dir.join("min.rb")).ok();
                let known_from = known_from(cfg, t, &f);
                finds.push(FindReport {
                    vm: vm.clone(),
                    gen: t.gen_name(),
                    mode: mode.into(),
                    known: known_from.is_some(),
                    known_from,
                    root_cause: f.root_cause.clone(),
                    signature: f.signature,
                    outcome: f.outcome,
                    summary: f.summary,
                    dir: f.dir,
                    reproducible: f.reproducible,
                    minimized,
                });
            }
        }
        let p = report.programs.max(1) as f64;
        report.programs_per_s = report.programs as f64 / report.seconds.max(1e-9);
        report.gc_per_program = [gc[0] / p, gc[1] / p, gc[2] / p];
        report.mid_cycle_share = mid / p;
        report.exception_share = exc / p;
        // a sample of barrier mutants (not on a VM that is itself a mutant
        // run; once per VM, not per GC mode)
        if mutant.is_none() && cfg.mutant_sites > 0 && !mutated.contains(vm) {
            mutated.push(vm.clone());
            let budget_total = per_vm.mul_f64(0.25);
            let sites = mutants::calibrate(install, &catalog, 40, &files)?;
            // the most-called sites, spread: every k-th
            let n = cfg.mutant_sites.min(sites.len()).max(1);
            let step = (sites.len() / n).max(1);
            let sample: Vec<mutants::Site> = sites.into_iter().step_by(step).take(n).collect();
            let budget = (budget_total / sample.len().max(1) as u32).max(Duration::from_secs(3));
            progress(&format!(
                "{name}: {} barrier mutants, {:.0}s each",
                sample.len(),
                budget.as_secs_f64()
            ));
            let base = HuntConfig {
                time: Some(budget),
                iterations: None,
                seed: cfg.seed,
                jobs: cfg.jobs,
                out: dir.join("mutants"),
                verify: true,
                timeout: crate::hunt::DEFAULT_TIMEOUT,
                mem_limit: 1 << 30,
                gen: GenConfig {
                    mark: true,
                    ..GenConfig::default()
                },
                confirm_runs: 1,
                stop_on_find: true,
                minimize: None,
                diff: false,
                mutant: None,
                known: std::sync::Arc::new(crate::triage::known::KnownList::none()),
                feed_known: false,
                queue: None,
                resume: false,
                sync: None,
                gen_mode: t.gen,
            };
            let results = mutants::run_mutants(
                install,
                &catalog,
                &sample,
                &base,
                &dir.join("mutants"),
                Arc::new(AtomicBool::new(false)),
                &|_r, _i, _n| {},
            )?;
            let rep = mutants::report(vm, budget, "default + mark", results);
            report.mutation_score = Some(rep.score);
            report.mutants_killed = Some(format!("{}/{}", rep.killed, rep.results.len()));
            let _ = std::fs::write(dir.join("mutants.md"), mutants::markdown(&rep));
        }
        vm_reports.push(report);
    }
    let new_keys: std::collections::BTreeSet<String> = finds
        .iter()
        .filter(|f| !f.known)
        .map(FindReport::group_key)
        .collect();
    let all_keys: std::collections::BTreeSet<String> =
        finds.iter().map(FindReport::group_key).collect();
    let new_bugs = new_keys.len();
    let root_causes = all_keys.len();
    let broken = regressions.iter().filter(|r| r.failed()).count();
    Ok(Results {
        format: RESULTS_FORMAT,
        started: format!("{:?}", std::time::SystemTime::now()),
        seconds: start.elapsed().as_secs_f64(),
        vms: vm_reports,
        regressions,
        finds,
        specs: None,
        new_bugs,
        root_causes,
        broken_regressions: broken,
        mutant: cfg.mutant.as_ref().map(|(v, f)| format!("{v}:{f}")),
    })
}

/// `summary.md`, ready for `$GITHUB_STEP_SUMMARY`.
pub fn summary_md(r: &Results) -> String {
    let mut s = String::from("# gcstress nightly\n\n");
    if r.new_bugs == 0 && r.broken_regressions == 0 {
        s.push_str("**New bugs: none.** Regressions: all as expected.\n\n");
    } else {
        s.push_str(&format!(
            "**New bugs: {}. Broken regressions: {}.**\n\n",
            r.new_bugs, r.broken_regressions
        ));
    }
    if let Some(m) = &r.mutant {
        s.push_str(&format!("Run on barrier mutant `{m}`.\n\n"));
    }
    s.push_str("| VM | programs | programs/s | GC/program (minor / full / step) | mid-cycle | mutation score |\n");
    s.push_str("|---|---:|---:|---|---:|---|\n");
    for v in &r.vms {
        s.push_str(&format!(
            "| {} | {} | {:.0} | {:.1} / {:.1} / {:.1} | {:.0}% | {} |\n",
            vm_label(&v.vm, &v.gen),
            v.programs,
            v.programs_per_s,
            v.gc_per_program[0],
            v.gc_per_program[1],
            v.gc_per_program[2],
            100.0 * v.mid_cycle_share,
            match (&v.mutants_killed, v.mutation_score) {
                (Some(k), Some(sc)) => format!("{k} ({:.0}%)", 100.0 * sc),
                _ => "-".into(),
            }
        ));
    }
    s.push_str(
        "\n## Regressions\n\n| file | VM | expected | got | status |\n|---|---|---|---|---|\n",
    );
    for g in &r.regressions {
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            g.file,
            g.vm,
            g.expected.name(),
            g.got.name(),
            match g.status {
                RegressionStatus::Pass => "pass",
                RegressionStatus::KnownOpen => "known open",
                RegressionStatus::NoLongerReproduces => "no longer reproduces",
                RegressionStatus::Broken => "**BROKEN**",
                RegressionStatus::Changed => "**changed**",
            }
        ));
    }
    s.push_str(&format!(
        "\n## Finds: {} signature(s), {} root cause(s), {} new\n\n",
        r.finds.len(),
        r.root_causes,
        r.new_bugs
    ));
    // one block per root cause, new ones first; one minimized reproducer per group
    let mut keys: Vec<(bool, String)> = Vec::new();
    for f in &r.finds {
        let k = (f.known, f.group_key());
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys.sort_by_key(|(known, _)| *known);
    for (known, key) in keys {
        let members: Vec<&FindReport> = r
            .finds
            .iter()
            .filter(|f| f.known == known && f.group_key() == key)
            .collect();
        let head = members[0];
        let label = match (&head.known_from, known) {
            (Some(src), true) => format!("known ({src})"),
            (None, true) => "known".to_string(),
            _ => "NEW".to_string(),
        };
        let desc = head
            .root_cause
            .as_ref()
            .map(|r| r.description.clone())
            .unwrap_or_else(|| head.summary.clone());
        s.push_str(&format!("### {label}: `{key}`\n\n{desc}\n\n"));
        for f in &members {
            s.push_str(&format!(
                "- `{}` on {} ({}) — {}, reproducible {}\n",
                f.signature,
                vm_label(&f.vm, &f.gen),
                f.mode,
                f.summary,
                f.reproducible
            ));
        }
        s.push('\n');
        if known {
            continue;
        }
        match members.iter().find_map(|f| f.minimized.as_ref()) {
            Some(m) => {
                s.push_str("```ruby\n");
                s.push_str(m);
                if !m.ends_with('\n') {
                    s.push('\n');
                }
                s.push_str("```\n\n");
            }
            None => s.push_str(&format!(
                "Reproducer: `{}`\n\n",
                head.dir.join("repro.rb").display()
            )),
        }
    }
    s
}

/// `junit.xml`: one test case per regression file × VM and per new find.
pub fn junit_xml(r: &Results) -> Result<String> {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut report = Report::new("gcstress-nightly");
    let mut reg = TestSuite::new("regressions");
    for g in &r.regressions {
        let status = if g.failed() {
            let mut st = TestCaseStatus::non_success(NonSuccessKind::Failure);
            st.set_message(format!(
                "expected {}, got {}: {}",
                g.expected.name(),
                g.got.name(),
                g.summary
            ));
            st
        } else {
            TestCaseStatus::success()
        };
        let mut tc = TestCase::new(format!("{} on {}", g.file, g.vm), status);
        tc.set_classname("regressions");
        reg.add_test_case(tc);
    }
    report.add_test_suite(reg);
    let mut finds = TestSuite::new("new-finds");
    let mut seen: Vec<String> = Vec::new();
    for f in r.finds.iter().filter(|f| !f.known) {
        // one case per new root cause (its first signature), the rest in its message
        let key = f.group_key();
        if seen.contains(&key) {
            continue;
        }
        let sigs: Vec<&str> = r
            .finds
            .iter()
            .filter(|g| !g.known && g.group_key() == key)
            .map(|g| g.signature.as_str())
            .collect();
        seen.push(key.clone());
        let mut st = TestCaseStatus::non_success(NonSuccessKind::Failure);
        st.set_message(format!(
            "{}: {} (root cause {key}; signatures: {})",
            f.outcome.name(),
            f.summary,
            sigs.join(", ")
        ));
        if let Some(m) = &f.minimized {
            st.set_description(m.clone());
        }
        let mut tc = TestCase::new(
            format!("{} on {}", f.signature, vm_label(&f.vm, &f.gen)),
            st,
        );
        tc.set_classname(format!("finds.{}", f.mode));
        finds.add_test_case(tc);
    }
    report.add_test_suite(finds);
    report.to_string().context("cannot write JUnit XML")
}
