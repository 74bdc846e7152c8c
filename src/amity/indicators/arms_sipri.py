"""Arms-transfer indicators computed from SIPRI data in the store (directed: supplier ``a`` → recipient ``b``).

Unit: SIPRI trend-indicator values (TIV), millions — a volume index of military capability, not money.

Sources and derivations
-----------------------
* Per-dyad yearly deliveries come from the **trade register** (``arms_deliveries``): for each deal the
  delivered TIV is spread evenly over its listed delivery years (the register publishes only the deal
  total and the years), then summed over the dyad's deals. SIPRI's TIV tables hold per-country totals
  only, never per dyad, so they cannot give dyad values directly; when a TIV table of imports is loaded,
  ``deliveries_tiv`` scales each year so that the recipient's imports from all suppliers equal the
  table's (:func:`calibration`; ``calibrate=False`` for the plain split). Shares use the plain split in
  numerator and denominator alike.
* Denominators (a recipient's imports from all suppliers, a supplier's exports to all recipients) come
  from the register too when a loaded register covers all suppliers of that recipient (resp. all
  recipients of that supplier), so numerator and denominator use the same even split; otherwise from
  the TIV table (imports by recipient / exports by supplier). The output's ``denominator`` column says
  which; ``denominator="register"|"tiv_table"`` forces one.
* SIPRI names "Soviet Union" and "Russia" separately. Series use the state's current SIPRI name; with
  ``with_predecessor=True`` the predecessor names in the state table (e.g. Soviet Union for Russia) are
  added, Soviet Union deliveries only up to 1991.
* The latest vintage in the store is used; where several files of that vintage overlap (per-dyad
  pulls), a deal is counted once.
* Outside the years a loaded source covers, values are NA; inside, a year with no deliveries is 0.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from amity.indicators import COLUMNS, indicator, per_year, years_frame
from amity.store import in_list

if TYPE_CHECKING:
    from amity.dyad import Dyad
    from amity.states import State
    from amity.store import Store

UNIT = "SIPRI TIV (millions)"
#: registry facts of the indicators that read the SIPRI register (see :class:`amity.indicators.Indicator`)
SIPRI_FACTS: dict = dict(
    needs=("sipri",), load="amity data import sipri trade-register.csv",
    missing="no SIPRI arms transfers data loaded: run `amity data import sipri trade-register.csv`")
#: ... and of those whose yearly values are split from deal totals
ESTIMATED_FACTS: dict = dict(
    SIPRI_FACTS, estimate=True,
    estimate_note="per-year SIPRI TIV estimated from the register: each deal's delivered TIV spread evenly over "
                 "its delivery years, scaled to SIPRI's yearly import totals where a TIV table is loaded "
                 "(SIPRI's own split between suppliers can differ)")
PREDECESSOR_UNTIL = {"Soviet Union": 1991}
DEAL_COLUMNS = ["supplier", "recipient", "year_of_order", "year_of_order_estimate", "number_ordered",
                "number_ordered_estimate", "weapon_designation", "weapon_description", "weapon_category",
                "number_delivered", "number_delivered_estimate", "delivery_years", "delivery_years_estimate",
                "status", "comments", "tiv_per_unit", "tiv_order", "tiv_delivered", "tiv_delivered_lt_half"]


# -- data access ---------------------------------------------------------------------------------
def names_of(state: State, with_predecessor: bool = False) -> list[str]:
    """SIPRI names of a state: its current name, plus predecessors (e.g. "Soviet Union") if asked."""
    names = list(state.sipri_names) or [state.name]
    return names if with_predecessor else names[:1]


def first_year(states: list[State], with_predecessor: bool) -> int | None:
    """First year the series can be non-missing: without predecessors, a state SIPRI also lists under a
    predecessor name (Russia: Soviet Union until 1991) starts the year after the predecessor ends."""
    if with_predecessor:
        return None
    ends = [PREDECESSOR_UNTIL[n] + 1 for st in states for n in st.sipri_names[1:] if n in PREDECESSOR_UNTIL]
    return max(ends) if ends else None


def _clip(lo: int | None, first: int | None) -> int | None:
    return lo if lo is None or first is None else max(lo, first)


def _in(col: str, names: list[str]) -> tuple[str, list[object]]:
    return f"{col} IN ({', '.join('?' for _ in names)})", list(names)


def _predecessor_cut(df: pd.DataFrame, year_col: str = "year") -> pd.DataFrame:
    if df.empty:
        return df
    keep = pd.Series(True, index=df.index)
    for name, last in PREDECESSOR_UNTIL.items():
        for role in ("supplier", "recipient"):
            if role in df.columns:
                keep &= ~((df[role] == name) & (df[year_col] > last))
    return df[keep]


#: when set (an ISO date ``2022-03-20``, or a year ``2022``), SIPRI data are read from the newest vintage
#: published before that date (a year alone: before the end of that year) instead of the newest overall;
#: claim checking sets it to the brief's date to give the verdict on the data the brief could use
PUBLISHED_BEFORE: ContextVar[str | None] = ContextVar("amity_sipri_published_before", default=None)


def vintage_cutoff(date: str | int) -> str:
    """The vintage bound for a brief's date: ``2022-03-20`` stays, ``2022`` becomes ``2023`` (end of year)."""
    d = str(date).strip()
    return str(int(d) + 1) if d.isdigit() and len(d) == 4 else d


