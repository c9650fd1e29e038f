"""Hashed n-gram features of a canonical text, identical at training and at scan time.

Character n-grams (2 to 5, inside word boundaries) read misspellings, inflections and
languages without spaces; word unigrams and bigrams keep short phrases. Each feature is
hashed with xxh32 (stable across processes, unlike `hash`) into `DIM` buckets; a text is the
set of its buckets, L2-normalised, so length does not decide the score.

Quoted passages get features of their own ("q:" namespace): a request that quotes a jailbreak
to ask about it mentions the instruction without giving it, and an instruction that quotes
the phrases it bans ("never say 'I cannot'") gives it. Sharing features between the two made
the model score every analysis of a quoted jailbreak as a jailbreak.
"""

from __future__ import annotations

import itertools
import re

import xxhash

DIM = 1 << 18
_MASK = DIM - 1
_NGRAMS = (2, 3, 4, 5)
_WORD = re.compile(r"\w+")
_MAX_CHARS = 2_000
# Canonical text writes every kind of double or single quotation mark as '"'; CJK corner
# brackets are kept as they are. A quoted name ("Max") stays inline: only passages do not.
_QUOTED = re.compile(r'"[^"\n]{0,400}?"|「[^」]{0,400}」|『[^』]{0,400}』')
_PASSAGE_CHARS = 12
_PLACEHOLDER = ' "q" '
VERSION = "wb2-5+w1-2+q/xxh32/2^18"


def _grams(text: str, tag: str, out: set[str]) -> None:
    words = _WORD.findall(text)
    add = out.add
    for word in set(words):
        add(tag + "w:" + word)
        padded = f" {word} "
        size = len(padded)
        for n in _NGRAMS:
            if n > size:
                break
            for i in range(size - n + 1):
                add(tag + padded[i : i + n])
    for a, b in itertools.pairwise(words):
        add(f"{tag}b:{a} {b}")


def feature_ids(canon: str) -> list[int]:
    """Sorted distinct bucket ids of a canonical text (its first `_MAX_CHARS` characters)."""
    canon = canon[:_MAX_CHARS]
    passages: list[str] = []

    def lift(match: re.Match[str]) -> str:
        quoted = match.group(0)
        if len(quoted) <= _PASSAGE_CHARS and quoted.count(" ") < 2:
            return quoted
        passages.append(quoted)
        return _PLACEHOLDER

    grams: set[str] = set()
    _grams(
        _QUOTED.sub(lift, canon) if '"' in canon or "「" in canon or "『" in canon else canon,
        "",
        grams,
    )
    for passage in passages:
        _grams(passage, "q:", grams)
    h = xxhash.xxh32_intdigest
    return sorted({h(g.encode("utf-8")) & _MASK for g in grams})
