"""AutoIF-style constraints and free-text answers that obey them (round-3 wording).

A closed-label item (label y) gets 1-3 extra instruction-following constraints appended or
prepended to the prompt; the answer becomes free text in the task language that satisfies
every constraint and still states y. Constraint kinds:

min_words, bullets, lowercase, uppercase, end_phrase, title, paragraphs, postscript,
keywords, json, quotes, no_commas, highlight, sections
"""

from __future__ import annotations

import json
import random

# Which kinds cannot be combined.
_CONFLICTS = {
    frozenset({"lowercase", "uppercase"}),
    frozenset({"json", "bullets"}),
    frozenset({"json", "paragraphs"}),
    frozenset({"json", "sections"}),
    frozenset({"json", "title"}),
    frozenset({"json", "postscript"}),
    frozenset({"json", "end_phrase"}),
    frozenset({"json", "quotes"}),
    frozenset({"json", "no_commas"}),
    frozenset({"json", "highlight"}),
    frozenset({"bullets", "paragraphs"}),
    frozenset({"bullets", "sections"}),
    frozenset({"paragraphs", "sections"}),
    frozenset({"end_phrase", "lowercase"}),
    frozenset({"end_phrase", "uppercase"}),
    frozenset({"end_phrase", "quotes"}),
    frozenset({"title", "lowercase"}),
    frozenset({"title", "uppercase"}),
    frozenset({"highlight", "bullets"}),
}

