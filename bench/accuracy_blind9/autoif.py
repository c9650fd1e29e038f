"""Round-9 AutoIF-style rewriting: a closed-label item gets added instruction-following
constraints, and its answer becomes long free text that obeys them (and still contains the
correct label)."""

from __future__ import annotations

import json
import random

import tasks
from wording import CONSTRAINT_HEAD, CONSTRAINTS, JSON_KEY, PS_MARK

POOLS = {
    "en": {
        "intro": ["Let me work through this one carefully.", "Here is how I would reason about it.",
                  "This item rewards a close reading.", "Taking it one step at a time makes the answer clear."],
        "fill": ["The wording itself carries most of the signal.", "It helps to rule out the options that plainly do not fit.",
                 "Context matters a great deal for items like this.", "A quick second look confirms the reasoning.",
                 "Nothing in the text points in the opposite direction.", "Reading it again leads to the same conclusion.",
                 "The key detail is easy to miss on a first pass.", "Small word choices often reveal the intended meaning.",
                 "Once the main clue is found the rest falls into place.", "It is worth checking that the conclusion fits every part of the input."],
        "sst2": ["The sentence under review is: \"{s}\"", "Taken as a whole the tone of this review is {lab}.", "So the sentiment label is {lab}."],
        "ag_news": ["The article is headlined \"{t}\".", "Its subject matter belongs in the {lab} section.", "Therefore the topic is {lab}."],
        "commonsenseqa": ["The question asks: {stem}", "The option that fits best is ({key}) {text}.", "My final choice is {key}."],
        "gsm8k": ["The problem: {q}", "{steps}", "The final answer is {num}."],
        "nq_open": ["The question is: {q}?", "The answer is {ans}.", "In short: {ans}."],
        "kw": ["evidence", "clue", "context", "detail", "reasoning", "signal", "careful", "conclusion"],
        "begin": ["Here is my answer", "Great question", "After some thought", "Let us see"],
        "end": ["Hope this helps.", "That is my final answer.", "Is there anything else I can help with?", "Thanks for reading."],
        "kwsent": "Two things matter most here: {k1} and {k2}.",
        "titles": ["My take", "The answer explained", "A short analysis", "Working it out"],
        "placeholder": "You could adapt this reasoning for [name] at [place] or for [another example].",
    },
    "de": {
        "intro": ["Schauen wir uns das genau an.", "So würde ich vorgehen.", "Diese Aufgabe verlangt genaues Lesen."],
        "fill": ["Der Wortlaut liefert den wichtigsten Hinweis.", "Es hilft, unpassende Möglichkeiten zuerst auszuschließen.",
                 "Der Zusammenhang spielt hier eine große Rolle.", "Ein zweiter Blick bestätigt die Überlegung.",
                 "Nichts im Text spricht für das Gegenteil.", "Kleine Formulierungen verraten oft die gemeinte Bedeutung.",
                 "Sobald der zentrale Hinweis gefunden ist ergibt sich der Rest.", "Es lohnt sich zu prüfen ob das Ergebnis zu allen Angaben passt."],
        "sst2": ["Der bewertete Satz lautet: \"{s}\"", "Insgesamt ist der Ton dieser Kritik {lab}.", "Die Stimmung ist also {lab}."],
        "ag_news": ["Die Überschrift lautet \"{t}\".", "Thematisch gehört der Artikel in die Rubrik {lab}.", "Die Kategorie ist daher {lab}."],
        "commonsenseqa": ["Gefragt ist: {stem}", "Am besten passt Option ({key}) {text}.", "Meine endgültige Wahl ist {key}."],
        "gsm8k": ["Die Aufgabe: {q}", "{steps}", "Das Endergebnis ist {num}."],
        "nq_open": ["Die Frage lautet: {q}?", "Die Antwort ist {ans}.", "Kurz gesagt: {ans}."],
        "kw": ["Hinweis", "Zusammenhang", "Detail", "Begründung", "Ergebnis", "sorgfältig"],
        "begin": ["Hier ist meine Antwort", "Gute Frage", "Nach kurzem Nachdenken"],
        "end": ["Ich hoffe, das hilft.", "Das ist meine endgültige Antwort.", "Danke fürs Lesen."],
        "kwsent": "Dabei zählen vor allem {k1} und {k2}.",
        "titles": ["Meine Einschätzung", "Die Lösung", "Kurz erklärt"],
    },
    "es": {
        "intro": ["Veamos esto con calma.", "Así es como lo razonaría.", "Esta pregunta pide una lectura atenta."],
        "fill": ["La propia redacción da la pista principal.", "Conviene descartar primero las opciones que no encajan.",
                 "El contexto importa mucho en casos como este.", "Una segunda lectura confirma el razonamiento.",
                 "Nada en el texto apunta en sentido contrario.", "Los pequeños detalles de redacción revelan la intención.",
                 "Una vez hallada la pista clave lo demás encaja.", "Vale la pena comprobar que la conclusión concuerda con todo el enunciado."],
        "sst2": ["La frase evaluada es: \"{s}\"", "En conjunto el tono de esta reseña es {lab}.", "Por tanto el sentimiento es {lab}."],
        "ag_news": ["El titular dice \"{t}\".", "Por su tema la noticia pertenece a la sección {lab}.", "Así que la categoría es {lab}."],
        "commonsenseqa": ["La pregunta es: {stem}", "La opción que mejor encaja es ({key}) {text}.", "Mi elección final es {key}."],
        "gsm8k": ["El problema: {q}", "{steps}", "El resultado final es {num}."],
        "nq_open": ["La pregunta es: ¿{q}?", "La respuesta es {ans}.", "En resumen: {ans}."],
        "kw": ["pista", "contexto", "detalle", "razonamiento", "resultado", "atento"],
        "begin": ["Aquí está mi respuesta", "Buena pregunta", "Tras pensarlo un poco"],
        "end": ["Espero que esto ayude.", "Esa es mi respuesta final.", "Gracias por leer."],
        "kwsent": "Aquí importan sobre todo estas dos ideas: {k1} y {k2}.",
        "titles": ["Mi valoración", "La solución", "Explicación breve"],
    },
    "fr": {
        "intro": ["Regardons cela de près.", "Voici comment je raisonnerais.", "Cette question demande une lecture attentive."],
        "fill": ["La formulation elle-même donne l'indice principal.", "Il est utile d'écarter d'abord les options qui ne conviennent pas.",
                 "Le contexte compte beaucoup dans ce genre de cas.", "Une seconde lecture confirme le raisonnement.",
                 "Rien dans le texte n'indique le contraire.", "Les petits choix de mots révèlent souvent le sens voulu.",
                 "Une fois l'indice clé trouvé le reste s'enchaîne.", "Il vaut la peine de vérifier que la conclusion colle à tout l'énoncé."],
        "sst2": ["La phrase évaluée est : « {s} »", "Dans l'ensemble le ton de cette critique est {lab}.", "Le sentiment est donc {lab}."],
        "ag_news": ["Le titre est « {t} ».", "Par son sujet l'article relève de la rubrique {lab}.", "La catégorie est donc {lab}."],
        "commonsenseqa": ["La question est : {stem}", "L'option la plus adaptée est ({key}) {text}.", "Mon choix final est {key}."],
        "gsm8k": ["Le problème : {q}", "{steps}", "Le résultat final est {num}."],
        "nq_open": ["La question est : {q} ?", "La réponse est {ans}.", "En bref : {ans}."],
        "kw": ["indice", "contexte", "détail", "raisonnement", "résultat", "attentif"],
        "begin": ["Voici ma réponse", "Bonne question", "Après réflexion"],
        "end": ["J'espère que cela aide.", "C'est ma réponse finale.", "Merci de votre lecture."],
        "kwsent": "Deux notions comptent ici : {k1} et {k2}.",
        "titles": ["Mon analyse", "La solution", "En bref"],
    },
    "zh": {
        "intro": ["我们来仔细看一下。", "我会这样推理。", "这道题需要认真阅读。"],
        "fill": ["题目的措辞本身就给出了主要线索。", "先排除明显不合适的选项会很有帮助。", "在这类问题中语境非常重要。",
                 "再读一遍可以确认这个推理。", "文中没有任何内容指向相反的结论。", "细小的措辞往往透露出真正的意思。",
                 "找到关键线索之后其余部分就顺理成章了。", "值得检查一下结论是否与所有信息一致。"],
        "sst2": ["被评价的句子是：“{s}”", "总体来看这条影评的情感是{lab}。", "所以情感标签是{lab}。"],
        "ag_news": ["这篇新闻的标题是“{t}”。", "从内容看它属于{lab}类。", "因此类别是{lab}。"],
        "commonsenseqa": ["题目问的是：{stem}", "最合适的选项是（{key}）{text}。", "我的最终选择是{key}。"],
        "gsm8k": ["题目：{q}", "{steps}", "最终答案是{num}。"],
        "nq_open": ["问题是：{q}？", "答案是{ans}。", "简而言之：{ans}。"],
        "kw": ["线索", "语境", "细节", "推理", "结论", "仔细"],
        "begin": ["我的回答如下", "好问题", "思考之后"],
        "end": ["希望这对你有帮助。", "这就是我的最终答案。", "感谢阅读。"],
        "kwsent": "这里最重要的是{k1}和{k2}。",
        "titles": ["我的分析", "解答", "简要说明"],
    },
    "ru": {
        "intro": ["Давай разберёмся внимательно.", "Вот как я бы рассуждал.", "Этот вопрос требует внимательного чтения."],
        "fill": ["Главную подсказку даёт сама формулировка.", "Полезно сначала отбросить явно неподходящие варианты.",
                 "В подобных вопросах многое решает контекст.", "Повторное прочтение подтверждает вывод.",
                 "Ничто в тексте не указывает на обратное.", "Мелкие детали формулировки часто выдают смысл.",
                 "Как только найдена ключевая подсказка остальное становится ясно.", "Стоит проверить что вывод согласуется со всеми данными."],
        "sst2": ["Оцениваемая фраза: «{s}»", "В целом тон этого отзыва {lab}.", "Итак тональность: {lab}."],
        "ag_news": ["Заголовок новости: «{t}».", "По теме статья относится к рубрике «{lab}».", "Следовательно категория — {lab}."],
        "commonsenseqa": ["Вопрос: {stem}", "Лучше всего подходит вариант ({key}) {text}.", "Мой окончательный выбор — {key}."],
        "gsm8k": ["Задача: {q}", "{steps}", "Окончательный ответ: {num}."],
        "nq_open": ["Вопрос: {q}?", "Ответ: {ans}.", "Коротко: {ans}."],
        "kw": ["подсказка", "контекст", "деталь", "рассуждение", "вывод", "внимательно"],
        "begin": ["Вот мой ответ", "Хороший вопрос", "Подумав немного"],
        "end": ["Надеюсь, это поможет.", "Это мой окончательный ответ.", "Спасибо за внимание."],
        "kwsent": "Здесь важнее всего {k1} и {k2}.",
        "titles": ["Мой разбор", "Решение", "Коротко"],
    },
}
# Map AutoIF language -> task template language for the task part of the prompt.
TASK_LANG = {"en": "en", "de": "de", "es": "es", "fr": "fr", "zh": "zh", "ru": "ru"}

