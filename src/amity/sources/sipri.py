"""SIPRI Arms Transfers Database: trade registers and TIV tables, imported or fetched.

Layouts read (the layout is detected from the header line; the preamble above it is read for the
vintage, the year range and the supplier/recipient selection):

* **Trade register, portal CSV/TXT** (``Recipient,Supplier,Year of order, ,Number ordered, ,Weapon
  designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per
  unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons``), current and older portal exports:
  preamble lines, unnamed ``?`` columns (uncertainty of the column before them), estimates written as
  ``(24)`` or ``24?``, delivery years like ``2017; 2018; 2019``, comma, semicolon or tab delimited,
  UTF-8, UTF-16 (with BOM) or Latin-1/cp1252. A comment that breaks its line (an unquoted newline, as
  SIPRI's own exports contain) is joined back.
* **Machine layout** of the portal backend, short column names (``tidn, buyercod, sellercod, odat,
  onum, ldat, desig2, wcat, desc, nrdel, delyears, buyer, seller, status, tivunit, tivorder, tivdel``).
* **TIV tables** (``Recipient,1950,...,2024,1950-2024,...`` = imports by recipient; ``Exports by,...``
  = exports by supplier): the authoritative per-year totals per country. ``0`` means between 0 and 0.5
  million TIV (flag ``lt_half``); an empty cell means no deliveries (0). A year column that is empty for
  every party (the running year) is outside the coverage and not stored.

Fact tables written (every row carries ``source_id``):

``arms_deals``
    one row per deal, SIPRI names kept (``supplier``, ``recipient``), with ISO3/COW codes where the
    name is a state (``states.lookup``); non-state and unknown parties (``Hezbollah (Lebanon)*``,
    ``African Union**``, ``unknown supplier(s)``) keep NULL codes. Uncertainty flags
    ``*_estimate``; ``tiv_delivered_lt_half`` where SIPRI wrote ``0`` for deals with deliveries.
``arms_deliveries``
    deal x delivery year. ``tiv`` is the deal's delivered TIV divided evenly over its listed delivery
    years: the register gives only the deal total and the years, so an even split is the only
    derivation possible from it (SIPRI's TIV tables use its unpublished per-year figures and may differ
    year by year; totals over all years agree up to rounding).
``arms_tiv``
    party, role (``importer``/``exporter``), year, ``tiv`` (millions), ``lt_half``.
``arms_parties``
    every SIPRI name seen, its role, deal count, mapped ISO3/COW codes and ``party_type`` (``state``,
    ``non-state``, ``organisation``, ``unknown``, ``unmapped``): names that do not map are reported here.
``sipri_files``
    one row per file: layout, role, supplier/recipient selection, ``cover_from``/``cover_to``.

Coverage: a register covers its preamble's year range, else 1950 to the year before the vintage.

Fetching (:func:`fetch`) uses the backend of SIPRI's portal (https://armstransfers.sipri.org), as its
web page calls it (not a documented API): ``GET {base}/countries/getAllCountriesTrimmed`` (names ->
entity ids), ``POST {base}/trades/trade-register-csv/`` (JSON filters; answer ``{"bytes": base64 CSV}``)
and ``POST {base}/trades/import-export-csv-str/`` (answer ``{"result": CSV text}``, the TIV tables).
"""

from __future__ import annotations

import base64
import codecs
import csv
import difflib
import hashlib
import io
import json
import os
import re
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from amity.errors import AmityError, InputError, UnknownState
from amity.store import ImportResult, SourceMeta, Store, sha256_file

KIND = "sipri"
TITLE = "SIPRI Arms Transfers Database"
CITATION = ("SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, "
            "https://www.sipri.org/databases/armstransfers")
LICENCE = ("SIPRI terms of use: data may be used for research; reproduction limited to a small part of the "
           "database; not redistributed by amity")
BASE_URL = "https://atbackend.sipri.org/api/p"
FIRST_YEAR = 1950
TIV_UNIT = "SIPRI TIV (millions)"

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}

