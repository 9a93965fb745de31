//! Issue 8: `gcstress exec` and `minimize` take a `gc_alias` fuzz artifact
//! (generator bytes) and turn it into the program and schedule the fuzz
//! target ran. The targets themselves are exercised by `fuzz/tests/` and the
//! smoke run in `scripts/fuzz-smoke`.

mod common;
use common::*;

use std::path::{Path, PathBuf};

/// The seed corpus of the gc_alias target, smallest first (libFuzzer's order).
fn seeds() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo().join("fuzz/corpus/gc_alias"))
        .expect("fuzz/corpus/gc_alias")
        .map(|e| e.unwrap().path())
        .collect();
    v.sort_by_key(|p| (std::fs::metadata(p).unwrap().len(), p.clone()));
    assert!(v.len() >= 100, "the seed corpus has {} inputs", v.len());
    v
}

/// Copy an input to where cargo fuzz puts artifacts.
fn as_artifact(dir: &Path, input: &Path) -> PathBuf {
    let arts = dir.join("artifacts").join("gc_alias");
    std::fs::create_dir_all(&arts).unwrap();
    let p = arts.join(format!(
        "crash-{}",
        input.file_name().unwrap().to_string_lossy()
    ));
    std::fs::copy(input, &p).unwrap();
    p
}

#[test]
fn exec_runs_an_artifact_as_its_program_and_saves_the_reproducer() {
    vm_ready("mruby-3.3.0");
    let dir = tempfile::tempdir().unwrap();
    let art = as_artifact(dir.path(), &seeds()[40]);
    let repro = dir.path().join("repro.rb");
    let r = run(&[
        "exec",
        art.to_str().unwrap(),
        "--vm",
        "mruby-3.3.0",
        "--json",
        "--save-repro",
        repro.to_str().unwrap(),
    ]);
    assert!(r.code == 0 || r.code == 3, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("a gc_alias fuzz input"), "{}", r.stderr);
    let a = r.json();
    let text = std::fs::read_to_string(&repro).unwrap();
    assert!(
        text.starts_with("# gcstress: vm=mruby-3.3.0 schedule="),
        "{text}"
    );
    assert!(text.contains(" verify=on"), "{text}");
    // the reproducer is the same run: same schedule, same allocations, same outcome
    let b = run(&["exec", repro.to_str().unwrap(), "--json"]).json();
    for k in ["outcome", "signature", "schedule"] {
        assert_eq!(a[k], b[k], "{k}: {a} vs {b}");
    }
    assert_eq!(a["gc"]["allocations"], b["gc"]["allocations"], "{a} vs {b}");
    // the same bytes anywhere, forced
    let elsewhere = dir.path().join("input.bin");
    std::fs::copy(&art, &elsewhere).unwrap();
    let c = run(&[
        "exec",
        elsewhere.to_str().unwrap(),
        "--vm",
        "mruby-3.3.0",
        "--fuzz-input",
        "--json",
    ])
    .json();
    assert_eq!(a["gc"]["allocations"], c["gc"]["allocations"]);
}

/// Acceptance 2: on mruby-2.1.2 the seed corpus holds an input that shows the
/// alias-barrier bug; `minimize ARTIFACT` turns it into a standalone
/// reproducer that `gcstress exec` replays.
#[test]
fn an_alias_barrier_artifact_becomes_a_standalone_reproducer() {
    vm_ready("mruby-2.1.2");
    let dir = tempfile::tempdir().unwrap();
    let mut found = None;
    for s in seeds().iter().take(120) {
        let art = as_artifact(dir.path(), s);
        let r = run(&[
            "exec",
            art.to_str().unwrap(),
            "--vm",
            "mruby-2.1.2",
            "--json",
        ]);
        if r.code == 3
            && r.json()["signature"]
                .as_str()
                .unwrap()
                .contains("mrb_alias_method")
        {
            found = Some(art);
            break;
        }
        std::fs::remove_file(&art).unwrap();
    }
    let art = found.expect("no seed shows the alias-barrier bug on mruby-2.1.2");
    let r = run(&[
        "minimize",
        art.to_str().unwrap(),
        "--vm",
        "mruby-2.1.2",
        "--jobs",
        "2",
        "--time-limit",
        "30s",
        "--no-plain",
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let j = r.json();
    assert!(
        j["signature"]
            .as_str()
            .unwrap()
            .contains("mrb_alias_method"),
        "{j}"
    );
    let whole = PathBuf::from(format!("{}.rb", art.display()));
    let min = PathBuf::from(format!("{}.min.rb", art.display()));
    for f in [&whole, &min] {
        let e = run(&["exec", f.to_str().unwrap(), "--json"]);
        assert_eq!(e.code, 3, "{}: {}\n{}", f.display(), e.stdout, e.stderr);
        assert_eq!(e.json()["signature"], j["signature"], "{}", f.display());
    }
    let text = std::fs::read_to_string(&min).unwrap();
    assert!(text.contains("vm=mruby-2.1.2"), "{text}");
}
