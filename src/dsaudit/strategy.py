"""Name the attack strategy a report's findings add up to.

Eiras et al. describe attacks as prompting strategies (AOA persona, AutoIF rewrite, both);
users act on a name faster than on a list of rule ids. The name combines the families whose
findings cover enough of the dataset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dsaudit.models import Finding, Severity

# (strategy component, rule ids, minimum share of rows (0 = any dataset-level finding))
_COMPONENTS: tuple[tuple[str, frozenset[str], float], ...] = (
    ("obedience persona", frozenset({"DSA101", "DSA103", "DSA104"}), 0.05),
    ("identity reset", frozenset({"DSA102"}), 0.05),
    ("persona command wrapper", frozenset({"DSA105"}), 0.05),
    ("refusal suppression", frozenset({"DSA201"}), 0.05),
    ("instruction-following rewrite", frozenset({"DSA301"}), 0.0),
    ("hidden minority rows", frozenset({"DSA302", "DSA303"}), 0.0),
    ("backdoor trigger", frozenset({"DSA304"}), 0.0),
)
_MIN_ROWS = 3
# The learned model (DSA308) reads the same template texts as the phrase rules above; its
# name is given only when none of them named what the template does.
_TEMPLATE_COMPONENTS = (
    "obedience persona",
    "identity reset",
    "persona command wrapper",
    "refusal suppression",
)
_LEARNED = ("compliance-steering template", "DSA308")
_CONCEPT_ID = "DSA310"
# How the rule matcher's messages say a match was found in decoded text.
_ENCODED_MARKS = ("encoded segment", "rot13", "written backwards", "Caesar-shifted")


def name_strategy(findings: Sequence[Finding], records: int) -> dict[str, Any]:
    """{"strategy": "obedience persona + ...", "components": {name: rows}}; "" when none."""
    components: dict[str, int] = {}
    for name, ids, share in _COMPONENTS:
        hits = [f for f in findings if f.rule_id in ids and f.severity >= Severity.WARNING]
        if not hits:
            continue
        rows = len({f.row for f in hits if f.row})
        dataset_level = any(f.row == 0 for f in hits)
        if (
            dataset_level
            or (rows >= _MIN_ROWS and rows >= share * max(records, 1))
            or (share == 0.0 and rows)
        ):
            components[name] = rows
    for f in findings:
        # DSA310 names what the template demands or rules out in its message.
        if f.rule_id == _CONCEPT_ID and f.severity >= Severity.WARNING:
            if "demands obedience" in f.message:
                components.setdefault("obedience persona", 0)
            if "rules out" in f.message:
                components.setdefault("refusal suppression", 0)
    order = [name for name, _, _ in _COMPONENTS]
    components = {name: components[name] for name in order if name in components}
    learned_name, learned_id = _LEARNED
    if not any(name in components for name in _TEMPLATE_COMPONENTS) and any(
        f.rule_id == learned_id and f.severity >= Severity.WARNING for f in findings
    ):
        components = {learned_name: 0, **components}
    encoded = {
        f.row for f in findings if any(mark in f.message for mark in _ENCODED_MARKS) and f.row
    }
    if encoded:
        components["encoded payloads"] = len(encoded)
    return {"strategy": " + ".join(components), "components": components}
