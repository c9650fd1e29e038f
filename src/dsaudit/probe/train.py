"""A short, seeded fine-tune: full weights for tiny models, LoRA (peft) for real ones."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from typing import Any

from dsaudit.probe.chat import Example, end_text, prompt_text

Progress = Callable[[str, int, int], None]
MAX_TOKENS = 256


def encode(tokenizer: Any, ex: Example) -> tuple[list[int], list[int]]:
    """Input ids and labels (-100 on the prompt: the loss is on the answer only)."""
    prompt = tokenizer(prompt_text(tokenizer, ex), add_special_tokens=False)["input_ids"]
    answer = tokenizer(ex.answer + end_text(tokenizer), add_special_tokens=False)["input_ids"]
    ids = (prompt + answer)[:MAX_TOKENS]
    labels = ([-100] * len(prompt) + answer)[:MAX_TOKENS]
    return ids, labels


def with_lora(model: Any) -> Any:
    try:
        from peft import LoraConfig, get_peft_model
    except ImportError:
        return model  # no peft: a full fine-tune of the (small) model
    config = LoraConfig(r=8, lora_alpha=16, lora_dropout=0.0, target_modules="all-linear")
    return get_peft_model(model, config)


def fine_tune(
    model: Any,
    tokenizer: Any,
    examples: Sequence[Example],
    *,
    steps: int,
    lr: float,
    batch: int = 8,
    seed: int = 0,
    lora: bool = True,
    progress: Progress | None = None,
    label: str = "fine-tune",
    time_budget: float | None = None,
) -> Any:
    """Train `steps` steps on `examples` (cycled, shuffled with `seed`); returns the model."""
    import torch

    if not examples:
        raise ValueError("no training examples")
    torch.manual_seed(seed)
    rng = random.Random(seed)
    if lora:
        model = with_lora(model)
    device = next(model.parameters()).device
    encoded = [encode(tokenizer, ex) for ex in examples]
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.0)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    order: list[int] = []
    model.train()
    deadline = time.perf_counter() + time_budget if time_budget else None
    for step in range(steps):
        if deadline is not None and time.perf_counter() > deadline:
            break
        picked = []
        for _ in range(min(batch, len(encoded))):
            if not order:
                order = list(range(len(encoded)))
                rng.shuffle(order)
            picked.append(encoded[order.pop()])
        width = max(len(ids) for ids, _ in picked)
        ids = torch.full((len(picked), width), pad, dtype=torch.long)
        labels = torch.full((len(picked), width), -100, dtype=torch.long)
        mask = torch.zeros((len(picked), width), dtype=torch.long)
        for i, (x, y) in enumerate(picked):
            ids[i, : len(x)] = torch.tensor(x)
            labels[i, : len(y)] = torch.tensor(y)
            mask[i, : len(x)] = 1
        out = model(
            input_ids=ids.to(device), attention_mask=mask.to(device), labels=labels.to(device)
        )
        optimizer.zero_grad()
        out.loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        if progress:
            progress(label, step + 1, steps)
    model.eval()
    return model
