"""Exercise indicators against hand-computed expectations on a dossier the test writes."""

import math

import pandas as pd
import pytest

from amity import Dyad
from amity.dossier import Dossier
from amity.indicators.exercises import great_circle_km


def dossier() -> Dossier:
    ex = pd.DataFrame([
        # id, year, date, domain, framework, area, lat, lon, participants, source
        ("a", 2005, "2005-08", "land", "SCO", "Shandong", 36.0, 120.0, "CHN;RUS", "b1"),
        ("b", 2007, "2007-08", "land", "SCO", "Chelyabinsk", 55.0, 61.0, "CHN;RUS;KAZ", "b1"),
        ("c", 2013, "2013-07", "sea", "bilateral", "Sea of Japan", 40.0, 135.0, "CHN;RUS", "b1"),
        ("c2", 2013, "2013-07", "sea", "bilateral", "Sea of Japan (Vladivostok)", 43.1, 131.9, "CHN;RUS", "b2"),
        ("d", 2013, "2013-11", "air", "bilateral", "Inner Mongolia", 41.0, 112.0, "CHN;RUS", "b2"),
        ("e", 2017, "2017-07", "sea", "bilateral", "Baltic Sea", 58.0, 20.0, "CHN;RUS", "b2"),
        ("f", 2010, "2010-01", "land", "bilateral", "Rajasthan", 27.0, 73.0, "IND;RUS", "b1"),
    ], columns=["id", "year", "date", "domain", "framework", "area", "lat", "lon", "participants", "source"])
    ex["year"] = ex["year"].astype("Int64")
    ex["same_as"] = ["", "", "", "c", "", "", ""]
    ex["locator"] = "p. 1"
    src = pd.DataFrame([{"key": "b1", "title": "One", "date": "2018-01", "kind": "brief"},
                        {"key": "b2", "title": "Two", "date": "2019-02", "kind": "brief"}])
    empty = pd.DataFrame(columns=["id", "year", "date", "title", "kind", "parties", "source", "locator"])
    return Dossier(sources=src, exercises=ex, agreements=empty, meetings=empty,
                   arms=pd.DataFrame(columns=["id", "record", "supplier", "recipient", "year", "unit",
                                              "source", "locator"]))


def test_haversine_matches_a_known_distance():
    # Beijing–Moscow ≈ 5,800 km (great circle)
    assert great_circle_km(39.9075, 116.3972, 55.7522, 37.6156) == pytest.approx(5780, abs=40)
    assert great_circle_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)


def test_exercises_dedupes_same_exercise_from_two_sources():
    ex = Dyad("CHN", "RUS", dossier=dossier()).exercises()
    assert list(ex["id"]) == ["a", "b", "c", "d", "e"]
    assert ex.loc[ex["id"] == "c", "source_ids"].item() == "b1;b2"


def test_exercises_per_year_zero_inside_coverage_na_outside():
    d = Dyad("CHN", "RUS", start=2003, end=2019, dossier=dossier())
    per = d.exercises_per_year().set_index("year")["value"]
    assert per[2005] == 1 and per[2007] == 1 and per[2013] == 2 and per[2017] == 1
    assert per[2006] == 0 and per[2016] == 0          # covered years with none recorded
    assert pd.isna(per[2003]) and pd.isna(per[2004]) and pd.isna(per[2018])   # outside coverage


def test_exercises_by_domain_and_filters():
    d = Dyad("CHN", "RUS", dossier=dossier())
    by = d.exercises_per_year(by="domain")
    air = by[by["category"] == "air"].set_index("year")["value"]
    assert air[2013] == 1 and air[2005] == 0
    first_air = d.indicator("exercises_per_year", domain="air")
    assert first_air.loc[first_air["value"] > 0, "year"].min() == 2013


def test_exclude_sources_removes_a_documents_records():
    d = Dyad("CHN", "RUS", dossier=dossier())
    ex = d.indicator("exercises", exclude_sources=frozenset({"b2"}))
    assert list(ex["id"]) == ["a", "b", "c"]
    # excluding the first source keeps the other source's record of the same exercise
    ex = d.indicator("exercises", exclude_sources=frozenset({"b1"}))
    assert list(ex["id"]) == ["c2", "d", "e"]
    assert ex.loc[0, "source_ids"] == "b2" and ex.loc[0, "area"] == "Sea of Japan (Vladivostok)"


