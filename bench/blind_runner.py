"""Shared runner of the blind accuracy rounds (bench/accuracy_blind4, _blind5): generate,
scan, score, report.

Each round's run.py imports its own generator (written by a separate author, unseen by the
tool side) and calls `main(argv, generator, name, seed)`; this module is plumbing only and
holds no attack wording. The generator module provides DATASET_LEVEL, ROW_HIDING, NEGATIVE
(family names), DEFAULT_OUT and generate_all(out, quick, seed) -> ground-truth records.

Each round generates its datasets into bench/out/<round>/datasets, scans each with the public
library API (`dsaudit.scan`) in a two-worker process pool, prints the tables below and writes
bench/out/<round>/manifest.json with the ground truth and the results.

--blind is the mode for the tool's authors: the report holds aggregate tables only
(sections a, a', b, d, and counts for c, e, f); no example row, attack string, missed-dataset
name or detail, per-dataset rule hits or details JSON is printed. The manifest then keeps
only per-dataset metadata and verdict counts (no example rows, wording ids, rule hits or
paths), and the generated datasets are deleted after the scan (--keep-datasets keeps them).

(a)  per family: FAIL / WARN / PASS (detection rate = FAIL share for poisoned families,
     false-positive rate = FAIL share for negatives);
(a') poisoned datasets by attack language, task language, obfuscation, schema, encoding;
(b)  row-hiding families per rate: pooled row precision and recall
     (a row is flagged when it has a finding with severity >= WARNING);
(c)  every missed poisoned dataset and every failing negative, with the rules that fired
     and one truncated example row;
(d)  the strategy dsaudit named, per family;
(e)  row-hiding datasets whose poisoned rows were not all flagged;
(f)  distinct hand-written attack strings used, per family and language.

--no-scan only generates the datasets and prints how many there are per family, language,
obfuscation and schema (no dsaudit call, no detection figures).

Scan reducer and table helpers: bench/accuracy_blind/tables.py (infrastructure only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE / "accuracy_blind"))  # the shared table helpers (tables.py)

# The round's generator module and benchmark name, set by main().
G: Any = None
NAME = ""
FAMILY_ORDER: tuple[str, ...] = ()


def _t():
    """The shared table helpers (imports dsaudit, so only loaded when needed)."""
    import tables

    return tables


# ======================================================================================
# Report sections
# ======================================================================================
def section_a(records: list[dict[str, Any]]) -> str:
    T = _t()
    rows = []
    for fam in FAMILY_ORDER:
        group = [r for r in records if r["family"] == fam]
        if not group:
            continue
        poisoned = group[0]["poisoned"]
        c = T.verdict_counts(group)
        metric = f"{'detect' if poisoned else 'FP'} {T.pct(c['fail'], len(group))}"
        rows.append([fam, "poisoned" if poisoned else "negative", *T.verdict_cells(group), metric])
    for label, want in (("ALL poisoned", True), ("ALL negatives", False)):
        group = [r for r in records if r["poisoned"] is want]
        c = T.verdict_counts(group)
        metric = f"{'detect' if want else 'FP'} {T.pct(c['fail'], len(group))}"
        rows.append([label, "", *T.verdict_cells(group), metric])
    heads = ["family", "kind", "n", "FAIL", "WARN", "PASS", "err", "rate (FAIL share)"]
    return T.table(heads, rows, left=2)


def section_a_prime(records: list[dict[str, Any]]) -> str:
    T = _t()
    poisoned = [r for r in records if r["poisoned"]]
    out = []
    keys = (
        ("lang", "attack language"),
        ("task_lang", "task wording language"),
        ("obfuscation", "obfuscation"),
        ("schema", "schema"),
    )
    for key, title in keys:
        values = sorted({r[key] for r in poisoned}, key=lambda v: (v not in ("en", "none"), v))
        rows = []
        for v in values:
            group = [r for r in poisoned if r[key] == v]
            c = T.verdict_counts(group)
            rows.append([v, *T.verdict_cells(group), T.pct(c["fail"], len(group))])
        non = [r for r in poisoned if r[key] not in ("en", "none")]
        if key in ("lang", "task_lang", "obfuscation") and non:
            c = T.verdict_counts(non)
            label = "non-English (all)" if key != "obfuscation" else "obfuscated (all)"
            rows.append([label, *T.verdict_cells(non), T.pct(c["fail"], len(non))])
        heads = [title, "n", "FAIL", "WARN", "PASS", "err", "detect"]
        out.append(T.table(heads, rows))
    enc = [r for r in poisoned if r["family"] == "encoded"]
    if enc:
        rows = []
        for v in sorted({r["encoding"] for r in enc}):
            group = [r for r in enc if r["encoding"] == v]
            c = T.verdict_counts(group)
            dec = sum(1 for r in group if r["details"].get("decode_frame"))
            rows.append([v, *T.verdict_cells(group), T.pct(c["fail"], len(group)), dec])
        heads = ["encoding (encoded family)", "n", "FAIL", "WARN", "PASS", "err", "detect"]
        heads.append("w/ decode frame")
        out.append(T.table(heads, rows))
    return "\n\n".join(out)


def section_b(records: list[dict[str, Any]]) -> str:
    T = _t()
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
            pos, flag, tp, total = _t().row_stats(group)
            c = T.verdict_counts(group)
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
                    T.pct(tp, flag),
                    T.pct(tp, pos),
                ]
            )
    heads = ["family", "rate", "datasets", "FAIL", "rows", "poisoned", "flagged", "TP"]
    heads += ["precision", "recall"]
    return T.table(heads, rows, left=2)


def section_c(records: list[dict[str, Any]]) -> str:
    T = _t()
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
        out.append(f"    rules: {_t().rules_line(res)}")
        details = {k: v for k, v in r["details"].items() if k not in ("wordings", "schema_opts")}
        out.append(f"    details: {T.truncate(json.dumps(details, ensure_ascii=False), 240)}")
        out.append(f"    example poisoned row: {T.truncate(r['example_row'])}")
    failing = [r for r in records if not r["poisoned"] and r["result"]["verdict"] == "fail"]
    out.append("")
    out.append(f"Failing negatives (verdict == fail): {len(failing)}")
    for r in failing:
        res = r["result"]
        out.append(f"- {r['name']}  strategy={res.get('strategy') or '-'}")
        out.append(f"    rules: {_t().rules_line(res)}")
        errors = [d for d in res.get("dataset_findings", []) if d["severity"] == "error"]
        for d in errors[:3]:
            out.append(f"    dataset-level {d['rule_id']}: {T.truncate(d['message'], 200)}")
        flagged = res.get("flagged_rows") or []
        line_no = flagged[0] if flagged else 1
        why = ",".join(res.get("row_rules", {}).get(str(line_no), [])) or "dataset-level"
        example = T.truncate(T.read_line(r["path"], line_no))
        out.append(f"    example row {line_no} [{why}]: {example}")
    return "\n".join(out)


def section_d(records: list[dict[str, Any]]) -> str:
    out = []
    for fam in FAMILY_ORDER:
        group = [r for r in records if r["family"] == fam]
        if not group:
            continue
        c = Counter(r["result"].get("strategy") or "-" for r in group)
        out.append(f"{fam}: " + ", ".join(f"{k} x{v}" for k, v in c.most_common()))
    return "\n".join(out)


def section_e(records: list[dict[str, Any]]) -> str:
    T = _t()
    out = []
    for r in records:
        if r["family"] not in G.ROW_HIDING:
            continue
        truth = set(r["poisoned_rows"])
        flagged = set(r["result"].get("flagged_rows", []))
        missed = sorted(truth - flagged)
        if not missed:
            continue
        out.append(
            f"- {r['name']}  verdict={r['result']['verdict']} "
            f"TP={len(truth & flagged)}/{len(truth)} FP rows={len(flagged - truth)}"
        )
        line = T.truncate(T.read_line(r["path"], missed[0]), 240)
        out.append(f"    missed row {missed[0]}: {line}")
    return "\n".join(out) if out else "(none)"


def section_f(records: list[dict[str, Any]]) -> str:
    T = _t()
    langs = sorted({r["lang"] for r in records if r["poisoned"]}, key=lambda v: (v != "en", v))
    rows = []
    for fam in (*G.DATASET_LEVEL, *G.ROW_HIDING):
        cells: list[Any] = [fam]
        for lang in langs:
            group = [r for r in records if r["family"] == fam and r["lang"] == lang]
            used = {w for r in group for w in r["details"].get("wordings", [])}
            cells.append(f"{len(used)} ({len(group)} ds)" if group else "-")
        rows.append(cells)
    return T.table(["family", *langs], rows)


# ======================================================================================
# --blind: counts only for sections c, e, f
# ======================================================================================
def section_c_blind(records: list[dict[str, Any]]) -> str:
    missed = [r for r in records if r["poisoned"] and r["result"]["verdict"] != "fail"]
    failing = [r for r in records if not r["poisoned"] and r["result"]["verdict"] == "fail"]
    errors = [r for r in records if r["result"]["verdict"] == "error"]
    return "\n".join(
        [
            f"Missed poisoned datasets (verdict != fail): {len(missed)}",
            f"Failing negatives (verdict == fail): {len(failing)}",
            f"Scan errors: {len(errors)}",
        ]
    )


def section_e_blind(records: list[dict[str, Any]]) -> str:
    n_ds = n_missed = n_fp = 0
    for r in records:
        if r["family"] not in G.ROW_HIDING:
            continue
        truth = set(r["poisoned_rows"])
        flagged = set(r["result"].get("flagged_rows", []))
        if truth - flagged:
            n_ds += 1
        n_missed += len(truth - flagged)
        n_fp += len(flagged - truth)
    return (
        f"Row-hiding datasets with unflagged poisoned rows: {n_ds}\n"
        f"Unflagged poisoned rows (all row-hiding datasets): {n_missed}\n"
        f"Flagged clean rows in row-hiding datasets: {n_fp}"
    )


def section_f_blind(records: list[dict[str, Any]]) -> str:
    """Distinct wording ids per family (counts only; no ids, no strings)."""
    lines = []
    for fam in (*G.DATASET_LEVEL, *G.ROW_HIDING):
        group = [r for r in records if r["family"] == fam]
        used = {w for r in group for w in r["details"].get("wordings", [])}
        langs = {r["lang"] for r in group}
        lines.append(
            f"{fam}: {len(used)} distinct strings over {len(group)} datasets, "
            f"{len(langs)} languages"
        )
    return "\n".join(lines)


_BLIND_KEEP = (
    "name",
    "family",
    "poisoned",
    "kind",
    "rate",
    "lang",
    "task_lang",
    "obfuscation",
    "schema",
    "encoding",
    "task",
    "n_rows",
)


def blind_record(r: dict[str, Any]) -> dict[str, Any]:
    """A manifest record without example rows, wording ids, rule hits or paths."""
    out = {k: r[k] for k in _BLIND_KEEP}
    truth = set(r["poisoned_rows"])
    out["n_poisoned_rows"] = len(truth)
    res = r.get("result")
    if res is not None:
        flagged = set(res.get("flagged_rows", []))
        out["result"] = {
            "verdict": res["verdict"],
            "strategy": res.get("strategy") or "",
            "n_flagged_rows": len(flagged),
            "tp_rows": len(truth & flagged),
            "seconds": res.get("seconds"),
        }
    return out


# ======================================================================================
# --no-scan: counts only
# ======================================================================================
def _count_table(truth: list[dict[str, Any]], key: str, title: str) -> str:
    fams = [f for f in FAMILY_ORDER if any(t["family"] == f for t in truth)]
    values = sorted({str(t[key]) for t in truth}, key=lambda v: (v not in ("en", "none"), v))
    lines = [f"{title}: " + ", ".join(values)]
    width = max(len(f) for f in fams)
    cols = [max(3, len(v)) for v in values]
    head = " ".join(f"{v:>{w}}" for v, w in zip(values, cols, strict=True))
    lines.append(f"{'family':<{width}}  {'n':>3}  {head}")
    for fam in fams:
        group = [t for t in truth if t["family"] == fam]
        c = Counter(str(t[key]) for t in group)
        cells = " ".join(f"{c[v] or '.':>{w}}" for v, w in zip(values, cols, strict=True))
        lines.append(f"{fam:<{width}}  {len(group):>3}  {cells}")
    return "\n".join(lines)


def print_counts(truth: list[dict[str, Any]]) -> None:
    poisoned = [t for t in truth if t["poisoned"]]
    non_en = [t for t in poisoned if t["lang"] != "en"]
    obf = [t for t in poisoned if t["obfuscation"] != "none"]
    print(
        f"poisoned {len(poisoned)} (non-English attack wording {len(non_en)}, "
        f"obfuscated {len(obf)}), negatives {len(truth) - len(poisoned)}"
    )
    for key, title in (
        ("lang", "by attack / task language (lang)"),
        ("task_lang", "by task wording language (task_lang)"),
        ("obfuscation", "by obfuscation"),
        ("schema", "by schema"),
        ("rate", "by rate (row-hiding)"),
        ("encoding", "by encoding"),
    ):
        print()
        print(_count_table(truth, key, title))
    rows = sum(t["n_rows"] for t in truth)
    hidden = sum(len(t["poisoned_rows"]) for t in truth if t["family"] in G.ROW_HIDING)
    print(f"\nrows: {rows} in all; {hidden} poisoned rows in row-hiding datasets")


def digest(truth: list[dict[str, Any]]) -> str:
    h = hashlib.sha256()
    for t in truth:
        h.update(t["name"].encode())
        h.update(Path(t["path"]).read_bytes())
    return h.hexdigest()


# ======================================================================================
# Main
# ======================================================================================
def main(argv: Sequence[str] | None, generator: Any, name: str, seed: int, title: str) -> int:
    """Run one blind round: `generator` is its generate module, `name` the benchmark name
    (bench/out/<name>), `seed` the default seed, `title` the round named in --help."""
    global G, NAME, FAMILY_ORDER
    G, NAME = generator, name
    FAMILY_ORDER = (*G.DATASET_LEVEL, *G.ROW_HIDING, *G.NEGATIVE)
    ap = argparse.ArgumentParser(description=f"dsaudit blind accuracy benchmark, {title}")
    ap.add_argument("--quick", action="store_true", help="50 datasets instead of 172")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=G.DEFAULT_OUT)
    ap.add_argument("--no-scan", action="store_true", help="only generate and print dataset counts")
    ap.add_argument(
        "--blind",
        action="store_true",
        help="aggregate tables only: no example rows, attack strings or per-dataset details",
    )
    ap.add_argument(
        "--keep-datasets",
        action="store_true",
        help="with --blind: keep the generated datasets on disk after the scan",
    )
    args = ap.parse_args(argv)

    mode = "quick" if args.quick else "full"
    t_start = time.perf_counter()
    truth = G.generate_all(args.out, args.quick, args.seed)
    t_gen = time.perf_counter() - t_start
    print(
        f"generated {len(truth)} datasets ({sum(t['n_rows'] for t in truth)} rows) "
        f"in {t_gen:.1f}s -> {args.out / 'datasets'} (mode={mode}, seed={args.seed}"
        f"{', blind' if args.blind else ''})",
        flush=True,
    )
    print(f"content digest: {digest(truth)}")

    if args.no_scan:
        print()
        print_counts(truth)
        manifest = {
            "benchmark": NAME,
            "mode": mode,
            "seed": args.seed,
            "scanned": False,
            "blind": args.blind,
            "datasets": [blind_record(t) for t in truth] if args.blind else truth,
        }
        path = args.out / "manifest.json"
        path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nmanifest (ground truth only) -> {path}")
        return 0

    T = _t()
    import dsaudit

    t_scan0 = time.perf_counter()
    paths = [t["path"] for t in truth]
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        results = list(pool.map(T.scan_one, paths, chunksize=1))
    t_scan = time.perf_counter() - t_scan0
    records = [{**t, "result": res} for t, res in zip(truth, results, strict=True)]

    print(f"scanned in {t_scan:.1f}s with {args.workers} workers")
    print("\n(a) Verdicts per family (FAIL share = detection rate / false-positive rate)")
    print(section_a(records))
    print("\n(a') Poisoned datasets by attack language / task language / obfuscation / schema")
    print(section_a_prime(records))
    print("\n(b) Row-hiding families: pooled row precision/recall (flagged = severity >= warning)")
    print(section_b(records))
    if args.blind:
        print("\n(c) Misses and false alarms (counts only, --blind)")
        print(section_c_blind(records))
    else:
        print("\n(c) Misses and false alarms")
        print(section_c(records))
    print("\n(d) Strategy named by dsaudit, per family")
    print(section_d(records))
    if args.blind:
        print("\n(e) Row-hiding datasets with unflagged poisoned rows (counts only, --blind)")
        print(section_e_blind(records))
        print("\n(f) Distinct hand-written attack strings used, per family (counts only, --blind)")
        print(section_f_blind(records))
    else:
        print("\n(e) Row-hiding datasets with unflagged poisoned rows")
        print(section_e(records))
        print("\n(f) Distinct hand-written attack strings used (union over datasets), per language")
        print(section_f(records))

    elapsed = time.perf_counter() - t_start
    manifest = {
        "benchmark": NAME,
        "mode": mode,
        "seed": args.seed,
        "scanned": True,
        "blind": args.blind,
        "dsaudit_version": getattr(dsaudit, "__version__", "?"),
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "git": _t().git_state(),
        "timing_s": {
            "generate": round(t_gen, 2),
            "scan": round(t_scan, 2),
            "total": round(elapsed, 2),
        },
        "datasets": [blind_record(r) for r in records] if args.blind else records,
    }
    manifest_path = args.out / "manifest.json"
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\ntotal {elapsed:.1f}s; manifest -> {manifest_path}")
    if args.blind and not args.keep_datasets:
        shutil.rmtree(args.out / "datasets", ignore_errors=True)
        print("generated datasets removed (--blind); pass --keep-datasets to keep them")
    return 0


def run_round(folder: Path, seed: int, title: str) -> int:
    """main() for the round in `folder` (its generate.py), named after the folder."""
    import importlib

    sys.path.insert(0, str(folder))
    return main(sys.argv[1:], importlib.import_module("generate"), folder.name, seed, title)
