#!/usr/bin/env python3
"""Turns Google Benchmark JSON files into bench/RESULTS.md (printed to stdout).

Usage: make_results.py RESULT.json... > bench/RESULTS.md

Each headline row names a figure, its target, its baseline (measured in the same program and
run) and the ratio between them; a figure not in the JSON is shown as "not run". The
hand-written analysis in bench/notes.md (profiles, why a target is missed) is appended as is.
"""
import json
import os
import re
import subprocess
import sys

NOT_RUN = "not run"


def load(paths):
    benches, contexts = {}, []
    for path in paths:
        with open(path) as f:
            text = f.read()
        if not text.strip():  # a program whose rows a --benchmark_filter left out writes nothing
            continue
        doc = json.loads(text)
        if "sanitize_bytes_per_second" in doc:  # python_reference.py --json, run by bench.sh
            benches["python_reference"] = doc
            continue
        contexts.append(doc.get("context", {}))
        medians = {}
        for b in doc.get("benchmarks", []):
            if b.get("run_type") == "aggregate":
                # A row run with repetitions (bench_guard's) stands for the median of them.
                if b.get("aggregate_name") == "median":
                    medians[b["run_name"]] = dict(b, name=b["run_name"])
                continue
            benches[b["name"]] = b
        benches.update(medians)
    return benches, contexts


def find(benches, pattern):
    """The first benchmark whose name matches `pattern` (a regex anchored at the start)."""
    rx = re.compile(pattern)
    for name in sorted(benches):
        if rx.match(name):
            return benches[name]
    return None


def ns(b, clock="cpu_time"):
    """Time per iteration in nanoseconds."""
    scale = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}[b.get("time_unit", "ns")]
    return b[clock] * scale


def fmt_ns(x):
    if x is None:
        return NOT_RUN
    if x >= 1e6:
        return f"{x / 1e6:.2f} ms"
    if x >= 1e3:
        return f"{x / 1e3:.2f} µs"
    return f"{x:.0f} ns"


def fmt_bps(x):
    if x is None:
        return NOT_RUN
    if x >= 1e9:
        return f"{x / 1e9:.2f} GB/s"
    if x >= 1e6:
        return f"{x / 1e6:.1f} MB/s"
    return f"{x / 1e3:.1f} kB/s"


def fmt_rate(x, unit):
    if x is None:
        return NOT_RUN
    if x >= 1e6:
        return f"{x / 1e6:.2f} M {unit}/s"
    if x >= 1e3:
        return f"{x / 1e3:.1f} k {unit}/s"
    return f"{x:.0f} {unit}/s"


def verdict(ok):
    if ok is None:
        return NOT_RUN
    return "met" if ok else "**MISSED**"


def machine(contexts):
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ctx = contexts[0] if contexts else {}
    cores = ctx.get("num_cpus", os.cpu_count())
    mhz = ctx.get("mhz_per_cpu")
    date = ctx.get("date", "unknown")
    load = ctx.get("load_avg", [])
    try:
        # BENCH_COMMIT: the commit that was measured, when the table is regenerated later.
        commit = os.environ.get("BENCH_COMMIT") or subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=False).stdout.strip()
    except OSError:
        commit = ""
    return model, cores, mhz, date, load, commit


class Table:
    def __init__(self, header):
        self.rows = [header, ["---"] * len(header)]

    def add(self, *cells):
        self.rows.append([str(c) for c in cells])

    def render(self):
        return "\n".join("| " + " | ".join(r) + " |" for r in self.rows)


def add_with_learned(t, benches, pattern, packs_bps, target_bps, target):
    """The row under a packs-alone row: the same input with the detector a guard loads by
    default (the packs, then the learned stage on what they pass)."""
    layered = find(benches, pattern)
    bps = layered and layered.get("bytes_per_second")
    t.add("… with the learned stage behind the packs, as the guard loads it by default",
          fmt_bps(bps), target, fmt_bps(packs_bps) + " (packs alone)" if packs_bps else "",
          f"{bps / packs_bps:.2f}×" if bps and packs_bps else "",
          verdict(None if bps is None else bps >= target_bps))


