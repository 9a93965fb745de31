/*
 * shim.c -- gcstress's only code inside the VM process.
 *
 * Compiled against each VM's own headers and flags (libmruby.flags.mak), and
 * linked with
 *   -Wl,--wrap=mrb_obj_alloc -Wl,--wrap=mrb_field_write_barrier
 *   -Wl,--wrap=mrb_write_barrier -Wl,--wrap=mrb_gc_mark_iv
 * so that every cross-object call into the collector passes through the
 * __wrap_* functions below. mruby itself is not patched.
 *
 * What lives here:
 *   - the allocator given to mrb_open_allocf (malloc failures on schedule, a
 *     memory limit, block tracking for the verifier);
 *   - the hooks (allocation counting, the GC schedule, barrier counting and
 *     barrier mutants, caller edges, phase coverage, slot history);
 *   - the GC primitives minor / full / step / mark and the Ruby module GCStress;
 *   - the heap verifier (a forked copy of the process re-marks the heap with
 *     the VM's own marker; see ARCHITECTURE.md);
 *   - the crash handler that writes frames into the shared result;
 *   - gcs_run(): one program, one request, one result.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <execinfo.h>
#include <malloc.h>
#include <setjmp.h>
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

#include "gcstress.h"
#include "shim.h"

#if MRUBY_RELEASE_MAJOR >= 3
#define GCS_INT_VALUE(mrb, n) mrb_int_value((mrb), (mrb_int)(n))
#else
#define GCS_INT_VALUE(mrb, n) mrb_fixnum_value((mrb_int)(n))
#endif

#if MRUBY_RELEASE_MAJOR > 3 || (MRUBY_RELEASE_MAJOR == 3 && MRUBY_RELEASE_MINOR >= 3)
#define GCS_OLDGEN_THRESHOLD(gc) ((gc)->oldgen_threshold)
#else
#define GCS_OLDGEN_THRESHOLD(gc) ((gc)->majorgc_old_threshold)
#endif

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

static struct {
  struct gcs_result *res;      /* shared with the fork server */
  const struct gcs_request *req;
  const struct gcs_item *items;
  mrb_state *mrb;
  int active;                  /* a program is running: count and schedule */
  int in_shim;                 /* the shim itself is allocating: do not schedule */
  int run_depth;               /* inside mrb_top_run: Ruby code runs (mallocs count) */
  int track;                   /* keep slot and block tables (verify/record) */
  int verifying;               /* this process is a verifier copy */
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
  /* the verifier copy: set of poisoned (freed) slots */
  uintptr_t *poisoned;
  size_t poisoned_cap, poisoned_n;
  uintptr_t hit[GCS_MAX_FINDINGS];
  size_t nhit;
  size_t slot_size;
  int verify_kind;
  int scheduled;               /* the GC being forced comes from the schedule */
  int owner_pass;              /* describe(): 0 named classes, 1 singleton classes */
  uint64_t scheduled_gcs;      /* forced GCs from the schedule so far */
  uint64_t candidates;         /* GCs the verifier could have checked (not asked for by the program) */
  uint32_t mark_checks;        /* such cycles checked in this run */
} S;

/* The event log (record.c, included at the end). */
static int gcs_rec_on;
static void rec_begin(mrb_state *mrb);
static void rec_alloc(mrb_state *mrb, struct RBasic *p, uintptr_t ret, uint64_t id, int by_shim);
static void rec_gc(mrb_state *mrb, int kind, int trigger, uint64_t no, struct RBasic *newp);
static void rec_barrier(int hook, const void *parent, const void *child, uintptr_t ret, int dropped);
static void rec_force(mrb_state *mrb, int kind, int skipped);
static void rec_gc_enter(int kind, int trigger);
static void rec_note_malloc_fail(void);
static void rec_gc_leave(void);
static void rec_alloc_enter(int on);
static void rec_end(mrb_state *mrb, int end);
static void rec_crash(int sig, siginfo_t *si);
static void rec_block_free(uintptr_t p, size_t size);

/* ------------------------------------------------------------------------ */
/* Small open-addressing tables (plain malloc: never through the VM).       */

static size_t hash_ptr(uintptr_t p) {
  uint64_t x = (uint64_t)p;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (size_t)x;
}

static void slots_grow(void);

