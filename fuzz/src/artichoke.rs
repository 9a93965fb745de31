//! Artichoke in process (`GCSTRESS_VM=artichoke`; `build.rs` sets
//! `--cfg gcstress_artichoke` and hands rustc the rlibs of artichoke-backend
//! built with this build's flags): the steps of the Artichoke worker
//! (`backends/artichoke/src/main.rs`), one VM per input.
//!
//! - open: `artichoke_backend::interpreter()` — on the shim's allocator,
//!   since the binary is linked with `--wrap=mrb_default_allocf` — then
//!   `GC.generational_mode = true`, the worker's default for this VM (the
//!   schedule item `gen=off` restores Artichoke's shipping configuration);
//! - ready: nil the VM stack above the top frame, as the fork server does
//!   after its set-up;
//! - eval: syntax check through the shim (line and column, as on mruby),
//!   then Artichoke's own `eval` in a parser context named after the file,
//!   between `gcs_begin` and `gcs_finish`; an error becomes the run's exception;
//! - close: `Artichoke::close`.
//!
//! The same steps as the worker, so an artifact replays with
//! `gcstress exec ARTIFACT --vm artichoke`.

extern crate artichoke_backend;

use std::borrow::Cow;
use std::ffi::{c_char, CStr, CString};
use std::io::Write;
use std::mem::size_of;

use artichoke_backend::prelude::{Eval, Parser, RubyException};
use artichoke_backend::state::parser::Context;
use artichoke_backend::sys::{mrb_state, mrb_value};
use artichoke_backend::Artichoke;

use crate::ffi::{self, MrbState};

/// The shim and artichoke-backend's bindings must see the same structs; `None` if they do.
pub fn layout_mismatch() -> Option<String> {
    // SAFETY: both functions only return a compile-time constant.
    let (c_state, c_value) = unsafe { (ffi::gcs_sizeof_mrb_state(), ffi::gcs_sizeof_mrb_value()) };
    (c_state != size_of::<mrb_state>() || c_value != size_of::<mrb_value>()).then(|| {
        format!(
            "the shim was compiled with other mruby settings than artichoke-backend \
             (sizeof mrb_state {c_state} vs {}, mrb_value {c_value} vs {})",
            size_of::<mrb_state>(),
            size_of::<mrb_value>(),
        )
    })
}

/// A fresh Artichoke with generational GC on (null if it could not be opened).
///
/// # Safety
/// The shim's state must be this caller's (one run at a time).
pub unsafe fn open() -> *mut MrbState {
    let mut interp = match artichoke_backend::interpreter() {
        Ok(interp) => interp,
        Err(e) => {
            eprintln!("gcstress fuzz: cannot open Artichoke: {}", e.name());
            return std::ptr::null_mut();
        }
    };
    if let Err(e) = interp.eval(b"GC.generational_mode = true") {
        eprintln!(
            "gcstress fuzz: cannot switch generational GC on: {}: {}",
            e.name(),
            String::from_utf8_lossy(&e.message())
        );
        interp.close();
        return std::ptr::null_mut();
    }
    // SAFETY: into_raw moves Artichoke's State into mrb->ud, where every FFI
    // entry into the VM (and from_user_data below) expects it; the VM lives
    // until `close`.
    unsafe { Artichoke::into_raw(interp).cast() }
}

/// After the set-up: nil the stack above the top frame (the fork server's
/// `gcs_clear_stack`: Artichoke's evals keep top-level locals).
///
/// # Safety
/// `mrb` is a live VM from [`open`].
pub unsafe fn ready(mrb: *mut MrbState) {
    // SAFETY: the caller's contract; the call only writes nil into the VM's stack.
    unsafe { ffi::gcs_clear_stack(mrb) }
}

fn bytes_of_error(e: &artichoke_backend::Error) -> (Cow<'_, str>, Cow<'_, [u8]>) {
    (e.name(), e.message())
}

