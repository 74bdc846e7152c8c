"""Security Council veto indicators, checked against counts made here from the list's text."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources
from pathlib import Path

import pandas as pd

from amity.dyad import Dyad
from amity.sources import import_files, unsc
from amity.store import Store


def raw_rows() -> list[dict[str, str]]:
    text = resources.files("amity.dossier").joinpath("data", "unsc_vetoes.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_double_vetoes_per_year_match_the_list(store: Store) -> None:
    rows = raw_rows()
    both = Counter(int(r["date"][:4]) for r in rows if {"CHN", "RUS"} <= set(r["vetoed_by"].split(";")))
    out = Dyad("CHN", "RUS", store=store).double_vetoes()
    lo, hi = unsc.EMBEDDED_COVERAGE
    assert list(out["year"]) == list(range(lo, hi + 1))
    for y, v in zip(out["year"], out["value"]):
        assert v == both.get(y, 0)
    assert out["source_ids"].eq(unsc.EMBEDDED_SOURCE).all()


def test_outside_coverage_is_na(store: Store) -> None:
    out = Dyad("CHN", "RUS", start=1985, end=1995, store=store).double_vetoes().set_index("year")
    assert out.loc[1985:1990, "value"].isna().all()
    assert out.loc[1991:1995, "value"].notna().all()


def test_vetoes_per_member_and_rows(store: Store) -> None:
    rows = raw_rows()
    usa = Counter(int(r["date"][:4]) for r in rows if "USA" in r["vetoed_by"].split(";"))
    d = Dyad("CHN", "RUS", store=store)
    pv = d.vetoes_per_year(member="USA")
    assert set(pv["member"]) == {"USA"}
    assert dict(zip(pv["year"], pv["value"])) == {y: float(usa.get(y, 0)) for y in pv["year"]}
    v = d.vetoes()
    either = [r for r in rows if {"CHN", "RUS"} & set(r["vetoed_by"].split(";"))]
    assert len(v) == len(either) and v["double"].sum() == sum(r["vetoed_by"] == "CHN;RUS" for r in either)


def test_double_veto_more_often_2001_2012_than_before(store: Store) -> None:
    rows = raw_rows()
    years = [int(r["date"][:4]) for r in rows if r["vetoed_by"] == "CHN;RUS"]
    per = Dyad("CHN", "RUS", store=store).vetoes_by_period(breaks=(2001, 2013)).set_index("period")
    assert per.loc["1991–2000", "value"] == sum(y <= 2000 for y in years)
    assert per.loc["2001–2012", "value"] == sum(2001 <= y <= 2012 for y in years)
    assert per.loc["2001–2012", "per_year"] > per.loc["1991–2000", "per_year"]


def test_imported_list_replaces_embedded(tmp_path: Path, store: Store) -> None:
    head = ",".join(unsc.COLUMNS) + "\n"
    f = tmp_path / "mine.csv"
    f.write_text(head + "2030-01-05,S/2030/1,S/PV.20001,Test,CHN;RUS,mine,S/PV.20001\n"
                 "2031-01-05,S/2031/2,S/PV.20002,Test,USA,mine,S/PV.20002\n", encoding="utf-8")
    res = import_files(store, "unsc-vetoes", [f])
    out = Dyad("CHN", "RUS", store=store).double_vetoes()
    assert list(out["year"]) == [2030, 2031] and list(out["value"]) == [1.0, 0.0]
    assert set(out["source_ids"]) == {res[0].source_id}
    excluded = Dyad("CHN", "RUS", store=store).double_vetoes(exclude_sources=frozenset({res[0].source_id}))
    assert excluded.empty or pd.isna(excluded["value"]).all()


def listed_rows() -> list[dict[str, str]]:
    lo = unsc.EMBEDDED_COVERAGE[0]
    return [r for r in raw_rows() if int(r["date"][:4]) < lo]


def test_listing_from_1946_shows_soviet_era_vetoes(store: Store) -> None:
    early = [r for r in listed_rows() if {"RUS", "USA"} & set(r["vetoed_by"].split(";"))]
    assert early, "the shipped list has no Soviet-era rows"
    v = Dyad("RUS", "USA", start=1946, store=store).vetoes()
    got = v[v["year"] < unsc.EMBEDDED_COVERAGE[0]]
    assert sorted(got["date"]) == sorted(r["date"] for r in early)
    # a Soviet veto is Russia's seat, listed as the source names it, and marked as outside the counted years
    afg = got[got["draft"] == "S/13729"].iloc[0]
    assert afg["vetoed_by"] == "RUS" and afg["listed_as"] == "USSR" and afg["by_a"] and not afg["by_b"]
    assert afg["quote"] and "incomplete" in afg["coverage"]
    assert v.loc[v["year"] >= unsc.EMBEDDED_COVERAGE[0], "coverage"].str.contains("incomplete").sum() == 0
    # without --from the listing is the same: the dyad's years are not limited to the counted coverage
    assert len(Dyad("RUS", "USA", store=store).vetoes()) == len(v)


def test_counts_before_the_complete_coverage_stay_na(store: Store) -> None:
    lo = unsc.EMBEDDED_COVERAGE[0]
    years_with_rus = {int(r["date"][:4]) for r in listed_rows() if "RUS" in r["vetoed_by"].split(";")}
    assert years_with_rus  # listed vetoes exist in those years ...
    d = Dyad("RUS", "USA", start=1946, end=lo + 4, store=store)
    pv = d.vetoes_per_year(member="RUS").set_index("year")["value"]
    assert pv.loc[:lo - 1].isna().all()  # ... yet they are not counted: the list is incomplete there
    rus = Counter(int(r["date"][:4]) for r in raw_rows() if "RUS" in r["vetoed_by"].split(";"))
    assert [pv.loc[y] for y in range(lo, lo + 5)] == [float(rus.get(y, 0)) for y in range(lo, lo + 5)]
    assert d.double_vetoes().set_index("year").loc[:lo - 1, "value"].isna().all()
    per = d.vetoes_by_period(breaks=(), what="a")
    assert list(per["start"]) == [lo]  # periods start with the complete coverage, not 1946


def test_the_1955_republic_of_china_veto_is_not_the_prc(store: Store) -> None:
    roc = [r for r in listed_rows() if "TWN" in r["vetoed_by"].split(";")]
    assert len(roc) == 1
    prc = Dyad("CHN", "RUS", start=1946, store=store).vetoes()
    assert not (prc["by_a"] & (prc["year"] < 1971)).any()  # no China-seat veto before 1971 is the PRC's
    assert roc[0]["date"] not in set(prc.loc[prc["by_a"], "date"])
    twn = Dyad("Republic of China", "USA", start=1946, store=store).vetoes()
    hit = twn[twn["by_a"]]
    assert list(hit["date"]) == [roc[0]["date"]] and "Republic of China" in hit["listed_as"].iloc[0]
    # the PRC's own vetoes are still its own: the 1972 one is listed under CHN
    first = [r for r in listed_rows() if r["vetoed_by"] == "CHN"]
    assert [r["date"] for r in first] == list(prc.loc[prc["by_a"] & (prc["year"] < 1991), "date"])
