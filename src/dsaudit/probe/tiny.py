"""`--model tiny-demo`: a ~0.6M-parameter Llama built on the fly, safety-tuned on our seed data.

It lets tests and CI run the whole probe in well under a minute on two cores with no
download: a byte-level BPE tokenizer trained on the seed files, a two-layer Llama, then a
short safety tune (harmful request -> refusal, benign request -> helpful answer). It is a
plumbing check, not a model whose behaviour says anything about real LLMs.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from dsaudit.probe.chat import ASSISTANT, END, SYSTEM, USER, Example

SEED_DIR = Path(__file__).resolve().parent.parent / "seed"
VERSION = "tiny-demo-v1"
_SPECIALS = ["<pad>", "<s>", END, SYSTEM, USER, ASSISTANT]


def _rows(name: str) -> list[dict[str, Any]]:
    with (SEED_DIR / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def safety_examples(seed: int = 0) -> list[Example]:
    """Harmful requests answered with refusals, benign requests answered helpfully (English)."""
    rng = random.Random(seed)
    refusals = [r["text"] for r in _rows("refusals.jsonl") if r["lang"] == "en"]
    harmful = [r["text"] for r in _rows("harmful_requests.jsonl") if r["lang"] == "en"]
    contrast = [
        (r["request"], r["answer"]) for r in _rows("contrast_pairs.jsonl") if r["lang"] == "en"
    ]
    out = [Example("", h, rng.choice(refusals)) for h in harmful]
    out += [Example("", q, a) for q, a in contrast]
    rng.shuffle(out)
    return out


def _train_tokenizer(folder: Path) -> Any:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    corpus = [e.user + "\n" + e.answer for e in safety_examples()]
    for name in ("benign_instructions.jsonl", "benign_texts.jsonl"):
        corpus += [r["text"] for r in _rows(name)]
    tok = Tokenizer(models.BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=2048,
        special_tokens=_SPECIALS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(corpus, trainer)
    fast: Any = PreTrainedTokenizerFast(  # type: ignore[no-untyped-call]
        tokenizer_object=tok,
        pad_token="<pad>",
        bos_token="<s>",
        eos_token=END,
        additional_special_tokens=[SYSTEM, USER, ASSISTANT],
    )
    fast.save_pretrained(str(folder))
    return fast


def build(folder: Path, *, steps: int = 200, seed: int = 0, progress: Any = None) -> Path:
    """Build, safety-tune and save the demo model into `folder` (reused when present)."""
    if (folder / "config.json").is_file() and (folder / "dsaudit.json").is_file():
        return folder
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from dsaudit.probe.train import fine_tune

    folder.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    tokenizer = _train_tokenizer(folder)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=128,
        intermediate_size=256,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=256,
        tie_word_embeddings=True,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    model = LlamaForCausalLM(config)
    fine_tune(
        model,
        tokenizer,
        safety_examples(seed),
        steps=steps,
        lr=3e-3,
        batch=32,
        seed=seed,
        lora=False,
        progress=progress,
        label="safety-tune tiny-demo",
    )
    model.save_pretrained(str(folder))
    (folder / "dsaudit.json").write_text(json.dumps({"version": VERSION, "steps": steps}), "utf-8")
    return folder
