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

    if let Some(pe) = &outcome.parse_error {
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
    if outcome.outcome == Kind::Error {
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
        use std::io::Write;
        let _ = std::io::stdout().write_all(&outcome.stdout);
        let _ = std::io::stderr().write_all(&outcome.stderr);
        eprint!("{}", run::human_report(&outcome, &vm, &schedule));
    }
    let _ = judge::output_tails;
    if let Some(out) = &a.save_repro {
        let sig = outcome
            .outcome
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
    Ok(if outcome.outcome.is_bug() {
        exit::BUG
    } else {
        exit::OK
    })
}
