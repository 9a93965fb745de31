/*
 * shim_internal.h -- what the shim's own files share: shim.c (allocator,
 * hooks, GC primitives, the GCStress module, the crash handler, running one
 * program), verifier.c (the heap verifier) and record.c (the event log).
 * Not for workers or hosts: they use shim.h.
 *
 * Like the rest of the shim it is compiled against each VM's own headers and
 * flags, so the layouts below come from the VM; the version and probe macros
 * (GCS_HAVE_*, GCS_COLOR) are defined here once for all three files.
 */
#ifndef GCSTRESS_SHIM_INTERNAL_H
#define GCSTRESS_SHIM_INTERNAL_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <unistd.h>

#include <mruby.h>
#include <mruby/gc.h>
#include <mruby/throw.h>
#include <mruby/version.h>

#include "gcstress.h"
#include "shim.h"

/* mruby 4 renamed the header's colour field, dropped its gray-list link
 * (gray objects sit on a stack in mrb_gc) and replaced mrb_open_allocf with
 * a link-time allocator, mrb_basic_alloc_func. */
/* The worker build probes the VM's headers (vm/src/worker.rs, PROBES) and
 * passes GCS_HAVE_*; builds that do not probe fall back to the version. */
#ifndef GCS_HAVE_GC_COLOR
#define GCS_HAVE_GC_COLOR (MRUBY_RELEASE_MAJOR >= 4)
#endif
#ifndef GCS_HAVE_GRAY_LIST
#define GCS_HAVE_GRAY_LIST (MRUBY_RELEASE_MAJOR < 4)
#endif
/* mruby master (after 4.0.0) replaced the allocation threshold with a debt
 * (gc_debt: each allocation adds one, a GC step pays work back; the VM
 * collects when it is positive), added a re-entrancy flag (collecting: a
 * mark or sweep is on the C stack), an allocation-path switch (auto_step:
 * off when a task scheduler drives the GC, and then mrb_incremental_gc does
 * nothing) with mrb_gc_step, which steps regardless, and allocates procs and
 * envs through mrb_obj_alloc_core, bypassing mrb_obj_alloc. Versions the
 * worker build does not probe have none of these. */
#ifndef GCS_HAVE_GC_DEBT
#define GCS_HAVE_GC_DEBT 0
#endif
#ifndef GCS_HAVE_GC_COLLECTING
#define GCS_HAVE_GC_COLLECTING 0
#endif
#ifndef GCS_HAVE_GC_STEP_API
#define GCS_HAVE_GC_STEP_API 0
#endif
#ifndef GCS_HAVE_OBJ_ALLOC_CORE
#define GCS_HAVE_OBJ_ALLOC_CORE 0
#endif
/* 3.3.0 renamed majorgc_old_threshold to oldgen_threshold. */
#ifndef GCS_HAVE_OLDGEN_THRESHOLD
#define GCS_HAVE_OLDGEN_THRESHOLD \
  (MRUBY_RELEASE_MAJOR > 3 || (MRUBY_RELEASE_MAJOR == 3 && MRUBY_RELEASE_MINOR >= 3))
#endif
#if GCS_HAVE_OLDGEN_THRESHOLD
#define GCS_OLDGEN_THRESHOLD(gc) ((gc)->oldgen_threshold)
#else
#define GCS_OLDGEN_THRESHOLD(gc) ((gc)->majorgc_old_threshold)
#endif

/* One unit of incremental GC, as the VM's allocation path runs it (a whole
 * cycle in a minor GC). Where the VM has mrb_gc_step it is called instead of
 * mrb_incremental_gc: the same step, also while auto_step is off (the loops
 * that drain a cycle would otherwise never end). */
static inline void gcs_incremental_gc(mrb_state *mrb) {
#if GCS_HAVE_GC_STEP_API
  (void)mrb_gc_step(mrb);
#else
  mrb_incremental_gc(mrb);
#endif
}

/* A forced GC must wait while the collector is disabled, iterating
 * (ObjectSpace) or, where the VM says so, already on the C stack (an object
 * allocated from inside a sweep, by a finalizer). */
static inline int gcs_gc_blocked(mrb_state *mrb) {
#if GCS_HAVE_GC_COLLECTING
  if (mrb->gc.collecting) return 1;
#endif
  return mrb->gc.disabled || mrb->gc.iterating;
}

