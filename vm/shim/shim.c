/*
 * shim.c -- gcstress's only code inside the VM process (with verifier.c and
 * record.c, which share its state through shim_internal.h).
 *
 * Compiled against each VM's own headers and flags (libmruby.flags.mak), and
 * linked with
 *   -Wl,--wrap=mrb_obj_alloc -Wl,--wrap=mrb_field_write_barrier
 *   -Wl,--wrap=mrb_write_barrier -Wl,--wrap=mrb_gc_mark_iv
 * so that every cross-object call into the collector passes through the
 * __wrap_* functions below (and __wrap_mrb_gc_mark_iv in verifier.c). mruby
 * itself is not patched.
 *
 * What lives here:
 *   - the shim's state and its slot and block tables;
 *   - the allocator given to mrb_open_allocf (malloc failures on schedule, a
 *     memory limit, block tracking for the verifier);
 *   - the hooks (allocation counting, the GC schedule, barrier counting and
 *     barrier mutants, caller edges, phase coverage, slot history);
 *   - the GC primitives minor / full / step / mark and the Ruby module GCStress;
 *   - the crash handler that writes frames into the shared result;
 *   - running one program (gcs_reset, gcs_setup, gcs_begin, gcs_finish,
 *     gcs_eval_mruby), the in-process and Artichoke-only hooks.
 * Elsewhere:
 *   - verifier.c: the heap verifier (the VM's own marker re-marks the heap
 *     with free slots disguised, in place and on a hit in a forked copy; see
 *     ARCHITECTURE.md);
 *   - record.c: the event log (gcstress record / replay / trace).
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <execinfo.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>
#include <unwind.h>

#include <mruby.h>
#include <mruby/array.h>
#include <mruby/class.h>
#include <mruby/compile.h>
#include <mruby/irep.h>
#include <mruby/debug.h>
#include <mruby/error.h>
#include <mruby/gc.h>
#include <mruby/hash.h>
#include <mruby/khash.h>
#include <mruby/proc.h>
#include <mruby/string.h>
#include <mruby/throw.h>
#include <mruby/variable.h>
#include <mruby/version.h>

#include "shim_internal.h"

#if MRUBY_RELEASE_MAJOR >= 3
#define GCS_INT_VALUE(mrb, n) mrb_int_value((mrb), (mrb_int)(n))
#else
#define GCS_INT_VALUE(mrb, n) mrb_fixnum_value((mrb_int)(n))
#endif

/* ------------------------------------------------------------------------ */
/* State (its type and the version macros are in shim_internal.h).          */

struct gcs_state S;

/* ------------------------------------------------------------------------ */
/* Small open-addressing tables (plain malloc: never through the VM).       */

size_t gcs_hash_ptr(uintptr_t p) {
  uint64_t x = (uint64_t)p;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (size_t)x;
}

struct slot_info *gcs_slot_get(uintptr_t addr, int create) {
  if (!S.slots) {
    if (!create) return NULL;
    gcs_slots_grow();
    if (!S.slots) return NULL;
  }
  if (create && (S.slots_used + 1) * 2 > S.slots_cap) gcs_slots_grow();
  size_t mask = S.slots_cap - 1;
  for (size_t i = gcs_hash_ptr(addr) & mask;; i = (i + 1) & mask) {
    if (S.slots[i].addr == addr) return &S.slots[i];
    if (S.slots[i].addr == 0) {
      if (!create) return NULL;
      S.slots[i].addr = addr;
      S.slots_used++;
      return &S.slots[i];
    }
  }
}

/* Fault a fresh table in with one call. A table is written all over (its
 * keys are hashed), so leaving it to fault page by page costs a trap per page,
 * in every child -- the largest share of the verifier's bookkeeping. */
void gcs_populate(void *p, size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  uintptr_t lo = ((uintptr_t)p + 4095) & ~(uintptr_t)4095;
  uintptr_t hi = ((uintptr_t)p + bytes) & ~(uintptr_t)4095;
  if (hi > lo) madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)bytes;
#endif
}

void gcs_slots_grow(void) {
  size_t ncap = S.slots_cap ? S.slots_cap * 2 : 512; /* most programs allocate a few hundred objects */
  struct slot_info *old = S.slots;
  size_t ocap = S.slots_cap;
  struct slot_info *n = calloc(ncap, sizeof *n);
  if (!n) return;
  gcs_populate(n, ncap * sizeof *n);
  S.slots = n;
  S.slots_cap = ncap;
  S.slots_used = 0;
  for (size_t i = 0; i < ocap; i++) {
    if (old[i].addr) {
      struct slot_info *d = gcs_slot_get(old[i].addr, 1);
      *d = old[i];
    }
  }
  free(old);
}

static void blocks_rehash(size_t ncap) {
  struct block_info *old = S.blocks;
  size_t ocap = S.blocks_cap;
  struct block_info *n = calloc(ncap, sizeof *n);
  if (!n) return;
  gcs_populate(n, ncap * sizeof *n);
  S.blocks = n;
  S.blocks_cap = ncap;
  S.blocks_used = 0;
  for (size_t i = 0; i < ocap; i++) {
    if (old[i].addr > 1) {
      size_t mask = ncap - 1;
      size_t j = gcs_hash_ptr(old[i].addr) & mask;
      while (n[j].addr) j = (j + 1) & mask;
      n[j] = old[i];
      S.blocks_used++;
    }
  }
  free(old);
}

static void block_put(uintptr_t addr, size_t size) {
  if (!S.blocks || (S.blocks_used + 1) * 2 > S.blocks_cap)
    blocks_rehash(S.blocks_cap ? S.blocks_cap * 2 : 512);
  if (!S.blocks) return;
  size_t mask = S.blocks_cap - 1;
  size_t i = gcs_hash_ptr(addr) & mask;
  while (S.blocks[i].addr > 1 && S.blocks[i].addr != addr) i = (i + 1) & mask;
  if (S.blocks[i].addr != addr) S.blocks_used++;
  S.blocks[i].addr = addr;
  S.blocks[i].size = size;
  static uint64_t seq;
  S.blocks[i].seq = ++seq;
}

static void block_del(uintptr_t addr) {
  if (!S.blocks) return;
  size_t mask = S.blocks_cap - 1;
  for (size_t i = gcs_hash_ptr(addr) & mask;; i = (i + 1) & mask) {
    if (S.blocks[i].addr == 0) return;
    if (S.blocks[i].addr == addr) {
      S.blocks[i].addr = 1; /* tombstone */
      return;
    }
  }
}

static void edge_count(uint32_t hook, void *ret) {
  struct gcs_result *r = S.res;
  uint64_t a = (uint64_t)(uintptr_t)ret;
  size_t mask = GCS_MAX_EDGES - 1;
  for (size_t i = (gcs_hash_ptr(a) ^ hook) & mask, k = 0; k < GCS_MAX_EDGES; i = (i + 1) & mask, k++) {
    struct gcs_edge *e = &r->edges[i];
    if (e->count && e->addr == a && e->hook == hook) {
      e->count++;
      return;
    }
    if (!e->count) {
      e->addr = a;
      e->hook = hook;
      e->count = 1;
      r->nedges++;
      return;
    }
  }
}

/* ------------------------------------------------------------------------ */
/* The allocator.                                                            */

/* Blocks the VM frees are scribbled before they go back to malloc (like
 * MALLOC_PERTURB_ or MallocScribble): every byte 0xa8, which read back as an
 * mrb_value is a misaligned-looking, non-canonical object pointer, so a VM
 * that keeps using a freed stack, buffer or table crashes at the first use
 * (in the GC's marker, typically) instead of reading stale values that still
 * look right. Growth moves a block (malloc, copy, scribble, free) so realloc
 * is covered too. GCSTRESS_SCRIBBLE=0 turns it off. */
#define GCS_SCRIBBLE 0xa8
int gcs_scribble = 1;

/* A scribbled block is not handed back to malloc at once (its next
 * allocation of that size would overwrite the scribble within a few calls):
 * the last GCS_QUARANTINE of them wait in a ring, oldest freed first, as in
 * ASan's quarantine. */
#define GCS_QUARANTINE 64
static void *quarantine[GCS_QUARANTINE];
static unsigned quarantine_next;

static void scribble_and_free(void *p, size_t usable) {
  /* the parser's and code generator's big pools are freed wholesale: their
   * first bytes are enough (and scribbling all of them was most of the cost) */
  memset(p, GCS_SCRIBBLE, usable < 512 ? usable : 512);
  void *old = quarantine[quarantine_next];
  quarantine[quarantine_next] = p;
  quarantine_next = (quarantine_next + 1) % GCS_QUARANTINE;
  free(old);
}

static void snapshot(mrb_state *mrb);

/* The VM function whose malloc is being failed: the frame above mruby's
 * allocation functions (mrb_realloc_simple, mrb_realloc, mrb_malloc, ...) and
 * the allocator itself. A GC inside that malloc is what a mallocfail find's
 * root cause is keyed by (`gc-in-malloc/mrb_env_unshare`). */
struct mf_walk {
  uintptr_t ip[24];
  uintptr_t fn[24];
  int n;
};

