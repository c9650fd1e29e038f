"""Linear classifier heads stored as plain JSON: weights, bias, threshold, provenance.

A head is `sigmoid(w . x + b)` over an encoder's normalised vector. Storing it as numbers in
JSON (no pickle, no joblib) means loading a head can never run code, and scoring needs only
numpy, not scikit-learn.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

HEADS_DIR = Path(__file__).parent / "heads"
HEAD_NAMES = ("harmful_request", "refusal")


class HeadError(ValueError):
    """A heads file is missing, malformed, or made for another encoder."""


@dataclass(frozen=True)
class LinearHead:
    name: str
    encoder: str
    weights: np.ndarray
    bias: float
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def strict_threshold(self) -> float:
        """The higher cut at which a finding takes its rule's full severity."""
        return float(self.meta.get("strict_threshold", self.threshold))

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        """Probability-like scores in [0, 1], one per row of `vectors`."""
        logits = vectors @ self.weights + self.bias
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(logits, -40, 40)))
        return probs.astype(np.float32)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "encoder": self.encoder,
            "threshold": round(float(self.threshold), 6),
            "bias": float(self.bias),
            "weights": [round(float(w), 7) for w in self.weights],
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str) -> LinearHead:
        try:
            weights = np.asarray(data["weights"], dtype=np.float32)
            head = cls(
                name=str(data["name"]),
                encoder=str(data["encoder"]),
                weights=weights,
                bias=float(data["bias"]),
                threshold=float(data["threshold"]),
                meta=dict(data.get("meta", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise HeadError(f"{where}: not a valid head ({exc})") from None
        if weights.ndim != 1 or not np.isfinite(weights).all():
            raise HeadError(f"{where}: weights must be a flat list of finite numbers")
        return head


def heads_file(encoder_id: str, folder: Path = HEADS_DIR) -> Path:
    """The heads file for an encoder; an "@digest" suffix of the id (adapter version) is
    left out of the name, and `load_heads` checks it against the heads inside instead."""
    encoder_id = encoder_id.split("@", 1)[0]
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in encoder_id)
    return folder / f"{safe}.json"


def save_heads(heads: dict[str, LinearHead], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": 1, "heads": {name: head.to_dict() for name, head in heads.items()}}
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    os.replace(tmp, path)


def load_heads(encoder_id: str, dim: int, folder: Path | None = None) -> dict[str, LinearHead]:
    """The heads trained for `encoder_id` (shipped ones unless `folder` is given)."""
    path = heads_file(encoder_id, folder or HEADS_DIR)
    if not path.is_file():
        raise HeadError(
            f"no classifier heads for embedder {encoder_id!r} in {path.parent}; train them with "
            "`python -m dsaudit.embed.train --embedder NAME --out DIR` and pass --heads DIR"
        )
    try:
        data = json.loads(path.read_text("utf-8"))
        raw = data["heads"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise HeadError(f"{path}: cannot read heads ({exc})") from None
    heads = {name: LinearHead.from_dict(raw[name], f"{path} [{name}]") for name in raw}
    for name in HEAD_NAMES:
        if name not in heads:
            raise HeadError(f"{path}: head {name!r} missing")
        head = heads[name]
        if head.encoder != encoder_id or head.weights.shape != (dim,):
            raise HeadError(
                f"{path}: head {name!r} was trained for {head.encoder!r} "
                f"({head.weights.shape[0]} dims), not {encoder_id!r} ({dim} dims)"
            )
    return heads
