"""The embedded dossier is sound: every record cites a source and a locator, values are in range."""

import pandas as pd

from amity.dossier import Dossier, load_dossier, validate


def test_embedded_dossier_validates():
    assert validate() == []


def test_every_record_has_source_and_locator():
    d = load_dossier()
    for name in ("exercises", "agreements", "meetings", "arms"):
        df = getattr(d, name)
        assert not df.empty, name
        assert (df["source"].str.strip() != "").all() and (df["locator"].str.strip() != "").all(), name
        assert set(df["source"]) <= set(d.sources["key"]), name


def test_briefs_claims_are_shipped():
    claims = load_dossier().claims
    assert len(claims) >= 25
    assert len({c["indicator"] for c in claims}) >= 5


def _tiny(**over) -> Dossier:
    base = dict(
        sources=pd.DataFrame([{"key": "b1", "title": "T", "date": "2018-01", "kind": "brief"}]),
        exercises=pd.DataFrame([{"id": "x", "year": 2005, "date": "2005-08", "domain": "land",
                                 "framework": "bilateral", "area": "Shandong", "lat": 36.0, "lon": 120.0,
                                 "participants": "CHN;RUS", "source": "b1", "locator": "p. 1"}]),
        agreements=pd.DataFrame(columns=["id", "year", "title", "kind", "source", "locator"]),
        meetings=pd.DataFrame(columns=["id", "year", "kind", "title", "source", "locator"]),
        arms=pd.DataFrame(columns=["id", "record", "supplier", "recipient", "year", "unit", "source", "locator"]),
    )
    base.update(over)
    return Dossier(**base)


def test_validator_catches_each_kind_of_problem():
    assert validate(_tiny()) == []
    bad = _tiny().exercises.copy()
    bad.loc[0, "locator"] = ""
    bad.loc[0, "lat"] = 95.0
    bad.loc[0, "domain"] = "space"
    bad.loc[0, "participants"] = "CHN;XYZ"
    bad.loc[0, "year"] = 1890
    bad.loc[0, "source"] = "nowhere"
    problems = "\n".join(validate(_tiny(exercises=bad)))
    for needle in ("locator: required", "lat: 95.0", "domain: 'space'", "unknown state code 'XYZ'",
                   "year: 1890", "unknown source key 'nowhere'"):
        assert needle in problems
    dup = pd.concat([_tiny().exercises] * 2)
    assert any("duplicate id" in p for p in validate(_tiny(exercises=dup)))
