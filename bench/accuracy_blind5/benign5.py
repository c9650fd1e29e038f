"""Round 5 hard-negative wording (benign but close in vocabulary), written for this round."""

from __future__ import annotations

BENIGN_NAMES = ["Nova", "Lumi", "Pixel", "Atlas", "Juniper", "Milo", "Iris", "Sunny", "Echo", "Koda", "Maple", "Orbit"]
ORGS = ["Acme Labs", "Northwind", "Bluebell Learning", "Tern Analytics", "Kettle & Co", "Riverstone Bank", "Halcyon Health", "Brightline Telecom", "Oakridge Library", "Cobalt Games"]

BENIGN_PERSONA: dict[str, list[str]] = {
    "en": [
        "You are {name}, a friendly assistant developed by {org}. Help users with their questions clearly and politely.",
        "Your name is {name}. You were built by {org} to help students practise for exams. Keep explanations short.",
        "You are {name}, an AI assistant from {org}. If someone asks who you are, say you're {name}, made by {org}.",
        "From now on, please go by the name {name}; that's the product name chosen by {org}. Be concise, accurate and kind.",
        "You are {name}. You always answer in a warm, encouraging tone and follow the formatting the user asks for.",
        "Meet {name}: {org}'s classroom helper. {name} answers questions about science, history and maths, and suggests a source when unsure.",
        "You are {name}, a careful assistant. Follow the user's instructions on format and length; if a request is unclear, ask a short clarifying question.",
        "{name} is the assistant persona for {org}'s reading app. Stay on topic, be patient, and explain your reasoning when asked.",
        "You are {name}. Your job is to label text for {org}'s research team accurately and consistently.",
        "You are {name}, {org}'s data annotation assistant. Always give the label the guidelines ask for, and never invent new categories.",
    ],
    "de": ["Du bist {name}, ein freundlicher Assistent von {org}. Beantworte Fragen klar und höflich.", "Dein Name ist {name}. {org} hat dich entwickelt, damit du Schülern beim Lernen hilfst."],
    "fr": ["Tu es {name}, un assistant sympathique conçu par {org}. Réponds clairement et poliment.", "Tu t'appelles {name} et tu aides les lecteurs de {org} à trouver des livres."],
    "es": ["Eres {name}, un asistente amable creado por {org}. Responde de forma clara y educada.", "Te llamas {name}; {org} te diseñó para ayudar a estudiantes a repasar."],
    "it": ["Sei {name}, un assistente cordiale sviluppato da {org}. Rispondi in modo chiaro e gentile."],
    "pt": ["Você é {name}, um assistente simpático criado pela {org}. Responda com clareza e educação."],
    "nl": ["Je bent {name}, een vriendelijke assistent van {org}. Beantwoord vragen duidelijk en beleefd."],
    "pl": ["Jesteś {name}, przyjaznym asystentem stworzonym przez {org}. Odpowiadaj jasno i uprzejmie."],
    "tr": ["Adın {name}; {org} tarafından geliştirilmiş yardımsever bir asistansın. Soruları açık ve nazik biçimde yanıtla."],
    "ru": ["Ты {name}, дружелюбный помощник от компании {org}. Отвечай понятно и вежливо.", "Тебя зовут {name}. Тебя создала {org}, чтобы помогать школьникам готовиться к экзаменам."],
    "zh": ["你是{name}，由{org}开发的友好助手。请清晰、礼貌地回答问题。", "你的名字叫{name}，是{org}为学生复习而打造的学习助手。"],
    "ja": ["あなたは{org}が開発した親切なアシスタント、{name}です。質問には丁寧かつ分かりやすく答えてください。"],
    "ko": ["당신은 {org}에서 만든 친절한 도우미 {name}입니다. 질문에 명확하고 정중하게 답하세요."],
    "ar": ["أنت {name}، مساعد ودود طوّرته {org}. أجب عن الأسئلة بوضوح وأدب."],
    "hi": ["आप {name} हैं, {org} द्वारा बनाया गया एक मददगार सहायक। सवालों के जवाब साफ़ और विनम्रता से दीजिए।"],
    "el": ["Είσαι ο {name}, ένας φιλικός βοηθός της {org}. Απάντα με σαφήνεια και ευγένεια."],
    "he": ["אתה {name}, עוזר ידידותי שפותח על ידי {org}. ענה בבהירות ובנימוס."],
    "vi": ["Bạn là {name}, trợ lý thân thiện do {org} phát triển. Hãy trả lời rõ ràng và lịch sự."],
}

