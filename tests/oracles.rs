//! Issue: oracles — heap verifier, root-cause attribution, differential runs,
//! barrier mutants. Each oracle fires on a real bug and stays silent on a
//! correct program.

mod common;
use common::*;

/// Only the first half of the alias bug: alias on a singleton class, one minor GC,
/// no refill, no second alias. Nothing crashes; the verifier sees the dangling REnv.
const HALF_ALIAS: &str = r#"
class Num < Numeric
  def initialize(v); @v = v; end
end
n = Num.new(5)
GCStress.full
class << n
  alias_method :neg, :-@
end
GCStress.minor
puts "done"
"#;

#[test]
fn verifier_flags_the_half_alias_bug_only_on_2_1_2_and_names_the_store() {
    let (_d, p) = program(HALF_ALIAS);
    for vm in VMS {
        vm_ready(vm);
        let r = run(&[
            "exec",
            "--vm",
            vm,
            "--verify",
            "--json",
            p.to_str().unwrap(),
        ]);
        let j = r.json();
        if vm == "mruby-2.1.2" {
            assert_eq!(r.code, 3, "{}", r.stderr);
            assert_eq!(j["outcome"], "verifier", "{j}");
            let f = &j["verifier"][0];
            assert_eq!(
                f["message"],
                "live RProc Numeric#-@ references freed slot (was REnv) after minor GC #2",
                "{j}"
            );
            assert_eq!(f["child_allocated_by"], "mrb_alias_method", "{j}");
            assert_eq!(f["gc_kind"], "minor");
            let cause = f["root_cause"].as_str().unwrap();
            assert!(
                cause.starts_with("REnv allocated in mrb_alias_method (class.c)")
                    && cause
                        .ends_with("was stored into old RProc Numeric#-@ without a write barrier"),
                "{cause}"
            );
            // without the verifier nothing is wrong yet: the bug is seen at the GC that created it
            let plain = run(&["exec", "--vm", vm, "--json", p.to_str().unwrap()]);
            assert_eq!(plain.code, 0, "{}", plain.stderr);
        } else {
            assert_eq!(r.code, 0, "{vm}: {}", r.stderr);
            assert_eq!(j["outcome"], "ok", "{vm}: {j}");
            assert!(j["gc"]["verify_runs"].as_u64().unwrap() >= 2, "{j}");
        }
    }
}

