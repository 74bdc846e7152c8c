"""Agreements, mechanisms and meetings between the two states (embedded dossier).

One row per record, dated as precisely as the source; ``value`` is 1 per record so that counts and
first occurrences can be computed like any other indicator.
"""

from __future__ import annotations

import pandas as pd

from amity.dyad import Dyad
from amity.indicators import indicator
from amity.indicators._dossier import coverage_text, in_window, involving


def _records(df: pd.DataFrame, dyad: Dyad, column: str, label: str,
             exclude_sources: frozenset[str]) -> pd.DataFrame:
    if column not in df.columns:
        df = df.assign(**{column: f"{dyad.a.code};{dyad.b.code}"})
    out = in_window(involving(df, dyad, column, exclude_sources), dyad)
    out = out.sort_values(["year", "date"] if "date" in out else ["year"]).reset_index(drop=True)
    out["value"] = 1
    out["unit"] = "records"
    out["source_ids"] = out["source"]
    out["coverage"] = coverage_text(label, out["year"], out["source"], dyad)
    return out


@indicator("agreements", strand="agreements", unit="records")
def agreements(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Agreements, treaties, declarations and mechanisms both states are party to, by date."""
    return _records(dyad.dossier.agreements, dyad, "parties", "Agreements", exclude_sources)


@indicator("meetings", strand="agreements", unit="records")
def meetings(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Meetings, state visits, parades, joint statements and dialogues of the two, by date.

    The dossier's meetings are all China–Russia records; for any other pair this is empty.
    """
    df = dyad.dossier.meetings
    if {dyad.a.code, dyad.b.code} != {"CHN", "RUS"}:
        df = df.iloc[0:0]
    return _records(df, dyad, "parties", "Meetings", exclude_sources)
