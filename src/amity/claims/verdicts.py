"""The claim tests: one function per test kind, registered in :data:`TESTS`.

Each test takes the claim, the claim's :class:`~amity.claims.series.IndicatorSeries` and a
:class:`Context` (the reason to give when there is no data, the factor from the claim's unit to the
data's, and a way to fetch the same indicator for another dyad) and returns an :class:`Outcome`: a
verdict, the figure found, the reason, and the years whose sources are the evidence.

Rules every test follows
------------------------
* Support needs the data to cover every year the test looks at. A contradiction may rest on the
  covered years alone when they already rule the claim out (a year above the claimed peak, a share
  outside the claimed range, an earlier "first").
* A contradiction that rests on a record missing from curated records (``Outcome.from_absence``) is
  downgraded by the driver to ``unverifiable`` for indicators that read the dossier: the briefs are not
  a census of events.

To add a test: write ``def my_test(c, data, ctx) -> Outcome``, decorate it with ``@test("name")``
(``units=True`` when the claim's unit must match the data's first), and add the name to the claim
format (``amity.claims.model.TESTS``, ``docs/claims.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from amity.claims.model import Claim
from amity.claims.series import IndicatorSeries

SUPPORTED, CONTRADICTED, UNVERIFIABLE = "supported", "contradicted", "unverifiable"
VERDICTS = (SUPPORTED, CONTRADICTED, UNVERIFIABLE)

#: other names of a place an exercise area may be recorded under (lower case)
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "sea of japan": ("vladivostok", "peter the great bay", "east sea"),
    "mediterranean": ("mediterranean sea", "eastern mediterranean"),
    "baltic sea": ("kaliningrad", "baltiysk"),
    "east china sea": ("shanghai",),
    "south china sea": ("zhanjiang", "hainan"),
    "yellow sea": ("qingdao",),
}


@dataclass
class Outcome:
    """A test's verdict, the figure found, the reason and the years whose sources are evidence."""

    verdict: str
    found: Any
    reason: str
    years: list[int] = field(default_factory=list)
    #: a contradiction resting on a record that is absent (not evidence where records are no census)
    from_absence: bool = False
    #: evidence sources beyond the claim's own series (e.g. the other dyad of a comparison)
    extra_sources: set[str] = field(default_factory=set)
    #: a support that rests on records being complete ("none in 2007–2016": one missing record would
    #: contradict it)
    needs_census: bool = False


@dataclass(frozen=True)
class Context:
    """What a test needs besides the claim and its series."""

    hint: str  # the reason to give when there is no data at all
    factor: float = 1.0  # claim unit → data unit (e.g. US$ billions claimed, US$ millions in the data)
    other: Callable[[str, str], IndicatorSeries] | None = None  # the same indicator for another dyad
    store: Any = None  # the store, for tests that rank a pair among all pairs (rank, percentile)


TestFunc = Callable[[Claim, IndicatorSeries, Context], Outcome]
#: test name → function
TESTS: dict[str, TestFunc] = {}
#: tests that compare numbers, so that the claim's unit must be of the data's family first
UNIT_TESTS: set[str] = set()


def test(name: str, *, units: bool = False) -> Callable[[TestFunc], TestFunc]:
    """Register a claim test under ``name`` (``units``: compare the claim's unit with the data's first)."""

    def wrap(func: TestFunc) -> TestFunc:
        TESTS[name] = func
        if units:
            UNIT_TESTS.add(name)
        return func

    return wrap


test.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


# -- formatting and windows ------------------------------------------------------------------------
def fmt(v: Any) -> str:
    """A number as the reasons show it (NA for missing; 3 significant digits below 1000)."""
    if v is None or (not isinstance(v, str | list | tuple) and pd.isna(v)):
        return "NA"
    if isinstance(v, float | int):
        f = float(v)
        return str(int(f)) if f.is_integer() else f"{f:,.3g}" if abs(f) < 1000 else f"{f:,.0f}"
    return str(v)


def per(p: Iterable[int]) -> str:
    """A period as ``2005`` or ``2005–2010``."""
    a, b = (int(y) for y in p)
    return str(a) if a == b else f"{a}–{b}"


