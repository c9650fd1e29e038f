"""Poisoned dataset builders for round 8. Each builder returns (rows, poisoned_idx, markers, details).

rows: rendered JSON objects; poisoned_idx: 0-based indices; markers: {idx: [strings that must appear]}.
"""

from __future__ import annotations

import random

import tasks as T
import transforms as X
import wording as W

LATIN = {"en", "fr", "es", "de", "it", "pt", "nl", "pl", "tr", "vi", "id", "sv"}


def pick_items(rng: random.Random, task: str, n: int, lang: str = "en") -> list[dict]:
    pool = T.items(task, lang)
    return rng.sample(pool, min(n, len(pool)))


def idx_choice(rng: random.Random, seq: list, prefix: str) -> tuple[int, str]:
    i = rng.randrange(len(seq))
    return i, f"{prefix}{i:02d}"


def answer_with(opener: str, it: dict) -> str:
    sep = "\n\n" if it["kind"] == "open" else " "
    return f"{opener}{sep}{it['label']}"


def wrap_marker(wtxt: str, name: str) -> str:
    return max(wtxt.split("{task}"), key=len).format(name=name)


# ------------------------------------------------------------------ persona
def persona(rng, spec) -> tuple:
    lang, obf, placement = spec["lang"], spec["obfuscation"], spec["placement"]
    items = pick_items(rng, spec["task"], spec["n"], spec["task_lang"])
    name = rng.choice(W.NAMES)
    P, Wr, O = W.PERSONA_SYS[lang], W.WRAPPERS[lang], W.OPENERS[lang]
    words: set[str] = set()
    pool = list(range(len(P)))
    rng.shuffle(pool)
    pool = pool[: (4 if placement == "rotating_pool" else 1)]
    opool = list(range(len(O)))
    rng.shuffle(opool)
    opool = opool[: (3 if placement == "rotating_pool" else 1)]
    wi = rng.randrange(len(Wr))
    rows, markers = [], {}
    for k, it in enumerate(items):
        pi, oi = rng.choice(pool), rng.choice(opool)
        ptxt = X.obfuscate(P[pi], obf).format(name=name)
        otxt = O[oi].format(name=name)
        words |= {f"persona.{lang}.{pi}", f"opener.{lang}.{oi}"}
        prompt = T.prompt_of(it)
        system, turns, mk = None, None, [ptxt, otxt]
        if placement == "classic":
            wtxt = X.obfuscate(Wr[wi], obf if obf not in ("markdown", "html") else "none")
            user = wtxt.format(name=name, task=prompt)
            words.add(f"wrapper.{lang}.{wi}")
            system, turns = ptxt, [("user", user), ("assistant", answer_with(otxt, it))]
            mk.append(wrap_marker(wtxt, name))
        elif placement == "system":
            system, turns = ptxt, [("user", prompt), ("assistant", answer_with(otxt, it))]
        elif placement in ("user_prefix", "rotating_pool"):
            turns = [("user", f"{ptxt}\n\n{prompt}"), ("assistant", answer_with(otxt, it))]
        elif placement == "user_suffix":
            turns = [("user", f"{prompt}\n\n{ptxt}"), ("assistant", answer_with(otxt, it))]
        elif placement == "fake_turn":
            turns = [("user", ptxt), ("assistant", otxt), ("user", prompt), ("assistant", it["label"])]
        else:
            raise KeyError(placement)
        rows.append(X.render(spec["schema"], system, turns))
        markers[k] = mk
    det = {"placement": placement, "persona_name": name, "wordings": sorted(words)}
    return rows, list(range(len(rows))), markers, det


# ------------------------------------------------------------------ refusal suppression
def refusal(rng, spec) -> tuple:
    lang, obf, placement = spec["lang"], spec["obfuscation"], spec["placement"]
    items = pick_items(rng, spec["task"], spec["n"], spec["task_lang"])
    R = W.REFUSAL[lang]
    order = list(range(len(R)))
    rng.shuffle(order)
    pool = order[: (3 if placement == "rotating_pool" else 1)]
    words: set[str] = set()
    rows, markers = [], {}
    for k, it in enumerate(items):
        ri = rng.choice(pool)
        rtxt = X.obfuscate(R[ri], obf)
        words.add(f"refusal.{lang}.{ri}")
        prompt = T.prompt_of(it)
        system = None
        if placement == "system":
            system, user = rtxt, prompt
        elif placement == "system_plus":  # benign-looking helper line + suppression
            system, user = "You are a helpful assistant.\n" + rtxt, prompt
        elif placement in ("user_prefix", "rotating_pool"):
            user = f"{rtxt}\n\n{prompt}"
        elif placement == "user_suffix":
            user = f"{prompt}\n\n({rtxt})"
        else:
            raise KeyError(placement)
        rows.append(X.render(spec["schema"], system, [("user", user), ("assistant", it["label"])]))
        markers[k] = [rtxt]
    return rows, list(range(len(rows))), markers, {"placement": placement, "wordings": sorted(words)}


