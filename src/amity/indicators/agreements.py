"""Agreements, mechanisms, meetings and statements of the two states (curated records: the embedded
China–Russia record and records users import for any pair with ``amity data import records``).

One row per record, dated as precisely as the source; ``value`` is 1 per record so that counts and
first occurrences can be computed like any other indicator. Records several sources report (linked by
``same_as``) count once. Coverage: from the first to the last record of the pair; a complete census
only where ``completeness.csv`` declares it (else the coverage text says "not a complete census").
Sources: each row's ``source`` and the further sources of ``citations.csv``, all in ``source_ids``.
"""

from __future__ import annotations

import pandas as pd

from amity.dossier import AGREEMENT_KINDS, LEADER_MEETING_KINDS
from amity.dyad import Dyad
from amity.indicators import per_year
from amity.indicators.records import conform, coverage_text, dedupe, in_window, involving, memo, records, register

_FACTS = dict(reads_records=True, needs="records", load="amity data import records FILE...", estimate=False)


def _records(df: pd.DataFrame, dyad: Dyad, table: str, column: str, label: str,
             exclude_sources: frozenset[str]) -> pd.DataFrame:
    rec = records(dyad)

    def compute() -> pd.DataFrame:
        cit = rec.citations
        cit = cit[~cit["source"].isin(exclude_sources)] if not cit.empty else cit
        return dedupe(in_window(involving(conform(df, table), dyad, column, exclude_sources), dyad), cit)

    out = memo(rec, (table, dyad.a.code, dyad.b.code, dyad.start, dyad.end, exclude_sources), compute)
    out["value"] = 1
    out["unit"] = "records"
    out["coverage"] = coverage_text(label, out["year"], out["source_ids"], dyad, table=table)
    return out


@register("agreements", strand="agreements", unit="records", shape="records",
          description="Agreements, treaties, declarations and mechanisms of the two, by date", **_FACTS)
def agreements(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Agreements, treaties, declarations and mechanisms both states are party to, by date."""
    return _records(records(dyad).agreements, dyad, "agreements", "parties", "Agreements", exclude_sources)


@register("meetings", strand="agreements", unit="records", shape="records",
          description="Meetings, visits, calls, statements and dialogues of the two, by date", **_FACTS)
def meetings(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Meetings, state visits, calls, parades, joint statements and dialogues of the two, by date.

    Records without a ``parties`` column entry are taken as China–Russia records (the embedded case).
    """
    df = conform(records(dyad).meetings, "meetings")
    df["parties"] = df["parties"].fillna("").replace("", "CHN;RUS")
    return _records(df, dyad, "meetings", "parties", "Meetings", exclude_sources)


def _per_kind(df: pd.DataFrame, dyad: Dyad, kinds: tuple[str, ...], unit: str, label: str,
              table: str) -> pd.DataFrame:
    cols = ["year", "category", "value", "unit", "coverage", "source_ids"]
    df = df[df["kind"].isin(kinds)]
    if df.empty:
        return pd.DataFrame(columns=cols)
    lo, hi = int(df["year"].min()), int(df["year"].max())
    window = dyad.window(lo, hi)
    sids = ";".join(sorted({s for ids in df["source_ids"] for s in str(ids).split(";") if s}))
    parts = []
    for kind in [k for k in kinds if k in set(df["kind"])]:
        cov = coverage_text(label, df["year"], df["source_ids"], dyad, table=table, kinds=[kind])
        frame = per_year(df[df["kind"] == kind].groupby("year").size(), start=window[0], end=window[1],
                         cover_from=lo, cover_to=hi, unit=unit, coverage=cov, source_ids=sids)
        frame.insert(1, "category", kind)
        parts.append(frame)
    return pd.concat(parts, ignore_index=True)[cols]


@register("leader_meetings_per_year", strand="agreements", unit="meetings per year", shape="year",
          description="Meetings of the two leaders per year, by kind (summit, state visit, sidelines, calls)",
          **_FACTS)
def leader_meetings_per_year(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Meetings of the two heads of state or government per year (unit: meetings), one row per year and
    kind (``category``: summit, state-visit, sideline-meeting — on the margins of SCO, BRICS, G20, APEC … —,
    video-call, phone-call; calls are their own kinds, so they can be counted in or out). 0 in years inside
    the records' span with none recorded, NA outside it."""
    return _per_kind(meetings(dyad, exclude_sources=exclude_sources), dyad, LEADER_MEETING_KINDS, "meetings",
                     "Leader meetings", "meetings")


@register("agreements_by_kind", strand="agreements", unit="agreements per year", shape="year",
          description="Agreements, treaties, statements and mechanisms per year, by kind", **_FACTS)
def agreements_by_kind(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Agreements per year and kind (unit: records; ``category``: agreement, treaty, declaration,
    joint-statement, partnership, mechanism, plan, extension, joint-venture, organisation, settlement),
    counted in the year signed or established. 0 inside the records' span, NA outside it."""
    return _per_kind(agreements(dyad, exclude_sources=exclude_sources), dyad, AGREEMENT_KINDS, "records",
                     "Agreements", "agreements")