def sanitizer_rows(benches, t):
    me = find(benches, r"sanitizer/blastradius/ascii_clean/default_packs/4096$")
    naive = find(benches, r"sanitizer/naive_regex/ascii_clean/default_packs/4096$")
    py = benches.get("python_reference")
    bps = me and me.get("bytes_per_second")
    nbps = naive and naive.get("bytes_per_second")
    pybps = py and py.get("sanitize_bytes_per_second")
    t.add("Sanitizer, 4 KiB ASCII clean, normalization on, default packs", fmt_bps(bps),
          "≥ 1 GB/s", "", "", verdict(None if bps is None else bps >= 1e9))
    ratio = bps / pybps if bps and pybps else None
    t.add("… against the Python reference (`python_reference.py`, its own 4 KB documents)",
          fmt_bps(bps), "≥ 30× baseline", fmt_bps(pybps),
          f"{ratio:.1f}×" if ratio else NOT_RUN, verdict(None if ratio is None else ratio >= 30))
    add_with_learned(t, benches, r"sanitizer/blastradius/ascii_clean/default_packs_learned/4096$",
                     bps, 1e9, "≥ 1 GB/s")
    ratio = bps / nbps if bps and nbps else None
    t.add("… against the naive std::regex (icase) loop, same input", fmt_bps(bps),
          "≥ 100× baseline", fmt_bps(nbps), f"{ratio:.0f}×" if ratio else NOT_RUN,
          verdict(None if ratio is None else ratio >= 100))
    corpus = find(benches, r"sanitizer/corpus/dev$")
    cbps = corpus and corpus.get("bytes_per_second")
    texts = corpus and corpus.get("texts")
    t.add("Sanitizer over the whole development corpus (mixed scripts, obfuscations, markup)"
          + (f", {texts:.0f} texts" if texts else "") + ", steady state", fmt_bps(cbps),
          "≥ 50 MB/s", "", "", verdict(None if cbps is None else cbps >= 50e6))
    add_with_learned(t, benches, r"sanitizer/corpus/dev_learned$", cbps, 50e6, "≥ 50 MB/s")
    first = find(benches, r"sanitizer/corpus/dev_first_pass(/|$)")
    fbps = first and first.get("bytes_per_second")
    t.add("… its first pass after Create (automata still being built)", fmt_bps(fbps), "—",
          fmt_bps(cbps) + " (steady)" if cbps else "",
          f"{fbps / cbps:.2f}×" if fbps and cbps else "", "—")
    learned = find(benches, r"learned/scan/corpus/dev$")
    lbps = learned and learned.get("bytes_per_second")
    t.add("learned stage, dev corpus (MB/s)", fmt_bps(lbps), "≥ 50 MB/s", "", "",
          verdict(None if lbps is None else lbps >= 50e6))
    create = find(benches, r"sanitizer/cold/create(/|$)")
    create_ns = ns(create) if create else None
    for kind in ("ascii_clean", "mixed_attack"):
        first = find(benches, rf"sanitizer/cold/first_call/{kind}(/|$)")
        first_ns = ns(first) if first else None
        t.add(f"Sanitizer cold start: first 4 KiB call after Create ({kind})", fmt_ns(first_ns),
              "≤ 1 ms", f"{fmt_ns(create_ns)} (Create, DFA warmed)", "",
              verdict(None if first_ns is None else first_ns <= 1e6))
        hundred = find(benches, rf"sanitizer/cold/first_100_calls/{kind}(/|$)")
        if hundred:
            t.add(f"Sanitizer cold start: first 100 calls after Create ({kind}), total",
                  fmt_ns(ns(hundred)), "—", "", "", "—")


