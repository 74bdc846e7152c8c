"""amity's dynamic ordinal ideal-point estimator: its pieces against independent computations, and the
whole fit against simulated data with known positions and against the published estimates."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from amity.indicators import idealpoints as ip


def test_truncated_moments_match_numerical_integration() -> None:
    grid = np.linspace(-12, 12, 400_001)
    dens = np.exp(-0.5 * grid ** 2) / np.sqrt(2 * np.pi)
    for a, b in [(-np.inf, 0.3), (-1.2, 0.4), (2.0, np.inf), (-np.inf, -6.0), (5.5, np.inf), (0.1, 0.2)]:
        keep = (grid > a) & (grid < b)
        z = np.trapezoid(dens * keep, grid)
        mean = np.trapezoid(grid * dens * keep, grid) / z
        var = np.trapezoid((grid - mean) ** 2 * dens * keep, grid) / z
        m1, v, logz = ip.truncated_moments(np.array([a]), np.array([b]))
        assert m1[0] == pytest.approx(mean, abs=1e-4)
        assert v[0] == pytest.approx(var, abs=1e-3)
        assert np.exp(logz[0]) == pytest.approx(z, rel=1e-3)


def test_estep_one_sided_matches_truncated_moments() -> None:
    rng = np.random.default_rng(1)
    mu = rng.normal(0.5, 3, 300)
    sg = rng.uniform(0.2, 1.5, 300)
    y = np.sort(rng.integers(0, 3, 300))
    cuts = np.searchsorted(y, [1, 2])
    m1, var, logp = ip._estep(mu, sg, cuts, want_logp=True)
    lo = np.where(y == 0, -np.inf, np.where(y == 1, 0.0, 1.0))
    hi = np.where(y == 0, 0.0, np.where(y == 1, 1.0, np.inf))
    em, ev, el = ip.truncated_moments((lo - mu) / sg, (hi - mu) / sg)
    np.testing.assert_allclose(m1, em, rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(var, ev, rtol=1e-5, atol=1e-8)
    np.testing.assert_allclose(logp, el, rtol=1e-6, atol=1e-8)


def test_tridiagonal_solve_and_inverse_diagonal_match_dense_algebra() -> None:
    rng = np.random.default_rng(2)
    n, rows = 9, 4
    off = -rng.uniform(0.1, 2, (rows, n - 1))
    diag = np.abs(off).sum(axis=1, keepdims=True) + rng.uniform(0.5, 3, (rows, n))
    rhs = rng.normal(size=(rows, n))
    x, inv = ip._tridiag_solve(diag, off, rhs)
    for i in range(rows):
        m = np.diag(diag[i]) + np.diag(off[i], 1) + np.diag(off[i], -1)
        np.testing.assert_allclose(x[i], np.linalg.solve(m, rhs[i]), rtol=1e-10)
        np.testing.assert_allclose(inv[i], np.diag(np.linalg.inv(m)), rtol=1e-10)


def simulate(seed: int = 0, n_states: int = 40, n_sessions: int = 15, per_session: int = 40):
    """Votes from the model itself: random-walk positions, ordered probit with two cutpoints per roll call;
    a third of each session's roll calls repeat a roll call of an earlier session (same parameters)."""
    rng = np.random.default_rng(seed)
    theta = np.cumsum(rng.normal(0, 0.25, (n_states, n_sessions)), axis=1) + rng.normal(0, 1, (n_states, 1))
    theta[0] = np.linspace(-1.5, 1.5, n_sessions)  # one state that moves a lot
    items, groups, params = [], [], []
    for s in range(n_sessions):
        for k in range(per_session):
            if s > 0 and k < per_session // 3:
                g = int(rng.integers(0, len(params)))
            else:
                g = len(params)
                params.append((rng.normal(0, 1.5), rng.uniform(0.5, 2.5) * rng.choice([-1, 1]), rng.uniform(0.3, 1.5)))
            items.append(s)
            groups.append(g)
    item_session, item_group = np.array(items), np.array(groups)
    st, it = np.meshgrid(np.arange(n_states), np.arange(len(items)), indexing="ij")
    st, it = st.ravel(), it.ravel()
    cut1, slope, gap = (np.array(p) for p in zip(*params))
    g = item_group[it]
    z = slope[g] * theta[st, item_session[it]] + rng.normal(0, 1, len(st))
    y = np.where(z < cut1[g], 0, np.where(z < cut1[g] + gap[g], 1, 2))
    return theta, st, it, y, item_session, item_group


