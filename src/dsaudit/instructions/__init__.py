"""A learned reader of template instructions: does a system prompt or a user wrapper steer a
model towards unconditional compliance?

The persona and refusal-suppression rules are phrase lists; an attacker writes new wordings.
This model scores the few constant texts of a dataset's template (distinct system prompts,
the user wrapper) with a linear model over hashed character and word n-grams, so it reads
any wording and language seen in its seed data and needs no torch.

The model lives in `dsaudit.instructions.model` (numpy) and is imported only when a scan
uses it, so `dsaudit --help` and the CLI start stay free of numpy.
"""
