//! gcstress's cargo-fuzz targets (see `fuzz_targets/`), glue only:
//!
//! - inputs: [`gcstress::fuzz`] (bytes → program + schedule with `hunt`'s
//!   generator, lifted by `gcstress::lift`), the same code `gcstress exec`
//!   uses on an artifact;
//! - running: [`inproc`], the shim's own primitives on the VM linked into
//!   this binary (`build.rs` provisions and links it), opened and closed per
//!   input (Artichoke: set up once, each input in a forked copy of it);
//! - feedback: [`feedback`], GC-state counters for libFuzzer;
//! - findings: a verifier finding aborts (a libFuzzer crash); crashes and
//!   `mrb_assert`s are libFuzzer's own. On Artichoke ([`artichoke`], when
//!   built with `GCSTRESS_VM=artichoke`) also a `dead-value` (its liveness
//!   check answered "dead", artichoke#1336) and a Rust panic abort;
//!   where inputs run in forked copies (Artichoke), a crash is judged
//!   first and a known bug does not end the run ([`crashed`]).
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

#[cfg(gcstress_artichoke)]
pub mod artichoke;
pub mod crashed;
pub mod feedback;
pub mod ffi;
pub mod inproc;

use std::fmt;
use std::sync::OnceLock;

use gcstress::fuzz;
use gcstress::generate::{introspect, VmCatalog};
use gcstress::ir::Program;
use gcstress_vm::protocol::{end, RunOptions, RunResult};
use gcstress_vm::{Home, Install, Schedule};
use libfuzzer_sys::arbitrary::{self, Arbitrary, Unstructured};
use libfuzzer_sys::Corpus;

/// The VM linked into this binary (`GCSTRESS_VM` at build time, as `build.rs` resolved it).
pub const VM: &str = env!("GCSTRESS_FUZZ_VM");
/// `vm`: the VM has SanitizerCoverage (libFuzzer sees its edges); `none`: it does not.
pub const VM_COVERAGE: &str = env!("GCSTRESS_FUZZ_VM_COVERAGE");
/// The linked VM is Artichoke (artichoke-backend in this binary), not a C mruby.
pub const ARTICHOKE: bool = cfg!(gcstress_artichoke);
/// The program name both the target and `gcstress exec` give the VM.
pub(crate) const FILENAME: &str = fuzz::FILENAME;

/// Defines `__asan_default_options` in a fuzz target binary (the sanitizer
/// runtime looks it up there; `ASAN_OPTIONS` still overrides it). Under
/// `cargo fuzz`'s default `-s address` ASan guards only this crate's Rust
/// glue (the VM is not built with it), so:
///
/// - a small quarantine, no allocation stack traces, no fake stacks: they only
///   grow the memory that every fork of the heap verifier copies (peak RSS
///   after 300 inputs: 289 MB with ASan's defaults, 51 MB with these);
/// - `detect_leaks=0`: a leak in mruby is not what these targets look for,
///   and a leak report would end the run.
///
/// `-s none` is still about 2.5 times faster (the fork of a sanitized process
/// costs more); nothing the targets look for needs ASan.
#[macro_export]
macro_rules! sanitizer_defaults {
    () => {
        /// See `gcstress_fuzz::sanitizer_defaults`.
        #[no_mangle]
        pub extern "C" fn __asan_default_options() -> *const ::std::ffi::c_char {
            c"quarantine_size_mb=1:thread_local_quarantine_size_kb=64:malloc_context_size=0:detect_leaks=0:detect_stack_use_after_return=0".as_ptr()
        }
    };
}

/// Once per process, before the first input: silence the programs' stdout
/// (libFuzzer reports on stderr; `GCSTRESS_FUZZ_STDOUT=1` keeps it) and load
/// the VM's catalog (the generator's view of the VM).
pub fn init() {
    #[cfg(gcstress_artichoke)]
    if std::env::args().nth(1).as_deref() == Some("--server") {
        artichoke::serve();
    }
    if std::env::var_os("GCSTRESS_FUZZ_STDOUT").is_none() {
        // SAFETY: open/dup2/close on file descriptors only; fd 1 stays valid
        // (now /dev/null) and nothing in this process holds a Rust handle
        // that assumes what fd 1 is.
        unsafe {
            let fd = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
            if fd >= 0 {
                libc::dup2(fd, 1);
                libc::close(fd);
            }
        }
    }
    #[cfg(gcstress_artichoke)]
    {
        if let Some(e) = artichoke::layout_mismatch() {
            eprintln!("gcstress fuzz: {e}");
            std::process::exit(1);
        }
        // libFuzzer's hook (print, abort: a crash artifact) runs after this line
        let abort = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            eprintln!(
                "gcstress: a Rust panic on {VM} (a `panic` finding); \
                 the artifact replays with: gcstress exec ARTIFACT --vm {VM}"
            );
            abort(info);
        }));
    }
    let _ = catalog();
}

