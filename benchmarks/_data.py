"""Where the benchmarks find the real public datasets: ``$AMITY_SHARED_DATA`` or ``../shared/data``
beside the checkout (the layout of ``shared/data/README.md``)."""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(os.environ.get("AMITY_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))

SIPRI_REGISTER = SHARED / "sipri" / "trade-register-2025-03.csv"
SIPRI_TIV = [SHARED / "sipri" / "tiv-imports-by-recipient-2024-10.csv",
             SHARED / "sipri" / "tiv-exports-by-supplier-2024-10.csv"]
MILEX = SHARED / "sipri" / "SIPRI-Milex-data-1948-2023.xlsx"
NMC = SHARED / "cow" / "NMC-60-abridged.csv"
UNGA = [SHARED / "unga" / n for n in ("un_votes.rda", "un_roll_calls.rda", "un_roll_call_issues.rda")]


def available(*paths: Path) -> bool:
    return all(p.is_file() for p in paths)
