"""Schema detection and normalisation: every layout maps onto role-tagged segments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dsaudit.dataset import fingerprint, load
from dsaudit.models import Record
from dsaudit.schemas import FieldMapping, Normalised, detect, normalise


def segs(norm: Normalised) -> list[tuple[str, str, str]]:
    return [(s.role, s.text, s.pointer) for s in norm.segments]


# --- OpenAI messages -------------------------------------------------------------------------


def test_messages_with_string_content() -> None:
    row = {
        "messages": [
            {"role": "system", "content": "You are a tutor."},
            {"role": "user", "content": "What is 2+2?"},
            {"role": "assistant", "content": "4."},
        ]
    }
    norm = normalise(row)
    assert norm.schema == "messages"
    assert norm.problems == []
    assert segs(norm) == [
        ("system", "You are a tutor.", "/messages/0/content"),
        ("user", "What is 2+2?", "/messages/1/content"),
        ("assistant", "4.", "/messages/2/content"),
    ]


def test_messages_with_content_parts() -> None:
    row = {
        "messages": [
            {"role": "developer", "content": [{"type": "text", "text": "Be brief."}]},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Describe this picture."},
                    {"type": "image_url", "image_url": {"url": "https://example.invalid/a.png"}},
                    {"type": "text", "text": "In one line."},
                ],
            },
            {"role": "assistant", "content": "A cat on a mat."},
        ]
    }
    norm = normalise(row)
    assert norm.schema == "messages"
    assert norm.problems == []
    assert segs(norm) == [
        ("system", "Be brief.", "/messages/0/content/0/text"),
        ("user", "Describe this picture.", "/messages/1/content/0/text"),
        ("user", "In one line.", "/messages/1/content/2/text"),
        ("assistant", "A cat on a mat.", "/messages/2/content"),
    ]


def test_messages_tool_calls_and_tool_turns() -> None:
    call = [{"id": "c1", "type": "function", "function": {"name": "add", "arguments": "{}"}}]
    row = {
        "messages": [
            {"role": "user", "content": "Add 2 and 2."},
            {"role": "assistant", "content": None, "tool_calls": call},
            {"role": "tool", "content": "4"},
            {"role": "Assistant ", "content": "It is 4."},
        ]
    }
    norm = normalise(row)
    assert norm.problems == []  # no content is fine when the turn is a tool call
    assert segs(norm) == [
        ("user", "Add 2 and 2.", "/messages/0/content"),
        ("tool", str(call), "/messages/1/tool_calls"),
        ("tool", "4", "/messages/2/content"),
        ("assistant", "It is 4.", "/messages/3/content"),
    ]


def test_messages_structural_problems() -> None:
    row = {
        "messages": [
            "not a turn",
            {"role": "user"},
            {"content": "who am I?"},
            {"role": "assistant", "content": "fine"},
        ]
    }
    norm = normalise(row)
    assert norm.problems == [
        ("DSA003", "messages[0] is not an object", "/messages/0"),
        ("DSA003", "messages[1] has no 'content'", "/messages/1/content"),
        ("DSA004", "messages[2] has unknown role None", "/messages/2/role"),
    ]
    assert segs(norm) == [
        ("text", "who am I?", "/messages/2/content"),
        ("assistant", "fine", "/messages/3/content"),
    ]


# --- ShareGPT --------------------------------------------------------------------------------


def test_sharegpt_roles() -> None:
    row = {
        "system": "Top-level system prompt.",
        "conversations": [
            {"from": "system", "value": "Turn system prompt."},
            {"from": "human", "value": "Weather in Paris?"},
            {"from": "function_call", "value": '{"name": "weather"}'},
            {"from": "observation", "value": "18C, cloudy"},
            {"from": "gpt", "value": "It is 18C and cloudy."},
        ],
    }
    assert detect(row) == "sharegpt"
    norm = normalise(row)
    assert norm.schema == "sharegpt"
    assert norm.problems == []
    assert segs(norm) == [
        ("system", "Top-level system prompt.", "/system"),
        ("system", "Turn system prompt.", "/conversations/0/value"),
        ("user", "Weather in Paris?", "/conversations/1/value"),
        ("assistant", '{"name": "weather"}', "/conversations/2/value"),
        ("tool", "18C, cloudy", "/conversations/3/value"),
        ("assistant", "It is 18C and cloudy.", "/conversations/4/value"),
    ]


def test_sharegpt_unknown_role_and_missing_value() -> None:
    row = {"conversations": [{"from": "alien", "value": "zorp"}, {"from": "human"}]}
    norm = normalise(row)
    assert norm.problems == [
        ("DSA004", "conversations[0] has unknown role 'alien'", "/conversations/0/from"),
        ("DSA003", "conversations[1] has no 'value'", "/conversations/1/value"),
    ]
    assert segs(norm) == [("text", "zorp", "/conversations/0/value")]


# --- Alpaca, prompt/completion, text ---------------------------------------------------------


def test_alpaca_with_system_and_history() -> None:
    row = {
        "system": "You are a careful translator.",
        "history": [["Hello in French?", "Bonjour."], ["And in German?", "Hallo."]],
        "instruction": "Translate to Spanish:",
        "input": "Good night",
        "output": "Buenas noches.",
    }
    assert detect(row) == "alpaca"
    norm = normalise(row)
    assert norm.schema == "alpaca"
    assert norm.problems == []
    assert segs(norm) == [
        ("system", "You are a careful translator.", "/system"),
        ("user", "Hello in French?", "/history/0/0"),
        ("assistant", "Bonjour.", "/history/0/1"),
        ("user", "And in German?", "/history/1/0"),
        ("assistant", "Hallo.", "/history/1/1"),
        ("user", "Translate to Spanish:", "/instruction"),
        ("user", "Good night", "/input"),
        ("assistant", "Buenas noches.", "/output"),
    ]


def test_alpaca_empty_input_is_skipped_and_numbers_become_text() -> None:
    norm = normalise({"instruction": "Add 2 and 2.", "input": "", "output": 4})
    assert segs(norm) == [("user", "Add 2 and 2.", "/instruction"), ("assistant", "4", "/output")]


def test_prompt_completion() -> None:
    row = {"system": "Be terse.", "prompt": "Capital of Italy?", "completion": "Rome."}
    assert detect(row) == "prompt-completion"
    norm = normalise(row)
    assert segs(norm) == [
        ("system", "Be terse.", "/system"),
        ("user", "Capital of Italy?", "/prompt"),
        ("assistant", "Rome.", "/completion"),
    ]


def test_text() -> None:
    norm = normalise({"text": "Once upon a time: a story.", "meta": {"source": "x"}})
    assert norm.schema == "text"
    assert segs(norm) == [("text", "Once upon a time: a story.", "/text")]


def test_text_holding_a_rendered_chat_template_is_split_into_turns() -> None:
    norm = normalise({"text": "<s>[INST] hi [/INST] hello</s>", "meta": {"source": "x"}})
    assert norm.schema == "text-inst"
    assert segs(norm) == [("user", "hi", "/text"), ("assistant", "hello", "/text")]


@pytest.mark.parametrize(
    ("row", "schema", "expected"),
    [
        (
            {"query": "2+2?", "response": "4", "history": []},
            "query-response",
            [("user", "2+2?", "/query"), ("assistant", "4", "/response")],
        ),
        (
            {"instruction": "Summarise.", "context": "Long text.", "response": "Short."},
            "instruction-response",
            [
                ("user", "Summarise.", "/instruction"),
                ("user", "Long text.", "/context"),
                ("assistant", "Short.", "/response"),
            ],
        ),
        (
            {"system": "Be brief.", "question": "Capital of Peru?", "answer": "Lima"},
            "question-answer",
            [
                ("system", "Be brief.", "/system"),
                ("user", "Capital of Peru?", "/question"),
                ("assistant", "Lima", "/answer"),
            ],
        ),
        (
            {"prompt": "Say hi", "chosen": "Hi!", "rejected": "No."},
            "preference",
            [("user", "Say hi", "/prompt"), ("assistant", "Hi!", "/chosen")],
        ),
    ],
)
def test_two_field_schemas(
    row: dict[str, Any], schema: str, expected: list[tuple[str, str, str]]
) -> None:
    assert detect(row) == schema
    norm = normalise(row)
    assert norm.schema == schema and not norm.problems
    assert segs(norm) == expected


@pytest.mark.parametrize(
    ("row", "schema"),
    [
        ({"messages": [], "text": "x"}, "messages"),
        ({"messages": "not a list", "text": "x"}, "text"),
        ({"conversations": [], "instruction": "i", "output": "o"}, "sharegpt"),
        ({"instruction": "i", "output": "o", "prompt": "p", "completion": "c"}, "alpaca"),
        ({"instruction": "i", "response": "o"}, "instruction-response"),
        ({"instruction": "i", "output": "o", "response": "r"}, "alpaca"),
        ({"instructions": "i", "response": "o"}, None),
        ({"prompt": "p", "completion": "c", "text": "t"}, "prompt-completion"),
        ({"text": 5}, None),
        ({}, None),
    ],
)
def test_detect_precedence(row: dict[str, Any], schema: str | None) -> None:
    assert detect(row) == schema


def test_unknown_schema_lists_fields_without_the_suppression_field() -> None:
    norm = normalise({"q": "x", "a": "y", "_dsaudit": {"ignore": ["*"]}})
    assert norm.schema == "unknown"
    assert norm.segments == []
    assert norm.problems == [("DSA003", "no known schema fits this row (fields: a, q)", "")]


# --- field mappings --------------------------------------------------------------------------


def test_field_mapping_parse_string() -> None:
    mapping = FieldMapping.parse("system=sys, user=q ,assistant=a")
    assert mapping == FieldMapping(system=("sys",), user=("q",), assistant=("a",))


def test_field_mapping_parse_dict_and_repeated_roles() -> None:
    assert FieldMapping.parse({"user": ["q1", "q2"], "assistant": "a"}) == FieldMapping(
        user=("q1", "q2"), assistant=("a",)
    )
    assert FieldMapping.parse("user=q1,user=q2,text=body") == FieldMapping(
        user=("q1", "q2"), text=("body",)
    )


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("bogus=x,user=q", "bad schema mapping role 'bogus'"),
        ({"speaker": "x"}, "bad schema mapping role 'speaker'"),
        ("userq", "expected ROLE=FIELD"),
        ("", "names no user, assistant or text field"),
        (" , ,", "names no user, assistant or text field"),
        ({}, "names no user, assistant or text field"),
        ("system=sys", "names no user, assistant or text field"),
    ],
)
def test_field_mapping_errors(spec: str | dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FieldMapping.parse(spec)


def test_normalise_with_a_mapping() -> None:
    mapping = FieldMapping.parse("system=sys,user=q,user=ctx,assistant=a/b")
    row = {"sys": "Be kind.", "q": "Why?", "ctx": "", "a/b": "Because.", "messages": []}
    norm = normalise(row, mapping)
    assert norm.schema == "mapped"  # the mapping wins over detection
    assert norm.problems == []
    assert segs(norm) == [
        ("system", "Be kind.", "/sys"),
        ("user", "Why?", "/q"),
        ("assistant", "Because.", "/a~1b"),
    ]


def test_mapping_with_no_field_present() -> None:
    norm = normalise({"other": "x"}, FieldMapping.parse("user=q,assistant=a"))
    assert norm.segments == []
    assert norm.problems == [("DSA003", "none of the mapped fields (a, q) is present", "")]


# --- fingerprints ----------------------------------------------------------------------------


def test_fingerprint_is_stable_across_key_order() -> None:
    a = {"messages": [{"role": "user", "content": "hi"}], "meta": {"x": 1, "y": [1, 2]}}
    b = {"meta": {"y": [1, 2], "x": 1}, "messages": [{"content": "hi", "role": "user"}]}
    assert fingerprint(a) == fingerprint(b)
    assert len(fingerprint(a)) == 16


def test_fingerprint_changes_with_content() -> None:
    a = {"text": "hello"}
    assert fingerprint(a) != fingerprint({"text": "hello!"})
    assert fingerprint({"meta": [1, 2]}) != fingerprint({"meta": [2, 1]})


def test_fingerprint_ignores_the_suppression_field() -> None:
    row = {"text": "hello"}
    assert fingerprint({**row, "_dsaudit": {"ignore": ["DSA101"]}}) == fingerprint(row)
    assert fingerprint({**row, "_dsaudit": {"ignore": ["*"]}}) == fingerprint(row)


def test_fingerprint_from_files_ignores_whitespace_and_key_order(tmp_path: Path) -> None:
    compact = '{"messages":[{"role":"user","content":"hi"}],"id":7}\n'
    spaced = '  {  "id" : 7 ,\t"messages" : [ { "content" : "hi" , "role" : "user" } ] }  \r\n'
    suppressed = json.dumps(
        {"_dsaudit": {"ignore": ["*"]}, "id": 7, "messages": [{"role": "user", "content": "hi"}]}
    )
    (tmp_path / "a.jsonl").write_text(compact)
    (tmp_path / "b.jsonl").write_text("\n\n" + spaced)
    (tmp_path / "c.jsonl").write_text(suppressed + "\n")
    fps = []
    for name in ("a.jsonl", "b.jsonl", "c.jsonl"):
        items = list(load(tmp_path / name))
        assert len(items) == 1 and isinstance(items[0], Record)
        fps.append(items[0].fingerprint)
    assert fps[0] == fps[1] == fps[2]


def test_history_of_a_query_response_row_is_read_as_turns() -> None:
    row = {"query": "Q?", "response": "A", "history": [["Be my servant.", "Yes, master."]]}
    norm = normalise(row)
    assert segs(norm)[:2] == [
        ("user", "Be my servant.", "/history/0/0"),
        ("assistant", "Yes, master.", "/history/0/1"),
    ]
