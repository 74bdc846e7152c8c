"""Overlapping sources never multiply rows: for every import kind, a small file is imported, then a second
source of the same kind that overlaps it (a newer vintage repeating its rows, a re-import with
``--replace``, or for UN votes a UN Digital Library bulk file repeating a Voeten resolution). The
indicators, the dyad-year panel and the listings then hold exactly the rows of one dataset -- counted here
from the fixture files themselves -- and ``amity data remove`` of the second source gives back the first
state.

The fixtures are the small files the importers' own tests write (``tests/sources``).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import openpyxl
import pandas as pd
from typer.testing import CliRunner

import amity
from amity import loading, panel
from amity.indicators.alliance import FLAGS
from amity.indicators.votes import published_ideal_points
from amity.store import Store
from tests.sources.gdelt_fixtures import event, write_export
from tests.sources.sipri_fixtures import ROWS as SIPRI_ROWS
from tests.sources.sipri_fixtures import register
from tests.sources.test_cow import write_cow_alliances, write_nmc
from tests.sources.test_idealpoints import session_csv
from tests.sources.test_milex import write_book
from tests.sources.test_unga import UNDL_2025, undl_rows, voeten_rows
from tests.sources.test_unga import write as write_unga
from tests.sources.test_wdi import write_wdi

RECORDS = Path(__file__).parent / "sources" / "records_fixture" / "ind-rus"


@contextmanager
def _reading(home: Path):
    st = Store(home / "amity.duckdb", read_only=True)
    try:
        yield st
    finally:
        st.close()


def _import(home: Path, kind: str, paths: list[Path], *, replace: bool = False, refresh: bool = False) -> list[str]:
    """Import ``paths`` (the library the command line uses); the ids of the sources created."""
    rep = loading.import_files(home / "amity.duckdb", kind, paths, replace=replace, refresh=refresh)
    return [r.source_id for r in rep.results if r.created]


def _sources(home: Path) -> list[str]:
    with _reading(home) as st:
        return sorted(st.sources()["id"])


def _overlap(home: Path, kind: str, first: list[Path], second: list[Path], measure: Callable[[Store], dict],
             *, refresh: bool = False) -> tuple[dict, dict]:
    """Import ``first``, measure; import the overlapping ``second``, measure; remove the second source and
    check the first measure is back. Returns (first measure, measure with both sources)."""
    (a,) = _import(home, kind, first, refresh=refresh)
    with _reading(home) as st:
        one = measure(st)
    added = _import(home, kind, second, refresh=refresh)
    assert added, "the second file must be a second source"
    assert _sources(home) == sorted([a, *added])
    with _reading(home) as st:
        both = measure(st)
    for sid in added:
        loading.remove_source(home / "amity.duckdb", sid, refresh=refresh)
    assert _sources(home) == [a]
    with _reading(home) as st:
        assert measure(st) == one, "removing the second source gives back the first state"
    return one, both


def _panel_rows(st: Store, start: int, end: int, strand: str, a: int, b: int, cols: list[str]) -> dict:
    """Rows of the panel with ``strand``, rows of the bare panel, and the (a, b) dyad's rows and values."""
    base = panel.build(st, start=start, end=end, add=[])
    p = panel.build(st, start=start, end=end, add=[strand])
    lo, hi = min(a, b), max(a, b)
    d = p[(p["cowcode1"] == lo) & (p["cowcode2"] == hi)].sort_values("year")
    return {"rows": len(p), "bare_rows": len(base), "dyad_rows": len(d),
            "dyad_values": [tuple(None if pd.isna(v) else round(float(v), 9) for v in r)
                            for r in d[cols].itertuples(index=False)]}


def _years_values(df: pd.DataFrame) -> list[tuple[int, float | None]]:
    return [(int(y), None if pd.isna(v) else round(float(v), 9)) for y, v in zip(df["year"], df["value"])]


# -- COW National Material Capabilities --------------------------------------------------------------------------
NMC_2017 = ("CHN,710,2017,228000000,2300,810000,3950000,1386000,790000,0.232,2024\n"
            "RUS,365,2017,66000000,830,71000,1040000,144000,105000,0.036,2024\n")


def _nmc_file(path: Path, extra: str = "") -> tuple[Path, dict[tuple[int, int], float]]:
    p = write_nmc(path, extra=extra)
    rows = list(csv.DictReader(io.StringIO(p.read_text())))
    return p, {(int(r["ccode"]), int(r["year"])): float(r["cinc"]) for r in rows}


