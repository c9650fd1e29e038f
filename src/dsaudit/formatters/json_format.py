"""`--format json`: the machine-readable report (schema in specs/report.schema.json)."""

from __future__ import annotations

from typing import Any

import orjson

from dsaudit.models import Report

REPORT_FORMAT_VERSION = 1


def to_dict(report: Report) -> dict[str, Any]:
    used = set(report.counts_by_rule())
    return {
        "report_format": REPORT_FORMAT_VERSION,
        "dsaudit_version": report.version,
        "source": report.source,
        "verdict": report.verdict.value,
        "risk": report.risk,
        "records": report.records,
        "rows_flagged": report.rows_flagged(),
        "counts": report.counts(),
        "counts_by_rule": report.counts_by_rule(),
        "suppressed": report.suppressed,
        "baselined": report.baselined,
        "schemas": report.schemas,
        "errors": list(report.errors),
        "summary": report.summary,
        "rules": [
            {
                "id": r.id,
                "name": r.name,
                "family": r.family,
                "severity": r.severity.label,
                "summary": r.summary,
            }
            for r in report.rules
            if r.id in used
        ],
        "findings": [f.to_dict() for f in report.findings],
    }


def render(report: Report) -> str:
    return orjson.dumps(to_dict(report), option=orjson.OPT_INDENT_2).decode() + "\n"


def render_many(reports: list[Report]) -> str:
    """One report as an object; several as {"verdict": worst, "reports": [...]}."""
    if len(reports) == 1:
        return render(reports[0])
    order = {"pass": 0, "warn": 1, "fail": 2}
    worst = max((r.verdict.value for r in reports), key=order.__getitem__)
    doc = {
        "report_format": REPORT_FORMAT_VERSION,
        "verdict": worst,
        "reports": [to_dict(r) for r in reports],
    }
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n"
