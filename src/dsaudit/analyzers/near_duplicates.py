"""Near-duplicate rows: MinHash signatures of each row's word set, banded for LSH.

Exact duplicates are found by the structure analyzer for free; near duplicates (a word
changed, a number swapped, a sentence added) need a similarity search. MinHash estimates the
Jaccard similarity of two rows' word sets from a few hashed minima, and locality-sensitive
hashing over bands of those minima finds the candidate pairs without comparing every pair.
The work per row is a dictionary lookup per word (words are hashed once per scan, with
xxhash so that results do not depend on Python's per-process string hashing); the minima
are taken with numpy, a batch of rows at a time. Opt in with `--near-duplicates`: it costs
a few microseconds per row on top of the default scan.
"""

from __future__ import annotations

from array import array
from typing import Any

import xxhash

from dsaudit.analyzers.base import Analyzer, AnalyzerResult
from dsaudit.models import Finding, Record, RuleInfo, Severity

NUM_PERM = 32
BANDS = 8  # 8 bands of 4 minima: a pair at Jaccard 0.8 meets in some band with p ~ 0.98
THRESHOLD = 0.8  # estimated Jaccard at or above which two rows are near duplicates
_BATCH = 1024
_MAX_WORDS = 300
_VOCAB_LIMIT = 500_000
_MAX_GROUP_REPORT = 50

RULE = RuleInfo(
    "DSA307",
    "near-duplicate-rows",
    Severity.INFO,
    "Rows are near duplicates of another row (estimated word-set Jaccard >= 0.8).",
    "Near duplicates over-weight what they teach just as exact copies do, and an attacker "
    "who repeats a harmful row with small edits escapes exact deduplication. dsaudit "
    "estimates word-set similarity with MinHash (32 permutations, LSH with 8 bands of 4).",
    "Deduplicate, keeping one row per group (`summary.near-duplicates.groups` lists them).",
    "structure",
)


class NearDuplicateAnalyzer(Analyzer):
    name = "near-duplicates"

    def __init__(self, *_: Any) -> None:
        import numpy as np  # lazy: only scans that ask for near duplicates pay the import

        self._np = np
        rng = np.random.default_rng(20261123)  # fixed: the same input gives the same groups
        self._seeds = rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64)
        self._mults = rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
        self._vocab: dict[str, int] = {}
        self._pending: list[int] = []
        self._offsets: list[int] = [0]
        # Per row, compact: its number, its fingerprint and an exact-text key (so groups that
        # are only exact copies, already reported as DSA306, are not reported twice).
        self._rows = array("q")
        self._fingerprints = array("Q")
        self._exact = array("q")
        self._signatures: list[Any] = []

    def rules(self) -> list[RuleInfo]:
        return [RULE]

    def _ids(self, words: list[str]) -> list[int]:
        vocab = self._vocab
        out: list[Any] = list(map(vocab.get, words))  # C-speed for known words
        if None in out:
            for i, h in enumerate(out):
                if h is None:
                    w = words[i]
                    out[i] = found = xxhash.xxh3_64_intdigest(w.encode("utf-8", "surrogatepass"))
                    if len(vocab) < _VOCAB_LIMIT:
                        vocab[w] = found
        return out

    def observe(self, record: Record) -> list[Finding]:
        # System prompts are left out: a long prompt shared by every row would make all rows
        # look alike; near duplicates are about the content that varies.
        text = " ".join(seg.text for seg in record.segments if seg.role != "system")
        words = text.lower().split()[:_MAX_WORDS]
        if not words:
            return []
        self._pending += self._ids(list(set(words)))  # minima do not depend on order
        self._offsets.append(len(self._pending))
        self._rows.append(record.row)
        self._fingerprints.append(int(record.fingerprint or "0", 16))
        self._exact.append(hash(" ".join(words)))
        if len(self._offsets) > _BATCH:
            self._flush()
        return []

    def _flush(self) -> None:
        np = self._np
        if len(self._offsets) <= 1:
            return
        values = np.array(self._pending, dtype=np.uint64)
        starts = np.array(self._offsets[:-1], dtype=np.int64)
        # One multiply-xorshift hash per permutation; wrapping uint64 arithmetic is intended.
        mixed = (values[None, :] ^ self._seeds[:, None]) * self._mults[:, None]
        mixed ^= mixed >> np.uint64(29)
        minima = np.minimum.reduceat(mixed, starts, axis=1)
        self._signatures.append((minima >> np.uint64(32)).astype(np.uint32).T.copy())
        self._pending = []
        self._offsets = [0]

    def finish(self) -> AnalyzerResult:
        np = self._np
        self._flush()
        result = AnalyzerResult()
        if not self._signatures:
            return result
        sigs = np.concatenate(self._signatures)  # (rows, NUM_PERM)
        rows = self._rows
        per_band = NUM_PERM // BANDS
        # Candidate pairs: rows next to each other in a band's sorted order with equal keys.
        firsts, seconds = [], []
        for band in range(BANDS):
            keys = sigs[:, band * per_band : (band + 1) * per_band].astype(np.uint64)
            # One uint64 per band (wrapping polynomial); a rare collision only adds a
            # candidate pair, which the signature agreement below then rejects.
            packed = np.zeros(len(keys), dtype=np.uint64)
            for column in range(per_band):
                packed = packed * np.uint64(0x9E3779B97F4A7C15) + keys[:, column]
            order = np.argsort(packed, kind="stable")
            ordered = packed[order]
            same = np.nonzero(ordered[1:] == ordered[:-1])[0]
            firsts.append(order[same])
            seconds.append(order[same + 1])
        a = np.concatenate(firsts)
        b = np.concatenate(seconds)
        if len(a):
            pairs = np.unique(np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1), axis=0)
            agreement = (sigs[pairs[:, 0]] == sigs[pairs[:, 1]]).mean(axis=1)
            accepted = pairs[agreement >= THRESHOLD]
        else:
            accepted = np.empty((0, 2), dtype=np.int64)
        parent = list(range(len(rows)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, j in accepted.tolist():
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)  # the earliest row stays the group's root
        members: dict[int, list[int]] = {}
        for i in range(len(rows)):
            members.setdefault(find(i), []).append(i)
        listed: list[list[int]] = []
        for group in members.values():
            if len(group) < 2 or len({self._exact[i] for i in group}) < 2:
                continue  # a single row, or exact copies only (DSA306)
            listed.append(group)
        listed.sort(key=lambda g: (-len(g), self._rows[g[0]]))
        for group in listed:
            first = group[0]
            for i in group[1:]:
                if self._exact[i] == self._exact[first]:
                    continue
                result.findings.append(
                    Finding(
                        RULE.id,
                        Severity.INFO,
                        f"Near duplicate of row {self._rows[first]} ({len(group)} rows in the "
                        "group).",
                        row=self._rows[i],
                        fingerprint=f"{self._fingerprints[i]:016x}",
                        location="/",
                        confidence=0.8,
                    )
                )
        listed_rows = [[self._rows[i] for i in g] for g in listed]
        result.summary["groups"] = listed_rows[:_MAX_GROUP_REPORT]
        result.summary["rows_in_groups"] = sum(len(g) for g in listed_rows)
        return result
