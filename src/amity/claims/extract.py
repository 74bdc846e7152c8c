"""Finding candidate claims in a brief's text (extracted from a PDF or a web page).

Rule-based, offline, no language model:

1. :func:`amity.claims.brief.clean_text` undoes the damage of text extraction and
   :func:`amity.claims.brief.sentences` splits paragraphs into sentences;
2. :func:`extract` keeps the sentences with years, amounts, shares, counts, comparatives or superlatives, labels each
   with a ``kind`` and, where it recognises the indicator, pre-fills a structured claim in the format of
   :mod:`amity.claims.model`: here, arms deliveries and the SIPRI forms (shares and changes of five-year periods,
   ``_sipri_claims``); in :mod:`amity.claims.slots`, the generic slot filler and the list readers; in
   :mod:`amity.claims.events`, exercises, vetoes, asymmetry and the last order year.

A sentence with several recognised claims yields one candidate per claim (same passage). The layers point one way
(``tests/test_architecture.py``): :mod:`amity.claims.lexicon` (the words the rules read: states' names, the words of
periods, changes and regions), :mod:`amity.claims.wording` (the forms a sentence is put in before it is read),
:mod:`amity.claims.brief`, :mod:`amity.claims.figures` (the figures, periods and states every reader shares),
:mod:`amity.claims.events`, :mod:`amity.claims.slots`, the slot ranker (:mod:`amity.claims.learned`, which reads the
figures no rule read where ``ranker=True``), and this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from amity.claims.brief import (
    YEAR,
    YEAR_RE,
    brief_date,
    brief_date_text,
    brief_title,
    clean_text,
    detect_pair,
    document_year,
    sentences,
    strip_front_matter,
    years_in,
)
from amity.claims.events import (
    EXERCISE_RE,
    VETO_RE,
    approx,
    asymmetry_claims,
    category_names,
    exercise_claims,
    order_exercise_claims,
    places,
    veto_claims,
)
from amity.claims.figures import (
    ARMS,
    ARMS_WORDS,
    FIG_RE,
    ITEM,
    MONEY_RE,
    NAMES_EARLIER,
    NUM,
    NUMBER_WORDS,
    NUMW,
    ODD_TIME,
    PERIOD,
    PERIOD_PHRASE,
    PREVIOUS,
    PRONOUN,
    RANGE_RE,
    REGION_IN,
    REGION_NAMES,
    ROLE_OTHER,
    SHARE_INDICATORS,
    STARTING_POINT,
    WORLD,
    WORLD_SHARE_INDICATORS,
    WORLD_WORDS,
    Ctx,
    DocCtx,
    Fig,
    adjective,
    antecedent,
    bounds,
    change_claim,
    client_claim,
    dependence_claim,
    distinct_states,
    fig_rx,
    first_state,
    head_state,
    is_compared,
    nearest_year,
    one_state_dyad,
    other_state,
    period_of,
    period_spans,
    periods_of_change,
    read_fig,
    relative_subject,
    resolve_descriptors,
    sentence_periods,
    share_claim,
    single_period,
    subject_of,
    total_change_claim,
    two_periods,
    world_share_claim,
)
from amity.claims.lexicon import ALL_STATES as _ALL_STATES
from amity.claims.lexicon import CHANGE_DOWN as _CHANGE_DOWN
from amity.claims.lexicon import CHANGE_UP as _CHANGE_UP
from amity.claims.lexicon import MONTHS, RE, STATE_PATTERNS
from amity.claims.lexicon import PCT as _PCT
from amity.claims.lexicon import REGION as _REGION
from amity.claims.lexicon import STATE_ALT as _ST_ALT
from amity.claims.lexicon import STATE_RE as _STATE_RE
from amity.claims.lexicon import number_of as _n_of
from amity.claims.lexicon import state_code as _code
from amity.claims.lexicon import state_group as _st
from amity.claims.lexicon import state_rx as _state_rx
from amity.claims.lexicon import states_at as _states_at
from amity.claims.slots import (
    CHANGE_WORDS,
    bracketed_changes,
    change_list,
    clause_at,
    earlier_share,
    followed_by,
    more_shares,
    multiples,
    paired_shares,
    ranking_goes_on,
    respectively,
    role_lists,
    share_after_change,
    slot_claims,
    world_list,
    world_rankings,
)
from amity.claims.wording import GROUP_NOUNS as _GROUP_NOUNS
from amity.claims.wording import normalise_figures

SHARE_RE = re.compile(rf"(?P<lo>{NUM})\s*(?:[–—-]\s*(?P<hi>{NUM})\s*)?(?:%|per\s?cent|percent)", re.I)
COUNT_RE = re.compile(r"(?<!the )(?<!these )(?<!those )(?<!The )\b(?:(?P<w>" + "|".join(NUMBER_WORDS)
                      + r")|(?<![\w.$-])(?P<d>\d{1,3})(?![\d.,%-]))"
                      r"(?:[ -](?!per\b|billion|million)[A-Za-z-]+)", re.I)
PEAK_RE = re.compile(r"\bpeak(?:ed|s)?\b|\ball-time high\b|\bhighest\b|\brecord high\b", re.I)
TROUGH_RE = re.compile(r"\blowest\b|\btrough\b|\brecord low\b", re.I)
TREND_RE = re.compile(r"\b(picked up|increas\w*|rose|risen|grew|grown|expanded|intensified|doubled|tripled|"
                      r"declin\w*|decreas\w*|fell|fallen|falling|dropped|shrank)\b", re.I)
DOWN_RE = re.compile(r"\b(declin\w*|decreas\w*|fell|fallen|falling|dropped|shrank)\b", re.I)
ARMS_RE = re.compile(r"\b(arms|weapons?|military equipment|deliver(?:ies|ed|y)|transfers?|sales|sold|exports?|"
                     r"imports?|purchases?|supplier|orders|defen[cs]e industry)\b", re.I)


def _states(text: str) -> list[str]:
    return [k for k, rx in _STATE_RE.items() if rx.search(text)]


# -- candidates ------------------------------------------------------------------------------------
@dataclass
class Candidate:
    """A sentence that may hold a checkable claim."""

    id: str
    passage: str
    kind: str
    kinds: list[str]
    years: list[int]
    amounts: list[str]
    states: list[str]
    paragraph: int
    sentence: int
    claim: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def candidates_frame(cands: list[Candidate]) -> pd.DataFrame:
    """One row per candidate: id, kind, passage, indicator, test, dyad, period, expected (claim fields)."""
    rows = []
    for c in cands:
        cl = c.claim or {}
        rows.append({
            "id": c.id, "kind": c.kind, "passage": c.passage, "years": ";".join(map(str, c.years)),
            "indicator": cl.get("indicator"), "test": cl.get("test"),
            "dyad": "-".join(cl["dyad"]) if cl.get("dyad") else None,
            "period": f"{cl['period'][0]}-{cl['period'][1]}" if cl.get("period") else None,
            "expected": str(cl.get("expected")) if cl.get("expected") is not None else None,
            "unit": cl.get("unit"), "params": str(cl.get("params")) if cl.get("params") else None,
            "locator": f"paragraph {c.paragraph}, sentence {c.sentence}",
        })
    return pd.DataFrame(rows, columns=["id", "kind", "passage", "years", "indicator", "test", "dyad", "period",
                                       "expected", "unit", "params", "locator"])


def _kinds(s: str) -> list[str]:
    k: list[str] = []
    if PEAK_RE.search(s):
        k.append("peak")
    if TROUGH_RE.search(s):
        k.append("trough")
    if SHARE_RE.search(s) or SHARE_RE.search(normalise_figures(s)):  # "Eighty-nine per cent" too
        k.append("share")
    if MONEY_RE.search(s):
        k.append("value")
    if RE.search(r"\b(exceed\w*|surpass\w*|more .{1,60}? than|less .{1,60}? than|(?:bigger|larger|greater|higher|"
                 r"stronger|smaller|lower) .{0,60}?than|times (?:as|the|larger|bigger))\b", s, re.I):
        k.append("comparison")
    if RE.search(r"more often than before", s, re.I):
        k.append("count")
    if TREND_RE.search(s):
        k.append("trend")
    if RE.search(r"\bfirst\b|\bsince\s+(?:the\s+)?(?:1[89]|20)\d\d\b|\bas early as\b", s, re.I):
        k.append("first")
    if EXERCISE_RE.search(s) and places(s):
        k.append("extent")
    if "count" not in k and any(m.group("w") or not YEAR_RE.fullmatch(m.group("d") or "")
                                for m in COUNT_RE.finditer(s)):
        k.append("count")
    if "count" not in k and VETO_RE.search(s) and RE.search(r"\b(?:once|twice|thrice)\b", s, re.I):
        k.append("count")  # "In the same period the UK used the veto twice"
    if years_in(s) or RE.search(rf"\b(?:{MONTHS})\s+\d{{4}}|\b(?:1[89]|20)\d0s\b", s):
        k.append("date")
    return k


_SUP_NOUN = r"(?:arms|weapons?|deliveries|exports?|transfers?|sales|military equipment)"
_REC_NOUN = r"(?:orders|imports?|purchases?)"


def _supplier(s: str, pair: tuple[str, str]) -> tuple[str, str] | None:
    """(supplier, recipient) of an arms sentence, from its wording; None if it cannot tell.

    In order: "from A to B"; "A sold / supplied …", "B bought / imported …"; "A's … exports|orders";
    "Russian arms …" (an adjective before an arms noun); "Chinese orders …" (the recipient's);
    "from A".
    """
    p, q = pair
    pats = {k: STATE_PATTERNS.get(k) or _ALL_STATES.get(k, re.escape(k)) for k in pair}
    for sup, rec in ((p, q), (q, p)):
        if RE.search(rf"\bfrom\s+(?:{pats[sup]})\b.{{0,40}}\bto\s+(?:{pats[rec]})\b", s):
            return sup, rec
    for sup, rec in ((p, q), (q, p)):
        if RE.search(rf"\b(?:{pats[sup]})\s+(?:has\s+|had\s+|gradually\s+|also\s+)*(?:agreed to\s+)?(?:sold|sells?|"
                     rf"supplied|supplies|supplying|provided|provides|delivered|delivers|exported|transferred)\b", s):
            return sup, rec
        if RE.search(rf"\b(?:{pats[rec]})\s+(?:has\s+|had\s+|also\s+)*(?:bought|buys|purchased|imported|received|"
                     rf"ordered)\b", s):
            return sup, rec
    for sup, rec in ((p, q), (q, p)):
        if RE.search(rf"\b(?:{pats[sup]})['’]s\s+(?:[\w-]+\s+){{0,3}}(?:{_SUP_NOUN[3:-1]}|orders|defen[cs]e industry)",
                     s):
            return sup, rec
    for sup, rec in ((p, q), (q, p)):
        for m in RE.finditer(rf"\b({pats[sup]})\s+(?:[a-z-]+\s+){{0,2}}{_SUP_NOUN}\b", s):
            if adjective(m.group(1)):
                return sup, rec
        for m in RE.finditer(rf"\b({pats[rec]})\s+(?:[a-z-]+\s+){{0,1}}{_REC_NOUN}\b", s):
            if adjective(m.group(1)):
                return sup, rec
    for sup, rec in ((p, q), (q, p)):
        if RE.search(rf"\bfrom\s+(?:{pats[sup]})\b", s):
            return sup, rec
    return None


def _arms_claims(s: str, ctx: Ctx) -> list[dict[str, Any]]:
    if not ARMS_RE.search(s):
        return []
    dyad = _supplier(s, ctx.pair) or (_supplier(ctx.prev, ctx.pair) if ARMS_RE.search(ctx.prev) else None)
    if dyad is None:
        return []
    sup, rec = dyad
    out: list[dict[str, Any]] = []
    years = years_in(s)
    m = PEAK_RE.search(s)
    if m:
        y = nearest_year(s, m.end(), m.end())
        if y and all(any(a <= ym.start() < b for a, b, _p in period_spans(s))
                     for ym in RE.finditer(rf"(?<!\d){y}(?!\d)", s)):
            y = None  # "exports from 2015-2019 were the highest ever": a period's total, no peak year
        if y:
            out.append(dict(indicator="deliveries_tiv", dyad=[sup, rec], test="peak",
                            period=[y - 10, min(y + 10, ctx.doc_year)], expected=y, tolerance=0, unit="year",
                            text=f"{sup}→{rec} arms deliveries peaked in {y}"))
    orders_only = RE.search(r"\b(?:order|contract|deal)", s, re.I) and not RE.search(r"deliver|transfer", s, re.I)
    for mm in MONEY_RE.finditer(s):
        if orders_only:
            break
        amount = float((mm.group("a1") or mm.group("a2")).replace(",", ""))
        scale = (mm.group("s1") or mm.group("s2") or "").lower()
        if _money_only(s):
            continue  # a value in US$ (MONEY_NOTE): SIPRI's TIV is a volume index, not money
        unit = "SIPRI TIV (millions)" if scale != "billion" else "SIPRI TIV (billions)"
        y = nearest_year(s, mm.start(), mm.end())
        if y is None:
            continue
        if any(p[0] <= y <= p[1] and p[0] < p[1] for p in sentence_periods(s)):
            continue  # "$12.7 billion in arms in 2007–11": a sum over a period, not the deliveries of one year
        out.append(dict(indicator="deliveries_tiv", dyad=[sup, rec], test="value", period=[y, y],
                        expected=amount, tolerance=round(amount * (0.1 if approx(s) else 0.05), 6), unit=unit,
                        text=f"{sup}→{rec} arms deliveries in {y}: {mm.group(0).strip()}"))
    out += _client_range_shares(s, sup, rec)
    t = TREND_RE.search(s)
    piv = RE.search(rf"\b(?:after|since)\s+(?:the\s+)?{YEAR}", s, re.I)
    if t and piv and not m and not (FIG_RE.search(s) or _FOLD.search(s) or sentence_periods(s)):
        # a direction of change only: a sentence with a size of change or a period compared with ("since 2020, ...
        # increased nearly a hundredfold compared to 2015-2019") is a change between periods, read in SIPRI's terms
        y = int(piv.group(1))
        later = [x for x in years if x > y]
        end = max(later) if later else ctx.doc_year
        n = max(1, min(3, end - y))
        direction = "decrease" if DOWN_RE.search(s) else "increase"
        if end > y:
            out.append(dict(indicator="deliveries_tiv", dyad=[sup, rec], test="trend", period=[y - n + 1, end],
                            expected=None, tolerance=0, unit=None,
                            params={"before": [y - n + 1, y], "after": [end - n + 1, end], "direction": direction,
                                    "method": "mean"},
                            text=f"{sup}→{rec} arms deliveries {direction}d after {y}"))
    cmp_ = RE.search(r"\b(exceed\w*|surpass\w*|more than|greater than|larger than)\s+(?:that of\s+|those (?:to|of)\s+)?"
                     r"([A-Z][\w ]+)", s)
    if cmp_ and years:
        others = [k for k in _states(cmp_.group(2)) if k not in (sup, rec)]
        if others:
            y = nearest_year(s, cmp_.start(), cmp_.end())
            rel = "greater"
            out.append(dict(indicator="deliveries_tiv", dyad=[sup, rec], test="comparison", period=[y, y],
                            expected=None, tolerance=0, unit=None, params={"other": [sup, others[0]], "relation": rel},
                            text=f"{sup}→{rec} arms deliveries in {y} exceeded {sup}→{others[0]}"))
    names = _ALL_STATES.get(sup, re.escape(sup))  # a state outside the brief-level list too (no KeyError)
    combined = RE.search(r"more\b.{0,60}\bfrom\s+(?:" + names + r")\s+than from all other", s)
    if combined:
        since = RE.search(rf"\b(?:since|in)\s+{YEAR}", s)
        y0 = int(since.group(1)) if since else (min(years) if years else ctx.doc_year - 10)
        out.append(dict(indicator="import_dependence", dyad=[sup, rec], test="share", period=[y0, ctx.doc_year],
                        expected=[50, 100], tolerance=0, unit="percent", params={"aggregate": "mean"},
                        text=f"{rec} bought more arms from {sup} than from all others combined since {y0}"))
    return out


def _money_only(s: str) -> bool:
    """The sentence gives a value in money, not in SIPRI's TIV (which a sentence that says "TIV" gives)."""
    return bool(MONEY_RE.search(s)) and "tiv" not in s.lower()


#: why a figure in US$ stays a passage (docs/claims.md, "What is not pre-filled")
MONEY_NOTE = ("a value in US$: not pre-filled (SIPRI's trend-indicator values are a volume index, not money, and "
              "amity has no indicator in US$)")


def _client_range_shares(s: str, sup: str, rec: str) -> list[dict[str, Any]]:
    """"Chinese orders accounted for 34–60 per cent of Russian major weapons sales between 1999 and 2006": a
    recipient's share of its supplier's exports, every slot grounded in the clause — the recipient as the subject of
    "accounted for / took / received", the supplier as the owner of an export noun ("of Russian … sales", "of
    Russia's exports") right after the figure, and a period written in the sentence (a range, else its one year).
    (This replaces an older reading that made any percentage near the recipient's name its share of the supplier's
    exports, whatever the figure measured and in whichever direction.)"""
    out: list[dict[str, Any]] = []
    rec_names, sup_names = _ALL_STATES.get(rec, re.escape(rec)), _ALL_STATES.get(sup, re.escape(sup))
    for sm in SHARE_RE.finditer(s):
        pre = s[max(s.rfind(d, 0, sm.start()) for d in (",", ";", "(")) + 1:sm.start()]
        q = RE.search(r"(?:\b(?P<q>about|around|some|roughly|approximately|nearly|almost|more than|over|at least)"
                      r"\s+)?$", pre, re.I)
        subj = RE.search(rf"(?<![\w-])(?:the\s+)?(?:{rec_names})(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?"
                         rf"(?:accounted for|accounts for|took|received|absorbed|made up|represented)\s+"
                         rf"(?:about|around|some|roughly|approximately|nearly|almost|more than|over|at least)?\s*$",
                         pre)
        obj = RE.match(rf"\s+of\s+(?:all\s+|total\s+)?(?:the\s+)?(?:{sup_names})(?:['’]s)?\s+(?:[a-z-]+\s+){{0,3}}?"
                       rf"(?:exports|sales|deliveries|transfers|orders)\b", s[sm.end():])
        if not (subj and obj):
            continue
        rng = RANGE_RE.search(s)
        ys = sorted(set(years_in(s)))
        pers = sentence_periods(s)  # "from 2005-2012" (a hyphen between the years: no RANGE_RE match)
        period = [int(g) for g in rng.groups() if g][:2] if rng else list(pers[0]) if len(pers) == 1 else \
            [ys[0], ys[0]] if len(ys) == 1 and not pers else None
        if period is None:
            continue
        lo = float(sm.group("lo").replace(",", "."))
        if sm.group("hi"):
            exp, tol = [lo, float(sm.group("hi").replace(",", "."))], 0.0
        else:
            txt = sm.group("lo")
            f = Fig(lo, (q.group("q") or "").lower() if q else "", False,
                     len(txt.replace(",", ".").split(".")[1]) if RE.search(r"[.,]", txt) else 0)
            exp, tol = bounds(f, "share")
        out.append(dict(indicator="share_of_supplier_exports", dyad=[sup, rec], test="share", period=period,
                        expected=exp, tolerance=tol, unit="percent",
                        # a range ("34–60 per cent between 1999 and 2006"): every year's share within it
                        params={} if sm.group("hi") else {"aggregate": "pooled"},
                        text=f"{rec}'s share of {sup}'s arms exports {period[0]}–{period[1]}: {sm.group(0).strip()}"))
    return out
_VERB = rf"(?:has\s+|have\s+|had\s+|were\s+|was\s+)?(?P<verb>{_CHANGE_UP}|{_CHANGE_DOWN})"


def _implied_previous(s: str, doc: DocCtx) -> None:
    """"(in 2011–15,) up from 43rd in the previous five-year period": the sentence names the period before the
    one the document is about (its length given in words); it joins the document's periods, so that a later
    "rose by 699 per cent between those periods" has both terms. Only when the length matches that period."""
    m = PREVIOUS.search(s)
    latest = doc.latest() or doc.release
    if not m or latest is None:
        return
    n = _n_of(m.group("n"))
    if latest[1] - latest[0] + 1 != n:
        return
    before = (latest[0] - n, latest[1] - n)
    if not doc.periods:  # the period is the SIPRI release's (the document names none): both join the document's
        doc.periods.append(latest)
    if before not in doc.periods:
        doc.periods.insert(0, before)


def _named_previous(s: str, doc: DocCtx) -> None:
    """"... over the past five years compared to the previous five-year period (2015-2019)": the period written is the
    earlier one; the five years after it join the document's periods as the one it speaks of (so that a later
    "arms imports to Morocco decreased by 26%" is the change from 2015–19 to 2020–24)."""
    for start, _end, p in period_spans(s):
        if p[1] - p[0] == 4 and NAMES_EARLIER.search(s[max(0, start - 40):start]):
            after = (p[0] + 5, p[1] + 5)
            if after in doc.periods:
                doc.periods.remove(after)
            doc.periods.append(after)
            doc.compared_only.add(p)
_IMPORTS = rf"(?:{ARMS}\s+imports?|imports?\s+of\s+{ARMS}|imports?)"
_EXPORTS = rf"(?:{ARMS}\s+(?:exports?|sales|deliveries|transfers|supplies)|exports?\s+of\s+{ARMS}|exports?)"


def _nearest_state(s: str, pos: int, not_: str | None = None) -> str | None:
    """The last state named in ``s`` before ``pos`` (other than ``not_``)."""
    found = [_code(m.group(0)) for m in RE.finditer(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])", s[:pos])]
    found = [c for c in found if c and c != not_]
    return found[-1] if found else None


def _who(text: str | None, s: str, pos: int, doc: DocCtx) -> str | None:
    """The state a phrase names, or the one a pronoun ("its", "the country's") stands for: the nearest state
    before ``pos`` in the sentence, else the state the document is about."""
    c = _code(text)
    if c:
        return c
    if text and PRONOUN.fullmatch(text.strip()):
        if text.strip().lower().startswith("the country"):
            return doc.title_subject or doc.subject  # the title's one state, else the state the text is about
        before = [(m.start(), _code(m.group(0))) for m in RE.finditer(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])", s[:pos])]
        before = [b for b in before if b[1]]
        return before[-1][1] if before else antecedent(s, pos, doc)
    return None


_FOLD = re.compile(r"(?P<fq>more than|almost|nearly|about|roughly)?\s*(?:a\s+)?(?P<n>two|three|four|five|six|seven|"
                   r"eight|nine|ten|twenty|fifty|hundred|\d+)[- ]?fold\b", re.I)


def _list_item(s: str, doc: DocCtx) -> str:
    """A numbered item of a list ("4- UAE: accounts for 3.1% of total global imports", "2. France – 11 % of global
    exports") as a sentence ("UAE accounts for 3.1% of ..."), with the list's period where the item writes none: the
    period of the claims read from the item before it, else the one year the document named last ("... in 2023")."""
    m = ITEM.match(s)
    if not m:
        return s
    out = f"{m.group('st')} {s[m.end():]}"
    bare = RE.fullmatch(rf"\s*(?P<b>\(\s*)?(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s*(?(b)\))\s*[.;,]?\s*", s[m.end():], re.I)
    if bare:  # "2. France – 11 percent", "5. United Kingdom (4%)": the measure of the item before it, else of the
        # list's head
        prev = [c for c in doc.last if c["indicator"] in WORLD_SHARE_INDICATORS]
        head = RE.search(r"\b(?:top|largest|biggest|leading|main|major)\b[^.;]{0,40}?\b(?P<r>exporters|importers|"
                         r"suppliers|recipients)\b", doc.recent, re.I)
        if prev:
            imports = prev[0]["indicator"] == "recipient_world_share"
        elif head and not RE.search(r"['’]s?\b", doc.recent[:head.start()]) and not distinct_states(doc.recent):
            imports = head.group("r").lower() in ("importers", "recipients")
        else:
            return out
        out = f"{m.group('st')} accounts for {bare.group('f')} of global arms {'imports' if imports else 'exports'}"
        if prev:
            p0, p1 = prev[0]["period"]
            return f"{out} in {p0}–{p1}" if p0 != p1 else f"{out} in {p0}"
        return out + (f" in {doc.year}" if doc.year and not doc.periods else "")
    if years_in(out) or ODD_TIME.search(out):
        return out
    p = next((c["period"] for c in doc.last if c.get("period")), None) or ([doc.year, doc.year] if doc.year else None)
    if p is None:
        return out
    return f"{out.rstrip('. ')} in {p[0]}" if p[0] == p[1] else f"{out.rstrip('. ')} in {p[0]}–{p[1]}"


#: "the global volume of imported weapons": global arms imports
_VOLUME_OF = re.compile(r"\b(?P<w>global|world|international)\s+volume\s+of\s+(?P<f>import|export)ed\s+"
                        r"(?:arms|weapons)", re.I)
#: "market share", "global market share", "share in the world arms market" (read as world arms exports where the
#: text speaks of exports only)
_MARKET_SHARE = re.compile(r"(?P<pre>\b(?:its|their|[\w’']+['’]s?|an?\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent))\s+)"
                           r"(?:global\s+|world\s+|arms\s+)?market\s+share\b", re.I)
_OF_MARKET = re.compile(rf"(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+of\s+the\s+(?:global|world|international)\s+(?:arms\s+)?"
                        r"market\b", re.I)
#: "a share of the global arms trade", "7.9 per cent of the world arms trade" (read as world arms exports where the text
#: speaks of exports only: "India's share of the global arms trade" may be its imports)
_ARMS_TRADE = re.compile(rf"(?P<pre>(?:\bshare\s+(?:of|in)|\d(?:\.\d+)?\s*{_PCT}\s+of)\s+)(?:the\s+)?"
                         r"(?P<w>global|world|international|world['’]s)\s+(?:arms|weapons)\s+trade\b", re.I)
#: a flow to or from one region, right after a share's noun ("... of Russia's arms exports to Southeast Asia", "of
#: global arms sales to the Middle East")
_TO_REGION = re.compile(r"\s+(?:to|in|from|within|across)\s+(?:the\s+)?(?:(?:South|North|East|West|Central|"
                        r"Southeast|South-East|Sub-Saharan|Western|Eastern|Northern|Southern|Latin)[\s-]*)?(?:Asia|"
                        r"Africa|Europe|America|Americas|Middle\s+East|Gulf|Oceania|sub-region|region|continent)"
                        r"(?![\w-])", re.I)
#: "A Swedish think-tank says global arms exports increased 14 percent": who says it, no state of the figure
_SOURCE_NATION = re.compile(r"\b(?P<a>[Aa]n?|[Tt]he)\s+Swedish\s+(?P<what>think[- ]?tank|(?:peace\s+)?research\s+"
                            r"(?:institute|centre|center|group)|institute|arms\s+(?:watchdog|monitor|researchers?))")
#: where the source sits: "SIPRI in Sweden", "(SIPRI) in Stockholm, Sweden" (no state of a claim)
_SOURCE_SEAT = re.compile(r"(?:(?<=SIPRI\))|(?<=SIPRI)|(?<=Institute))\s+(?:in|of)\s+(?:Stockholm,\s+)?Sweden\b")


def _sole_total(s: str, m: re.Match[str], doc: DocCtx) -> bool:
    """Whether "X accounted for 34 per cent of total arms exports" (no world word) is X's world share: X is the only
    state the sentence names, nothing makes X a buyer or one of a group, the total is not qualified ("of total
    exports to the continent", "from France") and, for exports, the sentence before speaks of no other state's exports
    (then "Saudi Arabia accounted for 23 % of total arms exports" is that state's customer share)."""
    if len(set(distinct_states(s))) != 1 or ROLE_OTHER.search(s):
        return False
    if RE.match(r"\s+(?:to|from|of|by|in\s+(?:the\s+)?(?:region|continent))\b", s[m.end():], re.I):
        return False
    if m.group("flow4").lower() == "exports":
        prev = set(distinct_states(doc.recent))
        if prev - set(distinct_states(s)) and RE.search(r"\bexport", doc.recent, re.I):
            return False
    return True


def _in_sipri_terms(s: str, doc: DocCtx) -> str:
    """Sentence ``s`` put in the terms the SIPRI forms read: the source's nationality and seat dropped ("a Swedish
    think tank", "SIPRI in Stockholm, Sweden": no state of a claim), "the global volume of exported arms" as "global
    arms exports", a market share in a text on exports as a share of global arms exports, figures in one form,
    descriptors ("the kingdom") resolved, and a numbered list item as a sentence."""
    s = _SOURCE_NATION.sub(r"\g<a> \g<what>", s)
    s = _SOURCE_SEAT.sub("", s)
    s = _VOLUME_OF.sub(lambda v: f"{v.group('w')} arms {v.group('f').lower()}s", s)
    if not RE.search(r"\bimport|\bbuyers?\b|\bpurchas", s, re.I) and RE.search(
            r"\bexport|\bsupplier|\bsales\b|\bdeliveries\b", s + doc.recent, re.I):
        # "Germany's market share increased from 6 percent to 11 percent", "now has a 37 percent market share" (in a
        # text on exports, with no word of imports): a supplier's world share
        s = _MARKET_SHARE.sub(lambda v: v.group("pre") + "share of global arms exports", s)
        # "now accounting for 42% of the global market": the same, said of the market
        s = _OF_MARKET.sub(r"\g<f> of global arms exports", s)
        # "France's share of the global arms trade", "7.9 per cent of the global arms trade": the same, said of trade
        s = _ARMS_TRADE.sub(r"\g<pre>\g<w> arms exports", s)
    return _list_item(resolve_descriptors(normalise_figures(s), doc), doc)


# -- SIPRI fact-sheet forms: shares and changes of five-year periods --------------------------------
# Written to be precise: a claim is pre-filled only when every slot (indicator, who supplies whom, the
# period, the figure and its rounding) is read from the sentence, its predecessors in the document
# (the periods and the state the text is about) or the brief's metadata. Anything else stays a passage.
def _sipri_claims(s: str, ctx: Ctx) -> list[dict[str, Any]]:
    """Shares and changes in SIPRI's terms: import dependence, share of a supplier's exports, world shares,
    a party's total exports or imports and their change between periods, weapon-category shares. The sentence is put
    in SIPRI's terms (:func:`_in_sipri_terms`), read by each form in turn (:func:`_pair_shares` to
    :func:`_weapon_category_shares`, then the readers of :mod:`amity.claims.slots`), and what the whole sentence shows
    to be misread is dropped (:func:`_misreadings_dropped`)."""
    doc = ctx.doc
    s = _in_sipri_terms(s, doc)
    out: list[dict[str, Any]] = []
    used: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in used)

    def take(m: re.Match[str]) -> None:
        used.append((m.start(), m.end()))

    def two_states(m: re.Match[str], sup: str | None, rec: str | None, f: Fig | None,
                   claim: Callable[[str, str, tuple[int, int], Fig], dict[str, Any]]
                   ) -> tuple[str, str, tuple[int, int]] | None:
        """A share between two states (``claim``: import dependence or a client's share of a supplier's exports):
        where the match ``m`` names two different states and a figure, overlaps no claim read before and a period
        is found, the claim is added and ``m`` taken; the supplier, recipient and period are returned, else None."""
        if not (sup and rec and sup != rec and f) or not free(m):
            return None
        if _TO_REGION.match(s, m.end()):
            return None  # "78 per cent of Russia's arms exports to Southeast Asia": a share of one region's flow
        p = single_period(s, m.end(), doc)
        if p is None:
            return None
        out.append(claim(sup, rec, p, f))
        take(m)
        return sup, rec, p

    pair = ctx.pair
    # the forms in order: each reads only what no form before it took (``used``)
    _pair_shares(s, doc, out, used, free, take, two_states)
    _world_shares(s, doc, pair, out, used, free, take)
    _changes(s, doc, pair, out, used, free, take)
    out += paired_shares(s, doc, used)
    out += respectively(s, doc, pair, free, used)
    out += ranking_goes_on(s, doc, free, used, pair)
    out += role_lists(s, doc, free, used)
    _parenthesised_lists(s, doc, pair, out, free, take)
    _world_share_list(s, doc, pair, out, free, take)
    _delivery_ratio(s, doc, out, free, take)
    _weapon_category_shares(s, doc, pair, out, free, take)
    out += more_shares(s, doc, pair, out, free, used)
    out += multiples(s, doc, pair, free, used)
    out += bracketed_changes(s, doc, pair, free, used)
    out += world_rankings(s, doc, pair, out, used)
    out += slot_claims(s, doc, pair, out, used)
    out += followed_by(s, out, used, pair)
    out += share_after_change(s, out, used, pair)
    return _misreadings_dropped(out, s)


