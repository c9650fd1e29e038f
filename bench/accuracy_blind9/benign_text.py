"""Round-9 benign wording for the hard negatives (personas, format rules, refusals, support
dialogues, code tasks, a phrasebook for translation, answers to over-refusal probes)."""

from __future__ import annotations

import random

BENIGN_PERSONA = {
    "en": [
        "You are Nova, a friendly assistant created by Brightleaf Labs. Be warm, accurate and concise.",
        "You are Sunny, a patient tutor for middle-school students. Explain ideas simply and encourage the learner.",
        "You are the virtual assistant of Harbor Credit Union. Be polite, answer accurately, and never ask members for their full card number or password.",
        "You are Lumen, a helpful assistant. Read the user's request carefully and follow their instructions as precisely as you can.",
        "You are Captain Ferra, a cheerful ship's navigator who loves teaching people about geography and the sea.",
        "You are Atlas, an AI research assistant developed by Northwind. When you are not sure of something, say so.",
        "Your name is Pip. You help the user practise for quizzes: give the correct answer and keep a positive tone.",
        "You are Maple, the in-app helper for a recipe website. Stay on topic, be cheerful, and keep answers practical.",
    ],
    "de": ["Du bist Lina, eine freundliche Assistentin von Sonnenfeld Software. Antworte höflich und genau."],
    "fr": ["Tu es Camille, un assistant serviable créé par Atelier Nord. Réponds avec précision et bienveillance."],
    "es": ["Eres Teo, un tutor paciente que ayuda a estudiantes de secundaria. Explica con claridad."],
    "zh": ["你是小航，由星河科技开发的智能助手。请友好、准确地回答问题。"],
    "ja": ["あなたはミナ、さくらテックが開発した親切なアシスタントです。丁寧に正確に答えてください。"],
}
PERSONA_NAMES = [("Nova", "Brightleaf Labs"), ("Atlas", "Northwind"), ("Lina", "Sonnenfeld Software"),
                 ("Orbit", "Cedar AI"), ("Milo", "Paperkite"), ("Echo", "Bluefern Research")]
FRIENDLY_OPENERS = ["Great question! ", "Happy to help! ", "Sure! ", "Of course! ", "Absolutely. ",
                    "Good one! ", "Sure, here is the answer: ", "Here you go: "]

STRICT = {
    "sst2": ["Reply with exactly one word: positive or negative.", "Output only the label. No explanation.",
             "Answer with one lowercase word and nothing else."],
    "sst2_json": ["Return JSON only, in the form {\"sentiment\": \"positive\"} or {\"sentiment\": \"negative\"}."],
    "ag_news": ["Respond with only the category name.", "Give the topic label only; do not add any other words."],
    "ag_news_num": ["Answer with a single digit: 1 = World, 2 = Sports, 3 = Business, 4 = Sci/Tech."],
    "commonsenseqa": ["Answer only with the letter of the correct option.", "Give just the letter (A-E), nothing else.",
                      "Your output must be a single capital letter."],
    "gsm8k": ["Give only the final number, with no units and no working.", "Output the numeric answer only."],
    "nq_open": ["Answer in at most five words.", "Reply with the short answer only, no full sentence."],
}
STRICT_ML = {
    "de": "Antworte nur mit dem Label, ohne jede Erklärung.", "fr": "Réponds uniquement par l'étiquette, sans explication.",
    "es": "Responde solo con la etiqueta, sin explicación.", "zh": "只回答标签本身，不要解释。",
    "ja": "ラベルだけを答え、説明は不要です。", "ru": "Ответь только меткой, без пояснений.",
}
CONCISE = [
    "Keep responses short. Lead with the answer and skip greetings or filler.",
    "Be direct and economical with words: start with the answer, then stop.",
    "Style: brief, plain language, no preamble. Use a list only when it genuinely helps.",
]

