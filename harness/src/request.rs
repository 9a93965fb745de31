//! The run-request layer: a reproducer (a file, a hunt crash directory, a
//! `gc_alias` fuzz input) and the command line's run flags, resolved into the
//! one run every command makes of it.
//!
//! ```text
//! path ──► read (file | crash dir: repro.rb + outcome.json | fuzz input)
//!      ──► typed Header (repro::parse_header; outcome.json fills in vm, schedule, signature)
//!      ──► Settings (Header::settings under RunFlags: the flags win)
//!      ──► RunRequest { program, filename, header, settings, mem_limit }
//!      ──► install (RunRequest::install) ──► RunSpec (RunRequest::spec)
//!      ──► run::run_spec (RunRequest::run) | record::record_request | reduce::minimize
//! ```
//!
//! `exec`, `record`, `minimize`, `known --derive`, the nightly's regression
//! replay and the triage commands (`triage`, `bisect`, `report`) all load
//! reproducers here, so one header means one run everywhere. Resolving a
//! request needs no VM (except for a fuzz input, whose program is generated
//! from the VM's catalog): the install is asked for separately, and only the
//! mutant's address range needs it.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;
use gcstress_vm::{Install, Schedule};

use crate::fuzz::{self, InputKind};
use crate::ir::Program;
use crate::repro::{self, Header, Settings, VerifyFlag};
use crate::run::RunSpec;

/// Memory a VM may take through its allocator unless told otherwise (2 GiB).
pub const DEFAULT_MEM_LIMIT: u64 = 2 << 30;

/// How many things to do at once by default: one per core.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Which VM to run on.
#[derive(Debug, Clone, Default, Args)]
pub struct VmArg {
    /// VM id (see `gcstress vm list`); fetched and built on first use.
    /// Default: mruby-3.3.0 (for a reproducer file: the VM its header names).
    #[arg(long, value_name = "ID")]
    pub vm: Option<String>,
}

/// The GC schedule.
#[derive(Debug, Clone, Default, Args)]
pub struct ScheduleArg {
    /// GC schedule, comma-separated: none, minor@N, full@N, step@N, mark@N,
    /// minor%N, full%N, step%N, mark%N, mallocfail@N, mallocfail%N, gen=on|off,
    /// step_ratio=N, interval_ratio=N. `@N`: at the N-th object allocation;
    /// `%N`: every N allocations (for mallocfail: mallocs made while the
    /// program's code runs, not while it is parsed and compiled).
    #[arg(long, value_name = "SPEC", value_parser = parse_schedule)]
    pub schedule: Option<Schedule>,
}

fn parse_schedule(s: &str) -> Result<Schedule, String> {
    s.parse::<Schedule>().map_err(|e| e.to_string())
}

/// The memory limit alone, for the commands that run finds but take no
/// other run flags (`triage`, `bisect`, `report`: the header decides the rest).
#[derive(Debug, Clone, Default, Args)]
pub struct MemLimitArg {
    /// Memory the VM may take through its allocator (e.g. 512M, 2G).
    #[arg(long, value_name = "SIZE", value_parser = repro::parse_size)]
    pub mem_limit: Option<u64>,
}

impl MemLimitArg {
    /// The limit asked for, else [`DEFAULT_MEM_LIMIT`].
    pub fn bytes(&self) -> u64 {
        self.mem_limit.unwrap_or(DEFAULT_MEM_LIMIT)
    }
}

