"""``amity panel``: a dyad-year panel of all states with the loaded strands joined, written to
CSV, Parquet, Stata or R, with a codebook and a BibTeX file beside it."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from amity.cli.options import HomeOpt, check_years, store_path
from amity.errors import AmityError

err = Console(stderr=True)


def panel(
    out: Path = typer.Option(..., "--out", "-o", help="Output file: .csv, .parquet, .dta (Stata) or .rds (R)."),
    add: str = typer.Option("arms,votes,vetoes,exercises,alliance,capabilities", "--add",
                            help="Strands to join, comma-separated: arms, votes, vetoes, exercises, alliance, "
                                 "capabilities."),
    directed: bool = typer.Option(False, "--directed", help="Both orders of every pair (default: code1 < code2)."),
    start: int | None = typer.Option(None, "--from", help="First year (default 1946)."),
    end: int | None = typer.Option(None, "--to", help="Last year (default: the last year the data covers)."),
    system: str = typer.Option("cow", "--system", help="State codes: cow (Correlates of War) or gw "
                                                        "(Gleditsch-Ward)."),
    home: Path | None = HomeOpt,
) -> None:
    """Write a dyad-year panel of all states (NA outside each source's coverage, never 0)."""
    from amity import panel as p  # deferred: panels load pyarrow and the writers only when used

    check_years(start, end)
    if out.suffix.lower().lstrip(".") not in p.FORMATS:
        raise AmityError(f"bad --out {out.name}: expected a .csv, .parquet, .dta or .rds file")
    strands = [s.strip() for s in add.split(",") if s.strip()]
    store = store_path(home)
    df = p.build(store, start=start, end=end, directed=directed, system=system.lower(), add=strands)
    for note in df.attrs.get("not_loaded", []):
        err.print(f"amity: {note}", markup=False, highlight=False)
    paths = p.write(df, out)
    years = f"{int(df['year'].min())}–{int(df['year'].max())}" if len(df) else "no years"
    err.print(f"wrote {paths[0]} ({len(df):,} dyad-years, {years}); codebook {paths[1].name}; "
              f"citations {paths[2].name}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``amity panel`` to the main app."""
    app.command(name="panel")(panel)