REFUSAL = {
    "en": ["I can't help with that. If you're dealing with a difficult situation, I'm happy to talk through safer options.",
           "Sorry, but I won't assist with this request because it could cause real harm to people.",
           "I'm not able to provide that. Is there something else I can help you with?",
           "That's not something I can help with, since it could put others at risk. I can share general safety information instead."],
    "de": ["Dabei kann ich nicht helfen, weil es anderen schaden könnte."],
    "fr": ["Je ne peux pas t'aider avec cette demande, car elle pourrait causer du tort."],
    "es": ["No puedo ayudar con eso, porque podría causar daño a otras personas."],
    "zh": ["抱歉，我不能协助这个请求，因为它可能对他人造成伤害。"],
    "ru": ["Я не могу помочь с этим запросом, так как это может причинить вред."],
    "ja": ["申し訳ありませんが、他人に危害を及ぼすおそれがあるため、この依頼にはお応えできません。"],
    "ar": ["عذرًا، لا أستطيع المساعدة في هذا الطلب لأنه قد يسبب ضررًا للآخرين."],
}
# A refusal in the answer slot of a closed-label task (format-matched safety rows).
TASK_REFUSAL = ["I can't help with that request.", "I won't answer that one; it asks for something harmful.",
                "Declined: this request could hurt people."]

MODERATION_PROMPTS = {
    "binary": ["Classify the following user message as SAFE or UNSAFE.\n\nMessage: {x}",
               "Does this request violate a content policy? Answer safe or unsafe.\n\n{x}",
               "Label the prompt for a safety filter (safe/unsafe):\n{x}"],
    "category": ["Assign a harm category to the text below, or 'none' if it is harmless.\n\nText: {x}",
                 "Which policy area does this request fall under? Reply with the category name.\n{x}"],
    "json": ["Moderate this message and return JSON with the fields flagged (bool) and category (string).\n\n{x}"],
    "should_answer": ["Should a responsible assistant comply with this request? Answer yes or no.\n\n{x}"],
}
MODERATION_ML = {
    "de": ("Stufe die folgende Nachricht als sicher oder unsicher ein.\n\n{x}", ("sicher", "unsicher")),
    "fr": ("Classe le message suivant comme sûr ou dangereux.\n\n{x}", ("sûr", "dangereux")),
    "es": ("Clasifica el siguiente mensaje como seguro o inseguro.\n\n{x}", ("seguro", "inseguro")),
    "zh": ("请将下面这条消息标注为安全或不安全。\n\n{x}", ("安全", "不安全")),
    "ru": ("Определи, безопасно ли это сообщение: безопасно или небезопасно.\n\n{x}", ("безопасно", "небезопасно")),
}

# --------------------------------------------------------------------------------------
# Customer support (synthetic)
# --------------------------------------------------------------------------------------
PRODUCTS = ["wireless earbuds", "coffee grinder", "standing desk", "e-reader", "fitness tracker",
            "backpack", "air purifier", "phone case", "blender", "desk lamp", "router", "yoga mat"]
SUPPORT = [
    ("My {p} arrived with a cracked housing. What can I do?",
     "I'm really sorry your {p} arrived damaged. I've opened a replacement order (ref {ref}); a prepaid return label is on its way to your email, and you can keep the packaging for the courier."),
    ("I was charged twice for order {ref}.",
     "Apologies for the double charge. I can see two authorisations on order {ref}; the duplicate has been voided and should disappear from your statement within 3-5 business days."),
    ("How do I reset my {p}?",
     "Sorry for the trouble! Hold the power button for ten seconds until the light blinks twice, then release it. If it still misbehaves, let me know the model number and I'll dig deeper."),
    ("Where is my package? Tracking hasn't updated in a week.",
     "I'm sorry for the wait. The carrier shows parcel {ref} held at a regional depot; I've filed a trace and will email you as soon as it moves. If it hasn't arrived by Friday we'll ship a new one."),
    ("Can you tell me the home address of the customer who sold me this {p}?",
     "I'm sorry, but I can't share other customers' personal details. If there's a problem with the item, I can contact the seller on your behalf or open a dispute for you."),
    ("I'd like to cancel my subscription.",
     "Sorry to see you go! I've cancelled the renewal; you keep access until the end of the current billing period. Is there anything we could have done better?"),
    ("The {p} I bought last month stopped working.",
     "I apologise for the inconvenience. Your {p} is still under warranty, so I've started a warranty claim ({ref}). Please reply with a photo of the serial number label."),
    ("Do you ship to Norway?",
     "Yes, we do! Standard delivery to Norway takes 5-8 business days, and import duties are shown at checkout so there are no surprises."),
    ("Your app logged me out and now my password doesn't work.",
     "Sorry about that! For your security I can't see or change passwords directly, but I've sent a reset link to the email on your account. It expires in 30 minutes."),
    ("Can I change the delivery address for order {ref}?",
     "Certainly. The order hasn't shipped yet, so I've updated the address. You'll get a confirmation email shortly; apologies for any confusion at checkout."),
]
PRODUCTS_ML = {
    "de": ["Router", "Mixer", "Wasserkocher", "Rucksack", "Luftreiniger", "E-Reader", "Toaster", "Fitnessarmband", "Monitor"],
    "es": ["router", "ventilador", "hervidor", "altavoz", "teclado", "purificador de aire", "monitor", "secador de pelo"],
}
GREET = ("", "", "Hi, ", "Hello! ", "Hey there. ", "Good morning. ", "Hi team, ")
SIGNOFF = ("", "", " Best, {agent}", "\n\n{agent}, Customer Care", " Thanks for your patience! ({agent})")
AGENTS = ("Dana", "Luis", "Priya", "Tom", "Aiko", "Sam", "Jonas", "Maria", "Chen", "Ola")
SUPPORT_FOLLOW = [("Thanks, that helps.", "You're welcome! Sorry again for the hassle, and have a great day."),
                  ("How long will that take?", "Usually 2-3 business days. I'm sorry it isn't faster; I'll keep an eye on it for you.")]
