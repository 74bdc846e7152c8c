"""GDELT event series of a dyad: counts, Goldstein, shares, dedup, coverage (NA), engines, CLI, report.

Expected values are computed here with plain Python loops over the fixture events.
"""

from __future__ import annotations

import json
import random
import shutil
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from amity.dyad import Dyad
from amity.indicators import events as ev
from amity.indicators import registry
from amity.sources import gdelt
from tests.sources.gdelt_fixtures import event, write_export

CODES = [
    ("010", 1, 0.0),
    ("042", 1, 1.9),
    ("057", 1, 8.0),
    ("061", 2, 6.4),
    ("073", 2, 7.4),
    ("111", 3, -2.0),
    ("130", 3, -4.4),
    ("173", 4, -5.0),
    ("190", 4, -10.0),
]
ACTORS = ["CHN", "RUS", "USA", "IND", None]
# daily 1.0 files (58 columns) for some days of Jan and Mar 2015 (none in Feb) and one 2.0 file
DAYS = ["20150105", "20150106", "20150120", "20150302", "20150303"]


def _fixture(tmp_path: Path) -> tuple[list[Path], list[dict[str, str]]]:
    rng = random.Random(20150218)
    files, rows, gid = [], [], 1
    for day in [*DAYS, "20150310120000"]:
        evs = []
        for _ in range(60):
            date = day[:8]
            if rng.random() < 0.1:  # reported later: dated a few days (maybe a month) before
                date = {"01": "20141230", "03": "20150227"}[day[4:6]]
            a1, a2 = rng.choice(ACTORS), rng.choice(ACTORS)
            if rng.random() < 0.35:
                a1, a2 = rng.choice([("CHN", "RUS"), ("RUS", "CHN")])
            code, quad, gold = rng.choice(CODES)
            url = f"https://news.example/{day}/{rng.randrange(25)}"
            evs.append(
                event(
                    gid=gid,
                    day=date,
                    a1=a1,
                    a2=a2,
                    code=code,
                    quad=quad,
                    gold=gold,
                    url=url,
                    type1=rng.choice(["GOV", "MIL"]),
                )
            )
            gid += 1
        name = f"{day}.export.CSV.zip"
        files.append(write_export(tmp_path / "gd" / name, evs, 61 if len(day) == 14 else 58))
        rows.extend(evs)
    return files, rows


def _expected(
    rows: list[dict[str, str]],
    *,
    freq: str = "M",
    dedup: str = "none",
    both: bool = False,
    fields: tuple[str, str] = ("Actor1CountryCode", "Actor2CountryCode"),
    a: str = "CHN",
    b: str = "RUS",
) -> dict[str, dict[str, float]]:
    """Per period label: the measures, by plain loops."""
    if dedup != "none":
        first: dict[tuple, dict[str, str]] = {}
        for r in rows:
            if dedup == "url":
                k = (r[fields[0]], r[fields[1]], r["SOURCEURL"] or "#" + r["GLOBALEVENTID"])
            else:
                k = (r["Actor1Code"], r["Actor2Code"], r["EventCode"], r["SQLDATE"])
            if k not in first or int(r["GLOBALEVENTID"]) < int(first[k]["GLOBALEVENTID"]):
                first[k] = r
        rows = list(first.values())

    def label(r: dict[str, str]) -> str:
        y, m = r["SQLDATE"][:4], int(r["SQLDATE"][4:6])
        return {"M": f"{y}-{m:02d}", "Q": f"{y}-Q{(m - 1) // 3 + 1}", "Y": y}[freq]

    out: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for r in rows:
        p = out[label(r)]
        p["total_events"] += 1
        x, y = r[fields[0]] or None, r[fields[1]] or None
        if (x, y) == (a, b) or (both and (x, y) == (b, a)):
            p["events"] += 1
            p[f"quad{r['QuadClass']}"] += 1
            p["goldstein_sum"] += float(r["GoldsteinScale"])
    return out


@pytest.fixture
def loaded(store, tmp_path: Path):
    files, rows = _fixture(tmp_path)
    gdelt.import_files(store, files)
    return store, rows


