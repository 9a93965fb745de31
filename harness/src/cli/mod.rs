//! The command line: one file per subcommand. No VM calls, no unsafe: each
//! subcommand parses its flags, then calls the library.

mod artifact;
mod bench;
mod bisect;
mod exec;
mod generate;
pub(crate) mod hunt;
mod known;
mod minimize;
mod mutants;
mod nightly;
mod record;
mod replay;
mod report;
mod specs;
mod trace;
mod triage;
mod vm;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use gcstress_vm::{Home, Install, Schedule};

use crate::exit;

/// gcstress: find, record and shrink garbage-collector timing bugs in mruby and Artichoke.
///
/// Programs run on real, unmodified VMs (built from Debian's packages into
/// $GCSTRESS_HOME) under exact, replayable GC schedules: a minor GC here, a
/// full GC there, every N allocations, inside a failed malloc.
///
/// Exit codes: 0 no bug signal, 1 environment failure, 2 usage or bad input,
/// 3 bug signal.
#[derive(Debug, Parser)]
#[command(name = "gcstress", version, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Generate programs and run them under GC schedules until bugs turn up.
    Hunt(hunt::HuntArgs),
    /// Run one Ruby program on a VM under a GC schedule and judge the outcome.
    Exec(exec::ExecArgs),
    /// Print generated programs (what hunt runs), by seed.
    Generate(generate::GenerateArgs),
    /// List, fetch, locate or add VMs.
    #[command(subcommand)]
    Vm(vm::VmCommand),
    /// The nightly campaign: regression replay, hunts, mutants; results.json, junit.xml, summary.md.
    Nightly(nightly::NightlyArgs),
    /// Barrier mutation score: drop each write-barrier call site in turn and hunt.
    Mutants(mutants::MutantsArgs),
    /// Measure programs/s through the executor against the raw in-process loop.
    Bench(bench::BenchArgs),
    /// Shrink a failing program and its schedule to a small reproducer.
    Minimize(minimize::MinimizeArgs),
    /// Run a program under recording: write RUN.gcrec (every allocation, GC, free, barrier, crash).
    Record(record::RecordArgs),
    /// Re-run a recording and check the event stream is the same; stop at an event, or under gdb.
    Replay(replay::ReplayArgs),
    /// The life story of a slot or an object in a recording.
    Trace(trace::TraceArgs),
    /// Run ruby/spec-style files under GC schedules; minimize what breaks.
    Specs(specs::SpecsArgs),
    /// The known-bug list (what hunt, specs and nightly report as known), and
    /// the root cause of a reproducer (`--derive`).
    Known(known::KnownArgs),
    /// Fix checks: re-run finds and reproducers on two VMs (A: --vm, B:
    /// --against) and say per root cause what B does: fixed, still fails,
    /// changes signature, newly fails, passes on both. Exit 3 if something
    /// newly fails on B.
    Triage(triage::TriageArgs),
    /// Which commit of a VM's git history introduced (or, with --fixed, fixed) a reproducer's bug:
    /// each commit built as a VM of its own, judged by the reproducer's root cause
    Bisect(bisect::BisectArgs),
    /// An upstream-ready report.md for a find: which provisioned VMs fail, the plain
    /// reproducer and the stock binary's output, the ASan excerpt, the recording's
    /// story, the bisected commit, the patch that fixes it
    Report(report::ReportArgs),
}

/// Which VM to run on.
#[derive(Debug, Clone, Args)]
pub struct VmArg {
    /// VM id (see `gcstress vm list`); fetched and built on first use.
    /// Default: mruby-3.3.0 (for a reproducer file: the VM its header names).
    #[arg(long, value_name = "ID")]
    pub vm: Option<String>,
}

