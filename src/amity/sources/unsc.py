"""UN Security Council vetoes: a curated list, one row per vetoed draft resolution.

The list that ships with amity (``amity/dossier/data/unsc_vetoes.csv``) covers every draft vetoed
from 1 January 1991 to 31 December 2024 by any permanent member, taken from the UN Dag Hammarskjöld
Library's veto list (https://research.un.org/en/docs/sc/quick/veto). It also lists vetoes cast from
1946 to 1990, each attested by a source read for it (a UN page, a government paper, a contemporary
newspaper) with a short verbatim quote; that stretch is *not* complete, so it is listed
(:data:`LISTED_FROM`) but not counted: per-year counts stay NA before :data:`EMBEDDED_COVERAGE`.
A user can import an updated list in the same layout with ``amity data import unsc-vetoes FILE``; the
newest vintage (the date of the last veto in the file) is then used, taken as complete over its years.

Layout (UTF-8 CSV, header row)::

    date,draft,meeting_record,agenda_item,vetoed_by,source,locator[,listed_as,quote]

``date`` ``YYYY-MM-DD`` (``YYYY-MM`` or ``YYYY`` where the source gives no more); ``draft`` the draft's
symbol (``S/2011/612``, before 1994 ``S/25693``; empty where the source gives none, as for many early
drafts and membership votes); ``meeting_record`` ``S/PV.nnnn`` (empty where the Council voted by written
procedure, 2020, or the source gives none); ``vetoed_by`` codes of the vetoing permanent members,
``;``-separated (``CHN;RUS`` is a double veto); ``source`` a short key of the list the row comes from;
``locator`` where in it. Optional: ``listed_as`` the vetoing member(s) as the source names them
(``USSR``, ``Republic of China``), ``quote`` a verbatim quote of at most 30 words attesting the row.

Seats: Russia continues the Soviet Union's seat, so a Soviet veto is ``RUS`` with ``listed_as`` keeping
"USSR" visible. The China seat was held by the Republic of China until 1971: its veto (1955) is ``TWN``
(the state table's code for the Republic of China, COW 713), never ``CHN`` (the People's Republic);
the loader refuses ``TWN`` after 1971 and ``CHN`` before it.
"""

from __future__ import annotations

import functools
import hashlib
import re
from importlib import resources
from io import StringIO
from pathlib import Path

import pandas as pd

from amity.errors import InputError
from amity.store import SourceMeta

