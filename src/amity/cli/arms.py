"""``amity arms ...``: SIPRI arms deals and deliveries for a supplier → recipient pair;
``fetch_command`` is ``amity data fetch sipri``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import typer
from rich.console import Console

from amity.cli.options import CsvOpt, FromOpt, HomeOpt, JsonOpt, ToOpt, check_years, store_path
from amity.cli.output import emit, fmt_of
from amity.dyad import Dyad
from amity.errors import AmityError
from amity.indicators.arms_sipri import DEAL_COLUMNS
from amity.sources import sipri
from amity.store import Store

app = typer.Typer(help="SIPRI arms transfers: deals and yearly deliveries (supplier → recipient).",
                  no_args_is_help=True)

#: the columns `amity arms deals` prints: the register's deal columns, then coverage and sources
DEAL_OUT = [*DEAL_COLUMNS, "coverage", "source_ids"]


def _dyad(supplier: str, recipient: str, start: int | None, end: int | None, home: Path | None):  # noqa: ANN202
    check_years(start, end)
    return Dyad(supplier, recipient, start=start, end=end, store=store_path(home))


def deals_frame(supplier: str, recipient: str, *, start: int | None = None, end: int | None = None,
                home: Path | None = None, with_predecessor: bool = False) -> pd.DataFrame:
    """The deal list ``amity arms deals`` prints (SIPRI register; uncertainty flags included)."""

    d = _dyad(supplier, recipient, start, end, home)
    df = d.arms_deals(with_predecessor=with_predecessor)
    if df.empty and df.columns.size and not d.store.has_table("arms_deals"):
        raise AmityError("no SIPRI register loaded: run `amity data import sipri FILE` or "
                         "`amity data fetch sipri`")
    return df[[c for c in DEAL_OUT if c in df.columns]]


def deliveries_frame(supplier: str, recipient: str, *, start: int | None = None, end: int | None = None,
                     home: Path | None = None, with_predecessor: bool = False) -> pd.DataFrame:
    """Yearly deliveries (SIPRI TIV millions) with the 5-year mean, as ``amity arms deliveries`` prints them."""

    d = _dyad(supplier, recipient, start, end, home)
    df = d.deliveries_tiv(with_predecessor=with_predecessor)
    if df.empty:
        raise AmityError("no SIPRI register covering this pair is loaded: run `amity data import sipri FILE` "
                         "or `amity data fetch sipri`")
    ma = d.deliveries_tiv_ma5(with_predecessor=with_predecessor).set_index("year")["value"]
    df = df.assign(ma5=df["year"].map(ma).astype("Float64"))
    return df[["year", "value", "ma5", "includes_lt_half", "unit", "coverage", "source_ids"]]


@app.command("deals")
def deals(
    supplier: str = typer.Argument(..., help="Supplier (ISO3, COW code or name), e.g. RUS."),
    recipient: str = typer.Argument(..., help="Recipient, e.g. CHN."),
    start: int | None = typer.Option(None, "--from", help="First year (order or delivery)."),
    end: int | None = typer.Option(None, "--to", help="Last year of order."),
    with_predecessor: bool = typer.Option(False, "--with-predecessor",
                                          help="Include deals of predecessor states (Soviet Union for Russia)."),
    as_json: bool = JsonOpt, as_csv: bool = CsvOpt,
    home: Path | None = HomeOpt,
) -> None:
    """Deals SUPPLIER → RECIPIENT in the SIPRI register, one row per deal, with SIPRI's uncertainty flags."""
    fmt = fmt_of(as_json, as_csv)
    emit(deals_frame(supplier, recipient, start=start, end=end, home=home, with_predecessor=with_predecessor),
         fmt, title=f"SIPRI deals {supplier} → {recipient}")


@app.command("deliveries")
def deliveries(
    supplier: str = typer.Argument(..., help="Supplier, e.g. RUS."),
    recipient: str = typer.Argument(..., help="Recipient, e.g. CHN."),
    start: int | None = FromOpt,
    end: int | None = ToOpt,
    with_predecessor: bool = typer.Option(False, "--with-predecessor",
                                          help="Add Soviet Union deliveries before 1992 (for Russia)."),
    as_json: bool = JsonOpt, as_csv: bool = CsvOpt,
    home: Path | None = HomeOpt,
) -> None:
    """SIPRI TIV (millions) delivered SUPPLIER → RECIPIENT per year, with the trailing 5-year mean."""
    fmt = fmt_of(as_json, as_csv)
    emit(deliveries_frame(supplier, recipient, start=start, end=end, home=home, with_predecessor=with_predecessor),
         fmt, title=f"SIPRI deliveries {supplier} → {recipient}")


def fetch_command(
    supplier: str | None = typer.Option(None, "--supplier", help="Only deals of this supplier, e.g. RUS."),
    recipient: str | None = typer.Option(None, "--recipient", help="Only deals of this recipient, e.g. CHN."),
    start: int | None = typer.Option(None, "--from", help="First delivery year (default 1950)."),
    end: int | None = typer.Option(None, "--to", help="Last delivery year (default last year)."),
    base_url: str = typer.Option("https://atbackend.sipri.org/api/p", "--base-url",
                                 help="SIPRI portal backend (as armstransfers.sipri.org calls it)."),
    cache_dir: Path | None = typer.Option(None, "--cache-dir",
                                          help="Download cache (default $AMITY_HOME/cache/sipri)."),
    pause: float = typer.Option(1.0, "--pause", help="Seconds between requests."),
    no_tiv: bool = typer.Option(False, "--no-tiv-tables", help="Only the trade register."),
    home: Path | None = HomeOpt,
) -> None:
    """Download a SIPRI trade register and the TIV tables (cached, resumable) and import them."""
    err = Console(stderr=True)
    with Store(store_path(home)) as st:
        results = sipri.fetch(st, supplier=supplier, recipient=recipient, start=start, end=end, base_url=base_url,
                              cache_dir=cache_dir, pause=pause, tiv_tables=not no_tiv)
    for r in results:
        if r.created:
            err.print(f"[green]imported[/] {r.file_name}: {r.rows:,} rows as {r.source_id}")
        else:
            err.print(f"unchanged {r.file_name}: already imported as {r.source_id}")
