"""UN General Assembly roll-call votes (Voeten, Strezhnev and Bailey; CC0).

Two published layouts are read, from CSV, tab-separated text or R data files (``.rda``/``.RData``/
``.rds``, read with ``pyreadr``):

* **Voeten's own layout** (``UNVotes`` files): one row per roll call and country, ``rcid, ccode, vote``
  with vote codes 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member, plus roll-call columns
  (``session, date, unres, importantvote, amend, para, short, descr``, optional ``year``) and issue
  flags ``me nu di hr co ec`` (1 = the roll call is about that issue). Countries are COW codes
  (``ccode``); names from ``Countryname``/``Country`` where present.
* **The tidy unvotes layout** (R package ``unvotes``): ``un_votes`` (``rcid, country, country_code,
  vote`` with vote ``yes``/``no``/``abstain``; ISO2 codes), ``un_roll_calls`` (``rcid, session,
  importantvote, date, unres, amend, para, short, descr``) and ``un_roll_call_issues`` (``rcid,
  short_name, issue``). The three files are one dataset: give them in one import::

      amity data import unga un_votes.rda un_roll_calls.rda un_roll_call_issues.rda

  Every file given to one ``amity data import unga`` becomes one source (its id hashes all the
  files); the votes need their roll calls (dates) in the same import, the issue file is optional.

Tables written (each row with ``source_id``):

* ``unga_votes``: ``rcid, cow, iso3, country, vote`` — ``vote`` in Voeten's codes (1 yes, 2 abstain,
  3 no, 8 absent). Rows with code 9 (not a member) are not votes and are not kept. Countries map to the
  state table by ISO2 code (unvotes) or COW code (Voeten), else by name; the Federal Republic of
  Germany before 1990 is COW 260, as in COW. A country that does not map is kept with ``cow``/``iso3``
  NA and reported (a warning naming it), never dropped.
* ``unga_rollcalls``: ``rcid, session, year, date, unres, importantvote, amend, para, short, descr``.
  ``year`` is the year of ``date`` (else Voeten's ``year``, else ``1945 + session``).
* ``unga_issues``: ``rcid, issue, issue_name`` — issue codes ``me`` (Palestinian conflict), ``nu``
  (nuclear weapons), ``di`` (arms control and disarmament), ``hr`` (human rights), ``co``
  (colonialism), ``ec`` (economic development).

Bad input raises :class:`amity.errors.InputError` before anything is written: an unknown vote code, a
duplicate (rcid, country) row, a file of another layout, votes without roll calls. For R data files
the "line" in the message is the row number (1-based).
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from amity.errors import InputError
from amity.sources._validate import Lenient, lenient_number, one_line, zip_member
from amity.states import all_states, lookup
from amity.store import ImportResult, SourceMeta, Store, sha256_file

KIND = "unga"
ISSUES = {
    "me": "Palestinian conflict",
    "nu": "Nuclear weapons and nuclear material",
    "di": "Arms control and disarmament",
    "hr": "Human rights",
    "co": "Colonialism",
    "ec": "Economic development",
}
VOTE_CODES = {1: "yes", 2: "abstain", 3: "no", 8: "absent", 9: "not a member"}
VOTE_WORDS = {"yes": 1, "abstain": 2, "no": 3, "absent": 8}
#: names whose COW identity differs from what a name lookup would give
NAME_OVERRIDES = {"federal republic of germany": 260, "german federal republic": 260}
CITATION = ("Erik Voeten, Anton Strezhnev and Michael Bailey, United Nations General Assembly Voting Data, "
            "Harvard Dataverse, https://doi.org/10.7910/DVN/LEJUQZ (CC0)")
R_SUFFIXES = {".rda", ".rdata", ".rds"}
VOETEN_TITLE = "UN General Assembly roll-call votes"
UNDL_TITLE = "UN Digital Library General Assembly voting data"
UNDL_CITATION = ("United Nations Dag Hammarskjöld Library, Voting Data in the UN Digital Library, General Assembly "
                 "(adopted resolutions only; no votes on drafts not adopted), https://digitallibrary.un.org")
UNDL_URL = "https://digitallibrary.un.org"
ROLLCALL_COLS = ["rcid", "session", "year", "date", "unres", "importantvote", "amend", "para", "short", "descr"]


@dataclass
class _Parts:
    """What one import's files hold, by role, with the file each part came from."""

    votes: list[tuple[str, pd.DataFrame]] = field(default_factory=list)
    rollcalls: list[tuple[str, pd.DataFrame]] = field(default_factory=list)
    issues: list[tuple[str, pd.DataFrame]] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    lenient: dict[str, Lenient] = field(default_factory=dict)
    undl: bool = False

    def report(self, path: str) -> Lenient:
        """The lenient-cell report of one file (auxiliary cells made NA)."""
        return self.lenient.setdefault(path, Lenient(Path(path).name))