/// The GC schedule.
#[derive(Debug, Clone, Args)]
pub struct ScheduleArg {
    /// GC schedule, comma-separated: none, minor@N, full@N, step@N, mark@N,
    /// minor%N, full%N, step%N, mark%N, mallocfail@N, mallocfail%N, gen=on|off,
    /// step_ratio=N, interval_ratio=N. `@N`: at the N-th object allocation;
    /// `%N`: every N allocations (for mallocfail: mallocs made while the
    /// program's code runs, not while it is parsed and compiled).
    #[arg(long, value_name = "SPEC", value_parser = parse_schedule)]
    pub schedule: Option<Schedule>,
}

fn parse_schedule(s: &str) -> Result<Schedule, String> {
    s.parse::<Schedule>().map_err(|e| e.to_string())
}

/// A reader that closed stdout early (`gcstress hunt --json | head -3`):
/// end quietly with 128 + SIGPIPE, as Unix tools do, instead of a panic in
/// whichever thread printed next. SIGPIPE itself stays ignored (Rust's
/// default), since the harness writes to its workers over pipes and a worker
/// that died must not take the harness with it.
fn quiet_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.starts_with("failed printing to stdout") && msg.contains("Broken pipe") {
            std::process::exit(141);
        }
        default(info);
    }));
}

pub fn main() -> ExitCode {
    quiet_on_closed_stdout();
    let cli = Cli::parse();
    let res = match cli.command {
        Command::Hunt(a) => hunt::run(a),
        Command::Exec(a) => exec::run(a),
        Command::Generate(a) => generate::run(a),
        Command::Vm(c) => vm::run(c),
        Command::Bench(a) => bench::run(a),
        Command::Mutants(a) => mutants::run(a),
        Command::Nightly(a) => nightly::run(a),
        Command::Minimize(a) => minimize::run(a),
        Command::Record(a) => record::run(a),
        Command::Replay(a) => replay::run(a),
        Command::Trace(a) => trace::run(a),
        Command::Specs(a) => specs::run(a),
        Command::Known(a) => known::run(a),
        Command::Triage(a) => triage::run(a),
        Command::Bisect(a) => bisect::run(a),
        Command::Report(a) => report::run(a),
    };
    match res {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("gcstress: error: {e:#}");
            ExitCode::from(exit::code_for(&e))
        }
    }
}

/// Progress lines go to stderr, prefixed, so stdout stays for results.
pub fn progress(msg: &str) {
    eprintln!("gcstress: {msg}");
}

pub fn home() -> anyhow::Result<Home> {
    Home::from_env()
}

/// Make sure a VM is there (fetching and building it on first use).
pub fn ensure_vm(id: &str) -> anyhow::Result<Install> {
    let home = home()?;
    gcstress_vm::ensure(&home, id, &mut |m: &str| progress(m))
}

/// The repository's corpus directory (next to the harness crate), if present.
pub fn repo_corpus() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("corpus")
}

/// Run ruby/spec files for the nightly on each VM under the default schedule
/// set; the per-schedule totals and the finds go into results.json.
pub fn specs_hook(
    paths: &[std::path::PathBuf],
    vms: &[String],
    out: &std::path::Path,
    known: std::sync::Arc<crate::triage::known::KnownList>,
) -> anyhow::Result<Option<serde_json::Value>> {
    let files = specs::collect_files(paths)?;
    let mut per_vm = serde_json::Map::new();
    for vm in vms {
        let install = ensure_vm(vm)?;
        let opts = crate::specs::Options {
            install: &install,
            files: files.clone(),
            schedules: crate::specs::schedules::default_set(),
            jobs: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            timeout: std::time::Duration::from_secs(10),
            mem_limit: 1 << 30,
            verify: false,
            out: out.join(vm),
            minimize: Some(std::time::Duration::from_secs(60)),
            known: known.clone(),
        };
        let report = crate::specs::run(&opts, &|_e| {})?;
        progress(&format!(
            "specs on {vm}: {} file(s), {} bug signal(s)",
            report.files.len(),
            report.finds.len()
        ));
        per_vm.insert(vm.clone(), serde_json::to_value(&report)?);
    }
    Ok(Some(serde_json::Value::Object(per_vm)))
}

pub fn stderr_is_tty() -> bool {
    std::io::stderr().is_terminal()
}
