#!/usr/bin/env bash
# Command 2: install what is missing, build, and run every test. Stages, each fatal on failure:
#   1. the Release build with assertions on (build/ci)
#   2. the sanitizer build (clang-14, ASan + UBSan, build/asan): the libFuzzer targets and the
#      tests in one build, so the library is compiled once for both
#   3. every libFuzzer target briefly, from that build (scripts/fuzz.sh)
#   4. the unit, property, fuzz-replay, gate and MCP tests under ASan + UBSan, all but the
#      benchmarks and the tests labelled "slow" or "release_only" (figures and verdicts that are
#      the same in every build, whose code other tests walk under ASan)
#   5. the concurrency tests (label "concurrency") under ThreadSanitizer (build/tsan)
#   6. every test in the Release build; ends with ctest's summary.
# Each build configures only what it needs. Environment: FUZZ_SECONDS (default 20),
# SANITIZER_STAGES=0 skips stages 4 and 5 and builds only the fuzzers, in scripts/fuzz.sh's own
# build/fuzz (for a quick local run; CI always runs every stage).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/mcp-e2e-deps.sh   # pinned npm packages of the MCP end-to-end tests (mcp/e2e)
jobs="$(nproc)"
start=$SECONDS
stage() { echo "=== test.sh: $* ($((SECONDS - start)) s)"; }
# configure DIR ARGS...: cmake -S . -B DIR ARGS. A new build folder gets Ninja, which keeps both
# cores busy across targets, and every build links with lld, which links the ASan programs three
# times faster than ld.bfd (mcp_test 1.6 s -> 0.5 s). A folder configured earlier keeps its
# generator (CMake refuses to change it).
configure() {
  local dir="$1" generator=()
  shift
  [ -f "$dir/CMakeCache.txt" ] || generator=(-G Ninja)
  cmake -S . -B "$dir" "${generator[@]}" -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld "$@" >/dev/null
}

# Release without -g (faster to build and link) and without NDEBUG, so assertions stay on.
stage "Release build"
configure build/ci -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O2 -DBLASTRADIUS_WERROR=ON
cmake --build build/ci -j"$jobs"

if [ "${SANITIZER_STAGES:-1}" != 0 ]; then
  # -O1 keeps sanitizer builds fast to compile and still finds what -O2 hides; the test
  # programs' own sources are compiled at -O0 (half the compile time; CMakeLists.txt,
  # BLASTRADIUS_TEST_CXX_FLAGS), the library they test at -O1.
  san_flags=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1"
             -DBLASTRADIUS_TEST_CXX_FLAGS=-O0
             -DBLASTRADIUS_BUILD_BENCHMARKS=OFF -DBLASTRADIUS_WERROR=ON)
  stage "ASan + UBSan build (clang-14): fuzzers and tests"
  CC=clang-14 CXX=clang++-14 configure build/asan "${san_flags[@]}" \
    -DBLASTRADIUS_SANITIZE=address,undefined -DBLASTRADIUS_BUILD_FUZZERS=ON
  cmake --build build/asan -j"$jobs"

  stage "fuzzers, ${FUZZ_SECONDS:-20} s each"
  FUZZ_BUILD_DIR=build/asan ./scripts/fuzz.sh "${FUZZ_SECONDS:-20}"

  stage "tests under ASan + UBSan"
  # quarantine_size_mb=64 (ASan's default is 256): a freed block stays poisoned until 64 MB more
  # has been freed after it. Each process that builds the bundled detector (each proxy a test
  # starts, each `blastradius check`) frees hundreds of MB of RE2 compile scratch; with 256 MB of
  # quarantine every allocation after that takes fresh pages. One `check` of one scenario: 6.7 s,
  # 730 MB resident -> 4.4 s, 400 MB. System time was 825 s of this stage's 1,970 s of CPU; the
  # mcp_test ProxyAlerts and ProxyFaults tests take 32 s instead of 49 s.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:quarantine_size_mb=64 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build/asan --output-on-failure -j"$jobs" --timeout 900 -LE "bench|slow|release_only"

  stage "ThreadSanitizer build and concurrency tests"
  configure build/tsan "${san_flags[@]}" -DBLASTRADIUS_SANITIZE=thread
  cmake --build build/tsan -j"$jobs" --target concurrency_tests
  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
    ctest --test-dir build/tsan --output-on-failure -j"$jobs" --timeout 900 -L concurrency
else
  stage "fuzzers, ${FUZZ_SECONDS:-20} s each"
  ./scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
fi

stage "every test, Release build"
ctest --test-dir build/ci --output-on-failure -j"$jobs" --timeout 600
