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

from dsaudit.instructions.concepts import describe, load_concepts
from dsaudit.models import RuleInfo, Severity
from dsaudit.text import reads_as_text

if TYPE_CHECKING:
    from dsaudit.instructions.model import InstructionModel

_WORD = re.compile(r"\w+")
_MIN_WORDS = 4
_SPACELESS = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

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


def _long_enough(decoded: str) -> bool:
    """Four words, or eight characters of a script written without spaces."""
    return len(_WORD.findall(decoded)) >= _MIN_WORDS or len(_SPACELESS.findall(decoded)) >= 8


def best_encoded_instruction(
    payloads: tuple[tuple[str, str], ...], model: InstructionModel | None = None
) -> tuple[float, str, str, Severity, str] | None:
    """(score, kind, decoded text, severity, reason) of the payload that reads best as an
    instruction to comply; None if none does.

    The model's reading comes first when it is sure (its error cut). Otherwise a payload that
    names two compliance concepts (`concepts`: never refuse, no limits, obey) is an error,
    since a task row has no reason to hide either; then the model's warning; then a payload
    naming one concept is a warning.
    """
    model = model or _model()
    if model is None:
        return None
    best: tuple[float, str, str] | None = None
    readable = [(kind, decoded) for kind, decoded in payloads if _long_enough(decoded)]
    scores = {decoded: model.score(decoded) for _, decoded in readable}
    for kind, decoded in readable:
        score = scores[decoded]
        if score >= model.threshold and (best is None or score > best[0]):
            best = (score, kind, decoded)
    if best is not None and best[0] >= model.error_threshold:
        return (*best, Severity.ERROR, f"model score {best[0]:.2f}")
    lexicon = load_concepts()
    for kind, decoded in readable:
        if not reads_as_text(decoded):
            continue  # one of the cipher guesses that did not come out as language
        hits = lexicon.hits(decoded)
        # Two concepts are an error however the model reads the text (it is weakest in the
        # languages it saw least); one concept is a warning when the model saw nothing.
        if len(hits) >= 2 or (hits and best is None):
            severity = Severity.ERROR if len(hits) >= 2 else Severity.WARNING
            return (scores[decoded], kind, decoded, severity, "it " + describe(hits))
    if best is not None:
        return (*best, Severity.WARNING, f"model score {best[0]:.2f}")
    return None
