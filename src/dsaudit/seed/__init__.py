"""Hand-written seed data for dsaudit's classifiers, `fix` and `probe` (JSONL files, no code)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SEED_DIR = Path(__file__).resolve().parent


def seed_rows(name: str) -> list[dict[str, Any]]:
    """The rows of one seed file (`[]` when it is absent, e.g. in a trimmed install)."""
    path = SEED_DIR / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
