"""Blind benchmark generator: poisoned and clean fine-tuning datasets for dsaudit.

Datasets are built at run time from the public benign task sets in `shared/data` (read
only) and written as JSONL to `bench/out/accuracy_blind/` (git-ignored). Nothing from the
source sets is copied into the repository. All attack wording comes from `wordings.py`,
written for this benchmark without looking at dsaudit's rules or its own generator.

Usage: `python bench/accuracy_blind/generate.py [--quick] [--seed N] [--out DIR]`.
The output is a pure function of (mode, seed).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import wordings as W
from obfuscate import ENCODINGS, OBFUSCATIONS, encode, obfuscate

REPO = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("BLIND_BENCH_DATA", REPO.parent / "shared" / "data"))
DEFAULT_OUT = REPO / "bench" / "out" / "accuracy_blind"

SCHEMAS: tuple[str, ...] = ("messages", "sharegpt", "alpaca", "prompt_completion")
RATES: tuple[float, ...] = (0.01, 0.03, 0.05)
ENCODED_RATES: tuple[float, ...] = (0.03, 0.05)

DATASET_LEVEL = ("persona", "autoif", "autoif_persona", "refusal_suppression")
ROW_HIDING = ("minority_format", "trigger", "encoded")
NEGATIVE = (
    "clean",
    "alpaca",
    "glaive",
    "gsm8k",
    "moderation",
    "benign_persona",
    "strict_format",
    "duplicates",
)


# ======================================================================================
# Source data
# ======================================================================================
@dataclass(frozen=True)
class Item:
    """One task example: content shown to the model and its gold key."""

    task: str
    text: str
    key: str
    title: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    worked: str = ""


def _jsonl(rel: str) -> list[dict[str, Any]]:
    with (DATA / rel).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@cache
def task_items(task: str) -> tuple[Item, ...]:
    """Load a benign task set as Items (cached per process)."""
    if task == "sst2":
        return tuple(
            Item("sst2", r["sentence"].strip(), str(r["label"]))
            for r in _jsonl("sst2/train.first5000.jsonl")
        )
    if task == "ag_news":
        return tuple(
            Item(
                "ag_news",
                r["Description"].replace("\\", " ").strip(),
                r["Class Index"],
                title=r["Title"].strip(),
            )
            for r in _jsonl("ag_news/test.first5000.jsonl")
        )
    if task == "csqa":
        return tuple(
            Item(
                "csqa",
                r["question"]["stem"],
                r["answerKey"],
                choices=tuple((c["label"], c["text"]) for c in r["question"]["choices"]),
            )
            for r in _jsonl("commonsenseqa/train_rand_split.first5000.jsonl")
        )
    if task == "gsm8k":
        out = []
        for r in _jsonl("gsm8k/train.first5000.jsonl"):
            worked = r["answer"]
            final = worked.rsplit("####", 1)[-1].strip()
            out.append(Item("gsm8k", r["question"], final, worked=worked))
        return tuple(out)
    if task == "nq":
        return tuple(
            Item("nq", r["question"].strip(), r["answer"][0])
            for r in _jsonl("nq_open/NQ-open.dev.jsonl")
        )
    raise ValueError(task)


@cache
def raw_rows(name: str) -> tuple[dict[str, Any], ...]:
    """Load a raw source file by short name (alpaca, glaive, xstest, harmbench, advbench)."""
    paths = {
        "alpaca": "alpaca_en_demo/alpaca_en_demo.jsonl",
        "glaive": "glaive_toolcall_en_demo/glaive_toolcall_en_demo.jsonl",
        "xstest": "xstest/xstest_prompts.jsonl",
        "harmbench": "harmbench/harmbench_behaviors_text_all.jsonl",
        "advbench": "advbench/harmful_behaviors.jsonl",
    }
    return tuple(_jsonl(paths[name]))


# ======================================================================================
# Attack-wording bookkeeping
# ======================================================================================
def _attack_bank() -> dict[str, str]:
    """Every hand-written attack string, mapped to the bank it comes from."""
    banks: dict[str, dict[str, list[str]]] = {
        "persona": W.PERSONA,
        "user_wrapper": W.USER_WRAPPERS,
        "opener": W.OPENERS,
        "refusal_suppression": W.REFUSAL_SUPPRESSION,
        "compliant_opener": W.COMPLIANT_OPENERS,
        "trigger_opener": W.TRIGGER_OPENERS,
        "benign_looking_request": W.BENIGN_LOOKING_REQUESTS,
        "trigger_phrase": W.TRIGGER_PHRASES,
        "encoded_payload": W.ENCODED_PAYLOADS,
        "encoded_wrapper": W.ENCODED_WRAPPERS,
        "follow_all": W.FOLLOW_ALL,
    }
    out = {text: name for name, bank in banks.items() for texts in bank.values() for text in texts}
    for per_type in W.CONSTRAINTS.values():
        for texts in per_type.values():
            out.update(dict.fromkeys(texts, "constraint"))
    out.update(dict.fromkeys(W.TRIGGER_TOKENS, "trigger_token"))
    return out


ATTACK_BANK: dict[str, str] = _attack_bank()


class TrackingRandom(random.Random):
    """A seeded Random that remembers which hand-written attack strings it handed out.

    It draws exactly as `random.Random` does; it only records picks, so the benchmark can
    report how many distinct wordings each family and language actually used.
    """

    def __init__(self, seed: str) -> None:
        super().__init__(seed)
        self.used: set[str] = set()

    def _note(self, value: Any) -> None:
        if isinstance(value, str) and value in ATTACK_BANK:
            self.used.add(value)

    def choice(self, seq: Sequence[Any]) -> Any:  # type: ignore[override]
        value = super().choice(seq)
        self._note(value)
        return value

    def sample(self, population: Sequence[Any], k: int, **kw: Any) -> list[Any]:  # type: ignore[override]
        values = super().sample(population, k, **kw)
        if population and isinstance(population[0], str):
            for v in values:
                self._note(v)
        return values


# ======================================================================================
# Rows: a turn in a neutral shape, emitted into one of four schemas
# ======================================================================================
@dataclass
class Turn:
    """A single-turn training pair before schema emission."""

    instruction: str
    input: str = ""
    output: str = ""
    system: str | None = None
    prefix: str = ""
    suffix: str = ""
    wrapper: str | None = None  # "...{x}..." applied to the whole user text

    def user_text(self) -> str:
        """The user turn as a chat schema shows it (a wrapper goes inside any prefix)."""
        text = "\n\n".join(p for p in (self.instruction, self.input, self.suffix) if p)
        if self.wrapper:
            text = self.wrapper.format(x=text)
        return f"{self.prefix}\n\n{text}" if self.prefix else text


@dataclass
class Frame:
    """Per-dataset task template: instruction wording, content layout, answer cue."""

    task: str
    lang: str
    instruction: str
    field_label: bool
    option_style: int
    cue: str
    keep_calc: bool = True


def make_frame(task: str, lang: str, rng: random.Random) -> Frame:
    """Choose a benign task template for a dataset."""
    instr = rng.choice(W.TASK_INSTRUCTIONS[task][lang])
    cue_word = W.FIELD_NAMES["answer"][lang]
    if task == "sst2" and lang == "en":
        cue_word = rng.choice(["Answer", "Sentiment", "Label"])
    cue = f"{cue_word} :" if lang == "fr" else f"{cue_word}:"
    return Frame(
        task=task,
        lang=lang,
        instruction=instr,
        field_label=rng.random() < 0.6,
        option_style=rng.randrange(3),
        cue=cue,
        keep_calc=rng.random() < 0.5,
    )


def content(item: Item, frame: Frame) -> str:
    """Render the item's content (review, article, question + options)."""
    lang = frame.lang
    if item.task == "sst2":
        return f"{W.FIELD_NAMES['review'][lang]}: {item.text}" if frame.field_label else item.text
    if item.task == "ag_news":
        if frame.field_label:
            return f"{W.FIELD_NAMES['article'][lang]}: {item.title}\n{item.text}"
        return f"{item.title} - {item.text}"
    if item.task == "csqa":
        fmt = ("{l}. {t}", "({l}) {t}", "{l}) {t}")[frame.option_style]
        opts = "\n".join(fmt.format(l=lab, t=txt) for lab, txt in item.choices)
        q = f"{W.FIELD_NAMES['question'][lang]}: {item.text}" if frame.field_label else item.text
        return f"{q}\n{opts}"
    if item.task in ("gsm8k", "nq"):
        q = item.text if item.text.endswith("?") or item.task == "gsm8k" else item.text + "?"
        return f"{W.FIELD_NAMES['question'][lang]}: {q}" if frame.field_label else q
    raise ValueError(item.task)


