//! Bisection: which commit of a VM's git history introduced (or, with
//! `fixed`, fixed) the bug a reproducer shows — `gcstress bisect FILE --src
//! GITDIR --good REV --bad REV`.
//!
//! Each commit tested is exported with `git archive` (the user's checkout is
//! only read) and built as VM `bisect-<sha12>` in `$GCSTRESS_HOME` (kept, so
//! a second bisection over the same history builds nothing twice); a commit
//! that does not build is skipped and said, as `git bisect skip` does. A
//! commit "shows the bug" when a run of the reproducer fails with one of the
//! signatures the bad end showed, or with another signature of the same
//! root cause (the header's `root_cause=`, else derived on the bad end).
//! Both ends are checked first. The search follows first parents; when the
//! first bad commit is a merge whose branch tip shows the bug too, it goes
//! on inside the branch (from where it forked), so the answer is the
//! branch's commit, not the merge.
//!
//! **Where the shim cannot be built** (GC internals change over mruby's
//! history: a renamed field, a moved header), a commit that builds but whose
//! gcstress worker does not compile is judged with the **plain reproducer**
//! (`--plain FILE`, or the reproducer's `.plain.rb` twin) on that commit's
//! own AddressSanitizer build (`bisect-<sha12>-asan`, its stock `mruby`): it
//! shows the bug when a run dies by a signal, prints an ASan report, or exits
//! non-zero (a plain reproducer raises when it sees a wrong value). When even
//! the failing end has no worker, every commit is judged that way.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use gcstress_vm::catalog::Variant;
use gcstress_vm::{Home, Install};
use serde::Serialize;

use super::fixcheck::{derive_on, run_side, Case};
use crate::exec::Executor;

pub struct Options<'a> {
    pub home: &'a Home,
    /// The git work tree (or bare repository) of the VM's sources.
    pub src: &'a Path,
    pub good: String,
    pub bad: String,
    /// Look for the commit that fixed the bug (good = fails, bad = passes).
    pub fixed: bool,
    pub runs: usize,
    pub mem_limit: u64,
    /// The plain reproducer (stock Ruby) for commits whose worker does not
    /// compile: run on the commit's own ASan build.
    pub plain: Option<String>,
}

/// What a tested commit did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Shows the bug.
    Fails,
    /// Does not show it.
    Passes,
    /// Could not be built (or run): skipped.
    Skipped,
}

#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub commit: String,
    pub subject: String,
    pub state: State,
    /// `crash 3/3`, or why it was skipped.
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The first bad commit (with `fixed`: the first fixed one), if one is named.
    pub first: Option<Step>,
    /// When skipped commits leave more than one candidate: all of them.
    pub candidates: Vec<String>,
    /// Commits between the ends (the bad end included).
    pub commits: usize,
    pub steps: Vec<Step>,
    /// The root cause and signatures a commit must show to count as failing.
    pub root_cause: Option<String>,
    pub signatures: Vec<String>,
    pub fixed: bool,
    /// Commits judged with the plain reproducer on their ASan build.
    pub plain_judged: usize,
}

