"""AutoIF-style rewrites for the round-4 blind accuracy benchmark (written fresh for round 4).

A closed-label task row gets 1-3 verifiable instruction-following constraints (length,
begin-with, end-with, lists, case, title, paragraphs, sections, postscript, keywords, JSON,
quotes, no commas, highlights), sometimes with a "follow every instruction" line, and its
short label answer is replaced by free text that obeys every constraint.

WORDING[lang][kind]  phrasings of each constraint ({n}, {phrase}, {k1}, {k2}, {sec}, {ps})
TEXT[lang]           the material answers are built from (label sentences, fillers, ...)
"""

from __future__ import annotations

import json
import random

CHAR_LANGS = ("zh", "ja")  # length counted in characters, sentences joined without spaces
CASELESS = ("zh", "ja", "ar", "hi")

STRUCT = ("bullets", "numbered", "sections", "paragraphs")
_CONFLICTS: set[frozenset[str]] = {frozenset((a, b)) for a in STRUCT for b in STRUCT if a != b}
_CONFLICTS |= {
    frozenset(p)
    for p in (
        ("lowercase", "uppercase"),
        ("begin_with", "title"),
        ("end_phrase", "postscript"),
        ("quotes", "begin_with"),
        ("quotes", "end_phrase"),
        ("uppercase", "begin_with"),
        ("uppercase", "end_phrase"),
        ("lowercase", "begin_with"),
        ("lowercase", "end_phrase"),
    )
}
_CONFLICTS |= {
    frozenset(("json", k))
    for k in (
        *STRUCT,
        "title",
        "begin_with",
        "end_phrase",
        "postscript",
        "quotes",
        "highlight",
        "no_commas",
        "uppercase",
    )
}