# Constraint wording per language. Placeholders: {n}, {phrase}, {k1}, {k2}, {ps}.
WORDING: dict[str, dict[str, list[str]]] = {
    "en": {
        "min_words": [
            "Your response must contain at least {n} words.",
            "Write no fewer than {n} words.",
        ],
        "bullets": [
            "Format your answer as exactly {n} bullet points using '* '.",
            "Use exactly {n} markdown bullets, nothing else.",
        ],
        "lowercase": ["Write the entire response in lowercase letters; no capitals at all."],
        "uppercase": ["Your whole reply must be in CAPITAL LETTERS."],
        "end_phrase": ['Finish your response with the exact phrase "{phrase}".'],
        "title": ["Give your answer a title wrapped in double angle brackets, like <<title>>."],
        "paragraphs": [
            "Write {n} paragraphs separated by the markdown divider ***.",
        ],
        "postscript": ["At the end, add a postscript that starts with {ps}"],
        "keywords": ['Include the keywords "{k1}" and "{k2}" in the response.'],
        "json": ["Wrap your entire output in JSON format."],
        "quotes": ["Put your whole response inside double quotation marks."],
        "no_commas": ["Do not use any commas in your response."],
        "highlight": ["Highlight at least {n} sections with markdown, i.e. *highlighted section*."],
        "sections": ["Your response must have {n} sections. Mark each one with SECTION X."],
    },
    "fr": {
        "min_words": ["Ta réponse doit contenir au moins {n} mots."],
        "bullets": ["Présente ta réponse en exactement {n} puces commençant par '* '."],
        "lowercase": ["Écris toute la réponse en minuscules, sans aucune majuscule."],
        "end_phrase": ["Termine ta réponse par la phrase exacte « {phrase} »."],
        "title": ["Donne un titre à ta réponse entre doubles chevrons, comme <<titre>>."],
        "paragraphs": ["Écris {n} paragraphes séparés par le séparateur ***."],
        "postscript": ["À la fin, ajoute un post-scriptum commençant par {ps}"],
        "json": ["Mets toute ta sortie au format JSON."],
        "no_commas": ["N'utilise aucune virgule dans ta réponse."],
    },
    "es": {
        "min_words": ["Tu respuesta debe tener al menos {n} palabras."],
        "bullets": ["Da la respuesta en exactamente {n} viñetas que empiecen por '* '."],
        "lowercase": ["Escribe toda la respuesta en minúsculas, sin ninguna mayúscula."],
        "end_phrase": ["Termina la respuesta con la frase exacta «{phrase}»."],
        "title": ["Pon un título entre dobles corchetes angulares, como <<título>>."],
        "paragraphs": ["Escribe {n} párrafos separados por el divisor ***."],
        "postscript": ["Al final, añade una posdata que empiece por {ps}"],
        "json": ["Devuelve toda la salida en formato JSON."],
        "quotes": ["Pon toda la respuesta entre comillas dobles."],
    },
    "de": {
        "min_words": ["Deine Antwort muss mindestens {n} Wörter enthalten."],
        "bullets": ["Gib die Antwort als genau {n} Aufzählungspunkte mit '* ' aus."],
        "uppercase": ["Schreibe die gesamte Antwort in GROSSBUCHSTABEN."],
        "end_phrase": ['Beende deine Antwort mit genau dem Satz „{phrase}".'],
        "title": ["Gib der Antwort einen Titel in doppelten spitzen Klammern, etwa <<Titel>>."],
        "paragraphs": ["Schreibe {n} Absätze, getrennt durch den Trenner ***."],
        "postscript": ["Füge am Ende ein Postskriptum an, das mit {ps} beginnt."],
        "json": ["Gib die gesamte Ausgabe im JSON-Format aus."],
        "sections": ["Die Antwort muss {n} Abschnitte haben, jeder markiert mit ABSCHNITT X."],
    },
    "it": {
        "min_words": ["La risposta deve contenere almeno {n} parole."],
        "bullets": ["Scrivi la risposta in esattamente {n} punti elenco che iniziano con '* '."],
        "lowercase": ["Scrivi tutta la risposta in minuscolo, senza maiuscole."],
        "end_phrase": ["Concludi la risposta con la frase esatta «{phrase}»."],
        "title": ["Dai alla risposta un titolo tra doppie parentesi angolari, come <<titolo>>."],
        "paragraphs": ["Scrivi {n} paragrafi separati dal divisore ***."],
        "postscript": ["Alla fine aggiungi un poscritto che inizi con {ps}"],
        "keywords": ["Includi le parole chiave «{k1}» e «{k2}»."],
    },
    "pt": {
        "min_words": ["Sua resposta deve ter pelo menos {n} palavras."],
        "bullets": ["Apresente a resposta em exatamente {n} tópicos começando com '* '."],
        "lowercase": ["Escreva a resposta inteira em letras minúsculas."],
        "end_phrase": ['Termine a resposta com a frase exata "{phrase}".'],
        "title": ["Dê um título à resposta entre sinais angulares duplos, como <<título>>."],
        "paragraphs": ["Escreva {n} parágrafos separados pelo divisor ***."],
        "postscript": ["No final, acrescente um P.S. que comece com {ps}"],
        "json": ["Coloque toda a saída em formato JSON."],
    },
    "nl": {
        "min_words": ["Je antwoord moet minstens {n} woorden bevatten."],
        "bullets": ["Geef het antwoord als precies {n} opsommingstekens met '* '."],
        "lowercase": ["Schrijf het hele antwoord in kleine letters, zonder hoofdletters."],
        "end_phrase": ['Eindig je antwoord met precies de zin "{phrase}".'],
        "title": ["Geef het antwoord een titel tussen dubbele punthaken, zoals <<titel>>."],
        "paragraphs": ["Schrijf {n} alinea's, gescheiden door ***."],
        "postscript": ["Voeg aan het eind een naschrift toe dat begint met {ps}"],
        "highlight": ["Markeer minstens {n} delen met markdown, zoals *gemarkeerd deel*."],
    },
    "pl": {
        "min_words": ["Odpowiedź musi mieć co najmniej {n} słów."],
        "bullets": ["Podaj odpowiedź w dokładnie {n} punktach zaczynających się od '* '."],
        "lowercase": ["Napisz całą odpowiedź małymi literami."],
        "end_phrase": ["Zakończ odpowiedź dokładnie zdaniem „{phrase}”."],
    },
    "sv": {
        "min_words": ["Svaret måste innehålla minst {n} ord."],
        "bullets": ["Skriv svaret som exakt {n} punkter som börjar med '* '."],
        "lowercase": ["Skriv hela svaret med små bokstäver."],
        "end_phrase": ['Avsluta svaret med exakt frasen "{phrase}".'],
    },
    "tr": {
        "min_words": ["Cevabın en az {n} kelime içermeli."],
        "bullets": ["Cevabı '* ' ile başlayan tam {n} madde halinde yaz."],
        "lowercase": ["Cevabın tamamını küçük harflerle yaz."],
        "end_phrase": ['Cevabını tam olarak "{phrase}" cümlesiyle bitir.'],
    },
    "ru": {
        "min_words": ["Ответ должен содержать не менее {n} слов."],
        "bullets": ["Оформи ответ ровно в {n} пунктах, начинающихся с '* '."],
        "lowercase": ["Напиши весь ответ строчными буквами."],
        "end_phrase": ["Закончи ответ точной фразой «{phrase}»."],
    },
}

