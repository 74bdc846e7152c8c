"""``amity data import records``: a user's curated records for any pair, validated by the record schema's
rules, stored with provenance, used by indicators and report beside the embedded record, and written back
out by ``amity data export records``.

The fixture (``records_fixture/ind-rus``) is a small real India–Russia record (INDRA exercises, two
summits, a 2+2 dialogue), each row citing a public web page with URL, locator and a verbatim quote.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from amity import Dyad
from amity.dossier import COLUMNS, RECORD_TABLES, Dossier, load_dossier, typed, with_records
from amity.errors import InputError
from amity.sources import import_files
from amity.sources.records import export
from amity.store import Store

FIXTURE = Path(__file__).parent / "records_fixture" / "ind-rus"


def amity(*args, cwd=None, home=None):
    env = None
    if home is not None:
        import os

        env = {**os.environ, "AMITY_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "amity", *args], capture_output=True, text=True, cwd=cwd, env=env)


def fixture_table(name: str) -> pd.DataFrame:
    return pd.read_csv(FIXTURE / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.fixture
def bad_copy(tmp_path):
    """A copy of the fixture folder that a test may spoil."""
    dst = tmp_path / "records"
    shutil.copytree(FIXTURE, dst)
    return dst


def test_import_adds_a_pairs_records_beside_the_embedded_record(store):
    before_chn_rus = len(Dyad("CHN", "RUS", store=store).exercises())
    res = import_files(store, "records", [FIXTURE])
    assert len(res) == 1 and res[0].created and res[0].kind == "records"
    d = Dyad("IND", "RUS", store=store)
    ex = d.exercises()
    want = fixture_table("exercises")
    assert set(want["id"]) <= set(ex["id"])
    indra = ex.set_index("id").loc["ex-2017-10-indra-2017"]
    # the citations' sources join the record's own
    assert indra["source_ids"] == "financialexpress-2017-10-20;ids-indra-2017;tass-2017-10-20"
    assert indra["kind"] == "exercise" and indra["lead"] == "RUS"
    # the embedded China–Russia record is untouched (added to, never replaced)
    assert len(Dyad("CHN", "RUS", store=store).exercises()) == before_chn_rus
    # provenance: one source of kind records, naming the pair
    src = store.sources("records")
    assert len(src) == 1 and "IND-RUS" in src["title"].iloc[0]


def test_imported_sizes_keep_conflicting_figures_and_areas_count_for_reach(store):
    import_files(store, "records", [FIXTURE])
    d = Dyad("IND", "RUS", store=store)
    sz = d.indicator("exercise_sizes")
    ind17 = sz[(sz["exercise_id"] == "ex-2017-10-indra-2017") & (sz["party"] == "IND")]
    assert sorted(ind17["value"]) == [450.0, 1000.0]
    assert sorted(ind17["source"]) == ["financialexpress-2017-10-20", "ids-indra-2017"]
    areas = d.indicator("exercise_areas")
    assert set(areas.loc[areas["exercise_id"] == "ex-2025-03-indra-navy", "area"]) == {"Bay of Bengal", "Chennai"}
    meet = d.indicator("leader_meetings_per_year").set_index(["category", "year"])["value"]
    assert meet[("summit", 2021)] == 1 and meet[("summit", 2018)] == 1


def test_same_files_twice_change_nothing(store):
    first = import_files(store, "records", [FIXTURE])[0]
    rows = len(store.read("records_exercises"))
    again = import_files(store, "records", [FIXTURE / f"{t}.csv" for t in RECORD_TABLES
                                            if (FIXTURE / f"{t}.csv").exists()])
    assert again[0].created is False and again[0].source_id == first.source_id
    assert len(store.read("records_exercises")) == rows


def test_export_writes_the_pairs_records_back_in_the_schema(store, tmp_path):
    import_files(store, "records", [FIXTURE])
    empty = Dossier(**{t: pd.DataFrame(columns=COLUMNS[t]) for t in ("sources", "exercises", "agreements",
                                                                      "meetings", "arms")})
    out = tmp_path / "out"
    files = export(with_records(empty, store), "IND", "RUS", out)
    assert sorted(f.name for f in files) == sorted(f"{t}.csv" for t in RECORD_TABLES)
    for t in RECORD_TABLES:
        got = pd.read_csv(out / f"{t}.csv", dtype=str, keep_default_na=False)
        assert list(got.columns) == COLUMNS[t]
        if not (FIXTURE / f"{t}.csv").exists():
            assert got.empty, t
            continue
        want = fixture_table(t)
        key = list(want.columns)
        a = typed(got).sort_values(key).reset_index(drop=True)
        b = typed(want).sort_values(key).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, check_dtype=False)
    # and they import again as they are, into a fresh store
    with Store(tmp_path / "fresh" / "amity.duckdb") as st2:
        assert import_files(st2, "records", [out])[0].created


def test_export_of_the_embedded_pair_includes_its_records(tmp_path):
    out = tmp_path / "chn-rus"
    export(load_dossier(), "CHN", "RUS", out)
    ex = pd.read_csv(out / "exercises.csv", dtype=str, keep_default_na=False)
    assert len(ex) == load_dossier().exercises["participants"].str.contains("CHN").sum() or len(ex) > 10
    cited = set(ex["source"]) | set(pd.read_csv(out / "citations.csv", dtype=str)["source"])
    assert cited <= set(pd.read_csv(out / "sources.csv", dtype=str)["key"])


def _spoil(folder: Path, table: str, column: str, value: str, row: int = 0) -> None:
    df = pd.read_csv(folder / f"{table}.csv", dtype=str, keep_default_na=False)
    df.loc[row, column] = value
    df.to_csv(folder / f"{table}.csv", index=False, lineterminator="\n")


@pytest.mark.parametrize("table, column, value, needle", [
    ("exercises", "source", "", "exercises.csv:2: field 'source': required, is empty"),
    ("exercises", "source", "nowhere", "exercises.csv:2: field 'source': unknown source key 'nowhere'"),
    ("exercises", "participants", "IND;XYZ", "exercises.csv:2: field 'participants': unknown state code 'XYZ'"),
    ("exercises", "year", "2101", "exercises.csv:2: field 'year': 2101 outside"),
    ("exercises", "date", "2017-10-32", "exercises.csv:2: field 'date': '2017-10-32' is not a date"),
    ("meetings", "date", "1890-05", "meetings.csv:2: field 'date': 1890-05 outside"),
    ("exercise_sizes", "value", "about a thousand", "exercise_sizes.csv:2: field 'value'"),
    ("meetings", "quote", " ".join(["very"] * 31), "meetings.csv:2: field 'quote': 31 words"),
    ("sources", "url", "", "sources.csv:2: field 'url': a source needs a url or a document"),
    ("citations", "record_id", "ex-nothing", "citations.csv:2: field 'record_id': unknown record id"),
])
def test_bad_files_are_refused_with_file_line_field_and_nothing_is_written(bad_copy, amity_home, table, column,
                                                                          value, needle):
    _spoil(bad_copy, table, column, value)
    r = amity("data", "import", "records", str(bad_copy), home=amity_home)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], r.stderr
    with Store(amity_home / "amity.duckdb", read_only=True) as st:
        assert st.sources("records").empty and not st.has_table("records_exercises")


def test_ids_of_the_embedded_record_are_refused(bad_copy, store):
    _spoil(bad_copy, "exercises", "id", "ex-2005-peace-mission")
    _spoil(bad_copy, "exercise_areas", "exercise_id", "ex-2005-peace-mission")
    _spoil(bad_copy, "exercise_sizes", "exercise_id", "ex-2005-peace-mission")
    _spoil(bad_copy, "exercise_sizes", "exercise_id", "ex-2005-peace-mission", row=1)
    with pytest.raises(InputError, match="exercises.csv:2: field 'id': id 'ex-2005-peace-mission' is already"):
        import_files(store, "records", [bad_copy])
    assert store.sources("records").empty


def test_unknown_columns_and_file_names_are_refused(bad_copy, tmp_path, store):
    df = fixture_table("meetings").assign(mood="cordial")
    df.to_csv(bad_copy / "meetings.csv", index=False)
    with pytest.raises(InputError, match="meetings.csv:1: field 'mood': unknown column"):
        import_files(store, "records", [bad_copy])
    odd = tmp_path / "drills.csv"
    odd.write_text("id\n1\n", encoding="utf-8")
    with pytest.raises(InputError, match="drills.csv: not a record file"):
        import_files(store, "records", [odd])
    assert store.sources("records").empty


def test_cli_import_report_and_export(tmp_path, amity_home):
    r = amity("data", "import", "records", str(FIXTURE), home=amity_home)
    assert r.returncode == 0, r.stderr
    r = amity("report", "IND", "RUS", "--out", str(tmp_path / "r.html"), home=amity_home)
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    for needle in ("INDRA-2017", "Bay of Bengal", "21st Annual India-Russia Summit", "Natural Earth",
                   "https://www.ids.nic.in/"):   # the imported sources are listed with their URLs
        assert needle in html, needle
    r = amity("data", "export", "records", "--pair", "India,RUS", "--out", str(tmp_path / "x"), home=amity_home)
    assert r.returncode == 0, r.stderr
    ex = pd.read_csv(tmp_path / "x" / "exercises.csv", dtype=str)
    assert set(fixture_table("exercises")["id"]) <= set(ex["id"])
    r = amity("data", "export", "records", "--pair", "IND", home=amity_home, cwd=tmp_path)
    assert r.returncode == 2 and "--pair" in r.stderr


def test_panel_counts_imported_pairs_beside_china_russia(store):
    from amity import panel

    import_files(store, "records", [FIXTURE])
    df = panel.build(store, start=2016, end=2019, add=["exercises"])
    ind = df[(df["state1"].isin(["IND", "RUS"])) & (df["state2"].isin(["IND", "RUS"]))].set_index("year")
    want = Dyad("IND", "RUS", store=store).exercises_per_year().set_index("year")["value"]
    # the fixture's INDRA exercises, plus any multilateral exercise of the embedded record with both
    assert ind.loc[2017, "joint_exercises"] == want[2017] >= 1 and ind.loc[2018, "joint_exercises"] == want[2018] >= 1
    chn = df[(df["state1"].isin(["CHN", "RUS"])) & (df["state2"].isin(["CHN", "RUS"]))].set_index("year")
    want_chn = Dyad("CHN", "RUS", store=store).exercises_per_year().set_index("year")["value"]
    assert chn.loc[2018, "joint_exercises"] == want_chn[2018]
    usa = df[(df["state1"].isin(["USA", "RUS"])) & (df["state2"].isin(["USA", "RUS"]))]
    assert usa["joint_exercises"].isna().all()      # no records for the pair: missing, not 0
