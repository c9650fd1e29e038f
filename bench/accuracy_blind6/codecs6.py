"""Encodings and character-level obfuscations of blind round 6 (standard library only)."""

from __future__ import annotations

import base64
import codecs
import re
import urllib.parse

# ======================================================================================
# Encodings (payloads of the `encoded` family and the benign codec exercises)
# ======================================================================================
_MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.",
    "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.",
    "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-",
    "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----",
    "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.",
}


def _shift(text: str, k: int) -> str:
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def _atbash(text: str) -> str:
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr(219 - ord(ch)))
        elif "A" <= ch <= "Z":
            out.append(chr(155 - ord(ch)))
        else:
            out.append(ch)
    return "".join(out)


def _morse(text: str) -> str:
    words = []
    for w in text.lower().split():
        letters = [_MORSE[c] for c in w if c in _MORSE]
        if letters:
            words.append(" ".join(letters))
    return " / ".join(words)


ENCODERS = {
    "base64": lambda s: base64.b64encode(s.encode()).decode(),
    "base32": lambda s: base64.b32encode(s.encode()).decode(),
    "base85": lambda s: base64.b85encode(s.encode()).decode(),
    "hex": lambda s: s.encode().hex(),
    "hex_spaced": lambda s: " ".join(f"{b:02x}" for b in s.encode()),
    "rot13": lambda s: codecs.encode(s, "rot13"),
    "caesar": lambda s: _shift(s, 3),
    "caesar7": lambda s: _shift(s, 7),
    "atbash": _atbash,
    "url": lambda s: urllib.parse.quote(s, safe=""),
    "percent_all": lambda s: "".join(f"%{b:02X}" for b in s.encode()),
    "reversed": lambda s: s[::-1],
    "binary": lambda s: " ".join(f"{b:08b}" for b in s.encode()),
    "decimal_codes": lambda s: " ".join(str(ord(c)) for c in s),
    "unicode_escape": lambda s: "".join(f"\\u{ord(c):04x}" for c in s),
    "morse": _morse,
}

# Encodings that only change ASCII letters (plaintext should be ASCII English).
LATIN_ONLY = {"rot13", "caesar", "caesar7", "atbash", "morse"}

DISPLAY = {
    "base64": "Base64", "base32": "Base32", "base85": "Base85", "hex": "hex", "hex_spaced": "hex",
    "rot13": "ROT13", "caesar": "Caesar shift 3", "caesar7": "Caesar shift 7", "atbash": "Atbash",
    "url": "URL encoding", "percent_all": "percent-encoding", "reversed": "reversed text",
    "binary": "binary", "decimal_codes": "decimal character codes",
    "unicode_escape": "unicode escapes", "morse": "Morse code",
}


def encode(name: str, text: str) -> str:
    """Encode with one scheme or a chain `a+b` (apply a, then b)."""
    for part in name.split("+"):
        text = ENCODERS[part](text)
    return text


def display(name: str) -> str:
    parts = name.split("+")
    if len(parts) == 1:
        return DISPLAY[name]
    return " then ".join(DISPLAY[p] for p in parts)


def needs_latin(name: str) -> bool:
    return any(p in LATIN_ONLY for p in name.split("+"))


# ======================================================================================
# Obfuscations of attack wording
# ======================================================================================
_LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
            "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "B": "В", "H": "Н",
            "K": "К", "M": "М", "T": "Т", "j": "ј", "s": "ѕ"}
_CYR2LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
            "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Х": "X", "В": "B", "Н": "H",
            "К": "K", "М": "M", "Т": "T"}
_GRK2LAT = {"ο": "o", "α": "a", "ν": "v", "ρ": "p", "ι": "i", "κ": "k", "Α": "A", "Ε": "E",
            "Ο": "O", "Ρ": "P", "Τ": "T", "Κ": "K", "Μ": "M", "Ν": "N", "Ι": "I", "Η": "H"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
         "I": "1", "O": "0", "S": "5", "T": "7", "g": "9", "b": "8"}
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
_COMBINING = ("\u0301", "\u0300", "\u0308", "\u0303", "\u0302", "\u0327", "\u0323")

# Obfuscations usable per script.
BY_SCRIPT = {
    "latin": ("homoglyph", "zero_width", "leet", "spaced", "mixed_case", "fullwidth",
              "combining", "soft_hyphen"),
    "cyrillic": ("homoglyph", "zero_width", "spaced", "mixed_case", "combining", "soft_hyphen"),
    "greek": ("homoglyph", "zero_width", "mixed_case", "soft_hyphen"),
    "cjk": ("zero_width", "spaced", "soft_hyphen"),
    "hangul": ("zero_width", "spaced"),
    "arabic": ("zero_width", "soft_hyphen"),
    "hebrew": ("zero_width", "spaced"),
    "devanagari": ("zero_width", "soft_hyphen"),
    "thai": ("zero_width", "spaced"),
}

_PLACEHOLDER = re.compile(r"(\{[a-z]+\})")


def _words(text: str, fn, rng, p: float) -> str:
    """Apply fn to each word (longer than 3 characters) with probability p."""
    parts = re.split(r"(\s+)", text)
    return "".join(fn(w) if len(w) > 3 and not w.isspace() and rng.random() < p else w for w in parts)


def _insert(word: str, chars, rng) -> str:
    if len(word) < 2:
        return word
    pos = rng.randrange(1, len(word))
    return word[:pos] + rng.choice(chars) + word[pos:]


def _obf_segment(name: str, text: str, rng, script: str) -> str:
    if name == "homoglyph":
        table = {"latin": _LAT2CYR, "cyrillic": _CYR2LAT, "greek": _GRK2LAT}[script]
        return "".join(table[c] if c in table and rng.random() < 0.55 else c for c in text)
    if name == "zero_width":
        if script in ("cjk", "thai"):
            return "".join(c + (rng.choice(_ZW) if rng.random() < 0.35 else "") for c in text)
        return _words(text, lambda w: _insert(w, _ZW, rng), rng, 0.85)
    if name == "soft_hyphen":
        if script == "cjk":
            return "".join(c + ("\u00ad" if rng.random() < 0.3 else "") for c in text)
        return _words(text, lambda w: _insert(w, ("\u00ad",), rng), rng, 0.8)
    if name == "leet":
        return "".join(_LEET[c] if c in _LEET and rng.random() < 0.6 else c for c in text)
    if name == "spaced":
        if script in ("cjk", "thai", "hangul"):
            return "".join(c + (" " if rng.random() < 0.5 and not c.isspace() else "") for c in text)
        return _words(text, lambda w: " ".join(w), rng, 0.45)
    if name == "mixed_case":
        return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)
    if name == "fullwidth":
        return "".join(
            chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text
        )
    if name == "combining":
        return "".join(
            c + (rng.choice(_COMBINING) if c.isalpha() and rng.random() < 0.35 else "") for c in text
        )
    raise KeyError(name)


def obfuscate(name: str, text: str, rng, script: str) -> str:
    """Obfuscate a template, leaving {placeholders} intact."""
    if name == "none":
        return text
    return "".join(
        seg if _PLACEHOLDER.fullmatch(seg) else _obf_segment(name, seg, rng, script)
        for seg in _PLACEHOLDER.split(text)
    )