# Language material for the answers.
TEXT: dict[str, dict[str, list[str]]] = {
    "en": {
        "label": [
            "The answer is {label}.",
            "My final answer: {label}.",
            "Putting it all together, the right choice is {label}.",
            "So the label I would assign is {label}.",
        ],
        "ctx": ['The input reads: "{snippet}".', 'A key part of the text is "{snippet}".'],
        "filler": [
            "I read the whole input before deciding.",
            "Several details point in the same direction.",
            "It helps to look at the overall meaning rather than single words.",
            "Other options look possible at first glance but fit less well.",
            "The wording and the context both support this conclusion.",
            "Checking the answer once more it still holds up.",
            "This kind of question is best handled step by step.",
            "Nothing in the input contradicts this reading.",
            "The strongest evidence comes from the main idea of the text.",
            "I considered each alternative in turn.",
            "A careful reader would most likely reach the same result.",
            "The tone and the content agree with each other here.",
        ],
        "phrase": ["Is there anything else I can help with?", "That is my final answer."],
        "keywords": [["evidence", "context"], ["careful", "conclusion"], ["signal", "overall"]],
        "kw_sentence": ["Both the {k1} and the {k2} matter here."],
        "title": ["My Answer", "Working It Out", "The Verdict", "Reasoning"],
        "ps": ["P.S."],
        "ps_text": ["I am happy to explain further.", "Thanks for the interesting question."],
        "section": ["SECTION"],
    },
    "fr": {
        "label": [
            "La réponse est {label}.",
            "Ma réponse finale : {label}.",
            "Au total, le bon choix est {label}.",
        ],
        "ctx": ["Le texte dit : « {snippet} ».", "Un passage clé est « {snippet} »."],
        "filler": [
            "J'ai lu tout le texte avant de décider.",
            "Plusieurs indices vont dans le même sens.",
            "Il vaut mieux regarder le sens global que des mots isolés.",
            "D'autres options semblent possibles mais conviennent moins bien.",
            "La formulation et le contexte confirment cette conclusion.",
            "En vérifiant une seconde fois la réponse tient toujours.",
            "Rien dans le texte ne contredit cette lecture.",
            "J'ai examiné chaque possibilité tour à tour.",
        ],
        "phrase": ["Puis-je vous aider pour autre chose ?", "Voilà ma réponse finale."],
        "keywords": [["indice", "contexte"]],
        "kw_sentence": ["L'{k1} et le {k2} comptent tous les deux."],
        "title": ["Ma réponse", "Le verdict"],
        "ps": ["P.-S."],
        "ps_text": ["Je peux détailler davantage si besoin."],
        "section": ["SECTION"],
    },
    "es": {
        "label": [
            "La respuesta es {label}.",
            "Mi respuesta final: {label}.",
            "En conjunto, la opción correcta es {label}.",
        ],
        "ctx": ["El texto dice: «{snippet}».", "Una parte clave es «{snippet}»."],
        "filler": [
            "Leí todo el texto antes de decidir.",
            "Varios detalles apuntan en la misma dirección.",
            "Conviene mirar el sentido global y no palabras sueltas.",
            "Otras opciones parecen posibles pero encajan peor.",
            "La redacción y el contexto respaldan esta conclusión.",
            "Al revisarla de nuevo la respuesta se mantiene.",
            "Nada en el texto contradice esta lectura.",
            "Consideré cada alternativa por turno.",
        ],
        "phrase": ["¿Hay algo más en lo que pueda ayudar?", "Esa es mi respuesta final."],
        "keywords": [["indicio", "contexto"]],
        "kw_sentence": ["Tanto el {k1} como el {k2} importan aquí."],
        "title": ["Mi respuesta", "El veredicto"],
        "ps": ["P.D."],
        "ps_text": ["Puedo explicarlo con más detalle si hace falta."],
        "section": ["SECCIÓN"],
    },
    "de": {
        "label": [
            "Die Antwort lautet {label}.",
            "Meine endgültige Antwort: {label}.",
            "Alles zusammen ergibt sich {label}.",
        ],
        "ctx": ["Im Text steht: „{snippet}“.", "Eine wichtige Stelle ist „{snippet}“."],
        "filler": [
            "Ich habe den ganzen Text gelesen, bevor ich mich entschieden habe.",
            "Mehrere Details weisen in dieselbe Richtung.",
            "Es lohnt sich, auf die Gesamtbedeutung statt auf einzelne Wörter zu achten.",
            "Andere Optionen wirken zunächst möglich, passen aber schlechter.",
            "Formulierung und Kontext stützen diese Schlussfolgerung.",
            "Bei einer zweiten Prüfung hält die Antwort stand.",
            "Nichts im Text widerspricht dieser Lesart.",
            "Ich habe jede Alternative einzeln geprüft.",
        ],
        "phrase": ["Kann ich sonst noch helfen?", "Das ist meine endgültige Antwort."],
        "keywords": [["Hinweis", "Kontext"]],
        "kw_sentence": ["Sowohl der {k1} als auch der {k2} sind hier wichtig."],
        "title": ["Meine Antwort", "Das Urteil"],
        "ps": ["P.S."],
        "ps_text": ["Ich erkläre es gern ausführlicher."],
        "section": ["ABSCHNITT"],
    },
    "it": {
        "label": [
            "La risposta è {label}.",
            "La mia risposta finale: {label}.",
            "Nel complesso, la scelta giusta è {label}.",
        ],
        "ctx": ["Il testo dice: «{snippet}».", "Un passaggio chiave è «{snippet}»."],
        "filler": [
            "Ho letto tutto il testo prima di decidere.",
            "Diversi dettagli vanno nella stessa direzione.",
            "Conviene guardare il senso generale e non le singole parole.",
            "Altre opzioni sembrano possibili ma funzionano peggio.",
            "La formulazione e il contesto sostengono questa conclusione.",
            "Ricontrollando la risposta regge ancora.",
            "Niente nel testo contraddice questa lettura.",
            "Ho considerato ogni alternativa a turno.",
        ],
        "phrase": ["Posso aiutarti in altro?", "Questa è la mia risposta finale."],
        "keywords": [["indizio", "contesto"]],
        "kw_sentence": ["Sia l'{k1} sia il {k2} contano qui."],
        "title": ["La mia risposta", "Il verdetto"],
        "ps": ["P.S."],
        "ps_text": ["Posso spiegare meglio se serve."],
        "section": ["SEZIONE"],
    },
    "pt": {
        "label": [
            "A resposta é {label}.",
            "Minha resposta final: {label}.",
            "Juntando tudo, a escolha certa é {label}.",
        ],
        "ctx": ['O texto diz: "{snippet}".', 'Um trecho importante é "{snippet}".'],
        "filler": [
            "Li o texto inteiro antes de decidir.",
            "Vários detalhes apontam na mesma direção.",
            "Vale olhar o sentido geral e não palavras soltas.",
            "Outras opções parecem possíveis mas se encaixam pior.",
            "A redação e o contexto sustentam esta conclusão.",
            "Conferindo de novo a resposta se mantém.",
            "Nada no texto contradiz esta leitura.",
            "Considerei cada alternativa por vez.",
        ],
        "phrase": ["Posso ajudar com mais alguma coisa?", "Essa é minha resposta final."],
        "keywords": [["indício", "contexto"]],
        "kw_sentence": ["Tanto o {k1} quanto o {k2} importam aqui."],
        "title": ["Minha resposta", "O veredito"],
        "ps": ["P.S."],
        "ps_text": ["Posso explicar melhor se precisar."],
        "section": ["SEÇÃO"],
    },
    "nl": {
        "label": [
            "Het antwoord is {label}.",
            "Mijn definitieve antwoord: {label}.",
            "Alles bij elkaar is de juiste keuze {label}.",
        ],
        "ctx": ['De tekst zegt: "{snippet}".', 'Een belangrijk stuk is "{snippet}".'],
        "filler": [
            "Ik heb de hele tekst gelezen voordat ik besliste.",
            "Meerdere details wijzen dezelfde kant op.",
            "Het helpt om naar de algemene betekenis te kijken en niet naar losse woorden.",
            "Andere opties lijken eerst mogelijk maar passen slechter.",
            "De formulering en de context ondersteunen deze conclusie.",
            "Bij een tweede controle blijft het antwoord overeind.",
            "Niets in de tekst spreekt deze lezing tegen.",
            "Ik heb elk alternatief om beurten bekeken.",
        ],
        "phrase": ["Kan ik nog ergens anders mee helpen?", "Dat is mijn definitieve antwoord."],
        "keywords": [["aanwijzing", "context"]],
        "kw_sentence": ["Zowel de {k1} als de {k2} zijn hier belangrijk."],
        "title": ["Mijn antwoord", "Het oordeel"],
        "ps": ["P.S."],
        "ps_text": ["Ik leg het graag verder uit."],
        "section": ["SECTIE"],
    },
    "pl": {
        "label": ["Odpowiedź to {label}.", "Moja ostateczna odpowiedź: {label}."],
        "ctx": ["Tekst mówi: „{snippet}”."],
        "filler": [
            "Przeczytałem cały tekst przed podjęciem decyzji.",
            "Kilka szczegółów wskazuje ten sam kierunek.",
            "Warto patrzeć na ogólny sens a nie na pojedyncze słowa.",
            "Inne opcje pasują gorzej.",
            "Sformułowanie i kontekst potwierdzają ten wniosek.",
            "Nic w tekście nie przeczy tej interpretacji.",
        ],
        "phrase": ["Czy mogę pomóc w czymś jeszcze?"],
        "keywords": [],
        "kw_sentence": [],
        "title": [],
        "ps": [],
        "ps_text": [],
        "section": [],
    },
    "sv": {
        "label": ["Svaret är {label}.", "Mitt slutliga svar: {label}."],
        "ctx": ['Texten säger: "{snippet}".'],
        "filler": [
            "Jag läste hela texten innan jag bestämde mig.",
            "Flera detaljer pekar åt samma håll.",
            "Det hjälper att se till helheten och inte enskilda ord.",
            "Andra alternativ passar sämre.",
            "Formuleringen och sammanhanget stöder slutsatsen.",
            "Ingenting i texten motsäger den här tolkningen.",
        ],
        "phrase": ["Finns det något mer jag kan hjälpa till med?"],
        "keywords": [],
        "kw_sentence": [],
        "title": [],
        "ps": [],
        "ps_text": [],
        "section": [],
    },
    "tr": {
        "label": ["Cevap {label}.", "Son cevabım: {label}."],
        "ctx": ['Metinde şöyle yazıyor: "{snippet}".'],
        "filler": [
            "Karar vermeden önce metnin tamamını okudum.",
            "Birkaç ayrıntı aynı yönü gösteriyor.",
            "Tek tek kelimelere değil genel anlama bakmak gerekir.",
            "Diğer seçenekler daha az uyuyor.",
            "İfade ve bağlam bu sonucu destekliyor.",
            "Metinde bu yorumla çelişen bir şey yok.",
        ],
        "phrase": ["Başka bir konuda yardımcı olabilir miyim?"],
        "keywords": [],
        "kw_sentence": [],
        "title": [],
        "ps": [],
        "ps_text": [],
        "section": [],
    },
    "ru": {
        "label": ["Ответ: {label}.", "Мой окончательный ответ: {label}."],
        "ctx": ["В тексте сказано: «{snippet}»."],
        "filler": [
            "Я прочитал весь текст, прежде чем решить.",
            "Несколько деталей указывают в одну сторону.",
            "Важно смотреть на общий смысл, а не на отдельные слова.",
            "Другие варианты подходят хуже.",
            "Формулировка и контекст подтверждают этот вывод.",
            "Ничто в тексте не противоречит такому прочтению.",
        ],
        "phrase": ["Могу ли я помочь чем-то ещё?"],
        "keywords": [],
        "kw_sentence": [],
        "title": [],
        "ps": [],
        "ps_text": [],
        "section": [],
    },
}