static _Unwind_Reason_Code mf_walk_cb(struct _Unwind_Context *ctx, void *data) {
  struct mf_walk *w = data;
  if (w->n >= 24) return _URC_END_OF_STACK;
  int before = 0;
  uintptr_t ip = (uintptr_t)_Unwind_GetIPInfo(ctx, &before);
  if (!ip) return _URC_END_OF_STACK;
  w->ip[w->n] = ip;
  w->fn[w->n] = (uintptr_t)_Unwind_GetRegionStart(ctx);
  w->n++;
  return _URC_NO_REASON;
}

void *gcs_allocf(mrb_state *mrb, void *p, size_t size, void *ud);
static void q_block_freed(uintptr_t p, size_t size);

uintptr_t gcs_malloc_fail_caller(void) {
  struct mf_walk w;
  w.n = 0;
  _Unwind_Backtrace(mf_walk_cb, &w);
  const uintptr_t api[] = {(uintptr_t)&mrb_realloc_simple, (uintptr_t)&mrb_realloc, (uintptr_t)&mrb_malloc,
                           (uintptr_t)&mrb_malloc_simple, (uintptr_t)&mrb_calloc, (uintptr_t)&gcs_allocf};
  int last = -1;
  for (int i = 0; i < w.n; i++)
    for (size_t k = 0; k < sizeof api / sizeof api[0]; k++)
      if (w.fn[i] == api[k]) last = i;
  if (last < 0 || last + 1 >= w.n) return 0;
  return w.ip[last + 1];
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wuse-after-free"
void *gcs_allocf(mrb_state *mrb, void *p, size_t size, void *ud) {
  (void)ud;
  if (size == 0) {
    if (p) {
      size_t us = malloc_usable_size(p);
      if (gcs_rec_on) gcs_rec_block_free((uintptr_t)p, us);
      if (S.track) block_del((uintptr_t)p);
      q_block_freed((uintptr_t)p, us);
      S.bytes -= us;
      if (gcs_scribble) scribble_and_free(p, us);
      else free(p);
    }
    return NULL;
  }
  /* mallocs count (and fail on schedule) only while Ruby code runs, not while
   * the parser and code generator build it: deleting a statement then moves a
   * failing malloc by that statement's own mallocs only */
  if (S.active && !S.in_shim && S.run_depth > 0) {
    S.res->c.mallocs++;
    if (S.malloc_failed) {
      /* the VM collected and retries the same request */
      S.malloc_failed = 0;
      S.res->c.gc_in_malloc++;
      S.gc_no++;
      snapshot(mrb); /* not a GC "between allocations" */
      if (gcs_rec_on) {
        gcs_rec_gc_leave();
        gcs_rec_gc(S.mrb, GCS_GC_FULL, GCS_TRIG_MALLOC, S.gc_no, NULL);
      }
    } else {
      uint64_t n = S.res->c.mallocs;
      for (uint32_t i = 0; i < S.req->nitems; i++) {
        const struct gcs_item *it = &S.items[i];
        if (it->kind != GCS_KIND_MALLOCFAIL) continue;
        if ((it->mode == GCS_AT && n == it->n) || (it->mode == GCS_EVERY && it->n && n % it->n == 0)) {
          S.res->c.malloc_fail++;
          S.malloc_failed = 1;
          /* walking the stack costs microseconds: only when a triage run asks */
          if (S.req->flags & GCS_F_MALLOC_CALLERS) S.res->malloc_fail_caller = (uint64_t)gcs_malloc_fail_caller();
          if (gcs_rec_on) {
            gcs_rec_gc_enter(GCS_GC_FULL, GCS_TRIG_MALLOC);
            gcs_rec_note_malloc_fail();
          }
          return NULL;
        }
      }
    }
  }
  size_t old = p ? malloc_usable_size(p) : 0;
  uintptr_t oldp = (uintptr_t)p;
  if (S.mem_limit && S.bytes - old + size > S.mem_limit) {
    if (S.active && S.res->end == GCS_END_NONE) S.res->end = GCS_END_OOM;
    return NULL;
  }
  void *q;
  if (p && gcs_scribble && size > old) {
    /* a growing block moves here, so the old one is scribbled too */
    q = malloc(size);
    if (q) {
      memcpy(q, p, old);
      scribble_and_free(p, old);
    }
  } else {
    q = realloc(p, size);
  }
  if (!q) {
    if (S.active && S.res->end == GCS_END_NONE) S.res->end = GCS_END_OOM;
    return NULL;
  }
  S.bytes = S.bytes - old + malloc_usable_size(q);
  if (S.res && S.bytes > S.res->c.bytes_peak) S.res->c.bytes_peak = S.bytes;
  if (S.track) {
    if (oldp && oldp != (uintptr_t)q) block_del(oldp);
    block_put((uintptr_t)q, size);
  }
  return q;
}
#pragma GCC diagnostic pop

/* ------------------------------------------------------------------------ */
/* Where in the Ruby program are we? Best effort, per version.              */

int32_t gcs_ruby_line(mrb_state *mrb) {
  if (!mrb->c || !mrb->c->ci) return -1;
#if MRUBY_RELEASE_MAJOR >= 3
  for (mrb_callinfo *ci = mrb->c->ci; ci >= mrb->c->cibase; ci--) {
    const struct RProc *p = ci->proc;
    if (p && !MRB_PROC_CFUNC_P(p) && p->body.irep && ci->pc) {
      const mrb_irep *irep = p->body.irep;
      if (ci->pc < irep->iseq || ci->pc > irep->iseq + irep->ilen) return -1;
      return mrb_debug_get_line(mrb, irep, (uint32_t)(ci->pc - irep->iseq));
    }
  }
  return -1;
#else
  mrb_callinfo *ci = mrb->c->ci;
  if ((!ci->proc || MRB_PROC_CFUNC_P(ci->proc)) && ci > mrb->c->cibase) {
    /* a C method (a plain function method has no proc): ci->pc is the
     * return address in the Ruby caller */
    struct RProc *p = ci[-1].proc;
    if (p && !MRB_PROC_CFUNC_P(p) && p->body.irep && ci->pc) {
      mrb_irep *irep = p->body.irep;
      if (ci->pc <= irep->iseq || ci->pc > irep->iseq + irep->ilen) return -1;
      return mrb_debug_get_line(mrb, irep, ci->pc - irep->iseq - 1);
    }
  } else if (ci->proc && !MRB_PROC_CFUNC_P(ci->proc) && ci->proc->body.irep && ci->err) {
    mrb_irep *irep = ci->proc->body.irep;
    if (ci->err < irep->iseq || ci->err > irep->iseq + irep->ilen) return -1;
    return mrb_debug_get_line(mrb, irep, ci->err - irep->iseq);
  }
  return -1;
#endif
}

/* ------------------------------------------------------------------------ */
/* GC primitives. Each returns what actually ran.                           */

/* The collector as of the last allocation or forced GC: a difference at the
 * next allocation means a GC ran in between (GC.start, ObjectSpace, ...). */
static void snapshot(mrb_state *mrb) {
  S.snap_live = mrb->gc.live;
  S.snap_live_after_mark = mrb->gc.live_after_mark;
  S.snap_state = mrb->gc.state;
}


static int gc_blocked(mrb_state *mrb) { return gcs_gc_blocked(mrb); }

static void note_cycle_end(mrb_state *mrb, int was_major) {
  if (was_major) S.res->c.vm_major_cycles++;
  (void)mrb;
}

/* A complete young-generation cycle: drain a pending major cycle first. In
 * non-generational mode there is no young generation: run one complete
 * incremental (major) cycle instead. */
const char *gcs_minor(mrb_state *mrb) {
  mrb_gc *gc = &mrb->gc;
  if (gc_blocked(mrb)) {
    S.res->c.forced_skipped++;
    gcs_rec_force(mrb, GCS_KIND_MINOR, 1);
    return "skipped";
  }
  gcs_rec_force(mrb, GCS_KIND_MINOR, 0);
  int rec_kind = gc->generational ? GCS_GC_MINOR : GCS_GC_MAJOR;
  gcs_rec_gc_enter(rec_kind, 0);
  S.in_shim++;
  const char *what = "minor";
  if (!gc->generational) {
    if (gc->state == MRB_GC_STATE_ROOT) gcs_incremental_gc(mrb);
    while (gc->state != MRB_GC_STATE_ROOT) gcs_incremental_gc(mrb);
    S.res->c.vm_major_cycles++;
    S.res->c.forced_full++;
    what = "major";
  } else {
    int drained = 0;
    while (gc->full || gc->state != MRB_GC_STATE_ROOT) {
      gcs_incremental_gc(mrb);
      drained = 1;
    }
    if (drained) note_cycle_end(mrb, 1);
    gcs_incremental_gc(mrb);
    S.res->c.forced_minor++;
  }
  S.gc_no++;
  S.in_shim--;
  snapshot(mrb);
  gcs_rec_gc_leave();
  gcs_rec_gc(mrb, rec_kind, 0, S.gc_no, NULL);
  gcs_verify_after_gc(mrb, GCS_KIND_MINOR, GCS_VFY_FORCED);
  return what;
}

const char *gcs_full(mrb_state *mrb) {
  if (gc_blocked(mrb)) {
    S.res->c.forced_skipped++;
    gcs_rec_force(mrb, GCS_KIND_FULL, 1);
    return "skipped";
  }
  gcs_rec_force(mrb, GCS_KIND_FULL, 0);
  gcs_rec_gc_enter(GCS_GC_FULL, 0);
  S.in_shim++;
  mrb_full_gc(mrb);
  S.res->c.forced_full++;
  S.res->c.vm_major_cycles++;
  S.gc_no++;
  S.in_shim--;
  snapshot(mrb);
  gcs_rec_gc_leave();
  gcs_rec_gc(mrb, GCS_GC_FULL, 0, S.gc_no, NULL);
  gcs_verify_after_gc(mrb, GCS_KIND_FULL, GCS_VFY_FORCED);
  return "full";
}

const char *gcs_step(mrb_state *mrb) {
  mrb_gc *gc = &mrb->gc;
  if (gc_blocked(mrb)) {
    S.res->c.forced_skipped++;
    gcs_rec_force(mrb, GCS_KIND_STEP, 1);
    return "skipped";
  }
  gcs_rec_force(mrb, GCS_KIND_STEP, 0);
  S.in_shim++;
  int minor = gc->generational && !gc->full;
  int before = gc->state;
  gcs_rec_gc_enter(minor ? GCS_GC_MINOR : GCS_GC_STEP, 0);
  gcs_incremental_gc(mrb);
  S.res->c.forced_step++;
  int ended = 0;
  if (minor) {
    S.gc_no++;
  } else if (before != MRB_GC_STATE_ROOT && gc->state == MRB_GC_STATE_ROOT) {
    S.res->c.vm_major_cycles++;
    S.gc_no++;
    ended = 1;
  }
  S.in_shim--;
  snapshot(mrb);
  gcs_rec_gc_leave();
  gcs_rec_gc(mrb, minor ? GCS_GC_MINOR : ended ? GCS_GC_MAJOR_END : GCS_GC_STEP, 0,
         (minor || ended) ? S.gc_no : S.gc_no + 1, NULL);
  if (gc->state == MRB_GC_STATE_ROOT) gcs_verify_after_gc(mrb, minor ? GCS_KIND_MINOR : GCS_KIND_STEP, GCS_VFY_FORCED);
  return minor ? "minor" : "step";
}

/* Hold a major cycle open: if none is running, start one (in generational
 * mode: let the VM's own minor-then-clear_all_old path arm a major cycle);
 * then advance it by exactly one incremental step. */
const char *gcs_mark(mrb_state *mrb) {
  mrb_gc *gc = &mrb->gc;
  if (gc_blocked(mrb)) {
    S.res->c.forced_skipped++;
    gcs_rec_force(mrb, GCS_KIND_MARK, 1);
    return "skipped";
  }
  gcs_rec_force(mrb, GCS_KIND_MARK, 0);
  S.in_shim++;
  if (gc->generational && !gc->full && gc->state == MRB_GC_STATE_ROOT) {
    size_t saved = GCS_OLDGEN_THRESHOLD(gc);
    GCS_OLDGEN_THRESHOLD(gc) = 0; /* the minor cycle below then arms a major one */
    gcs_rec_gc_enter(GCS_GC_MINOR, 0);
    gcs_incremental_gc(mrb);
    gcs_rec_gc_leave();
    if (!gc->full) GCS_OLDGEN_THRESHOLD(gc) = saved;
    S.res->c.forced_minor++;
    S.gc_no++;
    S.in_shim--;
    gcs_rec_gc(mrb, GCS_GC_MINOR, 0, S.gc_no, NULL);
    S.in_shim++;
  }
  int before = gc->state;
  /* the smallest step the VM knows (step_ratio 1: about ten objects), so the
   * cycle stays open across as much Ruby code as possible */
  int ratio = gc->step_ratio;
  gc->step_ratio = 1;
  gcs_rec_gc_enter(GCS_GC_STEP, 0);
  gcs_incremental_gc(mrb);
  gcs_rec_gc_leave();
  gc->step_ratio = ratio;
  S.res->c.forced_step++;
  int ended = 0;
  if (before != MRB_GC_STATE_ROOT && gc->state == MRB_GC_STATE_ROOT) {
    S.res->c.vm_major_cycles++;
    S.gc_no++;
    ended = 1;
  }
  S.in_shim--;
  snapshot(mrb);
  gcs_rec_gc(mrb, ended ? GCS_GC_MAJOR_END : GCS_GC_STEP, 0, ended ? S.gc_no : S.gc_no + 1, NULL);
  /* a cycle held open by mark steps just ended: what it freed is checked now
   * (a barrier missed while it was open shows up here) */
  if (ended) {
    gcs_verify_after_gc(mrb, GCS_KIND_STEP, GCS_VFY_MARK_END);
  }
  return "step";
}

static void force(mrb_state *mrb, uint32_t kind) {
  S.scheduled = 1;
  S.scheduled_gcs++;
  switch (kind) {
  case GCS_KIND_MINOR: gcs_minor(mrb); break;
  case GCS_KIND_FULL: gcs_full(mrb); break;
  case GCS_KIND_STEP: gcs_step(mrb); break;
  case GCS_KIND_MARK: gcs_mark(mrb); break;
  default: break;
  }
  S.scheduled = 0;
}

/* ------------------------------------------------------------------------ */
/* Hooks.                                                                    */

struct RBasic *__real_mrb_obj_alloc(mrb_state *mrb, enum mrb_vtype tt, struct RClass *cls);

/* ---- Slot quarantine (part of --verify; GCSTRESS_QUARANTINE=0 turns it off).
 *
 * mruby's free lists are LIFO: the slot a sweep frees last is the next one
 * allocated, so a dangling reference to it points at a live stranger before
 * the next verifier check. After a GC step that freed slots, the shim takes
 * the slots the next allocations would get (the head of the free lists) by
 * allocating them itself, GC disabled, and turns them back into free slots
 * that are on no free list: until the cycle that freed them has ended (and
 * been checked) and GCS_Q_ALLOCS more program allocations ran, the program
 * gets other slots, and a reference to a held slot still reaches a free slot
 * at the next check. Released, a slot becomes an unreferenced white
 * object that the next sweep frees. mruby frees a heap page whose slots are
 * all free (a held slot counts as free there): the allocator's free drops the
 * held slots inside the page. gc->live is kept as if the slots were free. */
int gcs_quarantine = 1;
#define GCS_Q_CAP 8192   /* slots held at most */
#define GCS_Q_PER_GC 4096 /* slots taken after one GC step */
#define GCS_Q_ALLOCS 256 /* program allocations a slot is held for, after its cycle ended */
static struct {
  struct RBasic *slot; /* NULL: its page was freed */
  uint64_t until;      /* released at this program allocation */
} Q[GCS_Q_CAP];
static uint32_t q_head, q_n;
static uintptr_t q_lo, q_hi; /* address range of the held slots */

static int q_on(void) {
  return gcs_quarantine && S.req && (S.req->flags & (GCS_F_VERIFY | GCS_F_VERIFY_ALL)) &&
         !(S.req->flags & GCS_F_RECORD) && !gcs_inproc;
}

static void q_take(mrb_state *mrb, size_t freed) {
  if (!freed || q_n >= GCS_Q_CAP || !q_on()) return;
  mrb_gc *gc = &mrb->gc;
  size_t n = freed < GCS_Q_PER_GC ? freed : GCS_Q_PER_GC;
  int ai = mrb_gc_arena_save(mrb);
  mrb_bool disabled = gc->disabled;
  gc->disabled = TRUE; /* no GC step inside these allocations */
  S.in_shim++;
  uint64_t until = S.res->c.allocs + GCS_Q_ALLOCS;
  for (size_t i = 0; i < n && q_n < GCS_Q_CAP; i++) {
    struct RBasic *o = __real_mrb_obj_alloc(mrb, MRB_TT_OBJECT, mrb->object_class);
    o->tt = MRB_TT_FREE;
    gc->live--;
    uint32_t k = (q_head + q_n++) % GCS_Q_CAP;
    Q[k].slot = o;
    Q[k].until = until;
    uintptr_t a = (uintptr_t)o;
    if (!q_lo || a < q_lo) q_lo = a;
    if (a + sizeof(void *) > q_hi) q_hi = a + sizeof(void *);
  }
  S.in_shim--;
  gc->disabled = disabled;
  mrb_gc_arena_restore(mrb, ai);
}

/* Give back the slots held long enough (all: every one). */
static void q_release(mrb_state *mrb, uint64_t now, int all) {
  /* a slot an incremental sweep freed is held until its cycle has ended
   * (and been checked) too */
  if (!all && mrb->gc.state != MRB_GC_STATE_ROOT) return;
  while (q_n && (all || Q[q_head].until <= now)) {
    struct RBasic *o = Q[q_head].slot;
    if (o && o->tt == MRB_TT_FREE) {
      /* an unreferenced young object: the next sweep frees it */
      o->tt = MRB_TT_OBJECT;
      GCS_COLOR(o) = (mrb->gc.current_white_part) & GCS_WHITES;
      mrb->gc.live++;
    }
    q_head = (q_head + 1) % GCS_Q_CAP;
    q_n--;
  }
  if (!q_n) q_lo = q_hi = 0;
}

/* The allocator frees [p, p + size): held slots in it went with their page. */
static void q_block_freed(uintptr_t p, size_t size) {
  if (!q_n || p >= q_hi || p + size <= q_lo) return;
  for (uint32_t i = 0; i < q_n; i++) {
    uint32_t k = (q_head + i) % GCS_Q_CAP;
    uintptr_t a = (uintptr_t)Q[k].slot;
    if (a >= p && a < p + size) Q[k].slot = NULL;
  }
}
void __real_mrb_field_write_barrier(mrb_state *mrb, struct RBasic *obj, struct RBasic *value);
void __real_mrb_write_barrier(mrb_state *mrb, struct RBasic *obj);

/* What the VM's trigger looks like before an allocation: the threshold (an
 * allocation that leaves it alone ran no GC), or on a debt-based VM the debt
 * (an allocation adds exactly one; a GC step pays work back or a cycle's end
 * resets it). */
#if GCS_HAVE_GC_DEBT
#define GCS_TRIGGER(gc) ((int64_t)(gc)->gc_debt)
#define GCS_TRIGGER_AFTER(t0) ((t0) + 1)
#else
#define GCS_TRIGGER(gc) ((int64_t)(gc)->threshold)
#define GCS_TRIGGER_AFTER(t0) (t0)
#endif

typedef struct RBasic *(*gcs_alloc_fn)(mrb_state *, enum mrb_vtype, struct RClass *);

/* One object allocation through the VM's allocator `real`, called from `ret`:
 * the schedule, what the VM collects by itself, the slot tables, the log. */
static struct RBasic *hooked_alloc(gcs_alloc_fn real, void *ret, mrb_state *mrb, enum mrb_vtype tt,
                                   struct RClass *cls) {
  if (!S.active || S.in_shim || S.verifying) {
    if (!gcs_rec_on || !S.active || S.verifying) return real(mrb, tt, cls);
    /* gcstress's own objects (GCStress.stats): logged, not counted */
    gcs_rec_alloc_enter(1);
    struct RBasic *q = real(mrb, tt, cls);
    gcs_rec_alloc_enter(0);
    gcs_rec_alloc(mrb, q, (uintptr_t)ret, 0, 1);
    return q;
  }
  mrb_gc *gc = &mrb->gc;
  struct gcs_counters *c = &S.res->c;
  gcs_rec_alloc_enter(0);

  /* a GC between the last allocation and this one (GC.start, each_object...) */
  if (gc->live < S.snap_live || gc->live_after_mark != S.snap_live_after_mark ||
      (int)gc->state != S.snap_state) {
    c->other_gc++;
    S.gc_no++;
    gcs_rec_gc(mrb, GCS_GC_UNKNOWN, GCS_TRIG_OTHER, S.gc_no, NULL);
  }

  uint64_t n = ++c->allocs;
  edge_count(GCS_HOOK_ALLOC, ret);
  if (q_n) q_release(mrb, n, 0);
  switch (gc->state) {
  case MRB_GC_STATE_ROOT: c->phase_root++; break;
  case MRB_GC_STATE_MARK: c->phase_mark++; break;
  default: c->phase_sweep++; break;
  }

  int capped = (S.req->flags & GCS_F_CAP_FORCED) && S.scheduled_gcs >= 256;
  for (uint32_t i = 0; i < S.req->nitems && !capped; i++) {
    const struct gcs_item *it = &S.items[i];
    if (it->kind == GCS_KIND_MALLOCFAIL) continue;
    if ((it->mode == GCS_AT && n == it->n) || (it->mode == GCS_EVERY && it->n && n % it->n == 0))
      force(mrb, it->kind);
  }

  /* slots freed since the last allocation (forced GCs, GC.start) */
  if (gc->live < S.snap_live) q_take(mrb, S.snap_live - gc->live);

  /* what the VM does by itself inside this allocation */
  int st0 = gc->state;
  size_t live0 = gc->live, lam0 = gc->live_after_mark;
  int64_t trig0 = GCS_TRIGGER(gc);
  int minor0 = gc->generational && !gc->full;
  gcs_rec_alloc_enter(1);
  struct RBasic *p = real(mrb, tt, cls);
  gcs_rec_alloc_enter(0);
  if ((int)gc->state != st0 || gc->live != live0 + 1 || gc->live_after_mark != lam0 ||
      GCS_TRIGGER(gc) != GCS_TRIGGER_AFTER(trig0)) {
    if (minor0 && st0 == MRB_GC_STATE_ROOT) {
      c->vm_minor++;
      S.gc_no++;
      gcs_rec_gc(mrb, GCS_GC_MINOR, GCS_TRIG_VM, S.gc_no, p);
      gcs_verify_after_gc(mrb, GCS_KIND_MINOR, GCS_VFY_VM);
    } else {
      c->vm_major_steps++;
      if (st0 != MRB_GC_STATE_ROOT && gc->state == MRB_GC_STATE_ROOT) {
        c->vm_major_cycles++;
        S.gc_no++;
        gcs_rec_gc(mrb, GCS_GC_MAJOR_END, GCS_TRIG_VM, S.gc_no, p);
        gcs_verify_after_gc(mrb, GCS_KIND_STEP, GCS_VFY_VM);
      } else {
        gcs_rec_gc(mrb, GCS_GC_STEP, GCS_TRIG_VM, S.gc_no + 1, p);
      }
    }
    if (gc->live < live0 + 1) q_take(mrb, live0 + 1 - gc->live);
  }
  if (S.track) {
    struct slot_info *si = gcs_slot_get((uintptr_t)p, 1);
    if (si) {
      si->seq = n;
      si->ret = (uintptr_t)ret;
      si->tt = (int32_t)tt;
      si->wb_count = 0;
      si->last_wb = 0;
      si->line = gcs_ruby_line(mrb);
      if (S.incs_n == S.incs_cap) {
        size_t ncap = S.incs_cap ? S.incs_cap * 2 : 8192;
        struct incarnation *ni = realloc(S.incs, ncap * sizeof *ni);
        if (ni) {
          S.incs = ni;
          S.incs_cap = ncap;
        }
      }
      if (S.incs_n < S.incs_cap) {
        struct incarnation *h = &S.incs[S.incs_n++];
        h->seq = n;
        h->ret = si->ret;
        h->tt = si->tt;
        h->line = si->line;
        h->prev = si->last;
        si->last = (uint32_t)S.incs_n;
      }
    }
  }
  gcs_rec_alloc(mrb, p, (uintptr_t)ret, n, 0);
  snapshot(mrb);
  return p;
}

struct RBasic *__wrap_mrb_obj_alloc(mrb_state *mrb, enum mrb_vtype tt, struct RClass *cls) {
  return hooked_alloc(__real_mrb_obj_alloc, __builtin_return_address(0), mrb, tt, cls);
}

#if GCS_HAVE_OBJ_ALLOC_CORE
/* Where the VM has it, procs and envs are allocated through
 * mrb_obj_alloc_core (proc.c), not mrb_obj_alloc; gc.c's own call from
 * mrb_obj_alloc is not wrapped, so each object passes one hook. */
struct RBasic *__real_mrb_obj_alloc_core(mrb_state *mrb, enum mrb_vtype tt, struct RClass *cls);
struct RBasic *__wrap_mrb_obj_alloc_core(mrb_state *mrb, enum mrb_vtype tt, struct RClass *cls) {
  return hooked_alloc(__real_mrb_obj_alloc_core, __builtin_return_address(0), mrb, tt, cls);
}
#endif

static int mutant_drop(void *ret) {
  uintptr_t a = (uintptr_t)ret;
  return S.req && S.req->mutant_hi && a >= S.req->mutant_lo && a < S.req->mutant_hi;
}

static void note_barrier(struct RBasic *obj) {
  if (!S.track) return;
  struct slot_info *si = gcs_slot_get((uintptr_t)obj, 0);
  if (si) {
    si->wb_count++;
    si->last_wb = S.res->c.allocs;
  }
}

static void inproc_barrier(mrb_state *mrb, uint32_t hook, struct RBasic *obj, struct RBasic *value, void *ret);

void __wrap_mrb_field_write_barrier(mrb_state *mrb, struct RBasic *obj, struct RBasic *value) {
  void *ret = __builtin_return_address(0);
  if (S.active && !S.verifying) {
    S.res->c.field_wb++;
    edge_count(GCS_HOOK_FIELD_WB, ret);
    if (gcs_inproc) inproc_barrier(mrb, GCS_HOOK_FIELD_WB, obj, value, ret);
    if (mutant_drop(ret)) {
      S.res->c.wb_dropped++;
      gcs_rec_barrier(GCS_HOOK_FIELD_WB, obj, value, (uintptr_t)ret, 1);
      return;
    }
    note_barrier(obj);
    gcs_rec_barrier(GCS_HOOK_FIELD_WB, obj, value, (uintptr_t)ret, 0);
  }
  __real_mrb_field_write_barrier(mrb, obj, value);
}

void __wrap_mrb_write_barrier(mrb_state *mrb, struct RBasic *obj) {
  void *ret = __builtin_return_address(0);
  if (S.active && !S.verifying) {
    S.res->c.wb++;
    edge_count(GCS_HOOK_WB, ret);
    if (gcs_inproc) inproc_barrier(mrb, GCS_HOOK_WB, obj, NULL, ret);
    if (mutant_drop(ret)) {
      S.res->c.wb_dropped++;
      gcs_rec_barrier(GCS_HOOK_WB, obj, NULL, (uintptr_t)ret, 1);
      return;
    }
    note_barrier(obj);
    gcs_rec_barrier(GCS_HOOK_WB, obj, NULL, (uintptr_t)ret, 0);
  }
  __real_mrb_write_barrier(mrb, obj);
}

/* ------------------------------------------------------------------------ */
/* Heap helpers (the verifier, the event log and GCStress use them too).    */

void gcs_each_object_quiet(mrb_state *mrb, mrb_each_object_callback *cb, void *data) {
  /* mrb_objspace_each_objects runs a full GC first unless iterating is set */
  mrb_bool it = mrb->gc.iterating;
  mrb->gc.iterating = TRUE;
  mrb_objspace_each_objects(mrb, cb, data);
  mrb->gc.iterating = it;
}

const char *gcs_tt_name(int tt) {
  switch (tt) {
  case MRB_TT_FREE: return "free slot";
  case MRB_TT_OBJECT: return "RObject";
  case MRB_TT_CLASS: return "RClass";
  case MRB_TT_MODULE: return "RClass(module)";
  case MRB_TT_ICLASS: return "RClass(iclass)";
  case MRB_TT_SCLASS: return "RClass(singleton)";
  case MRB_TT_PROC: return "RProc";
  case MRB_TT_ARRAY: return "RArray";
  case MRB_TT_HASH: return "RHash";
  case MRB_TT_STRING: return "RString";
  case MRB_TT_RANGE: return "RRange";
  case MRB_TT_EXCEPTION: return "RException";
  case MRB_TT_ENV: return "REnv";
  case MRB_TT_DATA: return "RData";
  case MRB_TT_FIBER: return "RFiber";
  case MRB_TT_ISTRUCT: return "RIStruct";
  case MRB_TT_BREAK: return "RBreak";
  default: return "RBasic";
  }
}

/* ------------------------------------------------------------------------ */
/* The Ruby module GCStress.                                                 */

static mrb_value sym_value(mrb_state *mrb, const char *s) {
  return mrb_symbol_value(mrb_intern_cstr(mrb, s));
}

static mrb_value gcs_m_minor(mrb_state *mrb, mrb_value self) {
  (void)self;
  return sym_value(mrb, gcs_minor(mrb));
}
static mrb_value gcs_m_full(mrb_state *mrb, mrb_value self) {
  (void)self;
  return sym_value(mrb, gcs_full(mrb));
}
static mrb_value gcs_m_step(mrb_state *mrb, mrb_value self) {
  (void)self;
  return sym_value(mrb, gcs_step(mrb));
}
static mrb_value gcs_m_mark(mrb_state *mrb, mrb_value self) {
  (void)self;
  return sym_value(mrb, gcs_mark(mrb));
}

struct heap_count {
  uint64_t live, old, slots, lo, hi;
};

static int count_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)mrb;
  struct heap_count *h = data;
  h->slots++;
  uint64_t a = (uint64_t)(uintptr_t)obj;
  if (!h->lo || a < h->lo) h->lo = a;
  if (a > h->hi) h->hi = a;
  if (obj->tt != MRB_TT_FREE) {
    h->live++;
    if (GCS_COLOR(obj) == GCS_BLACK) h->old++;
  }
  return MRB_EACH_OBJ_OK;
}

