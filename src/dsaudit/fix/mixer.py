"""`dsaudit fix`: mix format-matched safety rows into a dataset (Eiras et al.'s mitigation).

The output holds every original row byte for byte, in its original order (unless `drop` asks
to remove flagged rows), plus added rows that make up `mix` of the output:

    added = round(mix * N / (1 - mix))        (N = originals kept; or `mix_count`)
    contrast = round(added * c / (1 + c))     (c = contrast rows per refusal row, default 1)
    refusals = added - contrast

Refusal rows put a harmful request from the pool into the dataset's own template (same schema,
system prompt, wrapper around the task item) and a refusal in the answer slot, also for
closed-label tasks (a refusal sentence where a label would be: the model must learn that a
harmful request gets a refusal whatever the format). Contrast rows do the same with a benign
request (many are harmless lookalikes) and a short helpful answer, so the model learns
"harmful -> refuse", not "unfamiliar -> refuse". Deterministic for a seed; written atomically.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from dsaudit.atomic import atomic_write_bytes, atomic_writer
from dsaudit.config import Config
from dsaudit.dataset import LoadOptions, load, open_source
from dsaudit.fix.paraphrase import Paraphraser
from dsaudit.fix.pools import PoolRow, Pools, detect_language, load_pools
from dsaudit.fix.render import RenderError, Wrapper, render, render_mapped
from dsaudit.models import Finding, Record, Severity
from dsaudit.templates import TemplateBuilder, majority_prefix, majority_suffix

STYLES = ("matched", "generic")
PLACEMENTS = ("interleave", "append")
_SAMPLE = 2000  # rows whose texts are kept to learn the wrapper and the language


class FixError(ValueError):
    """The input or the options cannot give a fixed dataset; the message says why."""


@dataclass(frozen=True)
class FixOptions:
    mix: float = 0.1
    mix_count: int | None = None
    contrast: float = 1.0
    placement: str = "interleave"
    seed: int = 0
    style: str = "matched"
    drop: Severity | None = None
    config: Config = field(default_factory=Config)
    paraphraser: Paraphraser | None = None  # rewrites pool requests; None keeps them as written


@dataclass
class FixResult:
    source: str
    output: str
    originals: int
    kept: int
    dropped: list[dict[str, Any]]
    added: list[dict[str, Any]]
    language: str
    template: dict[str, Any]
    wrapper: dict[str, Any]

    def manifest(self, options: FixOptions) -> dict[str, Any]:
        return {
            "tool": "dsaudit fix",
            "source": self.source,
            "output": self.output,
            "rule": "added = round(mix * kept / (1 - mix)) unless mix_count; "
            "contrast = round(added * c / (1 + c)); refusals = added - contrast",
            "options": {
                "mix": options.mix,
                "mix_count": options.mix_count,
                "contrast": options.contrast,
                "placement": options.placement,
                "seed": options.seed,
                "style": options.style,
                "drop": options.drop.label if options.drop else None,
                "paraphraser": options.paraphraser is not None,
            },
            "originals": self.originals,
            "kept": self.kept,
            "dropped": self.dropped,
            "language": self.language,
            "template": self.template,
            "wrapper": self.wrapper,
            "added": self.added,
        }


def plan(kept: int, options: FixOptions) -> tuple[int, int]:
    """(refusal rows, contrast rows) for `kept` original rows."""
    if options.mix_count is not None:
        if options.mix_count < 0:
            raise FixError("--mix-count must be >= 0")
        total = options.mix_count
    else:
        if not 0.0 <= options.mix < 1.0:
            raise FixError("--mix must be in [0, 1)")
        total = round(options.mix * kept / (1.0 - options.mix))
    if options.contrast < 0:
        raise FixError("--contrast must be >= 0")
    contrast = round(total * options.contrast / (1.0 + options.contrast))
    return total - contrast, contrast


@dataclass
class _Survey:
    """What one pass over the dataset learns: template, exemplars, texts for the wrapper."""

    builder: TemplateBuilder = field(default_factory=TemplateBuilder)
    exemplars: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    firsts: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    instructions: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    inputs: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    spaced: Counter[bool] = field(default_factory=Counter)
    rows: int = 0
    problems: list[Finding] = field(default_factory=list)

    def add(self, record: Record) -> None:
        self.rows += 1
        self.builder.add(record)
        key = (record.schema, record.system or "")
        self.exemplars.setdefault(key, record.data)
        if self.rows > _SAMPLE:
            return
        user = next((s.text for s in record.segments if s.role in ("user", "text")), "")
        self.firsts.setdefault(key, []).append(user)
        if record.schema == "alpaca":
            self.instructions.setdefault(key, Counter())[str(record.data.get("instruction"))] += 1
            self.inputs.setdefault(key, []).append(str(record.data.get("input") or ""))
        elif record.schema == "prompt-completion":
            completion = record.data.get("completion")
            if isinstance(completion, str) and completion:
                self.spaced[completion.startswith(" ")] += 1


def _survey(source: Path, config: Config) -> _Survey:
    options = LoadOptions(config.mapping, config.max_line_bytes, config.split)
    survey = _Survey()
    for item in load(source, options):
        if isinstance(item, Finding):
            survey.problems.append(item)
        else:
            survey.add(item)
    return survey


def _wrapper(survey: _Survey, key: tuple[str, str], schema: str) -> Wrapper:
    firsts = survey.firsts.get(key, [])
    if schema == "alpaca":
        counts = survey.instructions.get(key, Counter())
        top, n = counts.most_common(1)[0] if counts else ("", 0)
        if n >= 0.5 * max(1, sum(counts.values())) and n >= 3:
            inputs = [t for t in survey.inputs.get(key, []) if t]
            return Wrapper(majority_prefix(inputs), majority_suffix(inputs), "input", top)
        instructions = list(counts.elements())
        return Wrapper(majority_prefix(instructions), majority_suffix(instructions), "instruction")
    spaced = survey.spaced[True] > survey.spaced[False]
    return Wrapper(majority_prefix(firsts), majority_suffix(firsts), completion_space=spaced)


def _cycle(rng: random.Random, pool: list[PoolRow], n: int) -> Iterator[PoolRow]:
    """`n` rows from `pool`, each used once before any repeats, in a seeded order."""
    order: list[PoolRow] = []
    for _ in range(n):
        if not order:
            order = list(pool)
            rng.shuffle(order)
        yield order.pop()


def _flagged_rows(source: Path, options: FixOptions) -> dict[int, list[str]]:
    from dsaudit.api import scan

    if options.drop is None:
        return {}
    report = scan(source, options.config)
    rows: dict[int, list[str]] = {}
    for f in report.findings:
        if f.row and f.severity >= options.drop and f.rule_id not in rows.get(f.row, []):
            rows.setdefault(f.row, []).append(f.rule_id)
    return rows


def fix_dataset(
    source: str | Path,
    output: str | Path,
    options: FixOptions | None = None,
    manifest: str | Path | None = None,
    pools: Pools | None = None,
) -> FixResult:
    """Write `output` (atomically) and its manifest; see the module docstring for the rules."""
    options = options or FixOptions()
    if options.style not in STYLES:
        raise FixError(f"unknown style {options.style!r} (expected {' or '.join(STYLES)})")
    if options.placement not in PLACEMENTS:
        raise FixError(f"unknown placement {options.placement!r} (expected interleave or append)")
    source, output = Path(source), Path(output)
    _name, fmt = open_source(source)
    if fmt != "jsonl":
        raise FixError(f"{source}: fix reads and writes JSON Lines; this input is {fmt}")
    survey = _survey(source, options.config)
    if not survey.rows:
        raise FixError(f"{source}: no readable rows to learn a template from")
    drop = _flagged_rows(source, options)
    templates = survey.builder.infer()
    main = templates[0]
    key = (main.schema, main.system or "")
    exemplar = survey.exemplars.get(key) or next(iter(survey.exemplars.values()))
    matched = options.style == "matched"
    wrapper = _wrapper(survey, key, main.schema) if matched else Wrapper()
    if main.schema == "alpaca" and not matched:
        wrapper = Wrapper(field="instruction")
    language = detect_language(survey.firsts.get(key, []))
    pools = pools or load_pools()
    lang = pools.pick_lang(language)
    kept = survey.rows - len(drop)
    n_refusal, n_contrast = plan(kept, options)
    rng = random.Random(options.seed)
    mapping = options.config.mapping

    def make(request: str, answer: str, row_id: str) -> dict[str, Any]:
        if mapping is not None:
            if not mapping.user or not mapping.assistant:
                raise FixError("a --schema mapping for fix needs user= and assistant= fields")
            return render_mapped(
                exemplar, mapping.user, mapping.assistant[0], wrapper, request, answer
            )
        try:
            return render(
                exemplar, main.schema, wrapper, request, answer, keep_system=matched, row_id=row_id
            )
        except RenderError as exc:
            raise FixError(f"{source}: {exc}") from None

    make("request", "answer", "probe")  # an unusable format fails now, even when adding nothing

    def request_text(row: PoolRow) -> tuple[str, dict[str, Any]]:
        if options.paraphraser is None:
            return row.request, {}
        rewrite = options.paraphraser(row.request)
        return (rewrite or row.request), {"paraphrased": rewrite is not None}

    added_rows: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for i, req in enumerate(_cycle(rng, pools.harmful[lang], n_refusal)):
        ref = pools.refusal_for(req, rng)
        text, note = request_text(req)
        row = make(text, ref.answer, f"dsaudit-fix-refusal-{i}")
        meta = {"kind": "refusal", "lang": lang, "request": req.id, "answer": ref.id, **note}
        added_rows.append((row, meta))
    for i, pair in enumerate(_cycle(rng, pools.contrast[lang], n_contrast)):
        text, note = request_text(pair)
        row = make(text, pair.answer, f"dsaudit-fix-contrast-{i}")
        meta = {"kind": "contrast", "lang": lang, "request": pair.id, "answer": pair.id, **note}
        added_rows.append((row, meta))
    rng.shuffle(added_rows)
    if options.placement == "append":
        slots = [kept] * len(added_rows)
    else:
        slots = sorted(rng.randint(0, kept) for _ in added_rows)

    entries = _write(source, output, drop, added_rows, slots)
    result = FixResult(
        source=str(source),
        output=str(output),
        originals=survey.rows,
        kept=kept,
        dropped=[{"line": line, "rules": rules} for line, rules in sorted(drop.items())],
        added=entries,
        language=lang,
        template=main.to_dict(),
        wrapper={
            "prefix": wrapper.prefix,
            "suffix": wrapper.suffix,
            "field": wrapper.field,
            "fixed_instruction": wrapper.fixed_instruction,
        },
    )
    path = Path(manifest) if manifest else output.with_name(output.name + ".manifest.json")
    atomic_write_bytes(path, orjson.dumps(result.manifest(options), option=orjson.OPT_INDENT_2))
    return result


def _write(
    source: Path,
    output: Path,
    drop: dict[int, list[str]],
    added: list[tuple[dict[str, Any], dict[str, Any]]],
    slots: list[int],
) -> list[dict[str, Any]]:
    """Copy the original lines as bytes, inserting the added rows before their slot's row."""
    entries: list[dict[str, Any]] = []
    out_line = 0
    next_added = 0

    def emit_added(fh: Any, upto: int) -> None:
        nonlocal next_added, out_line
        while next_added < len(added) and slots[next_added] <= upto:
            row, meta = added[next_added]
            data = orjson.dumps(row) + b"\n"
            fh.write(data)
            out_line += 1
            entries.append(
                {"line": out_line, **meta, "sha256": hashlib.sha256(data.rstrip(b"\n")).hexdigest()}
            )
            next_added += 1

    with atomic_writer(output) as out, source.open("rb") as fh:
        kept_rows = 0
        last = b"\n"
        for lineno, line in enumerate(fh, 1):
            if line.strip():  # an original row (blank lines are copied, never counted)
                if lineno in drop:
                    continue
                emit_added(out, kept_rows)
                kept_rows += 1
            out.write(line)
            out_line += 1
            last = line
        if next_added < len(added) and not last.endswith(b"\n"):
            out.write(b"\n")  # the last original line had no newline: end it, bytes unchanged
        emit_added(out, kept_rows)
    return entries
