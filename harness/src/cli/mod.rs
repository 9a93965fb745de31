//! The command line: one file per subcommand. No VM calls, no unsafe: each
//! subcommand parses its flags, then calls the library.

mod bench;
mod bisect;
mod coverage;
mod exec;
pub mod exit;
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

use clap::{Parser, Subcommand};
use gcstress_vm::{Home, Install};

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
    /// Which of a VM's C code the inputs reach (on its gcc --coverage build):
    /// lines, branches and functions per file, and the GC-relevant functions
    /// (barrier, allocation, collection) never reached; several input sets
    /// (a hunt's corpus, mruby's own tests, ruby/spec files) side by side
    Coverage(coverage::CoverageArgs),
}

pub use crate::request::{default_jobs, RunFlags, ScheduleArg, VmArg};

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
        Command::Coverage(a) => coverage::run(a),
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
    crate::request::ensure_vm(id, &mut |m: &str| progress(m))
}

/// The repository's corpus directory (next to the harness crate), if present.
pub fn repo_corpus() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("corpus")
}

pub fn stderr_is_tty() -> bool {
    std::io::stderr().is_terminal()
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::time::Duration;

    use clap::Parser;

    use super::{Cli, Command};
    use crate::reduce::{Candidate, Minimized, Rate, Size};
    use crate::request::{RunRequest, DEFAULT_MEM_LIMIT};
    use crate::run::Verify;

    /// A minimizer's result with every setting a header can carry.
    fn minimized() -> Minimized {
        let program = "a = []\na.push(*a)\n".to_string();
        let c = |schedule: &str| Candidate {
            program: program.clone(),
            schedule: schedule.parse().unwrap(),
        };
        let rate = Rate { hits: 5, runs: 5 };
        Minimized {
            vm: "mruby-3.3.0".into(),
            signature: "crash:mrb_gc_mark|crash:gc_mark_children".into(),
            kind: crate::judge::Kind::Crash,
            filename: "repro.rb".into(),
            original: c("minor%3,full%50,gen=off"),
            minimized: c("minor%7,gen=off"),
            original_size: Size::of(&c("minor%3,full%50,gen=off")),
            final_size: Size::of(&c("minor%7,gen=off")),
            original_rate: rate,
            reproduced: rate,
            timeout: Duration::from_millis(1500),
            verify: Some(Verify::All),
            diff: true,
            mutant: Some("mrb_env_unshare".into()),
            cap_forced: true,
            stats: Default::default(),
            rounds: 1,
            elapsed: Duration::from_secs(1),
            plain: None,
            plain_note: None,
            env_error: None,
        }
    }

    fn parse(argv: &[&str]) -> Command {
        Cli::try_parse_from(argv).unwrap().command
    }

    fn exec_loads(file: &Path, flags: &[&str]) -> RunRequest {
        let mut argv = vec!["gcstress", "exec", file.to_str().unwrap()];
        argv.extend(flags);
        let Command::Exec(a) = parse(&argv) else {
            unreachable!()
        };
        super::exec::load(&a).unwrap()
    }

    fn record_loads(file: &Path) -> RunRequest {
        let Command::Record(a) = parse(&["gcstress", "record", file.to_str().unwrap()]) else {
            unreachable!()
        };
        super::record::load(&a).unwrap()
    }

    fn minimize_loads(file: &Path) -> RunRequest {
        let Command::Minimize(a) = parse(&["gcstress", "minimize", file.to_str().unwrap()]) else {
            unreachable!()
        };
        super::minimize::load(&a).unwrap()
    }

    /// Acceptance test of the run-request layer: the header `minimize`
    /// writes, read back by the loaders of `exec`, `record` and `nightly`
    /// (and `minimize` itself), is one and the same run: schedule, verify,
    /// timeout, memory limit, mutant, diff, cap_forced, VM, program, file name.
    #[test]
    fn a_minimized_header_is_the_same_run_for_exec_record_and_nightly() {
        let m = minimized();
        let d = tempfile::tempdir().unwrap();
        let file = d.path().join("repro.min.rb");
        std::fs::write(&file, m.render()).unwrap();

        let exec = exec_loads(&file, &[]);
        let s = &exec.settings;
        assert_eq!(exec.vm(), "mruby-3.3.0");
        assert_eq!(s.schedule.to_string(), "minor%7,gen=off");
        assert_eq!(s.verify, Some(Verify::All));
        assert_eq!(s.timeout, Duration::from_millis(1500));
        assert_eq!(exec.mem_limit, DEFAULT_MEM_LIMIT);
        assert_eq!(s.mutant.as_deref(), Some("mrb_env_unshare"));
        assert!(s.diff && s.cap_forced);
        assert_eq!(exec.header.signature.as_deref(), Some(m.signature.as_str()));
        assert_eq!(exec.header.format, Some(crate::repro::FORMAT));
        assert_eq!(exec.filename, "repro.min.rb");
        assert!(exec.text().ends_with(&m.minimized.program));

        assert_eq!(record_loads(&file), exec, "record");
        assert_eq!(minimize_loads(&file), exec, "minimize");
        // the nightly replays a regression file on each VM of its expect=
        let nightly = crate::nightly::regression_request(&file).unwrap();
        assert_eq!(nightly.on_vm("mruby-3.3.0"), exec, "nightly");
        assert_eq!(
            nightly.on_vm("mruby-2.1.2").settings,
            exec_loads(&file, &["--vm", "mruby-2.1.2"]).settings
        );
        // triage, bisect and report collect the same request
        let found = crate::triage::fixcheck::collect(std::slice::from_ref(&file)).unwrap();
        assert!(
            found.cases.is_empty(),
            "a barrier mutant's find is left out"
        );
        let plain = Minimized {
            mutant: None,
            ..minimized()
        };
        let file2 = d.path().join("plain.min.rb");
        std::fs::write(&file2, plain.render()).unwrap();
        let found = crate::triage::fixcheck::collect(std::slice::from_ref(&file2)).unwrap();
        assert_eq!(found.cases[0].repro, exec_loads(&file2, &[]), "triage");

        // and the flags still win, item by item
        let flagged = exec_loads(
            &file,
            &[
                "--no-verify",
                "--timeout",
                "3s",
                "--mem-limit",
                "512M",
                "--schedule",
                "full@2",
            ],
        );
        assert_eq!(flagged.settings.verify, None);
        assert_eq!(flagged.settings.timeout, Duration::from_secs(3));
        assert_eq!(flagged.mem_limit, 512 << 20);
        assert_eq!(flagged.settings.schedule.to_string(), "full@2,gen=off");
        assert_eq!(flagged.settings.mutant, exec.settings.mutant);
    }

    #[test]
    fn record_refuses_the_differential_oracle_as_bad_input() {
        let Command::Record(a) = parse(&["gcstress", "record", "x.rb", "--diff"]) else {
            unreachable!()
        };
        let e = super::record::load(&a).unwrap_err();
        assert_eq!(super::exit::code_for(&e), super::exit::USAGE);
        assert!(e.to_string().contains("--diff"), "{e}");
    }

    #[test]
    fn one_default_for_jobs() {
        let Command::Minimize(a) = parse(&["gcstress", "minimize", "x.rb"]) else {
            unreachable!()
        };
        assert_eq!(a.jobs, super::default_jobs());
    }
}