def _pair_shares(s: str, doc: DocCtx, out: list[dict[str, Any]], used: list[tuple[int, int]],
                 free: Callable[[re.Match[str]], bool], take: Callable[[re.Match[str]], None],
                 two_states: Callable[..., Any]) -> None:
    """Forms 1 to 3: a supplier's share of a recipient's arms imports (import dependence) and a recipient's share
    of a supplier's arms exports, each read between two states the sentence names, in the period it grounds."""
    # 1b. "The UAE's share in / of Türkiye's arms exports was 15 %(, Qatar's was 13 % and Pakistan's 11 %)": a
    #     recipient's share of a supplier's exports; "Russia's share of India's arms imports was 36 %, France's 33 %":
    #     a supplier's share of a recipient's imports (the same measure for each elliptic item that follows)
    rx = re.compile(rf"{_st('x')}\s+share\s+(?:of|in)\s+(?:the\s+)?(?:total\s+)?{_st('y')}\s+(?:total\s+)?"
                    rf"(?:(?P<exp>{_EXPORTS})|(?P<imp>{_IMPORTS}))\s+(?:was|stood\s+at|amounted\s+to|is)\s+{fig_rx('a')}",
                    re.I)
    item_rx = re.compile(rf"(?:,\s*|,?\s+and\s+|,?\s+while\s+){_st('w')}\s+(?:(?:was|stood\s+at|at)\s+)?{fig_rx('b')}",
                         re.I)
    for m in rx.finditer(s):
        x, y, fa = _code(m.group("x")), _code(m.group("y")), read_fig(m, "a")
        if not (x and y and x != y and fa and free(m)) or PREVIOUS.search(s):
            continue
        p = single_period(s, m.end(), doc)
        if p is None:
            continue
        one = client_claim if m.group("exp") else dependence_claim
        out.append(one(y, x, p, fa) if m.group("exp") else one(x, y, p, fa))
        take(m)
        k = m.end()
        while (it := item_rx.match(s, k)) is not None:
            w, fb = _code(it.group("w")), read_fig(it, "b")
            if not (w and fb and w != y) or not RE.match(r"['’]", s[it.end("w"):]):
                break
            out.append(one(y, w, p, fb) if m.group("exp") else one(w, y, p, fb))
            used.append((it.start(), it.end()))
            k = it.end()
    # 1. "Russia('s) share of (total) India's / Indian arms imports (to India) fell from 69 % (in P1) to 46 % (in P2)"
    #    "Russia's share in Indian arms imports was down to about 50 % between 2016 and 2020"
    rx = re.compile(rf"{_st('sup')}\s+share\s+(?:of|in)\s+(?:total\s+)?(?:{_st('rec')}\s+)?{_IMPORTS}"
                    rf"(?:\s+(?:to|by|of)\s+{_st('rec2')})?(?:\s+(?:in|during|over)\s+the\s+same\s+(?:period|time|years?))?\s+(?:has\s+)?"
                    rf"(?P<verb>{_CHANGE_UP}|{_CHANGE_DOWN}|was|stood at|reached)\s+"
                    rf"(?:slightly\s+)?(?:from\s+|(?:(?<=was\s)(?:down|up)\s+)?to\s+(?!{fig_rx('z')}\s+from))?{fig_rx('a')}(?:\s+in\s+{PERIOD})?"
                    rf"(?:\s+to\s+{fig_rx('b')}(?:\s+in\s+{PERIOD})?)?", re.I)
    for m in rx.finditer(s):
        sup, rec = _code(m.group("sup")), _code(m.group("rec") or m.group("rec2"))
        fa, fb = read_fig(m, "a"), read_fig(m, "b")
        if not (sup and rec and sup != rec and fa) or not free(m):
            continue
        pers = sentence_periods(m.group(0))
        if fb is not None:
            pr = two_periods(pers, doc)
            if pr is None:
                continue
            for f, p in ((fa, pr[0]), (fb, pr[1])):
                out.append(dependence_claim(sup, rec, p, f))
        else:
            p = pers[0] if pers else single_period(s, m.end(), doc)
            if p is None:
                continue
            out.append(dependence_claim(sup, rec, p, fa))
        take(m)
    # 1c. "In 2015, the US was the only arms supplier of Morocco": a share of 100 %
    rx = re.compile(rf"{_st('sup')}\s+(?:was|is|has\s+been|remained|remains)\s+(?:even\s+|also\s+|still\s+)?"
                    rf"(?:the\s+|its\s+)?(?:only|sole)\s+(?:foreign\s+)?(?:major\s+)?(?:arms\s+|weapons?\s+)?"
                    rf"(?:supplier|source\s+of\s+(?:arms|weapons))\s+(?:of|to|for)\s+{_st('rec')}", re.I)
    for m in rx.finditer(s):
        sup, rec = _code(m.group("sup")), _code(m.group("rec"))
        two_states(m, sup, rec, Fig(100.0, "", False, 0),
                   lambda a, b, p, f: {**dependence_claim(a, b, p, f), "tolerance": 0.0})  # all, not a rounded 100
    # 1d. "... its imports represent 4.3 % of global arms imports, mainly from Russia (73 %), Germany (10 %) and France
    #     (5.2 %)": the suppliers of the recipient whose imports the clause speaks of, each with its share
    item = rf"(?:the\s+)?(?P<w>{_ST_ALT})(?![\w-])\s*\(\s*{fig_rx('f')}\s*\)"
    rx = re.compile(rf"\b(?P<rec>(?:the\s+)?(?:{_ST_ALT})['’]s?|[Ii]ts|[Tt]heir)\s+(?:total\s+)?"
                    rf"(?:arms\s+|weapons?\s+)?(?:imports|purchases)\b[^;()]{{0,80}}?,?\s+(?:mainly|mostly|chiefly|primarily|largely|notably)\s+"
                    rf"from\s+(?={item})")
    for m in rx.finditer(s):
        rec_t = m.group("rec")
        rec = _code(RE.sub(r"['’]s?$", "", rec_t)) or (antecedent(s, m.start(), doc) if rec_t.lower() in (
            "its", "their") else None)
        p = single_period(s, m.start(), doc)
        k, got = m.end(), []
        while (it := re.compile(rf"(?:,\s*|,?\s+and\s+)?{item}").match(s, k)) is not None:
            got.append((_code(it.group("w")), read_fig(it, "f"), (it.start(), it.end())))
            k = it.end()
        if rec is None or p is None or len(got) < 2 or any(not (w and f and w != rec) for w, f, _ in got):
            continue
        for w, f, span in got:
            if not any(a < span[1] and span[0] < b for a, b in used):
                out.append(dependence_claim(w, rec, p, f))  # type: ignore[arg-type]
                used.append(span)
    # 2. "Russia (still) supplies / accounted for 59 % of China's arms imports(, while France accounts for 15 % and
    #    Ukraine 14 %)" and "X % of India's arms imports came from Russia"
    rx = re.compile(rf"{_st('sup')}(?:\s+[^.;%,]{{0,100}}?)?(?:,\s*|\s+)(?:and\s+)?(?:(?:which|that|who)\s+)?"
                    rf"(?:has\s+|have\s+|had\s+)?"
                    rf"(?:still\s+|also\s+|alone\s+)?(?:accounted for|accounts for|accounting for|supplied|supplies|"
                    rf"supplying|provided|provides|providing|made up|makes up|delivered|furnished|furnishes|"
                    rf"furnishing)\s+"
                    rf"{fig_rx('a')}\s+of\s+"
                    rf"(?:the\s+)?(?:total\s+)?(?:(?:{_st('rec')}|(?P<recpro>its|their))\s+(?:total\s+)?{_IMPORTS}|"
                    rf"(?:{ARMS}\s+)?(?:imports|supplies|deliveries)\s+(?:of\s+|to\s+){_st('rec3')}|"
                    # "The US accounted for 60 percent of the arms shipped to the UAE"
                    rf"(?:{ARMS}\s+(?:shipped|delivered|sold|exported|supplied|transferred)|(?:all\s+)?(?:{ARMS}\s+)?"
                    rf"(?:exports|transfers))\s+to\s+{_st('rec4')}(?!\s+(?:and|or)\s))", re.I)
    rx2 = re.compile(rf"{fig_rx('a')}\s+of\s+(?:the\s+)?(?:total\s+)?{_st('rec')}\s+(?:total\s+)?{_IMPORTS}"
                     rf"{PERIOD_PHRASE}\s+"
                     rf"(?:came|come|were supplied|was supplied|originated)\s+from\s+{_st('sup')}", re.I)
    for m in [*rx.finditer(s), *rx2.finditer(s)]:  # import dependence
        if m.re is rx and RE.match(r"['’]s?\s+(?!(?:own\s+)?(?:arms|weapons?|military|defen[cs]e|exports?|supplies|"
                                   r"deliveries)\b)", s[m.end("sup"):]):
            continue  # "Ukraine's main supplier was the USA, which accounted for ...": the possessor is no supplier
        sup, rec, fa = _code(m.group("sup")), _code(m.group("rec")), read_fig(m, "a")
        if rec is None and "rec3" in m.re.groupindex:
            # "of the total arms imports of Pakistan", "of the arms supplies to Ukraine", "of the arms shipped to Oman"
            rec = _code(m.group("rec3") or m.group("rec4"))
        if rec is None and "recpro" in m.re.groupindex and m.group("recpro"):
            rec = _nearest_state(s, m.start("recpro"), not_=sup)  # "... supplier to Egypt ... of its arms imports"
        got = two_states(m, sup, rec, fa, dependence_claim)
        if got is None:
            continue
        sup, rec, p = got
        rest = s[m.end():]
        # "..., compared with 76 per cent in 2009-2013": the same share in another period
        # ("... of its imported weapons in 2021–25, up from 73 per cent in 2016–20": a few words before it)
        mc = RE.match(rf"(?:[^,;%.]{{0,40}}?(?:\s+in\s+{PERIOD})?)?\s*,?\s*(?:compared with|compared to|against|"
                      rf"up from|down from)\s+{fig_rx('k')}(?:\s+in\s+{PERIOD})?", rest, re.I)
        if mc and read_fig(mc, "k"):
            pers = [q for q in sentence_periods(mc.group(0)) if q != p]
            p2 = pers[-1] if pers else (doc.pair() or (None, None))[0]
            if p2:
                out.append(dependence_claim(sup, rec, p2, read_fig(mc, "k")))  # type: ignore[arg-type]
        # "... in 2010–14 and for 73 per cent in 2015–19": the same share in another period
        ma = RE.match(rf"(?:\s+(?:in|during)\s+{PERIOD})?\s*,?\s+and\s+(?:for\s+)?{fig_rx('k')}\s+(?:in|during)\s+"
                      rf"{PERIOD}", rest, re.I)
        if ma and read_fig(ma, "k"):
            pa = sentence_periods(ma.group(0))[-1]
            if pa != p:
                out.append(dependence_claim(sup, rec, pa, read_fig(ma, "k")))  # type: ignore[arg-type]
                used.append((m.end(), m.end() + ma.end()))
        # "... and 82% of Bangladeshi imports": the same supplier, another recipient
        # "... and 72 per cent of South Korea's": the same noun left out after a possessive
        mr = RE.match(rf"{PERIOD_PHRASE}\s*,?\s+and\s+{fig_rx('r')}\s+of\s+(?:the\s+)?(?:total\s+)?{_st('r2')}"
                      rf"(?:\s+(?:total\s+)?{_IMPORTS}|(?<=['’]s)(?=\s*(?:[.;]|$)))", rest, re.I)
        if mr and read_fig(mr, "r") and _code(mr.group("r2")) not in (None, sup):
            r2 = _code(mr.group("r2"))
            out.append(dependence_claim(sup, r2, p, read_fig(mr, "r")))  # type: ignore[arg-type]
            used.append((m.end(), m.end() + mr.end()))
        pos = 0
        # "..., Poland (17%)" after "during the year": the list goes on after a period phrase
        lead = RE.match(rf"{PERIOD_PHRASE}(?:\s+(?:during|in|over)\s+(?:the\s+)?(?:same\s+)?(?:year|period|time))?",
                        rest, re.I)
        pos = lead.end() if lead else 0
        while True:
            m2 = RE.match(rf"\s*(?:,\s*|\s+)(?:while\s+|and\s+|with\s+|followed\s+(?:in\s+\w+\s+)?by\s+)*"
                          rf"{_st('s2')}\s*"
                          rf"(?:accounts for\s+|accounted for\s+|supplied\s+|supplies\s+|provided\s+|with\s+|for\s+)?"
                          rf"(?:{fig_rx('c')}|\(\s*{fig_rx('e')}\s*\))"
                          rf"(?!\s+of\s+(?!(?:its|their)\s+(?:total\s+)?(?:arms\s+|weapons?\s+)?imports))",
                          rest[pos:], re.I)
            if not m2:
                break
            s2, fc = _code(m2.group("s2")), read_fig(m2, "c") or read_fig(m2, "e")
            used.append((m.end() + pos, m.end() + pos + m2.end()))
            if s2 and fc and s2 != rec:
                out.append(dependence_claim(s2, rec, p, fc))
            pos += m2.end()
    # 2a. "Russia remained India's main arms supplier (accounting for 36 per cent of its arms imports)"
    rx = re.compile(rf"{_st('sup')}\s+(?:has\s+)?(?:remained|remains|was|is|became|has\s+become|has\s+been)\s+"
                    rf"{_st('rec')}\s+(?:(?:main|largest|biggest|top|leading|"
                    rf"principal|primary|chief|single\s+largest)\s+)?(?:arms\s+|weapons\s+)?supplier"
                    rf"(?:\s+(?:in|during|over)\s+(?:the\s+)?(?:period\s+)?{PERIOD})?\s*(?:\(\s*|,\s+)(?:accounting\s+for|"
                    rf"with|providing|supplying)\s+{fig_rx('a')}\s+of\s+(?:its|their|(?:the\s+)?(?:total\s+)?"
                    rf"{_st('rec3')})\s+(?:total\s+)?(?:arms\s+|weapons\s+)?imports", re.I)
    for m in rx.finditer(s):
        sup, rec, fa = _code(m.group("sup")), _code(m.group("rec")), read_fig(m, "a")
        if m.group("rec3") and _code(m.group("rec3")) != rec:
            continue
        two_states(m, sup, rec, fa, dependence_claim)
    # 2a'. "France emerged as the second largest supplier to India with a share of 29%"; "In 2018-22, France was
    #      India's second biggest arms supplier with a 29% share" (a rank among one recipient's suppliers)
    ordinal = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d(?:st|nd|rd|th))"
    rx = re.compile(rf"{_st('sup')}\s+(?:has\s+)?(?:emerged\s+as|was|is|became|has\s+become|remained|remains|"
                    rf"ranked(?:\s+as)?|"
                    rf"stood\s+as|came\s+in\s+as)\s+(?:the\s+|{_st('rec')}\s+)?(?:{ordinal}[\s-]+)?(?:(?:largest|biggest|main|"
                    rf"top|leading|principal|primary|major)\s+)?(?:arms\s+|weapons\s+)?supplier(?:\s+of\s+(?:major\s+)?arms)?"
                    rf"(?:\s+(?:to|of|for)\s+{_st('rec2')})?(?:\s+(?:in|during|over)\s+(?:the\s+)?(?:period\s+)?{PERIOD}"
                    rf"(?:\s+period)?)?,?\s+(?:with|providing|supplying|accounting\s+for)\s+"
                    rf"(?:a\s+share\s+of\s+{fig_rx('a')}|an?\s+{fig_rx('b')}\s+share\b(?!\s+of)|{fig_rx('c')}\s+of\s+"
                    rf"(?:(?:its|their|(?:the\s+)?(?:total\s+)?{_st('rec3')})\s+(?:total\s+)?(?:arms\s+|weapons\s+)?imports|"
                    rf"all\s+(?:arms\s+)?(?:transfers|deliveries|imports)\b(?!\s+(?:to|of)\b)))", re.I)
    for m in rx.finditer(s):
        recs = {_code(m.group(g)) for g in ("rec", "rec2", "rec3") if m.group(g)}
        if len(recs) != 1:
            continue  # no recipient named, or two that differ
        rec = recs.pop()
        after = RE.match(r"\s+of\s+([^,;.]{0,40})", s[m.end():])
        if after and set(distinct_states(after.group(1))) - {rec}:
            continue  # "with a share of 83 % of India's imports": another state's share
        f = read_fig(m, "a") or read_fig(m, "b") or read_fig(m, "c")
        two_states(m, _code(m.group("sup")), rec, f, dependence_claim)
    # 2b. "Dhaka procured 71% of its arms from China(, and Myanmar 68%)"; "Its largest arms supplier was Russia,
    #     from which it bought 62% of its weaponry"
    what = (r"(?:total\s+)?(?:major\s+)?(?:arms(?:\s+imports)?|weapons|weaponry|imports|"
            r"military\s+(?:equipment|hardware))")
    buy = r"(?:procured|procures|bought|buys|imported|imports|sourced|sources|purchased|purchases|obtained|received)"
    rx = re.compile(rf"(?:{_st('rec')}|(?P<rpro>\b(?:it|they)))\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?{buy}\s+"
                    rf"{fig_rx('a')}\s+of\s+(?:its|their)\s+{what}\s+from\s+{_st('sup')}", re.I)
    rx2 = re.compile(rf"{_st('sup')},?\s+from\s+(?:which|whom)\s+(?:{_st('rec')}|(?P<rpro>it|they))\s+(?:also\s+)?"
                     rf"{buy}\s+{fig_rx('a')}\s+of\s+(?:its|their)\s+{what}", re.I)
    for m in [*rx.finditer(s), *rx2.finditer(s)]:
        sup, fa = _code(m.group("sup")), read_fig(m, "a")
        rec = _code(m.group("rec")) or (head_state(s, 0, m.start()) if m.group("rpro") and m.re is rx else None) \
            or (antecedent(s, m.start(), doc) if m.group("rpro") else None)
        if m.group("rpro") and m.re is rx2:
            rec = head_state(s, 0, m.start()) if RE.match(r"\s*(?:its|their)\b", s, re.I) is None else \
                antecedent(s, m.start(), doc)
        got = two_states(m, sup, rec, fa, dependence_claim)
        if got is None:
            continue
        sup, rec, p = got
        # ", and Myanmar 68%": another recipient, the same supplier
        m2 = RE.match(rf"{PERIOD_PHRASE}(?:\s+over\s+the\s+[\w-]+\s+period)?\s*,?\s+and\s+{_st('r2')}\s+"
                      rf"{fig_rx('c')}", s[m.end():], re.I)
        if m2:
            r2, fc = _code(m2.group("r2")), read_fig(m2, "c")
            if r2 and fc and r2 != sup:
                out.append(dependence_claim(sup, r2, p, fc))
        # "... from China and another 7 per cent from Turkey": another supplier, the same recipient
        m3 = RE.match(rf"{PERIOD_PHRASE}\s*,?\s+and\s+(?:another|a\s+further)\s+{fig_rx('d')}\s*from\s+{_st('s2')}",
                      s[m.end():], re.I)
        if m3:
            s2, fd = _code(m3.group("s2")), read_fig(m3, "d")
            if s2 and fd and s2 not in (sup, rec):
                out.append(dependence_claim(s2, rec, p, fd))
    # 2c. "Pakistan's arms imports from China rose from 45% of its total weapons imports in 2008-12 to 70% in 2013-17"
    rx = re.compile(rf"{_st('rec')}\s+(?:arms?\s+|weapons?\s+)?imports\s+from\s+{_st('sup')}\s+(?:has\s+|have\s+)?"
                    rf"(?:{_CHANGE_UP}|{_CHANGE_DOWN})\s+from\s+{fig_rx('a')}\s+of\s+(?:its|their)\s+(?:total\s+)?"
                    rf"(?:arms\s+|weapons?\s+)?imports(?:\s+(?:in|during)\s+{PERIOD})?\s+to\s+{fig_rx('b')}"
                    rf"(?:\s+(?:in|during)\s+{PERIOD})?", re.I)
    for m in rx.finditer(s):
        sup, rec, fa, fb = _code(m.group("sup")), _code(m.group("rec")), read_fig(m, "a"), read_fig(m, "b")
        pers = sentence_periods(m.group(0))
        pr = two_periods(pers, doc)
        if not (sup and rec and sup != rec and fa and fb and pr) or not free(m):
            continue
        for f, p in ((fa, pr[0]), (fb, pr[1])):
            out.append(dependence_claim(sup, rec, p, f))
        take(m)
    # 3. "Some 35 % of China's weapon exports go to Pakistan, 20 % to Bangladesh and 16 % to Myanmar";
    #    "India took / received 30 % of France's arms exports"; "With its 38 % share, India was Russia's largest client"
    rx = re.compile(rf"{fig_rx('a')}\s+of\s+(?:the\s+|all\s+)?(?:total\s+)?{_st('sup')}\s+(?:total\s+)?{_EXPORTS}\s+"
                    rf"(?:go|goes|went|were delivered|was delivered|were destined)\s+to\s+{_st('rec')}", re.I)
    for m in rx.finditer(s):
        sup, rec, fa = _code(m.group("sup")), _code(m.group("rec")), read_fig(m, "a")
        if not (sup and rec and sup != rec and fa) or not free(m):
            continue
        if RE.match(rf"\s*(?:,\s*|\s+and\s+)(?:the\s+)?(?:{_ST_ALT})(?![\w-])(?!\s*(?:\(|\d))", s[m.end():]):
            continue  # "Over half of Russia's exports went to India, China and Vietnam": the three together
        if RE.match(rf"\s*\(\s*{fig_rx('g')}\s*\)", s[m.end():], re.I):
            # "Two-thirds of Russian arms exports went to India (38%), China (17%), and Kazakhstan (11%)": the fraction
            # is the group's; each recipient's own share is the figure in its parentheses
            items = list(RE.finditer(rf"(?:^|\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_st('i')}\s*\(\s*{fig_rx('i')}"
                                     rf"\s*\)", s[m.start('rec'):]))
            got, k = [], 0
            for it in items:
                if it.start() != k:
                    break
                got.append((_code(it.group("i")), read_fig(it, "i")))
                k = it.end()
            p = single_period(s, m.end(), doc)
            if got and p is not None and all(r and f and r != sup for r, f in got) and \
                    not RE.match(r"\s*,?\s*(?:and\s+)?(?:\d|[A-Z])", s[m.start("rec") + k:]):
                for r, f in got:
                    out.append(client_claim(sup, r, p, f))  # type: ignore[arg-type]
                take(m)
            continue
        p = single_period(s, m.end(), doc)
        if p is None:
            continue
        out.append(client_claim(sup, rec, p, fa))
        take(m)
        rest, pos = s[m.end():], 0
        while True:
            m2 = RE.match(rf"{PERIOD_PHRASE}\s*(?:,\s*|\s+)(?:and\s+|followed\s+by\s+)?{fig_rx('c')}\s+to\s+"
                          rf"{_st('r2')}", rest[pos:], re.I)
            if not m2:
                break
            r2, fc = _code(m2.group("r2")), read_fig(m2, "c")
            if r2 and fc and r2 != sup:
                out.append(client_claim(sup, r2, p, fc))
            pos += m2.end()
    rx = re.compile(rf"{_st('rec')}\s+(?:(?:arms\s+|weapons\s+)?imports\s+)?(?:alone\s+)?(?:took|received|receiving|"
                    rf"accounted for|accounts for|absorbed|"
                    rf"bought)\s+{fig_rx('a')}\s+of\s+(?:the\s+)?(?:total\s+)?(?:{_st('sup')}\s+(?:total\s+)?"
                    rf"{_EXPORTS}|(?:arms|weapons|major arms)\s+exported\s+by\s+{_st('sup2')})",
                    re.I)
    rx3 = re.compile(rf"(?:arms\s+|weapons?\s+)?(?:transfers?|exports?|deliveries|sales)\s+to\s+{_st('rec')}\s+"
                     rf"(?:was|were|made up|represented|accounted for|was regarded as|amounted to)\s+{fig_rx('a')}"
                     rf"\s+of\s+"
                     rf"(?:the\s+)?(?:total\s+)?{_st('sup')}\s+(?:total\s+)?{_EXPORTS}", re.I)
    # "Those arms predominantly went to Pakistan, making up 63 per cent of China's total arms exports"
    rx4 = re.compile(rf"\b(?:went|go|goes|were\s+delivered|were\s+sold)\s+(?:mainly\s+|mostly\s+|predominantly\s+)?"
                     rf"to\s+"
                     rf"{_st('rec')},\s+(?:making\s+up|accounting\s+for|representing)\s+{fig_rx('a')}\s+of\s+(?:the\s+)?"
                     rf"(?:total\s+)?{_st('sup')}\s+(?:total\s+)?{_EXPORTS}", re.I)
    # "Saudi Arabia was the largest recipient of US arms in 2015–19 and accounted for 25 percent of U.S. arms exports"
    rx5 = re.compile(rf"{_st('rec')}\s+(?P<mid>(?:was|is|remained|remains|became)\s[^.;%]{{1,80}}?)\s+and\s+"
                     rf"(?:also\s+)?(?:accounted\s+for|took|received|absorbed)\s+{fig_rx('a')}\s+of\s+(?:the\s+)?"
                     rf"(?:total\s+)?{_st('sup')}\s+(?:total\s+)?{_EXPORTS}", re.I)
    rx2 = re.compile(rf"\bwith\s+(?:its|a)\s+{fig_rx('a')}\s+share,\s+{_st('rec')}\s+(?:was|is|remained|remains)\s+"
                     rf"(?:by far\s+|still\s+)?{_st('sup')}\s+(?:largest|biggest|main|top|second[- ]largest|"
                     rf"third[- ]largest)\s+(?:arms\s+)?(?:client|customer|buyer|recipient|market)", re.I)
    for m in [*rx.finditer(s), *rx2.finditer(s), *rx3.finditer(s), *rx4.finditer(s), *rx5.finditer(s)]:
        sup = _code(m.group("sup")) or ("sup2" in m.re.groupindex and _code(m.group("sup2"))) or None
        rec, fa = _code(m.group("rec")), read_fig(m, "a")
        if m.re is rx5 and set(distinct_states(m.group("mid"))) - {sup}:
            continue  # another state between the recipient and its share: whose share it is is not said
        got = two_states(m, sup, rec, fa, client_claim)
        if got is None:
            continue
        sup, rec, p = got
        earlier = earlier_share(s, m.end(), p, doc)
        if earlier:
            out.append(client_claim(sup, rec, earlier[1], earlier[0]))
    # "The US continued to supply the bulk of arms, exporting 88 percent of all arms sold to Saudi Arabia in 2018"
    rx = re.compile(rf"{_st('sup')}(?:\s+[^.;%]{{0,60}}?)?(?:,\s*|\s+)(?:exporting|supplying|providing|delivering|"
                    rf"accounting\s+for|supplied|provided|delivered|exported)\s+{fig_rx('a')}\s+of\s+(?:all\s+)?(?:the\s+)?"
                    rf"(?:major\s+)?(?:arms|weapons)\s+(?:sold|delivered|exported|supplied|transferred)\s+to\s+"
                    rf"{_st('rec')}", re.I)
    for m in rx.finditer(s):
        sup, rec, fa = _code(m.group("sup")), _code(m.group("rec")), read_fig(m, "a")
        two_states(m, sup, rec, fa, dependence_claim)


