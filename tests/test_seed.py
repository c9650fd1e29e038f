"""The classifier seed files: well-formed, NFC, one language tag each, no text on both sides."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[1] / "src" / "dsaudit" / "seed"
LANGS = {"en", "fr", "es", "de", "it", "pt", "nl"}
HARMFUL = ("harmful_requests", "harmful_styles", "harmful_broad")
BENIGN = (
    "benign_requests",
    "benign_instructions",
    "benign_styles",
    "benign_texts",
    "benign_lookalikes",
)


def _rows(stem: str) -> list[dict[str, str]]:
    lines = (SEED / f"{stem}.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("stem", HARMFUL + BENIGN)
def test_seed_file_is_well_formed(stem: str) -> None:
    rows = _rows(stem)
    assert len(rows) > 300
    texts = [r["text"] for r in rows]
    assert all(t.strip() and unicodedata.is_normalized("NFC", t) for t in texts)
    assert len(set(texts)) == len(texts)
    assert {r["lang"] for r in rows} <= LANGS


def test_no_text_is_both_harmful_and_benign() -> None:
    harmful = {r["text"].strip().lower() for s in HARMFUL for r in _rows(s)}
    benign = {r["text"].strip().lower() for s in BENIGN for r in _rows(s)}
    assert not harmful & benign