/// The linked VM as provisioned in the build's `$GCSTRESS_HOME` (its
/// out-of-process worker judges crashes, see [`crashed`]).
pub fn install() -> &'static Install {
    static INSTALL: OnceLock<Install> = OnceLock::new();
    INSTALL.get_or_init(|| {
        let home = Home::at(env!("GCSTRESS_FUZZ_HOME"));
        match gcstress_vm::ensure(&home, VM, &mut |m: &str| eprintln!("gcstress: {m}")) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("gcstress fuzz: cannot find VM {VM}: {e:#}");
                std::process::exit(1);
            }
        }
    })
}

/// The catalog of the linked VM, through the same code (and cache file) as
/// `gcstress exec`.
pub fn catalog() -> &'static VmCatalog {
    static CAT: OnceLock<VmCatalog> = OnceLock::new();
    CAT.get_or_init(|| match introspect::catalog(install()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("gcstress fuzz: cannot read the catalog of {VM}: {e:#}");
            std::process::exit(1);
        }
    })
}

/// A `gc_alias` input: generator bytes and the program they describe.
/// Its Debug form (what `cargo fuzz fmt` prints) is the standalone reproducer.
pub struct GcAliasInput {
    pub len: usize,
    pub program: Program,
}

impl GcAliasInput {
    pub fn new(bytes: &[u8]) -> Self {
        GcAliasInput {
            len: bytes.len(),
            program: fuzz::program(catalog(), bytes, fuzz::Host::of(install())),
        }
    }

    /// The text the VM runs (`gcstress exec ARTIFACT` runs the same).
    pub fn source(&self) -> String {
        fuzz::repro_text(VM, &self.program, None, None)
    }
}

impl<'a> Arbitrary<'a> for GcAliasInput {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let bytes = u.bytes(u.len())?;
        Ok(GcAliasInput::new(bytes))
    }

    fn arbitrary_take_rest(u: Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(GcAliasInput::new(u.take_rest()))
    }
}

impl fmt::Debug for GcAliasInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}# gcstress fuzz input: {} bytes of gc_alias input\n\
             # Reproduce with: gcstress exec ARTIFACT --vm {VM}   (or: gcstress minimize ARTIFACT --vm {VM})\n",
            self.source(),
            self.len
        )
    }
}

/// `gc_alias`: run the program under its schedule with the verifier on; GC
/// state becomes feedback; a verifier finding aborts.
pub fn gc_alias(input: &GcAliasInput) -> Corpus {
    let source = input.source();
    let mut spec = fuzz::run_spec(&input.program);
    if !verify_this(source.as_bytes()) {
        spec.verify = None;
    }
    let ran = inproc::run(
        source.as_bytes(),
        FILENAME,
        &inproc::Settings {
            schedule: &spec.schedule,
            opts: spec.options(),
            gcstress_module: true,
            on_finding: Some(on_finding),
            prelude: None,
        },
    );
    if let Some(how) = &ran.crashed {
        // judged as the artifact would be: with the verifier, as its header says
        return crashed::on_crash(source.as_bytes(), &fuzz::run_spec(&input.program), how);
    }
    feedback::record(&ran.result, &ran.inproc);
    host_findings(&ran.result);
    match ran.result.end {
        // the allocator limit, or a VM that could not be set up: not a program to build on
        end::OOM | end::SETUP => Corpus::Reject,
        _ => Corpus::Keep,
    }
}

/// Does this input run with the heap verifier? On C mruby every input does.
/// On Artichoke one input in [`ARTICHOKE_VERIFY_EVERY`] does (chosen by the
/// program's hash, so an input always gets the same answer): the verifier
/// forks a copy of the process per check, and forking a sanitized process
/// with Artichoke in it costs most of an input's time, while Artichoke's own
/// liveness check (`dead-value`, artichoke#1336) needs no verifier.
/// `GCSTRESS_FUZZ_VERIFY_EVERY=N` overrides it (1: every input). The
/// artifact's header still says `verify=on`: the verifier checks copies, so
/// `gcstress exec ARTIFACT` runs the program the same way with it.
pub fn verify_this(source: &[u8]) -> bool {
    static EVERY: OnceLock<u64> = OnceLock::new();
    let every = *EVERY.get_or_init(|| {
        std::env::var("GCSTRESS_FUZZ_VERIFY_EVERY")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
            .filter(|n| *n > 0)
            .unwrap_or(if ARTICHOKE { ARTICHOKE_VERIFY_EVERY } else { 1 })
    });
    every == 1 || gcstress::record::fnv64(source).is_multiple_of(every)
}

