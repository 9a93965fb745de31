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
    /// The core's files only (`src/*.c`), added up.
    pub core: FileCoverage,
    pub files: Vec<FileCoverage>,
    /// What the test layers inside the runs counted (`--mruby-tests`' assert
    /// layer, the mspec layer of `--specs`), if any did.
    pub checks: Option<Checks>,
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
            "core": self.core,
            "checks": self.checks,
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
        s.push_str(&row(&self.core));
        s.push_str(&row(&self.total));
        if let Some(c) = &self.checks {
            s.push_str(&format!("checks inside the runs: {}\n", c.human()));
        }
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
        Origin::Artichoke if vm == "artichoke" || vm == "artichoke-cov" => {
            Ok("artichoke-cov".into())
        }
        _ => Err(bad_input(format!(
            "{vm}: coverage needs a source-built mruby (mruby-3.1.0 or mruby-3.3.0) or artichoke, which have a -cov build"
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
    for e in crate::repro::sorted_entries(p)? {
        let n = e.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // a crash directory's twins (min.rb, min.plain.rb) are the same bug again
        if e.is_dir() || crate::repro::is_reproducer_name(n) {
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
    // mruby's rake build (host/...), or Artichoke's vendored mruby (vendor/mruby/...)
    let lib = rel.starts_with("host/src/")
        || rel.starts_with("host/mrbgems/")
        || rel.starts_with("vendor/mruby/src/")
        || rel.starts_with("vendor/mruby/mrbgems/");
    lib && !rel.contains("/tools/") && !rel.contains("/mruby-bin-") && !rel.contains("/mruby-test")
}

/// gcstress's own assert layer for mruby's test files (`specs/mrbtest/`).
pub const ASSERT_LAYER: &str = include_str!("../../specs/mrbtest/assert.rb");

/// The line the assert layer prints at the end of a run.
const ASSERT_MARKER: &str = "@@gcassert ";

/// Counts the test layers inside the runs reported (assertions for
/// `--mruby-tests`, examples for `--specs`), added up over the runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Checks {
    pub passed: u64,
    pub failed: u64,
    pub errors: u64,
    pub skipped: u64,
    /// Runs that ended without the layer's counts (a crash, a timeout, a
    /// file that raised outside any test, `exit`).
    pub runs_without_counts: u64,
}

impl Checks {
    pub fn human(&self) -> String {
        let mut s = format!(
            "{} passed, {} failed, {} errors, {} skipped",
            self.passed, self.failed, self.errors, self.skipped
        );
        if self.runs_without_counts > 0 {
            s.push_str(&format!(
                "; {} runs ended without the counts",
                self.runs_without_counts
            ));
        }
        s
    }

    /// Add what one run's stdout says (`layer`: which layer printed it).
    fn add_run(&mut self, layer: Layer, stdout: &[u8]) {
        let counts = match layer {
            Layer::None => return,
            Layer::Assert => assert_counts(stdout),
            Layer::Mspec => crate::specs::result::Layer::parse(stdout)
                .done
                .map(|d| [d.passed, d.failed, d.errors, d.skipped]),
        };
        match counts {
            Some([p, f, e, s]) => {
                self.passed += p;
                self.failed += f;
                self.errors += e;
                self.skipped += s;
            }
            None => self.runs_without_counts += 1,
        }
    }
}

/// The assert layer's last counts line: passed, failed, errors, skipped.
fn assert_counts(stdout: &[u8]) -> Option<[u64; 4]> {
    let text = String::from_utf8_lossy(stdout);
    let line = text
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix(ASSERT_MARKER))?;
    let mut out = [0u64; 4];
    for (i, key) in ["passed", "failed", "errors", "skipped"].iter().enumerate() {
        let v = line
            .split_whitespace()
            .find_map(|w| w.strip_prefix(key)?.strip_prefix('='))?;
        out[i] = v.parse().ok()?;
    }
    Some(out)
}

/// Which test layer a run's output comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layer {
    None,
    Assert,
    Mspec,
}

/// What a set of inputs is, as the command line names it (resolved into
/// runs by [`run_sets`], once the VM is there).
#[derive(Debug, Clone)]
pub enum Source {
    /// Reproducers, crash directories, hunt output directories, directories
    /// of `.rb` files (see [`collect`]); `prelude` (Ruby text) goes before
    /// each program.
    Inputs {
        paths: Vec<PathBuf>,
        prelude: Option<String>,
    },
    /// mruby's own tests from the VM's source tree (`test/t/*.rb`, or with
    /// `gems` the default gembox's `mrbgems/*/test/*.rb`), each with
    /// [`ASSERT_LAYER`] before it.
    MrubyTests { gems: bool },
    /// Spec files or directories of `*_spec.rb`, each run as `gcstress specs`
    /// runs it (the mspec layer, resolved `require_relative`s), with no
    /// schedule.
    Specs(Vec<PathBuf>),
}

/// A named set of inputs: one column of a comparison.
#[derive(Debug, Clone)]
pub struct InputSet {
    pub name: String,
    pub source: Source,
}

impl InputSet {
    /// The default name: `mruby-tests`, `mruby-gem-tests`, `specs:<dir>`,
    /// or the one input's file name (`inputs` for several).
    pub fn named(source: Source) -> InputSet {
        let last = |p: &[PathBuf]| match p {
            [one] => one
                .canonicalize()
                .unwrap_or_else(|_| one.clone())
                .file_name()
                .map(|n| n.to_string_lossy().into_owned()),
            _ => None,
        };
        let name = match &source {
            Source::Inputs { paths, .. } => last(paths).unwrap_or_else(|| "inputs".into()),
            Source::MrubyTests { gems: false } => "mruby-tests".into(),
            Source::MrubyTests { gems: true } => "mruby-gem-tests".into(),
            Source::Specs(paths) => format!(
                "specs:{}",
                last(paths).unwrap_or_else(|| "files".to_string())
            ),
        };
        InputSet { name, source }
    }
}

/// One run of a set: a request ready to run, or a spec file rendered when
/// its turn comes (a ruby/spec tree is thousands of programs of ~50 KB).
enum Item {
    Request(Box<RunRequest>, Layer),
    Spec(PathBuf),
}

/// Everything a set runs, without the VM where that is possible (a missing
/// path is bad input before any VM is built).
fn resolve_paths(set: &InputSet) -> Result<Vec<Item>> {
    match &set.source {
        Source::Inputs { paths, prelude } => {
            let mut reqs = collect(paths)?;
            if let Some(p) = prelude {
                for r in &mut reqs {
                    r.program = with_prelude(p, &r.program);
                }
            }
            Ok(reqs
                .into_iter()
                .map(|r| Item::Request(Box::new(r), Layer::None))
                .collect())
        }
        Source::Specs(paths) => {
            let mut out = Vec::new();
            for p in paths {
                if !p.exists() {
                    return Err(bad_input(format!(
                        "{}: no such file or directory",
                        p.display()
                    )));
                }
                let files = crate::specs::program::collect(p)?;
                out.extend(files.into_iter().map(Item::Spec));
            }
            Ok(out)
        }
        Source::MrubyTests { .. } => Ok(Vec::new()),
    }
}

/// `prelude`, then the program (the program's header, if any, has been read
/// already: where it ends up does not matter).
fn with_prelude(prelude: &str, program: &[u8]) -> Vec<u8> {
    let mut out = prelude.as_bytes().to_vec();
    if !prelude.ends_with('\n') {
        out.push(b'\n');
    }
    out.extend_from_slice(program);
    out
}

/// mruby's test files in the VM's source tree, in order: `test/t/*.rb`, or
/// the gems' `mrbgems/*/test/*.rb`.
pub fn mruby_test_files(src: &Path, gems: bool) -> Result<Vec<PathBuf>> {
    let dirs: Vec<PathBuf> = if gems {
        let gem_root = src.join("mrbgems");
        let mut v: Vec<PathBuf> = std::fs::read_dir(&gem_root)
            .with_context(|| format!("cannot read {}", gem_root.display()))?
            .filter_map(|e| e.ok().map(|e| e.path().join("test")))
            .filter(|p| p.is_dir())
            .collect();
        v.sort();
        v
    } else {
        vec![src.join("test").join("t")]
    };
    let mut out = Vec::new();
    for d in dirs {
        let rd = std::fs::read_dir(&d).map_err(|e| {
            bad_input(format!(
                "{}: {e} (the VM's source tree has no mruby tests there)",
                d.display()
            ))
        })?;
        let mut files: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("rb"))
            .collect();
        files.sort();
        out.extend(files);
    }
    Ok(out)
}

