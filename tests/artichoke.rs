//! Issue: the Artichoke backend. Programs run through Artichoke's own
//! interpreter (its eval API, Rust core classes, vendored mruby) with the same
//! GCStress module, schedules, hooks and outcomes as the mruby VMs.
//!
//! Runs only when an Artichoke VM is built in `$GCSTRESS_HOME`
//! (`gcstress vm add artichoke --src DIR`); otherwise each test prints one
//! line saying why it is skipped (CI has no Artichoke checkout).

mod common;
use common::*;

const VM: &str = "artichoke";

/// True if the Artichoke VM is built; else say why the test is skipped.
fn artichoke_built(test: &str) -> bool {
    let r = run(&["vm", "list", "--json"]);
    assert_eq!(r.code, 0, "vm list: {}", r.stderr);
    let built = r.stdout.lines().any(|l| {
        serde_json::from_str::<serde_json::Value>(l)
            .map(|j| j["id"] == VM && j["built"] == true)
            .unwrap_or(false)
    });
    if !built {
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            eprintln!(
                "skipped tests/artichoke.rs ({test} and the rest): no Artichoke VM in $GCSTRESS_HOME (build one with `gcstress vm add artichoke --src DIR`)"
            )
        });
    }
    built
}

fn exec_json(schedule: &str, file: &str) -> (i32, serde_json::Value) {
    let r = run(&["exec", "--vm", VM, "--json", "--schedule", schedule, file]);
    let code = r.code;
    (code, r.json())
}

#[test]
fn a_simple_program_runs_through_artichokes_rust_core() {
    if !artichoke_built("a_simple_program_runs_through_artichokes_rust_core") {
        return;
    }
    // String#+, Array#first and Kernel#Integer are Rust in Artichoke; the
    // implicit conversions call back into Ruby through Value::funcall.
    let (_d, p) = program(
        r#"
class S; def to_str; "s"; end; end
class I; def to_int; 3; end; end
x = "a" + S.new
y = [1, 2, 3, 4].first(I.new)
z = [3, 1, 2].sort { |a, b| a <=> b }
puts [x, y, z, Integer("12")].inspect
"#,
    );
    let (code, j) = exec_json("none", p.to_str().unwrap());
    assert_eq!(code, 0, "{j}");
    assert_eq!(j["outcome"], "ok", "{j}");
    assert_eq!(j["vm"], VM);
    assert_eq!(
        j["stdout_tail"].as_str().unwrap().trim(),
        r#"["as", [1, 2, 3], [1, 2, 3], 12]"#
    );
    assert!(
        j["gc"]["host_liveness_checks"].as_u64().unwrap_or(0) >= 2,
        "Artichoke's liveness check is hooked: {j}"
    );
}

/// GCStress.minor / full / stats on Artichoke: minor is really minor.
#[test]
fn gcstress_module_minor_full_stats() {
    if !artichoke_built("gcstress_module_minor_full_stats") {
        return;
    }
    let (_d, p) = program(
        r#"
$keep = Object.new
h_old = GCStress.watch($keep)
GCStress.full                 # $keep survives a full GC: old now
$keep = nil                   # unreachable old object
def mk; GCStress.watch(Object.new); end
h_young = mk                  # unreachable young object
ran = GCStress.minor
puts [ran, GCStress.freed?(h_old), GCStress.freed?(h_young)].inspect
s = GCStress.stats
puts [s[:generational], s[:state], s[:forced_minor], s[:live] > 0, s[:heap_pages] > 0].inspect
puts GCStress.full.inspect
puts GCStress.freed?(h_old).inspect
"#,
    );
    let (code, j) = exec_json("none", p.to_str().unwrap());
    assert_eq!(code, 0, "{j}");
    let out = j["stdout_tail"].as_str().unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "[:minor, false, true]", "{out}");
    assert_eq!(lines[1], "[true, :root, 1, true, true]", "{out}");
    assert_eq!(lines[2], ":full", "{out}");
    assert_eq!(
        lines[3], "true",
        "the old object goes at the next full GC: {out}"
    );
}

