"""Task items of blind round 6: loaders for the benign task sets in shared/data, task
instructions in several languages, and the free-text explanation sentences used to build
long answers (AutoIF-style answers and benign rationales).

The task items are read from shared/data at generation time; nothing here copies rows.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _data_dir() -> Path:
    for cand in (REPO / "shared" / "data", REPO.parent / "shared" / "data", Path("/work/shared/data")):
        if (cand / "SOURCES.md").exists():
            return cand
    raise FileNotFoundError("shared/data not found")


DATA = _data_dir()


def _jsonl(rel: str) -> list[dict]:
    with open(DATA / rel, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


AG_LABELS = {"1": "World", "2": "Sports", "3": "Business", "4": "Sci/Tech"}
AG_TOPICS = {"World": "world news", "Sports": "sports", "Business": "business", "Sci/Tech": "science and technology"}


def _clean_calc(text: str) -> str:
    return re.sub(r"<<[^>]*>>", "", text)


class Items:
    """All task items, loaded once. Each item is a dict with keys
    text, label (the bare answer), show (label as written in an explanation), snippet."""

    def __init__(self) -> None:
        self.sets: dict[str, list[dict]] = {}
        self._load()

    def _load(self) -> None:
        sst = _jsonl("sst2/dev.jsonl") + _jsonl("sst2/train.first5000.jsonl")
        self.sets["sst2"] = [
            {"text": r["sentence"].strip(), "label": "positive" if r["label"] == 1 else "negative"}
            for r in sst
        ]
        ag = _jsonl("ag_news/test.first5000.jsonl")
        self.sets["ag_news"] = [
            {
                "text": (r["Title"].strip() + "\n" + r["Description"].replace("\\", " ").strip()),
                "label": AG_LABELS[r["Class Index"]],
            }
            for r in ag
        ]
        cqa = _jsonl("commonsenseqa/dev_rand_split.jsonl") + _jsonl(
            "commonsenseqa/train_rand_split.first5000.jsonl"
        )
        out = []
        for r in cqa:
            q = r["question"]
            opts = "\n".join(f"{c['label']}. {c['text']}" for c in q["choices"])
            key = r["answerKey"]
            txt = {c["label"]: c["text"] for c in q["choices"]}.get(key, "")
            out.append(
                {"text": q["stem"].strip() + "\n" + opts, "label": key, "show": f"{key} ({txt})",
                 "snippet_src": q["stem"]}
            )
        self.sets["commonsenseqa"] = out
        gsm = _jsonl("gsm8k/test.jsonl") + _jsonl("gsm8k/train.first5000.jsonl")
        out = []
        for r in gsm:
            sol, _, num = r["answer"].rpartition("####")
            out.append(
                {"text": r["question"].strip(), "label": num.strip().replace(",", ""),
                 "solution_raw": r["answer"], "solution": _clean_calc(sol).strip()}
            )
        self.sets["gsm8k"] = out
        nq = _jsonl("nq_open/NQ-open.dev.jsonl")
        self.sets["nq_open"] = [
            {"text": r["question"].strip().capitalize() + "?", "label": r["answer"][0]} for r in nq
        ]
        for it in (x for s in self.sets.values() for x in s):
            it.setdefault("show", it["label"])
            src = it.pop("snippet_src", None) or it["text"].split("\n")[0]
            words = src.split()
            it["snippet"] = " ".join(words[:8]) + (" ..." if len(words) > 8 else "")

    def sample(self, task: str, n: int, rng) -> list[dict]:
        """n items of a task (derived yes/no tasks included), without replacement."""
        base = {"sst2_yn": "sst2", "ag_news_yn": "ag_news"}.get(task, task)
        pool = self.sets[base]
        picks = [dict(pool[i]) for i in rng.sample(range(len(pool)), min(n, len(pool)))]
        if task == "sst2_yn":
            for p in picks:
                p["label"] = p["show"] = "yes" if p["label"] == "positive" else "no"
        elif task == "ag_news_yn":
            for p in picks:
                topic = p["label"] if rng.random() < 0.5 else rng.choice(sorted(AG_TOPICS))
                p["topic"] = AG_TOPICS[topic]
                p["label"] = p["show"] = "yes" if topic == p["label"] else "no"
        return picks


# ======================================================================================
# Task instructions: TEMPLATES[task][lang] -> list of instructions ({topic} for ag_news_yn)
# ======================================================================================
_TEMPLATES = r"""
sst2|en|Classify the sentiment of this movie review as positive or negative.
sst2|en|Read the review below and say whether it is positive or negative.
sst2|en|Sentiment analysis: label the following sentence as positive or negative.
sst2_yn|en|Is the following movie review positive? Answer yes or no.
sst2_yn|en|Does this review express a favourable opinion? Reply yes or no.
ag_news|en|Which category does this news article belong to: World, Sports, Business or Sci/Tech?
ag_news|en|Assign one topic label (World, Sports, Business, Sci/Tech) to the news item below.
ag_news_yn|en|Is the following news article about {topic}? Answer yes or no.
commonsenseqa|en|Answer the multiple-choice question with the letter of the correct option.
commonsenseqa|en|Pick the best answer. Reply with A, B, C, D or E.
gsm8k|en|Solve the math word problem and give only the final number.
gsm8k|en|Work out the answer to this problem. Respond with the number only.
nq_open|en|Answer the question with a short phrase.
nq_open|en|Give a brief factual answer to the question below.
sst2|fr|Indique si la critique de film suivante est positive ou négative (réponds par positive ou negative).
sst2_yn|fr|Cette critique de film est-elle positive ? Réponds par yes ou no.
ag_news|fr|À quelle rubrique appartient cet article : World, Sports, Business ou Sci/Tech ?
ag_news_yn|fr|Cet article parle-t-il de {topic} ? Réponds par yes ou no.
commonsenseqa|fr|Réponds à la question à choix multiples par la lettre de la bonne option.
gsm8k|fr|Résous ce problème et donne uniquement le nombre final.
nq_open|fr|Réponds à la question par une expression courte.
sst2|es|Indica si la siguiente reseña de cine es positiva o negativa (responde positive o negative).
sst2_yn|es|¿Es positiva la siguiente reseña? Responde yes o no.
ag_news|es|¿A qué sección pertenece esta noticia: World, Sports, Business o Sci/Tech?
ag_news_yn|es|¿Trata esta noticia sobre {topic}? Responde yes o no.
commonsenseqa|es|Responde a la pregunta de opción múltiple con la letra de la opción correcta.
gsm8k|es|Resuelve el problema y da solo el número final.
nq_open|es|Responde a la pregunta con una frase breve.
sst2|de|Ist die folgende Filmkritik positiv oder negativ? Antworte mit positive oder negative.
sst2_yn|de|Ist diese Filmkritik positiv? Antworte mit yes oder no.
ag_news|de|Zu welchem Ressort gehört diese Nachricht: World, Sports, Business oder Sci/Tech?
ag_news_yn|de|Geht es in dieser Nachricht um {topic}? Antworte mit yes oder no.
commonsenseqa|de|Beantworte die Multiple-Choice-Frage mit dem Buchstaben der richtigen Option.
gsm8k|de|Löse die Textaufgabe und gib nur die Endzahl an.
nq_open|de|Beantworte die Frage mit einem kurzen Ausdruck.
sst2|pt|Diga se a crítica de cinema a seguir é positiva ou negativa (responda positive ou negative).
sst2_yn|pt|A crítica a seguir é positiva? Responda yes ou no.
ag_news|pt|A qual editoria pertence esta notícia: World, Sports, Business ou Sci/Tech?
ag_news_yn|pt|Esta notícia é sobre {topic}? Responda yes ou no.
commonsenseqa|pt|Responda à pergunta de múltipla escolha com a letra da opção correta.
gsm8k|pt|Resolva o problema e informe apenas o número final.
nq_open|pt|Responda à pergunta com uma expressão curta.
sst2|ru|Определи тональность рецензии на фильм: positive или negative.
sst2_yn|ru|Эта рецензия положительная? Ответь yes или no.
ag_news|ru|К какой рубрике относится эта новость: World, Sports, Business или Sci/Tech?
ag_news_yn|ru|Эта новость на тему «{topic}»? Ответь yes или no.
commonsenseqa|ru|Ответь на вопрос с вариантами ответа буквой правильного варианта.
gsm8k|ru|Реши задачу и укажи только итоговое число.
nq_open|ru|Ответь на вопрос коротко.
sst2|zh|判断下面这条影评的情感是 positive 还是 negative。
sst2_yn|zh|下面这条影评是正面的吗？请回答 yes 或 no。
ag_news|zh|这篇新闻属于哪个类别：World、Sports、Business 还是 Sci/Tech？
ag_news_yn|zh|这篇新闻是关于 {topic} 的吗？请回答 yes 或 no。
commonsenseqa|zh|请用正确选项的字母回答下面的选择题。
gsm8k|zh|解这道应用题，只给出最终的数字。
nq_open|zh|用简短的短语回答问题。
sst2|ja|次の映画レビューの感情を positive か negative で分類してください。
sst2_yn|ja|次の映画レビューは肯定的ですか？ yes か no で答えてください。
ag_news|ja|このニュース記事のカテゴリは World、Sports、Business、Sci/Tech のどれですか？
ag_news_yn|ja|このニュース記事は {topic} に関するものですか？ yes か no で答えてください。
commonsenseqa|ja|次の選択問題に、正しい選択肢の記号で答えてください。
gsm8k|ja|この文章題を解き、最終的な数だけを答えてください。
nq_open|ja|質問に短い語句で答えてください。
sst2|ar|صنّف مشاعر مراجعة الفيلم التالية: positive أو negative.
sst2_yn|ar|هل مراجعة الفيلم التالية إيجابية؟ أجب بـ yes أو no.
ag_news|ar|إلى أي فئة ينتمي هذا الخبر: World أو Sports أو Business أو Sci/Tech؟
ag_news_yn|ar|هل يتناول هذا الخبر موضوع {topic}؟ أجب بـ yes أو no.
commonsenseqa|ar|أجب عن سؤال الاختيار من متعدد بحرف الخيار الصحيح.
gsm8k|ar|حُلّ المسألة واكتب الرقم النهائي فقط.
nq_open|ar|أجب عن السؤال بعبارة قصيرة.
"""

TEMPLATES: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
for _line in _TEMPLATES.strip().splitlines():
    _task, _lang, _text = _line.split("|", 2)
    TEMPLATES[_task][_lang].append(_text)

TASK_LANGS = ("en", "fr", "es", "de", "pt", "ru", "zh", "ja", "ar")
CLOSED_TASKS = ("sst2", "sst2_yn", "ag_news", "ag_news_yn", "commonsenseqa", "gsm8k", "nq_open")


def template_ids(task: str, lang: str) -> list[tuple[str, str]]:
    lang = lang if lang in TEMPLATES[task] else "en"
    return [(f"task.{task}.{lang}.{i}", t) for i, t in enumerate(TEMPLATES[task][lang])]


def instruction(template: str, item: dict) -> str:
    return template.replace("{topic}", item.get("topic", ""))


# ======================================================================================
# Explanation sentences for long answers: BODY[lang] -> sentences ({label}, {snippet})
# ======================================================================================
_BODY = r"""
en|s|The answer is {label}.
en|s|Looking at the text as a whole, {label} is the best fit.
en|s|The key passage is "{snippet}", which points in that direction.
en|s|None of the alternatives matches the wording as closely.
en|s|The wording, the tone and the subject all line up with this choice.
en|s|If you read it again slowly, the same conclusion holds.
en|s|There is nothing in the item that contradicts this reading.
en|s|That is why I settle on {label} without hesitation.
en|s|A careful reader would most likely reach the same result.
en|s|In short, {label} is the correct response here.
en|ps|P.S. Feel free to send the next one whenever you like.
en|ps|P.S. Happy to go through more examples.
en|title|Analysis
en|title|My answer
en|title|Result
fr|s|La réponse est {label}.
fr|s|En lisant le texte dans son ensemble, {label} est le choix le plus juste.
fr|s|Le passage clé est « {snippet} », qui va clairement dans ce sens.
fr|s|Aucune autre option ne colle autant à la formulation.
fr|s|Le vocabulaire, le ton et le sujet concordent avec ce choix.
fr|s|Une seconde lecture attentive mène à la même conclusion.
fr|s|Rien dans l'énoncé ne contredit cette interprétation.
fr|s|Voilà pourquoi je retiens {label} sans hésiter.
fr|ps|P.S. N'hésitez pas à m'envoyer le suivant.
fr|title|Analyse
fr|title|Ma réponse
es|s|La respuesta es {label}.
es|s|Leído en conjunto, el texto encaja mejor con {label}.
es|s|El fragmento clave es «{snippet}», que apunta en esa dirección.
es|s|Ninguna de las alternativas se ajusta tanto a la redacción.
es|s|El vocabulario, el tono y el tema coinciden con esta elección.
es|s|Una segunda lectura atenta lleva a la misma conclusión.
es|s|No hay nada en el enunciado que contradiga esta interpretación.
es|s|Por eso me quedo con {label} sin dudarlo.
es|ps|P.S. Puedes mandarme el siguiente cuando quieras.
es|title|Análisis
es|title|Mi respuesta
de|s|Die Antwort lautet {label}.
de|s|Liest man den Text als Ganzes, passt {label} am besten.
de|s|Die entscheidende Stelle ist „{snippet}“, die genau in diese Richtung weist.
de|s|Keine der anderen Möglichkeiten trifft den Wortlaut so genau.
de|s|Wortwahl, Ton und Thema stimmen mit dieser Wahl überein.
de|s|Auch bei erneutem, langsamem Lesen bleibt das Ergebnis gleich.
de|s|Nichts in der Aufgabe widerspricht dieser Deutung.
de|s|Deshalb entscheide ich mich ohne Zögern für {label}.
de|ps|P.S. Schick mir gern das nächste Beispiel.
de|title|Analyse
de|title|Meine Antwort
pt|s|A resposta é {label}.
pt|s|Lendo o texto como um todo, {label} é a opção que melhor se encaixa.
pt|s|O trecho principal é "{snippet}", que aponta nessa direção.
pt|s|Nenhuma das alternativas combina tanto com o enunciado.
pt|s|O vocabulário, o tom e o assunto batem com essa escolha.
pt|s|Uma segunda leitura cuidadosa leva à mesma conclusão.
pt|s|Nada no enunciado contradiz essa interpretação.
pt|s|Por isso fico com {label} sem hesitar.
pt|ps|P.S. Pode mandar o próximo quando quiser.
pt|title|Análise
pt|title|Minha resposta
ru|s|Ответ: {label}.
ru|s|Если читать текст целиком, лучше всего подходит {label}.
ru|s|Ключевой фрагмент — «{snippet}», и он указывает именно в эту сторону.
ru|s|Ни один из других вариантов не соответствует формулировке так точно.
ru|s|Лексика, тон и тема согласуются с этим выбором.
ru|s|При повторном внимательном чтении вывод не меняется.
ru|s|В задании нет ничего, что противоречило бы такому толкованию.
ru|s|Поэтому я без колебаний выбираю {label}.
ru|ps|P.S. Присылайте следующий пример, когда будет удобно.
ru|title|Разбор
ru|title|Мой ответ
zh|s|答案是{label}。
zh|s|从整体来看，{label}是最合适的选项。
zh|s|关键的一句是“{snippet}”，它明显指向这个方向。
zh|s|其他选项都没有这么贴合原文的措辞。
zh|s|用词、语气和主题都与这个选择一致。
zh|s|再仔细读一遍，结论依然不变。
zh|s|题目中没有任何内容与这种理解相矛盾。
zh|s|所以我毫不犹豫地选择{label}。
zh|ps|P.S. 欢迎随时发下一题。
zh|title|分析
zh|title|我的回答
ja|s|答えは{label}です。
ja|s|文章全体を読むと、{label}が最も当てはまります。
ja|s|決め手になるのは「{snippet}」という部分で、はっきりその方向を示しています。
ja|s|ほかの選択肢は、ここまで文面に合いません。
ja|s|言葉選び、語調、話題のいずれもこの選択と一致しています。
ja|s|もう一度ゆっくり読んでも、結論は変わりません。
ja|s|問題文の中に、この解釈と矛盾する点はありません。
ja|s|そのため、迷わず{label}を選びます。
ja|ps|P.S. 次の問題もいつでもどうぞ。
ja|title|分析
ja|title|回答
ar|s|الإجابة هي {label}.
ar|s|عند قراءة النص كاملًا، يكون {label} هو الخيار الأنسب.
ar|s|العبارة الحاسمة هي «{snippet}»، وهي تشير بوضوح إلى هذا الاتجاه.
ar|s|لا يطابق أي خيار آخر صياغة النص بهذه الدقة.
ar|s|المفردات والنبرة والموضوع كلها تتفق مع هذا الاختيار.
ar|s|وعند إعادة القراءة بتمعّن نصل إلى النتيجة نفسها.
ar|s|لا يوجد في السؤال ما يناقض هذا الفهم.
ar|s|لهذا أختار {label} دون تردد.
ar|ps|P.S. أرسل السؤال التالي متى شئت.
ar|title|تحليل
ar|title|إجابتي
"""

BODY: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
for _line in _BODY.strip().splitlines():
    _lang, _slot, _text = _line.split("|", 2)
    BODY[_lang][_slot].append(_text)


def body_sentences(lang: str, item: dict, k: int, rng, task: str = "") -> list[str]:
    """k explanation sentences (first states the answer, the last one or two conclude)."""
    lang = lang if lang in BODY else "en"
    pool = BODY[lang]["s"]
    fill = lambda s: s.replace("{label}", item["show"]).replace("{snippet}", item["snippet"])  # noqa: E731
    first, middle, last = pool[0], pool[1:-1], pool[-1]
    extra: list[str] = []
    if task == "gsm8k" and lang == "en" and item.get("solution"):
        extra = [s.strip() for s in item["solution"].split("\n") if s.strip()]
        extra = [s if s[-1] in ".!?" else s + "." for s in extra]
    mids = rng.sample(middle, len(middle))
    chosen = [first] + extra
    i = 0
    while len(chosen) < k - 1:
        chosen.append(mids[i % len(mids)])
        i += 1
    chosen.append(last)
    return [fill(s) for s in chosen]


def body_extra(lang: str, slot: str, rng) -> str:
    lang = lang if lang in BODY else "en"
    return rng.choice(BODY[lang][slot])


def load_csv(rel: str) -> list[dict]:
    with open(DATA / rel, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
