//! `gcstress bisect FILE --src GITDIR --good REV --bad REV [--fixed]`.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::cli::exit;
use crate::cli::{home, progress};
use crate::request::MemLimitArg;
use crate::triage::bisect::{self, Options, State};
use crate::triage::fixcheck;

#[derive(Debug, Args)]
pub struct BisectArgs {
    /// The reproducer (a file with a `# gcstress:` header, or a crash directory).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The VM's git checkout (only read: each commit is exported with `git archive`).
    #[arg(long, value_name = "GITDIR")]
    pub src: PathBuf,
    /// A commit where the reproducer passes (with --fixed: where it fails).
    #[arg(long, value_name = "REV")]
    pub good: String,
    /// A later commit where it fails (with --fixed: where it passes).
    #[arg(long, value_name = "REV")]
    pub bad: String,
    /// Find the commit that fixed the bug instead of the one that introduced it.
    #[arg(long)]
    pub fixed: bool,
    /// Runs per commit (some reproducers are flaky).
    #[arg(long, value_name = "N", default_value_t = 3,
          value_parser = clap::value_parser!(u16).range(1..=100))]
    pub runs: u16,
    #[command(flatten)]
    pub mem_limit: MemLimitArg,
    /// The plain reproducer (stock Ruby) for commits whose gcstress worker does
    /// not compile: run on the commit's own ASan build (default: FILE's
    /// `.plain.rb` twin, or a crash directory's `min.plain.rb`).
    #[arg(long, value_name = "FILE")]
    pub plain: Option<PathBuf>,
    /// Print one JSON object instead of the report.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: BisectArgs) -> Result<u8> {
    let found = fixcheck::collect(std::slice::from_ref(&a.file))?;
    let Some(case) = found.cases.first() else {
        return Err(exit::usage(format!(
            "{}: not a reproducer or crash directory{}",
            a.file.display(),
            found
                .skipped
                .first()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default()
        )));
    };
    if !a.src.join(".git").exists() && !a.src.join("HEAD").is_file() {
        return Err(exit::usage(format!(
            "{}: not a git checkout",
            a.src.display()
        )));
    }
    let plain = match &a.plain {
        Some(p) => Some(
            std::fs::read_to_string(p)
                .map_err(|e| exit::usage(format!("cannot read {}: {e}", p.display())))?,
        ),
        None => fixcheck::plain_twin(case).map(|(_, t)| t),
    };
    let home = home()?;
    let opts = Options {
        home: &home,
        src: &a.src,
        good: a.good.clone(),
        bad: a.bad.clone(),
        fixed: a.fixed,
        runs: usize::from(a.runs),
        mem_limit: a.mem_limit.bytes(),
        plain,
    };
    let out = bisect::bisect(case, &opts, &mut |m| progress(m))?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        let what = if a.fixed { "first fixed" } else { "first bad" };
        match &out.first {
            Some(s) => println!("{what} commit: {} {}", s.commit, s.subject),
            None => {
                println!(
                    "{what} commit is one of {} (commits between could not be built):",
                    out.candidates.len()
                );
                for c in &out.candidates {
                    println!("  {} {}", c, bisect::subject(&a.src, c));
                }
            }
        }
        let built = out
            .steps
            .iter()
            .filter(|s| s.state != State::Skipped)
            .count();
        println!(
            "{} commit(s) in the range, {} tested ({} by the plain reproducer on an ASan build), {} skipped; judged by {}",
            out.commits,
            built,
            out.plain_judged,
            out.steps.len() - built,
            out.root_cause
                .as_deref()
                .map(|k| format!("root cause {k}"))
                .unwrap_or_else(|| format!("signature {}", out.signatures.join(", ")))
        );
    }
    Ok(if out.first.is_some() {
        exit::OK
    } else {
        exit::BUG
    })
}
