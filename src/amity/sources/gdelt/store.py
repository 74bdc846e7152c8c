"""GDELT event exports: storing them (Parquet beside the store, provenance in the store) and the
dyad-month sums derived from them.

See :mod:`amity.sources.gdelt` for the storage layout and the sums.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import re
import shutil
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from amity.errors import AmityError
from amity.sources.gdelt.read import (
    CITATION,
    HEADER_FILE,
    KIND,
    LICENCE,
    MAX_BAD,
    ParsedFile,
    read_file,
    read_header_file,
)
from amity.store import ImportResult, SourceMeta, Store, content_digest, sha256_file


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


def _digest(table: pa.Table) -> str:
    """Digest of a file's normalised event rows (:func:`amity.store.content_digest`)."""
    return content_digest({"gdelt_events": table.to_pandas()})


def import_files(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    *,
    max_bad: float = MAX_BAD,
    report: Callable[[str], None] | None = None,
    replace: bool = False,
    derived: bool = True,
) -> list[ImportResult]:
    """Import GDELT event exports into Parquet beside the store, recording provenance.

    Every file is read and checked before any is written (a bad file raises
    :class:`InputError` and nothing is imported); each file is then committed on its own. A file
    already imported (same sha256, or the same events in a copy with other line ends or another
    name) is a no-op. GDELT's header file (``CSV.header.fieldids.csv``) among ``paths`` names the
    columns of headerless query exports; it is not imported itself. ``replace`` is accepted for the
    common interface of :func:`amity.sources.import_files` (GDELT files are many per kind and
    never replace each other). ``derived=False`` leaves the
    dyad-month sums to the caller (:func:`amity.loading.refresh_derived`). ``report`` receives one
    line per file with bad lines (default: printed to stderr).
    """
    if store.read_only:
        raise AmityError(f"store {store.path} is open read-only")
    say = report or (lambda s: print(s, file=sys.stderr))
    root = events_dir(store)
    staging_root = root.parent / f".staging-{uuid.uuid4().hex[:12]}"
    results: list[ImportResult] = []
    staged: list[tuple[ParsedFile, SourceMeta, list[str], Path]] = []
    seen: set[str] = set()
    files = [Path(p) for p in paths]
    headers = [f for f in files if HEADER_FILE.match(f.name)]
    header = read_header_file(headers[0]) if headers else None
    try:
        for f in files:
            if f in headers:
                continue
            digest = sha256_file(f)
            existing = store.has_source(KIND, digest)
            if existing or digest in seen:
                results.append(
                    ImportResult(existing or f"{KIND}:{digest[:12]}", KIND, f.name, 0, created=False)
                )
                continue
            seen.add(digest)
            parsed = read_file(f, max_bad=max_bad, header=header)
            meta = SourceMeta(KIND, _vintage(parsed), _title(parsed), CITATION, LICENCE, f.name, digest,
                              scope=f"{parsed.layout} {parsed.covers_from} {parsed.covers_to}",
                              content=_digest(parsed.table))
            hit = store.same_content(KIND, meta.content)
            if hit or meta.content in seen:
                # the same events under another name or with other line ends
                results.append(ImportResult(hit or meta.id, KIND, f.name, 0, created=False))
                continue
            seen.add(meta.content)
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
    if not derived:  # the caller refreshes derived state (amity.loading)
        return results
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


#: the mark of the sums of a month of several files that count each event once (:func:`events_scan`);
#: sums of several files without it were written by an earlier version and are summed again
DEDUP_MARK = "1event:"


def sums_key(srcs: dict[str, str] | Sequence[str]) -> str:
    """How ``gdelt_dyad_months.sources`` names the files a month's sums add up (their source ids)."""
    ids = sorted(srcs)
    return (DEDUP_MARK if len(ids) > 1 else "") + ";".join(ids)


def dyad_month_paths(store: Store, files: list[dict[str, object]]) -> list[str] | None:
    """The dyad-month sums files that sum exactly the events of ``files`` (as :func:`loaded_files`
    gives them, some sources perhaps left out), or None if any month's sums sum other sources or
    are missing."""
    have = _sums_rows(store)
    root = dyad_months_dir(store)
    out = []
    for month, srcs in _sources_by_month(files).items():
        h = have.get(month)
        if h is None or h[1] != sums_key(srcs) or not (root / h[0]).exists():
            return None
        out.append(str(root / h[0]))
    return out


SUM_COLUMNS = ("events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_n")
ACTOR_FIELDS = ("Actor1CountryCode", "Actor2CountryCode")


def parquet_scan(paths: Sequence[str], options: str = "union_by_name = true") -> str:
    """DuckDB SQL reading the Parquet files ``paths`` as one table, with ``read_parquet`` options."""
    files = ", ".join("'" + p.replace("'", "''") + "'" for p in paths)
    return f"SELECT * FROM read_parquet([{files}], {options})"


