"""GDELT event exports: import (1.0 and 2.0, as published) and fetch.

The package has three parts: :mod:`~amity.sources.gdelt.read` (one file into the stored schema),
:mod:`~amity.sources.gdelt.store` (Parquet beside the store, provenance, the dyad-month sums) and
:mod:`~amity.sources.gdelt.fetch` (downloads; the only part that needs a network).

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
  ``YYYYMMDDHHMMSS``;
* **query exports** (BigQuery's ``gdelt-bq.full.events`` or GDELT's analysis service, the way most
  users get GDELT today): comma-separated, every value quoted, ``NULL`` for missing, with a header
  line or without one -- then GDELT's header file ``CSV.header.fieldids.csv`` (imported beside the
  data, or found in its folder) names the columns, else the column count (57/58/61) does. A query
  export has no publication window: its coverage is the days of its events. Layout ``query-export``.

The column count of a raw file tells its layout. Every file is stored with the 61 official 2.0 column
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

from amity.sources.gdelt.fetch import RemoteFile, fetch, list_remote
from amity.sources.gdelt.read import (
    CITATION,
    COLUMNS_V1,
    COLUMNS_V1_URL,
    COLUMNS_V2,
    DEFAULT_BASE_URL,
    HEADER_FILE,
    KIND,
    LAYOUTS,
    LICENCE,
    MAX_BAD,
    MIN_DATE,
    SCHEMA,
    ParsedFile,
    publication_window,
    read_file,
    read_header_file,
)
from amity.sources.gdelt.store import (
    FILES_DDL,
    ROW_GROUP,
    SORT_KEYS,
    SUMS_DDL,
    GdeltImportResult,
    build_dyad_month_files,
    build_dyad_months,
    commit_dyad_months,
    dyad_month_paths,
    dyad_months_dir,
    events_dir,
    events_scan,
    import_files,
    loaded_files,
    plan_dyad_months,
    remove_source,
    shared_event_files,
    sums_key,
    update_dyad_months,
    write_events,
)

__all__ = [
    "CITATION", "COLUMNS_V1", "COLUMNS_V1_URL", "COLUMNS_V2", "DEFAULT_BASE_URL", "FILES_DDL", "GdeltImportResult",
    "HEADER_FILE", "KIND", "LAYOUTS", "LICENCE", "MAX_BAD", "MIN_DATE", "ParsedFile", "ROW_GROUP", "RemoteFile",
    "SCHEMA", "SORT_KEYS", "SUMS_DDL", "build_dyad_month_files", "build_dyad_months", "commit_dyad_months",
    "dyad_month_paths", "dyad_months_dir", "events_dir", "events_scan", "fetch", "import_files", "list_remote",
    "loaded_files", "plan_dyad_months", "publication_window", "read_file", "read_header_file", "remove_source",
    "shared_event_files", "sums_key", "update_dyad_months", "write_events",
]