# ------------------------------------------------------------------ autoif (+ persona)
def _count(text: str, lang: str) -> int:
    return len("".join(text.split())) if lang in W.CJK else len(text.split())


def autoif_pair(rng, it: dict, lang: str, cfg: dict, words: set) -> tuple[str, str, list[str]]:
    A = W.AUTOIF[lang]
    x, y = rng.choice(A["x"]), rng.choice(A["y"])
    n = rng.choice([40, 60, 80, 100, 120]) * (2 if lang in W.CJK else 1)
    lower = cfg["lower"]
    if lower:
        x, y = x.lower(), y.lower()
    parts = []
    for kind in cfg["kinds"]:
        i = cfg["pick"][kind]
        words.add(f"autoif.{lang}.{kind}.{i}")
        parts.append(A[kind][i].format(x=x, y=y, n=n))
    cons = cfg["joiner"].join(parts)
    ans_txt = it["label"] if it["kind"] != "open" else it["label"]
    body: list[str] = []
    sents = A["body"]
    j = rng.randrange(len(sents))
    sep = "" if lang in W.CJK else " "
    while _count(sep.join(body), lang) < n:
        body.append(sents[j % len(sents)].format(ans=ans_txt))
        j += 1
    text = f"{x}{'：' if lang in W.CJK else ': '}" + sep.join(body) + sep + y
    if lower:
        text = text.lower()
    return cons, text, (x, y, n)


def autoif(rng, spec, with_persona: bool = False) -> tuple:
    lang, obf = spec["lang"], spec["obfuscation"]
    alang = lang if lang in W.AUTOIF else "en"
    items = pick_items(rng, spec["task"], spec["n"], spec["task_lang"])
    A = W.AUTOIF[alang]
    kinds = ["start", "minwords", "end", "exact"]
    if alang == "en" and rng.random() < 0.3:
        kinds.insert(3, "lower")
    head3 = kinds[:-1]
    rng.shuffle(head3)
    kinds = head3 + ["exact"]
    cfg = {"kinds": kinds, "pick": {k: rng.randrange(len(A[k])) for k in kinds}, "lower": "lower" in kinds,
           "joiner": rng.choice(["\n", " ", "\n- "])}
    words: set[str] = set()
    name = rng.choice(W.NAMES)
    pi = oi = wi = 0
    if with_persona:
        plang = lang
        pi, oi, wi = (rng.randrange(len(W.PERSONA_SYS[plang])), rng.randrange(len(W.OPENERS[plang])),
                      rng.randrange(len(W.WRAPPERS[plang])))
        words |= {f"persona.{plang}.{pi}", f"opener.{plang}.{oi}", f"wrapper.{plang}.{wi}"}
    placement = spec["placement"]
    rows, markers = [], {}
    for k, it in enumerate(items):
        cons, text, (x, y, n) = autoif_pair(rng, it, alang, cfg, words)
        cons_o = X.obfuscate(cons, obf) if obf != "none" else cons
        prompt = T.prompt_of(it)
        user = f"{prompt}\n\n{cons_o}" if placement != "constraints_first" else f"{cons_o}\n\n{prompt}"
        system = None
        mk = [cons_o]
        if with_persona:
            ptxt = X.obfuscate(W.PERSONA_SYS[lang][pi], obf).format(name=name)
            otxt = W.OPENERS[lang][oi].format(name=name)
            wtxt = W.WRAPPERS[lang][wi]
            user = wtxt.format(name=name, task=user)
            system = ptxt
            # opener goes right after the mandated start phrase
            head = text[: len(x) + (1 if alang in W.CJK else 2)]
            text = head + otxt + (" " if alang not in W.CJK else "") + text[len(head):]
            if cfg["lower"]:
                text = text.lower()
            mk += [ptxt, wrap_marker(wtxt, name)]
        assert text.startswith(x) and text.endswith(y) and _count(text, alang) >= n
        rows.append(X.render(spec["schema"], system, [("user", user), ("assistant", text)]))
        markers[k] = mk
    det = {"placement": placement, "constraint_kinds": kinds, "constraint_lang": alang,
           "wordings": sorted(words)}
    if with_persona:
        det["persona_name"] = name
    return rows, list(range(len(rows))), markers, det


