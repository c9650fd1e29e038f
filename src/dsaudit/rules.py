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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from dsaudit.matching import PatternError, PatternIndex, Scan
from dsaudit.models import RuleInfo, Severity

Span = tuple[int, int]
Lexicon = dict[str, list[str]]

_MAX_SPANS = 64


class RuleError(ValueError):
    """A rule file is invalid; the message names the file."""


# A compiled check returns every (start, end) span where it holds; empty when it does not.
Check = Callable[[Scan], list[Span]]


@dataclass(frozen=True)
class Rule:
    info: RuleInfo
    scope: frozenset[str]
    check: Check
    # The pattern ids in the check; when `needs_pattern`, the rule cannot match unless one
    # of them is a candidate for the text, so it is skipped outright.
    patterns: frozenset[int]
    needs_pattern: bool
    confidence: float
    label_answer_severity: Severity | None
    examples_match: tuple[dict[str, str], ...]
    examples_no_match: tuple[dict[str, str], ...]
    path: str

    @property
    def id(self) -> str:
        return self.info.id


class _Compiler:
    """Compiles check trees into closures over a shared PatternIndex."""

    def __init__(self, index: PatternIndex, lexicon: Lexicon) -> None:
        self.index = index
        self.lexicon = lexicon
        self._refs: dict[str, tuple[Check, frozenset[int], bool]] = {}

    def leaf(self, patterns: list[str], where: str) -> tuple[Check, frozenset[int], bool]:
        try:
            pids = [self.index.add(p, where) for p in patterns]
        except PatternError as exc:
            raise RuleError(str(exc)) from None
        key = id(pids)
        regexes = self.index.regexes

        def run(scan: Scan) -> list[Span]:
            cached = scan.memo.get(key)
            if cached is not None:
                return cached
            out: list[Span] = []
            for pid in pids:
                if pid in scan.candidates:
                    found = regexes[pid].finditer(scan.text)
                    out = [m.span() for m, _ in zip(found, range(_MAX_SPANS), strict=False)]
                    if out:
                        break
            scan.memo[key] = out
            return out

        return run, frozenset(pids), True

    def check(self, node: dict[str, Any], where: str) -> tuple[Check, frozenset[int], bool]:
        """(check, pattern ids it uses, whether it needs one of them to be a candidate)."""
        if "ref" in node:
            name = node["ref"]
            if name not in self.lexicon:
                raise RuleError(f"{where}: unknown lexicon entry {name!r}")
            if name not in self._refs:
                self._refs[name] = self.leaf(self.lexicon[name], f"{where} (lexicon {name})")
            return self._refs[name]
        if "regex" in node:
            pats = node["regex"] if isinstance(node["regex"], list) else [node["regex"]]
            return self.leaf(pats, where)
        if "phrases" in node:
            return self.leaf([_phrase_pattern(p) for p in node["phrases"]], where)
        if "all" in node:
            parts = [self.check(c, where) for c in node["all"]]
            pids = frozenset().union(*(p[1] for p in parts))
            return (
                _windowed([p[0] for p in parts], node.get("window")),
                pids,
                any(p[2] for p in parts),
            )
        if "any" in node:
            parts = [self.check(c, where) for c in node["any"]]
            kids = [p[0] for p in parts]

            def any_of(scan: Scan) -> list[Span]:
                for kid in kids:
                    spans = kid(scan)
                    if spans:
                        return spans
                return []

            pids = frozenset().union(*(p[1] for p in parts))
            return any_of, pids, all(p[2] for p in parts)
        inner, pids, _ = self.check(node["not"], where)
        return (lambda scan: [] if inner(scan) else [(0, 0)]), pids, False


def _phrase_pattern(phrase: str) -> str:
    words = [re.escape(w) for w in phrase.strip().split()]
    return r"\b" + r"\s+".join(words) + r"\b"


def _windowed(children: list[Check], window: int | None) -> Check:
    def run(scan: Scan) -> list[Span]:
        found = []
        for child in children:
            spans = child(scan)
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


def _schema() -> dict[str, Any]:
    spec = resources.files("dsaudit").joinpath("specs/rule.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(spec)
    return data


def _example(value: str | dict[str, str], scope: list[str]) -> dict[str, str]:
    return {scope[0]: value} if isinstance(value, str) else dict(value)


def parse_rule(
    data: Any, path: str, validator: jsonschema.protocols.Validator, compiler: _Compiler
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
    check, patterns, needs = compiler.check(data["match"], path)
    return Rule(
        info=info,
        scope=frozenset(scope),
        check=check,
        patterns=patterns,
        needs_pattern=needs,
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


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    try:
        # The C safe loader when libyaml is there (several times faster); both are safe.
        return yaml.load(path.read_text("utf-8"), Loader=_SAFE_LOADER)
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


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    index: PatternIndex

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)


def load_rules(dirs: Iterable[Path] | None = None, *, small_input: bool = False) -> RuleSet:
    """Load and validate every `*.yaml` rule; duplicate ids are an error.

    `small_input` picks the candidate stage that starts fastest (see PatternIndex.freeze).
    """
    folders = list(dirs or [default_rules_dir()])
    validator = jsonschema.Draft202012Validator(_schema())
    shipped = default_rules_dir().resolve()
    trusted = all(Path(folder).resolve() == shipped for folder in folders)
    compiler = _Compiler(PatternIndex(validate=not trusted), load_lexicon(folders))
    rules: dict[str, Rule] = {}
    for folder in folders:
        for path in sorted(Path(folder).glob("*.yaml")):
            rule = parse_rule(_read_yaml(path), str(path), validator, compiler)
            if rule.id in rules:
                raise RuleError(
                    f"{path}: duplicate rule id {rule.id} (also in {rules[rule.id].path})"
                )
            rules[rule.id] = rule
    compiler.index.freeze(prefer_re2=not small_input)
    return RuleSet(tuple(sorted(rules.values(), key=lambda r: r.id)), compiler.index)
