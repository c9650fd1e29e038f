"""Obfuscations and encodings for attack wording, written for the blind benchmark.

Obfuscations (applied to attack text only, never to task content or gold labels):
`leet`, `homoglyph` (Cyrillic/Greek lookalikes inside Latin words), `zero_width`
(invisible characters inside words) and `spaced` (s p a c e d letters).
Encodings (for the `encoded` family): `base64`, `hex`, `rot13`, each with a few surface forms.
"""

from __future__ import annotations

import base64
import codecs
import random

OBFUSCATIONS: tuple[str, ...] = ("leet", "homoglyph", "zero_width", "spaced")
ENCODINGS: tuple[str, ...] = ("base64", "hex", "rot13")

_LEET: dict[str, tuple[str, ...]] = {
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

_HOMOGLYPHS: dict[str, str] = {
    "a": "а",  # Cyrillic a
    "c": "с",
    "e": "е",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "i": "і",  # Ukrainian i
    "j": "ј",
    "s": "ѕ",
    "h": "һ",
    "A": "А",
    "B": "В",
    "C": "С",
    "E": "Е",
    "H": "Н",
    "K": "К",
    "M": "М",
    "O": "О",
    "P": "Р",
    "T": "Т",
    "X": "Х",
    "v": "ν",  # Greek nu
}

_ZERO_WIDTH: tuple[str, ...] = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def leet(text: str, rng: random.Random, p: float = 0.65) -> str:
    """Replace letters with digit/symbol lookalikes with probability `p` each."""
    out = []
    for ch in text:
        subs = _LEET.get(ch.lower())
        out.append(rng.choice(subs) if subs and rng.random() < p else ch)
    return "".join(out)


def homoglyph(text: str, rng: random.Random, p: float = 0.45) -> str:
    """Swap Latin letters for Cyrillic/Greek lookalikes with probability `p` each."""
    return "".join(_HOMOGLYPHS[ch] if ch in _HOMOGLYPHS and rng.random() < p else ch for ch in text)


def zero_width(text: str, rng: random.Random, p: float = 0.3) -> str:
    """Insert invisible characters between letters inside words."""
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch.isalpha() and nxt.isalpha() and rng.random() < p:
            out.append(rng.choice(_ZERO_WIDTH))
    return "".join(out)


def spaced(text: str, rng: random.Random, p: float = 0.6) -> str:
    """Spell out words of four or more letters with spaces between letters."""
    words = text.split(" ")
    out = []
    for w in words:
        core = w.strip(".,;:!?'\"«»„“”()")
        if len(core) >= 4 and core.isalpha() and rng.random() < p:
            out.append(w.replace(core, " ".join(core)))
        else:
            out.append(w)
    return "  ".join(out) if rng.random() < 0.5 else " ".join(out)


def obfuscate(text: str, method: str, rng: random.Random) -> str:
    """Apply the named obfuscation ("none" returns the text unchanged)."""
    if method == "none" or not text:
        return text
    if method == "leet":
        return leet(text, rng)
    if method == "homoglyph":
        return homoglyph(text, rng)
    if method == "zero_width":
        return zero_width(text, rng)
    if method == "spaced":
        return spaced(text, rng)
    raise ValueError(f"unknown obfuscation {method!r}")


def encode(text: str, scheme: str, rng: random.Random) -> str:
    """Encode `text` with `scheme`, picking one of a few common surface forms."""
    raw = text.encode("utf-8")
    if scheme == "base64":
        form = rng.randrange(3)
        if form == 0:
            return base64.b64encode(raw).decode("ascii")
        if form == 1:
            return base64.b64encode(raw).decode("ascii").rstrip("=")
        return base64.urlsafe_b64encode(raw).decode("ascii")
    if scheme == "hex":
        form = rng.randrange(4)
        if form == 0:
            return raw.hex()
        if form == 1:
            return raw.hex(" ")
        if form == 2:
            return "".join(f"\\x{b:02x}" for b in raw)
        return "0x" + raw.hex().upper()
    if scheme == "rot13":
        return codecs.encode(text, "rot13")
    raise ValueError(f"unknown encoding {scheme!r}")
