"""The phrase rules for joint exercises, Security Council vetoes, the asymmetry of power and the last order year.

* **Exercises** (``exercise_claims``, ``_exercise_counts``): the first joint exercise, the seas exercises reached,
  counts of a year's exercises with a partner; "at least N joint exercises between Y1 and Y2" and "more than half
  (of them) since Y3" (``order_exercise_claims``).
* **Vetoes** (``veto_claims``, ``_veto_counts``, ``_veto_ordinal``): a member's drafts vetoed in a period, drafts
  vetoed by both states of a pair, a member's Nth veto in a year (docs/claims.md, "Security Council vetoes").
* **Asymmetry** (``asymmetry_claims``): how many times larger one state's economy or military spending is.
* **The last order** ("B last ordered ... from A in YEAR", ``order_exercise_claims``): the last order year.

Each rule returns claims in the format of :mod:`amity.claims.model`, or none where a slot is not grounded.
"""

from __future__ import annotations

import re
from typing import Any

from amity.claims.brief import YEAR, YEAR_RE, years_in
from amity.claims.figures import NUMBER_WORDS, RANGE_RE, Ctx, distinct_states, nearest_year, other_state
from amity.claims.lexicon import MONTHS, RE
from amity.claims.lexicon import PERIOD_LENGTHS as _N
from amity.claims.lexicon import STATE_ALT as _ST_ALT
from amity.claims.lexicon import STATE_RE as _STATE_RE
from amity.claims.lexicon import number_of as _n_of
from amity.claims.lexicon import state_code as _code
from amity.claims.lexicon import state_group as _st
from amity.claims.lexicon import state_rx as _state_rx

EXERCISE_RE = re.compile(r"\b(exercises?|drills?|manoeuvres?|maneuvers?|war ?games?|trained together|"
                         r"training areas?|joint (?:sea|naval|patrols?|performances?))\b", re.I)
VETO_RE = re.compile(r"\b(double[- ]vetoe?s?|vetoe?s?|vetoed)\b", re.I)
ASYM_RE = re.compile(r"\b(econom\w*|GDP|military (?:spending|expenditure|budget)|defen[cs]e (?:spending|budget)|"
                     r"(?<!veto )power|capabilit\w*)\b", re.I)  # "its veto power": the Council's, not a state's means
SEA_RE = re.compile(
    r"\b(?:(?:Sea|Gulf|Bay) of (?:the )?[A-Z][a-z]+|Mediterranean(?: Sea)?|"
    r"(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ (?:Sea|Ocean|Gulf|Bay))\b(?![ -]?\d)")
NOT_PLACES = re.compile(r"^(?:Joint|Naval|Indra|Peace) ", re.I)


def places(s: str) -> list[tuple[str, int, int]]:
    out = []
    for m in SEA_RE.finditer(s):
        name = m.group(0)
        name = RE.sub(r"^(?:In|The|From|To|At|And|Then)\s+", "", name)
        full = RE.search(r"\b[A-Z][a-z]+\s+the\s+$", s[:m.start()])
        if full:  # "Peter the Great Bay": the whole name, not "Great Bay"
            name = full.group(0) + name
        if NOT_PLACES.match(name):
            continue
        out.append((name, m.start(), m.end()))
    return out


def approx(s: str) -> bool:
    return bool(RE.search(r"\b(around|about|approximately|roughly|some|nearly|almost|close to|~)\b", s, re.I))


def _domain(text: str) -> str | None:
    if RE.search(r"\bair[- ]?forces?\b|\bair defen[cs]e\b|\baerial\b|\bair units?\b", text, re.I):
        return "air"
    if RE.search(r"\bnav(?:y|ies|al)\b|\bmaritime\b", text, re.I):
        return "sea"
    if RE.search(r"\bground forces\b|\barm(?:y|ies)\b|\bland forces\b", text, re.I):
        return "land"
    return None


_NEUTRAL = {"joint", "military", "bilateral", "large", "major", "big", *NUMBER_WORDS}
_QUALIFIER_DOMAIN = {"naval": "sea", "maritime": "sea", "sea": "sea", "air": "air", "aerospace": "aerospace",
                     "land": "land", "ground": "land", "army": "land", "tri-service": "combined",
                     "combined": "combined"}


