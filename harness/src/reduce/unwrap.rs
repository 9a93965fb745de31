//! Splice a body in place of what wraps it: `3.times { x }` → `x`,
//! `begin x rescue y end` → `x` or `y`, `if c then a else b end` → `a` or
//! `b`, and the same for loops, parentheses, lambdas, classes and defs.

use super::driver::Reducer;
use super::helper::Helper;
use super::syntax::{self, Edit, Kind, Tree};
use super::Candidate;

pub struct Unwrap;

fn variants(c: &Candidate) -> Vec<Candidate> {
    let src = c.program.as_str();
    let t = Tree::parse(src);
    let mut out = Vec::new();
    for id in 0..t.nodes.len() {
        let n = t.node(id);
        if !n.kind.is_wrapper() {
            continue;
        }
        // a block is unwrapped in place of the call it belongs to
        let (start, end) = if n.kind == Kind::Block {
            match n.parent.map(|p| t.node(p)) {
                Some(p) if p.kind == Kind::Call => (p.start, p.end),
                _ => continue,
            }
        } else {
            (n.start, n.end)
        };
        for body in t.bodies(id) {
            let text = t.text(src, body);
            if let Some(program) = syntax::apply(src, &[Edit::new(start, end, text)]) {
                out.push(Candidate {
                    program,
                    schedule: c.schedule.clone(),
                });
            }
        }
    }
    out
}

impl Reducer for Unwrap {
    fn name(&self) -> &'static str {
        "unwrap"
    }

    fn reduce(&self, h: &mut Helper) {
        h.sweep(&variants);
    }
}
