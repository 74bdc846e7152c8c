"""The words the claim rules read, shared by every reader of a brief's figures: states and their names (the
gazetteer: each state's ISO3 code with its names, demonyms and capitals), months, the words of a period, a percentage
and a change, and regions (which no indicator of amity has).

Patterns are matched through :data:`RE`, which compiles each once: the rules build several hundred distinct patterns,
many with the gazetteer's alternation of every state's names in them.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


class _Patterns:
    """``re``'s matching functions over patterns compiled once. The rules build about 750 distinct patterns, many
    with the gazetteer's alternation of every state's names in them; ``re`` keeps only 512 compiled, and recompiling
    the evicted ones would triple the time of an extraction."""

    @staticmethod
    def _rx(pattern: str | re.Pattern[str], flags: int) -> re.Pattern[str]:
        return pattern if isinstance(pattern, re.Pattern) else _compiled(pattern, flags)

    def search(self, pattern, string, flags=0):  # noqa: ANN001, ANN201 - re's signatures
        return self._rx(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):  # noqa: ANN001, ANN201
        return self._rx(pattern, flags).match(string)

    def fullmatch(self, pattern, string, flags=0):  # noqa: ANN001, ANN201
        return self._rx(pattern, flags).fullmatch(string)

    def finditer(self, pattern, string, flags=0):  # noqa: ANN001, ANN201
        return self._rx(pattern, flags).finditer(string)

    def findall(self, pattern, string, flags=0):  # noqa: ANN001, ANN201
        return self._rx(pattern, flags).findall(string)

    def split(self, pattern, string, maxsplit=0, flags=0):  # noqa: ANN001, ANN201
        return self._rx(pattern, flags).split(string, maxsplit)

    def sub(self, pattern, repl, string, count=0, flags=0):  # noqa: ANN001, ANN201
        return self._rx(pattern, flags).sub(repl, string, count)


#: ``re``'s matching functions, each pattern compiled once (used for every match of the claim rules)
RE = _Patterns()

# -- states named in briefs -----------------------------------------------------------------------
STATE_PATTERNS: dict[str, str] = {
    "CHN": r"China|Chinese|Beijing|PRC|Sino(?=-)",
    "RUS": r"Russia|Russian|Moscow|Soviet|USSR|Kremlin",
    "IND": r"India|Indian|New Delhi|Delhi",
    "PAK": r"Pakistan|Pakistani|Islamabad",
    "USA": r"United States|U\.S\.|US|USA|(?<!Latin )(?<!South )(?<!North )(?<!Central )(?<!Pan-)American|Washington",
    "JPN": r"Japan|Japanese|Tokyo",
    "KOR": r"South Korea|South Korean|Seoul",
    "PRK": r"North Korea|North Korean|Pyongyang|DPRK",
    "VNM": r"Vietnam|Vietnamese|Hanoi",
    "KAZ": r"Kazakhstan|Kazakh",
    "KGZ": r"Kyrgyzstan|Kyrgyz",
    "TJK": r"Tajikistan|Tajik",
    "IRN": r"Iran|Iranian|Tehran",
    "SAU": r"Saudi Arabia|Saudi",
    "TUR": r"Turkey|Turkish|Ankara",
    "UKR": r"Ukraine|Ukrainian|Kyiv|Kiev",
    "SYR": r"Syria|Syrian|Damascus",
    "DZA": r"Algeria|Algerian",
    "EGY": r"Egypt|Egyptian|Cairo",
    "MMR": r"Myanmar|Burma|Burmese",
    "IDN": r"Indonesia|Indonesian",
    "BGD": r"Bangladesh|Bangladeshi|Dhaka",
    "AFG": r"Afghanistan|Afghan",
    "ISR": r"Israel|Israeli",
    "FRA": r"France|French|Paris",
    "GBR": r"United Kingdom|UK|Great Britain|Britain|British|London",
    "DEU": r"Germany|German|Berlin",
    "BLR": r"Belarus|Belarusian|Minsk",
}
STATE_RE = {k: re.compile(rf"\b(?:{v})(?:['’]s)?\b") for k, v in STATE_PATTERNS.items()}

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")


# -- other names of states: demonyms, capitals, the state table's names ---------------------------
_DEMONYMS: dict[str, str] = {
    "QAT": r"Qatar|Qatari", "AUS": r"Australia|Australian", "ARE": r"United Arab Emirates|UAE|Emirati",
    "ITA": r"Italy|Italian", "ESP": r"Spain|Spanish", "NLD": r"Netherlands|Dutch", "POL": r"Poland|Polish",
    "SWE": r"Sweden|Swedish", "NOR": r"Norway|Norwegian", "GRC": r"Greece|Greek", "IRQ": r"Iraq|Iraqi",
    "MAR": r"Morocco|Moroccan", "PHL": r"Philippines|Philippine|Filipino", "THA": r"Thailand|Thai",
    "MYS": r"Malaysia|Malaysian", "SGP": r"Singapore|Singaporean", "BRA": r"Brazil|Brazilian",
    "VEN": r"Venezuela|Venezuelan", "NGA": r"Nigeria|Nigerian", "ETH": r"Ethiopia|Ethiopian",
    "KWT": r"Kuwait|Kuwaiti", "OMN": r"Oman|Omani", "ZAF": r"South Africa|South African",
    "AZE": r"Azerbaijan|Azerbaijani|Baku", "ARM": r"Armenia|Armenian|Yerevan", "TWN": r"Taiwan|Taiwanese|Taipei",
    "CAN": r"Canada|Canadian", "MEX": r"Mexico|Mexican", "COL": r"Colombia|Colombian", "CHL": r"Chile|Chilean",
    "ARG": r"Argentina|Argentine|Argentinian", "LBY": r"Libya|Libyan", "SDN": r"Sudan|Sudanese",
    "AGO": r"Angola|Angolan", "LKA": r"Sri Lanka|Sri Lankan", "UZB": r"Uzbekistan|Uzbek",
    "TKM": r"Turkmenistan|Turkmen", "MNG": r"Mongolia|Mongolian", "FIN": r"Finland|Finnish",
    "DNK": r"Denmark|Danish", "BEL": r"Belgium|Belgian", "CHE": r"Switzerland|Swiss", "AUT": r"Austria|Austrian",
    "CZE": r"Czech Republic|Czechia|Czech", "PRT": r"Portugal|Portuguese", "BHR": r"Bahrain|Bahraini",
    "ROU": r"Romania|Romanian", "HUN": r"Hungary|Hungarian", "SRB": r"Serbia|Serbian",
    "MUS": r"Mauritius|Mauritian",
}
#: every state's other names, demonyms and capital (as a metonym: "Astana's purchases"), beside the names of the
#: state table (amity/data/states.csv: its name, UN name, SIPRI names and aliases), which :func:`_gazetteer` adds. Left
#: out on purpose: names that are also common words or other things in these texts ("Stockholm", the seat of SIPRI;
#: "Brussels", of the EU and NATO; "Male", "Victoria", "Kingston"), a bare "Congo" and "Korea" (two states each), and
#: "Republic of China" (inside "People's Republic of China").
_OTHER_NAMES: dict[str, str] = {
    "AFG": "Afghan|Kabul", "AGO": "Angolan|Luanda", "ALB": "Albanian|Tirana", "AND": "Andorran",
    "ARE": "Emirates|Emirati|Abu Dhabi|U.A.E.", "ARG": "Argentine|Argentinian|Buenos Aires",
    "ARM": "Armenian|Yerevan", "ATG": "Antigua and Barbuda", "AUS": "Australian|Canberra",
    "AUT": "Austrian|Vienna", "AZE": "Azerbaijani|Azeri|Baku", "BDI": "Burundian|Gitega|Bujumbura",
    "BEL": "Belgian", "BEN": "Beninese|Porto-Novo", "BFA": "Burkinabe|Ouagadougou", "BGD": "Bangladeshi|Dhaka",
    "BGR": "Bulgarian|Sofia", "BHR": "Bahraini|Manama", "BHS": "The Bahamas|Bahamian", "BIH": "Bosnian|Sarajevo",
    "BLR": "Belarusian|Belorussian|Byelorussia|Minsk", "BLZ": "Belizean|Belmopan",
    "BOL": "Bolivian|La Paz", "BRA": "Brazilian|Brasilia|Brasília", "BRB": "Barbadian", "BRN": "Bruneian",
    "BTN": "Bhutanese|Thimphu", "BWA": "Botswanan|Gaborone", "CAF": "Central African Republic|Bangui",
    "CAN": "Canadian|Ottawa", "CHE": "Swiss|Bern", "CHL": "Chilean|Santiago",
    "CHN": "People's Republic of China|People’s Republic of China|Chinese|Beijing|PRC",
    "CIV": "Côte d'Ivoire|Côte d’Ivoire|Cote d'Ivoire|Cote d’Ivoire|Ivorian|Yamoussoukro",
    "CMR": "Cameroonian|Yaoundé|Yaounde", "COD": "DR Congo|DRC|D.R. Congo|Democratic Republic of Congo|"
    "Democratic Republic of the Congo|Congo-Kinshasa|Kinshasa", "COG": "Republic of Congo|Republic of the Congo|"
    "Congo-Brazzaville|Brazzaville", "COL": "Colombian|Bogotá|Bogota", "COM": "Comorian",
    "CPV": "Cabo Verde|Cape Verdean", "CRI": "Costa Rican", "CUB": "Cuban|Havana", "CYP": "Cypriot|Nicosia",
    "CZE": "Czechia|Czech Republic|Czech|Prague", "DEU": "German|Berlin", "DJI": "Djiboutian",
    "DNK": "Danish|Copenhagen", "DOM": "Dominican Republic|Santo Domingo", "DZA": "Algerian|Algiers",
    "ECU": "Ecuadorian|Ecuadorean|Quito", "EGY": "Egyptian|Cairo", "ERI": "Eritrean|Asmara",
    "ESP": "Spanish|Madrid", "EST": "Estonian|Tallinn", "ETH": "Ethiopian|Addis Ababa", "FIN": "Finnish|Helsinki",
    "FJI": "Fijian|Suva", "FRA": "French|Paris", "GAB": "Gabonese|Libreville", "GBR": "British|Britain|London|U.K.",
    "GEO": "Georgian|Tbilisi", "GHA": "Ghanaian|Accra", "GIN": "Guinean|Conakry", "GMB": "The Gambia|Gambian|Banjul",
    "GNB": "Bissau-Guinean", "GNQ": "Equatorial Guinean|Equatoguinean|Malabo", "GRC": "Greek|Athens",
    "GTM": "Guatemalan|Guatemala City", "GUY": "Guyanese", "HND": "Honduran|Tegucigalpa", "HRV": "Croatian|Zagreb",
    "HTI": "Haitian|Port-au-Prince", "HUN": "Hungarian|Budapest", "IDN": "Indonesian|Jakarta",
    "IND": "Indian|New Delhi|Delhi", "IRL": "Irish|Dublin", "IRN": "Iranian|Tehran",
    "IRQ": "Iraqi|Baghdad", "ISL": "Icelandic|Reykjavik", "ISR": "Israeli", "ITA": "Italian|Rome",
    "JAM": "Jamaican", "JOR": "Jordanian|Amman", "JPN": "Japanese|Tokyo", "KAZ": "Kazakh|Kazakhstani|Astana|"
    "Nur-Sultan|Almaty", "KEN": "Kenyan|Nairobi", "KGZ": "Kyrgyz|Kirghizia|Bishkek", "KHM": "Cambodian|Phnom Penh",
    "KOR": "South Korean|Republic of Korea|ROK|Seoul", "KWT": "Kuwaiti|Kuwait City", "LAO": "Laotian|Lao|Vientiane",
    "LBN": "Lebanese|Beirut", "LBR": "Liberian|Monrovia", "LBY": "Libyan|Tripoli", "LKA": "Sri Lankan|Colombo",
    "LSO": "Basotho|Maseru", "LTU": "Lithuanian|Vilnius", "LUX": "Luxembourgish", "LVA": "Latvian|Riga",
    "MAR": "Moroccan|Rabat", "MDA": "Moldovan|Chisinau|Chișinău", "MDG": "Malagasy|Antananarivo",
    "MDV": "Maldivian", "MEX": "Mexican|Mexico City", "MKD": "North Macedonia|Macedonian|Skopje",
    "MLI": "Malian|Bamako", "MLT": "Maltese|Valletta", "MMR": "Burma|Burmese|Naypyidaw|Naypyitaw",
    "MNE": "Montenegrin|Podgorica", "MNG": "Mongolian|Ulaanbaatar|Ulan Bator", "MOZ": "Mozambican|Maputo",
    "MRT": "Mauritanian|Nouakchott", "MUS": "Mauritian|Port Louis", "MWI": "Malawian|Lilongwe",
    "MYS": "Malaysian|Kuala Lumpur", "NAM": "Namibian|Windhoek", "NER": "Nigerien|Niamey", "NGA": "Nigerian|Abuja",
    "NIC": "Nicaraguan|Managua", "NLD": "The Netherlands|Holland|Dutch|Amsterdam", "NOR": "Norwegian|Oslo",
    "NPL": "Nepalese|Nepali|Kathmandu", "NZL": "New Zealander|Wellington", "OMN": "Omani|Muscat",
    "PAK": "Pakistani|Islamabad", "PAN": "Panamanian|Panama City", "PER": "Peruvian|Lima",
    "PHL": "The Philippines|Philippine|Filipino|Manila", "PNG": "Papua New Guinean|Port Moresby",
    "POL": "Polish|Warsaw", "PRK": "North Korean|DPRK|Pyongyang", "PRT": "Portuguese|Lisbon",
    "PRY": "Paraguayan|Asunción|Asuncion", "QAT": "Qatari|Doha", "ROU": "Romanian|Bucharest",
    "RUS": "Russian Federation|Russian|Soviet Union|Soviet|USSR|Kremlin|Moscow", "RWA": "Rwandan|Kigali",
    "SAU": "Saudi Arabian|Saudis|Saudi|KSA|Riyadh", "SDN": "Sudanese|Khartoum", "SEN": "Senegalese|Dakar",
    "SGP": "Singaporean", "SLB": "Solomon Islander", "SLE": "Sierra Leonean|Freetown", "SLV": "Salvadoran|San Salvador",
    "SOM": "Somali|Somalian|Mogadishu", "SRB": "Serbian|Belgrade", "SSD": "South Sudanese|Juba",
    "SUR": "Surinamese|Paramaribo", "SVK": "Slovak|Slovakian|Bratislava", "SVN": "Slovenian|Slovene|Ljubljana",
    "SWE": "Swedish", "SWZ": "Eswatini|Swazi|Mbabane", "SYR": "Syrian|Damascus", "TCD": "Chadian|N'Djamena",
    "TGO": "Togolese|Lomé|Lome", "THA": "Thai|Bangkok", "TJK": "Tajik|Tajikistani|Dushanbe",
    "TKM": "Turkmen|Ashgabat", "TLS": "Timor-Leste|East Timorese|Timorese|Dili", "TTO": "Trinidadian",
    "TUN": "Tunisian|Tunis", "TUR": "Türkiye|Turkiye|Turkish|Ankara", "TWN": "Taiwanese|Taipei",
    "TZA": "Tanzanian|Dodoma", "UGA": "Ugandan|Kampala", "UKR": "Ukrainian|Kyiv|Kiev",
    "URY": "Uruguayan|Montevideo", "USA": "United States of America|U.S.A.|American",
    "UZB": "Uzbek|Uzbekistani|Tashkent",
    "VEN": "Venezuelan|Caracas", "VNM": "Viet Nam|Vietnamese|Hanoi", "YEM": "Yemeni|Sanaa|Sana'a",
    "ZAF": "South African|Pretoria", "ZMB": "Zambian|Lusaka", "ZWE": "Zimbabwean|Harare", "XKX": "Kosovar|Pristina",
}
#: names of the state table that are left out (see above)
_NOT_NAMES = {"Congo", "Korea", "Republic of China"}
#: names that are a state's only where no region's word comes before or after them ("Latin American", "the Gulf of
#: Guinea", "the Indian Ocean")
_GUARDED = {"American": r"(?<!Latin )(?<!South )(?<!North )(?<!Central )(?<!Pan-)American",
            "Guinea": r"(?<!Gulf of )(?<!New )Guinea", "Indian": r"Indian(?!\s+Ocean)"}


def _gazetteer(known: dict[str, str]) -> dict[str, str]:
    """``known`` (ISO3 → a pattern of names) completed for every state of the state table with an ISO3 code: its
    name, UN name, SIPRI names and aliases (amity/data/states.csv) and :data:`_OTHER_NAMES` (demonyms, other current
    and common names, capitals), each a literal name, longest first, the patterns ``known`` already has kept."""
    from amity.states import table

    names: dict[str, list[str]] = {}
    for r in table().itertuples(index=False):
        if not r.iso3:
            continue
        cells = [r.name, r.un_name, *r.sipri_name.split(";"), *r.aliases.split(";")]
        names.setdefault(r.iso3, []).extend(c.strip() for c in cells if c and not RE.search(r"[(),\"]", c))
    for code, alt in _OTHER_NAMES.items():
        names.setdefault(code, []).extend(alt.split("|"))
    out = {code: "|".join(_GUARDED.get(a, a) for a in v.split("|")) for code, v in known.items()}
    for code, ns in names.items():
        have = [_GUARDED.get(a, a) for a in known.get(code, "").split("|") if a]
        new = [re.escape(n).replace("\\ ", " ") for n in dict.fromkeys(ns) if n and n not in _NOT_NAMES]
        new = [_GUARDED.get(n, n) for n in dict.fromkeys(new)]
        new = [n for n in dict.fromkeys(new) if n not in have]
        # the names known before first (the first is the name a descriptor is replaced by), else the table's name
        out[code] = "|".join([*have, *(new[:1] if not have else []), *sorted(new[0 if have else 1:], key=len,
                                                                               reverse=True)])
    return out


#: every state's names as one alternation per ISO3 code (the brief-level names first, then the state table's)
ALL_STATES = {**STATE_PATTERNS, **_DEMONYMS}
ALL_STATES["USA"] = r"United States|U\.S\.|USA|US|American|Washington"
ALL_STATES["KOR"] = r"South Korea|South Korean|Republic of Korea|Seoul"
ALL_STATES["SAU"] = r"Saudi Arabia|Saudi Arabian|Saudis|Saudi|Riyadh"
ALL_STATES = _gazetteer(ALL_STATES)


def state_rx(code: str) -> re.Pattern[str]:
    """A state's names as a pattern, for states outside the brief-level list too (an Algeria–Morocco pair)."""
    return STATE_RE.get(code) or re.compile(rf"\b(?:{ALL_STATES.get(code, re.escape(code))})(?:['’]s)?\b")