static struct slot_info *slot_get(uintptr_t addr, int create) {
  if (!S.slots) {
    if (!create) return NULL;
    slots_grow();
    if (!S.slots) return NULL;
  }
  if (create && (S.slots_used + 1) * 2 > S.slots_cap) slots_grow();
  size_t mask = S.slots_cap - 1;
  for (size_t i = hash_ptr(addr) & mask;; i = (i + 1) & mask) {
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
static void populate(void *p, size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  uintptr_t lo = ((uintptr_t)p + 4095) & ~(uintptr_t)4095;
  uintptr_t hi = ((uintptr_t)p + bytes) & ~(uintptr_t)4095;
  if (hi > lo) madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)bytes;
#endif
}

static void slots_grow(void) {
  size_t ncap = S.slots_cap ? S.slots_cap * 2 : 512; /* most programs allocate a few hundred objects */
  struct slot_info *old = S.slots;
  size_t ocap = S.slots_cap;
  struct slot_info *n = calloc(ncap, sizeof *n);
  if (!n) return;
  populate(n, ncap * sizeof *n);
  S.slots = n;
  S.slots_cap = ncap;
  S.slots_used = 0;
  for (size_t i = 0; i < ocap; i++) {
    if (old[i].addr) {
      struct slot_info *d = slot_get(old[i].addr, 1);
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
  populate(n, ncap * sizeof *n);
  S.blocks = n;
  S.blocks_cap = ncap;
  S.blocks_used = 0;
  for (size_t i = 0; i < ocap; i++) {
    if (old[i].addr > 1) {
      size_t mask = ncap - 1;
      size_t j = hash_ptr(old[i].addr) & mask;
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
  size_t i = hash_ptr(addr) & mask;
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
  for (size_t i = hash_ptr(addr) & mask;; i = (i + 1) & mask) {
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
  for (size_t i = (hash_ptr(a) ^ hook) & mask, k = 0; k < GCS_MAX_EDGES; i = (i + 1) & mask, k++) {
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

static uintptr_t malloc_fail_caller(void) {
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
      if (gcs_rec_on) rec_block_free((uintptr_t)p, us);
      if (S.track) block_del((uintptr_t)p);
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
        rec_gc_leave();
        rec_gc(S.mrb, GCS_GC_FULL, GCS_TRIG_MALLOC, S.gc_no, NULL);
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
          if (S.req->flags & GCS_F_MALLOC_CALLERS) S.res->malloc_fail_caller = (uint64_t)malloc_fail_caller();
          if (gcs_rec_on) {
            rec_gc_enter(GCS_GC_FULL, GCS_TRIG_MALLOC);
            rec_note_malloc_fail();
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

static int32_t ruby_line(mrb_state *mrb) {
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

/* mark_end: the GC ended a cycle that mark steps held open (its own budget) */
static void verify_after_gc(mrb_state *mrb, int kind, int mark_end);

/* The collector as of the last allocation or forced GC: a difference at the
 * next allocation means a GC ran in between (GC.start, ObjectSpace, ...). */
static void snapshot(mrb_state *mrb) {
  S.snap_live = mrb->gc.live;
  S.snap_live_after_mark = mrb->gc.live_after_mark;
  S.snap_state = mrb->gc.state;
}


static int gc_blocked(mrb_state *mrb) {
  return mrb->gc.disabled || mrb->gc.iterating;
}

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
    rec_force(mrb, GCS_KIND_MINOR, 1);
    return "skipped";
  }
  rec_force(mrb, GCS_KIND_MINOR, 0);
  int rec_kind = gc->generational ? GCS_GC_MINOR : GCS_GC_MAJOR;
  rec_gc_enter(rec_kind, 0);
  S.in_shim++;
  const char *what = "minor";
  if (!gc->generational) {
    if (gc->state == MRB_GC_STATE_ROOT) mrb_incremental_gc(mrb);
    while (gc->state != MRB_GC_STATE_ROOT) mrb_incremental_gc(mrb);
    S.res->c.vm_major_cycles++;
    S.res->c.forced_full++;
    what = "major";
  } else {
    int drained = 0;
    while (gc->full || gc->state != MRB_GC_STATE_ROOT) {
      mrb_incremental_gc(mrb);
      drained = 1;
    }
    if (drained) note_cycle_end(mrb, 1);
    mrb_incremental_gc(mrb);
    S.res->c.forced_minor++;
  }
  S.gc_no++;
  S.in_shim--;
  snapshot(mrb);
  rec_gc_leave();
  rec_gc(mrb, rec_kind, 0, S.gc_no, NULL);
  verify_after_gc(mrb, GCS_KIND_MINOR, 0);
  return what;
}

const char *gcs_full(mrb_state *mrb) {
  if (gc_blocked(mrb)) {
    S.res->c.forced_skipped++;
    rec_force(mrb, GCS_KIND_FULL, 1);
    return "skipped";
  }
  rec_force(mrb, GCS_KIND_FULL, 0);
  rec_gc_enter(GCS_GC_FULL, 0);
  S.in_shim++;
  mrb_full_gc(mrb);
  S.res->c.forced_full++;
  S.res->c.vm_major_cycles++;
  S.gc_no++;
  S.in_shim--;
  snapshot(mrb);
  rec_gc_leave();
  rec_gc(mrb, GCS_GC_FULL, 0, S.gc_no, NULL);
  verify_after_gc(mrb, GCS_KIND_FULL, 0);
  return "full";
}

const char *gcs_step(mrb_state *mrb) {
  mrb_gc *gc = &mrb->gc;
  if (gc_blocked(mrb)) {
    S.res->c.forced_skipped++;
    rec_force(mrb, GCS_KIND_STEP, 1);
    return "skipped";
  }
  rec_force(mrb, GCS_KIND_STEP, 0);
  S.in_shim++;
  int minor = gc->generational && !gc->full;
  int before = gc->state;
  rec_gc_enter(minor ? GCS_GC_MINOR : GCS_GC_STEP, 0);
  mrb_incremental_gc(mrb);
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
  rec_gc_leave();
  rec_gc(mrb, minor ? GCS_GC_MINOR : ended ? GCS_GC_MAJOR_END : GCS_GC_STEP, 0,
         (minor || ended) ? S.gc_no : S.gc_no + 1, NULL);
  if (gc->state == MRB_GC_STATE_ROOT) verify_after_gc(mrb, minor ? GCS_KIND_MINOR : GCS_KIND_STEP, 0);
  return minor ? "minor" : "step";
}

/* Hold a major cycle open: if none is running, start one (in generational
 * mode: let the VM's own minor-then-clear_all_old path arm a major cycle);
 * then advance it by exactly one incremental step. */
const char *gcs_mark(mrb_state *mrb) {
  mrb_gc *gc = &mrb->gc;
  if (gc_blocked(mrb)) {
    S.res->c.forced_skipped++;
    rec_force(mrb, GCS_KIND_MARK, 1);
    return "skipped";
  }
  rec_force(mrb, GCS_KIND_MARK, 0);
  S.in_shim++;
  if (gc->generational && !gc->full && gc->state == MRB_GC_STATE_ROOT) {
    size_t saved = GCS_OLDGEN_THRESHOLD(gc);
    GCS_OLDGEN_THRESHOLD(gc) = 0; /* the minor cycle below then arms a major one */
    rec_gc_enter(GCS_GC_MINOR, 0);
    mrb_incremental_gc(mrb);
    rec_gc_leave();
    if (!gc->full) GCS_OLDGEN_THRESHOLD(gc) = saved;
    S.res->c.forced_minor++;
    S.gc_no++;
    S.in_shim--;
    rec_gc(mrb, GCS_GC_MINOR, 0, S.gc_no, NULL);
    S.in_shim++;
  }
  int before = gc->state;
  /* the smallest step the VM knows (step_ratio 1: about ten objects), so the
   * cycle stays open across as much Ruby code as possible */
  int ratio = gc->step_ratio;
  gc->step_ratio = 1;
  rec_gc_enter(GCS_GC_STEP, 0);
  mrb_incremental_gc(mrb);
  rec_gc_leave();
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
  rec_gc(mrb, ended ? GCS_GC_MAJOR_END : GCS_GC_STEP, 0, ended ? S.gc_no : S.gc_no + 1, NULL);
  /* a cycle held open by mark steps just ended: what it freed is checked now
   * (a barrier missed while it was open shows up here) */
  if (ended) {
    verify_after_gc(mrb, GCS_KIND_STEP, 1);
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
void __real_mrb_field_write_barrier(mrb_state *mrb, struct RBasic *obj, struct RBasic *value);
void __real_mrb_write_barrier(mrb_state *mrb, struct RBasic *obj);
void __real_mrb_gc_mark_iv(mrb_state *mrb, struct RObject *obj);

struct RBasic *__wrap_mrb_obj_alloc(mrb_state *mrb, enum mrb_vtype tt, struct RClass *cls) {
  void *ret = __builtin_return_address(0);
  if (!S.active || S.in_shim || S.verifying) {
    if (!gcs_rec_on || !S.active || S.verifying) return __real_mrb_obj_alloc(mrb, tt, cls);
    /* gcstress's own objects (GCStress.stats): logged, not counted */
    rec_alloc_enter(1);
    struct RBasic *q = __real_mrb_obj_alloc(mrb, tt, cls);
    rec_alloc_enter(0);
    rec_alloc(mrb, q, (uintptr_t)ret, 0, 1);
    return q;
  }
  mrb_gc *gc = &mrb->gc;
  struct gcs_counters *c = &S.res->c;
  rec_alloc_enter(0);

  /* a GC between the last allocation and this one (GC.start, each_object...) */
  if (gc->live < S.snap_live || gc->live_after_mark != S.snap_live_after_mark ||
      (int)gc->state != S.snap_state) {
    c->other_gc++;
    S.gc_no++;
    rec_gc(mrb, GCS_GC_UNKNOWN, GCS_TRIG_OTHER, S.gc_no, NULL);
  }

  uint64_t n = ++c->allocs;
  edge_count(GCS_HOOK_ALLOC, ret);
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

  /* what the VM does by itself inside this allocation */
  int st0 = gc->state;
  size_t live0 = gc->live, lam0 = gc->live_after_mark, thr0 = gc->threshold;
  int minor0 = gc->generational && !gc->full;
  rec_alloc_enter(1);
  struct RBasic *p = __real_mrb_obj_alloc(mrb, tt, cls);
  rec_alloc_enter(0);
  if ((int)gc->state != st0 || gc->live != live0 + 1 || gc->live_after_mark != lam0 || gc->threshold != thr0) {
    if (minor0 && st0 == MRB_GC_STATE_ROOT) {
      c->vm_minor++;
      S.gc_no++;
      rec_gc(mrb, GCS_GC_MINOR, GCS_TRIG_VM, S.gc_no, p);
      if (S.req->flags & GCS_F_VERIFY_ALL) verify_after_gc(mrb, GCS_KIND_MINOR, 0);
    } else {
      c->vm_major_steps++;
      if (st0 != MRB_GC_STATE_ROOT && gc->state == MRB_GC_STATE_ROOT) {
        c->vm_major_cycles++;
        S.gc_no++;
        rec_gc(mrb, GCS_GC_MAJOR_END, GCS_TRIG_VM, S.gc_no, p);
        /* the VM finished a major cycle by itself: with --verify-all always,
         * otherwise like a scheduled GC (rate-limited) */
        int sched = S.scheduled;
        S.scheduled = !(S.req->flags & GCS_F_VERIFY_ALL);
        verify_after_gc(mrb, GCS_KIND_STEP, 0);
        S.scheduled = sched;
      } else {
        rec_gc(mrb, GCS_GC_STEP, GCS_TRIG_VM, S.gc_no + 1, p);
      }
    }
  }
  if (S.track) {
    struct slot_info *si = slot_get((uintptr_t)p, 1);
    if (si) {
      si->seq = n;
      si->ret = (uintptr_t)ret;
      si->tt = (int32_t)tt;
      si->wb_count = 0;
      si->last_wb = 0;
      si->line = ruby_line(mrb);
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
  rec_alloc(mrb, p, (uintptr_t)ret, n, 0);
  snapshot(mrb);
  return p;
}

static int mutant_drop(void *ret) {
  uintptr_t a = (uintptr_t)ret;
  return S.req && S.req->mutant_hi && a >= S.req->mutant_lo && a < S.req->mutant_hi;
}

static void note_barrier(struct RBasic *obj) {
  if (!S.track) return;
  struct slot_info *si = slot_get((uintptr_t)obj, 0);
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
      rec_barrier(GCS_HOOK_FIELD_WB, obj, value, (uintptr_t)ret, 1);
      return;
    }
    note_barrier(obj);
    rec_barrier(GCS_HOOK_FIELD_WB, obj, value, (uintptr_t)ret, 0);
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
      rec_barrier(GCS_HOOK_WB, obj, NULL, (uintptr_t)ret, 1);
      return;
    }
    note_barrier(obj);
    rec_barrier(GCS_HOOK_WB, obj, NULL, (uintptr_t)ret, 0);
  }
  __real_mrb_write_barrier(mrb, obj);
}

/* ------------------------------------------------------------------------ */
/* Heap verifier.                                                            */
/*
 * After a GC, fork. In the copy: every FREE slot is disguised as an empty
 * RObject (no ivars) and every object is painted white; then the VM's own
 * incremental collector runs one complete non-generational cycle. The marker
 * reaches a disguised slot only through a reference from a live object, and
 * marking an RObject calls mrb_gc_mark_iv -- a cross-object call we wrap. So a
 * call of __wrap_mrb_gc_mark_iv on a disguised slot is exactly "a live object
 * references a freed slot". After the cycle, the surviving (reachable)
 * objects are scanned for the slot's address to name the parent.
 */

static int is_poisoned(uintptr_t a) {
  size_t lo = 0, hi = S.poisoned_n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (S.poisoned[mid] == a) return 1;
    if (S.poisoned[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

void __wrap_mrb_gc_mark_iv(mrb_state *mrb, struct RObject *obj) {
  if (S.verifying && is_poisoned((uintptr_t)obj)) {
    if (S.nhit < GCS_MAX_FINDINGS) {
      int dup = 0;
      for (size_t i = 0; i < S.nhit; i++) dup |= S.hit[i] == (uintptr_t)obj;
      if (!dup) S.hit[S.nhit++] = (uintptr_t)obj;
    }
    return;
  }
  __real_mrb_gc_mark_iv(mrb, obj);
}

static int cmp_uptr(const void *a, const void *b) {
  uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
  return x < y ? -1 : x > y;
}

static int collect_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)data;
  uintptr_t a = (uintptr_t)obj;
  static uintptr_t prev;
  if (prev && a > prev && (S.slot_size == 0 || a - prev < S.slot_size)) S.slot_size = a - prev;
  prev = a;
  if (obj->tt == MRB_TT_FREE) {
    if (S.poisoned_n == S.poisoned_cap) {
      S.poisoned_cap = S.poisoned_cap ? S.poisoned_cap * 2 : 4096;
      S.poisoned = realloc(S.poisoned, S.poisoned_cap * sizeof(uintptr_t));
      if (!S.poisoned) _exit(90);
    }
    S.poisoned[S.poisoned_n++] = a;
    struct RObject *o = (struct RObject *)obj;
    obj->tt = MRB_TT_OBJECT;
    obj->c = mrb->object_class;
    obj->flags = 0;
    o->iv = NULL;
  }
  GCS_COLOR(obj) = mrb->gc.current_white_part;
  return MRB_EACH_OBJ_OK;
}

struct scan {
  uintptr_t target;
  struct RBasic *found;
};

static int scan_slots_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)mrb;
  struct scan *s = data;
  if (obj->tt == MRB_TT_FREE || is_poisoned((uintptr_t)obj)) return MRB_EACH_OBJ_OK;
  uintptr_t *w = (uintptr_t *)obj;
  for (size_t i = 1; i < S.slot_size / sizeof(uintptr_t); i++) {
    if (w[i] == s->target) {
      s->found = obj;
      return MRB_EACH_OBJ_BREAK;
    }
  }
  return MRB_EACH_OBJ_OK;
}

static void each_object_quiet(mrb_state *mrb, mrb_each_object_callback *cb, void *data) {
  /* mrb_objspace_each_objects runs a full GC first unless iterating is set */
  mrb_bool it = mrb->gc.iterating;
  mrb->gc.iterating = TRUE;
  mrb_objspace_each_objects(mrb, cb, data);
  mrb->gc.iterating = it;
}

/* Find a live object referencing target: in its slot, or through one malloc'd
 * block it points to (arrays, hashes, ivar and method tables, env stacks). */
static struct RBasic *find_parent(mrb_state *mrb, uintptr_t target) {
  struct scan s = {target, NULL};
  each_object_quiet(mrb, scan_slots_cb, &s);
  if (s.found) return s.found;
  if (!S.blocks) return NULL;
  for (size_t i = 0; i < S.blocks_cap; i++) {
    struct block_info *b = &S.blocks[i];
    if (b->addr <= 1) continue;
    uintptr_t *w = (uintptr_t *)b->addr;
    for (size_t k = 0; k < b->size / sizeof(uintptr_t); k++) {
      if (w[k] == target) {
        /* the block holds it: which live object holds the block (directly or one level down)? */
        struct scan s2 = {b->addr, NULL};
        each_object_quiet(mrb, scan_slots_cb, &s2);
        if (s2.found) return s2.found;
        for (size_t j = 0; j < S.blocks_cap; j++) {
          struct block_info *b2 = &S.blocks[j];
          if (b2->addr <= 1 || j == i) continue;
          uintptr_t *w2 = (uintptr_t *)b2->addr;
          for (size_t m = 0; m < b2->size / sizeof(uintptr_t); m++) {
            if (w2[m] == b->addr) {
              struct scan s3 = {b2->addr, NULL};
              each_object_quiet(mrb, scan_slots_cb, &s3);
              if (s3.found) return s3.found;
            }
          }
        }
      }
    }
  }
  return NULL;
}

static const char *tt_name(int tt) {
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

struct proc_owner {
  const struct RProc *proc;
  struct RClass *cls;
  mrb_sym mid;
};

#if MRUBY_RELEASE_MAJOR >= 3
static int owner_mt_cb(mrb_state *mrb, mrb_sym mid, mrb_method_t m, void *data) {
  (void)mrb;
  struct proc_owner *o = data;
  if (!MRB_METHOD_CFUNC_P(m) && MRB_METHOD_PROC(m) == o->proc) {
    o->mid = mid;
    return 1;
  }
  return 0;
}
#endif

static int owner_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  struct proc_owner *o = data;
  if (obj->tt != MRB_TT_CLASS && obj->tt != MRB_TT_MODULE && obj->tt != MRB_TT_SCLASS)
    return MRB_EACH_OBJ_OK;
  if ((obj->tt == MRB_TT_SCLASS) != (S.owner_pass == 1)) return MRB_EACH_OBJ_OK;
  if (is_poisoned((uintptr_t)obj)) return MRB_EACH_OBJ_OK;
  struct RClass *c = (struct RClass *)obj;
  if (!c->mt) return MRB_EACH_OBJ_OK;
#if MRUBY_RELEASE_MAJOR >= 3
  mrb_mt_foreach(mrb, c, owner_mt_cb, o);
  if (o->mid) {
    o->cls = c;
    return MRB_EACH_OBJ_BREAK;
  }
#else
  (void)mrb;
  khash_t(mt) *h = c->mt;
  for (khiter_t k = kh_begin(h); k != kh_end(h); k++) {
    if (!kh_exist(h, k)) continue;
    mrb_method_t m = kh_value(h, k);
    if (!MRB_METHOD_CFUNC_P(m) && MRB_METHOD_PROC(m) == o->proc) {
      o->cls = c;
      o->mid = kh_key(h, k);
      return MRB_EACH_OBJ_BREAK;
    }
  }
#endif
  return MRB_EACH_OBJ_OK;
}

static void describe(mrb_state *mrb, struct RBasic *obj, char *buf, size_t len) {
  const char *t = tt_name(obj->tt);
  if (obj->tt == MRB_TT_PROC) {
    /* a named class or module first (Numeric#-@), a singleton class only if nothing else */
    struct proc_owner o = {(const struct RProc *)obj, NULL, 0};
    S.owner_pass = 0;
    each_object_quiet(mrb, owner_cb, &o);
    if (!o.cls) {
      S.owner_pass = 1;
      each_object_quiet(mrb, owner_cb, &o);
    }
    if (o.cls) {
      const char *cn = mrb_class_name(mrb, o.cls);
      const char *mn = mrb_sym2name(mrb, o.mid);
      snprintf(buf, len, "%s %s#%s", t, cn ? cn : "?", mn ? mn : "?");
      return;
    }
  }
  if (obj->tt == MRB_TT_CLASS || obj->tt == MRB_TT_MODULE) {
    const char *cn = mrb_class_name(mrb, (struct RClass *)obj);
    snprintf(buf, len, "%s %s", t, cn ? cn : "?");
    return;
  }
  if (obj->c && (obj->tt == MRB_TT_OBJECT || obj->tt == MRB_TT_DATA)) {
    const char *cn = mrb_class_name(mrb, obj->c);
    snprintf(buf, len, "%s (instance of %s)", t, cn ? cn : "?");
    return;
  }
  snprintf(buf, len, "%s", t);
}

/* Whether an object of type `parent` can hold a pointer to one of type
 * `child` in its own slot (not through a malloc'd table, whose owner may
 * point at anything): a proc's fields are its upper proc, its env or its
 * target class. */
static int may_point_at(int parent, int child) {
  if (parent == MRB_TT_PROC)
    return child == MRB_TT_ENV || child == MRB_TT_PROC || child == MRB_TT_CLASS || child == MRB_TT_MODULE ||
           child == MRB_TT_SCLASS || child == MRB_TT_ICLASS;
  return 1;
}

/* After the disguise: sort the disguised slots (is_poisoned searches them)
 * and set the collector up for one complete non-generational cycle, with the
 * disguised slots counted as live while it runs. */
static void verify_prepare(mrb_gc *gc) {
  qsort(S.poisoned, S.poisoned_n, sizeof(uintptr_t), cmp_uptr);
  gc->live += S.poisoned_n;
  gc->generational = FALSE;
  gc->full = FALSE;
  gc->state = MRB_GC_STATE_ROOT;
#if !GCS_HAVE_GRAY_LIST
  gc->gray_stack_top = 0;
  gc->gray_overflow = FALSE;
#else
  gc->gray_list = NULL;
  gc->atomic_gray_list = NULL;
#endif
  gc->disabled = FALSE;
}

static void verify_copy(mrb_state *mrb, int kind) {
  mrb_gc *gc = &mrb->gc;
  S.verifying = 1;
  S.active = 0;
  /* die quietly: the crash handler would write into the shared result */
  int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], SIG_DFL);
  alarm(5);
  each_object_quiet(mrb, collect_cb, NULL);
  if (S.poisoned_n == 0) _exit(0);
  verify_prepare(gc);
  /* mark (the VM's own marker); no hit by the end of marking: nothing to report */
  /* (one call may run a whole cycle, ROOT to ROOT, on a small heap) */
  long calls = 0;
  do {
    mrb_incremental_gc(mrb);
    if (++calls > 100000000L) _exit(0);
  } while (gc->state == MRB_GC_STATE_MARK);
  if (S.nhit == 0) _exit(0);
  /* finish the cycle: what survives the sweep is what is reachable */
  while (gc->state != MRB_GC_STATE_ROOT) mrb_incremental_gc(mrb);
  gc->disabled = TRUE;
  struct gcs_result *r = S.res;
  for (size_t i = 0; i < S.nhit && r->nfindings < GCS_MAX_FINDINGS; i++) {
    struct gcs_finding *f = &r->findings[r->nfindings++];
    memset(f, 0, sizeof *f);
    f->child_slot = S.hit[i];
    f->gc_kind = (uint32_t)kind;
    f->gc_no = (uint32_t)S.gc_no;
    f->child_line = f->parent_line = -1;
    f->child_tt = -1;
    f->parent_tt = -1;
    struct slot_info *ci = S.track ? slot_get(S.hit[i], 0) : NULL;
    struct RBasic *parent = find_parent(mrb, S.hit[i]);
    struct slot_info *pi0 = (parent && S.track) ? slot_get((uintptr_t)parent, 0) : NULL;
    if (ci) {
      /* The parent's pointer was stored when the slot held the object that
       * was there after the parent's last barrier (or its allocation): the
       * oldest such incarnation is the child that lacked a barrier. Later
       * incarnations are the slot being reused after the premature free. */
      uint64_t since = pi0 ? (pi0->last_wb > pi0->seq ? pi0->last_wb : pi0->seq) : 0;
      const struct incarnation *pick = NULL, *pick_fit = NULL;
      uint32_t count = 0, fit = 0;
      for (uint32_t k = ci->last; k; k = S.incs[k - 1].prev) {
        if (S.incs[k - 1].seq <= since) break;
        pick = &S.incs[k - 1];
        count++;
        if (!parent || may_point_at(parent->tt, pick->tt)) {
          pick_fit = pick;
          fit++;
        }
      }
      /* incarnations the parent cannot point at (a string, for a proc) were
       * the slot's earlier or later tenants, not the child */
      if (fit && fit < count) {
        pick = pick_fit;
        count = fit;
      }
      f->incarnations = count;
      if (pick) {
        f->child_alloc_ret = pick->ret;
        f->child_alloc_seq = pick->seq;
        f->child_tt = pick->tt;
        f->child_line = pick->line;
      } else {
        f->child_alloc_ret = ci->ret;
        f->child_alloc_seq = ci->seq;
        f->child_tt = ci->tt;
        f->child_line = ci->line;
      }
      snprintf(f->child_desc, sizeof f->child_desc, "%s", tt_name(f->child_tt));
    } else {
      snprintf(f->child_desc, sizeof f->child_desc, "slot");
    }
    if (parent) {
      f->parent = (uintptr_t)parent;
      f->parent_tt = parent->tt;
      struct slot_info *pi = S.track ? slot_get((uintptr_t)parent, 0) : NULL;
      if (pi) {
        f->parent_alloc_ret = pi->ret;
        f->parent_alloc_seq = pi->seq;
        f->parent_line = pi->line;
        f->parent_wb_after = (ci && pi->last_wb >= ci->seq) ? pi->wb_count : 0;
      }
      describe(mrb, parent, f->parent_desc, sizeof f->parent_desc);
    }
  }
  _exit(0);
}

/* The in-place check. Forking a copy per check costs about a millisecond
 * (page tables, then a copy of every heap page the re-mark paints); most
 * checks find nothing. So the same re-mark first runs in the program's own
 * process, with everything it writes saved and put back:
 * - every slot's first four words (the header -- colour and gray-list link --
 *   and, for a free slot, the free-list link the disguise overwrites);
 * - the collector's state (mrb_gc, public in mruby/gc.h);
 * - gc->heaps is NULL while it runs, so when marking ends the sweep finds no
 *   page to sweep and the cycle returns to ROOT without freeing anything
 *   (every version keeps the page list only there; marking never reads it).
 * The marker writes nothing else into the heap: the stack tail it clears was
 * cleared by the GC that just ran. A hit (or a fault while marking) puts
 * everything back and falls through to the forked copy, which repeats the
 * check and reports exactly as before. ASan builds always fork: re-marking
 * through a freed block is an ASan report, and it must die in the copy. */
#define VSAVE_WORDS 4
static uintptr_t *vsave;
static size_t vsave_cap, vsave_n;
static sigjmp_buf verify_jmp;
static volatile sig_atomic_t verify_armed;

static int save_collect_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  if (vsave_n == vsave_cap) {
    size_t ncap = vsave_cap ? vsave_cap * 2 : 1024; /* one heap page */
    uintptr_t *n = realloc(vsave, ncap * VSAVE_WORDS * sizeof *n);
    if (!n) {
      *(int *)data = 1;
      return MRB_EACH_OBJ_BREAK;
    }
    vsave = n;
    vsave_cap = ncap;
    populate(vsave, vsave_cap * VSAVE_WORDS * sizeof *vsave);
  }
  memcpy(&vsave[vsave_n++ * VSAVE_WORDS], obj, VSAVE_WORDS * sizeof(uintptr_t));
  return collect_cb(mrb, obj, NULL);
}

static int restore_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)mrb;
  size_t *i = data;
  if (*i >= vsave_n) return MRB_EACH_OBJ_BREAK;
  memcpy(obj, &vsave[(*i)++ * VSAVE_WORDS], VSAVE_WORDS * sizeof(uintptr_t));
  return MRB_EACH_OBJ_OK;
}

static void verify_fault(int sig) {
  if (verify_armed) siglongjmp(verify_jmp, sig);
  signal(sig, SIG_DFL);
  raise(sig);
}

/* The pre-allocated exceptions are not reachable from the roots: the final
 * marking of mruby 3.2+ "clears" a white one (frees its ivar table, drops its
 * message and backtrace). Black, the re-mark leaves them as they are; their
 * headers are put back with every other slot's. */
static void keep_error_objects(mrb_state *mrb) {
  struct RObject *errs[] = {
    mrb->nomem_err, mrb->stack_err,
#ifdef MRB_GC_FIXED_ARENA
    mrb->arena_err,
#endif
  };
  for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++)
    if (errs[i]) GCS_COLOR((struct RBasic *)errs[i]) = GCS_BLACK;
}

#if MRUBY_RELEASE_MAJOR >= 4
/* mruby 4's in-place re-mark keeps the page list (its marker rescans the
 * pages when the gray stack overflows) and disarms the sweep instead: the
 * objects carry the VM's white W and the cycle starts with
 * current_white_part = 0, so its flip makes "current" both whites and
 * "other" none -- the marker sees W as white, the sweep sees nothing dead.
 * Every slot it visits is repainted (put back with the headers), and each
 * page's `old` flag and free-heaps link are rewritten: those are saved and
 * put back through this mirror of mrb_heap_page (private to gc.c), whose
 * layout is checked against the first page before it is trusted. */
struct gcs_page4 {
  void *freelist;
  struct gcs_page4 *next;
  struct gcs_page4 *free_next;
  uintptr_t flags; /* old:1, region:1 */
  /* RVALUE objects[] */
};
static uintptr_t *psave;
static size_t psave_cap, psave_n;

static int first_slot_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)mrb;
  *(uintptr_t *)data = (uintptr_t)obj;
  return MRB_EACH_OBJ_BREAK;
}

static int page4_layout_ok(mrb_state *mrb) {
  static int known, ok;
  if (!known) {
    uintptr_t first = 0;
    each_object_quiet(mrb, first_slot_cb, &first);
    if (!first) return 0; /* no page yet: ask again next time */
    known = 1;
    ok = first == (uintptr_t)mrb->gc.heaps + sizeof(struct gcs_page4);
  }
  return ok;
}

static int page4_save(mrb_gc *gc) {
  psave_n = 0;
  for (struct gcs_page4 *p = (struct gcs_page4 *)gc->heaps; p; p = p->next) {
    if (psave_n + 2 > psave_cap) {
      size_t ncap = psave_cap ? psave_cap * 2 : 256;
      uintptr_t *n = realloc(psave, ncap * sizeof *n);
      if (!n) return 0;
      psave = n;
      psave_cap = ncap;
    }
    psave[psave_n++] = (uintptr_t)p->free_next;
    psave[psave_n++] = p->flags;
  }
  return 1;
}

static void page4_restore(mrb_gc *gc) {
  size_t i = 0;
  for (struct gcs_page4 *p = (struct gcs_page4 *)gc->heaps; p && i + 2 <= psave_n; p = p->next) {
    p->free_next = (struct gcs_page4 *)psave[i++];
    p->flags = psave[i++];
  }
  psave_n = 0;
}
#endif

/* 0: the heap is clean; 1: a hit, a fault or no memory -- ask the copy */
static int verify_inplace(mrb_state *mrb) {
  mrb_gc *gc = &mrb->gc;
  mrb_gc saved = *gc;
  int active = S.active, failed = 0;
  S.verifying = 1;
  S.active = 0;
  S.poisoned_n = 0;
  S.nhit = 0;
  vsave_n = 0;
#if MRUBY_RELEASE_MAJOR >= 4
  if (!page4_layout_ok(mrb)) failed = 1; /* unknown page layout: the copy checks */
#endif
  if (!failed) each_object_quiet(mrb, save_collect_cb, &failed);
  if (!failed && S.poisoned_n > 0) {
    verify_prepare(gc);
    keep_error_objects(mrb);
#if MRUBY_RELEASE_MAJOR >= 4
    /* the marker rescans gc->heaps when its gray stack overflows, so the
     * page list stays; the sweep is disarmed instead (see page4_save) */
    gc->current_white_part = 0;
    if (!page4_save(gc)) failed = 1;
#else
    gc->heaps = NULL; /* no sweep */
#endif
  }
  if (!failed && S.poisoned_n > 0) {
    struct sigaction sa, old_segv, old_bus;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = verify_fault;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &old_segv);
    sigaction(SIGBUS, &sa, &old_bus);
    if (sigsetjmp(verify_jmp, 1) == 0) {
      verify_armed = 1;
      long calls = 0;
      do {
        mrb_incremental_gc(mrb);
      } while (gc->state != MRB_GC_STATE_ROOT && ++calls < 100000000L);
      if (gc->state != MRB_GC_STATE_ROOT) failed = 1;
    } else {
      failed = 1;
    }
    verify_armed = 0;
    sigaction(SIGSEGV, &old_segv, NULL);
    sigaction(SIGBUS, &old_bus, NULL);
  }
  *gc = saved; /* before the restoring walk: it needs the page list */
#if MRUBY_RELEASE_MAJOR >= 4
  page4_restore(gc);
#endif
  size_t i = 0;
  each_object_quiet(mrb, restore_cb, &i);
  int hit = failed || S.nhit > 0;
  S.nhit = 0;
  S.poisoned_n = 0;
  S.verifying = 0;
  S.active = active;
  return hit;
}

