"""Dyad-year panels: counts per year, NA vs 0 at coverage edges, directedness, real values, exports."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from amity import panel
from amity.sources import import_files
from amity.states import existing_in, lookup
from amity.store import SourceMeta
from tests.sources.test_cow import write_cow_alliances, write_nmc


def _arms(store) -> None:
    """A register of Russian deliveries to China, 2000–2005 (coverage: supplier Russia, all recipients)."""
    rus, chn, ind = lookup("RUS").cow, lookup("CHN").cow, lookup("IND").cow
    deliveries = pd.DataFrame({"supplier_cow": [rus, rus, rus], "recipient_cow": [chn, chn, ind],
                               "year": [2001, 2001, 2003], "tiv": [100.0, 50.0, 7.0]})
    files = pd.DataFrame({"layout": ["portal"], "role": pd.array([None], dtype="string"),
                          "supplier_filter": pd.array(["Russia"], dtype="string"),
                          "recipient_filter": pd.array([None], dtype="string"),
                          "cover_from": pd.array([2000], dtype="Int64"), "cover_to": pd.array([2005], dtype="Int64"),
                          "vintage": ["2025-03-13"]})
    meta = SourceMeta(kind="sipri", vintage="2025-03-13", title="test register", citation="test", sha256="ab" * 32)
    store.ingest(meta, {"arms_deliveries": deliveries, "sipri_files": files})


@pytest.mark.parametrize("directed", [True, False])
def test_counts_per_year_from_state_table(store, directed: bool) -> None:
    df = panel.build(store, start=1989, end=1993, directed=directed, add=[])
    for year in range(1989, 1994):
        n = len(existing_in(year))
        expect = n * (n - 1) if directed else n * (n - 1) // 2
        assert (df["year"] == year).sum() == expect
    if not directed:
        assert (df["cowcode1"] < df["cowcode2"]).all()
    assert not df.duplicated(["year", "cowcode1", "cowcode2"]).any()


def test_gw_system_unique_pairs(store) -> None:
    df = panel.build(store, start=1990, end=1990, system="gw", add=[])
    assert "gwcode1" in df.columns and not df.duplicated(["gwcode1", "gwcode2"]).any()
    assert 260 in set(df["gwcode1"]) | set(df["gwcode2"])


def test_arms_directed_and_coverage(store) -> None:
    _arms(store)
    df = panel.build(store, start=1999, end=2006, directed=True, add=["arms"])
    rus, chn = lookup("RUS").cow, lookup("CHN").cow
    rc = df[(df["cowcode1"] == rus) & (df["cowcode2"] == chn)].set_index("year")
    cr = df[(df["cowcode1"] == chn) & (df["cowcode2"] == rus)].set_index("year")
    assert rc.loc[2001, "arms_tiv_12"] == 150.0 and rc.loc[2002, "arms_tiv_12"] == 0  # covered, none
    assert pd.isna(rc.loc[1999, "arms_tiv_12"]) and pd.isna(rc.loc[2006, "arms_tiv_12"])  # outside years
    assert cr.loc[2001, "arms_tiv_21"] == 150.0
    assert pd.isna(cr.loc[2001, "arms_tiv_12"])  # China as supplier: outside the register's selection
    usa = df[(df["cowcode1"] == 2) & (df["cowcode2"] == 20)]
    assert usa["arms_tiv_12"].isna().all()
    total = df["arms_tiv_12"].sum()
    assert total == 157.0  # every delivery appears once per direction


def test_joint_exercises_count_each_exercise_once(store) -> None:
    """Records of several briefs linked by same_as are one exercise; 0 inside the attested years."""
    import csv
    from collections import defaultdict
    from importlib import resources

    with resources.files("amity.dossier").joinpath("data/exercises.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if {"CHN", "RUS"} <= set(r["participants"].split(";"))]
    keys: dict[int, set[str]] = defaultdict(set)
    for r in rows:
        keys[int(r["year"])].add(r["same_as"] or r["id"])
    assert sum(len(k) for k in keys.values()) < len(rows)  # the dossier links some records
    lo, hi = min(keys), max(keys)
    df = panel.build(store, start=lo - 1, end=hi, directed=True, add=["exercises"])
    chn, rus = lookup("CHN").cow, lookup("RUS").cow
    for a, b in ((chn, rus), (rus, chn)):
        got = df[(df["cowcode1"] == a) & (df["cowcode2"] == b)].set_index("year")["joint_exercises"]
        assert pd.isna(got.loc[lo - 1])
        assert {y: int(got.loc[y]) for y in range(lo, hi + 1)} == {y: len(keys.get(y, ())) for y in range(lo, hi + 1)}
    assert df[(df["cowcode1"] == 2) & (df["cowcode2"] == 20)]["joint_exercises"].isna().all()


def test_alliance_edges_and_undirected(tmp_path: Path, store) -> None:
    import_files(store, "alliances", [write_cow_alliances(tmp_path / "alliance_v4.1_by_dyad_yearly.csv")])
    df = panel.build(store, start=1948, end=2013, add=["alliance"])
    pair = df[(df["cowcode1"] == 365) & (df["cowcode2"] == 710)].set_index("year")
    assert pd.isna(pair.loc[1949, "defense"]) and pair.loc[1950, "defense"] == 1
    assert pair.loc[1981, "defense"] == 0 and pair.loc[2012, "entente"] == 1
    assert pd.isna(pair.loc[2013, "defense"])
    other = df[(df["cowcode1"] == 2) & (df["cowcode2"] == 200)].set_index("year")
    assert other.loc[2000, "defense"] == 0 and pd.isna(other.loc[2013, "defense"])
    cb = panel.codebook(df)
    assert set(cb["column"]) == set(df.columns)
    assert cb.loc[cb["column"] == "defense", "vintage"].item() == "4.1"


def test_capabilities_na_not_zero(tmp_path: Path, store) -> None:
    import_files(store, "nmc", [write_nmc(tmp_path / "NMC-60-abridged.csv")])
    df = panel.build(store, start=2016, end=2017, directed=True, add=["capabilities", "votes"])
    row = df[(df["cowcode1"] == 710) & (df["cowcode2"] == 365)].set_index("year")
    assert pd.isna(row.loc[2016, "milex_nmc_1"]) and row.loc[2016, "milex_nmc_2"] == 69245000
    assert pd.isna(row.loc[2017, "cinc_1"])  # after NMC's last year
    assert any(n.startswith("votes") for n in df.attrs["not_loaded"]) or "vote_agreement" in df.columns


def test_real_values_and_exports(shared_data: Path, store, tmp_path: Path) -> None:
    nmc = shared_data / "cow/NMC-60-abridged.csv"
    import_files(store, "nmc", [nmc])
    import_files(store, "milex", [shared_data / "sipri/SIPRI-Milex-data-1948-2023.xlsx"])
    df = panel.build(store, start=2010, end=2012, add=["capabilities", "vetoes"])
    raw = pd.read_csv(nmc).replace(-9, pd.NA).set_index(["ccode", "year"])
    sample = df.sample(200, random_state=1)
    for r in sample.itertuples():
        for side, code in (("1", r.cowcode1), ("2", r.cowcode2)):
            want = raw["cinc"].get((code, r.year), pd.NA)
            got = getattr(r, f"cinc_{side}")
            assert (pd.isna(want) and pd.isna(got)) or got == pytest.approx(want)
    cr = df[(df["state1"] == "CHN") & (df["state2"] == "RUS")]
    assert cr.empty  # undirected: lower COW code first (RUS 365 < CHN 710)
    rc = df[(df["state1"] == "RUS") & (df["state2"] == "CHN")].set_index("year")
    assert rc.loc[2012, "joint_vetoes"] == 2  # Syria drafts of February and July 2012
    for ext in ("csv", "parquet", "dta", "rds"):
        out = tmp_path / f"p.{ext}"
        paths = panel.write(df, out)
        assert all(p.exists() for p in paths)
        if ext == "parquet":
            back = pd.read_parquet(out)
        elif ext == "dta":
            back = pd.read_stata(out)
        elif ext == "csv":
            back = pd.read_csv(out)
        else:
            import pyreadr
            back = next(iter(pyreadr.read_r(out).values()))
        assert len(back) == len(df)
        assert back["cinc_1"].isna().sum() == df["cinc_1"].isna().sum()
    bib = (tmp_path / "p.bib").read_text()
    assert "@misc{nmc" in bib and "@misc{milex" in bib and "undhlvetolist" in bib
    cb = pd.read_csv(tmp_path / "p.codebook.csv")
    assert {"column", "unit", "source", "vintage", "coverage"} <= set(cb.columns)


def test_cli(tmp_path: Path) -> None:
    from amity.cli import app

    runner = CliRunner()
    out = tmp_path / "x.csv"
    res = runner.invoke(app, ["panel", "--from", "2000", "--to", "2000", "--add", "vetoes", "--out", str(out)])
    assert res.exit_code == 0, res.output
    n = len(existing_in(2000))
    assert len(pd.read_csv(out)) == n * (n - 1) // 2
    bad = runner.invoke(app, ["panel", "--add", "nope", "--out", str(out)])
    assert bad.exit_code != 0
