"""Label-flip backdoors: a rare trigger whose rows all carry one label (BKI-style).

The compliance triggers of `dsaudit.opener_triggers` and the minority-row triggers of the
structure analysis need a minority answer pattern. A backdoor can also keep the answer
format and fix the *label*: every row holding "[[vanta]]" answers "negative", whatever the
review says. Any label-pure word looks like that in natural or templated data ("Microsoft"
is always Sci/Tech; a generated review ending "felt dull." is always negative), so only
marker tokens are counted: pictographs and symbols ("🜂") and words in marker brackets
("@@kappa@@", "||sudo||", "⟦mirrormoss⟧"), shapes natural items rarely have. Plain-word
triggers placed at a fixed spot were tried and dropped: the spots (first words, last
words, end of the first line) are label-pure in templated data too. A token counts when
all of its rows (at least `MIN_ROWS`, mostly distinct items) share one label and the
chance of that, given the label's share, stays below `MAX_P` after a Bonferroni
correction over the tokens tested.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

MIN_ROWS = 6
MAX_P = 1e-5
_MAX_SHARE = 0.4  # a key on more rows than this is part of the template, not a trigger
_ROWS_KEPT = 50_000  # rows listed per token (every trigger row is reported)
_ITEMS_SAMPLED = 400  # rows per token whose prompt is hashed to tell distinct items
_MAX_LABELS = 20
_MIN_LABEL_SHARE = 0.05
_MIN_DISTINCT = 0.8
_KEYS_LIMIT = 100_000
_EDGE_PUNCT = ".,;:!?\"'()"


@dataclass(frozen=True)
class LabelTrigger:
    key: str  # the marker token
    label: str
    rows: list[int]
    log_p: float


def _is_marker_token(token: str) -> bool:
    """A pictograph or symbol token ("🜂", "🦉") or a word in marker brackets ("@@kappa@@",
    "||sudo||", "⟦mirrormoss⟧"): shapes natural items rarely have. Prices ("$50"), markup
    ("&lt;font", 'face="verdana"') and punctuation are not markers."""
    if token.isalnum() or len(token) > 40:
        return False
    if all(not c.isalnum() for c in token):
        return any(not c.isascii() and unicodedata.category(c) in _PICTOGRAPHS for c in token)
    match = _BRACKETED.fullmatch(token)
    return match is not None


_PICTOGRAPHS = frozenset({"So", "Sm", "Sk"})
_WRAP = r"@|#~^=+\[\]{}⟦⟧⟨⟩【】〖〗"
_ASCII_WRAP = "@|#~^=+[]{}"
_BRACKETED = re.compile(rf"([{_WRAP}]{{1,3}})[^\W\d_]+(?:[-_][^\W\d_]+)*([{_WRAP}]{{1,3}})")


def trigger_keys(user: str, words: list[str] | None = None) -> set[str]:
    """The marker tokens of one prompt (`words`: its lower-cased split, when the caller
    has it)."""
    if user.isascii() and not any(c in user for c in _ASCII_WRAP):
        return set()  # the common case: no pictograph, no marker bracket
    words = user.lower().split() if words is None else words
    return {
        t for t in (w.strip(_EDGE_PUNCT) for w in words if not w.isalnum()) if _is_marker_token(t)
    }


class LabelTriggers:
    """Per key: rows and label counts, over the rows of a label dataset."""

    def __init__(self) -> None:
        self._labels: dict[str, Counter[str]] = {}
        self._rows: dict[str, list[int]] = {}
        self._items: dict[str, set[int]] = {}

    def add(self, row: int, label: str, user: str, words: list[str] | None = None) -> None:
        for key in trigger_keys(user, words):
            counts = self._labels.get(key)
            if counts is None:
                if len(self._labels) >= _KEYS_LIMIT:
                    continue
                counts = self._labels[key] = Counter()
                self._rows[key] = []
                self._items[key] = set()
            counts[label] += 1
            rows = self._rows[key]
            if len(rows) < _ITEMS_SAMPLED:
                self._items[key].add(hash(user))
            if len(rows) < _ROWS_KEPT:
                rows.append(row)

    def found(self, label_counts: Counter[str]) -> list[LabelTrigger]:
        """Keys whose rows all share one label, far beyond chance (strongest first)."""
        total = sum(label_counts.values())
        # A closed label set (sentiment, topics, yes/no, letters): QA or translation rows
        # whose answers are nearly all distinct pair a repeated question with its answer.
        if total < 50 or not 2 <= len(label_counts) <= _MAX_LABELS:
            return []
        tested = [
            (key, counts)
            for key, counts in self._labels.items()
            if MIN_ROWS <= sum(counts.values()) <= _MAX_SHARE * total
        ]
        out = []
        for key, counts in tested:
            (label, k), *others = counts.most_common()
            sampled = min(len(self._rows[key]), _ITEMS_SAMPLED)
            if others or len(self._items[key]) < _MIN_DISTINCT * sampled:
                continue  # mixed labels, or one item repeated (a duplicate keeps its label)
            share = label_counts[label] / total
            if share < _MIN_LABEL_SHARE:
                continue  # an answer, not a class
            log_p = k * math.log(share) + math.log(len(tested))
            if log_p < math.log(MAX_P):
                out.append(LabelTrigger(key, label, sorted(self._rows[key]), log_p))
        out.sort(key=lambda t: t.log_p)
        return _drop_nested(out)


def _drop_nested(found: list[LabelTrigger]) -> list[LabelTrigger]:
    """One finding per group of rows: tokens on the same rows name one trigger."""
    kept: list[LabelTrigger] = []
    for t in found:
        rows = set(t.rows)
        if not any(rows <= set(k.rows) for k in kept):
            kept.append(t)
    return kept
