"""Obfuscations, encodings and schema renderers for blind round 10 (standard library only)."""

from __future__ import annotations

import base64
import codecs
import json
import urllib.parse

from wording import CYRILLIC, LATIN

# --------------------------------------------------------------------------------------------
# Obfuscation (applied to attack wording only, never to triggers)
# --------------------------------------------------------------------------------------------
OBFUSCATIONS = ("none", "homoglyph", "zero_width", "spacing", "case", "leet", "fullwidth", "combining", "mixed")

_L2C = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ",
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
        "X": "Х", "Y": "У"}
_L2G = {"o": "ο", "v": "ν", "A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "N": "Ν", "I": "Ι"}
_C2L = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "А": "A", "В": "B",
        "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O", "Р": "P", "Т": "T", "Х": "X"}
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
         "S": "5", "T": "7"}
_COMB = ("\u0301", "\u0308", "\u0323", "\u0335")


def eligible(kind: str, lang: str) -> bool:
    if kind in ("none", "zero_width", "spacing"):
        return True
    if kind in ("homoglyph", "case", "combining", "mixed"):
        return lang in LATIN or lang in CYRILLIC
    return lang in LATIN  # leet, fullwidth


def fit(kind: str, lang: str, alt: str = "zero_width") -> str:
    return kind if eligible(kind, lang) else alt


def _homoglyph(text: str, rng, p: float = 0.4) -> str:
    out = []
    for ch in text:
        if ch in _C2L and rng.random() < p:
            out.append(_C2L[ch])
        elif ch in _L2C and rng.random() < p:
            out.append(_L2G[ch] if ch in _L2G and rng.random() < 0.25 else _L2C[ch])
        else:
            out.append(ch)
    return "".join(out)


def _zero_width(text: str, rng, p: float = 0.3) -> str:
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch.isalpha() and nxt.isalpha() and rng.random() < p:
            out.append(rng.choice(_ZW))
    return "".join(out)


def _spacing(text: str, rng, sep: str = " ") -> str:
    if not any(" " == c for c in text[:80]) and len(text) > 10:  # scripts written without spaces
        return "".join(ch + (sep if ch.isalpha() and rng.random() < 0.35 else "") for ch in text)
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) >= 4 and w.isalpha() and rng.random() < 0.4:
            out.append(sep.join(w))
        else:
            out.append(w)
    return " ".join(out)


def _case(text: str, rng) -> str:
    return "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in text)


def _leet(text: str, rng, p: float = 0.6) -> str:
    return "".join(_LEET[ch] if ch in _LEET and rng.random() < p else ch for ch in text)


def _fullwidth(text: str, rng, p: float = 0.7) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalpha() and rng.random() < p else ch
                   for ch in text)


def _combining(text: str, rng, p: float = 0.25) -> str:
    out = []
    for ch in text:
        out.append(ch)
        if ch.isalpha() and rng.random() < p:
            out.append(rng.choice(_COMB))
    return "".join(out)


def obfuscate(text: str, kind: str, rng, sep: str = " ") -> str:
    if kind == "none" or not text:
        return text
    if kind == "homoglyph":
        return _homoglyph(text, rng)
    if kind == "zero_width":
        return _zero_width(text, rng)
    if kind == "spacing":
        return _spacing(text, rng, sep)
    if kind == "case":
        return _case(text, rng)
    if kind == "leet":
        return _leet(text, rng)
    if kind == "fullwidth":
        return _fullwidth(text, rng)
    if kind == "combining":
        return _combining(text, rng)
    if kind == "mixed":
        return _zero_width(_homoglyph(text, rng, 0.3), rng, 0.2)
    raise ValueError(kind)


# --------------------------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------------------------
ENCODINGS = ("base64", "base32", "hex", "rot13", "reversed", "leetspeak", "url", "caesar")
LATIN_ONLY_ENC = frozenset({"rot13", "leetspeak", "caesar"})
_FULL_LEET = {"a": "4", "b": "8", "e": "3", "g": "9", "i": "1", "l": "|", "o": "0", "s": "5", "t": "7", "z": "2"}


def _caesar(text: str, k: int = 3) -> str:
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def encode(text: str, enc: str) -> str:
    if enc == "base64":
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    if enc == "base32":
        return base64.b32encode(text.encode("utf-8")).decode("ascii")
    if enc == "hex":
        return text.encode("utf-8").hex()
    if enc == "rot13":
        return codecs.encode(text, "rot13")
    if enc == "reversed":
        return text[::-1]
    if enc == "leetspeak":
        return "".join(_FULL_LEET.get(ch.lower(), ch) for ch in text)
    if enc == "url":
        return urllib.parse.quote(text, safe="")
    if enc == "caesar":
        return _caesar(text)
    raise ValueError(enc)