# canonical field -> accepted header spellings (lower case, spaces collapsed)
ALIASES: dict[str, tuple[str, ...]] = {
    "deal_id": ("tidn", "deal id", "trade id", "sipri deal id"),
    "recipient": ("recipient", "buyer", "recipient country", "importer"),
    "supplier": ("supplier", "seller", "supplier country", "exporter"),
    "recipient_code": ("buyercod", "buyer code"),
    "supplier_code": ("sellercod", "seller code"),
    "year_of_order": ("year of order", "year of order/licence", "order year", "odat", "ordered year"),
    "number_ordered": ("number ordered", "no. ordered", "no ordered", "ordered", "onum"),
    "weapon_designation": ("weapon designation", "designation", "desig2", "desig"),
    "weapon_description": ("weapon description", "description", "desc"),
    "weapon_category": ("wcat", "weapon category", "armament category", "category"),
    "number_delivered": ("number delivered", "no. delivered/produced", "no. delivered", "delivered", "nrdel"),
    "delivery_years": ("year(s) of delivery", "year(s) of deliveries", "years of delivery", "delivery years",
                       "delyears", "delivery year"),
    "last_delivery_year": ("ldat", "last delivery year"),
    "status": ("status", "new/second hand"),
    "comments": ("comments", "comment", "remarks"),
    "tiv_per_unit": ("sipri tiv per unit", "tiv per unit", "tivunit", "tiv deal unit"),
    "tiv_order": ("sipri tiv for total order", "tiv for total order", "tivorder", "tiv of order"),
    "tiv_delivered": ("sipri tiv of delivered weapons", "tiv of delivered weapons", "tivdel", "tiv delivered"),
}
_ALIAS_INDEX = {a: k for k, names in ALIASES.items() for a in names}
REQUIRED = ("recipient", "supplier", "year_of_order", "weapon_designation")
#: columns every register layout has; without them deliveries or deal sizes would be silently empty
REQUIRED_COLUMNS = ("recipient", "supplier", "year_of_order", "number_ordered", "weapon_description",
                    "delivery_years", "tiv_delivered", "status")
NUMERIC = ("year_of_order", "number_ordered", "number_delivered", "tiv_per_unit", "tiv_order", "tiv_delivered",
           "last_delivery_year")
TIV_ROLE = {"recipient": "importer", "imports by": "importer", "importer": "importer", "imports to": "importer",
            "exports by": "exporter", "supplier": "exporter", "exporter": "exporter", "exports from": "exporter"}

# weapon description -> SIPRI armament category (first match wins); used where the file has no category
CATEGORY_RULES: list[tuple[str, str]] = [
    (r"satellite", "Satellites"),
    (r"engine|turbofan|turbojet|turboprop|gas turbine|reactor", "Engines"),
    (r"radar|sonar|eo system|eo search|recce system|search system|signals intelligence system|"
     r"air refuel system|fire control|fire-control", "Sensors"),
    (r"sam system|air-defence system|ad system|anti-aircraft gun|abm system|coastal defence system",
     "Air defence systems"),
    (r"torpedo|naval gun|naval mine|anti-submarine (?:rocket|mortar)|naval multiple", "Naval weapons"),
    (r"missile|sam\b|\bsam/|guided (?:bomb|rocket|shell|glide)|loitering munition|one-way attack|\babm\b",
     "Missiles"),
    (r"aircraft|helicopter|\buav\b|airship|tanker$|\bheli\b", "Aircraft"),
    (r"ship|boat|submarine|frigate|corvette|destroyer|cruiser|minesweeper|minehunter|minelayer|craft|"
     r"tug|icebreaker|carrier", "Ships"),
    (r"tank|apc|armoured|infantry fighting|vehicle|ugv|turret|chassis|bridgelayer", "Armoured vehicles"),
    (r"gun|mortar|rocket launcher|howitzer|artillery", "Artillery"),
]


