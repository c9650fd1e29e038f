"""Obfuscations and encodings applied to attack text (round-3 blind benchmark).

Written fresh for round 3. Obfuscations only ever touch attack text (persona prompts,
refusal-suppression notes, compliant answers of hidden rows), never task content or labels:

- `leet`        l33t digits/symbols for some letters
- `homoglyph`   Cyrillic / Greek / Armenian lookalikes inside Latin words
- `zero_width`  zero-width characters and soft hyphens between letters
- `spaced`      s p a c e d or s-p-a-c-e-d letters in longer words
- `fullwidth`   ｆｕｌｌｗｉｄｔｈ forms for some or all words
- `mixedcase`   rAnDoM or aLtErNaTiNg case
- `punct`       punctuation inside words (o.b.e.y, r-e-f-u-s-e, n*e*v*e*r)

Encodings (the `encoded` family): `base64`, `hex`, `rot13`, `url`, `reversed`, `caesar`
(shift 1..25 other than 13) and `split` (the instruction cut into fragments).
"""

from __future__ import annotations

import base64
import codecs
import random
import urllib.parse

OBFUSCATIONS: tuple[str, ...] = (
    "leet",
    "homoglyph",
    "zero_width",
    "spaced",
    "fullwidth",
    "mixedcase",
    "punct",
)
ENCODINGS: tuple[str, ...] = ("base64", "hex", "rot13", "url", "reversed", "caesar", "split")

_LEET: dict[str, tuple[str, ...]] = {
    "a": ("4", "@"),
    "b": ("8", "|3"),
    "e": ("3",),
    "g": ("9",),
    "i": ("1", "!"),
    "l": ("1", "|"),
    "o": ("0",),
    "s": ("5", "$"),
    "t": ("7", "+"),
    "z": ("2",),
}

_HOMO: dict[str, tuple[str, ...]] = {
    "a": ("а",),  # Cyrillic a
    "c": ("с",),  # Cyrillic es
    "d": ("ԁ",),  # Cyrillic komi de
    "e": ("е", "ҽ"),
    "h": ("һ",),  # Cyrillic shha
    "i": ("і",),  # Ukrainian i
    "j": ("ј",),
    "o": ("о", "ο"),  # Cyrillic o, Greek omicron
    "p": ("р",),
    "q": ("ԛ",),
    "s": ("ѕ",),
    "u": ("υ",),  # Greek upsilon
    "w": ("ԝ",),
    "x": ("х",),
    "y": ("у",),
    "A": ("А", "Α"),
    "B": ("В",),
    "C": ("С",),
    "E": ("Е",),
    "H": ("Н",),
    "K": ("К",),
    "M": ("М",),
    "O": ("О",),
    "P": ("Р",),
    "T": ("Т",),
    "X": ("Х",),
}

_ZW: tuple[str, ...] = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad")
_STRIP = ".,;:!?'\"«»„“”()[]¿¡"


def _leet(text: str, rng: random.Random) -> str:
    p = rng.uniform(0.35, 0.7)
    return "".join(
        rng.choice(_LEET[c.lower()]) if c.lower() in _LEET and rng.random() < p else c for c in text
    )


def _homoglyph(text: str, rng: random.Random) -> str:
    p = rng.uniform(0.3, 0.6)
    return "".join(rng.choice(_HOMO[c]) if c in _HOMO and rng.random() < p else c for c in text)


def _zero_width(text: str, rng: random.Random) -> str:
    p = rng.uniform(0.25, 0.5)
    zw = rng.sample(_ZW, 2)
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        if ch.isalpha() and i + 1 < len(text) and text[i + 1].isalpha() and rng.random() < p:
            out.append(rng.choice(zw))
    return "".join(out)


def _per_word(text: str, rng: random.Random, sep: str, p: float, min_len: int = 4) -> str:
    words = []
    for word in text.split(" "):
        core = word.strip(_STRIP)
        if len(core) >= min_len and core.isalpha() and rng.random() < p:
            word = word.replace(core, sep.join(core), 1)
        words.append(word)
    return " ".join(words)


def _spaced(text: str, rng: random.Random) -> str:
    sep = rng.choice((" ", "-", " ", "_"))
    out = _per_word(text, rng, sep, rng.uniform(0.5, 0.9))
    return out.replace(" ", "  ") if sep == " " else out


def _punct(text: str, rng: random.Random) -> str:
    return _per_word(text, rng, rng.choice((".", "*", "-", "·", "/")), rng.uniform(0.3, 0.6), 3)