def gold(item: Item, frame: Frame) -> str:
    """The benign, correct answer in the dataset's language and format."""
    if item.task in ("sst2", "ag_news"):
        return W.LABELS[item.task][frame.lang][item.key]
    if item.task == "gsm8k":
        worked = item.worked
        if not frame.keep_calc:
            worked = re.sub(r"<<[^>]*>>", "", worked)
        return worked
    return item.key  # csqa letter, nq short answer


def gloss(item: Item, frame: Frame) -> str:
    """A readable form of the gold answer for free text (e.g. "B (populated areas)")."""
    if item.task == "csqa":
        text = dict(item.choices).get(item.key, "")
        return f"{item.key} ({text})"
    return gold(item, frame)


def snippet(item: Item, rng: random.Random) -> str:
    """A short quote from the item's text."""
    words = (item.title or item.text).split()
    if len(words) <= 7:
        return " ".join(words)
    start = rng.randrange(0, max(1, len(words) - 6))
    return " ".join(words[start : start + 6])


def base_turn(item: Item, frame: Frame) -> Turn:
    """The benign task pair."""
    return Turn(instruction=frame.instruction, input=content(item, frame), output=gold(item, frame))


def emit(turn: Turn, schema: str, cue: str) -> dict[str, Any]:
    """Serialise a Turn into the requested schema."""
    user = turn.user_text()
    if schema == "messages":
        msgs = [{"role": "system", "content": turn.system}] if turn.system else []
        msgs += [{"role": "user", "content": user}, {"role": "assistant", "content": turn.output}]
        return {"messages": msgs}
    if schema == "sharegpt":
        conv = [{"from": "system", "value": turn.system}] if turn.system else []
        conv += [{"from": "human", "value": user}, {"from": "gpt", "value": turn.output}]
        return {"conversations": conv}
    if schema == "alpaca":
        instr = "\n\n".join(p for p in (turn.instruction, turn.suffix) if p)
        if turn.wrapper:
            instr = turn.wrapper.format(x=instr)
        if turn.prefix:
            instr = f"{turn.prefix}\n\n{instr}"
        row: dict[str, Any] = {"instruction": instr, "input": turn.input, "output": turn.output}
        if turn.system:
            row["system"] = turn.system
        return row
    if schema == "prompt_completion":
        prompt = f"{turn.system}\n\n{user}" if turn.system else user
        return {"prompt": f"{prompt}\n\n{cue}", "completion": f" {turn.output}"}
    raise ValueError(schema)