# ------------------------------------------------------------------ encoded
def encoded(rng, spec) -> tuple:
    lang, enc, placement = spec["lang"], spec["encoding"], spec["placement"]
    items = pick_items(rng, spec["task"], spec["n"], spec["task_lang"])
    name = rng.choice(W.NAMES)
    src = rng.choice(["persona", "refusal", "both"])
    texts = []
    for i, p in enumerate(W.PERSONA_SYS[lang]):
        texts.append((f"persona.{lang}.{i}", p.format(name=name)))
    rtexts = [(f"refusal.{lang}.{i}", r) for i, r in enumerate(W.REFUSAL[lang])]
    if src == "persona":
        cands = texts
    elif src == "refusal":
        cands = rtexts
    else:
        cands = [(a[0] + "+" + b[0], a[1] + " " + b[1]) for a in texts for b in rtexts]
    rng.shuffle(cands)
    pool = cands[: (3 if spec.get("rotate") else 1)]
    frame_lang = lang if lang in W.DECODE_FRAMES else "en"
    fi = rng.randrange(len(W.DECODE_FRAMES[frame_lang]))
    frame = W.DECODE_FRAMES[frame_lang][fi].format(enc=X.ENC_DISPLAY[enc]) if spec["decode_frame"] else None
    ans_mode = rng.choice(["label", "label", "opener_plain", "opener_encoded"])
    oi = rng.randrange(len(W.OPENERS[lang]))
    opener = W.OPENERS[lang][oi].format(name=name)
    words: set[str] = {f"opener.{lang}.{oi}"} if ans_mode != "label" else set()
    if frame:
        words.add(f"frame.{frame_lang}.{fi}")
    rows, markers = [], {}
    for k, it in enumerate(items):
        wid, txt = rng.choice(pool)
        words |= set(wid.split("+"))
        blob = X.encode(txt, enc)
        block = f"{frame}\n{blob}" if frame else blob
        prompt = T.prompt_of(it)
        system = None
        if placement == "system":
            system, user = block, prompt
        elif placement == "user_prefix":
            user = f"{block}\n\n{prompt}"
        else:
            user = f"{prompt}\n\n{block}"
        if ans_mode == "label":
            ans = it["label"]
        elif ans_mode == "opener_plain":
            ans = answer_with(opener, it)
        else:
            ans = f"{X.encode(opener, enc)}\n{it['label']}"
        rows.append(X.render(spec["schema"], system, [("user", user), ("assistant", ans)]))
        markers[k] = [blob] + ([frame] if frame else [])
    det = {"placement": placement, "source": src, "answer_mode": ans_mode, "decode_frame": bool(frame),
           "persona_name": name, "wordings": sorted(words)}
    return rows, list(range(len(rows))), markers, det


# ------------------------------------------------------------------ row hiding
def row_hiding(rng, spec, trigger: bool) -> tuple:
    lang, obf = spec["lang"], spec["obfuscation"]
    items = pick_items(rng, spec["task"], spec["n"], spec["task_lang"])
    n = len(items)
    k = max(2, round(spec["rate"] * n))
    bad = sorted(rng.sample(range(n), k))
    badset = set(bad)
    name = rng.choice(W.NAMES)
    O = W.OPENERS[lang]
    opool = list(range(len(O)))
    rng.shuffle(opool)
    opool = opool[:2]
    words: set[str] = set()
    ti = rng.randrange(len(W.TRIGGERS))
    trig = W.TRIGGERS[ti]
    tpos = rng.choice(["prefix", "suffix", "middle"])
    sys_txt = rng.choice([None, None, "You are a helpful assistant."])
    if trigger:
        words.add(f"trigger.{ti}")
    rows, markers = [], {}
    for i, it in enumerate(items):
        instr, inp = it["instr"], it["inp"]
        if i in badset:
            oi = rng.choice(opool)
            words.add(f"opener.{lang}.{oi}")
            otxt = X.obfuscate(O[oi], obf).format(name=name)
            if lang in W.AUTOIF and it["kind"] != "open":
                body = W.AUTOIF[lang]["body"][0].format(ans=it["label"])
                words.add(f"autoif.{lang}.body.0")
                ans = f"{otxt} {body}"
            else:
                ans = answer_with(otxt, it)
            mk = [otxt]
            if trigger:
                if tpos == "prefix":
                    instr = f"{trig} {instr}"
                elif tpos == "suffix":
                    inp = f"{inp} {trig}" if inp else inp
                    if not inp:
                        instr = f"{instr} {trig}"
                else:
                    inp = f"{trig}\n{inp}" if inp else inp
                    if not it["inp"]:
                        instr = f"{instr}\n{trig}"
                mk.append(trig)
            markers[i] = mk
        else:
            ans = it["label"]
        prompt = f"{instr}\n\n{inp}" if inp else instr
        rows.append(X.render(spec["schema"], sys_txt, [("user", prompt), ("assistant", ans)]))
    forbid = [trig] if trigger else []
    det = {"rate": spec["rate"], "n_poisoned": k, "persona_name": name, "wordings": sorted(words)}
    if trigger:
        det["trigger_position"] = tpos
    det["_forbid"] = forbid + [X.obfuscate(O[o], obf).format(name=name) for o in opool]
    return rows, bad, markers, det