def test_fit_recovers_simulated_positions_over_time() -> None:
    theta, st, it, y, ses, grp = simulate()
    fit = ip.fit_dynamic_ordinal(st, it, y, ses, grp, ref_state=0, max_iter=400, tol=1e-5)
    est = fit.theta
    r = np.corrcoef(est.ravel(), theta.ravel())[0, 1]
    assert abs(r) > 0.95
    sign = np.sign(r)
    # the moving state's path is recovered, not just its mean
    assert np.corrcoef(sign * est[0], theta[0])[0, 1] > 0.95
    # each state's own trajectory: median r over states
    per = [np.corrcoef(sign * est[i], theta[i])[0, 1] for i in range(len(theta)) if theta[i].std() > 0.2]
    assert np.median(per) > 0.8
    # uncertainty: positive, finite, and most true positions inside the (affinely mapped) 90% interval
    slope, icpt = np.polyfit(est.ravel(), theta.ravel(), 1)
    lo = icpt + slope * (est - 1.645 * fit.sd)
    hi = icpt + slope * (est + 1.645 * fit.sd)
    inside = ((theta >= np.minimum(lo, hi)) & (theta <= np.maximum(lo, hi))).mean()
    assert np.isfinite(fit.sd).all() and (fit.sd > 0).all() and inside > 0.6


def test_without_bridges_sessions_drift_with_bridges_they_do_not() -> None:
    """The bridges are what keeps sessions on one scale: with every roll call its own item, the pooled
    fit is worse on the same votes."""
    theta, st, it, y, ses, grp = simulate(seed=3, n_sessions=12)
    bridged = ip.fit_dynamic_ordinal(st, it, y, ses, grp, ref_state=0, max_iter=300, tol=1e-5)
    alone = ip.fit_dynamic_ordinal(st, it, y, ses, None, ref_state=0, max_iter=300, tol=1e-5)
    rb = abs(np.corrcoef(bridged.theta.ravel(), theta.ravel())[0, 1])
    ra = abs(np.corrcoef(alone.theta.ravel(), theta.ravel())[0, 1])
    assert rb > ra


def test_fit_with_the_two_sided_random_walk_recovers_simulated_positions() -> None:
    """The alternative dynamics (a number for ``evolution_sd``) still fit the model's own data."""
    theta, st, it, y, ses, grp = simulate(seed=5)
    fit = ip.fit_dynamic_ordinal(st, it, y, ses, grp, ref_state=0, evolution_sd=0.5, max_iter=400, tol=1e-5)
    r = np.corrcoef(fit.theta.ravel(), theta.ravel())[0, 1]
    assert abs(r) > 0.95
    assert np.corrcoef(np.sign(r) * fit.theta[0], theta[0])[0, 1] > 0.95


def test_lag_precision_follows_bsv_smoother() -> None:
    """1 / (smooth · n_s / (n_s + n_prev)); a state's first session is weighed against its next one, a session
    after a gap against the last one with votes, a session without votes gets 1 / smooth."""
    nvote = np.array([[0.0, 10, 30, 0, 20, 5],
                      [4.0, 0, 0, 0, 0, 0]])
    first = np.array([1, 0])
    span = np.array([[False, True, True, True, True, True],
                     [True, False, False, False, False, False]])
    got = ip._lag_precision(nvote, span, first, 0.5)
    expect = np.zeros((2, 6))
    expect[0, 1] = 1 / (0.5 * 10 / (10 + 30))  # first session: against the next one
    expect[0, 2] = 1 / (0.5 * 30 / (30 + 10))
    expect[0, 3] = 1 / 0.5  # no votes
    expect[0, 4] = 1 / (0.5 * 20 / (20 + 30))  # after the gap: against session 2
    expect[0, 5] = 1 / (0.5 * 5 / (5 + 20))
    expect[1, 0] = 1 / 0.5  # one session only
    np.testing.assert_allclose(got, expect)


