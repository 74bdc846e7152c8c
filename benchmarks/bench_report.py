"""`amity report CHN RUS` cold: a new process and an empty store. Goal: under 5 s on 2 cores."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

GOAL_S = 5.0


def main() -> int:
    times = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, AMITY_HOME=os.path.join(tmp, "home"))
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "amity", "report", "CHN", "RUS", "--out",
                            os.path.join(tmp, "r.html")], check=True, env=env, capture_output=True)
            times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    print(f"amity report CHN RUS, cold: median {med:.2f} s over {len(times)} runs "
          f"(min {min(times):.2f}, max {max(times):.2f}); goal < {GOAL_S:.0f} s: {'met' if med < GOAL_S else 'MISSED'}")
    return 0 if med < GOAL_S else 1


if __name__ == "__main__":
    sys.exit(main())
