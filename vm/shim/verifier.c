/*
 * verifier.c -- the heap verifier: after a GC, does any live object still
 * reference a slot that GC freed?
 *
 * Part of the shim (shares its state through shim_internal.h); compiled
 * against each VM's own headers and flags like shim.c. The worker is linked
 * with -Wl,--wrap=mrb_gc_mark_iv, so the VM's marker calls
 * __wrap_mrb_gc_mark_iv below for every RObject it marks.
 *
 * Entry points: gcs_verify_after_gc (called by the GC primitives and the
 * allocation hook in shim.c), gcs_find_proc_owner (also names a proc in the
 * event log), gcs_verifier_release, gcs_is_asan (shim.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mruby.h>
#include <mruby/class.h>
#include <mruby/gc.h>
#include <mruby/khash.h>
#include <mruby/proc.h>
#include <mruby/version.h>

#include "shim_internal.h"

/* ------------------------------------------------------------------------ */
/* Heap verifier.                                                            */
/*
 * After a GC (in the program's own process, everything put back afterwards:
 * verify_inplace; on a hit, again in a forked copy that reports:
 * verify_copy): every FREE slot is disguised as an empty
 * RObject (no ivars) and every object is painted white; then the VM's own
 * incremental collector runs one complete non-generational cycle. The marker
 * reaches a disguised slot only through a reference from a live object, and
 * marking an RObject calls mrb_gc_mark_iv -- a cross-object call we wrap. So a
 * call of __wrap_mrb_gc_mark_iv on a disguised slot is exactly "a live object
 * references a freed slot". After the cycle, the surviving (reachable)
 * objects are scanned for the slot's address to name the parent.
 */

/* Checks of the VM's own GCs per run without GCS_F_VERIFY_ALL (the 1st, 2nd,
 * 4th, ... VM GC; see gcs_verify_after_gc and docs/src/oracles.md for the cost). */
#define GCS_VM_CHECKS 4u
#define GCS_VM_CHECKS_ASAN 2u

/* The verifier's own state (the shim's, S, is in shim_internal.h). */
static struct {
  /* the re-mark: the disguised (freed) slots, sorted; the ones marked */
  uintptr_t *poisoned;
  size_t poisoned_cap, poisoned_n;
  uintptr_t hit[GCS_MAX_FINDINGS];
  size_t nhit;
  size_t slot_size;
  int owner_pass; /* gcs_find_proc_owner: 0 named classes, 1 singleton classes */
} V;

void gcs_verifier_release(void) {
  free(V.poisoned);
  V.poisoned = NULL;
  V.poisoned_cap = V.poisoned_n = 0;
}