def test_exercise_distance_is_farthest_area_from_first_capital():
    d = Dyad("CHN", "RUS", dossier=dossier())
    dist = d.exercise_distance().set_index("year")
    beijing = (39.9075, 116.3972)
    assert dist.loc[2013, "area"] == "Sea of Japan"     # farther from Beijing than Inner Mongolia
    assert dist.loc[2013, "value"] == round(great_circle_km(*beijing, 40.0, 135.0))
    assert dist.loc[2017, "area"] == "Baltic Sea"
    assert dist["value"].idxmax() == 2017
    moscow = (55.7522, 37.6156)
    assert dist.loc[2017, "km_from_b"] == round(great_circle_km(*moscow, 58.0, 20.0))


def test_other_pairs_get_only_their_records():
    d = Dyad("IND", "RUS", dossier=dossier())
    assert list(d.exercises()["id"]) == ["f"]
    assert Dyad("USA", "RUS", dossier=dossier()).exercises_per_year().empty


def test_unspecified_domain_is_its_own_category():
    dos = dossier()
    dos.exercises.loc[dos.exercises["id"] == "b", "domain"] = ""
    by = Dyad("CHN", "RUS", dossier=dos).exercises_per_year(by="domain")
    unspec = by[by["category"] == "unspecified"].set_index("year")["value"]
    assert unspec[2007] == 1 and unspec.sum() == 1
    assert by.groupby("year")["value"].sum()[2007] == 1


def test_filter_with_no_match_gives_zeros_inside_coverage_not_an_error():
    d = Dyad("CHN", "RUS", dossier=dossier())
    out = d.indicator("exercises_per_year", by="domain", domain="aerospace")
    assert set(out["category"]) == {"aerospace"}
    covered = out.dropna(subset=["value"])
    assert len(covered) == 2017 - 2005 + 1 and (covered["value"] == 0).all()


