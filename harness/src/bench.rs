//! `gcstress bench`'s measurements: programs/s through the executor next
//! to the raw in-process loop (`mrb_open` + load + `mrb_close`) on the same
//! VM, then what `hunt` runs: the same fixed set of generated programs (seeds
//! 0..N, with their schedules) with and without the heap verifier.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use gcstress_vm::Install;
use serde::Serialize;

use crate::exec::{cpu, Executor};
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

/// Programs/s for generated programs run as `hunt` runs them.
#[derive(Debug, Clone, Serialize)]
pub struct GenRates {
    /// Generated programs run (seeds 0..N).
    pub programs: u64,
    /// Mean lines per program.
    pub mean_lines: f64,
    /// Programs/s with the heap verifier on (hunt's default sampling).
    pub verified_programs_per_s: f64,
    /// Programs/s without the verifier.
    pub programs_per_s: f64,
    /// Programs per CPU second (harness + worker + forked copies) with the
    /// verifier: programs/s per fully used core, whatever else runs.
    pub verified_programs_per_cpu_s: f64,
    /// The same without the verifier.
    pub programs_per_cpu_s: f64,
    pub verifier_checks_per_program: f64,
    /// With the verifier, on a worker that forks a child per program
    /// (`GCSTRESS_RUNNER=0`) instead of running them on its runner.
    pub forked_verified_programs_per_s: f64,
    pub forked_verified_programs_per_cpu_s: f64,
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
    // programs/s, programs per CPU second and heap checks per program
    let rate = |ex: &mut Executor, verify: Option<Verify>| -> Result<(f64, f64, f64)> {
        let cpu = |ex: &Executor| cpu::own().unwrap_or_default() + ex.worker_cpu();
        let cpu0 = cpu(ex);
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
            cpu::per_cpu_second(n, cpu(ex).saturating_sub(cpu0)),
            checks as f64 / n.max(1) as f64,
        ))
    };
    let (unverified, unverified_cpu, _) = rate(ex, None)?;
    let (verified, verified_cpu, checks_per_program) = rate(ex, Some(Verify::Forced))?;
    let (forked, forked_cpu, _) = rate(&mut Executor::forking(install)?, Some(Verify::Forced))?;
    Ok(GenRates {
        programs: n,
        mean_lines: lines,
        verified_programs_per_s: verified,
        programs_per_s: unverified,
        verified_programs_per_cpu_s: verified_cpu,
        programs_per_cpu_s: unverified_cpu,
        verifier_checks_per_program: checks_per_program,
        forked_verified_programs_per_s: forked,
        forked_verified_programs_per_cpu_s: forked_cpu,
    })
}

/// What one bench measured.
#[derive(Debug, Clone, Serialize)]
pub struct Bench {
    pub vm: String,
    pub runs: u64,
    pub raw_programs_per_s: f64,
    pub executor_programs_per_s: f64,
    /// Raw over executor.
    pub overhead_ratio: f64,
    /// Executor runs of [`BENCH_PROGRAM`] that did not end ok.
    pub not_ok: u64,
    pub generated: Option<GenRates>,
}

/// Measure on `install`: `runs` runs of [`BENCH_PROGRAM`] in the worker's raw
/// loop and through the executor, then `generated` generated programs (0:
/// none) without and with the verifier; `progress` hears before the long part.
pub fn bench(
    install: &Install,
    runs: u64,
    generated: u64,
    progress: &mut dyn FnMut(&str),
) -> Result<Bench> {
    let dir = tempfile::tempdir().context("cannot create a temporary directory")?;
    let prog = dir.path().join("bench.rb");
    std::fs::write(&prog, BENCH_PROGRAM).context("cannot write the bench program")?;

    // raw in-process loop, in the worker binary itself
    let out = std::process::Command::new(&install.worker)
        .arg("--raw-bench")
        .arg(runs.to_string())
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
    let raw_rate = runs as f64 / (raw_ns / 1e9);

    // through the executor (fork server), program judged like exec does
    let mut ex = Executor::new(install)?;
    let spec = RunSpec {
        timeout: Duration::from_secs(10),
        ..RunSpec::default()
    };
    for _ in 0..20 {
        run::run_once(&mut ex, BENCH_PROGRAM.as_bytes(), "bench.rb", &spec)?;
    }
    let t = Instant::now();
    let mut bad = 0;
    for _ in 0..runs {
        let o = run::run_once(&mut ex, BENCH_PROGRAM.as_bytes(), "bench.rb", &spec)?;
        if o.kind() != crate::judge::Kind::Ok {
            bad += 1;
        }
    }
    let ex_rate = runs as f64 / t.elapsed().as_secs_f64();
    let gen = if generated > 0 {
        progress(&format!(
            "running {generated} generated programs three times (without and with the verifier, and with it forking a child per program) ..."
        ));
        Some(bench_generated(&mut ex, install, generated)?)
    } else {
        None
    };
    Ok(Bench {
        vm: install.id.clone(),
        runs,
        raw_programs_per_s: raw_rate,
        executor_programs_per_s: ex_rate,
        overhead_ratio: raw_rate / ex_rate,
        not_ok: bad,
        generated: gen,
    })
}
