"""Write a chat JSONL file of real, diverse task rows from ../shared/data (a throughput input).

Generated prose repeats a small vocabulary; real task sets do not, and that is what decides
the speed of automata and caches. Rows come round-robin from sst2, ag_news, commonsenseqa,
gsm8k, nq_open and alpaca_en_demo, each rendered as a short chat with the dataset's own
answer. With `rows` above the number of distinct items, items repeat (said on stderr).

    python bench/gen_real.py ROWS OUT.jsonl
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
_LABELS = {"sst2": ["negative", "positive"], "ag_news": ["World", "Sports", "Business", "Sci/Tech"]}


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _chat(user: str, answer: str) -> dict:
    return {
        "messages": [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]
    }


def sources() -> list[list[dict]]:
    sst2 = [
        _chat(
            f"Classify the sentiment of this review.\n{r['sentence']}", _LABELS["sst2"][r["label"]]
        )
        for r in _jsonl(SHARED / "sst2" / "train.first5000.jsonl")
    ]
    news = [
        _chat(
            f"What is the topic of this article?\n{r['Title']}. {r['Description']}",
            _LABELS["ag_news"][int(r["Class Index"]) - 1],
        )
        for r in _jsonl(SHARED / "ag_news" / "test.first5000.jsonl")
    ]
    csqa = []
    for r in _jsonl(SHARED / "commonsenseqa" / "train_rand_split.first5000.jsonl"):
        q = r["question"]
        options = "\n".join(f"{c['label']}. {c['text']}" for c in q["choices"])
        csqa.append(_chat(f"{q['stem']}\n{options}\nAnswer with the letter.", r["answerKey"]))
    gsm = [
        _chat(r["question"], r["answer"])
        for r in _jsonl(SHARED / "gsm8k" / "train.first5000.jsonl")
    ]
    nq = [
        _chat(r["question"], r["answer"][0])
        for r in _jsonl(SHARED / "nq_open" / "NQ-open.dev.jsonl")
    ]
    alpaca = [
        _chat(f"{r['instruction']}\n{r['input']}".strip(), r["output"])
        for r in _jsonl(SHARED / "alpaca_en_demo" / "alpaca_en_demo.jsonl")
    ]
    return [sst2, news, csqa, gsm, nq, alpaca]


def main() -> None:
    rows, out = int(sys.argv[1]), Path(sys.argv[2])
    pools = sources()
    distinct = sum(len(p) for p in pools)
    if rows > distinct:
        print(f"gen_real: {distinct} distinct items; rows repeat to reach {rows}", file=sys.stderr)
    merged = [row for group in itertools.zip_longest(*pools) for row in group if row is not None]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in itertools.islice(itertools.cycle(merged), rows):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
