//! Shrink integer literals (loop counts, sizes, indices) by bisection: the
//! smallest value that still fails, probing `jobs` values per step.

use super::driver::Reducer;
use super::helper::Helper;
use super::syntax::{self, Edit, Kind, Tree};
use super::Candidate;

pub struct Integers;

/// (start, end, value) of each plain non-negative decimal literal.
fn sites(src: &str) -> Vec<(usize, usize, u64)> {
    let t = Tree::parse(src);
    t.nodes
        .iter()
        .filter(|n| n.kind == Kind::Integer)
        .filter_map(|n| {
            let text = src.get(n.start..n.end)?;
            let v: u64 = text.parse().ok()?;
            Some((n.start, n.end, v))
        })
        .collect()
}

fn with_value(c: &Candidate, site: (usize, usize), v: u64) -> Option<Candidate> {
    Some(Candidate {
        program: syntax::apply(&c.program, &[Edit::new(site.0, site.1, v.to_string())])?,
        schedule: c.schedule.clone(),
    })
}

/// Probe values strictly between `lo` and `hi`, ascending, at most `n`.
pub fn probes(lo: u64, hi: u64, n: usize) -> Vec<u64> {
    let n = n.max(1) as u64;
    let mut out: Vec<u64> = (1..=n)
        .map(|j| lo + ((hi - lo) as u128 * j as u128 / (n as u128 + 1)) as u64)
        .filter(|&v| v >= lo && v < hi)
        .collect();
    if out.is_empty() && lo < hi {
        out.push(lo);
    }
    out.dedup();
    out
}

impl Reducer for Integers {
    fn name(&self) -> &'static str {
        "integers"
    }

    fn reduce(&self, h: &mut Helper) {
        let mut k = 0;
        while !h.out_of_time() {
            let Some(&(s, e, v)) = sites(&h.best().program).get(k) else {
                break;
            };
            k += 1;
            if v == 0 {
                continue;
            }
            // 0 and 1 first: the usual answers
            let c = h.best().clone();
            let small: Vec<Candidate> = [0, 1]
                .into_iter()
                .filter(|&x| x < v)
                .filter_map(|x| with_value(&c, (s, e), x))
                .collect();
            if h.try_first(small).is_some() {
                continue;
            }
            // bisection over [2, v): the best value passes, `lo - 1` does not
            let (mut lo, mut hi) = (2u64, v);
            while lo < hi && !h.out_of_time() {
                let c = h.best().clone();
                let Some(&(s, e, cur)) = sites(&c.program).get(k - 1) else {
                    break;
                };
                if cur != hi {
                    break;
                }
                let ps = probes(lo, hi, h.jobs());
                let cands: Vec<Candidate> = ps
                    .iter()
                    .filter_map(|&x| with_value(&c, (s, e), x))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes_split_the_range() {
        assert_eq!(probes(2, 300, 1), vec![151]);
        assert_eq!(probes(2, 300, 2), vec![101, 200]);
        assert_eq!(probes(5, 6, 3), vec![5]);
    }
}
