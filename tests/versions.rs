//! Every mruby version gcstress builds runs every schedule kind and the
//! verifier: minor, full, step, mark and mallocfail, each as `@N` and `%N`,
//! generational mode on and off; the verifier silent on a correct program
//! and naming the store when a real barrier (`mrb_obj_iv_set_force`'s) is
//! dropped; a recording; procs and envs counted by the allocation hook.
//!
//! The default suite checks mruby-3.3.0 (the VM CI has). Other versions are
//! opt in: `GCSTRESS_EXTRA_VMS` is a comma-separated list of `NAME` (a VM
//! already in `$GCSTRESS_HOME`, built or added) or `NAME=DIR` (an mruby
//! source tree, added with `gcstress vm add NAME --src DIR` if NAME is not
//! built yet), e.g.
//! `GCSTRESS_EXTRA_VMS=mruby-3.2.0,mruby-4.0.0,mruby-master=$HOME/src/mruby-master`.
//! A named VM that is neither built nor given a tree is a failure, not a skip.

mod common;
use common::*;

/// The program every schedule runs: arrays, hashes, strings, procs and
/// closures (envs), with a known output.
const PROGRAM: &str = r#"
a = []
h = {}
procs = []
600.times do |i|
  a << "item #{i}"
  a.shift if a.size > 50
  h[i % 40] = [i, i.to_s]
  x = i
  procs << lambda { x + 1 } if i % 5 == 0
  procs.shift if procs.size > 20
end
p a.size, h.size, procs.map(&:call).sum
"#;
const OUTPUT: &str = "50\n40\n10970\n";

/// The VMs to check: mruby-3.3.0, then those `GCSTRESS_EXTRA_VMS` names,
/// each built (from its tree if one is given) before it is used.
fn vms() -> Vec<String> {
    let mut out = vec!["mruby-3.3.0".to_string()];
    let extra = std::env::var("GCSTRESS_EXTRA_VMS").unwrap_or_default();
    for item in extra.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (name, src) = match item.split_once('=') {
            Some((n, d)) => (n.trim(), Some(d.trim())),
            None => (item, None),
        };
        if run(&["vm", "path", name]).code != 0 {
            let dir = src.unwrap_or_else(|| {
                panic!("GCSTRESS_EXTRA_VMS: {name} is not built; give its tree as {name}=DIR")
            });
            let r = run(&["vm", "add", name, "--src", dir]);
            assert_eq!(r.code, 0, "vm add {name} --src {dir}: {}", r.stderr);
        }
        out.push(name.to_string());
    }
    for vm in &out {
        vm_ready(vm);
    }
    out
}

fn exec(vm: &str, extra: &[&str], prog: &str) -> serde_json::Value {
    let mut args = vec!["exec", "--vm", vm, "--json"];
    args.extend_from_slice(extra);
    args.push(prog);
    let r = run(&args);
    assert_eq!(r.code, 0, "{vm} {extra:?}: {}\n{}", r.stdout, r.stderr);
    r.json()
}

/// Each kind forces what it says, at the allocation it says (`@N`: once) or
/// every N allocations (`%N`), in both GC modes, with every GC checked by the
/// verifier and the program's output unchanged.
#[test]
fn every_schedule_kind_runs_on_every_vm() {
    let (_d, p) = program(PROGRAM);
    let p = p.to_str().unwrap();
    // (schedule, the counter it moves, its least value; `@N` exactly once)
    let cases: &[(&str, &str, u64)] = &[
        ("minor@300", "forced_minor", 1),
        ("minor%200", "forced_minor", 5),
        ("full@300", "forced_full", 1),
        ("full%700", "forced_full", 2),
        ("step@300", "forced_step", 1),
        ("step%50", "forced_step", 20),
        ("mark@300", "forced_step", 1),
        ("mark%10", "forced_step", 100),
        ("mallocfail@10", "malloc_fail", 1),
        ("mallocfail%40", "malloc_fail", 5),
        ("gen=off,minor%200", "forced_full", 5),
        ("gen=off,step%50", "forced_step", 20),
        ("gen=off,mark%10", "forced_step", 100),
        ("gen=on,full%700", "forced_full", 2),
    ];
    for vm in vms() {
        let plain = exec(&vm, &["--schedule", "none"], p);
        assert_eq!(plain["stdout_tail"], OUTPUT, "{vm}: {plain}");
        let gen_default = plain["gc"]["generational"].as_bool().unwrap();
        for &(sched, field, least) in cases {
            let j = exec(&vm, &["--verify-all", "--schedule", sched], p);
            let g = &j["gc"];
            assert_eq!(j["outcome"], "ok", "{vm} {sched}: {j}");
            assert_eq!(j["stdout_tail"], OUTPUT, "{vm} {sched}: {j}");
            let n = g[field].as_u64().unwrap();
            if sched.contains('@') && !sched.starts_with("mark") {
                assert_eq!(n, least, "{vm} {sched} {field}: {g}");
            } else {
                assert!(n >= least, "{vm} {sched} {field} = {n} < {least}: {g}");
            }
            let generational = if sched.contains("gen=off") {
                false
            } else if sched.contains("gen=on") {
                true
            } else {
                gen_default
            };
            assert_eq!(g["generational"], generational, "{vm} {sched}: {g}");
            if sched.starts_with("mallocfail") {
                assert!(
                    g["gc_in_malloc"].as_u64().unwrap() >= 1,
                    "{vm} {sched}: {g}"
                );
            }
            if sched.contains("mark%") {
                // the collector is held mid-cycle while the program runs
                let ph = &j["phase_allocs"];
                let (r, m, s) = (
                    ph["root"].as_u64().unwrap(),
                    ph["mark"].as_u64().unwrap(),
                    ph["sweep"].as_u64().unwrap(),
                );
                assert!((m + s) * 10 > (r + m + s) * 3, "{vm} {sched} phases {ph}");
            }
            eprintln!("{vm:<14} {sched:<20} {field} {n}");
        }
    }
}

