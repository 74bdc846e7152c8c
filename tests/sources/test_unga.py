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


# -- key fields strict, auxiliary cells lenient ----------------------------------------------------------------
def test_malformed_issue_flag_becomes_na_and_is_reported(tmp_path: Path, store: Store) -> None:
    """Voeten's published file has one roll call whose ``ec`` flag reads ``0"``: the file still imports."""
    rows = voeten_rows() * 1
    # 3 roll calls x 4 states = 12 rows; make many more rows so that one bad cell stays under the 1% threshold
    more = []
    for r in range(10, 40):
        for c, name in ((2, "United States"), (365, "Russia"), (710, "China"), (40, "Cuba")):
            more.append([r, 57, 1, c, name, "2002-10-01", f"A/RES/57/{r}", 0, f"resolution {r}", 0, 0, 0, 0, 0, 0])
    rows = rows + more
    rows[0][-1] = '0\\"'  # data row 1 -> file line 2
    f = write(tmp_path / "UNVotes.csv", rows)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        import_files(store, "unga", [f])
    msgs = [str(x.message) for x in w if "auxiliary" in str(x.message)]
    assert len(msgs) == 1 and "ec: 1 " in msgs[0] and "line 2" in msgs[0]
    assert len(store.facts("unga_votes")) == len(rows) - 1  # one code-9 row dropped, nothing else


def test_too_many_malformed_flags_reject_the_file(tmp_path: Path, store: Store) -> None:
    rows = voeten_rows()
    rows[0][-1] = "?"
    rows[1][-1] = "?"  # 2 of 12 rows: above 1%
    f = write(tmp_path / "UNVotes.csv", rows)
    with pytest.raises(InputError) as err:
        import_files(store, "unga", [f])
    assert err.value.field == "ec" and err.value.line == 2
    assert store.sources().empty


