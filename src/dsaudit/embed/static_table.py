"""The fast path: a static token table distilled from all-MiniLM-L6-v2 (model2vec-style).

Each vocabulary token is run once through MiniLM on its own ([CLS] token [SEP], mean of the
output states); a text's vector is then the weighted mean of its tokens' rows. Building needs
torch once (~30 s on 2 cores); scanning needs only numpy and the `tokenizers` package, so a
pre-commit hook encodes tens of thousands of texts per second with no torch import.
Token weights follow a Zipf prior over WordPiece ids (frequent pieces count less), as in
model2vec's SIF-style weighting.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from dsaudit.embed.encoders import STATIC_ID, EncoderUnavailable, normalise_rows
from dsaudit.embed.paths import minilm_path

TABLE_FILE = "static-minilm-l6-v2.npy"
META_FILE = "static-minilm-l6-v2.json"
FORMAT_VERSION = 1
MAX_TOKENS = 256  # MiniLM's own window; longer texts are truncated the same way
_SIF_A = 1e-3
_SMALL_RUN = 8192  # texts encoded by gathering before switching to the sparse product


def zipf_weights(vocab_size: int, first_word_id: int) -> np.ndarray:
    """SIF weight a / (a + p) with p ~ 1 / rank from the WordPiece id (vocab is frequency-ordered
    after the special and single-character block)."""
    rank = np.arange(vocab_size, dtype=np.float64) - first_word_id + 10
    rank[rank < 10] = 10
    p = 1.0 / (rank * np.log(1.78 * vocab_size))
    weights: np.ndarray = (_SIF_A / (_SIF_A + p)).astype(np.float32)
    return weights


def build_table(model_dir: Path, out_dir: Path, *, quiet: bool = False) -> Path:
    """Distill the table from the MiniLM folder into `out_dir` (atomic rename); return its path."""
    try:
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise EncoderUnavailable(
            "building the static table needs torch and transformers: pip install 'dsaudit[embed]'"
        ) from exc
    started = time.perf_counter()
    if not quiet:
        print(
            "dsaudit: building the static embedding table from all-MiniLM-L6-v2 "
            "(once, about 30 s)...",
            file=sys.stderr,
        )
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModel.from_pretrained(str(model_dir)).eval()
    vocab = int(tokenizer.vocab_size)
    table = np.zeros((vocab, int(model.config.hidden_size)), np.float32)
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    with torch.inference_mode():
        for start in range(0, vocab, 1024):
            ids = torch.arange(start, min(vocab, start + 1024))
            batch = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], 1)
            states = model(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            table[start : start + len(ids)] = states.mean(1).numpy()
    first_word = _first_word_id(tokenizer.get_vocab())
    table *= zipf_weights(vocab, first_word)[:, None]
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / (TABLE_FILE + f".{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        np.save(fh, table.astype(np.float16), allow_pickle=False)
    os.replace(tmp, out_dir / TABLE_FILE)
    meta = {
        "format": FORMAT_VERSION,
        "encoder": STATIC_ID,
        "vocab": vocab,
        "dim": table.shape[1],
        "first_word_id": first_word,
        "tokenizer": str(model_dir / "tokenizer.json"),
        "seconds": round(time.perf_counter() - started, 1),
    }
    _write_json(out_dir / META_FILE, meta)
    if not quiet:
        print(
            f"dsaudit: static table ready in {meta['seconds']} s ({out_dir / TABLE_FILE})",
            file=sys.stderr,
        )
    return out_dir / TABLE_FILE


def _first_word_id(vocab: dict[str, int]) -> int:
    """Id of the first multi-letter word piece (BERT vocabularies: after [unusedN] and chars)."""
    ids = sorted(
        i for tok, i in vocab.items() if len(tok) > 1 and tok.isalpha() and not tok.startswith("[")
    )
    return ids[0] if ids else 0


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2), "utf-8")
    os.replace(tmp, path)


class StaticEncoder:
    """Weighted mean of distilled token rows; numpy + tokenizers only."""

    id = STATIC_ID

    def __init__(self, table: np.ndarray, tokenizer_file: Path) -> None:
        try:
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EncoderUnavailable(
                "the static embedder needs the `tokenizers` package: pip install 'dsaudit[embed]'"
            ) from exc
        self._table = table
        self.dim = int(table.shape[1])
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._encoded = 0

    @classmethod
    def open(cls, folder: Path, *, build: bool = True) -> StaticEncoder:
        table_path, meta_path = folder / TABLE_FILE, folder / META_FILE
        model_dir = minilm_path()
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
        if not table_path.is_file() or meta.get("format") != FORMAT_VERSION:
            if not build or model_dir is None:
                why = "from another dsaudit version" if meta else "not built"
                raise EncoderUnavailable(
                    f"the static embedding table is {why}; install 'dsaudit[embed]' and run "
                    "`dsaudit embeddings build --force` (once)"
                )
            build_table(model_dir, folder)
            meta = json.loads(meta_path.read_text("utf-8"))
        tokenizer = Path(meta["tokenizer"])
        if not tokenizer.is_file() and model_dir is not None:
            tokenizer = model_dir / "tokenizer.json"
        if not tokenizer.is_file():
            raise EncoderUnavailable(f"tokenizer file missing: {tokenizer}")
        table = np.load(table_path, mmap_mode="r", allow_pickle=False)
        return cls(np.asarray(table, dtype=np.float32), tokenizer)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        encodings = self._tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)
        ids = [e.ids for e in encodings]
        lengths = np.fromiter(map(len, ids), np.int64, len(ids))
        indptr = np.concatenate(([0], np.cumsum(lengths)))
        flat = np.fromiter(itertools.chain.from_iterable(ids), np.int64, int(indptr[-1]))
        self._encoded += len(texts)
        if self._encoded <= _SMALL_RUN:
            return normalise_rows(self._gather_sum(flat, indptr))
        # A sparse text x token product is ~10x a gather, but importing scipy costs ~0.4 s:
        # worth it only once a scan has shown it is large.
        from scipy.sparse import csr_matrix

        counts = csr_matrix(
            (np.ones(len(flat), np.float32), flat, indptr), shape=(len(ids), self._table.shape[0])
        )
        return normalise_rows(np.asarray(counts @ self._table))

    def _gather_sum(self, flat: np.ndarray, indptr: np.ndarray) -> np.ndarray:
        out = np.zeros((len(indptr) - 1, self.dim), np.float32)
        for start in range(0, len(out), 64):  # small blocks keep the gathered rows in cache
            stop = min(start + 64, len(out))
            a, b = indptr[start], indptr[stop]
            if b > a:
                rows = np.vstack([self._table[flat[a:b]], np.zeros((1, self.dim), np.float32)])
                block = np.add.reduceat(rows, indptr[start:stop] - a, axis=0)  # + a zero row:
                # every start index stays in range, and empty texts at the end sum to nothing
                empty = indptr[start + 1 : stop + 1] == indptr[start:stop]
                block[empty] = 0.0  # reduceat gives a neighbour's row for an empty segment
                out[start:stop] = block
        return out
