"""UN General Assembly voting: agreement between states and ideal points.

Source: the ``unga`` tables in the store (``amity data import unga ...``; newest vintage), Voeten,
Strezhnev and Bailey's roll-call data. Coverage: the years of the imported roll calls.

**Agreement** for a dyad over the roll calls in a year (or session) where *both* states voted yes,
abstain or no (absences, code 8, and years of non-membership, code 9, are not votes and are left out):
votes are placed at yes 1, abstain 0.5, no 0 and

* ``agreement`` = mean of 1 − |v_a − v_b| (0 to 1);
* ``s_score`` (Signorino–Ritter S, absolute distance, d_max = 1) = 1 − 2·mean|v_a − v_b|;
* ``kappa`` (Cohen) and ``pi`` (Scott) = 1 − D_o / D_e with the same distance, D_e the distance
  expected by chance from each state's own vote shares (kappa) or the pooled shares (pi), following
  Häge (2011, Foreign Policy Analysis 7:3); NA where D_e is 0 (both always cast one and the same vote);
* ``n_votes`` = the number of shared roll calls.

A year inside the coverage where the two shared no vote (one was not a member) is NA, never 0.

**Ideal points** (:func:`ideal_points_all`): amity's dynamic ordinal model in the spirit of Bailey,
Strezhnev and Voeten (2017) — one dimension, yes/abstain/no as ordered categories with two cutpoints per
roll call, roll calls whose description text recurs verbatim in several sessions sharing their item
parameters (the bridges that keep sessions on one scale), BSV's lagged random walk of each state's position
over sessions, paragraph and amendment votes after 1989 left out — fitted by EM
(:mod:`amity.indicators.idealpoints`). θ is scaled to
mean 0 and sd 1 over all state-sessions and oriented so that the USA is positive. Uncertainty: the
posterior sd given the item parameters (``se``; 90% interval ``lo``–``hi`` = θ ± 1.645·se), or, with
``n_boot`` > 0, the sd over bootstrap replicates of roll calls within sessions. Validation against the
published BSV estimates: ``benchmarks/validate_idealpoints.py`` and ``docs/un.md``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from amity.dyad import Dyad
from amity.errors import AmityError
from amity.indicators import COLUMNS, indicator
from amity.indicators.idealpoints import EM_STEPS, EVOLUTION_SD, bridge_groups, fit_dynamic_ordinal, scaling_rollcalls
from amity.sources.unga import ISSUES, UNDL_RCID
from amity.states import all_states
from amity.store import Store

UNIT_AGREEMENT = "share of shared roll calls (0–1; yes 1, abstain 0.5, no 0)"
UNIT_IDEAL = "ideal point (sd units over all state-sessions; USA positive)"
AGREEMENT_COLS = ["year", "agreement", "kappa", "pi", "s_score", "n_votes"]
LOAD_HINT = "amity data import unga un_votes.rda un_roll_calls.rda un_roll_call_issues.rda"


# -- which rows to use ----------------------------------------------------------------------------
def source_ids(store: Store, table: str = "unga_votes") -> list[str]:
    """Ids of the sources that wrote ``table``: the newest vintage of each dataset (by source title: the
    Voeten/unvotes data and the UN Digital Library file are two datasets, used together; a UN DL import
    holds only roll calls not already loaded). Empty if nothing was imported."""
    if not store.has_table(table):
        return []
    df = store.query(
        f'SELECT s.id FROM sources s WHERE s.id IN (SELECT DISTINCT source_id FROM "{table}") AND s.vintage = '
        f'(SELECT max(t.vintage) FROM sources t WHERE t.id IN (SELECT DISTINCT source_id FROM "{table}") '
        f'AND coalesce(t.title, \'\') = coalesce(s.title, \'\')) ORDER BY s.id')
    return list(df["id"])


_SYMBOL_KEY = "regexp_replace(upper(replace(coalesce({c}, ''), ' ', '')), '^(A/RES/|R/|A/)', '')"


def rollcalls_sql(n_ids: int) -> str:
    """A subquery of the roll calls to use, given ``n_ids`` source-id parameters (passed twice): those of
    the sources, less UN Digital Library records of a roll call that another dataset already holds (same
    resolution symbol and date), so that a resolution loaded from both is counted once."""
    marks = ",".join("?" * n_ids)
    return (f"(SELECT * FROM unga_rollcalls r WHERE r.source_id IN ({marks}) AND NOT (r.rcid >= {UNDL_RCID} AND "
            f"EXISTS (SELECT 1 FROM unga_rollcalls o WHERE o.source_id IN ({marks}) AND o.rcid < {UNDL_RCID} "
            f"AND o.date = r.date AND {_SYMBOL_KEY.format(c='o.unres')} = {_SYMBOL_KEY.format(c='r.unres')})))")


def year_sources(store: Store) -> pd.DataFrame:
    """Which dataset each year's roll calls come from: columns year, source_id, title, vintage, n_rollcalls."""
    ids = source_ids(store, "unga_rollcalls")
    if not ids:
        return pd.DataFrame(columns=["year", "source_id", "title", "vintage", "n_rollcalls"])
    return store.query(
        f"""SELECT r.year, r.source_id, s.title, s.vintage, count(*) AS n_rollcalls FROM {rollcalls_sql(len(ids))} r
            JOIN sources s ON s.id = r.source_id GROUP BY ALL ORDER BY r.year, r.source_id""", [*ids, *ids])


