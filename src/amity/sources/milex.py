"""SIPRI Military Expenditure Database, as SIPRI publishes it (``SIPRI-Milex-data-1948-2023.xlsx``).

Layout
------
One worksheet per measure. Each data sheet has a few notes rows, then a header row whose first
cell is ``Country`` (then ``Currency``/``Notes``/... and one column per year), then one row per
country grouped under region and subregion header rows (a name and no figures). Two markers stand
for missing figures, as the notes rows say:

* ``...`` (printed ". ." in the notes): "data unavailable" → ``status = "unavailable"``;
* ``xxx``: "country did not exist or was not independent during all or part of the year in
  question" → ``status = "not_independent"``.

Both are missing (NA), never 0. A figure of 0 is a real zero (Iceland has no armed forces).

Imported sheets → ``measure`` (``unit``):

* ``Constant (2022) US$`` → ``constant_usd`` (US$ m., constant prices and exchange rates of the
  base year named in the sheet title)
* ``Current US$`` → ``current_usd`` (US$ m., current prices)
* ``Share of GDP`` → ``share_gdp`` (fraction of GDP, 0.02 = 2 %)
* ``Per capita`` → ``per_capita`` (current US$ per person)
* ``Share of Govt. spending`` → ``share_govt`` (fraction of general government expenditure)

Names map to states with :func:`amity.states.lookup` plus SIPRI's own spellings below ("Congo, DR",
"Korea, South", "USSR" → Russia, COW 365). SIPRI's "Germany" series is the Federal Republic before
1990 (COW 260) and unified Germany from 1990 (COW 255). Rows that are not states (region headers,
"European Union") are never dropped silently: they are listed in the ``milex_skipped`` table with the
sheet, line and reason.

Fact tables: ``milex`` (country, cow, iso3, year, measure, value, status, notes, unit, sheet) and
``milex_skipped`` (sheet, line, name, reason).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from amity.errors import InputError, UnknownState
from amity.states import all_states, lookup
from amity.store import SourceMeta, sha256_file

SHEETS: dict[str, tuple[str, str]] = {
    "Constant": ("constant_usd", "US$ m., constant {base} prices and exchange rates"),
    "Current US$": ("current_usd", "US$ m., current prices and exchange rates"),
    "Share of GDP": ("share_gdp", "fraction of GDP"),
    "Per capita": ("per_capita", "current US$ per capita"),
    "Share of Govt. spending": ("share_govt", "fraction of general government expenditure"),
}
MARKERS = {"...": "unavailable", ". .": "unavailable", "xxx": "not_independent"}

#: SIPRI spellings the state table does not know, as COW codes
SIPRI_NAMES: dict[str, int] = {
    "Congo, DR": 490, "Congo, Republic": 484, "Gambia, The": 420, "Korea, North": 731,
    "Korea, South": 732, "Timor Leste": 860, "Serbia": 345, "Yemen, North": 678, "USSR": 365,
    "Yugoslavia": 345, "German DR": 265,
}
#: where a predecessor and its successor both have a figure for a year, the predecessor's is kept
PREDECESSORS = {"USSR", "Yugoslavia"}
#: names SIPRI lists with figures that are not states
NOT_STATES = {"European Union"}

TITLE = "SIPRI Military Expenditure Database"
CITATION = ("Stockholm International Peace Research Institute (SIPRI), SIPRI Military Expenditure "
            "Database, https://www.sipri.org/databases/milex")
LICENCE = ("SIPRI data may be used with acknowledgement; do not redistribute substantial parts of the "
           "database (SIPRI terms of use).")


def _cow_index() -> dict[int, object]:
    return {s.cow: s for s in all_states()}


def _state(name: str) -> int | None:
    if name in NOT_STATES:
        return None
    if name in SIPRI_NAMES:
        return SIPRI_NAMES[name]
    try:
        return lookup(name).cow
    except UnknownState:
        return None


def _sheet_kind(title: str) -> tuple[str, str] | None:
    for prefix, spec in SHEETS.items():
        if title.startswith(prefix):
            return spec
    return None


def read(path: str | Path) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Read a SIPRI milex workbook into the ``milex`` and ``milex_skipped`` tables.

    Raises :class:`InputError` (file, line, field, expected) for a file that is not the SIPRI layout
    or a cell that is neither a number nor one of SIPRI's markers.
    """
    import openpyxl

    path = Path(path)
    fname = path.name
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException, ...
        raise InputError(fname, None, None, f"expected a SIPRI milex .xlsx workbook ({exc})") from exc
    cows = _cow_index()
    frames: list[pd.DataFrame] = []
    skipped: list[dict[str, object]] = []
    last_year = 0
    base = "2022"
    try:
        for ws in wb.worksheets:
            spec = _sheet_kind(ws.title)
            if spec is None:
                continue
            measure, unit = spec
            if measure == "constant_usd":
                m = re.search(r"\((\d{4})\)", ws.title)
                base = m.group(1) if m else base
                unit = unit.format(base=base)
            rows = list(ws.iter_rows(values_only=True))
            header_i = next((i for i, r in enumerate(rows) if r and r[0] == "Country"), None)
            if header_i is None:
                raise InputError(fname, None, "Country",
                                 f"sheet {ws.title!r}: expected a header row starting with 'Country'")
            header = rows[header_i]
            ycols = [(j, int(v)) for j, v in enumerate(header)
                     if isinstance(v, int | float) and 1900 < float(v) < 2100]
            if not ycols:
                raise InputError(fname, header_i + 1, "year", f"sheet {ws.title!r}: expected year columns")
            notes_j = next((j for j, v in enumerate(header) if isinstance(v, str) and v.strip() == "Notes"), None)
            last_year = max(last_year, max(y for _, y in ycols))
            recs: dict[str, list[object]] = {k: [] for k in
                                             ("country", "cow", "year", "value", "status", "notes")}
            for i in range(header_i + 1, len(rows)):
                r = rows[i]
                if not r or r[0] is None or str(r[0]).strip() == "":
                    continue
                name = str(r[0]).strip()
                cells = [r[j] if j < len(r) else None for j, _ in ycols]
                if all(c is None or c == "" for c in cells):
                    skipped.append({"sheet": ws.title, "line": i + 1, "name": name,
                                    "reason": "region header or note row (no figures)"})
                    continue
                cow = _state(name)
                if cow is None:
                    why = ("aggregate, not a state" if name in NOT_STATES
                           else "name not in the state table")
                    skipped.append({"sheet": ws.title, "line": i + 1, "name": name, "reason": why})
                    continue
                note = r[notes_j] if notes_j is not None and notes_j < len(r) else None
                for (j, year), c in zip(ycols, cells, strict=True):
                    if isinstance(c, int | float) and not isinstance(c, bool) and math.isfinite(c) and abs(c) < 1e15:
                        val, status = float(c), "value"
                    elif c is None or (isinstance(c, str) and c.strip() == ""):
                        val, status = None, "blank"
                    elif isinstance(c, str) and c.strip() in MARKERS:
                        val, status = None, MARKERS[c.strip()]
                    else:
                        col = openpyxl.utils.get_column_letter(j + 1)
                        raise InputError(fname, i + 1, str(year),
                                         f"sheet {ws.title!r} cell {col}{i + 1}: expected a number, "
                                         f"'...' or 'xxx', got {c!r}")
                    if name == "Germany" and year < 1990:
                        c_year = 260  # SIPRI's Germany series is the FRG before unification
                    else:
                        c_year = cow
                    recs["country"].append(name)
                    recs["cow"].append(c_year)
                    recs["year"].append(year)
                    recs["value"].append(val)
                    recs["status"].append(status)
                    recs["notes"].append(str(note).strip() if note else None)
            df = pd.DataFrame(recs)
            df["measure"], df["unit"], df["sheet"] = measure, unit, ws.title
            frames.append(df)
    finally:
        wb.close()
    if not frames:
        raise InputError(fname, None, None,
                         "expected SIPRI milex sheets (e.g. 'Constant (2022) US$', 'Share of GDP')")
    out = pd.concat(frames, ignore_index=True)
    out["cow"] = out["cow"].astype("Int64")
    out["year"] = out["year"].astype("int64")
    out["value"] = out["value"].astype("Float64")
    out["iso3"] = out["cow"].map(lambda c: cows[int(c)].iso3 if int(c) in cows else None).astype("string")
    out = _resolve_successors(out)
    cols = ["country", "cow", "iso3", "year", "measure", "value", "status", "notes", "unit", "sheet"]
    skipped_df = pd.DataFrame(skipped, columns=["sheet", "line", "name", "reason"]).astype(
        {"sheet": "string", "line": "int64", "name": "string", "reason": "string"})
    meta = SourceMeta(
        kind="milex", vintage=str(last_year), title=f"{TITLE} (1948–{last_year}, constant {base} US$)",
        citation=f"{CITATION} (data to {last_year})", licence=LICENCE, file_name=fname,
        sha256=sha256_file(path), url="https://www.sipri.org/databases/milex",
    )
    return {"milex": out[cols].reset_index(drop=True), "milex_skipped": skipped_df}, meta


def _resolve_successors(df: pd.DataFrame) -> pd.DataFrame:
    """Two SIPRI rows can map to one state (USSR and Russia; Yugoslavia and Serbia). Keep, per
    state, measure and year, the row with a figure (a marker row only where no row has one). Where
    both have a figure (current US$ 1987–1990: USSR and Russia) the predecessor's, the state as it
    then was, is kept."""
    rank = df["status"].map({"value": 0, "unavailable": 1, "blank": 2, "not_independent": 3})
    pref = (~df["country"].isin(PREDECESSORS)).astype(int)
    df = df.assign(_rank=rank, _pref=pref).sort_values(
        ["cow", "measure", "year", "_rank", "_pref", "country"], kind="stable")
    dup = df.duplicated(["cow", "measure", "year"], keep="first")
    return df[~dup].drop(columns=["_rank", "_pref"])


def state_year(frame: pd.DataFrame, measure: str = "constant_usd") -> pd.DataFrame:
    """One measure as a (cow, year, value) table."""
    sub = frame[frame["measure"] == measure]
    return sub[["cow", "year", "value"]].reset_index(drop=True)
