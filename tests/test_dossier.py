"""The embedded record is sound (schema v2): every record cites a resolvable source with a URL or a
document, a locator and a short verbatim quote; states, dates, ids, kinds are valid. The validator
fails on a planted bad row, one per rule."""

import csv
import re
from importlib import resources

import pandas as pd
import pytest

from amity import Dyad
from amity.dossier import (
    COLUMNS,
    EXERCISE_KINDS,
    MAX_QUOTE_WORDS,
    SEED_SOURCES,
    TABLES,
    Dossier,
    check_tables,
    load_dossier,
    seed_only,
    validate,
)


def test_embedded_record_validates():
    problems = validate()
    assert problems == [], "\n".join(problems[:20])


def test_files_carry_the_v2_headers():
    for name in TABLES:
        p = resources.files("amity.dossier").joinpath("data", f"{name}.csv")
        with p.open("r", encoding="utf-8") as fh:
            header = next(csv.reader(fh))
        assert header == COLUMNS[name], name


def test_every_record_cites_a_resolvable_source_with_quote_and_locator():
    d = load_dossier()
    src = d.sources.set_index("key")
    assert ((src["url"].str.strip() != "") | (src["document"].str.strip() != "")).all()
    for name in ("exercises", "exercise_areas", "exercise_sizes", "agreements", "meetings", "citations"):
        df = d.table(name)
        assert not df.empty or name in ("exercise_areas", "exercise_sizes", "citations"), name
        assert (df["locator"].str.strip() != "").all(), name
        assert set(df["source"]) <= set(src.index), name
        words = df["quote"].str.split().str.len()
        assert ((words >= 1) & (words <= MAX_QUOTE_WORDS)).all(), name


def _norm(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"([a-z])- ([a-z])", r"\1\2", text)  # words hyphenated across a line break


def test_seed_rows_quote_the_seed_briefs_verbatim(seeds):
    d = load_dossier()
    texts = {r["key"]: _norm((seeds / r["document"]).read_text(encoding="utf-8"))
             for r in d.sources.to_dict(orient="records") if r["key"] in SEED_SOURCES}
    n = 0
    for name in ("exercises", "meetings", "agreements"):
        df = d.table(name)
        for r in df[df["source"].isin(SEED_SOURCES)].to_dict(orient="records"):
            assert _norm(r["quote"]) in texts[r["source"]], (r["id"], r["quote"])
            n += 1
    assert n >= 40


def test_seed_exercises_are_of_kind_exercise():
    ex = load_dossier().exercises
    assert (ex.loc[ex["source"].isin(SEED_SOURCES), "kind"] == "exercise").all()


def test_seed_only_keeps_the_briefs_records():
    d = load_dossier()
    s = seed_only(d)
    assert set(s.exercises["source"]) <= SEED_SOURCES and set(s.sources["key"]) == SEED_SOURCES
    assert len(s.exercises) == d.exercises["source"].isin(SEED_SOURCES).sum()
    assert validate(s) == []


def test_dyad_exercises_returns_every_record_with_kind():
    d = load_dossier()
    ex = Dyad("CHN", "RUS").exercises()
    assert set(ex["kind"]) <= set(EXERCISE_KINDS)
    for col in COLUMNS["exercises"]:
        assert col in ex.columns, col
    both = d.exercises["participants"].str.split(";").map(lambda s: {"CHN", "RUS"} <= set(s))
    linked = d.exercises["same_as"].fillna("").ne("") & d.exercises["same_as"].isin(d.exercises["id"])
    # one row per exercise: rows linked to another by same_as count once
    assert len(ex) == (both & ~linked).sum()
    patrols = d.exercises[both & d.exercises["kind"].isin(["air-patrol", "naval-patrol"])]
    assert set(patrols["id"]) <= set(ex["id"]) | set(patrols["same_as"])


def test_briefs_claims_are_shipped():
    claims = load_dossier().claims
    assert len(claims) >= 25
    assert len({c["indicator"] for c in claims}) >= 5


# -- planted bad rows ---------------------------------------------------------------------------
def _tiny() -> dict[str, pd.DataFrame]:
    def t(name, rows):
        return pd.DataFrame([{c: r.get(c, "") for c in COLUMNS[name]} for r in rows], columns=COLUMNS[name])

    return {
        "sources": t("sources", [{"key": "s1", "title": "T", "date": "2019-05-01", "url": "https://example.org/a",
                                  "kind": "news"}]),
        "exercises": t("exercises", [{"id": "ex-1", "year": "2019", "date": "2019-05-01", "end_date": "2019-05-04",
                                      "kind": "exercise", "domain": "sea;air", "framework": "bilateral",
                                      "area": "Yellow Sea", "lat": "35.0", "lon": "123.0", "participants": "CHN;RUS",
                                      "lead": "CHN", "source": "s1", "locator": "para. 1",
                                      "quote": "the two navies began a joint drill"}]),
        "exercise_areas": t("exercise_areas", [{"exercise_id": "ex-1", "area": "Qingdao", "lat": "36.07",
                                                "lon": "120.38", "source": "s1", "locator": "para. 2",
                                                "quote": "off Qingdao"}]),
        "exercise_sizes": t("exercise_sizes", [{"exercise_id": "ex-1", "party": "ALL", "measure": "ships",
                                                "value": "12", "source": "s1", "locator": "para. 3",
                                                "quote": "twelve ships took part"}]),
        "meetings": t("meetings", [{"id": "mt-1", "date": "2019-06", "year": "2019", "kind": "summit", "title": "S",
                                    "parties": "CHN;RUS", "source": "s1", "locator": "para. 4", "quote": "met"}]),
        "agreements": t("agreements", [{"id": "ag-1", "year": "2019", "title": "A", "kind": "partnership",
                                        "parties": "CHN;RUS", "source": "s1", "locator": "para. 5",
                                        "quote": "upgraded"}]),
        "citations": t("citations", [{"record_id": "ex-1", "source": "s1", "locator": "para. 6", "quote": "drill"}]),
        "completeness": t("completeness", [{"table": "exercises", "kind": "naval-patrol", "from_year": "2021",
                                            "to_year": "2024", "complete": "true", "basis": "a published list",
                                            "source": "s1", "locator": "table 1"}]),
    }