def _world_shares(s: str, doc: DocCtx, pair: tuple[str, str], out: list[dict[str, Any]], used: list[tuple[int, int]],
                  free: Callable[[re.Match[str]], bool], take: Callable[[re.Match[str]], None]) -> None:
    """Form 4: a supplier's share of the world's arms exports or a recipient's share of its imports, and the share
    a change brought a state to ("raising its share of global arms exports to 36%")."""
    # 4. world shares: "A's share of global arms exports decreased from 24 % (in P1) to 16 % (in P2)",
    #    "The US share of global arms trade rose ... to 33 %, while Russian fell slightly to 23 %",
    #    "with a 6 % share of the global arms trade", "accounted for 11 % of total global arms imports"
    who_rx = rf"(?:{_st('who')}|(?P<pro>its|their|the country['’]s))"
    rx = re.compile(rf"{who_rx}\s+(?:(?:global|world|worldwide)\s+share\s+(?:of|in)\s+(?:the\s+)?"
                    rf"(?:defen[cs]e\s+|arms\s+|weapons?\s+)?|share\s+(?:of|in)\s+(?:the\s+volume\s+of\s+)?{WORLD}\s+"
                    rf"(?:arms\s+|weapons?\s+|defen[cs]e\s+)?)"
                    rf"(?P<flow>exports|trade|sales|total|"
                    rf"market|imports|transfers|supplies)(?:\s+of\s+major\s+arms)?"
                    rf"(?:\s+(?:between|in|during|over|for)\s+(?:the\s+)?(?:years?\s+|period\s+)?(?:19|20)\d\d\s*[–—-]\s*"
                    rf"(?:19|20)?\d\d)?\s+(?:has\s+)?(?P<verb>declined below|"
                    rf"fell below|dropped below|{_CHANGE_UP}|{_CHANGE_DOWN}|was|stood at|reached|"
                    rf"(?:nearly\s+|almost\s+|more\s+than\s+)?(?:doubled|tripled|trebled|quadrupled|halved))"
                    rf"(?:\s+slightly)?"
                    rf"(?:\s+from\s+{fig_rx('a')}(?P<m1>[^%,;]{{0,60}}?)\s+to\s+{fig_rx('b')}"
                    rf"|\s+to\s+{fig_rx('g')}(?:\s+(?:in|during)\s+(?:the\s+)?(?:period\s+)?(?:19|20)\d\d\s*[–—-]\s*"
                    rf"(?:19|20)?\d\d)?\s+from\s+{fig_rx('h')}"
                    rf"|(?P<mid>\s+[^%\d,;]{{0,60}}?)?\s+(?:to\s+|at\s+)?{fig_rx('c')})", re.I)
    for m in rx.finditer(s):
        who = _who(m.group("who") or m.group("pro"), s, m.start(), doc)
        if not who or not free(m):
            continue
        imports = m.group("flow").lower() == "imports"
        if m.group("flow").lower() == "total":  # "its share of the global total": the flow the sentence speaks of
            said = {w[:6].lower() for w in RE.findall(r"\b(?:import|export)(?:s|ers?)?\b", s, re.I)}
            if len(said) != 1:
                continue
            imports = said == {"import"}
        below = m.group("verb").lower().endswith("below")
        if m.group("av") or m.group("gv"):
            # "from 24 % to 16 %"; "nearly tripled to 2.8 percent from 1 percent" (the later figure first)
            fa, fb = (read_fig(m, "a"), read_fig(m, "b")) if m.group("av") else (read_fig(m, "h"), read_fig(m, "g"))
            tail = RE.match(r"[^,;]*", s[m.end():])
            pers = sentence_periods(m.group(0) + (tail.group(0) if tail else ""))
            pr = two_periods(pers, doc)
            if pr is None or fa is None or fb is None:
                continue
            pr = (min(pr), max(pr))  # "fell to 11 % in 2019–23 from 21 % in 2014–18": the earlier period first
            if pr[0][1] >= pr[1][0]:
                continue
            for f, p in ((fa, pr[0]), (fb, pr[1])):
                out.append(world_share_claim(who, imports, p, f, pair))
        else:
            fc = read_fig(m, "c")
            if fc is None:
                continue
            if RE.fullmatch(rf"{_CHANGE_UP}|{_CHANGE_DOWN}", m.group("verb"), re.I) and not RE.search(
                    r"\b(?:to|at|from)\b", s[m.end("verb"):m.end()], re.I):
                continue  # "its share in global arms imports decreased 39 %": a change of the share, not its level
            if below and not fc.qual:
                fc = Fig(fc.value, "below", fc.fraction, fc.digits)
            if RE.search(r"\bfrom$", (m.group("mid") or "").strip(), re.I):
                # "decreased from 24 %" (the rest cut off): the figure is the earlier period's
                pers = sentence_periods(s)
                pr = two_periods(pers, doc)
                p = pr[0] if pr else None
            else:
                p = single_period(s, m.end(), doc)
            if p is None:
                continue
            out.append(world_share_claim(who, imports, p, fc, pair))
            # "..., while Russian fell slightly to 23 %": another supplier, same measure and period
            tail = s[m.end():]
            m2 = RE.match(rf"\s*,?\s*(?:while|and|whereas)\s+{_st('s2')}\s+(?:share\s+)?(?:{_CHANGE_UP}|{_CHANGE_DOWN}|"
                          rf"was|stood at)(?:\s+slightly)?\s+(?:to\s+|at\s+)?{fig_rx('d')}", tail, re.I)
            if m2 and _code(m2.group("s2")) and read_fig(m2, "d"):
                s2 = _code(m2.group("s2"))
                out.append(world_share_claim(s2, imports, p, read_fig(m2, "d"), pair))  # type: ignore[arg-type]
            # "..., compared to 0.1 % in 2014-2018": the same share in an earlier period
            m4 = RE.match(rf"\s*(?:,?\s*(?:compared\s+(?:to|with)|up\s+from|down\s+from)\s+|\(\s*){fig_rx('u')}\s+"
                          rf"(?:in|during)\s+(?:the\s+)?(?:period\s+)?{PERIOD}", tail, re.I)
            if m4 and read_fig(m4, "u"):
                p4 = period_of(m4.groups()[-2:])  # type: ignore[arg-type]
                if p4 and p4[1] < p[0]:
                    out.append(world_share_claim(who, imports, p4, read_fig(m4, "u"), pair))  # type: ignore[arg-type]
        # "... after India (14 %) and Saudi Arabia (7 %)": the same measure for the states in parentheses
        for m3 in RE.finditer(rf"{_st('s3')}\s+\({fig_rx('e')}\)", s[m.end():], re.I):
            if RE.search(r"\b(?:from|to|of|by|with|in|for)\s+(?:the\s+)?$", s[m.end():m.end() + m3.start()], re.I):
                continue  # "..., most of them from Russia (36 %)": a supplier's share, not the same world share
            s3, fe = _code(m3.group("s3")), read_fig(m3, "e")
            used.append((m.end() + m3.start(), m.end() + m3.end()))
            p = single_period(s, m.end(), doc)
            if s3 and fe and p:
                out.append(world_share_claim(s3, imports, p, fe, pair))
        take(m)
    # "with a 6 % share of the global arms trade"; "Germany was the fifth largest exporter, with a 5.6 per cent share"
    rx = re.compile(rf"\b(?P<hv>with|has|had|holds|held|having)\s+(?:an?\s+{fig_rx('a')}\s+share|(?:a\s+)?"
                    rf"(?:global|world)\s+share\s+of\s+{fig_rx('b')})"
                    rf"(?:\s+of\s+(?:{WORLD}\s+)?(?:the\s+)?(?:{WORLD}\s+)?"
                    rf"(?:total\s+)?(?:arms\s+)?(?P<flow>trade|exports|imports|market|sales)\b|(?=\s*[.;,]|\s*$))",
                    re.I)
    for m in rx.finditer(s):
        if not free(m):
            continue
        ranked = {w[:6].lower() for w in RE.findall(r"\b(?:importer|exporter)s?\b", s, re.I)}
        if m.group("hv").lower() != "with" and not ranked and (m.group("flow") or "").lower() not in ("imports",
                                                                                                "exports"):
            continue  # "China holds a 5.2 percent share of the global arms market": whose flow is not said
        if m.group("flow") and (m.group("flow").lower() in ("imports", "exports") or ranked != {"import"}):
            imports = m.group("flow").lower() == "imports"
        elif m.group("flow"):
            imports = True  # "the world's largest arms importer ... with a 14 percent share of the market"
        else:
            if len(ranked) != 1:
                continue
            imports = ranked == {"import"}
        if not RE.search(WORLD_WORDS.pattern + r"|\b(?:top|largest|biggest|leading)\s+(?:arms\s+)?"
                         r"(?:exporter|importer)\b", s, re.I):
            continue
        states = [c for c in (_code(x.group(0)) for x in RE.finditer(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])", s)) if c]
        if len(set(states)) != 1:
            continue
        who = states[0]
        fa = read_fig(m, "a") or read_fig(m, "b")
        if PREVIOUS.search(s) and not period_spans(s):
            continue  # "..., when Russia held a 21 % share": which of two periods the sentence speaks of is unsaid
        p = single_period(s, m.end(), doc)
        if fa is None or p is None:
            continue
        out.append(world_share_claim(who, imports, p, fa, pair))
        take(m)
    rx = re.compile(rf"(?:(?:{_st('who')}|(?P<pro>\b(?:its|their)))(?:,\s+(?:the|a|an)\s+[^.;,]{{0,60}}?\s|"
                    rf"\s+(?:[^.;]{{0,90}}?\s)?|,\s+(?=with\s))(?:and\s+)?|"
                    rf"(?P<dem>\b(?:this|it|that))\s+(?:(?:still|also|now|alone)\s+)?(?:to\s+)?)"
                    rf"(?:accounted for|accounts for|accounting for|account for|received|receiving|made|making|"
                    rf"represented|represents|held|holds|took|takes|with|constituted|constitutes|constitute|"
                    rf"comprised|comprises|comprise|make up|makes up|made up|"
                    rf"(?P<sell>supplying|supplied|supplies|sells|sold|"
                    rf"selling|provided|provides|providing|exported|exporting|delivered|delivering))\s+"
                    rf"{fig_rx('a')}\s+of\s+(?:{WORLD}\s+(?:total\s+)?(?:(?:arms?\s+|weapons?\s+)?(?P<flow>imports|"
                    rf"exports|sales|purchases|deliveries)|(?P<tot>total)|(?P<armsonly>arms|weapons)\b|"
                    rf"(?:arms\s+)?(?P<gshare>share|market)\b)|(?:the\s+)?total\s+"
                    rf"(?:arms\s+)?(?P<flow2>imports|exports|sales|purchases)\s+(?:worldwide|globally)|"
                    rf"all\s+(?:arms|weapons)(?:\s+(?P<flow3>exports|imports|sales))?\s+(?:in\s+the\s+world|"
                    rf"around\s+the\s+world|worldwide|globally)|"
                    rf"(?:the\s+)?(?P<tot4>total\s+|all\s+)?(?:arms\s+)?(?P<flow4>exports|imports|sales)(?:\s+of\s+arms)?\b)",
                    re.I)
    for m in rx.finditer(s):
        verb_at = m.start("av") if m.group("av") else m.end()
        # "China was the world's sixth largest importer ... after Saudi Arabia, India, Egypt, Australia and Algeria,
        # accounting for ...": states a ranking is measured against are no group of subjects
        seg = RE.split(r"\b(?:after|ahead\s+of|behind|followed\s+by|than|next\s+to)\b", s[m.start():verb_at])[0]
        if len({_code(x.group(0)) for x in RE.finditer(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])", seg)}
               - {None}) >= 3:
            continue  # "India, Saudi Arabia, Qatar, Australia and China ... accounting for 36 %": a group
        if RE.search(r"\b(?:together|combined|jointly|collectively)\b", s[m.start():verb_at], re.I) or RE.match(
                rf"(?:the\s+)?(?:{_ST_ALT})\s+and\s+(?:the\s+)?(?:{_ST_ALT})(?![\w-])", s[m.start():verb_at]):
            continue  # "India and Pakistan together accounted for 14 %": a group
        if m.group("who") and RE.search(rf"(?<![\w-])(?:{_ST_ALT})\s*(?:,|,?\s+and|,?\s+or|&)\s+(?:the\s+)?$",
                                        s[:m.start()]):
            continue  # "... which did not include Cambodia, Laos, and Brunei – accounted for": the last item of a list
        if m.group("dem"):  # "Hanoi's arms imports rose ... and it accounted for": the sentence's state, else the
            # previous sentence's one state (none when it names several), else the document's
            who = head_state(s, 0, m.start()) or antecedent(s, m.start(), doc)
        else:
            who = head_state(s, m.start(), m.start("av") if m.group("av") else m.end()) if m.group("who") else \
                (_who(m.group("pro"), s, m.start(), doc) if m.group("pro") else None)
        if m.group("who"):
            # "India lost the top place to Saudi Arabia, which accounted for 12 %": the figure is the state's the
            # relative pronoun stands for, not the sentence's first state's
            rel, rel_who = relative_subject(s[m.start():verb_at])
            if rel:
                who = rel_who
        fa = read_fig(m, "a")
        if not who or fa is None or not free(m):
            continue
        if _TO_REGION.match(s, m.end()):
            continue  # "54 % of global arms sales to the Middle East": a share of one region's trade
        if m.group("flow4") and not (
                (m.group("tot4") and RE.search(r"\b(?:global|world|worldwide)\b|around the world", s, re.I))
                or RE.search(r"\bworld['’]s\s+(?:[\w-]+\s+){0,2}(?:arms\s+)?(?:importer|exporter)", s, re.I)
                or (m.group("tot4") and _sole_total(s, m, doc))):
            # "36 percent of the total exports of arms ... around the world", "the world's largest importer ...,
            # accounting for 12 percent of the imports": the world's; otherwise whose total is not said
            continue
        flow = (m.group("flow") or m.group("flow2") or m.group("flow3") or m.group("flow4") or "").lower()
        flow = flow.replace("purchases", "imports").replace("deliveries", "exports")
        if m.group("flow4") and flow == "sales":
            flow = "exports"  # "the world's third largest arms exporter was Germany, with 11 percent of total sales"
        if m.group("sell") and flow in ("", "sales", "exports"):
            flow = "exports"  # "supplying roughly 6 percent of global arms"
        if not flow and m.group("armsonly"):
            continue
        if not flow:
            ctx_words = s[m.start():m.end()]
            flow = "imports" if RE.search(r"\bimport(?:er|s)\b", ctx_words, re.I) else \
                "exports" if RE.search(r"\bexport(?:er|s)\b", ctx_words, re.I) else ""
            if flow and m.group("gshare") and RE.search(r"\bimport(?:er|s)\b", ctx_words, re.I) and RE.search(
                    r"\bexport(?:er|s)\b", ctx_words, re.I):
                flow = ""  # "the global share" in a clause on both: whose share is not said
        if not flow and m.group("gshare") and m.group("who") and RE.match(r"\s+(?:arms|weapons|weaponry)\b",
                                                                          s[m.end("who"):], re.I) \
                and RE.search(r"(?:an|ese|ish|ch|i)$", m.group("who")):
            flow = "exports"  # "Israeli weapons constituted 2.4% of the global market": the supplier's
        if not flow:
            continue
        said = RE.search(r"['’]s?\s+(?:total\s+|overall\s+)?(?:(?:major\s+)?(?:arms|weapons?)\s+)?"
                         r"(?P<f>imports|exports)\b", s[m.start():verb_at], re.I)
        if said and said.group("f").lower() != flow:
            if flow in ("imports", "exports"):
                continue  # "Chile's arms imports accounted for 2 % of global arms exports": which is not said
            flow = said.group("f").lower()  # "Chile's arms imports accounted for 2 % of global arms sales"
        imports = flow == "imports"
        p = single_period(s, m.end(), doc)
        if p is None:
            continue
        out.append(world_share_claim(who, imports, p, fa, pair))
        # only the figure is used: "Hanoi's arms imports rose by 699 % ... and it accounted for 3 %" keeps the change
        fig_at = min(m.start(g) for g in ("aq", "av", "af") if m.group(g))
        used.append((fig_at, m.end()))
        # "... while Russia 21 percent, France 6.8 percent ... and China 5.2 percent": the same measure, other states
        rest, pos = s[m.end():], 0
        lead = RE.match(PERIOD_PHRASE, rest)
        pos = lead.end() if lead else 0
        while True:
            ml = RE.match(rf"\s*(?:,\s*|\s+)(?:while\s+|and\s+|whereas\s+)*{_st('l')}\s+(?:with\s+)?{fig_rx('l')}"
                          rf"(?!\s+(?:of|to|from|in\s+(?:its|their))\b)", rest[pos:], re.I)
            if not ml:
                break
            lc, fl = _code(ml.group("l")), read_fig(ml, "l")
            used.append((m.end() + pos, m.end() + pos + ml.end()))
            if lc and fl and lc != who:
                out.append(world_share_claim(lc, imports, p, fl, pair))
            pos += ml.end()
        # "..., up from 3.6 percent during the 2006-2010 period": the same share in an earlier period
        mu = RE.match(rf"[^.;%]{{0,40}}?,?\s+(?:(?:up|down)\s+from|compared\s+(?:to|with))\s+{fig_rx('u')}"
                      rf"(?:\s+(?:in|during)\s+(?:the\s+)?"
                      rf"{PERIOD}(?:\s+period)?)?", s[m.end():], re.I)
        if mu and read_fig(mu, "u"):
            pu = [q for q in sentence_periods(mu.group(0)) if q != p]
            pr = doc.pair()
            p2 = pu[-1] if pu else (pr[0] if pr and pr[1] == p else None)
            if p2 and p2[1] < p[0]:
                out.append(world_share_claim(who, imports, p2, read_fig(mu, "u"), pair))  # type: ignore[arg-type]
        # ", an increase of 72% compared to the period 2010-2014": the change of the same total
        # "..., a 72 percent increase on 2010–14"; "..., an increase of 192 percent over 2009-2013"
        nouns = r"increase|rise|growth|jump|decrease|fall|drop|decline|reduction"
        mi = RE.match(rf"{PERIOD_PHRASE}\s*,\s*(?:an?\s+)?(?:(?P<noun>{nouns})\s+of\s+{fig_rx('i')}|{fig_rx('j')}\s+"
                      rf"(?P<noun2>{nouns}))(?P<rest>[^.;]*)", s[m.end():], re.I)
        if mi and (read_fig(mi, "i") or read_fig(mi, "j")):
            rest_i = RE.sub(r"^\s+over\s+(?=(?:the\s+)?(?:period\s+)?(?:19|20)\d\d)", " compared with ",
                            mi.group("rest"))
            per = periods_of_change(rest_i, (0, 0), doc)
            if per and per[1] == p:
                dn = (mi.group("noun") or mi.group("noun2")).lower() in ("decrease", "fall", "drop", "decline",
                                                                         "reduction")
                out.append(total_change_claim(who, imports, per, read_fig(mi, "i") or read_fig(mi, "j"), dn, pair))
        # "... and were 212 per cent higher than in 2010–14": the change of the same total
        mh = RE.match(rf"[^.;%]{{0,30}}?\s+and\s+(?:were|was)\s+{fig_rx('h')}\s+(?P<dir>higher|lower|more|less)\s+"
                      rf"than\s+(?:in\s+)?(?P<py0>(?:19|20)\d\d)\s*[–—-]\s*(?P<py1>(?:19|20)?\d\d)(?![\d%])",
                      s[m.end():], re.I)
        if mh and read_fig(mh, "h"):
            before = period_of((mh.group("py0"), mh.group("py1")))
            if before and before[1] < p[0] and before[1] - before[0] == p[1] - p[0]:
                dn = mh.group("dir").lower() in ("lower", "less")
                out.append(total_change_claim(who, imports, (before, p), read_fig(mh, "h"), dn, pair))
    # 4a. "U.S. exports of major arms grew by 23%, raising its share of the total global arms exports to 36%": the
    #     share the sentence's state reached
    rx = re.compile(rf"\b(?:raising|lifting|bringing|taking|increasing|boosting|reducing|lowering|cutting)\s+"
                    rf"(?:(?P<pro>its|their)|{_st('who')})\s+share\s+(?:of|in)\s+(?:the\s+)?(?:total\s+)?{WORLD}\s+"
                    rf"(?:total\s+)?(?:arms\s+|weapons?\s+)?(?P<flow>exports|imports|trade|sales|market)\s+to\s+"
                    rf"{fig_rx('a')}", re.I)
    for m in rx.finditer(s):
        who = _code(m.group("who")) or (head_state(s, 0, m.start()) if m.group("pro") else None)
        fa = read_fig(m, "a")
        if not who or fa is None or not free(m):
            continue
        p = single_period(s, m.end(), doc)
        if p is None:
            continue
        imports = m.group("flow").lower() == "imports"
        out.append(world_share_claim(who, imports, p, fa, pair))
        take(m)
    # 4b. "increasing its global share of arms exports from 32 per cent to 37 per cent"; "its share in New Delhi's
    #     total arms imports has come down to 45 percent during the period 2018-2022 from 64 percent earlier"
    rx = re.compile(rf"(?:{_st('who')}|(?P<pro>\b(?:its|their)))\s+(?:global|world|international)\s+share\s+of\s+"
                    rf"(?:arms\s+)?(?P<flow>exports|imports|trade|sales)\s+from\s+{fig_rx('a')}\s+to\s+{fig_rx('b')}",
                    re.I)
    for m in rx.finditer(s):
        who = _code(m.group("who")) or (_who(m.group("pro"), s, m.start(), doc) if m.group("pro") else None)
        pers = sentence_periods(s[m.end():])
        pr = (pers[0], pers[1]) if len(pers) == 2 and pers[0][1] < pers[1][0] else doc.pair() \
            if not sentence_periods(s) else None
        if not who or not free(m) or pr is None:
            continue
        imports = m.group("flow").lower() == "imports"
        for f, p in ((read_fig(m, "a"), pr[0]), (read_fig(m, "b"), pr[1])):
            if f is not None:
                out.append(world_share_claim(who, imports, p, f, pair, m.group("flow").lower()))
        take(m)
    rx = re.compile(rf"(?:{_st('sup')}|(?P<pro>\b(?:its|their)))\s+share\s+(?:of|in)\s+(?:total\s+)?{_st('rec')}\s+"
                    rf"(?:total\s+)?{_IMPORTS}\s+(?:has\s+|have\s+)?(?:come down|gone down|fallen|dropped|declined|"
                    rf"decreased|risen|gone up|grown|increased|fell|rose)\s+to\s+{fig_rx('b')}(?:\s+(?:in|during)\s+"
                    rf"(?:the\s+period\s+)?{PERIOD})?\s+from\s+{fig_rx('a')}(?:\s+(?P<earlier>earlier|previously|"
                    rf"before))?", re.I)
    for m in rx.finditer(s):
        rec = _code(m.group("rec"))
        sup = _code(m.group("sup")) or (_nearest_state(s, m.start(), not_=rec) if m.group("pro") else None)
        pers = sentence_periods(m.group(0))
        if not (sup and rec and sup != rec) or not free(m) or len(pers) != 1 or not m.group("earlier"):
            continue
        after = pers[0]
        n = after[1] - after[0] + 1
        before = (after[0] - n, after[1] - n)
        for f, p in ((read_fig(m, "b"), after), (read_fig(m, "a"), before)):
            if f is not None:
                out.append(dependence_claim(sup, rec, p, f))
        take(m)


def _changes(s: str, doc: DocCtx, pair: tuple[str, str], out: list[dict[str, Any]], used: list[tuple[int, int]],
             free: Callable[[re.Match[str]], bool], take: Callable[[re.Match[str]], None]) -> None:
    """Form 5: the change of a state's total arms exports or imports, or of the deliveries between two states,
    between two periods ("Indian arms imports decreased by 21 %", "77 percent higher than between 2010-2014")."""
    # 5. changes: "A's arms exports to B fell by 42 % between P1 and P2"; "B's imports of A's arms dropped by 47 %";
    #    "B's arms imports from A increased more than tenfold"; "Indian arms imports decreased by 21 %";
    #    "Russia's arms exports fell by 26 %"; "the volume of (Chinese) arms exports grew by 74 % from P1 to P2"
    subj = (rf"(?:(?:the\s+)?volume\s+of\s+)?(?:{_st('x')}\s+|"
            rf"(?P<xpro>\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+country['’]s))\s+)?"
            rf"(?:own\s+)?(?:(?P<arms1>arms?|weapons?|armaments?)\s+)?"
            rf"(?P<flow>exports?|imports?|deliveries|sales|sale|transfers)(?:\s+of\s+(?:major\s+)?(?:{_st('y')}\s+)?"
            rf"(?P<arms2>arms?|weapons?|weaponry))?(?:\s+by\s+(?:the\s+Kingdom\s+of\s+)?{_st('w')}"
            rf"(?:\s*\([A-Z]{{2,5}}\))?(?:\s*[–—-][^–—.;]{{1,60}}?[–—-])?)?"
            rf"(?:\s+(?P<prep>to|from)\s+{_st('z')}(?P<others>(?:,\s*(?:the\s+)?[A-Z][\w.]*)*\s+and\s+others)?)?")
    rx = re.compile(rf"{subj}{PERIOD_PHRASE}(?:,\s+[^.;,]{{0,80}}?,\s+|\s+(?:[^.;]{{0,40}}?,\s+)?){_VERB}\s+"
                    rf"(?:sharply\s+|significantly\s+)?(?:by\s+)?"
                    rf"(?:a\s+whopping\s+)?(?:{fig_rx('a')}|(?P<fold>(?:more than|almost|nearly|about|roughly)?\s*"
                    rf"(?:a\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\d+)[- ]?fold))",
                    re.I)
    imports_to: str | None = None
    for m in rx.finditer(s):
        if not free(m):
            continue
        if RE.search(r"\bshare\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", s[:m.start()], re.I):
            continue  # "X's share in global arms imports plunged 29 %": a change of a share, not of the flow
        x, y, z = _code(m.group("x")) or _code(m.group("w")), _code(m.group("y")), _code(m.group("z"))
        if m.group("x") and RE.search(rf"(?<![\w-])(?:{_ST_ALT})(?:['’]s?)?\s*(?:,|\band\b|&)\s*(?:the\s+)?$",
                                      s[:m.start("x")]):
            continue  # "Chilean and Colombian arms imports fell by ...": a group's subject, read with "respectively"
        if m.group("others"):
            z = None  # "from Russia, France, the US and others": all suppliers
        flow = m.group("flow").lower()
        armsy = bool(m.group("arms1") or m.group("arms2")) or bool(
            RE.search(r"\barms|weapons|\bSIPRI\b|Peace Research Institute", s, re.I)) or doc.armsy
        if not armsy:
            continue
        if m.group("xpro"):  # "Its imports of major arms increased by 130 percent": the state "its" stands for
            clause = s[clause_at(s, m.start())[0]:m.start()]
            if _REGION.search(clause) or _GROUP_NOUNS.search(clause):
                continue  # "European countries ... saw their arms imports increase by 47%": a group's
            the_country = m.group("xpro").lower().startswith("the")  # "the country's": the title's one state first
            x = (doc.title_subject if the_country else None) or antecedent(s, m.start(), doc)
            if x is None:
                continue
        down = bool(RE.fullmatch(_CHANGE_DOWN, m.group("verb").lower()))
        before_subject = s[:m.start()]
        if x is None and y is None and z is None:
            # "the volume of arms imports fell ..." : the one state the sentence names, else none
            states = {c for c in (_code(t.group(0)) for t in RE.finditer(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])",
                                                                        before_subject)) if c}
            if len(states) != 1 or _REGION.search(before_subject + m.group(0)):
                continue  # "Ukrainian imports ... a trend across Europe, where overall arms imports grew": the region's
            x = states.pop()
        prep = (m.group("prep") or "").lower()
        owner_before = RE.search(rf"(?<![\w-])(?P<o>(?:{_ST_ALT}))['’]s?\s+$", s[:m.start("x")]) \
            if m.group("x") else None
        if flow.startswith("import") and owner_before and adjective(m.group("x")) and x and \
                _code(owner_before.group("o")) not in (None, x) and not (y or z):
            y, z, prep, imports_to = None, None, "", _code(owner_before.group("o"))  # "India's Russian arms imports":
            # India's imports of Russian arms (Russia's deliveries to India), read below as "... arm imports surged"
        if flow.startswith("import") and m.group("x") and adjective(m.group("x")) and \
                RE.search(r"\bimports?\s+from\b", s, re.I):
            continue  # "French arms imports increased by 709pc while imports from Israel ...": imports of French arms
        if flow.startswith("import") and prep == "to" and x and z:
            sup, rec = x, z  # "Russian arm imports to India": Russia's deliveries to India
            imports_to = z
        elif flow.startswith("import") and imports_to and x and not (y or z):
            sup, rec = x, imports_to  # "... but US arm imports surged": the same recipient
        elif flow.startswith("import"):
            rec = x
            sup = y if y else (z if prep == "from" else None)
        elif flow.startswith("export") and prep == "from" and z and not x:
            sup, rec = z, None  # "arms exports from Russia decreased"
        elif flow in ("deliveries", "transfers") and prep == "to" and z and not (x or y) \
                and distinct_states(s) == [z]:
            sup, rec = None, z  # "deliveries to Algeria ... increased by 277 percent": Algeria's imports, all suppliers
            flow = "imports"
        elif flow in ("deliveries", "transfers") and x and not (y or z) and RE.search(
                r"\b(?:importers?|recipients?|buyers?)\b", s, re.I) and not RE.search(
                r"\b(?:exporters?|suppliers?|sellers?)\b", s, re.I):
            sup, rec = None, x  # "Azerbaijan was the largest importer ..., after its deliveries increased by 217%"
            flow = "imports"
        elif flow.startswith("export") or flow in ("deliveries", "sales", "sale", "transfers"):
            sup = x or y  # "the sale of US arms to Pakistan dropped": the supplier after "of"
            rec = z if m.group("prep") and m.group("prep").lower() == "to" else None
            if x and y:
                continue
        else:
            continue
        per = periods_of_change(s, (m.start(), m.end()), doc)
        if per is None:
            continue
        fold = None
        fa = read_fig(m, "a")
        if m.group("fold"):
            fm = _FOLD.search(m.group("fold"))
            if not fm:
                continue
            n = NUMW.get(fm.group("n").lower()) or int(fm.group("n"))
            fold = (float(n), (fm.group("fq") or "").lower())
        if sup and rec:
            if sup == rec:
                continue
            c = change_claim("deliveries_tiv", [sup, rec], per, fa, down,
                              f"{sup}→{rec} arms deliveries {per[0][0]}–{per[0][1]} to {per[1][0]}–{per[1][1]}",
                              fold)
        elif rec and flow.startswith("import"):
            c = change_claim("recipient_total_imports", [other_state(rec, pair), rec], per, fa, down,
                              f"{rec}'s arms imports {per[0][0]}–{per[0][1]} to {per[1][0]}–{per[1][1]}", fold)
        elif sup and not flow.startswith("import"):  # "imports from Israel increased": whose imports is not said
            c = change_claim("supplier_total_exports", [sup, other_state(sup, pair)], per, fa, down,
                              f"{sup}'s arms exports {per[0][0]}–{per[0][1]} to {per[1][0]}–{per[1][1]}", fold)
        else:
            continue
        out.append(c)
        take(m)
        if c["indicator"] == "deliveries_tiv":
            change_list(s, 0, m.end(), c, used, out.append)
        # "..., Qatar by 361%, Egypt by 136%, and Algeria by 64%": the same total for other states
        if c["indicator"] in ("recipient_total_imports", "supplier_total_exports"):
            rest, pos = s[m.end():], 0
            lead = RE.match(rf"{PERIOD_PHRASE}(?:\s+(?:and|to)\s+(?:the\s+)?(?:19|20)\d\d"
                            rf"(?:\s*[–—-]\s*(?:19|20)?\d\d)?)?", rest)
            pos = lead.end() if lead else 0
            while True:
                # ", Qatar by 361%"; "and those by Qatar went up by 279%"; "while China's declined 7.8 percent"
                ml = RE.match(rf",?\s+(?:and\s+|while\s+|whereas\s+)?(?:those\s+(?:by|of)\s+|that\s+of\s+)?{_st('l')}"
                              rf"(?:\s*\([A-Z]{{2,5}}\))?\s+(?:(?:has\s+|have\s+|had\s+)?(?P<lverb>{_CHANGE_UP}|"
                              rf"{_CHANGE_DOWN})\s+)?(?P<lby>by\s+)?{fig_rx('l')}(?![\w-])", rest[pos:], re.I)
                if not ml or not (ml.group("lverb") or ml.group("lby")):
                    break
                lc, fl = _code(ml.group("l")), read_fig(ml, "l")
                ldown = bool(RE.fullmatch(_CHANGE_DOWN, ml.group("lverb").lower())) if ml.group("lverb") else down
                if lc and fl:
                    imp = c["indicator"] == "recipient_total_imports"
                    out.append(change_claim(c["indicator"], one_state_dyad(lc, imp, pair), per, fl, ldown,
                                             f"{lc}: {c['text']}"))
                used.append((m.end() + pos, m.end() + pos + ml.end()))
                pos += ml.end()
    # "grew by 25 per cent ..., driven chiefly by Saudi Arabia (+61 per cent), Egypt (+136 per cent)": signed changes
    mk = RE.search(rf"\b(?:arms\s+)?(?P<flow>imports|exports)\s+{_VERB}\b", s, re.I) or \
        RE.search(rf"\b(?:{_CHANGE_UP}|{_CHANGE_DOWN})\s+(?:its\s+|their\s+)?(?:arms\s+)?(?P<flow>imports|exports)\b",
                  s, re.I)
    if mk:
        for mp in RE.finditer(rf"{_st('p')}\s*\((?P<sign>[+−–-])\s*{fig_rx('p')}\)", s):
            pc, fp = _code(mp.group("p")), read_fig(mp, "p")
            per = periods_of_change(s, (mp.start(), mp.end()), doc)
            if pc and fp and per and free(mp):
                imp = mk.group("flow").lower() == "imports"
                out.append(total_change_claim(pc, imp, per, fp, mp.group("sign") != "+", pair))
                take(mp)
    # 5a. "its arms exports were 77 percent higher than between 2010-2014": a change, the later period the document's
    #     "Its exports during the 2017-21 period were 177 percent higher than that in the 2012-16 period"
    rx = re.compile(rf"(?:{_st('x')}|(?P<pro>\b(?:its|their|it['’]s)))\s+(?:arms?\s+|weapons?\s+)?(?P<flow>exports|"
                    rf"imports)\s+(?:(?:in|during)\s+(?:the\s+)?{PERIOD}(?:\s+period)?\s+)?(?:were|was|are|is)\s+"
                    rf"{fig_rx('a')}\s+(?P<dir>higher|lower|greater|smaller)\s+than\s+(?:that\s+|those\s+)?"
                    rf"(?:in\s+|between\s+|during\s+)?(?:the\s+)?(?:period\s+)?{PERIOD}", re.I)
    for m in rx.finditer(s):
        x = _code(m.group("x")) or (antecedent(s, m.start(), doc) if m.group("pro") else None)
        fa = read_fig(m, "a")
        if not x or fa is None or not free(m):
            continue
        per = periods_of_change(s, (m.start(), m.end()), doc)
        if per is None:
            continue
        imp = m.group("flow").lower() == "imports"
        out.append(total_change_claim(x, imp, per, fa, m.group("dir").lower() in ("lower", "smaller"), pair))
        take(m)
    # 5a'. "imports of arms from the USA were 51% lower than in 2010–14" (the recipient: the one state named before);
    #      "India, the largest buyer of Russian weapons, imported 37% fewer arms from Russia between P1 and P2"
    rxs_d = [
        re.compile(rf"\bimports\s+of\s+(?:major\s+)?(?:arms|weapons)\s+from\s+{_st('sup')}\s+(?:in\s+{PERIOD}\s+)?"
                   rf"(?:were|was)\s+{fig_rx('a')}\s+(?P<dir>higher|lower|greater|smaller)\s+than\b", re.I),
        re.compile(rf"{_st('rec')}(?:,\s+[^,;]{{1,80}}?,)?\s+(?:has\s+|had\s+)?(?:imported|bought|received|purchased)\s+"
                   rf"{fig_rx('a')}\s+(?P<dir>fewer|less|more)\s+(?:major\s+)?(?:arms|weapons)\s+from\s+{_st('sup')}",
                   re.I),
    ]
    for rxd in rxs_d:
        for m in rxd.finditer(s):
            sup, fa = _code(m.group("sup")), read_fig(m, "a")
            rec = _code(m.group("rec")) if "rec" in rxd.groupindex else antecedent(s, m.start(), doc)
            if not (sup and rec and sup != rec and fa) or not free(m):
                continue
            per = periods_of_change(s, (m.start(), m.end()), doc)
            if per is None:
                continue
            down = m.group("dir").lower() in ("lower", "smaller", "fewer", "less")
            out.append(change_claim("deliveries_tiv", [sup, rec], per, fa, down,
                                     f"{sup}→{rec} arms deliveries {per[0][0]}–{per[0][1]} to {per[1][0]}–{per[1][1]}"))
            take(m)
    # 5b. "Indian arm imports clocked a 24 percent rise between P1 and P2"; "Saudi Arabia saw an increase of 275 per
    #     cent compared to 2006–10 in imports"; "Beijing reduced its imports by 25 per cent and boosted its exports"
    noun_up, noun_dn = r"rise|increase|growth|jump|surge", r"fall|drop|decline|decrease|reduction|cut|dip"
    rxs = [
        re.compile(rf"{_st('x')}\s+(?:arms?\s+|weapons?\s+)?(?P<flow>imports|exports)\s+(?:clocked|saw|recorded|"
                   rf"registered|showed|posted|experienced)\s+an?\s+{fig_rx('a')}\s+(?P<noun>{noun_up}|{noun_dn})",
                   re.I),
        re.compile(rf"{_st('x')}\s+(?:saw|recorded|registered|experienced|posted)\s+an?\s+(?P<noun>{noun_up}|{noun_dn})"
                   rf"\s+(?:of\s+)?{fig_rx('a')}[^.;%]{{0,40}}?\s+in\s+(?:its\s+)?(?:arms?\s+)?(?P<flow>imports|exports)",
                   re.I),
        # "Algeria reported 18 percent dip in imports"; "With an increase of 192 percent in arms imports, Saudi Arabia"
        re.compile(rf"{_st('x')}\s+(?:has\s+|had\s+)?(?:reported|recorded|registered|saw|seen|posted|experienced)\s+"
                   rf"(?:an?\s+)?{fig_rx('a')}\s+(?P<noun>{noun_up}|{noun_dn})\s+in\s+(?:its\s+|their\s+)?"
                   rf"(?:arms?\s+|weapons?\s+)?(?P<flow>imports|exports)", re.I),
        re.compile(rf"\bwith\s+an?\s+(?P<noun>{noun_up}|{noun_dn})\s+of\s+{fig_rx('a')}\s+in\s+(?:its\s+|their\s+)?"
                   rf"(?:arms?\s+|weapons?\s+)?(?P<flow>imports|exports),\s+{_st('x')}", re.I),
        re.compile(rf"(?:{_st('x')}|(?P<xpro>\b(?:it|they)))\s+(?:has\s+|have\s+)?(?:also\s+|significantly\s+|"
                   rf"sharply\s+|substantially\s+)*(?P<noun>reduced|cut|lowered|increased|"
                   rf"boosted|raised|doubled)\s+"
                   rf"(?:its|their)\s+(?:arms?\s+)?(?P<flow>imports|exports)(?:\s+of\s+(?:major\s+)?(?:arms|weapons))?"
                   rf"(?:\s+by\s+{fig_rx('a')}|(?:\s+(?:almost|nearly|about|roughly|more\s+than)\s+)?(?:\s*[\w-]+fold)?\s*"
                   rf"\(\s*\+?\s*{fig_rx('p')}\s*\))", re.I),
        # "contrasting with a significant decline of 53 percent in Russian armaments exports"
        re.compile(rf"\b(?:an?\s+)?(?:(?:significant|sharp|steep|slight|marked|substantial)\s+)?(?P<noun>{noun_up}|{noun_dn})"
                   rf"\s+of\s+{fig_rx('a')}\s+in\s+{_st('x')}\s+(?:arms?\s+|weapons?\s+|armaments?\s+)?"
                   rf"(?P<flow>imports|exports)", re.I),
        # "Saudi Arabia has become the world's largest importer of arms, ahead of India, with volumes up 130%"
        re.compile(rf"^(?:[^.;]{{0,40}}?,\s+)?{_st('x')}\s+(?:has\s+become|became|is|was|remained|remains)\s+"
                   rf"(?:the\s+)?(?:world['’]s\s+)?[\w-]+\s+(?:arms\s+)?(?P<flow>importer|exporter)s?\b[^.;%]{{0,60}}?"
                   rf",?\s+with\s+(?:its\s+)?(?:arms\s+)?(?:imports|exports|volumes?|deliveries)\s+"
                   rf"(?P<noun>up|down)\s+(?:by\s+)?{fig_rx('a')}", re.I),
    ]
    for rxn in rxs:
        for m in rxn.finditer(s):
            x, fa = _code(m.group("x")), read_fig(m, "a") or ("pv" in rxn.groupindex and read_fig(m, "p") or None)
            if "xpro" in rxn.groupindex and m.group("xpro"):
                x = antecedent(s, m.start(), doc)  # "..., it increased its arms imports by 43 percent"
            if not x or fa is None or not free(m):
                continue
            if m.group("x") and RE.search(rf"(?<![\w-])(?:{_ST_ALT})(?:['’]s?)?\s*(?:,|\band\b|&)\s*(?:the\s+)?$",
                                          s[:m.start("x")]):
                continue  # "Spain and Italy increased their exports by 20 % and 15 %": a group's subject
            if not doc.armsy and not RE.search(r"\barms?\b|weapons|\bSIPRI\b|Peace Research Institute|importer|"
                                               r"exporter", s + doc.recent, re.I):
                continue
            per = periods_of_change(s, (m.start(), m.end()), doc)
            if per is None:
                continue
            down = bool(RE.fullmatch(rf"{noun_dn}|reduced|lowered|down", m.group("noun").lower()))
            imp = m.group("flow").lower() in ("imports", "importer")
            out.append(total_change_claim(x, imp, per, fa, down, pair, m.group("flow").lower()))
            take(m)
            # "... and boosted its exports by 88 per cent": the same state, the other flow
            mb = RE.match(rf"\s+and\s+(?P<noun>reduced|cut|lowered|increased|boosted|raised)\s+(?:its|their)\s+"
                          rf"(?:arms?\s+)?(?P<flow>imports|exports)\s+by\s+{fig_rx('b')}", s[m.end():], re.I)
            if mb and read_fig(mb, "b"):
                imp2 = mb.group("flow").lower() == "imports"
                out.append(total_change_claim(x, imp2, per, read_fig(mb, "b"),
                                               mb.group("noun").lower() in ("reduced", "cut", "lowered"), pair))
            # "Indonesia increased its arms imports by 84%, Singapore by 146% and Malaysia by 722%": the same change
            # of other states, each with its own size (only a chain of such items that ends the clause)
            k, items_ = m.end(), []
            while (it := RE.match(rf"\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?(?P<w>{_ST_ALT})(?![\w-])\s*(?:[–—-]\s*)?by\s+"
                                  rf"{fig_rx('i')}(?![\w-])", s[k:])) is not None:
                items_.append((_code(it.group("w")), read_fig(it, "i"), (k + it.start(), k + it.end())))
                k += it.end()
            if items_ and "by" in s[m.start():m.end()].lower().split() and not _states_at(
                    RE.split(r"[.;]", s[k:])[0]) and all(w and f and w != x for w, f, _ in items_):
                for w, f, span in items_:
                    out.append(total_change_claim(w, imp, per, f, down, pair))  # type: ignore[arg-type]
                    used.append(span)


