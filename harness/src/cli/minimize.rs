//! `gcstress minimize FILE|CRASHDIR`: shrink a failing program and its
//! schedule to a small reproducer with the same signature (see `reduce/`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::Args;
use serde_json::json;

use crate::cli::exit;
use crate::cli::{default_jobs, ensure_vm, progress, stderr_is_tty, RunFlags};
use crate::reduce::{self, Minimized, Options, Progress};
use crate::repro;
use crate::request::{self, RunRequest};

#[derive(Debug, Args)]
pub struct MinimizeArgs {
    /// A Ruby file, or a hunt crash directory (`OUT/crashes/<signature>/` holding
    /// `repro.rb`, whose `# gcstress:` header names vm, schedule and signature,
    /// and `outcome.json`), or a `gc_alias` fuzz input (see `exec`): then
    /// FILE.rb gets the whole program as a standalone reproducer, FILE.min.rb
    /// the minimized one.
    pub file: PathBuf,
    /// Treat FILE as a `gc_alias` fuzz input wherever it lives.
    #[arg(long)]
    pub fuzz_input: bool,
    #[command(flatten)]
    pub run: RunFlags,
    /// Where to write the reproducer. Default: FILE.min.rb beside FILE
    /// (min.rb in a crash directory). The plain form goes to NAME.plain.rb.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Variants tested at once, each on its own VM worker.
    #[arg(long, value_name = "N", default_value_t = default_jobs())]
    pub jobs: usize,
    /// Stop reducing after this long and write the best so far (e.g. 60s, 5m).
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration)]
    pub time_limit: Option<Duration>,
    /// The signature to keep. Default: the header's (or outcome.json's), else
    /// the bug the input shows most often.
    #[arg(long, value_name = "SIG")]
    pub signature: Option<String>,
    /// Do not try the plain form on the VM's stock `mruby`.
    #[arg(long)]
    pub no_plain: bool,
    /// Print one JSON object instead of the report.
    #[arg(long)]
    pub json: bool,
}

/// Where the minimized reproducer goes by default: `min.rb` in a crash
/// directory, `NAME.min.rb` beside a fuzz input, else `STEM.min.rb` beside FILE.
fn default_out(req: &RunRequest) -> PathBuf {
    if let Some(d) = &req.dir {
        return d.join("min.rb");
    }
    let p = &req.path;
    if req.fuzz.is_some() {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "artifact".into());
        return p.with_file_name(format!("{name}.min.rb"));
    }
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "program".into());
    p.with_file_name(format!("{stem}.min.rb"))
}

fn plain_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "min.rb".into());
    let base = name.strip_suffix(".rb").unwrap_or(&name);
    out.with_file_name(format!("{base}.plain.rb"))
}

/// A progress line on stderr: rewritten in place on a terminal, every few
/// seconds otherwise.
fn progress_line(original_lines: usize) -> impl FnMut(&Progress) {
    let tty = stderr_is_tty();
    let every = if tty {
        Duration::from_millis(100)
    } else {
        Duration::from_secs(5)
    };
    let mut last = Instant::now();
    move |p: &Progress| {
        if last.elapsed() < every {
            return;
        }
        last = Instant::now();
        let line = format!(
            "gcstress: minimize: {original_lines} -> {} lines, {} bytes, schedule {} | {} tests ({} cached) | {} | {:.1}s",
            p.size.lines,
            p.size.bytes,
            p.best.schedule,
            p.stats.tests,
            p.stats.cache_hits,
            p.reducer,
            p.elapsed.as_secs_f64()
        );
        if tty {
            eprint!("\r\x1b[K{line}");
        } else {
            eprintln!("{line}");
        }
    }
}

/// The run `minimize` starts from: its FILE (or crash directory) and flags.
pub(super) fn load(a: &MinimizeArgs) -> Result<RunRequest> {
    request::load_with(&a.file, &a.run, a.fuzz_input, &mut |m| progress(m))
}

