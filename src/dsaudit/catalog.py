"""Rules implemented in code rather than YAML: input problems and engine failures.

Their ids are public and never renamed, like every rule id.
"""

from __future__ import annotations

from dsaudit.models import RuleInfo, Severity

_FIX_INPUT = "Repair or remove the row; training frameworks skip or crash on it."

INPUT_RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        "DSA001",
        "malformed-row",
        Severity.ERROR,
        "The row is not valid JSON or CSV.",
        "A row that does not parse cannot be audited, and a trainer may crash on it or "
        "silently skip it.",
        _FIX_INPUT,
        "input",
    ),
    RuleInfo(
        "DSA002",
        "row-not-object",
        Severity.ERROR,
        "The row is valid JSON but not an object.",
        "Every row of a fine-tuning set is expected to be a JSON object.",
        _FIX_INPUT,
        "input",
    ),
    RuleInfo(
        "DSA003",
        "unknown-schema",
        Severity.ERROR,
        "The row matches no known schema or misses a required field.",
        "dsaudit recognises OpenAI `messages`, ShareGPT `conversations`, Alpaca "
        "`instruction/input/output`, `prompt/completion` and `text`. Other layouts need a "
        "field mapping (`--schema user=FIELD,assistant=FIELD`).",
        "Fix the row, or give a field mapping with --schema or [tool.dsaudit] schema.",
        "input",
    ),
    RuleInfo(
        "DSA004",
        "unknown-role",
        Severity.WARNING,
        "A conversation turn has an unknown role.",
        "Turns with an unknown role are scanned as plain text; the trainer's chat template "
        "may drop or mis-assign them.",
        "Use system, user, assistant or tool.",
        "input",
    ),
    RuleInfo(
        "DSA005",
        "invalid-utf8",
        Severity.ERROR,
        "The row is not valid UTF-8.",
        "Invalid bytes can hide text from filters and break tokenisers.",
        "Re-encode the file as UTF-8.",
        "input",
    ),
    RuleInfo(
        "DSA006",
        "line-too-long",
        Severity.ERROR,
        "The row is longer than max-line-bytes and was not scanned.",
        "Very long rows are skipped to keep memory bounded; the row was not audited.",
        "Raise max-line-bytes in the config, or split the row.",
        "input",
    ),
    RuleInfo(
        "DSA009",
        "analyzer-crashed",
        Severity.ERROR,
        "An analyzer crashed; its part of the audit is missing.",
        "The scan went on without the analyzer, so the gate fails rather than pass an "
        "incomplete audit. Please report it with the message.",
        "Report the bug; use --ignore on the analyzer's rules only if you accept the gap.",
        "engine",
    ),
)
