"""Every rule validates, and its own examples behave: the rule pack tests itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from dsaudit.analyzers.rule_matcher import RuleMatcher
from dsaudit.rules import Rule, RuleError, default_rules_dir, load_rules

RULE_SET = load_rules()
RULES = list(RULE_SET)
MATCHER = RuleMatcher(RULE_SET)


def _ids(rules: list[Rule]) -> list[str]:
    return [r.id for r in rules]


def _hits(example: dict[str, str]) -> set[str]:
    found: set[str] = set()
    for role, text in example.items():
        found |= {h.rule.id for h in MATCHER.match_text(role, text)}
    return found


def test_rules_ship_with_the_package() -> None:
    assert default_rules_dir().is_dir()
    assert {"DSA101", "DSA102", "DSA103", "DSA104", "DSA105", "DSA201"} <= set(_ids(RULES))


@pytest.mark.parametrize("rule", RULES, ids=_ids(RULES))
def test_rule_matches_its_positive_examples(rule: Rule) -> None:
    for example in rule.examples_match:
        assert rule.id in _hits(example), f"{rule.id} missed its own example {example}"


@pytest.mark.parametrize("rule", RULES, ids=_ids(RULES))
def test_rule_passes_its_negative_examples(rule: Rule) -> None:
    for example in rule.examples_no_match:
        assert rule.id not in _hits(example), f"{rule.id} matched its no_match example {example}"


def _write_rule(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """
id: DSA901
name: test-rule
family: test
severity: warning
confidence: 0.5
summary: A rule made for a test only.
scope: [user]
match:
  regex: '\\bpineapple\\b'
examples:
  match: ["I like pineapple", "pineapple pizza"]
  no_match: ["apple", "pine tree"]
"""


def test_extra_rule_folder_loads(tmp_path: Path) -> None:
    _write_rule(tmp_path, "DSA901.yaml", GOOD)
    rules = load_rules([default_rules_dir(), tmp_path])
    assert "DSA901" in _ids(rules)


@pytest.mark.parametrize(
    ("mutation", "needle"),
    [
        (("severity: warning", "severity: fatal"), "severity"),
        (("id: DSA901", "id: X1"), "id"),
        (("regex: '\\bpineapple\\b'", "regex: '(unclosed'"), "bad regex"),
        (("regex: '\\bpineapple\\b'", "ref: no_such_entry"), "unknown lexicon entry"),
        (('  no_match: ["apple", "pine tree"]\n', ""), "no_match"),
        (("match:\n  regex", "match:\n  glob"), "match"),
    ],
)
def test_invalid_rules_are_rejected_with_the_file_name(
    tmp_path: Path, mutation: tuple[str, str], needle: str
) -> None:
    old, new = mutation
    assert old in GOOD
    path = _write_rule(tmp_path, "DSA901.yaml", GOOD.replace(old, new))
    with pytest.raises(RuleError) as err:
        load_rules([tmp_path])
    assert str(path) in str(err.value)
    assert needle in str(err.value)


def test_duplicate_rule_ids_are_rejected(tmp_path: Path) -> None:
    _write_rule(tmp_path, "a.yaml", GOOD)
    _write_rule(tmp_path, "b.yaml", GOOD)
    with pytest.raises(RuleError, match="duplicate rule id DSA901"):
        load_rules([tmp_path])


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    _write_rule(tmp_path, "evil.yaml", "!!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(RuleError, match="not valid YAML"):
        load_rules([tmp_path])
