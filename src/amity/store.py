"""The store: one DuckDB file with every imported dataset and its provenance.

Layout
------
* ``sources``: one row per imported file or pull (id, kind, vintage, title, citation, file_name,
  sha256, rows, imported_at, licence). ``id`` is ``{kind}:{sha256[:12]}``, so the same file always
  gets the same id and importing it twice is a no-op.
* fact tables (``arms_deals``, ``arms_tiv``, ``unga_votes``, ...): created by the first import that
  writes them; every row carries ``source_id``.

An import is one transaction: a bad file, or a crash half-way, leaves the store as it was.
A new vintage of a dataset is kept beside the old one; :meth:`Store.facts` reads the latest vintage
by default.

The file lives at ``$AMITY_HOME/amity.duckdb`` (default: the user data folder, e.g.
``~/.local/share/amity``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import platformdirs

from amity.errors import AmityError, StoreBusy

SOURCES_DDL = """
CREATE TABLE IF NOT EXISTS sources (
    id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,
    vintage VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    citation VARCHAR NOT NULL,
    file_name VARCHAR,
    sha256 VARCHAR NOT NULL,
    rows BIGINT NOT NULL,
    imported_at VARCHAR NOT NULL,
    licence VARCHAR,
    url VARCHAR,
    tables VARCHAR
)
"""

#: the digest of each source's normalised rows, and the scope that, with kind and vintage, names
#: the dataset it holds (two sources of one kind, vintage and scope are the same dataset)
CONTENT_DDL = """
CREATE TABLE IF NOT EXISTS source_content (
    source_id VARCHAR PRIMARY KEY,
    scope VARCHAR NOT NULL,
    content VARCHAR NOT NULL
)
"""


def home() -> Path:
    """The amity data folder: ``$AMITY_HOME`` or the platform's user data folder."""
    env = os.environ.get("AMITY_HOME")
    return Path(env).expanduser() if env else Path(platformdirs.user_data_dir("amity", appauthor=False))


def store_file(folder: str | os.PathLike[str] | None = None) -> Path:
    """The store file in ``folder`` (default: :func:`home`)."""
    return (Path(folder).expanduser() if folder is not None else home()) / "amity.duckdb"


def sha256_file(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class SourceMeta:
    """Provenance of one dataset as a reader found it.

    ``vintage`` is the data's own date or version as ISO text where possible (SIPRI
    "Data generated: 13 Mar 2025" → ``2025-03-13``; COW NMC → ``6.0``).
    """

    kind: str
    vintage: str
    title: str
    citation: str
    licence: str = ""
    file_name: str = ""
    sha256: str = ""
    url: str = ""
    #: what, beside kind and vintage, tells datasets apart (WDI indicator codes, a SIPRI selection);
    #: two sources of one kind, vintage and scope hold the same dataset
    scope: str = ""
    #: digest of the normalised rows (:func:`content_digest`), filled in on import
    content: str = ""

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.sha256[:12]}"


@dataclass
class ImportResult:
    source_id: str
    kind: str
    file_name: str
    rows: int
    created: bool  # False: this exact file was already imported; nothing changed
    tables: dict[str, int] = field(default_factory=dict)


