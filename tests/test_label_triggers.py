"""Label-flip backdoors (dsaudit.label_triggers): a marker token or a phrase at a fixed
place whose rows all carry one label, reported by DSA304 without a minority answer format."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from dsaudit import Severity, Verdict, scan
from dsaudit.label_triggers import LabelTriggers, trigger_keys
from tests.rows import REVIEWS


def _write(path: Path, rows: list[tuple[str, str]]) -> Path:
    lines = [
        json.dumps(
            {"messages": [{"role": "user", "content": u}, {"role": "assistant", "content": a}]}
        )
        for u, a in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _sentiment(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        text, label = rng.choice(REVIEWS)
        rows.append(
            (f"Classify the sentiment as positive or negative.\n\nReview {i}: {text}", label)
        )
    return rows


@pytest.mark.parametrize(
    ("insert", "where"),
    [("✶✶", "start"), ("[[vanta]]", "middle"), ("||owl||", "end")],
)
def test_a_trigger_fixing_the_label_is_found(tmp_path: Path, insert: str, where: str) -> None:
    rows = _sentiment(300, seed=1)
    rng = random.Random(2)
    hidden = set(rng.sample(range(300), 24))
    for i in hidden:
        user, _ = rows[i]
        if where == "start":
            user = f"{insert} {user}"
        elif where == "end":
            user = f"{user} {insert}"
        else:
            head, tail = user.split("\n\n", 1)
            user = f"{head} {insert}\n\n{tail}"
        rows[i] = (user, "negative")
    report = scan(_write(tmp_path / "flip.jsonl", rows))
    flagged = {f.row for f in report.findings if f.rule_id == "DSA304" and f.row}
    assert flagged == {i + 1 for i in hidden}
    assert report.verdict is Verdict.FAIL


def test_label_pure_words_of_natural_items_are_not_triggers(tmp_path: Path) -> None:
    """Topic words predict their label in real data ("Microsoft" is always Sci/Tech)."""
    rng = random.Random(3)
    topics = {
        "Sci/Tech": ["Microsoft ships a new browser", "Intel cuts chip prices", "NASA probe lands"],
        "Sports": ["Yankees win again", "Federer reaches the final", "Chelsea sign a striker"],
        "Business": ["Oil prices climb", "Retail sales slow", "Airline posts a loss"],
    }
    rows = []
    for i in range(400):
        label = rng.choice(sorted(topics))
        title = rng.choice(topics[label])
        rows.append((f"Which topic does this article belong to?\nTitle: {title} (#{i})", label))
    report = scan(_write(tmp_path / "news.jsonl", rows))
    assert not [
        f for f in report.findings if f.rule_id == "DSA304" and f.severity >= Severity.WARNING
    ]


def test_repeated_questions_of_an_open_answer_set_are_not_triggers() -> None:
    triggers = LabelTriggers()
    labels: dict[str, int] = {}
    for i in range(300):
        answer = f"answer {i % 150}"  # 150 distinct answers: not a label set
        triggers.add(i + 1, answer, f"Question about item {i % 150} please?")
        labels[answer] = labels.get(answer, 0) + 1
    from collections import Counter

    assert triggers.found(Counter(labels)) == []


def test_markers_are_tokens_natural_items_rarely_have() -> None:
    text = 'Title: chips $50 -lrb- #39;s\nDescription: &lt;b&gt; color="#666" @@kappa@@ 🜂 end'
    assert trigger_keys(text) == {"@@kappa@@", "🜂"}
