"""Golden outputs: documented commands give the same JSON before and after a refactor.

Each case runs a command as a user would and compares its JSON with a file in ``tests/golden/``.
Where a change of output is intended (new dossier records, a corrected figure), regenerate the files
with ``AMITY_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the diff like any other change.

The cases on a loaded store import the real SIPRI, UN vote, SIPRI milex, COW NMC and WDI files from
``../shared/data`` once per session (skipped with a message where they are absent).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from amity import sources
from amity.store import Store

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("AMITY_UPDATE_GOLDEN") == "1"

#: the real files loaded for the cases on a loaded store (kind -> paths under ../shared/data)
REAL_FILES = {
    "sipri": ["sipri/trade-register-2025-03.csv", "sipri/tiv-imports-by-recipient-2024-10.csv",
              "sipri/tiv-exports-by-supplier-2024-10.csv"],
    "unga": ["unga/un_votes.rda", "unga/un_roll_calls.rda", "unga/un_roll_call_issues.rda"],
    "milex": ["sipri/SIPRI-Milex-data-1948-2023.xlsx"],
    "nmc": ["cow/NMC-60-abridged.csv"],
    "wdi": ["wdi/API_NY.GDP.MKTP.KD_DS2_en_csv_v2_3630701.zip"],
}
#: indicators from the dossier and the shipped veto list (a few: the dossier grows with every record)
DOSSIER_INDICATORS = ["exercises_per_year", "exercise_distance", "arms_figures",
                      "vetoes_per_year", "double_vetoes", "vetoes_by_period"]
#: key figures from the loaded datasets (the ideal-point fit is left out: it takes half a minute)
LOADED_INDICATORS = ["deliveries_tiv", "import_dependence", "share_of_supplier_exports", "supplier_concentration",
                     "vote_agreement", "milex_ratio", "gdp_ratio", "cinc_ratio"]


def run_json(home: Path, *args: str) -> object:
    env = {**os.environ, "AMITY_HOME": str(home)}
    r = subprocess.run([sys.executable, "-m", "amity", *args], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def check_golden(name: str, got: object) -> None:
    path = GOLDEN / f"{name}.json"
    text = json.dumps(got, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if UPDATE:
        path.write_text(text, encoding="utf-8")
        return
    assert path.is_file(), f"no golden file {path.name}; create it with AMITY_UPDATE_GOLDEN=1"
    want = json.loads(path.read_text(encoding="utf-8"))
    if got != want:
        diffs = _first_diffs(want, got)
        pytest.fail(f"{name}: output differs from tests/golden/{path.name} (first differences: {diffs}); "
                    "if intended, regenerate with AMITY_UPDATE_GOLDEN=1")


def _first_diffs(want: object, got: object, where: str = "", out: list[str] | None = None) -> list[str]:
    out = [] if out is None else out
    if len(out) >= 5:
        return out
    if isinstance(want, dict) and isinstance(got, dict):
        for k in sorted(set(want) | set(got)):
            _first_diffs(want.get(k), got.get(k), f"{where}.{k}", out)
    elif isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        for i, (w, g) in enumerate(zip(want, got)):
            _first_diffs(w, g, f"{where}[{i}]", out)
    elif want != got:
        out.append(f"{where or 'top'}: {str(want)[:80]!r} -> {str(got)[:80]!r}")
    return out


@pytest.fixture(scope="module")
def empty_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("golden-empty")


@pytest.fixture(scope="module")
def loaded_home(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    home = tmp_path_factory.mktemp("golden-loaded")
    with Store(home / "amity.duckdb") as st:
        for kind, files in REAL_FILES.items():
            sources.import_files(st, kind, [shared_data / f for f in files])
    return home


def test_indicators_from_the_dossier(empty_home: Path) -> None:
    names = [a for n in DOSSIER_INDICATORS for a in ("--name", n)]
    check_golden("indicators-CHN-RUS-dossier", run_json(empty_home, "indicators", "CHN", "RUS", *names, "--json"))


def test_claims_checked_on_the_dossier_alone(empty_home: Path) -> None:
    check_golden("claims-dossier-empty-store", run_json(empty_home, "claims", "check", "--dossier", "--json"))


def test_key_figures_on_a_loaded_store(loaded_home: Path) -> None:
    names = [a for n in LOADED_INDICATORS for a in ("--name", n)]
    got = {"RUS-CHN": run_json(loaded_home, "indicators", "RUS", "CHN", *names, "--json"),
           "CHN-RUS": run_json(loaded_home, "indicators", "CHN", "RUS", *names, "--from", "1990", "--json")}
    check_golden("indicators-loaded", got)


def test_claims_checked_on_a_loaded_store(loaded_home: Path) -> None:
    check_golden("claims-dossier-loaded-store", run_json(loaded_home, "claims", "check", "--dossier", "--json"))
