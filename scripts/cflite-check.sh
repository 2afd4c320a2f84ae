#!/usr/bin/env bash
# Runs .clusterfuzzlite/build.sh outside Docker, with the environment the OSS-Fuzz base builder
# gives it for the address sanitizer (CC/CXX, CFLAGS/CXXFLAGS with -stdlib=libc++,
# LIB_FUZZING_ENGINE, SRC/WORK/OUT), then checks $OUT the way ClusterFuzzLite's check_build
# does: every target is there with its .dict, .options and seed corpus zip, runs its whole seed
# corpus without a crash, and fuzzes for a few seconds. Needs clang-14 and zip.
# Usage: scripts/cflite-check.sh [SECONDS_PER_TARGET]   (default 5)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-5}"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
export SRC="$root/src" WORK="$root/work" OUT="$root/out"
mkdir -p "$SRC" "$WORK" "$OUT"
ln -s "$repo" "$SRC/blastradius"
export CC=clang-14 CXX=clang++-14
export CFLAGS="-O1 -fno-omit-frame-pointer -gline-tables-only \
-DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION -fsanitize=address -fsanitize-address-use-after-scope \
-fsanitize=fuzzer-no-link"
export CXXFLAGS="$CFLAGS -stdlib=libc++"
export LIB_FUZZING_ENGINE="-fsanitize=fuzzer"
echo "=== .clusterfuzzlite/build.sh (SRC=$SRC OUT=$OUT)"
(cd "$SRC" && bash -eu "$SRC/blastradius/.clusterfuzzlite/build.sh") > "$root/build.log" 2>&1 ||
  { tail -40 "$root/build.log"; echo "cflite-check: build.sh failed" >&2; exit 1; }
mapfile -t targets < <(cd "$repo/fuzz" && ls ./*_fuzzer.cc | sed 's|^\./||; s|\.cc$||')
failed=0
for t in "${targets[@]}"; do
  for f in "$t" "$t.dict" "$t.options" "${t}_seed_corpus.zip"; do
    [ -e "$OUT/$f" ] || { echo "cflite-check: $OUT/$f is missing" >&2; failed=1; }
  done
  [ -x "$OUT/$t" ] || continue
  mkdir -p "$root/seeds/$t" "$root/new/$t"
  (cd "$root/seeds/$t" && unzip -q "$OUT/${t}_seed_corpus.zip")
  if "$OUT/$t" -runs=0 "$root/seeds/$t" > "$root/$t.seeds.log" 2>&1 &&
     "$OUT/$t" -max_total_time="$seconds" -dict="$OUT/$t.dict" \
       "$root/new/$t" "$root/seeds/$t" > "$root/$t.fuzz.log" 2>&1; then
    echo "$t: $(ls "$root/seeds/$t" | wc -l) seeds replayed; $(grep -a 'DONE' "$root/$t.fuzz.log" | tail -1)"
  else
    echo "cflite-check: $t failed:" >&2
    tail -20 "$root/$t".*.log >&2
    failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1
echo "cflite-check: ${#targets[@]} targets built by .clusterfuzzlite/build.sh and ran clean"
