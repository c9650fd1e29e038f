"""Text normalisation applied before any rule matches.

Attackers dodge keyword filters with look-alike letters, invisible characters, accents,
leetspeak and s p a c e d letters. Every rule therefore matches a canonical view: NFKC,
case-folded, diacritics dropped, zero-width characters removed, common Cyrillic/Greek
homoglyphs folded to Latin, whitespace collapsed. A second "deobfuscated" view also undoes
leetspeak and spaced or dotted letters; rules see both. ASCII text, the common case, takes a
fast path.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
import urllib.parse
from collections import Counter

# Invisible characters used to split keywords: zero-width space/joiners, word joiner,
# soft hyphen, BOM, bidi marks and the Mongolian vowel separator.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u034f",
    )
)

# Cyrillic, Greek and other letters that render like Latin ones (lower case, after casefold).
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "с": "c",
        "ԁ": "d",
        "е": "e",
        "ё": "e",
        "һ": "h",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "к": "k",
        "ӏ": "l",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "ԛ": "q",
        "ѕ": "s",
        "т": "t",
        "у": "y",
        "х": "x",
        "ԝ": "w",
        "ь": "b",
        "п": "n",
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ω": "w",
        "ς": "c",
        "σ": "o",
        "μ": "u",
        "ɑ": "a",
        "ɡ": "g",
        "ɩ": "i",
        "ɪ": "i",
        "ʀ": "r",
        "ꞵ": "b",
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
    }
)

# Typographic quotes and dashes, unified before matching.
_PUNCT = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)

# Capitals whose look differs from their lower-case form (Greek Υ looks like Y, υ like u).
_HOMOGLYPHS_UPPER = str.maketrans(
    {
        "Α": "a",
        "Β": "b",
        "Ε": "e",
        "Ζ": "z",
        "Η": "h",
        "Ι": "i",
        "Κ": "k",
        "Μ": "m",
        "Ν": "n",
        "Ο": "o",
        "Ρ": "p",
        "Τ": "t",
        "Υ": "y",
        "Χ": "x",
        "А": "a",
        "В": "b",
        "Е": "e",
        "К": "k",
        "М": "m",
        "Н": "h",
        "О": "o",
        "Р": "p",
        "С": "c",
        "Т": "t",
        "У": "y",
        "Х": "x",
        "Ѕ": "s",
        "І": "i",
        "Ј": "j",
    }
)

# Leetspeak digits and symbols, applied only inside words that also contain letters.
_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "9": "g",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
        "+": "t",
        "€": "e",
    }
)
_LEET_WORD = re.compile(r"[a-z0-9@$!|+€]*[a-z][a-z0-9@$!|+€]*")
_LEET_HINT = re.compile(r"[a-z][0-9@$€]|[0-9@$€][a-z]")
# Runs of single letters split by a space, dot, dash, underscore or asterisk: "o b e y".
_SPACED = re.compile(r"(?<![a-z])(?:[a-z][ .\-_*·]){2,}[a-z](?![a-z])")
_SPLIT = re.compile(r"[ .\-_*·]")
_WS = re.compile(r"\s+")


_HOMOGLYPH_CHARS = frozenset(chr(c) for c in _HOMOGLYPHS)
_WORD = re.compile(r"\w+")
# An apostrophe not between two letters or digits. Written to start with the literal so the
# regex engine jumps from apostrophe to apostrophe (ten times faster than a leading look-behind).
_QUOTE_APOSTROPHE = re.compile(r"'(?:(?![a-z0-9])|(?<![a-z0-9]'))")


def visible(text: str) -> str:
    """`text` without its invisible characters: zero-width marks scattered at random
    through a repeated line make every copy unique, and must not."""
    return text if text.isascii() else text.translate(_INVISIBLE)


def _fold_word(match: re.Match[str]) -> str:
    """Fold look-alike letters in a word that mixes scripts or is made only of look-alikes.

    A real Cyrillic or Greek word keeps its letters (so rules in those languages still
    match); "оbеу" written with Cyrillic о, е, у becomes "obey".
    """
    word = match.group(0)
    odd = [c for c in word if not c.isascii()]
    if not odd or not any(c in _HOMOGLYPH_CHARS for c in odd):
        return word
    if len(odd) < len(word) or all(c in _HOMOGLYPH_CHARS for c in odd):
        return word.translate(_HOMOGLYPHS)
    return word


def _apostrophes(text: str) -> str:
    """Apostrophes used as quotes become '"'; inside words ("don't") they become a space."""
    if "'" not in text:
        return text
    return _QUOTE_APOSTROPHE.sub('"', text).replace("'", " ")


# Conjoining Hangul jamo: NFD splits every Korean syllable into them.
_JAMO = re.compile("[\u1100-\u11ff]")


def _strip_marks(text: str) -> str:
    """Accents and other combining marks removed. Korean syllables, which NFD splits into
    jamo, are put back together, so evidence and label words stay readable."""
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    if _JAMO.search(text):
        text = unicodedata.normalize("NFC", text)
    return text


def fold(text: str) -> str:
    """Everything `canonical` does except collapsing whitespace."""
    if text.isascii():
        return _apostrophes(text.lower())
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_HOMOGLYPHS_UPPER)
    text = text.casefold().translate(_PUNCT)
    text = _WORD.sub(_fold_word, text)
    return _apostrophes(_strip_marks(text))


def _collapse(text: str) -> str:
    if "  " in text or "\n" in text or "\t" in text or "\r" in text or not text.isascii():
        text = _WS.sub(" ", text)
    return text.strip()


def fold_keeping_scripts(text: str) -> str:
    """`canonical` without the homoglyph mapping: every letter keeps its script.

    Lexicons of words in many scripts need it: the canonical view turns the Russian "не"
    into the Latin "he", which would then match English text.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
        text = text.casefold().translate(_PUNCT)
        text = _strip_marks(text)
    else:
        text = text.lower()
    return _collapse(_apostrophes(text))


