"""``amity data import records``: a user's own curated records for any pair of states.

The files are the record schema's (version :data:`amity.dossier.SCHEMA_VERSION`, ``docs/records.md``):
UTF-8 CSV with a header row, one file per table, named by the table — ``sources.csv``,
``exercises.csv``, ``exercise_areas.csv``, ``exercise_sizes.csv``, ``meetings.csv``, ``agreements.csv``,
``citations.csv``, ``completeness.csv`` — given one by one or as a folder holding them. They are checked
by the same rules as the embedded China–Russia record (:func:`amity.dossier.check_tables`): every record
cites a source of ``sources.csv`` (with a URL or a document), a locator and a short verbatim quote;
states are ISO3; dates are well formed and in range; ids are unique (also against the embedded record
and earlier imports); kinds and domains are the schema's. The first broken rule stops the import with
the file, line and field (exit 2) and nothing is written.

All files of one import are one source in the store (kind ``records``), with provenance; their rows go
to ``records_<table>`` tables as text. Indicators, report, dashboard, claims and panels then use them,
added to the embedded record (never replacing it). The same files twice change nothing; a corrected
version of earlier records (same ids) needs ``--replace``. :func:`export` writes a pair's records back
out in the same schema.
"""

from __future__ import annotations

import csv
import hashlib
from datetime import date
from pathlib import Path

import pandas as pd

from amity.dossier import (
    COLUMNS,
    ID_TABLES,
    RECORD_TABLES,
    SCHEMA_VERSION,
    Dossier,
    check_tables,
    export_tables,
    load_dossier,
    store_table,
)
from amity.errors import AmityError, InputError
from amity.store import ImportResult, SourceMeta, Store, sha256_file

KIND = "records"
#: folders are accepted (``amity data import records my-records/``): every ``<table>.csv`` inside
ACCEPTS_FOLDERS = True
LICENCE = "the user's own curated records; quotes are short passages for citation"


def collect(paths: list[Path]) -> dict[str, Path]:
    """The record files among ``paths`` (files or folders), by table name. Raises :class:`InputError`
    for a file not named after a table, a table given twice, or a folder with no record file."""
    files: dict[str, Path] = {}
    for p in paths:
        found = sorted(p.glob("*.csv")) if p.is_dir() else [p]
        found = [f for f in found if f.is_file()]
        if p.is_dir() and not any(f.stem in RECORD_TABLES for f in found):
            raise InputError(str(p), None, None, f"no record files in this folder (expected {_names()})")
        for f in found:
            if f.stem not in RECORD_TABLES or f.suffix.lower() != ".csv":
                if p.is_dir():
                    continue  # other CSV files in a folder are not records
                raise InputError(f.name, None, None, f"not a record file: expected one of {_names()}")
            if f.stem in files:
                raise InputError(f.name, None, None, f"two {f.stem}.csv files in one import ({files[f.stem]}, {f})")
            files[f.stem] = f
    if not files:
        raise InputError(", ".join(str(p) for p in paths), None, None, f"no record files (expected {_names()})")
    return files


def _names() -> str:
    return ", ".join(f"{t}.csv" for t in RECORD_TABLES)


