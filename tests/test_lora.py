"""LoRA adapter files: plain arrays, exact merge, refusal of a different base model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dsaudit.embed.lora import AdapterError, LoraAdapters, merge_into, weight_fingerprint

torch = pytest.importorskip("torch")


class _Tiny(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.proj = torch.nn.Linear(20, 18)
        self.out = torch.nn.Linear(18, 4)


def _adapters(model: _Tiny, scale: float = 2.0) -> LoraAdapters:
    rng = np.random.default_rng(1)
    factors = {
        "proj": (
            rng.normal(size=(3, 20)).astype(np.float32),
            rng.normal(size=(18, 3)).astype(np.float32),
        ),
        "out": (
            rng.normal(size=(3, 18)).astype(np.float32),
            rng.normal(size=(4, 3)).astype(np.float32),
        ),
    }
    fp = weight_fingerprint(model.out.weight.detach().numpy())  # "out" sorts first
    return LoraAdapters("tiny", scale, factors, fp, {"rank": 3})


def test_round_trip_and_merge_equals_low_rank_forward(tmp_path: Path) -> None:
    model = _Tiny()
    adapters = _adapters(model)
    path = tmp_path / "a.lora.npz"
    adapters.save(path)
    loaded = LoraAdapters.load(path)
    assert (
        loaded.scale == 2.0
        and loaded.meta == {"rank": 3}
        and sorted(loaded.factors) == ["out", "proj"]
    )
    x = torch.randn(5, 20)
    a, b = (torch.from_numpy(t) for t in loaded.factors["proj"])
    with torch.no_grad():
        expected = model.proj(x) + 2.0 * (x @ a.t() @ b.t())
        assert merge_into(model, loaded) == 2
        assert torch.allclose(model.proj(x), expected, atol=1e-5)


def test_loading_never_unpickles(tmp_path: Path) -> None:
    path = tmp_path / "evil.npz"
    np.savez(path, __header__=np.array([{"format": 1}], dtype=object))
    with pytest.raises(AdapterError, match="cannot read"):
        LoraAdapters.load(path)


def test_other_base_weights_are_refused(tmp_path: Path) -> None:
    model = _Tiny()
    adapters = _adapters(model)
    with torch.no_grad():
        model.out.weight += 1.0
    with pytest.raises(AdapterError, match="other base weights"):
        merge_into(model, adapters)


def test_shape_mismatch_is_refused() -> None:
    model = _Tiny()
    good = _adapters(model)
    bad = LoraAdapters(
        "tiny",
        1.0,
        {**good.factors, "proj": (np.zeros((3, 7), np.float32), np.zeros((18, 3), np.float32))},
        good.fingerprint,
        {},
    )
    with pytest.raises(AdapterError, match="proj"):
        merge_into(model, bad)