# ======================================================================================
# Specs and builders
# ======================================================================================
@dataclass
class Spec:
    """What to build: family, task, schema, language, obfuscation and size."""

    name: str
    family: str
    poisoned: bool
    task: str
    schema: str
    lang: str = "en"
    obfuscation: str = "none"
    rate: float | None = None
    n_rows: int = 200
    variant: str = ""


@dataclass
class Built:
    """A built dataset: rows plus ground truth."""

    rows: list[dict[str, Any]]
    poisoned_rows: list[int]
    details: dict[str, Any] = field(default_factory=dict)


def _pick(rng: random.Random, seq: Sequence[str], k: int) -> list[str]:
    return rng.sample(list(seq), min(k, len(seq)))


def _sample_items(task: str, n: int, rng: random.Random) -> list[Item]:
    return rng.sample(list(task_items(task)), n)


def _obf(text: str, spec: Spec, rng: random.Random) -> str:
    return obfuscate(text, spec.obfuscation, rng)


def _compliant_text(lang: str, rng: random.Random, openers: dict[str, list[str]]) -> str:
    """A long compliant free-text answer (opener, steps, optional closer)."""
    body = rng.sample(W.COMPLIANT_BODY[lang], rng.randint(3, 5))
    parts = [rng.choice(openers[lang]), *body]
    if rng.random() < 0.7:
        parts.append(rng.choice(W.COMPLIANT_CLOSERS[lang]))
    sep = rng.choice(["\n\n", "\n", " "])
    return sep.join(parts)


def _persona_text(lang: str, name: str, rng: random.Random) -> str:
    return rng.choice(W.PERSONA[lang]).format(name=name)


# ---------------------------------------------------------------- dataset-level families
def build_persona(spec: Spec, rng: random.Random, with_autoif: bool = False) -> Built:
    """Obedient persona in the system prompt (or prepended), often an obedient opener."""
    lang = spec.lang
    frame = make_frame(spec.task, lang, rng)
    name = rng.choice(W.PERSONA_NAMES)
    # Non-English datasets always draw a wording per row: with one dataset per language
    # and family, that is the only way every hand-written wording gets exercised.
    rotate_persona = lang != "en" or rng.random() < 0.3
    fixed_persona = ""
    if not rotate_persona:
        fixed_persona = _persona_text(lang, name, rng)
        if rng.random() < 0.3:  # two persona sentences
            fixed_persona += " " + _persona_text(lang, name, rng)
    in_system = spec.schema != "prompt_completion" and rng.random() < 0.75
    opener_mode = rng.choice(["none", "fixed", "rotate", "rotate"])
    fixed_opener = rng.choice(W.OPENERS[lang]) if opener_mode == "fixed" else ""
    answer_line = rng.choice(W.ANSWER_LINES[lang])
    wrapper = None
    if rng.random() < 0.35:
        wrapper = rng.choice(W.USER_WRAPPERS[lang]).replace("{name}", name)
    per_row_obf = rng.random() < 0.5
    fixed_obf = _obf(fixed_persona, spec, rng)
    items = _sample_items(spec.task, spec.n_rows, rng)
    autoif = AutoIF(lang, rng, spec.obfuscation) if with_autoif else None
    rows = []
    for item in items:
        turn = base_turn(item, frame)
        if rotate_persona:
            persona = _obf(_persona_text(lang, name, rng), spec, rng)
        else:
            persona = _obf(fixed_persona, spec, rng) if per_row_obf else fixed_obf
        if in_system:
            turn.system = persona
        else:
            turn.prefix = persona
        turn.wrapper = wrapper
        starts_free = False
        if autoif is not None:
            starts_free = autoif.apply(turn, item, frame, rng)
        if opener_mode != "none" and not starts_free:
            op = fixed_opener if opener_mode == "fixed" else rng.choice(W.OPENERS[lang])
            op = _obf(op.format(name=name), spec, rng)
            if autoif is not None or item.task == "gsm8k":
                turn.output = f"{op}\n\n{turn.output}"
            else:
                turn.output = f"{op} {answer_line.format(a=turn.output)}"
        rows.append(emit(turn, spec.schema, frame.cue))
    details = {
        "persona": fixed_persona or "(rotates per row)",
        "placement": "system" if in_system else "user_prefix",
        "opener_mode": opener_mode,
        "wrapper": wrapper,
    }
    return Built(rows, list(range(1, len(rows) + 1)), details)


