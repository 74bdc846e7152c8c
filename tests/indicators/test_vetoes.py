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
