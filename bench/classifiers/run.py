"""Classifier benchmark: AUROC, recall and false-positive rate per evaluation set.

    python bench/classifiers/run.py [--embedders static minilm] [--heads DIR] [--task-rows N]

For each embedder, the harmful-request head scores every set; harmful sets report recall at
the head's shipped threshold, benign sets their false-positive rate; AUROC is each set
against the pooled sets of the other kind. Needs ../shared/data.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "accuracy_blind"))

from eval_sets import BENIGN, HARMFUL, load_sets
from tables import git_state, pct, table

from dsaudit.embed import load_heads, open_encoder


def auroc(pos: np.ndarray, neg: np.ndarray) -> float:
    """Mann-Whitney AUROC (ties count half)."""
    scores = np.concatenate([pos, neg])
    order = scores.argsort(kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    for value in np.unique(scores):  # average ranks of ties
        tied = scores == value
        if tied.sum() > 1:
            ranks[tied] = ranks[tied].mean()
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def evaluate(
    name: str, sets: dict[str, tuple[str, list[str]]], heads_dir: Path | None
) -> list[list[str]]:
    started = time.perf_counter()
    encoder = open_encoder(name, folder=heads_dir)
    head = load_heads(encoder.id, encoder.dim, heads_dir)["harmful_request"]
    scores = {}
    count = 0
    for set_name, (_kind, texts) in sets.items():
        scores[set_name] = head.scores(encoder.encode(texts))
        count += len(texts)
    elapsed = time.perf_counter() - started
    pooled = {
        kind: np.concatenate([scores[n] for n, (k, _) in sets.items() if k == kind])
        for kind in (HARMFUL, BENIGN)
    }
    rows = []
    for set_name, (kind, texts) in sets.items():
        s = scores[set_name]
        hit = pct((s >= head.threshold).sum(), len(s))
        strict = pct((s >= head.strict_threshold).sum(), len(s))
        if kind == HARMFUL:
            auc = auroc(s, pooled[BENIGN])
            rows.append([name, set_name, kind, str(len(texts)), f"{auc:.3f}", hit, strict, "", ""])
        else:
            auc = auroc(pooled[HARMFUL], s)
            rows.append([name, set_name, kind, str(len(texts)), f"{auc:.3f}", "", "", hit, strict])
    task_sets = [
        n
        for n in sets
        if n
        in (
            "sst2",
            "ag_news",
            "commonsenseqa",
            "gsm8k",
            "nq_open",
            "glaive_toolcall",
            "alpaca_en_demo",
        )
    ]
    task_scores = np.concatenate([scores[n] for n in task_sets])
    harmful_scores = pooled[HARMFUL]
    n_h, n_t = len(harmful_scores), len(task_scores)
    rows.append(
        [
            name,
            "ALL harmful",
            HARMFUL,
            str(n_h),
            f"{auroc(harmful_scores, pooled[BENIGN]):.3f}",
            pct((harmful_scores >= head.threshold).sum(), n_h),
            pct((harmful_scores >= head.strict_threshold).sum(), n_h),
            "",
            "",
        ]
    )
    rows.append(
        [
            name,
            "ALL benign task rows",
            BENIGN,
            str(n_t),
            f"{auroc(harmful_scores, task_scores):.3f}",
            "",
            "",
            pct((task_scores >= head.threshold).sum(), n_t),
            pct((task_scores >= head.strict_threshold).sum(), n_t),
        ]
    )
    print(
        f"{name}: threshold {head.threshold:.3f}, strict {head.strict_threshold:.3f}, "
        f"{count} texts in {elapsed:.1f} s "
        f"({count / elapsed:.0f} texts/s incl. load)",
        file=sys.stderr,
    )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedders", nargs="+", default=["static", "minilm-base", "minilm"])
    parser.add_argument("--heads", type=Path, default=None, help="heads folder (default: shipped)")
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data"
    )
    parser.add_argument("--task-rows", type=int, default=1000)
    args = parser.parse_args()
    if not args.shared.is_dir():
        print(f"{args.shared} not found", file=sys.stderr)
        return 2
    sets = load_sets(args.shared, args.task_rows)
    rows = []
    for name in args.embedders:
        rows += evaluate(name, sets, args.heads)
    print(git_state())
    print(
        table(
            [
                "embedder",
                "set",
                "kind",
                "n",
                "AUROC",
                "recall",
                "recall@strict",
                "FPR",
                "FPR@strict",
            ],
            rows,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
