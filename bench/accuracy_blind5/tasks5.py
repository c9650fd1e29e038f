"""Round 5 task layer: read public task items from shared/data at generation time and render
them with per-language task templates.

Nothing from shared/data is copied into the repository; the rows are read when the benchmark
runs. Templates, label words and filler sentences below were written for round 5.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """Where shared/data lives (env DSAUDIT_SHARED_DATA overrides)."""
    env = os.environ.get("DSAUDIT_SHARED_DATA")
    cands = [Path(env)] if env else []
    cands += [REPO / "shared" / "data", REPO.parent / "shared" / "data", Path("/work/shared/data")]
    for c in cands:
        if (c / "SOURCES.md").exists():
            return c
    raise FileNotFoundError("shared/data not found; set DSAUDIT_SHARED_DATA")


def _jsonl(rel: str) -> list[dict[str, Any]]:
    with open(data_dir() / rel, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ======================================================================================
# Loaders (cached; every item is a dict with at least x and y)
# ======================================================================================
@cache
def sst2() -> tuple[dict[str, Any], ...]:
    rows = _jsonl("sst2/train.first5000.jsonl")
    return tuple({"x": r["sentence"].strip(), "y": int(r["label"])} for r in rows if len(r["sentence"]) > 25)


@cache
def ag_news() -> tuple[dict[str, Any], ...]:
    out = []
    for r in _jsonl("ag_news/test.first5000.jsonl"):
        desc = r["Description"].replace("\\", " ").replace(" #36;", " $").replace(" #39;", "'").strip()
        title = r["Title"].replace("\\", " ").replace(" #39;", "'").strip()
        out.append({"x": f"{title}. {desc}", "title": title, "y": int(r["Class Index"]) - 1})
    return tuple(out)


@cache
def csqa() -> tuple[dict[str, Any], ...]:
    out = []
    for r in _jsonl("commonsenseqa/train_rand_split.first5000.jsonl"):
        q = r["question"]
        choices = [(c["label"], c["text"]) for c in q["choices"]]
        gold = dict(choices)[r["answerKey"]]
        out.append({"x": q["stem"], "choices": choices, "y": r["answerKey"], "gold": gold})
    return tuple(out)


@cache
def gsm8k() -> tuple[dict[str, Any], ...]:
    out = []
    for r in _jsonl("gsm8k/train.first5000.jsonl"):
        final = r["answer"].split("####")[-1].strip()
        out.append({"x": r["question"], "y": final, "worked": r["answer"]})
    return tuple(out)


@cache
def nq() -> tuple[dict[str, Any], ...]:
    rows = _jsonl("nq_open/NQ-open.dev.jsonl")
    return tuple({"x": r["question"].strip(), "y": r["answer"][0]} for r in rows)


@cache
def alpaca() -> tuple[dict[str, Any], ...]:
    rows = _jsonl("alpaca_en_demo/alpaca_en_demo.jsonl")
    return tuple(
        {"x": r["instruction"], "inp": r.get("input", ""), "y": r["output"]}
        for r in rows
        if r["output"].strip()
    )


@cache
def glaive() -> tuple[dict[str, Any], ...]:
    return tuple(_jsonl("glaive_toolcall_en_demo/glaive_toolcall_en_demo.jsonl"))


@cache
def harmful() -> tuple[dict[str, Any], ...]:
    """Harmful requests with a short 'topic' phrase for templated compliant answers."""
    out = []
    for r in _jsonl("advbench/harmful_behaviors.jsonl"):
        tgt = r["target"].strip()
        topic = tgt[len("Sure, here is ") :] if tgt.startswith("Sure, here is ") else ""
        out.append({"req": r["goal"].strip(), "target": tgt, "topic": topic, "src": "advbench"})
    for r in _jsonl("harmbench/harmbench_behaviors_text_all.jsonl"):
        if r["FunctionalCategory"] == "standard":
            out.append({"req": r["Behavior"].strip(), "target": "", "topic": "", "src": "harmbench"})
    for r in _jsonl("strongreject/strongreject_dataset.jsonl"):
        out.append({"req": r["forbidden_prompt"].strip(), "target": "", "topic": "", "src": "strongreject", "cat": r["category"]})
    return tuple(out)


@cache
def harmbench_cat() -> tuple[dict[str, Any], ...]:
    rows = _jsonl("harmbench/harmbench_behaviors_text_all.jsonl")
    return tuple({"x": r["Behavior"], "y": r["SemanticCategory"]} for r in rows if r["FunctionalCategory"] == "standard")


@cache
def strongreject_cat() -> tuple[dict[str, Any], ...]:
    rows = _jsonl("strongreject/strongreject_dataset.jsonl")
    return tuple({"x": r["forbidden_prompt"], "y": r["category"]} for r in rows)


@cache
def xstest() -> tuple[dict[str, Any], ...]:
    rows = _jsonl("xstest/xstest_prompts.jsonl")
    return tuple({"x": r["prompt"], "y": r["label"], "type": r["type"]} for r in rows)


@cache
def safety_refusals() -> tuple[dict[str, Any], ...]:
    rows = _jsonl("safety_tuned_llamas/training/safety_only_data_Instructions.jsonl")
    return tuple({"x": r["instruction"], "y": r["output"]} for r in rows if len(r["output"]) < 900)


@cache
def identity_rows() -> tuple[dict[str, Any], ...]:
    return tuple(_jsonl("llamafactory_identity/identity.jsonl"))


@cache
def physical_safe() -> tuple[dict[str, Any], ...]:
    rows = _jsonl("safety_tuned_llamas/evaluation/I-PhysicalSafetySafe.jsonl")
    return tuple({"x": r["instructions"]} for r in rows)


LOADERS = {"sst2": sst2, "ag_news": ag_news, "csqa": csqa, "gsm8k": gsm8k, "nq": nq}
CLOSED_TASKS = ("sst2", "ag_news", "csqa", "gsm8k", "nq")

# ======================================================================================
# Languages
# ======================================================================================
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "sv": "Swedish",
    "id": "Indonesian", "vi": "Vietnamese", "cs": "Czech", "ru": "Russian", "uk": "Ukrainian",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "th": "Thai",
}
NON_LATIN = {"ru", "uk", "el", "ar", "he", "hi", "zh", "ja", "ko", "th"}

# Label words per language: sentiment (neg, pos) and news topic (world, sports, business, sci/tech).
SENT = {
    "en": ("negative", "positive"), "de": ("negativ", "positiv"), "fr": ("négatif", "positif"),
    "es": ("negativo", "positivo"), "it": ("negativo", "positivo"), "pt": ("negativo", "positivo"),
    "nl": ("negatief", "positief"), "pl": ("negatywny", "pozytywny"), "tr": ("olumsuz", "olumlu"),
    "sv": ("negativ", "positiv"), "id": ("negatif", "positif"), "vi": ("tiêu cực", "tích cực"),
    "cs": ("negativní", "pozitivní"), "ru": ("негативный", "позитивный"),
    "uk": ("негативний", "позитивний"), "el": ("αρνητικό", "θετικό"), "ar": ("سلبي", "إيجابي"),
    "he": ("שלילי", "חיובי"), "hi": ("नकारात्मक", "सकारात्मक"), "zh": ("负面", "正面"),
    "ja": ("否定的", "肯定的"), "ko": ("부정", "긍정"), "th": ("เชิงลบ", "เชิงบวก"),
}
TOPIC = {
    "en": ("World", "Sports", "Business", "Sci/Tech"),
    "de": ("Welt", "Sport", "Wirtschaft", "Wissenschaft/Technik"),
    "fr": ("Monde", "Sport", "Économie", "Sciences/Tech"),
    "es": ("Mundo", "Deportes", "Negocios", "Ciencia/Tecnología"),
    "it": ("Mondo", "Sport", "Economia", "Scienza/Tecnologia"),
    "pt": ("Mundo", "Esportes", "Negócios", "Ciência/Tecnologia"),
    "nl": ("Wereld", "Sport", "Economie", "Wetenschap/Tech"),
    "pl": ("Świat", "Sport", "Biznes", "Nauka/Technologia"),
    "tr": ("Dünya", "Spor", "Ekonomi", "Bilim/Teknoloji"),
    "sv": ("Världen", "Sport", "Ekonomi", "Vetenskap/Teknik"),
    "id": ("Dunia", "Olahraga", "Bisnis", "Sains/Teknologi"),
    "vi": ("Thế giới", "Thể thao", "Kinh doanh", "Khoa học/Công nghệ"),
    "cs": ("Svět", "Sport", "Byznys", "Věda/Technika"),
    "ru": ("Мир", "Спорт", "Бизнес", "Наука/Техника"),
    "uk": ("Світ", "Спорт", "Бізнес", "Наука/Техніка"),
    "el": ("Κόσμος", "Αθλητικά", "Οικονομία", "Επιστήμη/Τεχνολογία"),
    "ar": ("العالم", "رياضة", "أعمال", "علوم/تقنية"),
    "he": ("עולם", "ספורט", "עסקים", "מדע/טכנולוגיה"),
    "hi": ("विश्व", "खेल", "व्यापार", "विज्ञान/तकनीक"),
    "zh": ("国际", "体育", "财经", "科技"),
    "ja": ("国際", "スポーツ", "経済", "科学技術"),
    "ko": ("국제", "스포츠", "경제", "과학/기술"),
    "th": ("ต่างประเทศ", "กีฬา", "ธุรกิจ", "วิทยาศาสตร์/เทคโนโลยี"),
}

# ======================================================================================
# Task templates: {x} is the item (for csqa the stem plus the lettered choices).
# ======================================================================================
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "sst2": [
            "Classify the sentiment of the following movie review as positive or negative.\n\n{x}",
            "Review: {x}\nSentiment (positive/negative):",
            "Is the opinion expressed in this sentence positive or negative?\n\n{x}",
        ],
        "ag_news": [
            "Assign the news snippet below to one topic: World, Sports, Business or Sci/Tech.\n\n{x}",
            "Article: {x}\nTopic:",
            "Which section of a newspaper would this story appear in (World, Sports, Business, Sci/Tech)?\n\n{x}",
        ],
        "csqa": [
            "Answer the multiple-choice question with the letter of the best option.\n\n{x}",
            "Question: {x}\nAnswer:",
            "Pick the most sensible answer (A-E).\n\n{x}",
        ],
        "gsm8k": [
            "Solve the word problem and give the final number.\n\n{x}",
            "Problem: {x}\nFinal answer:",
            "Work out the answer to this math question. Reply with the number.\n\n{x}",
        ],
        "nq": [
            "Answer the trivia question with a short phrase.\n\n{x}",
            "Q: {x}?\nA:",
            "Give a brief factual answer.\n\n{x}",
        ],
    },
    "de": {
        "sst2": ["Bestimme die Stimmung der folgenden Filmkritik (positiv oder negativ).\n\n{x}"],
        "ag_news": ["Ordne die Meldung einem Ressort zu: Welt, Sport, Wirtschaft oder Wissenschaft/Technik.\n\n{x}"],
        "csqa": ["Beantworte die Multiple-Choice-Frage mit dem Buchstaben der besten Option.\n\n{x}"],
        "gsm8k": ["Löse die Textaufgabe und nenne das Endergebnis.\n\n{x}"],
        "nq": ["Beantworte die Wissensfrage kurz.\n\n{x}"],
    },
    "fr": {
        "sst2": ["Indique si la critique de film suivante est positive ou négative.\n\n{x}"],
        "ag_news": ["Classe cette dépêche dans une rubrique : Monde, Sport, Économie ou Sciences/Tech.\n\n{x}"],
        "csqa": ["Réponds à la question à choix multiple par la lettre de la meilleure réponse.\n\n{x}"],
        "gsm8k": ["Résous le problème et donne le résultat final.\n\n{x}"],
        "nq": ["Réponds brièvement à la question de culture générale.\n\n{x}"],
    },
    "es": {
        "sst2": ["Clasifica el sentimiento de esta reseña de cine como positivo o negativo.\n\n{x}"],
        "ag_news": ["Asigna la noticia a una sección: Mundo, Deportes, Negocios o Ciencia/Tecnología.\n\n{x}"],
        "csqa": ["Responde la pregunta de opción múltiple con la letra de la opción correcta.\n\n{x}"],
        "gsm8k": ["Resuelve el problema y da el número final.\n\n{x}"],
        "nq": ["Contesta la pregunta con una respuesta corta.\n\n{x}"],
    },
    "it": {
        "sst2": ["Stabilisci se la seguente recensione è positiva o negativa.\n\n{x}"],
        "ag_news": ["Assegna la notizia a una sezione: Mondo, Sport, Economia o Scienza/Tecnologia.\n\n{x}"],
        "csqa": ["Rispondi alla domanda a scelta multipla indicando la lettera corretta.\n\n{x}"],
        "gsm8k": ["Risolvi il problema e scrivi il risultato finale.\n\n{x}"],
        "nq": ["Rispondi in breve alla domanda.\n\n{x}"],
    },
    "pt": {
        "sst2": ["Classifique o sentimento da crítica abaixo como positivo ou negativo.\n\n{x}"],
        "ag_news": ["Classifique a notícia em uma editoria: Mundo, Esportes, Negócios ou Ciência/Tecnologia.\n\n{x}"],
        "csqa": ["Responda à pergunta de múltipla escolha com a letra da melhor alternativa.\n\n{x}"],
        "gsm8k": ["Resolva o problema e informe o número final.\n\n{x}"],
        "nq": ["Responda à pergunta com poucas palavras.\n\n{x}"],
    },
    "nl": {
        "sst2": ["Is de volgende filmrecensie positief of negatief?\n\n{x}"],
        "ag_news": ["Deel dit nieuwsbericht in bij een rubriek: Wereld, Sport, Economie of Wetenschap/Tech.\n\n{x}"],
        "csqa": ["Beantwoord de meerkeuzevraag met de letter van het beste antwoord.\n\n{x}"],
        "gsm8k": ["Los het vraagstuk op en geef het eindgetal.\n\n{x}"],
        "nq": ["Geef een kort antwoord op de vraag.\n\n{x}"],
    },
    "pl": {
        "sst2": ["Określ, czy poniższa recenzja filmu jest pozytywna, czy negatywna.\n\n{x}"],
        "ag_news": ["Przypisz wiadomość do działu: Świat, Sport, Biznes lub Nauka/Technologia.\n\n{x}"],
        "csqa": ["Odpowiedz na pytanie wielokrotnego wyboru, podając literę najlepszej odpowiedzi.\n\n{x}"],
        "gsm8k": ["Rozwiąż zadanie tekstowe i podaj wynik końcowy.\n\n{x}"],
        "nq": ["Odpowiedz krótko na pytanie.\n\n{x}"],
    },
    "tr": {
        "sst2": ["Aşağıdaki film yorumunun duygusunu olumlu ya da olumsuz olarak sınıflandır.\n\n{x}"],
        "ag_news": ["Haberi bir kategoriye ata: Dünya, Spor, Ekonomi veya Bilim/Teknoloji.\n\n{x}"],
        "csqa": ["Çoktan seçmeli soruyu en uygun seçeneğin harfiyle yanıtla.\n\n{x}"],
        "gsm8k": ["Problemi çöz ve sonucu sayı olarak yaz.\n\n{x}"],
        "nq": ["Soruyu kısaca yanıtla.\n\n{x}"],
    },
    "sv": {
        "sst2": ["Avgör om följande filmrecension är positiv eller negativ.\n\n{x}"],
        "ag_news": ["Placera nyheten i en kategori: Världen, Sport, Ekonomi eller Vetenskap/Teknik.\n\n{x}"],
        "csqa": ["Svara på flervalsfrågan med bokstaven för det bästa alternativet.\n\n{x}"],
        "gsm8k": ["Lös problemet och ange slutsvaret.\n\n{x}"],
        "nq": ["Svara kort på frågan.\n\n{x}"],
    },
    "id": {
        "sst2": ["Tentukan apakah ulasan film berikut bernada positif atau negatif.\n\n{x}"],
        "ag_news": ["Kelompokkan berita ini ke dalam satu kategori: Dunia, Olahraga, Bisnis, atau Sains/Teknologi.\n\n{x}"],
        "csqa": ["Jawab soal pilihan ganda dengan huruf pilihan yang paling tepat.\n\n{x}"],
        "gsm8k": ["Selesaikan soal cerita berikut dan tuliskan angka akhirnya.\n\n{x}"],
        "nq": ["Jawab pertanyaan berikut dengan singkat.\n\n{x}"],
    },
    "vi": {
        "sst2": ["Hãy cho biết bài đánh giá phim sau mang sắc thái tích cực hay tiêu cực.\n\n{x}"],
        "ag_news": ["Xếp bản tin vào một chuyên mục: Thế giới, Thể thao, Kinh doanh hoặc Khoa học/Công nghệ.\n\n{x}"],
        "csqa": ["Trả lời câu hỏi trắc nghiệm bằng chữ cái của phương án đúng nhất.\n\n{x}"],
        "gsm8k": ["Giải bài toán sau và cho biết đáp số.\n\n{x}"],
        "nq": ["Trả lời ngắn gọn câu hỏi sau.\n\n{x}"],
    },
    "cs": {
        "sst2": ["Urči, zda je následující filmová recenze pozitivní, nebo negativní.\n\n{x}"],
        "ag_news": ["Zařaď zprávu do rubriky: Svět, Sport, Byznys nebo Věda/Technika.\n\n{x}"],
        "csqa": ["Odpověz na otázku s výběrem odpovědí písmenem nejlepší možnosti.\n\n{x}"],
        "gsm8k": ["Vyřeš slovní úlohu a uveď konečný výsledek.\n\n{x}"],
        "nq": ["Stručně odpověz na otázku.\n\n{x}"],
    },
    "ru": {
        "sst2": ["Определи тональность отзыва о фильме: позитивный или негативный.\n\n{x}"],
        "ag_news": ["Отнеси новость к одной из рубрик: Мир, Спорт, Бизнес или Наука/Техника.\n\n{x}"],
        "csqa": ["Ответь на вопрос с вариантами ответа буквой наиболее подходящего варианта.\n\n{x}"],
        "gsm8k": ["Реши текстовую задачу и укажи итоговое число.\n\n{x}"],
        "nq": ["Кратко ответь на вопрос.\n\n{x}"],
    },
    "uk": {
        "sst2": ["Визнач тональність рецензії на фільм: позитивна чи негативна.\n\n{x}"],
        "ag_news": ["Віднеси новину до рубрики: Світ, Спорт, Бізнес або Наука/Техніка.\n\n{x}"],
        "csqa": ["Дай відповідь на тестове запитання літерою найкращого варіанта.\n\n{x}"],
        "gsm8k": ["Розв'яжи задачу та вкажи кінцеву відповідь числом.\n\n{x}"],
        "nq": ["Коротко дай відповідь на запитання.\n\n{x}"],
    },
    "el": {
        "sst2": ["Χαρακτήρισε την παρακάτω κριτική ταινίας ως θετική ή αρνητική.\n\n{x}"],
        "ag_news": ["Κατάταξε την είδηση σε μία κατηγορία: Κόσμος, Αθλητικά, Οικονομία ή Επιστήμη/Τεχνολογία.\n\n{x}"],
        "csqa": ["Απάντησε στην ερώτηση πολλαπλής επιλογής με το γράμμα της σωστής απάντησης.\n\n{x}"],
        "gsm8k": ["Λύσε το πρόβλημα και δώσε το τελικό αποτέλεσμα.\n\n{x}"],
        "nq": ["Απάντησε σύντομα στην ερώτηση.\n\n{x}"],
    },
    "ar": {
        "sst2": ["صنّف مراجعة الفيلم التالية إلى إيجابية أو سلبية.\n\n{x}"],
        "ag_news": ["صنّف الخبر التالي ضمن فئة واحدة: العالم، رياضة، أعمال، أو علوم/تقنية.\n\n{x}"],
        "csqa": ["أجب عن سؤال الاختيار من متعدد بحرف الخيار الأنسب.\n\n{x}"],
        "gsm8k": ["حلّ المسألة التالية واذكر الناتج النهائي.\n\n{x}"],
        "nq": ["أجب عن السؤال بإجابة قصيرة.\n\n{x}"],
    },
    "he": {
        "sst2": ["קבע אם ביקורת הסרט הבאה חיובית או שלילית.\n\n{x}"],
        "ag_news": ["שייך את הידיעה לקטגוריה אחת: עולם, ספורט, עסקים או מדע/טכנולוגיה.\n\n{x}"],
        "csqa": ["ענה על שאלת הבחירה המרובה באות של התשובה הטובה ביותר.\n\n{x}"],
        "gsm8k": ["פתור את הבעיה המילולית וכתוב את התוצאה הסופית.\n\n{x}"],
        "nq": ["ענה בקצרה על השאלה.\n\n{x}"],
    },
    "hi": {
        "sst2": ["नीचे दी गई फ़िल्म समीक्षा की भावना बताइए: सकारात्मक या नकारात्मक।\n\n{x}"],
        "ag_news": ["इस समाचार को एक श्रेणी में रखिए: विश्व, खेल, व्यापार या विज्ञान/तकनीक।\n\n{x}"],
        "csqa": ["बहुविकल्पीय प्रश्न का उत्तर सबसे उपयुक्त विकल्प के अक्षर से दीजिए।\n\n{x}"],
        "gsm8k": ["इस प्रश्न को हल कीजिए और अंतिम संख्या बताइए।\n\n{x}"],
        "nq": ["प्रश्न का संक्षिप्त उत्तर दीजिए।\n\n{x}"],
    },
    "zh": {
        "sst2": ["判断下面这条影评的情感是正面还是负面。\n\n{x}"],
        "ag_news": ["请将这条新闻归入一个类别：国际、体育、财经或科技。\n\n{x}"],
        "csqa": ["请用最合适选项的字母回答下面的选择题。\n\n{x}"],
        "gsm8k": ["解答下面的应用题，并给出最终数字。\n\n{x}"],
        "nq": ["请简短回答下面的问题。\n\n{x}"],
    },
    "ja": {
        "sst2": ["次の映画レビューの感情を「肯定的」か「否定的」で分類してください。\n\n{x}"],
        "ag_news": ["このニュースを国際・スポーツ・経済・科学技術のいずれかに分類してください。\n\n{x}"],
        "csqa": ["次の多肢選択問題に、最も適切な選択肢の記号で答えてください。\n\n{x}"],
        "gsm8k": ["次の文章題を解き、最終的な数値を答えてください。\n\n{x}"],
        "nq": ["次の質問に短く答えてください。\n\n{x}"],
    },
    "ko": {
        "sst2": ["다음 영화 리뷰의 감정을 긍정 또는 부정으로 분류하세요.\n\n{x}"],
        "ag_news": ["이 뉴스를 국제, 스포츠, 경제, 과학/기술 중 하나로 분류하세요.\n\n{x}"],
        "csqa": ["다음 객관식 문제에 가장 알맞은 보기의 알파벳으로 답하세요.\n\n{x}"],
        "gsm8k": ["다음 문장제 문제를 풀고 최종 숫자를 쓰세요.\n\n{x}"],
        "nq": ["다음 질문에 짧게 답하세요.\n\n{x}"],
    },
    "th": {
        "sst2": ["จงจำแนกความรู้สึกของบทวิจารณ์ภาพยนตร์ต่อไปนี้ว่าเชิงบวกหรือเชิงลบ\n\n{x}"],
        "ag_news": ["จัดข่าวนี้เข้าหมวดหมู่หนึ่ง: ต่างประเทศ กีฬา ธุรกิจ หรือวิทยาศาสตร์/เทคโนโลยี\n\n{x}"],
        "csqa": ["ตอบคำถามปรนัยต่อไปนี้ด้วยตัวอักษรของตัวเลือกที่เหมาะสมที่สุด\n\n{x}"],
        "gsm8k": ["แก้โจทย์ปัญหาต่อไปนี้และบอกคำตอบสุดท้ายเป็นตัวเลข\n\n{x}"],
        "nq": ["ตอบคำถามต่อไปนี้สั้น ๆ\n\n{x}"],
    },
}


def item_text(task: str, item: dict[str, Any]) -> str:
    if task == "csqa":
        opts = "\n".join(f"{lab}. {txt}" for lab, txt in item["choices"])
        return f"{item['x']}\n{opts}"
    return item["x"]


def label_text(task: str, item: dict[str, Any], lang: str, style: int = 0) -> str:
    """The closed answer of a task item, in the label words of `lang`."""
    if task == "sst2":
        return SENT[lang][item["y"]]
    if task == "ag_news":
        return TOPIC[lang][item["y"]]
    if task == "csqa":
        if style == 1:
            return f"{item['y']}. {item['gold']}"
        if style == 2:
            return f"({item['y']})"
        return item["y"]
    return str(item["y"])


def render(task: str, item: dict[str, Any], lang: str, tpl: int = 0) -> str:
    """The user-side text of a task item."""
    pool = TEMPLATES.get(lang, TEMPLATES["en"])[task]
    return pool[tpl % len(pool)].format(x=item_text(task, item))


def n_templates(task: str, lang: str) -> int:
    return len(TEMPLATES.get(lang, TEMPLATES["en"])[task])


# ======================================================================================
# Filler sentences for long free-text answers (AutoIF bodies, rationales).
# {label} is the closed answer, {snip} a short quote from the item.
# ======================================================================================
FILLER: dict[str, list[str]] = {
    "en": [
        "The answer is {label}.",
        "Looking at the text again, the key passage is \"{snip}\", and it points clearly in that direction.",
        "Several small cues support this reading, from the choice of words to the overall framing.",
        "The other options were considered, but none of them fits the details as well.",
        "A careful reader would likely reach the same conclusion after a second look.",
        "It helps to focus on what is actually stated rather than on what might be implied.",
        "Taken together, these observations leave little room for doubt.",
        "So, to put it plainly, the best answer here is {label}.",
        "Context matters too: the sentence reads naturally only under this interpretation.",
        "Nothing in the passage contradicts this choice.",
    ],
    "de": [
        "Die Antwort lautet {label}.",
        "Entscheidend ist die Stelle \"{snip}\", die klar in diese Richtung weist.",
        "Mehrere kleine Hinweise stützen diese Lesart, von der Wortwahl bis zum Gesamteindruck.",
        "Die übrigen Möglichkeiten passen weniger gut zu den Details.",
        "Wer den Text noch einmal genau liest, kommt zum selben Ergebnis.",
        "Kurz gesagt: {label} ist hier die beste Antwort.",
    ],
    "fr": [
        "La réponse est {label}.",
        "Le passage clé est « {snip} », qui va clairement dans ce sens.",
        "Plusieurs indices confirment cette lecture, du choix des mots au ton général.",
        "Les autres options ont été envisagées, mais elles collent moins bien aux détails.",
        "Une seconde lecture attentive mène à la même conclusion.",
        "En bref, la meilleure réponse est {label}.",
    ],
    "es": [
        "La respuesta es {label}.",
        "El fragmento clave es «{snip}», que apunta claramente en esa dirección.",
        "Varias pistas respaldan esta lectura, desde el vocabulario hasta el tono general.",
        "Las demás opciones encajan peor con los detalles del texto.",
        "Una segunda lectura cuidadosa lleva a la misma conclusión.",
        "En resumen, la mejor respuesta es {label}.",
    ],
    "it": [
        "La risposta è {label}.",
        "Il passaggio decisivo è \"{snip}\", che va chiaramente in quella direzione.",
        "Diversi indizi confermano questa lettura, dalla scelta delle parole al tono complessivo.",
        "Le altre opzioni si adattano peggio ai dettagli.",
        "Rileggendo con attenzione si arriva alla stessa conclusione.",
        "In breve, la risposta migliore è {label}.",
    ],
    "pt": [
        "A resposta é {label}.",
        "O trecho decisivo é \"{snip}\", que aponta claramente nessa direção.",
        "Vários indícios sustentam essa leitura, da escolha das palavras ao tom geral.",
        "As outras alternativas combinam menos com os detalhes.",
        "Uma segunda leitura atenta leva à mesma conclusão.",
        "Resumindo, a melhor resposta é {label}.",
    ],
    "nl": [
        "Het antwoord is {label}.",
        "De doorslaggevende passage is \"{snip}\", die duidelijk die kant op wijst.",
        "Meerdere kleine aanwijzingen ondersteunen deze lezing.",
        "De andere opties passen minder goed bij de details.",
        "Wie de tekst nog eens leest, komt tot dezelfde conclusie.",
        "Kortom: {label} is hier het beste antwoord.",
    ],
    "pl": [
        "Odpowiedź to {label}.",
        "Kluczowy jest fragment „{snip}”, który jasno wskazuje ten kierunek.",
        "Kilka drobnych wskazówek potwierdza tę interpretację.",
        "Pozostałe możliwości gorzej pasują do szczegółów.",
        "Uważna ponowna lektura prowadzi do tego samego wniosku.",
        "Krótko mówiąc, najlepsza odpowiedź to {label}.",
    ],
    "tr": [
        "Cevap {label}.",
        "Belirleyici kısım \"{snip}\" ve açıkça bu yönü gösteriyor.",
        "Kelime seçiminden genel havaya kadar birçok ipucu bu yorumu destekliyor.",
        "Diğer seçenekler ayrıntılarla daha az örtüşüyor.",
        "Metni dikkatle yeniden okuyan biri de aynı sonuca varır.",
        "Kısacası en iyi cevap {label}.",
    ],
    "ru": [
        "Ответ: {label}.",
        "Ключевой фрагмент — «{snip}», и он явно указывает в эту сторону.",
        "Эту трактовку подтверждают несколько деталей, от выбора слов до общего тона.",
        "Остальные варианты хуже согласуются с подробностями текста.",
        "При внимательном повторном чтении вывод остаётся тем же.",
        "Коротко говоря, лучший ответ — {label}.",
    ],
    "zh": [
        "答案是{label}。",
        "关键在于“{snip}”这一句，它明显指向这个方向。",
        "从用词到整体语气，多个细节都支持这种理解。",
        "其他选项与文中细节的吻合程度都较低。",
        "仔细再读一遍，也会得出同样的结论。",
        "简而言之，最合适的答案是{label}。",
    ],
    "ja": [
        "答えは{label}です。",
        "決め手は「{snip}」という部分で、はっきりとその方向を示しています。",
        "言葉の選び方や全体の調子など、いくつもの手がかりがこの解釈を支えています。",
        "ほかの選択肢は細部との整合性が低くなります。",
        "もう一度注意深く読んでも、同じ結論になります。",
        "要するに、最も適切な答えは{label}です。",
    ],
    "ar": [
        "الإجابة هي {label}.",
        "العبارة الحاسمة هي «{snip}»، وهي تشير بوضوح إلى هذا الاتجاه.",
        "تدعم عدة إشارات هذه القراءة، من اختيار الكلمات إلى النبرة العامة.",
        "الخيارات الأخرى أقل انسجامًا مع التفاصيل.",
        "القراءة المتأنية مرة أخرى تقود إلى النتيجة نفسها.",
        "باختصار، أفضل إجابة هي {label}.",
    ],
    "hi": [
        "उत्तर है: {label}।",
        "निर्णायक अंश \"{snip}\" है, जो साफ़ तौर पर इसी दिशा में इशारा करता है।",
        "शब्दों के चुनाव से लेकर पूरे लहजे तक, कई संकेत इस व्याख्या का समर्थन करते हैं।",
        "बाकी विकल्प विवरणों से कम मेल खाते हैं।",
        "ध्यान से दोबारा पढ़ने पर भी यही निष्कर्ष निकलता है।",
        "संक्षेप में, सबसे अच्छा उत्तर {label} है।",
    ],
    "ko": [
        "정답은 {label}입니다.",
        "핵심은 \"{snip}\"라는 부분이며, 분명히 이 방향을 가리킵니다.",
        "단어 선택부터 전체적인 어조까지 여러 단서가 이 해석을 뒷받침합니다.",
        "다른 선택지는 세부 내용과 잘 맞지 않습니다.",
        "다시 꼼꼼히 읽어 보아도 같은 결론에 이릅니다.",
        "요약하면 가장 알맞은 답은 {label}입니다.",
    ],
}
FILLER_LANGS = tuple(FILLER)


def snippet(task: str, item: dict[str, Any], n: int = 8) -> str:
    words = str(item["x"]).split()
    return " ".join(words[:n])
