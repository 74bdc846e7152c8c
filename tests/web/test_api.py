"""The JSON API against the Python API computed independently in each test."""

from __future__ import annotations

import io
import types
from pathlib import Path

import pandas as pd
import pytest

from amity import Dyad
from amity import indicators as ind
from amity.errors import AmityError
from amity.jsonable import records
from amity.store import Store

from .conftest import EVIL, make_dossier, write_store


def dyad(store_path: Path, a: str = "CHN", b: str = "RUS", **kw: object) -> Dyad:
    return Dyad(a, b, store=Store(store_path, read_only=True), dossier=make_dossier(), **kw)


def test_states_search_by_name_and_code(client):
    r = client.get("/api/states", params={"q": "russia"})
    assert r.status_code == 200
    codes = [s["code"] for s in r.json()["states"]]
    assert codes[0] == "RUS"
    r = client.get("/api/states", params={"q": "710"})
    assert [s["name"] for s in r.json()["states"]][0] == "China"
    everyone = client.get("/api/states", params={"limit": 500}).json()["states"]
    names = [s["name"] for s in everyone]
    assert names == sorted(names) and len(names) > 150


def test_overview_lists_every_registered_indicator_with_its_year_range(client, web_store):
    r = client.get("/api/dyads/CHN/RUS")
    assert r.status_code == 200
    body = r.json()
    assert body["a"]["code"] == "CHN" and body["b"]["code"] == "RUS"
    got = {i["name"]: i for i in body["indicators"]}
    reg = ind.registry()
    assert set(got) == set(reg)
    for name, spec in reg.items():
        assert (got[name]["strand"], got[name]["unit"], got[name]["directed"]) == (spec.strand, spec.unit,
                                                                                   spec.directed)
    # exercises per year: the fixture's CHN–RUS exercises span 2005–2017, every year covered
    per = got["exercises_per_year"]
    assert (per["first_year"], per["last_year"], per["values"], per["error"]) == (2005, 2017, 13, None)
    # the same figures from the Python API for each indicator that has a value per year
    d = dyad(web_store[0])
    for name in ("exercises_per_year", "exercise_distance", "vetoes_per_year", "double_vetoes"):
        if name not in reg:
            continue
        df = d.indicator(name)
        ys = df.loc[df["value"].notna(), "year"]
        assert got[name]["values"] == len(ys)
        assert got[name]["first_year"] == (int(ys.min()) if len(ys) else None)
        assert got[name]["last_year"] == (int(ys.max()) if len(ys) else None)
    assert body["key_figures"]["Joint exercises attested"] == "5 (2005–2017)"
    keys = [s["key"] for s in body["sections"]]
    from amity.report.sections import SECTIONS

    assert keys == [k for k, _ in SECTIONS]


def test_names_and_cow_codes_give_the_same_dyad(client):
    by_code = client.get("/api/dyads/CHN/RUS").json()
    by_name = client.get("/api/dyads/China/365").json()
    assert by_name == by_code


def test_indicator_table_equals_the_python_api(client, web_store):
    r = client.get("/api/dyads/CHN/RUS/indicators/exercise_distance")
    assert r.status_code == 200
    want = records(dyad(web_store[0]).indicator("exercise_distance"))
    assert r.json()["rows"] == want
    assert r.json()["indicator"]["unit"] == ind.registry()["exercise_distance"].unit


def test_indicator_years_window_keeps_missing_as_null(client, web_store):
    r = client.get("/api/dyads/CHN/RUS/indicators/exercises_per_year", params={"from": 2003, "to": 2008})
    rows = r.json()["rows"]
    assert [x["year"] for x in rows] == list(range(2003, 2009))
    values = {x["year"]: x["value"] for x in rows}
    # before the first attested exercise the dossier covers nothing: missing (null), never 0
    assert values[2003] is None and values[2004] is None
    assert values[2005] == 1 and values[2006] == 0 and values[2007] == 1
    want = dyad(web_store[0], start=2003, end=2008).indicator("exercises_per_year")
    assert rows == records(want)


def test_indicator_csv(client, web_store):
    r = client.get("/api/dyads/CHN/RUS/indicators/exercises_per_year", params={"format": "csv", "from": 2004})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    got = pd.read_csv(io.StringIO(r.text))
    want = dyad(web_store[0], start=2004).indicator("exercises_per_year")
    assert list(got["year"]) == list(want["year"])
    assert got["value"].isna().tolist() == want["value"].isna().tolist()   # NA stays empty, not 0
    assert got["value"].fillna(-1).tolist() == want["value"].astype("float").fillna(-1).tolist()


def test_directed_order_is_kept(client):
    ab = client.get("/api/dyads/RUS/CHN").json()
    assert ab["a"]["code"] == "RUS" and ab["b"]["code"] == "CHN"


def test_sources_have_provenance(client, web_store):
    srcs = client.get("/api/sources").json()["sources"]
    by_id = {s["id"]: s for s in srcs}
    assert by_id["b1"]["origin"] == "dossier" and by_id["b1"]["vintage"] == "2018-01"
    imported = by_id[web_store[1]]
    assert imported["origin"] == "store" and imported["sha256"] == "ab" * 32
    assert imported["rows"] == 1 and imported["vintage"] == "2025-03-13"
    assert imported["title"] == f"SIPRI register {EVIL}"   # JSON carries the text as it is