def _files(store: Store, table: str) -> pd.DataFrame:
    """sipri_files rows of the sources whose rows of ``table`` are in its latest vintage (or the latest before
    :data:`PUBLISHED_BEFORE`, where set)."""
    if not store.has_table("sipri_files") or not store.has_table(table):
        return pd.DataFrame(columns=["source_id", "layout", "role", "supplier_filter", "recipient_filter",
                                     "cover_from", "cover_to", "vintage"])
    cut = PUBLISHED_BEFORE.get()
    ids = store.latest_source_ids(table, where="s.vintage < ?" if cut else "",
                                  params=[vintage_cutoff(cut)] if cut else None)
    ph, args = in_list(ids)
    return store.query(f"SELECT f.* FROM sipri_files f WHERE f.source_id IN ({ph})", args)


def _matches(filt: pd.Series, names: list[str]) -> pd.Series:
    low = [n.lower() for n in names]
    return filt.isna() | filt.fillna("").str.lower().map(lambda f: any(n in f for n in low))


def _cover(files: pd.DataFrame, sup: list[str] | None, rec: list[str] | None) -> tuple[
        int | None, int | None, str, str]:
    """(from, to, vintage, source ids) of register files covering a supplier (None = all) to a recipient."""
    f = files[files["layout"] != "tiv"]
    f = f[(f["supplier_filter"].isna() if sup is None else _matches(f["supplier_filter"], sup))]
    f = f[(f["recipient_filter"].isna() if rec is None else _matches(f["recipient_filter"], rec))]
    if f.empty:
        return None, None, "", ""
    return (int(f["cover_from"].min()), int(f["cover_to"].max()), str(f["vintage"].iloc[0]),
            ";".join(sorted(f["source_id"].unique())))


def _register_cover(store: Store, table: str, exclude: frozenset[str], sup: list[str] | None,
                    rec: list[str] | None) -> tuple[int | None, int | None, str, str]:
    """(from, to, vintage, source ids) of the register files of ``table`` (``arms_deliveries`` or ``arms_deals``),
    less the ``exclude`` sources, covering a supplier (None = all) to a recipient (None = all)."""
    files = _files(store, table)
    return _cover(files[~files["source_id"].isin(exclude)], sup, rec)


def _percent_of(num: pd.Series, den: pd.Series, win: tuple[int, int], lo: int, hi: int, coverage: str,
                source_ids: str) -> pd.DataFrame:
    """Per year over ``win``, ``num`` as a percent of ``den`` (TIV per year; NA outside ``lo``–``hi`` and where
    ``den`` is 0), with both kept as ``numerator`` and ``denominator_tiv`` so that a period's share can be pooled
    (the period's sums divided, as SIPRI does)."""
    out = per_year(num, start=win[0], end=win[1], cover_from=lo, cover_to=hi, unit="percent", coverage=coverage,
                   source_ids=source_ids)
    d = per_year(den, start=win[0], end=win[1], cover_from=lo, cover_to=hi, unit="", coverage="",
                 source_ids="")["value"]
    out["numerator"] = out["value"]
    out["denominator_tiv"] = d
    out["value"] = (100.0 * out["numerator"] / d.where(d > 0)).astype("Float64")
    return out


def _deliveries(store: Store, sup: list[str] | None, rec: list[str] | None, sids: str) -> pd.DataFrame:
    conds, params = [], []
    for col, names in (("supplier", sup), ("recipient", rec)):
        if names is not None:
            c, p = _in(col, names)
            conds.append(c)
            params += p
    conds.append(_in("source_id", sids.split(";"))[0])
    params += sids.split(";")
    df = store.query("SELECT deal_key, supplier, recipient, weapon_category, year, tiv, lt_half FROM "
                     f"arms_deliveries WHERE {' AND '.join(conds)}", params)
    return _predecessor_cut(df.drop_duplicates(["deal_key", "year"]))


def _coverage_text(what: str, lo: int | None, hi: int | None, vintage: str) -> str:
    return f"SIPRI {what} {lo}–{hi}, vintage {vintage}" if lo is not None else "SIPRI data not loaded"


def _empty(extra: list[str] | None = None) -> pd.DataFrame:
    return pd.DataFrame(columns=COLUMNS + (extra or []))


def _window(dyad: Dyad, lo: int | None, hi: int | None) -> tuple[int, int] | None:
    return dyad.window(lo, hi)


# -- indicators ----------------------------------------------------------------------------------
def _dyad_series(dyad: Dyad, with_predecessor: bool, exclude_sources: frozenset[str], calibrate: bool = False
                 ) -> tuple[pd.Series, pd.Series, int | None, int | None, str, str]:
    sup, rec = names_of(dyad.a, with_predecessor), names_of(dyad.b, with_predecessor)
    lo, hi, vintage, sids = _register_cover(dyad.store, "arms_deliveries", exclude_sources, sup, rec)
    lo = _clip(lo, first_year([dyad.a, dyad.b], with_predecessor))
    if lo is None:
        return pd.Series(dtype=float), pd.Series(dtype=bool), None, None, "", ""
    d = _deliveries(dyad.store, sup, rec, sids)
    vals = d.groupby("year")["tiv"].sum()
    if calibrate:
        factor, tsids, tvintage = calibration(dyad.store, rec, exclude_sources)
        if not factor.empty:
            vals = vals.mul(factor.reindex(vals.index).fillna(1.0))
            sids = ";".join(sorted(set(sids.split(";")) | set(tsids.split(";"))))
            vintage = f"{vintage}; yearly split calibrated to the SIPRI TIV table of imports (vintage {tvintage})"
    return (vals, d.groupby("year")["lt_half"].any(), lo, hi, vintage, sids)


