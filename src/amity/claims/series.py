"""An indicator's output as one value per year, the form every claim test reads.

:func:`indicator_series` computes the claim's indicator for a dyad, leaving out the document that makes
the claim, and turns the result into a yearly series over the claim's years (NA where the data does not
cover a year), with the sources behind each year's value. How the rows become a series depends on the
indicator's declared shape (:data:`amity.indicators.SHAPES`):

* ``series``: values summed per year (after the claim's parameters select a breakdown row);
* ``records``: records counted per year over the years the records span (0 inside, NA outside);
* ``figures``: quoted figures summed per year (no coverage outside the quoted years).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from amity import indicators
from amity.dyad import Dyad
from amity.errors import AmityError

if TYPE_CHECKING:
    from amity.dossier import Dossier
    from amity.store import Store


@dataclass
class IndicatorSeries:
    """One indicator for one dyad as a yearly series, with what the claim tests need besides."""

    series: pd.Series  # index: year (int), values Float64, NA = not covered
    unit: str
    sources: dict[int, set[str]]  # sources of the rows behind each year's value
    rows: pd.DataFrame  # the indicator's rows after filters (records: one per record)
    span: tuple[int, int] | None  # years the records cover (record indicators)
    error: str | None = None
    covered: list[int] = field(default_factory=list)  # every year with a value, inside or outside the window


# -- units -------------------------------------------------------------------------------------
_COUNT_WORDS = ("exercise", "record", "veto", "count", "item", "number", "event", "meeting", "agreement",
                "vote", "resolution", "draft")


def unit_family(unit: str | None) -> tuple[str, float, str]:
    """``(family, scale, label)`` of a unit text: ``US$ (billions)`` → ``("usd", 1e9, "US$")``."""
    u = (unit or "").strip().lower()
    scale = 1e9 if "billion" in u else 1e6 if "million" in u else 1e3 if "thousand" in u else 1.0
    if "tiv" in u:
        return "tiv", scale, "SIPRI TIV"
    if "us$" in u or "usd" in u or "dollar" in u or "$" in u:
        return "usd", scale, "US$"
    if "percent" in u or "per cent" in u or "%" in u:
        return "percent", 1.0, "percent"
    if u in ("year", "years"):
        return "year", 1.0, "year"
    if re.search(r"\bkm\b|kilomet", u):
        return "km", 1.0, "km"
    if "ratio" in u or u in ("x", "times"):
        return "ratio", 1.0, "ratio"
    if any(w in u for w in _COUNT_WORDS):
        return "count", 1.0, "count"
    return u, 1.0, unit or ""


def load_hint(indicator: str) -> str:
    """The reason given when ``indicator`` has no data: what is missing and how to load it."""
    try:
        return indicators.get(indicator).missing
    except AmityError:
        return f"no data for indicator {indicator!r} loaded (see `amity data status`)"


# -- from an indicator's rows to a yearly series -------------------------------------------------
def row_sources(df: pd.DataFrame) -> pd.Series:
    """The set of source ids behind each row (``source_ids``, ``;``-joined, else ``source``)."""
    col = "source_ids" if "source_ids" in df.columns else "source" if "source" in df.columns else None
    if col is None:
        return pd.Series([set()] * len(df), index=df.index, dtype=object)
    return df[col].fillna("").astype(str).map(lambda s: {x.strip() for x in s.split(";") if x.strip()})


def _empty(years: tuple[int, int], reason: str) -> IndicatorSeries:
    idx = pd.RangeIndex(years[0], years[1] + 1)
    return IndicatorSeries(pd.Series(pd.NA, index=idx, dtype="Float64"), "", {}, pd.DataFrame(), None, reason)


def _rows(ind: indicators.Indicator, dyad: Dyad, params: dict[str, Any],
          exclude: frozenset[str]) -> pd.DataFrame | str:
    """The indicator's rows with a numeric ``year``, or the reason there are none."""
    kw = {k: v for k, v in params.items() if ind.accepts(k)}
    if ind.accepts("exclude_sources"):
        kw["exclude_sources"] = exclude
    try:
        df = ind(dyad, **kw)
    except AmityError as exc:  # data not loaded, or a parameter the data cannot answer
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"{ind.missing} ({detail})"
    if df is None or not isinstance(df, pd.DataFrame) or df.empty or "year" not in df.columns:
        return ind.missing
    df = df.copy()
    if "exclude_sources" not in kw and "source" in df.columns:
        df = df[~df["source"].isin(exclude)]
    df["year"] = pd.to_numeric(df["year"], errors="coerce")
    df = df.dropna(subset=["year"])
    df["year"] = df["year"].astype(int)
    return df


def _unit(df: pd.DataFrame, unfiltered: pd.DataFrame, declared: str) -> str:
    if "unit" in df.columns and df["unit"].notna().any():
        return "; ".join(dict.fromkeys(str(u) for u in df["unit"].dropna()))
    if "unit" in unfiltered.columns and unfiltered["unit"].notna().any():
        return str(unfiltered["unit"].dropna().iloc[0])
    return declared


def indicator_series(name: str, a: str, b: str, params: dict[str, Any], exclude: frozenset[str],
                     store: Store | None, dossier: Dossier | None, years: tuple[int, int]) -> IndicatorSeries:
    """The indicator ``name`` for ``a``–``b`` as one value per year over ``years`` (inclusive).

    ``params`` go to the indicator where it takes them; the others select rows whose column equals the
    value (e.g. ``category: ships``). ``exclude`` names sources left out (the claim's own document).
    """
    try:
        ind = indicators.get(name)
    except AmityError:
        return _empty(years, f"indicator {name!r} is not available in this installation")
    try:
        dyad = Dyad(a, b, store=store, dossier=dossier)
    except AmityError as exc:
        return _empty(years, str(exc))
    got = _rows(ind, dyad, params, exclude)
    if isinstance(got, str):
        return _empty(years, got)
    df = unfiltered = got
    for k, v in params.items():
        if k in df.columns and v is not None:
            df = df[df[k].astype(str).str.lower() == str(v).lower()]
    unit = _unit(df, unfiltered, ind.unit)
    by_year: dict[int, set[str]] = {}
    for y, s in zip(df["year"], row_sources(df)):
        by_year.setdefault(int(y), set()).update(s)
    idx = pd.RangeIndex(years[0], years[1] + 1)
    span = None
    if ind.shape == "records":
        span = (int(unfiltered["year"].min()), int(unfiltered["year"].max()))
        counts = df.groupby("year").size()
        series = pd.Series([float(counts.get(y, 0)) if span[0] <= y <= span[1] else pd.NA for y in idx],
                           index=idx, dtype="Float64")
        unit = "records" if name != "exercises" else "exercises"
        cover = set().union(*row_sources(unfiltered)) if len(unfiltered) else set()
        for y in idx:
            if span[0] <= y <= span[1] and y not in by_year:
                by_year[y] = set(cover)
        covered = list(range(span[0], span[1] + 1))
    else:  # series and figures: values summed per year
        vals = pd.to_numeric(df["value"], errors="coerce").astype("Float64")
        series = vals.groupby(df["year"]).sum(min_count=1).reindex(idx).astype("Float64")
        covered = sorted({int(y) for y, v in zip(df["year"], vals) if not pd.isna(v)})
    return IndicatorSeries(series, unit, by_year, df, span, covered=covered)
