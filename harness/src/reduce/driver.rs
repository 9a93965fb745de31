//! The driver: loop an ordered list of reducers until a whole round shrinks
//! nothing (Fuzzilli's `Minimizer.swift` shape).
//!
//! Each reducer is one file and proposes variants of the best candidate so
//! far; only the [`Helper`] evaluates them. Every accepted variant is strictly
//! smaller by [`Size`](super::Size) (a well-founded order), so the loop ends;
//! at its end no reducer's variant is interesting any more, which is why
//! minimizing an output again changes nothing.

use std::time::Instant;

use super::helper::{Counter, Helper, Predicate, ProgressFn, Stats};
use super::{
    arguments, bodies, comments, compact, evals, inline, integers, names, replace, reschedule,
    schedule, statements, unwrap, Candidate,
};

/// One way to shrink a candidate.
pub trait Reducer {
    fn name(&self) -> &'static str;
    /// Propose variants of `h.best()` through `h` (which accepts the
    /// interesting ones).
    fn reduce(&self, h: &mut Helper);
}

/// What the driver needs besides the predicate.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Predicate evaluations in flight at once.
    pub jobs: usize,
    /// Stop (keeping the best so far) after this instant.
    pub deadline: Option<Instant>,
    /// Object allocations of one run of the original (lets the schedule
    /// reducer turn `minor%N` into single GC points).
    pub allocations: Option<u64>,
}

/// The reducers, in the order each round runs them.
pub fn reducers(cfg: &Config) -> Vec<Box<dyn Reducer>> {
    vec![
        // 1. Comments and blank lines: one test, and every later variant is smaller for it.
        Box::new(comments::Comments),
        // 2. Code eval'd from a heredoc (a spec file) back into the program, where the others reach it.
        Box::new(evals::Evals),
        // 3. ddmin over top-level statements: the big cut, cheap per test.
        Box::new(statements::TopLevel),
        // 4. The schedule: fewer items, single GC points, rarer periodic GCs.
        Box::new(schedule::ScheduleReducer {
            allocations: cfg.allocations,
        }),
        // 5. ddmin inside every body (class, def, block, if, begin): hierarchical delta debugging.
        Box::new(bodies::Bodies),
        // 6. Splice a body in place of its block, begin, if, loop, class or def.
        Box::new(unwrap::Unwrap),
        // 7. Drop call arguments, parameters, array and hash elements.
        Box::new(arguments::Arguments),
        // 8. Replace expressions by `nil`, an empty literal, or one of their operands.
        Box::new(replace::Replace),
        // 9. Inline a local variable that is assigned once and read once.
        Box::new(inline::Inline),
        // 10. Shrink integers (loop counts, sizes) by bisection.
        Box::new(integers::Integers),
        // 11. Shorten the names the program defines.
        Box::new(names::Names),
        // 12. Put short multi-line constructs on one line (`class << x; ...; end`).
        Box::new(compact::Compact),
        // 13. Last: delete a statement and shift the schedule's counts a little
        //     (a deletion moves every later GC point; this escapes that minimum).
        Box::new(reschedule::Rescheduled),
    ]
}

/// The outcome of a reduction.
#[derive(Debug, Clone)]
pub struct Reduced {
    pub best: Candidate,
    pub stats: Stats,
    /// Rounds of the reducer list that ran.
    pub rounds: u32,
}

/// Shrink `start` (which must satisfy `pred`) until no reducer finds a
/// smaller variant that still does, or the deadline passes.
pub fn reduce<'a>(
    start: Candidate,
    pred: &'a Predicate<'a>,
    cfg: &Config,
    progress: Option<&'a mut ProgressFn<'a>>,
) -> Reduced {
    reduce_counting(start, pred, None, cfg, progress)
}

/// [`reduce`], with a way to count what a candidate's program allocates and
/// mallocs: the schedule reducers then move GC points by what a deletion
/// removed (a failing malloc or a forced GC stays on the same call).
pub fn reduce_counting<'a>(
    start: Candidate,
    pred: &'a Predicate<'a>,
    counter: Option<&'a Counter<'a>>,
    cfg: &Config,
    progress: Option<&'a mut ProgressFn<'a>>,
) -> Reduced {
    let mut h = Helper::new(start, pred, cfg.jobs, cfg.deadline, progress).with_counter(counter);
    let list = reducers(cfg);
    let mut rounds = 0;
    loop {
        rounds += 1;
        let before = h.best_size();
        for r in &list {
            if h.out_of_time() {
                break;
            }
            h.reducer = r.name();
            r.reduce(&mut h);
        }
        if h.best_size() == before || h.out_of_time() {
            break;
        }
    }
    let (best, stats) = h.into_best();
    Reduced {
        best,
        stats,
        rounds,
    }
}
