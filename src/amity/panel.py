"""Dyad-year panels for all states, with every loaded strand joined.

>>> from amity.panel import build, write
>>> df = build(start=1990, end=2000, directed=True, add=["capabilities", "alliance"])   # doctest: +SKIP
>>> write(df, "panel.dta")       # also writes panel.codebook.csv and panel.bib       # doctest: +SKIP

Rows: one per pair of states that were both members of the state system in the year (COW State
System Membership spells, from the state table), ``n(n-1)`` per year when directed (both orders),
``n(n-1)/2`` undirected (``code1 < code2``). ``--system gw`` identifies states by Gleditsch–Ward code
(the membership years are still COW's; two COW states sharing a GW code in one year count once).

Strands (``add``), each joined only if its data is loaded; NA outside each source's coverage, never 0:

``capabilities``
    ``milex_1/_2`` SIPRI military expenditure (US$ m., constant prices; table ``milex``),
    ``milex_nmc_1/_2`` (thousands of current US$), ``milper_1/_2`` (thousands), ``cinc_1/_2`` (COW NMC),
    ``gdp_1/_2`` (World Bank WDI). NA where the source has no figure.
``alliance``
    ``defense``, ``neutrality``, ``nonaggression``, ``entente`` (COW) / ``offense``, ``consultation``
    (ATOP): 1 if an alliance with that obligation is in force, 0 inside the dataset's years, NA outside.
``arms``
    ``arms_tiv_12`` / ``arms_tiv_21``: SIPRI TIV (millions) delivered from state 1 to state 2 and back
    (table ``arms_deliveries``: a deal's delivered TIV split evenly over its delivery years); 0 inside
    the register's coverage (years and supplier/recipient selection), NA outside.
``votes``
    UN General Assembly vote agreement from :func:`amity.indicators.votes.agreement_panel`.
``vetoes``
    ``joint_vetoes``: Security Council drafts vetoed by both states (imported list, else the list that
    ships with amity, 1991–2024); 0 inside the list's years, NA outside.
``exercises``
    ``joint_exercises``: joint exercises in the embedded dossier. The dossier covers the China–Russia
    case only: counts for that pair in the dossier's years, NA for every other pair.

The frame's ``attrs["codebook"]`` lists each column's unit, source, vintage and coverage;
``attrs["bibtex"]`` holds a BibTeX entry per source used; ``attrs["not_loaded"]`` names requested
strands with no data (and how to load them). :func:`write` writes the panel, the codebook and the
citations.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pandas as pd

from amity import indicators
from amity.dossier import state_of
from amity.dyad import Dyad, check_years
from amity.errors import AmityError
from amity.indicators.asymmetry import GDP_INDICATORS
from amity.indicators.exercises import exercises_per_year
from amity.indicators.records import DOSSIER_NOTE, record_pairs
from amity.indicators.votes import agreement_panel
from amity.sources import unsc
from amity.states import all_states, lookup
from amity.store import Store

STRANDS = ("arms", "votes", "vetoes", "exercises", "alliance", "capabilities")
FORMATS = ("csv", "parquet", "dta", "rds")
#: the indicator whose registry entry says how to load each strand's data
STRAND_INDICATOR = {"capabilities": "asymmetry", "alliance": "alliance", "arms": "deliveries_tiv",
                    "votes": "vote_agreement", "vetoes": "vetoes", "exercises": "exercises_per_year"}


def load_hint(strand: str) -> str:
    """The command that loads a strand's data (from its indicator's registry entry)."""
    ind = indicators.get(STRAND_INDICATOR[strand])
    return ind.load or ind.missing


# --------------------------------------------------------------------------------------------------
# the state-year frame
# --------------------------------------------------------------------------------------------------
def state_years(start: int, end: int, system: str = "cow") -> pd.DataFrame:
    """One row per state and year it was a system member (COW spells): ``id, cow, code, year``.

    ``system="gw"``: ``id`` is the Gleditsch–Ward code; where two COW states share a GW code in a
    year (Germany 1990, Yemen 1990) the one that continues is kept.
    """
    if system not in ("cow", "gw"):
        raise AmityError(f"bad --system {system!r}: expected cow or gw")
    ids, cows, codes, years, rank = [], [], [], [], []
    for s in all_states():
        key = s.cow if system == "cow" else s.gw
        if key is None:
            continue
        for a, b in s.spells or ((s.start_year, s.end_year),):
            lo, hi = max(a, start), min(b if b is not None else end, end)
            n = hi - lo + 1
            if n <= 0:
                continue
            ids += [key] * n
            cows += [s.cow] * n
            codes += [s.code] * n
            years += list(range(lo, hi + 1))
            rank += [0 if s.end_year is None else 1] * n
    df = pd.DataFrame({"id": ids, "cow": cows, "code": codes, "year": years, "_r": rank})
    df = df.sort_values(["year", "id", "_r", "cow"]).drop_duplicates(["id", "year"], keep="first")
    return df.drop(columns="_r").astype({"id": "int64", "cow": "int64", "year": "int64"}).reset_index(drop=True)


# --------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------
def _in(ids: list[str]) -> str:
    return ", ".join("'" + i.replace("'", "''") + "'" for i in ids)


def _src(store: Store, ids: list[str]) -> tuple[str, str]:
    src = store.sources()
    rows = src[src["id"].isin(ids)]
    return ("; ".join(f"{r.title} [{r.id}]" for r in rows.itertuples()),
            "; ".join(sorted({str(v) for v in rows["vintage"]})))


def _bib_key(sid: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", sid.replace(":", "_"))


def bibtex(store: Store, ids: Iterable[str]) -> str:
    """BibTeX ``@misc`` entries for the given store sources (title, citation, vintage, URL)."""
    src = store.sources()
    out = []
    for r in src[src["id"].isin(list(ids))].itertuples():
        def b(text: object) -> str:
            return str(text or "").replace("{", "(").replace("}", ")").replace("\\", "/")
        out.append(
            f"@misc{{{_bib_key(r.id)},\n  title = {{{b(r.title)}}},\n  note = {{{b(r.citation)}. "
            f"Vintage {b(r.vintage)}; file {b(r.file_name)}; sha256 {b(r.sha256)}}},\n"
            + (f"  howpublished = {{\\url{{{b(r.url)}}}}},\n" if r.url else "")
            + f"  year = {{{b(str(r.vintage)[:4])}}}\n}}\n")
    return "\n".join(out)


class _Builder:
    def __init__(self, store: Store, start: int, end: int, directed: bool, system: str,
                 exclude: frozenset[str]) -> None:
        self.store, self.start, self.end = store, start, end
        self.directed, self.system, self.exclude = directed, system, exclude
        self.ctes: list[str] = []
        self.selects: list[str] = []
        self.joins: list[str] = []
        self.frames: dict[str, pd.DataFrame] = {}
        self.codebook: list[dict[str, str]] = []
        self.used: set[str] = set()
        self.not_loaded: list[str] = []

    def col(self, name: str, unit: str, source: str, vintage: str, coverage: str, description: str) -> None:
        self.codebook.append({"column": name, "unit": unit, "source": source, "vintage": vintage,
                              "coverage": coverage, "description": description})

    # -- capabilities -------------------------------------------------------------------------
    def capabilities(self) -> None:
        st = self.store
        found = False
        ids = st.latest_source_ids("milex", exclude=self.exclude)
        if ids:
            found = True
            unit = st.query(f"SELECT any_value(unit) u FROM milex WHERE measure = 'constant_usd' "
                            f"AND source_id IN ({_in(ids)})")["u"].iloc[0]
            self.ctes.append(f"cap_milex AS (SELECT cow, year, value FROM milex WHERE measure = 'constant_usd' "
                             f"AND source_id IN ({_in(ids)}))")
            self._side("cap_milex", "milex", "value", "milex", unit, ids,
                       "military expenditure (SIPRI Military Expenditure Database)")
        ids = st.latest_source_ids("nmc", exclude=self.exclude)
        if ids:
            found = True
            self.ctes.append(f"cap_nmc AS (SELECT ccode AS cow, year, milex, milper, cinc FROM nmc "
                             f"WHERE source_id IN ({_in(ids)}))")
            self._side("cap_nmc", "nmc", "milex", "milex_nmc", "thousands of current US$", ids,
                       "military expenditure (COW NMC)")
            self._side("cap_nmc", "nmc", "milper", "milper", "thousands of personnel", ids,
                       "military personnel (COW NMC)")
            self._side("cap_nmc", "nmc", "cinc", "cinc", "share of system capabilities (0-1)", ids,
                       "composite index of national capability (COW NMC)")
        for code, unit in GDP_INDICATORS.items():
            ids = st.latest_source_ids("wdi", exclude=self.exclude, where="t.indicator = ?", params=[code])
            if ids:
                found = True
                self.ctes.append(f"cap_gdp AS (SELECT cow, year, value FROM wdi WHERE indicator = '{code}' "
                                 f"AND source_id IN ({_in(ids)}))")
                self._side("cap_gdp", "wdi", "value", "gdp", unit, ids, f"GDP (World Bank WDI {code})")
                break
        if not found:
            self.not_loaded.append("capabilities")

    def _side(self, cte: str, table: str, src_col: str, name: str, unit: str, ids: list[str], desc: str) -> None:
        title, vintage = _src(self.store, ids)
        span = self.store.query(f"SELECT min(year) lo, max(year) hi FROM {table} WHERE source_id IN ({_in(ids)})")
        cov = f"{int(span['lo'].iloc[0])}–{int(span['hi'].iloc[0])}; NA where the source has no figure"
        for side in ("1", "2"):
            alias = f"{cte}_{side}"
            if alias not in {j.split(" AS ")[-1].split(" ")[0] for j in self.joins}:
                self.joins.append(f"LEFT JOIN {cte} AS {alias} ON {alias}.cow = d.cow{side} AND {alias}.year = d.year")
            self.selects.append(f"{alias}.{src_col} AS {name}_{side}")
            self.col(f"{name}_{side}", unit, title, vintage, cov, f"{desc} of state {side}")
        self.used.update(ids)

    # -- alliances ----------------------------------------------------------------------------
    def alliance(self) -> None:
        ids = self.store.latest_source_ids("alliances", exclude=self.exclude)
        if not ids:
            self.not_loaded.append("alliance")
            return
        span = self.store.query(f"SELECT min(year) lo, max(year) hi FROM alliances WHERE source_id IN ({_in(ids)})")
        lo, hi = int(span["lo"].iloc[0]), int(span["hi"].iloc[0])
        flags = ["defense", "neutrality", "nonaggression", "entente", "offense", "consultation"]
        coded = self.store.query(
            "SELECT " + ", ".join(f"count({f}) AS {f}" for f in flags)
            + f" FROM alliances WHERE source_id IN ({_in(ids)})").iloc[0]
        flags = [f for f in flags if coded[f] > 0 and not (f == "consultation" and coded["entente"] > 0)]
        self.ctes.append(
            "ally AS (SELECT least(ccode1, ccode2) AS c1, greatest(ccode1, ccode2) AS c2, year, "
            + ", ".join(f"max({f}) AS {f}" for f in flags)
            + f" FROM alliances WHERE source_id IN ({_in(ids)}) GROUP BY 1, 2, 3)")
        self.joins.append("LEFT JOIN ally ON ally.c1 = least(d.cow1, d.cow2) AND ally.c2 = greatest(d.cow1, d.cow2) "
                          "AND ally.year = d.year")
        title, vintage = _src(self.store, ids)
        for f in flags:
            self.selects.append(f"CASE WHEN d.year BETWEEN {lo} AND {hi} THEN coalesce(ally.{f}, 0) END AS {f}")
            self.col(f, "1/0", title, vintage, f"{lo}–{hi}; NA outside",
                     f"an alliance with a {f} obligation between the two is in force")
        self.used.update(ids)

    # -- arms ---------------------------------------------------------------------------------
    def arms(self) -> None:
        ids = self.store.latest_source_ids("arms_deliveries", exclude=self.exclude)
        if not ids:
            self.not_loaded.append("arms")
            return
        cov = pd.DataFrame(columns=["sup", "rec", "lo", "hi"])
        if self.store.has_table("sipri_files"):
            files = self.store.query(f"SELECT * FROM sipri_files WHERE source_id IN ({_in(ids)}) "
                                     f"AND layout <> 'tiv'")

            def cow(name: object) -> float:
                if name is None or pd.isna(name):
                    return float("nan")
                try:
                    return float(lookup(str(name)).cow)
                except AmityError:
                    return -1.0  # a selection the state table does not know covers no state pair
            cov = pd.DataFrame({"sup": [cow(x) for x in files["supplier_filter"]],
                                "rec": [cow(x) for x in files["recipient_filter"]],
                                "lo": files["cover_from"].astype("float"), "hi": files["cover_to"].astype("float")})
        if cov.empty:
            span = self.store.query(f"SELECT min(year) lo, max(year) hi FROM arms_deliveries "
                                    f"WHERE source_id IN ({_in(ids)})")
            cov = pd.DataFrame({"sup": [float("nan")], "rec": [float("nan")],
                                "lo": [float(span["lo"].iloc[0])], "hi": [float(span["hi"].iloc[0])]})
        self.ctes.append(f"arms AS (SELECT supplier_cow AS s, recipient_cow AS r, year, sum(tiv) AS tiv "
                         f"FROM arms_deliveries WHERE source_id IN ({_in(ids)}) AND supplier_cow IS NOT NULL "
                         f"AND recipient_cow IS NOT NULL GROUP BY 1, 2, 3)")
        title, vintage = _src(self.store, ids)
        # coverage: unfiltered registers are plain year ranges; a supplier/recipient selection becomes a
        # small (state, year) table joined like the data (no per-row subqueries)
        free = cov[cov["sup"].isna() & cov["rec"].isna()]
        ranges = [f"d.year BETWEEN {int(x.lo)} AND {int(x.hi)}" for x in free.itertuples()]
        sel: dict[str, list[tuple[float, float, int]]] = {"s": [], "r": [], "sr": []}
        for x in cov[cov["sup"].notna() | cov["rec"].notna()].itertuples():
            kind = "sr" if pd.notna(x.sup) and pd.notna(x.rec) else ("s" if pd.notna(x.sup) else "r")
            sel[kind] += [(x.sup, x.rec, y) for y in range(int(x.lo), int(x.hi) + 1)]
        for tag, s, r in (("12", "1", "2"), ("21", "2", "1")):
            alias = f"arms_{tag}"
            self.joins.append(f"LEFT JOIN arms AS {alias} ON {alias}.s = d.cow{s} AND {alias}.r = d.cow{r} "
                              f"AND {alias}.year = d.year")
            conds = list(ranges)
            for kind, rows in sel.items():
                if not rows:
                    continue
                name = f"arms_cov_{kind}"
                if name not in self.frames:
                    f = pd.DataFrame(rows, columns=["s", "r", "year"]).fillna(-1).astype("int64")
                    self.frames[name] = f[[c for c in ("s", "r") if c in kind] + ["year"]].drop_duplicates()
                ca = f"{name}_{tag}"
                on = " AND ".join([f"{ca}.s = d.cow{s}"] * ("s" in kind) + [f"{ca}.r = d.cow{r}"] * ("r" in kind))
                self.joins.append(f"LEFT JOIN {name} AS {ca} ON {on} AND {ca}.year = d.year")
                conds.append(f"{ca}.year IS NOT NULL")
            covered = " OR ".join(conds) if conds else "FALSE"
            self.selects.append(f"CASE WHEN {covered} THEN coalesce({alias}.tiv, 0) END AS arms_tiv_{tag}")
            rng = "; ".join(f"{int(x.lo)}–{int(x.hi)}" for x in cov.itertuples())
            self.col(f"arms_tiv_{tag}", "SIPRI TIV (millions)", title, vintage,
                     f"{rng} (register selection); NA outside",
                     f"arms delivered from state {s} to state {r} (deal TIV split evenly over delivery years)")
        self.used.update(ids)

    # -- vetoes -------------------------------------------------------------------------------
    def vetoes(self) -> None:
        rows = None
        ids = self.store.latest_source_ids("unsc_vetoes", exclude=self.exclude)
        if ids:
            rows = self.store.query(f"SELECT draft, year, vetoed_by FROM unsc_vetoes WHERE source_id IN ({_in(ids)})")
            lo, hi = int(rows["year"].min()), int(rows["year"].max())
            title, vintage = _src(self.store, ids)
            self.used.update(ids)
        elif unsc.EMBEDDED_SOURCE not in self.exclude:
            rows = unsc.embedded_counted()[["draft", "year", "vetoed_by"]]  # the complete years only
            lo, hi = unsc.EMBEDDED_COVERAGE
            title, vintage = f"{unsc.CITATION} [{unsc.EMBEDDED_SOURCE}]", f"list to {hi} (ships with amity)"
            self.used.add(unsc.EMBEDDED_SOURCE)
        if rows is None:
            self.not_loaded.append("vetoes")
            return
        long = rows.assign(m=rows["vetoed_by"].str.split(";")).explode("m")
        long["cow"] = long["m"].str.strip().map(lambda c: lookup(c).cow)
        pairs = long.merge(long, on=["draft", "year"])
        pairs = pairs[pairs["cow_x"] != pairs["cow_y"]]
        jv = pairs.groupby(["cow_x", "cow_y", "year"], as_index=False).size()
        self.frames["vetoes_joint"] = jv.rename(columns={"cow_x": "a", "cow_y": "b", "size": "n"}).astype("int64")
        self.joins.append("LEFT JOIN vetoes_joint AS vj ON vj.a = d.cow1 AND vj.b = d.cow2 AND vj.year = d.year")
        self.selects.append(f"CASE WHEN d.year BETWEEN {lo} AND {hi} THEN coalesce(vj.n, 0) END AS joint_vetoes")
        self.col("joint_vetoes", "drafts", title, vintage, f"{lo}–{hi}; NA outside",
                 "Security Council draft resolutions vetoed by both states")

    # -- exercises ----------------------------------------------------------------------------
    def exercises(self) -> None:
        # one count per exercise (records of several sources linked by same_as count once), over the
        # years between the first and last attested exercise, as the indicator gives it; China–Russia
        # (embedded record) and every pair with imported records (amity data import records)
        frames, keys, spans = [], set(), []
        for a3, b3 in record_pairs(self.store, "exercises"):
            per_year = exercises_per_year(Dyad(a3, b3, store=self.store), exclude_sources=self.exclude)
            per_year = per_year.dropna(subset=["value"])
            if per_year.empty:
                continue
            ca, cb = state_of(a3).cow, state_of(b3).cow
            yrs = pd.DataFrame({"year": per_year["year"].astype("int64"), "n": per_year["value"].astype("int64")})
            frames += [yrs.assign(a=ca, b=cb), yrs.assign(a=cb, b=ca)]
            keys |= {s for ids in per_year["source_ids"] for s in str(ids).split(";") if s}
            spans.append(f"{a3}–{b3} {int(yrs['year'].min())}–{int(yrs['year'].max())}")
        if not frames:
            self.not_loaded.append("exercises")
            return
        frame = pd.concat(frames, ignore_index=True)
        self.frames["ex_joint"] = frame.astype("int64")
        self.joins.append("LEFT JOIN ex_joint AS ej ON ej.a = d.cow1 AND ej.b = d.cow2 AND ej.year = d.year")
        self.selects.append("ej.n AS joint_exercises")
        keys = sorted(keys)
        self.col("joint_exercises", "exercises", "curated records: " + ", ".join(keys), "dossier",
                 f"{'; '.join(spans)} ({DOSSIER_NOTE}); NA for every other pair",
                 "joint military exercises and patrols of the two states the records' sources attest")
        self.used.update(f"dossier:{k}" for k in keys)

    # -- votes --------------------------------------------------------------------------------
    def votes(self) -> None:
        vp = agreement_panel(self.store, self.start, self.end)
        if vp is None or len(vp) == 0:
            self.not_loaded.append("votes")
            return
        keys = _pair_columns(vp)
        if keys is None:
            raise AmityError("votes.agreement_panel returned no recognisable state-pair columns")
        k1, k2, kind = keys
        vp = vp.copy()
        if kind != "cow":
            for k in (k1, k2):
                vp[k] = vp[k].map(lambda c: lookup(c).cow)
        value_cols = [c for c in vp.columns if c not in (k1, k2, "year", "source_ids", "coverage", "unit")
                      and pd.api.types.is_numeric_dtype(vp[c])]
        vp = vp.rename(columns={k1: "a", k2: "b"})
        # agreement is symmetric: one row per unordered pair, joined on (lower, higher) COW code
        lo = vp[["a", "b"]].min(axis=1)
        hi = vp[["a", "b"]].max(axis=1)
        sel = vp[["year", *value_cols]].assign(a=lo.astype("int64"), b=hi.astype("int64"))
        self.frames["votes_p"] = sel.drop_duplicates(["a", "b", "year"])
        self.joins.append("LEFT JOIN votes_p AS vo ON vo.a = least(d.cow1, d.cow2) "
                          "AND vo.b = greatest(d.cow1, d.cow2) AND vo.year = d.year")
        distinct = vp.get("source_ids", pd.Series(dtype=str)).dropna().unique()
        ids = sorted({i for s in distinct for i in str(s).split(";") if i})
        title, vintage = _src(self.store, ids)
        unit = str(vp["unit"].iloc[0]) if "unit" in vp else ""
        for c in value_cols:
            name = "votes_" + c if not c.startswith("vote") and c != "agreement" else c
            name = "vote_agreement" if c in ("value", "agreement") else name
            self.selects.append(f'vo."{c}" AS {name}')
            self.col(name, unit if c in ("value", "agreement") else "", title or "UN General Assembly votes",
                     vintage, "years with recorded roll calls; NA otherwise",
                     f"UN General Assembly vote agreement ({c})")
        self.used.update(ids)


def _pair_columns(df: pd.DataFrame) -> tuple[str, str, str] | None:
    for a, b, kind in (("ccode1", "ccode2", "cow"), ("cow1", "cow2", "cow"), ("cow_a", "cow_b", "cow"),
                       ("a_cow", "b_cow", "cow"), ("iso3_1", "iso3_2", "iso3"), ("iso3_a", "iso3_b", "iso3"),
                       ("a", "b", "iso3"), ("state1", "state2", "iso3")):
        if a in df.columns and b in df.columns:
            return a, b, kind
    return None


def default_end(store: Store) -> int:
    """The last year any loaded capability/alliance/arms source covers, else last calendar year."""
    last = []
    for t in ("milex", "nmc", "wdi", "alliances", "arms_deliveries"):
        if store.has_table(t):
            v = store.query(f'SELECT max(year) m FROM "{t}"')["m"].iloc[0]
            if v is not None and not pd.isna(v):
                last.append(int(v))
    return max(last) if last else _dt.date.today().year - 1


def build(store: Store | str | os.PathLike[str] | None = None, *, start: int | None = None, end: int | None = None,
          directed: bool = False, system: str = "cow", add: Iterable[str] = STRANDS,
          exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """A dyad-year panel of all states, with the requested strands joined (see the module docstring).

    ``start`` defaults to 1946, ``end`` to the last year the loaded data covers. Columns: ``year``,
    ``{system}code1``, ``{system}code2``, ``state1``, ``state2`` (ISO3, else COW abbreviation), then
    each strand's columns. ``attrs``: ``codebook`` (list of dicts), ``bibtex``, ``not_loaded``.
    """
    own = not isinstance(store, Store)
    st = store if isinstance(store, Store) else Store(Path(store) if store is not None else None, read_only=True)
    try:
        add = [a.strip() for a in add if a.strip()]
        bad = [a for a in add if a not in STRANDS]
        if bad:
            raise AmityError(f"unknown strand {bad[0]!r} in --add; expected some of {', '.join(STRANDS)}")
        start = 1946 if start is None else int(start)
        end = default_end(st) if end is None else int(end)
        check_years(start, end)
        b = _Builder(st, start, end, directed, system, frozenset(exclude_sources))
        for strand in add:
            getattr(b, strand)()
        return _run(b)
    finally:
        if own:
            st.close()


def _nullable(t: object) -> object:
    """Arrow → pandas types that keep missing values missing (nullable integers, not floats)."""
    import pyarrow as pa  # deferred: only panels that go through Arrow need it

    return {pa.int64(): pd.Int64Dtype(), pa.int32(): pd.Int32Dtype(), pa.int16(): pd.Int16Dtype(),
            pa.int8(): pd.Int8Dtype(), pa.bool_(): pd.BooleanDtype()}.get(t)


def _run(b: _Builder) -> pd.DataFrame:
    sy = state_years(b.start, b.end, b.system)
    key = "cow" if b.system == "cow" else "gw"
    op = "<>" if b.directed else "<"
    names = {"_panel_sy": sy, **b.frames}
    ctes = ", ".join(b.ctes)
    sql = (("WITH " + ctes + " ") if ctes else "")
    sql += (f"SELECT d.year, d.id1 AS {key}code1, d.id2 AS {key}code2, d.code1 AS state1, "
            f"d.code2 AS state2" + "".join(", " + s for s in b.selects)
            + " FROM (SELECT x.year, x.id AS id1, y.id AS id2, x.cow AS cow1, y.cow AS cow2, "
            "x.code AS code1, y.code AS code2 FROM _panel_sy x JOIN _panel_sy y "
            f"ON x.year = y.year AND x.id {op} y.id) d " + " ".join(b.joins)
            + " ORDER BY d.year, d.id1, d.id2")
    try:
        df = b.store.arrow(sql, frames=names).to_pandas(types_mapper=_nullable)
    except duckdb.Error as exc:  # pragma: no cover - a bug, not bad input
        raise AmityError(f"panel query failed: {exc}") from exc
    base = [
        {"column": "year", "unit": "year", "source": "", "vintage": "", "coverage": f"{b.start}–{b.end}",
         "description": "calendar year"},
        {"column": f"{key}code1", "unit": f"{key.upper()} code", "source": "COW State System Membership v2016 "
         "(amity state table)", "vintage": "2016", "coverage": "state-system members in the year",
         "description": "state 1" + ("" if b.directed else " (the lower code)")},
        {"column": f"{key}code2", "unit": f"{key.upper()} code", "source": "COW State System Membership v2016 "
         "(amity state table)", "vintage": "2016", "coverage": "state-system members in the year",
         "description": "state 2"},
        {"column": "state1", "unit": "ISO3 (else COW abbreviation)", "source": "amity state table",
         "vintage": "", "coverage": "", "description": "state 1 code"},
        {"column": "state2", "unit": "ISO3 (else COW abbreviation)", "source": "amity state table",
         "vintage": "", "coverage": "", "description": "state 2 code"},
    ]
    df.attrs["codebook"] = base + b.codebook
    df.attrs["bibtex"] = _bib(b)
    df.attrs["not_loaded"] = [f"{s}: not loaded ({load_hint(s)})" for s in b.not_loaded]
    df.attrs["directed"] = b.directed
    return df


def _bib(b: _Builder) -> str:
    text = bibtex(b.store, [i for i in b.used if not i.startswith("dossier:")])
    extra = ["@misc{cowstates2016,\n  title = {State System Membership (v2016)},\n  author = {{Correlates of War "
             "Project}},\n  year = {2017},\n  howpublished = {\\url{https://correlatesofwar.org/data-sets/"
             "state-system-membership/}}\n}\n"]
    if unsc.EMBEDDED_SOURCE in b.used:
        extra.append(f"@misc{{undhlvetolist,\n  title = {{Security Council Veto List}},\n  note = "
                     f"{{{unsc.CITATION}}},\n  year = {{{unsc.EMBEDDED_COVERAGE[1]}}}\n}}\n")
    if any(i.startswith("dossier:") for i in b.used):
        keys = ", ".join(sorted(i.split(":", 1)[1] for i in b.used if i.startswith("dossier:")))
        extra.append(f"@misc{{amitydossier,\n  title = {{amity embedded China--Russia dossier}},\n  note = "
                     f"{{records citing: {keys}}}\n}}\n")
    return "\n".join([text, *extra]).strip() + "\n"


def codebook(df: pd.DataFrame) -> pd.DataFrame:
    """The panel's codebook as a table: column, unit, source, vintage, coverage, description."""
    cb = pd.DataFrame(df.attrs.get("codebook", []),
                      columns=["column", "unit", "source", "vintage", "coverage", "description"])
    return cb[cb["column"].isin(df.columns)].reset_index(drop=True)


