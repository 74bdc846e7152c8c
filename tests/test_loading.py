"""amity.loading: kind checking and sniffing, one dataset one source, --replace, remove, derived state."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from amity import loading
from amity.errors import AmityError
from amity.store import Store
from tests.sources.gdelt_fixtures import event, write_export
from tests.sources.test_cow import write_cow_alliances, write_nmc
from tests.sources.test_wdi import write_wdi


def _state(store: Store) -> str:
    return json.dumps({"status": store.status(), "sources": store.sources().drop(columns="imported_at")
                       .to_dict(orient="records")}, sort_keys=True, default=str)


def test_the_kind_named_is_the_kind_imported_with_a_hint(tmp_path: Path, store: Store) -> None:
    ally = write_cow_alliances(tmp_path / "alliance_v4.1_by_dyad_yearly.csv")
    before = _state(store)
    with pytest.raises(AmityError) as err:
        loading.import_files(store, "nmc", [ally])
    msg = str(err.value)
    assert "alliance" in msg and "amity data import alliances alliance_v4.1_by_dyad_yearly.csv" in msg
    assert "\n" not in msg and _state(store) == before
    assert not store.has_table("alliances")


def test_without_a_kind_sniffs_and_says_what_it_chose(tmp_path: Path, store: Store) -> None:
    rep = loading.import_files(store, None, [write_nmc(tmp_path / "NMC-60-abridged.csv")])
    assert rep.kind == "nmc" and "importing as 'nmc'" in rep.chosen
    assert rep.results[0].created and set(store.read("nmc")["ccode"]) == {710, 365}
    odd = tmp_path / "notes.csv"
    odd.write_text("a,b\n1,2\n")
    with pytest.raises(AmityError, match="cannot tell which kind"):
        loading.import_files(store, None, [odd])


def test_resaved_copies_change_nothing(tmp_path: Path, store: Store) -> None:
    nmc = write_nmc(tmp_path / "NMC-60-abridged.csv")
    wdi = write_wdi(tmp_path / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2.csv")
    loading.import_files(store, "nmc", [nmc])
    with zipfile.ZipFile(tmp_path / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2.zip", "w") as zf:
        zf.write(wdi, wdi.name)
    loading.import_files(store, "wdi", [tmp_path / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2.zip"])
    before = _state(store)
    crlf = tmp_path / "copy" / "nmc-resaved.csv"
    crlf.parent.mkdir()
    crlf.write_bytes(nmc.read_bytes().replace(b"\n", b"\r\n"))
    cr_only = tmp_path / "copy" / "nmc-mac.csv"
    cr_only.write_bytes(nmc.read_bytes().replace(b"\n", b"\r"))
    for kind, path in (("nmc", crlf), ("nmc", cr_only), ("wdi", wdi)):  # the CSV from inside the zip, too
        (res,) = loading.import_files(store, kind, [path]).results
        assert not res.created
    assert _state(store) == before


def test_a_different_file_of_the_same_vintage_is_refused_unless_replace(tmp_path: Path, store: Store) -> None:
    nmc = write_nmc(tmp_path / "NMC-60-abridged.csv")
    (first,) = loading.import_files(store, "nmc", [nmc]).results
    changed = write_nmc(tmp_path / "NMC-60-fixed.csv",
                        extra="USA,2,2016,600000000,1300,78000,2200000,323000,265000,0.14,2021\n")
    before = _state(store)
    with pytest.raises(AmityError) as err:
        loading.import_files(store, "nmc", [changed])
    assert "same vintage (6.0)" in str(err.value) and first.source_id in str(err.value)
    assert "--replace" in str(err.value) and _state(store) == before
    (second,) = loading.import_files(store, "nmc", [changed], replace=True).results
    assert second.created
    assert list(store.sources()["id"]) == [second.source_id]
    assert len(store.read("nmc")) == 4  # never both: no row counted twice


def test_remove_undoes_an_import(tmp_path: Path, store: Store) -> None:
    loading.import_files(store, "nmc", [write_nmc(tmp_path / "NMC-60-abridged.csv")])
    before = _state(store)
    (res,) = loading.import_files(store, "alliances", [write_cow_alliances(tmp_path / "a.csv")]).results
    deleted = loading.remove_source(store, res.source_id)
    assert deleted == {"alliances": res.rows}
    assert _state(store).replace('"alliances": 0, ', "") == before or store.read("alliances").empty
    assert res.source_id not in set(store.sources()["id"])
    with pytest.raises(AmityError, match="no source"):
        loading.remove_source(store, res.source_id)


def _gdelt_file(tmp_path: Path, day: str, n: int) -> Path:
    evs = [event(gid=int(day) * 100 + i, day=day, quad=1 + i % 4) for i in range(n)]
    return write_export(tmp_path / f"{day}.export.CSV.zip", evs, 58)


def _sums(store: Store) -> dict[int, int]:
    df = store.query("SELECT parquet FROM gdelt_dyad_months")
    from amity.sources import gdelt

    root = gdelt.dyad_months_dir(store)
    out: dict[int, int] = {}
    for rel in df["parquet"]:
        t = store.query(f"SELECT MonthYear, sum(events) AS n FROM read_parquet('{root / rel}') GROUP BY 1")
        out.update({int(m): int(n) for m, n in zip(t["MonthYear"], t["n"], strict=True)})
    return out


def test_derived_sums_follow_imports_and_removals(tmp_path: Path, store: Store) -> None:
    a = _gdelt_file(tmp_path, "20150301", 3)
    b = _gdelt_file(tmp_path, "20150302", 2)
    rep = loading.import_files(store, "gdelt", [a, b])
    assert any("dyad-month sums" in d for d in rep.derived)
    assert _sums(store) == {201503: 5}
    loading.remove_source(store, rep.results[0].source_id)
    assert _sums(store) == {201503: 2}
    loading.remove_source(store, rep.results[1].source_id)
    assert _sums(store) == {}
    assert not list((store.path.parent / "gdelt" / "events").rglob("*.parquet"))


def test_an_interrupted_refresh_is_redone_by_the_next_import(tmp_path: Path, store: Store,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from amity.sources.gdelt import store as gstore

    a = _gdelt_file(tmp_path, "20150301", 3)

    def interrupted(*_a: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(gstore, "build_dyad_months", interrupted)
    with pytest.raises(KeyboardInterrupt):
        loading.import_files(store, "gdelt", [a])
    monkeypatch.undo()
    assert not store.read_only  # the connection is writable again after the interruption
    rep = loading.import_files(store, "gdelt", [a])  # a no-op import ...
    assert not rep.results[0].created
    assert rep.derived and _sums(store) == {201503: 3}  # ... that finishes the derived state


def test_import_by_path_holds_no_lock_afterwards(tmp_path: Path, amity_home: Path) -> None:
    path = amity_home / "amity.duckdb"
    rep = loading.import_files(path, "nmc", [write_nmc(tmp_path / "NMC-60-abridged.csv")])
    assert rep.results[0].created
    with Store(path, read_only=True, wait_s=0) as st:  # would fail at once if a lock were left
        assert len(st.read("nmc")) == 3


def test_real_gdelt_variants_import(shared_data: Path, store: Store, tmp_path: Path) -> None:
    g = shared_data / "gdelt"
    rep = loading.import_files(store, "gdelt", [g / "bigquery-export-usa-chn-2018.csv",
                                                g / "CSV.header.fieldids.csv"])
    (res,) = rep.results
    lines = sum(1 for ln in (g / "bigquery-export-usa-chn-2018.csv").read_bytes().splitlines() if ln.strip())
    assert res.created and res.rows == lines and res.layout == "query-export"
    files = store.read("gdelt_files")
    assert files["covers_from"].iloc[0] == "2018-01-01T00:00:00"  # from the events: no publication window
    rep2 = loading.import_files(store, None, [g / "1982.csv", g / "20160728.export.CSV"])
    assert rep2.kind == "gdelt" and all(r.created for r in rep2.results)
    # a CRLF copy of the daily file under another name: the same events, nothing changes
    copy = tmp_path / "daily-copy.csv"
    copy.write_bytes((g / "20160728.export.CSV").read_bytes().replace(b"\n", b"\r\n"))
    before = _state(store)
    assert not loading.import_files(store, "gdelt", [copy]).results[0].created
    assert _state(store) == before


def test_real_resaved_files_change_nothing(shared_data: Path, store: Store, tmp_path: Path) -> None:
    wdi_zip = shared_data / "wdi" / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2_3630701.zip"
    nmc = shared_data / "cow" / "NMC-60-abridged.csv"
    loading.import_files(store, "wdi", [wdi_zip])
    loading.import_files(store, "nmc", [nmc])
    before = _state(store)
    with zipfile.ZipFile(wdi_zip) as zf:
        member = next(n for n in zf.namelist() if n.startswith("API_"))
        zf.extract(member, tmp_path)
    crlf = tmp_path / "nmc.csv"
    crlf.write_bytes(nmc.read_bytes().replace(b"\n", b"\r\n"))
    renamed = tmp_path / "download(1).zip"
    shutil.copy(wdi_zip, renamed)
    for kind, path in (("wdi", tmp_path / member), ("nmc", crlf), ("wdi", renamed)):
        assert not loading.import_files(store, kind, [path]).results[0].created
    assert _state(store) == before


def test_real_milex_workbook_resaved_changes_nothing(shared_data: Path, store: Store, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    real = shared_data / "sipri" / "SIPRI-Milex-data-1948-2023.xlsx"
    loading.import_files(store, "milex", [real])
    before = _state(store)
    wb = openpyxl.load_workbook(real, data_only=True)  # as Excel re-saves it: values kept, layout rewritten
    wb.save(tmp_path / "milex-resaved.xlsx")
    assert not loading.import_files(store, "milex", [tmp_path / "milex-resaved.xlsx"]).results[0].created
    assert _state(store) == before


def _amity(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from amity.cli import main; main()", *args, "--home", str(home)],
                          capture_output=True, text=True, timeout=300)


def test_cli_kind_mismatch_exit_2_sniffing_and_remove(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ally = write_cow_alliances(tmp_path / "alliance_v4.1_by_dyad_yearly.csv")
    r = _amity("data", "import", "nmc", str(ally), home=home)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().count("\n") == 0 and "run `amity data import alliances" in r.stderr
    r = _amity("data", "import", str(ally), home=home)
    assert r.returncode == 0 and "importing as 'alliances'" in r.stderr
    sid = json.loads(_amity("data", "status", "--json", home=home).stdout)["sources"][0]["id"]
    r = _amity("data", "remove", sid, home=home)
    assert r.returncode == 0 and f"removed {sid}" in r.stderr
    assert json.loads(_amity("data", "status", "--json", home=home).stdout)["sources"] == []


def test_a_fit_lost_to_a_crash_is_redone_by_a_no_op_import(tmp_path: Path, store: Store) -> None:
    from tests.fuzz.seeds import VOETEN

    votes = tmp_path / "UNVotes.csv"
    votes.write_text(VOETEN)
    loading.import_files(store, "unga", [votes], refresh=False)  # as if killed after the votes committed
    assert not list((store.path.parent / "cache").glob("ideal-points-*.parquet"))
    rep = loading.import_files(store, "unga", [votes])
    assert not rep.results[0].created and any("ideal points" in d for d in rep.derived)
    assert len(list((store.path.parent / "cache").glob("ideal-points-*.parquet"))) == 1
    assert loading.refresh_derived(store) == []  # nothing stale any more
