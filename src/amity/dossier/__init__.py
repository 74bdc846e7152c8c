"""The embedded record: curated China–Russia records from public sources, shipped with amity.

The files are in ``amity/dossier/data`` (schema version :data:`SCHEMA_VERSION`: ``SCHEMA.md`` there and
``docs/records.md``). :func:`load_dossier` reads them once per process; :func:`validate` checks every
rule of the schema and returns the problems (``[]`` when the record is sound). The same rules check
a user's own records for any pair (:func:`check_tables`, used by ``amity data import records``), and
:func:`with_records` adds such imported records to the embedded ones (never replacing them).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date as _date
from importlib import resources
from typing import TYPE_CHECKING

import pandas as pd
import yaml

from amity.errors import InputError

if TYPE_CHECKING:
    from amity.store import Store

#: version of the record schema (``docs/records.md``); files of this version carry the columns below
SCHEMA_VERSION = 2

#: every table of the record, in the order they are read and written
TABLES = ("sources", "exercises", "exercise_areas", "exercise_sizes", "agreements", "meetings", "arms",
          "citations", "completeness")
#: the tables a user's records may hold (``amity data import records``): the schema's public part
RECORD_TABLES = ("sources", "exercises", "exercise_areas", "exercise_sizes", "meetings", "agreements",
                 "citations", "completeness")

#: the columns of each table in schema version 2 (the header row of each file)
COLUMNS: dict[str, list[str]] = {
    "sources": ["key", "title", "author", "publisher", "date", "url", "document", "kind", "licence"],
    "exercises": ["id", "year", "date", "end_date", "name", "name_variants", "kind", "domain", "framework",
                  "area", "lat", "lon", "geo_note", "participants", "lead", "composition", "interoperability",
                  "same_as", "source", "locator", "quote"],
    "exercise_areas": ["exercise_id", "area", "lat", "lon", "geo_note", "source", "locator", "quote"],
    "exercise_sizes": ["exercise_id", "party", "measure", "value", "source", "locator", "quote"],
    "meetings": ["id", "date", "year", "year_end", "kind", "title", "parties", "venue", "framework",
                 "description", "same_as", "source", "locator", "quote"],
    "agreements": ["id", "date", "year", "year_end", "end_year", "title", "kind", "parties", "description",
                   "same_as", "source", "locator", "quote"],
    "arms": ["id", "record", "supplier", "recipient", "year", "year_end", "item", "quantity", "measure", "value",
             "value_low", "value_high", "unit", "description", "same_as", "source", "locator"],
    "citations": ["record_id", "source", "locator", "quote"],
    "completeness": ["table", "kind", "from_year", "to_year", "complete", "basis", "source", "locator"],
}

REQUIRED = {
    "sources": ["key", "title", "kind"],
    "exercises": ["id", "year", "kind", "participants", "source", "locator", "quote"],
    "exercise_areas": ["exercise_id", "area", "lat", "lon", "source", "locator", "quote"],
    "exercise_sizes": ["exercise_id", "party", "measure", "value", "source", "locator", "quote"],
    "agreements": ["id", "year", "title", "kind", "parties", "source", "locator", "quote"],
    "meetings": ["id", "year", "kind", "title", "source", "locator", "quote"],
    "arms": ["id", "record", "supplier", "recipient", "year", "unit", "source", "locator"],
    "citations": ["record_id", "source", "locator", "quote"],
    "completeness": ["table", "from_year", "to_year", "complete", "basis"],
}
EXERCISE_KINDS = ("exercise", "command-staff", "computer-simulation", "air-patrol", "naval-patrol", "competition")
PATROL_KINDS = ("air-patrol", "naval-patrol")
DOMAINS = ("land", "sea", "air", "aerospace", "combined")
FRAMEWORKS = ("bilateral", "SCO", "multilateral")
MEETING_KINDS = ("summit", "state-visit", "sideline-meeting", "video-call", "phone-call", "defence-ministers",
                 "chiefs-of-staff", "dialogue", "meeting", "parade", "joint-statement", "statement", "forum")
#: meetings of the two heads of state or government (``leader_meetings_per_year``)
LEADER_MEETING_KINDS = ("summit", "state-visit", "sideline-meeting", "video-call", "phone-call")
AGREEMENT_KINDS = ("agreement", "treaty", "declaration", "joint-statement", "partnership", "mechanism", "plan",
                   "extension", "joint-venture", "organisation", "settlement")
SOURCE_KINDS = ("news", "official", "research", "brief", "un-document", "dataset")
SIZE_MEASURES = ("troops", "ships", "submarines", "aircraft", "helicopters", "vehicles")
ALLOWED = {
    ("exercises", "kind"): set(EXERCISE_KINDS),
    ("exercises", "framework"): set(FRAMEWORKS),
    ("agreements", "kind"): set(AGREEMENT_KINDS),
    ("meetings", "kind"): set(MEETING_KINDS),
    ("arms", "record"): {"deal", "figure"},
    ("sources", "kind"): set(SOURCE_KINDS),
    ("exercise_sizes", "measure"): set(SIZE_MEASURES),
    ("completeness", "table"): {"exercises", "meetings", "agreements"},
    ("completeness", "complete"): {"true", "false"},
}
#: ``;``-lists whose every item must be allowed
ALLOWED_LISTS = {("exercises", "domain"): set(DOMAINS)}
#: the kinds a completeness declaration may name, per table (empty kind = every kind of the table)
COMPLETENESS_KINDS = {"exercises": set(EXERCISE_KINDS), "meetings": set(MEETING_KINDS),
                      "agreements": set(AGREEMENT_KINDS)}
#: tables whose rows are records with an ``id`` (what ``same_as`` and ``citations.record_id`` point to)
ID_TABLES = ("exercises", "meetings", "agreements", "arms")
STATE_COLUMNS = ("participants", "parties", "supplier", "recipient", "lead")
MAX_QUOTE_WORDS = 30
CLAIM_TESTS = {"value", "peak", "trough", "share", "trend", "comparison", "count", "first", "extent", "rank",
               "percentile"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
#: years a record may carry: from 1945 to next year (``end_year`` of a treaty in force may lie further ahead)
YEAR_RANGE = (1945, _date.today().year + 1)
END_YEAR_MAX = 2100
SEED_SOURCES = frozenset({"fiia-2018", "montaigne-2019"})


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=str) for c in COLUMNS[name]})


@dataclass
class Dossier:
    """The record's tables as DataFrames (all columns text except years, lat/lon, values)."""

    sources: pd.DataFrame
    exercises: pd.DataFrame
    agreements: pd.DataFrame
    meetings: pd.DataFrame
    arms: pd.DataFrame
    claims: list[dict] = field(default_factory=list)
    exercise_areas: pd.DataFrame = field(default_factory=lambda: _empty("exercise_areas"))
    exercise_sizes: pd.DataFrame = field(default_factory=lambda: _empty("exercise_sizes"))
    citations: pd.DataFrame = field(default_factory=lambda: _empty("citations"))
    completeness: pd.DataFrame = field(default_factory=lambda: _empty("completeness"))

    def source_label(self, key: str) -> str:
        hit = self.sources[self.sources["key"] == key]
        if hit.empty:
            return key
        r = hit.iloc[0]
        author = f"{r['author']}, " if r.get("author") else ""
        return f"{author}{r['title']} ({r.get('publisher') or ''}, {r['date']})"

    def vintage(self, key: str) -> str:
        """The source's date (its vintage), "" if unknown."""
        src = self.sources
        cached = self.__dict__.get("_vintages")
        if cached is None or cached[0] is not src or cached[1] != len(src):
            dates = src["date"] if "date" in src.columns else pd.Series("", index=src.index)
            table = {}
            for k, v in zip(src["key"], dates):
                table.setdefault(str(k), "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v))
            cached = (src, len(src), table)
            self.__dict__["_vintages"] = cached
        return cached[2].get(key, "")

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)


