"""Recurring user-turn lines: the pool a rotating wrapper or instruction is drawn from.

A constant wrapper is the template's user prefix or suffix, which DSA308 scores. An attacker
who rotates the wording (a different obedience line on each row, drawn from a pool) leaves
no constant prefix, but every line of the pool recurs on several rows, while a task item
appears once. This collector counts the lines (and the sentences of long lines) of sampled
user turns, so the instruction model can read the recurring ones and measure the share of
rows holding one it flags.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from dsaudit.text import visible

_LINE = re.compile(r"\n+")
# Sentence ends (and line breaks): shared with DSA308's reading of template texts.
SENTENCE_END = re.compile(r"(?<=[.!?;。！？])\s+|\n+")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\w+")
_MIN_WORDS = 4
_MAX_CHARS = 600
_SAMPLE_LIMIT = 3_000
_TEXT_LIMIT = 20_000
_SCORED_LIMIT = 200


class RecurringLines:
    """Line and sentence fingerprints of a bounded sample of user turns."""

    def __init__(self) -> None:
        self._rows: list[frozenset[int]] = []
        self._labels: list[str] = []  # each sampled row's label ("" when it has none)
        self._df: Counter[int] = Counter()
        self._text: dict[int, str] = {}

    def add(self, user: str, label: str = "") -> None:
        if len(self._rows) >= _SAMPLE_LIMIT:
            return
        units: set[int] = set()
        for line in _LINE.split(visible(user)):
            parts = [line, *SENTENCE_END.split(line)] if len(line) > 80 else [line]
            for part in parts:
                part = part.strip()
                if len(part) > _MAX_CHARS or len(_WORD.findall(part)) < _MIN_WORDS:
                    continue
                key = hash(_DIGITS.sub("0", part.lower()))
                units.add(key)
                if key not in self._text and len(self._text) < _TEXT_LIMIT:
                    self._text[key] = part
        self._rows.append(frozenset(units))
        self._labels.append(label)
        self._df.update(units)

    @property
    def sampled(self) -> int:
        return len(self._rows)

    def flagged_share(self, flags: Callable[[str], bool]) -> tuple[float, str]:
        """Share of sampled rows holding a recurring line that `flags` accepts, and the most
        frequent such line. A line recurs when >= 3 rows and >= 2% of the sample hold it."""
        n = len(self._rows)
        if not n:
            return 0.0, ""
        floor = max(3, int(0.02 * n))
        recurring = [key for key, df in self._df.items() if df >= floor and key in self._text]
        # Most frequent first, ties by text: the same lines are scored in every process
        # (the keys are salted hashes).
        recurring.sort(key=lambda key: (-self._df[key], self._text[key]))
        hit = [key for key in recurring[:_SCORED_LIMIT] if flags(self._text[key])]
        if not hit:
            return 0.0, ""
        keys = frozenset(hit)
        holding = [i for i, row in enumerate(self._rows) if not keys.isdisjoint(row)]
        if self._items_of_one_label(holding):
            return 0.0, ""
        return len(holding) / n, self._text[hit[0]]

    def _items_of_one_label(self, holding: list[int]) -> bool:
        """Whether the rows holding the lines carry one label the rest of the dataset mostly
        does not: a moderation set whose items (jailbreaks drawn from a small pool) recur,
        labelled "unsafe", is data being classified, not a wrapper. A rotating wrapper
        spreads over every label."""
        labels = Counter(self._labels[i] for i in holding)
        overall = Counter(label for label in self._labels if label)
        if len(overall) < 2 or not holding:
            return False
        label, k = labels.most_common(1)[0]
        return bool(label) and k >= 0.9 * len(holding) and overall[label] <= 0.7 * len(self._labels)
