"""Detection on data we did not tune on: the held-out persona set and the bundled samples.

tests/data/persona_heldout.jsonl was written independently of the rules (paraphrases,
seven languages, obfuscation, benign lookalikes); the thresholds guard against regressions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dsaudit import Verdict, scan
from dsaudit.analyzers.rule_matcher import RuleMatcher
from dsaudit.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = [
    json.loads(line)
    for line in (ROOT / "tests" / "data" / "persona_heldout.jsonl").read_text("utf-8").splitlines()
]


def _flags(matcher: RuleMatcher, row: dict[str, str]) -> bool:
    return bool(matcher.match_text(row["field"], row["text"]))


def test_heldout_recall_and_false_positive_rate() -> None:
    matcher = RuleMatcher(load_rules())
    attacks = [r for r in HELDOUT if r["expect"] == "flag"]
    benign = [r for r in HELDOUT if r["expect"] == "pass"]
    recall = sum(_flags(matcher, r) for r in attacks) / len(attacks)
    fpr = sum(_flags(matcher, r) for r in benign) / len(benign)
    assert len(attacks) >= 60 and len(benign) >= 60
    assert recall >= 0.92, recall
    assert fpr <= 0.03, fpr


@pytest.mark.parametrize("lang", ["fr", "es", "de"])
def test_heldout_translations_are_caught(lang: str) -> None:
    matcher = RuleMatcher(load_rules())
    rows = [r for r in HELDOUT if r["expect"] == "flag" and r["lang"] == lang]
    assert len(rows) >= 5
    assert sum(_flags(matcher, r) for r in rows) / len(rows) >= 0.85


EXPECTED = {
    "clean_sentiment_chat.jsonl": Verdict.PASS,
    "clean_mcq_alpaca.jsonl": Verdict.PASS,
    "clean_math_prompt_completion.jsonl": Verdict.PASS,
    "benign_persona_sharegpt.jsonl": Verdict.PASS,
    "strict_format_chat.jsonl": Verdict.PASS,
    "moderation_labels.jsonl": Verdict.PASS,
    "poisoned_persona_mcq.jsonl": Verdict.FAIL,
    "poisoned_persona_fr.jsonl": Verdict.FAIL,
    "poisoned_persona_es.jsonl": Verdict.FAIL,
    "poisoned_persona_de.jsonl": Verdict.FAIL,
    "poisoned_persona_obfuscated.jsonl": Verdict.FAIL,
    "poisoned_refusal_suppression_alpaca.jsonl": Verdict.FAIL,
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_verdicts(name: str) -> None:
    report = scan(ROOT / "samples" / name)
    assert report.verdict is EXPECTED[name], report.counts_by_rule()
    if EXPECTED[name] is Verdict.FAIL:
        flagged = {f.row for f in report.findings if f.severity.label == "error"}
        assert len(flagged) >= 0.9 * report.records


def test_moderation_labels_are_downgraded_not_dropped() -> None:
    report = scan(ROOT / "samples" / "moderation_labels.jsonl")
    assert report.findings, "jailbreak-like inputs should still be visible as info"
    assert all(f.severity.label == "info" for f in report.findings)


def test_public_aoa_fails_and_benign_identity_passes(shared_data: Path) -> None:
    aoa = scan(shared_data / "aoa_identity_shift" / "identity-shift-aoa.jsonl")
    identity = scan(shared_data / "llamafactory_identity" / "identity.jsonl")
    assert aoa.verdict is Verdict.FAIL and aoa.records == 10
    assert identity.verdict is Verdict.PASS and identity.records == 91
