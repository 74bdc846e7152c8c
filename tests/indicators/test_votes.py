"""UNGA vote agreement and ideal points: small Voeten-layout fixtures, simulated data, the real data."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from amity.dyad import Dyad
from amity.indicators import votes
from amity.sources import import_files, unga
from amity.store import Store

POS = {1: 1.0, 2: 0.5, 3: 0.0}
HEADER = "rcid,session,vote,ccode,Countryname,date,descr,me,hr\n"


def naive(pairs: list[tuple[int, int]]) -> dict[str, float]:
    """Straightforward loop: agreement, S, Cohen's kappa and Scott's pi (Häge 2011, absolute distance)."""
    n = len(pairs)
    xa = [POS[a] for a, _ in pairs]
    xb = [POS[b] for _, b in pairs]
    do = sum(abs(p - q) for p, q in zip(xa, xb)) / n
    cats = [1.0, 0.5, 0.0]
    pa = {c: xa.count(c) / n for c in cats}
    pb = {c: xb.count(c) / n for c in cats}
    pp = {c: (pa[c] + pb[c]) / 2 for c in cats}
    de_k = sum(pa[c] * pb[d] * abs(c - d) for c in cats for d in cats)
    de_p = sum(pp[c] * pp[d] * abs(c - d) for c in cats for d in cats)
    return {"agreement": 1 - do, "s_score": 1 - 2 * do, "kappa": 1 - do / de_k if de_k else np.nan,
            "pi": 1 - do / de_p if de_p else np.nan, "n": n}


def make_votes(seed: int = 1) -> pd.DataFrame:
    """Random votes of 5 states over 3 years; state 20 (Canada) absent from 2002 (not a member)."""
    rng = np.random.default_rng(seed)
    rows = []
    for rcid in range(1, 61):
        year = 2000 + (rcid - 1) // 20
        for c in (2, 20, 365, 710, 40):
            if c == 20 and year == 2002:
                continue
            v = int(rng.choice([1, 2, 3, 8], p=[0.5, 0.2, 0.25, 0.05]))
            rows.append((rcid, year - 1945, v, c, f"s{c}", f"{year}-10-{1 + rcid % 20:02d}", f"d{rcid}",
                         int(rcid % 3 == 0), int(rcid % 3 == 1)))
    return pd.DataFrame(rows, columns=HEADER.strip().split(","))


@pytest.fixture
def small(tmp_path: Path, store: Store) -> tuple[Store, pd.DataFrame]:
    df = make_votes()
    f = tmp_path / "UNVotes.csv"
    df.to_csv(f, index=False)
    import_files(store, "unga", [f])
    return store, df


def expected(df: pd.DataFrame, a: int, b: int, issue: str | None = None) -> dict[int, dict[str, float]]:
    out = {}
    if issue:
        df = df[df[issue] == 1]
    for year, g in df.assign(year=df["date"].str[:4].astype(int)).groupby("year"):
        va = dict(zip(g.loc[g.ccode == a, "rcid"], g.loc[g.ccode == a, "vote"]))
        vb = dict(zip(g.loc[g.ccode == b, "rcid"], g.loc[g.ccode == b, "vote"]))
        pairs = [(va[r], vb[r]) for r in va if r in vb and va[r] <= 3 and vb[r] <= 3]
        if pairs:
            out[year] = naive(pairs)
    return out


def test_dyad_agreement_matches_naive_loop(small) -> None:
    store, df = small
    got = votes.dyad_agreement(store, 710, 365).set_index("year")
    exp = expected(df, 710, 365)
    assert sorted(got.index) == sorted(exp)
    for y, e in exp.items():
        for k in ("agreement", "s_score", "kappa", "pi"):
            assert got.loc[y, k] == pytest.approx(e[k], abs=1e-12), (y, k)
        assert got.loc[y, "n_votes"] == e["n"]


def test_issue_filter_and_sessions(small) -> None:
    store, df = small
    got = votes.dyad_agreement(store, 2, 40, issue="hr", by="session")
    exp = expected(df, 2, 40, issue="hr")
    assert list(got["session"]) == [y - 1945 for y in sorted(exp)]
    assert list(got["agreement"]) == pytest.approx([exp[y]["agreement"] for y in sorted(exp)])


def test_panel_equals_dyad_for_every_pair(small) -> None:
    store, df = small
    panel = votes.agreement_panel(store)
    assert (panel["cow_a"] < panel["cow_b"]).all()
    for a, b in itertools.combinations(sorted(df["ccode"].unique()), 2):
        exp = expected(df, a, b)
        sub = panel[(panel.cow_a == a) & (panel.cow_b == b)].set_index("year")
        assert sorted(sub.index) == sorted(exp)
        for y, e in exp.items():
            assert sub.loc[y, "kappa"] == pytest.approx(e["kappa"], abs=1e-6)
            assert sub.loc[y, "pi"] == pytest.approx(e["pi"], abs=1e-6)
            assert sub.loc[y, "n_votes"] == e["n"]


def test_no_shared_votes_is_na_not_zero(small) -> None:
    store, _ = small
    out = Dyad("CAN", "CHN", store=store).vote_agreement()
    assert list(out["year"]) == [2000, 2001, 2002]
    row = out.set_index("year").loc[2002]
    assert pd.isna(row["value"]) and pd.isna(row["kappa"])
    assert out["value"].notna().sum() == 2
    assert set(out["source_ids"]) == set(votes.source_ids(store))


def test_nothing_loaded_gives_empty_frame(store: Store) -> None:
    out = Dyad("CHN", "RUS", store=store).vote_agreement()
    assert out.empty and {"year", "value", "unit", "coverage", "source_ids"} <= set(out.columns)


def simulate(seed: int = 3, n_states: int = 40, n_sessions: int = 8, per_session: int = 40):
    rng = np.random.default_rng(seed)
    theta = np.cumsum(rng.normal(0, 0.3, (n_states, n_sessions)), axis=1) + rng.normal(0, 1, (n_states, 1))
    theta[0] += 2.0  # the reference state is clearly positive
    items_ses = np.repeat(np.arange(n_sessions), per_session)
    n_items = len(items_ses)
    b = rng.choice([-1, 1], n_items) * rng.uniform(0.7, 1.5, n_items)
    a = rng.normal(0, 0.6, n_items)
    st, it, y = [], [], []
    for j in range(n_items):
        ystar = a[j] + b[j] * theta[:, items_ses[j]] + rng.normal(0, 0.6, n_states)
        vote = np.where(ystar > 0.4, 1.0, np.where(ystar > -0.4, 0.5, 0.0))
        st.extend(range(n_states))
        it.extend([j] * n_states)
        y.extend(vote)
    return theta, np.array(st), np.array(it), np.array(y), items_ses


def test_ideal_points_recover_simulated_positions() -> None:
    theta, st, it, y, ses = simulate()
    fit = votes.fit_ideal_points(st, it, y, ses, ref_state=0)
    est = fit.theta
    assert np.nanmean(est[0]) > 0  # orientation fixed by the reference state
    r = np.corrcoef(est.ravel(), theta.ravel())[0, 1]
    assert r > 0.9
    # movement over time is recovered too: per-state change first -> last session
    dr = np.corrcoef(est[:, -1] - est[:, 0], theta[:, -1] - theta[:, 0])[0, 1]
    assert dr > 0.5


@pytest.fixture(scope="session")
def real_store(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    d = shared_data / "unga"
    st = Store(tmp_path_factory.mktemp("unga") / "amity.duckdb")
    unga.import_files(st, [d / "un_votes.rda", d / "un_roll_calls.rda", d / "un_roll_call_issues.rda"])
    yield st
    st.close()


def test_real_panel_agrees_with_dyad_query(real_store: Store) -> None:
    panel = votes.agreement_panel(real_store, 2010, 2019)
    one = votes.dyad_agreement(real_store, 365, 710, start=2010, end=2019).set_index("year")
    sub = panel[(panel.cow_a == 365) & (panel.cow_b == 710)].set_index("year")
    assert list(sub.index) == list(range(2010, 2020))
    assert np.allclose(sub["agreement"], one["agreement"]) and np.allclose(sub["kappa"], one["kappa"])
    # China and Russia agree more with each other than either does with the USA in the 2010s
    usa = panel[(panel.cow_a == 2) & panel.cow_b.isin([365, 710])].groupby("year")["agreement"].max()
    assert (sub["agreement"] > usa).all()


def test_real_ideal_points_have_expected_ends(real_store: Store) -> None:
    ip = votes.ideal_points_all(real_store, 2005, 2019, n_boot=2)
    last = ip[ip["session"] == ip["session"].max()].set_index("iso3")
    top = last["theta"].rank(ascending=False)
    assert top["USA"] <= 3 and top["ISR"] <= 3
    for code in ("CUB", "PRK", "CHN", "IRN"):
        assert last.loc[code, "theta"] < 0
    # Russia sits nearer China than the USA, and below every EU member of the G7
    th = last["theta"]
    assert abs(th["RUS"] - th["CHN"]) < abs(th["RUS"] - th["USA"])
    assert th["RUS"] < min(th["FRA"], th["DEU"], th["ITA"], th["GBR"])
    assert (ip["se"] >= 0).all() and (ip["lo"] <= ip["theta"]).all() and (ip["theta"] <= ip["hi"]).all()
    # compare with the first principal component of the 2015 agreement matrix
    panel = votes.agreement_panel(real_store, 2015, 2015)
    both = pd.concat([panel, panel.rename(columns={"cow_a": "cow_b", "cow_b": "cow_a"})])
    mat = both.pivot(index="cow_a", columns="cow_b", values="agreement")
    mat = mat.fillna(mat.mean().mean())
    vals, vecs = np.linalg.eigh(np.cov(mat.to_numpy()))
    pc1 = pd.Series(vecs[:, -1], index=mat.index)
    th = ip[ip["year"] == 2015].set_index("cow")["theta"].reindex(pc1.index)
    r = abs(np.corrcoef(pc1[th.notna()], th.dropna())[0, 1])
    assert r > 0.8


def test_ideal_points_are_cached_on_disk_beside_the_store(small) -> None:
    from amity.indicators import votes

    store, _ = small
    first = votes.ideal_points_all(store, n_boot=2)
    files = list((store.path.parent / "cache").glob("ideal-points-*.parquet"))
    assert len(files) == 1
    votes._IDEAL_CACHE.clear()
    again = votes.ideal_points_all(store, n_boot=2)
    pd.testing.assert_frame_equal(first.reset_index(drop=True), again.reset_index(drop=True), check_dtype=False)
    # other parameters are another cache entry, not a stale answer
    votes.ideal_points_all(store, n_boot=3)
    assert len(list((store.path.parent / "cache").glob("ideal-points-*.parquet"))) == 2


def test_real_china_russia_agreement_matches_independent_computation(real_store: Store, shared_data: Path) -> None:
    """Agreement per year recomputed here from the raw R files with pandas (not through the importer)."""
    import pyreadr

    d = shared_data / "unga"
    raw = pyreadr.read_r(str(d / "un_votes.rda"))["un_votes"]
    rc = pyreadr.read_r(str(d / "un_roll_calls.rda"))["un_roll_calls"]
    raw = raw[raw["country_code"].isin(["CN", "RU"])].copy()
    raw["v"] = raw["vote"].astype(str).map({"yes": 1.0, "abstain": 0.5, "no": 0.0})
    wide = raw.pivot_table(index="rcid", columns="country_code", values="v").dropna()
    wide["year"] = wide.index.map(rc.set_index("rcid")["date"].map(lambda x: pd.Timestamp(x).year))
    expect = (1 - (wide["CN"] - wide["RU"]).abs()).groupby(wide["year"]).mean()
    got = votes.dyad_agreement(real_store, 710, 365).set_index("year")["agreement"]
    assert list(got.index) == list(expect.index)
    assert np.allclose(got.to_numpy(), expect.to_numpy())


@pytest.mark.slow
def test_real_ideal_points_follow_the_published_estimates(real_store: Store, shared_data: Path) -> None:
    """The whole 1946-2019 fit against the BSV July 2023 release (benchmarks/validate_idealpoints.py has
    the full figures): pooled r and the trajectories of Russia, China and the USA."""
    from amity.sources import idealpoints

    ours = votes.ideal_points_all(real_store)
    bsv = idealpoints.read_with_notes(shared_data / "unga" / "IdealpointestimatesAll_Jul2023.csv")[0]
    bsv = bsv["bsv_idealpoints"].rename(columns={"value": "theta"})
    stats = votes.compare_ideal_points(ours, bsv)
    assert stats["pooled_r"] >= 0.95 and stats["session_r"] >= 0.95
    m = ours.merge(bsv, on=["cow", "session"], suffixes=("", "_bsv")).dropna(subset=["theta", "theta_bsv"])
    for cow in (365, 710, 2):
        s = m[m["cow"] == cow]
        assert np.corrcoef(s["theta"], s["theta_bsv"])[0, 1] >= 0.85, cow
    assert (ours["se"] > 0).all() and (ours["lo"] < ours["theta"]).all()
