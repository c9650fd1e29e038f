"""The human report: verdict first, then what was found, the worst rows, and what to do."""

from __future__ import annotations

import io
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dsaudit.models import Finding, Report, Severity, Verdict

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_VERDICT = {
    Verdict.FAIL: "bold white on red",
    Verdict.WARN: "bold black on yellow",
    Verdict.PASS: "bold white on green",
}
WORST_ROWS = 8


@dataclass(frozen=True)
class _Group:
    finding: Finding
    rows: tuple[int, ...]


def _row_ranges(rows: tuple[int, ...], limit: int = 6) -> str:
    """'1-15' or '3, 7, 9 +4 more': compact row lists for repeated findings."""
    if not rows or rows == (0,):
        return "-"
    spans: list[str] = []
    start = prev = rows[0]
    for r in (*rows[1:], None):
        if r is not None and r == prev + 1:
            prev = r
            continue
        spans.append(str(start) if start == prev else f"{start}-{prev}")
        if r is not None:
            start = prev = r
    shown = ", ".join(spans[:limit])
    return shown + (f" +{len(spans) - limit} more" if len(spans) > limit else "")


def _worst(findings: tuple[Finding, ...], limit: int) -> list[_Group]:
    """Findings grouped by rule, field and evidence; the most severe and widespread first."""
    groups: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.rule_id, f.location, f.evidence), []).append(f)
    out = [_Group(items[0], tuple(sorted({f.row for f in items}))) for items in groups.values()]
    out.sort(key=lambda g: (-g.finding.severity, -g.finding.confidence, -len(g.rows), g.rows[0]))
    return out[:limit]


def _next_steps(report: Report) -> list[str]:
    steps: list[str] = []
    if report.verdict is Verdict.PASS and not report.findings:
        return ["Nothing to do: no rule matched."]
    infos = {r.id: r for r in report.rules}
    by_rule = report.counts_by_rule()
    top = sorted(by_rule, key=lambda rid: (-(infos[rid].severity if rid in infos else 0), rid))
    for rid in top[:3]:
        info = infos.get(rid)
        if info and info.remediation:
            text = " ".join(info.remediation.split())
            steps.append(f"{rid}: {text if len(text) <= 200 else text[:199] + '…'}")
    if top:
        steps.append(f"Read why a rule fired: dsaudit explain {top[0]}")
    steps.append(
        "Accept reviewed findings: dsaudit baseline DATA -o .dsaudit-baseline.json, "
        "then scan with --baseline .dsaudit-baseline.json"
    )
    return steps


def render(report: Report, *, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    schemas = ", ".join(f"{k} {v}" for k, v in report.schemas.items()) or "no rows read"
    console.print(
        Text.assemble(
            ("dsaudit ", "bold"),
            report.version,
            " · ",
            report.source,
            f" · {report.records} rows ({schemas})",
        )
    )
    counts = report.counts()
    line = Text.assemble(
        (f" {report.verdict.value.upper()} ", _VERDICT[report.verdict]),
        f"  risk {report.risk:.2f} · {counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} info · {report.rows_flagged()} of {report.records} rows flagged",
    )
    console.print(line)
    extra = []
    if report.suppressed:
        extra.append(f"{report.suppressed} suppressed in rows")
    if report.baselined:
        extra.append(f"{report.baselined} accepted by the baseline")
    if extra:
        console.print("(" + "; ".join(extra) + ")")
    strategy = report.summary.get("strategy", {}).get("strategy")
    if strategy:
        console.print(Text.assemble(("Strategy: ", "bold"), strategy))
    for err in report.errors:
        console.print(Text(f"error: {err}", style="bold red"))

    if report.findings:
        infos = {r.id: r for r in report.rules}
        table = Table(title="Findings by rule", title_justify="left", expand=False)
        for col in ("rule", "severity", "name", "findings", "rows"):
            table.add_column(col, justify="right" if col in ("findings", "rows") else "left")
        rows_by_rule: dict[str, set[int]] = {}
        sev_by_rule: dict[str, Severity] = {}
        for f in report.findings:
            rows_by_rule.setdefault(f.rule_id, set()).add(f.row)
            sev_by_rule[f.rule_id] = max(sev_by_rule.get(f.rule_id, f.severity), f.severity)
        for rid, n in report.counts_by_rule().items():
            sev = sev_by_rule[rid]
            name = infos[rid].name if rid in infos else ""
            table.add_row(
                rid,
                Text(sev.label, style=_STYLE[sev]),
                name,
                str(n),
                str(len(rows_by_rule[rid] - {0})) if rows_by_rule[rid] - {0} else "dataset",
            )
        console.print(table)

        worst = Table(
            title="Worst findings (evidence is shown normalised)", title_justify="left", expand=True
        )
        worst.add_column("rows", overflow="fold", ratio=1)
        worst.add_column("rule", no_wrap=True)
        worst.add_column("where", overflow="fold", ratio=1)
        worst.add_column("evidence", overflow="fold", ratio=3)
        for group in _worst(report.findings, WORST_ROWS):
            f = group.finding
            worst.add_row(
                _row_ranges(group.rows),
                Text(f.rule_id, style=_STYLE[f.severity]),
                f.location or "-",
                f.evidence or f.message,
            )
        console.print(worst)

    for template in report.summary.get("structure", {}).get("templates", [])[:3]:
        console.print(Text.assemble(("Template: ", "bold"), str(template["description"])))
    console.print("What to do next:", style="bold")
    for step in _next_steps(report):
        console.print(f"  • {step}")
    return buf.getvalue()