COLUMNS = ["date", "draft", "meeting_record", "agenda_item", "vetoed_by", "source", "locator"]
#: optional columns (empty when absent): the member(s) as the source names them, a verbatim quote
OPTIONAL = ["listed_as", "quote"]
PERMANENT = {"CHN", "FRA", "GBR", "RUS", "USA"}
#: the China seat: the Republic of China (state table code TWN) to 1971, the People's Republic from 1971
ROC, CHINA_SEAT_CHANGE = "TWN", 1971
SEATS = PERMANENT | {ROC}
DRAFT_RE = re.compile(r"^S/(\d{4}/\d{1,4}|\d{1,5})(/Rev\.\d+)?$")
PV_RE = re.compile(r"^S/PV\.\d{1,5}$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QUOTE_WORDS = 30

#: years the embedded list covers completely (a year inside with no veto counts 0)
EMBEDDED_COVERAGE = (1991, 2024)
#: first year of the embedded list's listing: rows before EMBEDDED_COVERAGE are listed, not counted
LISTED_FROM = 1946
EMBEDDED_SOURCE = "un-dhl-veto-list"
CITATION = ("United Nations Dag Hammarskjöld Library, Security Council - Quick Links - Veto List, "
            "https://research.un.org/en/docs/sc/quick/veto; draft and meeting-record symbols as listed there "
            "(1991-2024); rows before 1991 cite their own source, locator and quote")


def _valid_date(text: str) -> bool:
    if not DATE_RE.match(text):
        return False
    full = text + "-01" * (2 - text.count("-"))
    return not pd.isna(pd.to_datetime(full, format="%Y-%m-%d", errors="coerce"))


def _seat_problem(members: list[str], year: int) -> str | None:
    bad = [m for m in members if m not in SEATS]
    if not members or bad:
        return (f"expected ';'-separated codes of permanent members "
                f"({', '.join(sorted(SEATS))}), got {';'.join(members)!r}")
    if ROC in members and year > CHINA_SEAT_CHANGE:
        return f"{ROC} (Republic of China) held the China seat only to {CHINA_SEAT_CHANGE}; got it in {year}"
    if "CHN" in members and year < CHINA_SEAT_CHANGE:
        return (f"CHN (People's Republic of China) held the China seat only from {CHINA_SEAT_CHANGE}; "
                f"a {year} veto of the China seat is {ROC} (Republic of China)")
    return None


def parse(text: str, file: str) -> pd.DataFrame:
    """Validate a veto list given as CSV text; return it with ``year`` (int) added.

    Raises :class:`InputError` naming the file, line and field of the first problem.
    """
    try:
        df = pd.read_csv(StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(file, None, None, f"expected a CSV veto list ({exc})") from exc
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise InputError(file, 1, missing[0],
                         f"expected the veto-list header {','.join(COLUMNS)}; missing {', '.join(missing)}")
    for col in OPTIONAL:
        if col not in df.columns:
            df[col] = ""
    df = df[COLUMNS + OPTIONAL].fillna("").apply(lambda s: s.str.strip())
    seen: dict[tuple[str, ...], int] = {}
    for i, row in enumerate(df.itertuples(index=False)):
        line = i + 2
        if not _valid_date(row.date):
            raise InputError(file, line, "date", f"expected a date YYYY-MM-DD (or YYYY-MM, YYYY), got {row.date!r}")
        if row.draft and not DRAFT_RE.match(row.draft):
            raise InputError(file, line, "draft", f"expected a draft symbol like S/2011/612, got {row.draft!r}")
        if row.meeting_record and not PV_RE.match(row.meeting_record):
            raise InputError(file, line, "meeting_record",
                             f"expected a meeting record like S/PV.6627 (or empty), got {row.meeting_record!r}")
        members = [m.strip() for m in row.vetoed_by.split(";") if m.strip()]
        problem = _seat_problem(members, int(row.date[:4]))
        if problem:
            raise InputError(file, line, "vetoed_by", problem)
        for col in ("agenda_item", "source", "locator"):
            if not getattr(row, col):
                raise InputError(file, line, col, "expected a value (every veto cites its source and locator)")
        if not row.draft and int(row.date[:4]) >= 1994:
            raise InputError(file, line, "draft", "expected a draft symbol (every draft since 1994 has one)")
        if len(row.quote.split()) > QUOTE_WORDS:
            raise InputError(file, line, "quote", f"expected at most {QUOTE_WORDS} words, got {len(row.quote.split())}")
        key = (row.draft,) if row.draft else (row.date, row.meeting_record, row.agenda_item)
        if key in seen:
            what = f"draft {row.draft}" if row.draft else f"veto ({row.date}, {row.agenda_item})"
            raise InputError(file, line, "draft", f"duplicate {what} (also on line {seen[key]})")
        seen[key] = line
    df["vetoed_by"] = df["vetoed_by"].map(lambda v: ";".join(sorted({m.strip() for m in v.split(";") if m.strip()})))
    for col in ["draft", "meeting_record", *OPTIONAL]:
        df[col] = df[col].replace("", pd.NA)
    df.insert(1, "year", df["date"].str[:4].astype("int64"))
    return df.sort_values(["date", "draft"], na_position="first").reset_index(drop=True)


def _meta(df: pd.DataFrame, file_name: str, digest: str) -> SourceMeta:
    vintage = str(df["date"].max()) if not df.empty else "empty"
    return SourceMeta(kind="unsc-vetoes", vintage=vintage, title="UN Security Council vetoes (curated list)",
                      citation=CITATION, licence="UN documents; list curated for amity",
                      file_name=file_name, sha256=digest, url="https://research.un.org/en/docs/sc/quick/veto")


def read(path: str | Path) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Read and validate a veto list in the layout above (importer entry point)."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), None, None, f"expected UTF-8 text ({exc})") from exc
    df = parse(text, str(path))
    return {"unsc_vetoes": df}, _meta(df, path.name, hashlib.sha256(raw).hexdigest())


@functools.cache
def _embedded() -> tuple[pd.DataFrame, str]:
    data = resources.files("amity.dossier").joinpath("data", "unsc_vetoes.csv").read_bytes()
    return parse(data.decode("utf-8"), "unsc_vetoes.csv"), hashlib.sha256(data).hexdigest()


def embedded() -> pd.DataFrame:
    """The veto list that ships with amity (a copy), with ``year``: complete over :data:`EMBEDDED_COVERAGE`,
    earlier rows (from :data:`LISTED_FROM`) listed but incomplete."""
    return _embedded()[0].copy()


def embedded_counted() -> pd.DataFrame:
    """The shipped rows inside :data:`EMBEDDED_COVERAGE` only: the ones counting indicators may count."""
    df = embedded()
    lo, hi = EMBEDDED_COVERAGE
    return df[df["year"].between(lo, hi)].reset_index(drop=True)
