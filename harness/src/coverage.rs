//! `gcstress coverage`: which of a VM's C code a set of inputs reaches.
//!
//! The inputs (reproducers, crash directories, a hunt's output directory,
//! directories of plain `.rb` files) run on the VM's `-cov` build (gcc
//! `--coverage`; its worker dumps the gcov counters in every child, see
//! `vm/shim/server.c`), after its counters are reset. Then gcc's `gcov`
//! (`--json-format`) reads the `.gcno`/`.gcda` files beside the VM's objects
//! in `build/host/src` and `build/host/mrbgems`, and the report gives per C
//! file lines, branches and functions reached, a total, and the GC-relevant
//! functions: those whose body (by gcov's start/end lines, in the VM's own
//! source) calls a write barrier, allocates an object or can collect.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};
use gcstress_vm::catalog::{self, Origin, Variant};
use gcstress_vm::Install;
use serde::Serialize;

use crate::error::bad_input;
use crate::request::{self, RunFlags, RunRequest};

/// Calls that make a function GC-relevant, and what each stands for.
pub const GC_CALLS: &[(&str, &str)] = &[
    ("mrb_field_write_barrier", "barrier"),
    ("mrb_field_write_barrier_value", "barrier"),
    ("mrb_write_barrier", "barrier"),
    ("mrb_obj_alloc", "alloc"),
    ("MRB_OBJ_ALLOC", "alloc"),
    ("mrb_data_object_alloc", "alloc"),
    ("mrb_garbage_collect", "collect"),
    ("mrb_full_gc", "collect"),
    ("mrb_incremental_gc", "collect"),
];

/// Covered of total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub covered: u64,
    pub total: u64,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.covered += o.covered;
        self.total += o.total;
    }

    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.covered as f64 / self.total as f64
        }
    }
}

/// One C file of the VM (`src/class.c`, `mrbgems/mruby-io/src/io.c`).
#[derive(Debug, Clone, Serialize)]
pub struct FileCoverage {
    pub file: String,
    pub lines: Counts,
    pub branches: Counts,
    pub functions: Counts,
}

/// A function whose body calls a barrier, allocates or can collect.
#[derive(Debug, Clone, Serialize)]
pub struct GcFunction {
    pub name: String,
    pub file: String,
    pub line: u64,
    /// Which of [`GC_CALLS`] its body makes.
    pub calls: Vec<String>,
    pub reached: bool,
}

/// What running the inputs gave.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The `-cov` VM the inputs ran on.
    pub vm: String,
    pub inputs: usize,
    /// Runs per outcome kind (`ok`, `exception`, `crash`, ...).
    pub outcomes: BTreeMap<String, usize>,
    pub total: FileCoverage,
    pub files: Vec<FileCoverage>,
    pub gc_relevant: usize,
    pub gc_reached: usize,
    /// Every GC-relevant function, by file and line.
    pub gc_functions: Vec<GcFunction>,
}

impl Report {
    pub fn gc_unreached(&self) -> impl Iterator<Item = &GcFunction> {
        self.gc_functions.iter().filter(|f| !f.reached)
    }

    pub fn file(&self, name: &str) -> Option<&FileCoverage> {
        self.files.iter().find(|f| f.file == name)
    }

    pub fn gc_function(&self, name: &str) -> Option<&GcFunction> {
        self.gc_functions.iter().find(|f| f.name == name)
    }

    /// The report as one JSON object (unreached GC-relevant functions listed apart).
    pub fn json(&self) -> serde_json::Value {
        let unreached: Vec<&GcFunction> = self.gc_unreached().collect();
        serde_json::json!({
            "vm": self.vm,
            "inputs": self.inputs,
            "outcomes": self.outcomes,
            "total": self.total,
            "files": self.files,
            "gc_relevant": {
                "functions": self.gc_relevant,
                "reached": self.gc_reached,
                "unreached": unreached,
                "all": self.gc_functions,
            },
        })
    }

