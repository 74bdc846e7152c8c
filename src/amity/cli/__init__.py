"""The ``amity`` command line: a thin layer over the Python API.

Exit codes: 0 success; 1 a check failed where asked to fail; 2 bad usage or bad input (one line on
stderr naming the file, line and field).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import typer
from rich.console import Console

from amity import context
from amity import indicators as ind
from amity.cli import claims, data
from amity.cli.options import CsvOpt, FromOpt, HomeOpt, JsonOpt, ToOpt, check_years, store_path
from amity.cli.output import emit, fmt_of
from amity.dyad import Dyad
from amity.errors import AmityError
from amity.states import search

app = typer.Typer(
    name="amity",
    help="Measure security cooperation between states, with the evidence behind every number.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(data.app, name="data")

from amity.cli import arms as _arms  # noqa: E402 - SIPRI arms transfers

app.add_typer(_arms.app, name="arms")
data.fetch_app.command("sipri")(_arms.fetch_command)
app.add_typer(claims.app, name="claims")

from amity.cli import events as _events  # noqa: E402 - GDELT commands

app.command("events")(_events.events_command)
data.fetch_app.command("gdelt")(_events.fetch_command)

from amity.cli import serve as _serve  # noqa: E402 - the web dashboard

app.command("serve")(_serve.serve)

from amity.cli import panel as _panel  # noqa: E402 - dyad-year panels

_panel.register(app)

from amity.cli import compare as _compare  # noqa: E402 - pairs in context

_compare.register(app)

from amity.cli import votes as _votes  # noqa: E402 - UNGA votes and UNSC vetoes

app.add_typer(_votes.app, name="votes")
data.fetch_app.command("unga")(_votes.fetch_unga_command)
data.fetch_app.command("idealpoints")(_votes.fetch_idealpoints_command)
err = Console(stderr=True)


@app.command()
def report(
    a: str = typer.Argument(..., help="First state (ISO3, COW code or name), e.g. CHN."),
    b: str = typer.Argument(..., help="Second state, e.g. RUS."),
    start: int | None = FromOpt,
    end: int | None = ToOpt,
    out: Path | None = typer.Option(None, "--out", "-o", help="Output file (default amity-report-A-B.html)."),
    fmt: str | None = typer.Option(
        None, "--format", help="html, md or pdf (default: from --out, else html; pdf needs Chromium)."),
    compare: list[str] = typer.Option(None, "--compare", help="Reference pairs to set the pair beside, as A-B "
                                      "(repeatable; default: the documented set, see docs/context.md)."),
    home: Path | None = HomeOpt,
) -> None:
    """Write a self-contained report on a pair of states (opens offline)."""
    check_years(start, end)
    refs = [context.parse_pair(p) for raw in compare for p in raw.split(",") if p.strip()] if compare else None
    d = Dyad(a, b, start=start, end=end, store=store_path(home))
    path = d.report(out, fmt, compare=refs)
    err.print(f"wrote {path}")


@app.command()
def indicators(
    a: str = typer.Argument(...), b: str = typer.Argument(...),
    name: list[str] = typer.Option(None, "--name", "-n", help="Indicator(s) to compute (default: all)."),
    start: int | None = FromOpt, end: int | None = ToOpt,
    as_json: bool = JsonOpt, as_csv: bool = CsvOpt,
    home: Path | None = HomeOpt,
) -> None:
    """Compute indicators for a pair (long table: indicator, year, value, unit, coverage, source_ids)."""
    check_years(start, end)
    fmt = fmt_of(as_json, as_csv)
    d = Dyad(a, b, start=start, end=end, store=store_path(home))
    names = name or sorted(ind.registry())
    out = ind.long_table((n, d.indicator(n)) for n in names)
    emit(out, fmt, title=f"Indicators {d.a.code}–{d.b.code}")


@app.command()
def states(query: str = typer.Argument(..., help="Name or code to search for."),
           as_json: bool = typer.Option(False, "--json")) -> None:
    """Search the state table (names and codes the sources use)."""
    rows = [{"code": s.code, "name": s.name, "cow": s.cow, "gw": s.gw, "iso3": s.iso3, "cameo": s.cameo,
             "sipri_names": ";".join(s.sipri_names), "start_year": s.start_year, "end_year": s.end_year}
            for s in search(query)]
    if not rows:
        raise AmityError(f"no state matches {query!r}")
    emit(pd.DataFrame(rows), "json" if as_json else "table")


def main() -> None:
    """Console entry point: run the app, turning amity errors into one line and exit code 2.

    Usage errors (unknown option, missing argument) are Click's and also exit 2."""
    try:
        app()
    except AmityError as exc:
        err.print(f"amity: error: {exc}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(2)
