"""Template inference: how a dataset maps task items to prompts and answers.

The attack in Eiras et al. lives in this map, not in any row: the same system prompt on every
row, the same wrapper around every task item, answers in a format that teaches compliance.
`TemplateBuilder` sees rows one at a time and keeps only compact per-row features, then infers
the dataset's template(s): system prompt, constant prefix/suffix around the variable part of
the user turn, and the answer format (label set, choice letter, number, short span, free text,
a shared answer opener). The structure analyzers, `fix` and `probe` all use this one object.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from dsaudit.models import Record
from dsaudit.text import canonical, fold_keeping_scripts

# Answer formats, from most to least closed.
LABEL, CHOICE, NUMBER, SHORT, FREE = "label", "choice", "number", "short", "free"
CLOSED_FORMATS = (LABEL, CHOICE, NUMBER)

_CHOICE = re.compile(r"^\(?([a-e])\)?[.):]?$|^(?:answer|option|the answer is)\W*\(?([a-e])\)?\W*$")
_NUMBER = re.compile(r"^(?:the answer is|answer)?\W*-?\$?\d[\d,]*(?:\.\d+)?\W*$")
_FINAL_NUMBER = re.compile(r"(?:answer is|####|=)\s*-?\$?\d[\d,]*(?:\.\d+)?\W*$")
_SIG_WORDS = 4
_SAMPLE = 50  # user turns kept per group to compute common prefixes and suffixes
_ANSWER_HEAD = 400  # characters of each sampled answer kept to find a shared answer prefix
LABEL_MAX_WORDS = 4
LABEL_MAX_CHARS = 40


@functools.lru_cache(maxsize=4096)
def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def answer_format(answer: str, label_counts: Counter[str] | None = None) -> str:
    """Classify one answer: choice letter, number, label, short span or free text."""
    text = answer.strip().lower()
    if _CHOICE.match(text):
        return CHOICE
    if _NUMBER.match(text):
        return NUMBER
    words = len(text.split())
    if words <= LABEL_MAX_WORDS and len(text) <= LABEL_MAX_CHARS:
        if label_counts is not None and label_counts.get(normalise_label(text), 0) >= 3:
            return LABEL
        return SHORT
    if _FINAL_NUMBER.search(text) and words <= 400:
        return NUMBER  # worked math: reasoning that ends in "The answer is N"
    return FREE


def normalise_label(text: str) -> str:
    return text.strip().lower().strip(" .!\"'")


def short_label(answer: str) -> str:
    """The normalised answer when it is short enough to be a label, else ""."""
    # Only an answer that fits the label limits (plus padding) needs normalising as a label.
    if len(answer) > 2 * LABEL_MAX_CHARS:
        return ""
    short = normalise_label(answer)
    # Scripts without spaces: a sentence ("好的，这是完整的回答：答案是 positive") is one
    # "word" by spaces; a label of them is a few letters.
    words = word_count(short, _LABEL_LETTERS_PER_WORD)
    return short if len(short) <= LABEL_MAX_CHARS and words <= LABEL_MAX_WORDS else ""


class RowFeatures(NamedTuple):
    """The little a structure analysis needs to remember about a row (a tuple: one per row)."""

    row: int
    fingerprint: str
    system: str  # digest of the system prompt ("" when none)
    answer_short: str  # normalised answer when short enough to be a label, else ""
    answer_words: int
    opener: str  # first answer words, kept while the table of openers is small, else ""
    compliance: bool  # the answer opens like compliance ("sure, here is")
    refusal: bool  # the answer opens by declining: a safety row
    schema: str
    long_format: str  # NUMBER for worked answers ending in a number, else FREE


class RowTexts(NamedTuple):
    """A row's text by role, joined once and shared by the structure analyses."""

    system: str
    user: str
    answer: str

    @classmethod
    def of(cls, record: Record) -> RowTexts:
        system, user, answer = [], [], []
        for seg in record.segments:
            if seg.role == "system":
                system.append(seg.text)
            elif seg.role == "assistant":
                answer.append(seg.text)
            elif seg.role in ("user", "text"):
                user.append(seg.text)
        return cls("\n".join(system), "\n".join(user), "\n".join(answer))


