"""The safety and contrast pools `fix` draws from: hand-written rows in `dsaudit/seed/`.

Harmful requests (answered with refusals) and benign requests with short correct answers
(the contrast rows), in seven languages. A dataset gets rows in its own language when the pool
has them, English otherwise. Nothing here comes from a public benchmark, so a probe evaluated
on those benchmarks never sees its test prompts in the safety data.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent.parent / "seed"
LANGS = ("en", "fr", "es", "de", "it", "pt", "nl")
# Styles of harmful_styles.jsonl that read as a plain request (the "wrapped" style carries its
# own wrapper, which would clash with the dataset's).
_REQUEST_STYLES = {"question", "statement_request", "hateful_generalisation", "dangerous_advice"}

_STOPWORDS = {
    "en": "the and is are you what how of to in that it for with this".split(),
    "fr": "le la les est et que des une pour dans vous est-ce qui sur pas".split(),
    "es": "el la los las es que de y una para con por como del qué".split(),
    "de": "der die das und ist nicht ein eine mit für wie was ich sie den".split(),
    "it": "il lo la gli che di e una per con come non sono della cosa".split(),
    "pt": "o a os as que de e uma para com como não do da você".split(),
    "nl": "de het een en is dat van niet met voor hoe wat ik je zijn".split(),
}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?", re.UNICODE)


@dataclass(frozen=True)
class PoolRow:
    id: str  # file:line, for the manifest
    lang: str
    request: str
    answer: str = ""  # refusal and contrast rows
    topics: frozenset[str] = frozenset()  # refusals: word stems naming what is refused


def stems(text: str) -> set[str]:
    """Six-letter stems of the words of five letters or more: a cheap topic signature."""
    return {w[:6] for w in _WORD.findall(text.lower()) if len(w) >= 5}


@dataclass(frozen=True)
class Pools:
    harmful: dict[str, list[PoolRow]]
    refusals: dict[str, list[PoolRow]]
    contrast: dict[str, list[PoolRow]]

    def refusal_for(self, request: PoolRow, rng: random.Random) -> PoolRow:
        """A refusal on the request's topic (>= 2 shared topic stems) when the pool has one,
        else a generic refusal: a refusal about weapons must not answer a fraud request."""
        pool = self.refusals[request.lang]
        wanted = stems(request.request)
        scored = [(len(r.topics & wanted), r) for r in pool if r.topics]
        best = max((n for n, _ in scored), default=0)
        if best >= 2:
            return rng.choice([r for n, r in scored if n == best])
        generic = [r for r in pool if not r.topics]
        return rng.choice(generic or pool)

    def pick_lang(self, lang: str) -> str:
        """`lang` when every pool has rows in it, else English."""
        if all(pool.get(lang) for pool in (self.harmful, self.refusals, self.contrast)):
            return lang
        return "en"


def _read(name: str) -> list[tuple[int, dict[str, str]]]:
    path = SEED_DIR / name
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                rows.append((n, json.loads(line)))
    return rows


def load_pools() -> Pools:
    harmful: dict[str, list[PoolRow]] = {}
    for name in ("harmful_requests.jsonl", "harmful_styles.jsonl"):
        for n, row in _read(name):
            if row.get("style", "question") in _REQUEST_STYLES or "style" not in row:
                harmful.setdefault(row["lang"], []).append(
                    PoolRow(f"{name}:{n}", row["lang"], row["text"])
                )
    raw: dict[str, list[tuple[int, str]]] = {}
    for n, row in _read("refusals.jsonl"):
        raw.setdefault(row["lang"], []).append((n, row["text"]))
    refusals: dict[str, list[PoolRow]] = {}
    for lang, items in raw.items():
        # Stems used by many refusals ("help", "request", "sorry") are generic; the rare
        # ones name a topic. A refusal without topic stems fits any request.
        df = Counter(s for _, text in items for s in stems(text))
        cut = max(3, round(0.05 * len(items)))
        refusals[lang] = [
            PoolRow(
                f"refusals.jsonl:{n}",
                lang,
                "",
                text,
                frozenset(s for s in stems(text) if df[s] < cut),
            )
            for n, text in items
        ]
    contrast: dict[str, list[PoolRow]] = {}
    for n, row in _read("contrast_pairs.jsonl"):
        contrast.setdefault(row["lang"], []).append(
            PoolRow(f"contrast_pairs.jsonl:{n}", row["lang"], row["request"], row["answer"])
        )
    return Pools(harmful, refusals, contrast)


def detect_language(texts: list[str]) -> str:
    """The dataset's language among the pools' seven, by stop-word counts (English on a tie)."""
    counts: Counter[str] = Counter()
    lookup: dict[str, list[str]] = {}
    for lang, words in _STOPWORDS.items():
        for word in words:
            lookup.setdefault(word, []).append(lang)
    for text in texts:
        for word in _WORD.findall(text[:500].lower()):
            counts.update(lookup.get(word, ()))
    if not counts:
        return "en"
    best, n = counts.most_common(1)[0]
    return best if n > counts.get("en", 0) else "en"
