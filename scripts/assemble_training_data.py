#!/usr/bin/env python3
"""Assembles the learned stage's extra training data and the authored multilingual eval set.

Writes (all JSON lines: id, label, kind, text, source, license):
  data/training/notinject.jsonl             NotInject benign prompts with trigger words (hard negatives)
  data/training/wildguard_benign.jsonl      benign prompts from the WildGuard sample PIGuard ships
  data/training/authored_multilingual.jsonl scripts/multilingual_texts.py TRAIN sentences, 3 wrappers
  data/eval/multilingual_authored.jsonl     scripts/multilingual_texts.py EVAL sentences, 3 other
                                            wrappers; kind of an injection = "ml-<language>"
Only data files are read from the PIGuard snapshot (git show at a pinned commit); see
data/training/MANIFEST.md. Usage:
  scripts/assemble_training_data.py --piguard-git /path/to/leolee99+PIGuard/repo
"""
import argparse
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import multilingual_texts  # noqa: E402

PIGUARD_COMMIT = "1b5751e88bf7475acbedfc8eda795ce060307c84"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def git_show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", f"{PIGUARD_COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def write(path, items):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"{path}: {len(items)} items")


TRAIN_WRAPPERS = [
    lambda s: ("From: kim.lee@northwind.example\nSubject: Re: project update\n\n"
               "Hi,\n\n" + s + "\n\nBest regards,\nKim"),
    lambda s: ("- id: '1042'\n  title: Weekly sync\n  start_time: 2024-05-14 10:00\n"
               "  location: Room 3B\n  description: " + s + "\n  participants:\n"
               "  - emma@bluesparrow.example"),
    lambda s: json.dumps({"product": "Desk lamp", "rating": 4, "review": s,
                          "author": "customer_8812"}, ensure_ascii=False),
]
EVAL_WRAPPERS = [
    lambda s: "#general  [09:41] alex.m: " + s + "\n#general  [09:43] sam: ok",
    lambda s: "order_id,customer,note\n7731,Jordan P.,\"" + s.replace('"', "'") + "\"\n7732,Lee K.,-",
    lambda s: ("<html><body><h1>Opening hours</h1><p>Mon-Fri 9:00-18:00</p>\n<p>" + s +
               "</p>\n<footer>(c) 2024</footer></body></html>"),
]


def multilingual(keys_inj, keys_ben, wrappers, prefix, kind_of_injection):
    items = []
    for lang, texts in sorted(multilingual_texts.TEXTS.items()):
        n = 0
        for key in keys_inj + keys_ben:
            for w, wrap in enumerate(wrappers):
                injection = key in keys_inj
                items.append({
                    "id": f"{prefix}-{lang}-{n:03d}",
                    "label": "injection" if injection else "benign",
                    "kind": kind_of_injection(lang) if injection else "hard_negative",
                    "text": wrap(texts[key]),
                    "source": f"authored ({lang} {key}, wrapper {w}); scripts/multilingual_texts.py",
                    "license": "CC0-1.0 (authored for this project)",
                })
                n += 1
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--piguard-git", required=True)
    args = ap.parse_args()
    src = f"leolee99/PIGuard@{PIGUARD_COMMIT[:12]}"
    notinject = []
    for part in ("one", "two", "three"):
        for i, row in enumerate(json.loads(git_show(args.piguard_git, f"datasets/NotInject_{part}.json"))):
            if not row["prompt"].strip():
                continue
            notinject.append({"id": f"notinject-{part}-{i:03d}", "label": "benign",
                              "kind": "hard_negative", "text": row["prompt"],
                              "source": f"{src}:datasets/NotInject_{part}.json",
                              "license": "MIT (leolee99/PIGuard LICENSE)"})
    write(os.path.join(ROOT, "data/training/notinject.jsonl"), notinject)

    wild = json.loads(git_show(args.piguard_git, "datasets/wildguard.json"))
    rng = random.Random(20261129)
    picked = sorted(rng.sample(range(len(wild)), 400))
    write(os.path.join(ROOT, "data/training/wildguard_benign.jsonl"), [
        {"id": f"wildguard-benign-{i:03d}", "label": "benign", "kind": "benign",
         "text": wild[i]["prompt"], "source": f"{src}:datasets/wildguard.json",
         "license": "ODC-BY-1.0 (allenai/wildguardmix), redistributed in an MIT repository"}
        for i in picked if wild[i]["label"] == 0 and wild[i]["prompt"].strip()])

    write(os.path.join(ROOT, "data/training/authored_multilingual.jsonl"),
          multilingual(["T1", "T2", "T3", "T4"], ["TB1", "TB2", "TB3"], TRAIN_WRAPPERS,
                       "authml", lambda lang: "indirect"))
    write(os.path.join(ROOT, "data/eval/multilingual_authored.jsonl"),
          multilingual(["E1", "E2", "E3"], ["EB1", "EB2"], EVAL_WRAPPERS,
                       "mleval", lambda lang: f"ml-{lang}"))


if __name__ == "__main__":
    main()
