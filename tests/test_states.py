import csv

import pytest

from amity import states
from amity.errors import UnknownState


@pytest.mark.parametrize(
    "query, cow",
    [("CHN", 710), ("RUS", 365), ("Russian Federation", 365), ("Soviet Union", 365), ("USSR", 365),
     ("365", 365), ("United States of America", 2), ("us", 2), ("China", 710), ("IND", 750),
     ("German Federal Republic", 260), ("viet nam", 816)],
)
def test_lookup_bridges_names_and_codes(query, cow):
    assert states.lookup(query).cow == cow


def test_russia_continues_the_soviet_union():
    ru = states.lookup("Soviet Union")
    assert ru is states.lookup("RUS")
    assert ru.start_year == 1816 and ru.end_year is None
    assert "Soviet Union" in ru.sipri_names and "Russia" in ru.sipri_names
    assert ru.exists_in(1950) and ru.exists_in(2000)


def test_unknown_state_lists_closest_matches():
    with pytest.raises(UnknownState) as exc:
        states.lookup("Rusia")
    assert "Russia (RUS)" in str(exc.value)


def test_codes_are_plain_codes():
    t = states.table()
    assert t["iso2"].str.fullmatch(r"[A-Z]{2}|").all()
    assert t["iso3"].str.fullmatch(r"[A-Z]{3}|").all()
    assert states.lookup("GB").iso3 == "GBR" and states.lookup("GR").iso3 == "GRC"


def test_codes_unique_and_iso3_present_for_current_states():
    t = states.table()
    assert t["cow"].is_unique
    iso = t.loc[t["iso3"] != "", "iso3"]
    assert iso.is_unique
    current = t[t["end_year"] == ""]
    assert (current["iso3"] != "").all(), current.loc[current["iso3"] == "", "name"].tolist()


def test_spells_follow_cow_membership(shared_data):
    """Membership per year equals an independent count from COW's states2016.csv."""
    with open(shared_data / "cow" / "states2016.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for year in (1816, 1900, 1946, 1991, 2016):
        expected = {int(r["ccode"]) for r in rows if int(r["styear"]) <= year <= int(r["endyear"])}
        got = {s.cow for s in states.existing_in(year)}
        assert got == expected, year


def test_search_ranks_exact_codes_first():
    hits = states.search("rus")
    assert hits[0].cow == 365
    assert states.search("") == []


def test_iso3_codes_win_over_cow_abbreviations() -> None:
    # COW abbreviates Montenegro MNG, Austria AUS and Switzerland SWZ: the ISO3 codes of Mongolia,
    # Australia and Eswatini. Users write ISO3 codes, so those win; COW numbers still reach the others.
    lookup = states.lookup
    assert lookup("MNG").cow == 712 and lookup("AUS").cow == 900 and lookup("SWZ").cow == 572
    assert lookup(341).iso3 == "MNE" and lookup(305).iso3 == "AUT" and lookup(225).iso3 == "CHE"