def test_tiny_record_is_sound():
    assert [str(p) for p in check_tables(_tiny())] == []


BAD = [
    # (table, column, value, expected message)
    ("exercises", "source", "", "exercises.csv:2: source: required"),
    ("exercises", "source", "nowhere", "exercises.csv:2: source: unknown source key 'nowhere'"),
    ("exercises", "quote", "", "exercises.csv:2: quote: required"),
    ("exercises", "quote", " ".join(["word"] * 31), "exercises.csv:2: quote: 31 words"),
    ("exercises", "locator", "", "exercises.csv:2: locator: required"),
    ("exercises", "participants", "CHN;XYZ", "exercises.csv:2: participants: unknown state code 'XYZ'"),
    ("exercises", "participants", "CHN", "exercises.csv:2: participants: needs at least two states"),
    ("exercises", "participants", "chn;rus", "exercises.csv:2: participants: unknown state code 'chn'"),
    ("exercises", "lead", "USA", "exercises.csv:2: lead: 'USA' is not among the participants"),
    ("exercises", "year", "1890", "exercises.csv:2: year: 1890 outside"),
    ("exercises", "date", "2019-13-01", "exercises.csv:2: date: '2019-13-01' is not a date"),
    ("exercises", "date", "2018-05-01", "exercises.csv:2: date: 2018-05-01 disagrees with year 2019"),
    ("exercises", "end_date", "2019-04-30", "exercises.csv:2: end_date: 2019-04-30 is before date"),
    ("exercises", "kind", "parade", "exercises.csv:2: kind: 'parade' not one of"),
    ("exercises", "domain", "sea;space", "exercises.csv:2: domain: 'space' not one of"),
    ("exercises", "framework", "NATO", "exercises.csv:2: framework: 'NATO' not one of"),
    ("exercises", "lat", "95", "exercises.csv:2: lat: 95.0 outside"),
    ("exercises", "lon", "", "exercises.csv:2: lon: lat and lon go together"),
    ("exercises", "same_as", "ex-404", "exercises.csv:2: same_as: unknown id 'ex-404'"),
    ("exercise_areas", "exercise_id", "ex-404", "exercise_areas.csv:2: exercise_id: unknown exercise id"),
    ("exercise_sizes", "value", "a dozen", "exercise_sizes.csv:2: value: 'a dozen' is not a number"),
    ("exercise_sizes", "measure", "tanks", "exercise_sizes.csv:2: measure: 'tanks' not one of"),
    ("exercise_sizes", "party", "XX", "exercise_sizes.csv:2: party: unknown state code 'XX'"),
    ("meetings", "kind", "lunch", "meetings.csv:2: kind: 'lunch' not one of"),
    ("agreements", "kind", "handshake", "agreements.csv:2: kind: 'handshake' not one of"),
    ("agreements", "parties", "CHN;RUS;ZZZ", "agreements.csv:2: parties: unknown state code 'ZZZ'"),
    ("citations", "record_id", "ex-404", "citations.csv:2: record_id: unknown record id 'ex-404'"),
    ("completeness", "complete", "yes", "completeness.csv:2: complete: 'yes' not one of"),
    ("completeness", "to_year", "2019", "completeness.csv:2: to_year: 2019 is before from_year 2021"),
    ("completeness", "source", "", "completeness.csv:2: source: a period declared complete must cite"),
    ("completeness", "kind", "parade", "completeness.csv:2: kind: 'parade' is not a kind of exercises"),
    ("sources", "url", "", "sources.csv:2: url: a source needs a url or a document"),
    ("sources", "kind", "blog", "sources.csv:2: kind: 'blog' not one of"),
]


@pytest.mark.parametrize("table, column, value, needle", BAD, ids=[f"{b[0]}-{b[1]}-{i}" for i, b in enumerate(BAD)])
def test_planted_bad_row_is_caught(table, column, value, needle):
    tables = _tiny()
    tables[table].loc[0, column] = value
    problems = [str(p) for p in check_tables(tables)]
    assert any(p.startswith(needle) for p in problems), problems


def test_duplicate_ids_and_ids_of_the_embedded_record_are_caught():
    tables = _tiny()
    tables["exercises"] = pd.concat([tables["exercises"]] * 2, ignore_index=True)
    assert any("exercises.csv:3: id: duplicate id 'ex-1'" == str(p) for p in check_tables(tables))
    clash = check_tables(_tiny(), known_ids=frozenset({"mt-1"}))
    assert any(str(p).startswith("meetings.csv:2: id: id 'mt-1' is already in the record") for p in clash)


def test_validate_reports_problems_of_a_dossier_object():
    t = _tiny()
    d = Dossier(sources=t["sources"], exercises=t["exercises"].assign(kind="dance"), agreements=t["agreements"],
                meetings=t["meetings"], arms=pd.DataFrame(columns=COLUMNS["arms"]))
    assert any("kind: 'dance'" in p for p in validate(d))
