#!/usr/bin/env bash
# Checks that the repository stands alone (issue 10): nothing in the build, the tests or the
# benchmarks reads a path outside the source tree. It copies the tracked files into an otherwise
# empty directory, configures that copy with tests and benchmarks on, and fails if any generated
# build or test file names a path outside the copy other than system locations, or if a tracked
# build/test/script file reaches above the repository root.
#   usage: scripts/check-standalone.sh [SOURCE_DIR]
set -euo pipefail
src=$(cd "${1:-$(dirname "$0")/..}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy="$work/repo"
mkdir -p "$copy"
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  (cd "$src" && git ls-files -z --cached --others --exclude-standard) |
    (cd "$src" && xargs -0 cp --parents -t "$copy" 2>/dev/null || true)
else
  (cd "$src" && tar --exclude='./build*' -cf - .) | (cd "$copy" && tar -xf -)
fi
fail=0
# 1. No tracked build, test or script file reaches above the repository root.
escapes=$(cd "$copy" && grep -rnE '\.\./shared|(PROJECT|CMAKE|CMAKE_CURRENT)_SOURCE_DIR\}/\.\.' \
            --include='CMakeLists.txt' --include='*.cmake' --include='*.cc' --include='*.h' \
            --include='*.sh' --include='*.py' . 2>/dev/null | grep -v '^./scripts/check-standalone.sh' || true)
if [ -n "$escapes" ]; then
  echo "FAIL: files reach outside the repository:"; echo "$escapes"; fail=1
fi
# 2. The copy configures on its own, with every part that tests use.
if ! cmake -S "$copy" -B "$copy/build" -DBLASTRADIUS_BUILD_TESTS=ON \
       -DBLASTRADIUS_BUILD_BENCHMARKS=ON >"$work/configure.log" 2>&1; then
  echo "FAIL: a copy of the repository in an empty directory does not configure:"
  tail -20 "$work/configure.log"; fail=1
else
  # 3. Nothing generated names a path outside the copy, except system locations.
  outside=$(grep -rhoE '(^|[" =])/[^" ;)]+' "$copy/build/compile_commands.json" \
              $(find "$copy/build" -name CTestTestfile.cmake) 2>/dev/null |
            sed -E 's/^[" =]//' | grep -E '^/[A-Za-z0-9._-]+/' | grep -vE "^($copy|/usr/|/lib|/bin/|/etc/|/dev/|/proc/)" |
            sort -u || true)
  if [ -n "$outside" ]; then
    echo "FAIL: the build or tests of the copy name paths outside it:"; echo "$outside" | head -20
    fail=1
  fi
  # The data every data-reading test uses is inside the copy.
  for f in examples/support_agent/tools.json examples/support_agent/policy.json \
           data/injection_corpus/corpus.jsonl data/injection_corpus/README.md; do
    [ -f "$copy/$f" ] || { echo "FAIL: $f is not tracked in the repository"; fail=1; }
  done
fi
if [ "$fail" -eq 0 ]; then
  echo "stands alone: the tracked tree configures in an empty directory and names nothing outside it"
fi
exit "$fail"