# -- reading files --------------------------------------------------------------------------------
def _frames(path: Path) -> list[pd.DataFrame]:
    """The tables in one file (an R data file may hold several)."""
    if path.suffix.lower() in R_SUFFIXES:
        import pyreadr

        try:
            res = pyreadr.read_r(str(path))
        except Exception as exc:  # noqa: BLE001 - pyreadr raises several types
            raise InputError(str(path), None, None, f"expected an R data file ({exc})") from exc
        return [df for df in res.values() if df is not None]
    with open(path, "rb") as fh:
        head = fh.read(65536)
    source: object = path
    if head[:2] == b"PK":  # a zipped CSV (as Dataverse serves it): its one data member
        _member, data = zip_member(path, r"\.(csv|tab|txt)$", exclude="")
        head, source = data[:65536], io.BytesIO(data)
    text = head.decode("utf-8", errors="replace")
    first = text.splitlines()[0] if text else ""
    sep = "\t" if first.count("\t") > first.count(",") else ","
    try:
        df = pd.read_csv(source, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8",
                         encoding_errors="replace", quoting=csv.QUOTE_MINIMAL)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(str(path), None, None, f"expected CSV or tab-separated votes ({one_line(exc, 200)})") from None
    if df.empty:
        raise InputError(str(path), 2, None, "expected data rows below the header; the file has a header only")
    return [df]


def _role(df: pd.DataFrame) -> str | None:
    cols = {c.lower() for c in df.columns}
    if {"undl_id", "ms_code", "ms_vote"} <= cols:
        return "undl"
    if {"rcid", "ccode", "vote"} <= cols:
        return "voeten"
    if {"rcid", "country", "vote"} <= cols:
        return "unvotes"
    if "vote" in cols:
        return None
    if {"rcid", "session"} <= cols and ({"date", "year"} & cols):
        return "rollcalls"
    if "rcid" in cols and ({"short_name", "issue"} & cols):
        return "issues"
    return None


def _line(path: str, idx: int) -> int:
    """File line of the 0-based data row ``idx`` (R files: the 1-based row number)."""
    return idx + 1 if Path(path).suffix.lower() in R_SUFFIXES else idx + 2


def _first(mask: np.ndarray | pd.Series) -> int | None:
    hits = np.flatnonzero(np.asarray(mask, dtype=bool))
    return int(hits[0]) if hits.size else None


