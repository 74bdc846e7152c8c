"""Power asymmetry: ratios of military expenditure, GDP and composite capabilities (CINC).

Each ratio is ``a / b`` per year for the dyad's states in the order given (``Dyad("RUS", "CHN")``
gives Russia's figure over China's), with ``a_value``, ``b_value`` (in ``value_unit``) and
``larger`` (the code of the state with the larger figure). A year where either figure is missing is
NA (a zero denominator too). Sources:

* ``milex_ratio``: SIPRI Military Expenditure Database, constant US$ (``amity data import milex``);
  where SIPRI is not loaded, COW NMC ``milex`` (thousands of current US$). ``source="sipri"`` or
  ``"nmc"`` picks one.
* ``gdp_ratio``: World Bank WDI GDP (``amity data import wdi``), the first loaded of
  ``NY.GDP.MKTP.KD`` (constant 2015 US$), ``NY.GDP.MKTP.PP.KD`` (PPP, constant international $),
  ``NY.GDP.MKTP.CD`` (current US$).
* ``cinc_ratio``: COW NMC composite index of national capability (``amity data import nmc``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from amity.dyad import Dyad
from amity.indicators import COLUMNS, indicator
from amity.store import Store, in_list

GDP_INDICATORS = {
    "NY.GDP.MKTP.KD": "constant 2015 US$",
    "NY.GDP.MKTP.PP.KD": "constant international $ (PPP)",
    "NY.GDP.MKTP.CD": "current US$",
}
LOAD_HINT = {
    "milex": "amity data import milex SIPRI-Milex-data-1948-2023.xlsx",
    "cinc": "amity data import nmc NMC-60-abridged.csv",
    "gdp": "amity data import wdi API_NY.GDP.MKTP.KD_DS2_en_csv_v2.csv",
}
RATIO_COLUMNS = [*COLUMNS, "a_value", "b_value", "value_unit", "larger"]


@dataclass
class Series:
    """One state-year capability series: ``frame`` has ``cow, year, value`` (value in ``unit``)."""

    measure: str
    frame: pd.DataFrame
    unit: str
    label: str
    source_ids: list[str]
    first: int
    last: int

    def coverage(self) -> str:
        return f"{self.label}, {self.first}–{self.last}"


def source_titles(store: Store, ids: list[str]) -> str:
    """The titles and vintages of the sources ``ids``, for coverage notes."""
    src = store.sources()
    rows = src[src["id"].isin(ids)]
    return "; ".join(f"{r.title} [vintage {r.vintage}]" for r in rows.itertuples())


def series(store: Store, measure: str, *, cows: tuple[int, ...] | None = None, source: str | None = None,
           exclude_sources: frozenset[str] = frozenset()) -> Series | None:
    """The state-year series behind a ratio (``milex``, ``gdp`` or ``cinc``), or None if not loaded.

    ``cows`` restricts the rows to those COW codes (all states if None).
    """
    cow_cond = f" AND cow IN ({', '.join(str(int(c)) for c in cows)})" if cows else ""
    if measure == "milex" and source in (None, "sipri"):
        ids = store.latest_source_ids("milex", exclude=exclude_sources)
        if ids:
            ph, args = in_list(ids)
            df = store.query(
                f"SELECT cow, year, value, unit FROM milex WHERE measure = 'constant_usd' "
                f"AND source_id IN ({ph}){cow_cond}", args)
            span = store.query(f"SELECT min(year) lo, max(year) hi FROM milex WHERE source_id IN ({ph})", args)
            unit = df["unit"].iloc[0] if len(df) else "US$ m., constant prices"
            return Series("milex", df[["cow", "year", "value"]], unit,
                          "SIPRI military expenditure, " + unit + "; " + source_titles(store, ids), ids,
                          int(span["lo"].iloc[0]), int(span["hi"].iloc[0]))
        if source == "sipri":
            return None
    if measure in ("milex", "cinc"):
        if measure == "milex" and source not in (None, "nmc"):
            return None
        ids = store.latest_source_ids("nmc", exclude=exclude_sources)
        if not ids:
            return None
        ph, args = in_list(ids)
        col = "milex" if measure == "milex" else "cinc"
        df = store.query(f"SELECT ccode AS cow, year, {col} AS value FROM nmc "
                         f"WHERE source_id IN ({ph}){cow_cond.replace('cow', 'ccode')}", args)
        span = store.query(f"SELECT min(year) lo, max(year) hi FROM nmc WHERE source_id IN ({ph})", args)
        unit = "thousands of current US$" if col == "milex" else "share of system capabilities (0-1)"
        what = "COW NMC military expenditure" if col == "milex" else "COW NMC CINC"
        return Series(measure, df, unit, f"{what}, {unit}; {source_titles(store, ids)}", ids,
                      int(span["lo"].iloc[0]), int(span["hi"].iloc[0]))
    if measure == "gdp":
        for code, unit in GDP_INDICATORS.items():
            ids = store.latest_source_ids("wdi", exclude=exclude_sources, where="t.indicator = ?", params=[code])
            if not ids:
                continue
            ph, args = in_list(ids)
            df = store.query(f"SELECT cow, year, value FROM wdi WHERE indicator = ? "
                             f"AND source_id IN ({ph}){cow_cond}", [code, *args])
            span = store.query(f"SELECT min(year) lo, max(year) hi FROM wdi WHERE indicator = ? "
                               f"AND source_id IN ({ph})", [code, *args])
            return Series("gdp", df, unit, f"World Bank WDI {code} (GDP, {unit}); {source_titles(store, ids)}",
                          ids, int(span["lo"].iloc[0]), int(span["hi"].iloc[0]))
        return None
    return None


def _empty(dyad: Dyad, measure: str) -> pd.DataFrame:
    note = f"not loaded: {LOAD_HINT[measure]}"
    if dyad.start is None or dyad.end is None:
        return pd.DataFrame(columns=RATIO_COLUMNS)
    out = pd.DataFrame({"year": pd.Series(range(dyad.start, dyad.end + 1), dtype="int64")})
    out["value"] = pd.array([pd.NA] * len(out), dtype="Float64")
    out["unit"], out["coverage"], out["source_ids"] = "ratio a/b", note, ""
    out["a_value"] = out["value"]
    out["b_value"] = out["value"]
    out["value_unit"], out["larger"] = "", pd.array([pd.NA] * len(out), dtype="string")
    return out[RATIO_COLUMNS]


def ratio(dyad: Dyad, measure: str, *, source: str | None = None,
          exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """``a / b`` of one capability series per year, NA where either figure is missing."""
    s = series(dyad.store, measure, cows=(dyad.a.cow, dyad.b.cow), source=source,
               exclude_sources=exclude_sources)
    if s is None:
        return _empty(dyad, measure)
    win = dyad.window(s.first, s.last)
    assert win is not None
    years = pd.DataFrame({"year": pd.Series(range(win[0], win[1] + 1), dtype="int64")})
    f = s.frame.astype({"cow": "int64", "year": "int64", "value": "Float64"})
    av = f[f["cow"] == dyad.a.cow].set_index("year")["value"]
    bv = f[f["cow"] == dyad.b.cow].set_index("year")["value"]
    out = years.copy()
    out["a_value"] = out["year"].map(av).astype("Float64")
    out["b_value"] = out["year"].map(bv).astype("Float64")
    ok = out["a_value"].notna() & out["b_value"].notna() & (out["b_value"] != 0)
    out["value"] = (out["a_value"] / out["b_value"].where(ok)).where(ok).astype("Float64")
    both = out["a_value"].notna() & out["b_value"].notna()
    larger = pd.Series(pd.NA, index=out.index, dtype="string")
    larger[both & (out["a_value"] > out["b_value"])] = dyad.a.code
    larger[both & (out["a_value"] < out["b_value"])] = dyad.b.code
    out["larger"] = larger
    out["unit"] = f"ratio {dyad.a.code}/{dyad.b.code}"
    inside = out["year"].between(s.first, s.last)
    out["coverage"] = [s.coverage() if i else f"outside {s.coverage()}" for i in inside]
    out["source_ids"] = ";".join(s.source_ids)
    out["value_unit"] = s.unit
    return out[RATIO_COLUMNS]


@indicator("milex_ratio", strand="asymmetry", unit="ratio a/b", needs=("milex", "nmc"), load=LOAD_HINT["milex"],
           missing=f"no SIPRI military expenditure loaded: run `{LOAD_HINT['milex']}`")
def milex_ratio(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(), source: str | None = None
                ) -> pd.DataFrame:
    """Military expenditure of a over b per year (SIPRI constant US$; else COW NMC), with the larger."""
    return ratio(dyad, "milex", source=source, exclude_sources=exclude_sources)


@indicator("gdp_ratio", strand="asymmetry", unit="ratio a/b", needs=("wdi",), load=LOAD_HINT["gdp"],
           missing=f"no GDP data loaded: run `{LOAD_HINT['gdp']}` (World Bank WDI)")
def gdp_ratio(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """GDP of a over b per year (World Bank WDI), with the larger."""
    return ratio(dyad, "gdp", exclude_sources=exclude_sources)


@indicator("cinc_ratio", strand="asymmetry", unit="ratio a/b", needs=("nmc",), load=LOAD_HINT["cinc"],
           missing=f"no COW capabilities loaded: run `{LOAD_HINT['cinc']}`")
def cinc_ratio(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Composite capabilities (COW NMC CINC) of a over b per year, with the larger."""
    return ratio(dyad, "cinc", exclude_sources=exclude_sources)


@indicator("asymmetry", strand="asymmetry", unit="ratio a/b", needs=("milex", "nmc", "wdi"),
           load=f"{LOAD_HINT['milex']}; {LOAD_HINT['gdp']}; {LOAD_HINT['cinc']}")
def asymmetry(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Military expenditure, GDP and CINC ratios a/b per year in one long table (``measure`` column)."""
    frames = []
    for m in ("milex", "gdp", "cinc"):
        df = ratio(dyad, m, exclude_sources=exclude_sources)
        if not df.empty:
            frames.append(df.assign(measure=m))
    if not frames:
        return pd.DataFrame(columns=["measure", *RATIO_COLUMNS])
    out = pd.concat(frames, ignore_index=True)
    return out[["measure", *RATIO_COLUMNS]]