fn git(src: &Path, args: &[&str]) -> Result<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(src)
        .args(args)
        .output()
        .with_context(|| format!("cannot run git in {}", src.display()))?;
    if !out.status.success() {
        bail!(
            "git {} in {}: {}",
            args.join(" "),
            src.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn resolve(src: &Path, rev: &str) -> Result<String> {
    git(
        src,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| crate::error::bad_input(format!("{}: no commit {rev}", src.display())))
}

pub fn subject(src: &Path, sha: &str) -> String {
    git(src, &["log", "-1", "--format=%s", sha]).unwrap_or_default()
}

/// The commits on `bad`'s first-parent line that `good` does not have,
/// oldest first (`bad` last): a merge stands for its branch until it is the
/// one (`good` may sit on a release branch beside that line).
fn commits(src: &Path, good: &str, bad: &str) -> Result<Vec<String>> {
    let list = git(
        src,
        &[
            "rev-list",
            "--reverse",
            "--first-parent",
            bad,
            &format!("^{good}"),
        ],
    )?;
    Ok(list.lines().map(str::to_string).collect())
}

/// A merge commit's second parent and the merge base of its two parents.
fn merged_branch(src: &Path, sha: &str) -> Option<(String, String)> {
    let parents = git(src, &["rev-list", "--parents", "-n", "1", sha]).ok()?;
    let p: Vec<&str> = parents.split_whitespace().collect();
    if p.len() < 3 {
        return None;
    }
    let base = git(src, &["merge-base", p[1], p[2]]).ok()?;
    Some((p[2].to_string(), base))
}

/// The VM built from commit `sha` (built now if it is not there yet); `Err`
/// if it does not build.
fn vm_at(home: &Home, src: &Path, sha: &str, progress: &mut dyn FnMut(&str)) -> Result<Install> {
    let id = format!("bisect-{}", &sha[..12]);
    if gcstress_vm::provision::installed(home).contains_key(&id) {
        return gcstress_vm::ensure(home, &id, &mut |m: &str| progress(m));
    }
    let failed = home
        .root
        .join("bisect")
        .join(format!("failed-{}", &sha[..12]));
    if let Ok(why) = std::fs::read_to_string(&failed) {
        bail!("{why}");
    }
    progress(&format!("building {} ({})", &sha[..12], subject(src, sha)));
    let built = build_commit(home, src, sha, &id, Variant::Release, progress);
    built.map_err(|e| {
        let why = format!("{e:#}");
        let _ = std::fs::write(&failed, &why);
        anyhow::anyhow!(why)
    })
}

/// Export commit `sha` into a scratch tree and build it as VM `id`.
fn build_commit(
    home: &Home,
    src: &Path,
    sha: &str,
    id: &str,
    variant: Variant,
    progress: &mut dyn FnMut(&str),
) -> Result<Install> {
    let tree: PathBuf = home.root.join("bisect").join(format!("src-{}", &sha[..12]));
    let _ = std::fs::remove_dir_all(&tree);
    std::fs::create_dir_all(&tree).with_context(|| format!("cannot create {}", tree.display()))?;
    let export = Command::new("sh")
        .arg("-c")
        .arg("git -C \"$1\" archive --format=tar \"$2\" | tar -x -C \"$3\"")
        .args(["sh"])
        .arg(src)
        .arg(sha)
        .arg(&tree)
        .status()
        .context("cannot run git archive")?;
    let built = if export.success() {
        gcstress_vm::provision::add_local(home, id, &tree, variant, &[], &mut |m: &str| progress(m))
    } else {
        Err(anyhow::anyhow!("git archive {sha} failed"))
    };
    let _ = std::fs::remove_dir_all(&tree);
    built
}

/// Did commit `sha` build as `bisect-<sha12>` even though its worker did
/// not compile? (The manifest is written before the worker is compiled.)
fn built_without_worker(home: &Home, sha: &str) -> bool {
    gcstress_vm::provision::installed(home).contains_key(&format!("bisect-{}", &sha[..12]))
}

/// The stock `mruby` of commit `sha` built with AddressSanitizer (built now
/// if it is not there yet; its worker need not compile).
fn asan_binary_at(
    home: &Home,
    src: &Path,
    sha: &str,
    progress: &mut dyn FnMut(&str),
) -> Result<PathBuf> {
    let id = format!("bisect-{}-asan", &sha[..12]);
    let plain = |home: &Home| {
        gcstress_vm::provision::installed(home)
            .get(&id)
            .and_then(|m| m.plain.clone())
            .filter(|p| p.exists())
    };
    if let Some(p) = plain(home) {
        return Ok(p);
    }
    progress(&format!(
        "{}: its gcstress worker does not compile; building its ASan binary for the plain reproducer",
        &sha[..12]
    ));
    let built = build_commit(home, src, sha, &id, Variant::Asan, progress);
    match (plain(home), built) {
        (Some(p), _) => Ok(p),
        (None, Err(e)) => Err(e),
        (None, Ok(_)) => bail!("the ASan build of {} has no stock mruby", &sha[..12]),
    }
}

/// The plain reproducer on a stock binary, `runs` times: (fails, detail).
fn judge_plain(binary: &Path, program: &str, runs: usize) -> Result<(bool, String)> {
    let stock = crate::reduce::plain::Stock::new(binary, std::time::Duration::from_secs(30))?;
    let mut failed = 0;
    let mut how = String::new();
    for _ in 0..runs.max(1) {
        let e = stock.run_status(program)?;
        let bad = match (e.status, e.signal(), e.code()) {
            (None, _, _) => None,
            _ if e.asan() => Some("asan".to_string()),
            (_, Some(sig), _) => Some(format!("signal {sig}")),
            (_, None, Some(c)) if c != 0 => Some(format!("exit {c}")),
            _ => None,
        };
        if let Some(b) = bad {
            failed += 1;
            if how.is_empty() {
                how = b;
            }
        }
    }
    let detail = format!(
        "plain on ASan build: {} {failed}/{}",
        if how.is_empty() { "ok" } else { &how },
        runs.max(1)
    );
    Ok((failed > 0, detail))
}

/// Binary search over `n` commits (index `n - 1` is the bad end, known to
/// fail; before index 0 is the good end): `test(i)` says whether commit `i`
/// fails (`None`: skip it). Returns the candidates for the first failing
/// commit: one when the search could decide, more when skipped commits sit
/// between the last passing and the first failing one.
pub fn search(n: usize, test: &mut dyn FnMut(usize) -> Option<bool>) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    // lo: last known passing (-1: the good end); hi: first known failing
    let (mut lo, mut hi): (isize, isize) = (-1, n as isize - 1);
    let mut skipped = std::collections::BTreeSet::new();
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        // the untested commit nearest the middle, alternating sides
        let pick = (0..(hi - lo))
            .flat_map(|d| [mid + d, mid - d])
            .find(|&i| i > lo && i < hi && !skipped.contains(&i));
        let Some(i) = pick else { break };
        match test(i as usize) {
            Some(true) => hi = i,
            Some(false) => lo = i,
            None => {
                skipped.insert(i);
            }
        }
    }
    ((lo + 1)..=hi).map(|i| i as usize).collect()
}

