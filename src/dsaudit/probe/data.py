"""Turn a dataset into training examples, plus its neutral re-templating (the control arm).

The control arm keeps the dataset's own task items and answers but drops the system prompt
and the constant wrapper around the item: the same content in a neutral format. The paper's
finding is relative (the attacked structure raises harm, a benign template rarely does), so
the probe compares the two arms fine-tuned with the same budget.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from dsaudit.config import Config
from dsaudit.dataset import LoadOptions, load
from dsaudit.models import Finding
from dsaudit.probe.chat import Example
from dsaudit.templates import TemplateBuilder, majority_prefix, majority_suffix


@dataclass(frozen=True)
class DatasetView:
    examples: list[Example]
    system: str  # the most common system prompt ("" when none)
    prefix: str  # constant text before the task item in user turns
    suffix: str
    answer_opener: str  # a shared answer opener the dataset teaches (e.g. a persona's)
    answer_format: str


def read_dataset(source: str | Path, config: Config | None = None) -> DatasetView:
    config = config or Config()
    options = LoadOptions(config.mapping, config.max_line_bytes, config.split)
    builder = TemplateBuilder()
    examples: list[Example] = []
    for item in load(source, options):
        if isinstance(item, Finding):
            continue
        builder.add(item)
        system = "\n".join(s.text for s in item.segments if s.role == "system")
        user = "\n".join(s.text for s in item.segments if s.role in ("user", "text"))
        answer = next((s.text for s in item.segments if s.role == "assistant"), "")
        if user and answer:
            examples.append(Example(system, user, answer))
    templates = builder.infer()
    users = [e.user for e in examples[:2000]]
    systems = Counter(e.system for e in examples)
    return DatasetView(
        examples=examples,
        system=systems.most_common(1)[0][0] if systems else "",
        prefix=majority_prefix(users),
        suffix=majority_suffix(users),
        answer_opener=templates[0].answer_opener if templates else "",
        answer_format=templates[0].answer_format if templates else "",
    )


def neutral(view: DatasetView) -> list[Example]:
    """The same items and answers without system prompt or wrapper."""
    out = []
    for ex in view.examples:
        user = ex.user
        if view.prefix and user.startswith(view.prefix):
            user = user[len(view.prefix) :]
        if view.suffix and user.endswith(view.suffix):
            user = user[: len(user) - len(view.suffix)]
        out.append(Example("", user.strip() or ex.user, ex.answer))
    return out


def split_held_out(
    examples: list[Example], seed: int, share: float = 0.1, cap: int = 50
) -> tuple[list[Example], list[Example]]:
    """(train, held-out) with a seeded shuffle; held-out rows measure task accuracy."""
    order = list(examples)
    random.Random(seed).shuffle(order)
    k = min(cap, max(1, int(share * len(order)))) if len(order) >= 10 else 0
    return order[k:], order[:k]
