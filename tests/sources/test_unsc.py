"""Security Council veto list: the embedded list's rules, and importing a user's updated list."""

from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

import pytest

from amity.errors import InputError
from amity.sources import import_files, unsc
from amity.store import Store


def embedded_text() -> str:
    return resources.files("amity.dossier").joinpath("data", "unsc_vetoes.csv").read_text(encoding="utf-8")


def test_embedded_list_follows_the_schema() -> None:
    rows = list(csv.DictReader(embedded_text().splitlines()))
    assert rows and list(rows[0]) == unsc.COLUMNS
    for r in rows:
        assert re.fullmatch(r"S/(\d{4}/\d+|\d+)", r["draft"]), r
        # every row cites a UN document: the meeting record, or the letter with the written-procedure vote
        assert re.fullmatch(r"S/PV\.\d+", r["meeting_record"]) or "written procedure" in r["locator"], r
        assert r["source"] and r["locator"]
        assert set(r["vetoed_by"].split(";")) <= unsc.PERMANENT
        year = int(r["date"][:4])
        assert unsc.EMBEDDED_COVERAGE[0] <= year <= unsc.EMBEDDED_COVERAGE[1]
        # from 1994 draft symbols carry the year they were issued
        if year >= 1994:
            assert r["draft"].startswith(f"S/{year}/"), r
    df = unsc.embedded()
    assert len(df) == len(rows) and not df["draft"].duplicated().any()
    assert list(df["date"]) == sorted(df["date"])


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_user_list_and_same_file_twice(tmp_path: Path, store: Store) -> None:
    extra = "2025-01-31,S/2025/99,S/PV.9999,Test agenda,CHN;RUS,my-list,S/PV.9999\n"
    f = write(tmp_path / "vetoes.csv", embedded_text() + extra)
    res = import_files(store, "unsc-vetoes", [f])
    assert res[0].created
    got = store.facts("unsc_vetoes")
    assert len(got) == len(unsc.embedded()) + 1
    assert store.sources()["vintage"].iloc[0] == "2025-01-31"
    again = import_files(store, "unsc-vetoes", [f])
    assert not again[0].created and len(store.facts("unsc_vetoes")) == len(got)


@pytest.mark.parametrize(("line", "field"), [
    ("1999-02-30,S/1999/201,S/PV.3982,x,CHN,src,loc", "date"),
    ("1999-02-25,1999/201,S/PV.3982,x,CHN,src,loc", "draft"),
    ("1999-02-25,S/1999/201,PV 3982,x,CHN,src,loc", "meeting_record"),
    ("1999-02-25,S/1999/201,S/PV.3982,x,CHN;DEU,src,loc", "vetoed_by"),
    ("1999-02-25,S/1999/201,S/PV.3982,x,CHN,,loc", "source"),
])
def test_bad_rows_name_line_and_field(tmp_path: Path, store: Store, line: str, field: str) -> None:
    head = ",".join(unsc.COLUMNS) + "\n" + "1997-01-10,S/1997/18,S/PV.3730,Guatemala,CHN,src,S/PV.3730\n"
    f = write(tmp_path / "bad.csv", head + line + "\n")
    with pytest.raises(InputError) as err:
        import_files(store, "unsc-vetoes", [f])
    assert err.value.line == 3 and err.value.field == field
    assert store.facts("unsc_vetoes") is None and store.sources().empty


def test_duplicate_draft_and_wrong_layout(tmp_path: Path) -> None:
    head = ",".join(unsc.COLUMNS) + "\n"
    row = "1997-01-10,S/1997/18,S/PV.3730,Guatemala,CHN,src,S/PV.3730\n"
    with pytest.raises(InputError, match="duplicate draft"):
        unsc.read(write(tmp_path / "dup.csv", head + row + row))
    with pytest.raises(InputError, match="header"):
        unsc.read(write(tmp_path / "other.csv", "rcid,ccode,vote\n1,2,1\n"))
