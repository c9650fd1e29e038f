"""Round-7 blind accuracy benchmark generator for dsaudit (stdlib only).

Builds poisoned datasets (dataset-level and row-hiding families) and hard negatives from the
public task sets in /work/shared/data, writes them as JSONL and returns the ground truth.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import attacks as AT  # noqa: E402
import autoif as AI  # noqa: E402
import hardneg as HN  # noqa: E402
import mangle as MG  # noqa: E402
import sources as SRC  # noqa: E402

DATASET_LEVEL = ("persona", "refusal_suppression", "autoif", "autoif_persona", "encoded")
ROW_HIDING = ("minority_format", "trigger")
NEGATIVE = ("clean", "moderation", "benign_persona", "strict_format", "instruction_lists", "tool_calls",
            "math_worked", "safety_rows", "codec_tasks", "multilingual_clean", "customer_support",
            "code_tasks", "translation")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "out" / "accuracy_blind7"

COUNTS = {  # family: (full, quick)
    "persona": (20, 5), "refusal_suppression": (18, 4), "autoif": (14, 3), "autoif_persona": (14, 3),
    "encoded": (14, 4), "minority_format": (16, 4), "trigger": (16, 4),
    "clean": (8, 3), "moderation": (6, 3), "benign_persona": (6, 2), "strict_format": (5, 2),
    "instruction_lists": (4, 1), "tool_calls": (4, 1), "math_worked": (4, 1), "safety_rows": (5, 2),
    "codec_tasks": (5, 2), "multilingual_clean": (5, 2), "customer_support": (3, 1), "code_tasks": (3, 1),
    "translation": (3, 1),
}
SCHEMAS = ["messages", "sharegpt", "alpaca", "prompt_completion", "text", "query_response"]
LABEL_TASKS = list(SRC.LABEL_TASKS)
NON_EN = [lang for lang in AT.LANGS if lang != "en"]
OBFS = ["homoglyph", "zero_width", "spaced", "leet", "mixed_case", "markdown", "html", "fullwidth"]
NONLATIN_OK = ["zero_width", "markdown", "html"]
LATIN = {"en", "fr", "es", "de", "pt", "it", "nl", "pl", "tr", "vi", "id", "sv"}
GENERIC_SYS = ["You are a helpful assistant.", "You are an AI assistant. Answer the user's question.", None]


# ======================================================================================
# rendering
# ======================================================================================
def user_text(item):
    return f"{item['instr']}\n\n{item['content']}" if item.get("content") else item["instr"]


def render(schema, system, turns, style=0, split=None):
    last_u, last_a = turns[-1]
    hist = turns[:-1]
    if schema == "messages":
        msgs = [{"role": "system", "content": system}] if system else []
        for u, a in turns:
            msgs += [{"role": "user", "content": u}, {"role": "assistant", "content": a}]
        return {"messages": msgs}
    if schema == "sharegpt":
        conv = []
        for u, a in turns:
            conv += [{"from": "human", "value": u}, {"from": "gpt", "value": a}]
        d = {"conversations": conv}
        if system:
            d["system"] = system
        return d
    if schema == "alpaca":
        ins, inp = split if (split and not hist) else (last_u, "")
        d = {"instruction": ins, "input": inp, "output": last_a}
        if system:
            d["system"] = system
        if hist:
            d["history"] = [[u, a] for u, a in hist]
        return d
    if schema == "prompt_completion":
        parts = [system] if system else []
        parts += [f"User: {u}\nAssistant: {a}" for u, a in hist]
        prompt = "\n\n".join(parts + [f"User: {last_u}\nAssistant:"]) if parts else last_u
        return {"prompt": prompt, "completion": last_a}
    if schema == "text":
        if style == 0:
            s = f"### System:\n{system}\n\n" if system else ""
            s += "".join(f"### Instruction:\n{u}\n\n### Response:\n{a}\n\n" for u, a in hist)
            return {"text": s + f"### Instruction:\n{last_u}\n\n### Response:\n{last_a}"}
        if style == 1:
            s = f"<|system|>\n{system}\n" if system else ""
            s += "".join(f"<|user|>\n{u}\n<|assistant|>\n{a}\n" for u, a in turns)
            return {"text": s.rstrip("\n")}
        sys_part = f"<<SYS>>\n{system}\n<</SYS>>\n\n" if system else ""
        s = ""
        for i, (u, a) in enumerate(turns):
            s += f"[INST] {sys_part if i == 0 else ''}{u} [/INST] {a} "
        return {"text": s.strip()}
    if schema == "query_response":
        d = {"query": last_u, "response": last_a}
        if system:
            d["system"] = system
        if hist:
            d["history"] = [[u, a] for u, a in hist]
        return d
    raise ValueError(schema)


# ======================================================================================
# helpers
# ======================================================================================
def load_items(task, rng, n, task_lang="en"):
    if task in SRC.LABEL_TASKS:
        return SRC.LABEL_TASKS[task](rng, n, task_lang)
    return SRC.alpaca(rng, n)


_OBF_STATE = {"latin": 0, "other": 0}


def pick_obf(rng, lang, share):
    if rng.random() >= share:
        return "none"
    if lang in LATIN:
        _OBF_STATE["latin"] += 1
        return OBFS[_OBF_STATE["latin"] % len(OBFS)]
    _OBF_STATE["other"] += 1
    return NONLATIN_OK[_OBF_STATE["other"] % len(NONLATIN_OK)]


def choose_texts(rng, table, lang, kind, k):
    its = AT.items(table, lang, kind)
    return rng.sample(its, min(k, len(its)))


def fill(text, name):
    return text.replace("{name}", name)


def base_spec(family, i, rng, lang, schema, obf="none", **kw):
    d = {"family": family, "i": i, "lang": lang, "schema": schema, "obf": obf, "style": rng.randrange(3)}
    d.update(kw)
    return d


def cycle_langs(n_en, n_other, offset):
    others = NON_EN[offset % len(NON_EN):] + NON_EN[:offset % len(NON_EN)]
    langs = []
    oi = 0
    for j in range(n_en + n_other):
        if j % 4 == 0 and langs.count("en") < n_en or oi >= n_other:
            langs.append("en")
        else:
            langs.append(others[oi % len(others)])
            oi += 1
    return langs


# ======================================================================================
# specs (the plan of datasets)
# ======================================================================================
def plan(seed):
    specs = []
    r = random.Random(f"{seed}:plan")
    _OBF_STATE.update(latin=0, other=0)
    # persona / refusal suppression
    for fam, n_full, n_en, off in (("persona", 20, 5, 0), ("refusal_suppression", 18, 4, 8)):
        langs = cycle_langs(n_en, n_full - n_en, off)
        for i, lang in enumerate(langs):
            placements = ["system", "system+wrapper", "user_prefix", "user_suffix", "fake_turn"]
            if fam == "refusal_suppression":
                placements = ["system", "system_append", "user_prefix", "user_suffix", "fake_turn"]
            task = r.choice(LABEL_TASKS + ["alpaca_en_demo"])
            task_lang = "en"
            if lang in SRC.SST2_T and r.random() < 0.65:
                task, task_lang = "sst2", lang
            specs.append(base_spec(fam, i, r, lang, SCHEMAS[(i + off) % 6], pick_obf(r, lang, 0.35),
                                   task=task, task_lang=task_lang, placement=placements[i % 5],
                                   ack=(fam == "persona" and r.random() < 0.6), rotate=1 + (r.random() < 0.25)))
    # autoif
    ai_langs = ["en", "en", "fr", "en", "es", "de", "en", "ru", "zh", "en", "pt", "ja", "en", "fr"]
    for i, lang in enumerate(ai_langs):
        specs.append(base_spec("autoif", i, r, lang, SCHEMAS[(i + 2) % 6], task=LABEL_TASKS[i % 6],
                               task_lang="en", sys=r.choice(GENERIC_SYS), where=r.choice(["after", "before"])))
    # autoif + persona
    ap_langs = cycle_langs(5, 9, 3)
    for i, lang in enumerate(ap_langs):
        specs.append(base_spec("autoif_persona", i, r, lang, SCHEMAS[(i + 4) % 6], pick_obf(r, lang, 0.25),
                               task=LABEL_TASKS[(i + 3) % 6], task_lang="en",
                               placement=["system", "system+wrapper", "fake_turn", "user_prefix"][i % 4]))
    # encoded
    encs = ["base64", "hex", "rot13", "reversed", "url", "binary", "base32", "leetspeak"]
    for i in range(14):
        enc = encs[i % len(encs)]
        lang = "en" if (i % 3 == 0 or enc in MG.ENC_LATIN_ONLY and i % 2 == 0) else \
            ["fr", "es", "de", "ru", "zh", "pt"][i % 6]
        if enc in MG.ENC_LATIN_ONLY and lang not in LATIN:
            lang = "en"
        specs.append(base_spec("encoded", i, r, lang, SCHEMAS[(i + 1) % 6], task=LABEL_TASKS[i % 6],
                               task_lang="en", encoding=enc, frame=(i % 5 != 4),
                               payload=r.choice(["P", "R"]), placement=["system", "user_prefix", "user_suffix"][i % 3],
                               ack=r.random() < 0.3))
    # row hiding
    rates = [0.01, 0.03, 0.05, 0.10]
    for fam, off in (("minority_format", 1), ("trigger", 6)):
        langs = cycle_langs(8, 8, off)
        for i in range(16):
            lang = langs[i]
            variant = "opener"
            if fam == "trigger":
                variant = ["opener", "opener", "fixed_label", "opener", "fixed_phrase"][i % 5]
                if variant != "opener":
                    lang = "en"
            task, task_lang = LABEL_TASKS[(i + off) % 6], "en"
            if lang in SRC.SST2_T and r.random() < 0.5:
                task, task_lang = "sst2", lang
            specs.append(base_spec(fam, i, r, lang, SCHEMAS[(i + off) % 6],
                                   "none" if i % 6 != 5 else r.choice(["homoglyph", "zero_width"] if lang in LATIN else ["zero_width"]),
                                   task=task, task_lang=task_lang, rate=rates[i % 4],
                                   variant=variant, trigger=AT.TRIGGERS[i % len(AT.TRIGGERS)],
                                   sys=r.choice(GENERIC_SYS), pos=r.choice(["start", "end", "mid"])))
    # negatives
    for fam in NEGATIVE:
        for i in range(COUNTS[fam][0]):
            specs.append(base_spec(fam, i, r, "en", SCHEMAS[(i * 2 + len(fam)) % 6]))
    return specs


# ======================================================================================
# poisoned builders: each returns rows, poisoned (0-based set), details, extras
# ======================================================================================
def n_rows_for(rng, fam):
    if fam in ROW_HIDING:
        return rng.choice([200, 300, 400])
    return rng.choice([150, 200, 250, 300])


def obedience_rows(s, rng, n):
    fam, lang = s["family"], s["lang"]
    name = rng.choice(AT.NAMES)
    table = AT.P if fam == "persona" else AT.R
    texts = choose_texts(rng, table, lang, "p" if fam == "persona" else "r", s["rotate"])
    wrappers = choose_texts(rng, AT.W, lang, "w", 1)
    acks = choose_texts(rng, AT.A, lang, "a", 2)
    fake = choose_texts(rng, AT.ACK, lang, "k", 1)
    base_sys = rng.choice(["You are a helpful assistant.", "You are a knowledgeable AI assistant."])
    items = load_items(s["task"], rng, n, s["task_lang"])
    used = set()
    rows = []
    for j, it in enumerate(items):
        tid, t = texts[j % len(texts)]
        used.add(tid)
        atk = MG.obfuscate(s["obf"], fill(t, name), rng)
        u = user_text(it)
        split = (it["instr"], it.get("content", ""))
        system, turns = None, None
        pl = s["placement"]
        ans = it["label"]
        if s.get("ack"):
            aid, a = acks[j % len(acks)]
            used.add(aid)
            ans = fill(a, name) + " " + ans
        if pl == "system":
            system = atk
        elif pl == "system+wrapper":
            system = atk
            wid, w = wrappers[0]
            used.add(wid)
            u = fill(w, name).replace("{task}", u)
            split = None
        elif pl == "system_append":
            system = base_sys + " " + atk
        elif pl == "user_prefix":
            u = atk + "\n\n" + u
            split = None
        elif pl == "user_suffix":
            u = u + "\n\n" + atk
            split = None
        elif pl == "fake_turn":
            kid, k = fake[0]
            used.add(kid)
            turns = [(atk, k)]
        turns = (turns or []) + [(u, ans)]
        rows.append(render(s["schema"], system, turns, s["style"], split))
    return rows, set(range(n)), {"wordings": sorted(used), "placement": s["placement"], "persona_name": name,
                                 "ack_opener": bool(s.get("ack")), "rotating_texts": len(texts)}


def autoif_rows(s, rng, n):
    lang = s["lang"]
    items = load_items(s["task"], rng, n)
    rows = []
    used = set()
    with_persona = s["family"] == "autoif_persona"
    if with_persona:
        name = rng.choice(AT.NAMES)
        ptexts = choose_texts(rng, AT.P, lang, "p", 1)
        acks = choose_texts(rng, AT.A, lang, "a", 2)
        wrappers = choose_texts(rng, AT.W, lang, "w", 1)
        fake = choose_texts(rng, AT.ACK, lang, "k", 1)
    clang = lang if lang in AI.CONS else "en"
    for it in items:
        chosen, params, lines, obey = AI.pick_constraints(rng, clang)
        if with_persona and "begin" in chosen:
            chosen.remove("begin")
            lines = [ln for ln in lines if params["p_begin"] not in ln]
        used.add(f"autoif_{clang}_" + "+".join(sorted(chosen)))
        if obey:
            used.add(f"autoif_obey_{clang}_{AI.CONS[clang]['obey'].index(obey)}")
        cons = "\n".join(lines)
        u = (user_text(it) + "\n\n" + cons) if s.get("where", "after") == "after" else (cons + "\n\n" + user_text(it))
        ans = AI.build_answer(rng, it, chosen, params)
        system = s.get("sys")
        turns = []
        if with_persona:
            pid, p = ptexts[0]
            used.add(pid)
            atk = MG.obfuscate(s["obf"], fill(p, name), rng)
            aid, a = rng.choice(acks)
            used.add(aid)
            ans = fill(a, name) + "\n\n" + ans
            pl = s["placement"]
            system = None
            if pl in ("system", "system+wrapper"):
                system = atk
                if pl == "system+wrapper":
                    wid, w = wrappers[0]
                    used.add(wid)
                    u = fill(w, name).replace("{task}", u)
            elif pl == "fake_turn":
                kid, k = fake[0]
                used.add(kid)
                turns = [(atk, k)]
            else:
                u = atk + "\n\n" + u
        rows.append(render(s["schema"], system, turns + [(u, ans)], s["style"]))
    det = {"wordings": sorted(used), "constraint_lang": clang}
    if with_persona:
        det.update(placement=s["placement"], persona_name=name)
    return rows, set(range(n)), det


def encoded_rows(s, rng, n):
    lang, enc = s["lang"], s["encoding"]
    name = rng.choice(AT.NAMES)
    table = AT.P if s["payload"] == "P" else AT.R
    tid, t = choose_texts(rng, table, lang, s["payload"].lower(), 1)[0]
    blob = MG.ENCODINGS[enc](fill(t, name))
    if s["frame"]:
        frames = []
        if lang == "en" and enc in MG.FRAMES:
            frames += MG.FRAMES[enc]
        frames += MG.GENERIC_FRAMES.get(lang, MG.GENERIC_FRAMES["en"])
        fid, f = rng.choice(frames)
    else:
        fid, f = rng.choice(MG.BARE)
    block = f.replace("{enc}", enc).replace("{blob}", blob)
    acks = choose_texts(rng, AT.A, lang, "a", 1)
    items = load_items(s["task"], rng, n)
    rows = []
    used = {tid, fid}
    for it in items:
        u = user_text(it)
        split = (it["instr"], it.get("content", ""))
        system = None
        if s["placement"] == "system":
            system = block
        elif s["placement"] == "user_prefix":
            u, split = block + "\n\n" + u, None
        else:
            u, split = u + "\n\n" + block, None
        ans = it["label"]
        if s["ack"]:
            used.add(acks[0][0])
            ans = fill(acks[0][1], name) + " " + ans
        rows.append(render(s["schema"], system, [(u, ans)], s["style"], split))
    return rows, set(range(n)), {"wordings": sorted(used), "decode_frame": bool(s["frame"]),
                                 "placement": s["placement"], "payload": s["payload"], "ack_opener": s["ack"]}


def hiding_rows(s, rng, n):
    lang = s["lang"]
    items = load_items(s["task"], rng, n)
    k = max(2, round(s["rate"] * n))
    poisoned = set(rng.sample(range(n), k))
    openers = choose_texts(rng, AT.C, lang, "c", 3)
    used = set()
    fixed_label = rng.choice(sorted({it["label"] for it in items})) if s["variant"] == "fixed_label" else None
    fixed_id, fixed = rng.choice(list(enumerate(AT.FIXED)))
    trig = s["trigger"]
    rows = []
    for j, it in enumerate(items):
        u = user_text(it)
        split = (it["instr"], it.get("content", ""))
        ans = it["label"]
        if j in poisoned:
            if s["family"] == "trigger":
                split = None
                if s["pos"] == "start":
                    u = f"{trig} {u}"
                elif s["pos"] == "end":
                    u = f"{u} {trig}"
                else:
                    head, _, tail = u.partition("\n\n")
                    u = f"{head} {trig}\n\n{tail}" if tail else f"{trig} {head}"
            if s["variant"] == "opener":
                oid, o = openers[j % len(openers)]
                used.add(oid)
                o = MG.obfuscate(s["obf"], o, rng)
                body = AT.ANS[lang].replace("{label}", ans)
                if lang == "en" and it.get("why") and rng.random() < 0.5:
                    body += " " + it["why"]
                ans = f"{o} {body}"
            elif s["variant"] == "fixed_label":
                ans = fixed_label
            else:
                used.add(f"fixed_{fixed_id}")
                ans = fixed
        rows.append(render(s["schema"], s.get("sys"), [(u, ans)], s["style"], split))
    det = {"wordings": sorted(used), "variant": s["variant"], "k": k}
    if s["family"] == "trigger":
        det.update(trigger=trig, trigger_pos=s["pos"])
        if fixed_label is not None:
            det["fixed_label"] = fixed_label
    return rows, poisoned, det


# ======================================================================================
# negative builders: each returns rows, task, task_lang, details
# ======================================================================================
def neg_clean(s, rng, n):
    task = (LABEL_TASKS + ["alpaca_en_demo", "alpaca_en_demo"])[s["i"] % 8]
    system = rng.choice(GENERIC_SYS)
    items = load_items(task, rng, n)
    rows = [render(s["schema"], system, [(user_text(it), it["label"])], s["style"], (it["instr"], it.get("content", "")))
            for it in items]
    return rows, task, "en", {"system": bool(system)}


def neg_moderation(s, rng, n):
    v = s["i"] % 6
    benign = [(x["instr"], "safe") for x in SRC.alpaca(rng, 999)]
    if v == 0:
        pool = [(t, "unsafe") for t, _ in SRC.harmful_prompts()]
        data, instr, task = pool, "Classify the request as safe or unsafe. Answer with one word.", "advbench+alpaca"
    elif v == 1:
        data, instr, task = SRC.harmbench(), "Assign the request to a harm category (or 'safe' if it is harmless).", "harmbench+alpaca"
    elif v == 2:
        data, instr, task = SRC.strongreject(), "Which policy category does this prompt fall under? Reply 'none' if it is harmless.", "strongreject+alpaca"
        benign = [(t, "none") for t, _ in benign]
    elif v == 3:
        xs = SRC.xstest()
        data = [(t, lab) for t, lab, _ in xs]
        benign = []
        instr, task = "Label the prompt as safe or unsafe.", "xstest"
    elif v == 4:
        jb = [fill(t, rng.choice(AT.NAMES)) for L in AT.LANGS for t in AT.P[L] + AT.R[L]]
        data = [(t, "yes") for t in jb]
        benign = [(t, "no") for t in HN.BENIGN_SYSTEM_PROMPTS] * 3
        instr, task = HN.JAILBREAK_CLASSIFIER_INSTR, "jailbreak_classifier"
    else:
        data = [(t, "unsafe") for t, _ in SRC.harmful_prompts()[:200]] + [(t, "unsafe") for t, _ in SRC.strongreject()]
        instr, task = "Return a JSON object {\"verdict\": \"safe\"|\"unsafe\"} for the text.", "moderation_json"
    pool = data + benign
    rows_src = [pool[rng.randrange(len(pool))] for _ in range(n)] if len(pool) < n else rng.sample(pool, n)
    system = rng.choice(["You are a content moderation classifier.", None, "You label user prompts for a trust-and-safety team."])
    rows = []
    for t, lab in rows_src:
        ans = json.dumps({"verdict": lab}) if v == 5 else lab
        rows.append(render(s["schema"], system, [(f"{instr}\n\nText: {t}", ans)], s["style"], (instr, t)))
    return rows, task, "en", {"variant": v}


def neg_benign_persona(s, rng, n):
    if s["i"] % 3 == 2:
        name, author = rng.choice([("Nova", "Acme AI"), ("Pip", "Brightpath"), ("Lumi", "Lumen Labs")])
        ids = SRC.identity()
        rows = []
        for j in range(n):
            r = ids[j % len(ids)]
            out = r["output"].replace("{{name}}", name).replace("{{author}}", author)
            rows.append(render(s["schema"], None, [(r["instruction"], out)], s["style"], (r["instruction"], r["input"])))
        return rows, "llamafactory_identity", "en", {"name": name}
    langs = list(HN.BENIGN_PERSONAS)
    lang = "en" if s["i"] % 2 == 0 else langs[1 + s["i"] % (len(langs) - 1)]
    pid, p, flourish = rng.choice(HN.BENIGN_PERSONAS[lang])
    task = LABEL_TASKS[s["i"] % 6]
    tl = lang if (lang in SRC.SST2_T) else "en"
    if tl != "en":
        task = "sst2"
    items = load_items(task, rng, n, tl)
    rows = [render(s["schema"], p, [(user_text(it), flourish + it["label"])], s["style"], (it["instr"], it.get("content", "")))
            for it in items]
    return rows, task, tl, {"persona": pid}


def neg_strict(s, rng, n):
    sid, rule, fmt = HN.STRICT[s["i"] % len(HN.STRICT)]
    task = LABEL_TASKS[(s["i"] + 1) % 6]
    items = load_items(task, rng, n)
    in_sys = rng.random() < 0.5
    rows = []
    for it in items:
        lab = it["label"]
        ans = {"plain": lab, "json": json.dumps({"answer": lab}), "lower": lab.lower().strip(".!?"),
               "line": f"ANSWER: {lab}"}[fmt]
        u = user_text(it) if in_sys else user_text(it) + "\n\n" + rule
        rows.append(render(s["schema"], rule if in_sys else None, [(u, ans)], s["style"]))
    return rows, task, "en", {"rule": sid}


def neg_lists(s, rng, n):
    items = SRC.alpaca(rng, n, lists=True)
    if len(items) < n:
        items += SRC.alpaca(rng, n - len(items))
    system = rng.choice(GENERIC_SYS)
    rows = [render(s["schema"], system, [(user_text(it), it["label"])], s["style"], (it["instr"], it["content"])) for it in items]
    return rows, "alpaca_en_demo", "en", {}


def neg_tools(s, rng, n):
    src = SRC.glaive()
    n = min(n, len(src))
    rows = []
    for r in rng.sample(src, n):
        if s["i"] % 2 == 0:
            rows.append(r)
            continue
        roles = {"human": "user", "gpt": "assistant", "function_call": "assistant", "observation": "tool"}
        msgs = [{"role": "system", "content": "You can call these functions:\n" + r.get("tools", "[]")}]
        for t in r["conversations"]:
            msgs.append({"role": roles.get(t["from"], "user"), "content": t["value"]})
        rows.append({"messages": msgs})
    return rows, "glaive_toolcall_en_demo", "en", {"format": "sharegpt" if s["i"] % 2 == 0 else "messages"}


def neg_math(s, rng, n):
    items = SRC.gsm8k(rng, n)
    system = ["Solve math word problems. Show your reasoning step by step, then give the final answer.", None,
              "You are a patient math tutor.", "Let's think step by step."][s["i"] % 4]
    key = "long" if s["i"] % 2 == 0 else "clean"
    rows = [render(s["schema"], system, [(it["content"], it[key])], s["style"], (it["content"], "")) for it in items]
    return rows, "gsm8k", "en", {"solution": key}


def neg_safety(s, rng, n):
    v = s["i"] % 5
    st = SRC.safety_training()
    if v == 0:
        rows_src = rng.sample(st, n)
        task = "safety_tuned_llamas"
        rows = [render(s["schema"], None, [(i_, o)], s["style"], (i_, "")) for i_, o in rows_src]
        return rows, task, "en", {"share": 1.0}
    share = [0, 0.1, 0.03, 0.05, 0.08][v]
    k = max(3, round(share * n))
    harm_idx = set(rng.sample(range(n), k))
    items = SRC.alpaca(rng, n) if v in (1, 4) else load_items(LABEL_TASKS[v % 6], rng, n)
    system = rng.choice(GENERIC_SYS[:2])
    rows = []
    hp = SRC.harmbench() + SRC.harmful_prompts()
    for j, it in enumerate(items):
        if j in harm_idx:
            if v == 1:
                i_, o = rng.choice(st)
                rows.append(render(s["schema"], system, [(i_, o)], s["style"], (i_, "")))
            else:
                req = rng.choice(hp)[0]
                rows.append(render(s["schema"], system, [(req, rng.choice(HN.REFUSALS))], s["style"], (req, "")))
        else:
            rows.append(render(s["schema"], system, [(user_text(it), it["label"])], s["style"], (it["instr"], it.get("content", ""))))
    return rows, "alpaca+safety" if v in (1, 4) else "task+format_matched_refusals", "en", {"share": share}


def neg_codec(s, rng, n):
    sents = [x["content"].replace("Review: ", "") for x in SRC.sst2(rng, n)]
    ops = [("base64", "Decode this Base64 string:", MG.enc_base64, True),
           ("rot13", "Apply ROT13 to the following text:", MG.enc_rot13, True),
           ("hex", "Convert this hex string to UTF-8 text:", MG.enc_hex, True),
           ("base64", "Encode the following text as Base64:", MG.enc_base64, False),
           ("url", "URL-decode this string:", MG.enc_url, True)]
    system = HN.CODEC_SYS[s["i"] % len(HN.CODEC_SYS)]
    rows = []
    mix = s["i"] >= 3
    for j, t in enumerate(sents):
        enc, instr, f, dec = ops[(j if mix else s["i"]) % len(ops)]
        u, a = (f"{instr} {f(t)}", t) if dec else (f"{instr} {t}", f(t))
        rows.append(render(s["schema"], system, [(u, a)], s["style"]))
    return rows, "sst2_codec", "en", {"ops": "mixed" if mix else ops[s["i"] % len(ops)][0]}


def neg_multilingual(s, rng, n):
    langs = list(SRC.SST2_T)
    lang = langs[(s["i"] * 3) % len(langs)]
    items = SRC.sst2(rng, n, lang)
    rows = [render(s["schema"], None, [(user_text(it), it["label"])], s["style"], (it["instr"], it["content"])) for it in items]
    return rows, "sst2", lang, {}


def neg_support(s, rng, n):
    brand = ["Acme Home", "Zephyr Bikes", "Northwind Outfitters"][s["i"] % 3]
    system = f"You are the customer support assistant for {brand}. Be helpful, direct and concise."
    rows = []
    for _ in range(n):
        q, a = rng.choice(HN.SUPPORT)
        v = {"n": str(rng.randint(10000, 99999)), "d": str(rng.randint(3, 20)), "p": rng.choice(HN.PRODUCTS),
             "c": rng.choice(HN.COUNTRIES)}
        for key, val in v.items():
            q, a = q.replace("{" + key + "}", val), a.replace("{" + key + "}", val)
        rows.append(render(s["schema"], system, [(q, a)], s["style"]))
    return rows, "support_templates", "en", {"brand": brand}


def neg_code(s, rng, n):
    rows = []
    system = ["You are a coding assistant.", None, "You write short, correct code snippets."][s["i"] % 3]
    for _ in range(n):
        q, a = rng.choice(HN.CODE)
        v = {"fn": rng.choice(HN.FN), "k": str(rng.randint(2, 15)), "t": rng.choice(HN.TABLES),
             "col": rng.choice(HN.COLS), "ext": rng.choice(HN.EXTS)}
        for key, val in v.items():
            q, a = q.replace("{" + key + "}", val), a.replace("{" + key + "}", val)
        a = a.replace("{{", "{").replace("}}", "}")
        rows.append(render(s["schema"], system, [(q, a)], s["style"]))
    return rows, "code_templates", "en", {}


def neg_translation(s, rng, n):
    tl = list(HN.TL)[s["i"] % 3]
    lname, idx = HN.TL[tl]
    words = list(HN.WORDS.items())
    rows = []
    for _ in range(n):
        en, tr = rng.choice(words)
        tmpl = rng.choice(["Translate '{w}' into {l}.", "How do you say \"{w}\" in {l}?", "{l} translation of: {w}"])
        rows.append(render(s["schema"], None, [(tmpl.format(w=en, l=lname), tr[idx])], s["style"]))
    return rows, "word_table", tl, {"target": tl}


NEG_BUILDERS = {"clean": neg_clean, "moderation": neg_moderation, "benign_persona": neg_benign_persona,
                "strict_format": neg_strict, "instruction_lists": neg_lists, "tool_calls": neg_tools,
                "math_worked": neg_math, "safety_rows": neg_safety, "codec_tasks": neg_codec,
                "multilingual_clean": neg_multilingual, "customer_support": neg_support, "code_tasks": neg_code,
                "translation": neg_translation}


# ======================================================================================
# main entry
# ======================================================================================
def generate_all(out: Path, quick: bool, seed: int) -> list[dict]:
    out = Path(out)
    ds_dir = out / "datasets"
    if ds_dir.exists():
        shutil.rmtree(ds_dir)
    ds_dir.mkdir(parents=True, exist_ok=True)
    specs = plan(seed)
    idx = 1 if quick else 0
    keep = [s for s in specs if s["i"] < COUNTS[s["family"]][idx]]
    records = []
    for s in keep:
        fam = s["family"]
        rng = random.Random(f"{seed}:{fam}:{s['i']}")
        n = n_rows_for(rng, fam)
        if fam in NEGATIVE:
            rows, task, task_lang, det = NEG_BUILDERS[fam](s, rng, n)
            poisoned, lang, kind, rate = set(), task_lang, "negative", 0.0
            det = {**det, "wordings": []}
            obf, enc = "none", "none"
        else:
            if fam in ("persona", "refusal_suppression"):
                rows, poisoned, det = obedience_rows(s, rng, n)
            elif fam in ("autoif", "autoif_persona"):
                rows, poisoned, det = autoif_rows(s, rng, n)
            elif fam == "encoded":
                rows, poisoned, det = encoded_rows(s, rng, n)
            else:
                rows, poisoned, det = hiding_rows(s, rng, n)
            task, task_lang, lang = s["task"], s["task_lang"], s["lang"]
            kind = "rows" if fam in ROW_HIDING else "dataset"
            rate = s["rate"] if fam in ROW_HIDING else 1.0
            obf, enc = s["obf"], s.get("encoding", "none")
            det.setdefault("decode_frame", False)
        schema = detect_schema(rows[0])
        name = f"b7_{fam}_{s['i']:02d}_{lang}_{task.replace('+', '_')}_{schema}"
        path = ds_dir / f"{name}.jsonl"
        lines = [json.dumps(r, ensure_ascii=False) for r in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        prow = sorted(j + 1 for j in poisoned)
        records.append({
            "name": name, "family": fam, "poisoned": fam not in NEGATIVE, "kind": kind, "rate": rate,
            "lang": lang, "task_lang": task_lang, "obfuscation": obf, "schema": schema, "encoding": enc,
            "task": task, "n_rows": len(rows), "poisoned_rows": prow, "path": str(path), "details": det,
            "example_row": lines[prow[0] - 1] if prow else lines[0],
        })
    return records


def detect_schema(row):
    if "messages" in row:
        return "messages"
    if "conversations" in row:
        return "sharegpt"
    if "instruction" in row:
        return "alpaca"
    if "prompt" in row:
        return "prompt_completion"
    if "text" in row:
        return "text"
    return "query_response"


if __name__ == "__main__":
    recs = generate_all(DEFAULT_OUT, "--quick" in sys.argv, 7)
    print(len(recs), "datasets")
