"""A sentence put in the forms the SIPRI rules read (:mod:`amity.claims.wording`); what the rules then read from each
form is pinned in ``test_extract.py``."""

from __future__ import annotations

from amity.claims.wording import normalise_figures, normalise_wording


def test_figures_in_one_form() -> None:
    assert normalise_figures("roughly six percent") == "roughly 6 percent"
    assert normalise_figures("Eighty-nine per cent of them") == "89 per cent of them"
    assert normalise_figures("a 74pc share") == "a 74 per cent share"
    assert normalise_figures("1,5% of them") == "1.5% of them"
    assert normalise_figures("exports of 1,500 units") == "exports of 1,500 units"  # a thousands separator
    assert normalise_figures("between 2004/08 and 2009/13") == "between 2004-08 and 2009-13"
    assert normalise_figures("in 2013-’17") == "in 2013-17"
    assert normalise_figures("from 32 to 37 percent") == "from 32 percent to 37 percent"
    # a range in words with its unit once: both ends as digits ("from two" was left a word, and the share read with
    # the period of the other end)
    assert normalise_figures("grew from two to five percent") == "grew from 2 percent to 5 percent"
    assert normalise_figures("from seven to 14 %") == "from 7% to 14%"


def test_the_day_a_thing_was_said_is_dropped() -> None:
    assert normalise_figures("SIPRI reported on February 22, 2016, that imports fell") == (
        "SIPRI reported that imports fell")
    assert normalise_figures("the report released on 11 March 2019 shows") == "the report released shows"
    assert normalise_figures("arms imports fell in 2016") == "arms imports fell in 2016"  # a year is kept


def test_variants_of_a_wording_in_one_form() -> None:
    assert normalise_wording("Peru's arms imports saw a 12% rise.") == "Peru's arms imports increased by 12%."
    assert normalise_wording("arms purchases by Peru") == "arms imports by Peru"
    assert normalise_wording("The largest share of Peru's arms imports—36 per cent—came from Chile.") == (
        "36 per cent of Peru's arms imports came from Chile.")
    # a negated bound is the other bound
    assert normalise_wording("Chile has not accounted for more than half of Peru's arms imports.") == (
        "Chile has accounted for at most half of Peru's arms imports.")
    assert normalise_wording("Chile was never below 40 per cent of Peru's arms imports.") == (
        "Chile was at least 40 per cent of Peru's arms imports.")
    # a sentence with no variant is left as written
    s = "Chile accounted for 36 per cent of Peru's arms imports in 2019-23."
    assert normalise_wording(s) == s