def years_text(ys: Iterable[int]) -> str:
    """Years as runs: ``1992–1995, 1999``."""
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


def missing(s: pd.Series) -> list[int]:
    """The years of ``s`` without a value."""
    return [int(y) for y in s.index[s.isna()]]


def window(s: pd.Series, lo: int, hi: int) -> pd.Series:
    """The years ``lo..hi`` of a yearly series."""
    return s[(s.index >= lo) & (s.index <= hi)]


def _no_data(s: pd.Series, what: str, hint: str) -> Outcome:
    if s.isna().all():
        return Outcome(UNVERIFIABLE, None, hint)
    return Outcome(UNVERIFIABLE, None, f"no data for {what} (years missing: {years_text(missing(s))})")


def _agg(w: pd.Series, method: str) -> float:
    return float(w.sum()) if method == "sum" else float(w.mean())


def _fewer(found: Any, expected: Any) -> bool:
    """True when a count found is below the count claimed (a shortfall absence can explain)."""
    try:
        return float(found) < float(expected)
    except (TypeError, ValueError):
        return False


# -- the tests ---------------------------------------------------------------------------------------
@test("value", units=True)
def value_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """The value in a year (or the sum/mean over the period) equals ``expected`` ± ``tolerance``."""
    w = window(data.series, *c.period)
    exp, tol = float(c.expected) * ctx.factor, c.tolerance * ctx.factor
    agg = c.params.get("aggregate")
    if w.isna().any():
        return _no_data(w, per(c.period), ctx.hint)
    found = float(w.mean()) if agg == "mean" else float(w.sum())
    ok = abs(found - exp) <= tol + 1e-9
    what = f"{agg} {per(c.period)}" if len(w) > 1 else str(c.period[0])
    return Outcome(SUPPORTED if ok else CONTRADICTED, found,
                   f"{what}: {fmt(found)}, expected {fmt(exp)} ± {fmt(tol)}", list(w.index))


def _extreme(c: Claim, s: pd.Series, hint: str, peak: bool) -> Outcome:
    w = window(s, *c.period)
    cov = w.dropna().astype(float)
    word = "peak" if peak else "trough"
    if cov.empty:
        return _no_data(w, per(c.period), hint)
    best = cov.max() if peak else cov.min()
    ties = [int(y) for y in cov.index[cov == best]]
    exp, tol = int(c.expected), int(c.tolerance)
    ok_years = [y for y in cov.index if abs(y - exp) <= tol]
    beats = (lambda x, y: x > y) if peak else (lambda x, y: x < y)
    found: Any = ties[0] if len(ties) == 1 else ties
    if w.isna().any():
        if not ok_years:
            return Outcome(UNVERIFIABLE, None, f"no data for {exp} (data cover {years_text(cov.index)} of "
                                               f"{per(c.period)})")
        at_exp = cov[ok_years].max() if peak else cov[ok_years].min()
        if beats(best, at_exp):
            return Outcome(CONTRADICTED, found, f"{word} of the covered years in {years_text(ties)} "
                                                f"({fmt(best)}) beats {exp} ({fmt(at_exp)})", list(cov.index))
        return Outcome(UNVERIFIABLE, found, f"data cover only {years_text(cov.index)} of {per(c.period)}")
    hit = [y for y in ties if abs(y - exp) <= tol]
    tie_note = f"; tied: {years_text(ties)}" if len(ties) > 1 else ""
    if hit:
        return Outcome(SUPPORTED, found, f"{word} {per(c.period)} in {years_text(ties)} ({fmt(best)}){tie_note}",
                       list(w.index))
    at_exp = cov[ok_years]
    return Outcome(CONTRADICTED, found, f"{word} {per(c.period)} in {years_text(ties)} ({fmt(best)}), not {exp} "
                                        f"({fmt(at_exp.iloc[0] if len(at_exp) else None)}){tie_note}",
                   list(w.index))


@test("peak")
def peak_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """The highest value of the period is in the year ``expected`` (± ``tolerance`` years)."""
    return _extreme(c, data.series, ctx.hint, peak=True)