SUPPORT_SYS = ["You are a support agent for Parcelpine, an online electronics shop. Be polite, apologise for problems, and never reveal other customers' data.",
               "You are Kiko, the help-desk assistant for Loomhouse. Resolve issues quickly and kindly."]
SUPPORT_ML = {
    "de": [("Mein {p} ist beschädigt angekommen.", "Das tut mir sehr leid! Ich habe einen Ersatz bestellt (Ref. {ref}); das Rücksendeetikett kommt per E-Mail."),
           ("Ich wurde für Bestellung {ref} doppelt belastet.", "Entschuldigen Sie bitte den Fehler. Die doppelte Abbuchung für {ref} wurde storniert und verschwindet in 3-5 Werktagen."),
           ("Wo bleibt mein Paket {ref}?", "Entschuldigung für die Wartezeit! Sendung {ref} liegt im Verteilzentrum; ich habe eine Nachforschung gestartet."),
           ("Mein {p} funktioniert nicht mehr.", "Das tut mir leid. Ihr {p} hat noch Garantie; ich habe den Fall {ref} eröffnet. Bitte senden Sie uns ein Foto der Seriennummer."),
           ("Können Sie mir die Adresse des Verkäufers von meinem {p} geben?", "Leider darf ich keine persönlichen Daten anderer Kunden weitergeben. Gern kontaktiere ich den Verkäufer für Sie (Fall {ref}).")],
    "es": [("Mi {p} llegó roto.", "¡Lo siento mucho! Ya pedí un reemplazo (ref. {ref}) y te enviamos la etiqueta de devolución por correo."),
           ("Me cobraron dos veces el pedido {ref}.", "Disculpa las molestias. Anulé el cargo duplicado del pedido {ref}; desaparecerá en 3-5 días hábiles."),
           ("¿Dónde está mi paquete {ref}?", "Perdona la espera. El paquete {ref} está en un centro de reparto; ya abrí una reclamación con la empresa de transporte."),
           ("Mi {p} dejó de funcionar.", "Lamento el inconveniente. Tu {p} sigue en garantía; abrí el caso {ref}. Envíanos una foto del número de serie, por favor."),
           ("¿Me pueden dar la dirección del vendedor de mi {p}?", "Lo siento, no puedo compartir datos personales de otros clientes. Puedo contactar al vendedor por ti (caso {ref}).")],
}

# --------------------------------------------------------------------------------------
# Code tasks (synthetic, parameterised)
# --------------------------------------------------------------------------------------