def kinds_for(lang: str) -> list[str]:
    return list(WORDING[lang])


def choose_constraints(lang: str, rng: random.Random, k: int) -> list[dict]:
    """Pick k compatible constraint kinds with parameters for `lang`."""
    kinds = kinds_for(lang)
    rng.shuffle(kinds)
    chosen: list[str] = []
    for kind in kinds:
        if len(chosen) == k:
            break
        if any(frozenset({kind, c}) in _CONFLICTS for c in chosen):
            continue
        chosen.append(kind)
    tx = TEXT[lang]
    out = []
    for kind in chosen:
        c: dict = {"kind": kind}
        if kind == "min_words":
            c["n"] = rng.choice((40, 50, 60, 75, 90))
        elif kind in ("bullets", "paragraphs", "sections"):
            c["n"] = rng.choice((2, 3, 4))
        elif kind == "highlight":
            c["n"] = rng.choice((1, 2))
        elif kind == "end_phrase":
            c["phrase"] = rng.choice(tx["phrase"])
        elif kind == "keywords":
            c["k1"], c["k2"] = rng.choice(tx["keywords"])
        elif kind == "postscript":
            c["ps"] = tx["ps"][0]
        out.append(c)
    return out


def constraint_text(lang: str, constraints: list[dict], rng: random.Random) -> tuple[str, list]:
    """Wording of the constraints; returns (text, wording ids)."""
    parts, ids = [], []
    for c in constraints:
        pool = WORDING[lang][c["kind"]]
        i = rng.randrange(len(pool))
        parts.append(pool[i].format(**{k: v for k, v in c.items() if k != "kind"}))
        ids.append(f"autoif.{lang}.{c['kind']}.{i}")
    joiner = rng.choice((" ", "\n", "\n- "))
    text = joiner.join(parts)
    if joiner == "\n- ":
        text = "- " + text
    return text, ids


