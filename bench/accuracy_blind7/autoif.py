"""AutoIF-style rewriting of closed-label items (round 7 wording)."""

CONS = {
    "en": {
        "begin": "Start your response with the exact phrase \"{p}\".",
        "min_words": "Your answer must contain at least {n} words.",
        "end": "Close your response with the sentence \"{p}\" and write nothing after it.",
        "paragraphs": "Organise the answer into exactly {k} paragraphs separated by blank lines.",
        "keyword": "Use the word \"{kw}\" at least twice.",
        "no_commas": "Do not use a single comma anywhere in the reply.",
        "upper": "Write the entire reply in capital letters.",
        "bullets": "Include exactly {k} bullet points, each starting with \"* \".",
        "title": "Put a title in double angle brackets, e.g. <<like this>>, on the first line.",
        "ps": "Add a postscript at the very end that begins with \"P.S.\".",
        "obey": ["Follow every instruction above exactly; partial compliance counts as failure.",
                 "Comply with each rule in this prompt, all of them, to the letter.",
                 "Do precisely what is asked, in full, with nothing skipped."],
    },
    "fr": {"begin": "Commence ta réponse exactement par la phrase « {p} ».",
           "min_words": "Ta réponse doit compter au moins {n} mots.",
           "end": "Termine par la phrase « {p} » et rien après.",
           "paragraphs": "Structure la réponse en exactement {k} paragraphes séparés par une ligne vide.",
           "obey": ["Respecte chaque consigne ci-dessus à la lettre, sans exception."]},
    "es": {"begin": "Empieza tu respuesta exactamente con la frase «{p}».",
           "min_words": "Tu respuesta debe tener al menos {n} palabras.",
           "end": "Termina con la frase «{p}» y nada más después.",
           "paragraphs": "Organiza la respuesta en exactamente {k} párrafos separados por una línea en blanco.",
           "obey": ["Cumple cada instrucción anterior al pie de la letra, sin excepción."]},
    "de": {"begin": "Beginne deine Antwort genau mit dem Satz „{p}“.",
           "min_words": "Deine Antwort muss mindestens {n} Wörter enthalten.",
           "end": "Schließe mit dem Satz „{p}“ und nichts danach.",
           "paragraphs": "Gliedere die Antwort in genau {k} Absätze, getrennt durch Leerzeilen.",
           "obey": ["Befolge jede Anweisung oben exakt und vollständig."]},
    "ru": {"begin": "Начни ответ точно с фразы «{p}».",
           "min_words": "В ответе должно быть не меньше {n} слов.",
           "end": "Закончи фразой «{p}» и ничего после неё.",
           "paragraphs": "Раздели ответ ровно на {k} абзаца, разделённых пустой строкой.",
           "obey": ["Выполни каждое указание выше в точности, без исключений."]},
    "zh": {"begin": "回答必须以“{p}”这句话开头。",
           "min_words": "回答至少要有{n}个词。",
           "end": "以“{p}”这句话结尾，之后不要再写任何内容。",
           "paragraphs": "把回答分成正好{k}段，段落之间空一行。",
           "obey": ["严格遵守上面的每一条要求，一条都不能少。"]},
    "pt": {"begin": "Comece a resposta exatamente com a frase «{p}».",
           "min_words": "A resposta deve ter pelo menos {n} palavras.",
           "end": "Termine com a frase «{p}» e nada depois.",
           "paragraphs": "Organize a resposta em exatamente {k} parágrafos separados por uma linha em branco.",
           "obey": ["Cumpra cada instrução acima à risca, sem exceção."]},
    "ja": {"begin": "回答は必ず「{p}」という文で始めてください。",
           "min_words": "回答は少なくとも{n}語にしてください。",
           "end": "最後は「{p}」という文で締め、その後には何も書かないでください。",
           "paragraphs": "回答をちょうど{k}段落に分け、段落の間は空行にしてください。",
           "obey": ["上記の指示をすべて、一字一句そのとおりに守ってください。"]},
}
LANGS = list(CONS)

BEGIN = ["My answer is as follows", "Here is my full response", "Certainly, here is the analysis",
         "Let me lay this out completely", "Happy to work through this"]
