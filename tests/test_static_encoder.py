"""The static encoder's two summing paths (gather for small runs, sparse product for large
ones) agree, empty texts give zero vectors, and output rows are unit length."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

tokenizers = pytest.importorskip("tokenizers")
pytest.importorskip("scipy")

from dsaudit.embed.static_table import StaticEncoder  # noqa: E402


@pytest.fixture
def encoder(tmp_path: Path) -> StaticEncoder:
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import Whitespace

    vocab = {w: i for i, w in enumerate(["[UNK]", "hello", "world", "bake", "bread", "x"])}
    tok = tokenizers.Tokenizer(WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = Whitespace()
    path = tmp_path / "tokenizer.json"
    tok.save(str(path))
    table = np.random.default_rng(0).standard_normal((len(vocab), 8)).astype(np.float32)
    return StaticEncoder(table, path)


def test_gather_and_sparse_paths_agree(encoder: StaticEncoder) -> None:
    texts = ["hello world", "", "bake bread bread", "x x", "", "unknown words here"] * 50
    small = encoder.encode(texts)
    encoder._encoded = 10**9  # force the sparse product
    large = encoder.encode(texts)
    assert np.allclose(small, large, atol=1e-5)
    assert not small[1].any() and not small[4].any()
    norms = np.linalg.norm(small[[0, 2, 3, 5]], axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5)


def test_word_order_does_not_matter_but_words_do(encoder: StaticEncoder) -> None:
    a, b, c = encoder.encode(["hello world", "world hello", "bake bread"])
    assert np.allclose(a, b) and not np.allclose(a, c)
