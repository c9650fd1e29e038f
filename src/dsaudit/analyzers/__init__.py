"""The analyzer registry: one file per analyzer, listed here explicitly."""

from __future__ import annotations

from collections.abc import Callable

from dsaudit.analyzers.base import Analyzer, AnalyzerResult
from dsaudit.analyzers.content_rules import RULES as CONTENT_RULES
from dsaudit.analyzers.near_duplicates import RULE as NEAR_DUPLICATE_RULE
from dsaudit.analyzers.near_duplicates import NearDuplicateAnalyzer
from dsaudit.analyzers.rule_matcher import RuleMatcher
from dsaudit.analyzers.structure import RULES as STRUCTURE_RULES
from dsaudit.analyzers.structure import StructureAnalyzer
from dsaudit.instructions.encoded_check import RULE as ENCODED_INSTRUCTION_RULE
from dsaudit.models import RuleInfo
from dsaudit.rules import RuleSet
from dsaudit.template_signals import TEMPLATE_RULE

AnalyzerFactory = Callable[[RuleSet], Analyzer]

# Analyzers every scan runs.
REGISTRY: dict[str, AnalyzerFactory] = {
    "rules": RuleMatcher,
    "structure": StructureAnalyzer,
}
# Analyzers a scan runs when its configuration asks (they cost time).
OPTIONAL: dict[str, AnalyzerFactory] = {
    "near-duplicates": NearDuplicateAnalyzer,
}
# Rules defined in code (the YAML rules come from the rule set), for `dsaudit rules`.
CODE_RULES: tuple[RuleInfo, ...] = (
    *STRUCTURE_RULES,
    TEMPLATE_RULE,
    NEAR_DUPLICATE_RULE,
    ENCODED_INSTRUCTION_RULE,
    *CONTENT_RULES,
)

__all__ = [
    "CODE_RULES",
    "OPTIONAL",
    "REGISTRY",
    "Analyzer",
    "AnalyzerResult",
    "NearDuplicateAnalyzer",
    "RuleMatcher",
    "StructureAnalyzer",
]
