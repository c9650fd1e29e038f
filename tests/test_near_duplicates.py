"""Near-duplicate search (DSA307): opt-in, MinHash LSH, deterministic across processes."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

from dsaudit import scan
from dsaudit.config import Config

WORDS = (
    "river stone lamp orbit cedar violet copper meadow harbor lantern quartz falcon ember "
    "thistle canyon mosaic velvet summit glacier pepper willow tundra saffron beacon"
).split()


def _rows(seed: int = 0) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows = []
    for i in range(200):
        prompt = " ".join(rng.sample(WORDS, 12)) + f" item{i}"
        rows.append(
            {
                "messages": [
                    {"role": "user", "content": prompt},
                    {
                        "role": "assistant",
                        "content": f"answer{i} " + " ".join(rng.sample(WORDS, 5)),
                    },
                ]
            }
        )
    base = rows[20]["messages"]
    edited = json.loads(json.dumps(base))
    edited[0]["content"] = edited[0]["content"].replace(edited[0]["content"].split()[3], "changed")
    rows[120] = {"messages": edited}  # one word changed: a near duplicate of line 21
    rows[150] = json.loads(json.dumps(rows[20]))  # an exact copy: DSA306, not DSA307
    return rows


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_near_duplicates_are_opt_in(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", _rows())
    assert not [f for f in scan(path).findings if f.rule_id == "DSA307"]


def test_one_word_edit_is_found_and_exact_copies_are_left_to_dsa306(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", _rows())
    report = scan(path, Config(near_duplicates=True))
    near = [f for f in report.findings if f.rule_id == "DSA307"]
    assert [f.row for f in near] == [121]
    assert near[0].fingerprint
    assert report.summary["near-duplicates"]["groups"] == [[21, 121, 151]]
    assert [f.row for f in report.findings if f.rule_id == "DSA306"] == [151]


def test_groups_do_not_depend_on_python_hash_seed(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", _rows(1))
    code = (
        "import json,sys; from dsaudit import scan; from dsaudit.config import Config; "
        "r = scan(sys.argv[1], Config(near_duplicates=True)); "
        "print(json.dumps(r.summary['near-duplicates']))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env
        )
        assert out.returncode == 0, out.stderr
        outputs.add(out.stdout)
    assert len(outputs) == 1


def test_cli_flag_and_config_key(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dsaudit.cli import app

    path = _write(tmp_path / "d.jsonl", _rows())
    result = CliRunner().invoke(app, ["scan", str(path), "--near-duplicates", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"DSA307"' in result.output
    (tmp_path / ".dsaudit.toml").write_text("near-duplicates = true\n")
    from dsaudit.config import load_config

    assert load_config(tmp_path / ".dsaudit.toml").near_duplicates is True


def test_rules_command_lists_code_rules() -> None:
    from dsaudit.catalog_view import all_rules

    ids = {r.id for r in all_rules(Config())}
    assert {"DSA301", "DSA302", "DSA305", "DSA306", "DSA307", "DSA101"} <= ids
