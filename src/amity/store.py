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

import hashlib
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd
import platformdirs

from amity.errors import AmityError

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
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else store_file()
        self.read_only = read_only
        self._lock = threading.RLock()
        if read_only and not self.path.exists():
            # Nothing imported yet: an empty in-memory store answers every question with "not loaded".
            self.con = duckdb.connect(":memory:")
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.con = duckdb.connect(str(self.path), read_only=read_only)
            except (OSError, duckdb.Error) as exc:
                raise AmityError(f"cannot open store {self.path}: {exc}") from exc
        if not read_only or not self.path.exists():
            self.con.execute(SOURCES_DDL)

    # -- lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        with self._lock:
            return self.con.execute(q + " ORDER BY kind, vintage, id", params).df()

    def source(self, source_id: str) -> dict[str, object] | None:
        df = self.sources()
        hit = df[df["id"] == source_id]
        return None if hit.empty else hit.iloc[0].to_dict()

    def has_source(self, kind: str, sha256: str) -> str | None:
        if not self.has_table("sources"):
            return None
        with self._lock:
            row = self.con.execute(
                "SELECT id FROM sources WHERE kind = ? AND sha256 = ?", [kind, sha256]
            ).fetchone()
        return row[0] if row else None

    # -- writing ----------------------------------------------------------------------------
    def ingest(self, meta: SourceMeta, tables: Mapping[str, pd.DataFrame]) -> ImportResult:
        """Write one source and its fact tables in a single transaction.

        ``meta.sha256`` identifies the data; if a source of the same kind and hash is already
        present nothing is written and ``created`` is False. Each DataFrame gets a
        ``source_id`` column; tables are created from the first DataFrame's schema and later
        imports insert by column name (a column a later vintage lacks is NULL).
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
        with self._lock:
            self.con.execute("BEGIN TRANSACTION")
            try:
                for name, df in tables.items():
                    _check_name(name)
                    frame = df.assign(source_id=sid)
                    self.con.register("_amity_in", frame)
                    try:
                        self.con.execute(
                            f'CREATE TABLE IF NOT EXISTS "{name}" AS SELECT * FROM _amity_in LIMIT 0'
                        )
                        self._add_missing_columns(name, frame)
                        self.con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM _amity_in')
                    finally:
                        self.con.unregister("_amity_in")
                self.con.execute(
                    "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [sid, meta.kind, meta.vintage, meta.title, meta.citation, meta.file_name,
                     meta.sha256, sum(counts.values()),
                     datetime.now(UTC).replace(microsecond=0).isoformat(), meta.licence,
                     meta.url, ",".join(sorted(counts))],
                )
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
            # Write the new rows to the file now: a crash later loses nothing, and queries on this
            # connection right after a large insert see consistent data.
            self.con.execute("CHECKPOINT")
        return ImportResult(sid, meta.kind, meta.file_name, sum(counts.values()), True, counts)

    def _add_missing_columns(self, name: str, frame: pd.DataFrame) -> None:
        have = {r[0] for r in self.con.execute(f'DESCRIBE "{name}"').fetchall()}
        for col in frame.columns:
            if col not in have:
                dtype = self.con.execute(
                    f'SELECT typeof("{col}") FROM _amity_in LIMIT 1'
                ).fetchone()
                self.con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{col}" {dtype[0] if dtype else "VARCHAR"}')

    # -- reading ----------------------------------------------------------------------------
    def has_table(self, name: str) -> bool:
        with self._lock:
            row = self.con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
            ).fetchone()
        return bool(row and row[0])

    def facts(self, table: str, *, vintage: str | None = "latest", where: str = "",
              params: list[object] | None = None) -> pd.DataFrame | None:
        """Rows of a fact table, or ``None`` if nothing of that table was ever imported.

        ``vintage="latest"`` keeps the rows of the sources with the newest vintage among those
        that wrote the table (several files of one vintage, e.g. per-supplier pulls, are all kept);
        ``None`` returns every vintage; any other string selects that vintage.
        ``where`` is an extra SQL condition over the table's columns, with ``?`` parameters.
        """
        _check_name(table)
        if not self.has_table(table):
            return None
        conds, args = [], []
        if vintage == "latest":
            conds.append(
                f'source_id IN (SELECT id FROM sources WHERE vintage = (SELECT max(s.vintage) FROM sources s '
                f'WHERE s.id IN (SELECT DISTINCT source_id FROM "{table}")))'
            )
        elif vintage is not None:
            conds.append("source_id IN (SELECT id FROM sources WHERE vintage = ?)")
            args.append(vintage)
        if where:
            conds.append(f"({where})")
            args.extend(params or [])
        q = f'SELECT * FROM "{table}"' + (" WHERE " + " AND ".join(conds) if conds else "")
        with self._lock:
            return self.con.execute(q, args).df()

    def query(self, sql: str, params: list[object] | None = None) -> pd.DataFrame:
        with self._lock:
            return self.con.execute(sql, params or []).df()

    def status(self) -> dict[str, object]:
        """What is loaded: per kind, its sources and fact-table row counts. Stable for the same store."""
        src = self.sources()
        tables = {}
        for name in sorted({t for ts in src["tables"].fillna("") for t in ts.split(",") if t}):
            if self.has_table(name):
                with self._lock:
                    tables[name] = int(self.con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        return {
            "store": str(self.path),
            "sources": [
                {k: (None if pd.isna(v) else (int(v) if k == "rows" else v)) for k, v in row.items()}
                for row in src.to_dict(orient="records")
            ],
            "tables": tables,
        }


def _check_name(name: str) -> None:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"bad table name {name!r}")


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open the store at ``path`` (default ``$AMITY_HOME/amity.duckdb``)."""
    return Store(path, read_only=read_only)