_STATE_FULL = {k: re.compile(rf"^(?:the\s+)?(?:{v})(?:['’]s?)?$") for k, v in ALL_STATES.items()}
STATE_ALT = "|".join(sorted({a for v in ALL_STATES.values() for a in v.split("|")}, key=len, reverse=True))


def state_group(name: str) -> str:
    """A state's name, adjective or capital as a named group (``the`` and a possessive allowed)."""
    return rf"(?<![\w-])(?:the\s+)?(?P<{name}>{STATE_ALT})(?:['’]s?)?(?![\w-])"


def state_code(text: str | None) -> str | None:
    """The ISO3 code of the state a name stands for, the whole of ``text`` ("the Netherlands", "Russia's",
    "Seoul"), or None."""
    if not text:
        return None
    t = text.strip()
    for k, rx in _STATE_FULL.items():
        if rx.match(t):
            return k
    return None


# -- the words of periods, figures, changes and regions ------------------------------------------
#: a period written out, with no groups (for patterns that number theirs): "2015-2019", "2007–11", "2012 to 2016"
PERIOD_WORDS = r"(?:(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d|(?:19|20)\d\d\s+(?:to|and)\s+(?:19|20)\d\d)(?!\d)"
#: the verbs of a rise, and of a fall (as alternations for patterns)
CHANGE_UP = (r"increased|increases|increase|increasing|rose|rises|risen|rising|grew|grown|grows|growing|went up|"
             r"climbed|jumped|soared|soaring|surged|surging|leapt|leaped|skyrocketed|rocketed|shot up|ballooned|"
             r"swelled|spiked|expanded|inched up|edged up|crept up|ticked up|up")
