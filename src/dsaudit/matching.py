"""Which of a few hundred patterns could match a text, found in one pass.

Rules hold a few hundred multilingual regexes; running each on every text would cost a
millisecond a row. A `PatternIndex` compiles every pattern once and answers, per text, the
small set of *candidate* patterns; only those run in Python's `re`, which decides. Two
backends give the candidates, both sound (a pattern that matches is always a candidate):

- `re2` (default when google-re2 is installed): one RE2 set automaton over all patterns,
  each loosened to a superset RE2 can run (look-arounds and `\\b` dropped, `\\w` made
  Unicode). Usually exact, so almost no text needs a Python regex at all.
- `literals` (fallback): the required literals of each pattern (`dsaudit.prefilter`) and one
  Aho-Corasick pass; a pattern is a candidate when each of its literal conditions is met.

`DSAUDIT_MATCHER=literals` forces the fallback (tests run both).
"""

from __future__ import annotations

import os
import re
from operator import itemgetter
from typing import Any

import ahocorasick

from dsaudit.prefilter import is_common, required_conditions

_SECOND = itemgetter(1)
_LOOKAROUND = re.compile(r"\(\?<?[!=](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)")


class PatternError(ValueError):
    """A pattern does not compile."""


def re2_superset(pattern: str) -> str:
    """A pattern RE2 accepts that matches at least wherever `pattern` matches.

    Look-arounds and `\\b` are dropped (RE2 lacks them, or has an ASCII-only `\\b`); `\\w`
    and `\\d` become their Unicode classes, inside or outside a character class.
    """
    loose = _LOOKAROUND.sub("", pattern)
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(loose):
        c = loose[i]
        if c == "\\" and i + 1 < len(loose):
            esc = loose[i + 1]
            if esc == "w":
                out.append(r"\pL\pN_" if in_class else r"[\pL\pN_]")
            elif esc == "d":
                out.append(r"\pN")
            elif not (esc == "b" and not in_class):
                out.append(c + esc)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            if loose[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if loose[i + 1 : i + 2] == "]":  # a literal ] first in the class
                out.append("]")
                i += 1
        else:
            if c == "]" and in_class:
                in_class = False
            out.append(c)
        i += 1
    return "".join(out)


def _load_re2() -> Any:
    if os.environ.get("DSAUDIT_MATCHER", "").lower() == "literals":
        return None
    try:
        import re2  # google-re2
    except ImportError:
        return None
    return re2


class PatternIndex:
    """Every pattern of a rule set, compiled once; `candidates(text)` narrows them down."""

    def __init__(self) -> None:
        self.regexes: list[re.Pattern[str]] = []
        self.sources: list[str] = []
        self._ids: dict[str, int] = {}
        self.backend = "literals"
        self._re2set: Any = None
        # Patterns the candidate stage cannot rule out: always handed to Python's re.
        self.always: frozenset[int] = frozenset()
        # literal backend tables
        self._by_key: dict[str, list[int]] = {}
        self._extra: dict[int, list[frozenset[str]]] = {}
        self._literals: set[str] = set()
        self._no_literals: set[int] = set()
        self._keys: frozenset[str] = frozenset()
        self._plain: dict[str, frozenset[int]] = {}
        self._conditional: dict[str, list[int]] = {}
        self._automaton: Any = None

    def add(self, pattern: str, where: str) -> int:
        if pattern in self._ids:
            return self._ids[pattern]
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise PatternError(f"{where}: bad regex {pattern[:60]!r}: {exc}") from None
        pid = len(self.regexes)
        self.regexes.append(compiled)
        self.sources.append(pattern)
        self._ids[pattern] = pid
        return pid

    def freeze(self) -> None:
        """Build the candidate stage once every pattern is added."""
        re2 = _load_re2()
        if re2 is not None and self._build_re2(re2):
            self.backend = "re2"
        else:
            self._build_literals()
            self.backend = "literals"

    def _build_re2(self, re2: Any) -> bool:
        options = re2.Options()
        options.max_mem = 256 << 20
        rset = re2.Set.SearchSet(options)
        always: set[int] = set()
        for pid, pattern in enumerate(self.sources):
            try:
                if rset.Add(re2_superset(pattern)) != pid:
                    return False
            except Exception:  # a construct RE2 rejects: never ruled out
                always.add(pid)
                if rset.Add(r"\z.") != pid:  # a never-matching stand-in keeps ids aligned
                    return False
        try:
            rset.Compile()
        except Exception:
            return False
        self._re2set = rset
        self.always = frozenset(always)
        return True

    def _build_literals(self) -> None:
        for pid, pattern in enumerate(self.sources):
            conditions = required_conditions(pattern)
            if not conditions:
                self._no_literals.add(pid)
                continue
            key = conditions[0]
            # Extra conditions made only of common words filter little and flood the
            # automaton with matches on every text; only selective ones are checked.
            extra = [c for c in conditions[1:] if not all(is_common(f) for f in c)]
            for factor in key:
                self._by_key.setdefault(factor, []).append(pid)
            self._literals |= key
            if extra:
                self._extra[pid] = extra
                for cond in extra:
                    self._literals |= cond
        self.always = frozenset(self._no_literals)
        self._keys = frozenset(self._by_key)
        self._plain = {
            k: frozenset(p for p in pids if p not in self._extra)
            for k, pids in self._by_key.items()
        }
        self._conditional = {
            k: [p for p in pids if p in self._extra] for k, pids in self._by_key.items()
        }
        automaton = ahocorasick.Automaton()
        for literal in sorted(self._literals):
            automaton.add_word(literal, literal)
        if len(automaton):
            automaton.make_automaton()
            self._automaton = automaton

    def candidates(self, text: str) -> frozenset[int]:
        """Patterns that could match `text` (a superset of those that do)."""
        if self._re2set is not None:
            found = self._re2set.Match(text)
            if not found:
                return self.always
            return self.always.union(found)
        if self._automaton is None:
            return self.always
        present = frozenset(map(_SECOND, self._automaton.iter(text)))
        out = set(self.always)
        extra = self._extra
        for factor in self._keys.intersection(present):
            out.update(self._plain[factor])
            for pid in self._conditional[factor]:
                if not any(c.isdisjoint(present) for c in extra[pid]):
                    out.add(pid)
        return frozenset(out)


class Scan:
    """One canonical text under evaluation: its candidate patterns and per-text results.

    Checks shared by several rules (a lexicon entry used by three rules) run once per text.
    """

    __slots__ = ("candidates", "memo", "text")

    def __init__(self, text: str, candidates: frozenset[int]) -> None:
        self.text = text
        self.candidates = candidates
        self.memo: dict[int, list[tuple[int, int]]] = {}
