"""Run the YAML structural rules over every row.

Speed comes from three things: one Aho-Corasick pass finds which literals a segment holds, so
only patterns whose required literals are present run (see `dsaudit.prefilter`); identical
texts are matched once (a system prompt repeated on every row costs one match); and ASCII text
skips the Unicode folding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

from dsaudit.analyzers.base import Analyzer
from dsaudit.models import Finding, Record, RuleInfo, Severity
from dsaudit.rules import Rule
from dsaudit.text import excerpt, views

_MEMO_LIMIT = 200_000
_LABEL_MAX_CHARS = 40
_LABEL_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    evidence: str
    deobfuscated: bool


def answers_are_labels(record: Record) -> bool:
    """True when every answer is a short label: the row is classification data, not chat."""
    answers = record.texts("assistant")
    return bool(answers) and all(
        len(a) <= _LABEL_MAX_CHARS and len(a.split()) <= _LABEL_MAX_WORDS for a in answers
    )


class RuleMatcher(Analyzer):
    name = "rules"

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._rules = list(rules)
        self._by_role: dict[str, list[Rule]] = {}
        for rule in self._rules:
            for role in rule.scope:
                self._by_role.setdefault(role, []).append(rule)
        self._automaton = ahocorasick.Automaton()
        for factor in sorted(set().union(*(r.factors for r in self._rules))):
            self._automaton.add_word(factor, factor)
        self._has_factors = len(self._automaton) > 0
        if self._has_factors:
            self._automaton.make_automaton()
        self._memo: dict[tuple[str, str], tuple[Hit, ...]] = {}

    def _present(self, view: str) -> frozenset[str]:
        if not self._has_factors:
            return frozenset()
        return frozenset(found for _, found in self._automaton.iter(view))

    def rules(self) -> list[RuleInfo]:
        return [r.info for r in self._rules]

    def match_text(self, role: str, text: str) -> tuple[Hit, ...]:
        """Every rule scoped to `role` that matches `text`, with evidence."""
        key = (role, text)
        cached = self._memo.get(key)
        if cached is not None:
            return cached
        candidates = self._by_role.get(role, ())
        hits: list[Hit] = []
        if candidates:
            texts = views(text)
            present = [self._present(view) for view in texts]
            for rule in candidates:
                for n, view in enumerate(texts):
                    spans = rule.check(view, present[n])
                    if spans:
                        start, end = spans[0]
                        hits.append(Hit(rule, excerpt(view, start, end), n > 0))
                        break
        result = tuple(hits)
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = result
        return result

    def observe(self, record: Record) -> list[Finding]:
        findings: list[Finding] = []
        labels: bool | None = None
        for seg in record.segments:
            if seg.role not in self._by_role:
                continue
            for hit in self.match_text(seg.role, seg.text):
                rule = hit.rule
                severity = rule.info.severity
                message = rule.info.summary
                if rule.label_answer_severity is not None and seg.role != "assistant":
                    if labels is None:
                        labels = answers_are_labels(record)
                    if labels:
                        severity = min(severity, rule.label_answer_severity)
                        message += " The answer is only a label, so this looks like classification data."
                if hit.deobfuscated:
                    message += " (Matched after undoing obfuscation.)"
                findings.append(
                    Finding(
                        rule.id,
                        Severity(severity),
                        message,
                        row=record.row,
                        fingerprint=record.fingerprint,
                        location=seg.pointer,
                        evidence=hit.evidence,
                        confidence=rule.confidence,
                    )
                )
        return findings
