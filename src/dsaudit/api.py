"""The library API the CLI stands on: `scan(source, config) -> Report`."""

from __future__ import annotations

from pathlib import Path

from dsaudit.analyzers import OPTIONAL, REGISTRY
from dsaudit.analyzers.base import Analyzer
from dsaudit.analyzers.note import NoteAnalyzer
from dsaudit.config import EMBEDDER_AUTO, EMBEDDER_OFF, Config, ConfigError
from dsaudit.engine import Engine, Progress
from dsaudit.models import Report
from dsaudit.rules import RuleSet, default_rules_dir, load_rules

# Below this size the literal candidate stage beats RE2, whose DFA is still warming up
# (measured on 24.6k real task rows, 8 MB: 8.0-9.0 s vs 11.8-12.3 s; on 1k rows 1.2 vs 1.9 s).
SMALL_INPUT_BYTES = 16 << 20


def build_rules(config: Config, source: str | Path | None = None) -> RuleSet:
    small = False
    if source is not None:
        path = Path(source)
        small = path.is_file() and path.stat().st_size < SMALL_INPUT_BYTES
    return load_rules([default_rules_dir(), *config.extra_rules], small_input=small)


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
    rules = build_rules(config, source)
    analyzers = [factory(rules) for factory in REGISTRY.values()]
    if config.near_duplicates:
        analyzers.append(OPTIONAL["near-duplicates"](rules))
    content = content_analyzer(config)
    if content is not None:
        analyzers.append(content)
    return Engine(analyzers, config).run(source, progress)


def content_analyzer(config: Config) -> Analyzer | None:
    """The embedding classifiers the config asks for; under "auto", a note when unavailable.

    Raises ConfigError when an explicitly named embedder or heads folder cannot be used.
    """
    if config.embedder == EMBEDDER_OFF:
        return None
    try:
        from dsaudit.analyzers.content import ContentAnalyzer
        from dsaudit.embed.encoders import EncoderUnavailable
        from dsaudit.embed.heads import HeadError
    except ImportError as exc:  # numpy or tokenizers missing: a core install without extras
        if config.embedder == EMBEDDER_AUTO:
            return NoteAnalyzer("content", {"skipped": f"{exc}; pip install 'dsaudit[embed]'"})
        raise ConfigError(f"embedder {config.embedder!r}: {exc}") from None
    name = "static" if config.embedder == EMBEDDER_AUTO else config.embedder
    try:
        return ContentAnalyzer.open(name, config.heads)
    except (EncoderUnavailable, HeadError) as exc:
        if config.embedder == EMBEDDER_AUTO and config.heads is None:
            return NoteAnalyzer("content", {"skipped": str(exc)})
        raise ConfigError(f"embedder {config.embedder!r}: {exc}") from None
