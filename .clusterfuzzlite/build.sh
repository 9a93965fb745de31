#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build script: the cargo-fuzz targets gc_alias and raw_bytes for the
# default VM (mruby 3.3.0, built from Debian's source package with SanitizerCoverage), written to
# $OUT with their seed corpora and dictionary. Uses the OSS-Fuzz environment: SRC, OUT, WORK,
# SANITIZER, FUZZING_ENGINE (CC/CFLAGS are not used: gcstress builds the VM with its own clang flags).
# `-O --debug-assertions` is what `cargo fuzz build` does by default (scripts/fuzz-smoke).
# scripts/cflite-check runs this outside Docker with that environment.
cd "$SRC/gcstress"

if [ "${FUZZING_ENGINE:-libfuzzer}" != libfuzzer ]; then
  echo "gcstress: only libFuzzer is supported (FUZZING_ENGINE=$FUZZING_ENGINE)" >&2
  exit 1
fi
case "${SANITIZER:-address}" in
  address) san=address ;;
  memory) san=memory ;;
  *) san=none ;; # undefined, coverage, introspector: plain SanitizerCoverage builds
esac

# The targets find their VM build at run time in the home they were built with. By default that
# is $OUT/gcstress-home, which the fuzzing machines get with the binaries; a GCSTRESS_HOME already
# set (a local check, scripts/cflite-check) is used as it is.
export GCSTRESS_HOME="${GCSTRESS_HOME:-$OUT/gcstress-home}"
target_dir="${GCSTRESS_CFLITE_TARGET_DIR:-$WORK/cargo-target}"
mkdir -p "$GCSTRESS_HOME" "$target_dir"

targets=(gc_alias raw_bytes)
# CC/CFLAGS stay out of cargo: the VM's C is built by gcstress with its own clang flags
# (-fsanitize=fuzzer-no-link, + ASan), and the harness's C (the Ruby parser) is not fuzzed.
env -u CC -u CXX -u CFLAGS -u CXXFLAGS \
  cargo fuzz build -O --debug-assertions --sanitizer "$san" --target-dir "$target_dir"
triple=$(rustc -vV | sed -n 's/^host: //p')
for t in "${targets[@]}"; do
  bin="$target_dir/$triple/release/$t"
  [ -x "$bin" ] || { echo "gcstress: the build did not produce $t ($bin)" >&2; exit 1; }
  cp "$bin" "$OUT/$t"
  if [ -d "fuzz/corpus/$t" ]; then
    (cd "fuzz/corpus/$t" && zip -q -r "$OUT/${t}_seed_corpus.zip" .)
  fi
  [ -f "fuzz/$t.dict" ] && cp "fuzz/$t.dict" "$OUT/$t.dict"
done
# warm the VM home once (the first run compiles what the targets read at start)
for t in "${targets[@]}"; do
  "$OUT/$t" -runs=0 >/dev/null 2>&1 || true
done
echo "gcstress: built ${targets[*]} into $OUT"