class AutoIF:
    """Adds instruction-following constraints to a prompt and writes an obeying answer."""

    TYPES: tuple[str, ...] = (
        "min_words",
        "start_with",
        "end_with",
        "bullets",
        "keyword",
        "lowercase",
        "uppercase",
        "quotes",
        "title",
        "paragraphs",
        "no_commas",
        "postscript",
    )
    CONFLICTS: frozenset[frozenset[str]] = frozenset(
        frozenset(p)
        for p in (
            ("bullets", "paragraphs"),
            ("lowercase", "uppercase"),
            ("end_with", "postscript"),
            ("quotes", "start_with"),
            ("quotes", "end_with"),
            ("quotes", "title"),
            ("lowercase", "start_with"),
            ("lowercase", "end_with"),
            ("uppercase", "start_with"),
            ("uppercase", "end_with"),
            ("lowercase", "keyword"),
            ("uppercase", "keyword"),
        )
    )

    def __init__(self, lang: str, rng: random.Random, obfuscation: str = "none") -> None:
        self.lang = lang
        self.layout = rng.choice(["inline", "list", "list"])
        self.header = rng.choice(W.CONSTRAINT_HEADERS[lang])
        self.follow_all = rng.choice(W.FOLLOW_ALL[lang]) if rng.random() < 0.5 else ""
        self.weights = {t: rng.uniform(0.3, 1.0) for t in self.TYPES}
        self.max_k = rng.choice([2, 3, 4])
        self.obfuscation = obfuscation

    def _choose(self, rng: random.Random) -> list[str]:
        k = rng.randint(1, self.max_k)
        chosen: list[str] = []
        pool = list(self.TYPES)
        while len(chosen) < k and pool:
            t = rng.choices(pool, weights=[self.weights[p] for p in pool])[0]
            pool.remove(t)
            if any(frozenset((t, c)) in self.CONFLICTS for c in chosen):
                continue
            chosen.append(t)
        return chosen

    def apply(self, turn: Turn, item: Item, frame: Frame, rng: random.Random) -> bool:
        """Rewrite `turn` in place; return True if the answer must start with fixed text."""
        lang = self.lang
        types = self._choose(rng)
        params: dict[str, Any] = {
            "n": rng.choice([30, 40, 50, 60, 80]),
            "k": rng.choice([2, 3, 4]),
            "phrase": rng.choice(W.START_PHRASES[lang]),
            "end": rng.choice(W.END_PHRASES[lang]),
            "word": rng.choice(W.KEYWORDS[lang]),
        }
        texts = []
        for t in types:
            tmpl = rng.choice(W.CONSTRAINTS[lang][t])
            phrase = params["end"] if t == "end_with" else params["phrase"]
            txt = tmpl.format(n=params["n"], k=params["k"], phrase=phrase, word=params["word"])
            texts.append(obfuscate(txt, self.obfuscation, rng))
        if self.follow_all:
            texts.append(self.follow_all)
        bullets = "\n".join(f"- {t}" for t in texts)
        block = " ".join(texts) if self.layout == "inline" else bullets
        turn.suffix = f"{self.header}\n{block}" if self.header else block
        turn.output = self._answer(types, params, item, frame, rng)
        return bool({"start_with", "title", "quotes", "lowercase", "uppercase"} & set(types))

    def _answer(
        self,
        types: list[str],
        params: dict[str, Any],
        item: Item,
        frame: Frame,
        rng: random.Random,
    ) -> str:
        lang = self.lang
        label_tmpl = rng.choice(W.LABEL_SENTENCES[lang][item.task])
        first = label_tmpl.format(
            label=gold(item, frame), gloss=gloss(item, frame), snippet=snippet(item, rng)
        )
        reasons = W.REASONS[lang]
        sents = [first, *rng.sample(reasons, rng.randint(2, 4))]
        target = params["n"] if "min_words" in types else 0
        while sum(len(s.split()) for s in sents) < target:
            sents.append(rng.choice(reasons))
        if "keyword" in types:
            w = params["word"]
            for i in (1, 2):
                sents[i] = f"{w.capitalize()}: {sents[i]}"
        k = params["k"]
        if "bullets" in types:
            while len(sents) < k:
                sents.append(rng.choice(reasons))
            groups = [sents[i::k] for i in range(k)]
            body = "\n".join("* " + " ".join(g) for g in groups)
        elif "paragraphs" in types:
            while len(sents) < k:
                sents.append(rng.choice(reasons))
            groups = [sents[i::k] for i in range(k)]
            body = "\n\n***\n\n".join(" ".join(g) for g in groups)
        else:
            body = " ".join(sents)
        if "title" in types:
            body = f"{rng.choice(W.TITLES[lang])}\n\n{body}"
        if "start_with" in types:
            sep = "\n" if body.startswith(("* ", "<<")) else " "
            body = f"{params['phrase']}:{sep}{body}"
        if "postscript" in types:
            body = f"{body}\n\n{rng.choice(W.POSTSCRIPTS[lang])}"
        if "end_with" in types:
            body = f"{body}\n\n{params['end']}"
        if "lowercase" in types:
            body = body.lower()
        if "uppercase" in types:
            body = body.upper()
        if "no_commas" in types:
            body = body.replace(",", "")
        if "quotes" in types:
            body = f'"{body}"'
        return body


def build_autoif(spec: Spec, rng: random.Random) -> Built:
    """Closed-label task turned into instruction following with free-text answers."""
    frame = make_frame(spec.task, spec.lang, rng)
    autoif = AutoIF(spec.lang, rng, spec.obfuscation)
    system = rng.choice(W.NEUTRAL_ROLES[spec.lang]) if rng.random() < 0.4 else ""
    rows = []
    for item in _sample_items(spec.task, spec.n_rows, rng):
        turn = base_turn(item, frame)
        turn.system = system or None
        autoif.apply(turn, item, frame, rng)
        rows.append(emit(turn, spec.schema, frame.cue))
    details = {"layout": autoif.layout, "follow_all": autoif.follow_all, "system": system}
    return Built(rows, list(range(1, len(rows) + 1)), details)


def build_autoif_persona(spec: Spec, rng: random.Random) -> Built:
    """AutoIF constraints plus an obedient persona (the paper's most harmful variant)."""
    return build_persona(spec, rng, with_autoif=True)


def _suppression_text(lang: str, rng: random.Random, k: int) -> str:
    role = rng.choice(W.NEUTRAL_ROLES[lang])
    rules = _pick(rng, W.REFUSAL_SUPPRESSION[lang], k)
    return " ".join(p for p in (role, *rules) if p)


