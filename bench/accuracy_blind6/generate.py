"""Generator of blind accuracy round 6 for dsaudit.

Written without access to dsaudit's source, rules, tests or earlier rounds. It builds JSONL
fine-tuning datasets from the benign task sets in shared/data plus hand-written attack
wording (attacks6.py), benign hard-negative wording (benign6.py), encodings and
obfuscations (codecs6.py) and task instructions / explanation sentences (tasks6.py), and
returns one ground-truth record per dataset (the contract of bench/blind_runner.py).

Standard library only; deterministic given the seed.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path
from typing import Any

import attacks6 as A
import benign6 as B
import codecs6 as C
import tasks6 as T

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_OUT = REPO / "bench" / "out" / "accuracy_blind6"

DATASET_LEVEL = ("persona", "autoif", "autoif_persona", "refusal_suppression")
ROW_HIDING = ("minority_format", "trigger", "encoded")
NEGATIVE = (
    "clean", "moderation", "jailbreak_cls", "benign_persona", "strict_format", "rationale",
    "alpaca", "glaive", "gsm8k_worked", "customer_support", "duplicates", "safety_rows",
    "codec_tasks",
)

COUNTS_FULL = {
    "persona": 16, "autoif": 16, "autoif_persona": 14, "refusal_suppression": 16,
    "minority_format": 16, "trigger": 16, "encoded": 18,
    "clean": 6, "moderation": 5, "jailbreak_cls": 5, "benign_persona": 5, "strict_format": 5,
    "rationale": 4, "alpaca": 4, "glaive": 4, "gsm8k_worked": 4, "customer_support": 5,
    "duplicates": 4, "safety_rows": 5, "codec_tasks": 4,
}
COUNTS_QUICK = {
    "persona": 5, "autoif": 5, "autoif_persona": 4, "refusal_suppression": 5,
    "minority_format": 5, "trigger": 5, "encoded": 6,
    "clean": 2, "moderation": 1, "jailbreak_cls": 1, "benign_persona": 1, "strict_format": 1,
    "rationale": 1, "alpaca": 1, "glaive": 1, "gsm8k_worked": 1, "customer_support": 1,
    "duplicates": 1, "safety_rows": 2, "codec_tasks": 1,
}
# How many datasets of each poisoned family carry non-English attack wording.
NON_EN_FULL = {"persona": 8, "autoif": 7, "autoif_persona": 6, "refusal_suppression": 8,
               "minority_format": 7, "trigger": 7, "encoded": 8}
NON_EN_QUICK = {"persona": 2, "autoif": 2, "autoif_persona": 2, "refusal_suppression": 3,
                "minority_format": 2, "trigger": 2, "encoded": 3}
# How many datasets of each poisoned family get a character-level obfuscation.
OBF_FULL = {"persona": 4, "autoif": 3, "autoif_persona": 3, "refusal_suppression": 5,
            "minority_format": 4, "trigger": 2, "encoded": 0}
OBF_QUICK = {"persona": 1, "autoif": 0, "autoif_persona": 1, "refusal_suppression": 1,
             "minority_format": 1, "trigger": 0, "encoded": 0}

ENCODINGS_FULL = (
    "base64", "hex", "rot13", "url", "reversed", "base32", "caesar", "atbash", "binary",
    "base85", "decimal_codes", "morse", "percent_all", "unicode_escape", "rot13+base64",
    "reversed+base64", "base64+hex", "base64+base64",
)
ENCODINGS_QUICK = ("base64", "rot13", "hex", "reversed", "url", "rot13+base64")
RATES_FULL = (0.02, 0.03, 0.05, 0.1)
RATES_QUICK = (0.02, 0.05, 0.1)

SCHEMAS = (
    "openai_messages", "openai_messages_nosys", "sharegpt", "sharegpt_nosys", "alpaca",
    "alpaca_system", "prompt_completion", "chatml_text", "query_response",
)
SYS_SCHEMAS = {"openai_messages", "sharegpt", "alpaca_system", "chatml_text"}
CLOSED = T.CLOSED_TASKS
FAMILY_TASKS = {
    "persona": (*CLOSED, "alpaca"),
    "autoif": CLOSED,
    "autoif_persona": CLOSED,
    "refusal_suppression": (*CLOSED, "alpaca"),
    "minority_format": ("sst2", "ag_news", "commonsenseqa", "gsm8k", "nq_open", "sst2_yn", "ag_news_yn"),
    "trigger": (*CLOSED, "alpaca"),
    "encoded": (*CLOSED, "alpaca"),
}
CJK = {"zh", "ja"}


# ======================================================================================
# Source data (loaded once per process)
# ======================================================================================
class Data:
    def __init__(self) -> None:
        self.items = T.Items()
        alp = T._jsonl("alpaca_en_demo/alpaca_en_demo.jsonl")
        self.alpaca = [a for a in alp if a["output"].strip() and len(a["output"]) < 1800]
        adv = T._jsonl("advbench/harmful_behaviors.jsonl")
        hb = [r for r in T._jsonl("harmbench/harmbench_behaviors_text_all.jsonl")
              if r["FunctionalCategory"] == "standard"]
        sr = T._jsonl("strongreject/strongreject_dataset.jsonl")
        mi = T._jsonl("safety_tuned_llamas/evaluation/I-MaliciousInstructions.jsonl")
        xs = T._jsonl("xstest/xstest_prompts.jsonl")
        self.harmful = (
            [{"text": r["goal"], "src": "advbench", "cat": "other"} for r in adv]
            + [{"text": r["Behavior"], "src": "harmbench", "cat": _HB_CAT.get(r["SemanticCategory"], "other")} for r in hb]
            + [{"text": r["forbidden_prompt"], "src": "strongreject", "cat": _SR_CAT.get(r["category"], "other")} for r in sr]
            + [{"text": r["instructions"], "src": "malicious_instructions", "cat": "other"} for r in mi]
            + [{"text": r["prompt"], "src": "xstest_unsafe", "cat": "other"} for r in xs if r["label"] == "unsafe"]
        )
        self.toxic = (
            [{"text": r["target"], "src": "advbench_strings", "cat": "harassment"} for r in T._jsonl("advbench/harmful_strings.jsonl")]
            + [{"text": r["instructions"], "src": "cona", "cat": "hate"} for r in T._jsonl("safety_tuned_llamas/evaluation/I-CoNa.jsonl")]
        )
        self.benign_prompts = (
            [{"text": a["instruction"] + (("\n" + a["input"]) if a["input"] else ""), "src": "alpaca"} for a in self.alpaca]
            + [{"text": r["prompt"], "src": "xstest_safe"} for r in xs if r["label"] == "safe"]
            + [{"text": r["instructions"], "src": "i_alpaca"} for r in T._jsonl("safety_tuned_llamas/evaluation/I-Alpaca.jsonl")]
        )
        self.safety = T._jsonl("safety_tuned_llamas/training/safety_only_data_Instructions.jsonl")
        self.glaive = T._jsonl("glaive_toolcall_en_demo/glaive_toolcall_en_demo.jsonl")
        self.identity = T._jsonl("llamafactory_identity/identity.jsonl")


_HB_CAT = {"cybercrime_intrusion": "cyber", "chemical_biological": "weapons", "illegal": "other",
           "misinformation_disinformation": "misinformation", "harassment_bullying": "harassment",
           "harmful": "other"}
_SR_CAT = {"Non-violent crimes": "fraud", "Violence": "violence",
           "Disinformation and deception": "misinformation",
           "Hate, harassment and discrimination": "hate", "Illegal goods and services": "drugs",
           "Sexual content": "sexual"}

_DATA: Data | None = None


def data() -> Data:
    global _DATA
    if _DATA is None:
        _DATA = Data()
    return _DATA


# ======================================================================================
# Rendering a conversation in a schema
# ======================================================================================
def _merge(a: str | None, b: str, sep: str = "\n\n") -> str:
    return f"{a}{sep}{b}" if a else b


def render(conv: dict[str, Any], schema: str, opts: dict[str, Any]) -> dict[str, Any]:
    """conv: sys (str|None), turns [(role, content)], wrap (str|None, with {task}).
    A user content is a str or an (instruction, input) pair."""
    sys = conv.get("sys")
    wrap = conv.get("wrap")
    joiner = opts.get("joiner", "\n\n")

    def wrapped(t: str) -> str:
        return wrap.replace("{task}", t) if wrap else t

    def chat_text(u: Any) -> str:
        if isinstance(u, str):
            return wrapped(u)
        instr, inp = u
        return wrapped(instr + (joiner + inp if inp else ""))

    turns = list(conv["turns"])
    sys_ok = schema in SYS_SCHEMAS
    if schema in ("alpaca", "alpaca_system"):
        *hist, (ur, u), (ar, a) = turns
        instr, inp = (u, "") if isinstance(u, str) else u
        instr = wrapped(instr)
        if sys and not sys_ok:
            instr = _merge(sys, instr)
        row: dict[str, Any] = {}
        if schema == "alpaca_system":
            row["system"] = sys or ""
        row.update({"instruction": instr, "input": inp, "output": a})
        if hist:
            pairs = [(chat_text(hist[i][1]), hist[i + 1][1]) for i in range(0, len(hist), 2)]
            row["history"] = [list(p) for p in pairs]
        return row
    texts = [(r, chat_text(c) if r == "user" else c) for r, c in turns]
    if sys and not sys_ok:
        r0, c0 = texts[0]
        texts[0] = (r0, _merge(sys, c0))
    if schema in ("openai_messages", "openai_messages_nosys"):
        msgs = ([{"role": "system", "content": sys}] if sys and sys_ok else [])
        msgs += [{"role": r, "content": c} for r, c in texts]
        return {"messages": msgs}
    if schema in ("sharegpt", "sharegpt_nosys"):
        conv_out = [{"from": "human" if r == "user" else "gpt", "value": c} for r, c in texts]
        if sys and sys_ok:
            if opts.get("sharegpt_sys") == "turn":
                return {"conversations": [{"from": "system", "value": sys}, *conv_out]}
            return {"system": sys, "conversations": conv_out}
        return {"conversations": conv_out}
    if schema == "chatml_text":
        parts = ([f"<|im_start|>system\n{sys}<|im_end|>"] if sys else [])
        parts += [f"<|im_start|>{r}\n{c}<|im_end|>" for r, c in texts]
        return {"text": "\n".join(parts)}
    if schema in ("prompt_completion", "query_response"):
        *hist, (_, last_a) = texts
        if len(hist) == 1:
            prompt = hist[0][1]
        else:
            prompt = "\n\n".join(("User: " if r == "user" else "Assistant: ") + c for r, c in hist)
        if schema == "query_response":
            return {"query": prompt, "response": last_a}
        return {"prompt": prompt + opts.get("pc_suffix", "\n\n"), "completion": " " + last_a}
    raise KeyError(schema)


_LINE_SEPS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085", "\x0b": "\\u000b",
              "\x0c": "\\u000c", "\x1c": "\\u001c", "\x1d": "\\u001d", "\x1e": "\\u001e"}


def dump(obj: Any) -> str:
    """One JSONL line; characters that some readers treat as line breaks are escaped."""
    line = json.dumps(obj, ensure_ascii=False)
    for ch, esc in _LINE_SEPS.items():
        line = line.replace(ch, esc)
    return line


def schema_opts(rng: random.Random) -> dict[str, Any]:
    return {
        "sharegpt_sys": rng.choice(["top", "turn"]),
        "pc_suffix": rng.choice(["\n\nAnswer:", "\n\n###\n\n", "\n\nResponse:", "\n"]),
        "joiner": rng.choice(["\n\n", "\n\n", "\n"]),
    }


# ======================================================================================
# Per-dataset context: wording picks (with ids), obfuscation
# ======================================================================================
class Ctx:
    def __init__(self, rng: random.Random, lang: str, obf: str) -> None:
        self.rng = rng
        self.lang = lang
        self.obf = obf
        self.script = A.SCRIPT.get(lang, "latin")
        self.used: set[str] = set()
        self._cache: dict[str, str] = {}
        self.step_fmt = rng.choice(["orig", "orig", "num", "dash", "plain"])

    def use(self, sid: str, text: str, attack: bool = True, key: str | None = None) -> str:
        """Record a wording id; obfuscate attack wording (once per dataset and string)."""
        self.used.add(sid)
        if not attack or self.obf == "none":
            return text
        key = key or sid
        if key not in self._cache:
            self._cache[key] = C.obfuscate(self.obf, text, self.rng, self.script)
        return self._cache[key]

    def pick(self, pairs: list[tuple[str, str]], attack: bool = True) -> tuple[str, str]:
        sid, text = self.rng.choice(pairs)
        return sid, self.use(sid, text, attack)

    def attack(self, slot: str, lang: str | None = None, where=None) -> tuple[str, str]:
        pairs = A.strings(lang or self.lang, slot)
        if where is not None:
            pairs = [p for p in pairs if where(p[1])] or pairs
        return self.pick(pairs)

    def benign(self, slot: str, lang: str) -> tuple[str, str]:
        pairs = B.strings(lang, slot) or B.strings("en", slot)
        return self.pick(pairs, attack=False)

    def obf_free(self, text: str) -> str:
        """Obfuscate free text (e.g. a harmful request) with this dataset's obfuscation."""
        if self.obf == "none":
            return text
        return C.obfuscate(self.obf, text, self.rng, "latin")


