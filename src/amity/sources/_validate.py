"""One error path for every importer: strict key fields, lenient auxiliary cells, and limits.

Use these helpers in every reader of ``amity.sources`` (and in any other reader of user files):

* **Key fields strict.** A malformed id, state, vote, year or code rejects the whole file with
  :class:`~amity.errors.InputError` naming the file, the line (1-based, as an editor shows it), the
  field and what was expected: :func:`strict_int`, :func:`strict_number`, :func:`require_columns`.
* **Auxiliary cells lenient, with a threshold.** A malformed auxiliary cell (a population figure, a
  description) becomes NA and is reported (count and a few examples, :class:`Lenient`); if more than
  :data:`LENIENT_MAX_SHARE` (1 %) of the rows have a bad cell in one column the file is rejected -- past
  that point the file is not the layout we think it is. :func:`lenient_number` applies the rule.
* **Limits** (set deliberately, each refused with a one-line error, never a traceback):
  :data:`MAX_FIELD_CHARS` characters per field, :data:`MAX_INT_DIGITS` digits per integer,
  :data:`MAX_DEPTH` levels of nesting in YAML, :data:`MAX_DECOMPRESSED` bytes out of any zip member
  (a zip bomb is refused, not unpacked) and :data:`MAX_RATIO` compression ratio.
* **Readers**: :func:`decode` (BOM, UTF-8 then Latin-1, CR-only and CRLF line ends), :func:`zip_member`,
  :func:`xlsx_rows`, :func:`read_r`, :func:`read_parquet`, :func:`safe_yaml`; :func:`guard` turns any
  failure to parse inside its block into one :class:`InputError` line (:func:`one_line`).
"""

from __future__ import annotations

import difflib
import math
import os
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from amity.errors import AmityError, InputError

#: share of rows whose auxiliary cell in one column may be malformed (becomes NA, reported) before
#: the file is rejected
LENIENT_MAX_SHARE = 0.01
#: longest field accepted, in characters (the longest in real SIPRI, WDI, UN files is under 2,000)
MAX_FIELD_CHARS = 100_000
#: most digits in an integer cell (int64 holds 18 safely)
MAX_INT_DIGITS = 18
#: deepest nesting accepted in a YAML document
MAX_DEPTH = 40
#: most bytes read out of one zip member (the largest real member, GDELT's yearly back-files, is ~1 GB)
MAX_DECOMPRESSED = 4 << 30
#: highest compression ratio of a zip member (real CSVs compress ~10:1; bombs ~1000:1)
MAX_RATIO = 200
#: most bytes of a YAML file
MAX_YAML_BYTES = 20 << 20
#: most nodes of a YAML document, aliases expanded (refuses an alias bomb, "billion laughs")
MAX_YAML_NODES = 1_000_000


def one_line(text: object, limit: int = 300) -> str:
    """``text`` on one line (parser messages often end in a newline), at most ``limit`` characters."""
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


@contextmanager
def guard(file: str | os.PathLike[str], what: str) -> Iterator[None]:
    """Turn any failure to parse inside the block into one :class:`InputError` line:
    ``FILE: expected WHAT (error type: message)``. An :class:`AmityError` passes through unchanged.
    Set ``AMITY_DEBUG=1`` to see the original traceback."""
    try:
        yield
    except AmityError:
        raise
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except MemoryError:
        raise InputError(str(file), None, None, f"expected {what}; the file is too large to read in memory") from None
    except Exception as exc:
        if os.environ.get("AMITY_DEBUG"):
            raise
        if isinstance(exc, RecursionError):
            msg = "nested too deeply"
        else:
            msg = one_line(exc, 200) or type(exc).__name__
        raise InputError(str(file), None, None, f"expected {what} ({type(exc).__name__}: {msg})") from exc


