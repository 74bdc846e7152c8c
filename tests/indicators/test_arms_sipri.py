"""SIPRI arms indicators on a small fixture (hand-computed) and on the real register (plain csv pass)."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest

from amity import sources
from amity.dyad import Dyad
from amity.indicators.arms_sipri import pairs_panel
from tests.sources.sipri_fixtures import register, tiv_table


@pytest.fixture
def loaded(tmp_path: Path, store):  # noqa: ANN001, ANN201
    sources.import_files(store, "sipri", [register(tmp_path), tiv_table(tmp_path)])
    return store


def _v(df: pd.DataFrame, year: int) -> object:
    return df.set_index("year")["value"].get(year)


def test_deliveries_tiv_hand_computed(loaded) -> None:  # noqa: ANN001
    d = Dyad("RUS", "CHN", store=loaded)
    df = d.deliveries_tiv(calibrate=False)
    assert (df["unit"] == "SIPRI TIV (millions)").all()
    assert "vintage 2025-03-13" in df["coverage"].iloc[0] and df["source_ids"].iloc[0].startswith("sipri:")
    assert _v(df, 2000) == pytest.approx(150) and _v(df, 2018) == pytest.approx(200)
    assert _v(df, 2010) == 0  # covered, nothing delivered
    assert pd.isna(_v(df, 1956))  # Russia is not the Soviet Union unless asked
    assert df["year"].max() == 2024
    pred = d.deliveries_tiv(with_predecessor=True, calibrate=False)
    assert _v(pred, 1956) == pytest.approx(50) and _v(pred, 1950) == 0
    # directed: China supplied nothing to Russia
    assert Dyad("CHN", "RUS", store=loaded).deliveries_tiv()["value"].dropna().eq(0).all()
    # outside the coverage asked for: NA, never 0
    w = Dyad("RUS", "CHN", start=2020, end=2026, store=loaded).deliveries_tiv(calibrate=False)
    assert _v(w, 2020) == pytest.approx(200) and pd.isna(_v(w, 2025)) and pd.isna(_v(w, 2026))


def test_calibration_to_the_tiv_table(loaded) -> None:  # noqa: ANN001
    """Register 2000: China imports 150 (all from Russia); the TIV table says 400, so every supplier's
    2000 deliveries to China are scaled by 400/150. 2001: the table says below 0.5 (stored 0), so 0.
    Years outside the table (2018) keep the even split."""
    d = Dyad("RUS", "CHN", store=loaded)
    cal = d.deliveries_tiv()
    assert _v(cal, 2000) == pytest.approx(150 * 400 / 150)
    assert _v(cal, 2001) == pytest.approx(0.0)
    assert _v(cal, 2018) == pytest.approx(200) and _v(cal, 2010) == 0
    assert "calibrated to the SIPRI TIV table" in cal["coverage"].iloc[0]
    assert len(cal["source_ids"].iloc[0].split(";")) == 2   # the register and the table
    from amity.indicators.arms_sipri import calibration

    factor, _ids, vintage = calibration(loaded, ["China"], frozenset())
    assert factor.to_dict() == pytest.approx({2000: 400 / 150, 2001: 0.0}) and vintage == "2024-10-13"
    # a recipient the register does not cover in the table's years: nothing to calibrate
    assert calibration(loaded, ["Hezbollah (Lebanon)*"], frozenset())[0].empty


def test_ma5_and_shares(loaded) -> None:  # noqa: ANN001
    d = Dyad("RUS", "CHN", store=loaded)
    ma = d.deliveries_tiv_ma5(calibrate=False)
    assert _v(ma, 2004) == pytest.approx((150 + 150) / 5)
    assert pd.isna(_v(ma, 1995))  # 1991 is outside Russia's coverage
    dep = d.import_dependence()
    assert _v(dep, 2000) == pytest.approx(100.0) and _v(dep, 2001) == pytest.approx(100.0)  # France's 0-TIV
    assert pd.isna(_v(dep, 2010))  # China imported nothing: undefined, not 0
    assert (dep["unit"] == "percent").all() and (dep["denominator"] == "register").all()
    tab = d.import_dependence(denominator="tiv_table")
    assert _v(tab, 2000) == pytest.approx(100 * 150 / 400)
    assert pd.isna(_v(tab, 2001))  # table says between 0 and 0.5: no usable denominator
    assert tab["year"].max() == 2001  # the table covers 2000-2001 only
    exp = d.share_of_supplier_exports()
    assert _v(exp, 2000) == pytest.approx(100.0) and _v(exp, 2003) == 0  # 2003 went to India
    hhi = d.supplier_concentration().set_index("year")
    assert hhi.loc[2001, "value"] == pytest.approx(10000) and hhi.loc[2001, "n_suppliers"] == 1


def test_categories_orders_deals(loaded) -> None:  # noqa: ANN001
    d = Dyad("RUS", "CHN", store=loaded)
    cat = d.deliveries_by_category()
    by = cat[cat["year"] == 2018].set_index("category")["value"]
    assert by["Air defence systems"] == pytest.approx(200) and by["Aircraft"] == 0
    ovd = d.orders_vs_deliveries().set_index("year")
    assert ovd.loc[2015, "ordered_tiv"] == 600 and ovd.loc[2022, "ordered_tiv"] == 20
    assert ovd.loc[2018, "delivered_tiv"] == pytest.approx(200)
    deals = d.arms_deals()
    assert deals["weapon_designation"].tolist() == ["Su-30MKK", "S-400", "Ka-31"]
    assert deals["comments"].iloc[1] == "For Triumf; \u00e9t\u00e9"
    openi = d.open_deals()
    assert openi["weapon_designation"].tolist() == ["Ka-31"] and openi["value"].iloc[0] == 20
    assert len(d.arms_deals(with_predecessor=True)) == 4


def test_not_loaded_is_empty(store) -> None:  # noqa: ANN001
    d = Dyad("RUS", "CHN", store=store)
    assert d.deliveries_tiv().empty and d.import_dependence().empty and d.arms_deals().empty


def test_pairs_panel_matches_per_dyad(loaded) -> None:  # noqa: ANN001
    p = pairs_panel(loaded).set_index(["supplier", "recipient", "year"])
    d = Dyad("RUS", "CHN", store=loaded)
    for col, df in (("deliveries_tiv", d.deliveries_tiv(calibrate=False)), ("import_dependence", d.import_dependence()),
                    ("share_of_supplier_exports", d.share_of_supplier_exports())):
        for y in (2000, 2001, 2003, 2010, 2018):
            a, b = p.loc[("Russia", "China", y), col], _v(df, y)
            assert (pd.isna(a) and pd.isna(b)) or a == pytest.approx(b)


def test_real_register_shares_match_plain_pass(shared_data: Path, store) -> None:  # noqa: ANN001
    path = shared_data / "sipri" / "trade-register-2025-03.csv"
    sources.import_files(store, "sipri", [path])
    rows = list(csv.reader(open(path, encoding="latin-1", newline="")))
    per: dict[tuple[str, str, int], float] = defaultdict(float)
    imp: dict[tuple[str, int], float] = defaultdict(float)
    for r in rows[12:]:
        if len(r) != 16 or not r[10]:
            continue  # the four broken rows have no delivery years
        ys = r[10].split("; ")
        for y in ys:
            per[(r[1], r[0], int(y))] += float(r[15]) / len(ys)
            imp[(r[0], int(y))] += float(r[15]) / len(ys)
    d = Dyad("RUS", "CHN", store=store)
    dl = d.deliveries_tiv().set_index("year")["value"]
    dep = d.import_dependence().set_index("year")["value"]
    for y in range(1992, 2025):
        assert dl[y] == pytest.approx(per.get(("Russia", "China", y), 0.0), abs=1e-9)
        den = imp.get(("China", y), 0.0)
        exp = 100 * per.get(("Russia", "China", y), 0.0) / den if den > 0 else None
        assert (exp is None and pd.isna(dep[y])) or dep[y] == pytest.approx(exp)
    pred = d.deliveries_tiv(with_predecessor=True).set_index("year")["value"]
    assert pred[1955] == pytest.approx(per[("Soviet Union", "China", 1955)])
