import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from amity.errors import AmityError
from amity.store import SourceMeta, Store, content_digest, in_list, store_file


def meta(sha: str, vintage: str = "2025-03-13") -> SourceMeta:
    return SourceMeta(kind="test", vintage=vintage, title="Test data", citation="Test (2025)",
                      file_name="t.csv", sha256=sha)


def test_ingest_records_provenance_and_source_ids(store: Store):
    r = store.ingest(meta("a" * 64), {"facts": pd.DataFrame({"year": [2000, 2001], "value": [1.0, 2.0]})})
    assert r.created and r.rows == 2 and r.source_id == "test:" + "a" * 12
    src = store.sources()
    assert src.loc[0, "rows"] == 2 and src.loc[0, "vintage"] == "2025-03-13"
    facts = store.facts("facts")
    assert list(facts["source_id"]) == [r.source_id] * 2


def test_same_import_twice_changes_nothing(store: Store):
    df = {"facts": pd.DataFrame({"year": [2000], "value": [1.0]})}
    store.ingest(meta("b" * 64), df)
    before = json.dumps(store.status(), sort_keys=True)
    r = store.ingest(meta("b" * 64), df)
    assert not r.created
    assert json.dumps(store.status(), sort_keys=True) == before
    assert len(store.facts("facts")) == 1


def test_failed_import_leaves_store_unchanged(store: Store):
    store.ingest(meta("c" * 64), {"facts": pd.DataFrame({"year": [2000], "value": [1.0]})})
    before = json.dumps(store.status(), sort_keys=True)

    bad = {"facts": pd.DataFrame({"year": [2001], "value": [2.0]}), "bad name!": pd.DataFrame({"x": [1]})}
    with pytest.raises(ValueError):
        store.ingest(meta("d" * 64), bad)
    assert json.dumps(store.status(), sort_keys=True) == before
    assert len(store.facts("facts", vintage=None)) == 1


def test_latest_vintage_is_read_by_default_and_old_kept(store: Store):
    store.ingest(meta("e" * 64, "2024-10-13"), {"facts": pd.DataFrame({"year": [2000], "value": [1.0]})})
    store.ingest(meta("f" * 64, "2025-03-13"), {"facts": pd.DataFrame({"year": [2000], "value": [5.0]})})
    assert store.facts("facts")["value"].tolist() == [5.0]
    assert sorted(store.facts("facts", vintage=None)["value"].tolist()) == [1.0, 5.0]
    assert store.facts("facts", vintage="2024-10-13")["value"].tolist() == [1.0]
    assert store.facts("nothing") is None


def test_store_survives_reopen(amity_home):
    path = amity_home / "amity.duckdb"
    with Store(path) as st:
        st.ingest(meta("9" * 64), {"facts": pd.DataFrame({"year": [1999], "value": [3.0]})})
    with Store(path, read_only=True) as st:
        assert st.facts("facts")["value"].tolist() == [3.0]


def test_read_only_store_without_file_is_empty(amity_home):
    with Store(amity_home / "none.duckdb", read_only=True) as st:
        assert st.sources().empty and st.status()["tables"] == {}
    assert not (amity_home / "none.duckdb").exists()


def test_store_file_follows_amity_home_or_the_folder_given(amity_home, tmp_path):
    assert store_file() == amity_home / "amity.duckdb"
    assert store_file(tmp_path / "elsewhere") == tmp_path / "elsewhere" / "amity.duckdb"
    with Store() as st:
        assert st.path == amity_home / "amity.duckdb"


# -- the one way into the store (issue 12 item 2) -------------------------------------------------
def _two_kinds(store: Store) -> tuple[str, str, str]:
    old = store.ingest(meta("1" * 64, "2024-01-01"),
                       {"facts": pd.DataFrame({"year": [2000, 2001], "value": [1.0, 2.0]})})
    a = store.ingest(meta("2" * 64, "2025-01-01"), {"facts": pd.DataFrame({"year": [2000], "value": [3.0]})})
    other = SourceMeta(kind="other", vintage="2025-01-01", title="Other", citation="O", sha256="3" * 64)
    b = store.ingest(other, {"facts": pd.DataFrame({"year": [2005], "value": [4.0]})})
    return old.source_id, a.source_id, b.source_id


def test_latest_source_ids_one_rule_with_exclusions_and_where(store: Store):
    old, a, b = _two_kinds(store)
    assert store.latest_source_ids("facts") == sorted([a, b])  # one vintage, two sources: both kept
    assert store.latest_source_ids("facts", exclude=[a]) == [b]
    assert store.latest_source_ids("facts", exclude=["other"]) == [a]  # a kind excludes its sources
    assert store.latest_source_ids("facts", exclude=[a, b]) == [old]  # next-newest vintage
    assert store.latest_source_ids("facts", where="year = ?", params=[2001]) == [old]
    assert store.latest_source_ids("nothing") == []
    # facts() reads exactly the rows of those sources
    assert sorted(store.facts("facts")["value"]) == [3.0, 4.0]