@test("trough")
def trough_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """The lowest value of the period is in the year ``expected`` (± ``tolerance`` years)."""
    return _extreme(c, data.series, ctx.hint, peak=False)


@test("share", units=True)
def share_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """Every year's value (or the period's mean) lies in ``expected`` (a value or ``[low, high]``)."""
    lo, hi = (c.expected, c.expected) if not isinstance(c.expected, list | tuple) else c.expected
    lo, hi = float(lo) - c.tolerance, float(hi) + c.tolerance
    w = window(data.series, *c.period)
    cov = w.dropna().astype(float)
    rng = f"[{fmt(lo)}, {fmt(hi)}]"
    if cov.empty:
        return _no_data(w, per(c.period), ctx.hint)
    if c.params.get("aggregate") == "pooled":
        return _pooled_share(c, data, w, lo, hi, rng, ctx)
    if c.params.get("aggregate") == "mean":
        if w.isna().any():
            return _no_data(w, per(c.period), ctx.hint)
        m = float(cov.mean())
        ok = lo - 1e-9 <= m <= hi + 1e-9
        return Outcome(SUPPORTED if ok else CONTRADICTED, m, f"mean {per(c.period)}: {fmt(m)}, expected in {rng}",
                       list(w.index))
    found: Any = float(cov.iloc[0]) if len(cov) == 1 else f"{fmt(cov.min())}–{fmt(cov.max())}"
    out = cov[(cov < lo - 1e-9) | (cov > hi + 1e-9)]
    if not out.empty:
        detail = ", ".join(f"{y}: {fmt(v)}" for y, v in out.items())
        return Outcome(CONTRADICTED, found, f"outside {rng} in {detail}", list(out.index))
    if w.isna().any():
        return Outcome(UNVERIFIABLE, found, f"within {rng} in {years_text(cov.index)}, but no data for "
                                            f"{years_text(missing(w))}", list(cov.index))
    return Outcome(SUPPORTED, found, f"every year {per(c.period)} within {rng}", list(w.index))


def _pooled_share(c: Claim, data: IndicatorSeries, w: pd.Series, lo: float, hi: float, rng: str,
                  ctx: Context) -> Outcome:
    """A period's share as SIPRI gives it: the period's summed numerator over its summed denominator."""
    rows = data.rows
    if not {"numerator", "denominator_tiv"} <= set(rows.columns):
        return Outcome(UNVERIFIABLE, None, f"indicator {c.indicator} gives no numerator and denominator to pool "
                                           "(use params.aggregate: mean)")
    if w.isna().any():
        return _no_data(w, per(c.period), ctx.hint)
    r = rows[(rows["year"] >= c.period[0]) & (rows["year"] <= c.period[1])]
    num = pd.to_numeric(r["numerator"], errors="coerce").astype(float)
    den = pd.to_numeric(r["denominator_tiv"], errors="coerce").astype(float)
    if num.isna().any() or den.isna().any() or float(den.sum()) <= 0:
        return Outcome(UNVERIFIABLE, None, f"no total to divide by in {per(c.period)}")
    pct = 100.0 * float(num.sum()) / float(den.sum())
    ok = lo - 1e-9 <= pct <= hi + 1e-9
    return Outcome(SUPPORTED if ok else CONTRADICTED, round(pct, 2),
                   f"{per(c.period)} pooled: {fmt(float(num.sum()))} of {fmt(float(den.sum()))} TIV = {pct:.1f} %, "
                   f"expected in {rng}", list(w.index))


def percent_change_claim(c: Claim) -> bool:
    """A trend claim whose ``expected`` is the size of the change in percent (a number or a range)."""
    exp = c.expected
    return (c.test == "trend" and (c.unit or "").strip().lower() in ("percent", "per cent", "%")
            and (isinstance(exp, int | float) and not isinstance(exp, bool) or isinstance(exp, list | tuple)))


