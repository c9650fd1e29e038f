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
from dsaudit.prefilter import is_common, required_conditions

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
    factors: frozenset[str] | None
    literals: frozenset[str]
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
        self.factors: set[str] = set()  # index keys: a pattern cannot match without one
        self.all_literals: set[str] = set()  # further conditions, checked before running
        self.needs: dict[int, bool] = {}  # id(check) -> it cannot match without a literal

    def _mark(self, check: Check, needs: bool) -> Check:
        self.needs[id(check)] = needs
        return check

    def leaf(self, patterns: list[str]) -> Check:
        compiled: list[re.Pattern[str]] = []
        always: list[int] = []
        by_factor: dict[str, list[int]] = {}
        extra: dict[int, list[frozenset[str]]] = {}
        for i, pat in enumerate(patterns):
            try:
                compiled.append(re.compile(pat))
            except re.error as exc:
                raise RuleError(f"{self.where}: bad regex {pat[:60]!r}: {exc}") from None
            conditions = required_conditions(pat)
            if not conditions:
                always.append(i)
                continue
            key = conditions[0]
            # Extra conditions made of common words filter little and flood the automaton
            # with matches on every text; only the selective ones are checked.
            rest = [c for c in conditions[1:] if not all(is_common(f) for f in c)]
            self.factors |= key
            for cond in rest:
                self.all_literals |= cond
            if rest:
                extra[i] = rest
            for factor in key:
                by_factor.setdefault(factor, []).append(i)

        keys = frozenset(by_factor)

        def run(text: str, present: frozenset[str]) -> list[Span]:
            # Only patterns whose every literal condition is met by the text can match.
            todo = set(always)
            for factor in keys.intersection(present):
                todo.update(by_factor[factor])
            for i in sorted(todo):
                more = extra.get(i)
                if more and any(cond.isdisjoint(present) for cond in more):
                    continue
                found = compiled[i].finditer(text)
                out = [m.span() for m, _ in zip(found, range(_MAX_SPANS), strict=False)]
                if out:
                    return out
            return []

        return self._mark(run, not always)

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
            parts = [self.check(c) for c in node["all"]]
            needs = any(self.needs[id(c)] for c in parts)
            return self._mark(_windowed(parts, node.get("window")), needs)
        if "any" in node:
            kids = [self.check(c) for c in node["any"]]

            def any_of(text: str, present: frozenset[str]) -> list[Span]:
                for kid in kids:
                    spans = kid(text, present)
                    if spans:
                        return spans
                return []

            return self._mark(any_of, all(self.needs[id(c)] for c in kids))
        inner = self.check(node["not"])
        return self._mark(lambda text, present: [] if inner(text, present) else [(0, 0)], False)


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
) -> tuple[Check, frozenset[str] | None]:
    """Compile one (schema-validated) check node.

    Returns the check and its prefilter literals: the check cannot match a text holding
    none of them. None when no such guarantee exists (a `not`, an unfactorable pattern).
    """
    compiler = _Compiler(where, lexicon or {})
    check = compiler.check(node)
    return check, frozenset(compiler.factors) if compiler.needs[id(check)] else None


def literals_of(node: dict[str, Any], lexicon: Lexicon | None = None) -> frozenset[str]:
    """Every literal a check's prefilter looks for (the automaton must know them all)."""
    compiler = _Compiler("", lexicon or {})
    compiler.check(node)
    return frozenset(compiler.factors | compiler.all_literals)


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
    literals = literals_of(data["match"], lexicon)
    return Rule(
        info=info,
        scope=frozenset(scope),
        check=check,
        factors=factors,
        literals=literals,
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
                raise RuleError(
                    f"{path}: duplicate rule id {rule.id} (also in {rules[rule.id].path})"
                )
            rules[rule.id] = rule
    return sorted(rules.values(), key=lambda r: r.id)
