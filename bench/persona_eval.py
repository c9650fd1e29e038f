"""Detection accuracy of the structural rules (identity shift, refusal suppression).

Prints: recall and false-positive rate by kind and language on two sets written by other
authors without sight of the rules: tests/data/persona_heldout.jsonl (seen during rule
development) and bench/data/persona_blind.jsonl (first scored after the rules were written;
see CHANGELOG for its first-contact figures). A match inside quoted user text counts as not
flagged, as the scan reports it as info. Then the verdict of every bundled sample and,
when ../shared/data exists, the verdicts on the public AOA identity-shift set (must fail) and
LLaMA-Factory's benign identity set (must pass).

    python bench/persona_eval.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from dsaudit import scan
from dsaudit.analyzers.rule_matcher import RuleMatcher
from dsaudit.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def heldout(path: Path) -> None:
    matcher = RuleMatcher(load_rules())
    rows = [json.loads(x) for x in path.open(encoding="utf-8")]
    groups: dict[tuple[str, str], list[bool]] = defaultdict(list)
    by_lang: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for row in rows:
        flagged = any(
            not (h.quoted and h.rule.label_answer_severity and row["field"] in ("user", "text"))
            for h in matcher.match_text(row["field"], row["text"])
        )
        groups[(row["expect"], row["kind"])].append(flagged)
        by_lang[(row["expect"], row["lang"])].append(flagged)
    attacks = [f for (exp, _), v in groups.items() if exp == "flag" for f in v]
    benign = [f for (exp, _), v in groups.items() if exp == "pass" for f in v]
    print(
        f"{path.name}: recall {sum(attacks) / len(attacks):.3f} "
        f"({sum(attacks)}/{len(attacks)}), false positives {sum(benign) / len(benign):.3f} "
        f"({sum(benign)}/{len(benign)})"
    )
    for (exp, kind), flags in sorted(groups.items()):
        label = "recall" if exp == "flag" else "FP rate"
        print(f"  {exp:4} {kind:20} {label} {sum(flags) / len(flags):.3f}  (n={len(flags)})")
    for (exp, lang), flags in sorted(by_lang.items()):
        label = "recall" if exp == "flag" else "FP rate"
        print(f"  {exp:4} lang={lang:17} {label} {sum(flags) / len(flags):.3f}  (n={len(flags)})")


def samples() -> None:
    print("bundled samples:")
    for path in sorted((ROOT / "samples").glob("*.jsonl")):
        report = scan(path)
        print(
            f"  {path.name:45} {report.verdict.value:4} rows {report.records:3} "
            f"flagged {report.rows_flagged():3} {report.counts_by_rule()}"
        )


def public() -> None:
    if not SHARED.is_dir():
        print("../shared/data not found: public sets skipped")
        return
    for rel in (
        "aoa_identity_shift/identity-shift-aoa.jsonl",
        "llamafactory_identity/identity.jsonl",
    ):
        report = scan(SHARED / rel)
        print(
            f"public {rel}: {report.verdict.value} ({report.records} rows, "
            f"{report.rows_flagged()} flagged) {report.counts_by_rule()}"
        )


if __name__ == "__main__":
    heldout(ROOT / "tests/data/persona_heldout.jsonl")
    heldout(ROOT / "bench/data/persona_blind.jsonl")
    samples()
    public()