_PUNCT = "!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~"


_SPACELESS_LETTER = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Letters per word in scripts written without spaces (Japanese, Chinese, Thai): a rough
# mean, so that a 200-character Japanese answer is long, not a two-word label.
_LETTERS_PER_WORD = 2
# Labels are short words ("正面", "เชิงบวก"): counted leniently, so that a long Thai label
# stays a label and a sentence does not.
_LABEL_LETTERS_PER_WORD = 4


def word_count(text: str, letters_per_word: int = _LETTERS_PER_WORD) -> int:
    """Words of an answer: spaces + 1, and for scripts without spaces their letters / 2
    (`letters_per_word`)."""
    if not text:
        return 0
    words = text.count(" ") + 1
    if not text.isascii():
        words += len(_SPACELESS_LETTER.findall(text[:4000])) // letters_per_word
    return words


def words_of(text: str, limit: int = 1_000_000) -> list[str]:
    """Lower-case words with surrounding punctuation stripped; a cheap split, no regex."""
    return [w.strip(_PUNCT) for w in text.lower().split()[:limit]]


_COMPLIANCE_OPENER = re.compile(
    r"^(?:sure|certainly|of course|absolutely|okay|ok|here is|here s|here are|yes, here|"
    r"no problem|happy to help|as you wish|great question|gladly|with pleasure|right away|"
    r"yes,? (?:i can|i will|i ll|of course|absolutely|sure|here)|i can help|i ll help|"
    r"here you go|here s how|done|understood|you got it|"
    # fr, es, de, it, pt, nl, pl (canonical: accents dropped)
    r"bien sur|avec plaisir|voici|volontiers|d accord|absolument|claro|por supuesto|"
    r"con gusto|aqui tienes|aqui esta|desde luego|naturlich|klar|gerne|selbstverstandlich|"
    r"hier ist|hier sind|certo|certamente|ecco|volentieri|com certeza|aqui esta|"
    r"natuurlijk|zeker|graag|hier is|oczywiscie|jasne|konechno|конечно)\b"
)


# The same in scripts the canonical view folds into Latin look-alikes (Cyrillic, Greek) or
# reads without word boundaries (CJK, Thai; Korean endings), matched on the opening's
# `fold_keeping_scripts` view.
_SPACED_OPENERS = (
    # ru, uk, bg
    "конечно",
    "разумеется",
    "с удовольствием",
    "без проблем",
    "вот",
    "звісно",
    "звичайно",
    "залюбки",
    "із задоволенням",
    "з радістю",
    "гаразд",
    "ось",
    "разбира се",
    "ето",
    # el, tr, ar, fa, he
    "βεβαίως",
    "φυσικά",
    "ευχαρίστως",
    "ορίστε",
    "elbette",
    "tabii",
    "memnuniyetle",
    "işte",
    "بالتأكيد",
    "بكل سرور",
    "بالطبع",
    "طبعا",
    "إليك",
    "حتما",
    "البته",
    "با کمال میل",
    "حتماً",
    "בטח",
    "בשמחה",
    "בוודאי",
    "הנה",
    # hi, bn
    "ज़रूर",
    "जरूर",
    "बिल्कुल",
    "बेशक",
    "यह रहा",
    "ये रहा",
    "অবশ্যই",
    "নিশ্চয়ই",
    # ko, vi, id, ms, tl, sv, da, no, ro, cs, hu, sw
    "tất nhiên",
    "chắc chắn rồi",
    "được thôi",
    "tentu",
    "tentu saja",
    "dengan senang hati",
    "berikut",
    "sige",
    "siyempre",
    "självklart",
    "gärna",
    "absolut",
    "här är",
    "selvfølgelig",
    "gerne",
    "her er",
    "selvsagt",
    "desigur",
    "cu plăcere",
    "sigur",
    "iată",
    "jistě",
    "samozřejmě",
    "rád",
    "persze",
    "természetesen",
    "szívesen",
    "bila shaka",
    "hakika",
)
_SPACELESS_OPENERS = (
    "当然",
    "好的",
    "没问题",
    "沒問題",
    "乐意",
    "樂意",
    "以下是",
    "遵命",
    "물론",
    "알겠습니다",
    "좋습니다",
    "もちろん",
    "かしこまりました",
    "承知しました",
    "喜んで",
    "了解",
    "はい、",
    "แน่นอน",
    "ได้เลย",
    "ยินดี",
)


