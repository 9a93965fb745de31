//! Find to fix, on real VMs: a patched mruby 3.1.0 built from a scratch copy
//! of its sources (gcstress's own fix for the env_unshare GC-in-malloc bug),
//! a patch that does not apply, and `triage` saying what the patched VM does
//! with reproducers of that bug and of another.
//!
//! The patched VM is built once (about a minute) under a fixed name and
//! reused while its manifest records the same patch.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::Value;

const FIXED: &str = "fixcheck-envfix";
const BASE: &str = "mruby-3.1.0";

fn envfix_patch() -> PathBuf {
    repo().join("patches/mruby-3.1.0-env-unshare.patch")
}

fn regression(name: &str) -> String {
    repo()
        .join("corpus/regressions")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// `vm list --json`'s entry for `id`.
fn listed(id: &str) -> Option<Value> {
    let r = run(&["vm", "list", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|j| j["id"] == id)
}

/// SHA-256 of a file, by coreutils' `sha256sum`.
fn sha256sum(p: &Path) -> String {
    let out = std::process::Command::new("sha256sum")
        .arg(p)
        .output()
        .expect("sha256sum runs");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_string()
}

static BUILD: Mutex<()> = Mutex::new(());

/// Build the patched VM unless a build with this very patch is there already
/// (a build from an older version of the patch is rebuilt); its `vm list --json` entry.
fn patched_vm() -> Value {
    let _one = BUILD.lock().unwrap_or_else(|e| e.into_inner());
    vm_ready(BASE);
    let want = sha256sum(&envfix_patch());
    assert_eq!(want.len(), 64);
    let fresh = |j: &Value| {
        j["built"] == true
            && j["patches"][0]["file"] == "mruby-3.1.0-env-unshare.patch"
            && j["patches"][0]["sha256"] == want.as_str()
    };
    if !listed(FIXED).is_some_and(|j| fresh(&j)) {
        let p = envfix_patch();
        let r = run(&[
            "vm",
            "add",
            FIXED,
            "--from",
            BASE,
            "--patch",
            p.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "vm add --from --patch failed: {}", r.stderr);
        assert!(
            r.stderr.contains("applying mruby-3.1.0-env-unshare.patch"),
            "{}",
            r.stderr
        );
    }
    let j = listed(FIXED).expect("the patched VM is listed");
    assert!(
        fresh(&j),
        "the manifest records the patch and its SHA-256: {j}"
    );
    j
}

fn vm_dir(id: &str) -> PathBuf {
    let r = run(&["vm", "path", id]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    PathBuf::from(r.stdout.trim())
}

#[test]
fn a_patched_vm_is_built_from_a_copy_and_records_its_patch() {
    let j = patched_vm();
    assert_eq!(j["base"], BASE);
    // the patch is in the patched VM's sources and not in the base VM's
    let marker = "gcstress: unshare before the frame is popped";
    let vm_c = |id: &str| {
        std::fs::read_to_string(vm_dir(id).join("src/src/vm.c")).expect("the VM keeps its sources")
    };
    assert!(vm_c(FIXED).contains(marker));
    assert!(
        !vm_c(BASE).contains(marker),
        "the base VM's tree was touched"
    );
    let r = run(&["vm", "list"]);
    let line = r
        .stdout
        .lines()
        .find(|l| l.starts_with(FIXED))
        .expect("listed");
    assert!(
        line.contains("patches: mruby-3.1.0-env-unshare.patch ("),
        "{line}"
    );
}

#[test]
fn a_patch_that_does_not_apply_is_one_line_and_leaves_nothing() {
    vm_ready(BASE);
    let d = tempfile::tempdir().unwrap();
    // the envfix patch with one context line changed: its hunk no longer matches
    let text = std::fs::read_to_string(envfix_patch()).unwrap();
    let bad = text.replacen(
        " struct REnv *env = mrb_vm_ci_env(c->ci);",
        " struct REnv *env = mrb_vm_ci_env(c->ci + 0);",
        1,
    );
    assert_ne!(bad, text);
    let p = d.path().join("stale.patch");
    std::fs::write(&p, bad).unwrap();
    let r = run(&[
        "vm",
        "add",
        "fixcheck-stale",
        "--from",
        BASE,
        "--patch",
        p.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let errors: Vec<&str> = r.stderr.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(errors.len(), 1, "{}", r.stderr);
    assert!(
        errors[0].contains("stale.patch does not apply to mruby-3.1.0's sources")
            && errors[0].contains("src/vm.c at line"),
        "{}",
        errors[0]
    );
    let vms = vm_dir(BASE).parent().unwrap().to_path_buf();
    let left: Vec<String> = std::fs::read_dir(&vms)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("fixcheck-stale"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    // bad input before anything is copied
    let r = run(&[
        "vm",
        "add",
        "x",
        "--from",
        BASE,
        "--patch",
        "/nonexistent.patch",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(&[
        "vm",
        "add",
        "x",
        "--from",
        "mruby-2.1.2",
        "--patch",
        envfix_patch().to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no sources to patch"), "{}", r.stderr);
}

/// `triage --json` -> (exit code, verdict per file name).
fn triage(a: &str, b: &str, paths: &[&str]) -> (i32, Value) {
    let mut args = vec!["triage", "--json", "--vm", a, "--against", b];
    args.extend_from_slice(paths);
    let r = run(&args);
    assert!(r.code == 0 || r.code == 3, "{}", r.stderr);
    (r.code, r.json())
}

fn verdict_of(j: &Value, file: &str) -> String {
    j["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["file"].as_str().is_some_and(|f| f.ends_with(file)))
        .unwrap_or_else(|| panic!("{file} not in {j}"))["verdict"]
        .as_str()
        .unwrap()
        .to_string()
}

fn rc_verdict(j: &Value, key: &str) -> String {
    j["root_causes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["key"] == key)
        .unwrap_or_else(|| panic!("{key} not in {j}"))["verdict"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn triage_says_what_the_patched_vm_fixes() {
    patched_vm();
    let env = regression("env-unshare-gc-in-malloc-3.1.0.rb");
    let method = regression("method-object-gc-in-malloc-3.1.0.rb");
    let alias = regression("alias-barrier-5534.rb");
    let (code, j) = triage(BASE, FIXED, &[&env, &method, &alias]);
    assert_eq!(code, 0, "nothing regressed: {j}");
    assert_eq!(verdict_of(&j, "env-unshare-gc-in-malloc-3.1.0.rb"), "fixed");
    assert_eq!(
        verdict_of(&j, "method-object-gc-in-malloc-3.1.0.rb"),
        "still-fails"
    );
    assert_eq!(verdict_of(&j, "alias-barrier-5534.rb"), "passes-both");
    assert_eq!(rc_verdict(&j, "gc-in-malloc/mrb_env_unshare"), "fixed");
    assert_eq!(rc_verdict(&j, "gc-in-malloc/iv_new"), "still-fails");
    let env_case = j["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["root_cause"] == "gc-in-malloc/mrb_env_unshare")
        .unwrap();
    assert_eq!(env_case["a"]["fails"], 3, "{env_case}");
    assert_eq!(env_case["b"]["fails"], 0, "{env_case}");

    // the other way round the bug comes back: exit code 3
    let (code, j) = triage(FIXED, BASE, &[&env]);
    assert_eq!(code, 3);
    assert_eq!(
        verdict_of(&j, "env-unshare-gc-in-malloc-3.1.0.rb"),
        "newly-fails"
    );

    // the table for people names the root cause and the verdict
    let r = run(&[
        "triage",
        "--vm",
        BASE,
        "--against",
        FIXED,
        "--runs",
        "1",
        &env,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let row = r
        .stdout
        .lines()
        .find(|l| l.starts_with("gc-in-malloc/mrb_env_unshare"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    assert!(row.contains("fixed on B") && row.contains("1/1"), "{row}");
}

#[test]
fn triage_reads_a_crash_directory_and_derives_its_root_cause() {
    patched_vm();
    // a crash directory as hunt writes one: repro.rb and the run's outcome.json
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("crashes/one");
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(regression("env-unshare-gc-in-malloc-3.1.0.rb")).unwrap();
    // without the root_cause= line: triage works it out on A
    let text: String = text
        .lines()
        .filter(|l| !l.contains("root_cause="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.join("repro.rb"), &text).unwrap();
    let repro = dir.join("repro.rb");
    let r = run(&["exec", "--vm", BASE, "--json", repro.to_str().unwrap()]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    std::fs::write(dir.join("outcome.json"), &r.stdout).unwrap();
    let (code, j) = triage(BASE, FIXED, &[d.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    let case = &j["cases"][0];
    assert_eq!(j["cases"].as_array().unwrap().len(), 1, "{j}");
    assert_eq!(case["verdict"], "fixed", "{case}");
    assert_eq!(case["root_cause"], "gc-in-malloc/mrb_env_unshare", "{case}");
    assert_eq!(case["root_cause_from"], "derived on A", "{case}");
    assert!(Path::new(case["label"].as_str().unwrap()).ends_with("crashes/one"));
}

#[test]
fn triage_needs_two_vms_and_something_to_run() {
    let d = tempfile::tempdir().unwrap();
    let r = run(&[
        "triage",
        "--vm",
        BASE,
        "--against",
        BASE,
        d.path().to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(&[
        "triage",
        "--vm",
        BASE,
        "--against",
        "mruby-3.3.0",
        d.path().to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no finds or reproducers"), "{}", r.stderr);
}

/// `gcstress report` on the env_unshare reproducer: run on the bug's VM, the
/// patched VM and another release, it says which fail, shows the plain
/// program and the patch that fixes it (found in patches/ by its hash).
#[test]
fn report_names_the_failing_vms_and_the_fix_that_was_checked() {
    patched_vm();
    vm_ready("mruby-3.3.0");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    let patches = repo().join("patches");
    let file = regression("env-unshare-gc-in-malloc-3.1.0.rb");
    let r = run(&[
        "report",
        &file,
        "--vms",
        &format!("{BASE},{FIXED},mruby-3.3.0"),
        "--patches",
        patches.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    let names = |k: &str| -> Vec<String> {
        j[k].as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("affected"), vec![BASE.to_string()], "{j}");
    assert!(names("unaffected").contains(&FIXED.to_string()), "{j}");
    assert_eq!(j["fixes"][0]["vm"], FIXED, "{j}");
    assert_eq!(j["fixes"][0]["base"], BASE, "{j}");
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("## Which VMs fail"), "{md}");
    assert!(md.contains("## A fix, checked"), "{md}");
    // the patch's own diff, found by its hash
    assert!(md.contains("```diff\n--- a/src/vm.c"), "{md}");
    assert!(md.contains("## What the recording shows"), "{md}");
}

/// A find that needs no GC schedule: the plain program crashes the stock
/// binary of the VM it was found on, and the report quotes how.
#[test]
fn report_runs_the_plain_reproducer_on_each_stock_binary() {
    vm_ready("mruby-3.3.0");
    vm_ready(BASE);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.md");
    let file = regression("prepend-remove-method-3.3.0.rb");
    let r = run(&[
        "report",
        &file,
        "--vms",
        &format!("mruby-3.3.0,{BASE}"),
        "--no-record",
        "--out",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    let row = |id: &str| {
        j["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["vm"] == id)
            .cloned()
            .unwrap()
    };
    assert_eq!(row("mruby-3.3.0")["plain"]["ended"], "SIGSEGV", "{j}");
    assert_eq!(row("mruby-3.3.0")["plain"]["fails"], true, "{j}");
    assert_eq!(row(BASE)["plain"]["fails"], false, "{j}");
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("it ends with **SIGSEGV**"), "{md}");
    // no report into a directory that is not there
    let r = run(&["report", &file, "--out", "/nonexistent/dir/r.md"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
}