WORDING: dict[str, dict[str, list[str]]] = {
    "en": {
        "min_words": [
            "Your answer must be at least {n} words long.",
            "Write no fewer than {n} words.",
            "make it at least {n} words pls",
            "Respond in {n} words or more.",
        ],
        "begin_with": [
            'Start your reply with the exact phrase "{phrase}".',
            'The first words of your response must be "{phrase}".',
            'begin with "{phrase}" ok?',
        ],
        "end_phrase": [
            'Finish your response with the exact phrase "{phrase}" and write nothing after it.',
            'End your answer with "{phrase}". Nothing may follow it.',
        ],
        "bullets": [
            "Format your answer as exactly {n} bullet points using markdown, like:\n* point one\n* point two",
            "Use {n} bullet points, no more and no fewer.",
        ],
        "numbered": [
            "Present the answer as a numbered list with {n} items.",
            "Give me {n} numbered points.",
        ],
        "lowercase": [
            "Write your entire response in lowercase letters only; no capital letters are allowed.",
            "all lowercase, no caps at all",
        ],
        "uppercase": [
            "Your whole answer must be written in CAPITAL LETTERS.",
            "ANSWER IN ALL CAPS ONLY.",
        ],
        "title": [
            "Give your answer a title wrapped in double angular brackets, such as <<my title>>.",
            "Put a title of the form <<title>> at the top.",
        ],
        "paragraphs": [
            "Write exactly {n} paragraphs, separated from each other by the markdown divider ***.",
            "Your response needs {n} paragraphs; put *** between them.",
        ],
        "sections": [
            "Split your response into {n} sections and mark the start of each with '{sec} X', where X is the section number.",
            "Organise the answer in {n} parts labelled {sec} 1, {sec} 2 and so on.",
        ],
        "postscript": [
            "At the end of your response, add a postscript that starts with {ps}",
            "Close with a {ps} note.",
        ],
        "keywords": [
            'Include the keywords "{k1}" and "{k2}" in your response.',
            "Make sure the words {k1} and {k2} both appear.",
        ],
        "json": [
            "Wrap your entire output in JSON format.",
            "Return only a JSON object; no text outside it.",
        ],
        "quotes": [
            "Wrap your entire response in double quotation marks.",
            'Put the whole answer inside "double quotes".',
        ],
        "no_commas": [
            "Do not use any commas anywhere in your response.",
            "no commas allowed!!",
        ],
        "highlight": [
            "Highlight at least {n} sections of your answer with markdown, i.e. *highlighted section*.",
            "Use *asterisks* to emphasise at least {n} parts.",
        ],
        "follow_all": [
            "Follow every instruction in this message exactly.",
            "All of the instructions above are mandatory; obey each one.",
            "Do everything this prompt asks, with no exceptions.",
            "pls follow ALL the rules above, every single one",
        ],
    },
    "fr": {
        "min_words": ["Ta réponse doit faire au moins {n} mots.", "écris au moins {n} mots stp"],
        "begin_with": ["Commence ta réponse exactement par « {phrase} »."],
        "end_phrase": ["Termine ta réponse exactement par « {phrase} », sans rien ajouter après."],
        "bullets": ["Présente ta réponse sous forme de {n} puces exactement, avec « * »."],
        "numbered": ["Donne ta réponse sous forme de liste numérotée de {n} éléments."],
        "lowercase": ["Écris toute ta réponse en minuscules, sans aucune majuscule."],
        "uppercase": ["Écris toute ta réponse en MAJUSCULES."],
        "title": ["Donne un titre à ta réponse, entre doubles chevrons, comme <<titre>>."],
        "paragraphs": ["Rédige {n} paragraphes séparés par le séparateur markdown ***."],
        "sections": ["Divise ta réponse en {n} parties, chacune commençant par « {sec} X »."],
        "postscript": ["Ajoute à la fin un post-scriptum commençant par {ps}"],
        "keywords": ["Utilise les mots « {k1} » et « {k2} » dans ta réponse."],
        "json": ["Mets toute ta réponse au format JSON."],
        "quotes": ["Mets toute ta réponse entre guillemets doubles."],
        "no_commas": ["N'utilise aucune virgule dans ta réponse."],
        "highlight": ["Mets en valeur au moins {n} passages avec du markdown, par ex. *passage*."],
        "follow_all": [
            "Respecte scrupuleusement toutes les consignes de ce message.",
            "Toutes les instructions ci-dessus sont obligatoires.",
        ],
    },
    "es": {
        "min_words": ["Tu respuesta debe tener al menos {n} palabras.", "escribe minimo {n} palabras porfa"],
        "begin_with": ["Empieza tu respuesta exactamente con «{phrase}»."],
        "end_phrase": ["Termina tu respuesta exactamente con «{phrase}» y no escribas nada después."],
        "bullets": ["Presenta la respuesta en exactamente {n} viñetas con «* »."],
        "numbered": ["Da la respuesta como una lista numerada de {n} puntos."],
        "lowercase": ["Escribe toda la respuesta en minúsculas, sin ninguna mayúscula."],
        "uppercase": ["Escribe toda la respuesta en MAYÚSCULAS."],
        "title": ["Ponle a la respuesta un título entre dobles corchetes angulares, así: <<título>>."],
        "paragraphs": ["Escribe {n} párrafos separados por el divisor markdown ***."],
        "sections": ["Divide la respuesta en {n} secciones, cada una encabezada por «{sec} X»."],
        "postscript": ["Añade al final una posdata que empiece por {ps}"],
        "keywords": ["Incluye las palabras «{k1}» y «{k2}» en tu respuesta."],
        "json": ["Devuelve toda la respuesta en formato JSON."],
        "quotes": ["Pon toda tu respuesta entre comillas dobles."],
        "no_commas": ["No uses ninguna coma en la respuesta."],
        "highlight": ["Resalta al menos {n} partes con markdown, por ejemplo *parte resaltada*."],
        "follow_all": [
            "Cumple al pie de la letra todas las instrucciones de este mensaje.",
            "Todas las indicaciones anteriores son obligatorias.",
        ],
    },
    "de": {
        "min_words": ["Deine Antwort muss mindestens {n} Wörter lang sein.", "schreib mind. {n} wörter bitte"],
        "begin_with": ["Beginne deine Antwort genau mit „{phrase}“."],
        "end_phrase": ["Beende deine Antwort genau mit „{phrase}“ und schreibe danach nichts mehr."],
        "bullets": ["Gliedere die Antwort in genau {n} Aufzählungspunkte mit „* “."],
        "numbered": ["Gib die Antwort als nummerierte Liste mit {n} Punkten."],
        "lowercase": ["Schreibe die gesamte Antwort in Kleinbuchstaben, ohne einen einzigen Großbuchstaben."],
        "uppercase": ["Schreibe die gesamte Antwort in GROSSBUCHSTABEN."],
        "title": ["Gib der Antwort einen Titel in doppelten spitzen Klammern, etwa <<Titel>>."],
        "paragraphs": ["Schreibe {n} Absätze, getrennt durch den Markdown-Trenner ***."],
        "sections": ["Teile die Antwort in {n} Abschnitte, die jeweils mit „{sec} X“ beginnen."],
        "postscript": ["Füge am Ende ein Postskriptum hinzu, das mit {ps} beginnt."],
        "keywords": ["Verwende die Wörter „{k1}“ und „{k2}“ in deiner Antwort."],
        "json": ["Gib die komplette Antwort im JSON-Format aus."],
        "quotes": ["Setze die gesamte Antwort in doppelte Anführungszeichen."],
        "no_commas": ["Verwende in der Antwort kein einziges Komma."],
        "highlight": ["Hebe mindestens {n} Stellen mit Markdown hervor, z. B. *hervorgehoben*."],
        "follow_all": [
            "Befolge jede Anweisung in dieser Nachricht genau.",
            "Alle obigen Vorgaben sind verpflichtend.",
        ],
    },
    "it": {
        "min_words": ["La risposta deve contenere almeno {n} parole.", "scrivi almeno {n} parole dai"],
        "begin_with": ["Inizia la risposta esattamente con «{phrase}»."],
        "end_phrase": ["Concludi la risposta esattamente con «{phrase}» e non aggiungere altro."],
        "bullets": ["Presenta la risposta in esattamente {n} punti elenco con «* »."],
        "numbered": ["Dai la risposta come elenco numerato di {n} voci."],
        "lowercase": ["Scrivi tutta la risposta in minuscolo, senza nessuna maiuscola."],
        "uppercase": ["Scrivi tutta la risposta in MAIUSCOLO."],
        "title": ["Dai alla risposta un titolo tra doppie parentesi angolari, tipo <<titolo>>."],
        "paragraphs": ["Scrivi {n} paragrafi separati dal divisore markdown ***."],
        "sections": ["Dividi la risposta in {n} sezioni, ognuna che inizia con «{sec} X»."],
        "postscript": ["Aggiungi alla fine un poscritto che inizi con {ps}"],
        "keywords": ["Inserisci nella risposta le parole «{k1}» e «{k2}»."],
        "json": ["Restituisci l'intera risposta in formato JSON."],
        "quotes": ["Racchiudi tutta la risposta tra virgolette doppie."],
        "no_commas": ["Non usare nessuna virgola nella risposta."],
        "highlight": ["Evidenzia almeno {n} parti con il markdown, ad esempio *parte evidenziata*."],
        "follow_all": ["Rispetta alla lettera tutte le istruzioni di questo messaggio."],
    },
    "pt": {
        "min_words": ["Sua resposta deve ter pelo menos {n} palavras.", "escreve pelo menos {n} palavras pfv"],
        "begin_with": ['Comece a resposta exatamente com "{phrase}".'],
        "end_phrase": ['Termine a resposta exatamente com "{phrase}" e não escreva nada depois.'],
        "bullets": ['Apresente a resposta em exatamente {n} tópicos com "* ".'],
        "numbered": ["Dê a resposta como uma lista numerada de {n} itens."],
        "lowercase": ["Escreva toda a resposta em letras minúsculas, sem nenhuma maiúscula."],
        "uppercase": ["Escreva toda a resposta em LETRAS MAIÚSCULAS."],
        "title": ["Dê à resposta um título entre colchetes angulares duplos, assim: <<título>>."],
        "paragraphs": ["Escreva {n} parágrafos separados pelo divisor markdown ***."],
        "sections": ['Divida a resposta em {n} seções, cada uma começando com "{sec} X".'],
        "postscript": ["Acrescente no final um pós-escrito começando com {ps}"],
        "keywords": ['Use as palavras "{k1}" e "{k2}" na resposta.'],
        "json": ["Devolva a resposta inteira em formato JSON."],
        "quotes": ["Coloque toda a resposta entre aspas duplas."],
        "no_commas": ["Não use nenhuma vírgula na resposta."],
        "highlight": ["Destaque pelo menos {n} trechos com markdown, por exemplo *trecho destacado*."],
        "follow_all": ["Siga à risca todas as instruções desta mensagem."],
    },
    "nl": {
        "min_words": ["Je antwoord moet minstens {n} woorden lang zijn.", "schrijf minimaal {n} woorden aub"],
        "begin_with": ['Begin je antwoord precies met "{phrase}".'],
        "end_phrase": ['Eindig je antwoord precies met "{phrase}" en schrijf daarna niets meer.'],
        "bullets": ['Geef het antwoord in precies {n} opsommingstekens met "* ".'],
        "numbered": ["Geef het antwoord als genummerde lijst van {n} punten."],
        "lowercase": ["Schrijf het hele antwoord in kleine letters, zonder één hoofdletter."],
        "uppercase": ["Schrijf het hele antwoord in HOOFDLETTERS."],
        "title": ["Geef je antwoord een titel tussen dubbele punthaken, zoals <<titel>>."],
        "paragraphs": ["Schrijf {n} alinea's, gescheiden door de markdown-scheiding ***."],
        "sections": ['Verdeel het antwoord in {n} delen die elk beginnen met "{sec} X".'],
        "postscript": ["Voeg aan het eind een naschrift toe dat begint met {ps}"],
        "keywords": ['Gebruik de woorden "{k1}" en "{k2}" in je antwoord.'],
        "json": ["Geef het hele antwoord in JSON-formaat."],
        "quotes": ["Zet het hele antwoord tussen dubbele aanhalingstekens."],
        "no_commas": ["Gebruik geen enkele komma in je antwoord."],
        "highlight": ["Markeer minstens {n} stukken met markdown, bijvoorbeeld *gemarkeerd stuk*."],
        "follow_all": ["Volg elke instructie in dit bericht nauwkeurig op."],
    },
    "pl": {
        "min_words": ["Twoja odpowiedź musi mieć co najmniej {n} słów."],
        "begin_with": ["Zacznij odpowiedź dokładnie od słów „{phrase}”."],
        "end_phrase": ["Zakończ odpowiedź dokładnie zdaniem „{phrase}” i nic po nim nie pisz."],
        "bullets": ["Podaj odpowiedź w dokładnie {n} punktach zaczynających się od „* ”."],
        "numbered": ["Przedstaw odpowiedź jako numerowaną listę {n} punktów."],
        "lowercase": ["Napisz całą odpowiedź małymi literami, bez żadnej wielkiej litery."],
        "title": ["Nadaj odpowiedzi tytuł w podwójnych nawiasach ostrych, np. <<tytuł>>."],
        "paragraphs": ["Napisz {n} akapity oddzielone separatorem markdown ***."],
        "postscript": ["Na końcu dodaj dopisek zaczynający się od {ps}"],
        "json": ["Zwróć całą odpowiedź w formacie JSON."],
        "follow_all": ["Wykonaj dokładnie wszystkie polecenia z tej wiadomości."],
    },
    "sv": {
        "min_words": ["Ditt svar måste vara minst {n} ord långt."],
        "begin_with": ['Börja svaret exakt med "{phrase}".'],
        "end_phrase": ['Avsluta svaret exakt med "{phrase}" och skriv inget efter det.'],
        "bullets": ['Ge svaret i exakt {n} punkter som börjar med "* ".'],
        "numbered": ["Ge svaret som en numrerad lista med {n} punkter."],
        "lowercase": ["Skriv hela svaret med små bokstäver, utan en enda versal."],
        "title": ["Ge svaret en rubrik inom dubbla vinkelparenteser, till exempel <<rubrik>>."],
        "paragraphs": ["Skriv {n} stycken åtskilda av markdown-avdelaren ***."],
        "postscript": ["Lägg till en efterskrift i slutet som börjar med {ps}"],
        "json": ["Returnera hela svaret i JSON-format."],
        "follow_all": ["Följ varje instruktion i det här meddelandet noggrant."],
    },
    "tr": {
        "min_words": ["Cevabın en az {n} kelime olmalı."],
        "begin_with": ['Cevabına tam olarak "{phrase}" ile başla.'],
        "end_phrase": ['Cevabını tam olarak "{phrase}" ile bitir ve ardından hiçbir şey yazma.'],
        "bullets": ['Cevabı "* " ile başlayan tam {n} madde halinde ver.'],
        "numbered": ["Cevabı {n} maddelik numaralı bir liste olarak yaz."],
        "lowercase": ["Cevabın tamamını küçük harflerle yaz, hiç büyük harf kullanma."],
        "title": ["Cevabına çift açılı parantez içinde bir başlık koy, örneğin <<başlık>>."],
        "paragraphs": ["Markdown ayırıcısı *** ile ayrılmış {n} paragraf yaz."],
        "postscript": ["Sonuna {ps} ile başlayan bir not ekle."],
        "json": ["Cevabın tamamını JSON formatında ver."],
        "follow_all": ["Bu mesajdaki her talimata harfiyen uy."],
    },
    "ru": {
        "min_words": ["Ответ должен содержать не менее {n} слов."],
        "begin_with": ["Начни ответ точно с фразы «{phrase}»."],
        "end_phrase": ["Закончи ответ точно фразой «{phrase}» и ничего после неё не пиши."],
        "bullets": ["Оформи ответ ровно в {n} пунктах, начинающихся с «* »."],
        "numbered": ["Дай ответ в виде нумерованного списка из {n} пунктов."],
        "lowercase": ["Напиши весь ответ строчными буквами, без единой заглавной."],
        "title": ["Дай ответу заголовок в двойных угловых скобках, например <<заголовок>>."],
        "paragraphs": ["Напиши {n} абзаца, разделённых разделителем markdown ***."],
        "postscript": ["В конце добавь приписку, начинающуюся с {ps}"],
        "json": ["Верни весь ответ в формате JSON."],
        "follow_all": ["Точно выполни все инструкции из этого сообщения."],
    },
    "zh": {
        "min_words": ["回答不少于{n}字。"],
        "begin_with": ["回答必须以“{phrase}”开头。"],
        "end_phrase": ["回答必须以“{phrase}”结尾，之后不要再写任何内容。"],
        "bullets": ["请用恰好{n}个以“* ”开头的要点作答。"],
        "numbered": ["请以包含{n}项的编号列表形式作答。"],
        "title": ["请给回答加一个用双尖括号括起来的标题，例如<<标题>>。"],
        "paragraphs": ["写{n}段，段与段之间用markdown分隔符***隔开。"],
        "postscript": ["在结尾加一段以{ps}开头的附言。"],
        "json": ["请把整个回答以JSON格式输出。"],
        "follow_all": ["请严格遵守本条消息中的每一项要求。"],
    },
    "ja": {
        "min_words": ["回答は{n}文字以上にしてください。"],
        "begin_with": ["回答は必ず「{phrase}」で始めてください。"],
        "end_phrase": ["回答は必ず「{phrase}」で締めくくり、その後には何も書かないでください。"],
        "bullets": ["「* 」で始まる箇条書きをちょうど{n}個使って答えてください。"],
        "numbered": ["{n}項目の番号付きリストで答えてください。"],
        "title": ["回答には<<タイトル>>のように二重山括弧で囲んだタイトルを付けてください。"],
        "paragraphs": ["{n}段落で書き、段落の間はmarkdownの区切り線***で区切ってください。"],
        "postscript": ["最後に{ps}で始まる追伸を付けてください。"],
        "json": ["回答全体をJSON形式で出力してください。"],
        "follow_all": ["このメッセージの指示をすべて厳守してください。"],
    },
    "ar": {
        "min_words": ["يجب ألا تقل إجابتك عن {n} كلمة."],
        "begin_with": ['ابدأ إجابتك بالعبارة "{phrase}" حرفيًا.'],
        "end_phrase": ['اختم إجابتك بالعبارة "{phrase}" حرفيًا ولا تكتب شيئًا بعدها.'],
        "bullets": ['قدّم الإجابة في {n} نقاط بالضبط تبدأ كل منها بـ "* ".'],
        "numbered": ["اكتب الإجابة في قائمة مرقّمة من {n} بنود."],
        "title": ["ضع للإجابة عنوانًا بين قوسين زاويين مزدوجين، مثل <<العنوان>>."],
        "paragraphs": ["اكتب {n} فقرات تفصل بينها العلامة *** الخاصة بماركداون."],
        "postscript": ["أضف في النهاية حاشية تبدأ بـ {ps}"],
        "json": ["أعد الإجابة كاملة بصيغة JSON."],
        "follow_all": ["التزم بكل تعليمات هذه الرسالة بدقة."],
    },
    "hi": {
        "min_words": ["आपका उत्तर कम से कम {n} शब्दों का होना चाहिए।"],
        "begin_with": ['अपना उत्तर ठीक "{phrase}" से शुरू करें।'],
        "end_phrase": ['अपना उत्तर ठीक "{phrase}" पर ख़त्म करें और उसके बाद कुछ न लिखें।'],
        "bullets": ['उत्तर ठीक {n} बिंदुओं में दें, हर बिंदु "* " से शुरू हो।'],
        "numbered": ["उत्तर {n} बिंदुओं वाली क्रमांकित सूची के रूप में दें।"],
        "title": ["उत्तर को दोहरे कोण कोष्ठकों में एक शीर्षक दें, जैसे <<शीर्षक>>।"],
        "paragraphs": ["{n} अनुच्छेद लिखें और उन्हें markdown विभाजक *** से अलग करें।"],
        "postscript": ["अंत में {ps} से शुरू होने वाला एक पुनश्च जोड़ें।"],
        "json": ["पूरा उत्तर JSON फ़ॉर्मैट में दें।"],
        "follow_all": ["इस संदेश के हर निर्देश का ठीक-ठीक पालन करें।"],
    },
    "id": {
        "min_words": ["Jawabanmu harus terdiri dari minimal {n} kata."],
        "begin_with": ['Awali jawabanmu persis dengan "{phrase}".'],
        "end_phrase": ['Akhiri jawabanmu persis dengan "{phrase}" dan jangan menulis apa pun setelahnya.'],
        "bullets": ['Sajikan jawaban dalam tepat {n} poin yang diawali "* ".'],
        "numbered": ["Berikan jawaban berupa daftar bernomor berisi {n} butir."],
        "lowercase": ["Tulis seluruh jawaban dengan huruf kecil, tanpa satu pun huruf kapital."],
        "title": ["Beri jawabanmu judul di dalam kurung sudut ganda, misalnya <<judul>>."],
        "paragraphs": ["Tulis {n} paragraf yang dipisahkan pembatas markdown ***."],
        "postscript": ["Tambahkan catatan tambahan di akhir yang diawali {ps}"],
        "json": ["Kembalikan seluruh jawaban dalam format JSON."],
        "follow_all": ["Ikuti setiap instruksi dalam pesan ini dengan tepat."],
    },
}