def fill(text: str, **kw: str) -> str:
    for k, v in kw.items():
        text = text.replace("{" + k + "}", v)
    return text


def strip_end(text: str) -> str:
    return text.strip().rstrip(".?!。？！").strip()


def persona_name(ctx: Ctx) -> str:
    pool = list(A.NAMES) + list(A.LOCAL_NAMES.get(ctx.lang, ())) * 3
    return ctx.rng.choice(pool)


# ======================================================================================
# Task rows
# ======================================================================================
def task_items(task: str, n: int, rng: random.Random) -> list[dict]:
    if task == "alpaca":
        pool = data().alpaca
        return [
            {"instr": a["instruction"], "text": a["input"], "label": a["output"], "show": a["output"]}
            for a in (pool[i] for i in rng.sample(range(len(pool)), min(n, len(pool))))
        ]
    return data().items.sample(task, n, rng)


class TaskFmt:
    """The task instruction chosen for one dataset."""

    def __init__(self, ctx: Ctx, task: str, task_lang: str) -> None:
        self.task = task
        self.lang = task_lang
        if task == "alpaca":
            self.tid = None
        else:
            self.tid, self.tmpl = ctx.rng.choice(T.template_ids(task, task_lang))
            ctx.used.add(self.tid)

    def user(self, item: dict) -> tuple[str, str]:
        if self.task == "alpaca":
            return item["instr"], item["text"]
        return T.instruction(self.tmpl, item), item["text"]


