"""Correlates of War datasets: National Material Capabilities (NMC) and alliances (dyad-year).

Both are CSV files in the layouts their publishers distribute; :func:`read` tells them apart by
the header.

NMC (``NMC-60-abridged.csv``, kind ``nmc``)
    ``stateabb, ccode, year, milex, milper, irst, pec, tpop, upop, cinc, version``; one row per
    state-year, 1816–2016 in v6.0. ``-9`` means missing (NA, never 0). Units (NMC v6.0 codebook):
    ``milex`` thousands of current US$, ``milper`` thousands of personnel, ``irst`` thousands of
    tons of iron and steel, ``pec`` thousands of coal-ton equivalents, ``tpop``/``upop`` thousands of
    people, ``cinc`` share of the system's capabilities (0–1). Table ``nmc``.

Alliances (kind ``alliances``), table ``alliances``
    * COW Formal Alliances v4.1 dyad-year (``alliance_v4.1_by_dyad_yearly.csv``): ``ccode1, ccode2,
      state_name1, state_name2, dyad_st_year, ..., year, left_censor, right_censor, defense,
      neutrality, nonaggression, entente, version``; one row per alliance, dyad and year
      (undirected). Entente is COW's consultation obligation.
    * ATOP dyad-year (``atop*ddyr.csv``): ``stateA, stateB, year, defense, offense, neutral,
      nonagg, consul, ...`` (directed: each pair appears in both orders).
    Normalised to ``ccode1, ccode2, year, defense, neutrality, nonaggression, entente, offense,
    consultation, dataset`` (0/1; NA where the dataset has no such obligation type). The dataset's
    years are its coverage: inside them a dyad without a row has no alliance (0), outside them NA.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd

from amity.errors import InputError
from amity.sources._validate import MAX_FIELD_CHARS, decode, one_line, require_columns
from amity.store import SourceMeta, sha256_file

NMC_COLUMNS = ["stateabb", "ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc"]
#: NMC's ``version`` column (the release year) -> the version number: the v6.0 file
#: (``NMC-60-abridged.csv``) reads 2021 in every row
NMC_RELEASES = {"2021": "6.0"}
NMC_UNITS = {
    "milex": "thousands of current US$", "milper": "thousands of personnel",
    "irst": "thousands of tons", "pec": "thousands of coal-ton equivalents",
    "tpop": "thousands of people", "upop": "thousands of people",
    "cinc": "share of system capabilities (0-1)",
}
COW_ALLY = ["ccode1", "ccode2", "year", "defense", "neutrality", "nonaggression", "entente"]
ATOP_ALLY = ["stateA", "stateB", "year", "defense", "offense", "neutral", "nonagg", "consul"]
ALLY_OUT = ["ccode1", "ccode2", "year", "defense", "neutrality", "nonaggression", "entente", "offense",
            "consultation", "dataset"]

NMC_CITATION = ("Singer, J. David, Stuart Bremer and John Stuckey (1972). Capability Distribution, "
                "Uncertainty, and Major Power War, 1820-1965. In Bruce Russett (ed.), Peace, War, and "
                "Numbers, 19-48. Beverly Hills: Sage. National Material Capabilities dataset, "
                "https://correlatesofwar.org/data-sets/national-material-capabilities/")
COW_ALLY_CITATION = ("Gibler, Douglas M. (2009). International Military Alliances, 1648-2008. CQ Press. "
                     "Correlates of War Formal Alliances v4.1, "
                     "https://correlatesofwar.org/data-sets/formal-alliances/")
ATOP_CITATION = ("Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002). "
                 "Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: "
                 "237-260. ATOP dataset, http://www.atopdata.org/")


def _header(path: Path) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            first = fh.readline()
    except OSError as exc:
        raise InputError(path.name, None, None, f"cannot read file ({exc})") from exc
    return [c.strip().strip('"') for c in first.strip().split(",")]


def read(path: str | Path) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Read a COW NMC file or an alliance dyad-year file (COW v4.1 or ATOP), told apart by header."""
    path = Path(path)
    cols = set(_header(path))
    if {"ccode", "cinc"} <= cols:
        return read_nmc(path)
    if set(COW_ALLY) <= cols or set(ATOP_ALLY) <= cols:
        return read_alliances(path)
    raise InputError(path.name, 1, None,
                     "expected a COW NMC header (stateabb,ccode,year,milex,...,cinc) or an alliance "
                     "dyad-year header (ccode1,ccode2,...,year,defense,neutrality,nonaggression,entente "
                     "or ATOP stateA,stateB,year,defense,offense,neutral,nonagg,consul)")


