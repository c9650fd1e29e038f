"""LoRA adapters for the MiniLM encoder, stored as plain arrays and merged at load time.

A linear head on frozen MiniLM cannot tell "how do I kill a Python process" from a real
threat well enough (about a third of harmful requests at a 1% false-positive budget), so
dsaudit ships low-rank updates to MiniLM's attention and feed-forward weights, learned by
`python -m dsaudit.embed.finetune`. The file is an `.npz` of float32 arrays read with
`allow_pickle=False`: loading it runs no code. Merging (`W += scale * B @ A`) makes the tuned
encoder exactly as fast as the plain one and needs no peft at scan time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ADAPTERS_DIR = Path(__file__).parent / "heads"
FORMAT = 1


class AdapterError(ValueError):
    """An adapter file is missing, malformed, or made for other base weights."""


@dataclass(frozen=True)
class LoraAdapters:
    """Low-rank factors per linear module name of the base model, and their scale."""

    base: str  # the base model these factors were trained on
    scale: float
    factors: dict[str, tuple[np.ndarray, np.ndarray]]  # module -> (A [r, in], B [out, r])
    fingerprint: float  # a checksum of base weights, to refuse a different base
    meta: dict[str, Any]

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {}
        for name, (a, b) in self.factors.items():
            arrays[f"{name}::A"] = a.astype(np.float32)
            arrays[f"{name}::B"] = b.astype(np.float32)
        header = {
            "format": FORMAT,
            "base": self.base,
            "scale": self.scale,
            "fingerprint": self.fingerprint,
            "meta": self.meta,
        }
        arrays["__header__"] = np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez_compressed(tmp, **arrays)  # type: ignore[arg-type]
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> LoraAdapters:
        try:
            with np.load(path, allow_pickle=False) as data:
                header = json.loads(bytes(data["__header__"]).decode("utf-8"))
                names = {k.rsplit("::", 1)[0] for k in data.files if "::" in k}
                factors = {
                    n: (np.asarray(data[f"{n}::A"]), np.asarray(data[f"{n}::B"])) for n in names
                }
        except (OSError, ValueError, KeyError) as exc:
            raise AdapterError(f"{path}: cannot read LoRA adapters ({exc})") from None
        if header.get("format") != FORMAT:
            raise AdapterError(f"{path}: unknown adapter format {header.get('format')!r}")
        for name, (a, b) in factors.items():
            if a.ndim != 2 or b.ndim != 2 or a.shape[0] != b.shape[1]:
                raise AdapterError(f"{path}: factors of {name} have shapes {a.shape}, {b.shape}")
        return cls(
            base=str(header["base"]),
            scale=float(header["scale"]),
            factors=factors,
            fingerprint=float(header["fingerprint"]),
            meta=dict(header.get("meta", {})),
        )

    def delta(self, name: str) -> np.ndarray:
        a, b = self.factors[name]
        out: np.ndarray = (self.scale * (b @ a)).astype(np.float32)
        return out


def adapters_file(folder: Path | None = None) -> Path:
    """Where the adapters of the tuned MiniLM encoder live: beside its heads file."""
    from dsaudit.embed.encoders import TUNED_ID
    from dsaudit.embed.heads import heads_file

    return heads_file(TUNED_ID, folder or ADAPTERS_DIR).with_suffix(".lora.npz")


def weight_fingerprint(first_weight: np.ndarray) -> float:
    """A cheap checksum of the base model's first adapted weight matrix."""
    return float(np.round(np.asarray(first_weight, np.float64)[:16, :16].sum(), 4))


def merge_into(model: Any, adapters: LoraAdapters) -> int:
    """Add each adapter's delta to the matching `torch.nn.Linear` of `model`; returns the count.

    Raises `AdapterError` when a module is missing, a shape differs, or the base weights are
    not the ones the adapters were trained on.
    """
    import torch

    modules = dict(model.named_modules())
    names = sorted(adapters.factors)
    if not names:
        raise AdapterError("the adapter file holds no factors")
    first = modules.get(names[0])
    if first is None or not hasattr(first, "weight"):
        raise AdapterError(f"the base model has no module {names[0]!r}")
    seen = weight_fingerprint(first.weight.detach().cpu().numpy())
    if abs(seen - adapters.fingerprint) > 1e-3:
        raise AdapterError(
            f"the adapters were trained on other base weights (fingerprint {seen} != "
            f"{adapters.fingerprint}); retrain them with `python -m dsaudit.embed.finetune`"
        )
    with torch.no_grad():
        for name in names:
            module = modules.get(name)
            if module is None or not hasattr(module, "weight"):
                raise AdapterError(f"the base model has no module {name!r}")
            delta = torch.from_numpy(adapters.delta(name))
            if tuple(delta.shape) != tuple(module.weight.shape):
                raise AdapterError(
                    f"adapter for {name} is {tuple(delta.shape)}, "
                    f"the weight is {tuple(module.weight.shape)}"
                )
            module.weight += delta.to(module.weight.dtype).to(module.weight.device)
    return len(names)
