#!/bin/sh
# Fits the learned detector stage on the training pool (data/training/pool.txt; what each file
# is: data/training/MANIFEST.md) and writes safety_core/models/learned_detector.txt. The
# threshold is chosen on leave-one-source-out logits of the pool. Prints the in-sample figures
# on the development corpus; extra arguments go to detector_eval (e.g. --no-loso). Needs the
# detector_eval target built in build/dev.
set -eu
cd "$(dirname "$0")/.."
for file in $(grep -v '^#' data/training/pool.txt); do
  set -- "$@" --train "$file"
done
exec build/dev/chaos_scenarios/detector_eval \
  --corpus data/injection_corpus/corpus.jsonl \
  --train-out safety_core/models/learned_detector.txt "$@"