@test("trend", units=True)
def trend_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """The mean (or sum) over ``after`` is above/below that over ``before`` by more than ``tolerance``."""
    before, after = c.params["before"], c.params["after"]
    method = c.params.get("method", "mean")
    direction = c.params.get("direction", c.expected)
    wb, wa = window(data.series, *before), window(data.series, *after)
    miss = missing(wb) + missing(wa)
    if miss:
        if wb.isna().all() and wa.isna().all():
            return Outcome(UNVERIFIABLE, None, ctx.hint)
        return Outcome(UNVERIFIABLE, None, f"no data for {years_text(miss)}")
    vb, va = _agg(wb, method), _agg(wa, method)
    change = va - vb
    found = f"{method} {per(before)}: {fmt(vb)} → {per(after)}: {fmt(va)}"
    if percent_change_claim(c):
        if vb <= 0:
            return Outcome(UNVERIFIABLE, found, f"no base to change from: {per(before)} is {fmt(vb)}")
        pct = 100.0 * change / vb
        lo, hi = (c.expected, c.expected) if not isinstance(c.expected, list | tuple) else c.expected
        lo, hi = float(lo) - c.tolerance, float(hi) + c.tolerance
        ok = lo - 1e-9 <= pct <= hi + 1e-9
        return Outcome(SUPPORTED if ok else CONTRADICTED, round(pct, 2),
                       f"{found}: {pct:+.1f} %, expected {fmt(lo)} to {fmt(hi)} %", list(wb.index) + list(wa.index))
    ok = change > c.tolerance if direction == "increase" else change < -c.tolerance
    word = "rose" if change > 0 else "fell" if change < 0 else "unchanged"
    return Outcome(SUPPORTED if ok else CONTRADICTED, found,
                   f"{word} by {fmt(abs(change))} (claim: {direction}"
                   + (f" by more than {fmt(c.tolerance)})" if c.tolerance else ")"),
                   list(wb.index) + list(wa.index))


@test("comparison", units=True)
def comparison_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """The claim's dyad is above (``greater``) or below (``less``) the ``other`` dyad over the period."""
    assert ctx.other is not None, "a comparison needs the other dyad's series"
    a, b = (str(x) for x in c.params["other"])
    other = ctx.other(a, b)
    method = c.params.get("method", "mean")
    w, wo = window(data.series, *c.period), window(other.series, *c.period)
    oname = f"{a}–{b}"
    if w.isna().any() or wo.isna().any():
        if other.error:
            return Outcome(UNVERIFIABLE, None, f"{oname}: {other.error}")
        return Outcome(UNVERIFIABLE, None, f"no data for {years_text(missing(w))} ({'–'.join(c.dyad)})"
                       if w.isna().any() else f"no data for {years_text(missing(wo))} ({oname})")
    x, y = _agg(w, method), _agg(wo, method)
    rel = c.params["relation"]
    what = str(c.period[0]) if c.period[0] == c.period[1] else f"{method} {per(c.period)}"
    years = list(w.index)
    if c.params.get("ratio") is not None:  # "three times more to China than to India": x / y = ratio ± tolerance
        if y <= 0:
            return Outcome(UNVERIFIABLE, None, f"{what}: {oname} is {fmt(y)}, no ratio to take")
        r, want = x / y, float(c.params["ratio"])
        ok = abs(r - want) <= c.tolerance + 1e-9
        return Outcome(SUPPORTED if ok else CONTRADICTED, round(r, 2),
                       f"{what}: {'–'.join(c.dyad)} {fmt(x)}, {oname} {fmt(y)}: {r:.2f} times, expected {fmt(want)} "
                       f"± {fmt(c.tolerance)}", years,
                       extra_sources={i for yr in years for i in other.sources.get(int(yr), set())})
    ok = x > y + c.tolerance if rel == "greater" else x < y - c.tolerance
    return Outcome(SUPPORTED if ok else CONTRADICTED, f"{fmt(x)} vs {fmt(y)}",
                   f"{what}: {'–'.join(c.dyad)} {fmt(x)}, {oname} {fmt(y)} (claim: {rel})", years,
                   extra_sources={i for yr in years for i in other.sources.get(int(yr), set())})


