"""GDELT event exports: import (1.0 and 2.0, as published) and fetch.

Formats read
------------
GDELT publishes its event tables as tab-separated text without a header and without quoting,
one event per line, usually zipped (one member per zip):

* **1.0 historical backfiles** (``1979.zip`` .. ``2005.zip``, ``200601.zip`` .. ``201303.zip``) and
  1.0 daily files before 2013-04-01: **57 columns** (:data:`COLUMNS_V1`);
* **1.0 daily files** from 2013-04-01 (``20150218.export.CSV.zip``): **58 columns**, ``SOURCEURL``
  added at the end;
* **2.0 fifteen-minute files** (``20150218230000.export.CSV.zip``): **61 columns**
  (:data:`COLUMNS_V2`): each geography block gains ``ADM2Code`` and ``DATEADDED`` becomes
  ``YYYYMMDDHHMMSS``.

The column count of a file tells its layout. Every file is stored with the 61 official 2.0 column
names (columns a layout lacks are NULL) plus ``source_id``.

Storage
-------
Events stay in Parquet beside the store: ``gdelt/events/year=YYYY/month=MM/<source>.parquet``
(partitioned by the event date ``SQLDATE``), each file sorted by the actor country codes
(:func:`write_events`) so that a query for one dyad reads only the row groups that hold it. The
store's ``sources`` table records the provenance of each file and ``gdelt_files`` its layout, the
publication window it covers, its good and bad line counts and its Parquet files. Only Parquet
files registered there are ever read, so an interrupted import leaves nothing visible: a file is
imported completely or not at all.

Dyad-month sums
---------------
After each import, every month whose events changed gets its **dyad-month sums** rebuilt:
``gdelt/dyad_months/year=YYYY/month=MM/sums-<id>.parquet``, the month's events from all imported
files summed per ``Actor1CountryCode`` → ``Actor2CountryCode`` (counts by quad class, Goldstein
sums; events without both codes included, so the month's volume is there too): one file a month
however many files GDELT published (2,880 fifteen-minute files a month for 2.0). In the
benchmark's generated month at GDELT's shape, 5 million events became about 35 000 rows. These
are what dyad series without de-duplication read. The table ``gdelt_dyad_months`` names, for each
month, the file and the exact set of sources it sums; where that set is not the set being read
(a source left out, an import interrupted before the sums were rebuilt), the series are computed
from the events instead, and the next import rebuilds the sums (:func:`update_dyad_months`).

Bad lines
---------
Lines with the wrong number of columns, non-UTF-8 bytes, unparseable numbers, a ``QuadClass``
outside 1–4, a ``GoldsteinScale`` outside −10..10 or an impossible ``SQLDATE`` (not a date, before
1979 or after the day the file was published) are counted by reason and left out. A file is
rejected (nothing written) when more than ``max_bad`` (default 1 %) of its lines are bad, and so is
a file that is not a readable zip (a truncated download).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import sys
import threading
import uuid
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from amity.errors import AmityError, InputError
from amity.store import ImportResult, SourceMeta, Store, sha256_file

KIND = "gdelt"
CITATION = (
    "Leetaru, Kalev and Philip A. Schrodt (2013). GDELT: Global Data on Events, Location and Tone, "
    "1979–2012. International Studies Association Annual Convention. The GDELT Project, "
    "https://www.gdeltproject.org/"
)
LICENCE = "GDELT: free for unlimited use and redistribution, with citation of the GDELT Project."
DEFAULT_BASE_URL = "http://data.gdeltproject.org/"
#: the oldest event date GDELT codes (the 1.0 backfile starts in 1979)
MIN_DATE = date(1979, 1, 1)
#: share of bad lines above which a file is rejected
MAX_BAD = 0.01

_ACTOR = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
_EVENT = [
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
]
_GEO_V1 = ["Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"]
_GEO_V2 = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
_HEAD = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
_ACTORS = [f"Actor{i}{f}" for i in (1, 2) for f in _ACTOR]


def _geo(fields: list[str]) -> list[str]:
    return [f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in fields]


#: GDELT 1.0 historical backfiles and daily files before 2013-04-01 (57 columns)
COLUMNS_V1: list[str] = _HEAD + _ACTORS + _EVENT + _geo(_GEO_V1) + ["DATEADDED"]
#: GDELT 1.0 daily files from 2013-04-01 (58 columns)
COLUMNS_V1_URL: list[str] = COLUMNS_V1 + ["SOURCEURL"]
#: GDELT 2.0 event exports (61 columns); also the stored schema
COLUMNS_V2: list[str] = _HEAD + _ACTORS + _EVENT + _geo(_GEO_V2) + ["DATEADDED", "SOURCEURL"]
LAYOUTS: dict[int, tuple[str, list[str]]] = {
    57: ("1.0", COLUMNS_V1),
    58: ("1.0-url", COLUMNS_V1_URL),
    61: ("2.0", COLUMNS_V2),
}

_INT64 = {"GLOBALEVENTID", "DATEADDED"}
_INT32 = {"SQLDATE", "MonthYear", "Year", "NumMentions", "NumSources", "NumArticles"}
_INT8 = {"IsRootEvent", "QuadClass", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type"}
_FLOAT = {
    "FractionDate",
    "GoldsteinScale",
    "AvgTone",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "ActionGeo_Lat",
    "ActionGeo_Long",
}
_REQUIRED = {"GLOBALEVENTID", "SQLDATE", "EventCode", "QuadClass", "GoldsteinScale"}


def _type(col: str) -> pa.DataType:
    if col in _INT64:
        return pa.int64()
    if col in _INT32:
        return pa.int32()
    if col in _INT8:
        return pa.int8()
    if col in _FLOAT:
        return pa.float64()
    return pa.string()


#: the schema of the stored Parquet files
SCHEMA = pa.schema([pa.field(c, _type(c)) for c in COLUMNS_V2] + [pa.field("source_id", pa.string())])

_INT_RE = r"^-?[0-9]+$"
_FLOAT_RE = r"^-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$"
_NAME_V2 = re.compile(r"^(\d{14})\.export\.csv(\.zip)?$", re.I)
_NAME_DAY = re.compile(r"^(\d{8})\.export\.csv(\.zip)?$", re.I)
_NAME_MONTH = re.compile(r"^(\d{6})\.(zip|csv)$", re.I)
_NAME_YEAR = re.compile(r"^(\d{4})\.(zip|csv)$", re.I)


# ------------------------------------------------------------------------------------------
# reading one file
# ------------------------------------------------------------------------------------------
@dataclass
class ParsedFile:
    """One GDELT file read and checked: its good rows (stored schema) and what was left out."""

    path: Path
    layout: str
    table: pa.Table
    lines: int
    bad: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    covers_from: datetime | None = None
    covers_to: datetime | None = None
    #: lines left out (a line may have several reasons in ``bad``)
    bad_lines: int = 0


def publication_window(name: str) -> tuple[datetime, datetime] | None:
    """The publication window a GDELT file name stands for, as ``[from, to)``.

    ``20150218230000.export.CSV.zip`` → 15 minutes; ``20150218.export.CSV.zip`` → that day;
    ``200601.zip`` → that month; ``1979.zip`` → that year; anything else → ``None``.
    """
    try:
        if m := _NAME_V2.match(name):
            t = datetime.strptime(m.group(1), "%Y%m%d%H%M%S")
            return t, t + timedelta(minutes=15)
        if m := _NAME_DAY.match(name):
            t = datetime.strptime(m.group(1), "%Y%m%d")
            return t, t + timedelta(days=1)
        if m := _NAME_MONTH.match(name):
            t = datetime.strptime(m.group(1), "%Y%m")
            return t, datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)
        if m := _NAME_YEAR.match(name):
            y = int(m.group(1))
            return datetime(y, 1, 1), datetime(y + 1, 1, 1)
    except ValueError:
        return None
    return None


def _raw_bytes(path: Path) -> bytes:
    """The file's text bytes: the single member of a zip, or the file itself."""
    looks_zip = path.suffix.lower() == ".zip"
    if looks_zip or zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as zf:
                members = [i for i in zf.infolist() if not i.is_dir()]
                if len(members) != 1:
                    raise InputError(
                        path.name, None, None, f"expected one file in the zip, found {len(members)}"
                    )
                return zf.read(members[0])
        except InputError:
            raise
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError, NotImplementedError) as exc:
            raise InputError(
                path.name,
                None,
                None,
                f"not a readable zip file ({exc}); the download may be truncated: fetch it again",
            ) from None
    return path.read_bytes()