def _check(df: pd.DataFrame, exp: dict[str, dict[str, float]], covered: set[str]) -> None:
    for r in df.to_dict(orient="records"):
        p = r["period"]
        if p not in covered:
            for c in (
                "events",
                "quad1",
                "quad4",
                "goldstein_sum",
                "goldstein_mean",
                "total_events",
                "events_norm",
                "coop_share",
            ):
                assert pd.isna(r[c]), (p, c)
            continue
        e = exp.get(p, {})
        n = e.get("events", 0)
        assert r["events"] == n and r["value"] == n, p
        for i in (1, 2, 3, 4):
            assert r[f"quad{i}"] == e.get(f"quad{i}", 0), (p, i)
            assert r[f"quad{i}_norm"] == pytest.approx(e.get(f"quad{i}", 0) / e["total_events"])
        assert r["total_events"] == e["total_events"]
        assert r["goldstein_sum"] == pytest.approx(e.get("goldstein_sum", 0.0))
        assert r["events_norm"] == pytest.approx(n / e["total_events"])
        assert r["goldstein_sum_norm"] == pytest.approx(e.get("goldstein_sum", 0.0) / e["total_events"])
        if n:
            assert r["goldstein_mean"] == pytest.approx(e["goldstein_sum"] / n)
            assert r["coop_share"] == pytest.approx((e.get("quad1", 0) + e.get("quad2", 0)) / n)
        else:
            assert pd.isna(r["goldstein_mean"]) and pd.isna(r["coop_share"])


COVERED_M = {"2015-01", "2015-03"}


def test_registered_and_empty_without_data(store) -> None:
    assert registry()["events"].strand == "events" and registry()["events"].directed
    df = Dyad("CHN", "RUS", store=store).events()
    assert df.empty and list(df.columns) == ev.COLUMNS


def test_monthly_series_matches_loops(loaded) -> None:
    store, rows = loaded
    df = Dyad("CHN", "RUS", store=store, start=2014, end=2015).events()
    assert list(df["period"]) == [f"{y}-{m:02d}" for y in (2014, 2015) for m in range(1, 13)]
    _check(df, _expected(rows), COVERED_M)
    # Dec 2014 has backdated events in the files, but no file of its own: NA, not 0 and not a count
    dec = df.set_index("period").loc["2014-12"]
    assert pd.isna(dec["events"]) and dec["coverage_share"] == 0
    jan = df.set_index("period").loc["2015-01"]
    assert jan["coverage_share"] == pytest.approx(3 / 31)
    mar = df.set_index("period").loc["2015-03"]
    assert mar["coverage_share"] == pytest.approx((2 + 1 / 96) / 31)
    assert len(jan["source_ids"].split(";")) == 3 and all(
        s.startswith("gdelt:") for s in jan["source_ids"].split(";")
    )
    assert jan["vintage"] == "2015-01-05..2015-01-20"
    assert mar["vintage"] == "2015-03-02..2015-03-10T12:00"


def test_default_window_is_the_files_coverage(loaded) -> None:
    store, rows = loaded
    df = Dyad("CHN", "RUS", store=store).events()
    assert list(df["period"]) == ["2015-01", "2015-02", "2015-03"]
    _check(df, _expected(rows), COVERED_M)


@pytest.mark.parametrize("dedup", ["url", "actors-day"])
@pytest.mark.parametrize("both", [False, True])
def test_dedup_and_directions(loaded, dedup: str, both: bool) -> None:
    store, rows = loaded
    df = Dyad("CHN", "RUS", store=store).events(dedup=dedup, both_directions=both)
    exp = _expected(rows, dedup=dedup, both=both)
    _check(df, exp, COVERED_M)
    plain = _expected(rows, both=both)
    assert exp["2015-01"]["events"] < plain["2015-01"]["events"]  # the fixture has duplicates


@pytest.mark.parametrize("freq", ["Q", "Y"])
def test_quarters_and_years(loaded, freq: str) -> None:
    store, rows = loaded
    df = Dyad("CHN", "RUS", store=store, start=2015, end=2015).events(freq=freq, both_directions=True)
    labels = ["2015-Q1", "2015-Q2", "2015-Q3", "2015-Q4"] if freq == "Q" else ["2015"]
    assert list(df["period"]) == labels
    _check(df, _expected(rows, freq=freq, both=True), {labels[0]})


def test_reversed_dyad_and_actor_fields(loaded) -> None:
    store, rows = loaded
    _check(Dyad("RUS", "CHN", store=store).events(), _expected(rows, a="RUS", b="CHN"), COVERED_M)
    # full actor codes: only events whose actor codes are exactly CHNGOV and RUSMIL
    df = Dyad("CHN", "RUS", store=store).events(actor_fields=("Actor1Code", "Actor2Code"))
    assert int(df["events"].fillna(0).sum()) == 0  # "CHN" alone is never a full actor code here
    with pytest.raises(Exception, match="bad actor field"):
        Dyad("CHN", "RUS", store=store).events(actor_fields=("Actor1Name", "Actor2CountryCode"))


def test_exclude_sources(loaded) -> None:
    store, rows = loaded
    jan20 = store.sources("gdelt").set_index("file_name").loc["20150120.export.CSV.zip", "id"]
    df = Dyad("CHN", "RUS", store=store).events(exclude_sources=frozenset({jan20}))
    kept = [r for r in rows if not (int(r["GLOBALEVENTID"]) > 120 and int(r["GLOBALEVENTID"]) <= 180)]
    _check(df, _expected(kept), COVERED_M)
    assert jan20 not in df.set_index("period").loc["2015-01", "source_ids"]


