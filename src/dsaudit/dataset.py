"""Read datasets into Records, one row at a time.

JSONL, JSON arrays, CSV, Parquet, a saved `datasets` directory, and (only when asked, with
`hf:NAME`) a hub dataset. Readers stream so memory stays flat however long the file is. A bad
row never stops the scan: it becomes a finding naming its line, and the good rows still count.
Input that cannot be used at all raises `InputFailure` (the CLI turns it into exit 2).
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson
import xxhash

from dsaudit.models import Finding, InputError, Record, Severity
from dsaudit.schemas import SUPPRESSION_FIELD, FieldMapping, normalise

DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024
_BINARY_PROBE = 8192


class InputFailure(Exception):
    """The input cannot be used at all (missing, empty, binary, unreadable)."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass(frozen=True)
class LoadOptions:
    mapping: FieldMapping | None = None
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
    split: str | None = None


LoadedRow = Record | Finding


def fingerprint(data: Any) -> str:
    """A content hash of the row, stable across key order and whitespace.

    The suppression field is left out, so adding a suppression does not orphan a baseline.
    Non-object rows (reported as DSA002) get a fingerprint too, so a baseline can key on them.
    """
    if isinstance(data, Mapping) and SUPPRESSION_FIELD in data:
        data = {k: v for k, v in data.items() if k != SUPPRESSION_FIELD}
    try:
        blob = orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    except TypeError:
        blob = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False).encode()
    return xxhash.xxh3_64_hexdigest(blob)


def raw_fingerprint(raw: bytes) -> str:
    """A content hash of a row that could not be decoded (malformed, invalid UTF-8, too long).

    Row problems need a fingerprint like any row finding: with an empty one, a baseline that
    accepted one malformed row would hide every malformed row added later.
    """
    return xxhash.xxh3_64_hexdigest(raw.strip())


def _problem(
    rule: str, message: str, row: int, location: str = "", evidence: str = "", fingerprint: str = ""
) -> Finding:
    sev = Severity.WARNING if rule == "DSA004" else Severity.ERROR
    return Finding(
        rule, sev, message, row=row, fingerprint=fingerprint, location=location, evidence=evidence
    )


def make_record(data: Any, row: int, options: LoadOptions) -> list[LoadedRow]:
    """Turn one decoded row into a Record, plus findings for whatever is wrong with it."""
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "null"
        return [
            _problem(
                "DSA002",
                f"row is a JSON {kind}, not an object",
                row,
                fingerprint=fingerprint(data),
            )
        ]
    norm = normalise(data, options.mapping)
    fp = fingerprint(data)
    out: list[LoadedRow] = [
        _problem(rule, message, row, location=pointer, fingerprint=fp)
        for rule, message, pointer in norm.problems
    ]
    if norm.segments:
        out.append(Record(row, data, fp, norm.schema, tuple(norm.segments)))
    elif not norm.problems:
        out.append(
            Finding(
                "DSA003",
                Severity.ERROR,
                "the row's fields hold no text to scan",
                row=row,
                fingerprint=fp,
            )
        )
    return out


def _preview(raw: bytes, width: int = 60) -> str:
    text = raw[:width].decode("utf-8", errors="replace").strip()
    return text + ("…" if len(raw) > width else "")


_CHUNK = 1 << 20


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes, bool]]:
    """Yield (line number, bytes, too long) with the newline removed.

    Reads 1 MiB chunks and splits them (much faster than a readline per row). An over-long
    line yields only its first bytes (enough to fingerprint it) and True, and is never held
    whole, so memory stays bounded even for a multi-gigabyte line. The limit counts the line
    without its newline, so "\r\n" and "\n" files agree.
    """
    lineno = 0
    carry = b""
    skipping: bytes | None = None  # head of an over-long line being drained
    while True:
        chunk = fh.read(_CHUNK)
        if not chunk:
            break
        if skipping is not None:
            end = chunk.find(b"\n")
            if end < 0:
                continue
            lineno += 1
            yield lineno, skipping, True
            skipping = None
            chunk = chunk[end + 1 :]
        parts = (carry + chunk).split(b"\n") if carry else chunk.split(b"\n")
        carry = parts.pop()
        for line in parts:
            lineno += 1
            if line.endswith(b"\r"):
                line = line[:-1]
            yield lineno, line, len(line) > max_bytes
        if len(carry) > max_bytes + 1:
            skipping, carry = carry[: max_bytes + 2], b""
    if skipping is not None:
        lineno += 1
        yield lineno, skipping, True
    elif carry:
        lineno += 1
        line = carry[:-1] if carry.endswith(b"\r") else carry
        yield lineno, line, len(line) > max_bytes


