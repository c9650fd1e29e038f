"""A placeholder analyzer that only reports why a real one did not run (in the summary)."""

from __future__ import annotations

from typing import Any

from dsaudit.analyzers.base import Analyzer, AnalyzerResult
from dsaudit.models import Finding, Record, RuleInfo


class NoteAnalyzer(Analyzer):
    def __init__(self, name: str, summary: dict[str, Any]) -> None:
        self.name = name
        self._summary = summary

    def rules(self) -> list[RuleInfo]:
        return []

    def observe(self, record: Record) -> list[Finding]:
        return []

    def finish(self) -> AnalyzerResult:
        return AnalyzerResult(summary=dict(self._summary))
