"""Sentence embeddings and the linear classifier heads that read them.

Two embedders share one interface (`Encoder`): the full all-MiniLM-L6-v2 through
sentence-transformers, and a static table distilled from it that needs no torch at scan time
(the pre-commit fast path). Heads are plain JSON arrays, so loading them runs no code.
Nothing here imports torch until a MiniLM encoder is actually asked for.
"""

from __future__ import annotations

from dsaudit.embed.encoders import Encoder, EncoderUnavailable, open_encoder
from dsaudit.embed.heads import LinearHead, load_heads

__all__ = ["Encoder", "EncoderUnavailable", "LinearHead", "load_heads", "open_encoder"]
