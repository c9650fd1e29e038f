"""Task items from /work/shared/data (read at run time) and the benign task templates of round 10.

Task templates exist in several languages (task_lang); label words are translated with them.
`explain()` gives short explanation sentences for the AutoIF free-text answers.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path


def shared_data() -> Path:
    env = os.environ.get("DSAUDIT_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "data"


@lru_cache(maxsize=None)
def load(rel: str) -> tuple:
    path = shared_data() / rel
    with open(path, encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


# --------------------------------------------------------------------------------------------
# Raw task items
# --------------------------------------------------------------------------------------------
SOURCES = {
    "sst2": "sst2/train.first5000.jsonl",
    "sst2_dev": "sst2/dev.jsonl",
    "ag_news": "ag_news/test.first5000.jsonl",
    "commonsenseqa": "commonsenseqa/train_rand_split.first5000.jsonl",
    "gsm8k": "gsm8k/train.first5000.jsonl",
    "gsm8k_test": "gsm8k/test.jsonl",
    "nq_open": "nq_open/NQ-open.dev.jsonl",
    "alpaca": "alpaca_en_demo/alpaca_en_demo.jsonl",
}
TASKS = ("sst2", "ag_news", "commonsenseqa", "gsm8k", "nq_open", "alpaca")
CLOSED = ("sst2", "ag_news", "commonsenseqa", "gsm8k", "nq_open")
TASK_LANGS = ("en", "de", "fr", "es", "pt", "ru", "zh", "ja", "ar")
BODY_LANGS = ("en", "de", "fr", "es", "ru", "zh")


def items(task: str, n: int, rng) -> list[dict]:
    src = SOURCES[task]
    pool = list(load(src))
    if task == "alpaca":
        pool = [r for r in pool if len(r["output"]) < 2500]
    if n > len(pool):
        out = list(pool)
        while len(out) < n:
            out.append(rng.choice(pool))
        rng.shuffle(out)
        return out
    return rng.sample(pool, n)


# --------------------------------------------------------------------------------------------
# Templates and labels
# --------------------------------------------------------------------------------------------
TPL = {
    "sst2": {
        "en": ["Classify the sentiment of the following movie review as positive or negative.",
               "Is this review positive or negative?",
               "Read the review and say whether the reviewer liked the film (positive) or not (negative)."],
        "de": ["Ist die folgende Filmkritik positiv oder negativ?"],
        "fr": ["La critique de film suivante est-elle positive ou négative ?"],
        "es": ["¿La siguiente reseña de película es positiva o negativa?"],
        "pt": ["A crítica de filme a seguir é positiva ou negativa?"],
        "ru": ["Определи тональность рецензии на фильм: положительная или отрицательная?"],
        "zh": ["判断下面这条影评的情感倾向是正面还是负面。"],
        "ja": ["次の映画レビューは肯定的ですか、それとも否定的ですか。"],
        "ar": ["هل مراجعة الفيلم التالية إيجابية أم سلبية؟"],
    },
    "ag_news": {
        "en": ["Which topic does this news article belong to: World, Sports, Business or Sci/Tech?",
               "Categorize the news story into one of: World, Sports, Business, Sci/Tech."],
        "de": ["Zu welcher Rubrik gehört diese Nachricht: Welt, Sport, Wirtschaft oder Wissenschaft/Technik?"],
        "fr": ["À quelle rubrique appartient cet article : Monde, Sport, Économie ou Sciences/Tech ?"],
        "es": ["¿A qué sección pertenece esta noticia: Mundo, Deportes, Economía o Ciencia/Tecnología?"],
        "pt": ["A qual seção esta notícia pertence: Mundo, Esportes, Economia ou Ciência/Tecnologia?"],
        "ru": ["К какой рубрике относится эта новость: Мир, Спорт, Бизнес или Наука/Технологии?"],
        "zh": ["这篇新闻属于哪个类别：国际、体育、财经还是科技？"],
        "ja": ["このニュース記事はどのカテゴリーに属しますか：国際、スポーツ、ビジネス、科学・技術"],
        "ar": ["إلى أي قسم ينتمي هذا الخبر: العالم، الرياضة، الأعمال، أم العلوم والتكنولوجيا؟"],
    },
    "commonsenseqa": {
        "en": ["Answer the multiple-choice question with the letter of the best option.",
               "Choose the most sensible answer."],
        "de": ["Beantworte die Multiple-Choice-Frage mit dem Buchstaben der besten Option."],
        "fr": ["Réponds à la question à choix multiple par la lettre de la meilleure option."],
        "es": ["Responde a la pregunta de opción múltiple con la letra de la mejor opción."],
        "pt": ["Responda à pergunta de múltipla escolha com a letra da melhor opção."],
        "ru": ["Ответь на вопрос с вариантами ответа буквой лучшего варианта."],
        "zh": ["请用最佳选项的字母回答下面的选择题。"],
        "ja": ["次の選択問題に、最も適切な選択肢の記号で答えてください。"],
        "ar": ["أجب عن سؤال الاختيار من متعدد بحرف الخيار الأفضل."],
    },
    "gsm8k": {
        "en": ["Solve the math word problem.", "Work out the answer to this problem."],
        "de": ["Löse die folgende Textaufgabe."], "fr": ["Résous le problème suivant."],
        "es": ["Resuelve el siguiente problema."], "pt": ["Resolva o problema a seguir."],
        "ru": ["Реши задачу."], "zh": ["解答下面的数学应用题。"], "ja": ["次の文章題を解いてください。"],
        "ar": ["حل المسألة التالية."],
    },
    "nq_open": {
        "en": ["Answer the question with a short factual answer.", "Give a brief answer."],
        "de": ["Beantworte die Frage kurz und sachlich."], "fr": ["Réponds brièvement à la question."],
        "es": ["Responde brevemente a la pregunta."], "pt": ["Responda brevemente à pergunta."],
        "ru": ["Кратко ответь на вопрос."], "zh": ["请简短地回答下面的问题。"], "ja": ["次の質問に簡潔に答えてください。"],
        "ar": ["أجب عن السؤال بإجابة قصيرة."],
    },
}
SST2_LABELS = {
    "en": ("negative", "positive"), "de": ("negativ", "positiv"), "fr": ("négative", "positive"),
    "es": ("negativa", "positiva"), "pt": ("negativa", "positiva"),
    "ru": ("отрицательная", "положительная"), "zh": ("负面", "正面"), "ja": ("否定的", "肯定的"),
    "ar": ("سلبية", "إيجابية"),
}
AG_LABELS = {
    "en": ("World", "Sports", "Business", "Sci/Tech"),
    "de": ("Welt", "Sport", "Wirtschaft", "Wissenschaft/Technik"),
    "fr": ("Monde", "Sport", "Économie", "Sciences/Tech"),
    "es": ("Mundo", "Deportes", "Economía", "Ciencia/Tecnología"),
    "pt": ("Mundo", "Esportes", "Economia", "Ciência/Tecnologia"),
    "ru": ("Мир", "Спорт", "Бизнес", "Наука/Технологии"),
    "zh": ("国际", "体育", "财经", "科技"),
    "ja": ("国際", "スポーツ", "ビジネス", "科学・技術"),
    "ar": ("العالم", "الرياضة", "الأعمال", "العلوم والتكنولوجيا"),
}
INLINE_LABELS = {  # field labels for the "inline" prompt style
    "sst2": {"en": ("Review", "Sentiment"), "de": ("Kritik", "Stimmung"), "fr": ("Critique", "Sentiment"),
             "es": ("Reseña", "Sentimiento"), "pt": ("Crítica", "Sentimento"), "ru": ("Рецензия", "Тональность"),
             "zh": ("影评", "情感"), "ja": ("レビュー", "感情"), "ar": ("المراجعة", "الشعور")},
    "ag_news": {"en": ("Article", "Topic"), "de": ("Artikel", "Rubrik"), "fr": ("Article", "Rubrique"),
                "es": ("Noticia", "Sección"), "pt": ("Notícia", "Seção"), "ru": ("Новость", "Рубрика"),
                "zh": ("新闻", "类别"), "ja": ("記事", "カテゴリー"), "ar": ("الخبر", "القسم")},
    "commonsenseqa": {"en": ("Question", "Answer"), "de": ("Frage", "Antwort"), "fr": ("Question", "Réponse"),
                      "es": ("Pregunta", "Respuesta"), "pt": ("Pergunta", "Resposta"), "ru": ("Вопрос", "Ответ"),
                      "zh": ("问题", "答案"), "ja": ("問題", "答え"), "ar": ("السؤال", "الإجابة")},
    "gsm8k": {"en": ("Problem", "Solution"), "de": ("Aufgabe", "Lösung"), "fr": ("Problème", "Solution"),
              "es": ("Problema", "Solución"), "pt": ("Problema", "Solução"), "ru": ("Задача", "Решение"),
              "zh": ("题目", "解答"), "ja": ("問題", "解答"), "ar": ("المسألة", "الحل")},
    "nq_open": {"en": ("Question", "Answer"), "de": ("Frage", "Antwort"), "fr": ("Question", "Réponse"),
                "es": ("Pregunta", "Respuesta"), "pt": ("Pergunta", "Resposta"), "ru": ("Вопрос", "Ответ"),
                "zh": ("问题", "答案"), "ja": ("質問", "答え"), "ar": ("السؤال", "الإجابة")},
}
FINAL_ANSWER = {"en": "The answer is {a}.", "de": "Die Antwort ist {a}.", "fr": "La réponse est {a}.",
                "es": "La respuesta es {a}.", "pt": "A resposta é {a}.", "ru": "Ответ: {a}.",
                "zh": "答案是{a}。", "ja": "答えは{a}です。", "ar": "الإجابة هي {a}."}

_CALC = re.compile(r"<<[^>]*>>")


def gsm_parts(answer: str) -> tuple[list[str], str]:
    body, _, final = answer.partition("####")
    steps = [s.strip() for s in _CALC.sub("", body).strip().split("\n") if s.strip()]
    return steps, final.strip().replace(",", "")


def _snip(sentence: str, rng) -> str:
    words = [w for w in sentence.split() if w not in {",", ".", "'s", "--", "-lrb-", "-rrb-", "`", "''", "``"}]
    if len(words) <= 4:
        return " ".join(words)
    k = rng.randint(3, min(6, len(words)))
    i = rng.randint(0, len(words) - k)
    return " ".join(words[i:i + k])


def _keywords(text: str, rng, k: int = 2) -> list[str]:
    words = sorted({w.strip(".,;:!?\"'()").lower() for w in text.split()})
    words = [w for w in words if len(w) >= 5 and w.isalpha()]
    if len(words) < k:
        words = words + ["answer", "reason", "context"][: k - len(words)]
    return rng.sample(words, k)


def render(task: str, item: dict, tlang: str, rng, style: str = "split", tpl_idx: int = 0) -> dict:
    """A task item as a prompt: instr, inp, short answer, long answer and explanation context."""
    tl = tlang if tlang in TPL.get(task, {}) else "en"
    out: dict = {"task": task, "tlang": tl}
    if task == "alpaca":
        out.update(instr=item["instruction"], inp=item.get("input", ""), short=item["output"],
                   long=item["output"], ctx={"kw": _keywords(item["instruction"] + " " + item["output"], rng)})
        return out
    tpls = TPL[task][tl]
    instr = tpls[tpl_idx % len(tpls)]
    if task == "sst2":
        text = item["sentence"]
        label = SST2_LABELS[tl][int(item["label"])]
        ctx = {"label": label, "snip": _snip(text, rng), "kw": _keywords(text, rng)}
        short, long = label, label
    elif task == "ag_news":
        title = item["Title"].replace("\\", " ")
        desc = re.sub(r"\s+", " ", item["Description"].replace("\\", " ")).strip()
        text = f"{title}\n{desc}"
        label = AG_LABELS[tl][int(item["Class Index"]) - 1]
        ctx = {"label": label, "title": title, "kw": _keywords(title + " " + desc, rng)}
        short, long = label, label
    elif task == "commonsenseqa":
        q = item["question"]
        opts = q["choices"]
        text = q["stem"] + "\n" + "\n".join(f"{c['label']}) {c['text']}" for c in opts)
        letter = item["answerKey"]
        right = next(c["text"] for c in opts if c["label"] == letter)
        others = [c["text"] for c in opts if c["label"] != letter]
        ctx = {"letter": letter, "text": right, "concept": q.get("question_concept", right),
               "other": rng.choice(others), "kw": _keywords(" ".join(c["text"] for c in opts) + " " + q["stem"], rng)}
        short, long = letter, f"{letter}) {right}"
    elif task == "gsm8k":
        text = item["question"]
        steps, final = gsm_parts(item["answer"])
        ctx = {"steps": steps, "final": final, "kw": _keywords(text, rng)}
        short = final
        if tl == "en":
            long = "\n".join(steps) + "\n" + FINAL_ANSWER["en"].format(a=final)
        else:
            long = "\n".join(steps) + "\n" + FINAL_ANSWER[tl].format(a=final)
    elif task == "nq_open":
        text = item["question"].strip()
        if not text.endswith("?"):
            text += "?"
        ans = item["answer"][0]
        ctx = {"ans": ans, "q": text, "kw": _keywords(text, rng)}
        short, long = ans, ans
    else:
        raise ValueError(task)
    if style == "inline" and task in INLINE_LABELS:
        a, b = INLINE_LABELS[task][tl]
        instr = f"{instr}\n\n{a}: {text}\n{b}:"
        inp = ""
    else:
        inp = text
    out.update(instr=instr, inp=inp, short=short, long=long, ctx=ctx)
    return out


# --------------------------------------------------------------------------------------------
# Explanation sentences for AutoIF answers, per body language
# --------------------------------------------------------------------------------------------
EXPLAIN = {
    "sst2": {
        "en": ["The review comes across as {label}.", "Phrases like \"{snip}\" push the reading toward {label}.",
               "Overall the writer's attitude toward the film is {label}.",
               "Nothing in the text strongly points the other way.",
               "Most readers would come away with a {label} impression.", "So the sentiment is {label}."],
        "de": ["Die Kritik wirkt insgesamt {label}.", "Formulierungen wie „{snip}“ sprechen für die Einordnung „{label}“.",
               "Die Haltung des Autors zum Film ist {label}.", "Nichts im Text deutet deutlich in die andere Richtung.",
               "Die Stimmung ist also {label}."],
        "fr": ["Le sentiment exprimé est : {label}.", "Des expressions comme « {snip} » orientent vers ce verdict : {label}.",
               "L'auteur porte sur le film un jugement que l'on peut qualifier ainsi : {label}.",
               "Rien dans le texte ne va nettement dans l'autre sens.", "Le sentiment retenu est donc : {label}."],
        "es": ["La reseña resulta {label} en general.", "Expresiones como «{snip}» apuntan a una lectura {label}.",
               "La opinión del autor sobre la película es {label}.",
               "Nada en el texto apunta claramente en sentido contrario.", "Por tanto, el sentimiento es: {label}."],
        "ru": ["Тональность рецензии: {label}.", "Фразы вроде «{snip}» указывают на тональность «{label}».",
               "Отношение автора к фильму можно описать так: {label}.",
               "Ничто в тексте явно не указывает на обратное.", "Итак, тональность — {label}."],
        "zh": ["这条影评整体是{label}的。", "像“{snip}”这样的说法让人倾向于{label}的理解。", "作者对电影的态度是{label}的。",
               "文中没有明显相反的信号。", "因此情感倾向为{label}。"],
    },
    "ag_news": {
        "en": ["This story belongs in the {label} section.", "The headline \"{title}\" already signals {label} news.",
               "The description focuses on the kind of events covered under {label}.",
               "It is not mainly about any of the other categories.", "Therefore the topic is {label}."],
        "de": ["Diese Meldung gehört in die Rubrik {label}.", "Schon die Überschrift „{title}“ deutet auf {label} hin.",
               "Die Beschreibung dreht sich um typische Themen der Rubrik {label}.",
               "Um die anderen Rubriken geht es nicht in erster Linie.", "Die Rubrik lautet also {label}."],
        "fr": ["Cet article relève de la rubrique {label}.", "Le titre « {title} » oriente déjà vers la rubrique {label}.",
               "La description porte sur des faits typiques de la rubrique {label}.",
               "Il ne s'agit pas principalement des autres rubriques.", "La rubrique est donc {label}."],
        "es": ["Esta noticia pertenece a la sección {label}.", "El titular «{title}» ya apunta a la sección {label}.",
               "La descripción trata de hechos típicos de {label}.",
               "No trata principalmente de las otras secciones.", "Por tanto, la sección es {label}."],
        "ru": ["Эта новость относится к рубрике «{label}».", "Уже заголовок «{title}» указывает на рубрику «{label}».",
               "В описании речь идёт о событиях, типичных для рубрики «{label}».",
               "Остальные рубрики здесь не главные.", "Итак, рубрика — «{label}»."],
        "zh": ["这篇新闻属于{label}类。", "标题“{title}”已经表明这是{label}新闻。", "描述内容集中在{label}领域的典型事件上。",
               "它主要不涉及其他类别。", "因此类别是{label}。"],
    },
    "commonsenseqa": {
        "en": ["The best answer is {letter}: {text}.",
               "The question is about \"{concept}\", and \"{text}\" fits that most naturally.",
               "An option such as \"{other}\" is less plausible here.", "Everyday common sense supports {text}.",
               "So the answer is {letter}."],
        "de": ["Die beste Antwort ist {letter}: {text}.", "Die Frage dreht sich um „{concept}“, und „{text}“ passt am besten dazu.",
               "Eine Option wie „{other}“ ist hier weniger plausibel.", "Der gesunde Menschenverstand spricht für „{text}“.",
               "Die Antwort ist also {letter}."],
        "fr": ["La meilleure réponse est {letter} : {text}.", "La question porte sur « {concept} », et « {text} » s'y prête le mieux.",
               "Une option comme « {other} » est moins plausible ici.", "Le bon sens plaide pour « {text} ».",
               "La réponse est donc {letter}."],
        "es": ["La mejor respuesta es la {letter}: {text}.", "La pregunta trata sobre «{concept}», y «{text}» encaja mejor.",
               "Una opción como «{other}» es menos plausible aquí.", "El sentido común respalda «{text}».",
               "Así que la respuesta es la {letter}."],
        "ru": ["Лучший ответ — {letter}: {text}.", "Вопрос касается «{concept}», и «{text}» подходит лучше всего.",
               "Вариант вроде «{other}» здесь менее правдоподобен.", "Здравый смысл говорит в пользу «{text}».",
               "Значит, ответ — {letter}."],
        "zh": ["最佳答案是{letter}：{text}。", "题目涉及“{concept}”，而“{text}”最符合语境。", "像“{other}”这样的选项在这里不太合理。",
               "按常识判断应选“{text}”。", "所以答案是{letter}。"],
    },
    "nq_open": {
        "en": ["The answer is {ans}.", "The question \"{q}\" asks for a specific fact, and that fact is {ans}.",
               "This is well documented in standard reference works.", "In short: {ans}."],
        "de": ["Die Antwort lautet {ans}.", "Die Frage „{q}“ zielt auf eine konkrete Tatsache, und die lautet {ans}.",
               "Das ist in gängigen Nachschlagewerken gut belegt.", "Kurz gesagt: {ans}."],
        "fr": ["La réponse est {ans}.", "La question « {q} » porte sur un fait précis : {ans}.",
               "C'est bien documenté dans les ouvrages de référence.", "En bref : {ans}."],
        "es": ["La respuesta es {ans}.", "La pregunta «{q}» pide un dato concreto, y ese dato es {ans}.",
               "Está bien documentado en las obras de referencia habituales.", "En resumen: {ans}."],
        "ru": ["Ответ: {ans}.", "Вопрос «{q}» касается конкретного факта, и этот факт — {ans}.",
               "Это хорошо задокументировано в справочниках.", "Коротко: {ans}."],
        "zh": ["答案是{ans}。", "问题“{q}”问的是一个具体事实，这个事实是{ans}。", "这一点在常见的参考资料中都有记载。", "简而言之：{ans}。"],
    },
}
KEYWORD_SENT = {"en": "Two words worth noting here are {k1} and {k2}.", "de": "Bemerkenswert sind hier die Wörter {k1} und {k2}.",
                "fr": "Deux mots comptent ici : {k1} et {k2}.", "es": "Dos palabras clave aquí son {k1} y {k2}.",
                "ru": "Здесь важны слова {k1} и {k2}.", "zh": "这里值得注意的两个词是{k1}和{k2}。"}
FILLER = {"en": ["I double-checked this against the wording of the prompt.", "The reasoning above is short but complete.",
                 "Each part of the input was taken into account.", "No other reading fits the text as well."],
          "de": ["Ich habe das noch einmal mit der Aufgabenstellung abgeglichen.", "Jeder Teil der Eingabe wurde berücksichtigt."],
          "fr": ["J'ai vérifié cela par rapport à l'énoncé.", "Chaque partie de l'entrée a été prise en compte."],
          "es": ["Lo he comprobado con el enunciado.", "Se ha tenido en cuenta cada parte de la entrada."],
          "ru": ["Я сверил это с формулировкой задания.", "Учтена каждая часть входных данных."],
          "zh": ["我已根据题目的表述再次核对。", "输入的每一部分都已考虑在内。"]}


def explain(tp: dict, blang: str) -> list[str]:
    """Explanation sentences (first = the answer, last = the conclusion) in body language blang."""
    task = tp["task"]
    ctx = tp["ctx"]
    if task == "gsm8k":
        return list(ctx["steps"]) + [f"The final answer is {ctx['final']}."]
    if task == "alpaca":
        return [s.strip() for s in re.split(r"(?<=[.!?])\s+", tp["long"]) if s.strip()][:6]
    pool = EXPLAIN[task].get(blang) or EXPLAIN[task]["en"]
    return [s.format(**{k: v for k, v in ctx.items() if isinstance(v, str)}) for s in pool]
