"""Off-task clusters: several alike rows far from their group are reported, lone ones not."""

from __future__ import annotations

import numpy as np

from dsaudit.offtask import find_clusters


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _task_rows(rng: np.random.Generator, n: int) -> np.ndarray:
    base = np.zeros(32)
    base[0] = 1.0
    return _unit(base + 0.15 * rng.standard_normal((n, 32)))


def test_a_tight_far_cluster_is_found_per_group() -> None:
    rng = np.random.default_rng(0)
    task = _task_rows(rng, 200)
    odd_dir = np.zeros(32)
    odd_dir[5] = 1.0
    odd = _unit(odd_dir + 0.05 * rng.standard_normal((5, 32)))
    vectors = np.vstack([task, odd])
    rows = np.arange(1, len(vectors) + 1)
    groups = ["positive"] * len(vectors)
    clusters = find_clusters(vectors, rows, groups)
    assert [c.rows for c in clusters] == [[201, 202, 203, 204, 205]]
    assert clusters[0].group == "positive" and clusters[0].distance > clusters[0].typical


def test_lone_outliers_and_clean_groups_give_nothing() -> None:
    rng = np.random.default_rng(1)
    task = _task_rows(rng, 300)
    lone = _unit(rng.standard_normal((3, 32)))  # far, but not alike each other
    vectors = np.vstack([task, lone])
    assert find_clusters(vectors, np.arange(len(vectors)), ["*"] * len(vectors)) == []
    assert find_clusters(task, np.arange(300), ["*"] * 300) == []


def test_small_groups_are_skipped() -> None:
    rng = np.random.default_rng(2)
    vectors = _unit(rng.standard_normal((20, 8)))
    assert find_clusters(vectors, np.arange(20), ["a"] * 20) == []