# --------------------------------------------------------------------------------------------------
# decoding and layout detection
# --------------------------------------------------------------------------------------------------
def decode(data: bytes, file: str) -> str:
    """Text of a SIPRI file: UTF-16 (BOM), UTF-8 (with or without BOM), else cp1252/Latin-1."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _norm(cell: str) -> str:
    return " ".join(cell.strip().strip('"').lower().split())


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", "\t", ";")}
    return max(counts, key=lambda d: counts[d])


def _is_year(cell: str) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d", cell.strip()))


def _detect(lines: list[str], file: str) -> tuple[str, int, str]:
    """(layout, header line index, delimiter); layout in register|machine|tiv."""
    first = next((ln for ln in lines if ln.strip()), "")
    if not first:
        raise InputError(file, None, None, "empty file: expected a SIPRI export")
    if first.lstrip().startswith("<") or "<html" in first.lower():
        raise InputError(file, 1, None, "expected a SIPRI CSV export, got an HTML page "
                                        "(an error page saved as a file?)")
    for i, line in enumerate(lines[:60]):
        if not line.strip():
            continue
        delim = _delimiter(line)
        cells = [_norm(c) for c in next(csv.reader([line], delimiter=delim))]
        fields = {_ALIAS_INDEX.get(c) for c in cells}
        if all(f in fields for f in REQUIRED):
            machine = "tidn" in cells or "buyercod" in cells or "desig2" in cells or "tivdel" in cells
            return ("machine" if machine else "register"), i, delim
        if cells and cells[0] in TIV_ROLE and sum(_is_year(c) for c in cells[1:]) >= 1:
            return "tiv", i, delim
    raise InputError(file, None, "header",
                     "expected a SIPRI trade register (Recipient, Supplier, Year of order, ...), the machine "
                     "layout (tidn, buyer, seller, odat, ...) or a TIV table (Recipient|Exports by, 1950, ...)")


def _vintage(preamble: list[str], file: str) -> str | None:
    for line in preamble:
        m = re.search(r"(?:Data|Information) generated:?\s*(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})", line)
        if m:
            month = MONTHS.get(m.group(2)[:3].lower())
            if month is None:
                raise InputError(file, preamble.index(line) + 1, "Data generated", f"bad month {m.group(2)!r}")
            return date(int(m.group(3)), month, int(m.group(1))).isoformat()
        m = re.search(r"(?:Data|Information) generated:?\s*(\d{4})-(\d\d)-(\d\d)", line)
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return None


def _selection(preamble: list[str]) -> tuple[str | None, str | None, int | None, int | None]:
    """(supplier filter, recipient filter, year from, year to) from the register's title lines."""
    sup = rec = None
    lo = hi = None
    text = " ".join(preamble)
    m = re.search(r"\bfrom (.+?)\s+to (.+?)\s*\.", text)
    if m:
        sup = None if "all countries" in m.group(1).lower() else m.group(1).strip()
        rec = None if "all countries" in m.group(2).lower() else m.group(2).strip()
    m = re.search(r"year range '?(\d{4})'? to '?(\d{4})'?", text)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
    return sup, rec, lo, hi


# --------------------------------------------------------------------------------------------------
# parsing
# --------------------------------------------------------------------------------------------------
def _rows(lines: list[str], start: int, delim: str, ncols: int, file: str, header_name: list[str]
          ) -> tuple[list[list[str]], list[int]]:
    """Data rows after the header with their 1-based line numbers; broken comment lines joined back."""
    body = "\n".join(lines[start + 1:])
    reader = csv.reader(io.StringIO(body), delimiter=delim)
    rows: list[list[str]] = []
    nums: list[int] = []
    pending: list[str] | None = None
    pending_line = 0
    prev_end = 0
    for row in reader:
        line_no = start + 1 + prev_end + 1
        prev_end = reader.line_num
        if pending is not None:
            if len(pending) + len(row) - 1 <= ncols and row:
                pending = pending[:-1] + [(pending[-1] + " " + row[0]).strip()] + row[1:]
                if len(pending) == ncols:
                    rows.append(pending)
                    nums.append(pending_line)
                    pending = None
                continue
            _short(file, pending_line, pending, ncols, header_name)
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) == ncols or (len(row) > ncols and all(not c.strip() for c in row[ncols:])):
            rows.append(row[:ncols])
            nums.append(line_no)
        elif len(row) < ncols:
            pending, pending_line = row, line_no
        else:
            raise InputError(file, line_no, None, f"expected {ncols} fields, got {len(row)}")
    if pending is not None:
        _short(file, pending_line, pending, ncols, header_name)
    return rows, nums


def _short(file: str, line: int, row: list[str], ncols: int, names: list[str]) -> None:
    missing = names[len(row)] if len(row) < len(names) else None
    raise InputError(file, line, missing or None,
                     f"expected {ncols} fields, got {len(row)} (truncated file or broken line?)")


def _number(col: pd.Series, lines: np.ndarray, file: str, field: str, integer: bool = False
            ) -> tuple[pd.Series, pd.Series]:
    """Parse numbers with SIPRI's estimate markers ``(24)``, ``24?``; returns (values, estimate flag)."""
    s = col.fillna("").str.strip()
    est = s.str.contains(r"[?()]", regex=True)
    clean = s.str.replace(r"[?()]", "", regex=True).str.strip()
    shaped = clean.str.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)").fillna(False)
    vals = pd.to_numeric(clean.where((clean != "") & shaped), errors="coerce")
    bad = ((clean != "") & vals.isna()) | (vals.abs() >= 1e15).fillna(False)  # not finite, or no count/TIV
    if integer:
        bad |= vals.notna() & (vals != vals.round())
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise InputError(file, int(lines[i]), field, f"expected a number, got {col.iloc[i]!r}")
    if integer:
        vals = vals.astype("Int64")
    return vals, est


