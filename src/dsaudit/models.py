"""Core value types shared by every stage: records in, findings and a report out.

They are plain frozen dataclasses so that analyzers, formatters, the baseline and the
fix/probe stages agree on one shape and nothing mutates a finding after it is made.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Severity(enum.IntEnum):
    """Finding severity; the integer order is what `--fail-on` compares."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None

    @property
    def label(self) -> str:
        return self.name.lower()


class Verdict(enum.StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


class Segment(NamedTuple):
    """One piece of text in a row, with the role it plays and where it lives.

    `pointer` is a JSON pointer into the original row (e.g. `/messages/2/content`), so a
    finding can say exactly which field it is about. A NamedTuple, not a frozen dataclass:
    millions are built per scan and tuples are several times cheaper to construct.
    """

    role: str  # system | user | assistant | tool | text
    text: str
    pointer: str


class Record(NamedTuple):
    """A dataset row: its 1-based line, the original data untouched, and a normalised view.

    Immutable like every core type; a NamedTuple for construction speed (one per row).
    """

    row: int
    data: dict[str, Any]
    fingerprint: str
    schema: str
    segments: tuple[Segment, ...]

    def texts(self, role: str) -> list[str]:
        return [s.text for s in self.segments if s.role == role]

    @property
    def system(self) -> str | None:
        parts = self.texts("system")
        return "\n".join(parts) if parts else None


@dataclass(frozen=True, slots=True)
class Finding:
    """One reason to worry about a dataset or a row.

    `rule_id` is a public contract: baselines, SARIF, config and suppressions key on it.
    `row` is 0 for dataset-level findings.
    """

    rule_id: str
    severity: Severity
    message: str
    row: int = 0
    fingerprint: str = ""
    location: str = ""
    evidence: str = ""
    confidence: float = 1.0
    score: float | None = None

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.row, -int(self.severity), self.rule_id, self.location)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule_id": self.rule_id,
            "severity": self.severity.label,
            "confidence": round(self.confidence, 3),
            "message": self.message,
            "row": self.row,
            "fingerprint": self.fingerprint,
            "location": self.location,
            "evidence": self.evidence,
        }
        if self.score is not None:
            out["score"] = round(self.score, 4)
        return out


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What `dsaudit rules` and `explain` show, and what SARIF lists in its driver."""

    id: str
    name: str
    severity: Severity
    summary: str
    description: str = ""
    remediation: str = ""
    family: str = ""
    references: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InputError:
    """A problem with the input itself (not a row): e.g. a missing file."""

    source: str
    message: str
    line: int = 0

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Report:
    """The result of a scan: what was read, what was found, and the gate's verdict."""

    source: str
    version: str
    records: int
    findings: tuple[Finding, ...]
    verdict: Verdict
    risk: float
    rules: tuple[RuleInfo, ...] = ()
    errors: tuple[str, ...] = ()
    suppressed: int = 0
    baselined: int = 0
    schemas: dict[str, int] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out = {s.label: 0 for s in sorted(Severity, reverse=True)}
        for f in self.findings:
            out[f.severity.label] += 1
        return out

    def counts_by_rule(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.rule_id] = out.get(f.rule_id, 0) + 1
        return dict(sorted(out.items()))

    def rows_flagged(self) -> int:
        return len({f.row for f in self.findings if f.row})

    def worst(self, minimum: Severity = Severity.INFO) -> Severity | None:
        sev = [f.severity for f in self.findings if f.severity >= minimum]
        return max(sev) if sev else None