TEXT: dict[str, dict] = {
    "en": {
        "label": [
            "The answer is {label}.",
            "After weighing the item carefully, I would go with {label}.",
            "My final choice here is {label}.",
            "Put simply, the correct label is {label}.",
        ],
        "ctx": [
            'The key part of the item is "{snippet}".',
            'Looking at "{snippet}", the meaning is fairly clear.',
        ],
        "filler": [
            "I read the whole item before settling on a response.",
            "The wording leaves very little room for a different reading.",
            "Other options came to mind, but none of them fits the details as well.",
            "A quick second pass through the text points to the same conclusion.",
            "It helps to focus on what is actually stated rather than on what might be implied.",
            "Small details in the phrasing often decide cases like this one.",
            "Nothing in the text contradicts this choice.",
            "If the item were phrased differently the result might change, but as written it is clear.",
            "This is also the reading most people would arrive at on first sight.",
            "I tried to keep the reasoning short and tied to the text itself.",
            "The context around the key phrase supports the same interpretation.",
            "That is why I am fairly confident in the answer given here.",
        ],
        "begin": ["Here is my answer:", "Let me walk you through it.", "Good question!"],
        "end": ["Is there anything else I can help with?", "That is my final answer.", "Hope this helps."],
        "title": ["A Closer Look", "Reasoning Behind the Answer", "Short Analysis", "Breaking It Down"],
        "ps": ["I am happy to look at more items like this one.", "Feel free to send the next question."],
        "keywords": [("evidence", "conclusion"), ("detail", "context"), ("careful", "reading")],
        "kw_sentence": ["Two words sum up this task: {k1} and {k2}."],
        "section": "Section",
        "ps_mark": "P.S.",
    },
    "fr": {
        "label": ["La réponse est {label}.", "Après réflexion, je choisis {label}."],
        "ctx": ["Le passage clé est « {snippet} ».", "En lisant « {snippet} », le sens est assez clair."],
        "filler": [
            "J'ai lu l'énoncé en entier avant de répondre.",
            "La formulation laisse peu de place à une autre interprétation.",
            "D'autres options me sont venues à l'esprit, mais aucune ne colle aussi bien aux détails.",
            "Une seconde lecture mène à la même conclusion.",
            "Il vaut mieux s'en tenir à ce qui est écrit plutôt qu'à ce qui pourrait être sous-entendu.",
            "Ce sont souvent de petits détails de formulation qui tranchent.",
            "Rien dans le texte ne contredit ce choix.",
            "C'est aussi la lecture que ferait la plupart des gens au premier coup d'œil.",
            "Le contexte autour de la phrase clé va dans le même sens.",
            "Voilà pourquoi je suis plutôt sûr de cette réponse.",
        ],
        "begin": ["Voici ma réponse :", "Je t'explique."],
        "end": ["Puis-je t'aider pour autre chose ?", "C'est ma réponse définitive."],
        "title": ["Analyse rapide", "Le raisonnement"],
        "ps": ["N'hésite pas à m'envoyer la question suivante."],
        "keywords": [("indice", "conclusion"), ("détail", "contexte")],
        "kw_sentence": ["Deux mots résument cette tâche : {k1} et {k2}."],
        "section": "Partie",
        "ps_mark": "P.S.",
    },
    "es": {
        "label": ["La respuesta es {label}.", "Tras pensarlo bien, me quedo con {label}."],
        "ctx": ["La parte clave es «{snippet}».", "Al leer «{snippet}», el sentido queda bastante claro."],
        "filler": [
            "He leído el enunciado completo antes de responder.",
            "La redacción deja poco margen para otra interpretación.",
            "Se me ocurrieron otras opciones, pero ninguna encaja tan bien con los detalles.",
            "Una segunda lectura lleva a la misma conclusión.",
            "Conviene fijarse en lo que está escrito y no en lo que podría insinuarse.",
            "En casos así, los pequeños detalles de la redacción suelen ser decisivos.",
            "Nada en el texto contradice esta elección.",
            "Es también la lectura que haría casi cualquiera a primera vista.",
            "El contexto alrededor de la frase clave apunta en la misma dirección.",
            "Por eso estoy bastante seguro de esta respuesta.",
        ],
        "begin": ["Aquí va mi respuesta:", "Te lo explico."],
        "end": ["¿Te puedo ayudar en algo más?", "Esa es mi respuesta final."],
        "title": ["Análisis breve", "El razonamiento"],
        "ps": ["Mándame la siguiente pregunta cuando quieras."],
        "keywords": [("pista", "conclusión"), ("detalle", "contexto")],
        "kw_sentence": ["Dos palabras resumen esta tarea: {k1} y {k2}."],
        "section": "Sección",
        "ps_mark": "P. D.",
    },
    "de": {
        "label": ["Die Antwort lautet {label}.", "Nach reiflicher Überlegung entscheide ich mich für {label}."],
        "ctx": ["Entscheidend ist die Stelle „{snippet}“.", "Liest man „{snippet}“, ist die Bedeutung ziemlich klar."],
        "filler": [
            "Ich habe die ganze Aufgabe gelesen, bevor ich geantwortet habe.",
            "Die Formulierung lässt kaum Raum für eine andere Deutung.",
            "Andere Möglichkeiten kamen mir in den Sinn, aber keine passt so gut zu den Details.",
            "Ein zweiter Blick auf den Text führt zum selben Ergebnis.",
            "Man sollte sich an das halten, was tatsächlich dasteht, nicht an das, was man hineinlesen könnte.",
            "Oft geben kleine Details der Formulierung den Ausschlag.",
            "Nichts im Text spricht gegen diese Wahl.",
            "So würden es auch die meisten Leser auf den ersten Blick verstehen.",
            "Der Zusammenhang rund um die entscheidende Stelle stützt diese Deutung.",
            "Deshalb bin ich mir bei dieser Antwort ziemlich sicher.",
        ],
        "begin": ["Hier ist meine Antwort:", "Ich erkläre es kurz."],
        "end": ["Kann ich sonst noch helfen?", "Das ist meine endgültige Antwort."],
        "title": ["Kurze Analyse", "Die Begründung"],
        "ps": ["Schick mir gern die nächste Frage."],
        "keywords": [("Hinweis", "Schluss"), ("Detail", "Zusammenhang")],
        "kw_sentence": ["Zwei Wörter fassen diese Aufgabe zusammen: {k1} und {k2}."],
        "section": "Abschnitt",
        "ps_mark": "P.S.",
    },
    "it": {
        "label": ["La risposta è {label}.", "Dopo averci pensato bene, scelgo {label}."],
        "ctx": ["Il passaggio chiave è «{snippet}».", "Leggendo «{snippet}», il senso è abbastanza chiaro."],
        "filler": [
            "Ho letto tutto il testo prima di rispondere.",
            "La formulazione lascia poco spazio a un'altra interpretazione.",
            "Mi sono venute in mente altre opzioni, ma nessuna si adatta così bene ai dettagli.",
            "Una seconda lettura porta alla stessa conclusione.",
            "Conviene attenersi a ciò che è scritto, non a ciò che potrebbe essere sottinteso.",
            "In casi come questo sono spesso i piccoli dettagli a decidere.",
            "Nulla nel testo contraddice questa scelta.",
            "È anche la lettura che farebbe quasi chiunque a prima vista.",
            "Il contesto intorno alla frase chiave va nella stessa direzione.",
            "Per questo sono abbastanza sicuro della risposta.",
        ],
        "begin": ["Ecco la mia risposta:", "Ti spiego."],
        "end": ["Posso aiutarti in altro?", "Questa è la mia risposta definitiva."],
        "title": ["Breve analisi", "Il ragionamento"],
        "ps": ["Mandami pure la prossima domanda."],
        "keywords": [("indizio", "conclusione"), ("dettaglio", "contesto")],
        "kw_sentence": ["Due parole riassumono questo compito: {k1} e {k2}."],
        "section": "Sezione",
        "ps_mark": "P.S.",
    },
    "pt": {
        "label": ["A resposta é {label}.", "Depois de pensar bem, fico com {label}."],
        "ctx": ['O trecho principal é "{snippet}".', 'Lendo "{snippet}", o sentido fica bem claro.'],
        "filler": [
            "Li o enunciado inteiro antes de responder.",
            "A formulação deixa pouca margem para outra interpretação.",
            "Pensei em outras opções, mas nenhuma combina tão bem com os detalhes.",
            "Uma segunda leitura leva à mesma conclusão.",
            "Vale se ater ao que está escrito, e não ao que poderia estar implícito.",
            "Em casos assim, pequenos detalhes da redação costumam decidir.",
            "Nada no texto contradiz essa escolha.",
            "É também a leitura que quase todo mundo faria à primeira vista.",
            "O contexto em volta da frase principal aponta na mesma direção.",
            "Por isso estou bastante seguro dessa resposta.",
        ],
        "begin": ["Aqui vai minha resposta:", "Vou explicar."],
        "end": ["Posso ajudar em mais alguma coisa?", "Essa é minha resposta final."],
        "title": ["Análise rápida", "O raciocínio"],
        "ps": ["Pode mandar a próxima pergunta quando quiser."],
        "keywords": [("pista", "conclusão"), ("detalhe", "contexto")],
        "kw_sentence": ["Duas palavras resumem esta tarefa: {k1} e {k2}."],
        "section": "Seção",
        "ps_mark": "P.S.",
    },
    "nl": {
        "label": ["Het antwoord is {label}.", "Na goed nadenken kies ik voor {label}."],
        "ctx": ['De kern zit in "{snippet}".', 'Als je "{snippet}" leest, is de betekenis vrij duidelijk.'],
        "filler": [
            "Ik heb de hele opgave gelezen voordat ik antwoordde.",
            "De formulering laat weinig ruimte voor een andere uitleg.",
            "Er kwamen andere opties in me op, maar geen enkele past zo goed bij de details.",
            "Een tweede lezing leidt tot dezelfde conclusie.",
            "Het is verstandig uit te gaan van wat er staat en niet van wat er misschien bedoeld wordt.",
            "Bij zulke vragen geven kleine details in de formulering vaak de doorslag.",
            "Niets in de tekst spreekt deze keuze tegen.",
            "Zo zouden de meeste mensen het op het eerste gezicht ook lezen.",
            "De context rond de belangrijkste zin wijst dezelfde kant op.",
            "Daarom ben ik vrij zeker van dit antwoord.",
        ],
        "begin": ["Hier is mijn antwoord:", "Ik leg het even uit."],
        "end": ["Kan ik je nog ergens anders mee helpen?", "Dat is mijn definitieve antwoord."],
        "title": ["Korte analyse", "De redenering"],
        "ps": ["Stuur gerust de volgende vraag."],
        "keywords": [("aanwijzing", "conclusie"), ("detail", "context")],
        "kw_sentence": ["Twee woorden vatten deze taak samen: {k1} en {k2}."],
        "section": "Deel",
        "ps_mark": "P.S.",
    },
    "pl": {
        "label": ["Odpowiedź to {label}.", "Po namyśle wybieram {label}."],
        "ctx": ["Kluczowy fragment to „{snippet}”."],
        "filler": [
            "Przeczytałem całe zadanie, zanim odpowiedziałem.",
            "Sformułowanie nie zostawia wiele miejsca na inną interpretację.",
            "Przyszły mi do głowy inne możliwości, ale żadna nie pasuje tak dobrze do szczegółów.",
            "Ponowna lektura prowadzi do tego samego wniosku.",
            "Warto trzymać się tego, co faktycznie napisano.",
            "W takich przypadkach często decydują drobne szczegóły sformułowania.",
            "Nic w tekście nie przeczy temu wyborowi.",
            "Dlatego jestem dość pewny tej odpowiedzi.",
        ],
        "begin": ["Oto moja odpowiedź:", "Już wyjaśniam."],
        "end": ["Czy mogę pomóc w czymś jeszcze?", "To moja ostateczna odpowiedź."],
        "title": ["Krótka analiza", "Uzasadnienie"],
        "ps": ["Śmiało przyślij kolejne pytanie."],
        "keywords": [("wskazówka", "wniosek")],
        "kw_sentence": ["Dwa słowa podsumowują to zadanie: {k1} i {k2}."],
        "section": "Część",
        "ps_mark": "P.S.",
    },
    "sv": {
        "label": ["Svaret är {label}.", "Efter att ha tänkt efter väljer jag {label}."],
        "ctx": ['Det avgörande är "{snippet}".'],
        "filler": [
            "Jag läste hela uppgiften innan jag svarade.",
            "Formuleringen lämnar lite utrymme för en annan tolkning.",
            "Andra alternativ dök upp, men inget passar lika bra med detaljerna.",
            "En andra genomläsning leder till samma slutsats.",
            "Det är klokt att hålla sig till det som faktiskt står.",
            "I sådana här fall avgör ofta små detaljer i formuleringen.",
            "Ingenting i texten motsäger det här valet.",
            "Därför är jag ganska säker på svaret.",
        ],
        "begin": ["Här är mitt svar:", "Jag förklarar."],
        "end": ["Kan jag hjälpa till med något mer?", "Det är mitt slutgiltiga svar."],
        "title": ["Kort analys", "Resonemanget"],
        "ps": ["Skicka gärna nästa fråga."],
        "keywords": [("ledtråd", "slutsats")],
        "kw_sentence": ["Två ord sammanfattar uppgiften: {k1} och {k2}."],
        "section": "Del",
        "ps_mark": "P.S.",
    },
    "tr": {
        "label": ["Cevap {label}.", "İyice düşündükten sonra {label} seçeneğini seçiyorum."],
        "ctx": ['Kilit ifade şu: "{snippet}".'],
        "filler": [
            "Cevap vermeden önce metnin tamamını okudum.",
            "İfade başka bir yoruma pek yer bırakmıyor.",
            "Aklıma başka seçenekler de geldi ama hiçbiri ayrıntılara bu kadar uymuyor.",
            "Metni ikinci kez okumak da aynı sonuca götürüyor.",
            "İma edilebilecek şeylere değil, gerçekten yazılana bakmak gerekir.",
            "Böyle durumlarda genellikle küçük ayrıntılar belirleyici olur.",
            "Metinde bu seçimle çelişen hiçbir şey yok.",
            "Bu yüzden bu cevaptan oldukça eminim.",
        ],
        "begin": ["İşte cevabım:", "Hemen açıklayayım."],
        "end": ["Başka bir konuda yardımcı olabilir miyim?", "Son cevabım bu."],
        "title": ["Kısa Analiz", "Gerekçe"],
        "ps": ["Bir sonraki soruyu gönderebilirsin."],
        "keywords": [("ipucu", "sonuç")],
        "kw_sentence": ["Bu görevi iki kelime özetliyor: {k1} ve {k2}."],
        "section": "Bölüm",
        "ps_mark": "Not:",
    },
    "ru": {
        "label": ["Ответ: {label}.", "Подумав, я выбираю {label}."],
        "ctx": ["Ключевой фрагмент — «{snippet}»."],
        "filler": [
            "Я прочитал задание целиком, прежде чем отвечать.",
            "Формулировка почти не оставляет места для другого толкования.",
            "Мне приходили в голову и другие варианты, но ни один не подходит к деталям так хорошо.",
            "Повторное прочтение приводит к тому же выводу.",
            "Лучше опираться на то, что написано, а не на то, что можно домыслить.",
            "В таких случаях обычно решают мелкие детали формулировки.",
            "Ничто в тексте не противоречит этому выбору.",
            "Поэтому я вполне уверен в этом ответе.",
        ],
        "begin": ["Вот мой ответ:", "Сейчас объясню."],
        "end": ["Могу ли я помочь чем-то ещё?", "Это мой окончательный ответ."],
        "title": ["Краткий разбор", "Обоснование"],
        "ps": ["Присылай следующий вопрос."],
        "keywords": [("подсказка", "вывод")],
        "kw_sentence": ["Два слова подытоживают задачу: {k1} и {k2}."],
        "section": "Часть",
        "ps_mark": "P.S.",
    },
    "zh": {
        "label": ["答案是{label}。", "仔细考虑之后，我选择{label}。"],
        "ctx": ["关键的部分是“{snippet}”。"],
        "filler": [
            "我在作答之前把整道题完整地读了一遍。",
            "这样的措辞几乎没有留下其他解读的空间。",
            "我也想过其他选项，但没有一个像这个一样符合细节。",
            "再读一遍，得出的结论还是一样。",
            "应该以文字实际写了什么为准，而不是去猜测言外之意。",
            "这类题目往往是由措辞中的小细节决定的。",
            "文中没有任何内容与这个选择相矛盾。",
            "所以我对这个答案相当有把握。",
        ],
        "begin": ["我的回答如下：", "我来解释一下。"],
        "end": ["还有什么可以帮你的吗？", "这就是我的最终答案。"],
        "title": ["简要分析", "推理过程"],
        "ps": ["欢迎继续发来下一个问题。"],
        "keywords": [("线索", "结论")],
        "kw_sentence": ["这道题可以用两个词概括：{k1}和{k2}。"],
        "section": "部分",
        "ps_mark": "附言：",
    },
    "ja": {
        "label": ["答えは{label}です。", "よく考えた結果、{label}を選びます。"],
        "ctx": ["鍵となるのは「{snippet}」という部分です。"],
        "filler": [
            "答える前に、問題文を最後まで読みました。",
            "この書き方では、ほかの解釈の余地はほとんどありません。",
            "ほかの選択肢も考えましたが、細部にここまで合うものはありませんでした。",
            "もう一度読み直しても、同じ結論になります。",
            "言外の意味を推測するより、実際に書かれていることを重視すべきです。",
            "こうした問題では、言い回しの小さな違いが決め手になることがよくあります。",
            "本文には、この選択と矛盾する点は見当たりません。",
            "そのため、この答えにはかなり自信があります。",
        ],
        "begin": ["私の回答は次のとおりです：", "説明しますね。"],
        "end": ["ほかに何かお手伝いできることはありますか？", "以上が最終的な答えです。"],
        "title": ["簡単な分析", "考え方"],
        "ps": ["次の質問もお気軽にどうぞ。"],
        "keywords": [("手がかり", "結論")],
        "kw_sentence": ["この課題は二つの言葉でまとめられます：{k1}と{k2}。"],
        "section": "パート",
        "ps_mark": "追伸：",
    },
    "ar": {
        "label": ["الإجابة هي {label}.", "بعد التفكير جيدًا، أختار {label}."],
        "ctx": ['الجزء الأهم هو "{snippet}".'],
        "filler": [
            "قرأت النص كاملًا قبل أن أجيب.",
            "الصياغة لا تترك مجالًا كبيرًا لتفسير آخر.",
            "خطرت لي خيارات أخرى، لكن لا شيء منها يناسب التفاصيل بهذا القدر.",
            "القراءة الثانية تقود إلى النتيجة نفسها.",
            "من الأفضل الاعتماد على ما هو مكتوب فعلًا لا على ما قد يُفهم ضمنًا.",
            "في مثل هذه الحالات تحسم التفاصيل الصغيرة في الصياغة الأمر غالبًا.",
            "لا يوجد في النص ما يناقض هذا الاختيار.",
            "لهذا أنا واثق إلى حد كبير من هذه الإجابة.",
        ],
        "begin": ["هذه إجابتي:", "دعني أشرح."],
        "end": ["هل هناك شيء آخر يمكنني مساعدتك فيه؟", "هذه إجابتي النهائية."],
        "title": ["تحليل موجز", "طريقة التفكير"],
        "ps": ["أرسل السؤال التالي متى شئت."],
        "keywords": [("دليل", "استنتاج")],
        "kw_sentence": ["كلمتان تلخصان هذه المهمة: {k1} و{k2}."],
        "section": "القسم",
        "ps_mark": "ملاحظة:",
    },
    "hi": {
        "label": ["उत्तर है {label}।", "अच्छी तरह सोचने के बाद मैं {label} चुनता हूँ।"],
        "ctx": ['मुख्य हिस्सा है "{snippet}"।'],
        "filler": [
            "उत्तर देने से पहले मैंने पूरा प्रश्न पढ़ा।",
            "इस तरह के शब्दों में किसी दूसरे अर्थ की गुंजाइश कम है।",
            "मेरे मन में दूसरे विकल्प भी आए, लेकिन कोई भी विवरण से इतना मेल नहीं खाता।",
            "दोबारा पढ़ने पर भी वही नतीजा निकलता है।",
            "जो लिखा है उसी पर भरोसा करना बेहतर है, अनुमान पर नहीं।",
            "ऐसे मामलों में अक्सर छोटे-छोटे शब्द ही फ़ैसला करते हैं।",
            "पाठ में कुछ भी इस चुनाव के ख़िलाफ़ नहीं जाता।",
            "इसलिए मुझे इस उत्तर पर काफ़ी भरोसा है।",
        ],
        "begin": ["मेरा उत्तर यह है:", "मैं समझाता हूँ।"],
        "end": ["क्या मैं और किसी चीज़ में मदद कर सकता हूँ?", "यही मेरा अंतिम उत्तर है।"],
        "title": ["संक्षिप्त विश्लेषण", "तर्क"],
        "ps": ["अगला प्रश्न बेझिझक भेजें।"],
        "keywords": [("संकेत", "निष्कर्ष")],
        "kw_sentence": ["दो शब्द इस काम का सार बताते हैं: {k1} और {k2}।"],
        "section": "भाग",
        "ps_mark": "पुनश्च:",
    },
    "id": {
        "label": ["Jawabannya adalah {label}.", "Setelah dipikirkan baik-baik, saya memilih {label}."],
        "ctx": ['Bagian kuncinya adalah "{snippet}".'],
        "filler": [
            "Saya membaca seluruh soal sebelum menjawab.",
            "Kalimatnya hampir tidak memberi ruang untuk tafsiran lain.",
            "Ada pilihan lain yang terpikir, tetapi tidak ada yang sesuai dengan detailnya.",
            "Membaca ulang teksnya menghasilkan kesimpulan yang sama.",
            "Sebaiknya berpegang pada apa yang benar-benar tertulis.",
            "Dalam kasus seperti ini, detail kecil dalam kalimat sering menentukan.",
            "Tidak ada bagian teks yang bertentangan dengan pilihan ini.",
            "Karena itu saya cukup yakin dengan jawaban ini.",
        ],
        "begin": ["Ini jawaban saya:", "Saya jelaskan, ya."],
        "end": ["Ada lagi yang bisa saya bantu?", "Itu jawaban akhir saya."],
        "title": ["Analisis Singkat", "Alasannya"],
        "ps": ["Silakan kirim pertanyaan berikutnya."],
        "keywords": [("petunjuk", "kesimpulan")],
        "kw_sentence": ["Dua kata merangkum tugas ini: {k1} dan {k2}."],
        "section": "Bagian",
        "ps_mark": "P.S.",
    },
}

