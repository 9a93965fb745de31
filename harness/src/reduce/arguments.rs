//! Drop one element of a comma list: call arguments, parameters, array and
//! hash elements.

use super::driver::Reducer;
use super::helper::Helper;
use super::syntax::{self, Edit, Kind, Tree};
use super::Candidate;

pub struct Arguments;

/// The edit that removes child `i` of a comma list, with its comma.
pub fn remove_element(t: &Tree, list: usize, i: usize) -> Edit {
    let kids = &t.node(list).children;
    let n = |k: usize| t.node(kids[k]);
    if i + 1 < kids.len() {
        Edit::new(n(i).start, n(i + 1).start, "")
    } else if i > 0 {
        Edit::new(n(i - 1).end, n(i).end, "")
    } else {
        Edit::new(n(i).start, n(i).end, "")
    }
}

fn variants(c: &Candidate) -> Vec<Candidate> {
    let src = c.program.as_str();
    let t = Tree::parse(src);
    let mut out = Vec::new();
    for id in 0..t.nodes.len() {
        let n = t.node(id);
        if !matches!(
            n.kind,
            Kind::Arguments | Kind::Parameters | Kind::Array | Kind::Hash
        ) {
            continue;
        }
        for i in 0..n.children.len() {
            if let Some(program) = syntax::apply(src, &[remove_element(&t, id, i)]) {
                out.push(Candidate {
                    program,
                    schedule: c.schedule.clone(),
                });
            }
        }
    }
    out
}

impl Reducer for Arguments {
    fn name(&self) -> &'static str {
        "arguments"
    }

    fn reduce(&self, h: &mut Helper) {
        h.sweep(&variants);
    }
}
