"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Each result points at the dataset file and the row's line, so a pull request that changes a
dataset gets annotations on the offending rows. partialFingerprints carry the row's content
fingerprint, so an alert follows a row that moves.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import orjson

from dsaudit.models import Report, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SECURITY = {Severity.ERROR: "8.0", Severity.WARNING: "5.0", Severity.INFO: "2.0"}


def artifact_uri(source: str) -> str:
    """A relative, forward-slash path when the source is under the working directory."""
    if source.startswith("hf:"):
        return source
    path = Path(source)
    if path.is_absolute():
        try:
            path = path.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return path.resolve().as_uri()
    return str(PurePosixPath(*path.parts))


def _rule(info: Any) -> dict[str, Any]:
    help_text = "\n\n".join(x for x in (info.description, info.remediation) if x) or info.summary
    return {
        "id": info.id,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.description or info.summary},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _LEVEL[info.severity]},
        "properties": {
            "tags": ["security", "llm-dataset", info.family] if info.family else ["security"],
            "security-severity": _SECURITY[info.severity],
        },
    }


def to_dict(report: Report) -> dict[str, Any]:
    uri = artifact_uri(report.source)
    index = {r.id: i for i, r in enumerate(report.rules)}
    results = []
    for f in report.findings:
        physical: dict[str, Any] = {"artifactLocation": {"uri": uri, "index": 0}}
        if f.row > 0:
            physical["region"] = {"startLine": f.row}
        message = f.message + (f" Evidence: {f.evidence}" if f.evidence else "")
        result: dict[str, Any] = {
            "ruleId": f.rule_id,
            "level": _LEVEL[f.severity],
            "message": {"text": message},
            "locations": [{"physicalLocation": physical}],
            "partialFingerprints": {"dsauditRow/v1": f"{f.rule_id}:{f.fingerprint or 'dataset'}"},
            "properties": {"confidence": round(f.confidence, 3), "jsonPointer": f.location},
        }
        if f.rule_id in index:
            result["ruleIndex"] = index[f.rule_id]
        if f.location:
            result["locations"][0]["logicalLocations"] = [
                {"fullyQualifiedName": f.location, "kind": "member"}
            ]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "dsaudit",
                        "version": report.version,
                        "semanticVersion": report.version,
                        "informationUri": "https://github.com/dsaudit/dsaudit",
                        "rules": [_rule(r) for r in report.rules],
                    }
                },
                "artifacts": [{"location": {"uri": uri}}],
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {
                    "verdict": report.verdict.value,
                    "risk": report.risk,
                    "records": report.records,
                },
            }
        ],
    }


def render(report: Report) -> str:
    return orjson.dumps(to_dict(report), option=orjson.OPT_INDENT_2).decode() + "\n"


def render_many(reports: list[Report]) -> str:
    """Several datasets: one SARIF log with one run per dataset."""
    if len(reports) == 1:
        return render(reports[0])
    runs = [to_dict(r)["runs"][0] for r in reports]
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": runs}
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n"
