//! One program on the linked VM, in this process: the steps of the fork
//! server's child (`server.c`, `run_child`), then the VM is closed and the
//! shim's history freed, so nothing carries over to the next input. On
//! Artichoke the set-up VM is kept and each input runs in a forked copy of
//! it (`zygote`), as the fork server does: nothing carries over either.

use std::ffi::CString;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

use bytemuck::Zeroable;
use gcstress_vm::protocol::{self, end, Request, RunOptions, RunResult, WireItem};
use gcstress_vm::Schedule;

use crate::ffi;

/// `GCS_MAX_ITEMS` (gcstress.h).
const MAX_ITEMS: usize = 32;

/// What the shim points at while a program runs. It lives as long as the
/// process (the shim's allocator still reads the result when the next VM
/// opens), in a shared mapping as the fork server's result page is: the heap
/// verifier writes its findings from a forked copy of this process.
#[repr(C)]
struct State {
    result: RunResult,
    request: Request,
    /// For the prelude: no schedule, no verifier.
    quiet: Request,
    items: [WireItem; MAX_ITEMS],
    inproc: ffi::InProc,
}

static STATE: AtomicPtr<State> = AtomicPtr::new(std::ptr::null_mut());

fn state() -> *mut State {
    let p = STATE.load(Ordering::Acquire);
    if !p.is_null() {
        return p;
    }
    // SAFETY: an anonymous shared mapping of the State's size, checked for
    // failure; its zero bytes are a valid State (all fields are integers,
    // arrays of them, or an Option of a function pointer, whose None is null).
    let fresh = unsafe {
        let m = libc::mmap(
            std::ptr::null_mut(),
            std::mem::size_of::<State>(),
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_SHARED | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if m == libc::MAP_FAILED {
            eprintln!("gcstress fuzz: cannot map the result page");
            std::process::abort();
        }
        m.cast::<State>()
    };
    match STATE.compare_exchange(
        std::ptr::null_mut(),
        fresh,
        Ordering::AcqRel,
        Ordering::Acquire,
    ) {
        Ok(_) => fresh,
        Err(other) => {
            // SAFETY: `fresh` is the mapping made above, never shared.
            unsafe { libc::munmap(fresh.cast(), std::mem::size_of::<State>()) };
            other
        }
    }
}

/// The result of the run in progress (or the last one), for `on_finding`.
pub fn current_result() -> Option<RunResult> {
    let p = STATE.load(Ordering::Acquire);
    // SAFETY: a non-null STATE points at the process-lifetime State; this is
    // called from on_finding, inside the run that holds ONE_AT_A_TIME, after
    // the shim has written the findings.
    (!p.is_null()).then(|| unsafe { (*p).result })
}

/// How to run one program.
pub struct Settings<'a> {
    pub schedule: &'a Schedule,
    pub opts: RunOptions,
    /// Define the `GCStress` module (the harness's programs call it).
    pub gcstress_module: bool,
    /// Called on a verifier finding instead of ending the process; must not return.
    pub on_finding: Option<unsafe extern "C" fn()>,
    /// Ruby run on the fresh VM before the program, outside the program's
    /// counting and schedule.
    pub prelude: Option<&'a str>,
}

/// What the run left: the shim's result and its in-process counters.
pub struct Ran {
    pub result: Box<RunResult>,
    pub inproc: ffi::InProc,
    /// The forked copy that ran the program crashed (how it ended: "SIGSEGV",
    /// "a sanitizer report", ...); the result is partial. Only when crashes
    /// are judged ([`crate::crashed`]); else the process has ended already.
    pub crashed: Option<String>,
}

/// The VM's own steps on the mruby linked by `build.rs`: its C API.
#[cfg(not(gcstress_artichoke))]
mod vm {
    use std::ffi::CStr;

    use crate::ffi::{self, MrbState};

    /// A fresh VM on the shim's allocator (null if it could not be opened).
    ///
    /// # Safety
    /// The shim's state must be this caller's (one run at a time).
    pub unsafe fn open() -> *mut MrbState {
        // SAFETY: gcs_allocf is the shim's mrb_allocf; no user data.
        unsafe { ffi::mrb_open_allocf(ffi::gcs_allocf, std::ptr::null_mut()) }
    }

