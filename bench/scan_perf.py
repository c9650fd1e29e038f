"""Structural-scan performance: throughput, peak memory and CLI start-up time.

Prints medians of several runs (this machine is noisy). Generates its inputs under
bench/out/ on first use.

    python bench/scan_perf.py [--runs 5] [--rows 100000] [--big-rows 1000000]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


def ensure(rows: int, dense: bool = False) -> Path:
    path = OUT / f"{'dense' if dense else 'chat'}{rows}.jsonl"
    if not path.exists():
        cmd = [sys.executable, str(HERE / "gen_chat.py"), str(rows), str(path)]
        subprocess.run(cmd + (["--dense"] if dense else []), check=True)
    return path


def ensure_real(rows: int) -> Path | None:
    """Real task rows from ../shared/data (None where it is absent)."""
    if not (HERE.parent.parent / "shared" / "data").is_dir():
        return None
    path = OUT / f"real{rows}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "gen_real.py"), str(rows), str(path)], check=True)
    return path


def rules_pass(path: Path, rows: int, runs: int) -> list[float]:
    """Rows/s of the per-row structural rules pass alone (load + YAML rules + report)."""
    from dsaudit.analyzers.rule_matcher import RuleMatcher
    from dsaudit.config import Config
    from dsaudit.engine import Engine
    from dsaudit.rules import load_rules

    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        report = Engine([RuleMatcher(load_rules())], Config()).run(path)
        rates.append(rows / (time.perf_counter() - start))
        assert report.records == rows
    return rates


def throughput(path: Path, rows: int, runs: int) -> list[float]:
    """Rows/s of the in-process scan (load + structural rules + report), one core."""
    from dsaudit import scan

    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        report = scan(path)
        elapsed = time.perf_counter() - start
        assert report.records == rows
        rates.append(rows / elapsed)
    return rates


def peak_rss_mb(path: Path) -> float:
    """Peak RSS of a whole `dsaudit scan` process (JSON report to /dev/null)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(
        [
            sys.executable,
            "-m",
            "dsaudit",
            "scan",
            str(path),
            "--format",
            "json",
            "-o",
            os.devnull,
            "--exit-zero",
        ],
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def help_seconds(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "dsaudit", "--help"], check=True, stdout=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--big-rows", type=int, default=1_000_000)
    parser.add_argument("--skip-big", action="store_true")
    args = parser.parse_args()

    from dsaudit.rules import load_rules

    def show(label: str, rates: list[float]) -> None:
        runs = ", ".join(f"{r:,.0f}" for r in rates)
        print(f"{label}: median {statistics.median(rates):,.0f} rows/s (runs: {runs})")

    print(f"candidate backend: {load_rules().index.backend}")
    for dense in (False, True):
        path = ensure(args.rows, dense)
        kind = "keyword-dense" if dense else "prose chat"
        show(
            f"full scan (rules + structure), {args.rows:,} {kind} rows",
            throughput(path, args.rows, args.runs),
        )
        show(f"rules pass only, {args.rows:,} {kind} rows", rules_pass(path, args.rows, args.runs))
    real = ensure_real(args.rows)
    if real is not None:
        show(
            f"full scan, {args.rows:,} real task rows (gen_real.py, ~25k distinct items)",
            throughput(real, args.rows, args.runs),
        )
    helps = help_seconds(max(args.runs, 5))
    print(
        f"dsaudit --help: median {statistics.median(helps):.3f} s "
        f"(runs: {', '.join(f'{t:.3f}' for t in helps)})"
    )
    if not args.skip_big:
        big = ensure(args.big_rows)
        print(
            f"peak RSS, {args.big_rows:,}-row scan ({big.stat().st_size / 1e6:.0f} MB file): "
            f"{peak_rss_mb(big):.0f} MB"
        )


if __name__ == "__main__":
    main()
