"""The contract every analyzer follows.

An analyzer sees rows one at a time (`observe`), so the per-row pass streams, and gives its
dataset-level view at the end (`finish`). All analyzers return the same shapes, so the engine
can run, isolate and report them uniformly.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from dsaudit.models import Finding, Record, RuleInfo


@dataclass
class AnalyzerResult:
    """Dataset-level findings and a JSON-ready summary of what the analyzer saw."""

    findings: list[Finding] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)


class Analyzer(ABC):
    #: registry key and the name shown when an analyzer crashes
    name: str = ""

    @abstractmethod
    def rules(self) -> list[RuleInfo]:
        """Every rule this analyzer can report, for `dsaudit rules` and SARIF."""

    @abstractmethod
    def observe(self, record: Record) -> list[Finding]:
        """Findings about one row; called once per row, in file order."""

    def finish(self) -> AnalyzerResult:
        """Findings about the dataset as a whole, after the last row."""
        return AnalyzerResult()