def _csv(path: Path) -> pd.DataFrame:
    text = decode(path.read_bytes(), path.name)
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:
        raise InputError(path.name, 1, None, "expected a CSV header line; the file is empty") from None
    except (pd.errors.ParserError, ValueError, OverflowError) as exc:
        raise InputError(path.name, None, None, f"expected a CSV file ({one_line(exc, 200)})") from None
    df.columns = [str(c).strip() for c in df.columns]
    for col in df.columns:
        long = df[col].str.len() > MAX_FIELD_CHARS
        if long.any():
            i = int(long.to_numpy().nonzero()[0][0])
            raise InputError(path.name, i + 2, col, f"a field of more than {MAX_FIELD_CHARS:,} characters")
    if df.empty:
        raise InputError(path.name, 2, None, "expected data rows below the header; the file has a header only")
    return df


def _numeric(df: pd.DataFrame, col: str, path: Path, *, integer: bool, missing: tuple[str, ...] = ("",),
             allowed: set[float] | None = None) -> pd.Series:
    """Parse a column; missing codes become NA; anything else not a number raises InputError."""
    raw = df[col].str.strip()
    na = raw.isin(missing)
    shape = raw.str.fullmatch(r"[+-]?(\d{1,15}(\.\d*)?|\.\d+)([eE][+-]?\d{1,2})?")
    num = pd.to_numeric(raw.where(~na & shape), errors="coerce")
    bad = num.isna() & ~na
    if integer:
        bad |= num.notna() & (num % 1 != 0)
    if allowed is not None:
        bad |= num.notna() & ~num.isin(list(allowed))
    if bad.any():
        i = int(bad.to_numpy().nonzero()[0][0])
        what = "an integer" if integer else "a number"
        if allowed is not None:
            what = " or ".join(str(int(a)) for a in sorted(allowed))
        codes = " or ".join(repr(m) for m in missing if m)
        raise InputError(path.name, i + 2, col,
                         f"expected {what}{' (' + codes + ' = missing)' if codes else ''}, got {raw.iloc[i]!r}")
    return num.astype("Int64") if integer else num.astype("Float64")


def _in_range(out: pd.DataFrame, col: str, lo: int, hi: int, path: Path) -> None:
    bad = (out[col] < lo) | (out[col] > hi)
    if bad.fillna(False).any():
        i = int(bad.fillna(False).to_numpy().nonzero()[0][0])
        raise InputError(path.name, i + 2, col, f"expected a value between {lo} and {hi}, got {out[col].iloc[i]}")