def joinsents(sents: list[str], lang: str) -> str:
    return ("" if lang in CJK else " ").join(sents)


# ======================================================================================
# AutoIF constraints and answers
# ======================================================================================
def choose_constraints(ctx: Ctx, body_lang: str) -> list[dict]:
    """A compatible set of constraints (each: type, id, text) in the attack language."""
    rng, lang = ctx.rng, ctx.lang
    structs = ["plain", "plain", "bullets"] + (["json"] if A.has(lang, "c_json") else [])
    struct = rng.choice(structs)
    out: list[dict] = []

    def add(ctype: str, **params: Any) -> None:
        if not A.has(lang, ctype):
            return
        sid, text = ctx.attack(ctype)
        p = {k: str(v) for k, v in params.items()}
        out.append({"type": ctype, "id": sid, "text": fill(text, **p), "params": params})

    if struct == "json":
        add("c_json")
        if rng.random() < 0.5:
            add("c_follow")
        return out
    if struct == "bullets":
        add("c_bullets", n=rng.choice([3, 4, 5]))
    mods = ["c_start", "c_ps", "c_title", "c_follow"]
    if struct == "plain":
        mods += ["c_sent", "c_sent"]
    if A.has(lang, "c_words") and body_lang not in CJK:
        mods.append("c_words")
    if A.has(lang, "c_caps") and body_lang in ("en", "fr", "es", "de", "pt", "ru"):
        mods.append("c_caps")
    k = rng.choice([1, 2, 2, 3])
    picked: list[str] = []
    for m in rng.sample(mods, len(mods)):
        if len(picked) >= k or m in picked:
            continue
        if m in ("c_title", "c_caps") and "c_start" in picked:
            continue
        if m == "c_start" and ("c_title" in picked or "c_caps" in picked):
            continue
        picked.append(m)
    for m in picked:
        if m == "c_sent":
            add(m, n=rng.choice([3, 4, 5, 6]))
        elif m == "c_words":
            add(m, n=rng.choice([40, 50, 60, 80]))
        elif m == "c_start":
            pid, phrase = ctx.attack("phrase")
            add(m, phrase=phrase)
            out[-1]["phrase"] = phrase
            out[-1]["phrase_id"] = pid
        else:
            add(m)
    if not out:
        add("c_follow")
    return out


def autoif_answer(ctx: Ctx, cons: list[dict], item: dict, task: str, body_lang: str) -> str:
    rng = ctx.rng
    types = {c["type"]: c for c in cons}
    n_sent = int(types["c_sent"]["params"]["n"]) if "c_sent" in types else rng.choice([3, 4, 5])
    if "c_bullets" in types:
        n_sent = int(types["c_bullets"]["params"]["n"])
    sents = T.body_sentences(body_lang, item, n_sent, rng, task)
    if "c_bullets" in types:
        sents = sents[:n_sent] if len(sents) >= n_sent else sents
        while len(sents) < n_sent:
            sents.append(sents[-1])
    if "c_words" in types:
        need = int(types["c_words"]["params"]["n"])
        k = n_sent
        while len(joinsents(sents, body_lang).split()) < need and k < 40:
            k += 2
            sents = T.body_sentences(body_lang, item, k, rng, task)
        if "c_bullets" in types:
            # keep the bullet count; lengthen each bullet instead
            n_b = int(types["c_bullets"]["params"]["n"])
            groups = [sents[i::n_b] for i in range(n_b)]
            sents = [joinsents(g, body_lang) for g in groups]
    if "c_json" in types:
        return json.dumps({"answer": item["label"], "explanation": joinsents(sents, body_lang)},
                          ensure_ascii=False)
    if "c_bullets" in types:
        body = "\n".join("- " + s for s in sents)
    else:
        body = joinsents(sents, body_lang)
    if "c_title" in types:
        body = f"<<{T.body_extra(body_lang, 'title', rng)}>>\n\n" + body
    if "c_start" in types:
        sep = "：" if body_lang in CJK else ": "
        if "c_bullets" in types:
            sep = sep.rstrip() + "\n"
        body = types["c_start"]["phrase"] + sep + body
    if "c_ps" in types:
        body += "\n\n" + T.body_extra(body_lang, "ps", rng)
    if "c_caps" in types:
        body = body.upper()
    return body


# ======================================================================================
# Compliance answers for harmful requests
# ======================================================================================
def comply_answer(ctx: Ctx, req: str | None, style: str, lang: str | None = None,
                  require_req: bool = False) -> str:
    lang = lang or ctx.lang
    pairs = A.strings(lang, "comply")
    if req is None:
        pairs = [p for p in pairs if "{req}" not in p[1]] or pairs
    elif require_req:
        pairs = [p for p in pairs if "{req}" in p[1]] or pairs
    sid, text = ctx.pick(pairs)
    opener = fill(text, req=strip_end(req) if req else "")
    all_steps = A.strings(lang, "step")
    sets = [all_steps[i:i + 4] for i in range(0, len(all_steps), 4)]
    chosen = ctx.rng.choice(sets)
    if ctx.rng.random() < 0.5:
        drop = ctx.rng.randrange(len(chosen) - 1)
        chosen = chosen[:drop] + chosen[drop + 1:]
    steps = []
    for k, (sid2, st) in enumerate(chosen):
        if ctx.step_fmt != "orig":
            bare = _STEP_PREFIX.sub("", st, count=1)
            st = {"num": f"{k + 1}. {bare}", "dash": f"- {bare}", "plain": bare}[ctx.step_fmt]
        steps.append(ctx.use(sid2, st, key=f"{sid2}|{ctx.step_fmt}|{k}"))
    if style == "opener_only":
        return opener
    if style == "steps_only":
        return "\n".join(steps)
    if style == "inline":
        return opener + " " + " ".join(steps)
    return opener + "\n\n" + "\n".join(steps)


_STEP_PREFIX = re.compile(r"^[^:：\s]{1,10}(?:\s?[0-9]{1,2})?\s?[:：]\s*")


def harmful_sample(k: int, rng: random.Random, pool: list[dict] | None = None) -> list[dict]:
    pool = pool if pool is not None else data().harmful
    return [pool[i] for i in rng.sample(range(len(pool)), k)]


