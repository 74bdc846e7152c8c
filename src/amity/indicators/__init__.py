"""Indicators: named, documented functions of the fact tables for a dyad and a period.

Each strand module (``exercises``, ``agreements``, ``arms``, ``arms_sipri``, ``votes``, ``vetoes``,
``asymmetry``, ``alliance``, ``events``) registers its indicators with :func:`indicator`. An indicator
function takes the :class:`amity.Dyad` and keyword parameters and returns a DataFrame with at least

``year`` (or ``period``), ``value``, ``unit``, ``coverage`` and ``source_ids``

where ``value`` is NA outside the coverage of the sources used (missing is missing, never 0), and
``source_ids`` names the sources (``;``-joined) so that every figure can be traced to its vintage.

The registry entry (:class:`Indicator`) declares everything the rest of amity needs to know about an
indicator — unit, strand, direction, shape, the data it needs and the command that loads them, whether
its yearly values are estimates, whether it reads the dossier's records — so that claims, panels,
report, CLI and web read the entry instead of guessing.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from amity.errors import AmityError

if TYPE_CHECKING:
    from amity.dyad import Dyad

COLUMNS = ["year", "value", "unit", "coverage", "source_ids"]

#: strand modules, imported on first use of the registry
STRANDS = ["exercises", "agreements", "arms", "arms_sipri", "events", "votes", "vetoes", "asymmetry", "alliance"]

#: what one row of an indicator's output is:
#: ``series`` one value per year (or per year and a breakdown column such as ``category``/``measure``/
#: ``member``, which a parameter selects); ``records`` one row per record (exercise, agreement, deal,
#: draft; counted per year over the years the records span); ``figures`` one row per figure a source
#: quotes (no coverage outside the quoted years).
SHAPES = ("series", "records", "figures")
#: other names accepted for a shape
_SHAPE_ALIASES = {"year": "series", "yearly": "series"}

#: ``amity data import KIND ...`` in a load hint
_IMPORT_KIND = re.compile(r"amity data import ([a-z][a-z0-9-]*)")


@dataclass(frozen=True)
class Indicator:
    """A registered indicator and the facts the rest of amity reads about it."""

    name: str
    func: Callable[..., pd.DataFrame]
    strand: str
    unit: str
    directed: bool
    description: str
    shape: str = "series"
    #: data kinds it reads from the store (``amity data import KIND``); empty for dossier-only indicators
    needs: tuple[str, ...] = ()
    #: the command(s) that load those data (``;``-separated when several), "" if none is needed
    load: str = ""
    #: whether its yearly values are estimates, and how they are made
    estimate: bool = False
    estimate_note: str = ""
    #: whether it reads the curated records of the embedded dossier (not a census of events)
    reads_records: bool = False
    #: the reason given when it has no data for a pair (what is missing and how to load it)
    missing: str = ""

    def __post_init__(self) -> None:
        if not self.missing:  # the default reason names the command that loads the data
            object.__setattr__(self, "missing", _default_missing(self.name, self.load, self.reads_records))

    def __call__(self, dyad: Dyad, **params: object) -> pd.DataFrame:
        return self.func(dyad, **params)

    def accepts(self, name: str) -> bool:
        """Whether the function takes the keyword ``name`` (any name, where it takes ``**kwargs``)."""
        names = _keywords(self.func)
        return names is None or name in names

    def load_kinds(self) -> list[str]:
        """The ``amity data import`` kinds named by :attr:`load`."""
        return _IMPORT_KIND.findall(self.load)

    def facts(self) -> dict[str, Any]:
        """The entry as a JSON-ready mapping (``/api/indicators`` lists them)."""
        return {"name": self.name, "strand": self.strand, "unit": self.unit, "directed": self.directed,
                "description": self.description, "shape": self.shape, "needs": list(self.needs),
                "load": self.load, "estimate": self.estimate, "estimate_note": self.estimate_note,
                "reads_records": self.reads_records}


_REGISTRY: dict[str, Indicator] = {}
_loaded = False


def description_of(func: Callable[..., Any], default: str) -> str:
    """The first paragraph of ``func``'s docstring as one line (``default`` when it has none)."""
    doc = inspect.getdoc(func) or ""
    para = doc.split("\n\n", 1)[0]
    return " ".join(para.split()) or default


def _keywords(func: Callable[..., Any]) -> frozenset[str] | None:
    """Keyword names ``func`` accepts, or ``None`` if it takes ``**kwargs``."""
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in sig.parameters.values()):
        return None
    return frozenset(sig.parameters)


def _default_missing(name: str, load: str, reads_records: bool) -> str:
    if load and not reads_records:
        return f"no data for indicator {name!r} loaded: run `{load}`"
    if reads_records and load:
        return f"no records for {name} for this pair in the embedded dossier (add records with `{load}`)"
    if reads_records:
        return f"no records for {name} for this pair in the embedded dossier"
    return f"no data for indicator {name!r} loaded (see `amity data status`)"


def indicator(
    name: str, *, strand: str, unit: str, directed: bool = False, description: str | None = None,
    shape: str = "series", needs: str | tuple[str, ...] | list[str] = (), load: str = "", estimate: bool = False,
    estimate_note: str = "", reads_records: bool = False, missing: str = "",
) -> Callable:
    """Register the decorated function as the indicator ``name`` with its facts.

    ``description`` defaults to the first paragraph of the docstring; ``missing`` (the reason given
    when there is no data) to a sentence naming ``load``. ``shape`` is one of :data:`SHAPES`; ``needs``
    the data kinds (one or several).
    """
    shape = _SHAPE_ALIASES.get(shape, shape)
    needs = (needs,) if isinstance(needs, str) else tuple(needs)
    if shape not in SHAPES:
        raise ValueError(f"indicator {name}: shape must be one of {SHAPES}, not {shape!r}")
    if estimate_note and not estimate:
        raise ValueError(f"indicator {name}: estimate_note given but estimate=False")

    def wrap(func: Callable[..., pd.DataFrame]) -> Callable[..., pd.DataFrame]:
        _REGISTRY[name] = Indicator(
            name, func, strand, unit, directed, description or description_of(func, name), shape=shape,
            needs=needs, load=load, estimate=estimate, estimate_note=estimate_note,
            reads_records=reads_records, missing=missing)
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
    """The registered indicator ``name`` (an :class:`AmityError` naming the known ones otherwise)."""
    reg = registry()
    if name not in reg:
        raise AmityError(f"unknown indicator {name!r}; known: {', '.join(sorted(reg))}")
    return reg[name]


#: the columns of the long table of several indicators (``amity indicators A B``, the dashboard's CSV)
LONG_COLUMNS = ["indicator", "year", "value", "unit", "coverage", "source_ids"]


def long_table(frames: Iterable[tuple[str, pd.DataFrame]]) -> pd.DataFrame:
    """Several indicators' tables as one long table: ``indicator, year, [category,] value, unit,
    coverage, source_ids`` (tables without a ``year`` column are left out)."""
    parts = []
    for name, df in frames:
        if df.empty or "year" not in df.columns:
            continue
        keep = [c for c in ("year", "category", "value", "unit", "coverage", "source_ids") if c in df.columns]
        parts.append(df[keep].assign(indicator=name))
    if not parts:
        return pd.DataFrame(columns=LONG_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    return out[["indicator"] + [c for c in out.columns if c != "indicator"]]


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
