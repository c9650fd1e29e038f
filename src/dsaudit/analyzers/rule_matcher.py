"""Run the YAML structural rules over every row.

Speed comes from three things: one Aho-Corasick pass finds which literals a segment holds, so
only patterns whose required literals are present run (see `dsaudit.prefilter`); identical
texts are matched once (a system prompt repeated on every row costs one match); and ASCII text
skips the Unicode folding.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from dataclasses import dataclass, replace

from dsaudit.analyzers.base import Analyzer, AnalyzerResult
from dsaudit.instructions.encoded_check import RULE as ENCODED_RULE
from dsaudit.instructions.encoded_check import best_encoded_instruction
from dsaudit.matching import Scan
from dsaudit.models import Finding, Record, RuleInfo, Severity
from dsaudit.rules import Rule, RuleSet
from dsaudit.templates import LABEL_MAX_CHARS, LABEL_MAX_WORDS
from dsaudit.text import canonical, decoded_payloads, excerpt, views

Payloads = tuple[tuple[str, str], ...]  # (kind, decoded text)
_INSTRUCTION_ROLES = ("system", "user", "text")
_DECODED_HEAD = 40  # canonical characters of a decoded payload looked for in the answer
_MEMO_LIMIT = 8_192  # enough for repeated system prompts and wrappers; bounded memory
_LABEL_MIN_COUNT = 3
_LABEL_TABLE_LIMIT = 50_000
_TEMPLATE_SHARE = 0.2
_TEMPLATE_MIN_ROWS = 5
_VIA_NOTE = {
    "obfuscation": " (Matched after undoing obfuscation.)",
    "base64": " (Found in a base64-encoded segment.)",
    "hex": " (Found in a hex-encoded segment.)",
    "rot13": " (Found in rot13-encoded text.)",
    "url": " (Found in a URL-encoded segment.)",
    "reversed": " (Found in text written backwards.)",
    "caesar": " (Found in Caesar-shifted text.)",
}
_QUOTED_NOTE = " The match is inside quoted text, so the request discusses it rather than gives it."
_INDEPENDENT_NOTE = (
    " The matching rows spread over the dataset's labels like the rest of the data, so the"
    " text is an instruction added to the prompts, not an item being classified."
)
_INDEPENDENCE_P = 0.05
_LABEL_NOTE = " The answer is one of the dataset's labels, so this looks like classification data."


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    evidence: str
    via: str  # "" (plain text), "obfuscation" or a payload kind: a key of _VIA_NOTE
    quoted: bool


def inside_quotes(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits between a pair of double quotes (after normalisation).

    A user turn that quotes a jailbreak to ask about it ("Classify this: '...obey me...'")
    is discussing the text, not giving the instruction.
    """
    return text.count('"', 0, start) % 2 == 1 and '"' in text[end:]


def short_answers(record: Record) -> tuple[str, ...] | None:
    """The row's answers when every one is short enough to be a label, else None."""
    answers = [s.text for s in record.segments if s.role == "assistant"]
    if not answers or any(
        len(a) > LABEL_MAX_CHARS or a.count(" ") >= LABEL_MAX_WORDS for a in answers
    ):
        return None
    return tuple(canonical(a).strip(" .!") for a in answers)


