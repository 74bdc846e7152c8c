"""Turning values from DataFrames into plain JSON values: missing stays missing (``None``), never 0."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pandas as pd


def scalar(v: Any) -> Any:
    """A plain Python value for ``v``: NA/NaN/None → ``None``, numpy scalars → Python scalars,
    timestamps → ISO text; anything else unchanged."""
    if v is None:
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):  # arrays and other containers: not a scalar
        return v
    if isinstance(v, pd.Timestamp):
        return v.isoformat()
    if hasattr(v, "item"):
        return v.item()
    return v


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-ready records: NA becomes null (missing stays missing), numpy scalars become Python."""
    return [{k: scalar(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


def jsonable(v: Any) -> Any:
    """A JSON-ready copy of ``v``: NA/NaN/inf become null (missing is never 0), numpy scalars Python,
    frames a list of records, dataclasses mappings."""
    if v is None or isinstance(v, bool | int | str):
        return v
    if isinstance(v, float):
        return None if math.isnan(v) or math.isinf(v) else v
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple | set | frozenset):
        return [jsonable(x) for x in v]
    if isinstance(v, pd.DataFrame):
        return records(v)
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return jsonable(dataclasses.asdict(v))
    plain = scalar(v)
    if plain is None or isinstance(plain, str | int | float | bool):
        return jsonable(plain) if isinstance(plain, float) else plain
    return str(plain)
