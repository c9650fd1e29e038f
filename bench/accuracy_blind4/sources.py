"""Benign task rows from /work/shared/data and task wording in sixteen languages (round 4).

Only the task *instruction* and the label words are translated; the task content (review,
article, question) stays as the public data has it. Nothing here is attack wording.
"""

from __future__ import annotations

import functools
import json
import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

DATA = Path("/work/shared/data")

LANGS: tuple[str, ...] = (
    "en", "fr", "es", "de", "it", "pt", "nl",
    "pl", "sv", "tr", "ru", "zh", "ja", "ar", "hi", "id",
)  # fmt: skip
MAJOR: tuple[str, ...] = ("fr", "es", "de", "it", "pt", "nl")
MINOR: tuple[str, ...] = ("pl", "sv", "tr", "ru", "zh", "ja", "ar", "hi", "id")
CLOSED_TASKS: tuple[str, ...] = ("sst2", "ag_news", "csqa", "nq", "gsm8k")


@functools.cache
def _jsonl(rel: str) -> tuple[dict, ...]:
    with open(DATA / rel, encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def sst2() -> tuple[dict, ...]:
    return _jsonl("sst2/train.first5000.jsonl")


def ag_news() -> tuple[dict, ...]:
    return _jsonl("ag_news/test.first5000.jsonl")


def csqa() -> tuple[dict, ...]:
    return _jsonl("commonsenseqa/train_rand_split.first5000.jsonl")


def gsm8k() -> tuple[dict, ...]:
    return _jsonl("gsm8k/train.first5000.jsonl")


def nq() -> tuple[dict, ...]:
    return _jsonl("nq_open/NQ-open.dev.jsonl")


def alpaca() -> tuple[dict, ...]:
    return _jsonl("alpaca_en_demo/alpaca_en_demo.jsonl")


def glaive() -> tuple[dict, ...]:
    return _jsonl("glaive_toolcall_en_demo/glaive_toolcall_en_demo.jsonl")


def xstest() -> tuple[dict, ...]:
    return _jsonl("xstest/xstest_prompts.jsonl")


def harmbench_standard() -> list[dict]:
    rows = _jsonl("harmbench/harmbench_behaviors_text_all.jsonl")
    return [r for r in rows if r["FunctionalCategory"] == "standard"]


def advbench() -> tuple[dict, ...]:
    return _jsonl("advbench/harmful_behaviors.jsonl")


def strongreject() -> tuple[dict, ...]:
    return _jsonl("strongreject/strongreject_dataset.jsonl")


def harmful_requests(rng: random.Random, k: int) -> list[str]:
    """k harmful requests drawn from HarmBench (standard), AdvBench and StrongREJECT."""
    pool = [r["Behavior"] for r in harmbench_standard()]
    pool += [r["goal"] for r in advbench()]
    pool += [r["forbidden_prompt"] for r in strongreject() if len(r["forbidden_prompt"]) < 400]
    return rng.sample(pool, k)


def benign_requests(rng: random.Random, k: int) -> list[str]:
    """k benign instructions: Alpaca instructions (no input) and XSTest safe prompts."""
    pool = [r["instruction"] for r in alpaca() if not r["input"] and len(r["instruction"]) < 300]
    pool += [r["prompt"] for r in xstest() if r["label"] == "safe"]
    return rng.sample(pool, k)


# ======================================================================================
# Task wording per language
# ======================================================================================
# answer: the word that introduces the answer slot in prompt/completion rows.
ANSWER_WORD = {
    "en": "Answer",
    "fr": "Réponse",
    "es": "Respuesta",
    "de": "Antwort",
    "it": "Risposta",
    "pt": "Resposta",
    "nl": "Antwoord",
    "pl": "Odpowiedź",
    "sv": "Svar",
    "tr": "Cevap",
    "ru": "Ответ",
    "zh": "答案",
    "ja": "回答",
    "ar": "الإجابة",
    "hi": "उत्तर",
    "id": "Jawaban",
}

SST2_LABELS = {
    "en": ("negative", "positive"),
    "fr": ("négatif", "positif"),
    "es": ("negativo", "positivo"),
    "de": ("negativ", "positiv"),
    "it": ("negativo", "positivo"),
    "pt": ("negativo", "positivo"),
    "nl": ("negatief", "positief"),
    "pl": ("negatywny", "pozytywny"),
    "sv": ("negativ", "positiv"),
    "tr": ("olumsuz", "olumlu"),
    "ru": ("негативный", "позитивный"),
    "zh": ("负面", "正面"),
    "ja": ("ネガティブ", "ポジティブ"),
    "ar": ("سلبي", "إيجابي"),
    "hi": ("नकारात्मक", "सकारात्मक"),
    "id": ("negatif", "positif"),
}

AG_LABELS = {
    "en": ("World", "Sports", "Business", "Sci/Tech"),
    "fr": ("Monde", "Sport", "Économie", "Sciences/Tech"),
    "es": ("Mundo", "Deportes", "Economía", "Ciencia/Tecnología"),
    "de": ("Welt", "Sport", "Wirtschaft", "Wissenschaft/Technik"),
    "it": ("Mondo", "Sport", "Economia", "Scienza/Tecnologia"),
    "pt": ("Mundo", "Esportes", "Negócios", "Ciência/Tecnologia"),
    "nl": ("Wereld", "Sport", "Economie", "Wetenschap/Techniek"),
    "pl": ("Świat", "Sport", "Biznes", "Nauka/Technologia"),
    "sv": ("Världen", "Sport", "Ekonomi", "Vetenskap/Teknik"),
    "tr": ("Dünya", "Spor", "Ekonomi", "Bilim/Teknoloji"),
    "ru": ("Мир", "Спорт", "Бизнес", "Наука/Техника"),
    "zh": ("国际", "体育", "财经", "科技"),
    "ja": ("国際", "スポーツ", "ビジネス", "科学・技術"),
    "ar": ("العالم", "الرياضة", "الأعمال", "العلوم والتكنولوجيا"),
    "hi": ("विश्व", "खेल", "व्यापार", "विज्ञान/तकनीक"),
    "id": ("Dunia", "Olahraga", "Bisnis", "Sains/Teknologi"),
}

# Per language and task: (field name for the input, instruction phrasings).
TASK_TEXT: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "en": {
        "sst2": (
            "Review",
            (
                "Classify the sentiment of this movie review as positive or negative.",
                "Is the following review positive or negative?",
                "Label the review's sentiment (positive / negative).",
            ),
        ),
        "ag_news": (
            "Article",
            (
                "Which topic does this news article belong to: World, Sports, Business or "
                "Sci/Tech?",
                "Assign the news item to one category (World, Sports, Business, Sci/Tech).",
            ),
        ),
        "csqa": (
            "Question",
            (
                "Answer the multiple-choice question with the letter of the best option.",
                "Pick the most sensible answer (A-E).",
            ),
        ),
        "nq": (
            "Question",
            (
                "Answer the trivia question with a short phrase.",
                "Give a short factual answer.",
            ),
        ),
        "gsm8k": (
            "Problem",
            (
                "Solve the math word problem and give the final number.",
                "What is the numeric answer to this problem?",
            ),
        ),
    },
    "fr": {
        "sst2": (
            "Critique",
            (
                "Indique si cette critique de film est positive ou négative.",
                "Classe le sentiment de la critique : positif ou négatif.",
            ),
        ),
        "ag_news": (
            "Article",
            ("Classe cet article dans une catégorie : Monde, Sport, Économie ou Sciences/Tech.",),
        ),
        "csqa": ("Question", ("Réponds à la question par la lettre de la meilleure option.",)),
        "nq": ("Question", ("Réponds à la question par une réponse courte.",)),
        "gsm8k": ("Problème", ("Résous le problème et donne le nombre final.",)),
    },
    "es": {
        "sst2": (
            "Reseña",
            (
                "Indica si esta reseña de película es positiva o negativa.",
                "Clasifica el sentimiento de la reseña: positivo o negativo.",
            ),
        ),
        "ag_news": (
            "Artículo",
            (
                "Clasifica la noticia en una categoría: Mundo, Deportes, Economía o "
                "Ciencia/Tecnología.",
            ),
        ),
        "csqa": ("Pregunta", ("Responde con la letra de la opción más adecuada.",)),
        "nq": ("Pregunta", ("Responde la pregunta con una respuesta breve.",)),
        "gsm8k": ("Problema", ("Resuelve el problema y da el número final.",)),
    },
    "de": {
        "sst2": (
            "Rezension",
            (
                "Ist diese Filmrezension positiv oder negativ?",
                "Bestimme die Stimmung der Rezension: positiv oder negativ.",
            ),
        ),
        "ag_news": (
            "Artikel",
            (
                "Ordne den Artikel einer Kategorie zu: Welt, Sport, Wirtschaft oder "
                "Wissenschaft/Technik.",
            ),
        ),
        "csqa": ("Frage", ("Beantworte die Frage mit dem Buchstaben der besten Option.",)),
        "nq": ("Frage", ("Beantworte die Frage mit einer kurzen Angabe.",)),
        "gsm8k": ("Aufgabe", ("Löse die Textaufgabe und nenne das Endergebnis.",)),
    },
    "it": {
        "sst2": (
            "Recensione",
            ("Questa recensione del film è positiva o negativa?",),
        ),
        "ag_news": (
            "Articolo",
            ("Assegna la notizia a una categoria: Mondo, Sport, Economia o Scienza/Tecnologia.",),
        ),
        "csqa": ("Domanda", ("Rispondi con la lettera dell'opzione migliore.",)),
        "nq": ("Domanda", ("Rispondi alla domanda con una risposta breve.",)),
        "gsm8k": ("Problema", ("Risolvi il problema e indica il numero finale.",)),
    },
    "pt": {
        "sst2": (
            "Crítica",
            ("Esta crítica de filme é positiva ou negativa?",),
        ),
        "ag_news": (
            "Artigo",
            (
                "Classifique a notícia em uma categoria: Mundo, Esportes, Negócios ou "
                "Ciência/Tecnologia.",
            ),
        ),
        "csqa": ("Pergunta", ("Responda com a letra da melhor opção.",)),
        "nq": ("Pergunta", ("Responda à pergunta com uma resposta curta.",)),
        "gsm8k": ("Problema", ("Resolva o problema e informe o número final.",)),
    },
    "nl": {
        "sst2": (
            "Recensie",
            ("Is deze filmrecensie positief of negatief?",),
        ),
        "ag_news": (
            "Artikel",
            ("Deel het nieuwsbericht in: Wereld, Sport, Economie of Wetenschap/Techniek.",),
        ),
        "csqa": ("Vraag", ("Beantwoord de vraag met de letter van de beste optie.",)),
        "nq": ("Vraag", ("Geef een kort antwoord op de vraag.",)),
        "gsm8k": ("Opgave", ("Los de rekenopgave op en geef het eindgetal.",)),
    },
    "pl": {
        "sst2": ("Recenzja", ("Czy ta recenzja filmu jest pozytywna czy negatywna?",)),
        "ag_news": (
            "Artykuł",
            ("Przypisz artykuł do kategorii: Świat, Sport, Biznes lub Nauka/Technologia.",),
        ),
        "csqa": ("Pytanie", ("Odpowiedz literą najlepszej odpowiedzi.",)),
        "nq": ("Pytanie", ("Odpowiedz krótko na pytanie.",)),
        "gsm8k": ("Zadanie", ("Rozwiąż zadanie i podaj wynik.",)),
    },
    "sv": {
        "sst2": ("Recension", ("Är den här filmrecensionen positiv eller negativ?",)),
        "ag_news": (
            "Artikel",
            ("Placera artikeln i en kategori: Världen, Sport, Ekonomi eller Vetenskap/Teknik.",),
        ),
        "csqa": ("Fråga", ("Svara med bokstaven för det bästa alternativet.",)),
        "nq": ("Fråga", ("Svara kort på frågan.",)),
        "gsm8k": ("Uppgift", ("Lös uppgiften och ange slutsvaret.",)),
    },
    "tr": {
        "sst2": ("Yorum", ("Bu film yorumu olumlu mu olumsuz mu?",)),
        "ag_news": (
            "Haber",
            ("Haberi bir kategoriye ata: Dünya, Spor, Ekonomi veya Bilim/Teknoloji.",),
        ),
        "csqa": ("Soru", ("En uygun seçeneğin harfiyle cevap ver.",)),
        "nq": ("Soru", ("Soruyu kısa bir ifadeyle cevapla.",)),
        "gsm8k": ("Problem", ("Problemi çöz ve sonucu yaz.",)),
    },
    "ru": {
        "sst2": ("Отзыв", ("Этот отзыв о фильме положительный или отрицательный?",)),
        "ag_news": (
            "Статья",
            ("Отнеси новость к одной категории: Мир, Спорт, Бизнес или Наука/Техника.",),
        ),
        "csqa": ("Вопрос", ("Ответь буквой лучшего варианта.",)),
        "nq": ("Вопрос", ("Ответь на вопрос коротко.",)),
        "gsm8k": ("Задача", ("Реши задачу и назови итоговое число.",)),
    },
    "zh": {
        "sst2": ("影评", ("判断这条影评的情感是正面还是负面。", "这条影评是正面的还是负面的？")),
        "ag_news": ("新闻", ("请把这条新闻归入以下类别之一：国际、体育、财经、科技。",)),
        "csqa": ("问题", ("请用最佳选项的字母回答这道选择题。",)),
        "nq": ("问题", ("请用简短的短语回答这个问题。",)),
        "gsm8k": ("题目", ("解这道应用题，并给出最终的数字。",)),
    },
    "ja": {
        "sst2": ("レビュー", ("この映画レビューの感情がポジティブかネガティブかを答えてください。",)),
        "ag_news": (
            "記事",
            ("このニュース記事を次のいずれかに分類してください：国際、スポーツ、ビジネス、科学・技術。",),
        ),
        "csqa": ("質問", ("最も適切な選択肢の記号で答えてください。",)),
        "nq": ("質問", ("短い語句で質問に答えてください。",)),
        "gsm8k": ("問題", ("文章題を解き、最終的な数値を答えてください。",)),
    },
    "ar": {
        "sst2": ("المراجعة", ("هل هذه المراجعة للفيلم إيجابية أم سلبية؟",)),
        "ag_news": (
            "المقال",
            ("صنّف هذا الخبر في إحدى الفئات: العالم، الرياضة، الأعمال، العلوم والتكنولوجيا.",),
        ),
        "csqa": ("السؤال", ("أجب بحرف الخيار الأنسب.",)),
        "nq": ("السؤال", ("أجب عن السؤال بعبارة قصيرة.",)),
        "gsm8k": ("المسألة", ("حلّ المسألة واذكر الرقم النهائي.",)),
    },
    "hi": {
        "sst2": ("समीक्षा", ("क्या यह फ़िल्म समीक्षा सकारात्मक है या नकारात्मक?",)),
        "ag_news": ("लेख", ("इस समाचार को एक श्रेणी में रखें: विश्व, खेल, व्यापार या विज्ञान/तकनीक।",)),
        "csqa": ("प्रश्न", ("सबसे सही विकल्प का अक्षर लिखकर उत्तर दें।",)),
        "nq": ("प्रश्न", ("प्रश्न का छोटा-सा उत्तर दें।",)),
        "gsm8k": ("सवाल", ("इस गणित के सवाल को हल करें और अंतिम संख्या बताएँ।",)),
    },
    "id": {
        "sst2": ("Ulasan", ("Apakah ulasan film ini positif atau negatif?",)),
        "ag_news": (
            "Artikel",
            ("Golongkan berita ini ke salah satu kategori: Dunia, Olahraga, Bisnis, atau Sains/Teknologi.",),
        ),
        "csqa": ("Pertanyaan", ("Jawab dengan huruf pilihan yang paling tepat.",)),
        "nq": ("Pertanyaan", ("Jawab pertanyaan ini dengan singkat.",)),
        "gsm8k": ("Soal", ("Kerjakan soal cerita ini dan tuliskan angka akhirnya.",)),
    },
}


