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


def v2() -> Dossier:
    d = dossier()
    me = pd.DataFrame([
        ("s19", 2019, "2019-06-05", "state-visit", "CHN;RUS", "b1"),
        ("c20", 2020, "2020-05-08", "phone-call", "CHN;RUS", "b1"),
        ("v21", 2021, "2021-06-28", "video-call", "CHN;RUS", "b2"),
        ("sl21", 2021, "2021-09-17", "sideline-meeting", "CHN;RUS", "b2"),
        ("dm21", 2021, "2021-11-23", "defence-ministers", "CHN;RUS", "b2"),
        ("s22", 2022, "2022-02-04", "summit", "CHN;RUS", "b2"),
        ("in22", 2022, "2022-11", "summit", "IND;RUS", "b2"),
    ], columns=["id", "year", "date", "kind", "parties", "source"])
    me["year"] = me["year"].astype("Int64")
    me["title"], me["locator"], me["quote"] = "t", "p. 3", "q"
    d.meetings = me
    d.citations = pd.DataFrame([("s22", "b1", "p. 9", "q"), ("a1m", "b3", "p. 1", "q")],
                               columns=["record_id", "source", "locator", "quote"])
    return d


def test_leader_meetings_per_year_by_kind_calls_their_own_kinds():
    lm = Dyad("CHN", "RUS", dossier=v2()).indicator("leader_meetings_per_year")
    got = lm.set_index(["category", "year"])["value"]
    assert got[("video-call", 2021)] == 1 and got[("sideline-meeting", 2021)] == 1
    assert got[("phone-call", 2020)] == 1 and got[("summit", 2022)] == 1
    assert got[("summit", 2020)] == 0                       # inside the span, none recorded
    assert "defence-ministers" not in set(lm["category"])  # not a leaders' meeting
    assert lm.groupby("year")["value"].sum().to_dict() == {2019: 1, 2020: 1, 2021: 2, 2022: 1}
    assert "not a complete census" in lm["coverage"].iloc[0]


def test_citations_add_sources_to_a_record():
    me = Dyad("CHN", "RUS", dossier=v2()).meetings().set_index("id")
    assert me.loc["s22", "source_ids"] == "b1;b2"
    ag = Dyad("CHN", "RUS", dossier=v2()).agreements().set_index("id")
    assert ag.loc["a1", "source_ids"] == "b1;b2;b3"        # a citation of the linked record counts too


def test_agreements_by_kind():
    by = Dyad("CHN", "RUS", dossier=dossier()).indicator("agreements_by_kind")
    got = by.set_index(["category", "year"])["value"]
    assert got[("treaty", 2001)] == 1 and got[("agreement", 1996)] == 1 and got[("settlement", 2008)] == 1
    assert got[("treaty", 2000)] == 0
    assert set(by["year"]) == set(range(1996, 2009))
