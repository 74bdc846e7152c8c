"""Finding candidate claims in a brief's text (extracted from a PDF or a web page).

Rule-based, offline, no language model:

1. :func:`clean_text` undoes the damage of text extraction: hyphenated line breaks (``alli-\\nance``),
   footnotes and URL lines interleaved with the prose, page headers (``JANUARY 2018  7``), headings,
   footnote markers (``Consultation.1 China``, ``[1]``), and joins a sentence split by a column break;
2. :func:`sentences` splits paragraphs into sentences (abbreviations and decimals kept whole);
3. :func:`extract` keeps the sentences with years, amounts, shares, counts, comparatives or
   superlatives, labels each with a ``kind`` and, where it recognises the indicator (arms deliveries,
   peaks and shares; exercises: first, extent by sea name; Security Council vetoes; asymmetry),
   pre-fills a structured claim in the format of :mod:`amity.claims.model`.

A sentence with several recognised claims yields one candidate per claim (same passage).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

# -- states named in briefs -----------------------------------------------------------------------
STATE_PATTERNS: dict[str, str] = {
    "CHN": r"China|Chinese|Beijing|PRC|Sino(?=-)",
    "RUS": r"Russia|Russian|Moscow|Soviet|USSR|Kremlin",
    "IND": r"India|Indian|New Delhi",
    "PAK": r"Pakistan|Pakistani|Islamabad",
    "USA": r"United States|U\.S\.|US|USA|American|Washington",
    "JPN": r"Japan|Japanese|Tokyo",
    "KOR": r"South Korea|South Korean|Seoul",
    "PRK": r"North Korea|North Korean|Pyongyang|DPRK",
    "VNM": r"Vietnam|Vietnamese|Hanoi",
    "KAZ": r"Kazakhstan|Kazakh",
    "KGZ": r"Kyrgyzstan|Kyrgyz",
    "TJK": r"Tajikistan|Tajik",
    "IRN": r"Iran|Iranian|Tehran",
    "SAU": r"Saudi Arabia|Saudi",
    "TUR": r"Turkey|Turkish|Ankara",
    "UKR": r"Ukraine|Ukrainian|Kyiv|Kiev",
    "SYR": r"Syria|Syrian|Damascus",
    "DZA": r"Algeria|Algerian",
    "EGY": r"Egypt|Egyptian|Cairo",
    "MMR": r"Myanmar|Burma|Burmese",
    "IDN": r"Indonesia|Indonesian",
    "BGD": r"Bangladesh|Bangladeshi",
    "AFG": r"Afghanistan|Afghan",
    "ISR": r"Israel|Israeli",
    "FRA": r"France|French|Paris",
    "GBR": r"United Kingdom|UK|Britain|British|London",
    "DEU": r"Germany|German|Berlin",
    "BLR": r"Belarus|Belarusian|Minsk",
}
_STATE_RE = {k: re.compile(rf"\b(?:{v})(?:['’]s)?\b") for k, v in STATE_PATTERNS.items()}

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
YEAR = r"(?<![\w./-])(1[89]\d\d|20[0-4]\d)(?![\w%]|\.\d)"
YEAR_RE = re.compile(YEAR)
RANGE_RE = re.compile(rf"(?:between|from)\s+(?:the\s+)?{YEAR}\s+(?:and|to|until)\s+{YEAR}|{YEAR}\s*[–—-]\s*{YEAR}",
                      re.I)
_NUM = r"\d+(?:[.,]\d+)?"
MONEY_RE = re.compile(
    rf"(?:(?:US\$|\$|USD)\s?(?P<a1>{_NUM})\s*(?P<s1>billion|million|bn|mn|m\b)?"
    rf"|(?P<a2>{_NUM})\s*(?P<s2>billion|million|bn)\s*(?P<c2>USD|US dollars|dollars|\$)?)",
    re.I,
)
SHARE_RE = re.compile(rf"(?P<lo>{_NUM})\s*(?:[–—-]\s*(?P<hi>{_NUM})\s*)?(?:%|per\s?cent|percent)", re.I)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "dozen": 12}
COUNT_RE = re.compile(r"(?<!the )(?<!these )(?<!those )(?<!The )\b(?:(?P<w>" + "|".join(NUMBER_WORDS)
                      + r")|(?<![\w.$-])(?P<d>\d{1,3})(?![\d.,%-]))"
                      r"(?:[ -](?!per\b|billion|million)[A-Za-z-]+)", re.I)
COMPARATIVE_RE = re.compile(
    r"\b(more|less|fewer|greater|larger|bigger|smaller|higher|lower|stronger|weaker|than|exceed\w*|surpass\w*|"
    r"most|largest|biggest|highest|lowest|first|peak\w*|record|increas\w*|decreas\w*|declin\w*|rose|fell|"
    r"grew|grow\w*|expand\w*|picked up|intensif\w*|doubled|tripled|times)\b", re.I)
PEAK_RE = re.compile(r"\bpeak(?:ed|s)?\b|\ball-time high\b|\bhighest\b|\brecord high\b", re.I)
TROUGH_RE = re.compile(r"\blowest\b|\btrough\b|\brecord low\b", re.I)
TREND_RE = re.compile(r"\b(picked up|increas\w*|rose|risen|grew|grown|expanded|intensified|doubled|tripled|"
                      r"declin\w*|decreas\w*|fell|fallen|falling|dropped|shrank)\b", re.I)
DOWN_RE = re.compile(r"\b(declin\w*|decreas\w*|fell|fallen|falling|dropped|shrank)\b", re.I)
ARMS_RE = re.compile(r"\b(arms|weapons?|military equipment|deliver(?:ies|ed|y)|transfers?|sales|sold|exports?|"
                     r"imports?|purchases?|supplier|orders|defen[cs]e industry)\b", re.I)
EXERCISE_RE = re.compile(r"\b(exercises?|drills?|manoeuvres?|maneuvers?|war ?games?|trained together|"
                         r"training areas?|joint (?:sea|naval|patrols?|performances?))\b", re.I)
VETO_RE = re.compile(r"\b(double[- ]vetoe?s?|vetoe?s?|vetoed)\b", re.I)
ASYM_RE = re.compile(r"\b(econom\w*|GDP|military (?:spending|expenditure|budget)|defen[cs]e (?:spending|budget)|"
                     r"power|capabilit\w*)\b", re.I)
SEA_RE = re.compile(
    r"\b(?:(?:Sea|Gulf|Bay) of (?:the )?[A-Z][a-z]+|Mediterranean(?: Sea)?|"
    r"(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ (?:Sea|Ocean|Gulf|Bay))\b(?![ -]?\d)")
NOT_PLACES = re.compile(r"^(?:Joint|Naval|Indra|Peace) ", re.I)


def _states(text: str) -> list[str]:
    return [k for k, rx in _STATE_RE.items() if rx.search(text)]


def _years(text: str) -> list[int]:
    return [int(m.group(1)) for m in YEAR_RE.finditer(text)]


# -- cleaning -------------------------------------------------------------------------------------
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S*\s*$")
_PAGE_HEADER = re.compile(rf"^\s*(?:(?:{MONTHS})\s+\d{{4}}\s+\d{{1,4}}|\d{{1,4}}\s+(?:{MONTHS})\s+\d{{4}}"
                          r"|\d{1,4}|page \d+(?: of \d+)?)\s*$", re.I)
_FOOTNOTE_START = re.compile(r"^\s*(?:\d{1,2}\s+[A-Z“\"‘']|\[\d{1,3}\]\s*\S)")
_BIBLIO = re.compile(r"https?://|www\.|\bAccessed\b|\bRetrieved\b|\bet al\b|“|\"|\b(?:19|20)\d\d[.,]|\bpp?\.\s?\d")
_CAPTION = re.compile(r"^\s*(?:Figure|Fig\.|Table|Chart|Map)\s*\d+\s*[.:]", re.I)
_TERMINAL = re.compile(r"[.!?:…”\"’)]\s*$")


def _is_heading(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters if ch.isascii()) and not _URL_LINE.match(line)


def _is_footnote(block: list[str]) -> bool:
    text = " ".join(block)
    if re.match(r"^\s*\[\d{1,3}\]", block[0]):
        return True
    return bool(_FOOTNOTE_START.match(block[0]) and _BIBLIO.search(text))


def _join_lines(lines: list[str]) -> str:
    """Join a block's lines, undoing end-of-line hyphenation (``alli-`` + ``ance`` → ``alliance``)."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("- "):
            out = out + line  # "US- and EU-initiated": a hyphen followed by a space is kept as written
        elif re.search(r"[A-Za-z]-$", out) and line[:1].islower():
            out = out[:-1] + line
        elif re.search(r"[A-Za-z0-9][-–]$", out):
            out = out + line  # a real hyphen or dash at the end of the line (US-\nChinese, 2017–\n2020)
        else:
            out = out + " " + line
        if re.search(r"-[ \t]+$", raw):
            out += " "
    return out.strip()