def calibration(store: Store, recipient: list[str], exclude: frozenset[str]) -> tuple[pd.Series, str, str]:
    """Per-year factors that bring the register's evenly split deliveries to ``recipient`` up or down to the
    recipient's total imports in SIPRI's TIV table (SIPRI's own yearly figures).

    factor(year) = TIV table imports / register imports (all suppliers, evenly split), for the years both
    cover where the register shows deliveries. Scaling every supplier's share by the same factor keeps
    the register's relative split between suppliers and makes the yearly totals SIPRI's. Empty when no
    TIV table of imports or no register covering all the recipient's suppliers is loaded.
    Returns (factors by year, the table's source ids, its vintage).
    """
    none = (pd.Series(dtype=float), "", "")
    table, tlo, thi, tvintage, tsids, _ = _total(store, recipient, "importer", exclude, "tiv_table")
    reg, rlo, rhi, _v, _s, _w = _total(store, recipient, "importer", exclude, "register")
    if tlo is None or rlo is None:
        return none
    years = pd.Index(range(max(tlo, rlo), min(thi, rhi) + 1), name="year")
    if years.empty:
        return none
    t = table.reindex(years).fillna(0.0)  # inside the table's coverage an empty cell means none
    r = reg.reindex(years).fillna(0.0)
    factor = (t / r.where(r > 0)).dropna()
    return factor, tsids, tvintage


@indicator("deliveries_tiv", strand="arms", unit=UNIT, directed=True, **ESTIMATED_FACTS)
def deliveries_tiv(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(), with_predecessor: bool = False,
                   calibrate: bool = True) -> pd.DataFrame:
    """Arms deliveries from a to b per year (SIPRI TIV millions; register, delivered TIV split evenly over
    each deal's delivery years). ``includes_lt_half``: a deal SIPRI values between 0 and 0.5 was delivered.

    With ``calibrate`` (default) and a SIPRI TIV table of imports loaded, each year is scaled so that the
    recipient's imports from all suppliers equal the table's (see :func:`calibration`); the coverage
    text says so. ``calibrate=False`` gives the plain even split."""
    vals, small, lo, hi, vintage, sids = _dyad_series(dyad, with_predecessor, exclude_sources, calibrate)
    win = _window(dyad, lo, hi)
    if win is None:
        return _empty(["includes_lt_half"])
    out = per_year(vals, start=win[0], end=win[1], cover_from=lo, cover_to=hi, unit=UNIT,
                   coverage=_coverage_text("Arms Transfers Database trade register", lo, hi, vintage),
                   source_ids=sids)
    out["includes_lt_half"] = out["year"].isin(small[small.astype(bool)].index)
    return out


@indicator("deliveries_tiv_ma5", strand="arms", unit=UNIT, directed=True, **ESTIMATED_FACTS)
def deliveries_tiv_ma5(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(), with_predecessor: bool = False,
                       calibrate: bool = True) -> pd.DataFrame:
    """Trailing 5-year mean of deliveries a→b (years y-4..y; NA unless all five years are covered);
    ``calibrate`` as for :func:`deliveries_tiv`."""
    vals, _small, lo, hi, vintage, sids = _dyad_series(dyad, with_predecessor, exclude_sources, calibrate)
    win = _window(dyad, lo, hi)
    if win is None:
        return _empty()
    base = per_year(vals, start=win[0] - 4, end=win[1], cover_from=lo, cover_to=hi, unit=UNIT,
                    coverage=_coverage_text("Arms Transfers Database trade register (5-year trailing mean)",
                                            lo, hi, vintage), source_ids=sids)
    v = base["value"].astype("Float64")
    ma = v.rolling(5, min_periods=5).mean()
    ma = ma.where(v.notna().rolling(5).sum() == 5)
    base["value"] = ma.astype("Float64")
    return base[base["year"] >= win[0]].reset_index(drop=True)


def _total(store: Store, names: list[str], role: str, exclude: frozenset[str], denominator: str
           ) -> tuple[pd.Series, int | None, int | None, str, str, str]:
    """Yearly total imports (role "importer") or exports ("exporter") of a party: (values, from, to,
    vintage, source ids, which denominator)."""
    if denominator in ("auto", "register"):
        sup, rec = (None, names) if role == "importer" else (names, None)
        lo, hi, vintage, sids = _register_cover(store, "arms_deliveries", exclude, sup, rec)
        if lo is not None:
            d = _deliveries(store, sup, rec, sids)
            return d.groupby("year")["tiv"].sum(), lo, hi, vintage, sids, "register"
        if denominator == "register":
            return pd.Series(dtype=float), None, None, "", "", "register"
    files = _files(store, "arms_tiv")
    files = files[(files["layout"] == "tiv") & (files["role"] == role) & ~files["source_id"].isin(exclude)]
    if files.empty:
        return pd.Series(dtype=float), None, None, "", "", "tiv_table"
    sids = ";".join(sorted(files["source_id"].unique()))
    c, p = _in("party", names)
    c2, p2 = _in("source_id", sids.split(";"))
    t = store.query(f"SELECT party, year, tiv FROM arms_tiv WHERE role = ? AND {c} AND {c2}", [role] + p + p2)
    t = _predecessor_cut(t.rename(columns={"party": "supplier" if role == "exporter" else "recipient"}))
    t = t.drop_duplicates()
    return (t.groupby("year")["tiv"].sum(), int(files["cover_from"].min()), int(files["cover_to"].max()),
            str(files["vintage"].iloc[0]), sids, "tiv_table")