# -- schema v2: kinds, domain lists, further areas, sizes, firsts, completeness ---------------------------
def v2() -> Dossier:
    """Six China–Russia records of several kinds, with further areas, sizes, a citation and a completeness
    declaration for naval patrols."""
    cols = ["id", "year", "date", "name", "kind", "domain", "framework", "area", "lat", "lon", "participants",
            "lead", "same_as", "source"]
    ex = pd.DataFrame([
        ("p05", 2005, "2005-08-18", "Peace Mission 2005", "exercise", "land;sea;air", "bilateral", "Shandong",
         36.0, 120.0, "CHN;RUS", "CHN", "", "s1"),
        ("v18", 2018, "2018-09-11", "Vostok-2018", "exercise", "land;air", "multilateral", "Tsugol",
         50.6, 115.0, "CHN;RUS;MNG", "RUS", "", "s1"),
        ("m19", 2019, "2019-11-25", "Mosi", "exercise", "sea", "multilateral", "Cape Town", -34.0, 18.4,
         "CHN;RUS;ZAF", "ZAF", "", "s2"),
        ("ap19", 2019, "2019-07-23", "", "air-patrol", "air", "bilateral", "Sea of Japan", 40.0, 135.0, "CHN;RUS",
         "", "", "s2"),
        ("np21", 2021, "2021-10-17", "", "naval-patrol", "sea", "bilateral", "Sea of Japan", 40.0, 135.0, "CHN;RUS",
         "", "", "s2"),
        ("np23", 2023, "2023-07-28", "", "naval-patrol", "sea", "", "Sea of Japan", 40.0, 135.0, "CHN;RUS",
         "", "", "s2"),
    ], columns=cols)
    ex["year"] = ex["year"].astype("Int64")
    ex[["lat", "lon"]] = ex[["lat", "lon"]].astype("Float64")
    ex["locator"], ex["quote"] = "para. 1", "q"
    areas = pd.DataFrame([("np23", "Bering Sea off Alaska", 55.0, -165.0, "s2"),
                          ("np21", "Tsugaru Strait", 41.5, 140.5, "s2")],
                         columns=["exercise_id", "area", "lat", "lon", "source"])
    areas[["lat", "lon"]] = areas[["lat", "lon"]].astype("Float64")
    areas["locator"], areas["quote"], areas["geo_note"] = "para. 2", "q", ""
    sizes = pd.DataFrame([("v18", "CHN", "troops", 3200.0, "s1"), ("v18", "CHN", "troops", 3500.0, "s2"),
                          ("v18", "ALL", "troops", 300000.0, "s1")],
                         columns=["exercise_id", "party", "measure", "value", "source"])
    sizes["value"] = sizes["value"].astype("Float64")
    sizes["locator"], sizes["quote"] = "para. 3", "q"
    cit = pd.DataFrame([("p05", "s3", "para. 9", "q")], columns=["record_id", "source", "locator", "quote"])
    comp = pd.DataFrame([("exercises", "naval-patrol", 2021, 2023, "true", "a published list of patrols", "s2", "t")],
                        columns=["table", "kind", "from_year", "to_year", "complete", "basis", "source", "locator"])
    comp[["from_year", "to_year"]] = comp[["from_year", "to_year"]].astype("Int64")
    src = pd.DataFrame([{"key": k, "title": k, "date": d, "kind": "news", "url": "https://example.org/" + k}
                        for k, d in (("s1", "2018-09"), ("s2", "2023-08"), ("s3", "2005-08"))])
    empty = pd.DataFrame(columns=["id", "year", "date", "title", "kind", "parties", "source", "locator"])
    return Dossier(sources=src, exercises=ex, agreements=empty, meetings=empty,
                   arms=pd.DataFrame(columns=["id", "record", "supplier", "recipient", "year", "unit", "source",
                                              "locator"]),
                   exercise_areas=areas, exercise_sizes=sizes, citations=cit, completeness=comp)


def test_exercises_returns_every_kind_and_citations_in_source_ids():
    ex = Dyad("CHN", "RUS", dossier=v2()).exercises().set_index("id")
    assert set(ex["kind"]) == {"exercise", "air-patrol", "naval-patrol"}
    assert ex.loc["p05", "source_ids"] == "s1;s3"
    only = Dyad("CHN", "RUS", dossier=v2()).indicator("exercises", kinds="naval-patrol")
    assert list(only["id"]) == ["np21", "np23"]


def test_unknown_kind_is_an_error():
    from amity.errors import AmityError

    with pytest.raises(AmityError, match="unknown exercise kind 'drill'"):
        Dyad("CHN", "RUS", dossier=v2()).indicator("exercises", kinds="drill")


def test_an_exercise_in_several_domains_counts_in_each():
    by = Dyad("CHN", "RUS", dossier=v2()).exercises_per_year(by="domain").set_index(["category", "year"])["value"]
    assert by[("land", 2005)] == 1 and by[("sea", 2005)] == 1 and by[("air", 2005)] == 1
    assert by[("air", 2019)] == 1 and by[("sea", 2019)] == 1   # Mosi (sea) and the air patrol
    assert by[("land", 2010)] == 0                                # inside coverage, nothing recorded
    total = Dyad("CHN", "RUS", dossier=v2()).exercises_per_year().set_index("year")["value"]
    assert total[2019] == 2 and total[2005] == 1
    air = Dyad("CHN", "RUS", dossier=v2()).indicator("exercises_per_year", domain="air").set_index("year")["value"]
    assert air[2005] == 1 and air[2018] == 1 and air[2021] == 0


def test_exercises_by_kind_and_patrols_per_year():
    d = Dyad("CHN", "RUS", dossier=v2())
    by = d.indicator("exercises_per_year", by="kind").set_index(["category", "year"])["value"]
    assert by[("naval-patrol", 2021)] == 1 and by[("naval-patrol", 2022)] == 0 and by[("exercise", 2019)] == 1
    pat = d.indicator("patrols_per_year").set_index(["category", "year"])["value"]
    assert pat[("air-patrol", 2019)] == 1 and pat[("naval-patrol", 2023)] == 1
    assert pat[("naval-patrol", 2020)] == 0
    assert pat.index.get_level_values("year").min() == 2019     # from the first patrol, not the first exercise


