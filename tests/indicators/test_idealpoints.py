"""amity's dynamic ordinal ideal-point estimator: its pieces against independent computations, and the
whole fit against simulated data with known positions."""

from __future__ import annotations

import numpy as np
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
