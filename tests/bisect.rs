//! `gcstress bisect` end to end, offline: a scratch git history made from the
//! mruby 3.3.0 source tree the default VM was built from, in which one commit
//! drops the write barrier of `mrb_obj_iv_set_force` -- and, in the same
//! commit, renames a field of `mrb_gc` that the gcstress shim reads (GC
//! internals do change over mruby's history), so that commit's worker does not
//! compile; the next commit renames the field back. Bisect must name the
//! barrier commit, judging the ends by the reproducer's root cause and that
//! commit by the plain reproducer on its own ASan build. The history has fixed
//! dates, so its commits (and their builds in `$GCSTRESS_HOME`) are the same
//! every time: a run on a fresh home builds four mruby trees (three release,
//! one ASan), later runs reuse them.

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

/// good: the tree as released; the barrier dropped and `mrb_gc.threshold`
/// renamed (the shim no longer compiles); renamed back (bad).
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
    let rename = |from: &str, to: &str| {
        let h = repo.join("include/mruby/gc.h");
        let t = std::fs::read_to_string(&h).unwrap();
        let decl_from = format!("  size_t {from};");
        assert_eq!(t.matches(&decl_from).count(), 1, "mrb_gc.{from} moved");
        std::fs::write(&h, t.replacen(&decl_from, &format!("  size_t {to};"), 1)).unwrap();
        let c = repo.join("src/gc.c");
        let t = std::fs::read_to_string(&c).unwrap();
        assert!(t.contains(&format!("gc->{from}")));
        std::fs::write(&c, t.replace(&format!("gc->{from}"), &format!("gc->{to}"))).unwrap();
    };
    let var = repo.join("src/variable.c");
    let text = std::fs::read_to_string(&var).unwrap();
    assert_eq!(text.matches(BARRIER).count(), 1, "the barrier line moved");
    std::fs::write(&var, text.replacen(BARRIER, "", 1)).unwrap();
    rename("threshold", "alloc_threshold");
    let dropped = commit(
        &repo,
        "gc: rename mrb_gc.threshold; variable.c: drop the write barrier of mrb_obj_iv_set_force",
    );
    rename("alloc_threshold", "threshold");
    let bad = commit(&repo, "gc: call it threshold again");
    (repo, [good, dropped, bad])
}

#[test]
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
    // the same in stock Ruby: it raises when it reads a value the GC freed
    let (_p, plain) = program(
        "GC.generational_mode = true\n\
         o = Object.new\n\
         GC.start\n\
         o.instance_variable_set(:@x, \"s\" * 64)\n\
         3000.times { \"t\" * 64 }\n\
         raise \"bad value\" unless o.instance_variable_get(:@x) == \"s\" * 64\n",
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
        "--plain",
        plain.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let j = r.json();
    assert_eq!(j["first"]["commit"], dropped.as_str(), "{j}");
    assert_eq!(
        j["first"]["subject"],
        "gc: rename mrb_gc.threshold; variable.c: drop the write barrier of mrb_obj_iv_set_force"
    );
    assert_eq!(j["commits"], 2);
    // that commit has no worker: judged by the plain program on its ASan build
    let step = j["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["commit"] == dropped.as_str())
        .cloned()
        .unwrap_or_else(|| panic!("the barrier commit was not tested: {j}"));
    assert_eq!(step["state"], "fails", "{j}");
    assert!(
        step["detail"]
            .as_str()
            .unwrap()
            .starts_with("plain on ASan build"),
        "{j}"
    );
    assert_eq!(j["plain_judged"], 1, "{j}");
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
