#!/bin/bash -eu
# ClusterFuzzLite build: compiles the fuzz targets with the toolchain's $CXX/$CXXFLAGS (which
# already carry the sanitizer and -fsanitize=fuzzer-no-link) and links $LIB_FUZZING_ENGINE, then
# puts each target with its dictionary, options and zipped seed corpus in $OUT.
# The base builder compiles C++ against libc++ (-stdlib=libc++); the Debian RE2, ICU and OpenSSL
# this project links are built against libstdc++, so use libstdc++ too (fine for the address and
# undefined sanitizers; memory would need every dependency rebuilt and is not configured).
export CXXFLAGS="${CXXFLAGS//-stdlib=libc++/}"
cmake -S "$SRC/blastradius" -B "$WORK/build" -DCMAKE_BUILD_TYPE=Release \
  -DBLASTRADIUS_BUILD_FUZZERS=ON -DBLASTRADIUS_BUILD_TESTS=OFF -DBLASTRADIUS_BUILD_BENCHMARKS=OFF \
  -DBLASTRADIUS_FUZZ_ENGINE="$LIB_FUZZING_ENGINE" -DBLASTRADIUS_FUZZ_SANITIZERS=""
cmake --build "$WORK/build" -j"$(nproc)" --target fuzzers
while read -r target; do
  cp "$WORK/build/fuzz/$target" "$OUT/"
  cp "$SRC/blastradius/fuzz/$target.dict" "$OUT/$target.dict"
  cp "$SRC/blastradius/fuzz/$target.options" "$OUT/$target.options"
  (cd "$SRC/blastradius/fuzz/corpus/$target" && zip -q -r "$OUT/${target}_seed_corpus.zip" .)
done < "$WORK/build/fuzz/fuzzers.txt"