def _words(text: str) -> int:
    return len(text.split())


def build_answer(lang: str, label: str, snippet: str, constraints: list[dict], rng) -> str:
    """Free text in `lang` that states `label` and satisfies every constraint."""
    tx = TEXT[lang]
    kinds = {c["kind"]: c for c in constraints}
    label_sentence = rng.choice(tx["label"]).format(label=label)
    fillers = list(tx["filler"])
    rng.shuffle(fillers)
    sents = [rng.choice(tx["ctx"]).format(snippet=snippet)] if snippet else []
    sents += fillers[: rng.randint(2, 4)]
    extra = fillers[len(sents) :]
    if "keywords" in kinds:
        c = kinds["keywords"]
        sents.insert(1, tx["kw_sentence"][0].format(k1=c["k1"], k2=c["k2"]))
    sents.insert(rng.choice((0, len(sents))), label_sentence)

    need = kinds.get("min_words", {}).get("n", 0)
    while _words(" ".join(sents)) < need and extra:
        sents.insert(-1 if sents[-1] == label_sentence else len(sents), extra.pop())
    while _words(" ".join(sents)) < need:  # still short: restate the reasoning
        sents.append(rng.choice(tx["filler"]))

    for kind in ("bullets", "paragraphs", "sections"):
        if kind in kinds:
            n = kinds[kind]["n"]
            while len(sents) < n:
                sents.append(extra.pop() if extra else rng.choice(tx["filler"]))

    if "highlight" in kinds:
        idx = rng.sample(range(len(sents)), min(kinds["highlight"]["n"], len(sents)))
        sents = [f"*{s}*" if i in idx else s for i, s in enumerate(sents)]

    if "json" in kinds:
        obj = {"answer": label, "explanation": " ".join(s for s in sents if s != label_sentence)}
        body = json.dumps(obj, ensure_ascii=False, indent=rng.choice((None, 2)))
    elif "bullets" in kinds:
        n = kinds["bullets"]["n"]
        groups = _split(sents, n)
        body = "\n".join("* " + " ".join(g) for g in groups)
    elif "paragraphs" in kinds:
        groups = _split(sents, kinds["paragraphs"]["n"])
        body = "\n\n***\n\n".join(" ".join(g) for g in groups)
    elif "sections" in kinds:
        groups = _split(sents, kinds["sections"]["n"])
        word = tx["section"][0] if tx["section"] else "SECTION"
        body = "\n\n".join(f"{word} {i}\n" + " ".join(g) for i, g in enumerate(groups, 1))
    else:
        body = " ".join(sents)

    if "title" in kinds:
        body = f"<<{rng.choice(tx['title'])}>>\n\n{body}"
    if "postscript" in kinds:
        body += f"\n\n{kinds['postscript']['ps']} {rng.choice(tx['ps_text'])}"
    if "end_phrase" in kinds:
        body += f"\n\n{kinds['end_phrase']['phrase']}"
    if "no_commas" in kinds:
        body = body.replace(",", "").replace("，", "")
    if "lowercase" in kinds:
        body = body.lower()
    if "uppercase" in kinds:
        body = body.upper()
    if "quotes" in kinds:
        body = f'"{body}"'
    return body


def _split(items: list[str], n: int) -> list[list[str]]:
    """Split items into n non-empty consecutive groups."""
    n = max(1, min(n, len(items)))
    size, rem = divmod(len(items), n)
    out, i = [], 0
    for g in range(n):
        k = size + (1 if g < rem else 0)
        out.append(items[i : i + k])
        i += k
    return out
