//! Issue: recording, replay and slot history (`gcstress record | replay | trace`),
//! on the alias-barrier reproducer and mruby-2.1.2 (which still has the bug).

mod common;
use common::*;

use serde_json::Value;

const VM: &str = "mruby-2.1.2";

fn alias_repro() -> String {
    repo()
        .join("corpus/regressions/alias-barrier-5534.rb")
        .to_string_lossy()
        .into_owned()
}

/// Record the reproducer into `dir/name` (JSON report).
fn record(dir: &std::path::Path, name: &str, extra: &[&str]) -> (std::path::PathBuf, Value) {
    let out = dir.join(name);
    let file = alias_repro();
    let mut args = vec![
        "record",
        file.as_str(),
        "--vm",
        VM,
        "--out",
        out.to_str().unwrap(),
        "--json",
    ];
    args.extend_from_slice(extra);
    let r = run(&args);
    assert_eq!(
        r.code, 3,
        "the recorded run crashes: {}\n{}",
        r.stdout, r.stderr
    );
    (out, r.json())
}

fn lines(j: &Value) -> Vec<Value> {
    j["lines"].as_array().expect("lines").clone()
}

/// Acceptance 1 + 4: two recordings are identical (the whole file, byte for
/// byte), replay confirms it, and the overhead ratio is printed.
#[test]
fn recording_twice_gives_identical_logs_and_replay_confirms() {
    vm_ready(VM);
    let dir = tempfile::tempdir().unwrap();
    let (a, ja) = record(dir.path(), "a.gcrec", &["--reps", "3"]);
    let (b, _) = record(dir.path(), "b.gcrec", &["--reps", "1"]);
    assert_eq!(ja["outcome"], "crash", "{ja}");
    assert_eq!(ja["identical_runs"], 3, "{ja}");
    let events = ja["events"].as_u64().unwrap();
    assert!(events > 500, "{ja}");
    let (fa, fb) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert!(fa == fb, "two recordings of the same run differ");
    // the library reads what the CLI wrote, and finds no address in it
    let rec = gcstress::record::Recording::read(&a).unwrap();
    assert_eq!(rec.events.len() as u64, events);
    assert!(rec.functions.iter().any(|f| f == "mrb_alias_method"));
    assert!(rec.functions.iter().all(|f| !f.starts_with("0x")));

    let r = run(&["replay", a.to_str().unwrap(), "--json"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let j = r.json();
    assert_eq!(j["identical"], true, "{j}");
    assert_eq!(j["events"], events, "{j}");
    let r = run(&["replay", a.to_str().unwrap()]);
    assert!(r.stderr.contains("replay identical"), "{}", r.stderr);

    // the overhead, measured in the same run, in both reports
    let ratio = ja["overhead"].as_f64().unwrap();
    assert!(ratio.is_finite() && ratio > 0.0, "{ja}");
    eprintln!("recording overhead on the alias reproducer: {ratio:.2}× (target ≤ 3×)");
    let r = run(&[
        "record",
        &alias_repro(),
        "--vm",
        VM,
        "--out",
        dir.path().join("c.gcrec").to_str().unwrap(),
        "--reps",
        "2",
    ]);
    assert!(
        r.stderr.contains("recording overhead: ") && r.stderr.contains('×'),
        "{}",
        r.stderr
    );
}

/// Acceptance 2: the crashing slot's story, in order, with the VM functions named.
#[test]
fn trace_slot_tells_allocate_free_reuse_write_crash() {
    vm_ready(VM);
    let dir = tempfile::tempdir().unwrap();
    let (f, _) = record(dir.path(), "run.gcrec", &["--reps", "1"]);
    let f = f.to_str().unwrap();
    let crash = run(&["trace", f, "--crash", "--json"]);
    assert_eq!(crash.code, 0, "{}", crash.stderr);
    let what = crash.json()["what"].as_str().unwrap().to_string();
    let slot = what.strip_prefix("slot ").expect("a slot");
    let r = run(&["trace", f, "--slot", slot, "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ls = lines(&r.json());
    let find = |tag: &str, from: usize| -> usize {
        ls.iter()
            .enumerate()
            .skip(from)
            .find(|(_, l)| l["tag"] == tag)
            .map(|(i, _)| i)
            .unwrap_or_else(|| panic!("no `{tag}` after line {from} in {ls:#?}"))
    };
    let alloc = find("alloc", 0);
    assert!(
        ls[alloc]["text"].as_str().unwrap().contains("REnv"),
        "{:?}",
        ls[alloc]
    );
    assert_eq!(ls[alloc]["function"], "mrb_alias_method");
    assert!(ls[alloc]["ruby_line"].as_i64().is_some(), "{:?}", ls[alloc]);
    let stored = find("stored", alloc);
    assert_eq!(ls[stored]["inferred"], true);
    let t = ls[stored]["text"].as_str().unwrap();
    assert!(
        t.contains("RProc Numeric#-@") && t.contains("without a write barrier"),
        "{t}"
    );
    let free = find("free", stored);
    let t = ls[free]["text"].as_str().unwrap();
    assert!(
        t.contains("minor GC") && t.contains("while still referenced"),
        "{t}"
    );
    let reuse = find("reuse", free);
    assert!(
        ls[reuse]["text"].as_str().unwrap().contains("RProc"),
        "{:?}",
        ls[reuse]
    );
    let write = find("write", reuse);
    assert_eq!(ls[write]["function"], "mrb_alias_method", "{:?}", ls[write]);
    let crash = find("crash", write);
    let t = ls[crash]["text"].as_str().unwrap();
    assert!(
        t.starts_with("SIGSEGV") && t.contains("full GC") && t.contains("marking"),
        "{t}"
    );
    assert!(
        t.contains(&format!("slot {slot}")),
        "the crash is tied to the slot: {t}"
    );

    // the human form reads the same
    let h = run(&["trace", f, "--slot", slot]);
    assert!(
        h.stdout.contains("allocated by mrb_alias_method"),
        "{}",
        h.stdout
    );
    assert!(
        h.stdout.contains("written by mrb_alias_method"),
        "{}",
        h.stdout
    );
    eprintln!("{}", h.stdout);
    // the proc that held the stale pointer, by object
    let parent = ls[stored]["object"].as_str().unwrap().to_string();
    let id = parent.rsplit('(').next().unwrap().trim_end_matches(')');
    let o = run(&["trace", f, "--object", id, "--json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        lines(&o.json()).iter().any(|l| l["tag"] == "ref"),
        "{}",
        o.stdout
    );
    let around = run(&["trace", f, "--around", "5"]);
    assert!(around.stdout.contains("> #5 "), "{}", around.stdout);
}

/// Acceptance 3: --stop-at N ends the worker by SIGTRAP with the event counter at N.
#[test]
fn replay_stop_at_stops_at_the_event() {
    vm_ready(VM);
    let dir = tempfile::tempdir().unwrap();
    let (f, j) = record(dir.path(), "run.gcrec", &["--reps", "1"]);
    let total = j["events"].as_u64().unwrap();
    for n in [1, total / 3, total - 1] {
        let r = run(&[
            "replay",
            f.to_str().unwrap(),
            "--stop-at",
            &n.to_string(),
            "--json",
        ]);
        assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
        let j = r.json();
        assert_eq!(j["stopped"], true, "{j}");
        assert_eq!(j["signal"], "SIGTRAP", "{j}");
        assert_eq!(j["events"], n, "{j}");
        assert_eq!(j["identical_before_stop"], true, "{j}");
    }
    let r = run(&[
        "replay",
        f.to_str().unwrap(),
        "--stop-at",
        &(total + 1).to_string(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// --gdb lands at the minor GC that freed the slot (batch mode, when gdb is there).
#[test]
fn replay_gdb_lands_at_the_minor_gc() {
    if std::process::Command::new("gdb")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("gdb is not installed; skipped");
        return;
    }
    vm_ready(VM);
    let dir = tempfile::tempdir().unwrap();
    let (f, _) = record(dir.path(), "run.gcrec", &["--reps", "1"]);
    let r = run(&["replay", f.to_str().unwrap(), "--gdb", "--gdb-batch"]);
    assert!(r.stderr.contains("the one that freed slot"), "{}", r.stderr);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(all.contains("gcs_stopped_at"), "{all}");
    assert!(
        all.contains("gcs_minor"),
        "the stop is inside the forced minor GC: {all}"
    );
}

/// A ring keeps the last N events; bad files are one-line errors (exit 2).
#[test]
fn ring_and_bad_input() {
    vm_ready(VM);
    let dir = tempfile::tempdir().unwrap();
    let (f, j) = record(dir.path(), "ring.gcrec", &["--reps", "1", "--last", "50"]);
    assert_eq!(j["events_kept"], 50, "{j}");
    let rec = gcstress::record::Recording::read(&f).unwrap();
    assert_eq!(rec.first + 50, j["events"].as_u64().unwrap() + 1);
    let r = run(&["replay", f.to_str().unwrap(), "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let mut bytes = std::fs::read(&f).unwrap();
    let n = bytes.len();
    bytes[n - 20] ^= 0x55;
    let bad = dir.path().join("bad.gcrec");
    std::fs::write(&bad, &bytes).unwrap();
    for cmd in ["trace", "replay"] {
        let mut args = vec![cmd, bad.to_str().unwrap()];
        if cmd == "trace" {
            args.push("--crash");
        }
        let r = run(&args);
        assert_eq!(r.code, 2, "{cmd}: {}", r.stderr);
        assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
        assert!(r.stderr.contains("corrupt recording"), "{}", r.stderr);
    }
    let r = run(&[
        "trace",
        dir.path().join("none.gcrec").to_str().unwrap(),
        "--crash",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
}

/// `--rr` explains in one line why rr cannot be used here, then records anyway.
#[test]
fn rr_falls_back_with_one_line() {
    vm_ready(VM);
    if std::path::Path::new("/sys/bus/event_source/devices/cpu").exists() {
        eprintln!("this machine has a PMU; the fallback is not exercised");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (f, j) = record(dir.path(), "rr.gcrec", &["--reps", "1", "--rr"]);
    assert!(f.is_file());
    let note = j["rr"].as_str().unwrap();
    assert!(
        note.contains("rr needs hardware performance counters; none on this machine"),
        "{note}"
    );
}

/// hunt records each new find beside its reproducer.
#[test]
fn hunt_saves_a_recording_beside_the_find() {
    vm_ready(VM);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let r = run(&[
        "hunt",
        "--vm",
        VM,
        "--iterations",
        "600",
        "--seed",
        "1",
        "--jobs",
        "1",
        "--stop-on-find",
        "--known",
        "none",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let find = std::fs::read_dir(out.join("crashes"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .expect("a find");
    let rec = find.join("run.gcrec");
    assert!(rec.is_file(), "no run.gcrec in {}", find.display());
    assert!(
        r.stderr.contains("Trace with: gcstress trace"),
        "{}",
        r.stderr
    );
    let t = run(&["trace", rec.to_str().unwrap(), "--around", "1"]);
    assert_eq!(t.code, 0, "{}", t.stderr);
    let p = run(&["replay", rec.to_str().unwrap()]);
    assert_eq!(p.code, 0, "{}", p.stderr);
}
