//! A program that prints without end: the worker keeps the head and the tail
//! of each stream, the outcome counts what it dropped, and `exec` shows a
//! screenful unless asked for more (issue: bounded output). The harness's
//! own memory stays flat; that figure is in docs/src/exec.md, not a test.

mod common;
use common::*;

const FLOOD: &str = "# gcstress: timeout=2s\nloop { print \"x\" * 1_000_000 }\n";

#[test]
fn a_flood_of_output_is_kept_head_and_tail_and_shown_a_screenful() {
    vm_ready("mruby-3.3.0");
    let (_d, p) = program(FLOOD);
    let file = p.to_str().unwrap();
    let r = run(&["exec", file, "--vm", "mruby-3.3.0"]);
    assert!(r.code == 3 || r.code == 0, "{}", r.stderr);
    assert!(
        r.stdout.len() < 8 << 10,
        "{} bytes reached the terminal",
        r.stdout.len()
    );
    assert!(
        r.stdout.contains("bytes of the program's stdout not shown"),
        "{}",
        &r.stdout[r.stdout.len().saturating_sub(300)..]
    );

    let full = run(&["exec", file, "--vm", "mruby-3.3.0", "--output", "full"]);
    let kept = full.stdout.len();
    assert!(
        (512 << 10..600 << 10).contains(&kept),
        "--output full prints the kept head and tail: {kept} bytes"
    );

    let j = run(&["exec", file, "--vm", "mruby-3.3.0", "--json"]).json();
    let dropped = j["output_dropped_bytes"].as_u64().unwrap_or(0);
    assert!(dropped > 1 << 20, "{j}");
}

#[test]
fn short_output_is_printed_whole() {
    vm_ready("mruby-3.3.0");
    let (_d, p) = program("5.times { |i| puts \"line #{i}\" }\n");
    let r = run(&["exec", p.to_str().unwrap(), "--vm", "mruby-3.3.0"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "line 0\nline 1\nline 2\nline 3\nline 4\n");
    let j = run(&["exec", p.to_str().unwrap(), "--vm", "mruby-3.3.0", "--json"]).json();
    assert!(j.get("output_dropped_bytes").is_none(), "{j}");
}

/// A reader that stops early (`gcstress generate | head -1`, a script that
/// has seen the find it wanted): the harness ends quietly with 141
/// (128 + SIGPIPE), not with a panic.
#[test]
fn a_closed_stdout_ends_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let mut child = Command::new(bin())
        .args(["generate", "--offline", "--count", "20000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("# gcstress:"), "{first}");
    // the reader is gone now
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(141), "{err}");
}
