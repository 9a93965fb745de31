//! Replace an expression by `nil`, by an empty literal of its kind, or by one
//! of its operands (`a << f(x)` → `f(x)` or `a`).

use super::driver::Reducer;
use super::helper::Helper;
use super::syntax::{self, Edit, Kind, Tree};
use super::Candidate;

pub struct Replace;

fn variants(c: &Candidate) -> Vec<Candidate> {
    let src = c.program.as_str();
    let t = Tree::parse(src);
    let mut out = Vec::new();
    for id in 1..t.nodes.len() {
        let n = t.node(id);
        if !n.kind.is_expression()
            || matches!(
                n.kind,
                Kind::LocalRead | Kind::ConstantRead | Kind::Integer | Kind::Nil
            )
        {
            continue;
        }
        let text = t.text(src, id);
        let mut options: Vec<String> = vec!["nil".into()];
        match n.kind {
            Kind::Array => options.push("[]".into()),
            Kind::Hash => options.push("{}".into()),
            Kind::Literal if text.starts_with(['"', '\'']) => options.push("\"\"".into()),
            Kind::Call => {
                // operands: the receiver and each argument
                for &k in &n.children {
                    let kn = t.node(k);
                    if kn.kind == Kind::Arguments {
                        for &a in &kn.children {
                            options.push(t.text(src, a).to_string());
                        }
                    } else if kn.kind.is_expression() {
                        options.push(t.text(src, k).to_string());
                    }
                }
            }
            _ => {}
        }
        for o in options {
            if o.len() >= text.len() {
                continue;
            }
            if let Some(program) = syntax::apply(src, &[Edit::new(n.start, n.end, o)]) {
                out.push(Candidate {
                    program,
                    schedule: c.schedule.clone(),
                });
            }
        }
    }
    out
}

impl Reducer for Replace {
    fn name(&self) -> &'static str {
        "replace"
    }

    fn reduce(&self, h: &mut Helper) {
        h.sweep(&variants);
    }
}