def test_missing_parquet_file_is_an_error(loaded) -> None:
    store, _ = loaded
    shutil.rmtree(gdelt.events_dir(store) / "year=2015" / "month=03")
    with pytest.raises(Exception, match="is missing; import the source files again"):
        Dyad("CHN", "RUS", store=store).events()


def test_one_definition_compiles_for_each_engine() -> None:
    expr = ev.series_expr("CHN", "RUS", dedup="url")
    for dialect in ("duckdb", "pyspark", "bigquery"):
        sql = ev.to_sql(expr, dialect)
        assert "Actor1CountryCode" in sql and "SOURCEURL" in sql and "QuadClass" in sql
    bq = ev.to_sql(
        ev.series_expr("CHN", "RUS", table=ev.events_table("events", ("gdelt-bq", "gdeltv2"))), "bigquery"
    )
    assert "`gdelt-bq`.`gdeltv2`.`events`" in bq


@pytest.mark.parametrize(
    ("a", "b", "dedup"), [("CHN", "RUS", "none"), ("USA", "IND", "none"), ("IND", "USA", "url"), ("USA", "GBR", "none")]
)
def test_series_expr_rows_match_loops(loaded, a: str, b: str, dedup: str) -> None:
    """The raw series: one row per period with any event, counts 0 and Goldstein NULL without the dyad."""
    store, rows = loaded
    paths = [p for f in gdelt.loaded_files(store) for p in f["paths"]]
    got = ev.run(ev.series_expr(a, b, dedup=dedup), paths)
    exp = _expected(rows, a=a, b=b, dedup=dedup)
    keys = sorted(int(p.replace("-", "")) for p in exp)
    assert list(got["period_key"]) == keys
    if b == "GBR":  # no fixture event names GBR: every period is there, without the dyad
        assert len(keys) == 4 and all(e.get("events", 0) == 0 for e in exp.values())
    for r in got.to_dict(orient="records"):
        e = exp[f"{r['period_key'] // 100}-{r['period_key'] % 100:02d}"]
        assert r["total_events"] == e["total_events"]
        assert [r["events"], r["quad1"], r["quad2"], r["quad3"], r["quad4"]] == [
            e.get(c, 0) for c in ("events", "quad1", "quad2", "quad3", "quad4")
        ]
        if e.get("events", 0):
            assert r["goldstein_sum"] == pytest.approx(e["goldstein_sum"])
            assert r["goldstein_mean"] == pytest.approx(e["goldstein_sum"] / e["events"])
        else:
            assert pd.isna(r["goldstein_sum"]) and pd.isna(r["goldstein_mean"])


def test_panel_matches_loops(loaded) -> None:
    store, rows = loaded
    paths = [p for f in gdelt.loaded_files(store) for p in f["paths"]]
    panel = ev.run(ev.panel_expr(), paths)
    exp: dict[tuple, int] = defaultdict(int)
    for r in rows:
        a, b = r["Actor1CountryCode"], r["Actor2CountryCode"]
        if a and b and a != b:
            exp[(a, b, int(r["MonthYear"]))] += 1
    got = {(r.actor1, r.actor2, int(r.period_key)): int(r.events) for r in panel.itertuples()}
    assert got == dict(exp)


def _spy_tables(monkeypatch) -> list[str]:
    """Record the table each run of the indicator reads."""
    seen: list[str] = []
    real = ev.run

    def spy(expr, paths, engine="duckdb"):
        seen.append(ev._table_name(expr))
        return real(expr, paths, engine)

    monkeypatch.setattr(ev, "run", spy)
    return seen


def test_series_read_the_dyad_month_sums_where_they_answer(loaded, monkeypatch) -> None:
    store, rows = loaded
    seen = _spy_tables(monkeypatch)
    d = Dyad("CHN", "RUS", store=store)
    _check(d.events(both_directions=True), _expected(rows, both=True), COVERED_M)
    _check(d.events(dedup="url"), _expected(rows, dedup="url"), COVERED_M)
    d.events(actor_fields=("Actor1Code", "Actor2Code"))
    assert seen == ["gdelt_dyad_months", "gdelt_events", "gdelt_events"]
    with pytest.raises(Exception, match="without de-duplication"):
        ev.series_expr("CHN", "RUS", dedup="actors-day", dyad_months=True)


