"""Security Council veto list: the embedded list's rules, and importing a user's updated list."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
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
    assert rows and list(rows[0]) == unsc.COLUMNS + unsc.OPTIONAL
    lo, hi = unsc.EMBEDDED_COVERAGE
    for r in rows:
        year = int(r["date"][:4])
        assert unsc.LISTED_FROM <= year <= hi
        assert set(r["vetoed_by"].split(";")) <= unsc.SEATS
        assert r["source"] and r["locator"]
        if year >= lo:
            assert re.fullmatch(r"S/(\d{4}/\d+|\d+)", r["draft"]), r
            # every row cites a UN document: the meeting record, or the letter with the written-procedure vote
            assert re.fullmatch(r"S/PV\.\d+", r["meeting_record"]) or "written procedure" in r["locator"], r
            # from 1994 draft symbols carry the year they were issued
            if year >= 1994:
                assert r["draft"].startswith(f"S/{year}/"), r
        else:
            # a listed-only row: full date where the source gives it, the member as the source names it,
            # and a short verbatim quote
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r["date"]), r
            assert r["listed_as"] and r["quote"] and len(r["quote"].split()) <= unsc.QUOTE_WORDS, r
    df = unsc.embedded()
    assert len(df) == len(rows)
    assert not df["draft"].dropna().duplicated().any()
    assert list(df["date"]) == sorted(df["date"])
    assert len(unsc.embedded_counted()) == sum(lo <= int(r["date"][:4]) <= hi for r in rows)


def test_listed_rows_cite_sources_in_the_dossier() -> None:
    text = resources.files("amity.dossier").joinpath("data", "sources.csv").read_text(encoding="utf-8")
    keys = {r["key"] for r in csv.DictReader(text.splitlines())}
    rows = list(csv.DictReader(embedded_text().splitlines()))
    assert {r["source"] for r in rows} <= keys
    early = [r for r in rows if int(r["date"][:4]) < unsc.EMBEDDED_COVERAGE[0]]
    # the Soviet seat is Russia's, the source's name for it kept visible
    soviet = [r for r in early if r["vetoed_by"] == "RUS"]
    assert soviet and all(r["listed_as"] for r in soviet)
    # the Republic of China's veto of Mongolia's admission is the TWN seat, never the PRC
    roc = [r for r in early if "TWN" in r["vetoed_by"].split(";")]
    assert len(roc) == 1 and roc[0]["date"].startswith("1955") and "Mongolia" in roc[0]["agenda_item"]
    assert all("CHN" not in r["vetoed_by"].split(";") for r in early if int(r["date"][:4]) < 1971)


@pytest.mark.parametrize(("line", "field"), [
    ("1955-12-13,,,Mongolia,CHN,src,loc,China,q", "vetoed_by"),       # the PRC did not hold the seat in 1955
    ("1980-01-07,S/13729,,Afghanistan,TWN,src,loc,,", "vetoed_by"),   # nor the ROC in 1980
    ("1946-13,,,Spain,RUS,src,loc,USSR,q", "date"),
    ("2001-03-27,,S/PV.4305,x,USA,src,loc,,", "draft"),               # every draft since 1994 has a symbol
    ("1946-02-16,,,Syria,RUS,src,loc,USSR," + "w " * 31, "quote"),
])
def test_seats_dates_and_quotes_are_checked(tmp_path: Path, line: str, field: str) -> None:
    head = ",".join(unsc.COLUMNS + unsc.OPTIONAL) + "\n"
    f = write(tmp_path / "bad.csv", head + line + "\n")
    with pytest.raises(InputError) as err:
        unsc.read(f)
    assert err.value.line == 2 and err.value.field == field


def test_rows_without_a_draft_symbol_are_keyed_by_date_and_item(tmp_path: Path) -> None:
    head = ",".join(unsc.COLUMNS) + "\n"
    a = "1946-08,,,Admission: Ireland,RUS,src,loc\n"
    b = "1946-08,,,Admission: Portugal,RUS,src,loc\n"
    got = unsc.read(write(tmp_path / "ok.csv", head + a + b))[0]["unsc_vetoes"]
    assert len(got) == 2 and got["draft"].isna().all() and set(got["year"]) == {1946}
    assert got["listed_as"].isna().all() and got["quote"].isna().all()  # optional columns absent: NA
    with pytest.raises(InputError, match="duplicate veto"):
        unsc.read(write(tmp_path / "dup.csv", head + a + a))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_user_list_and_same_file_twice(tmp_path: Path, store: Store) -> None:
    extra = "2025-01-31,S/2025/99,S/PV.9999,Test agenda,CHN;RUS,my-list,S/PV.9999,,\n"
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


def early_rows() -> list[dict[str, str]]:
    return [r for r in csv.DictReader(embedded_text().splitlines()) if int(r["date"][:4]) < unsc.EMBEDDED_COVERAGE[0]]


def source_rows() -> dict[str, dict[str, str]]:
    text = resources.files("amity.dossier").joinpath("data", "sources.csv").read_text(encoding="utf-8")
    return {r["key"]: r for r in csv.DictReader(text.splitlines())}


def test_docs_state_the_listed_rows_per_decade() -> None:
    """docs/un.md gives the number of listed rows per decade; they must be the file's."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "un.md").read_text(encoding="utf-8")
    m = re.search(
        r"(\d+) vetoed drafts \((\d+) in the 1940s, (\d+) in the 1950s, (\d+) in the\s+1960s, "
        r"(\d+) in the 1970s, (\d+) in 1980–1990\)",
        doc,
    )
    assert m, "docs/un.md no longer states the listed rows per decade"
    rows = early_rows()
    years = [int(r["date"][:4]) for r in rows]
    decades = [sum(lo <= y < lo + 10 for y in years) for lo in (1940, 1950, 1960, 1970)]
    decades.append(sum(1980 <= y <= 1990 for y in years))
    assert [int(g) for g in m.groups()] == [len(rows), *decades]
    soviet = re.search(r"(\d+) are Soviet vetoes", doc)
    assert soviet and int(soviet.group(1)) == sum("RUS" in r["vetoed_by"].split(";") for r in rows)
    limits = re.search(r"1946–1990 is a partial listing of (\d+)\s", doc)
    assert limits and int(limits.group(1)) == len(rows)


