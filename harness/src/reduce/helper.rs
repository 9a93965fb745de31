//! The minimization helper: the only place that evaluates the predicate.
//!
//! Reducers propose variants; the helper drops the ones that are not smaller
//! than the best so far, the ones already tried (a cache of every variant and
//! its verdict) and, when the original parsed cleanly, the ones prism cannot
//! parse. It evaluates the rest in batches of `jobs` in parallel and accepts
//! the *first* interesting variant of a batch in proposal order, so the result
//! does not depend on `--jobs` (for a deterministic predicate). It also keeps
//! the statistics, the time limit and the progress callback.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::{syntax, Candidate, Size};

/// The predicate: "this variant still shows the bug". It is called from
/// several threads at once when `jobs > 1`.
pub type Predicate<'p> = dyn Fn(&Candidate) -> bool + Sync + 'p;

/// What one run of a candidate's program counts with its schedule's GC
/// points removed (its settings kept): the allocations and the mallocs made
/// while its code runs. A schedule counts the same things, so a deletion
/// that removes `d` of them moves every later point by `d`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub allocations: u64,
    pub mallocs: u64,
}

/// Runs a candidate's program to count it (`None` if it cannot run).
pub type Counter<'c> = dyn Fn(&Candidate) -> Option<Counts> + Sync + 'c;

/// Counters a progress line shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Predicate evaluations (each may run the VM several times).
    pub tests: u64,
    /// Variants answered from the cache.
    pub cache_hits: u64,
    /// Variants rejected because prism could not parse them.
    pub parse_rejects: u64,
    /// Variants accepted (each one smaller than the last).
    pub accepted: u64,
    /// The time limit ran out before the reducers reached a fixpoint.
    pub timed_out: bool,
}

/// What the progress callback sees after each batch.
#[derive(Debug, Clone)]
pub struct Progress<'a> {
    pub best: &'a Candidate,
    pub size: Size,
    pub stats: &'a Stats,
    pub elapsed: Duration,
    /// The reducer running now.
    pub reducer: &'static str,
}

pub type ProgressFn<'a> = dyn FnMut(&Progress) + 'a;

pub struct Helper<'a> {
    pred: &'a Predicate<'a>,
    best: Candidate,
    best_size: Size,
    cache: HashMap<Candidate, bool>,
    jobs: usize,
    require_parse: bool,
    deadline: Option<Instant>,
    started: Instant,
    pub stats: Stats,
    pub(crate) reducer: &'static str,
    progress: Option<&'a mut ProgressFn<'a>>,
    counter: Option<&'a Counter<'a>>,
    counted: HashMap<(String, String), Option<Counts>>,
}

