//! `gcstress bench`: programs/s through the executor next to the raw
//! in-process loop (`mrb_open` + load + `mrb_close`) on the same VM, then
//! what `hunt` runs: the same fixed set of generated programs (seeds 0..N,
//! with their schedules) with and without the heap verifier.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::Args;
use serde_json::json;

use crate::cli::{ensure_vm, VmArg};
use crate::exec::Executor;
use crate::exit;
use crate::generate::{introspect, program_for_seed, GenConfig};
use crate::lift;
use crate::run::{self, RunSpec, Verify};

/// A ~20-line program typical of what `hunt` generates.
pub const BENCH_PROGRAM: &str = r#"class Widget
  attr_accessor :name, :parts
  def initialize(name)
    @name = name
    @parts = []
  end
  def add(x)
    @parts << x
    self
  end
end
w = Widget.new("w")
5.times { |i| w.add("part#{i}") }
h = { a: 1, b: [1, 2, 3] }
class << w
  def shout; name.upcase; end
end
w.singleton_class.send(:alias_method, :yell, :shout)
s = w.yell + w.parts.join(",")
pr = proc { |x| x * 2 }
r = [1, 2, 3].map(&pr)
"#;

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

/// Programs/s for generated programs run as `hunt` runs them.
struct GenRates {
    lines: f64,
    verified: f64,
    unverified: f64,
    checks_per_program: f64,
}

fn bench_generated(ex: &mut Executor, install: &gcstress_vm::Install, n: u64) -> Result<GenRates> {
    let catalog = introspect::catalog(install)?;
    let cfg = GenConfig {
        mark: true,
        ..GenConfig::default()
    };
    let programs: Vec<_> = (0..n)
        .map(|seed| {
            let p = program_for_seed(&catalog, seed, &cfg);
            (lift::lift(&p), p.schedule)
        })
        .collect();
    let lines = programs
        .iter()
        .map(|(t, _)| t.lines().count() as f64)
        .sum::<f64>()
        / n.max(1) as f64;
    // programs/s and heap checks per program
    let mut rate = |verify: Option<Verify>| -> Result<(f64, f64)> {
        let t = Instant::now();
        let mut checks = 0u64;
        for (text, schedule) in &programs {
            let spec = RunSpec {
                schedule: schedule.clone(),
                timeout: Duration::from_secs(1),
                verify,
                cap_forced: true,
                ..RunSpec::default()
            };
            let o = run::run_once(ex, text.as_bytes(), "repro.rb", &spec)?;
            checks += o.gc.verify_runs;
        }
        Ok((
            n as f64 / t.elapsed().as_secs_f64(),
            checks as f64 / n.max(1) as f64,
        ))
    };
    let (unverified, _) = rate(None)?;
    let (verified, checks_per_program) = rate(Some(Verify::Forced))?;
    Ok(GenRates {
        lines,
        verified,
        unverified,
        checks_per_program,
    })
}

pub fn run(a: BenchArgs) -> Result<u8> {
    let vm =
        a.vm.vm
            .clone()
            .unwrap_or_else(|| gcstress_vm::DEFAULT_VM.to_string());
    let install = ensure_vm(&vm)?;
    let dir = tempfile::tempdir().context("cannot create a temporary directory")?;
    let prog = dir.path().join("bench.rb");
    std::fs::write(&prog, BENCH_PROGRAM).context("cannot write the bench program")?;

    // raw in-process loop, in the worker binary itself
    let out = std::process::Command::new(&install.worker)
        .arg("--raw-bench")
        .arg(a.runs.to_string())
        .arg(&prog)
        .output()
        .with_context(|| format!("cannot run {}", install.worker.display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let last = text.lines().last().unwrap_or("");
    let raw_ns: f64 = last
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .with_context(|| format!("the raw loop printed no timing: {last}"))?;
    let raw_rate = a.runs as f64 / (raw_ns / 1e9);

    // through the executor (fork server), program judged like exec does
    let mut ex = Executor::new(&install)?;
    let spec = RunSpec {
        timeout: Duration::from_secs(10),
        ..RunSpec::default()
    };
    for _ in 0..20 {
        run::run_once(&mut ex, BENCH_PROGRAM.as_bytes(), "bench.rb", &spec)?;
    }
    let t = Instant::now();
    let mut bad = 0;
    for _ in 0..a.runs {
        let o = run::run_once(&mut ex, BENCH_PROGRAM.as_bytes(), "bench.rb", &spec)?;
        if o.kind() != crate::judge::Kind::Ok {
            bad += 1;
        }
    }
    let ex_rate = a.runs as f64 / t.elapsed().as_secs_f64();
    let ratio = raw_rate / ex_rate;
    let gen = if a.generated > 0 {
        if !a.json {
            eprintln!(
                "gcstress: running {} generated programs twice (without and with the verifier) ...",
                a.generated
            );
        }
        Some(bench_generated(&mut ex, &install, a.generated)?)
    } else {
        None
    };
    if a.json {
        let g = gen.as_ref().map(|g| {
            json!({"programs": a.generated, "mean_lines": g.lines, "programs_per_s": g.unverified,
                   "verified_programs_per_s": g.verified, "verifier_checks_per_program": g.checks_per_program})
        });
        println!(
            "{}",
            json!({"vm": vm, "runs": a.runs, "raw_programs_per_s": raw_rate, "executor_programs_per_s": ex_rate,
                   "overhead_ratio": ratio, "not_ok": bad, "generated": g})
        );
    } else {
        println!(
            "vm {vm}: {} runs of a {}-line program",
            a.runs,
            BENCH_PROGRAM.lines().count()
        );
        println!("  raw in-process loop (open VM + load + close):  {raw_rate:>8.0} programs/s");
        println!("  executor (fork server, judged):                {ex_rate:>8.0} programs/s");
        println!("  executor overhead: {ratio:.2}x the raw loop (target <= 2x; >= 1000 programs/s per core)");
        if let Some(g) = &gen {
            println!(
                "generated programs (seeds 0..{}, {:.0} lines on average, with their schedules), as hunt runs them:",
                a.generated, g.lines
            );
            println!(
                "  without the verifier (--no-verify):            {:>8.0} programs/s",
                g.unverified
            );
            println!(
                "  with the verifier (hunt's default):            {:>8.0} programs/s ({:.1} heap checks per program)",
                g.verified, g.checks_per_program
            );
        }
    }
    if bad > 0 {
        eprintln!("gcstress: warning: {bad} bench runs did not end ok");
    }
    Ok(exit::OK)
}
