"""Train the slot ranker of :mod:`amity.claims.learned` on hand-labelled parts of the evaluation set.

    python tools/train_claims_ranker.py                       # train on the development parts, write the model
    python tools/train_claims_ranker.py --parts dev heldout   # train on some parts only
    python tools/train_claims_ranker.py --out model.json --threshold 0.9
    python tools/train_claims_ranker.py --parts dev heldout ... heldout15 --cross-validate heldout13 heldout14 heldout15
    python tools/train_claims_ranker.py --reach heldout30 heldout31      # how far the readings it lists reach
    python tools/train_claims_ranker.py --room heldout53 heldout54      # what its readings could add to the rules

Each labelled document is read by :func:`amity.claims.extract` as in ``tools/eval_claims.py``; every figure the
ranker sees is paired with the labelled claims of its sentence: a reading is a positive example where its indicator,
its states in the roles the indicator uses and its expected value (with its direction for a change) are those of a
labelled claim, a negative one otherwise. Two conditional logits are fitted with SciPy (L2 penalty): one over each
figure's readings and "no claim", one over the periods a share may refer to. Their weights, the thresholds and the
parts they saw are written as JSON (package data). Training needs NumPy and SciPy (dependencies of amity); reading the
model needs neither.
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_claims as E  # noqa: E402

from amity.claims import extract  # noqa: E402
from amity.claims import learned as L  # noqa: E402
from amity.claims.figures import bounds  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "amity" / "data" / "claims_ranker.json"


def _gold_for(fig: L.Figure, sents: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The labelled claims (of the ranker's indicators) of the sentence a figure is in; None: no labelled sentence."""
    i = E.labelled_sentence(fig.raw, sents)
    return None if i is None else [c for c in sents[i].get("claims") or [] if c["indicator"] in L.INDICATORS]


