"""The embedded China–Russia dossier: curated records the briefs attest, shipped with amity.

The files are in ``amity/dossier/data`` (schema: ``SCHEMA.md`` there). :func:`load_dossier` reads
them once per process; :func:`validate` checks every rule of the schema and returns the problems
(``[]`` when the dossier is sound). The tests run the validator.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources

import pandas as pd
import yaml

from amity.errors import InputError

TABLES = ("sources", "exercises", "agreements", "meetings", "arms")

REQUIRED = {
    "sources": ["key", "title", "date", "kind"],
    "exercises": ["id", "year", "participants", "source", "locator"],
    "agreements": ["id", "year", "title", "kind", "source", "locator"],
    "meetings": ["id", "year", "kind", "title", "source", "locator"],
    "arms": ["id", "record", "supplier", "recipient", "year", "unit", "source", "locator"],
}
ALLOWED = {
    ("exercises", "domain"): {"land", "sea", "air", "aerospace", "combined"},
    ("exercises", "framework"): {"bilateral", "SCO", "multilateral"},
    ("agreements", "kind"): {"agreement", "treaty", "declaration", "partnership", "mechanism", "plan",
                             "joint-venture", "organisation", "settlement"},
    ("meetings", "kind"): {"state-visit", "parade", "joint-statement", "statement", "dialogue", "forum",
                           "summit", "meeting"},
    ("arms", "record"): {"deal", "figure"},
    ("sources", "kind"): {"brief", "un-document", "dataset"},
}
CLAIM_TESTS = {"value", "peak", "trough", "share", "trend", "comparison", "count", "first", "extent"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
YEAR_RANGE = (1945, 2030)


@dataclass
class Dossier:
    """The dossier's tables as DataFrames (all columns text except years, lat/lon, values)."""

    sources: pd.DataFrame
    exercises: pd.DataFrame
    agreements: pd.DataFrame
    meetings: pd.DataFrame
    arms: pd.DataFrame
    claims: list[dict] = field(default_factory=list)

    def source_label(self, key: str) -> str:
        hit = self.sources[self.sources["key"] == key]
        if hit.empty:
            return key
        r = hit.iloc[0]
        author = f"{r['author']}, " if r.get("author") else ""
        return f"{author}{r['title']} ({r.get('publisher') or ''}, {r['date']})"

    def vintage(self, key: str) -> str:
        hit = self.sources[self.sources["key"] == key]
        return "" if hit.empty else str(hit.iloc[0]["date"])


def _path(name: str):  # noqa: ANN202
    return resources.files("amity.dossier").joinpath("data", name)


def _read_csv(name: str) -> pd.DataFrame:
    p = _path(f"{name}.csv")
    if not p.is_file():
        return pd.DataFrame(columns=REQUIRED.get(name, []))
    with p.open("r", encoding="utf-8") as fh:
        df = pd.read_csv(fh, dtype=str, keep_default_na=False)
    for col in ("year", "year_end", "end_year"):
        if col in df:
            df[col] = pd.to_numeric(df[col].replace("", None), errors="coerce").astype("Int64")
    for col in ("lat", "lon", "value", "value_low", "value_high", "quantity"):
        if col in df:
            df[col] = pd.to_numeric(df[col].replace("", None), errors="coerce").astype("Float64")
    return df


