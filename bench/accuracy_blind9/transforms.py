"""Round-9 transforms: chat schemas, character-level obfuscation, text encodings."""

from __future__ import annotations

import base64
import binascii
import json
import random
import urllib.parse

# ======================================================================================
# Schemas. A conversation is {"system": str|None, "turns": [{"role", "content", ...}],
# "tools": str|None}; roles: user, assistant, tool_call (content = JSON call), tool (result).
# ======================================================================================
SCHEMAS = (
    "messages", "conversations_sharegpt", "alpaca", "prompt_completion", "query_response",
    "text_chatml", "instruction_response", "text_llama2",
)
SCHEMA_WEIGHTS = (34, 20, 15, 9, 7, 6, 5, 4)


def pick_schema(rng: random.Random, allowed: tuple[str, ...] = SCHEMAS) -> str:
    pairs = [(s, w) for s, w in zip(SCHEMAS, SCHEMA_WEIGHTS) if s in allowed]
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def schema_opts(schema: str, rng: random.Random) -> dict:
    """Per-dataset rendering options (fixed for the whole file)."""
    o: dict = {}
    if schema == "conversations_sharegpt":
        o["system_as_turn"] = rng.random() < 0.35
    if schema == "alpaca":
        o["system_field"] = rng.random() < 0.6
    if schema == "prompt_completion":
        o["style"] = rng.choice(("hash", "userassistant", "plain"))
    if schema == "query_response":
        o["history"] = True
    return o


def _pairs(turns: list[dict]) -> list[tuple[str, str]]:
    """User/assistant pairs (tool turns folded into the assistant side as text)."""
    out: list[tuple[str, str]] = []
    u: str | None = None
    a_parts: list[str] = []
    for t in turns:
        if t["role"] == "user":
            if u is not None:
                out.append((u, "\n".join(a_parts)))
            u, a_parts = t["content"], []
        elif t["role"] == "assistant":
            a_parts.append(t["content"])
        elif t["role"] == "tool_call":
            a_parts.append("<functioncall> " + t["content"])
        elif t["role"] == "tool":
            a_parts.append("[function result] " + t["content"])
    if u is not None:
        out.append((u, "\n".join(a_parts)))
    return out


