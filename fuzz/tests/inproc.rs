//! The in-process runner against the real VM this crate links (`GCSTRESS_VM`
//! at build time; default mruby-3.3.0, as its `-fuzz` variant):
//! `cd fuzz && cargo test`.

use gcstress_fuzz::{inproc, GcAliasInput};
use gcstress_vm::protocol::{end, RunOptions, F_VERIFY, HOOK_ALLOC, HOOK_FIELD_WB, HOOK_WB};
use gcstress_vm::Schedule;
use libfuzzer_sys::Corpus;

const PROGRAM: &str = r#"
class Box
  def initialize; @items = []; end
  def add(x); @items << x; self; end
end
b = Box.new
GCStress.full                 # b is old now
b.add(Object.new)             # a young object into an old array: a barrier with work
b.instance_variable_set(:@other, "young string")
a = []
GCStress.full
a.concat(["c", "d"])          # a whole-object barrier (mrb_write_barrier) on an old array
h = {}
200.times { |i| h[i] = [i.to_s] }
GCStress.minor
puts h.size
"#;

fn run(program: &str, schedule: &str, flags: u32) -> inproc::Ran {
    let schedule: Schedule = schedule.parse().expect("schedule");
    inproc::run(
        program.as_bytes(),
        "test.rb",
        &inproc::Settings {
            schedule: &schedule,
            opts: RunOptions {
                timeout_ms: 10_000,
                mem_limit: 1 << 30,
                flags,
                ..RunOptions::default()
            },
            gcstress_module: true,
            on_finding: None,
            prelude: None,
        },
    )
}

#[test]
fn every_hook_fires_in_process() {
    let r = run(PROGRAM, "minor%50", F_VERIFY);
    let c = &r.result.c;
    assert_eq!(
        r.result.end,
        end::OK,
        "{:?}",
        gcstress_vm::protocol::cstr(&r.result.exc_message)
    );
    assert!(c.allocs > 200, "allocations: {}", c.allocs);
    assert!(
        c.field_wb > 0 && c.wb > 0,
        "barriers: {} {}",
        c.field_wb,
        c.wb
    );
    assert!(c.forced_minor > 1 && c.forced_full == 2, "{c:?}");
    assert!(c.verify_runs > 0);
    for hook in [HOOK_ALLOC, HOOK_FIELD_WB, HOOK_WB] {
        assert!(
            r.result.edges().any(|e| e.hook == hook),
            "no edge for hook {hook}"
        );
    }
    // the in-process counters: old objects taking young ones, and which VM function did it
    let p = &r.inproc;
    assert!(p.old_young_wb + p.old_wb > 0, "{p:?}");
    assert!(p.remembered_max > 0, "{p:?}");
    assert!(r
        .result
        .edges()
        .any(|e| e.hook >= gcstress_fuzz::ffi::HOOK_INPROC_FIRST));
}

#[test]
fn a_parse_error_and_an_exception_are_ordinary_ends() {
    assert_eq!(run("def (", "none", 0).result.end, end::PARSE_ERROR);
    assert_eq!(run("raise 'x'", "none", 0).result.end, end::EXCEPTION);
    // no GCStress module for raw_bytes: an exception, not a crash
    assert!(matches!(
        gcstress_fuzz::raw_bytes(b"GCStress.full"),
        Corpus::Keep
    ));
}

fn rss_kb() -> u64 {
    let s = std::fs::read_to_string("/proc/self/statm").expect("statm");
    let pages: u64 = s
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .expect("rss");
    pages * 4
}

#[test]
fn closing_the_vm_leaves_nothing_behind() {
    for _ in 0..30 {
        run(PROGRAM, "minor%20", F_VERIFY);
    }
    let before = rss_kb();
    for _ in 0..300 {
        let r = run(PROGRAM, "minor%20", F_VERIFY);
        assert_eq!(r.result.end, end::OK);
    }
    let grown = rss_kb().saturating_sub(before);
    assert!(grown < 8 * 1024, "RSS grew by {grown} KB over 300 runs");
}

#[test]
fn a_gc_alias_input_is_the_program_exec_would_run() {
    let bytes: Vec<u8> = (0..1500u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let input = GcAliasInput::new(&bytes);
    let text = format!("{input:?}");
    assert!(text.starts_with(&format!("# gcstress: vm={}", gcstress_fuzz::VM)));
    assert!(text.contains("verify=on"));
    assert!(text.contains(&input.source()));
    assert_eq!(
        input.source(),
        gcstress::fuzz::repro_text(gcstress_fuzz::VM, &input.program, None, None)
    );
    // the default VM has no alias-barrier bug: an ordinary run
    assert!(matches!(gcstress_fuzz::gc_alias(&input), Corpus::Keep));
}

#[test]
fn raw_bytes_cannot_fork_exit_or_write_files() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x");
    let program = format!(
        "r = []\n\
         r << (begin; `true`; :ran; rescue NoMethodError; :gone; end)\n\
         r << (begin; IO.popen('true'); :ran; rescue NoMethodError; :gone; end)\n\
         r << (begin; File.open('{0}', 'w'); :ran; rescue NoMethodError; :gone; end)\n\
         r << (begin; open('|true'); :ran; rescue NoMethodError; :gone; end)\n\
         r << (begin; exit; :ran; rescue NoMethodError; :gone; end)\n\
         raise r.inspect unless r.all? {{ |x| x == :gone }}\n",
        f.display()
    );
    let schedule = Schedule::none();
    let r = inproc::run(
        program.as_bytes(),
        "t.rb",
        &inproc::Settings {
            schedule: &schedule,
            opts: RunOptions::default(),
            gcstress_module: false,
            on_finding: None,
            prelude: Some(gcstress_fuzz::SANDBOX),
        },
    );
    assert_eq!(
        r.result.end,
        end::OK,
        "{}",
        gcstress_vm::protocol::cstr(&r.result.exc_message)
    );
    assert!(!f.exists());
}
