//! Code a program `eval`s from a heredoc:
//!
//! ```text
//! eval(<<'SPEC')          →    describe "x" do
//! describe "x" do                ...
//!   ...                        end
//! end
//! SPEC
//! ```
//!
//! To the other reducers a heredoc is one string literal, so nothing inside
//! it would ever shrink; `gcstress specs` wraps every spec file this way (a
//! file mruby cannot parse then becomes a load error, not a syntax error of
//! the whole run). First the body in place of the call (if the bug does not
//! need `eval`); else the body is minimized on its own, as a program of its
//! own, by a nested run of every reducer whose predicate puts it back into
//! the heredoc (for bugs that need the code to be compiled at run time).

use super::driver::{self, Config, Reducer};
use super::helper::{Counts, Helper};
use super::Candidate;

pub struct Evals;

/// A line `eval(<<'TAG')`, `eval(<<TAG)`, `eval(<<~'TAG')`, ... (the call
/// alone on its line after indentation): its tag, and whether the body is
/// verbatim (a quoted tag without `~`: no interpolation, no escapes, no
/// indentation removed).
fn eval_heredoc(line: &str) -> Option<(&str, bool)> {
    let rest = line.trim().strip_prefix("eval(<<")?.strip_suffix(')')?;
    let squiggly = rest.starts_with('~');
    let rest = rest.strip_prefix(['~', '-']).unwrap_or(rest);
    let quoted = rest.strip_prefix('\'').and_then(|r| r.strip_suffix('\''));
    let tag = quoted.unwrap_or(rest);
    (!tag.is_empty()
        && tag
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '_'))
    .then_some((tag, quoted.is_some() && !squiggly))
}

/// An eval'd heredoc: the lines of its call and of its terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Heredoc {
    call: usize,
    end: usize,
    verbatim: bool,
}

fn heredocs(lines: &[&str]) -> Vec<Heredoc> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some((tag, verbatim)) = eval_heredoc(lines[i]) {
            if let Some(end) = (i + 1..lines.len()).find(|&j| lines[j].trim() == tag) {
                out.push(Heredoc {
                    call: i,
                    end,
                    verbatim,
                });
                i = end;
            }
        }
        i += 1;
    }
    out
}

/// One variant per eval'd heredoc, in program order: its body in place of
/// the call, the heredoc's terminator line dropped.
pub fn variants(c: &Candidate) -> Vec<Candidate> {
    let lines: Vec<&str> = c.program.split_inclusive('\n').collect();
    heredocs(&lines)
        .into_iter()
        .map(|d| Candidate {
            program: lines
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != d.call && j != d.end)
                .map(|(_, l)| *l)
                .collect(),
            schedule: c.schedule.clone(),
        })
        .collect()
}

/// The program around the `k`-th heredoc's body, and the body.
fn split(program: &str, k: usize) -> Option<(String, String, String)> {
    let lines: Vec<&str> = program.split_inclusive('\n').collect();
    let d = *heredocs(&lines).get(k)?;
    if !d.verbatim {
        return None;
    }
    Some((
        lines[..=d.call].concat(),
        lines[d.call + 1..d.end].concat(),
        lines[d.end..].concat(),
    ))
}

fn assemble(before: &str, body: &str, after: &str) -> String {
    let nl = if body.is_empty() || body.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    format!("{before}{body}{nl}{after}")
}

/// Minimize the `k`-th heredoc's body as a program of its own.
fn nested(h: &mut Helper, k: usize, tag_free: impl Fn(&str) -> bool + Sync) -> bool {
    let best = h.best().clone();
    let Some((before, body, after)) = split(&best.program, k) else {
        return false;
    };
    if body.lines().filter(|l| !l.trim().is_empty()).count() < 2 {
        return false;
    }
    let outer = h.predicate();
    let outer_count = h.counter();
    let whole = |c: &Candidate| Candidate {
        program: assemble(&before, &c.program, &after),
        schedule: c.schedule.clone(),
    };
    // a body that would end the heredoc early is not a variant
    let pred = |c: &Candidate| tag_free(&c.program) && outer(&whole(c));
    let count = |c: &Candidate| -> Option<Counts> { outer_count.and_then(|f| f(&whole(c))) };
    let cfg = Config {
        jobs: h.jobs(),
        deadline: h.deadline(),
        allocations: None,
    };
    let start = Candidate {
        program: body.clone(),
        schedule: best.schedule.clone(),
    };
    let r = driver::reduce_counting(
        start,
        &pred,
        outer_count.is_some().then_some(&count as _),
        &cfg,
        None,
    );
    h.stats.tests += r.stats.tests;
    h.stats.cache_hits += r.stats.cache_hits;
    h.stats.parse_rejects += r.stats.parse_rejects;
    h.try_first(vec![whole(&r.best)]).is_some()
}

impl Reducer for Evals {
    fn name(&self) -> &'static str {
        "evals"
    }

    fn reduce(&self, h: &mut Helper) {
        h.sweep(&variants);
        let mut k = 0;
        loop {
            if h.out_of_time() {
                return;
            }
            let lines: Vec<String> = h
                .best()
                .program
                .split_inclusive('\n')
                .map(str::to_string)
                .collect();
            let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
            let docs = heredocs(&refs);
            let Some(d) = docs.get(k) else { return };
            let tag = eval_heredoc(&lines[d.call])
                .map(|(t, _)| t.to_string())
                .unwrap_or_default();
            nested(h, k, |body| body.lines().all(|l| l.trim() != tag));
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_evaled_heredoc_becomes_code() {
        let c = Candidate {
            program: "a = 1\nbegin\n  eval(<<'S0')\nx = [1]\np x\nS0\nrescue Exception => e\nend\neval(<<~T)\n  y\n  T\n".into(),
            schedule: "none".parse().unwrap(),
        };
        let v = variants(&c);
        assert_eq!(v.len(), 2);
        assert_eq!(
            v[0].program,
            "a = 1\nbegin\nx = [1]\np x\nrescue Exception => e\nend\neval(<<~T)\n  y\n  T\n"
        );
        assert!(v[1].program.ends_with("end\n  y\n"));
        assert_eq!(eval_heredoc("eval(<<'A B')"), None);
        assert_eq!(eval_heredoc("x = eval(<<'A')"), None);
        let (before, body, after) = split(&c.program, 0).unwrap();
        assert_eq!(body, "x = [1]\np x\n");
        assert_eq!(assemble(&before, &body, &after), c.program);
        assert!(split(&c.program, 1).is_none(), "<<~ is not verbatim");
    }

    #[test]
    fn the_body_shrinks_inside_the_heredoc() {
        // "still fails" = the heredoc still evals a `boom` line
        let pred = |c: &Candidate| {
            let lines: Vec<&str> = c.program.lines().collect();
            let Some(i) = lines.iter().position(|l| l.trim() == "eval(<<'S')") else {
                return false;
            };
            lines[i + 1..]
                .iter()
                .take_while(|l| l.trim() != "S")
                .any(|l| l.contains("boom"))
        };
        let start = Candidate {
            program: "x = 1\neval(<<'S')\na = 1\nb = 2\nboom\nc = 3\nS\ny = 2\n".into(),
            schedule: "none".parse().unwrap(),
        };
        assert!(pred(&start));
        let cfg = Config {
            jobs: 1,
            ..Config::default()
        };
        let out = driver::reduce(start, &pred, &cfg, None).best;
        assert_eq!(out.program, "eval(<<'S')\nboom\nS\n");
    }
}
