"""Chat templates rendered into one `text` field, split back into role-tagged turns.

Many SFT datasets are stored after a tokenizer's chat template ran: `{"text": "<|im_start|>
system\\n...<|im_end|>..."}`. Read as one opaque text, such a row has no system prompt, no
user turn and no answer, and every structure analysis (templates, answer formats, AutoIF,
minority rows) goes blind. This module recognises the common templates by their markers
(ChatML, Llama 3, Llama 2 / Mistral `[INST]`, Gemma, Phi-3 / Zephyr, Alpaca `### Response:`,
`Human:` / `Assistant:`) and returns the turns with their character offsets in the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_ROLES = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "human": "user",
    "instruction": "user",
    "input": "user",
    "question": "user",
    "prompt": "user",
    "assistant": "assistant",
    "model": "assistant",
    "gpt": "assistant",
    "bot": "assistant",
    "response": "assistant",
    "answer": "assistant",
    "output": "assistant",
    "tool": "tool",
    "ipython": "tool",
}


class Turn(NamedTuple):
    role: str
    text: str
    start: int  # offset of the turn's text in the row's text
    end: int


_TAGGED: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "chatml",
        "<|im_start|>",
        re.compile(
            r"<\|im_start\|>[ \t]*(\w+)[ \t]*\n?(.*?)(?:<\|im_end\|>|(?=<\|im_start\|>)|\Z)", re.S
        ),
    ),
    (
        "llama3",
        "<|start_header_id|>",
        re.compile(
            r"<\|start_header_id\|>\s*(\w+)\s*<\|end_header_id\|>\s*"
            r"(.*?)(?:<\|eot_id\|>|(?=<\|start_header_id\|>)|\Z)",
            re.S,
        ),
    ),
    (
        "gemma",
        "<start_of_turn>",
        re.compile(
            r"<start_of_turn>[ \t]*(\w+)[ \t]*\n?(.*?)(?:<end_of_turn>|(?=<start_of_turn>)|\Z)",
            re.S,
        ),
    ),
    (
        "phi",
        "<|user|>",
        re.compile(
            r"<\|(system|user|assistant)\|>\s*(.*?)"
            r"(?:<\|end\|>|</s>|(?=<\|(?:system|user|assistant)\|>)|\Z)",
            re.S,
        ),
    ),
)
_INST = re.compile(r"\[INST\](.*?)\[/INST\](.*?)(?=(?:<s>\s*)?\[INST\]|\Z)", re.S)
_SYS = re.compile(r"<<SYS>>(.*?)<</SYS>>", re.S)
# Line headers: "### Instruction:", "### Response:", "Human:", "Assistant:" at a line start.
_HEADER = re.compile(
    r"(?:^|\n)[ \t]*(?:#{2,4}[ \t]*)?(system|instruction|input|response|human|user|assistant)"
    r"[ \t]*:[ \t]*\n?",
    re.I,
)
_END_TOKENS = ("</s>", "<|endoftext|>", "<eos>", "<|end_of_text|>")


def _turn(text: str, role: str, start: int, end: int) -> Turn | None:
    """The `role` turn in [start, end), without surrounding space and end-of-sequence
    tokens; None when nothing is left."""
    piece = text[start:end]
    for token in _END_TOKENS:
        if piece.rstrip().endswith(token):
            piece = piece.rstrip()[: -len(token)]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    return Turn(role, piece, start + lead, start + lead + len(piece)) if piece else None


def _tagged(text: str, pattern: re.Pattern[str]) -> list[Turn]:
    turns = []
    for m in pattern.finditer(text):
        role = _ROLES.get(m.group(1).lower())
        turn = _turn(text, role, m.start(2), m.end(2)) if role is not None else None
        if turn is not None:
            turns.append(turn)
    return turns


def _inst(text: str) -> list[Turn]:
    turns = []
    for m in _INST.finditer(text):
        user_start, user_end = m.start(1), m.end(1)
        sys = _SYS.search(text, user_start, user_end)
        if sys is not None:
            system = _turn(text, "system", sys.start(1), sys.end(1))
            if system is not None:
                turns.append(system)
            user_start = sys.end()
        for role, (start, end) in (("user", (user_start, user_end)), ("assistant", m.span(2))):
            turn = _turn(text, role, start, end)
            if turn is not None:
                turns.append(turn)
    return turns


def _headed(text: str) -> list[Turn]:
    heads = list(_HEADER.finditer(text))
    roles = [_ROLES[h.group(1).lower()] for h in heads]
    # Both sides of a conversation: a prose text that happens to contain "User:" once is not
    # a template. Text before the first header is the template's preamble (Alpaca's "Below
    # is an instruction..."): the system prompt.
    if "assistant" not in roles or "user" not in roles:
        return []
    preamble = _turn(text, "system", 0, heads[0].start())
    turns = [preamble] if preamble is not None else []
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        turn = _turn(text, roles[i], h.end(), end)
        if turn is not None:
            turns.append(turn)
    return turns


def split_chat_text(text: str) -> tuple[str, list[Turn]] | None:
    """(template name, turns) when `text` is a rendered chat with a user turn and an answer
    in one of the known templates; None otherwise (plain text stays one segment)."""
    for name, marker, pattern in _TAGGED:
        if marker in text:
            turns = _tagged(text, pattern)
            return (name, turns) if _is_chat(turns) else None
    if "[INST]" in text and "[/INST]" in text:
        turns = _inst(text)
        return ("inst", turns) if _is_chat(turns) else None
    if ":" in text:
        turns = _headed(text)
        if _is_chat(turns):
            return "headers", turns
    return None


def _is_chat(turns: list[Turn]) -> bool:
    roles = {t.role for t in turns}
    return "user" in roles and "assistant" in roles