def read_jsonl(path: Path, options: LoadOptions) -> Iterator[LoadedRow]:
    with path.open("rb") as fh:
        for lineno, raw, too_long in _lines(fh, options.max_line_bytes):
            if too_long:
                yield _problem(
                    "DSA006",
                    f"line is longer than {options.max_line_bytes:,} bytes; skipped "
                    "(raise max-line-bytes to scan it)",
                    lineno,
                    evidence=_preview(raw),
                    fingerprint=raw_fingerprint(raw),
                )
                continue
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                data = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError as uexc:
                    yield _problem(
                        "DSA005",
                        f"invalid UTF-8 at byte {uexc.start}",
                        lineno,
                        evidence=_preview(raw),
                        fingerprint=raw_fingerprint(raw),
                    )
                    continue
                yield _problem(
                    "DSA001",
                    f"malformed JSON: {exc}",
                    lineno,
                    evidence=_preview(raw),
                    fingerprint=raw_fingerprint(raw),
                )
                continue
            yield from make_record(data, lineno, options)


def read_json_array(path: Path, options: LoadOptions) -> Iterator[LoadedRow]:
    """A JSON array file; each element's row is the line where it starts."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputFailure(
            InputError(str(path), f"invalid UTF-8 at byte {exc.start}", line)
        ) from None
    decoder = json.JSONDecoder()
    idx = text.index("[") + 1
    line, scanned = 1, 0
    n = len(text)
    while True:
        while idx < n and text[idx] in " \t\r\n,":
            idx += 1
        if idx >= n:
            line += text.count("\n", scanned, n)
            yield _problem("DSA001", "malformed JSON: the array is not closed", line)
            return
        if text[idx] == "]":
            return
        line += text.count("\n", scanned, idx)
        scanned = idx
        try:
            value, end = decoder.raw_decode(text, idx)
        except json.JSONDecodeError as exc:
            err_line = line + text.count("\n", idx, exc.pos)
            yield _problem(
                "DSA001",
                f"malformed JSON: {exc.msg}; rows after this point are not read",
                err_line,
                evidence=_preview(text[exc.pos : exc.pos + 60].encode()),
                fingerprint=raw_fingerprint(text[idx : exc.pos + 60].encode()),
            )
            return
        yield from make_record(value, line, options)
        idx = end


_JSON_COLUMNS = ("messages", "conversations", "history")


def read_csv(path: Path, options: LoadOptions) -> Iterator[LoadedRow]:
    """CSV with a header row; JSON-looking chat columns are decoded."""
    csv.field_size_limit(max(options.max_line_bytes, 131072))
    with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputFailure(InputError(str(path), f"unreadable CSV header: {exc}", 1)) from None
        start = reader.line_num + 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield _problem("DSA001", f"malformed CSV: {exc}", start)
                start = reader.line_num + 1
                continue
            row, start = start, reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            joined = "".join(values)
            row_fp = raw_fingerprint("\x1f".join(values).encode("utf-8", "surrogateescape"))
            if any("\udc80" <= c <= "\udcff" for c in joined):
                yield _problem("DSA005", "invalid UTF-8 in this CSV row", row, fingerprint=row_fp)
                continue
            if len(values) != len(header):
                yield _problem(
                    "DSA001",
                    f"malformed CSV row: {len(values)} fields, the header has {len(header)}",
                    row,
                    fingerprint=row_fp,
                )
                continue
            data: dict[str, Any] = dict(zip(header, values, strict=True))
            for key in _JSON_COLUMNS:
                value = data.get(key)
                if isinstance(value, str) and value.lstrip()[:1] in ("[", "{"):
                    with contextlib.suppress(json.JSONDecodeError):
                        data[key] = json.loads(value)
            yield from make_record(data, row, options)


def _need(module: str, extra: str, source: str) -> Any:
    try:
        return __import__(module, fromlist=["_"])
    except ImportError:
        raise InputFailure(
            InputError(source, f"reading this needs {module}: pip install 'dsaudit[{extra}]'")
        ) from None


def read_parquet(path: Path, options: LoadOptions) -> Iterator[LoadedRow]:
    """Parquet, batch by batch; a row's number is its 1-based index."""
    pq = _need("pyarrow.parquet", "data", str(path))
    try:
        pfile = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a corrupt file
        raise InputFailure(InputError(str(path), f"unreadable Parquet file: {exc}")) from None
    index = 0
    for batch in pfile.iter_batches(batch_size=2048):
        for data in batch.to_pylist():
            index += 1
            yield from make_record(data, index, options)


