//! `gcstress nightly`: the whole campaign, with machine- and human-readable reports.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;

use crate::cli::exit;
use crate::cli::{default_jobs, progress, repo_corpus};
use crate::nightly::{self, NightlyConfig};
use crate::repro;

#[derive(Debug, Args)]
pub struct NightlyArgs {
    /// Total time budget, split across VMs and modes.
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration, default_value = "30m")]
    pub time: Duration,
    /// VMs, comma-separated. Artichoke runs in both GC modes, reported apart
    /// (`artichoke:gen=off`, its shipping mode, or `artichoke:gen=on` picks
    /// one; any VM takes `:gen=on|off`). Default: mruby-3.3.0, mruby-3.1.0,
    /// mruby-2.1.2 and, when it can be provisioned, artichoke (else a
    /// one-line note says why not).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub vms: Option<Vec<String>>,
    /// Carry the hunts' corpus across nights: read from and written to
    /// DIR/<vm>/<mode>/ (CI caches this directory).
    #[arg(long, value_name = "DIR")]
    pub corpus: Option<PathBuf>,
    /// ruby/spec files or directories to run under the default schedule set too.
    #[arg(long, value_name = "PATH")]
    pub specs: Vec<PathBuf>,
    /// The previous night's results.json: its finds (and their root causes) are known, not new.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Known bugs besides the shipped list (see `gcstress hunt --help`);
    /// `--known none` leaves the shipped list out.
    #[arg(long, value_name = "FILE|DIR")]
    pub known: Vec<PathBuf>,
    /// Output directory (results.json, junit.xml, summary.md, finds).
    #[arg(long, value_name = "DIR", default_value = "gcstress-nightly")]
    pub out: PathBuf,
    /// Regression files (each header names the expected outcome per VM).
    #[arg(long, value_name = "DIR")]
    pub regressions: Option<PathBuf>,
    /// Run on a barrier mutant: VM:FUNCTION (e.g. mruby-3.1.0:mrb_alias_method).
    #[arg(long, value_name = "VM:FUNCTION")]
    pub mutant: Option<String>,
    /// Barrier mutants sampled per VM.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub mutant_sites: usize,
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub seed: u64,
    #[arg(long, value_name = "N", default_value_t = default_jobs())]
    pub jobs: usize,
}

/// The VMs a night runs when `--vms` is not given (Artichoke when it can be had).
const DEFAULT_VMS: [&str; 3] = ["mruby-3.3.0", "mruby-3.1.0", "mruby-2.1.2"];

pub fn run(a: NightlyArgs) -> Result<u8> {
    let asked: Vec<(String, Option<bool>)> = match &a.vms {
        Some(v) => v
            .iter()
            .map(|s| nightly::Target::parse(s).map_err(|e| exit::usage(format!("--vms {e}"))))
            .collect::<Result<_>>()?,
        None => DEFAULT_VMS.iter().map(|v| (v.to_string(), None)).collect(),
    };
    let vm_ids = nightly::vm_ids(&asked);
    let baseline = match &a.baseline {
        Some(p) => Some(nightly::read_baseline(p)?),
        None => None,
    };
    let mut known = crate::triage::known::KnownList::from_args(&a.known)
        .map_err(|e| exit::usage(format!("--known: {e:#}")))?;
    if let Some(p) = &a.baseline {
        known
            .add_path(p)
            .map_err(|e| exit::usage(format!("--baseline: {e:#}")))?;
    }
    let mutant = match &a.mutant {
        Some(m) => {
            let (vm, f) = m
                .split_once(':')
                .ok_or_else(|| exit::usage(format!("--mutant takes VM:FUNCTION, not `{m}`")))?;
            if !vm_ids.iter().any(|v| v == vm) {
                return Err(exit::usage(format!(
                    "--mutant names {vm}, which is not in --vms"
                )));
            }
            Some((vm.to_string(), f.to_string()))
        }
        None => None,
    };
    std::fs::create_dir_all(&a.out)
        .with_context(|| format!("cannot create {}", a.out.display()))
        .map_err(|e| exit::usage(format!("{e:#}")))?;
    let nightly::Provisioned {
        installs,
        vm_ids,
        targets,
    } = nightly::provision(&asked, a.vms.is_none(), &mut |m| progress(m))?;
    let cfg = NightlyConfig {
        time: a.time,
        vms: vm_ids.clone(),
        targets,
        corpus: a.corpus.clone(),
        out: a.out.clone(),
        regressions: a
            .regressions
            .clone()
            .unwrap_or_else(|| repo_corpus().join("regressions")),
        baseline,
        known: std::sync::Arc::new(known),
        seed: a.seed,
        jobs: a.jobs.max(1),
        mutant,
        mutant_sites: a.mutant_sites,
    };
    let mut results = nightly::nightly(&cfg, &installs, &|m| progress(m))?;
    if !a.specs.is_empty() {
        let files = crate::specs::collect_files(&a.specs)?;
        results.specs = Some(nightly::specs(
            &files,
            &installs,
            &vm_ids,
            &a.out.join("specs"),
            cfg.known.clone(),
            default_jobs(),
            &|m| progress(m),
        )?);
    }
    let md = nightly::write_reports(&results, &a.out)?;
    print!("{md}");
    progress(&format!(
        "wrote {}/results.json, junit.xml, summary.md: {} new bug(s), {} broken regression(s)",
        a.out.display(),
        results.new_bugs,
        results.broken_regressions
    ));
    Ok(if results.new_bugs > 0 || results.broken_regressions > 0 {
        exit::BUG
    } else {
        exit::OK
    })
}
