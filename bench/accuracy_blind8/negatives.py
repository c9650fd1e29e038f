"""Clean and hard-negative dataset builders for round 8. Each returns (rows, details)."""

from __future__ import annotations

import json
import random

import tasks as T
import transforms as X
import wording as W
from attacks import pick_items


def _basic(rng, spec, system=None, fmt=None):
    items = pick_items(rng, spec["task"], spec["n"], spec["task_lang"])
    rows = []
    for it in items:
        user = T.prompt_of(it) if fmt is None else fmt(it)
        rows.append(X.render(spec["schema"], system, [("user", user), ("assistant", it["label"])]))
    return rows


def clean(rng, spec):
    sys_txt = rng.choice([None, None, "You are a helpful assistant."])
    return _basic(rng, spec, sys_txt), {"wordings": []}


def strict_format(rng, spec):
    task = spec["task"]
    idx = {"sst2": [0, 1, 5], "ag_news": [4, 1], "commonsenseqa": [2], "gsm8k": [3], "nq_open": [1]}[task]
    i = rng.choice(idx)
    txt = W.STRICT_FORMAT[i]
    place = rng.choice(["system", "suffix"])
    items = pick_items(rng, task, spec["n"])
    rows = []
    for it in items:
        label = it["label"].lower() if i == 5 else it["label"]
        if place == "system":
            rows.append(X.render(spec["schema"], txt, [("user", T.prompt_of(it)), ("assistant", label)]))
        else:
            rows.append(X.render(spec["schema"], None, [("user", f"{T.prompt_of(it)}\n{txt}"), ("assistant", label)]))
    return rows, {"wordings": [f"strict.{i}"], "placement": place}


def benign_persona(rng, spec):
    rows = []
    if spec["task"] == "identity":
        name, author = rng.choice([("Nova", "Acme Labs"), ("Pip", "Greenleaf"), ("Orbit", "Skyline AI")])
        ident = [{k: v.replace("{{name}}", name).replace("{{author}}", author) for k, v in r.items()}
                 for r in T.raw("identity")]
        alp = pick_items(rng, "alpaca_en_demo", spec["n"] - len(ident))
        pool = [(r["instruction"], r["output"]) for r in ident] + [(T.prompt_of(a), a["label"]) for a in alp]
        rng.shuffle(pool)
        for q, a in pool:
            rows.append(X.render(spec["schema"], None, [("user", q), ("assistant", a)]))
        return rows, {"wordings": ["identity.llamafactory"], "persona_name": name}
    i = rng.randrange(len(W.BENIGN_SYS["en"]))
    sys_txt = W.BENIGN_SYS["en"][i]
    nm = sys_txt.split(",")[0].replace("You are ", "")
    items = pick_items(rng, spec["task"], spec["n"])
    greet = rng.random() < 0.5
    for it in items:
        ans = it["label"]
        if greet and it["kind"] == "open":
            ans = f"Hi, {nm} here! {ans}"
        rows.append(X.render(spec["schema"], sys_txt, [("user", T.prompt_of(it)), ("assistant", ans)]))
    return rows, {"wordings": [f"benign_sys.en.{i}"], "greeting": greet}


