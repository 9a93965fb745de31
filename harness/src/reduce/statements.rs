//! ddmin over the top-level statements (over lines if prism cannot parse the
//! program: the VM may accept syntax prism does not).

use super::ddmin::ddmin;
use super::driver::Reducer;
use super::helper::Helper;
use super::syntax::Tree;
use super::Candidate;

pub struct TopLevel;

/// Splice a subset of units back between prefix and suffix.
pub fn splice(
    src: &str,
    prefix_end: usize,
    units: &[(usize, usize)],
    suffix_start: usize,
    kept: &[usize],
) -> String {
    let mut out = String::with_capacity(src.len());
    out.push_str(&src[..prefix_end]);
    for &k in kept {
        let (s, e) = units[k];
        out.push_str(&src[s..e]);
    }
    out.push_str(&src[suffix_start..]);
    out
}

impl Reducer for TopLevel {
    fn name(&self) -> &'static str {
        "statements"
    }

    fn reduce(&self, h: &mut Helper) {
        let c = h.best().clone();
        let src = c.program.as_str();
        let t = Tree::parse(src);
        let (start, units, end) = match t.statement_lists().first() {
            Some(&top) if t.clean => t.units(top),
            _ => {
                // lines as units
                let mut units = Vec::new();
                let mut at = 0;
                for line in src.split_inclusive('\n') {
                    units.push((at, at + line.len()));
                    at += line.len();
                }
                (0, units, src.len())
            }
        };
        let build = |kept: &[usize]| Candidate {
            program: splice(src, start, &units, end, kept),
            schedule: c.schedule.clone(),
        };
        ddmin(h, units.len(), &build);
    }
}