/// mruby's tests as run requests: the assert layer, the file, the counts line.
fn mruby_tests(install: &Install, gems: bool) -> Result<Vec<Item>> {
    let mut out = Vec::new();
    for f in mruby_test_files(&source_root(install)?, gems)? {
        let mut r = request::load(&f, &RunFlags::default())?;
        let mut program = with_prelude(ASSERT_LAYER, &r.program);
        program.extend_from_slice(b"\nputs GCSAssert.report\n");
        r.program = program;
        out.push(Item::Request(Box::new(r), Layer::Assert));
    }
    Ok(out)
}

/// The `-cov` VM for `vm` (itself if it is one).
fn cov_vm(vm: &str) -> Result<String> {
    if vm.ends_with(Variant::Cov.suffix()) {
        Ok(vm.to_string())
    } else {
        cov_id(vm)
    }
}

/// Run every input on `vm`'s `-cov` build (after resetting its counters) and
/// read back what they reached.
pub fn run(vm: &str, inputs: &[PathBuf], progress: &mut dyn FnMut(&str)) -> Result<Report> {
    let set = InputSet::named(Source::Inputs {
        paths: inputs.to_vec(),
        prelude: None,
    });
    let mut c = run_sets(vm, &[set], None, progress)?;
    Ok(c.sets.remove(0).1)
}

