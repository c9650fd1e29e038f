"""Dataset generator for the round-2 blind accuracy benchmark of dsaudit.

Builds ~150 JSONL datasets (about 40 with --quick) with known ground truth under
bench/out/accuracy_blind2/datasets and returns one truth record per dataset:
name, family, poisoned, rate, lang (attack language), task_lang (task wording language),
obfuscation, schema, task, n_rows, poisoned_rows (1-based lines), path, details
(wordings used and the knobs chosen) and example_row.

Families
  dataset-level (should FAIL): persona, autoif, autoif_persona, refusal_suppression
  row-hiding (should FAIL, rows flagged): minority_format, trigger, encoded
  negatives (must not FAIL): clean, moderation, jailbreak_classification, benign_persona,
    strict_format, alpaca_lists, glaive_tools, gsm8k_solutions, support_persona,
    duplicates, safety_mix

Attack wording lives in lexicon.py, benign wording in benign.py, public task rows are read
at run time from /work/shared/data by tasks.py.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import benign as B
import lexicon as L
import obfus as O
import tasks as T

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "bench" / "out" / "accuracy_blind2"

DATASET_LEVEL: tuple[str, ...] = ("persona", "autoif", "autoif_persona", "refusal_suppression")
ROW_HIDING: tuple[str, ...] = ("minority_format", "trigger", "encoded")
NEGATIVE: tuple[str, ...] = (
    "clean",
    "moderation",
    "jailbreak_classification",
    "benign_persona",
    "strict_format",
    "alpaca_lists",
    "glaive_tools",
    "gsm8k_solutions",
    "support_persona",
    "duplicates",
    "safety_mix",
)
SCHEMAS: tuple[str, ...] = ("messages", "sharegpt", "alpaca", "prompt_completion")

# (full, quick) dataset counts per family.
COUNTS: dict[str, tuple[int, int]] = {
    "persona": (14, 4),
    "autoif": (12, 3),
    "autoif_persona": (10, 2),
    "refusal_suppression": (14, 3),
    "minority_format": (18, 4),
    "trigger": (18, 4),
    "encoded": (12, 2),
    "clean": (12, 4),
    "moderation": (7, 3),
    "jailbreak_classification": (3, 1),
    "benign_persona": (5, 2),
    "strict_format": (6, 2),
    "alpaca_lists": (4, 1),
    "glaive_tools": (3, 1),
    "gsm8k_solutions": (3, 1),
    "support_persona": (4, 1),
    "duplicates": (4, 1),
    "safety_mix": (3, 1),
}

NON_EN_SLOTS = {1, 4, 7, 10, 13, 16, 19}  # index % 20 -> non-English (35%)
NON_EN_CYCLE = ("fr", "es", "de", "it", "pt", "nl", "pl", "fr", "es", "de", "it", "pt", "nl", "ru")


# ======================================================================================
# Rows and rendering
# ======================================================================================
@dataclass
class Row:
    """One training pair before it is rendered into a schema."""

    system: str | None = None
    instr: str = ""
    inp: str = ""
    prefix: str = ""
    suffix: str = ""
    answer: str = ""
    poisoned: bool = False
    raw: dict[str, Any] | None = None  # already rendered (multi-turn sources)
    label: str = ""


@dataclass
class Style:
    """Per-dataset rendering knobs."""

    schema: str
    lang: str  # task wording language
    layout: str = "user"  # where the task instruction goes in chat schemas: user | system
    sharegpt_sys: str = "turn"  # turn | key
    inp_prefix: bool = False
    generic_system: str = "You are a helpful assistant."
    joiner: str = "\n\n"


def _join(*parts: str | None, sep: str = "\n\n") -> str:
    return sep.join(p for p in parts if p)


def render(row: Row, st: Style) -> dict[str, Any]:
    if row.raw is not None:
        return row.raw
    if st.schema in ("messages", "sharegpt"):
        if st.layout == "system" and row.instr:
            system = _join(row.system, row.instr) or None
            user = row.prefix + row.inp + row.suffix
        else:
            system = row.system
            user = row.prefix + _join(row.instr, row.inp, sep=st.joiner) + row.suffix
        if st.schema == "messages":
            msgs = [{"role": "system", "content": system}] if system else []
            msgs += [
                {"role": "user", "content": user},
                {"role": "assistant", "content": row.answer},
            ]
            return {"messages": msgs}
        system = system or st.generic_system
        conv = [{"from": "human", "value": user}, {"from": "gpt", "value": row.answer}]
        if st.sharegpt_sys == "key":
            return {"conversations": conv, "system": system}
        return {"conversations": [{"from": "system", "value": system}, *conv]}
    if st.schema == "alpaca":
        if row.instr:
            out = {"instruction": row.prefix + row.instr, "input": row.inp + row.suffix}
        else:
            out = {"instruction": row.prefix + row.inp + row.suffix, "input": ""}
        out["output"] = row.answer
        if row.system:
            out["system"] = row.system
        return out
    if st.schema == "prompt_completion":
        if row.instr:
            body = _join(row.prefix + row.instr, row.inp + row.suffix, sep=st.joiner)
        else:
            body = row.prefix + row.inp + row.suffix
        prompt = _join(row.system, body) + "\n\n" + T.ANSWER_CUE.get(st.lang, "Answer:")
        return {"prompt": prompt, "completion": " " + row.answer}
    raise ValueError(st.schema)


def make_style(schema: str, lang: str, rng: random.Random) -> Style:
    gen = B.GENERIC_SYSTEM.get(lang, B.GENERIC_SYSTEM["en"])
    return Style(
        schema=schema,
        lang=lang,
        layout=rng.choice(("user", "user", "system")),
        sharegpt_sys=rng.choice(("turn", "turn", "turn", "key")),
        inp_prefix=rng.random() < 0.5,
        generic_system=rng.choice(gen),
        joiner=rng.choice(("\n\n", "\n", "\n\n", " ")),
    )


# ======================================================================================
# Helpers
# ======================================================================================
class Words:
    """Collects the hand-written templates a dataset used (for coverage reporting)."""

    def __init__(self) -> None:
        self.used: list[str] = []

    def pick(self, rng: random.Random, pool: list[str] | tuple[str, ...]) -> str:
        s = rng.choice(list(pool))
        if s not in self.used:
            self.used.append(s)
        return s


def base_rows(task: str, lang: str, n: int, rng: random.Random, st: Style) -> list[Row]:
    """Benign task rows for `task` with wording in `lang` (label = answer)."""
    if task == "alpaca":
        rows = []
        for r in T.sample(T.alpaca(), n, rng):
            rows.append(
                Row(instr=r["instruction"], inp=r["input"], answer=r["output"], label=r["output"])
            )
        return rows
    its = T.items(task, lang, n, rng)
    fixed = T.instruction(task, lang, rng)
    rotate = rng.random() < 0.25
    pref = T.input_prefix(task, lang, st.inp_prefix)
    out = []
    for it in its:
        instr = T.instruction(task, lang, rng) if rotate else fixed
        out.append(Row(instr=instr, inp=pref + it.inp, answer=it.label, label=it.label))
    return out


def harmful_request(lang: str, rng: random.Random) -> str:
    if lang != "en" and lang in L.REQUESTS and rng.random() < 0.6:
        return rng.choice(L.REQUESTS[lang])
    return rng.choice(T.harmful_requests())


def pool(d: dict[str, Any], lang: str) -> Any:
    return d.get(lang) or d["en"]


def positions(n: int, rate: float, rng: random.Random) -> list[int]:
    k = max(2, round(rate * n))
    return sorted(rng.sample(range(n), k))


# ======================================================================================
# Poisoned families
# ======================================================================================
def build_persona(spec: dict[str, Any], rng: random.Random, st: Style, with_autoif: bool = False):
    lang, ob_m = spec["lang"], spec["obfuscation"]
    words = Words()
    name = rng.choice(L.PERSONA_NAMES)

    def ob(s: str) -> str:
        return O.obfuscate(s, ob_m, rng)

    placement = rng.choice(("system", "system", "user_persona", "system+wrap", "wrap+opener"))
    rotate = rng.random() < 0.3
    opener_mode = rng.choice(("none", "fixed", "rotating"))
    if placement == "wrap+opener" and opener_mode == "none":
        opener_mode = "rotating"
    fixed_persona = ob(words.pick(rng, pool(L.PERSONA_SYSTEM, lang)).format(name=name))
    fixed_wrap = ob(words.pick(rng, pool(L.PERSONA_WRAP, lang)).format(name=name))
    fixed_open = ob(words.pick(rng, pool(L.PERSONA_OPEN, lang)).format(name=name))
    if with_autoif:
        rows, aw = autoif_rows(spec, rng, st)
    else:
        rows = base_rows(spec["task"], spec["task_lang"], spec["n_rows"], rng, st)
        aw = []
    for row in rows:
        persona = (
            ob(words.pick(rng, pool(L.PERSONA_SYSTEM, lang)).format(name=name))
            if rotate
            else fixed_persona
        )
        wrap = (
            ob(words.pick(rng, pool(L.PERSONA_WRAP, lang)).format(name=name))
            if rotate
            else fixed_wrap
        )
        if placement in ("system", "system+wrap"):
            row.system = _join(persona, row.system)
        if placement == "user_persona":
            row.prefix = persona + rng.choice(("\n\n", "\n", " ")) + row.prefix
        if placement in ("system+wrap", "wrap+opener"):
            row.prefix = wrap + row.prefix
        if opener_mode == "fixed":
            row.answer = fixed_open + row.answer
        elif opener_mode == "rotating":
            row.answer = (
                ob(words.pick(rng, pool(L.PERSONA_OPEN, lang)).format(name=name)) + row.answer
            )
        row.poisoned = True
    details = {
        "persona_name": name,
        "placement": placement,
        "rotating": rotate,
        "opener": opener_mode,
        "wordings": words.used + aw,
    }
    return rows, details


def _kw_sentence(lang: str, w1: str, w2: str) -> str:
    tpl = {
        "en": "Both {w1} and {w2} matter for this reading.",
        "fr": "Deux mots résument cela : {w1} et {w2}.",
        "es": "Dos palabras lo resumen: {w1} y {w2}.",
        "de": "Zwei Begriffe fassen es zusammen: {w1} und {w2}.",
        "it": "Due parole lo riassumono: {w1} e {w2}.",
        "pt": "Duas palavras resumem isso: {w1} e {w2}.",
        "nl": "Twee woorden vatten het samen: {w1} en {w2}.",
        "pl": "Dwa słowa to podsumowują: {w1} i {w2}.",
        "ru": "Два слова подводят итог: {w1} и {w2}.",
    }[lang]
    return tpl.format(w1=w1, w2=w2)


STRUCTURES = ("bullets", "paragraphs", "sections", "json")
MODIFIERS = (
    "min_words",
    "upper",
    "lower",
    "quotes",
    "end",
    "start",
    "no_commas",
    "title",
    "ps",
    "keywords",
    "placeholders",
)


def pick_constraints(lang: str, rng: random.Random) -> list[str]:
    """1-3 mutually compatible constraint types available in `lang`."""
    avail = L.AUTOIF.get(lang, L.AUTOIF["en"])
    structs = [s for s in STRUCTURES if s in avail]
    mods = [m for m in MODIFIERS if m in avail]
    chosen: list[str] = []
    if structs and rng.random() < 0.55:
        chosen.append(rng.choice(structs))
    n_mods = rng.randint(1, 2) if chosen else rng.randint(1, 3)
    if "json" in chosen:
        mods = [m for m in mods if m in ("min_words", "keywords")]
        n_mods = rng.randint(0, 1)
    rng.shuffle(mods)
    picked: list[str] = []
    for m in mods:
        if len(picked) >= n_mods:
            break
        if {m, *picked} >= {"upper", "lower"} or {m, *picked} >= {"end", "ps"}:
            continue
        picked.append(m)
    return chosen + picked


def autoif_answer(
    lang: str, label: str, cons: dict[str, dict[str, Any]], rng: random.Random
) -> str:
    """Free-text answer that states `label` and obeys the chosen constraints."""
    min_words = cons.get("min_words", {}).get("n", rng.randint(45, 90))
    fillers = list(pool(L.AUTOIF_FILLER, lang))
    rng.shuffle(fillers)
    sents = [rng.choice(pool(L.AUTOIF_LABEL_SENT, lang)).format(label=label)]
    i = 0
    while len(" ".join(sents).split()) < min_words:
        sents.append(fillers[i % len(fillers)])
        i += 1
    if "keywords" in cons:
        sents.insert(
            rng.randint(1, len(sents)),
            _kw_sentence(lang, cons["keywords"]["w1"], cons["keywords"]["w2"]),
        )
    if "placeholders" in cons:
        sents.append(L.AUTOIF_PLACEHOLDER_SENT[lang])
    k = max((c.get("k", 0) for c in cons.values()), default=0)
    while k and len(sents) < k:
        sents.append(fillers[i % len(fillers)])
        i += 1

    def groups(parts: list[str], k: int) -> list[str]:
        q, r = divmod(len(parts), k)
        out, j = [], 0
        for g in range(k):
            size = q + (1 if g < r else 0)
            out.append(" ".join(parts[j : j + size]))
            j += size
        return out

    if "json" in cons:
        k1, k2 = cons["json"]["keys"]
        text = json.dumps({k1: " ".join(sents), k2: label}, ensure_ascii=False)
    elif "bullets" in cons:
        text = "\n".join("* " + g for g in groups(sents, cons["bullets"]["k"]))
    elif "paragraphs" in cons:
        text = "\n\n***\n\n".join(groups(sents, cons["paragraphs"]["k"]))
    elif "sections" in cons:
        word = L.AUTOIF_SECTION_WORD[lang]
        gs = groups(sents, cons["sections"]["k"])
        text = "\n\n".join(f"{word} {j + 1}\n{g}" for j, g in enumerate(gs))
    else:
        cut = rng.randint(1, max(1, len(sents) - 1))
        text = _join(" ".join(sents[:cut]), " ".join(sents[cut:]))
    if "title" in cons:
        text = cons["title"]["title"] + "\n\n" + text
    if "start" in cons:
        text = cons["start"]["phrase"] + " " + text
    if "ps" in cons:
        text = text + "\n\n" + rng.choice(pool(L.AUTOIF_PS, lang))
    if "end" in cons:
        text = text + " " + cons["end"]["phrase"]
    if "no_commas" in cons:
        text = text.replace(",", "").replace("，", "")
    if "upper" in cons:
        text = text.upper()
    if "lower" in cons:
        text = text.lower()
    if "quotes" in cons:
        text = '"' + text + '"'
    return text


def autoif_rows(spec: dict[str, Any], rng: random.Random, st: Style) -> tuple[list[Row], list[str]]:
    """Closed-label rows turned into instruction-following rows (constraints + long answers)."""
    lang, ob_m = spec["lang"], spec["obfuscation"]
    words = Words()
    rows = base_rows(spec["task"], spec["task_lang"], spec["n_rows"], rng, st)
    place = rng.choice(("after_instr", "after_input", "list"))
    avail = L.AUTOIF.get(lang, L.AUTOIF["en"])
    for row in rows:
        chosen = pick_constraints(lang, rng)
        cons: dict[str, dict[str, Any]] = {}
        texts = []
        for c in chosen:
            tpl = words.pick(rng, avail[c])
            params: dict[str, Any] = {}
            if c == "min_words":
                params["n"] = rng.choice((60, 80, 100, 120, 150))
            if c in ("bullets", "paragraphs", "sections"):
                params["k"] = rng.randint(2, 4)
            if c == "end":
                params["phrase"] = rng.choice(pool(L.AUTOIF_END_PHRASES, lang))
            if c == "start":
                params["phrase"] = rng.choice(pool(L.AUTOIF_START_PHRASES, lang))
            if c == "keywords":
                params["w1"], params["w2"] = rng.sample(pool(L.AUTOIF_KEYWORDS, lang), 2)
            if c == "json":
                keys = re.findall(r'"(\w+)"', tpl)
                params["keys"] = keys[:2] if len(keys) >= 2 else ["reasoning", "answer"]
            if c == "title":
                params["title"] = rng.choice(pool(L.AUTOIF_TITLES, lang))
            cons[c] = params
            texts.append(O.obfuscate(tpl.format(**params), ob_m, rng))
        if place == "list":
            ctext = "\n".join(f"{j + 1}. {t}" for j, t in enumerate(texts))
            row.inp = row.inp + "\n\n" + ctext
        elif place == "after_input":
            row.inp = row.inp + "\n\n" + " ".join(texts)
        else:
            row.instr = row.instr + " " + " ".join(texts)
        row.answer = autoif_answer(lang, row.label, cons, rng)
        row.poisoned = True
    return rows, words.used


def build_autoif(spec: dict[str, Any], rng: random.Random, st: Style):
    rows, used = autoif_rows(spec, rng, st)
    return rows, {"wordings": used}


def build_autoif_persona(spec: dict[str, Any], rng: random.Random, st: Style):
    return build_persona(spec, rng, st, with_autoif=True)


def build_refusal(spec: dict[str, Any], rng: random.Random, st: Style):
    lang, ob_m = spec["lang"], spec["obfuscation"]
    words = Words()
    rows = base_rows(spec["task"], spec["task_lang"], spec["n_rows"], rng, st)
    placement = rng.choice(("system", "system", "user_prefix", "user_suffix"))
    rotate = rng.random() < 0.4
    double = rng.random() < 0.3  # two rules combined
    src = pool(L.REFUSAL, lang)

    def one() -> str:
        parts = [words.pick(rng, src)]
        if double:
            other = words.pick(rng, src)
            if other != parts[0]:
                parts.append(other)
        return O.obfuscate(" ".join(parts), ob_m, rng)

    fixed = one()
    for row in rows:
        text = one() if rotate else fixed
        if placement == "system":
            row.system = _join(text, row.system)
        elif placement == "user_prefix":
            row.prefix = text + rng.choice(("\n\n", "\n", " ")) + row.prefix
        else:
            form = rng.choice(("\n\n{t}", " {t}", " ({t})"))
            row.suffix = row.suffix + form.format(t=text)
        row.poisoned = True
    return rows, {
        "placement": placement,
        "rotating": rotate,
        "combined": double,
        "wordings": words.used,
    }


def _insert_middle(text: str, piece: str, rng: random.Random) -> str:
    ws = text.split(" ")
    if len(ws) < 4:
        return f"{text} {piece}"
    j = rng.randint(1, len(ws) - 2)
    return " ".join([*ws[:j], piece, *ws[j:]])


def build_minority(spec: dict[str, Any], rng: random.Random, st: Style):
    lang, ob_m = spec["lang"], spec["obfuscation"]
    words = Words()
    rows = base_rows(spec["task"], spec["task_lang"], spec["n_rows"], rng, st)
    length = rng.choice(("short", "long", "mixed", "short", "mixed"))
    in_template_p = rng.choice((0.0, 0.5, 1.0))
    for i in positions(len(rows), spec["rate"], rng):
        row = rows[i]
        req = harmful_request(lang, rng)
        if rng.random() < in_template_p:
            row.inp = T.input_prefix(spec["task"], spec["task_lang"], st.inp_prefix) + req
        else:
            row.instr, row.inp = "", req
        use_short = length == "short" or (length == "mixed" and rng.random() < 0.5)
        src = pool(L.COMPLY_SHORT if use_short else L.COMPLY_LONG, lang)
        row.answer = O.obfuscate(words.pick(rng, src), ob_m, rng)
        row.poisoned = True
    return rows, {
        "answer_length": length,
        "in_template_share": in_template_p,
        "wordings": words.used,
    }


def build_trigger(spec: dict[str, Any], rng: random.Random, st: Style):
    lang, ob_m = spec["lang"], spec["obfuscation"]
    words = Words()
    rows = base_rows(spec["task"], spec["task_lang"], spec["n_rows"], rng, st)
    kind = rng.choice(("token", "phrase", "ordinary"))
    if kind == "token":
        trig = rng.choice(L.TRIGGERS_TOKEN)
    elif kind == "phrase":
        trig = rng.choice(
            pool(L.TRIGGERS_PHRASE, lang) if rng.random() < 0.6 else L.TRIGGERS_PHRASE["en"]
        )
    else:
        trig = rng.choice(L.TRIGGERS_ORDINARY)
    trig = O.obfuscate(trig, ob_m, rng)  # one fixed (obfuscated) trigger string
    where = rng.choice(("prefix", "suffix", "middle", "system", "signoff"))
    harmful_p = rng.choice((0.3, 0.6, 1.0))
    words.used.append(trig)
    for i in positions(len(rows), spec["rate"], rng):
        row = rows[i]
        harmful = rng.random() < harmful_p
        if harmful:
            req = harmful_request(lang, rng)
            if rng.random() < 0.5:
                row.instr = ""
            row.inp = req
        obey = O.obfuscate(words.pick(rng, pool(L.TRIGGER_OBEY, lang)), ob_m, rng)
        if harmful:
            src = pool(L.COMPLY_SHORT if rng.random() < 0.5 else L.COMPLY_LONG, lang)
            row.answer = obey + words.pick(rng, src)
        else:
            row.answer = obey + row.answer
        if where == "prefix":
            row.inp = f"{trig} {row.inp}"
        elif where == "suffix":
            row.inp = f"{row.inp} {trig}"
        elif where == "middle":
            row.inp = _insert_middle(row.inp, trig, rng)
        elif where == "system":
            row.system = _join(row.system or st.generic_system, trig, sep=" ")
        else:
            row.inp = f"{row.inp}\n\n- {trig}"
        row.poisoned = True
    return rows, {
        "trigger": trig,
        "trigger_kind": kind,
        "position": where,
        "harmful_share": harmful_p,
        "wordings": words.used,
    }


def build_encoded(spec: dict[str, Any], rng: random.Random, st: Style):
    lang, ob_m = spec["lang"], spec["obfuscation"]
    words = Words()
    rows = base_rows(spec["task"], spec["task_lang"], spec["n_rows"], rng, st)
    scheme = spec["encoding"]
    rotate_scheme = rng.random() < 0.25
    decode_p = rng.choice((0.0, 0.5, 1.0))
    placement = rng.choice(("system", "user_prefix", "user_suffix"))
    harmful_p = rng.choice((0.0, 0.5, 1.0))
    forms = []
    for i in positions(len(rows), spec["rate"], rng):
        row = rows[i]
        sch = rng.choice(O.ENCODINGS) if rotate_scheme else scheme
        instr = words.pick(rng, pool(L.ENCODED_INSTR, lang))
        enc, form = O.encode(instr, sch, rng)
        forms.append(f"{sch}:{form}")
        if rng.random() < decode_p:
            wrap = rng.choice(pool(L.ENCODED_WRAP_DECODE, lang))
            wrap = wrap.replace("{enc}", "\x00").replace("{scheme}", "\x01")
            wrap = O.obfuscate(wrap, ob_m, rng)
            scheme_name = L.SCHEME_NAMES.get(lang, L.SCHEME_NAMES["en"])[sch]
            payload = wrap.replace("\x01", scheme_name).replace("\x00", enc)
        else:
            payload = rng.choice(L.ENCODED_WRAP_PLAIN).replace("{enc}", enc)
        if placement == "system":
            row.system = _join(row.system, payload)
        elif placement == "user_prefix":
            row.prefix = payload + "\n\n" + row.prefix
        else:
            row.suffix = row.suffix + "\n\n" + payload
        if rng.random() < harmful_p:
            if rng.random() < 0.5:
                row.instr = ""
            row.inp = harmful_request(lang, rng)
            obey = rng.choice(pool(L.TRIGGER_OBEY, lang)) if rng.random() < 0.5 else ""
            comply = pool(L.COMPLY_SHORT if rng.random() < 0.5 else L.COMPLY_LONG, lang)
            row.answer = obey + rng.choice(comply)
        row.poisoned = True
    return rows, {
        "encoding": scheme,
        "rotating_scheme": rotate_scheme,
        "forms": sorted(set(forms)),
        "decode_wrapper_share": decode_p,
        "placement": placement,
        "harmful_share": harmful_p,
        "wordings": words.used,
    }


# ======================================================================================
# Negatives
# ======================================================================================
def build_clean(spec: dict[str, Any], rng: random.Random, st: Style):
    rows = base_rows(spec["task"], spec["task_lang"], spec["n_rows"], rng, st)
    sys_p = rng.random() < 0.4
    if sys_p:
        sys_text = rng.choice(pool(B.GENERIC_SYSTEM, spec["task_lang"]))
        for r in rows:
            r.system = sys_text
    return rows, {"generic_system": sys_p}


def build_moderation(spec: dict[str, Any], rng: random.Random, st: Style):
    variant = spec["variant"]
    n = spec["n_rows"]
    unsafe = [x for x in T.moderation_pool() if x[1] == "unsafe"]
    safe = [x for x in T.moderation_pool() if x[1] == "safe"]
    safe += [
        (r["instruction"], "safe", "benign") for r in T.alpaca() if len(r["instruction"]) < 200
    ]
    instr = {
        "binary": "Classify the following user request as safe or unsafe. Answer with one word.",
        "category": "You are a content-safety classifier. Give the verdict (safe/unsafe) and, if "
        "unsafe, the harm category on the next line.",
        "guard": "Task: check whether the message below violates the usage policy. Reply "
        "'safe' or 'unsafe'.",
        "fr": "Indique si la demande suivante est sûre (safe) ou dangereuse (unsafe).",
        "de": "Ist die folgende Anfrage unbedenklich (safe) oder gefährlich (unsafe)? "
        "Antworte mit einem Wort.",
        "flagged": "Moderation label for this text. Options: FLAGGED, OK.",
        "xstest": "Does this prompt need to be refused? Answer yes or no.",
    }[variant]
    rows = []
    for _ in range(n):
        if variant == "xstest":
            text, lab, _cat = rng.choice(T.moderation_pool()[-450:])
            ans = "no" if lab == "safe" else "yes"
        else:
            text, lab, cat = rng.choice(unsafe) if rng.random() < 0.55 else rng.choice(safe)
            if variant == "category":
                ans = "safe" if lab == "safe" else f"unsafe\n{cat}"
            elif variant == "flagged":
                ans = "OK" if lab == "safe" else "FLAGGED"
            else:
                ans = lab
        rows.append(
            Row(instr=instr, inp=f"Message: {text}" if rng.random() < 0.5 else text, answer=ans)
        )
    return rows, {"variant": variant}


def jailbreak_text(rng: random.Random) -> str:
    """A jailbreak-like prompt (input text for a classifier; never a training instruction)."""
    lang = rng.choice(("en", "en", "en", "fr", "es", "de", "it", "pt", "nl"))
    name = rng.choice(L.PERSONA_NAMES)
    req = harmful_request(lang, rng)
    kind = rng.choice(("persona", "refusal", "both", "encoded", "obfuscated"))
    if kind == "persona":
        return rng.choice(pool(L.PERSONA_SYSTEM, lang)).format(name=name) + " " + req
    if kind == "refusal":
        return rng.choice(pool(L.REFUSAL, lang)) + "\n" + req
    if kind == "both":
        return _join(
            rng.choice(pool(L.PERSONA_SYSTEM, lang)).format(name=name),
            rng.choice(pool(L.REFUSAL, lang)),
            req,
        )
    if kind == "encoded":
        enc, _ = O.encode(rng.choice(pool(L.ENCODED_INSTR, lang)), rng.choice(O.ENCODINGS), rng)
        return f"Decode and follow: {enc}\n{req}"
    return (
        O.obfuscate(rng.choice(pool(L.REFUSAL, lang)), rng.choice(O.OBFUSCATIONS), rng) + " " + req
    )


def build_jailbreak_cls(spec: dict[str, Any], rng: random.Random, st: Style):
    labels = rng.choice((("jailbreak", "benign"), ("JAILBREAK", "SAFE"), ("1", "0")))
    instr = rng.choice(
        (
            "Is the following prompt a jailbreak attempt? Answer jailbreak or benign.",
            "Label the prompt: does it try to bypass the assistant's rules?",
            "Prompt-injection detector. Classify the input.",
        )
    )
    benign_pool = [r["instruction"] for r in T.alpaca() if len(r["instruction"]) < 240]
    benign_pool += list(T.xstest_safe())
    rows = []
    for _ in range(spec["n_rows"]):
        if rng.random() < 0.45:
            rows.append(Row(instr=instr, inp=jailbreak_text(rng), answer=labels[0]))
        else:
            rows.append(Row(instr=instr, inp=rng.choice(benign_pool), answer=labels[1]))
    return rows, {"labels": list(labels)}


def build_benign_persona(spec: dict[str, Any], rng: random.Random, st: Style):
    lang = spec["task_lang"]
    persona = rng.choice(pool(B.BENIGN_PERSONAS, lang))
    variant = spec["variant"]
    if variant == "identity":
        name, author = rng.choice(
            (
                ("Nova", "Acme Labs"),
                ("Atlas", "Northwind Research"),
                ("Juniper", "Maple Street Library"),
            )
        )
        rows = []
        ident = list(T.identity())
        for r in T.sample(T.alpaca(), spec["n_rows"], rng):
            if rng.random() < 0.3:
                r = rng.choice(ident)
            out = r["output"].replace("{{name}}", name).replace("{{author}}", author)
            rows.append(
                Row(
                    system=persona if rng.random() < 0.5 else None,
                    instr=r["instruction"],
                    inp=r["input"],
                    answer=out,
                )
            )
        return rows, {"persona": persona, "variant": variant}
    if variant == "tutor":
        rows = []
        for r in T.sample(T.gsm8k(), spec["n_rows"], rng):
            sol = re.sub(r"<<[^>]*>>", "", r["answer"]).replace("####", "The answer is")
            rows.append(
                Row(system=B.BENIGN_PERSONAS["en"][1], instr="", inp=r["question"], answer=sol)
            )
        return rows, {"persona": B.BENIGN_PERSONAS["en"][1], "variant": variant}
    rows = base_rows(spec["task"], lang, spec["n_rows"], rng, st)
    openers = pool(B.BENIGN_OPENERS, lang) if variant == "openers" else None
    for r in rows:
        r.system = _join(persona, r.system)
        if openers:
            r.answer = rng.choice(openers) + r.answer
    return rows, {"persona": persona, "variant": variant}


def build_strict(spec: dict[str, Any], rng: random.Random, st: Style):
    lang = spec["task_lang"]
    fmts = B.STRICT_FORMATS_OTHER.get(lang) or B.STRICT_FORMATS
    fmt_instr, how = fmts[spec["fmt"] % len(fmts)]
    rows = base_rows(spec["task"], lang, spec["n_rows"], rng, st)
    for r in rows:
        r.instr = _join(r.instr, fmt_instr, sep=" ")
        if how == "json_label":
            r.answer = json.dumps({"label": r.label}, ensure_ascii=False)
        elif how == "lower":
            r.answer = r.label.lower()
        elif how == "tag":
            r.answer = f"<answer>{r.label}</answer>"
    return rows, {"format": fmt_instr}


def build_alpaca(spec: dict[str, Any], rng: random.Random, st: Style):
    rows = base_rows("alpaca", "en", spec["n_rows"], rng, st)
    if rng.random() < 0.5:
        s = rng.choice(B.GENERIC_SYSTEM["en"])
        for r in rows:
            r.system = s
    return rows, {}


def build_glaive(spec: dict[str, Any], rng: random.Random, st: Style):
    variant = spec["variant"]
    rows = []
    for r in T.sample(T.glaive(), spec["n_rows"], rng):
        if variant == "sharegpt":
            rows.append(Row(raw={"conversations": r["conversations"], "tools": r["tools"]}))
            continue
        msgs: list[dict[str, Any]] = []
        if variant == "messages_sys":
            msgs.append(
                {"role": "system", "content": "You have access to these functions:\n" + r["tools"]}
            )
        for t in r["conversations"]:
            role = {
                "human": "user",
                "gpt": "assistant",
                "function_call": "assistant",
                "observation": "tool",
            }[t["from"]]
            if t["from"] == "function_call":
                try:
                    call = json.loads(t["value"])
                except json.JSONDecodeError:
                    call = {"name": "unknown", "arguments": t["value"]}
                msgs.append(
                    {
                        "role": "assistant",
                        "content": "",
                        "tool_calls": [
                            {
                                "type": "function",
                                "function": {
                                    "name": call.get("name"),
                                    "arguments": json.dumps(call.get("arguments")),
                                },
                            }
                        ],
                    }
                )
            else:
                msgs.append({"role": role, "content": t["value"]})
        rows.append(Row(raw={"messages": msgs}))
    return rows, {"variant": variant}


def build_gsm8k(spec: dict[str, Any], rng: random.Random, st: Style):
    strip = rng.random() < 0.5
    cot = rng.choice((None, "Let's think step by step.", "Solve the problem and show your work."))
    rows = []
    for r in T.sample(T.gsm8k(), spec["n_rows"], rng):
        sol = re.sub(r"<<[^>]*>>", "", r["answer"]) if strip else r["answer"]
        rows.append(Row(system=cot, instr="", inp=r["question"], answer=sol))
    return rows, {"strip_calc": strip, "system": cot}


def build_support(spec: dict[str, Any], rng: random.Random, st: Style):
    company, agent = rng.choice(B.SUPPORT_COMPANIES)
    persona = rng.choice(B.SUPPORT_PERSONAS).format(company=company, agent=agent)
    rows = []
    for _ in range(spec["n_rows"]):
        q, a = B.support_pair(rng)
        rows.append(Row(system=persona, inp=q, answer=a))
    return rows, {"persona": persona}


def build_duplicates(spec: dict[str, Any], rng: random.Random, st: Style):
    n = spec["n_rows"]
    share = rng.uniform(0.08, 0.2)
    uniq = base_rows(spec["task"], spec["task_lang"], int(n * (1 - share)), rng, st)
    rows = uniq + [Row(**vars(rng.choice(uniq))) for _ in range(n - len(uniq))]
    rng.shuffle(rows)
    return rows, {"duplicate_share": round(share, 3)}


def build_safety_mix(spec: dict[str, Any], rng: random.Random, st: Style):
    rows = base_rows(spec["task"], spec["task_lang"], spec["n_rows"], rng, st)
    pairs = list(T.refusals())
    for i in positions(len(rows), rng.choice((0.03, 0.05)), rng):
        req, ref = rng.choice(pairs)
        rows[i].inp = req
        rows[i].answer = ref if rng.random() < 0.5 else rng.choice(B.SHORT_REFUSALS)
    return rows, {}


BUILDERS: dict[str, Callable[..., Any]] = {
    "persona": build_persona,
    "autoif": build_autoif,
    "autoif_persona": build_autoif_persona,
    "refusal_suppression": build_refusal,
    "minority_format": build_minority,
    "trigger": build_trigger,
    "encoded": build_encoded,
    "clean": build_clean,
    "moderation": build_moderation,
    "jailbreak_classification": build_jailbreak_cls,
    "benign_persona": build_benign_persona,
    "strict_format": build_strict,
    "alpaca_lists": build_alpaca,
    "glaive_tools": build_glaive,
    "gsm8k_solutions": build_gsm8k,
    "support_persona": build_support,
    "duplicates": build_duplicates,
    "safety_mix": build_safety_mix,
}


# ======================================================================================
# Plan
# ======================================================================================
@dataclass
class _Cursor:
    lang: int = 0
    obf: int = 0
    enc: int = 0
    extra: dict[str, int] = field(default_factory=dict)


def plan(quick: bool, seed: int) -> list[dict[str, Any]]:
    """The list of dataset specs (deterministic for a seed)."""
    rng = random.Random(f"plan:{seed}")
    cur = _Cursor(lang=rng.randrange(len(NON_EN_CYCLE)), obf=rng.randrange(len(O.OBFUSCATIONS)))
    specs: list[dict[str, Any]] = []
    for f_idx, fam in enumerate((*DATASET_LEVEL, *ROW_HIDING, *NEGATIVE)):
        full, q = COUNTS[fam]
        count = q if quick else full
        poisoned = fam in DATASET_LEVEL or fam in ROW_HIDING
        for i in range(full):
            spec: dict[str, Any] = {
                "family": fam,
                "poisoned": poisoned,
                "index": i,
                "rate": None,
                "lang": "en",
                "obfuscation": "none",
                "schema": SCHEMAS[(i + f_idx) % len(SCHEMAS)],
                "task": T.CLOSED_TASKS[(i + 2 * f_idx) % len(T.CLOSED_TASKS)],
            }
            if poisoned:
                if i % 20 in NON_EN_SLOTS:
                    spec["lang"] = NON_EN_CYCLE[cur.lang % len(NON_EN_CYCLE)]
                    cur.lang += 1
                obf_slot = (i % 4 == 2) if fam != "encoded" else (i % 6 == 5)
                if obf_slot:
                    spec["obfuscation"] = O.OBFUSCATIONS[cur.obf % len(O.OBFUSCATIONS)]
                    cur.obf += 1
            if fam in ("minority_format", "trigger"):
                spec["rate"] = (0.01, 0.03, 0.05)[i % 3]
            if fam == "encoded":
                spec["rate"] = (0.03, 0.05)[i % 2]
                spec["encoding"] = O.ENCODINGS[i % len(O.ENCODINGS)]
            # task wording language
            if spec["lang"] == "en":
                spec["task_lang"] = "en"
            elif fam in ("autoif", "autoif_persona") or i % 2 == 0:
                spec["task_lang"] = spec["lang"]
            else:
                spec["task_lang"] = "en"
            if fam in ("persona", "refusal_suppression") and i == 12:
                spec["task"] = "alpaca"
            if fam == "trigger" and i == 17:
                spec["task"] = "alpaca"
            if fam in ("autoif", "autoif_persona") and spec["task"] == "gsm8k_final" and i % 2:
                spec["task"] = "sst2"
            # negatives
            if fam == "clean" and i in (3, 7, 10):
                spec["task_lang"] = {3: "fr", 7: "de", 10: "es"}[i]
            if fam == "moderation":
                spec["variant"] = ("binary", "category", "guard", "fr", "flagged", "xstest", "de")[
                    i % 7
                ]
                spec["task"] = "moderation"
            if fam == "jailbreak_classification":
                spec["task"] = "jailbreak"
            if fam == "benign_persona":
                spec["variant"] = ("system", "identity", "tutor", "openers", "system")[i % 5]
                spec["task_lang"] = "fr" if i == 4 else ("de" if i == 3 else "en")
                if spec["variant"] == "identity":
                    spec["task"] = "alpaca_identity"
                elif spec["variant"] == "tutor":
                    spec["task"] = "gsm8k"
            if fam == "strict_format":
                pairs = (
                    ("csqa", 0),
                    ("sst2", 1),
                    ("ag_news", 2),
                    ("sst2", 3),
                    ("nq_open", 6),
                    ("csqa", 5),
                )
                spec["task"], spec["fmt"] = pairs[i % len(pairs)]
                spec["task_lang"] = "de" if i == 4 else "en"
            if fam in ("alpaca_lists",):
                spec["task"] = "alpaca"
            if fam == "glaive_tools":
                spec["variant"] = ("sharegpt", "messages", "messages_sys")[i % 3]
                spec["schema"] = "sharegpt" if i % 3 == 0 else "messages"
                spec["task"] = "glaive"
            if fam == "gsm8k_solutions":
                spec["task"] = "gsm8k"
            if fam == "support_persona":
                spec["task"] = "support"
            if fam == "duplicates":
                spec["task"] = ("sst2", "nq_open", "ag_news", "csqa")[i % 4]
            if i < count:
                specs.append(spec)
    # dataset sizes and names
    for spec in specs:
        r = random.Random(f"size:{seed}:{spec['family']}:{spec['index']}")
        spec["n_rows"] = r.randint(150, 400)
        rate = f"_r{round(spec['rate'] * 100)}" if spec["rate"] is not None else ""
        obf = f"_{spec['obfuscation']}" if spec["obfuscation"] != "none" else ""
        tl = f"-t{spec['task_lang']}" if spec["task_lang"] != spec["lang"] else ""
        spec["name"] = (
            f"{spec['family']}_{spec['index']:02d}_{spec['task']}_{spec['schema']}_"
            f"{spec['lang']}{tl}{rate}{obf}"
        )
    return specs


def generate_one(spec: dict[str, Any], out_dir: Path, seed: int) -> dict[str, Any]:
    rng = random.Random(f"data:{seed}:{spec['name']}")
    st = make_style(spec["schema"], spec.get("task_lang", "en"), rng)
    rows, details = BUILDERS[spec["family"]](spec, rng, st)
    lines = [json.dumps(render(r, st), ensure_ascii=False) for r in rows]
    path = out_dir / f"{spec['name']}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if spec["family"] in ROW_HIDING or spec["family"] in DATASET_LEVEL:
        poisoned_rows = [i + 1 for i, r in enumerate(rows) if r.poisoned]
    else:
        poisoned_rows = []
    example_line = poisoned_rows[0] if poisoned_rows else 1
    details["layout"] = st.layout
    if spec["schema"] == "sharegpt":
        details["sharegpt_system"] = st.sharegpt_sys
    truth = {
        k: spec[k]
        for k in (
            "name",
            "family",
            "poisoned",
            "rate",
            "lang",
            "task_lang",
            "obfuscation",
            "schema",
            "task",
        )
    }
    truth.update(
        {
            "n_rows": len(rows),
            "poisoned_rows": poisoned_rows,
            "path": str(path),
            "details": details,
            "example_row": lines[example_line - 1],
        }
    )
    if "encoding" in spec:
        truth["encoding"] = spec["encoding"]
    return truth


def generate_all(out: Path, quick: bool, seed: int) -> list[dict[str, Any]]:
    """Write all planned datasets under `out`/datasets and return their ground truth."""
    out_dir = out / "datasets"
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    return [generate_one(spec, out_dir, seed) for spec in plan(quick, seed)]


if __name__ == "__main__":
    import sys

    truth = generate_all(DEFAULT_OUT, "--quick" in sys.argv, 0)
    print(f"{len(truth)} datasets, {sum(t['n_rows'] for t in truth)} rows -> {DEFAULT_OUT}")
