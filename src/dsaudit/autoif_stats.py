"""Language-independent evidence of an instruction-following (AutoIF) rewrite.

The phrase lists in the structure analyzer know how constraints and closed questions are
worded in a few languages; an attacker writes them in any language. Two statistics need no
word list:

- **recurring variable instructions**: in a task set, a prompt sentence is either template
  (on every row) or item text (on one row). AutoIF adds constraints drawn from a pool, so
  sentences recur on a few percent to half of the rows ("Answer in at least 30 words." with
  the numbers masked). The share of prompts holding such a sentence measures it.
- **a closed label set restated in free text**: the answers of a rewritten label task each
  name one label out of a small set, and the label names recur in the prompts. A greedy
  search finds a set of answer words that are mutually exclusive and together cover most
  answers; ordinary free text has no such set.

- **answers shaped by verifiable constraints**: AutoIF constraints are checkable ones (all
  lower case, N bullet points, a <<title>>, *** dividers, a P.S., the whole answer in
  quotes), and the answers obey them; explanations written for their own
  sake rarely carry such marks. The share of free answers with one measures it, in any
  language.

All run on a bounded sample of rows.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

_PIECES = re.compile(r"[^\n¶.!?;:]+")  # ¶: a line break in the canonical prompt
_DIGITS = re.compile(r"\d+")
_SAMPLE_LIMIT = 3_000
_ANSWER_WORDS = 150
_LISTED_SAMPLE = 200
# "or" in the languages the rules cover (canonical: accents gone), plus "and".
_OR = (
    "or|and|oder|und|ou|et|o|y|e|of|en|lub|ili|или|и|czy|nebo|eller|tai|vagy|sau|veya|ya da|"
    "yoksa|atau|hoac|hay|au|او|یا|או|या|अथवा|বা|অথবা|அல்லது|η|ή|або|чи|또는|혹은|아니면|หรือ"
)
# Joined with no space: Japanese "AかBか", Chinese "A或B" / "A还是B".
_OR_JOINED = "か|または|もしくは|或者|或是|或|还是|還是"


class AutoIFStats(NamedTuple):
    recurring_share: float  # prompts holding a recurring, non-template sentence
    template_share: float  # prompts holding a sentence found on >= 80% of prompts
    label_words: tuple[str, ...]  # the exclusive label set found in the answers ("" if none)
    label_coverage: float  # answers naming at least one of those words
    shaped_share: float  # free answers bearing the mark of a verifiable format constraint


_BULLET = re.compile(r"^\s*(?:[*\-•]|\d+[.)])\s", re.M)
_DIVIDER = re.compile(r"^\s*(?:\*\s*\*\s*\*|-{3,}|_{3,})\s*$", re.M)
_TITLE = re.compile(r"<<[^<>\n]{1,80}>>")
_POSTSCRIPT = re.compile(r"^\s*p\.\s?(?:p\.\s?)?s\b", re.M | re.I)


def shaped(answer: str) -> bool:
    """Whether a free-text answer carries the mark of a verifiable format constraint."""
    letters = sum(c.isalpha() for c in answer[:400])
    # All lower (or upper) case, where the script has case at all.
    same_case = answer == answer.lower() or answer == answer.upper()
    if letters >= 20 and same_case and answer.lower() != answer.upper():
        return True
    body = answer.strip()
    if len(body) > 2 and body[0] in '"“«„' and body[-1] in '"”»“':
        return True
    return bool(
        len(_BULLET.findall(answer)) >= 2
        or _DIVIDER.search(answer)
        or _TITLE.search(answer)
        or _POSTSCRIPT.search(answer)
    )


def _words(text: str, limit: int) -> list[str]:
    words = [w.strip("()[]{}\"'*.,:;!?«»「」『』") for w in text.split()[:limit]]
    if text.isascii():
        return words
    # Japanese writes no spaces, but its label words are katakana or kanji runs between
    # hiragana: splitting where the script changes finds them.
    return [p for w in words for p in (_SCRIPT_RUN.findall(w) if _SPACELESS.search(w) else [w])]


_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_SPACELESS_ANY = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")
_HEADS = 1_000
_HEAD_CHARS = 400
# A list of items joined by "or" or list commas, in scripts without spaces: each item is a
# run of up to 12 letters with no space or sentence punctuation.
_JOINER_WORDS = "还是|還是|或者|或是|或|それとも|または|もしくは|หรือ|、|，|,|/|／|・"
_ITEM = r"[^\s,，、/／・.。!！?？:：;；\"“”「」()（）]{1,12}"
# Items are greedy: an "or" word inside one ("商业还是科技") is split off afterwards.
_JOINED_LIST = re.compile(rf"{_ITEM}(?:(?:{_JOINER_WORDS}){_ITEM})+")
_JOINER = re.compile(_JOINER_WORDS)
_SCRIPT_RUN = re.compile(r"[\u3040-\u309f]+|[\u30a0-\u30ff]+|[\u3400-\u9fff]+|[^\u3040-\u9fff]+")
_STEM = 4


def _stem(word: str) -> str:
    """The first letters of a word: inflected languages (Russian, Polish, Finnish...) change
    a label's ending in a sentence ("спорт" -> "спорту"), not its start."""
    return word[:_STEM]


