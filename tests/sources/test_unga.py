"""UN General Assembly votes importer: Voeten layout fixtures written here, and the real unvotes files."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from amity.errors import InputError
from amity.sources import import_files, unga
from amity.store import Store

HEADER = ["rcid", "session", "vote", "ccode", "Countryname", "date", "unres", "importantvote", "descr",
          "me", "nu", "di", "hr", "co", "ec"]


def voeten_rows() -> list[list[object]]:
    """Three roll calls (two in 2000, one in 2001) for USA (2), Russia (365), China (710), Cuba (40)."""
    rc = {1: (55, "2000-10-01", "A/RES/55/1", "me"), 2: (55, "2000-11-01", "A/RES/55/2", "hr"),
          3: (56, "2001-10-05", "A/RES/56/1", "")}
    votes = {1: {2: 3, 365: 1, 710: 1, 40: 1}, 2: {2: 1, 365: 2, 710: 3, 40: 8},
             3: {2: 1, 365: 1, 710: 2, 40: 9}}
    names = {2: "United States", 365: "Russia", 710: "China", 40: "Cuba"}
    rows = []
    for r, (ses, date, unres, issue) in rc.items():
        for c, v in votes[r].items():
            flags = [int(issue == k) for k in ("me", "nu", "di", "hr", "co", "ec")]
            rows.append([r, ses, v, c, names[c], date, unres, 0, f"resolution {r}", *flags])
    return rows


def write(path: Path, rows: list[list[object]], sep: str = ",", header: list[str] = HEADER) -> Path:
    path.write_text("\n".join(sep.join(str(x) for x in r) for r in [header, *rows]) + "\n", encoding="utf-8")
    return path


def test_voeten_csv_imports_votes_rollcalls_issues(tmp_path: Path, store: Store) -> None:
    f = write(tmp_path / "UNVotes.csv", voeten_rows())
    res = import_files(store, "unga", [f])
    assert res[0].created
    v = store.facts("unga_votes").sort_values(["rcid", "cow"])
    # code 9 (not a member) is not a vote: Cuba's row for roll call 3 is not kept; absent (8) is kept
    assert len(v) == 11
    assert not ((v["rcid"] == 3) & (v["cow"] == 40)).any()
    assert int(v[(v["rcid"] == 2) & (v["cow"] == 40)]["vote"].iloc[0]) == 8
    assert set(v[v["cow"] == 365]["iso3"]) == {"RUS"}
    rc = store.facts("unga_rollcalls").set_index("rcid")
    assert rc.loc[3, "year"] == 2001 and rc.loc[1, "session"] == 55
    iss = store.facts("unga_issues")
    assert sorted(zip(iss["rcid"], iss["issue"])) == [(1, "me"), (2, "hr")]
    # same file again: nothing changes
    again = import_files(store, "unga", [f])
    assert not again[0].created
    assert len(store.facts("unga_votes")) == 11


def test_tab_separated_is_read_the_same(tmp_path: Path, store: Store) -> None:
    t1, _, _ = unga.read_files([write(tmp_path / "a.csv", voeten_rows())])
    t2, _, _ = unga.read_files([write(tmp_path / "b.tab", voeten_rows(), sep="\t")])
    assert t1["unga_votes"].equals(t2["unga_votes"])


def test_unknown_vote_code_names_line_and_field(tmp_path: Path, store: Store) -> None:
    rows = voeten_rows()
    rows[4][2] = 5  # data row 5 -> file line 6
    f = write(tmp_path / "bad.csv", rows)
    with pytest.raises(InputError) as err:
        import_files(store, "unga", [f])
    assert err.value.line == 6 and err.value.field == "vote"
    assert store.facts("unga_votes") is None and store.sources().empty


def test_duplicate_rcid_country_is_an_error(tmp_path: Path, store: Store) -> None:
    rows = voeten_rows()
    rows.append(list(rows[0]))
    f = write(tmp_path / "dup.csv", rows)
    with pytest.raises(InputError) as err:
        import_files(store, "unga", [f])
    assert err.value.line == len(rows) + 1 and "duplicate" in str(err.value)
    assert store.facts("unga_votes") is None


def test_other_layout_is_rejected(tmp_path: Path, store: Store) -> None:
    f = tmp_path / "trade.csv"
    f.write_text("supplier,recipient,tiv\nRussia,China,10\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected UN General Assembly votes"):
        import_files(store, "unga", [f])
    assert store.sources().empty


def test_unmapped_country_is_kept_and_reported(tmp_path: Path, store: Store) -> None:
    rows = voeten_rows() + [[1, 55, 1, 9999, "Atlantis", "2000-10-01", "A/RES/55/1", 0, "resolution 1",
                             1, 0, 0, 0, 0, 0]]
    f = write(tmp_path / "x.csv", rows)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        import_files(store, "unga", [f])
    assert any("Atlantis" in str(x.message) for x in w)
    v = store.facts("unga_votes")
    atl = v[v["country"] == "Atlantis"]
    assert len(atl) == 1 and atl["cow"].isna().all()


def test_unvotes_votes_need_roll_calls(tmp_path: Path, store: Store) -> None:
    f = write(tmp_path / "un_votes.csv", [[1, "China", "CN", "yes"]], header=["rcid", "country", "country_code",
                                                                          "vote"])
    with pytest.raises(InputError, match="roll calls"):
        import_files(store, "unga", [f])


def test_unvotes_csv_layout_combines_three_files(tmp_path: Path, store: Store) -> None:
    v = write(tmp_path / "un_votes.csv", [[1, "China", "CN", "yes"], [1, "Russia", "RU", "abstain"],
                                          [2, "China", "CN", "no"], [2, "United Kingdom", "GB", "no"]],
              header=["rcid", "country", "country_code", "vote"])
    rc = write(tmp_path / "un_roll_calls.csv", [[1, 70, 0, "2015-10-01", "R/70/1", 0, 0, "s", "d"],
                                                [2, 71, 1, "2016-11-02", "R/71/2", 0, 0, "s", "d"]],
               header=["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"])
    iss = write(tmp_path / "un_roll_call_issues.csv", [[2, "nu", "Nuclear weapons and nuclear material"]],
                header=["rcid", "short_name", "issue"])
    import_files(store, "unga", [v, rc, iss])
    got = store.facts("unga_votes").sort_values(["rcid", "cow"])
    assert list(zip(got["rcid"], got["iso3"], got["vote"])) == [(1, "RUS", 2), (1, "CHN", 1), (2, "GBR", 3),
                                                                (2, "CHN", 3)]
    bad = write(tmp_path / "bad_votes.csv", [[1, "China", "CN", "maybe"]],
                header=["rcid", "country", "country_code", "vote"])
    with pytest.raises(InputError) as err:
        unga.read_files([bad, rc])
    assert err.value.line == 2 and err.value.field == "vote"


@pytest.fixture(scope="session")
def real_tables(shared_data: Path):
    d = shared_data / "unga"
    return unga.read_files([d / "un_votes.rda", d / "un_roll_calls.rda", d / "un_roll_call_issues.rda"])


def test_real_unvotes_files(real_tables) -> None:
    tables, meta, notes = real_tables
    v, rc, iss = tables["unga_votes"], tables["unga_rollcalls"], tables["unga_issues"]
    assert len(v) == 870_109 and len(rc) == 6_203 and len(iss) == 5_745
    assert meta.vintage == rc["date"].max().isoformat()
    unmapped = v["cow"].isna().sum()
    assert unmapped == 0 or notes  # anything that does not map is reported
    # the Federal Republic of Germany before 1990 is COW 260; unified Germany 255; the USSR continues as 365
    frg = v[v["country"] == "Federal Republic of Germany"]
    assert set(frg["cow"]) == {260}
    assert set(v[v["country"] == "Russia"]["cow"]) == {365}
    assert v["vote"].isin([1, 2, 3]).all() and not v.duplicated(["rcid", "cow"]).any()
    assert rc["year"].between(1946, 2020).all()