#[test]
fn verifier_is_silent_on_a_correct_gc_heavy_program() {
    let (_d, p) = program(
        r#"
h = {}
a = []
class Foo
  def initialize(x); @x = x; @l = ->(y) { x + y }; end
  def run(y); @l.call(y); end
end
GCStress.full
300.times do |i|
  a << Foo.new(i)
  h[i] = a.last.run(i).to_s
  a.shift if a.size > 50
end
GCStress.minor
GCStress.full
p h.size
"#,
    );
    for vm in VMS {
        vm_ready(vm);
        let r = run(&[
            "exec",
            "--vm",
            vm,
            "--verify-all",
            "--schedule",
            "minor%37",
            "--json",
            p.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{vm}: {}", r.stderr);
        let j = r.json();
        assert_eq!(j["outcome"], "ok", "{vm}: {j}");
        assert!(j["gc"]["verify_runs"].as_u64().unwrap() > 10, "{vm}: {j}");
    }
}

/// The alias bug with no `GCStress.minor`: the minor GC that frees the REnv is
/// one the VM runs by itself. The default verifier (`--verify`, what `hunt`
/// runs) samples the VM's own GCs too, so it flags it, as `--verify-all` does;
/// without the verifier the run ends `ok`.
#[test]
fn default_verifier_checks_the_vms_own_gcs() {
    let f = repo().join("corpus/regressions/alias-barrier-5534-vm-minor.rb");
    let f = f.to_str().unwrap();
    let vm = "mruby-2.1.2";
    vm_ready(vm);
    for flag in ["--verify", "--verify-all"] {
        let r = run(&["exec", "--vm", vm, flag, "--json", f]);
        assert_eq!(r.code, 3, "{flag}: {}", r.stderr);
        let j = r.json();
        assert_eq!(j["outcome"], "verifier", "{flag}: {j}");
        let v = &j["verifier"][0];
        assert_eq!(
            v["message"],
            "live RProc Numeric#-@ references freed slot (was REnv) after minor GC #2",
            "{flag}: {j}"
        );
        assert_eq!(v["child_allocated_by"], "mrb_alias_method", "{j}");
        // the freeing minor GC was not forced: the program forces only full GCs
        assert_eq!(j["gc"]["forced_minor"], 0, "{j}");
        assert_eq!(j["gc"]["forced_step"], 0, "{j}");
    }
    let plain = run(&["exec", "--vm", vm, "--no-verify", "--json", f]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert_eq!(plain.json()["outcome"], "ok");
}

/// A dropped barrier makes the output depend on GC timing; the differential
/// oracle sees it. Without the mutant, and for object ids / inspect, it is silent.
#[test]
fn differential_oracle_fires_on_a_barrier_drop_and_ignores_addresses() {
    vm_ready("mruby-3.3.0");
    let (_d, p) = program("a = []\ns = \"hello world\"\nGCStress.full\na.push(s.upcase)\n100.times { |i| \"u#{i}\" }\np a\n");
    let p = p.to_str().unwrap();
    let r = run(&[
        "exec",
        "--vm",
        "mruby-3.3.0",
        "--diff",
        "--schedule",
        "minor%20",
        "--mutant",
        "mrb_ary_push",
        "--json",
        p,
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let j = r.json();
    assert_eq!(j["outcome"], "divergence", "{j}");
    assert_eq!(
        j["divergence"]["baseline"]["line"], "[\"HELLO WORLD\"]",
        "{j}"
    );
    assert_ne!(
        j["divergence"]["stressed"]["line"], "[\"HELLO WORLD\"]",
        "{j}"
    );

    let r = run(&[
        "exec",
        "--vm",
        "mruby-3.3.0",
        "--diff",
        "--schedule",
        "minor%20",
        "--json",
        p,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let (_d2, q) = program("o = Object.new\np o\np o.object_id\nputs o.inspect\nputs [o, Object.new].inspect\nGCStress.minor\np Object.new.object_id\n");
    let r = run(&[
        "exec",
        "--vm",
        "mruby-3.3.0",
        "--diff",
        "--schedule",
        "minor%3,full@7",
        "--json",
        q.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.json()["outcome"], "ok");
}

/// Mutants: calibration finds the barrier sites; dropping mrb_alias_method's
/// barrier on 3.1.0 (the upstream fix) brings the bug back, and the hunt kills it.
#[test]
fn the_alias_method_barrier_mutant_is_killed_on_3_1_0() {
    vm_ready("mruby-3.1.0");
    let dir = tempfile::tempdir().unwrap();
    let r = run(&[
        "mutants",
        "--vm",
        "mruby-3.1.0",
        "--list",
        "--calibrate",
        "40",
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sites: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(sites.len() >= 8, "{sites:?}");
    assert!(
        sites.iter().any(|s| s["site"] == "mrb_alias_method"),
        "{sites:?}"
    );

    let r = run(&[
        "mutants",
        "--vm",
        "mruby-3.1.0",
        "--sites",
        "mrb_alias_method",
        "--budget",
        "120s",
        "--calibrate",
        "40",
        "--jobs",
        "1",
        "--json",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rep: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    let m = &rep["results"][0];
    assert_eq!(m["killed"], true, "{rep}");
    assert!(m["time_to_kill_s"].as_f64().unwrap() < 120.0);
    assert_eq!(rep["score"], 1.0);

    // the regression file reproduces the crash on the mutant, not on the real 3.1.0
    let f = repo().join("corpus/regressions/alias-barrier-5534.rb");
    let r = run(&[
        "exec",
        "--vm",
        "mruby-3.1.0",
        "--mutant",
        "mrb_alias_method",
        f.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let r = run(&["exec", "--vm", "mruby-3.1.0", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// On a `-debug` VM (MRB_DEBUG: mrb_assert live), marking the freed REnv trips
/// mruby's own assertion: outcome `assert`; the release VM marks it silently.
#[test]
fn debug_vm_turns_the_freed_slot_into_an_assertion() {
    vm_ready("mruby-3.1.0-debug");
    vm_ready("mruby-3.1.0");
    // the full GC right after the minor one, before anything reuses the slot
    let (_d, p) =
        program(&HALF_ALIAS.replace("GCStress.minor\n", "GCStress.minor\nGCStress.full\n"));
    let r = run(&[
        "exec",
        "--vm",
        "mruby-3.1.0-debug",
        "--mutant",
        "mrb_alias_method",
        "--json",
        p.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let j = r.json();
    assert_eq!(j["outcome"], "assert", "{j}");
    assert!(
        j["assertion"]
            .as_str()
            .unwrap()
            .contains("mrb_gc_mark: Assertion `(obj)->tt != MRB_TT_FREE' failed"),
        "{j}"
    );
    let r = run(&[
        "exec",
        "--vm",
        "mruby-3.1.0",
        "--mutant",
        "mrb_alias_method",
        "--json",
        p.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stdout);
}

/// On an `-asan` VM the wild read through the corrupted pointer is an ASan
/// report: outcome `asan`, with its kind and the VM frames in the signature.
#[test]
fn asan_vm_reports_the_wild_read() {
    vm_ready("mruby-3.1.0-asan");
    let f = repo().join("corpus/regressions/alias-barrier-5534.rb");
    let r = run(&[
        "exec",
        "--vm",
        "mruby-3.1.0-asan",
        "--mutant",
        "mrb_alias_method",
        "--json",
        f.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let j = r.json();
    assert_eq!(j["outcome"], "asan", "{j}");
    let sig = j["signature"].as_str().unwrap();
    assert!(
        sig.starts_with("asan.") && sig.contains("mrb_gc_mark"),
        "{sig}"
    );
    let r = run(&[
        "exec",
        "--vm",
        "mruby-3.1.0-asan",
        "--json",
        f.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stdout);
}