def _read_claims() -> list[dict]:
    p = _path("claims.yaml")
    if not p.is_file():
        return []
    with p.open("r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or []
    if not isinstance(data, list):
        raise InputError("claims.yaml", 1, None, "expected a list of claims")
    return data


@functools.cache
def load_dossier() -> Dossier:
    """Read the embedded dossier (cached for the process)."""
    return Dossier(**{t: _read_csv(t) for t in TABLES}, claims=_read_claims())


def validate(d: Dossier | None = None) -> list[str]:
    """Every problem in the dossier, one line each (``file:line: field: problem``); ``[]`` if sound."""
    from amity.states import lookup

    d = d or load_dossier()
    problems: list[str] = []
    keys = set(d.sources["key"])
    for name in TABLES:
        df = getattr(d, name)
        for col in REQUIRED[name]:
            if col not in df.columns:
                problems.append(f"{name}.csv: missing column {col!r}")
        if any(col not in df.columns for col in REQUIRED[name]):
            continue
        idcol = "key" if name == "sources" else "id"
        dup = df[idcol][df[idcol].duplicated()]
        problems += [f"{name}.csv: duplicate {idcol} {v!r}" for v in dup]
        if "same_as" in df.columns:
            ids = set(df[idcol])
            for i, ref in enumerate(df["same_as"].fillna("")):
                if ref and ref not in ids:
                    problems.append(f"{name}.csv:{i + 2}: same_as: unknown id {ref!r}")
        for i, row in enumerate(df.to_dict(orient="records")):
            where = f"{name}.csv:{i + 2}"
            for col in REQUIRED[name]:
                if row[col] is None or pd.isna(row[col]) or str(row[col]).strip() == "":
                    problems.append(f"{where}: {col}: required, is empty")
            for (tbl, col), allowed in ALLOWED.items():
                if tbl == name and row.get(col) and row[col] not in allowed:
                    problems.append(f"{where}: {col}: {row[col]!r} not one of {sorted(allowed)}")
            if name != "sources" and row.get("source") and row["source"] not in keys:
                problems.append(f"{where}: source: unknown source key {row['source']!r}")
            for col in ("year", "year_end", "end_year"):
                v = row.get(col)
                if v is not None and not pd.isna(v) and not (YEAR_RANGE[0] <= int(v) <= YEAR_RANGE[1]):
                    problems.append(f"{where}: {col}: {v} outside {YEAR_RANGE}")
            if row.get("date") and not DATE_RE.match(str(row["date"])):
                problems.append(f"{where}: date: {row['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            if row.get("date") and row.get("year") is not None and not pd.isna(row.get("year")) \
                    and DATE_RE.match(str(row["date"])) and int(str(row["date"])[:4]) != int(row["year"]):
                problems.append(f"{where}: date: {row['date']} disagrees with year {row['year']}")
            for col, lim in (("lat", 90), ("lon", 180)):
                v = row.get(col)
                if v is not None and not pd.isna(v) and not (-lim <= float(v) <= lim):
                    problems.append(f"{where}: {col}: {v} outside [-{lim}, {lim}]")
            for col in ("participants", "parties", "supplier", "recipient"):
                for code in str(row.get(col) or "").split(";"):
                    if code.strip() and code.strip() not in ("SCO",):
                        try:
                            lookup(code.strip())
                        except Exception:
                            problems.append(f"{where}: {col}: unknown state code {code.strip()!r}")
    problems += validate_claims(d.claims, keys)
    return problems


def validate_claims(claims: list[dict], source_keys: set[str]) -> list[str]:
    """Problems in a list of claims (structure only; the claims module checks them against data)."""
    from amity import indicators

    known = set(indicators.registry())
    out: list[str] = []
    seen: set[str] = set()
    for i, c in enumerate(claims):
        where = f"claims.yaml: claim {i + 1} ({c.get('id', '?')})"
        for col in ("id", "text", "said_in", "indicator", "dyad", "test", "period"):
            if c.get(col) in (None, "", []):
                out.append(f"{where}: {col}: required")
        if c.get("id") in seen:
            out.append(f"{where}: id: duplicate")
        seen.add(c.get("id"))
        said = c.get("said_in") or {}
        if not isinstance(said, dict) or said.get("source") not in source_keys or not said.get("locator"):
            out.append(f"{where}: said_in: needs a known source key and a locator")
        if c.get("test") and c["test"] not in CLAIM_TESTS:
            out.append(f"{where}: test: {c['test']!r} not one of {sorted(CLAIM_TESTS)}")
        # Indicators of strands not installed yet are reported by the claims checker as unverifiable;
        # here we only insist on a plausible name.
        if c.get("indicator") and not re.match(r"^[a-z][a-z0-9_]*$", str(c["indicator"])):
            out.append(f"{where}: indicator: {c['indicator']!r} is not an indicator name")
        _ = known
        per = c.get("period")
        if per is not None and not (isinstance(per, list) and len(per) == 2 and all(isinstance(y, int) for y in per)
                                    and per[0] <= per[1]):
            out.append(f"{where}: period: expected [from_year, to_year]")
    return out