impl<'a> Helper<'a> {
    pub fn new(
        start: Candidate,
        pred: &'a Predicate<'a>,
        jobs: usize,
        deadline: Option<Instant>,
        progress: Option<&'a mut ProgressFn<'a>>,
    ) -> Helper<'a> {
        let require_parse = syntax::parses(&start.program);
        let best_size = Size::of(&start);
        let mut cache = HashMap::new();
        cache.insert(start.clone(), true);
        Helper {
            pred,
            best: start,
            best_size,
            cache,
            jobs: jobs.max(1),
            require_parse,
            deadline,
            started: Instant::now(),
            stats: Stats::default(),
            reducer: "",
            progress,
            counter: None,
            counted: HashMap::new(),
        }
    }

    /// The predicate, the time limit and the counter: a reducer that
    /// minimizes a part of the program on its own (an eval'd heredoc) runs
    /// a nested reduction with them.
    pub fn predicate(&self) -> &'a Predicate<'a> {
        self.pred
    }

    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    pub fn counter(&self) -> Option<&'a Counter<'a>> {
        self.counter
    }

    /// Let reducers count candidates (see [`Counts`]).
    pub fn with_counter(mut self, counter: Option<&'a Counter<'a>>) -> Helper<'a> {
        self.counter = counter;
        self
    }

    /// What `c`'s program counts without its GC points (cached per program
    /// and settings); `None` without a counter or if it cannot run.
    pub fn counts(&mut self, c: &Candidate) -> Option<Counts> {
        let count = self.counter?;
        let plain = Candidate {
            program: c.program.clone(),
            schedule: c.schedule.without_items(),
        };
        let key = (plain.program.clone(), plain.schedule.to_string());
        if let Some(n) = self.counted.get(&key) {
            return *n;
        }
        let n = count(&plain);
        self.counted.insert(key, n);
        n
    }

    pub fn best(&self) -> &Candidate {
        &self.best
    }

    pub fn best_size(&self) -> Size {
        self.best_size
    }

    pub fn into_best(self) -> (Candidate, Stats) {
        (self.best, self.stats)
    }

    pub fn jobs(&self) -> usize {
        self.jobs
    }

    /// True once the time limit has run out: reducers should stop.
    pub fn out_of_time(&mut self) -> bool {
        if self.deadline.is_some_and(|d| Instant::now() >= d) {
            self.stats.timed_out = true;
        }
        self.stats.timed_out
    }

    fn accept(&mut self, c: Candidate) {
        self.best_size = Size::of(&c);
        self.best = c;
        self.stats.accepted += 1;
    }

    /// Try variants in order; accept the first interesting one that is
    /// smaller than the best so far. Returns its index in `cands`.
    pub fn try_first(&mut self, cands: Vec<Candidate>) -> Option<usize> {
        let mut batch: Vec<(usize, Candidate)> = Vec::with_capacity(self.jobs);
        for (i, c) in cands.into_iter().enumerate() {
            if Size::of(&c) >= self.best_size {
                continue;
            }
            match self.cache.get(&c) {
                Some(true) => {
                    // passed earlier but lost to a sibling; earlier batch entries first
                    if let Some(hit) = self.run_batch(&mut batch) {
                        return Some(hit);
                    }
                    self.stats.cache_hits += 1;
                    self.accept(c);
                    return Some(i);
                }
                Some(false) => {
                    self.stats.cache_hits += 1;
                    continue;
                }
                None => {}
            }
            if batch.iter().any(|(_, b)| *b == c) {
                continue;
            }
            if self.require_parse && !syntax::parses(&c.program) {
                self.stats.parse_rejects += 1;
                self.cache.insert(c, false);
                continue;
            }
            batch.push((i, c));
            if batch.len() >= self.jobs {
                if let Some(hit) = self.run_batch(&mut batch) {
                    return Some(hit);
                }
            }
        }
        self.run_batch(&mut batch)
    }

    /// Evaluate a batch (in parallel), record the verdicts, accept the first
    /// interesting one. Empties the batch.
    fn run_batch(&mut self, batch: &mut Vec<(usize, Candidate)>) -> Option<usize> {
        if batch.is_empty() || self.out_of_time() {
            batch.clear();
            return None;
        }
        let pred = self.pred;
        let verdicts: Vec<bool> = if batch.len() == 1 {
            vec![pred(&batch[0].1)]
        } else {
            std::thread::scope(|s| {
                let handles: Vec<_> = batch
                    .iter()
                    .map(|(_, c)| s.spawn(move || pred(c)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or(false))
                    .collect()
            })
        };
        self.stats.tests += verdicts.len() as u64;
        let mut hit = None;
        for ((i, c), ok) in batch.drain(..).zip(verdicts) {
            if ok && hit.is_none() {
                self.accept(c.clone());
                hit = Some(i);
            }
            self.cache.insert(c, ok);
        }
        self.report();
        hit
    }

    fn report(&mut self) {
        let elapsed = self.started.elapsed();
        let (best, size, stats, reducer) = (&self.best, self.best_size, &self.stats, self.reducer);
        if let Some(p) = self.progress.as_mut() {
            p(&Progress {
                best,
                size,
                stats,
                elapsed,
                reducer,
            });
        }
    }

    /// Try the variants `gen` proposes for the best so far, one sweep: after
    /// an accepted variant, propose again from the new best and go on at the
    /// same position. Returns true if anything was accepted.
    pub fn sweep(&mut self, gen: &dyn Fn(&Candidate) -> Vec<Candidate>) -> bool {
        let mut at = 0;
        let mut any = false;
        loop {
            if self.out_of_time() {
                return any;
            }
            let cands = gen(&self.best);
            if at >= cands.len() {
                return any;
            }
            match self.try_first(cands.into_iter().skip(at).collect()) {
                Some(i) => {
                    any = true;
                    at += i;
                }
                None => return any,
            }
        }
    }
}
