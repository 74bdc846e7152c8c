"""``amity.Dyad``: a pair of states and one method per indicator.

>>> import amity
>>> d = amity.Dyad("CHN", "RUS")
>>> d.exercises_per_year()          # doctest: +SKIP

Order matters only for directed indicators (arms: supplier → recipient): ``Dyad("RUS", "CHN")``
asks about Russian deliveries to China. Each method returns a pandas DataFrame with ``year``,
``value``, ``unit``, ``coverage`` and ``source_ids`` (see :mod:`amity.indicators`).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pandas as pd

from amity import indicators
from amity.dossier import Dossier, load_dossier
from amity.errors import AmityError
from amity.states import State, lookup
from amity.store import Store

#: the years a --from/--to (or the web's from/to) may name
YEAR_MIN, YEAR_MAX = 1800, 2100


def check_years(start: int | None, end: int | None, *, names: tuple[str, str] = ("--from", "--to")) -> None:
    """Reject a first/last year outside :data:`YEAR_MIN`–:data:`YEAR_MAX` or in the wrong order (an
    :class:`AmityError` naming the option, as ``names`` spells it)."""
    for y in (start, end):
        if y is not None and not YEAR_MIN <= y <= YEAR_MAX:
            raise AmityError(f"bad year {y}: expected a year between {YEAR_MIN} and {YEAR_MAX}")
    if start is not None and end is not None and start > end:
        raise AmityError(f"bad year range: {names[0]} {start} is after {names[1]} {end}")


class Dyad:
    """A pair of states ``a`` and ``b`` over a period (default: all years the data covers).

    ``memo=True`` keeps each indicator's result for this object's lifetime (one page or report that
    asks for the same indicator from several sections computes it once); results are copies, so a
    caller may change them freely.
    """

    def __init__(
        self, a: str | State, b: str | State, *, start: int | None = None, end: int | None = None,
        store: Store | str | os.PathLike[str] | None = None, dossier: Dossier | None = None,
        memo: bool = False,
    ) -> None:
        self.a = a if isinstance(a, State) else lookup(a)
        self.b = b if isinstance(b, State) else lookup(b)
        if self.a.cow == self.b.cow:
            raise AmityError(f"a dyad needs two different states, got {self.a} twice")
        check_years(start, end)
        self.start, self.end = start, end
        self._store_arg = store
        self._dossier = dossier
        self._memo: dict[str, pd.DataFrame] | None = {} if memo else None

    def __repr__(self) -> str:
        return f"Dyad({self.a.code!r}, {self.b.code!r})"

    @property
    def codes(self) -> tuple[str, str]:
        return self.a.code, self.b.code

    def reversed(self) -> Dyad:
        return Dyad(self.b, self.a, start=self.start, end=self.end, store=self.store, dossier=self._dossier,
                    memo=self._memo is not None)

    # -- data ------------------------------------------------------------------------------
    @functools.cached_property
    def store(self) -> Store:
        """The store (opened read-only; an empty store if nothing was imported yet)."""
        if isinstance(self._store_arg, Store):
            return self._store_arg
        path = Path(self._store_arg) if self._store_arg is not None else None
        return Store(path, read_only=True)

    @property
    def dossier(self) -> Dossier:
        """The embedded dossier (or the one given to the constructor, e.g. in tests)."""
        return self._dossier if self._dossier is not None else load_dossier()

    def window(self, cover_from: int | None, cover_to: int | None) -> tuple[int, int] | None:
        """The years to report: the dyad's --from/--to, else the data's own coverage."""
        lo = self.start if self.start is not None else cover_from
        hi = self.end if self.end is not None else cover_to
        if lo is None or hi is None:
            return None
        return lo, hi

    def indicator(self, name: str, **params: object) -> pd.DataFrame:
        """Compute any registered indicator by name (see ``amity.indicators.registry()``)."""
        if self._memo is None:
            return indicators.get(name)(self, **params)
        key = f"{name}:{sorted(params.items())!r}"
        if key not in self._memo:
            self._memo[key] = indicators.get(name)(self, **params)
        return self._memo[key].copy()

    # -- joint exercises (amity.indicators.exercises) ---------------------------------------
    def exercises(self) -> pd.DataFrame:
        """Joint exercises of the two states, one row per exercise (dossier records)."""
        return self.indicator("exercises")

    def exercises_per_year(self, by: str | None = None) -> pd.DataFrame:
        """Number of joint exercises per year; ``by="domain"`` or ``"framework"`` splits it."""
        return self.indicator("exercises_per_year", by=by)

    def exercise_distance(self) -> pd.DataFrame:
        """Great-circle km from each capital to each exercise area, and the farthest per year."""
        return self.indicator("exercise_distance")

    # -- agreements and meetings (amity.indicators.agreements) --------------------------------
    def agreements(self) -> pd.DataFrame:
        """Agreements, treaties and mechanisms between the two, by date."""
        return self.indicator("agreements")

    def meetings(self) -> pd.DataFrame:
        """Meetings, visits, joint statements and dialogues, by date."""
        return self.indicator("meetings")

    # -- arms transfers (amity.indicators.arms) ----------------------------------------------
    def arms_figures(self) -> pd.DataFrame:
        """Arms deals and aggregate figures the dossier's sources quote (supplier a → recipient b)."""
        return self.indicator("arms_figures")

    # -- SIPRI arms transfers (amity.indicators.arms_sipri; a = supplier, b = recipient) -------------
    def deliveries_tiv(self, **kw: object) -> pd.DataFrame:
        """SIPRI TIV (millions) delivered a→b per year; ``with_predecessor=True`` adds Soviet Union before 1992."""
        return self.indicator("deliveries_tiv", **kw)

    def deliveries_tiv_ma5(self, **kw: object) -> pd.DataFrame:
        """Trailing 5-year mean of SIPRI TIV delivered a→b."""
        return self.indicator("deliveries_tiv_ma5", **kw)

    def import_dependence(self, **kw: object) -> pd.DataFrame:
        """Percent of b's arms imports (SIPRI TIV) that came from a, per year."""
        return self.indicator("import_dependence", **kw)

    def share_of_supplier_exports(self, **kw: object) -> pd.DataFrame:
        """Percent of a's arms exports (SIPRI TIV) that went to b, per year."""
        return self.indicator("share_of_supplier_exports", **kw)

    def supplier_concentration(self, **kw: object) -> pd.DataFrame:
        """HHI (0–10000) of b's arms suppliers per year."""
        return self.indicator("supplier_concentration", **kw)

    def deliveries_by_category(self, **kw: object) -> pd.DataFrame:
        """SIPRI TIV delivered a→b per year and armament category."""
        return self.indicator("deliveries_by_category", **kw)

    def orders_vs_deliveries(self, **kw: object) -> pd.DataFrame:
        """SIPRI TIV ordered (by year of order) beside TIV delivered a→b per year."""
        return self.indicator("orders_vs_deliveries", **kw)

    def open_deals(self, **kw: object) -> pd.DataFrame:
        """SIPRI register deals a→b not yet fully delivered."""
        return self.indicator("open_deals", **kw)

    def arms_deals(self, **kw: object) -> pd.DataFrame:
        """SIPRI register deals a→b, one row per deal, with comments and uncertainty flags."""
        return self.indicator("arms_deals", **kw)

    # -- UN General Assembly votes and Security Council vetoes (amity.indicators.votes, .vetoes) --
    def vote_agreement(self, **kw: object) -> pd.DataFrame:
        """UNGA vote agreement per year (0–1) with kappa, pi, S-score and n_votes; ``issue``, ``by``."""
        return self.indicator("vote_agreement", **kw)

    def ideal_points(self, **kw: object) -> pd.DataFrame:
        """UNGA ideal points of both states per session (USA positive) with bootstrap se and 90% band."""
        return self.indicator("ideal_points", **kw)

    def vetoes(self, **kw: object) -> pd.DataFrame:
        """Security Council drafts vetoed by either state, one row per draft (veto list)."""
        return self.indicator("vetoes", **kw)

    def vetoes_per_year(self, **kw: object) -> pd.DataFrame:
        """Drafts vetoed per year by each state (or ``member``); NA outside the veto list's years."""
        return self.indicator("vetoes_per_year", **kw)

    def double_vetoes(self, **kw: object) -> pd.DataFrame:
        """Drafts vetoed by both states per year; NA outside the veto list's years."""
        return self.indicator("double_vetoes", **kw)

    def vetoes_by_period(self, **kw: object) -> pd.DataFrame:
        """Vetoed drafts per period (``breaks``, ``what`` double/a/b/either), with per-year rates."""
        return self.indicator("vetoes_by_period", **kw)

    # -- news-coded events (amity.indicators.events) ----------------------------------------
    def events(self, freq: str = "M", **kw: object) -> pd.DataFrame:
        """GDELT events a→b per period (M, Q or Y): counts by quad class, Goldstein mean and sum,
        cooperation share and the same normalised by the period's volume; NA where no files are
        loaded. Options: ``dedup``, ``both_directions``, ``actor_fields``, ``engine``."""
        return self.indicator("events", freq=freq, **kw)

    # -- power asymmetry and alliances (amity.indicators.asymmetry, .alliance) -------------------
    def asymmetry(self, **kw: object) -> pd.DataFrame:
        """Military expenditure, GDP and CINC ratios a/b per year (long table, ``measure`` column)."""
        return self.indicator("asymmetry", **kw)

    def milex_ratio(self, **kw: object) -> pd.DataFrame:
        """Military expenditure a/b per year (SIPRI constant US$, else COW NMC), with the larger state."""
        return self.indicator("milex_ratio", **kw)

    def gdp_ratio(self, **kw: object) -> pd.DataFrame:
        """GDP a/b per year (World Bank WDI), with the larger state."""
        return self.indicator("gdp_ratio", **kw)

    def cinc_ratio(self, **kw: object) -> pd.DataFrame:
        """COW CINC a/b per year, with the larger state."""
        return self.indicator("cinc_ratio", **kw)

    def alliance(self, **kw: object) -> pd.DataFrame:
        """Alliance obligations in force per year (COW/ATOP); defence pact 1/0, NA outside coverage."""
        return self.indicator("alliance", **kw)

    # -- report ------------------------------------------------------------------------------
    # -- pairs in context (amity.context) -----------------------------------------------------
    def context(self, indicator: str = "vote_agreement") -> pd.DataFrame:
        """Where this pair stands among all pairs each year on an all-pairs measure
        (``amity.context.MEASURES``: vote agreement and its kappa/pi/S variants, ideal-point distance,
        arms deliveries, import dependence, CINC ratio; directed ones read a → b).

        Columns: year, value, rank (1 = highest), percentile (0–100: share of pairs with data that year
        whose value is lower), n_pairs, median, q25, q75, unit, source_ids. Empty when not loaded.
        """
        from amity import context  # context builds on the panel, which builds on indicators

        ap = context.all_pairs(self.store, indicator, self.start, self.end)
        if ap is None:
            return pd.DataFrame(columns=[*context.COLUMNS[:1], *context.COLUMNS[3:], "unit", "source_ids"])
        rows = ap.pair(self.a, self.b).drop(columns=["a", "b"])
        return rows.assign(unit=ap.measure.unit, source_ids=";".join(ap.source_ids))

    def report(self, path: str | os.PathLike[str] | None = None, fmt: str | None = None, *,
               compare: list[tuple[State, State]] | None = None) -> Path:
        """Write a self-contained report (HTML or Markdown) and return its path. ``compare``: the reference
        pairs its sections set this pair beside (default: the documented set, ``amity.context``)."""
        from amity.report import report  # the report's sections build on Dyad: a cycle at import time

        return report(self, path, fmt, compare=compare)
