"""End to end in headless Chromium (the system browser, driven by Playwright): pick China and Russia,
see the charts, sort a table, and check that nothing is loaded from outside the local server."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import EVIL, make_dossier

pytestmark = pytest.mark.browser

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium")
                 if p and Path(p).exists()), None)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_server(app: object) -> Iterator[str]:
    """Serve ``app`` under uvicorn in a thread on a free loopback port; yields its base URL."""
    import uvicorn

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not t.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(10)


@pytest.fixture(scope="module")
def server(web_store: tuple[Path, str]) -> Iterator[str]:
    """The dashboard on a free loopback port; yields its base URL."""
    from amity.cli.serve import allowed_hosts_for
    from amity.web.app import create_app

    yield from run_server(create_app(web_store[0], dossier=make_dossier(),
                                     allowed_hosts=allowed_hosts_for("127.0.0.1")))


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Chromium not found (apt-get install chromium); skipping the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Python Playwright not installed (pip install playwright); skipping the browser tests")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_pick_china_and_russia_and_see_the_charts(browser, server, tmp_path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    outside: list[str] = []
    dialogs: list[str] = []

    def route(r) -> None:  # noqa: ANN001
        if r.request.url.startswith(server + "/"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type in ("error", "warning") else None)
    page.goto(server + "/")
    assert page.title().startswith("Pick a pair of states")

    # typing asks /api/states for suggestions, which fill the datalist
    page.locator("#state-a").press_sequentially("Chin", delay=30)
    page.locator("#states-a option").first.wait_for(state="attached", timeout=10_000)
    assert page.locator("#states-a option").first.get_attribute("value") == "China"
    page.locator("#state-a").fill("China")
    page.locator("#state-b").fill("Russia")
    page.locator("#go").click()
    page.wait_for_url(server + "/dyad/CHN/RUS", timeout=60_000)
    assert page.locator("h1").inner_text().startswith("China")

    # the static SVGs become interactive Vega charts (vendored scripts, no eval under the CSP)
    page.locator("figure.chart.interactive").first.wait_for(timeout=30_000)
    page.wait_for_function("document.querySelectorAll('figure.chart[data-vl]:not(.interactive)').length === 0",
                           timeout=30_000)
    assert page.locator("figure.chart.interactive .vl-host svg").count() >= 3
    # hovering a bar shows its values in a tooltip
    fig = page.locator("#exercises figure.chart.interactive").first
    fig.scroll_into_view_if_needed()
    bar = fig.locator('.vl-host svg path[aria-roledescription="bar"][aria-label*="value: 1"]').first
    bb = bar.bounding_box()
    assert bb is not None and bb["height"] > 5
    page.mouse.move(bb["x"] + bb["width"] / 2, bb["y"] + bb["height"] / 2)
    page.locator("#vg-tooltip-element").wait_for(state="visible", timeout=10_000)
    assert "value" in page.locator("#vg-tooltip-element").inner_text()
    assert not [m for m in console_errors if "Content Security Policy" in m or "stays static" in m], console_errors
    charts = page.locator("figure.chart svg")
    assert charts.count() >= 3
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 50
    assert page.locator("#exercises figure").count() >= 3

    # data from files shows as text and never runs
    assert EVIL in page.locator("#exercises").inner_text()
    assert dialogs == []

    # tables sort on a click: the indicators by last year, descending after two clicks
    head = page.locator("#indicators-table th", has_text="Last year")
    head.click()
    head.click()
    assert head.get_attribute("aria-sort") == "descending"
    col = page.locator("#indicators-table tbody tr td:nth-child(6)").all_inner_texts()
    nums = [int(x) for x in col if x != "NA"]
    assert nums == sorted(nums, reverse=True) and nums
    assert col[-1] == "NA" or "NA" not in col          # missing sorts last

    shot = tmp_path / "dyad-CHN-RUS.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    section = tmp_path / "exercises.png"
    page.locator("#exercises").screenshot(path=str(section))
    assert section.stat().st_size > 10_000
    assert outside == [], f"requests to outside: {outside}"
    page.close()


def test_every_page_loads_only_local_resources(browser, server):
    page = browser.new_page()
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    for path in ("/", "/data", "/dyad/RUS/CHN?from=2005&to=2015", "/dyad/CHN/Atlantis"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    outside = [u for u in seen if not u.startswith(server + "/")]
    assert seen and outside == [], outside
    page.close()