@pytest.mark.parametrize("url, status", [
    ("/api/dyads/CHN/Atlantis", 404),
    ("/api/dyads/Atlantis/RUS/indicators/exercises", 404),
    ("/api/dyads/CHN/RUS?from=abc", 400),
    ("/api/dyads/CHN/RUS?from=99999", 400),
    ("/api/dyads/CHN/RUS?from=2010&to=2000", 400),
    ("/api/dyads/CHN/CHN", 400),
    ("/api/dyads/CHN/RUS/indicators/no_such_indicator", 404),
    ("/api/dyads/CHN/RUS/indicators/exercises?format=xml", 400),
    ("/api/states?q=" + "x" * 201, 400),
    ("/api/dyads/" + "x" * 201 + "/RUS", 400),
    ("/api/nothing-here", 404),
])
def test_bad_parameters_get_a_json_4xx(client, url, status):
    r = client.get(url)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and body["error"]
    assert "Traceback" not in r.text


def test_an_unexpected_failure_is_a_500_without_traceback(client, monkeypatch):
    def boom(d: Dyad) -> pd.DataFrame:
        """Always fails."""
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setitem(ind.registry(), "web_test_boom", ind.Indicator("web_test_boom", boom, "test", "n",
                                                                       False, "Always fails."))
    r = client.get("/api/dyads/CHN/RUS/indicators/web_test_boom")
    assert r.status_code == 500
    assert r.json() == {"error": "internal error"}
    # the overview survives a broken strand and says which
    r = client.get("/api/dyads/CHN/RUS", params={"from": 2001})
    assert r.status_code == 200
    row = {i["name"]: i for i in r.json()["indicators"]}["web_test_boom"]
    assert row["error"] == "RuntimeError" and row["first_year"] is None


def test_a_failing_claim_checker_is_reported(web_store, monkeypatch):
    from fastapi.testclient import TestClient

    from amity.web import service
    from amity.web.app import create_app

    def check_dossier(store=None, *, dossier=None):  # noqa: ANN001, ANN202
        raise AmityError("claims file damaged")

    monkeypatch.setattr(service, "check_dossier", check_dossier)
    with TestClient(create_app(web_store[0], dossier=make_dossier())) as c:
        body = c.get("/api/dyads/CHN/RUS/claims").json()
        assert body["available"] is False and body["message"] == "claim checker failed: claims file damaged"
        assert body["claims"] == []
        assert "claim checker failed: claims file damaged" in c.get("/dyad/CHN/RUS").text


def test_claims_for_the_pair_only(web_store, monkeypatch):
    from fastapi.testclient import TestClient

    from amity.web import service
    from amity.web.app import create_app

    def check_dossier(store=None, *, dossier=None):  # noqa: ANN001, ANN202
        assert store is not None and store.read_only
        base = {"said_in": {"source": "b1", "locator": "p. 6"}, "indicator": "exercises_per_year",
                "test": "peak", "period": (2000, 2017), "unit": "year", "reason": "r",
                "evidence_sources": [{"id": "b2", "vintage": "2019-02"}]}
        return [types.SimpleNamespace(**base, id="c1", text=f"peak in 2013 {EVIL}", dyad=("RUS", "CHN"),
                                      verdict="supported", found=2013, expected=2013),
                types.SimpleNamespace(**base, id="c2", text="other pair", dyad=("IND", "RUS"),
                                      verdict="contradicted", found=float("nan"), expected=1)]

    monkeypatch.setattr(service, "check_dossier", check_dossier)
    with TestClient(create_app(web_store[0], dossier=make_dossier())) as c:
        body = c.get("/api/dyads/China/Russia/claims").json()
        assert body["available"] is True
        assert [x["id"] for x in body["claims"]] == ["c1"]
        assert body["claims"][0]["verdict"] == "supported" and body["claims"][0]["found"] == 2013
        assert body["claims"][0]["evidence_sources"] == [{"id": "b2", "vintage": "2019-02"}]
        ind_rus = c.get("/api/dyads/IND/RUS/claims").json()["claims"]
        assert [x["id"] for x in ind_rus] == ["c2"] and ind_rus[0]["found"] is None   # NaN -> null
        html = c.get("/dyad/CHN/RUS").text
        assert 'class="verdict-supported">supported' in html and "b2 (2019-02)" in html
        assert "peak in 2013 &lt;script&gt;" in html and EVIL not in html


def test_new_imports_show_without_restart(tmp_path):
    """The cache follows the store: an import between two requests shows in the next answer."""
    from fastapi.testclient import TestClient

    from amity.web.app import create_app

    path = tmp_path / "s" / "amity.duckdb"
    with TestClient(create_app(path, dossier=make_dossier())) as c:
        assert c.get("/api/status").json()["sources"] == []
        assert not path.exists()                      # read-only: serving never creates the store
        sid = write_store(path)
        assert [s["id"] for s in c.get("/api/status").json()["sources"]] == [sid]
        assert c.get("/api/status").json()["tables"] == {"web_test_notes": 1}


def test_api_is_read_only_and_documented(client):
    from fastapi.routing import APIRoute

    methods = {m for r in client.app.routes if isinstance(r, APIRoute) for m in r.methods}
    assert methods <= {"GET", "HEAD"}
    spec = client.get("/openapi.json").json()
    for p in ("/api/states", "/api/dyads/{a}/{b}", "/api/dyads/{a}/{b}/indicators/{name}",
              "/api/dyads/{a}/{b}/claims", "/api/sources"):
        assert p in spec["paths"], p
    assert not any(p.startswith("/dyad/") for p in spec["paths"])