#if GCS_HAVE_GC_COLOR
#define GCS_COLOR(o) ((o)->gc_color)
#else
#define GCS_COLOR(o) ((o)->color)
#endif

/* The colour encoding is the same in every supported version (gc.c). */
#define GCS_WHITES 3
#define GCS_BLACK 4

/* ------------------------------------------------------------------------ */
/* State. One VM per process; the fork server resets this before each run.  */

/* One object that lived in a slot (an append-only log; each entry links to
 * the previous object of the same slot). */
struct incarnation {
  uint64_t seq;       /* allocation number */
  uintptr_t ret;      /* return address of the mrb_obj_alloc call */
  int32_t line;
  int32_t tt;
  uint32_t prev;      /* index + 1 of the previous incarnation in this slot; 0: none */
};

struct slot_info {
  uintptr_t addr;     /* key; 0 = empty */
  uint64_t seq;       /* allocation number of the current object */
  uintptr_t ret;      /* return address of the mrb_obj_alloc call */
  uint64_t last_wb;   /* allocation number at the last barrier on this object */
  uint32_t wb_count;  /* barrier calls with this object as parent */
  int32_t line;
  int32_t tt;
  uint32_t last;      /* index + 1 of this slot's newest incarnation; 0: none */
  /* recording (record.c) */
  uint64_t obj;       /* logical id of the occupant; 0 = free */
  uint32_t slot_id;   /* logical id of the slot (first-seen order) */
  uint8_t named;      /* its description is in the log */
  uint8_t foreign;    /* not a heap slot seen by a walk */
};

struct block_info {
  uintptr_t addr; /* key; 0 = empty, 1 = tombstone */
  size_t size;
  uint64_t seq;   /* allocation order (addresses vary between runs) */
};

/* A value a self-check will look at again (GCStress.keep / GCStress.expect). */
#define GCS_MAX_KEPT 64
struct gcs_kept {
  uint32_t key;
  int32_t tt;         /* its type then */
  uintptr_t addr;     /* its heap slot (0: an immediate) */
  uintptr_t cls;      /* its class then */
  uint64_t seq;       /* its allocation number (slot table; 0: not tracked) */
  uint64_t digest;    /* type, class and contents (gcs_value_digest) */
};

struct gcs_state {
  struct gcs_result *res;      /* shared with the fork server */
  const struct gcs_request *req;
  const struct gcs_item *items;
  mrb_state *mrb;
  int active;                  /* a program is running: count and schedule */
  int in_shim;                 /* the shim itself is allocating: do not schedule */
  int run_depth;               /* inside mrb_top_run: Ruby code runs (mallocs count) */
  int track;                   /* keep slot and block tables (verify/record) */
  int verifying;               /* the verifier's re-mark runs (in place or in its copy) */
  uint64_t bytes;              /* bytes held through the allocator */
  uint64_t mem_limit;
  int malloc_failed;           /* the last allocator call was failed on purpose */
  uint64_t gc_no;              /* GCs seen so far (forced or not) */
  /* snapshot of the collector after the last allocation */
  size_t snap_live, snap_live_after_mark;
  int snap_state;
  /* slot history (only with track) */
  struct slot_info *slots;
  size_t slots_cap, slots_used;
  struct block_info *blocks;
  size_t blocks_cap, blocks_used;
  struct incarnation *incs;
  size_t incs_cap, incs_n;
  int scheduled;               /* the GC being forced comes from the schedule */
  uint64_t scheduled_gcs;      /* forced GCs from the schedule so far */
  uint64_t candidates;         /* GCs the verifier could have checked (not asked for by the program) */
  uint32_t mark_checks;        /* such cycles checked in this run */
  uint64_t vm_gcs;             /* GCs the VM ran by itself (minor, or a major cycle ending) */
  uint32_t vm_checks;          /* such GCs checked in this run */
  struct gcs_kept kept[GCS_MAX_KEPT]; /* values kept for self-checks */
  uint32_t nkept;
};

/* Defined in shim.c. Called S in the shim's C (as it was when all of it was
 * one file); the asm label keeps that one-letter name out of the link, where
 * it shares a namespace with the VM and, in fuzz/, the Rust side. */
extern struct gcs_state S __asm__("gcs_state");

/* ------------------------------------------------------------------------ */
/* shim.c: tables and heap helpers (plain malloc: never through the VM).    */

