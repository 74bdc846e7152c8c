"""Published UN General Assembly ideal points of Bailey, Strezhnev and Voeten (BSV), as released.

``amity data import idealpoints FILE`` reads the two files of a release (Harvard Dataverse, "United
Nations General Assembly Voting Data", CC0):

* **the state-session CSV** ``IdealpointestimatesAll_<Mon><Year>.csv``: an unnamed first column (row
  number), ``ccode`` (COW), ``session``, ``NVotesAll``, ``IdealPointAll`` and the posterior quantiles
  ``QO%All`` (sic: a letter O, the minimum), ``Q5%All``, ``Q10%All``, ``Q50%All``, ``Q90%All``,
  ``Q95%All``, ``Q100%All``, then ``iso3c``, ``Countryname``; ``NA`` for missing;
* **the state-year Stata file** (``.dta``, read with :func:`pandas.read_stata`): ``ccode``, ``year`` (or
  ``session``) and one or more of ``idealpointfp``, ``idealpointall``, ``idealpointlegacy`` (the
  estimates on "important" votes as in the first paper, on all votes, and the legacy method).

Key fields strict: ``ccode``, ``session``/``year`` (whole numbers; a malformed one rejects the file with
file, line and field), and at least one estimate column. Auxiliary cells lenient: a malformed estimate,
quantile or vote count becomes NA and is reported (above 1 % of rows in a column the file is
rejected). Countries map to the state table by COW code (as BSV code them; unified Germany 255, the
Federal Republic 260); a code not in the table is kept with ``iso3`` NA and reported.

Table ``bsv_idealpoints``: ``cow, iso3, session, year, level`` (``state-session`` or ``state-year``),
``estimate`` (``all``, ``fp``, ``legacy``), ``value`` (BSV's own scale, unchanged), ``n_votes``,
``q05, q10, q50, q90, q95`` (NA where the release has none). The vintage is the release month in the
file name (``Jul2023`` → ``2023-07``), else the last session's year.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pandas as pd

from amity.errors import InputError
from amity.sources._validate import Lenient, lenient_number, require_columns, strict_int
from amity.states import all_states
from amity.store import SourceMeta

KIND = "idealpoints"
TABLE = "bsv_idealpoints"
CITATION = ("Michael A. Bailey, Anton Strezhnev and Erik Voeten, \"Estimating Dynamic State Preferences from United "
            "Nations Voting Data\", Journal of Conflict Resolution 61(2), 2017; ideal point estimates from Erik "
            "Voeten, Anton Strezhnev and Michael Bailey, United Nations General Assembly Voting Data, Harvard "
            "Dataverse, https://doi.org/10.7910/DVN/LEJUQZ (CC0)")
URL = "https://doi.org/10.7910/DVN/LEJUQZ"
COLUMNS = ["cow", "iso3", "session", "year", "level", "estimate", "value", "n_votes", "q05", "q10", "q50",
           "q90", "q95"]
QUANTILES = {"q05": "Q5%All", "q10": "Q10%All", "q50": "Q50%All", "q90": "Q90%All", "q95": "Q95%All"}
ESTIMATES = {"idealpointall": "all", "idealpointfp": "fp", "idealpointlegacy": "legacy"}
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"], start=1)}
_MISSING = ("", "NA", "nan", "NaN", ".", "<NA>")


def _vintage(path: Path, last_year: int) -> str:
    m = re.search(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[_-]?((?:19|20)\d\d)", path.stem.lower())
    if m:
        return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    return str(last_year)


def _states(cow: pd.Series, file: str) -> tuple[pd.Series, str]:
    """ISO3 per COW code (NA for historical states without one); a note naming codes the table lacks."""
    known = {s.cow: s.iso3 for s in all_states()}
    out = cow.map(lambda c: known.get(int(c)) if pd.notna(c) else None).astype("string")
    miss = sorted({int(c) for c in cow.dropna() if int(c) not in known})
    note = (f"{Path(file).name}: {len(miss)} COW codes not in the state table, kept with iso3 NA: "
            f"{', '.join(map(str, miss[:10]))}" if miss else "")
    return out, note


def _session_csv(path: Path) -> tuple[pd.DataFrame, list[str]]:
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8", encoding_errors="replace")
    name = str(path)
    require_columns(df.columns, ["ccode", "session", "IdealPointAll"], name, 1, layout="BSV state-session CSV")
    if df.empty:
        raise InputError(name, 2, None, "expected data rows below the header; the file has a header only")
    cow = strict_int(df["ccode"], name, "ccode", first_line=2, lo=1, hi=9999)
    session = strict_int(df["session"], name, "session", first_line=2, lo=1, hi=500)
    rep = Lenient(path.name)
    out = pd.DataFrame({"cow": cow, "session": session, "year": (session + 1945).astype("Int64")})
    out["value"] = lenient_number(df["IdealPointAll"], rep, "IdealPointAll", first_line=2, missing=_MISSING)
    out["n_votes"] = (lenient_number(df["NVotesAll"], rep, "NVotesAll", first_line=2, missing=_MISSING, lo=0)
                      .round().astype("Int64") if "NVotesAll" in df.columns else pd.array([pd.NA] * len(df), "Int64"))
    for q, col in QUANTILES.items():
        out[q] = (lenient_number(df[col], rep, col, first_line=2, missing=_MISSING) if col in df.columns
                  else np.nan)
    out["level"] = "state-session"
    out["estimate"] = "all"
    out["_line"] = np.arange(len(out)) + 2
    return out, [n for n in [rep.note()] if n]


def _year_dta(path: Path) -> tuple[pd.DataFrame, list[str]]:
    name = str(path)
    try:
        df = pd.read_stata(path, convert_categoricals=False)
    except Exception as exc:  # noqa: BLE001 - pandas raises several types for a damaged file
        raise InputError(name, None, None, f"expected a Stata file of BSV ideal points ({exc})") from None
    df.columns = [str(c).lower() for c in df.columns]
    est = [c for c in ESTIMATES if c in df.columns]
    if not est:
        raise InputError(name, 1, "idealpointall", "expected at least one of the columns idealpointall, "
                         "idealpointfp, idealpointlegacy")
    require_columns(df.columns, ["ccode"], name, 1, layout="BSV state-year Stata file")
    if "year" not in df.columns and "session" not in df.columns:
        raise InputError(name, 1, "year", "expected a year or session column")
    if df.empty:
        raise InputError(name, 2, None, "expected data rows; the file has none")
    txt = df.astype("string")
    cow = strict_int(txt["ccode"].str.replace(r"\.0+$", "", regex=True), name, "ccode", first_line=1, lo=1,
                     hi=9999)
    year = (strict_int(txt["year"].str.replace(r"\.0+$", "", regex=True), name, "year", first_line=1, lo=1900,
                       hi=2200) if "year" in df.columns else None)
    session = (strict_int(txt["session"].str.replace(r"\.0+$", "", regex=True), name, "session", first_line=1,
                          lo=1, hi=500, allow_missing=year is not None) if "session" in df.columns else None)
    if year is None:
        year = (session + 1945).astype("Int64")
    if session is None:
        session = (year - 1945).astype("Int64")
    rep = Lenient(path.name)
    frames = []
    for c in est:
        f = pd.DataFrame({"cow": cow, "session": session, "year": year})
        f["value"] = lenient_number(txt[c], rep, c, first_line=1, missing=_MISSING)
        f["n_votes"] = pd.array([pd.NA] * len(f), dtype="Int64")
        for q in QUANTILES:
            f[q] = np.nan
        f["level"] = "state-year"
        f["estimate"] = ESTIMATES[c]
        f["_line"] = np.arange(len(f)) + 1
        frames.append(f)
    return pd.concat(frames, ignore_index=True), [n for n in [rep.note()] if n]


def read_with_notes(path: str | os.PathLike[str]) -> tuple[dict[str, pd.DataFrame], SourceMeta, list[str]]:
    """Read one BSV release file; return ``(tables, meta, notes)`` (notes: lenient cells, unknown codes)."""
    p = Path(path)
    if p.suffix.lower() == ".dta":
        out, notes = _year_dta(p)
        keys = ["cow", "year", "estimate"]
    else:
        out, notes = _session_csv(p)
        keys = ["cow", "session", "estimate"]
    dup = out.duplicated(keys)
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[0])
        raise InputError(str(p), int(out["_line"].iloc[i]), keys[1],
                         f"duplicate row for country {out['cow'].iloc[i]} and {keys[1]} {out[keys[1]].iloc[i]}; "
                         f"expected one row per state and {keys[1]}")
    out["iso3"], note = _states(out["cow"], str(p))
    if note:
        notes.append(note)
    out = out[COLUMNS].sort_values(["estimate", "cow", "session", "year"]).reset_index(drop=True)
    last = int(out["year"].max())
    level = out["level"].iloc[0]
    meta = SourceMeta(kind=KIND, vintage=_vintage(p, last), title=f"BSV UN General Assembly ideal points ({level})",
                      citation=CITATION, licence="CC0 1.0", url=URL, scope=level)
    return {TABLE: out}, meta, notes


def read(path: str | os.PathLike[str]) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Importer entry point: one release file (state-session CSV or state-year ``.dta``)."""
    import warnings

    tables, meta, notes = read_with_notes(path)
    for n in notes:
        warnings.warn(n, stacklevel=2)
    return tables, meta
