"""Agreements, mechanisms and meetings between the two states (embedded dossier).

One row per record, dated as precisely as the source; ``value`` is 1 per record so that counts and
first occurrences can be computed like any other indicator.
"""

from __future__ import annotations

import pandas as pd

from amity.dyad import Dyad
from amity.indicators import indicator
from amity.indicators._dossier import coverage_text, dedupe, in_window, involving


def _records(df: pd.DataFrame, dyad: Dyad, column: str, label: str,
             exclude_sources: frozenset[str]) -> pd.DataFrame:
    out = dedupe(in_window(involving(df, dyad, column, exclude_sources), dyad))
    out["value"] = 1
    out["unit"] = "records"
    out["coverage"] = coverage_text(label, out["year"], out["source"], dyad)
    return out


@indicator("agreements", strand="agreements", unit="records")
def agreements(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Agreements, treaties, declarations and mechanisms both states are party to, by date."""
    return _records(dyad.dossier.agreements, dyad, "parties", "Agreements", exclude_sources)


@indicator("meetings", strand="agreements", unit="records")
def meetings(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Meetings, state visits, parades, joint statements and dialogues of the two, by date.

    Records without a ``parties`` column entry are taken as China–Russia records (the dossier's case).
    """
    df = dyad.dossier.meetings.copy()
    if "parties" not in df.columns:
        df["parties"] = ""
    df["parties"] = df["parties"].fillna("").replace("", "CHN;RUS")
    return _records(df, dyad, "parties", "Meetings", exclude_sources)
