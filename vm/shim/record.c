/*
 * record.c -- the event log (GCS_F_RECORD): `gcstress record`, `replay`, `trace`.
 *
 * Part of the shim: it uses the shim's state S, its slot table and its
 * helpers (shim_internal.h), and is compiled with shim.c and verifier.c
 * against each VM's own headers and flags.
 *
 * What is observed, and how:
 *   - allocations: the mrb_obj_alloc hook (object id = allocation number,
 *     slot id = first-seen order of the slot's address, type, return address
 *     of the allocating VM function, Ruby line);
 *   - GCs: forced ones in the GC primitives, the VM's own ones around each
 *     allocation, GC inside a failed malloc at the retry, others at the next
 *     allocation. After each, the heap is walked: a slot whose occupant the
 *     table still holds but that is FREE now (or that the allocation at hand
 *     already reuses) was freed by that GC; the occupants of a heap page the
 *     collector releases are seen when the page's block is freed;
 *   - "freed while still referenced": once a collection is complete (state
 *     ROOT), the words of live objects and of the malloc'd blocks the VM holds
 *     (not its stacks, arena or heap pages, which hold stale values) are
 *     searched for the addresses just freed;
 *   - writes into such a slot: the CPU's debug registers (perf_event_open,
 *     PERF_TYPE_BREAKPOINT with sigtrap) watch its words, so a store through
 *     the stale pointer traps with the writer's PC. One slot at a time (the
 *     latest one found); without debug registers the log says so;
 *   - barriers (both hooks), forced GC points, and the end: the crash handler
 *     writes a CRASH event (which GC was running, which slot the fault
 *     address lies in, which watched word held the faulting value).
 *
 * Events go to a shared mapping the fork server made before forking, so a
 * crash loses nothing; `stop_at_event` raises SIGTRAP right after event N.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/hw_breakpoint.h>
#include <linux/perf_event.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <ucontext.h>
#include <unistd.h>
#include <unwind.h>

#include <mruby.h>
#include <mruby/array.h>
#include <mruby/class.h>
#include <mruby/gc.h>
#include <mruby/string.h>
#include <mruby/variable.h>
#include <mruby/version.h>

#include "shim_internal.h"

#ifndef TRAP_PERF
#define TRAP_PERF 6
#endif

#define REC_WATCH_MAX 4
#define REC_FRAMES 24

struct rec_pending {
  uintptr_t addr;
  uint64_t obj;
  uint32_t slot;
  int32_t tt;
};

struct rec_frame {
  uintptr_t ip, cfa, fn;
};

static struct {
  struct gcs_rec_header *hdr;
  char *names;
  struct gcs_event *ev;
  struct gcs_event scratch;
  uint64_t cap;
  int ring;
  uint32_t next_slot;
  uint64_t next_pre, next_shim;
  size_t slot_size;
  int word_flags, word_c, word_gcnext; /* header words (in words) */
  /* freed since the last referrer scan */
  struct rec_pending *pending;
  size_t npending, pending_cap;
  struct rec_pending *freed; /* this GC's (scratch) */
  size_t nfreed, freed_cap;
  /* occupants of heap pages released since the last walk */
  struct rec_pending *released;
  size_t nreleased, released_cap;
  uint32_t watch_released; /* the watched slot's page went: its id */
  /* first slot of each heap page seen by the last walk (to skip page blocks) */
  uintptr_t *pages;
  size_t npages, pages_cap;
  uintptr_t last_slot;
  /* slots freed while referenced (for the crash event) */
  uintptr_t dangling[64];
  uint32_t dangling_slot[64];
  size_t ndangling;
  int in_alloc;  /* inside __real_mrb_obj_alloc (zeroing, VM GC) */
  int in_gc;     /* inside a forced GC or a GC in malloc */
  int stopping;  /* stop_at reached: SIGTRAP on its way */
  /* the GC running now (for a crash inside it) */
  int gc_kind, gc_trigger;
  uint64_t gc_no;
  /* watchpoints */
  int watch_state; /* 0 untried, 1 works, -1 unavailable */
  struct {
    int fd;
    int word;
    uintptr_t addr;
    uint64_t last_write; /* event of the last recorded write */
    uintptr_t shadow;    /* its value as of the last trap */
  } w[REC_WATCH_MAX];
  int nw;
  uintptr_t wslot;
  uint32_t wslot_id;
  struct rec_frame owner[2];
  int nowner;
  uint64_t owner_event;
  uintptr_t malloc_caller; /* the VM function whose malloc gcstress failed last */
} R;

int gcs_rec_on; /* a recording is on (gcs_record_area) */
static int gcs_one_shot; /* --run mode (under gdb): stop_at does not raise */

static int read_word(uintptr_t addr, uintptr_t *out);
static void rec_unwatch(void);

/* ------------------------------------------------------------------------ */
/* The area.                                                                 */

static size_t rec_header_size(void) {
  return (sizeof(struct gcs_rec_header) + 63) & ~(size_t)63;
}

size_t gcs_record_area_size(uint32_t last) {
  uint64_t cap = last ? last : GCS_REC_DEFAULT_CAP;
  return rec_header_size() + GCS_REC_NAMES + (size_t)cap * sizeof(struct gcs_event);
}

void gcs_record_area(void *area, size_t size, uint32_t last) {
  memset(&R, 0, sizeof R);
  gcs_rec_on = 0;
  if (!area) return;
  R.hdr = area;
  R.names = (char *)area + rec_header_size();
  R.ev = (struct gcs_event *)(R.names + GCS_REC_NAMES);
  R.cap = (size - rec_header_size() - GCS_REC_NAMES) / sizeof(struct gcs_event);
  R.ring = last != 0;
  memset(R.hdr, 0, sizeof *R.hdr);
  R.hdr->magic = GCS_REC_MAGIC;
  R.hdr->event_size = sizeof(struct gcs_event);
  R.hdr->cap = R.cap;
  R.hdr->ring = (uint32_t)R.ring;
  gcs_rec_on = 1;
}

