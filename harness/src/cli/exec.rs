//! `gcstress exec FILE`: run one program and judge it.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use crate::cli::exit;
use crate::cli::{ensure_vm, progress, RunFlags};
use crate::judge::{self, Kind};
use crate::request::{self, RunRequest};
use crate::run;

#[derive(Debug, Args)]
pub struct ExecArgs {
    /// The Ruby program (its `# gcstress:` header may set vm, schedule, timeout),
    /// or a `gc_alias` fuzz input (a file under `fuzz/artifacts/gc_alias/` or
    /// any binary file): run as the program and schedule it stands for, on
    /// `--vm`, else `$GCSTRESS_VM`, else the default VM.
    pub file: PathBuf,
    /// Treat FILE as a `gc_alias` fuzz input wherever it lives.
    #[arg(long)]
    pub fuzz_input: bool,
    /// Also write the program as a standalone reproducer (header and Ruby) to this file.
    #[arg(long, value_name = "OUT")]
    pub save_repro: Option<PathBuf>,
    #[command(flatten)]
    pub run: RunFlags,
    /// Print one JSON object instead of the report.
    #[arg(long)]
    pub json: bool,
    /// How much of the program's own output to print: `screen` (default: all
    /// of it when short, else its first and last 2 KiB with what was left
    /// out said in one line) or `full` (everything the worker kept: the first
    /// and last 256 KiB of each stream).
    #[arg(long, value_name = "HOW", default_value = "screen", value_parser = ["screen", "full"])]
    pub output: String,
}

/// The run `exec` makes of its FILE and flags.
pub(super) fn load(a: &ExecArgs) -> Result<RunRequest> {
    request::load_with(&a.file, &a.run, a.fuzz_input, &mut |m| progress(m))
}

pub fn run(a: ExecArgs) -> Result<u8> {
    let req = load(&a)?;
    let vm = req.vm().to_string();
    let schedule = req.settings.schedule.clone();
    let install = ensure_vm(&vm)?;
    let outcome = req.run(&install)?;

    if let Some(pe) = outcome.evidence.parse_error() {
        let msg = format!(
            "{}:{}:{}: {}",
            a.file.display(),
            pe.line,
            pe.column,
            pe.message
        );
        if a.json {
            println!(
                "{}",
                serde_json::to_string(&run::json_report(&outcome, &vm, &schedule))?
            );
        }
        return Err(exit::usage(msg));
    }
    if outcome.kind() == Kind::Error {
        if a.json {
            println!(
                "{}",
                serde_json::to_string(&run::json_report(&outcome, &vm, &schedule))?
            );
        }
        return Err(exit::usage(format!("{vm}: {}", outcome.summary)));
    }
    if a.json {
        let mut j = run::json_report(&outcome, &vm, &schedule);
        j["call_sites"] = run::call_sites(&outcome, &install.worker);
        println!("{}", serde_json::to_string(&j)?);
    } else {
        let full = a.output == "full";
        let (out_total, err_total) = outcome.output_totals;
        print_stream(
            &mut std::io::stdout(),
            "stdout",
            &outcome.stdout,
            out_total,
            full,
        );
        print_stream(
            &mut std::io::stderr(),
            "stderr",
            &outcome.stderr,
            err_total,
            full,
        );
        eprint!("{}", run::human_report(&outcome, &vm, &schedule));
    }
    let _ = judge::output_tails;
    if let Some(out) = &a.save_repro {
        let sig = outcome
            .kind()
            .is_bug()
            .then_some(outcome.signature.as_str());
        std::fs::write(out, req.reproducer(sig))
            .with_context(|| format!("cannot write {}", out.display()))?;
        progress(&format!(
            "wrote {}; Reproduce with: gcstress exec {}",
            out.display(),
            out.display()
        ));
    }
    Ok(if outcome.kind().is_bug() {
        exit::BUG
    } else {
        exit::OK
    })
}

/// What `exec` shows of a program's output by default: all of it up to 4 KiB.
const SCREEN: usize = 4 << 10;

/// Print what was kept of one stream: everything with `full`, else at most
/// its first and last `SCREEN / 2` bytes, with one line saying how much of
/// the `total` the program wrote is not shown.
fn print_stream(w: &mut dyn std::io::Write, name: &str, kept: &[u8], total: u64, full: bool) {
    let total = total.max(kept.len() as u64);
    let head_kept = gcstress_vm::protocol::OUTPUT_HEAD.min(kept.len());
    let (head, tail): (&[u8], &[u8]) = if full && total > kept.len() as u64 {
        // the worker's head and tail, with the gap between them said
        (&kept[..head_kept], &kept[head_kept..])
    } else if full || kept.len() <= SCREEN {
        (kept, &[])
    } else {
        (&kept[..SCREEN / 2], &kept[kept.len() - SCREEN / 2..])
    };
    let _ = w.write_all(head);
    let shown = (head.len() + tail.len()) as u64;
    if shown < total {
        let how = if full {
            "the worker keeps the first and last 256 KiB of each stream"
        } else {
            "--output full shows the first and last 256 KiB"
        };
        let _ = write!(
            w,
            "\n[gcstress: {} of {} bytes of the program's {name} not shown; {how}]\n",
            total - shown,
            total
        );
    }
    let _ = w.write_all(tail);
}
