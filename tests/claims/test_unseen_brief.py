"""A brief amity was not built against, checked against the real SIPRI register (issue 14, "done when").

The test writes a brief in the forms analysts use ("Russia accounted for N per cent of India's arms
imports in 2017–21", "Indian arms imports decreased by N per cent between ..."), with figures it computes
itself with pandas from the raw register CSV, independently of amity's importer and indicators:
each deal's delivered TIV is spread evenly over its listed delivery years, then summed. amity must
support every figure, and contradict every figure of a copy with the numbers changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

REGISTER = "sipri/trade-register-2025-03.csv"
P1, P2 = (2012, 2016), (2017, 2021)


def _yearly(path: Path) -> pd.DataFrame:
    """Delivered TIV per supplier, recipient, year and weapon description, straight from the CSV."""
    raw = pd.read_csv(path, encoding="latin-1", skiprows=11, dtype=str)
    raw = raw.rename(columns={"Year(s) of delivery": "years", "SIPRI TIV of delivered weapons": "tiv",
                              "Weapon description": "desc"})
    raw = raw[raw["years"].notna() & raw["tiv"].notna()].copy()
    raw["tiv"] = raw["tiv"].astype(float)
    raw["year"] = raw["years"].str.split(";")
    raw["n"] = raw["year"].str.len()
    long = raw.explode("year")
    long["year"] = long["year"].str.strip().astype(int)
    long["tiv"] = long["tiv"] / long["n"]
    return long[["Supplier", "Recipient", "year", "tiv", "desc"]]


def _sum(d: pd.DataFrame, years: tuple[int, int], **eq: str) -> float:
    m = d["year"].between(*years)
    for col, v in eq.items():
        m &= d[col] == v
    return float(d.loc[m, "tiv"].sum())


@pytest.fixture(scope="module")
def expected(shared_data: Path) -> dict[str, float]:
    d = _yearly(shared_data / REGISTER)
    ind_p1, ind_p2 = _sum(d, P1, Recipient="India"), _sum(d, P2, Recipient="India")
    rus_p2 = _sum(d, P2, Supplier="Russia")
    engines = d[d["desc"].str.lower().str.contains("engine|turbofan|turbojet|turboprop|gas turbine", regex=True)
                & ~d["desc"].str.lower().str.contains("satellite")]
    return {
        "dependence": 100 * _sum(d, P2, Supplier="Russia", Recipient="India") / ind_p2,
        "change": 100 * (ind_p2 - ind_p1) / ind_p1,
        "world": 100 * rus_p2 / _sum(d, P2),
        "to_china": 100 * _sum(d, P2, Supplier="Russia", Recipient="China") / rus_p2,
        "engines": 100 * _sum(engines, P2, Recipient="China") / _sum(d, P2, Recipient="China"),
    }


def _brief(e: dict[str, float], shift: float = 0.0) -> str:
    """The brief, each figure rounded as a writer would (``shift`` moves every figure away from the data)."""
    def r(x: float) -> int:
        return round(x + shift)

    change = r(abs(e["change"])) if e["change"] < 0 else -r(e["change"])
    verb = "decreased" if e["change"] < 0 else "increased"
    return f"""---
title: Russia and India, arms and dependence
date: 2022-03-20
---
RUSSIA AND INDIA

