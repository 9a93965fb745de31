//! `gcstress coverage` on mruby-3.3.0's -cov build (built on first use,
//! about a minute): gcov counters from real runs, reset per command, added up
//! over its inputs.

mod common;
use common::*;

fn gc_function<'a>(j: &'a serde_json::Value, name: &str) -> Option<&'a serde_json::Value> {
    j["gc_relevant"]["all"]
        .as_array()
        .expect("gc_relevant.all")
        .iter()
        .find(|f| f["name"] == name)
}

fn class_c_lines(j: &serde_json::Value) -> u64 {
    let f = j["files"]
        .as_array()
        .expect("files")
        .iter()
        .find(|f| f["file"] == "src/class.c")
        .expect("src/class.c in the report");
    f["lines"]["covered"].as_u64().expect("covered lines")
}

#[test]
fn coverage_reaches_what_the_inputs_run_and_adds_up_over_inputs() {
    vm_ready("mruby-3.3.0-cov");
    let dir = tempfile::tempdir().unwrap();
    let alias = dir.path().join("alias.rb");
    std::fs::write(
        &alias,
        "class Foo\n  def a; 1; end\n  alias_method :b, :a\nend\np Foo.new.b\n",
    )
    .unwrap();
    // a reproducer with a header: its schedule applies (full GCs reach gc.c)
    let more = dir.path().join("more");
    std::fs::create_dir(&more).unwrap();
    std::fs::write(
        more.join("prepend.rb"),
        "# gcstress: schedule=full%7\nmodule M; def a; 2; end; end\nclass Bar; def a; 1; end; prepend M; end\np Bar.new.a\n",
    )
    .unwrap();

    let one = run(&[
        "coverage",
        "--vm",
        "mruby-3.3.0",
        alias.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    let j1 = one.json();
    assert_eq!(j1["vm"], "mruby-3.3.0-cov");
    assert_eq!(j1["inputs"], 1);
    let alias_fn = gc_function(&j1, "mrb_alias_method").expect("mrb_alias_method is GC-relevant");
    assert_eq!(alias_fn["file"], "src/class.c");
    assert_eq!(alias_fn["reached"], true, "{alias_fn}");
    // nothing in the program (nor in opening the VM) prepends a module
    let prepend =
        gc_function(&j1, "mrb_prepend_module").expect("mrb_prepend_module is GC-relevant");
    assert_eq!(prepend["reached"], false, "{prepend}");
    let unreached = j1["gc_relevant"]["unreached"].as_array().unwrap();
    assert!(unreached.iter().any(|f| f["name"] == "mrb_prepend_module"));
    let n = j1["gc_relevant"]["functions"].as_u64().unwrap();
    let reached = j1["gc_relevant"]["reached"].as_u64().unwrap();
    assert!(n > 50 && reached > 0 && reached < n, "{n} {reached}");
    assert!(j1["total"]["lines"]["covered"].as_u64().unwrap() > 0);

    // the counters are reset per command and add up over its inputs
    let two = run(&[
        "coverage",
        "--vm",
        "mruby-3.3.0-cov",
        alias.to_str().unwrap(),
        more.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(two.code, 0, "{}", two.stderr);
    let j2 = two.json();
    assert_eq!(j2["inputs"], 2);
    assert_eq!(
        gc_function(&j2, "mrb_prepend_module").unwrap()["reached"],
        true
    );
    assert_eq!(
        gc_function(&j2, "mrb_alias_method").unwrap()["reached"],
        true
    );
    assert!(class_c_lines(&j2) > class_c_lines(&j1));

    // the table
    let table = run(&["coverage", alias.to_str().unwrap()]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(table.stdout.contains("src/class.c"), "{}", table.stdout);
    assert!(
        table.stdout.contains("GC-relevant functions"),
        "{}",
        table.stdout
    );
    assert!(
        table.stdout.contains("mrb_prepend_module"),
        "{}",
        table.stdout
    );

    // a VM without a -cov build is bad input
    let bad = run(&["coverage", "--vm", "mruby-2.1.2", alias.to_str().unwrap()]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
}

fn set<'a>(j: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    j["sets"]
        .as_array()
        .expect("sets")
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no set {name} in {j}"))
}

fn names(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .expect("a list")
        .iter()
        .map(|f| f["name"].as_str().expect("name").to_string())
        .collect()
}

/// Baselines side by side: a plain input, mruby's own test/t (with
/// gcstress's assert layer) and spec files run as `gcstress specs` runs them
/// (this repository's own specs/core/gcstress), each set on reset counters;
/// the comparison's "only" and "missed" lists agree with the sets' own.
#[test]
fn coverage_compares_input_sets_mruby_tests_and_specs() {
    vm_ready("mruby-3.3.0-cov");
    let (_d, alias) =
        program("class Foo\n  def a; 1; end\n  alias_method :b, :a\nend\np Foo.new.b\n");
    let specs = repo().join("specs/core/gcstress");
    let out = run(&[
        "coverage",
        alias.to_str().unwrap(),
        "--name",
        "alias",
        "--mruby-tests",
        "--specs",
        specs.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let j = out.json();
    assert_eq!(j["vm"], "mruby-3.3.0-cov");
    assert_eq!(j["sets"].as_array().unwrap().len(), 3);
    let (a, t, s) = (
        set(&j, "alias"),
        set(&j, "mruby-tests"),
        set(&j, "specs:gcstress"),
    );
    assert_eq!(a["inputs"], 1);
    assert!(a["checks"].is_null(), "{}", a["checks"]);
    // test/t of the VM's own source: one run per file, nearly all asserts pass
    assert!(t["inputs"].as_u64().unwrap() >= 40, "{}", t["inputs"]);
    let passed = t["checks"]["passed"].as_u64().unwrap();
    let failed = t["checks"]["failed"].as_u64().unwrap() + t["checks"]["errors"].as_u64().unwrap();
    assert!(passed > 500 && failed * 20 < passed, "{}", t["checks"]);
    // the spec files ran their examples
    assert!(
        s["checks"]["passed"].as_u64().unwrap() > 20,
        "{}",
        s["checks"]
    );
    // each set on its own counters: the one-file set reaches less
    let core_lines = |x: &serde_json::Value| x["core"]["lines"]["covered"].as_u64().unwrap();
    assert!(
        core_lines(t) > 2 * core_lines(a),
        "{} {}",
        core_lines(t),
        core_lines(a)
    );
    // "missed" of the small set = reached by the others, not by it
    let missed = names(&a["gc_relevant"]["missed_others_reach"]);
    assert!(!missed.is_empty());
    let reached = |x: &serde_json::Value, n: &str| {
        x["gc_relevant"]["all"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["name"] == n && f["reached"] == true)
    };
    for n in &missed {
        assert!(!reached(a, n) && (reached(t, n) || reached(s, n)), "{n}");
    }
    for n in names(&t["gc_relevant"]["only_this_set"]) {
        assert!(reached(t, &n) && !reached(a, &n) && !reached(s, &n), "{n}");
    }
    let core_gc = &t["gc_relevant"]["core"];
    assert!(core_gc["total"].as_u64().unwrap() > 40, "{core_gc}");

    // the table
    let table = run(&["coverage", alias.to_str().unwrap(), "--mruby-tests"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(table.stdout.contains("src/*.c lines"), "{}", table.stdout);
    assert!(
        table
            .stdout
            .contains("GC-relevant functions only mruby-tests reaches"),
        "{}",
        table.stdout
    );
}

/// `--prelude` runs a file before each input: mruby-style tests in a
/// directory of our own run with the assert layer as their prelude.
#[test]
fn coverage_prelude_runs_before_each_input_and_bad_paths_are_one_line() {
    vm_ready("mruby-3.3.0-cov");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("t.rb"),
        "assert('Array#push') do\n  a = []\n  a.push 1\n  assert_equal [1], a\nend\n",
    )
    .unwrap();
    let layer = repo().join("specs/mrbtest/assert.rb");
    let without = run(&["coverage", dir.path().to_str().unwrap(), "--json"]);
    assert_eq!(without.code, 0, "{}", without.stderr);
    assert_eq!(
        without.json()["outcomes"]["exception"],
        1,
        "{}",
        without.stdout
    );
    let with = run(&[
        "coverage",
        dir.path().to_str().unwrap(),
        "--prelude",
        layer.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(with.code, 0, "{}", with.stderr);
    assert_eq!(with.json()["outcomes"]["ok"], 1, "{}", with.stdout);

    for args in [
        vec!["coverage", "--specs", "/nonexistent/core"],
        vec!["coverage", "/nonexistent/hunt"],
        vec![
            "coverage",
            dir.path().to_str().unwrap(),
            "--prelude",
            "/nonexistent.rb",
        ],
    ] {
        let bad = run(&args);
        assert_eq!(bad.code, 2, "{args:?}: {}", bad.stderr);
        assert_eq!(
            bad.stderr.trim().lines().count(),
            1,
            "{args:?}: {}",
            bad.stderr
        );
        assert!(bad.stderr.contains("/nonexistent"), "{}", bad.stderr);
    }
}

/// The assert layer counts passes, failures, errors and skips (on the plain
/// VM: it is Ruby, nothing of coverage).
#[test]
fn the_assert_layer_counts_what_passed() {
    vm_ready("mruby-3.3.0");
    let layer = std::fs::read_to_string(repo().join("specs/mrbtest/assert.rb")).unwrap();
    let tests = r##"
assert('passes') do
  assert_equal 2, 1 + 1
  assert_equal(3) { 1 + 2 }
  assert_true [1].include?(1)
  assert_raise(ZeroDivisionError) { 1 / 0 }
  e = assert_raise_with_message(ArgumentError, "x") { raise ArgumentError, "x" }
  assert_kind_of ArgumentError, e
  assert_match "#<Foo:0x*>", "#<Foo:0x1234>"
  assert_float 0.3, 0.1 + 0.2
  assert_operator 1, :<, 2
  assert_predicate [], :empty?
  assert_nothing_raised { 1 }
  assert('nested') { assert_nil nil }
end
assert('fails') do
  assert_equal 1, 2
  assert_raise(TypeError) { 1 }
  assert_match "a?c", "abbc"
end
assert('errors') { raise "boom" }
assert('skips') { skip "not here" }
puts GCSAssert.report
"##;
    let (_d, f) = program(&format!("{layer}\n{tests}"));
    let out = run(&["exec", f.to_str().unwrap(), "--vm", "mruby-3.3.0", "--json"]);
    assert_eq!(out.code, 0, "{} {}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("@@gcassert passed=2 failed=1 errors=1 skipped=1"),
        "{}",
        out.stdout
    );
}
