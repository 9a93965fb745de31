//! Running a program and turning the result into an [`Outcome`], plus the
//! two report formats (human, JSON) every subcommand shares.

use std::time::Duration;

use anyhow::Result;
use gcstress_vm::protocol::{self, RunOptions};
use gcstress_vm::Schedule;
use serde_json::{json, Value};

use crate::exec::{Executor, Job};
use crate::judge::{self, Outcome};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verify {
    /// The default oracle: after forced GCs (sampled) and a sample of the VM's own
    /// GCs (see docs/src/oracles.md).
    Forced,
    /// After every GC, forced or not.
    All,
}

/// A barrier mutant: the VM with the barrier calls made from one function dropped.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mutant {
    /// The calling VM function (`mrb_alias_method`).
    pub function: String,
    pub lo: u64,
    pub hi: u64,
}

impl Mutant {
    /// Resolve a function name in a VM's worker.
    pub fn resolve(install: &gcstress_vm::Install, function: &str) -> Result<Mutant> {
        let sym = gcstress_vm::symbols::for_binary(&install.worker)?;
        let (lo, hi) = sym.range(function).ok_or_else(|| {
            crate::error::bad_input(format!(
                "{}: no function `{function}` in the VM (see `gcstress mutants --list`)",
                install.id
            ))
        })?;
        Ok(Mutant {
            function: function.to_string(),
            lo,
            hi,
        })
    }
}

#[derive(Debug, Clone)]
pub struct RunSpec {
    pub schedule: Schedule,
    pub timeout: Duration,
    pub mem_limit: u64,
    pub verify: Option<Verify>,
    pub mutant: Option<Mutant>,
    /// Also run without forced GCs and compare (the differential oracle).
    pub diff: bool,
    /// Stop scheduled GCs after 256 in one run (hunt; exact runs leave it off).
    pub cap_forced: bool,
}

impl Default for RunSpec {
    fn default() -> Self {
        RunSpec {
            diff: false,
            cap_forced: false,
            schedule: Schedule::none(),
            timeout: Duration::from_secs(10),
            mem_limit: crate::request::DEFAULT_MEM_LIMIT,
            verify: None,
            mutant: None,
        }
    }
}

impl RunSpec {
    pub fn options(&self) -> RunOptions {
        let flags = match self.verify {
            None => 0,
            Some(Verify::Forced) => protocol::F_VERIFY,
            Some(Verify::All) => protocol::F_VERIFY | protocol::F_VERIFY_ALL,
        };
        let flags = if self.cap_forced {
            flags | protocol::F_CAP_FORCED
        } else {
            flags
        };
        RunOptions {
            timeout_ms: self.timeout.as_millis().max(1) as u64,
            mem_limit: self.mem_limit,
            flags,
            mutant: self.mutant.as_ref().map(|m| (m.lo, m.hi)),
            record_last: 0,
            stop_at_event: 0,
        }
    }
}

/// Run a program as the spec says (with the differential oracle if `spec.diff`).
pub fn run_spec(
    ex: &mut Executor,
    program: &[u8],
    filename: &str,
    spec: &RunSpec,
) -> Result<Outcome> {
    if spec.diff {
        run_diff(ex, program, filename, spec)
    } else {
        run_once(ex, program, filename, spec)
    }
}

/// Run a program once and judge it.
pub fn run_once(
    ex: &mut Executor,
    program: &[u8],
    filename: &str,
    spec: &RunSpec,
) -> Result<Outcome> {
    let job = Job {
        program,
        filename,
        schedule: &spec.schedule,
        opts: spec.options(),
    };
    let raw = ex.run(&job)?;
    let worker = ex.install().worker.clone();
    Ok(judge::judge(&raw, &worker))
}

/// Run with the stress schedule and, if that is not already a bug signal,
/// with the same settings but no forced GCs; a difference is a `divergence`.
pub fn run_diff(
    ex: &mut Executor,
    program: &[u8],
    filename: &str,
    spec: &RunSpec,
) -> Result<Outcome> {
    let stressed = run_once(ex, program, filename, spec)?;
    if stressed.kind().is_bug() || stressed.kind() == crate::judge::Kind::Error {
        return Ok(stressed);
    }
    let base_spec = RunSpec {
        schedule: spec.schedule.without_items(),
        verify: None,
        ..spec.clone()
    };
    let baseline = run_once(ex, program, filename, &base_spec)?;
    if baseline.kind().is_bug() || baseline.kind() == crate::judge::Kind::Error {
        // the program misbehaves without stress too: not a divergence
        return Ok(stressed);
    }
    match crate::judge::diff::compare(
        &baseline,
        &base_spec.schedule.to_string(),
        &stressed,
        &spec.schedule.to_string(),
    ) {
        None => Ok(stressed),
        Some(d) => {
            let mut o = stressed;
            o.summary = format!(
                "{} differs between schedule {} and {}{}",
                d.what,
                d.baseline.schedule,
                d.stressed.schedule,
                d.line_no
                    .map(|n| format!(" (first at output line {n})"))
                    .unwrap_or_default()
            );
            // the stressed run finished (ok or an exception): what it has
            // to show beside the difference is its exception
            o.evidence = crate::judge::Evidence::Divergence {
                exception: o.evidence.exception().cloned(),
                divergence: d,
            };
            o.signature = crate::judge::signature::make(&o);
            Ok(o)
        }
    }
}