/* Bytes to send after the run: header, names, events oldest first. */
size_t gcs_record_collect(void *area, const void **parts, size_t *lens) {
  struct gcs_rec_header *h = area;
  char *names = (char *)area + rec_header_size();
  struct gcs_event *ev = (struct gcs_event *)(names + GCS_REC_NAMES);
  uint64_t stored = h->count < h->cap ? h->count : h->cap;
  parts[0] = h;
  lens[0] = sizeof *h;
  parts[1] = names;
  lens[1] = h->names_len;
  if (h->ring && h->count > h->cap) {
    uint64_t first = h->count % h->cap; /* index of the oldest */
    parts[2] = ev + first;
    lens[2] = (size_t)(h->cap - first) * sizeof *ev;
    parts[3] = ev;
    lens[3] = (size_t)first * sizeof *ev;
  } else {
    parts[2] = ev;
    lens[2] = (size_t)stored * sizeof *ev;
    parts[3] = ev;
    lens[3] = 0;
  }
  return lens[0] + lens[1] + lens[2] + lens[3];
}

void gcs_record_one_shot(void) {
  gcs_one_shot = 1;
}

/* gdb breaks here (`gcstress replay --gdb`); then SIGTRAP, unless one-shot. */
__attribute__((noinline)) void gcs_stopped_at(uint64_t event) {
  __asm__ volatile("" ::"r"(event) : "memory");
  if (!gcs_one_shot) {
    R.stopping = 1;
    raise(SIGTRAP);
  }
}

static void rec_ev(int type, int k, int how, int w, int32_t line, uint64_t a, uint64_t b, uint64_t c,
                   uint64_t d) {
  if (!gcs_rec_on || S.verifying || R.stopping) return;
  uint64_t n = R.hdr->count + 1;
  struct gcs_event *e;
  if (R.ring) e = &R.ev[(n - 1) % R.cap];
  else if (n <= R.cap) e = &R.ev[n - 1];
  else e = &R.scratch; /* over capacity: counted, not kept */
  e->type = (uint8_t)type;
  e->k = (uint8_t)k;
  e->how = (uint8_t)how;
  e->w = (uint8_t)w;
  e->line = line;
  e->a = a;
  e->b = b;
  e->c = c;
  e->d = d;
  R.hdr->count = n;
  if (S.res) S.res->c.events = n;
  if (S.req && S.req->stop_at_event == n) gcs_stopped_at(n);
}

static void rec_name(uint64_t obj, const char *text) {
  size_t len = strlen(text);
  size_t need = (8 + 4 + len + 7) & ~(size_t)7;
  if (R.hdr->names_len + need > GCS_REC_NAMES) return;
  char *p = R.names + R.hdr->names_len;
  memcpy(p, &obj, 8);
  uint32_t l32 = (uint32_t)len;
  memcpy(p + 8, &l32, 4);
  memcpy(p + 12, text, len);
  memset(p + 12 + len, 0, need - 12 - len);
  R.hdr->names_len += (uint32_t)need;
}

/* ------------------------------------------------------------------------ */
/* Ids.                                                                      */

static struct slot_info *rec_slot(uintptr_t addr) {
  struct slot_info *si = gcs_slot_get(addr, 1);
  if (si && !si->slot_id) si->slot_id = ++R.next_slot;
  return si;
}

/* The logical id of an object the VM hands a hook (0 for NULL). */
static uint64_t rec_obj(const void *p) {
  if (!p) return 0;
  struct slot_info *si = gcs_slot_get((uintptr_t)p, 0);
  if (si && si->obj) return si->obj;
  /* not allocated by the program and not live at the start: a static or
   * unknown object (never a heap slot we track) */
  if (!si) {
    si = rec_slot((uintptr_t)p);
    if (!si) return 0;
    si->foreign = 1;
  }
  si->obj = GCS_OBJ_PRE | ++R.next_pre;
  si->tt = ((const struct RBasic *)p)->tt;
  return si->obj;
}

/* ------------------------------------------------------------------------ */
/* Heap walks.                                                               */

static void note_page(uintptr_t a) {
  if (R.last_slot && a > R.last_slot && a - R.last_slot <= R.slot_size) {
    R.last_slot = a;
    return;
  }
  R.last_slot = a;
  if (R.npages == R.pages_cap) {
    size_t nc = R.pages_cap ? R.pages_cap * 2 : 64;
    uintptr_t *n = realloc(R.pages, nc * sizeof *n);
    if (!n) return;
    R.pages = n;
    R.pages_cap = nc;
  }
  R.pages[R.npages++] = a;
}

static int begin_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)mrb;
  (void)data;
  uintptr_t a = (uintptr_t)obj;
  if (R.last_slot && a > R.last_slot && (R.slot_size == 0 || a - R.last_slot < R.slot_size))
    R.slot_size = a - R.last_slot;
  R.last_slot = a;
  if (obj->tt == MRB_TT_FREE) return MRB_EACH_OBJ_OK; /* ids for free slots when first used */
  struct slot_info *si = rec_slot(a);
  if (!si) return MRB_EACH_OBJ_OK;
  si->obj = GCS_OBJ_PRE | ++R.next_pre;
  si->tt = obj->tt;
  si->seq = 0;
  si->ret = 0;
  si->line = -1;
  return MRB_EACH_OBJ_OK;
}

