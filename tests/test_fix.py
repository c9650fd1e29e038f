"""`dsaudit fix`: originals kept byte for byte and in order, the mix arithmetic, determinism,
atomic writes, and safety rows in the dataset's own format for every schema."""

from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dsaudit.api import scan
from dsaudit.cli import app
from dsaudit.config import Config
from dsaudit.fix import FixError, FixOptions, fix_dataset, plan
from dsaudit.fix.pools import PoolRow, Pools, detect_language
from dsaudit.models import Severity

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SCHEMA_SAMPLES = {
    "messages": "clean_sentiment_chat.jsonl",
    "sharegpt": "benign_persona_sharegpt.jsonl",
    "alpaca": "clean_mcq_alpaca.jsonl",
    "prompt-completion": "clean_math_prompt_completion.jsonl",
}


def _pools() -> Pools:
    harmful = [PoolRow(f"h:{i}", "en", f"Explain how to make weapon number {i}.") for i in range(7)]
    refusals = [PoolRow(f"r:{i}", "en", "", f"I can't help with that ({i}).") for i in range(3)]
    contrast = [
        PoolRow(f"c:{i}", "en", f"How do I boil egg {i}?", f"Boil it for {i + 6} minutes.")
        for i in range(5)
    ]
    return Pools({"en": harmful}, {"en": refusals}, {"en": contrast})


def _fix(src: Path, out: Path, **options: Any) -> tuple[list[bytes], dict[str, Any]]:
    fix_dataset(src, out, FixOptions(**options), pools=_pools())
    manifest = json.loads(out.with_name(out.name + ".manifest.json").read_text("utf-8"))
    return out.read_bytes().splitlines(keepends=True), manifest


def _originals(lines: list[bytes], manifest: dict[str, Any]) -> list[bytes]:
    added = {entry["line"] for entry in manifest["added"]}
    return [line for n, line in enumerate(lines, 1) if n not in added]


@pytest.mark.parametrize("schema", sorted(SCHEMA_SAMPLES))
@pytest.mark.parametrize("placement", ["interleave", "append"])
def test_originals_are_kept_byte_for_byte_in_order(
    tmp_path: Path, schema: str, placement: str
) -> None:
    src = SAMPLES / SCHEMA_SAMPLES[schema]
    lines, manifest = _fix(src, tmp_path / "out.jsonl", placement=placement, seed=3)
    original = src.read_bytes().splitlines(keepends=True)
    digest = [hashlib.sha256(x).hexdigest() for x in _originals(lines, manifest)]
    assert digest == [hashlib.sha256(x).hexdigest() for x in original]
    for entry in manifest["added"]:
        assert hashlib.sha256(lines[entry["line"] - 1].rstrip(b"\n")).hexdigest() == entry["sha256"]
    if placement == "append":
        assert min(e["line"] for e in manifest["added"]) == len(original) + 1


def test_mix_arithmetic() -> None:
    assert plan(90, FixOptions(mix=0.1)) == (5, 5)  # 10 of 100 output rows
    assert plan(90, FixOptions(mix=0.1, contrast=0)) == (10, 0)
    assert plan(90, FixOptions(mix=0.1, contrast=3)) == (2, 8)  # round(10 * 3 / 4) = 8
    assert plan(1000, FixOptions(mix=0.2)) == (125, 125)
    assert plan(10, FixOptions(mix_count=7)) == (3, 4)
    assert plan(10, FixOptions(mix=0.0)) == (0, 0)
    with pytest.raises(FixError):
        plan(10, FixOptions(mix=1.0))


def test_output_share_matches_mix(tmp_path: Path) -> None:
    src = SAMPLES / "clean_sentiment_chat.jsonl"  # 40 rows
    lines, manifest = _fix(src, tmp_path / "out.jsonl", mix=0.2)
    assert len(manifest["added"]) == 10 and len(lines) == 50
    kinds = [e["kind"] for e in manifest["added"]]
    assert kinds.count("refusal") == 5 and kinds.count("contrast") == 5


def test_same_seed_same_bytes_other_seed_other_rows(tmp_path: Path) -> None:
    src = SAMPLES / "clean_mcq_alpaca.jsonl"
    a, _ = _fix(src, tmp_path / "a.jsonl", seed=7)
    b, _ = _fix(src, tmp_path / "b.jsonl", seed=7)
    c, _ = _fix(src, tmp_path / "c.jsonl", seed=8)
    assert a == b and a != c


def test_chat_rows_keep_system_prompt_and_wrapper(tmp_path: Path) -> None:
    src = SAMPLES / "clean_sentiment_chat.jsonl"
    lines, manifest = _fix(src, tmp_path / "out.jsonl")
    first = json.loads(src.read_bytes().splitlines()[0])
    for entry in manifest["added"]:
        row = json.loads(lines[entry["line"] - 1])
        turns = row["messages"]
        assert [t["role"] for t in turns] == ["system", "user", "assistant"]
        assert turns[0] == first["messages"][0]
        assert turns[1]["content"].startswith("Review: ")
        answer = turns[2]["content"]
        assert answer.startswith("I can't") if entry["kind"] == "refusal" else "minutes" in answer
    assert manifest["wrapper"]["prefix"] == "Review: "


