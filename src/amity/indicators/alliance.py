"""Alliance obligations in force between the two states, per year.

Source: an alliance dyad-year dataset (``amity data import alliances FILE``): COW Formal Alliances
v4.1 (defence, neutrality, non-aggression, entente) or ATOP (defence, offence, neutrality,
non-aggression, consultation). Per year: 1 where at least one alliance of the dataset carries the
obligation for the pair (either order), 0 where the dataset covers the year and records none, NA
outside the dataset's years (COW v4.1 ends in 2012). ``value`` is the defence-pact flag.

The embedded dossier is not an alliance dataset: where no alliance dataset is loaded every flag is
NA, and ``dossier_note`` names the dossier's treaties between the two (for China and Russia the 2001
Treaty of Good-Neighbourliness, whose Article 9 provides for consultations when a threat arises —
a consultation clause, not a defence pact), without turning them into a COW/ATOP record.
"""

from __future__ import annotations

import datetime as _dt

import pandas as pd

from amity.dyad import Dyad
from amity.indicators import indicator
from amity.indicators.asymmetry import source_titles
from amity.store import in_list

FLAGS = ["defense", "neutrality", "nonaggression", "entente", "offense", "consultation"]
COLUMNS = ["year", "value", "unit", "coverage", "source_ids", *FLAGS, "dataset", "dossier_note"]
LOAD_HINT = "amity data import alliances alliance_v4.1_by_dyad_yearly.csv"


def dossier_treaties(dyad: Dyad) -> pd.DataFrame:
    """The dossier's treaties naming both states (year, title, source, locator); empty if none."""
    try:
        ag = dyad.dossier.agreements
    except Exception:  # noqa: BLE001 - a dossier that cannot be read has no treaties to show
        return pd.DataFrame(columns=["year", "title", "source", "locator"])
    if ag is None or ag.empty or "kind" not in ag.columns:
        return pd.DataFrame(columns=["year", "title", "source", "locator"])
    parties = ag["parties"] if "parties" in ag.columns else pd.Series(
        f"{dyad.a.code};{dyad.b.code}", index=ag.index)
    codes = parties.fillna("").str.split(";").map(lambda xs: {x.strip() for x in xs})
    both = codes.map(lambda s: dyad.a.code in s and dyad.b.code in s)
    hit = ag[both & (ag["kind"] == "treaty")]
    cols = [c for c in ("year", "title", "source", "locator") if c in hit.columns]
    return hit[cols].sort_values("year").reset_index(drop=True)


def _note(treaties: pd.DataFrame, year: int) -> str:
    t = treaties[treaties["year"] <= year] if "year" in treaties else treaties.iloc[0:0]
    if t.empty:
        return ""
    items = "; ".join(f"{r.title} ({int(r.year)}; {r.source}, {getattr(r, 'locator', '')})"
                      for r in t.itertuples())
    return f"dossier treaty (not an alliance-dataset record): {items}"


@indicator("alliance", strand="asymmetry", unit="defence pact in force (1/0)", needs=("alliances",),
           load=LOAD_HINT,
           missing=f"no COW alliance data loaded: run `{LOAD_HINT}`")
def alliance(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Alliance obligations in force per year (COW/ATOP): defence pact 1/0, NA outside coverage."""
    store = dyad.store
    treaties = dossier_treaties(dyad)
    ids = store.latest_source_ids("alliances", exclude=exclude_sources)
    if not ids:
        lo = dyad.start if dyad.start is not None else (
            int(treaties["year"].min()) if not treaties.empty else None)
        hi = dyad.end if dyad.end is not None else _dt.date.today().year - 1
        if lo is None or lo > hi:
            return pd.DataFrame(columns=COLUMNS)
        out = pd.DataFrame({"year": pd.Series(range(lo, hi + 1), dtype="int64")})
        out["value"] = pd.array([pd.NA] * len(out), dtype="Int64")
        for f in FLAGS:
            out[f] = out["value"]
        out["unit"] = "defence pact in force (1/0)"
        out["coverage"] = f"no alliance dataset loaded ({LOAD_HINT})"
        out["source_ids"] = ";".join(sorted(set(treaties["source"]))) if not treaties.empty else ""
        out["dataset"] = pd.array([pd.NA] * len(out), dtype="string")
        out["dossier_note"] = [_note(treaties, y) for y in out["year"]]
        return out[COLUMNS]
    a, b = dyad.a.cow, dyad.b.cow
    ph, args = in_list(ids)
    span = store.query(f"SELECT min(year) lo, max(year) hi, min(dataset) ds FROM alliances "
                       f"WHERE source_id IN ({ph})", args)
    first, last, ds = int(span["lo"].iloc[0]), int(span["hi"].iloc[0]), str(span["ds"].iloc[0])
    rows = store.query(
        f"SELECT year, {', '.join(f'max({f}) AS {f}' for f in FLAGS)} FROM alliances "
        f"WHERE source_id IN ({ph}) AND ((ccode1 = ? AND ccode2 = ?) OR (ccode1 = ? AND ccode2 = ?)) "
        f"GROUP BY year", [*args, a, b, b, a]).set_index("year")
    win = dyad.window(first, last)
    assert win is not None
    out = pd.DataFrame({"year": pd.Series(range(win[0], win[1] + 1), dtype="int64")})
    inside = out["year"].between(first, last)
    # obligation types the dataset does not code (COW: offense; ATOP: entente) stay NA
    coded = {f: store.query(f"SELECT count({f}) n FROM alliances WHERE source_id IN ({ph})", args)["n"].iloc[0] > 0
             for f in FLAGS}
    for f in FLAGS:
        v = out["year"].map(rows[f]).astype("Int64") if f in rows else pd.Series(pd.NA, index=out.index,
                                                                                 dtype="Int64")
        if coded[f]:
            v = v.fillna(0).where(inside, pd.NA)
        else:
            v = pd.Series(pd.NA, index=out.index, dtype="Int64")
        out[f] = v.astype("Int64")
    out["value"] = out["defense"]
    out["unit"] = "defence pact in force (1/0)"
    label = source_titles(store, ids)
    out["coverage"] = [f"{label}, {first}–{last}" if i else f"outside {label} ({first}–{last})" for i in inside]
    out["source_ids"] = ";".join(ids)
    out["dataset"] = ds
    out["dossier_note"] = [_note(treaties, y) for y in out["year"]]
    return out[COLUMNS]