/// The run flags every command that runs a reproducer shares (`exec`,
/// `record`, `minimize`): where they say nothing, the reproducer's header
/// decides ([`Header::settings`]).
#[derive(Debug, Clone, Args)]
pub struct RunFlags {
    #[command(flatten)]
    pub vm: VmArg,
    #[command(flatten)]
    pub schedule: ScheduleArg,
    /// Give up on the program after this long (e.g. 500ms, 10s, 2m).
    /// Default: the header's, else 10s.
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration)]
    pub timeout: Option<Duration>,
    /// Memory the VM may take through its allocator (e.g. 512M, 2G).
    #[arg(long, value_name = "SIZE", value_parser = repro::parse_size, default_value = "2G")]
    pub mem_limit: u64,
    /// Run the heap verifier after forced GCs and a sample of the VM's own (it ends the run at a finding).
    #[arg(long)]
    pub verify: bool,
    /// Run the heap verifier after every GC, forced or run by the VM itself.
    #[arg(long)]
    pub verify_all: bool,
    /// Do not run the heap verifier, even if the file's header asks for it.
    #[arg(long, conflicts_with_all = ["verify", "verify_all"])]
    pub no_verify: bool,
    /// Differential oracle: also run without forced GCs; a difference in
    /// output or exception is a bug signal.
    #[arg(long)]
    pub diff: bool,
    /// Run on a barrier mutant: drop the write-barrier calls made from this VM function.
    #[arg(long, value_name = "FUNCTION")]
    pub mutant: Option<String>,
}

impl Default for RunFlags {
    /// No flags: the header decides everything, memory limit 2 GiB.
    fn default() -> Self {
        RunFlags {
            vm: VmArg::default(),
            schedule: ScheduleArg::default(),
            timeout: None,
            mem_limit: DEFAULT_MEM_LIMIT,
            verify: false,
            verify_all: false,
            no_verify: false,
            diff: false,
            mutant: None,
        }
    }
}

impl RunFlags {
    /// No flags but the VM.
    pub fn on_vm(vm: &str) -> RunFlags {
        RunFlags {
            vm: VmArg {
                vm: Some(vm.to_string()),
            },
            ..RunFlags::default()
        }
    }

    /// What the flags say, for [`Header::settings`].
    pub fn flags(&self) -> repro::Flags {
        repro::Flags {
            vm: self.vm.vm.clone(),
            schedule: self.schedule.schedule.clone(),
            timeout: self.timeout,
            verify: VerifyFlag::from_flags(self.no_verify, self.verify_all, self.verify),
            diff: self.diff,
            mutant: self.mutant.clone(),
        }
    }
}

/// Why a reproducer could not be loaded: always bad input (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: header {err}")]
    Header {
        path: PathBuf,
        err: repro::HeaderError,
    },
    #[error("{0} is not a hunt crash directory (it has no repro.rb)")]
    NotCrashDir(PathBuf),
    #[error("{path}: not JSON: {err}")]
    OutcomeJson {
        path: PathBuf,
        err: serde_json::Error,
    },
    #[error("{path}: outcome.json schedule: {err}")]
    OutcomeSchedule {
        path: PathBuf,
        err: gcstress_vm::schedule::ScheduleError,
    },
    #[error("{0} is not UTF-8 text")]
    NotText(PathBuf),
}

/// A `gc_alias` fuzz input: the generated program it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct FuzzInput {
    pub program: Program,
    /// Where it came from (`PATH (N bytes of gc_alias input)`), for its reproducer.
    pub origin: String,
}

/// One run, resolved: what to run, under which name, with which settings.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRequest {
    /// The reproducer file (`repro.rb` of a crash directory; a fuzz input itself).
    pub path: PathBuf,
    /// The crash directory, when the input was one.
    pub dir: Option<PathBuf>,
    /// The program as the VM gets it (a fuzz input's: header and lifted program).
    pub program: Vec<u8>,
    /// The file name the program runs under (a VM may print or allocate it,
    /// so a replay uses the one the find ran under).
    pub filename: String,
    /// The header, with a crash directory's `outcome.json` filling in the
    /// vm, schedule and signature it does not say.
    pub header: Header,
    /// The header under the flags; `settings.vm` is always set (the default
    /// VM when neither names one).
    pub settings: Settings,
    pub mem_limit: u64,
    /// Set when the input was a `gc_alias` fuzz input.
    pub fuzz: Option<FuzzInput>,
}

/// Load a reproducer file or crash directory and resolve it under `flags`.
/// A `gc_alias` fuzz input (by place or content) is generated on the VM the
/// fuzz build used (`--vm`, else `$GCSTRESS_VM`, else the default VM), which
/// may provision that VM.
pub fn load(path: &Path, flags: &RunFlags) -> Result<RunRequest> {
    load_with(path, flags, false, &mut |_| {})
}

