//! Root causes and known bugs, on real VMs: two crash signatures of one bug
//! get one key, two bugs get two, and a known reproducer suppresses its own
//! bug in a hunt and not another.

mod common;
use common::*;

use serde_json::Value;

/// `gcstress known --derive FILE --json` -> (signature, root-cause key).
fn derive(vm: &str, program: &str) -> (String, String) {
    let (_d, p) = program_file(program);
    let r = run(&[
        "known",
        "--derive",
        "--json",
        "--vm",
        vm,
        p.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j: Value = serde_json::from_str(&r.stdout).expect("JSON");
    let one = &j[0];
    (
        one["signature"].as_str().unwrap_or("").to_string(),
        one["root_cause"]["key"].as_str().unwrap_or("").to_string(),
    )
}

fn program_file(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    program(text)
}

// mruby 3.1.0: a GC inside the malloc of mrb_env_unshare frees the env it is
// unsharing (fixed upstream in 3.2.0). Where it crashes depends on what runs next.
const ENV_UNSHARE_SORT: &str = "# gcstress: schedule=mallocfail%1\n\
    6.times do\n  10.times { |i| a = [i, i, i].sort { |x, y| y <=> x } }\nend\n";
const ENV_UNSHARE_STRINGS: &str = "# gcstress: schedule=mallocfail%1\n\
    def m\n  x = \"local\"\n  proc { x }\n  nil\nend\nm\na = []\n50.times { |i| a << \"s#{i}\" }\np a.size\n";
// mruby 3.1.0: a fiber marked before fiber_init set its call-info (another bug)
const FIBER_INIT: &str =
    "# gcstress: schedule=mallocfail%1\nc = Fiber.new do ; end\n0.times do ; end\n";

// mruby 3.3.0: remove_method of a missing method on a core subclass that prepends a module
const PREPEND_ARRAY: &str =
    "module A; end\nclass B < Array; B.send(:prepend, A); end\nB.send(:remove_method, :m1)\n";
const PREPEND_STRING: &str =
    "class A < String; end\nA.send(:prepend, Enumerable)\nA.send(:remove_method, :m0)\n";
// (a 3.3.0 hunt's min.rb: it crashes with the verifier's heap checks on)
const PREPEND_PROC_INSPECT: &str = "# gcstress: schedule=none verify=on cap_forced=on\n\
    b = proc do || end.singleton_class\nb.send(:prepend, Enumerable)\nbegin; rescue Exception; end\n\
    class << b; GCStress.minor; end\nbegin; rescue Exception; end\nb.send(:remove_method, :m11)\n";
const ARITY: &str = "Addrinfo.instance_method(:to_s).arity\n";

#[test]
fn two_crash_sites_of_one_bug_get_one_key() {
    vm_ready("mruby-3.1.0");
    let (s1, k1) = derive("mruby-3.1.0", ENV_UNSHARE_SORT);
    let (s2, k2) = derive("mruby-3.1.0", ENV_UNSHARE_STRINGS);
    assert_ne!(s1, s2, "two crash sites");
    assert_eq!(k1, "gc-in-malloc/mrb_env_unshare");
    assert_eq!(k2, k1);

    vm_ready("mruby-3.3.0");
    let (s1, k1) = derive("mruby-3.3.0", PREPEND_ARRAY);
    let (s2, k2) = derive("mruby-3.3.0", PREPEND_STRING);
    assert_ne!(s1, s2, "two crash sites");
    assert_eq!(k1, "shape/prepend,remove_method");
    assert_eq!(k2, k1);

    // the same bug reached through Proc#inspect: its shape has two more calls,
    // and it is still the known prepend/remove_method bug
    let (_d, p) = program_file(PREPEND_PROC_INSPECT);
    let r = run(&[
        "known",
        "--derive",
        "--json",
        "--vm",
        "mruby-3.3.0",
        p.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert!(
        j[0]["signature"]
            .as_str()
            .unwrap_or("")
            .contains("proc_inspect"),
        "{}",
        r.stdout
    );
    assert_eq!(
        j[0]["root_cause"]["key"],
        "shape/proc,singleton_class,prepend,remove_method"
    );
    assert!(
        j[0]["known"]
            .as_str()
            .unwrap_or("")
            .contains("prepend-remove-method"),
        "{}",
        r.stdout
    );
}

#[test]
fn two_bugs_get_two_keys() {
    vm_ready("mruby-3.1.0");
    let (_, env) = derive("mruby-3.1.0", ENV_UNSHARE_SORT);
    let (_, fiber) = derive("mruby-3.1.0", FIBER_INIT);
    assert_eq!(fiber, "gc-in-malloc/fiber_init");
    assert_ne!(env, fiber);

    vm_ready("mruby-3.3.0");
    let (_, prepend) = derive("mruby-3.3.0", PREPEND_ARRAY);
    let (_, arity) = derive("mruby-3.3.0", ARITY);
    assert_eq!(arity, "shape/instance_method,arity");
    assert_ne!(prepend, arity);
}

/// A seeded hunt on 3.3.0 that runs into the prepend/remove_method family
/// (seed 5, one job: a one-job hunt repeats program for program; the bug
/// at program 1,337 since generated programs stopped calling step, cycle and
/// `, and corpus programs slower than 10 ms stopped joining the corpus).
fn hunt(known: &[&str]) -> (Run, Value) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut args = vec![
        "hunt",
        "--vm",
        "mruby-3.3.0",
        "--seed",
        "5",
        "--iterations",
        "1500",
        "--jobs",
        "1",
        "--minimize",
        "10s",
        "--json",
        "--out",
        out.to_str().unwrap(),
    ];
    for k in known {
        args.push("--known");
        args.push(k);
    }
    let r = run(&args);
    let summary = r
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|l| l["event"] == "summary")
        .unwrap_or_else(|| panic!("no summary: {}", r.stderr));
    (r, summary["summary"].clone())
}

#[test]
fn a_known_reproducer_suppresses_its_bug_and_not_another() {
    vm_ready("mruby-3.3.0");
    let repo = repo();
    let prepend = repo.join("corpus/regressions/prepend-remove-method-3.3.0.rb");
    let arity = repo.join("corpus/regressions/alias-proc-arity-3.3.0.rb");

    // only its own reproducer known: every find is that bug, the exit code 0
    let (r, s) = hunt(&["none", prepend.to_str().unwrap()]);
    let finds = s["finds"].as_array().unwrap();
    assert!(
        !finds.is_empty(),
        "the seeded hunt finds the bug: {}",
        r.stderr
    );
    for f in finds {
        assert_eq!(f["root_cause"]["key"], "shape/prepend,remove_method", "{f}");
        assert!(
            f["known"]
                .as_str()
                .unwrap()
                .ends_with("prepend-remove-method-3.3.0.rb"),
            "{f}"
        );
    }
    assert_eq!(s["new_root_causes"], 0);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("\"root-cause\""),
        "one event per signature"
    );

    // another bug's reproducer known: this one is new, one root cause however many signatures
    let (r, s) = hunt(&["none", arity.to_str().unwrap()]);
    let finds = s["finds"].as_array().unwrap();
    assert!(!finds.is_empty(), "{}", r.stderr);
    assert!(finds.iter().all(|f| f["known"].is_null()), "{s}");
    assert_eq!(s["root_causes"], 1, "{s}");
    assert_eq!(s["new_root_causes"], 1, "{s}");
    assert_eq!(r.code, 3, "{}", r.stderr);
    // the second signature of the group is not confirmed nor recorded again
    let grouped: Vec<&Value> = finds
        .iter()
        .filter(|f| f["group"] != f["signature"])
        .collect();
    for f in grouped {
        let dir = std::path::Path::new(f["dir"].as_str().unwrap());
        assert!(!dir.join("run.gcrec").exists(), "{}", dir.display());
        assert_eq!(f["reproducible"], "?");
    }
}
