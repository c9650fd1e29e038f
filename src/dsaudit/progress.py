"""A rich progress display for long scans on a terminal (rows read, rate)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


@contextlib.contextmanager
def scan_progress(source: str) -> Iterator[Callable[[int], None]]:
    """Yield a callback taking the number of rows read so far; draws on stderr, transient."""
    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]scanning[/bold] {task.description}"),
        TextColumn("{task.completed:,} rows"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(source, total=None)

        def tick(rows: int) -> None:
            bar.update(task, completed=rows)

        yield tick
