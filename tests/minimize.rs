//! Issue: the minimizer (`gcstress minimize`, `harness/src/reduce/`).
//!
//! The core is checked with synthetic predicates (no VM): it finds exactly the
//! statements that matter, its output always satisfies the predicate, and
//! minimizing an output again changes nothing. End to end, a 60-statement
//! program hiding the alias-barrier bug shrinks to <= 8 lines on mruby-2.1.2
//! and the result reproduces 10/10 through `gcstress exec`.

mod common;
use common::*;

use gcstress::reduce::{reduce, Candidate, Config};
use gcstress_vm::Schedule;
use proptest::prelude::*;

fn config() -> Config {
    Config {
        jobs: 1,
        deadline: None,
        allocations: None,
    }
}

fn numbered(n: usize) -> String {
    (0..n).map(|i| format!("x{i} = {i}\n")).collect()
}

fn lines(s: &str) -> Vec<&str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

fn min(start: &str, pred: &(dyn Fn(&Candidate) -> bool + Sync)) -> Candidate {
    let c = Candidate {
        program: start.to_string(),
        schedule: Schedule::none(),
    };
    reduce(c, pred, &config(), None).best
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// "Fails iff statements A and B are both present": the output is exactly A and B,
    /// and minimizing it again changes nothing.
    #[test]
    fn two_statements_that_matter(n in 2usize..40, a in 0usize..40, b in 0usize..40, jobs in 1usize..3) {
        let (a, b) = (a % n, b % n);
        prop_assume!(a != b);
        let (sa, sb) = (format!("x{a} = {a}"), format!("x{b} = {b}"));
        let pred = |c: &Candidate| {
            let l = lines(&c.program);
            l.contains(&sa.as_str()) && l.contains(&sb.as_str())
        };
        let start = Candidate { program: numbered(n), schedule: Schedule::none() };
        let cfg = Config { jobs, ..config() };
        let out = reduce(start, &pred, &cfg, None).best;
        let mut want = vec![sa.as_str(), sb.as_str()];
        want.sort_by_key(|s| s[1..].split(' ').next().unwrap().parse::<usize>().unwrap());
        prop_assert_eq!(lines(&out.program), want);
        let again = min(&out.program, &pred);
        prop_assert_eq!(again, out);
    }

    /// Any monotone predicate over which statements are present: the output satisfies it
    /// and is a fixpoint.
    #[test]
    fn output_satisfies_the_predicate(n in 1usize..30, need in proptest::collection::vec(0usize..30, 1..5), k in 1usize..5) {
        let need: Vec<String> = need.iter().map(|i| format!("x{} = {}", i % n, i % n)).collect();
        // fails if at least k of the needed statements are present (k capped by how many exist)
        let distinct = { let mut d = need.clone(); d.sort(); d.dedup(); d.len() };
        let k = k.min(distinct);
        let pred = |c: &Candidate| {
            let l = lines(&c.program);
            let mut seen: Vec<&str> = need.iter().map(String::as_str).filter(|s| l.contains(s)).collect();
            seen.sort();
            seen.dedup();
            seen.len() >= k
        };
        let out = min(&numbered(n), &pred);
        prop_assert!(pred(&out), "{}", out.program);
        prop_assert_eq!(lines(&out.program).len(), k, "{}", out.program);
        prop_assert_eq!(min(&out.program, &pred), out);
    }
}

/// Nested structure: the statement that matters sits inside a block inside a
/// method; the hierarchical reducers dig it out and drop the rest.
#[test]
fn nested_statements_are_reduced() {
    let src = "class Noise\n  def a; 1; end\nend\ndef work(n)\n  n.times do |i|\n    puts i\n    marker(i)\n  end\n  [1, 2, 3].map { |x| x * 2 }\nend\nwork(300)\nz = 5\n";
    let pred = |c: &Candidate| c.program.contains("marker(");
    let out = min(src, &pred);
    // the argument goes too: the predicate only asks for the call
    assert_eq!(lines(&out.program), vec!["marker()"], "{}", out.program);
}