def _party_codes(names: pd.Series) -> pd.DataFrame:
    """SIPRI name -> iso3, cow, party_type for each distinct name."""
    from amity.states import lookup

    out = []
    for name in sorted(set(names.dropna())):
        iso3, cow, ptype = None, None, "state"
        n = name.strip()
        if n.endswith("**"):
            ptype = "organisation"
        elif n.endswith("*"):
            ptype = "non-state"
        elif n.lower().startswith("unknown"):
            ptype = "unknown"
        else:
            try:
                st = lookup(n)
                iso3, cow = st.iso3, st.cow
            except (UnknownState, LookupError):
                ptype = "unmapped"
        out.append({"name": name, "iso3": iso3, "cow": cow, "party_type": ptype})
    df = pd.DataFrame(out, columns=["name", "iso3", "cow", "party_type"])
    df["cow"] = df["cow"].astype("Int64")
    df["iso3"] = df["iso3"].astype("string")
    return df


def category_of(description: pd.Series) -> pd.Series:
    """SIPRI armament category derived from the weapon description (vectorised; 'Other' if none)."""
    desc = description.fillna("").str.lower()
    out = pd.Series("Other", index=description.index, dtype="string")
    done = pd.Series(False, index=description.index)
    for pattern, cat in CATEGORY_RULES:
        hit = ~done & desc.str.contains(pattern, regex=True)
        out[hit] = cat
        done |= hit
    return out


