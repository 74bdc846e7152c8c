"""What every reader of a sentence shares: its figures, its periods and its states, and the claims they make.

* **Figures.** A percentage, a fraction ("a third") or a multiple, with the qualifier that governs it ("about", "more
  than", "nearly"): ``read_fig`` and ``with_governing_qualifiers`` read them, ``bounds`` makes the qualifier a
  tolerance or a bound (docs/claims.md, "Rounded figures").
* **Periods.** A SIPRI five-year period, a range of years, one year, "since YEAR", "the previous N-year period", from
  the clause, the sentence, the document so far (``DocCtx``) or the SIPRI release the document retells
  (``period_spans``, ``periods_of_change``, ``single_period``).
* **States.** Named, as a demonym, or the one a pronoun or a descriptor ("the kingdom") stands for (``antecedent``,
  ``resolve_descriptors``, ``head_state``).
* **Claims.** ``share_claim``, ``dependence_claim``, ``client_claim``, ``world_share_claim`` and
  ``total_change_claim`` write a claim in the format of :mod:`amity.claims.model`.

Used by the phrase rules (:mod:`amity.claims.extract`, :mod:`amity.claims.slots`, :mod:`amity.claims.events`) and
the slot ranker (:mod:`amity.claims.learned`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from amity.claims.brief import YEAR, YEAR_RE
from amity.claims.lexicon import ALL_STATES as _ALL_STATES
from amity.claims.lexicon import PERIOD_LENGTHS as _N
from amity.claims.lexicon import RE
from amity.claims.lexicon import STATE_ALT as _ST_ALT
from amity.claims.lexicon import number_of as _n_of
from amity.claims.lexicon import state_code as _code

RANGE_RE = re.compile(rf"(?:between|from)\s+(?:the\s+)?{YEAR}\s+(?:and|to|until)\s+{YEAR}|{YEAR}\s*[–—-]\s*{YEAR}",
                      re.I)
NUM = r"\d+(?:[.,]\d+)?"
MONEY_RE = re.compile(
    rf"(?:(?:US\$|\$|USD)\s?(?P<a1>{NUM})\s*(?P<s1>billion|million|bn|mn|m\b)?"
    rf"|(?P<a2>{NUM})\s*(?P<s2>billion|million|bn)\s*(?P<c2>USD|US dollars|dollars|\$)?)",
    re.I,
)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "dozen": 12}


@dataclass
class Ctx:
    """What a reader knows as it reads a sentence of a brief: the pair it is about, the last year it can speak of, the
    first year of exercises it names, the sentence before (in the same paragraph), the document so far
    (:class:`DocCtx`) and the brief's date."""

    pair: tuple[str, str]
    doc_year: int
    ex_start: int
    prev: str = ""
    doc: Any = None  # DocCtx: periods and subject the document has named so far
    as_of: int | None = None  # the brief's date (year), when its metadata or --as-of gives one


def nearest_year(s: str, pos: int, end: int | None = None) -> int | None:
    """The year written nearest the span ``pos``-``end`` of ``s`` (the first at equal distance), None where ``s``
    writes none."""
    end = pos if end is None else end
    best, dist = None, 10**9
    for m in YEAR_RE.finditer(s):
        d = pos - m.end() if m.end() <= pos else m.start() - end
        if 0 <= d < dist or (d < 0 and dist == 10**9):
            best, dist = int(m.group(1)), max(d, 0)
    return best


def adjective(token: str) -> bool:
    """Whether a state's name as written is its adjective ("Russian", "Chinese", "British", "Israeli", "French")."""
    return bool(RE.search(r"(?:an|ese|ish|ch|i)$", token)) and token not in ("Beijing", "Tehran", "Washington")


_FRACTIONS = {"a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "a fifth": 20.0, "one fifth": 20.0,
              "a quarter": 25.0, "one quarter": 25.0, "half": 50.0, "a half": 50.0, "two-thirds": 200 / 3,
              "two thirds": 200 / 3, "three-quarters": 75.0, "three quarters": 75.0,
              "one-fifth": 20.0, "one-quarter": 25.0, "one-half": 50.0}
_APPROX_Q = ("about", "around", "some", "roughly", "approximately", "an estimated", "close to", "~")
_NEARLY_Q = ("nearly", "almost", "just under", "just below", "slightly less than", "slightly under")
_MORE_Q = ("more than", "over", "above", "at least", "just over", "slightly more than", "upwards of", "exceeding",
           "in excess of")
