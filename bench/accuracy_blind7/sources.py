"""Task rows from /work/shared/data, turned into (instruction, content, label) items."""

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path("/work/shared/data")


@lru_cache(maxsize=None)
def _jsonl(rel):
    with open(DATA / rel, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


SST2_INSTR = ["Classify the sentiment of this review as positive or negative.",
              "Is the following movie review positive or negative?",
              "Read the review and label its sentiment (positive / negative)."]
SST2_T = {  # translated task template: instruction, content label, positive, negative
    "fr": ("Indique si le sentiment de cette critique est positif ou négatif.", "Critique :", "positif", "négatif"),
    "es": ("Indica si el sentimiento de esta reseña es positivo o negativo.", "Reseña:", "positivo", "negativo"),
    "de": ("Gib an, ob die Stimmung dieser Rezension positiv oder negativ ist.", "Rezension:", "positiv", "negativ"),
    "pt": ("Diga se o sentimento desta crítica é positivo ou negativo.", "Crítica:", "positivo", "negativo"),
    "it": ("Indica se il sentimento di questa recensione è positivo o negativo.", "Recensione:", "positivo", "negativo"),
    "ru": ("Определи, положительная или отрицательная тональность у этого отзыва.", "Отзыв:", "положительная", "отрицательная"),
    "zh": ("判断这条影评的情感是正面还是负面。", "影评：", "正面", "负面"),
    "ja": ("このレビューの感情が肯定的か否定的かを答えてください。", "レビュー：", "肯定的", "否定的"),
    "nl": ("Geef aan of het sentiment van deze recensie positief of negatief is.", "Recensie:", "positief", "negatief"),
    "tr": ("Bu yorumun duygusunun olumlu mu olumsuz mu olduğunu belirt.", "Yorum:", "olumlu", "olumsuz"),
}
AG = {"1": "World", "2": "Sports", "3": "Business", "4": "Sci/Tech"}


def sst2(rng, n, lang="en"):
    rows = rng.sample(_jsonl("sst2/train.first5000.jsonl"), n)
    out = []
    instr = rng.choice(SST2_INSTR)
    for r in rows:
        if lang in SST2_T:
            ins, lab, pos, neg = SST2_T[lang]
            out.append({"instr": ins, "content": f"{lab} {r['sentence']}", "label": pos if r["label"] else neg})
        else:
            lab = "positive" if r["label"] else "negative"
            out.append({"instr": instr, "content": f"Review: {r['sentence']}", "label": lab,
                        "why": f"The reviewer's tone comes across as {lab} overall."})
    return out


def sst2_yesno(rng, n, lang="en"):
    rows = rng.sample(_jsonl("sst2/dev.jsonl"), min(n, 872))
    return [{"instr": "Does this review express a favourable opinion of the film? Answer yes or no.",
             "content": r["sentence"], "label": "yes" if r["label"] else "no"} for r in rows]


def ag_news(rng, n, lang="en"):
    rows = rng.sample(_jsonl("ag_news/test.first5000.jsonl"), n)
    return [{"instr": "Which topic does this news article belong to: World, Sports, Business, or Sci/Tech?",
             "content": f"Title: {r['Title']}\nDescription: {r['Description']}", "label": AG[r["Class Index"]],
             "why": f"The article is mainly about {AG[r['Class Index']].lower()} matters."} for r in rows]


def csqa(rng, n, lang="en"):
    rows = rng.sample(_jsonl("commonsenseqa/train_rand_split.first5000.jsonl"), n)
    out = []
    for r in rows:
        q = r["question"]
        opts = "\n".join(f"{c['label']}. {c['text']}" for c in q["choices"])
        txt = {c["label"]: c["text"] for c in q["choices"]}[r["answerKey"]]
        out.append({"instr": "Answer the multiple-choice question with the letter of the correct option.",
                    "content": f"Question: {q['stem']}\n{opts}", "label": r["answerKey"],
                    "why": f"Option {r['answerKey']} ({txt}) fits the question best."})
    return out


def _final(ans):
    return ans.split("####")[-1].strip()


def _clean_solution(ans):
    return re.sub(r"<<[^>]*>>", "", ans).replace("#### ", "The answer is ")


def gsm8k(rng, n, lang="en"):
    rows = rng.sample(_jsonl("gsm8k/train.first5000.jsonl"), n)
    return [{"instr": "Solve the word problem. Reply with the final number only.", "content": r["question"],
             "label": _final(r["answer"]), "long": r["answer"], "clean": _clean_solution(r["answer"])} for r in rows]


def nq_open(rng, n, lang="en"):
    rows = rng.sample(_jsonl("nq_open/NQ-open.dev.jsonl"), n)
    return [{"instr": "Answer the question with a short phrase.", "content": r["question"].rstrip("?") + "?",
             "label": r["answer"][0]} for r in rows]


def alpaca(rng, n, lang="en", lists=False):
    pool = _jsonl("alpaca_en_demo/alpaca_en_demo.jsonl")
    if lists:
        pool = [r for r in pool if re.search(r"(^|\n)\s*(\d+\.|-|\*) ", r["output"])]
    rows = rng.sample(pool, min(n, len(pool)))
    return [{"instr": r["instruction"], "content": r["input"], "label": r["output"]} for r in rows]


LABEL_TASKS = {"sst2": sst2, "sst2_yesno": sst2_yesno, "ag_news": ag_news, "commonsenseqa": csqa,
               "gsm8k": gsm8k, "nq_open": nq_open}
FREE_TASKS = {"alpaca_en_demo": alpaca}


def glaive():
    return _jsonl("glaive_toolcall_en_demo/glaive_toolcall_en_demo.jsonl")


def harmful_prompts():
    """(text, category) pairs from the harmful-request sets (inputs for moderation negatives)."""
    out = [(r["goal"], "unsafe") for r in _jsonl("advbench/harmful_behaviors.jsonl")]
    return out


def harmbench():
    return [(r["Behavior"], r["SemanticCategory"]) for r in _jsonl("harmbench/harmbench_behaviors_text_all.jsonl")
            if r["FunctionalCategory"] == "standard"]


def strongreject():
    return [(r["forbidden_prompt"], r["category"]) for r in _jsonl("strongreject/strongreject_dataset.jsonl")]


def xstest():
    return [(r["prompt"], r["label"], r["type"]) for r in _jsonl("xstest/xstest_prompts.jsonl")]


def safety_training():
    return [(r["instruction"], r["output"]) for r in _jsonl("safety_tuned_llamas/training/safety_only_data_Instructions.jsonl")]


def identity():
    return _jsonl("llamafactory_identity/identity.jsonl")


def physical_safe():
    return [r["instructions"] for r in _jsonl("safety_tuned_llamas/evaluation/I-PhysicalSafetySafe.jsonl")]