def _register(lines: list[str], hdr: int, delim: str, file: str, layout: str
              ) -> tuple[dict[str, pd.DataFrame], dict[str, object]]:
    raw_header = next(csv.reader([lines[hdr]], delimiter=delim))
    names: list[str] = []
    for c in raw_header:
        key = _norm(c)
        if key in ("", "?") and names:
            names.append(names[-1] + "?")  # the unnamed marker column after a field
        else:
            names.append(_ALIAS_INDEX.get(key, key or f"col{len(names)}"))
    for f in REQUIRED_COLUMNS:  # a renamed or missing column would load a register without a word
        if f not in names:
            label = ALIASES[f][0]
            close = difflib.get_close_matches(label, [_norm(c) for c in raw_header], n=1, cutoff=0.6)
            raise InputError(file, hdr + 1, label, "required column of the SIPRI trade register is missing"
                             + (f" (closest header found: {close[0]!r})" if close else ""))
    rows, nums = _rows(lines, hdr, delim, len(names), file, names)
    if not rows:
        raise InputError(file, hdr + 2, None, "no data rows after the header (truncated file?)")
    df = pd.DataFrame(rows, columns=pd.Index(names, dtype=object), dtype="string")
    df = df.loc[:, ~df.columns.duplicated()]
    lines_arr = np.asarray(nums)
    out = pd.DataFrame({"line": pd.Series(nums, dtype="int64")})
    for f in ("recipient", "supplier"):
        out[f] = df[f].str.strip()
        empty = out[f].isna() | (out[f] == "")
        if empty.any():
            i = int(np.flatnonzero(empty.to_numpy())[0])
            raise InputError(file, int(lines_arr[i]), f, "expected a name, got an empty field")
    for f in ("deal_id", "weapon_designation", "weapon_description", "status", "comments", "weapon_category",
              "recipient_code", "supplier_code"):
        out[f] = df[f].str.strip().replace("", pd.NA) if f in df.columns else pd.Series(pd.NA, dtype="string",
                                                                                          index=df.index)
    labels = {"year_of_order": "Year of order", "number_ordered": "Number ordered",
              "number_delivered": "Number delivered", "tiv_per_unit": "SIPRI TIV per unit",
              "tiv_order": "SIPRI TIV for total order", "tiv_delivered": "SIPRI TIV of delivered weapons",
              "last_delivery_year": "ldat"}
    for f in NUMERIC:
        if f not in df.columns:
            out[f] = pd.Series(pd.NA, index=df.index, dtype="Float64" if f.startswith("tiv") else "Int64")
            out[f + "_estimate"] = False
            continue
        integer = f in ("year_of_order", "number_ordered", "number_delivered", "last_delivery_year")
        vals, est = _number(df[f], lines_arr, file, labels[f], integer)
        marker = f + "?"
        if marker in df.columns:
            est = est | df[marker].fillna("").str.contains("?", regex=False)
        out[f] = vals if integer else vals.astype("Float64")
        out[f + "_estimate"] = est.astype(bool)
    # number delivered and delivery years share one marker column in SIPRI's layout
    bad_year = out["year_of_order"].isna() | ~out["year_of_order"].between(1900, 2100)
    if bad_year.any():
        i = int(np.flatnonzero(bad_year.fillna(True).to_numpy())[0])
        raise InputError(file, int(lines_arr[i]), "Year of order",
                         f"expected a year, got {df['year_of_order'].iloc[i]!r}")
    dy = df["delivery_years"].fillna("") if "delivery_years" in df.columns else pd.Series("", index=df.index)
    dy_clean = dy.str.replace(r"[?()]", "", regex=True).str.replace(",", ";").str.strip()
    ok = dy_clean.str.fullmatch(r"((19|20)\d\d(\s*[;-]\s*(19|20)\d\d)*)?")
    if not ok.all():
        i = int(np.flatnonzero((~ok).to_numpy())[0])
        raise InputError(file, int(lines_arr[i]), "Year(s) of delivery",
                         f"expected years like '2017; 2018', got {dy.iloc[i]!r}")
    out["delivery_years"] = dy_clean.str.replace(r"\s*;\s*", "; ", regex=True).replace("", pd.NA)
    out["delivery_years_estimate"] = (dy.str.contains(r"[?()]", regex=True).fillna(False)
                                      | out["number_delivered_estimate"]).astype(bool)
    raw_del = df["tiv_delivered"].fillna("").str.strip() if "tiv_delivered" in df.columns else dy
    has_del = (out["delivery_years"].notna()) | (out["number_delivered"].fillna(0) > 0)
    out["tiv_delivered_lt_half"] = ((raw_del.str.replace(r"[?()]", "", regex=True) == "0") & has_del).astype(bool)
    if out["weapon_category"].isna().all():
        out["weapon_category"] = category_of(out["weapon_description"])
        out["category_derived"] = True
    else:
        out["category_derived"] = out["weapon_category"].isna()
        out["weapon_category"] = out["weapon_category"].fillna(category_of(out["weapon_description"]))
    parties = _party_codes(pd.concat([out["supplier"], out["recipient"]]))
    code = parties.set_index("name")
    for role in ("supplier", "recipient"):
        out[f"{role}_iso3"] = out[role].map(code["iso3"]).astype("string")
        out[f"{role}_cow"] = out[role].map(code["cow"]).astype("Int64")
    # stable deal key: content hash + occurrence (identical rows in one file stay distinct)
    key_cols = ["supplier", "recipient", "year_of_order", "number_ordered", "weapon_designation",
                "weapon_description", "delivery_years", "comments"]
    key = pd.util.hash_pandas_object(out[key_cols].astype("string").fillna(""), index=False).astype("uint64")
    occ = key.groupby(key).cumcount()
    if out["deal_id"].notna().all():
        out["deal_key"] = "sipri-" + out["deal_id"].astype("string")
    else:
        out["deal_key"] = key.map(lambda k: f"{k:016x}") + "-" + occ.astype(str)
    deals = out[["deal_key", "deal_id", "supplier", "recipient", "supplier_iso3", "supplier_cow", "recipient_iso3",
                 "recipient_cow", "supplier_code", "recipient_code", "year_of_order", "year_of_order_estimate",
                 "number_ordered", "number_ordered_estimate", "weapon_designation", "weapon_description",
                 "weapon_category", "category_derived", "number_delivered", "number_delivered_estimate",
                 "delivery_years", "delivery_years_estimate", "last_delivery_year", "status", "comments",
                 "tiv_per_unit", "tiv_per_unit_estimate", "tiv_order", "tiv_delivered", "tiv_delivered_lt_half",
                 "line"]]
    deliveries = _deliveries(deals)
    counts = pd.concat([deals[["supplier"]].rename(columns={"supplier": "name"}).assign(role="supplier"),
                        deals[["recipient"]].rename(columns={"recipient": "name"}).assign(role="recipient")])
    counts = counts.groupby(["name", "role"], as_index=False).size().rename(columns={"size": "deals"})
    parties = counts.merge(parties, on="name", how="left")
    years = deliveries["year"]
    info = {"n": len(deals), "max_year": int(max(years.max() if len(years) else 0,
                                                 int(deals["year_of_order"].max())))}
    return {"arms_deals": deals, "arms_deliveries": deliveries, "arms_parties": parties}, info