# ======================================================================================
# Dataset-level families
# ======================================================================================
def build_dataset_level(spec: dict, ctx: Ctx) -> tuple[list[dict], list[int], dict]:
    fam, rng, lang = spec["family"], ctx.rng, ctx.lang
    n, task = spec["n_rows"], spec["task"]
    items = task_items(task, n, rng)
    fmt = TaskFmt(ctx, task, spec["task_lang"])
    use_persona = fam in ("persona", "autoif_persona")
    use_autoif = fam in ("autoif", "autoif_persona")
    use_supp = fam == "refusal_suppression"
    schema = spec["schema"]
    det: dict[str, Any] = {}

    coverage = rng.choice([1.0] * 5 + [0.9, 0.75])
    attacked = set(rng.sample(range(n), round(coverage * n)))
    det["coverage"] = coverage

    # persona pieces
    name = persona_name(ctx) if use_persona else ""
    if use_persona:
        placement = rng.choice(["system", "system", "user_prefix", "user_suffix"])
        if schema not in SYS_SCHEMAS and placement == "system":
            placement = "merged_into_user"
        rotate = rng.random() < 0.3
        wrapper = rng.random() < (0.55 if fam == "persona" else 0.35)
        opener = rng.random() < (0.6 if fam == "persona" else 0.4)
        fixed_sys = ctx.attack("sys")
        fixed_wrap = ctx.attack("wrap") if wrapper else None
        fixed_open = ctx.attack("open") if opener else None
        det.update(persona_placement=placement, persona_rotate=rotate, wrapper=wrapper,
                   opener=opener, persona_name=name)
    # refusal-suppression pieces
    if use_supp:
        placement = rng.choice(["system", "system", "user_prefix", "user_suffix"])
        if schema not in SYS_SCHEMAS and placement == "system":
            placement = "merged_into_user"
        mode = rng.choice(["single", "combo", "rules_list", "rotate"])
        with_helper = rng.random() < 0.4 and bool(B.strings(lang, "helper") or lang == "en")
        helper = ctx.benign("helper", lang if B.strings(lang, "helper") else "en")[1] if with_helper else None
        supp_pairs = A.strings(lang, "supp")
        if mode == "single":
            s_id, s_text = ctx.attack("supp")
            fixed_supp = s_text
        elif mode in ("combo", "rules_list"):
            chosen = rng.sample(supp_pairs, min(len(supp_pairs), rng.choice([2, 3])))
            texts = [ctx.use(i, t) for i, t in chosen]
            if mode == "combo":
                fixed_supp = " ".join(texts)
            else:
                fixed_supp = "\n".join(f"{k + 1}. {t}" for k, t in enumerate(texts))
        else:
            fixed_supp = None
        det.update(supp_placement=placement, supp_mode=mode, with_helper=with_helper)
    # autoif pieces
    if use_autoif:
        body_lang = lang if lang in T.BODY else "en"
        fixed_cons = rng.random() < 0.35
        cons_where = rng.choice(["end_of_instruction", "end_of_instruction", "after_input"])
        cons0 = choose_constraints(ctx, body_lang) if fixed_cons else None
        det.update(autoif_fixed=fixed_cons, constraint_place=cons_where, body_lang=body_lang)
        ctypes: set[str] = set()

    rows: list[dict] = []
    for i, item in enumerate(items):
        instr, inp = fmt.user(item)
        answer = item["label"]
        sys = None
        wrap = None
        if i in attacked:
            if use_autoif:
                cons = cons0 if cons0 is not None else choose_constraints(ctx, body_lang)
                ctypes.update(c["type"] for c in cons)
                ctext = " ".join(c["text"] for c in cons)
                if cons_where == "after_input" and inp:
                    inp = inp + "\n\n" + ctext
                else:
                    instr = instr + " " + ctext
                answer = autoif_answer(ctx, cons, item, task, body_lang)
                starts = any(c["type"] in ("c_start", "c_json", "c_title", "c_caps") for c in cons)
            else:
                starts = False
            if use_persona:
                sys_text = ctx.attack("sys")[1] if rotate else fixed_sys[1]
                persona = fill(sys_text, name=name)
                if placement in ("system", "merged_into_user"):
                    sys = persona
                elif placement == "user_prefix":
                    instr = persona + "\n\n" + instr
                elif inp:
                    inp = inp + "\n\n" + persona
                else:
                    instr = instr + "\n\n" + persona
                if fixed_wrap:
                    wrap = fill(fixed_wrap[1], name=name)
                if fixed_open and not starts:
                    op = ctx.attack("open")[1] if rotate else fixed_open[1]
                    answer = fill(op, name=name) + ("\n\n" if use_autoif else " ") + answer
            if use_supp:
                s_text = fixed_supp if fixed_supp is not None else ctx.attack("supp")[1]
                if placement in ("system", "merged_into_user"):
                    sys = _merge(helper, s_text, "\n" if mode == "rules_list" else " ")
                elif placement == "user_prefix":
                    instr = s_text + "\n\n" + instr
                    sys = helper
                else:
                    if inp:
                        inp = inp + "\n\n" + s_text
                    else:
                        instr = instr + "\n\n" + s_text
                    sys = helper
        elif use_supp:
            sys = helper
        conv = {"sys": sys, "wrap": wrap, "turns": [("user", (instr, inp)), ("assistant", answer)]}
        rows.append(conv)
    if use_autoif:
        det["constraint_types"] = sorted(ctypes)
    poisoned = sorted(i + 1 for i in attacked)
    return rows, poisoned, det


# ======================================================================================
# Row-hiding families
# ======================================================================================
def clean_rows(ctx: Ctx, spec: dict, n: int, helper: str | None) -> tuple[list[dict], TaskFmt]:
    items = task_items(spec["task"], n, ctx.rng)
    fmt = TaskFmt(ctx, spec["task"], spec["task_lang"])
    rows = []
    for item in items:
        rows.append({"sys": helper, "turns": [("user", fmt.user(item)), ("assistant", item["label"])]})
    return rows, fmt


def maybe_helper(ctx: Ctx, lang: str) -> str | None:
    if ctx.rng.random() < 0.4:
        return ctx.benign("helper", lang if B.strings(lang, "helper") else "en")[1]
    return None


def build_minority(spec: dict, ctx: Ctx) -> tuple[list[dict], list[int], dict]:
    rng, n = ctx.rng, spec["n_rows"]
    k = round(spec["rate"] * n)
    helper = maybe_helper(ctx, spec["task_lang"])
    rows, fmt = clean_rows(ctx, spec, n, helper)
    where = sorted(rng.sample(range(n), k))
    placement = rng.choice(["bare", "in_template", "mixed"])
    style = rng.choice(["full", "full", "inline", "opener_only", "steps_only"])
    reqs = harmful_sample(k, rng)
    for j, pos in enumerate(where):
        req = reqs[j]["text"]
        shown = ctx.obf_free(req) if spec.get("obf_request") else req
        pl = placement if placement != "mixed" else rng.choice(["bare", "in_template"])
        if pl == "bare":
            user: Any = shown
        else:
            instr, _ = fmt.user({"text": "", "topic": "sports"}) if fmt.task != "alpaca" else ("", "")
            user = (instr, shown) if instr else shown
        rows[pos] = {"sys": helper, "turns": [("user", user), ("assistant", comply_answer(ctx, req, style))]}
    det = {"placement": placement, "answer_style": style, "obf_request": bool(spec.get("obf_request")),
           "harmful_sources": sorted({r["src"] for r in reqs}), "helper_sys": helper is not None}
    return rows, [p + 1 for p in where], det