static struct heap_count heap_count(mrb_state *mrb) {
  struct heap_count h = {0, 0, 0, 0, 0};
  gcs_each_object_quiet(mrb, count_cb, &h);
  if (!mrb->gc.generational || mrb->gc.state != MRB_GC_STATE_ROOT) h.old = 0;
  return h;
}

static const char *state_name(int st) {
  return st == MRB_GC_STATE_ROOT ? "root" : st == MRB_GC_STATE_MARK ? "mark" : "sweep";
}

static mrb_value gcs_m_stats(mrb_state *mrb, mrb_value self) {
  (void)self;
  S.in_shim++;
  struct gcs_counters *c = &S.res->c;
  struct heap_count h = heap_count(mrb);
  int ai = mrb_gc_arena_save(mrb);
  mrb_value hash = mrb_hash_new(mrb);
#define SET(k, v) mrb_hash_set(mrb, hash, sym_value(mrb, k), (v))
  SET("minor", GCS_INT_VALUE(mrb, c->forced_minor + c->vm_minor));
  SET("full", GCS_INT_VALUE(mrb, c->vm_major_cycles + c->other_gc + c->gc_in_malloc));
  SET("step", GCS_INT_VALUE(mrb, c->forced_step + c->vm_major_steps));
  SET("forced_minor", GCS_INT_VALUE(mrb, c->forced_minor));
  SET("forced_full", GCS_INT_VALUE(mrb, c->forced_full));
  SET("forced_step", GCS_INT_VALUE(mrb, c->forced_step));
  SET("gc_in_malloc", GCS_INT_VALUE(mrb, c->gc_in_malloc));
  SET("allocations", GCS_INT_VALUE(mrb, c->allocs));
  SET("live", GCS_INT_VALUE(mrb, h.live));
  SET("old", GCS_INT_VALUE(mrb, h.old));
  SET("slots", GCS_INT_VALUE(mrb, h.slots));
  SET("heap_pages", GCS_INT_VALUE(mrb, (h.slots + 1023) / 1024));
  SET("generational", mrb_bool_value(mrb->gc.generational));
  SET("allocs_in_root", GCS_INT_VALUE(mrb, c->phase_root));
  SET("allocs_in_mark", GCS_INT_VALUE(mrb, c->phase_mark));
  SET("allocs_in_sweep", GCS_INT_VALUE(mrb, c->phase_sweep));
  SET("state", sym_value(mrb, state_name(mrb->gc.state)));
#undef SET
  mrb_gc_arena_restore(mrb, ai);
  mrb_gc_protect(mrb, hash);
  S.in_shim--;
  return hash;
}