/// The verifier is silent on the correct VM and names the store when the
/// barrier of `mrb_obj_iv_set_force` is dropped (the generator's own
/// incremental-mode holder shape, as tests/mark.rs builds it); every
/// allocation, procs and envs included, passes the hook; a recording runs.
#[test]
fn the_verifier_and_the_hooks_work_on_every_vm() {
    use gcstress::ir::{GcKind, Stmt};
    let stmts = vec![
        Stmt::Stash { n: 6, what: 0 },
        Stmt::Gc(GcKind::Full),
        Stmt::Hold {
            id: 1,
            how: 0,
            slot: 1,
            steps: 2,
            mark: true,
        },
        Stmt::Churn { n: 10, what: 0 },
        Stmt::Gc(GcKind::Full),
    ];
    let (_d, hold) = program(&gcstress::lift::lift_stmts(&stmts, true));
    let hold = hold.to_str().unwrap();
    // 2,000 closures: each a proc (and, capturing `i`, an env)
    let (_d2, procs) = program("k = 0\n2000.times { |i| k += 1; lambda { i } }\np k\n");
    let (_d3, none) = program("k = 0\n2000.times { |i| k += 1 }\np k\n");
    let dir = tempfile::tempdir().unwrap();
    for vm in vms() {
        let clean = exec(&vm, &["--verify", "--schedule", "gen=off"], hold);
        assert_eq!(clean["outcome"], "ok", "{vm}: {clean}");
        let mut args = vec![
            "exec",
            "--vm",
            &vm,
            "--json",
            "--verify",
            "--schedule",
            "gen=off",
        ];
        args.extend(["--mutant", "mrb_obj_iv_set_force", hold]);
        let r = run(&args);
        assert_eq!(r.code, 3, "{vm} mutant: {}\n{}", r.stdout, r.stderr);
        let j = r.json();
        assert_eq!(j["outcome"], "verifier", "{vm}: {j}");
        let cause = j["verifier"][0]["root_cause"].as_str().unwrap_or_default();
        assert!(cause.contains("was stored into"), "{vm}: {j}");

        let with = exec(&vm, &[], procs.to_str().unwrap());
        let without = exec(&vm, &[], none.to_str().unwrap());
        let allocs = |j: &serde_json::Value| j["gc"]["allocations"].as_u64().unwrap();
        assert!(
            allocs(&with) >= allocs(&without) + 2000,
            "{vm}: the procs were not all seen by the allocation hook: {} vs {}",
            allocs(&with),
            allocs(&without)
        );

        let out = dir.path().join(format!("{vm}.gcrec"));
        let r = run(&[
            "record",
            hold,
            "--vm",
            &vm,
            "--schedule",
            "gen=off,mark%20",
            "--out",
            out.to_str().unwrap(),
            "--json",
        ]);
        assert_eq!(r.code, 0, "{vm} record: {}\n{}", r.stdout, r.stderr);
        assert!(
            r.json()["events"].as_u64().unwrap() > 100,
            "{vm}: {}",
            r.stdout
        );
        let r = run(&["replay", out.to_str().unwrap(), "--json"]);
        assert_eq!(r.code, 0, "{vm} replay: {}\n{}", r.stdout, r.stderr);
        assert_eq!(r.json()["identical"], true, "{vm}: {}", r.stdout);
    }
}