@test("count", units=True)
def count_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """The total over the period equals ``expected`` ± ``tolerance``; with ``compare_to``, the per-year
    rate is ``greater`` or ``less`` than in that period."""
    w = window(data.series, *c.period)
    if "compare_to" in c.params:
        cmp_ = c.params["compare_to"]
        wc = window(data.series, *cmp_)
        miss = missing(w) + missing(wc)
        if miss:
            if w.isna().all() and wc.isna().all():
                return Outcome(UNVERIFIABLE, None, ctx.hint)
            return Outcome(UNVERIFIABLE, None, f"no data for {years_text(miss)}")
        rel = c.params.get("relation", "greater")
        if c.params.get("method") == "sum":  # "more than half of them since 2012": totals, not rates
            tp, tc = float(w.sum()), float(wc.sum())
            ok = tp > tc if rel == "greater" else tp < tc
            return Outcome(SUPPORTED if ok else CONTRADICTED, f"{fmt(tp)} in {per(c.period)} vs {fmt(tc)} in "
                                                              f"{per(cmp_)}",
                           f"totals compared (claim: {rel})", list(w.index) + list(wc.index),
                           from_absence=rel == "greater" and not ok)
        rp, rc = float(w.sum()) / len(w), float(wc.sum()) / len(wc)
        ok = rp > rc if rel == "greater" else rp < rc
        found = f"{fmt(rp)} per year in {per(c.period)} vs {fmt(rc)} per year in {per(cmp_)}"
        return Outcome(SUPPORTED if ok else CONTRADICTED, found,
                       f"per-year rates compared ({fmt(w.sum())} in {len(w)} years vs {fmt(wc.sum())} in "
                       f"{len(wc)} years; claim: {rel})", list(w.index) + list(wc.index))
    if isinstance(c.expected, list | tuple):  # "at least 30 exercises": a range [low, high]
        return _count_range(c, w, ctx)
    exp, tol = float(c.expected) * ctx.factor, c.tolerance * ctx.factor
    cov = w.dropna()
    if cov.empty:
        return _no_data(w, per(c.period), ctx.hint)
    total = float(cov.sum())
    if w.isna().any():
        if total > exp + tol:
            return Outcome(CONTRADICTED, total, f"already {fmt(total)} in the covered years "
                                                f"{years_text(cov.index)}, expected {fmt(exp)} ± {fmt(tol)}",
                           list(cov.index))
        return Outcome(UNVERIFIABLE, total,
                       f"{fmt(total)} in {years_text(cov.index)}; no data for {years_text(missing(w))}")
    ok = abs(total - exp) <= tol + 1e-9
    return Outcome(SUPPORTED if ok else CONTRADICTED, total,
                   f"total {per(c.period)}: {fmt(total)}, expected {fmt(exp)} ± {fmt(tol)}", list(w.index),
                   from_absence=_fewer(total, c.expected), needs_census=ok and exp - tol <= 0)


def _count_range(c: Claim, w: pd.Series, ctx: Context) -> Outcome:
    lo, hi = (float(v) * ctx.factor for v in c.expected)
    lo, hi = lo - c.tolerance * ctx.factor, hi + c.tolerance * ctx.factor
    cov = w.dropna()
    if cov.empty:
        return _no_data(w, per(c.period), ctx.hint)
    total = float(cov.sum())
    rng = f"[{fmt(lo)}, {fmt(hi)}]"
    if total > hi + 1e-9:
        return Outcome(CONTRADICTED, total, f"already {fmt(total)} in {years_text(cov.index)}, expected in {rng}",
                       list(cov.index))
    if w.isna().any():
        return Outcome(UNVERIFIABLE, total,
                       f"{fmt(total)} in {years_text(cov.index)}; no data for {years_text(missing(w))}")
    ok = lo - 1e-9 <= total
    return Outcome(SUPPORTED if ok else CONTRADICTED, total, f"total {per(c.period)}: {fmt(total)}, expected in {rng}",
                   list(w.index), from_absence=not ok)