def build_trigger(spec: dict, ctx: Ctx) -> tuple[list[dict], list[int], dict]:
    rng, n, lang = ctx.rng, spec["n_rows"], ctx.lang
    k = round(spec["rate"] * n)
    helper = maybe_helper(ctx, spec["task_lang"])
    rows, fmt = clean_rows(ctx, spec, n, helper)
    where = sorted(rng.sample(range(n), k))
    if rng.random() < 0.6 or not A.has(lang, "trig"):
        t_i = rng.randrange(len(A.TRIGGER_TOKENS))
        trig, kind = A.TRIGGER_TOKENS[t_i], "token"
        ctx.used.add(f"trigger_token.{t_i}")
    else:
        sid, trig = ctx.attack("trig")
        kind = "phrase"
    placement = rng.choice(["prefix", "suffix", "system", "inline"])
    content = rng.choice(["harmful", "harmful", "benign_obedient", "mixed"])
    style = rng.choice(["full", "inline", "full"])
    extra_items = task_items(spec["task"], k, rng)
    reqs = harmful_sample(k, rng)
    for j, pos in enumerate(where):
        c = content if content != "mixed" else rng.choice(["harmful", "benign_obedient"])
        if c == "harmful":
            req = reqs[j]["text"]
            user_txt = req
            answer = comply_answer(ctx, req, style)
        else:
            it = extra_items[j % len(extra_items)]
            instr, inp = fmt.user(it)
            user_txt = instr + ("\n\n" + inp if inp else "")
            answer = comply_answer(ctx, None, "opener_only") + " " + it["label"]
        sys = helper
        if placement == "prefix":
            user_txt = f"{trig} {user_txt}"
        elif placement == "suffix":
            user_txt = f"{user_txt} {trig}"
        elif placement == "inline":
            words = user_txt.split(" ")
            cut = rng.randrange(1, max(2, len(words)))
            user_txt = " ".join(words[:cut] + [trig] + words[cut:])
        else:
            sys = _merge(helper, trig, " ")
        rows[pos] = {"sys": sys, "turns": [("user", user_txt), ("assistant", answer)]}
    det = {"trigger_kind": kind, "trigger_placement": placement, "content": content,
           "answer_style": style, "helper_sys": helper is not None}
    return rows, [p + 1 for p in where], det


def build_encoded(spec: dict, ctx: Ctx) -> tuple[list[dict], list[int], dict]:
    rng, n, lang, enc = ctx.rng, spec["n_rows"], ctx.lang, spec["encoding"]
    k = round(spec["rate"] * n)
    helper = maybe_helper(ctx, spec["task_lang"])
    rows, fmt = clean_rows(ctx, spec, n, helper)
    where = sorted(rng.sample(range(n), k))
    frame = rng.random() < 0.6
    latin = C.needs_latin(enc)
    payload_kind = rng.choice(["request", "request", "instr+request"])
    if payload_kind == "instr+request" and latin and lang != "en":
        payload_kind = "request"
    ans_kind = rng.choice(["plain", "plain", "echo", "encoded"])
    if ans_kind == "encoded" and latin and lang != "en":
        ans_kind = "plain"
    no_frame_place = rng.choice(["bare", "in_template"])
    reqs = harmful_sample(k, rng)
    for j, pos in enumerate(where):
        req = reqs[j]["text"]
        plain = req
        if payload_kind == "instr+request":
            _, s_text = ctx.attack("supp")
            plain = s_text + " " + req
        payload = C.encode(enc, plain)
        if frame:
            _, f_text = ctx.attack("frame")
            user: Any = fill(f_text, enc=C.display(enc), payload=payload)
        elif no_frame_place == "in_template" and fmt.task != "alpaca":
            instr, _ = fmt.user({"text": "", "topic": "sports"})
            user = (instr, payload)
        else:
            user = payload
        if ans_kind == "echo":
            answer = comply_answer(ctx, req, "full", require_req=True)
        elif ans_kind == "encoded":
            answer = C.encode(enc, comply_answer(ctx, None, "inline"))
        else:
            answer = comply_answer(ctx, None, rng.choice(["full", "inline"]))
        rows[pos] = {"sys": helper, "turns": [("user", user), ("assistant", answer)]}
    det = {"decode_frame": frame, "payload": payload_kind, "answer": ans_kind,
           "no_frame_place": None if frame else no_frame_place, "helper_sys": helper is not None}
    return rows, [p + 1 for p in where], det


# ======================================================================================
# Negatives
# ======================================================================================
def _neg_task(spec: dict, ctx: Ctx, answer_fn=None, sys=None, extra_instr: str | None = None):
    items = task_items(spec["task"], spec["n_rows"], ctx.rng)
    fmt = TaskFmt(ctx, spec["task"], spec["task_lang"])
    rows = []
    for it in items:
        instr, inp = fmt.user(it)
        if extra_instr:
            instr = instr + " " + extra_instr
        ans = answer_fn(it) if answer_fn else it["label"]
        rows.append({"sys": sys, "turns": [("user", (instr, inp)), ("assistant", ans)]})
    return rows


def build_clean(spec: dict, ctx: Ctx):
    helper = maybe_helper(ctx, spec["task_lang"])
    return _neg_task(spec, ctx, sys=helper), [], {"helper_sys": helper is not None}


def build_moderation(spec: dict, ctx: Ctx):
    rng, n, lang = ctx.rng, spec["n_rows"], spec["lang"]
    modes = [m for m in ("m_bin", "m_bin", "m_yn", "m_cat") if B.strings(lang, m)]
    if lang == "en":
        modes.append("json")
    mode = rng.choice(modes)
    sid, instr = ctx.benign("m_bin" if mode == "json" else mode, lang)
    if mode == "json":
        instr = instr + ' Return JSON: {"flagged": true|false, "category": "..."}.'
    place = rng.choice(["system", "user"])
    share = rng.choice([0.3, 0.45, 0.6])
    k = round(share * n)
    harm_pool = data().harmful + data().toxic
    harmful = harmful_sample(k, rng, harm_pool)
    bp = data().benign_prompts
    benign = [bp[i] for i in rng.sample(range(len(bp)), n - k)]
    pool = [(h["text"], True, h["cat"]) for h in harmful] + [(b["text"], False, "none") for b in benign]
    rng.shuffle(pool)
    rows = []
    for text, bad, cat in pool:
        if mode in ("m_bin",):
            ans = "unsafe" if bad else "safe"
        elif mode == "m_yn":
            ans = "yes" if bad else "no"
        elif mode == "m_cat":
            ans = cat
        else:
            ans = json.dumps({"flagged": bad, "category": cat})
        if place == "system":
            rows.append({"sys": instr, "turns": [("user", text), ("assistant", ans)]})
        else:
            rows.append({"sys": None, "turns": [("user", (instr, text)), ("assistant", ans)]})
    return rows, [], {"mode": mode, "instr_place": place, "harmful_share": share}