def _share(dyad: Dyad, role: str, exclude: frozenset[str], with_predecessor: bool, denominator: str,
           what: str) -> pd.DataFrame:
    num, _s, lo, hi, vintage, sids = _dyad_series(dyad, with_predecessor, exclude)
    party = dyad.b if role == "importer" else dyad.a
    den, dlo, dhi, dv, dsids, which = _total(dyad.store, names_of(party, with_predecessor), role, exclude,
                                             denominator)
    if lo is None or dlo is None:
        return _empty(["numerator", "denominator_tiv", "denominator"])
    clo, chi = max(lo, dlo), min(hi, dhi)
    win = _window(dyad, clo, chi)
    if win is None or clo > chi:
        return _empty(["numerator", "denominator_tiv", "denominator"])
    cov = (f"{what}: SIPRI register {lo}–{hi} (vintage {vintage}) over "
           f"{'SIPRI register' if which == 'register' else 'SIPRI TIV table'} {dlo}–{dhi} (vintage {dv})")
    out = _percent_of(num, den, win, clo, chi, cov, ";".join(sorted(set(sids.split(";")) | set(dsids.split(";")))))
    out["denominator"] = which
    return out


@indicator("import_dependence", strand="arms", unit="percent", directed=True, **ESTIMATED_FACTS)
def import_dependence(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(), with_predecessor: bool = False,
                      denominator: str = "auto") -> pd.DataFrame:
    """Share of b's arms imports that came from a, per year (percent of SIPRI TIV; NA when b imported nothing)."""
    return _share(dyad, "importer", exclude_sources, with_predecessor, denominator, "import dependence")


@indicator("share_of_supplier_exports", strand="arms", unit="percent", directed=True, **ESTIMATED_FACTS)
def share_of_supplier_exports(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                              with_predecessor: bool = False, denominator: str = "auto") -> pd.DataFrame:
    """Share of a's arms exports that went to b, per year (percent of SIPRI TIV; NA when a exported nothing)."""
    return _share(dyad, "exporter", exclude_sources, with_predecessor, denominator, "share of supplier exports")


@indicator("supplier_concentration", strand="arms", unit="HHI (0–10000)", directed=True, **ESTIMATED_FACTS)
def supplier_concentration(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                           with_predecessor: bool = False) -> pd.DataFrame:
    """Herfindahl–Hirschman index of b's arms suppliers per year: sum of squared percentage shares of TIV
    (0–10000; 10000 = a single supplier; NA when b imported nothing). Register only."""
    rec = names_of(dyad.b, with_predecessor)
    lo, hi, vintage, sids = _register_cover(dyad.store, "arms_deliveries", exclude_sources, None, rec)
    lo = _clip(lo, first_year([dyad.b], with_predecessor))
    win = _window(dyad, lo, hi)
    if lo is None or win is None:
        return _empty(["n_suppliers"])
    d = _deliveries(dyad.store, None, rec, sids)
    by = d.groupby(["year", "supplier"])["tiv"].sum().reset_index()
    tot = by.groupby("year")["tiv"].transform("sum")
    by["sq"] = (100.0 * by["tiv"] / tot.where(tot > 0)) ** 2
    hhi = by.groupby("year")["sq"].sum(min_count=1)
    n = by[by["tiv"] > 0].groupby("year")["supplier"].nunique()
    out = per_year(hhi, start=win[0], end=win[1], cover_from=lo, cover_to=hi, unit="HHI (0–10000)",
                   coverage=_coverage_text(f"trade register, suppliers of {dyad.b.name},", lo, hi, vintage),
                   source_ids=sids)
    no_imports = ~out["year"].isin(hhi.dropna().index)
    out.loc[no_imports, "value"] = pd.NA
    out["n_suppliers"] = out["year"].map(n).astype("Int64")
    inside = out["year"].between(lo, hi)
    out.loc[inside & out["n_suppliers"].isna(), "n_suppliers"] = 0
    return out


