"""Report sections: agreements and mechanisms; meetings and statements (political coordination)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from amity.report.base import ReportContext, Section, figure, join, not_loaded, paragraph, table

COLS = {"year": "Year", "year_end": "To", "date": "Date", "title": "Title", "kind": "Kind",
        "description": "What the source says", "source_ids": "Sources", "locator": "Locator"}


def _timeline(df: pd.DataFrame, title: str) -> alt.Chart:
    lo, hi = int(df["year"].min()) - 1, int(df["year"].max()) + 1
    return alt.Chart(df).mark_tick(thickness=3, size=22).encode(
        x=alt.X("year:Q", title="Year", scale=alt.Scale(domain=[lo, hi], nice=False),
                axis=alt.Axis(format="d", tickMinStep=1)),
        y=alt.Y("kind:N", title=None),
        tooltip=["date", "title"],
    ).properties(width=560, height=max(60, 24 * df["kind"].nunique()), title=title)


def _sources_note(df: pd.DataFrame, ctx: ReportContext) -> str:
    keys = sorted(set(df["source"]))
    return "; ".join(f"{k} ({ctx.dyad.dossier.vintage(k)})" for k in keys)


def agreements_section(ctx: ReportContext) -> Section:
    df = ctx.dyad.agreements()
    if df.empty:
        h, m = not_loaded("agreements for this pair", ["add records to the dossier (agreements.csv)"])
        return Section("agreements", "Agreements and mechanisms", h, m)
    parts = [paragraph(f"{len(df)} agreements, treaties and mechanisms attested, "
                       f"{int(df['year'].min())}–{int(df['year'].max())}."),
             figure(_timeline(df, "Agreements and mechanisms"),
                    f"Agreements and mechanisms by year signed. Source: amity dossier ({_sources_note(df, ctx)}).",
                    ctx),
             table(df, "Agreements and mechanisms (dossier; each row cites its source).", ctx, COLS)]
    h, m = join(parts)
    return Section("agreements", "Agreements and mechanisms", h, m,
                   {"Agreements and mechanisms attested": str(len(df))})


def coordination_section(ctx: ReportContext) -> Section:
    df = ctx.dyad.meetings()
    if df.empty:
        h, m = not_loaded("meetings or statements for this pair", ["add records to the dossier (meetings.csv)"])
        return Section("coordination", "Meetings, statements and dialogues", h, m)
    parts = [figure(_timeline(df, "Meetings, statements and dialogues"),
                    f"Meetings and statements by year. Source: amity dossier ({_sources_note(df, ctx)}).", ctx),
             table(df, "Meetings, visits, statements and dialogues (dossier).", ctx, COLS)]
    h, m = join(parts)
    return Section("coordination", "Meetings, statements and dialogues", h, m)