def _ints(s: pd.Series, path: str, name: str, *, allow_na: bool = False) -> pd.Series:
    """A column as nullable integers; text like ``3.0`` is accepted, anything else is an error."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        s = s.astype(str)
    num = pd.to_numeric(s.replace({"": None, "NA": None}) if s.dtype == object or pd.api.types.is_string_dtype(s)
                        else s, errors="coerce")
    bad = num.isna() & ~(s.isna() | s.astype(str).isin(["", "NA", "nan", "None"]))
    if not allow_na:
        bad = bad | num.isna()
    bad = bad | (num.notna() & (num != num.round())) | (num.abs() >= 1e15)  # 1e15+: not an id (int64 overflow)
    i = _first(bad)
    if i is not None:
        raise InputError(path, _line(path, i), name, f"expected a whole number, got {s.iloc[i]!r}")
    return num.round().astype("Int64")


def _iso2_index() -> dict[str, int]:
    idx: dict[str, int] = {}
    for st in sorted(all_states(), key=lambda s: (s.end_year is not None, s.cow)):
        for code in re.split(r"[|;]", st.iso2 or ""):
            code = code.strip("^$ ").upper()
            if len(code) == 2:
                idx.setdefault(code, st.cow)
    return idx


def _cow_index() -> dict[int, tuple[str | None, str]]:
    return {s.cow: (s.iso3, s.name) for s in all_states()}


def _map_names(names: pd.Series, codes: pd.Series | None) -> pd.Series:
    """COW codes for (name, ISO2) pairs: override, ISO2, then name lookup; unmapped -> NA."""
    iso2 = _iso2_index()
    pairs = pd.DataFrame({"name": names.astype(str),
                          "code": codes.astype("string").fillna("") if codes is not None else ""})
    uniq = pairs.drop_duplicates()
    out = {}
    for name, code in zip(uniq["name"], uniq["code"]):
        cow = NAME_OVERRIDES.get(name.strip().lower())
        if cow is None and code:
            cow = iso2.get(str(code).strip().upper())
        if cow is None:
            try:
                cow = lookup(name).cow
            except Exception:  # noqa: BLE001 - unknown name: reported by the caller
                cow = None
        out[(name, code)] = cow
    keys = list(zip(pairs["name"], pairs["code"]))
    return pd.Series([out[k] for k in keys], index=names.index, dtype="Int64")


def _votes_unvotes(df: pd.DataFrame, path: str, parts: _Parts) -> pd.DataFrame:
    df = df.rename(columns=str.lower)
    rcid = _ints(df["rcid"], path, "rcid")
    words = df["vote"].astype("string").str.strip().str.lower()
    code = words.map(VOTE_WORDS)
    i = _first(code.isna())
    if i is not None:
        raise InputError(path, _line(path, i), "vote",
                         f"expected yes, no or abstain, got {df['vote'].iloc[i]!r}")
    country = df["country"].astype("string").fillna("")
    cc = df["country_code"] if "country_code" in df.columns else None
    cow = _map_names(country, cc)
    out = pd.DataFrame({"rcid": rcid.astype("int64"), "cow": cow, "country": country.astype(str),
                        "country_code": (cc.astype("string").fillna("") if cc is not None else ""),
                        "vote": code.astype("int8")})
    return _finish_votes(out, path, parts, key="country")


def _votes_voeten(df: pd.DataFrame, path: str, parts: _Parts) -> pd.DataFrame:
    low = df.rename(columns=str.lower)
    rcid = _ints(low["rcid"], path, "rcid")
    ccode = _ints(low["ccode"], path, "ccode")
    vote = _ints(low["vote"], path, "vote")
    i = _first(~vote.isin(list(VOTE_CODES)))
    if i is not None:
        raise InputError(path, _line(path, i), "vote",
                         f"expected a vote code 1 (yes), 2 (abstain), 3 (no), 8 (absent) or 9 (not a member), "
                         f"got {low['vote'].iloc[i]!r}")
    name_col = next((c for c in ("countryname", "country", "member") if c in low.columns
                     and not pd.api.types.is_numeric_dtype(low[c])
                     and not low[c].astype(str).str.fullmatch(r"\d*(\.0)?").all()), None)
    known = _cow_index()
    names = low[name_col].astype(str) if name_col else ccode.astype(str)
    cow = ccode.where(ccode.isin(list(known)))
    out = pd.DataFrame({"rcid": rcid.astype("int64"), "cow": cow.astype("Int64"), "country": names,
                        "country_code": ccode.astype(str), "vote": vote.astype("int8"), "_row": np.arange(len(low))})
    return _finish_votes(out, path, parts, key="country_code")


def _finish_votes(out: pd.DataFrame, path: str, parts: _Parts, key: str) -> pd.DataFrame:
    if "_row" not in out.columns:
        out["_row"] = np.arange(len(out))
    dup = out.duplicated(["rcid", key])
    i = _first(dup)
    if i is not None:
        raise InputError(path, _line(path, int(out["_row"].iloc[i])), key,
                         f"duplicate row for roll call {out['rcid'].iloc[i]} and country "
                         f"{out['country'].iloc[i]!r}; expected one vote per (rcid, country)")
    miss = out[out["cow"].isna()]
    if not miss.empty:
        counts = miss.groupby(["country", "country_code"]).size()
        parts.unmapped.append(
            f"{Path(path).name}: {len(miss):,} votes of {len(counts)} countries not in the state table, kept "
            f"with cow NA: " + "; ".join(f"{n} ({c or '-'}): {k}" for (n, c), k in counts.items()))
    iso = _cow_index()
    out["iso3"] = out["cow"].map(lambda c: None if pd.isna(c) else iso.get(int(c), (None, ""))[0]).astype("string")
    out = out[out["vote"] != 9]
    return out[["rcid", "cow", "iso3", "country", "vote"]].reset_index(drop=True)


def _aux_ints(s: pd.Series, path: str, name: str, report: Lenient | None) -> pd.Series:
    """An auxiliary whole-number column (flags such as ``importantvote``): a malformed cell becomes NA and
    is reported (see :mod:`amity.sources._validate`; above 1 % of rows the file is rejected)."""
    if report is None:
        return _ints(s, path, name, allow_na=True)
    txt = s.astype("string") if not pd.api.types.is_numeric_dtype(s) else s.astype("Float64").astype("string")
    first = 1 if Path(path).suffix.lower() in R_SUFFIXES else 2
    nums = lenient_number(txt, report, name, lines=np.asarray(s.index) + first, missing=("", "NA", "nan", "<NA>"))
    return pd.Series(nums, index=s.index).round().astype("Int64")


def _rollcalls(df: pd.DataFrame, path: str, report: Lenient | None = None) -> pd.DataFrame:
    low = df.rename(columns=str.lower)
    out = pd.DataFrame({"rcid": _ints(low["rcid"], path, "rcid").astype("int64")})
    out["session"] = _ints(low["session"], path, "session", allow_na=True)
    date = pd.to_datetime(low["date"].astype("string").replace("", None), errors="coerce") \
        if "date" in low.columns else pd.Series(pd.NaT, index=low.index)
    if "date" in low.columns:
        raw = low["date"].astype("string").fillna("")
        i = _first(date.isna() & (raw.str.strip() != "") & (raw != "NA"))
        if i is not None:
            raise InputError(path, _line(path, i), "date", f"expected a date, got {raw.iloc[i]!r}")
    year = date.dt.year.astype("Int64")
    if "year" in low.columns:
        year = year.fillna(_ints(low["year"], path, "year", allow_na=True))
    year = year.fillna(out["session"] + 1945)
    i = _first(year.isna())
    if i is not None:
        raise InputError(path, _line(path, i), "date", "expected a date, year or session for every roll call")
    out["year"] = year.astype("int64")
    out["date"] = date.dt.date
    for col in ("unres", "short", "descr"):
        out[col] = low[col].astype("string") if col in low.columns else pd.Series(pd.NA, index=low.index,
                                                                                  dtype="string")
    for col in ("importantvote", "amend", "para"):
        out[col] = _aux_ints(low[col], path, col, report) if col in low.columns else pd.array(
            [pd.NA] * len(low), dtype="Int64")
    out["_row"] = np.arange(len(out))
    return out


def _issues_long(df: pd.DataFrame, path: str) -> pd.DataFrame:
    low = df.rename(columns=str.lower)
    rcid = _ints(low["rcid"], path, "rcid").astype("int64")
    code = (low["short_name"] if "short_name" in low.columns else low["issue"]).astype("string").str.strip()
    code = code.str.lower()
    i = _first(~code.isin(list(ISSUES)))
    if i is not None:
        raise InputError(path, _line(path, i), "short_name",
                         f"expected an issue code ({', '.join(ISSUES)}), got {code.iloc[i]!r}")
    return pd.DataFrame({"rcid": rcid, "issue": code.astype(str), "issue_name": code.map(ISSUES).astype(str)})


def _issues_from_flags(df: pd.DataFrame, path: str, report: Lenient | None = None) -> pd.DataFrame | None:
    low = df.rename(columns=str.lower)
    flags = [c for c in ISSUES if c in low.columns]
    if not flags:
        return None
    rc = _ints(low["rcid"], path, "rcid").astype("int64")
    frames = []
    for c in flags:
        f = _aux_ints(low[c], path, c, report).fillna(0)
        i = _first(~f.isin([0, 1]))
        if i is not None:
            raise InputError(path, _line(path, i), c, f"expected an issue flag 0 or 1, got {low[c].iloc[i]!r}")
        hit = rc[f.to_numpy() == 1].drop_duplicates()
        frames.append(pd.DataFrame({"rcid": hit.to_numpy(), "issue": c, "issue_name": ISSUES[c]}))
    return pd.concat(frames, ignore_index=True)


def _iso3_index() -> dict[str, int]:
    idx: dict[str, int] = {}
    for st in sorted(all_states(), key=lambda s: (s.end_year is not None, s.cow)):
        if st.iso3:
            idx.setdefault(st.iso3.upper(), st.cow)
    return idx


def symbol_key(symbol: pd.Series) -> pd.Series:
    """A resolution symbol reduced to ``session/number`` so that Voeten's ``R/60/260`` and the UN Digital
    Library's ``A/RES/60/260`` match (``A/RES/`` and ``R/`` prefixes, spaces and case dropped)."""
    s = symbol.astype("string").str.upper().str.replace(r"\s+", "", regex=True)
    return s.str.replace(r"^(A/RES/|R/|A/)", "", regex=True)


