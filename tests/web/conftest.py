"""Fixtures for the dashboard tests: a small dossier the tests write (with hostile text in it), a store
with one imported source, and a TestClient over the app."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from amity.dossier import Dossier

EVIL = "<script>alert('pwned')</script>"


def make_dossier() -> Dossier:
    """Five China–Russia exercises (2005–2017) and one India–Russia one; an exercise name and a source
    title carry a script tag, which must show as text."""
    ex = pd.DataFrame([
        ("a", 2005, "2005-08", "Peace Mission 2005", "land", "SCO", "Shandong", 36.0, 120.0, "CHN;RUS", "b1"),
        ("b", 2007, "2007-08", "Peace Mission 2007", "land", "SCO", "Chelyabinsk", 55.0, 61.0, "CHN;RUS;KAZ",
         "b1"),
        ("c", 2013, "2013-07", "Joint Sea 2013", "sea", "bilateral", "Sea of Japan", 40.0, 135.0, "CHN;RUS",
         "b1"),
        ("d", 2013, "2013-11", EVIL, "air", "bilateral", "Inner Mongolia", 41.0, 112.0, "CHN;RUS", "b2"),
        ("e", 2017, "2017-07", "Joint Sea 2017", "sea", "bilateral", "Baltic Sea", 58.0, 20.0, "CHN;RUS",
         "b2"),
        ("f", 2010, "2010-01", "Indra 2010", "land", "bilateral", "Rajasthan", 27.0, 73.0, "IND;RUS", "b1"),
    ], columns=["id", "year", "date", "name", "domain", "framework", "area", "lat", "lon", "participants",
                "source"])
    ex["year"] = ex["year"].astype("Int64")
    ex["locator"] = "p. 1"
    src = pd.DataFrame([{"key": "b1", "title": "Brief one", "date": "2018-01", "kind": "brief"},
                        {"key": "b2", "title": f"Brief two {EVIL}", "date": "2019-02", "kind": "brief"}])
    empty = pd.DataFrame(columns=["id", "year", "date", "title", "kind", "parties", "source", "locator"])
    return Dossier(sources=src, exercises=ex, agreements=empty, meetings=empty,
                   arms=pd.DataFrame(columns=["id", "record", "supplier", "recipient", "year", "unit",
                                              "source", "locator"]))


def write_store(path: Path) -> str:
    """A store with one imported source whose title and a comments field hold a script tag; its id."""
    from amity.store import SourceMeta, Store

    with Store(path) as st:
        meta = SourceMeta(kind="sipri-trade", vintage="2025-03-13", title=f"SIPRI register {EVIL}",
                          citation="SIPRI Arms Transfers Database", file_name="trade-register.csv",
                          sha256="ab" * 32, licence="SIPRI terms")
        res = st.ingest(meta, {"web_test_notes": pd.DataFrame({"comments": [EVIL], "year": [2005]})})
    return res.source_id


@pytest.fixture(scope="module")
def web_dossier() -> Dossier:
    return make_dossier()


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(store path, id of its one source)."""
    path = tmp_path_factory.mktemp("webstore") / "amity.duckdb"
    return path, write_store(path)


@pytest.fixture(scope="module")
def client(web_store: tuple[Path, str], web_dossier: Dossier):
    from fastapi.testclient import TestClient

    from amity.web.app import create_app

    with TestClient(create_app(web_store[0], dossier=web_dossier), raise_server_exceptions=False) as c:
        yield c
