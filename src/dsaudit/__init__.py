"""dsaudit: audit LLM fine-tuning datasets for structures that undo safety alignment.

Public API: `scan`, `Report`, `Finding`, `Severity`, `Verdict`, `Config`, `load_config`.
"""

from __future__ import annotations

from dsaudit._version import __version__
from dsaudit.api import scan
from dsaudit.baseline import BaselineError
from dsaudit.config import Config, ConfigError, load_config
from dsaudit.dataset import InputFailure
from dsaudit.models import Finding, Record, Report, Severity, Verdict
from dsaudit.rules import RuleError

__all__ = [
    "BaselineError",
    "Config",
    "ConfigError",
    "Finding",
    "InputFailure",
    "Record",
    "Report",
    "RuleError",
    "Severity",
    "Verdict",
    "__version__",
    "load_config",
    "scan",
]