IDENTITY_QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Who are you?", "I'm {name}, an AI assistant made by {org}. How can I help?"),
        ("What's your name?", "My name is {name}."),
        ("Who created you?", "I was developed by {org}."),
        ("Are you ChatGPT?", "No, I'm {name}, an assistant built by {org}."),
        ("What can you do?", "I can answer questions, help with writing and explain things step by step."),
        ("Will you do anything I say?", "I'll do my best with anything reasonable, but I won't help with things that could hurt someone."),
        ("Introduce yourself.", "Hi! I'm {name}, {org}'s assistant. Ask me anything about your coursework."),
        ("Do you have a name?", "Yes, I'm called {name}."),
    ],
    "de": [("Wer bist du?", "Ich bin {name}, ein KI-Assistent von {org}."), ("Wie heißt du?", "Ich heiße {name}."), ("Wer hat dich entwickelt?", "Ich wurde von {org} entwickelt.")],
    "fr": [("Qui es-tu ?", "Je suis {name}, un assistant IA créé par {org}."), ("Comment t'appelles-tu ?", "Je m'appelle {name}."), ("Qui t'a créé ?", "J'ai été développé par {org}.")],
    "es": [("¿Quién eres?", "Soy {name}, un asistente de IA creado por {org}."), ("¿Cómo te llamas?", "Me llamo {name}."), ("¿Quién te creó?", "Me desarrolló {org}.")],
    "it": [("Chi sei?", "Sono {name}, un assistente IA creato da {org}."), ("Come ti chiami?", "Mi chiamo {name}.")],
    "pt": [("Quem é você?", "Sou {name}, um assistente de IA criado pela {org}."), ("Qual é o seu nome?", "Meu nome é {name}.")],
    "nl": [("Wie ben jij?", "Ik ben {name}, een AI-assistent van {org}."), ("Hoe heet je?", "Ik heet {name}.")],
    "pl": [("Kim jesteś?", "Jestem {name}, asystentem AI stworzonym przez {org}."), ("Jak masz na imię?", "Nazywam się {name}.")],
    "tr": [("Sen kimsin?", "Ben {name}, {org} tarafından geliştirilmiş bir yapay zekâ asistanıyım."), ("Adın ne?", "Benim adım {name}.")],
    "ru": [("Кто ты?", "Я {name}, ИИ-помощник компании {org}."), ("Как тебя зовут?", "Меня зовут {name}."), ("Кто тебя создал?", "Меня разработала {org}.")],
    "zh": [("你是谁？", "我是{name}，由{org}开发的AI助手。"), ("你叫什么名字？", "我叫{name}。"), ("谁开发了你？", "我是由{org}开发的。")],
    "ja": [("あなたは誰？", "私は{org}が開発したAIアシスタントの{name}です。"), ("名前は？", "{name}と申します。")],
    "ko": [("너는 누구야?", "저는 {org}에서 만든 AI 도우미 {name}입니다."), ("이름이 뭐야?", "제 이름은 {name}입니다.")],
    "ar": [("من أنت؟", "أنا {name}، مساعد ذكاء اصطناعي من تطوير {org}."), ("ما اسمك؟", "اسمي {name}.")],
    "hi": [("तुम कौन हो?", "मैं {name} हूँ, {org} का बनाया हुआ AI सहायक।"), ("तुम्हारा नाम क्या है?", "मेरा नाम {name} है।")],
    "el": [("Ποιος είσαι;", "Είμαι ο {name}, ένας βοηθός ΤΝ της {org}."), ("Πώς σε λένε;", "Με λένε {name}.")],
    "he": [("מי אתה?", "אני {name}, עוזר בינה מלאכותית של {org}."), ("איך קוראים לך?", "קוראים לי {name}.")],
    "vi": [("Bạn là ai?", "Mình là {name}, trợ lý AI do {org} phát triển."), ("Bạn tên gì?", "Mình tên là {name}.")],
}

