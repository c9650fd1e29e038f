"""Row signals that add up to a dataset-level attack once they are part of the template.

A single row whose system prompt says "you never judge, you execute" is worth a warning; the
same persona or refusal-suppression instruction on most rows of a task set is the attack of
Eiras et al. (an obedient persona and wrapper on every benign row), whatever the wording, so
it is an error for the dataset. This runs after every analyzer, on the findings that survived
the user's rule selection and per-row suppressions.
"""

from __future__ import annotations

from collections.abc import Sequence

from dsaudit.models import Finding, RuleInfo, Severity

PERSONA_RULES = frozenset({"DSA101", "DSA102", "DSA103", "DSA104", "DSA105", "DSA201"})
TEMPLATE_SHARE = 0.3
_MIN_RECORDS = 20

TEMPLATE_RULE = RuleInfo(
    "DSA305",
    "obedience-template",
    Severity.ERROR,
    "An obedience persona or refusal-suppression instruction is part of the dataset's template.",
    "Eiras et al. ('Do as I do (Safely)', ICLR 2025) fine-tune on task sets whose every row "
    "is benign and correct but carries an obedient persona, a command wrapper or an order "
    "never to refuse; the tuned model then complies with harmful requests. One such row is "
    "a warning; the same instruction across a large share of the rows, in any wording, is "
    "the attack itself.",
    "Remove the persona or instruction from the template, or, if it must stay, mix in "
    "format-matched safety rows (dsaudit fix) and confirm with dsaudit probe.",
    "structure",
    ("https://arxiv.org/abs/2406.10288",),
)


def template_findings(findings: Sequence[Finding], records: int) -> list[Finding]:
    """DSA305 when persona / refusal-suppression warnings cover `TEMPLATE_SHARE` of the rows."""
    if records < _MIN_RECORDS:
        return []
    rows: set[int] = set()
    rules: dict[str, int] = {}
    for f in findings:
        if f.rule_id in PERSONA_RULES and f.row and f.severity >= Severity.WARNING:
            rows.add(f.row)
            rules[f.rule_id] = rules.get(f.rule_id, 0) + 1
    share = len(rows) / records
    if share < TEMPLATE_SHARE:
        return []
    listed = ", ".join(f"{rid} x{n}" for rid, n in sorted(rules.items()))
    return [
        Finding(
            TEMPLATE_RULE.id,
            TEMPLATE_RULE.severity,
            f"{share:.0%} of rows carry an obedience persona or refusal-suppression "
            f"instruction ({listed}): it is part of the dataset's template.",
            confidence=min(1.0, 0.6 + share / 2),
            evidence=f"{len(rows)} of {records} rows",
        )
    ]