pub fn run(a: MinimizeArgs) -> Result<u8> {
    if a.jobs == 0 {
        return Err(exit::usage("--jobs must be at least 1"));
    }
    let mut req = load(&a)?;
    let out = a.out.clone().unwrap_or_else(|| default_out(&req));
    if req.fuzz.is_some() {
        // the whole program first, as a reproducer of its own (FILE.rb),
        // minimized under that name
        let name = req
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "artifact".into());
        let full = req.path.with_file_name(format!("{name}.rb"));
        std::fs::write(&full, &req.program)
            .with_context(|| format!("cannot write {}", full.display()))?;
        progress(&format!("wrote {} (the whole program)", full.display()));
        req.filename = format!("{name}.rb");
    }
    let program = req.utf8()?.to_string();
    let vm = req.vm().to_string();
    let signature = a.signature.clone().or(req.header.signature.clone());
    let filename = req.filename.clone();

    let install = ensure_vm(&vm)?;
    let original_lines = program.lines().filter(|l| !l.trim().is_empty()).count();
    let show_progress = !a.json || stderr_is_tty();
    let opts = Options {
        install: &install,
        program: program.clone(),
        filename,
        run: req.spec(&install)?,
        signature,
        jobs: a.jobs,
        time_limit: a.time_limit,
        plain: !a.no_plain,
        progress: show_progress
            .then(|| Box::new(progress_line(original_lines)) as Box<reduce::helper::ProgressFn>),
    };
    let m = reduce::minimize(opts)?;
    if show_progress && stderr_is_tty() {
        eprintln!();
    }
    let text = m.render();
    std::fs::write(&out, &text).with_context(|| format!("cannot write {}", out.display()))?;
    let plain_out = plain_path(&out);
    if let Some(p) = &m.plain {
        std::fs::write(&plain_out, p.render(&m))
            .with_context(|| format!("cannot write {}", plain_out.display()))?;
    }
    report(&a, &m, &out, &plain_out, &text)?;
    Ok(exit::OK)
}

fn report(a: &MinimizeArgs, m: &Minimized, out: &Path, plain_out: &Path, text: &str) -> Result<()> {
    if a.json {
        let v = json!({
            "input": a.file,
            "out": out,
            "plain_out": m.plain.as_ref().map(|_| plain_out),
            "plain_rate": m.plain.as_ref().map(|p| p.rate.to_string()),
            "plain_note": m.plain_note,
            "vm": m.vm,
            "signature": m.signature,
            "kind": m.kind,
            "schedule": {"original": m.original.schedule.to_string(), "final": m.minimized.schedule.to_string()},
            "original_size": m.original_size,
            "final_size": m.final_size,
            "original_rate": m.original_rate.to_string(),
            "flaky": m.flaky(),
            "reproduced": m.reproduced.to_string(),
            "tests": m.stats.tests,
            "cache_hits": m.stats.cache_hits,
            "parse_rejects": m.stats.parse_rejects,
            "rounds": m.rounds,
            "timed_out": m.stats.timed_out,
            "env_error": m.env_error,
            "seconds": m.elapsed.as_secs_f64(),
            "jobs": a.jobs,
        });
        println!("{v}");
        return Ok(());
    }
    let _ = std::io::stdout().write_all(text.as_bytes());
    if m.flaky() {
        progress(&format!(
            "warning: the input is flaky: {} in {} runs; each variant needed a majority of 5 retries",
            m.signature, m.original_rate
        ));
    }
    if let Some(e) = &m.env_error {
        progress(&format!("warning: some variants could not run: {e}"));
    }
    if m.stats.timed_out {
        progress("warning: the time limit ran out; this is the best so far, not a fixpoint");
    }
    progress(&format!(
        "wrote {}: {} -> {} lines, {} -> {} bytes, schedule {} -> {}; {} tests ({} cached) in {:.1}s with {} jobs",
        out.display(),
        m.original_size.lines,
        m.final_size.lines,
        m.original_size.bytes,
        m.final_size.bytes,
        m.original.schedule,
        m.minimized.schedule,
        m.stats.tests,
        m.stats.cache_hits,
        m.elapsed.as_secs_f64(),
        a.jobs
    ));
    progress(&format!(
        "{} reproduces {} in {} runs on {}",
        out.display(),
        m.signature,
        m.reproduced,
        m.vm
    ));
    match (&m.plain, &m.plain_note) {
        (Some(p), _) => progress(&format!(
            "wrote {}: the stock {} dies by {} in {} runs",
            plain_out.display(),
            p.binary.display(),
            p.signal,
            p.rate
        )),
        (None, Some(note)) => progress(&format!("no plain form: {note}")),
        (None, None) => {}
    }
    progress(&format!("Reproduce with: gcstress exec {}", out.display()));
    Ok(())
}
