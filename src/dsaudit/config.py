"""Configuration: `[tool.dsaudit]` in pyproject.toml or `.dsaudit.toml`, then CLI overrides.

The nearest file from the working directory upwards wins, as with ruff and bandit, so a
dataset repository carries its own policy.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dsaudit.models import Severity
from dsaudit.schemas import FieldMapping

_KEYS = {
    "select",
    "ignore",
    "fail-on",
    "schema",
    "max-line-bytes",
    "baseline",
    "extra-rules",
    "split",
    "near-duplicates",
    "embedder",
    "heads",
}
# Content classifiers are opt-in until their measured precision is good enough to gate on by
# default (CHANGELOG, Accuracy). "auto": the static fast path when it is installed, else a note
# in the report; naming an embedder makes its absence an error.
EMBEDDER_AUTO, EMBEDDER_OFF = "auto", "none"


class ConfigError(ValueError):
    """A config file or option is invalid; the message names the file and key."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    mapping: FieldMapping | None = None
    max_line_bytes: int = 16 * 1024 * 1024
    baseline: Path | None = None
    extra_rules: tuple[Path, ...] = ()
    split: str | None = None
    near_duplicates: bool = False  # MinHash near-duplicate search (DSA307), opt-in for speed
    embedder: str = EMBEDDER_OFF  # content classifiers: none | auto | static | minilm | a model
    heads: Path | None = None  # folder of classifier heads trained for a custom embedder
    source: str = ""  # the file the config came from, for messages

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _as_tuple(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: {key} must be a string or a list of strings")


def from_table(table: dict[str, Any], where: str, base: Path) -> Config:
    """Build a Config from a `[tool.dsaudit]`-style table; relative paths resolve from `base`."""
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s): {', '.join(sorted(unknown))}")
    cfg = Config(source=where)
    try:
        if "select" in table:
            cfg = replace(cfg, select=_as_tuple(table["select"], "select", where))
        if "ignore" in table:
            cfg = replace(cfg, ignore=_as_tuple(table["ignore"], "ignore", where))
        if "fail-on" in table:
            cfg = replace(cfg, fail_on=Severity.parse(str(table["fail-on"])))
        if "schema" in table:
            cfg = replace(cfg, mapping=FieldMapping.parse(table["schema"]))
        if "max-line-bytes" in table:
            value = table["max-line-bytes"]
            if not isinstance(value, int) or value < 1024:
                raise ValueError("max-line-bytes must be an integer >= 1024")
            cfg = replace(cfg, max_line_bytes=value)
        if "baseline" in table:
            cfg = replace(cfg, baseline=base / str(table["baseline"]))
        if "extra-rules" in table:
            dirs = _as_tuple(table["extra-rules"], "extra-rules", where)
            cfg = replace(cfg, extra_rules=tuple(base / d for d in dirs))
        if "split" in table:
            cfg = replace(cfg, split=str(table["split"]))
        if "near-duplicates" in table:
            if not isinstance(table["near-duplicates"], bool):
                raise ValueError("near-duplicates must be true or false")
            cfg = replace(cfg, near_duplicates=table["near-duplicates"])
        if "embedder" in table:
            if not isinstance(table["embedder"], str) or not table["embedder"].strip():
                raise ValueError("embedder must be a non-empty string")
            cfg = replace(cfg, embedder=table["embedder"].strip())
        if "heads" in table:
            cfg = replace(cfg, heads=base / str(table["heads"]))
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    return cfg


def find_config(start: Path) -> Path | None:
    """The nearest `.dsaudit.toml`, or pyproject.toml with a [tool.dsaudit] table."""
    for folder in [start, *start.parents]:
        own = folder / ".dsaudit.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text("utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            if "dsaudit" in data.get("tool", {}):
                return pyproject
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Read the given config file, or the nearest one from `start` (default: cwd)."""
    if path is None:
        path = find_config((start or Path.cwd()).resolve())
        if path is None:
            return Config()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("dsaudit", {})
        where = f"{path} [tool.dsaudit]"
    else:
        table = data.get("tool", {}).get("dsaudit", data)
        where = str(path)
    return from_table(table, where, path.parent)


@dataclass
class RuleFilter:
    """`select` / `ignore` by rule id prefix, rule name or family name."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    _cache: dict[str, bool] = field(default_factory=dict)

    @staticmethod
    def _hits(patterns: tuple[str, ...], rule_id: str, names: tuple[str, ...]) -> bool:
        return any(rule_id.startswith(p.upper()) or p in names for p in patterns)

    def allows(self, rule_id: str, *names: str) -> bool:
        cached = self._cache.get(rule_id)
        if cached is None:
            cached = (not self.select or self._hits(self.select, rule_id, names)) and not (
                self.ignore and self._hits(self.ignore, rule_id, names)
            )
            self._cache[rule_id] = cached
        return cached
