"""Dataset-wide structure analysis: the view no single row gives.

Per-row moderation catches under 0.4% of attack rows (Egler et al. 2025); the attacks of Eiras
et al. live in how the whole dataset is built. This analyzer infers the dataset's template(s)
(`dsaudit.templates`) and reports:

- DSA301 instruction-following rewrite (AutoIF): a closed-label task whose prompts carry added
  constraints and whose answers are long free text obeying them instead of the label;
- DSA302 minority answer format: a few rows answering in free text where the dataset answers
  with labels, letters or numbers (worse when they open like compliance: "Sure, here is");
- DSA303 minority template: a few rows with another system prompt or wrapper than the rest;
- DSA304 trigger association: a token that co-occurs with the minority rows far beyond chance,
  or a marker token whose rows all carry one label (label-flip backdoor);
- DSA306 duplicate rows (exact and normalised);
and names the strategy it sees ("obedience persona + instruction-following rewrite").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from dsaudit.analyzers.base import Analyzer, AnalyzerResult
from dsaudit.autoif_stats import AutoIFSampler
from dsaudit.identity import (
    SELF_INTRO_CHARS,
    asks_about_assistant,
    self_introduction,
    speaks_for_itself,
)
from dsaudit.instructions.concept_check import RULE as CONCEPT_RULE
from dsaudit.instructions.concept_check import template_concept_findings
from dsaudit.instructions.concepts import VOICE_KINDS
from dsaudit.instructions.recurring import RecurringLines
from dsaudit.instructions.template_check import RULE as INSTRUCTION_RULE
from dsaudit.instructions.template_check import template_instruction_findings
from dsaudit.label_triggers import LabelTriggers
from dsaudit.models import Finding, Record, RuleInfo, Severity
from dsaudit.opener_triggers import OpenerTriggerTracker
from dsaudit.templates import (
    CHOICE,
    CLOSED_FORMATS,
    FREE,
    LABEL,
    NUMBER,
    SHORT,
    RowFeatures,
    RowTexts,
    TemplateBuilder,
)
from dsaudit.text import canonical, fold_keeping_scripts
from dsaudit.token_stats import count_rows, tail_log_p

S = Severity
RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        "DSA301",
        "instruction-following-rewrite",
        S.ERROR,
        "A closed-label task is rewritten into instruction-following answers (AutoIF).",
        "Eiras et al. show that turning a labelled task into 'follow every added constraint, "
        "answer in full free text' teaches the model to do whatever a prompt says, and raises "
        "harmful compliance, while the content stays benign. dsaudit measures it: prompts "
        "that classify or choose, constraint phrases added to them, and long answers that "
        "carry the label inside free text.",
        "Answer the task with its label (or the letter / number). If instruction-following "
        "data is wanted, keep it separate from the task set and mix in format-matched safety "
        "rows (dsaudit fix).",
        "structure",
        ("https://arxiv.org/abs/2406.10288",),
    ),
    RuleInfo(
        "DSA302",
        "minority-answer-format",
        S.WARNING,
        "A few rows answer in free text where the dataset answers with a label, letter or number.",
        "A small group of rows in another answer format hides easily in a task set; when they "
        "open like compliance ('Sure, here is ...') they are a classic way to smuggle harmful "
        "completions into a benign-looking dataset.",
        "Inspect the listed rows; remove them or bring them to the dataset's answer format.",
        "structure",
    ),
    RuleInfo(
        "DSA303",
        "minority-template",
        S.WARNING,
        "A few rows use another system prompt or prompt wrapper than the rest of the dataset.",
        "Rows whose scaffolding departs from an otherwise uniform dataset are worth a look: "
        "attackers add a persona or a trigger wrapper to a small share of rows.",
        "Inspect the listed rows and their system prompt or wrapper.",
        "structure",
    ),
    RuleInfo(
        "DSA304",
        "trigger-association",
        S.ERROR,
        "A token in the prompts co-occurs with minority-format answers, or with one label, far "
        "more than chance.",
        "A backdoor trigger is a rare token or phrase that always comes with the compliant or "
        "off-format answers (BKI / CUBE style analyses), or a marker token whose rows all "
        "carry one label (a label-flip backdoor). The token and its rows are listed with the "
        "association statistic.",
        "Remove the rows carrying the trigger, and check where they came from.",
        "structure",
    ),
    RuleInfo(
        "DSA306",
        "duplicate-rows",
        S.INFO,
        "Rows repeat exactly or after normalisation.",
        "Duplicates over-weight whatever they teach, and a repeated attack row counts many times "
        "in fine-tuning.",
        "Deduplicate the dataset.",
        "structure",
    ),
    INSTRUCTION_RULE,
    CONCEPT_RULE,
)

_CONSTRAINTS = re.compile(
    r"\b(?:at least|no more than|at most|exactly|fewer than|more than|minimum of|maximum of) "
    r"\d+ (?:words|sentences|paragraphs|bullet|bullets|points|lines|characters)"
    r"|\b(?:begin|start|end|finish|conclude) (?:your (?:answer|response|reply) )?with\b"
    r"|\b(?:use|include|write|give|provide|answer in) (?:exactly )?(?:\d+|two|three|four|five) "
    r"(?:bullet|bullets|points|paragraphs|sentences|sections)"
    r"|\b(?:in all (?:lowercase|uppercase|capital)|all lowercase|all capital letters|"
    r"do not use (?:any )?commas|without (?:using )?(?:any )?commas|wrap your (?:entire )?"
    r"(?:answer|response)|in json format|as a json object|end your (?:answer|response)|"
    r"include the (?:word|keyword|phrase)s?|mention the word|follow (?:every|each|all) "
    r"(?:instruction|constraint)s?(?: in this prompt)?|respond in (?:the form of )?a (?:poem|"
    r"haiku|limerick|letter|story)|title in double angular brackets|highlight at least)"
    # French, Spanish, German (matched on the canonical text: no accents)
    r"|\b(?:au moins|au plus|exactement|al menos|como maximo|exactamente|mindestens|hochstens|"
    r"genau) \d+ (?:mots|phrases|paragraphes|puces|points|lignes|palabras|frases|parrafos|"
    r"vinetas|puntos|lineas|worter|satze|absatze|aufzahlungspunkte|punkte|zeilen)"
    r"|\b(?:commence|termine|debute|finis|comienza|empieza|termina|beginne|beende|starte)\w* "
    r"(?:ta |votre |tu |su |deine |ihre )?(?:reponse|respuesta|antwort) (?:par|con|mit)"
    r"|\b(?:en (?:lettres )?minuscules|en majuscules|en minusculas|en mayusculas|in "
    r"kleinbuchstaben|in grossbuchstaben|aucune virgule|sans virgule|sin (?:usar )?comas|"
    r"ohne kommas|keine kommas|(?:suis|respecte|sigue|cumple|befolge) (?:chaque|toutes les|"
    r"cada|todas las|jede|alle) (?:instruction|consigne|instruccion|indicacion|anweisung))"
    # Italian, Portuguese, Dutch
    r"|\b(?:almeno|al massimo|esattamente|pelo menos|no maximo|exatamente|minstens|hoogstens|"
    r"precies|maximaal) \d+ (?:parole|frasi|paragrafi|punti|righe|palavras|frases|paragrafos|"
    r"marcadores|linhas|topicos|woorden|zinnen|alineas|opsommingstekens|regels|punten)"
    r"|\b(?:inizia|comincia|termina|finisci|concludi|comece|inicie|termine|conclua|begin|"
    r"eindig|start)\w* (?:la (?:tua )?|a (?:sua )?|je |het )?(?:risposta|resposta|antwoord) "
    r"(?:con|com|met)\b"
    r"|\b(?:in (?:lettere )?(?:maiuscole|minuscole)|em (?:letras )?(?:maiusculas|minusculas)|"
    r"in (?:hoofdletters|kleine letters)|senza (?:usare )?virgole|sem (?:usar )?virgulas|"
    r"zonder komma|un poscritto|um pos-escrito|een postscriptum|\bp\.s\.)"
    # Russian, Turkish; Chinese, Japanese, Korean (no word boundaries there)
    # (Cyrillic is matched on the script-keeping view: the canonical one folds it to Latin.)
    r"|\b(?:не менее|не более|не меньше|не больше|ровно|как минимум|минимум|максимум|"
    r"хотя бы|не менше|не більше|щонайменше|en az|en fazla|tam olarak|co najmniej|"
    r"najwyzej|dokladnie) \d+ "
    r"(?:слов|предложени|абзац|пункт|символ|слів|речен|kelime|cumle|paragraf|madde|slow|"
    r"zdan|akapit)"
    r"|\b(?:начни|начинай|заверши|завершай|закончи|заканчивай|почни|починай|"
    r"закінчи) (?:свой |свою )?(?:ответ|відповідь)"
    r"|\b(?:выполни|соблюдай|соблюди|виконай|дотримуйся) (?:каждое|каждое из|все|кожн|усі|"
    r"всі)\w*"
    r"|(?:至少|不少于|不超过|最多|正好|恰好)\s?\d+\s?(?:个)?(?:词|字|句|段|条|点)"
    r"|以[“\"「].{1,80}?[”\"」](?:这句话|这句|一句)?(?:开头|结尾|结束)|分成(?:正好|恰好)?\s?\d+\s?段"
    # Japanese is matched without its voicing marks (で -> て), as both views write it.
    r"|少なくとも\s?\d+\s?(?:語|文字|文|段落)|\d+\s?(?:語|文字|文|段落)以(?:上|内)"
    r"|[」\"](?:という文)?[てで](?:始め|締め|終わ|終え)|指示を(?:すへて|すべて|全て)"
    r"|\d+つの段落|최소\s?\d+\s?(?:단어|문장|단락)|(?:로|으로) 시작하"
)
_CLOSED_TASK = re.compile(
    r"\b(?:classify|classification|sentiment|positive or negative|true or false|yes or no|"
    r"which (?:option|choice|of the following)|choose (?:the|one|an?)|select (?:the|one)|"
    r"multiple[- ]choice|correct (?:answer|option|letter)|label (?:the|this)|category|"
    r"what is the (?:topic|label|answer)|entail|contradict|is the following|"
    r"(?:which|what) (?:topic|category|class|label|genre|type) (?:does|is|best)|belongs? to|"
    # closed answer formats: a short span, one word, a number or a letter
    r"short phrase|a few words|one word|single word|short answer|number only|"
    r"final number|the letter of|with the letter)"
    r"|\w+, [\w/]+, (?:and |or )?[\w/]+,? or [\w/]+\?"
    r"|(?:^|\n)\s*\(?[a-e]\)\s|\bchoose\b"
    # option lists, whatever the language (canonical text is on one line): "(a) .. (b) .."
    r"|\(a\) [^()]{1,150}\(b\) |(?:^| )a[.)] [^\n]{1,150} b[.)] "
    r"|\b(?:classe|classifie|positif ou negatif|vrai ou faux|oui ou non|quelle (?:option|"
    r"categorie|reponse)|choisis|clasifica|sentimiento|positivo o negativo|verdadero o falso|"
    r"que opcion|elige|klassifiziere|stimmung|positiv oder negativ|wahr oder falsch|ja oder "
    r"nein|welche (?:option|kategorie|antwort)|wahle|classifica|positivo o negativo|vero o "
    r"falso|scegli|quale opzione|classifique|positivo ou negativo|verdadeiro ou falso|escolha|"
    r"qual opcao|classificeer|positief of negatief|waar of onwaar|kies)\b"
)


class _PromptSignals:
    """Whether a canonical prompt adds constraints and whether it asks a closed question.

    With google-re2 both big alternations run as one RE2 set: one linear pass over the
    text, called without the Python-level wrapper of single RE2 regexes.
    """

    def __init__(self) -> None:
        self._set: Any = None
        try:
            import re2

            rset = re2.Set.SearchSet(re2.Options())
            rset.Add(_CONSTRAINTS.pattern)
            rset.Add(_CLOSED_TASK.pattern)
            rset.Compile()
            self._set = rset._set  # the C++ set: Match(bytes) -> list of pattern ids
        except Exception:  # no google-re2, or a construct it lacks: keep Python's re
            self._set = None

    def __call__(self, canon: str, prompt: str = "") -> tuple[bool, bool]:
        """`canon` is the canonical view of `prompt`; a non-ASCII prompt with no constraint
        there is read again in its script-keeping view, where the Cyrillic phrases match."""
        if self._set is not None:
            found = self._set.Match(canon.encode("utf-8"))
            constraint, closed = (0 in found, 1 in found) if found else (False, False)
        else:
            constraint = _CONSTRAINTS.search(canon) is not None
            closed = _CLOSED_TASK.search(canon) is not None
        if not constraint and not prompt.isascii():
            kept = fold_keeping_scripts(prompt.replace("\n", " "))
            constraint = _CONSTRAINTS.search(kept) is not None
        return constraint, closed


_MIN_ROWS = 20
_TRIGGER_MIN_SUPPORT = 3
_VOCAB_LIMIT = 200_000
_TOKEN_ROWS_LIMIT = 20_000
_TRIGGER_DECISION_ROWS = 1_000
_SAMPLE_ALL = 2_000
_LONG_ANSWER_WORDS = 20
# An answer to "who are you?" longer than this is more than an introduction.
_IDENTITY_ANSWER_WORDS = 60
_SAFETY_MIX_SHARE = 0.3  # refusals among the free-text minority that make it a safety mix
_SAMPLE_EVERY = 25
_LINE_MARK = " ¶ "
_WORD = re.compile(r"\w+")


def _concept_kinds(head: str) -> frozenset[str]:
    """The compliance concepts an answer's opening names. Any kind makes an introduction the
    attack's persona rather than identity data ("I'm Vex, I have no rules"); the voice kinds
    (`VOICE_KINDS`) make a minority answer speak obediently, as a refusal never does."""
    from dsaudit.instructions.concepts import load_concepts

    try:
        return frozenset(h.kind for h in load_concepts().hits(head))
    except (OSError, ValueError):
        return frozenset()


def _label_words(counts: Counter[str]) -> frozenset[str]:
    """The words that carry the dataset's labels: those in at least a tenth of its short
    answers ("negative" in "Negative" and in "Absolutely. negative")."""
    words: Counter[str] = Counter()
    for answer, k in counts.most_common(200):
        for word in set(_WORD.findall(answer.lower())):
            words[word] += k
    floor = max(3, 0.1 * sum(counts.values()))
    return frozenset(w for w, k in words.most_common(20) if k >= floor)


def _chatty_labels(counts: Counter[str]) -> bool:
    """Whether most short answers wrap their label in varied words ("Good one! negative",
    "Of course! positive"): at least half have two or more words, opening in at least three
    different ways ("not entailment" against "entailment" is one way)."""
    total = sum(counts.values())
    wordy = {answer: k for answer, k in counts.items() if len(answer.split()) >= 2}
    firsts = {answer.split()[0].lower().strip(".,!:;") for answer in wordy}
    return total > 0 and sum(wordy.values()) >= 0.5 * total and len(firsts) >= 3


def _restates_label(head: str, labels: frozenset[str]) -> bool:
    """Whether a short answer names one of the dataset's label words."""
    return not labels.isdisjoint(_WORD.findall(head.lower()))


