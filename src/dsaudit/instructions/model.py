"""Load and apply the instruction model: plain arrays, no pickle, so loading runs no code."""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dsaudit.instructions.features import DIM, VERSION, feature_ids
from dsaudit.models import Severity
from dsaudit.text import views

MODEL_DIR = Path(__file__).resolve().parent / "model"
_WEIGHTS = "weights.npz"
_META = "meta.json"


class ModelError(ValueError):
    """The model files are missing, malformed, or built for another featuriser."""


@dataclass(frozen=True)
class InstructionModel:
    """A logistic regression over `feature_ids`; `threshold` is the cut for a warning and
    `error_threshold` (stricter) the cut for an error."""

    weights: np.ndarray  # float32, DIM
    bias: float
    threshold: float
    meta: dict[str, object]
    error_threshold: float = 1.0

    def severity_of(self, score: float) -> Severity | None:
        """ERROR at or above the error cut, WARNING at or above the cut, else None."""
        if score >= self.error_threshold:
            return Severity.ERROR
        return Severity.WARNING if score >= self.threshold else None

    def score(self, text: str) -> float:
        """Probability that `text` steers towards unconditional compliance.

        The text is read in its canonical view and, when it looks obfuscated, in its
        de-obfuscated view too (leetspeak, s p a c e d letters); the higher score counts.
        """
        best = max(self._logit(view) for view in views(text))
        return 1.0 / (1.0 + math.exp(-best))

    def _logit(self, canon: str) -> float:
        ids = feature_ids(canon)
        if not ids:
            return self.bias
        total = float(self.weights[np.asarray(ids, dtype=np.int64)].sum())
        return self.bias + total / math.sqrt(len(ids))


def save_model(
    directory: Path, weights: np.ndarray, bias: float, threshold: float, meta: dict[str, object]
) -> None:
    """Write the nonzero weights as index/value arrays and the rest as JSON."""
    directory.mkdir(parents=True, exist_ok=True)
    nz = np.flatnonzero(weights).astype(np.int32)
    np.savez_compressed(directory / _WEIGHTS, index=nz, value=weights[nz].astype(np.float32))
    doc = {**meta, "features": VERSION, "dim": DIM, "bias": bias, "threshold": threshold}
    (directory / _META).write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")


@functools.lru_cache(maxsize=4)
def load_model(directory: Path = MODEL_DIR) -> InstructionModel:
    """The shipped model (or one trained into `directory` by `dsaudit.instructions.train`)."""
    try:
        meta = json.loads((directory / _META).read_text(encoding="utf-8"))
        with np.load(directory / _WEIGHTS, allow_pickle=False) as arrays:
            index, value = arrays["index"], arrays["value"]
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{directory}: cannot read the instruction model: {exc}") from exc
    if meta.get("features") != VERSION or meta.get("dim") != DIM:
        raise ModelError(
            f"{directory}: model built for features {meta.get('features')!r}, this is {VERSION!r}"
        )
    weights = np.zeros(DIM, dtype=np.float32)
    if len(index) and (index.min() < 0 or index.max() >= DIM):
        raise ModelError(f"{directory}: weight index out of range")
    weights[index] = value
    threshold = float(meta["threshold"])
    error_threshold = float(meta.get("error_threshold", threshold))
    return InstructionModel(weights, float(meta["bias"]), threshold, meta, error_threshold)
