"""Evaluation sets for the classifier heads, read from ../shared/data at run time.

Harmful: HarmBench (standard + contextual behaviours, without their context passages),
I-MaliciousInstructions, I-CoNa, Q-Harm, I-PhysicalSafetyUnsafe, XSTest unsafe.
Benign: XSTest safe, I-PhysicalSafetySafe, alpaca_en_demo, and the user turns of the benign
task sets (each item as the user would send it). None of these is ever used for training.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HARMFUL, BENIGN = "harmful", "benign"


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _first(path: Path, limit: int) -> list[dict[str, Any]]:
    out = []
    for row in _rows(path):
        out.append(row)
        if len(out) >= limit:
            break
    return out


def _choices(row: dict[str, Any]) -> str:
    q = row["question"]
    options = " ".join(f"{c['label']}) {c['text']}" for c in q["choices"])
    return f"{q['stem']}\n{options}"


def load_sets(shared: Path, task_rows: int = 1000) -> dict[str, tuple[str, list[str]]]:
    """name -> (kind, texts)."""
    stl = shared / "safety_tuned_llamas" / "evaluation"
    xs = list(_rows(shared / "xstest" / "xstest_prompts.jsonl"))
    hb = [
        r["Behavior"]
        for r in _rows(shared / "harmbench" / "harmbench_behaviors_text_all.jsonl")
        if r["FunctionalCategory"] in ("standard", "contextual")
    ]
    sets: dict[str, tuple[str, list[str]]] = {
        "HarmBench": (HARMFUL, hb),
        "I-MaliciousInstructions": (HARMFUL, _stl(stl / "I-MaliciousInstructions.jsonl")),
        "I-CoNa": (HARMFUL, _stl(stl / "I-CoNa.jsonl")),
        "Q-Harm": (HARMFUL, _stl(stl / "Q-Harm.jsonl")),
        "I-PhysicalSafetyUnsafe": (HARMFUL, _stl(stl / "I-PhysicalSafetyUnsafe.jsonl")),
        "XSTest unsafe": (HARMFUL, [r["prompt"] for r in xs if r["label"] == "unsafe"]),
        "XSTest safe": (BENIGN, [r["prompt"] for r in xs if r["label"] == "safe"]),
        "I-PhysicalSafetySafe": (BENIGN, _stl(stl / "I-PhysicalSafetySafe.jsonl")),
        "alpaca_en_demo": (
            BENIGN,
            [
                (r["instruction"] + "\n" + r.get("input", "")).strip()
                for r in _first(shared / "alpaca_en_demo" / "alpaca_en_demo.jsonl", task_rows)
            ],
        ),
    }
    tasks = {
        "sst2": [r["sentence"] for r in _first(shared / "sst2" / "dev.jsonl", task_rows)],
        "ag_news": [
            f"{r['Title']}. {r['Description']}"
            for r in _first(shared / "ag_news" / "test.first5000.jsonl", task_rows)
        ],
        "commonsenseqa": [
            _choices(r)
            for r in _first(shared / "commonsenseqa" / "dev_rand_split.jsonl", task_rows)
        ],
        "gsm8k": [r["question"] for r in _first(shared / "gsm8k" / "test.jsonl", task_rows)],
        "nq_open": [
            r["question"] for r in _first(shared / "nq_open" / "NQ-open.dev.jsonl", task_rows)
        ],
        "glaive_toolcall": _glaive(
            shared / "glaive_toolcall_en_demo" / "glaive_toolcall_en_demo.jsonl"
        ),
    }
    for name, texts in tasks.items():
        sets[name] = (BENIGN, texts)
    return sets


def _stl(path: Path) -> list[str]:
    return [(r["instructions"] + "\n" + (r.get("inputs") or "")).strip() for r in _rows(path)]


def _glaive(path: Path) -> list[str]:
    out = []
    for row in _rows(path):
        for turn in row["conversations"]:
            if turn.get("from") in ("human", "user"):
                out.append(turn["value"])
    return out