def _mark_bad_utf8(data: bytes) -> tuple[bytes, set[int]]:
    """Replace lines that are not valid UTF-8 by a one-field marker, keeping line numbers."""
    try:
        data.decode("utf-8")
        return data, set()
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    bad: set[int] = set()
    for i, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            lines[i] = b"\x01"
            bad.add(i + 1)
    return b"\n".join(lines), bad


def _detect_columns(data: bytes, name: str) -> int:
    """The layout's column count: the most common tab count + 1 among the first lines."""
    head = [ln for ln in data[: 1 << 20].split(b"\n")[:200] if ln.strip()]
    if not head:
        raise InputError(name, None, None, "the file has no events (empty)")
    counts = Counter(ln.count(b"\t") + 1 for ln in head)
    n = counts.most_common(1)[0][0]
    if n not in LAYOUTS:
        raise InputError(
            name, 1, None, f"expected a GDELT event export with 57, 58 or 61 tab-separated columns, found {n}"
        )
    return n


def read_file(
    path: str | os.PathLike[str], *, max_bad: float = MAX_BAD, today: date | None = None
) -> ParsedFile:
    """Read and check one GDELT event export (zipped or not) into the stored schema.

    Raises :class:`InputError` if the file cannot be read, has no layout GDELT uses, or more than
    ``max_bad`` of its lines are bad.
    """
    path = Path(path)
    name = path.name
    data, bad_utf8 = _mark_bad_utf8(_raw_bytes(path))
    ncols = _detect_columns(data, name)
    layout, cols = LAYOUTS[ncols]
    bad: Counter = Counter()
    examples: list[str] = []
    skipped: list[int] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        line = row.number
        if line is not None:
            skipped.append(line)
        if line in bad_utf8:
            reason = "non-UTF-8 bytes"
        else:
            reason = f"wrong number of columns (expected {ncols})"
            if len(examples) < 5:
                examples.append(f"{name}:{line}: {reason}, found {row.actual_columns}")
        bad[reason] += 1
        return "skip"

    try:
        raw = pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(column_names=cols, use_threads=False, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(
                delimiter="\t",
                quote_char=False,
                double_quote=False,
                escape_char=False,
                newlines_in_values=False,
                invalid_row_handler=on_invalid,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={c: pa.string() for c in cols},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        raise InputError(name, None, None, f"cannot parse as tab-separated GDELT events: {exc}") from None
    for ln in sorted(bad_utf8)[:5]:
        examples.append(f"{name}:{ln}: non-UTF-8 bytes")
    lines = raw.num_rows + sum(bad.values())

    window = publication_window(name)
    latest = (window[1].date() if window else (today or datetime.now(UTC).date())) + timedelta(days=1)
    table, ok, row_bad = _convert(raw, cols, latest)
    for reason, mask in row_bad.items():
        n = int(pc.sum(mask).as_py() or 0)
        if n:
            bad[reason] += n
            idx = pc.indices_nonzero(mask).to_pylist()[:3]
            examples.extend(f"{name}:{_line_of(i, skipped)}: {reason}" for i in idx)
    table = table.filter(ok)
    nbad = lines - table.num_rows
    if lines == 0:
        raise InputError(name, None, None, "the file has no events (empty)")
    if nbad > max_bad * lines:
        top = "; ".join(f"{k}: {v}" for k, v in bad.most_common())
        raise InputError(
            name,
            None,
            None,
            f"{nbad} of {lines} lines are bad (more than {max_bad:.1%}): {top}. "
            f"First: {examples[0] if examples else ''}. Nothing was imported",
        )
    if window is None and table.num_rows:
        # a renamed file: it covers the days of its events
        d0 = str(pc.min(table["SQLDATE"]).as_py())
        d1 = str(pc.max(table["SQLDATE"]).as_py())
        window = (datetime.strptime(d0, "%Y%m%d"), datetime.strptime(d1, "%Y%m%d") + timedelta(days=1))
    return ParsedFile(
        path,
        layout,
        table,
        lines,
        bad,
        examples[:10],
        window[0] if window else None,
        window[1] if window else None,
        nbad,
    )


def _line_of(row: int, skipped: list[int]) -> int:
    """The 1-based line number of parsed row ``row`` given the line numbers skipped before it."""
    line = row + 1
    for s in sorted(skipped):
        if s <= line:
            line += 1
        else:
            break
    return line


def _convert(raw: pa.Table, cols: list[str], latest: date) -> tuple[pa.Table, pa.Array, dict[str, pa.Array]]:
    """Typed columns in the stored schema, the mask of good rows and a mask per bad reason."""
    n = raw.num_rows
    out: dict[str, pa.Array] = {}
    row_bad: dict[str, pa.Array] = {}
    for c in COLUMNS_V2:
        typ = _type(c)
        if c not in cols:
            out[c] = pa.nulls(n, typ)
            continue
        s = raw[c].combine_chunks() if n else pa.array([], pa.string())
        empty = pc.equal(s, "")
        if typ == pa.string():
            out[c] = pc.if_else(empty, pa.scalar(None, pa.string()), s)
            if c in _REQUIRED:
                row_bad[f"field '{c}': empty"] = empty
            continue
        pattern = _FLOAT_RE if typ == pa.float64() else _INT_RE
        valid = pc.match_substring_regex(s, pattern)
        wrong = pc.and_(pc.invert(empty), pc.invert(valid))
        if c in _REQUIRED:
            wrong = pc.or_(wrong, empty)
        row_bad[f"field '{c}': expected a number"] = wrong
        clean = pc.if_else(pc.or_(empty, wrong), pa.scalar(None, pa.string()), s)
        try:
            out[c] = pc.cast(clean, typ)
        except pa.ArrowInvalid:  # overflow
            out[c] = pc.cast(pc.cast(clean, pa.float64()), typ, safe=False)
            row_bad[f"field '{c}': out of range"] = pc.invert(pc.is_null(clean))
    q = out["QuadClass"]
    row_bad["field 'QuadClass': expected 1-4"] = pc.fill_null(pc.or_(pc.less(q, 1), pc.greater(q, 4)), False)
    g = out["GoldsteinScale"]
    row_bad["field 'GoldsteinScale': expected -10..10"] = pc.fill_null(
        pc.or_(pc.less(g, -10.0), pc.greater(g, 10.0)), False
    )
    d = out["SQLDATE"]
    # MonthYear and Year are derived from SQLDATE by GDELT; the aggregation relies on them
    row_bad["field 'MonthYear': expected SQLDATE's YYYYMM"] = pc.fill_null(
        pc.not_equal(out["MonthYear"], pc.cast(pc.divide(d, 100), pa.int32())), True
    )
    row_bad["field 'Year': expected SQLDATE's year"] = pc.fill_null(
        pc.not_equal(out["Year"], pc.cast(pc.divide(d, 10000), pa.int32())), True
    )
    parsed = pc.strptime(pc.cast(d, pa.string()), format="%Y%m%d", unit="s", error_is_null=True)
    lo = pa.scalar(datetime(MIN_DATE.year, MIN_DATE.month, MIN_DATE.day), pa.timestamp("s"))
    hi = pa.scalar(datetime(latest.year, latest.month, latest.day), pa.timestamp("s"))
    date_bad = pc.or_(pc.is_null(parsed), pc.or_(pc.less(parsed, lo), pc.greater(parsed, hi)))
    row_bad["field 'SQLDATE': expected a date from 1979 to the file's publication day"] = pc.and_(
        pc.invert(pc.is_null(d)), date_bad
    )
    anybad = pa.array([False] * n, pa.bool_()) if n else pa.array([], pa.bool_())
    for mask in row_bad.values():
        anybad = pc.or_(anybad, mask)
    table = pa.table([out[c] for c in COLUMNS_V2], names=COLUMNS_V2)
    return table, pc.invert(anybad), row_bad


# ------------------------------------------------------------------------------------------
# import
# ------------------------------------------------------------------------------------------
@dataclass
class GdeltImportResult(ImportResult):
    """An import result with the file's bad-line counts (``bad_reasons``: reason → lines)."""

    bad_lines: int = 0
    bad_reasons: dict[str, int] = field(default_factory=dict)
    layout: str = ""


def events_dir(store: Store) -> Path:
    """The folder of the event Parquet files, beside the store's DuckDB file."""
    return store.path.parent / "gdelt" / "events"


def dyad_months_dir(store: Store) -> Path:
    """The folder of the dyad-month sums, beside :func:`events_dir`."""
    return store.path.parent / "gdelt" / "dyad_months"


def _month_of(rel: str) -> int:
    """YYYYMM of a stored file's ``year=YYYY/month=MM/...`` path."""
    m = re.search(r"year=(\d{4})/month=(\d{2})/", rel)
    if m is None:
        raise AmityError(f"not a stored GDELT partition path: {rel}")
    return int(m[1]) * 100 + int(m[2])


SUMS_DDL = """
CREATE TABLE IF NOT EXISTS gdelt_dyad_months (month INTEGER, parquet VARCHAR, sources VARCHAR)
"""

FILES_DDL = """
CREATE TABLE IF NOT EXISTS gdelt_files (
    source_id VARCHAR, file_name VARCHAR, layout VARCHAR, covers_from VARCHAR, covers_to VARCHAR,
    lines BIGINT, rows BIGINT, bad_lines BIGINT, bad_reasons VARCHAR, parquet VARCHAR
)
"""


def _vintage(p: ParsedFile) -> str:
    if p.covers_from is None:
        return datetime.now(UTC).date().isoformat()
    t = p.covers_from
    return t.isoformat(timespec="minutes") if (t.hour or t.minute) else t.date().isoformat()


def _title(p: ParsedFile) -> str:
    ver = "2.0" if p.layout == "2.0" else "1.0"
    return f"GDELT {ver} Event Database export {p.path.name}"


#: rows per Parquet row group: small enough that DuckDB's row-group statistics skip most of a file
#: for one dyad and that two cores share a file evenly, large enough to keep the files compact
ROW_GROUP = 1 << 17
#: the order of the rows in a stored file, after the rows with both actor country codes (nulls
#: last): the actor country codes first, so that each row group holds few of them (min/max
#: statistics that skip data) and they compress to runs
SORT_KEYS = ("Actor1CountryCode", "Actor2CountryCode", "SQLDATE", "GLOBALEVENTID")


def _order(table: pa.Table) -> pa.Table:
    """Rows with both actor country codes first, then by :data:`SORT_KEYS` (those present).

    Putting the rows that lack one of the codes (GDELT leaves many blank) after the others gives
    them row groups whose statistics say "all NULL" for one actor code, which a dyad query skips
    without reading them."""
    keys = [(k, "ascending") for k in SORT_KEYS if k in table.column_names]
    if not keys or table.num_rows < 2:
        return table
    if {"Actor1CountryCode", "Actor2CountryCode"} <= set(table.column_names):
        one_missing = pc.invert(
            pc.and_(pc.is_valid(table["Actor1CountryCode"]), pc.is_valid(table["Actor2CountryCode"]))
        )
        keyed = table.append_column("__one_missing", one_missing)
        return table.take(pc.sort_indices(keyed, sort_keys=[("__one_missing", "ascending"), *keys]))
    return table.take(pc.sort_indices(table, sort_keys=keys))  # nulls last (the default)


def write_events(table: pa.Table, path: str | os.PathLike[str]) -> None:
    """Write event rows as amity stores them: ordered by :func:`_order` in row groups of
    :data:`ROW_GROUP` rows, with statistics and dictionary-encoded strings."""
    pq.write_table(_order(table), path, row_group_size=ROW_GROUP, write_statistics=True, use_dictionary=True)


def _stage(p: ParsedFile, sid: str, staging: Path) -> list[str]:
    """Write the file's events into ``staging`` as year=/month= partitions; return relative paths."""
    t = p.table.append_column("source_id", pa.array([sid] * p.table.num_rows, pa.string()))
    year = pc.divide(t["SQLDATE"], 10000)
    month = pc.subtract(pc.divide(t["SQLDATE"], 100), pc.multiply(year, 100))
    key = pc.add(pc.multiply(year, 100), month)
    rel: list[str] = []
    fname = sid.replace(":", "-") + ".parquet"
    for ym in sorted(pc.unique(key).to_pylist()):
        part = t.filter(pc.equal(key, ym))
        sub = Path(f"year={ym // 100:04d}") / f"month={ym % 100:02d}" / fname
        (staging / sub).parent.mkdir(parents=True, exist_ok=True)
        write_events(part, staging / sub)
        rel.append(sub.as_posix())
    return rel


def import_files(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    *,
    max_bad: float = MAX_BAD,
    report: Callable[[str], None] | None = None,
) -> list[ImportResult]:
    """Import GDELT event exports into Parquet beside the store, recording provenance.

    Every file is read and checked before any is written (a bad file raises
    :class:`InputError` and nothing is imported); each file is then committed on its own. A file
    already imported (same sha256) is a no-op. ``report`` receives one line per file with bad lines
    (default: printed to stderr).
    """
    if store.read_only:
        raise AmityError(f"store {store.path} is open read-only")
    say = report or (lambda s: print(s, file=sys.stderr))
    root = events_dir(store)
    staging_root = root.parent / f".staging-{uuid.uuid4().hex[:12]}"
    results: list[ImportResult] = []
    staged: list[tuple[ParsedFile, SourceMeta, list[str], Path]] = []
    seen: set[str] = set()
    try:
        for f in (Path(p) for p in paths):
            digest = sha256_file(f)
            existing = store.has_source(KIND, digest)
            if existing or digest in seen:
                results.append(
                    ImportResult(existing or f"{KIND}:{digest[:12]}", KIND, f.name, 0, created=False)
                )
                continue
            seen.add(digest)
            parsed = read_file(f, max_bad=max_bad)
            meta = SourceMeta(KIND, _vintage(parsed), _title(parsed), CITATION, LICENCE, f.name, digest)
            stage_dir = staging_root / digest[:12]
            rel = _stage(parsed, meta.id, stage_dir)
            staged.append((parsed, meta, rel, stage_dir))
            parsed.table = parsed.table.slice(0, 0)  # free memory; rows are on disk now
        for parsed, meta, rel, stage_dir in staged:
            results.append(_commit(store, parsed, meta, rel, stage_dir, root))
            if parsed.bad_lines:
                say(
                    f"{meta.file_name}: {parsed.bad_lines} of {parsed.lines} lines left out ("
                    + "; ".join(f"{k}: {v}" for k, v in parsed.bad.most_common())
                    + ")"
                )
    finally:
        shutil.rmtree(staging_root, ignore_errors=True)
    try:  # the sums are derived data: the events are imported whatever happens here
        update_dyad_months(store)
    except Exception as exc:  # noqa: BLE001 - reported; series read the events meanwhile
        say(
            f"dyad-month sums not updated ({exc.__class__.__name__}: {exc}); series read the events "
            "until an import (of any file, even one already imported) rebuilds them"
        )
    return results


def _sources_by_month(files: list[dict[str, object]]) -> dict[int, dict[str, str]]:
    """month (YYYYMM) → {source id: its event file of that month}, for ``files`` as
    :func:`loaded_files` gives them."""
    out: dict[int, dict[str, str]] = {}
    for f in files:
        for month, path in zip(f["months"], f["paths"], strict=True):  # type: ignore[call-overload]
            out.setdefault(month, {})[str(f["source_id"])] = path
    return out


def _sums_rows(store: Store) -> dict[int, tuple[str, str]]:
    if not store.has_table("gdelt_dyad_months"):
        return {}
    df = store.query("SELECT month, parquet, sources FROM gdelt_dyad_months")
    return {int(m): (str(p), str(s)) for m, p, s in df.itertuples(index=False)}


def dyad_month_paths(store: Store, files: list[dict[str, object]]) -> list[str] | None:
    """The dyad-month sums files that sum exactly the events of ``files`` (as :func:`loaded_files`
    gives them, some sources perhaps left out), or None if any month's sums sum other sources or
    are missing."""
    have = _sums_rows(store)
    root = dyad_months_dir(store)
    out = []
    for month, srcs in _sources_by_month(files).items():
        h = have.get(month)
        if h is None or h[1] != ";".join(sorted(srcs)) or not (root / h[0]).exists():
            return None
        out.append(str(root / h[0]))
    return out


def update_dyad_months(store: Store) -> list[int]:
    """Rebuild the dyad-month sums of every month whose sums do not sum exactly its imported
    files; return those months (YYYYMM). A month that gained files adds their events to its sums;
    one whose sums are missing or sum other files is summed again from all its events. Each month
    is switched to its new file in one store transaction; the old file is removed afterwards."""
    from amity.indicators.events import build_dyad_months

    if store.read_only:
        raise AmityError(f"store {store.path} is open read-only")
    with store._lock:
        store.con.execute(SUMS_DDL)
    have = _sums_rows(store)
    root = dyad_months_dir(store)
    rebuilt = []
    for month, srcs in sorted(_sources_by_month(loaded_files(store)).items()):
        key = ";".join(sorted(srcs))
        old = have.get(month)
        old_ok = old is not None and (root / old[0]).exists()
        if old_ok and old[1] == key:
            continue
        before = set(old[1].split(";")) if old_ok else set()
        if old_ok and before < set(srcs):
            events, sums = [p for s, p in srcs.items() if s not in before], [str(root / old[0])]
        else:
            events, sums = list(srcs.values()), []
        rel = f"year={month // 100:04d}/month={month % 100:02d}/sums-{uuid.uuid4().hex[:12]}.parquet"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        try:
            build_dyad_months(events, sums, root / rel)
            with store._lock:
                con = store.con
                con.execute("BEGIN TRANSACTION")
                try:
                    con.execute("DELETE FROM gdelt_dyad_months WHERE month = ?", [month])
                    con.execute("INSERT INTO gdelt_dyad_months VALUES (?, ?, ?)", [month, rel, key])
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
        except BaseException:
            with contextlib.suppress(OSError):
                (root / rel).unlink()
            raise
        # the file replaced, and any left by an interrupted rebuild
        for f in (root / rel).parent.glob("*.parquet"):
            if f.name != Path(rel).name:
                with contextlib.suppress(OSError):
                    f.unlink()
        rebuilt.append(month)
    if rebuilt:
        with store._lock:
            store.con.execute("CHECKPOINT")
    return rebuilt


def _commit(
    store: Store, p: ParsedFile, meta: SourceMeta, rel: list[str], stage_dir: Path, root: Path
) -> GdeltImportResult:
    """Move one file's staged Parquet files into place and record it, in one store transaction."""
    rows = sum(pq.read_metadata(stage_dir / r).num_rows for r in rel)
    moved: list[Path] = []
    with store._lock:
        con = store.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(FILES_DDL)
            con.execute(
                "INSERT INTO gdelt_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    meta.id,
                    meta.file_name,
                    p.layout,
                    p.covers_from.isoformat() if p.covers_from else None,
                    p.covers_to.isoformat() if p.covers_to else None,
                    p.lines,
                    rows,
                    p.bad_lines,
                    json.dumps(dict(p.bad), sort_keys=True),
                    ";".join(rel),
                ],
            )
            con.execute(
                "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    meta.id,
                    meta.kind,
                    meta.vintage,
                    meta.title,
                    meta.citation,
                    meta.file_name,
                    meta.sha256,
                    rows,
                    datetime.now(UTC).replace(microsecond=0).isoformat(),
                    meta.licence,
                    meta.url,
                    "gdelt_events,gdelt_files",
                ],
            )
            for r in rel:
                dest = root / r
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(stage_dir / r, dest)
                moved.append(dest)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            for m in moved:
                with contextlib.suppress(OSError):
                    m.unlink()
            raise
    return GdeltImportResult(
        meta.id,
        KIND,
        meta.file_name,
        rows,
        True,
        {"gdelt_events": rows, "gdelt_files": 1},
        p.bad_lines,
        dict(p.bad),
        p.layout,
    )