/// The schedule half: drop what is not needed, push N in `minor%N` as high as it
/// still fails, move `@N` points as early as they still fail.
#[test]
fn schedule_is_reduced() {
    let start = Candidate {
        program: "x = 1\n".into(),
        schedule: "minor%7,full@900,step%3,gen=on".parse().unwrap(),
    };
    let pred = |c: &Candidate| {
        let s = &c.schedule;
        let minor_ok = s.items.iter().any(|i| {
            i.kind == gcstress_vm::Kind::Minor
                && matches!(i.when, gcstress_vm::When::Every(n) if n <= 137)
        });
        let full_ok = s.items.iter().any(|i| {
            i.kind == gcstress_vm::Kind::Full
                && matches!(i.when, gcstress_vm::When::At(n) if n >= 40)
        });
        minor_ok && full_ok && c.program.contains('x')
    };
    let out = reduce(start, &pred, &config(), None).best;
    assert_eq!(out.schedule.to_string(), "minor%137,full@40");
}

fn code_lines(text: &str) -> usize {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .count()
}

/// Acceptance: the alias-barrier bug buried in 60 statements shrinks to <= 8
/// lines on mruby-2.1.2 in under 60 s, and the result reproduces 10/10.
#[test]
fn alias_noise_minimizes_and_reproduces() {
    vm_ready("mruby-2.1.2");
    let input = repo().join("corpus/seeds/alias-noise-60.rb");
    let text = std::fs::read_to_string(&input).unwrap();
    let top_level = {
        let t = gcstress::reduce::syntax::Tree::parse(&text);
        let lists = t.statement_lists();
        t.node(lists[0]).children.len()
    };
    assert!(top_level >= 50, "the seed has {top_level} statements");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("min.rb");
    let r = run(&[
        "minimize",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--jobs",
        "2",
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let j = r.json();
    assert_eq!(
        j["signature"], "crash.SIGSEGV.mrb_gc_mark.incremental_gc.mrb_full_gc",
        "{j}"
    );
    assert!(j["seconds"].as_f64().unwrap() < 60.0, "{j}");
    let min = std::fs::read_to_string(&out).unwrap();
    assert!(code_lines(&min) <= 8, "{min}");
    assert!(min.contains("# gcstress: vm=mruby-2.1.2"), "{min}");
    assert!(
        min.contains("original_size=") && min.contains("final_size="),
        "{min}"
    );
    for i in 0..10 {
        let e = run(&["exec", out.to_str().unwrap(), "--json"]);
        assert_eq!(e.code, 3, "run {i}: {}\n{}", e.stdout, e.stderr);
        assert_eq!(e.json()["signature"], j["signature"], "run {i}");
    }
}

/// Variants that loop for ever (a reducer removed a loop's exit) are cut
/// off after a small multiple of the input's own run time, on the VM and on
/// the stock interpreter alike, and are simply not interesting: the bug
/// wrapped in such loops still shrinks to a few lines and a plain form.
/// (How long it takes is a figure in docs/src/minimizing.md, not a test.)
#[test]
fn variants_that_hang_do_not_stop_the_minimizer() {
    vm_ready("mruby-2.1.2");
    let input = repo().join("corpus/seeds/alias-hangs-64.rb");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("min.rb");
    let r = run(&[
        "minimize",
        input.to_str().unwrap(),
        "--vm",
        "mruby-2.1.2",
        "--out",
        out.to_str().unwrap(),
        "--jobs",
        "2",
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let j = r.json();
    assert_eq!(j["timed_out"], false, "{j}");
    let min = std::fs::read_to_string(&out).unwrap();
    assert!(code_lines(&min) <= 10, "{min}");
    assert!(!min.contains("while") && !min.contains("until"), "{min}");
    let plain = dir.path().join("min.plain.rb");
    let plain = std::fs::read_to_string(&plain).unwrap_or_else(|_| panic!("a plain form: {j}"));
    assert!(code_lines(&plain) <= 12, "{plain}");
}

/// A hunt crash directory: settings come from repro.rb's header and
/// outcome.json; min.rb lands beside repro.rb, and the plain form beside it
/// crashes the stock mruby.
#[test]
fn crash_directory_input() {
    vm_ready("mruby-2.1.2");
    let dir = tempfile::tempdir().unwrap();
    let sig = "crash.SIGSEGV.mrb_gc_mark.incremental_gc.mrb_full_gc";
    let crash = dir.path().join("crashes").join(sig);
    std::fs::create_dir_all(&crash).unwrap();
    let body = std::fs::read_to_string(repo().join("corpus/regressions/alias-barrier-5534.rb"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(
        crash.join("repro.rb"),
        format!("# gcstress: vm=mruby-2.1.2 schedule=none signature={sig}\n{body}\n"),
    )
    .unwrap();
    std::fs::write(
        crash.join("outcome.json"),
        format!(
            r#"{{"outcome":"crash","signature":"{sig}","vm":"mruby-2.1.2","schedule":"none"}}"#
        ),
    )
    .unwrap();
    let r = run(&["minimize", crash.to_str().unwrap(), "--json"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let j = r.json();
    assert_eq!(j["reproduced"], "5/5", "{j}");
    let min = std::fs::read_to_string(crash.join("min.rb")).unwrap();
    assert!(code_lines(&min) <= 8, "{min}");
    let plain = crash.join("min.plain.rb");
    assert!(plain.is_file(), "no plain form: {j}");
    let text = std::fs::read_to_string(&plain).unwrap();
    assert!(!text.contains("GCStress"), "{text}");
}

/// Bad input: one clear line, exit 2.
#[test]
fn bad_input_is_named() {
    vm_ready("mruby-2.1.2");
    let (_d, ok) = program("x = [1, 2, 3].map { |i| i * 2 }\nputs x.inspect\n");
    let r = run(&["minimize", ok.to_str().unwrap(), "--vm", "mruby-2.1.2"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.starts_with("gcstress: error: "), "{}", r.stderr);
    assert!(r.stderr.contains("does not fail"), "{}", r.stderr);
    assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);

    let (_d, bad) = program("def broken(\n  puts 1\n");
    let r = run(&["minimize", bad.to_str().unwrap(), "--vm", "mruby-2.1.2"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("prog.rb:"), "{}", r.stderr);

    let r = run(&["minimize", "/nonexistent/x.rb"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let empty = tempfile::tempdir().unwrap();
    let r = run(&["minimize", empty.path().to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("not a hunt crash directory"),
        "{}",
        r.stderr
    );
}

/// The schedule half on a real VM: the alias bug without `GCStress.minor`,
/// under a noisy schedule, keeps only the GC point it needs.
#[test]
fn schedule_reduces_on_the_vm() {
    vm_ready("mruby-2.1.2");
    let body: String =
        std::fs::read_to_string(repo().join("corpus/regressions/alias-barrier-5534.rb"))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.contains("GCStress.minor"))
            .map(|l| format!("{l}\n"))
            .collect();
    let (d, p) = program(&body);
    let out = d.path().join("min.rb");
    let r = run(&[
        "minimize",
        p.to_str().unwrap(),
        "--vm",
        "mruby-2.1.2",
        "--schedule",
        "minor%50,full%300,step%7,gen=on",
        "--out",
        out.to_str().unwrap(),
        "--no-plain",
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let j = r.json();
    let sched: Schedule = j["schedule"]["final"].as_str().unwrap().parse().unwrap();
    assert!(sched.items.len() <= 1 && sched.gen.is_none(), "{j}");
    let e = run(&["exec", out.to_str().unwrap(), "--json"]);
    assert_eq!(e.code, 3, "{}", e.stdout);
    assert_eq!(e.json()["signature"], j["signature"]);
}

/// A find made on a barrier mutant minimizes into a file that still names
/// the mutant (and the verifier) in its header, so a plain `gcstress exec`
/// of it fails again; without `mutant=` it would run on the correct VM.
#[test]
fn a_mutant_find_keeps_its_mutant_in_the_header() {
    vm_ready("mruby-3.3.0");
    let (_d, p) = program(
        "# gcstress: vm=mruby-3.3.0 schedule=gen=off verify=on mutant=mrb_env_unshare\n\
         ($stash ||= []).concat(Array.new(6) { |j| \"p#{j}\" * 3 })\nGCStress.full\n\
         a = [1, 2, 3].map { |i| i * 2 }\nh = { k: a }\n\
         def hold1\n  x = nil\n  pr = proc { x }\n  GCStress.mark; GCStress.mark\n  x = $stash.shift\n  pr\nend\n\
         h1 = hold1\n10.times { |i| \"x\" * 8 }\ns = a.sum\nGCStress.full\np h1.call, s\n",
    );
    let out = p.with_extension("min.rb");
    let r = run(&[
        "minimize",
        p.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let min = std::fs::read_to_string(&out).unwrap();
    assert!(min.contains("mutant=mrb_env_unshare"), "{min}");
    assert!(min.contains("verify=on"), "{min}");
    let e = run(&["exec", out.to_str().unwrap(), "--json"]);
    assert_eq!(e.code, 3, "{}\n{}", e.stdout, e.stderr);
    assert_eq!(e.json()["outcome"], "verifier");
}