static void push_freed(uintptr_t a, struct slot_info *si) {
  if (R.nfreed == R.freed_cap) {
    size_t nc = R.freed_cap ? R.freed_cap * 2 : 256;
    struct rec_pending *n = realloc(R.freed, nc * sizeof *n);
    if (!n) return;
    R.freed = n;
    R.freed_cap = nc;
  }
  struct rec_pending *p = &R.freed[R.nfreed++];
  p->addr = a;
  p->obj = si->obj;
  p->slot = si->slot_id;
  p->tt = si->tt;
}

static struct RBasic *walk_newp;

static int walk_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)mrb;
  (void)data;
  uintptr_t a = (uintptr_t)obj;
  note_page(a);
  struct slot_info *si = gcs_slot_get(a, 0);
  if (!si) return MRB_EACH_OBJ_OK;
  if (si->obj && (obj->tt == MRB_TT_FREE || obj == walk_newp)) push_freed(a, si);
  return MRB_EACH_OBJ_OK;
}

static int cmp_pending_slot(const void *x, const void *y) {
  const struct rec_pending *a = x, *b = y;
  return a->slot < b->slot ? -1 : a->slot > b->slot;
}

static int cmp_pending_addr(const void *x, const void *y) {
  const struct rec_pending *a = x, *b = y;
  return a->addr < b->addr ? -1 : a->addr > b->addr;
}

static int cmp_uptr_r(const void *x, const void *y) {
  uintptr_t a = *(const uintptr_t *)x, b = *(const uintptr_t *)y;
  return a < b ? -1 : a > b;
}

/* ------------------------------------------------------------------------ */
/* Who still references a freed slot?                                        */

/* The freed addresses as a small open-addressing set (indices into pending). */
static uint32_t *pset;
static size_t pset_cap;

static void pset_build(void) {
  size_t want = 64;
  while (want < R.npending * 4) want *= 2;
  if (want > pset_cap) {
    free(pset);
    pset = malloc(want * sizeof *pset);
    pset_cap = pset ? want : 0;
  }
  if (!pset) return;
  memset(pset, 0xff, pset_cap * sizeof *pset);
  for (size_t i = 0; i < R.npending; i++) {
    size_t j = gcs_hash_ptr(R.pending[i].addr) & (pset_cap - 1);
    while (pset[j] != UINT32_MAX) j = (j + 1) & (pset_cap - 1);
    pset[j] = (uint32_t)i;
  }
}

static inline struct rec_pending *pending_find(uintptr_t w, uintptr_t lo, uintptr_t hi) {
  if (w - lo > hi - lo || !pset) return NULL;
  for (size_t j = gcs_hash_ptr(w) & (pset_cap - 1);; j = (j + 1) & (pset_cap - 1)) {
    if (pset[j] == UINT32_MAX) return NULL;
    if (R.pending[pset[j]].addr == w) return &R.pending[pset[j]];
  }
}

struct ref_hit {
  struct rec_pending *freed;
  uintptr_t referrer; /* a live slot, or a block */
  int how;
  int word;
  uint64_t order; /* heap-walk position of a slot, or (1 << 62) + a block's allocation number */
};

/* One referrer per freed slot: the first in an order that does not depend on
 * addresses (walk order of slots first, then blocks by allocation order). */
#define REC_MAX_REFS 32
static struct ref_hit *best;
static size_t best_cap;

static void add_hit(struct rec_pending *f, uintptr_t ref, int how, int word, uint64_t order) {
  struct ref_hit *b = &best[f - R.pending];
  if (b->freed && (b->order < order || (b->order == order && b->word <= word))) return;
  *b = (struct ref_hit){f, ref, how, word, order};
}

struct scan_ctx {
  uintptr_t lo, hi;
  uint64_t pos;
};

static int ref_slot_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)mrb;
  struct scan_ctx *c = data;
  c->pos++;
  if (obj->tt == MRB_TT_FREE) return MRB_EACH_OBJ_OK;
  uintptr_t *w = (uintptr_t *)obj;
  size_t n = R.slot_size / sizeof(uintptr_t);
  for (size_t i = 0; i < n; i++) {
    if ((int)i == R.word_flags || (int)i == R.word_gcnext) continue;
    struct rec_pending *f = pending_find(w[i], c->lo, c->hi);
    if (!f || f->addr == (uintptr_t)obj) continue;
    if (obj->tt == MRB_TT_ARRAY && ARY_EMBED_P((struct RArray *)obj)) {
      /* an embedded array: only its first len values count */
      struct RArray *ary = (struct RArray *)obj;
      uintptr_t lo = (uintptr_t)ARY_PTR(ary), hi = lo + (uintptr_t)ARY_LEN(ary) * sizeof(mrb_value);
      uintptr_t at = (uintptr_t)&w[i];
      if (at >= lo && at < (uintptr_t)obj + R.slot_size && at >= hi) continue;
    }
    add_hit(f, (uintptr_t)obj, GCS_REF_SLOT, (int)i, c->pos);
  }
  return MRB_EACH_OBJ_OK;
}

static int is_page_block(uintptr_t b, size_t size) {
  /* a heap page starts a few words before its first slot */
  size_t l = 0, h = R.npages;
  while (l < h) {
    size_t m = (l + h) / 2;
    if (R.pages[m] < b) l = m + 1;
    else h = m;
  }
  return l < R.npages && R.pages[l] < b + size && R.pages[l] - b <= 256;
}

/* Blocks that hold stale values by design: the VM stacks and call-info
 * arrays, the GC arena, the mrb_state itself (method cache). */
