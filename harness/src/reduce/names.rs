//! Shorten the names the program defines (locals, parameters, methods,
//! classes, constants, instance and global variables) to one letter.

use super::driver::Reducer;
use super::helper::Helper;
use super::syntax::{self, word_occurrences, Defined, Edit, Tree};
use super::Candidate;

pub struct Names;

fn fresh(src: &str, sigil: &str, upper: bool) -> Option<String> {
    let letters = if upper { 'A'..='Z' } else { 'a'..='z' };
    letters
        .map(|l| format!("{sigil}{l}"))
        .find(|n| word_occurrences(src, n).is_empty())
}

fn variants(c: &Candidate) -> Vec<Candidate> {
    let src = c.program.as_str();
    let t = Tree::parse(src);
    let mut out = Vec::new();
    for d in &t.defined {
        let (name, new) = match d {
            Defined::Lower(n) => (n, fresh(src, "", false)),
            Defined::Constant(n) => (n, fresh(src, "", true)),
            Defined::Ivar(n) => (n, fresh(src, "@", false)),
            Defined::Gvar(n) => (n, fresh(src, "$", false)),
        };
        let Some(new) = new else { continue };
        if new.len() >= name.len() || name.ends_with(['?', '!', '=']) {
            continue;
        }
        let edits: Vec<Edit> = word_occurrences(src, name)
            .into_iter()
            .map(|at| Edit::new(at, at + name.len(), new.clone()))
            .collect();
        if let Some(program) = syntax::apply(src, &edits) {
            out.push(Candidate {
                program,
                schedule: c.schedule.clone(),
            });
        }
    }
    out
}

impl Reducer for Names {
    fn name(&self) -> &'static str {
        "names"
    }

    fn reduce(&self, h: &mut Helper) {
        h.sweep(&variants);
    }
}
