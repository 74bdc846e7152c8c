"""Agreements and meetings from a dossier the test writes: pairs, merging across sources, exclusion."""

import pandas as pd

from amity import Dyad
from amity.dossier import Dossier


def dossier() -> Dossier:
    ag = pd.DataFrame([
        ("a1", 2001, "2001-07", "Treaty", "treaty", "CHN;RUS", "", "b1"),
        ("a1m", 2001, "", "Treaty of friendship", "treaty", "CHN;RUS", "a1", "b2"),
        ("a2", 1996, "", "Shanghai agreement", "agreement", "CHN;RUS;KAZ;KGZ;TJK", "", "b2"),
        ("a3", 2008, "", "Border settlement", "settlement", "CHN;RUS", "", "b1"),
        ("a4", 2010, "", "Other pair", "agreement", "IND;RUS", "", "b1"),
    ], columns=["id", "year", "date", "title", "kind", "parties", "same_as", "source"])
    ag["year"] = ag["year"].astype("Int64")
    ag["locator"] = "p. 1"
    me = pd.DataFrame([
        ("m1", 2013, "2013-03", "state-visit", "Xi in Moscow", "", "b1"),
        ("m2", 2015, "2015-05", "parade", "Victory Day parade", "CHN;RUS", "b1"),
    ], columns=["id", "year", "date", "kind", "title", "parties", "source"])
    me["year"] = me["year"].astype("Int64")
    me["locator"] = "p. 2"
    src = pd.DataFrame([{"key": "b1", "title": "One", "date": "2018-01", "kind": "brief"},
                        {"key": "b2", "title": "Two", "date": "2019", "kind": "brief"}])
    ex = pd.DataFrame(columns=["id", "year", "date", "area", "lat", "lon", "participants", "source", "locator"])
    arms = pd.DataFrame(columns=["id", "record", "supplier", "recipient", "year", "unit", "source", "locator"])
    return Dossier(sources=src, exercises=ex, agreements=ag, meetings=me, arms=arms)


def test_agreements_of_the_pair_merged_across_sources():
    ag = Dyad("CHN", "RUS", dossier=dossier()).agreements()
    assert list(ag["id"]) == ["a2", "a1", "a3"]             # by year; a1m merged into a1; IND–RUS left out
    assert ag.loc[ag["id"] == "a1", "source_ids"].item() == "b1;b2"
    assert (ag["value"] == 1).all() and ag["coverage"].iloc[0].startswith("Agreements 1996–2008")


def test_excluding_a_source_keeps_the_other_sources_record():
    ag = Dyad("CHN", "RUS", dossier=dossier()).indicator("agreements", exclude_sources=frozenset({"b1"}))
    assert list(ag["id"]) == ["a2", "a1m"]
    assert list(ag["source_ids"]) == ["b2", "b2"]


def test_multilateral_agreements_count_for_each_pair_of_parties():
    assert list(Dyad("KAZ", "CHN", dossier=dossier()).agreements()["id"]) == ["a2"]
    assert list(Dyad("IND", "RUS", dossier=dossier()).agreements()["id"]) == ["a4"]


def test_meetings_without_parties_are_china_russia_records():
    d = dossier()
    assert list(Dyad("RUS", "CHN", dossier=d).meetings()["id"]) == ["m1", "m2"]
    assert Dyad("USA", "CHN", dossier=d).meetings().empty


def test_window_limits_years():
    ag = Dyad("CHN", "RUS", start=2000, end=2005, dossier=dossier()).agreements()
    assert list(ag["id"]) == ["a1"]
