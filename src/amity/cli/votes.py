"""``amity votes ...``: UN General Assembly vote agreement and ideal points; Security Council vetoes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import typer

from amity.cli.options import CsvOpt, FromOpt, HomeOpt, JsonOpt, ToOpt, check_years, store_path
from amity.cli.output import emit, fmt_of

app = typer.Typer(help="UN General Assembly votes (agreement, ideal points) and Security Council vetoes.",
                  no_args_is_help=True)


def _dyad(a: str, b: str, start: int | None, end: int | None, home: Path | None):  # noqa: ANN202
    from amity.dyad import Dyad

    check_years(start, end)
    return Dyad(a, b, start=start, end=end, store=store_path(home))


def _need_votes(d) -> None:  # noqa: ANN001
    from amity.errors import AmityError
    from amity.indicators.votes import LOAD_HINT, loaded

    if not loaded(d.store):
        raise AmityError(f"no UN General Assembly votes loaded; load them with: {LOAD_HINT}")


@app.command("agreement")
def agreement(
    a: str = typer.Argument(..., help="First state (ISO3, COW code or name), e.g. CHN."),
    b: str = typer.Argument(..., help="Second state, e.g. RUS."),
    by: str = typer.Option("year", "--by", help="year or session."),
    issue: str | None = typer.Option(None, "--issue", help="Issue area: me, nu, di, hr, co or ec."),
    start: int | None = FromOpt, end: int | None = ToOpt,
    as_json: bool = JsonOpt, as_csv: bool = CsvOpt, home: Path | None = HomeOpt,
) -> None:
    """Agreement of A and B in UN General Assembly roll calls per year or session.

    Columns: year, [session], agreement (yes 1, abstain 0.5, no 0), kappa, pi, s_score, n_votes,
    coverage, source_ids. Years without shared votes are NA."""
    fmt = fmt_of(as_json, as_csv)
    d = _dyad(a, b, start, end, home)
    _need_votes(d)
    df = d.vote_agreement(by=by, issue=issue)
    lead = ["year", "session"] if by == "session" else ["year"]
    cols = lead + ["agreement", "kappa", "pi", "s_score", "n_votes", "coverage", "source_ids"]
    emit(df[cols], fmt, title=f"UNGA vote agreement {d.a.code}–{d.b.code}")


@app.command("ideal-points")
def ideal_points(
    states: list[str] = typer.Argument(None, help="States to show (default: all)."),
    start: int | None = FromOpt, end: int | None = ToOpt,
    n_boot: int = typer.Option(20, "--boot", help="Bootstrap replicates for the uncertainty (0: none)."),
    as_json: bool = JsonOpt, as_csv: bool = CsvOpt, home: Path | None = HomeOpt,
) -> None:
    """Ideal points per state and session (one dimension, USA positive) with bootstrap se and 90% band."""
    from amity.errors import AmityError
    from amity.indicators.votes import LOAD_HINT, ideal_points_all, loaded, source_ids
    from amity.states import lookup
    from amity.store import Store

    fmt = fmt_of(as_json, as_csv)
    if n_boot < 0:
        raise AmityError(f"--boot must be 0 or more, got {n_boot}")
    with Store(store_path(home), read_only=True) as st:
        if not loaded(st):
            raise AmityError(f"no UN General Assembly votes loaded; load them with: {LOAD_HINT}")
        df = ideal_points_all(st, n_boot=n_boot)
        ids = ";".join(source_ids(st))
    if states:
        cows = [lookup(s).cow for s in states]
        df = df[df["cow"].isin(cows)]
    if start is not None:
        df = df[df["year"] >= start]
    if end is not None:
        df = df[df["year"] <= end]
    df = df.assign(source_ids=ids).sort_values(["iso3", "session"])
    emit(df.reset_index(drop=True), fmt, title="UNGA ideal points")


@app.command("vetoes")
def vetoes(
    a: str = typer.Argument(...), b: str = typer.Argument(...),
    per_year: bool = typer.Option(False, "--per-year", help="Counts per year (each state and double vetoes)."),
    start: int | None = FromOpt, end: int | None = ToOpt,
    as_json: bool = JsonOpt, as_csv: bool = CsvOpt, home: Path | None = HomeOpt,
) -> None:
    """Security Council drafts vetoed by A or B (or, with --per-year, counts per year)."""
    fmt = fmt_of(as_json, as_csv)
    d = _dyad(a, b, start, end, home)
    if per_year:
        pv = d.vetoes_per_year()
        wide = pv.pivot(index="year", columns="member", values="value").reset_index()
        wide.columns.name = None
        dbl = d.double_vetoes()[["year", "value", "coverage", "source_ids"]].rename(columns={"value": "double"})
        out = wide.merge(dbl, on="year", how="left")
        emit(out, fmt, title=f"Security Council vetoes per year, {d.a.code} and {d.b.code}")
        return
    df = d.vetoes()
    emit(df.drop(columns=["value", "unit"]) if not df.empty else pd.DataFrame(columns=df.columns), fmt,
         title=f"Security Council vetoes by {d.a.code} or {d.b.code}")