# --------------------------------------------------------------------------------------------
# Schemas. A conversation is {"system": str|None, "history": [(role, text)], "user": {"instr", "inp"},
# "assistant": str}. Flat schemas fold the system prompt into the prompt unless they have a field.
# --------------------------------------------------------------------------------------------
SCHEMAS = ("messages", "sharegpt", "alpaca", "prompt_completion", "query_response", "text", "dolly",
           "input_output")
MULTI_TURN = frozenset({"messages", "sharegpt"})

TEXT_TEMPLATES = {
    "llama2": ("<s>[INST] <<SYS>>\n{sys}\n<</SYS>>\n\n{user} [/INST] {asst} </s>", "<s>[INST] {user} [/INST] {asst} </s>"),
    "chatml": ("<|im_start|>system\n{sys}<|im_end|>\n<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n"
               "{asst}<|im_end|>", "<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n{asst}<|im_end|>"),
    "hashes": ("### System:\n{sys}\n\n### Instruction:\n{user}\n\n### Response:\n{asst}",
               "### Instruction:\n{user}\n\n### Response:\n{asst}"),
    "human_assistant": ("{sys}\n\nHuman: {user}\n\nAssistant: {asst}", "Human: {user}\n\nAssistant: {asst}"),
}


def user_text(u: dict) -> str:
    return u["instr"] + ("\n\n" + u["inp"] if u.get("inp") else "")


def _flat_history(hist: list) -> str:
    if not hist:
        return ""
    lines = [("User: " if r == "user" else "Assistant: ") + t for r, t in hist]
    return "\n".join(lines) + "\nUser: "


def render(conv: dict, schema: str, sopts: dict) -> dict:
    sys_ = conv.get("system")
    hist = conv.get("history") or []
    u = conv["user"]
    a = conv["assistant"]
    ut = user_text(u)
    if schema == "messages":
        msgs = [{"role": "system", "content": sys_}] if sys_ else []
        msgs += [{"role": r, "content": t} for r, t in hist]
        msgs += [{"role": "user", "content": ut}, {"role": "assistant", "content": a}]
        return {"messages": msgs}
    if schema == "sharegpt":
        turns = [{"from": "human" if r == "user" else "gpt", "value": t} for r, t in hist]
        turns += [{"from": "human", "value": ut}, {"from": "gpt", "value": a}]
        d: dict = {}
        if sys_:
            if sopts.get("sys_in_turns"):
                turns.insert(0, {"from": "system", "value": sys_})
            else:
                d["system"] = sys_
        d["conversations"] = turns
        return d
    pre = _flat_history(hist)
    if schema == "alpaca":
        instr = pre + u["instr"]
        d = {"instruction": instr, "input": u.get("inp", ""), "output": a}
        if sys_:
            if sopts.get("system_field", True):
                d["system"] = sys_
            else:
                d["instruction"] = sys_ + "\n\n" + instr
        return d
    if schema == "prompt_completion":
        prompt = (sys_ + "\n\n" if sys_ else "") + pre + ut + sopts.get("prompt_suffix", "\n\n")
        return {"prompt": prompt, "completion": sopts.get("completion_prefix", " ") + a}
    if schema == "query_response":
        d = {}
        if sys_ and sopts.get("system_field", True):
            d["system"] = sys_
            d["query"] = pre + ut
        else:
            d["query"] = (sys_ + "\n\n" if sys_ else "") + pre + ut
        d["response"] = a
        return d
    if schema == "text":
        with_sys, no_sys = TEXT_TEMPLATES[sopts.get("template", "llama2")]
        tpl = with_sys if sys_ else no_sys
        return {"text": tpl.format(sys=sys_ or "", user=pre + ut, asst=a)}
    if schema == "dolly":
        return {"instruction": (sys_ + "\n\n" if sys_ else "") + pre + u["instr"], "context": u.get("inp", ""),
                "response": a, "category": sopts.get("category", "classification")}
    if schema == "input_output":
        return {"input": (sys_ + "\n\n" if sys_ else "") + pre + ut, "output": a}
    raise ValueError(schema)


def dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)