def loaded(store: Store) -> bool:
    """True if UN General Assembly votes are in the store."""
    return bool(source_ids(store)) and store.has_table("unga_rollcalls")


def _check_issue(issue: str | None) -> str | None:
    if issue is None:
        return None
    code = issue.strip().lower()
    if code not in ISSUES:
        names = {v.lower(): k for k, v in ISSUES.items()}
        code = names.get(code, code)
    if code not in ISSUES:
        raise AmityError(f"unknown issue {issue!r}; expected one of {', '.join(ISSUES)} "
                         f"({'; '.join(f'{k} {v}' for k, v in ISSUES.items())})")
    return code


# -- the measures ---------------------------------------------------------------------------------
def metrics(n: np.ndarray, sumdiff: np.ndarray, a: np.ndarray, b: np.ndarray) -> dict[str, np.ndarray]:
    """Agreement, S, kappa and pi from counts (vectorised).

    ``n`` shared roll calls, ``sumdiff`` Σ|v_a − v_b| (yes 1, abstain .5, no 0), ``a``/``b`` arrays of
    shape ``(3, ...)``: each state's yes/abstain/no counts over the shared roll calls.
    """
    n = np.asarray(n, dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        do = np.where(n > 0, sumdiff / n, np.nan)
        pa, pb = np.asarray(a, "float64") / n, np.asarray(b, "float64") / n
        # distances: yes-abstain .5, yes-no 1, abstain-no .5
        de_k = 0.5 * (pa[0] * pb[1] + pa[1] * pb[0]) + (pa[0] * pb[2] + pa[2] * pb[0]) \
            + 0.5 * (pa[1] * pb[2] + pa[2] * pb[1])
        p = (pa + pb) / 2
        de_p = p[0] * p[1] + 2 * p[0] * p[2] + p[1] * p[2]
        kappa = np.where(de_k > 1e-12, 1 - do / de_k, np.nan)
        pi = np.where(de_p > 1e-12, 1 - do / de_p, np.nan)
    return {"agreement": 1 - do, "kappa": kappa, "pi": pi, "s_score": 1 - 2 * do}


def dyad_agreement(store: Store, cow_a: int, cow_b: int, *, by: str = "year", issue: str | None = None,
                   start: int | None = None, end: int | None = None) -> pd.DataFrame:
    """Agreement of two states (COW codes) per year or session, computed in DuckDB.

    Columns: ``year`` (by session: the session's first year), [``session``], agreement, kappa, pi,
    s_score, n_votes. Only years/sessions with shared votes appear (see :func:`vote_agreement` for
    the full year range with NA).
    """
    if by not in ("year", "session"):
        raise AmityError(f"by must be 'year' or 'session', got {by!r}")
    issue = _check_issue(issue)
    ids = source_ids(store)
    if not ids:
        return pd.DataFrame(columns=AGREEMENT_COLS)
    marks = ",".join("?" * len(ids))
    conds, extra = _rollcall_filter(ids, start, end, issue, "rcid")
    params = [*ids, cow_a, *ids, cow_b, *ids, *ids, *extra]
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    sql = f"""
        WITH va AS (SELECT rcid, vote FROM unga_votes WHERE source_id IN ({marks}) AND cow = ? AND vote <= 3),
             vb AS (SELECT rcid, vote FROM unga_votes WHERE source_id IN ({marks}) AND cow = ? AND vote <= 3),
             rc AS (SELECT rcid, year, session FROM {rollcalls_sql(len(ids))})
        SELECT rc.{by} AS k, min(rc.year) AS year, any_value(rc.session) AS session, count(*) AS n,
               sum(abs(va.vote - vb.vote)) / 2.0 AS sumdiff,
               count(*) FILTER (WHERE va.vote = 1) AS a1, count(*) FILTER (WHERE va.vote = 2) AS a2,
               count(*) FILTER (WHERE va.vote = 3) AS a3, count(*) FILTER (WHERE vb.vote = 1) AS b1,
               count(*) FILTER (WHERE vb.vote = 2) AS b2, count(*) FILTER (WHERE vb.vote = 3) AS b3
        FROM va JOIN vb USING (rcid) JOIN rc USING (rcid){where}
        GROUP BY rc.{by} ORDER BY 1"""
    df = store.query(sql, params)
    m = metrics(df["n"].to_numpy(), df["sumdiff"].to_numpy(dtype="float64"),
                df[["a1", "a2", "a3"]].to_numpy().T, df[["b1", "b2", "b3"]].to_numpy().T)
    out = pd.DataFrame({"year": df["year"].astype("int64"), **m, "n_votes": df["n"].astype("int64")})
    if by == "session":
        out.insert(1, "session", df["k"].astype("int64"))
    return out


def _rollcall_filter(ids: list[str], start: int | None, end: int | None, issue: str | None,
                     rcid: str) -> tuple[list[str], list[object]]:
    """SQL conditions (over ``rc.year`` and ``rcid``) and their parameters for a year range and issue."""
    conds: list[str] = []
    params: list[object] = []
    if start is not None:
        conds.append("rc.year >= ?")
        params.append(start)
    if end is not None:
        conds.append("rc.year <= ?")
        params.append(end)
    if issue:
        marks = ",".join("?" * len(ids))
        conds.append(f"{rcid} IN (SELECT rcid FROM unga_issues WHERE issue = ? AND source_id IN ({marks}))")
        params += [issue, *ids]
    return conds, params


def _votes_frame(store: Store, start: int | None, end: int | None, issue: str | None) -> pd.DataFrame:
    ids = source_ids(store)
    marks = ",".join("?" * len(ids))
    conds, extra = _rollcall_filter(ids, start, end, issue, "v.rcid")
    params = [*ids, *ids, *ids, *extra]
    where = (" AND " + " AND ".join(conds)) if conds else ""
    return store.query(
        f"""SELECT v.rcid, v.cow, v.vote, rc.year, rc.session FROM unga_votes v
            JOIN (SELECT rcid, year, session FROM {rollcalls_sql(len(ids))}) rc USING (rcid)
            WHERE v.source_id IN ({marks}) AND v.vote <= 3 AND v.cow IS NOT NULL{where}""",
        params)


def agreement_panel(store: Store, start: int | None = None, end: int | None = None, *,
                    issue: str | None = None, by: str = "year") -> pd.DataFrame:
    """Agreement for every dyad-year (or dyad-session) with shared votes, all states at once.

    Votes are read from DuckDB in one query; per year the counts of every pair come from a handful of
    matrix products of the states × roll-calls yes/abstain/no indicator matrices (numpy), so the whole
    1946–2019 panel (~1.4 million dyad-years) takes seconds. Columns: year, [session], cow_a, cow_b
    (cow_a < cow_b), iso3_a, iso3_b, agreement, kappa, pi, s_score, n_votes, unit, source_ids.
    """
    if by not in ("year", "session"):
        raise AmityError(f"by must be 'year' or 'session', got {by!r}")
    issue = _check_issue(issue)
    cols = ["year", *(["session"] if by == "session" else []), "cow_a", "cow_b", "iso3_a", "iso3_b",
            *AGREEMENT_COLS[1:]]
    if not source_ids(store):
        return pd.DataFrame(columns=[*cols, "unit", "source_ids"])
    v = _votes_frame(store, start, end, issue)
    out = panel_from_votes(v, by=by)[cols]
    out["unit"] = UNIT_AGREEMENT
    out["source_ids"] = ";".join(source_ids(store))
    return out


def panel_from_votes(v: pd.DataFrame, by: str = "year") -> pd.DataFrame:
    """The all-dyads agreement panel from a frame of votes (rcid, cow, vote 1/2/3, year, session)."""
    states = np.sort(v["cow"].unique()).astype("int64")
    sidx = np.searchsorted(states, v["cow"].to_numpy(dtype="int64"))
    frames = []
    key = v[by].to_numpy()
    order = np.argsort(key, kind="stable")
    keys, starts = np.unique(key[order], return_index=True)
    bounds = list(starts) + [len(order)]
    rc_all = v["rcid"].to_numpy()
    vote_all = v["vote"].to_numpy()
    year_all = v["year"].to_numpy()
    iso = {s.cow: s.iso3 for s in all_states()}
    for k, lo, hi in zip(keys, bounds[:-1], bounds[1:]):
        sel = order[lo:hi]
        rcs, col = np.unique(rc_all[sel], return_inverse=True)
        row = sidx[sel]
        present = np.unique(row)
        rmap = np.full(len(states), -1)
        rmap[present] = np.arange(len(present))
        r = rmap[row]
        mats = np.zeros((3, len(present), len(rcs)), dtype="float32")
        mats[vote_all[sel].astype(int) - 1, r, col] = 1.0
        y, a, no = mats
        m = y + a + no
        n = m @ m.T
        ya, yn, an = y @ a.T, y @ no.T, a @ no.T
        sumdiff = 0.5 * (ya + ya.T) + (yn + yn.T) + 0.5 * (an + an.T)
        ca = np.stack([y @ m.T, a @ m.T, no @ m.T])  # state i's counts on roll calls j also voted
        iu, ju = np.triu_indices(len(present), k=1)
        nn = n[iu, ju]
        keep = nn > 0
        iu, ju, nn = iu[keep], ju[keep], nn[keep]
        met = metrics(nn, sumdiff[iu, ju], ca[:, iu, ju], ca[:, ju, iu])
        cow_a, cow_b = states[present[iu]], states[present[ju]]
        frame = pd.DataFrame({"year": np.full(len(nn), int(year_all[sel].min()), dtype="int64"),
                              "cow_a": cow_a, "cow_b": cow_b, **met, "n_votes": nn.astype("int64")})
        if by == "session":
            frame.insert(1, "session", int(k))
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=["year", "cow_a", "cow_b", "iso3_a", "iso3_b", *AGREEMENT_COLS[1:]])
    out = pd.concat(frames, ignore_index=True)
    out["iso3_a"] = out["cow_a"].map(iso).astype("string")
    out["iso3_b"] = out["cow_b"].map(iso).astype("string")
    return out


