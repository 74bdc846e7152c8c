"""Published BSV ideal points: the state-session CSV and the state-year Stata file, as released."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from amity.errors import InputError
from amity.sources import idealpoints as ip
from amity.sources import import_files
from amity.store import Store

HEADER = ('"","ccode","session","NVotesAll","IdealPointAll","QO%All","Q5%All","Q10%All","Q50%All","Q90%All",'
          '"Q95%All","Q100%All","iso3c","Countryname"')


def session_csv(path: Path, rows: list[str] | None = None) -> Path:
    """A state-session file in the release's layout: unnamed row-number column, NA strings, QO%All."""
    body = rows if rows is not None else [
        '"1",2,1,42,1.729717,1.030978,1.408308,1.485929,1.719886,1.985708,2.071162,2.590909,"USA","United States"',
        '"2",2,2,38,1.968981,1.245284,1.550032,1.633397,1.954984,2.30947,2.404424,2.836406,"USA","United States"',
        '"3",365,1,40,-1.5,-2.5,-2.0,-1.9,-1.5,-1.1,-1.0,-0.5,"RUS","Russia"',
        '"4",365,2,NA,NA,NA,NA,NA,NA,NA,NA,NA,"RUS","Russia"',
        '"5",710,1,41,0.5,0.1,0.2,0.3,0.5,0.7,0.8,0.9,"CHN","China"',
    ]
    path.write_text("\n".join([HEADER, *body]) + "\n", encoding="utf-8")
    return path


def test_session_csv_imports(tmp_path: Path, store: Store) -> None:
    f = session_csv(tmp_path / "IdealpointestimatesAll_Jul2023.csv")
    res = import_files(store, "idealpoints", [f])
    assert res[0].created
    src = store.sources()
    assert src["vintage"].iloc[0] == "2023-07" and "Bailey" in src["citation"].iloc[0]
    from amity.indicators.votes import published_ideal_points

    p = published_ideal_points(store).set_index(["cow", "session"])
    assert len(p) == 4  # the NA estimate is not a point
    assert p.loc[(2, 2), "theta"] == pytest.approx(1.968981)
    assert p.loc[(2, 1), "lo"] == pytest.approx(1.408308) and p.loc[(2, 1), "hi"] == pytest.approx(2.071162)
    assert p.loc[(2, 1), "se"] == pytest.approx((2.071162 - 1.408308) / 3.29)
    assert p.loc[(365, 1), "iso3"] == "RUS" and p.loc[(2, 1), "year"] == 1946
    assert not import_files(store, "idealpoints", [f])[0].created


def test_bad_key_field_names_line(tmp_path: Path, store: Store) -> None:
    f = session_csv(tmp_path / "IdealpointestimatesAll_Jul2023.csv", [
        '"1",2,1,42,1.7,1.0,1.4,1.4,1.7,1.9,2.0,2.5,"USA","United States"',
        '"2",2,x2,38,1.9,1.2,1.5,1.6,1.9,2.3,2.4,2.8,"USA","United States"'])
    with pytest.raises(InputError) as err:
        import_files(store, "idealpoints", [f])
    assert err.value.line == 3 and err.value.field == "session"
    assert store.sources().empty


def test_malformed_quantile_is_na_below_threshold(tmp_path: Path) -> None:
    rows = [f'"{i}",{c},{s},40,0.{i},0.0,0.1,0.2,0.3,0.4,0.5,0.6,"X","X"'
            for i, (c, s) in enumerate(((c, s) for c in (2, 20, 200, 220, 365) for s in range(1, 41)), start=1)]
    rows[7] = rows[7].replace(",0.1,0.2,", ",0.1x,0.2,", 1)  # Q5%All of data row 8 (line 9)
    f = session_csv(tmp_path / "IdealpointestimatesAll_Jan2020.csv", rows)
    tables, meta, notes = ip.read_with_notes(f)
    d = tables["bsv_idealpoints"]
    assert d["q05"].isna().sum() == 1 and len(d) == 200
    assert any("Q5%All: 1" in n and "line 9" in n for n in notes)
    assert meta.vintage == "2020-01"


def test_state_year_stata_file(tmp_path: Path, store: Store) -> None:
    df = pd.DataFrame({"ccode": [2, 2, 710, 710], "year": [2000, 2001, 2000, 2001],
                       "idealpointfp": [2.1, 2.2, -0.4, -0.5], "idealpointall": [2.5, 2.6, -0.6, np.nan],
                       "idealpointlegacy": [1.0, 1.1, -0.2, -0.3]})
    f = tmp_path / "idealpoints_stateyear.dta"
    df.to_stata(f, write_index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import_files(store, "idealpoints", [f])
    from amity.indicators.votes import published_ideal_points

    fp = published_ideal_points(store, estimate="fp", level="state-year").set_index(["cow", "year"])
    assert fp.loc[(710, 2001), "theta"] == pytest.approx(-0.5) and fp["se"].isna().all()
    al = published_ideal_points(store, estimate="all", level="state-year")
    assert len(al) == 3  # the NaN is missing, not a point


def test_real_release(shared_data: Path) -> None:
    tables, meta, notes = ip.read_with_notes(shared_data / "unga" / "IdealpointestimatesAll_Jul2023.csv")
    d = tables["bsv_idealpoints"]
    raw = pd.read_csv(shared_data / "unga" / "IdealpointestimatesAll_Jul2023.csv")
    assert len(d) == len(raw) == 11_045 and meta.vintage == "2023-07"
    assert d["session"].between(1, 77).all()
    assert d["value"].isna().sum() == raw["IdealPointAll"].isna().sum()
    us = d[(d["cow"] == 2) & (d["session"] == 1)].iloc[0]
    assert us["value"] == pytest.approx(raw.loc[(raw.ccode == 2) & (raw.session == 1), "IdealPointAll"].iloc[0])


def test_cli_source_bsv(tmp_path: Path) -> None:
    f = session_csv(tmp_path / "IdealpointestimatesAll_Jul2023.csv")
    home = tmp_path / "home"
    run = [sys.executable, "-m", "amity"]
    env_home = ["--home", str(home)]
    r = subprocess.run([*run, "data", "import", "idealpoints", str(f), *env_home], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([*run, "votes", "ideal-points", "CHN", "USA", "--source", "bsv", "--json", *env_home],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    rows = got if isinstance(got, list) else got.get("rows", got.get("data"))
    assert {(x["iso3"], x["session"]) for x in rows} == {("USA", 1), ("USA", 2), ("CHN", 1)}
    r = subprocess.run([*run, "votes", "ideal-points", "--source", "nope", *env_home], capture_output=True, text=True)
    assert r.returncode == 2 and "--source" in r.stderr
