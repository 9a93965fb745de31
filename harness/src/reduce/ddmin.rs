//! Delta debugging (Zeller's ddmin) over a list of units.
//!
//! Generic: `build(kept)` turns a subset of unit indices (ascending) into a
//! variant; the helper decides which variants are interesting. The result is
//! 1-minimal: removing any single remaining unit makes the variant
//! uninteresting (unless the time limit ran out).

use super::helper::Helper;
use super::Candidate;

/// Reduce `n` units. Returns the kept indices if anything was removed (the
/// helper's best is then the variant built from them).
pub fn ddmin(
    h: &mut Helper,
    n: usize,
    build: &dyn Fn(&[usize]) -> Candidate,
) -> Option<Vec<usize>> {
    let mut cur: Vec<usize> = (0..n).collect();
    let mut changed = false;
    if n == 0 {
        return None;
    }
    if n == 1 {
        return h.try_first(vec![build(&[])]).map(|_| Vec::new());
    }
    let mut gran = 2usize;
    while cur.len() >= 2 && !h.out_of_time() {
        let chunks = split(&cur, gran);
        let mut cands: Vec<Vec<usize>> = Vec::new();
        // complements first: removing a chunk is the step that pays most
        for i in 0..chunks.len() {
            let comp: Vec<usize> = chunks
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .flat_map(|(_, c)| c.iter().copied())
                .collect();
            cands.push(comp);
        }
        if chunks.len() > 2 {
            cands.extend(chunks.iter().cloned());
        }
        let built: Vec<Candidate> = cands.iter().map(|k| build(k)).collect();
        match h.try_first(built) {
            Some(i) => {
                changed = true;
                cur = cands.swap_remove(i);
                gran = if i < chunks.len() {
                    (gran - 1).max(2)
                } else {
                    2
                };
            }
            None => {
                if gran >= cur.len() {
                    break;
                }
                gran = (gran * 2).min(cur.len());
            }
        }
    }
    if cur.len() == 1 && !h.out_of_time() && h.try_first(vec![build(&[])]).is_some() {
        cur.clear();
        changed = true;
    }
    changed.then_some(cur)
}

fn split(v: &[usize], n: usize) -> Vec<Vec<usize>> {
    let n = n.min(v.len()).max(1);
    let mut out = Vec::with_capacity(n);
    let mut start = 0;
    for i in 0..n {
        let end = start + (v.len() - start) / (n - i);
        out.push(v[start..end].to_vec());
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use gcstress_vm::Schedule;

    fn cand(kept: &[usize]) -> Candidate {
        Candidate {
            program: kept.iter().map(|k| format!("x{k}\n")).collect(),
            schedule: Schedule::none(),
        }
    }

    #[test]
    fn finds_the_two_needed_units() {
        let pred = |c: &Candidate| c.program.contains("x3\n") && c.program.contains("x11\n");
        let all: Vec<usize> = (0..20).collect();
        let mut h = Helper::new(cand(&all), &pred, 1, None, None);
        let kept = ddmin(&mut h, 20, &|k| {
            let ids: Vec<usize> = k.iter().map(|&i| all[i]).collect();
            cand(&ids)
        })
        .unwrap();
        assert_eq!(kept, vec![3, 11]);
        assert_eq!(h.best().program, "x3\nx11\n");
    }

    #[test]
    fn split_is_even_and_complete() {
        let v: Vec<usize> = (0..7).collect();
        let s = split(&v, 3);
        assert_eq!(s, vec![vec![0, 1], vec![2, 3], vec![4, 5, 6]]);
    }
}