    /// The compact table: totals, one row per file, the GC-relevant summary.
    pub fn human(&self) -> String {
        let mut s = String::new();
        let outcomes: Vec<String> = self
            .outcomes
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        s.push_str(&format!(
            "coverage on {}: {} inputs ({})\n",
            self.vm,
            self.inputs,
            outcomes.join(", ")
        ));
        let width = self
            .files
            .iter()
            .map(|f| f.file.len())
            .max()
            .unwrap_or(5)
            .max(5);
        s.push_str(&format!(
            "{:<width$}  {:>13} {:>6}  {:>13} {:>6}  {:>9} {:>6}\n",
            "file", "lines", "%", "branches", "%", "functions", "%"
        ));
        let row = |f: &FileCoverage| {
            format!(
                "{:<width$}  {:>13} {:>5.1}%  {:>13} {:>5.1}%  {:>9} {:>5.1}%\n",
                f.file,
                format!("{}/{}", f.lines.covered, f.lines.total),
                f.lines.percent(),
                format!("{}/{}", f.branches.covered, f.branches.total),
                f.branches.percent(),
                format!("{}/{}", f.functions.covered, f.functions.total),
                f.functions.percent(),
            )
        };
        for f in &self.files {
            s.push_str(&row(f));
        }
        s.push_str(&row(&self.total));
        s.push_str(&format!(
            "GC-relevant functions (call a barrier, allocate or collect): {} of {} reached\n",
            self.gc_reached, self.gc_relevant
        ));
        let mut by_file: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for f in self.gc_unreached() {
            by_file.entry(&f.file).or_default().push(&f.name);
        }
        if !by_file.is_empty() {
            s.push_str("never reached:\n");
        }
        for (file, names) in by_file {
            s.push_str(&format!("  {file}: {}\n", names.join(" ")));
        }
        s
    }
}

/// The `-cov` twin of a VM id (`mruby-3.3.0` → `mruby-3.3.0-cov`); only
/// source-built built-in VMs have one.
pub fn cov_id(vm: &str) -> Result<String> {
    let spec = catalog::lookup(vm).map_err(|e| bad_input(e.to_string()))?;
    match spec.origin {
        Origin::DebianSource { version, .. } => Ok(format!(
            "mruby-{version}{}",
            Variant::Cov.suffix()
        )),
        _ => Err(bad_input(format!(
            "{vm}: coverage needs a source-built mruby (mruby-3.1.0 or mruby-3.3.0), which has a -cov build"
        ))),
    }
}

/// Everything the inputs name, as run requests (on the `-cov` VM later).
/// A file is loaded with [`request::load`] (its header's schedule applies; a
/// plain `.rb` runs as it is); a directory with `repro.rb` is a crash
/// directory; a hunt's `queue/` holds programs (lifted with their
/// schedules); other directories are walked.
pub fn collect(inputs: &[PathBuf]) -> Result<Vec<RunRequest>> {
    let mut out = Vec::new();
    for p in inputs {
        if !p.exists() {
            return Err(bad_input(format!(
                "{}: no such file or directory",
                p.display()
            )));
        }
        collect_path(p, &mut out)?;
    }
    Ok(out)
}