def _coverage(store: Store) -> tuple[int, int] | None:
    ids = source_ids(store, "unga_rollcalls")
    if not ids:
        return None
    marks = ",".join("?" * len(ids))
    r = store.query(f"SELECT min(year) lo, max(year) hi FROM unga_rollcalls WHERE source_id IN ({marks})", ids)
    return int(r["lo"].iloc[0]), int(r["hi"].iloc[0])


def _vintage(store: Store, ids: list[str]) -> str:
    src = store.sources()
    return ";".join(sorted(set(src.loc[src["id"].isin(ids), "vintage"])))


@indicator("vote_agreement", strand="votes", unit=UNIT_AGREEMENT, needs=("unga",), load=LOAD_HINT,
           missing=f"no UN General Assembly votes loaded: run `{LOAD_HINT}`")
def vote_agreement(dyad: Dyad, *, issue: str | None = None, by: str = "year",
                   exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Agreement of the two states in UN General Assembly roll calls per year (unit: share 0–1).

    ``value`` is ``agreement``; the frame also has kappa, pi, s_score and n_votes (see the module
    docstring). ``issue`` restricts to one issue area (me, nu, di, hr, co, ec); ``by="session"`` gives
    one row per session. Years of the data's coverage with no shared vote are NA.
    """
    cols = [*COLUMNS, *AGREEMENT_COLS[1:]]
    store = dyad.store
    ids = [i for i in source_ids(store) if i not in exclude_sources]
    cover = _coverage(store)
    if not ids or cover is None:
        return pd.DataFrame(columns=cols)
    df = dyad_agreement(store, dyad.a.cow, dyad.b.cow, by=by, issue=issue, start=dyad.start, end=dyad.end)
    window = dyad.window(*cover)
    issue_c = _check_issue(issue)
    what = f"UN General Assembly roll calls {cover[0]}–{cover[1]} (vintage {_vintage(store, ids)})"
    if issue_c:
        what += f", issue {issue_c} ({ISSUES[issue_c]})"
    if by == "year" and window is not None:
        full = pd.DataFrame({"year": range(window[0], window[1] + 1)})
        df = full.merge(df, on="year", how="left")
    df["n_votes"] = df["n_votes"].astype("Int64").fillna(0) if by == "year" else df["n_votes"]
    df["value"] = df["agreement"].astype("Float64")
    for c in ("agreement", "kappa", "pi", "s_score"):
        df[c] = df[c].astype("Float64")
    df["unit"] = UNIT_AGREEMENT
    df["coverage"] = what
    df["source_ids"] = ";".join(ids)
    lead = ["year", "session"] if by == "session" else ["year"]
    return df[lead + [c for c in cols if c not in lead]].reset_index(drop=True)


# -- ideal points ---------------------------------------------------------------------------------
@dataclass
class IdealFit:
    """A fitted model: ``theta`` (states × sessions, NaN outside each state's active span)."""

    theta: np.ndarray
    a: np.ndarray
    b: np.ndarray
    iterations: int
    sd: np.ndarray | None = None


def fit_ideal_points(state: np.ndarray, item: np.ndarray, y: np.ndarray, item_session: np.ndarray,
                     item_group: np.ndarray | None = None, *, n_states: int | None = None,
                     n_sessions: int | None = None, ref_state: int | None = None,
                     evolution_sd: float | None = EVOLUTION_SD, max_iter: int = EM_STEPS, tol: float = 1e-3,
                     theta0: np.ndarray | None = None) -> IdealFit:
    """Fit the dynamic ordinal model to observations ``(state[k], item[k], y[k])``.

    ``y`` in {0, 0.5, 1} (no, abstain, yes); ``item_session[j]`` the session index of item j;
    ``item_group[j]`` the bridge group (items of one group share their parameters; default: each item
    its own). ``ref_state``'s mean θ is made positive. Returns θ scaled to mean 0, sd 1 over active
    cells (``a``/``b``: the items' α and β; see :func:`amity.indicators.idealpoints.fit_dynamic_ordinal`).
    """
    yy = np.rint(np.asarray(y, dtype="float64") * 2).astype(np.int64)
    fit = fit_dynamic_ordinal(state, item, yy, item_session, item_group, n_states=n_states, n_sessions=n_sessions,
                              ref_state=ref_state, evolution_sd=evolution_sd, max_iter=max_iter, tol=tol,
                              theta0=theta0)
    return IdealFit(fit.theta, fit.alpha, fit.beta, fit.iterations, fit.sd)


_IDEAL_CACHE: dict[tuple, pd.DataFrame] = {}


#: bootstrap replicates for ideal-point uncertainty: one default for the CLI, reports and dashboard, so
#: one cached fit serves them all (0: the model's posterior sd, no refits)
N_BOOT = 0
#: bumped when the estimator changes, so that cached fits of an older model are not reused
MODEL = "ordinal-em-4"


def ideal_points_all(store: Store, start: int | None = None, end: int | None = None, *, n_boot: int = N_BOOT,
                     seed: int = 0, evolution_sd: float | None = EVOLUTION_SD) -> pd.DataFrame:
    """Ideal points of every state and session (see the module docstring), with uncertainty.

    Columns: cow, iso3, session, year (the session's first year), theta, se (posterior sd, or bootstrap sd
    with ``n_boot``), lo, hi
    (θ ± 1.645·se), n_votes. Cached per store, data vintage and parameters: within a process, and on
    disk in a ``cache`` folder beside the store file (a Parquet file per source set and parameters, so a
    report or dashboard need not refit the model; a new import has new source ids and a new file).
    """
    ids = source_ids(store)
    cols = ["cow", "iso3", "session", "year", "theta", "se", "lo", "hi", "n_votes"]
    if not ids:
        return pd.DataFrame(columns=cols)
    key = (str(store.path), tuple(ids), start, end, n_boot, seed, evolution_sd, MODEL)
    if key in _IDEAL_CACHE:
        return _IDEAL_CACHE[key].copy()
    disk = _cache_file(store, key)
    if disk is not None and disk.is_file():
        try:
            out = pd.read_parquet(disk)
            _IDEAL_CACHE[key] = out
            return out.copy()
        except (OSError, ValueError):  # a damaged cache file is recomputed
            pass
    v = _votes_frame(store, start, end, None)
    rc = store.query(f"SELECT rcid, session, year, descr, amend, para FROM {rollcalls_sql(len(ids))}", [*ids, *ids])
    rc = rc[rc["rcid"].isin(v["rcid"].unique())].dropna(subset=["session"]).reset_index(drop=True)
    v = v[v["rcid"].isin(rc["rcid"])]
    out = ideal_points_from_votes(v, rc, n_boot=n_boot, seed=seed, evolution_sd=evolution_sd)
    _IDEAL_CACHE[key] = out
    if disk is not None:
        try:
            disk.parent.mkdir(parents=True, exist_ok=True)
            tmp = disk.with_name(disk.name + ".part")
            out.to_parquet(tmp, index=False)
            tmp.replace(disk)
        except OSError:  # a read-only folder: no disk cache, the result is still right
            pass
    return out.copy()


def refresh_ideal_points(store: Store) -> bool:
    """Fit and cache the ideal points (default parameters) for the store's current vote sources unless
    they are cached already; True if fitted now. Derived state: ``amity.loading`` calls it after every
    import (even a no-op, so a fit interrupted earlier is redone) with the store open read-only."""
    ids = source_ids(store)
    if not ids:
        return False
    key = (str(store.path), tuple(ids), None, None, N_BOOT, 0, EVOLUTION_SD, MODEL)
    disk = _cache_file(store, key)
    if key in _IDEAL_CACHE or (disk is not None and disk.is_file()):
        return False
    ideal_points_all(store, n_boot=N_BOOT)
    return True


def _cache_file(store: Store, key: tuple) -> Path | None:
    """Where the ideal points for ``key`` are cached: beside the store file (none for in-memory stores)."""
    path = Path(str(store.path))
    if not path.is_file():
        return None
    digest = hashlib.sha256(repr(key[1:]).encode()).hexdigest()[:16]
    return path.parent / "cache" / f"ideal-points-{digest}.parquet"


def ideal_points_from_votes(v: pd.DataFrame, rc: pd.DataFrame, *, n_boot: int = N_BOOT, seed: int = 0,
                            evolution_sd: float | None = EVOLUTION_SD, ref_cow: int = 2,
                            max_iter: int = EM_STEPS) -> pd.DataFrame:
    """Fit :func:`fit_ideal_points` to votes (rcid, cow, vote 1/2/3) and roll calls (rcid, session,
    year, descr, and where known amend, para: :func:`~amity.indicators.idealpoints.scaling_rollcalls` picks the
    roll calls used); return one row per state-session with ``se``, ``lo``, ``hi``."""
    rc = rc[scaling_rollcalls(rc)]
    v = v[v["rcid"].isin(rc["rcid"])]
    sessions = np.sort(rc["session"].astype("int64").unique())
    rc = rc.sort_values("rcid").reset_index(drop=True)
    item_ses = np.searchsorted(sessions, rc["session"].astype("int64").to_numpy())
    groups = bridge_groups(rc["descr"] if "descr" in rc.columns else pd.Series([""] * len(rc)), rc["session"],
                           rc["rcid"])
    states = np.sort(v["cow"].astype("int64").unique())
    st = np.searchsorted(states, v["cow"].astype("int64").to_numpy())
    it = np.searchsorted(rc["rcid"].to_numpy(), v["rcid"].to_numpy())
    y = (3 - v["vote"].to_numpy(dtype="float64")) / 2.0
    ref = int(np.searchsorted(states, ref_cow)) if ref_cow in set(states.tolist()) else None
    fit = fit_ideal_points(st, it, y, item_ses, groups, n_states=len(states), n_sessions=len(sessions),
                           ref_state=ref, evolution_sd=evolution_sd, max_iter=max_iter)
    boots = []
    rng = np.random.default_rng(seed)
    n_items = len(rc)
    by_ses = [np.flatnonzero(item_ses == s) for s in range(len(sessions))]
    order = np.argsort(it, kind="stable")
    starts = np.searchsorted(it[order], np.arange(n_items + 1))
    for _ in range(n_boot):
        pick = np.concatenate([rng.choice(ix, size=len(ix), replace=True) for ix in by_ses if len(ix)])
        rows = np.concatenate([order[starts[j]:starts[j + 1]] for j in pick])
        new_item = np.repeat(np.arange(len(pick)), starts[pick + 1] - starts[pick])
        bf = fit_ideal_points(st[rows], new_item, y[rows], item_ses[pick], groups[pick], n_states=len(states),
                              n_sessions=len(sessions), ref_state=ref, evolution_sd=evolution_sd,
                              theta0=fit.theta, max_iter=40, tol=1e-3)
        boots.append(bf.theta)
    theta = fit.theta
    if boots:
        arr = np.stack(boots)
        arr = np.where(np.isnan(arr), theta[None, :, :], arr)  # a replicate that lost a state's session
        se = arr.std(axis=0)
        lo, hi = theta - 1.645 * se, theta + 1.645 * se
    else:
        se = fit.sd if fit.sd is not None else np.full_like(theta, np.nan)
        lo, hi = theta - 1.645 * se, theta + 1.645 * se
    nvotes = np.zeros_like(theta)
    np.add.at(nvotes, (st, item_ses[it]), 1)
    ii, ss = np.nonzero(~np.isnan(theta))
    year_of = rc.groupby("session")["year"].min()
    iso = {s.cow: s.iso3 for s in all_states()}
    out = pd.DataFrame({"cow": states[ii], "session": sessions[ss], "theta": theta[ii, ss], "se": se[ii, ss],
                        "lo": lo[ii, ss], "hi": hi[ii, ss], "n_votes": nvotes[ii, ss].astype("int64")})
    out["year"] = out["session"].map(year_of).astype("int64")
    out["iso3"] = out["cow"].map(iso).astype("string")
    return out[["cow", "iso3", "session", "year", "theta", "se", "lo", "hi", "n_votes"]]


@indicator("ideal_points", strand="votes", unit=UNIT_IDEAL, needs=("unga",), load=LOAD_HINT,
           missing=f"no UN General Assembly votes loaded: run `{LOAD_HINT}`")
def ideal_points(dyad: Dyad, *, n_boot: int = N_BOOT, exclude_sources: frozenset[str] = frozenset()
                 ) -> pd.DataFrame:
    """UN General Assembly ideal points of both states per session (unit: sd units, USA positive).

    One row per state (column ``member``) and session: year, session, value (θ), se, lo, hi (90%
    interval), unit, coverage, source_ids. Sessions without votes by a state are left out.
    """
    cols = [*COLUMNS, "member", "session", "se", "lo", "hi"]
    store = dyad.store
    ids = [i for i in source_ids(store) if i not in exclude_sources]
    if not ids:
        return pd.DataFrame(columns=cols)
    allp = ideal_points_all(store, n_boot=n_boot)
    df = allp[allp["cow"].isin([dyad.a.cow, dyad.b.cow])].copy()
    if dyad.start is not None:
        df = df[df["year"] >= dyad.start]
    if dyad.end is not None:
        df = df[df["year"] <= dyad.end]
    code = {dyad.a.cow: dyad.a.code, dyad.b.cow: dyad.b.code}
    df["member"] = df["cow"].map(code)
    df["value"] = df["theta"]
    df["unit"] = UNIT_IDEAL
    cover = _coverage(store)
    df["coverage"] = (f"UN General Assembly roll calls {cover[0]}–{cover[1]} (vintage {_vintage(store, ids)}); "
                      + (f"{n_boot} bootstrap replicates" if n_boot else "posterior sd given the roll-call parameters"))
    df["source_ids"] = ";".join(ids)
    return df[cols].sort_values(["member", "session"]).reset_index(drop=True)


# -- published ideal points (Bailey, Strezhnev and Voeten) ----------------------------------------------------
BSV_LOAD_HINT = "amity data import idealpoints IdealpointestimatesAll_Jul2023.csv"


def published_ideal_points(store: Store, *, estimate: str = "all", level: str = "state-session") -> pd.DataFrame:
    """The BSV ideal points loaded with ``amity data import idealpoints`` (newest vintage), in the columns
    of :func:`ideal_points_all`: cow, iso3, session, year, theta (BSV's own scale, unchanged), se, lo, hi,
    n_votes, plus source_ids.

    State-session estimates carry BSV's posterior quantiles: ``lo``/``hi`` are their 5% and 95% quantiles
    and ``se`` = (q95 − q5) / 3.29 (the sd a normal posterior with that 90% interval would have). The
    state-year Stata estimates (``level="state-year"``; ``estimate`` all, fp or legacy) have no
    uncertainty (NA). Empty if none are loaded.
    """
    cols = ["cow", "iso3", "session", "year", "theta", "se", "lo", "hi", "n_votes", "source_ids"]
    table = "bsv_idealpoints"
    if not store.has_table(table):
        return pd.DataFrame(columns=cols)
    src = store.query(
        f"""SELECT id, vintage FROM sources WHERE id IN (SELECT DISTINCT source_id FROM {table} WHERE level = ?
            AND estimate = ?) ORDER BY vintage DESC, id""", [level, estimate])
    if src.empty:
        return pd.DataFrame(columns=cols)
    sid = str(src["id"].iloc[0])
    df = store.query(f"SELECT * FROM {table} WHERE source_id = ? AND level = ? AND estimate = ? "
                     "ORDER BY cow, session, year", [sid, level, estimate])
    out = pd.DataFrame({"cow": df["cow"].astype("int64"), "iso3": df["iso3"].astype("string"),
                        "session": df["session"].astype("Int64"), "year": df["year"].astype("Int64"),
                        "theta": df["value"].astype("float64"),
                        "se": (df["q95"] - df["q05"]).astype("float64") / 3.29,
                        "lo": df["q05"].astype("float64"), "hi": df["q95"].astype("float64"),
                        "n_votes": df["n_votes"].astype("Int64")})
    out["source_ids"] = sid
    return out[out["theta"].notna()].reset_index(drop=True)


def compare_ideal_points(ours: pd.DataFrame, bsv: pd.DataFrame) -> dict[str, float]:
    """Agreement of two sets of state-session ideal points on the cells both have: pooled Pearson r,
    median within-session r, median within-state (trajectory) r over states with 10+ sessions, n cells."""
    m = ours[["cow", "session", "theta"]].merge(bsv[["cow", "session", "theta"]], on=["cow", "session"],
                                                suffixes=("_a", "_b")).dropna()
    if len(m) < 3:
        return {"n": float(len(m)), "pooled_r": float("nan"), "session_r": float("nan"), "trajectory_r": float("nan")}

    def r(g: pd.DataFrame) -> float:
        return float(np.corrcoef(g["theta_a"], g["theta_b"])[0, 1]) if len(g) > 2 else float("nan")

    per_s = [r(g) for _, g in m.groupby("session")]
    per_c = [r(g) for _, g in m.groupby("cow") if len(g) >= 10]
    return {"n": float(len(m)), "pooled_r": r(m), "session_r": float(np.nanmedian(per_s)) if per_s else float("nan"),
            "trajectory_r": float(np.nanmedian(per_c)) if per_c else float("nan")}
