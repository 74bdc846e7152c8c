"""Tell which kind of dataset a file looks like, from its first bytes (never its whole content).

Used two ways by :mod:`amity.loading`: ``amity data import FILE`` without a kind imports the kind
sniffed (and says so), and ``amity data import KIND FILE`` refuses a file that clearly looks like
another kind, with a hint naming the right command. Sniffing only suggests; the reader of the kind
the user names does the validating.
"""

from __future__ import annotations

import csv
import os
import re
import zipfile
from pathlib import Path

#: kind -> what a user calls it (for hints)
DESCRIPTIONS = {
    "sipri": "a SIPRI Arms Transfers Database file (trade register or TIV table)",
    "milex": "a SIPRI Military Expenditure Database workbook",
    "unga": "UN General Assembly roll-call votes",
    "idealpoints": "a Bailey-Strezhnev-Voeten UN ideal-point file",
    "unsc-vetoes": "a UN Security Council veto list",
    "nmc": "a COW National Material Capabilities file",
    "alliances": "a COW or ATOP alliance dyad-year file",
    "wdi": "a World Bank WDI download",
    "gdelt": "GDELT 1.0 event records",
    "records": "a file of curated records",
}


def _head(path: Path, n: int = 65536) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(n)
    except OSError:
        return b""


def _first_lines(data: bytes, n: int = 25) -> list[str]:
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:n]


def _cells(line: str) -> set[str]:
    sep = "\t" if line.count("\t") > line.count(",") else ","
    return {c.strip().strip('"').strip() for c in line.split(sep)}


def sniff(path: str | os.PathLike[str]) -> str | None:
    """The kind ``path`` looks like, or None when unsure."""
    p = Path(path)
    data = _head(p)
    suffix = p.suffix.lower()
    if suffix in {".rda", ".rdata", ".rds"}:
        return "unga"
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(p) as zf:
                names = [n.lower() for n in zf.namelist()]
        except Exception:  # noqa: BLE001 - sniffing only suggests: a zip it cannot list is "unsure"
            names = []
        if any(Path(n).name.startswith("api_") for n in names) or p.name.upper().startswith("API_"):
            return "wdi"
        if any(n.endswith(".xml") for n in names) and suffix in {".xlsx", ".xlsm"}:
            return "milex"
        if any(re.match(r"^\d{4,8}(\.export)?\.csv$", Path(n).name) for n in names):
            return "gdelt"
        return "milex" if suffix == ".xlsx" else None
    lines = _first_lines(data)
    text = "\n".join(lines)
    first = lines[0] if lines else ""
    if first.count("\t") in (56, 57) or _quoted_gdelt(first):
        return "gdelt"
    if "SIPRI" in text or "Data generated:" in text or any(
            {"Recipient", "Supplier"} <= _cells(x) for x in lines):
        return "sipri"
    for line in lines[:20]:
        cells = {c.lower() for c in _cells(line)}
        if {"country name", "country code", "indicator name", "indicator code"} <= cells:
            return "wdi"
    cells = {c.lower() for c in _cells(first)}
    if {"ccode", "cinc"} <= cells:
        return "nmc"
    if {"ccode1", "ccode2", "defense"} <= cells or {"statea", "stateb", "defense"} <= cells:
        return "alliances"
    if "idealpointall" in cells or "idealpoint" in cells:
        return "idealpoints"
    if "rcid" in cells:
        return "unga"
    if {"draft", "vetoed_by"} <= cells:
        return "unsc-vetoes"
    return None


def _quoted_gdelt(line: str) -> bool:
    """A GDELT event row exported from a query: comma-separated, every value quoted, 57 or 58 values,
    an 8-digit SQLDATE second (or the GDELT header line)."""
    if line.startswith(('"GLOBALEVENTID"', "GLOBALEVENTID")):
        return True
    try:
        cells = next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return False
    return len(cells) in (57, 58) and bool(re.fullmatch(r"\d{8}", cells[1]))


def hint(kind: str, path: str | os.PathLike[str]) -> str:
    """``this looks like …: run `amity data import KIND FILE``` for a sniffed kind."""
    name = Path(path).name
    return (f"this looks like {DESCRIPTIONS.get(kind, 'a ' + kind + ' file')}: "
            f"run `amity data import {kind} {name}`")