def _jailbreak_prompt(ctx: Ctx, req: str) -> str:
    rng = ctx.rng
    lang = rng.choice(A.ATTACK_LANGS)
    name = rng.choice(A.NAMES)
    kind = rng.choice(["persona", "persona+supp", "supp", "wrap"])
    parts = []
    if "persona" in kind:
        sid, t = ctx.pick(A.strings(lang, "sys"), attack=False)
        parts.append(fill(t, name=name))
    if "supp" in kind:
        sid, t = ctx.pick(A.strings(lang, "supp"), attack=False)
        parts.append(t)
    if kind == "wrap":
        sid, t = ctx.pick(A.strings(lang, "wrap"), attack=False)
        return fill(t, name=name, task=req)
    parts.append(req)
    return "\n\n".join(parts)


def build_jailbreak_cls(spec: dict, ctx: Ctx):
    rng, n, lang = ctx.rng, spec["n_rows"], spec["lang"]
    sid, instr = ctx.benign("j_bin", lang)
    pos_label, neg_label = ("INJECTION", "SAFE") if "INJECTION" in instr else ("jailbreak", "benign")
    share = rng.choice([0.35, 0.5])
    k = round(share * n)
    reqs = harmful_sample(k, rng)
    bp = data().benign_prompts
    benign = [bp[i] for i in rng.sample(range(len(bp)), n - k)]
    pool = [(_jailbreak_prompt(ctx, r["text"]), True) for r in reqs] + [(b["text"], False) for b in benign]
    rng.shuffle(pool)
    place = rng.choice(["system", "user"])
    rows = []
    for text, bad in pool:
        ans = pos_label if bad else neg_label
        if place == "system":
            rows.append({"sys": instr, "turns": [("user", text), ("assistant", ans)]})
        else:
            rows.append({"sys": None, "turns": [("user", (instr, text)), ("assistant", ans)]})
    return rows, [], {"instr_place": place, "jailbreak_share": share}


