"""Blind accuracy benchmark, round 4, for dsaudit: generate, scan, score, report.

    python bench/accuracy_blind4/run.py [--quick] [--seed N] [--no-scan] [--blind]

The generator (generate.py; wording in attacks.py, autoif.py, hardneg.py,
mangle.py, sources.py) was written for round 4 by an author who saw neither dsaudit's rules nor
the other rounds' wording. Report sections, --blind mode and manifest: bench/blind_runner.py.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import blind_runner  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(blind_runner.run_round(HERE, 4, "round 4"))