static int is_skipped_block(mrb_state *mrb, uintptr_t b) {
  struct mrb_context *cs[2] = {mrb->root_c, mrb->c};
  for (int i = 0; i < 2; i++) {
    struct mrb_context *c = cs[i];
    if (!c) continue;
    if (b == (uintptr_t)c->stbase || b == (uintptr_t)c->cibase) return 1;
  }
#ifndef MRB_GC_FIXED_ARENA
  if (b == (uintptr_t)mrb->gc.arena) return 1;
#endif
  return b == (uintptr_t)mrb;
}

struct owner_scan {
  uintptr_t target;
  struct RBasic *found;
  int word;
};

static int owner_slot_cb(mrb_state *mrb, struct RBasic *obj, void *data) {
  (void)mrb;
  struct owner_scan *s = data;
  if (obj->tt == MRB_TT_FREE) return MRB_EACH_OBJ_OK;
  uintptr_t *w = (uintptr_t *)obj;
  for (size_t i = 0; i < R.slot_size / sizeof(uintptr_t); i++) {
    if ((int)i == R.word_flags || (int)i == R.word_gcnext) continue;
    if (w[i] == s->target) {
      s->found = obj;
      s->word = (int)i;
      return MRB_EACH_OBJ_BREAK;
    }
  }
  return MRB_EACH_OBJ_OK;
}

/* The live object that holds block b (directly or through one more block). */
static struct RBasic *block_owner(mrb_state *mrb, uintptr_t b) {
  struct owner_scan s = {b, NULL, 0};
  gcs_each_object_quiet(mrb, owner_slot_cb, &s);
  if (s.found) return s.found;
  if (!S.blocks) return NULL;
  for (size_t j = 0; j < S.blocks_cap; j++) {
    struct block_info *b2 = &S.blocks[j];
    if (b2->addr <= 1 || b2->addr == b || is_skipped_block(mrb, b2->addr)) continue;
    uintptr_t *w2 = (uintptr_t *)b2->addr;
    for (size_t m = 0; m < b2->size / sizeof(uintptr_t); m++) {
      if (w2[m] == b) {
        struct owner_scan s2 = {b2->addr, NULL, 0};
        gcs_each_object_quiet(mrb, owner_slot_cb, &s2);
        if (s2.found) return s2.found;
      }
    }
  }
  return NULL;
}

/* A description that does not allocate: the VM's own naming functions build
 * strings, which would take heap slots and change the run. */
static const char *class_name_quiet(mrb_state *mrb, struct RClass *c, char *buf, size_t len) {
  if (!c) return "?";
  if (c->tt == MRB_TT_SCLASS) return "(singleton class)";
  if (!c->iv) return "(anonymous)";
  mrb_value v = mrb_obj_iv_get(mrb, (struct RObject *)c, mrb_intern_lit(mrb, "__classname__"));
  if (mrb_symbol_p(v)) {
    mrb_int l = 0;
    const char *s = mrb_sym2name_len(mrb, mrb_symbol(v), &l);
    snprintf(buf, len, "%.*s", (int)l, s ? s : "?");
    return buf;
  }
  if (mrb_string_p(v)) {
    snprintf(buf, len, "%.*s", (int)RSTRING_LEN(v), RSTRING_PTR(v));
    return buf;
  }
  return "(anonymous)";
}

static void describe_quiet(mrb_state *mrb, struct RBasic *obj, char *buf, size_t len) {
  char cn[64];
  const char *t = gcs_tt_name(obj->tt);
  if (obj->tt == MRB_TT_PROC) {
    struct gcs_proc_owner o = {(const struct RProc *)obj, NULL, 0};
    gcs_find_proc_owner(mrb, &o);
    if (o.cls) {
      mrb_int l = 0;
      const char *mn = mrb_sym2name_len(mrb, o.mid, &l);
      snprintf(buf, len, "%s %s#%.*s", t, class_name_quiet(mrb, o.cls, cn, sizeof cn), (int)l, mn ? mn : "?");
      return;
    }
  }
  if (obj->tt == MRB_TT_CLASS || obj->tt == MRB_TT_MODULE) {
    snprintf(buf, len, "%s %s", t, class_name_quiet(mrb, (struct RClass *)obj, cn, sizeof cn));
    return;
  }
  if (obj->c && (obj->tt == MRB_TT_OBJECT || obj->tt == MRB_TT_DATA)) {
    snprintf(buf, len, "%s (instance of %s)", t, class_name_quiet(mrb, obj->c, cn, sizeof cn));
    return;
  }
  snprintf(buf, len, "%s", t);
}

static void rec_watch(mrb_state *mrb, uintptr_t slot, uint32_t slot_id, uint64_t freed_obj);