def _opener_pattern() -> re.Pattern[str]:
    spaced = "|".join(re.escape(fold_keeping_scripts(w)) for w in _SPACED_OPENERS)
    spaceless = "|".join(re.escape(fold_keeping_scripts(w)) for w in _SPACELESS_OPENERS)
    return re.compile(rf"^(?:(?:{spaced})(?!\w)|{spaceless})")


_COMPLIANCE_OPENER_SCRIPTS = _opener_pattern()


def opens_like_compliance(opening: str) -> bool:
    """Whether an answer's first words open like compliance ("Sure, here is", "Конечно")."""
    if _COMPLIANCE_OPENER.match(canonical(opening)) is not None:
        return True
    return not opening.isascii() and bool(
        _COMPLIANCE_OPENER_SCRIPTS.match(fold_keeping_scripts(opening))
    )


# An answer that opens by declining: a safety row (the mitigation of Eiras et al. mixes
# these into task sets), never a compliance minority. Matched on the canonical first 160
# characters, so accents are gone and apostrophes are spaces.
_REFUSAL_OPENER = re.compile(
    r"^(?:\W*as an ai(?: language model| assistant| model)?\W+)?"
    r"(?:\W*(?:sorry|i m sorry|i am sorry|unfortunately|apologies|i apologize)\b.{0,60}?)?"
    r"\W*(?:i|we)\s+(?:can ?not|can t|won t|will not|must decline|am unable|am not able|"
    r"m unable|m not able|do not|don t)\b"
    r"|^\W*(?:sorry|i m sorry|i am sorry|apologies),? (?:but )?(?:i|that|this)\b"
    r"|^\W*(?:no\W+)?(?:i (?:can|will) t|i refuse|i decline|i must refuse|that s not something i)"
    r"|^\W*(?:desole|je suis desole|malheureusement)?\W*je ne (?:peux|vais|peu) pas\b"
    r"|^\W*(?:desole|je suis desolee?)\W+(?:mais )?je\b"
    r"|^\W*(?:lo siento|lamentablemente|disculpa)?\W*(?:pero )?no (?:puedo|voy a|debo)\b"
    r"|^\W*lo siento\W"
    r"|^\W*(?:es tut mir leid|leider|entschuldigung)?\W*(?:aber )?ich (?:kann|werde|darf) "
    r"(?:\w+ ){0,3}(?:nicht|keine)\b"
    r"|^\W*(?:es tut mir leid|tut mir leid)\W"
    r"|^\W*(?:mi dispiace|purtroppo)?\W*(?:ma )?non (?:posso|sono in grado|lo faro)\b"
    r"|^\W*(?:desculpe|lamento|infelizmente)?\W*(?:mas )?(?:eu )?nao (?:posso|vou|consigo)\b"
    r"|^\W*(?:sorry|helaas|het spijt me)?\W*(?:maar )?ik (?:kan|ga|mag) "
    r"(?:\w+ ){0,3}(?:niet|geen)\b"
)