def _parenthesised_lists(s: str, doc: DocCtx, pair: tuple[str, str], out: list[dict[str, Any]],
                         free: Callable[[re.Match[str]], bool], take: Callable[[re.Match[str]], None]) -> None:
    """Form 5c: states listed with their shares in parentheses ("the main global arms importers were India
    (14 per cent) and China (4.7 per cent)"), read as world shares, import dependence or a supplier's clients."""
    # 5c. lists with shares in parentheses: "the main global arms importers were India (14 per cent) and China
    #     (4.7 per cent)"; "the third largest exporter (5.9 per cent) after the United States (33 per cent)";
    #     "The largest importers from China are Pakistan (33 per cent)"; "India is followed by Saudi Arabia (9.6%)";
    #     "the top three arms suppliers to Israel were the United States (78 percent)" (import dependence);
    #     "the top three customers of Israeli arms were India (45 percent of the total amount)" (a supplier's
    #     exports); "the demand for arms in Egypt (26% of its exports), in Qatar (14%)" (the parenthesis says whose)
    items = list(RE.finditer(rf"(?:{_st('q')}|(?P<role>importer|exporter|supplier|buyer))\s*\((?:(?:which|that|who)\s+"
                             rf"[a-z]+\s+|accounting\s+for\s+|with\s+)?{fig_rx('q')}(?P<inner>[^()]{{0,50}})\)",
                             s, re.I))
    items = [it for it in items if free(it)]
    if items:
        frm = RE.search(rf"\b(?:importers|buyers|recipients|customers|clients)\s+(?:of\s+\w+\s+)?from\s+{_st('f')}|"
                        # "the main recipients of Russian arms were ...", "the three main destinations for Russian
                        # weapons were ..."
                        rf"\b(?:importers|buyers|recipients|customers|clients|destinations|markets)\s+(?:of|for)\s+"
                        rf"{_st('f2')}\s+(?:major\s+)?(?:arms|weapons|weaponry|military equipment)|"
                        # "Saudi Arabia (12%) was the largest U.S. "customer," followed by Ukraine (9.3%)"
                        rf"\b(?:largest|biggest|top|main|leading)\s+{_st('f5')}\s+[\"“]?(?:customer|client|buyer)\b|"
                        # "Russia delivered major arms to 33 countries in 2020-24, of which two-thirds went to three
                        # countries — India (38%), ..." (SIPRI's fact sheets)
                        rf"{_st('f6')}\s+(?:delivered|supplied|exported|sold)\s+(?:major\s+)?(?:arms|weapons)\s+to\s+"
                        rf"\d+\s+(?:countries|states)\b[^.;()]*?\bwent\s+to\s+(?:(?:just|only)\s+)?(?:\w+\s+)?"
                        rf"(?:countries|states)\s*[:—–-]\s*|"
                        # "Turkey's top defense export destinations were ..."; "two-thirds of Russia's arms exports
                        # went to three countries: India (34%), ..."
                        rf"{_st('f3')}\s+(?:(?:top|main|largest|biggest|key|leading|principal|major)\s+)?"
                        rf"(?:(?:arms|defen[cs]e|weapons?|military)\s+)(?:export\s+(?:destinations|markets|customers|"
                        rf"clients|recipients|buyers)|exports\s+went\s+to\s+(?:\w+\s+)?(?:countries|states)\s*:)|"
                        # "the U.S. sold one-third of its arm exports to South Korea (15%), Israel (13%) ..."
                        rf"{_st('f4')}\s+(?:sold|delivered|exported|supplied|sent)\s+[^.;()]{{0,30}}?\s+of\s+(?:its|their)\s+"
                        rf"(?:arms?\s+|weapons?\s+)?exports\s+to\s+(?=(?:the\s+)?(?:{_ST_ALT})\s*\()", s, re.I)
        sup_to = RE.search(rf"\b(?:arms\s+)?(?:suppliers?|sources?)\s+(?:of\s+(?:major\s+)?arms\s+)?(?:to|of)\s+"
                           rf"{_st('t')}", s, re.I)
        # "Its top three suppliers remain Russia (48%), ..."; "For Morocco, the leading suppliers are ..."
        ranked = r"(?:(?:top|main|leading|largest|biggest|principal|major|key)\s+)(?:(?:two|three|four|five)\s+)?"
        sup_own = None if sup_to else RE.search(
            rf"(?:(?<![\w-])(?P<tpro>[Ii]ts|[Tt]heir)\s+|{_st('t2')}\s+|\b[Ff]or\s+{_st('t3')},\s+(?:the\s+)?)"
            rf"{ranked}(?:arms\s+|weapons?\s+)?suppliers\s+(?:are|were|remain|remained|include|included|was|is)\b",
            s[:items[0].start()])
        if sup_own is not None:
            own = _code(sup_own.group("t2") or sup_own.group("t3")) or (
                antecedent(s, sup_own.start(), doc) if sup_own.group("tpro") else None)
            sup_to = sup_own if own else None
        # "most of its imports came from Russia (40 per cent), followed by France (29 per cent)", "India's arms imports
        # came from ...", "... the largest chunk of the imports came from ..." (after the one state the sentence names):
        # the suppliers of one recipient's imports
        came = None if (sup_to or frm) else RE.search(
            rf"(?:(?<![\w-])(?P<ipro>[Ii]ts|[Tt]heir|[Tt]he)\s+|{_st('i2')}\s+)(?:(?:total|major)\s+)?"
            rf"(?:(?:arms|weapons?)\s+)?imports\s+(?:have\s+|had\s+)?(?:came|come|were\s+supplied|originated)\s+"
            rf"(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+)?(?:from|by)\s+(?:the\s+)?$", s[:items[0].start()])
        if came is not None:
            before = distinct_states(s[:came.start()])
            pro = (came.group("ipro") or "").lower()
            own = _code(came.group("i2")) or (
                antecedent(s, came.start(), doc) if pro in ("its", "their") else
                before[0] if pro == "the" and len(before) == 1 else None)
            if own:
                sup_own = sup_to = came
        # "... and its main clients being Myanmar (46%), Sri Lanka (25%)": the clients of the state the clause is about
        cli_own = None if frm else RE.search(
            rf"(?:(?<![\w-])(?P<cpro>[Ii]ts|[Tt]heir)\s+|{_st('c2')}\s+){ranked}"
            rf"(?:arms\s+|weapons?\s+|defen[cs]e\s+)?(?:customers|clients|buyers|recipients|export\s+markets)\s+"
            rf"(?:are|were|being|remain|remained|include|included|was|is)\b", s[:items[0].start()])
        if cli_own is not None:
            seller = _code(cli_own.group("c2")) or (
                (head_state(s, 0, cli_own.start()) or antecedent(s, cli_own.start(), doc)) if cli_own.group("cpro")
                else None)
            if seller:
                frm = cli_own
        inner0 = (items[0].group("inner") or "").lower()
        words = (s + " " + doc.recent).lower()
        kind = None
        supplier = recipient = None
        if frm is not None and frm is cli_own:
            kind, supplier = "exports_of", seller
        elif frm:
            kind, supplier = "exports_of", _code(next((frm.group(g) for g in ("f", "f2", "f3", "f4", "f5", "f6")
                                                       if frm.group(g)), None))
        elif sup_to and sup_to is sup_own:
            kind, recipient = "imports_of", own
        elif sup_to and _code(sup_to.group("t")):
            kind, recipient = "imports_of", _code(sup_to.group("t"))
        elif RE.match(r"\s*of\s+(?:its|their)\s+(?:arms\s+)?exports\b", inner0):
            kind, supplier = "exports_of", first_state(s[:items[0].start()])
        elif RE.search(r"\b(?:importers?|buyers?|purchasers?)\b", s, re.I) and not RE.search(r"\bexporters?\b", s,
                                                                                               re.I):
            kind = "imports"
        elif RE.search(r"\b(?:exporters?|suppliers?|sellers?)\b", s, re.I) and not RE.search(r"\bimporters?\b", s,
                                                                                                re.I) and (
                RE.search(r"\b(?:exporters?|sellers?)\b|" + WORLD_WORDS.pattern, s, re.I)
                or not RE.search(rf"\bto\s+(?:the\s+)?(?:{_ST_ALT})(?![\w-])", s)):
            # "the main suppliers (of arms to Ukraine) were ... Poland (17%)": suppliers of one recipient, not of
            # the world, unless the sentence says exporters or world
            kind = "exports"
        elif RE.search(r"\b(?:global|world|international)\s+(?:major\s+)?arms\s+(?:exports|sales|transfers)\b", s,
                       re.I) and not RE.search(r"\bimport", s, re.I):
            # "Three-quarters of global arms transfers involved the United States (36 %), ...": exporters
            kind = "exports"
        elif RE.search(r"\bfollowed by\b", s, re.I) and ("importer" in words) != ("exporter" in words):
            kind = "imports" if "importer" in words else "exports"
        # "The Gulf country's main suppliers and their share of its total imports: US (42 percent), ...": no world
        # share where the list's head does not speak of the world
        world_ok = kind in ("imports", "exports") and world_list(
            s[:items[0].start()] + (items[0].group("role") or ""), inner0, kind, doc)
        if kind in ("imports", "exports") and RE.match(r"\s*of\s+(?:its\s+|their\s+)?(?:arms\s+)?imports\b", inner0):
            # "the main supplier of the Saudis (73% of imports)", "India's main arms supplier (accounting for 36 per
            # cent of its arms imports)": a share of one state's imports, not a world share
            kind = None
        if kind in ("imports", "exports") and RE.search(
                r"(?:\bfrom|\b(?:supplied|delivered|provided)\s+by)\s+(?:the\s+)?$", s[:items[0].start()], re.I):
            # "its imports came from Russia (40 per cent), followed by France (29 per cent)": a flow's partners, each
            # its share of that flow, never the world's importers or exporters
            kind = None
        followed = RE.search(r"\bfollowed\s+(?:closely\s+)?by\b", s, re.I)
        totals = [c for c in out if c["test"] == "trend" and c["indicator"] in ("recipient_total_imports",
                                                                                  "supplier_total_exports")]
        for it in items:
            who = _code(it.group("q")) if it.group("q") else (first_state(s) or doc.subject)
            f = read_fig(it, "q")
            p = single_period(s, it.end(), doc)
            if not who or f is None or p is None or kind is None:
                continue
            ca, cb = clause_at(s, it.start())
            role_at = (frm or sup_to).start() if kind in ("exports_of", "imports_of") and (frm or sup_to) else None
            if frm is not None and "f6" in frm.re.groupindex and frm.group("f6"):
                role_at = frm.end()  # (the supplier is named a clause before its list, whose head ends here)
            if came is not None and sup_to is came:
                role_at = came.end() - 1  # (the list goes on after "followed by": its head ends before it)
            if role_at is not None and not ca <= role_at < cb:
                continue  # the recipient (or supplier) named in another clause is not this list's
            if kind in ("imports", "exports") and CHANGE_WORDS.search(s[ca:cb]):
                # "... 177 percent higher than ... ― by far the highest growth among the top 20 exporters, followed by
                # Australia (98 percent)": the list goes on with the change just stated, not with world shares
                if followed and followed.end() <= it.start() and len(totals) == 1 and ca <= followed.start():
                    t = totals[0]
                    per = (tuple(t["params"]["before"]), tuple(t["params"]["after"]))
                    imp = t["indicator"] == "recipient_total_imports"
                    out.append(change_claim(t["indicator"], one_state_dyad(who, imp, pair), per, f,  # type: ignore[arg-type]
                                             t["params"]["direction"] == "decrease", f"{who}: {t['text']}"))
                    take(it)
                continue
            if kind == "exports_of":
                if supplier and supplier != who:
                    out.append(client_claim(supplier, who, p, f))
            elif kind == "imports_of":
                if who == recipient and it is items[0] and sup_to:
                    # "The United States is the main supplier of the Saudis (73% of imports)": the figure is the
                    # supplier's, named before "supplier"
                    who = head_state(s, 0, sup_to.start()) or who
                if recipient and recipient != who:
                    out.append(dependence_claim(who, recipient, p, f))
            elif world_ok and not RE.search(r"\b(?:from|to)\s+(?:the\s+)?$", s[max(0, it.start() - 12):it.start()],
                                            re.I):
                # (not "..., most of them from Russia (36 %)": a supplier's share of one state's imports)
                out.append(world_share_claim(who, kind == "imports", p, f, pair))
            else:
                continue
            take(it)


