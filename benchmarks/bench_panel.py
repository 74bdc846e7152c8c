"""Benchmark: all directed dyad-years 1946–latest with every loaded strand joined, then Stata and
Parquet export. Targets: build under 10 s, exports under 10 s more (2 cores).

Usage: ``python benchmarks/bench_panel.py [--home STORE_FOLDER] [--from 1946] [--to YEAR]``. With no
store folder it uses ``$AMITY_HOME``; whatever is loaded there is joined (capabilities, alliances,
arms, votes, vetoes, exercises).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from amity import panel
from amity.store import Store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path, default=None)
    ap.add_argument("--from", dest="start", type=int, default=1946)
    ap.add_argument("--to", dest="end", type=int, default=None)
    args = ap.parse_args()
    store = Store((args.home / "amity.duckdb") if args.home else None, read_only=True)
    t0 = time.perf_counter()
    df = panel.build(store, start=args.start, end=args.end, directed=True)
    t1 = time.perf_counter()
    print(f"build: {len(df):,} directed dyad-years x {df.shape[1]} columns "
          f"({int(df['year'].min())}–{int(df['year'].max())}) in {t1 - t0:.2f} s")
    for note in df.attrs.get("not_loaded", []):
        print(f"  {note}")
    with tempfile.TemporaryDirectory() as tmp:
        for ext in ("parquet", "dta"):
            t = time.perf_counter()
            panel.write(df, Path(tmp) / f"panel.{ext}")
            print(f"export {ext}: {time.perf_counter() - t:.2f} s")
    print(f"total: {time.perf_counter() - t0:.2f} s")
    store.close()


if __name__ == "__main__":
    main()