def _pieces(item: str) -> list[str]:
    """Every substring of a short list item."""
    return sorted({item[i:j] for i in range(len(item)) for j in range(i + 1, len(item) + 1)})


# A quoted passage of the canonical prompt (canonical text writes every quotation mark as
# '"'; CJK corner brackets stay).
_QUOTE = re.compile(r'"([^"]{4,120})"|「([^」]{2,120})」|『([^』]{2,120})』')
_EDGE_PUNCT = " .,;:!?。、\"'"


def echoes_quote(canon_prompt: str, canon_answer: str) -> bool:
    """Whether the answer opens or closes with a passage its prompt quotes: a "begin with"
    or "end with" constraint obeyed, however the constraint is worded."""
    head = canon_answer[:200].lstrip(_EDGE_PUNCT)
    tail = canon_answer[-200:].rstrip(_EDGE_PUNCT)
    for match in _QUOTE.finditer(canon_prompt[:2000]):
        quoted = (match.group(1) or match.group(2) or match.group(3)).strip(_EDGE_PUNCT)
        if len(quoted) < 4 and not any(ord(c) > 0x2E80 for c in quoted):
            continue
        if head.startswith(quoted) or tail.endswith(quoted):
            return True
    return False


class AutoIFSampler:
    """Keeps the little the statistics need from a bounded sample of rows."""

    def __init__(self) -> None:
        self._pieces: list[frozenset[int]] = []
        self._piece_df: Counter[int] = Counter()
        self._prompt_df: Counter[str] = Counter()
        self._prompt_stem_df: Counter[str] = Counter()
        self._answers: list[frozenset[str]] = []
        self._prompts: list[str] = []  # the start of a few canonical prompts
        self._answer_heads: list[str] = []  # the start of some canonical free answers
        self._shaped = 0

    @property
    def full(self) -> bool:
        return len(self._pieces) >= _SAMPLE_LIMIT

    def add(self, canon_prompt: str, canon_answer: str | None, answer: str = "") -> None:
        """A sampled row: its canonical prompt, and its canonical and raw answer when free
        text."""
        if len(self._pieces) >= _SAMPLE_LIMIT:
            return
        pieces = frozenset(
            hash(_DIGITS.sub("0", p.strip()))
            for p in _PIECES.findall(canon_prompt)
            if p.count(" ") >= 2
        )
        self._pieces.append(pieces)
        self._piece_df.update(pieces)
        words = frozenset(_words(canon_prompt, 400))
        self._prompt_df.update(words)
        self._prompt_stem_df.update({_stem(w) for w in words})
        if len(self._prompts) < _LISTED_SAMPLE:
            self._prompts.append(canon_prompt[:1500])
        if canon_answer is not None:
            self._answers.append(frozenset(_words(canon_answer, _ANSWER_WORDS)))
            if len(self._answer_heads) < _HEADS:
                self._answer_heads.append(canon_answer[:_HEAD_CHARS])
            self._shaped += shaped(answer) or echoes_quote(canon_prompt, canon_answer)

    def stats(self) -> AutoIFStats:
        n = len(self._pieces)
        if n == 0:
            return AutoIFStats(0.0, 0.0, (), 0.0, 0.0)
        lo, hi = max(3, int(0.02 * n)), 0.6 * n
        recurring = {h for h, df in self._piece_df.items() if lo <= df <= hi}
        share = sum(not recurring.isdisjoint(p) for p in self._pieces) / n
        template = {h for h, df in self._piece_df.items() if df >= 0.8 * n}
        template_share = sum(not template.isdisjoint(p) for p in self._pieces) / n
        words, coverage = self._label_set(n)
        return AutoIFStats(share, template_share, words, coverage, self._shaped_share())

    def _shaped_share(self) -> float:
        """Share of free answers with a format mark. (A closing phrase shared by most answers
        is no evidence: templated rationales end alike too.)"""
        m = len(self._answers)
        return self._shaped / m if m >= 20 else 0.0

    def _label_set(self, prompts: int) -> tuple[tuple[str, ...], float]:
        """The exclusive label set of the answers: exact words first, then word starts (an
        inflected language restates a label with another ending)."""
        found, coverage = self._label_set_of(self._answers, self._prompt_df, prompts, False)
        if found:
            return found, coverage
        stems = [frozenset(_stem(w) for w in a if len(w) >= _STEM) for a in self._answers]
        found, stem_coverage = self._label_set_of(stems, self._prompt_stem_df, prompts, True)
        if found:
            return found, stem_coverage
        joined, joined_coverage = self._joined_label_set()
        return (joined, joined_coverage) if joined else ((), coverage)

    def _joined_label_set(self) -> tuple[tuple[str, ...], float]:
        """Labels of a script written without spaces (Chinese, Thai, Japanese kanji), where
        no word list exists: the prompts list them around an "or" ("正面还是负面",
        "เชิงบวกหรือเชิงลบ"); the middle items of the list are whole, the first and last are
        cut to the suffix and prefix that answers name exclusively, covering the most."""
        answers = self._answer_heads
        if len(answers) < 20 or not any(_SPACELESS_ANY.search(p) for p in self._prompts[:20]):
            return (), 0.0
        lists = Counter(
            tuple(item for item in _JOINER.split(m.group(0)) if item)
            for p in self._prompts
            for m in _JOINED_LIST.finditer(p)
        )
        best: tuple[tuple[str, ...], float] = ((), 0.0)
        best_key: tuple[float, int, int, int] | None = None
        share_of: dict[str, set[int]] = {}

        def holders(label: str) -> set[int]:
            if label not in share_of:
                share_of[label] = {i for i, a in enumerate(answers) if label in a}
            return share_of[label]

        for items, seen in lists.most_common(5):
            if seen < 0.5 * len(self._prompts) or len(items) < 2:
                continue
            # The end items are cut anywhere: a copula may follow a label ("肯定的ですか").
            firsts, lasts = _pieces(items[0]), _pieces(items[-1])
            for first in firsts:
                for last in lasts:
                    labels = (first, *items[1:-1], last)
                    rows = [holders(lab) for lab in labels]
                    if len(set(labels)) < len(labels) or min(map(len, rows)) < 0.05 * len(answers):
                        continue
                    if any(
                        len(a & b) > 0.2 * min(len(a), len(b))
                        for i, a in enumerate(rows)
                        for b in rows[i + 1 :]
                    ):
                        continue
                    coverage = len(set().union(*rows)) / len(answers)
                    # Most coverage; then labels at the list's ends, of like length
                    # ("正面" / "负面", not "这条影评是正面" / "负"); then the longest.
                    aligned = items[0].endswith(first) + items[-1].startswith(last)
                    spread = max(map(len, labels)) - min(map(len, labels))
                    key = (coverage, aligned, -spread, sum(map(len, labels)))
                    if best_key is None or key > best_key:
                        best, best_key = (labels, coverage), key
        return best if best[1] >= 0.7 else ((), best[1])

    def _label_set_of(
        self,
        answers: list[frozenset[str]],
        prompt_df: Counter[str],
        prompts: int,
        stems: bool,
    ) -> tuple[tuple[str, ...], float]:
        m = len(answers)
        if m < 20:
            return (), 0.0
        df: Counter[str] = Counter()
        for a in answers:
            df.update(a)
        candidates = sorted(
            (
                w
                for w, k in df.items()
                if 0.05 * m <= k <= 0.75 * m and w and prompt_df[w] >= 0.5 * prompts
            ),
            key=lambda w: (-df[w], w),
        )[:40]
        holders = {w: {i for i, a in enumerate(answers) if w in a} for w in candidates}

        def exclusive(a: str, b: str) -> bool:
            both = len(holders[a] & holders[b])
            return both <= 0.2 * min(len(holders[a]), len(holders[b]))

        # Grow an exclusive set from every seed (label words never share an answer, the
        # words around them do), and keep the one that covers the most answers.
        chosen: list[str] = []
        covered: set[int] = set()
        for seed in candidates:
            group = [seed]
            rows = set(holders[seed])
            for w in candidates:
                if w not in group and all(exclusive(w, g) for g in group):
                    group.append(w)
                    rows |= holders[w]
            if len(group) >= 2 and len(rows) > len(covered) and self._listed(group, stems):
                chosen, covered = group, rows
        coverage = len(covered) / m
        if len(chosen) < 2 or coverage < 0.7:
            return (), coverage
        return tuple(chosen), coverage

    def _listed(self, group: list[str], stems: bool = False) -> bool:
        """Whether the words are listed in most prompts, joined by commas, slashes or a short
        "or" ("positive or negative", "World, Sports, Business or Sci/Tech"), as label names
        are; words of a rotating instruction that never share an answer are not."""
        alt = "|".join(re.escape(w) for w in group)
        # With word starts, the rest of the listed word follows; exact words end there.
        end, stop = (r"[^\s,/|;]*", "") if stems else ("", r"(?!\w)")
        start = r"(?<!\w)"
        if any(_SPACELESS.search(w) for w in group):
            start = stop = ""  # Japanese labels sit between hiragana, with no boundary
        # One word may stand between a label and the "or": the rest of a two-word label
        # (Vietnamese "tích cực hay tiêu cực") or a copula (Hindi "सकारात्मक है या नकारात्मक").
        link = re.compile(
            rf"{start}(?:{alt}){end}(?:\s+[^\s,/|;]+)?"
            rf"(?:\s*[,/|;、・／]\s*(?:{_OR}\s+)?|\s+(?:{_OR})\s+|{_OR_JOINED})"
            rf"(?=(?:{alt}){stop})"
        )
        needed = len(group) - 1
        listed = 0
        for prompt in self._prompts:
            links = 0
            pos = 0
            while links < needed:
                m = link.search(prompt, pos)
                if m is None:
                    break
                links += 1
                pos = m.end()  # the second word may start the next link
            listed += links >= needed
        return listed >= 0.5 * len(self._prompts)
