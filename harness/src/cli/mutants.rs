//! `gcstress mutants`: the barrier mutation score.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::json;

use crate::cli::exit;
use crate::cli::{ensure_vm, progress, VmArg};
use crate::generate::{introspect, GenConfig};
use crate::hunt::HuntConfig;
use crate::mutants;
use crate::repro;

#[derive(Debug, Args)]
pub struct MutantsArgs {
    #[command(flatten)]
    pub vm: VmArg,
    /// Hunting time per mutant.
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration, default_value = "30s")]
    pub budget: Duration,
    /// Only these sites (calling function names, comma-separated).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub sites: Vec<String>,
    /// At most this many sites (the most-called first).
    #[arg(long, value_name = "N")]
    pub max_sites: Option<usize>,
    /// Programs in the calibration run.
    #[arg(long, value_name = "N", default_value_t = 150)]
    pub calibrate: u64,
    /// Only list the barrier sites found by calibration.
    #[arg(long)]
    pub list: bool,
    /// Include mid-mark schedules in the hunts.
    #[arg(long)]
    pub mark: bool,
    /// Run every program with generational mode on or off.
    #[arg(long, value_name = "on|off", value_parser = crate::cli::hunt::parse_gen)]
    pub gen: Option<bool>,
    /// Use the differential oracle too.
    #[arg(long)]
    pub diff: bool,
    #[arg(long, value_name = "N", default_value_t = crate::cli::default_jobs())]
    pub jobs: usize,
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub seed: u64,
    #[arg(long, value_name = "DIR", default_value = "gcstress-mutants")]
    pub out: PathBuf,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: MutantsArgs) -> Result<u8> {
    let vm =
        a.vm.vm
            .clone()
            .unwrap_or_else(|| gcstress_vm::DEFAULT_VM.to_string());
    let install = ensure_vm(&vm)?;
    let catalog = introspect::catalog(&install)?;
    let corpus: Vec<PathBuf> = std::fs::read_dir(crate::cli::repo_corpus().join("regressions"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "rb"))
                .collect()
        })
        .unwrap_or_default();
    if !a.json {
        progress(&format!(
            "calibrating: {} programs to find the barrier call sites of {vm} ...",
            a.calibrate
        ));
    }
    let mut sites = mutants::calibrate(&install, &catalog, a.calibrate, &corpus)?;
    if !a.sites.is_empty() {
        sites.retain(|s| a.sites.contains(&s.function));
        if sites.is_empty() {
            return Err(exit::usage(format!(
                "none of the sites {:?} was seen in calibration (see --list)",
                a.sites
            )));
        }
    }
    if let Some(n) = a.max_sites {
        sites.truncate(n);
    }
    if a.list {
        for s in &sites {
            if a.json {
                println!(
                    "{}",
                    json!({"site": s.function, "barrier": s.barrier, "calls": s.calls})
                );
            } else {
                println!("{:<40} {:<7} {:>8} calls", s.function, s.barrier, s.calls);
            }
        }
        return Ok(exit::OK);
    }
    std::fs::create_dir_all(&a.out)
        .with_context(|| format!("cannot create {}", a.out.display()))
        .map_err(|e| exit::usage(format!("{e:#}")))?;
    let base = HuntConfig {
        time: Some(a.budget),
        iterations: None,
        seed: a.seed,
        jobs: a.jobs.max(1),
        out: a.out.clone(),
        verify: true,
        timeout: crate::hunt::DEFAULT_TIMEOUT,
        mem_limit: 1 << 30,
        gen: GenConfig {
            mark: a.mark,
            ..GenConfig::default()
        },
        confirm_runs: 1,
        stop_on_find: true,
        minimize: None,
        diff: a.diff,
        mutant: None,
        known: std::sync::Arc::new(crate::triage::known::KnownList::none()),
        feed_known: false,
        queue: None,
        resume: false,
        sync: None,
        gen_mode: a.gen,
    };
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(sig, stop.clone())
            .context("cannot install the Ctrl-C handler")?;
    }
    let json_mode = a.json;
    let on_result = |r: &mutants::MutantResult, i: usize, n: usize| {
        if !json_mode {
            progress(&format!(
                "[{i}/{n}] {:<36} {:>7} calls  {}",
                r.site.function,
                r.site.calls,
                if r.killed {
                    format!(
                        "killed in {:.1}s by {} ({})",
                        r.time_to_kill_s.unwrap_or(0.0),
                        r.oracle.clone().unwrap_or_default(),
                        r.signature.clone().unwrap_or_default()
                    )
                } else {
                    format!("survived ({} programs)", r.programs)
                }
            ));
        }
    };
    let results =
        mutants::run_mutants(&install, &catalog, &sites, &base, &a.out, stop, &on_result)?;
    let schedules = format!(
        "{}{}",
        if a.mark { "default + mark" } else { "default" },
        match a.gen {
            Some(true) => ", gen=on",
            Some(false) => ", gen=off",
            None => "",
        }
    );
    let report = mutants::report(&vm, a.budget, &schedules, results);
    if a.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        print!("{}", mutants::markdown(&report));
    }
    Ok(exit::OK)
}