def canonical(text: str) -> str:
    """The view every rule matches: folded, invisible-free, accent-free, single-spaced.

    Apostrophes inside words become spaces ("don't" -> "don t") so patterns need one
    spelling; apostrophes used as quotation marks become '"'.
    """
    return _collapse(fold(text))


def _shape_table() -> bytes:
    table = bytearray(b"#" * 256)
    for c in range(ord("a"), ord("z") + 1):
        table[c] = ord("a")
    for c in b"0123456789@$":
        table[c] = ord("0")
    for c in b" .-_*":
        table[c] = ord(" ")
    return bytes(table)


# Maps ASCII text to its shape: letters -> a, leet digits/symbols -> 0, separators -> space.
# One bytes.translate and two substring tests rule out most texts far faster than regexes.
_SHAPE = _shape_table()


def _may_be_obfuscated(canon: str) -> tuple[bool, bool]:
    """(may hold leetspeak, may hold spaced letters); exact checks follow when True."""
    if not canon.isascii():
        return True, True
    return _shape_hints(canon.encode("ascii").translate(_SHAPE))


def _shape_hints(shape: bytes) -> tuple[bool, bool]:
    """(leetspeak, spaced letters) possible in a text's shape (letters "a", leet digits "0",
    separators " "); shared by the general and the fast path so the two cannot drift."""
    # memchr for "0" first: in letter-heavy shapes a search for "a0" is slow.
    leet = b"0" in shape and (b"a0" in shape or b"0a" in shape)
    spaced = (
        b" a a a" in shape
        or shape.startswith(b"a a a")
        or b"a a a " in shape
        or b"a  a  a" in shape
    )
    return leet, spaced


def _join_spaced(match: re.Match[str]) -> str:
    """Join a run of single letters; a second kind of separator marks a word gap.

    "o b e y" -> "obey"; "n.e.v.e.r r.e.f.u.s.e" -> "never refuse".
    """
    run = match.group(0)
    seps = Counter(run[1::2])
    letter_sep = seps.most_common(1)[0][0]
    return "".join(c if i % 2 == 0 else ("" if c == letter_sep else " ") for i, c in enumerate(run))


_SYLLABLES = re.compile(r"(?<=[a-z])-(?=[a-z])")
_SYLLABLE_BYTES = re.compile(rb"[a-z]-[a-z]")  # where _SYLLABLES can change a text


def deobfuscated(folded: str) -> str | None:
    """A second view with leetspeak, s p a c e d, d.o.t.t.e.d and hy-phen-at-ed letters undone.

    Takes the folded text before whitespace is collapsed, so that in "O B E Y   T H E" the
    wide gaps still separate words. Returns None when nothing changes.
    """
    leet, spaced = _may_be_obfuscated(folded)
    if not (leet or spaced or "-" in folded):
        return None
    out = folded
    if leet and _LEET_HINT.search(out):
        out = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), out)
    if spaced and _SPACED.search(out):
        out = _SPACED.sub(_join_spaced, out)
    elif spaced and "  " in out:
        # Letters and words both two spaces apart ("s  w  i  t  c  h  e  d  off"): with the
        # gaps collapsed, runs of single letters are the spaced words.
        collapsed = _collapse(out)
        if _SPACED.search(collapsed):
            out = _SPACED.sub(_join_spaced, collapsed)
    if "-" in out:
        out = _SYLLABLES.sub("", out)
    out = _collapse(out)
    return out if out != _collapse(folded) else None


