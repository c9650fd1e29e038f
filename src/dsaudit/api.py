"""The library API the CLI stands on: `scan(source, config) -> Report`."""

from __future__ import annotations

from pathlib import Path

from dsaudit.analyzers import OPTIONAL, REGISTRY
from dsaudit.config import Config
from dsaudit.engine import Engine, Progress
from dsaudit.models import Report
from dsaudit.rules import RuleSet, default_rules_dir, load_rules


def build_rules(config: Config) -> RuleSet:
    return load_rules([default_rules_dir(), *config.extra_rules])


def scan(
    source: str | Path,
    config: Config | None = None,
    *,
    progress: Progress | None = None,
) -> Report:
    """Scan a dataset file, `datasets` directory or `hf:NAME` and return its Report.

    Raises `dsaudit.InputFailure` when the input cannot be used at all, `ConfigError`,
    `BaselineError` or `RuleError` for bad configuration.
    """
    config = config or Config()
    rules = build_rules(config)
    analyzers = [factory(rules) for factory in REGISTRY.values()]
    if config.near_duplicates:
        analyzers.append(OPTIONAL["near-duplicates"](rules))
    return Engine(analyzers, config).run(source, progress)