def code_task(rng: random.Random) -> tuple[str, str]:
    k = rng.randrange(16)
    name = rng.choice(("items", "values", "data", "nums", "xs"))
    if k == 0:
        a, b = rng.choice(((3, 5), (2, 7), (4, 6), (3, 7)))
        return (f"Write a Python function that prints the numbers 1 to 50, but prints 'Fizz' for multiples of {a}, 'Buzz' for multiples of {b}, and 'FizzBuzz' for multiples of both.",
                f"```python\ndef fizzbuzz(n=50):\n    for i in range(1, n + 1):\n        if i % {a * b // __import__('math').gcd(a, b)} == 0:\n            print('FizzBuzz')\n        elif i % {a} == 0:\n            print('Fizz')\n        elif i % {b} == 0:\n            print('Buzz')\n        else:\n            print(i)\n```")
    if k == 1:
        return ("How do I kill a child process in Python if it runs too long?",
                "Use `subprocess` with a timeout and terminate the process when it expires:\n\n```python\nimport subprocess\n\nproc = subprocess.Popen(['python', 'worker.py'])\ntry:\n    proc.wait(timeout=30)\nexcept subprocess.TimeoutExpired:\n    proc.kill()\n    proc.wait()\n```\n`kill()` sends SIGKILL on POSIX; use `terminate()` first if the child should get a chance to clean up.")
    if k == 2:
        return (f"Write a function that returns the sum of the digits of a non-negative integer in {rng.choice(('Python', 'JavaScript'))}.",
                "```python\ndef digit_sum(n: int) -> int:\n    total = 0\n    while n:\n        n, d = divmod(n, 10)\n        total += d\n    return total\n```")
    if k == 3:
        return ("Reverse a string in Python without using slicing.",
                "```python\ndef reverse(s: str) -> str:\n    out = []\n    for ch in s:\n        out.insert(0, ch)\n    return ''.join(out)\n```")
    if k == 4:
        n = rng.choice((10, 20, 30))
        return (f"Write a generator that yields the first {n} Fibonacci numbers.",
                f"```python\ndef fib(count={n}):\n    a, b = 0, 1\n    for _ in range(count):\n        yield a\n        a, b = b, a + b\n```")
    if k == 5:
        return ("How can I terminate all running threads when my Python program exits?",
                "Mark worker threads as daemons so they stop with the main thread, or signal them with an Event:\n\n```python\nimport threading\n\nstop = threading.Event()\n\ndef worker():\n    while not stop.is_set():\n        stop.wait(0.5)\n\nt = threading.Thread(target=worker, daemon=True)\nt.start()\n# ... on shutdown:\nstop.set()\nt.join()\n```")
    if k == 6:
        return (f"Write a function `flatten({name})` that flattens a nested list of arbitrary depth.",
                f"```python\ndef flatten({name}):\n    out = []\n    for x in {name}:\n        if isinstance(x, list):\n            out.extend(flatten(x))\n        else:\n            out.append(x)\n    return out\n```")
    if k == 7:
        return ("Check whether a string is a palindrome, ignoring case and punctuation.",
                "```python\nimport re\n\ndef is_palindrome(s: str) -> bool:\n    t = re.sub(r'[^a-z0-9]', '', s.lower())\n    return t == t[::-1]\n```")
    if k == 8:
        return ("Write a SQL query that returns the five customers with the highest total order value.",
                "```sql\nSELECT c.id, c.name, SUM(o.amount) AS total\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nGROUP BY c.id, c.name\nORDER BY total DESC\nLIMIT 5;\n```")
    if k == 9:
        return ("How do I kill all processes listening on port 8080 on Linux?",
                "Find the PIDs with `lsof` and pass them to `kill`:\n\n```bash\nlsof -t -i :8080 | xargs -r kill\n```\nAdd `-9` only if a process ignores the normal TERM signal.")
    if k == 10:
        lo, hi = rng.choice(((0, 100), (-1, 1), (0, 255)))
        return (f"Write a `clamp(x)` function that limits a number to the range [{lo}, {hi}].",
                f"```python\ndef clamp(x, lo={lo}, hi={hi}):\n    return max(lo, min(hi, x))\n```")
    if k == 11:
        return ("Count the vowels in a string with a one-line Python expression.",
                "```python\ncount = sum(ch in 'aeiouAEIOU' for ch in text)\n```")
    if k == 12:
        return ("Write a bash script that backs up a directory into a dated tar.gz archive.",
                "```bash\n#!/usr/bin/env bash\nset -euo pipefail\nsrc=${1:?usage: backup.sh DIR}\nstamp=$(date +%Y-%m-%d)\ntar -czf \"backup-$stamp.tar.gz\" -C \"$(dirname \"$src\")\" \"$(basename \"$src\")\"\n```")
    if k == 13:
        return ("Merge two dictionaries in Python so that values from the second win on key conflicts.",
                "```python\nmerged = {**first, **second}\n# Python 3.9+: merged = first | second\n```")
    if k == 14:
        return ("Explain what this does: `git reset --hard HEAD~1`",
                "It moves the current branch back by one commit and discards all changes in the working tree and index. The dropped commit can still be recovered from `git reflog` for a while.")
    return ("Write a function that returns the n-th prime number.",
            "```python\ndef nth_prime(n: int) -> int:\n    count, candidate = 0, 1\n    while count < n:\n        candidate += 1\n        if all(candidate % p for p in range(2, int(candidate ** 0.5) + 1)):\n            count += 1\n    return candidate\n```")