def test_nmc_newer_release_repeating_rows(tmp_path: Path, amity_home: Path) -> None:
    v6, cinc6 = _nmc_file(tmp_path / "NMC-60-abridged.csv")
    (tmp_path / "v7").mkdir()
    # the next release repeats every row and adds a year (version column of that release)
    v7, cinc7 = _nmc_file(tmp_path / "v7" / "NMC-70-abridged.csv",
                          extra=NMC_2017)
    v7.write_text(v7.read_text().replace(",2021\n", ",2024\n"))

    def measure(st: Store) -> dict:
        ratio = amity.Dyad("CHN", "RUS", store=st).cinc_ratio()
        return {"ratio": _years_values(ratio),
                "panel": _panel_rows(st, 2015, 2017, "capabilities", 710, 365, ["cinc_1", "cinc_2"])}

    one, both = _overlap(amity_home, "nmc", [v6], [v7], measure)
    for got, cinc in ((one, cinc6), (both, cinc7)):
        years = sorted({y for _, y in cinc})
        want = [(y, round(cinc[(710, y)] / cinc[(365, y)], 9) if (710, y) in cinc and (365, y) in cinc else None)
                for y in years]
        assert got["ratio"] == want
        assert got["panel"]["rows"] == got["panel"]["bare_rows"]  # the strand adds columns, never rows
        assert got["panel"]["dyad_rows"] == 3  # one row per year 2015-2017
        # the panel orders a dyad by COW code: Russia (365) is state 1, China (710) state 2
        assert got["panel"]["dyad_values"] == [(cinc.get((365, y)), cinc.get((710, y))) for y in (2015, 2016, 2017)]


# -- COW formal alliances ----------------------------------------------------------------------------------------
def test_alliances_newer_version_repeating_rows(tmp_path: Path, amity_home: Path) -> None:
    v41 = write_cow_alliances(tmp_path / "alliance_v4.1_by_dyad_yearly.csv")
    (tmp_path / "v42").mkdir()
    v42 = tmp_path / "v42" / "alliance_v4.2_by_dyad_yearly.csv"
    # a later version: the same dyad-years, the entente carried one year further
    text = v41.read_text().replace(",4.1\n", ",4.2\n")
    v42.write_text(text + "2,710,China,365,Russia,16,7,2001,,,,0,1,0,0,0,1,2013,4.2\n")

    def years(path: Path) -> list[int]:
        return sorted({int(r["year"]) for r in csv.DictReader(io.StringIO(path.read_text()))
                       if {r["ccode1"], r["ccode2"]} == {"710", "365"}})

    def measure(st: Store) -> dict:
        al = amity.Dyad("CHN", "RUS", store=st).alliance()
        in_force = (al[list(FLAGS)].fillna(0).astype(int) == 1).any(axis=1)
        return {"years": sorted(int(y) for y in al.loc[in_force, "year"]), "rows": len(al),
                "first": int(al["year"].min()), "last": int(al["year"].max()), "unique": al["year"].is_unique,
                "panel": _panel_rows(st, 1950, 2013, "alliance", 710, 365, [])}

    one, both = _overlap(amity_home, "alliances", [v41], [v42], measure)
    for got, path in ((one, v41), (both, v42)):
        assert got["years"] == years(path)  # in force: the dyad-years of the file, each once
        assert got["unique"] and got["rows"] == got["last"] - got["first"] + 1 and got["last"] == max(years(path))
    for got in (one, both):
        assert got["panel"]["rows"] == got["panel"]["bare_rows"]
        assert got["panel"]["dyad_rows"] == 2013 - 1950 + 1


