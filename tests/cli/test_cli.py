"""The command line: main job, exit codes and one-line errors."""

import json
import subprocess
import sys

import pytest


def amity(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "amity", *args], capture_output=True, text=True, cwd=cwd)


def test_report_writes_default_file(tmp_path):
    r = amity("report", "CHN", "RUS", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "amity-report-CHN-RUS.html").stat().st_size > 10_000


@pytest.mark.parametrize("args, needle", [
    (["report", "CHN", "Narnia"], "unknown state 'Narnia'"),
    (["report", "CHN", "RUS", "--from", "2010", "--to", "2000"], "bad year range"),
    (["report", "CHN", "RUS", "--from", "20000"], "bad year 20000"),
    (["report", "CHN", "RUS", "--format", "docx"], "unsupported report format"),
    (["data", "import", "nosuchkind", "x.csv"], "unknown data kind"),
    # every command with --from/--to checks them the same way
    (["events", "CHN", "RUS", "--from", "1700"], "bad year 1700"),
    (["panel", "--from", "2010", "--to", "2000", "--out", "p.csv"], "bad year range"),
    (["arms", "deliveries", "RUS", "CHN", "--to", "3000"], "bad year 3000"),
    (["votes", "agreement", "CHN", "RUS", "--from", "2010", "--to", "2000"], "bad year range"),
])
def test_bad_usage_is_one_line_and_exit_2(tmp_path, args, needle):
    r = amity(*args, cwd=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], r.stderr


def test_unwritable_output_is_exit_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = amity("report", "CHN", "RUS", "--out", str(blocker / "r.html"))
    assert r.returncode == 2 and "cannot write report" in r.stderr


def test_missing_argument_is_exit_2():
    assert amity("report").returncode == 2


def test_data_status_json_is_stable(tmp_path):
    a = amity("data", "status", "--json")
    b = amity("data", "status", "--json")
    assert a.returncode == 0 and a.stdout == b.stdout
    assert json.loads(a.stdout)["sources"] == []


def test_indicators_json_keeps_missing_as_null():
    r = amity("indicators", "CHN", "RUS", "--name", "exercises_per_year", "--from", "1990", "--to", "2020",
              "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    by_year = {row["year"]: row["value"] for row in rows}
    assert by_year[1990] is None                  # before the dossier's coverage: missing, not 0
    assert by_year[2005] >= 1


def test_data_sources_lists_the_briefs():
    r = amity("data", "sources", "--json")
    ids = {row["id"] for row in json.loads(r.stdout)}
    assert "montaigne-2019" in ids


def test_importing_un_votes_fits_ideal_points_once(tmp_path):
    """`amity data import unga` leaves the ideal points in the cache beside the store."""
    import pandas as pd

    rows = []
    for rcid in range(1, 41):
        for ccode, lean in ((2, 1), (200, 1), (365, 3), (710, 3), (750, 2)):
            vote = lean if rcid % 4 else 2
            rows.append({"rcid": rcid, "session": 55 + (rcid - 1) // 20, "vote": vote, "ccode": ccode,
                         "member": 1, "date": f"{2000 + (rcid - 1) // 20}-10-01", "unres": f"R/{rcid}",
                         "importantvote": 0, "me": 0, "nu": 0, "di": 0, "hr": 0, "co": 0, "ec": 0,
                         "descr": f"resolution {rcid % 7}"})
    f = tmp_path / "UNVotes.csv"
    pd.DataFrame(rows).to_csv(f, index=False)
    home = tmp_path / "home"
    r = amity("data", "import", "unga", str(f), "--home", str(home))
    assert r.returncode == 0, r.stderr
    assert "ideal points" in r.stderr
    assert len(list((home / "cache").glob("ideal-points-*.parquet"))) == 1
    again = amity("data", "import", "unga", str(f), "--home", str(home))   # a no-op import refits nothing
    assert again.returncode == 0 and "ideal points" not in again.stderr
