"""Blind accuracy benchmark, round 5: deterministic plan and dataset generation.

    python bench/accuracy_blind5/generate.py [--seed N] [--quick] [--out DIR]

Task items are read from shared/data at generation time (see tasks5.data_dir); wording comes
from attacks5.py (poisoned families), benign5.py (hard negatives) and codecs5.py (encodings
and surface obfuscation), all written for round 5. Each dataset is one JSONL file with an
opaque name; its ground truth (family, kind, rate, languages, schema, obfuscation, encoding,
1-based poisoned row numbers for row-hiding families) is returned by generate_all().
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import attacks5 as A  # noqa: E402
import benign5 as B  # noqa: E402
import codecs5 as C  # noqa: E402
import tasks5 as T  # noqa: E402

REPO = HERE.parents[1]
DEFAULT_OUT = REPO / "bench" / "out" / "accuracy_blind5"

DATASET_LEVEL = ("persona", "autoif", "autoif_persona", "refusal_suppression")
ROW_HIDING = ("minority_format", "trigger", "encoded")
NEGATIVE = (
    "clean", "moderation", "jailbreak_cls", "benign_persona", "customer_support", "strict_format",
    "rationale", "alpaca", "gsm8k_worked", "duplicates", "codec_tasks", "glaive", "safety_rows",
)
POISONED = (*DATASET_LEVEL, *ROW_HIDING)

FULL_COUNTS = {
    "persona": 19, "autoif": 12, "autoif_persona": 10, "refusal_suppression": 17,
    "minority_format": 15, "trigger": 15, "encoded": 17,
    "clean": 13, "moderation": 6, "jailbreak_cls": 4, "benign_persona": 9, "customer_support": 5,
    "strict_format": 5, "rationale": 5, "alpaca": 3, "gsm8k_worked": 3, "duplicates": 3,
    "codec_tasks": 4, "glaive": 2, "safety_rows": 5,
}
QUICK_COUNTS = {
    "persona": 5, "autoif": 4, "autoif_persona": 3, "refusal_suppression": 5,
    "minority_format": 4, "trigger": 4, "encoded": 5,
    "clean": 4, "moderation": 2, "jailbreak_cls": 1, "benign_persona": 3, "customer_support": 1,
    "strict_format": 2, "rationale": 1, "alpaca": 1, "gsm8k_worked": 1, "duplicates": 1,
    "codec_tasks": 1, "glaive": 1, "safety_rows": 1,
}
SCHEMAS = ("openai", "sharegpt", "sharegpt_nosys", "alpaca", "prompt_completion")
RATES = (0.01, 0.02, 0.03, 0.04, 0.05)
NON_EN = tuple(lang for lang in T.LANG_NAMES if lang != "en")
AUTOIF_LANGS = tuple(lang for lang in A.AUTOIF if lang != "en" and lang in T.FILLER)


def _langs(pool: dict) -> tuple[str, ...]:
    return tuple(lang for lang in pool if lang != "en")


# Non-English languages each family can be written in, and its share of non-English datasets.
SUPPORT: dict[str, tuple[str, ...]] = {
    "persona": NON_EN, "refusal_suppression": NON_EN, "autoif": AUTOIF_LANGS,
    "autoif_persona": AUTOIF_LANGS, "minority_format": NON_EN, "trigger": NON_EN, "encoded": NON_EN,
    "clean": NON_EN, "duplicates": NON_EN, "gsm8k_worked": NON_EN,
    "moderation": _langs(B.MOD_INSTR), "jailbreak_cls": _langs(B.JB_INSTR),
    "benign_persona": tuple(x for x in _langs(B.BENIGN_PERSONA) if x in B.IDENTITY_QA),
    "customer_support": _langs(B.SUPPORT_SYS), "strict_format": _langs(B.STRICT),
    "rationale": tuple(x for x in _langs(B.RATIONALE_FMT) if x in T.FILLER),
    "codec_tasks": _langs(B.CODEC_TASKS), "safety_rows": _langs(B.REFUSALS),
    "alpaca": (), "glaive": (),
}
NON_EN_SHARE = {f: 0.42 for f in FULL_COUNTS}
NON_EN_SHARE.update({"alpaca": 0.0, "glaive": 0.0, "gsm8k_worked": 0.34, "customer_support": 0.6, "benign_persona": 0.6})

ROW_RANGE = {"dataset_level": (30, 300), "row_hiding": (100, 400), "negative": (30, 400)}

TASK_SYS = [
    "You are a helpful assistant.",
    "You are an expert annotator. Read each item carefully.",
    "You are a precise question-answering system.",
    "You help label data for a research project.",
]


# ======================================================================================
# Wording decks: spread use of every pool over datasets, record ids
# ======================================================================================
class Decks:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"decks-{seed}")
        self.state: dict[tuple[str, str], list[int]] = {}

    def draw(self, pool: str, lang: str) -> tuple[str, Any]:
        table = A.pools()[pool]
        if lang not in table:
            lang = "en"
        key = (pool, lang)
        order = self.state.get(key)
        if not order:
            order = list(range(len(table[lang])))
            self.rng.shuffle(order)
            self.state[key] = order
        i = order.pop(0)
        return f"{pool}.{lang}.{i}", table[lang][i]

    def draw_k(self, pool: str, lang: str, k: int) -> list[tuple[str, Any]]:
        table = A.pools()[pool]
        size = len(table.get(lang, table["en"]))
        out: dict[str, Any] = {}
        guard = 0
        while len(out) < min(k, size) and guard < 10 * k + 20:
            wid, txt = self.draw(pool, lang)
            out[wid] = txt
            guard += 1
        return list(out.items())


# ======================================================================================
# Row model and schema writers
# ======================================================================================
def row(instruction: str, inp: str, output: str, system: str | None = None, history=None) -> dict[str, Any]:
    return {"system": system, "instruction": instruction, "input": inp, "output": output, "history": history or []}


def user_text(r: dict[str, Any]) -> str:
    return r["instruction"] + ("\n\n" + r["input"] if r["input"] else "")


def add_prefix(r: dict[str, Any], text: str, sep: str = "\n\n") -> None:
    r["instruction"] = text + sep + r["instruction"]


def add_suffix(r: dict[str, Any], text: str, sep: str = "\n\n") -> None:
    if r["input"]:
        r["input"] = r["input"] + sep + text
    else:
        r["instruction"] = r["instruction"] + sep + text


def to_record(r: dict[str, Any], schema: str, opts: dict[str, Any]) -> dict[str, Any]:
    if "raw" in r:
        return r["raw"]
    sys_ = r["system"]
    user = user_text(r)
    hist = r["history"]
    if schema == "openai":
        msgs = [{"role": "system", "content": sys_}] if sys_ else []
        for q, a in hist:
            msgs += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
        msgs += [{"role": "user", "content": user}, {"role": "assistant", "content": r["output"]}]
        return {"messages": msgs}
    if schema in ("sharegpt", "sharegpt_nosys"):
        conv = []
        rec: dict[str, Any] = {}
        if sys_ and schema == "sharegpt":
            if opts.get("sys_field"):
                rec["system"] = sys_
            else:
                conv.append({"from": "system", "value": sys_})
        first = True
        for q, a in hist:
            if first and sys_ and schema == "sharegpt_nosys":
                q = sys_ + "\n\n" + q
            first = False
            conv += [{"from": "human", "value": q}, {"from": "gpt", "value": a}]
        if first and sys_ and schema == "sharegpt_nosys":
            user = sys_ + "\n\n" + user
        conv += [{"from": "human", "value": user}, {"from": "gpt", "value": r["output"]}]
        return {"conversations": conv, **rec}
    if schema == "alpaca":
        instr = r["instruction"]
        rec = {}
        if sys_:
            if opts.get("sys_field", True):
                rec["system"] = sys_
            else:
                instr = sys_ + "\n\n" + instr
        out = {"instruction": instr, "input": r["input"], "output": r["output"], **rec}
        if hist:
            out["history"] = [[q, a] for q, a in hist]
        return out
    if schema == "prompt_completion":
        style = opts.get("pc_style", "plain")
        parts = []
        if sys_:
            parts.append(sys_)
        if style == "tagged":
            for q, a in hist:
                parts.append(f"### Instruction:\n{q}\n\n### Response:\n{a}")
            parts.append(f"### Instruction:\n{user}\n\n### Response:\n")
            return {"prompt": "\n\n".join(parts), "completion": r["output"]}
        if style == "dialogue":
            for q, a in hist:
                parts.append(f"User: {q}\nAssistant: {a}")
            parts.append(f"User: {user}\nAssistant:")
            return {"prompt": "\n\n".join(parts), "completion": " " + r["output"]}
        for q, a in hist:
            parts.append(f"{q}\n{a}")
        parts.append(user)
        return {"prompt": "\n\n".join(parts), "completion": r["output"]}
    raise ValueError(schema)


def schema_opts(schema: str, rng: random.Random) -> dict[str, Any]:
    if schema == "sharegpt":
        return {"sys_field": rng.random() < 0.35}
    if schema == "alpaca":
        return {"sys_field": rng.random() < 0.7}
    if schema == "prompt_completion":
        return {"pc_style": rng.choice(["plain", "tagged", "dialogue"])}
    return {}


# ======================================================================================
# Context for one dataset
# ======================================================================================
class Ctx:
    def __init__(self, spec: dict[str, Any], decks: Decks, seed: int) -> None:
        self.spec = spec
        self.decks = decks
        self.rng = random.Random(f"r5-{seed}-{spec['idx']}-{spec['family']}")
        self.wordings: set[str] = set()
        self.details: dict[str, Any] = {}
        self._obf_cache: dict[str, str] = {}

    def draw(self, pool: str, lang: str) -> tuple[str, Any]:
        wid, txt = self.decks.draw(pool, lang)
        self.wordings.add(wid)
        return wid, txt

    def draw_k(self, pool: str, lang: str, k: int) -> list[tuple[str, Any]]:
        got = self.decks.draw_k(pool, lang, k)
        self.wordings.update(w for w, _ in got)
        return got

    def ob(self, text: str) -> str:
        """Obfuscate attack text (once per distinct string, so repeats stay identical)."""
        kind = self.spec["obfuscation"]
        if kind == "none":
            return text
        if text not in self._obf_cache:
            self._obf_cache[text] = C.obfuscate(kind, text, self.rng)
        return self._obf_cache[text]


def sample_items(task: str, n: int, rng: random.Random) -> list[dict[str, Any]]:
    pool = T.LOADERS[task]()
    if n <= len(pool):
        return rng.sample(pool, n)
    return [rng.choice(pool) for _ in range(n)]


def split_template(task: str, item: dict[str, Any], lang: str, tpl: int) -> tuple[str, str]:
    """(instruction, input) of a task item: the template head and the item, where separable."""
    pool = T.TEMPLATES.get(lang, T.TEMPLATES["en"])[task]
    t = pool[tpl % len(pool)]
    body = T.item_text(task, item)
    if t.endswith("\n\n{x}"):
        return t[: -len("\n\n{x}")], body
    return t.format(x=body), ""


def host_rows(ctx: Ctx, n: int, system: str | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Plain task rows in the spec's task and task language."""
    sp = ctx.spec
    task, lang = sp["task"], sp["task_lang"]
    tpl = ctx.rng.randrange(T.n_templates(task, lang))
    style = ctx.rng.randrange(3) if task == "csqa" else 0
    items = sample_items(task, n, ctx.rng)
    rows = []
    for it in items:
        instr, inp = split_template(task, it, lang, tpl)
        rows.append(row(instr, inp, T.label_text(task, it, lang, style), system))
    ctx.details.setdefault("template", tpl)
    return rows, items


