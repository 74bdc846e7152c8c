"""Shared helpers for indicators computed from curated records: the embedded China–Russia record plus
the records users imported for any pair (``amity data import records``), which are added to it.

Coverage is honest: a year counts as a complete census only where ``completeness.csv`` declares the
kind complete for it (checked against a published list); elsewhere the coverage text says
"not a complete census".
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

import pandas as pd

from amity.dossier import COLUMNS, Dossier, with_records
from amity.dyad import Dyad
from amity.indicators import indicator

DOSSIER_NOTE = "records the sources attest; not a complete census"
INCOMPLETE = "not a complete census"

_RECORDS: weakref.WeakKeyDictionary[Dyad, Dossier] = weakref.WeakKeyDictionary()
_MERGED: dict[tuple, tuple[weakref.ref, Dossier]] = {}


def register(name: str, *, strand: str, unit: str, directed: bool = False, **facts: object) -> Callable:
    """:func:`amity.indicators.indicator` for the indicators of curated records (a name kept for them)."""
    return indicator(name, strand=strand, unit=unit, directed=directed, **facts)


def records(dyad: Dyad) -> Dossier:
    """The dyad's record: its dossier plus the records imported into its store (cached per dyad)."""
    hit = _RECORDS.get(dyad)
    if hit is None:
        # a store that cannot be opened is an error (never silently "no records"); with no store file
        # the dyad's store is an empty one
        store = dyad.store
        base = dyad.dossier
        imported = tuple(sorted(store.sources("records")["id"]))
        if not imported:
            hit = base
        else:  # the same store contents give the same merged record (and its memoised results)
            key = (id(base), str(getattr(store, "path", "")), imported)
            cached = _MERGED.get(key)
            if cached is not None and cached[0]() is base:
                hit = cached[1]
            else:
                hit = with_records(base, store)
                if len(_MERGED) >= 16:
                    _MERGED.clear()
                _MERGED[key] = (weakref.ref(base), hit)
        _RECORDS[dyad] = hit
    return hit


_MEMO: dict[tuple, tuple[weakref.ref, pd.DataFrame]] = {}
_MEMO_MAX = 512