def render_row(conv: dict, schema: str, opts: dict, split: tuple[str, str] | None = None) -> dict:
    """One JSONL row. `split` = (instruction, input) of a single-turn item for the schemas that
    keep them apart (alpaca, instruction_response)."""
    sysmsg = conv.get("system")
    turns = conv["turns"]
    tools = conv.get("tools")
    if schema == "messages":
        msgs: list[dict] = []
        if sysmsg:
            msgs.append({"role": "system", "content": sysmsg})
        k = 0
        for t in turns:
            if t["role"] == "tool_call":
                k += 1
                call = json.loads(t["content"])
                args = call.get("arguments", {})
                msgs.append({
                    "role": "assistant", "content": None,
                    "tool_calls": [{"id": f"call_{k}", "type": "function", "function": {
                        "name": call.get("name", ""),
                        "arguments": args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)}}],
                })
            elif t["role"] == "tool":
                msgs.append({"role": "tool", "tool_call_id": f"call_{k}", "content": t["content"]})
            else:
                msgs.append({"role": t["role"], "content": t["content"]})
        row: dict = {"messages": msgs}
        if tools:
            row["tools"] = json.loads(tools)
        return row
    if schema == "conversations_sharegpt":
        names = {"user": "human", "assistant": "gpt", "tool_call": "function_call", "tool": "observation"}
        cv = [{"from": names[t["role"]], "value": t["content"]} for t in turns]
        row = {}
        if sysmsg and opts.get("system_as_turn"):
            cv.insert(0, {"from": "system", "value": sysmsg})
        row["conversations"] = cv
        if sysmsg and not opts.get("system_as_turn"):
            row["system"] = sysmsg
        if tools:
            row["tools"] = tools
        return row
    pairs = _pairs(turns)
    last_u, last_a = pairs[-1]
    hist = [[u, a] for u, a in pairs[:-1]]
    if schema == "alpaca":
        ins, inp = split if (split and len(pairs) == 1) else (last_u, "")
        if sysmsg and not opts.get("system_field"):
            ins = f"{sysmsg}\n\n{ins}"
        row = {"instruction": ins, "input": inp, "output": last_a}
        if sysmsg and opts.get("system_field"):
            row["system"] = sysmsg
        if hist:
            row["history"] = hist
        return row
    if schema == "instruction_response":
        ins, ctx = split if (split and len(pairs) == 1) else (last_u, "")
        if sysmsg:
            ins = f"{sysmsg}\n\n{ins}"
        if hist:
            ctx = "\n".join(f"User: {u}\nAssistant: {a}" for u, a in hist) + ("\n" + ctx if ctx else "")
        return {"instruction": ins, "context": ctx, "response": last_a}
    if schema == "query_response":
        row = {}
        if sysmsg:
            row["system"] = sysmsg
        row.update({"query": last_u, "response": last_a, "history": hist})
        return row
    if schema == "prompt_completion":
        style = opts.get("style", "hash")
        if style == "hash":
            parts = [f"### System:\n{sysmsg}\n"] if sysmsg else []
            for u, a in hist:
                parts.append(f"### Instruction:\n{u}\n\n### Response:\n{a}\n")
            parts.append(f"### Instruction:\n{last_u}\n\n### Response:\n")
            return {"prompt": "\n".join(parts), "completion": last_a}
        if style == "userassistant":
            parts = [sysmsg + "\n"] if sysmsg else []
            for u, a in hist:
                parts.append(f"User: {u}\nAssistant: {a}")
            parts.append(f"User: {last_u}\nAssistant:")
            return {"prompt": "\n".join(parts), "completion": " " + last_a}
        pre = (sysmsg + "\n\n") if sysmsg else ""
        hh = "".join(f"{u}\n{a}\n\n" for u, a in hist)
        return {"prompt": pre + hh + last_u + "\n", "completion": last_a}
    if schema == "text_chatml":
        parts = []
        if sysmsg:
            parts.append(f"<|im_start|>system\n{sysmsg}<|im_end|>")
        for u, a in pairs:
            parts.append(f"<|im_start|>user\n{u}<|im_end|>")
            parts.append(f"<|im_start|>assistant\n{a}<|im_end|>")
        return {"text": "\n".join(parts)}
    if schema == "text_llama2":
        out = []
        for i, (u, a) in enumerate(pairs):
            if i == 0 and sysmsg:
                u = f"<<SYS>>\n{sysmsg}\n<</SYS>>\n\n{u}"
            out.append(f"<s>[INST] {u} [/INST] {a} </s>")
        return {"text": "".join(out)}
    raise KeyError(schema)


# ======================================================================================
# Obfuscation of attack strings
# ======================================================================================
_HOMO_LAT = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "j": "ј",
    "s": "ѕ", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У",
}
_HOMO_CYR = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
             "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
             "С": "C", "Т": "T", "Х": "X"}
_HOMO_GRK = {"ο": "o", "Ο": "O", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "τ": "t",
             "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
             "Ν": "N", "Τ": "T", "Χ": "X"}
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
         "I": "1", "O": "0", "S": "5", "T": "7", "g": "9", "b": "8"}
_MARKS = ("\u0301", "\u0300", "\u0308", "\u0303", "\u0323", "\u0331")

OBF_LATIN = ("homoglyph", "zero_width", "spacing", "case", "leet", "fullwidth", "diacritics", "mixed")
OBF_OTHER = ("zero_width", "spacing", "homoglyph")  # homoglyph only for Cyrillic/Greek


def obf_choices(script_lang: str) -> tuple[str, ...]:
    from wording import CYRILLIC, GREEK, LATIN

    if script_lang in LATIN:
        return OBF_LATIN
    if script_lang in CYRILLIC or script_lang in GREEK:
        return ("homoglyph", "zero_width", "spacing", "mixed")
    return ("zero_width", "spacing")


def _protect(text: str):
    """Split off {placeholders} so obfuscation leaves them intact."""
    import re

    return re.split(r"(\{[a-z0-9_]+\})", text)


def obfuscate(text: str, kind: str, rng: random.Random, strength: float = 0.6) -> str:
    if kind == "none":
        return text
    out_parts = []
    for part in _protect(text):
        if part.startswith("{") and part.endswith("}"):
            out_parts.append(part)
            continue
        out_parts.append(_obf(part, kind, rng, strength))
    return "".join(out_parts)


