"""GDELT event exports: reading one file (the layouts GDELT publishes, and query exports).

See :mod:`amity.sources.gdelt` for the formats read and the bad-line rule.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from amity.errors import InputError
from amity.sources._validate import MAX_FIELD_CHARS, one_line, zip_member

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
    """The file's text bytes: the single member of a zip (limits: :mod:`amity.sources._validate`), or
    the file itself; CRLF and CR-only line ends made LF (a copy re-saved on Windows reads the same)."""
    with open(path, "rb") as fh:
        looks_zip = fh.read(2) == b"PK"
    if looks_zip or path.suffix.lower() == ".zip":
        _name, data = zip_member(path, "", exclude="")
    else:
        data = path.read_bytes()
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


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


#: the name GDELT gives the header file of its event table (``CSV.header.fieldids.csv``)
HEADER_FILE = re.compile(r"^CSV\.header(\.fieldids)?\.csv$", re.I)


def read_header_file(path: str | os.PathLike[str]) -> list[str]:
    """The column names in a GDELT header file (one comma- or tab-separated line)."""
    p = Path(path)
    text = p.read_bytes()[:65536].decode("utf-8", errors="replace").lstrip("\ufeff")
    first = text.replace("\r", "\n").split("\n")[0]
    cols = [c.strip().strip('"') for c in re.split("[,\t]", first)]
    if "GLOBALEVENTID" not in cols or "SQLDATE" not in cols:
        raise InputError(p.name, 1, None, "expected GDELT's header line (GLOBALEVENTID,SQLDATE,...)")
    return cols


def _is_query_export(data: bytes) -> bool:
    """A CSV exported from a query (BigQuery, the analysis service): comma-separated with every value
    quoted, or a plain comma-separated header line ``GLOBALEVENTID,SQLDATE,...``."""
    first = data[:4096].lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0]
    return first.count(b"\t") < 5 and (first.startswith(b'"') or first.startswith(b"GLOBALEVENTID,"))


def _query_columns(data: bytes, name: str, header: list[str] | None) -> tuple[str, list[str], bool]:
    """(layout, column names, whether the first line is the header) of a query export."""
    first = data[:65536].lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", errors="replace")
    try:
        cells = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        raise InputError(name, 1, None, "expected comma-separated, quoted GDELT event values") from None
    has_header = "GLOBALEVENTID" in cells and "SQLDATE" in cells
    cols = [c.strip() for c in cells] if has_header else header
    if cols is None:
        by_count = LAYOUTS.get(len(cells))
        if by_count is None:
            raise InputError(name, 1, None, f"expected {' or '.join(map(str, LAYOUTS))} GDELT columns or a header "
                             f"(a header line, or GDELT's CSV.header.fieldids.csv beside the file), found {len(cells)}")
        cols = by_count[1]
    if len(cols) != len(cells):
        raise InputError(name, 1, None, f"expected {len(cols)} values as the header names, found {len(cells)}")
    missing = [c for c in _REQUIRED if c not in cols]
    unknown = [c for c in cols if c not in COLUMNS_V2]
    if missing or unknown:
        raise InputError(name, 1, (missing or unknown)[0], "expected GDELT event column names "
                         + ("(required column missing)" if missing else "(not a GDELT event column)"))
    return "query-export", cols, has_header


def read_file(
    path: str | os.PathLike[str], *, max_bad: float = MAX_BAD, today: date | None = None,
    header: list[str] | None = None,
) -> ParsedFile:
    """Read and check one GDELT event export (zipped or not) into the stored schema.

    Raw exports are tab-separated without a header (57, 58 or 61 columns). Exports of a query
    (BigQuery, GDELT's analysis service) are comma-separated with every value quoted and ``NULL``
    for missing, with a header line or without one: then ``header`` (GDELT's
    ``CSV.header.fieldids.csv``, given or found beside the file) names the columns, else the column
    count. A query export has no publication window: it covers the days of its events.

    Raises :class:`InputError` if the file cannot be read, has no layout GDELT uses, or more than
    ``max_bad`` of its lines are bad.
    """
    path = Path(path)
    name = path.name
    data, bad_utf8 = _mark_bad_utf8(_raw_bytes(path))
    if _is_query_export(data):
        if header is None:
            beside = [f for f in path.parent.glob("*") if HEADER_FILE.match(f.name)] if path.parent.is_dir() else []
            header = read_header_file(beside[0]) if beside else None
        return _read_table(path, data, bad_utf8, max_bad, today, *_query_columns(data, name, header))
    ncols = _detect_columns(data, name)
    layout, cols = LAYOUTS[ncols]
    return _read_table(path, data, bad_utf8, max_bad, today, layout, cols, False)


def _read_table(path: Path, data: bytes, bad_utf8: set[int], max_bad: float, today: date | None, layout: str,
                cols: list[str], has_header: bool) -> ParsedFile:
    name = path.name
    ncols = len(cols)
    quoted = layout == "query-export"
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
            read_options=pacsv.ReadOptions(column_names=cols, use_threads=False, block_size=1 << 24,
                                           skip_rows=1 if has_header else 0),
            parse_options=pacsv.ParseOptions(
                delimiter="," if quoted else "\t",
                quote_char='"' if quoted else False,
                double_quote=quoted,
                escape_char=False,
                newlines_in_values=False,
                invalid_row_handler=on_invalid,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={c: pa.string() for c in cols},
                null_values=["NULL"] if quoted else [],
                strings_can_be_null=quoted,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        what = "comma-separated, quoted" if quoted else "tab-separated"
        raise InputError(name, None, None, f"cannot parse as {what} GDELT events: {one_line(exc, 200)}") from None
    if quoted:  # NULL is missing, as an empty field is in the raw exports
        raw = pa.table([pc.fill_null(raw[c], "") for c in cols], names=cols)
    for c in cols:
        longest = pc.max(pc.utf8_length(raw[c])).as_py() if raw.num_rows else 0
        if longest and longest > MAX_FIELD_CHARS:
            i = pc.index(pc.greater(pc.utf8_length(raw[c]), MAX_FIELD_CHARS), True).as_py()
            raise InputError(name, _line_of(i + has_header, skipped), c,
                             f"a field of {longest:,} characters; expected at most {MAX_FIELD_CHARS:,}")
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
            examples.extend(f"{name}:{_line_of(i + has_header, skipped)}: {reason}" for i in idx)
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


def _out_of_range(clean: pa.Array, typ: pa.DataType) -> pa.Array:
    """Rows whose (well-formed) number does not fit ``typ``."""
    if typ == pa.float64():
        v = pc.cast(clean, pa.float64(), safe=False)
        return pc.fill_null(pc.invert(pc.is_finite(v)), False)
    bits = {pa.int8(): 7, pa.int32(): 31, pa.int64(): 63}[typ]
    digits = pc.utf8_length(pc.replace_substring_regex(clean, "^-?0*", ""))
    too_long = pc.greater(digits, 18)
    v = pc.cast(pc.if_else(too_long, pa.scalar(None, pa.string()), clean), pa.int64())
    limit = (1 << bits) - 1
    outside = pc.or_(pc.greater(v, limit), pc.less(v, -limit - 1))
    return pc.or_(pc.fill_null(too_long, False), pc.fill_null(outside, False))


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
        except pa.ArrowInvalid:  # overflow on some lines: those lines are bad, the others kept
            big = _out_of_range(clean, typ)
            row_bad[f"field '{c}': out of range"] = big
            out[c] = pc.cast(pc.if_else(big, pa.scalar(None, pa.string()), clean), typ)
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
