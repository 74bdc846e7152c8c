"""Report section: joint military exercises and patrols — per year by kind, domain and framework, share
multilateral, reach from each capital, a map of every exercise area on Natural Earth land polygons
(inline, offline), size where reported, firsts, the list, and which claim verdicts the fuller record
changed (compared with the two seed briefs' records alone)."""

from __future__ import annotations

import functools
import json
import weakref
from importlib import resources
from typing import Any

import altair as alt
import pandas as pd

from amity.report.base import ReportContext, Section, figure, join, not_loaded, paragraph, table

#: Natural Earth 1:110m land polygons (public domain), as TopoJSON from the npm package world-atlas 2.0.2
#: (ISC), vendored beside the dashboard's scripts: see web/static/vendor/README.md
BASEMAP = ("web", "static", "vendor", "land-110m.json")
BASEMAP_CREDIT = "Base map: Natural Earth 1:110m land (public domain), via world-atlas"
#: the indicators whose claims the fuller record may decide differently, per section
EXERCISE_INDICATORS = frozenset({"exercises", "exercises_per_year", "exercise_distance", "exercise_reach",
                                 "exercise_share_multilateral", "exercise_firsts", "patrols_per_year"})
AGREEMENT_INDICATORS = frozenset({"agreements", "meetings", "agreements_by_kind", "leader_meetings_per_year"})

_RECHECK: weakref.WeakKeyDictionary[Any, pd.DataFrame] = weakref.WeakKeyDictionary()


@functools.cache
def land_topojson() -> str:
    """The vendored Natural Earth 1:110m land TopoJSON (object ``land``), as JSON text (inline data
    values may be text; the chart library then need not walk the polygons)."""
    path = resources.files("amity").joinpath(*BASEMAP)
    with path.open("r", encoding="utf-8") as fh:
        return json.dumps(json.load(fh), separators=(",", ":"))


def world_map(points: pd.DataFrame, *, color: str = "kind", title: str = "", width: int = 640,
              height: int = 340) -> alt.LayerChart:
    """Points (``lat``, ``lon``) on the Natural Earth land polygons, Equal Earth projection; the base map is
    embedded in the specification, so the chart renders offline (SVG in reports, Vega in the dashboard)."""
    land = alt.Data(values=land_topojson(), format=alt.DataFormat(type="topojson", feature="land"))
    sphere = alt.Chart(alt.sphere()).mark_geoshape(fill="#eef3f7", stroke="#c8d3dc", strokeWidth=0.5)
    grid = alt.Chart(alt.graticule(step=[30, 30])).mark_geoshape(stroke="#d5dde4", strokeWidth=0.4, filled=False)
    base = alt.Chart(land).mark_geoshape(fill="#e4e0d4", stroke="#b5ad98", strokeWidth=0.4)
    tips = [c for c in ("year", "name", "kind", "area", "role") if c in points.columns]
    dots = alt.Chart(points).mark_circle(size=70, opacity=0.8, stroke="#333", strokeWidth=0.4).encode(
        longitude="lon:Q", latitude="lat:Q", color=alt.Color(f"{color}:N", title=color.capitalize()),
        tooltip=tips,
    )
    return (sphere + grid + base + dots).project("equalEarth").properties(width=width, height=height, title=title)


