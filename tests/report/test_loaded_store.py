"""The report and the dashboard on a loaded store: SIPRI, UN votes, military expenditure and COW
capabilities, and GDELT events, all from small files the tests write in the publishers' layouts.

Every strand's section must then show its data (a figure with its source), not the "not loaded" note,
and no section may fall back to "could not be built": a failure there is a bug and fails the test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from amity import Dyad, sources
from amity.report.base import ReportContext
from amity.report.build import build_sections, render
from amity.store import Store
from amity.web.app import create_app
from tests.sources import sipri_fixtures
from tests.sources.gdelt_fixtures import event, write_export
from tests.sources.test_cow import write_nmc
from tests.sources.test_milex import write_book


def write_un_votes(path: Path) -> Path:
    """40 roll calls of 2000–2001 in Voeten's layout: the USA and Canada vote alike, China and Russia
    alike (Russia abstains on every fourth), India in between."""
    rows = []
    for rcid in range(1, 41):
        for ccode, lean in ((2, 1), (20, 1), (365, 3), (710, 3), (750, 2)):
            vote = 2 if (ccode == 365 and rcid % 4 == 0) else lean
            rows.append({"rcid": rcid, "session": 55 + (rcid - 1) // 20, "vote": vote, "ccode": ccode, "member": 1,
                         "date": f"{2000 + (rcid - 1) // 20}-10-01", "unres": f"R/{rcid}", "importantvote": 0,
                         "me": 0, "nu": 0, "di": 0, "hr": 0, "co": 0, "ec": 0, "descr": f"resolution {rcid}"})
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


BSV = {2: (1.73, 1.81), 710: (-0.62, -0.71), 365: (-0.41, -0.44), 750: (-0.05, -0.09), 20: (1.5, 1.52)}


def write_bsv(path: Path) -> Path:
    """A Bailey–Strezhnev–Voeten release in its published CSV layout (``IdealpointestimatesAll_*.csv``):
    sessions 55 and 56 of the five states of :func:`write_un_votes`, the theta values of :data:`BSV`."""
    head = ('"","ccode","session","NVotesAll","IdealPointAll","QO%All","Q5%All","Q10%All","Q50%All","Q90%All",'
            '"Q95%All","Q100%All","iso3c","Countryname"')
    iso = {2: ("USA", "United States"), 20: ("CAN", "Canada"), 365: ("RUS", "Russia"), 710: ("CHN", "China"),
           750: ("IND", "India")}
    lines, n = [head], 0
    for ccode, thetas in BSV.items():
        for session, theta in zip((55, 56), thetas, strict=True):
            n += 1
            q = [theta - 0.6, theta - 0.2, theta - 0.15, theta, theta + 0.15, theta + 0.2, theta + 0.6]
            lines.append(f'"{n}",{ccode},{session},20,{theta},' + ",".join(f"{x:.4f}" for x in q)
                         + f',"{iso[ccode][0]}","{iso[ccode][1]}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_events(folder: Path) -> list[Path]:
    """Two days of China–Russia events (cooperative and conflictual) in the 58-column 1.0 layout."""
    files = []
    gid = 1
    for day in ("20160728", "20170105"):
        evs = []
        for a1, a2, code, quad, gold in (("CHN", "RUS", "042", 1, 1.9), ("RUS", "CHN", "036", 1, 4.0),
                                         ("CHN", "RUS", "112", 3, -2.0)):
            evs.append(event(gid=gid, day=day, a1=a1, a2=a2, code=code, quad=quad, gold=gold,
                             url=f"https://example.org/{gid}"))
            gid += 1
        files.append(write_export(folder / f"{day}.export.CSV.zip", evs, 58))
    return files


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store file, with every strand's data imported."""
    tmp = tmp_path_factory.mktemp("loaded")
    path = tmp / "home" / "amity.duckdb"
    with Store(path) as st:
        sources.import_files(st, "sipri", [sipri_fixtures.register(tmp)])
        sources.import_files(st, "unga", [write_un_votes(tmp / "UNVotes.csv")])
        sources.import_files(st, "idealpoints", [write_bsv(tmp / "IdealpointestimatesAll_Jul2023.csv")])
        sources.import_files(st, "milex", [write_book(tmp / "milex.xlsx")])
        sources.import_files(st, "nmc", [write_nmc(tmp / "NMC-60-abridged.csv")])
        sources.import_files(st, "gdelt", write_events(tmp / "gdelt"))
    return path


@pytest.fixture(scope="module")
def sections(loaded: Path) -> dict[str, object]:
    with Store(loaded, read_only=True) as st:
        ctx = ReportContext(Dyad("CHN", "RUS", store=st))
        return {s.key: s for s in build_sections(ctx)}