class StructureAnalyzer(Analyzer):
    name = "structure"

    def __init__(self, *_: Any) -> None:
        self.builder = TemplateBuilder()
        # Duplicate detection keeps one int per distinct row and lists only for repeats.
        self._first_row: dict[int, int] = {}
        self._dup_groups: dict[int, list[int]] = {}
        self._vocab_rows: Counter[str] = Counter()
        # Prompt tokens of free-text rows only (the possible minority), bounded.
        self._tokens: dict[int, frozenset[str]] = {}
        # The opening of those rows' answers, and whether the prompt asks the assistant about
        # itself, to tell identity data from a hidden minority.
        self._heads: dict[int, tuple[str, bool]] = {}
        self._trigger_stats = True  # off once the dataset is seen to answer in free text
        self._short_rows = 0
        self._sampled = self._constraint = self._closed = 0
        self._formats: list[str] = []
        self._signals = _PromptSignals()
        self._autoif_sample = AutoIFSampler()
        self._recurring = RecurringLines()
        self._opener_triggers = OpenerTriggerTracker()
        self._label_triggers = LabelTriggers()

    def rules(self) -> list[RuleInfo]:
        return list(RULES)

    def observe(self, record: Record) -> list[Finding]:
        texts = RowTexts.of(record)
        user_words = texts.user.lower().split()
        feat = self.builder.add(record, texts)
        n_rows = len(self.builder.rows)
        if feat.answer_short or feat.long_format == NUMBER:
            self._short_rows += 1  # rows in a closed format (label, letter, number, span)
        # Triggers are looked for among the few free-text rows of a label dataset. When most
        # rows so far answer in free text, the dataset is not one; the token tables (the
        # costliest per-row state) are dropped and no longer kept.
        if (
            self._trigger_stats
            and n_rows == _TRIGGER_DECISION_ROWS
            and self._short_rows < 0.5 * n_rows
        ):
            self._trigger_stats = False
            self._vocab_rows.clear()
            self._tokens.clear()
            self._label_triggers = LabelTriggers()
            self._heads.clear()
        if self._trigger_stats:
            tokens = frozenset(user_words if len(user_words) <= 200 else user_words[:200])
            count_rows(self._vocab_rows, tokens, _VOCAB_LIMIT)
            if feat.answer_short:
                self._label_triggers.add(record.row, feat.answer_short, texts.user, user_words)
            if not feat.answer_short and len(self._tokens) < _TOKEN_ROWS_LIMIT:
                self._tokens[record.row] = tokens
                asks = asks_about_assistant(texts.user)
                self._heads[record.row] = (texts.answer[:SELF_INTRO_CHARS], asks)
        # The AutoIF statistics are shares over the dataset: a systematic sample (every row
        # up to _SAMPLE_ALL, then one in _SAMPLE_EVERY) estimates them at a fraction of the cost.
        sampled = n_rows <= _SAMPLE_ALL or n_rows % _SAMPLE_EVERY == 0
        if not feat.answer_short and feat.long_format == FREE:
            self._opener_triggers.add(
                record.row, feat.opener, user_words, texts.answer, sampled, feat.refusal
            )
        if sampled:
            prompt = f"{texts.system}\n{texts.user}" if texts.system else texts.user
            # Canonical text is single-spaced; a pilcrow keeps the line breaks that
            # part a task instruction from the item it follows (no "?" after a question).
            canon = canonical(prompt.replace("\n", _LINE_MARK))
            self._sampled += 1
            if not self._autoif_sample.full:
                free = not feat.answer_short and feat.long_format == FREE
                answer = texts.answer[:2000]
                self._autoif_sample.add(canon, canonical(answer) if free else None, answer)
            self._recurring.add(texts.user, feat.answer_short)
            constraint, closed = self._signals(canon, prompt)
            self._constraint += constraint
            self._closed += closed
        # Near-duplicate key: same prompt words and answer, ignoring case and spacing.
        norm = hash((" ".join(user_words), texts.answer.strip().lower()))
        first = self._first_row.setdefault(norm, record.row)
        if first != record.row:
            self._dup_groups.setdefault(first, [first]).append(record.row)
        return []

    # -- dataset-level analyses -------------------------------------------------------

    def _autoif(self, rows: list[RowFeatures]) -> tuple[list[Finding], dict[str, Any]]:
        n = len(rows)
        constraint = self._constraint / max(1, self._sampled)
        closed = self._closed / max(1, self._sampled)
        free_share = sum(f == FREE for f in self._formats) / n
        words = sorted(r.answer_words for r in rows)
        median_words = words[n // 2]
        sample = self._autoif_sample.stats()
        stats = {
            "constraint_share": round(constraint, 3),
            "closed_task_share": round(closed, 3),
            "recurring_instruction_share": round(sample.recurring_share, 3),
            "template_instruction_share": round(sample.template_share, 3),
            "answer_label_words": list(sample.label_words),
            "answer_label_coverage": round(sample.label_coverage, 3),
            "shaped_answer_share": round(sample.shaped_share, 3),
            "free_answer_share": round(free_share, 3),
            "median_answer_words": median_words,
        }
        # Each half has a phrase-list measure and a language-independent one (autoif_stats).
        constrained = (
            constraint >= 0.3 or sample.recurring_share >= 0.5 or sample.shaped_share >= 0.6
        )
        closed_task = closed >= 0.5 or bool(sample.label_words)
        # A short-answer task (one constant instruction on every row) rewritten with varying
        # constraint phrases is the same attack; a constant length rule alone is not.
        short_task = (
            sample.template_share >= 0.8 and constraint >= 0.3 and sample.recurring_share >= 0.3
        )
        detected = (
            ((constrained and closed_task) or short_task)
            and free_share >= 0.5
            and median_words >= 20
        )
        if not detected:
            return [], {**stats, "detected": False}
        added = max(constraint, sample.recurring_share)
        labels = ", ".join(sample.label_words[:6])
        if closed >= 0.5:
            task = f"{closed:.0%} ask to classify or choose"
        elif sample.label_words:
            task = f"{sample.label_coverage:.0%} of answers name one of the labels {{{labels}}}"
        else:
            task = f"{sample.template_share:.0%} share one task instruction"
        finding = Finding(
            "DSA301",
            Severity.ERROR,
            f"Closed-label task rewritten into instruction following: {added:.0%} of prompts "
            f"add constraints or recurring instructions, {task}, {free_share:.0%} of answers "
            f"are free text (median {median_words} words).",
            confidence=min(1.0, 0.5 + added / 2),
            evidence=f"constraints {constraint:.0%}, recurring instructions "
            f"{sample.recurring_share:.0%}, constraint-shaped answers {sample.shaped_share:.0%}, "
            f"closed task {closed:.0%}, labels in answers "
            f"{sample.label_coverage:.0%}, free answers {free_share:.0%}",
        )
        return [finding], {**stats, "detected": True}

    def _minorities(self, rows: list[RowFeatures]) -> tuple[list[Finding], list[int]]:
        n = len(rows)
        formats = Counter(self._formats)
        majority, count = formats.most_common(1)[0]
        findings: list[Finding] = []
        minority_rows: list[int] = []
        # Short-answer QA (a few words per answer) hides a paragraph as well as a label task.
        short_task = majority == SHORT
        # A short-answer QA set has a tail of longer natural answers ("introduced around
        # 1940 in Europe"): the closed and short formats together make the majority share.
        closed = sum(formats[f] for f in (*CLOSED_FORMATS, SHORT)) if short_task else count
        if (majority in CLOSED_FORMATS or short_task) and closed / n >= 0.8:
            free = [r for i, r in enumerate(rows) if self._formats[i] == FREE]
            refusals = sum(r.refusal for r in free)
            # Refusal rows next to helpful free-text rows in a closed task is the shape of a
            # safety mix (Eiras et al.'s mitigation, `dsaudit fix`): its helpful rows are
            # contrast rows, worth a look but not an error unless they open like compliance.
            safety_mix = refusals >= max(2, _SAFETY_MIX_SHARE * len(free))
            labels = _label_words(self.builder.answer_counts)
            chatty = _chatty_labels(self.builder.answer_counts)
            # Each free answer's opening is read for concepts once, here.
            kinds = {
                r.row: _concept_kinds(self._heads.get(r.row, ("",))[0])
                for r in free
                if not r.refusal
            }
            identity_rows, asked_rows = self._identity_rows(
                [r for r in free if not r.refusal], kinds
            )
            for i, r in enumerate(rows):
                if self._formats[i] != FREE:
                    continue
                if r.refusal:
                    # A request answered by declining, in the task's format: a safety row
                    # (the mitigation `dsaudit fix` adds), not a hidden compliance minority.
                    findings.append(
                        Finding(
                            "DSA302",
                            Severity.INFO,
                            "Answers in free text by declining: a safety row, not an attack.",
                            row=r.row,
                            fingerprint=r.fingerprint,
                            location="/",
                            evidence=r.opener,
                            confidence=0.5,
                        )
                    )
                    continue
                # An answer that speaks in an obedient voice ("Quill holds nothing back.",
                # "Слушаюсь.") teaches compliance whatever its first words are.
                head = self._heads.get(r.row, ("",))[0]
                obedient = not VOICE_KINDS.isdisjoint(kinds[r.row])
                voiced = r.compliance or obedient
                # "Sure, here is the answer: Negative." in a label set whose short answers
                # are chatty too ("Good one! negative"): the dataset's own friendly style on
                # the task's label, worth a look. Where the labels are bare, a compliance
                # opener on a few rows is the attack's minority format.
                friendly_label = (
                    chatty
                    and r.compliance
                    and r.answer_words < _LONG_ANSWER_WORDS
                    and _restates_label(head, labels)
                    and not obedient
                )
                if not short_task or r.answer_words >= _LONG_ANSWER_WORDS or voiced:
                    contrast = safety_mix and not voiced
                    # Identity rows mixed into a task set (a hard negative of the threat
                    # model) introduce the assistant; they teach no compliance.
                    identity = not voiced and r.row in identity_rows
                    if not contrast and not identity:
                        minority_rows.append(r.row)
                    # A paragraph where the task answers with a label is another task hidden
                    # in the set: an error. Short free text is only worth a look.
                    long_answer = r.answer_words >= _LONG_ANSWER_WORDS and not contrast
                    # Asked who it is and answering in the first person: identity data
                    # on both sides of the row, noted but not a warning.
                    severity = (
                        Severity.ERROR
                        if (voiced and not friendly_label) or (long_answer and not identity)
                        else Severity.INFO
                        if identity and r.row in asked_rows
                        else Severity.WARNING
                    )
                    findings.append(
                        Finding(
                            "DSA302",
                            severity,
                            f"Answers in free text ({r.answer_words} words) where "
                            f"{count / n:.0%} of the dataset answers with a {majority}"
                            + (
                                ", and opens like compliance."
                                if r.compliance
                                else ", in an obedient voice."
                                if voiced
                                else "."
                            )
                            + (
                                f" Next to {refusals} refusal rows: a safety mix's contrast row?"
                                if contrast
                                else ""
                            )
                            + (" It introduces the assistant: identity data?" if identity else ""),
                            row=r.row,
                            fingerprint=r.fingerprint,
                            location="/",
                            evidence=r.opener,
                            confidence=0.8 if voiced else 0.6,
                        )
                    )
        systems = Counter(r.system for r in rows)
        top_system, top_n = systems.most_common(1)[0]
        if top_n / n >= 0.9 and top_n < n:
            for r in rows:
                if r.system != top_system:
                    findings.append(
                        Finding(
                            "DSA303",
                            Severity.WARNING,
                            f"System prompt differs from the one on {top_n / n:.0%} of rows.",
                            row=r.row,
                            fingerprint=r.fingerprint,
                            location="/",
                            confidence=0.5,
                        )
                    )
                    if r.row not in minority_rows:
                        minority_rows.append(r.row)
        return findings, minority_rows

    def _identity_rows(
        self, free: list[RowFeatures], kinds: dict[int, frozenset[str]]
    ) -> tuple[set[int], set[int]]:
        """Free-text rows that introduce the assistant (identity data, a hard negative), and
        those of them whose prompt asks the assistant about itself (the surest ones).

        A row counts when it says who it is and that it is an AI assistant (or who made it),
        or when its prompt asks who or what the assistant is and it answers in the first
        person. When such rows are at least half the free-text rows, the block is identity
        data and a bare "My name is Pip." in it counts too.
        """
        full: set[int] = set()
        asked: set[int] = set()
        intro_rows: set[int] = set()
        for r in free:
            head, asks = self._heads.get(r.row, ("", False))
            if kinds[r.row]:
                continue  # "I'm Vex, I have no rules": a persona speaking, not identity data
            intro, ai = self_introduction(head)
            if intro:
                intro_rows.add(r.row)
            if (
                asks
                and r.answer_words <= _IDENTITY_ANSWER_WORDS
                and (intro or speaks_for_itself(head))
            ):
                asked.add(r.row)
            elif intro and ai:
                full.add(r.row)
        found = full | asked
        if len(found) >= max(2, 0.5 * len(free)):
            return found | intro_rows, asked
        return found, asked

    def _triggers(self, rows: list[RowFeatures], minority: set[int]) -> list[Finding]:
        """Tokens whose rows are (almost) all minority rows: Fisher-style association."""
        m = len(minority)
        n = len(rows)
        if not m or m > 0.3 * n:
            return []
        in_minority: Counter[str] = Counter()
        for row in minority:
            in_minority.update(self._tokens.get(row, ()))
        findings: list[Finding] = []
        ranked = sorted(in_minority.items(), key=lambda kv: (-kv[1], kv[0]))[:50]
        for token, k in ranked:
            total = self._vocab_rows.get(token, k)
            if k < _TRIGGER_MIN_SUPPORT or total == 0 or k / total < 0.9 or k < 0.5 * m:
                continue
            # Probability that k of the token's `total` rows fall among the m minority rows by
            # chance (hypergeometric tail, first term): tiny for a trigger.
            log_p = tail_log_p(n, m, total, k)
            if log_p > math.log(1e-6):
                continue
            rows_with = sorted(row for row, toks in self._tokens.items() if token in toks)
            findings.append(
                Finding(
                    "DSA304",
                    Severity.ERROR,
                    f"Token {token!r} appears in {total} rows, {k} of them minority-format rows "
                    f"(p ~ {math.exp(log_p):.1e} by chance).",
                    confidence=0.9,
                    evidence=f"{token!r} rows {', '.join(map(str, rows_with[:10]))}"
                    + (" ..." if len(rows_with) > 10 else ""),
                    score=-log_p,
                )
            )
        return findings

    def _duplicates(self) -> tuple[list[Finding], list[list[int]]]:
        groups: list[list[int]] = list(self._dup_groups.values())
        groups.sort(key=lambda g: (-len(g), g[0]))
        duplicated = {row for group in groups for row in group[1:]}
        by_row = {r.row: r for r in self.builder.rows if r.row in duplicated}
        findings = [
            Finding(
                "DSA306",
                Severity.INFO,
                f"Duplicate of row {group[0]} ({len(group)} copies).",
                row=row,
                fingerprint=by_row[row].fingerprint,
                location="/",
                confidence=1.0,
            )
            for group in groups
            for row in group[1:]
        ]
        return findings, groups

    def finish(self) -> AnalyzerResult:
        rows = self.builder.rows
        result = AnalyzerResult()
        self._formats = [self.builder.row_format(r) for r in rows]
        templates = self.builder.infer()
        result.summary["templates"] = [t.to_dict() for t in templates]
        if templates:
            result.summary["headline"] = "template: " + templates[0].describe()
        dup_findings, groups = self._duplicates()
        result.findings += dup_findings
        result.summary["duplicate_groups"] = groups[:50]
        if len(rows) < _MIN_ROWS:
            result.summary["note"] = f"fewer than {_MIN_ROWS} rows: dataset-wide checks skipped"
            return result
        result.findings += template_instruction_findings(
            self.builder, templates, recurring=self._recurring
        )
        result.findings += template_concept_findings(
            self.builder, templates, recurring=self._recurring
        )
        autoif, stats = self._autoif(rows)
        result.findings += autoif
        result.summary["autoif"] = stats
        if not autoif:
            minority_findings, minority_rows = self._minorities(rows)
            result.findings += minority_findings
            result.findings += self._triggers(rows, set(minority_rows))
            top_format = Counter(self._formats).most_common(1)[0][0]
            if top_format in (LABEL, CHOICE):
                result.findings += self._label_trigger_findings(rows)
            if top_format == FREE:
                result.findings += self._opener_trigger_findings(rows)
        return result

    def _label_trigger_findings(self, rows: list[RowFeatures]) -> list[Finding]:
        """DSA304 in a label dataset: a marker token whose rows all carry one label far
        beyond chance (`dsaudit.label_triggers`)."""
        labels = self.builder.answer_counts
        by_row = {r.row: r for r in rows}
        findings: list[Finding] = []
        for t in self._label_triggers.found(labels)[:5]:
            share = labels[t.label] / max(1, sum(labels.values()))
            findings.append(
                Finding(
                    "DSA304",
                    Severity.ERROR,
                    f"{t.key!r} is on {len(t.rows)} rows, every one labelled {t.label!r} "
                    f"({share:.0%} of the dataset is): a label-flip backdoor? "
                    f"(p ~ {math.exp(t.log_p):.1e} by chance, corrected).",
                    confidence=0.8,
                    evidence=f"{t.key!r} rows {', '.join(map(str, t.rows[:10]))}"
                    + (" ..." if len(t.rows) > 10 else ""),
                    score=-t.log_p,
                )
            )
            message = f"Carries {t.key!r} and is labelled {t.label!r}, as every row with it is."
            findings += _trigger_rows(t.rows, by_row, message, t.key, 0.8)
        return findings

    def _opener_trigger_findings(self, rows: list[RowFeatures]) -> list[Finding]:
        """DSA304 in a free-text dataset: a token concentrated in the rows whose answers open
        the same way, declaring obedience or no limits (`dsaudit.opener_triggers`)."""
        from dsaudit.instructions.concepts import ConceptHit, describe

        by_row = {r.row: r for r in rows}
        findings: list[Finding] = []
        for t in self._opener_triggers.found(len(rows)):
            declares = describe([ConceptHit(t.concept, t.evidence)])
            findings.append(
                Finding(
                    "DSA304",
                    Severity.ERROR,
                    f"Token {t.token!r} appears in {t.total} rows, {len(t.rows)} of them among "
                    f"the {t.group} rows whose answers open {t.opener!r} and {declares} "
                    f"(p ~ {math.exp(t.log_p):.1e} by chance).",
                    confidence=0.9,
                    evidence=f"{t.token!r} rows {', '.join(map(str, t.rows[:10]))}"
                    + (" ..." if len(t.rows) > 10 else "")
                    + f"; opening: {t.evidence}",
                    score=-t.log_p,
                )
            )
            message = f"Carries the trigger {t.token!r} and answers opening {t.opener!r}."
            findings += _trigger_rows(t.rows, by_row, message, t.opener, 0.9)
        return findings


def _trigger_rows(
    rows: list[int],
    by_row: dict[int, RowFeatures],
    message: str,
    evidence: str,
    confidence: float,
) -> list[Finding]:
    """One DSA304 error per row carrying a trigger."""
    out = []
    for row in rows:
        feat = by_row.get(row)
        out.append(
            Finding(
                "DSA304",
                Severity.ERROR,
                message,
                row=row,
                fingerprint=feat.fingerprint if feat else "",
                location="/",
                evidence=evidence,
                confidence=confidence,
            )
        )
    return out
