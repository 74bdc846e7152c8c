"""Report section: joint military exercises (timeline, distance from the capitals, map of areas)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from amity.report.base import ReportContext, Section, figure, join, not_loaded, paragraph, table


def _caption(what: str, ex: pd.DataFrame, ctx: ReportContext) -> str:
    keys = sorted({s for ids in ex["source_ids"] for s in str(ids).split(";") if s})
    srcs = "; ".join(f"{k} ({ctx.dyad.dossier.vintage(k)})" for k in keys)
    return f"{what}. Source: amity dossier of exercises attested in {srcs} (not a complete census)."


def section(ctx: ReportContext) -> Section:
    d = ctx.dyad
    ex = d.exercises()
    if ex.empty:
        h, m = not_loaded("joint exercises for this pair",
                          ["add records to the dossier (amity/dossier/data/exercises.csv) and rebuild"])
        return Section("exercises", "Joint exercises", h, m)
    per = d.exercises_per_year(by="domain")
    parts = []
    chart = alt.Chart(per.dropna(subset=["value"])).mark_bar().encode(
        x=alt.X("year:O", title="Year"),
        y=alt.Y("value:Q", title="Exercises", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("category:N", title="Domain"),
        tooltip=["year", "category", "value"],
    ).properties(width=560, height=200, title="Joint exercises per year, by domain")
    parts.append(figure(chart, _caption("Joint exercises per year by domain", ex, ctx), ctx))

    dist = d.exercise_distance()
    if not dist.empty:
        dchart = alt.Chart(dist).mark_line(point=True).encode(
            x=alt.X("year:O", title="Year"),
            y=alt.Y("value:Q", title=f"km ({dist['unit'].iloc[0]})"),
            tooltip=["year", "area", "value"],
        ).properties(width=560, height=200, title="Farthest exercise area from the capital, per year")
        parts.append(figure(dchart, _caption(
            f"Great-circle distance from {d.a.name}'s capital to the farthest exercise area each year "
            "(representative points of each area)", ex, ctx), ctx))
        pts = ex.dropna(subset=["lat", "lon"])[["year", "area", "lat", "lon", "domain"]]
        sphere = alt.Chart(alt.sphere()).mark_geoshape(fill="#eef3f7")
        grid = alt.Chart(alt.graticule(step=[30, 30])).mark_geoshape(stroke="#c8d3dc", strokeWidth=0.5)
        dots = alt.Chart(pts).mark_circle(size=90, opacity=0.8).encode(
            longitude="lon:Q", latitude="lat:Q", color=alt.Color("domain:N", title="Domain"),
            tooltip=["year", "area"],
        )
        labels = alt.Chart(pts.drop_duplicates("area")).mark_text(dy=-9, fontSize=9).encode(
            longitude="lon:Q", latitude="lat:Q", text="area:N")
        world = (sphere + grid + dots + labels).project(
            "equalEarth", center=[80, 45], scale=260, translate=[300, 170]
        ).properties(width=600, height=340, title="Where the exercises took place (no base map is loaded)")
        parts.append(figure(world, _caption("Exercise areas on a 30° graticule", ex, ctx), ctx))

    cols = {"year": "Year", "date": "Date", "name": "Name", "domain": "Domain", "framework": "Framework",
            "area": "Area", "composition": "Composition", "interoperability": "Interoperability",
            "source": "Source", "locator": "Locator"}
    parts.append(table(ex, "Joint exercises, one row per exercise (dossier; each row cites its source).",
                       ctx, cols))
    first, last = int(ex["year"].min()), int(ex["year"].max())
    n = len(ex)
    far = dist.loc[dist["value"].idxmax()] if not dist.empty else None
    lead = f"{n} joint exercises attested between {first} and {last}."
    if far is not None:
        lead += f" The farthest from {d.a.name}'s capital: {far['area']} ({int(far['year'])}, {far['value']:,.0f} km)."
    body = join([paragraph(lead), *parts])
    kf = {"Joint exercises attested": f"{n} ({first}–{last})"}
    if far is not None:
        kf["Farthest exercise area"] = f"{far['area']}, {int(far['year'])} ({far['value']:,.0f} km)"
    return Section("exercises", "Joint exercises", body[0], body[1], kf)
