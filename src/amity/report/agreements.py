"""Report sections: agreements and mechanisms; meetings, calls and statements (political coordination),
to the present — timelines, per-year counts by kind, tables, and which claim verdicts the fuller record
changed."""

from __future__ import annotations

import altair as alt
import pandas as pd

from amity.report.base import ReportContext, Section, figure, join, paragraph, table
from amity.report.exercises import AGREEMENT_INDICATORS, cited_sources, no_records, recheck_parts, year_bars

COLS = {"year": "Year", "year_end": "To", "date": "Date", "title": "Title", "kind": "Kind", "venue": "Venue",
        "framework": "Framework", "description": "What the source says", "source_ids": "Sources",
        "locator": "Locator", "quote": "Quote"}


def _timeline(df: pd.DataFrame, title: str) -> alt.Chart:
    lo, hi = int(df["year"].min()) - 1, int(df["year"].max()) + 1
    return alt.Chart(df[["year", "kind", "date", "title"]].fillna("")).mark_tick(thickness=3, size=18).encode(
        x=alt.X("year:Q", title="Year", scale=alt.Scale(domain=[lo, hi], nice=False),
                axis=alt.Axis(format="d", tickMinStep=1)),
        y=alt.Y("kind:N", title=None),
        tooltip=["date", "title"],
    ).properties(width=600, height=max(60, 22 * df["kind"].nunique()), title=title)


def _sources_note(df: pd.DataFrame, ctx: ReportContext) -> str:
    note = cited_sources(df, ctx, "see the table")
    cov = str(df["coverage"].iloc[0]) if len(df) else ""
    return note + ("" if "complete census for" in cov else "; not a complete census")


def agreements_section(ctx: ReportContext) -> Section:
    d = ctx.dyad
    df = d.agreements()
    if df.empty:
        return no_records(ctx, "agreements for this pair", "agreements.csv", "agreements", "Agreements and mechanisms")
    kinds = df["kind"].value_counts()
    parts = [paragraph(f"{len(df)} agreements, treaties, statements and mechanisms attested, "
                       f"{int(df['year'].min())}–{int(df['year'].max())} ("
                       + ", ".join(f"{v} {k}" for k, v in kinds.items()) + f"). Coverage: {df['coverage'].iloc[0]}."),
             figure(_timeline(df, "Agreements and mechanisms"),
                    f"Agreements and mechanisms by year signed. Source: amity's curated records "
                    f"({_sources_note(df, ctx)}).", ctx)]
    by_kind = d.indicator("agreements_by_kind")
    if not by_kind.empty:
        parts.append(figure(year_bars(by_kind, "Agreements per year, by kind", ytitle="Records", height=180),
                            f"Agreements per year by kind. Source: amity's curated records ({_sources_note(df, ctx)}).",
                            ctx))
    parts.append(table(df, "Agreements and mechanisms (each row cites its sources).", ctx, COLS))
    parts += recheck_parts(ctx, AGREEMENT_INDICATORS, "agreement and meeting")
    h, m = join(parts)
    return Section("agreements", "Agreements and mechanisms", h, m,
                   {"Agreements and mechanisms attested": str(len(df))})


def coordination_section(ctx: ReportContext) -> Section:
    d = ctx.dyad
    df = d.meetings()
    if df.empty:
        return no_records(ctx, "meetings or statements for this pair", "meetings.csv", "coordination",
                          "Meetings, statements and dialogues")
    parts = [paragraph(f"{len(df)} meetings, calls, visits, statements and dialogues attested, "
                       f"{int(df['year'].min())}–{int(df['year'].max())}. Coverage: {df['coverage'].iloc[0]}.")]
    lead = d.indicator("leader_meetings_per_year")
    kf = {}
    if not lead.empty:
        chart = year_bars(lead, "Leader meetings and calls per year, by kind", ytitle="Meetings", height=180)
        parts.append(figure(chart,
                            "Meetings of the two leaders per year (summits, state visits, meetings on the sidelines "
                            "of SCO/BRICS/G20/APEC…, video and phone calls as their own kinds). Source: amity's "
                            f"curated records ({_sources_note(df, ctx)}).", ctx))
        kf["Leader meetings and calls attested"] = str(int(lead["value"].sum()))
    parts += [figure(_timeline(df, "Meetings, statements and dialogues"),
                     f"Meetings and statements by year. Source: amity's curated records ({_sources_note(df, ctx)}).",
                     ctx),
              table(df, "Meetings, visits, calls, statements and dialogues (each row cites its sources).", ctx, COLS)]
    h, m = join(parts)
    return Section("coordination", "Meetings, statements and dialogues", h, m, kf)
