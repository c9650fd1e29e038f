"""Bad input never stops a scan: each problem becomes a finding on its line, or InputFailure.

Every test builds its own files under tmp_path.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dsaudit.dataset import InputFailure, LoadOptions, load
from dsaudit.models import Finding, Record, Severity


def chat(i: int) -> dict[str, Any]:
    return {
        "messages": [
            {"role": "user", "content": f"What is {i} plus {i}?"},
            {"role": "assistant", "content": f"{i} plus {i} is {2 * i}."},
        ]
    }


def line(row: Any) -> str:
    return json.dumps(row)


def split(path: Path, options: LoadOptions | None = None) -> tuple[list[Record], list[Finding]]:
    items = list(load(path, options))
    records = [i for i in items if isinstance(i, Record)]
    findings = [i for i in items if isinstance(i, Finding)]
    assert len(records) + len(findings) == len(items)
    return records, findings


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# --- JSONL -----------------------------------------------------------------------------------


def test_malformed_json_line_reports_dsa001_on_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "data.jsonl",
        "\n".join([line(chat(1)), line(chat(2)), '{"messages": [{"role": "user",', line(chat(4))])
        + "\n",
    )
    records, findings = split(path)
    assert [(f.rule_id, f.row, f.severity) for f in findings] == [("DSA001", 3, Severity.ERROR)]
    assert findings[0].message.startswith("malformed JSON")
    assert findings[0].evidence.startswith('{"messages"')
    assert [r.row for r in records] == [1, 2, 4]
    assert records[2].data == chat(4)


@pytest.mark.parametrize(
    ("raw", "kind"),
    [("[1, 2]", "list"), ("42", "int"), ("null", "null"), ('"just a string"', "str")],
)
def test_non_object_row_is_dsa002(tmp_path: Path, raw: str, kind: str) -> None:
    path = write(tmp_path / "data.jsonl", f"{line(chat(1))}\n{raw}\n{line(chat(3))}\n")
    records, findings = split(path)
    assert [(f.rule_id, f.row) for f in findings] == [("DSA002", 2)]
    assert f"JSON {kind}" in findings[0].message
    assert [r.row for r in records] == [1, 3]


def test_jsonl_whose_first_row_is_an_array_is_still_read_line_by_line(tmp_path: Path) -> None:
    # A .jsonl file starting with `[` must not be mistaken for a JSON array file (that would
    # silently drop every row after the first line).
    path = write(tmp_path / "data.jsonl", f"[1, 2]\n{line(chat(2))}\n{line(chat(3))}\n")
    records, findings = split(path)
    assert [(f.rule_id, f.row) for f in findings] == [("DSA002", 1)]
    assert [r.row for r in records] == [2, 3]


def test_row_with_no_known_schema_is_dsa003(tmp_path: Path) -> None:
    row = {"q": "What is 2+2?", "a": "4", "_dsaudit": {"ignore": ["*"]}}
    path = write(tmp_path / "data.jsonl", f"{line(row)}\n{line(chat(2))}\n")
    records, findings = split(path)
    assert [(f.rule_id, f.row, f.severity) for f in findings] == [("DSA003", 1, Severity.ERROR)]
    # the message lists the row's fields (not the suppression field) so the user can map them
    assert "(fields: a, q)" in findings[0].message
    assert findings[0].fingerprint
    assert [r.row for r in records] == [2]


def test_unknown_role_is_a_warning_and_the_row_is_still_scanned(tmp_path: Path) -> None:
    row = {
        "messages": [
            {"role": "user", "content": "Tell me a story."},
            {"role": "narrator", "content": "Once upon a time."},
            {"role": "assistant", "content": "The end."},
        ]
    }
    path = write(tmp_path / "data.jsonl", line(row) + "\n")
    records, findings = split(path)
    assert [(f.rule_id, f.row, f.severity) for f in findings] == [("DSA004", 1, Severity.WARNING)]
    assert findings[0].location == "/messages/1/role"
    assert "'narrator'" in findings[0].message
    assert len(records) == 1
    segments = [(s.role, s.text, s.pointer) for s in records[0].segments]
    assert segments == [
        ("user", "Tell me a story.", "/messages/0/content"),
        ("text", "Once upon a time.", "/messages/1/content"),
        ("assistant", "The end.", "/messages/2/content"),
    ]
    assert findings[0].fingerprint == records[0].fingerprint


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\r\n  ", b"\xef\xbb\xbf\n"])
def test_empty_or_blank_file_is_an_input_failure(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputFailure, match="empty"):
        list(load(path))


def test_long_run_of_blank_lines_before_the_first_row_is_not_empty(tmp_path: Path) -> None:
    # more blank bytes than the 8 KiB probe, then a real row
    path = write(tmp_path / "data.jsonl", "\n" * 20_000 + line(chat(1)) + "\n")
    records, findings = split(path)
    assert findings == []
    assert [r.row for r in records] == [20_001]


def test_utf8_bom_at_file_start(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + f"{line(chat(1))}\n{line(chat(2))}\n".encode())
    records, findings = split(path)
    assert findings == []
    assert [r.row for r in records] == [1, 2]
    assert records[0].data == chat(1)


def test_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(f"{line(chat(1))}\r\n\r\n{line(chat(3))}\r\n".encode())
    records, findings = split(path)
    assert findings == []
    assert [r.row for r in records] == [1, 3]
    assert all("\r" not in s.text for r in records for s in r.segments)


def test_invalid_utf8_on_one_line_is_dsa005(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    bad = b'{"text": "caf\xe9 au lait"}'
    path.write_bytes(line(chat(1)).encode() + b"\n" + bad + b"\n" + line(chat(3)).encode() + b"\n")
    records, findings = split(path)
    assert [(f.rule_id, f.row, f.severity) for f in findings] == [("DSA005", 2, Severity.ERROR)]
    assert "invalid UTF-8 at byte 13" in findings[0].message
    assert [r.row for r in records] == [1, 3]


def _text_row_of_size(size: int) -> bytes:
    overhead = len(b'{"text": ""}')
    raw = b'{"text": "' + b"a" * (size - overhead) + b'"}'
    assert len(raw) == size
    return raw


def test_line_longer_than_max_line_bytes_is_dsa006(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(
        line(chat(1)).encode() + b"\n" + _text_row_of_size(50_000) + b"\n" + line(chat(3)).encode()
    )
    records, findings = split(path, LoadOptions(max_line_bytes=2048))
    assert [(f.rule_id, f.row, f.severity) for f in findings] == [("DSA006", 2, Severity.ERROR)]
    assert "2,048 bytes" in findings[0].message
    assert findings[0].fingerprint
    assert [r.row for r in records] == [1, 3]


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_max_line_bytes_boundary(tmp_path: Path, newline: bytes) -> None:
    # the limit counts the row, not its line ending: exactly 2048 bytes is scanned in both
    # LF and CRLF files, 2049 bytes is not
    path = tmp_path / "data.jsonl"
    path.write_bytes(
        _text_row_of_size(2048) + newline + _text_row_of_size(2049) + newline + b'{"text": "x"}'
    )
    records, findings = split(path, LoadOptions(max_line_bytes=2048))
    assert [(f.rule_id, f.row) for f in findings] == [("DSA006", 2)]
    assert [r.row for r in records] == [1, 3]
    assert len(records[0].data["text"]) == 2048 - len(b'{"text": ""}')


def test_fifty_megabyte_line_with_the_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    chunk = b"a" * (1 << 20)
    with path.open("wb") as fh:
        fh.write(line(chat(1)).encode() + b"\n")
        fh.write(b'{"text": "')
        for _ in range(50):
            fh.write(chunk)
        fh.write(b'"}\n')
        fh.write(line(chat(3)).encode() + b"\n")
        fh.write(line(chat(4)).encode() + b"\n")
    assert path.stat().st_size > 50 * (1 << 20)
    records, findings = split(path)
    assert [(f.rule_id, f.row) for f in findings] == [("DSA006", 2)]
    assert "16,777,216 bytes" in findings[0].message
    assert [r.row for r in records] == [1, 3, 4]


def test_binary_file_is_an_input_failure(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)) * 4)
    with pytest.raises(InputFailure, match="binary") as info:
        list(load(path))
    assert info.value.error.source == str(path)


def test_directory_that_is_not_a_datasets_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "data.jsonl").write_text(line(chat(1)) + "\n")
    with pytest.raises(InputFailure, match="is a directory"):
        list(load(folder))


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(InputFailure, match="no such file") as info:
        load(missing)
    assert str(info.value) == f"{missing}: no such file or directory"


def test_blank_lines_are_skipped_without_findings(tmp_path: Path) -> None:
    path = write(tmp_path / "data.jsonl", f"\n\n{line(chat(3))}\n   \n\t\n{line(chat(6))}\n\n")
    records, findings = split(path)
    assert findings == []
    assert [r.row for r in records] == [3, 6]


# --- JSON arrays -----------------------------------------------------------------------------


def test_json_array_rows_are_the_lines_where_elements_start(tmp_path: Path) -> None:
    text = (
        "[\n"  # line 1
        '  {"text": "a"},\n'  # line 2
        "\n"  # line 3
        '  {"text": "b"}, {"text": "c"},\n'  # line 4
        "  {\n"  # line 5: a multi-line element starts here
        '    "text": "d"\n'
        "  },\n"
        '  {"text": "e"}\n'  # line 8
        "]\n"
    )
    records, findings = split(write(tmp_path / "data.json", text))
    assert findings == []
    assert [(r.row, r.data["text"]) for r in records] == [
        (2, "a"),
        (4, "b"),
        (4, "c"),
        (5, "d"),
        (8, "e"),
    ]


def test_malformed_json_array_keeps_the_elements_before_the_error(tmp_path: Path) -> None:
    text = (
        "[\n"
        '  {"text": "a"},\n'
        '  {"text": "b"},\n'
        "  {\n"
        '    "text": oops\n'  # line 5: the error
        "  },\n"
        '  {"text": "never read"}\n'
        "]\n"
    )
    records, findings = split(write(tmp_path / "data.json", text))
    assert [(f.rule_id, f.row) for f in findings] == [("DSA001", 5)]
    assert "rows after this point are not read" in findings[0].message
    assert [(r.row, r.data["text"]) for r in records] == [(2, "a"), (3, "b")]


def test_unclosed_json_array(tmp_path: Path) -> None:
    text = '[\n  {"text": "a"},\n  {"text": "b"}\n\n'
    records, findings = split(write(tmp_path / "data.json", text))
    assert [r.row for r in records] == [2, 3]
    assert [(f.rule_id, f.row) for f in findings] == [("DSA001", 5)]
    assert "not closed" in findings[0].message


def test_json_array_with_bom_and_a_non_object_element(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(b'\xef\xbb\xbf\n[\n  {"text": "a"},\n  42\n]')
    records, findings = split(path)
    assert [r.row for r in records] == [3]
    assert [(f.rule_id, f.row) for f in findings] == [("DSA002", 4)]


# --- CSV -------------------------------------------------------------------------------------


def test_csv_rows_are_numbered_by_their_first_line(tmp_path: Path) -> None:
    text = (
        "instruction,input,output\n"  # line 1
        "Say hi,,Hi\n"  # line 2
        '"Write two lines","","one\ntwo"\n'  # lines 3-4
        "Count,to three,1 2 3\n"  # line 5
    )
    path = tmp_path / "data.csv"
    path.write_bytes(text.encode())
    records, findings = split(path)
    assert findings == []
    assert [r.row for r in records] == [2, 3, 5]
    assert [r.schema for r in records] == ["alpaca"] * 3
    assert records[1].data["output"] == "one\ntwo"


def test_csv_row_with_wrong_number_of_fields_is_dsa001(tmp_path: Path) -> None:
    text = "prompt,completion\nHello,World\nonly one field\na,b,c\nBye,Now\n"
    path = write(tmp_path / "data.csv", text)
    records, findings = split(path)
    assert [(f.rule_id, f.row) for f in findings] == [("DSA001", 3), ("DSA001", 4)]
    assert "1 fields, the header has 2" in findings[0].message
    assert "3 fields, the header has 2" in findings[1].message
    assert [r.row for r in records] == [2, 5]


def test_csv_messages_column_holding_json_is_decoded(tmp_path: Path) -> None:
    messages = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Hi, there"},
        {"role": "assistant", "content": 'He said "hello"'},
    ]
    path = tmp_path / "data.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        import csv

        writer = csv.writer(fh)
        writer.writerow(["id", "messages"])
        writer.writerow(["1", json.dumps(messages)])
    records, findings = split(path)
    assert findings == []
    assert len(records) == 1
    assert records[0].schema == "messages"
    assert records[0].data["messages"] == messages
    assert [(s.role, s.pointer) for s in records[0].segments] == [
        ("system", "/messages/0/content"),
        ("user", "/messages/1/content"),
        ("assistant", "/messages/2/content"),
    ]


def test_csv_with_bom_and_invalid_utf8_row(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"\xef\xbb\xbftext\nhello\ncaf\xe9\nbye\n")
    records, findings = split(path)
    assert [(f.rule_id, f.row) for f in findings] == [("DSA005", 3)]
    assert [(r.row, r.data) for r in records] == [(2, {"text": "hello"}), (4, {"text": "bye"})]


# --- Parquet ---------------------------------------------------------------------------------


def test_parquet_rows_are_numbered_from_one(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [
        {"prompt": "Say hi", "completion": "Hi"},
        {"prompt": "Name a colour", "completion": "Blue"},
        {"prompt": "Count", "completion": "1 2 3"},
    ]
    path = tmp_path / "data.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    records, findings = split(path)
    assert findings == []
    assert [(r.row, r.schema) for r in records] == [(i, "prompt-completion") for i in (1, 2, 3)]
    assert [(s.role, s.text, s.pointer) for s in records[2].segments] == [
        ("user", "Count", "/prompt"),
        ("assistant", "1 2 3", "/completion"),
    ]


def test_parquet_rows_with_no_known_schema(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "data.parquet"
    pq.write_table(pa.Table.from_pylist([{"q": "a", "a": "b"}, {"q": "c", "a": "d"}]), path)
    records, findings = split(path)
    assert records == []
    assert [(f.rule_id, f.row) for f in findings] == [("DSA003", 1), ("DSA003", 2)]


def test_parquet_with_chat_messages(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [chat(1), {"messages": [{"role": "user", "content": "Hello"}]}]
    path = tmp_path / "chat.pq"
    pq.write_table(pa.Table.from_pylist(rows), path)
    records, findings = split(path)
    assert findings == []
    assert [(r.row, r.schema) for r in records] == [(1, "messages"), (2, "messages")]
    assert records[0].data == chat(1)


def test_corrupt_parquet_is_an_input_failure(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    path = write(tmp_path / "data.parquet", "this is not parquet\n")
    with pytest.raises(InputFailure, match="unreadable Parquet"):
        list(load(path))


# --- saved `datasets` directories ------------------------------------------------------------


def test_saved_datasets_directory(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    rows = [{"text": "first row"}, {"text": "second row"}, {"instruction": None, "text": None}]
    datasets.Dataset.from_list(rows).save_to_disk(str(tmp_path / "ds"))
    records, findings = split(tmp_path / "ds")
    assert [(r.row, r.data["text"]) for r in records] == [(1, "first row"), (2, "second row")]
    assert [(f.rule_id, f.row) for f in findings] == [("DSA003", 3)]


def test_saved_dataset_dict_uses_train_or_the_split_asked_for(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    dd = datasets.DatasetDict(
        {
            "train": datasets.Dataset.from_list([{"text": "train a"}, {"text": "train b"}]),
            "test": datasets.Dataset.from_list([{"text": "test a"}]),
        }
    )
    dd.save_to_disk(str(tmp_path / "dd"))
    records, _ = split(tmp_path / "dd")
    assert [r.data["text"] for r in records] == ["train a", "train b"]
    records, _ = split(tmp_path / "dd", LoadOptions(split="test"))
    assert [r.data["text"] for r in records] == ["test a"]
    with pytest.raises(InputFailure, match="choose a split"):
        split(tmp_path / "dd", LoadOptions(split="validation"))