static mrb_value gcs_m_generational(mrb_state *mrb, mrb_value self) {
  (void)self;
  return mrb_bool_value(mrb->gc.generational);
}

/* GCStress.watch(obj) -> Integer: a handle on the object's heap slot. */
static mrb_value gcs_m_watch(mrb_state *mrb, mrb_value self) {
  (void)self;
  mrb_value o;
  mrb_get_args(mrb, "o", &o);
  if (mrb_immediate_p(o)) mrb_raise(mrb, E_ARGUMENT_ERROR, "immediate values have no heap slot");
  return GCS_INT_VALUE(mrb, (intptr_t)mrb_ptr(o));
}

struct find_slot {
  uintptr_t addr;
  int found, freed;
};

static int find_slot_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)mrb;
  struct find_slot *f = data;
  if ((uintptr_t)obj == f->addr) {
    f->found = 1;
    f->freed = obj->tt == MRB_TT_FREE;
    return MRB_EACH_OBJ_BREAK;
  }
  return MRB_EACH_OBJ_OK;
}

/* GCStress.freed?(handle) -> true if the watched slot is FREE now. (If the slot
 * was reused by a newer object, the answer is false: watch, collect, ask.) */
static mrb_value gcs_m_freed(mrb_state *mrb, mrb_value self) {
  (void)self;
  mrb_int a;
  mrb_get_args(mrb, "i", &a);
  struct find_slot f = {(uintptr_t)a, 0, 0};
  gcs_each_object_quiet(mrb, find_slot_cb, &f);
  if (!f.found) mrb_raise(mrb, E_ARGUMENT_ERROR, "not a heap slot of this VM");
  return mrb_bool_value(f.freed);
}

