/*
 * gcstress.h -- the contract between the gcstress harness (Rust) and the C shim
 * that runs inside a real, unmodified mruby.
 *
 * Everything in this header is plain data with a fixed layout. The Rust side
 * mirrors it in vm/src/protocol.rs; both sides check GCS_PROTO_VERSION and the
 * struct sizes, so a mismatch is an error, never silent corruption.
 *
 * This header must not include any mruby header: the Rust side and Artichoke's
 * worker compile against it too.
 */
#ifndef GCSTRESS_H
#define GCSTRESS_H

#include <stdint.h>

#define GCS_PROTO_VERSION 6u
#define GCS_REQ_MAGIC 0x47435251u /* "GCRQ" */
#define GCS_RES_MAGIC 0x47435253u /* "GCRS" */

/* Schedule item kinds: what to force. */
enum gcs_kind {
  GCS_KIND_MINOR = 1,      /* a complete young-generation cycle */
  GCS_KIND_FULL = 2,       /* mrb_full_gc */
  GCS_KIND_STEP = 3,       /* one mrb_incremental_gc call */
  GCS_KIND_MALLOCFAIL = 4, /* the VM's n-th malloc fails once: GC inside malloc */
  GCS_KIND_MARK = 5        /* hold a major cycle in MARK/SWEEP: start + one step */
};

/* Schedule item modes: when. */
enum gcs_mode {
  GCS_AT = 1,   /* at the n-th allocation */
  GCS_EVERY = 2 /* every n allocations */
};

struct gcs_item {
  uint32_t kind;
  uint32_t mode;
  uint64_t n;
};

#define GCS_MAX_ITEMS 32

/* Request flags. */
#define GCS_F_VERIFY 1u     /* heap verifier: forced GCs and the VM's own, sampled */
#define GCS_F_VERIFY_ALL 2u /* ... after every GC, forced or not */
#define GCS_F_RECORD 4u     /* write the event log */
#define GCS_F_QUIET_HOOKS 8u
#define GCS_F_CAP_FORCED 16u /* stop scheduled GCs after 256 in one run (hunt: bounds the cost) */
#define GCS_F_MALLOC_CALLERS 32u /* name the VM function of every failed malloc (walks the stack: triage runs only) */

/* One request: header, then nitems gcs_item, then filename bytes, then program bytes. */
struct gcs_request {
  uint32_t magic;
  uint32_t version;
  uint32_t nitems;
  int32_t gen;            /* -1 VM default, 0 off, 1 on */
  uint64_t timeout_ms;
  uint64_t mem_limit;     /* bytes the VM may hold through its allocator */
  uint32_t filename_len;
  uint32_t program_len;
  uint32_t flags;
  int32_t step_ratio;     /* -1: VM default */
  int32_t interval_ratio; /* -1: VM default */
  uint32_t record_last;   /* ring size for recording, 0 = keep everything */
  uint64_t mutant_lo;     /* drop barrier calls whose return address is in [lo, hi) */
  uint64_t mutant_hi;
  uint64_t stop_at_event; /* raise SIGTRAP when the event counter reaches this (0: never) */
  uint64_t reserved[4];
};

/* What the child says about how the program ended (the parent adds wait status). */
enum gcs_end {
  GCS_END_NONE = 0,        /* the child never reported (it died) */
  GCS_END_OK = 1,
  GCS_END_EXCEPTION = 2,   /* uncaught Ruby exception */
  GCS_END_PARSE_ERROR = 3, /* the VM's parser rejected the program */
  GCS_END_OOM = 4,         /* the allocator limit was hit */
  GCS_END_VERIFIER = 5,    /* the heap verifier found a live->freed edge */
  GCS_END_SETUP = 6,       /* the harness could not set the VM up (bad knob etc.) */
  GCS_END_WRONG_RESULT = 7 /* a self-check (GCStress.expect) saw another value than was kept */
};

/* How a self-check's value differs from what GCStress.keep saw (gcs_wrong.how). */
enum gcs_wrong_how {
  GCS_WRONG_FREED = 1,   /* the kept object's slot is free now */
  GCS_WRONG_REUSED = 2,  /* its slot holds another object (another allocation, type or class) */
  GCS_WRONG_CHANGED = 3, /* the same object, other contents (string bytes, array elements, ...) */
  GCS_WRONG_OTHER = 4,   /* another object, in another slot (or an immediate) */
  GCS_WRONG_MISSING = 5  /* nil where an object was kept */
};

