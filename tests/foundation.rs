//! Issue: the foundation. Real mruby VMs under exact minor/full GC control,
//! and `gcstress exec` surviving whatever the VM does.

mod common;
use common::*;

/// The alias-barrier reproducer: a crash on 2.1.2 in 10/10 runs, fine on 3.1.0 and 3.3.0.
#[test]
fn alias_barrier_reproducer_crashes_only_the_buggy_vm() {
    let file = repo().join("corpus/regressions/alias-barrier-5534.rb");
    let file = file.to_str().unwrap();
    for vm in VMS {
        vm_ready(vm);
        let want = if vm == "mruby-2.1.2" { 3 } else { 0 };
        for i in 0..10 {
            let r = run(&["exec", "--vm", vm, "--json", file]);
            assert_eq!(r.code, want, "{vm} run {i}: {}\n{}", r.stdout, r.stderr);
            let j = r.json();
            if want == 3 {
                assert_eq!(j["outcome"], "crash", "{j}");
                // the crash is in the collector, marking
                let frames: Vec<String> = j["frames"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| f.as_str().unwrap().to_string())
                    .collect();
                assert!(
                    frames.iter().any(|f| f.contains("gc_mark")
                        || f.contains("incremental_gc")
                        || f.contains("full_gc")),
                    "{frames:?}"
                );
                assert!(
                    j["signature"].as_str().unwrap().starts_with("crash.SIG"),
                    "{j}"
                );
            } else {
                assert_eq!(j["outcome"], "ok", "{j}");
                assert!(j["stdout_tail"].as_str().unwrap().contains("survived"));
            }
            assert!(j["gc"]["forced_minor"].as_u64().unwrap() >= 1, "{j}");
        }
    }
}

/// Minor is really minor: an unreachable old object survives it, an unreachable young one does not.
#[test]
fn minor_gc_frees_young_and_keeps_old() {
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
puts [s[:generational], s[:state], s[:forced_minor]].inspect
GCStress.full
puts GCStress.freed?(h_old).inspect
"#,
    );
    for vm in VMS {
        vm_ready(vm);
        let r = run(&["exec", "--vm", vm, "--json", p.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{vm}: {}", r.stderr);
        let j = r.json();
        let out = j["stdout_tail"].as_str().unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "[:minor, false, true]", "{vm}: {out}");
        assert_eq!(lines[1], "[true, :root, 1]", "{vm}: {out}");
        assert_eq!(
            lines[2], "true",
            "{vm}: the old object goes at the next full GC: {out}"
        );
    }
}

/// The worker runs without address-space randomization, so addresses (and
/// what depends on them) repeat between two separate runs of one program;
/// GCSTRESS_ASLR=1 brings randomization back.
#[test]
fn addresses_repeat_between_runs() {
    let (_d, p) = program("o = Object.new\np o\np [o.object_id, \"s\".object_id]\n");
    let p = p.to_str().unwrap();
    for vm in VMS {
        vm_ready(vm);
        let out = |aslr: bool| {
            let mut c = gcstress(&["exec", "--vm", vm, p]);
            if aslr {
                c.env("GCSTRESS_ASLR", "1");
            }
            let o = c.output().unwrap();
            assert!(o.status.success(), "{vm}");
            String::from_utf8_lossy(&o.stdout).into_owned()
        };
        let first = out(false);
        assert!(first.starts_with("#<Object:0x"), "{vm}: {first}");
        if !personality_allowed() {
            eprintln!(
                "skipped: this machine refuses personality(ADDR_NO_RANDOMIZE) (setarch -R fails)"
            );
            return;
        }
        assert_eq!(first, out(false), "{vm}");
        let randomized: Vec<String> = (0..3).map(|_| out(true)).collect();
        assert!(
            randomized.iter().any(|r| *r != first),
            "{vm}: GCSTRESS_ASLR=1 should move the heap: {first} {randomized:?}"
        );
    }
}