def test_lagged_step_solves_the_bidiagonal_system() -> None:
    """The forward sweep equals a dense solve of (d_s + p_s) θ_s − p_s θ_{s−1} = c_s, with the first
    session leaning on the current value of the second and a state with one session on 0."""
    rng = np.random.default_rng(7)
    ns, nt = 3, 6
    d = rng.uniform(0.5, 5, (ns, nt))
    c = rng.normal(0, 3, (ns, nt))
    d[0, 3], c[0, 3] = 0.0, 0.0  # a session without votes inside the span
    prec = rng.uniform(1, 6, (ns, nt))
    theta = rng.normal(0, 1, (ns, nt))
    first, last = np.array([0, 2, 4]), np.array([5, 5, 4])
    span = (np.arange(nt)[None, :] >= first[:, None]) & (np.arange(nt)[None, :] <= last[:, None])
    got, var = ip._lagged_step(d, c, prec, theta, span, first, last)
    for i in range(ns):
        idx = np.flatnonzero(span[i])
        n = len(idx)
        a = np.zeros((n, n))
        b = np.zeros(n)
        for k, t in enumerate(idx):
            a[k, k] = d[i, t] + prec[i, t]
            b[k] = c[i, t]
            if k == 0:
                b[k] += prec[i, t] * (theta[i, t + 1] if n > 1 else 0.0)
            else:
                a[k, k - 1] = -prec[i, t]
        np.testing.assert_allclose(got[i, idx], np.clip(np.linalg.solve(a, b), -5, 5), rtol=1e-10)
        np.testing.assert_allclose(var[i, idx], 1 / (d[i, idx] + prec[i, idx]), rtol=1e-12)
        assert (got[i, ~span[i]] == 0).all()


def test_scaling_rollcalls_leaves_out_later_parts_and_single_rollcall_sessions() -> None:
    rc = pd.DataFrame({
        "session": [44, 44, 44, 45, 45, 45, 45, 46, 47, 47],
        "year": [1989, 1989, 1989, 1990, 1990, 1990, 1990, 1991, 1992, 1992],
        "para": pd.array([1, pd.NA, 0, 1, pd.NA, pd.NA, 0, pd.NA, pd.NA, pd.NA], dtype="Int64"),
        "amend": pd.array([pd.NA, 1, 0, pd.NA, 1, pd.NA, 0, pd.NA, pd.NA, pd.NA], dtype="Int64"),
    })
    # 1989: parts kept; 1990: the paragraph and the amendment vote go; session 46 has one roll call
    assert ip.scaling_rollcalls(rc).tolist() == [True, True, True, False, False, True, True, False, True, True]
    # a session left with one roll call once its parts are out goes too
    rc2 = rc.assign(para=pd.array([pd.NA] * 4 + [1, 1, 1, pd.NA, pd.NA, pd.NA], dtype="Int64"), amend=pd.NA)
    assert ip.scaling_rollcalls(rc2).tolist() == [True, True, True, False, False, False, False, False, True, True]
    # without part flags (as in the UN Digital Library file) only the session rule applies
    assert ip.scaling_rollcalls(rc[["session", "year"]]).tolist() == [True] * 7 + [False] + [True] * 2


def test_bridge_groups_link_identical_texts_across_sessions_only() -> None:
    long = "Necessity of ending the economic, commercial and financial embargo"
    descr = pd.Series([long, long.upper() + "  ", "Question of Palestine under agenda item 37",
                       "Question of Palestine under agenda item 37", "Question of Palestine under agenda item 37",
                       "Short text", "Short text", None])
    session = np.array([70, 71, 72, 72, 73, 70, 71, 71])
    g = ip.bridge_groups(descr, session)
    assert g[0] == g[1]  # case and spacing ignored, different sessions: one item group
    # twice in session 72: the text does not tell the votes apart, so none of the three is bridged
    assert len({g[2], g[3], g[4]}) == 3
    assert g[5] != g[6]  # too short to identify a resolution
    assert len(set(g.tolist())) == 7
    # without sessions, every identical text is one group
    g2 = ip.bridge_groups(descr)
    assert g2[2] == g2[3] == g2[4]


