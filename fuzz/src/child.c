/* A forked copy of the fuzz target that crashes ends quietly: no libFuzzer
 * crash report, no artifact from the copy. The parent judges the input
 * (fuzz/src/crashed.rs) and, unless it is a known bug, crashes the libFuzzer
 * way itself, so the artifact is written once, by the process libFuzzer runs.
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>

/* The sanitizer runtime's, when there is one (cargo fuzz's default -s address). */
extern void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

/* What the copy exits with after a sanitizer report (the parent reads it). */
#define GCS_FUZZ_SANITIZER_EXIT 86

static void sanitizer_died(void) { _exit(GCS_FUZZ_SANITIZER_EXIT); }

int gcs_fuzz_sanitizer_exit(void) { return GCS_FUZZ_SANITIZER_EXIT; }

void gcs_fuzz_child_dies_quietly(void) {
  static const int fatal[] = {SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP};
  struct sigaction sa;
  unsigned i;
  if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(sanitizer_died);
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = SIG_DFL;
  sigemptyset(&sa.sa_mask);
  for (i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &sa, NULL);
}
