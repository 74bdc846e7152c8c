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
    source: str = typer.Option("amity", "--source",
                               help="amity (amity's own dynamic ordinal estimates from the loaded votes), bsv "
                                    "(the published Bailey-Strezhnev-Voeten estimates, `amity data import "
                                    "idealpoints`) or both (side by side)."),
    n_boot: int = typer.Option(0, "--boot", help="amity: bootstrap replicates for the uncertainty (0: the "
                                                 "model's posterior sd)."),
    as_json: bool = JsonOpt, as_csv: bool = CsvOpt, home: Path | None = HomeOpt,
) -> None:
    """Ideal points per state and session (one dimension) with se and a 90% band.

    amity's are in sd units over all state-sessions (USA positive); BSV's on their own published scale,
    with their posterior 5%-95% quantiles as the band."""
    from amity.errors import AmityError
    from amity.indicators.votes import (
        BSV_LOAD_HINT,
        LOAD_HINT,
        ideal_points_all,
        loaded,
        published_ideal_points,
        source_ids,
    )
    from amity.states import lookup
    from amity.store import Store

    fmt = fmt_of(as_json, as_csv)
    check_years(start, end)
    if source not in ("amity", "bsv", "both"):
        raise AmityError(f"--source must be amity, bsv or both, got {source!r}")
    if n_boot < 0:
        raise AmityError(f"--boot must be 0 or more, got {n_boot}")
    cows = [lookup(s).cow for s in states] if states else None
    frames = []
    with Store(store_path(home), read_only=True) as st:
        if source in ("amity", "both"):
            if not loaded(st):
                raise AmityError(f"no UN General Assembly votes loaded; load them with: {LOAD_HINT}")
            ours = ideal_points_all(st, n_boot=n_boot).assign(source_ids=";".join(source_ids(st)), estimate="amity")
            frames.append(ours)
        if source in ("bsv", "both"):
            bsv = published_ideal_points(st)
            if bsv.empty:
                raise AmityError(f"no published BSV ideal points loaded; load them with: {BSV_LOAD_HINT}")
            frames.append(bsv.assign(estimate="bsv"))
    if source == "both":
        keys = ["cow", "iso3", "session", "year"]
        cols = ["theta", "se", "lo", "hi", "n_votes", "source_ids"]
        a = frames[0][keys + cols].astype({"year": "int64"})
        b = frames[1][keys + cols].astype({"session": "int64", "year": "int64"})
        df = a.merge(b, on=["cow", "session"], how="outer", suffixes=("_amity", "_bsv"))
        df["iso3"] = df.pop("iso3_amity").fillna(df.pop("iso3_bsv"))
        df["year"] = df.pop("year_amity").fillna(df.pop("year_bsv"))
        df = df[["cow", "iso3", "session", "year", *[c for c in df.columns if c.endswith(("_amity", "_bsv"))]]]
    else:
        df = frames[0]
    if cows is not None:
        df = df[df["cow"].isin(cows)]
    if start is not None:
        df = df[df["year"] >= start]
    if end is not None:
        df = df[df["year"] <= end]
    df = df.sort_values(["iso3", "session"])
    emit(df.reset_index(drop=True), fmt, title=f"UNGA ideal points ({source})")


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
    # the terminal table leaves out the long text columns (quote, source ids); --json/--csv keep every column
    drop = ["value", "unit"] + (["quote", "source_ids", "by_a", "by_b"] if fmt == "table" else [])
    emit(df.drop(columns=[c for c in drop if c in df.columns]) if not df.empty else pd.DataFrame(columns=df.columns),
         fmt, title=f"Security Council vetoes by {d.a.code} or {d.b.code}")


def _fetch(kind: str, urls: list[str] | None, cache_dir: Path | None, pause: float, home: Path | None) -> None:
    from rich.console import Console

    from amity.sources import unfetch
    from amity.store import Store

    err = Console(stderr=True)
    with Store(store_path(home)) as st:
        results = unfetch.fetch(st, kind, urls=urls or None, cache_dir=cache_dir, pause=pause)
    for r in results:
        if r.created:
            err.print(f"[green]imported[/] {r.file_name}: {r.rows:,} rows as {r.source_id}")
        else:
            err.print(f"unchanged {r.file_name}: already imported as {r.source_id}")


def _cache_dir_opt(kind: str) -> typer.models.OptionInfo:
    return typer.Option(None, "--cache-dir", help=f"Download cache (default $AMITY_HOME/downloads/{kind}).")


_PauseOpt = typer.Option(1.0, "--pause", help="Seconds between requests.")


def fetch_unga_command(
    url: list[str] = typer.Option(None, "--url", help="File address(es) to download instead of the unvotes "
                                                       "files (e.g. the UN Digital Library bulk CSV)."),
    cache_dir: Path | None = _cache_dir_opt("unga"), pause: float = _PauseOpt, home: Path | None = HomeOpt,
) -> None:
    """Download UN General Assembly votes (cached with date and sha256, resumable) and import them."""
    _fetch("unga", url, cache_dir, pause, home)


def fetch_idealpoints_command(
    url: list[str] = typer.Option(None, "--url", help="Address(es) of the BSV release files (Dataverse "
                                                       "access links)."),
    cache_dir: Path | None = _cache_dir_opt("idealpoints"), pause: float = _PauseOpt, home: Path | None = HomeOpt,
) -> None:
    """Download the published Bailey-Strezhnev-Voeten ideal points and import them."""
    _fetch("idealpoints", url, cache_dir, pause, home)
