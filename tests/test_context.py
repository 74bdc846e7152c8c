"""Pairs in context: ranks and percentiles among all pairs, checked against independent computations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyreadr
import pytest
from typer.testing import CliRunner

from amity import context
from amity.cli import app
from amity.errors import AmityError
from amity.states import lookup
from amity.store import Store


# --------------------------------------------------------------------------------------------------
# ranking, on small frames
# --------------------------------------------------------------------------------------------------
def _brute(values: pd.DataFrame) -> pd.DataFrame:
    """rank/percentile/median by definition, one row at a time."""
    rows = []
    for r in values.itertuples():
        same = values.loc[values["year"] == r.year, "value"].to_numpy()
        rows.append({"rank": int((same > r.value).sum()) + 1, "percentile": 100.0 * (same < r.value).sum() / len(same),
                     "n_pairs": len(same), "median": float(np.median(same)),
                     "q25": float(np.quantile(same, 0.25)), "q75": float(np.quantile(same, 0.75))})
    return pd.DataFrame(rows)


def test_rank_pairs_matches_the_definition_with_ties() -> None:
    rng = np.random.default_rng(3)
    values = pd.DataFrame({"year": np.repeat([2000, 2001], 40), "a": np.tile(np.arange(40), 2), "b": 999,
                           "value": rng.integers(0, 6, 80).astype(float)})
    got = context.rank_pairs(values)
    want = _brute(values)
    for col in ("rank", "percentile", "n_pairs", "median", "q25", "q75"):
        assert np.allclose(got[col].to_numpy(dtype=float), want[col].to_numpy(dtype=float)), col


def test_sparse_population_equals_the_zeros_written_out() -> None:
    rng = np.random.default_rng(5)
    positive = pd.DataFrame({"year": np.repeat([1990, 1991], 15), "a": np.tile(np.arange(15), 2), "b": 500,
                             "value": rng.uniform(0.1, 50, 30).round(1)})
    population = pd.Series({1990: 100, 1991: 60})
    sparse = context.rank_pairs(positive, population)
    zeros = pd.concat([pd.DataFrame({"year": y, "a": np.arange(1000, 1000 + n - 15), "b": 500, "value": 0.0})
                       for y, n in population.items()])
    full = pd.concat([positive, zeros], ignore_index=True)
    dense = context.rank_pairs(full).iloc[: len(positive)].reset_index(drop=True)
    for col in ("rank", "percentile", "n_pairs", "median", "q25", "q75"):
        assert np.allclose(sparse[col].to_numpy(dtype=float), dense[col].to_numpy(dtype=float)), col


def test_parse_pair_accepts_codes_names_and_separators() -> None:
    chn, rus = lookup("CHN"), lookup("RUS")
    for text in ("CHN-RUS", "chn,rus", "710/365", "China-Russian Federation"):
        a, b = context.parse_pair(text)
        assert (a.cow, b.cow) == (chn.cow, rus.cow), text
    assert context.parse_pair("Guinea-Bissau-SEN")[0].iso3 == "GNB"
    for bad in ("CHN", "CHN-CHN", "CHN-XXX", "-RUS"):
        with pytest.raises(AmityError):
            context.parse_pair(bad)


def test_reference_pairs_ship_and_can_be_edited(tmp_path: Path, amity_home: Path) -> None:
    shipped = context.reference_pairs()
    assert ("USA", "GBR") in {(a.iso3, b.iso3) for a, b, _ in shipped}
    assert {g for *_, g in shipped} >= {"allies", "rivals", "partners"}
    amity_home.mkdir(parents=True, exist_ok=True)
    (amity_home / "reference_pairs.csv").write_text("pair,group,note\nFRA-GBR,allies,\n", encoding="utf-8")
    assert [(a.iso3, b.iso3) for a, b, _ in context.reference_pairs()] == [("FRA", "GBR")]
    bad = tmp_path / "bad.csv"
    bad.write_text("pair,group\nFRA-XYZ,allies\n", encoding="utf-8")
    with pytest.raises(AmityError, match="bad.csv|reference_pairs.csv:2"):
        context.reference_pairs(bad)


# --------------------------------------------------------------------------------------------------
# on the real UN votes (unvotes files): 2019, every pair, computed independently with pandas
# --------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def votes_home(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store folder with the real unvotes files imported (then closed: readers open it read-only)."""
    from amity.sources import unga

    d = shared_data / "unga"
    home = tmp_path_factory.mktemp("ctx")
    with Store(home / "amity.duckdb") as st:
        unga.import_files(st, [d / "un_votes.rda", d / "un_roll_calls.rda", d / "un_roll_call_issues.rda"])
    return home