def exercise_claims(s: str, ctx: Ctx) -> list[dict[str, Any]]:
    if not EXERCISE_RE.search(s):
        return []
    a, b = ctx.pair
    out: list[dict[str, Any]] = []
    since = RE.search(rf"\bsince\s+(?:the\s+)?{YEAR}", s + " " + ctx.prev, re.I)
    for name, p0, p1 in places(s):
        clause = RE.split(r"[:;]", s[max(0, p0 - 120):p0])[-1]
        if RE.search(r"\bpatrols?\b", clause, re.I) and not EXERCISE_RE.search(clause):
            continue  # "joint air patrols in the Sea of Japan": a patrol, not an exercise, was there
        y = nearest_year(s, p0, p1)
        if y and RE.search(rf"\bsince\s+(?:the\s+)?{y}\b", s, re.I):
            # "most of them since 2017, and many of them in the Mediterranean": a starting point, not the year
            if not ctx.as_of:
                continue  # no date for the brief: until when is not known
            y = None  # from the "since" year (the first of the sentence, read above) to the brief's year
        if not y and not RE.search(r"\b(?:held|hold|holds|conducted|conducts|staged|stages|sailed|took place|carried "
                                   r"out|reached|reach|patroll?ed|exercised|drilled|as far as)\b", s, re.I):
            continue  # "an opportunity to operate in ... the Sea of Japan": no exercise said to have been there
        period = [y, y] if y else [int(since.group(1)) if since else ctx.ex_start, ctx.doc_year]
        out.append(dict(indicator="exercises", dyad=[a, b], test="extent", period=period, expected=None,
                        tolerance=0, unit=None, params={"place": name},
                        text=f"joint exercise in the {name} in {period[0]}" if y else
                             f"joint exercises reached the {name} by {period[1]}"))
    firsts: list[tuple[int, str | None]] = []
    for m in RE.finditer(r"\bfirst\b((?:\s+[\w-]+){0,3}?)\s+(?:exercises?|drills?)\b", s, re.I):
        if RE.match(r"\s+(?:\w+\s+){0,4}?since\b", s[m.end():], re.I):
            continue  # "the first joint military exercises since 2005": the first for a while, not the first ever
        after = years_in(s[m.end():m.end() + 40])
        y = min(after) if after else nearest_year(s[:m.start()], m.start())
        quals = [w for w in m.group(1).lower().split() if w not in _NEUTRAL]
        dom = _QUALIFIER_DOMAIN.get(quals[0]) if len(quals) == 1 else None
        if y and (not quals or dom):
            firsts.append((y, dom))
    for m in RE.finditer(r"\bfor the first time\b", s, re.I):
        before = list(YEAR_RE.finditer(s[:m.start()]))
        if before:
            last = before[-1]
            firsts.append((int(last.group(1)), _domain(s[last.end():m.start()])))
    m = RE.search(rf"\bsince\s+(?:the\s+)?{YEAR}\b", s, re.I)
    counted = RE.search(r"\b(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(?:[\w-]+\s+){0,2}(?:exercises|drills)\b", s,
                        re.I)
    # the part of the sentence that holds "since YEAR" (a page's run-on "state.The exercise ..." cut at the stop)
    since_part = next((x for x in RE.split(r"[.;](?=\s*[A-Z])", s) if m and m.group(0) in x), s)
    if m and not firsts and not counted and RE.search(r"\b(held|engaged|conducted|carried out|staged)\b", s, re.I) \
            and RE.search(r"\b(?:first|began|begun|begin|started|start)\b", since_part, re.I):
        # "began holding exercises in 2005 and have held them since 2005": the first; a bare "have held exercises
        # since 2005" does not say there were none before (nor which series); "have conducted 50 exercises since
        # 2003" is a count
        firsts.append((int(m.group(1)), None))
    for y, dom in dict.fromkeys(firsts):
        params = {"domain": dom} if dom else {}
        out.append(dict(indicator="exercises_per_year", dyad=[a, b], test="first", period=[y - 5, ctx.doc_year],
                        expected=y, tolerance=0, unit="year", params=params,
                        text=f"first joint {dom + ' ' if dom else ''}exercise in {y}"))
    # "In 2019, China and Russia held eight joint exercises": a count in one year, written "in YEAR" (not "since
    # 2012, ... ten exercises", a count to an unsaid end); the pair's joint exercises (a joint word or both states),
    # not one named series ("five Joint Sea exercises"); rounded counts as documented ("about 8": 8 ± 1)
    ys = years_in(s)
    one_year = RE.search(rf"\b(?:in|during|throughout)\s+(?:the\s+year\s+)?{YEAR}", s, re.I)
    pairwise = RE.search(r"\b(?:joint|combined|bilateral|together|the two (?:countries|militaries|navies|armies))\b",
                         s, re.I) or (_state_rx(a).search(s) and _state_rx(b).search(s))
    # "30 joint exercises with 20 Arab and African countries", "multilateral drills": not one pair's count
    many = RE.search(r"\bwith\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d{1,3}|" + "|".join(NUMBER_WORDS)
                     + r")\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:countries|states|nations|partners|armies|navies)\b|"
                     r"\bmultilateral\b|\bmulti-national\b|\bmultinational\b", s, re.I)
    # the year of the count: "in 2019", "In November 2022 ... that year", "By the end of October 2019", or "this
    # year" in a dated brief
    cy = ys[0] if len(set(ys)) == 1 and (one_year or RE.search(
        rf"\b(?:in|during|by\s+the\s+end\s+of)\s+(?:early\s+|late\s+|mid-)?(?:{MONTHS})\s+{YEAR}", s, re.I)) else \
        ctx.as_of if not ys and ctx.as_of and RE.search(r"\bthis\s+year\b", s, re.I) else None
    if cy and not RE.search(rf"\bsince\s+(?:the\s+)?{YEAR}", s, re.I):
        out += _exercise_counts(s, cy, ctx.pair, bool(pairwise) and not many)
    return out


_COUNT_Q = {"at least": "min", "more than": "over", "over": "over", "some": "approx", "about": "approx",
            "around": "approx", "approximately": "approx", "roughly": "approx",
            "nearly": "nearly", "almost": "nearly", "fewer than": "under", "less than": "under"}


