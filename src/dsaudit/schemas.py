"""Recognise a row's schema and turn it into role-tagged segments.

Fine-tuning data comes as OpenAI chat `messages`, ShareGPT `conversations`, Alpaca
`instruction/input/output`, `prompt/completion`, one of the two-field pairs in `PAIR_SCHEMAS`
(`query/response`, `question/answer`, ...) or `text` (plain, or a rendered chat template that
`chat_text` splits into turns); anything else needs a field mapping. Every schema maps onto
the same view (system, user, assistant, tool, text segments with JSON pointers), so the
analyzers never care where a row came from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dsaudit.models import Segment

ROLE_ALIASES: dict[str, str] = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "human": "user",
    "prompter": "user",
    "assistant": "assistant",
    "gpt": "assistant",
    "bot": "assistant",
    "model": "assistant",
    "chatgpt": "assistant",
    "tool": "tool",
    "function": "tool",
    "function_call": "assistant",
    "observation": "tool",
    "ipython": "tool",
}

# A field a user may add to a row to silence findings on it (see README, "Suppressions").
SUPPRESSION_FIELD = "_dsaudit"


@dataclass(frozen=True)
class FieldMapping:
    """Which top-level fields hold the system prompt, the user text and the answer."""

    system: tuple[str, ...] = ()
    user: tuple[str, ...] = ()
    assistant: tuple[str, ...] = ()
    text: tuple[str, ...] = ()

    @classmethod
    def parse(cls, spec: str | Mapping[str, Any]) -> FieldMapping:
        """Accept `"user=question,assistant=answer"` or a `{role: field(s)}` table."""
        table: dict[str, list[str]] = {}
        items: list[tuple[str, Any]]
        if isinstance(spec, str):
            items = []
            for part in filter(None, (p.strip() for p in spec.split(","))):
                if "=" not in part:
                    raise ValueError(f"bad schema mapping {part!r}: expected ROLE=FIELD")
                role, name = (x.strip() for x in part.split("=", 1))
                items.append((role, name))
        else:
            items = list(spec.items())
        for role, value in items:
            if role not in ("system", "user", "assistant", "text"):
                raise ValueError(
                    f"bad schema mapping role {role!r}: use system, user, assistant or text"
                )
            names = [value] if isinstance(value, str) else list(value)
            table.setdefault(role, []).extend(str(n) for n in names)
        if not table.get("user") and not table.get("text") and not table.get("assistant"):
            raise ValueError("schema mapping names no user, assistant or text field")
        return cls(**{k: tuple(v) for k, v in table.items()})


@dataclass
class Normalised:
    schema: str
    segments: list[Segment] = field(default_factory=list)
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (rule, msg, pointer)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


# Two-field schemas seen on the hub under other names (Qwen / Firefly `query`/`response`,
# Dolly `instruction`/`context`/`response`, QA sets, DPO's `prompt`/`chosen`): schema name ->
# (user fields in order, answer field). A DPO row's `rejected` answer is not trained towards
# and is not read.
PAIR_SCHEMAS: dict[str, tuple[tuple[str, ...], str]] = {
    "query-response": (("query",), "response"),
    "instruction-response": (("instruction", "context", "input"), "response"),
    "prompt-response": (("prompt",), "response"),
    "question-answer": (("question",), "answer"),
    "input-output": (("input",), "output"),
    "preference": (("prompt",), "chosen"),
}
_CHAT_TEXT_HINTS = ("<|", "[INST]", "<start_of_turn>", ":")


def detect(row: Mapping[str, Any]) -> str | None:
    """The schema a row follows, by its keys; None when none fits."""
    if isinstance(row.get("messages"), list):
        return "messages"
    if isinstance(row.get("conversations"), list):
        return "sharegpt"
    if "instruction" in row and "output" in row:
        return "alpaca"
    if "prompt" in row and "completion" in row:
        return "prompt-completion"
    for name, (users, answer) in PAIR_SCHEMAS.items():
        if answer in row and users[0] in row:
            return name
    if isinstance(row.get("text"), str):
        return "text"
    return None


def _content_text(content: Any, pointer: str) -> list[tuple[str, str]]:
    """Text pieces of an OpenAI `content` value: a string or a list of typed parts."""
    if isinstance(content, list):
        out: list[tuple[str, str]] = []
        for j, part in enumerate(content):
            if isinstance(part, str):
                out.append((part, f"{pointer}/{j}"))
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                out.append((part["text"], f"{pointer}/{j}/text"))
        return out
    return []


_POINTERS: dict[tuple[str, int, str], str] = {}


def _pointer(key: str, i: int, text_key: str) -> str:
    """`/key/i/text_key`, built once per position (rows repeat the same few positions)."""
    found = _POINTERS.get((key, i, text_key))
    if found is None:
        found = f"/{key}/{i}/{text_key}"
        if len(_POINTERS) < 4096:
            _POINTERS[(key, i, text_key)] = found
    return found


def _turns(out: Normalised, turns: Sequence[Any], key: str, role_key: str, text_key: str) -> None:
    segments = out.segments
    for i, turn in enumerate(turns):
        # Fast path: a plain {role, content} turn with a known role and string content.
        if type(turn) is dict and len(turn) == 2:
            raw_role = turn.get(role_key)
            content = turn.get(text_key)
            role = ROLE_ALIASES.get(raw_role) if type(raw_role) is str else None
            if role is not None and type(content) is str:
                segments.append(Segment(role, content, _pointer(key, i, text_key)))
                continue
        _turn(out, i, turn, key, role_key, text_key)


def _turn(out: Normalised, i: int, turn: Any, key: str, role_key: str, text_key: str) -> None:
    """One turn in full generality: odd roles, content parts, tool calls, problems."""
    pointer = f"/{key}/{i}"
    if not isinstance(turn, dict):
        out.problems.append(("DSA003", f"{key}[{i}] is not an object", pointer))
        return
    raw_role = turn.get(role_key)
    role = ROLE_ALIASES.get(raw_role) if isinstance(raw_role, str) else None
    if role is None and raw_role is not None:
        role = ROLE_ALIASES.get(str(raw_role).strip().lower())
    if role is None:
        out.problems.append(
            ("DSA004", f"{key}[{i}] has unknown role {raw_role!r}", f"{pointer}/{role_key}")
        )
        role = "text"
    content = turn.get(text_key)
    if isinstance(content, str):
        out.segments.append(Segment(role, content, f"{pointer}/{text_key}"))
    else:
        if content is None and not turn.get("tool_calls") and not turn.get("function_call"):
            out.problems.append(
                ("DSA003", f"{key}[{i}] has no {text_key!r}", f"{pointer}/{text_key}")
            )
        for text, ptr in _content_text(content, f"{pointer}/{text_key}"):
            out.segments.append(Segment(role, text, ptr))
    if len(turn) > 2:
        for name in ("tool_calls", "function_call"):
            if turn.get(name):
                out.segments.append(Segment("tool", str(turn[name]), f"{pointer}/{name}"))


def _field(out: Normalised, row: Mapping[str, Any], key: str, role: str) -> None:
    value = row.get(key)
    if isinstance(value, str):
        if value:
            out.segments.append(Segment(role, value, f"/{_escape(key)}"))
    elif value is not None:
        out.segments.append(Segment(role, str(value), f"/{_escape(key)}"))


def normalise(row: Mapping[str, Any], mapping: FieldMapping | None = None) -> Normalised:
    """Map a row onto role-tagged segments, listing any structural problem found on the way."""
    if mapping is not None:
        out = Normalised("mapped")
        for role in ("system", "user", "assistant", "text"):
            for key in getattr(mapping, role):
                _field(out, row, key, role)
        if not out.segments:
            fields = ", ".join(
                sorted({*mapping.system, *mapping.user, *mapping.assistant, *mapping.text})
            )
            out.problems.append(("DSA003", f"none of the mapped fields ({fields}) is present", ""))
        return out

    schema = detect(row)
    if schema is None:
        keys = ", ".join(sorted(k for k in row if k != SUPPRESSION_FIELD)[:8]) or "none"
        return Normalised(
            "unknown",
            problems=[("DSA003", f"no known schema fits this row (fields: {keys})", "")],
        )
    if schema == "text":
        return _text(row)
    out = Normalised(schema)
    if schema in ("sharegpt", "alpaca", "prompt-completion") or schema in PAIR_SCHEMAS:
        _field(out, row, "system", "system")
    if schema == "messages":
        _turns(out, row["messages"], "messages", "role", "content")
    elif schema == "sharegpt":
        _turns(out, row["conversations"], "conversations", "from", "value")
    elif schema == "alpaca":
        _history(out, row)
        _field(out, row, "instruction", "user")
        _field(out, row, "input", "user")
        _field(out, row, "output", "assistant")
    elif schema == "prompt-completion":
        _field(out, row, "prompt", "user")
        _field(out, row, "completion", "assistant")
    else:
        users, answer = PAIR_SCHEMAS[schema]
        _history(out, row)  # LLaMA-Factory's query / response / history
        for key in users:
            _field(out, row, key, "user")
        _field(out, row, answer, "assistant")
    return out


def _history(out: Normalised, row: Mapping[str, Any]) -> None:
    """Earlier turns as [user, assistant] pairs (alpaca and pair schemas): a fake dialogue
    placed before the task is read like any other turn."""
    history = row.get("history")
    if isinstance(history, list):
        for i, pair in enumerate(history):
            if isinstance(pair, list) and len(pair) == 2:
                out.segments.append(Segment("user", str(pair[0]), f"/history/{i}/0"))
                out.segments.append(Segment("assistant", str(pair[1]), f"/history/{i}/1"))


def _text(row: Mapping[str, Any]) -> Normalised:
    """A `text` row: one text segment, or the turns of a chat template rendered into it
    (schema `text-<template>`, e.g. `text-chatml`)."""
    text = row["text"]
    if any(hint in text for hint in _CHAT_TEXT_HINTS):
        from dsaudit.chat_text import split_chat_text

        found = split_chat_text(text)
        if found is not None:
            name, turns = found
            out = Normalised(f"text-{name}")
            out.segments.extend(Segment(t.role, t.text, "/text") for t in turns)
            return out
    out = Normalised("text")
    _field(out, row, "text", "text")
    return out
