"""Shared fixtures: repository paths and the optional public benchmark data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def shared_data() -> Path:
    """../shared/data when present; tests that need it are skipped elsewhere."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not available here")
    return SHARED_DATA
