"""Structural rules kept as data: load `rules/*.yaml`, validate, compile.

A rule is one YAML file with an id, a scope (which roles' text it reads), a check tree built
from a small closed set of kinds (`regex`, `phrases`, `ref`, `all` with an optional `window`,
`any`, `not`) and its own examples that must and must not match. Adding a rule needs no Python.
`ref` names a pattern list in `rules/lexicon/*.yaml`: one concept ("obedience demand",
"identity reset") written once, in every language, and shared by the rules that need it.
Patterns are written against the canonical text (see `dsaudit.text`): lower case, no accents,
no invisible characters, homoglyphs folded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from dsaudit.models import RuleInfo, Severity
from dsaudit.prefilter import required_factors

Span = tuple[int, int]
# A compiled check takes the canonical text and the set of prefilter literals present in it,
# and returns every (start, end) span where it holds; empty when it does not.
Check = Callable[[str, frozenset[str]], list[Span]]
Lexicon = dict[str, list[str]]

_MAX_SPANS = 64


class RuleError(ValueError):
    """A rule file is invalid; the message names the file."""


@dataclass(frozen=True)
class Rule:
    info: RuleInfo
    scope: frozenset[str]
    check: Check
    factors: frozenset[str]
    confidence: float
    label_answer_severity: Severity | None
    examples_match: tuple[dict[str, str], ...]
    examples_no_match: tuple[dict[str, str], ...]
    path: str

    @property
    def id(self) -> str:
        return self.info.id


class _Compiler:
    """Compiles a check tree; collects the prefilter literals of every pattern it sees."""

    def __init__(self, where: str, lexicon: Lexicon) -> None:
        self.where = where
        self.lexicon = lexicon
        self.factors: set[str] = set()

    def leaf(self, patterns: list[str]) -> Check:
        compiled: list[tuple[re.Pattern[str], frozenset[str] | None]] = []
        for pat in patterns:
            try:
                rx = re.compile(pat)
            except re.error as exc:
                raise RuleError(f"{self.where}: bad regex {pat[:60]!r}: {exc}") from None
            factors = required_factors(pat)
            if factors:
                self.factors |= factors
            compiled.append((rx, factors))

        def run(text: str, present: frozenset[str]) -> list[Span]:
            for rx, factors in compiled:
                if factors is not None and factors.isdisjoint(present):
                    continue
                out = [m.span() for m, _ in zip(rx.finditer(text), range(_MAX_SPANS), strict=False)]
                if out:
                    return out
            return []

        return run

    def check(self, node: dict[str, Any]) -> Check:
        if "ref" in node:
            if node["ref"] not in self.lexicon:
                raise RuleError(f"{self.where}: unknown lexicon entry {node['ref']!r}")
            return self.leaf(self.lexicon[node["ref"]])
        if "regex" in node:
            return self.leaf(node["regex"] if isinstance(node["regex"], list) else [node["regex"]])
        if "phrases" in node:
            return self.leaf([_phrase_pattern(p) for p in node["phrases"]])
        if "all" in node:
            return _windowed([self.check(c) for c in node["all"]], node.get("window"))
        if "any" in node:
            kids = [self.check(c) for c in node["any"]]

            def any_of(text: str, present: frozenset[str]) -> list[Span]:
                for kid in kids:
                    spans = kid(text, present)
                    if spans:
                        return spans
                return []

            return any_of
        inner = self.check(node["not"])
        return lambda text, present: [] if inner(text, present) else [(0, 0)]


def _phrase_pattern(phrase: str) -> str:
    words = [re.escape(w) for w in phrase.strip().split()]
    return r"\b" + r"\s+".join(words) + r"\b"


def _windowed(children: list[Check], window: int | None) -> Check:
    def run(text: str, present: frozenset[str]) -> list[Span]:
        found = []
        for child in children:
            spans = child(text, present)
            if not spans:
                return []
            found.append(spans)
        if window is None:
            return [(min(s[0][0] for s in found), max(s[0][1] for s in found))]
        for start, end in found[0]:
            lo, hi = start, end
            for spans in found[1:]:
                near = [s for s in spans if abs(s[0] - start) <= window]
                if not near:
                    break
                lo, hi = min(lo, near[0][0]), max(hi, near[0][1])
            else:
                return [(lo, hi)]
        return []

    return run


def compile_check(
    node: dict[str, Any], where: str, lexicon: Lexicon | None = None
) -> tuple[Check, frozenset[str]]:
    """Compile one (schema-validated) check node; return it with its prefilter literals."""
    compiler = _Compiler(where, lexicon or {})
    check = compiler.check(node)
    return check, frozenset(compiler.factors)


def _schema() -> dict[str, Any]:
    spec = resources.files("dsaudit").joinpath("specs/rule.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(spec)
    return data


def _example(value: str | dict[str, str], scope: list[str]) -> dict[str, str]:
    return {scope[0]: value} if isinstance(value, str) else dict(value)


def parse_rule(
    data: Any, path: str, validator: jsonschema.protocols.Validator, lexicon: Lexicon | None = None
) -> Rule:
    err = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if err is not None:
        at = "/".join(str(p) for p in err.absolute_path) or "(top)"
        message = err.message if len(err.message) <= 160 else err.message[:160] + "…"
        raise RuleError(f"{path}: invalid rule at {at}: {message}")
    scope = list(data["scope"])
    info = RuleInfo(
        id=data["id"],
        name=data["name"],
        severity=Severity.parse(data["severity"]),
        summary=data["summary"].strip(),
        description=data.get("description", "").strip(),
        remediation=data.get("remediation", "").strip(),
        family=data["family"],
        references=tuple(data.get("references", ())),
    )
    label = data.get("label_answer_severity")
    check, factors = compile_check(data["match"], path, lexicon)
    return Rule(
        info=info,
        scope=frozenset(scope),
        check=check,
        factors=factors,
        confidence=float(data["confidence"]),
        label_answer_severity=Severity.parse(label) if label else None,
        examples_match=tuple(_example(e, scope) for e in data["examples"]["match"]),
        examples_no_match=tuple(_example(e, scope) for e in data["examples"]["no_match"]),
        path=path,
    )


def default_rules_dir() -> Path:
    """The rules shipped in the wheel, or the repository's `rules/` in a source checkout."""
    packaged = Path(str(resources.files("dsaudit"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: not valid YAML: {exc}") from None


def load_lexicon(dirs: Iterable[Path]) -> Lexicon:
    """Named pattern lists from each folder's `lexicon/*.yaml`; later folders may extend."""
    schema = _schema()
    validator = jsonschema.Draft202012Validator({**schema, **schema["$defs"]["lexicon"]})
    lexicon: Lexicon = {}
    for folder in dirs:
        for path in sorted((Path(folder) / "lexicon").glob("*.yaml")):
            data = _read_yaml(path)
            err = jsonschema.exceptions.best_match(validator.iter_errors(data))
            if err is not None:
                raise RuleError(f"{path}: invalid lexicon entry: {err.message[:160]}")
            lexicon.setdefault(data["name"], []).extend(data["regex"])
    return lexicon


def load_rules(dirs: Iterable[Path] | None = None) -> list[Rule]:
    """Load and validate every `*.yaml` rule; duplicate ids are an error."""
    folders = list(dirs or [default_rules_dir()])
    validator = jsonschema.Draft202012Validator(_schema())
    lexicon = load_lexicon(folders)
    rules: dict[str, Rule] = {}
    for folder in folders:
        for path in sorted(Path(folder).glob("*.yaml")):
            rule = parse_rule(_read_yaml(path), str(path), validator, lexicon)
            if rule.id in rules:
                raise RuleError(f"{path}: duplicate rule id {rule.id} (also in {rules[rule.id].path})")
            rules[rule.id] = rule
    return sorted(rules.values(), key=lambda r: r.id)