/* A self-check's mismatch (end GCS_END_WRONG_RESULT). */
struct gcs_wrong {
  uint32_t key;          /* the check's key (GCStress.keep(key, v): a hold's number) */
  int32_t line;          /* Ruby line of the failed check (-1 unknown) */
  uint32_t how;          /* enum gcs_wrong_how */
  int32_t expected_tt;   /* type the value had when kept */
  int32_t actual_tt;     /* type it has now */
  uint32_t tracked;      /* 1: slots were tracked (verify/record): allocation numbers below are known */
  uint64_t expected_seq; /* allocation number of the kept object (0: unknown or immediate) */
  uint64_t actual_seq;   /* ... of what the check saw */
  char expected_desc[64]; /* "RString String" */
  char actual_desc[64];   /* "RArray Array", "free slot" */
};

/* How the child process ended, as seen by the fork server. */
enum gcs_status {
  GCS_ST_EXITED = 0,
  GCS_ST_SIGNALED = 1,
  GCS_ST_SERVER_ERROR = 2
};

#define GCS_MAX_FRAMES 48
#define GCS_MAX_EDGES 1024
#define GCS_MAX_FINDINGS 8

/* Hook ids, used in edge keys and events. */
enum gcs_hook {
  GCS_HOOK_ALLOC = 1,
  GCS_HOOK_FIELD_WB = 2,
  GCS_HOOK_WB = 3
};

/* Counters. Everything the child counted while the program ran. */
struct gcs_counters {
  uint64_t allocs;          /* mrb_obj_alloc calls while the program ran */
  uint64_t mallocs;         /* allocator calls with size > 0 while the program ran */
  uint64_t field_wb;        /* mrb_field_write_barrier calls */
  uint64_t wb;              /* mrb_write_barrier calls */
  uint64_t wb_dropped;      /* barrier calls skipped by a mutant */
  uint64_t forced_minor;
  uint64_t forced_full;
  uint64_t forced_step;
  uint64_t forced_skipped;  /* forced GC not run: GC disabled or iterating */
  uint64_t vm_minor;        /* complete young cycles the VM ran by itself */
  uint64_t vm_major_steps;  /* incremental major steps the VM ran by itself */
  uint64_t vm_major_cycles; /* major cycles that completed (forced or not) */
  uint64_t other_gc;        /* GC seen between allocations (GC.start, ...) */
  uint64_t malloc_fail;     /* allocator failures injected */
  uint64_t gc_in_malloc;    /* ... after which the VM collected and retried */
  uint64_t phase_root;      /* allocations in each GC state */
  uint64_t phase_mark;
  uint64_t phase_sweep;
  uint64_t live_end;        /* live objects at the end */
  uint64_t old_end;         /* old (black) objects at the end (generational mode) */
  uint64_t slots_end;       /* heap slots at the end */
  uint64_t max_gray;        /* reserved */
  uint64_t bytes_peak;      /* peak bytes held through the allocator */
  uint64_t verify_runs;     /* heap verifications done */
  uint64_t events;          /* recorded events */
  int32_t generational;     /* mode at the end */
  int32_t gc_state;         /* state at the end */
  uint64_t heap_lo;         /* lowest and highest heap slot address at the end */
  uint64_t heap_hi;         /* (object ids derive from them: the diff oracle masks them) */
  uint64_t record_bytes;    /* bytes of event log that follow the output on the wire */
  uint64_t reserved[3];
};

/* A caller edge: (hook, return address) -> count; the harness symbolizes. */
struct gcs_edge {
  uint64_t addr;
  uint32_t hook;
  uint32_t count;
};

/* A verifier finding: a live object references a freed slot. */
struct gcs_finding {
  uint64_t child_slot;      /* address of the freed slot */
  uint64_t parent;          /* address of a live object referencing it (0: unknown) */
  uint64_t child_alloc_ret; /* return address of the mrb_obj_alloc call that made the child */
  uint64_t parent_alloc_ret;
  uint64_t child_alloc_seq; /* allocation number of the child */
  uint64_t parent_alloc_seq;
  uint64_t parent_wb_after; /* barrier calls on the parent after the child's allocation */
  int32_t child_tt;         /* type the child had when allocated */
  int32_t parent_tt;
  int32_t child_line;       /* Ruby line at allocation (-1 unknown) */
  int32_t parent_line;
  uint32_t gc_kind;         /* GCS_KIND_* of the GC after which it was found */
  uint32_t gc_no;           /* that GC's number (1-based, forced or not) */
  char parent_desc[96];     /* e.g. "RProc Numeric#-@" */
  char child_desc[40];
  uint32_t incarnations;    /* objects the slot held since the parent's last barrier */
  uint32_t reserved;
};