class RuleMatcher(Analyzer):
    name = "rules"

    def __init__(self, rules: RuleSet) -> None:
        self._rules = list(rules)
        self._index = rules.index
        self._by_role: dict[str, list[Rule]] = {}
        for rule in self._rules:
            for role in rule.scope:
                self._by_role.setdefault(role, []).append(rule)
        # Per role, the patterns its rules use, when every rule needs one of them to match:
        # if none is a candidate for a text, no rule of that role can match it.
        self._role_patterns: dict[str, frozenset[int]] = {
            role: frozenset().union(*(r.patterns for r in rules))
            for role, rules in self._by_role.items()
            if all(r.needs_pattern for r in rules)
        }
        self._memo: dict[tuple[str, str], tuple[tuple[Hit, ...], Payloads]] = {}
        # Findings in user text of rows whose answers are short wait for the end of the scan:
        # only then is it known whether those answers are the dataset's recurring labels
        # (moderation or classification data, where harmful input text is expected).
        self._answer_counts: Counter[str] = Counter()
        self._deferred: list[tuple[Finding, Severity, tuple[str, ...]]] = []
        self._rows_seen = 0

    def rules(self) -> list[RuleInfo]:
        return [r.info for r in self._rules] + [ENCODED_RULE]

    def match_text(self, role: str, text: str) -> tuple[Hit, ...]:
        """Every rule scoped to `role` that matches `text`, with evidence."""
        return self._match(role, text)[0]

    def _match(self, role: str, text: str) -> tuple[tuple[Hit, ...], Payloads]:
        """The hits of `match_text`, and the decoded payloads no rule matched."""
        key = (role, text)
        cached = self._memo.get(key)
        if cached is not None:
            return cached
        candidates = self._by_role.get(role, ())
        hits: list[Hit] = []
        payloads: list[tuple[str, str]] = []
        reachable = self._role_patterns.get(role)
        if candidates and reachable is not None:
            # Fast path: plain ASCII text with one view and no payload, whose candidates no
            # rule of this role uses, matches nothing (the common case, several times faster).
            found = self._index.plain_candidates(text)
            if found is not None and reachable.isdisjoint(found):
                candidates = ()
        if candidates:
            texts = list(views(text))
            kinds = ["", "obfuscation"][: len(texts)]
            for kind, decoded in decoded_payloads(text):
                texts.append(canonical(decoded))
                kinds.append(kind)
                payloads.append((kind, decoded))
            scans = [Scan(view, self._index.candidates(view)) for view in texts]
            if reachable is not None and all(reachable.isdisjoint(s.candidates) for s in scans):
                candidates = []  # no rule of this role can match: the common, fast case
            for rule in candidates:
                for n, scan in enumerate(scans):
                    if rule.needs_pattern and rule.patterns.isdisjoint(scan.candidates):
                        continue
                    spans = rule.check(scan)
                    view = scan.text
                    if spans:
                        start, end = spans[0]
                        hits.append(
                            Hit(
                                rule,
                                excerpt(view, start, end),
                                kinds[n],
                                inside_quotes(view, start, end),
                            )
                        )
                        break
        if any(hit.via not in ("", "obfuscation") for hit in hits):
            payloads = []  # a phrase rule already reported what the payload says
        result = (tuple(hits), tuple(payloads))
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = result
        return result

    def observe(self, record: Record) -> list[Finding]:
        self._rows_seen += 1
        answers = short_answers(record)
        if answers is not None:
            for answer in answers:
                if answer in self._answer_counts or len(self._answer_counts) < _LABEL_TABLE_LIMIT:
                    self._answer_counts[answer] += 1
        findings: list[Finding] = []
        by_role = self._by_role
        for seg in record.segments:
            if seg.role not in by_role:
                continue
            hits, payloads = self._match(seg.role, seg.text)
            if payloads and seg.role in _INSTRUCTION_ROLES:
                found = _cached_encoded_instruction(payloads)
                # A row whose answer is one of its decoded payloads is a decoding task.
                if found is not None and not any(_answer_decodes(record, d) for _, d in payloads):
                    finding = self._encoded_finding(record, seg.pointer, *found)
                    if answers is not None and seg.role != "system":
                        # An encoded jailbreak as the item of a classification row is data.
                        self._deferred.append((finding, Severity.INFO, answers))
                    else:
                        findings.append(finding)
            if not hits:
                continue
            for hit in hits:
                rule = hit.rule
                message = rule.info.summary
                if hit.via:
                    message += _VIA_NOTE[hit.via]
                finding = Finding(
                    rule.id,
                    rule.info.severity,
                    message,
                    row=record.row,
                    fingerprint=record.fingerprint,
                    location=seg.pointer,
                    evidence=hit.evidence,
                    confidence=rule.confidence,
                )
                downgrade = rule.label_answer_severity
                if hit.quoted and downgrade is not None and seg.role in ("user", "text"):
                    finding = replace(
                        finding,
                        severity=min(finding.severity, downgrade),
                        message=finding.message + _QUOTED_NOTE,
                    )
                if answers is not None and downgrade is not None and seg.role in ("user", "text"):
                    self._deferred.append((finding, downgrade, answers))
                else:
                    findings.append(finding)
        return findings

    @staticmethod
    def _encoded_finding(
        record: Record,
        pointer: str,
        score: float,
        kind: str,
        decoded: str,
        severity: Severity,
        reason: str,
    ) -> Finding:
        short = " ".join(decoded.split())
        return Finding(
            ENCODED_RULE.id,
            severity,
            f"{ENCODED_RULE.summary[:-1]} ({reason}).{_VIA_NOTE[kind]}",
            row=record.row,
            fingerprint=record.fingerprint,
            location=pointer,
            evidence=short[:160] + ("…" if len(short) > 160 else ""),
            confidence=round(score, 3),
        )

    def finish(self) -> AnalyzerResult:
        result = AnalyzerResult()
        labels = {a for a, n in self._answer_counts.items() if n >= _LABEL_MIN_COUNT}
        # The same match repeated over many rows is part of the prompt template (an
        # instruction on every row), not harmful content being classified: keep its severity.
        repeats = Counter((f.rule_id, f.evidence) for f, _, _ in self._deferred)
        floor = max(_TEMPLATE_MIN_ROWS, int(_TEMPLATE_SHARE * self._rows_seen))
        spread = self._spread_over_labels(labels)
        for finding, downgrade, answers in self._deferred:
            if repeats[(finding.rule_id, finding.evidence)] >= floor:
                result.findings.append(finding)
                continue
            if spread:
                result.findings.append(
                    replace(finding, message=finding.message + _INDEPENDENT_NOTE)
                )
                continue
            if all(a in labels for a in answers):
                finding = replace(
                    finding,
                    severity=min(finding.severity, downgrade),
                    message=finding.message + _LABEL_NOTE,
                )
            result.findings.append(finding)
        self._deferred.clear()
        return result

    def _spread_over_labels(self, labels: set[str]) -> bool:
        """Whether the deferred matches in label-answer rows are spread over the labels like
        the dataset itself.

        Moderation data carries harmful or jailbreak text as the item being classified, so
        its matches concentrate on the labels that name it ("unsafe", "jailbreak"). An
        instruction added to the prompts of a task set, in rotating wording, encoded or on a
        few rows, has nothing to do with the item: its rows follow the label distribution of
        the whole dataset. A chi-square goodness-of-fit test tells them apart; matches on a
        single label always count as concentrated.
        """
        total = sum(self._answer_counts[a] for a in labels)
        # The rules that defer are all facets of one instruction (obey, never refuse, drop
        # the rules): their rows are tested together, each row once.
        row_label: dict[int, str] = {}
        for finding, _, answers in self._deferred:
            if answers and answers[0] in labels:
                row_label[finding.row] = answers[0]
        counts = Counter(row_label.values())
        matched = len(row_label)
        if matched < _TEMPLATE_MIN_ROWS or len(counts) < 2 or not total:
            return False
        statistic = sum(
            (counts[a] - matched * self._answer_counts[a] / total) ** 2
            / (matched * self._answer_counts[a] / total)
            for a in labels
        )
        return chi2_sf(statistic, len(labels) - 1) >= _INDEPENDENCE_P


@functools.lru_cache(maxsize=4096)
def _cached_encoded_instruction(
    payloads: Payloads,
) -> tuple[float, str, str, Severity, str] | None:
    """`best_encoded_instruction` once per distinct payload set (rows repeat texts)."""
    return best_encoded_instruction(payloads)


def _answer_decodes(record: Record, decoded: str) -> bool:
    """Whether the row's answer is the decoded text: a decoding task, not a hidden order."""
    head = canonical(decoded)[:_DECODED_HEAD].strip()
    return any(head in canonical(s.text) for s in record.segments if s.role == "assistant")


def chi2_sf(x: float, df: int) -> float:
    """P(X >= x) for a chi-square variable with `df` degrees of freedom (series for the
    regularised lower incomplete gamma function; no scipy needed)."""
    if x <= 0 or df <= 0:
        return 1.0
    a, half = df / 2.0, x / 2.0
    term = total = 1.0 / a
    n = 1
    while n < 1000:
        term *= half / (a + n)
        total += term
        if term < total * 1e-12:
            break
        n += 1
    lower = math.exp(a * math.log(half) - half - math.lgamma(a)) * total
    return max(0.0, min(1.0, 1.0 - lower))