@pytest.mark.parametrize("key, needle", [
    ("arms", "SIPRI TIV"),             # the deliveries figure from the register
    ("un", "roll call"),               # vote agreement from the imported votes
    ("asymmetry", "military expenditure"),
    ("events", "GDELT"),
])
def test_each_loaded_strand_shows_its_data(sections: dict, key: str, needle: str) -> None:
    sec = sections[key]
    assert "could not be built" not in sec.html
    assert "<figure" in sec.html, f"{key}: no figure"
    captions = " ".join(re.findall(r"<figcaption>(.*?)</figcaption>", sec.html, re.S))
    assert needle.lower() in (captions + sec.html).lower()
    assert "Source" in captions or "source" in captions


def test_loaded_strands_do_not_ask_to_load_their_data(sections: dict) -> None:
    assert "amity data import sipri" not in sections["arms"].html
    assert "amity data import unga" not in sections["un"].html
    assert "amity data import gdelt" not in sections["events"].html
    assert "amity data import milex" not in sections["asymmetry"].html


def test_the_figures_are_the_data(loaded: Path, sections: dict) -> None:
    """The report's key figures agree with the indicators computed independently here."""
    with Store(loaded, read_only=True) as st:
        d = Dyad("RUS", "CHN", store=st)
        tiv = d.deliveries_tiv()
        # the fixture's Russian deals with China: 600 TIV over 2018–2020 and 300 over 2000–2001
        assert float(tiv.loc[tiv["year"] == 2019, "value"].iloc[0]) == pytest.approx(200.0)
        assert float(tiv.loc[tiv["year"] == 2000, "value"].iloc[0]) == pytest.approx(150.0)
        va = Dyad("CHN", "RUS", store=st).vote_agreement()
        # Russia abstains (0.5 agreement) on 5 of each session's 20 roll calls: (15 + 2.5) / 20
        assert set(va.dropna(subset=["value"])["value"].round(4)) == {0.875}


def test_published_ideal_points_beside_amitys(sections: dict, loaded: Path) -> None:
    """The UN section, in the report and on the dashboard, shows the imported BSV estimates of both states with
    their 5–95 % band, beside amity's own."""
    html = sections["un"].html
    assert "Bailey–Strezhnev–Voeten" in html
    for theta in (*BSV[710], *BSV[365]):
        lo, hi = theta - 0.2, theta + 0.2  # the release's Q5% and Q95%
        assert f"{theta:.2f}" in html and f"{lo:.2f} – {hi:.2f}" in html
    # the USA is not in the China–Russia table (its band, not its bare value: amity's own figures, such as a
    # distance to the USA, may print the same two decimals)
    assert f"{BSV[2][0] - 0.2:.2f} – {BSV[2][0] + 0.2:.2f}" not in html
    with TestClient(create_app(loaded), raise_server_exceptions=False) as c:
        page = c.get("/dyad/CHN/RUS")
    assert page.status_code == 200 and "Bailey–Strezhnev–Voeten" in page.text
    assert f"{BSV[710][1] - 0.2:.2f} – {BSV[710][1] + 0.2:.2f}" in page.text


def test_the_whole_report_renders_with_data(loaded: Path) -> None:
    with Store(loaded, read_only=True) as st:
        ctx = ReportContext(Dyad("CHN", "RUS", store=st))
        html, md = render(ctx, "html"), render(ReportContext(Dyad("CHN", "RUS", store=st)), "md")
    assert "could not be built" not in html and "<script" not in html.lower()
    assert html.count("<svg") >= 6
    for sid in ("sipri:", "unga:", "milex:", "nmc:", "gdelt:"):
        assert sid in html, sid
    assert "Arms transfers" in md and "SIPRI" in md


def test_dashboard_pages_on_the_loaded_store(loaded: Path) -> None:
    with TestClient(create_app(loaded), raise_server_exceptions=False) as c:
        page = c.get("/dyad/CHN/RUS")
        assert page.status_code == 200 and "could not be built" not in page.text
        assert page.text.count("data-vl=") >= 4            # interactive charts of the loaded strands
        ov = c.get("/api/dyads/RUS/CHN").json()
        rows = {i["name"]: i for i in ov["indicators"]}
        for name in ("deliveries_tiv", "vote_agreement", "milex_ratio", "cinc_ratio", "events"):
            assert rows[name]["error"] is None and rows[name]["values"] > 0, (name, rows[name])
        # Russia is named apart from the Soviet Union from 1992: its series starts then (0 before 2000)
        assert rows["deliveries_tiv"]["first_year"] == 1992
        data = c.get("/data")
        assert data.status_code == 200 and "sipri:" in data.text and "gdelt:" in data.text
