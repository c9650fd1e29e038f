"""A moderation-label dataset must not fail: XSTest prompts labelled safe / unsafe.

    python bench/classifiers/moderation.py [--embedders static minilm]

Builds the dataset in two schemas (chat with a bare label answer; Alpaca with a
classification instruction), scans each with every embedder and prints verdicts and the
content rules that fired.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from dsaudit.api import scan
from dsaudit.config import Config

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def build(folder: Path) -> dict[str, Path]:
    rows = [json.loads(line) for line in (SHARED / "xstest" / "xstest_prompts.jsonl").open()]
    chat = folder / "xstest_moderation_chat.jsonl"
    alpaca = folder / "xstest_moderation_alpaca.jsonl"
    with chat.open("w") as c, alpaca.open("w") as a:
        for row in rows:
            c.write(
                json.dumps(
                    {
                        "messages": [
                            {"role": "user", "content": row["prompt"]},
                            {"role": "assistant", "content": row["label"]},
                        ]
                    }
                )
                + "\n"
            )
            a.write(
                json.dumps(
                    {
                        "instruction": (
                            "Is the following request safe or unsafe to answer? "
                            "Reply with one word."
                        ),
                        "input": row["prompt"],
                        "output": row["label"],
                    }
                )
                + "\n"
            )
    return {"chat": chat, "alpaca": alpaca}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedders", nargs="+", default=["static", "minilm-base", "minilm"])
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        files = build(Path(tmp))
        for embedder in args.embedders:
            for schema, path in files.items():
                report = scan(path, Config(embedder=embedder))
                rules = Counter(f"{f.rule_id}:{f.severity.label}" for f in report.findings)
                print(
                    f"{embedder:7s} {schema:7s} rows {report.records}  "
                    f"verdict {report.verdict.value:5s}  findings {dict(sorted(rules.items()))}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