def _world_share_list(s: str, doc: DocCtx, pair: tuple[str, str], out: list[dict[str, Any]],
                      free: Callable[[re.Match[str]], bool], take: Callable[[re.Match[str]], None]) -> None:
    """Form 5d: "India's share globally was 11 percent followed by Saudi Arabia with 9.6 percent": world shares
    of a ranking, in a text on imports or on exports only."""
    # 5d. "India's share globally was 11 percent followed by Saudi Arabia with 9.6 percent and Qatar with 6.4 %"
    m = RE.search(rf"{_st('g')}\s+share\s+(?:globally|worldwide|of the global total|of the world total)\s+"
                  rf"(?:was|is|stood at)\s+{fig_rx('g')}", s, re.I)
    words = (s + " " + doc.recent).lower()
    if m and free(m) and ("import" in words) != ("export" in words):
        imp = "import" in words
        p = single_period(s, m.end(), doc)
        parts = [(m.group("g"), read_fig(m, "g"))]
        for ml in RE.finditer(rf"(?:followed by|and)\s+{_st('h')}\s+with\s+{fig_rx('h')}", s[m.end():], re.I):
            parts.append((ml.group("h"), read_fig(ml, "h")))
        for name, f in parts:
            c = _code(name)
            if c and f is not None and p:
                out.append(world_share_claim(c, imp, p, f, pair))
        take(m)