def test_share_multilateral_over_exercises_of_known_framework():
    sh = Dyad("CHN", "RUS", dossier=v2()).indicator("exercise_share_multilateral").set_index("year")
    assert sh.loc[2019, "value"] == 50.0        # Mosi multilateral, air patrol bilateral
    assert sh.loc[2018, "value"] == 100.0 and sh.loc[2005, "value"] == 0.0
    assert pd.isna(sh.loc[2023, "value"])        # the only exercise has no known framework: missing, not 0
    assert pd.isna(sh.loc[2010, "value"]) and sh.loc[2010, "n_known"] == 0


def test_reach_uses_further_areas_and_each_capital():
    d = Dyad("CHN", "RUS", dossier=v2())
    reach = d.indicator("exercise_reach").set_index(["year", "category"])
    beijing, moscow = (39.9075, 116.3972), (55.7522, 37.6156)
    # 2023: the patrol's further leg off Alaska is farther from both capitals than the Sea of Japan
    assert reach.loc[(2023, "CHN"), "area"] == "Bering Sea off Alaska"
    assert reach.loc[(2023, "CHN"), "value"] == round(great_circle_km(*beijing, 55.0, -165.0))
    assert reach.loc[(2023, "RUS"), "value"] == round(great_circle_km(*moscow, 55.0, -165.0))
    # 2019: Cape Town is the farthest from both
    assert reach.loc[(2019, "RUS"), "area"] == "Cape Town"
    dist = d.exercise_distance().set_index("year")
    assert dist.loc[2023, "value"] == reach.loc[(2023, "CHN"), "value"]
    # 2021: the farther of the main area and the further leg, whichever it is
    km = {"Sea of Japan": great_circle_km(*beijing, 40.0, 135.0),
          "Tsugaru Strait": great_circle_km(*beijing, 41.5, 140.5)}
    assert dist.loc[2021, "area"] == max(km, key=km.get)
    assert dist.loc[2021, "value"] == round(max(km.values()))


def test_sizes_keep_conflicting_figures_side_by_side():
    sz = Dyad("CHN", "RUS", dossier=v2()).indicator("exercise_sizes")
    chn = sz[(sz["exercise_id"] == "v18") & (sz["party"] == "CHN")]
    assert sorted(chn["value"]) == [3200.0, 3500.0] and sorted(chn["source"]) == ["s1", "s2"]
    assert set(sz["exercise_id"]) == {"v18"}     # no size reported elsewhere: no row, not 0


def test_firsts():
    f = Dyad("CHN", "RUS", dossier=v2()).indicator("exercise_firsts").set_index("category")
    assert f.loc["first land exercise", "year"] == 2005 and f.loc["first sea exercise", "year"] == 2005
    assert f.loc["first outside Eurasia", "exercise_id"] == "m19"     # Cape Town, before the 2023 Alaska leg
    assert f.loc["first led by China", "year"] == 2005 and f.loc["first led by Russia", "exercise_id"] == "v18"
    assert f.loc["first naval-patrol", "year"] == 2021


@pytest.mark.parametrize("lat, lon, outside", [
    (-34.0, 18.4, True),      # Cape Town
    (55.0, -165.0, True),     # off Alaska
    (40.0, 135.0, False),     # Sea of Japan
    (34.5, 30.0, False),      # eastern Mediterranean
    (58.0, 20.0, False),      # Baltic Sea
    (25.0, 58.0, False),      # Gulf of Oman
    (11.0, 45.0, True),       # Horn of Africa
])
def test_outside_eurasia_box_rule(lat, lon, outside):
    from amity.indicators.exercises import outside_eurasia

    assert outside_eurasia(lat, lon) is outside


