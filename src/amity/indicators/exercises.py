"""Joint military exercises and patrols (curated records: the embedded China–Russia record and records
users import for any pair with ``amity data import records``).

Unit: exercises (one per exercise or patrol, however many sources report it: rows linked by
``same_as`` count once). Coverage: the years between the first and the last record of the pair;
inside it a year with no record counts 0 — the curators looked for every exercise of those years, but
unless ``completeness.csv`` declares the period complete (checked against a published list) it is not
a complete census, which the ``coverage`` text says. Outside it values are NA (missing, not 0).
Sources: each row's ``source`` (a key of ``sources.csv``, with URL or document and a verbatim quote)
and the further sources of ``citations.csv``, all in ``source_ids``.
"""

from __future__ import annotations

import math

import pandas as pd

from amity.dossier import EXERCISE_KINDS, PATROL_KINDS
from amity.dyad import Dyad
from amity.errors import AmityError
from amity.indicators import per_year
from amity.indicators.records import (
    conform,
    coverage_text,
    dedupe,
    in_window,
    involving,
    memo,
    records,
    register,
    split_list,
)

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
BY = (None, "kind", "domain", "framework")
_FACTS = dict(reads_records=True, needs="records", load="amity data import records FILE...", estimate=False)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km between two points given in decimal degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def outside_eurasia(lat: float, lon: float) -> bool:
    """Whether a representative point lies outside Eurasia and its marginal seas, by a coarse box rule
    (documented in docs/records.md): south of the Equator; west of 25° W or east of 169° W (the Americas,
    the Pacific beyond the Bering Strait); or in Africa (south of 33° N between 20° W and 32.5° E, south of
    12.5° N between 32.5° E and 52° E). Points in the Mediterranean, Red Sea, Arabian Sea or Indian Ocean
    north of the Equator count as Eurasian waters."""
    if lat < 0:
        return True
    if -169 < lon < -25:
        return True
    if lat < 33 and -20 <= lon < 32.5:  # Africa west of Suez
        return True
    return lat < 12.5 and 32.5 <= lon < 52  # Horn of Africa


def _capitals() -> pd.DataFrame:
    from importlib import resources

    with resources.files("amity.data").joinpath("capitals.csv").open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh).set_index("iso3")


def _exercises(dyad: Dyad, exclude_sources: frozenset[str]) -> pd.DataFrame:
    rec = records(dyad)

    def compute() -> pd.DataFrame:
        ex = conform(rec.exercises, "exercises")
        cit = rec.citations
        cit = cit[~cit["source"].isin(exclude_sources)] if not cit.empty else cit
        return dedupe(in_window(involving(ex, dyad, "participants", exclude_sources), dyad), cit)

    return memo(rec, ("exercises", dyad.a.code, dyad.b.code, dyad.start, dyad.end, exclude_sources), compute)


def _kinds(kinds: str | list[str] | tuple[str, ...] | None) -> list[str] | None:
    if kinds is None:
        return None
    out = [kinds] if isinstance(kinds, str) else list(kinds)
    bad = [k for k in out if k not in EXERCISE_KINDS]
    if bad:
        raise AmityError(f"unknown exercise kind {bad[0]!r}; expected one of: {', '.join(EXERCISE_KINDS)}")
    return out


@register("exercises", strand="exercises", unit="records", shape="records",
          description="Joint exercises and patrols of the two states, one row per exercise", **_FACTS)
def exercises(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
              kinds: str | list[str] | None = None) -> pd.DataFrame:
    """Joint exercises and patrols of the two states, one row per exercise (curated records).

    Columns: the schema's (id, year, date, end_date, name, name_variants, kind — exercise,
    command-staff, computer-simulation, air-patrol, naval-patrol, competition —, domain (a ';'-list),
    framework, area, lat, lon, geo_note, participants, lead, composition, interoperability, same_as,
    source, locator, quote), ``source_ids`` (every source of the exercise), value (1), unit, coverage.
    Records with no kind are counted as ``exercise``. ``kinds`` keeps only those kinds.
    """
    df = _exercises(dyad, exclude_sources)
    df["kind"] = df["kind"].fillna("").replace("", "exercise")
    wanted = _kinds(kinds)
    if wanted is not None:
        df = df[df["kind"].isin(wanted)].reset_index(drop=True)
    df["value"] = 1
    df["unit"] = "exercises"
    df["coverage"] = coverage_text("Joint exercises", df["year"], df["source_ids"], dyad,
                                   table="exercises", kinds=wanted)
    return df


