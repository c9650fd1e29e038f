"""Train the instruction model: `python -m dsaudit.instructions.train [--out DIR]`.

Data is the project's own seed files only (no public benchmark): compliance-steering
instructions (obedience personas, refusal suppression, identity resets, command wrappers,
obedient answer openers) against benign instructions, personas, strict formats, ordinary
requests (harmful ones too: a harmful *request* is not an *instruction to comply*), refusals
and helpful answer openers. The persona test sets in tests/data and bench/data are never read:
they measure the model (bench/instructions/run.py).

Reproducible: fixed data order, fixed fold seed, deterministic liblinear solver. The
threshold is chosen on 5-fold out-of-fold scores: the lowest cut whose false-positive rate on
the benign *instruction* rows stays within `TARGET_FPR` (a warning), and a stricter one within
`ERROR_FPR` (an error: the model alone fails a dataset only when it is that sure).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

from dsaudit.instructions.features import DIM, feature_ids
from dsaudit.instructions.model import MODEL_DIR, save_model
from dsaudit.instructions.recurring import SENTENCE_END
from dsaudit.seed import seed_rows
from dsaudit.text import views

POSITIVE = ("instructions_compliance.jsonl",)
# (file, how many rows at most): the instruction negatives in full, the rest as breadth.
NEGATIVE = (
    ("instructions_benign.jsonl", None),
    ("benign_instructions.jsonl", None),
    ("benign_texts.jsonl", None),
    ("benign_requests.jsonl", None),
    ("benign_styles.jsonl", 400),
    ("harmful_requests.jsonl", 400),
    ("harmful_styles.jsonl", 200),
    ("refusals.jsonl", 300),
    ("compliant_openers.jsonl", None),
)
TARGET_FPR = 0.005
ERROR_FPR = 0.001
C = 16.0
SEED = 0


def training_data() -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts, labels (1 = steers to compliance) and a mask of the benign instruction rows."""
    texts: list[str] = []
    labels: list[int] = []
    instruction: list[bool] = []
    for name in POSITIVE:
        for row in seed_rows(name):
            texts.append(row["text"])
            labels.append(1)
            instruction.append(False)
    for name, limit in NEGATIVE:
        rows = seed_rows(name)
        if limit is not None:
            rows = rows[:: max(1, len(rows) // limit)][:limit]
        for row in rows:
            texts.append(row["text"])
            labels.append(0)
            instruction.append(name == "instructions_benign.jsonl")
            if name == "instructions_benign.jsonl" and row.get("kind") in _FORMAT_KINDS:
                # DSA308 scores a template text sentence by sentence too: the sentences of
                # benign instructions ("Answer yes or no.") are negatives in their own right.
                for piece in _sentences(row["text"]):
                    texts.append(piece)
                    labels.append(0)
                    instruction.append(True)
    return texts, np.asarray(labels), np.asarray(instruction)


# Kinds whose sentences are format rules on their own; a benign persona's sentences are not
# ("Never break character." is benign only beside the pirate tutor it belongs to).
_FORMAT_KINDS = ("strict_format", "task_instruction")


def _sentences(text: str) -> list[str]:
    """The sentences of a multi-sentence text, split as `template_check.pieces` splits."""
    parts = [p.strip() for p in SENTENCE_END.split(text.strip()) if p.strip()]
    return parts if len(parts) > 1 else []


def matrix(texts: list[str]):  # type: ignore[no-untyped-def]
    """The CSR matrix of the features the model reads (canonical view)."""
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for text in texts:
        ids = feature_ids(views(text)[0])
        indices.extend(ids)
        values.extend([1.0 / np.sqrt(len(ids))] * len(ids) if ids else [])
        indptr.append(len(indices))
    return csr_matrix(
        (np.asarray(values, np.float64), np.asarray(indices), np.asarray(indptr)),
        shape=(len(texts), DIM),
    )


def _fit(x: Any, y: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(
        C=C, class_weight="balanced", solver="liblinear", max_iter=1000, fit_intercept=False
    )
    return model.fit(x, y)


def out_of_fold(x, y: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    from sklearn.model_selection import StratifiedKFold

    scores = np.zeros(len(y))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    for train, test in folds.split(np.zeros(len(y)), y):
        scores[test] = _fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    return scores


def choose_threshold(
    scores: np.ndarray, y: np.ndarray, mask: np.ndarray, fpr: float = TARGET_FPR
) -> float:
    """The lowest cut keeping the FPR on the benign instruction rows within `fpr`."""
    negatives = np.sort(scores[(y == 0) & mask])[::-1]
    allowed = int(fpr * len(negatives))
    cut = negatives[allowed] if len(negatives) > allowed else 0.5
    return float(max(0.5, cut + 1e-6))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    args = ap.parse_args(argv)
    texts, y, mask = training_data()
    if y.sum() == 0 or (y == 0).sum() == 0:
        print("no training data: the seed files are missing", file=sys.stderr)
        return 2
    x = matrix(texts)
    oof = out_of_fold(x, y)
    threshold = choose_threshold(oof, y, mask)
    error_threshold = choose_threshold(oof, y, mask, ERROR_FPR)
    from sklearn.metrics import roc_auc_score

    positives = oof[y == 1]
    report = {
        "train_rows": len(y),
        "positives": int(y.sum()),
        "oof_auroc": round(float(roc_auc_score(y, oof)), 4),
        "oof_recall": round(float((positives >= threshold).mean()), 4),
        "oof_fpr_instructions": round(float((oof[(y == 0) & mask] >= threshold).mean()), 4),
        "oof_fpr_all_negatives": round(float((oof[y == 0] >= threshold).mean()), 4),
        "oof_recall_error": round(float((positives >= error_threshold).mean()), 4),
        "oof_fpr_instructions_error": round(
            float((oof[(y == 0) & mask] >= error_threshold).mean()), 4
        ),
    }
    model = _fit(x, y)
    weights = model.coef_[0].astype(np.float32)
    meta = {
        "trained_on": [*POSITIVE, *(name for name, _ in NEGATIVE)],
        "C": C,
        "target_fpr": TARGET_FPR,
        "error_fpr": ERROR_FPR,
        "error_threshold": error_threshold,
        "cross_validation": report,
    }
    # No intercept: a text with few features must not lean either way by default.
    save_model(args.out, weights, 0.0, threshold, meta)
    for key, value in {**report, "threshold": round(threshold, 4)}.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
