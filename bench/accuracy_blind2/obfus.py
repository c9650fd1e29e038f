"""Obfuscations and encodings for attack wording (round-2 blind benchmark).

Obfuscations are applied to attack text only (never to task content or gold labels):
`leet`, `homoglyph` (Cyrillic/Greek lookalikes inside Latin words), `zero_width`,
`spaced` (s p a c e d or s-p-a-c-e-d letters), `fullwidth` (ｆｕｌｌｗｉｄｔｈ forms) and
`mixedcase` (rAnDoM cAsE).

Encodings (for the `encoded` family): `base64`, `hex`, `rot13`, `url` and `reversed`,
each with a few surface forms.
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
)
ENCODINGS: tuple[str, ...] = ("base64", "hex", "rot13", "url", "reversed")

_LEET: dict[str, tuple[str, ...]] = {
    "a": ("4", "@", "/\\"),
    "e": ("3", "€"),
    "i": ("1", "!", "|"),
    "o": ("0", "()"),
    "s": ("5", "$", "§"),
    "t": ("7", "+"),
    "l": ("1", "|_"),
    "g": ("9", "6"),
    "b": ("8",),
    "z": ("2",),
}

# Latin -> lookalike (Cyrillic unless noted).
_HOMO: dict[str, tuple[str, ...]] = {
    "a": ("а", "α"),  # Cyrillic a, Greek alpha
    "c": ("с", "ϲ"),  # Cyrillic es, Greek lunate sigma
    "e": ("е",),
    "o": ("о", "ο"),  # Cyrillic o, Greek omicron
    "p": ("р", "ρ"),  # Cyrillic er, Greek rho
    "x": ("х", "χ"),
    "y": ("у",),
    "i": ("і", "ι"),  # Ukrainian i, Greek iota
    "s": ("ѕ",),
    "n": ("ո",),  # Armenian vo
    "v": ("ν",),  # Greek nu
    "A": ("А", "Α"),
    "B": ("В", "Β"),
    "C": ("С",),
    "E": ("Е", "Ε"),
    "H": ("Н", "Η"),
    "I": ("І", "Ι"),
    "K": ("К", "Κ"),
    "M": ("М", "Μ"),
    "N": ("Ν",),
    "O": ("О", "Ο"),
    "P": ("Р", "Ρ"),
    "T": ("Т", "Τ"),
    "X": ("Х", "Χ"),
    "Y": ("Υ",),
}

_ZW: tuple[str, ...] = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")


def leet(text: str, rng: random.Random, p: float = 0.55) -> str:
    out = []
    for ch in text:
        subs = _LEET.get(ch.lower())
        out.append(rng.choice(subs) if subs and rng.random() < p else ch)
    return "".join(out)


def homoglyph(text: str, rng: random.Random, p: float = 0.4) -> str:
    out = []
    for ch in text:
        subs = _HOMO.get(ch)
        out.append(rng.choice(subs) if subs and rng.random() < p else ch)
    return "".join(out)


def zero_width(text: str, rng: random.Random, p: float = 0.35) -> str:
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch.isalpha() and nxt.isalpha() and rng.random() < p:
            out.append(rng.choice(_ZW))
    return "".join(out)


def spaced(text: str, rng: random.Random, p: float = 0.65) -> str:
    sep = rng.choice((" ", " ", "-", ".", "_"))
    out = []
    for word in text.split(" "):
        core = word.strip(".,;:!?'\"«»„“”()[]")
        if len(core) >= 4 and core.isalpha() and rng.random() < p:
            out.append(word.replace(core, sep.join(core), 1))
        else:
            out.append(word)
    return ("   " if sep == " " and rng.random() < 0.5 else " ").join(out)


def fullwidth(text: str, rng: random.Random, p: float = 0.7) -> str:
    """Convert words to full-width forms (U+FF01..U+FF5E) with probability `p` per word."""

    def conv(word: str) -> str:
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)

    whole = rng.random() < 0.4
    out = []
    for word in text.split(" "):
        out.append(conv(word) if whole or rng.random() < p else word)
    return ("\u3000" if whole else " ").join(out)


def mixedcase(text: str, rng: random.Random) -> str:
    alternate = rng.random() < 0.5
    out = []
    up = rng.random() < 0.5
    for ch in text:
        if ch.isalpha():
            if alternate:
                out.append(ch.upper() if up else ch.lower())
                up = not up
            else:
                out.append(ch.upper() if rng.random() < 0.5 else ch.lower())
        else:
            out.append(ch)
    return "".join(out)


def obfuscate(text: str, method: str, rng: random.Random) -> str:
    """Apply the named obfuscation ("none" returns the text unchanged).

    `{name}`-style placeholders must be filled before calling this.
    """
    if method == "none" or not text:
        return text
    fn = {
        "leet": leet,
        "homoglyph": homoglyph,
        "zero_width": zero_width,
        "spaced": spaced,
        "fullwidth": fullwidth,
        "mixedcase": mixedcase,
    }.get(method)
    if fn is None:
        raise ValueError(f"unknown obfuscation {method!r}")
    return fn(text, rng)


def encode(text: str, scheme: str, rng: random.Random) -> tuple[str, str]:
    """Encode `text`; return (payload, surface form used)."""
    raw = text.encode("utf-8")
    if scheme == "base64":
        form = rng.choice(("std", "nopad", "urlsafe", "wrapped"))
        enc = base64.b64encode(raw).decode("ascii")
        if form == "nopad":
            enc = enc.rstrip("=")
        elif form == "urlsafe":
            enc = base64.urlsafe_b64encode(raw).decode("ascii")
        elif form == "wrapped":
            enc = "\n".join(enc[i : i + 40] for i in range(0, len(enc), 40))
        return enc, form
    if scheme == "hex":
        form = rng.choice(("plain", "spaced", "escaped", "upper0x"))
        if form == "plain":
            return raw.hex(), form
        if form == "spaced":
            return raw.hex(" "), form
        if form == "escaped":
            return "".join(f"\\x{b:02x}" for b in raw), form
        return "0x" + raw.hex().upper(), form
    if scheme == "rot13":
        return codecs.encode(text, "rot13"), "rot13"
    if scheme == "url":
        form = rng.choice(("quote", "all_bytes", "plus"))
        if form == "quote":
            return urllib.parse.quote(text, safe=""), form
        if form == "plus":
            return urllib.parse.quote_plus(text), form
        return "".join(f"%{b:02X}" for b in raw), form
    if scheme == "reversed":
        form = rng.choice(("chars", "words"))
        if form == "chars":
            return text[::-1], form
        return " ".join(reversed(text.split(" "))), form
    raise ValueError(f"unknown encoding {scheme!r}")