def _deliveries(deals: pd.DataFrame) -> pd.DataFrame:
    """Deal x delivery year; ``tiv`` = delivered TIV / number of listed delivery years (even split)."""
    d = deals[["deal_key", "supplier", "recipient", "supplier_iso3", "recipient_iso3", "supplier_cow",
               "recipient_cow", "weapon_category", "delivery_years", "tiv_delivered", "tiv_delivered_lt_half"]]
    d = d[d["delivery_years"].notna()].copy()
    spans = d["delivery_years"].str.split(";")
    d["year"] = spans
    d = d.explode("year")
    d["year"] = d["year"].str.strip()
    rng = d["year"].str.contains("-")
    if rng.any():  # a range "2001-2004" stands for every year in it
        lo = d.loc[rng, "year"].str.split("-").str[0].astype(int)
        hi = d.loc[rng, "year"].str.split("-").str[1].astype(int)
        d.loc[rng, "year"] = [list(range(a, b + 1)) for a, b in zip(lo, hi, strict=True)]
        d = d.explode("year")
    d["year"] = d["year"].astype("int64")
    d = d.drop_duplicates(["deal_key", "year"])
    n = d.groupby("deal_key")["year"].transform("size")
    d["n_years"] = n.astype("int64")
    d["tiv"] = (d["tiv_delivered"] / d["n_years"]).astype("Float64")
    return d.drop(columns=["delivery_years", "tiv_delivered"]).rename(
        columns={"tiv_delivered_lt_half": "lt_half"}).reset_index(drop=True)


def _tiv(lines: list[str], hdr: int, delim: str, file: str) -> tuple[dict[str, pd.DataFrame], dict[str, object]]:
    header = next(csv.reader([lines[hdr]], delimiter=delim))
    role = TIV_ROLE[_norm(header[0])]
    year_idx = [i for i, c in enumerate(header) if _is_year(c)]
    if not year_idx:
        raise InputError(file, hdr + 1, None, "expected year columns (1950, 1951, ...) in the TIV table's header")
    years = [int(header[i]) for i in year_idx]
    gap = next((y for a, b in zip(years, years[1:], strict=False) for y in range(a + 1, b) if b != a + 1), None)
    if gap is not None or len(set(years)) != len(years):
        raise InputError(file, hdr + 1, str(gap) if gap is not None else "year",
                         "expected one column for every year of the table's range"
                         + (f"; the column for {gap} is missing" if gap is not None else "; a year repeats"))
    rows, nums = _rows(lines, hdr, delim, len(header), file, header)
    rows_nums = [(r, n) for r, n in zip(rows, nums, strict=True) if r[0].strip()]
    if not rows_nums:
        raise InputError(file, hdr + 2, None, "no data rows after the header (truncated file?)")
    names = [r[0].strip() for r, _ in rows_nums]
    cells = pd.DataFrame([[r[i] for i in year_idx] for r, _ in rows_nums],
                         columns=[int(header[i]) for i in year_idx], dtype="string")
    lines_arr = np.asarray([n for _, n in rows_nums])
    long = cells.assign(party=names, line=lines_arr).melt(id_vars=["party", "line"], var_name="year",
                                                          value_name="raw")
    raw = long["raw"].fillna("")
    stripped = raw.str.strip()
    shaped = stripped.str.fullmatch(r"\d+(\.\d+)?").fillna(False)
    vals = pd.to_numeric(stripped.where((stripped != "") & shaped), errors="coerce")
    bad = (stripped != "") & vals.isna()
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise InputError(file, int(long["line"].iloc[i]), str(long["year"].iloc[i]),
                         f"expected a TIV number or an empty field, got {raw.iloc[i]!r}")
    long["year"] = long["year"].astype("int64")
    covered = long.assign(has=stripped != "").groupby("year")["has"].any()
    covered_years = covered[covered].index
    long["tiv"] = vals.fillna(0.0).astype("Float64")
    long["lt_half"] = stripped == "0"
    long = long[long["year"].isin(covered_years)]
    parties = _party_codes(pd.Series(names))
    is_total = pd.Series(names).str.lower().str.startswith("total")
    parties.loc[parties["name"].isin(pd.Series(names)[is_total]), "party_type"] = "total"
    parties.loc[parties["party_type"] == "total", ["iso3"]] = pd.NA
    parties.loc[parties["party_type"] == "total", ["cow"]] = pd.NA
    code = parties.set_index("name")
    long["party_iso3"] = long["party"].map(code["iso3"]).astype("string")
    long["party_cow"] = long["party"].map(code["cow"]).astype("Int64")
    long["party_type"] = long["party"].map(code["party_type"])
    long["role"] = role
    tiv = long[["party", "party_iso3", "party_cow", "party_type", "role", "year", "tiv", "lt_half", "line"]]
    party_rows = parties.assign(role=role, deals=pd.NA)[["name", "role", "deals", "iso3", "cow", "party_type"]]
    info = {"role": role, "cover_from": int(min(covered_years)) if len(covered_years) else None,
            "cover_to": int(max(covered_years)) if len(covered_years) else None}
    return {"arms_tiv": tiv.reset_index(drop=True), "arms_tiv_parties": party_rows}, info