    /// After the set-up (module, prelude), before the program: nothing on mruby.
    ///
    /// # Safety
    /// `_mrb` is a VM from [`open`].
    pub unsafe fn ready(_mrb: *mut MrbState) {}

    /// Parse and run `code` (counted and scheduled as the request says).
    ///
    /// # Safety
    /// `mrb` is a live VM from [`open`]; the shim has been reset for this run.
    pub unsafe fn eval(mrb: *mut MrbState, code: &[u8], filename: &CStr) {
        // SAFETY: gcs_eval_mruby reads exactly code.len() bytes; both buffers
        // outlive the call; mrb is live (the caller's contract).
        unsafe { ffi::gcs_eval_mruby(mrb, code.as_ptr().cast(), code.len(), filename.as_ptr()) }
    }

    /// # Safety
    /// `mrb` is a live VM from [`open`], not used afterwards.
    pub unsafe fn close(mrb: *mut MrbState) {
        // SAFETY: the caller's contract.
        unsafe { ffi::mrb_close(mrb) }
    }
}

/// Artichoke's steps: `interpreter()` and its eval API (`artichoke.rs`).
#[cfg(gcstress_artichoke)]
use crate::artichoke as vm;

/// The shim keeps one VM's state in globals: one run at a time per process
/// (libFuzzer runs inputs on one thread; tests run on many).
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Open the VM, run `program` as the fork server's child would, close the VM.
/// On Artichoke, whose set-up costs about 100 ms, the set-up VM is kept and
/// each program runs in a forked copy of it instead ([`zygote`]), as the
/// `gcstress exec` worker runs it.
pub fn run(program: &[u8], filename: &str, s: &Settings) -> Ran {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let wire = protocol::encode_request(s.schedule, &s.opts, filename, program);
    let req: Request = bytemuck::pod_read_unaligned(&wire[..std::mem::size_of::<Request>()]);
    let nitems = (req.nitems as usize).min(MAX_ITEMS);
    let fname = CString::new(filename).unwrap_or_else(|_| c"program.rb".to_owned());
    let st = state();
    // SAFETY: (1) `st` points at the process-lifetime State; ONE_AT_A_TIME
    // is held, so nothing else touches it or the shim's globals. (2) Request, WireItem and RunResult are the #[repr(C)] mirrors of
    // gcstress.h's structs (size-checked in gcstress-vm), and InProc mirrors
    // shim.h's struct gcs_inproc; the shim keeps these pointers until the
    // next gcs_reset, and the State outlives every run. (3) The VM is used
    // only between vm::open and vm::close, and only if the open succeeded;
    // `program` and `fname` outlive vm::eval (the prelude likewise). (4)
    // gcs_release runs after the VM is closed, when no VM refers to the
    // shim's tables any more.
    unsafe {
        let st = &mut *st;
        st.result = fresh_result();
        st.request = req;
        let item = std::mem::size_of::<WireItem>();
        let base = std::mem::size_of::<Request>();
        for (i, slot) in st.items.iter_mut().enumerate().take(nitems) {
            *slot = bytemuck::pod_read_unaligned(&wire[base + i * item..base + (i + 1) * item]);
        }
        st.inproc = ffi::InProc {
            on_finding: s.on_finding,
            ..ffi::InProc::default()
        };
        ffi::gcs_inproc = &mut st.inproc;

        #[cfg(gcstress_artichoke)]
        if let Some(ran) = zygote::run(st, program, &fname, s) {
            return ran;
        }
        let mrb = set_up(st, s);
        if mrb.is_null() {
            st.result.end = end::SETUP;
        } else {
            run_program(st, mrb, program, &fname);
            vm::close(mrb);
        }
        ffi::gcs_release();
        ffi::gcs_inproc = std::ptr::null_mut();
        Ran {
            result: Box::new(st.result),
            inproc: st.inproc,
            crashed: None,
        }
    }
}