def _delivery_ratio(s: str, doc: DocCtx, out: list[dict[str, Any]], free: Callable[[re.Match[str]], bool],
                    take: Callable[[re.Match[str]], None]) -> None:
    """Form 5e: "Russia delivered three times more arms to China than to India in 2005": the ratio of two
    states' deliveries from one supplier."""
    # 5e. "Russia delivered three times more arms to China than to India in 2005": the ratio of two dyads
    m = RE.search(rf"{_st('ts')}\s+(?:has\s+|had\s+)?(?:delivered|sold|supplied|exported|transferred)\s+"
                  rf"(?P<q>about\s+|around\s+|nearly\s+|almost\s+|some\s+)?(?P<n>\d+(?:\.\d+)?|{'|'.join(NUMW)})"
                  rf"\s+times\s+(?:more|as\s+much|as\s+many)\s+(?:major\s+)?(?:arms|weapons)?\s*(?:as\s+)?to\s+"
                  rf"{_st('tr')}\s+(?:than|as)\s+(?:to\s+)?{_st('to')}", s, re.I)
    if m and free(m):
        sup, r1, r2 = _code(m.group("ts")), _code(m.group("tr")), _code(m.group("to"))
        n_txt = m.group("n").lower()
        n = float(NUMW.get(n_txt) or n_txt)
        p = single_period(s, m.end(), doc)
        if sup and r1 and r2 and len({sup, r1, r2}) == 3 and p:
            half = 0.5 * 10 ** -(len(n_txt.split(".")[1]) if "." in n_txt else 0)
            tol = max(half, round(0.1 * n, 2)) if m.group("q") else half
            out.append(dict(indicator="deliveries_tiv", dyad=[sup, r1], test="comparison", period=[p[0], p[1]],
                            expected=None, tolerance=tol, unit=None,
                            params={"other": [sup, r2], "relation": "greater", "ratio": n, "method": "sum"},
                            text=f"{sup}→{r1} deliveries {n:g} times {sup}→{r2} in {p[0]}–{p[1]}"))
            take(m)


