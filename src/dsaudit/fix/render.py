"""Render a new row in a dataset's own format, from one of its rows as the exemplar.

Copying an existing row and replacing only its request and answer keeps everything the
template inference cannot name: field names, extra keys (tools, metadata), ShareGPT role
names, typed content parts, the system prompt exactly as written, the leading space of
completions. The request goes between the dataset's constant prefix and suffix.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from dsaudit.schemas import PAIR_SCHEMAS, SUPPRESSION_FIELD

_ID_KEYS = ("id", "uid", "uuid", "idx", "index", "row_id", "example_id")


class RenderError(ValueError):
    """The dataset's format leaves no place to put a request and an answer."""


@dataclass(frozen=True)
class Wrapper:
    """Where the request goes in the user turn (or Alpaca field) and where the answer goes."""

    prefix: str = ""
    suffix: str = ""
    field: str = ""  # alpaca: "instruction" or "input"; else ""
    fixed_instruction: str | None = None  # alpaca with a constant instruction
    completion_space: bool = False  # prompt/completion answers start with a space


def _set_content(turn: dict[str, Any], key: str, text: str) -> None:
    content = turn.get(key)
    if isinstance(content, list):  # typed parts: one text part of the same shape
        first = next((p for p in content if isinstance(p, dict) and "text" in p), None)
        part = {k: v for k, v in first.items() if k in ("type",)} if first else {"type": "text"}
        part["text"] = text
        turn[key] = [part]
    else:
        turn[key] = text


def _turns(
    row: dict[str, Any],
    key: str,
    role_key: str,
    text_key: str,
    request: str,
    answer: str,
    roles: tuple[set[str], set[str], set[str]],
) -> None:
    system_roles, user_roles, assistant_roles = roles
    turns = row.get(key)
    if not isinstance(turns, list):
        raise RenderError(f"the exemplar row has no {key!r} list")
    head = [t for t in turns if isinstance(t, dict) and t.get(role_key) in system_roles]
    user = next((t for t in turns if isinstance(t, dict) and t.get(role_key) in user_roles), None)
    reply = next(
        (
            t
            for t in turns
            if isinstance(t, dict)
            and t.get(role_key) in assistant_roles
            and isinstance(t.get(text_key), (str, list))
        ),
        None,
    )
    if user is None or reply is None:
        raise RenderError(f"the exemplar row has no user and assistant turn in {key!r}")
    user, reply = copy.deepcopy(user), copy.deepcopy(reply)
    for extra in ("tool_calls", "function_call", "name"):
        reply.pop(extra, None)
    _set_content(user, text_key, request)
    _set_content(reply, text_key, answer)
    row[key] = [*copy.deepcopy(head), user, reply]


def render(
    exemplar: dict[str, Any],
    schema: str,
    wrapper: Wrapper,
    request: str,
    answer: str,
    *,
    keep_system: bool = True,
    row_id: str = "",
) -> dict[str, Any]:
    """A new row shaped like `exemplar` with `request` (wrapped) and `answer` in place."""
    row = copy.deepcopy(exemplar)
    row.pop(SUPPRESSION_FIELD, None)
    for key in _ID_KEYS:
        if key in row and row_id:
            row[key] = row_id if isinstance(row[key], str) else row[key]
    wrapped = f"{wrapper.prefix}{request}{wrapper.suffix}"
    if schema == "messages":
        _turns(
            row,
            "messages",
            "role",
            "content",
            wrapped,
            answer,
            ({"system", "developer"}, {"user"}, {"assistant"}),
        )
        if not keep_system:
            row["messages"] = [
                t for t in row["messages"] if t.get("role") not in ("system", "developer")
            ]
    elif schema == "sharegpt":
        _turns(
            row,
            "conversations",
            "from",
            "value",
            wrapped,
            answer,
            ({"system"}, {"human", "user"}, {"gpt", "assistant", "bot", "model"}),
        )
        if not keep_system:
            row["conversations"] = [t for t in row["conversations"] if t.get("from") != "system"]
            row.pop("system", None)
    elif schema == "alpaca":
        if wrapper.fixed_instruction is not None and wrapper.field == "input":
            row["instruction"] = wrapper.fixed_instruction
            row["input"] = wrapped
        else:
            row["instruction"] = wrapped
            if "input" in row:
                row["input"] = ""
        row["output"] = answer
        row.pop("history", None)
        if not keep_system:
            row.pop("system", None)
    elif schema == "prompt-completion":
        row["prompt"] = wrapped
        row["completion"] = (" " if wrapper.completion_space else "") + answer
        if not keep_system:
            row.pop("system", None)
    elif schema == "preference":
        raise RenderError(
            "fix writes supervised rows; a preference dataset (prompt/chosen/rejected) needs "
            "a rejected answer for each safety row, which fix does not invent"
        )
    elif schema in PAIR_SCHEMAS:
        users, answer_field = PAIR_SCHEMAS[schema]
        for name in users[1:]:
            if name in row:
                row[name] = ""
        row[users[0]] = wrapped
        row[answer_field] = answer
        if not keep_system:
            row.pop("system", None)
    elif schema.startswith("text-"):
        raise RenderError(
            f"fix cannot write rows of a chat template rendered into text ({schema!r}) yet; "
            "convert the dataset to OpenAI `messages` rows, fix those, and render them again"
        )
    else:
        raise RenderError(
            f"fix cannot tell where the request and the answer go in {schema!r} rows; "
            "map the fields with --schema (e.g. user=question,assistant=answer)"
        )
    return row


def render_mapped(
    exemplar: dict[str, Any],
    user_fields: tuple[str, ...],
    answer_field: str,
    wrapper: Wrapper,
    request: str,
    answer: str,
) -> dict[str, Any]:
    """A row for a field-mapped dataset: the first user field gets the request, the other user
    fields are emptied (they held the exemplar's own item)."""
    row = copy.deepcopy(exemplar)
    row.pop(SUPPRESSION_FIELD, None)
    for name in user_fields[1:]:
        if name in row:
            row[name] = ""
    row[user_fields[0]] = f"{wrapper.prefix}{request}{wrapper.suffix}"
    row[answer_field] = answer
    return row
