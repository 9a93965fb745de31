//! Drop comments, trailing blanks and blank lines (one variant).

use super::driver::Reducer;
use super::helper::Helper;
use super::syntax::{self, Edit, Tree};
use super::Candidate;

pub struct Comments;

/// `src` without its comments (as prism sees them) and blank lines.
pub fn strip(src: &str) -> String {
    let t = Tree::parse(src);
    let edits: Vec<Edit> = t
        .comments
        .iter()
        .map(|&(s, e)| Edit::new(s, e, ""))
        .collect();
    let bare = syntax::apply(src, &edits).unwrap_or_else(|| src.to_string());
    tidy(&bare)
}

/// Trailing blanks, blank lines and empty statements (`; ;`, a line that is
/// only `;`) removed, one final newline.
pub fn tidy(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    for line in src.lines() {
        let mut l = line.trim_end().to_string();
        while let Some(i) = l.find("; ;") {
            l.replace_range(i..i + 3, ";");
        }
        let l = l.trim_end_matches(';').trim_end();
        let l = match l.trim_start().strip_prefix("; ") {
            Some(rest) => format!("{}{rest}", &l[..l.len() - l.trim_start().len()]),
            None => l.to_string(),
        };
        if l.trim().is_empty() {
            continue;
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

impl Reducer for Comments {
    fn name(&self) -> &'static str {
        "comments"
    }

    fn reduce(&self, h: &mut Helper) {
        let c = h.best();
        let variants = vec![
            Candidate {
                program: strip(&c.program),
                schedule: c.schedule.clone(),
            },
            Candidate {
                program: tidy(&c.program),
                schedule: c.schedule.clone(),
            },
        ];
        h.try_first(variants);
    }
}
