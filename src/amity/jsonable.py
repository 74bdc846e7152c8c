"""Turning values from DataFrames into plain JSON values: missing stays missing (``None``), never 0."""

from __future__ import annotations

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