@functools.lru_cache(maxsize=65536)
def _id_range_of(path: str, mtime_ns: int) -> tuple[float, float]:
    """The lowest and highest GLOBALEVENTID of a stored event file, from its Parquet statistics
    (no data read); the whole line if a row group has no statistics."""
    md = pq.read_metadata(path)
    names = [md.schema.column(i).name for i in range(md.num_columns)]
    if "GLOBALEVENTID" not in names:
        return (-math.inf, math.inf)
    col = names.index("GLOBALEVENTID")
    lo, hi = math.inf, -math.inf
    for g in range(md.num_row_groups):
        st = md.row_group(g).column(col).statistics
        if st is None or not st.has_min_max:
            return (-math.inf, math.inf)
        lo, hi = min(lo, st.min), max(hi, st.max)
    return (lo, hi)


def shared_event_files(paths: Sequence[str]) -> set[str]:
    """The stored event files whose GLOBALEVENTID range meets another file's range: the only files
    that can hold an event twice (a daily export and a query export of the same days, say).

    GDELT numbers each event once (``GLOBALEVENTID``), and its own files (daily, 15-minute, back
    files) hold disjoint ranges, so for them this is empty and nothing needs de-duplicating."""
    ranges = sorted((_id_range_of(p, os.stat(p).st_mtime_ns), p) for p in paths)
    shared: set[str] = set()
    reach, last = -math.inf, None
    for (lo, hi), p in ranges:
        if last is not None and lo <= reach:
            shared.update((last, p))
        if hi > reach:
            reach, last = hi, p
    return shared


def events_scan(paths: Sequence[str], options: str = "union_by_name = true") -> str:
    """DuckDB SQL reading stored event files with every event once: files whose GLOBALEVENTID
    ranges meet another's (:func:`shared_event_files`) keep one row per GLOBALEVENTID (the copy of
    the lowest source id; the copies are the same event as GDELT coded it), the others are read as
    they are."""
    shared = shared_event_files(paths)
    alone = [p for p in paths if p not in shared]
    parts = [parquet_scan(alone, options)] if alone else []
    if shared:
        parts.append(
            f"SELECT * FROM ({parquet_scan(sorted(shared), options)}) "
            "QUALIFY row_number() OVER (PARTITION BY GLOBALEVENTID ORDER BY source_id) = 1"
        )
    if not parts:
        raise ValueError("no event files")
    return parts[0] if len(parts) == 1 else " UNION ALL BY NAME ".join(f"({q})" for q in parts)


def build_dyad_months(event_paths: list[str], sums_paths: list[str], out: str | os.PathLike[str]) -> None:
    """Write the dyad-month sums of the events in ``event_paths`` plus the sums in ``sums_paths``
    (Parquet files) to ``out``: per ``MonthYear``, ``Year``, ``Actor1CountryCode`` and
    ``Actor2CountryCode`` (NULL codes a group of their own, so every event is counted once):
    ``events``, ``quad1``..``quad4`` (events of each quad class), ``goldstein_sum`` and
    ``goldstein_n`` (events with a Goldstein score). Ordered like stored events (rows with both
    country codes first, then by the codes) in row groups with statistics. Runs on DuckDB."""
    import duckdb

    a1, a2 = ACTOR_FIELDS
    keys = f"MonthYear, Year, {a1}, {a2}"
    parts = []
    if event_paths:
        parts.append(
            f"SELECT {keys}, 1::BIGINT AS events, "
            + ", ".join(f"(QuadClass = {i})::BIGINT AS quad{i}" for i in (1, 2, 3, 4))
            + ", GoldsteinScale AS goldstein_sum, (GoldsteinScale IS NOT NULL)::BIGINT AS goldstein_n "
            f"FROM ({events_scan(event_paths)})"
        )
    if sums_paths:
        parts.append(f"SELECT {keys}, {', '.join(SUM_COLUMNS)} FROM ({parquet_scan(sums_paths)})")
    if not parts:
        raise ValueError("nothing to sum")
    body = " UNION ALL ".join(parts)
    # DuckDB sums BIGINT into HUGEINT, which Parquet has no type for
    sums = ", ".join(f"sum({c})" + ("" if c == "goldstein_sum" else "::BIGINT") + f" AS {c}" for c in SUM_COLUMNS)
    target = str(out).replace("'", "''")
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    try:
        con.execute(
            f"COPY (SELECT * FROM (SELECT {keys}, {sums} FROM ({body}) GROUP BY {keys}) "
            f"ORDER BY ({a1} IS NULL OR {a2} IS NULL), {a1} NULLS LAST, {a2} NULLS LAST, MonthYear) "
            f"TO '{target}' (FORMAT parquet, ROW_GROUP_SIZE {ROW_GROUP})"
        )
    finally:
        con.close()


@dataclass
class SumsJob:
    """One month whose dyad-month sums must be rebuilt: the events and earlier sums to add up, the
    file to write (relative to :func:`dyad_months_dir`) and the sources it will sum."""

    month: int
    events: list[str]
    sums: list[str]
    rel: str
    key: str
    root: Path
    built: bool = False


