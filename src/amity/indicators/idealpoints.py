"""amity's dynamic ordinal ideal-point estimator for UN General Assembly votes.

The model follows Bailey, Strezhnev and Voeten (2017, "Estimating dynamic state preferences from United
Nations voting data", Journal of Conflict Resolution 61:2) and their published replication code: one
dimension; a state's vote on a roll call is an ordered choice no < abstain < yes; a latent utility

    z_ij = α_g + β_g · θ_{i,s(j)} + ε_ij,   ε_ij ~ N(0, σ_g²),
    vote = no if z < 0, abstain if 0 ≤ z < 1, yes if z ≥ 1

(two cutpoints per roll call, written here as 0 and 1 with a roll-call-specific noise scale σ_g: the
parametrisation of Imai, Lo and Olmsted's ordinal EM, 2016, APSR 110:4); roll calls of one resolution
voted in several sessions share one set of item parameters ``g`` (the bridges that put the sessions on one
scale: :func:`bridge_groups`, by BSV's published list of matched roll calls for 1946–2019, by identical
text after that); a state's position is tied to its previous session's by
BSV's lagged random-walk prior, θ_{i,s} ~ N(θ_{i,s−1}, v_{i,s}) with v_{i,s} = 0.5 · n_{i,s} / (n_{i,s} +
n_{i,s−1}) (n: the state's votes in the session; the first session is tied to the second, a session after
a gap to the last one with votes), or, with a number for ``evolution_sd``, a two-sided random walk
θ_{i,s} ~ N(θ_{i,s−1}, ω²). As BSV, after 1989 paragraph and amendment votes are left out, and so are
sessions with a single roll call (:func:`scaling_rollcalls`).

Estimation is by EM (no MCMC): the E step replaces each latent utility by its truncated-normal mean and
variance given the vote, and each position by its mean and variance given the item parameters; the M
step updates the item parameters (closed-form ridge regressions per group on E[θ] and E[θ²]) and every
state's positions (under the lagged prior a forward sweep over sessions, vectorised over states; under the
two-sided random walk a tridiagonal system per state solved by the Thomas algorithm). The scale is fixed
by standardising θ to mean 0 and sd 1 over all state-sessions after each step (the likelihood is
unchanged; the item parameters absorb the transformation) and oriented so that a reference state (the
USA) is positive. The fit takes a fixed number of EM steps (:data:`EM_STEPS`) from a static start (the
leading eigenvector of the co-voting matrix) and is not run to convergence: along the weakly identified
direction of each era's spread the EM keeps drifting slowly (discriminations grow, the spread of the Cold
War sessions shrinks against the recent ones) and agrees less with the published estimates the longer it
runs (``docs/un.md``, "Ideal points"). Uncertainty: the posterior sd of each θ given the item parameters
(Laplace: the inverse of the ordered-probit Fisher information plus the prior precision), so it
understates the uncertainty that comes from the item parameters; ``n_boot`` bootstrap replicates over
roll calls can be used instead (:func:`amity.indicators.votes.ideal_points_from_votes`).

Everything is numpy/scipy over arrays of observations; one EM step over the 1946–2019 data (800,000
votes) takes about 0.1 s on one core.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd
from scipy.special import log_ndtr, ndtr

from amity.sources.unga import UNDL_RCID

# defaults chosen on the 1946–2019 data against the BSV July 2023 release (benchmarks/validate_idealpoints.py;
# there is no held-out set: the figures in docs/un.md are those of the data the defaults were chosen on)
#: the dynamics: None for BSV's lagged random-walk prior (variance SMOOTH · n_s / (n_s + n_{s−1})), a number for
#: a two-sided random walk with that sd per session (in sd units of θ)
EVOLUTION_SD: float | None = None
#: BSV's smoother (their ``Smooth``): the lagged prior's variance when a state cast as many votes as in the
#: session before
SMOOTH = 0.5
#: prior sd of every state-session position around 0 (θ is in sd units), a weak shrinkage (two-sided walk only)
PRIOR_SD = 10.0
#: prior sd of each roll call's slope β and intercept α (BSV: N(0, 1) on the discrimination)
ITEM_PRIOR_SD = 1.0
#: EM steps: the fit is stopped here, not run to convergence (see the module docstring)
EM_STEPS = 200
#: the last year in which paragraph and amendment votes are kept (BSV leave them out afterwards)
PARTS_UNTIL = 1989
#: sessions with fewer roll calls are left out (session 19, 1964–65, held one)
MIN_SESSION_ROLLCALLS = 2
#: a description shorter than this is not a bridge (too generic to identify a resolution)
MIN_BRIDGE_CHARS = 20
#: the last session of BSV's matched list (``amity/data/bsv_matches.csv``: 2019, the 74th); roll calls of later
#: sessions are bridged by their text
BSV_MATCHES_LAST_SESSION = 74
_CLIP = 30.0
_LOG_SQRT_2PI = 0.5 * np.log(2 * np.pi)


@dataclass
class DynamicFit:
    """A fitted dynamic ordinal model.

    ``theta`` and ``sd``: states × sessions (NaN outside each state's first..last session with votes);
    ``alpha``, ``beta``, ``sigma``: per item group; ``iterations``; ``loglik`` (observed-data log
    likelihood at the end); ``converged``.
    """

    theta: np.ndarray
    sd: np.ndarray
    alpha: np.ndarray
    beta: np.ndarray
    sigma: np.ndarray
    iterations: int
    loglik: float
    converged: bool


def _phi(x: np.ndarray) -> np.ndarray:
    return np.exp(-0.5 * x * x - _LOG_SQRT_2PI)


def _estep(mu: np.ndarray, sg: np.ndarray, cuts: np.ndarray, *, want_logp: bool = False
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Truncated-normal mean and variance (standardised) and, if asked, the log probability of each vote,
    for observations sorted by vote: ``[:cuts[0]]`` no, ``[cuts[0]:cuts[1]]`` abstain, the rest yes."""
    n0, n1 = int(cuts[0]), int(cuts[1])
    m1 = np.empty_like(mu)
    var = np.empty_like(mu)
    # one-sided: no (z < 0) and yes (z ≥ 1), as Φ(c) with c the standardised distance on the vote's side;
    # c ≥ −35 keeps Φ(c) and φ(c) normal doubles (the inverse Mills ratio is then ≈ −c, as it should be)
    c = np.concatenate([-mu[:n0] / sg[:n0], (mu[n1:] - 1.0) / sg[n1:]])
    np.clip(c, -35.0, _CLIP, out=c)
    p = ndtr(c)
    r = np.exp(-0.5 * c * c - _LOG_SQRT_2PI) / p
    v = np.clip(1.0 - c * r - r * r, 1e-10, 1.0)
    m1[:n0], m1[n1:] = -r[:n0], r[n0:]
    var[:n0], var[n1:] = v[:n0], v[n0:]
    logp = None
    if want_logp:
        logp = np.empty_like(mu)
        lp = log_ndtr(c)
        logp[:n0], logp[n1:] = lp[:n0], lp[n0:]
    if n1 > n0:
        a = np.clip(-mu[n0:n1] / sg[n0:n1], -_CLIP - 1, _CLIP)
        b = np.clip((1.0 - mu[n0:n1]) / sg[n0:n1], -_CLIP, _CLIP + 1)
        mm, vv, lz = truncated_moments(a, b)
        m1[n0:n1], var[n0:n1] = mm, vv
        if logp is not None:
            logp[n0:n1] = lz
    return m1, var, logp


def _interval_prob(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Φ(b) − Φ(a), computed on the side of the distribution where it does not cancel."""
    upper = a > 0
    return np.where(upper, ndtr(-a) - ndtr(-b), ndtr(b) - ndtr(a))


def truncated_moments(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For a standard normal truncated to (a, b): mean, variance and log Φ(b) − Φ(a)."""
    z = np.maximum(_interval_prob(a, b), 1e-300)
    pa = np.where(np.isinf(a), 0.0, _phi(np.where(np.isinf(a), 0.0, a)))
    pb = np.where(np.isinf(b), 0.0, _phi(np.where(np.isinf(b), 0.0, b)))
    apa = np.where(np.isinf(a), 0.0, np.where(np.isinf(a), 0.0, a) * pa)
    bpb = np.where(np.isinf(b), 0.0, np.where(np.isinf(b), 0.0, b) * pb)
    m1 = (pa - pb) / z
    var = 1.0 + (apa - bpb) / z - m1 * m1
    # one-sided intervals: log Φ is exact in the far tails
    logz = np.where(np.isneginf(a), log_ndtr(b), np.where(np.isposinf(b), log_ndtr(-a), np.log(z)))
    return m1, np.clip(var, 1e-10, 1.0), logz


def ordinal_information(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Fisher information of one ordered-probit observation about its (standardised) linear predictor.

    Σ_k (φ(c_{k−1}) − φ(c_k))² / P_k over the three categories, with c the standardised cutpoints; ``a``
    and ``b`` are any observation's interval — only the cutpoints they imply are used.
    """
    # a, b here are the two cutpoints (standardised): c1 = (0 − μ)/σ, c2 = (1 − μ)/σ
    c1, c2 = a, b
    p0 = np.maximum(ndtr(c1), 1e-300)
    p1 = np.maximum(_interval_prob(c1, c2), 1e-300)
    p2 = np.maximum(ndtr(-c2), 1e-300)
    f1, f2 = _phi(c1), _phi(c2)
    return f1 * f1 / p0 + (f1 - f2) ** 2 / p1 + f2 * f2 / p2


def _tridiag_solve(diag: np.ndarray, off: np.ndarray, rhs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Solve every row's symmetric tridiagonal system (diagonal ``diag[i]``, off-diagonal ``off[i]`` of
    length n−1) and return ``(x, inverse_diagonal)`` (Thomas algorithm / LDLᵀ, vectorised over rows)."""
    n = diag.shape[1]
    piv = np.empty_like(diag)
    dp = np.empty_like(rhs)
    piv[:, 0] = diag[:, 0]
    dp[:, 0] = rhs[:, 0]
    for k in range(1, n):
        lk = off[:, k - 1] / piv[:, k - 1]
        piv[:, k] = diag[:, k] - lk * off[:, k - 1]
        dp[:, k] = rhs[:, k] - lk * dp[:, k - 1]
    x = np.empty_like(rhs)
    inv = np.empty_like(diag)
    x[:, -1] = dp[:, -1] / piv[:, -1]
    inv[:, -1] = 1.0 / piv[:, -1]
    for k in range(n - 2, -1, -1):
        lk = off[:, k] / piv[:, k]
        x[:, k] = (dp[:, k] - off[:, k] * x[:, k + 1]) / piv[:, k]
        inv[:, k] = 1.0 / piv[:, k] + lk * lk * inv[:, k + 1]
    return x, inv


def scaling_rollcalls(rc: pd.DataFrame) -> np.ndarray:
    """Which roll calls the ideal points are estimated from, as BSV select them: a boolean mask over the rows
    of ``rc`` (columns ``session`` and, where known, ``year``, ``para``, ``amend``).

    Left out: after :data:`PARTS_UNTIL` (1989), votes on a paragraph or an amendment (``para`` or ``amend``
    1; NA, as in the unvotes files and the UN Digital Library, counts as a vote on the whole resolution), and
    sessions with fewer than :data:`MIN_SESSION_ROLLCALLS` roll calls (a single roll call cannot place a
    session on the scale of the others).
    """
    n = len(rc)

    def flag(col: str) -> np.ndarray:
        if col not in rc.columns:
            return np.zeros(n, dtype=bool)
        return pd.to_numeric(rc[col], errors="coerce").fillna(0).to_numpy() == 1

    year = (pd.to_numeric(rc["year"], errors="coerce").to_numpy(dtype=float, na_value=np.nan) if "year" in rc.columns
            else np.zeros(n))
    keep = ~((year > PARTS_UNTIL) & (flag("para") | flag("amend")))
    ses = rc["session"].to_numpy()
    counts = pd.Series(ses[keep]).value_counts()
    keep &= pd.Series(ses).map(counts).fillna(0).to_numpy() >= MIN_SESSION_ROLLCALLS
    return keep


def bsv_matches() -> pd.DataFrame:
    """BSV's list of matched roll calls (``rcid1``, ``rcid2``: Voeten rcids of one resolution voted in two
    sessions; 955 pairs, sessions 6–74, 1951–2019), as published with their replication code (``Data/Matches.csv``
    of their repository, April 2020; MIT licence, ``amity/data/LICENSE-bsv-matches.txt``)."""
    return _bsv_matches().copy()


@cache
def _bsv_matches() -> pd.DataFrame:
    with resources.files("amity").joinpath("data", "bsv_matches.csv").open(encoding="utf-8") as fh:
        return pd.read_csv(fh, usecols=["rcid1", "rcid2"], dtype="int64")


def bsv_linked_ids(rcid: np.ndarray, matches: pd.DataFrame | None = None) -> np.ndarray:
    """Each roll call's linked id under BSV's matches, as their data processing sets it: pairs in order of
    ``rcid2``, from the last, replace the id ``rcid2`` by the smallest ``rcid1`` matched to it, so that a
    chain (a → b → c) collapses to its first roll call and a roll call matched from two earlier ones takes the
    earlier. Ids not in the list keep their own."""
    m = (bsv_matches() if matches is None else matches).sort_values("rcid2", kind="stable")
    first = m.groupby("rcid2")["rcid1"].min()
    linked = np.asarray(rcid, dtype="int64").copy()
    for r2 in m["rcid2"].to_numpy()[::-1]:
        linked[linked == r2] = first[r2]
    return linked


def bridge_groups(descr: pd.Series, session: pd.Series | np.ndarray | None = None,
                  rcid: pd.Series | np.ndarray | None = None) -> np.ndarray:
    """Item groups: roll calls of one group share their item parameters (the bridges between sessions).

    With ``rcid``: a roll call with a Voeten rcid in the sessions BSV's matched list covers (up to
    :data:`BSV_MATCHES_LAST_SESSION`) is bridged as BSV bridge it, by their list (:func:`bsv_linked_ids`);
    the other roll calls (UN Digital Library records, later sessions) by their text, among themselves. By
    text: roll calls with the same description (case and spacing ignored, longer than
    :data:`MIN_BRIDGE_CHARS`) in different sessions share one group; a text that recurs within one session
    (several votes under one agenda-item heading, as the 2017–18 rows of the unvotes data describe their roll
    calls) bridges nothing, since it does not tell which vote is which. Every other roll call is its own
    group. Returns one group number per row."""
    if rcid is None:
        return _text_groups(descr, session)
    ids = np.asarray(rcid, dtype="int64")
    ses = np.asarray(session, dtype="float64") if session is not None else np.full(len(ids), np.inf)
    listed = (ids < UNDL_RCID) & (ses <= BSV_MATCHES_LAST_SESSION)
    rest = np.flatnonzero(~listed)
    key = np.array([f"L{x}" for x in bsv_linked_ids(ids)], dtype=object)
    if len(rest):
        sub = _text_groups(descr.iloc[rest], None if session is None else np.asarray(session)[rest])
        key[rest] = np.array([f"T{x}" for x in sub], dtype=object)
    _, grp = np.unique(key.astype(str), return_inverse=True)
    return grp


def _text_groups(descr: pd.Series, session: pd.Series | np.ndarray | None = None) -> np.ndarray:
    text = descr.fillna("").astype(str).str.lower().str.replace(r"\s+", " ", regex=True).str.strip()
    ok = (text.str.len() > MIN_BRIDGE_CHARS).to_numpy().copy()
    if session is not None:
        ses = np.asarray(session)
        ok &= ~pd.DataFrame({"t": text.to_numpy(), "s": ses}).duplicated(keep=False).to_numpy()
    key = np.where(ok, text.to_numpy(dtype=object), np.array([f"#{i}" for i in range(len(text))], dtype=object))
    _, grp = np.unique(key.astype(str), return_inverse=True)
    return grp


def _lag_precision(nvote: np.ndarray, span: np.ndarray, first: np.ndarray, smooth: float) -> np.ndarray:
    """BSV's lagged prior precision per state-session: 1 / (smooth · n_s / (n_s + n_prev)), with n_prev the
    votes of the last earlier session with votes (for a state's first session: of the next one); 1 / smooth
    where that is undefined (no votes now, or a state with one session)."""
    ns, nt = nvote.shape
    prev_n = np.zeros((ns, nt))
    next_n = np.zeros((ns, nt))
    last = np.zeros(ns)
    for t in range(nt):
        prev_n[:, t] = last
        last = np.where(nvote[:, t] > 0, nvote[:, t], last)
    last = np.zeros(ns)
    for t in range(nt - 1, -1, -1):
        next_n[:, t] = last
        last = np.where(nvote[:, t] > 0, nvote[:, t], last)
    other = np.where(np.arange(nt)[None, :] == first[:, None], next_n, prev_n)
    share = np.where((nvote > 0) & (other > 0), nvote / np.maximum(nvote + other, 1.0), 1.0)
    return np.where(span, 1.0 / (smooth * share), 0.0)


def _lagged_step(d: np.ndarray, c: np.ndarray, prec: np.ndarray, theta: np.ndarray, span: np.ndarray,
                 first: np.ndarray, last: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions under the lagged prior: θ_s = (c_s + p_s θ_{s−1}) / (d_s + p_s), a forward sweep over
    sessions (vectorised over states); a state's first session leans on its second (current value), a
    state with one session on 0. Returns ``(θ, posterior variance)``; cells outside a state's span are 0."""
    ns, nt = d.shape
    rows = np.arange(ns)
    new = np.zeros((ns, nt))
    var = np.zeros((ns, nt))
    f = np.minimum(first, nt - 1)
    anchor = np.where(last > first, theta[rows, np.minimum(f + 1, nt - 1)], 0.0)
    p0 = prec[rows, f]
    new[rows, f] = (c[rows, f] + p0 * anchor) / (d[rows, f] + p0)
    var[rows, f] = 1.0 / (d[rows, f] + p0)
    for t in range(1, nt):
        inside = span[:, t] & (t > first)
        pt = np.where(inside, prec[:, t], 1.0)
        new[:, t] = np.where(inside, (c[:, t] + pt * new[:, t - 1]) / (d[:, t] + pt), new[:, t])
        var[:, t] = np.where(inside, 1.0 / (d[:, t] + pt), var[:, t])
    return np.clip(new, -5.0, 5.0), var


def _start(state: np.ndarray, item: np.ndarray, yv: np.ndarray, ns: int, n_items: int) -> np.ndarray:
    """Starting θ per state: the leading eigenvector of the states' co-voting matrix (item-centred)."""
    cnt = np.bincount(item, minlength=n_items)
    mean = np.bincount(item, weights=yv, minlength=n_items) / np.maximum(cnt, 1)
    dev = yv - mean[item]
    # states × states cross-products without a dense states × items matrix
    order = np.argsort(item, kind="stable")
    mat = np.zeros((ns, ns))
    starts = np.searchsorted(item[order], np.arange(n_items + 1))
    # chunked dense blocks keep memory small
    chunk = 2000
    for lo in range(0, n_items, chunk):
        hi = min(lo + chunk, n_items)
        rows = order[starts[lo]:starts[hi]]
        block = np.zeros((ns, hi - lo))
        block[state[rows], item[rows] - lo] = dev[rows]
        mat += block @ block.T
    _, vecs = np.linalg.eigh(mat)
    v = vecs[:, -1]
    return (v - v.mean()) / (v.std() or 1.0)


def fit_dynamic_ordinal(state: np.ndarray, item: np.ndarray, y: np.ndarray, item_session: np.ndarray,
                        item_group: np.ndarray | None = None, *, n_states: int | None = None,
                        n_sessions: int | None = None, ref_state: int | None = None,
                        evolution_sd: float | None = EVOLUTION_SD, prior_sd: float = PRIOR_SD,
                        item_prior_sd: float = ITEM_PRIOR_SD, smooth: float = SMOOTH,
                        max_iter: int = EM_STEPS, tol: float = 1e-3, theta0: np.ndarray | None = None,
                        noise_prior_votes: float = 2.0) -> DynamicFit:
    """Fit the dynamic ordinal model by EM.

    Observations ``(state[k], item[k], y[k])`` with ``y`` ∈ {0 no, 1 abstain, 2 yes}; ``item_session[j]``
    the session index of item j; ``item_group[j]`` its bridge group (items of a group share α, β, σ;
    default: each item its own). ``evolution_sd``: None (the default) for BSV's lagged prior with smoother
    ``smooth`` (see the module docstring), or ω, the sd per session of a two-sided random walk, in units of
    the sd of θ over all state-sessions, with ``prior_sd`` the prior sd of each state-session position
    around 0 (weak; it matters for states with very few votes); ``item_prior_sd`` the ridge on α and β;
    ``noise_prior_votes`` the weight, in votes, of the prior σ = 0.5 of each roll call's noise. Iterates until the
    largest change of θ is below ``tol`` or for ``max_iter`` steps (the default: :data:`EM_STEPS`, before
    the change falls below the default ``tol`` on the 1946–2019 data).
    """
    state = np.asarray(state, dtype=np.int64)
    item = np.asarray(item, dtype=np.int64)
    y = np.asarray(y, dtype=np.int64)
    item_session = np.asarray(item_session, dtype=np.int64)
    n_items = len(item_session)
    group = np.arange(n_items) if item_group is None else np.asarray(item_group, dtype=np.int64)
    ng = int(group.max()) + 1 if n_items else 0
    ns = int(n_states if n_states is not None else state.max() + 1)
    nt = int(n_sessions if n_sessions is not None else item_session.max() + 1)
    order = np.lexsort((group[item], y))  # by vote, then by item group (gathers stay local)
    state, item, y = state[order], item[order], y[order]
    cuts = np.searchsorted(y, [1, 2])
    ses = item_session[item]
    g = group[item]
    cell = state * nt + ses
    first = np.full(ns, nt)
    last = np.full(ns, -1)
    np.minimum.at(first, state, ses)
    np.maximum.at(last, state, ses)
    grid = np.arange(nt)[None, :]
    span = (grid >= first[:, None]) & (grid <= last[:, None])
    lagged = evolution_sd is None
    # random-walk precision over sessions, only between sessions inside a state's span
    link = (span[:, :-1] & span[:, 1:]).astype(float) / (1.0 if lagged else evolution_sd ** 2)
    off = -link
    rw_diag = np.zeros((ns, nt))
    rw_diag[:, :-1] += link
    rw_diag[:, 1:] += link
    prior_prec = np.where(span, 1.0 / prior_sd ** 2, 1.0)
    if lagged:
        nvote = np.bincount(cell, minlength=ns * nt).reshape(ns, nt).astype(float)
        lag_prec = _lag_precision(nvote, span, first, smooth)
    if theta0 is None:
        start = _start(state, item, y / 2.0, ns, n_items)
        theta = np.repeat(start[:, None], nt, axis=1)
    else:
        theta = np.nan_to_num(np.asarray(theta0, dtype=float).copy())
    if ref_state is not None and theta[ref_state].mean() < 0:
        theta = -theta
    # items start from a probit-ish regression on the starting θ
    alpha = np.full(ng, 0.5)
    beta = np.zeros(ng)
    sigma = np.full(ng, 0.5)
    n_g = np.bincount(g, minlength=ng).astype(float)
    ridge = 1.0 / item_prior_sd ** 2
    converged = False
    it = 0
    vtheta = np.zeros((ns, nt))  # posterior variance of θ given the items (E step for the item regressions)
    for it in range(1, max_iter + 1):  # noqa: B007 - the count is reported
        x = theta.ravel()[cell]
        # E step: latent utilities given the votes
        ag, bg, sg = alpha[g], beta[g], sigma[g]
        mu = ag + bg * x
        m1, var, _ = _estep(mu, sg, cuts)
        ez = mu + sg * m1
        vz = sg * sg * var
        # M step, items: ridge regression of E[z] on θ per group (prior scaled by σ²), with E[θ²]
        s2 = sigma ** 2
        sx = np.bincount(g, weights=x, minlength=ng)
        sxx = np.bincount(g, weights=x * x + vtheta.ravel()[cell], minlength=ng)
        sz = np.bincount(g, weights=ez, minlength=ng)
        sxz = np.bincount(g, weights=x * ez, minlength=ng)
        a11 = n_g + ridge * s2
        a22 = sxx + ridge * s2
        det = a11 * a22 - sx * sx
        alpha = (a22 * sz - sx * sxz) / det
        beta = (a11 * sxz - sx * sz) / det
        ag, bg = alpha[g], beta[g]
        resid = ez - ag - bg * x
        ss = np.bincount(g, weights=resid * resid + vz, minlength=ng)
        sigma = np.sqrt((ss + noise_prior_votes * 0.25) / (n_g + noise_prior_votes))  # prior: pseudo-votes at σ = 0.5
        # M step, states: every path at once (lagged: a forward sweep; two-sided walk: tridiagonal per state)
        wb = bg / sigma[g] ** 2
        d = np.bincount(cell, weights=wb * bg, minlength=ns * nt).reshape(ns, nt)
        c = np.bincount(cell, weights=wb * (ez - ag), minlength=ns * nt).reshape(ns, nt)
        if lagged:
            new, vtheta = _lagged_step(d, c, lag_prec, theta, span, first, last)
        else:
            new, vtheta = _tridiag_solve(d + rw_diag + prior_prec, off, c)
        # fix location and scale (likelihood unchanged: items absorb the affine map), orient
        act = new[span]
        m, s = act.mean(), act.std() or 1.0
        new = (new - m) / s
        vtheta = vtheta / (s * s)
        alpha = alpha + beta * m
        beta = beta * s
        if ref_state is not None and new[ref_state][span[ref_state]].mean() < 0:
            new, beta = -new, -beta
        change = float(np.max(np.abs(new[span] - theta[span])))
        theta = new
        if change < tol:
            converged = True
            break
    # posterior sd given the item parameters: Fisher information of each vote about θ
    x = theta.ravel()[cell]
    mu = alpha[g] + beta[g] * x
    sg = sigma[g]
    loglik = float(_estep(mu, sg, cuts, want_logp=True)[2].sum())
    info = ordinal_information(-mu / sg, (1.0 - mu) / sg) * (beta[g] / sg) ** 2
    d = np.bincount(cell, weights=info, minlength=ns * nt).reshape(ns, nt)
    # the prior precision is in θ's (standardised) units already
    if lagged:
        inv = np.where(span, 1.0 / (d + np.where(span, lag_prec, 1.0)), 0.0)
    else:
        _, inv = _tridiag_solve(d + rw_diag + prior_prec, off, np.zeros((ns, nt)))
    sd = np.sqrt(np.maximum(inv, 0.0))
    return DynamicFit(np.where(span, theta, np.nan), np.where(span, sd, np.nan), alpha, beta, sigma, it, loglik,
                      converged)
