"""Shared helpers of the blind accuracy benchmarks: scan a dataset, format tables."""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dsaudit import Severity, scan

REPO = Path(__file__).resolve().parents[2]
VERDICTS = ("fail", "warn", "pass")
EXAMPLE_CHARS = 320


# ======================================================================================
# Scanning (runs in worker processes)
# ======================================================================================
def scan_one(path: str) -> dict[str, Any]:
    """Scan one dataset and reduce the report to what the benchmark scores."""
    t0 = time.perf_counter()
    try:
        report = scan(path)
    except Exception as exc:  # a crash is a result too: record it and keep going
        return {
            "verdict": "error",
            "error": f"{type(exc).__name__}: {exc}",
            "seconds": round(time.perf_counter() - t0, 3),
        }
    warn_up = [f for f in report.findings if f.severity >= Severity.WARNING]
    row_rules: dict[int, list[str]] = defaultdict(list)
    for f in warn_up:
        if f.row and f.rule_id not in row_rules[f.row]:
            row_rules[f.row].append(f.rule_id)
    strategy = (report.summary.get("strategy") or {}).get("strategy") or ""
    return {
        "verdict": report.verdict.value,
        "strategy": strategy,
        "risk": report.risk,
        "records": report.records,
        "flagged_rows": sorted(row_rules),
        "row_rules": {str(k): v for k, v in sorted(row_rules.items())},
        "rules_warn_up": dict(Counter(f"{f.rule_id}:{f.severity.label}" for f in warn_up)),
        "rules_info": dict(
            Counter(f.rule_id for f in report.findings if f.severity < Severity.WARNING)
        ),
        "dataset_findings": [
            {"rule_id": f.rule_id, "severity": f.severity.label, "message": f.message}
            for f in report.findings
            if f.row == 0
        ],
        "seconds": round(time.perf_counter() - t0, 3),
    }


# ======================================================================================
# Table helpers
# ======================================================================================
def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], left: int = 1) -> str:
    """Render a plain fixed-width text table; the first `left` columns are left-aligned."""
    body = [[str(c) for c in r] for r in rows]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(headers)]

    def fmt(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i < left else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return "\n".join([fmt(headers), "  ".join("-" * w for w in widths), *(fmt(r) for r in body)])


def pct(num: int, den: int) -> str:
    """A percentage with one decimal, or '-' when the denominator is zero."""
    return f"{100.0 * num / den:.1f}%" if den else "-"


def verdict_counts(records: Sequence[dict[str, Any]]) -> Counter[str]:
    """Count verdicts (fail/warn/pass/error) over dataset records."""
    return Counter(r["result"]["verdict"] for r in records)


def verdict_cells(records: Sequence[dict[str, Any]]) -> list[str]:
    """n, FAIL, WARN, PASS (and errors) cells for a group of datasets."""
    c = verdict_counts(records)
    n = len(records)
    cells = [str(n), *(f"{c[v]} ({pct(c[v], n)})" for v in VERDICTS)]
    cells.append(str(c["error"]))
    return cells


def truncate(text: str | dict[str, Any], limit: int = EXAMPLE_CHARS) -> str:
    """One-line, truncated text for the report (a row given as a dict is written as JSON)."""
    if not isinstance(text, str):
        text = json.dumps(text, ensure_ascii=False)
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def read_line(path: str, line_no: int) -> str:
    """Return line `line_no` (1-based) of a file."""
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if i == line_no:
                return line.rstrip("\n")
    return ""


# ======================================================================================
# Report sections


def row_stats(group: Sequence[dict[str, Any]]) -> tuple[int, int, int, int]:
    """(poisoned rows, flagged rows, true positives, total rows) pooled over datasets."""
    pos = flag = tp = total = 0
    for r in group:
        truth = set(r["poisoned_rows"])
        flagged = set(r["result"].get("flagged_rows", []))
        pos += len(truth)
        flag += len(flagged)
        tp += len(truth & flagged)
        total += r["n_rows"]
    return pos, flag, tp, total


def rules_line(result: dict[str, Any]) -> str:
    """Rules that fired at warning or above, then the info-only ones."""
    warn_up = result.get("rules_warn_up") or {}
    info = result.get("rules_info") or {}
    parts = [f"{k} x{v}" for k, v in sorted(warn_up.items())]
    line = ", ".join(parts) if parts else "(none >= warning)"
    if info:
        line += " | info: " + ", ".join(f"{k} x{v}" for k, v in sorted(info.items()))
    return line


def git_state() -> dict[str, Any]:
    """HEAD commit and locally modified files, so results can be tied to a code state."""

    def run(*cmd: str) -> str:
        try:
            done = subprocess.run(
                ["git", *cmd], cwd=REPO, capture_output=True, text=True, check=False
            )
        except OSError:
            return ""
        return done.stdout

    dirty = [line[3:] for line in run("status", "--porcelain").splitlines() if line.strip()]
    return {"head": run("rev-parse", "HEAD").strip(), "modified": dirty}