def clean_text(text: str) -> list[str]:
    """The brief's prose as paragraphs: line breaks, hyphenation, footnotes, URLs and headers undone."""
    text = (text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "").replace("\u00a0", " ")
            .replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\u2010", "-").replace("\u2011", "-"))
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if not line.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        # a line indented after flush-left lines starts a new page's text (PDF extraction): new block
        if blocks[-1] and line[:1] in (" ", "\t") and blocks[-1][0][:1] not in (" ", "\t"):
            blocks.append([])
        blocks[-1].append(line)
    paragraphs: list[str] = []
    captions: list[str] = []
    cur = ""

    def flush() -> None:
        nonlocal cur
        if cur.strip():
            paragraphs.append(cur.strip())
        cur = ""

    for block in blocks:
        lines = [ln for ln in block if not _URL_LINE.match(ln) and not _PAGE_HEADER.match(ln)]
        if not lines or _is_footnote(lines):
            continue
        if _CAPTION.match(lines[0]):
            captions.append(_join_lines(lines[:1]))
            lines = lines[1:]
            if not lines:
                continue
        segment: list[str] = []
        segments: list[tuple[bool, str]] = []  # (hard break before, text)
        hard = False
        for ln in lines:
            if _is_heading(ln):
                if segment:
                    segments.append((hard, _join_lines(segment)))
                    segment = []
                hard = True
                continue
            if ln.lstrip().startswith(("•", "·", "▪", "- ", "* ")):
                if segment:
                    segments.append((hard, _join_lines(segment)))
                segment = [ln.lstrip().lstrip("•·▪-* ")]
                hard = True
                continue
            if segment == [] and hard is False and segments:
                hard = False
            segment.append(ln)
        if segment:
            segments.append((hard, _join_lines(segment)))
        elif hard:
            flush()
        for brk, seg in segments:
            if not seg:
                continue
            if brk or not cur:
                flush()
                cur = seg
            elif re.search(r"[A-Za-z]-$", cur) and seg[:1].islower():
                cur = cur[:-1] + seg
            elif seg[:1].islower() or (not _TERMINAL.search(cur) and len(cur) > 60):
                cur = cur + " " + seg
            else:
                flush()
                cur = seg
            hard = False
    flush()
    return [_strip_markers(p) for p in paragraphs + captions]


