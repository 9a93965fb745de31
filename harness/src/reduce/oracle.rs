//! The VM predicate: "the same signature reproduces".
//!
//! One [`Executor`] per thread, kept in a pool (a thread takes one, runs, puts
//! it back), so the predicate is a plain `Fn(&Candidate) -> bool + Sync`.
//! Before minimizing, [`VmOracle::check`] runs the input 5 times: it must
//! fail, its signature is the target (or the one asked for must show up),
//! and its rate decides the predicate: one run if it failed 5/5, else a
//! majority of 5 retries.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{Context, Result};
use gcstress_vm::Install;

use super::{Candidate, Rate};
use crate::exec::Executor;
use crate::judge::{Kind, Outcome};
use crate::run::{self, RunSpec};

/// Runs in the determinism check.
pub const CHECK_RUNS: u32 = 5;

/// The original, as the determinism check saw it.
#[derive(Debug, Clone)]
pub struct Check {
    pub signature: String,
    pub kind: Kind,
    pub rate: Rate,
    /// Object allocations in a run that showed the signature.
    pub allocations: u64,
    /// The slowest of those runs, in milliseconds.
    pub max_ms: f64,
}

pub struct VmOracle<'i> {
    install: &'i Install,
    pool: Mutex<Vec<Executor>>,
    spec: RunSpec,
    filename: String,
    jobs: usize,
    /// The timeout the input asked for (written into the reproducer).
    header_timeout: Duration,
    target: String,
    /// (retries, hits needed)
    votes: (u32, u32),
    /// VM runs so far.
    pub runs: AtomicU64,
    /// The first environment failure seen while testing variants.
    pub env_error: Mutex<Option<String>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl<'i> VmOracle<'i> {
    pub fn new(
        install: &'i Install,
        spec: RunSpec,
        filename: &str,
        jobs: usize,
    ) -> Result<VmOracle<'i>> {
        let first = Executor::new(install)?;
        Ok(VmOracle {
            install,
            pool: Mutex::new(vec![first]),
            header_timeout: spec.timeout,
            spec,
            filename: filename.to_string(),
            jobs: jobs.max(1),
            target: String::new(),
            votes: (1, 1),
            runs: AtomicU64::new(0),
            env_error: Mutex::new(None),
        })
    }

    /// The timeout the reproducer's header carries.
    pub fn timeout(&self) -> Duration {
        self.header_timeout
    }

    pub fn target(&self) -> &str {
        &self.target
    }

    /// Run a candidate once.
    pub fn run(&self, c: &Candidate) -> Result<Outcome> {
        let popped = lock(&self.pool).pop();
        let mut ex = match popped {
            Some(ex) => ex,
            None => Executor::new(self.install)?,
        };
        let spec = RunSpec {
            schedule: c.schedule.clone(),
            ..self.spec.clone()
        };
        self.runs.fetch_add(1, Ordering::Relaxed);
        let out = run::run_spec(&mut ex, c.program.as_bytes(), &self.filename, &spec);
        lock(&self.pool).push(ex);
        out
    }

    /// Run a candidate `n` times, `jobs` at a time.
    pub fn sample(&self, c: &Candidate, n: u32) -> Vec<Result<Outcome>> {
        let threads = self.jobs.min(n as usize).max(1);
        let next = AtomicU64::new(0);
        let results = Mutex::new(Vec::new());
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(|| {
                    while next.fetch_add(1, Ordering::Relaxed) < u64::from(n) {
                        let r = self.run(c);
                        lock(&results).push(r);
                    }
                });
            }
        });
        results.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    /// The determinism check: run the original [`CHECK_RUNS`] times.
    pub fn check(&self, c: &Candidate, want: Option<&str>, name: &str) -> Result<Check> {
        let vm = &self.install.id;
        let mut outcomes = Vec::new();
        for r in self.sample(c, CHECK_RUNS) {
            outcomes.push(r.with_context(|| format!("cannot run {name} on {vm}"))?);
        }
        if let Some(pe) = outcomes.iter().find_map(|o| o.evidence.parse_error()) {
            return Err(crate::error::bad_input(format!(
                "{name}:{}:{}: {} (the {vm} parser)",
                pe.line, pe.column, pe.message
            )));
        }
        if let Some(o) = outcomes.iter().find(|o| o.kind() == Kind::Error) {
            return Err(crate::error::bad_input(format!(
                "{name} cannot run on {vm}: {}",
                o.summary
            )));
        }
        let mut seen: BTreeMap<&str, u32> = BTreeMap::new();
        for o in &outcomes {
            let key = if o.kind().is_bug() {
                o.signature.as_str()
            } else {
                o.kind().name()
            };
            *seen.entry(key).or_default() += 1;
        }
        let got = seen
            .iter()
            .map(|(k, n)| format!("{k} x{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let target = match want {
            Some(w) => w.to_string(),
            None => {
                let mut bugs: Vec<(&str, u32)> = seen
                    .iter()
                    .filter(|(k, _)| {
                        outcomes
                            .iter()
                            .any(|o| o.kind().is_bug() && o.signature == **k)
                    })
                    .map(|(k, n)| (*k, *n))
                    .collect();
                bugs.sort_by_key(|&(k, n)| (std::cmp::Reverse(n), k));
                match bugs.first() {
                    Some((k, _)) => k.to_string(),
                    None => {
                        let why = outcomes
                            .iter()
                            .find(|o| o.kind() == Kind::Exception)
                            .map(|o| format!("; {}", o.summary))
                            .unwrap_or_default();
                        return Err(crate::error::bad_input(format!(
                            "{name} does not fail on {vm} with schedule {}: {CHECK_RUNS} runs gave {got}{why} (nothing to minimize)",
                            c.schedule
                        )));
                    }
                }
            }
        };
        let hits: Vec<&Outcome> = outcomes.iter().filter(|o| o.signature == target).collect();
        let Some(first) = hits.first() else {
            return Err(crate::error::bad_input(format!(
                "{name} does not reproduce {target} on {vm} with schedule {}: {CHECK_RUNS} runs gave {got}",
                c.schedule
            )));
        };
        Ok(Check {
            signature: target.clone(),
            kind: first.kind(),
            rate: Rate {
                hits: hits.len() as u32,
                runs: CHECK_RUNS,
            },
            allocations: first.gc.allocations,
            max_ms: hits.iter().map(|o| o.duration_ms).fold(0.0, f64::max),
        })
    }

    /// Set the predicate from the check: the target signature, the retries
    /// a flaky input needs, and a tighter timeout for variants (a variant
    /// that loops forever should not cost the full timeout).
    pub fn settle(&mut self, check: &Check) {
        self.target = check.signature.clone();
        self.votes = if check.rate.hits == check.rate.runs {
            (1, 1)
        } else {
            (5, 3)
        };
        if check.kind != Kind::Timeout {
            self.spec.timeout = variant_timeout(check.max_ms, self.spec.timeout);
        }
    }

    /// The predicate.
    pub fn interesting(&self, c: &Candidate) -> bool {
        let (tries, need) = self.votes;
        let (mut yes, mut no) = (0, 0);
        for _ in 0..tries {
            match self.run(c) {
                Ok(o) if o.signature == self.target => yes += 1,
                Ok(_) => no += 1,
                Err(e) => {
                    lock(&self.env_error).get_or_insert_with(|| format!("{e:#}"));
                    return false;
                }
            }
            if yes >= need {
                return true;
            }
            if no > tries - need {
                return false;
            }
        }
        false
    }

    /// How often `c` shows the target in `n` runs.
    pub fn rate(&self, c: &Candidate, n: u32) -> Rate {
        let hits = self
            .sample(c, n)
            .into_iter()
            .filter(|r| r.as_ref().is_ok_and(|o| o.signature == self.target))
            .count() as u32;
        Rate { hits, runs: n }
    }
}

/// How long a variant may run: a small multiple of the input's own slowest
/// checked run, with a floor for noise (fork, a loaded machine), never more
/// than the header's timeout (which stays in the reproducer for replay). A
/// variant that loops for ever (a reducer removed its loop's exit) then
/// costs half a second, not the header's 10 s.
pub fn variant_timeout(input_max_ms: f64, header: Duration) -> Duration {
    const MULTIPLE: f64 = 5.0;
    const FLOOR_S: f64 = 0.5;
    header.min(Duration::from_secs_f64(
        (input_max_ms * MULTIPLE / 1000.0).max(FLOOR_S),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_get_a_small_multiple_of_the_input_with_a_floor() {
        let header = Duration::from_secs(10);
        assert_eq!(variant_timeout(2.0, header), Duration::from_millis(500));
        assert_eq!(variant_timeout(400.0, header), Duration::from_secs(2));
        assert_eq!(
            variant_timeout(5000.0, header),
            header,
            "never above the header"
        );
        assert_eq!(
            variant_timeout(1.0, Duration::from_millis(200)),
            Duration::from_millis(200)
        );
    }
}