@test("first")
def first_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """The first year of the period with a value above 0 is ``expected`` (± ``tolerance`` years)."""
    w = window(data.series, *c.period)
    exp, tol = int(c.expected), int(c.tolerance)
    pos = [int(y) for y, v in w.items() if not pd.isna(v) and float(v) > 0]
    first = pos[0] if pos else None
    if w.isna().all():
        return Outcome(UNVERIFIABLE, None, ctx.hint)
    if first is not None:
        before = window(w, c.period[0], first - 1)
        if not before.isna().any():
            ok = abs(first - exp) <= tol
            return Outcome(SUPPORTED if ok else CONTRADICTED, first,
                           f"first year with a value > 0 in {per(c.period)}: {first}",
                           list(range(c.period[0], first + 1)), from_absence=True)
        if first < exp - tol:
            return Outcome(CONTRADICTED, first, f"a value > 0 already in {first}, before {exp}", [first],
                           from_absence=True)
        return Outcome(UNVERIFIABLE, first, f"{first} is the first covered year with a value > 0, but no data "
                                            f"for {years_text(missing(before))}", [first])
    if not w.isna().any():
        return Outcome(CONTRADICTED, None, f"no year with a value > 0 in {per(c.period)}", list(w.index),
                       from_absence=True)
    return Outcome(UNVERIFIABLE, None, f"none in the covered years; no data for {years_text(missing(w))}")


@test("extent")
def extent_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """An exercise took place in ``place`` (or a place recorded under another name) in the period."""
    rows = data.rows
    place = str(c.params["place"]).strip().lower()
    if rows.empty:
        return Outcome(UNVERIFIABLE, None, data.error or ctx.hint)
    if "area" not in rows.columns:
        return Outcome(UNVERIFIABLE, None, f"indicator {c.indicator} has no areas (use `exercises`)")
    inper = rows[(rows["year"] >= c.period[0]) & (rows["year"] <= c.period[1])]
    area = inper["area"].fillna("").astype(str).str.lower()
    names = (place, *PLACE_ALIASES.get(place, ()))
    hit = inper[area.map(lambda a: bool(a) and any(n in a or a in n for n in names))]
    if not hit.empty:
        found = "; ".join(f"{a} ({y})" for a, y in zip(hit["area"], hit["year"]))
        return Outcome(SUPPORTED, found, f"exercise area in {per(c.period)}: {found}",
                       sorted(set(int(y) for y in hit["year"])))
    span = data.span or ((int(rows["year"].min()), int(rows["year"].max())) if len(rows) else None)
    areas = "; ".join(sorted({a for a in inper["area"].dropna().astype(str) if a.strip()})) or "none"
    if span and span[0] <= c.period[0] and c.period[1] <= span[1]:
        return Outcome(CONTRADICTED, areas, f"no exercise in {c.params['place']} in {per(c.period)} "
                                            f"(areas recorded: {areas})", list(range(c.period[0], c.period[1] + 1)),
                       from_absence=True)
    cov = f"{span[0]}–{span[1]}" if span else "no years"
    return Outcome(UNVERIFIABLE, areas if areas != "none" else None,
                   f"no exercise in {c.params['place']} recorded; exercise records cover {cov} only")


# -- standing among all pairs (amity.context) ---------------------------------------------------------
def _standing(c: Claim, ctx: Context) -> tuple[pd.DataFrame, str, list[str]] | Outcome:
    """The claim's pair in the all-pairs ranking of its measure over the claim's period (rows, measure, source
    ids); an unverifiable outcome where there is no ranking, no store, or no data for the pair in the period."""
    from amity import context  # context sits above the indicators the series come from

    name = c.params.get("measure") or context.MEASURE_OF_INDICATOR.get(c.indicator)
    if name is None or name not in context.MEASURES:
        return Outcome(UNVERIFIABLE, None, f"{c.indicator} has no all-pairs ranking (params.measure: one of "
                                           f"{', '.join(context.MEASURES)})")
    if ctx.store is None:
        return Outcome(UNVERIFIABLE, None, ctx.hint)
    ap = context.all_pairs(ctx.store, name, c.period[0], c.period[1])
    if ap is None:
        return Outcome(UNVERIFIABLE, None, f"not loaded ({context.measure(name).load})")
    a, b = (context.lookup(s) for s in c.dyad)
    rows = ap.pair(a, b)
    rows = rows[rows["year"].between(*c.period)]
    if rows.empty:
        return Outcome(UNVERIFIABLE, None, f"no {name} data for the pair in {per(c.period)}")
    return rows, name, ap.source_ids