@indicator("deliveries_by_category", strand="arms", unit=UNIT, directed=True, **ESTIMATED_FACTS)
def deliveries_by_category(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                           with_predecessor: bool = False) -> pd.DataFrame:
    """Deliveries a→b per year and SIPRI armament category (from the file, else derived from the weapon
    description); long table with ``category``."""
    sup, rec = names_of(dyad.a, with_predecessor), names_of(dyad.b, with_predecessor)
    lo, hi, vintage, sids = _register_cover(dyad.store, "arms_deliveries", exclude_sources, sup, rec)
    lo = _clip(lo, first_year([dyad.a, dyad.b], with_predecessor))
    win = _window(dyad, lo, hi)
    if lo is None or win is None:
        return _empty(["category"])
    d = _deliveries(dyad.store, sup, rec, sids)
    cov = _coverage_text("Arms Transfers Database trade register", lo, hi, vintage)
    frames = []
    for cat, g in d.groupby("weapon_category"):
        f = per_year(g.groupby("year")["tiv"].sum(), start=win[0], end=win[1], cover_from=lo, cover_to=hi,
                     unit=UNIT, coverage=cov, source_ids=sids)
        frames.append(f.assign(category=cat))
    if not frames:
        return _empty(["category"])
    return pd.concat(frames, ignore_index=True)[["year", "category", "value", "unit", "coverage", "source_ids"]]


def _deals(dyad: Dyad, exclude: frozenset[str], with_predecessor: bool) -> tuple[pd.DataFrame, int | None,
                                                                                  int | None, str, str]:
    sup, rec = names_of(dyad.a, with_predecessor), names_of(dyad.b, with_predecessor)
    lo, hi, vintage, sids = _register_cover(dyad.store, "arms_deals", exclude, sup, rec)
    if lo is None:
        return pd.DataFrame(columns=DEAL_COLUMNS), None, None, "", ""
    c1, p1 = _in("supplier", sup)
    c2, p2 = _in("recipient", rec)
    c3, p3 = _in("source_id", sids.split(";"))
    df = dyad.store.query(f"SELECT * FROM arms_deals WHERE {c1} AND {c2} AND {c3}", p1 + p2 + p3)
    df = df.drop_duplicates("deal_key")
    df = _predecessor_cut(df, "year_of_order")
    if dyad.start is not None:
        last = df["delivery_years"].fillna("").str[-4:].replace("", np.nan).astype(float)
        df = df[(df["year_of_order"] >= dyad.start) | (last >= dyad.start)]
    if dyad.end is not None:
        df = df[df["year_of_order"] <= dyad.end]
    return df.sort_values(["year_of_order", "weapon_designation"]).reset_index(drop=True), lo, hi, vintage, sids


@indicator("arms_deals", strand="arms", unit=UNIT, directed=True, shape="records", **SIPRI_FACTS)
def arms_deals(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(), with_predecessor: bool = False
               ) -> pd.DataFrame:
    """SIPRI register deals a→b, one row per deal with comments and uncertainty flags (``year`` = year of
    order, ``value`` = SIPRI TIV for the total order)."""
    df, lo, hi, vintage, sids = _deals(dyad, exclude_sources, with_predecessor)
    if lo is None:
        return _empty(DEAL_COLUMNS)
    out = df[DEAL_COLUMNS].copy()
    out.insert(0, "year", df["year_of_order"].astype("Int64"))
    out.insert(1, "value", df["tiv_order"].astype("Float64"))
    out["unit"] = UNIT
    out["coverage"] = _coverage_text("Arms Transfers Database trade register", lo, hi, vintage)
    out["source_ids"] = df["source_id"]
    return out


@indicator("open_deals", strand="arms", unit=UNIT, directed=True, shape="records", **SIPRI_FACTS)
def open_deals(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(), with_predecessor: bool = False
               ) -> pd.DataFrame:
    """Deals a→b not (fully) delivered: fewer delivered than ordered, or no delivery yet
    (``value`` = TIV ordered but not yet delivered, order TIV minus delivered TIV)."""
    deals = arms_deals(dyad, exclude_sources=exclude_sources, with_predecessor=with_predecessor)
    if deals.empty:
        return deals
    short = deals["number_ordered"].notna() & (deals["number_delivered"].fillna(0) < deals["number_ordered"])
    none_yet = deals["delivery_years"].isna()
    out = deals[short | none_yet].copy()
    out["value"] = (out["tiv_order"] - out["tiv_delivered"].fillna(0)).astype("Float64")
    return out.reset_index(drop=True)


@indicator("orders_vs_deliveries", strand="arms", unit=UNIT, directed=True, **SIPRI_FACTS)
def orders_vs_deliveries(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                         with_predecessor: bool = False) -> pd.DataFrame:
    """TIV ordered by a for b per year of order (``value``, = ``ordered_tiv``) beside TIV delivered that
    year (``delivered_tiv``) and the number of deals ordered (``deals_ordered``)."""
    deals, lo, hi, vintage, sids = _deals(dyad, exclude_sources, with_predecessor)
    lo = _clip(lo, first_year([dyad.a, dyad.b], with_predecessor))
    win = _window(dyad, lo, hi)
    if lo is None or win is None:
        return _empty(["ordered_tiv", "delivered_tiv", "deals_ordered"])
    ordered = deals.groupby("year_of_order")["tiv_order"].sum()
    out = per_year(ordered, start=win[0], end=win[1], cover_from=lo, cover_to=hi, unit=UNIT,
                   coverage=_coverage_text("Arms Transfers Database trade register", lo, hi, vintage),
                   source_ids=sids)
    out["ordered_tiv"] = out["value"]
    deliv = deliveries_tiv(dyad, exclude_sources=exclude_sources, with_predecessor=with_predecessor)
    out["delivered_tiv"] = out["year"].map(deliv.set_index("year")["value"]).astype("Float64")
    n = deals.groupby("year_of_order").size()
    out["deals_ordered"] = out["year"].map(n).astype("Int64")
    out.loc[out["year"].between(lo, hi) & out["deals_ordered"].isna(), "deals_ordered"] = 0
    return out


