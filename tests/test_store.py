import json

import pandas as pd
import pytest

from amity.store import SourceMeta, Store, store_file


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