@pytest.fixture(scope="module")
def votes_store(votes_home: Path) -> Store:
    st = Store(votes_home / "amity.duckdb", read_only=True)
    yield st
    st.close()


def _agreement_2019_by_hand(shared_data: Path) -> pd.Series:
    """Agreement of every pair of members in 2019 straight from the R files: yes 1, abstain .5, no 0."""
    v = pyreadr.read_r(str(shared_data / "unga" / "un_votes.rda"))["un_votes"]
    rc = pyreadr.read_r(str(shared_data / "unga" / "un_roll_calls.rda"))["un_roll_calls"]
    rc = rc[pd.to_datetime(rc["date"]).dt.year == 2019]
    v = v[v["rcid"].isin(rc["rcid"])]
    v = v.assign(score=v["vote"].astype(str).map({"yes": 1.0, "abstain": 0.5, "no": 0.0}),
                 iso=v["country_code"].astype(str))
    m = v.pivot_table(index="iso", columns="rcid", values="score", aggfunc="first")
    arr, codes = m.to_numpy(), list(m.index)
    out = {}
    for i in range(len(codes)):
        both = ~np.isnan(arr[i]) & ~np.isnan(arr[i + 1:])
        diff = np.where(both, 1 - np.abs(arr[i] - arr[i + 1:]), 0.0).sum(axis=1)
        n = both.sum(axis=1)
        for k, j in enumerate(range(i + 1, len(codes))):
            if n[k]:
                out[frozenset((codes[i], codes[j]))] = diff[k] / n[k]
    return pd.Series(out)


def test_vote_agreement_context_equals_an_independent_computation(votes_store: Store, shared_data: Path) -> None:
    hand = _agreement_2019_by_hand(shared_data)
    chn_rus = hand[frozenset(("CN", "RU"))]
    usa_gbr = hand[frozenset(("US", "GB"))]
    got = context.compare(votes_store, [context.parse_pair("CHN-RUS"), context.parse_pair("USA-GBR")],
                          ["vote_agreement"], start=2019, end=2019).set_index("pair")
    assert got.loc["CHN-RUS", "n_pairs"] == len(hand)
    assert got.loc["CHN-RUS", "value"] == pytest.approx(chn_rus)
    assert got.loc["CHN-RUS", "percentile"] == pytest.approx(100 * (hand < chn_rus - 1e-12).mean())
    assert got.loc["USA-GBR", "percentile"] == pytest.approx(100 * (hand < usa_gbr - 1e-12).mean())
    assert got.loc["USA-GBR", "rank"] == int((hand > usa_gbr + 1e-12).sum()) + 1
    assert got.loc["CHN-RUS", "median"] == pytest.approx(hand.median())
    # the issue's reading: the China-Russia figure is middling, the allies' low
    assert 40 < got.loc["CHN-RUS", "percentile"] < 60 and got.loc["USA-GBR", "percentile"] < 20


def test_standing_sentence_names_rank_percentile_and_reference_pairs(votes_store: Store) -> None:
    chn, rus, usa, gbr = (lookup(c) for c in ("CHN", "RUS", "USA", "GBR"))
    text = context.standing(votes_store, chn, rus, "vote_agreement", year=2019, refs=[(usa, gbr)])
    assert text.startswith("UN vote agreement 0.87 in 2019")
    assert "of 18,528 pairs" in text and "52nd percentile" in text and "USA-GBR 0.65" in text
    assert context.standing(votes_store, chn, rus, "vote_agreement", year=1800) is None