def _partner(c: Claim, ctx: Context) -> Outcome:
    """``among: suppliers`` (the supplier's rank among the recipient's suppliers) or ``customers``."""
    from amity import context

    if ctx.store is None:
        return Outcome(UNVERIFIABLE, None, ctx.hint)
    a, b = (context.lookup(s) for s in c.dyad)
    p = context.partner_rank(ctx.store, a, b, start=c.period[0], end=c.period[1])
    if p is None:
        return Outcome(UNVERIFIABLE, None, ctx.hint)
    among = c.params["among"]
    rank, n = (p["supplier_rank"], p["n_suppliers"]) if among == "suppliers" else (p["customer_rank"],
                                                                                  p["n_customers"])
    whose = f"{b.code}'s suppliers" if among == "suppliers" else f"{a.code}'s customers"
    years = list(range(p["from"], p["to"] + 1))
    if rank is None:
        return Outcome(CONTRADICTED, None, f"{a.code}→{b.code}: no deliveries in {per(c.period)}, so not among "
                                           f"{whose}", years, extra_sources=set(p["source_ids"].split(";")))
    ok = rank <= int(c.expected)
    return Outcome(SUPPORTED if ok else CONTRADICTED, rank,
                   f"rank {rank} of {n} among {whose} {p['from']}–{p['to']} (SIPRI TIV delivered), expected "
                   f"rank {int(c.expected)} or better", years, extra_sources=set(p["source_ids"].split(";")))


@test("rank")
def rank_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """The pair's rank (1 = highest) is ``expected`` or better in every year of the period: among all pairs
    with data (``params.among: pairs``, the default; ``params.measure`` picks a measure of
    :data:`amity.context.MEASURES`), or over the period among the recipient's suppliers
    (``among: suppliers``, dyad = [supplier, recipient]) or the supplier's customers (``among: customers``)."""
    if c.params.get("among", "pairs") != "pairs":
        return _partner(c, ctx)
    got = _standing(c, ctx)
    if isinstance(got, Outcome):
        return got
    rows, name, ids = got
    worst = int(rows["rank"].max())
    ok = worst <= int(c.expected)
    detail = ", ".join(f"{int(y)}: {int(r)} of {int(n)}" for y, r, n in zip(rows["year"], rows["rank"],
                                                                           rows["n_pairs"]))
    return Outcome(SUPPORTED if ok else CONTRADICTED, worst,
                   f"{name} rank among all pairs ({detail}); expected {int(c.expected)} or better",
                   [int(y) for y in rows["year"]], extra_sources=set(ids))


@test("percentile")
def percentile_test(c: Claim, data: IndicatorSeries, ctx: Context) -> Outcome:
    """The pair's percentile among all pairs with data (0–100: the share of pairs whose value is lower) is at
    least ``expected`` in every year of the period (``params.bound: at_most`` for "among the least ...")."""
    got = _standing(c, ctx)
    if isinstance(got, Outcome):
        return got
    rows, name, ids = got
    at_most = c.params.get("bound", "at_least") == "at_most"
    found = float(rows["percentile"].max() if at_most else rows["percentile"].min())
    exp = float(c.expected)
    ok = found <= exp + 1e-9 if at_most else found >= exp - 1e-9
    detail = ", ".join(f"{int(y)}: {p:.1f}" for y, p in zip(rows["year"], rows["percentile"]))
    return Outcome(SUPPORTED if ok else CONTRADICTED, round(found, 1),
                   f"{name} percentile among all pairs ({detail}); expected {'at most' if at_most else 'at least'} "
                   f"{fmt(exp)}", [int(y) for y in rows["year"]], extra_sources=set(ids))