def decode(data: bytes, file: str) -> str:
    """Text of a file: a UTF-8 BOM dropped, UTF-8 else Latin-1 (SIPRI publishes Latin-1), CRLF and
    CR-only line ends made ``\\n``."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(file, None, None,
                             f"expected UTF-16 text after its byte-order mark ({exc.reason})") from None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError(file, line, None, "expected text, found a NUL byte (a binary or damaged file?)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_fields(rows: Iterable[Sequence[str]], file: str, *, first_line: int = 1) -> None:
    """Refuse a field longer than :data:`MAX_FIELD_CHARS` (naming its line)."""
    for i, row in enumerate(rows):
        for cell in row:
            if cell is not None and len(cell) > MAX_FIELD_CHARS:
                raise InputError(file, first_line + i, None,
                                 f"a field of {len(cell):,} characters; expected at most {MAX_FIELD_CHARS:,}")


def require_columns(header: Sequence[str], required: Iterable[str], file: str, line: int | None = None,
                    *, layout: str = "") -> None:
    """Every ``required`` column is in ``header``; else an error naming the first missing one and
    the closest header found."""
    have = [str(h).strip() for h in header]
    for col in required:
        if col not in have:
            close = difflib.get_close_matches(col, have, n=1, cutoff=0.5)
            hint = f" (closest header found: '{close[0]}')" if close else ""
            lay = f" of the {layout} layout" if layout else ""
            raise InputError(file, line, col, f"required column{lay} is missing{hint}")


def _lines(lines: Sequence[int] | np.ndarray | pd.Index | None, n: int, first_line: int) -> np.ndarray:
    if lines is None:
        return np.arange(first_line, first_line + n)
    return np.asarray(lines)


def strict_int(values: pd.Series, file: str, field: str, *, lines: Sequence[int] | None = None,
               first_line: int = 1, lo: int | None = None, hi: int | None = None,
               allow_missing: bool = False) -> pd.Series:
    """A key column of integers (Int64). Any cell that is not an integer in ``[lo, hi]`` rejects the
    file, naming its line; ``lines`` gives each row's line in the file (default: ``first_line`` + i).
    Empty cells are an error unless ``allow_missing``."""
    s = values.astype("string").str.strip()
    ln = _lines(lines, len(s), first_line)
    empty = s.isna() | (s == "")
    if empty.any() and not allow_missing:
        i = int(np.flatnonzero(empty.to_numpy())[0])
        raise InputError(file, int(ln[i]), field, "expected an integer, got an empty cell")
    ok = s.str.fullmatch(r"[+-]?\d+(\.0*)?").fillna(False) | empty
    digits = s.str.replace(r"^[+-]|\.0*$", "", regex=True).str.len().fillna(0)
    ok &= digits <= MAX_INT_DIGITS
    if not ok.all():
        i = int(np.flatnonzero(~ok.to_numpy())[0])
        raise InputError(file, int(ln[i]), field, f"expected an integer, got {_show(s.iloc[i])}")
    out = pd.to_numeric(s.where(~empty).str.replace(r"\.0*$", "", regex=True), errors="raise").astype("Int64")
    _range(out, file, field, ln, lo, hi)
    return out


def strict_number(values: pd.Series, file: str, field: str, *, lines: Sequence[int] | None = None,
                  first_line: int = 1, lo: float | None = None, hi: float | None = None,
                  allow_missing: bool = True, missing: Iterable[str] = ("",)) -> pd.Series:
    """A key column of finite numbers (float64). ``missing`` markers become NaN (if allowed);
    anything else that is not a plain finite decimal number (``inf``, ``1e309``, full-width digits)
    rejects the file naming its line."""
    s = values.astype("string").str.strip()
    ln = _lines(lines, len(s), first_line)
    miss = s.isna() | s.isin(list(missing))
    if miss.any() and not allow_missing:
        i = int(np.flatnonzero(miss.to_numpy())[0])
        raise InputError(file, int(ln[i]), field, f"expected a number, got {_show(s.iloc[i])}")
    nums, bad = _parse_numbers(s, miss)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise InputError(file, int(ln[i]), field, f"expected a finite number, got {_show(s.iloc[i])}")
    out = pd.Series(nums, index=values.index, dtype="float64")
    _range(out, file, field, ln, lo, hi)
    return out


_NUMBER = r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?"


def _parse_numbers(s: pd.Series, miss: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    shape = s.str.fullmatch(_NUMBER).fillna(False).to_numpy(dtype=bool)
    nums = pd.to_numeric(s.where(shape & ~miss.to_numpy()), errors="coerce").to_numpy(dtype="float64")
    finite = np.isfinite(nums)
    bad = ~miss.to_numpy(dtype=bool) & ~(shape & finite)
    nums = np.where(finite & ~miss.to_numpy(dtype=bool), nums, np.nan)
    return nums, bad


def _range(out: pd.Series, file: str, field: str, ln: np.ndarray, lo: float | None, hi: float | None) -> None:
    if lo is None and hi is None:
        return
    v = out.astype("float64")
    bad = (v < lo if lo is not None else False) | (v > hi if hi is not None else False)
    bad = np.asarray(bad, dtype=bool) & ~np.isnan(v.to_numpy(dtype="float64"))
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        want = f"between {lo} and {hi}" if lo is not None and hi is not None else (
            f"at least {lo}" if lo is not None else f"at most {hi}")
        raise InputError(file, int(ln[i]), field, f"expected a value {want}, got {_fmt(out.iloc[i])}")


@dataclass
class Lenient:
    """What the lenient rule did to one file: per column, the bad cells made NA (count, examples)."""

    file: str
    bad: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def note(self) -> str:
        """One line for the user, or "" if nothing was set to NA."""
        if not self.bad:
            return ""
        parts = [f"{col}: {n:,} ({', '.join(self.examples[col])})" for col, n in sorted(self.bad.items())]
        return f"{self.file}: malformed auxiliary cells read as missing -- " + "; ".join(parts)


def lenient_number(values: pd.Series, report: Lenient, field: str, *, lines: Sequence[int] | None = None,
                   first_line: int = 1, missing: Iterable[str] = ("",), lo: float | None = None,
                   hi: float | None = None) -> pd.Series:
    """An auxiliary column of finite numbers: a malformed or out-of-range cell becomes NaN and is
    counted in ``report``; more than :data:`LENIENT_MAX_SHARE` of the rows bad rejects the file,
    naming the first bad line."""
    s = values.astype("string").str.strip()
    ln = _lines(lines, len(s), first_line)
    miss = s.isna() | s.isin(list(missing))
    nums, bad = _parse_numbers(s, miss)
    if lo is not None:
        bad |= nums < lo
    if hi is not None:
        bad |= nums > hi
    if bad.any():
        n = int(bad.sum())
        i = int(np.flatnonzero(bad)[0])
        if n > LENIENT_MAX_SHARE * len(s):
            raise InputError(report.file, int(ln[i]), field,
                             f"expected a number, got {_show(s.iloc[i])} ({n:,} of {len(s):,} rows malformed, "
                             f"more than the {LENIENT_MAX_SHARE:.0%} read as missing)")
        report.bad[field] = report.bad.get(field, 0) + n
        report.examples.setdefault(field, [f"line {int(ln[j])}: {_show(s.iloc[j])}" for j in np.flatnonzero(bad)[:3]])
        nums = np.where(bad, np.nan, nums)
    return pd.Series(nums, index=values.index, dtype="float64")


def duplicate_keys(df: pd.DataFrame, keys: list[str], file: str, *, lines: Sequence[int] | None = None,
                   first_line: int = 1) -> None:
    """Refuse a file in which two rows share ``keys``, naming the second row's line."""
    dup = df.duplicated(keys, keep="first").to_numpy()
    if dup.any():
        ln = _lines(lines, len(df), first_line)
        i = int(np.flatnonzero(dup)[0])
        what = ", ".join(f"{k}={df[k].iloc[i]}" for k in keys)
        raise InputError(file, int(ln[i]), keys[0], f"expected one row per {'/'.join(keys)}, got a second row for "
                         f"{what}")


