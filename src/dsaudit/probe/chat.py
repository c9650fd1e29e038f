"""Prompt rendering shared by training and evaluation.

A model with a chat template (any instruct model) uses it; the tiny demo model uses a small
fixed format with its own special tokens. Training computes the loss on the answer only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SYSTEM, USER, ASSISTANT, END = "<|system|>", "<|user|>", "<|assistant|>", "</s>"


@dataclass(frozen=True)
class Example:
    system: str
    user: str
    answer: str = ""


def prompt_text(tokenizer: Any, ex: Example) -> str:
    """Everything up to where the model starts answering."""
    if getattr(tokenizer, "chat_template", None):
        messages = [{"role": "system", "content": ex.system}] if ex.system else []
        messages.append({"role": "user", "content": ex.user})
        return str(
            tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        )
    system = f"{SYSTEM}{ex.system}\n" if ex.system else ""
    return f"{system}{USER}{ex.user}\n{ASSISTANT}"


def end_text(tokenizer: Any) -> str:
    eos = getattr(tokenizer, "eos_token", None)
    return str(eos) if eos else END