def loaded_files(store: Store, exclude_sources: frozenset[str] = frozenset()) -> list[dict[str, object]]:
    """The imported GDELT files (one dict per file: source_id, file_name, layout, covers_from,
    covers_to, rows, vintage, paths, months (YYYYMM of each path)), leaving out
    ``exclude_sources``. Empty if none."""
    if not store.has_table("gdelt_files"):
        return []
    df = store.query(
        "SELECT f.*, s.vintage FROM gdelt_files f JOIN sources s ON s.id = f.source_id "
        "ORDER BY f.covers_from, f.source_id"
    )
    root = events_dir(store)
    out = []
    for r in df.to_dict(orient="records"):
        if r["source_id"] in exclude_sources:
            continue
        rel = [x for x in str(r["parquet"] or "").split(";") if x]
        r["paths"] = [str(root / x) for x in rel]
        r["months"] = [_month_of(x) for x in rel]
        out.append(r)
    return out


# ------------------------------------------------------------------------------------------
# fetch
# ------------------------------------------------------------------------------------------
@dataclass
class RemoteFile:
    url: str
    size: int | None
    md5: str | None

    @property
    def name(self) -> str:
        return self.url.rsplit("/", 1)[-1]


def _parse_day(text: str | date) -> date:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise AmityError(f"bad date {text!r}: expected YYYY-MM-DD") from None