def test_without_matching_sums_the_events_are_read(loaded, monkeypatch, tmp_path: Path) -> None:
    """Sums missing (an interrupted rebuild, a store from before them) or of other files (a source
    left out): the events are read, with the same result; an import rebuilds the sums."""
    store, rows = loaded
    seen = _spy_tables(monkeypatch)
    jan20 = store.sources("gdelt").set_index("file_name").loc["20150120.export.CSV.zip", "id"]
    df = Dyad("CHN", "RUS", store=store).events(exclude_sources=frozenset({jan20}))
    kept = [r for r in rows if not (120 < int(r["GLOBALEVENTID"]) <= 180)]
    _check(df, _expected(kept), COVERED_M)
    shutil.rmtree(gdelt.dyad_months_dir(store) / "year=2015" / "month=03")
    _check(Dyad("CHN", "RUS", store=store).events(), _expected(rows), COVERED_M)
    assert seen == ["gdelt_events", "gdelt_events"]
    (again,) = gdelt.import_files(store, sorted((tmp_path / "gd").iterdir())[:1])  # the fixture's file
    assert not again.created  # already imported: only the sums are rebuilt
    _check(Dyad("CHN", "RUS", store=store).events(), _expected(rows), COVERED_M)
    assert seen[-1] == "gdelt_dyad_months"


@pytest.mark.parametrize("freq", ["M", "Q", "Y"])
def test_sums_and_events_give_the_same_panel(loaded, freq: str) -> None:
    store, _ = loaded
    files = gdelt.loaded_files(store)
    raw = ev.run(ev.panel_expr(freq=freq), [p for f in files for p in f["paths"]])
    sums = ev.run(ev.panel_expr(freq=freq, dyad_months=True), gdelt.dyad_month_paths(store, files))
    keys = ["actor1", "actor2", "period_key"]
    raw, sums = (x.sort_values(keys).reset_index(drop=True) for x in (raw, sums))
    assert len(raw) > 10
    pd.testing.assert_frame_equal(raw, sums, check_dtype=False)


def test_spark_engine_matches_duckdb(loaded) -> None:
    pytest.importorskip("pyspark", reason="pyspark not installed: Spark engine test skipped")
    if shutil.which("java") is None:
        pytest.skip("Java not found: Spark engine test skipped")
    store, _ = loaded
    d = Dyad("CHN", "RUS", store=store)
    a = d.events(dedup="url", both_directions=True)
    b = d.events(dedup="url", both_directions=True, engine="spark")
    pd.testing.assert_frame_equal(a, b, check_dtype=False)
    # the default reads the dyad-month sums, on Spark as on DuckDB
    pd.testing.assert_frame_equal(d.events(freq="Q"), d.events(freq="Q", engine="spark"), check_dtype=False)


def test_cli_events_json_and_sql(loaded) -> None:
    from amity.cli import app

    loaded[0].close()  # the command opens the store itself
    runner = CliRunner()
    res = runner.invoke(app, ["events", "CHN", "RUS", "--freq", "Q", "--both-directions", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    exp = _expected(loaded[1], freq="Q", both=True)
    assert [r["period"] for r in out] == ["2015-Q1"]
    assert out[0]["events"] == exp["2015-Q1"]["events"]
    res = runner.invoke(app, ["events", "CHN", "RUS", "--sql", "bigquery", "--dedup", "actors-day"])
    assert res.exit_code == 0 and "gdelt-bq" in res.stdout
    res = runner.invoke(app, ["events", "CHN", "RUS", "--freq", "W"])
    assert res.exit_code != 0
    # the table: the main columns; February (no file loaded) is NA, not 0
    res = runner.invoke(app, ["events", "CHN", "RUS"])
    assert res.exit_code == 0 and "all columns with --csv or --json" in res.stdout
    assert "quad1_norm" not in res.stdout and "source_ids" not in res.stdout
    (feb,) = [ln for ln in res.stdout.splitlines() if "2015-02" in ln]
    assert feb.split("│")[2].strip() == "NA" and "0.0 %" in feb


def test_cli_events_without_data(store) -> None:
    from amity.cli import app

    store.close()
    res = CliRunner().invoke(app, ["events", "CHN", "RUS"])
    assert res.exit_code != 0 and "no GDELT event data loaded" in str(res.exception)


def test_report_section(loaded) -> None:
    from amity.report.base import ReportContext
    from amity.report.events import section

    store, rows = loaded
    sec = section(ReportContext(Dyad("CHN", "RUS", store=store)))
    assert sec.key == "events" and "<svg" in sec.html and "GDELT Event Database" in sec.html
    total = sum(
        1
        for r in rows
        if {r["Actor1CountryCode"], r["Actor2CountryCode"]} == {"CHN", "RUS"}
        and r["SQLDATE"][:6] in ("201501", "201503")
    )
    assert f"{total:,} news-coded events" in sec.md


def test_report_section_without_data(store) -> None:
    from amity.report.base import ReportContext
    from amity.report.events import section

    sec = section(ReportContext(Dyad("CHN", "RUS", store=store)))
    assert "No GDELT event data loaded" in sec.md and "amity data fetch gdelt" in sec.md
    assert "<svg" not in sec.html