/// [`load`], with `fuzz_input` forcing a file to be read as a `gc_alias`
/// input, and `progress` told about provisioning and fuzz inputs.
pub fn load_with(
    path: &Path,
    flags: &RunFlags,
    fuzz_input: bool,
    progress: &mut dyn FnMut(&str),
) -> Result<RunRequest> {
    let (file, dir) = if path.is_dir() {
        let repro = path.join("repro.rb");
        if !repro.is_file() {
            return Err(LoadError::NotCrashDir(path.to_path_buf()).into());
        }
        (repro, Some(path.to_path_buf()))
    } else {
        (path.to_path_buf(), None)
    };
    let bytes = std::fs::read(&file).map_err(|source| LoadError::Read {
        path: file.clone(),
        source,
    })?;
    let outcome = match &dir {
        Some(d) => read_outcome(d)?,
        None => None,
    };
    let (program, filename, fuzz) =
        if dir.is_none() && (fuzz_input || fuzz::classify(&file, &bytes) == InputKind::GcAlias) {
            let f = fuzz_program(&file, &bytes, flags.vm.vm.as_deref(), progress)?;
            let vm = fuzz::artifact_vm(flags.vm.vm.as_deref());
            let text = fuzz::repro_text(&vm, &f.program, None, None);
            (text.into_bytes(), fuzz::FILENAME.to_string(), Some(f))
        } else {
            let name = file
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| "program.rb".into());
            (bytes, name, None)
        };
    let mut header = repro::parse_header(&String::from_utf8_lossy(&program)).map_err(|err| {
        LoadError::Header {
            path: file.clone(),
            err,
        }
    })?;
    // outcome.json (a hunt crash directory) fills in what the header does not say
    if let Some(o) = &outcome {
        let field = |key: &str| o.get(key).and_then(|v| v.as_str()).map(String::from);
        if header.vm.is_none() {
            header.vm = field("vm");
        }
        if header.schedule.is_none() {
            if let Some(s) = field("schedule") {
                header.schedule = Some(s.parse().map_err(|err| LoadError::OutcomeSchedule {
                    path: path.to_path_buf(),
                    err,
                })?);
            }
        }
        if header.signature.is_none() {
            header.signature = field("signature");
        }
    }
    let mut settings = header.settings(&flags.flags());
    settings.vm = Some(settings.vm_or_default());
    Ok(RunRequest {
        path: file,
        dir,
        program,
        filename,
        header,
        settings,
        mem_limit: flags.mem_limit,
        fuzz,
    })
}

fn read_outcome(dir: &Path) -> Result<Option<serde_json::Value>, LoadError> {
    let oj = dir.join("outcome.json");
    match std::fs::read_to_string(&oj) {
        Ok(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|err| LoadError::OutcomeJson { path: oj, err }),
        Err(_) => Ok(None),
    }
}

/// The program a `gc_alias` input stands for on the fuzz build's VM.
fn fuzz_program(
    path: &Path,
    bytes: &[u8],
    vm_flag: Option<&str>,
    progress: &mut dyn FnMut(&str),
) -> Result<FuzzInput> {
    let vm = fuzz::artifact_vm(vm_flag);
    let install = ensure_vm(&vm, progress)?;
    let cat = crate::generate::introspect::catalog(&install)
        .with_context(|| format!("cannot ask {vm} what it has"))?;
    let program = fuzz::program(&cat, bytes, fuzz::Host::of(&install));
    progress(&format!(
        "{}: a gc_alias fuzz input: the generated program on {vm}, schedule {}, verifier on",
        path.display(),
        program.schedule
    ));
    Ok(FuzzInput {
        origin: format!(
            "{} ({} bytes of gc_alias input)",
            path.display(),
            bytes.len()
        ),
        program,
    })
}

/// Make sure a VM is there (fetching and building it on first use).
pub fn ensure_vm(id: &str, progress: &mut dyn FnMut(&str)) -> Result<Install> {
    let home = gcstress_vm::Home::from_env()?;
    gcstress_vm::ensure(&home, id, progress)
}

