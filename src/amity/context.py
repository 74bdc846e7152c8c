"""Pairs in context: where a pair stands among all pairs of states, year by year.

A pair's UN vote agreement of 0.87 reads as close until one learns that it is the median of 18,528
pairs that year. For every measure that exists for all pairs (the :data:`MEASURES` registry below),
this module computes, in one vectorised pass per measure, each pair-year's

``rank``
    1 = the highest value that year (ties share the best rank);
``percentile``
    0–100, the share of pairs with data that year whose value is *lower* (ties do not count);
``n_pairs``, ``median``, ``q25``, ``q75``
    the size and the distribution of all pairs with data that year.

"Pairs with data" are the pairs the source measures that year: pairs of members that both voted
on at least one common roll call (votes); every ordered pair of state-system members inside the
SIPRI register's years, deliveries or none (arms deliveries — 0 is a measured value there, since
the register covers every supplier); ordered pairs whose recipient imported arms that year (import
dependence); ordered pairs with both CINC scores (capability ratio). Directed measures are ranked
among directed pairs. What is not loaded is not ranked: the measure's entry names the command that
loads it.

Reference pairs (:func:`reference_pairs`) are a documented, editable default set of pairs the
report and ``amity compare`` show beside the pair asked about.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from amity.errors import AmityError
from amity.indicators import votes as votes_mod
from amity.panel import state_years
from amity.states import State, lookup
from amity.store import Store, in_list

#: votes: a year counts only if some pair shared at least this many roll calls in it
MIN_ROLL_CALLS = 10

#: columns of every context table
COLUMNS = ["year", "a", "b", "value", "rank", "percentile", "n_pairs", "median", "q25", "q75"]


@dataclass(frozen=True)
class Measure:
    """One all-pairs measure and everything the rest of amity needs to know about it.

    ``compute(store, start, end)`` returns ``(values, population, source_ids)``: ``values`` has
    ``year, a, b, value`` (COW codes; for undirected measures ``a < b``); ``population`` is None when
    ``values`` lists every pair with data, or a Series year → number of pairs with data when the
    pairs not listed have the value 0 (a sparse measure such as arms deliveries).
    """

    name: str
    label: str
    unit: str
    strand: str
    directed: bool
    higher_means: str
    load: str
    compute: Callable[[Store, int | None, int | None], tuple[pd.DataFrame, pd.Series | None, list[str]]]
    decimals: int = 2
    #: a directed measure whose reverse direction says something else (arms b → a); False where it is
    #: just the reciprocal (a capability ratio), so sentences give one direction
    both_directions: bool = True


# --------------------------------------------------------------------------------------------------
# the measures
# --------------------------------------------------------------------------------------------------
def _cache_path(store: Store, name: str, ids: Iterable[str]) -> Path | None:
    path = Path(str(store.path))
    if not path.is_file():
        return None
    digest = hashlib.sha256(repr((name, tuple(sorted(ids)))).encode()).hexdigest()[:16]
    return path.parent / "cache" / f"context-{name}-{digest}.parquet"


def _cached(store: Store, name: str, ids: list[str], compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """``compute()`` once per store and source set: kept as Parquet in the ``cache`` folder beside the
    store (a new import has new source ids, hence a new file; a damaged file is recomputed)."""
    disk = _cache_path(store, name, ids)
    if disk is not None and disk.is_file():
        try:
            return pd.read_parquet(disk)
        except (OSError, ValueError):
            pass
    out = compute()
    if disk is not None:
        try:
            disk.parent.mkdir(parents=True, exist_ok=True)
            tmp = disk.with_name(f"{disk.name}.{os.getpid()}.part")
            out.to_parquet(tmp, index=False)
            tmp.replace(disk)
        except OSError:  # a read-only folder: no cache, the result is still right
            pass
    return out


def _window(df: pd.DataFrame, start: int | None, end: int | None) -> pd.DataFrame:
    if start is not None:
        df = df[df["year"] >= start]
    if end is not None:
        df = df[df["year"] <= end]
    return df


def _agreement_values(column: str) -> Callable[[Store, int | None, int | None], tuple]:
    def compute(store: Store, start: int | None, end: int | None) -> tuple:
        ids = votes_mod.source_ids(store)
        if not ids:
            return None, None, []
        panel = _cached(store, "agreement", ids, lambda: votes_mod.agreement_panel(store)[
            ["year", "cow_a", "cow_b", "agreement", "kappa", "pi", "s_score", "n_votes"]])
        # a year with only a handful of roll calls (the unvotes data end in January 2020) says little
        # about anyone's position: years whose most-voting pair shared fewer than MIN_ROLL_CALLS are left out
        thick = panel.groupby("year")["n_votes"].transform("max") >= MIN_ROLL_CALLS
        df = _window(panel[thick], start, end)
        out = pd.DataFrame({"year": df["year"].astype("int64"), "a": df["cow_a"].astype("int64"),
                            "b": df["cow_b"].astype("int64"), "value": df[column].astype("float64")})
        return out.dropna(subset=["value"]), None, list(ids)
    return compute


def _ideal_distance(store: Store, start: int | None, end: int | None) -> tuple:
    ids = votes_mod.source_ids(store)
    if not ids:
        return None, None, []
    ip = votes_mod.ideal_points_all(store)
    ip = _window(ip[["cow", "year", "theta"]].dropna(), start, end)
    frames = []
    for year, g in ip.groupby("year", sort=True):
        cow = g["cow"].to_numpy(dtype="int64")
        th = g["theta"].to_numpy(dtype="float64")
        order = np.argsort(cow)
        cow, th = cow[order], th[order]
        i, j = np.triu_indices(len(cow), k=1)
        frames.append(pd.DataFrame({"year": np.full(len(i), int(year), dtype="int64"), "a": cow[i], "b": cow[j],
                                    "value": np.abs(th[i] - th[j])}))
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["year", "a", "b", "value"])
    return out, None, list(ids)


def _members_per_year(start: int, end: int) -> pd.DataFrame:
    sy = state_years(start, end, "cow")
    return sy[["cow", "year"]]


def _deliveries(store: Store, start: int | None, end: int | None) -> tuple[pd.DataFrame, list[str], int, int]:
    """Positive SIPRI deliveries per ordered member pair and year (plain even split of each deal's TIV)."""
    ids = store.latest_source_ids("arms_deliveries")
    if not ids:
        return pd.DataFrame(columns=["year", "a", "b", "value"]), [], 0, -1
    ph, params = in_list(ids)
    span = store.query(f"SELECT min(year) lo, max(year) hi FROM arms_deliveries WHERE source_id IN ({ph})", params)
    lo, hi = int(span["lo"].iloc[0]), int(span["hi"].iloc[0])
    lo, hi = max(lo, start if start is not None else lo), min(hi, end if end is not None else hi)
    df = store.query(
        f"SELECT year, supplier_cow AS a, recipient_cow AS b, sum(tiv) AS value FROM arms_deliveries "
        f"WHERE source_id IN ({ph}) AND supplier_cow IS NOT NULL AND recipient_cow IS NOT NULL "
        f"AND supplier_cow <> recipient_cow AND year BETWEEN ? AND ? GROUP BY 1, 2, 3 HAVING sum(tiv) > 0",
        [*params, lo, hi])
    members = _members_per_year(lo, hi).astype("int64")
    df = df.astype({"year": "int64", "a": "int64", "b": "int64"})
    # both states system members that year (a join, not a loop over rows)
    df = (df.merge(members.rename(columns={"cow": "a"}), on=["a", "year"])
            .merge(members.rename(columns={"cow": "b"}), on=["b", "year"]))
    return df.reset_index(drop=True), list(ids), lo, hi


def _arms_deliveries(store: Store, start: int | None, end: int | None) -> tuple:
    df, ids, lo, hi = _deliveries(store, start, end)
    if not ids:
        return None, None, []
    n = _members_per_year(lo, hi).groupby("year").size()
    return df, (n * (n - 1)).astype("int64"), ids


def _import_dependence(store: Store, start: int | None, end: int | None) -> tuple:
    df, ids, lo, hi = _deliveries(store, start, end)
    if not ids:
        return None, None, []
    total = df.groupby(["year", "b"])["value"].transform("sum")
    out = df.assign(value=100.0 * df["value"] / total)
    n = _members_per_year(lo, hi).groupby("year").size()
    importers = df.groupby("year")["b"].nunique()
    population = (importers * (n.reindex(importers.index) - 1)).astype("int64")
    return out, population, ids


def _cinc_ratio(store: Store, start: int | None, end: int | None) -> tuple:
    ids = store.latest_source_ids("nmc")
    if not ids:
        return None, None, []
    ph, params = in_list(ids)
    nmc = store.query(f"SELECT ccode AS cow, year, cinc FROM nmc WHERE source_id IN ({ph}) AND cinc > 0", params)
    nmc = _window(nmc.dropna(), start, end)
    frames = []
    for year, g in nmc.groupby("year", sort=True):
        cow = g["cow"].to_numpy(dtype="int64")
        c = g["cinc"].to_numpy(dtype="float64")
        i, j = np.nonzero(~np.eye(len(cow), dtype=bool))
        frames.append(pd.DataFrame({"year": np.full(len(i), int(year), dtype="int64"), "a": cow[i], "b": cow[j],
                                    "value": c[i] / c[j]}))
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["year", "a", "b", "value"])
    return out, None, list(ids)