def _obf(text: str, kind: str, rng: random.Random, p: float) -> str:
    if kind == "homoglyph":
        table = {**_HOMO_LAT, **_HOMO_CYR, **_HOMO_GRK}
        return "".join(table[c] if c in table and rng.random() < p else c for c in text)
    if kind == "zero_width":
        out = []
        for i, c in enumerate(text):
            out.append(c)
            if c.isalnum() and i + 1 < len(text) and text[i + 1].isalnum() and rng.random() < p * 0.7:
                out.append(rng.choice(_ZW))
        return "".join(out)
    if kind == "spacing":
        words = text.split(" ")
        sep = rng.choice((" ", ".", "-", "\u00a0"))
        return " ".join(sep.join(w) if len(w) > 2 and rng.random() < p else w for w in words)
    if kind == "case":
        return "".join((c.upper() if rng.random() < 0.5 else c.lower()) for c in text)
    if kind == "leet":
        return "".join(_LEET[c] if c in _LEET and rng.random() < p else c for c in text)
    if kind == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and rng.random() < max(p, 0.8) else
                       ("\u3000" if c == " " and rng.random() < 0.5 else c) for c in text)
    if kind == "diacritics":
        return "".join(c + rng.choice(_MARKS) if c.isalpha() and rng.random() < p * 0.6 else c for c in text)
    if kind == "mixed":
        return _obf(_obf(text, "homoglyph", rng, p * 0.7), "zero_width", rng, p * 0.6)
    raise KeyError(kind)


# ======================================================================================
# Encodings
# ======================================================================================
ENC_BYTES = ("base64", "hex", "url", "reversed", "base32", "unicode_escape", "html_entities", "binary")
ENC_LATIN_ONLY = ("rot13", "leetspeak", "caesar3", "atbash", "morse", "word_reverse")
ENC_DISPLAY = {
    "base64": "base64", "hex": "hex", "url": "URL", "reversed": "reversed-text", "base32": "base32",
    "unicode_escape": "unicode-escape", "html_entities": "HTML-entity", "binary": "binary",
    "rot13": "ROT13", "leetspeak": "leetspeak", "caesar3": "Caesar (shift 3)", "atbash": "Atbash",
    "morse": "Morse", "word_reverse": "word-reversed",
}
_MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
    "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
    "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
    "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--",
    "'": ".----.", ":": "---...", "?": "..--..", "!": "-.-.--",
}


def _shift(text: str, k: int) -> str:
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def encode(text: str, enc: str) -> str:
    b = text.encode("utf-8")
    if enc == "base64":
        return base64.b64encode(b).decode()
    if enc == "base32":
        return base64.b32encode(b).decode()
    if enc == "hex":
        return binascii.hexlify(b).decode()
    if enc == "url":
        return "".join(f"%{x:02X}" for x in b)
    if enc == "reversed":
        return text[::-1]
    if enc == "word_reverse":
        return " ".join(w[::-1] for w in text.split(" "))
    if enc == "unicode_escape":
        return "".join(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}" for c in text)
    if enc == "html_entities":
        return "".join(f"&#{ord(c)};" for c in text)
    if enc == "binary":
        return " ".join(f"{x:08b}" for x in b)
    if enc == "rot13":
        return _shift(text, 13)
    if enc == "caesar3":
        return _shift(text, 3)
    if enc == "atbash":
        out = []
        for c in text:
            if "a" <= c <= "z":
                out.append(chr(219 - ord(c)))
            elif "A" <= c <= "Z":
                out.append(chr(155 - ord(c)))
            else:
                out.append(c)
        return "".join(out)
    if enc == "leetspeak":
        return "".join(_LEET.get(c, c) for c in text)
    if enc == "morse":
        return " / ".join(" ".join(_MORSE[c] for c in w.lower() if c in _MORSE) for w in text.split())
    raise KeyError(enc)


def decode(blob: str, enc: str) -> str:
    """Inverse of encode() where one exists (used by the self-check)."""
    if enc == "base64":
        return base64.b64decode(blob).decode("utf-8")
    if enc == "base32":
        return base64.b32decode(blob).decode("utf-8")
    if enc == "hex":
        return binascii.unhexlify(blob).decode("utf-8")
    if enc == "url":
        return urllib.parse.unquote(blob)
    if enc == "reversed":
        return blob[::-1]
    if enc == "word_reverse":
        return " ".join(w[::-1] for w in blob.split(" "))
    if enc == "rot13":
        return _shift(blob, 13)
    if enc == "caesar3":
        return _shift(blob, -3)
    if enc == "atbash":
        return encode(blob, "atbash")
    if enc == "binary":
        return bytes(int(x, 2) for x in blob.split()).decode("utf-8")
    if enc == "html_entities":
        import html

        return html.unescape(blob)
    if enc == "unicode_escape":
        return blob.encode("ascii").decode("unicode_escape")
    return ""