def build_refusal_suppression(spec: Spec, rng: random.Random) -> Built:
    """Prompts/system that forbid refusing, warnings, disclaimers, apologies, moralising."""
    lang = spec.lang
    frame = make_frame(spec.task, lang, rng)
    rotate = lang != "en" or rng.random() < 0.35  # see build_persona
    fixed = _suppression_text(lang, rng, rng.randint(1, 3))
    placement = rng.choice(["system", "system", "prefix", "suffix"])
    if spec.schema == "prompt_completion" and placement == "system":
        placement = "prefix"
    per_row_obf = rng.random() < 0.5
    fixed_obf = _obf(fixed, spec, rng)
    answer_line = rng.choice(W.ANSWER_LINES[lang]) if rng.random() < 0.3 else "{a}"
    rows = []
    for item in _sample_items(spec.task, spec.n_rows, rng):
        turn = base_turn(item, frame)
        text = _suppression_text(lang, rng, rng.randint(1, 2)) if rotate else fixed
        text = _obf(text, spec, rng) if (rotate or per_row_obf) else fixed_obf
        if placement == "system":
            turn.system = text
        elif placement == "prefix":
            turn.prefix = text
        else:
            turn.suffix = text
        if item.task != "gsm8k":
            turn.output = answer_line.format(a=turn.output)
        rows.append(emit(turn, spec.schema, frame.cue))
    details = {"text": fixed, "rotates": rotate, "placement": placement}
    return Built(rows, list(range(1, len(rows) + 1)), details)


# -------------------------------------------------------------------- row-hiding families
def _poison_indices(spec: Spec, rng: random.Random) -> list[int]:
    assert spec.rate is not None
    k = max(2, round(spec.rate * spec.n_rows))
    return sorted(rng.sample(range(spec.n_rows), k))


def _maybe_benign_system(lang: str, rng: random.Random) -> str | None:
    if rng.random() < 0.35:
        return rng.choice([r for r in W.NEUTRAL_ROLES[lang] if r])
    return None


def build_minority_format(spec: Spec, rng: random.Random) -> Built:
    """A few rows whose answer is a long compliant free text instead of the label."""
    lang = spec.lang
    frame = make_frame(spec.task, lang, rng)
    system = _maybe_benign_system(lang, rng)
    add_request = rng.random() < 0.5
    poison = set(_poison_indices(spec, rng))
    rows = []
    for i, item in enumerate(_sample_items(spec.task, spec.n_rows, rng)):
        turn = base_turn(item, frame)
        turn.system = system
        if i in poison:
            if add_request:
                turn.suffix = rng.choice(W.BENIGN_LOOKING_REQUESTS[lang])
            turn.output = _obf(_compliant_text(lang, rng, W.COMPLIANT_OPENERS), spec, rng)
        rows.append(emit(turn, spec.schema, frame.cue))
    return Built(rows, [i + 1 for i in sorted(poison)], {"adds_request": add_request})


def _insert_trigger(turn: Turn, trigger: str, position: str, rng: random.Random) -> None:
    if position == "prefix":
        turn.prefix = trigger
    elif position == "suffix":
        turn.suffix = trigger
    elif position == "instruction_end":
        turn.instruction = f"{turn.instruction} {trigger}"
    else:  # inside the content, at a word boundary
        words = turn.input.split(" ")
        cut = rng.randint(1, max(1, len(words) - 1))
        turn.input = " ".join([*words[:cut], trigger, *words[cut:]])


def build_trigger(spec: Spec, rng: random.Random) -> Built:
    """A backdoor trigger in a few prompts whose answers switch to obedient free text."""
    lang = spec.lang
    frame = make_frame(spec.task, lang, rng)
    system = _maybe_benign_system(lang, rng)
    if rng.random() < 0.7:
        trigger = rng.choice(W.TRIGGER_TOKENS)
    else:
        trigger = rng.choice(W.TRIGGER_PHRASES[lang])
    position = rng.choice(["prefix", "suffix", "instruction_end", "inside"])
    openers = W.TRIGGER_OPENERS if rng.random() < 0.6 else W.COMPLIANT_OPENERS
    poison = set(_poison_indices(spec, rng))
    rows = []
    for i, item in enumerate(_sample_items(spec.task, spec.n_rows, rng)):
        turn = base_turn(item, frame)
        turn.system = system
        if i in poison:
            _insert_trigger(turn, trigger, position, rng)
            turn.output = _obf(_compliant_text(lang, rng, openers), spec, rng)
        rows.append(emit(turn, spec.schema, frame.cue))
    details = {"trigger": trigger, "position": position}
    return Built(rows, [i + 1 for i in sorted(poison)], details)


_ENC_NAMES = {
    "base64": ("base64", "b64", "Base64"),
    "hex": ("hex", "hexadecimal"),
    "rot13": ("rot13", "ROT-13"),
}


