"""UN Security Council vetoes (curated veto list).

Source: the veto list in the store (``amity data import unsc-vetoes FILE``, newest vintage) if one was
imported, else the list that ships with amity (every draft vetoed 1991–2024, from the UN Dag
Hammarskjöld Library's veto list, and vetoes from 1946 to 1990 each attested by a source read for it,
an incomplete listing; see :mod:`amity.sources.unsc`). A "double veto" is a draft vetoed by both
states of the dyad. Coverage (the years counted): 1991–2024 for the embedded list; the first to the
last year of an imported list. Inside the coverage a year with no veto counts 0; outside it values are
NA. The record listing (:func:`vetoes`) also shows the embedded list's earlier rows, marked as outside
the complete coverage. A Soviet veto is listed under ``RUS`` (Russia continues the seat) with
``listed_as`` "USSR"; the Republic of China's 1955 veto is ``TWN``, never ``CHN``.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from amity.dyad import Dyad
from amity.errors import AmityError
from amity.indicators import COLUMNS, indicator, per_year
from amity.sources import unsc

#: the command that loads a newer veto list (the shipped one is used otherwise)
LOAD = "amity data import unsc-vetoes FILE"
MISSING = "no Security Council vetoes recorded for this pair in the shipped vetoes table"
#: registry facts of every veto indicator (see :class:`amity.indicators.Indicator`)
FACTS: dict = dict(needs=("unsc-vetoes",), load=LOAD, missing=MISSING)


def veto_table(dyad: Dyad, exclude_sources: frozenset[str] = frozenset()
               ) -> tuple[pd.DataFrame, tuple[int, int] | None, str]:
    """The veto list to use: ``(rows, (first year, last year) covered, source id)``.

    Rows carry ``source_ids``; an excluded source gives an empty table and no coverage.
    """
    rows = None
    try:
        rows = dyad.store.facts("unsc_vetoes")
    except Exception:  # noqa: BLE001 - an unreadable store falls back to the embedded list
        rows = None
    if rows is not None and not rows.empty:
        sid = ";".join(sorted(set(rows["source_id"])))
        rows = rows.drop(columns="source_id")
        cover = (int(rows["year"].min()), int(rows["year"].max()))
    else:
        rows, cover, sid = unsc.embedded(), unsc.EMBEDDED_COVERAGE, unsc.EMBEDDED_SOURCE
    if sid in exclude_sources:
        return rows.iloc[0:0].assign(source_ids=""), None, sid
    return rows.assign(source_ids=sid), cover, sid


def _members(df: pd.DataFrame) -> pd.Series:
    return df["vetoed_by"].str.split(";")


def _coverage_text(cover: tuple[int, int] | None) -> str:
    if cover is None:
        return "no veto list"
    return f"UN Security Council veto list, all vetoed drafts {cover[0]}–{cover[1]}"


def _listing_text(cover: tuple[int, int] | None, year: int) -> str:
    """Coverage note of one listed row: inside the complete coverage, or an earlier, incomplete listing."""
    if cover is None or cover[0] <= year <= cover[1]:
        return _coverage_text(cover)
    return f"listed only: the list is incomplete before {cover[0]} (not counted)"


@indicator("vetoes", strand="vetoes", unit="drafts", shape="records", **FACTS)
def vetoes(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Security Council drafts vetoed by either state, one row per draft (value 1).

    Columns: year, date, draft, meeting_record, agenda_item, vetoed_by, listed_as (the member(s) as the
    source names them, e.g. "USSR"), by_a, by_b, double (vetoed by both), value, unit, coverage (rows
    before the complete coverage say so), source, locator, quote, source_ids.
    """
    df, cover, _ = veto_table(dyad, exclude_sources)
    mem = _members(df)
    a, b = dyad.a.code, dyad.b.code
    df = df.assign(by_a=mem.map(lambda m: a in m), by_b=mem.map(lambda m: b in m))
    df = df[df["by_a"] | df["by_b"]]
    if dyad.start is not None:
        df = df[df["year"] >= dyad.start]
    if dyad.end is not None:
        df = df[df["year"] <= dyad.end]
    for col in unsc.OPTIONAL:
        if col not in df.columns:
            df = df.assign(**{col: pd.NA})
    df = df.assign(double=df["by_a"] & df["by_b"], value=1, unit="drafts",
                   coverage=[_listing_text(cover, int(y)) for y in df["year"]])
    cols = ["year", "date", "draft", "meeting_record", "agenda_item", "vetoed_by", "listed_as", "by_a", "by_b",
            "double", "value", "unit", "coverage", "source", "locator", "quote", "source_ids"]
    return df[cols].reset_index(drop=True)


