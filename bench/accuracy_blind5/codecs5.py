"""Round 5 encodings (for hidden payloads and benign codec tasks) and surface obfuscations
(for attack wording). All functions are deterministic given the random.Random passed in."""

from __future__ import annotations

import base64
import codecs
import random
import re
import urllib.parse

# ======================================================================================
# Encodings
# ======================================================================================
ENCODINGS = ("base64", "hex", "rot13", "caesar", "url", "reversed", "leet", "homoglyph", "zero_width", "mixed")
# Encodings that need an explicit decoding step (the others stay readable-ish).
DECODABLE = ("base64", "hex", "rot13", "caesar", "url", "reversed", "mixed")


def caesar(text: str, k: int) -> str:
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8"}
HOMO = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455", "A": "\u0391", "B": "\u0392",
    "E": "\u0395", "H": "\u0397", "K": "\u039a", "M": "\u039c", "O": "\u039f", "P": "\u03a1",
    "T": "\u03a4", "X": "\u03a7", "C": "\u0421", "I": "\u0406",
}
ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def leet(text: str, rng: random.Random, rate: float = 0.7) -> str:
    return "".join(LEET[c.lower()] if c.lower() in LEET and rng.random() < rate else c for c in text)


def homoglyph(text: str, rng: random.Random, rate: float = 0.5) -> str:
    return "".join(HOMO[c] if c in HOMO and rng.random() < rate else c for c in text)


def zero_width(text: str, rng: random.Random, rate: float = 0.35) -> str:
    out = []
    for i, c in enumerate(text):
        out.append(c)
        if c.isalpha() and i + 1 < len(text) and text[i + 1].isalpha() and rng.random() < rate:
            out.append(rng.choice(ZW))
    return "".join(out)


def encode(kind: str, text: str, rng: random.Random, params: dict | None = None) -> str:
    """Encode `text` with scheme `kind`; params may carry the Caesar shift, hex style, layering."""
    params = params or {}
    if kind == "base64":
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    if kind == "hex":
        h = text.encode("utf-8").hex()
        if params.get("hex_spaced"):
            return " ".join(h[i : i + 2] for i in range(0, len(h), 2))
        return h
    if kind == "rot13":
        return codecs.encode(text, "rot13")
    if kind == "caesar":
        return caesar(text, params.get("shift", 3))
    if kind == "url":
        return urllib.parse.quote(text, safe="")
    if kind == "reversed":
        return text[::-1]
    if kind == "leet":
        return leet(text, rng)
    if kind == "homoglyph":
        return homoglyph(text, rng)
    if kind == "zero_width":
        return zero_width(text, rng)
    if kind == "mixed":
        layers = params.get("layers", ("rot13", "base64"))
        for layer in layers:
            text = encode(layer, text, rng, params)
        return text
    raise ValueError(kind)


def enc_name(kind: str, params: dict | None = None) -> str:
    params = params or {}
    if kind == "caesar":
        return f"Caesar shift {params.get('shift', 3)}"
    if kind == "mixed":
        layers = params.get("layers", ("rot13", "base64"))
        return " then ".join(enc_name(layer, params) for layer in layers)
    return {
        "base64": "base64", "hex": "hex", "rot13": "ROT13", "url": "URL encoding",
        "reversed": "reversed text", "leet": "leetspeak", "homoglyph": "look-alike letters",
        "zero_width": "zero-width characters",
    }[kind]


# ======================================================================================
# Surface obfuscation of attack wording
# ======================================================================================
OBFUSCATIONS = ("leet", "homoglyph", "zero_width", "mixedcase", "spaced", "punct", "typos", "fullwidth")
LATIN_ONLY = ("leet", "homoglyph", "mixedcase", "typos", "fullwidth")
_WORD = re.compile(r"[^\W\d_]{4,}")
_PLACEHOLDER = re.compile(r"\{[a-z0-9_]+\}")


def _per_word(text: str, fn, rng: random.Random, rate: float) -> str:
    def sub(m: re.Match) -> str:
        return fn(m.group(0)) if rng.random() < rate else m.group(0)

    return _WORD.sub(sub, text)


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def obfuscate(kind: str, text: str, rng: random.Random) -> str:
    """Apply a surface obfuscation to already-formatted attack text."""
    if kind == "none":
        return text
    if kind == "leet":
        return _per_word(text, lambda w: leet(w, rng, 0.8), rng, 0.6)
    if kind == "homoglyph":
        return homoglyph(text, rng, 0.45)
    if kind == "zero_width":
        return zero_width(text, rng, 0.3)
    if kind == "mixedcase":
        return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)
    if kind == "spaced":
        return _per_word(text, lambda w: " ".join(w), rng, 0.35)
    if kind == "punct":
        sep = rng.choice([".", "-", "*", "_"])
        return _per_word(text, lambda w: sep.join(w), rng, 0.35)
    if kind == "typos":
        return _per_word(text, lambda w: _typo(w, rng), rng, 0.25)
    if kind == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and rng.random() < 0.8 else c for c in text)
    raise ValueError(kind)