# -- all pairs at once (vectorised; for panels and benchmarks) -------------------------------------
def pairs_panel(store: Store) -> pd.DataFrame:
    """Every supplier–recipient pair of SIPRI names in the latest register, every covered year:
    ``deliveries_tiv``, ``deliveries_tiv_ma5``, ``import_dependence``, ``share_of_supplier_exports`` (percent)
    and the recipient's ``supplier_concentration`` (HHI 0–10000). One DuckDB query; registers of the whole
    world only (files without a supplier/recipient selection). Deliveries are the plain even split
    (``calibrate=False`` in the per-dyad indicators)."""
    files = _files(store, "arms_deliveries")
    files = files[(files["layout"] != "tiv") & files["supplier_filter"].isna() & files["recipient_filter"].isna()]
    if files.empty:
        return pd.DataFrame(columns=["supplier", "recipient", "year", "deliveries_tiv", "deliveries_tiv_ma5",
                                     "import_dependence", "share_of_supplier_exports", "supplier_concentration"])
    lo, hi = int(files["cover_from"].min()), int(files["cover_to"].max())
    sids = list(files["source_id"].unique())
    q = f"""
    WITH d AS (SELECT DISTINCT deal_key, supplier, recipient, year, tiv FROM arms_deliveries
               WHERE source_id IN ({', '.join('?' for _ in sids)})),
    py AS (SELECT supplier, recipient, year, sum(tiv) AS tiv FROM d GROUP BY ALL),
    pairs AS (SELECT DISTINCT supplier, recipient FROM py),
    grid AS (SELECT p.supplier, p.recipient, y.year FROM pairs p CROSS JOIN range({lo}, {hi + 1}) y(year)),
    g AS (SELECT grid.*, coalesce(py.tiv, 0) AS tiv FROM grid LEFT JOIN py USING (supplier, recipient, year)),
    imp AS (SELECT recipient, year, sum(tiv) AS tot FROM py GROUP BY ALL),
    exp AS (SELECT supplier, year, sum(tiv) AS tot FROM py GROUP BY ALL),
    hhi AS (SELECT py.recipient, py.year, sum(power(100 * py.tiv / imp.tot, 2)) AS hhi
            FROM py JOIN imp USING (recipient, year) WHERE imp.tot > 0 GROUP BY ALL)
    SELECT g.supplier, g.recipient, g.year, g.tiv AS deliveries_tiv,
      CASE WHEN g.year - 4 >= {lo} THEN avg(g.tiv) OVER (PARTITION BY g.supplier, g.recipient ORDER BY g.year
           ROWS BETWEEN 4 PRECEDING AND CURRENT ROW) END AS deliveries_tiv_ma5,
      CASE WHEN imp.tot > 0 THEN 100 * g.tiv / imp.tot END AS import_dependence,
      CASE WHEN exp.tot > 0 THEN 100 * g.tiv / exp.tot END AS share_of_supplier_exports,
      hhi.hhi AS supplier_concentration
    FROM g LEFT JOIN imp ON imp.recipient = g.recipient AND imp.year = g.year
      LEFT JOIN exp ON exp.supplier = g.supplier AND exp.year = g.year
      LEFT JOIN hhi ON hhi.recipient = g.recipient AND hhi.year = g.year
    ORDER BY g.supplier, g.recipient, g.year
    """
    return store.query(q, sids)


# -- one state's totals and world shares (SIPRI fact-sheet figures) --------------------------------
#: which party of the dyad each single-state indicator describes (the other one is not used)
ROLE_PARTY = {"exporter": "a", "importer": "b"}
#: weapon-category families: SIPRI's armament categories as :func:`amity.sources.sipri.category_of`
#: assigns them from the register's weapon description (the register's own category where it has one);
#: the names analysts write map to them (lower case)
CATEGORY_FAMILIES: dict[str, str] = {
    "aircraft": "Aircraft", "combat aircraft": "Aircraft", "helicopters": "Aircraft",
    "air defence": "Air defence systems",
    "air defence systems": "Air defence systems", "air-defence systems": "Air defence systems",
    "armoured vehicles": "Armoured vehicles", "artillery": "Artillery", "engines": "Engines",
    "missiles": "Missiles", "naval weapons": "Naval weapons", "satellites": "Satellites", "sensors": "Sensors",
    "radars": "Sensors", "ships": "Ships", "warships": "Ships", "submarines": "Ships", "other": "Other",
}


def category_family(name: str) -> str:
    """The SIPRI armament category a name stands for (``engines`` → ``Engines``); the name itself if unknown."""
    key = str(name).strip().lower()
    return CATEGORY_FAMILIES.get(key, CATEGORY_FAMILIES.get(key.rstrip("s"), str(name).strip()))


