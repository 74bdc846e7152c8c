"""Benchmark: dyad × month aggregation of GDELT events in Parquet (amity.indicators.events).

    python benchmarks/bench_events.py                    # 50 million rows, the goal's size (~6 min on 2 cores)
    python benchmarks/bench_events.py --rows 10000000    # a quicker look (goals reported, not judged)

Generates event rows at GDELT's shape (the columns the aggregation reads, with GDELT's types) and
value distributions (skewed actor country codes with many blanks, CAMEO event codes with their
quad class and Goldstein score), one Parquet file of 5 million rows per month (GDELT 2.0 codes
about that many events a month), from February 2015 on, written as amity's import writes them:
the events (``amity.sources.gdelt.write_events``: rows with both country codes first, sorted by
them, row groups of 128 Ki rows) and their dyad-month sums (``events.build_dyad_months``, one
file a month; the time this adds to an import is reported). Then measures, each in a fresh
process (for its peak memory), best of two runs:

* ``scan``: DuckDB's bare scan of the same columns of the events (the floor for reading them);
* ``panel``: amity's dyad × month aggregation of every dyad, as the indicator runs it by default
  (``panel_expr(dyad_months=True)`` compiled and run on DuckDB by ``events.run`` over the sums);
* ``panel-ev``: the same expression over the events themselves (what runs with de-duplication
  or other actor fields, and on GDELT's BigQuery tables);
* ``series`` / ``series-ev``: one dyad's monthly series with the period totals (``series_expr``),
  over the sums and over the events;
* ``pandas``: ``pandas.read_parquet`` of the same columns of the events + ``groupby`` (on at most
  ``--pandas-rows`` rows, scaled linearly beyond: pandas needs the whole table in memory).

Imports are not timed (Ibis's SQL compilers included: their first use imports every dialect, about
0.1–0.3 s once per process); the compile itself is reported as ``compile``. Peak memory is the
process's peak resident size while it ran, with the size after the imports in brackets.

Goals, over 50 million event rows (the default): the panel within 2× of the bare scan and at
least 10× faster than pandas. Exits 1 if missed, and says which; with fewer rows the figures are
reported and not judged (fixed costs per call weigh more on small loads). The events path is
reported beside the default one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHUNK = 5_000_000
#: the issue's goals are stated for this many event rows
GOAL_ROWS = 50_000_000
COLUMNS = ["Actor1CountryCode", "Actor2CountryCode", "MonthYear", "Year", "QuadClass", "GoldsteinScale"]
# (CAMEO event code, quad class, Goldstein score, weight): GDELT's most frequent codes per quad class
# the states GDELT names most often, most frequent first (the rest follow in alphabetical order)
MAJOR = ["USA", "CHN", "RUS", "GBR", "ISR", "IRN", "FRA", "DEU", "IND", "JPN", "PAK", "AFG", "SYR", "UKR", "TUR"]
CODES = [
    ("010", 1, 0.0, 14),
    ("020", 1, 3.0, 3),
    ("036", 1, 4.0, 4),
    ("040", 1, 1.0, 6),
    ("042", 1, 1.9, 8),
    ("043", 1, 2.8, 7),
    ("046", 1, 7.0, 3),
    ("051", 1, 3.4, 6),
    ("057", 1, 8.0, 2),
    ("061", 2, 6.4, 3),
    ("070", 2, 7.0, 2),
    ("073", 2, 7.4, 1),
    ("111", 3, -2.0, 4),
    ("112", 3, -2.0, 6),
    ("120", 3, -4.0, 2),
    ("130", 3, -4.4, 2),
    ("141", 3, -6.5, 1),
    ("173", 4, -5.0, 5),
    ("190", 4, -10.0, 6),
    ("193", 4, -10.0, 3),
    ("180", 4, -9.0, 3),
]


def generate(folder: Path, rows: int, seed: int = 1979) -> tuple[list[Path], float]:
    """Write ``rows`` synthetic GDELT events as Parquet files of at most 5 million rows under
    ``folder/events``, and their dyad-month sums under ``folder/dyad_months`` (same names).
    Returns the event files and the seconds spent on the sums."""
    import numpy as np
    import pyarrow as pa

    from amity.indicators.events import build_dyad_months
    from amity.sources.gdelt import write_events
    from amity.states import all_states

    rng = np.random.default_rng(seed)
    known = {s.cameo for s in all_states() if s.cameo}
    major = [c for c in MAJOR if c in known]
    codes = major + sorted(known - set(major))
    # Zipf-like: a few states (USA, CHN, RUS, GBR, ...) take most events
    weights = 1.0 / np.arange(1, len(codes) + 1) ** 1.1
    weights /= weights.sum()
    cw = np.array([c[3] for c in CODES], dtype=float)
    cw /= cw.sum()
    quads = np.array([c[1] for c in CODES], dtype=np.int8)
    golds = np.array([c[2] for c in CODES])
    # one file per month from February 2015 at GDELT 2.0's density (about 5 million events a month)
    first = 2015 * 12 + 1
    dict_codes = pa.array(codes, pa.string())
    for sub in ("events", "dyad_months"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    sums_s = 0.0
    done = 0
    while done < rows:
        n = min(CHUNK, rows - done)

        def actor(blank: float, n: int = n) -> pa.Array:
            idx = rng.choice(len(codes), size=n, p=weights).astype(np.int32)
            mask = rng.random(n) < blank  # GDELT leaves many actor country codes empty
            return pa.DictionaryArray.from_arrays(pa.array(idx, mask=mask), dict_codes).cast(pa.string())

        e = rng.choice(len(CODES), size=n, p=cw)
        ym = first + len(paths)
        my = np.full(n, (ym // 12) * 100 + ym % 12 + 1, dtype=np.int32)
        t = pa.table(
            {
                "GLOBALEVENTID": pa.array(np.arange(done, done + n, dtype=np.int64) + 410_000_000),
                "SQLDATE": pa.array(my * 100 + rng.integers(1, 29, size=n, dtype=np.int32)),
                "MonthYear": pa.array(my),
                "Year": pa.array(my // 100),
                "Actor1CountryCode": actor(0.35),
                "Actor2CountryCode": actor(0.55),
                "EventCode": pa.array([c[0] for c in CODES]).take(pa.array(e)),
                "QuadClass": pa.array(quads[e]),
                "GoldsteinScale": pa.array(golds[e]),
            }
        )
        name = f"events-{len(paths):03d}.parquet"
        write_events(t, folder / "events" / name)
        t0 = time.perf_counter()
        build_dyad_months([str(folder / "events" / name)], [], folder / "dyad_months" / name)
        sums_s += time.perf_counter() - t0
        paths.append(folder / "events" / name)
        done += n
    return paths, sums_s


def sums_of(paths: list[str]) -> list[str]:
    """The dyad-month sums written beside each event file."""
    return [str(Path(p).parent.parent / "dyad_months" / Path(p).name) for p in paths]


def _peak() -> float:
    """The process's peak resident memory in MiB (since the last :func:`_reset_peak` on Linux)."""
    try:
        with open("/proc/self/status") as fh:
            for ln in fh:
                if ln.startswith("VmHWM:"):
                    return int(ln.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _reset_peak() -> float:
    """Reset the peak to the current resident memory where Linux allows it; return it in MiB."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass
    return _peak()


def measure(name: str, paths: list[str], pandas_rows: int) -> dict[str, float]:
    """Run one measurement in this process and return seconds and rows (imports are not timed)."""
    import duckdb
    import ibis.backends.sql.compilers  # noqa: F401 - imports every SQL dialect on first use
    import pandas as pd
    import pyarrow.parquet as pq

    from amity.indicators import events as ev

    base = _reset_peak()
    compile_s = 0.0
    t0 = time.perf_counter()
    if name == "scan":
        con = duckdb.connect()
        # hash() makes DuckDB read every string (max() could be answered from Parquet statistics)
        con.execute(
            "SELECT count(*), sum(hash(Actor1CountryCode)), sum(hash(Actor2CountryCode)), sum(MonthYear), "
            f"sum(Year), sum(QuadClass), sum(GoldsteinScale) FROM read_parquet({ev._sql_list(paths)})"
        ).fetchall()
        secs = time.perf_counter() - t0
        rows = con.execute(f"SELECT count(*) FROM read_parquet({ev._sql_list(paths)})").fetchone()[0]
    elif name in ("panel", "series", "panel-ev", "series-ev"):
        sums = not name.endswith("-ev")
        if name.startswith("panel"):
            expr = ev.panel_expr(dyad_months=sums)
        else:
            expr = ev.series_expr("CHN", "RUS", both_directions=True, dyad_months=sums)
        c0 = time.perf_counter()
        ev.to_sql(expr, "duckdb")  # what run() compiles, timed apart
        compile_s = time.perf_counter() - c0
        t0 = time.perf_counter()  # run() compiles again: the time below includes one compile
        out = ev.run(expr, sums_of(paths) if sums else paths)
        secs = time.perf_counter() - t0
        assert len(out), "no result rows"
        rows = sum(pq.read_metadata(p).num_rows for p in paths)
    else:
        rows, frames = 0, []
        for p in paths:
            if rows >= pandas_rows:
                break
            frames.append(pd.read_parquet(p, columns=COLUMNS))
            rows += len(frames[-1])
        df = pd.concat(frames, ignore_index=True)
        df = df[
            df["Actor1CountryCode"].notna()
            & df["Actor2CountryCode"].notna()
            & (df["Actor1CountryCode"] != df["Actor2CountryCode"])
        ]
        q = df["QuadClass"]
        df = df.assign(**{f"quad{i}": (q == i).astype("int64") for i in (1, 2, 3, 4)})
        df.groupby(["Actor1CountryCode", "Actor2CountryCode", "MonthYear"], observed=True).agg(
            events=("QuadClass", "size"),
            quad1=("quad1", "sum"),
            quad2=("quad2", "sum"),
            quad3=("quad3", "sum"),
            quad4=("quad4", "sum"),
            goldstein_sum=("GoldsteinScale", "sum"),
            goldstein_mean=("GoldsteinScale", "mean"),
        )
        secs = time.perf_counter() - t0
    peak = _peak()
    return {"seconds": secs, "rows": rows, "peak_mib": peak, "base_mib": base, "compile_s": compile_s}


def pq_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.read_metadata(path).num_rows


def run_child(name: str, paths: list[Path], pandas_rows: int) -> dict[str, float]:
    cmd = [
        sys.executable,
        __file__,
        "--measure",
        name,
        "--pandas-rows",
        str(pandas_rows),
        "--paths",
        *map(str, paths),
    ]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench(paths: list[Path], pandas_rows: int) -> dict[str, dict[str, float]]:
    res = {}
    for name in ("scan", "panel", "panel-ev", "series", "series-ev", "pandas"):
        best = None
        for _ in range(2):  # best of 2 (warm file cache), for every contender alike
            r = run_child(name, paths, pandas_rows)
            best = r if best is None or r["seconds"] < best["seconds"] else best
        res[name] = best
    return res


def report(label: str, res: dict[str, dict[str, float]]) -> tuple[float, float]:
    total = res["scan"]["rows"]
    print(f"-- {label}: {total:,} rows")
    for name, r in res.items():
        rate = r["rows"] / r["seconds"]
        extra = ""
        if name == "pandas" and r["rows"] < total:
            extra = f"  (pandas on {r['rows']:,} rows)"
        if r.get("compile_s"):
            extra = f"  (Ibis compile {r['compile_s'] * 1000:.0f} ms)"
        print(
            f"  {name:<9} {r['seconds']:8.3f} s  {rate / 1e6:8.1f} M rows/s  "
            f"peak {r['peak_mib']:6.0f} MiB ({r['base_mib']:.0f} after imports){extra}"
        )
    scan = res["scan"]["seconds"]
    pandas_full = res["pandas"]["seconds"] * total / res["pandas"]["rows"]
    scaled = ", pandas time scaled linearly" if res["pandas"]["rows"] < total else ""
    for path, key in (("dyad-month sums (default)", "panel"), ("events", "panel-ev")):
        print(
            f"  {path}: panel / bare scan {res[key]['seconds'] / scan:.2f}×, "
            f"series / bare scan {res[key.replace('panel', 'series')]['seconds'] / scan:.2f}×, "
            f"pandas / panel {pandas_full / res[key]['seconds']:.1f}×{scaled}"
        )
    return res["panel"]["seconds"] / scan, pandas_full / res["panel"]["seconds"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=GOAL_ROWS, help="Event rows to generate (default 50M).")
    ap.add_argument(
        "--pandas-rows", type=int, default=None, help="Rows pandas reads at most (default all; beyond, scaled)."
    )
    ap.add_argument("--dir", type=Path, default=None, help="Keep the generated Parquet files here.")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--paths", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.pandas_rows is None:
        args.pandas_rows = args.rows
    if args.measure:
        print(json.dumps(measure(args.measure, args.paths, args.pandas_rows)))
        return 0
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        t0 = time.perf_counter()
        paths, sums_s = generate(Path(tmp), args.rows)
        sums = [Path(p) for p in sums_of([str(p) for p in paths])]
        print(
            f"generated {args.rows:,} GDELT-shaped rows in {len(paths)} Parquet files "
            f"({sum(p.stat().st_size for p in paths) / 2**20:,.0f} MiB) in {time.perf_counter() - t0:.0f} s; "
            f"{os.cpu_count()} cores\n"
            f"dyad-month sums: {sum(pq_rows(p) for p in sums):,} rows "
            f"({sum(p.stat().st_size for p in sums) / 2**20:,.1f} MiB), built in {sums_s:.1f} s "
            f"({sums_s / len(paths):.2f} s per 5 M events, added to the import)"
        )
        if args.rows > CHUNK:
            small = bench(paths[:1], args.pandas_rows)
            report("first file", small)
        res = bench(paths, args.pandas_rows)
        vs_scan, vs_pandas = report("all files", res)
        if args.rows > CHUNK:
            g = res["panel"]["seconds"] / small["panel"]["seconds"]
            m = res["panel"]["peak_mib"] / small["panel"]["peak_mib"]
            n = res["scan"]["rows"] / small["scan"]["rows"]
            print(
                f"  growth {small['scan']['rows'] / 1e6:.0f}M → {res['scan']['rows'] / 1e6:.0f}M rows "
                f"({n:.0f}×): panel time {g:.1f}×, panel-ev time "
                f"{res['panel-ev']['seconds'] / small['panel-ev']['seconds']:.1f}×, scan time "
                f"{res['scan']['seconds'] / small['scan']['seconds']:.1f}×, panel peak memory {m:.1f}×"
            )
    if args.rows < GOAL_ROWS:
        print(f"goals are stated for {GOAL_ROWS:,} rows: not judged on {args.rows:,}")
        return 0
    missed = []
    if vs_scan > 2.0:
        missed.append("panel within 2× of the bare scan")
    if vs_pandas < 10.0:
        missed.append("10× faster than pandas")
    if missed:
        print("GOAL MISSED: " + "; ".join(missed) + " (see docs/events.md, Benchmark)")
        return 1
    print("goals met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
