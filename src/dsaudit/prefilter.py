"""Required literals of a regex, so most patterns can be skipped without running them.

For a pattern we compute a set of literal strings such that every match contains at least
one of them (the idea behind RE2's prefilter and Hyperscan's literal factoring). One
Aho-Corasick pass over a text then tells which patterns could match; the rest are skipped.
This keeps a few hundred multilingual patterns cheap enough for 20k+ rows/s, with no
hand-kept keyword lists that could silently fall out of step with the patterns.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MIN_FACTOR = 2

_LITERAL = sre_constants.LITERAL
_SUBPATTERN = sre_constants.SUBPATTERN
_BRANCH = sre_constants.BRANCH
_IN = sre_constants.IN
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
_ATOMIC = sre_constants.ATOMIC_GROUP

Factors = frozenset[str] | None


def _score(factors: frozenset[str]) -> tuple[int, int]:
    return (min(len(f) for f in factors), -len(factors))


def _best(options: list[frozenset[str]]) -> Factors:
    return max(options, key=_score) if options else None


def _union(parts: list[Factors]) -> Factors:
    if any(p is None for p in parts):
        return None
    out: set[str] = set()
    for p in parts:
        out |= p  # type: ignore[operator]
    return frozenset(out)


def _in_literals(items: list[tuple[Any, Any]]) -> Factors:
    """A small character class of plain letters, e.g. [oa], as single-char options."""
    chars = [chr(v) for op, v in items if op is _LITERAL]
    if len(chars) != len(items) or len(chars) > 4:
        return None
    return frozenset(chars)


def _sequence(items: Any) -> Factors:
    options: list[frozenset[str]] = []
    runs: list[str] = [""]

    def close_runs() -> None:
        nonlocal runs
        good = [r for r in runs if len(r) >= MIN_FACTOR]
        if len(good) == len(runs) and good:
            options.append(frozenset(good))
        runs = [""]

    for op, av in items:
        if op is _LITERAL:
            runs = [r + chr(av) for r in runs]
            continue
        if op is _IN:
            chars = _in_literals(av)
            if chars is not None and len(runs) * len(chars) <= 16:
                runs = [r + c for r in runs for c in chars]
                continue
        close_runs()
        sub: Factors = None
        if op is _SUBPATTERN:
            sub = _sequence(av[-1])
        elif op is _ATOMIC:
            sub = _sequence(av)
        elif op is _BRANCH:
            sub = _union([_sequence(branch) for branch in av[1]])
        elif op in _REPEATS and av[0] >= 1:
            sub = _sequence(av[2])
        if sub is not None and all(len(f) >= MIN_FACTOR for f in sub):
            options.append(sub)
    close_runs()
    return _best(options)


def required_factors(pattern: str) -> Factors:
    """Literals of which every match of `pattern` contains one; None when none are certain."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    return _sequence(list(parsed))
