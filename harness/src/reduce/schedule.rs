//! Shrink the schedule: drop items and settings, turn a periodic GC into one
//! GC point, push N in `minor%N` as high as it still fails, move `@N` points
//! earlier.

use gcstress_vm::schedule::{Item, Kind, When};
use gcstress_vm::Schedule;

use super::driver::Reducer;
use super::helper::Helper;
use super::integers::probes;
use super::Candidate;

pub struct ScheduleReducer {
    /// Allocations in one run of the original, when known.
    pub allocations: Option<u64>,
}

/// Most single points a periodic item is tried as.
const MAX_POINTS: u64 = 64;

fn with_schedule(c: &Candidate, s: Schedule) -> Candidate {
    Candidate {
        program: c.program.clone(),
        schedule: s,
    }
}

fn with_item(c: &Candidate, k: usize, item: Item) -> Candidate {
    let mut s = c.schedule.clone();
    s.items[k] = item;
    with_schedule(c, s)
}

fn drops(c: &Candidate) -> Vec<Candidate> {
    let s = &c.schedule;
    let mut out = Vec::new();
    for k in 0..s.items.len() {
        let mut t = s.clone();
        t.items.remove(k);
        out.push(with_schedule(c, t));
    }
    if s.gen.is_some() {
        out.push(with_schedule(
            c,
            Schedule {
                gen: None,
                ..s.clone()
            },
        ));
    }
    if s.step_ratio.is_some() {
        out.push(with_schedule(
            c,
            Schedule {
                step_ratio: None,
                ..s.clone()
            },
        ));
    }
    if s.interval_ratio.is_some() {
        out.push(with_schedule(
            c,
            Schedule {
                interval_ratio: None,
                ..s.clone()
            },
        ));
    }
    out
}

impl ScheduleReducer {
    /// `kind%N` → `kind@N`, `kind@2N`, ... (each point where it fired:
    /// allocations count for GC kinds, mallocs for `mallocfail`).
    fn single_points(&self, h: &mut Helper) {
        let mut k = 0;
        while k < h.best().schedule.items.len() && !h.out_of_time() {
            let c = h.best().clone();
            let item = c.schedule.items[k];
            let counts = h.counts(&c);
            let total = match (item.kind, counts) {
                (Kind::MallocFail, Some(n)) => Some(n.mallocs),
                (Kind::MallocFail, None) => None,
                (_, Some(n)) => Some(n.allocations),
                (_, None) => self.allocations,
            };
            if let (When::Every(n), Some(total)) = (item.when, total) {
                let points = total / n;
                if points <= MAX_POINTS {
                    let cands = (1..=points.max(1))
                        .map(|j| {
                            with_item(
                                &c,
                                k,
                                Item {
                                    kind: item.kind,
                                    when: When::At(j * n),
                                },
                            )
                        })
                        .collect();
                    h.try_first(cands);
                }
            }
            k += 1;
        }
    }

    /// `kind%N`: the largest N that still fails (doubling, then bisection).
    fn thin(&self, h: &mut Helper) {
        let cap = self.allocations.unwrap_or(1 << 20).max(1);
        for k in 0..h.best().schedule.items.len() {
            let item = |h: &Helper| h.best().schedule.items.get(k).copied();
            let Some(Item {
                kind,
                when: When::Every(mut n),
            }) = item(h)
            else {
                continue;
            };
            let every = |c: &Candidate, n: u64| {
                with_item(
                    c,
                    k,
                    Item {
                        kind,
                        when: When::Every(n),
                    },
                )
            };
            // gallop up
            let mut fail = None;
            while n * 2 <= cap && !h.out_of_time() {
                let c = h.best().clone();
                if h.try_first(vec![every(&c, n * 2)]).is_some() {
                    n *= 2;
                } else {
                    fail = Some(n * 2);
                    break;
                }
            }
            // bisect between the last pass and the first fail
            let Some(mut hi) = fail else { continue };
            let mut lo = n;
            while hi - lo > 1 && !h.out_of_time() {
                let c = h.best().clone();
                // probe from the top down: bigger N is the better answer
                let mut ps = probes(lo + 1, hi, h.jobs());
                ps.reverse();
                let cands = ps.iter().map(|&p| every(&c, p)).collect();
                match h.try_first(cands) {
                    Some(i) => {
                        lo = ps[i];
                        if i > 0 {
                            hi = ps[i - 1];
                        }
                    }
                    None => hi = ps.last().copied().unwrap_or(lo + 1),
                }
            }
        }
    }

    /// `kind@N`: the earliest point that still fails (bisection).
    fn move_points(&self, h: &mut Helper) {
        for k in 0..h.best().schedule.items.len() {
            let Some(Item {
                kind,
                when: When::At(n),
            }) = h.best().schedule.items.get(k).copied()
            else {
                continue;
            };
            let (mut lo, mut hi) = (1u64, n);
            while lo < hi && !h.out_of_time() {
                let c = h.best().clone();
                let ps = probes(lo, hi, h.jobs());
                let cands = ps
                    .iter()
                    .map(|&p| {
                        with_item(
                            &c,
                            k,
                            Item {
                                kind,
                                when: When::At(p),
                            },
                        )
                    })
                    .collect();
                match h.try_first(cands) {
                    Some(i) => {
                        hi = ps[i];
                        if i > 0 {
                            lo = ps[i - 1] + 1;
                        }
                    }
                    None => lo = ps.last().map_or(hi, |&p| p + 1),
                }
            }
        }
    }
}

impl Reducer for ScheduleReducer {
    fn name(&self) -> &'static str {
        "schedule"
    }

    fn reduce(&self, h: &mut Helper) {
        if h.best().schedule.is_none() {
            return;
        }
        h.sweep(&drops);
        self.single_points(h);
        self.thin(h);
        self.move_points(h);
    }
}