/// See [`verify_this`].
pub const ARTICHOKE_VERIFY_EVERY: u64 = 8;

/// `raw_bytes`: the bytes as Ruby source on a fresh VM, as OSS-Fuzz runs
/// mruby (`mrb_open`, load the string, `mrb_close`): no `GCStress` module, no
/// schedule, no verifier, no GC-state feedback. Only [`SANDBOX`] runs first.
/// On Artichoke its own liveness check still counts ([`host_findings`]).
pub fn raw_bytes(data: &[u8]) -> Corpus {
    let ran = inproc::run(
        data,
        FILENAME,
        &inproc::Settings {
            schedule: &Schedule::none(),
            opts: RunOptions::default(),
            gcstress_module: false,
            on_finding: None,
            prelude: Some(SANDBOX),
        },
    );
    if let Some(how) = &ran.crashed {
        // a raw_bytes artifact is Ruby: `gcstress exec` runs it with no schedule
        return crashed::on_crash(data, &gcstress::run::RunSpec::default(), how);
    }
    host_findings(&ran.result);
    Corpus::Keep
}

/// What `raw_bytes` removes before each input: the VMs carry mruby-io, and a
/// mutated program otherwise soon runs `` `…` `` or `open("|…")` (each a
/// forked copy of the fuzzer left waiting on a pipe), `exit`s the fuzzer or
/// writes files. Generated programs (`gc_alias`) never call these (the
/// generator's own list), so they run as `gcstress exec` runs them.
pub const SANDBOX: &str = r#"
[:`, :open, :exit, :exit!, :abort, :sleep, :system, :exec, :fork, :spawn, :trap, :syscall].each do |m|
  [Kernel, Kernel.singleton_class].each { |c| c.send(:undef_method, m) rescue nil }
end
if Object.const_defined?(:IO)
  [:popen, :sysopen, :pipe, :open, :new, :for_fd, :select].each { |m| IO.singleton_class.send(:undef_method, m) rescue nil }
  [:delete, :unlink, :rename, :symlink, :link, :chmod, :truncate, :mkfifo].each { |m| File.singleton_class.send(:undef_method, m) rescue nil }
end
"#;

/// What a verifier finding says, one line per finding (the judge's words;
/// `gcstress exec` on the artifact adds the allocation sites and the signature).
pub fn describe_findings(r: &RunResult) -> Vec<String> {
    r.findings()
        .map(|f| gcstress::judge::resolve_finding(None, f).message)
        .collect()
}

/// Artichoke's liveness check answered "dead" for a value Rust was about to
/// use (the shim's record, even when a caller swallowed the `fatal`): say
/// what the judge will say and abort, which libFuzzer turns into a crash
/// artifact. Nothing on mruby.
pub fn host_findings(r: &RunResult) {
    if !ARTICHOKE {
        return;
    }
    if let Some(line) = dead_value(r) {
        eprintln!("gcstress: {line}");
        eprintln!(
            "gcstress: Artichoke's liveness check answered \"dead\" (artichoke#1336); \
             the artifact replays with: gcstress exec ARTIFACT --vm {VM}"
        );
        std::process::abort();
    }
}

/// The dead-value finding of a run, in the judge's words, if there is one.
pub fn dead_value(r: &RunResult) -> Option<String> {
    use gcstress_vm::protocol::cstr;
    let exc = gcstress::judge::Exception {
        class: cstr(&r.exc_class),
        message: cstr(&r.exc_message),
    };
    let exc = (!exc.class.is_empty()).then_some(exc);
    let d = gcstress::judge::host::dead_value(r, exc.as_ref())?;
    Some(format!(
        "dead-value.{}: {} ({}, colour {}, current white {}, {} liveness checks)",
        d.classification, d.evidence, d.raised, d.colour, d.current_white, d.checks
    ))
}

/// The shim calls this on a verifier finding: report it and abort, which
/// libFuzzer turns into a crash artifact.
unsafe extern "C" fn on_finding() {
    if let Some(r) = inproc::current_result() {
        for line in describe_findings(&r) {
            eprintln!("gcstress: verifier: {line}");
        }
        let c = &r.c;
        eprintln!(
            "gcstress: so far: {} allocations, {} field barriers, {} object barriers, \
             forced {} minor / {} full / {} step, {} verifier runs",
            c.allocs, c.field_wb, c.wb, c.forced_minor, c.forced_full, c.forced_step, c.verify_runs
        );
    }
    eprintln!(
        "gcstress: a live object references a freed heap slot (a missing write barrier?) on {VM}; \
         the artifact replays with: gcstress exec ARTIFACT --vm {VM}"
    );
    std::process::abort();
}