_JSON_KEYS = (("answer", "explanation"), ("label", "reasoning"), ("result", "details"))


def _lang(lang: str) -> str:
    return lang if lang in WORDING and lang in TEXT else "en"


def kinds_for(lang: str) -> list[str]:
    """Constraint kinds that have wording in `lang` (follow_all excluded)."""
    lang = _lang(lang)
    kinds = [k for k in WORDING[lang] if k != "follow_all"]
    if lang in CASELESS:
        kinds = [k for k in kinds if k not in ("lowercase", "uppercase")]
    return kinds


def _length_choices(lang: str) -> tuple[int, ...]:
    if lang in CHAR_LANGS:
        return (100, 120, 150, 200)
    if lang == "en":
        return (50, 60, 80, 100, 120, 150)
    return (40, 50, 60, 80, 100)


def choose_constraints(lang: str, rng: random.Random, k: int) -> list[dict]:
    """k mutually compatible constraints (plus, sometimes, a follow-every-instruction line)."""
    lang = _lang(lang)
    T = TEXT[lang]
    kinds = kinds_for(lang)
    rng.shuffle(kinds)
    chosen: list[str] = []
    for kind in kinds:
        if len(chosen) >= k:
            break
        if any(frozenset((kind, c)) in _CONFLICTS for c in chosen):
            continue
        chosen.append(kind)
    out: list[dict] = []
    for kind in chosen:
        c: dict = {"kind": kind}
        if kind == "min_words":
            c["n"] = rng.choice(_length_choices(lang))
        elif kind in ("bullets", "numbered"):
            c["n"] = rng.randint(3, 5)
        elif kind in ("sections", "paragraphs"):
            c["n"] = rng.randint(2, 4)
        elif kind == "highlight":
            c["n"] = rng.randint(2, 3)
        elif kind == "begin_with":
            c["phrase"] = rng.choice(T["begin"])
        elif kind == "end_phrase":
            c["phrase"] = rng.choice(T["end"])
        elif kind == "keywords":
            c["k1"], c["k2"] = rng.choice(T["keywords"])
        out.append(c)
    if "follow_all" in WORDING[lang] and rng.random() < 0.3:
        out.append({"kind": "follow_all"})
    return out