#: a count of exercises and what follows it ("four military exercises with Russia"); an elliptic count after an
#: earlier one ("..., 13 of which are with NATO members and four with Russia", "but only 17 with the Russian Army")
_EX_COUNT = re.compile(r"(?:(?P<q>" + "|".join(sorted(_COUNT_Q, key=len, reverse=True)) + r")\s+)?\b(?P<n>"
                       + "|".join(NUMBER_WORDS) + r"|\d{1,3})\s+(?:(?-i:[a-z][a-z-]*)\s+(?:and\s+)?){0,3}?"
                       r"(?:exercises|drills|performances|war\s?games|manoeuvres|maneuvers)\b", re.I)
_EX_ELLIPTIC = re.compile(r"(?:\band|,|\bbut)\s+(?:only\s+)?(?P<n>" + "|".join(NUMBER_WORDS)
                          + r"|\d{1,3})\s+(?=with\b)", re.I)
#: a count of a year not over: "so far in 2016", "by the end of October 2019", "as of", "to date", "thus far"
_SO_FAR = re.compile(r"\bso\s+far\b|\bthus\s+far\b|\bto\s+date\b|\bas\s+of\b|\bby\s+the\s+end\s+of\s+(?!(?:the\s+)?"
                     r"(?:year\s+)?(?:19|20)\d\d\b)|\buntil\s+now\b|\bup\s+to\s+now\b", re.I)


def _count_partner(s: str, end: int) -> tuple[str, str | None]:
    """What follows a count of exercises ending at ``end``: ("none", None) when no "with" phrase does; ("state", code)
    for "with Russia", "with the Russian Army", "with U.S. troops" (one state); ("other", None) for anything else
    after "with" ("with other countries", "with NATO members", "with partners", "with Russia and Belarus")."""
    m = RE.match(r"\s*(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?(?:(?:held|conducted|carried\s+out|"
                 r"staged)\s+)?with\s+(?P<w>[^,;()]{0,60})", s[end:], re.I)
    if not m or RE.match(r"(?:each\s+other|one\s+another)\b", m.group("w"), re.I):
        return "none", None  # "... 20 joint exercises with each other": the subject's own pair
    w = m.group("w")
    st = RE.match(rf"(?:the\s+)?(?P<st>{_ST_ALT})(?![\w-])(?:\s+(?:army|armed\s+forces|forces|troops|military|navy|"
                  rf"air\s+force|soldiers))?", w)
    if not st or RE.match(r"\s*(?:and|,)\s+(?:the\s+)?(?:" + _ST_ALT + r")(?![\w-])", w[st.end():]):
        return "other", None
    code = _code(st.group("st"))
    return ("state", code) if code else ("other", None)


def _count_states(s: str, pair: tuple[str, str]) -> list[str] | None:
    """The pair a count of joint exercises with no partner after it is of, from ``s``, the words before the count:
    the two states they name (the brief's pair in its order; another pair in alphabetical order), or the brief's pair
    when they name no state ("the two navies held six joint exercises"); None when they name one state only ("Serbia
    held 8 joint exercises": with whom is not said) or more than two."""
    named = distinct_states(s)
    if not named:
        return list(pair)
    if len(named) != 2:
        return None
    return list(pair) if set(named) == set(pair) else sorted(named)


def _exercise_counts(s: str, year: int, pair: tuple[str, str], pairwise: bool) -> list[dict[str, Any]]:
    """The counts of one year's exercises in ``s``: each count whose partner is named after it ("Serbia conducted
    four exercises with Russia": the one state named before the first count, and the partner; an elliptic "and two
    with Hungary" after an earlier count), or, with no partner named, the two states named before it (see
    :func:`_count_states`) where the sentence speaks of a pair (``pairwise``). A count "with other countries", "with
    NATO members" or several partners is no pair's count; a count of a year not over ("so far in 2016", "by the end
    of October") is a lower bound."""
    out: list[dict[str, Any]] = []
    counts = list(_EX_COUNT.finditer(s))
    if not counts:
        return out
    ellip = [m for m in _EX_ELLIPTIC.finditer(s) if m.start() > counts[0].end()]
    subject = distinct_states(s[:counts[0].start()])
    # one state before the counts is their subject ("the Russian and Chinese navies held 5 exercises with Iran": none)
    first = subject[0] if len(subject) == 1 else None
    so_far = bool(_SO_FAR.search(s))
    for m in sorted([*counts, *ellip], key=lambda x: x.start()):
        if RE.search(r"\bfirst\b", s[max(0, m.start() - 10):m.start()], re.I):
            continue
        kind, partner = _count_partner(s, m.end())
        if kind == "other":
            continue
        if kind == "state":
            actor = first if first and first != partner else None
            if actor is None or partner is None:
                continue
            # the brief's pair in its order; another pair in alphabetical order (an exercise count is undirected)
            dyad = list(pair) if set(pair) == {actor, partner} else sorted([actor, partner])
        elif m.re is _EX_COUNT and pairwise and not out:
            named = _count_states(s[:m.start()], pair)
            if named is None:
                continue
            dyad = named
        else:
            continue
        n = m.group("n").lower()
        k = NUMBER_WORDS.get(n) or int(n)
        q = (m.groupdict().get("q") or "")
        exp, tol = ([float(k), float("inf")], 0.0) if so_far and not q else _count_bounds(q, k)
        out.append(dict(indicator="exercises_per_year", dyad=dyad, test="count", period=[year, year],
                        expected=exp, tolerance=tol, unit="exercises", text=f"{m.group(0).strip()} in {year}"))
        if kind == "none":
            break  # one count of the pair's exercises a sentence, as before
    return out