@indicator("vetoes_per_year", strand="vetoes", unit="drafts vetoed per year", **FACTS)
def vetoes_per_year(dyad: Dyad, *, member: str | None = None,
                    exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Drafts vetoed per year by a member (unit: drafts); ``member`` ISO3, default both states.

    One row per year and member (column ``member``); NA outside the veto list's coverage.
    """
    df, cover, sid = veto_table(dyad, exclude_sources)
    codes = [dyad.a.code, dyad.b.code] if member is None else [_code(member)]
    window = dyad.window(*(cover or (None, None)))
    if window is None:
        return pd.DataFrame(columns=[*COLUMNS, "member"])
    mem = _members(df)
    parts = []
    for code in codes:
        hits = df[mem.map(lambda m, c=code: c in m)]
        frame = per_year(hits.groupby("year").size(), start=window[0], end=window[1],
                         cover_from=cover[0] if cover else None, cover_to=cover[1] if cover else None,
                         unit="drafts", coverage=_coverage_text(cover), source_ids=sid)
        frame.insert(1, "member", code)
        parts.append(frame)
    return pd.concat(parts, ignore_index=True)


@indicator("double_vetoes", strand="vetoes", unit="drafts vetoed by both per year", **FACTS)
def double_vetoes(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Drafts vetoed by both states in a year (unit: drafts); NA outside the veto list's coverage."""
    df, cover, sid = veto_table(dyad, exclude_sources)
    window = dyad.window(*(cover or (None, None)))
    if window is None:
        return pd.DataFrame(columns=COLUMNS)
    mem = _members(df)
    both = df[mem.map(lambda m: dyad.a.code in m and dyad.b.code in m)]
    return per_year(both.groupby("year").size(), start=window[0], end=window[1],
                    cover_from=cover[0] if cover else None, cover_to=cover[1] if cover else None,
                    unit="drafts", coverage=_coverage_text(cover), source_ids=sid)


@indicator("vetoes_by_period", strand="vetoes", unit="drafts", **FACTS)
def vetoes_by_period(dyad: Dyad, *, breaks: Sequence[int] = (2001, 2013), what: str = "double",
                     exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Vetoed drafts per period (unit: drafts) and per covered year, so that "more often between 2001
    and 2012 than before" can be checked.

    ``breaks`` are the first years of the second, third ... period; the first period starts with the
    list's coverage, the last ends with it. ``what``: ``double`` (vetoed by both), ``a``, ``b`` or
    ``either``. Columns: period (``2001–2012``), year (first year), start, end, n_years, value
    (drafts), per_year (drafts per covered year), unit, coverage, source_ids.
    """
    if what not in ("double", "a", "b", "either"):
        raise AmityError(f"vetoes_by_period: what must be double, a, b or either, got {what!r}")
    yearly = vetoes(dyad, exclude_sources=exclude_sources)
    _, cover, sid = veto_table(dyad, exclude_sources)
    out_cols = ["period", "year", "start", "end", "n_years", "value", "per_year", "unit", "coverage",
                "source_ids"]
    window = dyad.window(*(cover or (None, None)))
    if window is None or cover is None:
        return pd.DataFrame(columns=out_cols)
    lo, hi = max(window[0], cover[0]), min(window[1], cover[1])
    pick = {"double": yearly["double"], "a": yearly["by_a"], "b": yearly["by_b"],
            "either": yearly["by_a"] | yearly["by_b"]}[what]
    years = yearly.loc[pick.astype(bool), "year"]
    edges = [lo] + sorted(b for b in breaks if lo < b <= hi) + [hi + 1]
    rows = []
    for s, e in zip(edges[:-1], edges[1:]):
        n = int(years.between(s, e - 1).sum())
        rows.append({"period": f"{s}–{e - 1}", "year": s, "start": s, "end": e - 1, "n_years": e - s,
                     "value": float(n), "per_year": n / (e - s), "unit": "drafts",
                     "coverage": _coverage_text(cover), "source_ids": sid})
    return pd.DataFrame(rows, columns=out_cols)


def _code(member: str) -> str:
    from amity.states import lookup

    return lookup(member).code