/* GCStress.ruby_method?(mod, :name) -> true (defined in Ruby), false (C), nil (none). */
static mrb_value gcs_m_ruby_method(mrb_state *mrb, mrb_value self) {
  (void)self;
  mrb_value mod;
  mrb_sym sym;
  mrb_get_args(mrb, "Cn", &mod, &sym);
  struct RClass *c = mrb_class_ptr(mod);
  mrb_method_t m = mrb_method_search_vm(mrb, &c, sym);
  if (MRB_METHOD_UNDEF_P(m)) return mrb_nil_value();
  return mrb_bool_value(!MRB_METHOD_CFUNC_P(m));
}

/* ---- Self-checks: GCStress.keep(key, v) -> v, GCStress.expect(key, v) -> true/nil.
 *
 * A generated program keeps the value it stores into a holder and checks what
 * the holder gives back after collections. A premature free shows here even
 * when the slot was reused before any verifier check: the check sees another
 * allocation in the slot (slot table, with --verify), or another type, class
 * or contents. Neither call allocates, calls Ruby or changes the VM's state,
 * so a run with checks collects exactly as one without. */

static uint64_t dmix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h * 0x100000001b3ull;
}

/* One word for a value inside a container: type and identity (never the
 * bytes of an mrb_value: without boxing it has padding). */
static uint64_t value_word(mrb_value v) {
  if (mrb_immediate_p(v)) return dmix((uint64_t)mrb_type(v), (uint64_t)mrb_obj_id(v));
  return dmix((uint64_t)mrb_type(v), (uint64_t)(uintptr_t)mrb_ptr(v));
}

/* Type, class and contents of a value (strings: bytes; arrays: elements;
 * procs: body); for an immediate, its id. *tt, *addr: its type and slot. */