class Store:
    """A DuckDB store with provenance. Use as a context manager or call :meth:`close`.

    >>> with Store(tmp_path / "amity.duckdb") as st:
    ...     st.sources()

    The one way into the store: callers use :meth:`read`, :meth:`query`, :meth:`relation`,
    :meth:`latest_source_ids`, :meth:`transaction` and :meth:`execute` (writers in ``sources/``),
    never the lock or the connection themselves.

    Opening checks the file: a file that is not a DuckDB database (e.g. SQLite), a truncated or
    damaged one, or one whose catalogue cannot be read, raises :class:`AmityError` in one line and is
    never written to. DuckDB's extension auto-install and auto-load are off (no network). Another
    process writing the store holds its lock: a writer waits up to ``wait_s`` (default
    :data:`WRITE_WAIT_S`) and says so through ``on_wait``; a reader waits up to :data:`READ_WAIT_S`.
    Either then fails with :class:`AmityError` -- no command falls back to an empty store.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
                 wait_s: float | None = None, on_wait: Callable[[str], None] | None = None) -> None:
        self.path = Path(path) if path is not None else store_file()
        self.read_only = read_only
        self._lock = threading.RLock()
        self._depth = 0
        if read_only and not self.path.exists():
            # Nothing imported yet: an empty in-memory store answers every question with "not loaded".
            self.con = _connect(":memory:", False)
        else:
            if self.path.exists():
                check_file(self.path)
            else:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise AmityError(f"cannot create the store folder {self.path.parent}: {exc.strerror}") from exc
            wait = (READ_WAIT_S if read_only else WRITE_WAIT_S) if wait_s is None else wait_s
            self.con = _connect_waiting(self.path, read_only, wait, on_wait)
            try:
                self._check_catalogue(full=not read_only)
            except BaseException:
                self.con.close()
                raise
        if not read_only:
            self._run(SOURCES_DDL)
            self._run(CONTENT_DDL)
        elif not self.path.exists():
            self.con.execute(SOURCES_DDL)

    # -- lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reopen(self, *, read_only: bool, wait_s: float | None = None,
               on_wait: Callable[[str], None] | None = None) -> None:
        """Close the connection and open the same file again, e.g. read-only to let other processes
        read while a long computation runs, then writable again for a short write."""
        if self._depth:
            raise RuntimeError("cannot reopen the store inside a transaction")
        if read_only == self.read_only:
            return
        with self._lock:
            self.con.close()
            try:
                fresh = Store(self.path, read_only=read_only, wait_s=wait_s, on_wait=on_wait)
            except AmityError:
                if "configuration" not in str(sys.exc_info()[1].__cause__ or ""):
                    # the old mode again, so that this object stays usable; then report
                    self.con = _connect_waiting(self.path, self.read_only, WRITE_WAIT_S, on_wait)
                    raise
                # another connection of this process holds the file in the other mode: keep ours
                self.con = _connect_waiting(self.path, self.read_only, WRITE_WAIT_S, on_wait)
                return
            self.con, self.read_only = fresh.con, read_only

    def _check_catalogue(self, *, full: bool) -> None:
        """Read the catalogue (and, with ``full``, every block of every table, so that DuckDB verifies
        its checksums) before anything is written."""
        try:
            names = [r[0] for r in self.con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()]
            if full:
                for name in names:
                    self.con.execute(f'SELECT count(*), sum(hash(COLUMNS(*))) FROM "{_quote(name)}"').fetchone()
        except (duckdb.IOException, duckdb.InternalException, duckdb.SerializationException,
                duckdb.CatalogException, duckdb.FatalException) as exc:
            raise damaged(self.path, exc) from exc
        except duckdb.Error as exc:
            if _is_damage(exc):
                raise damaged(self.path, exc) from exc
            raise

    def _run(self, sql: str, params: Sequence[object] | Mapping[str, object] | None = None,
             fetch: str = "") -> object:
        """Run ``sql`` under the lock; ``fetch``: "df", "all", "one" or "" (the cursor). A read that
        meets a damaged block (DuckDB checks each block's checksum) raises the one-line damaged-store
        error, whether it fails while running or while fetching."""
        with self._lock:
            try:
                cur = self.con.execute(sql, params if params is not None else [])
                if fetch == "df":
                    return cur.df()
                if fetch == "all":
                    return cur.fetchall()
                if fetch == "one":
                    return cur.fetchone()
                return cur
            except duckdb.Error as exc:
                if _is_damage(exc):
                    raise damaged(self.path, exc) from exc
                raise

    # -- provenance -------------------------------------------------------------------------
    def sources(self, kind: str | None = None) -> pd.DataFrame:
        """All imported sources, ordered by kind, vintage and id (stable for the same store)."""
        if not self.has_table("sources"):
            return pd.DataFrame(columns=["id", "kind", "vintage", "title", "citation", "file_name",
                                         "sha256", "rows", "imported_at", "licence", "url", "tables"])
        q = "SELECT * FROM sources"
        params: list[object] = []
        if kind:
            q += " WHERE kind = ?"
            params.append(kind)
        return self._run(q + " ORDER BY kind, vintage, id", params, fetch="df")

    def source(self, source_id: str) -> dict[str, object] | None:
        df = self.sources()
        hit = df[df["id"] == source_id]
        return None if hit.empty else hit.iloc[0].to_dict()

    def has_source(self, kind: str, sha256: str) -> str | None:
        if not self.has_table("sources"):
            return None
        row = self._run("SELECT id FROM sources WHERE kind = ? AND sha256 = ?", [kind, sha256], fetch="one")
        return row[0] if row else None

    def same_dataset(self, kind: str, vintage: str, scope: str = "") -> pd.DataFrame:
        """Sources already holding ``kind`` at ``vintage`` for ``scope`` (id, content digest or NA for
        sources imported before digests were kept)."""
        cols = ["id", "content"]
        if not self.has_table("sources"):
            return pd.DataFrame(columns=cols)
        has_content = self.has_table("source_content")
        q = ("SELECT s.id, c.content FROM sources s LEFT JOIN source_content c ON c.source_id = s.id "
             "WHERE s.kind = ? AND s.vintage = ? AND coalesce(c.scope, '') = ? ORDER BY s.id") if has_content else (
             "SELECT id, NULL AS content FROM sources WHERE kind = ? AND vintage = ? AND ? = '' ORDER BY id")
        return self._run(q, [kind, vintage, scope], fetch="df")[cols]

    def same_content(self, kind: str, content: str) -> str | None:
        """The id of a source of ``kind`` whose normalised rows have digest ``content``, if any."""
        if not content or not self.has_table("source_content"):
            return None
        row = self._run("SELECT s.id FROM sources s JOIN source_content c ON c.source_id = s.id "
                        "WHERE s.kind = ? AND c.content = ? ORDER BY s.id LIMIT 1", [kind, content], fetch="one")
        return row[0] if row else None

    def source_tables(self, source_id: str, names: Iterable[str]) -> dict[str, pd.DataFrame]:
        """The rows ``source_id`` wrote in each of ``names`` (an empty frame where it wrote none)."""
        out = {}
        for name in names:
            df = self.read(name, source_ids=[source_id])
            out[name] = df.drop(columns=["source_id"]) if df is not None else pd.DataFrame()
        return out

    # -- writing ----------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One transaction under the store's lock: COMMIT on success, ROLLBACK on any exception
        (Ctrl-C included). Nested uses join the outermost transaction. The outermost commit is
        followed by a CHECKPOINT, so the rows are in the file before the call returns."""
        if self.read_only:
            raise AmityError(f"store {self.path} is open read-only")
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self._run("BEGIN TRANSACTION")
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._depth = 0
                with contextlib.suppress(duckdb.Error):
                    self.con.execute("ROLLBACK")
                raise
            self._depth = 0
            try:
                self._run("COMMIT")
            except BaseException:
                with contextlib.suppress(duckdb.Error):
                    self.con.execute("ROLLBACK")
                raise
            # Write the new rows to the file now: a crash later loses nothing, and queries on this
            # connection right after a large insert see consistent data.
            self._run("CHECKPOINT")

    def execute(self, sql: str, params: Sequence[object] | None = None) -> list[tuple]:
        """Run one statement (DDL, INSERT, DELETE, ...) and return its rows, if any. For writers in
        ``sources/``; wrap several in :meth:`transaction`."""
        if self.read_only and not sql.lstrip().upper().startswith(("SELECT", "WITH", "DESCRIBE")):
            raise AmityError(f"store {self.path} is open read-only")
        return self._run(sql, params, fetch="all") or []

    def checkpoint(self) -> None:
        """Write everything to the file now."""
        if not self.read_only:
            self._run("CHECKPOINT")

    def ingest(self, meta: SourceMeta, tables: Mapping[str, pd.DataFrame], *,
               replace: Sequence[str] = ()) -> ImportResult:
        """Write one source and its fact tables in a single transaction.

        ``meta.sha256`` identifies the data; if a source of the same kind and hash is already
        present nothing is written and ``created`` is False. Each DataFrame gets a
        ``source_id`` column; tables are created from the first DataFrame's schema and later
        imports insert by column name (a column a later vintage lacks is NULL). ``replace``:
        source ids removed in the same transaction (``amity data import --replace``).
        The digest of the normalised rows (:func:`content_digest`) is kept beside the source.
        """
        if self.read_only:
            raise AmityError(f"store {self.path} is open read-only")
        if not meta.sha256:
            raise ValueError("SourceMeta.sha256 is required")
        existing = self.has_source(meta.kind, meta.sha256)
        if existing:
            return ImportResult(existing, meta.kind, meta.file_name, 0, created=False)
        sid = meta.id
        counts = {name: len(df) for name, df in tables.items()}
        for name in tables:
            _check_name(name)
        content = meta.content or content_digest(tables)
        with self.transaction():
            for old in replace:
                self.remove_source(old)
            for name, df in tables.items():
                frame = df.assign(source_id=sid)
                with self._lock:
                    self.con.register("_amity_in", frame)
                    try:
                        self._run(f'CREATE TABLE IF NOT EXISTS "{name}" AS SELECT * FROM _amity_in LIMIT 0')
                        self._add_missing_columns(name, frame)
                        self._run(f'INSERT INTO "{name}" BY NAME SELECT * FROM _amity_in')
                    finally:
                        self.con.unregister("_amity_in")
            self.record_source(meta, sum(counts.values()), sorted(counts), content=content)
        return ImportResult(sid, meta.kind, meta.file_name, sum(counts.values()), True, counts)

    def record_source(self, meta: SourceMeta, rows: int, tables: Sequence[str], *, content: str = "") -> None:
        """Insert the provenance row of ``meta`` (and its content digest); call inside :meth:`transaction`."""
        self._run("INSERT INTO sources (id, kind, vintage, title, citation, file_name, sha256, rows, imported_at, "
                  "licence, url, tables) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  [meta.id, meta.kind, meta.vintage, meta.title, meta.citation, meta.file_name, meta.sha256, rows,
                   datetime.now(UTC).replace(microsecond=0).isoformat(), meta.licence, meta.url,
                   ",".join(sorted(tables))])
        self._run(CONTENT_DDL)
        self._run("INSERT INTO source_content VALUES (?, ?, ?)", [meta.id, meta.scope, content or meta.content])

    def remove_source(self, source_id: str) -> dict[str, int]:
        """Delete one source: its provenance row and its rows in every fact table (one transaction).
        Returns rows deleted per table. Files kept beside the store (GDELT Parquet) are the caller's."""
        if self.source(source_id) is None:
            raise AmityError(f"no source {source_id!r} in the store; see `amity data sources`")
        deleted: dict[str, int] = {}
        with self.transaction():
            for name in (t for t in self._tables_with_source_id() if t != "source_content"):
                n = self._run(f'SELECT count(*) FROM "{name}" WHERE source_id = ?', [source_id], fetch="one")[0]
                if n:
                    self._run(f'DELETE FROM "{name}" WHERE source_id = ?', [source_id])
                    deleted[name] = int(n)
            if self.has_table("source_content"):
                self._run("DELETE FROM source_content WHERE source_id = ?", [source_id])
            self._run("DELETE FROM sources WHERE id = ?", [source_id])
        return deleted

    def _tables_with_source_id(self) -> list[str]:
        df = self._run("SELECT DISTINCT table_name FROM information_schema.columns WHERE column_name = 'source_id' "
                       "AND table_catalog = current_database() ORDER BY 1", fetch="all")
        return [r[0] for r in df]

    def _add_missing_columns(self, name: str, frame: pd.DataFrame) -> None:
        have = {r[0] for r in self._run(f'DESCRIBE "{name}"', fetch="all")}
        for col in frame.columns:
            if col not in have:
                dtype = self._run(f'SELECT typeof("{col}") FROM _amity_in LIMIT 1', fetch="one")
                self._run(f'ALTER TABLE "{name}" ADD COLUMN "{col}" {dtype[0] if dtype else "VARCHAR"}')

    # -- reading ----------------------------------------------------------------------------
    def has_table(self, name: str) -> bool:
        row = self._run("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name], fetch="one")
        return bool(row and row[0])

    def latest_source_ids(self, table: str, *, exclude: Iterable[str] = (), where: str = "",
                          params: Sequence[object] | None = None) -> list[str]:
        """THE latest-vintage rule. Among the sources that wrote rows of ``table`` (rows matching
        ``where``, an SQL condition over the table's columns with ``?`` parameters) and are not
        excluded, the ids of those with the newest vintage, sorted. ``exclude`` holds source ids or
        kinds (``"nmc"`` excludes every ``nmc:...`` source). Several files of one vintage (e.g.
        per-supplier pulls) are all kept. Empty if the table was never written."""
        _check_name(table)
        if not self.has_table(table):
            return []
        q = (f'SELECT DISTINCT t.source_id, s.vintage FROM "{table}" t JOIN sources s ON s.id = t.source_id'
             + (f" WHERE ({where})" if where else ""))
        rows = self._run(q, list(params or []), fetch="all")
        ex = set(exclude)
        rows = [(sid, v) for sid, v in rows if sid not in ex and str(sid).split(":")[0] not in ex]
        if not rows:
            return []
        top = max(v for _, v in rows)
        return sorted(sid for sid, v in rows if v == top)

    def read(self, table: str, *, source_ids: Sequence[str] | None = None, where: str = "",
             params: Sequence[object] | None = None, columns: Sequence[str] | None = None) -> pd.DataFrame | None:
        """Rows of ``table`` as a DataFrame, or None if the table was never written. ``source_ids``
        keeps the rows of those sources (None: all); ``where``/``params`` filter further;
        ``columns`` selects columns."""
        _check_name(table)
        if not self.has_table(table):
            return None
        cols = ", ".join(f'"{_quote(c)}"' for c in columns) if columns else "*"
        conds, args = [], []
        if source_ids is not None:
            ph, vals = in_list(source_ids)
            conds.append(f"source_id IN ({ph})")
            args.extend(vals)
        if where:
            conds.append(f"({where})")
            args.extend(params or [])
        q = f'SELECT {cols} FROM "{table}"' + (" WHERE " + " AND ".join(conds) if conds else "")
        return self._run(q, args, fetch="df")

    def facts(self, table: str, *, vintage: str | None = "latest", where: str = "",
              params: list[object] | None = None) -> pd.DataFrame | None:
        """Rows of a fact table, or ``None`` if nothing of that table was ever imported.

        ``vintage="latest"`` keeps the rows of the sources :meth:`latest_source_ids` names;
        ``None`` returns every vintage; any other string selects that vintage.
        ``where`` is an extra SQL condition over the table's columns, with ``?`` parameters.
        """
        _check_name(table)
        if not self.has_table(table):
            return None
        if vintage == "latest":
            return self.read(table, source_ids=self.latest_source_ids(table), where=where, params=params)
        if vintage is None:
            return self.read(table, where=where, params=params)
        ids = [r[0] for r in self._run("SELECT id FROM sources WHERE vintage = ?", [vintage], fetch="all")]
        return self.read(table, source_ids=ids, where=where, params=params)

    def query(self, sql: str, params: Sequence[object] | None = None) -> pd.DataFrame:
        """Run a SELECT with ``?`` parameters; the result as a DataFrame."""
        return self._run(sql, list(params or []), fetch="df")

    def relation(self, sql: str, params: Sequence[object] | None = None) -> duckdb.DuckDBPyRelation:
        """A lazy DuckDB relation over ``sql`` (for callers that keep computing in DuckDB)."""
        with self._lock:
            return self.con.sql(sql, params=list(params or []) or None)

    def arrow(self, sql: str, params: Sequence[object] | None = None, *,
              frames: Mapping[str, pd.DataFrame] | None = None):  # noqa: ANN201 - a pyarrow.Table
        """Run a SELECT and return an Arrow table (much faster than a DataFrame for millions of rows);
        ``frames`` are visible to this query only, as tables named by their keys."""
        with self._lock:
            con = self.con.cursor()
            try:
                for name, frame in (frames or {}).items():
                    con.register(name, frame)
                return con.sql(sql, params=list(params or []) or None).to_arrow_table()
            finally:
                con.close()

    def status(self) -> dict[str, object]:
        """What is loaded: per kind, its sources and fact-table row counts. Stable for the same store."""
        src = self.sources()
        tables = {}
        for name in sorted({t for ts in src["tables"].fillna("") for t in ts.split(",") if t}):
            if self.has_table(name):
                tables[name] = int(self._run(f'SELECT count(*) FROM "{name}"', fetch="one")[0])
        return {
            "store": str(self.path),
            "sources": [
                {k: (None if pd.isna(v) else (int(v) if k == "rows" else v)) for k, v in row.items()}
                for row in src.to_dict(orient="records")
            ],
            "tables": tables,
        }


def in_list(values: Iterable[object]) -> tuple[str, list]:
    """Placeholders and parameters for an SQL ``IN`` list: ``("?, ?, ?", [a, b, c])``. An empty list
    gives ``("NULL", [])``, so ``x IN (NULL)`` matches nothing."""
    vals = list(values)
    return (", ".join("?" * len(vals)) if vals else "NULL"), vals


def content_digest(tables: Mapping[str, pd.DataFrame]) -> str:
    """SHA-256 of the normalised rows: tables by name, columns by name, rows in sorted order of their
    hashes, floats at 12 significant digits. Two files that give the same rows (a re-saved copy with
    CRLF line ends, the CSV from inside a zip) get the same digest; :func:`same_rows` is the tolerant
    check for floats re-written by another program (a workbook re-saved by Excel)."""
    h = hashlib.sha256()
    for name in sorted(tables):
        df = tables[name]
        cols = sorted(map(str, df.columns))
        h.update(f"{name}\x00{len(df)}\x00{','.join(cols)}\x00".encode())
        if len(df):
            frame = df.copy()
            frame.columns = [str(c) for c in frame.columns]
            for c in frame.columns:  # a float re-written by another program may differ in its last bit
                if pd.api.types.is_float_dtype(frame[c]):
                    frame[c] = _round_sig(frame[c].astype("float64").to_numpy(na_value=np.nan))
            try:
                hashed = pd.util.hash_pandas_object(frame[cols], index=False)
            except TypeError:  # unhashable cells (lists): hash their text
                hashed = pd.util.hash_pandas_object(frame[cols].astype(str), index=False)
            rows = np.sort(hashed.to_numpy())
            h.update(rows.tobytes())
    return h.hexdigest()


def same_rows(a: Mapping[str, pd.DataFrame], b: Mapping[str, pd.DataFrame], *, rtol: float = 1e-12) -> bool:
    """True if ``a`` and ``b`` hold the same tables with the same rows in any order: other columns
    equal as text, floats equal to a relative ``rtol`` (a value re-written by another program may
    differ in its last digits). ``source_id`` columns are ignored."""
    if set(a) != set(b):
        return False
    for name in a:
        x, y = (t.drop(columns=[c for c in t.columns if c == "source_id"]) for t in (a[name], b[name]))
        if len(x) != len(y) or set(map(str, x.columns)) != set(map(str, y.columns)):
            return False
        cols = sorted(map(str, x.columns))
        x, y = x[cols], y[cols]
        floats = [c for c in cols if pd.api.types.is_float_dtype(x[c]) or pd.api.types.is_float_dtype(y[c])]
        other = [c for c in cols if c not in floats]

        try:
            nx, ny = _norm_rows(x, other, floats), _norm_rows(y, other, floats)
        except (TypeError, ValueError):
            return False
        if other and not (nx[other] == ny[other]).all().all():
            return False
        for c in floats:
            u, v = nx[c].to_numpy(), ny[c].to_numpy()
            if not np.array_equal(np.isnan(u), np.isnan(v)) or not np.allclose(u[~np.isnan(u)], v[~np.isnan(v)],
                                                                                rtol=rtol, atol=0.0):
                return False
    return True


def _norm_rows(t: pd.DataFrame, other: list[str], floats: list[str]) -> pd.DataFrame:
    out = pd.DataFrame({c: t[c].astype("string").fillna("\x00NA") for c in other})
    for c in floats:
        out[c] = pd.to_numeric(t[c], errors="coerce").astype("float64").to_numpy(na_value=np.nan)
    return out.sort_values(other + floats, kind="stable", na_position="last").reset_index(drop=True)


def _round_sig(x: np.ndarray, digits: int = 12) -> np.ndarray:
    """``x`` rounded to ``digits`` significant digits (NaN and 0 unchanged)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        mag = np.floor(np.log10(np.abs(x)))
        scale = np.where(np.isfinite(mag), 10.0 ** (digits - 1 - np.where(np.isfinite(mag), mag, 0)), 1.0)
        return np.where(np.isfinite(x) & (x != 0), np.round(x * scale) / scale, x)


def check_file(path: Path) -> None:
    """Refuse a file that is not a DuckDB store (one line, naming it and how to rebuild)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
        size = path.stat().st_size
    except OSError as exc:
        raise AmityError(f"cannot read store {path}: {exc.strerror}") from exc
    if head.startswith(b"SQLite format 3"):
        raise AmityError(f"store {path} is a SQLite database, not an amity (DuckDB) store; move it away "
                         "and import the data again (amity data import ...)")
    if len(head) < 16 or head[8:12] != b"DUCK" or size < 3 * 4096:
        raise AmityError(f"store {path} is damaged (not a complete DuckDB file); move it away and import "
                         "the data again (amity data import ...)")


def damaged(path: Path, exc: BaseException) -> AmityError:
    """The one-line error for a store DuckDB cannot read."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    first = first.replace(str(path), Path(path).name)
    return AmityError(f"store {path} is damaged ({first[:160]}); move it away and import the data again "
                      "(amity data import ...)")


def _is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(w in text for w in ("checksum", "corrupt", "not a valid duckdb", "invalid block",
                                   "could not read enough bytes", "failed to deserialize", "serialization error"))


def _quote(name: str) -> str:
    return name.replace('"', '""')


_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

#: seconds a writer waits for another process's lock on the store before giving up
WRITE_WAIT_S = float(os.environ.get("AMITY_WRITE_WAIT", "60"))
#: seconds a reader waits for a writer's lock
READ_WAIT_S = float(os.environ.get("AMITY_READ_WAIT", "5"))


def _connect(target: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(target, read_only=read_only, config=dict(_CONFIG))


def _is_lock(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


def _connect_waiting(path: Path, read_only: bool, wait_s: float,
                     on_wait: Callable[[str], None] | None) -> duckdb.DuckDBPyConnection:
    """Connect, waiting up to ``wait_s`` seconds while another process holds the store's lock."""
    deadline = time.monotonic() + max(wait_s, 0.0)
    told = False
    delay = 0.05
    while True:
        try:
            return _connect(str(path), read_only)
        except duckdb.Error as exc:
            if not _is_lock(exc):
                if _is_damage(exc) or isinstance(exc, duckdb.IOException | duckdb.SerializationException):
                    raise damaged(path, exc) from exc
                raise AmityError(f"cannot open store {path}: {str(exc).strip().splitlines()[0][:200]}") from exc
            if time.monotonic() >= deadline:
                what = "read" if read_only else "write"
                raise StoreBusy(f"store {path} is busy: another amity process is writing it; gave up after "
                                 f"{wait_s:.0f} s waiting to {what} (try again when it has finished)") from None
            if not told:
                msg = (f"another amity process is writing the store; waiting up to {wait_s:.0f} s "
                       f"for it to finish...")
                (on_wait or _stderr)(msg)
                told = True
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _stderr(msg: str) -> None:
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()


def _check_name(name: str) -> None:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"bad table name {name!r}")


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open the store at ``path`` (default ``$AMITY_HOME/amity.duckdb``)."""
    return Store(path, read_only=read_only)
