"""Power asymmetry ratios and alliance obligations, on fixtures and the real files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from amity.dossier import Dossier
from amity.dyad import Dyad
from amity.indicators import alliance as al
from amity.indicators import asymmetry as asy
from amity.sources import import_files
from tests.sources.test_cow import write_cow_alliances, write_nmc
from tests.sources.test_milex import write_book
from tests.sources.test_wdi import write_wdi


def test_not_loaded_is_na_with_hint(store) -> None:
    d = Dyad("CHN", "RUS", start=2000, end=2002, store=store)
    df = asy.milex_ratio(d)
    assert len(df) == 3 and df["value"].isna().all()
    assert "amity data import milex" in df["coverage"].iloc[0]
    assert asy.cinc_ratio(Dyad("CHN", "RUS", store=store)).empty


def test_ratios_on_fixtures(tmp_path: Path, store) -> None:
    import_files(store, "milex", [write_book(tmp_path / "m.xlsx")])
    import_files(store, "nmc", [write_nmc(tmp_path / "NMC-60-abridged.csv")])
    import_files(store, "wdi", [write_wdi(tmp_path / "w.csv")])
    d = Dyad("CHN", "RUS", store=store)
    m = asy.milex_ratio(d).set_index("year")
    assert m.loc[2019, "value"] == pytest.approx(240.5 / 60.0) and m.loc[2019, "larger"] == "CHN"
    assert pd.isna(m.loc[2020, "value"])  # Russia's 2020 is "xxx": missing, not 0
    assert pd.isna(m.loc[2021, "value"]) and pd.isna(m.loc[2021, "larger"])
    assert m["source_ids"].iloc[0].startswith("milex:")
    # directed order: b/a is the inverse
    r = asy.milex_ratio(Dyad("RUS", "CHN", store=store)).set_index("year")
    assert r.loc[2019, "value"] == pytest.approx(60.0 / 240.5) and r.loc[2019, "larger"] == "CHN"
    c = asy.cinc_ratio(d).set_index("year")
    assert pd.isna(c.loc[2015, "value"])  # no Russian row in 2015
    assert c.loc[2016, "value"] == pytest.approx(0.230618 / 0.036473)
    g = asy.gdp_ratio(d).set_index("year")
    assert g.loc[2019, "value"] == pytest.approx(14e12 / 1.5e12) and pd.isna(g.loc[2021, "value"])
    long = asy.asymmetry(d)
    assert set(long["measure"]) == {"milex", "gdp", "cinc"}
    # excluding the SIPRI source falls back to NMC military expenditure (thousands of current US$)
    sid = m["source_ids"].iloc[0]
    nmc = asy.milex_ratio(d, exclude_sources=frozenset({sid})).set_index("year")
    assert nmc.loc[2016, "value_unit"] == "thousands of current US$" and pd.isna(nmc.loc[2016, "value"])


def _dossier_with_treaty() -> Dossier:
    empty = pd.DataFrame()
    ag = pd.DataFrame([{"id": "a1", "year": 2001, "title": "Treaty of Good-Neighbourliness", "kind": "treaty",
                        "parties": "CHN;RUS", "source": "brief2018", "locator": "p. 3"}])
    return Dossier(sources=empty, exercises=empty, agreements=ag, meetings=empty, arms=empty)


def test_alliance_dossier_only_says_no_dataset(store) -> None:
    d = Dyad("CHN", "RUS", start=2000, end=2003, store=store, dossier=_dossier_with_treaty())
    df = al.alliance(d).set_index("year")
    assert df["value"].isna().all() and df["defense"].isna().all()
    assert "no alliance dataset" in df.loc[2002, "coverage"]
    assert "Good-Neighbourliness" in df.loc[2002, "dossier_note"] and df.loc[2000, "dossier_note"] == ""


def test_alliance_from_cow(tmp_path: Path, store) -> None:
    import_files(store, "alliances", [write_cow_alliances(tmp_path / "alliance_v4.1_by_dyad_yearly.csv")])
    d = Dyad("RUS", "CHN", start=1949, end=2014, store=store, dossier=_dossier_with_treaty())
    df = al.alliance(d).set_index("year")
    assert df.loc[1955, "value"] == 1 and df.loc[1955, "nonaggression"] == 1
    assert df.loc[1981, "value"] == 0 and df.loc[1981, "entente"] == 0  # covered, nothing in force
    assert df.loc[2005, "value"] == 0 and df.loc[2005, "entente"] == 1  # 2001: entente, not a defence pact
    assert pd.isna(df.loc[2013, "value"]) and pd.isna(df.loc[2013, "entente"])  # after the data ends (2012)
    assert pd.isna(df.loc[1949, "value"])  # before the data starts (1950)


def test_real_milex_and_cinc_ratios(shared_data: Path, store) -> None:
    xlsx = shared_data / "sipri/SIPRI-Milex-data-1948-2023.xlsx"
    nmc = shared_data / "cow/NMC-60-abridged.csv"
    import_files(store, "milex", [xlsx])
    import_files(store, "nmc", [nmc])
    d = Dyad("CHN", "RUS", store=store)
    m = asy.milex_ratio(d).set_index("year")
    wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
    rows = list(next(w for w in wb.worksheets if w.title.startswith("Constant")).iter_rows(values_only=True))
    wb.close()
    header = list(next(r for r in rows if r and r[0] == "Country"))
    chn = next(r for r in rows if r and r[0] == "China")
    rus = next(r for r in rows if r and r[0] == "Russia")
    for year in (2000, 2010, 2023):
        j = header.index(year)
        assert m.loc[year, "value"] == pytest.approx(chn[j] / rus[j])
        assert m.loc[year, "larger"] == "CHN"
    raw = pd.read_csv(nmc).set_index(["ccode", "year"])["cinc"]
    c = asy.cinc_ratio(d).set_index("year")
    assert c.loc[1960, "value"] == pytest.approx(raw[(710, 1960)] / raw[(365, 1960)])
    assert c.loc[1960, "larger"] == ("CHN" if raw[(710, 1960)] > raw[(365, 1960)] else "RUS")
    assert c.index.max() == 2016 and "vintage 6.0" in c.loc[2000, "coverage"]


def test_report_section(tmp_path: Path, store) -> None:
    from amity.report.asymmetry import section
    from amity.report.base import ReportContext

    empty = section(ReportContext(Dyad("CHN", "RUS", store=store, dossier=_dossier_with_treaty())))
    assert "amity data import milex SIPRI-Milex-data-1948-2023.xlsx" in empty.md
    assert "amity data import nmc NMC-60-abridged.csv" in empty.md
    assert "no alliance obligation is reported" in empty.md
    import_files(store, "milex", [write_book(tmp_path / "m.xlsx")])
    import_files(store, "alliances", [write_cow_alliances(tmp_path / "alliance_v4.1_by_dyad_yearly.csv")])
    s = section(ReportContext(Dyad("CHN", "RUS", store=store, dossier=_dossier_with_treaty())))
    assert f"{240.5 / 60.0:,.2f}" in s.md and "<svg" in s.html
    assert "COW" in s.md and s.key_figures["Defence pact in force (2012)"] == "no"
