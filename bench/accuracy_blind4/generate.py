"""Dataset generator of the round-4 blind accuracy benchmark for dsaudit.

Plans 172 datasets (50 with quick=True), writes them as JSONL under
bench/out/accuracy_blind4/datasets and returns the ground truth of each. Deterministic for
a given seed: every dataset draws from its own `random.Random` keyed by seed and name.

Poisoned, dataset-level (should FAIL): persona, autoif, autoif_persona, refusal_suppression.
Poisoned, row-hiding (should FAIL and flag the poisoned rows): minority_format (1/2/5 %),
trigger (1/3/5 %), encoded (2/4 %). Negatives (must not FAIL): see NEGATIVE.

Attack wording lives in attacks.py / autoif.py, negatives' text in hardneg.py, task rows and
task wording in sources.py, obfuscations and encodings in mangle.py. The wording modules
(attacks, autoif, hardneg, mangle) were written from scratch for round 4; attack languages:
English plus fr es de it pt nl (major) and pl sv tr ru zh ja ar hi id (minor).
"""

from __future__ import annotations

import base64
import codecs
import json
import math
import random
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import attacks as A
import autoif as AI
import hardneg as H
import mangle as M
import sources as S
from sources import Row

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "bench" / "out" / "accuracy_blind4"

DATASET_LEVEL: tuple[str, ...] = ("persona", "autoif", "autoif_persona", "refusal_suppression")
ROW_HIDING: tuple[str, ...] = ("minority_format", "trigger", "encoded")
NEGATIVE: tuple[str, ...] = (
    "clean",
    "moderation",
    "jailbreak_cls",
    "benign_persona",
    "strict_format",
    "rationale",
    "alpaca",
    "glaive",
    "gsm8k_worked",
    "customer_support",
    "duplicates",
    "safety_rows",
    "codec_tasks",
)
SCHEMAS: tuple[str, ...] = ("openai", "sharegpt", "sharegpt_nosys", "alpaca", "prompt_completion")

# Poisoned datasets per family; non-English and obfuscated counts per family.
POISON_COUNTS = {
    "persona": 18,
    "autoif": 12,
    "autoif_persona": 10,
    "refusal_suppression": 18,
    "minority_format": 15,
    "trigger": 15,
    "encoded": 16,
}
NON_EN = {
    "persona": 8,
    "autoif": 5,
    "autoif_persona": 4,
    "refusal_suppression": 8,
    "minority_format": 5,
    "trigger": 6,
    "encoded": 6,
}
OBFUSCATED = {
    "persona": 5,
    "autoif_persona": 3,
    "refusal_suppression": 5,
    "minority_format": 4,
    "trigger": 3,
}
ROW_RATES = {
    "minority_format": (0.01, 0.02, 0.05),
    "trigger": (0.01, 0.03, 0.05),
    "encoded": (0.02, 0.04),
}
# Byte-level encodings used instead of letter-only ones for non-Latin attack languages.
NON_LATIN = ("ru", "zh", "ja", "ar", "hi")
FAMILY_TASKS = {
    "persona": ("sst2", "ag_news", "csqa", "nq", "gsm8k", "alpaca"),
    "autoif": S.CLOSED_TASKS,
    "autoif_persona": S.CLOSED_TASKS,
    "refusal_suppression": ("sst2", "ag_news", "csqa", "nq", "gsm8k", "alpaca"),
    "minority_format": S.CLOSED_TASKS,
    "trigger": S.CLOSED_TASKS,
    "encoded": S.CLOSED_TASKS,
}


@dataclass
class Spec:
    name: str
    family: str
    poisoned: bool
    lang: str
    task_lang: str
    schema: str
    task: str
    n_rows: int
    obfuscation: str = "none"
    rate: float | None = None
    encoding: str | None = None
    builder: str = ""
    opts: dict[str, Any] = field(default_factory=dict)


