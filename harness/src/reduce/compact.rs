//! Put a short multi-line construct on one line: `class << x; alias_method
//! :a, :b; end`. Fewer lines, same program.

use super::driver::Reducer;
use super::helper::Helper;
use super::syntax::{self, join_lines, Edit, Kind, Tree};
use super::Candidate;

pub struct Compact;

/// The longest line this reducer makes.
const MAX_LINE: usize = 100;

fn variants(c: &Candidate) -> Vec<Candidate> {
    let src = c.program.as_str();
    let t = Tree::parse(src);
    let mut out = Vec::new();
    for id in 0..t.nodes.len() {
        let n = t.node(id);
        let (start, end) = match n.kind {
            Kind::Block => match n.parent.map(|p| t.node(p)) {
                Some(p) if p.kind == Kind::Call => (p.start, p.end),
                _ => continue,
            },
            k if k.is_wrapper() => (n.start, n.end),
            _ => continue,
        };
        let text = &src[start..end];
        if !text.contains('\n') {
            continue;
        }
        let joined = join_lines(text);
        // the line it lands on must stay short too
        let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = src[end..].find('\n').map_or(src.len(), |i| end + i);
        if joined.len() + (start - line_start) + (line_end - end) > MAX_LINE {
            continue;
        }
        if let Some(program) = syntax::apply(src, &[Edit::new(start, end, joined)]) {
            out.push(Candidate {
                program,
                schedule: c.schedule.clone(),
            });
        }
    }
    out
}

impl Reducer for Compact {
    fn name(&self) -> &'static str {
        "compact"
    }

    fn reduce(&self, h: &mut Helper) {
        h.sweep(&variants);
    }
}