/// Run each set on `vm`'s `-cov` build, the counters reset before each, and
/// read back what each reached. `timeout`: per run (default: the reproducer's
/// header, else 10 s).
pub fn run_sets(
    vm: &str,
    sets: &[InputSet],
    timeout: Option<std::time::Duration>,
    progress: &mut dyn FnMut(&str),
) -> Result<Comparison> {
    let id = cov_vm(vm)?;
    let mut resolved = Vec::new();
    for s in sets {
        resolved.push(resolve_paths(s)?);
    }
    let install = request::ensure_vm(&id, progress)?;
    if install.manifest.variant != Variant::Cov {
        return Err(bad_input(format!("{id} is not a -cov build")));
    }
    for (s, items) in sets.iter().zip(resolved.iter_mut()) {
        if let Source::MrubyTests { gems } = s.source {
            *items = mruby_tests(&install, gems)?;
        }
        if items.is_empty() {
            return Err(bad_input(format!(
                "{}: no inputs: give reproducers, crash directories, a hunt's output directory, directories of .rb files or spec files",
                s.name
            )));
        }
    }
    // one coverage run per VM at a time: another would reset its counters
    let home = gcstress_vm::Home::from_env()?;
    let _lock = home.lock(&format!("coverage-{id}"))?;
    let mut out = Comparison {
        vm: id.clone(),
        sets: Vec::new(),
    };
    for (s, items) in sets.iter().zip(resolved) {
        reset(&install)?;
        progress(&format!(
            "{}: running {} inputs on {id} ...",
            s.name,
            items.len()
        ));
        let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
        let mut checks = Checks::default();
        let mut any_layer = false;
        let n = items.len();
        {
            let mut ex = crate::exec::Executor::new(&install)?;
            for item in items {
                let (path, program, filename, spec, layer) = match item {
                    Item::Request(r, layer) => {
                        let mut spec = r.spec_on(&install, r.mem_limit).with_context(|| {
                            format!("{}: cannot set up its run on {id}", r.path.display())
                        })?;
                        if let Some(t) = timeout {
                            spec.timeout = t;
                        }
                        let r = *r;
                        (r.path, r.program, r.filename, spec, layer)
                    }
                    Item::Spec(file) => {
                        let prog = match crate::specs::program::load(
                            &file,
                            crate::specs::program::Guard::Layer,
                        ) {
                            Ok(p) => p,
                            Err(_) => {
                                // prism cannot parse it: `gcstress specs` does not run it either
                                *outcomes.entry("not-loaded".into()).or_default() += 1;
                                continue;
                            }
                        };
                        let spec = crate::run::RunSpec {
                            schedule: gcstress_vm::Schedule::none(),
                            timeout: timeout.unwrap_or(std::time::Duration::from_secs(30)),
                            mem_limit: 1 << 30,
                            verify: None,
                            mutant: None,
                            diff: false,
                            cap_forced: false,
                        };
                        (
                            file,
                            prog.render().into_bytes(),
                            crate::specs::program::RUNNER_NAME.to_string(),
                            spec,
                            Layer::Mspec,
                        )
                    }
                };
                let o = crate::run::run_spec(&mut ex, &program, &filename, &spec)
                    .with_context(|| format!("{}: cannot run it on {id}", path.display()))?;
                *outcomes.entry(o.kind().name().to_string()).or_default() += 1;
                if layer != Layer::None {
                    any_layer = true;
                    checks.add_run(layer, &o.stdout);
                }
            }
        }
        let mut report = read_counters(&install)?;
        report.inputs = n;
        report.outcomes = outcomes;
        report.checks = any_layer.then_some(checks);
        out.sets.push((s.name.clone(), report));
    }
    Ok(out)
}

