//! gcstress's worker for Artichoke.
//!
//! ```text
//! gcstress-artichoke-worker --server            fork server (vm/shim/server.c)
//! gcstress-artichoke-worker --raw-bench N FILE  N times: interpreter() + eval + close
//! ```
//!
//! The fork server is the same C code the mruby workers run. What differs is
//! how the VM is opened and how a program runs: through Artichoke's own API,
//! the way an Artichoke embedder's code does it (`artichoke_backend::interpreter()`,
//! `push_context`, `eval`), so programs exercise Artichoke's Rust core classes
//! on its vendored mruby.
//!
//! - The VM runs on the shim's allocator: the worker is linked with
//!   `--wrap=mrb_default_allocf`, the allocator Artichoke opens mruby with.
//! - Generational GC is switched **on** when the VM opens
//!   (`GC.generational_mode = true`); the schedule item `gen=off` restores
//!   Artichoke's shipping configuration for a run.
//! - Artichoke's liveness check (`mrb_sys_value_is_dead`, behind its "Value
//!   receiver for function call is dead" `fatal`) is wrapped by the shim,
//!   which records the first "dead" answer with the slot's state.
//! - A Rust panic is recorded in the result, printed, and aborts on the spot,
//!   so the crash handler's frames start where the panic happened.

mod ffi;

use std::borrow::Cow;
use std::ffi::{c_char, CStr, CString, OsString};
use std::io::Write;
use std::mem::size_of;
use std::process::ExitCode;
use std::time::Instant;

use artichoke_backend::prelude::{Eval, Parser, RubyException};
use artichoke_backend::state::parser::Context;
use artichoke_backend::sys::{mrb_state, mrb_value};
use artichoke_backend::Artichoke;

fn vm_version() -> String {
    format!(
        "artichoke {} {} mruby {}.{}.{}",
        env!("GCS_ARTICHOKE_VERSION"),
        env!("GCS_ARTICHOKE_REV"),
        artichoke_backend::sys::MRUBY_RELEASE_MAJOR,
        artichoke_backend::sys::MRUBY_RELEASE_MINOR,
        artichoke_backend::sys::MRUBY_RELEASE_TEENY
    )
}

/// The shim and artichoke-backend's bindings must see the same structs.
fn check_layout() -> Result<(), String> {
    // SAFETY: both functions only return a compile-time constant.
    let (c_state, c_value) = unsafe { (ffi::gcs_sizeof_mrb_state(), ffi::gcs_sizeof_mrb_value()) };
    if c_state != size_of::<mrb_state>() || c_value != size_of::<mrb_value>() {
        return Err(format!(
            "the shim was compiled with other mruby settings than artichoke-backend \
             (sizeof mrb_state {c_state} vs {}, mrb_value {c_value} vs {}; defines: {})",
            size_of::<mrb_state>(),
            size_of::<mrb_value>(),
            env!("GCS_MRUBY_DEFINES")
        ));
    }
    Ok(())
}

/// Every panic: mark the run, print the message (the default hook), abort
/// right here so the crash handler sees the panicking frames.
fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // SAFETY: gcs_note_panic only writes a flag into the shim's result page
        // when one is set up (it checks), and touches nothing else.
        unsafe { ffi::gcs_note_panic() };
        default(info);
        let _ = std::io::stderr().flush();
        std::process::abort();
    }));
}

/// Open Artichoke once for the fork server.
unsafe extern "C" fn open_vm() -> *mut mrb_state {
    let mut interp = match artichoke_backend::interpreter() {
        Ok(interp) => interp,
        Err(e) => {
            eprintln!("gcstress worker: cannot open Artichoke: {}", e.name());
            return std::ptr::null_mut();
        }
    };
    // This VM's default: generational GC on (Artichoke ships with it off).
    if let Err(e) = interp.eval(b"GC.generational_mode = true") {
        eprintln!(
            "gcstress worker: cannot switch generational GC on: {}: {}",
            e.name(),
            String::from_utf8_lossy(&e.message())
        );
        interp.close();
        return std::ptr::null_mut();
    }
    // SAFETY: into_raw moves Artichoke's State into mrb->ud, the state every
    // FFI entry into the VM expects; the VM lives for the rest of the process
    // (each program runs in a fork of it), so it is never closed.
    unsafe { Artichoke::into_raw(interp) }
}

fn bytes_of_error(e: &artichoke_backend::Error) -> (Cow<'_, str>, Cow<'_, [u8]>) {
    (e.name(), e.message())
}