def guard_rows(benches, t):
    floor = find(benches, r"guard/baseline_direct_executor")
    floor_ns = ns(floor) if floor else None
    allow = find(benches, r"guard/allow/audit:none")
    allow_ns = ns(allow) if allow else None
    t.add("Guard decision path, allow, tier 0, all layers on (no audit record)", fmt_ns(allow_ns),
          "≤ 1 µs per call", f"{fmt_ns(floor_ns)} (executor alone)",
          f"+{fmt_ns(allow_ns - floor_ns)}" if allow_ns and floor_ns else NOT_RUN,
          verdict(None if allow_ns is None else allow_ns <= 1000))
    py = benches.get("python_reference")
    py_ns = py.get("gate_ns_per_call") if py else None
    if py_ns and allow_ns:
        t.add("… against the Python reference gate (`python_reference.py`: tier, budget and "
              "breaker checks per allowed call, no sanitizer)", fmt_ns(allow_ns),
              "faster than baseline", f"{fmt_ns(py_ns)}", f"{py_ns / allow_ns:.2f}× its speed",
              verdict(allow_ns < py_ns))
    san = find(benches, r"guard/baseline_sanitize_output")
    if san and allow_ns:
        t.add("… of which the sanitizer on the 200 B output (Sanitize alone, same text)",
              fmt_ns(ns(san)), "", "", f"guard's own share {fmt_ns(allow_ns - ns(san))}", "info")
    empty = find(benches, r"guard/allow_empty_output/audit:none")
    empty_san = find(benches, r"guard/baseline_sanitize_empty_output")
    if empty:
        empty_ns = ns(empty)
        t.add("Guard allow path on an empty output (every layer, framing and nonce; no per-byte "
              "sanitizer work)", fmt_ns(empty_ns), "faster than the Python reference gate",
              f"{fmt_ns(py_ns)} (Python gate)" if py_ns else NOT_RUN,
              f"{py_ns / empty_ns:.2f}× its speed" if py_ns else NOT_RUN,
              verdict(None if not py_ns else empty_ns < py_ns))
        if empty_san:
            t.add("… of which Sanitize on the empty output (framing, nonce)", fmt_ns(ns(empty_san)),
                  "", "", f"guard's own cost {fmt_ns(empty_ns - ns(empty_san))}", "info")
    p99 = find(benches, r"guard/allow_latency/real_time/threads:2")
    p99_1 = find(benches, r"guard/allow_latency/real_time/threads:1")
    v = p99 and p99.get("p99_us")
    v1 = p99_1 and p99_1.get("p99_us")
    t.add("Guard decision path p99, 2 threads (2 runs in parallel)",
          f"{v:.2f} µs" if v else NOT_RUN, "≤ 5 µs",
          f"{v1:.2f} µs (1 thread)" if v1 else NOT_RUN,
          f"{v / v1:.2f}×" if v and v1 else NOT_RUN, verdict(None if v is None else v <= 5))
    for sink, clock, what in (
            ("memory", "cpu_time", "memory sink"),
            ("file", "real_time", "file sink, synced every record (default; wall clock)"),
            ("file_sync64", "real_time", "file sink, sync_every_records 64 (wall clock)"),
            ("file_nosync", "real_time", "file sink, sync_every_records 0 (wall clock)"),
            ("file_buf64_nosync", "real_time",
             "file sink, buffer_records 64, sync_every_records 0 (wall clock)")):
        b = find(benches, rf"guard/allow/audit:{sink}(/|$)")
        extra = ns(b, clock) - allow_ns if b and allow_ns else None
        target_ns = 500 if sink == "memory" else 2000
        t.add(f"Audit record cost, {what} (allow path with record − without)",
              fmt_ns(extra), f"≤ +{fmt_ns(target_ns)}", f"{fmt_ns(allow_ns)} (no record)",
              f"{fmt_ns(ns(b, clock))} total" if b else NOT_RUN,
              verdict(None if extra is None else extra <= target_ns))
        floor = find(benches, r"guard/baseline_write_record_line(/|$)")
        if sink == "file_nosync" and floor:
            floor_ns = ns(floor, "real_time")
            t.add("… of which one write(2) of the record's line alone (same open flags, same run; "
                  "the floor)", fmt_ns(floor_ns), "", "",
                  f"record cost without it {fmt_ns(extra - floor_ns)}" if extra else NOT_RUN,
                  "info")
        render = find(benches, r"guard/baseline_render_record_line$")
        if sink == "file_nosync" and render:
            t.add("… of which rendering the record's line alone (the same record, read back "
                  "from its line; CPU time)", fmt_ns(ns(render)), "", "", "", "info")
    for deny, what in (("budget", "budget exhausted (run halted)"),
                       ("breaker_open", "circuit breaker open"),
                       ("tier3_rejected", "tier 3, approver rejects")):
        b = find(benches, rf"guard/deny/{deny}")
        v = ns(b) if b else None
        t.add(f"Guard deny path: {what}", fmt_ns(v), "≤ 0.5 µs per call",
              f"{fmt_ns(allow_ns)} (allow path)",
              f"{v / allow_ns:.2f}× allow" if v and allow_ns else NOT_RUN,
              verdict(None if v is None else v <= 500))


