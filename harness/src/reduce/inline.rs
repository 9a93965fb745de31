//! Inline a local variable assigned once and read once: `x = f; g(x)` →
//! `g(f)`.

use super::driver::Reducer;
use super::helper::Helper;
use super::syntax::{self, word_occurrences, Edit, Kind, Tree};
use super::Candidate;

pub struct Inline;

fn simple(text: &str) -> bool {
    !text.contains([' ', '\n', ';'])
}

fn variants(c: &Candidate) -> Vec<Candidate> {
    let src = c.program.as_str();
    let t = Tree::parse(src);
    let mut out = Vec::new();
    for id in 0..t.nodes.len() {
        let w = t.node(id);
        if w.kind != Kind::LocalWrite || !t.is_statement(id) {
            continue;
        }
        let Some(name) = &w.name else { continue };
        if word_occurrences(src, name).len() != 2 {
            continue;
        }
        let Some(read) = t
            .nodes
            .iter()
            .find(|n| n.kind == Kind::LocalRead && n.name.as_deref() == Some(name.as_str()))
        else {
            continue;
        };
        if read.start < w.end {
            continue;
        }
        let Some(&value) = w.children.last() else {
            continue;
        };
        let v = t.text(src, value);
        let v = if simple(v) {
            v.to_string()
        } else {
            format!("({v})")
        };
        // the statement goes with its line end
        let mut end = w.end;
        let b = src.as_bytes();
        while end < b.len() && matches!(b[end], b' ' | b'\t' | b';') {
            end += 1;
        }
        if end < b.len() && b[end] == b'\n' {
            end += 1;
        }
        let edits = [
            Edit::new(w.start, end, ""),
            Edit::new(read.start, read.end, v),
        ];
        if let Some(program) = syntax::apply(src, &edits) {
            out.push(Candidate {
                program,
                schedule: c.schedule.clone(),
            });
        }
    }
    out
}

impl Reducer for Inline {
    fn name(&self) -> &'static str {
        "inline"
    }

    fn reduce(&self, h: &mut Helper) {
        h.sweep(&variants);
    }
}
