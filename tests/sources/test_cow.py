"""COW NMC and alliance (COW v4.1 / ATOP dyad-year) importers."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from amity.errors import InputError
from amity.sources import cow, import_files

NMC_HEADER = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n"
COW_ALLY_HEADER = ("version4id,ccode1,state_name1,ccode2,state_name2,dyad_st_day,dyad_st_month,dyad_st_year,"
                   "dyad_end_day,dyad_end_month,dyad_end_year,left_censor,right_censor,defense,neutrality,"
                   "nonaggression,entente,year,version\n")


def write_nmc(path: Path, extra: str = "") -> Path:
    path.write_text(NMC_HEADER
                    + "CHN,710,2015,214093000,2335,803825,3901000,1371220,760000,0.231185,2021\n"
                    + "CHN,710,2016,-9,2183,807609,-9,1378665,780000,0.230618,2021\n"
                    + "RUS,365,2016,69245000,831,70800,1050000,143965,106000,0.036473,2021\n" + extra)
    return path


def write_cow_alliances(path: Path) -> Path:
    """China–Soviet Union, 1950–1980 defence pact (as COW codes it) and a 2001 entente; data to 2012."""
    rows = [f"1,710,China,365,Russia,14,2,1950,11,4,1980,0,0,1,0,1,1,{y},4.1" for y in range(1950, 1981)]
    rows += [f"2,710,China,365,Russia,16,7,2001,,,,0,1,0,0,0,1,{y},4.1" for y in range(2001, 2013)]
    rows += ["3,2,United States of America,20,Canada,1,1,1940,,,,0,1,1,0,0,1,2012,4.1"]
    path.write_text(COW_ALLY_HEADER + "\n".join(rows) + "\n")
    return path


def test_nmc_minus9_is_missing(tmp_path: Path) -> None:
    tables, meta = cow.read(write_nmc(tmp_path / "NMC-60-abridged.csv"))
    df = tables["nmc"].set_index(["ccode", "year"])
    assert pd.isna(df.loc[(710, 2016), "milex"]) and pd.isna(df.loc[(710, 2016), "pec"])
    assert df.loc[(710, 2015), "milex"] == 214093000
    assert df.loc[(710, 2016), "cinc"] == pytest.approx(0.230618)
    assert meta.kind == "nmc" and meta.vintage == "6.0"


@pytest.mark.parametrize(("row", "line", "field"), [
    ("USA,2,2016,abc,1,1,1,1,1,0.1,2021\n", 5, "milex"),
    ("USA,2,20x6,1,1,1,1,1,1,0.1,2021\n", 5, "year"),
    ("CHN,710,2016,1,1,1,1,1,1,0.1,2021\n", 5, "year"),  # a state-year twice
])
def test_nmc_bad_rows(tmp_path: Path, store, row: str, line: int, field: str) -> None:
    path = write_nmc(tmp_path / "NMC-60-abridged.csv", row)
    with pytest.raises(InputError) as exc:
        import_files(store, "nmc", [path])
    assert (exc.value.line, exc.value.field) == (line, field)
    assert store.sources().empty


def test_unknown_layout(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(InputError) as exc:
        cow.read(p)
    assert exc.value.line == 1


def test_cow_alliances(tmp_path: Path, store) -> None:
    path = write_cow_alliances(tmp_path / "alliance_v4.1_by_dyad_yearly.csv")
    res = import_files(store, "alliances", [path])[0]
    assert res.created and import_files(store, "alliances", [path])[0].created is False
    df = store.facts("alliances")
    assert len(df) == 31 + 12 + 1
    assert set(df["dataset"]) == {"COW"} and df["offense"].isna().all()
    assert store.sources()["vintage"].item() == "4.1"


def test_atop_alliances(tmp_path: Path) -> None:
    p = tmp_path / "atop5_1ddyr.csv"
    with open(p, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["stateA", "stateB", "year", "atopally", "defense", "offense", "neutral", "nonagg", "consul"])
        w.writerow([710, 365, 2001, 1, 0, 0, 0, 0, 1])
        w.writerow([365, 710, 2001, 1, 0, 0, 0, 0, 1])
    tables, meta = cow.read(p)
    df = tables["alliances"]
    assert df["consultation"].tolist() == [1, 1] and df["entente"].isna().all()
    assert meta.vintage == "5.1" and meta.kind == "alliances"


def test_alliance_flag_must_be_0_or_1(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text(COW_ALLY_HEADER + "1,710,China,365,Russia,1,1,1950,,,,0,0,2,0,0,0,1950,4.1\n")
    with pytest.raises(InputError) as exc:
        cow.read(p)
    assert (exc.value.line, exc.value.field) == (2, "defense")


def test_real_nmc(shared_data: Path) -> None:
    path = shared_data / "cow/NMC-60-abridged.csv"
    tables, meta = cow.read(path)
    df = tables["nmc"]
    raw = pd.read_csv(path)
    assert len(df) == len(raw)
    for col in ("milex", "milper", "irst", "pec", "tpop", "upop", "cinc"):
        assert df[col].isna().sum() == (raw[col] == -9).sum()
    r = raw[(raw["stateabb"] == "CHN") & (raw["year"] == 2016)].iloc[0]
    got = df[(df["ccode"] == 710) & (df["year"] == 2016)].iloc[0]
    assert got["cinc"] == pytest.approx(r["cinc"]) and got["milex"] == r["milex"]
    assert meta.vintage == "6.0"
