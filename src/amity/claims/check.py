"""Checking claims against the data: ``supported``, ``contradicted`` or ``unverifiable``.

For each claim the checker computes its indicator for its dyad, leaving out the document that makes
the claim (``exclude_sources={said_in.source}``: a brief never confirms itself), turns the result
into one value per year (NA where the data does not cover the year) and applies the claim's test.

Rules every test follows
------------------------
* Support needs the data to cover every year the test looks at. A contradiction may rest on the
  covered years alone when they already rule the claim out (a year above the claimed peak, a share
  outside the claimed range, an earlier "first").
* Units are compared before numbers: a claim in US$ is never compared with SIPRI TIV; it is
  ``unverifiable`` with the reason ``unit mismatch: claim in US$, data in SIPRI TIV``.
* Missing data is ``unverifiable`` with a reason naming what to load.

See ``docs/claims.md`` for each test's semantics.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from amity.claims.model import Claim, from_dict
from amity.jsonable import scalar

if TYPE_CHECKING:
    from amity.dossier import Dossier
    from amity.store import Store

SUPPORTED, CONTRADICTED, UNVERIFIABLE = "supported", "contradicted", "unverifiable"
VERDICTS = (SUPPORTED, CONTRADICTED, UNVERIFIABLE)

_SIPRI = "no SIPRI arms transfers data loaded: run `amity data import sipri trade-register.csv`"
_UNGA = ("no UN General Assembly votes loaded: run "
         "`amity data import unga un_votes.rda un_roll_calls.rda un_roll_call_issues.rda`")
#: how to load the data each indicator needs (the reason given when it has none)
LOAD_HINTS: dict[str, str] = {
    "exercises": "no joint exercises recorded for this pair in the embedded dossier",
    "exercises_per_year": "no joint exercises recorded for this pair in the embedded dossier",
    "exercise_distance": "no joint exercises with a located area recorded for this pair in the embedded dossier",
    "agreements": "no agreements recorded for this pair in the embedded dossier",
    "meetings": "no meetings recorded for this pair in the embedded dossier",
    "arms_figures": "no arms figures quoted for this pair in the embedded dossier",
    "deliveries_tiv": _SIPRI,
    "deliveries_tiv_ma5": _SIPRI,
    "import_dependence": _SIPRI,
    "share_of_supplier_exports": _SIPRI,
    "supplier_concentration": _SIPRI,
    "vote_agreement": _UNGA,
    "ideal_points": _UNGA + " (ideal points: also `amity data import idealpoints IdealpointestimatesAll.csv`)",
    "vetoes": "no Security Council vetoes recorded for this pair in the shipped vetoes table",
    "vetoes_per_year": "no Security Council vetoes recorded for this pair in the shipped vetoes table",
    "double_vetoes": "no Security Council vetoes recorded for this pair in the shipped vetoes table",
    "milex_ratio": "no SIPRI military expenditure loaded: run `amity data import milex SIPRI-Milex-data.xlsx`",
    "gdp_ratio": "no GDP data loaded: run `amity data import wdi API_NY.GDP.MKTP.KD_DS2_en_csv_v2.csv` "
                 "(World Bank WDI)",
    "cinc_ratio": "no COW capabilities loaded: run `amity data import nmc NMC-60-abridged.csv`",
    "alliance": "no COW alliance data loaded: run `amity data import alliances alliance_v4.1_by_dyad_yearly.csv`",
}
#: indicators that return one row per record (counted per year over the years the records span)
RECORD_INDICATORS = frozenset({"exercises", "agreements", "meetings", "vetoes"})
#: indicators computed from the curated dossier: the briefs are not a census, so the absence of a
#: record in the other briefs is no evidence that something did not happen
DOSSIER_INDICATORS = frozenset({"exercises", "exercises_per_year", "exercise_distance", "agreements",
                                "meetings", "arms_figures"})
#: indicators whose yearly values are estimates; the verdict's reason says how they were made
ESTIMATE_NOTES: dict[str, str] = {
    name: "per-year SIPRI TIV estimated from the register: each deal's delivered TIV spread evenly over "
          "its delivery years, scaled to SIPRI's yearly import totals where a TIV table is loaded "
          "(SIPRI's own split between suppliers can differ)"
    for name in ("deliveries_tiv", "deliveries_tiv_ma5", "import_dependence", "share_of_supplier_exports",
                 "supplier_concentration", "deliveries_by_category")
}
#: indicators that return quoted figures, one row per figure (no coverage outside the quoted years)
FIGURE_INDICATORS = frozenset({"arms_figures"})


def load_hint(indicator: str) -> str:
    """The reason given when ``indicator`` has no data: what is missing and how to load it."""
    return LOAD_HINTS.get(indicator, f"no data for indicator {indicator!r} loaded (see `amity data status`)")


@dataclass
class ClaimResult:
    """The verdict on one claim, with the figure found and the evidence used."""

    id: str
    text: str
    passage: str
    said_in: dict[str, Any]
    indicator: str
    test: str
    dyad: tuple[str, str]
    period: tuple[int, int]
    verdict: str
    found: Any
    expected: Any
    tolerance: float
    unit: str | None
    reason: str
    evidence_sources: list[dict[str, str]] = field(default_factory=list)
    #: the yearly series the test used (columns year, value; NA where not covered)
    series: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["year", "value"]))
    data_unit: str = ""

    @property
    def source(self) -> str:
        return str(self.said_in.get("source") or "")

    @property
    def locator(self) -> str:
        return str(self.said_in.get("locator") or "")

    def to_dict(self, with_series: bool = False) -> dict[str, Any]:
        """A JSON-ready mapping (the series as ``[{year, value}]`` when asked)."""
        d: dict[str, Any] = {
            "id": self.id, "text": self.text, "passage": self.passage, "source": self.source,
            "locator": self.locator, "indicator": self.indicator, "test": self.test,
            "dyad": "-".join(self.dyad) if all(self.dyad) else "",
            "period": f"{self.period[0]}-{self.period[1]}" if self.period[0] else "",
            "verdict": self.verdict, "found": _plain(self.found), "expected": _plain(self.expected),
            "tolerance": self.tolerance, "unit": self.unit, "data_unit": self.data_unit,
            "reason": self.reason,
            "evidence_sources": "; ".join(f"{e['id']} ({e['vintage']})" if e.get("vintage") else e["id"]
                                          for e in self.evidence_sources),
        }
        if with_series:
            d["series"] = [{"year": int(y), "value": _plain(v)} for y, v in zip(self.series["year"],
                                                                                  self.series["value"])]
        return d


def _plain(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, list | tuple):
        return [_plain(x) for x in v]
    v = scalar(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    if isinstance(v, float):
        return round(v, 4)
    return v


def results_frame(results: Iterable[ClaimResult]) -> pd.DataFrame:
    """One row per result (the columns of :meth:`ClaimResult.to_dict`)."""
    rows = [r.to_dict() for r in results]
    cols = ["id", "text", "passage", "source", "locator", "indicator", "test", "dyad", "period", "verdict",
            "found", "expected", "tolerance", "unit", "data_unit", "reason", "evidence_sources"]
    return pd.DataFrame(rows, columns=cols)


# -- units -------------------------------------------------------------------------------------
_COUNT_WORDS = ("exercise", "record", "veto", "count", "item", "number", "event", "meeting", "agreement",
                "vote", "resolution", "draft")
#: other names of a place an exercise area may be recorded under (lower case)
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "sea of japan": ("vladivostok", "peter the great bay", "east sea"),
    "mediterranean": ("mediterranean sea", "eastern mediterranean"),
    "baltic sea": ("kaliningrad", "baltiysk"),
    "east china sea": ("shanghai",),
    "south china sea": ("zhanjiang", "hainan"),
    "yellow sea": ("qingdao",),
}


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


# -- turning an indicator's output into a yearly series ------------------------------------------
@dataclass
class _Data:
    series: pd.Series  # index: year (int), values Float64, NA = not covered
    unit: str
    sources: dict[int, set[str]]  # sources of the rows behind each year's value
    rows: pd.DataFrame  # the indicator's rows after filters (records: one per record)
    span: tuple[int, int] | None  # years the records cover (record indicators)
    error: str | None = None
    covered: list[int] = field(default_factory=list)  # every year with a value, inside or outside the window


def _accepted(func: Any) -> set[str] | None:
    """Keyword names ``func`` accepts, or ``None`` if it takes ``**kwargs``."""
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in sig.parameters.values()):
        return None
    return set(sig.parameters)


def _row_sources(df: pd.DataFrame) -> pd.Series:
    col = "source_ids" if "source_ids" in df.columns else "source" if "source" in df.columns else None
    if col is None:
        return pd.Series([set()] * len(df), index=df.index, dtype=object)
    return df[col].fillna("").astype(str).map(lambda s: {x.strip() for x in s.split(";") if x.strip()})


def _data(name: str, a: str, b: str, params: dict[str, Any], exclude: frozenset[str], store: Store | None,
          dossier: Dossier | None, years: tuple[int, int]) -> _Data:
    """The indicator ``name`` for ``a``–``b`` as one value per year over ``years``."""
    from amity import indicators
    from amity.dyad import Dyad
    from amity.errors import AmityError

    empty = pd.Series(pd.NA, index=pd.RangeIndex(years[0], years[1] + 1), dtype="Float64")

    def fail(reason: str) -> _Data:
        return _Data(empty, "", {}, pd.DataFrame(), None, reason)

    try:
        ind = indicators.get(name)
    except AmityError:
        return fail(f"indicator {name!r} is not available in this installation")
    try:
        dyad = Dyad(a, b, store=store, dossier=dossier)
    except AmityError as exc:
        return fail(str(exc))
    acc = _accepted(ind.func)
    kw = {k: v for k, v in params.items() if acc is None or k in acc}
    if acc is None or "exclude_sources" in acc:
        kw["exclude_sources"] = exclude
    try:
        df = ind(dyad, **kw)
    except Exception as exc:  # an indicator whose data is not loaded, or that cannot answer
        kind = type(exc).__name__
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else kind
        if isinstance(exc, AmityError) or "missing" in kind.lower() or "notloaded" in kind.lower():
            return fail(f"{load_hint(name)} ({detail})")
        return fail(f"indicator {name} failed: {kind}: {detail}")
    if df is None or not isinstance(df, pd.DataFrame) or df.empty or "year" not in df.columns:
        return fail(load_hint(name))
    df = df.copy()
    if "exclude_sources" not in kw and "source" in df.columns:
        df = df[~df["source"].isin(exclude)]
    df["year"] = pd.to_numeric(df["year"], errors="coerce")
    df = df.dropna(subset=["year"])
    df["year"] = df["year"].astype(int)
    unfiltered = df
    for k, v in params.items():
        if k in df.columns and v is not None:
            df = df[df[k].astype(str).str.lower() == str(v).lower()]
    unit = ""
    if "unit" in df.columns and df["unit"].notna().any():
        unit = "; ".join(dict.fromkeys(str(u) for u in df["unit"].dropna()))
    elif "unit" in unfiltered.columns and unfiltered["unit"].notna().any():
        unit = str(unfiltered["unit"].dropna().iloc[0])
    else:
        unit = ind.unit
    srcs = _row_sources(df)
    by_year: dict[int, set[str]] = {}
    for y, s in zip(df["year"], srcs):
        by_year.setdefault(int(y), set()).update(s)
    idx = pd.RangeIndex(years[0], years[1] + 1)
    records = name in RECORD_INDICATORS or (
        name not in FIGURE_INDICATORS and "category" not in df.columns and unfiltered["year"].duplicated().any()
        and "record" not in df.columns)
    span = None
    if name in FIGURE_INDICATORS or "record" in df.columns:
        vals = pd.to_numeric(df["value"], errors="coerce").groupby(df["year"]).sum(min_count=1)
        series = vals.reindex(idx).astype("Float64")
    elif records:
        span = (int(unfiltered["year"].min()), int(unfiltered["year"].max()))
        counts = df.groupby("year").size()
        series = pd.Series([float(counts.get(y, 0)) if span[0] <= y <= span[1] else pd.NA for y in idx],
                           index=idx, dtype="Float64")
        unit = "records" if name != "exercises" else "exercises"
        cover = set().union(*_row_sources(unfiltered)) if len(unfiltered) else set()
        for y in idx:
            if span[0] <= y <= span[1] and y not in by_year:
                by_year[y] = set(cover)
    else:
        vals = pd.to_numeric(df["value"], errors="coerce").astype("Float64")
        series = vals.groupby(df["year"]).sum(min_count=1).reindex(idx).astype("Float64")
    if span is not None:
        covered = list(range(span[0], span[1] + 1))
    elif "value" in df.columns:
        covered = sorted({int(y) for y, v in zip(df["year"], pd.to_numeric(df["value"], errors="coerce"))
                          if not pd.isna(v)})
    else:
        covered = []
    return _Data(series, unit, by_year, df, span, covered=covered)


# -- the tests ------------------------------------------------------------------------------------
@dataclass
class _Outcome:
    verdict: str
    found: Any
    reason: str
    years: list[int] = field(default_factory=list)  # years whose sources are evidence


def _fmt(v: Any) -> str:
    if v is None or (not isinstance(v, str | list | tuple) and pd.isna(v)):
        return "NA"
    if isinstance(v, float | int):
        f = float(v)
        return str(int(f)) if f.is_integer() else f"{f:,.3g}" if abs(f) < 1000 else f"{f:,.0f}"
    return str(v)


def _per(p: Iterable[int]) -> str:
    a, b = (int(y) for y in p)
    return str(a) if a == b else f"{a}–{b}"


def _yrs(ys: Iterable[int]) -> str:
    ys = sorted({int(y) for y in ys})
    if not ys:
        return ""
    runs, start, prev = [], ys[0], ys[0]
    for y in ys[1:] + [None]:  # type: ignore[list-item]
        if y is not None and y == prev + 1:
            prev = y
            continue
        runs.append(str(start) if start == prev else f"{start}–{prev}")
        if y is not None:
            start = prev = y
    return ", ".join(runs)


def _missing(s: pd.Series) -> list[int]:
    return [int(y) for y in s.index[s.isna()]]


def _window(s: pd.Series, lo: int, hi: int) -> pd.Series:
    return s[(s.index >= lo) & (s.index <= hi)]


def _no_data(s: pd.Series, what: str, hint: str) -> _Outcome:
    if s.isna().all():
        return _Outcome(UNVERIFIABLE, None, hint)
    return _Outcome(UNVERIFIABLE, None, f"no data for {what} (years missing: {_yrs(_missing(s))})")


def _test_value(c: Claim, s: pd.Series, factor: float, hint: str) -> _Outcome:
    w = _window(s, *c.period)
    exp = float(c.expected) * factor
    tol = c.tolerance * factor
    agg = c.params.get("aggregate")
    if w.isna().any():
        return _no_data(w, _per(c.period), hint)
    found = float(w.mean()) if agg == "mean" else float(w.sum())
    ok = abs(found - exp) <= tol + 1e-9
    what = f"{agg} {_per(c.period)}" if len(w) > 1 else str(c.period[0])
    return _Outcome(SUPPORTED if ok else CONTRADICTED, found,
                    f"{what}: {_fmt(found)}, expected {_fmt(exp)} ± {_fmt(tol)}", list(w.index))


def _test_extreme(c: Claim, s: pd.Series, hint: str, peak: bool) -> _Outcome:
    w = _window(s, *c.period)
    cov = w.dropna().astype(float)
    word = "peak" if peak else "trough"
    if cov.empty:
        return _no_data(w, _per(c.period), hint)
    best = cov.max() if peak else cov.min()
    ties = [int(y) for y in cov.index[cov == best]]
    exp, tol = int(c.expected), int(c.tolerance)
    ok_years = [y for y in cov.index if abs(y - exp) <= tol]
    beats = (lambda x, y: x > y) if peak else (lambda x, y: x < y)
    found: Any = ties[0] if len(ties) == 1 else ties
    if w.isna().any():
        if not ok_years:
            return _Outcome(UNVERIFIABLE, None, f"no data for {exp} (data cover {_yrs(cov.index)} of "
                                                f"{_per(c.period)})")
        at_exp = cov[ok_years].max() if peak else cov[ok_years].min()
        if beats(best, at_exp):
            return _Outcome(CONTRADICTED, found, f"{word} of the covered years in {_yrs(ties)} "
                                                 f"({_fmt(best)}) beats {exp} ({_fmt(at_exp)})", list(cov.index))
        return _Outcome(UNVERIFIABLE, found, f"data cover only {_yrs(cov.index)} of {_per(c.period)}")
    hit = [y for y in ties if abs(y - exp) <= tol]
    tie_note = f"; tied: {_yrs(ties)}" if len(ties) > 1 else ""
    if hit:
        return _Outcome(SUPPORTED, found, f"{word} {_per(c.period)} in {_yrs(ties)} ({_fmt(best)}){tie_note}",
                        list(w.index))
    at_exp = cov[ok_years]
    return _Outcome(CONTRADICTED, found, f"{word} {_per(c.period)} in {_yrs(ties)} ({_fmt(best)}), not {exp} "
                                         f"({_fmt(at_exp.iloc[0] if len(at_exp) else None)}){tie_note}",
                    list(w.index))


def _test_share(c: Claim, s: pd.Series, hint: str) -> _Outcome:
    lo, hi = (c.expected, c.expected) if not isinstance(c.expected, list | tuple) else c.expected
    lo, hi = float(lo) - c.tolerance, float(hi) + c.tolerance
    w = _window(s, *c.period)
    cov = w.dropna().astype(float)
    rng = f"[{_fmt(lo)}, {_fmt(hi)}]"
    if cov.empty:
        return _no_data(w, _per(c.period), hint)
    if c.params.get("aggregate") == "mean":
        if w.isna().any():
            return _no_data(w, _per(c.period), hint)
        m = float(cov.mean())
        ok = lo - 1e-9 <= m <= hi + 1e-9
        return _Outcome(SUPPORTED if ok else CONTRADICTED, m, f"mean {_per(c.period)}: {_fmt(m)}, expected in {rng}",
                        list(w.index))
    found: Any = float(cov.iloc[0]) if len(cov) == 1 else f"{_fmt(cov.min())}–{_fmt(cov.max())}"
    out = cov[(cov < lo - 1e-9) | (cov > hi + 1e-9)]
    if not out.empty:
        detail = ", ".join(f"{y}: {_fmt(v)}" for y, v in out.items())
        return _Outcome(CONTRADICTED, found, f"outside {rng} in {detail}", list(out.index))
    if w.isna().any():
        return _Outcome(UNVERIFIABLE, found, f"within {rng} in {_yrs(cov.index)}, but no data for "
                                             f"{_yrs(_missing(w))}", list(cov.index))
    return _Outcome(SUPPORTED, found, f"every year {_per(c.period)} within {rng}", list(w.index))


def _agg(w: pd.Series, method: str) -> float:
    return float(w.sum()) if method == "sum" else float(w.mean())


def _test_trend(c: Claim, s: pd.Series, hint: str) -> _Outcome:
    before, after = c.params["before"], c.params["after"]
    method = c.params.get("method", "mean")
    direction = c.params.get("direction", c.expected)
    wb, wa = _window(s, *before), _window(s, *after)
    miss = _missing(wb) + _missing(wa)
    if miss:
        if wb.isna().all() and wa.isna().all():
            return _Outcome(UNVERIFIABLE, None, hint)
        return _Outcome(UNVERIFIABLE, None, f"no data for {_yrs(miss)}")
    vb, va = _agg(wb, method), _agg(wa, method)
    change = va - vb
    found = f"{method} {_per(before)}: {_fmt(vb)} → {_per(after)}: {_fmt(va)}"
    ok = change > c.tolerance if direction == "increase" else change < -c.tolerance
    word = "rose" if change > 0 else "fell" if change < 0 else "unchanged"
    return _Outcome(SUPPORTED if ok else CONTRADICTED, found,
                    f"{word} by {_fmt(abs(change))} (claim: {direction}"
                    + (f" by more than {_fmt(c.tolerance)})" if c.tolerance else ")"),
                    list(wb.index) + list(wa.index))


def _test_comparison(c: Claim, s: pd.Series, other: _Data, hint: str) -> _Outcome:
    method = c.params.get("method", "mean")
    w, wo = _window(s, *c.period), _window(other.series, *c.period)
    oname = "–".join(str(x) for x in c.params["other"])
    if w.isna().any() or wo.isna().any():
        if other.error:
            return _Outcome(UNVERIFIABLE, None, f"{oname}: {other.error}")
        return _Outcome(UNVERIFIABLE, None, f"no data for {_yrs(_missing(w))} ({'–'.join(c.dyad)})"
                        if w.isna().any() else f"no data for {_yrs(_missing(wo))} ({oname})")
    x, y = _agg(w, method), _agg(wo, method)
    rel = c.params["relation"]
    ok = x > y + c.tolerance if rel == "greater" else x < y - c.tolerance
    what = str(c.period[0]) if c.period[0] == c.period[1] else f"{method} {_per(c.period)}"
    return _Outcome(SUPPORTED if ok else CONTRADICTED, f"{_fmt(x)} vs {_fmt(y)}",
                    f"{what}: {'–'.join(c.dyad)} {_fmt(x)}, {oname} {_fmt(y)} (claim: {rel})", list(w.index))


def _test_count(c: Claim, s: pd.Series, factor: float, hint: str) -> _Outcome:
    w = _window(s, *c.period)
    if "compare_to" in c.params:
        cmp_ = c.params["compare_to"]
        wc = _window(s, *cmp_)
        miss = _missing(w) + _missing(wc)
        if miss:
            if w.isna().all() and wc.isna().all():
                return _Outcome(UNVERIFIABLE, None, hint)
            return _Outcome(UNVERIFIABLE, None, f"no data for {_yrs(miss)}")
        rp, rc = float(w.sum()) / len(w), float(wc.sum()) / len(wc)
        rel = c.params.get("relation", "greater")
        ok = rp > rc if rel == "greater" else rp < rc
        found = f"{_fmt(rp)} per year in {_per(c.period)} vs {_fmt(rc)} per year in {_per(cmp_)}"
        return _Outcome(SUPPORTED if ok else CONTRADICTED, found,
                        f"per-year rates compared ({_fmt(w.sum())} in {len(w)} years vs {_fmt(wc.sum())} in "
                        f"{len(wc)} years; claim: {rel})", list(w.index) + list(wc.index))
    exp, tol = float(c.expected) * factor, c.tolerance * factor
    cov = w.dropna()
    if cov.empty:
        return _no_data(w, _per(c.period), hint)
    total = float(cov.sum())
    if w.isna().any():
        if total > exp + tol:
            return _Outcome(CONTRADICTED, total, f"already {_fmt(total)} in the covered years "
                                                 f"{_yrs(cov.index)}, expected {_fmt(exp)} ± {_fmt(tol)}",
                            list(cov.index))
        return _Outcome(UNVERIFIABLE, total, f"{_fmt(total)} in {_yrs(cov.index)}; no data for {_yrs(_missing(w))}")
    ok = abs(total - exp) <= tol + 1e-9
    return _Outcome(SUPPORTED if ok else CONTRADICTED, total,
                    f"total {_per(c.period)}: {_fmt(total)}, expected {_fmt(exp)} ± {_fmt(tol)}", list(w.index))


def _test_first(c: Claim, s: pd.Series, hint: str) -> _Outcome:
    w = _window(s, *c.period)
    exp, tol = int(c.expected), int(c.tolerance)
    pos = [int(y) for y, v in w.items() if not pd.isna(v) and float(v) > 0]
    first = pos[0] if pos else None
    if w.isna().all():
        return _Outcome(UNVERIFIABLE, None, hint)
    if first is not None:
        before = _window(w, c.period[0], first - 1)
        if not before.isna().any():
            ok = abs(first - exp) <= tol
            return _Outcome(SUPPORTED if ok else CONTRADICTED, first,
                            f"first year with a value > 0 in {_per(c.period)}: {first}", list(range(c.period[0],
                                                                                                first + 1)))
        if first < exp - tol:
            return _Outcome(CONTRADICTED, first, f"a value > 0 already in {first}, before {exp}", [first])
        return _Outcome(UNVERIFIABLE, first, f"{first} is the first covered year with a value > 0, but no data "
                                             f"for {_yrs(_missing(before))}", [first])
    if not w.isna().any():
        return _Outcome(CONTRADICTED, None, f"no year with a value > 0 in {_per(c.period)}", list(w.index))
    return _Outcome(UNVERIFIABLE, None, f"none in the covered years; no data for {_yrs(_missing(w))}")


def _test_extent(c: Claim, data: _Data, hint: str) -> _Outcome:
    rows = data.rows
    place = str(c.params["place"]).strip().lower()
    if rows.empty:
        return _Outcome(UNVERIFIABLE, None, hint)
    if "area" not in rows.columns:
        return _Outcome(UNVERIFIABLE, None, f"indicator {c.indicator} has no areas (use `exercises`)")
    inper = rows[(rows["year"] >= c.period[0]) & (rows["year"] <= c.period[1])]
    area = inper["area"].fillna("").astype(str).str.lower()
    names = (place, *PLACE_ALIASES.get(place, ()))
    hit = inper[area.map(lambda a: bool(a) and any(n in a or a in n for n in names))]
    if not hit.empty:
        found = "; ".join(f"{a} ({y})" for a, y in zip(hit["area"], hit["year"]))
        return _Outcome(SUPPORTED, found, f"exercise area in {_per(c.period)}: {found}",
                        sorted(set(int(y) for y in hit["year"])))
    span = data.span or ((int(rows["year"].min()), int(rows["year"].max())) if len(rows) else None)
    areas = "; ".join(sorted({a for a in inper["area"].dropna().astype(str) if a.strip()})) or "none"
    if span and span[0] <= c.period[0] and c.period[1] <= span[1]:
        return _Outcome(CONTRADICTED, areas, f"no exercise in {c.params['place']} in {_per(c.period)} "
                                             f"(areas recorded: {areas})", list(range(c.period[0], c.period[1] + 1)))
    cov = f"{span[0]}–{span[1]}" if span else "no years"
    return _Outcome(UNVERIFIABLE, areas if areas != "none" else None,
                    f"no exercise in {c.params['place']} recorded; exercise records cover {cov} only")


# -- driver ------------------------------------------------------------------------------------------
def _vintages(ids: set[str], store: Store | None, dossier: Dossier | None) -> list[dict[str, str]]:
    from amity.dossier import load_dossier

    dos = dossier if dossier is not None else load_dossier()
    st_v: dict[str, str] = {}
    if store is not None and any(":" in i for i in ids):
        try:
            src = store.sources()
            st_v = dict(zip(src["id"].astype(str), src["vintage"].astype(str)))
        except Exception:  # a store that cannot answer: vintages stay unknown
            st_v = {}
    out = []
    for i in sorted(ids):
        v = st_v.get(i) or dos.vintage(i) or ""
        out.append({"id": i, "vintage": v})
    return out


def _open_store(store: Store | None) -> Store | None:
    if store is not None:
        return store
    from amity.store import Store

    try:
        return Store(read_only=True)
    except Exception:  # no store at all: indicators that need one say so
        return None


def check_one(claim: Claim, store: Store | None = None, dossier: Dossier | None = None,
              *, _cache: dict | None = None) -> ClaimResult:
    """Check one claim and return its :class:`ClaimResult`."""
    cache = _cache if _cache is not None else {}
    exclude = frozenset({claim.source}) if claim.source else frozenset()
    years = claim.years()
    params = claim.indicator_params()

    def get(a: str, b: str) -> _Data:
        key = (claim.indicator, a, b, repr(sorted(params.items())), exclude, years)
        if key not in cache:
            cache[key] = _data(claim.indicator, a, b, params, exclude, store, dossier, years)
        return cache[key]

    data = get(*claim.dyad)
    hint = data.error or load_hint(claim.indicator)
    if not data.error and data.series.isna().all() and data.covered:
        hint = f"no data for {_per(years)}; the data cover {_yrs(data.covered)}"
    base = dict(id=claim.id, text=claim.text, passage=claim.passage, said_in=dict(claim.said_in),
                indicator=claim.indicator, test=claim.test, dyad=tuple(claim.dyad), period=tuple(claim.period),
                expected=claim.expected, tolerance=claim.tolerance, unit=claim.unit, data_unit=data.unit)
    series = pd.DataFrame({"year": list(data.series.index), "value": list(data.series.array)})
    series["value"] = series["value"].astype("Float64")

    def result(o: _Outcome, extra: set[str] | None = None) -> ClaimResult:
        ids: set[str] = set(extra or set())
        for y in o.years:
            ids |= data.sources.get(int(y), set())
        ev = _vintages(ids, store, dossier) if o.verdict != UNVERIFIABLE or ids else []
        reason = o.reason
        if o.verdict != UNVERIFIABLE and claim.indicator in ESTIMATE_NOTES:
            reason = f"{reason}; {ESTIMATE_NOTES[claim.indicator]}"
        return ClaimResult(**base, verdict=o.verdict, found=o.found, reason=reason, evidence_sources=ev,
                           series=series)

    if data.error and claim.test != "extent":
        return result(_Outcome(UNVERIFIABLE, None, data.error))
    factor = 1.0
    if claim.test in ("value", "share", "count", "trend", "comparison") and claim.unit:
        cf, cs, cl = unit_family(claim.unit)
        df_, ds, dl = unit_family(data.unit)
        if data.unit and cf != df_:
            return result(_Outcome(UNVERIFIABLE, None, f"unit mismatch: claim in {cl}, data in {dl}"))
        factor = cs / ds if ds else 1.0
    s = data.series
    t = claim.test
    if t == "value":
        o = _test_value(claim, s, factor, hint)
    elif t in ("peak", "trough"):
        o = _test_extreme(claim, s, hint, peak=t == "peak")
    elif t == "share":
        o = _test_share(claim, s, hint)
    elif t == "trend":
        o = _test_trend(claim, s, hint)
    elif t == "comparison":
        other = get(str(claim.params["other"][0]), str(claim.params["other"][1]))
        o = _test_comparison(claim, s, other, hint)
        res = result(o)
        if o.verdict != UNVERIFIABLE:
            ids = {i for y in o.years for i in other.sources.get(int(y), set())}
            res.evidence_sources = _vintages({e["id"] for e in res.evidence_sources} | ids, store, dossier)
        return res
    elif t == "count":
        o = _test_count(claim, s, factor, hint)
    elif t == "first":
        o = _test_first(claim, s, hint)
    else:
        o = _test_extent(claim, data, data.error or hint)
    if (o.verdict == CONTRADICTED and claim.indicator in DOSSIER_INDICATORS
            and (t in ("extent", "first") or (t == "count" and _fewer(o.found, claim.expected)))):
        o = _Outcome(UNVERIFIABLE, o.found,
                     f"{o.reason}; but the other briefs are not a census of events, so a missing record "
                     "is no evidence against the claim", o.years)
    return result(o)


def _fewer(found: Any, expected: Any) -> bool:
    """True when a count found is below the count claimed (a shortfall absence can explain)."""
    try:
        return float(found) < float(expected)
    except (TypeError, ValueError):
        return False


def _as_claims(claims: Iterable[Claim | dict[str, Any]]) -> list[Claim]:
    out = []
    for i, c in enumerate(claims, start=1):
        out.append(c if isinstance(c, Claim) else from_dict(c, index=i))
    return out


def check(claims: Iterable[Claim | dict[str, Any]], store: Store | None = None, *,
          dossier: Dossier | None = None) -> list[ClaimResult]:
    """Check claims (``Claim`` objects or mappings in the YAML format) against the data.

    ``store`` defaults to the user's store (read-only; empty where nothing was imported);
    ``dossier`` to the embedded dossier.
    """
    items = _as_claims(claims)
    st = _open_store(store)
    cache: dict = {}
    return [check_one(c, st, dossier, _cache=cache) for c in items]


def check_dossier(store: Store | None = None, *, dossier: Dossier | None = None) -> list[ClaimResult]:
    """Check the embedded dossier's claims (the briefs' claims, each against the other sources)."""
    from amity.claims.model import dossier_claims

    return check(dossier_claims(), store, dossier=dossier)


def summary(results: Iterable[ClaimResult]) -> dict[str, int]:
    """How many results have each verdict."""
    out = dict.fromkeys(VERDICTS, 0)
    for r in results:
        out[r.verdict] += 1
    return out

