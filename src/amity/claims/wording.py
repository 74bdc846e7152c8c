"""A sentence put in the few forms the SIPRI rules read, before they read it (the passage itself is kept as written).

:func:`normalise_figures` writes a sentence's figures in one form (number words as digits, "27 pc" as per cent, a
decimal comma as a point, a period's short second year as digits, the unit of a list said once for each figure) and
drops what is never a figure's period (the day a thing was said); :func:`normalise_wording` then rewrites the variants
of a wording to the one form the rules read (docs/claims.md, "Variants read in one form").
"""

from __future__ import annotations

import re
from typing import Any

from amity.claims.lexicon import CHANGE_DOWN as _CHANGE_DOWN
from amity.claims.lexicon import CHANGE_UP as _CHANGE_UP
from amity.claims.lexicon import MONTHS, RE
from amity.claims.lexicon import PCT as _PCT
from amity.claims.lexicon import PERIOD_LENGTHS as _N
from amity.claims.lexicon import PERIOD_WORDS as _PERIOD_WORDS
from amity.claims.lexicon import REGION as _REGION
from amity.claims.lexicon import number_of as _n_of
from amity.claims.lexicon import state_code as _code
from amity.claims.lexicon import states_at as _states_at

#: the words that size a change without changing its figure ("a sharp 30 percent fall", "a remarkable 66% increase")
_INTENSIFIER = (r"(?:sharp|steep|significant|slight|small|massive|huge|dramatic|remarkable|staggering|whopping|"
                r"modest)")
#: the few qualifiers the wording rewrites carry along with a figure they move ("about 36 per cent")
_LOOSE_QUAL = r"(?:(?:about|around|some|nearly|almost)\s+)?"


_PCT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
              "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "thirteen": 13, "fourteen": 14,
              "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


#: the nouns of a change ("a 61 per cent surge", "saw a decrease of 43 percent"); see :func:`_changed`
_CHANGE_NOUNS = "surge|rise|increase|jump|growth|hike|fall|drop|decline|decrease|reduction"


