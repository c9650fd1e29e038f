"""The analyzer registry: one file per analyzer, listed here explicitly."""

from __future__ import annotations

from collections.abc import Callable

from dsaudit.analyzers.base import Analyzer, AnalyzerResult
from dsaudit.analyzers.rule_matcher import RuleMatcher
from dsaudit.analyzers.structure import StructureAnalyzer
from dsaudit.rules import RuleSet

AnalyzerFactory = Callable[[RuleSet], Analyzer]

REGISTRY: dict[str, AnalyzerFactory] = {
    "rules": RuleMatcher,
    "structure": StructureAnalyzer,
}

__all__ = ["REGISTRY", "Analyzer", "AnalyzerResult", "RuleMatcher", "StructureAnalyzer"]