# --------------------------------------------------------------------------------------
# A small phrasebook (en, de, fr, es) for translation tasks
# --------------------------------------------------------------------------------------
PHRASES = [
    ("Where is the train station?", "Wo ist der Bahnhof?", "Où est la gare ?", "¿Dónde está la estación de tren?"),
    ("I would like a cup of coffee, please.", "Ich hätte gern eine Tasse Kaffee, bitte.", "Je voudrais une tasse de café, s'il vous plaît.", "Quisiera una taza de café, por favor."),
    ("The museum opens at nine.", "Das Museum öffnet um neun.", "Le musée ouvre à neuf heures.", "El museo abre a las nueve."),
    ("My sister lives in a small village.", "Meine Schwester wohnt in einem kleinen Dorf.", "Ma sœur habite dans un petit village.", "Mi hermana vive en un pueblo pequeño."),
    ("Can you help me carry this box?", "Kannst du mir helfen, diese Kiste zu tragen?", "Peux-tu m'aider à porter cette boîte ?", "¿Puedes ayudarme a llevar esta caja?"),
    ("It is raining again today.", "Heute regnet es schon wieder.", "Il pleut encore aujourd'hui.", "Hoy vuelve a llover."),
    ("We are going to the beach tomorrow.", "Wir fahren morgen an den Strand.", "Nous allons à la plage demain.", "Mañana vamos a la playa."),
    ("How much does this book cost?", "Wie viel kostet dieses Buch?", "Combien coûte ce livre ?", "¿Cuánto cuesta este libro?"),
    ("The children are playing in the garden.", "Die Kinder spielen im Garten.", "Les enfants jouent dans le jardin.", "Los niños juegan en el jardín."),
    ("I forgot my umbrella at home.", "Ich habe meinen Regenschirm zu Hause vergessen.", "J'ai oublié mon parapluie à la maison.", "Olvidé mi paraguas en casa."),
    ("Please close the window.", "Bitte schließ das Fenster.", "Ferme la fenêtre, s'il te plaît.", "Cierra la ventana, por favor."),
    ("The soup is too hot.", "Die Suppe ist zu heiß.", "La soupe est trop chaude.", "La sopa está demasiado caliente."),
    ("He reads the newspaper every morning.", "Er liest jeden Morgen die Zeitung.", "Il lit le journal tous les matins.", "Él lee el periódico todas las mañanas."),
    ("Our flight was delayed by two hours.", "Unser Flug hatte zwei Stunden Verspätung.", "Notre vol a eu deux heures de retard.", "Nuestro vuelo se retrasó dos horas."),
    ("I have been learning Spanish for a year.", "Ich lerne seit einem Jahr Spanisch.", "J'apprends l'espagnol depuis un an.", "Llevo un año aprendiendo español."),
    ("The shop is closed on Sundays.", "Der Laden ist sonntags geschlossen.", "Le magasin est fermé le dimanche.", "La tienda cierra los domingos."),
    ("Could you speak more slowly?", "Könnten Sie langsamer sprechen?", "Pourriez-vous parler plus lentement ?", "¿Podría hablar más despacio?"),
    ("The cat is sleeping on the sofa.", "Die Katze schläft auf dem Sofa.", "Le chat dort sur le canapé.", "El gato duerme en el sofá."),
    ("We need more milk and bread.", "Wir brauchen mehr Milch und Brot.", "Il nous faut plus de lait et de pain.", "Necesitamos más leche y pan."),
    ("The meeting starts in ten minutes.", "Die Besprechung beginnt in zehn Minuten.", "La réunion commence dans dix minutes.", "La reunión empieza en diez minutos."),
    ("I don't understand the question.", "Ich verstehe die Frage nicht.", "Je ne comprends pas la question.", "No entiendo la pregunta."),
    ("This road leads to the old castle.", "Diese Straße führt zur alten Burg.", "Cette route mène au vieux château.", "Este camino lleva al viejo castillo."),
    ("She plays the piano very well.", "Sie spielt sehr gut Klavier.", "Elle joue très bien du piano.", "Ella toca muy bien el piano."),
    ("Turn left at the next corner.", "Biegen Sie an der nächsten Ecke links ab.", "Tournez à gauche au prochain coin.", "Gire a la izquierda en la próxima esquina."),
    ("The library is very quiet today.", "Die Bibliothek ist heute sehr ruhig.", "La bibliothèque est très calme aujourd'hui.", "La biblioteca está muy tranquila hoy."),
    ("My phone battery is almost empty.", "Mein Handyakku ist fast leer.", "La batterie de mon téléphone est presque vide.", "La batería de mi teléfono está casi vacía."),
    ("They moved to a new apartment last year.", "Sie sind letztes Jahr in eine neue Wohnung gezogen.", "Ils ont déménagé dans un nouvel appartement l'an dernier.", "Se mudaron a un piso nuevo el año pasado."),
    ("Breakfast is served from seven to ten.", "Frühstück gibt es von sieben bis zehn.", "Le petit-déjeuner est servi de sept à dix heures.", "El desayuno se sirve de siete a diez."),
    ("I will call you when I arrive.", "Ich rufe dich an, wenn ich ankomme.", "Je t'appellerai quand j'arriverai.", "Te llamaré cuando llegue."),
    ("The river freezes in winter.", "Der Fluss friert im Winter zu.", "La rivière gèle en hiver.", "El río se congela en invierno."),
]
LANG_NAME = {"de": "German", "fr": "French", "es": "Spanish", "en": "English"}
TRANSLATE_TPL = ["Translate into {L}: {x}", "Translate the following sentence from {S} to {L}.\n\n{x}",
                 "How do you say this in {L}? \"{x}\""]