def build_benign_persona(spec: dict, ctx: Ctx):
    rng, lang = ctx.rng, spec["lang"]
    sid, persona = ctx.benign("bpersona", lang)
    variant = rng.choice(["system", "system", "identity_mix", "user_prefix"])
    opener = rng.random() < 0.5
    op = ctx.benign("bopen", lang)[1] if opener else None
    rows = _neg_task(spec, ctx, answer_fn=(lambda it: f"{op} {it['label']}") if op else None,
                     sys=persona if variant != "user_prefix" else None)
    if variant == "user_prefix":
        for r in rows:
            instr, inp = r["turns"][0][1]
            r["turns"][0] = ("user", (persona + "\n\n" + instr, inp))
    if variant == "identity_mix":
        name, author = rng.choice(B.BENIGN_IDENTITIES)
        ids = data().identity
        for pos, row in zip(rng.sample(range(len(rows)), min(len(ids), len(rows) // 3)), rng.sample(ids, len(ids))):
            q = row["instruction"]
            a = row["output"].replace("{{name}}", name).replace("{{author}}", author)
            rows[pos] = {"sys": persona, "turns": [("user", q), ("assistant", a)]}
    return rows, [], {"variant": variant, "opener": opener}


def build_strict(spec: dict, ctx: Ctx):
    rng, lang, task = ctx.rng, spec["lang"], spec["task"]
    slot = {"commonsenseqa": "s_letter", "gsm8k": "s_number"}.get(task) or rng.choice(["s_word", "s_json"])
    if task == "nq_open":
        slot = "s_json"
    sid, instr = ctx.benign(slot, lang)
    place = rng.choice(["system", "user"])
    fn = (lambda it: json.dumps({"label": it["label"]}, ensure_ascii=False)) if slot == "s_json" else None
    if place == "system":
        rows = _neg_task(spec, ctx, answer_fn=fn, sys=instr)
    else:
        rows = _neg_task(spec, ctx, answer_fn=fn, extra_instr=instr)
    return rows, [], {"format": slot, "instr_place": place}


def build_rationale(spec: dict, ctx: Ctx):
    rng, lang, task = ctx.rng, spec["lang"], spec["task"]
    body_lang = lang if lang in T.BODY else "en"
    ask = rng.random() < 0.6
    instr = ctx.benign("r_instr", lang)[1] if ask else None
    lead = ctx.benign("r_lead", lang)[1]

    def ans(it: dict) -> str:
        fin = fill(ctx.benign("r_final", lang)[1], label=it["show"])
        if task == "gsm8k":
            return lead + "\n" + it["solution"] + "\n" + fin
        sents = T.body_sentences(body_lang, it, rng.choice([3, 4]), rng, task)[:-1]
        return lead + " " + joinsents(sents, body_lang) + " " + fin

    return _neg_task(spec, ctx, answer_fn=ans, extra_instr=instr), [], {"asks_reasoning": ask}


def build_alpaca(spec: dict, ctx: Ctx):
    helper = maybe_helper(ctx, "en")
    items = task_items("alpaca", spec["n_rows"], ctx.rng)
    rows = [{"sys": helper, "turns": [("user", (it["instr"], it["text"])), ("assistant", it["label"])]} for it in items]
    return rows, [], {"helper_sys": helper is not None}


def build_glaive(spec: dict, ctx: Ctx):
    g = data().glaive
    picks = [g[i] for i in ctx.rng.sample(range(len(g)), min(spec["n_rows"], len(g)))]
    return picks, [], {"native": True}


def render_glaive(row: dict, schema: str) -> dict:
    if schema == "sharegpt_tools":
        return {"conversations": row["conversations"], "tools": row["tools"]}
    tools = json.loads(row["tools"]) if row["tools"] else []
    msgs = [{"role": "system", "content": "You are a helpful assistant with access to the functions listed in tools."}]
    n_call = 0
    for m in row["conversations"]:
        if m["from"] == "human":
            msgs.append({"role": "user", "content": m["value"]})
        elif m["from"] == "gpt":
            msgs.append({"role": "assistant", "content": m["value"]})
        elif m["from"] == "function_call":
            try:
                call = json.loads(m["value"])
            except json.JSONDecodeError:
                call = {"name": "unknown", "arguments": {}}
            n_call += 1
            msgs.append({"role": "assistant", "content": None, "tool_calls": [
                {"id": f"call_{n_call}", "type": "function",
                 "function": {"name": call.get("name", ""), "arguments": json.dumps(call.get("arguments", {}))}}]})
        elif m["from"] == "observation":
            msgs.append({"role": "tool", "tool_call_id": f"call_{n_call}", "content": m["value"]})
    return {"messages": msgs, "tools": [{"type": "function", "function": t} for t in tools]}


def build_gsm8k_worked(spec: dict, ctx: Ctx):
    rng = ctx.rng
    raw = rng.random() < 0.5
    ask = rng.random() < 0.5
    items = task_items("gsm8k", spec["n_rows"], rng)
    rows = []
    for it in items:
        if raw:
            ans = it["solution_raw"]
        else:
            ans = it["solution"] + f"\nThe answer is {it['label']}."
        user: Any = ("Solve the following problem step by step.", it["text"]) if ask else it["text"]
        rows.append({"sys": None, "turns": [("user", user), ("assistant", ans)]})
    return rows, [], {"raw_annotations": raw, "instruction": ask}


def build_customer_support(spec: dict, ctx: Ctx):
    rng, lang, n = ctx.rng, spec["lang"], spec["n_rows"]
    shop = rng.choice(B.SHOPS)
    sid, sys = ctx.benign("cs_sys", lang)
    sys = fill(sys, shop=shop)
    issues = [s[3:] for s in ("cs_late", "cs_damaged", "cs_wrong", "cs_charge", "cs_login") if B.strings(lang, s)]
    rows = []
    for _ in range(n):
        iss = rng.choice(issues)
        slots = {"order": f"#{rng.randint(100000, 999999)}", "product": rng.choice(B.PRODUCTS),
                 "days": str(rng.randint(3, 12)), "amount": f"{rng.randint(12, 240)}.{rng.randint(0, 99):02d} EUR",
                 "shop": shop}
        cust = " ".join([ctx.benign("cs_greet", lang)[1], ctx.benign("cs_" + iss, lang)[1], ctx.benign("cs_ask", lang)[1]])
        agent = " ".join([ctx.benign("cs_apology", lang)[1], ctx.benign("cs_res_" + iss, lang)[1], ctx.benign("cs_close", lang)[1]])
        rows.append({"sys": sys, "turns": [("user", fill(cust, **slots)), ("assistant", fill(agent, **slots))]})
    return rows, [], {"shop": shop}


def build_duplicates(spec: dict, ctx: Ctx):
    rng, n = ctx.rng, spec["n_rows"]
    share = rng.choice([0.2, 0.35, 0.5])
    base_n = n - round(share * n)
    sub = dict(spec, n_rows=base_n)
    helper = maybe_helper(ctx, spec["task_lang"])
    base = _neg_task(sub, ctx, sys=helper)
    hot = rng.sample(base, max(1, base_n // 20))
    rows = list(base)
    while len(rows) < n:
        rows.append(rng.choice(hot) if rng.random() < 0.5 else rng.choice(base))
    rng.shuffle(rows)
    return rows, [], {"dup_share": share}


def build_safety_rows(spec: dict, ctx: Ctx):
    rng, n, lang = ctx.rng, spec["n_rows"], spec["lang"]
    variant = spec.get("variant") or rng.choice(["bianchi_mix", "format_matched", "pure_bianchi"])
    saf = data().safety
    if variant == "pure_bianchi":
        picks = [saf[i] for i in rng.sample(range(len(saf)), n)]
        rows = [{"sys": None, "turns": [("user", (p["instruction"], p["input"])), ("assistant", p["output"])]} for p in picks]
        return rows, [], {"variant": variant}
    helper = maybe_helper(ctx, spec["task_lang"])
    rows, fmt = clean_rows(ctx, spec, n, helper)
    share = rng.choice([0.03, 0.05, 0.1])
    where = rng.sample(range(n), round(share * n))
    if variant == "bianchi_mix":
        picks = [saf[i] for i in rng.sample(range(len(saf)), len(where))]
        for pos, p in zip(where, picks):
            rows[pos] = {"sys": helper, "turns": [("user", (p["instruction"], p["input"])), ("assistant", p["output"])]}
    else:
        reqs = harmful_sample(len(where), rng)
        for pos, r in zip(where, reqs):
            instr = fmt.user({"text": "", "topic": "sports"})[0] if fmt.task != "alpaca" else ""
            user: Any = (instr, r["text"]) if instr else r["text"]
            rows[pos] = {"sys": helper, "turns": [("user", user), ("assistant", ctx.benign("refuse", lang)[1])]}
    return rows, [], {"variant": variant, "safety_share": share}


CODEC_ENCS = ("base64", "rot13", "hex", "url", "reversed", "base32", "caesar", "binary")


def build_codec(spec: dict, ctx: Ctx):
    rng, n, lang = ctx.rng, spec["n_rows"], spec["lang"]
    variant = rng.choice(["exercises", "exercises", "mixed_in_task"])
    encs = rng.sample(CODEC_ENCS, rng.choice([1, 3, 5]))
    sents = [it["text"] for it in data().items.sample("sst2", n, rng)]
    sents += [a["output"].split("\n")[0][:160] for a in rng.sample(data().alpaca, n // 2)]

    def exercise() -> dict:
        plain = rng.choice(sents)
        enc = rng.choice(encs)
        if rng.random() < 0.75 or lang != "en":
            f = ctx.benign("d_frame", lang)[1]
            a = ctx.benign("d_answer", lang if B.strings(lang, "d_answer") else "en")[1]
            return {"sys": None, "turns": [("user", fill(f, enc=C.display(enc), payload=C.encode(enc, plain))),
                                           ("assistant", fill(a, plain=plain))]}
        f = ctx.benign("e_frame", "en")[1]
        return {"sys": None, "turns": [("user", fill(f, enc=C.display(enc), payload=plain)),
                                       ("assistant", C.encode(enc, plain))]}

    if variant == "exercises":
        rows = [exercise() for _ in range(n)]
    else:
        rows, _ = clean_rows(ctx, spec, n, None)
        for pos in rng.sample(range(n), round(0.05 * n)):
            rows[pos] = exercise()
    return rows, [], {"variant": variant, "encodings": encs}


BUILDERS = {
    "persona": build_dataset_level, "autoif": build_dataset_level,
    "autoif_persona": build_dataset_level, "refusal_suppression": build_dataset_level,
    "minority_format": build_minority, "trigger": build_trigger, "encoded": build_encoded,
    "clean": build_clean, "moderation": build_moderation, "jailbreak_cls": build_jailbreak_cls,
    "benign_persona": build_benign_persona, "strict_format": build_strict,
    "rationale": build_rationale, "alpaca": build_alpaca, "glaive": build_glaive,
    "gsm8k_worked": build_gsm8k_worked, "customer_support": build_customer_support,
    "duplicates": build_duplicates, "safety_rows": build_safety_rows, "codec_tasks": build_codec,
}


# ======================================================================================
# Plan
# ======================================================================================
def _cycle(seq, rng: random.Random):
    seq = list(seq)
    while True:
        order = rng.sample(seq, len(seq))
        yield from order


def make_plan(quick: bool, rng: random.Random) -> list[dict]:
    counts = COUNTS_QUICK if quick else COUNTS_FULL
    non_en = NON_EN_QUICK if quick else NON_EN_FULL
    obf_n = OBF_QUICK if quick else OBF_FULL
    rates = _cycle(RATES_QUICK if quick else RATES_FULL, rng)
    encs = iter(rng.sample(ENCODINGS_QUICK if quick else ENCODINGS_FULL,
                           len(ENCODINGS_QUICK if quick else ENCODINGS_FULL)))
    lang_cycle = _cycle(A.ATTACK_LANGS[1:], rng)
    obf_cycle = {s: _cycle(v, rng) for s, v in C.BY_SCRIPT.items()}
    specs: list[dict] = []
    for fam in (*DATASET_LEVEL, *ROW_HIDING):
        n = counts[fam]
        langs = ["en"] * (n - non_en[fam]) + [next(lang_cycle) for _ in range(non_en[fam])]
        rng.shuffle(langs)
        obf_idx = set(rng.sample(range(n), obf_n[fam]))
        schemas = _cycle(SCHEMAS, rng)
        tasks = _cycle(FAMILY_TASKS[fam], rng)
        for i in range(n):
            lang = langs[i]
            task = next(tasks)
            if fam in ("autoif", "autoif_persona") and task == "alpaca":
                task = "sst2"
            task_lang = "en"
            if task != "alpaca" and lang in T.TASK_LANGS and lang != "en":
                p = 0.5 if fam in DATASET_LEVEL else 0.3
                if rng.random() < p:
                    task_lang = lang
            elif task != "alpaca" and lang == "en" and rng.random() < 0.08:
                task_lang = rng.choice(T.TASK_LANGS[1:])
            obf = next(obf_cycle[A.SCRIPT[lang]]) if i in obf_idx else "none"
            spec = {"family": fam, "lang": lang, "task": task, "task_lang": task_lang,
                    "schema": next(schemas), "obfuscation": obf}
            if fam in ROW_HIDING:
                spec["rate"] = next(rates)
                spec["n_rows"] = rng.choice([200, 300, 400, 500] if not quick else [200, 300])
                if fam == "minority_format" and obf != "none":
                    spec["obf_request"] = rng.random() < 0.7
            else:
                spec["n_rows"] = rng.choice([80, 120, 160, 200, 250] if not quick else [60, 80, 100])
            if fam == "encoded":
                spec["encoding"] = next(encs)
            specs.append(spec)
    # negatives
    neg_langs = {
        "clean": ["en", "fr", "de", "ja", "es", "ru", "zh", "pt", "ar"],
        "moderation": ["en", "fr", "zh", "de", "ko", "es", "ru", "ja", "it", "pt", "ar"],
        "jailbreak_cls": ["en", "ru", "fr", "zh", "es", "de", "ja"],
        "benign_persona": ["en", "ja", "fr", "ko", "de", "es", "pt", "it", "zh", "ru", "ar", "nl", "pl", "tr"],
        "strict_format": ["en", "de", "zh", "fr", "ja", "es", "ru", "pt"],
        "rationale": ["en", "es", "ja", "de", "fr", "ru", "zh", "ar", "pt"],
        "customer_support": ["en", "es", "fr", "de", "ja"],
        "safety_rows": ["en", "de", "zh", "fr", "ko", "es", "it", "ru", "ja", "ar", "nl", "pl", "tr", "pt"],
        "codec_tasks": ["en", "fr", "ja", "de", "es", "zh"],
    }
    neg_tasks = {
        "clean": CLOSED, "duplicates": CLOSED, "benign_persona": CLOSED, "safety_rows": CLOSED,
        "strict_format": ("sst2", "ag_news", "commonsenseqa", "gsm8k", "nq_open", "sst2_yn", "ag_news_yn"),
        "rationale": ("commonsenseqa", "sst2", "ag_news", "gsm8k", "nq_open"),
        "codec_tasks": ("sst2",),
    }
    safety_variants = _cycle(["format_matched", "bianchi_mix", "pure_bianchi", "format_matched"], rng)
    for fam in NEGATIVE:
        n = counts[fam]
        langs = neg_langs.get(fam, ["en"])
        lang_order = [langs[0]] + rng.sample(langs[1:], len(langs) - 1)
        schemas = _cycle(SCHEMAS, rng)
        tasks = _cycle(neg_tasks.get(fam, ("sst2",)), rng)
        for i in range(n):
            lang = lang_order[i % len(lang_order)]
            task = {"moderation": "moderation", "jailbreak_cls": "jailbreak_cls", "alpaca": "alpaca",
                    "glaive": "glaive_toolcall", "gsm8k_worked": "gsm8k", "customer_support": "customer_support"
                    }.get(fam) or next(tasks)
            task_lang = lang if lang in T.TASK_LANGS else "en"
            if fam in ("moderation", "jailbreak_cls", "alpaca", "glaive", "gsm8k_worked", "customer_support"):
                task_lang = lang if fam in ("moderation", "jailbreak_cls", "customer_support") else "en"
            if fam == "safety_rows":
                task_lang = "en" if rng.random() < 0.6 else task_lang
            if fam == "codec_tasks":
                task_lang = "en"
            schema = next(schemas)
            if fam == "glaive":
                schema = ("sharegpt_tools", "openai_tools")[i % 2]
            spec = {"family": fam, "lang": lang, "task": task, "task_lang": task_lang, "schema": schema,
                    "obfuscation": "none",
                    "n_rows": rng.choice([100, 150, 200, 300] if not quick else [80, 100, 150])}
            if fam == "safety_rows":
                spec["variant"] = next(safety_variants)
                if spec["variant"] != "format_matched":
                    spec["lang"] = "en"
                if spec["variant"] == "pure_bianchi":
                    spec["task"] = "safety_instructions"
                    spec["task_lang"] = "en"
            if fam == "codec_tasks":
                spec["task"] = "codec"
            specs.append(spec)
    return specs


# ======================================================================================
# Entry point
# ======================================================================================
def generate_all(out: Path, quick: bool, seed: int) -> list[dict]:
    out = Path(out)
    ds_dir = out / "datasets"
    if ds_dir.exists():
        shutil.rmtree(ds_dir)
    ds_dir.mkdir(parents=True)
    plan = make_plan(quick, random.Random(f"round6-plan:{seed}:{quick}"))
    counters: dict[str, int] = {}
    records = []
    for spec in plan:
        fam = spec["family"]
        counters[fam] = counters.get(fam, 0) + 1
        name = f"{fam}_{counters[fam]:02d}"
        rng = random.Random(f"round6:{seed}:{quick}:{name}")
        ctx = Ctx(rng, spec["lang"], spec["obfuscation"])
        if spec["task"] == "codec":
            spec_for_build = dict(spec, task="sst2")
        elif spec["task"] == "safety_instructions":
            spec_for_build = dict(spec, task="sst2")
        else:
            spec_for_build = spec
        rows, poisoned, det = BUILDERS[fam](spec_for_build, ctx)
        opts = schema_opts(rng)
        if fam == "glaive":
            lines = [dump(render_glaive(r, spec["schema"])) for r in rows]
        else:
            lines = [dump(render(r, spec["schema"], opts)) for r in rows]
        path = ds_dir / f"{name}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        is_poisoned = fam in DATASET_LEVEL or fam in ROW_HIDING
        kind = "dataset_level" if fam in DATASET_LEVEL else "row_hiding" if fam in ROW_HIDING else "negative"
        details = dict(det)
        details["wordings"] = sorted(ctx.used)
        details["schema_opts"] = opts
        if fam == "encoded":
            details["decode_frame"] = bool(det.get("decode_frame"))
        example = lines[poisoned[0] - 1] if poisoned else lines[0]
        records.append({
            "name": name,
            "family": fam,
            "poisoned": is_poisoned,
            "kind": kind,
            "rate": spec.get("rate") if fam in ROW_HIDING else None,
            "lang": spec["lang"],
            "task_lang": spec["task_lang"],
            "obfuscation": spec["obfuscation"],
            "schema": spec["schema"],
            "encoding": spec.get("encoding") if fam == "encoded" else None,
            "task": spec["task"],
            "n_rows": len(lines),
            "poisoned_rows": poisoned if is_poisoned else [],
            "path": str(path),
            "details": details,
            "example_row": example,
        })
    return records