fn fresh_result() -> RunResult {
    let mut r = RunResult::zeroed();
    r.magic = protocol::RES_MAGIC;
    r.version = protocol::PROTO_VERSION;
    r
}

/// Open a VM and set it up (the `GCStress` module, the prelude); null if it
/// could not be opened.
///
/// # Safety
/// The caller holds ONE_AT_A_TIME; `st` is the State the shim points at.
unsafe fn set_up(st: &mut State, s: &Settings) -> *mut ffi::MrbState {
    // SAFETY: the caller's contract: one run at a time, the shim's pointers
    // into `st` are set; the prelude string outlives its eval.
    unsafe {
        let mrb = vm::open();
        if mrb.is_null() {
            return mrb;
        }
        if s.gcstress_module {
            ffi::gcs_define_module(mrb);
        }
        if let Some(p) = s.prelude {
            st.quiet = Request::zeroed();
            st.quiet.gen = -1;
            st.quiet.step_ratio = -1;
            st.quiet.interval_ratio = -1;
            ffi::gcs_reset(&mut st.result, &st.quiet, st.items.as_ptr());
            vm::eval(mrb, p.as_bytes(), c"prelude.rb");
        }
        mrb
    }
}

/// Run the program on a set-up VM under the request in `st`.
///
/// # Safety
/// As [`set_up`]; `mrb` is a live VM from it.
unsafe fn run_program(st: &mut State, mrb: *mut ffi::MrbState, program: &[u8], fname: &CString) {
    // SAFETY: the caller's contract; `program` and `fname` outlive the eval.
    unsafe {
        vm::ready(mrb);
        // what the set-up left (Artichoke's liveness checks count from its open)
        st.result = fresh_result();
        ffi::gcs_reset(&mut st.result, &st.request, st.items.as_ptr());
        if ffi::gcs_setup(mrb) != 0 {
            st.result.end = end::SETUP;
        } else {
            vm::eval(mrb, program, fname);
        }
    }
}

/// Each input in a forked copy of one set-up VM (Artichoke only: opening it
/// is what costs, about 100 ms with the fuzzing instrumentation, against a
/// few ms for the fork). The result page is shared already; the child copies
/// the binary's SanitizerCoverage counters into a shared buffer and the
/// parent takes them back, so libFuzzer sees the child's edges. A child that
/// crashes has already reported and written its artifact through
/// libFuzzer's own handlers (inherited); the parent then ends the same way.
/// Unless crashes are judged ([`crate::crashed`], the default): then the
/// copy dies quietly and the parent hands back how it ended.
/// `GCSTRESS_FUZZ_FORK=0` opens a VM per input instead.
#[cfg(gcstress_artichoke)]
mod zygote {
    use std::ffi::CString;
    use std::sync::OnceLock;

    use super::{run_program, set_up, Ran, Settings, State};
    use crate::ffi;

    /// The set-up VM and the settings it was set up with.
    struct Template {
        mrb: usize,
        gcstress_module: bool,
        prelude: Option<usize>,
    }

    /// The coverage counters and their shared copy (addresses as usize: set once).
    struct Counters {
        lo: usize,
        len: usize,
        shared: usize,
    }

    static TEMPLATE: OnceLock<Option<Template>> = OnceLock::new();
    static COUNTERS: OnceLock<Counters> = OnceLock::new();

    fn enabled() -> bool {
        std::env::var("GCSTRESS_FUZZ_FORK").map_or(true, |v| v != "0")
    }