def test_read_selects_sources_rows_and_columns(store: Store):
    old, a, _b = _two_kinds(store)
    df = store.read("facts", source_ids=[old], columns=["value"])
    assert list(df.columns) == ["value"] and sorted(df["value"]) == [1.0, 2.0]
    assert store.read("facts", source_ids=[]).empty
    assert store.read("facts", where="value > ?", params=[2.5])["value"].tolist() in ([3.0, 4.0], [4.0, 3.0])
    assert store.read("nothing") is None


def test_in_list_gives_placeholders_and_params(store: Store):
    _two_kinds(store)
    ph, vals = in_list(["test:" + "2" * 12, "x'y"])
    assert ph == "?, ?" and vals == ["test:" + "2" * 12, "x'y"]
    assert store.query(f"SELECT count(*) AS n FROM facts WHERE source_id IN ({ph})", vals)["n"].item() == 1
    assert in_list([]) == ("NULL", [])


def test_transaction_rolls_back_on_error_and_nests(store: Store):
    store.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.execute("INSERT INTO t VALUES (1)")
            with store.transaction():  # joins the outer one
                store.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("boom")
    assert store.query("SELECT count(*) AS n FROM t")["n"].item() == 0
    with store.transaction():
        store.execute("INSERT INTO t VALUES (3)")
    assert store.execute("SELECT x FROM t") == [(3,)]


def test_remove_source_deletes_its_rows_everywhere_in_one_go(store: Store):
    old, a, _b = _two_kinds(store)
    store.ingest(SourceMeta(kind="test", vintage="2025-01-01", title="T", citation="C", sha256="4" * 64,
                            scope="more"), {"more": pd.DataFrame({"k": [1, 2, 3]})})
    deleted = store.remove_source(a)
    assert deleted == {"facts": 1}
    assert a not in set(store.sources()["id"])
    assert store.query("SELECT count(*) AS n FROM facts WHERE source_id = ?", [a])["n"].item() == 0
    assert len(store.read("facts")) == 3 and len(store.read("more")) == 3
    with pytest.raises(AmityError, match="no source"):
        store.remove_source(a)


def test_content_digest_ignores_row_and_column_order_only():
    df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    same = df.iloc[::-1][["b", "a"]].reset_index(drop=True)
    assert content_digest({"t": df}) == content_digest({"t": same})
    assert content_digest({"t": df}) != content_digest({"t": df.assign(a=[1, 2, 4])})
    assert content_digest({"t": df}) != content_digest({"u": df})
    assert content_digest({"t": df}) != content_digest({"t": pd.concat([df, df.iloc[:1]])})


# -- a damaged store is named, never written to ---------------------------------------------------
@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "filled" / "amity.duckdb"
    with Store(path) as st:
        n = 200_000
        st.ingest(meta("5" * 64), {"facts": pd.DataFrame({"year": np.arange(n) % 200 + 1900,
                                                          "value": np.arange(n) * 0.5})})
    return path


def _damage(path: Path, how: str) -> None:
    size = path.stat().st_size
    if how == "truncated":
        with open(path, "r+b") as fh:
            fh.truncate(size // 2)
    elif how == "flipped":  # 4 KiB inside the table's data (the file's tail is free blocks)
        with open(path, "r+b") as fh:
            fh.seek(size // 4)
            block = fh.read(4096)
            fh.seek(size // 4)
            fh.write(bytes(b ^ 0xFF for b in block))
    else:
        path.unlink()
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE t (x)")
        con.commit()
        con.close()


@pytest.mark.parametrize("how", ["truncated", "flipped", "sqlite"])
def test_damaged_store_is_named_in_one_line_and_never_written(filled: Path, how: str):
    _damage(filled, how)
    before = filled.read_bytes()
    for read_only in (False, True):
        with pytest.raises(AmityError) as err:
            with Store(filled, read_only=read_only) as st:
                st.facts("facts")  # a reader may get as far as a query: that fails too
        msg = str(err.value)
        assert "\n" not in msg and str(filled) in msg
        assert ("damaged" in msg or "SQLite" in msg) and "import the data again" in msg
    assert filled.read_bytes() == before


def test_extensions_are_never_autoloaded(store: Store):
    settings = dict(store.execute(
        "SELECT name, value FROM duckdb_settings() WHERE name LIKE 'auto%known_extensions'"))
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


_HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("CREATE TABLE IF NOT EXISTS held (x INTEGER)")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def _hold_lock(path: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(path), str(seconds)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_writer_waits_for_the_lock_and_says_so(filled: Path):
    proc = _hold_lock(filled, 1.5)
    said: list[str] = []
    t0 = time.monotonic()
    try:
        with Store(filled, wait_s=30, on_wait=said.append) as st:
            waited = time.monotonic() - t0
            assert st.facts("facts") is not None
    finally:
        proc.wait(timeout=30)
    assert said and "waiting up to 30 s" in said[0]
    assert 0.5 < waited < 25


def test_reader_gives_up_after_a_bounded_wait_with_exit_2_error(filled: Path):
    proc = _hold_lock(filled, 10)
    try:
        t0 = time.monotonic()
        with pytest.raises(AmityError, match="busy") as err:
            Store(filled, read_only=True, wait_s=0.5, on_wait=lambda _m: None)
        assert time.monotonic() - t0 < 5
        assert "\n" not in str(err.value)
    finally:
        proc.kill()
        proc.wait()