/// Run `code` through Artichoke's eval, as the worker's `eval_program` does.
///
/// # Safety
/// `mrb` is a live VM from [`open`] whose user data holds its State (as
/// `open` and this function leave it); the shim has been reset for this run.
pub unsafe fn eval(mrb: *mut MrbState, code: &[u8], filename: &CStr) {
    // SAFETY: mrb is live; code/len and filename outlive the call.
    if unsafe { ffi::gcs_check_syntax(mrb, code.as_ptr().cast(), code.len(), filename.as_ptr()) }
        != 0
    {
        return;
    }
    // SAFETY: mrb->ud holds the State that open's (or the last eval's)
    // into_raw put there, and nothing else holds it.
    let mut interp = match unsafe { artichoke_backend::ffi::from_user_data(mrb.cast()) } {
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
    if let Some(ctx) = Context::new(filename.to_bytes().to_vec()) {
        let _ = interp.push_context(ctx);
    }
    // SAFETY: the VM is live; counting starts with the program.
    unsafe { ffi::gcs_begin(mrb) };
    let result = interp.eval(code);
    // SAFETY: no arguments; stops counting.
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
    let _ = interp.pop_context();
    // SAFETY: put the State back into mrb->ud (the shim may call into the
    // VM, which may call Rust), then let the shim read the end-of-run counters.
    unsafe {
        let mrb = Artichoke::into_raw(interp);
        ffi::gcs_finish(mrb.cast());
    }
}

/// Close the VM.
///
/// # Safety
/// `mrb` is a live VM from [`open`] whose user data holds its State; it is
/// not used afterwards.
pub unsafe fn close(mrb: *mut MrbState) {
    // SAFETY: the caller's contract: the State is in mrb->ud.
    match unsafe { artichoke_backend::ffi::from_user_data(mrb.cast()) } {
        Ok(interp) => interp.close(),
        Err(_) => eprintln!("gcstress fuzz: the Artichoke interpreter state is missing at close"),
    }
}

/// `gc_alias --server` (or `raw_bytes --server`): this binary as the VM's
/// out-of-process worker, the fork server `gcstress exec` talks to, with the
/// fuzz build's Artichoke (ASan, coverage) in it. [`crate::crashed`] judges
/// crashes on it: a heap-buffer-overflow that only ASan sees does not crash
/// the stock worker. Called from `init`, before libFuzzer has set anything
/// up; does not return.
pub fn serve() -> ! {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // SAFETY: only writes a flag into the shim's result page when one is set up.
        unsafe { ffi::gcs_note_panic() };
        default(info);
        let _ = std::io::stderr().flush();
        std::process::abort();
    }));
    let version = CString::new(format!(
        "artichoke (gcstress fuzz build) mruby {}.{}.{}",
        artichoke_backend::sys::MRUBY_RELEASE_MAJOR,
        artichoke_backend::sys::MRUBY_RELEASE_MINOR,
        artichoke_backend::sys::MRUBY_RELEASE_TEENY
    ))
    .unwrap_or_default();
    // SAFETY: the callbacks follow shim.h's contract (open once; eval in the
    // fork server's child with the buffers it owns); the version string
    // outlives the call, which only returns when the harness hangs up.
    let rc = unsafe {
        ffi::gcs_server_main(
            server_open,
            server_eval,
            ffi::W_ARTICHOKE | ffi::W_NO_GENERATIONAL,
            version.as_ptr(),
        )
    };
    std::process::exit(rc)
}

unsafe extern "C" fn server_open() -> *mut MrbState {
    // SAFETY: the fork server opens one VM, before any program runs.
    unsafe { open() }
}

unsafe extern "C" fn server_eval(
    mrb: *mut MrbState,
    code: *const c_char,
    len: usize,
    filename: *const c_char,
) {
    // SAFETY: the fork server passes the program it read (len bytes, alive
    // until the child exits), a NUL-terminated name and the VM from server_open.
    unsafe {
        let program = std::slice::from_raw_parts(code.cast::<u8>(), len);
        eval(mrb, program, CStr::from_ptr(filename));
    }
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
}
