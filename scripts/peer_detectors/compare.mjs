// Runs the offline npm prompt-injection detectors a team would otherwise pick on the same
// labelled corpora as Blastradius's sanitizer, and prints one table per corpus (issue 15, item 5).
//
//   node compare.mjs --ours OURS.json CORPUS.jsonl [--ours OURS2.json CORPUS2.jsonl ...]
//
// OURS.json is `blastradius eval-detector --json` for that corpus (per-item verdicts); the peers
// are run here, one text at a time, each with the call its README recommends for a yes/no
// verdict. Nothing is tuned: every detector runs with its defaults, except that vard's input
// length limit is lifted (a refusal for length is not a detection). scripts/compare-peers.sh
// installs the pinned packages (package-lock.json, `npm ci`) and produces the OURS files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import vard from '@andersmyrmel/vard';
import * as guardrail from 'llm_guardrail';
import * as aidefence from '@claude-flow/aidefence';

const require = createRequire(import.meta.url);
const llmverify = require('llmverify');

// Each peer: a name, the package@version (from its package.json), and a verdict function
// returning true when the text is flagged as an injection.
const vardModerate = vard.moderate().maxLength(10_000_000);
const peers = [
  {
    name: 'vard (moderate)',
    pkg: '@andersmyrmel/vard',
    flag: async (text) => !vardModerate.safeParse(text).safe,
  },
  {
    name: 'llm_guardrail checkInjection',
    pkg: 'llm_guardrail',
    flag: async (text) => (await guardrail.checkInjection(text)).detected === true,
  },
  {
    name: 'llmverify isInputSafe',
    pkg: 'llmverify',
    flag: async (text) => !llmverify.isInputSafe(text),
  },
  {
    name: 'aidefence checkThreats',
    pkg: '@claude-flow/aidefence',
    // Threats only: PII found in a benign text is not an injection verdict.
    flag: async (text) => aidefence.checkThreats(text).threats.length > 0,
  },
];

function version(pkg) {
  const file = new URL(`./node_modules/${pkg}/package.json`, import.meta.url);
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

function readJsonl(path) {
  return fs
    .readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line);
      } catch (e) {
        throw new Error(`${path}:${i + 1}: not JSON: ${e.message}`);
      }
    });
}

// Recall per injection kind and false-positive rates per benign kind, from (item, flagged) pairs.
function score(items, flagged) {
  const counts = new Map();
  const bump = (key, hit) => {
    const c = counts.get(key) ?? { hit: 0, n: 0 };
    c.n += 1;
    c.hit += hit ? 1 : 0;
    counts.set(key, c);
  };
  items.forEach((item, i) => {
    if (item.label === 'injection') {
      bump('recall', flagged[i]);
      bump(`recall[${item.kind}]`, flagged[i]);
    } else {
      bump(item.kind === 'hard_negative' ? 'fpr_hard_negative' : 'fpr_benign', flagged[i]);
    }
  });
  return counts;
}

function cell(c) {
  if (!c) return '—';
  return `${(c.hit / c.n).toFixed(3)} (${c.hit}/${c.n})`;
}

const USAGE =
  'usage: node compare.mjs --ours OURS.json CORPUS.jsonl [--ours OURS.json CORPUS.jsonl]...';

async function main() {
  const args = process.argv.slice(2);
  const pairs = [];
  for (let i = 0; i < args.length; i += 3) {
    if (args[i] !== '--ours' || !args[i + 1] || !args[i + 2]) {
      console.error(USAGE);
      process.exit(2);
    }
    pairs.push({ ours: args[i + 1], corpus: args[i + 2] });
  }
  if (pairs.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  for (const { ours, corpus } of pairs) {
    const items = readJsonl(corpus);
    const oursById = new Map(JSON.parse(fs.readFileSync(ours, 'utf8')).items.map((it) => [it.id, it.detected]));
    const rows = [];
    const missing = items.filter((it) => !oursById.has(it.id));
    if (missing.length > 0) throw new Error(`${ours}: no verdict for ${missing[0].id} of ${corpus}`);
    rows.push({ name: 'blastradius sanitizer (bundled packs)', flagged: items.map((it) => oursById.get(it.id)), ms: null });
    for (const peer of peers) {
      const flagged = [];
      const start = process.hrtime.bigint();
      for (const item of items) {
        try {
          flagged.push(await peer.flag(item.text));
        } catch (e) {
          // A detector that throws on an input has not flagged it; say so once per detector.
          if (!peer.warned) console.error(`${peer.name}: threw on ${item.id}: ${e.message}`);
          peer.warned = true;
          flagged.push(false);
        }
      }
      const ms = Number(process.hrtime.bigint() - start) / 1e6 / items.length;
      rows.push({ name: `${peer.name} ${peer.pkg}@${version(peer.pkg)}`, flagged, ms });
    }
    const keys = [...new Set(rows.flatMap((r) => [...score(items, r.flagged).keys()]))].sort((a, b) => {
      const rank = (k) => (k === 'recall' ? 0 : k.startsWith('recall[') ? 1 : 2);
      return rank(a) - rank(b) || a.localeCompare(b);
    });
    const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    console.log(`\n### ${path.relative(repoRoot, path.resolve(corpus))} (${items.length} texts)\n`);
    console.log(`| detector | ${keys.join(' | ')} | ms per text |`);
    console.log(`|---|${keys.map(() => '---').join('|')}|---|`);
    for (const r of rows) {
      const s = score(items, r.flagged);
      console.log(`| ${r.name} | ${keys.map((k) => cell(s.get(k))).join(' | ')} | ${r.ms === null ? '—' : r.ms.toFixed(3)} |`);
    }
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
