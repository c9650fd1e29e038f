"""Train the classifier heads: `python -m dsaudit.embed.train --embedder static --out DIR`.

Reproducible by construction: fixed data (our seed files plus AdvBench and StrongREJECT from
../shared/data, the only public sets allowed for training), fixed seed, deterministic solver.
HarmBench, XSTest, Bianchi et al.'s I-* and Q-Harm sets are evaluation-only and never read here.

Each head is an L2-regularised logistic regression with balanced class weights; its threshold
is chosen on out-of-fold scores of the training data (5-fold), never on evaluation sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from dsaudit.embed.encoders import Encoder, open_encoder
from dsaudit.embed.heads import HEADS_DIR, LinearHead, heads_file, save_heads
from dsaudit.seed import seed_rows

# Out-of-fold false-positive budgets on the negative training rows: `threshold` (a finding)
# and `strict_threshold` (the finding's full severity). The benign training rows include
# deliberate lookalikes, so their FPR overstates the rate on ordinary data.
TARGET_FPR = {"harmful_request": 0.01, "refusal": 0.02}
STRICT_FPR = {"harmful_request": 0.002, "refusal": 0.005}


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _seed(name: str) -> list[str]:
    return [row["text"] for row in seed_rows(name)]


def training_sets(shared: Path | None) -> dict[str, tuple[list[str], list[str]]]:
    """Per head: (positive texts, negative texts)."""
    harmful = (
        _seed("harmful_requests.jsonl")
        + _seed("harmful_styles.jsonl")
        + _seed("harmful_broad.jsonl")
    )
    compliant = _seed("compliant_openers.jsonl")
    if shared is not None:
        harmful += [r["goal"] for r in _jsonl(shared / "advbench" / "harmful_behaviors.jsonl")]
        harmful += [
            r["forbidden_prompt"]
            for r in _jsonl(shared / "strongreject" / "strongreject_dataset.jsonl")
        ]
        compliant += [r["target"] for r in _jsonl(shared / "advbench" / "harmful_behaviors.jsonl")]
    benign = (
        _seed("benign_requests.jsonl")
        + _seed("benign_instructions.jsonl")
        + _seed("benign_styles.jsonl")
        + _seed("benign_texts.jsonl")
        + _seed("benign_lookalikes.jsonl")
    )
    return {
        "harmful_request": (_unique(harmful), _unique(benign)),
        "refusal": (_unique(_seed("refusals.jsonl")), _unique(compliant)),
    }


def _unique(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=0)
    return model.fit(x, y)


def out_of_fold(x: np.ndarray, y: np.ndarray, c: float, folds: int = 5) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold

    scores = np.zeros(len(y))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(x, y):
        scores[test] = _fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
    return scores


def pick_threshold(scores: np.ndarray, y: np.ndarray, target_fpr: float) -> float:
    """Lowest threshold whose out-of-fold FPR on negatives stays within `target_fpr`."""
    negatives = np.sort(scores[y == 0])
    k = int(np.floor(target_fpr * len(negatives)))
    cut = negatives[len(negatives) - k - 1] if k < len(negatives) else 0.0
    return float(min(max(cut + 1e-6, 0.05), 0.9999))


def train_head(name: str, encoder: Encoder, pos: list[str], neg: list[str]) -> LinearHead:
    from sklearn.metrics import roc_auc_score

    x = np.vstack([encoder.encode(pos), encoder.encode(neg)])
    y = np.concatenate([np.ones(len(pos)), np.zeros(len(neg))])
    best_c, best_auc, best_scores = 1.0, -1.0, np.zeros(0)
    for c in (1.0, 4.0, 16.0, 64.0):
        scores = out_of_fold(x, y, c)
        auc = float(roc_auc_score(y, scores))
        if auc > best_auc + 1e-4:
            best_c, best_auc, best_scores = c, auc, scores
    threshold = pick_threshold(best_scores, y, TARGET_FPR[name])
    strict = max(threshold, pick_threshold(best_scores, y, STRICT_FPR[name]))
    model = _fit(x, y, best_c)
    hit = best_scores >= threshold
    strict_hit = best_scores >= strict
    meta = {
        "strict_threshold": round(strict, 6),
        "oof_recall_strict": round(float(strict_hit[y == 1].mean()), 4),
        "oof_fpr_strict": round(float(strict_hit[y == 0].mean()), 4),
        "C": best_c,
        "positives": len(pos),
        "negatives": len(neg),
        "oof_auroc": round(best_auc, 4),
        "oof_recall": round(float(hit[y == 1].mean()), 4),
        "oof_fpr": round(float(hit[y == 0].mean()), 4),
        "target_fpr": TARGET_FPR[name],
    }
    return LinearHead(
        name=name,
        encoder=encoder.id,
        weights=model.coef_[0].astype(np.float32),
        bias=float(model.intercept_[0]),
        threshold=threshold,
        meta=meta,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", default="static", help="static, minilm, or a model path")
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path("../shared/data"),
        help="folder holding advbench/ and strongreject/ (skipped if absent)",
    )
    parser.add_argument("--out", type=Path, default=HEADS_DIR, help="folder for the heads JSON")
    args = parser.parse_args(argv)
    shared = args.shared if (args.shared / "advbench").is_dir() else None
    if shared is None:
        print(f"note: {args.shared} not found; training on the seed data only", file=sys.stderr)
    encoder = open_encoder(args.embedder)
    heads = {
        name: train_head(name, encoder, pos, neg)
        for name, (pos, neg) in training_sets(shared).items()
    }
    path = heads_file(encoder.id, args.out)
    save_heads(heads, path)
    for head in heads.values():
        print(f"{head.name}: threshold {head.threshold:.3f} {head.meta}")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
