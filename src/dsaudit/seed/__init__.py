"""Hand-written seed data for dsaudit's embedding classifiers (JSONL files, no code)."""
