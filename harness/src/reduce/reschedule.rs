//! Escaping the local minimum of schedule-dependent bugs.
//!
//! A GC schedule counts allocations (or mallocs): deleting a statement that
//! allocates moves every later GC point, so the bug often vanishes with a
//! statement that has nothing to do with it. This reducer proposes, for each
//! statement of every statement list (the top level first), its deletion
//! together with small shifts of the schedule's counts (`minor%56` →
//! `minor%55`, `%57`, `%54`, `%58`, `%28`, `%112`; `minor@K` → `K±1, ±2, ±4,
//! ±8, ±16`), and takes the first variant that still fails. It runs last in
//! each round, so the cheap reducers have done what they can first.
//!
//! When the minimizer can count a candidate (one run without GC points, see
//! [`Counts`]), the first proposals re-search the points instead of guessing:
//! a deleted statement that allocated `d` objects and made `m` mallocs before
//! the failure moves `minor@K` to `K-d` and `mallocfail@N` to `N-m` (the same
//! call fails; mallocs are counted only while Ruby code runs, so parsing and
//! code generation do not move them), then one or two either side.

use gcstress_vm::schedule::{Item, Kind, When};
use gcstress_vm::Schedule;

use super::driver::Reducer;
use super::helper::{Counts, Helper};
use super::statements::splice;
use super::syntax::Tree;
use super::Candidate;

pub struct Rescheduled;

/// Schedules near `s`: one item's count moved a little (or halved/doubled).
pub fn jitter(s: &Schedule) -> Vec<Schedule> {
    let mut out = Vec::new();
    for (i, it) in s.items.iter().enumerate() {
        let ns: Vec<u64> = match it.when {
            When::Every(n) => {
                let mut v = vec![
                    n + 1,
                    n.saturating_sub(1),
                    n + 2,
                    n.saturating_sub(2),
                    n / 2,
                    n * 2,
                ];
                v.retain(|&m| m >= 1 && m != n);
                v
            }
            When::At(n) => {
                let mut v = Vec::new();
                for d in [1u64, 2, 4, 8, 16] {
                    v.push(n.saturating_sub(d));
                    v.push(n + d);
                }
                v.retain(|&m| m >= 1 && m != n);
                v
            }
        };
        for m in ns {
            let mut t = s.clone();
            t.items[i] = Item {
                when: match it.when {
                    When::Every(_) => When::Every(m),
                    When::At(_) => When::At(m),
                },
                ..*it
            };
            out.push(t);
        }
    }
    out
}

/// The schedule's single points moved by what a deletion removed (`before`
/// and `after` count the program with and without the deleted statement):
/// all of them at once, then each one or two either side of its new place.
pub fn shifted(s: &Schedule, before: Counts, after: Counts) -> Vec<Schedule> {
    let delta = |kind: Kind| match kind {
        Kind::MallocFail => before.mallocs.saturating_sub(after.mallocs),
        _ => before.allocations.saturating_sub(after.allocations),
    };
    let mut base = s.clone();
    for it in &mut base.items {
        if let When::At(n) = it.when {
            let d = delta(it.kind);
            if d > 0 && n > d {
                it.when = When::At(n - d);
            }
        }
    }
    if base == *s {
        return Vec::new();
    }
    let mut out = vec![base.clone()];
    for (i, it) in base.items.iter().enumerate() {
        let When::At(n) = it.when else { continue };
        if s.items[i].when == it.when {
            continue;
        }
        for m in [n + 1, n.saturating_sub(1), n + 2, n.saturating_sub(2)] {
            if m >= 1 {
                let mut t = base.clone();
                t.items[i].when = When::At(m);
                out.push(t);
            }
        }
    }
    out
}

impl Reducer for Rescheduled {
    fn name(&self) -> &'static str {
        "reschedule"
    }

    fn reduce(&self, h: &mut Helper) {
        if h.best().schedule.items.is_empty() {
            return;
        }
        // one statement list at a time, from the top: re-parse after each accepted cut
        let mut list_no = 0;
        loop {
            if h.out_of_time() {
                return;
            }
            let c = h.best().clone();
            let t = Tree::parse(&c.program);
            if !t.clean {
                return;
            }
            let lists = t.statement_lists();
            let Some(&list) = lists.get(list_no) else {
                return;
            };
            let (start, units, end) = t.units(list);
            let points = c
                .schedule
                .items
                .iter()
                .any(|i| matches!(i.when, When::At(_)));
            let before = if points { h.counts(&c) } else { None };
            let mut accepted = false;
            for k in 0..units.len() {
                let kept: Vec<usize> = (0..units.len()).filter(|&j| j != k).collect();
                let program = splice(&c.program, start, &units, end, &kept);
                let mut schedules = Vec::new();
                if let Some(before) = before {
                    let cut = Candidate {
                        program: program.clone(),
                        schedule: c.schedule.clone(),
                    };
                    if let Some(after) = h.counts(&cut) {
                        schedules = shifted(&c.schedule, before, after);
                    }
                }
                schedules.extend(jitter(&c.schedule));
                let cands: Vec<Candidate> = schedules
                    .into_iter()
                    .map(|schedule| Candidate {
                        program: program.clone(),
                        schedule,
                    })
                    .collect();
                if h.try_first(cands).is_some() {
                    accepted = true;
                    break;
                }
                if h.out_of_time() {
                    return;
                }
            }
            if !accepted {
                list_no += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jitter_moves_one_count_at_a_time() {
        let s: Schedule = "minor%56,full@9".parse().unwrap();
        let j = jitter(&s);
        assert!(j.iter().any(|t| t.to_string() == "minor%55,full@9"));
        assert!(j.iter().any(|t| t.to_string() == "minor%112,full@9"));
        assert!(j.iter().any(|t| t.to_string() == "minor%56,full@1"));
        assert!(j.iter().all(|t| t != &s));
    }

    #[test]
    fn shifted_moves_each_point_by_what_its_kind_counts() {
        let s: Schedule = "minor@500,mallocfail@80,minor%7".parse().unwrap();
        let before = Counts {
            allocations: 1000,
            mallocs: 200,
        };
        let after = Counts {
            allocations: 900,
            mallocs: 170,
        };
        let v = shifted(&s, before, after);
        assert_eq!(v[0].to_string(), "minor@400,mallocfail@50,minor%7");
        assert!(v
            .iter()
            .any(|t| t.to_string() == "minor@400,mallocfail@51,minor%7"));
        assert!(v
            .iter()
            .any(|t| t.to_string() == "minor@398,mallocfail@50,minor%7"));
        assert!(
            shifted(&s, before, before).is_empty(),
            "nothing removed, nothing moved"
        );
    }
}