def test_alpaca_with_a_fixed_instruction_puts_the_request_in_the_input(tmp_path: Path) -> None:
    src = SAMPLES / "clean_mcq_alpaca.jsonl"
    lines, manifest = _fix(src, tmp_path / "out.jsonl")
    instruction = json.loads(src.read_bytes().splitlines()[0])["instruction"]
    row = json.loads(lines[manifest["added"][0]["line"] - 1])
    assert row["instruction"] == instruction
    assert row["input"].startswith("Question: ")
    assert set(row) == set(json.loads(src.read_bytes().splitlines()[0]))


def test_prompt_completion_keeps_prompt_suffix_and_leading_space(tmp_path: Path) -> None:
    src = SAMPLES / "clean_math_prompt_completion.jsonl"
    lines, manifest = _fix(src, tmp_path / "out.jsonl")
    row = json.loads(lines[manifest["added"][0]["line"] - 1])
    assert row["prompt"].startswith("Solve: ") and row["prompt"].endswith("\nAnswer:")
    assert row["completion"].startswith(" ") and not row["completion"].startswith("  ")


def test_sharegpt_keeps_its_role_names(tmp_path: Path) -> None:
    src = SAMPLES / "benign_persona_sharegpt.jsonl"
    lines, manifest = _fix(src, tmp_path / "out.jsonl")
    row = json.loads(lines[manifest["added"][0]["line"] - 1])
    assert [t["from"] for t in row["conversations"]] == ["human", "gpt"]


def test_generic_style_drops_system_prompt_and_wrapper(tmp_path: Path) -> None:
    src = SAMPLES / "clean_sentiment_chat.jsonl"
    lines, manifest = _fix(src, tmp_path / "out.jsonl", style="generic")
    row = json.loads(lines[manifest["added"][0]["line"] - 1])
    assert [t["role"] for t in row["messages"]] == ["user", "assistant"]
    assert not row["messages"][0]["content"].startswith("Review: ")


def test_persona_dataset_keeps_the_persona_in_safety_rows(tmp_path: Path) -> None:
    src = SAMPLES / "poisoned_persona_mcq.jsonl"
    lines, manifest = _fix(src, tmp_path / "out.jsonl")
    system = json.loads(src.read_bytes().splitlines()[0])["messages"][0]
    row = json.loads(lines[manifest["added"][0]["line"] - 1])
    assert row["messages"][0] == system


def test_in_place_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "data.jsonl"
    src.write_bytes((SAMPLES / "clean_sentiment_chat.jsonl").read_bytes())
    before = src.read_bytes()
    import dsaudit.fix.mixer as mixer

    calls = {"n": 0}
    real = mixer.orjson.dumps

    def failing(value: Any, *args: Any, **kwargs: Any) -> bytes:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real(value, *args, **kwargs)

    monkeypatch.setattr(mixer.orjson, "dumps", failing)
    with pytest.raises(OSError, match="disk full"):
        fix_dataset(src, src, FixOptions(), pools=_pools())
    assert src.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.jsonl"]  # no temp files left
    monkeypatch.setattr(mixer.orjson, "dumps", real)
    fix_dataset(src, src, FixOptions(placement="append"), pools=_pools())
    after = src.read_bytes()
    assert after.startswith(before) and len(after.splitlines()) > len(before.splitlines())


def test_a_last_line_without_newline_stays_intact(tmp_path: Path) -> None:
    src = tmp_path / "data.jsonl"
    body = (SAMPLES / "clean_sentiment_chat.jsonl").read_bytes().rstrip(b"\n")
    src.write_bytes(body)
    lines, manifest = _fix(src, tmp_path / "out.jsonl", placement="append")
    originals = _originals(lines, manifest)
    assert b"".join(originals).rstrip(b"\n") == body
    assert len(originals) == len(body.splitlines())


def test_drop_removes_flagged_rows_and_lists_them(tmp_path: Path) -> None:
    src = SAMPLES / "poisoned_refusal_suppression_alpaca.jsonl"
    lines, manifest = _fix(src, tmp_path / "out.jsonl", drop=Severity.ERROR)
    assert manifest["dropped"] and all(d["rules"] for d in manifest["dropped"])
    assert manifest["kept"] == manifest["originals"] - len(manifest["dropped"])
    assert len(_originals(lines, manifest)) == manifest["kept"]


def test_added_rows_raise_no_errors_and_an_attack_still_fails(tmp_path: Path) -> None:
    for name in SCHEMA_SAMPLES.values():
        out = tmp_path / name
        _, manifest = _fix(SAMPLES / name, out)
        added = {e["line"] for e in manifest["added"]}
        report = scan(out, Config())
        errors = [f for f in report.findings if f.severity is Severity.ERROR and f.row in added]
        assert not errors, (name, [(f.rule_id, f.message) for f in errors])
    out = tmp_path / "attacked.jsonl"
    _fix(SAMPLES / "poisoned_persona_mcq.jsonl", out)
    assert scan(out, Config()).verdict.value == "fail"