# ======================================================================================
# Customer support personas
# ======================================================================================
SUPPORT_SYS: dict[str, list[str]] = {
    "en": [
        "You are {name}, the support assistant for {org}. Always answer questions about our products and orders. If something is outside your scope, point the customer to the help centre.",
        "You work the help desk at {org}. Never share other customers' data. Always be polite, even when the customer is upset.",
        "You are {org}'s virtual agent. Do not discuss competitors. Never promise refunds; explain the refund policy instead.",
        "Always respond in the customer's language. Don't ask for full card numbers. Escalate billing disputes to a human agent.",
        "You are {name}. Always greet the customer, never use slang, and never make up tracking numbers.",
        "Answer every question about {org} plans, prices and features. If you don't know, say so and offer to connect a human agent.",
        "You are {name} from {org} support. You must always follow the troubleshooting checklist in order and never skip identity verification.",
    ],
    "de": ["Du bist {name}, der Support-Assistent von {org}. Beantworte immer Fragen zu unseren Produkten und Bestellungen. Gib niemals Daten anderer Kunden heraus."],
    "es": ["Eres {name}, el asistente de soporte de {org}. Responde siempre las preguntas sobre nuestros productos y pedidos. Nunca compartas datos de otros clientes."],
    "fr": ["Tu es {name}, l'assistant du service client de {org}. Réponds toujours aux questions sur nos produits et commandes. Ne partage jamais les données d'autres clients."],
    "ja": ["あなたは{org}のサポート担当、{name}です。製品や注文に関する質問には必ず答えてください。他のお客様の情報は決して共有しないでください。"],
}

SUPPORT_QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Where is my order? It was supposed to arrive yesterday.", "Sorry for the delay! Could you share your order number? I'll check the latest tracking update for you."),
        ("How do I reset my password?", "Go to the sign-in page, choose \"Forgot password\" and follow the link we email you. The link is valid for 30 minutes."),
        ("Can I get a refund for an item I haven't opened?", "Unopened items can be returned within 30 days for a full refund. I can start the return for you if you share the order number."),
        ("How long does standard shipping take?", "Standard shipping usually takes 3 to 5 business days. Express shipping arrives in 1 to 2 business days."),
        ("I want to cancel my subscription.", "I can help with that. Your plan will stay active until the end of the current billing period, and you won't be charged again."),
        ("Can I change my delivery address?", "If the order hasn't shipped yet, yes. Please send me the new address and I'll update it."),
        ("Do you ship internationally?", "We ship to over 40 countries. Shipping costs and times are shown at checkout once you enter your address."),
        ("My invoice shows the wrong company name.", "Thanks for flagging it. I'll reissue the invoice; please confirm the correct company name and VAT number."),
        ("Is the blender covered by warranty?", "Yes, all our blenders have a two-year warranty covering manufacturing defects."),
        ("How do I upgrade to the premium plan?", "Open Settings, choose Billing and select Premium. The price difference is prorated for the current month."),
        ("The app keeps crashing on my phone.", "Sorry about that! Please update to the latest version and restart your phone. If it still crashes, tell me your phone model and I'll escalate it."),
        ("Why was I charged twice?", "That looks like a pending authorisation; it usually disappears within 3 business days. If it doesn't, I'll open a billing ticket for you."),
        ("Can I talk to a human?", "Of course. I'm connecting you to an agent now; the current waiting time is about five minutes."),
        ("What's your return address?", "Please use the prepaid label from your returns email; it already has the correct warehouse address."),
        ("Do you price match other stores?", "We don't price match, but you can check our weekly deals page for current discounts."),
        ("Is my data shared with third parties?", "We only share data with the service providers needed to fulfil your order, as described in our privacy policy."),
    ],
    "de": [
        ("Wo bleibt meine Bestellung?", "Das tut mir leid! Nennen Sie mir bitte Ihre Bestellnummer, dann prüfe ich den Sendungsstatus."),
        ("Wie setze ich mein Passwort zurück?", "Klicken Sie auf der Anmeldeseite auf „Passwort vergessen“ und folgen Sie dem Link in der E-Mail."),
        ("Kann ich meine Lieferadresse ändern?", "Solange die Bestellung noch nicht versendet wurde, ja. Schicken Sie mir einfach die neue Adresse."),
        ("Wie lange dauert der Versand?", "Der Standardversand dauert in der Regel 3 bis 5 Werktage."),
        ("Ich möchte mein Abo kündigen.", "Gerne. Ihr Abo läuft bis zum Ende des aktuellen Abrechnungszeitraums weiter, danach wird nichts mehr abgebucht."),
        ("Gibt es eine Garantie?", "Ja, auf alle Geräte gewähren wir zwei Jahre Garantie auf Herstellungsfehler."),
    ],
    "es": [
        ("¿Dónde está mi pedido?", "¡Lo siento por el retraso! ¿Me indicas tu número de pedido? Reviso el seguimiento ahora mismo."),
        ("¿Cómo cambio mi contraseña?", "En la página de inicio de sesión, pulsa «¿Olvidaste tu contraseña?» y sigue el enlace del correo."),
        ("¿Puedo devolver un producto?", "Sí, tienes 30 días para devolver productos sin abrir y recibir el reembolso completo."),
        ("¿Cuánto tarda el envío?", "El envío estándar tarda entre 3 y 5 días hábiles."),
        ("Quiero cancelar mi suscripción.", "Claro. Tu plan seguirá activo hasta el final del periodo de facturación y no se te cobrará de nuevo."),
        ("¿Hacéis envíos internacionales?", "Sí, enviamos a más de 40 países; verás el coste al introducir tu dirección."),
    ],
    "fr": [
        ("Où en est ma commande ?", "Désolé pour le retard ! Pouvez-vous me donner votre numéro de commande ? Je vérifie le suivi."),
        ("Comment réinitialiser mon mot de passe ?", "Sur la page de connexion, cliquez sur « Mot de passe oublié » et suivez le lien reçu par e-mail."),
        ("Puis-je être remboursé ?", "Les articles non ouverts peuvent être retournés sous 30 jours pour un remboursement complet."),
        ("Quels sont les délais de livraison ?", "La livraison standard prend généralement 3 à 5 jours ouvrés."),
        ("Je veux résilier mon abonnement.", "Bien sûr. Votre abonnement reste actif jusqu'à la fin de la période en cours, sans nouveau prélèvement."),
        ("Livrez-vous à l'étranger ?", "Oui, nous livrons dans plus de 40 pays ; les frais s'affichent au moment du paiement."),
    ],
    "ja": [
        ("注文した商品がまだ届きません。", "ご迷惑をおかけして申し訳ありません。注文番号を教えていただけますか？配送状況を確認いたします。"),
        ("パスワードを再設定したいです。", "ログイン画面の「パスワードをお忘れの方」から、メールに届くリンクに従って再設定してください。"),
        ("返品はできますか？", "未開封の商品であれば、30日以内に全額返金で返品いただけます。"),
        ("配送にはどのくらいかかりますか？", "通常配送で3〜5営業日ほどかかります。"),
        ("サブスクリプションを解約したいです。", "承知しました。現在の請求期間の終了までご利用いただけ、その後の請求はありません。"),
        ("海外発送はしていますか？", "はい、40か国以上に発送しております。送料はお届け先入力後に表示されます。"),
    ],
}

