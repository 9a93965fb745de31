//! The shim's C API (`vm/shim/shim.h`) and the two mruby calls the fuzz
//! targets make on an mruby VM. Raw declarations only; `inproc.rs` (and, for
//! Artichoke, `artichoke.rs`) wraps them.
//!
//! The request and result types are `gcstress_vm::protocol`'s, which mirror
//! `gcstress.h` field for field (`protocol::tests::sizes_match_the_c_header`,
//! and every worker's hello, check the sizes against the C compiler).

use std::ffi::{c_char, c_int, c_void};

use gcstress_vm::protocol::{Request, RunResult, WireItem};

/// `mrb_state`, never looked into from Rust.
#[repr(C)]
pub struct MrbState {
    _opaque: [u8; 0],
}

/// `mrb_allocf`.
pub type AllocF =
    unsafe extern "C" fn(*mut MrbState, *mut c_void, usize, *mut c_void) -> *mut c_void;

/// `struct gcs_inproc` (shim.h): what an in-process host hands the shim.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct InProc {
    /// Called on a verifier finding where a worker's child would end; must not return.
    pub on_finding: Option<unsafe extern "C" fn()>,
    /// Field barriers with work while the collector is at ROOT: old→young stores.
    pub old_young_wb: u64,
    /// Field barriers with work while a major cycle is marking.
    pub field_wb_marking: u64,
    /// `mrb_write_barrier` on an old object at ROOT: it joins the remembered set.
    pub old_wb: u64,
    /// `mrb_write_barrier` on a scanned object while marking.
    pub wb_marking: u64,
    /// Barrier calls with nothing to do.
    pub barrier_noop: u64,
    /// Most barriers with work between two GCs (the remembered set a GC sees).
    pub remembered_max: u64,
    pub rs_cur: u64,
    pub rs_gc: u64,
}

/// Edge hook ids the shim uses only in process (shim.h `GCS_HOOK_INPROC_*`).
pub const HOOK_INPROC_FIRST: u32 = 4;

/// `gcs_hello.flags` (gcstress.h): built with `MRB_GC_TURN_OFF_GENERATIONAL`.
#[cfg(gcstress_artichoke)]
pub const W_NO_GENERATIONAL: u32 = 4;
/// `gcs_hello.flags`: the VM is Artichoke.
#[cfg(gcstress_artichoke)]
pub const W_ARTICHOKE: u32 = 8;

extern "C" {
    pub fn mrb_open_allocf(f: AllocF, ud: *mut c_void) -> *mut MrbState;
    pub fn mrb_close(mrb: *mut MrbState);

    pub fn gcs_allocf(
        mrb: *mut MrbState,
        p: *mut c_void,
        size: usize,
        ud: *mut c_void,
    ) -> *mut c_void;
    pub fn gcs_define_module(mrb: *mut MrbState);
    pub fn gcs_reset(res: *mut RunResult, req: *const Request, items: *const WireItem);
    pub fn gcs_setup(mrb: *mut MrbState) -> c_int;
    pub fn gcs_eval_mruby(
        mrb: *mut MrbState,
        code: *const c_char,
        len: usize,
        filename: *const c_char,
    );
    pub fn gcs_release();
    pub fn gcs_clear_stack(mrb: *mut MrbState);

    // for a host that runs programs through its own eval API (Artichoke)
    pub fn gcs_check_syntax(
        mrb: *mut MrbState,
        code: *const c_char,
        len: usize,
        filename: *const c_char,
    ) -> c_int;
    pub fn gcs_begin(mrb: *mut MrbState);
    pub fn gcs_stop();
    pub fn gcs_set_exception(
        cls: *const c_char,
        cls_len: usize,
        msg: *const c_char,
        msg_len: usize,
    );
    pub fn gcs_finish(mrb: *mut MrbState);
    pub fn gcs_note_panic();
    pub fn gcs_sizeof_mrb_state() -> usize;
    pub fn gcs_sizeof_mrb_value() -> usize;
    pub fn gcs_coverage_counters(lo: *mut *mut u8, hi: *mut *mut u8);

    /// The fork server (`server.c`; Artichoke builds only: `--server`).
    #[cfg(gcstress_artichoke)]
    pub fn gcs_server_main(
        open: unsafe extern "C" fn() -> *mut MrbState,
        eval: unsafe extern "C" fn(*mut MrbState, *const c_char, usize, *const c_char),
        worker_flags: u32,
        vm_version: *const c_char,
    ) -> c_int;

    // fuzz/src/child.c
    /// In a forked copy: a crash ends it quietly (default signal actions, a
    /// sanitizer report exits with [`gcs_fuzz_sanitizer_exit`]).
    pub fn gcs_fuzz_child_dies_quietly();
    pub fn gcs_fuzz_sanitizer_exit() -> c_int;

    pub static mut gcs_inproc: *mut InProc;
}