def list_remote(client: object, base_url: str, version: str, start: date, end: date) -> list[RemoteFile]:
    """Event export files GDELT lists for ``start..end`` (inclusive), with size and md5 when given.

    2.0: ``gdeltv2/masterfilelist.txt`` (lines ``size md5 url``). 1.0: ``events/md5sums``
    (lines ``md5  name``) and ``events/filesizes`` (lines ``size name``) where present.
    """
    base = base_url.rstrip("/") + "/"
    lo, hi = (
        datetime(start.year, start.month, start.day),
        datetime(end.year, end.month, end.day) + timedelta(days=1),
    )
    out: list[RemoteFile] = []
    if version == "2":
        text = _get_text(client, base + "gdeltv2/masterfilelist.txt")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) != 3 or not parts[2].lower().endswith(".export.csv.zip"):
                continue
            w = publication_window(parts[2].rsplit("/", 1)[-1])
            if w and lo <= w[0] < hi:
                out.append(
                    RemoteFile(parts[2], int(parts[0]) if parts[0].isdigit() else None, parts[1].lower())
                )
        return out
    md5s = {}
    for line in _get_text(client, base + "events/md5sums").splitlines():
        parts = line.split()
        if len(parts) == 2:
            md5s[parts[1].lstrip("*")] = parts[0].lower()
    sizes: dict[str, int] = {}
    with contextlib.suppress(AmityError):
        for line in _get_text(client, base + "events/filesizes").splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0].isdigit():
                sizes[parts[1]] = int(parts[0])
    for name, md5 in sorted(md5s.items()):
        w = publication_window(name)
        if w and w[0] < hi and w[1] > lo and (name.lower().endswith(".zip")):
            out.append(RemoteFile(base + "events/" + name, sizes.get(name), md5))
    return out