_UNGA = "amity data import unga un_votes.rda un_roll_calls.rda un_roll_call_issues.rda"
_SIPRI = "amity data import sipri trade-register.csv"

#: every all-pairs measure, declared once
MEASURES: dict[str, Measure] = {m.name: m for m in (
    Measure("vote_agreement", "UN vote agreement", "share of shared roll calls (0–1)", "votes", False,
            "closer", _UNGA, _agreement_values("agreement")),
    Measure("vote_kappa", "UN vote agreement, Cohen's kappa", "kappa (chance-corrected, −1–1)", "votes", False,
            "closer", _UNGA, _agreement_values("kappa")),
    Measure("vote_pi", "UN vote agreement, Scott's pi", "pi (chance-corrected, −1–1)", "votes", False,
            "closer", _UNGA, _agreement_values("pi")),
    Measure("vote_s_score", "UN vote agreement, S score", "S (−1–1)", "votes", False, "closer", _UNGA,
            _agreement_values("s_score")),
    Measure("ideal_point_distance", "UN ideal-point distance", "|θa − θb| (sd units)", "votes", False,
            "further apart", _UNGA, _ideal_distance),
    Measure("arms_deliveries", "arms deliveries", "SIPRI TIV (millions)", "arms", True, "more",
            _SIPRI, _arms_deliveries, 1),
    Measure("import_dependence", "share of the recipient's arms imports (%)", "percent", "arms", True, "more",
            _SIPRI, _import_dependence, 1),
    Measure("cinc_ratio", "capability ratio (CINC)", "ratio", "asymmetry", True, "more",
            "amity data import nmc NMC-60-abridged.csv", _cinc_ratio, both_directions=False),
)}