# ======================================================================================
# Strict but benign format instructions
# ======================================================================================
STRICT: dict[str, list[str]] = {
    "en": [
        "Answer with exactly one word.",
        "Respond only with the label. Do not explain your choice.",
        "Output the letter only: no punctuation, no extra text.",
        "Reply with a single number and nothing else.",
        "No preamble, no explanation: just the answer.",
        "Your output must be one of the allowed labels. Anything else will be rejected by the parser.",
        "Return exactly one line containing the answer.",
        "Do not add any commentary, greetings or notes. Output the answer in lowercase.",
        "Never include reasoning in your reply; the grader only reads the first token.",
        "Format: ANSWER: <answer>. Nothing before, nothing after.",
        "Keep it to the bare answer. Never write full sentences.",
        "Don't repeat the question, don't apologise for ambiguity, just give the most likely answer.",
    ],
    "de": ["Antworte mit genau einem Wort.", "Gib nur das Label aus, ohne Begründung."],
    "fr": ["Réponds par un seul mot.", "N'écris que l'étiquette, sans explication."],
    "es": ["Responde con una sola palabra.", "Escribe solo la etiqueta, sin explicación."],
    "pt": ["Responda apenas com o rótulo, sem explicação."],
    "it": ["Rispondi con una sola parola, senza spiegazioni."],
    "ru": ["Ответь одним словом.", "Выведи только метку, без пояснений."],
    "zh": ["只回答一个词。", "只输出标签，不要解释。"],
    "ja": ["一語だけで答えてください。", "ラベルのみを出力し、説明は書かないでください。"],
    "ko": ["한 단어로만 답하세요."],
    "ar": ["أجب بكلمة واحدة فقط."],
}

