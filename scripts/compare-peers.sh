#!/usr/bin/env bash
# Side-by-side comparison of Blastradius's sanitizer with the offline npm prompt-injection
# detectors users would otherwise pick (issue 15, item 5): @andersmyrmel/vard, llm_guardrail,
# llmverify and @claude-flow/aidefence, pinned in scripts/peer_detectors/package-lock.json and
# installed with `npm ci`. Prints one Markdown table per corpus. Not part of ctest: it needs the
# npm registry once, and it measures, it does not gate.
#
#   scripts/compare-peers.sh [BLASTRADIUS_BINARY] [CORPUS.jsonl ...]
#
# Defaults: build/dev/chaos_scenarios/blastradius (or build/ci/...), and the two corpora in the
# repository (data/injection_corpus/corpus.jsonl, data/eval/multilingual_authored.jsonl).
# Our row is the rules the guard ships (`eval-detector --no-learned --no-loso`: the guard does not
# load the learned stage, and rules are not fitted, so in-sample is their honest figure).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

binary="${1:-}"
if [ -z "$binary" ]; then
  for candidate in "$root/build/dev/chaos_scenarios/blastradius" "$root/build/ci/chaos_scenarios/blastradius"; do
    if [ -x "$candidate" ]; then binary="$candidate"; break; fi
  done
fi
if [ -z "$binary" ] || [ ! -x "$binary" ]; then
  echo "compare-peers: no blastradius binary; build it first or pass its path as the first argument" >&2
  exit 2
fi
binary="$(realpath "$binary")"  # the script changes directory below
shift || true
corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
  corpora=("$root/data/injection_corpus/corpus.jsonl" "$root/data/eval/multilingual_authored.jsonl")
fi

command -v node >/dev/null && command -v npm >/dev/null || {
  echo "compare-peers: needs node and npm (sudo scripts/install-deps.sh installs Debian's)" >&2
  exit 2
}

"$root/scripts/npm-ci-pinned.sh" "$root/scripts/peer_detectors"
cd "$root/scripts/peer_detectors"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
args=()
i=0
for corpus in "${corpora[@]}"; do
  ours="$work/ours_$i.json"
  "$binary" eval-detector --corpus "$corpus" --no-learned --no-loso --json "$ours" >/dev/null
  args+=(--ours "$ours" "$corpus")
  i=$((i + 1))
done
node compare.mjs "${args[@]}"
