/*
 * shim.h -- what shim.c offers to a worker's main (C for mruby, Rust for
 * Artichoke). Needs <mruby.h> first.
 */
#ifndef GCSTRESS_SHIM_H
#define GCSTRESS_SHIM_H

#include <stddef.h>
#include "gcstress.h"

/* The allocator to give mrb_open_allocf. */
void *gcs_allocf(mrb_state *mrb, void *p, size_t size, void *ud);
/* Scribble the blocks the VM frees (on unless GCSTRESS_SCRIBBLE=0). */
extern int gcs_scribble;
/* Freed heap slots held back from reuse under --verify (GCSTRESS_QUARANTINE=0: off). */
extern int gcs_quarantine;
/* Define the Ruby module GCStress (minor, full, step, mark, stats). */
void gcs_define_module(mrb_state *mrb);
/* Load the unwinder (backtrace) now; the fork server calls it before forking. */
void gcs_warm_unwinder(void);
/* Built with AddressSanitizer? */
int gcs_is_asan(void);
/* Install SIGSEGV/SIGABRT/... handlers that write frames into the result. */
void gcs_install_crash_handlers(void);
/* Point the shim at this run's request and shared result. */
void gcs_reset(struct gcs_result *res, const struct gcs_request *req, const struct gcs_item *items);
/* Apply the request's VM settings (gen mode, pacing knobs). 0 on success. */
int gcs_setup(mrb_state *mrb);
/* Nil the VM stack above the top frame's self (after the server's set-up). */
void gcs_clear_stack(mrb_state *mrb);
/* Start counting and scheduling (call right before the program starts). */
void gcs_begin(mrb_state *mrb);
/* Stop, take a pending exception, fill in end-of-run counters. */
void gcs_finish(mrb_state *mrb);
/* Parse and run a program on a plain mruby VM (begin + finish included). */
void gcs_eval_mruby(mrb_state *mrb, const char *code, size_t len, const char *filename);

/* For a host that runs programs through its own eval API (Artichoke):
 *   gcs_check_syntax  parse only (not counted, nothing runs); on a syntax error
 *                     record it (line, column, message) and return -1;
 *   gcs_stop          stop counting and scheduling (the program is over);
 *   gcs_set_exception record the uncaught exception the host's eval returned;
 *   gcs_note_panic    the host is panicking (called from its panic hook);
 *   gcs_sizeof_*      layouts as this shim was compiled, for the host to
 *                     check against its own bindings. */
int gcs_check_syntax(mrb_state *mrb, const char *code, size_t len, const char *filename);
void gcs_stop(void);
void gcs_set_exception(const char *cls, size_t cls_len, const char *msg, size_t msg_len);
void gcs_note_panic(void);
size_t gcs_sizeof_mrb_state(void);
size_t gcs_sizeof_mrb_value(void);

/* The event log (GCS_F_RECORD): the area the fork server maps (shared, so
 * a crash loses nothing), its size for a ring of `last` events (0: the
 * default capacity), and the parts to send after the run (header, names,
 * events oldest first; returns the total). gcs_stopped_at is where
 * `stop_at_event` lands (a gdb breakpoint). */
size_t gcs_record_area_size(uint32_t last);
void gcs_record_area(void *area, size_t size, uint32_t last);
size_t gcs_record_collect(void *area, const void **parts, size_t *lens);
void gcs_stopped_at(uint64_t event);
void gcs_record_one_shot(void); /* gcs_stopped_at returns instead of raising SIGTRAP */
/* For in-process hosts (the cargo-fuzz targets in fuzz/), which run many
 * programs in one process instead of one fork each. NULL in workers.
 *   on_finding  the verifier found something: called where a worker's child
 *               would end; must not return (the fuzz target aborts);
 *   counters    barrier calls that had work to do, as the VM's own barrier
 *               checks it (black parent, white child), by GC state; the most
 *               such calls between two GCs (the remembered set a GC sees).
 * Such barrier calls are also counted in the result's edges under the hook
 * ids below, so the host sees which VM function made them.
 * gcs_release  frees the slot/block history the shim keeps (a forked child
 *              just exits); call it after closing each VM. */
#define GCS_HOOK_INPROC_OLD_YOUNG 4     /* field barrier, ROOT: an old->young store */
#define GCS_HOOK_INPROC_FIELD_WB_MARK 5 /* field barrier into a scanned object while marking */
#define GCS_HOOK_INPROC_OLD_WB 6        /* mrb_write_barrier on an old object, ROOT */
#define GCS_HOOK_INPROC_WB_MARK 7       /* mrb_write_barrier on a scanned object while marking */
struct gcs_inproc {
  void (*on_finding)(void);
  uint64_t old_young_wb;
  uint64_t field_wb_marking;
  uint64_t old_wb;
  uint64_t wb_marking;
  uint64_t barrier_noop;
  uint64_t remembered_max;
  uint64_t rs_cur, rs_gc; /* the shim's own bookkeeping */
};
extern struct gcs_inproc *gcs_inproc;
void gcs_release(void);

/* GC primitives; each returns what actually ran. */
const char *gcs_minor(mrb_state *mrb);
const char *gcs_full(mrb_state *mrb);
const char *gcs_step(mrb_state *mrb);
const char *gcs_mark(mrb_state *mrb);

/* The fork server. `open` makes a fresh VM that uses gcs_allocf (called once;
 * every program runs in a fork of that VM); `eval` runs one program and must
 * call gcs_begin/gcs_finish (gcs_eval_mruby does). */
typedef mrb_state *(*gcs_open_fn)(void);
typedef void (*gcs_eval_fn)(mrb_state *mrb, const char *code, size_t len, const char *filename);
int gcs_server_main(gcs_open_fn open, gcs_eval_fn eval, uint32_t worker_flags, const char *vm_version);
/* One program from a request file (the wire format), run in this process
 * without forking, output to the terminal: `gcstress replay --gdb`. */
int gcs_run_file(gcs_open_fn open, gcs_eval_fn eval, const char *path);

#endif
