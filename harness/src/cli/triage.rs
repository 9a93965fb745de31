//! `gcstress triage PATH... --vm A --against B`: fix checks.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::cli::exit;
use crate::cli::{ensure_vm, progress};
use crate::request::MemLimitArg;
use crate::triage::fixcheck::{self, Options};

#[derive(Debug, Args)]
pub struct TriageArgs {
    /// Finds and reproducers: crash directories (outcome.json + repro.rb), a
    /// hunt's or nightly's output directory, a nightly results.json,
    /// reproducer files, directories of them (e.g. corpus/regressions).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// A: the VM the finds fail on (e.g. the release with the bug).
    #[arg(long, value_name = "ID")]
    pub vm: String,
    /// B: the VM to check (e.g. a patched VM from `vm add --from A --patch FILE`).
    #[arg(long, value_name = "ID")]
    pub against: String,
    /// Runs per find and VM (some finds are flaky).
    #[arg(long, value_name = "N", default_value_t = fixcheck::DEFAULT_RUNS as u16,
          value_parser = clap::value_parser!(u16).range(1..=100))]
    pub runs: u16,
    /// Do not derive root causes nobody wrote down (group those finds by signature).
    #[arg(long)]
    pub no_derive: bool,
    #[command(flatten)]
    pub mem_limit: MemLimitArg,
    /// Print one JSON object instead of the tables.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: TriageArgs) -> Result<u8> {
    if a.vm == a.against {
        return Err(exit::usage("--vm and --against name the same VM"));
    }
    let found = fixcheck::collect(&a.paths)?;
    if found.cases.is_empty() {
        return Err(exit::usage(format!(
            "no finds or reproducers under {}",
            a.paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let va = ensure_vm(&a.vm)?;
    let vb = ensure_vm(&a.against)?;
    progress(&format!(
        "checking {} find(s) on {} (A) and {} (B), {} run(s) each",
        found.cases.len(),
        va.id,
        vb.id,
        a.runs
    ));
    let opts = Options {
        a: &va,
        b: &vb,
        runs: usize::from(a.runs),
        derive: !a.no_derive,
        mem_limit: a.mem_limit.bytes(),
    };
    let report = fixcheck::check(&found, &opts, &mut |m| progress(m))?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", fixcheck::human(&report));
    }
    Ok(if report.regressed() {
        exit::BUG
    } else {
        exit::OK
    })
}