_VETO_NUM = {**NUMBER_WORDS, "one": 1, "once": 1, "twice": 2, "thrice": 3, "thirteen": 13, "fourteen": 14,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "thirty": 30, "forty": 40, "fifty": 50}
_VETO_Q = r"(?:(?P<q>at\s+least|more\s+than|over|some|about|around|approximately|roughly|nearly|almost|fewer\s+than|" \
          r"less\s+than)\s+)?(?:(?:only|just|a\s+mere)\s+)?"
_VETO_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(_VETO_NUM, key=len, reverse=True)) + r")"
#: a count of vetoes: "120 times", "on 82 occasions", "nine resolutions", "four vetoes", "twice", "three draft
#: resolutions"; a bare number only as an item of a list that follows a counted one ("Britain 32, France 18")
_VETO_COUNT = re.compile(rf"\b{_VETO_Q}{_VETO_N}(?:\s+(?P<what>times|occasions|(?:double[- ])?vetoe?s|"
                         rf"(?:draft\s+)?resolutions?|drafts)\b|(?P<adv>(?<=once)|(?<=twice)|(?<=thrice)))", re.I)
_VETO_BARE = re.compile(rf"\b{_VETO_Q}{_VETO_N}\b(?!\s*(?:%|per\s?cent|percent|[–—-]\s*\d))", re.I)
#: a count of vetoes on one subject or one country is not a count amity's veto list can check ("16 resolutions on
#: Syria", "four vetoes on Kashmir", "14 times on Syrian issues", "its eighth veto on Syria")
_VETO_SUBJECT = re.compile(r"\b(?i:on|over|concerning|regarding|about|related\s+to|relating\s+to)\s+(?i:the\s+)?"
                           r"(?i:(?:issue|question|situation|conflict|crisis|war)\s+(?:of|in)\s+)?[A-Z]|"
                           r"\b(?i:to\s+(?:shield|protect|defend))\s+(?i:the\s+)?[A-Z]")  # "32 times to shield Israel"
_VETO_JOINT = re.compile(r"\b(?:jointly|together|both|double[- ]vetoe?s?|joint\s+vetoe?s?|in\s+tandem)\b", re.I)
_VETO_HISTORY = re.compile(r"\b(?:in\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|Security\s+Council|"
                           r"organi[sz]ation)['’]?s?\s+(?:\d+-year\s+)?history|since\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|organi[sz]ation)\s+was\s+"
                           r"(?:founded|created|established)|since\s+(?:the\s+)?(?:founding|creation|establishment|birth|"
                           r"inception)\s+of\s+the\s+(?:UN|U\.N\.|United\s+Nations)|since\s+(?:the\s+)?(?:UN|U\.N\.|United\s+"
                           r"Nations)['’]s?\s+(?:establishment|founding|creation|inception|birth)|in\s+total|altogether|"
                           r"to\s+date|so\s+far|"
                           r"in\s+the\s+past|ever)\b", re.I)
#: a member's total in the present perfect, with no time said ("Russia or the Soviet Union have used the veto on 124
#: occasions"): its vetoes since the first Council, to the document's date
_VETO_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:used|cast|exercised|wielded|invoked)\s+(?:its|their|the)\s+"
                           r"(?:right\s+of\s+|power\s+of\s+)?veto(?:\s+(?:power|right))?\b", re.I)
_VETO_CUT = re.compile(r"[;,]|\b(?:whereas|while|against|compared\s+(?:to|with)|but|and)\b", re.I)


