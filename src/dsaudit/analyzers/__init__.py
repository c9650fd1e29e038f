"""The analyzer registry: one file per analyzer, listed here explicitly."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dsaudit.analyzers.base import Analyzer, AnalyzerResult
from dsaudit.analyzers.rule_matcher import RuleMatcher
from dsaudit.rules import Rule

AnalyzerFactory = Callable[[Sequence[Rule]], Analyzer]

REGISTRY: dict[str, AnalyzerFactory] = {
    "rules": RuleMatcher,
}

__all__ = ["REGISTRY", "Analyzer", "AnalyzerResult", "RuleMatcher"]