/// Several sets' reports on one VM, side by side.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub vm: String,
    /// (name, report), in the order given.
    pub sets: Vec<(String, Report)>,
}

impl Comparison {
    fn reached(&self, i: usize) -> std::collections::BTreeSet<(&str, &str)> {
        self.sets[i]
            .1
            .gc_functions
            .iter()
            .filter(|f| f.reached)
            .map(|f| (f.file.as_str(), f.name.as_str()))
            .collect()
    }

    /// GC-relevant functions set `i` reaches and no other set does.
    pub fn only(&self, i: usize) -> Vec<&GcFunction> {
        self.against_others(i, true)
    }

    /// GC-relevant functions some other set reaches and set `i` does not.
    pub fn missed(&self, i: usize) -> Vec<&GcFunction> {
        self.against_others(i, false)
    }

    /// With `reached`: the GC-relevant functions set `i` reaches and no
    /// other set does; without: those set `i` misses and another reaches.
    fn against_others(&self, i: usize, reached: bool) -> Vec<&GcFunction> {
        let others: std::collections::BTreeSet<(&str, &str)> = (0..self.sets.len())
            .filter(|&j| j != i)
            .flat_map(|j| self.reached(j))
            .collect();
        self.sets[i]
            .1
            .gc_functions
            .iter()
            .filter(|f| {
                f.reached == reached
                    && others.contains(&(f.file.as_str(), f.name.as_str())) != reached
            })
            .collect()
    }

    /// GC-relevant functions in `src/` (the core) reached, of all in `src/`.
    pub fn core_gc(r: &Report) -> Counts {
        let core: Vec<&GcFunction> = r.gc_functions.iter().filter(|f| is_core(&f.file)).collect();
        Counts {
            covered: core.iter().filter(|f| f.reached).count() as u64,
            total: core.len() as u64,
        }
    }