#: the all-pairs measure a registered indicator's claims are ranked on (``rank``/``percentile`` claim tests)
MEASURE_OF_INDICATOR = {"vote_agreement": "vote_agreement", "ideal_points": "ideal_point_distance",
                        "deliveries_tiv": "arms_deliveries", "import_dependence": "import_dependence",
                        "cinc_ratio": "cinc_ratio"}


def measure(name: str) -> Measure:
    """The measure ``name``; an :class:`AmityError` naming the known ones otherwise."""
    if name not in MEASURES:
        raise AmityError(f"unknown context indicator {name!r}; known: {', '.join(MEASURES)}")
    return MEASURES[name]


# --------------------------------------------------------------------------------------------------
# ranking
# --------------------------------------------------------------------------------------------------
def _quantile_with_zeros(pos: np.ndarray, zeros: int, q: float) -> float:
    """The q-quantile (linear interpolation, as numpy's default) of ``zeros`` zeros and the sorted
    positive values ``pos``."""
    n = zeros + len(pos)
    if n == 0:
        return float("nan")
    h = q * (n - 1)
    lo, frac = int(np.floor(h)), h - np.floor(h)

    def at(k: int) -> float:
        return 0.0 if k < zeros else float(pos[k - zeros])

    hi = min(lo + 1, n - 1)
    return at(lo) + frac * (at(hi) - at(lo))