def _get_text(client: object, url: str) -> str:
    import httpx

    try:
        r = client.get(url)  # type: ignore[attr-defined]
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise AmityError(
            f"cannot reach {url} ({exc.__class__.__name__}: {exc}): no network? "
            "Download the files elsewhere and run `amity data import gdelt FILE...`"
        ) from None
    except httpx.HTTPError as exc:
        raise AmityError(f"cannot download {url}: {exc}") from None
    if r.status_code != 200:
        raise AmityError(f"cannot download {url}: HTTP {r.status_code}")
    return r.text


def _md5(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _download(client: object, rf: RemoteFile, dest: Path, advance: Callable[[int], None]) -> Path:
    """Download one file to ``dest`` (resuming a ``.part``), checking size and md5 when known."""
    import httpx

    final = dest / rf.name
    if final.exists() and (rf.md5 is None or _md5(final) == rf.md5):
        advance(final.stat().st_size)
        return final
    part = final.with_name(final.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    if rf.size is not None and have > rf.size:
        part.unlink()
        have = 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        with client.stream("GET", rf.url, headers=headers) as r:  # type: ignore[attr-defined]
            if r.status_code == 416 and rf.size is not None and have == rf.size:
                pass  # already complete
            elif r.status_code not in (200, 206):
                raise AmityError(f"cannot download {rf.url}: HTTP {r.status_code}")
            else:
                mode = "ab" if r.status_code == 206 and have else "wb"
                if mode == "wb":
                    have = 0
                advance(have)
                with open(part, mode) as fh:
                    for chunk in r.iter_bytes(1 << 16):
                        fh.write(chunk)
                        advance(len(chunk))
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise AmityError(f"cannot reach {rf.url} ({exc.__class__.__name__}): no network?") from None
    except httpx.HTTPError as exc:
        raise AmityError(
            f"download of {rf.url} interrupted ({exc}); run the command again to resume"
        ) from None
    size = part.stat().st_size
    if rf.size is not None and size != rf.size:
        raise AmityError(f"{rf.name}: downloaded {size} bytes, GDELT lists {rf.size}; run again to resume")
    if rf.md5 is not None and _md5(part) != rf.md5:
        part.unlink()
        raise AmityError(
            f"{rf.name}: md5 does not match GDELT's checksum {rf.md5}; the partial file was "
            "removed, run again"
        )
    os.replace(part, final)
    return final


def fetch(
    start: str | date,
    end: str | date,
    *,
    version: str = "2",
    dest: str | os.PathLike[str] | None = None,
    base_url: str | None = None,
    workers: int = 4,
    progress: bool = True,
    timeout: float = 30.0,
) -> list[Path]:
    """Download GDELT event exports published from ``start`` to ``end`` (inclusive).

    Files go to ``dest`` (default ``$AMITY_HOME/gdelt/raw/v{version}``); a file already there with
    the listed md5 is not downloaded again and a ``.part`` left by an interrupted run is resumed.
    At most ``workers`` downloads run at once (capped at 8, to be polite to the server). Offline,
    this fails at once with a clear message. Returns the local paths in publication order.
    """
    import httpx

    from amity.store import home

    if version not in ("1", "2"):
        raise AmityError(f"bad GDELT version {version!r}: expected 1 or 2")
    d0, d1 = _parse_day(start), _parse_day(end)
    if d0 > d1:
        raise AmityError(f"bad date range: --from {d0} is after --to {d1}")
    base = base_url or os.environ.get("AMITY_GDELT_URL") or DEFAULT_BASE_URL
    out_dir = Path(dest) if dest else home() / "gdelt" / "raw" / f"v{version}"
    out_dir.mkdir(parents=True, exist_ok=True)
    limits = httpx.Limits(max_connections=max(1, min(workers, 8)))
    tmo = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    with httpx.Client(
        timeout=tmo, limits=limits, follow_redirects=True, headers={"User-Agent": "amity (research toolkit)"}
    ) as client:
        files = list_remote(client, base, version, d0, d1)
        if not files:
            raise AmityError(f"GDELT lists no {version}.0 event files published from {d0} to {d1}")
        total = sum(f.size or 0 for f in files) or None
        lock = threading.Lock()
        bar = None
        if progress:
            from rich.console import Console
            from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

            bar = Progress(
                TextColumn(f"GDELT {version}.0: {len(files)} files"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                transient=True,
                console=Console(stderr=True),
            )
        task = bar.add_task("download", total=total) if bar else None

        def advance(n: int) -> None:
            if bar is not None and n:
                with lock:
                    bar.update(task, advance=n)

        with bar if bar is not None else contextlib.nullcontext():
            with ThreadPoolExecutor(max_workers=max(1, min(workers, 8))) as pool:
                paths = list(pool.map(lambda rf: _download(client, rf, out_dir, advance), files))
    return paths