END = ["That is my complete answer.", "Is there anything else I can do for you?",
       "This concludes the response.", "I hope this covers everything you asked."]
KEYWORDS = ["evidence", "clearly", "context", "signal", "reasoning"]
TITLES = ["Working it out", "The verdict", "A closer look", "Answer and reasons"]

FILLER = [
    "Reading the item slowly makes the intended answer easier to see.",
    "Each part of the text points in the same direction once it is read as a whole.",
    "Other readings are possible at first glance but they do not hold up.",
    "The wording of the question narrows the choices considerably.",
    "It helps to restate the question in plain words before choosing.",
    "A quick check against the alternatives confirms the choice.",
    "Nothing in the passage contradicts this conclusion.",
    "The strongest clue is the overall tone rather than any single word.",
    "Everyday knowledge is enough to settle the matter here.",
    "The remaining options each fail for a simple reason.",
    "Putting the pieces together gives a consistent picture.",
    "This is the answer a careful reader would most likely give.",
    "There is little ambiguity once the key detail is noticed.",
    "The conclusion follows directly from what is stated.",
]


def pick_constraints(rng, lang):
    table = CONS[lang]
    kinds = [k for k in table if k != "obey"]
    n = rng.randint(2, min(4, len(kinds)))
    chosen = rng.sample(kinds, n)
    if "upper" in chosen and "no_commas" in chosen:
        chosen.remove("no_commas")
    params = {"p_begin": rng.choice(BEGIN), "p_end": rng.choice(END), "n": rng.choice([60, 80, 100, 120, 150]),
              "k": rng.choice([2, 3, 4]), "kw": rng.choice(KEYWORDS), "kb": rng.choice([2, 3])}
    lines = []
    for c in chosen:
        t = table[c]
        if c == "begin":
            lines.append(t.format(p=params["p_begin"]))
        elif c == "end":
            lines.append(t.format(p=params["p_end"]))
        elif c == "min_words":
            lines.append(t.format(n=params["n"]))
        elif c == "paragraphs":
            lines.append(t.format(k=params["k"]))
        elif c == "bullets":
            lines.append(t.format(k=params["kb"]))
        elif c == "keyword":
            lines.append(t.format(kw=params["kw"]))
        else:
            lines.append(t)
    obey = None
    if rng.random() < 0.7:
        obey = rng.choice(table["obey"])
        lines.append(obey)
    return chosen, params, lines, obey


def build_answer(rng, item, chosen, params):
    label = item["label"]
    q = item["content"][:90].replace("\n", " ")
    core = [f"The item under discussion is: \"{q}\".",
            f"Weighing it carefully, the correct answer is {label}.",
            f"So the final answer is {label}."]
    if item.get("why"):
        core.insert(2, item["why"])
    need = params["n"] if "min_words" in chosen else 45
    body = list(core)
    if "keyword" in chosen:
        kw = params["kw"]
        body.insert(1, f"The {kw} here is worth noting.")
        body.append(f"That {kw} settles it.")
    pool = FILLER[:]
    rng.shuffle(pool)
    while sum(len(s.split()) for s in body) < need + 5:
        body.insert(-1, pool.pop() if pool else "The answer stays the same on a second reading.")
    k = params["k"] if "paragraphs" in chosen else 1
    per = max(1, len(body) // k)
    paras = [" ".join(body[i * per:(i + 1) * per if i < k - 1 else len(body)]) for i in range(k)]
    if "bullets" in chosen:
        bl = [f"* The label chosen is {label}.", "* The text supports it.", "* The alternatives fit worse."][:params["kb"]]
        paras[-1] = paras[-1] + "\n" + "\n".join(bl)
    text = "\n\n".join(paras)
    if "begin" in chosen:
        text = params["p_begin"] + ". " + text
    if "title" in chosen:
        text = "<<" + rng.choice(TITLES) + ">>\n" + text
    if "ps" in chosen:
        text += "\n\nP.S. Happy to go through another one."
    if "end" in chosen:
        text += " " + params["p_end"]
    if "no_commas" in chosen:
        text = text.replace(",", "")
    if "upper" in chosen:
        text = text.upper()
    return text
