"""Claim files: loading, validation and the errors that name file, line, claim and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from amity.claims import load, parse
from amity.errors import InputError

GOOD = """\
- id: a-peak
  text: transfers peaked in 2005
  said_in: {source: fiia-2018, locator: "p. 6"}
  indicator: deliveries_tiv
  dyad: [RUS, CHN]
  test: peak
  period: [1992, 2017]
  expected: 2005
  unit: year
- id: a-trend
  text: rose after 2015
  said_in: {source: fiia-2018, locator: "p. 1"}
  indicator: deliveries_tiv
  dyad: [RUS, CHN]
  test: trend
  period: [2012, 2017]
  params: {before: [2012, 2015], after: [2016, 2017], direction: increase}
"""


def test_load_good_file(tmp_path: Path) -> None:
    p = tmp_path / "c.yaml"
    p.write_text(GOOD, encoding="utf-8")
    cs = load(p)
    assert [c.id for c in cs] == ["a-peak", "a-trend"]
    assert cs[0].period == (1992, 2017) and cs[0].dyad == ("RUS", "CHN") and cs[0].source == "fiia-2018"
    assert cs[1].years() == (2012, 2017)
    assert cs[1].indicator_params() == {}


@pytest.mark.parametrize(("old", "new", "field", "line"), [
    ("test: trend", "test: wobble", "test", 10),
    ("period: [2012, 2017]", "period: [2017, 2012]", "period", 10),
    ("dyad: [RUS, CHN]\n  test: trend", "dyad: [RUS, XXQ]\n  test: trend", "dyad", 10),
    ("direction: increase", "direction: up", "params", 10),
    ("expected: 2005", "expected: soon", "expected", 1),
])
def test_bad_field_names_file_line_claim_and_field(old: str, new: str, field: str, line: int) -> None:
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    with pytest.raises(InputError) as ei:
        parse(text, file="mine.yaml")
    err = ei.value
    assert err.file == "mine.yaml" and err.field == field and err.line == line
    assert ("a-trend" if line == 10 else "a-peak") in str(err)
    assert "\n" not in str(err)


def test_duplicate_id_and_not_a_list() -> None:
    with pytest.raises(InputError, match="unique"):
        parse(GOOD.replace("id: a-trend", "id: a-peak"), file="x.yaml")
    with pytest.raises(InputError, match="list"):
        parse("id: x\n", file="x.yaml")
    with pytest.raises(InputError, match="YAML"):
        parse("- [unclosed\n", file="x.yaml")


def test_value_claim_needs_single_year_or_aggregate() -> None:
    base = GOOD.split("- id: a-trend")[0].replace("test: peak", "test: value").replace("expected: 2005",
                                                                                        "expected: 3.1")
    with pytest.raises(InputError) as ei:
        parse(base)
    assert ei.value.field == "period"
    assert parse(base.replace("period: [1992, 2017]", "period: [2005, 2005]"))[0].expected == 3.1


def test_cli_bad_claims_file_exits_2(tmp_path: Path) -> None:
    from amity.cli import app

    p = tmp_path / "bad.yaml"
    p.write_text(GOOD.replace("test: trend", "test: wobble"), encoding="utf-8")
    from amity.cli import main  # noqa: F401  (the entry point maps AmityError to exit 2)

    res = CliRunner().invoke(app, ["claims", "check", str(p)])
    assert isinstance(res.exception, InputError)
    assert "bad.yaml:10" in str(res.exception) and "a-trend" in str(res.exception)


def test_cli_check_yaml_fail_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    from amity import indicators
    from amity.cli import app
    from amity.indicators import Indicator

    def fake(dyad, **kw):  # noqa: ANN001, ANN003, ANN202
        return pd.DataFrame({"year": [2004, 2005, 2006], "value": [1.0, 9.0, 2.0], "unit": "SIPRI TIV (millions)",
                             "coverage": "t", "source_ids": "s"})

    ind = Indicator("deliveries_tiv", fake, "a", "TIV", True, "")
    monkeypatch.setitem(indicators.registry(), "deliveries_tiv", ind)
    p = tmp_path / "c.yaml"
    p.write_text(GOOD.split("- id: a-trend")[0].replace("[1992, 2017]", "[2004, 2006]"), encoding="utf-8")
    r = CliRunner().invoke(app, ["claims", "check", str(p), "--json", "--fail-on", "contradicted"])
    assert r.exit_code == 0, r.output
    assert '"verdict": "supported"' in r.output
    p.write_text(p.read_text().replace("expected: 2005", "expected: 2006"), encoding="utf-8")
    r = CliRunner().invoke(app, ["claims", "check", str(p), "--csv", "--fail-on", "contradicted"])
    assert r.exit_code == 1 and "contradicted" in r.output
