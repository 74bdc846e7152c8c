"""Importers: one module per dataset, each able to read (and where possible fetch) what the
source really publishes.

Every module registered in :data:`IMPORTERS` provides ``read(path) -> (tables, SourceMeta)``:
``tables`` maps fact-table names to DataFrames, ``SourceMeta`` carries the provenance (its
``sha256`` is filled in here). Reading validates the whole file and raises
:class:`amity.errors.InputError` (file, line, field, what was expected) before anything is written.
A module may instead provide ``import_files(store, paths)`` when its data does not live in the
DuckDB file (GDELT events stay in Parquet beside the store).
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import os
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from amity.errors import AmityError
from amity.sources._validate import guard
from amity.store import ImportResult, SourceMeta, Store, content_digest, same_rows, sha256_file

#: kind (as typed on the command line) -> module
IMPORTERS: dict[str, str] = {}


def register(kind: str, module: str) -> None:
    IMPORTERS[kind] = module


def kinds() -> list[str]:
    return sorted(IMPORTERS)


def importer(kind: str):  # noqa: ANN201 - a module
    try:
        return importlib.import_module(IMPORTERS[kind])
    except KeyError:
        raise AmityError(f"unknown data kind {kind!r}; expected one of: {', '.join(kinds())}") from None


def reader(kind: str):  # noqa: ANN201 - a function
    """The function that reads one file of ``kind``: the module's ``READERS[kind]`` where a module
    serves several kinds (COW: ``nmc`` and ``alliances``), else its ``read``. The kind the user names
    is the kind read: a reader never substitutes another kind."""
    mod = importer(kind)
    fn = getattr(mod, "READERS", {}).get(kind) or getattr(mod, "read", None)
    if not callable(fn):
        raise AmityError(f"kind {kind!r} has no file reader")
    return fn


def import_files(store: Store, kind: str, paths: Sequence[str | os.PathLike[str]], *,
                 replace: bool = False) -> list[ImportResult]:
    """Import files of one kind. Every file is read and validated before any is written; each
    source is then written in its own transaction.

    One dataset, one source: a file already imported (same bytes), or whose normalised rows equal a
    source of the same kind, vintage and scope (a re-saved copy: CRLF line ends, the CSV from inside a
    zip, a workbook re-saved by Excel), changes nothing. A *different* file claiming the same kind,
    vintage and scope is refused with the reason, unless ``replace``: then it replaces that source
    in the same transaction.

    A module with ``read_files(paths) -> (tables, meta, notes)`` makes one source of all the files
    (UN votes and roll calls); one with only ``import_files`` keeps its data outside the DuckDB file
    (GDELT) and handles its files itself.
    """
    mod = importer(kind)
    files = [Path(p) for p in paths]
    for f in files:
        if not f.is_file() and not (f.is_dir() and getattr(mod, "ACCEPTS_FOLDERS", False)):
            raise AmityError(f"{f}: no such file")
    if not files:
        raise AmityError("no files to import")
    if not callable(getattr(mod, "read_files", None)) and not callable(getattr(mod, "read", None)):
        params = inspect.signature(mod.import_files).parameters
        extra = {k: v for k, v in (("replace", replace), ("derived", False)) if k in params}
        return mod.import_files(store, files, **extra)
    pending: list[tuple[str, SourceMeta, dict]] = []
    results: list[ImportResult] = []
    if callable(getattr(mod, "read_files", None)) and not getattr(mod, "READERS", {}).get(kind):
        digest = hashlib.sha256("".join(sorted(sha256_file(f) for f in files)).encode()).hexdigest()
        name = ",".join(f.name for f in files)
        existing = store.has_source(kind, digest)
        if existing:
            return [ImportResult(existing, kind, name, 0, created=False)]
        with guard(name, f"a {kind} file"):
            tables, meta, notes = mod.read_files(files)
        for n in notes:
            warnings.warn(n, stacklevel=2)
        meta.sha256, meta.file_name = digest, meta.file_name or name
        pending.append((name, meta, tables))
    else:
        read = reader(kind)
        for f in files:
            digest = sha256_file(f)
            existing = store.has_source(kind, digest)
            if existing:
                results.append(ImportResult(existing, kind, f.name, 0, created=False))
                continue
            with guard(f.name, f"a {kind} file"):
                tables, meta = read(f)
            if meta.kind != kind:
                raise AmityError(f"{f.name}: read as {meta.kind!r}, not the {kind!r} asked for")
            meta.sha256, meta.file_name = digest, meta.file_name or f.name
            pending.append((f.name, meta, tables))
    return results + write_pending(store, pending, replace=replace)


def write_pending(store: Store, pending: Sequence[tuple[str, SourceMeta, Mapping[str, pd.DataFrame]]], *,
                  replace: bool = False) -> list[ImportResult]:
    """Write read and validated sources (file name, meta, tables), applying the one-dataset-one-source
    rule of :func:`import_files` to each against the store and against each other."""
    plan: list[tuple[str, SourceMeta, Mapping[str, pd.DataFrame], list[str]]] = []
    results: list[ImportResult] = []
    seen: dict[tuple[str, str, str], tuple[str, str]] = {}
    for name, meta, tables in pending:
        meta.content = meta.content or content_digest(tables)
        slot = (meta.kind, meta.vintage, meta.scope)
        if slot in seen:
            if seen[slot][1] == meta.content:
                results.append(ImportResult(seen[slot][0], meta.kind, name, 0, created=False))
                continue
            raise AmityError(f"{name}: another file of this import ({seen[slot][0]}) holds different {meta.kind} "
                             f"data of the same vintage ({meta.vintage}{_scope(meta)}); import one of them")
        seen[slot] = (meta.id, meta.content)
        hit = store.same_content(meta.kind, meta.content)
        if hit:  # the same rows under another name, encoding or line ends
            results.append(ImportResult(hit, meta.kind, name, 0, created=False))
            continue
        same = store.same_dataset(*slot)
        old = [str(i) for i in same["id"]]
        equal = next((i for i in old if same_rows(tables, store.source_tables(i, tables))), None)
        if equal:  # the same rows, floats re-written by another program (a workbook re-saved by Excel)
            results.append(ImportResult(equal, meta.kind, name, 0, created=False))
            continue
        if old and not replace:
            raise AmityError(f"{name}: {meta.kind} data of the same vintage ({meta.vintage}{_scope(meta)}) is "
                             f"already imported as {', '.join(old)} with different rows; importing both would "
                             f"count them twice. Use --replace to replace it, or `amity data remove {old[0]}`")
        plan.append((name, meta, tables, old))
    for _name, meta, tables, old in plan:
        results.append(store.ingest(meta, tables, replace=old))
    return results


def _scope(meta: SourceMeta) -> str:
    return f", {meta.scope}" if meta.scope else ""


# Registered importers (lazy: a module is imported only when its kind is used).
register("unsc-vetoes", "amity.sources.unsc")
register("unga", "amity.sources.unga")
register("sipri", "amity.sources.sipri")
register("gdelt", "amity.sources.gdelt")
register("milex", "amity.sources.milex")
register("nmc", "amity.sources.cow")
register("alliances", "amity.sources.cow")
register("wdi", "amity.sources.wdi")
register("records", "amity.sources.records")
register("idealpoints", "amity.sources.idealpoints")