def scaling_rows(benches, t):
    small = find(benches, r"guard/allow_tools/10$")
    big = find(benches, r"guard/allow_tools/10000$")
    if small and big:
        t.add("Guard allow path with 10,000 tools in the manifest", fmt_ns(ns(big)), "≤ 1.1×",
              f"{fmt_ns(ns(small))} (10 tools)", f"{ns(big) / ns(small):.2f}×",
              verdict(ns(big) / ns(small) <= 1.1))
    one = find(benches, r"guard/allow_latency/real_time/threads:1")
    two = find(benches, r"guard/allow_latency/real_time/threads:2")
    if one and two:
        r1, r2 = one["items_per_second"], two["items_per_second"]
        t.add("Guard throughput, 2 concurrent runs (2 threads, 2 cores shared)",
              fmt_rate(r2, "calls"), "scales", fmt_rate(r1, "calls") + " (1 thread)",
              f"{r2 / r1:.2f}×", "—")
    for window in (0, 1000):
        b = find(benches, rf"guard/long_run/calls:1000000/window:{window}")
        if not b:
            continue
        growth = b["last_over_first"]
        t.add(f"1,000,000-call run (loop window {window or 'whole run'}): per-call cost, "
              "last 100k window", fmt_ns(b["ns_per_call_last_window"]), "flat (≤ 1.25×)",
              fmt_ns(b["ns_per_call_first_window"]) + " (first window)", f"{growth:.2f}×",
              verdict(growth <= 1.25))
        kept = b["bytes_retained_by_run"]
        t.add(f"1,000,000-call run (loop window {window or 'whole run'}): bytes the run keeps",
              f"{kept / 1e6:.1f} MB ({b['bytes_per_call_retained']:.0f} B/call)", "bounded",
              "", "", verdict(b["bytes_per_call_retained"] < 1))
    b = find(benches, r"guard/run_memory")
    if b:
        t.add("Bytes one 25-call run keeps until EndRun", f"{b['bytes_per_run']:.0f} B",
              "bounded", f"{b['bytes_per_run_after_end_run']:.0f} B after EndRun", "", "—")


def journal_rows(benches, t):
    each = find(benches, r"journal/fsync_each")
    r_each = each and each["items_per_second"]
    t.add("Journal appends, fsync at each commit point", fmt_rate(r_each, "appends"), "—", "",
          "", "—")
    for batch in (8, 64):
        g = find(benches, rf"journal/group_commit/{batch}/")
        r = g and g["items_per_second"]
        t.add(f"Journal appends, group commit ({batch} entries per fsync)",
              fmt_rate(r, "appends"), "—", fmt_rate(r_each, "appends") + " (fsync each)",
              f"{r / r_each:.1f}×" if r and r_each else NOT_RUN, "—")
    ns_ = find(benches, r"journal/no_sync")
    if ns_:
        t.add("Journal appends, no fsync (ceiling)", fmt_rate(ns_["items_per_second"], "appends"),
              "—", fmt_rate(r_each, "appends") + " (fsync each)",
              f"{ns_['items_per_second'] / r_each:.0f}×" if r_each else NOT_RUN, "—")


def chaos_rows(benches, t):
    b = find(benches, r"chaos/suite")
    if not b:
        t.add("Chaos: scenario-seed runs per second per core", NOT_RUN, "≥ 5,000 runs/s", "", "",
              NOT_RUN)
        t.add("Chaos: simulated seconds per real second", NOT_RUN, "≥ 1e5", "", "", NOT_RUN)
        return
    runs = b["runs_per_second"]
    t.add("Chaos: scenario-seed runs per second per core (bundled suite)",
          fmt_rate(runs, "runs"), "≥ 5,000 runs/s", "", "", verdict(runs >= 5000))
    sim = b["simulated_s_per_real_s"]
    t.add("Chaos: simulated seconds per real second", f"{sim:.3g}", "≥ 1e5", "", "",
          verdict(sim >= 1e5))