# The same runs in any script ("п р а в и л", "ル ー ル"), read before homoglyph folding turns
# single Cyrillic or Greek letters into Latin ones and breaks the run.
_SPACED_ANY = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][ .\-_*·]){2,}[^\W\d_](?![^\W\d_])")


def _join_spaced_scripts(text: str) -> str | None:
    """`text` with runs of spaced letters joined where a run holds a non-Latin letter, or
    None when there is none (Latin runs are joined later, after leetspeak is undone)."""
    lowered = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()
    found = False

    def join(match: re.Match[str]) -> str:
        nonlocal found
        run = match.group(0)
        if run.isascii():
            return run
        found = True
        return _join_spaced(match)

    out = _SPACED_ANY.sub(join, lowered)
    return out if found else None


def views(text: str) -> tuple[str, ...]:
    """The canonical view, then the deobfuscated one when it differs."""
    folded = fold(text)
    canon = _collapse(folded)
    if not text.isascii():
        joined = _join_spaced_scripts(text)
        if joined is not None:
            folded_joined = fold(joined)
            alt = deobfuscated(folded_joined) or _collapse(folded_joined)
            return (canon,) if alt == canon else (canon, alt)
    plain_alt = deobfuscated(folded)
    return (canon,) if plain_alt is None else (canon, plain_alt)