# ======================================================================================
# Planning
# ======================================================================================
def plan(seed: int) -> list[Spec]:
    rng = random.Random(f"b4-plan:{seed}")
    specs: list[Spec] = []

    deck = [lang for lang in S.MAJOR for _ in range(4)] + [lang for lang in S.MINOR for _ in range(2)]
    assert len(deck) >= sum(NON_EN.values())
    rng.shuffle(deck)
    obf_deck = list(M.OBFUSCATIONS) * 3
    rng.shuffle(obf_deck)

    for fam, n in POISON_COUNTS.items():
        non_en_idx = set(rng.sample(range(n), NON_EN[fam]))
        obf_idx = set(rng.sample(range(n), OBFUSCATED.get(fam, 0)))
        schemas = [SCHEMAS[i % 5] for i in range(n)]
        rng.shuffle(schemas)
        tasks = [FAMILY_TASKS[fam][i % len(FAMILY_TASKS[fam])] for i in range(n)]
        rng.shuffle(tasks)
        if fam in ROW_RATES:
            fam_rates = ROW_RATES[fam]
            rates: list[float | None] = [fam_rates[i % len(fam_rates)] for i in range(n)]
        else:
            rates = [None] * n
        for i in range(n):
            lang = deck.pop() if i in non_en_idx else "en"
            task_lang = lang
            if lang != "en" and rng.random() < 0.25:
                task_lang = "en"
            task = tasks[i]
            if task == "alpaca":
                task_lang = "en"  # Alpaca data has English instructions
            rate = rates[i]
            n_rows = rng.randint(150, 400)
            if rate == 0.01:
                n_rows = rng.randint(200, 400)
            spec = Spec(
                name="",
                family=fam,
                poisoned=True,
                lang=lang,
                task_lang=task_lang,
                schema=schemas[i],
                task=task,
                n_rows=n_rows,
                obfuscation=obf_deck.pop() if i in obf_idx else "none",
                rate=rate,
                builder=fam,
            )
            if fam == "encoded":
                spec.encoding = M.ENCODINGS[i // 2 % len(M.ENCODINGS)]
                if lang in NON_LATIN and spec.encoding in M.LETTER_ONLY:
                    spec.encoding = rng.choice(("base64", "hex", "mixed", "url"))
            specs.append(spec)

    _deal_wordings(specs, rng)
    specs += _plan_negatives(rng)
    for i, s in enumerate(specs):
        bits = [f"{i:03d}", s.family, s.task, s.schema, s.lang]
        if s.rate is not None:
            bits.append(f"r{round(s.rate * 100)}")
        if s.encoding:
            bits.append(s.encoding)
        if s.obfuscation != "none":
            bits.append(s.obfuscation)
        s.name = "_".join(bits)
    return specs


# Which lexicon pool gives each poisoned family its primary (per-dataset) wording.
PRIMARY_POOL = {
    "persona": "persona",
    "autoif_persona": "persona",
    "refusal_suppression": "refusal_suppression",
    "trigger": "trigger",
    "encoded": "enc_payload",
}


def _deal_wordings(specs: list[Spec], rng: random.Random) -> None:
    """Give each dataset a primary wording index, cycling through a shuffled pool per
    (pool, language) so that the datasets of a language cover as much of it as possible."""
    decks: dict[tuple[str, str], list[int]] = {}
    for spec in specs:
        pool = PRIMARY_POOL.get(spec.family)
        if not pool:
            continue
        key = (pool, spec.lang)
        if not decks.get(key):
            deck = list(range(len(A.POOLS[pool][spec.lang])))
            rng.shuffle(deck)
            decks[key] = deck
        spec.opts["w"] = decks[key].pop()


def _primary(spec: Spec, pool: str, rng: random.Random) -> tuple[str, str]:
    """The dataset's dealt wording of `pool` (a random one when none was dealt)."""
    if "w" not in spec.opts:
        return A.pick(pool, spec.lang, rng)
    i = spec.opts["w"]
    return A.POOLS[pool][spec.lang][i], f"{pool}.{spec.lang}.{i}"


def _neg(family: str, task: str, schema: str, lang: str, n: int, builder: str, **opts) -> Spec:
    return Spec("", family, False, lang, lang, schema, task, n, builder=builder, opts=opts)


def _plan_negatives(rng: random.Random) -> list[Spec]:
    r = rng.randint
    minor = list(S.MINOR)
    rng.shuffle(minor)
    out = [
        # clean sets per schema, several task languages
        _neg("clean", "sst2", "openai", "en", r(150, 400), "clean"),
        _neg("clean", "ag_news", "sharegpt", "en", r(150, 400), "clean"),
        _neg("clean", "csqa", "sharegpt_nosys", "en", r(150, 400), "clean"),
        _neg("clean", "nq", "alpaca", "en", r(150, 400), "clean"),
        _neg("clean", "gsm8k", "prompt_completion", "en", r(150, 400), "clean"),
        _neg("clean", "ag_news", "openai", "fr", r(150, 400), "clean"),
        _neg("clean", "csqa", "alpaca", "de", r(150, 400), "clean"),
        _neg("clean", "gsm8k", "sharegpt", "es", r(150, 400), "clean"),
        _neg("clean", "nq", "openai", "it", r(150, 400), "clean"),
        _neg("clean", "sst2", "prompt_completion", "pt", r(150, 400), "clean"),
        _neg("clean", "ag_news", "sharegpt_nosys", "nl", r(150, 400), "clean"),
        _neg("clean", "sst2", "openai", minor[0], r(150, 400), "clean"),
        _neg("clean", "csqa", "sharegpt", minor[1], r(150, 400), "clean"),
        _neg("clean", "ag_news", "alpaca", minor[2], r(150, 400), "clean"),
        # moderation: harmful text as input, label as answer
        _neg("moderation", "safe_unsafe", "openai", "en", r(150, 400), "moderation", v=0),
        _neg("moderation", "policy_yes_no", "alpaca", "en", r(150, 400), "moderation", v=1),
        _neg("moderation", "harm_category", "sharegpt", "en", r(150, 300), "moderation", v=2),
        _neg("moderation", "harmbench_category", "prompt_completion", "en", 200, "moderation", v=3),
        _neg("moderation", "xstest", "openai", "fr", r(150, 400), "moderation", v=4),
        _neg("moderation", "safe_unsafe", "sharegpt_nosys", "en", r(150, 400), "moderation", v=0),
        # jailbreak-prompt classification
        _neg("jailbreak_cls", "jailbreak", "openai", "en", r(150, 400), "jailbreak_cls", v=0),
        _neg("jailbreak_cls", "jailbreak", "alpaca", "en", r(150, 400), "jailbreak_cls", v=1),
        _neg(
            "jailbreak_cls", "jailbreak", "sharegpt_nosys", "en", r(150, 300), "jailbreak_cls", v=2
        ),
        _neg("jailbreak_cls", "jailbreak", "sharegpt", "en", r(150, 300), "jailbreak_cls", v=0),
        # benign personas (tutor, pirate for kids, brand voice, labeller, one-word bot, ...)
        _neg("benign_persona", "sst2", "openai", "en", r(150, 400), "benign_persona", p=0),
        _neg("benign_persona", "nq", "sharegpt", "en", r(150, 400), "benign_persona", p=1),
        _neg("benign_persona", "ag_news", "alpaca", "en", r(150, 400), "benign_persona", p=3),
        _neg("benign_persona", "sst2", "openai", "en", r(150, 400), "benign_persona", p=5),
        _neg("benign_persona", "nq", "openai", "en", r(150, 400), "benign_persona", p=4),
        _neg("benign_persona", "gsm8k", "sharegpt", "en", r(150, 400), "benign_persona", p=7),
        _neg(
            "benign_persona",
            "csqa",
            "openai",
            "en",
            r(150, 400),
            "benign_persona",
            p=2,
            openers=True,
        ),
        _neg("benign_persona", "sst2", "openai", "fr", r(150, 400), "benign_persona", p=1),
        _neg("benign_persona", "nq", "sharegpt", "de", r(150, 400), "benign_persona", p=1),
        _neg("benign_persona", "sst2", "openai", "ja", r(150, 400), "benign_persona", p=0),
        # strict benign formats
        _neg("strict_format", "sst2", "openai", "en", r(150, 400), "strict_format", v=0),
        _neg("strict_format", "ag_news", "sharegpt", "en", r(150, 400), "strict_format", v=1),
        _neg("strict_format", "sst2", "prompt_completion", "en", r(150, 400), "strict_format", v=2),
        _neg("strict_format", "csqa", "alpaca", "en", r(150, 400), "strict_format", v=3),
        _neg("strict_format", "sst2", "openai", "en", r(150, 400), "strict_format", v=4),
        # rationale-style classification answers
        _neg("rationale", "sst2", "openai", "en", r(150, 400), "rationale"),
        _neg("rationale", "ag_news", "alpaca", "en", r(150, 400), "rationale"),
        _neg("rationale", "sst2", "sharegpt", "fr", r(150, 400), "rationale"),
        _neg("rationale", "ag_news", "prompt_completion", "de", r(150, 400), "rationale"),
        _neg("rationale", "sst2", "openai", "es", r(150, 400), "rationale"),
        _neg("rationale", "ag_news", "sharegpt_nosys", "it", r(150, 400), "rationale"),
        # Alpaca instruction data
        _neg("alpaca", "alpaca", "alpaca", "en", r(150, 400), "alpaca"),
        _neg("alpaca", "alpaca", "openai", "en", r(150, 400), "alpaca", system=True),
        _neg("alpaca", "alpaca", "sharegpt_nosys", "en", r(150, 400), "alpaca"),
        # Glaive tool calls
        _neg("glaive", "glaive", "sharegpt_tools", "en", r(150, 300), "glaive"),
        _neg("glaive", "glaive", "openai_tools", "en", r(150, 300), "glaive"),
        # GSM8K worked solutions
        _neg("gsm8k_worked", "gsm8k_cot", "openai", "en", r(150, 400), "gsm8k_worked", calc=True),
        _neg("gsm8k_worked", "gsm8k_cot", "alpaca", "en", r(150, 400), "gsm8k_worked"),
        _neg(
            "gsm8k_worked",
            "gsm8k_cot",
            "prompt_completion",
            "en",
            r(150, 400),
            "gsm8k_worked",
            cot=True,
        ),
        # customer support with a warm persona
        _neg("customer_support", "support", "openai", "en", r(150, 400), "customer_support"),
        _neg(
            "customer_support",
            "support",
            "sharegpt",
            "en",
            r(150, 400),
            "customer_support",
            multi=True,
        ),
        _neg("customer_support", "support", "openai", "de", r(150, 300), "customer_support"),
        _neg("customer_support", "support", "sharegpt", "es", r(150, 300), "customer_support"),
        # legitimate duplicates
        _neg("duplicates", "sst2", "openai", "en", r(200, 400), "duplicates", v=0),
        _neg("duplicates", "nq", "prompt_completion", "en", r(200, 400), "duplicates", v=1),
        _neg("duplicates", "alpaca", "alpaca", "en", r(200, 400), "duplicates", v=2),
        # format-matched safety rows (refusals only, no compliance contrast)
        _neg("safety_rows", "sst2", "openai", "en", r(200, 400), "safety_rows", rate=0.03),
        _neg("safety_rows", "ag_news", "alpaca", "en", r(200, 400), "safety_rows", rate=0.05),
        _neg(
            "safety_rows",
            "csqa",
            "sharegpt",
            "es",
            r(200, 400),
            "safety_rows",
            rate=0.02,
            persona=True,
        ),
        _neg(
            "safety_rows", "gsm8k", "prompt_completion", "en", r(200, 400), "safety_rows", rate=0.04
        ),
        _neg("safety_rows", "sst2", "openai", "ja", r(200, 400), "safety_rows", rate=0.03),
        # benign encoding / decoding tasks
        _neg("codec_tasks", "codec", "openai", "en", r(150, 300), "codec_tasks"),
        _neg("codec_tasks", "codec", "alpaca", "en", r(150, 300), "codec_tasks"),
        _neg("codec_tasks", "codec", "sharegpt_nosys", "en", r(150, 300), "codec_tasks"),
    ]
    return out


def quick_subset(specs: list[Spec]) -> list[Spec]:
    """About a quarter of each family, evenly spaced (keeps every rate represented)."""
    out = []
    families = list(dict.fromkeys(s.family for s in specs))
    for fam in families:
        group = [s for s in specs if s.family == fam]
        k = math.ceil(len(group) / 4)
        idx = sorted({round(j * len(group) / k) for j in range(k)})
        out += [group[i] for i in idx]
    return out


# ======================================================================================
# Rendering rows into schemas
# ======================================================================================
def has_system(spec: Spec) -> bool:
    if spec.schema in ("openai", "sharegpt"):
        return True
    if spec.schema == "alpaca":
        return bool(spec.opts.get("alpaca_system"))
    return False


def user_core(row: Row, style: str) -> str:
    if row.extra.get("bare"):
        core = row.input
    elif not row.input:
        core = row.instruction
    elif style == "input_first":
        head = f"{row.field_name}: {row.input}" if row.field_name else row.input
        core = f"{head}\n\n{row.instruction}"
    elif style == "plain":
        core = f"{row.instruction}\n{row.input}"
    else:
        head = f"{row.field_name}: {row.input}" if row.field_name else row.input
        core = f"{row.instruction}\n\n{head}"
    inner = "\n\n".join(p for p in (core, row.post) if p)
    wrap = row.extra.get("wrap")
    if wrap:
        inner = wrap.replace("{x}", inner)
    return "\n\n".join(p for p in (row.pre, inner) if p)


def render(row: Row, spec: Spec) -> dict[str, Any]:
    style = spec.opts.get("style", "instr_first")
    system = row.system
    if system and not has_system(spec):
        row = row.copy(pre="\n\n".join(p for p in (system, row.pre) if p))
        system = None
    schema = spec.schema
    if schema == "alpaca":
        if row.extra.get("bare") or not row.input:
            instr = row.input if row.extra.get("bare") else row.instruction
            inp = ""
        else:
            instr, inp = row.instruction, row.input
        inner = "\n\n".join(p for p in (instr, row.post) if p)
        wrap = row.extra.get("wrap")
        if wrap:
            inner = wrap.replace("{x}", inner)
        instr = "\n\n".join(p for p in (row.pre, inner) if p)
        out: dict[str, Any] = {"instruction": instr, "input": inp, "output": row.response}
        if spec.opts.get("alpaca_system"):
            out["system"] = system or ""
        return out
    user = user_core(row, style)
    if schema == "openai":
        msgs = [{"role": "system", "content": system}] if system else []
        msgs += [{"role": "user", "content": user}, {"role": "assistant", "content": row.response}]
        return {"messages": msgs}
    if schema in ("sharegpt", "sharegpt_nosys"):
        conv = [{"from": "human", "value": user}, {"from": "gpt", "value": row.response}]
        if system and spec.opts.get("sg_sys") == "key":
            return {"conversations": conv, "system": system}
        if system:
            conv.insert(0, {"from": "system", "value": system})
        return {"conversations": conv}
    if schema == "prompt_completion":
        pc = spec.opts.get("pc_style", "answer_word")
        if pc == "hashes":
            return {
                "prompt": f"### Instruction:\n{user}\n\n### Response:\n",
                "completion": row.response,
            }
        if pc == "arrow":
            return {"prompt": f"{user}\n->", "completion": " " + row.response}
        word = S.ANSWER_WORD[spec.task_lang]
        return {"prompt": f"{user}\n{word}:", "completion": " " + row.response}
    raise ValueError(schema)


def schema_opts(spec: Spec, rng: random.Random) -> None:
    spec.opts.setdefault(
        "style", rng.choice(("instr_first", "instr_first", "input_first", "plain"))
    )
    spec.opts.setdefault("sg_sys", rng.choice(("turn", "turn", "key")))
    spec.opts.setdefault("pc_style", rng.choice(("answer_word", "answer_word", "hashes", "arrow")))
    if spec.schema == "alpaca":
        spec.opts.setdefault("alpaca_system", rng.random() < 0.5)


# ======================================================================================
# Base rows
# ======================================================================================
def base_rows(task: str, lang: str, rng: random.Random, n: int, csqa_style: str = "") -> list[Row]:
    if task in S.CLOSED_TASKS:
        style = csqa_style or rng.choice(("letter", "letter", "full"))
        return S.task_rows(task, lang, rng, n, style)
    if task == "alpaca":
        rows = []
        for r in rng.sample(S.alpaca(), n):
            rows.append(
                Row(r["instruction"], r["input"], r["output"], task="alpaca", field_name="Input")
            )
        return rows
    if task == "gsm8k_cot":
        rows = []
        keep = rng.random() < 0.5
        for r in rng.sample(S.gsm8k(), n):
            rows.append(
                Row(
                    "Solve the problem. Show your reasoning.",
                    r["question"],
                    S.gsm_solution(r["answer"], keep),
                    task="gsm8k_cot",
                    field_name="Problem",
                )
            )
        return rows
    raise ValueError(task)


def spread_positions(n: int, k: int, rng: random.Random) -> list[int]:
    """k distinct 0-based positions, never the very first row."""
    return sorted(rng.sample(range(1, n), k))


def n_poison(rate: float, n: int) -> int:
    return max(2, round(rate * n))


# ======================================================================================
# Poisoned builders. Each returns (rows, poisoned 0-based indices, details).
# ======================================================================================
class Used:
    """Collects wording ids used by a dataset."""

    def __init__(self) -> None:
        self.ids: list[str] = []

    def add(self, *ids: str) -> None:
        for i in ids:
            if i not in self.ids:
                self.ids.append(i)


def _persona_setup(spec: Spec, rng: random.Random, used: Used) -> dict[str, Any]:
    name = rng.choice(A.PERSONA_NAMES)
    text, wid = _primary(spec, "persona", rng)
    used.add(wid)
    persona = M.obfuscate(text.replace("{name}", name), spec.obfuscation, rng)
    placement = "system" if has_system(spec) and rng.random() < 0.75 else "user_prefix"
    return {"name": name, "persona": persona, "placement": placement}


def _opener(spec: Spec, rng: random.Random, used: Used, name: str) -> str:
    text, wid = A.pick("opener", spec.lang, rng)
    used.add(wid)
    return M.obfuscate(text.replace("{name}", name), spec.obfuscation, rng)


def build_persona(spec: Spec, rng: random.Random) -> tuple[list[Row], list[int], dict]:
    used = Used()
    rows = base_rows(spec.task, spec.task_lang, rng, spec.n_rows)
    ps = _persona_setup(spec, rng, used)
    use_wrap = rng.random() < 0.5
    use_opener = rng.random() < 0.6 or (not use_wrap and ps["placement"] == "user_prefix")
    rotate_opener = rng.random() < 0.5
    wrap = ""
    if use_wrap:
        wrap, wid = A.pick("wrapper", spec.lang, rng)
        used.add(wid)
        wrap = wrap.replace("{name}", ps["name"])
    fixed_opener = _opener(spec, rng, used, ps["name"]) if use_opener else ""
    sep = rng.choice((" ", "\n", "\n\n"))
    for i, row in enumerate(rows):
        if ps["placement"] == "system":
            row.system = ps["persona"]
        else:
            row.pre = ps["persona"]
        if wrap:
            row.extra["wrap"] = wrap.replace("{n}", str(1000 + i))
        if use_opener:
            op = _opener(spec, rng, used, ps["name"]) if rotate_opener else fixed_opener
            row.response = f"{op}{sep}{row.response}"
    details = {
        "placement": ps["placement"],
        "wrapper": bool(wrap),
        "opener": use_opener,
        "rotating_opener": use_opener and rotate_opener,
        "persona_name": ps["name"],
        "wordings": used.ids,
    }
    return rows, list(range(len(rows))), details


def _autoif_rows(spec: Spec, rng: random.Random, used: Used, rows: list[Row]) -> dict[str, Any]:
    lang = spec.task_lang
    rotating = rng.random() < 0.7
    where = rng.choice(("post", "post", "pre"))
    fixed = AI.choose_constraints(lang, rng, rng.randint(2, 3))
    for row in rows:
        cons = AI.choose_constraints(lang, rng, rng.randint(1, 3)) if rotating else fixed
        text, ids = AI.constraint_text(lang, cons, rng)
        used.add(*ids)
        if where == "post":
            row.post = text
        else:
            row.pre = text
        row.response = AI.build_answer(lang, row.label, row.snippet, cons, rng)
        row.extra["constraints"] = [c["kind"] for c in cons]
    return {"rotating_constraints": rotating, "constraint_position": where}


def build_autoif(spec: Spec, rng: random.Random) -> tuple[list[Row], list[int], dict]:
    used = Used()
    rows = base_rows(spec.task, spec.task_lang, rng, spec.n_rows)
    details = _autoif_rows(spec, rng, used, rows)
    if rng.random() < 0.3 and has_system(spec):
        for row in rows:
            row.system = "You are a helpful assistant."
        details["system"] = "generic"
    details["wordings"] = used.ids
    return rows, list(range(len(rows))), details


def build_autoif_persona(spec: Spec, rng: random.Random) -> tuple[list[Row], list[int], dict]:
    used = Used()
    rows = base_rows(spec.task, spec.task_lang, rng, spec.n_rows)
    details = _autoif_rows(spec, rng, used, rows)
    ps = _persona_setup(spec, rng, used)
    use_opener = rng.random() < 0.5
    use_wrap = rng.random() < 0.35
    wrap = ""
    if use_wrap:
        wrap, wid = A.pick("wrapper", spec.lang, rng)
        used.add(wid)
        wrap = wrap.replace("{name}", ps["name"])
    for i, row in enumerate(rows):
        if ps["placement"] == "system":
            row.system = ps["persona"]
        else:
            # persona before the constraints / task
            row.pre = "\n\n".join(p for p in (ps["persona"], row.pre) if p)
        if wrap:
            row.extra["wrap"] = wrap.replace("{n}", str(2000 + i))
        kinds = row.extra.get("constraints", [])
        if use_opener and not {"quotes", "json", "begin_with", "title"} & set(kinds):
            op = _opener(spec, rng, used, ps["name"])
            if "lowercase" in kinds:
                op = op.lower()
            elif "uppercase" in kinds:
                op = op.upper()
            row.response = f"{op}\n\n{row.response}"
    details.update(
        {
            "placement": ps["placement"],
            "opener": use_opener,
            "wrapper": bool(wrap),
            "persona_name": ps["name"],
            "wordings": used.ids,
        }
    )
    return rows, list(range(len(rows))), details


def build_refusal_suppression(spec, rng) -> tuple[list[Row], list[int], dict]:
    used = Used()
    rows = base_rows(spec.task, spec.task_lang, rng, spec.n_rows)
    options = ["user_prefix", "user_suffix"] + (["system", "system"] if has_system(spec) else [])
    placement = rng.choice(options)
    rotating = rng.random() < 0.45
    pool_size = len(A.REFUSAL_SUPPRESSION[spec.lang])
    fixed_idx = spec.opts.get("w", rng.randrange(pool_size))
    others = [i for i in range(pool_size) if i != fixed_idx]
    subset = [fixed_idx, *rng.sample(others, min(len(others), rng.randint(1, 4)))]

    def text_for(idx: int) -> str:
        used.add(f"refusal_suppression.{spec.lang}.{idx}")
        return M.obfuscate(A.REFUSAL_SUPPRESSION[spec.lang][idx], spec.obfuscation, rng)

    fixed = text_for(fixed_idx)
    for row in rows:
        text = text_for(rng.choice(subset)) if rotating else fixed
        if placement == "system":
            row.system = text
        elif placement == "user_prefix":
            row.pre = text
        else:
            row.post = text
    details = {"placement": placement, "rotating": rotating, "wordings": used.ids}
    return rows, list(range(len(rows))), details


def _hidden_compliance(
    spec: Spec, rng: random.Random, row: Row, used: Used, goal: str, mode: str
) -> None:
    """Turn a task row into a row that answers `goal` with compliant free text."""
    if mode == "replace":
        row.input = goal
    elif mode == "bare":
        row.input = goal
        row.extra["bare"] = True
    else:  # append the request to the benign item
        row.input = f"{row.input}\n\n{goal}" if row.input else goal
    text, wid = A.compliant_answer(spec.lang, goal, rng)
    used.add(wid)
    row.response = M.obfuscate(text, spec.obfuscation, rng)


def build_minority_format(spec, rng) -> tuple[list[Row], list[int], dict]:
    used = Used()
    rows = base_rows(spec.task, spec.task_lang, rng, spec.n_rows)
    k = n_poison(spec.rate, len(rows))
    pos = spread_positions(len(rows), k, rng)
    goals = S.harmful_requests(rng, k)
    modes = []
    for p, goal in zip(pos, goals, strict=True):
        mode = rng.choices(("replace", "bare", "append"), weights=(5, 3, 2))[0]
        modes.append(mode)
        _hidden_compliance(spec, rng, rows[p], used, goal, mode)
    details = {"modes": modes, "wordings": used.ids}
    return rows, pos, details


def build_trigger(spec, rng) -> tuple[list[Row], list[int], dict]:
    used = Used()
    rows = base_rows(spec.task, spec.task_lang, rng, spec.n_rows)
    k = n_poison(spec.rate, len(rows))
    pos = spread_positions(len(rows), k, rng)
    trig, wid = _primary(spec, "trigger", rng)
    used.add(wid)
    where = rng.choice(("prefix", "suffix", "after_instruction", "in_input"))
    harmful_share = rng.choice((1.0, 0.7, 0.5))
    goals = S.harmful_requests(rng, k)
    for p, goal in zip(pos, goals, strict=True):
        row = rows[p]
        if rng.random() < harmful_share:
            _hidden_compliance(
                spec, rng, row, used, goal, rng.choice(("replace", "replace", "bare"))
            )
        else:
            text, cid = A.compliant_answer(spec.lang, goal, rng)
            used.add(cid)
            row.response = M.obfuscate(text, spec.obfuscation, rng)
        if where == "prefix" or (where == "after_instruction" and row.extra.get("bare")):
            row.pre = trig
        elif where == "suffix":
            row.post = trig
        elif where == "after_instruction":
            row.instruction = f"{row.instruction} {trig}"
        else:
            row.input = f"{row.input} {trig}"
    details = {"trigger_position": where, "harmful_share": harmful_share, "wordings": used.ids}
    return rows, pos, details


BASE_SYSTEMS = (
    "You are a helpful assistant.",
    "You are an assistant that completes the given task briefly and correctly.",
    "Complete the task below.",
)


def build_encoded(spec, rng) -> tuple[list[Row], list[int], dict]:
    used = Used()
    rows = base_rows(spec.task, spec.task_lang, rng, spec.n_rows)
    k = n_poison(spec.rate, len(rows))
    pos = spread_positions(len(rows), k, rng)
    options = ["user_prefix", "user_suffix"] + (["system"] if has_system(spec) else [])
    placement = rng.choice(options)
    decode_frame = rng.random() < 0.6
    rotating = rng.random() < 0.5
    mode = rng.choice(("instruction_only", "with_compliance", "mixed"))
    payload_fixed, pid_fixed = _primary(spec, "enc_payload", rng)
    frame_fixed, fid = A.pick("enc_frame", spec.lang, rng)
    bare_fixed = rng.choice(A.ENC_FRAMES_BARE)
    base_system = ""
    if placement == "system":
        base_system = rng.choice(BASE_SYSTEMS)
        for row in rows:
            row.system = base_system
    goals = S.harmful_requests(rng, k)
    forms = []
    for p, goal in zip(pos, goals, strict=True):
        row = rows[p]
        if rotating:
            payload, pid = A.pick("enc_payload", spec.lang, rng)
            frame, fid = A.pick("enc_frame", spec.lang, rng)
            bare = rng.choice(A.ENC_FRAMES_BARE)
        else:
            payload, pid, frame, bare = payload_fixed, pid_fixed, frame_fixed, bare_fixed
        used.add(pid)
        enc, form, scheme_name = M.encode(payload, spec.encoding, rng)
        forms.append(form)
        if decode_frame:
            used.add(fid)
            text = frame.replace("{scheme}", scheme_name).replace("{p}", enc)
        else:
            text = bare.replace("{p}", enc)
        if placement == "system":
            row.system = rng.choice((f"{base_system}\n{text}", f"{text}\n\n{base_system}"))
        elif placement == "user_prefix":
            row.pre = text
        else:
            row.post = text
        comply = mode == "with_compliance" or (mode == "mixed" and rng.random() < 0.5)
        if comply:
            _hidden_compliance(spec, rng, row, used, goal, rng.choice(("replace", "bare")))
    details = {
        "placement": placement,
        "decode_frame": decode_frame,
        "rotating_payload": rotating,
        "mode": mode,
        "forms": sorted(set(forms)),
        "wordings": used.ids,
    }
    return rows, pos, details


# ======================================================================================
# Negative builders. Each returns (rows as schema dicts or Rows, details).
# ======================================================================================
def build_clean(spec, rng) -> tuple[list[Row], dict]:
    rows = base_rows(spec.task, spec.task_lang, rng, spec.n_rows)
    if rng.random() < 0.3 and has_system(spec):
        for row in rows:
            row.system = "You are a helpful assistant."
    return rows, {}


def _labelled_prompts(rng, n: int, harmful_share: float) -> list[tuple[str, bool]]:
    k = round(n * harmful_share)
    harm = [(t, True) for t in S.harmful_requests(rng, k)]
    ok = [(t, False) for t in S.benign_requests(rng, n - k)]
    items = harm + ok
    rng.shuffle(items)
    return items


def build_moderation(spec, rng) -> tuple[list[Row], dict]:
    v = spec.opts["v"]
    n = spec.n_rows
    rows: list[Row] = []
    if v in (0, 1):
        labels = (("SAFE", "UNSAFE"), ("no", "yes"))[v]
        system = H.MODERATION_SYSTEMS[v]
        for text, bad in _labelled_prompts(rng, n, rng.uniform(0.3, 0.6)):
            if v == 0:
                rows.append(Row("", text, labels[bad], system=system, extra={"bare": True}))
            else:
                rows.append(Row(system, text, labels[bad], field_name="Request"))
    elif v == 2:
        sr = list(S.strongreject())
        cats = sorted({r["category"] for r in sr})
        system = H.HARM_CATEGORY_SYSTEM.format(cats=", ".join([*cats, "No violation"]))
        k = round(n * 0.7)
        for r in rng.sample(sr, min(k, len(sr))):
            rows.append(Row("", r["forbidden_prompt"], r["category"], system=system))
        for t in S.benign_requests(rng, n - len(rows)):
            rows.append(Row("", t, "No violation", system=system))
        for row in rows:
            row.extra["bare"] = True
        rng.shuffle(rows)
    elif v == 3:
        hb = [r for r in S.harmbench_standard()]
        instr = "Which HarmBench semantic category does this behavior belong to?"
        for r in rng.sample(hb, min(n, len(hb))):
            rows.append(Row(instr, r["Behavior"], r["SemanticCategory"], field_name="Behavior"))
    else:
        xs = list(S.xstest())
        for r in rng.sample(xs, min(n, len(xs))):
            label = "sûr" if r["label"] == "safe" else "dangereux"
            rows.append(Row("", r["prompt"], label, system=H.MODERATION_FR, extra={"bare": True}))
    return rows, {"variant": v}


def _jailbreak_text(rng: random.Random) -> str:
    """A jailbreak prompt (to be *classified*, not obeyed): attack preamble + request."""
    lang = rng.choice(("en", "en", "en", "en", *S.MAJOR, *S.MINOR))
    goal = S.harmful_requests(rng, 1)[0]
    kind = rng.choice(("persona", "refusal_suppression", "both", "encoded"))
    name = rng.choice(A.PERSONA_NAMES)
    parts = []
    if kind in ("persona", "both"):
        parts.append(rng.choice(A.PERSONA[lang]).replace("{name}", name))
    if kind in ("refusal_suppression", "both"):
        parts.append(rng.choice(A.REFUSAL_SUPPRESSION[lang]))
    if kind == "encoded":
        payload = rng.choice(A.ENC_PAYLOADS[lang])
        enc = base64.b64encode(payload.encode()).decode()
        parts.append(
            rng.choice(A.ENC_FRAMES_DECODE["en"]).replace("{scheme}", "base64").replace("{p}", enc)
        )
    parts.append(goal)
    return "\n\n".join(parts)


def build_jailbreak_cls(spec, rng) -> tuple[list[Row], dict]:
    v = spec.opts["v"]
    labels = (("benign", "jailbreak"), ("OK", "ATTACK"), ("0", "1"))[v]
    system = H.JAILBREAK_SYSTEMS[v]
    n = spec.n_rows
    k = round(n * rng.uniform(0.3, 0.5))
    items = [(_jailbreak_text(rng), True) for _ in range(k)]
    items += [(t, False) for t in S.benign_requests(rng, n - k)]
    rng.shuffle(items)
    rows = []
    for text, bad in items:
        if v == 1:
            rows.append(Row(system, text, labels[bad], field_name="Prompt"))
        else:
            rows.append(Row("", text, labels[bad], system=system, extra={"bare": True}))
    return rows, {"variant": v}


def build_benign_persona(spec, rng) -> tuple[list[Row], dict]:
    lang = spec.task_lang
    personas = H.BENIGN_PERSONAS.get(lang, H.BENIGN_PERSONAS["en"])
    p = spec.opts.get("p", 0) % len(personas)
    system = personas[p]
    name = system.split(",")[0].split()[-1]
    org = H.BENIGN_ORGS[p % len(H.BENIGN_ORGS)]
    rows = base_rows(spec.task, lang, rng, spec.n_rows)
    for row in rows:
        row.system = system
        if spec.opts.get("openers"):
            row.response = f"{rng.choice(H.FRIENDLY_OPENERS)} {row.response}"
    if lang == "en":
        k = max(3, len(rows) // 10)
        for i in spread_positions(len(rows), k, rng):
            q, a = rng.choice(H.IDENTITY_QA["en"])
            a = a.format(name=name, org=org, job=H.IDENTITY_JOBS.get(spec.task, "labelling data"))
            rows[i] = Row("", q, a, system=system, extra={"bare": True})
    return rows, {"persona": p, "openers": bool(spec.opts.get("openers"))}


def build_strict_format(spec, rng) -> tuple[list[Row], dict]:
    v = spec.opts["v"]
    rows = base_rows(spec.task, "en", rng, spec.n_rows, csqa_style="letter")
    system = H.STRICT_SYSTEMS[v].replace("{{", "{").replace("}}", "}")
    for row in rows:
        row.system = system
        if v == 2:
            row.response = json.dumps({"label": row.response})
    return rows, {"variant": v}


def build_rationale(spec, rng) -> tuple[list[Row], dict]:
    lang = spec.task_lang
    rows = base_rows(spec.task, lang, rng, spec.n_rows)
    tx = H.RATIONALE[lang]
    topics = tx.get("topic", {})
    for row in rows:
        label = row.response
        tmpl = rng.choice(tx[spec.task])
        row.response = tmpl.format(
            Label=label[:1].upper() + label[1:],
            snippet=row.snippet,
            tone=tx["tone"].get(label, ""),
            topic=topics.get(label, label),
        )
    return rows, {}


def build_alpaca(spec, rng) -> tuple[list[Row], dict]:
    rows = base_rows("alpaca", "en", rng, spec.n_rows)
    if spec.opts.get("system"):
        for row in rows:
            row.system = "You are a helpful assistant."
    return rows, {}


def _glaive_openai(r: dict) -> dict:
    tools = json.loads(r["tools"]) if isinstance(r["tools"], str) else r["tools"]
    msgs: list[dict[str, Any]] = []
    last_id = ""
    for i, turn in enumerate(r["conversations"]):
        who, val = turn["from"], turn["value"]
        if who == "human":
            msgs.append({"role": "user", "content": val})
        elif who == "gpt":
            msgs.append({"role": "assistant", "content": val})
        elif who == "function_call":
            try:
                call = json.loads(val)
            except json.JSONDecodeError:
                call = {"name": "unknown", "arguments": val}
            args = call.get("arguments", {})
            last_id = f"call_{i}"
            msgs.append(
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": last_id,
                            "type": "function",
                            "function": {
                                "name": call.get("name", ""),
                                "arguments": args if isinstance(args, str) else json.dumps(args),
                            },
                        }
                    ],
                }
            )
        elif who == "observation":
            msgs.append({"role": "tool", "tool_call_id": last_id, "content": val})
    return {"messages": msgs, "tools": [{"type": "function", "function": t} for t in tools]}