def _matching(o: L.Option, fig: L.Figure, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The labelled claims that reading ``o`` of ``fig`` is (indicator, states in their roles, value, direction)."""
    kind = "change" if o.indicator in L.TRENDS else "share"
    exp, _tol = bounds(fig.value, kind, o.sign)
    out = []
    for g in gold:
        if g["indicator"] != o.indicator or not E._num_eq(exp, g["expected"]):
            continue
        dy = g["dyad"]
        if o.indicator in L.TWO_STATES and (dy[0], dy[1]) != (o.supplier, o.recipient):
            continue
        if o.indicator in L.IMPORT_SIDE and dy[1] != o.recipient:
            continue
        if o.indicator not in L.TWO_STATES and o.indicator not in L.IMPORT_SIDE and dy[0] != o.supplier:
            continue
        out.append(g)
    return out


def is_right(o: L.Option, fig: L.Figure, gold: list[dict[str, Any]]) -> bool:
    """Whether reading ``o`` of ``fig`` is one of the labelled claims."""
    return bool(_matching(o, fig, gold))


def _document_figures(doc: dict[str, Any]) -> list[tuple[L.Figure, list[dict[str, Any]]]]:
    """Every figure the ranker sees in one labelled document, with the labelled claims of its sentence."""
    L.COLLECT = []
    try:
        extract(E.document_text(doc), pair=tuple(doc["pair"]), source=doc["id"], ranker=True)
        figs = L.COLLECT
    finally:
        L.COLLECT = None
    return [(fig, gold) for fig in figs if (gold := _gold_for(fig, doc["sentences"])) is not None]


@functools.cache
def _part_figures(part: str) -> list[tuple[L.Figure, list[dict[str, Any]]]]:
    return [pair for doc in E.load(part) for pair in _document_figures(doc)]


def collect(parts: list[str]) -> list[tuple[L.Figure, list[dict[str, Any]]]]:
    """Every figure the ranker sees in ``parts``, with the labelled claims of its sentence (of its indicators); each
    part is read once a run (a cross-validation trains on the same parts many times)."""
    return [pair for part in parts for pair in _part_figures(part)]


def _right_period(o: L.Option, fig: L.Figure, g: dict[str, Any]) -> bool:
    """Whether the periods ``fig`` offers include labelled claim ``g``'s (a share's period; a change's two periods)."""
    if o.indicator in L.TRENDS:
        cp, par = fig.change_periods, g.get("params") or {}
        return cp is not None and [list(cp[0]), list(cp[1])] == [par.get("before"), par.get("after")]
    return any(list(p) == list(g["period"]) for p, _f in fig.periods)


def reach(docs: list[dict[str, Any]]) -> dict[str, int]:
    """How far the readings the ranker lists reach (docs/claims.md, round 16): of the labelled claims of ``docs`` (of
    the ranker's indicators), how many have their reading (indicator, states in their roles, value) among a figure's
    readings with their period among the figure's periods (``listed``), how many with another period or none
    (``listed_other_period``), and how many not at all (``not_listed``). Whatever chooses among the readings, the
    ranker cannot pre-fill more than ``listed`` of them."""
    out = {"labelled": 0, "listed": 0, "listed_other_period": 0, "not_listed": 0}
    for doc in docs:
        full: set[int] = set()
        some: set[int] = set()
        for fig, gold in _document_figures(doc):
            for o in fig.options:
                for g in _matching(o, fig, gold):
                    (full if _right_period(o, fig, g) else some).add(id(g))
        for g in (c for st in doc["sentences"] for c in st.get("claims") or [] if c["indicator"] in L.INDICATORS):
            out["labelled"] += 1
            out["listed" if id(g) in full else "listed_other_period" if id(g) in some else "not_listed"] += 1
    return out


def reading_examples(figs: list[tuple[L.Figure, list[dict[str, Any]]]]) -> tuple[list[dict[str, float]], list[int],
                                                                                     list[int]]:
    """Features, labels (1: the labelled reading) and figure ids of every reading of every figure."""
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    groups: list[int] = []
    for gid, (fig, gold) in enumerate(figs):
        for o in fig.options:
            feats.append(o.features)
            labels.append(int(is_right(o, fig, gold)))
            groups.append(gid)
    return feats, labels, groups


def period_examples(figs: list[tuple[L.Figure, list[dict[str, Any]]]]) -> tuple[list[dict[str, float]], list[int],
                                                                                    list[int]]:
    """Features, labels (1: the labelled period) and figure ids of the periods of every share with a labelled
    reading; figures whose labelled period is not among their options are left out."""
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    groups: list[int] = []
    for gid, (fig, gold) in enumerate(figs):
        periods = {tuple(g["period"]) for o in fig.options if o.indicator not in L.TRENDS and is_right(o, fig, gold)
                   for g in _matching(o, fig, gold)}
        if len(periods) != 1 or not any(p in periods for p, _f in fig.periods):
            continue
        for p, f in fig.periods:
            feats.append(f)
            labels.append(int(p in periods))
            groups.append(gid)
    return feats, labels, groups


def _fit(xs: Any, y: Any, groups: Any, l2: float) -> Any:
    """Weights of a conditional logit: within each figure, a softmax over its readings and "no claim" (score 0);
    the target is the labelled reading (shared among several where more than one is right), else "no claim"."""
    import numpy as np
    from scipy.optimize import minimize

    starts = np.r_[0, np.flatnonzero(np.diff(groups)) + 1]
    gid = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(groups)]))
    npos = np.bincount(gid, weights=y, minlength=len(starts))
    target = y / np.maximum(npos[gid], 1)

    def loss(w: Any) -> tuple[float, Any]:
        s = xs @ w
        m = np.maximum(np.maximum.reduceat(s, starts), 0.0)
        e = np.exp(s - m[gid])
        z = np.add.reduceat(e, starts) + np.exp(-m)
        value = -np.add.reduceat(target * s, starts).sum() + (np.log(z) + m).sum() + 0.5 * l2 * (w @ w)
        return value, xs.T @ (e / z[gid] - target) + l2 * w

    return minimize(loss, np.zeros(xs.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x


def _matrix(feats: list[dict[str, float]]) -> tuple[Any, list[str]]:
    import numpy as np
    from scipy.sparse import csr_matrix

    index: dict[str, int] = {}
    rows, cols = [], []
    for i, f in enumerate(feats):
        for k in f:
            rows.append(i)
            cols.append(index.setdefault(k, len(index)))
    xs = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(index)))
    return xs, sorted(index, key=index.__getitem__)


