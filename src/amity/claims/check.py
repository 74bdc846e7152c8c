"""Checking claims against the data: ``supported``, ``contradicted`` or ``unverifiable``.

For each claim the checker computes its indicator for its dyad, leaving out the document that makes
the claim (``exclude_sources={said_in.source}``: a brief never confirms itself), turns the result
into one value per year (NA where the data does not cover the year; :mod:`amity.claims.series`) and
applies the claim's test (:data:`amity.claims.verdicts.TESTS`).

* Units are compared before numbers: a claim in US$ is never compared with SIPRI TIV; it is
  ``unverifiable`` with the reason ``unit mismatch: claim in US$, data in SIPRI TIV``.
* Missing data is ``unverifiable`` with a reason naming what to load (the indicator's ``missing``).
* Where the indicator's yearly values are estimates, the reason says how they were made.

See ``docs/claims.md`` for each test's semantics.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from amity import indicators
from amity.claims.model import Claim, dossier_claims, from_dict
from amity.claims.series import IndicatorSeries, indicator_series, load_hint, unit_family
from amity.claims.verdicts import (
    CONTRADICTED,
    SUPPORTED,
    TESTS,
    UNIT_TESTS,
    UNVERIFIABLE,
    VERDICTS,
    Context,
    Outcome,
    per,
    percent_change_claim,
    years_text,
)
from amity.dossier import census_complete, load_dossier
from amity.errors import AmityError
from amity.jsonable import scalar
from amity.store import Store

if TYPE_CHECKING:
    from amity.dossier import Dossier

__all__ = ["CONTRADICTED", "SUPPORTED", "TESTS", "UNVERIFIABLE", "VERDICTS", "ClaimResult", "check",
           "check_dossier", "check_one", "load_hint", "results_frame", "summary", "unit_family"]


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
    #: the verdict on the newest data published before the brief's date (``said_in.date``), where the store
    #: holds an older vintage than the newest: ``{vintage, verdict, found, reason}``
    as_published: dict[str, Any] | None = None

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
            "said_in": {"source": self.source, "locator": self.locator},
            "evidence_sources": [dict(e) for e in self.evidence_sources],
        }
        if self.as_published is not None:
            d["as_published"] = {k: _plain(v) for k, v in self.as_published.items()}
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


def evidence_text(evidence: Iterable[dict[str, str]]) -> str:
    """Evidence sources as one text: ``sipri:ab12 (2025-03-13); fiia-2018 (2018-01)``."""
    return "; ".join(f"{e['id']} ({e['vintage']})" if e.get("vintage") else e["id"] for e in evidence)


def results_frame(results: Iterable[ClaimResult]) -> pd.DataFrame:
    """One row per result (the columns of :meth:`ClaimResult.to_dict`)."""
    rows = [r.to_dict() for r in results]
    for row in rows:  # one text cell each for tables and CSV
        row["evidence_sources"] = evidence_text(row["evidence_sources"])
    cols = ["id", "text", "passage", "source", "locator", "indicator", "test", "dyad", "period", "verdict",
            "found", "expected", "tolerance", "unit", "data_unit", "reason", "evidence_sources"]
    return pd.DataFrame(rows, columns=cols)


# -- driver ------------------------------------------------------------------------------------------
def _vintages(ids: set[str], store: Store | None, dossier: Dossier | None) -> list[dict[str, str]]:
    """Each evidence source with its vintage (store sources, else the dossier's documents)."""
    dos = dossier if dossier is not None else load_dossier()
    st_v: dict[str, str] = {}
    if store is not None and any(":" in i for i in ids):
        src = store.sources()
        st_v = dict(zip(src["id"].astype(str), src["vintage"].astype(str)))
    return [{"id": i, "vintage": st_v.get(i) or dos.vintage(i) or ""} for i in sorted(ids)]


def _estimate_note(name: str) -> str:
    try:
        return indicators.get(name).estimate_note
    except AmityError:
        return ""


def _reads_records(name: str) -> bool:
    try:
        return indicators.get(name).reads_records
    except AmityError:
        return False


def _records_table(indicator: str) -> str:
    """The curated table an indicator that reads records counts (for completeness declarations)."""
    return "meetings" if "meeting" in indicator else "agreements" if "agreement" in indicator else "exercises"


def _factor(claim: Claim, data: IndicatorSeries) -> float | Outcome:
    """The factor from the claim's unit to the data's, or the outcome of a unit mismatch."""
    if claim.test not in UNIT_TESTS or not claim.unit or percent_change_claim(claim):
        return 1.0  # a change in percent compares the data with themselves, whatever their unit
    cf, cs, cl = unit_family(claim.unit)
    df_, ds, dl = unit_family(data.unit)
    if data.unit and cf != df_:
        return Outcome(UNVERIFIABLE, None, f"unit mismatch: claim in {cl}, data in {dl}")
    return cs / ds if ds else 1.0


def check_one(claim: Claim, store: Store | None = None, dossier: Dossier | None = None,
              *, _cache: dict | None = None) -> ClaimResult:
    """Check one claim and return its :class:`ClaimResult`."""
    cache = _cache if _cache is not None else {}
    exclude = frozenset({claim.source}) if claim.source else frozenset()
    years = claim.years()
    params = claim.indicator_params()

    def get(a: str, b: str) -> IndicatorSeries:
        key = (claim.indicator, a, b, repr(sorted(params.items())), exclude, years)
        if key not in cache:
            cache[key] = indicator_series(claim.indicator, a, b, params, exclude, store, dossier, years)
        return cache[key]

    data = get(*claim.dyad)
    hint = data.error or load_hint(claim.indicator)
    if not data.error and data.series.isna().all() and data.covered:
        hint = f"no data for {per(years)}; the data cover {years_text(data.covered)}"
    series = pd.DataFrame({"year": list(data.series.index), "value": list(data.series.array)})
    series["value"] = series["value"].astype("Float64")

    factor = _factor(claim, data)
    if data.error and claim.test != "extent":
        o = Outcome(UNVERIFIABLE, None, data.error)
    elif isinstance(factor, Outcome):
        o = factor
    else:
        o = TESTS[claim.test](claim, data, Context(hint=hint, factor=factor, other=get, store=store))
    if (o.verdict == SUPPORTED and o.needs_census and _reads_records(claim.indicator)
            and not census_complete(_records_table(claim.indicator), claim.params.get("kind"), *claim.period,
                                    dossier)):
        o = Outcome(UNVERIFIABLE, o.found,
                    f"{o.reason}; but the records are not declared a complete census of "
                    f"{claim.params.get('kind') or _records_table(claim.indicator)} for {per(claim.period)}, so the "
                    "absence of a record is no evidence that none took place", o.years)
    if o.verdict == CONTRADICTED and o.from_absence and _reads_records(claim.indicator):
        o = Outcome(UNVERIFIABLE, o.found,
                    f"{o.reason}; but the other briefs are not a census of events, so a missing record "
                    "is no evidence against the claim", o.years)
    ids: set[str] = set(o.extra_sources)
    for y in o.years:
        ids |= data.sources.get(int(y), set())
    reason = o.reason
    note = _estimate_note(claim.indicator)
    if o.verdict != UNVERIFIABLE and note:
        reason = f"{reason}; {note}"
    return ClaimResult(
        id=claim.id, text=claim.text, passage=claim.passage, said_in=dict(claim.said_in),
        indicator=claim.indicator, test=claim.test, dyad=tuple(claim.dyad), period=tuple(claim.period),
        expected=claim.expected, tolerance=claim.tolerance, unit=claim.unit, data_unit=data.unit,
        verdict=o.verdict, found=o.found, reason=reason, series=series,
        evidence_sources=_vintages(ids, store, dossier) if o.verdict != UNVERIFIABLE or ids else [])


def _as_claims(claims: Iterable[Claim | dict[str, Any]]) -> list[Claim]:
    return [c if isinstance(c, Claim) else from_dict(c, index=i) for i, c in enumerate(claims, start=1)]


def check(claims: Iterable[Claim | dict[str, Any]], store: Store | None = None, *,
          dossier: Dossier | None = None) -> list[ClaimResult]:
    """Check claims (``Claim`` objects or mappings in the YAML format) against the data.

    ``store`` defaults to the user's store, opened read-only (an empty store where nothing was imported
    yet; a store that cannot be opened is an error, never silently "no data"); ``dossier`` to the
    embedded dossier.
    """
    items = _as_claims(claims)
    st = store if store is not None else Store(read_only=True)
    cache: dict = {}
    return [as_published(check_one(c, st, dossier, _cache=cache), c, st, dossier) for c in items]


def as_published(res: ClaimResult, claim: Claim, store: Store | None, dossier: Dossier | None = None
                 ) -> ClaimResult:
    """Check ``claim`` again on the newest SIPRI data published before the brief's date (``said_in.date``)
    where that is an older vintage than the one ``res`` used, and say so in the reason when the verdicts
    differ ("supported by the 2022-03-14 data the brief could use; contradicted by the 2025-03-13 revision")."""
    date = claim.said_in.get("date") if isinstance(claim.said_in, dict) else None
    if not date or store is None or res.verdict == UNVERIFIABLE and not res.evidence_sources:
        return res
    try:
        needs = indicators.get(claim.indicator).needs
    except AmityError:
        return res
    if "sipri" not in needs:
        return res
    from amity.indicators.arms_sipri import PUBLISHED_BEFORE

    token = PUBLISHED_BEFORE.set(str(date))
    try:
        old = check_one(claim, store, dossier)
    finally:
        PUBLISHED_BEFORE.reset(token)
    new_v = {e["vintage"] for e in res.evidence_sources if e.get("vintage")}
    old_v = {e["vintage"] for e in old.evidence_sources if e.get("vintage")}
    if not old_v:
        res.reason = f"{res.reason}; no SIPRI data published before the brief's date ({date}) in the store"
        return res
    if old_v == new_v:
        return res
    vo, vn = ", ".join(sorted(old_v)), ", ".join(sorted(new_v)) or "the newest data"
    res.as_published = {"vintage": vo, "verdict": old.verdict, "found": old.found, "reason": old.reason}
    if old.verdict != res.verdict:
        res.reason = (f"{old.verdict} by the {vo} data the brief could use; {res.verdict} by the {vn} revision "
                      f"({res.reason}; as published: {old.reason})")
    else:
        res.reason = f"{res.reason}; also {old.verdict} by the {vo} data the brief could use"
    return res


def check_dossier(store: Store | None = None, *, dossier: Dossier | None = None) -> list[ClaimResult]:
    """Check the embedded dossier's claims (the briefs' claims, each against the other sources)."""
    return check(dossier_claims(), store, dossier=dossier)


def summary(results: Iterable[ClaimResult]) -> dict[str, int]:
    """How many results have each verdict."""
    out = dict.fromkeys(VERDICTS, 0)
    for r in results:
        out[r.verdict] += 1
    return out
