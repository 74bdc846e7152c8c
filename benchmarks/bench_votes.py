"""Benchmark: UN General Assembly vote agreement for all dyad-years.

Goals: the whole panel (every dyad-year with shared votes, 1946 to the latest year) in under 10 s, and at
least 20x faster than a straightforward pandas self-join baseline (merge the votes with themselves on
the roll call, then group by year and pair) implemented here; amity's dynamic ordinal ideal points for all
states and sessions 1946 to the latest session in under 60 s (their agreement with the published BSV
estimates: ``benchmarks/validate_idealpoints.py``).

Data: the real unvotes files (``../shared/data/unga``, or ``$AMITY_SHARED_DATA/unga``) if present, else a
synthetic data set of the same size (190 states, 6,200 roll calls over 74 years).
The baseline runs year by year (a single 60-million-row merge does not fit in memory on a small
machine); both are timed on the same years and the ratio is reported.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from amity.indicators import votes
from amity.sources import unga
from amity.store import SourceMeta, Store

SHARED = Path(os.environ.get("AMITY_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
GOAL_S, GOAL_RATIO, GOAL_IDEAL_S = 10.0, 20.0, 60.0


def synthetic() -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    rng = np.random.default_rng(0)
    rc = pd.DataFrame({"rcid": np.arange(1, 6201)})
    rc["year"] = 1946 + (rc["rcid"] - 1) * 74 // 6200
    rc["session"] = rc["year"] - 1945
    states = np.arange(2, 192 * 5, 5)[:190]
    rows = []
    for y, g in rc.groupby("year"):
        members = states[: 50 + (y - 1946) * 2]
        for r in g["rcid"]:
            rows.append(pd.DataFrame({"rcid": r, "cow": members,
                                      "vote": rng.choice([1, 2, 3], len(members), p=[.7, .15, .15])}))
    v = pd.concat(rows, ignore_index=True).astype({"vote": "int8"})
    v["iso3"], v["country"] = None, v["cow"].astype(str)
    meta = SourceMeta("unga", "synthetic", "synthetic votes", "synthetic", sha256="0" * 64)
    return {"unga_votes": v, "unga_rollcalls": rc}, meta


def baseline(v: pd.DataFrame) -> pd.DataFrame:
    """Straightforward pandas: self-join the votes on rcid per year, then group by year and pair."""
    out = []
    for _, g in v.groupby("year"):
        m = g.merge(g, on=["rcid", "year"], suffixes=("_a", "_b"))
        m = m[m["cow_a"] < m["cow_b"]]
        m["d"] = (m["vote_a"] - m["vote_b"]).abs() / 2
        for k in (1, 2, 3):
            m[f"a{k}"] = m["vote_a"] == k
            m[f"b{k}"] = m["vote_b"] == k
        agg = m.groupby(["year", "cow_a", "cow_b"]).agg(
            n=("d", "size"), sumdiff=("d", "sum"), a1=("a1", "sum"), a2=("a2", "sum"), a3=("a3", "sum"),
            b1=("b1", "sum"), b2=("b2", "sum"), b3=("b3", "sum")).reset_index()
        met = votes.metrics(agg["n"].to_numpy(), agg["sumdiff"].to_numpy(),
                            agg[["a1", "a2", "a3"]].to_numpy().T, agg[["b1", "b2", "b3"]].to_numpy().T)
        out.append(agg.assign(**met))
    return pd.concat(out, ignore_index=True)


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    st = Store(tmp / "amity.duckdb")
    d = SHARED / "unga"
    if (d / "un_votes.rda").is_file():
        unga.import_files(st, [d / "un_votes.rda", d / "un_roll_calls.rda", d / "un_roll_call_issues.rda"])
        what = "real unvotes data"
    else:
        tables, meta = synthetic()
        st.ingest(meta, tables)
        st.con.execute("CHECKPOINT")
        what = "synthetic data (real files not found)"
    t = time.perf_counter()
    panel = votes.agreement_panel(st)
    full = time.perf_counter() - t
    print(f"agreement_panel, all dyad-years ({what}): {len(panel):,} dyad-years "
          f"{int(panel['year'].min())}-{int(panel['year'].max())} in {full:.2f} s (goal < {GOAL_S:.0f} s)")
    v = votes._votes_frame(st, None, None, None)
    years = sorted(v["year"].unique())[::5]
    sub = v[v["year"].isin(years)]
    t = time.perf_counter()
    fast = votes.panel_from_votes(sub)
    t_fast = time.perf_counter() - t
    t = time.perf_counter()
    base = baseline(sub)
    t_base = time.perf_counter() - t
    ratio = t_base / t_fast
    chk = fast.merge(base, on=["year", "cow_a", "cow_b"], suffixes=("", "_b"))
    same = len(chk) == len(base) == len(fast) and np.allclose(chk["agreement"], chk["agreement_b"])
    print(f"same {len(years)} years ({len(fast):,} dyad-years): amity {t_fast:.2f} s, pandas self-join "
          f"{t_base:.2f} s, ratio {ratio:.0f}x (goal >= {GOAL_RATIO:.0f}x); results identical: {same}")
    t, cpu = time.perf_counter(), time.process_time()
    ip = votes.ideal_points_all(st)
    t_ip, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"ideal points ({what}): {len(ip):,} state-sessions, sessions {int(ip['session'].min())}-"
          f"{int(ip['session'].max())}, in {t_ip:.1f} s wall, {cpu:.1f} s CPU (goal < {GOAL_IDEAL_S:.0f} s wall)")
    st.close()
    ok = full < GOAL_S and ratio >= GOAL_RATIO and same and t_ip < GOAL_IDEAL_S
    print("goals met" if ok else "GOAL MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
