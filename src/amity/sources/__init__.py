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

import importlib
import os
from collections.abc import Sequence
from pathlib import Path

from amity.errors import AmityError
from amity.store import ImportResult, Store, sha256_file

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


def import_files(store: Store, kind: str, paths: Sequence[str | os.PathLike[str]]) -> list[ImportResult]:
    """Import files of one kind. Every file is read and validated before any is written;
    each file is then written in its own transaction; a file already imported is a no-op."""
    mod = importer(kind)
    files = [Path(p) for p in paths]
    for f in files:
        if not f.is_file():
            raise AmityError(f"{f}: no such file")
    if hasattr(mod, "import_files"):
        return mod.import_files(store, files)
    pending = []
    results = []
    for f in files:
        digest = sha256_file(f)
        existing = store.has_source(kind, digest)
        if existing:
            results.append(ImportResult(existing, kind, f.name, 0, created=False))
            continue
        tables, meta = mod.read(f)
        meta.sha256, meta.file_name = digest, meta.file_name or f.name
        pending.append((meta, tables))
    for meta, tables in pending:
        results.append(store.ingest(meta, tables))
    return results


# Registered importers (lazy: a module is imported only when its kind is used).
register("unsc-vetoes", "amity.sources.unsc")
register("unga", "amity.sources.unga")
register("sipri", "amity.sources.sipri")
register("gdelt", "amity.sources.gdelt")
register("milex", "amity.sources.milex")
register("nmc", "amity.sources.cow")
register("alliances", "amity.sources.cow")
register("wdi", "amity.sources.wdi")
