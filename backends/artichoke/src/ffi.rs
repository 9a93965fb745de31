//! The C shim's functions (`vm/shim/shim.h`), as the worker calls them.
//!
//! The shim is compiled by build.rs against Artichoke's own mruby headers and
//! defines, so `mrb_state` here is artichoke-backend's bindgen type for the
//! very struct the shim sees; `main` checks the two sizes agree at start-up.

use std::ffi::c_char;

use artichoke_backend::sys::mrb_state;

/// Makes a fresh VM that uses the shim's allocator (called once; every
/// program runs in a fork of it).
pub type OpenFn = unsafe extern "C" fn() -> *mut mrb_state;
/// Runs one program; must call `gcs_begin` and `gcs_finish`.
pub type EvalFn = unsafe extern "C" fn(*mut mrb_state, *const c_char, usize, *const c_char);

/// `gcs_hello.flags`: built with `MRB_GC_TURN_OFF_GENERATIONAL`.
pub const W_NO_GENERATIONAL: u32 = 4;
/// `gcs_hello.flags`: the VM is Artichoke.
pub const W_ARTICHOKE: u32 = 8;

extern "C" {
    /// The fork server: reads requests on fd 0, answers on fd 1, forever.
    pub fn gcs_server_main(
        open: OpenFn,
        eval: EvalFn,
        worker_flags: u32,
        vm_version: *const c_char,
    ) -> i32;
    /// Parse only, outside the count; on a syntax error record it and return -1.
    pub fn gcs_check_syntax(
        mrb: *mut mrb_state,
        code: *const c_char,
        len: usize,
        filename: *const c_char,
    ) -> i32;
    /// Start counting and scheduling.
    pub fn gcs_begin(mrb: *mut mrb_state);
    /// Stop counting and scheduling.
    pub fn gcs_stop();
    /// Record the uncaught exception the program ended with.
    pub fn gcs_set_exception(
        cls: *const c_char,
        cls_len: usize,
        msg: *const c_char,
        msg_len: usize,
    );
    /// Fill in the end-of-run counters and the program's end.
    pub fn gcs_finish(mrb: *mut mrb_state);
    /// Mark the run as ended by a host panic.
    pub fn gcs_note_panic();
    /// `sizeof(mrb_state)` as the shim was compiled.
    pub fn gcs_sizeof_mrb_state() -> usize;
    /// `sizeof(mrb_value)` as the shim was compiled.
    pub fn gcs_sizeof_mrb_value() -> usize;
}
