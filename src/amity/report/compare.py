"""Pairs side by side: small multiples per indicator over the all-pairs median and interquartile band.

Used by ``amity compare --out FILE.html`` and the dashboard's ``/compare`` page. The HTML is
self-contained (inline CSS and SVG): it opens offline.
"""

from __future__ import annotations

import datetime as _dt

import altair as alt
import pandas as pd

from amity import context
from amity.report.base import ReportContext, esc, figure, table
from amity.report.build import CSS
from amity.states import State
from amity.store import Store

TABLE_COLUMNS = {"pair": "pair", "direction": "direction", "indicator": "indicator", "year": "year",
                 "value": "value", "rank": "rank", "n_pairs": "pairs with data", "percentile": "percentile",
                 "median": "median (all pairs)"}


def latest(df: pd.DataFrame) -> pd.DataFrame:
    """Each pair's (and direction's) latest year per indicator."""
    if df.empty:
        return df
    keys = ["indicator", "pair", "direction"]
    return df.sort_values("year").groupby(keys, as_index=False, sort=False).tail(1).sort_values(keys)


def chart(df: pd.DataFrame, band: pd.DataFrame, m: context.Measure) -> alt.LayerChart:
    """One indicator: a line per pair (and direction) over the all-pairs median and IQR band."""
    series = df.assign(series=df["pair"] + df["direction"].map(lambda d: f" ({d})" if d else ""))
    base = alt.Chart(band)
    iqr = base.mark_area(opacity=0.25, color="#9aa5b1").encode(
        x=alt.X("year:Q", axis=alt.Axis(format="d"), title="year"), y=alt.Y("q25:Q", title=m.unit), y2="q75:Q")
    med = base.mark_line(color="#6b7785", strokeDash=[4, 3]).encode(x="year:Q", y="median:Q")
    lines = alt.Chart(series).mark_line(point=alt.OverlayMarkDef(size=18)).encode(
        x="year:Q", y=alt.Y("value:Q", title=m.unit), color=alt.Color("series:N", title="pair"),
        tooltip=["series", "year", alt.Tooltip("value:Q", format=",.2f"), alt.Tooltip("percentile:Q", format=".0f"),
                 "rank", "n_pairs"])
    return alt.layer(iqr, med, lines).properties(width=560, height=200, title=m.label)


def sections(store: Store, pairs: list[tuple[State, State]], names: list[str] | None = None, *,
             start: int | None = None, end: int | None = None) -> tuple[str, pd.DataFrame, dict[str, str]]:
    """The compare view's HTML body, its long table and the measures not loaded (name → command)."""
    df = context.compare(store, pairs, names, start=start, end=end)
    missing = context.not_loaded(store, names)
    ctx = ReportContext(dyad=None)  # type: ignore[arg-type] - numbering only
    parts = []
    for name in (names or list(context.MEASURES)):
        sub = df[df["indicator"] == name]
        if sub.empty:
            continue
        m = context.measure(name)
        band = context.distribution(store, name, start, end)
        band = band[band["year"].between(sub["year"].min(), sub["year"].max())]
        vint = "; ".join(sorted({s for ids in sub["source_ids"] for s in str(ids).split(";") if s}))
        html, _ = figure(chart(sub, band, m),
                         f"{m.label} ({m.unit}; higher = {m.higher_means}). Grey: median and interquartile range of "
                         f"all {'directed ' if m.directed else ''}pairs with data each year. Source: {vint}.", ctx)
        parts.append(f"<section><h2>{esc(m.label)}</h2>{html}</section>")
    last = latest(df)
    if not last.empty:
        html, _ = table(last.round({"value": 3, "percentile": 1, "median": 3}),
                        "Latest year per pair: value, rank (1 = highest), percentile (share of pairs with data that "
                        "year whose value is lower) and the all-pairs median.", ctx, TABLE_COLUMNS)
        parts.insert(0, f"<section><h2>Latest values</h2>{html}</section>")
    if missing:
        items = "".join(f"<li>{esc(k)}: <code>{esc(v)}</code></li>" for k, v in missing.items())
        parts.append(f'<section><h2>Not loaded</h2><div class="missing"><ul>{items}</ul></div></section>')
    return "\n".join(parts), df, missing


def render(store: Store, pairs: list[tuple[State, State]], names: list[str] | None = None, *,
           start: int | None = None, end: int | None = None) -> str:
    """A self-contained HTML page comparing ``pairs``."""
    body, _, _ = sections(store, pairs, names, start=start, end=end)
    title = "Pairs in context: " + ", ".join(context.pair_label(a, b) for a, b in pairs)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
            f"<h1>{esc(title)}</h1><p>amity, {_dt.date.today().isoformat()}. Each pair's value beside the "
            f"distribution of all pairs of states with data that year.</p>{body}</body></html>")
