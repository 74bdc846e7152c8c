"""State identities: one row per state, bridging the codes and names the sources use.

The table (``amity/data/states.csv``) is built from COW State System Membership v2016
(codes, names, years) and the ISO 3166 / UN names of the ``country_converter`` country table;
see ``tools/build_states.py``. Columns:

``cow`` COW numeric code, ``cow_abb`` COW abbreviation, ``gw`` Gleditsch-Ward code, ``iso3``,
``iso2``, ``cameo`` (GDELT/CAMEO country code), ``name`` (COW name), ``un_name``, ``sipri_name``
(';'-separated where SIPRI uses several, e.g. "Russia;Soviet Union"), ``aliases``,
``start_year``/``end_year`` (first and last year in the state system; empty end = still exists),
``spells`` (COW membership spells, e.g. "1902-1906;1909-").

Russia continues the Soviet Union (COW 365), as COW, the UN and SIPRI's time series treat it.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources

import pandas as pd

from amity.errors import UnknownState


@dataclass(frozen=True)
class State:
    """One state identity. ``code`` is the ISO3 code where there is one, else the COW abbreviation."""

    cow: int
    cow_abb: str
    gw: int | None
    iso3: str | None
    iso2: str | None
    cameo: str | None
    name: str
    un_name: str | None
    sipri_names: tuple[str, ...]
    aliases: tuple[str, ...]
    start_year: int
    end_year: int | None
    spells: tuple[tuple[int, int | None], ...] = ()

    @property
    def code(self) -> str:
        return self.iso3 or self.cow_abb

    def exists_in(self, year: int) -> bool:
        """True if the state was a system member at some point in ``year`` (any of its COW spells)."""
        spells = self.spells or ((self.start_year, self.end_year),)
        return any(a <= year and (b is None or year <= b) for a, b in spells)

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace(".", " ").replace("'", "").split())


def _opt(value: object) -> str | None:
    return None if pd.isna(value) or value == "" else str(value)


def _spell(text: str) -> tuple[int, int | None]:
    a, _, b = text.partition("-")
    return int(a), (int(b) if b else None)


@functools.cache
def table() -> pd.DataFrame:
    """The state table as a DataFrame (a copy is cheap; do not mutate the cached one)."""
    with resources.files("amity.data").joinpath("states.csv").open("r", encoding="utf-8") as fh:
        df = pd.read_csv(fh, dtype=str, keep_default_na=False)
    for col in ("cow", "start_year"):
        df[col] = df[col].astype(int)
    return df


@functools.cache
def _all() -> tuple[State, ...]:
    out = []
    for r in table().itertuples(index=False):
        out.append(
            State(
                cow=int(r.cow),
                cow_abb=r.cow_abb,
                gw=int(r.gw) if r.gw else None,
                iso3=_opt(r.iso3),
                iso2=_opt(r.iso2),
                cameo=_opt(r.cameo),
                name=r.name,
                un_name=_opt(r.un_name),
                sipri_names=tuple(x for x in r.sipri_name.split(";") if x),
                aliases=tuple(x for x in r.aliases.split(";") if x),
                start_year=int(r.start_year),
                end_year=int(r.end_year) if r.end_year else None,
                spells=tuple(_spell(x) for x in r.spells.split(";") if x),
            )
        )
    return tuple(out)


def all_states() -> tuple[State, ...]:
    """Every state in the table, ordered by COW code."""
    return _all()


@functools.cache
def _index() -> dict[str, State]:
    idx: dict[str, State] = {}
    # Later keys never overwrite earlier ones: ISO3 codes come first (MNG is Mongolia, AUS Australia, SWZ
    # Eswatini, although COW abbreviates Montenegro, Austria and Switzerland so), names before aliases,
    # and a state still in existence wins over a historical one with the same ISO code.
    ordered = sorted(_all(), key=lambda s: (s.end_year is not None, s.cow))
    for s in ordered:
        if s.iso3:
            idx.setdefault(_norm(s.iso3), s)
    for s in ordered:
        keys = [s.iso3, s.iso2, s.cow_abb, str(s.cow), s.cameo, s.name, s.un_name, *s.sipri_names, *s.aliases]
        for k in keys:
            if k:
                idx.setdefault(_norm(k), s)
    return idx


def lookup(name_or_code: str | int) -> State:
    """Find a state by ISO3/ISO2 code, COW code or abbreviation, or any name a source uses.

    >>> lookup("Russian Federation").cow
    365
    >>> lookup("Soviet Union").iso3
    'RUS'

    Unknown input raises :class:`UnknownState` with the closest matches.
    """
    key = _norm(str(name_or_code))
    hit = _index().get(key)
    if hit is not None:
        return hit
    close = difflib.get_close_matches(key, list(_index()), n=5, cutoff=0.6)
    names = sorted({str(_index()[c]) for c in close})
    hint = f"; did you mean {', '.join(names)}?" if names else ""
    raise UnknownState(f"unknown state {str(name_or_code)!r}{hint}")


def search(query: str, limit: int = 10) -> list[State]:
    """States whose codes or names contain ``query`` (case-insensitive), best first."""
    q = _norm(query)
    if not q:
        return []
    seen: dict[int, tuple[int, State]] = {}
    for key, s in _index().items():
        if q in key:
            rank = 0 if key == q else (1 if key.startswith(q) else 2)
            if s.cow not in seen or rank < seen[s.cow][0]:
                seen[s.cow] = (rank, s)
    return [s for _, s in sorted(seen.values(), key=lambda t: (t[0], t[1].name))][:limit]


def existing_in(year: int) -> list[State]:
    """States that were members of the state system at some point in ``year`` (COW v2016)."""
    return [s for s in _all() if s.exists_in(year)]