def _path(name: str):  # noqa: ANN202
    return resources.files("amity.dossier").joinpath("data", name)


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns as read, years as Int64, coordinates and values as Float64 (malformed → NA;
    :func:`check_tables` reports them)."""
    df = df.copy()
    for col in ("year", "year_end", "end_year", "from_year", "to_year"):
        if col in df:
            df[col] = pd.to_numeric(df[col].replace("", None), errors="coerce").astype("Int64")
    for col in ("lat", "lon", "value", "value_low", "value_high", "quantity"):
        if col in df:
            df[col] = pd.to_numeric(df[col].replace("", None), errors="coerce").astype("Float64")
    return df


def _read_raw(name: str) -> pd.DataFrame:
    p = _path(f"{name}.csv")
    if not p.is_file():
        return _empty(name) if name in COLUMNS else pd.DataFrame(columns=REQUIRED.get(name, []))
    with p.open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=str, keep_default_na=False)


def _read_csv(name: str) -> pd.DataFrame:
    return typed(_read_raw(name))


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
    """Read the embedded record (cached for the process)."""
    return Dossier(**{t: _read_csv(t) for t in TABLES}, claims=_read_claims())


def seed_only(d: Dossier | None = None) -> Dossier:
    """The record as the two seed briefs alone attest it (rows citing ``fiia-2018`` or ``montaigne-2019``):
    what amity held before the fuller record, kept to show which claim verdicts the fuller record changes."""
    d = d or load_dossier()
    out = {}
    for t in TABLES:
        df = d.table(t)
        if t == "sources":
            out[t] = df[df["key"].isin(SEED_SOURCES)].copy()
        elif t == "completeness":
            out[t] = df.iloc[0:0].copy()
        elif "source" in df.columns:
            out[t] = df[df["source"].isin(SEED_SOURCES)].copy()
        else:
            out[t] = df.copy()
    return Dossier(**out, claims=d.claims)


# -- validation ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """One broken rule: the file, the line (header = line 1), the field and what was expected."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


