"""World Bank World Development Indicators, in the CSV layout of the World Bank's download
(``API_NY.GDP.MKTP.KD_DS2_en_csv_v2_*.csv``, or the ``.zip`` it comes in).

Layout: four preamble lines (``"Data Source","World Development Indicators",`` / blank /
``"Last Updated Date","2024-06-28",`` / blank), then the header ``"Country Name","Country Code",
"Indicator Name","Indicator Code","1960",...`` and one row per economy and indicator; every line ends
with a comma (an empty last column). An empty cell is missing (NA, never 0).

Rows map to states by ``Country Code`` (ISO3) only. Regional and income aggregates ("World",
"East Asia & Pacific", ...) and territories that are not states are listed in ``wdi_skipped``
(line, code, name, reason), never dropped silently. Table ``wdi``: ``iso3, cow, year, indicator,
indicator_name, value``. Units are in the indicator's name (``NY.GDP.MKTP.KD``: GDP, constant 2015 US$).
The vintage is the "Last Updated Date".
"""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from pathlib import Path

import pandas as pd

from amity.errors import InputError
from amity.sources._validate import check_fields, decode, guard, zip_member
from amity.states import all_states
from amity.store import SourceMeta, sha256_file

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?", re.ASCII)
HEADER = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]
CITATION = "World Bank, World Development Indicators, https://databank.worldbank.org/source/world-development-indicators"


def _iso3_index() -> dict[str, int]:
    idx: dict[str, int] = {}
    for s in sorted(all_states(), key=lambda s: (s.end_year is not None, s.cow)):
        if s.iso3:
            idx.setdefault(s.iso3, s.cow)
    return idx


def _text(path: Path) -> tuple[str, str]:
    """The CSV text and the name to report (the member of a zip). A damaged or truncated zip (an
    interrupted download), a zip bomb or a binary file is a one-line error."""
    if zipfile.is_zipfile(path) or _head(path) == b"PK":
        name, raw = zip_member(path, r"^API_.*\.csv$|\.csv$")
        label = f"{path.name}:{name}"
    else:
        raw = path.read_bytes()
        label = path.name
    return decode(raw, label), label


def _head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(2)


def _rows(text: str, label: str) -> list[list[str]]:
    with guard(label, "a WDI CSV file"):
        lines = list(csv.reader(io.StringIO(text)))
    check_fields(lines, label)
    return lines


def read(path: str | Path) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Read a WDI CSV (or its zip) into the ``wdi`` and ``wdi_skipped`` tables."""
    path = Path(path)
    text, label = _text(path)
    lines = _rows(text, label)
    header_i = next((i for i, r in enumerate(lines[:20]) if r[:4] == HEADER), None)
    if header_i is None:
        raise InputError(label, None, "Country Name",
                         "expected the WDI header \"Country Name\",\"Country Code\",\"Indicator Name\","
                         "\"Indicator Code\",<years> within the first lines")
    updated = ""
    for r in lines[:header_i]:
        if len(r) >= 2 and r[0].strip() == "Last Updated Date":
            updated = r[1].strip()
    header = lines[header_i]
    ycols: list[tuple[int, int]] = []
    for j, h in enumerate(header[4:], start=4):
        h = h.strip()
        if h == "":
            continue
        if not re.fullmatch(r"\d{4}", h):
            raise InputError(label, header_i + 1, h, "expected a year column (e.g. 1960)")
        ycols.append((j, int(h)))
    iso = _iso3_index()
    recs: dict[str, list[object]] = {k: [] for k in ("iso3", "cow", "year", "indicator", "indicator_name",
                                                     "value")}
    skipped: list[dict[str, object]] = []
    seen: dict[tuple[str, str], int] = {}
    for i in range(header_i + 1, len(lines)):
        r = lines[i]
        if not r or all(c.strip() == "" for c in r):
            continue
        if len(r) < 4:
            raise InputError(label, i + 1, "Country Code", "expected at least the four WDI id columns")
        name, code, ind_name, ind_code = (c.strip() for c in r[:4])
        if (code, ind_code) in seen:
            raise InputError(label, i + 1, "Country Code", f"expected one row per economy and indicator; {code} "
                             f"{ind_code} is also on line {seen[(code, ind_code)]}")
        seen[(code, ind_code)] = i + 1
        cow = iso.get(code)
        if cow is None:
            skipped.append({"line": i + 1, "code": code, "name": name,
                            "reason": "aggregate or territory, not in the state table"})
            continue
        for j, year in ycols:
            cell = r[j].strip() if j < len(r) else ""
            if cell == "":
                val = None
            else:
                val = float(cell) if _NUMBER.fullmatch(cell) else None
                if val is None or not math.isfinite(val):
                    raise InputError(label, i + 1, str(year), f"expected a finite number or empty, got {cell[:40]!r}")
            recs["iso3"].append(code)
            recs["cow"].append(cow)
            recs["year"].append(year)
            recs["indicator"].append(ind_code)
            recs["indicator_name"].append(ind_name)
            recs["value"].append(val)
    out = pd.DataFrame(recs)
    out["cow"] = out["cow"].astype("int64")
    out["year"] = out["year"].astype("int64")
    out["value"] = out["value"].astype("Float64")
    if out.empty:
        raise InputError(label, header_i + 2, "Country Code", "expected rows for at least one state")
    inds = sorted(out["indicator"].unique())
    lo, hi = (min(y for _, y in ycols), max(y for _, y in ycols)) if ycols else (0, 0)
    vintage = updated or f"data to {hi}"
    meta = SourceMeta(
        kind="wdi", vintage=vintage, title=f"World Development Indicators: {', '.join(inds)} ({lo}–{hi})",
        citation=f"{CITATION} (last updated {vintage}; {', '.join(inds)})", licence="CC BY 4.0",
        file_name=path.name, sha256=sha256_file(path), scope=",".join(inds),
        url="https://data.worldbank.org/indicator/" + inds[0],
    )
    skipped_df = pd.DataFrame(skipped, columns=["line", "code", "name", "reason"]).astype(
        {"line": "int64", "code": "string", "name": "string", "reason": "string"})
    return {"wdi": out, "wdi_skipped": skipped_df}, meta
