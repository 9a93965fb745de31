//! The minimizer: shrink a failing program and its GC schedule to a small
//! standalone reproducer that still shows the same bug.
//!
//! ```text
//!  input ──► determinism check (5 runs: target signature, flaky rate)
//!        ──► driver: loop [comments, evals, statements, schedule, bodies, unwrap, arguments,
//!                          replace, inline, integers, names, compact] until a round shrinks nothing
//!        ──► final check (5 runs of the written file) ──► plain form on the stock `mruby`
//! ```
//!
//! - [`driver`] loops the reducers; each reducer is one file and only
//!   proposes variants. [`helper`] is the only place that evaluates the
//!   predicate (cache, parallel batches, time limit, progress).
//! - The core is generic over a predicate `Fn(&Candidate) -> bool`, so it is
//!   tested with synthetic predicates, without a VM ([`driver::reduce`]).
//! - [`oracle`] is the VM predicate: "the same signature reproduces" (a
//!   majority of retries for a flaky input). [`plain`] rewrites `GCStress`
//!   calls into stock Ruby and checks the stock interpreter.
//! - [`minimize`] puts it together for the CLI and for `hunt`:
//!
//! ```ignore
//! let m = gcstress::reduce::minimize(Options {
//!     install: &install, program: text, filename: "repro.rb".into(),
//!     run: RunSpec { schedule, ..RunSpec::default() }, signature: Some(sig), jobs: 1,
//!     time_limit: Some(Duration::from_secs(60)), plain: true, progress: None,
//! })?;
//! std::fs::write(crash_dir.join("min.rb"), m.render())?;
//! if let Some(p) = &m.plain { std::fs::write(crash_dir.join("min.plain.rb"), p.render(&m))?; }
//! ```

pub mod arguments;
pub mod bodies;
pub mod comments;
pub mod compact;
pub mod ddmin;
pub mod driver;
pub mod evals;
pub mod helper;
pub mod inline;
pub mod integers;
pub mod names;
pub mod oracle;
pub mod plain;
pub mod replace;
pub mod reschedule;
pub mod schedule;
pub mod statements;
pub mod syntax;
pub mod unwrap;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Result;
use gcstress_vm::schedule::When;
use gcstress_vm::{Install, Schedule};
use serde::Serialize;

use crate::judge::Kind;
use crate::repro;

pub use driver::{reduce, Config, Reduced};
pub use helper::{Progress, Stats};

/// What is being minimized: the program text and its GC schedule.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Candidate {
    pub program: String,
    pub schedule: Schedule,
}

/// How big a candidate is. Compared field by field: fewer lines first, then
/// fewer bytes, then smaller integer literals, then a simpler schedule. Every
/// variant a reducer may accept is strictly smaller, so reduction ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Size {
    /// Non-blank lines.
    pub lines: usize,
    pub bytes: usize,
    /// The sum of the decimal numbers in the text.
    #[serde(skip)]
    pub numbers: u128,
    /// Schedule items and settings.
    #[serde(skip)]
    pub schedule_items: usize,
    /// Periodic items weigh more than single points; a rarer period less.
    #[serde(skip)]
    pub schedule_weight: u128,
}

impl Size {
    pub fn of(c: &Candidate) -> Size {
        let s = &c.schedule;
        let settings = [
            s.gen.is_some(),
            s.step_ratio.is_some(),
            s.interval_ratio.is_some(),
        ]
        .iter()
        .filter(|&&b| b)
        .count();
        let weight = s
            .items
            .iter()
            .map(|i| match i.when {
                When::At(n) => u128::from(n),
                When::Every(n) => (1u128 << 80) + (1u128 << 64) / u128::from(n.max(1)),
            })
            .sum();
        Size {
            lines: c.program.lines().filter(|l| !l.trim().is_empty()).count(),
            bytes: c.program.len(),
            numbers: number_sum(&c.program),
            schedule_items: s.items.len() + settings,
            schedule_weight: weight,
        }
    }
}

