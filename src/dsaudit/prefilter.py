"""Required literals of a regex, so most patterns can be skipped without running them.

For a pattern we compute literal *conditions*: sets of strings such that every match
contains at least one string of each set (the idea behind RE2's prefilter and Hyperscan's
literal factoring). `\\byou (?:must )?never (?:refuse|decline)` gives {"you "}, {" never "}
and {"refuse", "decline"}. One Aho-Corasick pass over a text tells which literals are
present; a pattern runs only when each of its conditions is met. Conditions made only of very
common words are kept but never used as the pattern's index key. This keeps a few hundred
multilingual patterns cheap on ordinary text, with no hand-kept keyword lists that could
silently fall out of step with the patterns.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MIN_FACTOR = 3  # shorter literals occur in nearly every text and filter nothing

_LITERAL = sre_constants.LITERAL
_SUBPATTERN = sre_constants.SUBPATTERN
_BRANCH = sre_constants.BRANCH
_IN = sre_constants.IN
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
_ATOMIC = sre_constants.ATOMIC_GROUP

# Words so frequent in instruction data that a literal made only of them filters nothing.
COMMON_WORDS = frozenset(
    """
    a an the and or not no never you your i me my we to of in on at for with without is are be
    do don t can will must should all any every each this that it as if so but by from what
    le la les de des du un une et ou tu te vous je il ne pas jamais sans pour que qui
    el los las del y o no tu te yo que sin para con por nunca todo
    der die das und oder nicht nie du sie ich ohne mit fur was alle jede
    answer answers question questions user users follow help please task request use make give
    write explain example step steps list first then also about there their them they when which
    how why where who would could may might always everything anything thing only just very more
    most some other such like time here now one two new get set see say said ask asked want need
    """.split()
)

Condition = frozenset[str]


def _long_enough(factor: str) -> bool:
    """At least MIN_FACTOR bytes: two CJK characters are as selective as three letters."""
    return len(factor.encode("utf-8")) >= MIN_FACTOR


def is_common(factor: str) -> bool:
    words = factor.split()
    return not words or all(w in COMMON_WORDS for w in words)


def _score(cond: Condition) -> tuple[float, int, int]:
    """Higher is more selective: a smaller share of common members, a longer shortest member,
    fewer members."""
    common = sum(is_common(f) for f in cond) / len(cond)
    return (-common, min(len(f) for f in cond), -len(cond))


def best(conditions: list[Condition]) -> Condition | None:
    return max(conditions, key=_score) if conditions else None


def _in_literals(items: list[tuple[Any, Any]]) -> list[str] | None:
    """A small character class of plain letters, e.g. [oa], as single-char options."""
    chars = [chr(v) for op, v in items if op is _LITERAL]
    if len(chars) != len(items) or len(chars) > 4:
        return None
    return chars


def _conditions(items: Any) -> list[Condition]:
    """Every literal condition of a parsed sequence (all of them must hold)."""
    found: list[Condition] = []
    runs: list[str] = [""]

    def close_runs() -> None:
        nonlocal runs
        good = [r for r in runs if _long_enough(r)]
        if good and len(good) == len(runs):
            found.append(frozenset(good))
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
        if op is _SUBPATTERN:
            found += _conditions(av[-1])
        elif op is _ATOMIC:
            found += _conditions(av)
        elif op in _REPEATS and av[0] >= 1:
            found += _conditions(av[2])
        elif op is _BRANCH:
            per_branch = [best(_conditions(branch)) for branch in av[1]]
            if all(c is not None for c in per_branch):
                merged: set[str] = set()
                for c in per_branch:
                    if c is not None:
                        merged |= c
                found.append(frozenset(merged))
    close_runs()
    return [c for c in found if all(_long_enough(f) for f in c)]


@functools.lru_cache(maxsize=4096)
def required_conditions(pattern: str) -> list[Condition]:
    """Literal conditions every match of `pattern` meets; [] when none are certain.

    Cached: lexicon entries are shared by several rules. Callers must not mutate the list.
    """
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return []
    return sorted(set(_conditions(list(parsed))), key=_score, reverse=True)


def required_factors(pattern: str) -> Condition | None:
    """The most selective single condition of `pattern`, or None when there is none."""
    return best(required_conditions(pattern))