def _weapon_category_shares(s: str, doc: DocCtx, pair: tuple[str, str], out: list[dict[str, Any]],
                            free: Callable[[re.Match[str]], bool], take: Callable[[re.Match[str]], None]) -> None:
    """Form 6: "Engines accounted for about a third of (China's) arms imports": a weapon category's share of a
    recipient's imports (SIPRI's descriptions grouped into families)."""
    # 6. "Engines accounted for about a third of (China's) arms imports": a weapon category's share
    cats = "|".join(sorted((re.escape(k) for k in category_names()), key=len, reverse=True))
    rx = re.compile(rf"(?<![\w-])(?P<cat>{cats})\s+(?:accounted for|accounts for|made up|make up|were|was|"
                    rf"represented|comprised)\s+{fig_rx('a')}\s+of\s+(?:the\s+)?(?:total\s+)?(?:{_st('rec')}\s+)?"
                    rf"(?:total\s+)?{_IMPORTS}", re.I)
    for m in rx.finditer(s):
        rec = _code(m.group("rec")) or antecedent(s, m.start(), doc) or doc.title_subject
        fa = read_fig(m, "a")
        if not rec or fa is None or not free(m):
            continue
        p = single_period(s, m.end(), doc)
        if p is None:
            continue
        from amity.indicators.arms_sipri import category_family

        fam = category_family(m.group("cat"))
        out.append(share_claim("weapon_category_share", [other_state(rec, pair), rec], p, fa,
                                f"{fam} in {rec}'s arms imports {p[0]}–{p[1]}", category=fam))
        take(m)


def _misreadings_dropped(out: list[dict[str, Any]], s: str) -> list[dict[str, Any]]:
    """The claims read from ``s`` by the SIPRI forms and the readers after them, less those the whole sentence shows
    to be misread: a garbled period, a one-state figure of a state the sentence does not name, a state named by its
    relation to another, a region's share, a group's figure, arms companies' sales, the world's total, a change of
    the exports to a region."""
    out = [c for c in out if not _garbled_period(c, s)]
    named = distinct_states(s)
    if len(named) == 1:
        # "Despite its small size, Qatar accounted for 10.4 percent": the state the sentence names, not the one a
        # pronoun before it stands for
        out = [c for c in out if not (c["indicator"] in ONE_STATE_INDICATORS and subject_of(c)
                                      and subject_of(c) != named[0] and not _state_rx(subject_of(c)).search(s))]
    if RE.search(r"\bits\s+(?:[\w-]+\s+){0,3}(?:enemy|rival|adversary|competitor|foe|neighbou?r)\b", s, re.I):
        # "its Cold War enemy accounts for 19 percent": a state named by its relation to another, not read
        out = [c for c in out if not (c["indicator"] in ONE_STATE_INDICATORS and subject_of(c)
                                      and not _state_rx(subject_of(c)).search(s))]
    if REGION_IN.search(s) and not WORLD_WORDS.search(s):
        # "the largest weapons importer in Europe (receiving 14 percent of deliveries)": a region's share, not the
        # world's
        out = [c for c in out if not c["indicator"].endswith("world_share")]
    groups = RE.finditer(rf"(?<![\w-])(?:the\s+)?(?P<x>{_ST_ALT})\s+and\s+(?:the\s+)?(?P<y>{_ST_ALT})\s+(?:together\s+|"
                         rf"combined\s+|jointly\s+|alone\s+)?(?:accounted|account|accounts|made|make|constituted|"
                         rf"represented|held|hold|had|have|took|take|supplied|supply|provided|received|imported|"
                         rf"exported|were|are)\b", s, re.I)
    for g in groups if not RE.search(r"\b(?:each|respectively)\b", s, re.I) else []:
        # "The United States and Russia accounted for 57 percent of global arms exports": a group's share or total
        # (not "France and Israel supplied 29 per cent and 15 per cent of India's imports": a figure for each)
        if not RE.search(r"\b(?:together|combined|jointly)\b", g.group(0), re.I) and RE.match(
                rf"\s+(?:for\s+|up\s+)?{fig_rx('a')}\s*,?\s*and\s+{fig_rx('b')}", s[g.end():], re.I):
            continue
        group = {_code(g.group("x")), _code(g.group("y"))}
        out = [c for c in out if not (c["indicator"] in ONE_STATE_INDICATORS and subject_of(c) in group)
               and not (c["indicator"] == "import_dependence" and c["dyad"][0] in group)
               and not (c["indicator"] == "share_of_supplier_exports" and c["dyad"][1] in group)]
    if RE.search(r"\b(?:companies|firms|corporations|arms[- ]producing|manufacturers)\b", s, re.I) and \
            RE.search(r"\b(?:sales|revenues?)\b", s, re.I):
        # "American firms accounting for 61 % of sales": the arms companies' sales (SIPRI's Top 100), not transfers
        out = [c for c in out if c["indicator"] not in SHARE_INDICATORS]
    m_world = RE.search(r"\b(?:volume|total|level)\s+of\s+(?:the\s+)?(?:global|world|international)\s+(?:arms\s+)?"
                        r"(?:transfers|trade|exports|imports)\b[^,;]*?\b(?:rose|grew|increased|fell|dropped|declined|"
                        rf"decreased)\s+(?:by\s+)?(?P<v>\d+(?:\.\d+)?)\s*{_PCT}", s, re.I)
    if m_world:
        # "the total volume of global arms transfers rose by 16 percent": the world's total, no state's
        v = float(m_world.group("v"))
        out = [c for c in out if not (c["indicator"] in ("supplier_total_exports", "recipient_total_imports")
                                      and isinstance(c["expected"], (int, float)) and abs(c["expected"]) == v)]
    for g in RE.finditer(rf"(?<![\w-])(?:the\s+)?(?P<x>{_ST_ALT})\s+and\s+(?:(?:Western|Eastern|Northern|Southern|"
                         rf"Central|North|South|West|East)\s+)?{REGION_NAMES}", s):
        # "the USA and Western Europe accounted for 72 % of all arms exports": a state and a region, a group's share
        out = [c for c in out if not (c["indicator"] in ONE_STATE_INDICATORS and subject_of(c) == _code(g.group("x")))]
    if RE.search(rf"(?:%|per\s?cent|percent)\s+(?:in|to|across|within)\s+{REGION_NAMES}", s):
        # "exports grew by 12 % in Europe": a change of the exports to a region, not of the state's total
        out = [c for c in out if c["indicator"] not in ("supplier_total_exports", "recipient_total_imports")]
    return out


