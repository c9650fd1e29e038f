"""Blind accuracy benchmark, round 6, for dsaudit.

Round 6 was written by an author who did not see dsaudit's source, rules, tests or the
earlier rounds. Its generator (generate.py, with the wording modules attacks6.py,
benign6.py, codecs6.py and tasks6.py) builds 172 JSONL fine-tuning datasets (50 with
--quick) from the benign task sets in shared/data: seven poisoned families (obedient
personas, AutoIF-style instruction following, both together, refusal suppression, a
compliant minority format, backdoor triggers, encoded payloads) in 24 languages, several
obfuscations, nine chat/instruction schemas and row-hiding rates of 2-10%, plus thirteen
families of hard but benign negatives. The shared runner (bench/blind_runner.py) scans
each dataset with dsaudit and reports detection and false-positive rates.

    python bench/accuracy_blind6/run.py [--quick] [--blind] [--no-scan] [--seed N]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import blind_runner  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(blind_runner.run_round(HERE, 6, "round 6"))
