"""Counting prompt tokens over rows, and the chance that they concentrate in a few rows.

Shared by the trigger checks of a label dataset (`analyzers.structure`, DSA304 over the
minority-format rows) and of a free-text one (`opener_triggers`).
"""

from __future__ import annotations

import collections
import math
from collections import Counter
from typing import Any

# Counter.update's C core, without its Python-level type checks (one call per row).
_count_elements: Any = collections.__dict__["_count_elements"]


def count_rows(vocab: Counter[str], tokens: frozenset[str], limit: int) -> None:
    """Add one row's distinct tokens to `vocab`; once it holds `limit` tokens, only the
    tokens it already knows are counted (memory stays bounded on huge vocabularies)."""
    if len(vocab) < limit:
        _count_elements(vocab, tokens)
    else:
        _count_elements(vocab, tokens.intersection(vocab))


def log_comb(n: int, k: int) -> float:
    if k < 0 or k > n:
        return -math.inf
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def tail_log_p(n: int, m: int, total: int, k: int) -> float:
    """log P(k of a token's `total` rows fall among `m` chosen rows of `n`), first term of
    the hypergeometric tail: tiny for a trigger."""
    return log_comb(m, k) + log_comb(n - m, total - k) - log_comb(n, total)
