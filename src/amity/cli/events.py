"""``amity events A B`` (GDELT event series of a pair) and ``amity data fetch gdelt``.

Both are plain functions with Typer annotations, registered by :mod:`amity.cli`:
``app.command("events")(events_command)`` and ``fetch_app.command("gdelt")(fetch_command)``.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from amity.cli.options import CsvOpt, FromOpt, HomeOpt, JsonOpt, ToOpt, check_years, store_path
from amity.cli.output import emit, fmt_of
from amity.dyad import Dyad
from amity.errors import AmityError
from amity.indicators import events as ev
from amity.sources import gdelt
from amity.store import Store

err = Console(stderr=True)


def events_command(
    a: str = typer.Argument(..., help="First state (actor 1), e.g. CHN."),
    b: str = typer.Argument(..., help="Second state (actor 2), e.g. RUS."),
    freq: str = typer.Option("M", "--freq", help="Period: M (YYYY-MM), Q (YYYY-Qn) or Y (YYYY)."),
    both_directions: bool = typer.Option(False, "--both-directions", help="Count B→A events too."),
    dedup: str = typer.Option(
        "none",
        "--dedup",
        help="none; url (same actors and source URL); actors-day (same actor codes, event code and day).",
    ),
    actor_fields: str = typer.Option(
        "Actor1CountryCode,Actor2CountryCode",
        "--actor-fields",
        help="The two columns naming the sides, comma-separated.",
    ),
    engine: str = typer.Option(
        "duckdb", "--engine", help="duckdb (default) or spark (needs pyspark and Java)."
    ),
    sql: str | None = typer.Option(
        None, "--sql", help="Print the query for an engine (duckdb, pyspark, bigquery) instead of running it."
    ),
    start: int | None = FromOpt,
    end: int | None = ToOpt,
    as_json: bool = JsonOpt,
    as_csv: bool = CsvOpt,
    home: Path | None = HomeOpt,
) -> None:
    """News-coded events between two states per period (GDELT), NA where no files are loaded."""

    fields = tuple(f.strip() for f in actor_fields.split(","))
    if len(fields) != 2:
        raise AmityError(
            f"bad --actor-fields {actor_fields!r}: expected two column names separated by a comma"
        )
    fmt = fmt_of(as_json, as_csv)
    check_years(start, end)
    d = Dyad(a, b, start=start, end=end, store=store_path(home))
    if sql:
        table = ev.events_table("events", ("gdelt-bq", "gdeltv2")) if sql == "bigquery" else None
        expr = ev.series_expr(
            d.a.cameo or d.a.code,
            d.b.cameo or d.b.code,
            freq=freq,
            dedup=dedup,
            both_directions=both_directions,
            actor_fields=fields,
            table=table,
        )
        typer.echo(ev.to_sql(expr, sql))
        return
    df = d.events(freq=freq, dedup=dedup, both_directions=both_directions, actor_fields=fields, engine=engine)
    if df.empty:
        raise AmityError(
            "no GDELT event data loaded: run `amity data fetch gdelt --from 2015-02-18 --to "
            "2015-02-28` or `amity data import gdelt FILE...`"
        )
    arrow = "↔" if both_directions else "→"
    title = f"GDELT events {d.a.code}{arrow}{d.b.code} ({freq}, dedup {dedup})"
    if fmt == "table":  # the main columns, rounded; --csv and --json give them all, unrounded
        df = df.drop(columns=TABLE_DROPS)
        for c in ("goldstein_mean", "goldstein_sum", "coop_share"):
            df[c] = df[c].round(2)
        df["events_norm"] = df["events_norm"].round(6)
        df["coverage_share"] = (100 * df["coverage_share"]).round(1).astype(str) + " %"
        title += "; all columns with --csv or --json"
    emit(df, fmt, title=title)


#: columns left out of the table view (the year is in the period; norms, provenance in --csv/--json)
TABLE_DROPS = ["year", "value", "unit", "coverage", "source_ids", "goldstein_sum_norm"] + [
    f"quad{i}_norm" for i in (1, 2, 3, 4)
]


def fetch_command(
    start: str = typer.Option(..., "--from", help="First publication day, YYYY-MM-DD."),
    end: str = typer.Option(..., "--to", help="Last publication day, YYYY-MM-DD."),
    version: str = typer.Option(
        "2", "--version", help="GDELT 2 (15-minute files, from 2015-02-18) or 1 (daily)."
    ),
    workers: int = typer.Option(4, "--workers", help="Parallel downloads (at most 8)."),
    no_import: bool = typer.Option(False, "--no-import", help="Only download the raw files."),
    mirror: str | None = typer.Option(
        None, "--mirror", help="Base URL of a GDELT mirror (default http://data.gdeltproject.org/)."
    ),
    home: Path | None = HomeOpt,
) -> None:
    """Download GDELT event exports (checksums checked, resumable) and import them."""

    dest = (home / "gdelt" / "raw" / f"v{version}") if home else None
    paths = gdelt.fetch(
        start, end, version=version, dest=dest, base_url=mirror, workers=workers, progress=err.is_terminal
    )
    err.print(f"downloaded {len(paths)} GDELT {version}.0 event files")
    if no_import:
        return
    with Store(store_path(home)) as st:
        results = gdelt.import_files(st, paths, report=lambda s: err.print(s, markup=False))
    new = [r for r in results if r.created]
    err.print(
        f"imported {len(new)} files, {sum(r.rows for r in new):,} events; "
        f"{len(results) - len(new)} already imported"
    )
