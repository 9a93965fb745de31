//! Barrier mutation score: how strong are gcstress's own oracles?
//!
//! 1. Calibrate: run a fixed set of programs and collect every write-barrier
//!    call site the VM uses (the calling VM function of each
//!    `mrb_field_write_barrier` / `mrb_write_barrier` call the hooks saw).
//! 2. For each site, a mutant VM drops the barrier calls made from that
//!    function only (the shim's hook returns without calling the barrier),
//!    and `hunt` runs for a time budget. The mutant is killed if any bug
//!    signal appears that the unmutated VM does not show on the same program.
//! 3. Report: site, calls seen, killed?, time to kill, the oracle that killed
//!    it, and the score (killed / sites).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use gcstress_vm::protocol::{HOOK_FIELD_WB, HOOK_WB};
use gcstress_vm::symbols;
use gcstress_vm::{Install, Schedule};
use serde::Serialize;

use crate::exec::Executor;
use crate::generate::{program_for_seed, GenConfig, VmCatalog};
use crate::hunt::{self, HuntConfig};
use crate::lift;
use crate::run::{run_once, RunSpec};

/// A barrier call site: the VM function that calls a barrier.
#[derive(Debug, Clone, Serialize)]
pub struct Site {
    pub function: String,
    /// `field` (mrb_field_write_barrier), `object` (mrb_write_barrier) or both
    pub barrier: String,
    pub calls: u64,
    #[serde(skip)]
    pub range: (u64, u64),
}

#[derive(Debug, Clone, Serialize)]
pub struct MutantResult {
    pub site: Site,
    pub killed: bool,
    pub time_to_kill_s: Option<f64>,
    pub oracle: Option<String>,
    pub signature: Option<String>,
    pub programs: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub vm: String,
    pub budget_s: f64,
    pub schedules: String,
    pub results: Vec<MutantResult>,
    pub killed: usize,
    pub score: f64,
}

/// Run a calibration set and collect barrier sites by calling function.
pub fn calibrate(
    install: &Install,
    catalog: &VmCatalog,
    programs: u64,
    extra: &[PathBuf],
) -> Result<Vec<Site>> {
    let sym = symbols::for_binary(&install.worker)?;
    let mut ex = Executor::new(install)?;
    let mut sites: BTreeMap<String, Site> = BTreeMap::new();
    let mut texts: Vec<(String, Schedule)> = Vec::new();
    for seed in 0..programs {
        let p = program_for_seed(catalog, seed, &GenConfig::default());
        texts.push((lift::lift(&p), p.schedule.clone()));
    }
    for f in extra {
        if let Ok(t) = std::fs::read_to_string(f) {
            texts.push((t, "minor%50".parse().unwrap_or_default()));
        }
    }
    for (text, schedule) in texts {
        let spec = RunSpec {
            schedule,
            timeout: Duration::from_secs(1),
            ..RunSpec::default()
        };
        let o = run_once(&mut ex, text.as_bytes(), "calibrate.rb", &spec)?;
        for &(hook, addr, count) in &o.edges {
            if hook != HOOK_FIELD_WB && hook != HOOK_WB {
                continue;
            }
            let Some(name) = sym.name(addr).or_else(|| sym.name(addr.saturating_sub(1))) else {
                continue;
            };
            if name.starts_with("gcs_") || name.starts_with("__wrap") {
                continue;
            }
            let Some(range) = sym.range(name) else {
                continue;
            };
            let kind = if hook == HOOK_FIELD_WB {
                "field"
            } else {
                "object"
            };
            let e = sites.entry(name.to_string()).or_insert_with(|| Site {
                function: name.to_string(),
                barrier: kind.to_string(),
                calls: 0,
                range,
            });
            e.calls += u64::from(count);
            if e.barrier != kind && e.barrier != "both" {
                e.barrier = "both".into();
            }
        }
    }
    let mut v: Vec<Site> = sites.into_values().collect();
    v.sort_by(|a, b| b.calls.cmp(&a.calls).then(a.function.cmp(&b.function)));
    Ok(v)
}

#[allow(clippy::too_many_arguments)]
pub fn run_mutants(
    install: &Install,
    catalog: &VmCatalog,
    sites: &[Site],
    base: &HuntConfig,
    out: &Path,
    stop: Arc<AtomicBool>,
    on_result: &dyn Fn(&MutantResult, usize, usize),
) -> Result<Vec<MutantResult>> {
    let mut results = Vec::new();
    for (i, site) in sites.iter().enumerate() {
        if stop.load(std::sync::atomic::Ordering::SeqCst) {
            break;
        }
        let cfg = HuntConfig {
            mutant: Some(crate::run::Mutant {
                function: site.function.clone(),
                lo: site.range.0,
                hi: site.range.1,
            }),
            stop_on_find: true,
            out: out.join(&site.function),
            confirm_runs: 1,
            ..base.clone()
        };
        let quiet = |_e: hunt::Event| {};
        let tick = |_s: &hunt::Stats, _d: Duration, _n: usize| {};
        let local_stop = Arc::new(AtomicBool::new(false));
        let summary = hunt::hunt(&cfg, install, catalog, local_stop, &quiet, &tick)?;
        let first = summary.finds.first().cloned();
        let r = MutantResult {
            site: site.clone(),
            killed: first.is_some(),
            time_to_kill_s: first.as_ref().map(|f| f.time_to_find_s),
            oracle: first.as_ref().map(|f| f.outcome.name().to_string()),
            signature: first.as_ref().map(|f| f.signature.clone()),
            programs: summary.programs,
        };
        on_result(&r, i + 1, sites.len());
        results.push(r);
    }
    Ok(results)
}

pub fn report(vm: &str, budget: Duration, schedules: &str, results: Vec<MutantResult>) -> Report {
    let killed = results.iter().filter(|r| r.killed).count();
    let score = if results.is_empty() {
        0.0
    } else {
        killed as f64 / results.len() as f64
    };
    Report {
        vm: vm.into(),
        budget_s: budget.as_secs_f64(),
        schedules: schedules.into(),
        results,
        killed,
        score,
    }
}

/// The report as a Markdown table (README, nightly summary).
pub fn markdown(r: &Report) -> String {
    let mut s = format!(
        "Barrier mutation score on {}: **{}/{} killed ({:.0}%)**, budget {:.0}s per mutant, schedules: {}\n\n",
        r.vm,
        r.killed,
        r.results.len(),
        100.0 * r.score,
        r.budget_s,
        r.schedules
    );
    s.push_str("| site (calling function) | barrier | calls seen | killed | time to kill | oracle |\n|---|---|---|---|---|---|\n");
    for m in &r.results {
        s.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            m.site.function,
            m.site.barrier,
            m.site.calls,
            if m.killed { "yes" } else { "no" },
            m.time_to_kill_s
                .map(|t| format!("{t:.1}s"))
                .unwrap_or_else(|| "-".into()),
            m.oracle.clone().unwrap_or_else(|| "-".into())
        ));
    }
    s
}
