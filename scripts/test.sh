#!/usr/bin/env bash
# Command 2: install what is missing, build everything (warnings as errors), run every test with
# ctest. Ends with ctest's summary; exits non-zero if any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/mcp-e2e-deps.sh   # pinned npm packages of the MCP end-to-end tests (mcp/e2e)
# Release without -g (faster to build and link) and without NDEBUG, so assertions stay on.
cmake -S . -B build/ci -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O2 \
      -DBLASTRADIUS_WERROR=ON >/dev/null
cmake --build build/ci -j"$(nproc)"
# Each fuzzer briefly (clang-14, ASan + UBSan, separate build dir); a crash, a broken property
# or a bypass of the bundled packs fails the run. Their corpora also replay as ctest regression
# tests in the build above.
./scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
ctest --test-dir build/ci --output-on-failure -j"$(nproc)" --timeout 600