struct gcs_result {
  uint32_t magic;
  uint32_t version;
  int32_t status;           /* enum gcs_status */
  int32_t exit_code;
  int32_t signal;           /* terminating signal */
  int32_t end;              /* enum gcs_end, from the child */
  int32_t crash_signal;     /* signal caught by the child's handler (0: none) */
  int32_t parse_line;
  int32_t parse_col;
  uint32_t nframes;
  uint64_t fault_addr;
  uint64_t frames[GCS_MAX_FRAMES];
  uint64_t duration_ns;
  struct gcs_counters c;
  char exc_class[128];
  char exc_message[1024];
  char parse_message[256];
  char setup_error[256];
  uint32_t nedges;
  uint32_t nfindings;
  struct gcs_edge edges[GCS_MAX_EDGES];
  struct gcs_finding findings[GCS_MAX_FINDINGS];
  uint64_t stdout_len;      /* bytes that follow the result on the wire */
  uint64_t stderr_len;
  uint64_t stdout_total;    /* bytes the program wrote (may exceed what is sent) */
  uint64_t stderr_total;
  /* The host around mruby (Artichoke: Rust core classes). Zero on plain mruby. */
  uint64_t host_dead_checks;  /* "is this value dead?" checks the host made (mrb_sys_value_is_dead) */
  uint64_t host_dead_addr;    /* the first value the host judged dead (0: none) */
  int32_t host_dead_tt;       /* its slot's type tag at that moment (-1: not a heap slot) */
  int32_t host_dead_color;    /* its colour bits at that moment (-1: not a heap slot) */
  int32_t host_dead_gc_state; /* the collector's state then: 0 root, 1 mark, 2 sweep */
  int32_t host_panic;         /* 1: the host panicked (its message is on stderr) */
  int32_t host_dead_white;    /* the collector's current white part then */
  int32_t host_dead_class;    /* 1 freed (slot free, or freed by a full GC in a copy),
                                 2 misjudged-live (survives a full GC intact), 0 unknown */
  char host_dead_type[24];    /* the slot's type then, as this VM names it ("RObject", "free slot") */
  uint64_t fault_sp;          /* the stack pointer when the crash signal came (0: unknown): a fault
                                 next to it is a stack overflow */
  uint64_t malloc_fail_caller; /* with GCS_F_MALLOC_CALLERS: return address into the VM function whose
                                  malloc was failed last (0: none) */
  struct gcs_wrong wrong;      /* end GCS_END_WRONG_RESULT: the self-check that failed */
};

/* ------------------------------------------------------------------------ */
/* The event log (GCS_F_RECORD). The fork server maps a shared area before
 * forking the child; the child appends events to it as the program runs, so a
 * crash loses nothing already logged. After the child ends, the server sends
 * header, names and events (oldest first) after the program's output. Object
 * and slot ids are logical (allocation order, first-seen order), never
 * addresses; `c`/`d` of some events are return addresses or PCs in the
 * worker, which the harness names before anything is written to disk. */

#define GCS_REC_MAGIC 0x43455247u       /* "GREC" */
#define GCS_REC_NAMES 65536u            /* bytes for object descriptions */
#define GCS_REC_DEFAULT_CAP (4u << 20)  /* events kept without a ring */

/* Object ids: the n-th allocation of the program is n; objects that existed
 * before it started (the pristine VM) are GCS_OBJ_PRE | k in heap order;
 * objects gcstress itself made (GCStress.stats) are GCS_OBJ_SHIM | k. */
#define GCS_OBJ_PRE (1ull << 63)
#define GCS_OBJ_SHIM (1ull << 62)
/* Names-area keys that are not objects: GCS_NAME_TT | type tag -> the type's
 * name in this VM ("REnv"); the tags differ between mruby versions. */
#define GCS_NAME_TT (1ull << 61)

