"""The literal prefilter must never hide a real match (soundness), on real and random patterns."""

from __future__ import annotations

import functools
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsaudit.prefilter import required_factors
from dsaudit.text import canonical, decoded_payloads, views

ROOT = Path(__file__).resolve().parents[1]


def _lexicon_patterns() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "rules" / "lexicon").glob("*.yaml")):
        out += yaml.safe_load(path.read_text("utf-8"))["regex"]
    return out


def _corpus() -> list[str]:
    texts: list[str] = []
    for line in (ROOT / "tests" / "data" / "persona_heldout.jsonl").read_text("utf-8").splitlines():
        texts += views(json.loads(line)["text"])
    for path in sorted((ROOT / "samples").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines()[:10]:
            texts += views(line)
    return texts


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bobey\b", {"obey"}),
        (r"\b(?:you are|you re) no longer", {" no longer"}),
        (r"(?:abc|def)", {"abc", "def"}),
        (r"(?:abc|de)", None),  # 'de' is too short to filter anything
        (r"obe(?:y|dien)", {"obe"}),
        (r"sumis[oa]", {"sumiso", "sumisa"}),
        (r"(?:x)?yzw", {"yzw"}),
        (r"\w+", None),
        (r"(?:a|bcd)e", None),  # 'a' alone is too short to be a useful factor
    ],
)
def test_required_factors(pattern: str, expected: set[str] | None) -> None:
    got = required_factors(pattern)
    assert (set(got) if got is not None else None) == expected


def test_lexicon_factors_are_sound_on_real_text() -> None:
    patterns = [(p, re.compile(p), required_factors(p)) for p in _lexicon_patterns()]
    checked = 0
    for text in _corpus():
        for source, rx, factors in patterns:
            if factors is not None and rx.search(text):
                checked += 1
                assert any(f in text for f in factors), (source, text)
    assert checked > 50


_piece = st.one_of(
    st.sampled_from(["abe", "obe", "ey", "x", " ", "no ", "onc"]).map(re.escape),
    st.lists(st.sampled_from(["abe", "eyo", "o", "cdn"]), min_size=2, max_size=3).map(
        lambda alts: "(?:" + "|".join(alts) + ")"
    ),
    st.sampled_from(["(?:abe)?", r"\w*", "[oa]", r"\b", "(?:eyo)+", "b[oa]n"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, min_size=1, max_size=5), st.text(alphabet="abeoycdxn ", max_size=30))
def test_factors_are_sound_on_random_patterns(pieces: list[str], text: str) -> None:
    pattern = "".join(pieces)
    factors = required_factors(pattern)
    if factors is not None and re.search(pattern, text):
        assert any(f in text for f in factors), (pattern, text, factors)


@pytest.mark.parametrize("backend", ["re2", "literals"])
def test_candidate_stage_never_hides_a_match(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever Python's re matches must be among the candidates, for both backends."""
    if backend == "re2":
        pytest.importorskip("re2")
    monkeypatch.setenv("DSAUDIT_MATCHER", backend)
    from dsaudit.rules import load_rules

    index = load_rules().index
    assert index.backend == backend
    checked = 0
    for text in _corpus():
        candidates = index.candidates(text)
        for pid, rx in enumerate(index.regexes):
            if rx.search(text):
                checked += 1
                assert pid in candidates, (backend, index.sources[pid], text)
    assert checked > 50


@pytest.mark.parametrize(
    ("pattern", "loose"),
    [
        (r"\bobey\b", "obey"),
        (r"[\w.-]{2,3}", r"[0-9A-Za-z_\x{80}-\x{10FFFF}.-]{2,3}"),
        (r"\w+\d", r"[0-9A-Za-z_\x{80}-\x{10FFFF}]+[0-9\x{80}-\x{10FFFF}]"),
        (r"(?<!you )do(?!n)", "do"),
        (r"[^\w\s]\d", r"[^\pL\pN_\s][0-9\x{80}-\x{10FFFF}]"),
        (r"[^\d]", r"[^\pN]"),
    ],
)
def test_re2_superset_rewrites(pattern: str, loose: str) -> None:
    from dsaudit.matching import re2_superset

    assert re2_superset(pattern) == loose


@functools.cache
def _index(backend: str) -> Any:
    """The shipped rules' pattern index built with one candidate backend."""
    from dsaudit.rules import load_rules

    saved = os.environ.get("DSAUDIT_MATCHER")
    os.environ["DSAUDIT_MATCHER"] = backend
    try:
        index = load_rules().index
    finally:
        if saved is None:
            del os.environ["DSAUDIT_MATCHER"]
        else:
            os.environ["DSAUDIT_MATCHER"] = saved
    assert index.backend == backend
    return index


_PLAIN_ALPHABET = st.sampled_from(
    [
        *"abcdeothnyuvwxyz ABE'\"-.0123@$\n\t\x0b\r_*\x1c=+/",
        *("the ", " and ", " you ", "  ", "obey ", "don't ", "o b e y ", "never refuse "),
        "aGVsbG8gd29ybGQgaGVsbG8gd29y",
        # Binary groups and Morse marks (decoded_payloads reads both).
        "01101001 ",
        "01100111",
        ".- ",
        "-. ",
        "--- ",
        ".. ",
        " / ",
    ]
)


@pytest.mark.parametrize("backend", ["re2", "literals"])
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(_PLAIN_ALPHABET, max_size=40).map("".join))
def test_plain_path_is_exact(backend: str, text: str) -> None:
    """Where the plain path answers, it gives what the general path would: one view, no
    payload, and the same candidates."""
    if backend == "re2":
        pytest.importorskip("re2")
    index = _index(backend)
    found = index.plain_candidates(text)
    if found is not None:
        assert views(text) == (canonical(text),)
        assert decoded_payloads(text) == []
        assert found == index.candidates(canonical(text))


@pytest.mark.parametrize(
    "sample", sorted(p.name for p in (Path(__file__).parents[1] / "samples").glob("*.jsonl"))
)
def test_small_and_large_input_stages_give_the_same_report(sample: str) -> None:
    """Small files use the literal stage, large ones RE2: the findings must not differ."""
    from dsaudit.analyzers import REGISTRY
    from dsaudit.config import Config
    from dsaudit.engine import Engine
    from dsaudit.rules import default_rules_dir, load_rules

    path = Path(__file__).parents[1] / "samples" / sample
    reports = []
    for small in (True, False):
        rules = load_rules([default_rules_dir()], small_input=small)
        analyzers = [factory(rules) for factory in REGISTRY.values()]
        reports.append(Engine(analyzers, Config()).run(path))
    assert [f.to_dict() for f in reports[0].findings] == [f.to_dict() for f in reports[1].findings]