static void rec_scan_referrers(mrb_state *mrb) {
  if (!R.npending) return;
  S.in_shim++;
  qsort(R.pending, R.npending, sizeof *R.pending, cmp_pending_addr);
  pset_build();
  struct scan_ctx c = {R.pending[0].addr, R.pending[R.npending - 1].addr, 0};
  if (R.npending > best_cap) {
    free(best);
    best = malloc(R.npending * sizeof *best);
    best_cap = best ? R.npending : 0;
  }
  if (!best) {
    R.npending = 0;
    S.in_shim--;
    return;
  }
  memset(best, 0, R.npending * sizeof *best);
  gcs_each_object_quiet(mrb, ref_slot_cb, &c);
  if (S.blocks) {
    qsort(R.pages, R.npages, sizeof *R.pages, cmp_uptr_r);
    for (size_t i = 0; i < S.blocks_cap; i++) {
      struct block_info *b = &S.blocks[i];
      if (b->addr <= 1 || is_skipped_block(mrb, b->addr) || is_page_block(b->addr, b->size)) continue;
      uintptr_t *w = (uintptr_t *)b->addr;
      for (size_t k = 0; k < b->size / sizeof(uintptr_t); k++) {
        struct rec_pending *f = pending_find(w[k], c.lo, c.hi);
        if (f) add_hit(f, b->addr, GCS_REF_BLOCK, (int)k, (1ull << 62) + b->seq);
      }
    }
  }
  /* the referrers found, by the freed slot's id */
  struct ref_hit rec_hits[REC_MAX_REFS];
  size_t rec_nhits = 0;
  for (size_t i = 0; i < R.npending; i++) {
    if (!best[i].freed) continue;
    size_t j = rec_nhits < REC_MAX_REFS ? rec_nhits++ : REC_MAX_REFS;
    if (j == REC_MAX_REFS) {
      /* full: keep the lowest slot ids */
      size_t worst = 0;
      for (size_t k = 1; k < REC_MAX_REFS; k++)
        if (rec_hits[k].freed->slot > rec_hits[worst].freed->slot) worst = k;
      if (rec_hits[worst].freed->slot < best[i].freed->slot) continue;
      j = worst;
    }
    rec_hits[j] = best[i];
  }
  for (size_t i = 1; i < rec_nhits; i++)
    for (size_t j = i; j > 0 && rec_hits[j - 1].freed->slot > rec_hits[j].freed->slot; j--) {
      struct ref_hit t = rec_hits[j];
      rec_hits[j] = rec_hits[j - 1];
      rec_hits[j - 1] = t;
    }
  struct rec_pending last = {0, 0, 0, 0};
  for (size_t i = 0; i < rec_nhits; i++) {
    struct ref_hit *h = &rec_hits[i];
    struct RBasic *ref = NULL;
    int how = h->how, word = h->word;
    if (how == GCS_REF_SLOT) {
      ref = (struct RBasic *)h->referrer;
    } else {
      ref = block_owner(mrb, h->referrer);
      if (ref && ref->tt == MRB_TT_ARRAY) {
        /* an array's buffer: only [ptr, ptr + len) holds its elements (a
         * shift moves ptr, a pop shortens len; what is outside is stale) */
        struct RArray *ary = (struct RArray *)ref;
        uintptr_t at = h->referrer + (uintptr_t)word * sizeof(uintptr_t);
        uintptr_t lo = (uintptr_t)ARY_PTR(ary), hi = lo + (uintptr_t)ARY_LEN(ary) * sizeof(mrb_value);
        if (at < lo || at >= hi) continue;
        how = GCS_REF_ELEMENT;
        word = (int)((at - lo) / sizeof(mrb_value));
      }
    }
    uint64_t rid = ref ? rec_obj(ref) : 0;
    struct slot_info *rs = ref ? gcs_slot_get((uintptr_t)ref, 0) : NULL;
    if (ref && rs && !rs->named) {
      char d[96];
      describe_quiet(mrb, ref, d, sizeof d);
      rec_name(rid, d);
      rs->named = 1;
    }
    rec_ev(GCS_EV_REF, ref ? ref->tt : 0, how, word > 255 ? 255 : word, -1, h->freed->obj, h->freed->slot, rid,
           rs ? rs->slot_id : 0);
    if (R.ndangling < 64) {
      R.dangling[R.ndangling] = h->freed->addr;
      R.dangling_slot[R.ndangling++] = h->freed->slot;
    }
    last = *h->freed;
  }
  R.npending = 0;
  S.in_shim--;
  if (last.addr) rec_watch(mrb, last.addr, last.slot, last.obj);
}

/* After a GC (or a step of one): which slots did it free? */
void gcs_rec_gc(mrb_state *mrb, int kind, int trigger, uint64_t no, struct RBasic *newp) {
  if (!gcs_rec_on || S.verifying) return;
  if (!trigger) trigger = S.scheduled ? GCS_TRIG_SCHEDULE : GCS_TRIG_PROGRAM;
  if (kind == GCS_GC_STEP && mrb->gc.state == MRB_GC_STATE_MARK) {
    /* a step that ends marking frees nothing (slots are freed by sweeping) */
    rec_ev(GCS_EV_GC, kind, trigger, 0, gcs_ruby_line(mrb), no, 0, 0, 0);
    return;
  }
  S.in_shim++;
  R.nfreed = 0;
  R.npages = 0;
  R.last_slot = 0;
  walk_newp = newp;
  gcs_each_object_quiet(mrb, walk_cb, NULL);
  walk_newp = NULL;
  int32_t line = gcs_ruby_line(mrb);
  rec_ev(GCS_EV_GC, kind, trigger, 0, line, no, R.nfreed + R.nreleased,
         trigger == GCS_TRIG_MALLOC ? R.malloc_caller : 0, 0);
  /* occupants of heap pages the collector released (rec_block_free) */
  if (R.nreleased) {
    qsort(R.released, R.nreleased, sizeof *R.released, cmp_pending_slot);
    for (size_t i = 0; i < R.nreleased; i++) {
      struct rec_pending *f = &R.released[i];
      rec_ev(GCS_EV_FREE, f->tt, 1, 0, -1, f->obj, f->slot, no, 0);
    }
    R.nreleased = 0;
  }
  if (R.watch_released) {
    rec_ev(GCS_EV_WATCH, 0, 3, 0, -1, R.watch_released, 0, 0, 0);
    R.watch_released = 0;
  }
  for (size_t i = 0; i < R.nfreed; i++) {
    struct rec_pending *f = &R.freed[i];
    struct slot_info *si = gcs_slot_get(f->addr, 0);
    rec_ev(GCS_EV_FREE, f->tt, 0, 0, -1, f->obj, f->slot, no, 0);
    if (si) si->obj = 0;
    if (R.npending == R.pending_cap) {
      size_t nc = R.pending_cap ? R.pending_cap * 2 : 256;
      struct rec_pending *n = realloc(R.pending, nc * sizeof *n);
      if (!n) continue;
      R.pending = n;
      R.pending_cap = nc;
    }
    R.pending[R.npending++] = *f;
  }
  S.in_shim--;
  if (mrb->gc.state == MRB_GC_STATE_ROOT) rec_scan_referrers(mrb);
}

