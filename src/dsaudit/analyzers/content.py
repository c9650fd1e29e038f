"""Content classifiers: harmful requests, and what the row's answer does with them.

Structure finds the format attack; this analyzer finds rows that are harmful in themselves,
even at 1% of a dataset, in the task's own wrapper, encoded or in another language. Every
user turn (and any base64/hex/rot13 payload decoded from it) is embedded and scored by the
harmful-request head; a row's verdict then depends on its answer:

* a refusal: a safety row, counted in the summary, not a finding;
* content (free text, a worked answer, a short span that is not one of the dataset's labels):
  DSA401 error, the row teaches harmful compliance;
* a choice letter or number: DSA403 warning, a harmful item answered in the task's format;
* one of the dataset's labels, or no answer at all: DSA402 info, as in moderation data where
  the model learns to classify harmful text, not to produce it.

Rows are scored in batches while the scan streams; only the rows above the threshold are
remembered, so memory stays flat on large files.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from dsaudit.analyzers.base import Analyzer, AnalyzerResult
from dsaudit.analyzers.content_rules import RULES
from dsaudit.embed.encoders import Encoder, open_encoder
from dsaudit.embed.heads import LinearHead, load_heads
from dsaudit.embed.paths import cache_dir
from dsaudit.embed.pipeline import EmbeddingPass
from dsaudit.models import Finding, Record, RuleInfo, Severity
from dsaudit.offtask import find_clusters
from dsaudit.templates import is_refusal, majority_prefix, majority_suffix, short_label
from dsaudit.text import decoded_payloads

_BATCH = 1024
_MAX_CHARS = 2000  # the encoders read 256 tokens; more text only costs tokenising time
_ANSWER_CHARS = 400
_OUTLIER_CAP = 200_000  # rows kept for the off-task search (float16: ~150 MB at the cap)
_MIN_WRAPPER = 12  # shorter shared affixes ("Q: ", "Text:") are not worth stripping
_LABEL_MIN_COUNT = 3
_CHOICE_OR_NUMBER = re.compile(r"^\(?[a-e]\)?[.):]?$|^-?\$?\d[\d,]*(?:\.\d+)?$", re.IGNORECASE)


class _Hit(NamedTuple):
    row: int
    fingerprint: str
    score: float
    location: str
    evidence: str
    kind: str  # content | short | closed | none | refusal
    label: str  # normalised short answer ("" unless kind is "short")


class _Pending(NamedTuple):
    row: int
    fingerprint: str
    texts: list[tuple[str, str]]  # (pointer, text) of each user turn and decoded payload
    answer: str
    answer_pointer: str


class ContentAnalyzer(Analyzer):
    name = "content"

    def __init__(
        self, encoder: Encoder, heads: dict[str, LinearHead], cache: Path | None = None
    ) -> None:
        self._embed = EmbeddingPass(encoder, cache)
        self._harmful = heads["harmful_request"]
        self._refusal = heads["refusal"]
        self._pending: list[_Pending] = []
        self._hits: list[_Hit] = []
        self._labels: Counter[str] = Counter()
        self._rows = 0
        self._scored_texts = 0
        self._wrapper: tuple[str, str] | None = None  # (prefix, suffix), from the first batch
        # For the off-task search: each row's item vector (float16) and short answer.
        self._kept_vectors: list[np.ndarray] = []
        self._kept_rows: list[int] = []
        self._kept_labels: list[str] = []
        self._kept_fingerprints: list[str] = []
        # Off-task clusters need a topic space; an encoder tuned for intent folds the
        # dataset's own topics together (measured: 36 false DSA404 rows in 6 clean files).
        self._off_task_enabled = not getattr(encoder, "intent_tuned", False)

    @classmethod
    def open(cls, embedder: str = "static", heads: Path | None = None) -> ContentAnalyzer:
        """The analyzer for a named embedder, with its shipped heads (or those in `heads`)."""
        encoder = open_encoder(embedder, folder=heads)
        return cls(encoder, load_heads(encoder.id, encoder.dim, heads), cache_dir())

    def rules(self) -> list[RuleInfo]:
        return list(RULES)

    def observe(self, record: Record) -> list[Finding]:
        texts: list[tuple[str, str]] = []
        answer, answer_pointer = "", ""
        for seg in record.segments:
            if seg.role in ("user", "text"):
                text = seg.text[:_MAX_CHARS]
                texts.append((seg.pointer, text))
                for _kind, decoded in decoded_payloads(text):
                    texts.append((seg.pointer, decoded[:_MAX_CHARS]))
            elif seg.role == "assistant" and not answer:
                answer, answer_pointer = seg.text, seg.pointer
        short = short_label(answer)
        if short:
            self._labels[short] += 1
        self._rows += 1
        if texts:
            self._pending.append(
                _Pending(record.row, record.fingerprint, texts, answer, answer_pointer)
            )
            if len(self._pending) >= _BATCH:
                self._flush()
        return []

    def _learn_wrapper(self, pending: list[_Pending]) -> tuple[str, str]:
        """The constant text around the task item in user turns (e.g. "Classify the sentiment
        of: ... Answer positive or negative."), learnt from the first batch. Scoring the item
        without it keeps a harmful item from being diluted by a benign wrapper."""
        firsts = [item.texts[0][1] for item in pending]
        prefix, suffix = majority_prefix(firsts), majority_suffix(firsts)
        return (
            prefix if len(prefix) >= _MIN_WRAPPER else "",
            suffix if len(suffix) >= _MIN_WRAPPER else "",
        )

    def _unwrap(self, text: str) -> str:
        prefix, suffix = self._wrapper or ("", "")
        start = len(prefix) if prefix and text.startswith(prefix) else 0
        end = len(text) - len(suffix) if suffix and text.endswith(suffix) else len(text)
        item = text[start:end].strip()
        return item if item else text

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if self._wrapper is None:
            self._wrapper = self._learn_wrapper(pending)
        flat = [self._unwrap(text) for item in pending for _pointer, text in item.texts]
        self._scored_texts += len(flat)
        vectors = self._embed.embed(flat)
        scores = self._harmful.scores(vectors)
        self._keep_for_outliers(pending, vectors)
        threshold = self._harmful.threshold
        flagged: list[tuple[_Pending, float, str, str]] = []
        at = 0
        for item in pending:
            n = len(item.texts)
            best = int(scores[at : at + n].argmax())
            score = float(scores[at + best])
            at += n
            if score >= threshold:
                pointer, _text = item.texts[best]
                flagged.append((item, score, pointer, flat[at - n + best]))
        if not flagged:
            return
        answers = [item.answer[:_ANSWER_CHARS] for item, *_ in flagged]
        refusals = self._refusal.scores(self._embed.embed(answers))
        for (item, score, pointer, text), refusal in zip(flagged, refusals, strict=True):
            kind, label = _answer_kind(item.answer, float(refusal) >= self._refusal.threshold)
            self._hits.append(
                _Hit(item.row, item.fingerprint, score, pointer, _snippet(text), kind, label)
            )

    def _keep_for_outliers(self, pending: list[_Pending], vectors: np.ndarray) -> None:
        room = _OUTLIER_CAP - len(self._kept_rows)
        if room <= 0:
            return
        firsts = np.cumsum([0] + [len(item.texts) for item in pending[:-1]])[:room]
        self._kept_vectors.append(vectors[firsts].astype(np.float16))
        for item in pending[:room]:
            self._kept_rows.append(item.row)
            self._kept_fingerprints.append(item.fingerprint)
            self._kept_labels.append(short_label(item.answer))

    def _off_task(self, flagged: set[int]) -> list[Finding]:
        if not self._kept_vectors or not self._off_task_enabled:
            return []
        groups = [
            label if label and self._labels[label] >= _LABEL_MIN_COUNT else "*"
            for label in self._kept_labels
        ]
        clusters = find_clusters(np.vstack(self._kept_vectors), np.asarray(self._kept_rows), groups)
        by_row = dict(zip(self._kept_rows, self._kept_fingerprints, strict=True))
        out = []
        for cluster in clusters:
            where = "the dataset" if cluster.group == "*" else f"rows labelled '{cluster.group}'"
            for row in cluster.rows:
                if row in flagged:
                    continue
                out.append(
                    Finding(
                        "DSA404",
                        Severity.WARNING,
                        f"off-task: one of {len(cluster.rows)} alike rows far from {where} "
                        f"(distance {cluster.distance:.2f} vs typical {cluster.typical:.2f})",
                        row=row,
                        fingerprint=by_row.get(row, ""),
                        evidence="rows " + ", ".join(map(str, cluster.rows[:10])),
                        confidence=0.6,
                    )
                )
        return out

    def finish(self) -> AnalyzerResult:
        if self._pending:
            self._flush()
        self._embed.close()
        findings: list[Finding] = []
        safety = 0
        for hit in self._hits:
            kind = hit.kind
            if kind == "short":
                kind = "label" if self._labels[hit.label] >= _LABEL_MIN_COUNT else "content"
            if kind == "refusal":
                safety += 1
                continue
            findings.append(_finding(hit, kind, hit.score >= self._harmful.strict_threshold))
        findings += self._off_task({f.row for f in findings} | {h.row for h in self._hits})
        summary: dict[str, Any] = {
            "embedder": self._embed.encoder.id,
            "threshold": round(self._harmful.threshold, 4),
            "rows": self._rows,
            "texts_scored": self._scored_texts,
            "texts_encoded": self._embed.encoded,
            "texts_from_cache": self._embed.cached,
            "harmful_rows": len(self._hits),
            "safety_rows": safety,
            "wrapper": list(self._wrapper or ("", "")),
            "off_task": "on" if self._off_task_enabled else "off (intent-tuned encoder)",
        }
        return AnalyzerResult(findings, summary)


def _answer_kind(answer: str, refusal_head: bool) -> tuple[str, str]:
    if not answer.strip():
        return "none", ""
    short = short_label(answer)
    if short:
        if _CHOICE_OR_NUMBER.match(short):
            return "closed", short
        return "short", short
    if is_refusal(answer) or refusal_head:
        return "refusal", ""
    return "content", ""


def _snippet(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _finding(hit: _Hit, kind: str, strict: bool) -> Finding:
    """The finding for a harmful row; below the strict cut, one severity lower ("possible")."""
    if kind == "content":
        rule, severity = "DSA401", Severity.ERROR if strict else Severity.WARNING
        message = (
            f"{'' if strict else 'possibly '}harmful request (score {hit.score:.2f}) answered "
            "with content, not a refusal"
        )
    elif kind == "closed":
        rule, severity = "DSA403", Severity.WARNING if strict else Severity.INFO
        message = (
            f"harmful request (score {hit.score:.2f}) posed as a task item and answered "
            f"'{hit.label}'"
        )
    elif kind == "label":
        rule, severity = "DSA402", Severity.INFO
        message = (
            f"harmful text (score {hit.score:.2f}) labelled '{hit.label}' (classification data)"
        )
    else:
        rule, severity = "DSA402", Severity.INFO
        message = f"harmful request (score {hit.score:.2f}) with no answer"
    return Finding(
        rule,
        severity,
        message,
        row=hit.row,
        fingerprint=hit.fingerprint,
        location=hit.location,
        evidence=hit.evidence,
        confidence=min(1.0, hit.score),
        score=hit.score,
    )
