"""DSA309: the instruction model reads text that a row hides in an encoding.

The phrase rules already rescan decoded payloads (base64, hex, URL, rot13, Caesar, reversed),
but they only know the wordings someone wrote down. An instruction hidden in an encoding
inside a task prompt has no reason to be there, so the learned model (DSA308's) scores every
decoded payload the phrase rules did not match, in any language it was trained on. Codec
tasks ("decode this base64") carry ordinary sentences, which the model scores low.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from dsaudit.models import RuleInfo, Severity

if TYPE_CHECKING:
    from dsaudit.instructions.model import InstructionModel

_WORD = re.compile(r"\w+")
_MIN_WORDS = 4

RULE = RuleInfo(
    "DSA309",
    "learned-encoded-instruction",
    Severity.ERROR,
    "A payload hidden in an encoding (base64, hex, URL, rot13, Caesar, reversed) decodes to "
    "an instruction to comply unconditionally.",
    "Encoding an instruction is a classic way past keyword filters and per-row moderation; a "
    "benign task prompt has no reason to carry one. The learned instruction model (see DSA308) "
    "reads the decoded text in wordings and languages the phrase rules do not list.",
    "Decode the payload quoted in the evidence. If it is an instruction to the model, remove "
    "the rows or the payload; if the dataset is a genuine decoding task with benign content, "
    "accept it with a baseline entry and report the false positive.",
    "encoding",
    ("https://arxiv.org/abs/2406.10288",),
)


@functools.lru_cache(maxsize=1)
def _model() -> InstructionModel | None:
    from dsaudit.instructions.model import ModelError, load_model  # numpy: only now

    try:
        return load_model()
    except ModelError:
        return None


def best_encoded_instruction(
    payloads: tuple[tuple[str, str], ...], model: InstructionModel | None = None
) -> tuple[float, str, str, Severity] | None:
    """(score, kind, decoded text, severity) of the payload the model reads best as an
    instruction to comply (an error at its error cut, a warning at its cut); None if none."""
    model = model or _model()
    if model is None:
        return None
    best: tuple[float, str, str] | None = None
    for kind, decoded in payloads:
        if len(_WORD.findall(decoded)) < _MIN_WORDS:
            continue
        score = model.score(decoded)
        if score >= model.threshold and (best is None or score > best[0]):
            best = (score, kind, decoded)
    if best is None:
        return None
    severity = Severity.ERROR if best[0] >= model.error_threshold else Severity.WARNING
    return (*best, severity)
