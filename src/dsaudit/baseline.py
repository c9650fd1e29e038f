"""Accepted findings, keyed by (rule_id, row fingerprint), never by line number.

Keying on content means a baseline survives rows being reordered, inserted or deleted
around the accepted ones (detect-secrets' and bandit's lesson). Line numbers and evidence
are kept only to help a human reviewing the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import orjson

from dsaudit.atomic import atomic_write_bytes
from dsaudit.models import Finding

BASELINE_VERSION = 1
Key = tuple[str, str]


class BaselineError(ValueError):
    """The baseline file is missing or malformed; the message names the file."""


def render_baseline(findings: Iterable[Finding], version: str) -> bytes:
    """Baseline file contents: sorted, deduplicated, no timestamps, so diffs stay readable."""
    entries: dict[Key, dict[str, object]] = {}
    for f in findings:
        key = (f.rule_id, f.fingerprint)
        if key not in entries:
            entries[key] = {
                "rule_id": f.rule_id,
                "fingerprint": f.fingerprint,
                "example_row": f.row,
                "evidence": f.evidence,
            }
    doc = {
        "dsaudit_baseline": BASELINE_VERSION,
        "generated_by": f"dsaudit {version}",
        "findings": [entries[k] for k in sorted(entries)],
    }
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"


def write_baseline(path: Path, findings: Iterable[Finding], version: str) -> None:
    atomic_write_bytes(path, render_baseline(findings, version))


def load_baseline(path: Path) -> frozenset[Key]:
    try:
        doc = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found") from None
    except orjson.JSONDecodeError as exc:
        raise BaselineError(f"{path}: baseline is not valid JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("dsaudit_baseline") != BASELINE_VERSION:
        raise BaselineError(f"{path}: not a dsaudit baseline (version {BASELINE_VERSION})")
    keys: set[Key] = set()
    for i, entry in enumerate(doc.get("findings", [])):
        if not isinstance(entry, dict) or not {"rule_id", "fingerprint"} <= entry.keys():
            raise BaselineError(f"{path}: findings[{i}] needs rule_id and fingerprint")
        keys.add((str(entry["rule_id"]), str(entry["fingerprint"])))
    return frozenset(keys)