def test_votes_years_with_a_handful_of_roll_calls_are_left_out(votes_store: Store) -> None:
    ap = context.all_pairs(votes_store, "vote_agreement")
    assert ap.table["year"].max() == 2019  # the unvotes files end with a few roll calls of January 2020


def test_not_loaded_names_the_command(votes_store: Store) -> None:
    missing = context.not_loaded(votes_store)
    assert "arms_deliveries" in missing and "amity data import sipri" in missing["arms_deliveries"]
    assert "vote_agreement" not in missing


# --------------------------------------------------------------------------------------------------
# the command
# --------------------------------------------------------------------------------------------------
def test_compare_json_rows_and_offline_html(votes_home: Path, votes_store: Store, tmp_path: Path) -> None:
    home = votes_home
    runner = CliRunner()
    res = runner.invoke(app, ["compare", "CHN-RUS", "USA-GBR", "RUS-IND", "--indicator", "vote_agreement",
                              "--from", "2015", "--json", "--home", str(home)])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert {r["pair"] for r in rows} == {"CHN-RUS", "USA-GBR", "RUS-IND"}
    assert {"pair", "indicator", "year", "value", "rank", "percentile", "median"} <= set(rows[0])
    assert all(2015 <= r["year"] <= 2019 and 0 <= r["percentile"] <= 100 for r in rows)
    out = tmp_path / "cmp.html"
    res = runner.invoke(app, ["compare", "CHN-RUS", "USA-GBR", "-i", "vote_kappa", "--out", str(out),
                              "--home", str(home)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "Cohen" in page
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org", "")
    for bad in (["compare", "CHN-XXX", "--home", str(home)], ["compare", "CHN-RUS", "-i", "nope", "--home", str(home)]):
        res = runner.invoke(app, bad)
        assert isinstance(res.exception, AmityError) and res.stdout == ""
    proc = subprocess.run([sys.executable, "-m", "amity", "compare", "CHN-XXX", "--home", str(home)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stderr.strip().count("\n") == 0 and "XXX" in proc.stderr


# --------------------------------------------------------------------------------------------------
# the report's sentences
# --------------------------------------------------------------------------------------------------
def test_report_sentences_on_the_real_votes(votes_store: Store) -> None:
    from amity.dyad import Dyad
    from amity.report import standing
    from amity.report.base import ReportContext

    ctx = ReportContext(Dyad("CHN", "RUS", store=votes_store))
    (html, md), = standing.block(ctx, ("vote_agreement", "vote_kappa"))
    assert "- UN vote agreement 0.87 in 2019 — rank 8,860 of 18,528 pairs, 52nd percentile (median 0.86" in md
    assert "USA-GBR 0.65" in md and "USA-RUS 0.29" in md
    assert "Cohen's kappa 0.63 in 2019" in md and "88th percentile" in md
    assert "Cohen&#x27;s kappa" in html and "<li>" in html
    # --compare replaces the reference pairs; the pair itself is never its own reference
    ctx = ReportContext(Dyad("CHN", "RUS", store=votes_store), reference_pairs=[context.parse_pair("RUS-CHN"),
                                                                               context.parse_pair("IND-PAK")])
    (_, md), = standing.block(ctx, ("vote_agreement",))
    assert "reference pairs: IND-PAK;" in md and "IND-PAK 0.93" in md


def test_arms_section_says_where_the_supplier_ranks(tmp_path: Path, store: Store) -> None:
    from amity.dyad import Dyad
    from amity.report import arms
    from amity.report.base import ReportContext
    from amity.sources import import_files
    from tests.sources.sipri_fixtures import register

    import_files(store, "sipri", [register(tmp_path)])
    sec = arms.section(ReportContext(Dyad("CHN", "RUS", store=store, start=1999, end=2020)))
    # the fixture register: China's deliveries 1999-2020 come from Russia only (Su-30MKK 300, S-400 600),
    # Russia's go to China (900) and India (50)
    assert "Russia supplied 100 % of China's arms imports 1999–2020 (SIPRI TIV), 1st of 1 suppliers; China was " \
           "Russia's 1st customer of 2." in sec.md
