"""Claim checking: every test type with both outcomes, on fake indicators the tests register."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from amity import indicators
from amity.claims import check, check_one, from_dict, results_frame
from amity.claims.check import unit_family
from amity.indicators import Indicator

# a yearly series per (a, b): NA (None) = not covered
SERIES: dict[tuple[str, str], dict[int, float | None]] = {
    ("RUS", "CHN"): {2000: 10.0, 2001: 30.0, 2002: 50.0, 2003: 20.0, 2004: 5.0, 2005: 5.0, 2006: None},
    ("RUS", "IND"): {2000: 40.0, 2001: 40.0, 2002: 40.0, 2003: 40.0, 2004: 40.0, 2005: 40.0, 2006: 40.0},
}
CALLS: list[dict[str, Any]] = []


def _fake_series(dyad: Any, *, exclude_sources: frozenset[str] = frozenset(), unit: str = "SIPRI TIV (millions)",
                 **_: Any) -> pd.DataFrame:
    CALLS.append({"exclude": exclude_sources})
    data = SERIES.get((dyad.a.code, dyad.b.code), {})
    src = "" if "sipri-x" in exclude_sources else "sipri:abc"
    return pd.DataFrame({
        "year": list(data), "value": pd.array(list(data.values()), dtype="Float64"), "unit": unit,
        "coverage": "test", "source_ids": src,
    })


def _fake_pct(dyad: Any, **kw: Any) -> pd.DataFrame:
    return _fake_series(dyad, unit="percent", **kw)


EXERCISES = pd.DataFrame({
    "year": [2005, 2012, 2013, 2015, 2017, 2017],
    "area": ["Shandong", "Yellow Sea", "Sea of Japan", "Mediterranean", "Baltic Sea", "Vladivostok"],
    "domain": ["combined", "sea", "air", "sea", "sea", "sea"],
    "source": ["b1", "b1", "b2", "b2", "b1", "b2"],
})


def _fake_exercises(dyad: Any, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    df = EXERCISES[~EXERCISES["source"].isin(exclude_sources)].copy()
    df["value"] = 1
    df["unit"] = "exercises"
    df["source_ids"] = df["source"]
    return df


@pytest.fixture(autouse=True)
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    reg = indicators.registry()
    monkeypatch.setitem(reg, "fake_tiv", Indicator("fake_tiv", _fake_series, "test", "SIPRI TIV", True, "fake"))
    monkeypatch.setitem(reg, "fake_pct", Indicator("fake_pct", _fake_pct, "test", "percent", True, "fake"))
    monkeypatch.setitem(reg, "fake_ex", Indicator("fake_ex", _fake_exercises, "test", "records", False, "fake",
                                                       shape="records"))
    CALLS.clear()


def claim(**kw: Any) -> dict[str, Any]:
    base = {"id": "c1", "text": "t", "indicator": "fake_tiv", "dyad": ["RUS", "CHN"], "test": "value",
            "period": [2002, 2002], "expected": 50, "tolerance": 0, "said_in": {"source": "brief-a", "locator": "p. 1"}}
    base.update(kw)
    return base


def one(**kw: Any):  # noqa: ANN201
    return check([claim(**kw)])[0]


def data(a: str = "RUS", b: str = "CHN") -> pd.Series:
    return pd.Series(SERIES[(a, b)], dtype="Float64")


def test_value_supported_and_contradicted() -> None:
    s = data()
    assert one(expected=float(s[2002])).verdict == "supported"
    r = one(expected=float(s[2002]) + 3, tolerance=2)
    assert r.verdict == "contradicted" and r.found == float(s[2002])
    assert one(expected=float(s[2002]) + 3, tolerance=3).verdict == "supported"


def test_value_unit_mismatch_never_compared() -> None:
    r = one(unit="US$ (billions)", expected=0.05)
    assert r.verdict == "unverifiable"
    assert r.reason == "unit mismatch: claim in US$, data in SIPRI TIV"
    assert unit_family("US$ (millions)")[:2] == ("usd", 1e6)


def test_value_missing_year_is_unverifiable() -> None:
    r = one(period=[2006, 2006])
    assert r.verdict == "unverifiable" and "2006" in r.reason


def test_no_circular_evidence_exclude_sources_passed() -> None:
    one()
    assert CALLS and all(c["exclude"] == frozenset({"brief-a"}) for c in CALLS)
    r = one(test="extent", indicator="fake_ex", period=[2017, 2017], expected=None, params={"place": "Baltic Sea"},
            said_in={"source": "b1", "locator": "p. 2"})
    # the only Baltic record is b1's own: it may not support b1's claim
    assert r.verdict == "contradicted"
    assert all(e["id"] != "b1" for e in r.evidence_sources)


def test_peak_supported_contradicted_and_partial() -> None:
    s = data().dropna()
    peak = int(s.idxmax())
    assert one(test="peak", period=[2000, 2005], expected=peak).verdict == "supported"
    wrong = int(s.idxmin())
    r = one(test="peak", period=[2000, 2005], expected=wrong)
    assert r.verdict == "contradicted" and r.found == peak
    # 2006 not covered: a claimed peak in 2003 is still ruled out by 2002's higher value
    assert one(test="peak", period=[2000, 2006], expected=2003).verdict == "contradicted"
    # ... but the true covered maximum cannot be confirmed while 2006 is missing
    assert one(test="peak", period=[2000, 2006], expected=peak).verdict == "unverifiable"


def test_trough_with_ties() -> None:
    s = data().dropna()
    ties = sorted(int(y) for y in s.index[s == s.min()])
    assert len(ties) == 2
    r = one(test="trough", period=[2000, 2005], expected=ties[1])
    assert r.verdict == "supported" and r.found == ties and "tied" in r.reason
    assert one(test="trough", period=[2000, 2005], expected=2000).verdict == "contradicted"


def test_share_each_year_and_mean() -> None:
    s = data().loc[2000:2003]
    lo, hi = float(s.min()), float(s.max())
    ok = one(indicator="fake_pct", test="share", period=[2000, 2003], expected=[lo, hi], unit="percent")
    assert ok.verdict == "supported"
    bad = one(indicator="fake_pct", test="share", period=[2000, 2003], expected=[lo + 1, hi], unit="percent")
    assert bad.verdict == "contradicted" and "2000" in bad.reason
    m = float(s.mean())
    assert one(indicator="fake_pct", test="share", period=[2000, 2003], expected=[m - 1, m + 1],
               params={"aggregate": "mean"}).verdict == "supported"
    assert one(indicator="fake_pct", test="share", period=[2000, 2003], expected=[m + 1, m + 2],
               params={"aggregate": "mean"}).verdict == "contradicted"


def test_trend_increase_and_decrease() -> None:
    s = data()
    before, after = s.loc[2000:2001].mean(), s.loc[2002:2003].mean()
    direction = "increase" if after > before else "decrease"
    other = "decrease" if direction == "increase" else "increase"
    p = {"before": [2000, 2001], "after": [2002, 2003], "method": "mean"}
    assert one(test="trend", period=[2000, 2003], expected=None,
               params={**p, "direction": direction}).verdict == "supported"
    assert one(test="trend", period=[2000, 2003], expected=None,
               params={**p, "direction": other}).verdict == "contradicted"
    assert one(test="trend", period=[2000, 2006], expected=None,
               params={**p, "after": [2005, 2006], "direction": "decrease"}).verdict == "unverifiable"


def test_comparison_with_other_dyad() -> None:
    x, y = data().loc[2002:2003].mean(), data("RUS", "IND").loc[2002:2003].mean()
    assert x != y
    rel = "greater" if x > y else "less"
    opp = "less" if rel == "greater" else "greater"
    r = one(test="comparison", period=[2002, 2003], expected=None, params={"other": ["RUS", "IND"], "relation": rel})
    assert r.verdict == "supported"
    assert one(test="comparison", period=[2002, 2003], expected=None,
               params={"other": ["RUS", "IND"], "relation": opp}).verdict == "contradicted"


def test_count_sum_and_compare_to() -> None:
    s = data()
    total = float(s.loc[2000:2002].sum())
    assert one(test="count", period=[2000, 2002], expected=total, unit=None).verdict == "supported"
    assert one(test="count", period=[2000, 2002], expected=total - 5, tolerance=1).verdict == "contradicted"
    rate_p, rate_c = s.loc[2003:2005].mean(), s.loc[2000:2002].mean()
    rel = "greater" if rate_p > rate_c else "less"
    r = one(test="count", period=[2003, 2005], expected=None, params={"compare_to": [2000, 2002], "relation": rel})
    assert r.verdict == "supported" and "per year" in str(r.found)
    r2 = one(test="count", period=[2003, 2005], expected=None,
             params={"compare_to": [2000, 2002], "relation": "greater" if rel == "less" else "less"})
    assert r2.verdict == "contradicted"


def test_first_with_row_filter() -> None:
    air = EXERCISES[EXERCISES["domain"] == "air"]["year"].min()
    ok = one(indicator="fake_ex", test="first", period=[2005, 2017], expected=int(air), params={"domain": "air"})
    assert ok.verdict == "supported" and ok.found == air
    assert one(indicator="fake_ex", test="first", period=[2005, 2017], expected=int(air) + 2,
               params={"domain": "air"}).verdict == "contradicted"
    # before the records' first year nothing is covered: unverifiable, not "supported"
    assert one(indicator="fake_ex", test="first", period=[2000, 2017], expected=2005).verdict == "unverifiable"


def test_extent_three_outcomes() -> None:
    ex = dict(indicator="fake_ex", test="extent", expected=None)
    r = one(**ex, period=[2015, 2015], params={"place": "mediterranean"})
    assert r.verdict == "supported" and "Mediterranean" in r.found
    assert [e["id"] for e in r.evidence_sources] == ["b2"]
    assert one(**ex, period=[2012, 2013], params={"place": "Baltic Sea"}).verdict == "contradicted"
    assert one(**ex, period=[2019, 2019], params={"place": "Baltic Sea"}).verdict == "unverifiable"
    # an exercise recorded at Vladivostok is on the Sea of Japan
    assert one(**ex, period=[2017, 2017], params={"place": "Sea of Japan"}).verdict == "supported"


def test_unknown_indicator_and_missing_data_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    r = one(indicator="no_such_indicator")
    assert r.verdict == "unverifiable" and "not available" in r.reason
    # an indicator whose data is not loaded returns nothing: the reason names what to load
    empty = Indicator("deliveries_tiv", lambda d, **kw: pd.DataFrame(columns=["year", "value"]), "arms", "TIV",
                      True, "x", needs=("sipri",), load="amity data import sipri trade-register.csv")
    monkeypatch.setitem(indicators.registry(), "deliveries_tiv", empty)
    r = one(indicator="deliveries_tiv")
    assert r.verdict == "unverifiable" and "amity data import sipri" in r.reason
    assert r.found is None and r.evidence_sources == []


def test_evidence_vintage_from_store(store) -> None:  # noqa: ANN001
    from amity.store import SourceMeta

    res = store.ingest(SourceMeta(kind="sipri", vintage="2025-03-13", title="t", citation="c", sha256="abc" * 20),
                       {"fake_table": pd.DataFrame({"x": [1]})})
    SERIES[("RUS", "PAK")] = {2010: 1.0}
    try:
        orig = _fake_series

        def with_id(dyad: Any, **kw: Any) -> pd.DataFrame:
            return orig(dyad, **kw).assign(source_ids=res.source_id)

        indicators.registry()["fake_tiv"] = Indicator("fake_tiv", with_id, "test", "SIPRI TIV", True, "fake")
        r = check_one(from_dict(claim(dyad=["RUS", "PAK"], period=[2010, 2010], expected=1)), store)
        assert r.verdict == "supported"
        assert r.evidence_sources == [{"id": res.source_id, "vintage": "2025-03-13"}]
    finally:
        SERIES.pop(("RUS", "PAK"))


def test_results_frame_and_dossier_claims() -> None:
    df = results_frame(check([claim(), claim(id="c2", expected=1)]))
    assert list(df["verdict"]) == ["supported", "contradicted"]
    assert df.loc[0, "evidence_sources"] == "sipri:abc"


def test_check_dossier_checks_every_dossier_claim() -> None:
    from amity.claims import check_dossier, dossier_claims

    claims = dossier_claims()
    results = check_dossier()
    assert [r.id for r in results] == [c.id for c in claims]
    for c, r in zip(claims, results):
        assert r.verdict in ("supported", "contradicted", "unverifiable")
        # no circular evidence: the brief making a claim is never among its evidence
        assert c.source not in {e["id"] for e in r.evidence_sources}


def test_report_section_table_and_chart() -> None:
    from amity.dyad import Dyad
    from amity.report.base import ReportContext
    from amity.report.claims import section

    s = data().dropna()
    results = check([claim(id="peak-ok", test="peak", period=[2000, 2005], expected=int(s.idxmax())),
                     claim(id="val-bad", expected=1), claim(id="other-pair", dyad=["RUS", "IND"]),
                     claim(id="share-range", indicator="fake_pct", test="share", period=[2000, 2001],
                           expected=[0, 100], dyad=["CHN", "RUS"])])
    ctx = ReportContext(dyad=Dyad("CHN", "RUS"), claims_results=results)
    sec = section(ctx)
    assert sec.key == "claims" and sec.title == "The briefs' claims, checked"
    assert "peak-ok" in sec.html and "val-bad" in sec.html and "other-pair" not in sec.html
    assert sec.html.count("<svg") == 1 and "supported" in sec.md and "contradicted" in sec.md
    assert sec.key_figures["Claims supported / contradicted / unverifiable"] == "1 / 1 / 1"


def test_absence_in_other_briefs_is_not_evidence_against() -> None:
    """Dossier records are what briefs mention, not a census: a claim the other brief does not mention is
    unverifiable, while a record in the other brief can support it."""
    from tests.indicators.test_exercises import dossier

    d = dossier()  # b1: 2005, 2007, 2013 Sea of Japan; b2: 2013 (same exercise), 2013 air, 2017 Baltic
    base = dict(indicator="exercises", dyad=["CHN", "RUS"], test="extent", expected=None)
    by_b1 = check([claim(**base, period=[2017, 2017], params={"place": "Baltic Sea"},
                         said_in={"source": "b1", "locator": "p. 2"})], dossier=d)[0]
    assert by_b1.verdict == "supported" and [e["id"] for e in by_b1.evidence_sources] == ["b2"]
    # b1's records cover 2005-2013 but mention no Baltic exercise in 2010
    by_b2 = check([claim(**base, period=[2010, 2010], params={"place": "Baltic Sea"},
                         said_in={"source": "b2", "locator": "p. 2"})], dossier=d)[0]
    assert by_b2.verdict == "unverifiable" and "not a census" in by_b2.reason
    # the same shortfall on data that is a census (a fake indicator, not the dossier) is a contradiction
    fake = one(indicator="fake_ex", test="extent", expected=None, period=[2012, 2013],
               params={"place": "Baltic Sea"})
    assert fake.verdict == "contradicted"


def test_estimated_series_say_so_in_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    reg = indicators.registry()
    monkeypatch.setitem(reg, "fake_tiv", Indicator("fake_tiv", _fake_series, "test", "SIPRI TIV", True, "fake",
                                                   estimate=True, estimate_note="yearly values estimated"))
    r = one()                                   # a checkable value claim on fake_tiv
    assert r.verdict in ("supported", "contradicted") and r.reason.endswith("; yearly values estimated")
    missing = one(period=[1990, 1990])          # outside the data: no estimate was used
    assert missing.verdict == "unverifiable" and "estimated" not in missing.reason
    assert reg["deliveries_tiv"].estimate and reg["import_dependence"].estimate_note


def test_a_store_that_cannot_be_opened_is_an_error_not_no_data(amity_home) -> None:
    """No silent fallback to an empty store: a CI gate on claims must not pass because the store was
    damaged (or busy) when it ran."""
    import subprocess
    import sys

    from amity.claims import check_dossier
    from amity.errors import AmityError

    amity_home.mkdir(parents=True, exist_ok=True)
    (amity_home / "amity.duckdb").write_bytes(b"this is not a DuckDB file\n" * 200)
    with pytest.raises(AmityError, match="amity.duckdb"):
        check_dossier()
    r = subprocess.run([sys.executable, "-m", "amity", "claims", "check", "--dossier", "--fail-on", "contradicted"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
