"""World Bank WDI CSV importer (the World Bank's download layout, plain or zipped)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

from amity.errors import InputError
from amity.sources import import_files, wdi

PREAMBLE = '"Data Source","World Development Indicators",\n\n"Last Updated Date","2024-06-28",\n\n'
HEADER = '"Country Name","Country Code","Indicator Name","Indicator Code","2019","2020","2021",\n'
IND = '"GDP (constant 2015 US$)","NY.GDP.MKTP.KD"'


def write_wdi(path: Path, bad: str = "") -> Path:
    body = (f'"China","CHN",{IND},"14000000000000","14300000000000","",\n'
            f'"Russian Federation","RUS",{IND},"1500000000000","{bad or "1460000000000"}","1540000000000",\n'
            f'"World","WLD",{IND},"80000000000000","77000000000000","82000000000000",\n'
            f'"East Asia & Pacific","EAS",{IND},"1","2","3",\n')
    path.write_text(PREAMBLE + HEADER + body, encoding="utf-8-sig")
    return path


def test_read_fixture(tmp_path: Path) -> None:
    tables, meta = wdi.read(write_wdi(tmp_path / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2_1.csv"))
    df = tables["wdi"].set_index(["iso3", "year"])
    assert df.loc[("CHN", 2019), "value"] == 14e12
    assert pd.isna(df.loc[("CHN", 2021), "value"])  # empty cell: missing, not 0
    assert df.loc[("RUS", 2020), "cow"] == 365
    assert set(tables["wdi_skipped"]["code"]) == {"WLD", "EAS"}
    assert tables["wdi_skipped"].loc[tables["wdi_skipped"]["code"] == "WLD", "line"].item() == 8
    assert meta.vintage == "2024-06-28" and "NY.GDP.MKTP.KD" in meta.title


def test_zip_and_idempotent(tmp_path: Path, store) -> None:
    csvp = write_wdi(tmp_path / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2_1.csv")
    z = tmp_path / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2_1.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(csvp, csvp.name)
        zf.writestr("Metadata_Country_API_NY.GDP.MKTP.KD_DS2_en_csv_v2_1.csv", "x,y\n")
    assert import_files(store, "wdi", [z])[0].created
    assert not import_files(store, "wdi", [z])[0].created
    assert store.query("SELECT count(*) n FROM wdi")["n"].item() == 6


def test_bad_number(tmp_path: Path, store) -> None:
    with pytest.raises(InputError) as exc:
        import_files(store, "wdi", [write_wdi(tmp_path / "w.csv", bad="1,4e12x")])
    assert (exc.value.line, exc.value.field) == (7, "2020")
    assert store.sources().empty


def test_not_wdi(tmp_path: Path) -> None:
    p = tmp_path / "w.csv"
    p.write_text("a,b\n1,2\n")
    with pytest.raises(InputError):
        wdi.read(p)
