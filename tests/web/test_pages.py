"""Dashboard pages: content, escaping, downloads, no outside assets, security headers."""

from __future__ import annotations

import io
from html.parser import HTMLParser

import pandas as pd
import pytest

from amity import Dyad
from amity.report.sections import SECTIONS

from .conftest import EVIL, make_dossier

PAGES = ["/", "/dyad/CHN/RUS", "/dyad/China/Russia?from=2004&to=2014", "/data", "/dyad/CHN/Atlantis",
         "/go?a=Atlantis&b=RUS"]


class Links(HTMLParser):
    """Every URL a page would load or link to (src/href of any element), and every script element."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str]] = []
        self.scripts: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for k, v in attrs:
            if k in ("src", "href", "xlink:href", "action", "srcset") and v is not None:
                self.urls.append((tag, v))
        if tag == "script":
            self.scripts.append(dict(attrs))


def links(html: str) -> Links:
    p = Links()
    p.feed(html)
    return p


@pytest.mark.parametrize("url", PAGES)
def test_no_page_loads_anything_from_outside(client, url):
    r = client.get(url)
    assert r.headers["content-type"].startswith("text/html")
    found = links(r.text)
    assert found.urls, "the page links its local style sheet and script"
    for tag, u in found.urls:
        assert not u.lower().startswith(("http:", "https:", "//", "ftp:")), (tag, u)
    for s in found.scripts:
        assert s.get("src", "").startswith("/static/")     # no inline script anywhere
    assert "@import" not in r.text and "url(http" not in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp


def test_static_assets_are_served_locally(client):
    for asset in ("/static/amity.css", "/static/amity.js"):
        r = client.get(asset)
        assert r.status_code == 200 and len(r.text) > 200
        assert "http://" not in r.text and "https://" not in r.text


def test_dyad_page_has_the_report_sections_indicators_and_charts(client):
    r = client.get("/dyad/CHN/RUS")
    assert r.status_code == 200
    html = r.text
    d = Dyad("CHN", "RUS", dossier=make_dossier())
    from amity.report.base import ReportContext

    for key, builder in SECTIONS:
        if key == "claims":
            continue
        sec = builder(ReportContext(d))
        assert f'<section id="{key}" class="strand"><h2>{sec.title.replace("&", "&amp;")}</h2>' in html
    assert html.count("<svg") >= 3          # exercises per year, distance, map of the areas
    assert "Where the exercises took place" in html
    assert 'id="indicators-table"' in html and 'id="claims"' in html and 'id="sources-table"' in html
    for name in ("exercises_per_year", "exercise_distance"):
        assert f"/api/dyads/CHN/RUS/indicators/{name}" in html


def test_data_from_files_is_escaped_everywhere(client, web_store):
    for url in ("/dyad/CHN/RUS", "/data"):
        html = client.get(url).text
        assert EVIL not in html
        assert "&lt;script&gt;alert(" in html
    dyad_html = client.get("/dyad/CHN/RUS").text
    assert "SIPRI register &lt;script&gt;" in dyad_html          # a store source's title
    assert "Brief two &lt;script&gt;" in dyad_html                # a dossier source's title
    md = client.get("/dyad/CHN/RUS/report.html").text
    assert EVIL not in md


def test_pair_form_redirects_to_the_canonical_dyad(client):
    r = client.get("/go", params={"a": "china", "b": "365", "from": "2005", "to": ""}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dyad/CHN/RUS?from=2005"
    r = client.get("/go", params={"a": "china", "b": "Atlantis"})
    assert r.status_code == 404 and "unknown state" in r.text and 'value="Atlantis"' in r.text
    r = client.get("/go", params={"a": "china", "b": "RUS", "from": "20x5"})
    assert r.status_code == 400 and "whole numbers" in r.text


def test_bad_page_parameters_get_an_html_4xx(client):
    r = client.get("/dyad/CHN/RUS", params={"from": "x"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    r = client.get("/dyad/CHN/Atlantis")
    assert r.status_code == 404 and "unknown state" in r.text
    r = client.get("/dyad/CHN/RUS/report.exe")
    assert r.status_code == 404


def test_downloads(client, web_store):
    r = client.get("/dyad/CHN/RUS/report.md")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    assert r.text.startswith("# Security cooperation: China and Russia")
    r = client.get("/dyad/CHN/RUS/report.html")
    assert r.text.startswith("<!DOCTYPE html>") and "<svg" in r.text
    r = client.get("/dyad/CHN/RUS/indicators.csv", params={"from": 2004, "to": 2010})
    assert r.headers["content-type"].startswith("text/csv")
    got = pd.read_csv(io.StringIO(r.text))
    per = got[got["indicator"] == "exercises_per_year"]
    want = Dyad("CHN", "RUS", start=2004, end=2010, dossier=make_dossier()).exercises_per_year()
    assert list(per["year"]) == list(want["year"])
    assert per["value"].isna().tolist() == want["value"].isna().tolist()


def test_data_page_shows_the_store_status(client, web_store):
    html = client.get("/data").text
    assert "web_test_notes" in html and web_store[1] in html and "trade-register.csv" in html


def test_host_header_is_checked_on_loopback(web_store):
    from fastapi.testclient import TestClient

    from amity.cli.serve import allowed_hosts_for
    from amity.web.app import create_app

    assert allowed_hosts_for("0.0.0.0") is None
    app = create_app(web_store[0], dossier=make_dossier(), allowed_hosts=allowed_hosts_for("127.0.0.1"))
    c = TestClient(app, base_url="http://127.0.0.1:8000")
    assert c.get("/api/states?q=chn").status_code == 200
    assert c.get("/api/states?q=chn", headers={"host": "evil.example:8000"}).status_code == 400


def test_serve_binds_loopback_by_default(monkeypatch, tmp_path):
    import uvicorn
    from typer.testing import CliRunner

    from amity.cli import app

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(kw, app=application))
    r = CliRunner().invoke(app, ["serve", "--home", str(tmp_path), "--port", "8123"])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert seen["app"].state.service.store_path == tmp_path / "amity.duckdb"
    assert not (tmp_path / "amity.duckdb").exists()
    r = CliRunner().invoke(app, ["serve", "--port", "0"])
    assert r.exit_code == 2