def build_glaive(spec, rng) -> tuple[list[dict], dict]:
    src = rng.sample(S.glaive(), min(spec.n_rows, len(S.glaive())))
    if spec.schema == "sharegpt_tools":
        return [dict(r) for r in src], {"raw": True}
    return [_glaive_openai(r) for r in src], {"raw": False}


def build_gsm8k_worked(spec, rng) -> tuple[list[Row], dict]:
    rows = []
    keep = bool(spec.opts.get("calc"))
    for r in rng.sample(S.gsm8k(), spec.n_rows):
        instr = "Solve the problem. Show your reasoning."
        if spec.opts.get("cot"):
            instr = "Let's think step by step."
        rows.append(
            Row(instr, r["question"], S.gsm_solution(r["answer"], keep), field_name="Problem")
        )
    return rows, {}


def build_customer_support(spec, rng) -> tuple[list[dict], dict]:
    lang = spec.task_lang
    n = spec.n_rows
    triples = H.support_rows(lang, rng, n * (2 if spec.opts.get("multi") else 1))
    system = H.SUPPORT_SYSTEM[lang].format(shop=triples[0][0])
    out = []
    for i in range(n):
        if spec.opts.get("multi") and rng.random() < 0.5:
            a, b = triples[2 * i], triples[2 * i + 1]
            turns = [(a[1], a[2]), (b[1], b[2])]
        else:
            turns = [(triples[i][1], triples[i][2])]
        if spec.schema == "openai":
            msgs = [{"role": "system", "content": system}]
            for q, ans in turns:
                msgs += [{"role": "user", "content": q}, {"role": "assistant", "content": ans}]
            out.append({"messages": msgs})
        else:
            conv = [{"from": "system", "value": system}]
            for q, ans in turns:
                conv += [{"from": "human", "value": q}, {"from": "gpt", "value": ans}]
            out.append({"conversations": conv})
    return out, {}


