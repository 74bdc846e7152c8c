"""Rebuild ``src/amity/data/states.csv``, the state identity table.

Developer tool, not part of the package. Inputs:

* COW State System Membership v2016 (``states2016.csv``), for COW codes,
  abbreviations, names and membership years;
* the country table of the ``country_converter`` package (``country_data.tsv``),
  for ISO codes, UN-style names and Gleditsch-Ward codes, matched by its regexes.

Usage: python tools/build_states.py STATES2016.csv COUNTRY_DATA.tsv > src/amity/data/states.csv
Hand-checked overrides are in ``OVERRIDES`` below; the result is reviewed by hand before commit.
"""

from __future__ import annotations

import re
import sys

import pandas as pd

# COW code -> fields where regex matching is wrong or ambiguous (historical states).
OVERRIDES: dict[int, dict[str, str]] = {
    255: {"iso3": "DEU"},
    300: {"iso3": "", "iso2": "", "un_name": "", "gw": "300"},  # Austria-Hungary
    260: {"iso3": "", "iso2": "", "gw": "260"},  # German Federal Republic 1955-1990
    265: {"iso3": "", "iso2": "", "gw": "265"},  # German Democratic Republic
    345: {"iso3": "SRB", "iso2": "RS", "un_name": "Republic of Serbia",
          "gw": "340"},  # Yugoslavia / Serbia (COW continues 345)
    365: {"iso3": "RUS", "iso2": "RU", "gw": "365"},
    315: {"iso3": "", "iso2": "", "gw": "315"},  # Czechoslovakia
    316: {"iso3": "CZE", "gw": "316"},
    678: {"iso3": "", "iso2": "", "gw": "678"},  # Yemen Arab Republic
    679: {"iso3": "YEM", "gw": "678"},
    680: {"iso3": "", "iso2": "", "gw": "680"},  # Yemen People's Republic
    816: {"iso3": "VNM", "gw": "816"},
    817: {"iso3": "", "iso2": "", "gw": "817"},  # Republic of Vietnam
    347: {"iso3": "XKX", "iso2": "XK", "gw": "347"},
    713: {"iso3": "TWN", "iso2": "TW", "gw": "713"},
    730: {"iso3": "", "iso2": "", "gw": "730"},  # Korea (pre-1910)
    731: {"iso3": "PRK"},
    732: {"iso3": "KOR"},
    511: {"iso3": "", "iso2": "", "gw": "511"},  # Zanzibar
    510: {"iso3": "TZA"},
}

SIPRI_NAMES = {
    "RUS": "Russia;Soviet Union",
    "USA": "United States",
    "GBR": "United Kingdom",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "IRN": "Iran",
    "SYR": "Syria",
    "VNM": "Viet Nam",
    "ARE": "UAE",
    "CZE": "Czechia",
    "TUR": "Turkiye",
    "LAO": "Laos",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "TZA": "Tanzania",
    "MDA": "Moldova",
    "COD": "DR Congo",
    "COG": "Congo",
    "CIV": "Cote d'Ivoire",
    "MKD": "North Macedonia",
    "BRN": "Brunei",
    "CPV": "Cape Verde",
    "SWZ": "Eswatini",
    "TLS": "Timor-Leste",
    "FSM": "Micronesia",
}

ALIASES = {
    "RUS": "Russian Federation;USSR;Soviet Union;Russia (Soviet Union);Union of Soviet Socialist Republics",
    "CHN": "People's Republic of China;PRC;China, People's Republic of",
    "USA": "United States;US;USA;U.S.",
    "GBR": "UK;Great Britain",
    "TWN": "Republic of China;Taiwan (ROC)",
    "DEU": "Germany (FRG);Federal Republic of Germany",
}

# Names other sources (SIPRI registers, UN data) use for states, keyed by COW code.
ALIASES_BY_COW = {
    57: "Saint Vincent",
    265: "East Germany (GDR);East Germany;German Democratic Republic",
    345: "Serbia;Serbia and Montenegro;Yugoslavia (Serbia and Montenegro)",
    346: "Bosnia-Herzegovina;Bosnia and Herzegovina",
    402: "Cabo Verde",
    678: "North Yemen;Yemen Arab Republic (North Yemen)",
    680: "South Yemen;Yemen People's Republic (South Yemen)",
    817: "South Vietnam",
}


def build(states_csv: str, coco_tsv: str) -> pd.DataFrame:
    cow = pd.read_csv(states_csv, usecols=range(10))
    coco = pd.read_csv(coco_tsv, sep="\t", dtype=str, keep_default_na=False)
    spans = cow.groupby(["ccode", "stateabb", "statenme"], as_index=False).agg(
        start_year=("styear", "min"), end_year=("endyear", "max")
    )
    spells = (
        cow.sort_values(["ccode", "styear"])
        .assign(spell=lambda d: [f"{a}-{b if b < 2016 else ''}" for a, b in zip(d.styear, d.endyear)])
        .groupby("ccode")["spell"].agg(";".join)
    )
    rows = []
    for r in spans.itertuples():
        hit = None
        for c in coco.itertuples():
            if re.search(c.regex, r.statenme, re.IGNORECASE):
                hit = c
                break
        rec = {
            "cow": r.ccode,
            "cow_abb": r.stateabb,
            "name": r.statenme,
            "iso3": hit.ISO3 if hit is not None else "",
            # a few ISO2 cells of that table are regexes (``^GB$|^UK$``): the first alternative is the code
            "iso2": re.sub(r"[\^$]", "", hit.ISO2.split("|")[0]) if hit is not None else "",
            "un_name": hit.name_official if hit is not None else "",
            "gw": hit.GWcode if hit is not None else "",
            "start_year": r.start_year,
            # COW v2016 ends in 2016 for states that still exist: leave open.
            "end_year": "" if r.end_year >= 2016 else r.end_year,
        }
        rec["spells"] = spells[r.ccode]
        rec.update(OVERRIDES.get(r.ccode, {}))
        rows.append(rec)
    out = pd.DataFrame(rows)
    out["cameo"] = out["iso3"]
    out["sipri_name"] = [SIPRI_NAMES.get(i, n) if i else n for i, n in zip(out.iso3, out.name)]
    out["aliases"] = out["iso3"].map(ALIASES).fillna("")
    extra = out["cow"].map(ALIASES_BY_COW).fillna("")
    out["aliases"] = [";".join(x for x in (a, b) if x) for a, b in zip(out["aliases"], extra)]
    cols = ["cow", "cow_abb", "gw", "iso3", "iso2", "cameo", "name", "un_name",
            "sipri_name", "aliases", "start_year", "end_year", "spells"]
    return out[cols].sort_values("cow")


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2]).to_csv(sys.stdout, index=False)
