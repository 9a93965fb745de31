//! `gcstress bisect` end to end, offline: a scratch git history made from the
//! mruby 3.3.0 source tree the default VM was built from, in which one commit
//! drops the write barrier of `mrb_obj_iv_set_force`. Bisect must name that
//! commit, judging each commit by the reproducer's root cause. It builds
//! three commits of mruby (about a minute each on 2 cores), so it is opt-in:
//! `cargo test --release --test bisect -- --ignored`. The history has fixed
//! dates, so its commits (and their builds in `$GCSTRESS_HOME`) are the same
//! every time.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::Command;

const BARRIER: &str = "  mrb_field_write_barrier_value(mrb, (struct RBasic*)obj, v);\n";

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "gcstress test")
        .env("GIT_AUTHOR_EMAIL", "test@gcstress.invalid")
        .env("GIT_COMMITTER_NAME", "gcstress test")
        .env("GIT_COMMITTER_EMAIL", "test@gcstress.invalid")
        .env("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z")
        .env("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z")
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn commit(dir: &Path, msg: &str) -> String {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", msg]);
    git(dir, &["rev-parse", "HEAD"])
}

/// good: the tree as released; the barrier dropped; an unrelated change (bad).
fn history(tmp: &Path) -> (PathBuf, [String; 3]) {
    vm_ready("mruby-3.3.0");
    let r = run(&["vm", "path", "mruby-3.3.0"]);
    let src = PathBuf::from(r.stdout.trim()).join("src");
    assert!(src.join("include/mruby.h").is_file(), "{}", src.display());
    let repo = tmp.join("mruby");
    let st = Command::new("cp")
        .arg("-r")
        .arg(&src)
        .arg(&repo)
        .status()
        .unwrap();
    assert!(st.success());
    git(&repo, &["init", "-q"]);
    let good = commit(&repo, "mruby 3.3.0 as released");
    let var = repo.join("src/variable.c");
    let text = std::fs::read_to_string(&var).unwrap();
    assert_eq!(text.matches(BARRIER).count(), 1, "the barrier line moved");
    std::fs::write(&var, text.replacen(BARRIER, "", 1)).unwrap();
    let dropped = commit(
        &repo,
        "variable.c: drop the write barrier of mrb_obj_iv_set_force",
    );
    let news = repo.join("NEWS");
    let mut t = std::fs::read_to_string(&news).unwrap_or_default();
    t.push_str("\nAn unrelated change.\n");
    std::fs::write(&news, t).unwrap();
    let bad = commit(&repo, "NEWS: an unrelated change");
    (repo, [good, dropped, bad])
}

#[test]
#[ignore = "builds three mruby commits; run with --ignored"]
fn bisect_names_the_commit_that_dropped_a_barrier() {
    let tmp = tempfile::tempdir().unwrap();
    let (repo, [good, dropped, bad]) = history(tmp.path());
    // a young string stored into an old object without a barrier; the
    // next minor GC frees it (generational mode; the verifier sees it)
    let (_d, file) = program(
        "# gcstress: schedule=gen=on verify=on timeout=10s\n\
         o = Object.new\n\
         GCStress.full\n\
         o.instance_variable_set(:@x, \"s\" * 3)\n\
         GCStress.minor\n\
         p o.instance_variable_get(:@x)\n",
    );
    let r = run(&[
        "bisect",
        file.to_str().unwrap(),
        "--src",
        repo.to_str().unwrap(),
        "--good",
        &good,
        "--bad",
        &bad,
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let j = r.json();
    assert_eq!(j["first"]["commit"], dropped.as_str(), "{j}");
    assert_eq!(
        j["first"]["subject"],
        "variable.c: drop the write barrier of mrb_obj_iv_set_force"
    );
    assert_eq!(j["commits"], 2);
    let key = j["root_cause"].as_str().unwrap_or("");
    assert!(key.contains("RString"), "judged by its root cause: {j}");
    // the ends the wrong way round (bad before good): nothing between them,
    // a usage error before anything is built
    let r = run(&[
        "bisect",
        file.to_str().unwrap(),
        "--src",
        repo.to_str().unwrap(),
        "--good",
        &bad,
        "--bad",
        &good,
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// Bad input: one line, exit 2, before anything is built.
#[test]
fn bisect_bad_input_is_one_line() {
    let tmp = tempfile::tempdir().unwrap();
    let (_d, file) = program("# gcstress: schedule=none\np 1\n");
    let not_git = tmp.path().to_str().unwrap();
    let r = run(&[
        "bisect",
        file.to_str().unwrap(),
        "--src",
        not_git,
        "--good",
        "a",
        "--bad",
        "b",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("not a git checkout"), "{}", r.stderr);
    assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
}
