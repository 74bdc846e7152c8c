"""The server under real conditions: HEAD, a store locked by an import, no machine paths in answers,
no connection held between requests, and what a new year range recomputes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from amity import store as store_mod
from amity.store import Store
from amity.web.app import RETRY_AFTER_S, create_app, without_paths

from .conftest import make_dossier, write_store

GET_URLS = ["/", "/data", "/dyad/CHN/RUS", "/dyad/CHN/RUS?from=2005&to=2015", "/dyad/CHN/RUS/report.md",
            "/dyad/CHN/RUS/indicators.csv", "/static/amity.css", "/api/states?q=chi", "/api/dyads/CHN/RUS",
            "/api/dyads/CHN/RUS/indicators/exercises_per_year", "/api/dyads/CHN/RUS/claims", "/api/sources",
            "/api/status", "/api/indicators", "/openapi.json", "/api/dyads/CHN/Narnia", "/nothing-here"]


@pytest.fixture()
def fresh(tmp_path: Path):
    """A new app (empty caches) over a store with one source: (client, service, store path)."""
    path = tmp_path / "home" / "amity.duckdb"
    write_store(path)
    with TestClient(create_app(path, dossier=make_dossier()), raise_server_exceptions=False) as c:
        yield c, c.app.state.service, path


@pytest.mark.parametrize("url", GET_URLS)
def test_head_answers_like_get_without_a_body(client, url: str) -> None:
    got = client.get(url, follow_redirects=False)
    head = client.head(url, follow_redirects=False)
    assert head.status_code == got.status_code
    assert head.content == b""
    assert head.headers.get("content-type") == got.headers.get("content-type")
    assert head.headers.get("content-length") == got.headers.get("content-length")


def test_no_connection_is_held_between_requests(fresh) -> None:
    c, _, path = fresh
    assert c.get("/api/status").status_code == 200
    assert c.get("/dyad/CHN/RUS").status_code == 200
    # an import (a read-write connection) can open the store while the server runs
    with Store(path) as st:
        assert len(st.sources()) == 1


def _hold_write_lock(path: Path) -> subprocess.Popen:
    """Another process holding the store's write lock (as an import does) until killed."""
    code = textwrap.dedent(f"""
        import sys, time, duckdb
        con = duckdb.connect({str(path)!r})
        con.execute("CREATE TABLE IF NOT EXISTS busy_marker (x INTEGER)")
        print("locked", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_a_store_locked_by_an_import_is_503_with_retry_after(fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    c, _, path = fresh
    monkeypatch.setattr(store_mod, "READ_WAIT_S", 0.3)
    proc = _hold_write_lock(path)
    try:
        for url in ("/api/status", "/api/dyads/CHN/RUS", "/dyad/CHN/RUS", "/api/sources"):
            r = c.get(url)
            assert r.status_code == 503, (url, r.status_code, r.text[:200])
            assert r.headers["retry-after"] == str(RETRY_AFTER_S)
            assert str(path.parent) not in r.text and "Traceback" not in r.text
        assert "try again" in c.get("/api/status").json()["error"]
    finally:
        proc.kill()
        proc.wait()
    time.sleep(0.1)
    # once the import is over, the same requests succeed (nothing failed was cached)
    assert c.get("/api/status").status_code == 200
    assert c.get("/api/dyads/CHN/RUS").status_code == 200


def test_answers_name_no_folder_of_the_machine(fresh) -> None:
    c, _, path = fresh
    status = c.get("/api/status").json()
    assert status["store"] == "amity.duckdb"
    for url in ("/api/status", "/api/sources", "/data", "/api/dyads/CHN/RUS"):
        assert str(path.parent) not in c.get(url).text
    # a damaged store: the error names the file, never where it is
    path.write_bytes(b"not a database at all" * 100)
    r = c.get("/api/sources")
    assert r.status_code >= 400 and "amity.duckdb" in r.json()["error"]
    assert str(path.parent) not in r.text


def test_without_paths_keeps_file_names_and_urls() -> None:
    assert without_paths("store /home/ana/.local/share/amity/amity.duckdb is busy") == "store amity.duckdb is busy"
    assert without_paths("cannot read 'C:\\Users\\ana\\votes.csv'") == "cannot read 'votes.csv'"
    assert without_paths("see https://www.sipri.org/databases/armstransfers") == (
        "see https://www.sipri.org/databases/armstransfers")
    assert without_paths("milex ratio a/b in 2005") == "milex ratio a/b in 2005"


def test_a_new_year_range_recomputes_only_what_depends_on_the_years(fresh) -> None:
    c, svc, _ = fresh
    assert c.get("/dyad/CHN/RUS").status_code == 200
    first = dict(svc.computed)
    assert first["claims"] == 1 and first["section"] > 0 and first["indicator"] > 0
    assert c.get("/dyad/CHN/RUS").status_code == 200           # same page: nothing recomputed
    assert svc.computed == first
    assert c.get("/dyad/CHN/RUS?from=2010&to=2015").status_code == 200
    second = dict(svc.computed)
    assert second["claims"] == 1                               # the claims do not depend on the years
    assert second["section"] == 2 * first["section"] and second["indicator"] == 2 * first["indicator"]
    # the API's overview of a range the page computed reuses it
    assert c.get("/api/dyads/CHN/RUS", params={"from": 2010, "to": 2015}).status_code == 200
    assert svc.computed == second


def test_pages_and_api_read_the_indicator_registry(client) -> None:
    from amity import indicators

    listed = {i["name"]: i for i in client.get("/api/indicators").json()["indicators"]}
    reg = indicators.registry()
    assert set(listed) == set(reg)
    for name, spec in reg.items():
        assert listed[name] == spec.facts()
    rows = {i["name"]: i for i in client.get("/api/dyads/CHN/RUS").json()["indicators"]}
    assert rows["deliveries_tiv"]["load"] == reg["deliveries_tiv"].load and rows["deliveries_tiv"]["estimate"]
    # no SIPRI data in this store: the page says which command loads it, where the table would be
    html = client.get("/dyad/CHN/RUS").text
    assert f"no data: <code>{reg['deliveries_tiv'].load}</code>" in html