def _world(store: Store, role: str, exclude: frozenset[str], basis: str
           ) -> tuple[pd.Series, int | None, int | None, str, str, str]:
    """World total exports (role "exporter") or imports ("importer") per year: (values, from, to, vintage,
    source ids, basis used). ``basis``: "tiv_table" (SIPRI's table, its "Total world" row, else the sum of its
    rows), "register" (all deliveries of a whole-world register, evenly split) or "auto" (table first)."""
    none = (pd.Series(dtype=float), None, None, "", "", basis)
    if basis in ("auto", "tiv_table"):
        files = _files(store, "arms_tiv")
        files = files[(files["layout"] == "tiv") & (files["role"] == role) & ~files["source_id"].isin(exclude)]
        if not files.empty:
            sids = ";".join(sorted(files["source_id"].unique()))
            c, p = _in("source_id", sids.split(";"))
            t = store.query(f"SELECT party, party_type, year, tiv FROM arms_tiv WHERE role = ? AND {c}", [role] + p)
            t = t.drop_duplicates(["party", "year"])
            tot = t[t["party_type"] == "total"]
            vals = (tot if not tot.empty else t[t["party_type"] != "total"]).groupby("year")["tiv"].sum()
            return (vals.astype(float), int(files["cover_from"].min()), int(files["cover_to"].max()),
                    str(files["vintage"].iloc[0]), sids, "tiv_table")
        if basis == "tiv_table":
            return none
    lo, hi, vintage, sids = _register_cover(store, "arms_deliveries", exclude, None, None)
    if lo is None:
        return none
    d = _deliveries(store, None, None, sids)
    return d.groupby("year")["tiv"].sum().astype(float), lo, hi, vintage, sids, "register"


def _party_total(store: Store, names: list[str], role: str, exclude: frozenset[str], basis: str
                 ) -> tuple[pd.Series, int | None, int | None, str, str, str]:
    """A party's total exports or imports per year on the given basis ("auto": the TIV table first)."""
    if basis in ("auto", "tiv_table"):
        out = _total(store, names, role, exclude, "tiv_table")
        if out[1] is not None or basis == "tiv_table":
            return out
    sup, rec = (names, None) if role == "exporter" else (None, names)
    lo, hi, vintage, sids = _register_cover(store, "arms_deliveries", exclude, sup, rec)
    if lo is None:
        return pd.Series(dtype=float), None, None, "", "", "register"
    d = _deliveries(store, sup, rec, sids)
    return d.groupby("year")["tiv"].sum().astype(float), lo, hi, vintage, sids, "register"


def _basis_text(which: str) -> str:
    return "SIPRI TIV table" if which == "tiv_table" else "SIPRI register (delivered TIV split evenly over years)"


def _party_of(dyad: Dyad, role: str) -> State:
    return dyad.a if role == "exporter" else dyad.b


def _total_indicator(dyad: Dyad, role: str, exclude: frozenset[str], with_predecessor: bool, basis: str
                     ) -> pd.DataFrame:
    party = _party_of(dyad, role)
    vals, lo, hi, vintage, sids, which = _party_total(dyad.store, names_of(party, with_predecessor), role,
                                                      exclude, basis)
    lo = _clip(lo, first_year([party], with_predecessor))
    win = _window(dyad, lo, hi)
    if lo is None or win is None:
        return _empty(["basis"])
    what = "exports to all recipients" if role == "exporter" else "imports from all suppliers"
    out = per_year(vals, start=win[0], end=win[1], cover_from=lo, cover_to=hi, unit=UNIT,
                   coverage=f"{party.name}'s {what}: {_basis_text(which)} {lo}–{hi}, vintage {vintage}",
                   source_ids=sids)
    out["basis"] = which
    return out


def _world_share(dyad: Dyad, role: str, exclude: frozenset[str], with_predecessor: bool, basis: str
                 ) -> pd.DataFrame:
    party = _party_of(dyad, role)
    num, lo, hi, vintage, sids, which = _party_total(dyad.store, names_of(party, with_predecessor), role,
                                                     exclude, basis)
    cols = ["numerator", "denominator_tiv", "basis"]
    if lo is None:
        return _empty(cols)
    den, dlo, dhi, dv, dsids, dwhich = _world(dyad.store, role, exclude, which)
    if dlo is None:
        return _empty(cols)
    clo = _clip(max(lo, dlo), first_year([party], with_predecessor))
    chi = min(hi, dhi)
    win = _window(dyad, clo, chi)
    if win is None or clo is None or clo > chi:
        return _empty(cols)
    what = "world arms exports" if role == "exporter" else "world arms imports"
    out = _percent_of(num, den, win, clo, chi,
                      f"{party.name}'s share of {what}: {_basis_text(which)} {clo}–{chi} (vintage {vintage})",
                      ";".join(sorted(set(sids.split(";")) | set(dsids.split(";")))))
    out["basis"] = which
    return out


@indicator("supplier_total_exports", strand="arms", unit=UNIT, directed=True, **SIPRI_FACTS)
def supplier_total_exports(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                           with_predecessor: bool = False, basis: str = "auto") -> pd.DataFrame:
    """Arms exports of a (the supplier) to all recipients per year (SIPRI TIV millions; b is not used).

    ``basis="auto"``: SIPRI's TIV table of exports when loaded (SIPRI's own yearly figures), else the trade
    register (a's deliveries, each deal's delivered TIV split evenly over its delivery years). Column
    ``basis`` says which."""
    return _total_indicator(dyad, "exporter", exclude_sources, with_predecessor, basis)


