"""Exercise indicators against hand-computed expectations on a dossier the test writes."""

import math

import pandas as pd
import pytest

from amity import Dyad
from amity.dossier import Dossier
from amity.indicators.exercises import great_circle_km


def dossier() -> Dossier:
    ex = pd.DataFrame([
        # id, year, date, domain, framework, area, lat, lon, participants, source
        ("a", 2005, "2005-08", "land", "SCO", "Shandong", 36.0, 120.0, "CHN;RUS", "b1"),
        ("b", 2007, "2007-08", "land", "SCO", "Chelyabinsk", 55.0, 61.0, "CHN;RUS;KAZ", "b1"),
        ("c", 2013, "2013-07", "sea", "bilateral", "Sea of Japan", 40.0, 135.0, "CHN;RUS", "b1"),
        ("c2", 2013, "2013-07", "sea", "bilateral", "Sea of Japan (Vladivostok)", 43.1, 131.9, "CHN;RUS", "b2"),
        ("d", 2013, "2013-11", "air", "bilateral", "Inner Mongolia", 41.0, 112.0, "CHN;RUS", "b2"),
        ("e", 2017, "2017-07", "sea", "bilateral", "Baltic Sea", 58.0, 20.0, "CHN;RUS", "b2"),
        ("f", 2010, "2010-01", "land", "bilateral", "Rajasthan", 27.0, 73.0, "IND;RUS", "b1"),
    ], columns=["id", "year", "date", "domain", "framework", "area", "lat", "lon", "participants", "source"])
    ex["year"] = ex["year"].astype("Int64")
    ex["same_as"] = ["", "", "", "c", "", "", ""]
    ex["locator"] = "p. 1"
    src = pd.DataFrame([{"key": "b1", "title": "One", "date": "2018-01", "kind": "brief"},
                        {"key": "b2", "title": "Two", "date": "2019-02", "kind": "brief"}])
    empty = pd.DataFrame(columns=["id", "year", "date", "title", "kind", "parties", "source", "locator"])
    return Dossier(sources=src, exercises=ex, agreements=empty, meetings=empty,
                   arms=pd.DataFrame(columns=["id", "record", "supplier", "recipient", "year", "unit",
                                              "source", "locator"]))


def test_haversine_matches_a_known_distance():
    # Beijing–Moscow ≈ 5,800 km (great circle)
    assert great_circle_km(39.9075, 116.3972, 55.7522, 37.6156) == pytest.approx(5780, abs=40)
    assert great_circle_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)


def test_exercises_dedupes_same_exercise_from_two_sources():
    ex = Dyad("CHN", "RUS", dossier=dossier()).exercises()
    assert list(ex["id"]) == ["a", "b", "c", "d", "e"]
    assert ex.loc[ex["id"] == "c", "source_ids"].item() == "b1;b2"


def test_exercises_per_year_zero_inside_coverage_na_outside():
    d = Dyad("CHN", "RUS", start=2003, end=2019, dossier=dossier())
    per = d.exercises_per_year().set_index("year")["value"]
    assert per[2005] == 1 and per[2007] == 1 and per[2013] == 2 and per[2017] == 1
    assert per[2006] == 0 and per[2016] == 0          # covered years with none recorded
    assert pd.isna(per[2003]) and pd.isna(per[2004]) and pd.isna(per[2018])   # outside coverage


def test_exercises_by_domain_and_filters():
    d = Dyad("CHN", "RUS", dossier=dossier())
    by = d.exercises_per_year(by="domain")
    air = by[by["category"] == "air"].set_index("year")["value"]
    assert air[2013] == 1 and air[2005] == 0
    first_air = d.indicator("exercises_per_year", domain="air")
    assert first_air.loc[first_air["value"] > 0, "year"].min() == 2013


def test_exclude_sources_removes_a_documents_records():
    d = Dyad("CHN", "RUS", dossier=dossier())
    ex = d.indicator("exercises", exclude_sources=frozenset({"b2"}))
    assert list(ex["id"]) == ["a", "b", "c"]
    # excluding the first source keeps the other source's record of the same exercise
    ex = d.indicator("exercises", exclude_sources=frozenset({"b1"}))
    assert list(ex["id"]) == ["c2", "d", "e"]
    assert ex.loc[0, "source_ids"] == "b2" and ex.loc[0, "area"] == "Sea of Japan (Vladivostok)"


def test_exercise_distance_is_farthest_area_from_first_capital():
    d = Dyad("CHN", "RUS", dossier=dossier())
    dist = d.exercise_distance().set_index("year")
    beijing = (39.9075, 116.3972)
    assert dist.loc[2013, "area"] == "Sea of Japan"     # farther from Beijing than Inner Mongolia
    assert dist.loc[2013, "value"] == round(great_circle_km(*beijing, 40.0, 135.0))
    assert dist.loc[2017, "area"] == "Baltic Sea"
    assert dist["value"].idxmax() == 2017
    moscow = (55.7522, 37.6156)
    assert dist.loc[2017, "km_from_b"] == round(great_circle_km(*moscow, 58.0, 20.0))


def test_other_pairs_get_only_their_records():
    d = Dyad("IND", "RUS", dossier=dossier())
    assert list(d.exercises()["id"]) == ["f"]
    assert Dyad("USA", "RUS", dossier=dossier()).exercises_per_year().empty


def test_unspecified_domain_is_its_own_category():
    dos = dossier()
    dos.exercises.loc[dos.exercises["id"] == "b", "domain"] = ""
    by = Dyad("CHN", "RUS", dossier=dos).exercises_per_year(by="domain")
    unspec = by[by["category"] == "unspecified"].set_index("year")["value"]
    assert unspec[2007] == 1 and unspec.sum() == 1
    assert by.groupby("year")["value"].sum()[2007] == 1


def test_filter_with_no_match_gives_zeros_inside_coverage_not_an_error():
    d = Dyad("CHN", "RUS", dossier=dossier())
    out = d.indicator("exercises_per_year", by="domain", domain="aerospace")
    assert set(out["category"]) == {"aerospace"}
    covered = out.dropna(subset=["value"])
    assert len(covered) == 2017 - 2005 + 1 and (covered["value"] == 0).all()
