"""Joint military exercises (embedded dossier).

Coverage: the years between the first and the last exercise the dossier's sources attest for the
dyad. Inside it a year with no attested exercise counts 0 — the briefs survey these years, but they
are not a complete census, which the ``coverage`` text says. Outside it values are NA.
"""

from __future__ import annotations

import math

import pandas as pd

from amity.dyad import Dyad
from amity.indicators import indicator, per_year
from amity.indicators._dossier import coverage_text, dedupe, in_window, involving

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km between two points given in decimal degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _capitals() -> pd.DataFrame:
    from importlib import resources

    with resources.files("amity.data").joinpath("capitals.csv").open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh).set_index("iso3")


@indicator("exercises", strand="exercises", unit="records")
def exercises(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Joint exercises with both states taking part, one row per exercise (dossier records).

    Columns: year, date, name, domain, framework, area, lat, lon, composition, interoperability,
    source, locator, source_ids, value (1 per exercise), unit, coverage.
    """
    df = dedupe(in_window(involving(dyad.dossier.exercises, dyad, "participants", exclude_sources), dyad))
    df["value"] = 1
    df["unit"] = "exercises"
    df["coverage"] = coverage_text("Joint exercises", df["year"], df["source"], dyad)
    return df


@indicator("exercises_per_year", strand="exercises", unit="exercises per year")
def exercises_per_year(
    dyad: Dyad, *, by: str | None = None, exclude_sources: frozenset[str] = frozenset(), **filters: object
) -> pd.DataFrame:
    """Number of joint exercises per year (unit: exercises), optionally split ``by`` domain or framework.

    Exercises whose source does not give the domain (or framework) count as ``unspecified``.

    ``filters`` keep only rows whose column equals a value (e.g. ``domain="air"``). With ``by``, the
    result has one row per year and category (column ``category``).
    """
    if by not in (None, "domain", "framework"):
        from amity.errors import AmityError

        raise AmityError(f"exercises_per_year: by must be 'domain' or 'framework', got {by!r}")
    ex = exercises(dyad, exclude_sources=exclude_sources)
    cover_from = int(ex["year"].min()) if not ex.empty else None
    cover_to = int(ex["year"].max()) if not ex.empty else None
    for col, val in filters.items():
        if col in ex.columns and val is not None:
            ex = ex[ex[col].astype(str) == str(val)]
    window = dyad.window(cover_from, cover_to)
    if window is None:
        return pd.DataFrame(columns=["year", "value", "unit", "coverage", "source_ids"])
    cov = coverage_text("Joint exercises", ex["year"], ex["source"], dyad) if not ex.empty else "no records"
    sids = ";".join(sorted({s for ids in ex["source_ids"] for s in ids.split(";")}))
    parts = []
    if by is not None:
        # the source does not say: its own category, never dropped
        ex = ex.assign(**{by: ex[by].fillna("").replace("", "unspecified")})
    cats = [None] if by is None else sorted(set(ex[by]))
    if not cats:  # nothing left after the filters: zeros over the coverage, under the category asked for
        cats = [str(filters.get(by) or "unspecified")]
    for cat in cats:
        sub = ex if cat is None else ex[ex[by] == cat]
        frame = per_year(sub.groupby("year").size(), start=window[0], end=window[1], cover_from=cover_from,
                         cover_to=cover_to, unit="exercises", coverage=cov, source_ids=sids)
        if cat is not None:
            frame.insert(1, "category", cat)
        parts.append(frame)
    return pd.concat(parts, ignore_index=True)


@indicator("exercise_distance", strand="exercises", unit="km")
def exercise_distance(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Great-circle distance (km) from the first state's capital to the farthest exercise area each year.

    Extra columns: ``area`` (the farthest area that year), ``km_from_b`` (its distance from the second
    state's capital). Area points are the dossier's representative coordinates (see ``geo_note``).
    NA in years with no attested exercise, and outside the dossier's coverage.
    """
    ex = exercises(dyad, exclude_sources=exclude_sources).dropna(subset=["lat", "lon"])
    caps = _capitals()
    cols = ["year", "value", "area", "km_from_b", "unit", "coverage", "source_ids"]
    if ex.empty or dyad.a.code not in caps.index:
        return pd.DataFrame(columns=cols)
    ca = caps.loc[dyad.a.code]
    cb = caps.loc[dyad.b.code] if dyad.b.code in caps.index else None
    ex["km_from_a"] = [great_circle_km(ca.lat, ca.lon, la, lo) for la, lo in zip(ex["lat"], ex["lon"])]
    ex["km_from_b"] = (
        [great_circle_km(cb.lat, cb.lon, la, lo) for la, lo in zip(ex["lat"], ex["lon"])]
        if cb is not None else pd.NA
    )
    far = ex.sort_values("km_from_a").groupby("year").tail(1).sort_values("year")
    out = pd.DataFrame({
        "year": far["year"].astype("int64"),
        "value": far["km_from_a"].round(0).astype("Float64"),
        "area": far["area"],
        "km_from_b": pd.to_numeric(far["km_from_b"]).round(0).astype("Float64"),
        "unit": f"km from {ca.capital}",
        "coverage": far["coverage"],
        "source_ids": far["source_ids"],
    }).reset_index(drop=True)
    return out