_LESS_Q = ("less than", "under", "below", "fewer than", "up to", "at most")
QUALS = sorted(_APPROX_Q + _NEARLY_Q + _MORE_Q + _LESS_Q, key=len, reverse=True)
FIG = (r"(?:(?P<{n}q>" + "|".join(re.escape(q) for q in QUALS) + r")\s+)?"
       r"(?:(?P<{n}v>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b|(?<=\d)pc\b)|(?P<{n}f>"
       + "|".join(re.escape(f) for f in sorted(_FRACTIONS, key=len, reverse=True)) + r")(?![\w-]))")


def fig_rx(name: str) -> str:
    return FIG.replace("{n}", name)


FIG_RE = re.compile(fig_rx("x"), re.I)
PERIOD = r"(?<![\d.])((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)?\d\d)(?![\d%])"
PERIOD_RE = re.compile(PERIOD)


@dataclass
class Fig:
    value: float
    qual: str
    fraction: bool
    digits: int


def read_fig(m: re.Match[str], name: str) -> Fig | None:
    q = (m.group(f"{name}q") or "").lower()
    if m.group(f"{name}v"):
        txt = m.group(f"{name}v")
        return Fig(float(txt), q, False, len(txt.split(".")[1]) if "." in txt else 0)
    if m.group(f"{name}f"):
        return Fig(_FRACTIONS[m.group(f"{name}f").lower()], q, True, 0)
    return None


def with_governing_qualifiers(figs: list[Fig]) -> list[Fig] | None:
    """The figures of one coordinated list in a predicate ("decreased by around 20 per cent and seven per cent,
    respectively", "were about 12 % to A, 10 % to B and 7 % to C") with the qualifier each is read with: a qualifier
    before the first figure governs every later figure that has none of its own; where some later figures have their
    own qualifier and others none, which one governs them is not said (None: the list is left to a person). A
    qualifier inside a subject ("Some 35 % of China's exports go to A, 20 % to B") is that figure's alone: callers do
    not pass such lists."""
    if not figs or not figs[0].qual or all(f.qual for f in figs[1:]):
        return figs
    if any(f.qual for f in figs[1:]):
        return None
    return [figs[0], *(Fig(f.value, figs[0].qual, f.fraction, f.digits) for f in figs[1:])]


def bounds(f: Fig, kind: str, sign: int = 1) -> tuple[Any, float]:
    """``(expected, tolerance)`` of a figure: documented rounding rules (docs/claims.md, "Rounded figures").

    ``kind`` "share" bounds ranges at 0 and 100; "change" is a percent change, ``sign`` -1 for a fall."""
    v = round(f.value, 2)
    half = 0.5 * 10 ** -f.digits
    if f.qual in _MORE_Q:
        lo, hi = v, (100.0 if kind == "share" else float("inf"))
    elif f.qual in _LESS_Q:
        lo, hi = 0.0, v
    elif f.qual in _NEARLY_Q:
        lo, hi = round(0.9 * v, 2), v
    else:
        tol = max(half, round(0.1 * v, 2)) if (f.qual in _APPROX_Q or f.fraction) else half
        return (v * sign if sign < 0 else v), round(tol, max(2, f.digits + 1))  # "27.31 %": ± 0.005
    if sign < 0:
        lo, hi = -hi, -lo
    return [lo, hi], 0.0