def _veto_period(s: str, ctx: Ctx) -> tuple[int, int] | None:
    """The period of a count of vetoes: "between 1995 and 2005", "from 2005 to 2015", "From December 1971 (...) to
    August 2006", "since 2011" (to the last full year before the document's date), "in 2019", "as of February 2022"
    with the UN's history ("in the UN's history", "since the UN was founded", a member's total in the present perfect:
    from 1946), "in the last 10 years", "in the first 10 years", or None where the sentence grounds none (a count with
    no period is not pre-filled). The year of a last or latest veto ("the last time in February 1999", "most recently
    in 2011") is no period of the count."""
    mon = rf"(?:(?:{MONTHS})\s+)?"
    s = RE.sub(rf"\b(?:the\s+last\s+time|most\s+recently|last\s+used|the\s+latest|the\s+last\s+one|when\s+it|"
               rf"in\s+which)\b[^,;.()]{{0,40}}?{YEAR}|\((?:excluding|except|not\s+counting|besides)\b[^()]*\)",
               lambda m: " " * len(m.group(0)), s, flags=re.I)
    rng = RE.search(rf"\b(?:between|from)\s+{mon}{YEAR}(?:\s*\([^)]{{0,60}}\))?\s+(?:and|to|until|through)\s+{mon}"
                    rf"{YEAR}", s, re.I) or RE.search(r"(?<![\d.])((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)(?![\d%])",
                                                       s)
    short = RE.search(r"(?<![\d.])((?:19|20)\d\d)\s*[/–—-]\s*(\d\d)(?![\d%])", s)
    if not rng and short:  # "In 2011/12", "2011-12": the two years
        y0 = int(short.group(1))
        y1 = y0 // 100 * 100 + int(short.group(2))
        return (y0, y1) if y0 < y1 else None
    if rng:
        y0, y1 = int(rng.group(1)), int(rng.group(2))
        return (max(y0, 1946), y1) if y0 <= y1 else None
    end = ctx.doc.last_year
    as_of = RE.search(rf"\b(?:as\s+of|by|until|through|to)\s+(?:(?:early|mid|late)[- ])?{mon}{YEAR}", s, re.I)
    if as_of:
        end = int(as_of.group(1))
    n_years = rf"(?P<n>\d{{1,2}}|{'|'.join(_N)})\s+years"
    last = RE.search(rf"\b(?:in|over|during)\s+the\s+(?:last|past)\s+{n_years}", s, re.I)
    if last and end:  # "used its veto exactly twice in the last 10 years" (a page of 1 May 1991): 1981-1990
        return end - _n_of(last.group("n")) + 1, end
    # "since 2011", "Since the collapse of the Soviet Union in 1991"
    since = RE.search(rf"\bsince\s+(?:(?:the\s+)?(?-i:[a-z])[\w\s'’]{{0,40}}?\bin\s+)?{mon}{YEAR}(?!\s*[–—-]\s*\d)",
                      s, re.I)
    if since and end and int(since.group(1)) <= end:
        return int(since.group(1)), end  # "since 1945": from that year, as written (the list has no veto before 1946)
    first = RE.search(rf"\b(?:in|during)\s+the\s+(?:UN['’]s\s+)?first\s+(?:{n_years}|(?P<decade>decade))", s, re.I)
    if first and not years_in(s):  # "in the first 10 years", "During the first decade of the UN": 1946-1955
        return 1946, 1955 if first.group("decade") else 1945 + _n_of(first.group("n"))
    if RE.search(r"\b(?:in|during|over)\s+(?:the\s+same|this|that)\s+(?:period|time)\b", s, re.I) and not years_in(s):
        return ctx.doc.veto_period  # "In the same period China used the veto once": the last count's period
    if as_of and not since and len(set(years_in(s))) == 1:  # "had used its veto 118 times as of February 2022"
        return 1946, end
    one = [int(m.group(1)) for m in RE.finditer(rf"\b(?:in|during)\s+{mon}{YEAR}\b", s, re.I)]
    if not since and len(set(one)) == 1 and len(set(years_in(s))) == 1:
        return one[0], one[0]
    if (_VETO_HISTORY.search(s) or _VETO_PERFECT.search(s)) and end and not years_in(s.replace(str(end), "")):
        return 1946, end
    return None


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "hundredth": 100, "one hundredth": 100}
_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))


def _veto_ordinal(s: str, pair: tuple[str, str]) -> list[dict[str, Any]] | None:
    """A member's veto said by its rank, in a sentence that gives its year: "USSR used its 100th veto in 1962", "on
    Sept. 10, 1972, the United States employed its veto for the second time": the member's count from the first
    Council (1946) to that year. An empty list for an ordinal the rules cannot place (no year, several years, no
    member: "This was China's seventh veto" with no year is left to a person); None for a sentence with no ordinal."""
    m = RE.search(rf"\b(?:its|their|(?P<st>(?:the\s+)?(?:{_ST_ALT}))['’]s?)\s+(?P<o>\d{{1,3}}(?:st|nd|rd|th)|"
                  rf"{_ORDINAL_WORDS})\s+veto\b|\b(?:its|the)\s+veto\s+for\s+the\s+(?P<o2>{_ORDINAL_WORDS})\s+time\b",
                  s, re.I)
    if not m and not RE.search(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|"
                               r"th))\s+(?:[\w-]+\s+)?vetoe?s?\b", s, re.I):
        return None
    if not m:
        return []  # "the second double-veto", "the first veto": not a count the rules read
    word = (m.group("o") or m.group("o2")).lower()
    n = int(RE.match(r"\d+", word).group(0)) if word[0].isdigit() else _ORDINALS[RE.sub(r"\s+", " ", word)]
    who = _code(m.group("st")) if m.group("st") else (distinct_states(s[:m.start()]) or [None])[0]
    years = set(years_in(s))
    if not who or len(years) != 1 or RE.search(r"\bsince\s+(?:(?:19|20)\d\d|the\b)", s, re.I):
        return []  # "its seventh veto since 1990": a rank among the vetoes since then, not since 1946
    y = years.pop()
    return [dict(indicator="vetoes_per_year", dyad=[who, other_state(who, pair)], test="count",
                 period=[1946, y], expected=n, tolerance=0.5, unit="vetoes", params={"member": who},
                 text=f"{n} drafts vetoed by {who} in 1946–{y}")]


