#!/usr/bin/env bash
# Runs every benchmark and regenerates bench/RESULTS.md.
#
#   scripts/bench.sh                      build Release in build/bench, run all, write the table
#   scripts/bench.sh --benchmark_filter=guard/allow   pass flags through to every program
#   BENCH_JOBS=1 scripts/bench.sh         build parallelism (default 2: the machine is shared)
#   BENCH_SKIP_BUILD=1 scripts/bench.sh   reuse the binaries already in build/bench
#   BLASTRADIUS_PYTHON_REFERENCE=path     also run the published Python reference design
#                                         (python_reference.py --json) as the sanitizer baseline
#
# Each program writes its JSON to build/bench/results/<program>.json (Google Benchmark's
# --benchmark_out with --benchmark_out_format=json; the console shows the human table), then
# bench/make_results.py turns those files into bench/RESULTS.md: every figure beside its target
# and baseline, with the machine (cores, CPU model) and the date.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/bench
jobs=${BENCH_JOBS:-2}
programs=(bench_sanitizer bench_guard bench_journal)
[ -f chaos_scenarios/CMakeLists.txt ] && programs+=(bench_chaos)  # once the runner exists
[ -f mcp/CMakeLists.txt ] && programs+=(bench_mcp)

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBLASTRADIUS_BUILD_BENCHMARKS=ON \
        -DBLASTRADIUS_BUILD_TESTS=OFF -DBLASTRADIUS_BUILD_FUZZERS=OFF >/dev/null
  cmake --build "$build" -j"$jobs" --target "${programs[@]}"
fi

mkdir -p "$build/results"
for p in "${programs[@]}"; do
  echo "== $p"
  # bench_guard's figures are differences and ratios of rows (a record's cost is the allow path
  # with it minus without it), so a drift of the machine between two rows would be read as a
  # cost: each row runs three times, the repetitions of all rows in random interleaved order,
  # and RESULTS.md takes each row's median.
  extra=()
  [ "$p" = bench_guard ] && extra=(--benchmark_repetitions=3 --benchmark_enable_random_interleaving=true)
  "$build/bench/$p" --benchmark_out="$build/results/$p.json" --benchmark_out_format=json \
    --benchmark_counters_tabular=true "${extra[@]}" "$@"
done
# The published Python reference, measured in the same run (when given; it is not in the repo).
reference=${BLASTRADIUS_PYTHON_REFERENCE:-}
rm -f "$build/results/python_reference.json"
if [ -n "$reference" ] && [ -f "$reference" ]; then
  echo "== $reference --json"
  python3 "$reference" --json > "$build/results/python_reference.json"
fi
python3 bench/make_results.py "$build"/results/*.json > bench/RESULTS.md
echo "wrote bench/RESULTS.md"