def _blank(v: object) -> bool:
    return v is None or (not isinstance(v, str) and pd.isna(v)) or str(v).strip() == ""


def _valid_date(text: str) -> bool:
    if not DATE_RE.match(text):
        return False
    parts = [int(p) for p in text.split("-")]
    try:
        _date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


@functools.cache
def iso3_codes() -> frozenset[str]:
    """The ISO3 codes of the state table (records name states by ISO3 only: ``MNG`` is Mongolia here,
    never the COW abbreviation of Montenegro)."""
    from amity.states import all_states

    return frozenset(s.iso3 for s in all_states() if s.iso3)


def state_of(code_or_name: str):  # noqa: ANN201 - amity.states.State
    """A state by ISO3 code first (as records write them), else by any name or code :func:`amity.states.lookup`
    knows."""
    from amity.states import all_states, lookup

    text = str(code_or_name).strip()
    if text.upper() in iso3_codes():
        cands = [s for s in all_states() if s.iso3 == text.upper()]
        return next((s for s in cands if s.end_year is None), cands[0])
    return lookup(text)


def _known_state(code: str) -> bool:
    return bool(ISO3_RE.match(code)) and code in iso3_codes()


def _int_or_none(v: object) -> int | None:
    if _blank(v):
        return None
    try:
        f = float(str(v))
    except ValueError:
        return None
    return int(f) if f == int(f) else None