def test_listed_rows_cite_read_sources_with_an_address() -> None:
    """Every listed row's source, and every source key its locator names, is in sources.csv with a URL or a
    document symbol; quotes are short and verbatim-looking (no invented ellipsis-only quotes)."""
    sources = source_rows()
    key_re = re.compile(r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}\b")
    for r in early_rows():
        named = key_re.findall(re.sub(r'"[^"]*"', "", r["locator"]))
        for key in [r["source"], *named]:
            assert key in sources, (r["date"], r["agenda_item"], key)
            assert sources[key]["url"] or sources[key]["document"], key
        words = [w for w in r["quote"].split() if w != "…"]
        assert len(words) >= 5 and len(r["quote"].split()) <= unsc.QUOTE_WORDS, r


def test_same_date_rows_are_distinct_vetoes() -> None:
    """Rows that share a date and a source (several drafts vetoed at one meeting) differ in agenda item or draft."""
    seen: dict[tuple[str, str, str, str], int] = {}
    for r in early_rows():
        key = (r["date"], r["source"], r["agenda_item"], r["draft"])
        seen[key] = seen.get(key, 0) + 1
    assert max(seen.values()) == 1


def test_cli_lists_soviet_era_vetoes_from_1946(tmp_path: Path) -> None:
    """`amity votes vetoes RUS USA --from 1946` lists every shipped Soviet and US row before 1991, Soviet ones as RUS
    with the name the source uses, and none of the Republic of China's."""
    args = ["votes", "vetoes", "RUS", "USA", "--from", "1946", "--to", "1990", "--json"]
    r = subprocess.run([sys.executable, "-m", "amity", *args], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    want = [x for x in early_rows() if {"RUS", "USA"} & set(x["vetoed_by"].split(";"))]
    assert sorted((g["date"], g["agenda_item"]) for g in got) == sorted((w["date"], w["agenda_item"]) for w in want)
    soviet = [g for g in got if g["vetoed_by"] == "RUS"]
    assert len(soviet) >= 40 and all(g["listed_as"] and g["by_a"] and not g["by_b"] for g in soviet)
    assert {g["year"] for g in soviet} >= {1946, 1948, 1954, 1962, 1980}
    assert all("not counted" in g["coverage"] for g in got)
    assert not any("TWN" in g["vetoed_by"] for g in got)
    berlin = [g for g in got if g["draft"] == "S/1048"]
    assert len(berlin) == 1 and berlin[0]["meeting_record"] == "S/PV.372" and berlin[0]["date"] == "1948-10-25"
