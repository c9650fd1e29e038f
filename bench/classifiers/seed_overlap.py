"""Leak check: does any seed training row come close to an evaluation row?

    python bench/classifiers/seed_overlap.py [FILE.jsonl ...]

For every seed row (default: all of src/dsaudit/seed/*.jsonl) the word-trigram Jaccard
similarity to its nearest row in the evaluation sets of `eval_sets.py`; prints the rows at or
above 0.5 and the count per file. Our seed is written by us; a high overlap means a row
reproduces a benchmark prompt and must be rewritten or dropped.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_sets import load_sets

ROOT = Path(__file__).resolve().parents[2]
CUT = 0.5


def grams(text: str) -> frozenset[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def main() -> int:
    shared = ROOT.parent / "shared" / "data"
    if not shared.is_dir():
        print(f"{shared} not found", file=sys.stderr)
        return 2
    files = [Path(a) for a in sys.argv[1:]] or sorted((ROOT / "src/dsaudit/seed").glob("*.jsonl"))
    evals = [(name, t, grams(t)) for name, (_k, texts) in load_sets(shared).items() for t in texts]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (_n, _t, g) in enumerate(evals):
        for gram in g:
            index[gram].append(i)
    for path in files:
        flagged = 0
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        for row in rows:
            mine = grams(row.get("text") or "")
            if not mine:
                continue
            counts: dict[int, int] = defaultdict(int)
            for gram in mine:
                for i in index.get(gram, ()):
                    counts[i] += 1
            best, best_i = 0.0, -1
            for i, shared_count in counts.items():
                sim = shared_count / (len(mine) + len(evals[i][2]) - shared_count)
                if sim > best:
                    best, best_i = sim, i
            if best >= CUT:
                flagged += 1
                near = f"{evals[best_i][0]}: {evals[best_i][1][:80]!r}"
                print(f"{path.name}: {best:.2f} {row['text'][:80]!r} ~ {near}")
        print(f"{path.name}: {flagged} of {len(rows)} rows at Jaccard >= {CUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