def rank_pairs(values: pd.DataFrame, population: pd.Series | None = None) -> pd.DataFrame:
    """Rank every pair within its year: ``values`` (year, a, b, value) → the same rows with ``rank``,
    ``percentile``, ``n_pairs``, ``median``, ``q25``, ``q75`` (see the module docstring).

    With ``population`` (year → number of pairs with data), pairs not listed in ``values`` count as
    zeros: a sparse measure is ranked without materialising its zero pairs.
    """
    if values is None or values.empty:
        return pd.DataFrame(columns=COLUMNS)
    df = values.reset_index(drop=True)
    g = df.groupby("year")["value"]
    higher = g.rank(method="max", ascending=True)  # number of values <= v
    lower = g.rank(method="min", ascending=True) - 1  # number of values < v
    listed = g.transform("size")
    if population is None:
        n = listed.astype("float64")
        stats = g.quantile([0.25, 0.5, 0.75]).unstack()
        stats.columns = ["q25", "median", "q75"]
    else:
        n = df["year"].map(population).astype("float64")
        zeros = n - listed
        lower = lower + zeros
        higher = higher + zeros
        rows = []
        for year, vals in g:
            pos = np.sort(vals.to_numpy(dtype="float64"))
            z = int(population.get(year, len(pos))) - len(pos)
            rows.append((year, *(_quantile_with_zeros(pos, z, q) for q in (0.25, 0.5, 0.75))))
        stats = pd.DataFrame(rows, columns=["year", "q25", "median", "q75"]).set_index("year")
    out = df.assign(rank=(n - higher + 1).astype("int64"), percentile=100.0 * lower / n,
                    n_pairs=n.astype("int64"))
    out = out.join(stats, on="year")
    return out[COLUMNS]


def _zero_row(year: int, a: int, b: int, population: pd.Series | None, ranked: pd.DataFrame) -> dict | None:
    """The context of a pair a sparse measure does not list (value 0) in a year it covers."""
    if population is None or year not in population.index:
        return None
    yr = ranked[ranked["year"] == year]
    n = int(population[year])
    listed = len(yr)
    if yr.empty:
        return None
    return {"year": year, "a": a, "b": b, "value": 0.0, "rank": listed + 1, "percentile": 0.0, "n_pairs": n,
            "median": yr["median"].iloc[0], "q25": yr["q25"].iloc[0], "q75": yr["q75"].iloc[0]}


@dataclass
class AllPairs:
    """A measure ranked for all pairs: ``table`` (see :data:`COLUMNS`), the sparse measure's
    ``population``, and the store ``source_ids`` it used."""

    measure: Measure
    table: pd.DataFrame
    population: pd.Series | None
    source_ids: list[str]

    def pair(self, a: State, b: State) -> pd.DataFrame:
        """The rows of one pair (ordered for directed measures), zeros filled in where a sparse measure
        covers the year but lists no value for the pair."""
        x, y = (a.cow, b.cow) if self.measure.directed else (min(a.cow, b.cow), max(a.cow, b.cow))
        t = self.table
        rows = t[(t["a"] == x) & (t["b"] == y)]
        if self.population is not None:
            have = set(rows["year"])
            extra = [_zero_row(int(yr), x, y, self.population, t) for yr in self.population.index
                     if yr not in have and _both_exist(a, b, int(yr))]
            extra = [e for e in extra if e]
            if extra:
                rows = pd.concat([rows, pd.DataFrame(extra)], ignore_index=True)
        return rows.sort_values("year").reset_index(drop=True)


