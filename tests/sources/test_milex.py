"""SIPRI Military Expenditure Database importer: the real workbook and small workbooks written here."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from amity.errors import InputError
from amity.sources import import_files, milex

REAL = "sipri/SIPRI-Milex-data-1948-2023.xlsx"


def _sheet_rows(path: Path, prefix: str) -> list[tuple]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = next(w for w in wb.worksheets if w.title.startswith(prefix))
    rows = list(ws.iter_rows(values_only=True))
    wb.close()
    return rows


def _cell(rows: list[tuple], name: str, year: int) -> object:
    header = next(r for r in rows if r and r[0] == "Country")
    j = list(header).index(year)
    return next(r for r in rows if r and r[0] == name)[j]


def write_book(path: Path, *, bad: object = None) -> Path:
    """A small workbook in SIPRI's layout: notes rows, header, region rows, markers, a footnote."""
    wb = openpyxl.Workbook()
    wb.active.title = "Front page"
    ws = wb.create_sheet("Constant (2022) US$")
    ws.append(["Military expenditure by country, in constant (2022) US$ m., 2019-2021      © SIPRI 2023"])
    ws.append(['". ." = data unavailable. "xxx" = country did not exist or was not independent'])
    ws.append([""])
    ws.append(["Country", "", "Notes", 2019, 2020, 2021])
    ws.append([None])
    ws.append(["Asia & Oceania"])
    ws.append(["East Asia"])
    ws.append(["China", None, "", 240.5, 250.0, "..."])
    ws.append(["Korea, South", None, "†", 40.0, 0, 41.0])
    ws.append(["Europe"])
    ws.append(["Russia", None, "", 60.0, "xxx" if bad is None else bad, 66.0])
    ws.append(["USSR", None, "", "xxx", "xxx", "xxx"])
    ws.append(["European Union", None, "", 1.0, 2.0, 3.0])
    ws2 = wb.create_sheet("Share of GDP")
    ws2.append(["Military expenditure by country as percentage of gross domestic product"])
    ws2.append(["Country", "Notes", 2019, 2020, 2021])
    ws2.append(["China", "", 0.017, "...", 0.016])
    wb.save(path)
    return path


def test_fixture_markers_are_missing_not_zero(tmp_path: Path) -> None:
    tables, meta = milex.read(write_book(tmp_path / "m.xlsx"))
    df = tables["milex"]
    con = df[df["measure"] == "constant_usd"].set_index(["iso3", "year"])
    assert con.loc[("CHN", 2019), "value"] == 240.5
    assert pd.isna(con.loc[("CHN", 2021), "value"]) and con.loc[("CHN", 2021), "status"] == "unavailable"
    # a real zero stays zero; "xxx" is missing with its own status
    assert con.loc[("KOR", 2020), "value"] == 0 and con.loc[("KOR", 2020), "status"] == "value"
    assert pd.isna(con.loc[("RUS", 2020), "value"]) and con.loc[("RUS", 2020), "status"] == "not_independent"
    # USSR and Russia are one state (COW 365): one row per year, the figure kept over the marker
    assert con.loc[("RUS", 2019), "value"] == 60.0
    assert len(df[(df["cow"] == 365) & (df["measure"] == "constant_usd")]) == 3
    skipped = tables["milex_skipped"]
    assert set(skipped["name"]) == {"Asia & Oceania", "East Asia", "Europe", "European Union"}
    assert skipped.loc[skipped["name"] == "European Union", "line"].item() == 13
    assert meta.vintage == "2021" and meta.kind == "milex"
    gdp = df[df["measure"] == "share_gdp"].set_index("year")["value"]
    assert gdp[2019] == 0.017 and pd.isna(gdp[2020])


def test_bad_cell_names_line_and_year(tmp_path: Path, store) -> None:
    path = write_book(tmp_path / "bad.xlsx", bad="n/a")
    with pytest.raises(InputError) as exc:
        import_files(store, "milex", [path])
    assert exc.value.line == 11 and exc.value.field == "2020" and "bad.xlsx" in str(exc.value)
    assert store.sources().empty and not store.has_table("milex")


def test_not_a_workbook(tmp_path: Path) -> None:
    p = tmp_path / "x.xlsx"
    p.write_text("not a zip")
    with pytest.raises(InputError):
        milex.read(p)


def test_import_twice_changes_nothing(tmp_path: Path, store) -> None:
    path = write_book(tmp_path / "m.xlsx")
    first = import_files(store, "milex", [path])[0]
    n = store.query("SELECT count(*) n FROM milex")["n"].item()
    again = import_files(store, "milex", [path])[0]
    assert first.created and not again.created
    assert store.query("SELECT count(*) n FROM milex")["n"].item() == n
    assert len(store.sources()) == 1


def test_real_workbook(shared_data: Path) -> None:
    path = shared_data / REAL
    tables, meta = milex.read(path)
    df = tables["milex"]
    rows = _sheet_rows(path, "Constant")
    con = df[df["measure"] == "constant_usd"]
    # values equal the cells of the sheet, looked up independently
    cases = (("China", "CHN", 2023), ("Russia", "RUS", 2015), ("United States of America", "USA", 1990))
    for name, code, year in cases:
        got = con[(con["iso3"] == code) & (con["year"] == year)]["value"].item()
        assert got == pytest.approx(float(_cell(rows, name, year)))
    # the Soviet Union's figures are Russia's (COW 365) before 1992
    ussr = _cell(rows, "USSR", 1989)
    assert con[(con["cow"] == 365) & (con["year"] == 1989)]["value"].item() == pytest.approx(float(ussr))
    # SIPRI's Germany before 1990 is the Federal Republic (COW 260)
    assert con[(con["cow"] == 260) & (con["year"] == 1985)]["value"].item() == pytest.approx(
        float(_cell(rows, "Germany", 1985)))
    # markers: as many NA as '...' and 'xxx' cells in mapped rows (successor rows collapse; compare totals)
    markers = sum(1 for r in rows for c in r[3:] if c in ("...", "xxx"))
    assert con["value"].isna().sum() <= markers and con["value"].isna().sum() > 1000
    assert not (con["status"].eq("value") & con["value"].isna()).any()
    # nothing dropped silently: every row with figures is mapped or listed as skipped
    header_i = next(i for i, r in enumerate(rows) if r and r[0] == "Country")
    with_figures = {r[0] for r in rows[header_i + 1:] if r and r[0] and any(v not in (None, "") for v in r[3:])}
    skipped = tables["milex_skipped"]
    listed = set(skipped.loc[skipped["sheet"].str.startswith("Constant"), "name"])
    assert with_figures <= set(con["country"]) | listed
    assert "European Union" in listed
    assert meta.vintage == "2023"