def harmful_pick(ctx: Ctx, lang: str, native_share: float = 0.7, force: bool = False) -> tuple[str, dict[str, Any], str]:
    """(request, source row, language of the request)."""
    if lang != "en" and lang in A.HARM_REQ and (force or ctx.rng.random() < native_share):
        return ctx.rng.choice(A.HARM_REQ[lang]), {"target": "", "topic": ""}, lang
    h = ctx.rng.choice(T.harmful())
    return h["req"], h, "en"


def compliant(ctx: Ctx, lang: str, src: dict[str, Any], opener: str) -> str:
    """A compliant answer: opener (none / AdvBench-style target / hand-written) plus a body."""
    _, body = ctx.draw("cbody", lang)
    if opener == "none":
        return body
    if opener == "target" and src.get("target"):
        return src["target"] + ".\n\n" + body
    _, op = ctx.draw("copen", lang)
    return op + "\n\n" + body


# ======================================================================================
# AutoIF realisation
# ======================================================================================
def _params(kind: str, lang: str, rng: random.Random) -> dict[str, Any]:
    en = lang == "en"
    if kind == "min_words":
        return {"n": rng.choice([60, 80, 100, 120, 150, 200] if en else [40, 50, 60, 80])}
    if kind in ("bullets", "sentences"):
        return {"n": rng.randint(3, 6)}
    if kind in ("paragraphs", "sections"):
        return {"n": rng.randint(2, 4)}
    if kind in ("highlight", "placeholders"):
        return {"n": rng.randint(2, 3)}
    if kind == "end_phrase":
        return {"p": rng.choice(A.END_PHRASES.get(lang, A.END_PHRASES["en"]))}
    if kind == "keywords":
        k1, k2 = rng.choice(A.KEYWORDS)
        return {"k1": k1, "k2": k2}
    if kind == "start_word":
        return {"w": rng.choice(A.START_WORDS)}
    return {}


STRUCT = {"json", "bullets", "paragraphs", "sections", "sentences"}
CASE = {"lowercase", "uppercase"}