def _both_exist(a: State, b: State, year: int) -> bool:
    return a.exists_in(year) and b.exists_in(year)


_MEMO: dict[tuple, AllPairs | None] = {}


def all_pairs(store: Store, name: str, start: int | None = None, end: int | None = None) -> AllPairs | None:
    """Rank ``name`` for all pairs and years (``start``..``end``); None when its data is not loaded.

    A pair's rank in a year does not depend on the other years, so every year is ranked once per store and
    set of loaded sources (kept in memory) and a window is cut from that: a report or a page for new years
    costs a filter, not a new ranking."""
    m = measure(name)
    key = (str(store.path), tuple(store.sources()["id"]), name)
    if key not in _MEMO:
        values, population, ids = m.compute(store, None, None)
        _MEMO[key] = None if values is None else AllPairs(m, rank_pairs(values, population), population, ids)
        while len(_MEMO) > 16:
            _MEMO.pop(next(iter(_MEMO)))
    full = _MEMO[key]
    if full is None or (start is None and end is None):
        return full
    lo, hi = start if start is not None else -10**6, end if end is not None else 10**6
    table = full.table[full.table["year"].between(lo, hi)]
    pop = full.population
    if pop is not None:
        pop = pop[(pop.index >= lo) & (pop.index <= hi)]
    return AllPairs(m, table, pop, full.source_ids)


# --------------------------------------------------------------------------------------------------
# a pair, several pairs
# --------------------------------------------------------------------------------------------------
def pair_label(a: State, b: State) -> str:
    return f"{a.code}-{b.code}"


def parse_pair(text: str) -> tuple[State, State]:
    """``CHN-RUS``, ``CHN,RUS``, ``CHN/RUS``, ``710-365`` or names (``"China-Russian Federation"``)."""
    raw = text.strip()
    for sep in (",", "/", "–", ":"):
        if sep in raw:
            parts = raw.split(sep)
            break
    else:
        parts = raw.split("-")
        if len(parts) > 2:  # a name with a hyphen ("Guinea-Bissau-SEN"): try every split point
            for k in range(1, len(parts)):
                try:
                    return lookup("-".join(parts[:k]).strip()), lookup("-".join(parts[k:]).strip())
                except AmityError:
                    continue
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise AmityError(f"bad pair {text!r}: expected two states as A-B (e.g. CHN-RUS)")
    a, b = lookup(parts[0].strip()), lookup(parts[1].strip())
    if a.cow == b.cow:
        raise AmityError(f"bad pair {text!r}: a pair needs two different states")
    return a, b


def compare(store: Store, pairs: Iterable[tuple[State, State]], names: Iterable[str] | None = None, *,
            start: int | None = None, end: int | None = None) -> pd.DataFrame:
    """Long table: one row per pair, measure, direction and year with the context columns.

    Columns: ``pair`` (``CHN-RUS``), ``direction`` (``CHN→RUS`` for directed measures, empty otherwise),
    ``indicator``, ``year``, ``value``, ``rank``, ``percentile``, ``n_pairs``, ``median``, ``q25``,
    ``q75``, ``unit``, ``higher_means``, ``source_ids``. Measures whose data is not loaded are left out
    (see :func:`not_loaded`).
    """
    pairs = list(pairs)
    out = []
    for name in (list(names) if names else list(MEASURES)):
        ap = all_pairs(store, name, start, end)
        if ap is None:
            continue
        m = ap.measure
        for a, b in pairs:
            directions = [(a, b), (b, a)] if m.directed else [(a, b)]
            for x, y in directions:
                rows = ap.pair(x, y)
                if rows.empty:
                    continue
                rows = rows.drop(columns=["a", "b"]).assign(
                    pair=pair_label(a, b), direction=f"{x.code}→{y.code}" if m.directed else "",
                    indicator=name, unit=m.unit, higher_means=m.higher_means, source_ids=";".join(ap.source_ids))
                out.append(rows)
    cols = ["pair", "direction", "indicator", "year", "value", "rank", "percentile", "n_pairs", "median", "q25",
            "q75", "unit", "higher_means", "source_ids"]
    if not out:
        return pd.DataFrame(columns=cols)
    df = pd.concat(out, ignore_index=True)[cols]
    return df.astype({"year": "int64", "rank": "int64", "n_pairs": "int64"})


