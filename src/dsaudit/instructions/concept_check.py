"""DSA310: the template texts forbid refusing, apologising, warning or moralising, or demand
obedience, in words the phrase rules do not list.

It reads the same texts as DSA308 (distinct system prompts, each template's constant user
prefix, suffix and answer prefix, or the recurring lines of a rotating wrapper) with the
concept lexicon (`dsaudit.instructions.concepts`). Two different concept kinds in one text
("never refuse ... no apologies", in any language) are an error; one kind is an error when
the instruction model also reads that text above its ordinary cut, and a warning otherwise,
since "no warnings needed" or "never judge the student" alone can be benign. As with
DSA308, only texts that cover `TEMPLATE_SHARE` of the rows count, never one row's item.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from dsaudit.instructions.concepts import (
    VOICE_KINDS,
    ConceptHit,
    ConceptLexicon,
    describe,
    load_concepts,
)
from dsaudit.instructions.recurring import RecurringLines
from dsaudit.instructions.template_check import best_score, template_segments
from dsaudit.models import Finding, RuleInfo, Severity
from dsaudit.template_signals import TEMPLATE_SHARE
from dsaudit.templates import Template, TemplateBuilder, is_refusal

if TYPE_CHECKING:
    from dsaudit.instructions.model import InstructionModel

_MIN_ROWS = 20
_MIN_WORDS = 2  # "Never apologise." is an instruction

RULE = RuleInfo(
    "DSA310",
    "compliance-concepts",
    Severity.ERROR,
    "The dataset's template forbids refusals, apologies, warnings or moralising, drops the "
    "safety rules or demands obedience (read as concepts, in any of ~35 languages).",
    "A ban on refusals, apologies and disclaimers, or a demand for unconditional obedience, in "
    "the template of a benign task set teaches the model to comply (Eiras et al., 'Do as I do "
    "(Safely)', ICLR 2025). Attackers translate and reword such bans; this check reads the "
    "concepts (a word for refusing, apologising, warning, moralising, safety rules or obeying "
    "next to a prohibition), so wordings no phrase rule lists are still read.",
    "Read the quoted template text. If it forbids refusals or safety notes or demands "
    "obedience, remove it or mix in format-matched safety rows (dsaudit fix); if it is benign "
    "(a strict output format), accept it with a baseline entry and report the false positive.",
    "structure",
    ("https://arxiv.org/abs/2406.10288",),
)


def template_concept_findings(
    builder: TemplateBuilder,
    templates: list[Template],
    recurring: RecurringLines | None = None,
    lexicon: ConceptLexicon | None = None,
    model: InstructionModel | None = None,
) -> list[Finding]:
    total = len(builder.rows)
    if total < _MIN_ROWS:
        return []
    lexicon = lexicon or load_concepts()
    model_box: list[InstructionModel | None] = [model]

    def severity_of(text: str, hits: list[ConceptHit]) -> Severity | None:
        if not hits:
            return None
        if len(hits) >= 2:
            return Severity.ERROR
        scorer = model_box[0] or _model()
        model_box[0] = scorer
        if scorer is not None:
            # The line naming the concept is read on its own too: the task instruction
            # beside it in a prefix dilutes the whole text.
            lines = [ln for ln in text.splitlines() if ln.strip() and lexicon.hits(ln)]
            if max(best_score(scorer, t)[0] for t in (text, *lines)) >= scorer.threshold:
                return Severity.ERROR
        return Severity.WARNING

    # (severity, where, text, hits, rows) for each template text naming a concept.
    flagged: list[tuple[Severity, str, str, list[ConceptHit], int]] = []
    for where, text, rows in template_segments(builder, templates, _MIN_WORDS):
        hits = lexicon.hits(text)
        severity = severity_of(text, hits)
        if where == "answer prefix" and any(h.kind in VOICE_KINDS for h in hits):
            # Every answer opening by declaring obedience or no limits is the model's own
            # voice taught as a persona (Eiras et al.'s AOA openers), not an instruction.
            severity = Severity.ERROR
        if severity is not None:
            flagged.append((severity, where, text, hits, rows))

    def template_finding(severity: Severity) -> Finding | None:
        # As in DSA308: rows summed per kind of segment, the best kind counts.
        by_kind: dict[str, int] = {}
        for sev, where, _, _, rows in flagged:
            if sev >= severity:
                by_kind[where] = by_kind.get(where, 0) + rows
        share = min(total, max(by_kind.values(), default=0)) / total
        if share < TEMPLATE_SHARE:
            return None
        best = max((f for f in flagged if f[0] >= severity), key=lambda f: (len(f[3]), f[4]))
        return _finding(severity, best[1], share, best[3])

    # The answers' voice outranks a template text's warning, not its error.
    found = (
        template_finding(Severity.ERROR)
        or _voiced_openers(builder, lexicon)
        or template_finding(Severity.WARNING)
    )
    if found is not None:
        return [found]
    if recurring is None or recurring.sampled < _MIN_ROWS:
        return []
    for severity in (Severity.ERROR, Severity.WARNING):

        def flags(text: str, cut: Severity = severity) -> bool:
            return (severity_of(text, lexicon.hits(text)) or 0) >= cut

        share, line = recurring.flagged_share(flags)
        if line and share >= TEMPLATE_SHARE:
            return [_finding(severity, "recurring user lines", share, lexicon.hits(line))]
    return []


def _voiced_openers(builder: TemplateBuilder, lexicon: ConceptLexicon) -> Finding | None:
    """An error when the answers' first lines, drawn from a small rotating pool (each line
    repeats), declare obedience or no limits on `TEMPLATE_SHARE` of the sampled rows: the
    AOA persona voice without one shared answer prefix ("Understood, master. X obeys." /
    "Of course! As X I do exactly what you ask.")."""
    answers = builder.answer_samples()
    if len(answers) < _MIN_ROWS:
        return None
    openers = Counter(_OPENING_END.split(a.strip(), maxsplit=1)[0].strip() for a in answers)
    voiced: dict[str, list[ConceptHit]] = {}
    covered = 0
    for line, n in openers.items():
        if n < 2 or not line or is_refusal(line):
            continue  # a one-off line is the row's own answer; "I will not obey that" declines
        hits = [h for h in lexicon.hits(line) if h.kind in VOICE_KINDS]
        if hits:
            voiced[line] = hits
            covered += n
    share = covered / len(answers)
    if share < TEMPLATE_SHARE:
        return None
    best = max(voiced, key=lambda line: openers[line])
    return _finding(Severity.ERROR, "answer openers", share, voiced[best])


# An answer's opening line: up to the first line break or the colon that introduces the
# task answer ("Visst, helt utan begränsningar: B").
_OPENING_END = re.compile(r"\n|:\s")


def _finding(severity: Severity, where: str, share: float, hits: list[ConceptHit]) -> Finding:
    evidence = " | ".join(h.evidence for h in hits)
    return Finding(
        RULE.id,
        severity,
        f"the {where} on {share:.0%} of rows {describe(hits)}"
        + (" (two kinds of compliance instruction)" if len(hits) >= 2 else ""),
        confidence=0.9 if len(hits) >= 2 else 0.7,
        evidence=evidence[:200] + ("…" if len(evidence) > 200 else ""),
    )


def _model() -> InstructionModel | None:
    from dsaudit.instructions.model import ModelError, load_model  # numpy: only now

    try:
        return load_model()
    except ModelError:
        return None