static uint64_t gcs_value_digest(mrb_state *mrb, mrb_value v, int32_t *tt, uintptr_t *addr, uintptr_t *cls) {
  *tt = (int32_t)mrb_type(v);
  *addr = 0;
  *cls = 0;
  if (mrb_immediate_p(v)) {
    *cls = (uintptr_t)mrb_class(mrb, v); /* nil, true, Integer, Symbol, ...: no allocation */
    return value_word(v);
  }
  struct RBasic *b = mrb_basic_ptr(v);
  *addr = (uintptr_t)b;
  *tt = (int32_t)b->tt; /* the slot's (without boxing the value carries a copy) */
  uint64_t h = dmix(0, (uint64_t)b->tt);
  if (b->tt == MRB_TT_FREE) return h;
  *cls = (uintptr_t)b->c;
  h = dmix(h, (uint64_t)(uintptr_t)b->c);
  switch (b->tt) {
  case MRB_TT_STRING: {
    const unsigned char *p = (const unsigned char *)RSTRING_PTR(v);
    mrb_int n = RSTRING_LEN(v);
    h = dmix(h, (uint64_t)n);
    for (mrb_int i = 0; i < n && i < 256; i++) h = dmix(h, p[i]);
    break;
  }
  case MRB_TT_ARRAY: {
    mrb_int n = RARRAY_LEN(v);
    h = dmix(h, (uint64_t)n);
    for (mrb_int i = 0; i < n && i < 64; i++) h = dmix(h, value_word(RARRAY_PTR(v)[i]));
    break;
  }
  case MRB_TT_PROC:
    h = dmix(h, (uint64_t)(uintptr_t)((struct RProc *)b)->body.irep);
    break;
  default:
    break;
  }
  return h;
}

static struct gcs_kept *kept_slot(uint32_t key, int create) {
  for (uint32_t i = 0; i < S.nkept; i++)
    if (S.kept[i].key == key) return &S.kept[i];
  if (!create) return NULL;
  if (S.nkept < GCS_MAX_KEPT) return &S.kept[S.nkept++];
  return &S.kept[key % GCS_MAX_KEPT];
}

static uint64_t slot_seq(uintptr_t addr) {
  if (!S.track || !addr) return 0;
  struct slot_info *si = gcs_slot_get(addr, 0);
  return si ? si->seq : 0;
}

/* GCStress.keep(key, v) -> v: remember v for GCStress.expect(key, ...). */
static mrb_value gcs_m_keep(mrb_state *mrb, mrb_value self) {
  (void)self;
  mrb_int key;
  mrb_value v;
  mrb_get_args(mrb, "io", &key, &v);
  struct gcs_kept *k = kept_slot((uint32_t)key, 1);
  k->key = (uint32_t)key;
  k->digest = gcs_value_digest(mrb, v, &k->tt, &k->addr, &k->cls);
  k->seq = slot_seq(k->addr);
  return v;
}

/* The Ruby line of the call into a C method running now (GCStress.expect):
 * in mruby 3 and later the caller's pc already points past its send. */
static int32_t caller_line(mrb_state *mrb) {
#if MRUBY_RELEASE_MAJOR >= 3
  if (!mrb->c || !mrb->c->ci) return -1;
  for (mrb_callinfo *ci = mrb->c->ci; ci >= mrb->c->cibase; ci--) {
    const struct RProc *p = ci->proc;
    if (p && !MRB_PROC_CFUNC_P(p) && p->body.irep && ci->pc) {
      const mrb_irep *irep = p->body.irep;
      if (ci->pc <= irep->iseq || ci->pc > irep->iseq + irep->ilen) return -1;
      return mrb_debug_get_line(mrb, irep, (uint32_t)(ci->pc - irep->iseq - 1));
    }
  }
  return -1;
#else
  return gcs_ruby_line(mrb);
#endif
}

/* "RString String": the type's name and, if cls is still a class, its name;
 * for an immediate (no slot), the class's name alone ("Symbol"). */
static void describe(mrb_state *mrb, char *out, size_t cap, int32_t tt, uintptr_t cls, int imm) {
  const char *cn = NULL;
  struct RClass *c = (struct RClass *)cls;
  if (c && (c->tt == MRB_TT_CLASS || c->tt == MRB_TT_MODULE || c->tt == MRB_TT_SCLASS)) {
    struct mrb_jmpbuf *prev = mrb->jmp;
    struct mrb_jmpbuf jb;
    MRB_TRY(&jb) {
      mrb->jmp = &jb;
      cn = mrb_class_name(mrb, mrb_class_real(c));
    }
    MRB_CATCH(&jb) {
      mrb->exc = NULL;
      cn = NULL;
    }
    MRB_END_EXC(&jb);
    mrb->jmp = prev;
  }
  if (imm) snprintf(out, cap, "%s", cn ? cn : "immediate");
  else if (tt == MRB_TT_FREE || !cn) snprintf(out, cap, "%s", gcs_tt_name(tt));
  else snprintf(out, cap, "%s %s", gcs_tt_name(tt), cn);
}

/* GCStress.expect(key, v) -> true if v is what GCStress.keep(key, ...) kept
 * (the same object, type, class and contents), nil if nothing was kept under
 * key. Otherwise the run ends here with GCS_END_WRONG_RESULT. */
static mrb_value gcs_m_expect(mrb_state *mrb, mrb_value self) {
  (void)self;
  mrb_int key;
  mrb_value v;
  mrb_get_args(mrb, "io", &key, &v);
  struct gcs_kept *k = kept_slot((uint32_t)key, 0);
  if (!k) return mrb_nil_value();
  int32_t tt;
  uintptr_t addr, cls;
  uint64_t d = gcs_value_digest(mrb, v, &tt, &addr, &cls);
  uint64_t seq = slot_seq(addr);
  uint32_t how = 0;
  if (addr && addr == k->addr) {
    /* another allocation in the slot, by the slot table if slots are
     * tracked; without it, other contents count as another object too (the
     * objects generated programs hold are never changed after the store), so
     * the signature is the same with and without --verify */
    int tracked = seq && k->seq;
    if (tt == MRB_TT_FREE) how = GCS_WRONG_FREED;
    else if (tracked ? seq != k->seq : d != k->digest) how = GCS_WRONG_REUSED;
    else if (d != k->digest) how = GCS_WRONG_CHANGED;
  } else if (addr != k->addr || d != k->digest) {
    how = mrb_nil_p(v) ? GCS_WRONG_MISSING : GCS_WRONG_OTHER;
  }
  if (!how) return mrb_true_value();
  S.in_shim++;
  struct gcs_wrong *w = &S.res->wrong;
  w->key = (uint32_t)key;
  w->line = caller_line(mrb);
  w->how = how;
  w->expected_tt = k->tt;
  w->actual_tt = tt;
  w->tracked = S.track != 0;
  w->expected_seq = k->seq;
  w->actual_seq = seq;
  describe(mrb, w->expected_desc, sizeof w->expected_desc, k->tt, k->cls, k->addr == 0);
  describe(mrb, w->actual_desc, sizeof w->actual_desc, tt, cls, addr == 0);
  S.active = 0;
  S.res->end = GCS_END_WRONG_RESULT;
  gcs_rec_end(mrb, GCS_END_WRONG_RESULT);
  if (gcs_inproc && gcs_inproc->on_finding) gcs_inproc->on_finding(); /* does not return */
  fflush(stdout);
  fflush(stderr);
  _exit(0);
}

void gcs_define_module(mrb_state *mrb) {
  struct RClass *m = mrb_define_module(mrb, "GCStress");
  mrb_define_module_function(mrb, m, "minor", gcs_m_minor, MRB_ARGS_NONE());
  mrb_define_module_function(mrb, m, "full", gcs_m_full, MRB_ARGS_NONE());
  mrb_define_module_function(mrb, m, "step", gcs_m_step, MRB_ARGS_NONE());
  mrb_define_module_function(mrb, m, "mark", gcs_m_mark, MRB_ARGS_NONE());
  mrb_define_module_function(mrb, m, "stats", gcs_m_stats, MRB_ARGS_NONE());
  mrb_define_module_function(mrb, m, "generational?", gcs_m_generational, MRB_ARGS_NONE());
  mrb_define_module_function(mrb, m, "watch", gcs_m_watch, MRB_ARGS_REQ(1));
  mrb_define_module_function(mrb, m, "freed?", gcs_m_freed, MRB_ARGS_REQ(1));
  mrb_define_module_function(mrb, m, "ruby_method?", gcs_m_ruby_method, MRB_ARGS_REQ(2));
  mrb_define_module_function(mrb, m, "keep", gcs_m_keep, MRB_ARGS_REQ(2));
  mrb_define_module_function(mrb, m, "expect", gcs_m_expect, MRB_ARGS_REQ(2));
}

/* ------------------------------------------------------------------------ */
/* Crash handler: frames into the shared result, then die by the signal.    */

static char altstack[64 * 1024];

void gcs_crash_handler(int sig, siginfo_t *si, void *uctx) {
  struct gcs_result *r = S.res;
  if (gcs_rec_on && r && !r->crash_signal) gcs_rec_crash(sig, si);
  if (r && !r->crash_signal) {
    r->crash_signal = sig;
    r->fault_addr = (uint64_t)(uintptr_t)si->si_addr;
    void *frames[GCS_MAX_FRAMES];
    int n = 0;
    ucontext_t *uc = uctx;
#if defined(__x86_64__)
    uint64_t pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
    r->fault_sp = (uint64_t)uc->uc_mcontext.gregs[REG_RSP];
#else
    uint64_t pc = 0;
    (void)uc;
#endif
    uint32_t k = 0;
    if (pc) r->frames[k++] = pc;
    n = backtrace(frames, GCS_MAX_FRAMES);
    for (int i = 0; i < n && k < GCS_MAX_FRAMES; i++) r->frames[k++] = (uint64_t)(uintptr_t)frames[i];
    r->nframes = k;
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

/* Load the unwinder now, not inside the handler. The fork server calls this
 * once before its first fork, so a child does not walk its own stack (and
 * fault in the unwind tables) just to install the handlers. */
void gcs_warm_unwinder(void) {
  static int warmed;
  if (warmed) return;
  void *warm[4];
  backtrace(warm, 4);
  warmed = 1;
}

void gcs_copy_quiet(void) {
  S.verifying = 1;
  int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], SIG_DFL);
  alarm(5);
}

