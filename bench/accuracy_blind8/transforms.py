"""Obfuscations, encodings and schema rendering for round 8."""

from __future__ import annotations

import base64
import codecs
import json
import urllib.parse

# ---------------------------------------------------------------- obfuscations
_HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у", "s": "ѕ",
         "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
         "S": "5", "T": "7"}


def _protect(text: str, fn) -> str:
    """Apply fn to the text outside {placeholders}."""
    out, i = [], 0
    while i < len(text):
        j = text.find("{", i)
        if j < 0:
            out.append(fn(text[i:]))
            break
        k = text.find("}", j)
        out.append(fn(text[i:j]))
        out.append(text[j:k + 1])
        i = k + 1
    return "".join(out)


def obfuscate(text: str, kind: str) -> str:
    if kind == "none":
        return text
    if kind == "homoglyph":
        f = lambda s: "".join(_HOMO.get(ch, ch) for ch in s)  # noqa: E731
    elif kind == "zero_width":
        f = lambda s: "".join(ch + ("\u200b" if ch.isalpha() and n % 2 == 0 else "") for n, ch in enumerate(s))  # noqa: E731
    elif kind == "spaced":
        f = lambda s: " ".join(s)  # noqa: E731
    elif kind == "leet":
        f = lambda s: "".join(_LEET.get(ch, ch) for ch in s)  # noqa: E731
    elif kind == "case_mix":
        f = lambda s: "".join(ch.upper() if n % 2 else ch.lower() for n, ch in enumerate(s))  # noqa: E731
    elif kind == "fullwidth":
        f = lambda s: "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in s)  # noqa: E731
    elif kind == "markdown":
        return "> **" + text.replace("\n", "**\n> **") + "**"
    elif kind == "html":
        return "<div style=\"display:none\"><!-- cfg -->" + text + "</div>"
    else:
        raise KeyError(kind)
    return _protect(text, f)


# ---------------------------------------------------------------- encodings
def _caesar(s: str, k: int = 3) -> str:
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def encode(text: str, kind: str) -> str:
    b = text.encode("utf-8")
    if kind == "base64":
        return base64.b64encode(b).decode()
    if kind == "base32":
        return base64.b32encode(b).decode()
    if kind == "hex":
        return b.hex()
    if kind == "rot13":
        return codecs.encode(text, "rot13")
    if kind == "caesar3":
        return _caesar(text)
    if kind == "leetspeak":
        return "".join(_LEET.get(ch, ch) for ch in text)
    if kind == "reversed":
        return text[::-1]
    if kind == "url":
        return urllib.parse.quote(text, safe="")
    if kind == "unicode_escape":
        return "".join(f"\\u{ord(ch):04x}" for ch in text)
    if kind == "binary":
        return " ".join(f"{x:08b}" for x in b)
    raise KeyError(kind)


ENC_DISPLAY = {"base64": "base64", "base32": "base32", "hex": "hex", "rot13": "ROT13", "caesar3": "Caesar shift 3",
               "leetspeak": "leetspeak", "reversed": "reversed text", "url": "URL encoding",
               "unicode_escape": "unicode escapes", "binary": "binary"}


# ---------------------------------------------------------------- schemas
def render(schema: str, system: str | None, turns: list[tuple[str, str]], extra: dict | None = None) -> dict:
    """turns: [(role, text)] with role in user/assistant, ending with assistant."""
    extra = extra or {}
    if schema == "messages":
        msgs = ([{"role": "system", "content": system}] if system else [])
        msgs += [{"role": r, "content": t} for r, t in turns]
        return {"messages": msgs, **extra}
    if schema == "sharegpt":
        conv = [{"from": "human" if r == "user" else "gpt", "value": t} for r, t in turns]
        row = {"conversations": conv}
        if system:
            row["system"] = system
        return {**row, **extra}
    user, ans = turns[-2][1], turns[-1][1]
    hist = [(turns[i][1], turns[i + 1][1]) for i in range(0, len(turns) - 2, 2)]
    if schema == "alpaca":
        row = {"instruction": user, "input": "", "output": ans}
        if system:
            row["system"] = system
        if hist:
            row["history"] = [list(h) for h in hist]
        return row
    if schema == "query_response":
        q = "".join(f"{u}\n{a}\n\n" for u, a in hist) + user
        row = {"query": q, "response": ans}
        if system:
            row["system"] = system
        return row
    if schema == "prompt_completion":
        p = (system + "\n\n") if system else ""
        p += "".join(f"User: {u}\nAssistant: {a}\n\n" for u, a in hist)
        return {"prompt": p + f"User: {user}\nAssistant:", "completion": " " + ans}
    if schema == "text":
        t = f"### System:\n{system}\n\n" if system else ""
        t += "".join(f"### User:\n{u}\n\n### Assistant:\n{a}\n\n" for u, a in hist)
        return {"text": t + f"### User:\n{user}\n\n### Assistant:\n{ans}"}
    raise KeyError(schema)


def strings_of(obj) -> str:
    """All string values of a JSON object joined (for verification)."""
    if isinstance(obj, str):
        return obj
    if isinstance(obj, dict):
        return "\n".join(strings_of(v) for v in obj.values())
    if isinstance(obj, list):
        return "\n".join(strings_of(v) for v in obj)
    return ""


def dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)
