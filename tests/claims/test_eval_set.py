"""The evaluation set of claim extraction (tests/claims/eval) and its scoring script (tools/eval_claims.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: every part on disk, measured or not yet (a new part is validated before it is ever scored)
ALL_PARTS = sorted(p.stem for p in (ROOT / "tests" / "claims" / "eval").glob("*.yaml"))


@pytest.fixture(scope="module")
def ev():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("eval_claims", ROOT / "tools" / "eval_claims.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.mark.parametrize("part", ALL_PARTS)
def test_every_labelled_claim_is_a_valid_claim_with_its_source(ev, part: str) -> None:  # noqa: ANN001
    from amity.claims.model import from_dict

    docs = ev.load(part)
    assert len(docs) >= 3  # issue 14: "at least three public briefs or articles" (heldout59 has three)
    for doc in docs:
        assert doc["url"].startswith(("https://", "http://")) and doc["sentences"]
        for s in doc["sentences"]:
            for i, c in enumerate(s["claims"]):
                side = ev.ONE_STATE.get(c["indicator"])
                dyad = list(c["dyad"])
                if side is not None:  # the unused side: any other state
                    assert dyad[1 - side] is None
                    dyad[1 - side] = "USA" if dyad[side] != "USA" else "RUS"
                from_dict({**c, "id": f"x{i}", "text": s["text"][:40], "dyad": dyad}, file=f"{part}.yaml")


def test_documents_are_split_not_shared(ev) -> None:  # noqa: ANN001
    # checked before they are ever scored
    parts = tuple(ALL_PARTS)
    assert set(ev.PARTS) <= set(parts)
    urls = {p: {d["url"] for d in ev.load(p)} for p in parts}
    ids = {p: {d["id"] for d in ev.load(p)} for p in parts}
    for i, a in enumerate(parts):
        for b in parts[i + 1:]:
            assert not urls[a] & urls[b], (a, b)
            assert not ids[a] & ids[b], (a, b)


def test_scoring_counts_every_slot(ev) -> None:  # noqa: ANN001
    gold = {"indicator": "import_dependence", "dyad": ["RUS", "IND"], "test": "share", "period": [2017, 2021],
            "expected": 46, "unit": "percent", "tolerance": 0.5, "params": {"aggregate": "pooled"}}
    assert ev.slots_match(dict(gold), gold) == []
    assert ev.slots_match({**gold, "dyad": ["IND", "RUS"]}, gold) == ["dyad"]
    assert ev.slots_match({**gold, "period": [2017, 2017]}, gold) == ["period"]
    assert ev.slots_match({**gold, "tolerance": 5}, gold) == ["tolerance"]
    assert ev.slots_match({**gold, "params": {"aggregate": "mean"}}, gold) == ["params.aggregate"]
    one = {**gold, "indicator": "recipient_world_share", "dyad": [None, "IND"]}
    assert ev.slots_match({**one, "dyad": ["CHN", "IND"]}, one) == []  # the unused side is no slot
    doc = {"id": "d", "title": "t", "date": "2022-03-15", "pair": ["RUS", "IND"], "url": "https://example.org",
           "sentences": [{"text": "Russia accounted for 46 per cent of India's arms imports in 2017–21.",
                          "claims": [gold]},
                         {"text": "Russia accounted for 12 per cent of India's arms imports in 2017.", "claims": []}]}
    r = ev.evaluate([doc])
    assert (r["documents"], r["labelled"], r["prefilled"], r["right"]) == (1, 1, 2, 1)
    assert r["precision"] == 0.5 and r["recall"] == 1.0


def test_probe_periods_tells_a_missing_period_from_a_form_not_read(ev) -> None:  # noqa: ANN001
    share = {"indicator": "supplier_world_share", "dyad": ["CHL", None], "test": "share", "period": [2016, 2020],
             "expected": 5, "unit": "percent", "tolerance": 0.5, "params": {"aggregate": "pooled"}}
    doc = {"id": "probe", "title": "Arms trade", "pair": ["CHL", "PER"], "url": "https://example.org/", "sentences": [
        # read once its period is written: a miss for want of the period
        {"text": "Chile accounted for 5% of global arms exports.", "claims": [share]},
        # a form no rule reads, with or without the period
        {"text": "Chile's arms sold well abroad, 5% of everything or so.", "claims": [share]},
        # a year in the sentence: not probed
        {"text": "Chile's arms sold well abroad in 2018, 5% of everything or so.", "claims": [share]}]}
    assert ev.probe_periods([doc]) == {"fixed": 1, "still_missed": 1, "year_in_sentence": 1}
