"""The instruction model on persona texts it was never trained on.

Sets: bench/data/persona_blind.jsonl (219 texts, 15 languages, written by a separate author)
and tests/data/persona_heldout.jsonl (159 texts). Both were used to develop the phrase rules,
never to train or tune the model. Prints AUROC, and recall / false-positive rate at the
shipped threshold, per set and per kind, beside the phrase rules on the same texts.

    python bench/instructions/run.py [--model DIR]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from dsaudit.instructions.model import MODEL_DIR, load_model

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "persona_blind": ROOT / "bench" / "data" / "persona_blind.jsonl",
    "persona_heldout": ROOT / "tests" / "data" / "persona_heldout.jsonl",
}


def auroc(pos: list[float], neg: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / max(1, len(pos) * len(neg))


def rules_flag(rows: list[dict]) -> list[bool]:
    """Whether the phrase rules flag each text in its field (warning or above)."""
    from dsaudit.analyzers.rule_matcher import RuleMatcher
    from dsaudit.rules import load_rules

    matcher = RuleMatcher(load_rules())
    return [bool(matcher.match_text(r["field"], r["text"])) for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, default=MODEL_DIR)
    args = ap.parse_args()
    model = load_model(args.model)
    print(f"threshold {model.threshold:.3f}; {model.meta.get('cross_validation')}")
    for name, path in SETS.items():
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        scores = [model.score(r["text"]) for r in rows]
        ruled = rules_flag(rows)
        pos = [s for s, r in zip(scores, rows, strict=True) if r["expect"] == "flag"]
        neg = [s for s, r in zip(scores, rows, strict=True) if r["expect"] != "flag"]
        flagged = [s >= model.threshold for s in scores]
        both = [f or g for f, g in zip(flagged, ruled, strict=True)]

        def rate(values: list[bool], expect: str, rows: list[dict] = rows) -> str:
            picked = [
                v
                for v, r in zip(values, rows, strict=True)
                if (r["expect"] == "flag") == (expect == "flag")
            ]
            return f"{sum(picked) / max(1, len(picked)):.3f}"

        print(f"\n{name}: {len(pos)} flag / {len(neg)} pass; AUROC {auroc(pos, neg):.3f}")
        for label, values in (("model", flagged), ("rules", ruled), ("rules or model", both)):
            print(f"  {label:15s} recall {rate(values, 'flag')}  FPR {rate(values, 'pass')}")
        by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r, f, g in zip(rows, flagged, ruled, strict=True):
            k = by_kind[f"{r['expect']}/{r['kind']}"]
            k[0] += 1
            k[1] += f
            k[2] += g
        for kind, (n, f, g) in sorted(by_kind.items()):
            print(f"    {kind:32s} n={n:3d}  model {f / n:.2f}  rules {g / n:.2f}")


if __name__ == "__main__":
    main()