def _veto_counts(s: str, ctx: Ctx) -> list[dict[str, Any]]:
    """Counts of Security Council vetoes (docs/claims.md, "Security Council vetoes"): a member's drafts vetoed ("Russia
    had used its veto 118 times as of February 2022, compared to 82 times for the United States, 29 times for the
    UK ...", "Between 1995 and 2005, Russia only used their veto right once, whereas the United States used it ten
    times") as ``vetoes_per_year`` with ``params.member``; drafts vetoed by both states of a pair ("three draft
    resolutions have been vetoed by both Russia and China", "China and Russia have jointly vetoed ...") as
    ``double_vetoes``. The sentence is cut at commas, "whereas", "and", ...; each piece that names one state (or, for
    a joint count, two and a word of joint) and one count makes a claim, a bare number only after a counted piece (a
    list: "the United States 76 times, Britain 32, France 18"). A count on one subject ("16 resolutions on Syria"), a
    count whose period the sentence does not ground, and a sentence of ordinals are not read."""
    ordinal = _veto_ordinal(s, ctx.pair)
    if ordinal is not None:
        ctx.doc.veto_period = None
        return ordinal
    per = _veto_period(s, ctx)
    if per is None:
        ctx.doc.veto_period = None
        return []
    # blank out the period's words, so that its years and "and" do not cut or count
    t = RE.sub(rf"\b(?:between|from)\s+(?:(?:{MONTHS})\s+)?{YEAR}(?:\s*\([^)]{{0,60}}\))?\s+(?:and|to|until|through)\s+"
               rf"(?:(?:{MONTHS})\s+)?{YEAR}|(?:19|20)\d\d", lambda m: " " * len(m.group(0)), s, flags=re.I)
    t = RE.sub(r"\b(?:the\s+)?Soviet\s+Union\s+(?:and|or|/)\s+(?:later\s+)?Russia\b|\bRussia\s+(?:and|or|/)\s+"
               r"(?:the\s+)?(?:former\s+)?Soviet\s+Union\b|\bRussia\s*\((?:and\s+|or\s+)?(?:the\s+)?(?:former\s+)?"
               r"Soviet\s+Union\)|\bUSSR\s*/\s*Russia\b",
               lambda m: "Russia" + " " * (len(m.group(0)) - 6), t, flags=re.I)
    # "both Russia and China", "China and Russia have jointly vetoed": the two states stay in one piece
    t = RE.sub(rf"(?<![\w-])((?:the\s+)?(?:{_ST_ALT}))\s+and\s+(?=(?:the\s+)?(?:{_ST_ALT})(?![\w-]))",
               lambda m: m.group(1) + " &  ", t)
    joint_words = bool(_VETO_JOINT.search(t))
    cuts = [0] + [m.start() for m in _VETO_CUT.finditer(t)] + [len(t)]
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:]) if t[a:b].strip()]
    out: list[dict[str, Any]] = []
    counted = False
    carry: list[str] = []
    joint_states: list[str] = []
    for a, b in pieces:
        piece = t[a:b]
        states = distinct_states(piece)
        if joint_words and len(states) >= 2:
            joint_states = states
        m = _VETO_COUNT.search(piece) or (_VETO_BARE.search(piece) if counted and states else None)
        if not m:
            # the sentence's subject is the first state named ("The USSR, constantly blamed in the U.S. press ...,
            # used its veto exactly twice"), not one named in a phrase between it and the count
            carry = carry or states
            continue
        if RE.match(r"\s*(?:th|st|nd|rd)\b", piece[m.end("n"):]):
            return []  # "the 100th": an ordinal (read above where the sentence places it)
        council = r"\b(?i:on|in|at)\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|Security\s+Council)\b"
        if _VETO_SUBJECT.search(RE.sub(council, "", piece)):
            return []  # a count on one subject ("three resolutions on Libya"): not the member's count of all vetoes
        n = m.group("n").lower()
        k = _VETO_NUM.get(n) if n in _VETO_NUM else int(n)
        exp, tol = _count_bounds(RE.sub(r"\s+", " ", m.group("q") or ""), k)
        # the states before the count are its subject ("... used its veto once to block Mongolia's application": not
        # Mongolia's); a list item names its state first ("Britain 32") or after the count ("29 times for the UK")
        before = distinct_states(piece[:m.start()])
        after = RE.match(rf"\s*(?:for|by)\s+((?:the\s+)?(?:{_ST_ALT}))(?![\w-])", piece[m.end():])
        who = before or ([_code(after.group(1))] if after and _code(after.group(1)) else []) or (
            states if joint_words and len(states) == 2 else []) or carry  # "two drafts were vetoed by both X and Y"
        if not who:
            continue  # "..., resulting in a total of six vetoes": whose is not said
        joint = joint_words and (len(who) == 2 or len(joint_states) == 2 and not counted)
        if joint:
            two = who if len(who) == 2 else joint_states
            dyad = list(ctx.pair) if set(two) == set(ctx.pair) else sorted(two)
            out.append(dict(indicator="double_vetoes", dyad=dyad, test="count", period=list(per), expected=exp,
                            tolerance=tol, unit="vetoes", params={},
                            text=f"{k} drafts vetoed by both {dyad[0]} and {dyad[1]} in {per[0]}–{per[1]}"))
        elif len(who) == 1:
            mem = who[0]
            out.append(dict(indicator="vetoes_per_year", dyad=[mem, other_state(mem, ctx.pair)], test="count",
                            period=list(per), expected=exp, tolerance=tol, unit="vetoes", params={"member": mem},
                            text=f"{k} drafts vetoed by {mem} in {per[0]}–{per[1]}"))
        else:
            continue
        counted = True
        carry = []
    ctx.doc.veto_period = per if out else None  # "the same period" is the last count's, read just before
    return out


