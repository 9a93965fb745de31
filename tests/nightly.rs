//! Issue: nightly CI — `gcstress nightly` and the GitHub Actions workflows.

mod common;
use common::*;

use std::path::Path;

use serde_json::Value;

fn read_json(p: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// Checks that junit.xml is JUnit: testsuites > testsuite > testcase (> failure).
fn junit_cases(p: &Path) -> (usize, usize) {
    use quick_xml::events::Event;
    let text = std::fs::read_to_string(p).unwrap();
    let mut r = quick_xml::Reader::from_str(&text);
    let (mut stack, mut cases, mut failures) = (Vec::<String>::new(), 0, 0);
    loop {
        let ev = r.read_event().expect("well-formed XML");
        let (name, empty) = match &ev {
            Event::Start(e) => (
                String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                false,
            ),
            Event::Empty(e) => (
                String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                true,
            ),
            Event::End(_) => {
                stack.pop();
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let parent = stack.last().cloned().unwrap_or_default();
        match name.as_str() {
            "testsuites" => assert!(stack.is_empty()),
            "testsuite" => assert_eq!(parent, "testsuites"),
            "testcase" => {
                assert_eq!(parent, "testsuite");
                cases += 1;
            }
            "failure" => {
                assert_eq!(parent, "testcase");
                failures += 1;
            }
            _ => {}
        }
        if !empty {
            stack.push(name);
        }
    }
    (cases, failures)
}

#[test]
fn nightly_writes_results_junit_and_summary_and_knows_its_baseline() {
    for vm in ["mruby-2.1.2", "mruby-3.3.0"] {
        vm_ready(vm);
    }
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one");
    let r = run(&[
        "nightly",
        "--time",
        "20s",
        "--vms",
        "mruby-2.1.2,mruby-3.3.0",
        "--mutant-sites",
        "1",
        "--jobs",
        "1",
        // nothing known: the alias bug is new tonight (the shipped list knows it)
        "--known",
        "none",
        "--out",
        one.to_str().unwrap(),
    ]);
    assert!(r.code == 0 || r.code == 3, "{}", r.stderr);
    let res = read_json(&one.join("results.json"));
    assert_eq!(res["format"], 1);
    assert_eq!(res["vms"].as_array().unwrap().len(), 2);
    assert!(res["vms"][0]["programs"].as_u64().unwrap() > 0);
    let regs = res["regressions"].as_array().unwrap();
    assert!(
        regs.iter().any(|g| g["file"] == "alias-barrier-5534.rb"
            && g["vm"] == "mruby-2.1.2"
            && g["status"] == "known-open"),
        "{regs:?}"
    );
    assert!(
        regs.iter().any(|g| g["file"] == "alias-barrier-5534.rb"
            && g["vm"] == "mruby-3.3.0"
            && g["status"] == "pass"),
        "{regs:?}"
    );
    assert_eq!(res["broken_regressions"], 0);
    // 2.1.2 still has the alias bug: the hunt finds it, so this night has new bugs and exits 3
    let finds = res["finds"].as_array().unwrap();
    assert!(finds.iter().any(|f| f["vm"] == "mruby-2.1.2"), "{finds:?}");
    assert_eq!(r.code, 3);
    let (cases, failures) = junit_cases(&one.join("junit.xml"));
    assert!(cases >= regs.len(), "{cases} cases");
    assert!(failures >= 1);
    let md = std::fs::read_to_string(one.join("summary.md")).unwrap();
    assert!(md.contains("| VM | programs | programs/s"), "{md}");
    assert!(md.contains("## Regressions"), "{md}");

    // the next night, with this one as the baseline: the same finds are known, not new
    let two = dir.path().join("two");
    let r2 = run(&[
        "nightly",
        "--time",
        "20s",
        "--vms",
        "mruby-2.1.2,mruby-3.3.0",
        "--mutant-sites",
        "1",
        "--jobs",
        "1",
        "--known",
        "none",
        "--baseline",
        one.join("results.json").to_str().unwrap(),
        "--out",
        two.to_str().unwrap(),
    ]);
    assert!(r2.code == 0 || r2.code == 3, "{}", r2.stderr);
    let res2 = read_json(&two.join("results.json"));
    // known: what the known-bug list reads from a baseline results.json,
    // every entry with a signature in it (finds on any VM and regression
    // replays): the same signature, or the same root cause (as the triage
    // module compares them: a shape matches a longer shape it is a
    // subsequence of), last night
    let mut sigs: Vec<String> = vec![];
    let mut causes: Vec<String> = vec![];
    fn walk(j: &Value, f: &mut dyn FnMut(&Value)) {
        match j {
            Value::Object(m) => {
                if m.contains_key("signature") {
                    f(j);
                }
                m.values().for_each(|v| walk(v, f));
            }
            Value::Array(a) => a.iter().for_each(|v| walk(v, f)),
            _ => {}
        }
    }
    walk(&res, &mut |x| {
        if let Some(s) = x["signature"].as_str() {
            sigs.push(s.to_string());
        }
        if let Some(k) = x["root_cause"]["key"].as_str().or(x["root_cause"].as_str()) {
            causes.push(k.to_string());
        }
    });
    let mut known = 0;
    for f in res2["finds"].as_array().unwrap() {
        let sig = f["signature"].as_str().unwrap();
        let rc = f["root_cause"]["key"].as_str().unwrap_or("");
        let expected = sigs.iter().any(|s| s == sig)
            || causes
                .iter()
                .any(|c| gcstress::triage::same_root_cause(c, rc));
        assert_eq!(f["known"].as_bool().unwrap(), expected, "{f}");
        if f["known"] == true {
            known += 1;
        }
    }
    assert!(known >= 1, "the alias bug again, as a known find: {res2}");
}

/// A barrier mutant that reintroduces the alias bug on 3.1.0: the regression replay fails.
#[test]
fn reintroduced_bug_breaks_the_regression_replay() {
    vm_ready("mruby-3.1.0");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("n");
    let r = run(&[
        "nightly",
        "--time",
        "10s",
        "--vms",
        "mruby-3.1.0",
        "--mutant",
        "mruby-3.1.0:mrb_alias_method",
        "--jobs",
        "1",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let res = read_json(&out.join("results.json"));
    let regs = res["regressions"].as_array().unwrap();
    let alias = regs
        .iter()
        .find(|g| g["file"] == "alias-barrier-5534.rb")
        .unwrap();
    assert_eq!(alias["status"], "broken", "{alias}");
    assert!(res["broken_regressions"].as_u64().unwrap() >= 1);
    let md = std::fs::read_to_string(out.join("summary.md")).unwrap();
    assert!(md.contains("BROKEN"), "{md}");
    // and without the mutant the same replay passes
    let out2 = dir.path().join("m");
    let r = run(&[
        "nightly",
        "--time",
        "10s",
        "--vms",
        "mruby-3.1.0",
        "--mutant-sites",
        "0",
        "--jobs",
        "1",
        "--out",
        out2.to_str().unwrap(),
    ]);
    let res = read_json(&out2.join("results.json"));
    assert_eq!(res["broken_regressions"], 0, "{}", r.stderr);
}

/// The workflows parse, and every script they call exists and is executable.
#[test]
fn workflows_call_scripts_that_exist() {
    use yaml_rust2::YamlLoader;
    let wf = repo().join(".github/workflows");
    let mut seen = 0;
    for name in ["ci.yml", "nightly.yml"] {
        let text = std::fs::read_to_string(wf.join(name)).unwrap();
        let docs = YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let doc = &docs[0];
        // YAML 1.1 reads a bare `on:` key as the boolean true
        let has_on = doc
            .as_hash()
            .unwrap()
            .keys()
            .any(|k| k.as_str() == Some("on") || k.as_bool() == Some(true));
        assert!(has_on, "{name} has triggers");
        for (_, job) in doc["jobs"].as_hash().unwrap() {
            for step in job["steps"].as_vec().unwrap() {
                if let Some(cmd) = step["run"].as_str() {
                    // every run step is valid bash (what Actions runs it with)
                    let ok = std::process::Command::new("bash")
                        .args(["-n", "-c", cmd])
                        .status()
                        .unwrap();
                    assert!(ok.success(), "{name}: a step is not valid bash:\n{cmd}");
                    for word in cmd.split_whitespace() {
                        if word.starts_with("scripts/") || word.starts_with(".ci/") {
                            let p = repo().join(word);
                            assert!(p.is_file(), "{name} calls {word}, which does not exist");
                            use std::os::unix::fs::PermissionsExt;
                            assert!(
                                p.metadata().unwrap().permissions().mode() & 0o111 != 0,
                                "{word} is not executable"
                            );
                            seen += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(seen >= 2, "the workflows call .ci/run and scripts/nightly");
    // the baseline comes from an earlier run (a run id), the corpus is saved even on a failing night
    let docs = YamlLoader::load_from_str(&std::fs::read_to_string(wf.join("nightly.yml")).unwrap())
        .unwrap();
    let steps = docs[0]["jobs"]["nightly"]["steps"]
        .as_vec()
        .unwrap()
        .clone();
    let uses =
        |s: &yaml_rust2::Yaml, what: &str| s["uses"].as_str().is_some_and(|u| u.starts_with(what));
    let dl = steps
        .iter()
        .find(|s| uses(s, "actions/download-artifact"))
        .expect("the previous night's results are downloaded");
    assert!(
        dl["with"]["run-id"].as_str().is_some(),
        "download-artifact needs a run id to see another run"
    );
    assert!(
        steps
            .iter()
            .any(|s| uses(s, "actions/cache/save") && s["if"].as_str() == Some("always()")),
        "the corpus is saved even when the night finds a bug"
    );
    let nightly = std::fs::read_to_string(wf.join("nightly.yml")).unwrap();
    assert!(
        nightly.contains("schedule")
            && nightly.contains("workflow_dispatch")
            && nightly.contains("upload-artifact")
    );
}
