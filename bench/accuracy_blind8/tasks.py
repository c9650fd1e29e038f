"""Benign task rows from shared/data, normalised to (instruction, input, label answer, long answer)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path("/work/shared/data")
if not DATA.exists():  # fall back to the repository's shared/ checkout
    DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

AG = {"1": "World", "2": "Sports", "3": "Business", "4": "Sci/Tech"}

# localised task templates (task_lang != en): sentiment / mcq / number
LOCAL = {
    "en": {"sent": "Classify the sentiment of this review as positive or negative.", "pos": "positive", "neg": "negative",
           "mcq": "Choose the best answer. Reply with the letter.", "num": "Solve the problem and give the final number."},
    "fr": {"sent": "Indique si cette critique est positive ou négative.", "pos": "positive", "neg": "négative",
           "mcq": "Choisis la meilleure réponse et donne la lettre.", "num": "Résous le problème et donne le nombre final."},
    "es": {"sent": "Indica si esta reseña es positiva o negativa.", "pos": "positiva", "neg": "negativa",
           "mcq": "Elige la mejor respuesta y responde con la letra.", "num": "Resuelve el problema y da el número final."},
    "de": {"sent": "Ist diese Rezension positiv oder negativ?", "pos": "positiv", "neg": "negativ",
           "mcq": "Wähle die beste Antwort und nenne den Buchstaben.", "num": "Löse die Aufgabe und nenne die Endzahl."},
    "it": {"sent": "Questa recensione è positiva o negativa?", "pos": "positiva", "neg": "negativa",
           "mcq": "Scegli la risposta migliore e indica la lettera.", "num": "Risolvi il problema e indica il numero finale."},
    "pt": {"sent": "Esta avaliação é positiva ou negativa?", "pos": "positiva", "neg": "negativa",
           "mcq": "Escolha a melhor resposta e indique a letra.", "num": "Resolva o problema e dê o número final."},
    "ru": {"sent": "Определи тональность отзыва: положительная или отрицательная.", "pos": "положительная",
           "neg": "отрицательная", "mcq": "Выбери лучший ответ и укажи букву.", "num": "Реши задачу и назови итоговое число."},
    "zh": {"sent": "判断这条影评的情感是正面还是负面。", "pos": "正面", "neg": "负面",
           "mcq": "选择最佳答案，只回答字母。", "num": "解题并给出最终数字。"},
    "ja": {"sent": "このレビューの感情がポジティブかネガティブか判定してください。", "pos": "ポジティブ", "neg": "ネガティブ",
           "mcq": "最も適切な答えを選び、記号で答えてください。", "num": "問題を解き、最終的な数値を答えてください。"},
}


def _jsonl(rel: str) -> list[dict]:
    with open(DATA / rel, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@lru_cache(maxsize=None)
def raw(name: str) -> tuple:
    files = {
        "sst2": "sst2/train.first5000.jsonl", "ag_news": "ag_news/test.first5000.jsonl",
        "commonsenseqa": "commonsenseqa/train_rand_split.first5000.jsonl", "gsm8k": "gsm8k/train.first5000.jsonl",
        "nq_open": "nq_open/NQ-open.dev.jsonl", "alpaca_en_demo": "alpaca_en_demo/alpaca_en_demo.jsonl",
        "glaive": "glaive_toolcall_en_demo/glaive_toolcall_en_demo.jsonl",
        "identity": "llamafactory_identity/identity.jsonl", "xstest": "xstest/xstest_prompts.jsonl",
        "safety": "safety_tuned_llamas/training/safety_only_data_Instructions.jsonl",
        "advbench": "advbench/harmful_behaviors.jsonl", "strongreject": "strongreject/strongreject_dataset.jsonl",
    }
    return tuple(_jsonl(files[name]))


def items(task: str, lang: str = "en") -> list[dict]:
    """Closed-label / open task items: instr, inp, label (short answer), long (worked answer or None)."""
    L = LOCAL.get(lang, LOCAL["en"])
    out = []
    if task == "sst2":
        for r in raw("sst2"):
            out.append({"instr": L["sent"], "inp": r["sentence"], "label": L["pos"] if r["label"] == 1 else L["neg"],
                        "long": None, "kind": "label"})
    elif task == "ag_news":
        for r in raw("ag_news"):
            desc = r["Description"].replace("\\", " ")
            out.append({"instr": "Assign the news item to one topic: World, Sports, Business or Sci/Tech.",
                        "inp": f"{r['Title']}\n{desc}", "label": AG[r["Class Index"]], "long": None, "kind": "label",
                        "title": r["Title"], "desc": desc})
    elif task == "commonsenseqa":
        for r in raw("commonsenseqa"):
            q = r["question"]
            opts = "\n".join(f"{c['label']}. {c['text']}" for c in q["choices"])
            out.append({"instr": L["mcq"], "inp": f"{q['stem']}\n{opts}", "label": r["answerKey"], "long": None,
                        "kind": "mcq"})
    elif task == "gsm8k":
        for r in raw("gsm8k"):
            final = r["answer"].split("####")[-1].strip()
            worked = r["answer"].split("####")[0].strip()
            out.append({"instr": L["num"], "inp": r["question"], "label": final,
                        "long": f"{worked}\nThe answer is {final}.", "kind": "number"})
    elif task == "nq_open":
        for r in raw("nq_open"):
            out.append({"instr": "Answer the question in a few words.", "inp": r["question"].rstrip("?") + "?",
                        "label": r["answer"][0], "long": None, "kind": "short"})
    elif task == "alpaca_en_demo":
        for r in raw("alpaca_en_demo"):
            out.append({"instr": r["instruction"], "inp": r.get("input", ""), "label": r["output"], "long": r["output"],
                        "kind": "open"})
    else:
        raise KeyError(task)
    return out


def prompt_of(it: dict) -> str:
    return f"{it['instr']}\n\n{it['inp']}" if it["inp"] else it["instr"]
