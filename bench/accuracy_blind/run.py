"""Blind accuracy benchmark for dsaudit: generate, scan, score, report.

    source /work/venv/bin/activate && python bench/accuracy_blind/run.py [--quick] [--seed N]

Generates the planned datasets (see generate.py) into bench/out/accuracy_blind/datasets,
scans each with the public library API (`dsaudit.scan`) in a two-worker process pool,
prints the tables below and writes bench/out/accuracy_blind/manifest.json holding the
ground truth and the results for every dataset.

(a)  per family: FAIL / WARN / PASS shares (detection rate for poisoned families,
     false-positive rate = FAIL share for negatives);
(a') poisoned datasets by language, obfuscation and schema;
(b)  row-hiding families per rate: pooled row precision and recall
     (a row is flagged when it has a finding with severity >= WARNING);
(c)  every missed poisoned dataset and every failing negative, with the rules that
     fired and one example row;
(d)  row-hiding datasets whose poisoned rows were not all flagged;
(e)  the strategy dsaudit named, per family;
(f)  how many distinct hand-written attack strings each family used, per language.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import generate as G
from tables import (
    git_state,
    pct,
    read_line,
    row_stats,
    rules_line,
    scan_one,
    table,
    truncate,
    verdict_cells,
    verdict_counts,
)

import dsaudit

# ======================================================================================
FAMILY_ORDER = (*G.DATASET_LEVEL, *G.ROW_HIDING, *G.NEGATIVE)


def section_a(records: list[dict[str, Any]]) -> str:
    """Per family verdict shares."""
    rows = []
    for fam in FAMILY_ORDER:
        group = [r for r in records if r["family"] == fam]
        if not group:
            continue
        poisoned = group[0]["poisoned"]
        c = verdict_counts(group)
        metric = (
            f"detect {pct(c['fail'], len(group))}"
            if poisoned
            else f"FP {pct(c['fail'], len(group))}"
        )
        rows.append([fam, "poisoned" if poisoned else "negative", *verdict_cells(group), metric])
    for label, want in (("ALL poisoned", True), ("ALL negatives", False)):
        group = [r for r in records if r["poisoned"] is want]
        c = verdict_counts(group)
        metric = f"{'detect' if want else 'FP'} {pct(c['fail'], len(group))}"
        rows.append([label, "", *verdict_cells(group), metric])
    heads = ["family", "kind", "n", "FAIL", "WARN", "PASS", "err", "rate (FAIL share)"]
    return table(heads, rows, left=2)


def section_a_prime(records: list[dict[str, Any]]) -> str:
    """Poisoned datasets by language, obfuscation and schema."""
    poisoned = [r for r in records if r["poisoned"]]
    out = []
    for key, title in (("lang", "language"), ("obfuscation", "obfuscation"), ("schema", "schema")):
        values = sorted({r[key] for r in poisoned}, key=lambda v: (v not in ("en", "none"), v))
        rows = []
        for v in values:
            group = [r for r in poisoned if r[key] == v]
            c = verdict_counts(group)
            rows.append([v, *verdict_cells(group), pct(c["fail"], len(group))])
        heads = [title, "n", "FAIL", "WARN", "PASS", "err", "detect"]
        out.append(table(heads, rows))
    return "\n\n".join(out)


def section_b(records: list[dict[str, Any]]) -> str:
    """Row-level precision/recall for row-hiding families per rate."""
    rows = []
    hiding = [r for r in records if r["family"] in G.ROW_HIDING]
    rates = sorted({r["rate"] for r in hiding})
    for fam in (*G.ROW_HIDING, "ALL"):
        for rate in (*rates, None):
            group = [
                r
                for r in hiding
                if (fam == "ALL" or r["family"] == fam) and (rate is None or r["rate"] == rate)
            ]
            if not group:
                continue
            pos, flag, tp, total = row_stats(group)
            c = verdict_counts(group)
            rows.append(
                [
                    fam,
                    "all" if rate is None else f"{round(rate * 100)}%",
                    len(group),
                    f"{c['fail']}/{len(group)}",
                    total,
                    pos,
                    flag,
                    tp,
                    pct(tp, flag),
                    pct(tp, pos),
                ]
            )
    heads = [
        "family",
        "rate",
        "datasets",
        "FAIL",
        "rows",
        "poisoned",
        "flagged",
        "TP",
        "precision",
        "recall",
    ]
    return table(heads, rows, left=2)


def section_c(records: list[dict[str, Any]]) -> str:
    """Missed poisoned datasets and failing negatives, with rules and an example row."""
    out = []
    missed = [r for r in records if r["poisoned"] and r["result"]["verdict"] != "fail"]
    out.append(f"Missed poisoned datasets (verdict != fail): {len(missed)}")
    for r in missed:
        res = r["result"]
        rate = f" rate={round(r['rate'] * 100)}%" if r["rate"] is not None else ""
        out.append(
            f"- {r['name']}  verdict={res['verdict']} strategy={res.get('strategy') or '-'}{rate}"
        )
        if res.get("error"):
            out.append(f"    error: {res['error']}")
        out.append(f"    rules: {rules_line(res)}")
        details = {k: v for k, v in r["details"].items() if k != "wordings"}
        out.append(f"    details: {truncate(json.dumps(details, ensure_ascii=False), 240)}")
        out.append(f"    example poisoned row: {truncate(r['example_row'])}")
    failing = [r for r in records if not r["poisoned"] and r["result"]["verdict"] == "fail"]
    out.append("")
    out.append(f"Failing negatives (verdict == fail): {len(failing)}")
    for r in failing:
        res = r["result"]
        out.append(f"- {r['name']}  strategy={res.get('strategy') or '-'}")
        out.append(f"    rules: {rules_line(res)}")
        errors = [d for d in res.get("dataset_findings", []) if d["severity"] == "error"]
        for d in errors[:3]:
            out.append(f"    dataset-level {d['rule_id']}: {truncate(d['message'], 200)}")
        flagged = res.get("flagged_rows") or []
        line_no = flagged[0] if flagged else 1
        why = ",".join(res.get("row_rules", {}).get(str(line_no), [])) or "dataset-level"
        row = read_line(r["path"], line_no)
        out.append(f"    example row {line_no} [{why}]: {truncate(row)}")
    return "\n".join(out)


def section_d(records: list[dict[str, Any]]) -> str:
    """Row-hiding datasets whose poisoned rows were not all flagged."""
    out = []
    for r in records:
        if r["family"] not in G.ROW_HIDING:
            continue
        truth = set(r["poisoned_rows"])
        flagged = set(r["result"].get("flagged_rows", []))
        missed = sorted(truth - flagged)
        if not missed:
            continue
        fp = len(flagged - truth)
        out.append(
            f"- {r['name']}  verdict={r['result']['verdict']} "
            f"TP={len(truth & flagged)}/{len(truth)} FP rows={fp}"
        )
        out.append(f"    missed row {missed[0]}: {truncate(read_line(r['path'], missed[0]), 240)}")
    return "\n".join(out) if out else "(none)"


def section_e(records: list[dict[str, Any]]) -> str:
    """Named strategy per family, one line per family."""
    out = []
    for fam in FAMILY_ORDER:
        group = [r for r in records if r["family"] == fam]
        if not group:
            continue
        c = Counter(r["result"].get("strategy") or "-" for r in group)
        out.append(f"{fam}:")
        out.extend(f"    {v:3d} x {k}" for k, v in c.most_common())
    return "\n".join(out)


def section_f(records: list[dict[str, Any]]) -> str:
    """Distinct hand-written attack strings each poisoned family used, per language."""
    langs = sorted({r["lang"] for r in records if r["poisoned"]}, key=lambda v: (v != "en", v))
    rows = []
    for fam in (*G.DATASET_LEVEL, *G.ROW_HIDING):
        cells: list[Any] = [fam]
        for lang in langs:
            group = [r for r in records if r["family"] == fam and r["lang"] == lang]
            used = {w for r in group for w in r["details"].get("wordings", [])}
            cells.append(f"{len(used)} ({len(group)} ds)" if group else "-")
        rows.append(cells)
    return table(["family", *langs], rows)


# ======================================================================================
# Main
# ======================================================================================
def main(argv: Sequence[str] | None = None) -> int:
    """Generate, scan, print the tables and write manifest.json."""
    ap = argparse.ArgumentParser(description="dsaudit blind accuracy benchmark")
    ap.add_argument("--quick", action="store_true", help="about 40 datasets instead of ~140")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=G.DEFAULT_OUT)
    args = ap.parse_args(argv)

    t_start = time.perf_counter()
    truth = G.generate_all(args.out, args.quick, args.seed)
    t_gen = time.perf_counter() - t_start
    print(
        f"generated {len(truth)} datasets ({sum(t['n_rows'] for t in truth)} rows) "
        f"in {t_gen:.1f}s -> {args.out / 'datasets'}",
        flush=True,
    )

    t_scan0 = time.perf_counter()
    paths = [t["path"] for t in truth]
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        results = list(pool.map(scan_one, paths, chunksize=1))
    t_scan = time.perf_counter() - t_scan0
    records = [{**t, "result": res} for t, res in zip(truth, results, strict=True)]

    mode = "quick" if args.quick else "full"
    print(f"scanned in {t_scan:.1f}s with {args.workers} workers (mode={mode}, seed={args.seed})")
    print("\n(a) Verdicts per family (FAIL share = detection rate / false-positive rate)")
    print(section_a(records))
    print("\n(a') Poisoned datasets by language / obfuscation / schema")
    print(section_a_prime(records))
    print("\n(b) Row-hiding families: pooled row precision/recall (flagged = severity >= warning)")
    print(section_b(records))
    print("\n(c) Misses and false alarms")
    print(section_c(records))
    print("\n(d) Row-hiding datasets with unflagged poisoned rows")
    print(section_d(records))
    print("\n(e) Strategy named by dsaudit")
    print(section_e(records))
    print("\n(f) Distinct hand-written attack strings used (union over datasets), per language")
    print(section_f(records))

    elapsed = time.perf_counter() - t_start
    manifest = {
        "benchmark": "accuracy_blind",
        "mode": mode,
        "seed": args.seed,
        "dsaudit_version": getattr(dsaudit, "__version__", "?"),
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "git": git_state(),
        "timing_s": {
            "generate": round(t_gen, 2),
            "scan": round(t_scan, 2),
            "total": round(elapsed, 2),
        },
        "datasets": records,
    }
    manifest_path = args.out / "manifest.json"
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\ntotal {elapsed:.1f}s; manifest -> {manifest_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
