"""Every citable source in one table: the embedded dossier's documents and every imported file.

Used by ``amity data sources``, the dashboard's data page and ``/api/sources``. One row per source:
``id``, ``origin`` (``dossier`` or ``store``), ``kind``, ``title``, ``author``, ``publisher``,
``vintage`` (the document's date, or the dataset's version), ``where`` (URL), ``licence``,
``file_name``, ``sha256``, ``rows``, ``imported_at``, ``citation`` (missing fields are NA).
"""

from __future__ import annotations

import pandas as pd

from amity.dossier import Dossier
from amity.store import Store

COLUMNS = ["id", "origin", "kind", "title", "author", "publisher", "vintage", "where", "licence", "file_name",
           "sha256", "rows", "imported_at", "citation"]


def _blank_to_na(df: pd.DataFrame) -> pd.DataFrame:
    return df.replace("", pd.NA)


def dossier_sources(dossier: Dossier) -> pd.DataFrame:
    """The dossier's documents in the columns of :data:`COLUMNS`."""
    src = dossier.sources
    out = pd.DataFrame({
        "id": src.get("key"), "origin": "dossier", "kind": src.get("kind"), "title": src.get("title"),
        "author": src.get("author"), "publisher": src.get("publisher"), "vintage": src.get("date"),
        "where": src.get("url"), "licence": src.get("licence"), "file_name": src.get("document"),
    }, index=src.index)
    return _blank_to_na(out.reindex(columns=COLUMNS))


def store_sources(store: Store) -> pd.DataFrame:
    """The store's imported files and pulls in the columns of :data:`COLUMNS`."""
    src = store.sources()
    out = src.rename(columns={"url": "where"}).assign(origin="store")
    return _blank_to_na(out.reindex(columns=COLUMNS))


def sources_table(store: Store, dossier: Dossier) -> pd.DataFrame:
    """Every citable source: the dossier's documents first, then the store's imports."""
    out = pd.concat([dossier_sources(dossier), store_sources(store)], ignore_index=True)
    out["rows"] = pd.to_numeric(out["rows"], errors="coerce").astype("Int64")
    return out