def _strip_markers(p: str) -> str:
    p = re.sub(r"\s*\[\d{1,3}\]", "", p)
    p = re.sub(r"(?<=[A-Za-z)”\"’])\.\d{1,2}(?=\s|$)", ".", p)
    p = re.sub(r"(?<=\b(?:19|20)\d\d)\.\d{1,2}(?=\s|$)", ".", p)
    p = re.sub(r"(?<=[”\"])\d{1,2}(?=\s|$)", "", p)
    return re.sub(r"\s{2,}", " ", p).strip()


_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "e.g", "i.e", "u.s", "u.k", "u.n", "jan",
           "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "ltd", "inc",
           "gen", "lt", "col", "adm", "fig", "p", "pp", "ed", "eds", "vol", "approx", "ca", "cf"}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences (not after abbreviations such as U.S., e.g., No. or initials)."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(paragraph):
        head = paragraph[start:m.start()].rstrip("\"”’)]")
        word = re.search(r"([A-Za-z.]+)\.$", head)
        if word and (word.group(1).lower() in _ABBREV or re.fullmatch(r"[A-Z]", word.group(1))):
            continue
        out.append(paragraph[start:m.start() + len(m.group(0))].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


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


@dataclass
class _Ctx:
    pair: tuple[str, str]
    doc_year: int
    ex_start: int
    prev: str = ""


def _kinds(s: str) -> list[str]:
    k: list[str] = []
    if PEAK_RE.search(s):
        k.append("peak")
    if TROUGH_RE.search(s):
        k.append("trough")
    if SHARE_RE.search(s):
        k.append("share")
    if MONEY_RE.search(s):
        k.append("value")
    if re.search(r"\b(exceed\w*|surpass\w*|more .{1,60}? than|less .{1,60}? than|(?:bigger|larger|greater|higher|"
                 r"stronger|smaller|lower) .{0,60}?than|times (?:as|the|larger|bigger))\b", s, re.I):
        k.append("comparison")
    if re.search(r"more often than before", s, re.I):
        k.append("count")
    if TREND_RE.search(s):
        k.append("trend")
    if re.search(r"\bfirst\b|\bsince\s+(?:the\s+)?(?:1[89]|20)\d\d\b|\bas early as\b", s, re.I):
        k.append("first")
    if EXERCISE_RE.search(s) and _places(s):
        k.append("extent")
    if "count" not in k and any(m.group("w") or not YEAR_RE.fullmatch(m.group("d") or "")
                                for m in COUNT_RE.finditer(s)):
        k.append("count")
    if _years(s) or re.search(rf"\b(?:{MONTHS})\s+\d{{4}}|\b(?:1[89]|20)\d0s\b", s):
        k.append("date")
    return k


def _places(s: str) -> list[tuple[str, int, int]]:
    out = []
    for m in SEA_RE.finditer(s):
        name = m.group(0)
        name = re.sub(r"^(?:In|The|From|To|At|And|Then)\s+", "", name)
        if NOT_PLACES.match(name):
            continue
        out.append((name, m.start(), m.end()))
    return out


def _nearest_year(s: str, pos: int, end: int | None = None) -> int | None:
    end = pos if end is None else end
    best, dist = None, 10**9
    for m in YEAR_RE.finditer(s):
        d = pos - m.end() if m.end() <= pos else m.start() - end
        if 0 <= d < dist or (d < 0 and dist == 10**9):
            best, dist = int(m.group(1)), max(d, 0)
    return best


_SUP_NOUN = r"(?:arms|weapons?|deliveries|exports?|transfers?|sales|military equipment)"
_REC_NOUN = r"(?:orders|imports?|purchases?)"


def _adjective(token: str) -> bool:
    return bool(re.search(r"(?:an|ese|ish|i)$", token)) and token not in ("Beijing", "Tehran", "Washington")


def _supplier(s: str, pair: tuple[str, str]) -> tuple[str, str] | None:
    """(supplier, recipient) of an arms sentence, from its wording; None if it cannot tell.

    In order: "from A to B"; "A sold / supplied …", "B bought / imported …"; "A's … exports|orders";
    "Russian arms …" (an adjective before an arms noun); "Chinese orders …" (the recipient's);
    "from A".
    """
    p, q = pair
    pats = {k: STATE_PATTERNS[k] for k in pair}
    for sup, rec in ((p, q), (q, p)):
        if re.search(rf"\bfrom\s+(?:{pats[sup]})\b.{{0,40}}\bto\s+(?:{pats[rec]})\b", s):
            return sup, rec
    for sup, rec in ((p, q), (q, p)):
        if re.search(rf"\b(?:{pats[sup]})\s+(?:has\s+|had\s+|gradually\s+|also\s+)*(?:agreed to\s+)?(?:sold|sells?|"
                     rf"supplied|supplies|supplying|provided|provides|delivered|delivers|exported|transferred)\b", s):
            return sup, rec
        if re.search(rf"\b(?:{pats[rec]})\s+(?:has\s+|had\s+|also\s+)*(?:bought|buys|purchased|imported|received|"
                     rf"ordered)\b", s):
            return sup, rec
    for sup, rec in ((p, q), (q, p)):
        if re.search(rf"\b(?:{pats[sup]})['’]s\s+(?:[\w-]+\s+){{0,3}}(?:{_SUP_NOUN[3:-1]}|orders|defen[cs]e industry)",
                     s):
            return sup, rec
    for sup, rec in ((p, q), (q, p)):
        for m in re.finditer(rf"\b({pats[sup]})\s+(?:[a-z-]+\s+){{0,2}}{_SUP_NOUN}\b", s):
            if _adjective(m.group(1)):
                return sup, rec
        for m in re.finditer(rf"\b({pats[rec]})\s+(?:[a-z-]+\s+){{0,1}}{_REC_NOUN}\b", s):
            if _adjective(m.group(1)):
                return sup, rec
    for sup, rec in ((p, q), (q, p)):
        if re.search(rf"\bfrom\s+(?:{pats[sup]})\b", s):
            return sup, rec
    return None


def _approx(s: str) -> bool:
    return bool(re.search(r"\b(around|about|approximately|roughly|some|nearly|almost|close to|~)\b", s, re.I))


def _arms_claims(s: str, ctx: _Ctx) -> list[dict[str, Any]]:
    if not ARMS_RE.search(s):
        return []
    dyad = _supplier(s, ctx.pair) or (_supplier(ctx.prev, ctx.pair) if ARMS_RE.search(ctx.prev) else None)
    if dyad is None:
        return []
    sup, rec = dyad
    out: list[dict[str, Any]] = []
    years = _years(s)
    m = PEAK_RE.search(s)
    if m:
        y = _nearest_year(s, m.end(), m.end())
        if y:
            out.append(dict(indicator="deliveries_tiv", dyad=[sup, rec], test="peak",
                            period=[y - 10, min(y + 10, ctx.doc_year)], expected=y, tolerance=0, unit="year",
                            text=f"{sup}→{rec} arms deliveries peaked in {y}"))
    orders_only = re.search(r"\b(?:order|contract|deal)", s, re.I) and not re.search(r"deliver|transfer", s, re.I)
    for mm in MONEY_RE.finditer(s):
        if orders_only:
            break
        amount = float((mm.group("a1") or mm.group("a2")).replace(",", ""))
        scale = (mm.group("s1") or mm.group("s2") or "").lower()
        unit = "US$ (billions)" if scale in ("billion", "bn") else "US$ (millions)" if scale else "US$"
        if "tiv" in s.lower():
            unit = "SIPRI TIV (millions)" if scale != "billion" else "SIPRI TIV (billions)"
        y = _nearest_year(s, mm.start(), mm.end())
        if y is None:
            continue
        out.append(dict(indicator="deliveries_tiv", dyad=[sup, rec], test="value", period=[y, y],
                        expected=amount, tolerance=round(amount * (0.1 if _approx(s) else 0.05), 6), unit=unit,
                        text=f"{sup}→{rec} arms deliveries in {y}: {mm.group(0).strip()}"))
    for sm in SHARE_RE.finditer(s):
        seg_start = max([s.rfind(d, 0, sm.start()) for d in (",", ";", "(", " when ", " while ")] + [0])
        seg = s[seg_start:sm.end()]
        if not _STATE_RE[rec].search(seg):
            continue
        lo = float(sm.group("lo").replace(",", "."))
        hi = float(sm.group("hi").replace(",", ".")) if sm.group("hi") else lo
        rng = RANGE_RE.search(s)
        if rng:
            ys = [int(g) for g in rng.groups() if g]
            period = [ys[0], ys[1]]
        else:
            y = _nearest_year(s, sm.start(), sm.end())
            if y is None:
                continue
            period = [y, y]
        more = re.search(r"(more than|over|at least)\s*$", s[max(0, sm.start() - 15):sm.start()], re.I)
        exp = [lo, 100.0] if more else [lo, hi]
        out.append(dict(indicator="share_of_supplier_exports", dyad=[sup, rec], test="share", period=period,
                        expected=exp, tolerance=5 if _approx(s) else 0, unit="percent",
                        text=f"{rec}'s share of {sup}'s arms exports {period[0]}–{period[1]}: "
                             f"{sm.group(0).strip()}"))
    t = TREND_RE.search(s)
    piv = re.search(rf"\b(?:after|since)\s+(?:the\s+)?{YEAR}", s, re.I)
    if t and piv and not m:
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
    cmp_ = re.search(r"\b(exceed\w*|surpass\w*|more than|greater than|larger than)\s+(?:that of\s+|those (?:to|of)\s+)?"
                     r"([A-Z][\w ]+)", s)
    if cmp_ and years:
        others = [k for k in _states(cmp_.group(2)) if k not in (sup, rec)]
        if others:
            y = _nearest_year(s, cmp_.start(), cmp_.end())
            rel = "greater"
            out.append(dict(indicator="deliveries_tiv", dyad=[sup, rec], test="comparison", period=[y, y],
                            expected=None, tolerance=0, unit=None, params={"other": [sup, others[0]], "relation": rel},
                            text=f"{sup}→{rec} arms deliveries in {y} exceeded {sup}→{others[0]}"))
    combined = re.search(r"more\b.{0,60}\bfrom\s+(?:" + STATE_PATTERNS[sup] + r")\s+than from all other", s)
    if combined:
        since = re.search(rf"\b(?:since|in)\s+{YEAR}", s)
        y0 = int(since.group(1)) if since else (min(years) if years else ctx.doc_year - 10)
        out.append(dict(indicator="import_dependence", dyad=[sup, rec], test="share", period=[y0, ctx.doc_year],
                        expected=[50, 100], tolerance=0, unit="percent", params={"aggregate": "mean"},
                        text=f"{rec} bought more arms from {sup} than from all others combined since {y0}"))
    return out


def _domain(text: str) -> str | None:
    if re.search(r"\bair[- ]?forces?\b|\bair defen[cs]e\b|\baerial\b|\bair units?\b", text, re.I):
        return "air"
    if re.search(r"\bnav(?:y|ies|al)\b|\bmaritime\b", text, re.I):
        return "sea"
    if re.search(r"\bground forces\b|\barm(?:y|ies)\b|\bland forces\b", text, re.I):
        return "land"
    return None


_NEUTRAL = {"joint", "military", "bilateral", "large", "major", "big", *NUMBER_WORDS}
_QUALIFIER_DOMAIN = {"naval": "sea", "maritime": "sea", "sea": "sea", "air": "air", "aerospace": "aerospace",
                     "land": "land", "ground": "land", "army": "land", "tri-service": "combined",
                     "combined": "combined"}


def _exercise_claims(s: str, ctx: _Ctx) -> list[dict[str, Any]]:
    if not EXERCISE_RE.search(s):
        return []
    a, b = ctx.pair
    out: list[dict[str, Any]] = []
    since = re.search(rf"\bsince\s+(?:the\s+)?{YEAR}", s + " " + ctx.prev, re.I)
    for name, p0, p1 in _places(s):
        y = _nearest_year(s, p0, p1)
        period = [y, y] if y else [int(since.group(1)) if since else ctx.ex_start, ctx.doc_year]
        out.append(dict(indicator="exercises", dyad=[a, b], test="extent", period=period, expected=None,
                        tolerance=0, unit=None, params={"place": name},
                        text=f"joint exercise in the {name} in {period[0]}" if y else
                             f"joint exercises reached the {name} by {period[1]}"))
    firsts: list[tuple[int, str | None]] = []
    for m in re.finditer(r"\bfirst\b((?:\s+[\w-]+){0,3}?)\s+(?:exercises?|drills?)\b", s, re.I):
        after = _years(s[m.end():m.end() + 40])
        y = min(after) if after else _nearest_year(s[:m.start()], m.start())
        quals = [w for w in m.group(1).lower().split() if w not in _NEUTRAL]
        dom = _QUALIFIER_DOMAIN.get(quals[0]) if len(quals) == 1 else None
        if y and (not quals or dom):
            firsts.append((y, dom))
    for m in re.finditer(r"\bfor the first time\b", s, re.I):
        before = list(YEAR_RE.finditer(s[:m.start()]))
        if before:
            last = before[-1]
            firsts.append((int(last.group(1)), _domain(s[last.end():m.start()])))
    m = re.search(rf"\bsince\s+(?:the\s+)?{YEAR}\b", s, re.I)
    if m and not firsts and re.search(r"\b(held|engaged|conducted|carried out|staged)\b", s, re.I):
        firsts.append((int(m.group(1)), None))
    for y, dom in dict.fromkeys(firsts):
        params = {"domain": dom} if dom else {}
        out.append(dict(indicator="exercises_per_year", dyad=[a, b], test="first", period=[y - 5, ctx.doc_year],
                        expected=y, tolerance=0, unit="year", params=params,
                        text=f"first joint {dom + ' ' if dom else ''}exercise in {y}"))
    cm = re.search(r"\b(?P<n>" + "|".join(NUMBER_WORDS) + r"|\d{1,2})\s+(?:joint\s+)?(?:[\w-]+\s+)?"
                   r"(?:exercises|drills|performances)\b", s, re.I)
    ys = _years(s)
    if cm and len(set(ys)) == 1 and not re.search(r"\bfirst\b", s[max(0, cm.start() - 10):cm.start()], re.I):
        n = cm.group("n").lower()
        k = NUMBER_WORDS.get(n) or int(n)
        out.append(dict(indicator="exercises_per_year", dyad=[a, b], test="count", period=[ys[0], ys[0]],
                        expected=k, tolerance=0, unit="exercises", text=f"{k} joint exercises in {ys[0]}"))
    return out


def _veto_claims(s: str, ctx: _Ctx) -> list[dict[str, Any]]:
    if not VETO_RE.search(s):
        return []
    a, b = ctx.pair
    double = bool(re.search(r"double[- ]veto", s, re.I)) or "both" in s.lower()
    ind = "double_vetoes" if double else "vetoes_per_year"
    out: list[dict[str, Any]] = []
    rng = RANGE_RE.search(s) or RANGE_RE.search(ctx.prev)
    if re.search(r"more (?:often|frequently) than (?:before|previously|in the past)", s, re.I) and rng:
        y0, y1 = (int(g) for g in rng.groups() if g)
        n = y1 - y0 + 1
        out.append(dict(indicator=ind, dyad=[a, b], test="count", period=[y0, y1], expected=None, tolerance=0,
                        unit="vetoes", params={"compare_to": [max(1946, y0 - n), y0 - 1], "relation": "greater"},
                        text=f"{'double ' if double else ''}vetoes more often in {y0}–{y1} than before"))
    m = re.search(r"\b(?P<n>" + "|".join(NUMBER_WORDS) + r"|\d{1,3})\s+(?:double[- ])?vetoes\b|vetoed\s+"
                  r"(?:[\w ]+?\s+)?(?P<n2>" + "|".join(NUMBER_WORDS) + r"|\d{1,3})\s+(?:draft\s+)?"
                  r"(?:resolutions|times)", s, re.I)
    if m:
        n = (m.group("n") or m.group("n2")).lower()
        k = NUMBER_WORDS.get(n) or int(n)
        rng2 = RANGE_RE.search(s)
        since = re.search(rf"\bsince\s+{YEAR}", s)
        period = ([int(g) for g in rng2.groups() if g][:2] if rng2 else
                  [int(since.group(1)), ctx.doc_year] if since else None)
        if period:
            out.append(dict(indicator=ind, dyad=[a, b], test="count", period=period, expected=k, tolerance=0,
                            unit="vetoes", text=f"{k} {'double ' if double else ''}vetoes in "
                                                f"{period[0]}–{period[1]}"))
    fm = re.search(rf"\bfirst\b.{{0,30}}\bveto\w*.{{0,40}}?{YEAR}", s, re.I)
    if fm:
        y = int(fm.group(1))
        out.append(dict(indicator=ind, dyad=[a, b], test="first", period=[1946 if double else y - 10, ctx.doc_year],
                        expected=y, tolerance=0, unit="year", text=f"first {'double ' if double else ''}veto in {y}"))
    return out


def _asymmetry_claims(s: str, ctx: _Ctx) -> list[dict[str, Any]]:
    m = ASYM_RE.search(s)
    if not m:
        return []
    word = m.group(1).lower()
    ind = ("gdp_ratio" if word.startswith(("econ", "gdp")) else
           "cinc_ratio" if word.startswith(("power", "capab")) else "milex_ratio")
    a, b = ctx.pair
    out: list[dict[str, Any]] = []
    times = re.search(r"\b(?P<n>\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")\s+times\b", s, re.I)
    ys = _years(s)
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
        y = _nearest_year(s, times.start(), times.end())
        out.append(dict(indicator=ind, dyad=[big, small], test="value", period=[y, y], expected=k,
                        tolerance=round(k * (0.15 if _approx(s) else 0.05), 3), unit="ratio",
                        text=f"{big}/{small} {ind.removesuffix('_ratio')} ratio in {y}: {k:g}"))
    elif re.search(r"\b(bigger|larger|greater|stronger|more powerful|richer)\b[^.]{0,60}\bthan\b", s, re.I):
        y = ys[-1] if ys else ctx.doc_year
        out.append(dict(indicator=ind, dyad=[big, small], test="comparison", period=[y, y], expected=None,
                        tolerance=0, unit=None, params={"other": [small, big], "relation": "greater"},
                        text=f"{big} {ind.removesuffix('_ratio')} larger than {small}'s in {y} "
                             f"(ratio {big}/{small} above {small}/{big})"))
    return out


RECOGNISERS = (_arms_claims, _exercise_claims, _veto_claims, _asymmetry_claims)


def detect_pair(text: str) -> tuple[str, str]:
    """The two states a brief is about: the two it names most often."""
    counts = Counter({k: len(rx.findall(text)) for k, rx in _STATE_RE.items()})
    top = [k for k, n in counts.most_common(2) if n > 0]
    if len(top) < 2:
        top = (top + [k for k in ("CHN", "RUS") if k not in top])[:2]
    return top[0], top[1]


def document_year(text: str) -> int:
    """The latest year the brief can speak of: the newest year its references cite, else its newest year."""
    refs = [ln for ln in text.splitlines() if _FOOTNOTE_START.match(ln) or "Accessed" in ln or "http" in ln]
    ys = [y for ln in refs for y in _years(ln.replace("/", " "))]
    ys += [int(y) for ln in refs for y in re.findall(r"\.(20[0-4]\d)\b", ln)]
    if ys:
        return max(ys)
    all_ys = _years(text)
    return max(all_ys) if all_ys else 2020


def extract(text: str, *, pair: tuple[str, str] | None = None, source: str | None = None,
            year: int | None = None) -> list[Candidate]:
    """Candidate claims in a brief's text, in reading order.

    ``pair`` (ISO3 codes) defaults to the two states the text names most; ``year`` (the last year the
    brief can speak of) to :func:`document_year`; ``source`` is the dossier key of the brief, written
    into each claim's ``said_in`` so that checking leaves the brief's own records out.
    """
    paras = clean_text(text)
    prose = "\n".join(paras)
    pair = tuple(pair) if pair else detect_pair(prose)  # type: ignore[assignment]
    doc_year = year or document_year(text)
    sents = [(pi, si, s) for pi, p in enumerate(paras, start=1) for si, s in enumerate(sentences(p), start=1)]
    ex_years = [y for _, _, s in sents if EXERCISE_RE.search(s) for y in _years(s) if y <= doc_year]
    ctx = _Ctx(pair=pair, doc_year=doc_year, ex_start=min(ex_years) if ex_years else doc_year - 10)  # type: ignore[arg-type]
    out: list[Candidate] = []
    prev_par, prev = 0, ""
    for pi, si, s in sents:
        ctx.prev = prev if pi == prev_par else ""
        prev_par, prev = pi, s
        kinds = _kinds(s)
        signal = [k for k in kinds if k != "first" or _years(s)]
        has_state = bool(_states(s)) or re.search(r"\b(two countries|both|bilateral|joint)\b", s, re.I)
        if not signal:
            continue
        if set(signal) <= {"comparison", "trend", "count"} and not has_state:
            continue
        claims: list[dict[str, Any]] = []
        for rec in RECOGNISERS:
            claims += rec(s, ctx)
        years = sorted(set(_years(s)))
        amounts = [m.group(0).strip() for m in MONEY_RE.finditer(s)] + [m.group(0).strip()
                                                                          for m in SHARE_RE.finditer(s)]
        base_kind = next((k for k in ("peak", "trough", "share", "value", "comparison", "trend", "first", "extent",
                                      "count", "date") if k in kinds), kinds[0])
        for cl in claims or [None]:
            n = len(out) + 1
            cid = f"{source or 'brief'}-c{n}"
            if cl is not None:
                cl = {"id": cid, "text": cl.pop("text"), "passage": s,
                      "said_in": {"source": source or "brief", "locator": f"paragraph {pi}, sentence {si}"},
                      **cl}
                cl.setdefault("params", {})
            out.append(Candidate(id=cid, passage=s, kind=cl["test"] if cl else base_kind, kinds=kinds,
                                 years=years, amounts=amounts, states=_states(s), paragraph=pi, sentence=si,
                                 claim=cl))
    return out