@register("exercises_per_year", strand="exercises", unit="exercises per year", shape="year",
          description="Joint exercises per year, optionally by kind, domain or framework", **_FACTS)
def exercises_per_year(
    dyad: Dyad, *, by: str | None = None, exclude_sources: frozenset[str] = frozenset(),
    kinds: str | list[str] | None = None, **filters: object,
) -> pd.DataFrame:
    """Number of joint exercises per year (unit: exercises), optionally split ``by`` kind, domain or framework.

    Every kind counts (patrols and competitions included) unless ``kinds`` names some. An exercise in
    several domains (``sea;air``) counts once in each domain's row, so the domain rows of a year can sum
    to more than the year's exercises. Exercises whose source does not give the domain (or framework)
    count as ``unspecified``. ``filters`` keep only rows whose column equals (for ``domain``: contains) a
    value (e.g. ``domain="air"``). With ``by``, the result has one row per year and category (``category``).
    """
    if by not in BY:
        raise AmityError(f"exercises_per_year: by must be 'kind', 'domain' or 'framework', got {by!r}")
    ex = exercises(dyad, exclude_sources=exclude_sources, kinds=kinds)
    cover_from = int(ex["year"].min()) if not ex.empty else None
    cover_to = int(ex["year"].max()) if not ex.empty else None
    for col, val in filters.items():
        if col in ex.columns and val is not None:
            if col == "domain":
                ex = ex[split_list(ex["domain"]).map(lambda xs, v=str(val): v in xs)]
            else:
                ex = ex[ex[col].astype(str) == str(val)]
    window = dyad.window(cover_from, cover_to)
    if window is None:
        return pd.DataFrame(columns=["year", "value", "unit", "coverage", "source_ids"])
    cov = (coverage_text("Joint exercises", ex["year"], ex["source_ids"], dyad, table="exercises",
                         kinds=_kinds(kinds)) if not ex.empty else "no records")
    sids = ";".join(sorted({s for ids in ex["source_ids"] for s in str(ids).split(";") if s}))
    if by is not None:
        # the source does not say: its own category, never dropped
        if by == "domain":
            ex = ex.assign(domain=split_list(ex["domain"]).map(lambda xs: xs or ["unspecified"])).explode("domain")
        else:
            ex = ex.assign(**{by: ex[by].fillna("").replace("", "unspecified")})
    cats = [None] if by is None else sorted(set(ex[by]))
    if not cats:  # nothing left after the filters: zeros over the coverage, under the category asked for
        cats = [str(filters.get(by) or "unspecified")]
    parts = []
    for cat in cats:
        sub = ex if cat is None else ex[ex[by] == cat]
        frame = per_year(sub.groupby("year").size(), start=window[0], end=window[1], cover_from=cover_from,
                         cover_to=cover_to, unit="exercises", coverage=cov, source_ids=sids)
        if cat is not None:
            frame.insert(1, "category", cat)
        parts.append(frame)
    return pd.concat(parts, ignore_index=True)


@register("patrols_per_year", strand="exercises", unit="patrols per year", shape="year",
          description="Joint air and naval patrols per year, by kind", **_FACTS)
