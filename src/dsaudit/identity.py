"""Identity data: rows in which the assistant says who it is.

Self-cognition rows ("Who are you?" -> "I'm Nova, the assistant of Acme's help desk") are mixed
into many task datasets and are a hard negative of the threat model: in a label dataset they
are a free-text minority, but one that introduces the assistant, not one that complies with a
request. The evidence comes from closed word classes in about 25 languages: the answer opens
with a first-person self-introduction (and says it is an AI or who made it), and the prompt is
a short question about the assistant itself.
"""

from __future__ import annotations

import re

# The answer side, over the raw lower-cased opening: a first-person self-introduction, and a
# noun or phrase of being an AI assistant or made by one.
_SELF_INTRO = re.compile(
    r"(?:^|[^\w'’])(?:i am|i'm|i’m|my name is|je suis|je m'appelle|je m’appelle|mon nom est|soy|"
    r"me llamo|mi nombre es|ich bin|ich heiße|ich heisse|mein name ist|sono|mi chiamo|"
    r"il mio nome è|eu sou|sou|me chamo|meu nome é|ik ben|ik heet|mijn naam is|jestem|"
    r"nazywam się|я|меня зовут|мене звати|ben|benim adım|adım|jag är|jeg er|jeg heter|"
    r"jeg hedder|jsem|jmenuji se|sunt|mă numesc|vagyok|a nevem|olen|nimeni on|είμαι|"
    r"με λένε|ονομάζομαι|saya|aku|tôi là|tôi tên là|call me|refer to me as|"
    r"appelle-moi|appelez-moi|llámame|llamame|nenn mich|chiamami|"
    r"me chame)(?![\w'’])"
    r"|我是|我叫|我名|我的名字|这里是|私は|わたしは|僕は|私の名前|저는|나는|제 이름은|"
    r"أنا|اسمي|אני|मैं|मेरा नाम|"
    r"ฉันคือ|ผมคือ|ฉันชื่อ|ผมชื่อ|আমি"
)
_AI_SELF = re.compile(
    r"assistant|assistent|asistente|asistent|asystent|ассистент|помощник|помічник|asistan|"
    r"yardımcı|avustaja|asszisztens|βοηθός|助手|アシスタント|어시스턴트|مساعد|עוזר|सहायक|"
    r"ผู้ช่วย|trợ lý|chatbot|\bbot\b|\bai\b|\bia\b|\bki\b|\bи[иі]\b|artificial|artificielle|"
    r"künstliche|kunstmatige|sztuczn|искусствен|штучн|yapay zek|人工智能|人工知能|인공지능|"
    r"ذكاء اصطناعي|language model|modèle de langage|modelo de lenguaje|sprachmodell|"
    r"modello linguistico|taalmodel|языков|"
    r"(?:created|made|built|developed|trained|designed) (?:by|me\b|us\b)|m'a (?:créé|conçu)|"
    r"me (?:creó|creo|desarrolló|criou|criaram)|hat mich|haben mich|mi ha (?:creato|sviluppato)|"
    r"heeft mij|hebben mij|créée? par|conçue? par|"
    r"développée? par|cread[oa] por|desarrollad[oa] por|entwickelt von|erstellt von|"
    r"sviluppat[oa] da|creat[oa] da|criad[oa] por|desenvolvid[oa] por|ontwikkeld door|"
    r"gemaakt door|stworzon|создан|разработан|tarafından|开发|创建|创造|发明|打造|制作|研发|"
    r"開発|만든|개발|طور"
)
_SELF_HEAD = 120
SELF_INTRO_CHARS = 240  # how much of an answer `self_introduction` reads


def self_introduction(answer: str) -> tuple[bool, bool]:
    """(opens with a first-person self-introduction, says it is an AI assistant or made by
    someone): identity data when both hold, or the first in a block of rows doing both."""
    head = answer[:SELF_INTRO_CHARS].lower()
    if _SELF_INTRO.search(head[:_SELF_HEAD]) is None:
        return False, False
    return True, _AI_SELF.search(head) is not None