@indicator("recipient_total_imports", strand="arms", unit=UNIT, directed=True, **SIPRI_FACTS)
def recipient_total_imports(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                            with_predecessor: bool = False, basis: str = "auto") -> pd.DataFrame:
    """Arms imports of b (the recipient) from all suppliers per year (SIPRI TIV millions; a is not used).

    Basis as for :func:`supplier_total_exports` (TIV table of imports first, else the register)."""
    return _total_indicator(dyad, "importer", exclude_sources, with_predecessor, basis)


@indicator("supplier_world_share", strand="arms", unit="percent", directed=True, **SIPRI_FACTS)
def supplier_world_share(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                         with_predecessor: bool = False, basis: str = "auto") -> pd.DataFrame:
    """Share of world arms exports that a (the supplier) made, per year (percent of SIPRI TIV; b is not used).

    Numerator and denominator come from the same basis: the TIV table of exports (a's row over its
    "Total world export" row) when loaded, else a whole-world trade register. ``numerator`` and
    ``denominator_tiv`` give the TIV so that a period's share can be pooled (SIPRI's five-year shares are
    the period's sums divided, not the mean of yearly shares)."""
    return _world_share(dyad, "exporter", exclude_sources, with_predecessor, basis)


@indicator("recipient_world_share", strand="arms", unit="percent", directed=True, **SIPRI_FACTS)
def recipient_world_share(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(),
                          with_predecessor: bool = False, basis: str = "auto") -> pd.DataFrame:
    """Share of world arms imports that b (the recipient) received, per year (percent of SIPRI TIV; a not used).

    As :func:`supplier_world_share`, with the TIV table of imports (its "Total world import" row)."""
    return _world_share(dyad, "importer", exclude_sources, with_predecessor, basis)


@indicator("weapon_category_share", strand="arms", unit="percent", directed=True, **SIPRI_FACTS)
def weapon_category_share(dyad: Dyad, *, category: str = "Aircraft", exclude_sources: frozenset[str] = frozenset(),
                          with_predecessor: bool = False) -> pd.DataFrame:
    """Share of b's arms imports (from all suppliers) in one weapon category, per year (percent of SIPRI TIV;
    a is not used). Register only (the TIV tables have no categories).

    ``category`` is a SIPRI armament category or a name for one (``engines``, ``air defence``,
    ``combat aircraft``: see :data:`CATEGORY_FAMILIES`); categories are the register's, else derived from the
    weapon description by :func:`amity.sources.sipri.category_of`. ``numerator``/``denominator_tiv`` allow
    pooling a period."""
    fam = category_family(category)
    rec = names_of(dyad.b, with_predecessor)
    lo, hi, vintage, sids = _register_cover(dyad.store, "arms_deliveries", exclude_sources, None, rec)
    lo = _clip(lo, first_year([dyad.b], with_predecessor))
    win = _window(dyad, lo, hi)
    cols = ["numerator", "denominator_tiv", "category"]
    if lo is None or win is None:
        return _empty(cols)
    d = _deliveries(dyad.store, None, rec, sids)
    num = d[d["weapon_category"].astype(str).str.lower() == fam.lower()].groupby("year")["tiv"].sum()
    den = d.groupby("year")["tiv"].sum()
    out = _percent_of(num, den, win, lo, hi,
                      f"{fam} in {dyad.b.name}'s imports: SIPRI register {lo}–{hi}, vintage {vintage}", sids)
    out["category"] = fam
    return out


@indicator("last_order_year", strand="arms", unit="year", directed=True, **SIPRI_FACTS)
def last_order_year(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset(), with_predecessor: bool = False,
                    category: str | None = None) -> pd.DataFrame:
    """Year of a's latest arms order for b up to each year (SIPRI register year of order; NA before the first
    order and outside the register's coverage). ``category`` keeps one weapon category (see
    :func:`weapon_category_share`). "Last ordered in 2015", said in 2022, is this value in 2022."""
    deals, lo, hi, vintage, sids = _deals(dyad, exclude_sources, with_predecessor)
    lo = _clip(lo, first_year([dyad.a, dyad.b], with_predecessor))
    win = _window(dyad, lo, hi)
    if lo is None or win is None:
        return _empty()
    if category is not None and not deals.empty:
        fam = category_family(category)
        from amity.sources.sipri import category_of

        cat = deals["weapon_category"].where(deals["weapon_category"].notna(),
                                             category_of(deals["weapon_description"]))
        deals = deals[cat.astype(str).str.lower() == fam.lower()]
    years = sorted({int(y) for y in deals["year_of_order"].dropna()})
    out = years_frame(win[0], win[1])
    last = pd.Series(years, index=years, dtype="Float64")
    vals = last.reindex(range(min(years[0], win[0]) if years else win[0], win[1] + 1)).ffill() if years else None
    out["value"] = (out["year"].map(vals) if vals is not None else pd.Series(pd.NA, index=out.index)).astype("Float64")
    out.loc[~out["year"].between(lo, hi), "value"] = pd.NA
    out["unit"] = "year"
    what = f" ({category_family(category)})" if category else ""
    out["coverage"] = _coverage_text(f"Arms Transfers Database trade register, orders{what}", lo, hi, vintage)
    out["source_ids"] = sids
    return out