STRUCT = ("bullets", "paragraphs", "sections")
WRAP = ("json", "quotes")
CASE = ("lowercase", "uppercase")
OTHER = ("min_words", "begin", "end", "keywords", "no_commas", "postscript", "title", "highlight",
         "placeholders", "repeat")


INCOMPAT = {
    frozenset(p) for p in (
        ("begin", "title"), ("end", "postscript"), ("repeat", "begin"), ("repeat", "no_commas"),
        ("repeat", "lowercase"), ("repeat", "uppercase"), ("begin", "lowercase"), ("begin", "uppercase"),
        ("end", "lowercase"), ("end", "uppercase"), ("postscript", "lowercase"), ("postscript", "uppercase"),
        ("sections", "lowercase"), ("sections", "uppercase"), ("end", "no_commas"),
        *((w, c) for w in WRAP for c in ("begin", "end", "title", "postscript", "repeat")),
    )
}


def choose_constraints(rng: random.Random, lang: str, k: int) -> list[str]:
    avail = set(CONSTRAINTS[lang])
    picked: list[str] = []

    def ok(c: str) -> bool:
        return c in avail and all(frozenset((c, p)) not in INCOMPAT for p in picked)

    if rng.random() < 0.45:
        s = [c for c in STRUCT if ok(c)]
        if s:
            picked.append(rng.choice(s))
    if rng.random() < 0.25:
        w = [c for c in WRAP if ok(c)]
        if w:
            picked.append(rng.choice(w))
    if rng.random() < 0.2:
        c = [c for c in CASE if ok(c)]
        if c:
            picked.append(rng.choice(c))
    others = [c for c in OTHER if c in avail]
    rng.shuffle(others)
    for c in others:
        if len(picked) >= k:
            break
        if ok(c):
            picked.append(c)
    if not picked:
        picked.append("min_words")
    return picked


