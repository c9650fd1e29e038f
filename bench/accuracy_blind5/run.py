"""Blind accuracy benchmark, round 5, for dsaudit: generate, scan, score, report.

    python bench/accuracy_blind5/run.py [--quick] [--seed N] [--no-scan] [--blind]

The generator (generate.py; wording in attacks5.py, benign5.py,
codecs5.py, tasks5.py) was written for round 5 by an author who saw neither dsaudit's rules nor
the other rounds' wording. Report sections, --blind mode and manifest: bench/blind_runner.py.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import blind_runner  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(blind_runner.run_round(HERE, 5, "round 5"))