def veto_claims(s: str, ctx: Ctx) -> list[dict[str, Any]]:
    if not VETO_RE.search(s):
        return []
    a, b = ctx.pair
    double = bool(RE.search(r"double[- ]veto", s, re.I)) or "both" in s.lower()
    ind = "double_vetoes" if double else "vetoes_per_year"
    out: list[dict[str, Any]] = []
    rng = RANGE_RE.search(s) or RANGE_RE.search(ctx.prev)
    if RE.search(r"more (?:often|frequently) than (?:before|previously|in the past)", s, re.I) and rng:
        y0, y1 = (int(g) for g in rng.groups() if g)
        n = y1 - y0 + 1
        out.append(dict(indicator=ind, dyad=[a, b], test="count", period=[y0, y1], expected=None, tolerance=0,
                        unit="vetoes", params={"compare_to": [max(1946, y0 - n), y0 - 1], "relation": "greater"},
                        text=f"{'double ' if double else ''}vetoes more often in {y0}–{y1} than before"))
        return out
    return _veto_counts(s, ctx)


def asymmetry_claims(s: str, ctx: Ctx) -> list[dict[str, Any]]:
    m = ASYM_RE.search(s)
    if not m:
        return []
    word = m.group(1).lower()
    if word == "power" and VETO_RE.search(s):
        return []  # "the US has used this power 82 times": the veto, not a state's means
    ind = ("gdp_ratio" if word.startswith(("econ", "gdp")) else
           "cinc_ratio" if word.startswith(("power", "capab")) else "milex_ratio")
    a, b = ctx.pair
    out: list[dict[str, Any]] = []
    times = RE.search(r"\b(?P<n>\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")\s+times\b", s, re.I)
    ys = years_in(s)
    first = None
    for k, rx in _STATE_RE.items():
        if k in ctx.pair:
            mm = rx.search(s)
            if mm and (first is None or mm.start() < first[1]):
                first = (k, mm.start())
    big = first[0] if first else a
    small = b if big == a else a
    if times and ys:
        n = times.group("n").lower()
        k = float(NUMBER_WORDS.get(n) or n)
        y = nearest_year(s, times.start(), times.end())
        out.append(dict(indicator=ind, dyad=[big, small], test="value", period=[y, y], expected=k,
                        tolerance=round(k * (0.15 if approx(s) else 0.05), 3), unit="ratio",
                        text=f"{big}/{small} {ind.removesuffix('_ratio')} ratio in {y}: {k:g}"))
    elif RE.search(r"\b(bigger|larger|greater|stronger|more powerful|richer)\b[^.]{0,60}\bthan\b", s, re.I):
        y = ys[-1] if ys else ctx.doc_year
        out.append(dict(indicator=ind, dyad=[big, small], test="comparison", period=[y, y], expected=None,
                        tolerance=0, unit=None, params={"other": [small, big], "relation": "greater"},
                        text=f"{big} {ind.removesuffix('_ratio')} larger than {small}'s in {y} "
                             f"(ratio {big}/{small} above {small}/{big})"))
    return out


def _count_bounds(q: str, n: int) -> tuple[Any, float]:
    """Rounded counts: "60" 60 ± 0.5; "at least 60" [60, inf]; "more than 60" [61, inf]; "about 60" 60 ± 6;
    "nearly 60" [54, 60]."""
    kind = _COUNT_Q.get(q.lower(), "") if q else ""
    if kind == "min":
        return [float(n), float("inf")], 0.0
    if kind == "over":
        return [float(n + 1), float("inf")], 0.0
    if kind == "under":
        return [0.0, float(n - 1)], 0.0
    if kind == "nearly":
        return [float(int(0.9 * n)), float(n)], 0.0
    if kind == "approx":
        return n, float(max(1, round(0.1 * n)))
    return n, 0.5  # an exact count as printed: half its last digit, like every printed figure