def year_bars(df: pd.DataFrame, title: str, *, ytitle: str = "Exercises", color: str = "Kind",
              height: int = 200) -> alt.Chart:
    """Bars of a per-year count indicator (``year``, ``category``, ``value``; rows without a value left out),
    stacked by category (``color`` names it in the legend)."""
    return alt.Chart(df.dropna(subset=["value"])).mark_bar().encode(
        x=alt.X("year:O", title="Year"),
        y=alt.Y("value:Q", title=ytitle, axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("category:N", title=color),
        tooltip=["year", "category", "value"],
    ).properties(width=600, height=height, title=title)


def no_records(ctx: ReportContext, what: str, csv: str, key: str, title: str, where: str = "") -> Section:
    """The section that says the pair has no curated records of ``what`` yet, and the import that loads them
    (``csv`` beside sources.csv; ``where`` follows the pair in the hint)."""
    d = ctx.dyad
    h, m = not_loaded(what, [f"amity data import records {csv} sources.csv  (records for {d.a.code}–{d.b.code}"
                             f"{where}: docs/records.md)"])
    return Section(key, title, h, m)


def _sources(df: pd.DataFrame) -> list[str]:
    return sorted({s for ids in df["source_ids"] for s in str(ids).split(";") if s})


def cited_sources(df: pd.DataFrame, ctx: ReportContext, more: str) -> str:
    """The first eight sources the records cite, each with its vintage ("n.d." where none), then how many more
    (``more`` says where they are listed)."""
    keys = _sources(df)
    note = "; ".join(f"{k} ({_vintage(ctx, k)})" for k in keys[:8])
    if len(keys) > 8:
        note += f"; and {len(keys) - 8} more ({more})"
    return note


def _caption(what: str, ex: pd.DataFrame, ctx: ReportContext) -> str:
    srcs = cited_sources(ex, ctx, "listed in the table below and under Sources")
    cov = str(ex["coverage"].iloc[0]) if "coverage" in ex.columns and len(ex) else ""
    census = "a complete census only where the coverage says so" if "complete census for" in cov \
        else "not a complete census"
    return f"{what}. Source: amity's curated records of exercises attested in {srcs} ({census})."


def _vintage(ctx: ReportContext, key: str) -> str:
    from amity.indicators.records import records

    return records(ctx.dyad).vintage(key) or "n.d."


def recheck(ctx: ReportContext) -> pd.DataFrame:
    """The dossier's claims about this pair on records (exercises, agreements, meetings), checked twice:
    against the seed briefs' records alone and against the full record; one row per claim with both
    verdicts, whether the verdict changed, and why (the full record's reason and figure)."""
    d = ctx.dyad
    hit = _RECHECK.get(d)
    if hit is not None:
        return hit
    from amity import claims as claims_mod
    from amity.dossier import seed_only
    from amity.indicators.records import records

    cols = ["id", "text", "indicator", "said_in", "seed_verdict", "full_verdict", "changed", "found", "reason"]
    pair = {d.a.code, d.b.code}
    items = [c for c in d.dossier.claims
             if c.get("indicator") in EXERCISE_INDICATORS | AGREEMENT_INDICATORS and set(c.get("dyad") or []) == pair]
    if not items:
        out = pd.DataFrame(columns=cols)
    else:
        full = ctx.claims_results
        if full is None:
            full = claims_mod.check_dossier(d.store, dossier=d.dossier)
            if not ctx.interactive:  # a report file: checked once, the claims section reuses them
                ctx.claims_results = full
        by_id = {r.id: r for r in full if set(r.dyad) == pair}
        items = [c for c in items if c.get("id") in by_id] or items
        before = claims_mod.check(items, d.store, dossier=seed_only(d.dossier))
        after = [by_id[c["id"]] for c in items] if all(c.get("id") in by_id for c in items) \
            else claims_mod.check(items, d.store, dossier=records(d))
        rows = []
        for r0, r1 in zip(before, after):
            rows.append({"id": r1.id, "text": r1.text, "indicator": r1.indicator,
                         "said_in": f"{r1.source}, {r1.locator}", "seed_verdict": r0.verdict,
                         "full_verdict": r1.verdict, "changed": r0.verdict != r1.verdict,
                         "found": _short(r1.found), "reason": r1.reason if r0.verdict != r1.verdict else ""})
        out = pd.DataFrame(rows, columns=cols)
    _RECHECK[d] = out
    return out


def _short(v: object) -> str:
    if isinstance(v, list | tuple | set):
        v = ", ".join(str(x) for x in v)
    s = "" if v is None else str(v)
    return s if len(s) <= 120 else s[:117] + "…"


def recheck_parts(ctx: ReportContext, indicators: frozenset[str], what: str) -> list[tuple[str, str]]:
    """A paragraph and a table: which of the claims on ``indicators`` changed verdict with the full record."""
    try:
        rc = recheck(ctx)
    except Exception as exc:  # the claims checker failing must not hide the section
        return [paragraph(f"The {what} claims could not be re-checked against the full record "
                          f"({type(exc).__name__}).")]
    rc = rc[rc["indicator"].isin(indicators)]
    if rc.empty:
        return []
    changed = rc[rc["changed"]]
    text = (f"The briefs' {what} claims re-checked against the full record: {len(changed)} of {len(rc)} verdicts "
            "changed from what the two briefs' own records gave (each claim is still checked without the "
            "document that makes it).")
    parts = [paragraph(text)]
    if not changed.empty:
        parts.append(table(changed, f"{what.capitalize()} claims whose verdict changed with the full record, "
                                    "and why.", ctx,
                           {"id": "Id", "text": "Claim", "said_in": "Said in", "seed_verdict": "Seed briefs only",
                            "full_verdict": "Full record", "found": "Found", "reason": "Why"}))
    return parts


def section(ctx: ReportContext) -> Section:
    d = ctx.dyad
    ex = d.exercises()
    if ex.empty:
        return no_records(ctx, "joint exercises for this pair", "exercises.csv", "exercises", "Joint exercises",
                          " in the record schema")
    parts: list[tuple[str, str]] = []
    first, last = int(ex["year"].min()), int(ex["year"].max())
    n = len(ex)
    kinds = ex["kind"].value_counts()
    kind_txt = ", ".join(f"{v} {k}" for k, v in kinds.items())
    cov = str(ex["coverage"].iloc[0])
    lead = f"{n} joint exercises and patrols attested between {first} and {last} ({kind_txt}). Coverage: {cov}."
    parts.append(paragraph(lead))

    by_kind = d.indicator("exercises_per_year", by="kind")
    chart = year_bars(by_kind, "Joint exercises and patrols per year, by kind")
    parts.append(figure(chart, _caption("Joint exercises and patrols per year by kind", ex, ctx), ctx))

    per = d.exercises_per_year(by="domain")
    dchart = year_bars(per, "Joint exercises per year, by domain", color="Domain")
    parts.append(figure(dchart, _caption("Joint exercises per year by domain (an exercise in several domains "
                                         "counts in each)", ex, ctx), ctx))

    fw = d.indicator("exercises_per_year", by="framework")
    share = d.indicator("exercise_share_multilateral")
    fchart = year_bars(fw, "Joint exercises per year, by framework", color="Framework", height=180)
    tot_m, tot_k = int(share["n_multilateral"].sum()), int(share["n_known"].sum())
    share_txt = (f"{tot_m} of the {tot_k} exercises of known framework ({100 * tot_m / tot_k:.0f}%) were held with "
                 "third states (SCO or other multilateral)" if tot_k else "no exercise has a known framework")
    parts.append(figure(fchart, _caption(f"Joint exercises per year by framework; {share_txt}", ex, ctx), ctx))

    pat = d.indicator("patrols_per_year")
    if not pat.empty:
        pchart = year_bars(pat, "Joint air and naval patrols per year", ytitle="Patrols", height=160)
        pats = ex[ex["kind"].isin(["air-patrol", "naval-patrol"])]
        parts.append(figure(pchart, _caption("Joint patrols per year", pats, ctx), ctx))

    reach = d.indicator("exercise_reach")
    dist = d.exercise_distance()
    far = None
    if not reach.empty:
        rchart = alt.Chart(reach).mark_line(point=True).encode(
            x=alt.X("year:O", title="Year"),
            y=alt.Y("value:Q", title="km"),
            color=alt.Color("capital:N", title="From"),
            tooltip=["year", "capital", "area", "value"],
        ).properties(width=600, height=200, title="Reach: farthest exercise area from each capital, per year")
        parts.append(figure(rchart, _caption(
            "Great-circle distance from each capital to the farthest exercise area each year (all areas, "
            "representative points)", ex, ctx), ctx))
        far = dist.loc[dist["value"].idxmax()] if not dist.empty else None
    areas = d.indicator("exercise_areas")
    if not areas.empty:
        pts = areas[["year", "name", "kind", "area", "role", "lat", "lon"]].copy()
        pts["lat"], pts["lon"] = pts["lat"].astype(float), pts["lon"].astype(float)
        pts["name"] = pts["name"].fillna("")
        world = world_map(pts, title="Where the exercises took place")
        parts.append(figure(world, _caption(
            f"Exercise and patrol areas ({len(pts)} points: main and further areas, representative points chosen by "
            f"the curators). {BASEMAP_CREDIT}", ex, ctx), ctx))

    firsts = d.indicator("exercise_firsts")
    if not firsts.empty:
        parts.append(table(firsts, "Firsts among the recorded exercises (first recorded, unless the coverage "
                                   "declares the years complete; 'outside Eurasia' by the box rule of "
                                   "docs/records.md).", ctx,
                           {"category": "First", "year": "Year", "date": "Date", "name": "Exercise",
                            "area": "Area", "source_ids": "Sources"}))
    sizes = d.indicator("exercise_sizes")
    if not sizes.empty:
        parts.append(table(sizes, "Size where reported: one row per figure and source; conflicting figures are "
                                  "kept side by side. An exercise without a row has no reported size (not 0).",
                           ctx, {"year": "Year", "name": "Exercise", "exercise_id": "Id", "party": "Party",
                                 "measure": "Measure", "value": "Value", "source": "Source",
                                 "locator": "Locator", "quote": "Quote"}))
    cols = {"year": "Year", "date": "Date", "end_date": "To", "name": "Name", "kind": "Kind", "domain": "Domain",
            "framework": "Framework", "area": "Area", "participants": "Participants", "lead": "Lead",
            "composition": "Composition", "interoperability": "Interoperability", "source_ids": "Sources",
            "locator": "Locator", "quote": "Quote"}
    parts.append(table(ex, "Joint exercises and patrols, one row per exercise (each row cites its sources; "
                           "the quote is from the first).", ctx, cols))
    parts += recheck_parts(ctx, EXERCISE_INDICATORS, "exercise")
    if far is not None:
        parts.insert(1, paragraph(f"The farthest from {d.a.name}'s capital: {far['area']} ({int(far['year'])}, "
                                  f"{far['value']:,.0f} km)."))
    body = join(parts)
    kf = {"Joint exercises attested": f"{n} ({first}–{last})"}
    if not pat.empty:
        kf["Joint patrols attested"] = str(int(kinds.reindex(["air-patrol", "naval-patrol"]).fillna(0).sum()))
    if far is not None:
        kf["Farthest exercise area"] = f"{far['area']}, {int(far['year'])} ({far['value']:,.0f} km)"
    return Section("exercises", "Joint exercises", body[0], body[1], kf)