def not_loaded(store: Store, names: Iterable[str] | None = None) -> dict[str, str]:
    """Measures whose data is not loaded, with the command that loads it."""
    out = {}
    for name in (list(names) if names else list(MEASURES)):
        m = measure(name)
        table = {"votes": "unga_votes", "arms": "arms_deliveries", "asymmetry": "nmc"}[m.strand]
        if not store.latest_source_ids(table):
            out[name] = m.load
    return out


def distribution(store: Store, name: str, start: int | None = None, end: int | None = None) -> pd.DataFrame:
    """Per year: ``n_pairs``, ``q25``, ``median``, ``q75`` of all pairs with data (the band behind a
    compare chart)."""
    ap = all_pairs(store, name, start, end)
    if ap is None or ap.table.empty:
        return pd.DataFrame(columns=["year", "n_pairs", "q25", "median", "q75"])
    return (ap.table.groupby("year", as_index=False)[["n_pairs", "q25", "median", "q75"]].first()
            .astype({"year": "int64", "n_pairs": "int64"}))


# --------------------------------------------------------------------------------------------------
# reference pairs and sentences
# --------------------------------------------------------------------------------------------------
def reference_pairs(path: str | os.PathLike[str] | None = None) -> list[tuple[State, State, str]]:
    """The reference pairs shown beside a pair: ``(a, b, group)``.

    Read from ``path``, else ``$AMITY_HOME/reference_pairs.csv`` if the user made one, else the set that
    ships with amity (``amity/data/reference_pairs.csv``: columns ``pair, group, note``).
    """
    candidates = [Path(path)] if path else []
    if not path:
        home = os.environ.get("AMITY_HOME")
        if home:
            candidates.append(Path(home).expanduser() / "reference_pairs.csv")
    for p in candidates:
        if p.is_file():
            text = p.read_text(encoding="utf-8")
            break
    else:
        if path:
            raise AmityError(f"{path}: no such reference-pairs file")
        text = resources.files("amity.data").joinpath("reference_pairs.csv").read_text(encoding="utf-8")
    out = []
    for i, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            a, b = parse_pair(row.get("pair") or "")
        except AmityError as exc:
            raise AmityError(f"reference_pairs.csv:{i}: field 'pair': {exc}") from None
        out.append((a, b, (row.get("group") or "").strip()))
    return out


def _fmt(v: float, decimals: int) -> str:
    if v is None or pd.isna(v):
        return "NA"
    return f"{v:,.{decimals}f}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def standing(store: Store, a: State, b: State, name: str, *, year: int | None = None,
             refs: Iterable[tuple[State, State]] = (), start: int | None = None,
             end: int | None = None) -> str | None:
    """One sentence on where ``a``–``b`` stands on ``name`` in ``year`` (default: the latest year with
    data for the pair), with the reference pairs' values that year; None without data.

    e.g. ``UN vote agreement 0.87 in 2019 — 52nd percentile of 18,528 pairs (median 0.86; USA-GBR 0.65).``
    """
    ap = all_pairs(store, name, start, end)
    if ap is None:
        return None
    m = ap.measure
    rows = ap.pair(a, b)
    if year is not None:
        rows = rows[rows["year"] == year]
    if rows.empty:
        return None
    r = rows.iloc[-1]
    yr = int(r["year"])
    d = m.decimals
    pct = min(int(round(float(r["percentile"]))), 99)  # "100th percentile" would claim no pair is higher
    who = f"{a.code}→{b.code} " if m.directed else ""
    text = (f"{m.label} {who}{_fmt(r['value'], d)} in {yr} — rank {int(r['rank']):,} of {int(r['n_pairs']):,} "
            f"{'directed ' if m.directed else ''}pairs, {_ordinal(pct)} percentile (median {_fmt(r['median'], d)}; "
            f"higher = {m.higher_means})")
    ref_parts = []
    for x, y in refs:
        rr = ap.pair(x, y)
        rr = rr[rr["year"] == yr]
        if not rr.empty:
            ref_parts.append(f"{pair_label(x, y)} {_fmt(rr['value'].iloc[0], d)}")
    if ref_parts:
        text += "; " + ", ".join(ref_parts)
    return text + "."