def patrols_per_year(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Joint air patrols and joint naval patrols per year (unit: patrols), one row per year and kind
    (``category``: air-patrol, naval-patrol). Coverage: from the first to the last patrol of the pair
    (0 inside, NA outside); complete only where ``completeness.csv`` says so."""
    pat = exercises(dyad, exclude_sources=exclude_sources, kinds=list(PATROL_KINDS))
    if pat.empty:
        return pd.DataFrame(columns=["year", "category", "value", "unit", "coverage", "source_ids"])
    lo, hi = int(pat["year"].min()), int(pat["year"].max())
    window = dyad.window(lo, hi)
    sids = ";".join(sorted({s for ids in pat["source_ids"] for s in str(ids).split(";") if s}))
    parts = []
    for kind in PATROL_KINDS:
        sub = pat[pat["kind"] == kind]
        cov = coverage_text("Joint patrols", pat["year"], pat["source_ids"], dyad, table="exercises", kinds=[kind])
        frame = per_year(sub.groupby("year").size(), start=window[0], end=window[1], cover_from=lo, cover_to=hi,
                         unit="patrols", coverage=cov, source_ids=sids)
        frame.insert(1, "category", kind)
        parts.append(frame)
    return pd.concat(parts, ignore_index=True)


@register("exercise_share_multilateral", strand="exercises", unit="percent", shape="year",
          description="Share of the year's joint exercises held with third states (SCO or multilateral)", **_FACTS)
def exercise_share_multilateral(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                                kinds: str | list[str] | None = None) -> pd.DataFrame:
    """Percent of the year's joint exercises whose framework is ``SCO`` or ``multilateral`` (unit: percent
    of exercises with a known framework). Extra columns ``n_multilateral`` and ``n_known``. NA in years
    with no exercise of known framework and outside the records' years (a share of nothing is missing)."""
    ex = exercises(dyad, exclude_sources=exclude_sources, kinds=kinds)
    cols = ["year", "value", "n_multilateral", "n_known", "unit", "coverage", "source_ids"]
    if ex.empty:
        return pd.DataFrame(columns=cols)
    window = dyad.window(int(ex["year"].min()), int(ex["year"].max()))
    known = ex[ex["framework"].fillna("") != ""]
    multi = known[known["framework"].isin(["SCO", "multilateral"])]
    out = pd.DataFrame({"year": pd.Series(range(window[0], window[1] + 1), dtype="int64")})
    out["n_multilateral"] = out["year"].map(multi.groupby("year").size()).fillna(0).astype("Int64")
    out["n_known"] = out["year"].map(known.groupby("year").size()).fillna(0).astype("Int64")
    share = (100.0 * out["n_multilateral"].astype("Float64") / out["n_known"].astype("Float64"))
    out["value"] = share.where(out["n_known"] > 0, pd.NA).round(1)
    out["unit"] = "percent of exercises with a known framework"
    out["coverage"] = coverage_text("Joint exercises", ex["year"], ex["source_ids"], dyad, table="exercises",
                                    kinds=_kinds(kinds))
    out["source_ids"] = ";".join(sorted({s for ids in ex["source_ids"] for s in str(ids).split(";") if s}))
    return out[cols]


@register("exercise_areas", strand="exercises", unit="areas", shape="records",
          description="Every located area of the joint exercises (main and further areas)", **_FACTS)
