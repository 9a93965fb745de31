//! `gcstress report PATH`: an upstream-ready `report.md` for a find.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use crate::cli::exit;
use crate::cli::{ensure_vm, home, progress};
use crate::request::MemLimitArg;
use crate::triage::report::{self, Options};
use crate::triage::{bisect, fixcheck};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The find: a crash directory (outcome.json + repro.rb), a reproducer
    /// file, or a directory of finds of one root cause (the shortest is shown).
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    /// Where to write the report (default: PATH/report.md for a directory,
    /// else report.md in the current directory).
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The VMs to run on, comma-separated (default: every provisioned VM
    /// except `bisect` builds; see `gcstress vm list`).
    #[arg(long, value_name = "ID,...", value_delimiter = ',')]
    pub vms: Vec<String>,
    /// Runs per VM (some finds are flaky).
    #[arg(long, value_name = "N", default_value_t = 3,
          value_parser = clap::value_parser!(u16).range(1..=100))]
    pub runs: u16,
    /// Bisect now in this git checkout of the VM's sources (with --good and --bad).
    #[arg(long, value_name = "GITDIR", requires_all = ["good", "bad"])]
    pub src: Option<PathBuf>,
    /// With --src: a commit where the find passes.
    #[arg(long, value_name = "REV", requires = "src")]
    pub good: Option<String>,
    /// With --src: a later commit where it fails.
    #[arg(long, value_name = "REV", requires = "src")]
    pub bad: Option<String>,
    /// Use an earlier `gcstress bisect --json` result instead of bisecting now.
    #[arg(long, value_name = "FILE", conflicts_with = "src")]
    pub bisected: Option<PathBuf>,
    /// Where the fixing VMs' patch files are (matched by SHA-256; default: ./patches).
    #[arg(long, value_name = "DIR")]
    pub patches: Option<PathBuf>,
    /// Do not record the find (no "What the recording shows" section).
    #[arg(long)]
    pub no_record: bool,
    /// The report's title (default: the root cause, else the signature, and the affected VMs).
    #[arg(long)]
    pub title: Option<String>,
    #[command(flatten)]
    pub mem_limit: MemLimitArg,
    /// Also print the report's data as one JSON object.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: ReportArgs) -> Result<u8> {
    let found = fixcheck::collect(std::slice::from_ref(&a.path))?;
    if found.cases.is_empty() {
        return Err(exit::usage(format!(
            "{}: no find or reproducer to report on",
            a.path.display()
        )));
    }
    let out = a.out.clone().unwrap_or_else(|| {
        if a.path.is_dir() {
            a.path.join("report.md")
        } else {
            PathBuf::from("report.md")
        }
    });
    // fail before the runs, not after, when the report cannot be written
    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(exit::usage(format!("{}: no such directory", dir.display())));
    }
    let home = home()?;
    let ids: Vec<String> = if a.vms.is_empty() {
        gcstress_vm::provision::installed(&home)
            .into_keys()
            .filter(|id| !id.starts_with("bisect-"))
            .collect()
    } else {
        a.vms.clone()
    };
    if ids.is_empty() {
        return Err(exit::usage(
            "no VM is provisioned: `gcstress vm fetch mruby-3.3.0` (or name one with --vms)",
        ));
    }
    let mut vms = Vec::new();
    for id in &ids {
        match ensure_vm(id) {
            Ok(v) => vms.push(v),
            // one broken VM does not stop the report; a named one does
            Err(e) if a.vms.is_empty() => progress(&format!("{id}: left out ({e:#})")),
            Err(e) => return Err(e),
        }
    }
    let mem_limit = a.mem_limit.bytes();
    let bisect = if let Some(f) = &a.bisected {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
        let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
            exit::usage(format!(
                "{}: not a `gcstress bisect --json` result: {e}",
                f.display()
            ))
        })?;
        if v.get("steps").is_none() {
            return Err(exit::usage(format!(
                "{}: not a `gcstress bisect --json` result (no steps)",
                f.display()
            )));
        }
        Some(v)
    } else if let (Some(src), Some(good), Some(bad)) = (&a.src, &a.good, &a.bad) {
        let opts = bisect::Options {
            home: &home,
            src,
            good: good.clone(),
            bad: bad.clone(),
            fixed: false,
            runs: usize::from(a.runs),
            mem_limit,
            plain: fixcheck::plain_twin(&found.cases[0]).map(|(_, t)| t),
        };
        let o = bisect::bisect(&found.cases[0], &opts, &mut |m| progress(m))?;
        Some(serde_json::to_value(&o)?)
    } else {
        None
    };
    let patches_dir = a
        .patches
        .clone()
        .or_else(|| Some(PathBuf::from("patches")).filter(|p| p.is_dir()));
    let opts = Options {
        vms: &vms,
        runs: usize::from(a.runs),
        mem_limit,
        bisect,
        patches_dir,
        record: !a.no_record,
        title: a.title.clone(),
    };
    let r = report::build(&found.cases, &opts, &mut |m| progress(m))?;
    std::fs::write(&out, report::markdown(&r))
        .with_context(|| format!("cannot write {}", out.display()))?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&r)?);
    } else {
        println!("{}: {}", out.display(), report::verdict_line(&r));
    }
    Ok(exit::OK)
}