def _weights(ex: tuple[list[dict[str, float]], list[int], list[int]], l2: float) -> dict[str, float]:
    import numpy as np

    feats, labels, groups = ex
    xs, names = _matrix(feats)
    w = _fit(xs, np.asarray(labels, float), np.asarray(groups), l2)
    return {n: round(float(v), 4) for n, v in zip(names, w) if abs(v) >= 1e-3}


def train(parts: list[str], l2: float = 0.1) -> dict[str, Any]:
    """The two conditional logits (readings, periods) over the figures of ``parts``: weights by feature name."""
    figs = collect(parts)
    readings, periods = reading_examples(figs), period_examples(figs)
    return {"weights": _weights(readings, l2), "period_weights": _weights(periods, l2), "l2": l2,
            "examples": len(readings[1]), "positives": int(sum(readings[1])),
            "period_examples": len(periods[1]), "period_positives": int(sum(periods[1]))}


def cross_validate(parts: list[str], folds: list[str], thresholds: list[float], l2: float = 0.1
                   ) -> dict[float, dict[str, int]]:
    """Pre-filled, right and labelled claims (the rules and the ranker), pooled over ``folds``, each scored by a model
    trained on ``parts`` without it, at each threshold (how the threshold of docs/claims.md, round 12, was chosen)."""
    tot = {t: {"prefilled": 0, "right": 0, "labelled": 0} for t in thresholds}
    shipped = L.load_model
    try:
        for held in folds:
            model = train([p for p in parts if p != held], l2)
            L.load_model = lambda model=model: model  # type: ignore[assignment]  # what extract(ranker=True) reads
            for t in thresholds:
                model["threshold"] = t
                r = E.evaluate(E.load(held), ranker=True)
                for k in tot[t]:
                    tot[t][k] += r[k]
    finally:
        L.load_model = shipped  # type: ignore[assignment]
    return tot