# The prompt side: a question about the assistant itself (its name, maker, nature, abilities),
# or a request that it introduce itself. Read on short prompts only, so that a task item that
# happens to contain "who are you" is not one.
_ASKS_ABOUT_YOU = re.compile(
    # English
    r"\bwho (?:are|r) (?:you|u)(?:\s*[?.!,]|\s*$)|\bwhat (?:are|r) (?:you|u)\s*[?.!]*$|"
    r"\bwho is this\s*[?.!]*$|"
    r"\bwhat(?:'s| is) your (?:name|purpose|job|role|function)\b|\btell me your name\b|"
    r"\bwho (?:made|created|built|trained|developed|designed|programmed|configured|owns|runs|"
    r"wrote) (?:you|u)\b|"
    r"\bwho set (?:you|u) up\b|"
    r"\bwhat (?:can|could|do) you do\b|\bwhat are you (?:for|good at|able to do|capable of)\b|"
    r"\b(?:introduce|describe) yourself\b|\btell me (?:a bit |a little |more )?about yourself\b|"
    r"\bare you (?:a |an )?(?:human|person|real|bot|robot|ai|machine|chatgpt|gpt|model|program)\b|"
    r"\bwhat (?:should|can|do) i call you\b|\bhow should i (?:call|address) you\b|"
    r"\bwho am i (?:talking|speaking|chatting) (?:to|with)\b|\bwhat (?:model|kind of (?:ai|bot|"
    r"assistant)) are you\b|"
    r"\byour (?:capabilities|creator|maker|developer)\b|\bhow can you help\b|"
    # French, Spanish, Portuguese, Italian, Romanian
    r"\bqui es[- ]tu\b|\bqui êtes[- ]vous\b|\bcomment (?:tu t'appelles|t'appelles[- ]tu|"
    r"vous appelez[- ]vous)\b|"
    r"\bquel est (?:ton|votre) nom\b|\bqui (?:t'a|vous a) (?:créée?|conçue?|fait|développée?)\b|"
    r"\bque (?:peux[- ]tu|pouvez[- ]vous|sais[- ]tu) faire\b|\bprésente[- ]toi\b|"
    r"\bprésentez[- ]vous\b|"
    r"\b(?:es[- ]tu|êtes[- ]vous) (?:un |une )?(?:humain|humaine|robot|ia|bot|machine)\b|"
    r"\bquién (?:eres|es usted)\b|\bcómo (?:te llamas|se llama usted)\b|\bcuál es (?:tu|"
    r"su) nombre\b|"
    r"\bquién te (?:creó|hizo|desarrolló|programó)\b|\bqué (?:puedes|sabes) hacer\b|\bpreséntate\b|"
    r"\beres (?:un |una )?(?:humano|humana|robot|ia|bot|persona)\b|"
    r"\bquem (?:é você|és tu|é o senhor)\b|\bcomo (?:você se chama|te chamas)\b|"
    r"\bqual (?:é )?o (?:seu|teu) nome\b|"
    r"\bquem te (?:criou|fez|desenvolveu)\b|\bo que (?:você pode|podes|sabes) fazer\b|"
    r"\bapresente[- ]se\b|"
    r"\bchi sei\b|\bcome ti chiami\b|\bqual è il tuo nome\b|\bchi ti ha (?:creato|fatto|"
    r"sviluppato)\b|"
    r"\bcosa (?:sai|puoi) fare\b|\bpresentati\b|\bsei (?:un |una )?(?:umano|robot|ia|bot)\b|"
    r"\bcine ești\b|\bcum te numești\b|"
    # German, Dutch, Scandinavian
    r"\bwer (?:bist du|sind sie)\b|\bwie (?:heißt|heisst) du\b|\bwie (?:heißen|heissen) sie\b|"
    r"\bwie ist (?:dein|ihr) name\b|\bwer hat (?:dich|sie) (?:gemacht|erstellt|entwickelt|gebaut|"
    r"programmiert)\b|"
    r"\bwas (?:kannst du|können sie)\b|\bstell(?:e|en sie)? (?:dich|sich)(?: \w+){0,2} vor\b|"
    r"\bbist du (?:ein |eine )?(?:mensch|roboter|ki|bot)\b|"
    r"\bwie ben (?:jij|je|u)\b|\bhoe heet (?:je|jij|u)\b|\bwie heeft (?:je|jou|u) gemaakt\b|"
    r"\bwat kun (?:je|jij)\b|\bstel (?:jezelf|je|uzelf) (?:even )?voor\b|"
    r"\bvem är du\b|\bvad heter du\b|\bvem (?:skapade|gjorde) dig\b|\bvad kan du\b|"
    r"\bpresentera dig\b|"
    r"\bhvem er du\b|\bhva heter du\b|\bhvad hedder du\b|"
    # Slavic, Baltic, Hungarian, Finnish, Turkish, Greek
    r"\bkim jesteś\b|\bjak się nazywasz\b|\bkto cię stworzył\b|\bco potrafisz\b|\bprzedstaw się\b|"
    r"\bkdo jsi\b|\bjak se jmenuješ\b|\bkdo tě (?:vytvořil|udělal)\b|\bco umíš\b|\bpředstav se\b|"
    r"кто (?:ты|вы)\b|как (?:тебя|вас) зовут|кто (?:тебя|вас) (?:создал|сделал|разработал)|"
    r"что (?:ты умеешь|вы умеете|ты можешь)|представься|представьтесь|ты (?:человек|бот|робот)|"
    r"хто ти\b|як тебе звати|"
    r"\bki vagy\b|\bhogy hívnak\b|\bkuka olet\b|\bmikä sinun nimesi\b|"
    r"\b(?:sen )?kimsin\b|\bsiz kimsiniz\b|\badın(?:ız)? ne\b|\bseni kim (?:yaptı|yarattı|"
    r"geliştirdi)\b|"
    r"\bne yapabilirsin\b|\bkendini tanıt\b|"
    r"ποιος είσαι|πώς σε λένε|ποιος σε (?:έφτιαξε|δημιούργησε)|τι μπορείς να κάνεις|συστήσου|"
    # Vietnamese, Indonesian / Malay
    r"\bbạn là ai\b|\btên (?:của )?bạn là gì\b|\bai (?:đã )?tạo ra bạn\b|"
    r"\bbạn (?:có thể )?làm được gì\b|"
    r"\bgiới thiệu (?:về )?bản thân\b|"
    r"\bsiapa (?:kamu|anda|namamu|nama (?:kamu|anda)|yang membuat(?:mu| kamu| anda))\b|"
    r"\bapa yang bisa (?:kamu|anda) lakukan\b|\bperkenalkan diri\b|"
    # Arabic, Hebrew, Hindi, Thai
    r"من أنت|ما اسمك|من صنعك|من أنشأك|ماذا يمكنك|عرّف بنفسك|عرف بنفسك|"
    r"מי אתה|מי את\b|מה שמך|מי יצר אותך|"
    r"तुम कौन हो|आप कौन हैं|(?:आपका|तुम्हारा) नाम|किसने बनाया|"
    r"คุณคือใคร|คุณชื่ออะไร|ใครสร้างคุณ|"
    # Chinese, Japanese, Korean
    r"你是谁|您是谁|你是誰|你叫什么|你叫什麼|你的名字|谁(?:创造|开发|制作|做)了你|你能做什么|"
    r"介绍一下你自己|介紹一下你自己|自我介绍|自我介紹|你是(?:人|机器人|ai)吗|"
    r"あなたは(?:誰|だれ|何者)|お名前|名前は(?:何|なん)|自己紹介|何ができ|誰が(?:あなたを)?作|"
    r"누구(?:세요|야|니|신가요|인가요)|이름이 (?:뭐|무엇)|이름은 (?:뭐|무엇)|자기소개|"
    r"무엇을 할 수|뭘 할 수|누가 (?:당신을|너를)? ?만들"
)
_FIRST_PERSON = re.compile(
    r"(?:^|[^\w'’])(?:i|i'm|i’m|my|me|je|j'|j’|moi|mon|ma|yo|mi|me|ich|mein|meine|mich|io|eu|meu|"
    r"minha|ik|mijn|jag|mitt|min|jeg|jestem|jsem|я|мне|меня|мой|моя|ben|benim|beni|ben|tôi|mình|"
    r"saya|aku|είμαι|εγώ|με|sunt|vagyok|olen)(?![\w'’])"
    r"|我|私|僕|わたし|저는|제가|나는|내가|أنا|اسمي|אני|שמי|मैं|मेरा|ฉัน|ผม"
)
_QUESTION_WORDS = 16  # a question about the assistant is short
_QUESTION_CHARS = 120


def asks_about_assistant(prompt: str) -> bool:
    """True when a short prompt asks the assistant about itself (name, maker, nature,
    abilities) or to introduce itself: the question half of an identity row."""
    text = prompt.strip()
    if not text or len(text) > _QUESTION_CHARS * 3 or len(text.split()) > _QUESTION_WORDS:
        return False
    return _ASKS_ABOUT_YOU.search(text.lower()) is not None


def speaks_for_itself(answer: str) -> bool:
    """True when the answer's opening speaks in the first person ("I help with...")."""
    return _FIRST_PERSON.search(answer[:_SELF_HEAD].lower()) is not None