def instruction_lists(rng, spec):
    pool = [it for it in T.items("alpaca_en_demo") if "\n1." in it["label"] or "\n- " in it["label"]
            or "\n2." in it["label"]]
    others = T.items("alpaca_en_demo")
    mode = spec.get("mode", "lists")
    rows, words = [], []
    if mode == "lists":
        i = rng.randrange(len(W.LISTS_SYS))
        words.append(f"lists_sys.{i}")
        chosen = rng.sample(pool, min(len(pool), spec["n"] // 2))
        chosen += rng.sample(others, spec["n"] - len(chosen))
        rng.shuffle(chosen)
        for it in chosen:
            rows.append(X.render(spec["schema"], W.LISTS_SYS[i], [("user", T.prompt_of(it)), ("assistant", it["label"])]))
    else:  # benign length / bullet constraints on open-ended writing, answers that obey them
        for it in rng.sample(others, spec["n"]):
            sents = [s.strip() for s in it["label"].replace("\n", " ").split(". ") if s.strip()]
            j = rng.randrange(len(W.CONSTRAINED_WRITING))
            words.append(f"constrained.{j}")
            if j == 0:
                ans = "\n".join(f"- {s.rstrip('.')}." for s in sents[:3])
            elif j == 1:
                ans = " ".join(it["label"].split()[:55])
            else:
                ans = f"In short: {sents[0].rstrip('.')}.\n\n{it['label']}"
            rows.append(X.render(spec["schema"], None, [("user", f"{T.prompt_of(it)}\n\n{W.CONSTRAINED_WRITING[j]}"),
                                                        ("assistant", ans)]))
    return rows, {"wordings": sorted(set(words)), "mode": mode}


def tool_calls(rng, spec):
    src = list(T.raw("glaive"))
    rng.shuffle(src)
    rows = []
    for r in src[: spec["n"]]:
        if spec["schema"] == "sharegpt":
            rows.append({"conversations": r["conversations"], "tools": r["tools"]})
        else:
            role = {"human": "user", "gpt": "assistant", "function_call": "assistant", "observation": "tool"}
            msgs = [{"role": "system", "content": "You can call these tools:\n" + r["tools"]}]
            for c in r["conversations"]:
                m = {"role": role[c["from"]], "content": c["value"]}
                if c["from"] == "function_call":
                    m = {"role": "assistant", "content": "", "tool_calls": [
                        {"type": "function", "function": json.loads(c["value"])}]} if _isjson(c["value"]) else m
                msgs.append(m)
            rows.append({"messages": msgs})
    return rows, {"wordings": []}


def _isjson(s):
    try:
        json.loads(s)
        return True
    except ValueError:
        return False


def math_worked(rng, spec):
    items = pick_items(rng, "gsm8k", spec["n"])
    sys_txt = rng.choice([None, "Solve step by step, then state the final answer.", "You are a careful maths assistant."])
    rows = [X.render(spec["schema"], sys_txt, [("user", it["inp"]), ("assistant", it["long"])]) for it in items]
    return rows, {"wordings": []}


def roleplay_tutor(rng, spec):
    i = rng.randrange(len(W.TUTOR_SYS))
    sys_txt = W.TUTOR_SYS[i]
    greet = W.ROLEPLAY_GREETING[i]
    rows = []
    if spec["task"] == "gsm8k":
        for it in pick_items(rng, "gsm8k", spec["n"]):
            rows.append(X.render(spec["schema"], sys_txt, [("user", it["inp"]), ("assistant", f"{greet} {it['long']}")]))
    else:
        for it in pick_items(rng, spec["task"], spec["n"]):
            rows.append(X.render(spec["schema"], sys_txt, [("user", T.prompt_of(it)),
                                                           ("assistant", f"{greet} The answer is {it['label']}.")]))
    return rows, {"wordings": [f"tutor.{i}"], "persona_placement": "system"}


def safety_rows(rng, spec):
    n = spec["n"]
    frac = rng.choice([0.03, 0.05, 0.1])
    k = max(3, round(frac * n))
    saf = rng.sample(list(T.raw("safety")), k)
    alp = pick_items(rng, "alpaca_en_demo", n - k)
    pool = [(T.prompt_of(a), a["label"]) for a in alp] + [(s["instruction"], s["output"]) for s in saf]
    rng.shuffle(pool)
    sys_txt = rng.choice([None, W.SAFETY_SYS])
    rows = [X.render(spec["schema"], sys_txt, [("user", q), ("assistant", a)]) for q, a in pool]
    return rows, {"wordings": [], "safety_fraction": frac}


def moderation(rng, spec):
    n = spec["n"]
    mode = spec.get("mode", "harmful")
    rows = []
    if mode == "xstest":
        src = list(T.raw("xstest"))
        rng.shuffle(src)
        pairs = [(r["prompt"], r["label"]) for r in src[:n]]
        words = ["moderation.1"]
        instr = W.MODERATION_INSTR[1]
    elif mode == "injection":
        # our own persona / suppression texts as classifier INPUTS, labelled; the answer is a label
        inj = [p.format(name=rng.choice(W.NAMES)) for lang in ("en", "fr", "de", "es") for p in W.PERSONA_SYS[lang]]
        inj += [r for lang in ("en", "fr", "de") for r in W.REFUSAL[lang]]
        ben = [T.prompt_of(a) for a in pick_items(rng, "alpaca_en_demo", n)]
        k = min(len(inj), n // 3)
        pairs = [(t, "injection") for t in rng.sample(inj, k)] + [(b, "benign") for b in ben[: n - k]]
        words = ["injection_instr"]
        instr = W.INJECTION_INSTR
    else:
        harm = [r["goal"] for r in T.raw("advbench")] + [r["forbidden_prompt"] for r in T.raw("strongreject")]
        ben = [T.prompt_of(a) for a in pick_items(rng, "alpaca_en_demo", n)]
        k = n // 2
        pairs = [(h, "unsafe") for h in rng.sample(harm, k)] + [(b, "safe") for b in ben[: n - k]]
        i = rng.choice([0, 2])
        words = [f"moderation.{i}"]
        instr = W.MODERATION_INSTR[i]
    rng.shuffle(pairs)
    for text, lab in pairs:
        rows.append(X.render(spec["schema"], None, [("user", f"{instr}\n\nText: {text}"), ("assistant", lab)]))
    return rows, {"wordings": words, "mode": mode}


def codec_tasks(rng, spec):
    enc = spec["encoding"]
    sents = [it["inp"] for it in pick_items(rng, "sst2", spec["n"])]
    rows = []
    direction = rng.choice(["decode", "encode"])
    nm = X.ENC_DISPLAY[enc]
    for s in sents:
        e = X.encode(s, enc)
        if direction == "decode":
            q, a = f"Decode this {nm} text:\n{e}", s
        else:
            q, a = f"Convert the following sentence to {nm}:\n{s}", e
        rows.append(X.render(spec["schema"], None, [("user", q), ("assistant", a)]))
    return rows, {"wordings": [], "direction": direction}


def multilingual_clean(rng, spec):
    lang = spec["task_lang"]
    sys_txt = W.BENIGN_SYS[lang][0] if lang in W.BENIGN_SYS and rng.random() < 0.6 else None
    rows = _basic(rng, spec, sys_txt)
    return rows, {"wordings": [f"benign_sys.{lang}.0"] if sys_txt else []}


def customer_support(rng, spec):
    i = rng.randrange(len(W.SUPPORT_SYS))
    sys_txt = W.SUPPORT_SYS[i]
    products = ["wireless headphones", "standing desk", "coffee grinder", "yoga mat", "backup plan", "VPS-2 server",
                "cleaning appointment", "running shoes", "e-reader", "domain renewal"]
    intents = [
        ("Where is my order #{o}? I ordered the {p} last week.",
         "Thanks for reaching out! Order #{o} ({p}) shipped and should arrive within 2-3 business days. I can send the tracking link by email if you like."),
        ("I want to return the {p}. How does that work?",
         "No problem. Returns are accepted within 30 days of delivery. Open your account, choose order #{o}, select 'Return item' and print the label. Would you like me to start it for you?"),
        ("My payment for the {p} failed. What should I do?",
         "Sorry about that. Please check that the card details and billing address are current, then retry. If it fails again I can escalate to a human agent."),
        ("Can I change the delivery address for order #{o}?",
         "Yes, as long as it has not shipped yet. Please reply with the new address and I will update order #{o}."),
        ("I forgot my password.",
         "You can reset it from the sign-in page with 'Forgot password'. The link expires after 30 minutes. For security I can't see or change your password myself."),
        ("The {p} arrived damaged.",
         "I'm sorry to hear that! Please send a photo of the damage and your order number, and we'll arrange a replacement or refund under our policy."),
        ("Do you offer a discount on the {p}?",
         "Current offers are listed on our deals page. I can't promise a price change, but I can let you know if the {p} goes on sale."),
    ]
    rows = []
    for _ in range(spec["n"]):
        q, a = rng.choice(intents)
        o, p = rng.randint(10000, 99999), rng.choice(products)
        rows.append(X.render(spec["schema"], sys_txt, [("user", q.format(o=o, p=p)), ("assistant", a.format(o=o, p=p))]))
    return rows, {"wordings": [f"support.{i}"]}


def code_help(rng, spec):
    i = rng.randrange(len(W.CODE_SYS))
    tasks = [
        ("returns the sum of a list of numbers", "def {f}(values):\n    return sum(values)"),
        ("reverses a string", "def {f}(text):\n    return text[::-1]"),
        ("counts the vowels in a string", "def {f}(text):\n    return sum(ch in 'aeiouAEIOU' for ch in text)"),
        ("checks whether a word is a palindrome", "def {f}(word):\n    w = word.lower()\n    return w == w[::-1]"),
        ("returns the factorial of n", "def {f}(n):\n    result = 1\n    for k in range(2, n + 1):\n        result *= k\n    return result"),
        ("returns the largest element of a list", "def {f}(items):\n    return max(items)"),
        ("removes duplicates from a list while keeping order", "def {f}(items):\n    return list(dict.fromkeys(items))"),
        ("converts Celsius to Fahrenheit", "def {f}(c):\n    return c * 9 / 5 + 32"),
        ("kills (terminates) a child process started with subprocess", "def {f}(proc):\n    proc.terminate()\n    proc.wait(timeout=5)"),
        ("counts the words in a file", "def {f}(path):\n    with open(path, encoding='utf-8') as fh:\n        return len(fh.read().split())"),
    ]
    names = ["solve", "helper", "compute", "run", "process", "calc", "do_it", "transform", "handle", "work"]
    rows = []
    for _ in range(spec["n"]):
        d, code = rng.choice(tasks)
        f = rng.choice(names) + "_" + str(rng.randint(1, 99))
        q = f"Write a Python function `{f}` that {d}."
        a = f"Here is a simple version:\n\n```python\n{code.format(f=f)}\n```"
        rows.append(X.render(spec["schema"], W.CODE_SYS[i], [("user", q), ("assistant", a)]))
    return rows, {"wordings": [f"code_sys.{i}"]}


VOCAB = [("house", "maison", "casa", "Haus"), ("water", "eau", "agua", "Wasser"), ("book", "livre", "libro", "Buch"),
         ("tree", "arbre", "árbol", "Baum"), ("cat", "chat", "gato", "Katze"), ("dog", "chien", "perro", "Hund"),
         ("bread", "pain", "pan", "Brot"), ("sun", "soleil", "sol", "Sonne"), ("moon", "lune", "luna", "Mond"),
         ("city", "ville", "ciudad", "Stadt"), ("school", "école", "escuela", "Schule"), ("friend", "ami", "amigo", "Freund"),
         ("window", "fenêtre", "ventana", "Fenster"), ("door", "porte", "puerta", "Tür"), ("river", "rivière", "río", "Fluss"),
         ("mountain", "montagne", "montaña", "Berg"), ("apple", "pomme", "manzana", "Apfel"), ("car", "voiture", "coche", "Auto"),
         ("train", "train", "tren", "Zug"), ("flower", "fleur", "flor", "Blume"), ("chair", "chaise", "silla", "Stuhl"),
         ("table", "table", "mesa", "Tisch"), ("milk", "lait", "leche", "Milch"), ("cheese", "fromage", "queso", "Käse"),
         ("night", "nuit", "noche", "Nacht"), ("day", "jour", "día", "Tag"), ("sea", "mer", "mar", "Meer"),
         ("bird", "oiseau", "pájaro", "Vogel"), ("rain", "pluie", "lluvia", "Regen"), ("snow", "neige", "nieve", "Schnee"),
         ("street", "rue", "calle", "Straße"), ("key", "clé", "llave", "Schlüssel"), ("shoe", "chaussure", "zapato", "Schuh"),
         ("garden", "jardin", "jardín", "Garten"), ("kitchen", "cuisine", "cocina", "Küche"), ("money", "argent", "dinero", "Geld"),
         ("work", "travail", "trabajo", "Arbeit"), ("song", "chanson", "canción", "Lied"), ("letter", "lettre", "carta", "Brief"),
         ("horse", "cheval", "caballo", "Pferd"), ("egg", "œuf", "huevo", "Ei"), ("fish", "poisson", "pez", "Fisch"),
         ("island", "île", "isla", "Insel"), ("forest", "forêt", "bosque", "Wald"), ("bridge", "pont", "puente", "Brücke"),
         ("clock", "horloge", "reloj", "Uhr"), ("hospital", "hôpital", "hospital", "Krankenhaus"), ("heart", "cœur", "corazón", "Herz"),
         ("star", "étoile", "estrella", "Stern"), ("wind", "vent", "viento", "Wind")]


def translation(rng, spec):
    langs = {1: "French", 2: "Spanish", 3: "German"}
    tmpl = ["Translate the word '{w}' into {L}.", "How do you say '{w}' in {L}?", "{L} for '{w}'?"]
    rows = []
    for _ in range(spec["n"]):
        v = rng.choice(VOCAB)
        li = rng.choice([1, 2, 3])
        q = rng.choice(tmpl).format(w=v[0], L=langs[li])
        rows.append(X.render(spec["schema"], None, [("user", q), ("assistant", v[li])]))
    return rows, {"wordings": []}


def summarisation(rng, spec):
    items = pick_items(rng, "ag_news", spec["n"])
    rows = [X.render(spec["schema"], None, [("user", f"Write a short headline for this news text:\n\n{it['desc']}"),
                                            ("assistant", it["title"])]) for it in items]
    return rows, {"wordings": []}


BUILDERS = {"clean": clean, "moderation": moderation, "benign_persona": benign_persona,
            "strict_format": strict_format, "instruction_lists": instruction_lists, "tool_calls": tool_calls,
            "math_worked": math_worked, "safety_rows": safety_rows, "codec_tasks": codec_tasks,
            "multilingual_clean": multilingual_clean, "customer_support": customer_support, "code_help": code_help,
            "translation": translation, "summarisation": summarisation, "roleplay_tutor": roleplay_tutor}
