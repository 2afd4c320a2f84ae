#!/bin/sh
# Fits the learned detector stage on the training pool (data/training/MANIFEST.md) and writes
# safety_core/models/learned_detector.txt. The threshold is chosen on leave-one-source-out
# logits of the pool. Needs the detector_eval target built in build/dev.
set -eu
cd "$(dirname "$0")/.."
exec build/dev/chaos_scenarios/detector_eval \
  --corpus data/injection_corpus/corpus.jsonl \
  --train data/injection_corpus/corpus.jsonl \
  --train data/training/notinject.jsonl \
  --train data/training/wildguard_benign.jsonl \
  --train data/training/authored_multilingual.jsonl \
  --train-out safety_core/models/learned_detector.txt "$@"
