"""Benchmark: all directed dyad-years 1946–latest with every loaded strand joined, then Stata and
Parquet export. Targets: build under 10 s, exports under 10 s more (2 cores).

Usage: ``python benchmarks/bench_panel.py [--home STORE_FOLDER] [--from 1946] [--to YEAR]``. With no
store folder it builds a temporary store from the real files in the shared data folder (SIPRI register
and TIV tables, SIPRI milex, COW NMC, UN votes; see benchmarks/_data.py) and joins everything loaded.
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
    tmpdir = None
    if args.home:
        store = Store(args.home / "amity.duckdb", read_only=True)
    else:
        from _data import MILEX, NMC, SIPRI_REGISTER, SIPRI_TIV, UNGA, available

        from amity import sources

        tmpdir = tempfile.TemporaryDirectory()
        store = Store(Path(tmpdir.name) / "amity.duckdb")
        t = time.perf_counter()
        for kind, files in (("sipri", [SIPRI_REGISTER, *SIPRI_TIV]), ("milex", [MILEX]), ("nmc", [NMC]),
                            ("unga", UNGA)):
            if available(*files):
                sources.import_files(store, kind, files)
        print(f"(setup: imported the real files into a temporary store in {time.perf_counter() - t:.1f} s)")
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
    print(f"total: {time.perf_counter() - t0:.2f} s (goals: build < 10 s; exports < 10 s more)")
    store.close()
    if tmpdir is not None:
        tmpdir.cleanup()


if __name__ == "__main__":
    main()