def period_of(m: re.Match[str] | tuple[str, str]) -> tuple[int, int] | None:
    a, b = (m.group(1), m.group(2)) if isinstance(m, re.Match) else m
    y0 = int(a)
    y1 = int(b) if len(b) == 4 else (y0 // 100) * 100 + int(b)
    if len(b) == 2 and y1 < y0:
        y1 += 100
    return (y0, y1) if 0 < y1 - y0 <= 30 else None


@dataclass
class DocCtx:
    """What the document has said so far: its periods (multi-year, in order) and the state it is about."""

    periods: list[tuple[int, int]] = field(default_factory=list)
    subject: str | None = None
    #: the last full year of data before the brief's date (None when the brief's date is unknown)
    last_year: int | None = None
    #: the years of the last exercise count ("at least 60 exercises between 2003 and 2021")
    exercise_span: tuple[int, int] | None = None
    #: the previous sentence of the document (across paragraphs)
    recent: str = ""
    #: whether the document has spoken of arms, weapons or SIPRI so far (its title included)
    armsy: bool = False
    #: the claims pre-filled from the previous sentence (a ranking that goes on: "Germany ranks second (12 percent)")
    last: list[dict[str, Any]] = field(default_factory=list)
    #: the period of the last count of vetoes read ("In the same period China used the veto once")
    veto_period: tuple[int, int] | None = None
    #: the five-year period of the SIPRI release the document retells (see :func:`sipri_release_period`)
    release: tuple[int, int] | None = None
    #: the one state the title names ("The country's imports ..." stands for it), else None
    title_subject: str | None = None
    #: the one year the latest sentence naming a single year ("in 2023") named: the period of a numbered list's items
    year: int | None = None
    #: the periods the document has named only as the term a figure is compared with ("nearly 100 times more than
    #: between 2015 and 2019"): not the period a later share with no period of its own refers to
    compared_only: set[tuple[int, int]] = field(default_factory=set)

    def latest(self) -> tuple[int, int] | None:
        return max(self.periods, key=lambda p: (p[1], p[0])) if self.periods else None

    def release_pair(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The release's period and the five years before it, when the document names no other period."""
        r = self.release
        if r is None or any(p != r for p in self.periods):
            return None
        return (r[0] - 5, r[1] - 5), r

    def pair(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        after = self.latest()
        if after is None:
            return None
        before = [p for p in self.periods if p[1] < after[0] and p[1] - p[0] == after[1] - after[0]]
        return (max(before, key=lambda p: p[1]), after) if before else None


_RANGE_PERIOD = re.compile(rf"\b(?:between|from)\s+{YEAR}\s+(?:and|to)\s+{YEAR}", re.I)
#: words before a period that make it the term of a comparison ("than in 2010–14", "up from ... in 2010–14")
_COMPARED = re.compile(r"(?:\bthan(?:\s+(?:in|between|during))?|\bthat\s+(?:in|during)|"
                       r"\b(?:compared\s+(?:to|with)|than|over|from)\s+the\s+(?:previous|preceding|prior|earlier)\s+"
                       r"(?:five-year\s+|5-year\s+)?period,?|"
                       r"\bcompared\s+(?:to|with)(?:\s+the\s+period(?:\s+of)?|\s+the\s+years)?(?:\s+from)?(?:\s+the)?|\bon|"
                       r"\bup\s+from|\bdown\s+from|\bagainst|\bfrom)\s*$", re.I)


def period_spans(s: str) -> list[tuple[int, int, tuple[int, int]]]:
    """Every period a sentence writes: ``2012–16``, ``2009-2013``, ``between 2011 and 2015``, ``from 2011 to
    2015`` (start, end, (first year, last year)), in order."""
    out = [(m.start(), m.end(), period_of(m)) for m in PERIOD_RE.finditer(s)]
    for m in _RANGE_PERIOD.finditer(s):
        y0, y1 = int(m.group(1)), int(m.group(2))
        if 0 < y1 - y0 <= 30 and not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), (y0, y1)))
    return sorted((a, b, p) for a, b, p in out if p)  # type: ignore[misc]


def sentence_periods(s: str) -> list[tuple[int, int]]:
    return [p for _, _, p in period_spans(s)]


def is_compared(s: str, start: int) -> bool:
    mc = _COMPARED.search(s[max(0, start - 40):start])
    if mc and RE.fullmatch(r"from\s*", mc.group(0), re.I) and not RE.search(
            r"\b(?:up|down|rose|fell|increased|decreased|grew|dropped)\s+from\s*$|\b(?:increase|rise|decrease|fall|drop|"
            r"decline|growth|jump|higher|lower|more|less|up|down)\w*\s+(?:of\s+|by\s+)?(?:about\s+|some\s+|around\s+)?"
            r"\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s+from\s*$",
            s[max(0, start - 40):start], re.I):
        pm = PERIOD_RE.match(s, start)
        if pm and not RE.match(r"\s*(?:to|until|till|through|and)\b", s[pm.end():], re.I):
            return False  # "of Russia's total weapon exports from 2005-2012": the period itself, nothing after it
    return bool(mc) or bool(RE.search(
        r"\b(?:(?:up|down)\s+from|compared\s+(?:to|with))\s+(?:about\s+|around\s+|some\s+)?\d+(?:\.\d+)?\s*"
        r"(?:%|per\s?cent|percent)\s+(?:in|during)\s+"
        r"(?:the\s+)?(?:period\s+)?$", s[max(0, start - 50):start], re.I))


PREVIOUS = re.compile(r"\b(?:the\s+)?(?:previous|preceding|prior)\s+(?P<n>" + "|".join(_N) + r"|\d{1,2})"
                       r"(?:[- ]year\s+(?:period|span)|\s+years)", re.I)


#: the words before a period that name it as the earlier term: "the previous five-year period, 2011-2015", "the
#: previous five-year period (2015-2019)" (its length said: "the previous period (2013-2017)" may be a misprint)
NAMES_EARLIER = re.compile(r"\b(?:previous|preceding|prior|earlier)\s+(?:" + "|".join(_N) + r"|\d{1,2})[- ]year\s+"
                            r"period,?\s*\(?\s*$", re.I)


