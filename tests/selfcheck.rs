//! Issue 23: wrong-result oracles at hunt speed. A generated hold keeps the
//! object it stores (`GCStress.keep`) and reads it back later
//! (`GCStress.expect`): a dropped barrier whose freed slot is reused before any
//! verifier check is outcome `wrong-result`, and correct VMs stay silent.

mod common;
use common::*;

use gcstress::ir::{GcKind, Stmt};

const VM: &str = "mruby-3.3.0";

/// The program's JSON outcome under `exec --verify` (plus `extra` flags),
/// with the slot quarantine (the default) or without it (the verifier as it
/// was before: a freed slot is reused at once).
fn exec_q(p: &std::path::Path, extra: &[&str], quarantine: bool) -> (i32, serde_json::Value) {
    let mut a = vec!["exec", "--vm", VM, "--verify", "--json"];
    a.extend_from_slice(extra);
    a.push(p.to_str().unwrap());
    let mut c = gcstress(&a);
    if !quarantine {
        c.env("GCSTRESS_QUARANTINE", "0");
    }
    let o = c.output().expect("run gcstress");
    let j = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)));
    (o.status.code().unwrap_or(-1), j)
}

/// Without the quarantine: the self-check alone.
fn exec(p: &std::path::Path, extra: &[&str]) -> (i32, serde_json::Value) {
    exec_q(p, extra, false)
}

/// The generator's own hold (kind `how`) between churn: the VM's own cycles
/// run (and are checked) first, then the holder is black when the stashed
/// string goes in, and the VM's own incremental steps finish the cycle while
/// churn allocates; the program prints the held value and checks it.
fn hold_program(how: u8, checked: bool) -> String {
    let mut src = gcstress::lift::lift_stmts(
        &[Stmt::Stash { n: 6, what: 0 }, Stmt::Gc(GcKind::Full)],
        false,
    );
    src += "2000.times { |i| \"w#{i}\" * 2 }\n";
    src += &gcstress::lift::lift_stmts(
        &[Stmt::Hold {
            id: 1,
            how,
            slot: 0,
            steps: 2,
            mark: true,
        }],
        false,
    );
    src += "3000.times { |i| \"c#{i}\" * 3 }\n";
    let check = gcstress::lift::lift_stmts(
        &[Stmt::Check {
            id: 1,
            how,
            slot: 0,
        }],
        false,
    );
    // `GCStress.expect(key, READ)` -> `p READ`
    let read = check
        .trim()
        .split_once(", ")
        .and_then(|(_, r)| r.strip_suffix(')'))
        .unwrap()
        .to_string();
    src += &format!("p {read}\n");
    if checked {
        src += &check;
    }
    src
}

/// Each store the generator's holds make, with its barrier dropped: the
/// program prints another string than the stashed "p0p0p0" and `exec
/// --verify` without the slot quarantine (the verifier as it was) says ok
/// without the self-check — the slot was freed and reused inside one
/// incremental sweep, before any check — and wrong-result with it; with the
/// quarantine (the default) it is flagged either way; the correct VM prints
/// "p0p0p0" and is ok.
#[test]
fn self_checks_flag_dropped_barriers_the_verifier_misses() {
    vm_ready(VM);
    // (Hold kind, the barrier site it goes through)
    let kinds: &[(u8, &str)] = &[
        (1, "mrb_ary_push"),
        (2, "mrb_ary_set"),
        (3, "mrb_hash_set"),
        (4, "mrb_vm_exec"),
        (5, "mrb_mod_cv_set"),
        (6, "ary_concat"),
        (7, "ary_replace"),
    ];
    for &(how, site) in kinds {
        let (_d, checked) = program(&hold_program(how, true));
        let (_e, plain) = program(&hold_program(how, false));
        let (code, ok) = exec(&checked, &["--schedule", "gen=off"]);
        assert_eq!(code, 0, "kind {how} on the correct VM: {ok}");
        assert_eq!(ok["outcome"], "ok", "kind {how}: {ok}");
        assert_eq!(ok["stdout_tail"], "\"p0p0p0\"\n", "kind {how}");

        let (_, before) = exec(&plain, &["--schedule", "gen=off", "--mutant", site]);
        eprintln!(
            "kind {how} / {site} without the check: {} printing {}",
            before["outcome"], before["stdout_tail"]
        );
        assert_eq!(before["outcome"], "ok", "kind {how}: {before}");
        assert_ne!(before["stdout_tail"], "\"p0p0p0\"\n", "kind {how}");

        let (code, j) = exec(&checked, &["--schedule", "gen=off", "--mutant", site]);
        eprintln!("kind {how} / {site}: {} {}", j["outcome"], j["summary"]);
        assert_eq!(code, 3, "kind {how}: {j}");
        assert_eq!(j["outcome"], "wrong-result", "kind {how}: {j}");
        assert_eq!(j["signature"], "wrong-result.RString.reused", "{j}");
        let w = &j["wrong_result"];
        assert_eq!(w["check"], 100 + 10 * u64::from(how), "{j}");
        assert_eq!(w["expected"], "RString String", "{j}");
        assert!(
            w["actual_alloc"].as_u64() > w["expected_alloc"].as_u64(),
            "{j}"
        );
        // the same signature without the verifier's slot tables
        let nv = run(&[
            "exec",
            "--vm",
            VM,
            "--no-verify",
            "--json",
            "--schedule",
            "gen=off",
            "--mutant",
            site,
            checked.to_str().unwrap(),
        ])
        .json();
        assert_eq!(nv["signature"], "wrong-result.RString.reused", "{nv}");
        // the default --verify (slot quarantine): flagged, check or not
        for p in [&checked, &plain] {
            let (code, q) = exec_q(p, &["--schedule", "gen=off", "--mutant", site], true);
            eprintln!("kind {how} / {site} with the quarantine: {}", q["outcome"]);
            assert_eq!(code, 3, "kind {how}: {q}");
        }
        let (code, q) = exec_q(&checked, &["--schedule", "gen=off"], true);
        assert_eq!(
            (code, &q["stdout_tail"]),
            (0, &"\"p0p0p0\"\n".into()),
            "{q}"
        );
    }
}