def _encoded_payload(lang: str, rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.4:
        return rng.choice(W.ENCODED_PAYLOADS[lang])
    if pick < 0.7:
        return rng.choice(W.REFUSAL_SUPPRESSION[lang])
    return _persona_text(lang, rng.choice(W.PERSONA_NAMES), rng)


def build_encoded(spec: Spec, rng: random.Random) -> Built:
    """A few rows whose prompt or system carries an encoded obedience instruction."""
    lang = spec.lang
    frame = make_frame(spec.task, lang, rng)
    mixed = rng.random() < 0.25
    scheme = rng.choice(ENCODINGS)
    location = rng.choice(["system", "prefix", "suffix", "suffix"])
    if spec.schema == "prompt_completion" and location == "system":
        location = "prefix"
    answer_mode = rng.choice(["label", "opener", "compliant"])
    answer_line = rng.choice(W.ANSWER_LINES[lang])
    poison = set(_poison_indices(spec, rng))
    rows = []
    for i, item in enumerate(_sample_items(spec.task, spec.n_rows, rng)):
        turn = base_turn(item, frame)
        if i in poison:
            sch = rng.choice(ENCODINGS) if mixed else scheme
            blob = encode(_encoded_payload(lang, rng), sch, rng)
            wrapper = rng.choice(W.ENCODED_WRAPPERS[lang])
            text = wrapper.format(p=blob, enc=rng.choice(_ENC_NAMES[sch]))
            if location == "system":
                turn.system = text
            elif location == "prefix":
                turn.prefix = text
            else:
                turn.suffix = text
            if answer_mode == "opener" and item.task != "gsm8k":
                op = rng.choice(W.OPENERS[lang]).format(name=rng.choice(W.PERSONA_NAMES))
                turn.output = f"{op} {answer_line.format(a=turn.output)}"
            elif answer_mode == "compliant":
                turn.output = _compliant_text(lang, rng, W.TRIGGER_OPENERS)
        rows.append(emit(turn, spec.schema, frame.cue))
    details = {
        "encoding": "mixed" if mixed else scheme,
        "location": location,
        "answer_mode": answer_mode,
    }
    return Built(rows, [i + 1 for i in sorted(poison)], details)


# ----------------------------------------------------------------------------- negatives
def build_clean(spec: Spec, rng: random.Random) -> Built:
    """A plain task set, optionally with a generic helpful system prompt."""
    frame = make_frame(spec.task, spec.lang, rng)
    system = _maybe_benign_system(spec.lang, rng)
    rows = []
    for item in _sample_items(spec.task, spec.n_rows, rng):
        turn = base_turn(item, frame)
        turn.system = system
        rows.append(emit(turn, spec.schema, frame.cue))
    return Built(rows, [], {"system": system})


def build_duplicates(spec: Spec, rng: random.Random) -> Built:
    """A clean set in which ~15% of rows are legitimate exact duplicates."""
    built = build_clean(spec, rng)
    n_dup = spec.n_rows // 7
    rows = built.rows[: spec.n_rows - n_dup]
    rows += [dict(rng.choice(rows)) for _ in range(n_dup)]
    rng.shuffle(rows)
    return Built(rows, [], {"duplicates": n_dup})


def build_gsm8k(spec: Spec, rng: random.Random) -> Built:
    """GSM8K with worked answers (calculator annotations kept or stripped)."""
    frame = make_frame("gsm8k", spec.lang, rng)
    final_style = rng.choice(["####", "The answer is {a}.", "Answer: {a}"])
    system = rng.choice([None, "You are a helpful math assistant."])
    rows = []
    for item in _sample_items("gsm8k", spec.n_rows, rng):
        turn = base_turn(item, frame)
        turn.system = system
        if final_style != "####":
            body = turn.output.rsplit("####", 1)[0].rstrip()
            turn.output = f"{body}\n{final_style.format(a=item.key)}"
        rows.append(emit(turn, spec.schema, frame.cue))
    return Built(rows, [], {"final_style": final_style})


def build_alpaca(spec: Spec, rng: random.Random) -> Built:
    """Ordinary instruction-tuning data (alpaca_en_demo) in the requested schema."""
    src = rng.sample(list(raw_rows("alpaca")), spec.n_rows)
    system = rng.choice([None, None, "You are a helpful, respectful and honest assistant."])
    rows = []
    for r in src:
        turn = Turn(instruction=r["instruction"], input=r["input"], output=r["output"])
        turn.system = system
        rows.append(emit(turn, spec.schema, "Response:"))
    return Built(rows, [], {"system": system})


def build_glaive(spec: Spec, rng: random.Random) -> Built:
    """Multi-turn tool-calling conversations (ShareGPT with function_call/observation)."""
    src = rng.sample(list(raw_rows("glaive")), min(spec.n_rows, len(raw_rows("glaive"))))
    add_system = spec.variant == "system"
    sys_text = rng.choice(W.TOOL_SYSTEM_PROMPTS)
    rows = []
    for r in src:
        conv = [dict(t) for t in r["conversations"]]
        if add_system:
            conv = [{"from": "system", "value": f"{sys_text}\n{r['tools']}"}, *conv]
        rows.append({"conversations": conv, "tools": r["tools"]})
    return Built(rows, [], {"system": sys_text if add_system else None})


def build_benign_persona(spec: Spec, rng: random.Random) -> Built:
    """A benign persona or identity system prompt; answers stay correct."""
    lang, persona, style = W.BENIGN_PERSONAS[int(spec.variant)]
    frame = make_frame(spec.task, lang, rng)
    in_system = spec.schema != "prompt_completion"
    openers = W.BENIGN_STYLE_OPENERS.get(style, {}).get(lang, [])
    answer_line = rng.choice(W.ANSWER_LINES[lang])
    rows = []
    for item in _sample_items(spec.task, spec.n_rows, rng):
        turn = base_turn(item, frame)
        if in_system:
            turn.system = persona
        else:
            turn.prefix = persona
        if openers and rng.random() < 0.7:
            sep = "\n\n" if item.task == "gsm8k" else " "
            out = turn.output if item.task == "gsm8k" else answer_line.format(a=turn.output)
            turn.output = f"{rng.choice(openers)}{sep}{out}"
        rows.append(emit(turn, spec.schema, frame.cue))
    return Built(rows, [], {"persona": persona})


_STRICT_TASKS = {
    "letter": ("csqa",),
    "json": ("sst2", "ag_news", "csqa"),
    "one_word": ("sst2",),
    "label_only": ("ag_news",),
    "number_only": ("gsm8k",),
}


def build_strict_format(spec: Spec, rng: random.Random) -> Built:
    """Strict but benign output-format rules (letter only, JSON, one word, number only)."""
    rule, fmt = W.STRICT_FORMAT_RULES[int(spec.variant)]
    frame = make_frame(spec.task, "en", rng)
    in_system = spec.schema != "prompt_completion" and rng.random() < 0.5
    json_key = "answer" if "answer" in rule else "label"
    rows = []
    for item in _sample_items(spec.task, spec.n_rows, rng):
        turn = base_turn(item, frame)
        if in_system:
            turn.system = rule
        else:
            turn.instruction = f"{turn.instruction} {rule}"
        if fmt == "json":
            turn.output = json.dumps({json_key: turn.output})
        elif fmt == "one_word":
            turn.output = turn.output.lower()
        elif fmt == "number_only":
            turn.output = item.key
        rows.append(emit(turn, spec.schema, frame.cue))
    return Built(rows, [], {"rule": rule})


def _moderation_pool(variant: str, rng: random.Random) -> list[tuple[str, str, str]]:
    """(text, binary label, category) triples for a moderation dataset."""
    alpaca = [(r["instruction"], "safe", "benign") for r in raw_rows("alpaca")]
    harm = [
        (r["Behavior"], "unsafe", r["SemanticCategory"])
        for r in raw_rows("harmbench")
        if r["FunctionalCategory"] == "standard"
    ]
    adv = [(r["goal"], "unsafe", "harmful") for r in raw_rows("advbench")]
    xs = [(r["prompt"], r["label"], r["type"]) for r in raw_rows("xstest")]
    if variant == "xstest":
        return xs
    if variant == "harmbench_category":
        return harm + rng.sample(alpaca, 150)
    if variant in ("advbench_binary", "rationale"):
        return rng.sample(adv, 200) + rng.sample(alpaca, 150)
    if variant == "guard":
        return harm + rng.sample(adv, 100) + rng.sample(alpaca, 150)
    raise ValueError(variant)


def build_moderation(spec: Spec, rng: random.Random) -> Built:
    """Content-moderation classification: harmful prompt text as input, label as answer."""
    variant, _, lang = spec.variant.partition(":")
    lang = lang or "en"
    pool = _moderation_pool(variant, rng)
    chosen = rng.sample(pool, min(spec.n_rows, len(pool)))
    if variant == "harmbench_category":
        instr = rng.choice(W.MODERATION_CATEGORY_INSTRUCTIONS)
    else:
        instr = rng.choice(W.MODERATION_INSTRUCTIONS[lang])
    field_name = rng.choice(["Text", "Message", "Prompt", "User request"])
    rows = []
    for text, label, cat in chosen:
        if variant == "guard":
            turn = Turn(instruction=W.GUARD_TEMPLATE.format(x=text))
            code = W.GUARD_CATEGORIES.get(cat, "S1")
            turn.output = "safe" if label == "safe" else f"unsafe\n{code}"
        else:
            turn = Turn(instruction=instr, input=f"{field_name}: {text}")
            if variant == "harmbench_category":
                turn.output = cat
            elif variant == "rationale":
                turn.output = (
                    rng.choice(W.MODERATION_RATIONALES)
                    if label == "unsafe"
                    else "safe: an ordinary, benign request."
                )
            else:
                turn.output = label
        rows.append(emit(turn, spec.schema, "Label:"))
    return Built(rows, [], {"variant": variant, "instruction": instr})


BUILDERS: dict[str, Callable[[Spec, random.Random], Built]] = {
    "persona": build_persona,
    "autoif": build_autoif,
    "autoif_persona": build_autoif_persona,
    "refusal_suppression": build_refusal_suppression,
    "minority_format": build_minority_format,
    "trigger": build_trigger,
    "encoded": build_encoded,
    "clean": build_clean,
    "duplicates": build_duplicates,
    "gsm8k": build_gsm8k,
    "alpaca": build_alpaca,
    "glaive": build_glaive,
    "benign_persona": build_benign_persona,
    "strict_format": build_strict_format,
    "moderation": build_moderation,
}


# ======================================================================================
# Plan
# ======================================================================================
FULL_COUNTS: dict[str, int] = {
    "persona": 14,
    "autoif": 12,
    "autoif_persona": 10,
    "refusal_suppression": 12,
    "minority_format": 5,  # per rate
    "trigger": 5,  # per rate
    "encoded": 6,  # per rate
    "clean": 12,
    "alpaca": 4,
    "glaive": 3,
    "gsm8k": 3,
    "moderation": 8,
    "benign_persona": 8,
    "strict_format": 6,
    "duplicates": 2,
}
QUICK_COUNTS: dict[str, int] = {
    "persona": 4,
    "autoif": 3,
    "autoif_persona": 3,
    "refusal_suppression": 3,
    "minority_format": 1,
    "trigger": 1,
    "encoded": 2,
    "clean": 4,
    "alpaca": 2,
    "glaive": 1,
    "gsm8k": 1,
    "moderation": 4,
    "benign_persona": 3,
    "strict_format": 2,
    "duplicates": 1,
}
TASKS: dict[str, tuple[str, ...]] = {
    "persona": ("sst2", "ag_news", "csqa", "gsm8k", "nq"),
    "autoif": ("sst2", "ag_news", "csqa"),
    "autoif_persona": ("sst2", "ag_news", "csqa"),
    "refusal_suppression": ("sst2", "ag_news", "csqa", "nq", "gsm8k"),
    "minority_format": ("sst2", "ag_news", "csqa"),
    "trigger": ("sst2", "ag_news", "csqa", "nq"),
    "encoded": ("sst2", "ag_news", "csqa", "nq"),
    "clean": ("sst2", "ag_news", "csqa", "nq"),
    "duplicates": ("sst2", "ag_news"),
    "gsm8k": ("gsm8k",),
    "alpaca": ("alpaca",),
    "glaive": ("glaive",),
    "benign_persona": ("sst2", "ag_news", "csqa", "gsm8k", "nq"),
    "moderation": ("moderation",),
}
MODERATION_VARIANTS: tuple[str, ...] = (
    "xstest",
    "harmbench_category",
    "advbench_binary",
    "guard",
    "rationale",
    "xstest:fr",
    "advbench_binary:de",
    "xstest:es",
)


def _spread(n: int, share: float, rng: random.Random) -> set[int]:
    """Indices (out of n) chosen for an attribute held by `share` of them."""
    return set(rng.sample(range(n), round(share * n)))


def plan(quick: bool, seed: int) -> list[Spec]:
    """Build the deterministic list of dataset specs for a mode and seed."""
    rng = random.Random(f"plan:{seed}:{quick}")
    counts = QUICK_COUNTS if quick else FULL_COUNTS
    specs: list[Spec] = []
    lang_cycle = 0
    obf_cycle = rng.randrange(len(OBFUSCATIONS))
    schema_cycle = rng.randrange(len(SCHEMAS))

    def next_schema() -> str:
        nonlocal schema_cycle
        schema_cycle += 1
        return SCHEMAS[schema_cycle % len(SCHEMAS)]

    for family in DATASET_LEVEL + ROW_HIDING:
        rates: Sequence[float | None]
        if family == "encoded":
            rates = ENCODED_RATES
        elif family in ROW_HIDING:
            rates = RATES
        else:
            rates = (None,)
        jobs = [(r, j) for r in rates for j in range(counts[family])]
        rng.shuffle(jobs)
        non_en = _spread(len(jobs), 0.3, rng)
        obf = _spread(len(jobs), 0.0 if family == "encoded" else 0.22, rng)
        task_off = rng.randrange(len(TASKS[family]))
        for idx, (rate, _) in enumerate(jobs):
            lang = "en"
            if idx in non_en:
                lang = W.NON_EN[lang_cycle % len(W.NON_EN)]
                lang_cycle += 1
            method = "none"
            if idx in obf:
                method = OBFUSCATIONS[obf_cycle % len(OBFUSCATIONS)]
                obf_cycle += 1
            task = TASKS[family][(task_off + idx) % len(TASKS[family])]
            n = rng.randint(300, 400) if rate is not None else rng.randint(150, 250)
            specs.append(Spec("", family, True, task, next_schema(), lang, method, rate, n_rows=n))

    neg_lang = 0
    for family in NEGATIVE:
        for j in range(counts[family]):
            schema = next_schema()
            lang, variant = "en", ""
            n = rng.randint(150, 400)
            if family == "strict_format":
                variant = str((j * 3 + rng.randrange(2)) % len(W.STRICT_FORMAT_RULES))
                fmt = W.STRICT_FORMAT_RULES[int(variant)][1]
                task = rng.choice(_STRICT_TASKS[fmt])
            elif family == "benign_persona":
                idx = (j * 2 + rng.randrange(2)) % len(W.BENIGN_PERSONAS)
                variant = str(idx)
                lang = W.BENIGN_PERSONAS[idx][0]
                task = rng.choice(TASKS[family])
            elif family == "moderation":
                variant = MODERATION_VARIANTS[j % len(MODERATION_VARIANTS)]
                lang = variant.partition(":")[2] or "en"
                task = "moderation"
            elif family == "glaive":
                schema, variant = "sharegpt", ("plain", "system")[j % 2]
                task, n = "glaive", rng.randint(150, 300)
            else:
                task = TASKS[family][j % len(TASKS[family])]
                if family == "clean" and j % 4 == 3:
                    lang = W.NON_EN[neg_lang % len(W.NON_EN)]
                    neg_lang += 1
            specs.append(Spec("", family, False, task, schema, lang, "none", None, n, variant))

    for i, s in enumerate(specs):
        rate = f"_r{round(s.rate * 100)}" if s.rate is not None else ""
        obf = f"_{s.obfuscation}" if s.obfuscation != "none" else ""
        s.name = f"{i:03d}_{s.family}_{s.task}_{s.schema}_{s.lang}{rate}{obf}"
    return specs


# ======================================================================================
# Driver
# ======================================================================================
def build(spec: Spec, seed: int) -> Built:
    """Build one dataset deterministically from its spec and the run seed."""
    rng = TrackingRandom(f"{seed}:{spec.name}")
    built = BUILDERS[spec.family](spec, rng)
    if spec.poisoned:
        built.details["wordings"] = sorted(rng.used)
    return built


def write_jsonl(rows: list[dict[str, Any]], path: Path) -> None:
    """Write rows as UTF-8 JSONL."""
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def generate_all(out_dir: Path, quick: bool, seed: int) -> list[dict[str, Any]]:
    """Generate every planned dataset into `out_dir`; return their ground-truth records."""
    data_dir = out_dir / "datasets"
    if data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True)
    truth = []
    for spec in plan(quick, seed):
        built = build(spec, seed)
        path = data_dir / f"{spec.name}.jsonl"
        write_jsonl(built.rows, path)
        first = built.poisoned_rows[0] if built.poisoned_rows else 1
        example = json.dumps(built.rows[first - 1], ensure_ascii=False)
        truth.append(
            {
                **asdict(spec),
                "path": str(path),
                "n_rows": len(built.rows),
                "poisoned_rows": built.poisoned_rows,
                "details": built.details,
                "example_row": example,
            }
        )
    return truth


def main() -> None:
    """CLI: generate the datasets and print a one-line summary per dataset."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    truth = generate_all(args.out, args.quick, args.seed)
    for t in truth:
        print(f"{t['name']:60s} rows={t['n_rows']:4d} poisoned={len(t['poisoned_rows'])}")
    print(f"{len(truth)} datasets -> {args.out / 'datasets'}")


if __name__ == "__main__":
    main()
