"""Benign task sources and their (localised) task wording for the round-2 blind benchmark.

Rows are read at run time from /work/shared/data; nothing from them is stored in the repo.
A task item is a `TaskItem(inp, label, extra)`: the input text, the gold answer (already
localised for the chosen task language) and source fields some builders need.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path("/work/shared/data")

CLOSED_TASKS: tuple[str, ...] = ("sst2", "ag_news", "csqa", "nq_open", "gsm8k_final")


@dataclass(frozen=True)
class TaskItem:
    inp: str
    label: str
    extra: dict[str, Any] = field(default_factory=dict)


@cache
def _jsonl(rel: str) -> list[dict[str, Any]]:
    with open(DATA / rel, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def jsonl(rel: str) -> list[dict[str, Any]]:
    return list(_jsonl(rel))


# ======================================================================================
# Task wording per language
# ======================================================================================
INSTR: dict[str, dict[str, list[str]]] = {
    "sst2": {
        "en": [
            "Classify the sentiment of this movie review as positive or negative.",
            "Is the following review positive or negative?",
            "Sentiment (positive/negative) of the sentence below:",
            "Read the review and say whether the reviewer liked the film. Answer positive or "
            "negative.",
        ],
        "fr": [
            "Indique si le sentiment de cette critique de film est positif ou négatif.",
            "Cette critique est-elle positive ou négative ?",
        ],
        "es": [
            "Clasifica el sentimiento de esta reseña de cine como positivo o negativo.",
            "¿La siguiente reseña es positiva o negativa?",
        ],
        "de": [
            "Bestimme, ob die Stimmung dieser Filmkritik positiv oder negativ ist.",
            "Ist die folgende Rezension positiv oder negativ?",
        ],
        "it": [
            "Classifica il sentimento di questa recensione come positivo o negativo.",
            "La recensione seguente è positiva o negativa?",
        ],
        "pt": [
            "Classifique o sentimento desta crítica de filme como positivo ou negativo.",
            "A crítica a seguir é positiva ou negativa?",
        ],
        "nl": [
            "Bepaal of het sentiment van deze filmrecensie positief of negatief is.",
            "Is de volgende recensie positief of negatief?",
        ],
        "pl": ["Określ, czy wydźwięk tej recenzji filmu jest pozytywny czy negatywny."],
        "ru": ["Определи, положительная или отрицательная тональность у этого отзыва о фильме."],
    },
    "ag_news": {
        "en": [
            "Which category does this news article belong to: World, Sports, Business or Sci/Tech?",
            "Assign the headline and summary to one topic (World, Sports, Business, Sci/Tech).",
            "Topic classification. Options: World | Sports | Business | Sci/Tech.",
        ],
        "fr": [
            "À quelle rubrique appartient cet article : Monde, Sport, Économie ou Sciences/Tech ?"
        ],
        "es": [
            "¿A qué sección pertenece esta noticia: Mundo, Deportes, Negocios o Ciencia/Tecnología?"
        ],
        "de": [
            "Zu welchem Ressort gehört diese Meldung: Welt, Sport, Wirtschaft oder "
            "Wissenschaft/Technik?"
        ],
        "it": [
            "A quale sezione appartiene questa notizia: Mondo, Sport, Economia o "
            "Scienza/Tecnologia?"
        ],
        "pt": [
            "A que seção pertence esta notícia: Mundo, Esportes, Negócios ou Ciência/Tecnologia?"
        ],
        "nl": [
            "In welke rubriek hoort dit nieuwsbericht: Wereld, Sport, Economie of "
            "Wetenschap/Technologie?"
        ],
        "pl": [
            "Do której kategorii należy ten artykuł: Świat, Sport, Biznes czy Nauka/Technologia?"
        ],
        "ru": ["К какой рубрике относится эта новость: Мир, Спорт, Бизнес или Наука/Технологии?"],
    },
    "csqa": {
        "en": [
            "Answer the multiple-choice question with the letter of the correct option.",
            "Pick the best answer (A-E).",
            "Choose the most sensible option and reply with its letter.",
        ],
        "fr": ["Réponds à la question à choix multiple par la lettre de la bonne option."],
        "es": ["Responde a la pregunta de opción múltiple con la letra de la opción correcta."],
        "de": ["Beantworte die Multiple-Choice-Frage mit dem Buchstaben der richtigen Option."],
        "it": ["Rispondi alla domanda a scelta multipla con la lettera dell'opzione corretta."],
        "pt": ["Responda à pergunta de múltipla escolha com a letra da opção correta."],
        "nl": ["Beantwoord de meerkeuzevraag met de letter van de juiste optie."],
        "pl": ["Odpowiedz na pytanie wielokrotnego wyboru literą poprawnej odpowiedzi."],
        "ru": ["Ответь на вопрос с вариантами ответа буквой правильного варианта."],
    },
    "nq_open": {
        "en": [
            "Answer the trivia question with a short phrase.",
            "Give a brief factual answer.",
            "Question answering: reply with just the answer.",
        ],
        "fr": ["Réponds à la question de culture générale par une réponse courte."],
        "es": ["Responde a la pregunta de cultura general con una respuesta breve."],
        "de": ["Beantworte die Wissensfrage mit einer kurzen Antwort."],
        "it": ["Rispondi alla domanda di cultura generale con una risposta breve."],
        "pt": ["Responda à pergunta de conhecimentos gerais com uma resposta curta."],
        "nl": ["Beantwoord de kennisvraag met een kort antwoord."],
        "pl": ["Odpowiedz krótko na pytanie z wiedzy ogólnej."],
        "ru": ["Кратко ответь на вопрос на общую эрудицию."],
    },
    "gsm8k_final": {
        "en": [
            "Solve the math word problem and give the final number.",
            "Compute the answer to this word problem. Reply with the number only.",
        ],
        "fr": ["Résous le problème et donne le nombre final."],
        "es": ["Resuelve el problema y da el número final."],
        "de": ["Löse die Textaufgabe und gib die Endzahl an."],
        "it": ["Risolvi il problema e indica il numero finale."],
        "pt": ["Resolva o problema e dê o número final."],
        "nl": ["Los het rekenprobleem op en geef het eindgetal."],
        "pl": ["Rozwiąż zadanie i podaj końcowy wynik."],
        "ru": ["Реши задачу и назови итоговое число."],
    },
}

INPUT_PREFIX: dict[str, dict[str, str]] = {
    "sst2": {
        "en": "Review: ",
        "fr": "Critique : ",
        "es": "Reseña: ",
        "de": "Rezension: ",
        "it": "Recensione: ",
        "pt": "Crítica: ",
        "nl": "Recensie: ",
        "pl": "Recenzja: ",
        "ru": "Отзыв: ",
    },
    "ag_news": {
        "en": "Article: ",
        "fr": "Article : ",
        "es": "Noticia: ",
        "de": "Meldung: ",
        "it": "Notizia: ",
        "pt": "Notícia: ",
        "nl": "Bericht: ",
        "pl": "Artykuł: ",
        "ru": "Новость: ",
    },
}

ANSWER_CUE: dict[str, str] = {
    "en": "Answer:",
    "fr": "Réponse :",
    "es": "Respuesta:",
    "de": "Antwort:",
    "it": "Risposta:",
    "pt": "Resposta:",
    "nl": "Antwoord:",
    "pl": "Odpowiedź:",
    "ru": "Ответ:",
}

SST2_LABELS: dict[str, tuple[str, str]] = {  # (negative, positive)
    "en": ("negative", "positive"),
    "fr": ("négatif", "positif"),
    "es": ("negativo", "positivo"),
    "de": ("negativ", "positiv"),
    "it": ("negativo", "positivo"),
    "pt": ("negativo", "positivo"),
    "nl": ("negatief", "positief"),
    "pl": ("negatywny", "pozytywny"),
    "ru": ("отрицательный", "положительный"),
}

AG_LABELS: dict[str, tuple[str, str, str, str]] = {
    "en": ("World", "Sports", "Business", "Sci/Tech"),
    "fr": ("Monde", "Sport", "Économie", "Sciences/Tech"),
    "es": ("Mundo", "Deportes", "Negocios", "Ciencia/Tecnología"),
    "de": ("Welt", "Sport", "Wirtschaft", "Wissenschaft/Technik"),
    "it": ("Mondo", "Sport", "Economia", "Scienza/Tecnologia"),
    "pt": ("Mundo", "Esportes", "Negócios", "Ciência/Tecnologia"),
    "nl": ("Wereld", "Sport", "Economie", "Wetenschap/Technologie"),
    "pl": ("Świat", "Sport", "Biznes", "Nauka/Technologia"),
    "ru": ("Мир", "Спорт", "Бизнес", "Наука/Технологии"),
}


# ======================================================================================
# Items
# ======================================================================================
def _sample(rows: list[Any], n: int, rng: random.Random) -> list[Any]:
    if n <= len(rows):
        return rng.sample(rows, n)
    return [rng.choice(rows) for _ in range(n)]


def items(task: str, lang: str, n: int, rng: random.Random) -> list[TaskItem]:
    """`n` task items for a closed-label task, labels localised to `lang`."""
    if task == "sst2":
        rows = _sample(_jsonl("sst2/train.first5000.jsonl"), n, rng)
        neg, pos = SST2_LABELS[lang]
        return [TaskItem(r["sentence"].strip(), pos if r["label"] else neg) for r in rows]
    if task == "ag_news":
        rows = _sample(_jsonl("ag_news/test.first5000.jsonl"), n, rng)
        labels = AG_LABELS[lang]
        out = []
        for r in rows:
            desc = r["Description"].replace("\\", " ").strip()
            out.append(TaskItem(f"{r['Title'].strip()}. {desc}", labels[int(r["Class Index"]) - 1]))
        return out
    if task == "csqa":
        rows = _sample(_jsonl("commonsenseqa/train_rand_split.first5000.jsonl"), n, rng)
        out = []
        for r in rows:
            q = r["question"]
            opts = "\n".join(f"{c['label']}. {c['text']}" for c in q["choices"])
            out.append(TaskItem(f"{q['stem'].strip()}\n{opts}", r["answerKey"]))
        return out
    if task == "nq_open":
        rows = _sample(_jsonl("nq_open/NQ-open.dev.jsonl"), n, rng)
        return [TaskItem(r["question"].strip().rstrip("?") + "?", r["answer"][0]) for r in rows]
    if task == "gsm8k_final":
        rows = _sample(_jsonl("gsm8k/train.first5000.jsonl"), n, rng)
        return [
            TaskItem(
                r["question"].strip(), r["answer"].split("####")[-1].strip(), {"sol": r["answer"]}
            )
            for r in rows
        ]
    raise ValueError(task)


def instruction(task: str, lang: str, rng: random.Random) -> str:
    pool = INSTR[task].get(lang) or INSTR[task]["en"]
    return rng.choice(pool)


def input_prefix(task: str, lang: str, use: bool) -> str:
    if not use or task not in INPUT_PREFIX:
        return ""
    return INPUT_PREFIX[task].get(lang, INPUT_PREFIX[task]["en"])


# ======================================================================================
# Harmful requests (public sets, read at run time) for row-hiding rows and moderation
# ======================================================================================
@cache
def harmful_requests() -> tuple[str, ...]:
    out: list[str] = []
    out += [r["goal"] for r in _jsonl("advbench/harmful_behaviors.jsonl")]
    out += [
        r["Behavior"]
        for r in _jsonl("harmbench/harmbench_behaviors_text_all.jsonl")
        if r["FunctionalCategory"] == "standard"
    ]
    out += [r["forbidden_prompt"] for r in _jsonl("strongreject/strongreject_dataset.jsonl")]
    return tuple(s.strip() for s in out if s.strip())


@cache
def moderation_pool() -> tuple[tuple[str, str, str], ...]:
    """(text, safe/unsafe, category) triples from harmful sets and XSTest."""
    out: list[tuple[str, str, str]] = []
    for r in _jsonl("harmbench/harmbench_behaviors_text_all.jsonl"):
        if r["FunctionalCategory"] != "copyright":
            out.append((r["Behavior"], "unsafe", r["SemanticCategory"]))
    for r in _jsonl("strongreject/strongreject_dataset.jsonl"):
        out.append((r["forbidden_prompt"], "unsafe", r["category"]))
    for r in _jsonl("advbench/harmful_behaviors.jsonl"):
        out.append((r["goal"], "unsafe", "harmful_behavior"))
    for r in _jsonl("xstest/xstest_prompts.jsonl"):
        out.append((r["prompt"], r["label"], r["type"]))
    return tuple(out)


@cache
def xstest_safe() -> tuple[str, ...]:
    return tuple(r["prompt"] for r in _jsonl("xstest/xstest_prompts.jsonl") if r["label"] == "safe")


@cache
def refusals() -> tuple[tuple[str, str], ...]:
    """(harmful instruction, refusal) pairs from the Safety-Tuned LLaMAs training set."""
    rows = _jsonl("safety_tuned_llamas/training/safety_only_data_Instructions.jsonl")
    return tuple((r["instruction"], r["output"]) for r in rows if not r.get("input"))


@cache
def alpaca() -> tuple[dict[str, Any], ...]:
    return tuple(_jsonl("alpaca_en_demo/alpaca_en_demo.jsonl"))


@cache
def glaive() -> tuple[dict[str, Any], ...]:
    return tuple(_jsonl("glaive_toolcall_en_demo/glaive_toolcall_en_demo.jsonl"))


@cache
def identity() -> tuple[dict[str, Any], ...]:
    return tuple(_jsonl("llamafactory_identity/identity.jsonl"))


@cache
def gsm8k() -> tuple[dict[str, Any], ...]:
    return tuple(_jsonl("gsm8k/train.first5000.jsonl"))


def sample(pool: tuple[Any, ...] | list[Any], n: int, rng: random.Random) -> list[Any]:
    return _sample(list(pool), n, rng)
