"""Optional paraphrasing of the pool requests `fix` adds (off by default, never required).

Filling the template keeps the defence free of any model; a user who wants more natural
variety can name a local transformers model or an OpenAI-compatible endpoint, which then
rewrites each request (never the refusals or answers, so a paraphraser cannot weaken them).
A failed or implausible rewrite keeps the original request; the manifest counts both.
This is the only network access `fix` makes, and only to the endpoint the user gives.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Protocol

INSTRUCTION = (
    "Rewrite the user's message in different words with exactly the same meaning, in the same "
    "language. Reply with the rewritten message only."
)


class Paraphraser(Protocol):
    def __call__(self, text: str) -> str | None:
        """The rewrite, or None when the backend failed."""
        ...


def plausible(original: str, rewrite: str | None) -> str | None:
    """Keep a rewrite only when it looks like one message of similar length."""
    if not rewrite:
        return None
    rewrite = rewrite.strip().strip('"').strip()
    if not rewrite or rewrite == original or len(rewrite) > 3 * len(original) + 40:
        return None
    return rewrite


class EndpointParaphraser:
    """POST {base}/chat/completions of an OpenAI-compatible server the user runs or names."""

    def __init__(self, base_url: str, model: str, timeout: float = 30.0) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.timeout = timeout
        self.key = os.environ.get("DSAUDIT_PARAPHRASER_KEY") or os.environ.get("OPENAI_API_KEY")

    def __call__(self, text: str) -> str | None:
        body = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": INSTRUCTION},
                {"role": "user", "content": text},
            ],
            "temperature": 0.7,
        }
        headers = {"Content-Type": "application/json"}
        if self.key:
            headers["Authorization"] = f"Bearer {self.key}"
        request = urllib.request.Request(
            self.url, data=json.dumps(body).encode(), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data: Any = json.loads(response.read().decode("utf-8"))
            return plausible(text, str(data["choices"][0]["message"]["content"]))
        except (urllib.error.URLError, OSError, ValueError, KeyError, IndexError, TypeError):
            return None


class LocalParaphraser:
    """A local causal LM folder, run greedily through its chat template (needs torch)."""

    def __init__(self, path: Path) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.tokenizer: Any = AutoTokenizer.from_pretrained(str(path))
        self.model: Any = AutoModelForCausalLM.from_pretrained(str(path))
        self.model.train(False)  # inference mode

    def __call__(self, text: str) -> str | None:
        import torch

        messages = [
            {"role": "system", "content": INSTRUCTION},
            {"role": "user", "content": text},
        ]
        try:
            ids: Any = self.tokenizer.apply_chat_template(
                messages, add_generation_prompt=True, return_tensors="pt"
            )
            with torch.inference_mode():
                out = self.model.generate(ids, max_new_tokens=96, do_sample=False)
            rewrite = str(self.tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True))
        except Exception:  # a model that cannot chat: keep the original request
            return None
        return plausible(text, rewrite)


def open_paraphraser(spec: str, model: str = "") -> Paraphraser:
    """An endpoint for http(s) URLs (with `model`), else a local model folder."""
    if spec.startswith(("http://", "https://")):
        return EndpointParaphraser(spec, model or "default")
    path = Path(spec).expanduser()
    if not path.is_dir():
        raise ValueError(f"paraphraser {spec!r} is neither an http(s) URL nor a model folder")
    return LocalParaphraser(path)
