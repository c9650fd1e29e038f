"""The `dsaudit` command: exit codes are the contract (0 pass, 1 findings, 2 usage/input error)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from dsaudit import Config, __version__
from dsaudit.catalog_view import all_rules
from dsaudit.cli import app
from tests.rows import CLEAN_ROWS, POISON_ROW, WARNING_ONLY, chat

WARNING_ROW = chat(WARNING_ONLY, "Say hello.", "Hello! How can I help you today?")


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # no config file from the surroundings may leak into these runs
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "clean.jsonl", CLEAN_ROWS)


@pytest.fixture
def poisoned(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "poisoned.jsonl", [CLEAN_ROWS[0], POISON_ROW, CLEAN_ROWS[1]])


@pytest.fixture
def warned(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "warned.jsonl", [CLEAN_ROWS[0], WARNING_ROW])


def run(*args: str | Path) -> Result:
    result = CliRunner().invoke(app, [str(a) for a in args])
    # every outcome, error or not, is a clean exit: no stray exception, no traceback
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def scan_json(*args: str | Path) -> tuple[int, dict[str, Any]]:
    result = run("scan", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)


# --- exit codes ------------------------------------------------------------------------------


def test_clean_file_exits_0(clean: Path) -> None:
    result = run("scan", clean)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "clean.jsonl" in result.stdout


def test_poisoned_file_exits_1(poisoned: Path) -> None:
    result = run("scan", poisoned)
    assert result.exit_code == 1
    assert "DSA101" in result.stdout


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = run("scan", tmp_path / "missing.jsonl")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "dsaudit: error:" in result.stderr
    assert "no such file or directory" in result.stderr


def test_empty_file_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    result = run("scan", tmp_path / "empty.jsonl")
    assert result.exit_code == 2
    assert "empty" in result.stderr


def test_bad_schema_option_exits_2(clean: Path) -> None:
    result = run("scan", "--schema", "speaker=x,user=q", clean)
    assert result.exit_code == 2
    assert "bad schema mapping role 'speaker'" in result.stderr
    assert result.stdout == ""


def test_bad_config_exits_2(tmp_path: Path, clean: Path) -> None:
    (tmp_path / ".dsaudit.toml").write_text('colour = "red"\n')
    result = run("scan", clean)
    assert result.exit_code == 2
    assert ".dsaudit.toml" in result.stderr
    assert "unknown key(s): colour" in result.stderr


def test_missing_config_option_exits_2(tmp_path: Path, clean: Path) -> None:
    result = run("scan", "--config", tmp_path / "nope.toml", clean)
    assert result.exit_code == 2
    assert "config file not found" in result.stderr


def test_unknown_format_exits_2(clean: Path) -> None:
    result = run("scan", "--format", "xml", clean)
    assert result.exit_code == 2


def test_missing_baseline_exits_2(tmp_path: Path, clean: Path) -> None:
    result = run("scan", "--baseline", tmp_path / "b.json", clean)
    assert result.exit_code == 2
    assert "baseline file not found" in result.stderr


def test_exit_zero(poisoned: Path, tmp_path: Path) -> None:
    assert run("scan", "--exit-zero", poisoned).exit_code == 0
    # but an unusable input is still an error
    assert run("scan", "--exit-zero", tmp_path / "missing.jsonl").exit_code == 2


def test_fail_on_warning(warned: Path) -> None:
    code, doc = scan_json(warned)
    assert code == 0
    assert doc["verdict"] == "warn"
    assert {f["severity"] for f in doc["findings"]} == {"warning"}
    assert run("scan", "--fail-on", "warning", warned).exit_code == 1
    assert run("scan", "--fail-on", "error", warned).exit_code == 0


def test_fail_on_rejects_unknown_level(warned: Path) -> None:
    assert run("scan", "--fail-on", "fatal", warned).exit_code == 2


# --- output ----------------------------------------------------------------------------------


def test_json_report(poisoned: Path) -> None:
    code, doc = scan_json(poisoned)
    assert code == 1
    assert doc["verdict"] == "fail"
    assert isinstance(doc["risk"], float) and 0.5 < doc["risk"] <= 1.0
    assert doc["records"] == 3
    assert doc["source"] == str(poisoned)
    assert doc["findings"], "the poisoned row must be reported"
    for f in doc["findings"]:
        assert set(f) >= {"rule_id", "severity", "row", "fingerprint", "location", "message"}
    by_rule = {f["rule_id"]: f for f in doc["findings"]}
    assert by_rule["DSA101"]["severity"] == "error"
    assert by_rule["DSA101"]["row"] == 2
    assert by_rule["DSA101"]["location"] == "/messages/0/content"
    assert {f["row"] for f in doc["findings"]} == {2}


def test_json_report_of_a_clean_file(clean: Path) -> None:
    code, doc = scan_json(clean)
    assert code == 0
    assert doc["verdict"] == "pass"
    assert doc["risk"] == 0.0
    assert doc["findings"] == []
    assert doc["records"] == 3


def test_output_file(tmp_path: Path, poisoned: Path) -> None:
    out = tmp_path / "report.json"
    result = run("scan", "-f", "json", "-o", out, poisoned)
    assert result.exit_code == 1
    assert result.stdout == ""
    doc = json.loads(out.read_text("utf-8"))
    assert doc["verdict"] == "fail"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_output_file_in_a_missing_folder_exits_2(tmp_path: Path, clean: Path) -> None:
    result = run("scan", "-o", tmp_path / "no" / "such" / "report.txt", clean)
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_sarif_output_parses(poisoned: Path) -> None:
    result = run("scan", "-f", "sarif", poisoned)
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["version"] == "2.1.0"


def test_multiple_files(clean: Path, poisoned: Path) -> None:
    code, doc = scan_json(clean, poisoned)
    assert code == 1
    assert doc["verdict"] == "fail"
    assert [(r["source"], r["verdict"]) for r in doc["reports"]] == [
        (str(clean), "pass"),
        (str(poisoned), "fail"),
    ]
    code, doc = scan_json(clean, clean)
    assert code == 0
    assert doc["verdict"] == "pass"


def test_multiple_files_with_one_missing(tmp_path: Path, clean: Path) -> None:
    result = run("scan", "-f", "json", clean, tmp_path / "missing.jsonl")
    assert result.exit_code == 2
    assert "missing.jsonl: no such file or directory" in result.stderr
    # the usable file is still reported
    assert json.loads(result.stdout)["source"] == str(clean)


# --- rules, explain, version -----------------------------------------------------------------


def test_rules_lists_code_and_yaml_rules() -> None:
    result = run("rules")
    assert result.exit_code == 0
    assert "DSA001" in result.stdout
    assert "DSA101" in result.stdout
    ids = [r["id"] for r in json.loads(run("rules", "--format", "json").stdout)]
    assert {"DSA001", "DSA006", "DSA009", "DSA101"} <= set(ids)
    assert ids == sorted(ids)
    assert run("rules", "--format", "xml").exit_code == 2


def test_explain() -> None:
    info = next(r for r in all_rules(Config()) if r.id == "DSA101")
    result = run("explain", "DSA101")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"DSA101 {info.name} (error, family: {info.family})")
    assert info.summary in result.stdout
    # by lower-case id and by name
    assert run("explain", "dsa101").stdout == result.stdout
    assert run("explain", info.name).stdout == result.stdout
    assert run("explain", "malformed-row").stdout.startswith("DSA001 malformed-row")


def test_explain_unknown_rule_exits_2() -> None:
    result = run("explain", "NOPE")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no rule 'NOPE'" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"dsaudit {__version__}"


def _module(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dsaudit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=cwd,
    )


def test_python_dash_m(tmp_path: Path) -> None:
    result = _module(tmp_path, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout
    assert "scan" in result.stdout
    result = _module(tmp_path, "scan", "missing.jsonl")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "dsaudit: error: missing.jsonl: no such file or directory\n"