/* ------------------------------------------------------------------------ */
/* Watchpoints on a slot freed while referenced.                             */

struct unwind_acc {
  struct rec_frame f[REC_FRAMES];
  int n;
};

static _Unwind_Reason_Code unwind_cb(struct _Unwind_Context *ctx, void *data) {
  struct unwind_acc *u = data;
  if (u->n >= REC_FRAMES) return _URC_END_OF_STACK;
  int before = 0;
  uintptr_t ip = (uintptr_t)_Unwind_GetIPInfo(ctx, &before);
  if (!ip) return _URC_END_OF_STACK;
  u->f[u->n].ip = ip;
  u->f[u->n].cfa = (uintptr_t)_Unwind_GetCFA(ctx);
  u->f[u->n].fn = (uintptr_t)_Unwind_GetRegionStart(ctx);
  u->n++;
  return _URC_NO_REASON;
}

static int is_interpreter(uintptr_t fn) {
  return fn == (uintptr_t)&mrb_vm_exec || fn == (uintptr_t)&mrb_vm_run;
}

void gcs_rec_note_malloc_fail(void) {
  R.malloc_caller = gcs_malloc_fail_caller();
}

static void rec_unwatch(void) {
  for (int i = 0; i < R.nw; i++)
    if (R.w[i].fd >= 0) close(R.w[i].fd);
  R.nw = 0;
  R.wslot = 0;
  R.nowner = 0;
}