void gcs_install_crash_handlers(void) {
  gcs_warm_unwinder();
  stack_t ss;
  ss.ss_sp = altstack;
  ss.ss_size = sizeof altstack;
  ss.ss_flags = 0;
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = gcs_crash_handler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, NULL);
}

/* ------------------------------------------------------------------------ */
/* Running one program.                                                      */

void gcs_reset(struct gcs_result *res, const struct gcs_request *req, const struct gcs_item *items) {
  S.res = res;
  S.req = req;
  S.items = items;
  S.mem_limit = req->mem_limit;
  S.track = (req->flags & (GCS_F_VERIFY | GCS_F_VERIFY_ALL | GCS_F_RECORD)) != 0;
  S.active = 0;
  S.in_shim = 0;
  S.malloc_failed = 0;
  S.gc_no = 0;
  S.scheduled = 0;
  S.scheduled_gcs = 0;
  S.candidates = 0;
  S.mark_checks = 0;
  S.vm_gcs = 0;
  S.vm_checks = 0;
  S.nkept = 0;
  q_head = q_n = 0;
  q_lo = q_hi = 0;
}

static void copy_str(char *dst, size_t cap, const char *src, size_t len) {
  if (len >= cap) len = cap - 1;
  memcpy(dst, src, len);
  dst[len] = 0;
}

/* Record the pending exception (class and message) and clear it. */
static void take_exception(mrb_state *mrb, struct gcs_result *r) {
  mrb_value exc = mrb_obj_value(mrb->exc);
  mrb->exc = NULL;
  S.active = 0;
  const char *cn = mrb_obj_classname(mrb, exc);
  copy_str(r->exc_class, sizeof r->exc_class, cn ? cn : "?", cn ? strlen(cn) : 1);
  struct mrb_jmpbuf *prev = mrb->jmp;
  struct mrb_jmpbuf jb;
  MRB_TRY(&jb) {
    mrb->jmp = &jb;
    mrb_value m = mrb_funcall(mrb, exc, "message", 0);
    if (mrb_string_p(m)) copy_str(r->exc_message, sizeof r->exc_message, RSTRING_PTR(m), RSTRING_LEN(m));
  }
  MRB_CATCH(&jb) {
    mrb->exc = NULL;
  }
  MRB_END_EXC(&jb);
  mrb->jmp = prev;
}

/* Nil the VM stack above the top-level frame's self. The fork server's own
 * set-up (defining GCStress, switching the GC mode) leaves values there, and
 * an embedder whose evals keep top-level locals between runs (Artichoke:
 * one parser context, `keep_lv`) does not clear the registers of a program's
 * new locals: one read before its assignment would see what the set-up left
 * instead of nil (the stock interpreter, which ran no set-up, sees nil). */
void gcs_clear_stack(mrb_state *mrb) {
  struct mrb_context *c = mrb->c;
  /* called at top level, where the frame starts at the stack's base */
  if (!c || !c->stbase || !c->stend || c->ci != c->cibase) return;
  for (mrb_value *v = c->stbase + 1; v < c->stend; v++) *v = mrb_nil_value();
}

/* Apply the request's settings to a freshly opened VM. Returns 0 on success. */
int gcs_setup(mrb_state *mrb) {
  const struct gcs_request *q = S.req;
  struct gcs_result *r = S.res;
  S.mrb = mrb;
  if (q->gen >= 0) {
    struct RClass *gcm = mrb_module_get(mrb, "GC");
    mrb_funcall(mrb, mrb_obj_value(gcm), "generational_mode=", 1, mrb_bool_value(q->gen != 0));
    if (mrb->exc) {
      snprintf(r->setup_error, sizeof r->setup_error, "this VM cannot set GC.generational_mode");
      mrb->exc = NULL;
      return -1;
    }
  }
  if (q->step_ratio >= 0) mrb->gc.step_ratio = q->step_ratio;
  if (q->interval_ratio >= 0) mrb->gc.interval_ratio = q->interval_ratio;
  return 0;
}

void gcs_begin(mrb_state *mrb) {
  if (gcs_rec_on) gcs_rec_begin(mrb);
  snapshot(mrb);
  /* the mode the program starts in (gcs_finish updates it; a run that ends
   * early, by a verifier finding or a crash, keeps this) */
  S.res->c.generational = mrb->gc.generational;
  S.run_depth = 0;
  S.active = 1;
}

/* Every host's eval ends in mrb_top_run (mrb_load_exec, after parsing and
 * code generation): the worker is linked with --wrap=mrb_top_run, so the
 * shim knows when the program's own code runs. */
#if MRUBY_RELEASE_MAJOR < 3
typedef struct RProc *gcs_top_proc;
typedef unsigned int gcs_stack_keep;
#else
typedef const struct RProc *gcs_top_proc;
typedef mrb_int gcs_stack_keep;
#endif
mrb_value __real_mrb_top_run(mrb_state *mrb, gcs_top_proc proc, mrb_value self, gcs_stack_keep keep);

mrb_value __wrap_mrb_top_run(mrb_state *mrb, gcs_top_proc proc, mrb_value self, gcs_stack_keep keep) {
  S.run_depth++;
  mrb_value v = __real_mrb_top_run(mrb, proc, self, keep);
  S.run_depth--;
  return v;
}

void gcs_finish(mrb_state *mrb) {
  struct gcs_result *r = S.res;
  S.active = 0;
  S.run_depth = 0;
  if (mrb->exc) take_exception(mrb, r);
  struct heap_count h = heap_count(mrb);
  r->c.live_end = h.live;
  r->c.old_end = h.old;
  r->c.slots_end = h.slots;
  r->c.heap_lo = h.lo;
  r->c.heap_hi = h.hi;
  r->c.generational = mrb->gc.generational;
  r->c.gc_state = mrb->gc.state;
  if (r->end == GCS_END_NONE) r->end = r->exc_class[0] ? GCS_END_EXCEPTION : GCS_END_OK;
  gcs_rec_end(mrb, r->end);
}

static void record_parse_error(const struct mrb_parser_state *p) {
  struct gcs_result *r = S.res;
  r->end = GCS_END_PARSE_ERROR;
  r->parse_line = p->error_buffer[0].lineno;
  r->parse_col = p->error_buffer[0].column;
  const char *m = p->error_buffer[0].message ? p->error_buffer[0].message : "syntax error";
  copy_str(r->parse_message, sizeof r->parse_message, m, strlen(m));
}

/* Parse and run a Ruby program on an mruby VM. */
void gcs_eval_mruby(mrb_state *mrb, const char *code, size_t len, const char *filename) {
  struct gcs_result *r = S.res;
  mrbc_context *cxt = mrbc_context_new(mrb);
  mrbc_filename(mrb, cxt, filename);
  cxt->capture_errors = TRUE;
  gcs_begin(mrb);
  struct mrb_parser_state *p = mrb_parse_nstring(mrb, code, len, cxt);
  if (!p) {
    S.active = 0;
    snprintf(r->setup_error, sizeof r->setup_error, "the VM could not allocate a parser");
    r->end = GCS_END_SETUP;
    return;
  }
  if (p->nerr > 0) {
    S.active = 0;
    record_parse_error(p);
    mrb_parser_free(p);
    mrbc_context_free(mrb, cxt);
    return;
  }
  mrb_load_exec(mrb, p, cxt);
  gcs_finish(mrb);
  mrbc_context_free(mrb, cxt);
}

/* ------------------------------------------------------------------------ */
/* For hosts that run programs through their own eval API (Artichoke).      */

int gcs_check_syntax(mrb_state *mrb, const char *code, size_t len, const char *filename) {
  struct gcs_result *r = S.res;
  S.in_shim++;
  mrbc_context *cxt = mrbc_context_new(mrb);
  mrbc_filename(mrb, cxt, filename);
  cxt->capture_errors = TRUE;
  struct mrb_parser_state *p = mrb_parse_nstring(mrb, code, len, cxt);
  int rc = 0;
  if (!p) {
    snprintf(r->setup_error, sizeof r->setup_error, "the VM could not allocate a parser");
    r->end = GCS_END_SETUP;
    rc = -1;
  } else {
    if (p->nerr > 0) {
      record_parse_error(p);
      rc = -1;
    }
    mrb_parser_free(p);
  }
  mrbc_context_free(mrb, cxt);
  S.in_shim--;
  return rc;
}

void gcs_stop(void) {
  S.active = 0;
}

void gcs_set_exception(const char *cls, size_t cls_len, const char *msg, size_t msg_len) {
  struct gcs_result *r = S.res;
  S.active = 0;
  copy_str(r->exc_class, sizeof r->exc_class, cls_len ? cls : "?", cls_len ? cls_len : 1);
  copy_str(r->exc_message, sizeof r->exc_message, msg, msg_len);
}

void gcs_note_panic(void) {
  if (S.res) S.res->host_panic = 1;
}