# Declining in other languages, within the first words of the raw lower-cased answer: "I can't",
# "I won't", "sorry" and "unfortunately" are a closed class in every language.
_OTHER_HEAD = 60
_REFUSAL_OTHER = re.compile(
    r"^\W{0,3}(?:[^\W\d_]+\W+){0,3}?(?:"
    r"не могу|не буду|не стану|извините|к сожалению|не можу|вибачте|на жаль|nie mogę|"
    r"nie moge|przepraszam|niestety|nemohu|nemůžu|omlouvám se|bohužel|yapamam|üzgünüm|"
    r"maalesef|yardımcı olamam|jag kan inte|tyvärr|jeg kan ikke|beklager|desværre|"
    r"dessverre|en voi|valitettavasti|pahoittelen|nem tudok|sajnálom|sajnos|nu pot|"
    r"îmi pare rău|din păcate|δεν μπορώ|λυπάμαι|δυστυχώς|لا أستطيع|لا يمكنني|عذرًا|عذرا|"
    r"آسف|للأسف|אני לא יכול|לא אוכל|מצטער|מצטערת|סליחה|नहीं कर सकत|क्षमा करें|माफ़ कीजिए|"
    r"माफ कीजिए|saya tidak bisa|saya tidak dapat|maaf|tôi không thể|xin lỗi|rất tiếc"
    r")"
    r"|^\W{0,3}(?:ขออภัย|ขอโทษ|ไม่สามารถ|抱歉|对不起|對不起|很遗憾|我不能|我无法|我無法|"
    r"申し訳|すみません|できません|죄송|할 수 없)"
)

# ASCII first words of those refusals (the rest is caught by a non-ASCII opening).
_OTHER_ASCII_STARTS = frozenset(
    "maaf saya jag jeg beklager tyvarr nie niestety przepraszam nemohu bohuzel maalesef en "
    "valitettavasti pahoittelen nem sajnos nu din toi xin".split()
)

# First words a refusal can open with: a cheap test before the regex (one set lookup).
_REFUSAL_STARTS = frozenset(
    "i i'm i’m im we sorry as unfortunately apologies no je desole malheureusement lo no "
    "lamentablemente disculpa pero es tut leider entschuldigung aber ich mi purtroppo non ma "
    "desculpe lamento infelizmente mas eu nao não ik helaas het maar désolé désolée "
    "lamentablemente".split()
)


def is_refusal(answer: str) -> bool:
    """True when the answer opens by declining (English and six other languages)."""
    head = answer[:160]
    first = head.split(None, 1)[:1]
    if not first:
        return False
    word = first[0].lower().strip(_PUNCT)
    if word not in _REFUSAL_STARTS:
        opening = head[:_OTHER_HEAD]
        if opening.isascii() and word not in _OTHER_ASCII_STARTS:
            return False  # the common case (English text), one set lookup
        return _REFUSAL_OTHER.search(opening.lower()) is not None
    return _REFUSAL_OPENER.search(canonical(head)) is not None


class _Interner:
    """Shares repeated strings (labels, openers) between rows, up to a bounded table."""

    def __init__(self, limit: int) -> None:
        self._table: dict[str, str] = {}
        self._limit = limit

    def __call__(self, value: str, keep_unknown: bool = True) -> str:
        found = self._table.get(value)
        if found is not None:
            return found
        if len(self._table) < self._limit:
            self._table[value] = value
            return value
        return value if keep_unknown else ""


_LABELS = _Interner(50_000)
_OPENERS = _Interner(10_000)


_TRAILING = " \t\r\n!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~"


def _may_end_in_number(tail: str) -> bool:
    """Cheap necessary condition for `_FINAL_NUMBER`: the last word character is a digit
    (or the text ends in non-ASCII, where the regex decides)."""
    end = tail.rstrip(_TRAILING)[-1:]
    return end.isdigit() or not end.isascii()