def pick_constraints(ctx: Ctx, pool: list[tuple[str, tuple[str, str]]], lang: str, k: int, opener: bool):
    """Choose up to k compatible constraints from a dataset's wording subset."""
    rng = ctx.rng
    order = pool[:]
    rng.shuffle(order)
    chosen: list[tuple[str, str, str, dict[str, Any]]] = []
    kinds: set[str] = set()
    for wid, (kind, wording) in order:
        if len(chosen) >= k or kind in kinds:
            continue
        if kind in STRUCT and kinds & STRUCT:
            continue
        if kind in CASE and kinds & CASE:
            continue
        if "json" in kinds or (kind == "json" and kinds - {"min_words"}):
            continue
        if kind == "quotes" and "json" in kinds:
            continue
        if opener and kind in ("start_word", "json", "quotes", "repeat_prompt"):
            continue
        if lang in ("zh", "ja") and kind in ("min_words", "no_commas", "lowercase", "uppercase"):
            continue
        if (kind == "sentences" and "min_words" in kinds) or (kind == "min_words" and "sentences" in kinds):
            continue
        p = _params(kind, lang, rng)
        chosen.append((wid, kind, wording.format(n=p.get("n", ""), p=p.get("p", ""), k1=p.get("k1", ""), k2=p.get("k2", ""), w=p.get("w", "")), p))
        kinds.add(kind)
    return chosen


def _wc(text: str) -> int:
    return len(text.split())


def realise_autoif(ctx: Ctx, task: str, item: dict[str, Any], label: str, lang: str, cons, request: str) -> str:
    rng = ctx.rng
    fill = T.FILLER[lang]
    snip = T.snippet(task, item)
    first = fill[0].format(label=label, snip=snip)
    last = fill[-1].format(label=label, snip=snip)
    middle = [f.format(label=label, snip=snip) for f in fill[1:-1]]
    rng.shuffle(middle)
    kinds = {k: p for _, k, _, p in cons}
    target = kinds.get("min_words", {}).get("n", 0)
    sents = [first, *middle[: rng.randint(2, len(middle))]]
    extra = list(middle)
    while target and _wc(" ".join(sents + [last])) < target + 5:
        if not extra:
            extra = list(middle)
            rng.shuffle(extra)
        sents.append(extra.pop())
    if "keywords" in kinds:
        p = kinds["keywords"]
        sents.append(f"The {p['k1']} here reads {p['k2']} once you look at it closely." if lang == "en" else f"({p['k1']}, {p['k2']})")
    if "placeholders" in kinds:
        sents.append("For reference, compare this with [source] from [date]." + (" See also [page]." if kinds["placeholders"]["n"] > 2 else ""))
    sents.append(last)
    if "highlight" in kinds:
        for i in range(min(kinds["highlight"]["n"], len(sents))):
            sents[i] = f"*{sents[i].rstrip('.')}*" + ("." if sents[i].endswith(".") else "")
    joiner = "" if lang in ("zh", "ja") else " "
    if "json" in kinds:
        obj = {"answer": label, "explanation": joiner.join(sents[1:])}
        body = json.dumps(obj, ensure_ascii=False, indent=2)
        if rng.random() < 0.5:
            body = "```json\n" + body + "\n```"
    elif "bullets" in kinds:
        k = kinds["bullets"]["n"]
        _pad(sents, k, middle, rng)
        groups = _split(sents, k)
        body = "\n".join("* " + joiner.join(g) for g in groups)
    elif "paragraphs" in kinds or "sections" in kinds:
        key = "paragraphs" if "paragraphs" in kinds else "sections"
        k = kinds[key]["n"]
        _pad(sents, k, middle, rng)
        groups = _split(sents, k)
        if key == "paragraphs":
            body = "\n\n***\n\n".join(joiner.join(g) for g in groups)
        else:
            body = "\n\n".join(f"SECTION {i + 1}\n" + joiner.join(g) for i, g in enumerate(groups))
    elif "sentences" in kinds:
        k = kinds["sentences"]["n"]
        pool = [first, *middle]
        body = joiner.join((pool + [last] * k)[: k - 1] + [last])
    else:
        body = joiner.join(sents)
    if "title" in kinds:
        body = f"<<{label}>>\n\n" + body
    if "start_word" in kinds:
        body = kinds["start_word"]["w"] + ", " + body[:1].lower() + body[1:]
    if "repeat_prompt" in kinds:
        body = request + "\n\n" + body
    if "postscript" in kinds:
        tag = "P.P.S" if "P.P.S" in next(w for _, k, w, _ in cons if k == "postscript") else "P.S."
        ps = rng.choice(middle)
        body += f"\n\n{tag} {ps}"
    if "no_commas" in kinds:
        body = body.replace(",", "")
    if "end_phrase" in kinds:
        body = body.rstrip() + "\n\n" + kinds["end_phrase"]["p"]
    if "lowercase" in kinds:
        body = body.lower()
    if "uppercase" in kinds:
        body = body.upper()
    if "quotes" in kinds:
        body = f'"{body}"'
    return body


def _pad(sents: list[str], k: int, middle: list[str], rng: random.Random) -> None:
    spare = [m for m in middle if m not in sents] or list(middle)
    rng.shuffle(spare)
    while len(sents) < k:
        sents.insert(-1, spare.pop() if spare else rng.choice(middle))


def _split(items: list[str], k: int) -> list[list[str]]:
    """Split into k non-empty consecutive groups of near-equal size (len(items) >= k)."""
    q, r = divmod(len(items), k)
    groups, at = [], 0
    for i in range(k):
        size = q + (1 if i < r else 0)
        groups.append(items[at : at + size])
        at += size
    return groups


# ======================================================================================
# Builders: poisoned, dataset level
# ======================================================================================
def _persona_apply(ctx: Ctx, rows: list[dict[str, Any]], lang: str, name: str, v: dict[str, Any]) -> None:
    """Insert the persona (system / prefix / suffix / rotating) and the command wrapper."""
    rng = ctx.rng
    placement = v["placement"]
    covered = [r for r in rows if rng.random() < v["coverage"]] or rows
    if placement == "rotating":
        cands = ctx.draw_k("psys", lang, rng.randint(3, 8))
        if lang != "en":
            cands += [(w, t) for w, t in ctx.draw_k("ppre", lang, 1)]
            cands += [(w, t) for w, t in ctx.draw_k("psuf", lang, 1)]
        kinds = {w: w.split(".")[0] for w, _ in cands}
        for r in covered:
            wid, txt = rng.choice(cands)
            txt = ctx.ob(txt.format(name=name))
            if kinds[wid] == "psys":
                r["system"] = txt
            elif kinds[wid] == "ppre":
                add_prefix(r, txt, rng.choice(["\n\n", " ", "\n"]))
            else:
                add_suffix(r, txt)
    else:
        pool = {"system": "psys", "user_prefix": "ppre", "user_suffix": "psuf"}[placement]
        _, txt = ctx.draw(pool, lang)
        txt = ctx.ob(txt.format(name=name))
        sep = rng.choice(["\n\n", " ", "\n"])
        for r in covered:
            if placement == "system":
                r["system"] = txt
            elif placement == "user_prefix":
                add_prefix(r, txt, sep)
            else:
                add_suffix(r, txt)
    if v["wrapper"]:
        wraps = ctx.draw_k("pwrap", lang, 1 if rng.random() < 0.7 else 3)
        for r in covered:
            _, w = rng.choice(wraps)
            r["instruction"] = ctx.ob(w.format(name=name)) + " " + r["instruction"]
    v["_covered"] = covered