def order_exercise_claims(s: str, ctx: Ctx) -> list[dict[str, Any]]:
    """"B last ordered ... from A in YEAR" (the last order year, as of the brief's date); "at least N joint
    exercises between Y1 and Y2" (a count) and "more than half (of them) since Y3" (totals compared)."""
    out: list[dict[str, Any]] = []
    doc = ctx.doc
    m = RE.search(rf"{_st('rec')}\s+(?:\w+\s+){{0,2}}?last\s+(?:ordered|purchased|bought|signed\s+for)\s+"
                  rf"(?P<what>[^.;]{{0,60}}?)\s*from\s+{_st('sup')}\s+in\s+{YEAR}", s, re.I) or \
        RE.search(rf"{_st('rec')}['’]s\s+last\s+(?:arms\s+)?(?:order|purchase)\s+(?P<what>[^.;]{{0,40}}?)\s*"
                  rf"from\s+{_st('sup')}\s+(?:was\s+(?:placed\s+)?|came\s+)?in\s+{YEAR}", s, re.I)
    if m and doc.last_year:
        sup, rec, y = _code(m.group("sup")), _code(m.group("rec")), int(m.groups()[-1])
        if sup and rec and sup != rec and y <= doc.last_year:
            what = (m.group("what") or "").lower()
            cat = next((k for k in sorted(category_names(), key=len, reverse=True)
                        if RE.search(rf"\b{re.escape(k)}\b", what)), None)
            params: dict[str, Any] = {}
            if cat:
                from amity.indicators.arms_sipri import category_family

                params["category"] = category_family(cat)
            out.append(dict(indicator="last_order_year", dyad=[sup, rec], test="value",
                            period=[doc.last_year, doc.last_year], expected=y, tolerance=0, unit="year",
                            params=params, text=f"{rec}'s last order from {sup}"
                                                f"{' (' + params['category'] + ')' if cat else ''}: {y}"))
    joint = RE.search(r"\b(?:joint|combined|bilateral|together|the two (?:countries|militaries|navies|armies))\b", s,
                      re.I)
    a, b = ctx.pair
    if joint or (_state_rx(a).search(s) and _state_rx(b).search(s)):
        # "at least 60 joint exercises", "some 40 joint military exercises", "12 joint naval and air exercises",
        # "30 joint war games"; not "five Joint Sea exercises" (one named series: capitalised words in between)
        cm = RE.search(rf"(?:(?P<q>at least|more than|over|some|about|around|approximately|roughly|nearly|almost|"
                       rf"fewer than|less than)\s+)?"
                       rf"(?P<n>\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s+(?:(?-i:[a-z][a-z-]*)\s+(?:and\s+)?){{0,3}}?"
                       rf"(?:exercises|drills|war\s?games|manoeuvres|maneuvers)\b", s, re.I)
        kinds = r"\b(?:naval|maritime|sea|air|aerial|land|ground|army|counter-?terror\w*|anti-?terror\w*)\b"
        if cm and RE.search(kinds, cm.group(0), re.I) and not RE.search(r"\band\b", cm.group(0)):
            cm = None  # "five joint naval exercises": one kind of the pair's exercises, not all of them (round 19)
        rng = RE.search(rf"\bbetween\s+{YEAR}\s+and\s+{YEAR}|\bfrom\s+{YEAR}\s+(?:to|through|until|till)\s+{YEAR}|"
                        rf"\b(?:in|during|over)\s+(?:the\s+)?(?:period\s+)?{YEAR}\s*[–—-]\s*{YEAR}|"
                        rf"\bsince\s+{YEAR}\b[^.;]{{0,160}}?\bby\s+(?:the\s+end\s+of\s+)?{YEAR}", s, re.I)
        since = RE.search(rf"\bsince\s+{YEAR}\b(?!\s*[–—-])", s, re.I) if not rng else None
        if cm and since and doc.last_year and doc.last_year > int(since.group(1)) and set(years_in(s)) == {
                int(since.group(1))} and not RE.search(r"\b(?:first|half)\b|\b(?:most|many|some|several|all)\s+of\s+"
                                                       r"(?:them|these|those)\s+since\b", s, re.I):
            # "since 2014, the two armies have conducted 36 joint exercises": to the last full year before the brief's
            # date, like every "since YEAR" (unknown date: not pre-filled); "more than 100, most of them since 2017":
            # the year starts a part of the count, not the count
            rng = since
            ys_since = [int(since.group(1)), doc.last_year]
        else:
            ys_since = None
        partner = _count_partner(s, cm.end()) if cm else ("none", None)
        if partner[0] == "other" or (partner[0] == "state" and partner[1] not in (a, b)):
            cm = None  # "60 exercises with other countries / with NATO members / with India": not the pair's count
        named = _count_states(s[:cm.start()], (a, b)) if cm else None  # "Egypt and Russia held ...": their count
        if cm and rng and named:
            ys = ys_since or [int(g) for g in rng.groups() if g]
            n = NUMBER_WORDS.get(cm.group("n").lower()) or int(cm.group("n"))
            exp, tol = _count_bounds(cm.group("q") or "", n)
            if ys[0] < ys[1]:
                out.append(dict(indicator="exercises_per_year", dyad=named, test="count", period=ys,
                                expected=exp, tolerance=tol, unit="exercises",
                                text=f"{cm.group(0)} between {ys[0]} and {ys[1]}"))
                doc.exercise_span = (ys[0], ys[1])
    half = RE.search(rf"\b(?:more than|over)\s+half\b[^.;]{{0,60}}?\bsince\s+{YEAR}", s, re.I)
    span = doc.exercise_span
    if half and span and EXERCISE_RE.search(s + " exercises" if RE.search(r"\b(?:them|these|those)\b", s) else s):
        y3 = int(half.group(1))
        if span[0] < y3 <= span[1]:
            out.append(dict(indicator="exercises_per_year", dyad=[a, b], test="count", period=[y3, span[1]],
                            expected=None, tolerance=0, unit="exercises",
                            params={"compare_to": [span[0], y3 - 1], "relation": "greater", "method": "sum"},
                            text=f"more than half of the exercises of {span[0]}–{span[1]} since {y3}"))
    return out


def category_names() -> list[str]:
    from amity.indicators.arms_sipri import CATEGORY_FAMILIES

    return list(CATEGORY_FAMILIES)
