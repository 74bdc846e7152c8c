"""A claim that something did *not* happen is supported by curated records only where they are declared
a complete census (``completeness.csv``) for that kind and period."""

from __future__ import annotations

import dataclasses

import pandas as pd

from amity import claims
from amity.dossier import census_complete, load_dossier

CLAIM = {"id": "none-2007-2016", "text": "no joint statement 2007-2016", "indicator": "meetings",
         "dyad": ["CHN", "RUS"], "test": "count", "period": [2007, 2016], "expected": 0, "unit": "records",
         "params": {"kind": "joint-statement"}, "said_in": {"source": "someone-else", "locator": "p. 1"}}


def _with_completeness(rows: list[dict]) -> object:
    d = load_dossier()
    comp = pd.DataFrame(rows, columns=["table", "kind", "from_year", "to_year", "complete", "basis", "source",
                                       "locator"])
    # no joint-statement meetings in the period, so that the count is 0 either way
    meetings = d.meetings[~((d.meetings["kind"] == "joint-statement") & d.meetings["year"].between(2007, 2016))]
    return dataclasses.replace(d, completeness=comp, meetings=meetings)


def test_absence_supports_only_a_declared_census(store) -> None:
    plain = _with_completeness([])
    res, = claims.check([CLAIM], store, dossier=plain)
    assert res.verdict == "unverifiable" and "not declared a complete census" in res.reason
    full = _with_completeness([{"table": "meetings", "kind": "joint-statement", "from_year": 2000, "to_year": 2020,
                                "complete": "true", "basis": "a list", "source": "x", "locator": "p. 1"}])
    res, = claims.check([CLAIM], store, dossier=full)
    assert res.verdict == "supported"


def test_census_complete_needs_every_year_covered() -> None:
    d = _with_completeness([
        {"table": "exercises", "kind": "air-patrol", "from_year": 2019, "to_year": 2021, "complete": "true"},
        {"table": "exercises", "kind": "air-patrol", "from_year": 2023, "to_year": 2025, "complete": "true"},
        {"table": "exercises", "kind": "", "from_year": 2003, "to_year": 2025, "complete": "false"}])
    assert census_complete("exercises", "air-patrol", 2019, 2021, d)
    assert not census_complete("exercises", "air-patrol", 2019, 2023, d)  # 2022 not declared
    assert not census_complete("exercises", None, 2019, 2020, d)  # all kinds: declared not complete
    assert not census_complete("meetings", "air-patrol", 2019, 2020, d)
