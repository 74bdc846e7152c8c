"""``amity arms deals|deliveries`` via Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from amity import sources
from amity.cli.arms import app
from tests.sources.sipri_fixtures import register

runner = CliRunner()


@pytest.fixture
def home(tmp_path: Path, amity_home: Path) -> Path:
    from amity.store import Store

    with Store(amity_home / "amity.duckdb") as st:
        sources.import_files(st, "sipri", [register(tmp_path)])
    return amity_home


def test_deals_json(home: Path) -> None:
    r = runner.invoke(app, ["deals", "RUS", "CHN", "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [x["weapon_designation"] for x in rows] == ["Su-30MKK", "S-400", "Ka-31"]
    s400 = rows[1]
    for key in ("year_of_order", "number_ordered", "weapon_description", "number_delivered", "delivery_years",
                "status", "comments", "tiv_per_unit", "tiv_order", "tiv_delivered", "year_of_order_estimate"):
        assert key in s400
    assert s400["delivery_years"] == "2018; 2019; 2020" and s400["year_of_order_estimate"] is True
    r = runner.invoke(app, ["deals", "RUS", "CHN", "--from", "2010", "--csv"])
    assert r.exit_code == 0 and "Su-30MKK" not in r.stdout and "S-400" in r.stdout


def test_deliveries_with_predecessor(home: Path) -> None:
    r = runner.invoke(app, ["deliveries", "RUS", "CHN", "--json"])
    rows = {x["year"]: x for x in json.loads(r.stdout)}
    assert rows.get(1956, {"value": None})["value"] is None and min(rows) == 1992
    assert rows[2018]["value"] == pytest.approx(200)
    r = runner.invoke(app, ["deliveries", "RUS", "CHN", "--with-predecessor", "--json"])
    rows = {x["year"]: x for x in json.loads(r.stdout)}
    assert rows[1956]["value"] == pytest.approx(50)


def test_not_loaded_is_an_error(amity_home: Path) -> None:
    r = runner.invoke(app, ["deliveries", "RUS", "CHN"])
    assert r.exit_code != 0 and "amity data import sipri" in str(r.exception)