# -- World Bank WDI ----------------------------------------------------------------------------------------------
def test_wdi_newer_update_repeating_rows(tmp_path: Path, amity_home: Path) -> None:
    old = write_wdi(tmp_path / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2_1.csv")
    (tmp_path / "new").mkdir()
    new = tmp_path / "new" / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2_2.zip"
    csv_text = old.read_text(encoding="utf-8-sig").replace("2024-06-28", "2025-01-28")
    csv_text = csv_text.replace('"14000000000000","14300000000000","",',
                                '"14000000000000","14300000000000","14900000000000",')
    with zipfile.ZipFile(new, "w") as zf:
        zf.writestr("API_NY.GDP.MKTP.KD_DS2_en_csv_v2_2.csv", csv_text.encode("utf-8-sig"))

    def measure(st: Store) -> dict:
        return {"ratio": _years_values(amity.Dyad("CHN", "RUS", store=st).gdp_ratio())}

    one, both = _overlap(amity_home, "wdi", [old], [new], measure)
    assert one["ratio"] == [(2019, round(14e12 / 1.5e12, 9)), (2020, round(14.3e12 / 1.46e12, 9)), (2021, None)]
    assert both["ratio"] == [(2019, round(14e12 / 1.5e12, 9)), (2020, round(14.3e12 / 1.46e12, 9)),
                             (2021, round(14.9e12 / 1.54e12, 9))]


# -- SIPRI military expenditure ----------------------------------------------------------------------------------
def test_milex_newer_edition_repeating_rows(tmp_path: Path, amity_home: Path) -> None:
    old = write_book(tmp_path / "SIPRI-Milex-data-2021.xlsx")
    (tmp_path / "new").mkdir()
    new = tmp_path / "new" / "SIPRI-Milex-data-2022.xlsx"
    wb = openpyxl.load_workbook(old)
    ws = wb["Constant (2022) US$"]
    extra = {"Country": 2022, "China": 260.0, "Korea, South": 42.0, "Russia": 80.0, "USSR": "xxx",
             "European Union": 4.0}
    for row in ws.iter_rows():
        if row[0].value in extra:
            ws.cell(row=row[0].row, column=7, value=extra[row[0].value])
    wb.save(new)

    def measure(st: Store) -> dict:
        return {"ratio": _years_values(amity.Dyad("CHN", "RUS", store=st).milex_ratio())}

    one, both = _overlap(amity_home, "milex", [old], [new], measure)
    # China 240.5, 250.0, '...'; Russia 60.0, 'xxx', 66.0 (write_book); 2022: 260.0 and 80.0
    assert one["ratio"] == [(2019, round(240.5 / 60.0, 9)), (2020, None), (2021, None)]
    assert both["ratio"] == [*one["ratio"], (2022, round(260.0 / 80.0, 9))]


# -- SIPRI arms transfers ----------------------------------------------------------------------------------------
def _deliveries(rows: list[str], supplier: str, recipient: str) -> dict[int, float]:
    """Russia's deliveries to China per year, from the register rows, by hand: a deal's delivered TIV spread
    evenly over its delivery years."""
    out: dict[int, float] = {}
    for r in csv.reader(io.StringIO("\n".join(x.replace("\n", " ") for x in rows))):
        if r[0] != recipient or r[1] != supplier or not r[10].strip() or not r[15].strip():
            continue
        years = [int(y) for y in r[10].split(";")]
        for y in years:
            out[y] = out.get(y, 0.0) + float(r[15]) / len(years)
    return out


def test_sipri_newer_register_repeating_rows(tmp_path: Path, amity_home: Path) -> None:
    old = register(tmp_path, name="trade-register-2025.csv")
    new_rows = [*SIPRI_ROWS, "China,Russia,2023,,2,,Il-76MD-90A,transport aircraft,2,,2024,New,,40,80,80"]
    (tmp_path / "new").mkdir()
    new = register(tmp_path / "new", name="trade-register-2026.csv", date="12 Mar 2026 09:00:00 AM", rows=new_rows)

    def measure(st: Store) -> dict:
        d = amity.Dyad("RUS", "CHN", store=st)
        tiv = d.deliveries_tiv()
        deals = d.arms_deals()
        return {"tiv": {int(y): round(float(v), 6) for y, v in zip(tiv["year"], tiv["value"])
                        if pd.notna(v) and v > 0},
                "tiv_rows": len(tiv), "tiv_years_unique": tiv["year"].is_unique, "deals": len(deals),
                "panel": _panel_rows(st, 2015, 2024, "arms", 365, 710, [])}

    one, both = _overlap(amity_home, "sipri", [old], [new], measure)
    for got, rows in ((one, SIPRI_ROWS), (both, new_rows)):
        want = {y: round(v, 6) for y, v in _deliveries(rows, "Russia", "China").items() if v > 0}
        assert got["tiv"] == want
        assert got["tiv_years_unique"]
        assert got["deals"] == sum(1 for r in rows if r.startswith("China,Russia,"))
        assert got["panel"]["rows"] == got["panel"]["bare_rows"]
        assert got["panel"]["dyad_rows"] == 2024 - 2015 + 1
    assert both["tiv_rows"] >= one["tiv_rows"]


# -- UN Security Council vetoes ----------------------------------------------------------------------------------
def _veto_list(path: Path, lines: int) -> Path:
    text = resources.files("amity.dossier").joinpath("data/unsc_vetoes.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows[: lines + 1])
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def test_veto_list_newer_copy_repeating_rows(tmp_path: Path, amity_home: Path) -> None:
    old = _veto_list(tmp_path / "vetoes.csv", 11)
    (tmp_path / "new").mkdir()
    new = _veto_list(tmp_path / "new" / "vetoes.csv", 25)  # the same drafts and the vetoes cast after them

    def expected(path: Path) -> int:
        return sum(1 for r in csv.DictReader(io.StringIO(path.read_text()))
                   if {"CHN", "RUS"} & set(r["vetoed_by"].split(";")))

    def measure(st: Store) -> dict:
        v = amity.Dyad("CHN", "RUS", store=st).vetoes()
        return {"rows": len(v), "panel": _panel_rows(st, 1946, 1950, "vetoes", 710, 365, [])}

    one, both = _overlap(amity_home, "unsc-vetoes", [old], [new], measure)
    assert one["rows"] == expected(old) and both["rows"] == expected(new)
    for got in (one, both):
        assert got["panel"]["rows"] == got["panel"]["bare_rows"]
        assert got["panel"]["dyad_rows"] == 1950 - 1946 + 1  # one row per year

    # the listing the user reads: `amity votes vetoes CHN RUS`, one line per draft
    from amity.cli import app

    _import(amity_home, "unsc-vetoes", [new])
    res = CliRunner().invoke(app, ["votes", "vetoes", "CHN", "RUS", "--csv", "--home", str(amity_home)])
    assert res.exit_code == 0, res.output
    listed = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(listed) == expected(new)


# -- UN General Assembly votes -----------------------------------------------------------------------------------
def test_unga_voeten_then_digital_library_bulk_file(tmp_path: Path, amity_home: Path) -> None:
    voeten = write_unga(tmp_path / "UNVotes.csv", voeten_rows())
    undl = write_unga(tmp_path / "undl.csv", undl_rows(), header=UNDL_2025)

    # by hand: per year, the roll calls both China (710) and Russia (365) voted yes/abstain/no in
    vrows = [dict(zip(["rcid", "session", "vote", "ccode", "Countryname", "date", "unres"], r)) for r in voeten_rows()]

    def voted(rows: list[dict], year_of: Callable[[dict], int]) -> dict[int, set]:
        out: dict[int, dict] = {}
        for r in rows:
            out.setdefault(year_of(r), {}).setdefault(r["key"], set()).add(r["who"])
        return {y: {k for k, who in keys.items() if {"CHN", "RUS"} <= who} for y, keys in out.items()}

    voeten_votes = [{"key": r["unres"], "who": {710: "CHN", 365: "RUS"}.get(int(r["ccode"])),
                     "year": int(str(r["date"])[:4])} for r in vrows if int(r["vote"]) in (1, 2, 3)]
    undl_votes = [{"key": r[6], "who": r[1], "year": int(str(r[4])[:4])} for r in undl_rows() if r[3] in "YNA" and r[3]]
    by_year_v = voted(voeten_votes, lambda r: r["year"])
    by_year_all = voted(voeten_votes + undl_votes, lambda r: r["year"])  # same symbol: one roll call

    def measure(st: Store) -> dict:
        ag = amity.Dyad("CHN", "RUS", store=st).vote_agreement()
        return {"n_votes": {int(y): int(n) for y, n in zip(ag["year"], ag["n_votes"]) if pd.notna(n) and n > 0},
                "years_unique": ag["year"].is_unique,
                "panel": _panel_rows(st, 2000, 2024, "votes", 710, 365, [])}

    one, both = _overlap(amity_home, "unga", [voeten], [undl], measure)
    assert one["n_votes"] == {y: len(k) for y, k in by_year_v.items() if k}
    assert both["n_votes"] == {y: len(k) for y, k in by_year_all.items() if k}
    for got in (one, both):
        assert got["years_unique"]
        assert got["panel"]["rows"] == got["panel"]["bare_rows"]
        assert got["panel"]["dyad_rows"] == 2024 - 2000 + 1


# -- BSV ideal points --------------------------------------------------------------------------------------------
def test_ideal_points_newer_release_repeating_rows(tmp_path: Path, amity_home: Path) -> None:
    old = session_csv(tmp_path / "IdealpointestimatesAll_Jul2023.csv")
    (tmp_path / "new").mkdir()
    # the next release repeats every state-session and adds China's session 2
    added = '"6",710,2,40,0.4,0.0,0.1,0.2,0.4,0.6,0.7,0.8,"CHN","China"'
    new = session_csv(tmp_path / "new" / "IdealpointestimatesAll_Jun2024.csv",
                      rows=[*old.read_text().splitlines()[1:], added])

    def measure(st: Store) -> dict:
        bsv = published_ideal_points(st)
        return {"cells": sorted(zip(bsv["cow"].astype(int), bsv["session"].astype(int))),
                "theta": round(float(bsv["theta"].sum()), 9)}

    def expected(path: Path) -> dict:
        rows = list(csv.DictReader(io.StringIO(path.read_text())))
        ok = [r for r in rows if r["IdealPointAll"] != "NA"]
        return {"cells": sorted((int(r["ccode"]), int(r["session"])) for r in ok),
                "theta": round(sum(float(r["IdealPointAll"]) for r in ok), 9)}

    one, both = _overlap(amity_home, "idealpoints", [old], [new], measure)
    assert one == expected(old)
    assert both == expected(new)  # the newest release only, each state-session once


# -- GDELT events ------------------------------------------------------------------------------------------------
def _query_export(path: Path, events: list[dict[str, str]]) -> Path:
    """Event records as a query export (BigQuery or the analysis service): comma-separated, every value
    quoted, NULL for missing, no header line."""
    from amity.sources.gdelt import COLUMNS_V1_URL

    lines = [",".join(('"' + e[c] + '"') if e[c] else "NULL" for c in COLUMNS_V1_URL) for e in events]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_gdelt_daily_file_then_overlapping_query_export(tmp_path: Path, amity_home: Path) -> None:
    gids = [5000 + i for i in range(6)]
    evs = [event(gid=g, day="20150217", quad=1 + g % 4) for g in gids]
    daily = write_export(tmp_path / "20150218.export.CSV.zip", evs, 58)
    # a query export of February 2015 that holds four of those events and two more
    later_gids = [*gids[2:], 6000, 6001]
    later = [*evs[2:], *[event(gid=g, day="20150220", quad=1) for g in later_gids[4:]]]
    query = _query_export(tmp_path / "bq-results-2015-02.csv", later)

    def measure(st: Store) -> dict:
        e = amity.Dyad("CHN", "RUS", store=st).events(freq="M")
        return {"events": int(e["events"].fillna(0).sum()), "quad1": int(e["quad1"].fillna(0).sum()),
                "periods_unique": e["period"].is_unique}

    one, both = _overlap(amity_home, "gdelt", [daily], [query], measure, refresh=True)
    assert one["events"] == len(gids) and one["quad1"] == sum(1 for g in gids if g % 4 == 0)
    assert both["periods_unique"]
    assert both["events"] == len(set(gids) | set(later_gids))
    assert both["quad1"] == sum(1 for g in set(gids) | set(later_gids) if g % 4 == 0 or g >= 6000)


# -- curated records ---------------------------------------------------------------------------------------------
def test_records_replaced_not_added(tmp_path: Path, amity_home: Path) -> None:
    fixture = {t: list(csv.DictReader(io.StringIO((RECORDS / f"{t}.csv").read_text(encoding="utf-8"))))
               for t in ("exercises", "meetings")}

    def measure() -> dict:
        with _reading(amity_home) as st:
            d = amity.Dyad("IND", "RUS", store=st)
            ex, mt = d.exercises(), d.meetings()
            return {"exercises": sorted(ex["id"]), "meetings": sorted(mt["id"])}

    embedded = measure()  # the embedded record's India-Russia rows
    _import(amity_home, "records", [RECORDS])
    one = measure()
    assert one == {t: sorted(embedded[t] + [r["id"] for r in fixture[t]]) for t in ("exercises", "meetings")}
    # a corrected version of the same records (one meeting withdrawn): it replaces the first import, never adds
    fixed = tmp_path / "fixed"
    fixed.mkdir()
    for f in RECORDS.glob("*.csv"):
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        (fixed / f.name).write_text("".join(lines[:-1] if f.stem == "meetings" else lines), encoding="utf-8")
    withdrawn = fixture["meetings"][-1]["id"]
    (b,) = _import(amity_home, "records", [fixed], replace=True)
    assert _sources(amity_home) == [b]
    assert measure() == {"exercises": one["exercises"], "meetings": sorted(set(one["meetings"]) - {withdrawn})}
    loading.remove_source(amity_home / "amity.duckdb", b)
    assert _sources(amity_home) == []
    assert measure() == embedded

