//! The worker's runner: one forked child runs program after program and puts
//! its memory back between them (vm/shim/server.c). Each program must see
//! what a fresh fork of the pristine VM would: nothing a program before it
//! left (globals, classes, heap growth, a crash, a hang, `exit`), and the
//! same outcome, output and addresses as under a fork per program.

mod common;
use common::*;

use std::time::Duration;

use gcstress::exec::Executor;
use gcstress::judge::Outcome;
use gcstress::run::{run_once, RunSpec, Verify};
use gcstress_vm::Schedule;

/// Reads what earlier programs could have left behind; prints an address.
const LOOK: &str = r#"p [$leak, Object.const_defined?(:Leaked), respond_to?(:leaked_m, true), Object.new.inspect]
a = (1..300).map { |i| "s#{i}" * 3 }
GCStress.full
p a.size
"#;

/// Leaves everything it can behind: a global, a class, a method, a grown heap, a large block.
const DIRTY: &str = r#"$leak = "left"
class Leaked; end
def leaked_m; end
$big = "x" * 1_000_000
$keep = (1..20_000).map { |i| "k#{i}" }
GCStress.full
p $keep.size
"#;

const HANG: &str = "x = 0\nwhile true\n  x += 1\nend\n";
const EXIT: &str = "puts 'bye'\nexit 3\n";

/// What must agree between two runs of a program: outcome, output, GC
/// counts (not stderr: a Rust panic's message names the process id, and its
/// backtrace the frames that ran the program).
fn digest(o: &Outcome) -> String {
    format!(
        "{:?} {}\nstdout: {}\nallocations {} minor {} full {} step {} checks {}",
        o.kind(),
        o.signature,
        String::from_utf8_lossy(&o.stdout),
        o.gc.allocations,
        o.gc.minor,
        o.gc.full,
        o.gc.step,
        o.gc.verify_runs
    )
}

fn exec(ex: &mut Executor, text: &str, schedule: &str) -> String {
    let spec = RunSpec {
        schedule: schedule.parse::<Schedule>().expect("schedule"),
        timeout: Duration::from_millis(500),
        verify: Some(Verify::Forced),
        cap_forced: true,
        ..RunSpec::default()
    };
    let o = run_once(ex, text.as_bytes(), "prog.rb", &spec).expect("the worker runs");
    digest(&o)
}

/// Live children of the worker (its runner).
fn runner_count(ex: &Executor) -> usize {
    let pid = ex.worker_pid().expect("a live worker");
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .count()
}

fn programs_start_clean(vm: &str, ends: &[(&str, &str)]) {
    let install = gcstress::request::ensure_vm(vm, &mut |_| {}).expect("VM");
    let mut forking = Executor::forking(&install).expect("worker");
    let mut ex = Executor::new(&install).expect("worker");
    let look = exec(&mut forking, LOOK, "none");
    assert!(
        look.contains("stdout: [nil, false, false, "),
        "{vm}: {look}"
    );
    // a small program leaves the runner in place (one that leaves large
    // mmap'ed blocks behind, as LOOK's interned symbols may, retires it)
    exec(&mut ex, "nil\n", "none");
    assert_eq!(
        runner_count(&ex),
        1,
        "{vm}: the worker runs programs on a runner"
    );
    assert_eq!(exec(&mut ex, LOOK, "none"), look, "{vm}: first program");
    for schedule in ["none", "minor%7", "full%50,gen=off"] {
        assert_eq!(
            exec(&mut ex, DIRTY, schedule),
            exec(&mut forking, DIRTY, schedule),
            "{vm}: {schedule}"
        );
        assert_eq!(
            exec(&mut ex, LOOK, "none"),
            look,
            "{vm}: after DIRTY under {schedule}"
        );
    }
    for (name, text) in ends {
        let want = exec(&mut forking, text, "none");
        assert_eq!(exec(&mut ex, text, "none"), want, "{vm}: {name}");
        assert_eq!(exec(&mut ex, LOOK, "none"), look, "{vm}: after {name}");
    }
}

#[test]
fn a_program_on_the_runner_sees_what_a_fresh_fork_sees() {
    vm_ready("mruby-3.3.0");
    programs_start_clean(
        "mruby-3.3.0",
        &[
            ("a hang", HANG),
            ("exit", EXIT),
            ("a crash", "p Addrinfo.instance_method(:to_s).arity\n"),
        ],
    );
}

#[test]
fn artichoke_programs_on_the_runner_see_what_a_fresh_fork_sees() {
    let r = run(&["vm", "list", "--json"]);
    let built = r.stdout.lines().any(|l| {
        serde_json::from_str::<serde_json::Value>(l)
            .map(|j| j["id"] == "artichoke" && j["built"] == true)
            .unwrap_or(false)
    });
    if !built {
        eprintln!("skipped: no Artichoke VM in $GCSTRESS_HOME");
        return;
    }
    programs_start_clean(
        "artichoke",
        &[
            ("a hang", HANG),
            ("exit", EXIT),
            (
                "a panic",
                "module A; class B; end; end\nA.const_get(\"B::::X\")\n",
            ),
        ],
    );
}
