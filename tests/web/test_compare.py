"""The dashboard's compare view (``/compare``) and its API route (``/api/compare``), on a store with UN votes
and a SIPRI register loaded; and the same page in headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from amity import context
from amity.sources import import_files
from amity.store import Store
from tests.indicators.test_votes import make_votes
from tests.sources.sipri_fixtures import register

from .conftest import make_dossier
from .test_browser import browser, run_server  # noqa: F401 - the browser fixture

PAIRS = "USA-RUS,CHN-RUS"


@pytest.fixture(scope="module")
def compare_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("compare")
    votes = folder / "UNVotes.csv"
    make_votes().to_csv(votes, index=False)
    with Store(folder / "amity.duckdb") as st:
        import_files(st, "unga", [votes])
        import_files(st, "sipri", [register(folder)])
    return folder / "amity.duckdb"


@pytest.fixture(scope="module")
def compare_client(compare_store: Path):
    from fastapi.testclient import TestClient

    from amity.web.app import create_app

    with TestClient(create_app(compare_store, dossier=make_dossier()), raise_server_exceptions=False) as c:
        yield c


def test_api_compare_rows_equal_the_library(compare_client, compare_store: Path) -> None:
    r = compare_client.get(f"/api/compare?pairs={PAIRS}&indicator=vote_agreement,arms_deliveries")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["pairs"] == ["USA-RUS", "CHN-RUS"]
    with Store(compare_store, read_only=True) as st:
        want = context.compare(st, [context.parse_pair(p) for p in PAIRS.split(",")],
                               ["vote_agreement", "arms_deliveries"])
    assert len(body["rows"]) == len(want) > 0
    got = {(r["pair"], r["direction"], r["indicator"], r["year"]): (r["rank"], r["percentile"]) for r in body["rows"]}
    for row in want.itertuples():
        assert got[(row.pair, row.direction, row.indicator, row.year)] == (row.rank, pytest.approx(row.percentile))
    assert {r["direction"] for r in body["rows"] if r["indicator"] == "arms_deliveries"} >= {"RUS→CHN", "CHN→RUS"}
    assert "cinc_ratio" in compare_client.get(f"/api/compare?pairs={PAIRS}").json()["not_loaded"]


@pytest.mark.parametrize(("query", "status"), [
    ("", 400), ("pairs=CHN", 400), ("pairs=CHN-CHN", 400), ("pairs=CHN-Atlantis", 404),
    ("pairs=CHN-RUS&indicator=nope", 400), ("pairs=" + ",".join(["CHN-RUS"] * 9), 400),
    ("pairs=CHN-RUS&from=1700", 400), ("pairs=CHN-RUS&from=2010&to=2000", 400),
])
def test_api_compare_rejects_bad_parameters(compare_client, query: str, status: int) -> None:
    r = compare_client.get(f"/api/compare?{query}")
    assert r.status_code == status, r.text
    assert "error" in r.json() or "detail" in r.json()


def test_compare_page_shows_charts_and_escapes_input(compare_client) -> None:
    r = compare_client.get(f"/compare?pairs={PAIRS}&from=2000&to=2002")
    assert r.status_code == 200
    assert "<svg" in r.text and "UN vote agreement" in r.text and "Latest values" in r.text
    assert compare_client.head(f"/compare?pairs={PAIRS}").status_code == 200
    bad = compare_client.get("/compare?pairs=%3Cscript%3Ealert(1)%3C/script%3E-RUS")
    assert bad.status_code == 404 and "<script>alert(1)" not in bad.text
    assert compare_client.get("/compare").status_code == 200  # the empty form


@pytest.fixture(scope="module")
def compare_server(compare_store: Path) -> Iterator[str]:
    from amity.cli.serve import allowed_hosts_for
    from amity.web.app import create_app

    yield from run_server(create_app(compare_store, dossier=make_dossier(),
                                     allowed_hosts=allowed_hosts_for("127.0.0.1")))


@pytest.mark.browser
def test_compare_page_in_the_browser(browser, compare_server) -> None:  # noqa: F811 - the imported fixture
    page = browser.new_page()
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    page.goto(compare_server + "/compare")
    page.fill("input[name=pairs]", "USA-RUS, CHN-RUS")
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "pairs=USA-RUS" in page.url
    assert page.locator("figure.chart svg").count() >= 2
    assert page.locator("table.data tbody tr").count() >= 2
    assert [u for u in seen if not u.startswith(compare_server + "/")] == []
    page.close()