def test_coverage_says_complete_only_where_declared():
    d = Dyad("CHN", "RUS", dossier=v2())
    nav = d.indicator("exercises", kinds="naval-patrol")["coverage"].iloc[0]
    assert "a complete census for 2021–2023 (checked against a published list of patrols)" in nav
    allk = d.exercises()["coverage"].iloc[0]
    assert "not a complete census" in allk and "complete census for" not in allk
    # the China–Russia declaration says nothing about another pair's records
    other = Dyad("China", "Mongolia", dossier=v2()).exercises()["coverage"].iloc[0]
    assert "complete census for" not in other


def test_report_says_which_claim_verdicts_the_fuller_record_changed():
    """A brief's claim that only its own document attests is unverifiable on the seed records; a news
    record of the same exercise makes it supported — the report's re-check says so, and why."""
    from amity.report.base import ReportContext
    from amity.report.exercises import recheck, recheck_parts

    cols = ["id", "year", "date", "kind", "domain", "framework", "area", "lat", "lon", "participants", "same_as",
            "source", "locator", "quote"]
    ex = pd.DataFrame([
        ("ex-2017-baltic", 2017, "2017-07", "exercise", "sea", "bilateral", "Baltic Sea", 58.0, 20.0, "CHN;RUS", "",
         "fiia-2018", "p. 7", "q"),
        ("ex-2017-07-joint-sea", 2017, "2017-07-25", "exercise", "sea", "bilateral", "Baltic Sea", 59.9, 30.3,
         "CHN;RUS", "ex-2017-baltic", "news-1", "para. 1", "q"),
    ], columns=cols)
    ex["year"] = ex["year"].astype("Int64")
    ex[["lat", "lon"]] = ex[["lat", "lon"]].astype("Float64")
    src = pd.DataFrame([{"key": "fiia-2018", "title": "Brief", "date": "2018-01", "kind": "brief", "document": "b.txt"},
                        {"key": "news-1", "title": "News", "date": "2017-07-25", "kind": "news",
                         "url": "https://example.org/n"}])
    claim = {"id": "fiia-baltic", "text": "joint exercise in the Baltic Sea in 2017", "said_in":
             {"source": "fiia-2018", "locator": "p. 7"}, "indicator": "exercises", "dyad": ["CHN", "RUS"],
             "test": "extent", "period": [2017, 2017], "expected": True, "tolerance": 0,
             "params": {"place": "Baltic Sea"}}
    empty = pd.DataFrame(columns=["id", "year", "date", "title", "kind", "parties", "source", "locator"])
    dos = Dossier(sources=src, exercises=ex, agreements=empty, meetings=empty,
                  arms=pd.DataFrame(columns=["id", "record", "supplier", "recipient", "year", "unit", "source",
                                             "locator"]), claims=[claim])
    ctx = ReportContext(Dyad("CHN", "RUS", dossier=dos))
    rc = recheck(ctx).set_index("id")
    assert rc.loc["fiia-baltic", "seed_verdict"] == "unverifiable"   # its own document is left out
    assert rc.loc["fiia-baltic", "full_verdict"] == "supported" and rc.loc["fiia-baltic", "changed"]
    assert "Baltic" in rc.loc["fiia-baltic", "reason"]
    html, md = zip(*recheck_parts(ctx, frozenset({"exercises"}), "exercise"))
    assert "1 of 1 verdicts changed" in md[0] and "fiia-baltic" in md[1] and "supported" in md[1]


def test_exercise_map_embeds_natural_earth_land_offline():
    import json

    from amity.report.base import chart_svg
    from amity.report.exercises import land_topojson, world_map

    topo = json.loads(land_topojson())
    assert topo["type"] == "Topology" and "land" in topo["objects"]
    chart = world_map(pd.DataFrame({"lat": [58.0], "lon": [20.0], "kind": ["exercise"]}), title="t")
    spec = chart.to_json(validate=False)
    assert '"feature": "land"' in spec and "http" not in spec.replace("https://vega.github.io/schema", "")
    svg = chart_svg(chart)
    longest = max(len(p) for p in svg.split("<path")[1:])
    assert longest > 5_000       # the land polygons were drawn, not just a sphere and a dot
