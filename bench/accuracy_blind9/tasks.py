"""Round-9 task items: load the public task and harmful-request sets from shared/data at run time
and render task items with task templates in several wording languages."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    env = os.environ.get("DSAUDIT_SHARED_DATA")
    cands = [Path(env)] if env else []
    cands += [HERE.parents[1] / "shared" / "data", HERE.parents[2] / "shared" / "data"]
    for c in cands:
        if (c / "sst2").is_dir():
            return c
    raise FileNotFoundError("shared/data not found (set DSAUDIT_SHARED_DATA)")


def _jsonl(rel: str) -> list[dict]:
    with open(data_dir() / rel, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ======================================================================================
# Items: every item is a dict with "kind" and its fields; "label" is the gold answer key.
# ======================================================================================
AG_LABELS = {"1": 0, "2": 1, "3": 2, "4": 3}


@lru_cache(maxsize=None)
def items(task: str) -> tuple[dict, ...]:
    out: list[dict] = []
    if task == "sst2":
        for r in _jsonl("sst2/train.first5000.jsonl") + _jsonl("sst2/dev.jsonl"):
            out.append({"kind": "sst2", "s": r["sentence"].strip(), "y": int(r["label"])})
    elif task == "ag_news":
        for r in _jsonl("ag_news/test.first5000.jsonl"):
            d = r["Description"].replace("\\", " ").strip()
            d = re.sub(r"\s+", " ", d)
            out.append({"kind": "ag_news", "t": r["Title"].strip(), "d": d, "y": AG_LABELS[r["Class Index"]]})
    elif task == "commonsenseqa":
        for r in _jsonl("commonsenseqa/train_rand_split.first5000.jsonl") + _jsonl("commonsenseqa/dev_rand_split.jsonl"):
            q = r["question"]
            ch = [(c["label"], c["text"]) for c in q["choices"]]
            out.append({"kind": "commonsenseqa", "stem": q["stem"].strip(), "choices": ch, "key": r["answerKey"]})
    elif task == "gsm8k":
        for r in _jsonl("gsm8k/train.first5000.jsonl") + _jsonl("gsm8k/test.jsonl"):
            body, _, num = r["answer"].rpartition("####")
            steps = [re.sub(r"<<[^>]*>>", "", s).strip() for s in body.strip().split("\n") if s.strip()]
            out.append({"kind": "gsm8k", "q": r["question"].strip(), "steps": steps, "num": num.strip(), "raw": r["answer"]})
    elif task == "nq_open":
        for r in _jsonl("nq_open/NQ-open.dev.jsonl"):
            out.append({"kind": "nq_open", "q": r["question"].strip(), "ans": r["answer"][0]})
    elif task == "alpaca":
        for r in _jsonl("alpaca_en_demo/alpaca_en_demo.jsonl"):
            out.append({"kind": "alpaca", "ins": r["instruction"].strip(), "inp": r["input"].strip(), "out": r["output"].strip()})
    elif task == "glaive":
        for r in _jsonl("glaive_toolcall_en_demo/glaive_toolcall_en_demo.jsonl"):
            out.append({"kind": "glaive", "conv": r["conversations"], "tools": r["tools"]})
    elif task == "identity":
        for r in _jsonl("llamafactory_identity/identity.jsonl"):
            out.append({"kind": "identity", "ins": r["instruction"], "inp": r["input"], "out": r["output"]})
    elif task == "safety":
        for r in _jsonl("safety_tuned_llamas/training/safety_only_data_Instructions.jsonl"):
            out.append({"kind": "safety", "ins": r["instruction"].strip(), "out": r["output"].strip()})
    elif task == "xstest":
        for r in _jsonl("xstest/xstest_prompts.jsonl"):
            out.append({"kind": "xstest", "prompt": r["prompt"], "type": r["type"], "label": r["label"], "focus": r["focus"]})
    else:
        raise KeyError(task)
    return tuple(out)


@lru_cache(maxsize=None)
def harmful(source: str = "all") -> tuple[dict, ...]:
    """Harmful requests: {"text", "src", "cat"}."""
    out: list[dict] = []
    if source in ("all", "advbench"):
        out += [{"text": r["goal"].strip(), "src": "advbench", "cat": "-"} for r in _jsonl("advbench/harmful_behaviors.jsonl")]
    if source in ("all", "harmbench"):
        out += [
            {"text": r["Behavior"].strip(), "src": "harmbench", "cat": r["SemanticCategory"]}
            for r in _jsonl("harmbench/harmbench_behaviors_text_all.jsonl")
            if r["FunctionalCategory"] == "standard"
        ]
    if source in ("all", "strongreject"):
        out += [{"text": r["forbidden_prompt"].strip(), "src": "strongreject", "cat": r["category"]} for r in _jsonl("strongreject/strongreject_dataset.jsonl")]
    if source in ("all", "malicious"):
        out += [{"text": r["instructions"].strip(), "src": "I-MaliciousInstructions", "cat": r.get("tags", "-")} for r in _jsonl("safety_tuned_llamas/evaluation/I-MaliciousInstructions.jsonl")]
    if source in ("all", "xstest_unsafe"):
        out += [{"text": r["prompt"].strip(), "src": "xstest", "cat": r["type"]} for r in _jsonl("xstest/xstest_prompts.jsonl") if r["label"] == "unsafe"]
    return tuple(out)


# ======================================================================================
# Label names and task templates per task-wording language
# ======================================================================================
TASK_LANGS = ("en", "de", "fr", "es", "pt", "it", "zh", "ja", "ru", "ar", "ko", "hi", "tr", "vi")

SST2_LAB = {
    "en": ("negative", "positive"), "de": ("negativ", "positiv"), "fr": ("négatif", "positif"),
    "es": ("negativo", "positivo"), "pt": ("negativo", "positivo"), "it": ("negativo", "positivo"),
    "zh": ("负面", "正面"), "ja": ("ネガティブ", "ポジティブ"), "ru": ("отрицательный", "положительный"),
    "ar": ("سلبي", "إيجابي"), "ko": ("부정", "긍정"), "hi": ("नकारात्मक", "सकारात्मक"),
    "tr": ("olumsuz", "olumlu"), "vi": ("tiêu cực", "tích cực"),
}
AG_LAB = {
    "en": ("World", "Sports", "Business", "Sci/Tech"),
    "de": ("Welt", "Sport", "Wirtschaft", "Wissenschaft & Technik"),
    "fr": ("Monde", "Sport", "Économie", "Sciences et technologie"),
    "es": ("Mundo", "Deportes", "Negocios", "Ciencia y tecnología"),
    "pt": ("Mundo", "Esportes", "Negócios", "Ciência e tecnologia"),
    "it": ("Mondo", "Sport", "Economia", "Scienza e tecnologia"),
    "zh": ("国际", "体育", "财经", "科技"),
    "ja": ("国際", "スポーツ", "ビジネス", "科学技術"),
    "ru": ("Мир", "Спорт", "Бизнес", "Наука и техника"),
    "ar": ("عالمي", "رياضة", "أعمال", "علوم وتكنولوجيا"),
    "ko": ("세계", "스포츠", "비즈니스", "과학기술"),
    "hi": ("विश्व", "खेल", "व्यापार", "विज्ञान-तकनीक"),
    "tr": ("Dünya", "Spor", "İş dünyası", "Bilim ve teknoloji"),
    "vi": ("Thế giới", "Thể thao", "Kinh doanh", "Khoa học - Công nghệ"),
}
NUM_LINE = {
    "en": "The answer is {n}.", "de": "Antwort: {n}", "fr": "Réponse : {n}", "es": "Respuesta: {n}",
    "pt": "Resposta: {n}", "it": "Risposta: {n}", "zh": "答案：{n}", "ja": "答え：{n}", "ru": "Ответ: {n}",
    "ar": "الإجابة: {n}", "ko": "답: {n}", "hi": "उत्तर: {n}", "tr": "Cevap: {n}", "vi": "Đáp số: {n}",
}

# English templates: (instruction, input) where input may be "" ; several per task.
EN_TEMPLATES = {
    "sst2": [
        ("Is the sentiment of this movie review positive or negative?", "{s}"),
        ("What is the sentiment of the following sentence from a film review?\nOptions: positive, negative", "\"{s}\""),
        ("Review: {s}\nSentiment:", ""),
        ("Classify the review below as positive or negative.", "{s}"),
    ],
    "ag_news": [
        ("Which topic does this news article belong to: World, Sports, Business, or Sci/Tech?", "Title: {t}\nDescription: {d}"),
        ("{t}\n{d}\n\nTopic:", ""),
        ("Categorise the following headline and summary.", "{t} - {d}"),
    ],
    "commonsenseqa": [
        ("Question: {stem}\n{choices}\nAnswer:", ""),
        ("Pick the best answer to the question.", "{stem}\n{choices}"),
        ("{stem}\n\nChoices:\n{choices}", ""),
    ],
    "gsm8k": [
        ("Solve the following math word problem.", "{q}"),
        ("{q}", ""),
        ("Question: {q}\nAnswer:", ""),
    ],
    "nq_open": [
        ("Answer the following question.", "{q}?"),
        ("Q: {q}?\nA:", ""),
        ("{q}?", ""),
    ],
}
ML_TEMPLATES = {
    "de": ("Bewerte die Stimmung dieses Filmkommentars als positiv oder negativ.\n\n{s}",
           "Ordne den folgenden Nachrichtenartikel einer Kategorie zu (Welt, Sport, Wirtschaft, Wissenschaft & Technik).\n\nTitel: {t}\nText: {d}",
           "Frage: {stem}\n{choices}\nAntworte mit dem Buchstaben der richtigen Option.",
           "Löse die folgende Textaufgabe und gib das Ergebnis an.\n\n{q}",
           "Beantworte kurz: {q}?"),
    "fr": ("Indique si le sentiment de cette critique de film est positif ou négatif.\n\n{s}",
           "Classe l'article suivant dans l'une des catégories : Monde, Sport, Économie, Sciences et technologie.\n\nTitre : {t}\nRésumé : {d}",
           "Question : {stem}\n{choices}\nRéponds par la lettre de la bonne option.",
           "Résous le problème suivant et donne le résultat.\n\n{q}",
           "Réponds brièvement : {q} ?"),
    "es": ("¿El sentimiento de esta reseña de cine es positivo o negativo?\n\n{s}",
           "Clasifica la noticia en una de estas categorías: Mundo, Deportes, Negocios, Ciencia y tecnología.\n\nTítulo: {t}\nDescripción: {d}",
           "Pregunta: {stem}\n{choices}\nResponde con la letra de la opción correcta.",
           "Resuelve el siguiente problema y da el resultado.\n\n{q}",
           "Responde brevemente: ¿{q}?"),
    "pt": ("O sentimento desta crítica de filme é positivo ou negativo?\n\n{s}",
           "Classifique a notícia em uma destas categorias: Mundo, Esportes, Negócios, Ciência e tecnologia.\n\nTítulo: {t}\nDescrição: {d}",
           "Pergunta: {stem}\n{choices}\nResponda com a letra da opção correta.",
           "Resolva o problema a seguir e informe o resultado.\n\n{q}",
           "Responda brevemente: {q}?"),
    "it": ("Il sentimento di questa recensione è positivo o negativo?\n\n{s}",
           "Classifica la notizia in una di queste categorie: Mondo, Sport, Economia, Scienza e tecnologia.\n\nTitolo: {t}\nDescrizione: {d}",
           "Domanda: {stem}\n{choices}\nRispondi con la lettera dell'opzione corretta.",
           "Risolvi il seguente problema e indica il risultato.\n\n{q}",
           "Rispondi in breve: {q}?"),
    "zh": ("判断下面这条影评的情感是正面还是负面。\n\n{s}",
           "请把下面的新闻归入以下类别之一：国际、体育、财经、科技。\n\n标题：{t}\n摘要：{d}",
           "问题：{stem}\n{choices}\n请用正确选项的字母作答。",
           "请解答下面的应用题并给出结果。\n\n{q}",
           "请简要回答：{q}？"),
    "ja": ("次の映画レビューの感情はポジティブですか、ネガティブですか。\n\n{s}",
           "次のニュース記事を国際・スポーツ・ビジネス・科学技術のいずれかに分類してください。\n\nタイトル：{t}\n概要：{d}",
           "質問：{stem}\n{choices}\n正しい選択肢の記号で答えてください。",
           "次の文章題を解いて答えを示してください。\n\n{q}",
           "簡潔に答えてください：{q}？"),
    "ru": ("Определи тональность этого отзыва о фильме: положительный или отрицательный.\n\n{s}",
           "Отнеси новость к одной из категорий: Мир, Спорт, Бизнес, Наука и техника.\n\nЗаголовок: {t}\nОписание: {d}",
           "Вопрос: {stem}\n{choices}\nОтветь буквой правильного варианта.",
           "Реши задачу и укажи ответ.\n\n{q}",
           "Ответь кратко: {q}?"),
    "ar": ("هل المشاعر في مراجعة الفيلم التالية إيجابية أم سلبية؟\n\n{s}",
           "صنّف الخبر التالي ضمن إحدى الفئات: عالمي، رياضة، أعمال، علوم وتكنولوجيا.\n\nالعنوان: {t}\nالوصف: {d}",
           "السؤال: {stem}\n{choices}\nأجب بحرف الخيار الصحيح.",
           "حلّ المسألة التالية واذكر النتيجة.\n\n{q}",
           "أجب باختصار: {q}؟"),
    "ko": ("다음 영화 리뷰의 감정이 긍정인지 부정인지 판단하세요.\n\n{s}",
           "다음 뉴스 기사를 세계, 스포츠, 비즈니스, 과학기술 중 하나로 분류하세요.\n\n제목: {t}\n설명: {d}",
           "질문: {stem}\n{choices}\n정답 선택지의 알파벳으로 답하세요.",
           "다음 문장제 문제를 풀고 답을 쓰세요.\n\n{q}",
           "짧게 답하세요: {q}?"),
    "hi": ("क्या इस फ़िल्म समीक्षा की भावना सकारात्मक है या नकारात्मक?\n\n{s}",
           "इस समाचार को इनमें से किसी एक श्रेणी में रखें: विश्व, खेल, व्यापार, विज्ञान-तकनीक।\n\nशीर्षक: {t}\nविवरण: {d}",
           "प्रश्न: {stem}\n{choices}\nसही विकल्प के अक्षर से उत्तर दें।",
           "नीचे दिया गया प्रश्न हल करें और उत्तर बताएँ।\n\n{q}",
           "संक्षेप में उत्तर दें: {q}?"),
    "tr": ("Bu film yorumunun duygusu olumlu mu, olumsuz mu?\n\n{s}",
           "Aşağıdaki haberi şu kategorilerden birine yerleştir: Dünya, Spor, İş dünyası, Bilim ve teknoloji.\n\nBaşlık: {t}\nAçıklama: {d}",
           "Soru: {stem}\n{choices}\nDoğru seçeneğin harfiyle cevap ver.",
           "Aşağıdaki problemi çöz ve sonucu yaz.\n\n{q}",
           "Kısaca cevapla: {q}?"),
    "vi": ("Cảm xúc của bài đánh giá phim sau là tích cực hay tiêu cực?\n\n{s}",
           "Hãy xếp bản tin sau vào một trong các mục: Thế giới, Thể thao, Kinh doanh, Khoa học - Công nghệ.\n\nTiêu đề: {t}\nMô tả: {d}",
           "Câu hỏi: {stem}\n{choices}\nTrả lời bằng chữ cái của phương án đúng.",
           "Giải bài toán sau và cho biết kết quả.\n\n{q}",
           "Trả lời ngắn gọn: {q}?"),
}
_ML_INDEX = {"sst2": 0, "ag_news": 1, "commonsenseqa": 2, "gsm8k": 3, "nq_open": 4}


def choices_block(ch: list[tuple[str, str]], style: int = 0) -> str:
    if style == 1:
        return "\n".join(f"({k}) {t}" for k, t in ch)
    if style == 2:
        return " ".join(f"{k}) {t}" for k, t in ch)
    return "\n".join(f"{k}. {t}" for k, t in ch)


def fields(item: dict, choice_style: int = 0) -> dict:
    f = dict(item)
    if item["kind"] == "commonsenseqa":
        f["choices"] = choices_block(item["choices"], choice_style)
    return f


def gold(item: dict, lang: str = "en", style: str = "plain") -> str:
    """The correct closed answer in the task's usual answer form."""
    k = item["kind"]
    if k == "sst2":
        lab = SST2_LAB[lang][item["y"]]
        return lab.capitalize() if style == "cap" and lang == "en" else lab
    if k == "ag_news":
        return AG_LAB[lang][item["y"]]
    if k == "commonsenseqa":
        if style == "with_text":
            txt = dict(item["choices"])[item["key"]]
            return f"{item['key']}. {txt}"
        return item["key"]
    if k == "gsm8k":
        if style == "number":
            return item["num"]
        return "\n".join(item["steps"]) + "\n" + NUM_LINE.get(lang, NUM_LINE["en"]).format(n=item["num"])
    if k == "nq_open":
        return item["ans"]
    if k == "alpaca":
        return item["out"]
    raise KeyError(k)


def gold_short(item: dict, lang: str = "en") -> str:
    """A one-token-ish gold answer (the label / letter / number / short answer)."""
    if item["kind"] == "gsm8k":
        return item["num"]
    if item["kind"] == "alpaca":
        return item["out"]
    return gold(item, lang)


def render(item: dict, lang: str, tpl: int, choice_style: int = 0) -> tuple[str, str]:
    """(instruction, input) for an item in a task-wording language; input may be ""."""
    k = item["kind"]
    f = fields(item, choice_style)
    if k == "alpaca":
        return item["ins"], item["inp"]
    if lang == "en":
        ins, inp = EN_TEMPLATES[k][tpl % len(EN_TEMPLATES[k])]
        return ins.format(**f), inp.format(**f)
    return ML_TEMPLATES[lang][_ML_INDEX[k]].format(**f), ""


def joined(ins: str, inp: str) -> str:
    return f"{ins}\n\n{inp}" if inp else ins
