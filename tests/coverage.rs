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
