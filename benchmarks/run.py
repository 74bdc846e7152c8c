"""Run the benchmarks: each ``bench_*.py`` script beside this file, in a fresh process.

    python benchmarks/run.py            # all
    python benchmarks/run.py report     # only bench_report.py

Speed goals live here, not in the unit tests. Each script prints what it measured and the goal, and
exits non-zero if a goal is missed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if any(a in s.stem for a in argv)]
    failed = []
    for s in scripts:
        print(f"== {s.stem}", flush=True)
        if subprocess.run([sys.executable, str(s)]).returncode != 0:
            failed.append(s.stem)
    if failed:
        print("missed goals or failed:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