def check_tables(
    tables: dict[str, pd.DataFrame], *, files: dict[str, str] | None = None,
    known_sources: frozenset[str] = frozenset(), known_ids: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Every broken rule in a set of record tables (raw text as read, or typed), one :class:`Problem` each.

    ``files`` names the file of each table in the messages (default ``{table}.csv``); ``known_sources``
    and ``known_ids`` are source keys and record ids defined elsewhere (the embedded record, earlier
    imports) that these tables may cite or link to with ``same_as``; ids must not repeat them.
    """
    files = files or {}
    problems: list[Problem] = []
    src = tables.get("sources")
    own_keys = set(src["key"].astype(str)) if src is not None and "key" in src.columns else set()
    keys = own_keys | set(known_sources)
    ids_by_table: dict[str, set[str]] = {}
    for name in ID_TABLES:
        df = tables.get(name)
        ids_by_table[name] = set(df["id"].astype(str)) if df is not None and "id" in df.columns else set()
    all_ids = set().union(*ids_by_table.values()) | set(known_ids)
    for name in sorted(tables, key=lambda t: TABLES.index(t) if t in TABLES else len(TABLES)):
        df = tables[name]
        if name not in REQUIRED:
            continue
        fname = files.get(name, f"{name}.csv")
        missing = [c for c in REQUIRED[name] if c not in df.columns]
        problems += [Problem(fname, 1, c, "missing column") for c in missing]
        if missing:
            continue
        idcol = "key" if name == "sources" else "id" if name in ID_TABLES else None
        if idcol:
            seen: set[str] = set()
            for i, v in enumerate(df[idcol].astype(str)):
                if v in seen:
                    problems.append(Problem(fname, i + 2, idcol, f"duplicate {idcol} {v!r}"))
                elif idcol == "id" and v in known_ids:
                    problems.append(Problem(fname, i + 2, idcol, f"id {v!r} is already in the record "
                                                                 "(give this record its own id; link it with same_as)"))
                elif idcol == "key" and v in known_sources:
                    problems.append(Problem(fname, i + 2, idcol, f"source key {v!r} is already in the record"))
                seen.add(v)
        for i, row in enumerate(df.to_dict(orient="records")):
            problems += _check_row(name, fname, i + 2, row, keys, all_ids, ids_by_table)
    return problems


def _check_row(name: str, fname: str, line: int, row: dict, keys: set[str], all_ids: set[str],
               ids_by_table: dict[str, set[str]]) -> list[Problem]:
    out: list[Problem] = []

    def bad(col: str, msg: str) -> None:
        out.append(Problem(fname, line, col, msg))

    for col in REQUIRED[name]:
        if _blank(row.get(col)):
            bad(col, "required, is empty")
    for (tbl, col), allowed in ALLOWED.items():
        if tbl == name and not _blank(row.get(col)) and str(row[col]) not in allowed:
            bad(col, f"{row[col]!r} not one of {sorted(allowed)}")
    for (tbl, col), allowed in ALLOWED_LISTS.items():
        if tbl == name and not _blank(row.get(col)):
            for item in str(row[col]).split(";"):
                if item.strip() not in allowed:
                    bad(col, f"{item.strip()!r} not one of {sorted(allowed)}")
    if name == "sources":
        if _blank(row.get("url")) and _blank(row.get("document")):
            bad("url", "a source needs a url or a document (seed file name or official document symbol)")
        if not _blank(row.get("url")) and not re.match(r"^https?://\S+$", str(row["url"]).strip()):
            bad("url", f"{row['url']!r} is not an http(s) URL")
    if name != "sources" and not _blank(row.get("source")) and str(row["source"]) not in keys:
        bad("source", f"unknown source key {row['source']!r} (not in sources.csv)")
    if "quote" in row and not _blank(row.get("quote")):
        n = len(str(row["quote"]).split())
        if n > MAX_QUOTE_WORDS:
            bad("quote", f"{n} words; at most {MAX_QUOTE_WORDS} (a short verbatim passage)")
    years = {}
    for col in ("year", "year_end", "end_year", "from_year", "to_year"):
        v = row.get(col)
        if _blank(v):
            continue
        y = _int_or_none(v)
        hi = END_YEAR_MAX if col == "end_year" else YEAR_RANGE[1]
        if y is None:
            bad(col, f"{v!r} is not a year")
        elif not (YEAR_RANGE[0] <= y <= hi):
            bad(col, f"{y} outside {YEAR_RANGE[0]}–{hi}")
        else:
            years[col] = y
    if "year_end" in years and "year" in years and years["year_end"] < years["year"]:
        bad("year_end", f"{years['year_end']} is before year {years['year']}")
    if "to_year" in years and "from_year" in years and years["to_year"] < years["from_year"]:
        bad("to_year", f"{years['to_year']} is before from_year {years['from_year']}")
    for col in ("date", "end_date"):
        v = row.get(col)
        if _blank(v):
            continue
        v = str(v).strip()
        if not _valid_date(v):
            bad(col, f"{v!r} is not a date YYYY, YYYY-MM or YYYY-MM-DD")
        elif not (YEAR_RANGE[0] <= int(v[:4]) <= YEAR_RANGE[1]):
            bad(col, f"{v} outside {YEAR_RANGE[0]}–{YEAR_RANGE[1]}")
        elif col == "date" and "year" in years and int(v[:4]) != years["year"]:
            bad(col, f"{v} disagrees with year {years['year']}")
    d0, d1 = str(row.get("date") or ""), str(row.get("end_date") or "")
    if _valid_date(d0) and _valid_date(d1) and d1[: len(d0)] < d0[: len(d1)]:
        bad("end_date", f"{d1} is before date {d0}")
    coords = {}
    for col, lim in (("lat", 90), ("lon", 180)):
        v = row.get(col)
        if _blank(v):
            continue
        try:
            f = float(str(v))
        except ValueError:
            bad(col, f"{v!r} is not a number (decimal degrees)")
            continue
        if not (-lim <= f <= lim):
            bad(col, f"{f} outside [-{lim}, {lim}]")
        coords[col] = f
    if name in ("exercises", "exercise_areas") and (_blank(row.get("lat")) != _blank(row.get("lon"))):
        bad("lon" if _blank(row.get("lon")) else "lat", "lat and lon go together (both or neither)")
    if name == "exercises" and not _blank(row.get("lat")) and _blank(row.get("area")):
        bad("area", "a located exercise needs the area's name")
    for col in STATE_COLUMNS:
        if _blank(row.get(col)):
            continue
        codes = [c.strip() for c in str(row[col]).split(";")]
        for code in codes:
            if not _known_state(code):
                bad(col, f"unknown state code {code!r} (expected ISO3, e.g. CHN)")
        if col in ("participants", "parties") and name in ("exercises", "agreements", "meetings") \
                and len({c for c in codes if c}) < 2:
            bad(col, "needs at least two states")
    if name == "exercises" and not _blank(row.get("lead")) and not _blank(row.get("participants")):
        if str(row["lead"]).strip() not in {c.strip() for c in str(row["participants"]).split(";")}:
            bad("lead", f"{row['lead']!r} is not among the participants")
    if name == "exercise_sizes":
        party = str(row.get("party") or "").strip()
        if party and party != "ALL" and not _known_state(party):
            bad("party", f"unknown state code {party!r} (expected ISO3 or ALL)")
        v = row.get("value")
        if not _blank(v):
            try:
                f = float(str(v))
                if f < 0 or f != f:
                    bad("value", f"{v!r} is not a count (a number ≥ 0)")
            except ValueError:
                bad("value", f"{v!r} is not a number")
    if name in ("exercise_areas", "exercise_sizes") and not _blank(row.get("exercise_id")) \
            and str(row["exercise_id"]) not in ids_by_table["exercises"] | all_ids:
        bad("exercise_id", f"unknown exercise id {row['exercise_id']!r}")
    if name == "citations" and not _blank(row.get("record_id")) and str(row["record_id"]) not in all_ids:
        bad("record_id", f"unknown record id {row['record_id']!r}")
    if not _blank(row.get("same_as")) and str(row["same_as"]) not in all_ids:
        bad("same_as", f"unknown id {row['same_as']!r}")
    if not _blank(row.get("same_as")) and str(row.get("same_as")) == str(row.get("id")):
        bad("same_as", "a record cannot be the same as itself")
    if name == "completeness":
        t, k = str(row.get("table") or ""), str(row.get("kind") or "").strip()
        if k and t in COMPLETENESS_KINDS and k not in COMPLETENESS_KINDS[t]:
            bad("kind", f"{k!r} is not a kind of {t} ({sorted(COMPLETENESS_KINDS[t])})")
        if str(row.get("complete")) == "true":
            if _blank(row.get("source")):
                bad("source", "a period declared complete must cite the published list or count it was "
                              "checked against")
            elif _blank(row.get("locator")):
                bad("locator", "required with source")
    return out


def validate(d: Dossier | None = None) -> list[str]:
    """Every problem in the record, one line each (``file:line: field: problem``); ``[]`` if sound."""
    d = d or load_dossier()
    tables = {t: d.table(t) for t in TABLES}
    problems = [str(p) for p in check_tables(tables)]
    problems += validate_claims(d.claims, set(d.sources["key"]))
    return problems


def validate_claims(claims: list[dict], source_keys: set[str]) -> list[str]:
    """Problems in a list of claims (structure only; the claims module checks them against data)."""
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
        per = c.get("period")
        if per is not None and not (isinstance(per, list) and len(per) == 2 and all(isinstance(y, int) for y in per)
                                    and per[0] <= per[1]):
            out.append(f"{where}: period: expected [from_year, to_year]")
    return out


# -- records imported into the store (``amity data import records``) ----------------------------------
def store_table(name: str) -> str:
    """The store's table of imported records of one kind (``records_exercises`` ...)."""
    return f"records_{name}"


def imported_records(store: Store | None) -> dict[str, pd.DataFrame]:
    """The records users imported into ``store``, as raw text tables (with ``source_id``); {} if none."""
    if store is None:
        return {}
    try:  # one look at the catalogue (most stores hold no records)
        have = set(store.query("SELECT table_name FROM information_schema.tables "
                               "WHERE table_name LIKE 'records_%'")["table_name"])
    except Exception:
        have = {store_table(n) for n in RECORD_TABLES if store.has_table(store_table(n))}
    out = {}
    for name in RECORD_TABLES:
        if store_table(name) in have:
            df = store.facts(store_table(name), vintage=None)
            if df is not None and not df.empty:
                out[name] = df.astype(object).where(df.notna(), "").astype(str)
    return out


def with_records(d: Dossier, store: Store | None) -> Dossier:
    """The embedded record plus the records imported into ``store`` (added, never replacing)."""
    imp = imported_records(store)
    if not imp:
        return d
    out = {}
    for t in TABLES:
        base = d.table(t)
        add = imp.get(t)
        if add is None:
            out[t] = base
            continue
        add = typed(add.rename(columns={"source_id": "imported_as"}))
        base = base.assign(imported_as="") if "imported_as" not in base.columns else base
        out[t] = pd.concat([base, add], ignore_index=True)
    return Dossier(**out, claims=d.claims)


def export_tables(d: Dossier, a: str, b: str) -> dict[str, pd.DataFrame]:
    """The records of the pair ``a``–``b`` (both among participants/parties) as v2 text tables, with the
    area, size and citation rows of those records, the completeness rows, and the sources they cite."""
    out: dict[str, pd.DataFrame] = {}

    def both(col: pd.Series) -> pd.Series:
        sets = col.fillna("").astype(str).str.split(";").map(lambda xs: {x.strip() for x in xs})
        return sets.map(lambda s: a in s and b in s)

    ids: set[str] = set()
    for name, col in (("exercises", "participants"), ("meetings", "parties"), ("agreements", "parties")):
        df = d.table(name)
        df = df[both(df[col])] if not df.empty else df
        out[name] = df
        ids |= set(df["id"].astype(str))
    for name, col in (("exercise_areas", "exercise_id"), ("exercise_sizes", "exercise_id"),
                      ("citations", "record_id")):
        df = d.table(name)
        out[name] = df[df[col].astype(str).isin(ids)] if not df.empty else df
    comp = d.completeness
    if not comp.empty:
        origin = comp["imported_as"].fillna("") if "imported_as" in comp.columns else pd.Series("", index=comp.index)
        holds: dict[str, bool] = {}
        for name in ("exercises", "meetings", "agreements"):
            df = out[name]
            if "imported_as" in df.columns:
                for o in set(df["imported_as"].fillna("")) - {""}:
                    holds[o] = True
        out["completeness"] = comp[[(not o and {a, b} == {"CHN", "RUS"}) or bool(o and holds.get(o))
                                    for o in origin]]
    else:
        out["completeness"] = comp
    used = set()
    for df in out.values():
        if "source" in df.columns:
            used |= set(df["source"].astype(str))
    out["sources"] = d.sources[d.sources["key"].astype(str).isin(used)]
    text = {}
    for name in RECORD_TABLES:
        df = out[name].copy()
        for col in COLUMNS[name]:
            if col not in df.columns:
                df[col] = ""
        df = df[COLUMNS[name]]
        for col in df.columns:
            s = df[col]
            if str(s.dtype) in ("Int64", "Float64"):
                s = s.astype(object).where(s.notna(), None)
                s = s.map(lambda v, c=col: "" if v is None else _number_text(v, c))
            df[col] = s.fillna("").astype(str)
        text[name] = df.reset_index(drop=True)
    return text


def _number_text(v: object, col: str) -> str:
    """A number as the record files write it: coordinates as decimals (``40.0``), counts and years whole."""
    f = float(v)  # type: ignore[arg-type]
    if col in ("lat", "lon"):
        return repr(f)
    return str(int(f)) if f == int(f) else repr(f)


def census_complete(table: str, kind: str | None, start: int, end: int, d: Dossier | None = None) -> bool:
    """True when every year ``start..end`` of ``table``'s records of ``kind`` (None: all kinds) is declared
    complete in ``completeness.csv`` (checked against a published list): only then does the absence of a
    record say that nothing happened."""
    comp = (d or load_dossier()).completeness
    if comp is None or comp.empty:
        return False
    ok = comp[(comp["table"] == table) & (comp["complete"] == "true")
              & (comp["kind"].fillna("").isin([kind or "", ""]) if kind else comp["kind"].fillna("").eq(""))]
    years = set()
    for a, b in zip(pd.to_numeric(ok["from_year"]), pd.to_numeric(ok["to_year"])):
        years |= set(range(int(a), int(b) + 1))
    return set(range(start, end + 1)) <= years


def completeness_summary(d: Dossier | None = None) -> pd.DataFrame:
    """How complete each kind of record is believed to be, from ``completeness.csv``: one row per table
    and kind (``all`` where a declaration names no kind), with the periods declared complete (checked
    against a published list), the periods declared not complete, and the records of that kind held."""
    d = d or load_dossier()
    comp = d.completeness
    rows = []
    for (table, kind), grp in comp.fillna({"kind": ""}).groupby(["table", "kind"], sort=True):
        def spans(g: pd.DataFrame) -> str:
            return ", ".join(f"{int(a)}–{int(b)}" if a != b else f"{int(a)}"
                             for a, b in zip(g["from_year"], g["to_year"]))

        yes, no = grp[grp["complete"] == "true"], grp[grp["complete"] != "true"]
        df = d.table(table) if table in ("exercises", "meetings", "agreements") else pd.DataFrame()
        held = int((df["kind"] == kind).sum()) if kind and "kind" in df.columns else len(df)
        rows.append({"table": table, "kind": kind or "all", "complete": spans(yes), "not_complete": spans(no),
                     "records": held})
    return pd.DataFrame(rows, columns=["table", "kind", "complete", "not_complete", "records"])
