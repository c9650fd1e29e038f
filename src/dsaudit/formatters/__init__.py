"""Report renderers: pure `render(report) -> str` functions, one file each, in one registry."""

from __future__ import annotations

from collections.abc import Callable

from dsaudit.formatters import json_format, sarif, terminal
from dsaudit.models import Report

Formatter = Callable[[Report], str]

FORMATTERS: dict[str, Formatter] = {
    "terminal": terminal.render,
    "json": json_format.render,
    "sarif": sarif.render,
}

__all__ = ["FORMATTERS", "Formatter"]
