"""The ``rank`` and ``percentile`` claim tests: a pair among all pairs, a supplier among suppliers."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from amity import claims
from amity.sources import import_files
from amity.store import Store
from tests.indicators.test_votes import expected, make_votes
from tests.sources.sipri_fixtures import register


def claim(**kw: object) -> dict:
    base = {"id": "c1", "text": "t", "indicator": "vote_agreement", "dyad": ["USA", "RUS"], "test": "percentile",
            "period": [2000, 2001]}
    return {**base, **kw}


@pytest.fixture
def votes(tmp_path: Path, store: Store) -> tuple[Store, dict]:
    df = make_votes()
    f = tmp_path / "UNVotes.csv"
    df.to_csv(f, index=False)
    import_files(store, "unga", [f])
    # agreement of every pair and year, by a plain loop over the file's rows
    by_hand: dict[int, dict[frozenset, float]] = {}
    for a, b in combinations(sorted(df["ccode"].unique()), 2):
        for year, m in expected(df, a, b).items():
            by_hand.setdefault(year, {})[frozenset((a, b))] = m["agreement"]
    return store, by_hand


def test_percentile_claim_uses_the_share_of_pairs_below(votes) -> None:
    store, by_hand = votes
    usa_rus = frozenset((2, 365))
    pct = {y: 100 * sum(v < vals[usa_rus] - 1e-12 for v in vals.values()) / len(vals) for y, vals in by_hand.items()}
    low = min(pct[2000], pct[2001])
    ok, = claims.check([claim(expected=low)], store)
    assert ok.verdict == "supported" and ok.found == pytest.approx(round(low, 1))
    bad, = claims.check([claim(expected=min(low + 15, 100))], store)
    assert bad.verdict == "contradicted"
    high = max(pct[2000], pct[2001])
    at_most, = claims.check([claim(expected=high, params={"bound": "at_most"})], store)
    assert at_most.verdict == "supported"
    assert at_most.evidence_sources and at_most.evidence_sources[0]["id"].startswith("unga:")


def test_rank_claim_among_pairs(votes) -> None:
    store, by_hand = votes
    usa_rus = frozenset((2, 365))
    worst = max(1 + sum(v > vals[usa_rus] + 1e-12 for v in vals.values()) for y, vals in by_hand.items()
                if y in (2000, 2001))
    ok, = claims.check([claim(test="rank", expected=worst)], store)
    assert ok.verdict == "supported" and ok.found == worst
    if worst > 1:
        bad, = claims.check([claim(test="rank", expected=worst - 1)], store)
        assert bad.verdict == "contradicted"


def test_rank_among_suppliers_and_customers(tmp_path: Path, store: Store) -> None:
    import_files(store, "sipri", [register(tmp_path)])
    arms = {"indicator": "deliveries_tiv", "test": "rank", "period": [1999, 2020]}
    # China's suppliers 1999-2020 with deliveries: Russia only (France's AS365 has TIV 0); Russia's customers:
    # China (900) then India (50)
    largest, = claims.check([claim(**arms, dyad=["RUS", "CHN"], expected=1, params={"among": "suppliers"})], store)
    assert largest.verdict == "supported" and largest.found == 1
    second, = claims.check([claim(**arms, dyad=["RUS", "IND"], expected=1, params={"among": "customers"})], store)
    assert second.verdict == "contradicted" and second.found == 2
    assert "of 2 among RUS's customers" in second.reason


def test_rank_claims_without_data_are_unverifiable(store: Store) -> None:
    res, = claims.check([claim(expected=50)], store)
    assert res.verdict == "unverifiable" and "amity data import unga" in res.reason


def test_rank_claim_format_is_validated() -> None:
    from amity.errors import InputError

    for bad in ({"test": "rank", "expected": 0}, {"test": "rank", "expected": 1, "params": {"among": "x"}},
                {"test": "percentile", "expected": 150}, {"test": "percentile", "expected": 5,
                                                           "params": {"bound": "sideways"}}):
        with pytest.raises(InputError):
            claims.from_dict(claim(**bad), index=1)