def periods_of_change(s: str, span: tuple[int, int], doc: DocCtx) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(before, after) of a change: "between P1 and P2", "from P1 to P2", "in P2 compared with P1 / the previous
    five-year period", "up by N % on P1"; with no period in the sentence, the two latest consecutive periods the
    document named. Periods written after the next figure of the sentence belong to another claim ("rose by 699
    per cent between those periods and accounted for 3 per cent of global purchases from 2011 to 2015")."""
    nxt = next((f.start() for f in FIG_RE.finditer(s) if f.start() >= span[1]), len(s))
    # "..., down from fourth place in the 2003-2007 period", "from the 29th largest importer in 2007–11 to the 10th
    # largest in 2012–16": the periods of a ranking, not of the change
    ranked = [x for x in period_spans(s) if RE.search(
        r"\b(?:place|position|rank|ranked|(?:largest|biggest|top)(?:\s+(?:arms\s+|weapons?\s+)?(?:importer|exporter|"
        r"supplier|recipient|buyer)s?)?)\s+(?:in|during)\s+(?:the\s+)?(?:period\s+)?$",
        s[max(0, x[0] - 40):x[0]], re.I)]
    # (with no other period written, the change's terms are the document's two latest consecutive periods, below: the
    # ranking's own where they are those, never a period computed from a ranking's)
    ps = [x for x in period_spans(s) if x[0] < nxt and x not in ranked]
    if len(ps) >= 2:
        a, b = sorted([ps[0][2], ps[1][2]])
        return (a, b) if a[1] < b[0] else None
    prev = PREVIOUS.search(s)
    if len(ps) == 1:
        start, _end, only = ps[0]
        if prev:
            n = _n_of(prev.group("n"))
            if NAMES_EARLIER.search(s[max(0, start - 40):start]):
                return only, (only[0] + n, only[1] + n)  # "compared to the previous five-year period, 2011-2015"
            return (only[0] - n, only[1] - n), only
        pr = doc.pair()
        if pr and pr[0] == only and RE.search(r"\bbetween\s+$", s[max(0, start - 12):start], re.I) and RE.match(
                r"\s+and\s+(?:(?:19|20)\d{0,2}\s*[–—-]?\s*)?$", s[_end:]):
            # "between 2014–18 and 2019–" (the page cut the second period off): the later of the document's pair
            return pr
        if is_compared(s, start):  # "... compared to the period from 2011 to 2015", "higher than in 2010–14"
            later = doc.latest()
            n = only[1] - only[0] + 1
            after = later if later and later[0] > only[1] and later[1] - later[0] == only[1] - only[0] \
                else (only[0] + n, only[1] + n)
            since = RE.search(rf"\bsince\s+{YEAR}", s, re.I)
            if (since and int(since.group(1)) != after[0]) or (doc.last_year and after[1] > doc.last_year):
                return None  # "since 2020 ... compared to 2015-2019" only where the years since make that period
            return only, after
        pr = doc.pair()
        if pr and pr[1] == only:
            return pr
        if only[1] - only[0] == 4 and RE.search(r"\b(?:in|during|over)\s+(?:the\s+)?(?:period\s+)?$", s[:start], re.I) \
                and PERIOD_RE.match(s, start):
            # "Saudi arms imports fell by 21 per cent in 2018–22": SIPRI's changes are between consecutive
            # five-year periods; the earlier one is the five years before ("between 2018 and 2022" is not read so)
            return (only[0] - 5, only[1] - 5), only
        return None
    if ODD_TIME.search(s) or stray_year(s):
        return None  # "fell by 30 % in 2020", "compared with 2019", "in the past decade": not two five-year periods
    return doc.pair() or doc.release_pair()


def stray_year(s: str) -> bool:
    """Whether ``s`` writes a year that is no part of a period ("in 2020", "compared with 2019", "by 2021")."""
    spans = period_spans(s)
    return any(not any(a <= y.start() < b for a, b, _ in spans) for y in YEAR_RE.finditer(s))


#: words before a period that make it a starting point, no period a figure refers to ("the first five-year period since
#: 1960–64", "a first after the 1960-64 period")
STARTING_POINT = r"\b(?:since|first\s+after)\s+(?:the\s+)?(?:period\s+)?"


def world_flow_going_on(doc: DocCtx) -> str | None:
    """"import" or "export" where the previous sentence's claims are all world shares of that flow (a ranking that may
    go on in the next sentence with no flow word of its own), else None."""
    last = {c["indicator"] for c in doc.last}
    return {"recipient_world_share": "import", "supplier_world_share": "export"}.get(last.pop()) if len(last) == 1 \
        else None


def _list_tail_period(s: str, pos: int, ps: list[tuple[int, int, tuple[int, int]]]) -> tuple[int, int] | None:
    """"India (39%), China (11%) and Vietnam (11%) over the period 2011-15": a period written just after the last
    figure of a list holds for every figure of the list, not only the last. Only when the sentence writes no other
    period, every figure from ``pos`` on is the list's (each with its state, brackets or commas between them) and the
    period comes within a few words of the last."""
    if len(ps) != 1 or is_compared(s, ps[0][0]):
        return None
    a = ps[0][0]
    figs = [m for m in FIG_RE.finditer(s) if m.start() >= pos - 12 and m.end() <= a]
    if len(figs) < 2 or not RE.fullmatch(r"[\s)\]]*,?\s*(?:(?:respectively|each)\s*,?\s*)?(?:in|during|over|for|"
                                         r"between|from)?\s*(?:the\s+)?(?:(?:five|5)[- ]year\s+)?(?:period\s+)?",
                                         s[figs[-1].end():a], re.I):
        return None
    for x, y in zip(figs, figs[1:]):
        gap = s[x.end():y.start()]
        if len(gap) > 60 or RE.search(r"[;:]|\b(?:while|whereas|but|than|from|compared)\b", gap, re.I) or \
                not distinct_states(gap):
            return None
    return ps[0][2]


def single_period(s: str, pos: int, doc: DocCtx, end: int | None = None) -> tuple[int, int] | None:
    """The period a share refers to: the nearest period written after the figure (not one compared with:
    "than in", "up from"; not one after another figure), else the nearest before it, a single year "in YEAR",
    "since YEAR" (to the last full year before the brief's date), else the latest period the document named
    ("in the period", "the most recent period")."""
    stop = len(s) if end is None else end
    figs = [m.start() for m in FIG_RE.finditer(s) if m.start() > pos]
    nxt = min([f for f in figs if f < stop] + [stop])
    # "the first five-year period since 1960–64": a period after "since" is a starting point, no claim's period
    ps = [x for x in period_spans(s)
          if not RE.search(rf"{STARTING_POINT}$", s[max(0, x[0] - 20):x[0]], re.I)]
    after = [p for a, _b, p in ps if pos <= a and (a < nxt or nxt >= stop) and not is_compared(s, a)]
    if after:
        return after[0]
    before = [p for a, _b, p in ps if a < pos and not RE.search(r"\bas\s+in\s*$", s[max(0, a - 10):a], re.I)
              and not is_compared(s, a)]
    if before:
        return before[-1]
    tail = _list_tail_period(s, pos, ps)
    if tail:
        return tail
    since = RE.search(rf"(?<!\bhighest level )(?<!\blowest level )(?<!\bhighest )(?<!\blargest )(?<!\blowest )"
                      rf"(?<!\bfirst time )\bsince\s+{YEAR}(?!\s*[–—-]\s*\d)", s)
    if since:  # to the last full year of data before the brief's date; unknown date: not pre-filled
        return (int(since.group(1)), doc.last_year) if doc.last_year and doc.last_year > int(since.group(1)) else None
    yrs = [(m.start(), int(m.group(1))) for m in RE.finditer(rf"\b[Ii]n\s+{YEAR}", s)
           if not any(a <= m.start(1) < b for a, b, _ in ps)]
    yrs_after = [y for i, y in yrs if i >= pos]
    if yrs_after or yrs:
        y = (yrs_after or [yrs[-1][1]])[0]
        return (y, y)
    # "in the period", or only periods compared with: the period the document is about; else the period of the SIPRI
    # release the document retells (a five-year figure with no stated period, in a dated document citing SIPRI)
    if ODD_TIME.search(s):
        return None  # "last year", "over the past decade": a time that is not the document's period
    # not a period this sentence compares with ("..., down from 6.2 per cent in 2015–19")
    compared = {p for a, _b, p in ps if is_compared(s, a)}
    rest = [p for p in doc.periods if p not in compared and p not in doc.compared_only]
    if rest:
        return max(rest, key=lambda p: (p[1], p[0]))
    r = doc.release
    return r if r and not stray_year(s) and all(p[1] < r[0] for p in compared) else None


ARMS = r"(?:major\s+)?(?:arms?|weapons?|weapon|military\s+equipment)"
#: a period phrase that may stand between a figure and the next item of a list ("between 2013 and 2017")
PERIOD_PHRASE = (r"(?:\s+(?:in|during|over|between|from)\s+(?:the\s+)?(?:period\s+)?(?:19|20)\d\d"
                  r"(?:\s*[–—-]\s*(?:19|20)?\d\d|\s+(?:and|to)\s+(?:19|20)\d\d)?(?:\s+period)?)?")
WORLD = r"(?:the\s+)?(?:total\s+)?(?:global|world|international|worldwide|world['’]s)"
PRONOUN = re.compile(r"\b(?:its|their|the country['’]s|the country)\b", re.I)


def share_claim(ind: str, dyad: list[str], period: tuple[int, int], f: Fig, text: str, **params: Any
                 ) -> dict[str, Any]:
    exp, tol = bounds(f, "share")
    return dict(indicator=ind, dyad=dyad, test="share", period=[period[0], period[1]], expected=exp,
                tolerance=tol, unit="percent", params={"aggregate": "pooled", **params}, text=text)


def change_claim(ind: str, dyad: list[str], per: tuple[tuple[int, int], tuple[int, int]], f: Fig | None,
                  down: bool, text: str, fold: tuple[float, str] | None = None) -> dict[str, Any]:
    (b0, b1), (a0, a1) = per
    if fold is not None:
        n, q = fold
        pct = round((n - 1) * 100, 2)
        # "nearly tenfold": the multiple in [0.9·10, 10], a change of [800, 900] % (the evaluation set's convention)
        exp, tol = ([pct, float("inf")], 0.0) if q in _MORE_Q else ([round((0.9 * n - 1) * 100, 2), pct], 0.0) \
            if q in _NEARLY_Q else (pct, round(0.1 * pct, 2))
    else:
        assert f is not None
        exp, tol = bounds(f, "change", -1 if down else 1)
    return dict(indicator=ind, dyad=dyad, test="trend", period=[b0, a1], expected=exp, tolerance=tol,
                unit="percent", params={"before": [b0, b1], "after": [a0, a1], "method": "sum",
                                        "direction": "decrease" if down else "increase"}, text=text)


def other_state(code: str, pair: tuple[str, str]) -> str:
    """A state for the unused side of a one-state indicator (the brief's pair, never the state itself)."""
    return next(p for p in (*pair, "USA", "RUS") if p != code)


def one_state_dyad(who: str, imports: bool, pair: tuple[str, str]) -> list[str]:
    """The dyad of a one-state indicator: ``who`` as recipient (imports) or as supplier (exports)."""
    return [other_state(who, pair), who] if imports else [who, other_state(who, pair)]


def two_periods(pers: list[tuple[int, int]], doc: DocCtx) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two periods of a "from A to B" claim: the two the text names, else the document's pair when it names
    none, else none."""
    return (pers[0], pers[1]) if len(pers) == 2 else doc.pair() if not pers else None


def dependence_claim(sup: str, rec: str, p: tuple[int, int], f: Fig) -> dict[str, Any]:
    """``sup``'s share of ``rec``'s arms imports (import dependence, SIPRI TIV) in period ``p``."""
    return share_claim("import_dependence", [sup, rec], p, f, f"{sup}'s share of {rec}'s arms imports {p[0]}–{p[1]}")


def client_claim(sup: str, rec: str, p: tuple[int, int], f: Fig) -> dict[str, Any]:
    """``rec``'s share of ``sup``'s arms exports (SIPRI TIV) in period ``p``."""
    return share_claim("share_of_supplier_exports", [sup, rec], p, f,
                        f"{rec}'s share of {sup}'s arms exports {p[0]}–{p[1]}")


def world_share_claim(who: str, imports: bool, p: tuple[int, int], f: Fig, pair: tuple[str, str],
                       flow: str | None = None) -> dict[str, Any]:
    """``who``'s share of world arms imports (or exports) in period ``p``; ``flow`` is the word the text shows
    (default: imports or exports)."""
    flow = flow or ("imports" if imports else "exports")
    return share_claim("recipient_world_share" if imports else "supplier_world_share",
                        one_state_dyad(who, imports, pair), p, f, f"{who}'s share of world arms {flow} {p[0]}–{p[1]}")


def total_change_claim(who: str, imports: bool, per: tuple[tuple[int, int], tuple[int, int]], f: Fig | None,
                        down: bool, pair: tuple[str, str], flow: str | None = None) -> dict[str, Any]:
    """The change of ``who``'s total arms imports (or exports) between the two periods of ``per``; ``flow`` is the
    word the text shows (default: imports or exports)."""
    flow = flow or ("imports" if imports else "exports")
    return change_claim("recipient_total_imports" if imports else "supplier_total_exports",
                         one_state_dyad(who, imports, pair), per, f, down,
                         f"{who}'s arms {flow} {per[0][0]}–{per[0][1]} to {per[1][0]}–{per[1][1]}")


_RELATIVE = re.compile(r"(?P<ante>[^\s,]+)\s*,?\s+(?:which|who)\s+(?:(?:still|also|now|alone|then|currently)\s+)?"
                       r"[a-z]+(?:\s+(?:for|up))?\s+(?:(?:a|an|the|only|just|some|about)\s+)?(?:[a-z]+\s+)?$")


def relative_subject(before: str) -> tuple[bool, str | None]:
    """Whether the words before a figure end in a relative clause ("..., which accounted for "), and the state the
    pronoun stands for: the state named just before it ("India lost the top place to Saudi Arabia, which accounted for
    12 %": Saudi Arabia), else, where the word before it is no word for a state, the one state named before it ("Saudi
    Arabia was the largest importer in 2014-18, which accounted for", "India, the largest importer, which ..."), else
    None (not said: "... to the kingdom, which ...", or two states before it)."""
    rel = _RELATIVE.search(before)
    if not rel:
        return False, None
    ante = RE.search(rf"(?<![\w-])(?P<st>{_ST_ALT})\)?$", before[:rel.end("ante")])
    if ante:
        return True, _code(ante.group("st"))
    if RE.search(r"\b(?:kingdom|country|nation|state|emirate|republic|ally|neighbou?r|rival|partner|power)$",
                 before[:rel.end("ante")], re.I):
        return True, None
    # "Saudi Arabia was the largest importer from 2014-18, which accounted for 12 %": the one state before it
    named = distinct_states(before[:rel.start()])
    return True, (named[0] if len(named) == 1 else None)


def head_state(s: str, start: int, end: int) -> str | None:
    """The state a clause is about: the first state named between ``start`` and ``end`` that does not merely
    own another noun ("Pakistan's arch nemesis India" → India; "Egypt's arms imports" → Egypt)."""
    for m in RE.finditer(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])(?P<poss>['’]s?)?", s[start:end]):
        c = _code(m.group(0).rstrip("'’s") if m.group("poss") else m.group(0))
        if not c:
            continue
        if m.group("poss") and not RE.match(r"\s+(?:own\s+)?(?:arms?\s+|weapons?\s+)?(?:imports|exports|share)",
                                            s[start + m.end():]):
            continue
        if not m.group("poss") and NOT_A_PARTY.match(s[start + m.end():]):
            continue  # "a Swedish think tank found that Canada ...": who says it, not whose figure it is
        return c
    return None


ARMS_WORDS = re.compile(r"\barms?\b|\bweapon|\bSIPRI\b|Peace Research Institute", re.I)


def distinct_states(text: str) -> list[str]:
    """The states ``text`` names, each once, in order."""
    found = [_code(m.group(0)) for m in RE.finditer(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])", text)]
    return list(dict.fromkeys(c for c in found if c))


def antecedent(s: str, pos: int, doc: DocCtx) -> str | None:
    """The state a pronoun ("its", "it", "their") at ``pos`` stands for: the one state named before it in the
    sentence, else the one state the previous sentence names; None when either names several (ambiguous)."""
    here = distinct_states(s[:pos])
    if here:
        return here[0] if len(here) == 1 else None
    prev = distinct_states(doc.recent)
    if not prev:  # the previous sentence names none: the state the document is about (its title's, or the last)
        return doc.subject
    return prev[0] if len(prev) == 1 else None
NUMW = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "twenty": 20, "fifty": 50, "hundred": 100}


#: "international" as a word of the world, but not in the name of the Stockholm International Peace Research Institute
INTERNATIONAL = r"international(?!\s+Peace\s+Research)"


#: the states a descriptor can stand for ("the Gulf country", "the Kingdom", "the emirate")
_GULF = {"SAU", "QAT", "ARE", "KWT", "BHR", "OMN"}
_KINGDOMS = {"SAU", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "JOR", "MAR", "THA", "BHR"}
_EMIRATES = {"QAT", "KWT", "ARE"}
_DESCRIPTOR = re.compile(r"\b[Tt]he\s+(?:(?P<gulf>Gulf)\s+(?:country|state|nation|monarchy|kingdom|emirate)|"
                         r"(?P<kingdom>[Kk]ingdom)|(?P<emirate>[Ee]mirate))(?P<poss>['’]s)?\b(?!\s+of\b)")


def _antecedents(text: str) -> list[str]:
    """The states ``text`` names that can be a descriptor's antecedent, each once, in order: not the items of a list
    with their figures ("US (78 percent), France (6.4 percent)", "Italy with 5.1 %"), which are compared, not spoken
    of."""
    found = []
    for m in RE.finditer(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])", text):
        if RE.match(r"\s*\(\s*\d|\s+(?:with|at)\s+\d|\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)", text[m.end():],
                    re.I):
            continue
        c = _code(m.group(0))
        if c:
            found.append(c)
    return list(dict.fromkeys(found))


def resolve_descriptors(s: str, doc: DocCtx) -> str:
    """``s`` with "the Gulf country('s)", "the Kingdom('s)", "the emirate('s)" replaced by the state they stand for:
    the one state of that kind named before them in the sentence, else in the sentence before, else the title's one
    state; unchanged where no state or several fit (a person reads it)."""
    def one(m: re.Match[str]) -> str:
        kind = _GULF if m.group("gulf") else _KINGDOMS if m.group("kingdom") else _EMIRATES
        for pool in (_antecedents(s[:m.start()]), _antecedents(doc.recent),
                     [doc.title_subject] if doc.title_subject else []):
            fits = [c for c in pool if c in kind]
            if fits:
                if len(fits) != 1:
                    return m.group(0)
                return _ALL_STATES[fits[0]].split("|")[0] + ("’s" if m.group("poss") else "")
        return m.group(0)

    return _DESCRIPTOR.sub(one, s)


ITEM = re.compile(rf"^\s*(?:\d{{1,2}}|[a-h])\s*[-.)–—]\s*(?P<st>(?:the\s+)?(?:{_ST_ALT}))\s*"
                   rf"(?::|\s[–—-]|(?=\(\s*\d))\s*")
ROLE_OTHER = re.compile(r"\b(?:importers?|buyers?|recipients?|customers?|clients?|markets?|destinations?|"
                         r"suppliers?\s+(?:to|of)|together|combined|each|respectively)\b", re.I)
SHARE_INDICATORS = ("supplier_world_share", "recipient_world_share", "import_dependence", "share_of_supplier_exports")
WORLD_SHARE_INDICATORS = ("supplier_world_share", "recipient_world_share")
REGION_NAMES = (r"(?:the\s+)?(?:Europe|Asia|Oceania|Africa|sub-Saharan\s+Africa|Middle\s+East|Gulf|Latin\s+America|"
                 r"Americas|region|sub-region)\b")
REGION_IN = re.compile(rf"\b(?:in|of|within|across)\s+{REGION_NAMES}|\bsub-Saharan\b|\bAsia\s+and\s+Oceania\b|"
                        r"\bthe\s+Gulf\s+states\b")
#: a time the slots cannot turn into a five-year period ("last year", "in the past decade", "over ten years")
ODD_TIME = re.compile(r"\b(?:decades?|century|(?:last|this|next|a|per|that|the\s+same)\s+year|annually|months?|"
                       r"weeks?|(?:\d+|two|three|four|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                       r"thirty|forty|fifty)[- ]years?)\b", re.I)
#: weapon categories and other parts of a flow (a category's exports are not the state's total)
PART_WORDS = re.compile(r"\b(?:drones?|aircraft|airplanes|jets|fighters?|helicopters?|missiles?|tanks?|ships?|vessels|"
                         r"submarines?|frigates?|corvettes?|armou?red|vehicles|artillery|engines?|sensors?|radars?|"
                         r"satellites?|air\s+defen[cs]e|ammunition|small\s+arms|rifles|guns|munitions|components|parts|"
                         r"services|licen[cs]es?|technology|oil(?!-)|gas(?!-)|goods|trade\s+in\s+goods)\b", re.I)
WORLD_WORDS = re.compile(rf"\b(?:global|world|worldwide|{INTERNATIONAL}|world['’]s|the\s+planet)\b", re.I)
NOT_A_PARTY = re.compile(r"(?:-based)?\s+(?:think[- ]tanks?|institutes?|watchdogs?|research(?:ers)?|reports?|data|"
                          r"study|studies|government|officials?|ministry|ministers?|media|press|news|newspapers?|"
                          r"agenc(?:y|ies)|company|companies|firms?|analysts?|experts?|sources?|authorities|"
                          r"researchers?|organi[sz]ations?|NGOs?)\b", re.I)


def first_state(s: str) -> str | None:
    m = RE.search(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])", s)
    return _code(m.group(0)) if m else None


def subject_of(claim: dict[str, Any]) -> str | None:
    ind, dy = claim.get("indicator"), claim.get("dyad") or [None, None]
    if ind in ("supplier_world_share", "supplier_total_exports", "share_of_supplier_exports"):
        return dy[0]
    if ind in ("recipient_world_share", "recipient_total_imports", "weapon_category_share", "import_dependence"):
        return dy[1]
    return None