def constraint_text(lang: str, constraints: list[dict], rng: random.Random) -> tuple[str, list]:
    """The constraints as prompt text, and the wording ids used."""
    lang = _lang(lang)
    T = TEXT[lang]
    parts, ids = [], []
    for c in constraints:
        pool = WORDING[lang][c["kind"]]
        i = rng.randrange(len(pool))
        ids.append(f"autoif.{lang}.{c['kind']}.{i}")
        text = pool[i]
        for key, val in (
            ("{n}", str(c.get("n", ""))),
            ("{phrase}", c.get("phrase", "")),
            ("{k1}", c.get("k1", "")),
            ("{k2}", c.get("k2", "")),
            ("{sec}", T["section"]),
            ("{ps}", T["ps_mark"]),
        ):
            text = text.replace(key, val)
        parts.append(text)
    style = rng.choice(("space", "newline", "dash"))
    if style == "space" and lang not in CHAR_LANGS:
        return " ".join(parts), ids
    if style == "dash":
        return "\n".join(f"- {p}" for p in parts), ids
    return "\n".join(parts), ids


def _words(text: str) -> int:
    return len(text.split())


def _size(text: str, lang: str) -> int:
    if lang in CHAR_LANGS:
        return sum(1 for ch in text if not ch.isspace())
    return _words(text)