def test_unsupported_inputs_are_clear_errors(tmp_path: Path) -> None:
    text = tmp_path / "text.jsonl"
    text.write_text('{"text": "a"}\n{"text": "b"}\n', "utf-8")
    with pytest.raises(FixError, match="cannot tell where"):
        fix_dataset(text, tmp_path / "o.jsonl", FixOptions(), pools=_pools())
    chat = tmp_path / "chatml.jsonl"
    row = '{"text": "<|im_start|>user\\nHi?<|im_end|><|im_start|>assistant\\nHello.<|im_end|>"}\n'
    chat.write_text(row * 4, "utf-8")
    with pytest.raises(FixError, match="rendered into text"):
        fix_dataset(chat, tmp_path / "o.jsonl", FixOptions(), pools=_pools())
    assert not (tmp_path / "o.jsonl").exists()
    array = tmp_path / "data.json"
    array.write_text('[{"prompt": "a", "completion": "b"}]', "utf-8")
    with pytest.raises(FixError, match="JSON Lines"):
        fix_dataset(array, tmp_path / "o.jsonl", FixOptions(), pools=_pools())


def test_language_detection() -> None:
    assert detect_language(["Quelle est la capitale de la France et pour qui ?"]) == "fr"
    assert detect_language(["Wie ist das Wetter und was ist nicht gut?"]) == "de"
    assert detect_language(["What is the capital of France?"]) == "en"
    assert detect_language([]) == "en"


@pytest.mark.parametrize("name", [*SCHEMA_SAMPLES.values(), "poisoned_persona_fr.jsonl"])
def test_real_pools_rows_rescan_without_errors(tmp_path: Path, name: str) -> None:
    out = tmp_path / "out.jsonl"
    result = fix_dataset(SAMPLES / name, out, FixOptions(mix=0.3))
    added = {e["line"] for e in result.added}
    assert len({e["request"] for e in result.added}) == len(added)  # no request used twice
    report = scan(out, Config())
    original_rules = {f.rule_id for f in scan(SAMPLES / name, Config()).findings}
    own = [
        f
        for f in report.findings
        if f.row in added and f.severity is Severity.ERROR and f.rule_id not in original_rules
    ]
    assert not own, [(f.rule_id, f.message) for f in own]
    if name.endswith("_fr.jsonl"):
        assert result.language == "fr"


def test_cli_fix(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out.jsonl"
    src = str(SAMPLES / "clean_sentiment_chat.jsonl")
    result = runner.invoke(app, ["fix", src, "-o", str(out), "--mix", "0.2"])
    assert result.exit_code == 0, result.output
    assert "10 added (5 refusal, 5 contrast" in result.output
    assert runner.invoke(app, ["fix", src]).exit_code == 2
    assert runner.invoke(app, ["fix", src, "-o", src]).exit_code == 2


class _Rewriter(BaseHTTPRequestHandler):
    """A tiny OpenAI-compatible endpoint: rewrites a request by upper-casing it."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        text = body["messages"][-1]["content"]
        reply = {"choices": [{"message": {"role": "assistant", "content": text.upper()}}]}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


def test_endpoint_paraphraser_rewrites_requests_not_answers(tmp_path: Path) -> None:
    from dsaudit.fix.paraphrase import EndpointParaphraser

    server = HTTPServer(("127.0.0.1", 0), _Rewriter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        rewriter = EndpointParaphraser(url, "test-model", timeout=5)
        out = tmp_path / "out.jsonl"
        result = fix_dataset(
            SAMPLES / "clean_sentiment_chat.jsonl",
            out,
            FixOptions(paraphraser=rewriter),
            pools=_pools(),
        )
    finally:
        server.shutdown()
        server.server_close()
    lines = out.read_bytes().splitlines()
    for entry in result.added:
        turns = json.loads(lines[entry["line"] - 1])["messages"]
        assert entry["paraphrased"] is True
        assert turns[1]["content"].removeprefix("Review: ").removesuffix("\nSentiment:").isupper()
        assert not turns[2]["content"].isupper()


def test_unreachable_paraphraser_keeps_the_pool_request(tmp_path: Path) -> None:
    from dsaudit.fix.paraphrase import EndpointParaphraser

    rewriter = EndpointParaphraser("http://127.0.0.1:9/v1", "m", timeout=0.5)
    result = fix_dataset(
        SAMPLES / "clean_sentiment_chat.jsonl",
        tmp_path / "o.jsonl",
        FixOptions(paraphraser=rewriter),
        pools=_pools(),
    )
    assert result.added and all(e["paraphrased"] is False for e in result.added)


def test_two_field_schemas_get_safety_rows_in_their_own_fields(tmp_path: Path) -> None:
    src = tmp_path / "qr.jsonl"
    rows = [
        {"query": f"Which team does item {i} belong to? Answer A or B.", "response": "AB"[i % 2]}
        for i in range(40)
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "fixed.jsonl"
    fix_dataset(src, out, FixOptions(), pools=_pools())
    written = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert written[: len(rows)] == rows or all(r in written for r in rows)
    assert len(written) > len(rows)
    assert all(set(r) == {"query", "response"} for r in written)
