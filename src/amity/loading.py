"""Loading data into the store: the one library entry point the CLI and the web call.

* :func:`import_files` -- import files of one kind (named, or sniffed from the files and said so), one
  dataset one source (a re-saved copy of a loaded file changes nothing; a different file of the same
  kind, vintage and scope is refused unless ``replace``), then refresh derived state.
* :func:`remove_source` -- undo an import: the source, its rows in every table and files kept beside
  the store, in one transaction; then refresh derived state.
* :func:`refresh_derived` -- rebuild derived state that is missing or stale: the UN ideal-point fit
  (:func:`amity.indicators.votes.refresh_ideal_points`) and the GDELT dyad-month sums. It runs after
  every import, even a no-op (so a fit or a sum interrupted by Ctrl-C or a crash is redone), and is
  computed with the store open read-only, so other commands can read meanwhile; only the short write
  of the GDELT sums' catalogue takes the write lock.

``store`` is a :class:`~amity.store.Store` (kept open; its connection is switched to read-only for the
long computations and back) or a path (opened and closed here, the lock held only while writing).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from amity import sources
from amity.errors import AmityError
from amity.indicators import votes
from amity.sources import gdelt
from amity.sources._validate import one_line
from amity.sources.sniff import DESCRIPTIONS, hint, sniff
from amity.store import ImportResult, Store

Say = Callable[[str], None]


@dataclass
class ImportReport:
    """What :func:`import_files` did: the kind imported (and how it was chosen), one result per
    source, the derived state refreshed, and notes for the user."""

    kind: str
    results: list[ImportResult]
    chosen: str = ""  # non-empty when the kind was sniffed: what was chosen and why
    derived: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def choose_kind(kind: str | None, paths: Sequence[str | os.PathLike[str]]) -> tuple[str, str]:
    """The kind to import and, when it was sniffed, a line saying so.

    A named kind is checked against what the files look like: a file that clearly looks like another
    registered kind is refused with a hint naming the command to run (sniffing suggests, never
    substitutes). Without a kind, all files must sniff as the same kind."""
    if kind is not None:
        sources.importer(kind)  # an unknown kind first: one line listing the kinds
    files = [Path(p) for p in paths]
    for f in files:
        if not f.is_file() and not (f.is_dir() and kind is not None
                                    and getattr(sources.importer(kind), "ACCEPTS_FOLDERS", False)):
            raise AmityError(f"{f}: no such file")
    known = set(sources.kinds())
    if kind is not None:
        for f in files:
            if f.is_dir():  # a folder of record files (amity data import records FOLDER)
                continue
            looks = sniff(f)
            if looks and looks != kind and looks in known and not _compatible(kind, looks, f):
                raise AmityError(f"{f.name}: not {DESCRIPTIONS.get(kind, 'a ' + kind + ' file')}; {hint(looks, f)}")
        return kind, ""
    found = {f: sniff(f) for f in files}
    unknown = [f.name for f, k in found.items() if k is None or k not in known]
    if unknown:
        raise AmityError(f"{unknown[0]}: cannot tell which kind of dataset this is; name it: "
                         f"amity data import KIND FILE (KIND one of {', '.join(sorted(known))})")
    kinds = sorted(set(found.values()))  # type: ignore[type-var]
    if len(kinds) > 1:
        raise AmityError(f"the files look like several kinds ({', '.join(kinds)}); import each kind on its own")
    k = str(kinds[0])
    return k, f"importing as {k!r}: the file{'s look' if len(files) > 1 else ' looks'} like {DESCRIPTIONS.get(k, k)}"


def _compatible(kind: str, looks: str, path: Path) -> bool:
    # GDELT's separate header file travels with a headerless export
    return kind == "gdelt" and path.name.lower().startswith("csv.header")


def _open(store: Store | str | os.PathLike[str] | None, say: Say | None) -> tuple[Store, bool]:
    if isinstance(store, Store):
        return store, False
    return Store(store, on_wait=say), True


def import_files(store: Store | str | os.PathLike[str] | None, kind: str | None,
                 paths: Sequence[str | os.PathLike[str]], *, replace: bool = False, refresh: bool = True,
                 say: Say | None = None) -> ImportReport:
    """Import ``paths`` as ``kind`` (None: sniffed, see :func:`choose_kind`), then refresh derived state.

    Every file is read and validated before anything is written; a bad file raises
    :class:`~amity.errors.AmityError` (one line: file, line, field, expectation) and the store is
    unchanged. See :func:`amity.sources.import_files` for the one-dataset-one-source rule."""
    with _one_line():
        kind, chosen = choose_kind(kind, paths)
        st, own = _open(store, say)
        try:
            if st.read_only:
                st.reopen(read_only=False, on_wait=say)
            results = sources.import_files(st, kind, paths, replace=replace)
            report = ImportReport(kind, results, chosen)
            if refresh:
                report.derived = refresh_derived(st, say=say)
            return report
        finally:
            if own:
                st.close()


@contextmanager
def _one_line() -> Iterator[None]:
    """Every error a user sees is one line (the contract of :class:`AmityError`)."""
    try:
        yield
    except AmityError as exc:
        if "\n" in str(exc):
            raise AmityError(one_line(exc, 600)) from exc
        raise


def remove_source(store: Store | str | os.PathLike[str] | None, source_id: str, *, refresh: bool = True,
                  say: Say | None = None) -> dict[str, int]:
    """Remove one source and what was derived from it, in one transaction (``amity data remove``).
    Returns the rows deleted per table."""
    st, own = _open(store, say)
    try:
        if st.read_only:
            st.reopen(read_only=False, on_wait=say)
        src = st.source(source_id)
        if src is None:
            raise AmityError(f"no source {source_id!r} in the store; `amity data sources` lists them")
        if src["kind"] == "gdelt":
            deleted = gdelt.remove_source(st, source_id)
        else:
            deleted = st.remove_source(source_id)
        if refresh:
            refresh_derived(st, say=say)
        return deleted
    finally:
        if own:
            st.close()


def refresh_derived(store: Store, *, say: Say | None = None) -> list[str]:
    """Rebuild derived state that is missing or stale; return what was rebuilt (for the user).

    The ideal-point fit and the GDELT sums are computed with the store open read-only (other processes
    may read it meanwhile); the GDELT sums' catalogue is then written in one short transaction."""
    done: list[str] = []
    was_writable = not store.read_only
    if was_writable:
        store.reopen(read_only=True)
    try:
        jobs = gdelt.plan_dyad_months(store)
        if jobs:
            gdelt.build_dyad_month_files(jobs)
        if votes.source_ids(store):
            if votes.refresh_ideal_points(store):
                done.append("UN ideal points fitted and cached beside the store")
    finally:
        if was_writable:
            store.reopen(read_only=False)
    if jobs:
        months = gdelt.commit_dyad_months(store, jobs)
        if months:
            done.append(f"GDELT dyad-month sums rebuilt for {len(months)} month(s)")
    return done