impl RunRequest {
    /// The VM to run on.
    pub fn vm(&self) -> &str {
        self.settings
            .vm
            .as_deref()
            .unwrap_or(gcstress_vm::DEFAULT_VM)
    }

    /// The program as text (lossy where it is not UTF-8).
    pub fn text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.program)
    }

    /// The program as text, or bad input when it is not UTF-8 (the minimizer edits text).
    pub fn utf8(&self) -> Result<&str, LoadError> {
        std::str::from_utf8(&self.program).map_err(|_| LoadError::NotText(self.path.clone()))
    }

    /// The same request on another VM (the header's `vm=` replaced).
    pub fn on_vm(&self, vm: &str) -> RunRequest {
        let mut r = self.clone();
        r.settings.vm = Some(vm.to_string());
        r
    }

    /// The VM to run on, provisioned on first use.
    pub fn install(&self, progress: &mut dyn FnMut(&str)) -> Result<Install> {
        ensure_vm(self.vm(), progress)
    }

    /// The run on `install` (the mutant's function resolved there).
    pub fn spec(&self, install: &Install) -> Result<RunSpec> {
        self.settings.run_spec(install, self.mem_limit)
    }

    /// The run on `install` (which need not be the request's VM) under `mem_limit`.
    pub fn spec_on(&self, install: &Install, mem_limit: u64) -> Result<RunSpec> {
        self.settings.run_spec(install, mem_limit)
    }

    /// Run it once on `install` (a worker of its own), judged as `exec` judges it.
    pub fn run(&self, install: &Install) -> Result<crate::judge::Outcome> {
        let spec = self.spec(install)?;
        let mut ex = crate::exec::Executor::new(install)?;
        crate::run::run_spec(&mut ex, &self.program, &self.filename, &spec)
    }

    /// The reproducer to save for this run (`exec --save-repro`): a fuzz
    /// input's program with its header (and the signature a run showed), else
    /// the file as it is.
    pub fn reproducer(&self, signature: Option<&str>) -> Vec<u8> {
        match &self.fuzz {
            Some(f) => {
                fuzz::repro_text(self.vm(), &f.program, signature, Some(&f.origin)).into_bytes()
            }
            None => self.program.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::Verify;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn a_crash_directory_fills_in_from_outcome_json() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "repro.rb", "# gcstress: verify=on\np 1\n");
        write(
            d.path(),
            "outcome.json",
            r#"{"vm": "mruby-2.1.2", "schedule": "full@3", "signature": "crash:x"}"#,
        );
        let r = load(d.path(), &RunFlags::default()).unwrap();
        assert_eq!(r.vm(), "mruby-2.1.2");
        assert_eq!(r.settings.schedule.to_string(), "full@3");
        assert_eq!(r.settings.verify, Some(Verify::Forced));
        assert_eq!(r.header.signature.as_deref(), Some("crash:x"));
        assert_eq!(r.filename, "repro.rb");
        assert_eq!(r.dir.as_deref(), Some(d.path()));
        // the flags win
        let r = load(d.path(), &RunFlags::on_vm("mruby-3.3.0")).unwrap();
        assert_eq!(r.vm(), "mruby-3.3.0");
    }

    #[test]
    fn bad_input_is_a_load_error() {
        let d = tempfile::tempdir().unwrap();
        let e = load(d.path(), &RunFlags::default()).unwrap_err();
        assert!(matches!(
            e.downcast_ref::<LoadError>(),
            Some(LoadError::NotCrashDir(_))
        ));
        let e = load(&d.path().join("none.rb"), &RunFlags::default()).unwrap_err();
        assert!(format!("{e:#}").starts_with("cannot read "), "{e:#}");
        let bad = write(d.path(), "bad.rb", "# gcstress: schedule=minor\np 1\n");
        let e = load(&bad, &RunFlags::default()).unwrap_err();
        assert!(matches!(
            e.downcast_ref::<LoadError>(),
            Some(LoadError::Header { .. })
        ));
        assert!(e.to_string().contains("bad.rb: header line 1:"), "{e}");
    }
}