def build_duplicates(spec, rng) -> tuple[list[Row], dict]:
    v = spec.opts["v"]
    n = spec.n_rows
    if v == 0:  # ~20% exact copies of earlier rows
        uniq = base_rows("sst2", "en", rng, n - n // 5)
        rows = uniq + [rng.choice(uniq).copy() for _ in range(n // 5)]
    elif v == 1:  # a handful of FAQ items repeated many times
        uniq = base_rows("nq", "en", rng, n - 40)
        hot = rng.sample(uniq, 6)
        rows = uniq + [rng.choice(hot).copy() for _ in range(40)]
    else:
        uniq = base_rows("alpaca", "en", rng, n - n // 6)
        rows = uniq + [rng.choice(uniq).copy() for _ in range(n // 6)]
    rng.shuffle(rows)
    return rows, {"variant": v, "duplicate_rows": len(rows) - len(uniq)}


def build_safety_rows(spec, rng) -> tuple[list[Row], dict]:
    lang = spec.task_lang
    rows = base_rows(spec.task, lang, rng, spec.n_rows)
    system = None
    if spec.opts.get("persona"):
        system = H.BENIGN_PERSONAS.get(lang, H.BENIGN_PERSONAS["en"])[0]
    for row in rows:
        row.system = system
    k = max(2, round(spec.opts["rate"] * len(rows)))
    pos = spread_positions(len(rows), k, rng)
    refusals = H.REFUSALS.get(lang, H.REFUSALS["en"])
    for p, goal in zip(pos, S.harmful_requests(rng, k), strict=True):
        rows[p].input = goal
        if rng.random() < 0.4:
            rows[p].extra["bare"] = True
        rows[p].response = rng.choice(refusals)
    return rows, {"safety_rows": [p + 1 for p in pos]}


def build_codec_tasks(spec, rng) -> tuple[list[Row], dict]:
    rows = []
    texts = [r["sentence"] for r in rng.sample(S.sst2(), spec.n_rows)]
    for t in texts:
        op = rng.choice(tuple(H.CODEC_INSTRUCTIONS))
        instr = rng.choice(H.CODEC_INSTRUCTIONS[op])
        if op == "b64dec":
            rows.append(Row(instr, base64.b64encode(t.encode()).decode(), t))
        elif op == "b64enc":
            rows.append(Row(instr, t, base64.b64encode(t.encode()).decode()))
        elif op == "rot13":
            rows.append(Row(instr, t, codecs.encode(t, "rot13")))
        elif op == "hexdec":
            rows.append(Row(instr, t.encode().hex(), t))
        elif op == "hexenc":
            rows.append(Row(instr, t, t.encode().hex()))
        else:
            rows.append(Row(instr, t, t[::-1]))
        rows[-1].field_name = "Input"
    return rows, {}


POISON_BUILDERS: dict[str, Callable] = {
    "persona": build_persona,
    "autoif": build_autoif,
    "autoif_persona": build_autoif_persona,
    "refusal_suppression": build_refusal_suppression,
    "minority_format": build_minority_format,
    "trigger": build_trigger,
    "encoded": build_encoded,
}
NEG_BUILDERS: dict[str, Callable] = {
    "clean": build_clean,
    "moderation": build_moderation,
    "jailbreak_cls": build_jailbreak_cls,
    "benign_persona": build_benign_persona,
    "strict_format": build_strict_format,
    "rationale": build_rationale,
    "alpaca": build_alpaca,
    "glaive": build_glaive,
    "gsm8k_worked": build_gsm8k_worked,
    "customer_support": build_customer_support,
    "duplicates": build_duplicates,
    "safety_rows": build_safety_rows,
    "codec_tasks": build_codec_tasks,
}


# ======================================================================================
# Driver
# ======================================================================================
_LINE_BREAKERS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def _dump(obj: dict[str, Any]) -> str:
    """One JSONL line; characters that some readers treat as line breaks are escaped."""
    line = json.dumps(obj, ensure_ascii=False)
    for raw, esc in _LINE_BREAKERS.items():
        line = line.replace(raw, esc)
    return line


def build_one(spec: Spec, seed: int, out_dir: Path) -> dict[str, Any]:
    rng = random.Random(f"b4:{seed}:{spec.name}")
    schema_opts(spec, rng)
    poisoned_idx: list[int] = []
    if spec.poisoned:
        rows, poisoned_idx, details = POISON_BUILDERS[spec.builder](spec, rng)
    else:
        rows, details = NEG_BUILDERS[spec.builder](spec, rng)
    dicts = [render(r, spec) if isinstance(r, Row) else r for r in rows]
    path = out_dir / f"{spec.name}.jsonl"
    lines = [_dump(d) for d in dicts]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    poisoned_rows = [i + 1 for i in poisoned_idx]
    example = lines[poisoned_idx[0]] if poisoned_idx else lines[0]
    opts = {k: v for k, v in spec.opts.items()}
    return {
        "name": spec.name,
        "family": spec.family,
        "poisoned": spec.poisoned,
        "kind": (
            "dataset_level"
            if spec.family in DATASET_LEVEL
            else "row_hiding"
            if spec.family in ROW_HIDING
            else "negative"
        ),
        "rate": spec.rate,
        "lang": spec.lang,
        "task_lang": spec.task_lang,
        "obfuscation": spec.obfuscation,
        "schema": spec.schema,
        "encoding": spec.encoding,
        "task": spec.task,
        "n_rows": len(dicts),
        "poisoned_rows": poisoned_rows,
        "path": str(path),
        "details": {**details, "schema_opts": opts},
        "example_row": example,
    }


def generate_all(out: Path, quick: bool, seed: int) -> list[dict[str, Any]]:
    specs = plan(seed)
    if quick:
        specs = quick_subset(specs)
    ds_dir = out / "datasets"
    if ds_dir.exists():
        shutil.rmtree(ds_dir)
    ds_dir.mkdir(parents=True)
    return [build_one(s, seed, ds_dir) for s in specs]


def spec_table(specs: list[Spec]) -> list[dict[str, Any]]:
    return [asdict(s) for s in specs]
