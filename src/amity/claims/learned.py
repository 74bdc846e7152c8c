"""A learned slot ranker for the arms-trade figures of a brief (issue 14: claims in briefs amity has never seen).

The phrase rules (:mod:`amity.claims.extract` and the modules it reads with) read the wordings they were written on
and few others. This module
reads a sentence's figures another way: for each percentage or fraction it lists every reading amity could check —
the six SIPRI indicators a share or a change can belong to (import dependence, a client's share of a supplier's
exports, a supplier's or a recipient's world share, the change of a supplier's total exports or of a recipient's
total imports), crossed with the states the sentence names (and the one a pronoun stands for) in each role, and for
a change its direction — and scores each reading with a conditional logit (a softmax over the figure's readings and
"no claim") over the words around the figure and around each state (position, the words between them, "of", "'s",
"from", "to", brackets ...). A second conditional logit chooses a share's period among those the sentence writes and
those of its context (the document's periods, the SIPRI release it retells). The best reading is pre-filled when the
product of the two probabilities reaches the model's threshold and the sentence grounds every slot
(:func:`refusal`: a flow said, a world said for a world share, no region, group, weapon category or unresolved
pronoun); otherwise the figure stays a passage for a person to complete.

The expected value, its tolerance or bounds, and a change's two periods are not learned: they come from the same
documented rules as the phrase extractor's (``bounds``, ``with_governing_qualifiers``, ``periods_of_change`` in
:mod:`amity.claims.figures`; docs/claims.md, "Rounded figures").

The model (``amity/data/claims_ranker.json``: weights, threshold, the parts of the evaluation set it was trained on)
is built by ``python tools/train_claims_ranker.py`` from the hand-labelled claims of the development parts of
``tests/claims/eval/``; what it reaches on parts it was not trained on is in ``docs/claims.md`` ("Round 9").
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from amity.claims import figures as F
from amity.claims import slots as S
from amity.claims.brief import YEAR
from amity.claims.lexicon import CHANGE_DOWN, CHANGE_UP, REGION, STATE_ALT, states_at
from amity.claims.wording import normalise_figures

#: the indicators the ranker reads, with the side of the dyad each uses
INDICATORS = ("import_dependence", "share_of_supplier_exports", "supplier_world_share", "recipient_world_share",
              "supplier_total_exports", "recipient_total_imports")
TWO_STATES = ("import_dependence", "share_of_supplier_exports")
TRENDS = ("supplier_total_exports", "recipient_total_imports")
IMPORT_SIDE = ("recipient_world_share", "recipient_total_imports")

_TOKEN = re.compile(r"['’]s\b|\w+(?:[.-]\w+)*|[%(),;:–—$]")
_UP = re.compile(rf"^(?:{CHANGE_UP}|doubled|tripled|higher|growth|rise|jump|increase)$", re.I)
_DOWN = re.compile(rf"^(?:{CHANGE_DOWN}|lower|fall|drop|decline|halved)$", re.I)
#: where collected figures go while the ranker is being trained (see tools/train_claims_ranker.py); None otherwise
COLLECT: list[Figure] | None = None


@dataclass
class Option:
    """One reading of a figure: an indicator, its states in their roles, a direction for a change."""

    indicator: str
    supplier: str | None
    recipient: str | None
    sign: int
    features: dict[str, float]
    score: float = 0.0


@dataclass
class Figure:
    """A percentage or fraction in a sentence, with every reading the ranker scores."""

    sentence: str
    start: int
    end: int
    raw: str = ""
    value: Any = None
    options: list[Option] = field(default_factory=list)
    #: the periods a share may refer to, each with its features (see :func:`period_options`)
    periods: list[tuple[tuple[int, int], dict[str, float]]] = field(default_factory=list)
    #: the two periods a change at this figure is between (``_change_periods``), None where none is grounded
    change_periods: Any = None
    #: a figure of a list whose qualifier may or may not govern it ("about 30 %, 12 % and nearly 5 %")
    ungoverned: bool = False


@dataclass
class _Tok:
    text: str
    start: int
    end: int


def _tokens(s: str) -> list[_Tok]:
    return [_Tok(_norm_word(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(s)]


def _norm_word(w: str) -> str:
    w = w.lower().replace("’", "'")
    if re.fullmatch(r"(?:19|20)\d\d", w):
        return "<year>"
    if re.fullmatch(r"(?:19|20)\d\d[-–](?:19|20)?\d\d", w):
        return "<period>"
    if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
        return "<num>"
    return w


def _window(toks: list[_Tok], a: int, b: int) -> list[str]:
    return [t.text for t in toks if t.start >= a and t.end <= b]


def _bucket(n: int) -> str:
    return "0" if n <= 1 else "1" if n <= 3 else "2" if n <= 7 else "3" if n <= 15 else "4"


def _clause(s: str, pos: int) -> tuple[int, int]:
    for a, b in S.slot_clauses(s):
        if a <= pos < b:
            return a, b
    return 0, len(s)


def _base_features(s: str, toks: list[_Tok], fa: int, fb: int, ca: int, cb: int) -> list[str]:
    """Words around the figure (left and right within its clause ``s[ca:cb]``, the immediate neighbours, the
    sentence)."""
    left = [t.text for t in toks if ca <= t.start and t.end <= fa][-8:]
    right = [t.text for t in toks if t.start >= fb and t.end <= cb][:8]
    out = [f"L:{w}" for w in left] + [f"R:{w}" for w in right]
    out += [f"L1:{left[-1] if left else '^'}", f"R1:{right[0] if right else '$'}",
            f"L2:{' '.join(left[-2:])}", f"R2:{' '.join(right[:2])}", f"L3:{' '.join(left[-3:])}",
            f"R3:{' '.join(right[:3])}"]
    out += [f"S:{w}" for w in {t.text for t in toks}]
    clause = s[ca:cb]
    out += [f"region:{bool(F.REGION_IN.search(clause))}", f"world:{bool(F.WORLD_WORDS.search(clause))}",
            f"spending:{bool(_SPENDING.search(clause))}"]
    return out


_SPENDING = re.compile(r"\b(?:spending|expenditure|budget|GDP|gross|revenue|\$|dollars?|billion|million)\b", re.I)


def _direction(toks: list[_Tok], fa: int, fb: int, ca: int, cb: int) -> str:
    """The change word nearest the figure within its clause: "up", "down" or "none"."""
    best, dist = "none", 10**6
    for t in toks:
        if not (ca <= t.start < cb):
            continue
        kind = "up" if _UP.match(t.text) else "down" if _DOWN.match(t.text) else None
        if kind:
            d = fa - t.end if t.end <= fa else t.start - fb
            if 0 <= d < dist:
                best, dist = kind, d
    return best


@dataclass
class _Sentence:
    """What every reading of a sentence's figures looks at: its text, tokens, figures and role words."""

    text: str
    toks: list[_Tok]
    figs: list[int]
    role_words: set[str]