/// The reproducers in corpus/regressions, as their headers run them (mutant,
/// schedule, verify): `exec --verify` flags them (exit 3). Without the slot
/// quarantine the self-check does (wrong-result), even where --verify-all
/// alone said ok (the same file without its check); with it (the default)
/// the freed slot is still free at a verifier check, which names the store,
/// with or without the check. On the correct VM: ok.
#[test]
fn the_wrong_result_reproducers_are_flagged_by_exec_verify() {
    vm_ready(VM);
    for name in [
        "wrong-result-ary-push-mutant.rb",
        "wrong-result-hash-set-mutant.rb",
    ] {
        let f = repo().join("corpus/regressions").join(name);
        let text = std::fs::read_to_string(&f).unwrap();
        let without: String = text
            .lines()
            .filter(|l| !l.starts_with("GCStress.expect"))
            .map(|l| format!("{l}\n"))
            .collect();
        let (_w, without) = program(&without);
        for flags in [&[][..], &["--verify-all"]] {
            let (code, j) = exec(&f, flags);
            assert_eq!(code, 3, "{name} {flags:?}: {j}");
            assert_eq!(j["outcome"], "wrong-result", "{name}: {j}");
            assert_eq!(j["signature"], "wrong-result.RString.reused", "{name}");
            assert_ne!(j["stdout_tail"], "\"p0p0p0\"\n", "{name}");
            // before: the same program without its self-check
            let (code, j) = exec(&without, flags);
            assert_eq!(code, 0, "{name} without its check {flags:?}: {j}");
            assert_eq!(j["outcome"], "ok");
        }
        for p in [&f, &without] {
            let (code, j) = exec_q(p, &[], true);
            eprintln!(
                "{name} with the quarantine: {} {}",
                j["outcome"], j["summary"]
            );
            assert_eq!(code, 3, "{name}: {j}");
            assert_eq!(j["outcome"], "verifier", "{name}: {j}");
            let cause = j["verifier"][0]["root_cause"].as_str().unwrap_or_default();
            assert!(cause.contains("without a write barrier"), "{j}");
        }
        // the correct VM: the header's mutant dropped
        let correct: String = text
            .lines()
            .map(|l| {
                l.replace(" mutant=mrb_ary_push", "")
                    .replace(" mutant=mrb_hash_set", "")
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let (_e, p) = program(&correct);
        for q in [false, true] {
            let (code, j) = exec_q(&p, &[], q);
            assert_eq!(code, 0, "{name} on the correct VM: {j}");
            assert_eq!(j["stdout_tail"], "\"p0p0p0\"\n");
        }
    }
}

/// What the shim compares: the same object is ok whatever GCs ran; another
/// object is wrong-result (here on purpose: the holder's element replaced),
/// with what was kept and what was read; an unknown key is no judgement.
#[test]
fn expect_compares_identity_type_and_contents() {
    vm_ready(VM);
    let src = "h = []\nh << GCStress.keep(7, \"ab\" * 2)\nGCStress.full\nGCStress.minor\n\
               p GCStress.expect(7, h[0])\np GCStress.expect(8, h[0])\n\
               h[0] = :sym\nGCStress.expect(7, h[0])\np :not_reached\n";
    let (_d, p) = program(src);
    let (code, j) = exec(&p, &[]);
    assert_eq!(code, 3, "{j}");
    assert_eq!(j["stdout_tail"], "true\nnil\n");
    assert_eq!(j["signature"], "wrong-result.RString.other", "{j}");
    let w = &j["wrong_result"];
    assert_eq!(w["line"], 8, "{j}");
    assert_eq!(w["expected"], "RString String", "{j}");
    assert_eq!(w["actual"], "Symbol", "{j}");
}

/// False positives: generated programs (holds kept and read back, under
/// their schedules, with mutation) on correct VMs never end in wrong-result.
#[test]
fn hunts_on_correct_vms_find_no_wrong_result() {
    for vm in ["mruby-3.3.0", "mruby-3.1.0", "mruby-2.1.2"] {
        vm_ready(vm);
        let out = tempfile::tempdir().unwrap();
        let r = run(&[
            "hunt",
            "--vm",
            vm,
            "--iterations",
            "4000",
            "--jobs",
            "1",
            "--seed",
            "23",
            "--minimize",
            "0",
            "--out",
            out.path().to_str().unwrap(),
        ]);
        assert!(r.code == 0 || r.code == 3, "{vm}: {}", r.stderr);
        let crashes = out.path().join("crashes");
        let wrong: Vec<String> = std::fs::read_dir(&crashes)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with("wrong-result"))
                    .collect()
            })
            .unwrap_or_default();
        assert!(wrong.is_empty(), "{vm}: {wrong:?}");
    }
}
