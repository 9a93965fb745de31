//! Issue: mid-mark schedules. Hold the incremental collector in MARK/SWEEP
//! while Ruby runs, show it (phase coverage), and stay silent on correct programs.

mod common;
use common::*;

const LOOP: &str = r#"
a = []
2000.times do |i|
  a << "item #{i}"
  a.shift if a.size > 100
end
h = {}
500.times { |i| h[i] = [i, i.to_s] }
p a.size, h.size
"#;

fn share(j: &serde_json::Value) -> f64 {
    let p = &j["phase_allocs"];
    let (r, m, s) = (
        p["root"].as_f64().unwrap(),
        p["mark"].as_f64().unwrap(),
        p["sweep"].as_f64().unwrap(),
    );
    (m + s) / (r + m + s).max(1.0)
}

/// Acceptance 1: on 3.3.0 with gen=off, mark%10 keeps most allocations mid-cycle;
/// the share is printed next to full%1000 and none.
#[test]
fn mark_schedule_holds_the_collector_mid_cycle() {
    vm_ready("mruby-3.3.0");
    let (_d, p) = program(LOOP);
    let mut shares = Vec::new();
    for sched in [
        "mark%10,gen=off",
        "full%1000,gen=off",
        "gen=off",
        "mark%10",
        "none",
    ] {
        let r = run(&[
            "exec",
            "--vm",
            "mruby-3.3.0",
            "--json",
            "--schedule",
            sched,
            p.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{sched}: {}", r.stderr);
        let j = r.json();
        assert_eq!(j["stdout_tail"], "100\n500\n");
        let s = share(&j);
        println!(
            "{sched:<20} MARK+SWEEP share of allocations: {:.0}%",
            100.0 * s
        );
        shares.push((sched, s));
    }
    assert!(shares[0].1 >= 0.5, "{shares:?}");
    assert!(shares[0].1 > shares[1].1, "{shares:?}");
    assert!(
        shares[3].1 >= 0.5,
        "mark%10 in generational mode too: {shares:?}"
    );
}

/// Phase coverage is reported under every schedule item and adds up.
#[test]
fn phase_coverage_under_each_schedule_item() {
    vm_ready("mruby-3.1.0");
    let (_d, p) = program(LOOP);
    for sched in [
        "none",
        "minor%50",
        "full%500",
        "step%20",
        "mark%10",
        "mark@100",
        "mallocfail%30",
        "mark%5,gen=off",
    ] {
        let r = run(&[
            "exec",
            "--vm",
            "mruby-3.1.0",
            "--json",
            "--schedule",
            sched,
            p.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{sched}: {}", r.stderr);
        let j = r.json();
        let p = &j["phase_allocs"];
        let total = p["root"].as_u64().unwrap()
            + p["mark"].as_u64().unwrap()
            + p["sweep"].as_u64().unwrap();
        assert_eq!(
            total,
            j["gc"]["allocations"].as_u64().unwrap(),
            "{sched}: {j}"
        );
        if sched.starts_with("mark") {
            assert!(share(&j) > 0.3, "{sched}: {j}");
        }
    }
}

/// The VM's own pacing knobs are applied before the program runs.
#[test]
fn pacing_knobs_reach_the_vm() {
    let (_d, p) = program("p GC.step_ratio, GC.interval_ratio\n");
    for vm in VMS {
        vm_ready(vm);
        let r = run(&[
            "exec",
            "--vm",
            vm,
            "--json",
            "--schedule",
            "step_ratio=7,interval_ratio=33",
            p.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{vm}: {}", r.stderr);
        assert_eq!(r.json()["stdout_tail"], "7\n33\n", "{vm}");
    }
}

/// A correct program under mark schedules, with the verifier after every GC: silent.
#[test]
fn correct_program_under_mark_schedules_is_silent() {
    let (_d, p) = program(
        r#"
K = { list: [] }
class Conv
  def initialize(i); @i = i; end
  def to_int; @i; end
  def val; @i; end
end
items = (1..60).map { |i| Conv.new(i % 7) }
K[:list] = items.dup
GCStress.mark
200.times do |i|
  x = Integer(items[i % 60].to_int)
  y = [10, 20, 30, 40, 50, 60, 70][items[i % 60].to_int]
  z = items.sort { |a, b| a.val <=> b.val }.first.val
  K[:list] << [x, y, z] if i % 50 == 0
end
p K[:list].size
"#,
    );
    for vm in VMS {
        vm_ready(vm);
        for sched in ["mark%10", "mark%3,gen=off", "mark@50"] {
            let r = run(&[
                "exec",
                "--vm",
                vm,
                "--verify-all",
                "--diff",
                "--json",
                "--schedule",
                sched,
                p.to_str().unwrap(),
            ]);
            assert_eq!(r.code, 0, "{vm} {sched}: {}", r.stdout);
            assert_eq!(r.json()["stdout_tail"], "64\n", "{vm} {sched}");
        }
    }
}

/// In incremental (gen=off) mode mruby flips its white when a cycle starts,
/// so what the cycle allocates survives it whatever the barriers do: a
/// dropped barrier bites only when an object that existed before the cycle
/// moves into an already-scanned (black) holder and loses its other
/// reference. The generator's `Stash`/`Move` statements make that shape
/// (the block's padding keeps the object out of the caller's registers);
/// under a mid-mark schedule the verifier sees the freed object when the
/// cycle ends, names the store, and stays silent on the correct VM.
#[test]
fn a_moved_object_exposes_a_dropped_barrier_in_incremental_mode() {
    let pad = (0..16).map(|i| format!("q{i} = ")).collect::<String>();
    let mv = |store: &str| format!("1.times {{ {pad}nil; {store} }}\n");
    let mut src = String::from(
        "($stash ||= []).concat(Array.new(6) { |j| \"p#{j}\" * 3 })\nGCStress.full\nv1 = Object.new\nv2 = [1]\nv3 = {}\n",
    );
    let churn = "40.times { \"c\" * 3 }\n";
    src += churn;
    src += &mv("v1.instance_variable_set(:@i1, $stash.shift)");
    src += churn;
    src += &mv("v2 << $stash.shift");
    src += churn;
    src += &mv("v3[:k] = $stash.shift");
    src += "200.times { \"c\" * 3 }\np v1.instance_variable_get(:@i1), v2.size, v3.size\n";
    let (_d, p) = program(&src);
    let p = p.to_str().unwrap();
    let vm = "mruby-3.3.0";
    vm_ready(vm);
    let mut killed = Vec::new();
    for mutant in ["mrb_ary_push", "mrb_hash_set"] {
        let r = run(&[
            "exec",
            "--vm",
            vm,
            "--verify",
            "--json",
            "--schedule",
            "gen=off,mark%1",
            "--mutant",
            mutant,
            p,
        ]);
        let j = r.json();
        eprintln!("{mutant}: {} {}", j["outcome"], j["signature"]);
        if let Some(cause) = verifier_cause(&j) {
            assert!(cause.contains("without a write barrier"), "{j}");
            killed.push(mutant);
        }
    }
    assert!(!killed.is_empty(), "no mutant killed");
    for sched in [
        "gen=off,mark%1",
        "gen=off,mark%2",
        "gen=off,mark%5",
        "mark%3",
    ] {
        let r = run(&[
            "exec",
            "--vm",
            vm,
            "--verify-all",
            "--json",
            "--schedule",
            sched,
            p,
        ]);
        assert_eq!(r.code, 0, "{sched}: {}", r.stdout);
        assert_eq!(r.json()["stdout_tail"], "\"p0p0p0\"\n2\n1\n", "{sched}");
    }
}

/// The generator's `Hold` statement makes the whole incremental-mode shape
/// (a fresh holder, a cycle started and advanced until the holder is black,
/// a stashed object moved in through one kind of store). Each kind reaches a
/// different barrier site: dropping that site's barriers must leave the moved
/// object freed under a live holder (the verifier names the store), and the
/// same program on the correct VM must be silent. The programs are the
/// generator's own lifting of the statement.
#[test]
fn each_holder_shape_kills_its_barrier_mutant() {
    use gcstress::ir::{GcKind, Stmt};
    let vm = "mruby-3.3.0";
    vm_ready(vm);
    // (Hold kind, the barrier site it goes through, what the stash holds)
    let kinds: &[(u8, &str, u8)] = &[
        (0, "mrb_obj_iv_set_force", 0),
        (1, "mrb_ary_push", 0),
        (2, "mrb_ary_set", 0),
        (3, "mrb_hash_set", 0),
        (4, "mrb_vm_exec", 0),
        (5, "mrb_mod_cv_set", 0),
        (6, "ary_concat", 0),
        (7, "ary_replace", 0),
        (8, "mrb_define_method_raw", 4),
        (9, "mrb_env_unshare", 0),
    ];
    let mut survived = Vec::new();
    for &(how, site, what) in kinds {
        let stmts = vec![
            Stmt::Stash { n: 6, what },
            Stmt::Gc(GcKind::Full),
            Stmt::Hold {
                id: 1,
                how,
                slot: 1,
                steps: 2,
                mark: true,
            },
            Stmt::Churn { n: 10, what: 0 },
            Stmt::Gc(GcKind::Full),
        ];
        let src = gcstress::lift::lift_stmts(&stmts, true);
        let (_d, p) = program(&src);
        let p = p.to_str().unwrap();
        let args = |mutant: Option<&str>| exec_gen_off(vm, p, mutant);
        let clean = args(None);
        assert_eq!(
            clean["outcome"], "ok",
            "kind {how} on the correct VM: {clean}\n{src}"
        );
        let j = args(Some(site));
        eprintln!("kind {how} / {site}: {} {}", j["outcome"], j["signature"]);
        if let Some(cause) = verifier_cause(&j) {
            // names the store (the barrier count is since the child's
            // allocation: a moved object may have seen barriers before it)
            assert!(cause.contains("was stored into"), "{j}");
        } else {
            survived.push(site);
        }
    }
    assert!(
        survived.is_empty(),
        "mutants the holder shape did not kill: {survived:?}"
    );
}

/// The generator's `HoldInternal` statement: the holder shape through a store
/// the VM makes inside one of its own operations, with a value of the type
/// that store takes. Each kind kills its site's mutant (for each number of
/// mark steps the generator writes) and is silent on the correct VM.
#[test]
fn each_internal_holder_kills_its_barrier_mutant() {
    use gcstress::ir::{GcKind, Stmt};
    let vm = "mruby-3.3.0";
    vm_ready(vm);
    let kinds: &[(u8, &str)] = &[
        (0, "mrb_exc_mesg_set"),
        (1, "mrb_hash_merge"),
        (2, "prepare_singleton_class"),
        (3, "include_module_at"),
        (4, "mrb_prepend_module"),
        (5, "fiber_switch_context"),
        (6, "fiber_init_fiber"),
        (7, "f_instance_eval"),
        (8, "f_class_eval"),
        (9, "exc_set_backtrace"),
        (10, "mrb_ary_unshift_m"),
        (11, "mrb_ary_splice"),
        (12, "mrb_proc_merge_lvar"),
        (13, "mrb_define_method_raw"),
    ];
    let mut survived = Vec::new();
    for &(how, site) in kinds {
        for (steps, what) in [(1u8, 0u8), (2, 1), (3, 2)] {
            let stmts = vec![
                Stmt::HoldInternal {
                    id: 1,
                    how,
                    what,
                    slot: 1,
                    steps,
                    mark: true,
                },
                Stmt::Churn { n: 10, what: 0 },
                Stmt::Gc(GcKind::Full),
            ];
            let src = gcstress::lift::lift_stmts(&stmts, true);
            let (_d, p) = program(&src);
            let p = p.to_str().unwrap();
            let args = |mutant: Option<&str>| exec_gen_off(vm, p, mutant);
            let clean = args(None);
            assert_eq!(
                clean["outcome"], "ok",
                "kind {how} on the correct VM: {clean}\n{src}"
            );
            let j = args(Some(site));
            eprintln!(
                "kind {how} steps {steps} / {site}: {} {}",
                j["outcome"], j["signature"]
            );
            if verifier_cause(&j).is_none() {
                survived.push((site, steps));
            }
        }
    }
    assert!(
        survived.is_empty(),
        "mutants the internal holder shape did not kill: {survived:?}"
    );
}

/// The verifier's first root cause, when the run's outcome is a verifier hit.
fn verifier_cause(j: &serde_json::Value) -> Option<&str> {
    (j["outcome"] == "verifier")
        .then(|| j["verifier"][0]["root_cause"].as_str().unwrap_or_default())
}

/// `exec --verify --json --schedule gen=off FILE` on `vm`, on barrier mutant
/// `mutant` if given: the outcome's JSON.
fn exec_gen_off(vm: &str, p: &str, mutant: Option<&str>) -> serde_json::Value {
    let mut a = vec![
        "exec",
        "--vm",
        vm,
        "--verify",
        "--json",
        "--schedule",
        "gen=off",
    ];
    if let Some(m) = mutant {
        a.extend(["--mutant", m]);
    }
    a.push(p);
    run(&a).json()
}