def _iter_hf(ds: Any, options: LoadOptions, source: str) -> Iterator[LoadedRow]:
    if hasattr(ds, "keys") and not hasattr(ds, "features"):  # a DatasetDict
        splits = list(ds.keys())
        split = options.split or ("train" if "train" in splits else None)
        if split is None and len(splits) == 1:
            split = splits[0]
        if split not in splits:
            raise InputFailure(
                InputError(source, f"choose a split with --split (have: {', '.join(splits)})")
            )
        ds = ds[split]
    for index, data in enumerate(ds, 1):
        yield from make_record(dict(data), index, options)


def read_hf_directory(path: Path, options: LoadOptions) -> Iterator[LoadedRow]:
    datasets = _need("datasets", "data", str(path))
    try:
        ds = datasets.load_from_disk(str(path))
    except Exception as exc:  # datasets raises several types for a bad directory
        raise InputFailure(
            InputError(str(path), f"not a readable datasets directory: {exc}")
        ) from None
    yield from _iter_hf(ds, options, str(path))


def read_hf_hub(name: str, options: LoadOptions) -> Iterator[LoadedRow]:
    """A hub dataset, streamed. Reached only when the user names `hf:OWNER/NAME`."""
    datasets = _need("datasets", "data", name)
    try:
        ds = datasets.load_dataset(name, split=options.split or "train", streaming=True)
    except Exception as exc:  # network and hub errors come in many types
        raise InputFailure(InputError(f"hf:{name}", f"cannot load from the hub: {exc}")) from None
    yield from _iter_hf(ds, options, f"hf:{name}")


def _looks_binary(head: bytes) -> bool:
    if head.startswith(b"PAR1"):
        return False
    return b"\x00" in head


def _is_hf_directory(path: Path) -> bool:
    return any(
        (path / name).exists() for name in ("dataset_info.json", "state.json", "dataset_dict.json")
    )


def detect_format(path: Path) -> str:
    """jsonl | json | csv | parquet | hf-dir, from the suffix and the first bytes."""
    if path.is_dir():
        return "hf-dir"
    suffix = path.suffix.lower()
    with path.open("rb") as fh:
        head = fh.read(_BINARY_PROBE)
    if suffix in (".parquet", ".pq") or head.startswith(b"PAR1"):
        return "parquet"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".jsonl", ".ndjson"):
        # A JSONL file whose first row is an array (a DSA002 row) is still JSONL.
        return "jsonl"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"["):
        return "json"
    return "jsonl"


def open_source(source: str | Path) -> tuple[str, str]:
    """Check that `source` can be read; return (display name, format). Raises InputFailure."""
    text = str(source)
    if text.startswith("hf:"):
        return text, "hf-hub"
    path = Path(text)
    if not path.exists():
        raise InputFailure(InputError(text, "no such file or directory"))
    if path.is_dir():
        if not _is_hf_directory(path):
            raise InputFailure(
                InputError(
                    text, "is a directory, not a dataset file or a saved `datasets` directory"
                )
            )
        return text, "hf-dir"
    try:
        with path.open("rb") as fh:
            head = fh.read(_BINARY_PROBE)
            blank = not head.strip(b"\xef\xbb\xbf \t\r\n")
            while blank:  # more than a probe of blank lines: look further before calling it empty
                chunk = fh.read(1 << 20)
                if not chunk:
                    break
                blank = not chunk.strip(b" \t\r\n")
    except OSError as exc:
        raise InputFailure(InputError(text, f"cannot read: {exc.strerror or exc}")) from None
    if blank:
        raise InputFailure(InputError(text, "file is empty: no rows to scan"))
    if _looks_binary(head):
        raise InputFailure(
            InputError(text, "looks like a binary file, not JSONL, JSON, CSV or Parquet")
        )
    return text, detect_format(path)


def load(source: str | Path, options: LoadOptions | None = None) -> Iterator[LoadedRow]:
    """Stream the rows of `source` as Records and row-problem Findings."""
    options = options or LoadOptions()
    name, fmt = open_source(source)
    if fmt == "hf-hub":
        return read_hf_hub(name[3:], options)
    readers = {
        "jsonl": read_jsonl,
        "json": read_json_array,
        "csv": read_csv,
        "parquet": read_parquet,
        "hf-dir": read_hf_directory,
    }
    return readers[fmt](Path(name), options)