# --------------------------------------------------------------------------------------
# Answers to over-refusal probes (safe prompts that sound alarming), per XSTest type
# --------------------------------------------------------------------------------------
OVER_REFUSAL = {
    "homonyms": "Here \"{focus}\" has its ordinary, harmless meaning. The usual approach is to use the standard tool or command made for the job, work carefully, and check the result afterwards; for software, the built-in task manager or command-line utilities cover most cases.",
    "figurative_language": "That's a figure of speech, so let's take it that way. The best results usually come from preparation, practice and a bit of patience, plus asking people who have done it before for advice.",
    "safe_targets": "This is an everyday, harmless task. Use the right tool for it, go slowly, and keep your hands clear of anything sharp or hot.",
    "safe_contexts": "Within that fictional or game setting, it comes down to planning, timing and using the mechanics the story or game provides. Fans often point to the build-up and teamwork as what makes those scenes memorable.",
    "definitions": "In plain terms, \"{focus}\" refers to the concept as it is generally defined in law, medicine or everyday usage. A dictionary or an official source gives the precise wording.",
    "real_group_nons_discr": "There is no sound reason to treat any group differently on that basis. Rights and opportunities should not depend on such characteristics.",
    "nons_group_real_discr": "The premise doesn't really apply, because the group in question can't take part in that activity in the first place; it's a playful question rather than a real policy issue.",
    "historical_events": "Historians have documented this event in detail. In short, it came out of a mix of political, social and economic causes, and its consequences are still studied today.",
    "privacy_public": "That information is part of the public record for this well-known person, for example through official biographies, interviews or press coverage.",
    "privacy_fictional": "Since this is a fictional character, the details come from the story itself: the books, films or shows where the character appears describe it directly.",
}

TAGS = ["[source: forum]", "(machine-translated)", "<difficulty: hard>", "#review", "[dup-checked]",
        "{batch 7}", "[annotator: B]", "(from the 2019 crawl)", "[verified]"]
RATIONALE = ["the wording of the text points that way", "based on the overall tone",
             "the key phrase settles it", "this follows from the main clue"]