static void rec_watch(mrb_state *mrb, uintptr_t slot, uint32_t slot_id, uint64_t freed_obj) {
  (void)mrb;
  if (R.watch_state < 0) return;
  rec_unwatch();
  /* the payload words first, then the class pointer: the other header words
   * (type/colour/flags, gray-list link) change with every GC */
  int words[REC_WATCH_MAX];
  int nwords = 0;
  int hdr = (int)(sizeof(struct RBasic) / sizeof(uintptr_t));
  for (int i = hdr; i < (int)(R.slot_size / sizeof(uintptr_t)) && nwords < REC_WATCH_MAX; i++) words[nwords++] = i;
  if (nwords < REC_WATCH_MAX) words[nwords++] = R.word_c;
  int err = 0;
#if defined(PERF_ATTR_SIZE_VER7)
  for (int i = 0; i < nwords; i++) {
    struct perf_event_attr a;
    memset(&a, 0, sizeof a);
    a.type = PERF_TYPE_BREAKPOINT;
    a.size = sizeof a;
    a.bp_type = HW_BREAKPOINT_W;
    a.bp_addr = slot + (uintptr_t)words[i] * sizeof(uintptr_t);
    a.bp_len = HW_BREAKPOINT_LEN_8;
    a.sample_period = 1;
    a.exclude_kernel = 1;
    a.exclude_hv = 1;
    a.sigtrap = 1;
    a.remove_on_exec = 1;
    a.sig_data = (uint64_t)i;
    int fd = (int)syscall(SYS_perf_event_open, &a, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
    if (fd < 0) {
      err = errno;
      break;
    }
    R.w[R.nw].fd = fd;
    R.w[R.nw].word = words[i];
    R.w[R.nw].addr = (uintptr_t)a.bp_addr;
    R.w[R.nw].last_write = 0;
    R.w[R.nw].shadow = 0;
    read_word(R.w[R.nw].addr, &R.w[R.nw].shadow);
    R.nw++;
  }
#else
  err = ENOSYS;
#endif
  if (R.nw == 0) {
    R.watch_state = -1;
    rec_ev(GCS_EV_WATCH, 0, 2, 0, -1, slot_id, freed_obj, 0, (uint64_t)err);
    return;
  }
  R.watch_state = 1;
  R.wslot = slot;
  R.wslot_id = slot_id;
  rec_ev(GCS_EV_WATCH, R.nw, 1, 0, -1, slot_id, freed_obj, 0, 0);
}

/* The object allocated into the watched slot: remember the frames of the
 * call that allocated it, so its own initialisation is told apart. */
static void rec_owner_frames(uintptr_t ret) {
  struct unwind_acc u;
  u.n = 0;
  _Unwind_Backtrace(unwind_cb, &u);
  R.nowner = 0;
  for (int i = 0; i < u.n; i++) {
    if (u.f[i].ip != ret) continue;
    for (int j = i; j < u.n && j < i + 2; j++) {
      if (is_interpreter(u.f[j].fn)) break;
      R.owner[R.nowner++] = u.f[j];
    }
    break;
  }
  R.owner_event = R.hdr->count;
}

static int read_word(uintptr_t addr, uintptr_t *out) {
  struct iovec l = {out, sizeof *out}, r = {(void *)addr, sizeof *out};
  return process_vm_readv(getpid(), &l, 1, &r, 1, 0) == (ssize_t)sizeof *out ? 0 : -1;
}

static int is_dangling(uintptr_t v) {
  for (size_t i = 0; i < R.ndangling; i++)
    if (v && R.dangling[i] == v) return 1;
  return 0;
}

/* A store hit a watched word. Traps for one instruction that writes several
 * watched words may arrive in any order, or merge into one signal, so each
 * trap compares every watched word with its last known value and logs the
 * changed ones in word order: the log does not depend on delivery order. (A
 * store of the value already there is not logged.) */
static void rec_watch_hit(siginfo_t *si, void *uctx) {
  (void)si;
  R.hdr->watch_hits++;
  uintptr_t now[REC_WATCH_MAX];
  int changed = 0;
  for (int i = 0; i < R.nw; i++) {
    now[i] = R.w[i].shadow;
    if (read_word(R.w[i].addr, &now[i]) == 0 && now[i] != R.w[i].shadow) changed |= 1 << i;
  }
  for (int i = 0; i < R.nw; i++) R.w[i].shadow = now[i];
  if (!changed || R.in_alloc || R.in_gc || !S.active) return; /* the allocator or the collector */
  ucontext_t *uc = uctx;
  uintptr_t pc = 0;
#if defined(__x86_64__)
  pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
#else
  (void)uc;
#endif
  struct unwind_acc u;
  u.n = 0;
  _Unwind_Backtrace(unwind_cb, &u);
  int at = -1;
  for (int i = 0; i < u.n; i++)
    if (u.f[i].ip == pc) {
      at = i;
      break;
    }
  uintptr_t caller = (at >= 0 && at + 1 < u.n) ? u.f[at + 1].ip : 0;
  int how = 0;
  if (R.owner_event == R.hdr->count) how |= GCS_WR_CONSTRUCT; /* nothing else happened since */
  for (int i = (at < 0 ? 0 : at); i < u.n; i++)
    for (int k = 0; k < R.nowner; k++)
      if (u.f[i].fn == R.owner[k].fn && u.f[i].cfa == R.owner[k].cfa) how |= GCS_WR_CONSTRUCT;
  struct slot_info *s = gcs_slot_get(R.wslot, 0);
  int32_t line = S.mrb ? gcs_ruby_line(S.mrb) : -1;
  int construct_now = (how & GCS_WR_CONSTRUCT) != 0;
  for (int i = 0; i < R.nw; i++) {
    if (!(changed & (1 << i))) continue;
    int h = how | (is_dangling(now[i]) ? GCS_WR_VALUE : 0);
    rec_ev(GCS_EV_WRITE, s ? s->tt : 0, h, R.w[i].word, line, R.wslot_id, s ? s->obj : 0, pc, caller);
    R.w[i].last_write = R.hdr->count;
    /* the following words of the same store are part of the same initialisation */
    if (construct_now) R.owner_event = R.hdr->count;
  }
}

static void rec_trap(int sig, siginfo_t *si, void *uctx) {
  if (si->si_code == TRAP_PERF && gcs_rec_on) {
    int saved = errno;
    rec_watch_hit(si, uctx);
    errno = saved;
    return;
  }
  gcs_crash_handler(sig, si, uctx);
}

/* ------------------------------------------------------------------------ */
/* Heap pages released by the collector.                                    */

/* A block is being freed. If it is a heap page, its slots stop being slots:
 * their occupants are gone (logged at the next walk) and their ids are
 * retired, so a new page at the same address gets new ones -- where the C
 * library puts a new page varies between runs, the log must not. */
void gcs_rec_block_free(uintptr_t p, size_t size) {
  if (S.verifying || !S.slots || !R.slot_size || size < 64 * R.slot_size) return;
  int page = 0;
  for (uintptr_t off = 0; off < 512 && !page; off += sizeof(uintptr_t)) {
    struct slot_info *si = gcs_slot_get(p + off, 0);
    page = si && !si->foreign;
  }
  if (!page) return;
  for (size_t i = 0; i < S.slots_cap; i++) {
    struct slot_info *si = &S.slots[i];
    if (si->addr < p || si->addr >= p + size || si->foreign || !si->slot_id) continue;
    if (si->obj) {
      if (R.nreleased == R.released_cap) {
        size_t nc = R.released_cap ? R.released_cap * 2 : 256;
        struct rec_pending *n = realloc(R.released, nc * sizeof *n);
        if (n) {
          R.released = n;
          R.released_cap = nc;
        }
      }
      if (R.nreleased < R.released_cap)
        R.released[R.nreleased++] = (struct rec_pending){si->addr, si->obj, si->slot_id, si->tt};
    }
    if (si->addr == R.wslot) {
      R.watch_released = R.wslot_id;
      rec_unwatch();
    }
    for (size_t k = 0; k < R.ndangling; k++)
      if (R.dangling[k] == si->addr) R.dangling[k] = 0;
    si->obj = 0;
    si->slot_id = 0;
    si->named = 0;
  }
}

/* ------------------------------------------------------------------------ */
/* Hooks (called from shim.c and verifier.c).                               */

void gcs_rec_begin(mrb_state *mrb) {
  if (!gcs_rec_on) return;
  R.word_c = (int)(offsetof(struct RBasic, c) / sizeof(uintptr_t));
#if !GCS_HAVE_GRAY_LIST
  R.word_gcnext = -1; /* no gray-list link: the header is c and the flags word */
  R.word_flags = 1 - R.word_c;
#else
  R.word_gcnext = (int)(offsetof(struct RBasic, gcnext) / sizeof(uintptr_t));
  R.word_flags = 3 - R.word_c - R.word_gcnext; /* the third header word */
#endif
  S.in_shim++;
  R.last_slot = 0;
  /* size the table once: growing it means faulting in a new one */
  while (S.slots_cap < 2 * (mrb->gc.live + 256)) {
    size_t before = S.slots_cap;
    gcs_slots_grow();
    if (S.slots_cap == before) break;
  }
  gcs_each_object_quiet(mrb, begin_cb, NULL);
  S.in_shim--;
  if (!R.slot_size) R.slot_size = sizeof(struct RBasic);
  R.watch_state = 0;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = rec_trap;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTRAP, &sa, NULL);
  for (int tt = 0; tt <= MRB_TT_MAXDEFINE; tt++) rec_name(GCS_NAME_TT | (uint64_t)tt, gcs_tt_name(tt));
  rec_ev(GCS_EV_BEGIN, mrb->gc.generational, 0, 0, -1, R.next_pre, R.slot_size, 0, 0);
}