/// Whether this machine lets a process turn address randomization off.
fn personality_allowed() -> bool {
    std::process::Command::new("setarch")
        .args(["-R", "true"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Each hook actually fires (a missing --wrap flag would fail silently).
#[test]
fn every_hook_fires() {
    let (_d, p) = program(
        r#"
GCStress.full
a = []                      # old array after the next full GC
h = {}
GCStress.full
50.times { |i| a << "s#{i}"; h[i] = [i] }   # stores into old objects: barriers
o = Object.new
GCStress.full
o.instance_variable_set(:@x, "young")
a.concat(["c", "d"])         # whole-object barrier (mrb_write_barrier)
a.replace(["r", "s"])
"#,
    );
    for vm in VMS {
        vm_ready(vm);
        let r = run(&[
            "exec",
            "--vm",
            vm,
            "--json",
            "--schedule",
            "minor%7,mallocfail%7",
            p.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{vm}: {}", r.stderr);
        let g = &r.json()["gc"];
        assert!(
            g["allocations"].as_u64().unwrap() > 100,
            "{vm} alloc hook: {g}"
        );
        assert!(g["mallocs"].as_u64().unwrap() > 10, "{vm} allocator: {g}");
        assert!(
            g["field_barriers"].as_u64().unwrap() + g["object_barriers"].as_u64().unwrap() > 0,
            "{vm} barrier hooks: {g}"
        );
        assert!(
            g["object_barriers"].as_u64().unwrap() > 0,
            "{vm} mrb_write_barrier hook: {g}"
        );
        assert!(
            g["field_barriers"].as_u64().unwrap() > 0,
            "{vm} mrb_field_write_barrier hook: {g}"
        );
        assert!(
            g["forced_minor"].as_u64().unwrap() > 10,
            "{vm} schedule: {g}"
        );
        assert!(
            g["gc_in_malloc"].as_u64().unwrap() > 0,
            "{vm} GC inside malloc: {g}"
        );
    }
}

/// Schedules: each item kind runs what it says, at the allocation it says.
#[test]
fn schedule_items_force_what_they_say() {
    let (_d, p) = program("a = []\n2000.times { |i| a << i.to_s }\n");
    let vm = "mruby-3.3.0";
    vm_ready(vm);
    let cases: &[(&str, &str, u64)] = &[
        ("minor@100", "forced_minor", 1),
        ("full@100,full@200", "forced_full", 2),
        ("minor%500", "forced_minor", 4),
        ("step%400", "forced_step", 5),
        ("mallocfail@10", "malloc_fail", 1),
    ];
    for (sched, field, want) in cases {
        let r = run(&[
            "exec",
            "--vm",
            vm,
            "--json",
            "--schedule",
            sched,
            p.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{sched}: {}", r.stderr);
        let j = r.json();
        assert_eq!(j["gc"][field].as_u64().unwrap(), *want, "{sched}: {j}");
        assert_eq!(j["schedule"], *sched);
    }
    let r = run(&[
        "exec",
        "--vm",
        vm,
        "--json",
        "--schedule",
        "gen=off,minor%500",
        p.to_str().unwrap(),
    ]);
    let j = r.json();
    assert_eq!(j["gc"]["generational"], false, "{j}");
}

/// Header settings apply, flags override them.
#[test]
fn header_settings_and_flag_overrides() {
    let (_d, p) =
        program("# gcstress: vm=mruby-2.1.2 schedule=full@5\nx = [1, 2, 3].map { |i| i.to_s }\n");
    vm_ready("mruby-2.1.2");
    vm_ready("mruby-3.3.0");
    let j = run(&["exec", "--json", p.to_str().unwrap()]).json();
    assert_eq!(j["vm"], "mruby-2.1.2");
    assert_eq!(j["schedule"], "full@5");
    assert_eq!(j["gc"]["forced_full"], 1);
    let j = run(&[
        "exec",
        "--json",
        "--vm",
        "mruby-3.3.0",
        "--schedule",
        "minor@3",
        p.to_str().unwrap(),
    ])
    .json();
    assert_eq!(j["vm"], "mruby-3.3.0");
    assert_eq!(j["schedule"], "minor@3");
}

fn one_error_line(r: &Run) -> String {
    let lines: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("gcstress: error"))
        .collect();
    assert_eq!(
        lines.len(),
        1,
        "want exactly one error line, got: {}",
        r.stderr
    );
    lines[0].to_string()
}

#[test]
fn bad_inputs_get_one_line_and_the_right_code() {
    vm_ready("mruby-3.3.0");
    let (_d, ok) = program("puts 1\n");
    let ok = ok.to_str().unwrap();

    // bad schedule: exit 2, names the item
    let r = run(&["exec", "--schedule", "minor%5,bogus@3", ok]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("bogus@3"), "{}", r.stderr);

    // missing file
    let r = run(&["exec", "/nonexistent/prog.rb"]);
    assert_eq!(r.code, 2);
    assert!(one_error_line(&r).contains("/nonexistent/prog.rb"));

    // Ruby that does not parse: file:line:col and message
    let (_d2, bad) = program("puts 1\ndef x(\n  1 +\nend end\n");
    let r = run(&["exec", bad.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let line = one_error_line(&r);
    assert!(line.contains("prog.rb:"), "{line}");
    assert!(line.contains("syntax error"), "{line}");

    // unknown VM
    let r = run(&["exec", "--vm", "mruby-9.9.9", ok]);
    assert_eq!(r.code, 2);
    assert!(one_error_line(&r).contains("unknown VM"));

    // a raising program: not a bug signal
    let (_d3, raising) = program("def f; raise ArgumentError, 'boom'; end\nf\n");
    let r = run(&["exec", "--json", raising.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    assert_eq!(j["outcome"], "exception");
    assert_eq!(j["exception"]["class"], "ArgumentError");
    assert_eq!(j["exception"]["message"], "boom");

    // loop {}: timeout
    let (_d4, hang) = program("loop {}\n");
    let r = run(&["exec", "--json", "--timeout", "1s", hang.to_str().unwrap()]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(r.json()["outcome"], "timeout");

    // runaway allocation: oom
    let (_d5, hog) = program("a = []\nloop { a << ('x' * 100_000) }\n");
    let r = run(&[
        "exec",
        "--json",
        "--mem-limit",
        "64M",
        "--timeout",
        "20s",
        hog.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(r.json()["outcome"], "oom");

    // and the harness still works afterwards
    let r = run(&["exec", "--json", ok]);
    assert_eq!(r.code, 0);
    assert_eq!(r.json()["stdout_tail"], "1\n");
}

#[test]
fn bench_prints_both_rates_and_the_ratio() {
    vm_ready("mruby-3.3.0");
    let r = run(&["bench", "--runs", "200", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    assert!(j["raw_programs_per_s"].as_f64().unwrap() > 0.0);
    assert!(j["executor_programs_per_s"].as_f64().unwrap() > 0.0);
    assert!(j["overhead_ratio"].as_f64().unwrap() > 0.0);
    assert_eq!(j["not_ok"], 0);
}

/// `vm add NAME --src DIR` builds a user's own mruby tree with its rake and
/// the shim, and runs programs on it (about 30 s: a whole rake build). It
/// uses the mruby 3.3.0 source that provisioning mruby-3.3.0 downloaded.
#[test]
fn vm_add_builds_a_source_tree_and_runs_on_it() {
    vm_ready("mruby-3.3.0");
    let r = run(&["vm", "path", "mruby-3.3.0"]);
    let vm_dir = std::path::PathBuf::from(r.stdout.trim());
    let home = vm_dir
        .parent()
        .and_then(|p| p.parent())
        .expect("$GCSTRESS_HOME/vms/<id>")
        .to_path_buf();
    let tarball = home.join("downloads/mruby_3.3.0-1/mruby_3.3.0.orig.tar.gz");
    assert!(tarball.is_file(), "no {}", tarball.display());
    let d = tempfile::tempdir().unwrap();
    let st = std::process::Command::new("tar")
        .arg("-xzf")
        .arg(&tarball)
        .arg("-C")
        .arg(d.path())
        .status()
        .unwrap();
    assert!(st.success());
    let src = std::fs::read_dir(d.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.join("Rakefile").is_file())
        .expect("an extracted mruby tree");
    let r = run(&[
        "vm",
        "add",
        "mruby-src-test",
        "--src",
        src.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "vm add: {}", r.stderr);
    let (_p, prog) = program("p [1, 2].sum\n");
    let r = run(&[
        "exec",
        "--vm",
        "mruby-src-test",
        "--json",
        prog.to_str().unwrap(),
    ]);
    let j = r.json();
    assert_eq!(j["outcome"], "ok", "{j}");
    assert_eq!(j["stdout_tail"].as_str().unwrap_or_default().trim(), "3");
}

/// `mallocfail` counts the mallocs made while the program's code runs, not
/// while it is parsed and compiled: code that never runs moves no failing
/// malloc (Artichoke: tests/artichoke.rs).
#[test]
fn mallocs_are_counted_only_while_the_program_runs() {
    for vm in VMS {
        vm_ready(vm);
        let (a, b) = mallocs_with_and_without_dead_code(vm);
        assert!(a > 10, "{vm}: {a} mallocs");
        assert_eq!(a, b, "{vm}: code that never runs moved the malloc count");
    }
}
