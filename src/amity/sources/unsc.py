"""UN Security Council vetoes: a curated list, one row per vetoed draft resolution.

The list that ships with amity (``amity/dossier/data/unsc_vetoes.csv``) covers every draft vetoed
from 1 January 1991 to 31 December 2024 by any permanent member, taken from the UN Dag Hammarskjöld
Library's veto list (https://research.un.org/en/docs/sc/quick/veto). A user can import an updated
list in the same layout with ``amity data import unsc-vetoes FILE``; the newest vintage (the date of
the last veto in the file) is then used.

Layout (UTF-8 CSV, header row)::

    date,draft,meeting_record,agenda_item,vetoed_by,source,locator

``date`` ``YYYY-MM-DD``; ``draft`` the draft's symbol (``S/2011/612``, before 1994 ``S/25693``);
``meeting_record`` ``S/PV.nnnn`` (empty where the Council voted by written procedure, 2020); ``vetoed_by``
ISO3 codes of the vetoing permanent members, ``;``-separated (``CHN;RUS`` is a double veto);
``source`` a short key of the list the row comes from; ``locator`` the document that records the vote.
Russia continues the Soviet Union's seat (``RUS``).
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
PERMANENT = {"CHN", "FRA", "GBR", "RUS", "USA"}
DRAFT_RE = re.compile(r"^S/(\d{4}/\d{1,4}|\d{1,5})(/Rev\.\d+)?$")
PV_RE = re.compile(r"^S/PV\.\d{1,5}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

#: years the embedded list covers completely (a year inside with no veto counts 0)
EMBEDDED_COVERAGE = (1991, 2024)
EMBEDDED_SOURCE = "un-dhl-veto-list"
CITATION = ("United Nations Dag Hammarskjöld Library, Security Council - Quick Links - Veto List, "
            "https://research.un.org/en/docs/sc/quick/veto; draft and meeting-record symbols as listed there")


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
    df = df[COLUMNS].apply(lambda s: s.str.strip())
    seen: dict[str, int] = {}
    for i, row in enumerate(df.itertuples(index=False)):
        line = i + 2
        if not DATE_RE.match(row.date) or pd.isna(pd.to_datetime(row.date, errors="coerce")):
            raise InputError(file, line, "date", f"expected a date YYYY-MM-DD, got {row.date!r}")
        if not DRAFT_RE.match(row.draft):
            raise InputError(file, line, "draft", f"expected a draft symbol like S/2011/612, got {row.draft!r}")
        if row.meeting_record and not PV_RE.match(row.meeting_record):
            raise InputError(file, line, "meeting_record",
                             f"expected a meeting record like S/PV.6627 (or empty), got {row.meeting_record!r}")
        members = [m for m in row.vetoed_by.split(";") if m.strip()]
        bad = [m for m in members if m.strip() not in PERMANENT]
        if not members or bad:
            raise InputError(file, line, "vetoed_by",
                             f"expected ';'-separated ISO3 codes of permanent members "
                             f"({', '.join(sorted(PERMANENT))}), got {row.vetoed_by!r}")
        for col in ("agenda_item", "source", "locator"):
            if not getattr(row, col):
                raise InputError(file, line, col, "expected a value (every veto cites its source and locator)")
        if row.draft in seen:
            raise InputError(file, line, "draft", f"duplicate draft {row.draft} (also on line {seen[row.draft]})")
        seen[row.draft] = line
    df["vetoed_by"] = df["vetoed_by"].map(lambda v: ";".join(sorted({m.strip() for m in v.split(";") if m.strip()})))
    df["meeting_record"] = df["meeting_record"].replace("", pd.NA)
    df.insert(1, "year", df["date"].str[:4].astype("int64"))
    return df.sort_values(["date", "draft"]).reset_index(drop=True)


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
    """The veto list that ships with amity (a copy), with ``year``; coverage :data:`EMBEDDED_COVERAGE`."""
    return _embedded()[0].copy()