void gcs_rec_alloc(mrb_state *mrb, struct RBasic *p, uintptr_t ret, uint64_t id, int by_shim) {
  if (!gcs_rec_on || S.verifying || !p) return;
  struct slot_info *si = rec_slot((uintptr_t)p);
  if (!si) return;
  if (si->obj) {
    /* the previous occupant went without a GC we saw (a GC inside this allocation frees, then reuses) */
    rec_ev(GCS_EV_FREE, si->tt, 0, 0, -1, si->obj, si->slot_id, S.gc_no, 0);
  }
  if (by_shim) id = GCS_OBJ_SHIM | ++R.next_shim;
  si->obj = id;
  si->foreign = 0;
  si->tt = p->tt;
  si->named = 0;
  if (by_shim) {
    si->seq = 0;
    si->ret = ret;
    si->line = -1;
  }
  int into_watched = R.wslot && (uintptr_t)p == R.wslot;
  rec_ev(GCS_EV_ALLOC, p->tt, (by_shim ? 1 : 0) | (into_watched ? 2 : 0), 0, by_shim ? -1 : si->line, id,
         si->slot_id, ret, 0);
  if (into_watched) rec_owner_frames(ret);
  (void)mrb;
}

void gcs_rec_barrier(int hook, const void *parent, const void *child, uintptr_t ret, int dropped) {
  if (!gcs_rec_on || S.verifying) return;
  uint64_t pid = rec_obj(parent), cid = rec_obj(child);
  int ptt = parent ? ((const struct RBasic *)parent)->tt : 0;
  int ctt = child ? ((const struct RBasic *)child)->tt : 0;
  rec_ev(GCS_EV_BARRIER, hook, dropped, ptt, S.mrb ? gcs_ruby_line(S.mrb) : -1, pid, cid, ret, (uint64_t)ctt);
}

void gcs_rec_force(mrb_state *mrb, int kind, int skipped) {
  if (!gcs_rec_on || S.verifying) return;
  rec_ev(GCS_EV_FORCE, kind, S.scheduled ? GCS_TRIG_SCHEDULE : GCS_TRIG_PROGRAM, 0, gcs_ruby_line(mrb),
         S.res->c.allocs, (uint64_t)skipped, 0, 0);
}

/* A forced GC starts / ends (for writes and crashes inside it). */
void gcs_rec_gc_enter(int kind, int trigger) {
  R.in_gc = 1;
  R.gc_kind = kind;
  R.gc_trigger = trigger ? trigger : S.scheduled ? GCS_TRIG_SCHEDULE : GCS_TRIG_PROGRAM;
  R.gc_no = S.gc_no + 1;
}

void gcs_rec_gc_leave(void) {
  R.in_gc = 0;
  R.gc_kind = 0;
}

/* Around __real_mrb_obj_alloc; off also clears a GC-in-malloc flag whose
 * retry never came (no GC spans an allocation hook). */
void gcs_rec_alloc_enter(int on) {
  R.in_alloc = on;
  if (!on) R.in_gc = 0;
}

void gcs_rec_end(mrb_state *mrb, int end) {
  if (!gcs_rec_on || S.verifying) return;
  (void)mrb;
  rec_ev(GCS_EV_END, end, 0, 0, -1, S.res->c.allocs, S.gc_no, 0, 0);
}

/* The crash handler: which GC ran, where the fault address points. */
void gcs_rec_crash(int sig, siginfo_t *si) {
  if (!gcs_rec_on || S.verifying || R.stopping) return;
  uintptr_t fault = (uintptr_t)si->si_addr;
  int kind = R.gc_kind, trig = R.gc_trigger;
  uint64_t no = R.gc_no;
  if (!kind && R.in_alloc) {
    kind = GCS_GC_UNKNOWN;
    trig = GCS_TRIG_VM;
    no = S.gc_no + 1;
  }
  uint64_t in_slot = 0, holder = 0, wrote = 0;
  if (sig == SIGSEGV || sig == SIGBUS) {
    for (size_t i = 0; i < S.slots_cap && fault; i++) {
      struct slot_info *s = &S.slots[i];
      if (s->addr && fault >= s->addr && fault < s->addr + R.slot_size) {
        in_slot = s->slot_id;
        break;
      }
    }
    /* the faulting address as a value in a watched word (written through a stale pointer?) */
    for (int i = 0; i < R.nw && !holder; i++) {
      uintptr_t v = 0;
      if (read_word(R.w[i].addr, &v) == 0 && v && fault >= v && fault < v + R.slot_size) {
        holder = (uint64_t)R.wslot_id | ((uint64_t)R.w[i].word << 32);
        wrote = R.w[i].last_write;
      }
    }
    /* ... or in a slot freed while referenced */
    for (size_t i = 0; i < R.ndangling && !holder; i++) {
      if (!R.dangling[i]) continue;
      for (size_t k = 0; k < R.slot_size / sizeof(uintptr_t); k++) {
        uintptr_t v = 0;
        if ((int)k == R.word_flags || (int)k == R.word_gcnext) continue;
        if (read_word(R.dangling[i] + k * sizeof(uintptr_t), &v) == 0 && v && fault >= v &&
            fault < v + R.slot_size) {
          holder = (uint64_t)R.dangling_slot[i] | ((uint64_t)k << 32);
          break;
        }
      }
    }
  }
  rec_ev(GCS_EV_CRASH, sig, kind, trig, -1, no, in_slot, holder, wrote);
}