def read_text(text: str, file: str, *, vintage: str | None = None) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Parse the text of any SIPRI layout (see the module docstring) into fact tables and provenance."""
    lines = text.splitlines()
    layout, hdr, delim = _detect(lines, file)
    preamble = lines[:hdr]
    found = _vintage(preamble, file)
    vintage = found or vintage
    if vintage is None:
        raise InputError(file, None, "Data generated",
                         "expected SIPRI's 'Data generated: 13 Mar 2025' line above the header (the vintage)")
    vyear = int(vintage[:4])
    sup, rec, lo, hi = _selection(preamble)
    if layout == "tiv":
        tables, info = _tiv(lines, hdr, delim, file)
        cover_from, cover_to, role = info["cover_from"], info["cover_to"], info["role"]
        title = f"{TITLE}: TIV table, {'imports by recipient' if role == 'importer' else 'exports by supplier'}"
    else:
        tables, info = _register(lines, hdr, delim, file, layout)
        role = None
        cover_from, cover_to = (lo, hi) if lo is not None else (FIRST_YEAR, vyear - 1)
        title = f"{TITLE}: trade register" + (f" ({sup or 'all'} to {rec or 'all'})" if sup or rec else "")
    files = pd.DataFrame([{"layout": "tiv" if layout == "tiv" else layout, "role": role,
                           "supplier_filter": sup, "recipient_filter": rec,
                           "cover_from": cover_from, "cover_to": cover_to, "vintage": vintage}])
    for c in ("cover_from", "cover_to"):
        files[c] = files[c].astype("Int64")
    for c in ("role", "supplier_filter", "recipient_filter"):
        files[c] = files[c].astype("string")
    tables["sipri_files"] = files
    # a register and a TIV table, or two selections, of one vintage are different datasets
    scope = "; ".join(f"{k}={v}" for k, v in (("layout", "tiv" if layout == "tiv" else "register"),
                                               ("role", role), ("supplier", sup), ("recipient", rec)) if v)
    meta = SourceMeta(kind=KIND, vintage=vintage, title=title, citation=CITATION, licence=LICENCE,
                      file_name=Path(file).name, scope=scope)
    return tables, meta


def read(path: str | os.PathLike[str], *, vintage: str | None = None) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Read one SIPRI file (any layout, any encoding SIPRI uses); raises :class:`InputError` if unreadable."""
    p = Path(path)
    data = p.read_bytes()
    tables, meta = read_text(decode(data, str(p)), str(p), vintage=vintage)
    meta.sha256 = hashlib.sha256(data).hexdigest()
    return tables, meta


def import_files(store: Store, paths: Sequence[str | os.PathLike[str]], *, url: str = "",
                 replace: bool = False) -> list[ImportResult]:
    """Import SIPRI files: all are read and validated first, then each is written in one transaction.

    The same file twice, or a re-saved copy with the same rows, is a no-op. A different file with the
    same vintage and the same scope (layout, role, supplier/recipient selection) as one already
    imported is refused (it would double-count) unless ``replace`` (see
    :func:`amity.sources.import_files`)."""
    from amity.sources import write_pending

    pending = []
    results: list[ImportResult] = []
    for f in map(Path, paths):
        digest = sha256_file(f)
        existing = store.has_source(KIND, digest)
        if existing:
            results.append(ImportResult(existing, KIND, f.name, 0, created=False))
            continue
        tables, meta = read(f)
        meta.sha256, meta.url = digest, url
        pending.append((f.name, meta, tables))
    return results + write_pending(store, pending, replace=replace)


# --------------------------------------------------------------------------------------------------
# fetching
# --------------------------------------------------------------------------------------------------
def _filter(field: str, value1: object = "", value2: object = "", list_data: list | None = None,
            condition: str = "contains") -> dict[str, object]:
    return {"field": field, "oldField": "", "condition": condition, "value1": value1, "value2": value2,
            "listData": list_data or []}