def room(parts: list[str], folds: list[str], l2: float = 0.1) -> dict[str, Any]:
    """What the ranker could add to the rules, by leave-one-part-out (docs/claims.md, "The ranker's room"): each part
    of ``folds`` is read by a model trained on ``parts`` without it, and the best reading of every figure no rule read
    right (:func:`amity.claims.learned.best_readings`) is scored against the labels, with its probability and the
    refusal that stops it, if any. Returns the labelled claims of ``folds`` and one row per reading."""
    X = sys.modules["amity.claims.extract"]
    shipped = L.load_model, L.ranked_claims, X._with_ranker
    seen: list[dict[str, Any]] = []

    def every_reading(s: str, ctx: Any, model: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return [dict(c, score=round(p, 3), refusal=why, sentence=s)
                for c, p, why in L.best_readings(s, ctx, model, refused=True)]

    def keep(rules: list[dict[str, Any]], readings: list[dict[str, Any]]) -> list[dict[str, Any]]:
        seen.extend(L.not_read_by(rules, readings))
        return rules

    rows: list[dict[str, Any]] = []
    labelled = 0
    try:
        L.ranked_claims, X._with_ranker = every_reading, keep  # type: ignore[assignment]
        for held in folds:
            model = train([p for p in parts if p != held], l2)
            L.load_model = lambda model=model: model  # type: ignore[assignment]
            for doc in E.load(held):
                sents = doc["sentences"]
                labelled += sum(len(st.get("claims") or []) for st in sents)
                seen.clear()
                extract(E.document_text(doc), pair=tuple(doc["pair"]), source=doc["id"], ranker=True)
                for r in seen:
                    i = E.labelled_sentence(r["sentence"], sents)
                    gold = (sents[i].get("claims") or []) if i is not None else []
                    claim = {k: v for k, v in r.items() if k not in ("score", "refusal", "sentence")}
                    rows.append({"part": held, "score": r["score"], "refusal": r["refusal"],
                                 "right": any(not E.slots_match(claim, g) for g in gold)})
    finally:
        L.load_model, L.ranked_claims, X._with_ranker = shipped  # type: ignore[assignment]
    return {"labelled": labelled, "readings": rows}


def _room_table(r: dict[str, Any], thresholds: list[float]) -> str:
    rows, n = r["readings"], max(1, r["labelled"])
    out = [f"{r['labelled']} labelled claims; best readings of the figures no rule read right: {len(rows)}, "
           f"{sum(x['right'] for x in rows)} of them right", "",
           "| probability at least | grounded: right / read | refused: right / read | all: right (recall added) |",
           "|---|---|---|---|"]
    for t in thresholds:
        g = [x for x in rows if x["score"] >= t and not x["refusal"]]
        f = [x for x in rows if x["score"] >= t and x["refusal"]]
        right = sum(x["right"] for x in g + f)
        out.append(f"| {t} | {sum(x['right'] for x in g)} / {len(g)} | {sum(x['right'] for x in f)} / {len(f)} | "
                   f"{right} ({right / n:.1%}) |")
    why: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for x in rows:
        if x["refusal"] and x["score"] >= 0.9:
            why[x["refusal"]][0] += x["right"]
            why[x["refusal"]][1] += 1
    out += ["", "refused at 0.9 or more, by refusal: " + "; ".join(
        f"{k} {v[0]}/{v[1]}" for k, v in sorted(why.items(), key=lambda kv: -kv[1][1]))]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", nargs="+", default=list(E.DEV_PARTS))
    ap.add_argument("--cross-validate", nargs="+", metavar="PART", default=None,
                    help="score each PART with a model trained on --parts without it, at thresholds 0.6-0.95; "
                         "write no model")
    ap.add_argument("--threshold", type=float, default=0.9,
                    help="probability a reading needs to be pre-filled where no phrase rule read the figure")
    ap.add_argument("--l2", type=float, default=0.1)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--room", nargs="+", metavar="PART", default=None,
                    help="leave-one-part-out over each PART: what the ranker's best readings would add to the rules, "
                         "by probability and refusal; write no model")
    ap.add_argument("--reach", nargs="+", metavar="PART", default=None,
                    help="count the labelled claims of each PART whose reading is among those the ranker lists; "
                         "write no model")
    a = ap.parse_args(argv)
    if a.reach:
        r = reach([doc for part in a.reach for doc in E.load(part)])
        n = max(1, r["labelled"])
        print(f"{r['labelled']} labelled claims of the ranker's indicators: {r['listed']} listed with their period "
              f"({r['listed'] / n:.1%}), {r['listed_other_period']} listed with another period or none, "
              f"{r['not_listed']} not listed")
        return 0
    if a.room:
        print(_room_table(room(a.parts, a.room, a.l2), [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]))
        return 0
    if a.cross_validate:
        for t, r in cross_validate(a.parts, a.cross_validate, [0.6, 0.7, 0.8, 0.9, 0.95], a.l2).items():
            prec, rec = r["right"] / max(1, r["prefilled"]), r["right"] / max(1, r["labelled"])
            print(f"threshold {t}: {r['prefilled']} pre-filled, {r['right']} right, {r['labelled']} labelled; "
                  f"precision {prec:.1%}, recall {rec:.1%}")
        return 0
    model = train(a.parts, a.l2)
    model = {"about": "slot ranker of amity.claims.learned; built by tools/train_claims_ranker.py",
             "trained_on": a.parts, "threshold": a.threshold, **model}
    a.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{model['examples']} readings ({model['positives']} right) from {', '.join(a.parts)}; "
          f"{len(model['weights'])} weights -> {a.out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
