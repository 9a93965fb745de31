//! `gcstress bench`: programs/s through the executor next to the raw
//! in-process loop on the same VM, then generated programs as `hunt` runs
//! them (the measuring is `crate::bench`).

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::bench::{self, BENCH_PROGRAM};
use crate::cli::exit;
use crate::cli::{ensure_vm, progress, VmArg};

#[derive(Debug, Args)]
pub struct BenchArgs {
    #[command(flatten)]
    pub vm: VmArg,
    /// Programs per measurement.
    #[arg(long, default_value_t = 2000)]
    pub runs: u64,
    /// Generated programs per hunt-like measurement (seeds 0..N, the same
    /// programs every time; 0 skips it).
    #[arg(long, default_value_t = 1000)]
    pub generated: u64,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: BenchArgs) -> Result<u8> {
    let vm =
        a.vm.vm
            .clone()
            .unwrap_or_else(|| gcstress_vm::DEFAULT_VM.to_string());
    let install = ensure_vm(&vm)?;
    let b = bench::bench(&install, a.runs, a.generated, &mut |m| {
        if !a.json {
            progress(m)
        }
    })?;
    let (raw_rate, ex_rate, ratio) = (
        b.raw_programs_per_s,
        b.executor_programs_per_s,
        b.overhead_ratio,
    );
    if a.json {
        let g = b.generated.as_ref().map(|g| {
            json!({"programs": g.programs, "mean_lines": g.mean_lines, "programs_per_s": g.programs_per_s,
                   "verified_programs_per_s": g.verified_programs_per_s, "verifier_checks_per_program": g.verifier_checks_per_program,
                   "programs_per_cpu_s": g.programs_per_cpu_s, "verified_programs_per_cpu_s": g.verified_programs_per_cpu_s,
                   "forked_verified_programs_per_s": g.forked_verified_programs_per_s,
                   "forked_verified_programs_per_cpu_s": g.forked_verified_programs_per_cpu_s})
        });
        println!(
            "{}",
            json!({"vm": vm, "runs": a.runs, "raw_programs_per_s": raw_rate, "executor_programs_per_s": ex_rate,
                   "overhead_ratio": ratio, "not_ok": b.not_ok, "generated": g})
        );
    } else {
        println!(
            "vm {vm}: {} runs of a {}-line program",
            a.runs,
            BENCH_PROGRAM.lines().count()
        );
        println!("  raw in-process loop (open VM + load + close):  {raw_rate:>8.0} programs/s");
        println!("  executor (fork server's runner, judged):       {ex_rate:>8.0} programs/s");
        println!("  executor overhead: {ratio:.2}x the raw loop (target <= 2x; >= 1000 programs/s per core)");
        if let Some(g) = &b.generated {
            println!(
                "generated programs (seeds 0..{}, {:.0} lines on average, with their schedules), as hunt runs them:",
                a.generated, g.mean_lines
            );
            println!(
                "  without the verifier (--no-verify):            {:>8.0} programs/s, {:>5.0} per CPU second",
                g.programs_per_s, g.programs_per_cpu_s
            );
            println!(
                "  with the verifier (hunt's default):            {:>8.0} programs/s, {:>5.0} per CPU second ({:.1} heap checks per program)",
                g.verified_programs_per_s, g.verified_programs_per_cpu_s, g.verifier_checks_per_program
            );
            println!(
                "  with the verifier, a fork per program:         {:>8.0} programs/s, {:>5.0} per CPU second (the runner: {:.2}x)",
                g.forked_verified_programs_per_s,
                g.forked_verified_programs_per_cpu_s,
                g.verified_programs_per_cpu_s / g.forked_verified_programs_per_cpu_s.max(f64::MIN_POSITIVE)
            );
            println!("  (per CPU second: programs/s per fully used core, whatever else the machine runs)");
        }
    }
    if b.not_ok > 0 {
        eprintln!("gcstress: warning: {} bench runs did not end ok", b.not_ok);
    }
    Ok(exit::OK)
}