enum gcs_ev_type {
  GCS_EV_BEGIN = 1,   /* a: live objects registered, b: slot size, k: generational */
  GCS_EV_ALLOC = 2,   /* a: object, b: slot, c: return address (allocating function), k: type, how: 1 by gcstress */
  GCS_EV_GC = 3,      /* k: GCS_GC_*, how: GCS_TRIG_*, a: GC number, b: slots freed */
  GCS_EV_FREE = 4,    /* a: object, b: slot, c: GC number, k: type it had, how: 1 its heap page was released */
  GCS_EV_REF = 5,     /* a freed slot is still referenced: a: freed object, b: its slot, c: referrer, d: referrer's slot,
                       * k: referrer type, how: GCS_REF_*, w: word or element index */
  GCS_EV_BARRIER = 6, /* k: GCS_HOOK_FIELD_WB or GCS_HOOK_WB, how: 1 dropped by a mutant, a: parent, b: child (0),
                       * c: return address, w: parent's type, d: child's type */
  GCS_EV_FORCE = 7,   /* a forced GC point: k: GCS_KIND_*, how: GCS_TRIG_SCHEDULE or _PROGRAM, a: allocations so far, b: 1 skipped */
  GCS_EV_WATCH = 8,   /* watchpoints on a slot: a: slot, b: freed object, k: words watched, how: 1 armed, 2 unavailable
                       * (d: errno), 3 stopped (the slot's heap page was released) */
  GCS_EV_WRITE = 9,   /* a store that changed a watched word: a: slot, b: occupant, c: writer PC, d: its caller,
                       * k: occupant type, w: word, how: GCS_WR_* */
  GCS_EV_CRASH = 10,  /* k: signal, how: GCS_GC_* running (0 none), w: its trigger, a: its GC number, b: slot the fault
                       * address lies in (0), c: slot | word << 32 holding the fault address as a value (0), d: the write
                       * event that stored that value (0) */
  GCS_EV_END = 11,    /* k: enum gcs_end, a: allocations, b: GCs */
  GCS_EV_NAME = 12    /* reserved (names are in the names area) */
};

enum gcs_gc_kind {
  GCS_GC_MINOR = 1,     /* a complete young-generation cycle */
  GCS_GC_FULL = 2,      /* mrb_full_gc */
  GCS_GC_STEP = 3,      /* one incremental step of a major cycle */
  GCS_GC_MAJOR_END = 4, /* the step that completed a major cycle */
  GCS_GC_MAJOR = 5,     /* a complete major cycle (forced minor without generations) */
  GCS_GC_UNKNOWN = 6    /* seen between allocations (GC.start, ObjectSpace, ...) */
};

enum gcs_gc_trigger {
  GCS_TRIG_SCHEDULE = 1, /* the request's schedule */
  GCS_TRIG_PROGRAM = 2,  /* GCStress.minor/full/step/mark */
  GCS_TRIG_VM = 3,       /* the VM's own pacing, inside an allocation */
  GCS_TRIG_MALLOC = 4,   /* a failed malloc: the VM collected and retried */
  GCS_TRIG_OTHER = 5     /* between allocations */
};

enum gcs_ref_how {
  GCS_REF_SLOT = 1,    /* a word of the referrer's own slot */
  GCS_REF_BLOCK = 2,   /* a malloc'd block the referrer holds (ivars, tables, ...) */
  GCS_REF_ELEMENT = 3  /* an element of the referrer (an Array) */
};

#define GCS_WR_CONSTRUCT 1u /* during the call that allocated the occupant */
#define GCS_WR_VALUE 2u     /* the value written is the address of a freed slot */

struct gcs_event {
  uint8_t type;
  uint8_t k;
  uint8_t how;
  uint8_t w;
  int32_t line; /* Ruby line (-1: unknown) */
  uint64_t a, b, c, d;
};

struct gcs_rec_header {
  uint32_t magic;
  uint32_t event_size;
  uint64_t count;     /* events emitted; the last one's number */
  uint64_t cap;       /* events the area holds */
  uint32_t ring;      /* 1: the area keeps the last `cap` events */
  uint32_t names_len; /* bytes used in the names area */
  uint64_t watch_hits;
  uint64_t reserved[3];
};

/* The names area: records of { uint64_t object; uint32_t len; char text[len]; } padded to 8 bytes. */

#define GCS_HELLO_MAGIC 0x47435357u /* "GCSW" */

/* Worker capability flags (gcs_hello.flags). */
#define GCS_W_DEBUG 1u        /* built with MRB_DEBUG: mrb_assert is live */
#define GCS_W_ASAN 2u         /* built with AddressSanitizer */
#define GCS_W_NO_GENERATIONAL 4u /* built with MRB_GC_TURN_OFF_GENERATIONAL */
#define GCS_W_ARTICHOKE 8u    /* the VM is Artichoke (Rust core around mruby) */

/* The first thing a fork server writes: who it is and the sizes it uses. */
struct gcs_hello {
  uint32_t magic;
  uint32_t version;
  uint32_t request_size;
  uint32_t result_size;
  uint32_t flags;
  int32_t generational_default;
  char vm_version[48];
  uint64_t reserved[4];
};

#endif /* GCSTRESS_H */
