"""What `dsaudit rules` and `dsaudit explain` print: every rule, from YAML and from code."""

from __future__ import annotations

import io

import orjson
from rich.console import Console
from rich.table import Table

from dsaudit.api import build_rules
from dsaudit.catalog import INPUT_RULES
from dsaudit.config import Config
from dsaudit.models import RuleInfo


def all_rules(config: Config) -> list[RuleInfo]:
    from dsaudit.analyzers import CODE_RULES

    infos = list(INPUT_RULES) + list(CODE_RULES) + [r.info for r in build_rules(config)]
    return sorted(infos, key=lambda r: r.id)


def rules_json(infos: list[RuleInfo]) -> str:
    doc = [
        {
            "id": r.id,
            "name": r.name,
            "family": r.family,
            "severity": r.severity.label,
            "summary": r.summary,
        }
        for r in infos
    ]
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n"


def rules_table(infos: list[RuleInfo], color: bool) -> str:
    buf = io.StringIO()
    console = Console(
        file=buf, width=120, force_terminal=color, color_system="standard" if color else None
    )
    table = Table(show_lines=False)
    for col in ("id", "severity", "family", "name", "summary"):
        table.add_column(col, overflow="fold")
    for r in infos:
        table.add_row(r.id, r.severity.label, r.family, r.name, r.summary)
    console.print(table)
    return buf.getvalue()


def explain_text(key: str, config: Config) -> str | None:
    """The full explanation of a rule, found by id or name; None when there is no such rule."""
    key_norm = key.strip()
    rules = {r.id: r for r in build_rules(config)}
    infos = {r.id: r for r in all_rules(config)}
    info = infos.get(key_norm.upper()) or next(
        (r for r in infos.values() if r.name == key_norm.lower()), None
    )
    if info is None:
        return None
    lines = [
        f"{info.id} {info.name} ({info.severity.label}, family: {info.family})",
        "",
        info.summary,
        "",
    ]
    if info.description:
        lines += ["Why it matters:", info.description, ""]
    if info.remediation:
        lines += ["What to do:", info.remediation, ""]
    rule = rules.get(info.id)
    if rule is not None:
        lines.append(f"Reads: {', '.join(sorted(rule.scope))} text. Defined in {rule.path}")
        lines.append("")
        lines.append("Matches, for example:")
        lines += [f"  + {_show(e)}" for e in rule.examples_match[:4]]
        lines.append("Does not match:")
        lines += [f"  - {_show(e)}" for e in rule.examples_no_match[:4]]
        lines.append("")
    if info.references:
        lines += ["References:"] + [f"  {ref}" for ref in info.references] + [""]
    lines.append(
        f"Silence it: --ignore {info.id}, a baseline, or a row field "
        f'"_dsaudit": {{"ignore": ["{info.id}"]}}.'
    )
    return "\n".join(lines) + "\n"


def _show(example: dict[str, str]) -> str:
    return "; ".join(f"{k}: {v.strip()}" for k, v in example.items())
