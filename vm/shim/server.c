/*
 * server.c -- the fork server. Reads requests on fd 0, answers on fd 1.
 *
 * The VM is opened once (the expensive part); every program then runs in a
 * fork of that pristine VM, so a crash, a hang or a corrupted heap dies with
 * its child and the next program starts from the same state, byte for byte.
 * The child's stdout/stderr go to memfds; its result goes to a shared page.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <mruby.h>

#include "gcstress.h"
#include "shim.h"

#define MAX_OUTPUT (16u << 20)     /* what the program may write to each stream */
/* What is sent back of each stream: its first OUTPUT_HEAD bytes and, when it
 * wrote more, its last OUTPUT_TAIL bytes (the harness knows the total and
 * splits them again: vm/src/protocol.rs OUTPUT_HEAD). */
#define OUTPUT_HEAD (256u << 10)
#define OUTPUT_TAIL (256u << 10)
#define MAX_PROGRAM (64u << 20)

static int read_full(int fd, void *buf, size_t n) {
  char *p = buf;
  while (n) {
    ssize_t k = read(fd, p, n);
    if (k == 0) return 0;
    if (k < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += k;
    n -= (size_t)k;
  }
  return 1;
}

static int write_full(int fd, const void *buf, size_t n) {
  const char *p = buf;
  while (n) {
    ssize_t k = write(fd, p, n);
    if (k < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += k;
    n -= (size_t)k;
  }
  return 0;
}

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static struct gcs_result *g_res;
static int g_devnull = -1; /* the children's stdin, opened once */
static void *rec_map;     /* the event log area, reused between runs */
static size_t rec_map_size;
#define REC_KEEP (4u << 20) /* bytes of it that stay resident after a run */

#ifdef GCS_COVERAGE
/* A -cov worker (gcc --coverage VM): the child ends with _exit, which skips
 * libgcov's own dump at exit, so it dumps its counters itself; libgcov merges
 * them into the .gcda files, so they add up over runs. */
extern void __gcov_dump(void);
extern void __gcov_reset(void);
#define GCS_COV_DUMP() __gcov_dump()
/* The VM's objects name their .gcda files by the directory it was built in;
 * these put them beside the .gcno files of the VM's final directory instead.
 * libgcov reads both when it dumps, so setting them first thing is enough. */
__attribute__((constructor)) static void gcs_coverage_env(void) {
  setenv("GCOV_PREFIX", GCS_GCOV_PREFIX, 1);
  setenv("GCOV_PREFIX_STRIP", GCS_GCOV_PREFIX_STRIP, 1);
}
#else
#define GCS_COV_DUMP() ((void)0)
#endif

static void child_atexit(void) {
  /* the program called exit: that is an ordinary end */
  if (g_res && g_res->end == GCS_END_NONE) g_res->end = GCS_END_OK;
  fflush(stdout);
  fflush(stderr);
}

/* What a child sets up once: its standard streams (the output memfds), no
 * core files, a cap on output. */
static void child_streams(int out, int err) {
  dup2(out, 1);
  dup2(err, 2);
  if (g_devnull >= 0) dup2(g_devnull, 0);
  setvbuf(stdout, NULL, _IOLBF, 0);
  setvbuf(stderr, NULL, _IONBF, 0);
  struct rlimit rl;
  rl.rlim_cur = rl.rlim_max = 0;
  setrlimit(RLIMIT_CORE, &rl);
  rl.rlim_cur = rl.rlim_max = MAX_OUTPUT;
  setrlimit(RLIMIT_FSIZE, &rl);
  signal(SIGXFSZ, SIG_IGN);
}

static void arm_timer(uint64_t timeout_ms) {
  struct itimerval it;
  memset(&it, 0, sizeof it);
  it.it_value.tv_sec = (time_t)(timeout_ms / 1000);
  it.it_value.tv_usec = (suseconds_t)((timeout_ms % 1000) * 1000);
  setitimer(ITIMER_REAL, &it, NULL);
}

/* One program, in a child (forked or the runner): returns when it ends
 * normally; a crash, a timeout, a verifier finding or the program's own
 * exit end the process instead. */
static void run_program(mrb_state *mrb, gcs_eval_fn eval, const struct gcs_request *q,
                        const struct gcs_item *items, const char *filename, const char *program,
                        void *rec, size_t rec_size) {
  if (!gcs_is_asan() && q->mem_limit) {
    /* backstop for memory the VM does not take through its allocator */
    struct rlimit rl;
    rl.rlim_cur = rl.rlim_max = q->mem_limit + (1024ull << 20);
    setrlimit(RLIMIT_AS, &rl);
  }
  if (q->timeout_ms) arm_timer(q->timeout_ms);
  gcs_install_crash_handlers();
  gcs_record_area(rec, rec_size, q->record_last);
  gcs_reset(g_res, q, items);
  atexit(child_atexit);
  if (gcs_setup(mrb) != 0) {
    g_res->end = GCS_END_SETUP;
    return;
  }
  eval(mrb, program, q->program_len, filename);
  fflush(stdout);
  fflush(stderr);
}

static void run_child(mrb_state *mrb, gcs_eval_fn eval, const struct gcs_request *q,
                      const struct gcs_item *items, const char *filename, const char *program,
                      int out, int err, void *rec, size_t rec_size) {
  child_streams(out, err);
  run_program(mrb, eval, q, items, filename, program, rec, rec_size);
  GCS_COV_DUMP();
  _exit(0);
}

/* ------------------------------------------------------------------------ */
/* The runner: one forked child that runs program after program, putting   */
/* its memory back between them.                                           */
/*                                                                          */
/* A fork per program costs the kernel's fork, exit and a page fault for    */
/* every page the child touches: about 300 us a run on a 2-core VM, a third */
/* of a typical hunt program. The runner is forked from the pristine VM     */
/* once; before its first program it copies every private writable mapping  */
/* (the binary's and the libraries' data, the malloc heap up to the break,  */
/* anonymous memory) aside, and after each program it copies them back,     */
/* sets the break back, closes what the program opened and winds back the   */
/* working directory: the next program starts from the same bytes, as a     */
/* fork would. A run after which malloc holds more mmap'ed blocks than     */
/* before (large allocations) has state outside those mappings: the runner  */
/* retires after it and the server forks a new one. Anything that ends the  */
/* process (a crash, a timeout, a verifier finding, exit) ends the runner   */
/* too: the server reports it as it would a forked child and forks a new    */
/* runner. Recording, ASan and coverage builds fork per program (their      */
/* state lives outside those mappings); GCSTRESS_RUNNER=0 does so for every */
/* run.                                                                     */

/* What the server hands the runner for one run (shared memory). */
struct xfer {
  struct gcs_request q;
  struct gcs_item items[GCS_MAX_ITEMS];
  char filename[4097];
  volatile uint32_t phase; /* XF_* */
  char program[];
};
#define XF_RUN 1     /* the program runs: a death is its outcome */
#define XF_RESTORE 2 /* the program ended normally; the runner puts its memory back */
#define XFER_SIZE (sizeof(struct xfer) + MAX_PROGRAM + 1)

/* The runner's descriptors, fixed so that everything above them can be closed after a run. */
#define R_GO 3     /* read: one byte per run */
#define R_DONE 4   /* write: one byte when the run ended and memory is back */
#define R_CWD 5    /* the working directory to go back to */
#define R_FIRST_FREE 6
#define RUNNER_RUNS 5000 /* a fresh runner after this many (bounds anything that slips through) */

struct region {
  char *lo;
  size_t len;
  char *save;
};
#define MAX_REGIONS 64

static int runner_enabled = 1;
static pid_t runner_pid = -1;
static int runner_pidfd = -1, runner_go = -1, runner_done = -1;
static uint32_t runner_runs;
static struct xfer *g_xfer;

static long sys_close_range(unsigned lo, unsigned hi) {
#ifdef SYS_close_range
  return syscall(SYS_close_range, lo, hi, 0);
#else
  for (unsigned fd = lo; fd < 1024 && fd <= hi; fd++) close((int)fd);
  return 0;
#endif
}

/* The private writable mappings to copy back after each run (not the
 * stack: below the runner's frame it is scratch, above it nothing changes). */
static int list_regions(struct region *r, char **heap_lo) {
  static char maps[32768];
  int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  size_t n = 0;
  for (;;) {
    ssize_t k = read(fd, maps + n, sizeof maps - 1 - n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) break;
    n += (size_t)k;
    if (n == sizeof maps - 1) {
      close(fd);
      return -1;
    }
  }
  close(fd);
  maps[n] = 0;
  int count = 0;
  *heap_lo = NULL;
  for (char *line = maps; line && *line;) {
    char *next = strchr(line, '\n');
    if (next) *next++ = 0;
    unsigned long lo, hi;
    char perms[5] = "";
    if (sscanf(line, "%lx-%lx %4s", &lo, &hi, perms) == 3 && perms[0] == 'r' && perms[1] == 'w' &&
        perms[3] == 'p' && !strstr(line, "[stack]")) {
      if (count == MAX_REGIONS) return -1;
      if (strstr(line, "[heap]")) *heap_lo = (char *)lo;
      r[count].lo = (char *)lo;
      r[count].len = hi - lo;
      count++;
    }
    line = next;
  }
  return count;
}

static void runner_main(mrb_state *mrb, gcs_eval_fn eval) {
  /* the working directory, to go back to after each run */
  int cwd = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (cwd < 0 || dup2(cwd, R_CWD) < 0) _exit(120);
  if (cwd != R_CWD) close(cwd);
  sys_close_range(R_FIRST_FREE, ~0u);

  struct region regions[MAX_REGIONS];
  char *heap_lo;
  int nr = list_regions(regions, &heap_lo);
  if (nr <= 0) _exit(121);
  char *brk_end = sbrk(0);
  size_t total = 0;
  for (int i = 0; i < nr; i++) {
    if (regions[i].lo == heap_lo) regions[i].len = (size_t)(brk_end - heap_lo);
    total += regions[i].len;
  }
  char *save = mmap(NULL, total ? total : 1, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (save == MAP_FAILED) _exit(122);
  for (int i = 0; i < nr; i++) {
    regions[i].save = save;
    memcpy(save, regions[i].lo, regions[i].len);
    save += regions[i].len;
  }
  /* from here on, only this frame's locals and the shared pages keep state
   * across runs: every static variable is put back after each */
  struct xfer *x = g_xfer;
  struct gcs_request q;
  struct gcs_item items[GCS_MAX_ITEMS];
  const pid_t me = getpid();
  /* blocks malloc took from mmap: a run that leaves more mapped than this
   * has memory outside the saved mappings, so the runner retires after it */
  const size_t hblks = mallinfo2().hblks;
  for (;;) {
    char c;
    ssize_t k = read(R_GO, &c, 1);
    if (k < 0 && errno == EINTR) continue;
    if (k != 1) _exit(0);
    q = x->q;
    memcpy(items, x->items, sizeof items);
    run_program(mrb, eval, &q, items, x->filename, x->program, NULL, 0);
    /* a child the program's VM forked (mruby-io's popen when its exec
     * fails raises in the child, which then runs the rest of the program)
     * ends here, as it would at the end of a forked child's run */
    if (getpid() != me) _exit(0);
    arm_timer(0);
    x->phase = XF_RESTORE;
    /* the shim's own tables (their large ones are mmap'ed blocks) */
    gcs_release();
    if (mallinfo2().hblks != hblks) {
      c = 'r'; /* retiring: the server forks a new runner for the next program */
      if (write(R_DONE, &c, 1) != 1) _exit(0);
      _exit(0);
    }
    /* the break first: a heap the run shrank must be mapped again before it is written */
    syscall(SYS_brk, brk_end);
    for (int i = 0; i < nr; i++) memcpy(regions[i].lo, regions[i].save, regions[i].len);
    sys_close_range(R_FIRST_FREE, ~0u);
    if (fchdir(R_CWD) != 0) _exit(123);
    if (write(R_DONE, &c, 1) != 1) _exit(0);
  }
}

/* Reap the runner (it has exited or been killed); its wait status. */
static int runner_reap(void) {
  int status = 0;
  while (waitpid(runner_pid, &status, 0) < 0 && errno == EINTR) {}
  close(runner_go);
  close(runner_done);
  if (runner_pidfd >= 0) close(runner_pidfd);
  runner_pid = -1;
  runner_go = runner_done = runner_pidfd = -1;
  return status;
}

static void runner_stop(void) {
  if (runner_pid <= 0) return;
  kill(runner_pid, SIGKILL);
  runner_reap();
}

static int runner_start(mrb_state *mrb, gcs_eval_fn eval, int out, int err) {
  int go[2], done[2];
  if (pipe2(go, O_CLOEXEC) != 0) return -1;
  if (pipe2(done, O_CLOEXEC) != 0) {
    close(go[0]);
    close(go[1]);
    return -1;
  }
  pid_t pid = fork();
  if (pid == 0) {
    child_streams(out, err);
    /* the runner's fixed descriptors, by way of numbers above them all */
    int g = fcntl(go[0], F_DUPFD, 100), d = fcntl(done[1], F_DUPFD, 100);
    if (g < 0 || d < 0 || dup2(g, R_GO) < 0 || dup2(d, R_DONE) < 0) _exit(124);
    runner_main(mrb, eval);
    _exit(0);
  }
  close(go[0]);
  close(done[1]);
  if (pid < 0) {
    close(go[1]);
    close(done[0]);
    return -1;
  }
  runner_pid = pid;
  runner_go = go[1];
  runner_done = done[0];
  runner_pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
  runner_runs = 0;
  return 0;
}

/* Run one request on the runner: 0 and in *st the wait status the run ends
 * with, as a forked child's would be (exited 0 for a normal end); -1 if no
 * runner could be started. */
static int runner_run(mrb_state *mrb, gcs_eval_fn eval, int out, int err, const struct gcs_request *q,
                      const struct gcs_item *items, const char *filename, const char *program, int *st) {
  if (runner_pid > 0 && runner_runs >= RUNNER_RUNS) runner_stop();
  if (runner_pid <= 0 && runner_start(mrb, eval, out, err) != 0) return -1;
  struct xfer *x = g_xfer;
  x->q = *q;
  memset(x->items, 0, sizeof x->items);
  memcpy(x->items, items, q->nitems * sizeof *items);
  memcpy(x->filename, filename, q->filename_len + 1);
  memcpy(x->program, program, q->program_len + 1);
  x->phase = XF_RUN;
  runner_runs++;
  char c = 'g';
  if (write(runner_go, &c, 1) == 1) {
    struct pollfd p[2] = {{runner_done, POLLIN, 0}, {runner_pidfd, POLLIN, 0}};
    for (;;) {
      int n = poll(p, runner_pidfd >= 0 ? 2 : 1, -1);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) break;
      if (p[0].revents & POLLIN) {
        ssize_t k = read(runner_done, &c, 1);
        if (k == 1) {
          *st = 0; /* exited, 0 */
          if (c == 'r') runner_stop(); /* it retired after the run */
          return 0;
        }
        break; /* EOF: the runner is gone */
      }
      if (p[0].revents & (POLLHUP | POLLERR)) break;
      if (p[1].revents) break;
    }
  }
  /* the runner died: the run's outcome is its status, unless the run had
   * already ended and the runner died putting memory back */
  int status = runner_reap();
  if (x->phase == XF_RESTORE) {
    fprintf(stderr, "gcstress worker: the runner died after a run (status %d); forking a new one\n", status);
    status = 0;
  }
  *st = status;
  return 0;
}

/* Run one request in a forked child; 0 and its wait status, or -1 if fork failed. */
static int fork_run(mrb_state *mrb, gcs_eval_fn eval, int out, int err, const struct gcs_request *q,
                    const struct gcs_item *items, const char *filename, const char *program, void *rec,
                    size_t rec_size, int *st) {
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) run_child(mrb, eval, q, items, filename, program, out, err, rec, rec_size);
  while (waitpid(pid, st, 0) < 0 && errno == EINTR) {}
  return 0;
}

static int runner_can_run(const struct gcs_request *q) {
  return runner_enabled && g_xfer && !(q->flags & GCS_F_RECORD);
}

/* Request and output buffers come from mmap, never from malloc: the fork
 * server's malloc heap must be byte-for-byte the same before every fork, or
 * the VM's objects land at different addresses from run to run (the sizes of
 * earlier programs and outputs would shape the heap the next child inherits). */
static void *buf_alloc(size_t n) {
  void *p = mmap(NULL, n ? n : 1, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

static void buf_free(void *p, size_t n) {
  if (p) munmap(p, n ? n : 1);
}

static size_t take_output(int fd, char **buf, uint64_t *total, size_t *cap) {
  off_t len = lseek(fd, 0, SEEK_END);
  if (len < 0) len = 0;
  *total = (uint64_t)len;
  size_t n = (size_t)len;
  size_t head = n, tail = 0;
  if (n > OUTPUT_HEAD + OUTPUT_TAIL) {
    head = OUTPUT_HEAD;
    tail = OUTPUT_TAIL;
  }
  *cap = head + tail + 1;
  *buf = buf_alloc(*cap);
  if (!*buf) return 0;
  ssize_t got = pread(fd, *buf, head, 0);
  if (got < 0 || (size_t)got != head) return got < 0 ? 0 : (size_t)got;
  if (tail) {
    ssize_t t = pread(fd, *buf + head, tail, (off_t)(n - tail));
    if (t < 0) return head;
    return head + (size_t)t;
  }
  return head;
}

/* Address-space randomization off, by re-executing once with
 * ADDR_NO_RANDOMIZE: the fork server's heap then sits at the same addresses
 * in every run, so whatever depends on addresses (object ids, `inspect`,
 * orders of address-keyed tables, even how many mallocs a run makes) is the
 * same in a hunt and in a later `gcstress exec` of its reproducer.
 * GCSTRESS_ASLR=1 keeps randomization; where personality() is refused the
 * worker just runs randomized. */
static void no_aslr(void) {
  int p = personality(0xffffffff);
  if (p == -1 || (p & ADDR_NO_RANDOMIZE)) return;
  const char *keep = getenv("GCSTRESS_ASLR");
  if (keep && strcmp(keep, "1") == 0) return;
  static char buf[8192];
  char *argv[64];
  int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0 || (size_t)n >= sizeof buf - 1) return;
  buf[n] = 0;
  int argc = 0;
  for (char *a = buf; a < buf + n && argc < 63; a += strlen(a) + 1) argv[argc++] = a;
  argv[argc] = NULL;
  if (personality((unsigned long)p | ADDR_NO_RANDOMIZE) == -1) return;
  execv("/proc/self/exe", argv);
  personality((unsigned long)p); /* exec failed: carry on as we were */
}

int gcs_server_main(gcs_open_fn open_vm, gcs_eval_fn eval, uint32_t worker_flags, const char *vm_version) {
  no_aslr();
  const char *scribble = getenv("GCSTRESS_SCRIBBLE");
  if (scribble && strcmp(scribble, "0") == 0) gcs_scribble = 0;
  const char *quarantine = getenv("GCSTRESS_QUARANTINE");
  if (quarantine && strcmp(quarantine, "0") == 0) gcs_quarantine = 0;
  const char *runner = getenv("GCSTRESS_RUNNER");
  if (runner && strcmp(runner, "0") == 0) runner_enabled = 0;
#ifdef GCS_COVERAGE
  runner_enabled = 0; /* the counters live in the data the runner puts back */
#endif
  signal(SIGPIPE, SIG_IGN);
  g_res = mmap(NULL, sizeof(struct gcs_result), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (g_res == MAP_FAILED) {
    fprintf(stderr, "gcstress worker: cannot map the result page: %s\n", strerror(errno));
    return 1;
  }
  int out = memfd_create("gcstress-stdout", 0);
  int err = memfd_create("gcstress-stderr", 0);
  if (out < 0 || err < 0) {
    fprintf(stderr, "gcstress worker: memfd_create failed: %s\n", strerror(errno));
    return 1;
  }
  mrb_state *mrb = open_vm();
  if (!mrb) {
    fprintf(stderr, "gcstress worker: the VM did not open\n");
    return 1;
  }
  gcs_define_module(mrb);
  gcs_clear_stack(mrb);
  gcs_warm_unwinder();
#ifdef GCS_COVERAGE
  /* what opening the VM counted is dumped once here and then zeroed, so
   * that no child adds it again with its own counters */
  __gcov_dump();
  __gcov_reset();
#endif
  g_devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (gcs_is_asan()) runner_enabled = 0;
  if (runner_enabled) {
    g_xfer = mmap(NULL, XFER_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (g_xfer == MAP_FAILED) g_xfer = NULL;
  }

  struct gcs_hello h;
  memset(&h, 0, sizeof h);
  h.magic = GCS_HELLO_MAGIC;
  h.version = GCS_PROTO_VERSION;
  h.request_size = sizeof(struct gcs_request);
  h.result_size = sizeof(struct gcs_result);
  h.flags = worker_flags | (gcs_is_asan() ? GCS_W_ASAN : 0);
  h.generational_default = mrb->gc.generational;
  snprintf(h.vm_version, sizeof h.vm_version, "%s", vm_version);
  if (write_full(1, &h, sizeof h) != 0) return 1;

  for (;;) {
    struct gcs_request q;
    int rc = read_full(0, &q, sizeof q);
    if (rc == 0) {
      runner_stop(); /* reaped here, its CPU time counts in this process's children */
      return 0;
    }
    if (rc < 0 || q.magic != GCS_REQ_MAGIC || q.version != GCS_PROTO_VERSION ||
        q.nitems > GCS_MAX_ITEMS || q.program_len > MAX_PROGRAM || q.filename_len > 4096) {
      fprintf(stderr, "gcstress worker: malformed request\n");
      return 2;
    }
    struct gcs_item items[GCS_MAX_ITEMS];
    char *filename = buf_alloc(q.filename_len + 1);
    char *program = buf_alloc(q.program_len + 1);
    if (!filename || !program) return 1;
    if (read_full(0, items, q.nitems * sizeof(struct gcs_item)) != 1 ||
        read_full(0, filename, q.filename_len) != 1 ||
        (q.program_len && read_full(0, program, q.program_len) != 1)) {
      fprintf(stderr, "gcstress worker: truncated request\n");
      return 2;
    }
    program[q.program_len] = 0;

    memset(g_res, 0, sizeof *g_res);
    g_res->magic = GCS_RES_MAGIC;
    g_res->version = GCS_PROTO_VERSION;
    ftruncate(out, 0);
    ftruncate(err, 0);
    lseek(out, 0, SEEK_SET);
    lseek(err, 0, SEEK_SET);

    /* the event log: shared, so what the child logged survives its crash;
     * mapped once and reused (its pages stay faulted in between runs) */
    void *rec = NULL;
    size_t rec_size = 0;
    if (q.flags & GCS_F_RECORD) {
      rec_size = gcs_record_area_size(q.record_last);
      if (rec_size > rec_map_size) {
        if (rec_map) munmap(rec_map, rec_map_size);
        rec_map_size = rec_size > gcs_record_area_size(0) ? rec_size : gcs_record_area_size(0);
        rec_map = mmap(NULL, rec_map_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (rec_map == MAP_FAILED) {
          rec_map = NULL;
          rec_map_size = 0;
        }
      }
      if (rec_map) rec = rec_map;
      else rec_size = 0;
    }

    uint64_t t0 = now_ns();
    int st = 0;
    int ran = runner_can_run(&q) ? runner_run(mrb, eval, out, err, &q, items, filename, program, &st) : -1;
    if (ran != 0) ran = fork_run(mrb, eval, out, err, &q, items, filename, program, rec, rec_size, &st);
    if (ran != 0) {
      g_res->status = GCS_ST_SERVER_ERROR;
      snprintf(g_res->setup_error, sizeof g_res->setup_error, "fork failed: %s", strerror(errno));
    } else {
      if (WIFSIGNALED(st)) {
        g_res->status = GCS_ST_SIGNALED;
        g_res->signal = WTERMSIG(st);
      } else {
        g_res->status = GCS_ST_EXITED;
        g_res->exit_code = WEXITSTATUS(st);
      }
    }
    g_res->duration_ns = now_ns() - t0;
    buf_free(filename, q.filename_len + 1);
    buf_free(program, q.program_len + 1);

    char *ob = NULL, *eb = NULL;
    size_t ocap = 0, ecap = 0;
    size_t on = take_output(out, &ob, &g_res->stdout_total, &ocap);
    size_t en = take_output(err, &eb, &g_res->stderr_total, &ecap);
    g_res->stdout_len = on;
    g_res->stderr_len = en;
    const void *parts[4] = {0};
    size_t lens[4] = {0};
    if (rec) g_res->c.record_bytes = gcs_record_collect(rec, parts, lens);
    if (write_full(1, g_res, sizeof *g_res) != 0 || write_full(1, ob, on) != 0 || write_full(1, eb, en) != 0)
      return 0; /* the harness went away */
    for (int i = 0; i < 4; i++)
      if (lens[i] && write_full(1, parts[i], lens[i]) != 0) return 0;
    if (rec && rec_size > REC_KEEP) madvise((char *)rec + REC_KEEP, rec_size - REC_KEEP, MADV_REMOVE);
    buf_free(ob, ocap);
    buf_free(eb, ecap);
  }
}

int gcs_run_file(gcs_open_fn open_vm, gcs_eval_fn eval, const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    fprintf(stderr, "gcstress worker: cannot open %s: %s\n", path, strerror(errno));
    return 2;
  }
  struct gcs_request q;
  static struct gcs_item items[GCS_MAX_ITEMS];
  if (read_full(fd, &q, sizeof q) != 1 || q.magic != GCS_REQ_MAGIC || q.version != GCS_PROTO_VERSION ||
      q.nitems > GCS_MAX_ITEMS || q.program_len > MAX_PROGRAM || q.filename_len > 4096) {
    fprintf(stderr, "gcstress worker: %s is not a request of this protocol\n", path);
    return 2;
  }
  char *filename = calloc(q.filename_len + 1, 1);
  char *program = malloc(q.program_len + 1);
  if (!filename || !program) return 1;
  if (read_full(fd, items, q.nitems * sizeof(struct gcs_item)) != 1 || read_full(fd, filename, q.filename_len) != 1 ||
      (q.program_len && read_full(fd, program, q.program_len) != 1)) {
    fprintf(stderr, "gcstress worker: %s is truncated\n", path);
    return 2;
  }
  close(fd);
  program[q.program_len] = 0;
  g_res = calloc(1, sizeof *g_res);
  if (!g_res) return 1;
  mrb_state *mrb = open_vm();
  if (!mrb) {
    fprintf(stderr, "gcstress worker: the VM did not open\n");
    return 1;
  }
  gcs_define_module(mrb);
  void *rec = NULL;
  size_t rec_size = 0;
  if (q.flags & GCS_F_RECORD) {
    rec_size = gcs_record_area_size(q.record_last);
    rec = mmap(NULL, rec_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (rec == MAP_FAILED) rec = NULL;
  }
  gcs_install_crash_handlers();
  gcs_record_area(rec, rec_size, q.record_last);
  gcs_record_one_shot();
  gcs_reset(g_res, &q, items);
  if (gcs_setup(mrb) != 0) {
    fprintf(stderr, "gcstress worker: %s\n", g_res->setup_error);
    return 2;
  }
  eval(mrb, program, q.program_len, filename);
  fflush(stdout);
  fprintf(stderr, "gcstress worker: the program ended (%llu events)\n", (unsigned long long)g_res->c.events);
  return 0;
}