/// Each hook fires on Artichoke's statically built mruby (a missing --wrap
/// flag would fail silently), and schedules force what they say.
#[test]
fn every_hook_fires_on_artichoke() {
    if !artichoke_built("every_hook_fires_on_artichoke") {
        return;
    }
    let (_d, p) = program(
        r#"
GCStress.full
a = []
h = {}
GCStress.full
50.times { |i| a << "s#{i}"; h[i] = [i] }
o = Object.new
GCStress.full
o.instance_variable_set(:@x, "young")
a.concat(["c", "d"])
a.replace(["r", "s"])
class C; end
C.class_eval { define_method(:m) { 1 } }
"#,
    );
    let (code, j) = exec_json("minor%7,mallocfail%7", p.to_str().unwrap());
    assert_eq!(code, 0, "{j}");
    let g = &j["gc"];
    let n = |k: &str| g[k].as_u64().unwrap_or(0);
    assert!(n("allocations") > 100, "alloc hook: {g}");
    assert!(
        n("mallocs") > 10,
        "allocator (--wrap=mrb_default_allocf): {g}"
    );
    assert!(n("field_barriers") > 0, "mrb_field_write_barrier hook: {g}");
    assert!(n("object_barriers") > 0, "mrb_write_barrier hook: {g}");
    assert!(n("forced_minor") > 10, "schedule: {g}");
    assert!(n("gc_in_malloc") > 0, "GC inside malloc: {g}");
}

/// Mallocs are counted while the program's code runs only (Artichoke's eval
/// parses and compiles first, through the same mruby functions).
#[test]
fn mallocs_are_counted_only_while_the_program_runs_on_artichoke() {
    if !artichoke_built("mallocs_are_counted_only_while_the_program_runs_on_artichoke") {
        return;
    }
    let (a, b) = mallocs_with_and_without_dead_code(VM);
    assert!(a > 10, "{a} mallocs");
    assert_eq!(a, b, "code that never runs moved the malloc count");
}

/// No `gen` item means generational on for this VM; gen=off is Artichoke's
/// shipping configuration. Both are reported.
#[test]
fn generational_mode_on_by_default_and_off_on_request() {
    if !artichoke_built("generational_mode_on_by_default_and_off_on_request") {
        return;
    }
    let (_d, p) = program("p GC.generational_mode\na = []\n300.times { |i| a << i.to_s }\n");
    for (schedule, want) in [
        ("none", true),
        ("gen=on", true),
        ("gen=off", false),
        ("gen=off,minor%50", false),
    ] {
        let (code, j) = exec_json(schedule, p.to_str().unwrap());
        assert_eq!(code, 0, "{schedule}: {j}");
        assert_eq!(j["gc"]["generational"], want, "{schedule}: {j}");
        assert_eq!(
            j["stdout_tail"].as_str().unwrap().trim(),
            want.to_string(),
            "{schedule}: {j}"
        );
    }
    // without a young generation, a forced minor is a complete major cycle
    let (_, j) = exec_json("gen=off,minor%50", p.to_str().unwrap());
    assert_eq!(j["gc"]["forced_minor"], 0, "{j}");
    assert!(j["gc"]["forced_full"].as_u64().unwrap() >= 5, "{j}");
}

/// The alias-barrier reproducer (mruby#5534): Artichoke's mruby (3.2-based)
/// has the upstream fix, so it survives with generational GC on and off.
#[test]
fn alias_barrier_reproducer_survives_on_artichoke() {
    if !artichoke_built("alias_barrier_reproducer_survives_on_artichoke") {
        return;
    }
    let file = repo().join("corpus/regressions/alias-barrier-5534.rb");
    for schedule in ["gen=on", "gen=off"] {
        for i in 0..3 {
            let (code, j) = exec_json(schedule, file.to_str().unwrap());
            assert_eq!(code, 0, "{schedule} run {i}: {j}");
            assert_eq!(j["outcome"], "ok", "{schedule}: {j}");
            assert!(j["stdout_tail"].as_str().unwrap().contains("survived"));
            assert_eq!(j["gc"]["generational"], schedule == "gen=on", "{j}");
            assert!(j["gc"]["forced_full"].as_u64().unwrap() >= 2, "{j}");
        }
    }
}

