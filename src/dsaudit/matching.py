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
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

import ahocorasick

from dsaudit.prefilter import is_common, required_conditions
from dsaudit.text import PLAIN_HINTS, plain_canonical

_SECOND = itemgetter(1)
_LOOKAROUND = re.compile(r"\(\?<?[!=](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)")


_WORD_SUPERSET = r"0-9A-Za-z_\x{80}-\x{10FFFF}"
_DIGIT_SUPERSET = r"0-9\x{80}-\x{10FFFF}"


class PatternError(ValueError):
    """A pattern does not compile."""


def re2_superset(pattern: str) -> str:
    """A pattern RE2 accepts that matches at least wherever `pattern` matches.

    Look-arounds and `\\b` are dropped (RE2 lacks them, or has an ASCII-only `\\b`). `\\w`
    and `\\d` become "the ASCII class or any non-ASCII character": a superset of the Unicode
    classes that compiles several times faster than `\\pL` tables (compiling is a fixed cost
    of every scan). Inside a negated class, where a superset would narrow the match, they
    become the exact Unicode classes.
    """
    loose = _LOOKAROUND.sub("", pattern)
    out: list[str] = []
    in_class = negated = False
    i = 0
    while i < len(loose):
        c = loose[i]
        if c == "\\" and i + 1 < len(loose):
            esc = loose[i + 1]
            if esc == "w":
                if negated:
                    out.append(r"\pL\pN_")
                else:
                    out.append(_WORD_SUPERSET if in_class else f"[{_WORD_SUPERSET}]")
            elif esc == "d":
                if negated:
                    out.append(r"\pN")
                else:
                    out.append(_DIGIT_SUPERSET if in_class else f"[{_DIGIT_SUPERSET}]")
            elif not (esc == "b" and not in_class):
                out.append(c + esc)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            negated = False
            out.append(c)
            if loose[i + 1 : i + 2] == "^":
                out.append("^")
                negated = True
                i += 1
            if loose[i + 1 : i + 2] == "]":  # a literal ] first in the class
                out.append("]")
                i += 1
        else:
            if c == "]" and in_class:
                in_class = negated = False
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


class LazyRegexes:
    """Python regexes compiled on first use.

    Compiling every pattern of the shipped rules costs more than scanning thousands of rows,
    and on typical data only a handful ever reach the Python matcher (the candidate stage rules
    the rest out), so trusted patterns compile when first needed.
    """

    def __init__(self) -> None:
        self._sources: list[str] = []
        self._compiled: list[re.Pattern[str] | None] = []

    def append(self, source: str, compiled: re.Pattern[str] | None) -> None:
        self._sources.append(source)
        self._compiled.append(compiled)

    def __getitem__(self, pid: int) -> re.Pattern[str]:
        found = self._compiled[pid]
        if found is None:
            found = self._compiled[pid] = re.compile(self._sources[pid])
        return found

    def __len__(self) -> int:
        return len(self._sources)

    def __iter__(self) -> Iterator[re.Pattern[str]]:
        return (self[pid] for pid in range(len(self)))


class PatternIndex:
    """Every pattern of a rule set, compiled once; `candidates(text)` narrows them down.

    With `validate` (the default) each pattern is compiled as it is added, so a bad regex is
    reported at load time with its rule; the shipped rules, checked by the test suite, skip
    that and compile lazily.
    """

    def __init__(self, validate: bool = True) -> None:
        self.validate = validate
        self.regexes = LazyRegexes()
        self.sources: list[str] = []
        self._ids: dict[str, int] = {}
        self.backend = "literals"
        self._re2set: Any = None
        self._hint_set: Any = None
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
        compiled = None
        if self.validate:
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise PatternError(f"{where}: bad regex {pattern[:60]!r}: {exc}") from None
        pid = len(self.regexes)
        self.regexes.append(pattern, compiled)
        self.sources.append(pattern)
        self._ids[pattern] = pid
        return pid

    def freeze(self, prefer_re2: bool = True) -> None:
        """Build the candidate stage once every pattern is added.

        RE2's lazy DFA builds states as new text arrives: on diverse text it pays that cost for
        many thousand rows (measured: slower than the literal stage up to 25k rows of real
        task data), and only wins on large or repetitive inputs. Small inputs ask for the
        literal stage with `prefer_re2=False`.
        """
        re2 = _load_re2() if prefer_re2 else None
        if re2 is not None and self._build_re2(re2):
            self.backend = "re2"
        else:
            self._build_literals()
            self.backend = "literals"

    def _build_re2(self, re2: Any) -> bool:
        # Two sets: the rule patterns, and the plain-path hints. RE2's lazy DFA builds states
        # as new texts visit them, and states of patterns compiled together multiply; apart,
        # the first pass over real task rows costs 1.85 s instead of 2.93 s (181k matches,
        # 38k distinct texts), at the same speed once warm.
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
        hints = re2.Set.SearchSet(options)
        for n, hint in enumerate(PLAIN_HINTS):
            if hints.Add(hint) != n:
                return False
        try:
            rset.Compile()
            hints.Compile()
        except Exception:
            return False
        self._re2set = rset._set  # the C++ set: Match(bytes), no Python wrapper
        self._hint_set = hints._set
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
        if self._re2set is None:
            return self._literal_candidates(text)
        found = self._re2set.Match(text.encode("utf-8"))
        return self.always.union(found) if found else self.always

    def plain_candidates(self, text: str) -> frozenset[int] | None:
        """Candidates of `text` when its canonical form is its only view and it holds no
        encoded payload (see `dsaudit.text.plain_canonical`); None when it may not be.

        With RE2 the plain-path hints are checked by their own set, before the patterns.
        """
        if self._re2set is None:
            plain = plain_canonical(text)
            return None if plain is None else self._literal_candidates(plain.decode("ascii"))
        plain = plain_canonical(text, check_hints=False)
        if plain is None or self._hint_set.Match(plain):
            return None
        found = self._re2set.Match(plain)
        return self.always.union(found) if found else self.always

    def _literal_candidates(self, text: str) -> frozenset[int]:
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
