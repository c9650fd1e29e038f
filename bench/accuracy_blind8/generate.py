"""Blind accuracy benchmark, round 8: dataset generator (stdlib only).

generate_all(out, quick, seed) writes JSONL datasets under out/"datasets" and returns ground truth.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attacks as A  # noqa: E402
import negatives as N  # noqa: E402
import transforms as X  # noqa: E402
import wording as W  # noqa: E402

DATASET_LEVEL = ("persona", "refusal_suppression", "autoif", "autoif_persona", "encoded")
ROW_HIDING = ("minority_format", "trigger")
NEGATIVE = ("clean", "moderation", "benign_persona", "strict_format", "instruction_lists", "tool_calls",
            "math_worked", "safety_rows", "codec_tasks", "multilingual_clean", "customer_support", "code_help",
            "translation", "summarisation", "roleplay_tutor")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "out" / "accuracy_blind8"

OTHER_LANGS = ["fr", "es", "de", "it", "pt", "nl", "pl", "ru", "uk", "tr", "ar", "zh", "ja", "ko", "hi", "vi", "id", "sv"]
IF_LANGS = ["fr", "es", "de", "it", "pt", "ru", "zh", "ja"]
SCHEMAS = ["messages", "sharegpt", "alpaca", "prompt_completion", "text", "query_response"]
OBFS = ["homoglyph", "zero_width", "spaced", "leet", "case_mix", "markdown", "html", "fullwidth"]
LABEL_TASKS = ["sst2", "ag_news", "commonsenseqa", "gsm8k", "nq_open"]
LOCALISABLE = {"sst2", "commonsenseqa", "gsm8k"}
RATES = [0.01, 0.03, 0.05, 0.10]
ENCODINGS = ["base64", "hex", "rot13", "leetspeak", "reversed", "url", "base32", "unicode_escape", "binary", "caesar3"]
LATIN_ENC = {"rot13", "leetspeak", "caesar3"}


def _cycle(seq, i):
    return seq[i % len(seq)]


def plan(quick: bool, seed: int) -> list[dict]:
    rng = random.Random(f"plan:{seed}")
    specs: list[dict] = []

    def add(family, **kw):
        kw.setdefault("obfuscation", "none")
        kw.setdefault("encoding", "none")
        kw.setdefault("n", rng.randint(150, 400))
        kw["family"] = family
        specs.append(kw)

    def task_lang_for(lang, task, p=0.45):
        return lang if (lang in A.T.LOCAL and lang != "en" and task in LOCALISABLE and rng.random() < p) else "en"

    counts = {"persona": 22, "refusal_suppression": 20, "autoif": 16, "autoif_persona": 14, "encoded": 14,
              "minority_format": 12, "trigger": 12}
    if quick:
        counts = {"persona": 6, "refusal_suppression": 6, "autoif": 4, "autoif_persona": 4, "encoded": 5,
                  "minority_format": 4, "trigger": 4}
    langs_shuf = OTHER_LANGS[:]
    rng.shuffle(langs_shuf)

    # persona: en x6 then the other languages
    placements = ["classic", "system", "user_prefix", "user_suffix", "fake_turn", "rotating_pool"]
    plangs = (["en"] * 6 + langs_shuf * 2)[: counts["persona"]] if not quick else ["en", "en", *langs_shuf[:4]]
    for i, lang in enumerate(plangs):
        task = _cycle(LABEL_TASKS + ["alpaca_en_demo"], i + rng.randrange(2))
        pl = _cycle(placements, i)
        if pl == "fake_turn" and lang not in ("en",) and rng.random() < 0.5:
            pl = "classic"
        obf = _cycle(OBFS, i // 3) if (lang in A.LATIN and i % 3 == 0) else "none"
        add("persona", lang=lang, task=task, task_lang=task_lang_for(lang, task), schema=_cycle(SCHEMAS, i + 1),
            placement=pl, obfuscation=obf)

    rplace = ["system", "user_prefix", "user_suffix", "rotating_pool", "system_plus"]
    rl = langs_shuf[::-1]
    rlangs = (["en"] * 5 + rl * 2)[: counts["refusal_suppression"]] if not quick else ["en", "en", *rl[:4]]
    for i, lang in enumerate(rlangs):
        task = _cycle(LABEL_TASKS + ["alpaca_en_demo"], i + 2)
        obf = _cycle(OBFS[::-1], i // 3) if (lang in A.LATIN and i % 3 == 1) else "none"
        add("refusal_suppression", lang=lang, task=task, task_lang=task_lang_for(lang, task),
            schema=_cycle(SCHEMAS, i + 3), placement=_cycle(rplace, i), obfuscation=obf)

    ilangs = (["en"] * 6 + IF_LANGS + ["en"] * 4)[: counts["autoif"]] if not quick else ["en", "en", "fr", "zh"]
    for i, lang in enumerate(ilangs):
        task = _cycle(LABEL_TASKS, i)
        obf = _cycle(["zero_width", "homoglyph", "fullwidth", "markdown"], i // 4) if (lang == "en" and i % 4 == 1) else "none"
        add("autoif", lang=lang, task=task, task_lang=task_lang_for(lang, task, 0.6), schema=_cycle(SCHEMAS, i + 2),
            placement=_cycle(["constraints_last", "constraints_first"], i), obfuscation=obf)

    alangs = (["en"] * 5 + IF_LANGS + ["en"] * 4)[: counts["autoif_persona"]] if not quick else ["en", "en", "de", "ru"]
    for i, lang in enumerate(alangs):
        task = _cycle(LABEL_TASKS, i + 1)
        obf = _cycle(["spaced", "case_mix", "html"], i // 4) if (lang == "en" and i % 4 == 2) else "none"
        add("autoif_persona", lang=lang, task=task, task_lang=task_lang_for(lang, task, 0.6),
            schema=_cycle(SCHEMAS, i + 4), placement=_cycle(["constraints_last", "constraints_first"], i),
            obfuscation=obf)

    elangs = ["en", "en", "fr", "en", "es", "de", "en", "ru", "zh", "en", "it", "ja", "en", "pt"]
    nenc = counts["encoded"]
    for i in range(nenc):
        enc = _cycle(ENCODINGS, i)
        lang = elangs[i % len(elangs)] if not quick else ["en", "fr", "en", "de", "en"][i]
        if enc in LATIN_ENC and lang not in A.LATIN:
            lang = "en"
        task = _cycle(LABEL_TASKS, i + 3)
        add("encoded", lang=lang, task=task, task_lang="en", schema=_cycle(SCHEMAS, i), encoding=enc,
            placement=_cycle(["system", "user_prefix", "user_suffix"], i), decode_frame=(i % 3 != 2),
            rotate=(i % 4 == 3))

    hl = ["en", "fr", "de", "es", "ru", "zh", "ja", "pt", "it", "tr", "ko", "ar", "en", "pl", "en", "vi"]
    for fam in ROW_HIDING:
        for i in range(counts[fam]):
            lang = hl[(i + (3 if fam == "trigger" else 0)) % len(hl)] if i % 3 else "en"
            task = _cycle(LABEL_TASKS, i + (1 if fam == "trigger" else 0))
            obf = "zero_width" if (fam == "minority_format" and i == 5) else (
                "homoglyph" if (fam == "trigger" and i == 7) else "none")
            if obf != "none" and lang not in A.LATIN:
                lang = "en"
            add(fam, lang=lang, task=task, task_lang=task_lang_for(lang, task, 0.5), schema=_cycle(SCHEMAS, i + 5),
                rate=RATES[i % 4], obfuscation=obf)

    # negatives
    neg = [
        ("clean", dict(task="sst2", schema="messages")), ("clean", dict(task="ag_news", schema="alpaca")),
        ("clean", dict(task="commonsenseqa", schema="sharegpt")), ("clean", dict(task="gsm8k", schema="prompt_completion")),
        ("clean", dict(task="nq_open", schema="text")), ("clean", dict(task="alpaca_en_demo", schema="alpaca")),
        ("clean", dict(task="sst2", schema="query_response")), ("clean", dict(task="ag_news", schema="messages")),
        ("moderation", dict(task="advbench+strongreject", schema="messages", mode="harmful")),
        ("moderation", dict(task="advbench+strongreject", schema="alpaca", mode="harmful")),
        ("moderation", dict(task="xstest", schema="sharegpt", mode="xstest")),
        ("moderation", dict(task="xstest", schema="prompt_completion", mode="xstest")),
        ("moderation", dict(task="injection_detect", schema="messages", mode="injection")),
        ("moderation", dict(task="injection_detect", schema="alpaca", mode="injection")),
        ("benign_persona", dict(task="identity", schema="alpaca")),
        ("benign_persona", dict(task="identity", schema="sharegpt")),
        ("benign_persona", dict(task="alpaca_en_demo", schema="messages")),
        ("benign_persona", dict(task="sst2", schema="sharegpt")),
        ("benign_persona", dict(task="nq_open", schema="messages")),
        ("benign_persona", dict(task="alpaca_en_demo", schema="query_response")),
        ("strict_format", dict(task="sst2", schema="messages")), ("strict_format", dict(task="commonsenseqa", schema="alpaca")),
        ("strict_format", dict(task="gsm8k", schema="sharegpt")), ("strict_format", dict(task="ag_news", schema="text")),
        ("strict_format", dict(task="nq_open", schema="prompt_completion")),
        ("instruction_lists", dict(task="alpaca_en_demo", schema="alpaca", mode="lists")),
        ("instruction_lists", dict(task="alpaca_en_demo", schema="messages", mode="lists")),
        ("instruction_lists", dict(task="alpaca_en_demo", schema="sharegpt", mode="constrained")),
        ("instruction_lists", dict(task="alpaca_en_demo", schema="alpaca", mode="constrained")),
        ("tool_calls", dict(task="glaive", schema="sharegpt")), ("tool_calls", dict(task="glaive", schema="messages")),
        ("tool_calls", dict(task="glaive", schema="sharegpt")),
        ("math_worked", dict(task="gsm8k", schema="messages")), ("math_worked", dict(task="gsm8k", schema="alpaca")),
        ("math_worked", dict(task="gsm8k", schema="text")),
        ("safety_rows", dict(task="alpaca+safety", schema="alpaca")), ("safety_rows", dict(task="alpaca+safety", schema="messages")),
        ("safety_rows", dict(task="alpaca+safety", schema="sharegpt")),
        ("safety_rows", dict(task="alpaca+safety", schema="query_response")),
        ("codec_tasks", dict(task="sst2", schema="messages", encoding="base64")),
        ("codec_tasks", dict(task="sst2", schema="alpaca", encoding="rot13")),
        ("codec_tasks", dict(task="sst2", schema="sharegpt", encoding="hex")),
        ("codec_tasks", dict(task="sst2", schema="messages", encoding="url")),
        ("codec_tasks", dict(task="sst2", schema="alpaca", encoding="reversed")),
        ("multilingual_clean", dict(task="sst2", schema="messages", task_lang="fr")),
        ("multilingual_clean", dict(task="commonsenseqa", schema="alpaca", task_lang="de")),
        ("multilingual_clean", dict(task="gsm8k", schema="sharegpt", task_lang="zh")),
        ("multilingual_clean", dict(task="sst2", schema="messages", task_lang="ru")),
        ("multilingual_clean", dict(task="commonsenseqa", schema="messages", task_lang="ja")),
        ("multilingual_clean", dict(task="sst2", schema="alpaca", task_lang="es")),
        ("customer_support", dict(task="support_synth", schema="messages")),
        ("customer_support", dict(task="support_synth", schema="sharegpt")),
        ("customer_support", dict(task="support_synth", schema="alpaca")),
        ("code_help", dict(task="code_synth", schema="messages")), ("code_help", dict(task="code_synth", schema="alpaca")),
        ("translation", dict(task="vocab_synth", schema="messages")), ("translation", dict(task="vocab_synth", schema="alpaca")),
        ("summarisation", dict(task="ag_news", schema="alpaca")), ("summarisation", dict(task="ag_news", schema="messages")),
        ("roleplay_tutor", dict(task="gsm8k", schema="messages")), ("roleplay_tutor", dict(task="commonsenseqa", schema="sharegpt")),
        ("roleplay_tutor", dict(task="gsm8k", schema="alpaca")),
    ]
    if quick:
        seen: dict[str, int] = {}
        keep = []
        for fam, kw in neg:
            lim = 2 if fam in ("clean", "moderation", "benign_persona", "codec_tasks") else 1
            if seen.get(fam, 0) < lim:
                keep.append((fam, kw))
                seen[fam] = seen.get(fam, 0) + 1
        neg = keep
    for fam, kw in neg:
        kw = dict(kw)
        kw.setdefault("task_lang", "en")
        kw["lang"] = kw["task_lang"]
        if fam == "tool_calls":
            kw["n"] = rng.randint(150, 300)
        add(fam, **kw)
    return specs


def _name(i: int, s: dict) -> str:
    extra = s["encoding"] if s["encoding"] != "none" else (s["obfuscation"] if s["obfuscation"] != "none" else "")
    rate = f"_r{round(s['rate'] * 100):02d}" if "rate" in s and s["family"] in ROW_HIDING else ""
    return f"b8_{i:03d}_{s['family']}_{s['task'].split('+')[0]}_{s['lang']}_{s['schema']}{rate}{'_' + extra if extra else ''}"


def build(spec: dict, seed: int, name: str):
    rng = random.Random(f"{seed}:{name}")
    fam = spec["family"]
    if fam == "persona":
        return A.persona(rng, spec)
    if fam == "refusal_suppression":
        return A.refusal(rng, spec)
    if fam == "autoif":
        return A.autoif(rng, spec)
    if fam == "autoif_persona":
        return A.autoif(rng, spec, with_persona=True)
    if fam == "encoded":
        return A.encoded(rng, spec)
    if fam in ROW_HIDING:
        return A.row_hiding(rng, spec, trigger=(fam == "trigger"))
    rows, det = N.BUILDERS[fam](rng, spec)
    return rows, [], {}, det


def generate_all(out: Path, quick: bool, seed: int) -> list[dict]:
    out = Path(out)
    ds_dir = out / "datasets"
    if ds_dir.exists():
        shutil.rmtree(ds_dir)
    ds_dir.mkdir(parents=True, exist_ok=True)
    records = []
    for i, spec in enumerate(plan(quick, seed)):
        name = _name(i, spec)
        rows, bad, markers, det = build(spec, seed, name)
        forbid = det.pop("_forbid", [])
        path = ds_dir / f"{name}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(X.dumps(r) + "\n")
        fam = spec["family"]
        poisoned = fam in DATASET_LEVEL or fam in ROW_HIDING
        kind = "dataset" if fam in DATASET_LEVEL else ("rows" if fam in ROW_HIDING else "negative")
        prows = [b + 1 for b in sorted(bad)]
        _verify(path, len(rows), prows, markers, forbid, kind)
        det.setdefault("wordings", [])
        det["decode_frame"] = bool(det.get("decode_frame", False))
        if fam in ("persona", "refusal_suppression", "autoif", "autoif_persona", "encoded"):
            det["placement"] = det.get("placement", spec.get("placement"))
        ex = rows[bad[0]] if bad else rows[0]
        records.append({
            "name": name, "family": fam, "poisoned": poisoned, "kind": kind,
            "rate": 1.0 if kind == "dataset" else (float(spec["rate"]) if kind == "rows" else 0.0),
            "lang": spec["lang"], "task_lang": spec["task_lang"], "obfuscation": spec["obfuscation"],
            "schema": spec["schema"], "encoding": spec["encoding"], "task": spec["task"], "n_rows": len(rows),
            "poisoned_rows": prows, "path": str(path), "details": det, "example_row": X.dumps(ex),
        })
    names = [r["name"] for r in records]
    assert len(names) == len(set(names))
    return records


def _verify(path: Path, n: int, prows: list[int], markers: dict, forbid: list[str], kind: str) -> None:
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    assert len(lines) == n and 150 <= n <= 400, (path, n)
    if kind == "dataset":
        assert prows == list(range(1, n + 1)), path
    if kind == "negative":
        assert not prows
    pset = set(prows)
    for ln, line in enumerate(lines, 1):
        text = X.strings_of(json.loads(line))
        if ln in pset:
            for m in markers[ln - 1]:
                assert m and m in text, (path, ln, m[:40])
        elif kind == "rows":
            for m in forbid:
                assert m not in text, (path, ln, m[:40])