    pub fn json(&self) -> serde_json::Value {
        let names = |v: Vec<&GcFunction>| -> Vec<serde_json::Value> {
            v.iter()
                .map(|f| serde_json::json!({"name": f.name, "file": f.file, "line": f.line}))
                .collect()
        };
        let sets: Vec<serde_json::Value> = self
            .sets
            .iter()
            .enumerate()
            .map(|(i, (name, r))| {
                let mut j = r.json();
                j["name"] = serde_json::json!(name);
                j["gc_relevant"]["core"] = serde_json::json!(Self::core_gc(r));
                j["gc_relevant"]["only_this_set"] = serde_json::json!(names(self.only(i)));
                j["gc_relevant"]["missed_others_reach"] = serde_json::json!(names(self.missed(i)));
                j
            })
            .collect();
        serde_json::json!({ "vm": self.vm, "sets": sets })
    }

    /// One row per set (src/*.c and all of the VM's C, GC-relevant
    /// functions in src/ and in all), then what each reaches alone.
    pub fn human(&self) -> String {
        let mut s = format!("coverage on {}: {} input sets\n", self.vm, self.sets.len());
        let width = self
            .sets
            .iter()
            .map(|(n, _)| n.len())
            .max()
            .unwrap_or(3)
            .max(3);
        let pct = |c: Counts| format!("{}/{} {:.1}%", c.covered, c.total, c.percent());
        s.push_str(&format!(
            "{:<width$}  {:>6}  {:>20}  {:>20}  {:>16}  {:>20}  {:>15}  {:>15}\n",
            "set",
            "inputs",
            "src/*.c lines",
            "src/*.c branches",
            "src/*.c funcs",
            "all C lines",
            "GC-rel. src/",
            "GC-rel. all"
        ));
        for (name, r) in &self.sets {
            s.push_str(&format!(
                "{:<width$}  {:>6}  {:>20}  {:>20}  {:>16}  {:>20}  {:>15}  {:>15}\n",
                name,
                r.inputs,
                pct(r.core.lines),
                pct(r.core.branches),
                pct(r.core.functions),
                pct(r.total.lines),
                pct(Self::core_gc(r)),
                pct(Counts {
                    covered: r.gc_reached as u64,
                    total: r.gc_relevant as u64
                }),
            ));
        }
        for (name, r) in &self.sets {
            let outcomes: Vec<String> =
                r.outcomes.iter().map(|(k, n)| format!("{n} {k}")).collect();
            s.push_str(&format!("{name}: runs {}", outcomes.join(", ")));
            if let Some(c) = &r.checks {
                s.push_str(&format!("; checks {}", c.human()));
            }
            s.push('\n');
        }
        let list = |v: Vec<&GcFunction>| -> String {
            let mut by_file: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for f in v {
                by_file.entry(&f.file).or_default().push(&f.name);
            }
            by_file
                .into_iter()
                .map(|(file, names)| format!("  {file}: {}\n", names.join(" ")))
                .collect()
        };
        for (i, (name, _)) in self.sets.iter().enumerate() {
            let only = self.only(i);
            s.push_str(&format!(
                "GC-relevant functions only {name} reaches ({}):\n{}",
                only.len(),
                list(only)
            ));
        }
        for (i, (name, _)) in self.sets.iter().enumerate() {
            let missed = self.missed(i);
            s.push_str(&format!(
                "GC-relevant functions {name} misses and another set reaches ({}):\n{}",
                missed.len(),
                list(missed)
            ));
        }
        s
    }
}

/// A core file (`src/*.c`), not a gem's.
fn is_core(rel: &str) -> bool {
    rel.starts_with("src/")
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
    from_gcov_json(&install.dir, &install.id, &source_root(install)?, &text)
}