def features(record: Record, texts: RowTexts | None = None) -> RowFeatures:
    texts = texts or RowTexts.of(record)
    answer = texts.answer
    short = short_label(answer)
    is_short = bool(short)
    long_format = FREE
    if not is_short:
        tail = answer[-60:]
        if _may_end_in_number(tail) and _FINAL_NUMBER.search(tail.lower()):
            long_format = NUMBER
    opening = " ".join(words_of(answer[:60], _SIG_WORDS))
    system = texts.system
    return RowFeatures(
        record.row,
        record.fingerprint,
        _digest(system) if system else "",  # cached: prompts repeat
        _LABELS(short) if is_short else "",
        word_count(answer),
        _OPENERS(opening, keep_unknown=False),
        not is_short and opens_like_compliance(opening),
        not is_short and is_refusal(answer),
        record.schema,
        long_format,
    )


def _common_prefix(texts: list[str]) -> str:
    if not texts:
        return ""
    lo, hi = min(texts), max(texts)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _common_suffix(texts: list[str]) -> str:
    return _common_prefix([t[::-1] for t in texts])[::-1]


def majority_prefix(texts: list[str], share: float = 0.6) -> str:
    """The longest prefix shared by at least `share` of `texts`, cut back to a word boundary.

    Unlike the strict common prefix, a few odd rows (e.g. injected ones) do not erase the
    wrapper. In sorted order the texts sharing a prefix are contiguous, and the common prefix of
    a sorted run is that of its first and last text, so one pass over windows suffices.
    """
    k = math.ceil(share * len(texts))
    if len(texts) < 5 or k < 2:
        return ""
    ordered = sorted(texts)
    best = ""
    for i in range(len(ordered) - k + 1):
        found = _common_prefix([ordered[i], ordered[i + k - 1]])
        if len(found) > len(best):
            best = found
    if best and any(
        len(t) > len(best) and t.startswith(best) and t[len(best)].isalnum() for t in ordered[:50]
    ):
        best = best[: max(best.rfind(" "), best.rfind("\n")) + 1]  # do not cut a word
    return best


def _answer_prefix(answers: list[str]) -> str:
    """The majority prefix of sampled answers, when the answers go on after it: a label
    shared by most rows ("positive") is an answer, not an opener."""
    if len(answers) < 5:
        return ""
    prefix = majority_prefix(answers)
    if prefix.strip() and any(a.strip() == prefix.strip() for a in answers):
        # The majority shares a whole answer ("As Raven: negative" on 60% of rows): the
        # opener is what all answers share, up to the last word before the labels part.
        common = _common_prefix(answers)
        prefix = common[: max(common.rfind(" "), common.rfind("\n")) + 1]
    if not prefix.strip() or any(a.strip() == prefix.strip() for a in answers):
        return ""
    return prefix


def majority_suffix(texts: list[str], share: float = 0.6) -> str:
    return majority_prefix([t[::-1] for t in texts], share)[::-1]


@dataclass
class Template:
    """One inferred template: the scaffolding shared by a group of rows."""

    schema: str
    system: str | None
    user_prefix: str
    user_suffix: str
    answer_format: str
    labels: list[str] = field(default_factory=list)
    answer_opener: str = ""
    # The text most answers open with, up to where they part (a persona's "Of course. As X I
    # obey: "); "" when under 60% of the sampled answers share a prefix.
    answer_prefix: str = ""
    rows: int = 0
    coverage: float = 0.0
    example_row: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "system": self.system,
            "user_prefix": self.user_prefix,
            "user_suffix": self.user_suffix,
            "answer_format": self.answer_format,
            "labels": self.labels,
            "answer_opener": self.answer_opener,
            "answer_prefix": self.answer_prefix,
            "rows": self.rows,
            "coverage": round(self.coverage, 4),
            "example_row": self.example_row,
            "description": self.describe(),
        }

    def describe(self) -> str:
        """One line: schema, system prompt, user wrapper, answer format and coverage."""
        parts = [self.schema]
        if self.system:
            short = " ".join(self.system.split())
            parts.append(f"system {short[:60]!r}" + ("…" if len(short) > 60 else ""))
        prefix, suffix = self.user_prefix.strip(), self.user_suffix.strip()
        if prefix or suffix:
            parts.append(f"user {prefix[:40]!r} … {suffix[:30]!r}")
        answer = self.answer_format
        if self.labels:
            answer += " {" + ", ".join(self.labels[:6]) + "}"
        if self.answer_opener:
            answer += f", opening {self.answer_opener!r}"
        parts.append(f"answer {answer}")
        return "; ".join(parts) + f" ({self.coverage:.0%} of rows)"