#: the day a thing was said or published ("reported on February 22, 2016, that", "released on 11 March 2024"): a date,
#: never the period or year of a figure, so it is dropped before the sentence's years are read
_DAY_DATE = re.compile(rf"\s+(?:on|dated)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                       rf"(?:(?:{MONTHS}|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
                       rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?)\s+(?:19|20)\d\d\b(?:,(?=\s+that\b))?")


def normalise_figures(s: str) -> str:
    """A sentence with its figures in one form, for the SIPRI rules (the passage itself is kept as written):
    number words before "per cent" as digits ("roughly six percent" → "roughly 6 percent"), a period's short
    second year with an apostrophe as plain digits ("2013-’17" → "2013-17"), and the unit of a range given
    once repeated ("from 32 to 37 percent" → "from 32 percent to 37 percent")."""
    s = RE.sub(r"(?<![\w.])%\s?(\d+(?:\.\d+)?)\b", r"\1%", s)  # "the USA (%31)": the sign written first
    s = RE.sub(r"(?<=\d)\s?pc\b", " per cent", s)  # "27 pc", "74pc": the press's abbreviation
    # "1,5%", "0,7 per cent": a decimal comma (one or two digits after it, so "1,500" stays a thousand separator)
    s = RE.sub(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s*(?:%|per\s?cent\b|percent\b))", r"\1.\2", s)
    s = RE.sub(r"(?<![\d.])((?:19|20)\d\d)/(\d\d)(?![\d/])", r"\1-\2", s)  # "between 2004/08 and 2009/13"
    s = RE.sub(r"(?<![\d./])((?:19|20)\d\d)/((?:19|20)\d\d)(?![\d/])",  # "for the period 2015/2019"
               lambda m: f"{m.group(1)}-{m.group(2)}" if 0 < int(m.group(2)) - int(m.group(1)) <= 30 else m.group(0), s)
    # "in 2012 to 2016", "the period of 2007 to 2011": a period ("from 2011 to 2015" is read as a range already)
    s = RE.sub(r"(?<!\bfrom )(?<!\bFrom )\b((?:19|20)\d\d) to ((?:19|20)\d\d)\b",
               lambda m: f"{m.group(1)}–{m.group(2)}" if 0 < int(m.group(2)) - int(m.group(1)) <= 30 else m.group(0), s)
    s = s.replace("worldʼs", "world’s").replace("ʼs ", "’s ")
    s = RE.sub(r"\(((?:19|20)\d\d)\?((?:19|20)\d\d)\)", r"(\1–\2)", s)  # "(2020?2024)": a dash the page lost
    # "in the five years to 2021" (SIPRI's way of naming a release's period): the period it names
    # ("the previous five-year period ending in 2019": that period, not the year 2019)
    s = RE.sub(rf"\bthe\s+(?:(?:previous|preceding|prior)\s+)?(?P<n>{'|'.join(_N)}|\d{{1,2}})"
               rf"(?:[- ]years?(?:\s+period)?|\s+years)\s+(?:up\s+)?"
               rf"(?:to|through|ending(?:\s+in)?)\s+(?P<y>(?:19|20)\d\d)\b",
               lambda m: f"{int(m.group('y')) - _n_of(m.group('n')) + 1}–{m.group('y')}", s, flags=re.I)
    # "the five years before that": the previous five years
    s = RE.sub(rf"\bthe\s+({'|'.join(_N)}|\d{{1,2}})\s+years\s+before\s+(?:that|then|it)\b",
               r"the previous \1 years", s, flags=re.I)
    s = RE.sub(r"\bU\.S(?=\s)", "U.S.", s)
    s = RE.sub(rf"\b({'|'.join(_TENS)})[- ]({'|'.join(_UNITS)})(?=\s+(?:per\s?cent|percent)\b)",
               lambda m: str(_PCT_WORDS[m.group(1).lower()] + _PCT_WORDS[m.group(2).lower()]), s,
               flags=re.I)  # "Eighty-nine per cent"
    s = RE.sub(rf"\b({'|'.join(_PCT_WORDS)})(?=\s+(?:per\s?cent|percent)\b)",
               lambda m: str(_PCT_WORDS[m.group(1).lower()]), s, flags=re.I)
    # "from seven to 14 %", and "from two to five percent" once the second word is made digits (above)
    s = RE.sub(rf"\b(from|between)\s+({'|'.join(_PCT_WORDS)})(?=\s+(?:to|and)\s+\d+(?:\.\d+)?\s*{_PCT})",
               lambda m: f"{m.group(1)} {_PCT_WORDS[m.group(2).lower()]}", s, flags=re.I)
    s = RE.sub(r"\b((?:19|20)\d\d)\s*([–—-])\s*['’‘](\d\d)\b", r"\1\2\3", s)
    s = _DAY_DATE.sub("", s)
    # "increases of 43, 13 and 2.7 per cent": the unit given once, repeated for each figure of the list
    # (not the end of a period: "in 2009-13 and 73 percent in 2014-18")
    s = RE.sub(rf"(?<![\d.,–—/-])(\d{{1,3}}(?:\.\d+)?(?:\s*,\s*\d{{1,3}}(?:\.\d+)?)*)(\s*,?\s+and\s+)"
               rf"(\d{{1,3}}(?:\.\d+)?)\s*({_PCT})",
               lambda m: ", ".join(f"{x.strip()} {m.group(4)}" for x in m.group(1).split(",")) + m.group(2)
               + f"{m.group(3)} {m.group(4)}", s, flags=re.I)
    # "..., with respective increases of 43 per cent, 13 per cent and 2.7 per cent": the figures of the states
    # before, in order (read as "increasing by ..., respectively")
    s = RE.sub(rf"\bwith\s+(?:a\s+)?respective\s+(?P<n>increases|rises|growth|gains|decreases|falls|declines|drops|"
               rf"reductions)\s+of\s+(?P<l>(?:\d+(?:\.\d+)?\s*{_PCT}\s*,?\s*(?:and\s+)?){{2,}})",
               lambda m: ("increasing" if m.group("n").lower() in ("increases", "rises", "growth", "gains") else
                          "decreasing") + f" by {m.group('l').rstrip(', ')}, respectively ", s, flags=re.I)
    s = RE.sub(rf"\b(from|between)\s+(\d+(?:\.\d+)?)\s+(to|and)\s+(\d+(?:\.\d+)?)\s*({_PCT})",
               lambda m: f"{m.group(1)} {m.group(2)}{'' if m.group(5) == '%' else ' '}{m.group(5)} {m.group(3)} "
                         f"{m.group(4)}{'' if m.group(5) == '%' else ' '}{m.group(5)}", s, flags=re.I)
    return normalise_wording(s)


#: the variants of a wording the SIPRI rules read in one form (docs/claims.md, "Variants read in one form")
_WORDING = [
    # "taking up merely 5 percent of", "a mere 2 per cent": "only", which every reader passes over
    (r"\b(?:merely|a\s+mere)\s+(?=\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b))", "only "),
    # "have not accounted for more than half of India's arms purchases": at most half ("not ... less than": at least),
    # never the bound the negation denies
    (r"\b(?:not|never)\s+(?P<v>(?:[a-z]+\s+){0,3}?)(?P<q>more\s+than|over|above|less\s+than|under|below)\s+"
     r"(?=(?:half|a\s+third|a\s+quarter|two-thirds|\d))",
     lambda m: f"{m.group('v')}{'at most' if m.group('q').split()[0] in ('more', 'over', 'above') else 'at least'} "),
    # "HoweverIndia's": a connective run into the next word by the page
    (r"\b(However|Moreover|Meanwhile|Overall|Besides)(?=[A-Z][a-z])", r"\1 "),
    # "its arms import between ...", "arms export fell": the flow in the singular
    (r"\b((?:arms|weapons?)\s+)(import|export)(?=\s+(?:between|from|in|by|of|over|during|fell|rose|grew|increased|"
     r"decreased|declined|dropped|has|have|was|were|is)\b|[,.;)])", r"\1\2s"),
    # "Saudi Arabia increased its arms imports by 61 percent while Qatar did so by 361 percent": the same change said
    # again of the second state
    (r"(\b(increased|raised|boosted|cut|reduced)\s+its\s+((?:major\s+)?(?:arms|weapons?)\s+(?:imports|exports))\s+by\s+"
     r"[^,;]*?,?\s+(?:while|whereas|and)\s+)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+did\s+so\s+by\b", r"\1\4 \2 its \3 by"),
    # "arms purchases", "weapons purchases": a recipient's arms imports
    (r"\b(arms|weapons?)\s+purchases\b", r"\1 imports"),
    # "Germany's exports saw a decrease of 43 percent", "India's arms imports witnessed a 4.7% increase": a flow's
    # change said with a verb and its noun, put as the change itself
    (rf"\b(exports|imports|sales|deliveries)\s+(?:saw|recorded|registered|posted|showed|experienced|witnessed)\s+an?\s+"
     rf"(?:{_INTENSIFIER}\s+)?(?:(?P<n>{_CHANGE_NOUNS})\s+of\s+"
     rf"(?={_LOOSE_QUAL}\d+(?:\.\d+)?\s*(?:{_PCT}|pc\b))|"
     rf"(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+(?P<n2>{_CHANGE_NOUNS})\b)",
     lambda m: f"{m.group(1)} {_changed(m.group('n') or m.group('n2'))} by {m.group('f') or ''}"),
    # "armament import to Azerbaijan increased by 249%": Azerbaijan's arms imports
    (r"\b(?:[Aa]rms|[Aa]rmament|[Ww]eapons?)\s+imports?\s+(?:to|into|by)\s+(?P<s>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
     rf"(?=(?:has\s+|have\s+)?(?:{_CHANGE_UP}|{_CHANGE_DOWN})\s+by\b)",
     lambda m: f"{m.group('s')}’s arms imports " if _state_name(m.group("s")) and not _names_supplier(
         m.string[:m.start()]) else m.group(0)),
    # "for the five years previous": the previous five years
    (r"\b(?:in|for|during|over)\s+the\s+(five|5)\s+years\s+(?:previous|before|earlier)\b", r"in the previous \1 years"),
    # "the five-year span leading up to 2024", "the five years to 2023": the five years that end then
    (r"\b(?:the\s+)?(?:five|5)(?:[- ]year\s+(?:period|span|stretch)|\s+years)\s+(?:leading\s+up\s+to|up\s+to|"
     r"ending(?:\s+in)?|to|through)\s+((?:19|20)\d\d)\b", lambda m: f"{int(m.group(1)) - 4}–{m.group(1)}"),
    # "Russia's share of India's arms imports in 2007-2011 was 17%": the figure before its period
    (rf"(?P<h>\bshare\s+of\s+[^,;.%]{{3,60}}?(?:imports|exports))\s+(?P<p>(?:in|during|for|over)\s+(?:the\s+)?"
     rf"(?:period\s+)?{_PERIOD_WORDS})\s+(?P<v>was|stood\s+at|amounted\s+to)\s+"
     rf"(?P<f>{_LOOSE_QUAL}\d+(?:\.\d+)?\s*{_PCT})",
     lambda m: f"{m.group('h')} {m.group('v')} {m.group('f')} {m.group('p')}"),
    # "the largest share of India's arms imports—36 per cent—came from Russia": that figure of them came from it
    (rf"\b[Tt]he\s+(?:largest|biggest|greatest|lion['’]s)\s+share\s+of\s+(?P<o>[^,;()–—]{{3,60}}?(?:imports|exports))"
     rf"\s*(?:[—–]|,|\s-\s|\()\s*(?P<f>{_LOOSE_QUAL}\d+(?:\.\d+)?\s*{_PCT})"
     r"\s*(?:[—–]|,|\s-\s|\))\s*(?=(?:came|comes|come|originated)\s+from\b)", r"\g<f> of \g<o> "),
    # "an 11 percent share of": the share itself ("11 percent of")
    # ("With an 11 per cent share of ..., India was": read as it stands)
    (rf"(?<!^With\s)(?<!^with\s)\b(?:an?\s+)(\d+(?:\.\d+)?\s*{_PCT})\s+share\s+of(?=\s+(?:total\s+)?(?:global|world)\s+"
     r"(?:major\s+)?(?:arms|weapons?)\s+(?:imports|exports)\b)", r"\1 of"),
    (rf"\ba\s+share\s+of\s+(\d+(?:\.\d+)?\s*{_PCT})\s+of(?=\s+(?:total\s+)?(?:global|world)\s+"
     r"(?:major\s+)?(?:arms|weapons?)\s+(?:imports|exports)\b)", r"\1 of"),
    # "Saudi Arabia shared 11pc of global imports": its share of them
    (rf"\bshared\s+(?=\d+(?:\.\d+)?\s*(?:{_PCT}|pc\b))", "accounted for "),
    # "12% of total global procurement": of the world's arms imports
    (r"\b(?:total\s+)?(?:global|world)\s+(?:arms\s+|weapons\s+)?procurement\b", "global arms imports"),
    # "share of arms imports in the world": the world's arms imports
    (r"\bshare\s+of\s+(arms|weapons?)\s+(imports|exports)\s+in\s+the\s+world\b", r"share of global \1 \2"),
    # "up from 33 % from 2013 to 2017", "of all arms exports from 2018 to 2022": a share's period
    (rf"\b((?:up|down)\s+from\s+\d+(?:\.\d+)?\s*{_PCT})\s+from\s+((?:19|20)\d\d)\s+to\s+((?:19|20)\d\d)\b",
     r"\1 in \2–\3"),
    (r"\b(of\s+(?:global|world|all|total|international)\s+(?:\w+\s+){0,2}(?:exports|imports|transfers))\s+from\s+"
     r"((?:19|20)\d\d)\s+to\s+((?:19|20)\d\d)\b", r"\1 in \2–\3"),
    # "decreased (by 31% between 2013-17 and 2018-22)": the change's size and periods out of their brackets
    (rf"\((by\s+\d+(?:\.\d+)?\s*{_PCT}[^()]*)\)", r"\1"),
    # "the world's largest arms exporter with 32 percent": a ranked state's share of the world's flow
    *((rf"\b((?:largest|biggest|top)\s+(?:arms|weapons?)\s+{who}\s+with\s+(?:a\s+)?\d+(?:\.\d+)?\s*{_PCT})"
       r"(?:\s+share)?(?=\s*(?:[,.;)]|$|\s+(?:in|during|between|over|from|for)\b))", rf"\1 of global arms {flow}")
      for who, flow in (("exporter", "exports"), ("importer", "imports"))),
    # "by84%": a figure run into its preposition
    (r"\b(by|to|of|at)(\d+(?:\.\d+)?\s*%)", r"\1 \2"),
    # "82 % of all its arms imports", "of all India's arms imports": the same share
    (r"\bof\s+all\s+(its|their|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s)\s+(?=(?:total\s+)?(?:major\s+)?(?:arms|weapons?)\s+"
     r"(?:imports|exports)\b)", r"of \1 "),
    (r"\b(global|world)\s+arms\s+(import|export)\s+market\b", r"\1 arms \2s"),
    # "a staggering 42%": the figure itself
    (rf"\b(?:an?\s+)?(?:staggering|whopping|impressive|remarkable|mere|massive)\s+(?=\d+(?:\.\d+)?\s*{_PCT})", ""),
    # "its share in the international arms export", "its share of world exports": of the world's arms exports
    (r"\bshare\s+(?:in|of)\s+(?:the\s+)?(?:global|world|international|world['’]s)\s+(?:arms\s+)?(export|import)s?\b"
     r"(?!\s+(?:to|from|of|by|market)\b)", r"share of global arms \1s"),
    # "1.75% of the total global value of conventional weapons imports"
    (r"\bof\s+the\s+total\s+global\s+value\s+of\s+(?:conventional\s+|major\s+)?(?:arms|weapons?)\s+(imports|exports)\b",
     r"of global arms \1"),
    # "total weapon exports": the plural the rules read
    (r"\bweapon\s+(exports|imports)\b", r"weapons \1"),
    # "the world's fourth-largest arms exporter, holding a 5.9 per cent share": its share of the world's exports
    *((rf"\b((?:largest|biggest|top)\s+(?:arms|weapons?)\s+{who}),?\s+(?:holding|having|commanding|with)\s+an?\s+"
       rf"(\d+(?:\.\d+)?\s*{_PCT})\s+share\b(?!\s+of\b)", rf"\1 with \2 of global arms {flow}")
      for who, flow in (("exporter", "exports"), ("importer", "imports"))),
    # "sourced more than a third (36 percent) of its arms imports from Russia": the figure in brackets, the verb
    # the rules read
    (rf"\b(?:(?:more\s+than|nearly|almost|about|over|roughly)\s+)?(?:a|one)[- ](?:third|quarter|fifth|half)\s*"
     rf"\((\d+(?:\.\d+)?\s*{_PCT})\)", r"\1"),
    (r"\b(?:sourced|obtained|bought|got|purchased|procured)(?=\s+[^.;]{0,40}?\bof\s+its\s+(?:total\s+)?(?:major\s+)?"
     r"(?:arms|weapons?)\s+imports\s+from\b)", "received"),
    # "the volume of China's exports": China's arms exports
    (r"\b[Tt]he\s+(?:volume|level|quantity)\s+of\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s)\s+(?:(?:arms|weapons?)\s+)?"
     r"(exports|imports)\b", r"\1 arms \2"),
    # "its exports of arms", "its imports of heavy weapons": its arms exports (imports)
    (r"\b(its|their)\s+(imports|exports)\s+of\s+(?:(?:heavy|major|conventional)\s+)?(?:arms|weapons)\b", r"\1 arms \2"),
    # "China's contribution to Pakistan's arms imports": its share of them
    (r"\b(?:contribution|share)\s+(?:to|in)\s+(?=[A-Z][\w. ]{1,30}?['’]s\s+(?:total\s+)?(?:major\s+)?"
     r"(?:arms|weapons?)\s+imports\b)", "share of "),
    # "Saudi Arabia increased the volume of its arms imports by 417%": the change of its arms imports
    (r"\b(?:the\s+)?(?:total\s+)?volume\s+of\s+(?=(?:its|their)\s+(?:major\s+)?(?:arms|weapons?)\s+(?:imports|exports)\b)",
     ""),
    # "the total volume of weapons exported from Germany grew by 21 percent": Germany's arms exports
    (r"\b(?:the\s+)?(?:total\s+)?volume\s+of\s+(?:major\s+)?(?:arms|weapons)\s+(export|import)ed\s+(?:from|by)\s+"
     r"((?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?=(?:has\s+|have\s+)?(?:grew|rose|fell|increased|decreased|"
     r"declined|dropped)\b)", r"\2’s arms \1s "),
    # "The share of top arms exporter, the USA, rose to 34 percent": the world share of the state the apposition names
    (r"\b[Tt]he\s+share\s+of\s+(?:the\s+)?(?:world['’]s\s+)?(?:top|largest|biggest|leading)\s+(?:arms\s+)?"
     r"(export|import)er,\s+((?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}),\s+(?=(?:rose|fell|grew|increased|dropped|"
     r"declined|decreased|climbed|jumped|went)\b)", r"\2’s share of global arms \1s "),
    # "Russia's share in the supply of arms to India": its share of India's arms imports
    (r"\bshare\s+in\s+(?:the\s+)?suppl(?:y|ies)\s+of\s+(?:arms|weapons)\s+to\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b",
     r"share of \1’s arms imports"),
]


#: variants that name the world's flow ("40 % of all arms exports", "15 per cent of global imports", "of global arms
#: sales"): rewritten only where the sentence names no region or group, whose share it may be ("the USA and Western
#: Europe accounted for 72 % of all arms exports")
_WORLD_WORDING = [
    # "India imported 8.3 per cent of all major arms exports": the importer's share of the world's arms flow
    (rf"\b(?:imported|received|bought|took)\s+(\d+(?:\.\d+)?\s*{_PCT})\s+of\s+(?:all\s+)?(?:the\s+)?"
     r"(?:global\s+|world(?:['’]s)?\s+|international\s+)?(?:major\s+)?(?:arms|weapons)\s+exports\b(?!\s+(?:to|from|by)\b)",
     r"accounted for \1 of global arms imports"),
    # "40 % of all arms exports" (no state's, no destination): the world's arms exports
    (rf"(?<![’'])(\d+(?:\.\d+)?\s*{_PCT}\s+of\s+)all\s+(?:international\s+)?(arms|weapons?)\s+(exports|imports)\b"
     r"(?!\s+(?:to|from|by|of|went|for)\b)", r"\1global \2 \3"),
    # "30 percent of all arms exported": the world's arms exports
    (rf"(\d\s*{_PCT}\s+of\s+)all\s+(?:major\s+)?(?:arms|weapons?)\s+exported\b(?!\s+(?:to|from|by)\b)",
     r"\1global arms exports"),
    # "15 per cent of global imports", "of the world's total arms purchases", "of the global arms import market":
    # the world's arms imports (exports) named in one form
    (rf"(\d\s*{_PCT}\s+of\s+)(?:the\s+)?(?:global|world['’]s|world|worldwide)\s+(?:total\s+)?"
     r"(?:arms\s+|defen[cs]e\s+)?(imports|exports)\b", r"\1global arms \2"),
    (rf"(\d\s*{_PCT}\s+of\s+)(?:the\s+)?(?:global|world['’]s|world|worldwide)\s+(?:total\s+)?(?:arms\s+)?"
     r"sales\b(?!\s+(?:to|from|of|by)\b)", r"\1global arms exports"),
]


def _state_name(name: str) -> bool:
    return _code(name) is not None


def _names_supplier(pre: str) -> bool:
    """Whether a state's name ends ``pre`` ("US arms imports to Pakistan": the supplier's deliveries, not the
    recipient's imports)."""
    pre = pre.rstrip()
    return any(e == len(pre) for _, e, _, _ in _states_at(pre[-30:]))


def _changed(noun: str) -> str:
    """The verb of a change named by its noun ("a 61 per cent surge": increased)."""
    return "increased" if noun.lower() in ("surge", "rise", "increase", "jump", "growth", "hike") else "decreased"


def _subjects_change(m: re.Match[str]) -> str:
    # "US remains the top global arms exporter, with a 21% rise in exports": its arms exports increased by 21%, only
    # where the words before name one state
    if len({c for _a, _b, c, _p in _states_at(m.string[:m.start()])}) != 1:
        return m.group(0)
    return f", and its arms {m.group('flow')} {_changed(m.group('n'))} by {m.group('f')}"


def _exported_by(m: re.Match[str]) -> str:
    # "there was a decrease of 46 percent in arms exported by Russia to India": Russia's arms exports to India fell
    if not (_state_name(m.group("a")) and _state_name(m.group("b"))):
        return m.group(0)
    return f"{m.group('a')}’s arms exports to {m.group('b')} {_changed(m.group('n'))} by {m.group('f')}"


def _headed_flow(m: re.Match[str]) -> str:
    # "India – Imports increased by 4.7%": a note's heading state and its flow
    return f"{m.group('s')}’s arms {m.group('flow').lower()}" if _state_name(m.group("s")) else m.group(0)


def _ranked_change(m: re.Match[str]) -> str:
    # "Saudi Arabia was the second largest arms importer in 2012-16, with an increase of 212% compared with
    # 2007–11": the ranked state's own imports (exports) changed by that much
    if not _state_name(m.group("s")):
        return m.group(0)
    flow = "imports" if m.group("r").lower() == "importer" else "exports"
    return f"{m.group('head')}; {m.group('s')}’s arms {flow} {_changed(m.group('n'))} by {m.group('f')} " \
           f"{m.group('cmp')} "


def _nominal_change(m: re.Match[str]) -> str:
    # "Pakistan's 61 per cent surge in arms imports", "South Korea, for instance, saw a 6.5% increase in arms imports":
    # the state's arms imports rose by that much
    if not _state_name(m.group("s")):
        return m.group(0)
    return f"{m.group('s')}’s arms {m.group('flow')} {_changed(m.group('n'))} by {m.group('f')}"


def _ranked_share(m: re.Match[str]) -> str:
    # "Morocco ranks 29th among the largest arms importers, with a share of 0.8% of arms imports": the world's
    return f"{m.group('f')} of global arms {m.group('flow')}" if m.group("ranked") else m.group(0)


def _fronted_share(m: re.Match[str]) -> str:
    # "Reaching 4.5% of global arms imports, Egypt ranks first": Egypt accounted for 4.5% of them
    if not _state_name(m.group("s")):
        return m.group(0)
    s, when = m.group("s"), m.group("when")
    return f"{s} accounted for {m.group('f')} of global arms {m.group('flow')}{when}; {s} "


def _leading_supplier(m: re.Match[str]) -> str:
    # "With a 76% market share, the United States was Morocco's leading arms supplier": its share of Morocco's imports
    if not (_state_name(m.group("a")) and _state_name(m.group("b"))):
        return m.group(0)
    return f"{m.group('a')} accounted for {m.group('f')} of {m.group('b')}’s arms imports{m.group('when')}"


def _of_the_total(m: re.Match[str]) -> str:
    # "India was the top importer, accounting for 11 per cent of the total": of the world's arms imports
    return f"{m.group('head')}{m.group('f')} of global arms {m.group('who').lower()}s"


def _which_clause(m: re.Match[str]) -> str:
    # "... behind the seventh largest exporter, Spain, which accounted for 3.2%": Spain did, not the subject before
    return f"{m.group('pre')}; {m.group('s')} {m.group('verb')}" if _state_name(m.group("s")) else m.group(0)


def _flow_accounted(m: re.Match[str]) -> str:
    # "Qatar's imports alone accounted for 10.4 percent of global arms imports": Qatar accounted for it
    return f"{m.group('s')} {m.group('verb')} for" if _state_name(m.group("s")) else m.group(0)


_WORDING_CALLS: list[tuple[str, Any]] = [
    # "US remains the top global arms exporter, with a 21% rise in exports" (see _subjects_change)
    (rf",?\s+(?:with|witnessing|recording|registering|posting|seeing)\s+(?:an?\s+)?(?:{_INTENSIFIER}\s+)?"
     rf"(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+"
     rf"(?P<n>{_CHANGE_NOUNS})\s+in\s+(?:its\s+)?(?:arms\s+)?(?P<flow>imports|exports)\b",
     _subjects_change),
    # "The US share of global arms exports climbed from 33% to 40%, while Russia's (part) decreased from 22% to 16%":
    # the second state's share, said once for both
    (rf"(?P<pre>\b(?:while|whereas|and|but)\s+)(?P<s>(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?:part\s+|portion\s+)?"
     rf"(?=(?:has\s+|had\s+)?(?:{_CHANGE_UP}|{_CHANGE_DOWN})\s+(?:from\s+)?\d+(?:\.\d+)?\s*(?:{_PCT}\s+)?to\s+\d)",
     lambda m: f"{m.group('pre')}{m.group('s')}’s share " if _states_at(m.group("s")) and RE.search(
         r"\bshare\s+of\s+(?:the\s+)?(?:global|world|international)\b", m.string[:m.start()], re.I) else m.group(0)),
    # "Russia accounted for 31% and the U.S. for 30% of world weapons exports": the object said once for both
    (rf"(?P<a>\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|\bU\.S\.|\bUS|\bUK)\s+(?P<v>accounted|accounts|accounting)\s+for\s+"
     rf"(?P<f1>\d+(?:\.\d+)?\s*{_PCT})\s+and\s+(?:the\s+)?(?P<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|U\.S\.|US|UK)\s+for\s+"
     rf"(?P<f2>\d+(?:\.\d+)?\s*{_PCT})\s+of\s+(?P<obj>[^,;.%]{{3,60}}?)(?=\s+(?:in|during|between|from|over)\b|[,;.]|$)",
     lambda m: (f"{m.group('a')} {m.group('v')} for {m.group('f1')} of {m.group('obj')} and {m.group('b')} "
                f"{m.group('v')} for {m.group('f2')} of {m.group('obj')}")
     if _states_at(m.group("a")) and _states_at(m.group("b")) else m.group(0)),
    # "The largest share of Indian arms imports came from Russia, at 40 per cent", "... of French arms exports went to
    # India (30 per cent)": the partner's share of the flow
    (rf"\b[Tt]he\s+(?:largest|biggest|greatest|main|second[- ]largest|third[- ]largest)\s+share\s+of\s+"
     rf"(?P<own>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:['’]s)?)\s+(?:major\s+)?(?:arms\s+)?(?P<flow>imports|exports)\s+"
     rf"(?:came|went)\s+(?P<prep>from|to)\s+(?:the\s+)?(?P<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|U\.?S\.?|UK|USA),?\s+"
     rf"(?:(?:at|with)\s+(?P<f>\d+(?:\.\d+)?\s*{_PCT})|\(\s*(?P<g>\d+(?:\.\d+)?\s*{_PCT})\s*\))",
     lambda m: (f"{m.group('b')} {'accounted for' if m.group('flow') == 'imports' else 'received'} "
                f"{m.group('f') or m.group('g')} of {m.group('own')} arms {m.group('flow')}")
     if _states_at(m.group("own")) and _states_at(m.group("b"))
     and (m.group("prep") == "from") == (m.group("flow") == "imports") else m.group(0)),
    # "less than two-thirds of Russian exports were accounted for by India (34%), China (21%)": the list of the flow's
    # partners said in the passive
    (r"\b(?:[\w-]+\s+){0,4}of\s+(?P<own>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:['’]s)?)\s+(?:total\s+)?(?:arms\s+)?"
     r"(?P<flow>exports|imports)\s+(?:were|was)\s+accounted\s+for\s+by\s+(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*\()",
     lambda m: (f"the main {'recipients' if m.group('flow') == 'exports' else 'suppliers'} of {m.group('own')} arms "
                f"{m.group('flow')} were ") if _states_at(m.group("own")) else m.group(0)),
    (r"(?P<s>\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s+[^,]{1,30},)?\s+(?:saw|recorded|registered|posted|experienced|"
     rf"reported)\s+an?\s+(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+(?P<n>{_CHANGE_NOUNS})"
     r"\s+in\s+(?:its\s+)?(?:major\s+)?(?:arms|weapons?)\s+(?P<flow>imports|exports)\b",
     _nominal_change),
    (r"(?P<s>\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?:arms\s+)?(?P<flow>imports|exports)\s+(?:alone\s+)?"
     r"(?P<verb>accounted|accounts)\s+for(?=\s+[^.;]{0,30}?\bof\s+global\s+arms\s+(?P=flow)\b)", _flow_accounted),
    (r"(?P<pre>,\s+(?:the\s+)?)(?P<s>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+which\s+(?P<verb>accounted|accounts|accounting)\b",
     _which_clause),
    (rf"^With\s+its\s+(?:arms\s+)?(?P<flow>imports|exports)\s+accounting\s+for\s+(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+of\s+"
     r"(?:the\s+)?(?:world['’]s|global)\b[^,;]*?(?P<when>),\s+(?:the\s+)?(?P<s>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+",
     _fronted_share),
    (rf"^(?:Reaching|Accounting\s+for|Holding|Taking)\s+(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+of\s+global\s+arms\s+"
     r"(?P<flow>imports|exports)(?P<when>[^,;]{0,30}),\s+(?:the\s+)?(?P<s>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+",
     _fronted_share),
    (rf"^With\s+an?\s+(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+(?:market\s+)?share(?:\s+of\s+global\s+arms\s+exports)?"
     r"(?P<when>[^,;]{0,30}),\s+(?:the\s+)?(?P<a>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:was|is|remains|remained)\s+(?:the\s+)?"
     r"(?P<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?:leading|main|largest|biggest|top|principal)\s+(?:arms\s+|weapons\s+)?"
     r"supplier", _leading_supplier),
    (rf"(?P<head>\b(?:top|largest|biggest|leading)\s+(?:arms\s+|weapons\s+)?(?P<who>importer|exporter),?\s+"
     rf"(?:accounting\s+for|with)\s+)(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+of\s+the\s+(?:global\s+|world\s+)?total\b",
     _of_the_total),
    (r"(?P<s>\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?:(?:massive|sharp|significant|dramatic|steep|huge)\s+)?"
     rf"(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+(?P<n>{_CHANGE_NOUNS}|slump|plunge)"
     r"\s+in\s+(?:its\s+)?(?:major\s+)?(?:arms|weapons?)\s+(?P<flow>imports|exports)\b",
     _nominal_change),
    (rf"(?P<ranked>\b(?:ranks?|ranked|largest|biggest|top)\b[^.;]*?)?\ba\s+share\s+of\s+(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+"
     r"of\s+(?:arms|weapons?)\s+(?P<flow>imports|exports)\b(?!\s+(?:to|from|by|of)\b)",
     lambda m: (m.group("ranked") or "") + _ranked_share(m)),
    (rf"\bthere\s+(?:was|has\s+been)\s+an?\s+(?P<n>increase|rise|growth|jump|decrease|fall|drop|decline)\s+of\s+"
     rf"(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+in\s+(?:the\s+)?(?:arms|weapons)\s+(?:exported|supplied|sold)\s+by\s+"
     r"(?P<a>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+to\s+(?P<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", _exported_by),
    (r"^(?P<s>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*[–—:-]\s*(?P<flow>Imports|Exports)\b", _headed_flow),
    # "The 15 per cent increase in US arms exports between 2011-15 and 2016-20": the state's exports rose that much
    (rf"\b[Tt]he\s+(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+(?P<n>{_CHANGE_NOUNS})"
     r"\s+in\s+(?:the\s+)?(?P<s>[A-Z][\w.]*(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+(?:major\s+)?"
     r"(?:arms|weapons?)\s+(?P<flow>imports|exports)\b", _nominal_change),
    # "Pakistan was the main recipient of Chinese exports, accounting for 35 percent": its share of them
    (r"(?P<b>\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:was|is|remained|remains|became)\s+the\s+(?:main|largest|biggest|top|"
     r"principal|leading)\s+(?:recipient|customer|buyer|client|destination)\s+of\s+(?P<own>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
     r"(?:['’]s)?)\s+(?:major\s+)?(?:arms\s+|weapons\s+)?exports(?P<when>[^,;%]{0,30}?),\s+accounting\s+for\s+"
     rf"(?P<f>{_LOOSE_QUAL}\d+(?:\.\d+)?\s*{_PCT})",
     lambda m: (f"{m.group('b')} accounted for {m.group('f')} of {m.group('own')} arms exports{m.group('when')}"
                if _states_at(m.group("b")) and _states_at(m.group("own")) else m.group(0))),
    (r"(?P<head>\b(?P<s>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:was|is|became|remained)\s+the\s+(?:world['’]s\s+)?"
     r"(?:\w+[- ])?(?:largest|biggest|top)\s+(?:arms\s+)?(?P<r>importer|exporter)[^,;]*?),\s+with\s+an?\s+"
     rf"(?P<n>increase|rise|growth|jump|decrease|fall|drop|decline)\s+(?:of|by)\s+(?P<f>\d+(?:\.\d+)?\s*{_PCT})\s+"
     r"(?P<cmp>compared\s+(?:with|to)|from|over|on)\s+", _ranked_change),
]


def normalise_wording(s: str) -> str:
    """A sentence with a few wordings put in the one form the SIPRI rules read (the passage itself is kept as
    written): each variant in ``_WORDING`` ("its arms import", "an 11 percent share of", "40 % of all arms
    exports", "(by 31 % between ...)") rewritten to its common form, then each of ``_WORDING_CALLS``, whose rewrite
    is made only where the words it moves are a state's name ("India – Imports", "arms exported by A to B"), and
    last a list of states each "with" its figure put in brackets (:func:`_with_list`)."""
    group = _REGION.search(s) or GROUP_NOUNS.search(s)
    for pattern, repl in _WORDING if group else _WORDING + _WORLD_WORDING:
        s = RE.sub(pattern, repl, s)
    if RE.search(r"\b(?:importer|buyer)s?\b", s, re.I) and not RE.search(r"\b(?:export\w*|sellers?|suppliers?)\b", s,
                                                                        re.I):
        # "India is the world's top arms importer and accounted for 9.8 per cent of all global arms sales": of the
        # world's purchases (the importer's share), "sales" seen from the buyer
        s = RE.sub(r"\b((?:all\s+)?(?:the\s+)?(?:global|world(?:['’]s)?|international)\s+(?:total\s+)?"
                   r"(?:arms\s+|weapons?\s+)?)sales\b", r"\1imports", s)
    for pattern, call in _WORDING_CALLS:
        s = RE.sub(pattern, call, s)
    return _with_list(s)


_WITH_ITEM = re.compile(rf"(?P<s>\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+with\s+(?P<f>\d+(?:\.\d+)?\s*{_PCT})"
                        r"(?=\s*(?:,|\band\b|[.;]|$))")


def _with_list(s: str) -> str:
    """"the main arms importers were Saudi Arabia with 12%, India with 9.2% and Egypt with 5.8%": a list of two or more
    states each "with" its figure, put in the bracketed form the list rules read ("Saudi Arabia (12%), ...")."""
    items = [m for m in _WITH_ITEM.finditer(s) if _states_at(m.group("s"))]
    if len(items) < 2:
        return s
    for m in reversed(items):
        s = s[:m.start()] + f"{m.group('s')} ({m.group('f')})" + s[m.end():]
    return s


GROUP_NOUNS = re.compile(r"\b(?:countries|states|nations)\b")