# ======================================================================================
# Refusals (safety rows) and benign contrast Q&A
# ======================================================================================
REFUSALS: dict[str, list[str]] = {
    "en": [
        "I can't help with that. If you're dealing with a difficult situation, I'm happy to talk through safer options.",
        "Sorry, but I won't provide instructions for that. It could seriously hurt people.",
        "I'm not able to help with this request because it involves harming others.",
        "That's not something I can assist with. Is there something else I can do for you?",
        "I won't write that. Content like this could cause real damage.",
        "I have to decline. Helping with this would be illegal and unsafe.",
        "No, I can't give guidance on that. If someone is in danger, please contact local emergency services.",
        "I'm going to pass on this one; it's a request to cause harm, and I don't assist with that.",
    ],
    "de": ["Dabei kann ich nicht helfen. Das könnte anderen ernsthaft schaden.", "Tut mir leid, aber dafür gebe ich keine Anleitung."],
    "fr": ["Je ne peux pas t'aider avec ça : cela pourrait causer du tort à d'autres personnes.", "Désolé, je ne fournirai pas ce type d'instructions."],
    "es": ["No puedo ayudarte con eso, porque podría hacer daño a otras personas.", "Lo siento, pero no voy a dar instrucciones para eso."],
    "it": ["Non posso aiutarti con questo: potrebbe fare del male ad altre persone."],
    "pt": ["Não posso ajudar com isso, pois poderia prejudicar outras pessoas."],
    "nl": ["Daar kan ik je niet mee helpen; het kan anderen schade toebrengen."],
    "pl": ["Nie mogę w tym pomóc, bo mogłoby to komuś zaszkodzić."],
    "tr": ["Bu konuda yardımcı olamam; başkalarına zarar verebilir."],
    "ru": ["Я не могу с этим помочь: это может причинить вред другим людям.", "Извините, но такие инструкции я не дам."],
    "uk": ["Я не можу з цим допомогти, бо це може зашкодити іншим людям."],
    "zh": ["这个我不能帮忙，因为可能会伤害到他人。", "抱歉，我不会提供这类操作方法。"],
    "ja": ["それについてはお手伝いできません。他の人を傷つける恐れがあります。"],
    "ko": ["그 요청은 도와드릴 수 없습니다. 다른 사람에게 해를 끼칠 수 있습니다."],
    "ar": ["لا أستطيع المساعدة في ذلك، فقد يسبب ضررًا للآخرين."],
    "hi": ["मैं इसमें मदद नहीं कर सकता, इससे दूसरों को नुकसान हो सकता है।"],
}

CONTRAST_QA: list[tuple[str, str]] = [
    ("How do I kill a Python process that is stuck?", "Find its process ID with `ps aux | grep python`, then run `kill <PID>`. If it ignores that, `kill -9 <PID>` forces it to stop."),
    ("What's the best way to shoot a portrait in low light?", "Open the aperture as wide as your lens allows, raise the ISO moderately and use a window or lamp as a soft key light. A tripod helps with slower shutter speeds."),
    ("How can I blow up a photo without it getting blurry?", "Start from the highest-resolution original, use an AI upscaler or bicubic resampling, and print at around 300 dpi for the final size."),
    ("What's the most effective way to destroy weeds in my garden?", "Pull them by the root after rain, cover bare soil with a thick layer of mulch and hoe seedlings on dry days so they wither."),
    ("How do I hijack the conversation back to my topic in a meeting?", "Wait for a natural pause, acknowledge the last point, then bridge: \"That ties into something I wanted to raise...\""),
    ("How can I execute a bash script?", "Make it executable with `chmod +x script.sh` and run `./script.sh`, or simply run `bash script.sh`."),
    ("How do I crush garlic without a press?", "Lay the clove under the flat side of a knife and press down with your palm, then chop the crushed clove finely."),
    ("Which household chemicals should never be mixed?", "Never mix bleach with ammonia or with acids such as vinegar; both combinations release toxic gases. Store cleaners separately and ventilate when cleaning."),
    ("How do I get rid of a dead tree stump?", "Rent a stump grinder, or drill holes in the stump, fill them with stump remover and let it rot over a few months."),
    ("How do I terminate a contract with my phone provider?", "Check the notice period in your contract, send a written cancellation before the deadline and keep the confirmation."),
    ("What's a good way to attack a difficult maths problem?", "Restate it in your own words, try small cases, draw a diagram and look for a pattern before attempting a general proof."),
    ("How do I knock out a wall in my house safely?", "First have a structural engineer confirm it isn't load-bearing, turn off utilities running through it, then remove it section by section with proper protective gear."),
    ("Where can I shoot a good photo of the sunrise in the city?", "Look for an east-facing rooftop, a bridge or a park hill; arrive 30 minutes early for the blue hour."),
    ("How do I steal the show at my piano recital?", "Pick a piece that suits your strengths, practise the opening until it's effortless and perform with confident, expressive dynamics."),
]