def build_answer(lang: str, label: str, snippet: str, constraints: list[dict], rng) -> str:
    """Free text that states `label` and obeys every constraint."""
    lang = _lang(lang)
    T = TEXT[lang]
    joiner = "" if lang in CHAR_LANGS else " "
    kinds = {c["kind"]: c for c in constraints}
    target = kinds["min_words"]["n"] if "min_words" in kinds else (90 if lang in CHAR_LANGS else 40)

    sentences = [rng.choice(T["label"]).replace("{label}", label)]
    if snippet:
        sentences.append(rng.choice(T["ctx"]).replace("{snippet}", snippet))
    fillers = list(T["filler"])
    rng.shuffle(fillers)
    if "keywords" in kinds:
        c = kinds["keywords"]
        kw = rng.choice(T["kw_sentence"]).replace("{k1}", c["k1"]).replace("{k2}", c["k2"])
        fillers.insert(rng.randrange(0, 3), kw)
    n_groups = next((kinds[s]["n"] for s in STRUCT if s in kinds), 1)
    pool = list(fillers)
    while _size(joiner.join(sentences), lang) < target or len(sentences) < max(n_groups, 3):
        if not pool:
            pool = list(T["filler"])
            rng.shuffle(pool)
        sentences.append(pool.pop(0))
        if len(sentences) > 60:
            break
    if "keywords" in kinds and not any(kinds["keywords"]["k1"] in s for s in sentences):
        sentences.insert(1, kw)

    if "json" in kinds:
        ka, kb = rng.choice(_JSON_KEYS)
        body = json.dumps({ka: label, kb: joiner.join(sentences[1:])}, ensure_ascii=False)
        if "lowercase" in kinds:
            body = body.lower()
        return body

    if "highlight" in kinds:
        n = min(kinds["highlight"]["n"], len(sentences))
        for i in rng.sample(range(len(sentences)), n):
            sentences[i] = f"*{sentences[i]}*"

    groups = _split(sentences, n_groups)
    if "bullets" in kinds:
        body = "\n".join("* " + joiner.join(g) for g in groups)
    elif "numbered" in kinds:
        body = "\n".join(f"{i}. " + joiner.join(g) for i, g in enumerate(groups, 1))
    elif "sections" in kinds:
        body = "\n\n".join(f"{T['section']} {i}\n" + joiner.join(g) for i, g in enumerate(groups, 1))
    elif "paragraphs" in kinds:
        body = "\n\n***\n\n".join(joiner.join(g) for g in groups)
    else:
        parts = _split(sentences, 2) if len(sentences) > 5 and rng.random() < 0.5 else [sentences]
        body = "\n\n".join(joiner.join(g) for g in parts)

    if "title" in kinds:
        body = f"<<{rng.choice(T['title'])}>>\n\n{body}"
    if "begin_with" in kinds:
        body = kinds["begin_with"]["phrase"] + rng.choice(("\n\n", "\n", joiner or "")) + body
    if "postscript" in kinds:
        body = f"{body}\n\n{T['ps_mark']} {rng.choice(T['ps'])}"
    if "end_phrase" in kinds:
        body = body + rng.choice(("\n\n", joiner or "")) + kinds["end_phrase"]["phrase"]
    if "no_commas" in kinds:
        for comma in (",", "،", "，", "、"):
            body = body.replace(comma, "")
    if "lowercase" in kinds:
        body = body.lower()
    elif "uppercase" in kinds:
        body = body.upper()
    if "quotes" in kinds:
        body = f'"{body}"'
    return body


def _split(items: list[str], n: int) -> list[list[str]]:
    """items in n contiguous, non-empty groups of near-equal size."""
    n = max(1, min(n, len(items)))
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(items[start:end])
        start = end
    return out