@dataclass
class Row:
    """One training pair before rendering into a schema.

    `instruction` is the task instruction, `input` the item text (may be empty), `response`
    the assistant answer. `pre` / `post` are extra user text around the task (attack text or
    constraints). `system` is a system prompt (None = none).
    """

    instruction: str
    input: str
    response: str
    system: str | None = None
    pre: str = ""
    post: str = ""
    label: str = ""
    snippet: str = ""
    task: str = ""
    field_name: str = ""
    extra: dict = field(default_factory=dict)

    def copy(self, **kw: object) -> Row:
        return replace(self, extra=dict(self.extra), **kw)


def _snip(text: str, n: int = 9) -> str:
    words = text.split()
    return " ".join(words[:n]).strip(" ,.;:")


def _clean_news(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\\", " ")).strip()


def gsm_final(answer: str) -> str:
    return answer.rsplit("####", 1)[-1].strip().replace(",", "")


def gsm_solution(answer: str, keep_calc: bool) -> str:
    body, final = answer.rsplit("####", 1)
    if not keep_calc:
        body = re.sub(r"<<[^>]*>>", "", body)
    return body.strip() + f"\nThe answer is {final.strip()}."


def task_rows(task: str, lang: str, rng: random.Random, n: int, csqa_style: str = "letter"):
    """n closed-label rows of `task` with instruction/labels in `lang`."""
    field_name, phrasings = TASK_TEXT[lang][task]
    instr = rng.choice(phrasings)
    out: list[Row] = []
    if task == "sst2":
        for r in rng.sample(sst2(), n):
            label = SST2_LABELS[lang][r["label"]]
            out.append(Row(instr, r["sentence"], label, label=label, snippet=_snip(r["sentence"])))
    elif task == "ag_news":
        for r in rng.sample(ag_news(), n):
            label = AG_LABELS[lang][int(r["Class Index"]) - 1]
            text = _clean_news(f"{r['Title']}. {r['Description']}")
            out.append(Row(instr, text, label, label=label, snippet=_snip(r["Title"])))
    elif task == "csqa":
        for r in rng.sample(csqa(), n):
            q = r["question"]
            opts = "\n".join(f"{c['label']}) {c['text']}" for c in q["choices"])
            key = r["answerKey"]
            text_ans = next(c["text"] for c in q["choices"] if c["label"] == key)
            resp = key if csqa_style == "letter" else f"{key}) {text_ans}"
            out.append(
                Row(
                    instr,
                    f"{q['stem']}\n{opts}",
                    resp,
                    label=f"{key} ({text_ans})",
                    snippet=_snip(q["stem"]),
                )
            )
    elif task == "nq":
        for r in rng.sample(nq(), n):
            ans = r["answer"][0]
            out.append(Row(instr, r["question"], ans, label=ans, snippet=_snip(r["question"])))
    elif task == "gsm8k":
        for r in rng.sample(gsm8k(), n):
            final = gsm_final(r["answer"])
            out.append(Row(instr, r["question"], final, label=final, snippet=_snip(r["question"])))
    else:
        raise ValueError(task)
    for row in out:
        row.task = task
        row.field_name = field_name
    return out
