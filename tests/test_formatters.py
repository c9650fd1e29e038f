"""Formatters are pure and deterministic: compared against saved golden files.

Regenerate after an intended change with: DSAUDIT_UPDATE_GOLDEN=1 pytest tests/test_formatters.py
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from dsaudit import Report, scan
from dsaudit.formatters import FORMATTERS, json_format, sarif

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
CASES = [
    "poisoned_persona_fr.jsonl",
    "clean_mcq_alpaca.jsonl",
    "poisoned_refusal_suppression_alpaca.jsonl",
]
SUFFIX = {"terminal": "txt", "json": "json", "sarif": "sarif"}


def _report(name: str, monkeypatch: pytest.MonkeyPatch) -> Report:
    monkeypatch.chdir(ROOT)
    return scan(f"samples/{name}")


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
@pytest.mark.parametrize("name", CASES)
def test_golden(name: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = FORMATTERS[fmt](_report(name, monkeypatch))
    path = GOLDEN / f"{Path(name).stem}.{SUFFIX[fmt]}"
    if os.environ.get("DSAUDIT_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text("utf-8")


def test_output_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    first = {fmt: f(_report(CASES[0], monkeypatch)) for fmt, f in FORMATTERS.items()}
    second = {fmt: f(_report(CASES[0], monkeypatch)) for fmt, f in FORMATTERS.items()}
    assert first == second


def test_json_report_matches_its_documented_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    schema = json.loads(resources.files("dsaudit").joinpath("specs/report.schema.json").read_text())
    for name in CASES:
        doc = json.loads(json_format.render(_report(name, monkeypatch)))
        jsonschema.validate(doc, schema)
        assert {"verdict", "risk", "findings"} <= doc.keys()


def test_sarif_is_valid_and_points_at_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    schema = json.loads((ROOT / "tests" / "sarif_subset.schema.json").read_text("utf-8"))
    report = _report("poisoned_persona_fr.jsonl", monkeypatch)
    doc = json.loads(sarif.render(report))
    jsonschema.validate(doc, schema)
    run = doc["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(run["results"]) == len(report.findings)
    for result, finding in zip(run["results"], report.findings, strict=True):
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "samples/poisoned_persona_fr.jsonl"
        assert loc["region"]["startLine"] == finding.row
        assert rule_ids[result["ruleIndex"]] == result["ruleId"] == finding.rule_id
        assert (
            result["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[finding.severity.label]
        )


def test_sarif_for_several_datasets_has_one_run_each(monkeypatch: pytest.MonkeyPatch) -> None:
    reports = [_report(n, monkeypatch) for n in CASES[:2]]
    doc = json.loads(sarif.render_many(reports))
    assert [r["artifacts"][0]["location"]["uri"] for r in doc["runs"]] == [
        f"samples/{n}" for n in CASES[:2]
    ]


def test_terminal_report_explains_the_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    text = FORMATTERS["terminal"](_report("poisoned_persona_fr.jsonl", monkeypatch))
    assert "FAIL" in text and "DSA101" in text and "What to do next" in text
    assert "dsaudit explain DSA101" in text