def read_nmc(path: str | Path) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Read COW National Material Capabilities (v5/v6 layout) into table ``nmc``; -9 is NA."""
    path = Path(path)
    df = _csv(path)
    require_columns(list(df.columns), NMC_COLUMNS, path.name, 1, layout="COW NMC")
    total = df["stateabb"].str.strip().str.lower().isin(["total", "totals", "sum", "all"])
    if total.any():
        i = int(total.to_numpy().nonzero()[0][0])
        raise InputError(path.name, i + 2, "stateabb", f"expected a state abbreviation, got the aggregate row "
                         f"{df['stateabb'].iloc[i].strip()!r}; remove totals from the file")
    out = pd.DataFrame({"stateabb": df["stateabb"].str.strip().astype("string")})
    out["ccode"] = _numeric(df, "ccode", path, integer=True)
    out["year"] = _numeric(df, "year", path, integer=True)
    for col in ("ccode", "year"):
        if out[col].isna().any():
            i = int(out[col].isna().to_numpy().nonzero()[0][0])
            raise InputError(path.name, i + 2, col, "expected a value")
    _in_range(out, "ccode", 1, 999, path)
    _in_range(out, "year", 1816, 2100, path)
    for col in NMC_COLUMNS[3:]:
        out[col] = _numeric(df, col, path, integer=False, missing=("", "-9", "-9.0"))
    dup = out.duplicated(["ccode", "year"])
    if dup.any():
        i = int(dup.to_numpy().nonzero()[0][0])
        raise InputError(path.name, i + 2, "year",
                         f"expected one row per state-year; ccode {out['ccode'].iloc[i]} "
                         f"year {out['year'].iloc[i]} repeats")
    out["year"] = out["year"].astype("int64")
    out["ccode"] = out["ccode"].astype("int64")
    # the data's own version column first (a renamed or re-saved copy keeps its vintage), then the name
    col = df["version"].str.strip().iloc[0] if "version" in df and len(df) else ""
    m = re.search(r"NMC[-_ ]?v?(\d)[._]?(\d)", path.name, re.I)
    vintage = NMC_RELEASES.get(col) or (f"{m.group(1)}.{m.group(2)}" if m else col)
    if not vintage:
        vintage = f"data to {int(out['year'].max())}"
    lo, hi = int(out["year"].min()), int(out["year"].max())
    meta = SourceMeta(kind="nmc", vintage=vintage,
                      title=f"COW National Material Capabilities v{vintage} ({lo}–{hi})",
                      citation=f"{NMC_CITATION} (version {vintage})", file_name=path.name,
                      sha256=sha256_file(path), licence="Correlates of War Project data; cite as asked.",
                      url="https://correlatesofwar.org/data-sets/national-material-capabilities/")
    return {"nmc": out.reset_index(drop=True)}, meta


def read_alliances(path: str | Path) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Read a COW v4.1 or ATOP alliance dyad-year file into table ``alliances``."""
    path = Path(path)
    df = _csv(path)
    flag = {0.0, 1.0}
    if set(COW_ALLY) <= set(df.columns):
        dataset = "COW"
        out = pd.DataFrame({
            "ccode1": _numeric(df, "ccode1", path, integer=True),
            "ccode2": _numeric(df, "ccode2", path, integer=True),
            "year": _numeric(df, "year", path, integer=True),
        })
        for src, dst in (("defense", "defense"), ("neutrality", "neutrality"),
                         ("nonaggression", "nonaggression"), ("entente", "entente")):
            out[dst] = _numeric(df, src, path, integer=True, allowed=flag)
        out["offense"] = pd.array([pd.NA] * len(out), dtype="Int64")
        out["consultation"] = out["entente"]
        version = df["version"].iloc[0].strip() if "version" in df and len(df) else ""
        vintage = version or "4.1"
        title, citation, url = (f"COW Formal Alliances v{vintage} (dyad-year)", f"{COW_ALLY_CITATION} "
                                f"(version {vintage})", "https://correlatesofwar.org/data-sets/formal-alliances/")
    else:
        missing = [c for c in ATOP_ALLY if c not in df.columns]
        if missing:
            raise InputError(path.name, 1, missing[0], f"expected the header {','.join(ATOP_ALLY)}")
        dataset = "ATOP"
        out = pd.DataFrame({
            "ccode1": _numeric(df, "stateA", path, integer=True),
            "ccode2": _numeric(df, "stateB", path, integer=True),
            "year": _numeric(df, "year", path, integer=True),
        })
        out["defense"] = _numeric(df, "defense", path, integer=True, allowed=flag)
        out["neutrality"] = _numeric(df, "neutral", path, integer=True, allowed=flag)
        out["nonaggression"] = _numeric(df, "nonagg", path, integer=True, allowed=flag)
        out["entente"] = pd.array([pd.NA] * len(out), dtype="Int64")
        out["offense"] = _numeric(df, "offense", path, integer=True, allowed=flag)
        out["consultation"] = _numeric(df, "consul", path, integer=True, allowed=flag)
        m = re.search(r"atop[-_ ]?v?(\d)[._]?(\d)", path.name, re.I)
        vintage = f"{m.group(1)}.{m.group(2)}" if m else "unknown"
        title, citation, url = (f"ATOP v{vintage} (dyad-year)", f"{ATOP_CITATION} (version {vintage})",
                                "http://www.atopdata.org/")
    for col in ("ccode1", "ccode2", "year"):
        if out[col].isna().any():
            i = int(out[col].isna().to_numpy().nonzero()[0][0])
            raise InputError(path.name, i + 2, col if dataset == "COW" else
                             {"ccode1": "stateA", "ccode2": "stateB"}.get(col, col), "expected a value")
    _in_range(out, "ccode1", 1, 999, path)
    _in_range(out, "ccode2", 1, 999, path)
    _in_range(out, "year", 1648, 2100, path)
    same = out["ccode1"] == out["ccode2"]
    if same.any():
        i = int(same.to_numpy().nonzero()[0][0])
        raise InputError(path.name, i + 2, "ccode2", "expected two different states in a dyad")
    out["dataset"] = dataset
    for col in ("ccode1", "ccode2", "year"):
        out[col] = out[col].astype("int64")
    meta = SourceMeta(kind="alliances", vintage=vintage, title=title, citation=citation,
                      file_name=path.name, sha256=sha256_file(path), url=url, scope=dataset,
                      licence="Free for academic use; cite as asked.")
    return {"alliances": out[ALLY_OUT].reset_index(drop=True)}, meta


#: the reader of each kind this module serves: the kind the user names is the kind read
READERS = {"nmc": read_nmc, "alliances": read_alliances}
