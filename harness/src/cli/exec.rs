//! `gcstress exec FILE`: run one program and judge it.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;

use crate::cli::{artifact, ensure_vm, progress, ScheduleArg, VmArg};
use crate::exit;
use crate::judge::{self, Kind};
use crate::repro;
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
    pub vm: VmArg,
    #[command(flatten)]
    pub schedule: ScheduleArg,
    /// Give up on the program after this long (e.g. 500ms, 10s, 2m).
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration)]
    pub timeout: Option<Duration>,
    /// Memory the VM may take through its allocator (e.g. 512M, 2G).
    #[arg(long, value_name = "SIZE", value_parser = repro::parse_size, default_value = "2G")]
    pub mem_limit: u64,
    /// Run the heap verifier after each forced GC.
    #[arg(long)]
    pub verify: bool,
    /// Run the heap verifier after every GC, forced or run by the VM itself.
    #[arg(long)]
    pub verify_all: bool,
    /// Do not run the heap verifier, even if the file's header asks for it.
    #[arg(long, conflicts_with_all = ["verify", "verify_all"])]
    pub no_verify: bool,
    /// Differential oracle: also run without forced GCs; a difference in output or exception is a bug signal.
    #[arg(long)]
    pub diff: bool,
    /// Run on a barrier mutant: drop the write-barrier calls made from this VM function.
    #[arg(long, value_name = "FUNCTION")]
    pub mutant: Option<String>,
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

pub fn run(a: ExecArgs) -> Result<u8> {
    let mut source = std::fs::read(&a.file)
        .with_context(|| format!("cannot read {}", a.file.display()))
        .map_err(|e| exit::usage(format!("{e:#}")))?;
    let artifact = artifact::load(&a.file, &source, a.vm.vm.as_deref(), a.fuzz_input)?;
    if let Some(art) = &artifact {
        source = art.text.clone().into_bytes();
    }
    let header = repro::parse_header(&String::from_utf8_lossy(&source))
        .map_err(|e| exit::usage(format!("{}: header {e}", a.file.display())))?;
    let settings = header.settings(&repro::Flags {
        vm: a.vm.vm.clone(),
        schedule: a.schedule.schedule.clone(),
        timeout: a.timeout,
        verify: repro::VerifyFlag::from_flags(a.no_verify, a.verify_all, a.verify),
        diff: a.diff,
        mutant: a.mutant.clone(),
    });
    let vm = settings.vm_or_default();
    let schedule = settings.schedule.clone();
    let install = ensure_vm(&vm)?;
    let filename = match &artifact {
        // as the fuzz target named it
        Some(_) => crate::fuzz::FILENAME.to_string(),
        None => a
            .file
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_else(|| "program.rb".into()),
    };
    let spec = settings.run_spec(&install, a.mem_limit)?;
    let mut ex = crate::exec::Executor::new(&install)?;
    let outcome = run::run_spec(&mut ex, &source, &filename, &spec)?;

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
        let text = match &artifact {
            Some(art) => art.repro(sig).into_bytes(),
            None => source.clone(),
        };
        std::fs::write(out, text).with_context(|| format!("cannot write {}", out.display()))?;
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