def read_table(path: Path, table: str) -> pd.DataFrame:
    """One record file as text (every column of the schema present, values stripped)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            df = pd.read_csv(fh, dtype=str, keep_default_na=False, skipinitialspace=False)
    except UnicodeDecodeError as exc:
        raise InputError(path.name, None, None, f"expected UTF-8 text ({exc.reason})") from exc
    except pd.errors.EmptyDataError:
        raise InputError(path.name, 1, None, f"empty file: expected the header {','.join(COLUMNS[table])}") from None
    except pd.errors.ParserError as exc:
        raise InputError(path.name, None, None, f"expected CSV ({exc})") from exc
    df.columns = [str(c).strip() for c in df.columns]
    unknown = [c for c in df.columns if c not in COLUMNS[table]]
    if unknown:
        raise InputError(path.name, 1, unknown[0], f"unknown column for {table}.csv (schema version "
                                                    f"{SCHEMA_VERSION}: {','.join(COLUMNS[table])})")
    for col in COLUMNS[table]:
        if col not in df.columns:
            df[col] = ""
    return df[COLUMNS[table]].apply(lambda s: s.str.strip())


def _known(store: Store | None, dossier: Dossier, replace: set[str]) -> tuple[frozenset[str], frozenset[str],
                                                                                dict[str, str]]:
    """Source keys and record ids already in the record (embedded + earlier imports, minus those being
    replaced), and for each earlier-imported id the import that holds it."""
    keys = set(dossier.sources["key"].astype(str))
    ids = {str(i) for t in ID_TABLES for i in dossier.table(t)["id"]}
    owner: dict[str, str] = {}
    if store is not None:
        for t in ("sources", *ID_TABLES):
            if t not in RECORD_TABLES or not store.has_table(store_table(t)):
                continue
            df = store.read(store_table(t))
            if df is None or df.empty:
                continue
            df = df[~df["source_id"].isin(replace)]
            col = "key" if t == "sources" else "id"
            for v, sid in zip(df[col].astype(str), df["source_id"]):
                (keys if t == "sources" else ids).add(v)
                owner[f"{t}:{v}"] = sid
    return frozenset(keys), frozenset(ids), owner


def check_files(paths: list[Path], store: Store | None = None, *, replace: set[str] | None = None,
               dossier: Dossier | None = None) -> tuple[dict[str, pd.DataFrame], SourceMeta]:
    """Read and check a set of record files; return the tables (text) and the provenance.
    Raises :class:`InputError` (file, line, field) at the first broken rule, listing how many more."""
    files = collect(paths)
    tables = {t: read_table(f, t) for t, f in files.items()}
    dossier = dossier or load_dossier()
    keys, ids, owner = _known(store, dossier, replace or set())
    problems = check_tables(tables, files={t: f.name for t, f in files.items()}, known_sources=keys,
                            known_ids=ids)
    if not any(len(tables.get(t, [])) for t in ("exercises", "meetings", "agreements")):
        raise InputError(", ".join(f.name for f in files.values()), None, None,
                         "no records: expected rows in exercises.csv, meetings.csv or agreements.csv")
    if problems:
        p = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        msg = p.message
        for k in ("id", "key"):
            if p.field == k and "already in the record" in msg:
                table = "sources" if k == "key" else next((t for t, f in files.items() if f.name == p.file), "")
                val = msg.split("'")[1] if "'" in msg else ""
                if f"{table}:{val}" in owner:
                    msg += f"; imported before as {owner[f'{table}:{val}']} (re-import with --replace to correct it)"
        raise InputError(p.file, p.line, p.field, msg + more)
    src = tables.get("sources", pd.DataFrame(columns=COLUMNS["sources"]))
    dates = sorted(d for d in src["date"] if d) if not src.empty else []
    pairs = _pairs(tables)
    n = {t: len(df) for t, df in tables.items()}
    meta = SourceMeta(
        kind=KIND, vintage=dates[-1] if dates else date.today().isoformat(),
        title=f"curated records ({', '.join(pairs) or 'no pair'}): "
              + ", ".join(f"{v} {t}" for t, v in n.items() if v),
        citation="; ".join(f"{r['publisher'] or r['title']} ({r['date'] or 'n.d.'})"
                           for r in src.head(8).to_dict(orient="records"))
                 + (f"; and {len(src) - 8} more sources" if len(src) > 8 else ""),
        licence=LICENCE, file_name=",".join(f.name for f in files.values()), scope=";".join(pairs),
    )
    return tables, meta


def _pairs(tables: dict[str, pd.DataFrame]) -> list[str]:
    out = set()
    for t, col in (("exercises", "participants"), ("meetings", "parties"), ("agreements", "parties")):
        df = tables.get(t)
        if df is None:
            continue
        for v in df[col]:
            codes = sorted({c.strip() for c in str(v).split(";") if c.strip()})
            if len(codes) == 2:
                out.add("-".join(codes))
    return sorted(out)


def _digest(files: dict[str, Path]) -> str:
    h = hashlib.sha256()
    for t in sorted(files):
        h.update(f"{t}\x00{sha256_file(files[t])}\x00".encode())
    return h.hexdigest()


def import_files(store: Store, paths: list[Path], *, replace: bool = False) -> list[ImportResult]:
    """Import one set of record files (one source). The same files again change nothing; records
    with ids already imported are refused unless ``replace``, which replaces the imports holding them."""
    files = collect([Path(p) for p in paths])
    digest = _digest(files)
    name = ",".join(f.name for f in files.values())
    existing = store.has_source(KIND, digest)
    if existing:
        return [ImportResult(existing, KIND, name, 0, created=False)]
    old: set[str] = set()
    if replace:
        tables0 = {t: read_table(f, t) for t, f in files.items()}
        _, _, owner = _known(store, load_dossier(), set())
        for t, df in tables0.items():
            col = "key" if t == "sources" else "id" if t in ID_TABLES else None
            if col:
                old |= {owner[f"{t}:{v}"] for v in df[col] if f"{t}:{v}" in owner}
    tables, meta = check_files(list(files.values()), store, replace=old)
    meta.sha256 = digest
    out = {store_table(t): df for t, df in tables.items() if len(df)}
    return [store.ingest(meta, out, replace=sorted(old))]


def export(records: Dossier, a: str, b: str, folder: Path) -> list[Path]:
    """Write the records of the pair ``a``–``b`` (embedded and imported) to ``folder`` in the schema,
    one file per table (header only where the pair has none). Returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in export_tables(records, a, b).items():
        path = folder / f"{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(COLUMNS[name])
            w.writerows(df[COLUMNS[name]].itertuples(index=False, name=None))
        written.append(path)
    return written


def export_pair(store: Store | None, a: str, b: str, folder: Path) -> list[Path]:
    """:func:`export` of the embedded record plus the records imported into ``store``."""
    from amity.dossier import with_records

    if a == b:
        raise AmityError(f"a pair needs two different states, got {a} twice")
    return export(with_records(load_dossier(), store), a, b, folder)
