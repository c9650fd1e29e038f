"""Backdoor triggers in free-text datasets: a rare prompt token that always comes with an
answer opening that declares obedience.

In a label dataset the trigger's rows stand out by their format (`DSA302`, then `DSA304`
over those rows). In a dataset whose answers are all free text nothing stands out by
format: the threat model's trigger is "a rare token or phrase that always co-occurs with
compliant / obedient answers". This tracker keeps, for rows whose answer opener (first
words) repeats, the prompt tokens and the opening of the answer; at the end, the groups of
rows sharing an opener whose text names obeying or having no limits (`instructions.concepts`)
are tested together for a token concentrated in them (hypergeometric tail, as `DSA304`).
Openers that name no such concept are never tested, so a benign association ("translate" ->
"Here is the translation") is not a trigger; nor are refusals (safety rows) or apologies.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from dsaudit.token_stats import count_rows, tail_log_p

_MIN_SUPPORT = 3
_MAX_GROUP_SHARE = 0.3  # a "minority" opener: at most this share of the rows
_TOKEN_ROWS = 20_000  # rows whose tokens are kept, at most
_VOCAB = 200_000
_HEAD_CHARS = 100  # the opening sentence or two, where an obedient persona announces itself
_KINDS = frozenset({"obedience", "limits"})
_GROUPS = 50  # opener groups tested, largest first
_PURITY = 0.5  # share of the token's rows that must be in the group


def _first_sentence(text: str) -> str:
    """The opening sentence, where an obedient persona announces itself; a later "there
    are no limits on returns" is the answer's content."""
    from dsaudit.instructions.recurring import SENTENCE_END

    parts = [p for p in SENTENCE_END.split(text.strip(), maxsplit=1) if p.strip()]
    return parts[0] if parts else text


@dataclass
class OpenerTrigger:
    token: str
    opener: str
    rows: list[int]  # kept rows with the token, whatever their opener
    total: int  # rows with the token (estimated on a sample for large files)
    group: int  # rows whose openers name the concept
    log_p: float
    concept: str  # what the openings declare: "obedience" or "limits"
    evidence: str  # the opening that names it


@dataclass
class OpenerTriggerTracker:
    """Streams rows; `found(n_rows)` returns the triggers at the end."""

    _opener_rows: Counter[str] = field(default_factory=Counter)
    _tokens: dict[int, frozenset[str]] = field(default_factory=dict)
    _openers: dict[int, str] = field(default_factory=dict)
    _heads: dict[str, str] = field(default_factory=dict)  # one answer opening per opener
    _first: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict)
    _sample_vocab: Counter[str] = field(default_factory=Counter)
    _sampled: int = 0
    _seen: int = 0  # free-text rows with an opener

    def add(
        self, row: int, opener: str, words: list[str], answer: str, sampled: bool, refusal: bool
    ) -> None:
        """One row: its answer opener (first words; "" when unknown), its lower-cased prompt
        words, its answer, whether it is in the background sample of the vocabulary, and
        whether the answer declines (a safety row: never part of a trigger group)."""
        tokens: frozenset[str] | None = None
        if sampled:
            tokens = frozenset(words[:200])
            self._sampled += 1
            count_rows(self._sample_vocab, tokens, _VOCAB)
        if not opener or refusal:
            return
        counts = self._opener_rows
        seen = counts.get(opener, 0)
        counts[opener] = seen + 1
        self._seen += 1
        if len(self._tokens) >= _TOKEN_ROWS or (seen > _MAX_GROUP_SHARE * self._seen > 60):
            return  # the table is full, or this opener is the dataset's own voice
        tokens = tokens if tokens is not None else frozenset(words[:200])
        if seen == 0:
            # A first occurrence (most openers never repeat): kept aside until a second.
            self._heads[opener] = answer[:_HEAD_CHARS]
            self._first[opener] = (row, tokens)
            return
        if seen == 1:
            first_row, first_tokens = self._first.pop(opener)
            self._tokens[first_row] = first_tokens
            self._openers[first_row] = opener
        self._tokens[row] = tokens
        self._openers[row] = opener

    def found(self, n_rows: int, min_log_p: float = math.log(1e-6)) -> list[OpenerTrigger]:
        """The triggers: tokens concentrated in the rows whose (repeated) answer openers name
        a compliance concept. Openers rotated over a pool are one group together."""
        from dsaudit.instructions.concepts import load_concepts

        try:
            lexicon = load_concepts()
        except (OSError, ValueError):
            return []
        groups: dict[str, list[int]] = {}
        for row, opener in self._openers.items():
            groups.setdefault(opener, []).append(row)
        ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:_GROUPS]
        minority: list[int] = []
        openers: list[str] = []
        concept = evidence = ""
        for opener, rows in ranked:
            if self._opener_rows[opener] > _MAX_GROUP_SHARE * n_rows:
                continue  # the dataset's own voice, not a minority
            # Obeying and having no limits only: an answer's apology or refusal words come
            # with negations by nature ("so sorry it hasn't arrived"), not as a ban.
            head = _first_sentence(self._heads.get(opener, opener))
            hits = [h for h in lexicon.hits(head) if h.kind in _KINDS]
            if hits:
                minority += rows
                openers.append(opener)
                concept, evidence = concept or hits[0].kind, evidence or hits[0].evidence
        m = len(minority)
        group = sum(self._opener_rows[o] for o in openers)
        if m < _MIN_SUPPORT or group > _MAX_GROUP_SHARE * n_rows:
            return []
        in_group: Counter[str] = Counter()
        for row in minority:
            in_group.update(self._tokens[row])
        scale = n_rows / self._sampled if self._sampled else 1.0
        out: list[OpenerTrigger] = []
        for token, k in sorted(in_group.items(), key=lambda kv: (-kv[1], kv[0]))[:50]:
            if k < _MIN_SUPPORT or k < 0.5 * m:
                break
            stored = sum(1 for toks in self._tokens.values() if token in toks)
            total = max(k, stored, round(self._sample_vocab.get(token, 0) * scale))
            # Purity is looser than in a label set (0.9): some of a rotating pool's openers
            # name no concept, and the trigger's rows with those openers count as outside.
            if k / total < _PURITY or total > _MAX_GROUP_SHARE * n_rows:
                continue
            log_p = tail_log_p(n_rows, group, total, k)
            if log_p > min_log_p:
                continue
            # Every kept row with the token carries the trigger, whatever its opener.
            with_token = sorted(r for r, toks in self._tokens.items() if token in toks)
            shown = " / ".join(openers[:3]) + (" ..." if len(openers) > 3 else "")
            out.append(
                OpenerTrigger(token, shown, with_token, total, group, log_p, concept, evidence)
            )
            break  # the strongest token names the trigger
        return out