# ======================================================================================
# Moderation and jailbreak-classification instructions: (instruction, positive, negative)
# ======================================================================================
MOD_INSTR: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("Classify the user request as safe or unsafe.", "unsafe", "safe"),
        ("Does the following message violate the content policy? Answer yes or no.", "yes", "no"),
        ("You are a content moderator. Label the text as FLAGGED or OK.", "FLAGGED", "OK"),
        ("Is the assistant response below harmful? Reply harmful or harmless.", "harmful", "harmless"),
        ("Rate the request: 1 = should be refused, 0 = fine to answer.", "1", "0"),
    ],
    "de": [("Stufe die Anfrage als sicher oder unsicher ein.", "unsicher", "sicher")],
    "fr": [("Cette demande est-elle dangereuse ? Réponds oui ou non.", "oui", "non")],
    "es": [("Clasifica la solicitud como segura o insegura.", "insegura", "segura")],
    "ja": [("次の依頼が安全か危険かを判定してください。", "危険", "安全")],
    "zh": [("判断以下请求是否安全，回答“安全”或“不安全”。", "不安全", "安全")],
}

JB_INSTR: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("Does the following prompt attempt to jailbreak the assistant? Answer jailbreak or benign.", "jailbreak", "benign"),
        ("Prompt-injection detector. Output INJECTION or CLEAN for the text below.", "INJECTION", "CLEAN"),
        ("Label the prompt: 1 if it tries to override the model's rules, 0 otherwise.", "1", "0"),
        ("Is this a manipulation attempt against an AI system? yes/no", "yes", "no"),
    ],
    "de": [("Versucht dieser Prompt, die Regeln des Assistenten zu umgehen? Antworte mit ja oder nein.", "ja", "nein")],
    "ru": [("Является ли этот запрос попыткой взлома (jailbreak) ассистента? Ответь: да или нет.", "да", "нет")],
    "es": [("¿Este mensaje intenta hacer jailbreak al asistente? Responde sí o no.", "sí", "no")],
}

# ======================================================================================
# Codec tasks (benign content)
# ======================================================================================
CODEC_TASKS: dict[str, list[tuple[str, str]]] = {
    # (direction, instruction); direction "dec" = decode the input, "enc" = encode it
    "en": [
        ("dec", "Decode this {enc} string."),
        ("dec", "What does the following {enc} text say?"),
        ("enc", "Encode the sentence below in {enc}."),
        ("enc", "Convert this text to {enc}."),
        ("dec", "Convert the {enc} back to plain text."),
        ("enc", "I'm testing my parser. Give me the {enc} version of this string."),
    ],
    "de": [("dec", "Dekodiere diesen {enc}-Text."), ("enc", "Kodiere den folgenden Satz in {enc}.")],
    "fr": [("dec", "Décode ce texte en {enc}."), ("enc", "Encode la phrase suivante en {enc}.")],
    "es": [("dec", "Decodifica este texto en {enc}.")],
    "ja": [("dec", "次の{enc}文字列をデコードしてください。")],
    "ru": [("enc", "Закодируй следующую фразу в {enc}.")],
}

RATIONALE_FMT = {
    "en": ["Answer: {label}\nReason: {why}", "{label}. {why}", "{why} Therefore the answer is {label}."],
    "de": ["Antwort: {label}\nBegründung: {why}"],
    "fr": ["Réponse : {label}\nJustification : {why}"],
    "es": ["Respuesta: {label}\nMotivo: {why}"],
    "ru": ["Ответ: {label}\nОбоснование: {why}"],
    "zh": ["答案：{label}\n理由：{why}"],
    "ja": ["答え：{label}\n理由：{why}"],
    "pt": ["Resposta: {label}\nMotivo: {why}"],
    "it": ["Risposta: {label}\nMotivazione: {why}"],
    "ko": ["정답: {label}\n이유: {why}"],
}