def excerpt(text: str, start: int, end: int, width: int = 60) -> str:
    """A short, single-line piece of `text` around [start, end) for a finding's evidence."""
    lo = max(0, start - width // 2)
    hi = min(len(text), end + width // 2)
    piece = _WS.sub(" ", text[lo:hi]).strip()
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")


# -- encoded payloads ------------------------------------------------------------------------

_LONG_TOKEN = re.compile(r"[^\s\"'`]{24,}")


def _token_shape_table() -> bytes:
    table = bytearray(b"x" * 256)
    for c in b" \t\n\r\x0b\x0c\"'`":
        table[c] = ord(" ")
    return bytes(table)


# Bytes -> "x" for token characters, " " for separators: one translate and one substring
# search tell whether any token is long enough to be an encoded payload (a regex search is
# ten times slower on prose, where the answer is almost always no).
_TOKEN_SHAPE = _token_shape_table()
_LONG_SHAPE = b"x" * 24


def _has_long_token(text: str) -> bool:
    """True when `text` may hold a run of 24+ non-separator characters (bytes over-count)."""
    return _LONG_SHAPE in text.encode("utf-8", "surrogatepass").translate(_TOKEN_SHAPE)


_B64 = re.compile(r"(?:[A-Za-z0-9+/_-]{4}){5,}(?:[A-Za-z0-9+/_-]{2,3}={0,2})?")
_HEX = re.compile(r"(?:(?:\\x|0x)?[0-9a-fA-F]{2}[ :,]?){16,}")
_HEX_NOISE = re.compile(r"\\x|0x|[ :,]")
_SPACED_HEX = re.compile(r"(?:[0-9a-fA-F]{2}[ :,]){8}")
_URL = re.compile(r"(?:%[0-9a-fA-F]{2}|[A-Za-z0-9._~+!*()-]){12,}")
_CHUNKS = re.compile(r"[^\n:]+")
# Frequent short words of the languages the rules cover: plain text is full of them, rot13
# or reversed text is not, and decoding it brings them back.
_COMMON_EN = frozenset(
    "the and you your to of a in is are be for that this with not no never all any do obey "
    "user i it on as me my will must should can how what "
    "le la les de des et est pas vous tu une un du que qui ne jamais tout toujours "
    "el los las y es por para con lo una nunca siempre todo usted "
    "der die das und ist nicht du sie ein eine zu mit immer nie alle jede "
    "il di che non sei per una mai sempre ogni tutto gli "
    "os as um uma voce nao do da em sempre nunca todos "
    "het een en niet je jij altijd nooit alle van "
    "every always aucun aucune rien ningun ninguna nada keine kein nichts einfach auch sich "
    "nessun nessuna niente nenhum nenhuma geen niets nie się na w z".split()
) | frozenset(
    # Other scripts and more Latin ones: frequent words that a reversed line loses.
    _strip_marks(w)
    for w in (
        "i do bez że jest to od za po a v se je ze pro jak ve ile ya bir bu için ile her "
        "и в не на я что с по все без это как к от для или его ты вы і що з це до "
        "και το να σε η ο του της τα για με δεν θα από ή κάθε "
        "और का की के है में को से न हो हर यह कि पर भी नहीं बिना "
        "في من على أن لا و ما هذا كل إلى عن مع "
        "של את על לא זה אם כל עם גם או "
        "và của là có không các cho với một những được"
    ).split()
)


def _shift_table(shift: int) -> dict[int, int]:
    """A str.translate table shifting letters `shift` places (13 is rot13)."""
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    return str.maketrans(
        lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift]
    )


_ROT13 = _shift_table(13)


def _printable(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    good = sum(c.isprintable() or c in "\n\t" for c in text)
    # Vowel signs of Indic and Thai scripts are marks, not letters, but belong to the word.
    letters = sum(c.isalpha() or (not c.isascii() and _is_mark(c)) for c in text)
    if good < 0.95 * len(text) or letters < 0.5 * len(text):
        return None
    if " " not in text.strip() and _spaceless_letters(text) < 0.5 * letters:
        return None  # one long "word": random bytes, unless the script writes no spaces
    return text


def _is_mark(c: str) -> bool:
    return unicodedata.category(c).startswith("M")


def _spaceless_letters(text: str) -> int:
    """Letters of scripts written without spaces (CJK, kana, Hangul, Thai, Lao, Khmer)."""
    return sum(
        1
        for c in text
        if "\u0e00" <= c <= "\u0eff"
        or "\u1780" <= c <= "\u17ff"
        or "\u3040" <= c <= "\u30ff"
        or "\u3400" <= c <= "\u9fff"
        or "\uac00" <= c <= "\ud7af"
        or "\uf900" <= c <= "\ufaff"
    )


_SHARE_PUNCT = str.maketrans(dict.fromkeys(".,:;!?", " "))


def _first_words(text: str) -> list[str]:
    """The first 40 lower-cased words of `text`, punctuation split off: what a share reads."""
    # A prefix holding 41+ words has the same first 40 words (the 41st proves the 40th whole).
    words = text[:600].lower().translate(_SHARE_PUNCT).split()
    return (words if len(words) > 40 else text.lower().translate(_SHARE_PUNCT).split())[:40]


def _share_of(words: list[str]) -> float:
    return sum(map(_COMMON_EN.__contains__, words)) / max(1, len(words))


def _common_share(text: str) -> float:
    """Share of the first 40 words that are frequent short words of a covered language
    (accents dropped, as the word list writes them)."""
    if not text.isascii():
        text = _strip_marks(text[:600])
    return _share_of(_first_words(text))


def reads_as_text(text: str) -> bool:
    """Whether a decoded payload reads as language rather than cipher text: frequent words
    of a covered language, or mostly letters outside the Latin alphabet (their frequent
    words are not counted)."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(not c.isascii() for c in letters) >= 0.5 * len(letters):
        return True
    return _common_share(text) >= 0.15


def decoded_payloads(text: str) -> list[tuple[str, str]]:
    """(kind, decoded text) for base64, hex and rot13 payloads hidden in `text`.

    Encoding is a classic way past keyword filters; decoded payloads are matched like any
    other text. Only decodings that give readable text with spaces are kept.
    """
    out: list[tuple[str, str]] = []
    long_token = len(text) >= 24 and _has_long_token(text) and _LONG_TOKEN.search(text)
    if long_token:
        for m in _B64.finditer(text):
            decoded = _base64_text(m.group(0))
            if decoded:
                out.append(("base64", decoded))
        if not out:
            # A base64 string written backwards ("==gLzdm..."), a second layer of disguise.
            for m in _LONG_TOKEN.finditer(text):
                for b in _B64.finditer(m.group(0)[::-1]):
                    decoded = _base64_text(b.group(0))
                    if decoded:
                        out.append(("base64", decoded))
    if long_token or (len(text) >= 47 and _SPACED_HEX.search(text)):
        for m in _HEX.finditer(text):
            try:
                decoded = _printable(bytes.fromhex(_HEX_NOISE.sub("", m.group(0))))
            except ValueError:
                decoded = None
            if decoded:
                out.append(("hex", decoded))
    if long_token and not out:
        # Base32 (RFC 4648): upper-case letters and the digits 2-7, padded with "=".
        for m in _B32.finditer(text):
            decoded = _base32_text(m.group(0))
            if decoded:
                out.append(("base32", decoded))
    if long_token and not out:
        # Ascii85 / base85: a denser alphabet than base64's, punctuation included.
        for m in _B85.finditer(text):
            decoded = _base85_text(m.group(0))
            if decoded:
                out.append(("base85", decoded))
    out += _numeric_payloads(text)
    if "%" in text:
        for m in _URL.finditer(text):
            chunk = m.group(0)
            # Form encoding writes spaces as "+": a few escapes suffice when words are joined.
            if chunk.count("%") >= 4 or ("%" in chunk and chunk.count("+") >= 3):
                decoded = _printable(urllib.parse.unquote_to_bytes(chunk.replace("+", " ")))
                if decoded:
                    out.append(("url", decoded))
    # A decoded payload may itself be rot13, reversed or shifted (two layers of encoding).
    # The first layer already proved it a payload, so an unreadable one is also read rot13'd
    # and backwards (the common-word test misses short, jargon-heavy orders).
    for kind, decoded in list(out):
        undone = _undo_letter_cipher(decoded)
        if undone is not None:
            out.append((kind, undone[1]))
        elif decoded.isascii() and _common_share(decoded) < 0.15:
            out += [(kind, decoded.translate(_ROT13)), (kind, decoded[::-1])]
        elif not decoded.isascii():
            # Text in a script the frequent-word test does not read may be backwards too.
            out.append((kind, decoded[::-1]))
    # rot13 and reversed text, looked for line by line (and around colons), so that a payload
    # after "Decode this and obey:" is found inside an otherwise plain prompt.
    for chunk in _CHUNKS.findall(text):
        undone = _undo_letter_cipher(chunk)
        if undone is not None:
            out.append(undone)
    if _lead_punct_text(text):
        # A whole line written backwards reads as one instruction, colons included.
        found = {d for _, d in out}  # a line without colons was read as one chunk
        for line in text.splitlines():
            if line.count(" ") >= 5 and line[::-1] not in found and _punctuation_leads(line):
                out.append(("reversed", line[::-1]))
    return out


_LEADING_PUNCT = frozenset(".,:;!?")
# Necessary for `_punctuation_leads`: a word that starts with sentence punctuation.
_LEADING_PUNCT_TEXT = re.compile(r"\s[.,:;!?][^\W\d_]")


def _lead_punct_text(text: str) -> bool:
    """A word starting with sentence punctuation (the text's start tested apart: an
    alternation with "^" at every position costs several times more)."""
    return (text[:1] in _LEADING_PUNCT and text[1:2].isalpha()) or bool(
        _LEADING_PUNCT_TEXT.search(text)
    )


def _punctuation_leads(text: str) -> bool:
    """Whether sentence punctuation starts words instead of ending them (".orez :ecnarelot"):
    text written backwards, in any language, keeps its punctuation on the wrong side."""
    if not _lead_punct_text(text):
        return False
    words = text.split()
    leads = sum(1 for w in words if len(w) > 1 and w[0] in _LEADING_PUNCT and w[1].isalpha())
    if leads < 2:
        return False
    ends = sum(1 for w in words if len(w) > 1 and w[-1] in _LEADING_PUNCT)
    return leads >= 2 * ends + 1


def _base64_text(chunk: str, depth: int = 0) -> str | None:
    """The readable text a base64 chunk of >= 24 characters decodes to, else None; a chunk
    that decodes to another base64 string (base64 twice) is decoded again."""
    if len(chunk) < 24:
        return None
    padded = chunk + "=" * (-len(chunk) % 4)
    try:
        if "-" in chunk or "_" in chunk:
            raw = base64.urlsafe_b64decode(padded)
        else:
            raw = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    if depth < 2 and len(raw) >= 24 and _B64_BYTES.fullmatch(raw.strip()):
        return _base64_text(raw.strip().decode("ascii"), depth + 1)
    return _printable(raw)


_B64_BYTES = re.compile(rb"[A-Za-z0-9+/_-]+={0,2}")
# Base85 (RFC 1924 and Ascii85) tokens: long runs with no space, wrapped in <~ ~> or not.
_B85 = re.compile(r"[!-~]{25,}")


_B32 = re.compile(r"[A-Z2-7]{24,}={0,6}")


def _base32_text(chunk: str) -> str | None:
    """The readable text a base32 token decodes to, else None."""
    try:
        return _printable(base64.b32decode(chunk + "=" * (-len(chunk) % 8)))
    except (binascii.Error, ValueError):
        return None


def _base85_text(chunk: str) -> str | None:
    """The readable text a base85 token decodes to (either alphabet), else None."""
    for decode in (_a85, base64.b85decode):
        try:
            decoded = _printable(decode(chunk))
        except (ValueError, binascii.Error):
            continue
        if decoded:
            return decoded
    return None


def _a85(chunk: str) -> bytes:
    return base64.a85decode(chunk, adobe=chunk.startswith("<~"))


# Letters written as numbers: 8-bit binary groups, and \uXXXX escapes left as text.
_BINARY = re.compile(r"(?:[01]{8}[ ,]?){8,}")
_UNICODE_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}| ){8,}")
_MORSE = re.compile(r"(?:[.\-·•_−–]{1,7}(?: {1,3}| ?/ ?| ?\| ?)){8,}[.\-·•_−–]{1,7}")
_MORSE_CODE = {
    ".-": "a",
    "-...": "b",
    "-.-.": "c",
    "-..": "d",
    ".": "e",
    "..-.": "f",
    "--.": "g",
    "....": "h",
    "..": "i",
    ".---": "j",
    "-.-": "k",
    ".-..": "l",
    "--": "m",
    "-.": "n",
    "---": "o",
    ".--.": "p",
    "--.-": "q",
    ".-.": "r",
    "...": "s",
    "-": "t",
    "..-": "u",
    "...-": "v",
    ".--": "w",
    "-..-": "x",
    "-.--": "y",
    "--..": "z",
    "-----": "0",
    ".----": "1",
    "..---": "2",
    "...--": "3",
    "....-": "4",
    ".....": "5",
    "-....": "6",
    "--...": "7",
    "---..": "8",
    "----.": "9",
    ".-.-.-": ".",
    "--..--": ",",
    "..--..": "?",
    "-.-.--": "!",
    ".----.": "'",
}
_MORSE_MARKS = str.maketrans({"·": ".", "•": ".", "_": "-", "−": "-", "–": "-"})


def _numeric_payloads(text: str) -> list[tuple[str, str]]:
    """Binary, \\u-escaped and Morse payloads: letters written as digits or marks."""
    out: list[tuple[str, str]] = []
    if "0" in text and "1" in text and ("01" in text or "10" in text):
        for m in _BINARY.finditer(text):
            groups = re.findall(r"[01]{8}", m.group(0))
            decoded = _printable(bytes(int(g, 2) for g in groups))
            if decoded:
                out.append(("binary", decoded))
    if "\\u" in text or "\\x" in text:
        for m in _UNICODE_ESCAPES.finditer(text):
            try:
                raw = m.group(0).encode("ascii").decode("unicode_escape")
            except (UnicodeDecodeError, UnicodeEncodeError):
                continue
            decoded = _printable(raw.encode("utf-8", "replace"))
            if decoded:
                out.append(("unicode-escape", decoded))
    if ".-" in text or "-." in text or "·" in text or "•" in text:
        for m in _MORSE.finditer(text):
            decoded = _morse(m.group(0))
            if decoded:
                out.append(("morse", decoded))
    return out


def _morse(chunk: str) -> str | None:
    """Morse code (letters split by spaces, words by "/", "|" or wide gaps) as text."""
    chunk = chunk.translate(_MORSE_MARKS)
    words = re.split(r" ?[/|] ?| {2,}", chunk.strip())
    letters = [[_MORSE_CODE.get(code) for code in word.split()] for word in words]
    codes = sum(len(word) for word in letters)
    # Codes outside the table (accented letters, rarer punctuation) are tolerated, a few.
    if sum(c is None for word in letters for c in word) > 0.1 * codes:
        return None
    text = " ".join("".join(c or "?" for c in word) for word in letters)
    return text if text.count(" ") >= 2 and reads_as_text(text) else None


def _undo_letter_cipher(chunk: str) -> tuple[str, str] | None:
    """("rot13" | "reversed" | "caesar", plain text) when `chunk` of 4+ words reads as one of
    those ciphers of ordinary text, else None."""
    if chunk.count(" ") < 3:
        return None
    share = _common_share(chunk)
    if share >= 0.15:
        return None
    if sum(1 for word in chunk.split() if any(c.isalpha() for c in word)) < 4:
        return None  # "--- v": marks and a letter, not enciphered words
    # A text of 6+ words that turns from (almost) no frequent words into a fifth of them is
    # enciphered too: accented languages lose some frequent words to the count.
    long = chunk.count(" ") >= 5

    def plain(candidate: str) -> bool:
        after = _common_share(candidate)
        return after >= 0.3 or (long and after >= 0.2 and after >= 2.5 * share)

    flipped = chunk.translate(_ROT13)
    if plain(flipped):
        return ("rot13", flipped)
    backwards = chunk[::-1]
    if plain(backwards):
        return ("reversed", backwards)
    shifted = _caesar(chunk)
    if shifted is not None:
        return ("caesar", shifted)
    if _punctuation_leads(chunk):
        return ("reversed", backwards)
    return None


def _caesar(chunk: str) -> str | None:
    """The chunk shifted back by the Caesar shift (other than 13) that turns it into plain
    text, or None. In natural Latin-script text 'e' or 'a' is nearly always one of the two
    most frequent letters: when neither is, only the (at most four) shifts that turn one of
    the chunk's two most frequent letters into 'e' or 'a' are tried."""
    lowered = chunk.lower()
    counts = sorted(((lowered.count(c), c) for c in "abcdefghijklmnopqrstuvwxyz"), reverse=True)
    top = {c for _, c in counts[:2]}
    if sum(n for n, _ in counts) < 12 or {"e", "a"} & top:
        return None
    shifts = {(ord(target) - ord(c)) % 26 for c in top for target in "ea"} - {0, 13}
    # The share looks at the first 40 words only, and shifting letters commutes with
    # lower-casing and punctuation splitting: shift those words, not the whole chunk.
    words = _first_words(lowered)
    best, best_share = None, 0.3
    for shift in sorted(shifts):
        table = _SHIFTS[shift]
        share = _share_of([w.translate(table) for w in words])
        if share >= best_share:
            best, best_share = table, share
    return None if best is None else chunk.translate(best)


# Decoding shifts: shifting by k undoes an encoding shift of 26 - k (13 is rot13, above).
_SHIFTS = {k: _shift_table(k) for k in range(1, 26) if k != 13}


# -- fast path ---------------------------------------------------------------------------------


def _fast_shape_table() -> bytes:
    table = bytearray(b"#" * 256)
    for c in range(ord("a"), ord("z") + 1):
        table[c] = table[c - 32] = ord("a")
    for c in b"0123456789@$":
        table[c] = ord("0")
    # Everything that becomes a separator in the folded text (apostrophes may) is a space:
    # turning "#" into " " can only add matches to the spaced-letter probes, never remove one.
    for c in b" .-_*'\t\n\r\x0b\x0c":
        table[c] = ord(" ")
    for c in range(0x1C, 0x20):  # whitespace to Python's str methods, not to bytes.split()
        table[c] = ord("!")
    return bytes(table)


_FAST_SHAPE = _fast_shape_table()
# Three binary groups: a necessary condition for `_BINARY` (eight of them).
_BINARY_HINT_PATTERN = r"[01]{8}[ ,]?[01]{8}[ ,]?[01]{8}"
_BINARY_HINT = re.compile(_BINARY_HINT_PATTERN)
_ROT13_BLOCKERS = (b" the ", b" and ", b" to ", b" you ")


# rot13, reversed and other Caesar-shifted forms of frequent words: a plain prompt holding one
# may carry an encoded payload on one of its lines.
_ROT13_OR_REVERSED = frozenset(
    "gur naq lbh lbhe gb vf bs abg arire nyy nyjnlf hfre bornl eht dna uoy ruoy ton reven lla "
    "syawla resu yebo yrf rfg cnf ibhf whznvf sel tse sap suov siamaj dhr ybf ahapn fvrzcer euq "
    "acnun erpmeis haq avpug qvr avr vzzre dnu thcin eid ein remmi pur aba znv fbzcer ehc iam "
    "erpmos anb ibpr oan ecov avrg urg bbvg nygvwq tein teh tioon dijtla xrvar avpugf avrgf "
    "travn".split()
)


def _shifted(words: tuple[str, ...]) -> frozenset[str]:
    """Every Caesar shift of `words`."""
    return frozenset(w.translate(_shift_table(k)) for w in words for k in range(1, 26))


ENCODED_WORDS = _ROT13_OR_REVERSED | _shifted(
    ("the", "and", "you", "never", "und", "nicht", "les", "que", "het", "che")
)
# The same test as a regex over canonical (single-spaced, lower-case) text, for the RE2 set.
_ENCODED_WORDS_HINT = r"(?:^| )(?:" + "|".join(sorted(ENCODED_WORDS)) + r")(?: |$)"

# The plain-path hints as regexes over the canonical bytes, for an RE2 set that checks them
# in the same pass as the rule patterns: hyphens, leetspeak, spaced letters, long tokens and
# the control characters that Python's str methods treat as whitespace.
_SEP = r"[ ._*\-]"
PLAIN_HINTS: tuple[str, ...] = (
    r"[a-z]-[a-z]",
    r"[a-z][0-9@$]|[0-9@$][a-z]",
    rf"{_SEP}[a-z]{_SEP}[a-z]{_SEP}[a-z]|^[a-z]{_SEP}[a-z]{_SEP}[a-z]|[a-z]{_SEP}[a-z]{_SEP}[a-z]{_SEP}",
    r"[^ \t\n\r\x0b\x0c\"'`]{24}",
    r"[\x1c-\x1f]",
    r"%[0-9a-f]{2}",
    r"(?:[0-9a-f]{2}[ :,]){8}",
    _ENCODED_WORDS_HINT,
    _BINARY_HINT_PATTERN,
    r"\.-|-\.",
    r"(?:^| )[.,:;!?][a-z]",
)


def plain_canonical(text: str, check_hints: bool = True) -> bytes | None:
    """The canonical view as UTF-8 bytes when it is the text's only view, else None.

    For ASCII text with no hint of leetspeak, spaced letters, hyphenation, encoded payloads or
    rot13, `views(text)` is `(canonical(text),)` and `decoded_payloads(text)` is empty, and the
    canonical bytes come from a few bytes operations, several times faster than the general
    path. None means "take the general path": the hints are necessary conditions, checked
    loosely, so a None costs time, never a missed match. With `check_hints=False` only the
    rot13 hint is checked here and the caller must rule out `PLAIN_HINTS` on the result.
    """
    if not text.isascii():
        return None
    raw = text.encode("ascii")
    lowered = raw.lower()
    # rot13 / reversed / Caesar lines need >= 3 spaces (see decoded_payloads); a text with
    # fewer (labels, short answers) cannot hold one, whatever its words.
    if raw.count(b" ") >= 3:
        # decoded_payloads reads each line (and each piece between colons) on its own: every
        # piece with >= 3 spaces needs a frequent word, not just the text as a whole.
        if b"\n" in lowered or b":" in lowered:
            pieces = lowered.replace(b":", b"\n").split(b"\n")
        else:
            pieces = [lowered]
        for piece in pieces:
            if piece.count(b" ") >= 3 and not any(
                word in b" " + piece + b" " for word in _ROT13_BLOCKERS
            ):
                return None  # maybe rot13 (decoded_payloads decides)
    if check_hints:
        if b"%" in raw or not ENCODED_WORDS.isdisjoint(text.lower().split()):
            return None  # maybe url-encoded, or a rot13 / shifted / reversed line
        # Sixteen hex pairs of readable text hold at least eight digits.
        digits = len(raw) - len(raw.translate(None, b"0123456789"))
        if digits >= 8 and (_SPACED_HEX.search(text) or _BINARY_HINT.search(text)):
            return None  # maybe spaced hex or binary
        if b".-" in raw or b"-." in raw:
            return None  # maybe Morse code
        if _lead_punct_text(text):
            return None  # maybe a line written backwards (".orez :ecnarelot")
        shape = lowered.translate(_FAST_SHAPE)
        if b"!" in shape or (b"-" in raw and _SYLLABLE_BYTES.search(lowered)):
            return None  # maybe hy-phen-at-ed letters
        leet, spaced = _shape_hints(shape)
        if leet or spaced:
            return None  # maybe leetspeak or s p a c e d letters
        if len(raw) >= 24 and _LONG_SHAPE in raw.translate(_TOKEN_SHAPE):
            return None  # maybe base64 / hex
    if b"'" in lowered:
        lowered = _apostrophes(text.lower()).encode("ascii")
    if b"\n" in lowered or b"  " in lowered or b"\t" in lowered or b"\r" in lowered:
        return b" ".join(lowered.split())
    return lowered.strip()
