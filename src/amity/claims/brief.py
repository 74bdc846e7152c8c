"""The text of a brief, and what the brief says of itself (issue 14: claims in briefs amity has never seen).

:func:`clean_text` undoes the damage of text extraction from a PDF or a web page: hyphenated line breaks
(``alli-\\nance``), footnotes and URL lines interleaved with the prose, page headers (``JANUARY 2018  7``), headings,
footnote markers (``Consultation.1 China``, ``[1]``), a sentence split by a column break. :func:`sentences` splits a
paragraph into sentences (abbreviations and decimals kept whole). :func:`brief_date` and :func:`brief_date_text` read
the brief's date from its metadata (front matter, a "Published" line, the title page), :func:`brief_title` its title,
:func:`document_year` the last year it speaks of where it gives no date, :func:`detect_pair` the two states it names
most. Nothing here reads a claim: the readers are in :mod:`amity.claims.extract`.
"""

from __future__ import annotations

import re
from collections import Counter

from amity.claims.lexicon import MONTHS, RE
from amity.claims.lexicon import STATE_RE as _STATE_RE

YEAR = r"(?<![\w./-])(1[89]\d\d|20[0-4]\d)(?![\w%]|\.\d)"
YEAR_RE = re.compile(YEAR)


def years_in(text: str) -> list[int]:
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
    if RE.match(r"^\s*\[\d{1,3}\]", block[0]):
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
        elif RE.search(r"[A-Za-z]-$", out) and line[:1].islower():
            out = out[:-1] + line
        elif RE.search(r"[A-Za-z0-9][-–]$", out):
            out = out + line  # a real hyphen or dash at the end of the line (US-\nChinese, 2017–\n2020)
        else:
            out = out + " " + line
        if RE.search(r"-[ \t]+$", raw):
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
            elif RE.search(r"[A-Za-z]-$", cur) and seg[:1].islower():
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
    p = RE.sub(r"\s*\[\d{1,3}\]", "", p)
    p = RE.sub(r"(?<=[A-Za-z)”\"’])\.\d{1,2}(?=\s|$)", ".", p)
    p = RE.sub(r"(?<=\b(?:19|20)\d\d)\.\d{1,2}(?=\s|$)", ".", p)
    p = RE.sub(r"(?<=[”\"])\d{1,2}(?=\s|$)", "", p)
    return RE.sub(r"\s{2,}", " ", p).strip()


_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "e.g", "i.e", "u.s", "u.k", "u.n", "jan",
           "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "ltd", "inc",
           "gen", "lt", "col", "adm", "fig", "p", "pp", "ed", "eds", "vol", "approx", "ca", "cf"}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences (not after abbreviations such as U.S., e.g., No. or initials)."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(paragraph):
        head = paragraph[start:m.start()].rstrip("\"”’)]")
        word = RE.search(r"([A-Za-z.]+)\.$", head)
        if word and (word.group(1).lower() in _ABBREV or RE.fullmatch(r"[A-Z]", word.group(1))):
            continue
        if RE.fullmatch(r"\s*\d{1,2}\.", paragraph[start:m.start()]):
            continue  # "1. United States – 42 percent": the number of a list's item, not a sentence
        out.append(paragraph[start:m.start() + len(m.group(0))].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


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
    ys = [y for ln in refs for y in years_in(ln.replace("/", " "))]
    ys += [int(y) for ln in refs for y in RE.findall(r"\.(20[0-4]\d)\b", ln)]
    if ys:
        return max(ys)
    all_ys = years_in(text)
    return max(all_ys) if all_ys else 2020


_DATE_LINE = re.compile(
    rf"^\s*(?:date|published|publication date|issued|dated|updated|first published)\s*[:=]?\s*(?:on\s+)?"
    rf"(?:\d{{1,2}}\s+)?(?:(?:{MONTHS})\s+)?(?:\d{{1,2}},?\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
_TITLE_DATE = re.compile(rf"^\s*(?:\d{{1,2}}\s+)?(?P<m>{MONTHS})\s+(?:\d{{1,2}},?\s+)?(?P<y>(?:19|20)\d\d)\s*$", re.I)


def brief_date(text: str) -> int | None:
    """The year the brief was published, from its metadata: a front-matter or "Published" line
    (``date: 2022-03-15``, ``Published 15 March 2022``), else a title-page line that is only a month and a
    year (``January 2018``) among the first 40 lines. ``None`` if it says none."""
    lines = text.replace("\r", "").split("\n")
    head = lines[:40]
    if head and head[0].strip() == "---":
        for ln in lines[1:60]:
            if ln.strip() == "---":
                break
            m = _DATE_LINE.match(ln)
            if m:
                return int(m.group("y"))
    for ln in head:
        m = _DATE_LINE.match(ln)
        if m:
            return int(m.group("y"))
    for ln in head:
        m = _TITLE_DATE.match(ln)
        if m:
            return int(m.group("y"))
    return None


_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_MONTH_NUM = {m.lower(): i for i, m in enumerate(MONTHS.split("|"), start=1)}


def brief_date_text(text: str) -> str | None:
    """The brief's date as precisely as its metadata gives it: ``2022-03-15``, ``2022-03`` or ``2022``."""
    year = brief_date(text)
    if year is None:
        return None
    for ln in text.replace("\r", "").split("\n")[:60]:
        if _DATE_LINE.match(ln) or _TITLE_DATE.match(ln):
            iso = _ISO_DATE.search(ln)
            if iso and int(iso.group(1)) == year:
                return iso.group(0)
            m = RE.search(rf"(?:(\d{{1,2}})\s+)?({MONTHS})\s+(?:(\d{{1,2}}),?\s+)?{year}", ln, re.I)
            if m:
                day = m.group(1) or m.group(3)
                mon = _MONTH_NUM[m.group(2).lower()]
                return f"{year}-{mon:02d}-{int(day):02d}" if day else f"{year}-{mon:02d}"
            break
    return str(year)


def brief_title(text: str) -> str | None:
    """The brief's title from its front matter (``title: ...``), else ``None``."""
    lines = text.replace("\r", "").split("\n")
    if lines and lines[0].strip() == "---":
        for ln in lines[1:60]:
            if ln.strip() == "---":
                break
            m = RE.match(r"^\s*title\s*:\s*(.+?)\s*$", ln, re.I)
            if m:
                return m.group(1).strip().strip("\"'")
    return None


def strip_front_matter(text: str) -> str:
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for i, ln in enumerate(lines[1:60], start=1):
            if ln.strip() == "---":
                return "\n".join(lines[i + 1:])
    return text