/// A Rust panic is its own outcome (exit 3) with the panicking Rust frames in
/// its signature; a failed Rust allocation is an out-of-memory.
#[test]
fn rust_panics_and_allocation_failures_are_judged() {
    if !artichoke_built("rust_panics_and_allocation_failures_are_judged") {
        return;
    }
    // Array#* with a huge count: `capacity overflow` panic in Artichoke's Rust core
    let (_d, p) = program("a = [1]\nb = a * (2**61)\n");
    let (code, j) = exec_json("none", p.to_str().unwrap());
    assert_eq!(code, 3, "{j}");
    assert_eq!(j["outcome"], "panic", "{j}");
    assert_eq!(j["panic"]["message"], "capacity overflow", "{j}");
    let sig = j["signature"].as_str().unwrap();
    // Rust frames are shortened to their last two path segments in signatures
    assert!(sig.starts_with("panic.") && sig.contains("mul"), "{sig}");
    assert!(
        j["frames"][0]
            .as_str()
            .unwrap()
            .starts_with("artichoke_backend::"),
        "frames start at the panicking Rust code: {j}"
    );

    let (_d2, p2) = program("s = \"a\" * (2**62)\n");
    let (code, j) = exec_json("none", p2.to_str().unwrap());
    assert_eq!(code, 3, "{j}");
    assert_eq!(j["outcome"], "oom", "{j}");
}

/// Exceptions and syntax errors come back like on mruby VMs.
#[test]
fn exceptions_and_syntax_errors() {
    if !artichoke_built("exceptions_and_syntax_errors") {
        return;
    }
    let (_d, p) = program("x = 1\nraise ArgumentError, \"boom\"\n");
    let (code, j) = exec_json("none", p.to_str().unwrap());
    assert_eq!(code, 0, "an uncaught exception is not a bug signal: {j}");
    assert_eq!(j["outcome"], "exception");
    assert_eq!(j["exception"]["class"], "ArgumentError");
    assert_eq!(j["exception"]["message"], "boom");

    let (_d2, p2) = program("x = 1\ndef f(\n");
    let r = run(&["exec", "--vm", VM, p2.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("{}:3:", p2.display())),
        "file:line:col: {}",
        r.stderr
    );
}