#: rcids from this number on are UN Digital Library records (this number + ``undl_id``); below it, Voeten's rcids
UNDL_RCID = 1_000_000_000


def _undl(df: pd.DataFrame, path: str, parts: _Parts) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The UN Digital Library bulk CSV (one row per member state and resolution): votes and roll calls.

    Key fields strict: ``undl_id`` (a whole number), ``ms_code`` (ISO3; a code not in the state table is
    kept with ``cow`` NA and reported), ``ms_vote`` (Y yes, N no, A abstain; X or blank non-voting, kept as
    8), ``date``. ``resolution``, ``draft``, ``title``/``agenda_title`` and ``vote_note`` (2026 layout) are
    auxiliary. ``rcid`` = :data:`UNDL_RCID` + ``undl_id`` so that it never meets a Voeten rcid.
    """
    low = df.rename(columns=str.lower)
    uid = _ints(low["undl_id"], path, "undl_id")
    code = low["ms_code"].astype("string").str.strip().str.upper()
    i = _first(~code.fillna("").str.fullmatch(r"[A-Z]{3}"))
    if i is not None:
        raise InputError(path, _line(path, i), "ms_code", f"expected an ISO3 code, got {low['ms_code'].iloc[i]!r}")
    raw = low["ms_vote"].astype("string").fillna("").str.strip().str.upper()
    vote = raw.map({"Y": 1, "A": 2, "N": 3, "X": 8, "": 8})
    i = _first(vote.isna())
    if i is not None:
        raise InputError(path, _line(path, i), "ms_vote",
                         f"expected Y, N, A, X or blank, got {low['ms_vote'].iloc[i]!r}")
    rawdate = low["date"].astype("string").fillna("").str.strip()
    date = pd.to_datetime(rawdate, errors="coerce", format="mixed")
    i = _first(date.isna())
    if i is not None:
        raise InputError(path, _line(path, i), "date", f"expected a date, got {rawdate.iloc[i]!r}")
    iso = _iso3_index()
    cow = code.map(iso).astype("Int64")
    names = low["ms_name"].astype("string").fillna("") if "ms_name" in low.columns else code
    votes = pd.DataFrame({"rcid": uid.astype("int64") + UNDL_RCID, "cow": cow, "country": names.astype(str),
                          "country_code": code.astype(str), "vote": vote.astype("int8"), "_row": np.arange(len(low))})
    votes = _finish_votes(votes, path, parts, key="country_code")
    report = parts.report(path)
    session = (_aux_ints(low["session"], path, "session", report) if "session" in low.columns
               else pd.array([pd.NA] * len(low), dtype="Int64"))
    rc = pd.DataFrame({"rcid": uid.astype("int64") + UNDL_RCID, "session": session,
                       "year": date.dt.year.astype("int64"), "date": date.dt.date})
    rc["session"] = rc["session"].fillna(rc["year"] - 1945 - (date.dt.month < 9).astype("int64"))
    rc["unres"] = low["resolution"].astype("string") if "resolution" in low.columns else pd.NA
    title = next((c for c in ("title", "agenda_title", "subjects") if c in low.columns), None)
    rc["short"] = low[title].astype("string").str.slice(0, 60) if title else pd.NA
    rc["descr"] = low[title].astype("string") if title else pd.NA
    for col in ("importantvote", "amend", "para"):
        rc[col] = pd.array([pd.NA] * len(low), dtype="Int64")
    rc["_row"] = np.arange(len(rc))
    rc = rc.drop_duplicates("rcid")
    return votes, rc


def read_files(paths: Sequence[str | os.PathLike[str]]) -> tuple[dict[str, pd.DataFrame], SourceMeta, list[str]]:
    """Read and validate the files of one import; return ``(tables, meta, warnings)``.

    ``warnings`` lists the countries that did not map to the state table (their rows are kept).
    """
    parts = _Parts()
    files = [Path(p) for p in paths]
    for f in files:
        frames = _frames(f)
        if not frames:
            raise InputError(str(f), None, None, "expected UN General Assembly votes, roll calls or issues; "
                                                  "the file holds no table")
        for df in frames:
            role = _role(df)
            if role is None:
                raise InputError(
                    str(f), 1, None,
                    "expected UN General Assembly votes in Voeten's layout (rcid, ccode, vote, ...) or the "
                    "unvotes layout (rcid, country, country_code, vote; un_roll_calls; un_roll_call_issues), "
                    f"got columns {', '.join(map(str, df.columns[:12]))}")
            if role == "voeten":
                parts.votes.append((str(f), _votes_voeten(df, str(f), parts)))
                rc_cols = [c for c in df.columns if c.lower() in ROLLCALL_COLS]
                if "session" in {c.lower() for c in rc_cols}:
                    parts.rollcalls.append((str(f), _rollcalls(df[rc_cols].drop_duplicates(), str(f),
                                                               parts.report(str(f)))))
                iss = _issues_from_flags(df, str(f), parts.report(str(f)))
                if iss is not None:
                    parts.issues.append((str(f), iss))
            elif role == "unvotes":
                parts.votes.append((str(f), _votes_unvotes(df, str(f), parts)))
            elif role == "undl":
                uv, urc = _undl(df, str(f), parts)
                parts.votes.append((str(f), uv))
                parts.rollcalls.append((str(f), urc))
                parts.undl = True
            elif role == "rollcalls":
                parts.rollcalls.append((str(f), _rollcalls(df, str(f), parts.report(str(f)))))
            else:
                parts.issues.append((str(f), _issues_long(df, str(f))))
    first = str(files[0]) if files else "?"
    if not parts.votes:
        raise InputError(first, None, None, "expected a votes file in the import (roll calls and issues "
                                            "are imported together with their votes)")
    if not parts.rollcalls:
        raise InputError(parts.votes[0][0], None, None,
                         "votes without dates: import them together with their roll calls, e.g. "
                         "amity data import unga un_votes.rda un_roll_calls.rda un_roll_call_issues.rda")
    votes = pd.concat([v for _, v in parts.votes], ignore_index=True)
    dup = votes.duplicated(["rcid", "country"])
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[0])
        raise InputError(parts.votes[-1][0], None, "rcid",
                         f"roll call {votes['rcid'].iloc[i]} has two votes for {votes['country'].iloc[i]!r} "
                         "across the files of this import")
    rcs = pd.concat([r for _, r in parts.rollcalls], ignore_index=True)
    rpath = parts.rollcalls[0][0]
    conflict = rcs.drop_duplicates(["rcid", "session", "year"]).duplicated("rcid")
    i = _first(conflict)
    if i is not None:
        raise InputError(rpath, None, "rcid", f"roll call {rcs['rcid'].iloc[i]} has two different sessions/dates")
    rcs = rcs.drop_duplicates("rcid").drop(columns="_row").sort_values("rcid").reset_index(drop=True)
    lost = ~votes["rcid"].isin(rcs["rcid"])
    if lost.any():
        missing = sorted(votes.loc[lost, "rcid"].unique())
        raise InputError(parts.votes[0][0], None, "rcid",
                         f"{len(missing)} roll calls have votes but no roll-call record (e.g. rcid {missing[0]}); "
                         "expected the matching roll-call file in the same import")
    issues = (pd.concat([x for _, x in parts.issues], ignore_index=True).drop_duplicates(["rcid", "issue"])
              if parts.issues else pd.DataFrame({"rcid": pd.Series(dtype="int64"), "issue": pd.Series(dtype=str),
                                                 "issue_name": pd.Series(dtype=str)}))
    votes = votes.sort_values(["rcid", "cow"]).reset_index(drop=True)
    digest = hashlib.sha256("".join(sorted(sha256_file(f) for f in files)).encode()).hexdigest()
    last = rcs["date"].dropna().max() if rcs["date"].notna().any() else None
    vintage = last.isoformat() if last is not None else str(int(rcs["year"].max()))
    if parts.undl:
        meta = SourceMeta(kind=KIND, vintage=vintage, title=UNDL_TITLE, citation=UNDL_CITATION, scope="UN DL",
                          licence="UN Digital Library terms of use", file_name=",".join(f.name for f in files),
                          sha256=digest, url=UNDL_URL)
    else:
        meta = SourceMeta(kind=KIND, vintage=vintage, title=VOETEN_TITLE,
                          citation=CITATION, licence="CC0 1.0", file_name=",".join(f.name for f in files),
                          sha256=digest, url="https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379")
    tables = {"unga_votes": votes, "unga_rollcalls": rcs[ROLLCALL_COLS]}
    if not issues.empty or parts.issues:
        tables["unga_issues"] = issues.sort_values(["rcid", "issue"]).reset_index(drop=True)
    notes = parts.unmapped + [n for n in (r.note() for r in parts.lenient.values()) if n]
    return tables, meta, notes


def read(path: str | os.PathLike[str]) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Importer entry point for one file (Voeten's layout holds votes and roll calls in one file)."""
    tables, meta, notes = read_files([path])
    for n in notes:
        warnings.warn(n, stacklevel=2)
    return tables, meta


def import_files(store: Store, paths: Sequence[str | os.PathLike[str]]) -> list[ImportResult]:
    """Import the files of one ``amity data import unga`` as one source (all validated first).

    Importing the same set of files again changes nothing. Countries that do not map to the state
    table are reported with :func:`warnings.warn` (their votes are kept with ``cow`` NA).
    """
    files = [Path(p) for p in paths]
    digest = hashlib.sha256("".join(sorted(sha256_file(f) for f in files)).encode()).hexdigest()
    existing = store.has_source(KIND, digest)
    if existing:
        return [ImportResult(existing, KIND, ",".join(f.name for f in files), 0, created=False)]
    tables, meta, notes = read_files(files)
    for n in notes:
        warnings.warn(n, stacklevel=2)
    result = store.ingest(meta, tables)
    # DuckDB 2.0 can answer filters on the just-inserted string column ``source_id`` wrongly in the same
    # connection until the data is checkpointed; checkpoint so that the rows are visible at once.
    store.checkpoint()
    return [result]
