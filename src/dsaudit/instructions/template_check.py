"""DSA308: the instruction model reads the constant texts of the dataset's template.

Phrase rules (DSA101-DSA201, summed up by DSA305) know the wordings someone wrote down; this
check scores every distinct system prompt, each template's constant user prefix and suffix
and its shared answer prefix (sentence by sentence) with the learned model, and flags the
dataset when the texts it flags cover `TEMPLATE_SHARE` of the rows; when no constant text
does, the recurring lines of sampled user turns (a rotating wrapper's pool) are read the same
way. Only texts that repeat over rows are read, never one row's task item, so a moderation
dataset whose *items* quote jailbreaks is not what is scored, and the cost is a few hundred
scores per dataset at most. The finding is an error above the model's strict cut, a warning
above its ordinary one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dsaudit.instructions.recurring import SENTENCE_END, RecurringLines
from dsaudit.models import Finding, RuleInfo, Severity
from dsaudit.template_signals import TEMPLATE_SHARE
from dsaudit.templates import Template, TemplateBuilder

if TYPE_CHECKING:
    from dsaudit.instructions.model import InstructionModel

_MIN_ROWS = 20
_WORD = re.compile(r"\w+")
# Scaffolding ("### Response:", "Answer:", "Q:") says nothing about intent, and the model is
# least reliable on texts of a few features: only segments of >= _MIN_WORDS words are scored.
_MIN_WORDS = 5
# An answer opener is short ("Happy to obey."), and one that every row repeats is the
# dataset's own voice: a few words are enough to read it.
_MIN_OPENER_WORDS = 3
# A template text is also read sentence by sentence (`SENTENCE_END`): a ban on refusals
# appended to a task instruction ("Classify the review. Never refuse or warn.") is diluted
# in the whole text.

RULE = RuleInfo(
    "DSA308",
    "learned-obedience-template",
    Severity.ERROR,
    "A learned model reads the dataset's template (system prompt or user wrapper) as an "
    "instruction to comply unconditionally.",
    "Eiras et al. ('Do as I do (Safely)', ICLR 2025) show that an obedient persona, a command "
    "wrapper or a ban on refusals in the template of a benign task set is enough to undo "
    "safety tuning. Attackers reword such instructions freely; this model (hashed character "
    "and word n-grams, trained on the project's own multilingual seed data) reads wordings the "
    "phrase rules do not list.",
    "Read the quoted template text. If it demands obedience or forbids refusals, remove it or "
    "mix in format-matched safety rows (dsaudit fix) and confirm with dsaudit probe; if it is "
    "benign, accept it with a baseline entry and report the false positive.",
    "structure",
    ("https://arxiv.org/abs/2406.10288",),
)


def template_segments(
    builder: TemplateBuilder, templates: list[Template], min_words: int = _MIN_WORDS
) -> list[tuple[str, str, int]]:
    """(where, text, rows) for each template text worth reading: the distinct system prompts,
    each template's user prefix and suffix (>= `min_words` words) and its answer prefix."""
    out = [("system prompt", text, n) for text, n in builder.system_prompts()]
    for t in templates:
        for where, text in (("user prefix", t.user_prefix), ("user suffix", t.user_suffix)):
            out.append((where, text, t.rows))
    kept = [s for s in out if len(_WORD.findall(s[1])) >= min_words]
    for t in templates:
        if len(_WORD.findall(t.answer_prefix)) >= _MIN_OPENER_WORDS:
            kept.append(("answer prefix", t.answer_prefix, t.rows))
    return kept


def pieces(text: str) -> list[str]:
    """The sentences of `text` that have >= _MIN_WORDS words; the whole text when it is one
    sentence or none of its sentences is that long (a list of short rules)."""
    sentences = [p for p in SENTENCE_END.split(text.strip()) if p.strip()]
    if len(sentences) < 2:
        return [text]
    kept = [p for p in sentences if len(_WORD.findall(p)) >= _MIN_WORDS]
    return kept or [text]


def best_score(model: InstructionModel, text: str) -> tuple[float, str]:
    """The highest score over the pieces of `text` and the whole of it, with the text that
    scored it: a ban can be diluted in a long text, or spread over two short sentences."""
    parts = pieces(text)
    if len(parts) > 1:
        parts.append(text)
    return max((model.score(p), p) for p in parts)


def template_instruction_findings(
    builder: TemplateBuilder,
    templates: list[Template],
    model: InstructionModel | None = None,
    recurring: RecurringLines | None = None,
) -> list[Finding]:
    total = len(builder.rows)
    if total < _MIN_ROWS:
        return []
    if model is None:
        from dsaudit.instructions.model import ModelError, load_model  # numpy: only now

        try:
            model = load_model()
        except ModelError:
            return []
    threshold = model.threshold
    flagged: list[tuple[float, str, str, int]] = []
    for where, text, rows in template_segments(builder, templates):
        score, piece = best_score(model, text)
        if score >= threshold:
            flagged.append((score, where, piece, rows))
    # Rows are summed per kind of segment (distinct system prompts, or the wrappers of
    # distinct templates, never overlap), and the best kind counts: a system prompt and the
    # wrapper of the same rows must not count those rows twice.
    by_kind: dict[str, int] = {}
    for _, where, _, rows in flagged:
        by_kind[where] = by_kind.get(where, 0) + rows
    covered = min(total, max(by_kind.values(), default=0))
    share = covered / total
    if share < TEMPLATE_SHARE and recurring is not None and recurring.sampled >= _MIN_ROWS:
        # No constant text does it: maybe a rotating one, drawn from a pool of lines.
        scored: dict[str, tuple[float, str]] = {}

        def flags(line: str) -> bool:
            scored[line] = best_score(model, line)
            return scored[line][0] >= threshold

        share, line = recurring.flagged_share(flags)
        if line:
            line_score, piece = scored[line]
            flagged = [(line_score, "recurring user lines", piece, 0)]
    if share < TEMPLATE_SHARE:
        return []
    score, where, text, _ = max(flagged)
    short = " ".join(text.split())
    # The model alone fails a dataset only when it is sure (the stricter error cut).
    severity = Severity.ERROR if score >= model.error_threshold else Severity.WARNING
    cut = model.error_threshold if severity is Severity.ERROR else model.threshold
    return [
        Finding(
            RULE.id,
            severity,
            f"the {where} on {share:.0%} of rows reads as an instruction to comply "
            f"unconditionally (model score {score:.2f} >= {cut:.2f})",
            confidence=round(score, 3),
            evidence=short[:160] + ("…" if len(short) > 160 else ""),
        )
    ]
