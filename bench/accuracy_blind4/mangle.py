"""Obfuscations and encodings of the round-4 blind accuracy benchmark (written fresh).

obfuscate(text, method, rng): a readable but disguised copy of `text` (leetspeak,
homoglyphs, zero-width characters, letter spacing, fullwidth forms, mixed case,
punctuation inside words, typos). Only part of the text is touched, as a human would do.

encode(text, scheme, rng) -> (encoded, form, scheme_name): `form` names the exact variant
(e.g. "base64-nopad"), `scheme_name` is how a prompt would name the scheme.
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
    "typos",
)
ENCODINGS: tuple[str, ...] = (
    "base64",
    "hex",
    "rot13",
    "leet",
    "reversed",
    "mixed",
    "caesar",
    "url",
)
# Encodings that only change ASCII letters (useless on non-Latin scripts).
LETTER_ONLY: tuple[str, ...] = ("rot13", "leet", "caesar")

_LEET_MAP: dict[str, tuple[str, ...]] = {
    "a": ("4", "@"),
    "e": ("3",),
    "i": ("1", "!"),
    "o": ("0",),
    "s": ("5", "$"),
    "t": ("7",),
    "l": ("1", "|"),
    "g": ("9",),
    "b": ("8",),
}
# Latin -> Cyrillic / Greek look-alikes.
_LOOKALIKE: dict[str, str] = {
    "a": "а",
    "c": "с",
    "e": "е",
    "i": "і",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "s": "ѕ",
    "j": "ј",
    "A": "Α",
    "B": "Β",
    "E": "Ε",
    "H": "Η",
    "K": "Κ",
    "M": "Μ",
    "O": "Ο",
    "P": "Ρ",
    "T": "Τ",
    "X": "Χ",
}
_INVISIBLE: tuple[str, ...] = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def _words_apply(text: str, rng: random.Random, p: float, fn, min_len: int = 3) -> str:
    out = []
    for w in text.split(" "):
        if len(w) >= min_len and rng.random() < p:
            out.append(fn(w))
        else:
            out.append(w)
    return " ".join(out)


def _leet(text: str, rng: random.Random) -> str:
    def one(w: str) -> str:
        return "".join(
            rng.choice(_LEET_MAP[c.lower()]) if c.lower() in _LEET_MAP and rng.random() < 0.7 else c
            for c in w
        )

    return _words_apply(text, rng, 0.6, one)


def _homoglyph(text: str, rng: random.Random) -> str:
    return "".join(_LOOKALIKE[c] if c in _LOOKALIKE and rng.random() < 0.45 else c for c in text)


def _zero_width(text: str, rng: random.Random) -> str:
    def one(w: str) -> str:
        cut = rng.randrange(1, len(w))
        return w[:cut] + rng.choice(_INVISIBLE) + w[cut:]

    return _words_apply(text, rng, 0.5, one, min_len=4)


def _spaced(text: str, rng: random.Random) -> str:
    sep = rng.choice((" ", ".", "-", "_"))
    return _words_apply(text, rng, 0.35, lambda w: sep.join(w), min_len=4)


def _fullwidth(text: str, rng: random.Random) -> str:
    def fw(c: str) -> str:
        o = ord(c)
        return chr(o + 0xFEE0) if 0x21 <= o <= 0x7E else c

    # whole text or only some words
    if rng.random() < 0.5:
        return "".join(fw(c) for c in text)
    return _words_apply(text, rng, 0.5, lambda w: "".join(fw(c) for c in w))


def _mixedcase(text: str, rng: random.Random) -> str:
    def one(w: str) -> str:
        return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in w)

    return _words_apply(text, rng, 0.7, one)


def _punct(text: str, rng: random.Random) -> str:
    mark = rng.choice(("*", "'", "·", "^", "~"))

    def one(w: str) -> str:
        cut = rng.randrange(1, len(w))
        return w[:cut] + mark + w[cut:]

    return _words_apply(text, rng, 0.4, one, min_len=4)


def _typos(text: str, rng: random.Random) -> str:
    def one(w: str) -> str:
        if not w.isalpha() or len(w) < 4:
            return w
        i = rng.randrange(1, len(w) - 1)
        op = rng.choice(("swap", "drop", "double"))
        if op == "swap":
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if op == "drop":
            return w[:i] + w[i + 1 :]
        return w[:i] + w[i] + w[i:]

    return _words_apply(text, rng, 0.3, one, min_len=4)


_METHODS = {
    "leet": _leet,
    "homoglyph": _homoglyph,
    "zero_width": _zero_width,
    "spaced": _spaced,
    "fullwidth": _fullwidth,
    "mixedcase": _mixedcase,
    "punct": _punct,
    "typos": _typos,
}


def obfuscate(text: str, method: str, rng: random.Random) -> str:
    """`text` disguised with `method` ("none" returns it unchanged); line breaks are kept."""
    if method in ("none", "", None):
        return text
    fn = _METHODS[method]
    return "\n".join(fn(line, rng) if line else line for line in text.split("\n"))


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


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _heavy_leet(text: str) -> str:
    table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}
    return "".join(table.get(c.lower(), c) for c in text)


def encode(text: str, scheme: str, rng: random.Random) -> tuple[str, str, str]:
    """Encode `text`; returns (encoded, form, scheme name as a prompt would say it)."""
    if scheme == "base64":
        form = rng.choice(("std", "std", "nopad", "urlsafe", "wrapped"))
        enc = _b64(text)
        if form == "nopad":
            enc = enc.rstrip("=")
        elif form == "urlsafe":
            enc = base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii")
        elif form == "wrapped":
            enc = "\n".join(enc[i : i + 40] for i in range(0, len(enc), 40))
        return enc, f"base64-{form}", rng.choice(("base64", "Base64", "b64"))
    if scheme == "hex":
        raw = text.encode("utf-8").hex()
        form = rng.choice(("plain", "spaced", "upper", "0x"))
        if form == "spaced":
            enc = " ".join(raw[i : i + 2] for i in range(0, len(raw), 2))
        elif form == "upper":
            enc = raw.upper()
        elif form == "0x":
            enc = "0x" + raw
        else:
            enc = raw
        return enc, f"hex-{form}", rng.choice(("hex", "hexadecimal", "base16"))
    if scheme == "rot13":
        return codecs.encode(text, "rot13"), "rot13", rng.choice(("ROT13", "rot13", "ROT-13"))
    if scheme == "leet":
        return _heavy_leet(text), "leet", rng.choice(("leetspeak", "1337", "l33t"))
    if scheme == "reversed":
        form = rng.choice(("chars", "chars", "words"))
        if form == "chars":
            return text[::-1], "reversed-chars", rng.choice(("reversed text", "mirror writing"))
        return " ".join(text.split()[::-1]), "reversed-words", "reversed word order"
    if scheme == "caesar":
        shift = rng.choice((3, 5, 7, 11))
        return caesar(text, shift), f"caesar-{shift}", f"Caesar cipher (shift {shift})"
    if scheme == "url":
        return urllib.parse.quote(text, safe=""), "url", rng.choice(("URL encoding", "percent-encoding"))
    if scheme == "mixed":
        form = rng.choice(("rot13+base64", "reverse+base64", "base64+reverse", "reverse+hex"))
        if form == "rot13+base64":
            return _b64(codecs.encode(text, "rot13")), form, "ROT13, then base64"
        if form == "reverse+base64":
            return _b64(text[::-1]), form, "reversed text, then base64"
        if form == "base64+reverse":
            return _b64(text)[::-1], form, "base64 written backwards"
        return text[::-1].encode("utf-8").hex(), form, "reversed text, then hex"
    raise ValueError(scheme)
