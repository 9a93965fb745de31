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

use gcstress_vm::schedule::{Item, When};
use gcstress_vm::Schedule;

use super::driver::Reducer;
use super::helper::Helper;
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
            let mut accepted = false;
            for k in 0..units.len() {
                let kept: Vec<usize> = (0..units.len()).filter(|&j| j != k).collect();
                let program = splice(&c.program, start, &units, end, &kept);
                let cands: Vec<Candidate> = jitter(&c.schedule)
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
}
