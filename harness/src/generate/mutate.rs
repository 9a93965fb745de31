//! IR-level mutations for the feedback loop (Fuzzilli's shape): insert fresh
//! statements, delete, duplicate, swap, move GC points, change schedule
//! numbers, splice two programs. Every mutation is followed by `ir::repair`,
//! so the result keeps def-before-use.

use gcstress_vm::schedule::{Item, Kind as SKind, When};
use rand::Rng;

use super::Generator;
use crate::ir::*;

/// Every statement list of the program (the top level first), as indices
/// into a flat walk: (depth-first order). Returns the number of lists.
fn count_lists(stmts: &[Stmt]) -> usize {
    1 + stmts
        .iter()
        .map(|s| s.bodies().iter().map(|b| count_lists(b)).sum::<usize>())
        .sum::<usize>()
}

/// Apply `f` to the n-th statement list (depth-first order).
fn with_list<R>(
    stmts: &mut Vec<Stmt>,
    n: usize,
    f: &mut dyn FnMut(&mut Vec<Stmt>) -> R,
) -> Option<R> {
    fn go<R>(
        stmts: &mut Vec<Stmt>,
        n: &mut usize,
        f: &mut dyn FnMut(&mut Vec<Stmt>) -> R,
    ) -> Option<R> {
        if *n == 0 {
            return Some(f(stmts));
        }
        *n -= 1;
        for s in stmts.iter_mut() {
            for b in s.bodies_mut() {
                if let Some(r) = go(b, n, f) {
                    return Some(r);
                }
            }
        }
        None
    }
    let mut n = n;
    go(stmts, &mut n, f)
}

/// What a mutation did (for statistics).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutation {
    Insert,
    Delete,
    Duplicate,
    Swap,
    GcPoint,
    Schedule,
    Splice,
}

impl<'a, R: rand::RngCore> Generator<'a, R> {
    /// A mutated copy of `p` (`donor`: another corpus program for splicing).
    pub fn mutate(&mut self, p: &Program, donor: Option<&Program>) -> (Program, Mutation) {
        let mut q = p.clone();
        self.adopt(&q);
        let m = match self.weighted(&[6, 4, 5, 2, 5, 4, if donor.is_some() { 3 } else { 0 }]) {
            0 => {
                // insert fresh statements at the top level (they see top-level variables)
                let pos = self.below(q.stmts.len() + 1);
                let n = 1 + self.below(3);
                let mut scope = self.scope_at(&q.stmts[..pos]);
                for k in 0..n {
                    let s = self.stmt_in(&mut scope);
                    q.stmts.insert(pos + k, s);
                }
                Mutation::Insert
            }
            1 => {
                let lists = count_lists(&q.stmts);
                let which = self.below(lists);
                let r = self.rng.random::<u64>();
                with_list(&mut q.stmts, which, &mut |l: &mut Vec<Stmt>| {
                    if !l.is_empty() {
                        let i = (r as usize) % l.len();
                        l.remove(i);
                    }
                });
                Mutation::Delete
            }
            2 => {
                if !q.stmts.is_empty() {
                    let i = self.below(q.stmts.len());
                    let j = i + self.below(q.stmts.len() - i + 1);
                    let s = q.stmts[i].clone();
                    q.stmts.insert(j.min(q.stmts.len()), s);
                }
                Mutation::Duplicate
            }
            3 => {
                if q.stmts.len() >= 2 {
                    let i = self.below(q.stmts.len() - 1);
                    q.stmts.swap(i, i + 1);
                }
                Mutation::Swap
            }
            4 => {
                let lists = count_lists(&q.stmts);
                let which = self.below(lists);
                let r = self.rng.random::<u64>();
                let kind = match self.below(3) {
                    0 => GcKind::Minor,
                    1 => GcKind::Full,
                    _ => GcKind::Minor,
                };
                with_list(&mut q.stmts, which, &mut |l: &mut Vec<Stmt>| {
                    // remove an existing GC point or add one
                    if let Some(i) = l.iter().position(|s| matches!(s, Stmt::Gc(_))) {
                        if r % 3 == 0 {
                            l.remove(i);
                            return;
                        }
                    }
                    let pos = (r as usize >> 8) % (l.len() + 1);
                    l.insert(pos, Stmt::Gc(kind));
                });
                Mutation::GcPoint
            }
            5 => {
                self.mutate_schedule(&mut q);
                Mutation::Schedule
            }
            _ => {
                let d = donor.map(|d| d.stmts.clone()).unwrap_or_default();
                if !d.is_empty() {
                    let a = self.below(d.len());
                    let b = (a + 1 + self.below(6)).min(d.len());
                    let pos = self.below(q.stmts.len() + 1);
                    for (k, s) in d[a..b].iter().enumerate() {
                        q.stmts.insert(pos + k, s.clone());
                    }
                }
                Mutation::Splice
            }
        };
        repair(&mut q);
        // keep programs small: big ones are slow and rarely better
        while count_stmts(&q.stmts) > 160 && q.stmts.len() > 1 {
            let i = self.below(q.stmts.len());
            q.stmts.remove(i);
            repair(&mut q);
        }
        (q, m)
    }

    fn mutate_schedule(&mut self, q: &mut Program) {
        let s = &mut q.schedule;
        if s.items.is_empty() || self.chance(0.2) {
            *s = self.schedule();
            return;
        }
        let i = self.below(s.items.len());
        let it = s.items[i];
        let scale = |n: u64, up: bool| {
            if up {
                n.saturating_mul(2)
            } else {
                (n / 2).max(1)
            }
        };
        let up = self.chance(0.5);
        s.items[i] = match (self.below(4), it.when) {
            (0, When::Every(n)) => Item {
                when: When::Every(scale(n, up)),
                ..it
            },
            (0, When::At(n)) => Item {
                when: When::At(scale(n, up)),
                ..it
            },
            (1, w) => Item {
                kind: if it.kind == SKind::Minor {
                    SKind::Full
                } else {
                    SKind::Minor
                },
                when: w,
            },
            (2, When::Every(n)) => Item {
                when: When::At(n),
                ..it
            },
            (2, When::At(n)) => Item {
                when: When::Every(n.max(1)),
                ..it
            },
            _ => {
                if s.items.len() < 4 {
                    let extra = self.schedule();
                    s.items.extend(extra.items);
                }
                it
            }
        };
        s.items.truncate(gcstress_vm::schedule::MAX_ITEMS);
        // every-N items stay within the generator's ranges: a full GC every
        // allocation is slow and finds nothing a sparser one does not
        for it in s.items.iter_mut() {
            if let When::Every(n) = it.when {
                let lo = match it.kind {
                    SKind::Full => 40,
                    SKind::MallocFail => 20,
                    SKind::Minor => 8,
                    _ => 2,
                };
                it.when = When::Every(n.clamp(lo, 5000));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{program_for_seed, GenConfig, VmCatalog};

    #[test]
    fn mutants_stay_valid() {
        let cat = VmCatalog::builtin_minimal();
        let mut g = Generator::new(99, &cat, GenConfig::default());
        let donor = program_for_seed(&cat, 5, &GenConfig::default());
        for seed in 0..40 {
            let mut p = program_for_seed(&cat, seed, &GenConfig::default());
            for _ in 0..20 {
                let (q, _) = g.mutate(&p, Some(&donor));
                assert!(validate(&q).is_ok(), "seed {seed}: {:?}", validate(&q));
                p = q;
            }
        }
    }
}
