"""The words the claim rules read (:mod:`amity.claims.lexicon`): states' names as written in briefs, and the words of
periods, changes and regions."""

from __future__ import annotations

import re

from amity.claims.lexicon import (
    ALL_STATES,
    CHANGE_DOWN,
    CHANGE_UP,
    PERIOD_WORDS,
    RE,
    REGION,
    number_of,
    state_code,
    state_group,
    state_rx,
    states_at,
)


def test_states_at_gives_each_state_its_place_and_whether_it_is_possessive() -> None:
    s = "Peru's arms imports from the United States and Chile fell."
    assert states_at(s) == [(0, 6, "PER", True), (25, 42, "USA", False), (47, 52, "CHL", False)]
    assert s[25:42] == "the United States"
    assert states_at("The report names no state.") == []


def test_a_name_a_demonym_and_a_capital_are_one_state() -> None:
    assert [state_code(n) for n in ("Britain", "British", "London", "the UK", "Seoul", "Saudis", "Washington")] == [
        "GBR", "GBR", "GBR", "GBR", "KOR", "SAU", "USA"]
    assert state_code("") is None and state_code(None) is None and state_code("Atlantis") is None
    # a state's names as a named group, as the rules put them in their patterns
    m = re.search(state_group("x"), "arms exports to India's neighbours")
    assert m is not None and m.group("x") == "India"
    # a state outside the brief-level list is read by its table names too
    assert state_rx("DZA").search("Algeria's imports") and "Algeria" in ALL_STATES["DZA"]


def test_the_words_of_periods_changes_and_regions() -> None:
    assert [m.group(0) for m in re.finditer(PERIOD_WORDS, "in 2015-2019, 2007–11 and 2012 to 2016, not 20150")] == [
        "2015-2019", "2007–11", "2012 to 2016"]
    assert re.fullmatch(CHANGE_UP, "skyrocketed") and re.fullmatch(CHANGE_DOWN, "plummeted")
    assert not re.fullmatch(CHANGE_UP, "plummeted")
    assert REGION.search("imports by European states") and not REGION.search("Peru's imports")
    assert (number_of("five"), number_of("Fifteen"), number_of("5")) == (5, 15, 5)


def test_each_pattern_is_compiled_once() -> None:
    from amity.claims import lexicon

    pattern = r"\bzq-test-(\d+)\b"
    assert RE.search(pattern, "zq-test-1").group(1) == "1"
    hits = lexicon._compiled.cache_info().hits
    assert RE.search(pattern, "zq-test-2").group(1) == "2"  # the second use finds it compiled
    assert lexicon._compiled.cache_info().hits == hits + 1