fn tail(bytes: &[u8], max: usize) -> String {
    let s = String::from_utf8_lossy(bytes);
    let n = s.chars().count();
    if n <= max {
        s.into_owned()
    } else {
        s.chars().skip(n - max).collect()
    }
}

/// The hook call sites of a run, by calling VM function: `[{hook, function, calls}]`.
pub fn call_sites(o: &Outcome, worker: &std::path::Path) -> Value {
    let sym = gcstress_vm::symbols::for_binary(worker).ok();
    let mut agg: std::collections::BTreeMap<(u32, String), u64> = std::collections::BTreeMap::new();
    for &(hook, addr, count) in &o.edges {
        let name = sym
            .as_ref()
            .and_then(|s| {
                s.name(addr)
                    .or_else(|| s.name(addr.saturating_sub(1)))
                    .map(String::from)
            })
            .unwrap_or_else(|| "?".into());
        *agg.entry((hook, name)).or_default() += u64::from(count);
    }
    let hook = |h: u32| match h {
        protocol::HOOK_ALLOC => "mrb_obj_alloc",
        protocol::HOOK_FIELD_WB => "mrb_field_write_barrier",
        protocol::HOOK_WB => "mrb_write_barrier",
        _ => "?",
    };
    Value::Array(
        agg.into_iter()
            .map(|((h, f), n)| json!({"hook": hook(h), "function": f, "calls": n}))
            .collect(),
    )
}

/// The `--json` object for one run.
pub fn json_report(o: &Outcome, vm: &str, schedule: &Schedule) -> Value {
    let mut v = serde_json::to_value(o).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.insert("vm".into(), json!(vm));
        m.insert("schedule".into(), json!(schedule.to_string()));
        m.insert("bug".into(), json!(o.kind().is_bug()));
        m.insert(
            "phase_allocs".into(),
            serde_json::to_value(o.gc.phase_allocs).unwrap_or(Value::Null),
        );
        m.insert("stdout_tail".into(), json!(tail(&o.stdout, 2000)));
        m.insert("stderr_tail".into(), json!(tail(&o.stderr, 2000)));
    }
    v
}

/// The human report (printed to stderr after the program's own output).
pub fn human_report(o: &Outcome, vm: &str, schedule: &Schedule) -> String {
    let g = &o.gc;
    let mut s = format!("gcstress: outcome {} — {}\n", o.kind().name(), o.summary);
    if o.kind().is_bug() {
        s.push_str(&format!("  signature: {}\n", o.signature));
    }
    let frames = o.evidence.frames();
    if !frames.is_empty() {
        s.push_str(&format!(
            "  frames:    {}\n",
            frames
                .iter()
                .take(8)
                .cloned()
                .collect::<Vec<_>>()
                .join(" < ")
        ));
    }
    if let crate::judge::Evidence::Divergence { divergence: d, .. } = &o.evidence {
        s.push_str(&format!(
            "  baseline:  {} {} {}\n",
            d.baseline.outcome.name(),
            d.baseline.exception.clone().unwrap_or_default(),
            d.baseline.line.clone().unwrap_or_default()
        ));
        s.push_str(&format!(
            "  stressed:  {} {} {}\n",
            d.stressed.outcome.name(),
            d.stressed.exception.clone().unwrap_or_default(),
            d.stressed.line.clone().unwrap_or_default()
        ));
    }
    for f in o.evidence.verifier() {
        s.push_str(&format!("  verifier:  {}\n", f.message));
        if let Some(rc) = &f.root_cause {
            s.push_str(&format!("  cause:     {rc}\n"));
        }
    }
    s.push_str(&format!(
        "  gc:        {} minor, {} full, {} step (forced {} minor, {} full, {} step; {} GC in malloc) over {} allocations\n",
        g.minor, g.full, g.step, g.forced_minor, g.forced_full, g.forced_step, g.gc_in_malloc, g.allocations
    ));
    s.push_str(&format!(
        "  vm:        {vm}   schedule: {schedule}   time: {:.1} ms\n",
        o.duration_ms
    ));
    s
}
