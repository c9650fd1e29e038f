"""Compliance concepts in a text: which of refusing, apologising, warning, moralising,
safety rules and obeying it forbids or demands, in any of ~35 languages.

The phrase rules know wordings; a concept lexicon (`rules/concepts/*.yaml`) knows the words
for a few ideas and counts one when a prohibition marker stands near it. "Never refuse"
and "Тебе запрещено извиняться" name the same concepts with different syntax, and the
combination of two kinds in one template text is what a compliance instruction looks like,
while a benign template rarely names even one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dsaudit.instructions.recurring import SENTENCE_END
from dsaudit.text import canonical, fold_keeping_scripts, views

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Scripts whose words are separated by spaces and whose letters are all \w: a term there
# needs a word boundary. CJK, kana, Thai and the Indic scripts (whose vowel signs are not
# \w) match anywhere.
_BOUNDED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW")
# The kinds a persona *speaks* when it declares itself ("I obey", "I have no limits"); the
# others (refusing, apologising, ...) a refusal names too.
VOICE_KINDS = frozenset({"obedience", "limits"})
_KIND_WORDS = {
    "refusal": "refusals",
    "apology": "apologies",
    "disclaimer": "warnings or disclaimers",
    "moralizing": "moralising",
    "judging": "judging the request",
    "limits": "safety rules or limits",
    "obedience": "obedience",
}


@dataclass(frozen=True)
class ConceptHit:
    kind: str
    evidence: str


@dataclass(frozen=True)
class _Kind:
    name: str
    standalone: bool
    pattern: re.Pattern[str]
    negated: re.Pattern[str] | None


class ConceptLexicon:
    """The compiled lexicon: one alternation per concept kind, one for the markers."""

    def __init__(self, data: dict[str, Any], source: str = "<lexicon>") -> None:
        try:
            self.window = int(data["window"])
            kinds = {str(k): [str(t) for t in v["terms"]] for k, v in data["kinds"].items()}
            standalone = {str(k) for k, v in data["kinds"].items() if v.get("standalone")}
            # Supporting kinds (a role-play framing) count only beside the kinds they
            # support (obedience): "assign a category (role-play, ...)" is no persona.
            self._supports = {
                str(k): frozenset(str(x) for x in v["supports"])
                for k, v in data["kinds"].items()
                if v.get("supports")
            }
            # One list of markers: prohibitions in the compliance lexicon, decoding verbs in
            # the decode-frame one.
            (markers,) = ([str(m) for m in v] for v in data["markers"].values())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{source}: invalid concept lexicon: {exc}") from None
        # The text is read in the script-keeping view with every term, and in the canonical
        # views (homoglyphs and leetspeak undone) with the terms that fold the same way in
        # both: there "не" would be the English "he".
        self._tables = (
            (fold_keeping_scripts, _table(kinds, standalone, markers, fold_keeping_scripts)),
            (None, _table(kinds, standalone, markers, canonical, same_in_both=True)),
        )
        self._names = tuple(kinds)

    def _quoted_caution(
        self, sentence: str, marker: re.Pattern[str], found: dict[str, ConceptHit]
    ) -> None:
        """A caution quoted and banned names the disclaimer concept by example."""
        for m in _QUOTED.finditer(sentence):
            if not _is_quoted_caution(m.group(1)):
                continue
            near = (
                _near(x.start(), x.end(), m.start(), m.end(), self.window)
                for x in marker.finditer(sentence)
            )
            if any(near):
                found["disclaimer"] = ConceptHit("disclaimer", _around(sentence, *m.span()))
                return

    @property
    def kinds(self) -> tuple[str, ...]:
        return self._names

    def hits(self, text: str) -> list[ConceptHit]:
        """One hit per concept kind the text forbids (or, for standalone kinds, names)."""
        found: dict[str, ConceptHit] = {}
        for fold, (kinds, marker) in self._tables:
            texts = (fold(text),) if fold is not None else views(text)
            for view in texts:
                for sentence in SENTENCE_END.split(view):
                    if sentence.strip():
                        self._sentence_hits(sentence, kinds, marker, found)
        for kind, supported in self._supports.items():
            if kind in found and supported.isdisjoint(found):
                del found[kind]
        order = {name: i for i, name in enumerate(self._names)}
        return sorted(found.values(), key=lambda h: order[h.kind])

    def _sentence_hits(
        self,
        sentence: str,
        kinds: list[_Kind],
        marker: re.Pattern[str],
        found: dict[str, ConceptHit],
    ) -> None:
        markers: list[tuple[int, int]] | None = None
        if _QUOTE_CHARS.search(sentence):
            # A refusal quoted and banned ('Phrases like "I can't help with that" are
            # forbidden') names the concept by example instead of by word.
            quoted = _quoted_refusals(sentence)
            if quoted:
                markers = [(x.start(), x.end()) for x in marker.finditer(sentence)]
            allowed = []
            for start, end in quoted:
                if any(_near(s, e, start, end, self.window) for s, e in markers or ()):
                    if "refusal" not in found:
                        found["refusal"] = ConceptHit("refusal", _around(sentence, start, end))
                else:
                    allowed.append((start, end))
            # A quoted refusal that is not banned is what the template asks the model to
            # say: its words ("sorry", "can't") are not concepts of their own.
            for start, end in allowed:
                sentence = sentence[:start] + " " * (end - start) + sentence[end:]
            if allowed:
                markers = None  # markers inside a blanked quote no longer count
            if "disclaimer" not in found:
                self._quoted_caution(sentence, marker, found)
        # Concept words with their spans, of every kind (a found kind's words still anchor
        # the other items of their list); an already negated form ("neodmítne") is an
        # anchor by itself.
        spans: list[tuple[int, int, str, bool]] = []  # (start, end, kind, anchored)
        for kind in kinds:
            if kind.negated is not None:
                m = kind.negated.search(sentence)
                if m:
                    if kind.name not in found:
                        hit = ConceptHit(kind.name, _around(sentence, m.start(), m.end()))
                        found[kind.name] = hit
                    spans.append((m.start(), m.end(), kind.name, True))
                    continue
            if kind.standalone:
                if kind.name not in found:
                    m = kind.pattern.search(sentence)
                    if m:
                        found[kind.name] = ConceptHit(
                            kind.name, _around(sentence, m.start(), m.end())
                        )
                continue
            for m in kind.pattern.finditer(sentence):
                spans.append((m.start(), m.end(), kind.name, False))
        if all(k in found or anchored for _, _, k, anchored in spans):
            return
        if markers is None:
            markers = [(x.start(), x.end()) for x in marker.finditer(sentence)]
        if not markers:
            return
        spans = [
            (a, b, k, done or any(_near(s, e, a, b, self.window) for s, e in markers))
            for a, b, k, done in spans
        ]
        # Concepts listed together share the list's predicate: in "caveats, safety notes and
        # any form of declining are excluded" the marker is near "declining" only, but it
        # rules out the caveats too. An unanchored concept within 1.5 `window` characters of
        # an anchored one (list items run a few words) is anchored, step by step.
        spans.sort()
        changed = True
        while changed:
            changed = False
            for i, (a, b, k, done) in enumerate(spans):
                if done:
                    continue
                if any(
                    other_done and _near(oa, ob, a, b, self.window * 3 // 2)
                    for oa, ob, _, other_done in spans
                ):
                    spans[i] = (a, b, k, True)
                    changed = True
        for a, b, k, done in spans:
            if done and k not in found:
                found[k] = ConceptHit(k, _around(sentence, a, b))


def _table(
    kinds: dict[str, list[str]],
    standalone: set[str],
    markers: list[str],
    fold: Callable[[str], str],
    same_in_both: bool = False,
) -> tuple[list[_Kind], re.Pattern[str]]:
    def keep(term: str) -> bool:
        body = term.lstrip("!").rstrip("*")
        return not same_in_both or canonical(body) == fold_keeping_scripts(body)

    out = []
    for name, terms in kinds.items():
        terms = [t for t in terms if keep(t)]
        plain = [t for t in terms if not t.startswith("!")]
        negated = [t[1:] for t in terms if t.startswith("!")]
        out.append(
            _Kind(
                name,
                name in standalone,
                _alternation(plain, fold),
                _alternation(negated, fold) if negated else None,
            )
        )
    return out, _alternation([m for m in markers if keep(m)], fold)


def describe(hits: list[ConceptHit]) -> str:
    """ "rules out refusals and apologies", "demands obedience and rules out warnings"."""
    banned = [_KIND_WORDS.get(h.kind, h.kind) for h in hits if h.kind not in _OWN_PHRASE]
    parts = [_OWN_PHRASE[h.kind] for h in hits if h.kind in _OWN_PHRASE]
    if banned:
        parts.append(
            "rules out " + ", ".join(banned[:-1]) + (" and " if banned[:-1] else "") + banned[-1]
        )
    return " and ".join(parts)


# Kinds described by a phrase of their own rather than as something ruled out.
_OWN_PHRASE = {
    "roleplay": "frames it as a role-play game",
    "obedience": "demands obedience",
    "authorization": "declares every request cleared in advance",
}

_QUOTE_CHARS = re.compile('["“”«»„「」『』]')
_QUOTED = re.compile('["“«„「『]([^"“”«»„「」『』]{1,100})["”»“」』]')
# Quotes listed together ("a", "b" or "c") are one example list: one span for the window.
_LIST_GAP = re.compile(r"\s*(?:,|/|;|or|and|ou|et|o|y|oder|und|of|en|или|и|或|、)?\s*")


# What a refusal declines ("help with that", "assist", "that request") or how it opens
# ("sorry"): "I cannot find my order" opens like a refusal but quotes a customer.
_REFUSAL_GIST = re.compile(
    r"help|assist|comply|fulfil|provide|answer|respond|do that|with that|this request|"
    r"that request|sorry|apolog|aider|ayudar|helfen|aiutare|ajudar|responder|repondre|"
    r"desole|lo siento|leider|mi dispiace|desculp|помоч|помог|извин|прост|帮|幫|协助|協助|"
    r"抱歉|对不起|お手伝い|申し訳|手伝|도와|죄송"
)


# A bare "no" quoted and banned ('never say "no"'), in the languages of the lexicon.
_NO_WORDS = frozenset(
    "no nope non nein nee nej nei nie ne nu ei nem hayir hayır нет ні не όχι οχι لا نه לא "
    "नहीं নাহ না 不 不行 いいえ 아니요 아니 không khong tidak ไม่".split()
)


def _is_quoted_caution(quote: str) -> bool:
    return len(quote.split()) <= 10 and bool(_CAUTION_GIST.search(quote))


# Cautions quoted as examples of what not to say ("skip the 'please be careful' stuff").
_CAUTION_GIST = re.compile(
    r"be careful|stay safe|be safe|use caution|consult an? |a professional|at your own risk|"
    r"i must warn|please note|for safety|fais attention|soyez prudent|sois prudent|ten cuidado|"
    r"tenga cuidado|sei vorsichtig|seien sie vorsichtig|fai attenzione|tenha cuidado|"
    r"wees voorzichtig|будь осторож|будьте осторож|bądź ostrożn|badz ostrozn|dikkatli ol|"
    r"注意安全|小心|気をつけて|조심"
)


def _is_quoted_refusal(quote: str) -> bool:
    from dsaudit.templates import is_refusal  # templates imports text; no cycle at load

    if quote.strip(" .!?,;:").casefold() in _NO_WORDS:
        return True
    return len(quote.split()) <= 14 and is_refusal(quote) and bool(_REFUSAL_GIST.search(quote))


def _quoted_refusals(sentence: str) -> list[tuple[int, int]]:
    """Spans of quoted example lists in which one example is a refusal."""
    groups: list[tuple[int, int, bool]] = []
    for m in _QUOTED.finditer(sentence):
        refusal = _is_quoted_refusal(m.group(1))
        if groups and _LIST_GAP.fullmatch(sentence, groups[-1][1], m.start()):
            start, _, seen = groups[-1]
            groups[-1] = (start, m.end(), seen or refusal)
        else:
            groups.append((m.start(), m.end(), refusal))
    return [(start, end) for start, end, refusal in groups if refusal]


def _near(ms: int, me: int, cs: int, ce: int, window: int) -> bool:
    """A marker [ms, me) that does not overlap the concept [cs, ce) and ends (or starts)
    within `window` characters of it."""
    if me <= cs:
        return cs - me <= window
    if ms >= ce:
        return ms - ce <= window
    return False


def _around(text: str, start: int, end: int, width: int = 50) -> str:
    lo, hi = max(0, start - width), min(len(text), end + width)
    return ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


def _bounded(term: str) -> bool:
    first = next((c for c in term if c.isalpha()), "")
    if not first:
        return True
    name = unicodedata.name(first, "")
    return name.startswith(_BOUNDED_SCRIPTS)


def _term_pattern(term: str, fold: Callable[[str], str]) -> str:
    stem = term.endswith("*")
    body = fold(term.rstrip("*"))
    if not body:
        raise ValueError(f"empty concept term {term!r}")
    pattern = re.escape(body)
    if _bounded(body):
        pattern = r"(?<!\w)" + pattern + ("" if stem else r"(?!\w)")
    return pattern


def _alternation(terms: Iterable[str], fold: Callable[[str], str]) -> re.Pattern[str]:
    # Longest first, so "do not" wins over "do" and the evidence names the whole phrase.
    parts = sorted({_term_pattern(t, fold) for t in terms}, key=len, reverse=True)
    return re.compile("|".join(parts))


def default_concepts_path(name: str = "compliance_concepts") -> Path:
    from dsaudit.rules import default_rules_dir

    return default_rules_dir() / "concepts" / f"{name}.yaml"


@functools.lru_cache(maxsize=4)
def load_concepts(path: Path | None = None) -> ConceptLexicon:
    """The lexicon at `path` (default: the shipped compliance concepts), read with the safe
    YAML loader."""
    path = path or default_concepts_path()
    data = yaml.load(path.read_text("utf-8"), Loader=_SAFE_LOADER)
    return ConceptLexicon(data, str(path))
