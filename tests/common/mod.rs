//! Helpers for end-to-end tests: run the real `gcstress` binary against real
//! VMs. VMs come from `$GCSTRESS_HOME` (fetched and built on first use; CI
//! points it at a fresh directory, so the fresh-machine path is what it tests).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const VMS: [&str; 3] = ["mruby-2.1.2", "mruby-3.1.0", "mruby-3.3.0"];

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("harness has a parent")
        .to_path_buf()
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gcstress"))
}

pub fn gcstress(args: &[&str]) -> Command {
    let mut c = Command::new(bin());
    c.args(args);
    c
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(self.stdout.trim())
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", self.stdout, self.stderr))
    }
}

pub fn run(args: &[&str]) -> Run {
    let out: Output = gcstress(args).output().expect("gcstress runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Write a Ruby program into a temp dir and return (dir guard, path).
pub fn program(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("prog.rb");
    std::fs::write(&p, text).expect("write program");
    (dir, p)
}

/// Make sure a VM is built before timing-sensitive tests (serialized by the VM lock).
pub fn vm_ready(id: &str) {
    let r = run(&["vm", "path", id]);
    assert_eq!(r.code, 0, "cannot provision {id}: {}", r.stderr);
}

/// Mallocs counted in one run of a small program, and of the same program
/// after 200 lines behind `if false` (parsed and compiled, never run).
pub fn mallocs_with_and_without_dead_code(vm: &str) -> (u64, u64) {
    let body = "a = []\n20.times { |i| a << \"x#{i}\" * 3; a.map(&:size) }\np a.size\n";
    let mut dead = String::from("if false\n");
    for i in 0..200 {
        dead.push_str(&format!("  [\"q{i}\", :s{i}, {{k{i}: {i}}}].size\n"));
    }
    dead.push_str("end\n");
    let (_d1, short) = program(body);
    let (_d2, long) = program(&format!("{dead}{body}"));
    let mallocs = |p: &Path| {
        let r = run(&["exec", "--vm", vm, "--json", p.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{vm}: {}", r.stderr);
        r.json()["gc"]["mallocs"].as_u64().unwrap()
    };
    (mallocs(&short), mallocs(&long))
}