def plan_dyad_months(store: Store) -> list[SumsJob]:
    """The months whose dyad-month sums do not sum exactly their imported files (read only). A month
    that gained files adds their events to its sums; one whose sums are missing or sum other files
    is summed again from all its events."""
    have = _sums_rows(store)
    root = dyad_months_dir(store)
    jobs = []
    for month, srcs in sorted(_sources_by_month(loaded_files(store)).items()):
        key = sums_key(srcs)
        old = have.get(month)
        old_ok = old is not None and (root / old[0]).exists()
        if old_ok and old[1] == key:
            continue
        # sums of several files written before events were de-duplicated across files are summed again
        before = set(old[1].removeprefix(DEDUP_MARK).split(";")) if old_ok else set()
        if len(before) > 1 and not old[1].startswith(DEDUP_MARK):
            old_ok, before = False, set()
        added = [p for s, p in srcs.items() if s not in before]
        if old_ok and before < set(srcs) and not shared_event_files(list(srcs.values())) & set(added):
            # the new files hold no event of the month's other files: add their events to the sums
            events, sums = added, [str(root / old[0])]
        else:
            events, sums = list(srcs.values()), []
        rel = f"year={month // 100:04d}/month={month % 100:02d}/sums-{uuid.uuid4().hex[:12]}.parquet"
        jobs.append(SumsJob(month, events, sums, rel, key, root))
    # months whose files were all removed keep no sums
    months = set(_sources_by_month(loaded_files(store)))
    jobs.extend(SumsJob(m, [], [], "", "", root) for m in sorted(have) if m not in months)
    return jobs


def build_dyad_month_files(jobs: Sequence[SumsJob]) -> None:
    """Write each job's sums file (no store needed: run it with the store open read-only)."""
    for job in jobs:
        if not job.rel:
            continue
        out = job.root / job.rel
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            build_dyad_months(job.events, job.sums, out)
        except BaseException:
            with contextlib.suppress(OSError):
                out.unlink()
            raise
        job.built = True


def commit_dyad_months(store: Store, jobs: Sequence[SumsJob]) -> list[int]:
    """Switch each built month to its new file in one store transaction, then remove the files it
    replaced (and any left by an interrupted rebuild); return the months (YYYYMM)."""
    if store.read_only:
        raise AmityError(f"store {store.path} is open read-only")
    store.execute(SUMS_DDL)
    done = [j for j in jobs if j.built or not j.rel]
    if not done:
        return []
    with store.transaction():
        for job in done:
            store.execute("DELETE FROM gdelt_dyad_months WHERE month = ?", [job.month])
            if job.rel:
                store.execute("INSERT INTO gdelt_dyad_months VALUES (?, ?, ?)", [job.month, job.rel, job.key])
    for job in done:
        folder = job.root / f"year={job.month // 100:04d}" / f"month={job.month % 100:02d}"
        for f in folder.glob("*.parquet"):
            if not job.rel or f.name != Path(job.rel).name:
                with contextlib.suppress(OSError):
                    f.unlink()
    return [j.month for j in done]


def update_dyad_months(store: Store) -> list[int]:
    """Rebuild the dyad-month sums of every month whose sums do not sum exactly its imported
    files (:func:`plan_dyad_months`, :func:`build_dyad_month_files`, :func:`commit_dyad_months`);
    return those months (YYYYMM)."""
    if store.read_only:
        raise AmityError(f"store {store.path} is open read-only")
    store.execute(SUMS_DDL)
    jobs = plan_dyad_months(store)
    try:
        build_dyad_month_files(jobs)
    finally:
        months = commit_dyad_months(store, [j for j in jobs if j.built or not j.rel])
    return months


def remove_source(store: Store, source_id: str) -> dict[str, int]:
    """Remove one imported GDELT file: its provenance, its ``gdelt_files`` row and (after the
    transaction commits) its Parquet files. The sums of its months become stale and are rebuilt by
    the next refresh (:func:`amity.loading.refresh_derived`)."""
    files = [f for f in loaded_files(store) if f["source_id"] == source_id]
    deleted = store.remove_source(source_id)
    for f in files:
        for p in f["paths"]:  # type: ignore[union-attr]
            with contextlib.suppress(OSError):
                Path(str(p)).unlink()
    return deleted


def _commit(
    store: Store, p: ParsedFile, meta: SourceMeta, rel: list[str], stage_dir: Path, root: Path
) -> GdeltImportResult:
    """Move one file's staged Parquet files into place and record it, in one store transaction."""
    rows = sum(pq.read_metadata(stage_dir / r).num_rows for r in rel)
    moved: list[Path] = []
    try:
        with store.transaction():
            store.execute(FILES_DDL)
            store.execute(
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
            store.record_source(meta, rows, ["gdelt_events", "gdelt_files"], content=meta.content or meta.sha256)
            for r in rel:
                dest = root / r
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(stage_dir / r, dest)
                moved.append(dest)
    except BaseException:
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