/// The mruby source tree a VM was built from: `src/` in a source-built
/// mruby's directory; for Artichoke, the checkout's vendored mruby.
pub fn source_root(install: &Install) -> Result<PathBuf> {
    if install.manifest.kind == "artichoke" {
        let src =
            install.manifest.src.as_ref().with_context(|| {
                format!("{}: its manifest names no Artichoke checkout", install.id)
            })?;
        return Ok(src.join("artichoke-backend/vendor/mruby"));
    }
    Ok(install.dir.join("src"))
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
/// `src_root`: the mruby tree the VM was built from (files are named relative
/// to it); a relative file name is relative to gcov's
/// `current_working_directory` (Artichoke's `cc` build compiles
/// `vendor/mruby/src/gc.c` from artichoke-backend's directory).
pub fn from_gcov_json(dir: &Path, id: &str, src_root: &Path, text: &str) -> Result<Report> {
    let mut files: BTreeMap<String, (PathBuf, FileAcc)> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let j: serde_json::Value =
            serde_json::from_str(line).context("gcov's JSON output does not parse")?;
        let cwd = j["current_working_directory"].as_str().map(PathBuf::from);
        for f in j["files"].as_array().into_iter().flatten() {
            let Some(name) = f["file"].as_str() else {
                continue;
            };
            let local = match &cwd {
                Some(c) if Path::new(name).is_relative() => c.join(name),
                _ => local_path(dir, Path::new(name)),
            };
            let Ok(rel) = local.strip_prefix(src_root) else {
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
        core: FileCoverage {
            file: "src/*.c".into(),
            lines: Counts::default(),
            branches: Counts::default(),
            functions: Counts::default(),
        },
        checks: None,
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
        if is_core(rel) {
            report.core.lines.add(fc.lines);
            report.core.branches.add(fc.branches);
            report.core.functions.add(fc.functions);
        }
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
        assert_eq!(cov_id("artichoke").unwrap(), "artichoke-cov");
    }

    #[test]
    fn the_assert_layer_s_counts_line_is_read() {
        let out = b"x\n@@gcassert passed=5 failed=1 errors=2 skipped=3\n";
        assert_eq!(assert_counts(out), Some([5, 1, 2, 3]));
        assert_eq!(assert_counts(b"no counts\n"), None);
        let mut c = Checks::default();
        c.add_run(Layer::Assert, out);
        c.add_run(Layer::Assert, b"crashed before the end");
        c.add_run(Layer::None, b"");
        assert_eq!((c.passed, c.skipped, c.runs_without_counts), (5, 3, 1));
    }

    fn report_reaching(reached: &[&str]) -> Report {
        let mut r =
            from_gcov_json(Path::new("/nowhere"), "x", Path::new("/nowhere/src"), "").unwrap();
        for name in ["a", "b", "c"] {
            r.gc_functions.push(GcFunction {
                name: name.into(),
                file: "src/gc.c".into(),
                line: 1,
                calls: vec!["mrb_obj_alloc".into()],
                reached: reached.contains(&name),
            });
        }
        r
    }

    #[test]
    fn a_comparison_says_what_each_set_alone_reaches_and_misses() {
        let c = Comparison {
            vm: "x".into(),
            sets: vec![
                ("hunt".into(), report_reaching(&["a"])),
                ("tests".into(), report_reaching(&["a", "b"])),
            ],
        };
        let names = |v: Vec<&GcFunction>| v.iter().map(|f| f.name.clone()).collect::<Vec<_>>();
        assert!(c.only(0).is_empty());
        assert_eq!(names(c.only(1)), ["b"]);
        assert_eq!(names(c.missed(0)), ["b"]);
        assert!(c.missed(1).is_empty());
        assert_eq!(
            Comparison::core_gc(&c.sets[1].1),
            Counts {
                covered: 2,
                total: 3
            }
        );
        assert!(c
            .human()
            .contains("hunt misses and another set reaches (1):\n  src/gc.c: b"));
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