/* First thing in a forked copy (the verifier's, the dead-value check's):
 * the copy dies quietly (default signal handlers, as the crash handler would
 * write into the shared result; an alarm in 5 s), the shim's hooks know it is
 * verifying (gcs_copy_quiet), and an exception raised in it (its marker, a
 * class name) ends it instead of unwinding into the program's own rescue and
 * running the rest of the program there (and, on the runner, its loop). A
 * macro: the jump lands in the caller's frame, which lives until the copy
 * exits. */
#define GCS_COPY_BEGIN(mrb)                                \
  do {                                                     \
    static struct mrb_jmpbuf gcs_copy_jb;                  \
    if (MRB_SETJMP(gcs_copy_jb.impl) != 0) _exit(0);       \
    (mrb)->jmp = &gcs_copy_jb;                             \
    gcs_copy_quiet();                                      \
  } while (0)
void gcs_copy_quiet(void);

size_t gcs_hash_ptr(uintptr_t p);
/* The slot table entry for addr (created if asked; NULL if there is none, or no memory). */
struct slot_info *gcs_slot_get(uintptr_t addr, int create);
void gcs_slots_grow(void);
/* Fault a fresh table in with one call (MADV_POPULATE_WRITE). */
void gcs_populate(void *p, size_t bytes);
/* mrb_objspace_each_objects without the full GC it runs first. */
void gcs_each_object_quiet(mrb_state *mrb, mrb_each_object_callback *cb, void *data);
/* A type's name as the reports spell it ("RProc", "free slot", ...). */
const char *gcs_tt_name(int tt);
/* The Ruby line running now (best effort, per version); -1 if unknown. */
int32_t gcs_ruby_line(mrb_state *mrb);
/* The VM function whose malloc is being failed (0 if not found). */
uintptr_t gcs_malloc_fail_caller(void);
/* The SIGSEGV/SIGABRT/... handler: frames into the shared result, then die by the signal. */
void gcs_crash_handler(int sig, siginfo_t *si, void *uctx);

/* ------------------------------------------------------------------------ */
/* verifier.c: the heap verifier.                                            */

/* Where the GC gcs_verify_after_gc is called after came from; each has its
 * own sampling and budget (see gcs_verify_after_gc). */
#define GCS_VFY_FORCED 0   /* forced: by the program (GCStress.*) or the schedule (S.scheduled) */
#define GCS_VFY_MARK_END 1 /* forced, and it ended a cycle that mark steps held open */
#define GCS_VFY_VM 2       /* the VM's own (a minor GC, or the end of a major cycle) */

/* After a GC that ended at ROOT: check the heap, if this run asks and the
 * rate limits allow (kind: the GC's GCS_KIND_*; origin: GCS_VFY_*). On a
 * finding the run ends here. */
void gcs_verify_after_gc(mrb_state *mrb, int kind, int origin);
/* Free the verifier's tables (gcs_release). */
void gcs_verifier_release(void);
/* The class whose method table holds proc (a named class or module first, a
 * singleton class only if nothing else has it) and the method's name; cls is
 * NULL if none does. Does not allocate. */
struct gcs_proc_owner {
  const struct RProc *proc;
  struct RClass *cls;
  mrb_sym mid;
};
void gcs_find_proc_owner(mrb_state *mrb, struct gcs_proc_owner *o);

/* ------------------------------------------------------------------------ */
/* record.c: the event log (GCS_F_RECORD). The hooks cost a flag test when  */
/* no recording is on (gc_enter/leave and alloc_enter only set flags).      */

extern int gcs_rec_on;
void gcs_rec_begin(mrb_state *mrb);
void gcs_rec_alloc(mrb_state *mrb, struct RBasic *p, uintptr_t ret, uint64_t id, int by_shim);
void gcs_rec_gc(mrb_state *mrb, int kind, int trigger, uint64_t no, struct RBasic *newp);
void gcs_rec_barrier(int hook, const void *parent, const void *child, uintptr_t ret, int dropped);
void gcs_rec_force(mrb_state *mrb, int kind, int skipped);
void gcs_rec_gc_enter(int kind, int trigger);
void gcs_rec_note_malloc_fail(void);
void gcs_rec_gc_leave(void);
void gcs_rec_alloc_enter(int on);
void gcs_rec_end(mrb_state *mrb, int end);
void gcs_rec_crash(int sig, siginfo_t *si);
void gcs_rec_block_free(uintptr_t p, size_t size);

#endif
