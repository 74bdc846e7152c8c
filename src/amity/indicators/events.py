"""News-coded events (GDELT): per-period event counts, quad classes and Goldstein scores of a dyad.

One definition, several engines
-------------------------------
The aggregation is written once as an `Ibis <https://ibis-project.org>`_ expression over a table
named ``gdelt_events`` with GDELT's official column names (:func:`series_expr` for one dyad,
:func:`panel_expr` for every dyad). The same expression runs over ``gdelt_dyad_months``, the sums
per actor-country pair and month that the import keeps beside the events
(:func:`dyad_months_expr`, :mod:`amity.sources.gdelt`), with ``dyad_months=True``: each event row
is first turned into counts (``events`` = 1, ``quadN`` = 1 for its quad class, its Goldstein
score), and both tables are summed the same way. Series without de-duplication on the
country-code fields (the default) read the dyad-month sums (in the benchmark's data at GDELT's
shape, 1/140 of the rows), where they sum exactly the files being read; the others read the events.
:func:`to_sql` compiles it for DuckDB (the default engine, reading the Parquet files beside the
store), Spark SQL (``engine="spark"``, local mode or any cluster ``AMITY_SPARK_MASTER`` names) and
BigQuery (GDELT's public ``gdelt-bq.gdeltv2.events``).

Measures, per period (``YYYY-MM``, ``YYYY-Qn`` or ``YYYY``) of the event date ``SQLDATE``
---------------------------------------------------------------------------------------------
``events`` (A→B, or both directions), ``quad1`` .. ``quad4`` (CAMEO quad classes: verbal
cooperation, material cooperation, verbal conflict, material conflict), ``goldstein_mean``,
``goldstein_sum``, ``coop_share`` ((quad1+quad2)/events), ``total_events`` (every event of the
period in the loaded files, the volume), and ``events_norm``, ``quad1_norm`` .. ``quad4_norm``,
``goldstein_sum_norm`` (the same divided by ``total_events``: shares of the period's volume).

Coverage: a period is covered by the publication windows of the loaded files (a daily file covers
its day, a 2.0 file its fifteen minutes). ``coverage_share`` is the covered share of the period;
a period with none has every measure NA (missing is not 0). Events reported in a later file are
dated to when they happened, so the last covered days of a load may be incomplete.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import pandas as pd

from amity.errors import AmityError
from amity.indicators import indicator
from amity.sources.gdelt.store import (  # the stored layout's names, declared once there
    ACTOR_FIELDS,
    SUM_COLUMNS,
    events_scan,
    parquet_scan,
    shared_event_files,
)

if TYPE_CHECKING:
    import duckdb
    import ibis.expr.types as ir
    import pyarrow as pa

    from amity.dyad import Dyad

TABLE = "gdelt_events"
DYAD_MONTHS = "gdelt_dyad_months"
FREQS = ("M", "Q", "Y")
DEDUPS = ("none", "url", "actors-day")
ENGINES = ("duckdb", "spark")
#: string columns that may name the two sides of a dyad
ACTOR_CHOICES = (
    "Actor1CountryCode",
    "Actor2CountryCode",
    "Actor1Code",
    "Actor2Code",
    "Actor1Geo_CountryCode",
    "Actor2Geo_CountryCode",
    "ActionGeo_CountryCode",
)
MEASURES = ["events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean"]


# ------------------------------------------------------------------------------------------
# the one definition
# ------------------------------------------------------------------------------------------
def events_table(name: str = TABLE, database: str | tuple[str, str] | None = None) -> ir.Table:
    """An unbound Ibis table with the columns the aggregation reads (GDELT's official names)."""
    import ibis

    schema = {
        "GLOBALEVENTID": "int64",
        "SQLDATE": "int32",
        "MonthYear": "int32",
        "Year": "int32",
        "Actor1Code": "string",
        "Actor2Code": "string",
        "Actor1CountryCode": "string",
        "Actor2CountryCode": "string",
        "Actor1Geo_CountryCode": "string",
        "Actor2Geo_CountryCode": "string",
        "ActionGeo_CountryCode": "string",
        "EventCode": "string",
        "QuadClass": "int64",
        "GoldsteinScale": "float64",
        "SOURCEURL": "string",
    }
    if isinstance(database, tuple):
        return ibis.table(schema, name=name, catalog=database[0], database=database[1])
    return ibis.table(schema, name=name, database=database)


def dyad_months_table(name: str = DYAD_MONTHS) -> ir.Table:
    """An unbound Ibis table of the dyad-month sums (:func:`dyad_months_expr`)."""
    import ibis

    schema = {
        "MonthYear": "int32",
        "Year": "int32",
        "Actor1CountryCode": "string",
        "Actor2CountryCode": "string",
        **{c: "int64" for c in ("events", "quad1", "quad2", "quad3", "quad4")},
        "goldstein_sum": "float64",
        "goldstein_n": "int64",
    }
    return ibis.table(schema, name=name)


def _check(freq: str, dedup: str, actor_fields: Iterable[str]) -> tuple[str, str]:
    if freq not in FREQS:
        raise AmityError(f"bad --freq {freq!r}: expected one of {', '.join(FREQS)}")
    if dedup not in DEDUPS:
        raise AmityError(f"bad --dedup {dedup!r}: expected one of {', '.join(DEDUPS)}")
    f1, f2 = tuple(actor_fields)
    for f in (f1, f2):
        if f not in ACTOR_CHOICES:
            raise AmityError(f"bad actor field {f!r}: expected one of {', '.join(ACTOR_CHOICES)}")
    return f1, f2


def _dedup(t: ir.Table, dedup: str, f1: str, f2: str) -> ir.Table:
    """One row per duplicate group, the one GDELT numbered first (lowest GLOBALEVENTID).

    ``url``: same two actors and same ``SOURCEURL`` (rows without a URL, 1.0 files before April
    2013, are kept as they are); ``actors-day``: same ``Actor1Code``, ``Actor2Code``, ``EventCode``
    and ``SQLDATE``.
    """
    if dedup == "none":
        return t
    import ibis

    if dedup == "url":
        keys = {f1: t[f1], f2: t[f2], "_k": ibis.coalesce(t.SOURCEURL, "#" + t.GLOBALEVENTID.cast("string"))}
    else:
        keys = {
            "Actor1Code": t.Actor1Code,
            "Actor2Code": t.Actor2Code,
            "EventCode": t.EventCode,
            "SQLDATE": t.SQLDATE,
        }
    needed = {f1, f2, "MonthYear", "Year", "QuadClass", "GoldsteinScale"} - set(keys)
    firsts = {c: t[c].argmin(t.GLOBALEVENTID) for c in sorted(needed)}
    return t.group_by(**keys).aggregate(**firsts)


def _period(t: ir.Table, freq: str) -> ir.IntegerValue:
    """An integer period key: YYYYMM, YYYY*10+quarter or YYYY."""
    if freq == "M":
        return t.MonthYear
    if freq == "Y":
        return t.Year
    return t.Year * 10 + ((t.MonthYear % 100) + 2) // 3


def _counts(t: ir.Table, f1: str, f2: str) -> ir.Table:
    """Event rows as counts, the columns of the dyad-month sums: ``events`` 1, ``quadN`` 1 for the
    row's quad class (else 0), ``goldstein_sum`` its score, ``goldstein_n`` 1 if it has one."""
    import ibis

    one = ibis.literal(1, "int64")
    q = t.QuadClass
    return t.select(
        *dict.fromkeys([f1, f2, "MonthYear", "Year"]),
        events=one,
        **{f"quad{i}": (q == i).cast("int64") for i in (1, 2, 3, 4)},
        goldstein_sum=t.GoldsteinScale,
        goldstein_n=t.GoldsteinScale.notnull().cast("int64"),
    )


def _base(dedup: str, f1: str, f2: str, table: ir.Table | None, dyad_months: bool) -> ir.Table:
    """The table of counts the measures sum: the dyad-month sums, or the (de-duplicated) events."""
    if dyad_months:
        if dedup != "none" or (f1, f2) != ACTOR_FIELDS:
            raise AmityError(
                "the dyad-month sums hold Actor1CountryCode → Actor2CountryCode without de-duplication; "
                f"read the events for dedup={dedup!r} and {f1}, {f2}"
            )
        return table if table is not None else dyad_months_table()
    return _counts(_dedup(table if table is not None else events_table(), dedup, f1, f2), f1, f2)


def dyad_months_expr(*, events: bool = True, sums: bool = False) -> ir.Table:
    """The dyad-month sums: event rows (``gdelt_events``) and/or earlier sums
    (``gdelt_dyad_months``) summed per ``MonthYear``, ``Year``, ``Actor1CountryCode`` and
    ``Actor2CountryCode``, NULL codes a group of their own (every event is counted once)."""
    keys = ["MonthYear", "Year", *ACTOR_FIELDS]
    parts = []
    if events:
        parts.append(_counts(events_table(), *ACTOR_FIELDS).select(*keys, *SUM_COLUMNS))
    if sums:
        parts.append(dyad_months_table().select(*keys, *SUM_COLUMNS))
    if not parts:
        raise ValueError("nothing to sum")
    t = parts[0] if len(parts) == 1 else parts[0].union(parts[1], distinct=False)
    return t.group_by(keys).aggregate(**{c: t[c].sum() for c in SUM_COLUMNS})


def build_dyad_months(event_paths: list[str], sums_paths: list[str], out: str | os.PathLike[str]) -> None:
    """Write the dyad-month sums (see :func:`amity.sources.gdelt.store.build_dyad_months`, where the
    stored sums are built so that ``sources/`` need not import ``indicators/``)."""
    from amity.sources.gdelt.store import build_dyad_months as build

    build(event_paths, sums_paths, out)


def _measures(t: ir.Table) -> dict[str, ir.Value]:
    """The period's measures as sums of the count columns (one pass on every engine)."""
    return {
        "events": t.events.sum(),
        **{f"quad{i}": t[f"quad{i}"].sum() for i in (1, 2, 3, 4)},
        "goldstein_sum": t.goldstein_sum.sum(),
        "goldstein_mean": t.goldstein_sum.sum() / t.goldstein_n.sum().nullif(0),
    }


def series_expr(
    a: str,
    b: str,
    *,
    freq: str = "M",
    dedup: str = "none",
    both_directions: bool = False,
    actor_fields: Iterable[str] = ACTOR_FIELDS,
    table: ir.Table | None = None,
    dyad_months: bool = False,
) -> ir.Table:
    """One dyad's measures per period, with the period's total volume.

    Columns: ``period_key``, ``total_events``, ``events``, ``quad1`` .. ``quad4``,
    ``goldstein_sum``, ``goldstein_mean`` (one row per period with any event in the data; the
    counts are 0 and the Goldstein figures NULL in a period without events of the dyad).

    The dyad's rows are selected by a plain filter on the actor fields, aggregated apart from the
    period totals and joined to them: engines push such a filter into the scan, where Parquet
    row-group statistics (the stored files are sorted by the actor codes) skip most of the data.
    ``dyad_months=True`` reads the dyad-month sums instead of the events (``table`` is then such a
    table); only without de-duplication and on the country-code fields, which they hold.
    """
    import ibis

    f1, f2 = _check(freq, dedup, actor_fields)
    t = _base(dedup, f1, f2, table, dyad_months)
    totals = t.group_by(period_key=_period(t, freq)).aggregate(total_events=t.events.sum())
    mask = (t[f1] == a) & (t[f2] == b)
    if both_directions:
        mask = mask | ((t[f1] == b) & (t[f2] == a))
    d = t.filter(mask)
    dy = d.group_by(period_key=_period(d, freq)).aggregate(**_measures(d))
    j = totals.left_join(dy, totals.period_key == dy.period_key)
    zero = {c: ibis.coalesce(dy[c], 0) for c in ("events", "quad1", "quad2", "quad3", "quad4")}
    return j.select(
        period_key=totals.period_key,
        total_events=totals.total_events,
        **zero,
        goldstein_sum=dy.goldstein_sum,
        goldstein_mean=dy.goldstein_mean,
    ).order_by("period_key")


def panel_expr(
    *,
    freq: str = "M",
    dedup: str = "none",
    actor_fields: Iterable[str] = ACTOR_FIELDS,
    table: ir.Table | None = None,
    dyad_months: bool = False,
) -> ir.Table:
    """Every directed dyad's measures per period (both actor fields set and different), with
    the period's total volume. Columns: ``actor1``, ``actor2``, ``period_key``, the measures and
    ``total_events``. ``dyad_months`` as in :func:`series_expr`."""
    f1, f2 = _check(freq, dedup, actor_fields)
    t = _base(dedup, f1, f2, table, dyad_months)
    totals = t.group_by(period_key=_period(t, freq)).aggregate(total_events=t.events.sum())
    d = t.filter(t[f1].notnull() & t[f2].notnull() & (t[f1] != t[f2]))
    agg = d.group_by(actor1=d[f1], actor2=d[f2], period_key=_period(d, freq)).aggregate(**_measures(d))
    return agg.join(totals, "period_key")


@functools.lru_cache(maxsize=64)  # Ibis expressions compare and hash by structure
def to_sql(expr: ir.Table, dialect: str) -> str:
    """The expression as SQL for ``dialect`` (``duckdb``, ``pyspark``, ``bigquery``, ...)."""
    import ibis

    if dialect == "pyspark":
        # compiling needs no Spark: give the compiler the option its backend would set on connect
        from ibis import config, options

        if getattr(options, "pyspark", None) is None:

            class _SparkOptions(config.Config):
                treat_nan_as_null: bool = False

            options.pyspark = _SparkOptions()
    return str(ibis.to_sql(expr, dialect=dialect))


# ------------------------------------------------------------------------------------------
# engines
# ------------------------------------------------------------------------------------------
@functools.cache
def _duckdb() -> duckdb.DuckDBPyConnection:
    """One in-memory DuckDB database for the process; :func:`run` takes a cursor of it (opening a
    database costs 15–30 ms, a cursor nothing)."""
    import duckdb

    return duckdb.connect(":memory:")


def _table_name(expr: ir.Table) -> str:
    """The one table ``expr`` reads (``gdelt_events`` or ``gdelt_dyad_months``)."""
    import ibis.expr.operations as ops

    names = {t.name for t in expr.op().find(ops.UnboundTable)}
    if len(names) != 1:
        raise AmityError(f"expected an expression over one table, got {sorted(names)}")
    return names.pop()


def run(expr: ir.Table, paths: list[str], engine: str = "duckdb") -> pd.DataFrame:
    """Run ``expr`` over the Parquet files ``paths`` (of the table it reads: events or dyad-month
    sums) on ``engine`` and return a DataFrame."""
    if engine not in ENGINES:
        raise AmityError(f"bad --engine {engine!r}: expected one of {', '.join(ENGINES)}")
    if not paths:
        raise AmityError("no GDELT event files to read")
    if engine == "spark":
        return _run_spark(expr, paths)
    con = _duckdb().cursor()  # a connection of its own (temporary views are per connection)
    try:
        name = _table_name(expr)
        # the files' own columns only: the year=/month= folders would add columns named like GDELT's Year
        opts = "hive_partitioning = false"
        scan = events_scan(paths, opts) if name == TABLE else parquet_scan(paths, opts)
        con.execute(f"CREATE TEMP VIEW {name} AS {scan}")
        # through Arrow: faster than .df() for results of many dyads (strings), same dtypes
        rel = con.sql(to_sql(expr, "duckdb"))
        tab = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()
        return _whole_numbers_as_int64(tab).to_pandas()
    finally:
        con.close()


def _whole_numbers_as_int64(tab: pa.Table) -> pa.Table:
    """DuckDB sums BIGINTs into HUGEINTs, which reach Arrow as decimal128(38, 0) and pandas as
    Python objects (slow); the counts fit int64 (the cast raises if one did not)."""
    import pyarrow as pa

    for i, f in enumerate(tab.schema):
        if pa.types.is_decimal(f.type) and f.type.scale == 0:
            tab = tab.set_column(i, f.name, tab.column(i).cast(pa.int64()))
    return tab


def spark_session():  # noqa: ANN201 - a pyspark SparkSession
    """A Spark session: ``AMITY_SPARK_MASTER`` (e.g. ``spark://host:7077``) or ``local[2]``.

    Raises :class:`AmityError` with the reason when pyspark or Java is missing."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise AmityError("--engine spark needs pyspark: pip install 'amity[spark]' (and Java 17+)") from None
    try:
        return (
            SparkSession.builder.master(os.environ.get("AMITY_SPARK_MASTER", "local[2]"))
            .appName("amity-events")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .getOrCreate()
        )
    except Exception as exc:  # the JVM could not start (no Java)
        raise AmityError(
            f"cannot start Spark ({exc.__class__.__name__}: {str(exc)[:200]}); is Java installed?"
        ) from None


def _run_spark(expr: ir.Table, paths: list[str]) -> pd.DataFrame:
    spark = spark_session()
    name = _table_name(expr)
    shared = shared_event_files(paths) if name == TABLE else set()
    alone = [p for p in paths if p not in shared]
    frames = [spark.read.option("recursiveFileLookup", "true").parquet(*alone)] if alone else []
    if shared:  # one row per GLOBALEVENTID where files overlap (as events_scan does)
        from pyspark.sql import Window
        from pyspark.sql import functions as F  # noqa: N812 - Spark's usual name

        first = Window.partitionBy("GLOBALEVENTID").orderBy("source_id")
        dup = spark.read.parquet(*sorted(shared)).withColumn("_n", F.row_number().over(first))
        frames.append(dup.filter(dup["_n"] == 1).drop("_n"))
    df = frames[0] if len(frames) == 1 else frames[0].unionByName(frames[1], allowMissingColumns=True)
    df.createOrReplaceTempView(name)
    out = spark.sql(to_sql(expr, "pyspark")).toPandas()
    return out


# ------------------------------------------------------------------------------------------
# periods and coverage
# ------------------------------------------------------------------------------------------
def _period_bounds(key: int, freq: str) -> tuple[datetime, datetime, str]:
    if freq == "M":
        y, m = divmod(key, 100)
        end = datetime(y + (m == 12), m % 12 + 1, 1)
        return datetime(y, m, 1), end, f"{y:04d}-{m:02d}"
    if freq == "Q":
        y, q = divmod(key, 10)
        m0 = 3 * (q - 1) + 1
        end = datetime(y + (q == 4), (m0 + 3 - 1) % 12 + 1, 1)
        return datetime(y, m0, 1), end, f"{y:04d}-Q{q}"
    return datetime(key, 1, 1), datetime(key + 1, 1, 1), f"{key:04d}"


def _key_of(t: datetime, freq: str) -> int:
    if freq == "M":
        return t.year * 100 + t.month
    if freq == "Q":
        return t.year * 10 + (t.month - 1) // 3 + 1
    return t.year


def period_keys(first: datetime, last: datetime, freq: str) -> list[int]:
    """Every period key from the one holding ``first`` to the one holding ``last``."""
    keys, k = [], _key_of(first, freq)
    end = _key_of(last, freq)
    while k <= end:
        keys.append(k)
        _, nxt, _ = _period_bounds(k, freq)
        k = _key_of(nxt, freq)
    return keys


def _merge(windows: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    out: list[tuple[datetime, datetime]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def coverage_frame(files: list[dict[str, object]], keys: list[int], freq: str) -> pd.DataFrame:
    """Per period key: its label, covered share (0..1), source ids and vintages of the files whose
    publication windows fall in it."""
    wins = [
        (datetime.fromisoformat(str(f["covers_from"])), datetime.fromisoformat(str(f["covers_to"])), f)
        for f in files
        if f.get("covers_from") and f.get("covers_to")
    ]
    merged = _merge([(w[0], w[1]) for w in wins])
    rows = []
    for k in keys:
        lo, hi, label = _period_bounds(k, freq)
        covered = sum(max(0.0, (min(hi, b) - max(lo, a)).total_seconds()) for a, b in merged)
        used = [f for a, b, f in wins if a < hi and b > lo]
        vint = sorted({str(f["vintage"]) for f in used})
        rows.append(
            {
                "period_key": k,
                "period": label,
                "year": lo.year,
                "coverage_share": covered / (hi - lo).total_seconds(),
                "source_ids": ";".join(sorted({str(f["source_id"]) for f in used})),
                "vintage": (vint[0] if len(vint) == 1 else f"{vint[0]}..{vint[-1]}") if vint else "",
            }
        )
    return pd.DataFrame(rows)


def _coverage_text(share: float, freq: str) -> str:
    if share <= 0:
        return "no GDELT files loaded for this period"
    pct = f"{share:.0%}" if share < 0.995 else "100%"
    return f"GDELT files loaded for {pct} of the period (publication time)"


# ------------------------------------------------------------------------------------------
# the indicator
# ------------------------------------------------------------------------------------------
COLUMNS = [
    "period",
    "year",
    "events",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
    "goldstein_mean",
    "goldstein_sum",
    "coop_share",
    "total_events",
    "events_norm",
    "quad1_norm",
    "quad2_norm",
    "quad3_norm",
    "quad4_norm",
    "goldstein_sum_norm",
    "value",
    "unit",
    "coverage",
    "coverage_share",
    "source_ids",
    "vintage",
]


def empty_frame() -> pd.DataFrame:
    """The indicator's columns with no rows (no event data loaded)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})


def _window(dyad: Dyad, files: list[dict[str, object]]) -> tuple[datetime, datetime] | None:
    los = [datetime.fromisoformat(str(f["covers_from"])) for f in files if f.get("covers_from")]
    his = [
        datetime.fromisoformat(str(f["covers_to"])) - timedelta(seconds=1)
        for f in files
        if f.get("covers_to")
    ]
    lo = datetime(dyad.start, 1, 1) if dyad.start is not None else (min(los) if los else None)
    hi = datetime(dyad.end, 12, 31) if dyad.end is not None else (max(his) if his else None)
    if lo is None or hi is None or lo > hi:
        return None
    return lo, hi


@indicator("events", strand="events", unit="events", directed=True, needs=("gdelt",),
           load="amity data import gdelt FILE...")
def events(
    dyad: Dyad,
    *,
    exclude_sources: frozenset[str] = frozenset(),
    freq: str = "M",
    dedup: str = "none",
    both_directions: bool = False,
    actor_fields: Iterable[str] = ACTOR_FIELDS,
    engine: str = "duckdb",
) -> pd.DataFrame:
    """News-coded events A→B per period (GDELT): counts by CAMEO quad class, Goldstein mean and sum.

    ``freq`` M, Q or Y; ``dedup`` none, url (same actors and source URL) or actors-day (same actor
    codes, event code and day); ``both_directions`` counts B→A too; ``actor_fields`` the two columns
    naming the sides (default Actor1CountryCode, Actor2CountryCode); ``engine`` duckdb or spark.
    Periods without loaded files are NA. See the module docstring for the columns.
    """
    from amity.sources.gdelt import dyad_month_paths, loaded_files

    fields = tuple(actor_fields)
    _check(freq, dedup, fields)
    files = loaded_files(dyad.store, frozenset(exclude_sources))
    if not files:
        return empty_frame()
    win = _window(dyad, files)
    if win is None:
        return empty_frame()
    a, b = dyad.a.cameo or dyad.a.code, dyad.b.cameo or dyad.b.code
    paths = [p for f in files for p in f["paths"]]  # type: ignore[union-attr]
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        raise AmityError(f"GDELT event file {missing[0]} is missing; import the source files again")
    # the dyad-month sums where they answer the question and sum exactly these files
    sums = dyad_month_paths(dyad.store, files) if dedup == "none" and fields == ACTOR_FIELDS else None
    expr = series_expr(
        a, b, freq=freq, dedup=dedup, both_directions=both_directions, actor_fields=fields, dyad_months=bool(sums)
    )
    agg = run(expr, sums or paths, engine)
    keys = period_keys(win[0], win[1], freq)
    cov = coverage_frame(files, keys, freq)
    out = cov.merge(agg, on="period_key", how="left")
    covered = out["coverage_share"] > 0
    for c in ["events", "quad1", "quad2", "quad3", "quad4", "total_events"]:
        out[c] = pd.to_numeric(out[c], errors="coerce").fillna(0).astype("Int64").where(covered, pd.NA)
    gsum = pd.to_numeric(out["goldstein_sum"], errors="coerce").astype("Float64")
    out["goldstein_sum"] = gsum.fillna(0.0).where(covered, pd.NA)
    out["goldstein_mean"] = (
        pd.to_numeric(out["goldstein_mean"], errors="coerce")
        .astype("Float64")
        .where(covered & (out["events"] > 0), pd.NA)
    )
    ev = out["events"].astype("Float64")
    tot = out["total_events"].astype("Float64").where(lambda s: s > 0, pd.NA)
    out["coop_share"] = (out["quad1"] + out["quad2"]).astype("Float64") / ev.where(ev > 0, pd.NA)
    out["events_norm"] = ev / tot
    for i in (1, 2, 3, 4):
        out[f"quad{i}_norm"] = out[f"quad{i}"].astype("Float64") / tot
    out["goldstein_sum_norm"] = out["goldstein_sum"] / tot
    out["value"] = out["events"]
    out["unit"] = "events"
    out["coverage"] = [_coverage_text(s, freq) for s in out["coverage_share"]]
    out["year"] = out["year"].astype("int64")
    return out[COLUMNS].reset_index(drop=True)