fn collect_path(p: &Path, out: &mut Vec<RunRequest>) -> Result<()> {
    let flags = RunFlags::default();
    if !p.is_dir() {
        out.push(request::load(p, &flags)?);
        return Ok(());
    }
    if p.join("repro.rb").is_file() {
        out.push(request::load(p, &flags)?);
        return Ok(());
    }
    if p.file_name().and_then(|n| n.to_str()) == Some("queue") {
        let mut q = crate::hunt::queue::Queue::open(p, None)?;
        let tmp = tempfile::tempdir().context("cannot create a temporary directory")?;
        for (i, prog) in q.load_own().programs.iter().enumerate() {
            let file = tmp.path().join(format!("queue-{i}.rb"));
            std::fs::write(&file, crate::lift::lift(prog))
                .with_context(|| format!("cannot write {}", file.display()))?;
            let mut r = request::load(&file, &flags)?;
            r.path = p.join(format!("program {i}"));
            out.push(r);
        }
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
        .with_context(|| format!("cannot read {}", p.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for e in entries {
        let n = e.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if n.starts_with('.') {
            continue;
        }
        // a crash directory's twins (min.rb, min.plain.rb) are the same bug again
        let rb = n.ends_with(".rb") && !n.ends_with(".plain.rb") && !n.ends_with(".min.rb");
        if e.is_dir() || rb {
            collect_path(&e, out)?;
        }
    }
    Ok(())
}

/// Delete the VM's counters (every `.gcda` under its build directory).
pub fn reset(install: &Install) -> Result<()> {
    for f in counter_files(&install.dir.join("build"), "gcda")? {
        std::fs::remove_file(&f).with_context(|| format!("cannot delete {}", f.display()))?;
    }
    Ok(())
}

/// Files with extension `ext` under `dir`, for the VM's library: the
/// objects of `src/` and `mrbgems/` (not mrbc's, nor the gems' tools).
fn counter_files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let rd = match std::fs::read_dir(&d) {
            Ok(rd) => rd,
            Err(_) if d != dir => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", d.display())),
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().and_then(|x| x.to_str()) == Some(ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn library_object(build: &Path, gcno: &Path) -> bool {
    let Ok(rel) = gcno.strip_prefix(build) else {
        return false;
    };
    let rel = rel.to_string_lossy();
    let lib = rel.starts_with("host/src/") || rel.starts_with("host/mrbgems/");
    lib && !rel.contains("/tools/") && !rel.contains("/mruby-bin-") && !rel.contains("/mruby-test")
}

/// Run every input on `vm`'s `-cov` build (after resetting its counters) and
/// read back what they reached.
pub fn run(vm: &str, inputs: &[PathBuf], progress: &mut dyn FnMut(&str)) -> Result<Report> {
    let id = if vm.ends_with(Variant::Cov.suffix()) {
        vm.to_string()
    } else {
        cov_id(vm)?
    };
    let requests = collect(inputs)?;
    if requests.is_empty() {
        return Err(bad_input(
            "no inputs: give reproducers, crash directories, a hunt's output directory or directories of .rb files",
        ));
    }
    let install = request::ensure_vm(&id, progress)?;
    if install.manifest.variant != Variant::Cov {
        return Err(bad_input(format!("{id} is not a -cov build")));
    }
    // one coverage run per VM at a time: another would reset its counters
    let home = gcstress_vm::Home::from_env()?;
    let _lock = home.lock(&format!("coverage-{id}"))?;
    reset(&install)?;
    progress(&format!("running {} inputs on {id} ...", requests.len()));
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    {
        let mut ex = crate::exec::Executor::new(&install)?;
        for r in &requests {
            let spec = r
                .spec_on(&install, r.mem_limit)
                .with_context(|| format!("{}: cannot set up its run on {id}", r.path.display()))?;
            let o = crate::run::run_spec(&mut ex, &r.program, &r.filename, &spec)
                .with_context(|| format!("{}: cannot run it on {id}", r.path.display()))?;
            *outcomes.entry(o.kind().name().to_string()).or_default() += 1;
        }
    }
    let mut report = read_counters(&install)?;
    report.inputs = requests.len();
    report.outcomes = outcomes;
    Ok(report)
}

/// gcov over the VM's library objects: the report (without inputs).
pub fn read_counters(install: &Install) -> Result<Report> {
    let build = install.dir.join("build");
    let objects: Vec<PathBuf> = counter_files(&build, "gcno")?
        .into_iter()
        .filter(|p| library_object(&build, p))
        .collect();
    if objects.is_empty() {
        anyhow::bail!(
            "{}: no .gcno files under {} (is it a -cov build?)",
            install.id,
            build.display()
        );
    }
    let scratch = tempfile::tempdir().context("cannot create a temporary directory")?;
    let out = Command::new("gcov")
        .args([
            "--json-format",
            "--stdout",
            "--branch-probabilities",
            "--branch-counts",
        ])
        .args(&objects)
        .current_dir(scratch.path())
        .output()
        .context("cannot run gcov (it comes with gcc: apt-get install gcc)")?;
    if !out.status.success() {
        anyhow::bail!(
            "gcov failed on {}'s objects: {}",
            install.id,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let text = String::from_utf8_lossy(&out.stdout);
    from_gcov_json(&install.dir, &install.id, &text)
}

/// The VM's own path for a source file gcov names by the directory the VM
/// was built in (`vms/.build-<id>-<pid>/src/...` → `<dir>/src/...`).
fn local_path(dir: &Path, file: &Path) -> PathBuf {
    if file.starts_with(dir) {
        return file.to_path_buf();
    }
    if let Some(vms) = dir.parent() {
        if let Ok(rel) = file.strip_prefix(vms) {
            let mut c = rel.components();
            c.next(); // the build directory's own name
            return dir.join(c.as_path());
        }
    }
    file.to_path_buf()
}

#[derive(Default)]
struct FileAcc {
    lines: BTreeMap<u64, u64>,
    branches: BTreeMap<u64, Vec<u64>>,
    functions: BTreeMap<(u64, String), (u64, u64)>,
}

/// Build the report from gcov's JSON (one object per line, one per object file).
pub fn from_gcov_json(dir: &Path, id: &str, text: &str) -> Result<Report> {
    let src_root = dir.join("src");
    let mut files: BTreeMap<String, (PathBuf, FileAcc)> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let j: serde_json::Value =
            serde_json::from_str(line).context("gcov's JSON output does not parse")?;
        for f in j["files"].as_array().into_iter().flatten() {
            let Some(name) = f["file"].as_str() else {
                continue;
            };
            let local = local_path(dir, Path::new(name));
            let Ok(rel) = local.strip_prefix(&src_root) else {
                continue; // generated sources (gem_init.c, mrblib.c)
            };
            if local.extension().and_then(|x| x.to_str()) != Some("c") {
                continue; // headers' inline functions: counted where they are used
            }
            let key = rel.to_string_lossy().into_owned();
            let acc = &mut files
                .entry(key)
                .or_insert_with(|| (local.clone(), FileAcc::default()))
                .1;
            for l in f["lines"].as_array().into_iter().flatten() {
                let n = l["line_number"].as_u64().unwrap_or(0);
                let count = l["count"].as_u64().unwrap_or(0);
                *acc.lines.entry(n).or_default() += count;
                let br: Vec<u64> = l["branches"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|b| b["count"].as_u64().unwrap_or(0))
                    .collect();
                if !br.is_empty() {
                    let e = acc.branches.entry(n).or_default();
                    if e.len() < br.len() {
                        e.resize(br.len(), 0);
                    }
                    for (i, c) in br.into_iter().enumerate() {
                        e[i] += c;
                    }
                }
            }
            for func in f["functions"].as_array().into_iter().flatten() {
                let name = func["demangled_name"]
                    .as_str()
                    .or_else(|| func["name"].as_str())
                    .unwrap_or("?")
                    .to_string();
                let start = func["start_line"].as_u64().unwrap_or(0);
                let end = func["end_line"].as_u64().unwrap_or(start);
                let count = func["execution_count"].as_u64().unwrap_or(0);
                let e = acc.functions.entry((start, name)).or_insert((end, 0));
                e.1 += count;
            }
        }
    }
    let mut report = Report {
        vm: id.to_string(),
        inputs: 0,
        outcomes: BTreeMap::new(),
        total: FileCoverage {
            file: "total".into(),
            lines: Counts::default(),
            branches: Counts::default(),
            functions: Counts::default(),
        },
        files: Vec::new(),
        gc_relevant: 0,
        gc_reached: 0,
        gc_functions: Vec::new(),
    };
    for (rel, (local, acc)) in &files {
        let count = |it: &mut dyn Iterator<Item = u64>| {
            let mut c = Counts::default();
            for n in it {
                c.total += 1;
                c.covered += u64::from(n > 0);
            }
            c
        };
        let fc = FileCoverage {
            file: rel.clone(),
            lines: count(&mut acc.lines.values().copied()),
            branches: count(&mut acc.branches.values().flatten().copied()),
            functions: count(&mut acc.functions.values().map(|(_, c)| *c)),
        };
        report.total.lines.add(fc.lines);
        report.total.branches.add(fc.branches);
        report.total.functions.add(fc.functions);
        report.files.push(fc);
        // GC-relevant functions, from the source itself
        let Ok(source) = std::fs::read_to_string(local) else {
            continue;
        };
        let src_lines: Vec<&str> = source.lines().collect();
        for ((start, name), (end, count)) in &acc.functions {
            let calls = gc_calls(&src_lines, *start, *end);
            if calls.is_empty() {
                continue;
            }
            report.gc_functions.push(GcFunction {
                name: name.clone(),
                file: rel.clone(),
                line: *start,
                calls,
                reached: *count > 0,
            });
        }
    }
    report.gc_relevant = report.gc_functions.len();
    report.gc_reached = report.gc_functions.iter().filter(|f| f.reached).count();
    Ok(report)
}

/// Which of [`GC_CALLS`] the body of the function on lines `start..=end`
/// (1-based) calls: a text scan from its first `{`, a name counting when it
/// stands alone and is followed by `(`.
pub fn gc_calls(lines: &[&str], start: u64, end: u64) -> Vec<String> {
    let lo = (start.max(1) - 1) as usize;
    let hi = (end as usize).min(lines.len());
    if lo >= hi {
        return Vec::new();
    }
    let text = lines[lo..hi].join("\n");
    let body = match text.find('{') {
        Some(i) => &text[i..],
        None => return Vec::new(),
    };
    let mut found = Vec::new();
    for (name, _) in GC_CALLS {
        if calls(body, name) {
            found.push((*name).to_string());
        }
    }
    found
}

fn calls(body: &str, name: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut from = 0;
    while let Some(i) = body[from..].find(name) {
        let at = from + i;
        let before = body[..at].chars().next_back();
        let after = body[at + name.len()..].trim_start().chars().next();
        if !before.is_some_and(ident) && after == Some('(') {
            return true;
        }
        from = at + name.len();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_is_found_in_the_body_only() {
        let src = [
            "static void",
            "mrb_alias_method(mrb_state *mrb, struct RClass *c)",
            "{",
            "  mrb_field_write_barrier (mrb, (struct RBasic*)c, p);",
            "  x = my_mrb_obj_alloc(mrb);",
            "}",
            "mrb_obj_alloc(mrb_state *mrb)",
            "{",
            "  return 0;",
            "}",
        ];
        assert_eq!(gc_calls(&src, 1, 6), vec!["mrb_field_write_barrier"]);
        assert!(gc_calls(&src, 7, 10).is_empty());
    }

    #[test]
    fn the_cov_twin_of_a_source_built_vm() {
        assert_eq!(cov_id("mruby-3.3.0").unwrap(), "mruby-3.3.0-cov");
        assert_eq!(cov_id("mruby-3.1.0-asan").unwrap(), "mruby-3.1.0-cov");
        assert!(cov_id("mruby-2.1.2").is_err());
        assert!(cov_id("artichoke").is_err());
    }

    #[test]
    fn build_paths_map_to_the_vm_s_directory() {
        let dir = Path::new("/h/vms/mruby-3.3.0-cov");
        assert_eq!(
            local_path(
                dir,
                Path::new("/h/vms/.build-mruby-3.3.0-cov-42/src/src/gc.c")
            ),
            dir.join("src/src/gc.c")
        );
    }
}