size_t gcs_sizeof_mrb_state(void) {
  return sizeof(mrb_state);
}

size_t gcs_sizeof_mrb_value(void) {
  return sizeof(mrb_value);
}

/* The SanitizerCoverage counters of the binary the shim is linked into (an
 * in-process fuzz target; both null elsewhere). A fuzz target that runs each
 * input in a forked copy of a warm VM copies the child's counts back. */
extern char __start___sancov_cntrs[] __attribute__((weak));
extern char __stop___sancov_cntrs[] __attribute__((weak));

void gcs_coverage_counters(char **lo, char **hi) {
  *lo = __start___sancov_cntrs;
  *hi = __stop___sancov_cntrs;
}

/* ------------------------------------------------------------------------ */
/* For in-process hosts (the cargo-fuzz targets in fuzz/).                  */

struct gcs_inproc *gcs_inproc;

/* A barrier call while a program runs: does it have work to do, as the VM's
 * own barrier checks it (a black parent; for a field barrier, a white child)?
 * In generational mode at ROOT that is an old object taking a young one (it
 * joins the remembered set); during marking, a store into a scanned object. */
static void inproc_barrier(mrb_state *mrb, uint32_t hook, struct RBasic *obj, struct RBasic *value, void *ret) {
  struct gcs_inproc *o = gcs_inproc;
  int work = GCS_COLOR(obj) == GCS_BLACK;
  if (value) work = work && (GCS_COLOR(value) & GCS_WHITES) && GCS_COLOR(value) != 7 /* red: read-only */;
  if (!work) {
    o->barrier_noop++;
    return;
  }
  int marking = mrb->gc.state != MRB_GC_STATE_ROOT;
  if (hook == GCS_HOOK_FIELD_WB) {
    if (marking) o->field_wb_marking++;
    else o->old_young_wb++;
  } else {
    if (marking) o->wb_marking++;
    else o->old_wb++;
  }
  edge_count(hook == GCS_HOOK_FIELD_WB ? (marking ? GCS_HOOK_INPROC_FIELD_WB_MARK : GCS_HOOK_INPROC_OLD_YOUNG)
                                       : (marking ? GCS_HOOK_INPROC_WB_MARK : GCS_HOOK_INPROC_OLD_WB),
             ret);
  if (o->rs_gc != S.gc_no) {
    o->rs_gc = S.gc_no;
    o->rs_cur = 0;
  }
  if (++o->rs_cur > o->remembered_max) o->remembered_max = o->rs_cur;
}

void gcs_release(void) {
  free(S.slots);
  free(S.blocks);
  free(S.incs);
  gcs_verifier_release();
  S.slots = NULL;
  S.blocks = NULL;
  S.incs = NULL;
  S.slots_cap = S.slots_used = S.blocks_cap = S.blocks_used = 0;
  S.incs_cap = S.incs_n = 0;
  S.track = 0;
  S.active = 0;
  S.mrb = NULL;
}

#if MRUBY_RELEASE_MAJOR >= 4
/* mruby 4 allocates everything through mrb_basic_alloc_func (no allocf in
 * mrb_state); the worker is linked with --wrap=mrb_basic_alloc_func, so every
 * call from the VM lands here, the first (the mrb_state itself) included.
 *
 * Only mrb_realloc_simple collects and retries when it gets NULL; the parser,
 * the code generator and the memory pool call the allocator directly and
 * treat NULL as out of memory. A `mallocfail` schedule is about GC inside
 * malloc, so it counts and fails only the calls made from mrb_realloc_simple
 * (its extent is read from the worker's own symbol table, once). */
static uintptr_t rs_lo, rs_hi;
static int rs_known;

static void find_realloc_simple(void) {
  rs_known = 1;
  rs_lo = (uintptr_t)&mrb_realloc_simple;
  rs_hi = rs_lo + 256; /* if the symbol table cannot be read: a safe guess */
  int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  struct stat st;
  void *map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && (size_t)st.st_size > sizeof(Elf64_Ehdr))
    map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) return;
  const unsigned char *b = map;
  const Elf64_Ehdr *eh = map;
  size_t len = (size_t)st.st_size;
  if (memcmp(eh->e_ident, ELFMAG, SELFMAG) == 0 && eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr) <= len) {
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(b + eh->e_shoff);
    for (int i = 0; i < eh->e_shnum; i++) {
      if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum) continue;
      const Elf64_Shdr *strs = &sh[sh[i].sh_link];
      if (sh[i].sh_offset + sh[i].sh_size > len || strs->sh_offset + strs->sh_size > len) break;
      const Elf64_Sym *sym = (const Elf64_Sym *)(b + sh[i].sh_offset);
      size_t n = sh[i].sh_size / sizeof(Elf64_Sym);
      for (size_t k = 0; k < n; k++) {
        if (sym[k].st_value != rs_lo || sym[k].st_size == 0 || sym[k].st_name >= strs->sh_size) continue;
        if (strcmp((const char *)b + strs->sh_offset + sym[k].st_name, "mrb_realloc_simple") == 0) {
          rs_hi = rs_lo + sym[k].st_size;
          break;
        }
      }
      break;
    }
  }
  munmap(map, len);
}

void *__wrap_mrb_basic_alloc_func(void *p, size_t size) {
  uintptr_t ret = (uintptr_t)__builtin_return_address(0);
  if (!rs_known) find_realloc_simple();
  if (ret >= rs_lo && ret < rs_hi) return gcs_allocf(S.mrb, p, size, NULL);
  /* no collect-and-retry at this caller: never failed on schedule */
  S.in_shim++;
  void *q = gcs_allocf(S.mrb, p, size, NULL);
  S.in_shim--;
  return q;
}
#endif

#ifdef ARTICHOKE
/* Artichoke opens its VM with mrb_default_allocf; the worker is linked with
 * --wrap=mrb_default_allocf, so that reference lands here and the VM runs on
 * the shim's allocator from its first allocation, as mruby workers do. */
void *__wrap_mrb_default_allocf(mrb_state *mrb, void *p, size_t size, void *ud) {
  return gcs_allocf(mrb, p, size, ud);
}

/* Artichoke asks this before every call from Rust into Ruby on a value
 * (Value::funcall, Block::yield_arg) and raises `fatal` ("Value receiver for
 * function call is dead") on a yes. Linked with --wrap=mrb_sys_value_is_dead:
 * count the checks; on the first "dead", record what the slot and the
 * collector looked like at that moment, and where the host asked from. */
mrb_bool __real_mrb_sys_value_is_dead(mrb_state *mrb, mrb_value value);

mrb_bool __wrap_mrb_sys_value_is_dead(mrb_state *mrb, mrb_value value) {
  mrb_bool dead = __real_mrb_sys_value_is_dead(mrb, value);
  struct gcs_result *r = S.res;
  if (!r || S.verifying) return dead;
  r->host_dead_checks++;
  if (!dead || r->host_dead_addr || mrb_immediate_p(value)) return dead;
  struct RBasic *obj = mrb_basic_ptr(value);
  r->host_dead_addr = (uint64_t)(uintptr_t)obj;
  r->host_dead_gc_state = (int32_t)mrb->gc.state;
  struct find_slot f = {(uintptr_t)obj, 0, 0};
  if (obj) gcs_each_object_quiet(mrb, find_slot_cb, &f);
  r->host_dead_tt = f.found ? (int32_t)obj->tt : -1;
  r->host_dead_color = f.found ? (int32_t)GCS_COLOR(obj) : -1;
  r->host_dead_white = mrb->gc.current_white_part;
  snprintf(r->host_dead_type, sizeof r->host_dead_type, "%s", f.found ? gcs_tt_name(obj->tt) : "not a heap slot");
  /* Was it really dead? A free slot is a use-after-free already. Otherwise
   * run a full GC in a forked copy (the real heap is untouched): an object
   * that survives it, with its type and class unchanged, was live -- the
   * check misread a mid-cycle colour. One that is freed was garbage. */
  if (!f.found) {
    r->host_dead_class = 0;
  } else if (obj->tt == MRB_TT_FREE) {
    r->host_dead_class = 1;
  } else {
    enum mrb_vtype tt0 = obj->tt;
    struct RClass *c0 = obj->c;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
      GCS_COPY_BEGIN(mrb);
      mrb->gc.disabled = FALSE;
      mrb->gc.iterating = FALSE;
      mrb_full_gc(mrb);
      int intact = obj->tt == tt0 && obj->c == c0;
      _exit(obj->tt == MRB_TT_FREE ? 1 : intact ? 2 : 3);
    }
    int st = 0;
    if (pid > 0) {
      while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
      if (WIFEXITED(st) && WEXITSTATUS(st) == 2) r->host_dead_class = 2;
      else if (WIFEXITED(st) && (WEXITSTATUS(st) == 1 || WEXITSTATUS(st) == 3)) r->host_dead_class = 1;
      else r->host_dead_class = 1; /* the copy died on the heap: not intact */
    }
  }
  if (r->nframes == 0 && !r->crash_signal) {
    void *frames[GCS_MAX_FRAMES];
    int n = backtrace(frames, GCS_MAX_FRAMES);
    for (int i = 0; i < n; i++) r->frames[i] = (uint64_t)(uintptr_t)frames[i];
    r->nframes = (uint32_t)(n < 0 ? 0 : n);
  }
  return dead;
}
#endif
