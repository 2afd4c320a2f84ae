#!/usr/bin/env python3
"""ctest: `blastradius check --sarif` output validates against schemas/sarif-2.1.0-subset and
holds what GitHub code scanning needs: results whose ruleId names a rule, a location in the
scenario/policy/manifest file (with a line for a lint failure), stable partialFingerprints.

usage: sarif_test.py BLASTRADIUS_BIN SOURCE_DIR WORK_DIR"""
import json
import os
import subprocess
import sys

import jsonschema


def check(binary, args, out):
    if os.path.exists(out):
        os.remove(out)
    proc = subprocess.run([binary, "check", *args, "--quiet", "--sarif", out],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with open(out, encoding="utf-8") as f:
        return proc.returncode, json.load(f)


def main():
    binary, src, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(src, "schemas", "sarif-2.1.0-subset.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    scenarios = os.path.join(src, "chaos_scenarios", "scenarios")
    unsafe = os.path.join(src, "chaos_scenarios", "testdata", "unsafe")
    os.chdir(src)  # locations are relative to the directory blastradius runs in

    code, ok_log = check(binary, [scenarios], os.path.join(work, "ok.sarif"))
    failing_args = [scenarios, "--policy", os.path.join(unsafe, "output_bound_1e9.json"),
                    "--seeds", "2"]
    bad_code, bad_log = check(binary, failing_args, os.path.join(work, "bad.sarif"))
    _, again = check(binary, failing_args, os.path.join(work, "again.sarif"))
    errors = []
    for name, log in (("passing run", ok_log), ("failing run", bad_log)):
        for e in validator.iter_errors(log):
            errors.append(f"{name}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    if code != 0 or ok_log["runs"][0]["results"]:
        errors.append(f"the bundled scenarios should pass with no results (exit {code})")
    if bad_code != 1:
        errors.append(f"the 10^9-byte output bound should exit 1, got {bad_code}")
    run = bad_log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    if run["tool"]["driver"]["name"] != "blastradius" or len(rules) != 11:
        errors.append(f"driver name and 11 rules expected, got {rules}")
    by_rule = {r["ruleId"]: r for r in run["results"]}
    for r in run["results"]:
        if r["ruleId"] not in rules:
            errors.append(f"result ruleId {r['ruleId']} is not a rule")
    item = by_rule.get("outputs_sanitized")
    if item is None:
        errors.append("no result for outputs_sanitized")
    else:
        loc = item["locations"][0]["physicalLocation"]
        if not loc["artifactLocation"]["uri"].endswith("output_bound_1e9.json"):
            errors.append(f"outputs_sanitized should point at the policy, got {loc}")
        if loc.get("region", {}).get("startLine", 0) < 1:
            errors.append(f"outputs_sanitized should carry the line of \"sanitizer\", got {loc}")
        if "1048576" not in item["message"]["text"]:
            errors.append("the message should say why: " + item["message"]["text"])
    fingerprints = [r["partialFingerprints"] for r in run["results"]]
    if fingerprints != [r["partialFingerprints"] for r in again["runs"][0]["results"]]:
        errors.append("partialFingerprints differ between two identical runs")
    for e in errors:
        print("FAIL:", e)
    print(f"{len(run['results'])} results in the failing run; {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