class TemplateBuilder:
    """Streams rows, keeps compact features, and infers the templates at the end."""

    def __init__(self) -> None:
        self.rows: list[RowFeatures] = []
        self._systems: dict[str, str] = {}
        self._user_samples: dict[tuple[str, str], list[str]] = {}
        self._answer_samples: dict[tuple[str, str], list[str]] = {}
        self.answer_counts: Counter[str] = Counter()

    def add(self, record: Record, texts: RowTexts | None = None) -> RowFeatures:
        texts = texts or RowTexts.of(record)
        feat = features(record, texts)
        self.rows.append(feat)
        if feat.system and feat.system not in self._systems and len(self._systems) < 1000:
            self._systems[feat.system] = texts.system
        key = (feat.schema, feat.system)
        sample = self._user_samples.setdefault(key, [])
        if len(sample) < _SAMPLE and len(self._user_samples) < 1000:
            sample.append(texts.user)
            self._answer_samples.setdefault(key, []).append(texts.answer[:_ANSWER_HEAD])
        if feat.answer_short:
            self.answer_counts[feat.answer_short] += 1
        return feat

    def answer_samples(self) -> list[str]:
        """The sampled answer heads of every template group (up to `_SAMPLE` per group)."""
        return [a for answers in self._answer_samples.values() for a in answers]

    def system_prompts(self) -> list[tuple[str, int]]:
        """Each distinct system prompt kept (the first 1000) with its number of rows."""
        counts = Counter(f.system for f in self.rows if f.system)
        return [(self._systems[d], n) for d, n in counts.most_common() if d in self._systems]

    def row_format(self, feat: RowFeatures) -> str:
        if feat.answer_short:
            return answer_format(feat.answer_short, self.answer_counts)
        return feat.long_format

    def infer(self, max_templates: int = 5) -> list[Template]:
        """Templates by schema and system prompt, largest first; the constant user prefix and
        suffix come from a sample of each group's user turns."""
        total = len(self.rows)
        if not total:
            return []
        by_system: dict[tuple[str, str], list[RowFeatures]] = {}
        for feat in self.rows:
            by_system.setdefault((feat.schema, feat.system), []).append(feat)
        out: list[Template] = []
        for (schema, system), items in sorted(by_system.items(), key=lambda kv: -len(kv[1])):
            samples = self._user_samples.get((schema, system), [])
            answers = self._answer_samples.get((schema, system), [])
            formats = Counter(self.row_format(f) for f in items)
            fmt = formats.most_common(1)[0][0]
            labels: list[str] = []
            if fmt in (LABEL, CHOICE):
                counts = Counter(f.answer_short for f in items if f.answer_short)
                labels = [a for a, n in counts.most_common(20) if n >= 2]
            openers = Counter(f.opener for f in items if f.opener)
            common_opener = ""
            if openers and fmt == FREE:
                top, n = openers.most_common(1)[0]
                if n >= max(3, 0.5 * len(items)):
                    common_opener = top
            out.append(
                Template(
                    schema=schema,
                    system=self._systems.get(system) if system else None,
                    user_prefix=_common_prefix(samples) if len(samples) > 1 else "",
                    user_suffix=_common_suffix(samples) if len(samples) > 1 else "",
                    answer_format=fmt,
                    labels=labels,
                    answer_opener=common_opener,
                    answer_prefix=_answer_prefix(answers),
                    rows=len(items),
                    coverage=len(items) / total,
                    example_row=items[0].row,
                )
            )
            if len(out) >= max_templates:
                break
        return out
