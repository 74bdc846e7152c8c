"""Small seeds in the real layout of every importer, for the fuzzing suite to damage."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from tests.sources.gdelt_fixtures import event, write_export
from tests.sources.sipri_fixtures import register, tiv_table
from tests.sources.test_cow import write_cow_alliances, write_nmc
from tests.sources.test_idealpoints import session_csv
from tests.sources.test_milex import write_book
from tests.sources.test_wdi import write_wdi

VOETEN = ("rcid,session,vote,ccode,Countryname,date,unres,importantvote,descr,me,nu,di,hr,co,ec\n"
          "1,55,3,2,United States,2000-10-01,A/RES/55/1,0,resolution 1,1,0,0,0,0,0\n"
          "1,55,1,365,Russia,2000-10-01,A/RES/55/1,0,resolution 1,1,0,0,0,0,0\n"
          "1,55,1,710,China,2000-10-01,A/RES/55/1,0,resolution 1,1,0,0,0,0,0\n"
          "2,55,1,2,United States,2000-11-01,A/RES/55/2,0,resolution 2,0,0,0,1,0,0\n"
          "2,55,2,365,Russia,2000-11-01,A/RES/55/2,0,resolution 2,0,0,0,1,0,0\n"
          "2,55,3,710,China,2000-11-01,A/RES/55/2,0,resolution 2,0,0,0,1,0,0\n")


def _vetoes(tmp: Path) -> Path:
    text = resources.files("amity.dossier").joinpath("data/unsc_vetoes.csv").read_text(encoding="utf-8")
    path = tmp / "vetoes.csv"
    path.write_text("\n".join(text.splitlines()[:12]) + "\n", encoding="utf-8")
    return path


def _unga(tmp: Path) -> Path:
    path = tmp / "UNVotes.csv"
    path.write_text(VOETEN, encoding="utf-8")
    return path


def _gdelt(tmp: Path) -> Path:
    evs = [event(gid=1000 + i, day="20150217", quad=1 + i % 4, a2=("RUS", "USA", None)[i % 3]) for i in range(12)]
    return write_export(tmp / "20150218.export.CSV.zip", evs, 58)


def _gdelt_query(tmp: Path) -> Path:
    from amity.sources.gdelt import COLUMNS_V1_URL

    evs = [event(gid=2000 + i, day="20180317", quad=1 + i % 4) for i in range(12)]
    lines = [",".join(('"' + e[c] + '"') if e[c] else "NULL" for c in COLUMNS_V1_URL) for e in evs]
    path = tmp / "query-export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _wdi_zip(tmp: Path) -> Path:
    csv = write_wdi(tmp / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2_1.csv")
    path = tmp / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2_1.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(csv, csv.name)
        zf.writestr("Metadata_Country_API_NY.GDP.MKTP.KD_DS2_en_csv_v2_1.csv", "Country Code,Region\nCHN,East Asia\n")
    csv.unlink()
    return path


RECORDS = Path(__file__).parent.parent / "sources" / "records_fixture" / "ind-rus"


def _records(table: str) -> Callable[[Path], Path]:
    """A copy of the small India-Russia record set (every table of the schema, a folder); the seed is
    its ``table`` file, damaged while the other files stay as they are."""

    def write(tmp: Path) -> Path:
        folder = tmp / "records"
        shutil.copytree(RECORDS, folder, dirs_exist_ok=True)
        return folder / f"{table}.csv"

    return write


#: kinds whose seed is one file of a set imported together, as a folder: the fuzzer damages the seed and
#: imports it with its untouched companions as a corrected version of the records (``--replace``)
FOLDER_KINDS = frozenset({"records"})

#: kind -> (seed name, function writing the seed into a folder and returning its path)
SEEDS: dict[str, list[tuple[str, Callable[[Path], Path]]]] = {
    "nmc": [("nmc", lambda t: write_nmc(t / "NMC-60-abridged.csv"))],
    "alliances": [("cow-alliances", lambda t: write_cow_alliances(t / "alliance_v4.1_by_dyad_yearly.csv"))],
    "wdi": [("wdi-csv", lambda t: write_wdi(t / "API_NY.GDP.MKTP.KD_DS2_en_csv_v2_1.csv")), ("wdi-zip", _wdi_zip)],
    "sipri": [("register", register), ("tiv-table", tiv_table)],
    "milex": [("milex-xlsx", lambda t: write_book(t / "SIPRI-Milex-data.xlsx"))],
    "unsc-vetoes": [("vetoes", _vetoes)],
    "unga": [("voeten-csv", _unga)],
    "gdelt": [("gdelt-daily", _gdelt), ("gdelt-query", _gdelt_query)],
    "idealpoints": [("bsv-session-csv", lambda t: session_csv(t / "IdealpointestimatesAll_Jul2023.csv"))],
    "records": [("records-exercises", _records("exercises")), ("records-sources", _records("sources"))],
}
