"""Extraction of candidate claims from briefs' text: the two seed briefs and a third brief of our own.

The expected passages were listed by reading the briefs (every dated or quantitative statement);
each must be found inside some candidate's passage, whole (not cut by a footnote or a line break).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from amity.claims import clean_text, extract, sentences

FIXTURES = Path(__file__).parent / "fixtures"
FIIA = "000_40d4d9ae49e19157.txt"
MONTAIGNE = "001_70223bb92e1a6af6.txt"

FIIA_PASSAGES = [
    "In June 2017, China and Russia signed a general plan for bilateral military cooperation for the years 2017–2020.",
    "since the first two exercises of 2005 and 2007",
    "Arms sales from Russia to China picked up after 2015",
    "formed their “strategic partnership of coordination” in 1996",
    "Shanghai Cooperation Organization (SCO), which was established in 2001",
    "their 1997 joint communiqué",
    "Between 2001 and 2012, China and Russia intensified their political cooperation",
    "used the double veto more often than before to block US- and EU-initiated draft resolutions",
    "The Sino-Russian treaty of friendship signed in 2001",
    "occurred in 2008 when the two countries managed to peacefully resolve their border dispute",
    "When Xi Jinping came to power in 2013",
    "Victory Day parade in May 2015",
    "Since April 2015, the two countries have held regular meetings",
    "joint statement with Russia in July 2017 was the first of its kind in ten years",
    "signed an agreement on military technology cooperation in 1992",
    "Chinese orders accounted for 34–60 per cent of Russian major weapons sales between 1999 and 2006.",
    "Russian arms transfers to China peaked in 2005 to the tune of 3.1 billion USD, when China accounted for "
    "around 60 per cent of Russian deliveries.",
    "After 2005 sales declined sharply, however, falling to 0.6 billion in 2016.",
    "signed an agreement on intellectual property in 2008",
    "In 2011 Russia and China established a joint venture",
    "In 2016, this cooperation was upgraded",
    "ten of which were delivered in 2016",
    "In April 2016, the first China-Russia cyber forum was held in Moscow.",
    "since the 2005 Peace Mission, which was their first joint exercise",
    "in 2013 the air forces trained together for the first time",
    "the 2014 exercises were held in the East China Sea",
    "The 2016 drills were held in the contested South China Sea.",
    "Russia sent three surface ships, two supply ships, two helicopters",
    "In July 2017 Chinese and Russian troops held a joint naval exercise in the Baltic Sea, followed by another "
    "exercise in the Sea of Japan in September.",
]
MONTAIGNE_PASSAGES = [
    "as seen in the South China Sea in 2016",
    "first, in the Mediterranean in 2015, then in the Baltic Sea in 2017",
    "since the Soviet Union collapsed in December 1991",
    "In 1996, China, Russia, Kazakhstan, Kyrgyzstan, and Tajikistan",
    "establishment of the Shanghai Cooperation Organization (SCO) in 2001",
    "Fourthly, since 2005, China and Russia have engaged in joint military exercises.",
    "in the 1980s",
    "In 2017, China and Russia conducted in-depth cooperation in defense consultations and joint training.",
    "for the period of 2017-2020",
    "both countries carried out three joint performances on sea, land, and air",
    "six-day air defense drills",
    "did not achieve major breakthroughs when it came to military-technical cooperation in 2017",
    "which was held in Moscow in December 2017",
    "approximately 100 AL-31F engines",
    "for a total amount of approximately $1 billion",
    "started in 2008/09, but it was not until May 2016",
    "as early as the end of 2016",
    "China accounted for approximately 14.4% of Russia's total defense industry orders ($6.5 billion)",
    "The number of weapons Russia provided to China in 2017 exceeded India for the first time in years",
]
THIRD_PASSAGES = [
    "Russian arms deliveries to India peaked in 2012, and India accounted for 35–45 per cent of Russian arms "
    "exports between 2010 and 2014.",
    "The Soviet Union cast four vetoes on Kashmir between 1957 and 1971",
    "signed a Declaration on Strategic Partnership in October 2000",
    "In 2013 Russia delivered arms worth 4.7 billion USD to India",
    "However, Russian deliveries to India declined after 2014, as India diversified its suppliers",
    "In 2018 the value of Russian weapons delivered to India exceeded those to China, according to trade figures "
    "compiled by the Stockholm institute.",
    "shows that the Indo-Russian arms relationship is far from over",
    "In 2003 the two navies held their first joint exercise, INDRA, off the coast of Kochi.",
    "The navies exercised in the Bay of Bengal in 2014",
    "India's economy was about 1.6 times the size of Russia's in 2016",
]


def _brief(seeds: Path, name: str) -> str:
    return (seeds / name).read_text(encoding="utf-8")


def _missing(cands, expected):  # noqa: ANN001, ANN202
    passages = [c.passage for c in cands]
    return [e for e in expected if not any(e in p for p in passages)]


def _claims(cands):  # noqa: ANN001, ANN202
    return [c.claim for c in cands if c.claim]


def _has(claims, **kw):  # noqa: ANN001, ANN003, ANN202
    return any(all(c.get(k) == v for k, v in kw.items()) for c in claims)


def test_fiia_all_dated_and_quantitative_passages_found(seeds: Path) -> None:
    cands = extract(_brief(seeds, FIIA), source="fiia-2018")
    assert _missing(cands, FIIA_PASSAGES) == []


def test_montaigne_all_dated_and_quantitative_passages_found(seeds: Path) -> None:
    cands = extract(_brief(seeds, MONTAIGNE), source="montaigne-2019")
    assert _missing(cands, MONTAIGNE_PASSAGES) == []


def test_third_brief_passages_found() -> None:
    cands = extract((FIXTURES / "third_brief.txt").read_text(encoding="utf-8"))
    assert _missing(cands, THIRD_PASSAGES) == []
    # sentences without a date, amount, share, count or comparison are not candidates
    assert not any("rests on decades" in c.passage for c in cands)


def test_fiia_structured_claims(seeds: Path) -> None:
    cl = _claims(extract(_brief(seeds, FIIA), source="fiia-2018"))
    assert _has(cl, indicator="deliveries_tiv", dyad=["RUS", "CHN"], test="peak", expected=2005)
    assert _has(cl, indicator="deliveries_tiv", test="value", expected=3.1, unit="US$ (billions)", period=[2005, 2005])
    assert _has(cl, indicator="deliveries_tiv", test="value", expected=0.6, period=[2016, 2016])
    assert _has(cl, indicator="share_of_supplier_exports", test="share", expected=[34.0, 60.0], period=[1999, 2006])
    assert _has(cl, indicator="double_vetoes", test="count", period=[2001, 2012])
    assert _has(cl, indicator="exercises_per_year", test="first", expected=2013, params={"domain": "air"})
    for place, year in [("East China Sea", 2014), ("South China Sea", 2016), ("Baltic Sea", 2017),
                        ("Sea of Japan", 2017)]:
        assert _has(cl, test="extent", params={"place": place}, period=[year, year]), place
    trend = [c for c in cl if c["test"] == "trend" and c["params"]["direction"] == "increase"]
    assert trend and trend[0]["params"]["before"][1] == 2015 and trend[0]["dyad"] == ["RUS", "CHN"]
    assert all(c["said_in"]["source"] == "fiia-2018" for c in cl)


def test_montaigne_structured_claims(seeds: Path) -> None:
    cl = _claims(extract(_brief(seeds, MONTAIGNE), source="montaigne-2019"))
    for place, year in [("South China Sea", 2016), ("Mediterranean", 2015), ("Baltic Sea", 2017)]:
        assert _has(cl, test="extent", params={"place": place}, period=[year, year]), place
    assert _has(cl, test="comparison", dyad=["RUS", "CHN"], params={"other": ["RUS", "IND"], "relation": "greater"},
                period=[2017, 2017])
    assert _has(cl, test="share", expected=[14.4, 14.4], period=[2017, 2017])
    assert _has(cl, test="first", expected=2005, indicator="exercises_per_year")
    # "more than 50% of Russian arms sales went to the Middle East" is not a claim about China
    assert not _has(cl, test="share", expected=[50.0, 100.0], indicator="share_of_supplier_exports")


def test_third_brief_structured_claims() -> None:
    cl = _claims(extract((FIXTURES / "third_brief.txt").read_text(encoding="utf-8")))
    assert _has(cl, indicator="deliveries_tiv", dyad=["RUS", "IND"], test="peak", expected=2012)
    assert _has(cl, test="share", dyad=["RUS", "IND"], expected=[35.0, 45.0], period=[2010, 2014])
    assert _has(cl, test="value", expected=4.7, unit="US$ (billions)", period=[2013, 2013])
    assert _has(cl, test="count", indicator="vetoes_per_year", expected=4, period=[1957, 1971])
    assert _has(cl, test="comparison", params={"other": ["RUS", "CHN"], "relation": "greater"}, period=[2018, 2018])
    assert _has(cl, test="first", expected=2003, params={"domain": "sea"})
    assert _has(cl, test="extent", params={"place": "Bay of Bengal"}, period=[2014, 2014])
    assert _has(cl, test="value", indicator="gdp_ratio", dyad=["IND", "RUS"], expected=1.6)
    trend = [c for c in cl if c["test"] == "trend"]
    assert trend and trend[0]["params"]["direction"] == "decrease" and trend[0]["params"]["before"][1] == 2014
    # a contract's value is not a delivery figure
    assert not _has(cl, test="value", expected=5.4)


def test_cleaning_undoes_pdf_damage(seeds: Path) -> None:
    text = " ".join(clean_text(_brief(seeds, FIIA)))
    for word in ("military alliance", "Shanghai Cooperation Organization", "As only one veto would be enough",
                 "US- and EU-initiated", "Sino-Russian", "Moscow and Beijing signed an agreement on military"):
        assert word in text, word
    for junk in ("http", "Accessed", "JANUARY 2018", "Feng, Zhongping", "INTRODUCTION"):
        assert junk not in text, junk
    third = " ".join(clean_text((FIXTURES / "third_brief.txt").read_text(encoding="utf-8")))
    assert "diplomatic support" in third and "modest compared" in third and "Ganguly" not in third
    assert "MARCH 2020" not in third and "Indo-Russian" in third


def test_sentences_keep_abbreviations_and_decimals() -> None:
    s = sentences("The U.S. sold 3.5 billion USD in 2010. Dr. Smith disagreed. It fell (e.g. in 2012). Next one.")
    assert s == ["The U.S. sold 3.5 billion USD in 2010.", "Dr. Smith disagreed.", "It fell (e.g. in 2012).",
                 "Next one."]


def test_cli_extract_and_check_brief() -> None:
    from amity.cli import app

    brief = FIXTURES / "third_brief.txt"
    r = CliRunner().invoke(app, ["claims", "extract", str(brief), "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert any(row["claim"] and row["claim"]["test"] == "peak" for row in rows)
    r = CliRunner().invoke(app, ["claims", "check", str(brief), "--json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert {x["verdict"] for x in res} <= {"supported", "contradicted", "unverifiable"}
    assert any(x["reason"].startswith("not recognised") for x in res)
    peak = next(x for x in res if x["test"] == "peak")
    assert peak["verdict"] == "unverifiable" and peak["source"] == "third_brief"


@pytest.mark.parametrize("pair", [("CHN", "RUS")])
def test_pair_detection(seeds: Path, pair: tuple[str, str]) -> None:
    from amity.claims.extract import detect_pair

    assert set(detect_pair(_brief(seeds, FIIA))) == set(pair)
    assert set(detect_pair((FIXTURES / "third_brief.txt").read_text(encoding="utf-8"))) == {"IND", "RUS"}