def _sentences_for(item: dict, lang: str, rng: random.Random) -> list[str]:
    P = POOLS[lang]
    k = item["kind"]
    tl = TASK_LANG[lang]
    f = dict(item)
    if k == "sst2":
        f["lab"] = tasks.SST2_LAB[tl][item["y"]]
    elif k == "ag_news":
        f["lab"] = tasks.AG_LAB[tl][item["y"]]
    elif k == "commonsenseqa":
        f["text"] = dict(item["choices"])[item["key"]]
    elif k == "gsm8k":
        f["steps"] = " ".join(item["steps"])
    lines = [s.format(**f) for s in P[k]]
    return [rng.choice(P["intro"]), lines[0], lines[1]] + ([lines[2]] if rng.random() < 0.8 else [])


def _count(text: str, lang: str) -> int:
    if lang == "zh":
        return sum(1 for c in text if not c.isspace())
    return len(text.split())


def build(item: dict, lang: str, rng: random.Random, n_cons: int, task_prompt: str,
          cons: list[str] | None = None, list_style: bool | None = None) -> tuple[str, str, list[str]]:
    """(prompt_suffix, answer, wording ids) for one item. The prompt suffix is appended to the
    rendered task prompt (task_prompt) by the caller."""
    P = POOLS[lang]
    C = CONSTRAINTS[lang]
    cons = cons or choose_constraints(rng, lang, n_cons)
    args: dict[str, object] = {}
    wid: list[str] = []
    texts = []
    for c in cons:
        variants = C[c]
        vi = rng.randrange(len(variants))
        wid.append(f"aif.{lang}.{c}.{vi + 1}")
        a: dict[str, object] = {}
        if c == "min_words":
            a["n"] = rng.choice((60, 80, 100, 120, 150)) if lang != "zh" else rng.choice((120, 150, 200))
        elif c in ("bullets", "sections", "paragraphs"):
            a["n"] = rng.choice((2, 3, 4))
        elif c in ("highlight", "placeholders"):
            a["n"] = 2
        elif c == "begin":
            a["p"] = rng.choice(P["begin"])
        elif c == "end":
            a["p"] = rng.choice(P["end"])
        elif c == "keywords":
            k1, k2 = rng.sample(P["kw"], 2)
            a["k1"], a["k2"] = k1, k2
        args[c] = a
        texts.append(variants[vi].format(**a))
    if list_style is None:
        list_style = rng.random() < 0.5
    if list_style:
        head = rng.choice(CONSTRAINT_HEAD[lang])
        suffix = head + "\n" + "\n".join(f"- {t}" for t in texts)
    else:
        suffix = " ".join(texts)

    # ---- build the answer --------------------------------------------------------------
    sents = _sentences_for(item, lang, rng)
    fills = list(P["fill"])
    rng.shuffle(fills)
    if "keywords" in args:
        sents.insert(2, P["kwsent"].format(**args["keywords"]))
    if "placeholders" in args:
        sents.append(P.get("placeholder", POOLS["en"]["placeholder"]))
    target = args.get("min_words", {}).get("n", 0) if "min_words" in args else rng.choice((35, 50, 70))
    fi = 0
    while _count(" ".join(sents), lang) < int(target) * 1.1 and fi < len(fills):
        sents.insert(len(sents) - 1, fills[fi])
        fi += 1
    while _count(" ".join(sents), lang) < int(target) * 1.1:
        sents.insert(len(sents) - 1, rng.choice(P["fill"]))
    sep = "" if lang == "zh" else " "
    if "highlight" in args:
        for i in (1, len(sents) - 1):
            sents[i] = f"*{sents[i]}*"
    body: str
    if "bullets" in args or "sections" in args or "paragraphs" in args:
        n = int(next(args[c]["n"] for c in ("bullets", "sections", "paragraphs") if c in args))
        n = min(n, len(sents))
        groups = [sents[i * len(sents) // n:(i + 1) * len(sents) // n] for i in range(n)]
        if "bullets" in args:
            body = "\n".join("* " + sep.join(g) for g in groups)
        elif "sections" in args:
            body = "\n\n".join(f"SECTION {i + 1}\n" + sep.join(g) for i, g in enumerate(groups))
        else:
            body = "\n\n***\n\n".join(sep.join(g) for g in groups)
    else:
        body = sep.join(sents)
    if "repeat" in args:
        body = task_prompt + "\n\n" + body
    if "title" in args:
        body = f"<<{rng.choice(P['titles'])}>>\n\n" + body
    if "begin" in args:
        p = str(args["begin"]["p"])
        if any(c in args for c in ("bullets", "sections", "paragraphs")):
            body = p + "\n\n" + body
        elif lang == "en":
            joiner = " " if "no_commas" in args else ", "
            body = p + joiner + (body[0].lower() + body[1:] if body[:2] != "I " else body)
        elif lang == "zh":
            body = f"{p}：" + body
        else:
            body = f"{p}: " + body
    if "postscript" in args:
        body += f"\n\n{PS_MARK[lang]} {rng.choice(P['fill'])}"
    if "no_commas" in args:
        for ch in (",", "，", "、", "،"):
            body = body.replace(ch, "")
    if "end" in args:
        body += ("\n\n" if rng.random() < 0.5 else sep) + str(args["end"]["p"])
    if "lowercase" in args:
        body = body.lower()
    if "uppercase" in args:
        body = body.upper()
    if "json" in args:
        body = json.dumps({JSON_KEY[lang]: body}, ensure_ascii=False, indent=rng.choice((None, 2)))
    if "quotes" in args:
        body = f"\"{body}\""
    return suffix, body, wid