# -- the UN Digital Library bulk file ----------------------------------------------------------------------------
UNDL_2025 = ["undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "draft", "title"]
UNDL_2026 = [*UNDL_2025, "vote_note"]


def undl_rows(note: bool = False) -> list[list[object]]:
    """Two resolutions: one of session 56 (also in the Voeten fixture as A/RES/56/1 on 2001-10-05) and one
    of session 79 (2024)."""
    res = {4001: ("2001-10-05", 56, "A/RES/56/1", "A/56/L.1", "resolution 3"),
           4002: ("2024-12-10", 79, "A/RES/79/123", "A/79/L.40", "Situation in Ukraine")}
    votes = {4001: {"USA": "Y", "RUS": "Y", "CHN": "A"},
             4002: {"USA": "Y", "RUS": "N", "CHN": "A", "PRK": "N", "GBR": "", "UKR": "Y"}}
    names = {"USA": "UNITED STATES", "RUS": "RUSSIAN FEDERATION", "CHN": "CHINA",
             "PRK": "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "GBR": "UNITED KINGDOM", "UKR": "UKRAINE"}
    rows = []
    for uid, (date, ses, sym, draft, title) in res.items():
        for code, v in votes[uid].items():
            row = [uid, code, f'"{names[code]}"', v, date, ses, sym, draft, f'"{title}"']
            rows.append(row + (["" if v else "non-voting"] if note else []))
    return rows


@pytest.mark.parametrize("header,note", [(UNDL_2025, False), (UNDL_2026, True)])
def test_undl_layouts_import(tmp_path: Path, store: Store, header: list[str], note: bool) -> None:
    f = write(tmp_path / "undl.csv", undl_rows(note), header=header)
    import_files(store, "unga", [f])
    v = store.facts("unga_votes")
    rc = store.facts("unga_rollcalls").set_index("rcid")
    assert len(v) == 9 and len(rc) == 2
    got = {(int(r.rcid) - 1_000_000_000, r.iso3): int(r.vote) for r in v.itertuples()}
    assert got[(4002, "RUS")] == 3 and got[(4002, "CHN")] == 2 and got[(4002, "UKR")] == 1
    assert got[(4002, "GBR")] == 8  # blank: non-participating, not a vote
    assert rc.loc[1_000_004_002, "year"] == 2024 and rc.loc[1_000_004_002, "session"] == 79
    src = store.sources()
    assert "Digital Library" in src["title"].iloc[0] and "adopted resolutions only" in src["citation"].iloc[0]


def test_undl_bad_vote_names_line_and_field(tmp_path: Path, store: Store) -> None:
    rows = undl_rows()
    rows[3][3] = "Maybe"  # data row 4 -> line 5
    f = write(tmp_path / "undl.csv", rows, header=UNDL_2025)
    with pytest.raises(InputError) as err:
        import_files(store, "unga", [f])
    assert err.value.line == 5 and err.value.field == "ms_vote"
    assert store.sources().empty


def test_undl_merges_without_duplicates(tmp_path: Path, store: Store) -> None:
    from amity.indicators.votes import dyad_agreement, source_ids, year_sources

    import_files(store, "unga", [write(tmp_path / "UNVotes.csv", voeten_rows())])
    import_files(store, "unga", [write(tmp_path / "undl.csv", undl_rows(), header=UNDL_2025)])
    ids = source_ids(store)
    assert len(ids) == 2
    # A/RES/56/1 on 2001-10-05 is in both: counted once (Voeten's rcid 3); the 2024 resolution is added
    ag56 = dyad_agreement(store, 710, 365).set_index("year")
    assert ag56.loc[2001, "n_votes"] == 1
    ys = year_sources(store).set_index("year")
    assert "Digital Library" in ys.loc[2024, "title"] and "Digital Library" not in ys.loc[2001, "title"]
    # agreement now reaches 2024: CHN abstained, RUS voted no -> 1 - 0.5 = 0.5
    ag = dyad_agreement(store, 710, 365).set_index("year")
    assert ag.loc[2024, "agreement"] == pytest.approx(0.5) and ag.loc[2024, "n_votes"] == 1


def test_voeten_1946_2023_csv_layout(tmp_path: Path, store: Store) -> None:
    """Voeten's later CSV (``UNVotes.csv``, 1946–2023) as R writes it: a leading unnamed row-number column and
    more columns than the 2015 layout (``member, Country, Countryname, abstain, yes, no, amend, para, short``;
    the column list as printed from the published file in a public notebook, github.com/kerematas/un-hidden-blocs).
    The extra columns are read or ignored; the votes are the same as in the short layout."""
    header = ["", "rcid", "ccode", "member", "vote", "Country", "Countryname", "session", "abstain", "yes", "no",
              "importantvote", "date", "unres", "amend", "para", "short", "descr", "me", "nu", "di", "hr", "co", "ec"]
    iso = {2: "USA", 365: "RUS", 710: "CHN", 40: "CUB"}
    long_rows = []
    for i, r in enumerate(voeten_rows(), start=1):
        rcid, ses, vote, ccode, name, date, unres, imp, descr, *flags = r
        long_rows.append([i, rcid, ccode, 1, vote, iso[ccode], name, ses, 1, 2, 1, imp, date, unres, 0, 0, "short",
                          descr, *flags])
    long_ = unga.read_files([write(tmp_path / "UNVotes.csv", long_rows, header=header)])[0]
    short = unga.read_files([write(tmp_path / "UNVotes-2015.csv", voeten_rows())])[0]
    cols = ["rcid", "cow", "vote"]
    for t in ("unga_votes", "unga_rollcalls"):
        assert t in long_ and len(long_[t]) == len(short[t]), t
    a = long_["unga_votes"][cols].sort_values(cols).reset_index(drop=True)
    b = short["unga_votes"][cols].sort_values(cols).reset_index(drop=True)
    assert a.astype("int64").equals(b.astype("int64"))
    res = import_files(store, "unga", [tmp_path / "UNVotes.csv"])
    assert res[0].created and len(store.facts("unga_votes")) == 11