CHANGE_DOWN = (r"decreased|decreases|decrease|fell|falls|fallen|dropped|drops|declined|declines|shrank|shrunk|"
               r"went down|slowed down|down|plunged|slumped|falling|dropping|declining|decreasing|shrinking|"
               r"plummeted|tumbled|dipped|contracted|slid|sank|slipped|collapsed|diminished|inched down|edged down|"
               r"ticked down")


#: the number words of a period's length ("the previous five years")
PERIOD_LENGTHS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "fifteen": 15, "twenty": 20}


def number_of(word: str) -> int:
    """A period's length said in words or digits ("five", "5") as a number."""
    return PERIOD_LENGTHS.get(word.lower()) or int(word)


#: a percentage's unit: "%", "per cent", "percent"
PCT = r"(?:%|per\s?cent\b|percent\b)"


#: words of a region or a group of states, whose figures no indicator of amity reads
REGION = re.compile(r"\b(?:Europe|European\s+(?:countries|states|nations|buyers|importers|exporters)|Asia|Oceania|"
                    r"Africa|African\s+(?:countries|states)|sub-Saharan|Middle\s+East|Gulf\s+states|Latin\s+America|"
                    r"Americas|region|regional|sub-region|together|combined|collectively|jointly|NATO|EU|members|"
                    r"continent|subcontinent|(?:African|Asian|European|Latin\s+American|Middle\s+Eastern)\s+(?:arms\s+|"
                    r"weapons\s+)?(?:imports|exports|purchases|market))\b")


_SLOT_STATE = re.compile(rf"(?<![\w-])(?:the\s+)?(?:{STATE_ALT})(?:['’]s?)?(?![\w-])")


def states_at(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, code, possessive) of each state ``text`` names."""
    out = []
    for m in _SLOT_STATE.finditer(text):
        g = m.group(0)
        poss = bool(RE.search(r"['’]s?$", g))
        c = state_code(g)
        if c:
            out.append((m.start(), m.end(), c, poss))
    return out