def _show(v: object) -> str:
    s = "" if v is None or v is pd.NA else str(v)
    return repr(s if len(s) <= 40 else s[:37] + "...")


def _fmt(v: object) -> str:
    if isinstance(v, float) and math.isfinite(v) and v.is_integer():
        return str(int(v))
    return str(v)


# -- containers ----------------------------------------------------------------------------------
def zip_member(path: str | os.PathLike[str], pick: str = "", *, exclude: str = "^Metadata_",
               max_bytes: int = MAX_DECOMPRESSED) -> tuple[str, bytes]:
    """(name, bytes) of the one member of a zip whose name matches the regex ``pick`` (and not
    ``exclude``). A damaged or truncated zip (an interrupted download), no or several matching
    members, a member larger than ``max_bytes`` or compressed more than :data:`MAX_RATIO`:1 (a zip
    bomb) is a one-line :class:`InputError`."""
    file = Path(path).name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()
                     and re.search(pick, Path(i.filename).name, re.I)
                     and not (exclude and re.search(exclude, Path(i.filename).name))]
            if len(infos) != 1:
                names = ", ".join(i.filename for i in zf.infolist())[:200] or "none"
                raise InputError(file, None, None, f"expected one data file in the zip, found "
                                 f"{len(infos) or 'none'} (members: {names})")
            info = infos[0]
            if info.file_size > max_bytes or (info.compress_size and info.file_size / info.compress_size > MAX_RATIO
                                              and info.file_size > (1 << 20)):
                raise InputError(file, None, info.filename, f"expected at most {max_bytes:,} bytes compressed at "
                                 f"most {MAX_RATIO}:1; the member unpacks to {info.file_size:,} bytes "
                                 "(a zip bomb?)")
            with zf.open(info) as fh:
                data = fh.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(file, None, info.filename, f"expected at most {max_bytes:,} bytes unpacked")
            return info.filename, data
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError,
            RuntimeError, KeyError) as exc:
        raise InputError(file, None, None, f"expected a complete zip file; it is damaged or truncated "
                         f"(an interrupted download?): {one_line(exc, 120)}") from None