/// Run one program, in the fork server's child.
unsafe extern "C" fn eval_program(
    mrb: *mut mrb_state,
    code: *const c_char,
    len: usize,
    filename: *const c_char,
) {
    // SAFETY: the fork server passes the program buffer it read (len bytes,
    // NUL-terminated, alive until the child exits) and a NUL-terminated name.
    let (program, name) = unsafe {
        (
            std::slice::from_raw_parts(code.cast::<u8>(), len),
            CStr::from_ptr(filename),
        )
    };
    // Syntax errors are reported with line and column, like on mruby VMs
    // (Artichoke's eval turns them into a bare SyntaxError).
    // SAFETY: mrb is the live VM opened by open_vm; code/len and filename as above.
    if unsafe { ffi::gcs_check_syntax(mrb, code, len, filename) } != 0 {
        return;
    }
    // SAFETY: mrb->ud holds the State that open_vm's into_raw put there, and
    // nothing else holds it: from_user_data takes it back out.
    let mut interp = match unsafe { artichoke_backend::ffi::from_user_data(mrb) } {
        Ok(interp) => interp,
        Err(_) => {
            let what = b"gcstress: the Artichoke interpreter state is missing";
            // SAFETY: plain byte buffers with their lengths.
            unsafe {
                ffi::gcs_set_exception(c"fatal".as_ptr(), 5, what.as_ptr().cast(), what.len())
            };
            return;
        }
    };
    if let Some(ctx) = Context::new(name.to_bytes().to_vec()) {
        let _ = interp.push_context(ctx);
    }
    // SAFETY: the VM is live; counting starts with the program.
    unsafe { ffi::gcs_begin(mrb) };
    let result = interp.eval(program);
    // SAFETY: no arguments; stops counting before the harness inspects anything.
    unsafe { ffi::gcs_stop() };
    if let Err(e) = &result {
        let (class, message) = bytes_of_error(e);
        // SAFETY: byte buffers with their lengths, alive for the call.
        unsafe {
            ffi::gcs_set_exception(
                class.as_ptr().cast(),
                class.len(),
                message.as_ptr().cast(),
                message.len(),
            )
        };
    }
    drop(result);
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    let _ = interp.pop_context();
    // SAFETY: put the State back into mrb->ud (the shim may call into the VM,
    // which may call Rust), then let the shim read the end-of-run counters.
    unsafe {
        let mrb = Artichoke::into_raw(interp);
        ffi::gcs_finish(mrb);
    }
}

fn raw_bench(n: u64, path: &OsString) -> Result<(), String> {
    let program =
        std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.to_string_lossy()))?;
    let start = Instant::now();
    for _ in 0..n {
        let mut interp = artichoke_backend::interpreter()
            .map_err(|e| format!("cannot open Artichoke: {}", e.name()))?;
        let _ = interp.eval(&program);
        interp.close();
    }
    println!("{n} {}", start.elapsed().as_nanos());
    Ok(())
}

fn main() -> ExitCode {
    install_panic_hook();
    if let Err(e) = check_layout() {
        eprintln!("gcstress worker: {e}");
        return ExitCode::from(1);
    }
    let args: Vec<OsString> = std::env::args_os().collect();
    match args.get(1).and_then(|a| a.to_str()) {
        Some("--server") => {
            let version = CString::new(vm_version()).unwrap_or_default();
            // SAFETY: open_vm/eval_program follow the contract in shim.h;
            // version is a NUL-terminated string that outlives the call.
            let rc = unsafe {
                ffi::gcs_server_main(
                    open_vm,
                    eval_program,
                    ffi::W_ARTICHOKE | ffi::W_NO_GENERATIONAL,
                    version.as_ptr(),
                )
            };
            ExitCode::from(u8::try_from(rc).unwrap_or(1))
        }
        Some("--raw-bench") if args.len() >= 4 => {
            let n = args[2].to_str().and_then(|s| s.parse::<u64>().ok());
            match n.map(|n| raw_bench(n, &args[3])) {
                Some(Ok(())) => ExitCode::SUCCESS,
                Some(Err(e)) => {
                    eprintln!("gcstress worker: {e}");
                    ExitCode::from(2)
                }
                None => {
                    eprintln!(
                        "gcstress worker: --raw-bench takes a count, not {}",
                        args[2].to_string_lossy()
                    );
                    ExitCode::from(2)
                }
            }
        }
        Some("--version") => {
            println!("{}", vm_version());
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!(
                "usage: {} --server | --raw-bench N FILE | --version\n(started by gcstress; not meant to be run by hand)",
                args.first().map(|a| a.to_string_lossy()).unwrap_or_default()
            );
            ExitCode::from(2)
        }
    }
}
