"""Report section: news-coded events between the two states (GDELT), when event data is loaded."""

from __future__ import annotations

import altair as alt
import pandas as pd

from amity.report.base import ReportContext, Section, figure, join, not_loaded, paragraph, table

TITLE = "News-coded events (GDELT)"
QUADS = {
    "quad1": "Verbal cooperation",
    "quad2": "Material cooperation",
    "quad3": "Verbal conflict",
    "quad4": "Material conflict",
}


def _caption(what: str, df: pd.DataFrame, ctx: ReportContext) -> str:
    ids = sorted({s for v in df["source_ids"] for s in str(v).split(";") if s})
    vint = sorted({v for x in df["vintage"] for v in str(x).split("..") if v})
    when = f"{vint[0]} to {vint[-1]}" if len(vint) > 1 else (vint[0] if vint else "?")
    return (
        f"{what}. Source: GDELT Event Database, {len(ids)} file(s) published {when} "
        f"(The GDELT Project); events dated by SQLDATE, Actor1CountryCode → Actor2CountryCode."
    )


def section(ctx: ReportContext) -> Section:
    """The events section: monthly counts by quad class and the cooperation share, or how to load."""
    d = ctx.dyad
    df = d.events(freq="M", both_directions=True)
    if ctx.start is not None or ctx.end is not None:
        lo, hi = ctx.start or -(10**6), ctx.end or 10**6
        df = df[(df["year"] >= lo) & (df["year"] <= hi)]
    if df.empty or df["events"].notna().sum() == 0:
        h, m = not_loaded(
            "GDELT event data",
            [
                "amity data fetch gdelt --from 2015-02-18 --to 2015-03-31",
                "amity data import gdelt 20150218.export.CSV.zip 20150218230000.export.CSV.zip",
            ],
        )
        return Section("events", TITLE, h, m)
    covered = df[df["events"].notna()]
    long = covered.melt(id_vars=["period"], value_vars=list(QUADS), var_name="quad", value_name="n")
    long["quad"] = long["quad"].map(QUADS)
    long["n"] = long["n"].astype("float64")
    chart = (
        alt.Chart(long)
        .mark_bar()
        .encode(
            x=alt.X("period:O", title="Month"),
            y=alt.Y("n:Q", title="Events (both directions)"),
            color=alt.Color("quad:N", title="CAMEO quad class", sort=list(QUADS.values())),
            tooltip=["period", "quad", "n"],
        )
        .properties(width=560, height=220, title=f"GDELT events {d.a.code}↔{d.b.code} per month")
    )
    parts = [
        figure(
            chart,
            _caption(f"Events between {d.a.name} and {d.b.name} per month by quad class", covered, ctx),
            ctx,
        )
    ]
    share = covered.assign(
        coop_share=covered["coop_share"].astype("float64"),
        events_norm=covered["events_norm"].astype("float64") * 1000,
    )
    line = (
        alt.Chart(share.dropna(subset=["coop_share"]))
        .mark_line(point=True)
        .encode(
            x=alt.X("period:O", title="Month"),
            y=alt.Y("coop_share:Q", title="Cooperation share", scale=alt.Scale(domain=[0, 1])),
            tooltip=["period", "coop_share", "events_norm"],
        )
        .properties(width=560, height=160, title="Share of cooperative events (quad classes 1–2)")
    )
    parts.append(
        figure(line, _caption("Cooperative share of the pair's events per month", covered, ctx), ctx)
    )
    cols = {
        "period": "Month",
        "events": "Events",
        "quad1": "Verbal coop.",
        "quad2": "Material coop.",
        "quad3": "Verbal confl.",
        "quad4": "Material confl.",
        "goldstein_mean": "Goldstein mean",
        "coop_share": "Coop. share",
        "events_norm": "Share of all events",
        "coverage": "Coverage",
    }
    parts.append(
        table(df, "GDELT events per month, both directions (NA: no files loaded for the month).", ctx, cols)
    )
    total = int(covered["events"].sum())
    coop = (covered["quad1"].sum() + covered["quad2"].sum()) / total if total else float("nan")
    lead = (
        f"{total:,} news-coded events between {d.a.name} and {d.b.name} in "
        f"{len(covered)} month(s) with loaded GDELT files"
        + (f"; {coop:.0%} of them cooperative (quad classes 1–2)." if total else ".")
    )
    body = join([paragraph(lead), *parts])
    first, last = covered["period"].iloc[0], covered["period"].iloc[-1]
    kf = {"GDELT events (both directions)": f"{total:,} in {first}–{last}"}
    return Section("events", TITLE, body[0], body[1], kf)
