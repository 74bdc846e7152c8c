"""Printing DataFrames for the command line: a Rich table, JSON records or CSV."""

from __future__ import annotations

import json
import sys

import pandas as pd
from rich.console import Console
from rich.table import Table

from amity.errors import AmityError
from amity.jsonable import records
from amity.jsonable import scalar as _clean

__all__ = ["emit", "fmt_of", "records"]


def fmt_of(as_json: bool, as_csv: bool) -> str:
    """The output format chosen by ``--json``/``--csv`` (``table`` by default)."""
    if as_json and as_csv:
        raise AmityError("choose one of --json and --csv")
    return "json" if as_json else "csv" if as_csv else "table"


def emit(df: pd.DataFrame, fmt: str = "table", title: str | None = None) -> None:
    """Print ``df`` to stdout as a Rich table (``table``), JSON records (``json``) or CSV (``csv``)."""
    if fmt == "json":
        sys.stdout.write(json.dumps(records(df), ensure_ascii=False, indent=1, default=str) + "\n")
    elif fmt == "csv":
        df.to_csv(sys.stdout, index=False)
    else:
        t = Table(title=title, show_lines=False)
        for c in df.columns:
            t.add_column(str(c), overflow="fold")
        for row in df.itertuples(index=False):
            t.add_row(*["NA" if _clean(v) is None else str(v) for v in row])
        Console(width=max(120, Console().width)).print(t)