def _garbled_period(c: dict[str, Any], s: str) -> bool:
    """A period SIPRI never reports, read from a page that garbled one: a pooled share over six years written as a
    span ("from 2016 to 2021", "2009-14": SIPRI's periods are five years), or a change between two periods that
    overlap ("between 2011 and 2015 jumped by 279 per cent" read against 2007-11)."""
    params = c.get("params") or {}
    if c.get("test") == "share" and params.get("aggregate") == "pooled" and c.get("period"):
        y0, y1 = c["period"]
        return y1 - y0 == 5 and not RE.search(rf"\bsince\s+(?:the\s+)?{y0}\b", s)
    if c.get("test") == "trend" and params.get("before") and params.get("after"):
        return params["before"][1] >= params["after"][0]
    return False


#: the indicators of one state (the other side of their dyad is filler)
ONE_STATE_INDICATORS = ("supplier_world_share", "recipient_world_share", "supplier_total_exports",
                        "recipient_total_imports")


RECOGNISERS = (_arms_claims, order_exercise_claims, exercise_claims, veto_claims, asymmetry_claims)


_SIPRI_CITED = re.compile(r"\bSIPRI\b|Stockholm International Peace Research", re.I)
#: the words of SIPRI's five-year trends where a text retells them without naming SIPRI: a share of the world's arms
#: exports or imports, or the comparison of five-year periods
_SIPRI_WORDING = re.compile(
    r"\b(?:global|world|world['’]s|international|worldwide)\s+(?:major\s+)?(?:arms|weapons?)\s+(?:exports|imports)\b|"
    r"\b(?:previous|past|last|preceding)\s+five(?:-|\s+)years?\b|\bfive-year\s+period\b", re.I)


#: The day SIPRI released each year's arms-transfer data (its Fact Sheet "Trends in international arms transfers"),
#: where a public page read for it states the day; the other years fall back to "some day in March". The sources:
#: 2013-03-18  https://www.sipri.org/newsletter/march13 (SIPRI Update, March 2013): "new data on international arms
#:             transfers published by SIPRI on 18 March"
#: 2015-03-16  https://deploy.abcdocz.com/doc/961651/sipri-trends-in-international-arms-transfers-2014 (Fact Sheet of
#:             March 2015): "From 16 March 2015 the SIPRI Arms Transfers Database ... includes newly released
#:             information"
#: 2016-02-22  https://www.jworldtimes.com/old-site/others/research-report/trends-in-international-arms-transfers-2015/:
#:             "On 22nd February 2016, the Stockholm International Peace Research Institute (SIPRI) issued its Fact
#:             Sheet"
#: 2017-02-20  https://www.yumpu.com/en/document/view/56978145/trend-indicator (Fact Sheet of February 2017): "From 20
#:             February 2017 the freely accessible SIPRI Arms Transfers Database includes data on arms transfers in
#:             2016"
#: 2018-03-12  https://worldpeacefoundation.org/?p=2430: "released its latest data on the international arms trade on
#:             Monday 12th March" (the 2013-2017 data)
#: 2019-03-11  http://corecommunique.com/tag/global-arms-trade/ (the press release): "(Stockholm, 11 March 2019) ...
#:             according to new data on arms transfers published today"
#: 2020-03-09  https://docslib.org/doc/13346192/trends-in-international-arms-transfers-2019-3 (Fact Sheet of March
#:             2020): "From 9 March 2020 the freely accessible SIPRI Arms Transfers Database includes updated data"
#: 2021-03-15  https://docslib.org/doc/52978/trends-in-international-arms-transfers-2020-3 (Fact Sheet of March 2021):
#:             "From 15 March 2021 SIPRI's open-access Arms Transfers Database includes updated data"
#: 2022-03-14  https://fdokumen.com/documents/trends-in-international-arms-transfers-2021-reliefweb.html (Fact Sheet of
#:             March 2022): "From 14 March 2022 SIPRI's open-access Arms Transfers Database includes updated data"
#: 2023-03-13  https://www.poland.co.pl/sipri-on-arms-trade-in-2022-1779639.html: "On March 13, Stockholm global Peace
#:             investigation Institute ( SIPRI) presented a study on arms trafficking in 2022"
#: 2024-03-11  https://www.pressenza.com/2024/03/international-peace-research-institute-publishes-report-on-arms-trade/:
#:             "On 11 March, the Stockholm International Peace Research Institute (SIPRI) published its latest report on
#:             the arms trade, with data up to 2023"
#: 2025-03-10  https://euromaidanpress.com/2025/03/10/ukraine-is-worlds-top-arms-importer-us-supplied-half-sipri-reports:
#:             "the Stockholm International Peace Research Institute (SIPRI) reported on 10 March" (the 2020-24 data)
#: 2026-03-09  https://www.koreaherald.com/article/10689988 (dated 2026-03-09): "a report showed Monday" (the 2021 to
#:             2025 data)
SIPRI_RELEASE_DAYS: dict[int, tuple[int, int]] = {
    2013: (3, 18), 2015: (3, 16), 2016: (2, 22), 2017: (2, 20), 2018: (3, 12), 2019: (3, 11), 2020: (3, 9),
    2021: (3, 15), 2022: (3, 14), 2023: (3, 13), 2024: (3, 11), 2025: (3, 10), 2026: (3, 9),
}


def sipri_release_period(date: str | None, text: str) -> tuple[int, int] | None:
    """The five-year period of the SIPRI arms-transfer release a document retells, from the document's date.

    SIPRI publishes its five-year trends once a year (the release of year Y covers Y-5 to Y-1). A document that cites
    SIPRI (or the Stockholm International Peace Research Institute), or retells its trends in its words without naming
    it (a share of "global arms exports" or "world arms imports", "the previous five years", "the five-year period":
    :data:`_SIPRI_WORDING`), and is dated on or after the day of the release of
    year Y (:data:`SIPRI_RELEASE_DAYS`) retells that release: [Y-5, Y-1]; one dated before it, the release of the year
    before: [Y-6, Y-2]. For a year whose release day is not recorded, the release is taken to fall in March: a date
    after 15 March gives [Y-5, Y-1], one in January or February [Y-6, Y-2], and a date in 1-15 March (the release may
    or may not be out) nothing. A date without the day where the release's month is the date's, no date, or neither a
    citation of SIPRI nor its wording: None (no period is grounded)."""
    if not date or not (_SIPRI_CITED.search(text) or _SIPRI_WORDING.search(text)):
        return None
    m = RE.fullmatch(r"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", date.strip())
    if not m or not m.group(2):
        return None
    y, mon, day = int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    known = SIPRI_RELEASE_DAYS.get(y)
    if known:
        if mon != known[0]:
            return (y - 5, y - 1) if mon > known[0] else (y - 6, y - 2)
        if day is None:
            return None
        return (y - 5, y - 1) if day >= known[1] else (y - 6, y - 2)
    if mon < 3:
        return y - 6, y - 2
    if mon == 3 and (day is None or day <= 15):
        return None
    return y - 5, y - 1


def _period_the_text_retells(texts: list[str]) -> tuple[int, int] | None:
    """The five-year period a document retells where its date grounds no SIPRI release (no date, no citation of SIPRI,
    or a date the release days leave open) and it names only SIPRI's five-year periods: the latest
    of them, when every period it names (one or two, anywhere in the text) is five years long and the earlier one ends
    five years before. "Russia supplied 36 % of India's arms imports" in the opening of a text that names 2019–23 only
    further down is a share of 2019–23; a period the text compares with ("2019–23 compared to 2014–18") counts only
    as the earlier of the pair, where the text also writes the later; a text that names other periods, or none,
    grounds no period this way."""
    ps: set[tuple[int, int]] = set()
    compared: set[tuple[int, int]] = set()
    nts = [normalise_figures(t) for t in texts]
    for nt in nts:
        for a, _b, p in period_spans(nt):
            if RE.search(rf"{STARTING_POINT}$", nt[max(0, a - 20):a], re.I):
                continue  # "the first five-year period since 1960–64": a starting point, no period of the text
            if is_compared(nt, a):
                compared.add(p)
                continue
            if RE.search(r"\b(?:place|position|rank|ranked|largest|biggest|top)(?:\s+(?:arms\s+|"
                                             r"weapons?\s+)?(?:importer|exporter|supplier|recipient|buyer)s?)?\s+"
                                             r"(?:in|during)\s+(?:the\s+)?(?:period\s+)?$", nt[max(0, a - 40):a], re.I):
                return None  # "... compared with 2015-19", "up from 30th place in 2005–09": the text's own period may
            ps.add(p)  # be one it never writes
    if not ps or len(ps) > 2 or any(p[1] - p[0] != 4 for p in ps):
        return None
    latest = max(ps)
    if any(p != (latest[0] - 5, latest[1] - 5) for p in compared):
        return None  # "... compared with 2015-19" where the text writes no 2020-24: its own period may be unwritten
    for nt in nts:  # "Global arms deliveries fell 8 percent in 2007": the text speaks of single years of the period
        spans = period_spans(nt)
        if any(int(y.group(1)) >= latest[0] and not any(a <= y.start(1) < b for a, b, _ in spans)
               for y in RE.finditer(rf"\b(?:in|during)\s+{YEAR}", nt)):
            return None
    return latest if all(p == latest or p == (latest[0] - 5, latest[1] - 5) for p in ps) else None


def _safely(rule: Any, s: str, ctx: Ctx, notes: list[str]) -> list[dict[str, Any]]:
    """A recogniser's claims for one sentence; a rule that fails on an odd sentence leaves it a passage (with a
    note) instead of stopping the extraction of the whole brief."""
    try:
        return list(rule(s, ctx))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, ZeroDivisionError, re.error) as exc:
        notes.append(f"{rule.__name__.strip('_')} failed on this sentence: {type(exc).__name__}: {exc}")
        return []


def _ranked(s: str, ctx: Ctx) -> list[dict[str, Any]]:
    from .learned import ranked_claims

    return ranked_claims(s, ctx)


def _with_ranker(rules: list[dict[str, Any]], ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One sentence's claims: the phrase rules' claims as they are, and the slot ranker's reading of each figure no rule
    read (:mod:`amity.claims.learned`) where its probability reaches the model's ``threshold``."""
    from . import learned

    model = learned.load_model()
    if model is None or learned.COLLECT is not None:  # no model, or the ranker is being trained: the rules alone
        return rules
    return rules + [r for r in learned.not_read_by(rules, ranked) if r["score"] >= model["threshold"]]


def extract(text: str, *, pair: tuple[str, str] | None = None, source: str | None = None,
            year: int | None = None, as_of: int | None = None, ranker: bool = False) -> list[Candidate]:
    """Candidate claims in a brief's text, in reading order.

    ``pair`` (ISO3 codes) defaults to the two states the text names most; ``as_of`` (the year of the brief's
    date) to :func:`brief_date` (front matter, a "Published" line, the title page); ``year`` (the last year the
    brief can speak of) to the year before ``as_of``, else :func:`document_year`; ``source`` is the dossier key
    of the brief, written into each claim's ``said_in`` so that checking leaves the brief's own records out.
    ``ranker`` True also reads figures with the slot ranker (:mod:`amity.claims.learned`; off by default: on the
    larger fresh parts of the evaluation set it raised recall at a cost in precision, docs/claims.md).
    """
    date_text = str(as_of) if as_of else brief_date_text(text)
    as_of = as_of or brief_date(text)
    title = brief_title(text)
    text = strip_front_matter(text)
    paras = clean_text(text)
    prose = "\n".join(paras)
    pair = tuple(pair) if pair else detect_pair(prose)  # type: ignore[assignment]
    doc_year = year or (as_of - 1 if as_of else document_year(text))
    sents = [(pi, si, s) for pi, p in enumerate(paras, start=1) for si, s in enumerate(sentences(p), start=1)]
    ex_years = [y for _, _, s in sents if EXERCISE_RE.search(s) for y in years_in(s) if y <= doc_year]
    ctx = Ctx(pair=pair, doc_year=doc_year, ex_start=min(ex_years) if ex_years else doc_year - 10,  # type: ignore[arg-type]
               doc=DocCtx(last_year=as_of - 1 if as_of else None), as_of=as_of)
    ctx.doc.armsy = bool(title and ARMS_WORDS.search(title))
    if title and len(distinct_states(title)) == 1:  # "South Korea's arms exports soar": the document's subject
        ctx.doc.subject = ctx.doc.title_subject = distinct_states(title)[0]
    ctx.doc.release = sipri_release_period(date_text, f"{title or ''}\n{text}") or _period_the_text_retells(
        [title or "", *(s for _, _, s in sents)])
    if title:  # the periods of the title are the first the document names ("... fell from 69% in 2012-17 to ...")
        ctx.doc.periods.extend(dict.fromkeys(sentence_periods(normalise_figures(title))))
    out: list[Candidate] = []
    prev_par, prev = 0, ""
    for pi, si, s in sents:
        ctx.prev = prev if pi == prev_par else ""
        prev_par, prev = pi, s
        ns = normalise_figures(s)
        for a, _b, p in period_spans(ns):
            if RE.search(rf"{STARTING_POINT}{p[0]}\s*[–—-]", s):
                continue  # "the first five-year period since 1960–64": a starting point, not a period of the text
            if p[1] - p[0] == 1 and RE.fullmatch(r"\d{4}\s*[–—-]\s*\d\d", ns[a:_b]):
                continue  # "For 2025–26, ... of the capital acquisition budget": a fiscal year, no period of the data
            if is_compared(ns, a):
                if p not in ctx.doc.periods:
                    ctx.doc.compared_only.add(p)
            else:
                ctx.doc.compared_only.discard(p)
            if p in ctx.doc.periods:
                ctx.doc.periods.remove(p)
            ctx.doc.periods.append(p)
        _implied_previous(ns, ctx.doc)
        _named_previous(ns, ctx.doc)
        kinds = _kinds(s)
        signal = [k for k in kinds if k != "first" or years_in(s)]
        has_state = bool(_states(s)) or RE.search(r"\b(two countries|both|bilateral|joint)\b", s, re.I)
        notes: list[str] = []
        sipri = _safely(_sipri_claims, s, ctx, notes) if signal or FIG_RE.search(s) else []
        read_by_rules = bool(sipri)
        if ranker and FIG_RE.search(ns):
            sipri = _with_ranker(sipri, _safely(_ranked, s, ctx, notes))
        for c in sipri:  # "... increased nearly a hundredfold compared to the years 2015-2019": the later term of a
            after = (c.get("params") or {}).get("after")  # change is a period the document speaks of from then on
            if c.get("test") == "trend" and after and tuple(after) not in ctx.doc.periods and after[1] > after[0]:
                ctx.doc.periods.append(tuple(after))
        subject = next((x for x in map(subject_of, sipri) if x), None) or first_state(s)
        if subject:
            ctx.doc.subject = subject
        ctx.doc.recent = s
        one = [int(y.group(1)) for y in RE.finditer(rf"\b(?:in|during)\s+{YEAR}", s)]
        if len(set(one)) == 1 and not sentence_periods(ns):
            ctx.doc.year = one[0]
        ctx.doc.last = sipri
        ctx.doc.armsy = ctx.doc.armsy or bool(ARMS_WORDS.search(s))
        if not signal and not sipri:
            continue
        if set(signal) <= {"comparison", "trend", "count"} and not has_state and not sipri:
            continue
        claims: list[dict[str, Any]] = list(sipri)
        for rec in RECOGNISERS:
            if read_by_rules and rec is _arms_claims:
                continue  # the sentence's arms figures are read in SIPRI's terms above
            claims += _safely(rec, s, ctx, notes)
        years = sorted(set(years_in(s)))
        amounts = [m.group(0).strip() for m in MONEY_RE.finditer(s)] + [m.group(0).strip()
                                                                          for m in SHARE_RE.finditer(s)]
        kinds = kinds or ["share"]
        base_kind = next((k for k in ("peak", "trough", "share", "value", "comparison", "trend", "first", "extent",
                                      "count", "date") if k in kinds), kinds[0])
        for cl in claims or [None]:
            n = len(out) + 1
            cid = f"{source or 'brief'}-c{n}"
            cnotes = list(notes)
            if cl is None and _money_only(s):
                cnotes.append(MONEY_NOTE)
            if cl is not None:
                if "score" in cl:
                    cnotes.append(f"pre-filled by the slot ranker (probability {cl.pop('score'):.2f}); check each slot")
                said = {"source": source or "brief", "locator": f"paragraph {pi}, sentence {si}"}
                if date_text:
                    said["date"] = date_text  # the brief's date: checking also uses the data it could use
                cl = {"id": cid, "text": cl.pop("text"), "passage": s, "said_in": said, **cl}
                cl.setdefault("params", {})
            out.append(Candidate(id=cid, passage=s, kind=cl["test"] if cl else base_kind, kinds=kinds,
                                 years=years, amounts=amounts, states=_states(s), paragraph=pi, sentence=si,
                                 claim=cl, notes=cnotes))
    return out