def arms_years(store: Store) -> tuple[int, int] | None:
    """The first and last year of the SIPRI deliveries loaded (None if none)."""
    ids = store.latest_source_ids("arms_deliveries")
    if not ids:
        return None
    ph, params = in_list(ids)
    span = store.query(f"SELECT min(year) lo, max(year) hi FROM arms_deliveries WHERE source_id IN ({ph})", params)
    return int(span["lo"].iloc[0]), int(span["hi"].iloc[0])


def partner_rank(store: Store, supplier: State, recipient: State, *, start: int, end: int) -> dict | None:
    """Where ``supplier`` stands among ``recipient``'s arms suppliers over ``start``..``end`` (and
    ``recipient`` among ``supplier``'s customers): SIPRI TIV delivered (plain split) in the period.

    Returns ``share`` (percent of the recipient's imports), ``supplier_rank``, ``n_suppliers``,
    ``customer_rank``, ``n_customers``, ``tiv``, ``source_ids``; None without SIPRI data.
    """
    df, ids, lo, hi = _deliveries(store, start, end)
    if not ids:
        return None
    by_sup = df[df["b"] == recipient.cow].groupby("a")["value"].sum().sort_values(ascending=False)
    by_rec = df[df["a"] == supplier.cow].groupby("b")["value"].sum().sort_values(ascending=False)
    tiv = float(by_sup.get(supplier.cow, 0.0))
    total = float(by_sup.sum())

    def rank_of(s: pd.Series, key: int) -> int | None:
        if key not in s.index:
            return None
        return int((s > s[key]).sum()) + 1

    return {"supplier": supplier.code, "recipient": recipient.code, "from": lo, "to": hi, "tiv": tiv,
            "share": (100.0 * tiv / total) if total > 0 else None,
            "supplier_rank": rank_of(by_sup, supplier.cow), "n_suppliers": int(len(by_sup)),
            "customer_rank": rank_of(by_rec, recipient.cow), "n_customers": int(len(by_rec)),
            "source_ids": ";".join(ids)}


def partner_sentence(store: Store, supplier: State, recipient: State, *, start: int, end: int) -> str | None:
    """``Russia supplied 70 % of China's arms imports 2007–2021, first of 12 suppliers; China was Russia's
    2nd customer of 50.`` (SIPRI TIV, plain split); None without deliveries between them."""
    p = partner_rank(store, supplier, recipient, start=start, end=end)
    if p is None or not p["tiv"]:
        return None
    return (f"{supplier.name} supplied {p['share']:.0f} % of {recipient.name}'s arms imports {p['from']}–{p['to']} "
            f"(SIPRI TIV), {_ordinal(p['supplier_rank'])} of {p['n_suppliers']} suppliers; {recipient.name} was "
            f"{supplier.name}'s {_ordinal(p['customer_rank'])} customer of {p['n_customers']}.")



__all__ = ["MEASURES", "MEASURE_OF_INDICATOR", "AllPairs", "Measure", "all_pairs", "compare", "distribution",
           "lookup", "measure", "not_loaded", "pair_label", "parse_pair", "partner_rank", "partner_sentence",
           "rank_pairs", "reference_pairs", "standing"]
