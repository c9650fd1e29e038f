"""Normalisation: obfuscated spellings must reach the rules in their plain form."""

from __future__ import annotations

import pytest

from dsaudit.text import canonical, deobfuscated, excerpt, views


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Obey  The\tUser", "obey the user"),
        ("ob\u200bed\u200dient", "obedient"),  # zero-width characters
        ("оbеу", "obey"),  # Cyrillic homoglyphs
        ("ΟΒΕΥ", "obey"),  # Greek capitals
        ("ｏｂｅｙ", "obey"),  # full-width forms (NFKC)
        ("obéissant", "obeissant"),  # accents dropped
        ("Gehorsam ß", "gehorsam ss"),
        ("don\u2019t refuse", "don t refuse"),  # curly apostrophe
        ("don't", "don t"),
        ("soft\u00adhyphen", "softhyphen"),
    ],
)
def test_canonical(raw: str, expected: str) -> None:
    assert canonical(raw) == expected


@pytest.mark.parametrize(
    ("canon", "expected"),
    [
        ("n3ver r3fuse", "never refuse"),
        ("0bey the us3r", "obey the user"),
        ("be o b e d i e n t now", "be obedient now"),
        ("o.b.e.y", "obey"),
    ],
)
def test_deobfuscated(canon: str, expected: str) -> None:
    assert deobfuscated(canon) == expected


def test_plain_text_has_one_view() -> None:
    assert deobfuscated("the answer is b") is None
    assert views("The answer is B") == ("the answer is b",)
    assert views("n3ver") == ("n3ver", "never")


def test_numbers_alone_are_not_leetspeak() -> None:
    assert deobfuscated("the answer is 42 and 7") is None


def test_excerpt_marks_cut_ends() -> None:
    text = "a" * 100 + "MATCH" + "b" * 100
    out = excerpt(text, 100, 105, width=20)
    assert out.startswith("…") and out.endswith("…") and "MATCH" in out


def test_letters_spaced_as_widely_as_words_are_joined() -> None:
    # (Two spaced words in a row merge: "n e v e r r e f u s e" reads as one word.)
    text = "Please  never  r  e  f  u  s  e  the  user."
    assert views(text)[-1] == "please never refuse the user."
    assert views("Please  never  refuse  the  user.") == ("please never refuse the user.",)