def exercise_areas(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Every located area of the pair's exercises, one row per exercise and area: the main area of
    ``exercises.csv`` (``role`` main) and the further areas of ``exercise_areas.csv`` (``role`` further,
    e.g. a patrol's legs). Columns: year, exercise_id, name, kind, area, lat, lon, role, source_ids,
    value (1), unit, coverage. The points are the curators' representative points (see ``geo_note``)."""
    ex = exercises(dyad, exclude_sources=exclude_sources)
    rec = records(dyad)
    cols = ["year", "exercise_id", "name", "kind", "area", "lat", "lon", "role", "geo_note", "source_ids",
            "value", "unit", "coverage"]
    if ex.empty:
        return pd.DataFrame(columns=cols)
    main = ex.dropna(subset=["lat", "lon"]).assign(exercise_id=lambda d: d["id"], role="main")
    # further areas of the exercise, or of any record linked to it with same_as
    key_of = dict(zip(ex["id"], ex["id"]))
    allex = conform(rec.exercises, "exercises")
    for rid, same in zip(allex["id"], allex["same_as"].fillna("")):
        if same and same in key_of:
            key_of[rid] = same
    ar = conform(rec.exercise_areas, "exercise_areas")
    ar = ar[ar["exercise_id"].isin(key_of) & ~ar["source"].isin(exclude_sources)].dropna(subset=["lat", "lon"])
    info = ex.set_index("id")
    further = pd.DataFrame({
        "exercise_id": ar["exercise_id"].map(key_of), "area": ar["area"], "lat": ar["lat"], "lon": ar["lon"],
        "geo_note": ar["geo_note"], "source_ids": ar["source"], "role": "further",
    })
    if not further.empty:
        further["year"] = further["exercise_id"].map(info["year"])
        further["name"] = further["exercise_id"].map(info["name"])
        further["kind"] = further["exercise_id"].map(info["kind"])
    out = pd.concat([main, further], ignore_index=True)
    out["year"] = out["year"].astype("Int64")
    out["lat"] = out["lat"].astype("Float64")
    out["lon"] = out["lon"].astype("Float64")
    out["value"] = 1
    out["unit"] = "areas"
    out["coverage"] = ex["coverage"].iloc[0]
    return out[cols].sort_values(["year", "exercise_id", "role"]).reset_index(drop=True)


def _distances(dyad: Dyad, exclude_sources: frozenset[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    areas = exercise_areas(dyad, exclude_sources=exclude_sources)
    caps = _capitals()
    for col, st in (("km_from_a", dyad.a.code), ("km_from_b", dyad.b.code)):
        if st in caps.index and not areas.empty:
            c = caps.loc[st]
            areas[col] = [great_circle_km(c.lat, c.lon, float(la), float(lo))
                          for la, lo in zip(areas["lat"], areas["lon"])]
        else:
            areas[col] = pd.NA
    return areas, caps


@register("exercise_distance", strand="exercises", unit="km", shape="year",
          description="Great-circle km from the first state's capital to the farthest exercise area each year",
          **_FACTS)
def exercise_distance(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Great-circle distance (km) from the first state's capital to the farthest exercise area each year.

    All located areas count (main and further areas, patrols included). Extra columns: ``area`` (the
    farthest area that year), ``km_from_b`` (its distance from the second state's capital). Area points
    are the curators' representative coordinates (see ``geo_note``); capitals from ``capitals.csv``
    (GeoNames). NA in years with no located exercise, and outside the records' coverage.
    """
    areas, caps = _distances(dyad, exclude_sources)
    cols = ["year", "value", "area", "km_from_b", "unit", "coverage", "source_ids"]
    if areas.empty or dyad.a.code not in caps.index:
        return pd.DataFrame(columns=cols)
    far = areas.sort_values("km_from_a", kind="stable").groupby("year").tail(1).sort_values("year")
    return pd.DataFrame({
        "year": far["year"].astype("int64"),
        "value": pd.to_numeric(far["km_from_a"]).round(0).astype("Float64"),
        "area": far["area"],
        "km_from_b": pd.to_numeric(far["km_from_b"]).round(0).astype("Float64"),
        "unit": f"km from {caps.loc[dyad.a.code].capital}",
        "coverage": far["coverage"],
        "source_ids": far["source_ids"],
    }).reset_index(drop=True)


@register("exercise_reach", strand="exercises", unit="km", shape="year",
          description="Reach: km from each state's capital to its farthest exercise area, per year", **_FACTS)
def exercise_reach(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Reach per year and capital: great-circle km from each state's capital (``category``: the state's
    ISO3 code) to the exercise area farthest from it that year, all areas counted. Columns: year,
    category, capital, value (km), area, exercise_id, unit, coverage, source_ids. NA (no row) in years
    with no located exercise."""
    areas, caps = _distances(dyad, exclude_sources)
    cols = ["year", "category", "capital", "value", "area", "exercise_id", "unit", "coverage", "source_ids"]
    parts = []
    for st, col in ((dyad.a.code, "km_from_a"), (dyad.b.code, "km_from_b")):
        if areas.empty or st not in caps.index:
            continue
        far = areas.sort_values(col, kind="stable").groupby("year").tail(1).sort_values("year")
        parts.append(pd.DataFrame({
            "year": far["year"].astype("int64"), "category": st, "capital": caps.loc[st].capital,
            "value": pd.to_numeric(far[col]).round(0).astype("Float64"), "area": far["area"],
            "exercise_id": far["exercise_id"], "unit": "km", "coverage": far["coverage"],
            "source_ids": far["source_ids"],
        }))
    if not parts:
        return pd.DataFrame(columns=cols)
    return pd.concat(parts, ignore_index=True)[cols].sort_values(["year", "category"]).reset_index(drop=True)


@register("exercise_sizes", strand="exercises", unit="troops, ships, aircraft ...", shape="records",
          description="Size of the joint exercises where reported, one row per figure and source", **_FACTS)
def exercise_sizes(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                   measure: str | None = None) -> pd.DataFrame:
    """Size where reported: one row per figure per source (``exercise_sizes.csv``) — conflicting figures
    for the same exercise, party and measure are kept side by side, each with its source. Columns: year,
    exercise_id, name, kind, party (ISO3, or ALL for the total), measure (troops, ships, submarines,
    aircraft, helicopters, vehicles), value, unit (the measure), source, locator, quote, source_ids,
    coverage. Exercises without a reported size have no row (not 0)."""
    ex = exercises(dyad, exclude_sources=exclude_sources)
    rec = records(dyad)
    cols = ["year", "exercise_id", "name", "kind", "party", "measure", "value", "unit", "source", "locator",
            "quote", "source_ids", "coverage"]
    sz = conform(rec.exercise_sizes, "exercise_sizes")
    if ex.empty or sz.empty:
        return pd.DataFrame(columns=cols)
    key_of = dict(zip(ex["id"], ex["id"]))
    allex = conform(rec.exercises, "exercises")
    for rid, same in zip(allex["id"], allex["same_as"].fillna("")):
        if same and same in key_of:
            key_of[rid] = same
    sz = sz[sz["exercise_id"].isin(key_of) & ~sz["source"].isin(exclude_sources)].copy()
    if measure is not None:
        sz = sz[sz["measure"] == measure]
    if sz.empty:
        return pd.DataFrame(columns=cols)
    info = ex.set_index("id")
    sz["exercise_id"] = sz["exercise_id"].map(key_of)
    sz["year"] = sz["exercise_id"].map(info["year"]).astype("Int64")
    sz["name"] = sz["exercise_id"].map(info["name"])
    sz["kind"] = sz["exercise_id"].map(info["kind"])
    sz["value"] = pd.to_numeric(sz["value"], errors="coerce").astype("Float64")
    sz["unit"] = sz["measure"]
    sz["source_ids"] = sz["source"]
    sz["coverage"] = "sizes where a source reports them; no row where none does (missing, not 0)"
    return sz[cols].sort_values(["year", "exercise_id", "party", "measure", "source"]).reset_index(drop=True)


@register("exercise_firsts", strand="exercises", unit="first exercise", shape="records",
          description="Firsts: first exercise in each domain, first outside Eurasia, first led by each state",
          **_FACTS)
def exercise_firsts(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                    kinds: str | list[str] | None = None) -> pd.DataFrame:
    """Firsts among the pair's recorded exercises (every kind unless ``kinds`` says otherwise): the first
    in each domain, the first of each kind, the first with a located area outside Eurasia (coarse box
    rule of :func:`outside_eurasia`) and the first led (hosted) by each state. Columns: category, year,
    date, exercise_id, name, area, value (the year), unit, coverage, source_ids. A first is only as good as
    the record: before a period declared complete it is the first *recorded*."""
    ex = exercises(dyad, exclude_sources=exclude_sources, kinds=kinds)
    cols = ["category", "year", "date", "exercise_id", "name", "area", "value", "unit", "coverage", "source_ids"]
    if ex.empty:
        return pd.DataFrame(columns=cols)
    ex = ex.assign(_d=ex["date"].fillna("").astype(str).replace("", None).fillna(ex["year"].astype(str)))
    ex = ex.sort_values(["year", "_d", "id"], kind="stable")
    rows = []

    def first(label: str, sub: pd.DataFrame, area: pd.Series | None = None) -> None:
        if sub.empty:
            return
        r = sub.iloc[0]
        rows.append({"category": label, "year": int(r["year"]), "date": r.get("date") or "",
                     "exercise_id": r["id"], "name": r.get("name") or "",
                     "area": (area.loc[r.name] if area is not None else r.get("area")) or "",
                     "source_ids": r["source_ids"]})

    doms = split_list(ex["domain"])
    for dom in ("land", "sea", "air", "aerospace", "combined"):
        first(f"first {dom} exercise", ex[doms.map(lambda xs, d=dom: d in xs)])
    for kind in EXERCISE_KINDS:
        first(f"first {kind}", ex[ex["kind"] == kind])
    areas = exercise_areas(dyad, exclude_sources=exclude_sources)
    if not areas.empty:
        out_ea = areas[[outside_eurasia(float(la), float(lo)) for la, lo in zip(areas["lat"], areas["lon"])]]
        far_area = out_ea.drop_duplicates("exercise_id").set_index("exercise_id")["area"]
        sub = ex[ex["id"].isin(far_area.index)]
        first("first outside Eurasia", sub, pd.Series(sub["id"].map(far_area).values, index=sub.index))
    for st in (dyad.a, dyad.b):
        first(f"first led by {st.name}", ex[ex["lead"].fillna("") == st.code])
    out = pd.DataFrame(rows, columns=[c for c in cols if c not in ("value", "unit", "coverage")])
    out["value"] = out["year"]
    out["unit"] = "year"
    out["coverage"] = ex["coverage"].iloc[0]
    return out[cols]