/// Run the bisection.
pub fn bisect(case: &Case, opts: &Options, progress: &mut dyn FnMut(&str)) -> Result<Outcome> {
    let good = resolve(opts.src, &opts.good)?;
    let bad = resolve(opts.src, &opts.bad)?;
    let list = commits(opts.src, &good, &bad)?;
    if list.is_empty() {
        return Err(crate::error::bad_input(format!(
            "{} is not an ancestor of {} (nothing between them)",
            opts.good, opts.bad
        )));
    }
    let (fail_end, pass_end) = if opts.fixed {
        (&good, &bad)
    } else {
        (&bad, &good)
    };
    let the_end = if opts.fixed {
        "--good with --fixed"
    } else {
        "--bad"
    };
    let nothing = |short: &str| {
        crate::error::bad_input(format!(
            "{} does not fail at {} ({}): {short} — nothing to bisect",
            case.repro.filename,
            &fail_end[..12],
            the_end,
        ))
    };
    // the failing end: what a failing commit must show
    let (signatures, root_cause, all_plain) = match vm_at(opts.home, opts.src, fail_end, progress) {
        Ok(vm) => {
            let mut ex = Executor::new(&vm)?;
            let (side, failing) = run_side(&mut ex, &vm, case, opts.runs, opts.mem_limit);
            if let Some(e) = side.error {
                bail!("{} on {}: {e}", case.repro.filename, vm.id);
            }
            if side.fails == 0 {
                return Err(nothing(&side.short()));
            }
            let root_cause = case
                .root_cause
                .clone()
                .or_else(|| derive_on(&mut ex, case, &failing));
            progress(&format!(
                "{} fails at {} ({}); root cause {}",
                case.repro.filename,
                &fail_end[..12],
                side.short(),
                root_cause
                    .as_deref()
                    .unwrap_or("(none derived: judged by signature)")
            ));
            (side.signatures.clone(), root_cause, false)
        }
        Err(e) => {
            let Some(plain) = opts
                .plain
                .as_deref()
                .filter(|_| built_without_worker(opts.home, fail_end))
            else {
                return Err(e.context(format!(
                    "the failing end {} does not build",
                    &fail_end[..12]
                )));
            };
            let bin = asan_binary_at(opts.home, opts.src, fail_end, progress)?;
            let (fails, detail) = judge_plain(&bin, plain, opts.runs)?;
            if !fails {
                return Err(nothing(&detail));
            }
            progress(&format!(
                "{} fails at {} ({detail}); every commit is judged by the plain reproducer",
                case.repro.filename,
                &fail_end[..12],
            ));
            (Vec::new(), None, true)
        }
    };
    let mut steps = Vec::new();
    let mut plain_judged = 0;
    let mut judge = |sha: &str, steps: &mut Vec<Step>, say: &mut dyn FnMut(&str)| -> Option<bool> {
        let subj = subject(opts.src, sha);
        let step = |state, detail: String| Step {
            commit: sha.to_string(),
            subject: subj.clone(),
            state,
            detail,
        };
        let verdict =
            |fails: bool, detail: String, steps: &mut Vec<Step>, say: &mut dyn FnMut(&str)| {
                say(&format!(
                    "{}: {} ({detail}) {subj}",
                    &sha[..12],
                    if fails { "fails" } else { "passes" },
                ));
                steps.push(step(
                    if fails { State::Fails } else { State::Passes },
                    detail,
                ));
                Some(fails)
            };
        let worker = if all_plain {
            Err(anyhow::anyhow!("judged by the plain reproducer"))
        } else {
            vm_at(opts.home, opts.src, sha, say)
        };
        let vm = match worker {
            Ok(vm) => vm,
            Err(e) => {
                // built, but the shim does not compile against it: the plain reproducer
                if let Some(plain) = opts.plain.as_deref() {
                    if all_plain || built_without_worker(opts.home, sha) {
                        let judged = asan_binary_at(opts.home, opts.src, sha, say)
                            .and_then(|bin| judge_plain(&bin, plain, opts.runs));
                        match judged {
                            Ok((fails, detail)) => {
                                plain_judged += 1;
                                return verdict(fails, detail, steps, say);
                            }
                            Err(e) => {
                                let why = format!("{e:#}");
                                let line = why.lines().next().unwrap_or("").to_string();
                                say(&format!(
                                    "{}: skipped, its ASan build failed ({line})",
                                    &sha[..12]
                                ));
                                steps.push(step(State::Skipped, line));
                                return None;
                            }
                        }
                    }
                }
                let why = format!("{e:#}");
                let line = why.lines().next().unwrap_or("").to_string();
                say(&format!("{}: skipped, does not build ({line})", &sha[..12]));
                steps.push(step(State::Skipped, line));
                return None;
            }
        };
        let mut ex = match Executor::new(&vm) {
            Ok(ex) => ex,
            Err(e) => {
                steps.push(step(State::Skipped, format!("{e:#}")));
                return None;
            }
        };
        let (side, failing) = run_side(&mut ex, &vm, case, opts.runs, opts.mem_limit);
        if let Some(e) = &side.error {
            steps.push(step(State::Skipped, e.clone()));
            return None;
        }
        let same_sig = side.signatures.iter().any(|s| signatures.contains(s));
        let same_cause = !same_sig
            && side.fails > 0
            && root_cause.is_some()
            && derive_on(&mut ex, case, &failing) == root_cause;
        verdict(same_sig || same_cause, side.short(), steps, say)
    };
    if judge(pass_end, &mut steps, progress) != Some(false) {
        return Err(crate::error::bad_input(format!(
            "{} also fails at {} ({}): not a range that bisects",
            case.repro.filename,
            &pass_end[..12],
            if opts.fixed {
                "--bad with --fixed"
            } else {
                "--good"
            }
        )));
    }
    // with --fixed, "fails" in the search means "is fixed"
    let commits_between = list.len();
    let mut list = list;
    let found = loop {
        let found: Vec<String> = search(list.len(), &mut |i| {
            judge(&list[i], &mut steps, progress).map(|f| f != opts.fixed)
        })
        .into_iter()
        .map(|i| list[i].clone())
        .collect();
        // a merge: the bug came with its branch (bisect the branch, from
        // where it forked) unless the branch's tip alone does not show it
        let [one] = found.as_slice() else { break found };
        let Some((tip, base)) = merged_branch(opts.src, one) else {
            break found;
        };
        if judge(&tip, &mut steps, progress).map(|f| f != opts.fixed) != Some(true) {
            break found;
        }
        progress(&format!(
            "{} is a merge; its branch {}..{} shows it: bisecting the branch",
            &one[..12],
            &base[..12],
            &tip[..12]
        ));
        list = commits(opts.src, &base, &tip)?;
        if list.is_empty() {
            break found;
        }
    };
    let first = (found.len() == 1).then(|| Step {
        commit: found[0].clone(),
        subject: subject(opts.src, &found[0]),
        state: if opts.fixed {
            State::Passes
        } else {
            State::Fails
        },
        detail: String::new(),
    });
    Ok(Outcome {
        first,
        candidates: found,
        commits: commits_between,
        steps,
        root_cause,
        signatures,
        fixed: opts.fixed,
        plain_judged,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_finds_the_first_failing_commit_and_steps_over_skips() {
        for n in 1..40 {
            for first in 0..n {
                let mut tested = 0;
                let got = search(n, &mut |i| {
                    tested += 1;
                    Some(i >= first)
                });
                assert_eq!(got, vec![first], "n {n} first {first}");
                assert!(tested <= 7, "{tested} tests for {n} commits");
            }
        }
        // the commit before the first bad one does not build: both are candidates
        let got = search(10, &mut |i| if i == 5 { None } else { Some(i >= 6) });
        assert_eq!(got, vec![5, 6]);
        // a skipped commit elsewhere changes nothing
        let got = search(10, &mut |i| if i == 4 { None } else { Some(i >= 6) });
        assert_eq!(got, vec![6]);
    }
}