def _state_features(sn: _Sentence, st: tuple[int, int, str, bool, str], fa: int, fb: int, ca: int, cb: int,
                    states: list[tuple[int, int, str, bool, str]]) -> tuple[list[str], str]:
    """Where a state stands with respect to the figure at ``fa:fb`` (in the clause ``ca:cb``): before or after it, how
    far, the words next to it and the words between them, possessive or not, first of the sentence, where it came from
    (the sentence, a pronoun); and its place in short (how far, the word after it) for a pair's features."""
    s, toks = sn.text, sn.toks
    a, b, code, poss, origin = st
    out = [f"origin:{origin}"]
    out += [f"{origin}|kw:{k}" for k in sn.role_words]
    if origin != "sentence":
        return out, "?,?"
    before = b <= fa
    between = _window(toks, b, fa) if before else _window(toks, fb, a)
    dist = f"{'b' if before else 'a'}{_bucket(len(between))}"
    out += [f"pos:{'before' if before else 'after'}", f"dist:{dist}", f"poss:{poss}"]
    out += [f"btw:{w}" for w in between[-10:]] if before else [f"btw:{w}" for w in between[:10]]
    prev = [t.text for t in toks if t.end <= a][-2:]
    nxt = [t.text for t in toks if t.start >= b][:2]
    n1 = nxt[0] if nxt else "$"
    out += [f"p1:{prev[-1] if prev else '^'}", f"p2:{' '.join(prev)}", f"n1:{n1}", f"n2:{' '.join(nxt)}"]
    out.append(f"sameclause:{ca <= a < cb}")
    ins = [x for x in states if x[4] == "sentence"]
    ins_codes = list(dict.fromkeys(x[2] for x in ins))
    if code in ins_codes and fa in sn.figs:
        out.append(f"idx_eq:{ins_codes.index(code) == sn.figs.index(fa)}")
    if ins and ins[0][:2] == (a, b):
        out.append("first")
    near = min(ins, key=lambda x: min(abs(x[1] - fa), abs(x[0] - fb)))
    if near[:2] == (a, b):
        out.append("nearest")
    if before and re.fullmatch(r"\s*\(\s*", s[b:fa]):
        out.append("paren")
    return out, f"{dist},{n1}"


