//! Saving finds: `DIR/crashes/<signature>/` with `repro.rb` (header + program),
//! `program.json` (the IR), `outcome.json`, `stdout.txt`, `stderr.txt`.
//!
//! A find is written into a temporary directory and renamed into place, so a
//! crash directory is either complete or absent — and it is on disk before
//! the harness does anything else with the find.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;

use crate::generate::GENERATOR_VERSION;
use crate::ir::{Program, IR_VERSION};
use crate::judge::Outcome;
use crate::lift;
use crate::repro::Header;
use crate::run::{json_report, RunSpec};

/// The least timeout a saved reproducer carries: the hunt's own is short,
/// and a reproducer also runs under recording, on ASan builds and on
/// slower machines.
pub const REPRO_MIN_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(1);

/// The reproducer text for a program: header + lifted statements.
pub fn repro_text(vm: &str, program: &Program, spec: &RunSpec, signature: &str) -> String {
    let mut h = Header::for_run(vm, spec);
    h.timeout = Some(spec.timeout.max(REPRO_MIN_TIMEOUT));
    h.signature = Some(signature.to_string());
    h.set("seed", program.seed.to_string())
        .set("generator", GENERATOR_VERSION.to_string())
        .set("ir", IR_VERSION.to_string());
    let mut s = h.render();
    s.push_str(&lift::lift_stmts(&program.stmts, true));
    s
}

fn write(path: &Path, data: &[u8]) -> Result<()> {
    fs::write(path, data).with_context(|| format!("cannot write {}", path.display()))
}

pub fn save_find(
    out: &Path,
    vm: &str,
    program: &Program,
    _text: &str,
    spec: &RunSpec,
    o: &Outcome,
) -> Result<PathBuf> {
    let crashes = out.join("crashes");
    let dir = crashes.join(&o.signature);
    if dir.is_dir() {
        return Ok(dir); // found by an earlier hunt into the same directory
    }
    let tmp = crashes.join(format!(
        ".tmp-{}-{}-{}",
        o.signature,
        std::process::id(),
        rand::random::<u32>()
    ));
    fs::create_dir_all(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    write(
        &tmp.join("repro.rb"),
        repro_text(vm, program, spec, &o.signature).as_bytes(),
    )?;
    write(
        &tmp.join("program.json"),
        serde_json::to_string_pretty(program)?.as_bytes(),
    )?;
    let mut j = json_report(o, vm, &spec.schedule);
    if let Value::Object(m) = &mut j {
        m.insert("reproducible".into(), Value::String("?".into()));
    }
    write(
        &tmp.join("outcome.json"),
        serde_json::to_string_pretty(&j)?.as_bytes(),
    )?;
    write(&tmp.join("stdout.txt"), &o.stdout)?;
    write(&tmp.join("stderr.txt"), &o.stderr)?;
    match fs::rename(&tmp, &dir) {
        Ok(()) => Ok(dir),
        Err(_) if dir.is_dir() => {
            let _ = fs::remove_dir_all(&tmp);
            Ok(dir)
        }
        Err(e) => Err(e).with_context(|| format!("cannot move the find into {}", dir.display())),
    }
}

/// Record how often the find reproduced (atomic replace of outcome.json).
pub fn update_reproducible(dir: &Path, rate: &str) -> Result<()> {
    update_outcome(dir, "reproducible", Value::String(rate.to_string()))
}

pub fn update_outcome(dir: &Path, key: &str, value: Value) -> Result<()> {
    let path = dir.join("outcome.json");
    let text =
        fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut j: Value =
        serde_json::from_str(&text).with_context(|| format!("{} is not JSON", path.display()))?;
    if let Value::Object(m) = &mut j {
        m.insert(key.to_string(), value);
    }
    let tmp = dir.join(".outcome.json.tmp");
    write(&tmp, serde_json::to_string_pretty(&j)?.as_bytes())?;
    fs::rename(&tmp, &path).with_context(|| format!("cannot replace {}", path.display()))
}