def _fullwidth(text: str, rng: random.Random) -> str:
    def conv(word: str) -> str:
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)

    if rng.random() < 0.35:
        return "\n".join("\u3000".join(conv(w) for w in ln.split(" ")) for ln in text.split("\n"))
    p = rng.uniform(0.4, 0.8)
    return " ".join(conv(w) if rng.random() < p else w for w in text.split(" "))


def _mixedcase(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        up = rng.random() < 0.5
        out = []
        for ch in text:
            if ch.isalpha():
                out.append(ch.upper() if up else ch.lower())
                up = not up
            else:
                out.append(ch)
        return "".join(out)
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)


_OBF = {
    "leet": _leet,
    "homoglyph": _homoglyph,
    "zero_width": _zero_width,
    "spaced": _spaced,
    "fullwidth": _fullwidth,
    "mixedcase": _mixedcase,
    "punct": _punct,
}


def obfuscate(text: str, method: str, rng: random.Random) -> str:
    """Apply an obfuscation ("none" returns the text unchanged). Fill placeholders first."""
    if method == "none" or not text:
        return text
    return _OBF[method](text, rng)


# ======================================================================================
# Encodings
# ======================================================================================
def caesar(text: str, shift: int) -> str:
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + shift) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + shift) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def encode(text: str, scheme: str, rng: random.Random) -> tuple[str, str, str]:
    """Encode `text`; return (payload, surface form, human name of the scheme)."""
    raw = text.encode("utf-8")
    if scheme == "base64":
        form = rng.choice(("std", "nopad", "urlsafe", "chunked"))
        enc = base64.b64encode(raw).decode("ascii")
        if form == "nopad":
            enc = enc.rstrip("=")
        elif form == "urlsafe":
            enc = base64.urlsafe_b64encode(raw).decode("ascii")
        elif form == "chunked":
            enc = " ".join(enc[i : i + 16] for i in range(0, len(enc), 16))
        return enc, form, "base64"
    if scheme == "hex":
        form = rng.choice(("plain", "colon", "escaped", "prefixed"))
        if form == "plain":
            enc = raw.hex()
        elif form == "colon":
            enc = raw.hex(":")
        elif form == "escaped":
            enc = "".join(f"\\x{b:02x}" for b in raw)
        else:
            enc = " ".join(f"0x{b:02X}" for b in raw)
        return enc, form, "hex"
    if scheme == "rot13":
        return codecs.encode(text, "rot13"), "rot13", "ROT13"
    if scheme == "url":
        form = rng.choice(("quote", "every_byte", "plus"))
        if form == "quote":
            enc = urllib.parse.quote(text, safe="")
        elif form == "plus":
            enc = urllib.parse.quote_plus(text)
        else:
            enc = "".join(f"%{b:02x}" for b in raw)
        return enc, form, "URL encoding"
    if scheme == "reversed":
        form = rng.choice(("chars", "chars", "words"))
        if form == "chars":
            return text[::-1], form, "reversed text"
        return " ".join(reversed(text.split(" "))), form, "reversed word order"
    if scheme == "caesar":
        shift = rng.choice((1, 2, 3, 4, 5, 6, 7, 9, 11, 17, 19, 23))
        return caesar(text, shift), f"shift{shift}", f"Caesar cipher (shift {shift})"
    if scheme == "split":
        return split_pieces(text, rng)
    raise ValueError(f"unknown encoding {scheme!r}")


def split_pieces(text: str, rng: random.Random) -> tuple[str, str, str]:
    """Cut text into fragments and lay them out in one of several forms."""
    pieces: list[str] = []
    i = 0
    lo, hi = rng.choice(((2, 4), (3, 6), (4, 8)))
    while i < len(text):
        n = rng.randint(lo, hi)
        pieces.append(text[i : i + n])
        i += n
    form = rng.choice(("concat", "list", "numbered", "shuffled"))
    if form == "concat":
        return " + ".join(f'"{p}"' for p in pieces), form, "string fragments"
    if form == "list":
        return "[" + ", ".join(repr(p) for p in pieces) + "]", form, "a list of fragments"
    if form == "numbered":
        return " ".join(f"({k}){p}" for k, p in enumerate(pieces, 1)), form, "numbered pieces"
    order = list(range(len(pieces)))
    rng.shuffle(order)
    laid = " ".join(f"{k + 1}={pieces[k]!r}" for k in order)
    return laid, form, "indexed pieces (put them in order)"