fn number_sum(s: &str) -> u128 {
    let mut total: u128 = 0;
    let mut cur: u128 = 0;
    for b in s.bytes() {
        if b.is_ascii_digit() {
            cur = cur.saturating_mul(10).saturating_add(u128::from(b - b'0'));
        } else {
            total = total.saturating_add(cur);
            cur = 0;
        }
    }
    total.saturating_add(cur)
}

/// `runs` of which `hits` showed the target signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rate {
    pub hits: u32,
    pub runs: u32,
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.hits, self.runs)
    }
}

/// What to minimize, and how.
pub struct Options<'a> {
    pub install: &'a Install,
    /// The program text (a `# gcstress:` header in it is only a comment here).
    pub program: String,
    /// The name it runs under (backtraces); also named in the output header.
    pub filename: String,
    /// How every candidate runs; its schedule is where reducing starts (a
    /// find's `diff`, `cap_forced` and `mutant` carry over as its run had them).
    pub run: crate::run::RunSpec,
    /// The signature to keep; `None`: the bug the input shows most often.
    pub signature: Option<String>,
    pub jobs: usize,
    /// Stop reducing after this long and keep the best so far.
    pub time_limit: Option<Duration>,
    /// Also try the plain form on the VM's stock interpreter.
    pub plain: bool,
    pub progress: Option<Box<helper::ProgressFn<'a>>>,
}

/// A plain reproducer: stock Ruby that fails on the VM's own `mruby`.
#[derive(Debug, Clone, Serialize)]
pub struct Plain {
    pub program: String,
    pub binary: PathBuf,
    /// The signal(s) the stock interpreter died by.
    pub signal: String,
    pub rate: Rate,
}

/// The result of [`minimize`].
#[derive(Debug, Clone, Serialize)]
pub struct Minimized {
    pub vm: String,
    pub signature: String,
    pub kind: Kind,
    pub filename: String,
    #[serde(skip)]
    pub original: Candidate,
    /// The minimized program (no header) and schedule.
    #[serde(skip)]
    pub minimized: Candidate,
    pub original_size: Size,
    pub final_size: Size,
    /// The original, in the determinism check.
    pub original_rate: Rate,
    /// The rendered reproducer (with its header), in the final check.
    pub reproduced: Rate,
    pub timeout: Duration,
    /// The heap verifier the run had (the default sampling, or after every GC).
    #[serde(skip)]
    pub verify: Option<crate::run::Verify>,
    /// Judged with the differential oracle too.
    pub diff: bool,
    /// Found on a barrier mutant: the calling function whose barriers it drops.
    pub mutant: Option<String>,
    /// Scheduled GCs capped per run, as hunt runs programs.
    pub cap_forced: bool,
    pub stats: Stats,
    pub rounds: u32,
    pub elapsed: Duration,
    pub plain: Option<Plain>,
    /// Why no plain form was written (when none was).
    pub plain_note: Option<String>,
    /// The first environment failure while testing variants (those variants
    /// counted as not interesting; the result is still sound).
    pub env_error: Option<String>,
}

impl Minimized {
    /// The reproducer file: header + program.
    pub fn render(&self) -> String {
        render(self, &self.minimized.program)
    }

    pub fn flaky(&self) -> bool {
        self.original_rate.hits < self.original_rate.runs
    }
}

fn size_text(s: Size) -> String {
    format!("{}L/{}B", s.lines, s.bytes)
}

impl Minimized {
    /// The minimized reproducer's header: everything the run needs to fail
    /// again under `gcstress exec` (and `record`, `nightly`, `triage`), then
    /// the signature and the sizes.
    pub fn header(&self) -> repro::Header {
        let mut h = repro::Header {
            vm: Some(self.vm.clone()),
            schedule: Some(self.minimized.schedule.clone()),
            timeout: Some(self.timeout),
            verify: self.verify,
            diff: self.diff,
            mutant: self.mutant.clone(),
            cap_forced: self.cap_forced,
            signature: Some(self.signature.clone()),
            ..repro::Header::new()
        };
        h.set("original_size", size_text(self.original_size))
            .set("final_size", size_text(self.final_size));
        h
    }
}