def test_bsv_matches_as_published() -> None:
    """The shipped copy of BSV's matched list: 955 numbered pairs, each an earlier roll call matched to a later one,
    with its licence beside it."""
    from importlib import resources

    raw = pd.read_csv(resources.files("amity").joinpath("data", "bsv_matches.csv").open(encoding="utf-8"))
    assert list(raw.columns) == ["v1", "rcid1", "rcid2"]
    assert raw["v1"].tolist() == list(range(1, 956))
    assert (raw["rcid1"] < raw["rcid2"]).all()
    assert raw["rcid1"].is_monotonic_increasing  # the file is ordered by rcid1
    m = ip.bsv_matches()
    assert m.equals(raw[["rcid1", "rcid2"]])
    licence = resources.files("amity").joinpath("data", "LICENSE-bsv-matches.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Matches.csv" in licence


def test_bsv_linked_ids_collapse_chains_and_keep_the_earliest_of_two() -> None:
    """BSV's linking rule (their data processing): pairs from the highest rcid2 down replace rcid2 by the smallest
    rcid1 matched to it. A chain 10 → 20 → 30 → 40 becomes one id; 50 and 52 both matched to 60 give 60 the id 50,
    while 52 keeps its own (it is no one's rcid2); unlisted ids are unchanged."""
    m = pd.DataFrame({"rcid1": [10, 20, 30, 50, 52], "rcid2": [20, 30, 40, 60, 60]})
    ids = np.array([40, 30, 20, 10, 60, 52, 50, 7])
    assert ip.bsv_linked_ids(ids, m).tolist() == [10, 10, 10, 10, 50, 52, 50, 7]
    # the shipped list: 470 → 512 → 545 → 577 is one chain
    assert ip.bsv_linked_ids(np.array([577, 545, 512, 470])).tolist() == [470] * 4


def test_bridge_groups_with_rcids_use_the_bsv_list_then_text() -> None:
    """With rcids, Voeten roll calls of sessions 1–74 are bridged by BSV's list only (an identical text that the
    list does not match is not a bridge); UN Digital Library records and later sessions by their text."""
    same = "Necessity of ending the economic, commercial and financial embargo"
    rcid = np.array([299, 331, 1000, 1001, 9146, 1_000_000_005, 1_000_000_006, 20_001, 20_002])
    session = np.array([6, 7, 10, 11, 74, 75, 76, 75, 76])
    descr = pd.Series(["a"] * 2 + [same, same, same, same, same, "Other resolution text of some length",
                                   "Other resolution text of some length"])
    g = ip.bridge_groups(descr, session, rcid)
    assert g[0] == g[1]  # listed pair 299 → 331 (texts differ)
    assert g[2] != g[3]  # same text, not in the list: no bridge in the listed sessions
    assert g[4] not in (g[5], g[6])  # the list's sessions never bridge by text to later ones
    assert g[5] == g[6]  # UN DL records of later sessions: by text
    assert g[7] == g[8]  # Voeten rcids of sessions after the list: by text
    assert len(set(g.tolist())) == 6
    # without rcids: text only, as before
    assert ip.bridge_groups(descr, session)[2] == ip.bridge_groups(descr, session)[3]


@pytest.mark.slow
def test_real_fit_follows_the_published_trajectories(shared_data) -> None:
    """The 1946–2019 fit against the BSV July 2023 release on the same votes: pooled r and the trajectories of
    the permanent members and India (benchmarks/validate_idealpoints.py prints every figure)."""
    from amity.indicators import votes
    from amity.sources import idealpoints, unga

    d = shared_data / "unga"
    tables, _, _ = unga.read_files([d / "un_votes.rda", d / "un_roll_calls.rda", d / "un_roll_call_issues.rda"])
    v = tables["unga_votes"]
    v = v[(v["vote"] <= 3) & v["cow"].notna()][["rcid", "cow", "vote"]]
    rc = tables["unga_rollcalls"][["rcid", "session", "year", "descr", "amend", "para"]].dropna(subset=["session"])
    ours = votes.ideal_points_from_votes(v[v["rcid"].isin(rc["rcid"])], rc)
    bsv = idealpoints.read_with_notes(d / "IdealpointestimatesAll_Jul2023.csv")[0]["bsv_idealpoints"]
    m = ours.merge(bsv[["cow", "session", "value"]], on=["cow", "session"]).dropna(subset=["theta", "value"])
    assert np.corrcoef(m["theta"], m["value"])[0, 1] >= 0.95
    # the paragraph and amendment votes after 1989 and the one roll call of session 19 were left out
    assert 19 not in set(ours["session"])
    for cow in (2, 200, 220, 365, 710, 750):
        s = m[m["cow"] == cow]
        assert np.corrcoef(s["theta"], s["value"])[0, 1] >= 0.85, cow