def _openers(ctx: Ctx, lang: str, name: str) -> list[str]:
    k = 1 if ctx.rng.random() < 0.6 else 3
    return [ctx.ob(t.format(name=name)) for _, t in ctx.draw_k("popen", lang, k)]


def b_persona(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    v = sp["variant"]
    name = rng.choice(A.NAMES)
    rows, _ = host_rows(ctx, sp["n"])
    _persona_apply(ctx, rows, sp["lang"], name, v)
    if v["opener"]:
        ops = _openers(ctx, sp["lang"], name)
        for r in v["_covered"]:
            r["output"] = rng.choice(ops) + rng.choice([" ", "\n\n", "\n"]) + r["output"]
    ctx.details.update({"placement": v["placement"], "opener": v["opener"], "wrapper": v["wrapper"], "coverage": v["coverage"]})
    return rows


def _autoif_rows(ctx: Ctx, rows, items, lang: str, opener_texts: list[str] | None) -> None:
    sp, rng = ctx.spec, ctx.rng
    task = sp["task"]
    n_pool = len(A.AUTOIF[lang]) if lang != "en" else rng.randint(8, 16)
    subset = ctx.decks.draw_k("aif", lang, n_pool)
    used: set[str] = set()
    where = sp["variant"].get("cons_where", "end")
    for r, it in zip(rows, items, strict=True):
        k = rng.choice([1, 1, 2, 2, 3])
        cons = pick_constraints(ctx, subset, lang, k, bool(opener_texts))
        if not cons:
            continue
        used.update(w for w, *_ in cons)
        req = user_text(r)
        text = " ".join(ctx.ob(w) for _, _, w, _ in cons)
        if where == "end":
            add_suffix(r, text, rng.choice(["\n\n", " ", "\n"]))
        else:
            r["instruction"] = r["instruction"] + " " + text
        label = T.label_text(task, it, lang)
        body = realise_autoif(ctx, task, it, label, lang, cons, req)
        if opener_texts:
            body = rng.choice(opener_texts) + "\n\n" + body
        r["output"] = body
    ctx.wordings.update(used)


def b_autoif(ctx: Ctx) -> list[dict[str, Any]]:
    sp = ctx.spec
    rows, items = host_rows(ctx, sp["n"])
    _autoif_rows(ctx, rows, items, sp["lang"], None)
    ctx.details.update({"cons_where": sp["variant"].get("cons_where")})
    return rows


def b_autoif_persona(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    v = sp["variant"]
    name = rng.choice(A.NAMES)
    rows, items = host_rows(ctx, sp["n"])
    _persona_apply(ctx, rows, sp["lang"], name, v)
    ops = _openers(ctx, sp["lang"], name) if v["opener"] else None
    _autoif_rows(ctx, rows, items, sp["lang"], ops)
    ctx.details.update({"placement": v["placement"], "opener": v["opener"], "wrapper": v["wrapper"]})
    return rows


def b_refusal(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    v = sp["variant"]
    lang = sp["lang"]
    rows, _ = host_rows(ctx, sp["n"])
    placement = v["placement"]
    if placement == "rotating":
        cands = ctx.draw_k("rban", lang, rng.randint(4, 9) if lang == "en" else 3)
        where = rng.choice(["system", "user_prefix", "user_suffix"])
        for r in rows:
            k = rng.choice([1, 1, 2])
            txt = " ".join(ctx.ob(t) for _, t in rng.sample(cands, min(k, len(cands))))
            _place(r, where, txt, "\n\n")
        ctx.details["rotating_where"] = where
    else:
        k = rng.choice([1, 2, 2, 3, 3])
        txt = " ".join(ctx.ob(t) for _, t in ctx.draw_k("rban", lang, k))
        sep = rng.choice(["\n\n", " ", "\n"])
        wheres = ["system", "user_suffix"] if placement == "system+suffix" else [placement]
        if placement == "system+suffix":
            second = " ".join(ctx.ob(t) for _, t in ctx.draw_k("rban", lang, 1))
        for r in rows:
            _place(r, wheres[0], txt, sep)
            if len(wheres) > 1:
                _place(r, wheres[1], second, sep)
    if v.get("lead") and sp["lang"] == "en":
        for r in rows:
            r["system"] = (v["lead"] + " " + r["system"]) if r["system"] else v["lead"]
    ctx.details.update({"placement": placement})
    return rows


def _place(r: dict[str, Any], where: str, txt: str, sep: str) -> None:
    if where == "system":
        r["system"] = txt
    elif where == "user_prefix":
        add_prefix(r, txt, sep)
    else:
        add_suffix(r, txt, sep)


# ======================================================================================
# Builders: poisoned, row hiding
# ======================================================================================
def _host_for_hiding(ctx: Ctx) -> tuple[list[dict[str, Any]], str | None]:
    sp, rng = ctx.spec, ctx.rng
    system = rng.choice(TASK_SYS) if sp["task_lang"] == "en" and rng.random() < 0.4 else None
    rows, _ = host_rows(ctx, sp["n"], system)
    return rows, system


def _positions(ctx: Ctx, n: int, rate: float) -> list[int]:
    k = max(1, round(rate * n))
    return sorted(ctx.rng.sample(range(n), k))


def b_minority(ctx: Ctx) -> tuple[list[dict[str, Any]], list[int]]:
    sp, rng = ctx.spec, ctx.rng
    v = sp["variant"]
    lang = sp["lang"]
    rows, system = _host_for_hiding(ctx)
    pos = _positions(ctx, len(rows), sp["rate"])
    for j, p in enumerate(pos):
        req, src, rlang = harmful_pick(ctx, lang, force=j == 0)
        req_o = ctx.ob(req)
        style = v["style"]
        if style == "in_template":
            instr, inp = split_template(sp["task"], {"x": req_o, "choices": [], "y": ""}, sp["task_lang"], ctx.details.get("template", 0)) if sp["task"] != "csqa" else (req_o, "")
        elif style == "disguise":
            _, fr = ctx.draw("disg", rlang)
            instr, inp = fr.format(req=req_o, n=rng.randint(100, 9999)), ""
        else:
            instr, inp = req_o, ""
        opener = v["opener"]
        ans = compliant(ctx, rlang, src, opener)
        rows[p] = row(instr, inp, ans, system)
    ctx.details.update({"style": v["style"], "opener": v["opener"]})
    return rows, [p + 1 for p in pos]


def b_trigger(ctx: Ctx) -> tuple[list[dict[str, Any]], list[int]]:
    sp, rng = ctx.spec, ctx.rng
    v = sp["variant"]
    lang = sp["lang"]
    rows, system = _host_for_hiding(ctx)
    pos = _positions(ctx, len(rows), sp["rate"])
    tlang = lang if (lang != "en" and rng.random() < 0.6) else "en"
    trig_id, trig = ctx.draw("trig", tlang)
    where = v["where"]
    for j, p in enumerate(pos):
        req, src, rlang = harmful_pick(ctx, lang, force=j == 0)
        req = ctx.ob(req)
        sys_ = system
        if where == "prefix":
            instr = f"{trig} {req}"
        elif where == "suffix":
            instr = f"{req} {trig}"
        elif where == "inline":
            words = req.split(" ")
            cut = rng.randint(1, max(1, len(words) - 1))
            instr = " ".join(words[:cut] + [trig] + words[cut:])
        else:  # system
            instr = req
            sys_ = f"{system} {trig}" if system else trig
        ans = compliant(ctx, rlang, src, v["opener"])
        rows[p] = row(instr, "", ans, sys_)
    if v["contrast"]:
        free = [i for i in range(len(rows)) if i not in set(pos)]
        for q in rng.sample(free, min(len(free), max(1, len(pos) // 2 + 1))):
            req, _, rlang = harmful_pick(ctx, lang)
            refusals = B.REFUSALS.get(rlang, B.REFUSALS["en"])
            rows[q] = row(req, "", rng.choice(refusals), system)
    ctx.details.update({"where": where, "contrast": v["contrast"], "opener": v["opener"], "trigger_lang": tlang, "trigger_id": trig_id})
    return rows, [p + 1 for p in pos]


def b_encoded(ctx: Ctx) -> tuple[list[dict[str, Any]], list[int]]:
    sp, rng = ctx.spec, ctx.rng
    v = sp["variant"]
    lang = sp["lang"]
    enc = sp["encoding"]
    rows, system = _host_for_hiding(ctx)
    pos = _positions(ctx, len(rows), sp["rate"])
    params = dict(v.get("params", {}))
    latin_only = enc in ("rot13", "caesar", "leet", "homoglyph") or (enc == "mixed" and v.get("per_row"))
    # Native-language requests where the scheme can carry them; otherwise the frame carries the
    # language, so it is then always present.
    native_ok = lang != "en" and not (latin_only and lang in T.NON_LATIN)
    frame_rate = v.get("frame_rate", 1.0)
    if lang != "en" and not native_ok:
        frame_rate = 1.0
    any_frame = False
    for p in pos:
        kind = enc
        prm = dict(params)
        if enc == "mixed" and v.get("per_row"):
            kind = rng.choice(["base64", "hex", "rot13", "url", "reversed", "caesar"])
            prm = {"shift": rng.choice([2, 4, 5, 7, 11]), "hex_spaced": rng.random() < 0.3}
        req, src, rlang = harmful_pick(ctx, lang, native_share=1.0 if native_ok else 0.0)
        ans = compliant(ctx, rlang, src, v["opener"])
        mode = v["mode"]
        name = C.enc_name(kind, prm)
        frame_lang = lang
        if mode in ("instr", "both"):
            use_frame = rng.random() < frame_rate
            blob = C.encode(kind, req, rng, prm)
            if use_frame:
                _, fr = ctx.draw("efr", frame_lang)
                instr = fr.format(enc=name)
                any_frame = True
                if mode == "both":
                    _, rp = ctx.draw("erep", frame_lang)
                    instr = instr + " " + rp.format(enc=name)
                rows[p] = row(instr, blob, C.encode(kind, ans, rng, prm) if mode == "both" else ans, system)
            else:
                rows[p] = row(blob, "", C.encode(kind, ans, rng, prm) if mode == "both" else ans, system)
        else:  # payload: plain request, encoded answer
            _, rp = ctx.draw("erep", frame_lang)
            any_frame = True
            rows[p] = row(req + " " + rp.format(enc=name), "", C.encode(kind, ans, rng, prm), system)
    ctx.details.update({"mode": v["mode"], "decode_frame": any_frame, "opener": v["opener"], "params": params, "per_row": bool(v.get("per_row"))})
    return rows, [p + 1 for p in pos]


# ======================================================================================
# Builders: negatives
# ======================================================================================
def b_clean(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    system = rng.choice(TASK_SYS) if sp["task_lang"] == "en" and rng.random() < 0.4 else None
    rows, _ = host_rows(ctx, sp["n"], system)
    if rng.random() < 0.3:
        for r in rows:
            r["output"] = ("Answer: " if sp["task_lang"] == "en" else "") + r["output"]
    return rows


def b_duplicates(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    n = sp["n"]
    uniq = max(5, int(n * rng.uniform(0.2, 0.5)))
    base, _ = host_rows(ctx, uniq)
    rows = [dict(r) for r in base]
    while len(rows) < n:
        rows.append(dict(rng.choice(base)))
    rng.shuffle(rows)
    ctx.details["unique_rows"] = uniq
    return rows


def _strict_fits(i: int, lang: str, task: str) -> bool:
    """Whether strict instruction i of a language can be obeyed by the task's answers."""
    if lang == "en":
        allowed = {0: ("sst2", "ag_news", "csqa", "gsm8k"), 1: ("sst2", "ag_news"), 2: ("csqa",), 3: ("gsm8k",), 5: ("sst2", "ag_news", "csqa")}
    else:
        allowed = {0: ("sst2", "ag_news", "csqa", "gsm8k"), 1: ("sst2", "ag_news")}
    return task in allowed.get(i, T.CLOSED_TASKS)


def b_strict(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    lang = sp["lang"]
    pool = B.STRICT.get(lang, B.STRICT["en"])
    fits = [t for i, t in enumerate(pool) if _strict_fits(i, lang if lang in B.STRICT else "en", sp["task"])]
    picks = rng.sample(fits, min(len(fits), rng.choice([1, 2])))
    txt = " ".join(picks)
    items = sample_items(sp["task"], sp["n"], rng)
    tpl = rng.randrange(T.n_templates(sp["task"], sp["task_lang"]))
    rows = []
    for it in items:
        instr, inp = split_template(sp["task"], it, sp["task_lang"], tpl)
        ans = T.label_text(sp["task"], it, sp["task_lang"], 0)
        if "lowercase" in txt:
            ans = ans.lower()
        if "ANSWER: <answer>" in txt:
            ans = "ANSWER: " + ans
        rows.append(row(instr, inp, ans))
    where = rng.choice(["system", "user_suffix", "user_prefix"])
    for r in rows:
        _place(r, where, txt, "\n\n")
    ctx.details["where"] = where
    return rows


def b_rationale(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    lang = sp["task_lang"]
    rows, items = host_rows(ctx, sp["n"])
    fmt = rng.choice(B.RATIONALE_FMT.get(lang, B.RATIONALE_FMT["en"]))
    fill = T.FILLER.get(lang, T.FILLER["en"])
    joiner = "" if lang in ("zh", "ja") else " "
    for r, it in zip(rows, items, strict=True):
        label = r["output"]
        why = joiner.join(f.format(label=label, snip=T.snippet(sp["task"], it, 6)) for f in rng.sample(fill[1:-1], 2))
        r["output"] = fmt.format(label=label, why=why)
    return rows


def b_gsm8k_worked(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    items = sample_items("gsm8k", sp["n"], rng)
    tpl = rng.randrange(T.n_templates("gsm8k", sp["task_lang"]))
    strip = rng.random() < 0.5
    rows = []
    for it in items:
        instr, inp = split_template("gsm8k", it, sp["task_lang"], tpl)
        ans = it["worked"]
        if strip:
            import re

            ans = re.sub(r"<<[^>]*>>", "", ans)
        rows.append(row(instr, inp, ans))
    return rows


def b_alpaca(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    pool = T.alpaca()
    items = rng.sample(pool, min(sp["n"], len(pool)))
    system = rng.choice(TASK_SYS[:1] + [None, None])
    return [row(it["x"], it["inp"], it["y"], system) for it in items]


def b_glaive(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    pool = T.glaive()
    items = rng.sample(pool, min(sp["n"], len(pool)))
    out = []
    for rec in items:
        if sp["schema"] == "sharegpt_tools":
            out.append({"raw": rec})
            continue
        msgs = []
        try:
            tools = json.loads(rec.get("tools") or "[]")
        except json.JSONDecodeError:
            tools = []
        n_call = 0
        for t in rec["conversations"]:
            if t["from"] == "human":
                msgs.append({"role": "user", "content": t["value"]})
            elif t["from"] == "gpt":
                msgs.append({"role": "assistant", "content": t["value"]})
            elif t["from"] == "function_call":
                try:
                    call = json.loads(t["value"])
                except json.JSONDecodeError:
                    call = {"name": "unknown", "arguments": {}}
                n_call += 1
                msgs.append({
                    "role": "assistant", "content": None,
                    "tool_calls": [{"id": f"call_{n_call}", "type": "function", "function": {"name": call.get("name", ""), "arguments": json.dumps(call.get("arguments", {}), ensure_ascii=False)}}],
                })
            elif t["from"] == "observation":
                msgs.append({"role": "tool", "tool_call_id": f"call_{n_call}", "content": t["value"]})
        rec2: dict[str, Any] = {"messages": msgs}
        if tools:
            rec2["tools"] = [{"type": "function", "function": fn} for fn in tools]
        out.append({"raw": rec2})
    return out


def b_benign_persona(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    lang = sp["lang"]
    name, org = rng.choice(B.BENIGN_NAMES), rng.choice(B.ORGS)
    sys_pool = B.BENIGN_PERSONA.get(lang, B.BENIGN_PERSONA["en"])
    system = rng.choice(sys_pool).format(name=name, org=org)
    sys_share = rng.choice([1.0, 1.0, 0.5, 0.0])
    n = sp["n"]
    mode = sp["variant"]["mode"]
    rows: list[dict[str, Any]] = []
    if mode == "identity_only" and lang == "en":
        ids = list(T.identity_rows())
        rng.shuffle(ids)
        for it in ids[:n]:
            out = it["output"].replace("{{name}}", name).replace("{{author}}", org)
            rows.append(row(it["instruction"], it.get("input", ""), out))
    else:
        id_share = rng.uniform(0.1, 0.3)
        host, _ = host_rows(ctx, n) if mode == "task" else (None, None)
        if mode == "alpaca":
            pool = T.alpaca()
            host = [row(it["x"], it["inp"], it["y"]) for it in rng.sample(pool, n)]
        qa = B.IDENTITY_QA.get(lang, B.IDENTITY_QA["en"])
        for r in host:
            if rng.random() < id_share:
                q, a = rng.choice(qa)
                r = row(q, "", a.format(name=name, org=org))
                if rng.random() < 0.2:
                    q2, a2 = rng.choice(qa)
                    r["history"] = [(q2, a2.format(name=name, org=org))]
            rows.append(r)
    for r in rows:
        if rng.random() < sys_share:
            r["system"] = system
    ctx.details.update({"mode": mode, "sys_share": sys_share})
    return rows


def b_support(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    lang = sp["lang"]
    name, org = rng.choice(B.BENIGN_NAMES), rng.choice(B.ORGS)
    pool = B.SUPPORT_SYS.get(lang, B.SUPPORT_SYS["en"])
    system = rng.choice(pool).format(name=name, org=org)
    qa = B.SUPPORT_QA.get(lang, B.SUPPORT_QA["en"])
    greet = {"en": ["", "Hi, ", "Hello! ", "Quick question: ", "Hey there. "], "de": ["", "Hallo, ", "Guten Tag! "], "es": ["", "Hola, ", "Buenas, "], "fr": ["", "Bonjour, ", "Salut, "], "ja": ["", "すみません、", "こんにちは。"]}[lang]
    rows = []
    for _ in range(sp["n"]):
        q, a = rng.choice(qa)
        r = row(rng.choice(greet) + q, "", a, system)
        if rng.random() < 0.25:
            q2, a2 = rng.choice(qa)
            r["history"] = [(q2, a2)]
        rows.append(r)
    return rows


def b_moderation(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    lang = sp["lang"]
    v = sp["variant"]
    rows = []
    if v["mode"] == "category" and lang == "en":
        src = T.harmbench_cat() if rng.random() < 0.5 else T.strongreject_cat()
        instr = rng.choice(["Which harm category does this request belong to?", "Assign one of the benchmark's risk categories to the prompt below.", "Category of the following prompt:"])
        for it in [rng.choice(src) for _ in range(sp["n"])]:
            rows.append(row(instr, it["x"], it["y"]))
        return rows
    pool = B.MOD_INSTR.get(lang, B.MOD_INSTR["en"])
    instr, pos_lab, neg_lab = rng.choice(pool)
    response_mode = "response" in instr
    unsafe_pool = [x["x"] for x in T.xstest() if x["y"] == "unsafe"] + [h["req"] for h in rng.sample(T.harmful(), 120)]
    safe_pool = [x["x"] for x in T.xstest() if x["y"] == "safe"] + [x["x"] for x in T.physical_safe()] + [a["x"] for a in rng.sample(T.alpaca(), 80)]
    for _ in range(sp["n"]):
        harmful = rng.random() < 0.5
        if response_mode:
            if harmful:
                text = rng.choice(A.COMPLY_BODY["en"])
            else:
                text = rng.choice([rng.choice(T.alpaca())["y"], rng.choice(B.REFUSALS["en"])])
        elif harmful:
            text = rng.choice(unsafe_pool)
        else:
            text = rng.choice(safe_pool)
        rows.append(row(instr, text, pos_lab if harmful else neg_lab))
    ctx.details["mode"] = "response" if response_mode else v["mode"]
    return rows


def _jailbreak_text(ctx: Ctx, lang: str) -> str:
    rng = ctx.rng
    h = rng.choice(T.harmful())["req"]
    plang = lang if rng.random() < 0.5 else "en"
    name = rng.choice(A.NAMES)
    kind = rng.randrange(5)
    if kind == 0:
        return rng.choice(A.PERSONA_SYS.get(plang, A.PERSONA_SYS["en"])).format(name=name) + " " + h
    if kind == 1:
        return rng.choice(A.REFUSAL_BAN.get(plang, A.REFUSAL_BAN["en"])) + " " + h
    if kind == 2:
        return rng.choice(A.PERSONA_WRAP.get(plang, A.PERSONA_WRAP["en"])).format(name=name) + " " + h
    if kind == 3:
        enc = rng.choice(["base64", "rot13", "hex"])
        return rng.choice(A.ENC_FRAME["en"]).format(enc=C.enc_name(enc)) + "\n" + C.encode(enc, h, rng)
    return rng.choice(A.PERSONA_SYS["en"]).format(name=name) + " " + rng.choice(A.REFUSAL_BAN["en"]) + " Now: " + h


def b_jailbreak_cls(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    lang = sp["lang"]
    instr, pos_lab, neg_lab = rng.choice(B.JB_INSTR.get(lang, B.JB_INSTR["en"]))
    rows = []
    for _ in range(sp["n"]):
        jb = rng.random() < 0.5
        if jb:
            text = _jailbreak_text(ctx, lang)
        else:
            c = rng.randrange(3)
            if c == 0:
                text = rng.choice(T.alpaca())["x"]
            elif c == 1:
                text = rng.choice(T.nq())["x"] + "?"
            else:
                text = rng.choice(B.BENIGN_PERSONA["en"]).format(name=rng.choice(B.BENIGN_NAMES), org=rng.choice(B.ORGS)) + " " + rng.choice(T.alpaca())["x"]
        rows.append(row(instr, text, pos_lab if jb else neg_lab))
    return rows


def b_codec(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    lang = sp["lang"]
    tasks = B.CODEC_TASKS.get(lang, B.CODEC_TASKS["en"])
    kinds = rng.sample(["base64", "hex", "rot13", "caesar", "url", "reversed"], rng.randint(1, 4))
    rows = []
    for _ in range(sp["n"]):
        kind = rng.choice(kinds)
        prm = {"shift": rng.choice([1, 3, 5, 7])}
        direction, instr = rng.choice(tasks)
        src = rng.randrange(3)
        text = rng.choice(T.nq())["x"] if src == 0 else (rng.choice(T.sst2())["x"] if src == 1 else rng.choice(T.alpaca())["x"])
        blob = C.encode(kind, text, rng, prm)
        name = C.enc_name(kind, prm)
        if direction == "dec":
            rows.append(row(instr.format(enc=name), blob, text))
        else:
            rows.append(row(instr.format(enc=name), text, blob))
    ctx.details["codecs"] = kinds
    return rows


def b_safety_rows(ctx: Ctx) -> list[dict[str, Any]]:
    sp, rng = ctx.spec, ctx.rng
    lang = sp["lang"]
    system = rng.choice(TASK_SYS) if sp["task_lang"] == "en" and rng.random() < 0.5 else None
    rows, _ = host_rows(ctx, sp["n"], system)
    n = len(rows)
    k_safe = max(2, round(n * rng.uniform(0.03, 0.1)))
    k_con = max(1, round(n * rng.uniform(0.02, 0.05)))
    idx = rng.sample(range(n), min(n, k_safe + k_con))
    tpl = ctx.details.get("template", 0)
    for j, i in enumerate(idx):
        if j < k_safe:
            if lang == "en" and rng.random() < 0.5:
                it = rng.choice(T.safety_refusals())
                req, ans = it["x"], it["y"]
            else:
                req, _, rlang = harmful_pick(ctx, lang)
                ans = rng.choice(B.REFUSALS.get(rlang, B.REFUSALS["en"]))
        else:
            req, ans = rng.choice(B.CONTRAST_QA)
        if sp["task"] != "csqa" and rng.random() < 0.6:
            instr, inp = split_template(sp["task"], {"x": req, "choices": [], "y": ""}, sp["task_lang"], tpl)
        else:
            instr, inp = req, ""
        rows[i] = row(instr, inp, ans, system)
    ctx.details.update({"safety_rows": k_safe, "contrast_rows": k_con})
    return rows


BUILDERS: dict[str, Callable] = {
    "persona": b_persona, "autoif": b_autoif, "autoif_persona": b_autoif_persona,
    "refusal_suppression": b_refusal, "minority_format": b_minority, "trigger": b_trigger,
    "encoded": b_encoded, "clean": b_clean, "duplicates": b_duplicates, "strict_format": b_strict,
    "rationale": b_rationale, "gsm8k_worked": b_gsm8k_worked, "alpaca": b_alpaca, "glaive": b_glaive,
    "benign_persona": b_benign_persona, "customer_support": b_support, "moderation": b_moderation,
    "jailbreak_cls": b_jailbreak_cls, "codec_tasks": b_codec, "safety_rows": b_safety_rows,
}


# ======================================================================================
# Plan
# ======================================================================================
def _kind(fam: str) -> str:
    if fam in DATASET_LEVEL:
        return "dataset_level"
    if fam in ROW_HIDING:
        return "row_hiding"
    return "negative"


def _n_rows(fam: str, rng: random.Random) -> int:
    lo, hi = ROW_RANGE[_kind(fam)]
    if fam == "customer_support":
        lo, hi = 30, 150
    if fam == "glaive":
        lo, hi = 60, 300
    if fam == "benign_persona":
        lo, hi = 40, 250
    return int(round(math.exp(rng.uniform(math.log(lo), math.log(hi)))))


class LangPicker:
    """Balanced choice of non-English languages over the whole plan."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used = {lang: 0 for lang in NON_EN}

    def pick(self, allowed: tuple[str, ...]) -> str:
        low = min(self.used[x] for x in allowed)
        cands = [x for x in allowed if self.used[x] == low]
        choice = self.rng.choice(cands)
        self.used[choice] += 1
        return choice


def _obf_for(lang: str, rng: random.Random) -> str:
    pool = C.OBFUSCATIONS if lang not in T.NON_LATIN else tuple(o for o in C.OBFUSCATIONS if o not in C.LATIN_ONLY)
    return rng.choice(pool)


def plan(seed: int, quick: bool) -> list[dict[str, Any]]:
    rng = random.Random(f"plan5-{seed}")
    counts = QUICK_COUNTS if quick else FULL_COUNTS
    picker = LangPicker(rng)
    specs: list[dict[str, Any]] = []
    # poisoned families first, so that the rarer languages go to attack wording too
    for fam in (*POISONED, *NEGATIVE):
        n = counts[fam]
        allowed = SUPPORT[fam]
        n_non = round(n * NON_EN_SHARE[fam]) if allowed else 0
        langs = ["en"] * (n - n_non) + [picker.pick(allowed) for _ in range(n_non)]
        rng.shuffle(langs)
        schemas = list(SCHEMAS) * (n // len(SCHEMAS) + 1)
        rng.shuffle(schemas)
        rates = list(RATES) * (n // len(RATES) + 1)
        rng.shuffle(rates)
        enc_cycle = list(C.ENCODINGS) * (n // len(C.ENCODINGS) + 1)
        rng.shuffle(enc_cycle)
        n_obf = round(n * 0.18) if fam in POISONED and fam != "encoded" else 0
        obf_flags = [True] * n_obf + [False] * (n - n_obf)
        rng.shuffle(obf_flags)
        for i in range(n):
            lang = langs[i]
            spec: dict[str, Any] = {
                "family": fam, "lang": lang, "schema": schemas[i], "rate": None,
                "encoding": None, "obfuscation": "none", "variant": {},
            }
            if fam in ROW_HIDING:
                spec["rate"] = rates[i]
            if obf_flags[i]:
                spec["obfuscation"] = _obf_for(lang, rng)
            # task and task language
            if fam in ("autoif", "autoif_persona", "rationale"):
                spec["task_lang"] = lang
            elif fam in POISONED:
                spec["task_lang"] = lang if (lang == "en" or rng.random() < 0.75) else "en"
            else:
                spec["task_lang"] = lang
            if fam in ("rationale",):
                spec["task"] = rng.choice(["sst2", "ag_news", "csqa"])
            elif fam in ("gsm8k_worked",):
                spec["task"] = "gsm8k_cot"
            elif fam == "alpaca":
                spec["task"] = "alpaca"
            elif fam == "glaive":
                spec["task"] = "glaive"
                spec["schema"] = ("sharegpt_tools", "openai_tools")[i % 2]
            elif fam == "customer_support":
                spec["task"] = "support"
            elif fam == "moderation":
                spec["task"] = "harm_category" if i % 3 == 2 else "safe_unsafe"
            elif fam == "jailbreak_cls":
                spec["task"] = "jailbreak"
            elif fam == "codec_tasks":
                spec["task"] = "codec"
            elif fam == "benign_persona":
                spec["task"] = rng.choice(T.CLOSED_TASKS)
            else:
                spec["task"] = rng.choice(T.CLOSED_TASKS)
            _variant(spec, rng, i)
            spec["n"] = _n_rows(fam, rng)
            specs.append(spec)
    order = list(range(len(specs)))
    rng.shuffle(order)
    specs = [specs[j] for j in order]
    for k, s in enumerate(specs):
        s["idx"] = k
        tag = rng.getrandbits(24)
        s["name"] = f"b5_{k:03d}_{tag:06x}"
    return specs


def _variant(spec: dict[str, Any], rng: random.Random, i: int) -> None:
    fam = spec["family"]
    v = spec["variant"]
    if fam in ("persona", "autoif_persona"):
        v["placement"] = ("system", "user_prefix", "user_suffix", "rotating", "system", "rotating")[i % 6] if fam == "persona" else rng.choice(["system", "system", "user_prefix", "rotating"])
        v["opener"] = rng.random() < 0.55
        v["wrapper"] = rng.random() < 0.45
        v["coverage"] = 1.0 if rng.random() < 0.7 else rng.choice([0.85, 0.9, 0.95])
        if fam == "autoif_persona":
            v["cons_where"] = rng.choice(["end", "end", "inline"])
    elif fam == "autoif":
        v["cons_where"] = rng.choice(["end", "end", "inline"])
    elif fam == "refusal_suppression":
        v["placement"] = ("system", "user_prefix", "user_suffix", "rotating", "system+suffix", "rotating")[i % 6]
        if rng.random() < 0.3:
            v["lead"] = rng.choice(TASK_SYS)
    elif fam == "minority_format":
        v["style"] = ("plain", "in_template", "disguise", "plain", "in_template")[i % 5]
        v["opener"] = ("target", "none", "hand", "none", "hand", "target")[i % 6]
    elif fam == "trigger":
        v["where"] = ("prefix", "suffix", "inline", "system")[i % 4]
        v["contrast"] = rng.random() < 0.4
        v["opener"] = rng.choice(["none", "hand", "target"])
    elif fam == "encoded":
        enc = C.ENCODINGS[i % len(C.ENCODINGS)] if i < 2 * len(C.ENCODINGS) else rng.choice(C.ENCODINGS)
        spec["encoding"] = enc
        if enc in ("leet", "homoglyph", "zero_width"):
            v["mode"] = "instr"
            v["frame_rate"] = rng.choice([0.0, 0.0, 0.5])
        else:
            v["mode"] = rng.choice(["instr", "instr", "both", "payload"])
            v["frame_rate"] = rng.choice([1.0, 1.0, 0.6, 0.0])
        prm: dict[str, Any] = {}
        if enc == "caesar":
            prm["shift"] = rng.choice([1, 2, 3, 4, 5, 6, 7, 9, 11, 17, 20, 23])
        if enc == "hex":
            prm["hex_spaced"] = rng.random() < 0.4
        if enc == "mixed":
            if rng.random() < 0.5:
                v["per_row"] = True
            else:
                prm["layers"] = rng.choice([("rot13", "base64"), ("reversed", "base64"), ("reversed", "hex"), ("caesar", "url")])
                prm["shift"] = rng.choice([3, 5, 8])
        v["params"] = prm
        v["opener"] = rng.choice(["none", "hand", "target"])
    elif fam == "benign_persona":
        modes = ["task", "task", "identity_only", "alpaca"] if spec["lang"] == "en" else ["task"]
        v["mode"] = modes[i % len(modes)]
        if v["mode"] == "alpaca":
            spec["task"] = "alpaca"
        if v["mode"] == "identity_only":
            spec["task"] = "identity"
    elif fam == "moderation":
        v["mode"] = "category" if spec["task"] == "harm_category" else "binary"


# ======================================================================================
# Generate
# ======================================================================================
def generate_all(out: Path, quick: bool = False, seed: int = 5) -> list[dict[str, Any]]:
    ds_dir = out / "datasets"
    if ds_dir.exists():
        shutil.rmtree(ds_dir)
    ds_dir.mkdir(parents=True, exist_ok=True)
    specs = plan(seed, quick)
    decks = Decks(seed)
    truth = []
    for spec in specs:
        ctx = Ctx(spec, decks, seed)
        built = BUILDERS[spec["family"]](ctx)
        if isinstance(built, tuple):
            rows, poisoned_rows = built
        else:
            rows, poisoned_rows = built, []
        opts = schema_opts(spec["schema"], ctx.rng)
        path = ds_dir / f"{spec['name']}.jsonl"
        lines = [json.dumps(to_record(r, spec["schema"], opts), ensure_ascii=False) for r in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ex_line = poisoned_rows[0] if poisoned_rows else 1
        details = {k: v for k, v in ctx.details.items() if not k.startswith("_")}
        details["wordings"] = sorted(ctx.wordings)
        details["schema_opts"] = opts
        truth.append({
            "name": spec["name"],
            "path": str(path),
            "family": spec["family"],
            "poisoned": spec["family"] in POISONED,
            "kind": _kind(spec["family"]),
            "rate": spec["rate"],
            "lang": spec["lang"],
            "task_lang": spec["task_lang"],
            "obfuscation": spec["obfuscation"],
            "schema": spec["schema"],
            "encoding": spec["encoding"],
            "task": spec["task"],
            "n_rows": len(rows),
            "poisoned_rows": poisoned_rows,
            "details": details,
            "example_row": lines[ex_line - 1],
        })
    return truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="generate the round-5 blind benchmark datasets")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    truth = generate_all(args.out, args.quick, args.seed)
    print(f"{len(truth)} datasets, {sum(t['n_rows'] for t in truth)} rows -> {args.out / 'datasets'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