def fetch(store: Store, *, supplier: str | None = None, recipient: str | None = None, start: int | None = None,
          end: int | None = None, base_url: str = BASE_URL, cache_dir: str | os.PathLike[str] | None = None,
          pause: float = 1.0, timeout: float = 60.0, tiv_tables: bool = True,
          progress: bool = False) -> list[ImportResult]:
    """Download a trade register (optionally one supplier and/or recipient) and the TIV tables, cache
    them on disk and import them.

    Requests are paced (``pause`` seconds between them). Each pull is written to ``cache_dir``
    (default ``$AMITY_HOME/cache/sipri``) as the CSV SIPRI sent plus a ``.json`` stamp (fetched_at,
    url, request, sha256, vintage); a pull whose file and stamp are already there is not downloaded
    again (resumable). Offline, fails at once with :class:`AmityError`.
    """
    import httpx

    from amity.states import lookup
    from amity.store import home

    cache = Path(cache_dir) if cache_dir is not None else home() / "cache" / "sipri"
    cache.mkdir(parents=True, exist_ok=True)
    start = FIRST_YEAR if start is None else start
    end = datetime.now(UTC).year - 1 if end is None else end
    if start > end:
        raise AmityError(f"bad year range: --from {start} is after --to {end}")
    base = base_url.rstrip("/")
    sup_state = lookup(supplier) if supplier else None
    rec_state = lookup(recipient) if recipient else None
    client = httpx.Client(timeout=httpx.Timeout(timeout, connect=5.0),
                          headers={"User-Agent": "amity (research; https://www.sipri.org terms respected)",
                                   "Content-Type": "application/json"})
    last = [0.0]

    def call(method: str, path: str, body: object = None) -> object:
        wait = pause - (time.monotonic() - last[0])
        if wait > 0:
            time.sleep(wait)
        last[0] = time.monotonic()
        try:
            kw = {"json": body} if body is not None else {}
            r = client.request(method, base + path, **kw)
        except httpx.TransportError as exc:
            raise AmityError(f"cannot reach the SIPRI backend at {base} ({type(exc).__name__}): are you offline? "
                             "Download a register from https://armstransfers.sipri.org and run "
                             "`amity data import sipri FILE`") from None
        if r.status_code != 200:
            raise AmityError(f"SIPRI backend {base + path} answered HTTP {r.status_code}")
        try:
            return r.json()
        except ValueError:
            raise AmityError(f"SIPRI backend {base + path} did not answer JSON (got {r.text[:60]!r})") from None

    plan: list[tuple[str, str, dict[str, object], str]] = []
    try:
        ids: dict[str, int] = {}
        if sup_state or rec_state:
            names = call("GET", "/countries/getAllCountriesTrimmed")
            if not isinstance(names, list):
                raise AmityError("SIPRI backend: unexpected country list")
            ids = {str(c.get("Name")): int(c.get("EntityId")) for c in names if isinstance(c, dict)}
        filters = [_filter("Delivery year", start, end)]
        tag = []
        for role, st in (("Supplier", sup_state), ("Recipient", rec_state)):
            if st is None:
                continue
            got = [ids[n] for n in st.sipri_names if n in ids]
            if not got:
                raise AmityError(f"SIPRI does not list {st.name} (names tried: {', '.join(st.sipri_names)})")
            filters.append(_filter(role, list_data=got))
            tag.append(f"{role[0].lower()}-{st.code}")
        filters.append(_filter("opendeals", condition=""))
        stem = "register-" + "-".join(tag + [f"{start}-{end}"])
        plan.append((stem, "/trades/trade-register-csv/", {"filters": filters, "logic": "AND"}, "bytes"))
        if tiv_tables:
            tiv_f = [_filter("Year range 1", start, end), _filter("DeliveryType", "delivered", condition=""),
                     _filter("Status", "0", condition="")]
            plan.append((f"tiv-imports-{start}-{end}", "/trades/import-export-csv-str/",
                         {"filters": tiv_f, "logic": "AND"}, "result"))
            plan.append((f"tiv-exports-{start}-{end}", "/trades/import-export-csv-str/",
                         {"filters": tiv_f + [_filter("orderbyseller", condition="")], "logic": "AND"}, "result"))
        files: list[tuple[Path, str]] = []
        for stem, path, body, key in plan:
            target, stamp = cache / f"{stem}.csv", cache / f"{stem}.json"
            if target.is_file() and stamp.is_file():
                info = json.loads(stamp.read_text())
                if info.get("sha256") == sha256_file(target):
                    files.append((target, info.get("url", "")))
                    continue
            answer = call("POST", path, body)
            if not isinstance(answer, dict) or key not in answer:
                raise AmityError(f"SIPRI backend {base + path}: expected a JSON object with {key!r}")
            data = base64.b64decode(answer[key]) if key == "bytes" else str(answer[key]).encode("utf-8")
            text = decode(data, str(target))
            _tables, meta = read_text(text, str(target))  # validate before caching
            part = target.with_suffix(".part")
            part.write_bytes(data)
            os.replace(part, target)
            digest = hashlib.sha256(data).hexdigest()
            stamp.write_text(json.dumps({"fetched_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
                                         "url": base + path, "request": body, "sha256": digest,
                                         "vintage": meta.vintage}, indent=1))
            files.append((target, base + path))
    finally:
        client.close()
    results: list[ImportResult] = []
    for f, url in files:
        results.extend(import_files(store, [f], url=url))
    return results