def mcp_rows(benches, t):
    direct, proxy = find(benches, r"mcp/direct"), find(benches, r"mcp/proxy/")
    for q, target, limit in (("p50", "≤ 100 µs added", 100), ("p99", "≤ 1 ms added", 1000)):
        if not direct or not proxy:
            t.add(f"MCP proxy: added latency per tools/call, {q}", NOT_RUN, target, "", "",
                  NOT_RUN)
            continue
        d, p = direct[f"{q}_us"], proxy[f"{q}_us"]
        t.add(f"MCP proxy: added latency per tools/call, {q} (fake C++ server, audit appended "
              "to a file, sync_every_records 0)",
              f"{p - d:.1f} µs", target, f"{d:.1f} µs (direct)", f"{p:.1f} µs total",
              verdict(p - d <= limit))
        relay = find(benches, r"mcp/relay")
        if relay:
            r = relay[f"{q}_us"]
            t.add(f"… of which the two extra pipe hops alone (a bare byte relay), {q}",
                  f"{r - d:.1f} µs", "", f"{d:.1f} µs (direct)", f"{r:.1f} µs total", "info")
        synced = find(benches, r"mcp/proxy_synced")
        if synced:
            y = synced[f"{q}_us"]
            t.add(f"… with the default sync_every_records 1 (one fdatasync per call), {q}",
                  f"{y - d:.1f} µs", "", f"{d:.1f} µs (direct)", f"{y:.1f} µs total",
                  "info (the disk's flush, not the proxy)")
    m = find(benches, r"mcp/proxy_memory")
    if m:
        a, b = m["rss_kib_at_10k"], m["rss_kib_at_100k"]
        t.add("MCP proxy: resident memory after 10k and 100k calls", f"{b / 1024:.1f} MiB",
              "flat", f"{a / 1024:.1f} MiB (10k calls)", f"{b / a:.2f}×" if a else NOT_RUN,
              verdict(b <= a * 1.1))


def sanitizer_matrix(benches):
    t = Table(["text", "patterns", "size", "blastradius", "naive std::regex", "ratio",
               "findings (ours / naive)"])
    for kind in ("ascii_clean", "ascii_attack", "mixed_clean", "mixed_attack"):
        for patterns in ("default_packs", "default_packs_learned", "generated_200"):
            for size in (256, 1024, 4096, 16384, 65536):
                me = find(benches, rf"sanitizer/blastradius/{kind}/{patterns}/{size}$")
                naive = find(benches, rf"sanitizer/naive_regex/{kind}/{patterns}/{size}$")
                if not me:
                    continue
                a = me.get("bytes_per_second")
                n = naive and naive.get("bytes_per_second")
                t.add(kind, patterns, size, fmt_bps(a), fmt_bps(n),
                      f"{a / n:.0f}×" if a and n else NOT_RUN,
                      f"{me['findings']:.0f} / {naive['findings']:.0f}" if naive else "")
    return t.render()


def guard_matrix(benches):
    t = Table(["benchmark", "cpu time / call", "real time / call", "calls/s", "p50", "p99"])
    for name in sorted(benches):
        if not name.startswith("guard/") or "long_run" in name:
            continue
        b = benches[name]
        p50 = f"{b['p50_us']:.2f} µs" if "p50_us" in b else ""
        p99 = f"{b['p99_us']:.2f} µs" if "p99_us" in b else ""
        t.add(name, fmt_ns(ns(b)), fmt_ns(ns(b, "real_time")),
              fmt_rate(b.get("items_per_second"), "calls"), p50, p99)
    return t.render()


def main(paths):
    benches, contexts = load(paths)
    model, cores, mhz, date, load_avg, commit = machine(contexts)
    out = ["# Benchmark results", "",
           "Generated by `scripts/bench.sh` (Release build in `build/bench`) from the JSON in "
           "`build/bench/results/`; do not edit by hand — the analysis comes from "
           "`bench/notes.md`.", "",
           f"- machine: {cores} cores, {model}" + (f" ({mhz} MHz)" if mhz else ""),
           f"- date: {date}" + (f"; load average at start {', '.join(f'{x:.2f}' for x in load_avg)}"
                                if load_avg else ""),
           f"- commit: {commit}" if commit else "",
           "- per-call times are CPU time per call unless the row says threads; "
           "threaded figures are wall-clock",
           "- a row run with repetitions (every `bench_guard` row: three, in random interleaved "
           "order) shows their median", "",
           "## Figures against targets", ""]
    t = Table(["figure", "measured", "target", "baseline", "ratio", "target met?"])
    sanitizer_rows(benches, t)
    guard_rows(benches, t)
    scaling_rows(benches, t)
    journal_rows(benches, t)
    chaos_rows(benches, t)
    mcp_rows(benches, t)
    out += [t.render(), "", "## Sanitizer throughput, all inputs", "", sanitizer_matrix(benches),
            "", "## Guard, every benchmark", "", guard_matrix(benches), ""]
    notes = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.md")
    if os.path.exists(notes):
        with open(notes) as f:
            out += [f.read()]
    print("\n".join(line for line in out if line is not None))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
