/*
 * worker_mruby.c -- main() of the worker for C mruby VMs.
 *
 *   gcstress-worker --server              fork server (see server.c)
 *   gcstress-worker --raw-bench N FILE    the raw in-process loop the executor
 *                                         is measured against: N times
 *                                         mrb_open + load + mrb_close
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mruby.h>
#include <mruby/compile.h>
#include <mruby/version.h>

#include "gcstress.h"
#include "shim.h"

static mrb_state *open_mruby(void) {
#if MRUBY_RELEASE_MAJOR >= 4
  return mrb_open(); /* its allocations reach gcs_allocf through --wrap */
#else
  return mrb_open_allocf(gcs_allocf, NULL);
#endif
}

static uint32_t worker_flags(void) {
  uint32_t f = 0;
#ifdef MRB_DEBUG
  f |= GCS_W_DEBUG;
#endif
#ifdef MRB_GC_TURN_OFF_GENERATIONAL
  f |= GCS_W_NO_GENERATIONAL;
#endif
  return f;
}

static int raw_bench(long n, const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    perror(path);
    return 2;
  }
  char *src = NULL;
  size_t len = 0, cap = 0;
  for (;;) {
    if (len == cap) {
      cap = cap ? cap * 2 : 65536;
      src = realloc(src, cap);
      if (!src) return 1;
    }
    size_t k = fread(src + len, 1, cap - len, fp);
    if (k == 0) break;
    len += k;
  }
  fclose(fp);
  static struct gcs_result res;
  static struct gcs_request req;
  gcs_reset(&res, &req, NULL);
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (long i = 0; i < n; i++) {
    mrb_state *mrb = open_mruby();
    if (!mrb) return 1;
    gcs_define_module(mrb);
    mrb_load_nstring(mrb, src, len);
    mrb_close(mrb);
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  double ns = (double)(b.tv_sec - a.tv_sec) * 1e9 + (double)(b.tv_nsec - a.tv_nsec);
  printf("%ld %.0f\n", n, ns);
  return 0;
}

int main(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "--server") == 0)
    return gcs_server_main(open_mruby, gcs_eval_mruby, worker_flags(), MRUBY_VERSION);
  if (argc >= 4 && strcmp(argv[1], "--raw-bench") == 0) return raw_bench(atol(argv[2]), argv[3]);
  if (argc >= 3 && strcmp(argv[1], "--run") == 0) return gcs_run_file(open_mruby, gcs_eval_mruby, argv[2]);
  fprintf(stderr, "usage: %s --server | --raw-bench N FILE | --run REQUEST\n(started by gcstress; not meant to be run by hand)\n", argv[0]);
  return 2;
}