Russia accounted for {r(e['dependence'])} per cent of India's arms imports in 2017–21.
Between 2012–16 and 2017–21 Indian arms imports {verb} by {change} per cent.
Russia's share of global arms exports was {r(e['world'])} per cent in 2017–21.
Some {r(e['to_china'])} per cent of Russia's arms exports went to China in 2017–21.
Engines accounted for {r(e['engines'])} per cent of China's arms imports in 2017–21.
"""


INDICATORS = {"import_dependence", "recipient_total_imports", "supplier_world_share", "share_of_supplier_exports",
              "weapon_category_share"}


def _check(tmp_path: Path, text: str, name: str, *args: str) -> tuple[int, list[dict]]:
    from amity.cli import app

    brief = tmp_path / name
    brief.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(app, ["claims", "check", str(brief), "--json", *args])
    return r.exit_code, (json.loads(r.stdout) if r.stdout.strip().startswith("[") else r.output)


def test_figures_of_an_unseen_brief_agree_with_the_register(shared_data: Path, store, expected, tmp_path: Path
                                                             ) -> None:
    from amity.sources import sipri

    sipri.import_files(store, [shared_data / REGISTER])
    store.close()
    code, res = _check(tmp_path, _brief(expected), "india-brief.txt")
    assert code == 0, res
    arms = {r["indicator"]: r for r in res if r["indicator"] in INDICATORS}
    assert set(arms) == INDICATORS, [(r["indicator"], r["reason"]) for r in res]
    for name, r in arms.items():
        assert r["verdict"] == "supported", (name, r["reason"])
        assert r["said_in"]["source"] == "india-brief" and r["said_in"]["locator"].startswith("paragraph")
        assert r["evidence_sources"] and r["evidence_sources"][0]["vintage"].startswith("2025-03")
    # the figure amity found is the one computed here from the raw file
    assert arms["import_dependence"]["found"] == pytest.approx(expected["dependence"], abs=0.01)
    assert arms["recipient_total_imports"]["found"] == pytest.approx(expected["change"], abs=0.01)
    assert arms["supplier_world_share"]["found"] == pytest.approx(expected["world"], abs=0.01)
    assert arms["share_of_supplier_exports"]["found"] == pytest.approx(expected["to_china"], abs=0.01)
    assert arms["weapon_category_share"]["found"] == pytest.approx(expected["engines"], abs=0.01)

    code, res = _check(tmp_path, _brief(expected, shift=7), "india-brief-changed.txt", "--fail-on", "contradicted")
    assert code == 1
    changed = {r["indicator"]: r for r in res if r["indicator"] in INDICATORS}
    assert set(changed) == INDICATORS
    assert {r["verdict"] for r in changed.values()} == {"contradicted"}, [r["reason"] for r in changed.values()]


# -- vintage-aware verdicts: the data the brief could use, and the newest revision ---------------------
OLD_ROWS = ["India,Russia,2015,,2,,Talwar,frigate,2,,2017,New,,50,100,100",
            "India,France,2015,,1,,Scorpene,submarine,1,,2017,New,,100,100,100"]
NEW_ROWS = ["India,Russia,2015,,2,,Talwar,frigate,2,,2017,New,,50,100,100",
            "India,France,2015,,1,,Scorpene,submarine,1,,2017,New,,300,300,300"]


def _two_vintages(store, tmp_path: Path) -> None:
    from amity.sources import sipri
    from tests.sources.sipri_fixtures import register

    sipri.import_files(store, [register(tmp_path, "old.csv", date="14 Mar 2022 09:00:00 AM", rows=OLD_ROWS)])
    sipri.import_files(store, [register(tmp_path, "new.csv", date="11 Mar 2024 09:00:00 AM", rows=NEW_ROWS)])


def test_verdict_on_the_data_the_brief_could_use_and_on_the_revision(store, tmp_path: Path) -> None:
    """Russia's share of India's imports in 2017: 50 % in the 2022 data (100 of 200 TIV), 25 % after the
    2024 revision (100 of 400); a brief dated 2023 saying 50 % is supported as published, contradicted now."""
    from amity import claims

    _two_vintages(store, tmp_path)
    text = "---\ndate: 2023-01-10\n---\nRussia accounted for 50 per cent of India's arms imports in 2017.\n"
    cands = [c for c in claims.extract(text, source="b") if c.claim]
    assert len(cands) == 1 and cands[0].claim["said_in"]["date"] == "2023-01-10"
    (res,) = claims.check([cands[0].claim], store)
    assert res.verdict == "contradicted" and res.found == 25.0
    assert res.as_published and res.as_published["verdict"] == "supported" and res.as_published["found"] == 50.0
    assert res.as_published["vintage"] == "2022-03-14"
    assert "supported by the 2022-03-14 data the brief could use; contradicted by the 2024-03-11 revision" \
        in res.reason
    assert res.to_dict()["as_published"]["verdict"] == "supported"
    # a brief dated after the revision: one vintage to use, nothing to add
    (res2,) = claims.check([{**cands[0].claim, "said_in": {"source": "b", "locator": "x", "date": "2024-06"}}],
                           store)
    assert res2.verdict == "contradicted" and res2.as_published is None
    # a brief dated before any data was published says so
    (res3,) = claims.check([{**cands[0].claim, "said_in": {"source": "b", "locator": "x", "date": "2019"}}], store)
    assert "no SIPRI data published before the brief's date (2019)" in res3.reason


def test_pooled_shares_changes_and_ratios_on_a_small_register(store, tmp_path: Path) -> None:
    """Hand-computed: India gets 100 (2017) + 300 (2018) from Russia and 100 (2017) + 100 (2018) from France;
    China gets 100 (2018) from Russia. Pooled 2017–18: Russia 400 of India's 600 = 66.7 % (the mean of the
    yearly shares, 50 % and 75 %, would be 62.5 %); Russia→India 2018 is 3 times Russia→China."""
    from amity import claims
    from amity.sources import sipri
    from tests.sources.sipri_fixtures import register

    rows = ["India,Russia,2015,,2,,Talwar,frigate,2,,2017,New,,50,100,100",
            "India,Russia,2016,,3,,Kilo,submarine,3,,2018,New,,100,300,300",
            "India,France,2015,,2,,Rafale,FGA aircraft,2,,2017; 2018,New,,100,200,200",
            "China,Russia,2016,,1,,Su-35,FGA aircraft,1,,2018,New,,100,100,100"]
    sipri.import_files(store, [register(tmp_path, "r.csv", rows=rows)])
    base = {"said_in": {"source": "b", "locator": "x"}, "text": "t"}
    res = claims.check([
        {**base, "id": "pooled", "indicator": "import_dependence", "dyad": ["RUS", "IND"], "test": "share",
         "period": [2017, 2018], "expected": 67, "tolerance": 0.5, "unit": "percent",
         "params": {"aggregate": "pooled"}},
        {**base, "id": "mean", "indicator": "import_dependence", "dyad": ["RUS", "IND"], "test": "share",
         "period": [2017, 2018], "expected": 67, "tolerance": 0.5, "unit": "percent", "params": {"aggregate": "mean"}},
        {**base, "id": "change", "indicator": "deliveries_tiv", "dyad": ["RUS", "IND"], "test": "trend",
         "period": [2017, 2018], "expected": 200, "tolerance": 0.5, "unit": "percent",
         "params": {"before": [2017, 2017], "after": [2018, 2018], "method": "sum", "direction": "increase"}},
        {**base, "id": "ratio", "indicator": "deliveries_tiv", "dyad": ["RUS", "IND"], "test": "comparison",
         "period": [2018, 2018], "tolerance": 0.5, "params": {"other": ["RUS", "CHN"], "relation": "greater",
                                                             "ratio": 3, "method": "sum"}},
        {**base, "id": "ratio-wrong", "indicator": "deliveries_tiv", "dyad": ["RUS", "IND"], "test": "comparison",
         "period": [2018, 2018], "tolerance": 0.5, "params": {"other": ["RUS", "CHN"], "relation": "greater",
                                                             "ratio": 5, "method": "sum"}},
    ], store)
    by = {r.id: r for r in res}
    assert by["pooled"].verdict == "supported" and by["pooled"].found == pytest.approx(66.67, abs=0.01)
    assert by["mean"].verdict == "contradicted" and by["mean"].found == pytest.approx(62.5)
    assert by["change"].verdict == "supported" and by["change"].found == pytest.approx(200.0)
    assert by["ratio"].verdict == "supported" and by["ratio"].found == pytest.approx(3.0)
    assert by["ratio-wrong"].verdict == "contradicted"


def test_tables_of_a_brief_say_its_claims_were_machine_read(tmp_path: Path) -> None:
    """A table of claims read from a brief's text says, on stderr, that they need review; JSON output is unchanged
    (a list of claims only)."""
    from amity.cli import app
    from amity.cli.claims import MACHINE_READ

    brief = tmp_path / "brief.txt"
    brief.write_text("Russia accounted for 45 per cent of India's arms imports in 2017-21.\n", encoding="utf-8")
    for cmd in (["claims", "check", str(brief)], ["claims", "extract", str(brief)]):
        r = CliRunner().invoke(app, cmd)
        assert r.exit_code == 0, r.output
        assert MACHINE_READ in r.stderr and MACHINE_READ not in r.stdout
    code, rows = _check(tmp_path, brief.read_text(encoding="utf-8"), "again.txt")
    assert code == 0 and isinstance(rows, list) and rows
