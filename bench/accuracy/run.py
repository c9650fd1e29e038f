"""Accuracy benchmark: generate clean, hard-negative and poisoned datasets and scan them.

Reads the public task sets in shared/data (read only), writes generated datasets and a
manifest to bench/out/accuracy/ (git-ignored), scans every dataset with ``dsaudit.scan`` and
prints dataset-level detection / false-positive rates, row-level precision and recall for
the row-hiding families, and the strategy dsaudit names for one example per family.

    python bench/accuracy/run.py [--quick] [--seed N] [--jobs N] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import generate as gen

from dsaudit import Severity, Verdict, scan

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
OUT_DIR = ROOT / "bench" / "out" / "accuracy"


@dataclass
class Result:
    """What one scan said, reduced to plain types."""

    verdict: str
    strategy: str
    headline: str
    n_templates: int
    warn_rows: list[int] = field(default_factory=list)  # rows with a warning or error finding
    error_rows: list[int] = field(default_factory=list)  # rows with an error finding
    rules: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def scan_one(path: str) -> Result:
    """Scan one file and summarise the report."""
    t0 = time.perf_counter()
    report = scan(path)
    warn: set[int] = set()
    err: set[int] = set()
    rules: Counter[str] = Counter()
    for f in report.findings:
        rules[f.rule_id] += 1
        if f.row > 0 and f.severity >= Severity.WARNING:
            warn.add(f.row)
        if f.row > 0 and f.severity >= Severity.ERROR:
            err.add(f.row)
    structure = report.summary.get("structure", {})
    verdict = report.verdict.value if isinstance(report.verdict, Verdict) else str(report.verdict)
    return Result(
        verdict=verdict,
        strategy=report.summary.get("strategy", {}).get("strategy", ""),
        headline=str(structure.get("headline", "")),
        n_templates=len(structure.get("templates", [])),
        warn_rows=sorted(warn),
        error_rows=sorted(err),
        rules=dict(rules),
        seconds=time.perf_counter() - t0,
    )


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------


def pct(num: int, den: int) -> str:
    """A percentage, or '-' when the denominator is zero."""
    return f"{100.0 * num / den:5.1f}%" if den else "    -"


def table(title: str, header: list[str], rows: Iterable[list[object]]) -> None:
    """Print a plain-text table."""
    body = [[str(c) for c in r] for r in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in body)) if body else len(h) for i, h in enumerate(header)
    ]
    line = "  ".join("-" * w for w in widths)
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(line)
    for r in body:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))


Pair = tuple[gen.Dataset, Result]


def table_families(pairs: list[Pair]) -> None:
    """(a) dataset-level detection rate and false-positive rate per family."""
    by_fam: dict[str, list[Pair]] = defaultdict(list)
    for ds, res in pairs:
        by_fam[ds.spec.family].append((ds, res))
    rows = []
    order = gen.DATASET_FAMILIES + gen.ROW_FAMILIES + gen.NEGATIVE_FAMILIES
    totals: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    for fam in order:
        group = by_fam.get(fam, [])
        if not group:
            continue
        poisoned = group[0][0].spec.poisoned
        v = Counter(res.verdict for _, res in group)
        totals[poisoned].update(v)
        totals[poisoned]["n"] += len(group)
        kind = "poisoned" if poisoned else "negative"
        metric = "detection" if poisoned else "false pos."
        rows.append(
            [
                fam,
                kind,
                len(group),
                pct(v["fail"], len(group)),
                metric,
                pct(v["warn"], len(group)),
                pct(v["pass"], len(group)),
            ]
        )
    for poisoned, label in ((True, "ALL POISONED"), (False, "ALL NEGATIVE")):
        t = totals[poisoned]
        metric = "detection" if poisoned else "false pos."
        rows.append(
            [
                label,
                "",
                t["n"],
                pct(t["fail"], t["n"]),
                metric,
                pct(t["warn"], t["n"]),
                pct(t["pass"], t["n"]),
            ]
        )
    table(
        "(a) Dataset level: share of datasets with verdict FAIL (WARN/PASS shown for context)",
        ["family", "kind", "datasets", "FAIL", "= rate of", "WARN", "PASS"],
        rows,
    )


def table_variants(pairs: list[Pair]) -> None:
    """(a') FAIL share of poisoned datasets by attack language / obfuscation."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for ds, res in pairs:
        if ds.spec.poisoned:
            key = ds.spec.lang + (f"+{ds.spec.obfuscation}" if ds.spec.obfuscation else "")
            dl = "dataset-level" if ds.spec.family in gen.DATASET_FAMILIES else "row-hiding"
            groups[f"{dl:13s} {key}"]["n"] += 1
            groups[f"{dl:13s} {key}"][res.verdict] += 1
    rows = [
        [k, c["n"], pct(c["fail"], c["n"]), pct(c["warn"], c["n"])]
        for k, c in sorted(groups.items())
    ]
    table(
        "(a') Poisoned datasets by attack wording variant",
        ["families / variant", "datasets", "FAIL", "WARN"],
        rows,
    )


def prf(pairs: list[Pair], attr: str) -> tuple[int, int, int]:
    """Pooled (tp, fp, fn) of flagged rows against the poisoned lines."""
    tp = fp = fn = 0
    for ds, res in pairs:
        truth = set(ds.poisoned_lines)
        flagged = set(getattr(res, attr))
        tp += len(truth & flagged)
        fp += len(flagged - truth)
        fn += len(truth - flagged)
    return tp, fp, fn


def table_rows(pairs: list[Pair]) -> None:
    """(b) row-level precision / recall for the row-hiding families, per rate."""
    groups: dict[tuple[str, float], list[Pair]] = defaultdict(list)
    for ds, res in pairs:
        if ds.spec.family in gen.ROW_FAMILIES and ds.spec.rate is not None:
            groups[(ds.spec.family, ds.spec.rate)].append((ds, res))
    rows = []
    for (fam, rate), group in sorted(
        groups.items(), key=lambda kv: (gen.ROW_FAMILIES.index(kv[0][0]), kv[0][1])
    ):
        n_rows = sum(len(ds.rows) for ds, _ in group)
        n_bad = sum(len(ds.poisoned_lines) for ds, _ in group)
        fails = sum(res.verdict == "fail" for _, res in group)
        cells = [fam, f"{rate * 100:.0f}%", len(group), f"{n_bad}/{n_rows}", pct(fails, len(group))]
        for attr in ("warn_rows", "error_rows"):
            tp, fp, fn = prf(group, attr)
            cells += [pct(tp, tp + fp), pct(tp, tp + fn)]
        rows.append(cells)
    table(
        "(b) Row level (pooled over datasets): a row is flagged if it has a finding of "
        "severity >= warning (W) or = error (E)",
        [
            "family",
            "rate",
            "datasets",
            "poisoned/rows",
            "ds FAIL",
            "prec W",
            "rec W",
            "prec E",
            "rec E",
        ],
        rows,
    )


def table_strategies(pairs: list[Pair]) -> None:
    """(c) the strategy dsaudit reports for one example per family (+ most common one)."""
    seen: dict[str, list[Pair]] = defaultdict(list)
    for ds, res in pairs:
        seen[ds.spec.family].append((ds, res))
    rows = []
    for fam, group in seen.items():
        # the first detected dataset of a poisoned family, else the first one
        ds, res = next(((d, r) for d, r in group if r.verdict == "fail"), group[0])
        common = Counter(r.strategy or "(none)" for _, r in group).most_common(1)[0]
        rows.append(
            [
                fam,
                ds.spec.name,
                res.strategy or "(none)",
                res.n_templates,
                f"{common[0]} ({common[1]}/{len(group)})",
            ]
        )
    table(
        "(c) Strategy reported by dsaudit",
        ["family", "example dataset", "strategy", "templates", "most common strategy in family"],
        rows,
    )


def list_errors(pairs: list[Pair]) -> None:
    """Name the missed attacks and the false positives, with the rules that fired."""
    print("\nMissed poisoned datasets (verdict != FAIL) and failing negatives:")
    any_printed = False
    for ds, res in pairs:
        wrong = (res.verdict != "fail") if ds.spec.poisoned else (res.verdict == "fail")
        if wrong:
            any_printed = True
            rules = ", ".join(f"{k}x{v}" for k, v in sorted(res.rules.items())) or "no findings"
            print(
                f"  {ds.spec.name:48s} {res.verdict:4s}  lang={ds.spec.lang}"
                f"{'+' + ds.spec.obfuscation if ds.spec.obfuscation else ''}  [{rules}]"
            )
    if not any_printed:
        print("  none")


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Generate, scan, report."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="fewer datasets (about 40)")
    ap.add_argument("--seed", type=int, default=0, help="sampling seed (default 0)")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="scan processes")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (is replaced)")
    args = ap.parse_args(argv)

    data = gen.SharedData(args.data)
    if not args.data.is_dir():
        print(f"accuracy benchmark skipped: shared data folder {args.data} not found.")
        return 0
    missing = data.missing()
    if missing:
        print(f"accuracy benchmark skipped: missing files under {args.data}: {', '.join(missing)}")
        return 0

    t0 = time.perf_counter()
    specs = gen.build_plan(args.quick)
    if args.out.exists():
        shutil.rmtree(args.out)
    datasets: list[gen.Dataset] = []
    paths: list[str] = []
    for spec in specs:
        ds = gen.generate(spec, data, args.seed)
        path = args.out / spec.family / f"{spec.name}.jsonl"
        ds.write(path)
        datasets.append(ds)
        paths.append(str(path))
    t_gen = time.perf_counter() - t0
    print(
        f"generated {len(datasets)} datasets ({sum(len(d.rows) for d in datasets)} rows) "
        f"in {t_gen:.1f}s under {args.out}"
    )

    t1 = time.perf_counter()
    if args.jobs > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(scan_one, paths))
    else:
        results = [scan_one(p) for p in paths]
    t_scan = time.perf_counter() - t1
    print(
        f"scanned in {t_scan:.1f}s with {args.jobs} process(es); seed={args.seed}, "
        f"{'quick' if args.quick else 'full'} run"
    )

    pairs = list(zip(datasets, results, strict=True))
    manifest = [
        {"path": p, **asdict(ds.spec), "poisoned_lines": ds.poisoned_lines, "result": asdict(res)}
        for p, (ds, res) in zip(paths, pairs, strict=True)
    ]
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False))

    table_families(pairs)
    table_variants(pairs)
    table_rows(pairs)
    table_strategies(pairs)
    list_errors(pairs)
    print(f"\ntotal {time.perf_counter() - t0:.1f}s; manifest: {args.out / 'manifest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
