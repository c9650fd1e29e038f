"""Run the analyzers over a dataset and build the Report.

One streaming pass: each row goes to every analyzer, then each analyzer gives its
dataset-level view. A crashing analyzer is recorded as a DSA009 error finding (so the gate
fails rather than pass an incomplete audit) and the others go on.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from dsaudit._version import __version__
from dsaudit.analyzers.base import Analyzer
from dsaudit.baseline import load_baseline
from dsaudit.catalog import INPUT_RULES
from dsaudit.config import Config, RuleFilter
from dsaudit.dataset import LoadOptions, load
from dsaudit.models import Finding, Record, Report, RuleInfo, Severity, Verdict
from dsaudit.schemas import SUPPRESSION_FIELD
from dsaudit.strategy import name_strategy
from dsaudit.template_signals import TEMPLATE_RULE, template_findings

Progress = Callable[[int], None]
_PROGRESS_EVERY = 2048
_WEIGHT = {Severity.ERROR: 1.0, Severity.WARNING: 0.5, Severity.INFO: 0.1}


def _suppressed_ids(record: Record) -> frozenset[str] | None:
    """Rule ids a row silences via its `_dsaudit: {ignore: [...]}` field ("*" for all)."""
    meta = record.data.get(SUPPRESSION_FIELD)
    if not isinstance(meta, dict):
        return None
    ignore = meta.get("ignore")
    if isinstance(ignore, str):
        ignore = [ignore]
    if not isinstance(ignore, list):
        return None
    return frozenset(str(i).upper() for i in ignore)


def _is_suppressed(finding: Finding, ids: frozenset[str]) -> bool:
    return "*" in ids or finding.rule_id in ids


def risk_score(findings: Iterable[Finding]) -> float:
    """Chance-style combination over rules: 1 - prod(1 - weight(severity) * confidence).

    Input problems (DSA0xx) say nothing about harm and are left out.
    """
    strongest: dict[str, float] = {}
    for f in findings:
        if f.rule_id.startswith("DSA0"):
            continue
        value = _WEIGHT[f.severity] * f.confidence
        strongest[f.rule_id] = max(strongest.get(f.rule_id, 0.0), value)
    remaining = 1.0
    for value in strongest.values():
        remaining *= 1.0 - value
    return round(1.0 - remaining, 4)


def verdict_for(findings: Sequence[Finding], fail_on: Severity) -> Verdict:
    worst = max((f.severity for f in findings), default=None)
    if worst is None:
        return Verdict.PASS
    if worst >= fail_on:
        return Verdict.FAIL
    return Verdict.WARN if worst >= Severity.WARNING else Verdict.PASS


class Engine:
    def __init__(self, analyzers: Sequence[Analyzer], config: Config) -> None:
        self.analyzers = list(analyzers)
        self.config = config
        self._infos: dict[str, RuleInfo] = {r.id: r for r in (*INPUT_RULES, TEMPLATE_RULE)}
        for analyzer in self.analyzers:
            for info in analyzer.rules():
                self._infos[info.id] = info
        self._filter = RuleFilter(config.select, config.ignore)

    def _allowed(self, finding: Finding) -> bool:
        info = self._infos.get(finding.rule_id)
        names = (info.name, info.family) if info else ()
        if finding.rule_id.startswith("DSA0"):
            return not self._filter.ignore or RuleFilter((), self._filter.ignore).allows(
                finding.rule_id, *names
            )
        return self._filter.allows(finding.rule_id, *names)

    def _crash(self, analyzer: Analyzer, row: int, exc: BaseException) -> Finding:
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Finding(
            "DSA009",
            Severity.ERROR,
            f"analyzer '{analyzer.name}' crashed on this row and was stopped: "
            f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})",
            row=row,
        )

    def run(self, source: str | Path, progress: Progress | None = None) -> Report:
        # The per-row pass allocates many short-lived, acyclic objects; the cyclic garbage
        # collector only slows it down (about 15% measured), so it is paused for the scan.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._run(source, progress)
        finally:
            if enabled:
                gc.enable()

    def _run(self, source: str | Path, progress: Progress | None) -> Report:
        options = LoadOptions(self.config.mapping, self.config.max_line_bytes, self.config.split)
        live = list(self.analyzers)
        findings: list[Finding] = []
        schemas: dict[str, int] = {}
        records = 0
        row_suppressions: dict[int, frozenset[str]] = {}
        observers = tuple(live)
        for item in load(source, options):
            if isinstance(item, Finding):
                findings.append(item)
                continue
            records += 1
            schemas[item.schema] = schemas.get(item.schema, 0) + 1
            if SUPPRESSION_FIELD in item.data:
                ids = _suppressed_ids(item)
                if ids:
                    row_suppressions[item.row] = ids
            for analyzer in observers:
                try:
                    found = analyzer.observe(item)
                except Exception as exc:  # isolate a broken analyzer, keep scanning
                    live.remove(analyzer)
                    observers = tuple(live)
                    findings.append(self._crash(analyzer, item.row, exc))
                    continue
                if found:
                    findings.extend(found)
            if progress and records % _PROGRESS_EVERY == 0:
                progress(records)
        summary: dict[str, Any] = {}
        for analyzer in live:
            try:
                result = analyzer.finish()
            except Exception as exc:  # a crash at the end still must not lose the rest
                findings.append(self._crash(analyzer, 0, exc))
                continue
            findings.extend(result.findings)
            if result.summary:
                summary[analyzer.name] = result.summary
        if progress:
            progress(records)

        findings = [f for f in findings if self._allowed(f)]
        suppressed = 0
        if row_suppressions:
            kept = [
                f
                for f in findings
                if not (f.row in row_suppressions and _is_suppressed(f, row_suppressions[f.row]))
            ]
            suppressed = len(findings) - len(kept)
            findings = kept

        findings += [f for f in template_findings(findings, records) if self._allowed(f)]

        baselined = 0
        if self.config.baseline is not None:
            accepted = load_baseline(self.config.baseline)
            # A row finding with no fingerprint (an analyzer crash, an unreadable CSV record)
            # cannot be told apart from others of its rule, so no baseline entry may hide it.
            kept = [
                f
                for f in findings
                if (f.row and not f.fingerprint) or (f.rule_id, f.fingerprint) not in accepted
            ]
            baselined = len(findings) - len(kept)
            findings = kept

        findings.sort(key=Finding.sort_key)
        summary["strategy"] = name_strategy(findings, records)
        used = {f.rule_id for f in findings}
        rules = tuple(
            sorted(
                (
                    info
                    for rid, info in self._infos.items()
                    if rid in used or not rid.startswith("DSA0")
                ),
                key=lambda r: r.id,
            )
        )
        return Report(
            source=str(source),
            version=__version__,
            records=records,
            findings=tuple(findings),
            verdict=verdict_for(findings, self.config.fail_on),
            risk=risk_score(findings),
            rules=rules,
            suppressed=suppressed,
            baselined=baselined,
            errors=tuple(f.message for f in findings if f.rule_id == "DSA009"),
            schemas=dict(sorted(schemas.items())),
            summary=summary,
        )
