"""The embedding pass around an encoder: identical texts once, an on-disk cache, batches.

A dataset repeats itself (the same wrapper, the same answers), so texts are de-duplicated
before encoding, and vectors from slow encoders are kept in a SQLite cache keyed by encoder
id + a 128-bit hash of the text: re-scanning an edited dataset only encodes the new rows.
The static encoder is faster than a cache lookup and is never cached.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import xxhash

from dsaudit.embed.encoders import STATIC_ID, Encoder


class EmbeddingCache:
    """Vectors by text hash for one encoder, in `folder/embeddings-<encoder>.sqlite`."""

    def __init__(self, folder: Path, encoder: Encoder) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in encoder.id)
        path = folder / f"embeddings-{stem}.sqlite"
        self.path = path
        self.dim = encoder.dim
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS v (k BLOB PRIMARY KEY, vec BLOB NOT NULL)")

    @staticmethod
    def key(text: str) -> bytes:
        return xxhash.xxh3_128_digest(text.encode("utf-8", "surrogatepass"))

    def get(self, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for k, blob in self._db.execute(f"SELECT k, vec FROM v WHERE k IN ({marks})", chunk):
                vec = np.frombuffer(blob, dtype=np.float32)
                if vec.shape == (self.dim,):
                    found[k] = vec
        return found

    def put(self, items: Sequence[tuple[bytes, np.ndarray]]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO v (k, vec) VALUES (?, ?)",
                [(k, np.asarray(v, np.float32).tobytes()) for k, v in items],
            )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()


class EmbeddingPass:
    """`embed(texts)` -> one vector per text, encoding each distinct uncached text once."""

    def __init__(self, encoder: Encoder, cache_folder: Path | None = None) -> None:
        self.encoder = encoder
        self.cache = (
            EmbeddingCache(cache_folder, encoder)
            if cache_folder is not None and encoder.id != STATIC_ID
            else None
        )
        self.encoded = 0  # texts actually run through the encoder
        self.cached = 0  # distinct texts served from the cache

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        index: dict[str, int] = {}
        slots = [index.setdefault(t, len(index)) for t in texts]
        distinct = list(index)
        vectors = np.zeros((len(distinct), self.encoder.dim), np.float32)
        todo = list(range(len(distinct)))
        keys: list[bytes] = []
        if self.cache is not None:
            keys = [EmbeddingCache.key(t) for t in distinct]
            hits = self.cache.get(keys)
            todo = []
            for i, k in enumerate(keys):
                vec = hits.get(k)
                if vec is None:
                    todo.append(i)
                else:
                    vectors[i] = vec
            self.cached += len(distinct) - len(todo)
        if todo:
            fresh = self.encoder.encode([distinct[i] for i in todo])
            vectors[todo] = fresh
            self.encoded += len(todo)
            if self.cache is not None:
                self.cache.put([(keys[i], fresh[j]) for j, i in enumerate(todo)])
        return vectors[np.asarray(slots, dtype=np.int64)] if slots else vectors

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()
