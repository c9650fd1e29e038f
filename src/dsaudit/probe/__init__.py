"""`dsaudit probe`: a quick fine-tune that checks whether a dataset erodes refusals.

Heavy imports (torch, transformers, peft) happen inside the functions that need them.
"""

from __future__ import annotations

from dsaudit.probe.run import ProbeError, ProbeOptions, ProbeResult, run_probe

__all__ = ["ProbeError", "ProbeOptions", "ProbeResult", "run_probe"]