fn render(m: &Minimized, program: &str) -> String {
    let mut out = format!(
        "# Minimized by gcstress from {}: {} lines ({} bytes) -> {} lines ({} bytes).\n",
        m.filename,
        m.original_size.lines,
        m.original_size.bytes,
        m.final_size.lines,
        m.final_size.bytes
    );
    out.push_str(&m.header().render());
    out.push_str(program);
    if !program.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Minimize a failing program on a real VM. Errors: bad input (exit 2: it
/// does not parse, does not fail, or fails differently than asked) or an
/// environment failure (the worker cannot start).
pub fn minimize(mut opts: Options) -> Result<Minimized> {
    let started = Instant::now();
    let deadline = opts.time_limit.map(|d| started + d);
    let original = Candidate {
        program: opts.program.clone(),
        schedule: opts.run.schedule.clone(),
    };
    // each candidate brings its own schedule
    let spec = crate::run::RunSpec {
        schedule: Schedule::none(),
        ..opts.run.clone()
    };
    let mut oracle = oracle::VmOracle::new(opts.install, spec, &opts.filename, opts.jobs)?;
    let check = oracle.check(&original, opts.signature.as_deref(), &opts.filename)?;
    oracle.settle(&check);

    let cfg = Config {
        jobs: opts.jobs.max(1),
        deadline,
        allocations: Some(check.allocations),
    };
    let pred = |c: &Candidate| oracle.interesting(c);
    // one run without GC points counts a candidate (re-searching points)
    let counter = |c: &Candidate| {
        oracle
            .run(c)
            .ok()
            .filter(|o| o.kind() != Kind::Error)
            .map(|o| helper::Counts {
                allocations: o.gc.allocations,
                mallocs: o.gc.mallocs,
            })
    };
    let mut progress = opts.progress.take();
    let reduced = driver::reduce_counting(
        original.clone(),
        &pred,
        Some(&counter),
        &cfg,
        progress
            .as_mut()
            .map(|p| &mut **p as &mut helper::ProgressFn),
    );
    drop(progress);

    let mut m = Minimized {
        vm: opts.install.id.clone(),
        signature: check.signature.clone(),
        kind: check.kind,
        filename: opts.filename.clone(),
        original_size: Size::of(&original),
        final_size: Size::of(&reduced.best),
        original: original.clone(),
        minimized: reduced.best,
        original_rate: check.rate,
        reproduced: Rate { hits: 0, runs: 0 },
        timeout: oracle.timeout(),
        verify: opts.run.verify,
        diff: opts.run.diff,
        mutant: opts.run.mutant.as_ref().map(|m| m.function.clone()),
        cap_forced: opts.run.cap_forced,
        stats: reduced.stats,
        rounds: reduced.rounds,
        elapsed: Duration::ZERO,
        plain: None,
        plain_note: None,
        env_error: oracle.env_error.lock().ok().and_then(|e| e.clone()),
    };
    // the file as written, header and all
    let rendered = Candidate {
        program: m.render(),
        schedule: m.minimized.schedule.clone(),
    };
    m.reproduced = oracle.rate(&rendered, 5);

    if opts.plain {
        match plain::attempt(opts.install, &m, opts.jobs, deadline) {
            Ok(Ok(p)) => m.plain = Some(p),
            Ok(Err(note)) => m.plain_note = Some(note),
            Err(e) => m.plain_note = Some(format!("{e:#}")),
        }
    }
    m.elapsed = started.elapsed();
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(p: &str, s: &str) -> Candidate {
        Candidate {
            program: p.into(),
            schedule: s.parse().unwrap(),
        }
    }

    #[test]
    fn sizes_order_what_reducers_do() {
        // fewer lines beats bytes
        assert!(Size::of(&c("a; b; c\n", "none")) < Size::of(&c("a\nb\n", "none")));
        // a smaller loop count is smaller
        assert!(Size::of(&c("150.times {}\n", "none")) < Size::of(&c("300.times {}\n", "none")));
        // a rarer period, a single point, no item
        let every = |n: u64| Size::of(&c("x\n", &format!("minor%{n}")));
        assert!(every(400) < every(50));
        assert!(Size::of(&c("x\n", "minor@5000")) < every(1_000_000));
        assert!(Size::of(&c("x\n", "none")) < Size::of(&c("x\n", "minor@1")));
    }
}