/// The plain `artichoke` binary built from the same checkout runs plain reproducers.
#[test]
fn the_plain_artichoke_binary_is_there() {
    if !artichoke_built("the_plain_artichoke_binary_is_there") {
        return;
    }
    let r = run(&["vm", "path", VM]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dir = std::path::PathBuf::from(r.stdout.trim());
    let (_d, p) = program("puts [1, 2].map { |x| x * 2 }.inspect\n");
    let out = std::process::Command::new(dir.join("artichoke"))
        .arg(&p)
        .output()
        .expect("the plain artichoke binary runs");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[2, 4]");
}

/// Issue 13: the classifier answers `misjudged-live` for a live object read as
/// dead mid-MARK (artichoke#1336) ...
#[test]
fn dead_value_live_object_is_misjudged_live() {
    if !artichoke_built("dead_value_live_object_is_misjudged_live") {
        return;
    }
    let f = repo().join("corpus/regressions/artichoke-dead-value-1336.rb");
    let (code, j) = exec_json("none", f.to_str().unwrap());
    assert_eq!(code, 3, "{j}");
    assert_eq!(j["outcome"], "dead-value", "{j}");
    assert_eq!(j["dead_value"]["classification"], "misjudged-live", "{j}");
    assert_eq!(j["dead_value"]["gc_state"], "mark", "{j}");
    assert!(
        j["signature"]
            .as_str()
            .unwrap()
            .starts_with("dead-value.misjudged-live."),
        "{j}"
    );
}

/// ... and `freed` for an object a dropped barrier (in Artichoke's own Rust
/// Array#push) let a minor GC free while an old array still held it.
#[test]
fn dead_value_freed_object_is_freed() {
    if !artichoke_built("dead_value_freed_object_is_freed") {
        return;
    }
    let (_d, p) = program("class Conv\n  def to_int; 1; end\nend\na = []\nGCStress.full\na.push(Conv.new)\nGCStress.minor\np [10, 20][a[0]]\n");
    let r = run(&[
        "exec",
        "--vm",
        "artichoke",
        "--json",
        "--schedule",
        "gen=on",
        "--mutant",
        "artichoke_backend::extn::core::array::mruby::ary_push",
        p.to_str().unwrap(),
    ]);
    let j = r.json();
    assert_eq!(r.code, 3, "{j}");
    assert_eq!(j["dead_value"]["classification"], "freed", "{j}");
    // the same program on the real Artichoke is fine
    let r = run(&[
        "exec",
        "--vm",
        "artichoke",
        "--json",
        "--schedule",
        "gen=on",
        p.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stdout);
}

/// Artichoke's evals share one parser context that keeps top-level locals
/// between evals, so the registers of a program's new locals are not cleared:
/// a local whose assignment raised is read before it is set. The fork
/// server's own set-up must not leave values there (it once left `true` and
/// the GC module): the program sees nil, as the stock `artichoke` does, and
/// on the mruby VMs too.
#[test]
fn a_local_whose_assignment_raised_reads_nil() {
    let src = "begin; c = v5; rescue Exception; end\nbegin; d = zz; rescue NameError; end\n\
               begin; e = zz; rescue NameError; end\np [c, d, e]\n";
    let (_d, p) = program(src);
    let p = p.to_str().unwrap();
    let mut vms = vec!["mruby-3.3.0"];
    if artichoke_built("a_local_whose_assignment_raised_reads_nil") {
        vms.push(VM);
    }
    for vm in vms {
        vm_ready(vm);
        let r = run(&["exec", "--vm", vm, "--json", p]);
        let j = r.json();
        assert_eq!(j["outcome"], "ok", "{vm}: {j}");
        assert_eq!(
            j["stdout_tail"].as_str().unwrap_or_default().trim(),
            "[nil, nil, nil]",
            "{vm}: {j}"
        );
    }
}

/// A recursion that runs the C stack out dies wherever the stack happens to
/// end (three runs here once crashed in three functions, two of them
/// gcstress's own hooks): it is a `stack-overflow`, keyed by the frames that
/// repeat, so every run has one signature and one root cause.
#[test]
fn a_stack_overflow_is_one_outcome_wherever_it_ends() {
    if !artichoke_built("a_stack_overflow_is_one_outcome_wherever_it_ends") {
        return;
    }
    let (_d, p) = program("b = [Fiber]; b << b; b * \"\"\n");
    let mut sigs = std::collections::BTreeSet::new();
    for _ in 0..3 {
        let (code, j) = exec_json("none", p.to_str().unwrap());
        assert_eq!(code, 3, "{j}");
        assert_eq!(j["outcome"], "stack-overflow", "{j}");
        let sig = j["signature"].as_str().unwrap().to_string();
        assert!(sig.contains("flatten"), "{sig}");
        sigs.insert(sig);
    }
    assert_eq!(sigs.len(), 1, "{sigs:?}");
    let r = run(&[
        "known",
        "--derive",
        "--json",
        "--vm",
        VM,
        p.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let key = r.json()[0]["root_cause"]["key"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(key.starts_with("stack-overflow/"), "{key}");
}

/// The nightly on Artichoke runs both GC modes and reports them apart;
/// `artichoke:gen=off` picks one; a bad mode is a one-line usage error.
#[test]
fn nightly_runs_artichoke_in_both_gc_modes() {
    let bad = run(&["nightly", "--vms", "artichoke:gen=maybe", "--time", "5s"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("gen=on"), "{}", bad.stderr);
    if !artichoke_built("nightly_runs_artichoke_in_both_gc_modes") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("night");
    let corpus = dir.path().join("corpus");
    let r = run(&[
        "nightly",
        "--vms",
        VM,
        "--time",
        "24s",
        "--mutant-sites",
        "0",
        "--jobs",
        "1",
        "--corpus",
        corpus.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(r.code == 0 || r.code == 3, "{}", r.stderr);
    let res: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("results.json")).unwrap()).unwrap();
    let modes: Vec<(&str, &str)> = res["vms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["vm"].as_str().unwrap(), v["gen"].as_str().unwrap()))
        .collect();
    assert_eq!(modes, vec![(VM, "off"), (VM, "on")], "{res}");
    for f in res["finds"].as_array().unwrap() {
        assert!(f["gen"] == "off" || f["gen"] == "on", "{f}");
    }
    let md = std::fs::read_to_string(out.join("summary.md")).unwrap();
    assert!(md.contains("| artichoke gen=off |"), "{md}");
    assert!(md.contains("| artichoke gen=on |"), "{md}");
    // the corpus is kept per mode for the next night
    assert!(corpus.join("artichoke-gen-off").join("hunt").is_dir());
    assert!(corpus.join("artichoke-gen-on").join("hunt").is_dir());

    let one = run(&[
        "nightly",
        "--vms",
        "artichoke:gen=off",
        "--time",
        "8s",
        "--mutant-sites",
        "0",
        "--jobs",
        "1",
        "--out",
        dir.path().join("one").to_str().unwrap(),
    ]);
    assert!(one.code == 0 || one.code == 3, "{}", one.stderr);
    let res: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("one").join("results.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(res["vms"].as_array().unwrap().len(), 1, "{res}");
    assert_eq!(res["vms"][0]["gen"], "off");
}

/// `gcstress coverage --vm artichoke`: the `artichoke-cov` worker (its vendored
/// mruby compiled with `--coverage`, built on first use from the checkout
/// `artichoke` was built from; minutes the first time) dumps counters in each
/// child; mruby's own test/t (the vendored copy) runs under our assert layer.
#[test]
fn coverage_runs_on_artichokes_vendored_mruby() {
    if !artichoke_built("coverage_runs_on_artichokes_vendored_mruby") {
        return;
    }
    let (_d, alias) =
        program("class Foo\n  def a; 1; end\n  alias_method :b, :a\nend\np Foo.new.b\n");
    let r = run(&[
        "coverage",
        "--vm",
        VM,
        alias.to_str().unwrap(),
        "--name",
        "alias",
        "--mruby-tests",
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    assert_eq!(j["vm"], "artichoke-cov");
    let sets = j["sets"].as_array().unwrap();
    let reached = |s: &serde_json::Value, name: &str| {
        s["gc_relevant"]["all"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .unwrap_or_else(|| panic!("{name} is not GC-relevant: {s}"))["reached"]
            == true
    };
    let (a, t) = (&sets[0], &sets[1]);
    assert!(
        a["files"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["file"] == "src/gc.c"),
        "{a}"
    );
    assert!(reached(a, "mrb_alias_method"));
    assert!(!reached(a, "mrb_prepend_module"));
    assert!(reached(t, "mrb_prepend_module"));
    assert!(
        t["checks"]["passed"].as_u64().unwrap() > 300,
        "{}",
        t["checks"]
    );
    assert!(
        t["core"]["lines"]["covered"].as_u64().unwrap()
            > a["core"]["lines"]["covered"].as_u64().unwrap()
    );
}

/// Self-checks (`GCStress.keep`/`GCStress.expect`, the shim's) run on
/// Artichoke too, and its worker reports a mismatch as outcome wrong-result:
/// the same object read back is fine across collections, another one (the
/// holder's element replaced on purpose) is not.
#[test]
fn self_checks_report_wrong_results_through_artichokes_worker() {
    if !artichoke_built("self_checks_report_wrong_results_through_artichokes_worker") {
        return;
    }
    let (_d, p) = program(
        "h = []\nh << GCStress.keep(1, \"ab\" * 2)\nGCStress.full\np GCStress.expect(1, h[0])\n\
         h[0] = \"zz\"\nGCStress.expect(1, h[0])\np :not_reached\n",
    );
    let (code, j) = exec_json("none", p.to_str().unwrap());
    assert_eq!(code, 3, "{j}");
    assert_eq!(j["outcome"], "wrong-result", "{j}");
    assert_eq!(j["signature"], "wrong-result.RString.other", "{j}");
    assert_eq!(j["stdout_tail"], "true\n", "{j}");
    assert_eq!(j["wrong_result"]["line"], 6, "{j}");
}
