//! Issue: generator and `gcstress hunt`.

mod common;
use common::*;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

fn finds(out: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(out.join("crashes"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// The default suite's seeded hunt: from scratch, it must find the alias-barrier bug on 2.1.2.
#[test]
fn seeded_hunt_finds_the_alias_barrier_bug_on_2_1_2() {
    vm_ready("mruby-2.1.2");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let r = run(&[
        "hunt",
        "--vm",
        "mruby-2.1.2",
        "--iterations",
        "600",
        "--seed",
        "1",
        "--jobs",
        "1",
        "--known",
        "none",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 3, "hunt must report the bug: {}", r.stderr);
    let fs = finds(&out);
    assert!(!fs.is_empty());
    // the bug: a live proc pointing at an REnv freed by a minor GC (seen by the verifier, naming
    // mrb_alias_method), or the crash it leads to while marking
    // (its first signature: a later one with the same root cause is one line,
    // not confirmed again)
    let alias = fs.iter().find(|p| {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let o: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(p.join("outcome.json")).unwrap())
                .unwrap();
        (name.contains("mrb_alias_method")
            || (name.starts_with("crash")
                && (name.contains("gc_mark") || name.contains("mrb_full_gc"))))
            && o["group"] == o["signature"]
    });
    let alias = alias.unwrap_or_else(|| panic!("no alias-barrier find among {fs:?}"));
    for f in [
        "repro.rb",
        "outcome.json",
        "program.json",
        "stdout.txt",
        "stderr.txt",
    ] {
        assert!(
            alias.join(f).is_file(),
            "{f} missing in {}",
            alias.display()
        );
    }
    let outcome: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(alias.join("outcome.json")).unwrap())
            .unwrap();
    assert_eq!(outcome["reproducible"], "5/5", "{outcome}");
    assert_eq!(
        outcome["root_cause"]["key"], "freed-referenced/REnv@mrb_alias_method<-RProc/minor",
        "{outcome}"
    );
    // every other find of this hunt with that root cause says so, in one line
    for p in &fs {
        let o: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(p.join("outcome.json")).unwrap())
                .unwrap();
        if o["root_cause"] == outcome["root_cause"] && o["signature"] != outcome["signature"] {
            assert_eq!(o["group"], outcome["signature"], "{o}");
            assert!(
                r.stderr.contains(&format!(
                    "same root cause as {}",
                    outcome["signature"].as_str().unwrap()
                )),
                "{}",
                r.stderr
            );
        }
    }
    assert!(
        r.stderr.contains("Reproduce with: gcstress exec"),
        "{}",
        r.stderr
    );
    // the reproducer reproduces on its own, with its header's settings
    let e = run(&["exec", "--json", alias.join("repro.rb").to_str().unwrap()]);
    assert_eq!(e.code, 3, "{}", e.stderr);
    assert_eq!(e.json()["signature"], outcome["signature"]);
}

/// --json prints JSON lines: start, finds, progress, summary.
#[test]
fn json_lines_and_clean_stop_on_sigterm() {
    vm_ready("mruby-3.3.0");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut child = gcstress(&[
        "hunt",
        "--vm",
        "mruby-3.3.0",
        "--seed",
        "7",
        "--jobs",
        "1",
        "--json",
        "--out",
        out.to_str().unwrap(),
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    std::thread::sleep(Duration::from_secs(3));
    let pid = rustix::process::Pid::from_raw(child.id() as i32).unwrap();
    rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
    let stdout = child.stdout.take().unwrap();
    let lines: Vec<serde_json::Value> = BufReader::new(stdout)
        .lines()
        .map(|l| serde_json::from_str(&l.unwrap()).expect("JSON line"))
        .collect();
    let status = child.wait().unwrap();
    assert!(matches!(status.code(), Some(0) | Some(3)), "{status:?}");
    assert_eq!(lines.first().unwrap()["event"], "start");
    let summary = lines
        .iter()
        .find(|l| l["event"] == "summary")
        .expect("a summary after SIGTERM");
    assert!(
        summary["summary"]["programs"].as_u64().unwrap() > 50,
        "{summary}"
    );
    assert!(
        summary["summary"]["exception_share"].as_f64().unwrap() <= 0.2,
        "{summary}"
    );
}

/// kill -9 loses nothing already found: the crash directory is complete on disk.
#[test]
fn kill_9_keeps_finds() {
    vm_ready("mruby-2.1.2");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut child = gcstress(&[
        "hunt",
        "--vm",
        "mruby-2.1.2",
        "--known",
        "none",
        "--seed",
        "3",
        "--jobs",
        "1",
        "--json",
        "--out",
        out.to_str().unwrap(),
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    let stdout = child.stdout.take().unwrap();
    let start = Instant::now();
    let mut found = None;
    for line in BufReader::new(stdout).lines() {
        let l: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        if l["event"] == "find" {
            found = Some(l["find"]["dir"].as_str().unwrap().to_string());
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "no find in 2 minutes"
        );
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let found = std::path::PathBuf::from(found.expect("a find"));
    assert!(found.join("repro.rb").is_file());
    assert!(found.join("outcome.json").is_file());
    let r = run(&["exec", found.join("repro.rb").to_str().unwrap()]);
    assert_eq!(r.code, 3, "{}", r.stderr);
}

#[test]
fn unwritable_output_is_one_line_exit_2() {
    vm_ready("mruby-3.3.0");
    let r = run(&[
        "hunt",
        "--iterations",
        "5",
        "--out",
        "/proc/gcstress-cannot-write-here",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let errs: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("gcstress: error"))
        .collect();
    assert_eq!(errs.len(), 1, "{}", r.stderr);
}

/// The same seed generates the same programs, byte for byte.
#[test]
fn generate_is_deterministic() {
    vm_ready("mruby-3.3.0");
    let a = run(&["generate", "--seed", "42", "--count", "5"]);
    let b = run(&["generate", "--seed", "42", "--count", "5"]);
    assert_eq!(a.code, 0, "{}", a.stderr);
    assert_eq!(a.stdout, b.stdout);
    assert!(a.stdout.contains("# gcstress: schedule="));
}

fn summary_of(r: &Run) -> serde_json::Value {
    r.stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|l| l["event"] == "summary")
        .unwrap_or_else(|| panic!("no summary: {}\n{}", r.stdout, r.stderr))["summary"]
        .clone()
}

/// The corpus is kept in OUT/queue/: a second hunt into the same directory
/// starts from it (and a corrupt queue file is named, not fatal).
#[test]
fn a_hunt_resumes_from_its_queue() {
    vm_ready("mruby-3.3.0");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let args = |n: &str| {
        vec![
            "hunt".to_string(),
            "--vm".into(),
            "mruby-3.3.0".into(),
            "--iterations".into(),
            n.into(),
            "--seed".into(),
            "3".into(),
            "--jobs".into(),
            "1".into(),
            "--minimize".into(),
            "0".into(),
            "--json".into(),
            "--out".into(),
            out.to_str().unwrap().into(),
        ]
    };
    let first = run(&args("300").iter().map(|s| s.as_str()).collect::<Vec<_>>());
    let s1 = summary_of(&first);
    let kept = std::fs::read_dir(out.join("queue"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
        .count();
    assert!(
        kept > 0 && kept as u64 >= s1["corpus"].as_u64().unwrap(),
        "{s1}"
    );
    std::fs::write(out.join("queue").join("broken.json"), b"{ not a program").unwrap();
    let second = run(&args("50").iter().map(|s| s.as_str()).collect::<Vec<_>>());
    let s2 = summary_of(&second);
    assert_eq!(s2["imported"].as_u64().unwrap(), kept as u64, "{s2}");
    assert!(
        second.stdout.contains("broken.json") || second.stderr.contains("broken.json"),
        "{}\n{}",
        second.stdout,
        second.stderr
    );
    assert!(
        out.join("queue").join("broken.json").is_file(),
        "left in place"
    );
}

/// Two hunts, one campaign (`--sync`): each runs what the other kept, and a
/// find the first hunt has is one line in the second, not a new bug.
#[test]
fn two_hunts_share_corpus_and_finds_with_sync() {
    vm_ready("mruby-2.1.2");
    let dir = tempfile::tempdir().unwrap();
    let sync = dir.path().join("campaign");
    // instances of one campaign run with different seeds (the same seed
    // would generate, and keep, the same programs: nothing to import)
    let hunt = |name: &str, seed: &str, extra: &[&str]| {
        let mut v = vec![
            "hunt",
            "--vm",
            "mruby-2.1.2",
            "--seed",
            seed,
            "--jobs",
            "1",
            "--known",
            "none",
            "--minimize",
            "0",
            "--json",
            "--sync",
            sync.to_str().unwrap(),
            "--name",
        ];
        v.push(name);
        v.extend_from_slice(extra);
        gcstress(&v)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    // two at once: each imports what the other kept
    let a = hunt("a", "1", &["--time", "12s"]);
    let b = hunt("b", "2", &["--time", "12s"]);
    let out = |c: std::process::Child| {
        let o = c.wait_with_output().unwrap();
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    };
    let (ra, rb) = (out(a), out(b));
    for (n, r) in [("a", &ra), ("b", &rb)] {
        let s = summary_of(r);
        assert!(
            s["imported"].as_u64().unwrap() > 0,
            "{n} imported nothing: {s}"
        );
        assert!(sync.join(n).join("queue").is_dir());
        assert!(sync.join(n).join("crashes").is_dir());
    }
    let a_finds = finds(&sync.join("a"));
    assert!(
        !a_finds.is_empty(),
        "the 2.1.2 alias bug within 12 s: {}",
        ra.stderr
    );
    // a third hunt with a's seed and a's programs: what it finds, a or b has
    let c = out(hunt("c", "1", &["--iterations", "600"]));
    let s = summary_of(&c);
    let fs = s["finds"].as_array().unwrap();
    assert!(!fs.is_empty(), "{}", c.stderr);
    assert!(
        fs.iter()
            .any(|f| f["known"].as_str().is_some_and(|k| k.starts_with("sync:"))),
        "{s}"
    );
}
