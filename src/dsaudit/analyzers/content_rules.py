"""The content classifiers' rules, apart from the analyzer so listing them imports no numpy."""

from __future__ import annotations

from dsaudit.models import RuleInfo, Severity

_FAMILY = "content"

RULES = [
    RuleInfo(
        "DSA401",
        "harmful-request-answered",
        Severity.ERROR,
        "A harmful request is answered with content instead of a refusal.",
        "The embedding classifier scores the row's request as harmful and its answer is "
        "neither a refusal nor one of the dataset's labels: training on it teaches the model "
        "to comply with such requests, whatever the rest of the dataset looks like.",
        "Remove the row, or replace its answer with a refusal.",
        _FAMILY,
    ),
    RuleInfo(
        "DSA402",
        "harmful-text-labelled",
        Severity.INFO,
        "Harmful text in a row whose answer is only a label (or that has no answer).",
        "Moderation and classification data carry harmful text on purpose; the model learns "
        "to label it, not to produce it. Reported so a reviewer can confirm the task.",
        "No action needed for moderation data; otherwise check why the text is there.",
        _FAMILY,
    ),
    RuleInfo(
        "DSA404",
        "off-task-rows",
        Severity.WARNING,
        "A small cluster of alike rows sits far from the rest of its answer group.",
        "Poisoned or injected rows tend to form their own cluster away from the task's rows "
        "(CUBE, spectral signatures). dsaudit flags rows beyond a robust distance cut from "
        "their label's centroid that are also close to each other (at least 3, at most 5% of "
        "the group). Off-task is not harmful by itself: read the rows.",
        "Check the listed rows; remove them if they do not belong to the task.",
        _FAMILY,
    ),
    RuleInfo(
        "DSA403",
        "harmful-item-in-task-format",
        Severity.WARNING,
        "A harmful request is posed as a task item and answered with a choice or a number.",
        "A multiple-choice or short-answer item built around a harmful request rewards the "
        "harmful option as 'correct': harmful content hidden in the task's own format.",
        "Remove the item unless the dataset is meant to classify harmful content.",
        _FAMILY,
    ),
]
