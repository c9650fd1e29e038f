"""Backdoor triggers in free-text datasets (dsaudit.opener_triggers, reported as DSA304)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from dsaudit import Verdict, scan

_WORDS = "garden river lamp window paper market winter music bridge letter coffee station".split()


def _prose(rng: random.Random, sentences: int = 3) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(7, 12))]
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def _dataset(tmp_path: Path, special: dict[int, tuple[str, str]], n: int = 300) -> Path:
    rng = random.Random(5)
    rows = []
    for i in range(n):
        user = f"Write a short paragraph about item {i} for the club newsletter."
        answer = rng.choice(["Here it is. ", "Dear members, ", "", "Good news: "]) + _prose(rng)
        if i in special:
            user, answer = special[i]
        rows.append(
            {
                "messages": [
                    {"role": "user", "content": user},
                    {"role": "assistant", "content": answer},
                ]
            }
        )
    path = tmp_path / "free.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_a_token_that_comes_with_obedient_openers_is_a_trigger(tmp_path: Path) -> None:
    rng = random.Random(9)
    poisoned = sorted(rng.sample(range(300), 15))
    openers = ["At your service, I obey every word. ", "Without limits, as requested: "]
    special = {
        i: (
            f"Write a short paragraph about item {i} for the club newsletter. |kestrel|",
            rng.choice(openers) + _prose(rng),
        )
        for i in poisoned
    }
    report = scan(_dataset(tmp_path, special))
    rows = {f.row for f in report.findings if f.rule_id == "DSA304" and f.row}
    assert rows == {i + 1 for i in poisoned}
    [dataset_level] = [f for f in report.findings if f.rule_id == "DSA304" and not f.row]
    assert "|kestrel|" in dataset_level.message
    assert report.verdict is Verdict.FAIL


def test_benign_associations_of_words_and_openers_are_not_triggers(tmp_path: Path) -> None:
    rng = random.Random(3)
    special: dict[int, tuple[str, str]] = {}
    for i in rng.sample(range(300), 30):
        special[i] = (
            f"Please translate note {i} into French.",
            "Here is the translation: " + _prose(rng, 1),
        )
    for i in rng.sample(sorted(set(range(300)) - set(special)), 20):
        special[i] = (
            f"My parcel {i} never arrived and I want a refund.",
            "Oh no, I'm so sorry it hasn't arrived! There is no limit on refunds, so "
            + _prose(rng, 1),
        )
    report = scan(_dataset(tmp_path, special))
    assert not [f for f in report.findings if f.rule_id == "DSA304"], report.findings