int gcs_is_asan(void) {
#if defined(__SANITIZE_ADDRESS__)
  return 1;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return 1;
#else
  return 0;
#endif
#else
  return 0;
#endif
}

static void verify_after_gc(mrb_state *mrb, int kind, int mark_end) {
  if (!(S.req->flags & (GCS_F_VERIFY | GCS_F_VERIFY_ALL)) || S.verifying) return;
  if (mrb->gc.state != MRB_GC_STATE_ROOT) return;
  /* A check costs two heap walks and a mark (a fork, about 1 ms, under ASan
   * or on a hit). GCs the program asks for (GCStress.*) are checked;
   * scheduled ones at the 1st, 4th, 16th, 64th, ... (a dangling reference
   * lives until its slot is reused, so a later check still sees most of
   * them); at most 16 per run (4 under ASan) -- unless GCS_F_VERIFY_ALL. */
  int asan = gcs_is_asan();
  if (!(S.req->flags & GCS_F_VERIFY_ALL) && mark_end) {
    /* a barrier missed while the cycle was open freed its object in this
     * sweep; the slot is reused within a few allocations, so each such
     * cycle is checked when it ends (at most 16 per run, 8 under ASan) */
    if (S.mark_checks >= (asan ? 8u : 16u)) return;
    S.mark_checks++;
  } else if (!(S.req->flags & GCS_F_VERIFY_ALL)) {
    if (S.scheduled) {
      uint64_t n = ++S.candidates; /* 1, 4, 16, 64, ... */
      if ((n & (n - 1)) || (__builtin_ctzll(n) & 1)) return;
    }
    if (S.res->c.verify_runs >= (asan ? 4u : 16u)) return;
  }
  S.res->c.verify_runs++;
  if (!asan && verify_inplace(mrb) == 0) return;
  fflush(stdout);
  fflush(stderr);
  uint32_t before = S.res->nfindings;
  pid_t pid = fork();
  if (pid < 0) return;
  if (pid == 0) verify_copy(mrb, kind);
  int st = 0;
  while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
  if (WIFSIGNALED(st) && S.res->nfindings == before && S.res->nfindings < GCS_MAX_FINDINGS) {
    /* re-marking a healthy heap cannot crash: the copy died on corrupted memory */
    struct gcs_finding *f = &S.res->findings[S.res->nfindings++];
    memset(f, 0, sizeof *f);
    f->gc_kind = (uint32_t)kind;
    f->gc_no = (uint32_t)S.gc_no;
    f->child_line = f->parent_line = -1;
    f->child_tt = f->parent_tt = -1;
    snprintf(f->child_desc, sizeof f->child_desc, "corrupted heap");
    snprintf(f->parent_desc, sizeof f->parent_desc, "re-marking the heap died with signal %d", WTERMSIG(st));
  }
  if (S.res->nfindings > before) {
    /* seen at the GC that created it: stop here, deterministically */
    S.res->end = GCS_END_VERIFIER;
    rec_end(mrb, GCS_END_VERIFIER);
    if (gcs_inproc && gcs_inproc->on_finding) gcs_inproc->on_finding(); /* does not return */
    fflush(stdout);
    fflush(stderr);
    _exit(0);
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
  each_object_quiet(mrb, count_cb, &h);
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
  each_object_quiet(mrb, find_slot_cb, &f);
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
}

/* ------------------------------------------------------------------------ */
/* Crash handler: frames into the shared result, then die by the signal.    */

static char altstack[64 * 1024];

static void crash_handler(int sig, siginfo_t *si, void *uctx) {
  struct gcs_result *r = S.res;
  if (gcs_rec_on && r && !r->crash_signal) rec_crash(sig, si);
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

void gcs_install_crash_handlers(void) {
  gcs_warm_unwinder();
  stack_t ss;
  ss.ss_sp = altstack;
  ss.ss_size = sizeof altstack;
  ss.ss_flags = 0;
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = crash_handler;
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
  if (gcs_rec_on) rec_begin(mrb);
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
  rec_end(mrb, r->end);
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
  free(S.poisoned);
  S.slots = NULL;
  S.blocks = NULL;
  S.incs = NULL;
  S.poisoned = NULL;
  S.slots_cap = S.slots_used = S.blocks_cap = S.blocks_used = 0;
  S.incs_cap = S.incs_n = S.poisoned_cap = S.poisoned_n = 0;
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
  if (obj) each_object_quiet(mrb, find_slot_cb, &f);
  r->host_dead_tt = f.found ? (int32_t)obj->tt : -1;
  r->host_dead_color = f.found ? (int32_t)GCS_COLOR(obj) : -1;
  r->host_dead_white = mrb->gc.current_white_part;
  snprintf(r->host_dead_type, sizeof r->host_dead_type, "%s", f.found ? tt_name(obj->tt) : "not a heap slot");
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
      S.verifying = 1;
      int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
      for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], SIG_DFL);
      alarm(5);
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

/* ------------------------------------------------------------------------ */
/* The event log (gcstress record / replay / trace).                        */

#include "record.c"