def xlsx_rows(path: str | os.PathLike[str], sheet: str | None = None) -> dict[str, list[tuple]]:
    """Every sheet (or one) of a workbook as lists of row tuples, read completely inside one error
    path (openpyxl parses sheets lazily: damage surfaces while iterating, not when opening)."""
    import openpyxl

    file = str(path)
    with guard(file, "an Excel workbook (.xlsx)"):
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            names = [sheet] if sheet is not None else list(wb.sheetnames)
            out = {}
            for name in names:
                if name not in wb.sheetnames:
                    raise InputError(file, None, None, f"expected a sheet named '{name}'")
                rows = []
                for r in wb[name].iter_rows(values_only=True):
                    for v in r:
                        if isinstance(v, str) and len(v) > MAX_FIELD_CHARS:
                            raise InputError(file, None, f"{name}!row {len(rows) + 1}",
                                             f"a cell of {len(v):,} characters; expected at most {MAX_FIELD_CHARS:,}")
                    rows.append(tuple(r))
                out[name] = rows
            return out
        finally:
            wb.close()


def read_r(path: str | os.PathLike[str]) -> dict[str, pd.DataFrame]:
    """The data frames in an ``.rda``/``.RData``/``.rds`` file (via pyreadr), any failure one line."""
    import pyreadr

    with guard(path, "an R data file (.rda, .RData or .rds)"):
        res = pyreadr.read_r(str(path))
        return {str(k): v for k, v in res.items()}


def read_parquet(path: str | os.PathLike[str], columns: list[str] | None = None) -> pd.DataFrame:
    """A Parquet file as a DataFrame, any failure one line."""
    import pyarrow.parquet as pq

    with guard(path, "a Parquet file"):
        return pq.read_table(str(path), columns=columns).to_pandas()


def safe_yaml(text: str, file: str) -> object:
    """Parse YAML safely (no Python objects), with limits: at most :data:`MAX_YAML_BYTES` bytes,
    :data:`MAX_DEPTH` levels of nesting, integers of at most :data:`MAX_INT_DIGITS` digits. Errors
    name the file and the line, on one line."""
    import yaml

    if len(text) > MAX_YAML_BYTES:
        raise InputError(file, None, None, f"expected a YAML file of at most {MAX_YAML_BYTES:,} bytes")
    try:
        depth, line, nodes = _yaml_depth(yaml.compose(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or exc
        raise InputError(file, mark.line + 1 if mark else None, None,
                         f"expected valid YAML ({one_line(problem, 150)})") from None
    except RecursionError:
        raise InputError(file, None, None, f"expected YAML nested at most {MAX_DEPTH} levels deep") from None
    if depth > MAX_DEPTH:
        raise InputError(file, line, None, f"expected YAML nested at most {MAX_DEPTH} levels deep")
    if nodes > MAX_YAML_NODES:
        raise InputError(file, None, None, f"expected YAML of at most {MAX_YAML_NODES:,} values once aliases "
                                           "are expanded")
    with guard(file, "valid YAML"):
        try:
            return yaml.load(text, Loader=_LimitedLoader)  # noqa: S506 - a SafeLoader subclass
        except InputError as exc:
            raise InputError(file, exc.line, exc.field, exc.expected) from None


def _yaml_depth(node: object, depth: int = 0) -> tuple[int, int | None, int]:
    """(deepest level, its line, nodes visited with aliases expanded); stops past either limit."""
    if node is None:
        return 0, None, 0
    stack = [(node, 1)]
    best, where, seen = 0, None, 0
    while stack:
        n, d = stack.pop()
        seen += 1
        if seen > MAX_YAML_NODES:
            break
        if d > best:
            best, where = d, n.start_mark.line + 1
        if d > MAX_DEPTH:
            break
        value = getattr(n, "value", None)
        if isinstance(value, list):
            for item in value:
                if isinstance(item, tuple):
                    stack.extend((x, d + 1) for x in item)
                else:
                    stack.append((item, d + 1))
    return best, where, seen


def _limited_int(loader, node):  # noqa: ANN001, ANN202 - PyYAML constructor signature
    text = str(node.value).replace("_", "")
    if len(text.lstrip("+-")) > MAX_INT_DIGITS:
        raise InputError(getattr(loader, "name", "<yaml>"), node.start_mark.line + 1, None,
                         f"expected an integer of at most {MAX_INT_DIGITS} digits, got {len(text):,} digits")
    return loader.construct_yaml_int(node)


def _make_loader():  # noqa: ANN202
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("tag:yaml.org,2002:int", _limited_int)
    return Loader


class _LazyLoader:
    _cls = None

    def __call__(self, stream):  # noqa: ANN001, ANN204
        if _LazyLoader._cls is None:
            _LazyLoader._cls = _make_loader()
        return _LazyLoader._cls(stream)


_LimitedLoader = _LazyLoader()
