"""Embedding-pass throughput: dsaudit's content pass against raw `model.encode`.

    python bench/classifiers/throughput.py [--rows 10000] [--embedder minilm] [--repeats 3]
                                           [--data FILE]

Builds a chat file of N rows from bench/gen_chat.py, runs the content analyzer over it with a
cold embedding cache, records the distinct texts it actually encoded, then times the raw
encoder on exactly those texts. Prints medians; the ratio is the pass's overhead (reading,
de-duplication, batching, scoring, cache writes).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from dsaudit.analyzers.content import ContentAnalyzer
from dsaudit.config import Config
from dsaudit.embed import load_heads, open_encoder
from dsaudit.engine import Engine

ROOT = Path(__file__).resolve().parents[2]


class Recording:
    """Wraps an encoder and keeps every text it was asked to encode."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.id = inner.id  # type: ignore[attr-defined]
        self.dim = inner.dim  # type: ignore[attr-defined]
        self.texts: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.texts.extend(texts)
        return self.inner.encode(texts)  # type: ignore[attr-defined,no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--embedder", default="minilm")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--data", type=Path, default=None, help="scan this file instead")
    args = parser.parse_args()
    data = args.data or ROOT / "bench" / "out" / f"chat{args.rows}.jsonl"
    if args.data is None and not data.is_file():
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "gen_chat.py"), str(args.rows), str(data)],
            check=True,
        )
    encoder = open_encoder(args.embedder)
    heads = load_heads(encoder.id, encoder.dim)
    encoder.encode(["warm up"])
    passes, raws = [], []
    for _ in range(args.repeats):
        recording = Recording(encoder)
        with tempfile.TemporaryDirectory() as cache:
            analyzer = ContentAnalyzer(recording, heads, Path(cache))  # type: ignore[arg-type]
            started = time.perf_counter()
            Engine([analyzer], Config()).run(data)
            passes.append(time.perf_counter() - started)
        texts = recording.texts
        started = time.perf_counter()
        encoder.encode(texts)
        raws.append(time.perf_counter() - started)
    p, r = statistics.median(passes), statistics.median(raws)
    rows = sum(1 for _ in data.open("rb"))
    print(f"embedder {encoder.id}: {data.name}, {rows} rows, {len(texts)} distinct texts encoded")
    print(f"content pass (read + embed + score): median {p:.2f} s  ({rows / p:.0f} rows/s)")
    print(f"raw encode of the same texts:        median {r:.2f} s  ({len(texts) / r:.0f} texts/s)")
    print(
        f"ratio pass / raw: {p / r:.3f}   runs: {[round(x, 2) for x in passes]} / "
        f"{[round(x, 2) for x in raws]}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
