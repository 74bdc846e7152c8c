"""Indicators: named, documented functions of the fact tables for a dyad and a period.

Each strand module (``exercises``, ``agreements``, ``arms``, ``votes``, ``vetoes``, ``asymmetry``,
``events``) registers its indicators with :func:`indicator`. An indicator function takes the
:class:`amity.Dyad` and keyword parameters and returns a DataFrame with at least

``year`` (or ``period``), ``value``, ``unit``, ``coverage`` and ``source_ids``

where ``value`` is NA outside the coverage of the sources used (missing is missing, never 0), and
``source_ids`` names the sources (``;``-joined) so that every figure can be traced to its vintage.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from amity.dyad import Dyad

COLUMNS = ["year", "value", "unit", "coverage", "source_ids"]

#: strand modules, imported on first use of the registry
STRANDS = ["exercises", "agreements", "arms", "arms_sipri", "events", "votes", "vetoes", "asymmetry", "alliance"]


@dataclass(frozen=True)
class Indicator:
    name: str
    func: Callable[..., pd.DataFrame]
    strand: str
    unit: str
    directed: bool
    description: str

    def __call__(self, dyad: Dyad, **params: object) -> pd.DataFrame:
        return self.func(dyad, **params)


_REGISTRY: dict[str, Indicator] = {}
_loaded = False


def indicator(name: str, *, strand: str, unit: str, directed: bool = False) -> Callable:
    """Register ``func`` as the indicator ``name`` (its docstring's first line is its description)."""

    def wrap(func: Callable[..., pd.DataFrame]) -> Callable[..., pd.DataFrame]:
        doc = (func.__doc__ or "").strip().splitlines()
        _REGISTRY[name] = Indicator(name, func, strand, unit, directed, doc[0] if doc else name)
        return func

    return wrap


def registry() -> dict[str, Indicator]:
    """All registered indicators by name."""
    global _loaded
    if not _loaded:
        for mod in STRANDS:
            importlib.import_module(f"amity.indicators.{mod}")
        _loaded = True
    return _REGISTRY


def get(name: str) -> Indicator:
    from amity.errors import AmityError

    reg = registry()
    if name not in reg:
        raise AmityError(f"unknown indicator {name!r}; known: {', '.join(sorted(reg))}")
    return reg[name]


def years_frame(start: int, end: int) -> pd.DataFrame:
    """One row per year ``start..end`` (inclusive)."""
    return pd.DataFrame({"year": pd.Series(range(start, end + 1), dtype="int64")})


def per_year(
    counts: pd.Series, *, start: int, end: int, cover_from: int | None, cover_to: int | None,
    unit: str, coverage: str, source_ids: str,
) -> pd.DataFrame:
    """Spread a year-indexed series over ``start..end``: years inside the coverage
    ``cover_from..cover_to`` with no entry are 0 (the source covers them and records none);
    years outside it are NA."""
    out = years_frame(start, end)
    vals = out["year"].map(counts).astype("Float64")
    inside = pd.Series(False, index=out.index)
    if cover_from is not None and cover_to is not None:
        inside = out["year"].between(cover_from, cover_to)
    out["value"] = vals.where(~(inside & vals.isna()), 0.0).where(inside, pd.NA)
    out["unit"] = unit
    out["coverage"] = coverage
    out["source_ids"] = source_ids
    return out