def memo(rec: Dossier, key: tuple, compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """``compute()`` once per record object and key (a copy each time): claims, report and dashboard ask
    for the same pair's records many times over, each through a new Dyad."""
    k = (id(rec), len(rec.exercises), len(rec.meetings), len(rec.agreements), *key)
    hit = _MEMO.get(k)
    if hit is not None and hit[0]() is rec:
        return hit[1].copy()
    out = compute()
    if len(_MEMO) >= _MEMO_MAX:
        _MEMO.clear()
    _MEMO[k] = (weakref.ref(rec), out)
    return out.copy()


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """``df`` with every column of the schema's ``table`` (missing ones empty text)."""
    df = df.copy()
    for col in COLUMNS.get(table, []):
        if col not in df.columns:
            df[col] = pd.Series(pd.NA, index=df.index, dtype="Float64") if col in ("lat", "lon", "value") else ""
    return df


def split_list(s: pd.Series) -> pd.Series:
    """A ``;``-list column as Python lists of stripped, non-empty items."""
    return s.fillna("").astype(str).str.split(";").map(lambda xs: [x.strip() for x in xs if x.strip()])


def involving(df: pd.DataFrame, dyad: Dyad, column: str, exclude_sources: frozenset[str]) -> pd.DataFrame:
    """Rows whose ``column`` (';'-separated ISO3 codes) names both states, minus excluded sources."""
    a, b = dyad.a.code, dyad.b.code
    codes = split_list(df[column]).map(set)
    keep = codes.map(lambda s: a in s and b in s) & ~df["source"].isin(exclude_sources)
    return df[keep].copy()


def in_window(df: pd.DataFrame, dyad: Dyad) -> pd.DataFrame:
    if dyad.start is not None:
        df = df[df["year"] >= dyad.start]
    if dyad.end is not None:
        df = df[df["year"] <= dyad.end]
    return df


def complete_periods(rec: Dossier, dyad: Dyad, table: str, kinds: Iterable[str] | None = None) -> list[dict]:
    """The periods ``completeness.csv`` declares complete for ``table`` and every kind in ``kinds``
    (``None``: every kind of the table), for this pair: rows of the embedded record speak of China–Russia;
    rows a user imported speak of the pairs that import holds records for."""
    comp = rec.completeness
    if comp is None or comp.empty or "table" not in comp.columns:
        return []
    comp = comp[(comp["table"] == table) & (comp["complete"].astype(str) == "true")]
    comp = comp.dropna(subset=["from_year", "to_year"])
    if comp.empty:
        return []
    pair = {dyad.a.code, dyad.b.code}
    origin = comp["imported_as"].fillna("") if "imported_as" in comp.columns else pd.Series("", index=comp.index)
    imported_pairs = _imported_pairs(rec, table)
    keep = [(pair == {"CHN", "RUS"}) if not o else (frozenset(pair) in imported_pairs.get(o, set()))
            for o in origin]
    comp = comp[keep]
    from amity.dossier import COMPLETENESS_KINDS

    wanted = set(COMPLETENESS_KINDS.get(table, set())) if kinds is None else set(kinds)
    out = []
    for y0, y1 in _spans(comp):
        rows = comp[(comp["from_year"] <= y0) & (comp["to_year"] >= y1)]
        covered = set(rows["kind"].fillna("").astype(str))
        if "" in covered or wanted <= covered:
            out.append({"from_year": y0, "to_year": y1,
                        "basis": "; ".join(sorted(set(rows["basis"].fillna("").astype(str)) - {""})),
                        "source": ";".join(sorted(set(rows["source"].fillna("").astype(str)) - {""}))})
    return _merge_spans(out)


def _spans(comp: pd.DataFrame) -> list[tuple[int, int]]:
    """Elementary year spans between every declared boundary (so overlapping declarations combine)."""
    cuts = sorted({int(y) for y in comp["from_year"]} | {int(y) + 1 for y in comp["to_year"]})
    return [(cuts[i], cuts[i + 1] - 1) for i in range(len(cuts) - 1)]


def _merge_spans(spans: list[dict]) -> list[dict]:
    out: list[dict] = []
    for s in spans:
        if out and out[-1]["to_year"] + 1 == s["from_year"] and out[-1]["basis"] == s["basis"]:
            out[-1]["to_year"] = s["to_year"]
        else:
            out.append(dict(s))
    return out


def _imported_pairs(rec: Dossier, table: str) -> dict[str, set[frozenset[str]]]:
    col = "participants" if table == "exercises" else "parties"
    df = rec.table(table)
    if "imported_as" not in df.columns or col not in df.columns:
        return {}
    out: dict[str, set[frozenset[str]]] = {}
    for origin, codes in zip(df["imported_as"].fillna(""), split_list(df[col])):
        if origin:
            out.setdefault(origin, set()).update(frozenset({a, b}) for a in codes for b in codes if a != b)
    return out


def complete_years(periods: list[dict]) -> set[int]:
    return {y for p in periods for y in range(int(p["from_year"]), int(p["to_year"]) + 1)}


def coverage_text(label: str, years: pd.Series, sources: pd.Series, dyad: Dyad, *,
                  table: str | None = None, kinds: Iterable[str] | None = None) -> str:
    """What the figures cover: the years of the records, which of them are a complete census (from
    ``completeness.csv``), and the sources with their vintages."""
    years = years.dropna()
    if years.empty:
        return f"{label}: no records"
    rec = records(dyad)
    keys = sorted({k for s in sources.dropna() for k in str(s).split(";") if k})
    vint = ", ".join(f"{k} ({rec.vintage(k)})" for k in keys[:6])
    if len(keys) > 6:
        vint += f" and {len(keys) - 6} more (see source_ids)"
    span = f"{label} {int(years.min())}–{int(years.max())}"
    periods = complete_periods(rec, dyad, table, kinds) if table else []
    if periods:
        done = ", ".join(f"{p['from_year']}–{p['to_year']}" + (f" (checked against {p['basis']})" if p["basis"] else "")
                         for p in periods)
        return f"{span}: a complete census for {done}; outside those years {INCOMPLETE}; sources {vint}"
    return f"{span}: {DOSSIER_NOTE}; sources {vint}"


def dedupe(df: pd.DataFrame, citations: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per event: rows of several sources describing the same event (linked by the
    record's ``same_as`` column) are merged into the first one, keeping every source in ``source_ids``
    (with the further sources ``citations`` lists for any of the rows)."""
    if df.empty:
        return df.assign(source_ids=pd.Series(dtype=str))
    same = df["same_as"].fillna("") if "same_as" in df.columns else pd.Series("", index=df.index)
    df = df.assign(_k=same.where(same != "", df["id"]))
    cite = pd.DataFrame(columns=["_k", "source"])
    if citations is not None and not citations.empty and "record_id" in citations.columns:
        key_of = dict(zip(df["id"], df["_k"]))
        c = citations[citations["record_id"].isin(key_of)]
        cite = pd.DataFrame({"_k": c["record_id"].map(key_of), "source": c["source"]})
    allsrc = pd.concat([df[["_k", "source"]], cite], ignore_index=True)
    ids = allsrc.groupby("_k")["source"].agg(lambda s: ";".join(sorted(set(s.astype(str)))))
    # the group's own first record if it is still there (its source may have been excluded), else
    # the first remaining record of the group
    df = df.assign(_primary=df["id"] == df["_k"]).sort_values("_primary", ascending=False, kind="stable")
    out = df.drop_duplicates("_k").copy()
    out["source_ids"] = out["_k"].map(ids)
    out = out.drop(columns=["_k", "_primary"])
    return out.sort_values(["year", "date", "id"], na_position="last").reset_index(drop=True)


def record_pairs(store: object | None, table: str = "exercises") -> list[tuple[str, str]]:
    """The pairs the records are curated for: China–Russia (the embedded record) and every pair of two
    states that imported records of ``table`` hold (ISO3 codes, sorted). Multilateral records count for
    their pairs in the indicators, but a pair is listed here only where someone curated its record."""
    from amity.dossier import imported_records

    col = "participants" if table == "exercises" else "parties"
    pairs = {("CHN", "RUS")}
    df = imported_records(store).get(table)  # type: ignore[arg-type]
    if df is not None:
        for codes in split_list(df[col]):
            if len(set(codes)) == 2:
                a, b = sorted(set(codes))
                pairs.add((a, b))
    return sorted(pairs)
