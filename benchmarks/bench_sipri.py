"""Benchmark: SIPRI register import and all arms indicators for every supplier–recipient pair.

Usage: python benchmarks/bench_sipri.py [REGISTER.csv [TIV-TABLE.csv ...]]
(default: the real SIPRI files in the shared data folder, see benchmarks/_data.py)
Targets: import of the full register (~30,000 deals) under 3 s; all pairs under 2 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    if not argv:
        from _data import SIPRI_REGISTER, SIPRI_TIV, available

        if not available(SIPRI_REGISTER, *SIPRI_TIV):
            print(f"skipped: no SIPRI files given and none at {SIPRI_REGISTER.parent}")
            return 0
        argv = [str(SIPRI_REGISTER), *map(str, SIPRI_TIV)]
    from amity import sources
    from amity.dyad import Dyad
    from amity.indicators.arms_sipri import pairs_panel
    from amity.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as st:
        t = time.perf_counter()
        res = sources.import_files(st, "sipri", [argv[0]])
        t_import = time.perf_counter() - t
        print(f"import register: {t_import:.2f} s ({res[0].tables.get('arms_deals', 0):,} deals)  target < 3 s")
        if len(argv) > 1:
            t = time.perf_counter()
            sources.import_files(st, "sipri", argv[1:])
            print(f"import TIV tables: {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        panel = pairs_panel(st)
        t_pairs = time.perf_counter() - t
        n = panel[["supplier", "recipient"]].drop_duplicates().shape[0]
        print(f"all indicators, every pair: {t_pairs:.2f} s ({n:,} pairs, {len(panel):,} pair-years)  target < 2 s")
        d = Dyad("RUS", "CHN", store=st)
        t = time.perf_counter()
        for name in ("deliveries_tiv", "deliveries_tiv_ma5", "import_dependence", "share_of_supplier_exports",
                     "supplier_concentration", "deliveries_by_category", "orders_vs_deliveries", "open_deals",
                     "arms_deals"):
            d.indicator(name)
        print(f"all arms indicators for one dyad (RUS→CHN): {time.perf_counter() - t:.2f} s")
    return 0 if t_import < 3 and t_pairs < 2 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
