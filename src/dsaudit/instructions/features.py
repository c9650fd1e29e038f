"""Hashed n-gram features of a canonical text, identical at training and at scan time.

Character n-grams (2 to 5, inside word boundaries) read misspellings, inflections and
languages without spaces; word unigrams and bigrams keep short phrases. Each feature is
hashed with xxh32 (stable across processes, unlike `hash`) into `DIM` buckets; a text is the
set of its buckets, L2-normalised, so length does not decide the score.
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
VERSION = "wb2-5+w1-2/xxh32/2^18"


def feature_ids(canon: str) -> list[int]:
    """Sorted distinct bucket ids of a canonical text (its first `_MAX_CHARS` characters)."""
    words = _WORD.findall(canon[:_MAX_CHARS])
    grams: set[str] = set()
    add = grams.add
    for word in set(words):
        add("w:" + word)
        padded = f" {word} "
        size = len(padded)
        for n in _NGRAMS:
            if n > size:
                break
            for i in range(size - n + 1):
                add(padded[i : i + n])
    for a, b in itertools.pairwise(words):
        add(f"b:{a} {b}")
    h = xxhash.xxh32_intdigest
    return sorted({h(g.encode("utf-8")) & _MASK for g in grams})