static int is_poisoned(uintptr_t a) {
  size_t lo = 0, hi = V.poisoned_n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (V.poisoned[mid] == a) return 1;
    if (V.poisoned[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

void __real_mrb_gc_mark_iv(mrb_state *mrb, struct RObject *obj);

void __wrap_mrb_gc_mark_iv(mrb_state *mrb, struct RObject *obj) {
  if (S.verifying && is_poisoned((uintptr_t)obj)) {
    if (V.nhit < GCS_MAX_FINDINGS) {
      int dup = 0;
      for (size_t i = 0; i < V.nhit; i++) dup |= V.hit[i] == (uintptr_t)obj;
      if (!dup) V.hit[V.nhit++] = (uintptr_t)obj;
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
  if (prev && a > prev && (V.slot_size == 0 || a - prev < V.slot_size)) V.slot_size = a - prev;
  prev = a;
  if (obj->tt == MRB_TT_FREE) {
    if (V.poisoned_n == V.poisoned_cap) {
      V.poisoned_cap = V.poisoned_cap ? V.poisoned_cap * 2 : 4096;
      V.poisoned = realloc(V.poisoned, V.poisoned_cap * sizeof(uintptr_t));
      if (!V.poisoned) _exit(90);
    }
    V.poisoned[V.poisoned_n++] = a;
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
  for (size_t i = 1; i < V.slot_size / sizeof(uintptr_t); i++) {
    if (w[i] == s->target) {
      s->found = obj;
      return MRB_EACH_OBJ_BREAK;
    }
  }
  return MRB_EACH_OBJ_OK;
}

/* Find a live object referencing target: in its slot, or through one malloc'd
 * block it points to (arrays, hashes, ivar and method tables, env stacks). */
static struct RBasic *find_parent(mrb_state *mrb, uintptr_t target) {
  struct scan s = {target, NULL};
  gcs_each_object_quiet(mrb, scan_slots_cb, &s);
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
        gcs_each_object_quiet(mrb, scan_slots_cb, &s2);
        if (s2.found) return s2.found;
        for (size_t j = 0; j < S.blocks_cap; j++) {
          struct block_info *b2 = &S.blocks[j];
          if (b2->addr <= 1 || j == i) continue;
          uintptr_t *w2 = (uintptr_t *)b2->addr;
          for (size_t m = 0; m < b2->size / sizeof(uintptr_t); m++) {
            if (w2[m] == b->addr) {
              struct scan s3 = {b2->addr, NULL};
              gcs_each_object_quiet(mrb, scan_slots_cb, &s3);
              if (s3.found) return s3.found;
            }
          }
        }
      }
    }
  }
  return NULL;
}

#if MRUBY_RELEASE_MAJOR >= 3
static int owner_mt_cb(mrb_state *mrb, mrb_sym mid, mrb_method_t m, void *data) {
  (void)mrb;
  struct gcs_proc_owner *o = data;
  if (!MRB_METHOD_CFUNC_P(m) && MRB_METHOD_PROC(m) == o->proc) {
    o->mid = mid;
    return 1;
  }
  return 0;
}
#endif

static int owner_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  struct gcs_proc_owner *o = data;
  if (obj->tt != MRB_TT_CLASS && obj->tt != MRB_TT_MODULE && obj->tt != MRB_TT_SCLASS)
    return MRB_EACH_OBJ_OK;
  if ((obj->tt == MRB_TT_SCLASS) != (V.owner_pass == 1)) return MRB_EACH_OBJ_OK;
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

void gcs_find_proc_owner(mrb_state *mrb, struct gcs_proc_owner *o) {
  /* a named class or module first (Numeric#-@), a singleton class only if nothing else */
  V.owner_pass = 0;
  gcs_each_object_quiet(mrb, owner_cb, o);
  if (!o->cls) {
    V.owner_pass = 1;
    gcs_each_object_quiet(mrb, owner_cb, o);
  }
}

static void describe(mrb_state *mrb, struct RBasic *obj, char *buf, size_t len) {
  const char *t = gcs_tt_name(obj->tt);
  if (obj->tt == MRB_TT_PROC) {
    struct gcs_proc_owner o = {(const struct RProc *)obj, NULL, 0};
    gcs_find_proc_owner(mrb, &o);
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
  qsort(V.poisoned, V.poisoned_n, sizeof(uintptr_t), cmp_uptr);
  gc->live += V.poisoned_n;
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
  GCS_COPY_BEGIN(mrb);
  mrb_gc *gc = &mrb->gc;
  S.active = 0;
  gcs_each_object_quiet(mrb, collect_cb, NULL);
  if (V.poisoned_n == 0) _exit(0);
  verify_prepare(gc);
  /* mark (the VM's own marker); no hit by the end of marking: nothing to report */
  /* (one call may run a whole cycle, ROOT to ROOT, on a small heap) */
  long calls = 0;
  do {
    gcs_incremental_gc(mrb);
    if (++calls > 100000000L) _exit(0);
  } while (gc->state == MRB_GC_STATE_MARK);
  if (V.nhit == 0) _exit(0);
  /* finish the cycle: what survives the sweep is what is reachable */
  while (gc->state != MRB_GC_STATE_ROOT) gcs_incremental_gc(mrb);
  gc->disabled = TRUE;
  struct gcs_result *r = S.res;
  for (size_t i = 0; i < V.nhit && r->nfindings < GCS_MAX_FINDINGS; i++) {
    struct gcs_finding *f = &r->findings[r->nfindings++];
    memset(f, 0, sizeof *f);
    f->child_slot = V.hit[i];
    f->gc_kind = (uint32_t)kind;
    f->gc_no = (uint32_t)S.gc_no;
    f->child_line = f->parent_line = -1;
    f->child_tt = -1;
    f->parent_tt = -1;
    struct slot_info *ci = S.track ? gcs_slot_get(V.hit[i], 0) : NULL;
    struct RBasic *parent = find_parent(mrb, V.hit[i]);
    struct slot_info *pi0 = (parent && S.track) ? gcs_slot_get((uintptr_t)parent, 0) : NULL;
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
      snprintf(f->child_desc, sizeof f->child_desc, "%s", gcs_tt_name(f->child_tt));
    } else {
      snprintf(f->child_desc, sizeof f->child_desc, "slot");
    }
    if (parent) {
      f->parent = (uintptr_t)parent;
      f->parent_tt = parent->tt;
      struct slot_info *pi = S.track ? gcs_slot_get((uintptr_t)parent, 0) : NULL;
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
    gcs_populate(vsave, vsave_cap * VSAVE_WORDS * sizeof *vsave);
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
    gcs_each_object_quiet(mrb, first_slot_cb, &first);
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
  V.poisoned_n = 0;
  V.nhit = 0;
  vsave_n = 0;
#if MRUBY_RELEASE_MAJOR >= 4
  if (!page4_layout_ok(mrb)) failed = 1; /* unknown page layout: the copy checks */
#endif
  if (!failed) gcs_each_object_quiet(mrb, save_collect_cb, &failed);
  if (!failed && V.poisoned_n > 0) {
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
  if (!failed && V.poisoned_n > 0) {
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
        gcs_incremental_gc(mrb);
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
  gcs_each_object_quiet(mrb, restore_cb, &i);
  int hit = failed || V.nhit > 0;
  V.nhit = 0;
  V.poisoned_n = 0;
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

void gcs_verify_after_gc(mrb_state *mrb, int kind, int origin) {
  if (!(S.req->flags & (GCS_F_VERIFY | GCS_F_VERIFY_ALL)) || S.verifying) return;
  if (mrb->gc.state != MRB_GC_STATE_ROOT) return;
  /* A check costs two heap walks and a mark (a fork, about 1 ms, under ASan
   * or on a hit). With GCS_F_VERIFY_ALL every GC is checked; otherwise each
   * origin is sampled within its own budget, so one cannot starve another.
   * (A dangling reference lives until its slot is reused, so a later check
   * still sees most of them.) */
  int asan = gcs_is_asan();
  if (S.req->flags & GCS_F_VERIFY_ALL) {
    /* every GC */
  } else if (origin == GCS_VFY_MARK_END) {
    /* a barrier missed while the cycle was open freed its object in this
     * sweep; the slot is reused within a few allocations, so each such
     * cycle is checked when it ends (at most 16 per run, 8 under ASan) */
    if (S.mark_checks >= (asan ? 8u : 16u)) return;
    S.mark_checks++;
  } else if (origin == GCS_VFY_VM) {
    /* the VM's own GCs (a minor GC, a major cycle ending), which is where a
     * program without GCStress calls frees an object too early: the 1st,
     * 2nd, 4th, 8th, ... of them, at most GCS_VM_CHECKS per run */
    uint64_t n = ++S.vm_gcs;
    if (n & (n - 1)) return;
    if (S.vm_checks >= (asan ? GCS_VM_CHECKS_ASAN : GCS_VM_CHECKS)) return;
    S.vm_checks++;
  } else {
    /* forced: GCs the program asks for (GCStress.*) each; scheduled ones at
     * the 1st, 4th, 16th, 64th, ...; at most 16 per run (4 under ASan),
     * mark-cycle ends included, the VM's own not */
    if (S.scheduled) {
      uint64_t n = ++S.candidates; /* 1, 4, 16, 64, ... */
      if ((n & (n - 1)) || (__builtin_ctzll(n) & 1)) return;
    }
    if (S.res->c.verify_runs - S.vm_checks >= (asan ? 4u : 16u)) return;
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
    gcs_rec_end(mrb, GCS_END_VERIFIER);
    if (gcs_inproc && gcs_inproc->on_finding) gcs_inproc->on_finding(); /* does not return */
    fflush(stdout);
    fflush(stderr);
    _exit(0);
  }
}
