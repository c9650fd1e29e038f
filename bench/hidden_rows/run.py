"""Hidden-rows benchmark: does dsaudit find a few harmful rows hidden in benign task data?

    source /work/venv/bin/activate
    python bench/hidden_rows/run.py [--rows 1000] [--seed 0] [--sets a,b] [--forms a,b]
                                    [--rates 0.01,0.03] [--min-severity warning]
                                    [--embedder NAME] [--jobs 1] [--no-make] [--examples N]

Builds the files with make.py (unless --no-make), scans every one with the library API
(`dsaudit.api.scan(path, config)`) and scores rows: an injected row is detected when it has
at least one finding at or above --min-severity (default: warning); dataset-level findings
(row 0) never count for a row. Prints

  (1) one line per scanned file with its verdict, rows flagged, recall and scan time;
  (2) per form x rate: row recall, precision, flagged rows and dataset verdicts,
      then totals per form and overall;
  (3) recall per task set x form;
  (4) the clean (unmodified) files: flagged rows there are false positives;
  (5) which rules flagged injected rows (true positives) and benign rows (false positives);
  (6) with --examples N: up to N missed injected rows per form.

Results and the code state go to bench/out/hidden_rows/results.json.
Shared table helpers: bench/accuracy_blind/tables.py.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
# Appended (not prepended) so that this folder's modules win over same-named ones there.
sys.path.append(str(HERE.parent / "accuracy_blind"))

import make as M  # noqa: E402
import tables as T  # noqa: E402

from dsaudit.api import scan  # noqa: E402
from dsaudit.config import Config  # noqa: E402
from dsaudit.models import Severity  # noqa: E402

VERDICT_ORDER = ("fail", "warn", "pass", "error")


# ======================================================================================
# Scanning
# ======================================================================================
def make_config(embedder: str | None) -> tuple[Config, str]:
    """The scan Config, and a note on how --embedder was applied."""
    config = Config()
    if not embedder:
        return config, ""
    names = {f.name for f in dataclasses.fields(Config)}
    if "embedder" not in names:
        return config, (
            f"note: dsaudit.config.Config has no 'embedder' field yet; "
            f"--embedder {embedder} ignored, scanning with the default config"
        )
    return config.with_overrides(embedder=embedder), f"embedder: {embedder}"


def scan_file(path: str, config: Config, min_severity: int) -> dict[str, Any]:
    """Scan one file; keep the flagged rows (>= min_severity, row > 0) and their rules."""
    t0 = time.perf_counter()
    try:
        report = scan(path, config)
    except Exception as exc:  # a crash is a result too: record it and keep going
        return {
            "verdict": "error",
            "error": f"{type(exc).__name__}: {exc}",
            "flagged": {},
            "dataset_findings": [],
            "seconds": round(time.perf_counter() - t0, 3),
        }
    flagged: dict[int, list[str]] = defaultdict(list)
    for f in report.findings:
        if f.row and f.severity >= min_severity and f.rule_id not in flagged[f.row]:
            flagged[f.row].append(f.rule_id)
    return {
        "verdict": report.verdict.value,
        "records": report.records,
        "flagged": {str(k): v for k, v in sorted(flagged.items())},
        "dataset_findings": sorted(
            {f"{f.rule_id}:{f.severity.label}" for f in report.findings if f.row == 0}
        ),
        "seconds": round(time.perf_counter() - t0, 3),
    }


# ======================================================================================
# Scoring and tables
# ======================================================================================
def score(entry: dict[str, Any]) -> dict[str, int]:
    truth = {i["row"] for i in entry["truth"]["injected"]}
    flagged = {int(r) for r in entry["result"]["flagged"]}
    return {
        "pos": len(truth),
        "flagged": len(flagged),
        "tp": len(truth & flagged),
        "fp": len(flagged - truth),
        "rows": entry["truth"]["n_rows"],
    }


def pooled(group: Sequence[dict[str, Any]]) -> dict[str, int]:
    out = Counter[str]()
    for e in group:
        out.update(score(e))
    return dict(out)


def verdicts(group: Sequence[dict[str, Any]]) -> str:
    c = Counter(e["result"]["verdict"] for e in group)
    return " ".join(f"{v}={c[v]}" for v in VERDICT_ORDER if c[v] or v != "error")


def form_rate_cells(label: Sequence[str], group: Sequence[dict[str, Any]]) -> list[str]:
    s = pooled(group)
    return [
        *label,
        str(len(group)),
        str(s["pos"]),
        str(s["flagged"]),
        str(s["tp"]),
        str(s["fp"]),
        f"{T.pct(s['tp'], s['pos'])} ({s['tp']}/{s['pos']})",
        T.pct(s["tp"], s["flagged"]),
        verdicts(group),
    ]


def print_report(
    entries: list[dict[str, Any]], forms: Sequence[str], rates: Sequence[float]
) -> None:
    injected = [e for e in entries if e["truth"]["form"] != "clean"]
    clean = [e for e in entries if e["truth"]["form"] == "clean"]

    print("\n(2) Row detection per form x rate (pooled over task sets)")
    heads = ["form", "rate", "files", "injected", "flagged", "TP", "FP", "recall", "precision"]
    heads.append("dataset verdicts")
    rows = []
    for form in forms:
        for rate in rates:
            grp = [e for e in injected if e["truth"]["form"] == form and e["truth"]["rate"] == rate]
            if grp:
                rows.append(form_rate_cells([form, M.rate_tag(rate)], grp))
    for form in forms:
        grp = [e for e in injected if e["truth"]["form"] == form]
        if grp:
            rows.append(form_rate_cells([form, "all"], grp))
    for rate in rates:
        grp = [e for e in injected if e["truth"]["rate"] == rate]
        if grp:
            rows.append(form_rate_cells(["ALL", M.rate_tag(rate)], grp))
    if injected:
        rows.append(form_rate_cells(["ALL", "all"], injected))
    print(T.table(heads, rows, left=2))

    print("\n(3) Row recall per task set x form (TP/injected, both rates pooled)")
    sets = list(dict.fromkeys(e["truth"]["set"] for e in injected))
    rows = []
    for task in [*sets, "ALL"]:
        cells = [task]
        for form in [*forms, "ALL"]:
            grp = [
                e
                for e in injected
                if task in ("ALL", e["truth"]["set"]) and form in ("ALL", e["truth"]["form"])
            ]
            s = pooled(grp)
            cells.append(
                f"{T.pct(s.get('tp', 0), s.get('pos', 0))} ({s.get('tp', 0)}/{s.get('pos', 0)})"
            )
        rows.append(cells)
    print(T.table(["set", *forms, "ALL"], rows))

    print("\n(4) Clean files (no injected rows): every flagged row is a false positive")
    rows = []
    for e in clean:
        r = e["result"]
        rows.append(
            [
                e["truth"]["set"],
                str(e["truth"]["n_rows"]),
                str(len(r["flagged"])),
                T.pct(len(r["flagged"]), e["truth"]["n_rows"]),
                r["verdict"],
                ", ".join(f"{k} x{v}" for k, v in rules_of(e, rows_=None).most_common()) or "-",
                f"{r['seconds']:.2f}",
            ]
        )
    if clean:
        total = sum(len(e["result"]["flagged"]) for e in clean)
        n = sum(e["truth"]["n_rows"] for e in clean)
        rows.append(["ALL", str(n), str(total), T.pct(total, n), verdicts(clean), "", ""])
    print(T.table(["set", "rows", "flagged", "share", "verdict", "rules (rows)", "s"], rows))

    print("\n(5) Rules on flagged rows (row counts; a row can carry several rules)")
    tp_rules: Counter[str] = Counter()
    fp_rules: Counter[str] = Counter()
    for e in injected:
        truth = {i["row"] for i in e["truth"]["injected"]}
        tp_rules.update(rules_of(e, rows_=truth))
        fp_rules.update(rules_of(e, rows_=truth, invert=True))
    clean_rules: Counter[str] = Counter()
    for e in clean:
        clean_rules.update(rules_of(e, rows_=None))
    all_rules = sorted(set(tp_rules) | set(fp_rules) | set(clean_rules))
    rows = [[r, str(tp_rules[r]), str(fp_rules[r]), str(clean_rules[r])] for r in all_rules]
    print(
        T.table(["rule", "injected rows", "benign rows", "clean-file rows"], rows)
        if rows
        else "(none)"
    )


def rules_of(entry: dict[str, Any], rows_: set[int] | None, invert: bool = False) -> Counter[str]:
    """Rule counts over flagged rows, restricted to (or, with invert, outside) `rows_`."""
    out: Counter[str] = Counter()
    for row, rules in entry["result"]["flagged"].items():
        inside = rows_ is None or int(row) in rows_
        if inside != invert:
            out.update(rules)
    return out


def print_missed(entries: list[dict[str, Any]], out: Path, forms: Sequence[str], n: int) -> None:
    print(f"\n(6) Missed injected rows (up to {n} per form; user turn, truncated)")
    for form in forms:
        shown = 0
        for e in entries:
            if e["truth"]["form"] != form:
                continue
            flagged = {int(r) for r in e["result"]["flagged"]}
            for inj in e["truth"]["injected"]:
                if inj["row"] in flagged or shown >= n:
                    continue
                row = json.loads(T.read_line(str(out / e["file"]), inj["row"]))
                user = row["messages"][0]["content"]
                print(
                    f"  [{form}] {e['file']}:{inj['row']} ({inj['source']}) {T.truncate(user, 160)}"
                )
                shown += 1


# ======================================================================================
# Main
# ======================================================================================
def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    M.add_common_args(ap)
    ap.add_argument(
        "--min-severity",
        default="warning",
        help="a row counts as flagged with a finding at or above this (info|warning|error)",
    )
    ap.add_argument("--embedder", default=None, help="Config(embedder=NAME) if Config has it")
    ap.add_argument(
        "--select",
        default="",
        help="only these rule ids/prefixes count (comma-separated), e.g. DSA4 for content",
    )
    ap.add_argument("--jobs", type=int, default=1, help="scan files in N worker processes")
    ap.add_argument("--no-make", action="store_true", help="scan the files already in --out")
    ap.add_argument("--examples", type=int, default=0, help="show N missed rows per form")
    args = ap.parse_args(argv)
    opts = M.parse_common(args)
    try:
        min_sev = Severity.parse(args.min_severity)
    except ValueError as exc:
        raise SystemExit(str(exc)) from None

    out: Path = args.out
    if args.no_make:
        truth_path = out / "truth.json"
        if not truth_path.is_file():
            raise SystemExit(f"{truth_path} not found: run without --no-make first")
        truth = json.loads(truth_path.read_text("utf-8"))
    else:
        print(f"(0) Building files in {out} (rows={opts['rows']}, seed={opts['seed']})")
        truth = M.build(out, **opts)
    files = {
        name: t
        for name, t in truth["files"].items()
        if t["set"] in opts["sets"]
        and (t["form"] == "clean" or (t["form"] in opts["forms"] and t["rate"] in opts["rates"]))
    }
    if not files:
        raise SystemExit("no files match --sets / --forms / --rates")

    config, note = make_config(args.embedder)
    if args.select:
        config = config.with_overrides(select=tuple(args.select.split(",")))
        note = f"{note}; select: {args.select}" if note else f"select: {args.select}"
    if note:
        print(note)
    print(f"min severity: {min_sev.label}; {len(files)} files; jobs={args.jobs}")

    names = sorted(files, key=lambda n: (files[n]["set"], files[n]["form"] != "clean", n))
    t0 = time.perf_counter()
    if args.jobs > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            futures = [pool.submit(scan_file, str(out / n), config, int(min_sev)) for n in names]
            results = [f.result() for f in futures]
    else:
        results = [scan_file(str(out / n), config, int(min_sev)) for n in names]
    wall = time.perf_counter() - t0
    entries = [
        {"file": n, "truth": files[n], "result": r} for n, r in zip(names, results, strict=True)
    ]

    print("\n(1) Per file (recall = injected rows flagged / injected rows)")
    rows = []
    for e in entries:
        r, s = e["result"], score(e)
        rows.append(
            [
                e["file"],
                r["verdict"],
                str(s["rows"]),
                str(s["pos"]),
                str(s["flagged"]),
                str(s["tp"]),
                T.pct(s["tp"], s["pos"]) if s["pos"] else "-",
                T.pct(s["tp"], s["flagged"]) if s["pos"] else "-",
                ", ".join(r["dataset_findings"]) or "-",
                f"{r['seconds']:.2f}",
            ]
        )
        if r.get("error"):
            rows[-1][8] = r["error"][:60]
    heads = ["file", "verdict", "rows", "inj", "flagged", "TP", "recall", "prec", "dataset-level"]
    print(T.table([*heads, "scan s"], rows))
    secs = [e["result"]["seconds"] for e in entries]
    print(
        f"scan time: total {sum(secs):.1f}s, mean {sum(secs) / len(secs):.2f}s, "
        f"max {max(secs):.2f}s; wall {wall:.1f}s"
    )

    print_report(entries, opts["forms"], opts["rates"])
    if args.examples:
        print_missed(entries, out, opts["forms"], args.examples)

    results_path = out / "results.json"
    payload = {
        "options": {
            **opts,
            "min_severity": min_sev.label,
            "embedder": args.embedder,
            "select": args.select,
        },
        "config_note": note,
        "git": T.git_state(),
        "entries": entries,
    }
    results_path.write_text(json.dumps(payload, indent=1, ensure_ascii=False), "utf-8")
    print(f"\nresults: {results_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