    fn counters() -> &'static Counters {
        COUNTERS.get_or_init(|| {
            let (mut lo, mut hi) = (std::ptr::null_mut(), std::ptr::null_mut());
            // SAFETY: writes the two section bounds (null if absent).
            unsafe { ffi::gcs_coverage_counters(&mut lo, &mut hi) };
            let len = (hi as usize).saturating_sub(lo as usize);
            if len == 0 {
                return Counters {
                    lo: 0,
                    len: 0,
                    shared: 0,
                };
            }
            // SAFETY: an anonymous shared mapping of `len` bytes, checked.
            let m = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_SHARED | libc::MAP_ANONYMOUS,
                    -1,
                    0,
                )
            };
            if m == libc::MAP_FAILED {
                eprintln!("gcstress fuzz: cannot map the coverage buffer");
                std::process::abort();
            }
            Counters {
                lo: lo as usize,
                len,
                shared: m as usize,
            }
        })
    }

    /// Run in a forked copy of the template; `None`: not this way (disabled,
    /// or other settings than the template's).
    ///
    /// # Safety
    /// As `super::run`'s block: ONE_AT_A_TIME held, `st` prepared for this run.
    pub unsafe fn run(
        st: &mut State,
        program: &[u8],
        fname: &CString,
        s: &Settings,
    ) -> Option<Ran> {
        if !enabled() {
            return None;
        }
        let prelude = s.prelude.map(|p| p.as_ptr() as usize);
        let t = TEMPLATE.get_or_init(|| {
            // SAFETY: the caller's contract; the VM stays open for the
            // process's life (children use copies of it).
            let mrb = unsafe { set_up(st, s) };
            (!mrb.is_null()).then_some(Template {
                mrb: mrb as usize,
                gcstress_module: s.gcstress_module,
                prelude,
            })
        });
        let Some(t) = t else {
            st.result.end = gcstress_vm::protocol::end::SETUP;
            return Some(Ran {
                result: Box::new(st.result),
                inproc: st.inproc,
                crashed: None,
            });
        };
        if t.gcstress_module != s.gcstress_module || t.prelude != prelude {
            return None;
        }
        let cov = counters();
        let judged = crate::crashed::enabled();
        // SAFETY: fork in a single-threaded libFuzzer process (the caller
        // holds ONE_AT_A_TIME; tests that run targets on threads set
        // GCSTRESS_FUZZ_FORK=0). The child only runs the program on its copy
        // of the template, copies counters and _exits (its signal actions
        // reset to the defaults first when crashes are judged: sigaction
        // only); the counter ranges are the binary's section and the
        // mapping made above.
        unsafe {
            let pid = libc::fork();
            if pid < 0 {
                return None;
            }
            if pid == 0 {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                if judged {
                    ffi::gcs_fuzz_child_dies_quietly();
                }
                run_program(st, t.mrb as *mut ffi::MrbState, program, fname);
                if cov.len > 0 {
                    std::ptr::copy_nonoverlapping(
                        cov.lo as *const u8,
                        cov.shared as *mut u8,
                        cov.len,
                    );
                }
                libc::_exit(0);
            }
            let mut status = 0;
            while libc::waitpid(pid, &mut status, 0) < 0 {
                if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
                    eprintln!(
                        "gcstress fuzz: lost the forked VM: {}",
                        std::io::Error::last_os_error()
                    );
                    std::process::abort();
                }
            }
            if libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0 {
                if cov.len > 0 {
                    std::ptr::copy_nonoverlapping(
                        cov.shared as *const u8,
                        cov.lo as *mut u8,
                        cov.len,
                    );
                }
                ffi::gcs_inproc = std::ptr::null_mut();
                return Some(Ran {
                    result: Box::new(st.result),
                    inproc: st.inproc,
                    crashed: None,
                });
            }
            if judged {
                ffi::gcs_inproc = std::ptr::null_mut();
                let how = if libc::WIFSIGNALED(status) {
                    crate::crashed::signal_name(libc::WTERMSIG(status))
                } else if libc::WEXITSTATUS(status) == ffi::gcs_fuzz_sanitizer_exit() {
                    "a sanitizer report".to_string()
                } else {
                    format!("exit {}", libc::WEXITSTATUS(status))
                };
                return Some(Ran {
                    result: Box::new(st.result),
                    inproc: st.inproc,
                    crashed: Some(how),
                });
            }
            if libc::WIFEXITED(status) {
                // libFuzzer's handlers in the child reported and wrote the artifact
                libc::_exit(libc::WEXITSTATUS(status));
            }
            eprintln!(
                "gcstress fuzz: the forked VM was killed by signal {} while running this input",
                libc::WTERMSIG(status)
            );
            std::process::abort();
        }
    }
}
