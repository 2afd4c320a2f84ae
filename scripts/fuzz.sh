#!/usr/bin/env bash
# Builds every libFuzzer target with clang-14 (ASan + UBSan) in build/fuzz, then runs each for
# SECONDS (default 30) on its seed corpus and dictionary, with the max_len of its .options file.
# New corpus entries go to a temporary folder, never into the repository; a crash input is
# written to build/fuzz/artifacts/<target>/. Exits non-zero if any fuzzer finds a crash or a
# broken property. Environment: JOBS (build parallelism, default 2), FUZZ_JOBS (fuzzers run at a
# time, default one per core), FUZZ_ARGS (extra libFuzzer flags), and the targets' own variables
# (BLASTRADIUS_PACK, ... see docs/fuzzing.md). FUZZ_BUILD_DIR: use that build, already
# configured with BLASTRADIUS_BUILD_FUZZERS=ON, instead of configuring build/fuzz (scripts/test.sh
# passes its ASan + UBSan build, which holds the tests too).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
[ $# -gt 0 ] && shift
build="${FUZZ_BUILD_DIR:-build/fuzz}"

if [ -z "${FUZZ_BUILD_DIR:-}" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DBLASTRADIUS_BUILD_FUZZERS=ON -DBLASTRADIUS_BUILD_TESTS=OFF \
    -DBLASTRADIUS_BUILD_BENCHMARKS=OFF >/dev/null
elif ! grep -q '^BLASTRADIUS_BUILD_FUZZERS:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  echo "fuzz.sh: FUZZ_BUILD_DIR=$build is not a build configured with BLASTRADIUS_BUILD_FUZZERS=ON" >&2
  exit 2
fi
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < "$build/fuzz/fuzzers.txt"; fi
[ ${#targets[@]} -gt 0 ] || { echo "fuzz.sh: no fuzz target is ready to build" >&2; exit 1; }
cmake --build "$build" -j"${JOBS:-2}" --target "${targets[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# Runs one fuzzer; its exit status goes to $scratch/<target>.status.
run_one() {
  local target="$1" max_len artifacts status=0
  max_len="$(sed -n 's/^max_len *= *//p' "fuzz/$target.options")"
  artifacts="$build/artifacts/$target"
  mkdir -p "$artifacts" "$scratch/$target"
  # shellcheck disable=SC2086  # FUZZ_ARGS is a list of flags
  "$build/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" \
    -dict="fuzz/$target.dict" -artifact_prefix="$artifacts/" -timeout=20 -rss_limit_mb=2560 \
    -print_final_stats=1 ${FUZZ_ARGS:-} "$scratch/$target" "fuzz/corpus/$target" \
    2> "$scratch/$target.log" || status=$?
  echo "$status" > "$scratch/$target.status"
}

# FUZZ_JOBS fuzzers at a time (default: one per core); each is single-threaded.
parallel="${FUZZ_JOBS:-$(nproc)}"
echo "=== ${#targets[@]} fuzzers, ${seconds}s each, $parallel at a time"
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || true; done
  echo "--- $target started"
  run_one "$target" &
done
wait

failed=()
summary=()
for target in "${targets[@]}"; do
  echo "=== $target"
  grep -aE "^#[0-9]+[[:space:]]+DONE|stat::average_exec_per_sec|ERROR|property broken|bypass:" \
    "$scratch/$target.log" | head -20 || true
  done_line="$(grep -aE '^#[0-9]+[[:space:]]+DONE' "$scratch/$target.log" | tail -1 || true)"
  exec_s="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$scratch/$target.log" || true)"
  summary+=("$(printf '%-22s %s  exec/s=%s' "$target" "${done_line:-(no DONE line)}" "${exec_s:-?}")")
  status="$(cat "$scratch/$target.status" 2>/dev/null || echo 99)"
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    artifacts="$build/artifacts/$target"
    cp "$scratch/$target.log" "$artifacts/last_run.log"
    echo "fuzz.sh: $target FAILED (exit $status); log: $artifacts/last_run.log" >&2
  fi
done
echo "=== summary (${seconds}s each)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: crashes in: ${failed[*]} (inputs in $build/artifacts/)" >&2
  exit 1
fi
echo "fuzz.sh: all ${#targets[@]} fuzzers ran clean"