def _stata(df: pd.DataFrame) -> pd.DataFrame:
    """Stata/R-safe types: codes int32, numbers float64 (NA → missing), text categorical."""
    out = {}
    for c in df.columns:
        s = df[c]
        if c == "year" or c.endswith("code1") or c.endswith("code2"):
            out[c] = s.astype("int32")
        elif pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s):
            out[c] = s.astype("float64")
        else:  # codes as labelled integers: Stata writes them fast, and they read back as labels
            out[c] = s.astype("category")
    return pd.DataFrame(out)


def write(df: pd.DataFrame, out: str | os.PathLike[str], fmt: str | None = None) -> list[Path]:
    """Write the panel (csv, parquet, dta or rds, from the suffix) plus ``<stem>.codebook.csv`` and
    ``<stem>.bib`` beside it; returns the paths written."""
    path = Path(out)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise AmityError(f"bad --out {path.name}: expected a .csv, .parquet, .dta or .rds file")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        df.to_csv(path, index=False, na_rep="")
    elif fmt == "parquet":
        df.to_parquet(path, index=False)
    elif fmt == "dta":
        labels = {r["column"]: str(r["description"])[:80] for r in df.attrs.get("codebook", [])
                  if r["column"] in df.columns}
        _stata(df).to_stata(path, write_index=False, variable_labels=labels, version=118)
    else:
        import pyreadr  # deferred: only the R export needs it

        pyreadr.write_rds(path, _stata(df))
    cb_path = path.with_name(path.stem + ".codebook.csv")
    codebook(df).to_csv(cb_path, index=False)
    bib_path = path.with_name(path.stem + ".bib")
    bib_path.write_text(df.attrs.get("bibtex", ""), encoding="utf-8")
    return [path, cb_path, bib_path]