_ROLE_WORD = re.compile(r"\b(supplier|client|customer|buyer|importer|exporter|destination|recipient|source|market|"
                        r"purchaser|seller|vendor)s?\b|\b(global|world|worldwide|international)\b|\b(imports?|exports?|"
                        r"sales|purchases|deliveries)\b", re.I)


def _role_words(s: str) -> set[str]:
    return {m.group(0).lower().rstrip("s") for m in _ROLE_WORD.finditer(s)}


_SINCE = re.compile(rf"\bsince\s+{YEAR}(?!\s*[–—-]\s*\d)")
_IN_YEAR = re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Bb]y)\s+{YEAR}")
_FROM_FIG = re.compile(r"(?:\b(?:up|down)\s+from|\bfrom|\bcompared\s+(?:to|with)|\bthan|\bversus|\bvs\.?)\s+"
                       r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$", re.I)
_TO_FIG = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?$", re.I)


def period_options(sn: _Sentence, fa: int, fb: int, ca: int, cb: int, ctx: Any
                   ) -> list[tuple[tuple[int, int], dict[str, float]]]:
    """The periods a share at ``s[fa:fb]`` may refer to, each with features: the periods and single years the sentence
    writes ("2014-18", "between 2009 and 2013", "in 2022", "since 2014" to the last full year before the brief's
    date), and those of its context (the latest and the earlier periods the document named, the period of the SIPRI
    release it retells and the one before it)."""
    s, toks, figs, doc = sn.text, sn.toks, sn.figs, ctx.doc
    k = figs.index(fa) if fa in figs else 0
    pre = s[max(0, fa - 30):fa]
    fig_role = "from" if _FROM_FIG.search(pre) else "to" if _TO_FIG.search(pre) else "plain"
    head = [f"fig:{fig_role}", f"figk:{min(k, 3)}", f"nfig:{min(len(figs), 4)}"]
    found: dict[tuple[int, int], list[str]] = {}

    def add(p: tuple[int, int] | None, feats: list[str]) -> None:
        if p is None or p[0] > p[1]:
            return
        found.setdefault(p, []).extend(feats)

    written = F.period_spans(s)
    spans = [(a, b, p, "period") for a, b, p in written]
    spans += [(m.start(), m.end(), (int(m.group(1)), int(m.group(1))), "year") for m in _IN_YEAR.finditer(s)
              if not any(a <= m.start(1) < b for a, b, _p in written)]
    if doc.last_year:
        spans += [(m.start(), m.end(), (int(m.group(1)), doc.last_year), "since") for m in _SINCE.finditer(s)
                  if int(m.group(1)) < doc.last_year]
    ordered = sorted({p for *_x, p, kind in spans if kind == "period"})
    for a, b, p, kind in spans:
        before = b <= fa
        between = _window(toks, b, fa) if before else _window(toks, fb, a)
        nfig = sum(1 for f in figs if (b <= f < fa) if before) + sum(1 for f in figs if fb <= f < a and not before)
        prev = [t.text for t in toks if t.end <= a][-2:]
        feats = [f"src:{kind}", f"pos:{'b' if before else 'a'}{_bucket(len(between))}", f"figs_between:{min(nfig, 2)}",
                 f"same_clause:{ca <= a < cb}", f"p1:{prev[-1] if prev else '^'}", f"p2:{' '.join(prev)}"]
        feats += [f"btw:{w}" for w in (between[-6:] if before else between[:6])]
        if kind == "period" and len(ordered) == 2:
            feats.append(f"order:{'early' if p == ordered[0] else 'late'}")
        feats += [f"{h}|{f}" for h in head for f in feats[:5]]
        add(p, feats)
    # the document's periods before this sentence (the extractor has already added the sentence's own)
    own = {p for *_x, p, kind in spans if kind == "period"}
    named = [q for q in doc.periods if q not in own]
    latest = max(named, key=lambda q: (q[1], q[0])) if named else None
    earlier = [q for q in named if latest and q[1] < latest[0]]
    ctx_periods = [(latest, "doc-latest"), (earlier[-1] if earlier else None, "doc-earlier"), (doc.release, "release"),
                   ((doc.release[0] - 5, doc.release[1] - 5) if doc.release else None, "release-before")]
    nsent = len(spans)
    for p, kind in ctx_periods:
        if p is not None and p not in found:
            feats = [f"src:{kind}", f"sent_has:{min(nsent, 2)}", f"odd_time:{bool(F.ODD_TIME.search(s))}"]
            feats += [f"{h}|{f}" for h in head for f in feats[:2]]
            add(p, feats)
    return [(p, dict.fromkeys([*f, "bias"], 1.0)) for p, f in found.items()]


#: a figure of something other than arms transfers ("45 per cent of global military spending")
_NOT_TRADE = re.compile(r"\s+of\s+(?:the\s+)?(?:\w+['’]s?\s+)?(?:total\s+|global\s+|world(?:['’]s)?\s+|worldwide\s+)?"
                        r"(?:military\s+|defen[cs]e\s+)?(?:spending|expenditures?|budgets?|GDP|gross|population|"
                        r"economy|revenues?|trade\b(?!\s+in\s+arms))", re.I)


_MORE_REGIONS = re.compile(r"\b(?:South|Central|North|Latin)\s+America|\b(?:North|West|East|Southern|Sub-Saharan)\s+"
                           r"Africa|\b(?:South|East|Central|South-?East|West)\s+Asia|\bCaribbean\b|\bBalkans\b|"
                           r"\bPersian\s+Gulf\b|\bArab\s+world\b|\bMiddle\s+East\b|\bEurope\b", re.I)


def _regional(s: str, fb: int, ca: int, cb: int) -> bool:
    """Whether the figure is a region's or a group's ("of the regional arms market", "to the Middle East", "arms
    imports by countries in the Middle East increased by 87%", "the five countries accounting for 76 percent"):
    amity has no indicator for them, so no reading is pre-filled."""
    if REGION.search(s[ca:cb]) or F.REGION_IN.search(s[ca:cb]):
        return True
    # a region named in the sentence with the figure's list ("34% of arms deliveries to South America ..., followed
    # by the United States (16%)")
    if _MORE_REGIONS.search(s) and re.search(r"\bfollowed\s+by\b|\(\s*\d", s):
        return True
    return bool(_NOT_TRADE.match(s[fb:]))


def _state_pool(s: str, pos: int, ctx: Any) -> list[tuple[int, int, str, bool, str]]:
    """The states a reading may use: each one the sentence names (in order), and the one its pronoun stands for."""
    # "a Swedish think tank", "US officials": who says it, not a party to the figure
    pool = [(a, b, c, p, "sentence") for a, b, c, p in states_at(s) if p or not F.NOT_A_PARTY.match(s[b:])]
    words = {t.text for t in _tokens(s[:pos])}
    context = []
    if words & {"its", "it", "their"}:
        context.append((F.antecedent(s, pos, ctx.doc), "pronoun"))
    if words & {"country", "country's", "kingdom", "nation"}:
        context.append((ctx.doc.title_subject or ctx.doc.subject, "the-country"))
    context += [(ctx.doc.title_subject, "title"), (ctx.doc.subject, "subject")]
    prev = F.distinct_states(ctx.doc.recent) if ctx.doc.recent else []
    if len(prev) == 1:
        context.append((prev[0], "previous"))
    seen = {x[2] for x in pool}
    for code, origin in context:
        if code and code not in seen:
            seen.add(code)
            pool.append((-1, -1, code, False, origin))
    return pool


def _governed_figures(s: str) -> dict[int, Any]:
    """The figures of each clause read with the qualifier that governs them ("about 30, 12 and 5 per cent": each
    about), by position; None for each figure of a list where which qualifier governs is not said."""
    out: dict[int, Any] = {}
    for a, b in S.slot_clauses(s):
        ms = [m for m in F.FIG_RE.finditer(s, a, b)]
        figs = [F.read_fig(m, "x") for m in ms]
        if len(ms) < 2 or any(f is None for f in figs) or figs[0].fraction or "(" in s[ms[0].end():ms[1].start()]:
            continue  # "almost half of French arms exports went to Qatar (20%), ...": a group's fraction, then a list
        g = F.with_governing_qualifiers(figs)  # type: ignore[arg-type]
        for m, f in zip(ms, g or [None] * len(ms)):
            out[m.start()] = f
    return out


def figures(s: str, ctx: Any) -> list[Figure]:
    """Every figure of sentence ``s`` (as the phrase extractor reads it) with its readings and their features."""
    raw = s
    s = F.resolve_descriptors(normalise_figures(s), ctx.doc)
    sn = _Sentence(s, _tokens(s), [m.start() for m in F.FIG_RE.finditer(s)], _role_words(s))
    out = []
    governed = _governed_figures(s)
    for m in F.FIG_RE.finditer(s):
        f = governed.get(m.start(), F.read_fig(m, "x"))
        if f is None and m.start() not in governed:
            continue
        fa, fb = m.start(), m.end()
        if re.search(r"\d\s*(?:[–—-]|to)\s*$", s[:fa]):
            continue  # the upper end of a range ("20–45 per cent"): the phrase rules read ranges
        ca, cb = _clause(s, fa)
        if _regional(s, fb, ca, cb):
            continue
        pool = _state_pool(s, fa, ctx)
        if not pool:
            continue
        base = _base_features(s, sn.toks, fa, fb, ca, cb)
        d = _direction(sn.toks, fa, fb, ca, cb)
        nstates = len({x[2] for x in pool})
        fig = Figure(sentence=s, start=fa, end=fb, raw=raw, value=f or F.read_fig(m, "x"), ungoverned=f is None,
                     periods=period_options(sn, fa, fb, ca, cb, ctx),
                     change_periods=F.periods_of_change(s, (fa, fb), ctx.doc))
        placed = {x: _state_features(sn, x, fa, fb, ca, cb, pool) for x in pool}
        for ind in INDICATORS:
            trend = ind in TRENDS
            signs = (1, -1) if trend else (1,)
            if ind in TWO_STATES:
                roles = [(x, y) for x in pool for y in pool if x[2] != y[2]]
            elif ind in IMPORT_SIDE:
                roles = [(None, y) for y in pool]
            else:
                roles = [(x, None) for x in pool]
            for sup, rec in roles:
                for sign in signs:
                    feats = [f"{ind}|{w}" for w in base] + [f"{ind}|n{min(nstates, 4)}", f"bias|{ind}"]
                    if trend:
                        feats += [f"{ind}|dir:{d}|{sign}", f"dir:{d}|{sign}"]
                    for role, st in (("sup", sup), ("rec", rec)):
                        if st is not None:
                            where = placed[st][0]
                            feats += [f"{ind}|{role}|{w}" for w in where] + [f"{role}|{w}" for w in where]
                    if sup is not None and rec is not None:
                        feats.append(f"{ind}|origins:{sup[4]}/{rec[4]}")
                        if sup[4] == rec[4] == "sentence":
                            feats.append(f"{ind}|order:{'sr' if sup[0] < rec[0] else 'rs'}")
                            feats.append(f"{ind}|pair:{placed[sup][1]}/{placed[rec][1]}")
                    fig.options.append(Option(ind, sup[2] if sup else None, rec[2] if rec else None, sign,
                                              dict.fromkeys(feats, 1.0)))
        out.append(fig)
    if COLLECT is not None:
        COLLECT.extend(out)
    return out


def _claim(o: Option, fig: Figure, period: tuple[int, int] | None, pair: tuple[str, str]) -> dict[str, Any] | None:
    """The structured claim of reading ``o`` of ``fig`` (a share in ``period``; a change between the figure's
    ``change_periods``), or None where no period is grounded."""
    f, sup, rec = fig.value, o.supplier, o.recipient
    if o.indicator in TRENDS:
        if fig.change_periods is None:
            return None
        who = rec if o.indicator == "recipient_total_imports" else sup
        assert who is not None
        return F.total_change_claim(who, o.indicator == "recipient_total_imports", fig.change_periods, f, o.sign < 0,
                                     pair)
    if period is None:
        return None
    if o.indicator == "import_dependence":
        return F.dependence_claim(sup, rec, period, f)  # type: ignore[arg-type]
    if o.indicator == "share_of_supplier_exports":
        return F.client_claim(sup, rec, period, f)  # type: ignore[arg-type]
    who = rec if o.indicator == "recipient_world_share" else sup
    assert who is not None
    return F.world_share_claim(who, o.indicator == "recipient_world_share", period, f, pair)


@cache
def load_model() -> dict[str, Any] | None:
    """The trained ranker (weights, intercept, threshold), or None where the package ships none."""
    try:
        text = resources.files("amity.data").joinpath("claims_ranker.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return json.loads(text)


def score(features: dict[str, float], model: dict[str, Any]) -> float:
    """The model's score of a reading (a sum of weights; "no claim" scores 0)."""
    w = model["weights"]
    return sum(w.get(k, 0.0) * v for k, v in features.items())


def choice_probabilities(scores: list[float]) -> list[float]:
    """Each reading's probability of being the one the sentence means, against the others and "no claim"."""
    m = max([0.0, *scores])
    e = [math.exp(x - m) for x in scores]
    z = sum(e) + math.exp(-m)
    return [x / z for x in e]


_ARMS_WORD = re.compile(r"\b(?:arms?|weapons?|weaponry|military\s+(?:equipment|hardware|goods)|defen[cs]e\s+"
                        r"(?:equipment|exports|imports|sales|purchases)|SIPRI)\b", re.I)
_FLOW_WORD = re.compile(r"\b(?:imports?|imported|importer|exports?|exported|exporter|suppl\w+|sales|sold|sells?|"
                        r"bought|buy\w*|purchas\w*|deliver\w*|transfer\w*|shipped|shipments?|customers?|clients?|"
                        r"buyers?|recipients?|destinations?|market|trade)\b", re.I)
_WORLD = re.compile(rf"\b(?:global|world|world['’]s|worldwide|{F.INTERNATIONAL}|market|"
                    r"total\s+(?:arms\s+)?(?:sales|exports|imports|transfers|deliveries))\b", re.I)


_DIRECTED = re.compile(r"\b(?:imports?|imported|importers?|importing|exports?|exported|exporters?|exporting|"
                       r"suppliers?|supplied|supplies|sales|sold|sells?|seller|buyers?|bought|purchas\w*|"
                       r"recipients?|receiv\w*|customers?|clients?|deliveries|delivered)\b", re.I)
_CATEGORY_OBJECT = re.compile(r"\s+of\s+(?:its\s+|the\s+)?(?:\w+\s+)?" + F.PART_WORDS.pattern, re.I)


def _flow(word: str) -> str | None:
    w = word.lower()
    if w.startswith(("import", "buy", "bought", "purchas", "recipient", "receiv", "customer", "client")):
        return "in"
    if w.startswith(("export", "suppl", "sale", "sold", "sell", "deliver")):
        return "out"
    return None


_CHANGE_NOUN = re.compile(r"[\s-]*(?:increase|decrease|rise|fall|drop|decline|growth|jump|surge|hike|reduction|"
                          r"cut|gain|loss|boost|uptick|upswing|slump)s?\b", re.I)
_GOES_TO = re.compile(r"\b(?:went|go|goes|going|sold|exported)\s+to\b", re.I)
_COMES_FROM = re.compile(r"\b(?:came|come|comes|originat\w*)\s+from\b", re.I)
_CHANGE_BEFORE = re.compile(rf"\b(?:{CHANGE_UP}|{CHANGE_DOWN})\b", re.I)
#: a figure that is the size of a change ("fell 30 percent", "rose by almost 40 %")
_QUAL = "|".join(map(re.escape, F.QUALS))
_CHANGE_AT = re.compile(rf"\b(?:{CHANGE_UP}|{CHANGE_DOWN}|augmented|boosted|expanded|increased|reduced|cut|"
                        rf"(?:went|gone)\s+(?:up|down))\s+(?:by\s+)?(?:(?:a\s+)?(?:healthy|massive|whopping|mere|"
                        rf"modest|significant|staggering)\s+)?(?:(?:{_QUAL})\s+)?$", re.I)


def _written_period(fig: Figure) -> bool:
    """Whether the figure's sentence writes a period or a year of its own."""
    return bool(F.period_spans(fig.sentence)) or bool(_IN_YEAR.search(fig.sentence))


def refusal(fig: Figure, o: Option, ctx: Any) -> str | None:
    """Why the sentence does not ground reading ``o`` of ``fig`` (None where it does), whatever the reading's
    probability — precision first (issue 14): every slot must be said by the sentence or its context."""
    s = fig.sentence
    ca, cb = _clause(s, fig.start)
    clause, before, obj = s[ca:cb], s[ca:fig.start], s[fig.end:cb]
    if not (ctx.doc.armsy or _ARMS_WORD.search(s)):
        return "no word of arms in the document so far"  # "imports" could be any goods
    if not _FLOW_WORD.search(s):
        return "no flow said"
    if o.indicator in ("supplier_world_share", "recipient_world_share"):
        if not _WORLD.search(clause) or not _DIRECTED.search(clause):
            return "whose flow is not said"  # "China holds a 5.2 percent share of the global arms market"
        flows = {_flow(m.group(0)) for m in _DIRECTED.finditer(clause)} - {None}
        if len(flows) > 1:
            return "two flows"  # "Chile's arms imports accounted for 2 per cent of global arms exports"
    if (re.search(r"\bimports?\b", obj, re.I) and _GOES_TO.search(obj)) or (
            re.search(r"\bexports?\b", clause, re.I) and _COMES_FROM.search(clause)):
        return "two flows"  # "60 percent of arms imports from Norway went to Poland", "exports (64%) came from"
    if not re.search(r"\(\s*$", before) and re.search(r"\(\s*(?:about\s+|around\s+|some\s+)?\d", obj):
        return "a group's figure before its list"  # "a third of Spanish arms exports went to Australia (14%), ..."
    if _CHANGE_NOUN.match(obj):
        return "a change said as a noun"  # "a 60 percent increase in arms exports to China": not a share
    if o.indicator in TRENDS and re.search(rf"\bthan\s+(?:(?:those|that)\s+of\s+)?(?:the\s+)?(?:{STATE_ALT})\b", obj):
        return "a comparison of two states"  # "US arms exports were 58 per cent higher than those of Russia"
    if o.indicator not in TWO_STATES and re.search(rf"\b(?:to|from)\s+(?:the\s+)?(?:{STATE_ALT})\b", before):
        return "a flow between two states"  # "Norway increased arms exports to Poland by 30%": not Norway's total
    if re.search(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\d", clause) \
            and not _written_period(fig):
        return "two terms, no period"  # "France's share ... was down to 40% from 60%": which periods is not said
    if _CATEGORY_OBJECT.match(s[fig.end:]) or F.PART_WORDS.search(before):
        return "a weapon category"  # "44 per cent of tanks", "exports of Chinese drones rose by 50 percent"
    if F.PREVIOUS.search(s) and not _written_period(fig):
        return "the previous period"  # "when Norway held a 2% share" of "the previous five-year period"
    if o.indicator not in TRENDS and (_CHANGE_AT.search(before) or (
            _CHANGE_BEFORE.search(s[:fig.start]) and re.search(r"\(\s*$", before))):
        return "a share of the change?"  # "Chile's imports grew, mainly from Spain (60%)", "... fell 30 percent",
        # "deliveries from Egypt's main arms suppliers rose: France (44 per cent) ..."
    if fig.ungoverned:
        return "which qualifier governs the figure"  # "about 30 %, 12 % and nearly 5 %"
    pron = re.search(r"\b(?:its|their|it|they|the\s+(?:country|kingdom|nation|state)['’]?s?)\b", clause, re.I)
    here = states_at(s)
    for code in (o.supplier, o.recipient):
        if not code:
            continue
        if code not in {x[2] for x in here}:
            if pron and code != F.antecedent(s, fig.start, ctx.doc):
                return "whose pronoun"  # "Norway and Sweden are exporters. Some 15% of its ..."
            if len(F.distinct_states(ctx.doc.recent)) > 1 and code != ctx.doc.title_subject:
                return "which state of the sentence before"  # "Kuwait and Oman ... The Gulf country's imports ..."
            continue
        if "respectively" in s:
            continue
        joint = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?")
        for a, b, c, _poss in here:
            nxt = [x for x in here if x[0] >= b]
            prv = [x for x in here if x[1] <= a]
            if c == code and not re.match(r"\s*\(", s[b:]) and (
                    (prv and joint.fullmatch(s[prv[-1][1]:a])) or (nxt and joint.fullmatch(s[b:nxt[0][0]]))):
                return "a coordinated group"  # "went to Poland, Finland and Denmark", "Kuwait and Oman"
    return None


def best_readings(s: str, ctx: Any, model: dict[str, Any] | None = None, refused: bool = False
                  ) -> list[tuple[dict[str, Any], float, str | None]]:
    """Each figure of sentence ``s`` with its best reading (and, for a share, its best period): the claim, the product
    of the two probabilities, and why the sentence does not ground it (:func:`refusal`; None where it does). Figures
    with no period to choose from are left out, and so are the readings a refusal stops unless ``refused`` is True
    (``tools/train_claims_ranker.py --room`` lists them)."""
    model = model or load_model()
    figs = figures(s, ctx)
    if model is None or COLLECT is not None:
        return []
    pw = {"weights": model["period_weights"]}
    out = []
    for fig in figs:
        for o, p in zip(fig.options, choice_probabilities([score(o.features, model) for o in fig.options])):
            o.score = p
        best = max(fig.options, key=lambda o: o.score, default=None)
        if best is None:
            continue
        why = refusal(fig, best, ctx)
        if why and not refused:
            continue
        if best.indicator in TRENDS:
            conf, claim = best.score, _claim(best, fig, None, ctx.pair)
        else:
            probs = choice_probabilities([score(feats, pw) for _p, feats in fig.periods])
            if not probs:
                continue
            i = max(range(len(probs)), key=probs.__getitem__)
            period, feats = fig.periods[i]
            if not why and not any(k.startswith("src:") and k[4:] in ("period", "year", "since") for k in feats) and (
                    F.ODD_TIME.search(fig.sentence) or F.stray_year(fig.sentence)):
                why = "a time the context's period is not"  # "last year", "in the past decade", "compared with 2019"
            conf = best.score * probs[i]
            claim = _claim(best, fig, period, ctx.pair)
        if claim is not None:
            out.append((claim, conf, why))
    return out


def ranked_claims(s: str, ctx: Any, model: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The ranker's reading of each figure of sentence ``s`` that the sentence grounds (:func:`best_readings`), with
    ``score`` the product of the probabilities of its reading and its period. The caller decides which to pre-fill
    (:func:`amity.claims.extract._with_ranker`: the model's ``threshold``)."""
    return [dict(claim, score=round(conf, 3)) for claim, conf, why in best_readings(s, ctx, model) if why is None]


def not_read_by(rules: list[dict[str, Any]], readings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranker's readings of a sentence's figures that none of the phrase rules' claims read (none has the same
    expected value): those the ranker may add."""
    return [r for r in readings if not any(c.get("expected") == r.get("expected") for c in rules)]
