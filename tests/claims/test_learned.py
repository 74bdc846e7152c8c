"""The slot ranker (amity.claims.learned): readings of figures the phrase rules do not read, its refusals, its model."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

from amity.claims import extract
from amity.claims import learned as L

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _doc(*sentences: str, title: str = "Arms trade", date: str = "2016-02-22") -> str:
    return f"---\ntitle: {title}\ndate: {date}\n---\n" + "\n\n".join(sentences) + "\n"


def _rows(text: str, ranker: bool = True) -> list[tuple]:
    out = []
    for c in extract(text, ranker=ranker):
        if c.claim:
            cl = c.claim
            ind = cl["indicator"]
            who = tuple(cl["dyad"]) if ind in L.TWO_STATES else cl["dyad"][1 if ind in L.IMPORT_SIDE else 0]
            out.append((cl["indicator"], who, cl["period"], cl["expected"]))
    return out


def test_the_shipped_model_was_trained_on_development_parts_only() -> None:
    ev = _tool("eval_claims")
    model = L.load_model()
    assert model is not None and model["weights"] and model["period_weights"]
    assert set(model["trained_on"]) <= set(ev.DEV_PARTS)
    assert not set(model["trained_on"]) & set(ev.HELD_OUT)  # the held-out parts measure it, never train it
    assert 0 < model["threshold"] <= 1


def test_choice_probabilities_include_no_claim() -> None:
    # one reading scored 0 against "no claim" (also 0): even odds; the probabilities and "no claim" sum to 1
    assert L.choice_probabilities([0.0]) == pytest.approx([0.5])
    p = L.choice_probabilities([math.log(3.0), 0.0])
    assert p == pytest.approx([3 / 5, 1 / 5])
    assert L.choice_probabilities([]) == []


@pytest.mark.parametrize(("sentences", "title", "expected"), [
    # a list of clients headed by a word, its supplier in the title
    (["SIPRI published its annual figures.", "TOP CLIENTS 2011-2015 – India (39 percent), China (11 percent), "
      "Vietnam (11 percent)."], "Russia's arms exports",
     [("share_of_supplier_exports", ("RUS", "IND"), [2011, 2015], 39.0),
      ("share_of_supplier_exports", ("RUS", "CHN"), [2011, 2015], 11.0),
      ("share_of_supplier_exports", ("RUS", "VNM"), [2011, 2015], 11.0)]),
    # a world share said as "with a N percent share"
    (["Russia remains the second largest weapons supplier in the world with a 25 percent share in 2011-2015."],
     "Arms trade", [("supplier_world_share", "RUS", [2011, 2015], 25.0)]),
    # a supplier's share said in a relative clause, its recipient the subject of the sentence
    (["Kazakhstan's arms purchases came mostly from Russia, which supplied 87 percent of them in 2011-2015."],
     "Arms trade", [("import_dependence", ("RUS", "KAZ"), [2011, 2015], 87.0)]),
])
def test_the_ranker_reads_forms_the_phrase_rules_do_not(sentences: list[str], title: str, expected: list,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    text = _doc(*sentences, title=title)
    assert _rows(text, ranker=False) == []
    # the readings it chooses, pre-filled at a threshold of 0.6 (the shipped one, higher, pre-fills a subset of them)
    monkeypatch.setitem(L.load_model(), "threshold", 0.6)
    assert _rows(text) == expected
    monkeypatch.setitem(L.load_model(), "threshold", math.nextafter(1.0, 2.0))  # above every probability
    assert _rows(text) == []


def test_a_ranker_reading_says_so_in_its_notes() -> None:
    cands = [c for c in extract(_doc("Russia remains the second largest weapons supplier in the world with a 25 "
                                     "percent share in 2011-2015."), ranker=True) if c.claim]
    assert len(cands) == 1 and any("slot ranker" in n for n in cands[0].notes)
    # a claim of the phrase rules carries no such note
    rules = [c for c in extract(_doc("Between 2014 and 2018, Egypt bought 37 percent of its major weapons from "
                                     "France."), ranker=True) if c.claim]
    assert rules and not any("slot ranker" in n for c in rules for n in c.notes)


@pytest.mark.parametrize("sentence", [
    "Russia accounted for 62 percent of the regional arms market in 2011-2015.",  # a region
    "The USA and Germany supplied 75 per cent of Israel's arms imports in 2011-2015.",  # a group of suppliers
    "About 60 percent of Norway's arms exports in 2011-2015 went to Poland, Finland and Denmark.",  # a group
    "Exports of Chinese drones rose by 50 percent in 2011-2015.",  # a weapon category
    "China holds a 5.2 percent share of the global arms market.",  # whose flow: not said
    "Ukraine, an arms importer and exporter, accounted for 2% of global arms transfers in 2011-2015.",  # two flows
    "The US accounts for more than 45 per cent of global military spending.",  # not arms transfers
])
def test_the_ranker_refuses_what_the_sentence_does_not_ground(sentence: str) -> None:
    assert _rows(_doc("SIPRI published its annual figures.", sentence)) == []


def test_a_pronoun_whose_state_is_not_said_is_refused() -> None:
    one = _doc("According to SIPRI, Norway is a notable exporter.", "Some 15% of its total arms sales go to Finland.",
               date="2021-04-02")
    assert _rows(one) == [("share_of_supplier_exports", ("NOR", "FIN"), [2016, 2020], 15.0)]
    two = _doc("According to SIPRI, Norway and Sweden are notable exporters.", "Some 15% of its total arms sales go to "
               "Finland.", date="2021-04-02")
    assert _rows(two) == []


def test_training_fits_a_conditional_logit_that_ranks_the_labelled_reading_first() -> None:
    np = pytest.importorskip("numpy")
    sparse = pytest.importorskip("scipy.sparse")
    tr = _tool("train_claims_ranker")
    # two figures of three readings each: feature 0 marks the labelled reading, feature 1 the others; a third figure
    # with no labelled reading ("no claim") carries feature 1 only
    xs = sparse.csr_matrix(np.array([[1, 0], [0, 1], [0, 1], [1, 0], [0, 1], [0, 1], [0, 1], [0, 1]], float))
    y = np.array([1, 0, 0, 1, 0, 0, 0, 0], float)
    groups = np.array([0, 0, 0, 1, 1, 1, 2, 2])
    w = tr._fit(xs, y, groups, l2=0.01)
    assert w[0] > 0 > w[1]  # the labelled reading's feature up, the others' below "no claim" (score 0)
    p = L.choice_probabilities([w[0], w[1], w[1]])
    assert p[0] > 0.9


def test_training_on_one_part_reads_its_figures() -> None:
    tr = _tool("train_claims_ranker")
    model = tr.train(["heldout2"], l2=0.1)
    model.update(threshold=0.5)
    assert model["positives"] > 20 and len(model["weights"]) > 100
    # trained on one small part, the model ranks the labelled reading first for most of that part's figures
    figs = tr.collect(["heldout2"])
    labelled = [(f, g) for f, g in figs if any(tr.is_right(o, f, g) for o in f.options)]
    first = 0
    for fig, gold in labelled:
        scores = [L.score(o.features, model) for o in fig.options]
        best = fig.options[max(range(len(scores)), key=scores.__getitem__)]
        first += tr.is_right(best, fig, gold)
    assert labelled and first / len(labelled) > 0.8


def test_the_cli_reads_with_the_ranker_only_when_asked(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from amity.cli import app

    brief = tmp_path / "brief.txt"
    brief.write_text(_doc("Russia remains the second largest weapons supplier in the world with a 25 percent share in "
                          "2011-2015."), encoding="utf-8")

    def claims(*opts: str) -> list[dict]:
        r = CliRunner().invoke(app, ["claims", "extract", str(brief), "--json", *opts])
        assert r.exit_code == 0, r.output
        return [c["claim"] for c in json.loads(r.stdout) if c["claim"]]

    with_ranker = claims("--ranker")
    assert [(c["indicator"], c["dyad"][0], c["period"], c["expected"]) for c in with_ranker] == [
        ("supplier_world_share", "RUS", [2011, 2015], 25.0)]
    assert claims("--no-ranker") == [] and claims() == []  # off by default (precision first)


def test_cross_validation_scores_each_fold_with_a_model_that_never_saw_it() -> None:
    ev, tr = _tool("eval_claims"), _tool("train_claims_ranker")
    shipped = L.load_model
    got = tr.cross_validate(["heldout2", "heldout3"], ["heldout3"], [0.6, 1.01])
    assert L.load_model is shipped  # the shipped model is back afterwards
    rules = ev.evaluate(ev.load("heldout3"), ranker=False)
    # a threshold no probability reaches leaves the rules alone; a lower one pre-fills at least as many
    assert got[1.01] == {k: rules[k] for k in ("prefilled", "right", "labelled")}
    assert got[0.6]["prefilled"] >= got[1.01]["prefilled"] and got[0.6]["labelled"] == rules["labelled"]


def test_reach_counts_the_labelled_readings_the_ranker_lists() -> None:
    tr = _tool("train_claims_ranker")

    def dep(sup: str, period: list[int], value: float) -> dict:
        return {"indicator": "import_dependence", "dyad": [sup, "PER"], "test": "share", "period": period,
                "expected": value, "unit": "percent", "tolerance": 0.5, "params": {"aggregate": "pooled"}}

    doc = {"id": "t", "title": "Arms transfers", "date": "2021-04-02", "pair": ["NOR", "PER"], "sentences": [
        {"text": "SIPRI published its figures.", "claims": []},
        {"text": "Norway supplied 45 per cent of Peru's arms imports in 2016-20.",
         # the reading as written; the same reading in a period the sentence does not offer; a figure it does not hold
         "claims": [dep("NOR", [2016, 2020], 45), dep("NOR", [2001, 2005], 45), dep("CHL", [2016, 2020], 30)]},
        {"text": "Exercises were held in 2019.",
         "claims": [{"indicator": "exercises_per_year", "dyad": ["NOR", "PER"], "test": "count", "period": [2019, 2019],
                     "expected": 1, "unit": "exercises", "tolerance": 0.5, "params": {}}]}]}
    # the exercise count is not one of the ranker's indicators: not counted
    assert tr.reach([doc]) == {"labelled": 3, "listed": 1, "listed_other_period": 1, "not_listed": 1}


def test_room_lists_what_the_ranker_would_add_to_the_rules() -> None:
    tr = _tool("train_claims_ranker")
    shipped = (L.load_model, L.ranked_claims)
    parts = ["heldout2", "heldout3", "heldout4", "heldout5"]
    got = tr.room(parts, ["heldout4"])
    assert (L.load_model, L.ranked_claims) == shipped  # the shipped model and reader are back afterwards
    # the grounded readings at 0.6 or more are what the same model pre-fills over the rules, right and wrong
    cv = tr.cross_validate(parts, ["heldout4"], [0.6, 1.01])
    added = [r for r in got["readings"] if r["score"] >= 0.6 and not r["refusal"]]
    assert got["labelled"] == cv[0.6]["labelled"]
    assert len(added) == cv[0.6]["prefilled"] - cv[1.01]["prefilled"] > 0
    assert sum(r["right"] for r in added) == cv[0.6]["right"] - cv[1.01]["right"]
    assert any(r["refusal"] for r in got["readings"])  # the readings a refusal stops are listed too, with it
