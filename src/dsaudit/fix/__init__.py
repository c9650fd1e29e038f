"""`dsaudit fix`: format-matched safety and contrast rows mixed into a dataset."""

from __future__ import annotations

from dsaudit.fix.mixer import FixError, FixOptions, FixResult, fix_dataset, plan

__all__ = ["FixError", "FixOptions", "FixResult", "fix_dataset", "plan"]
