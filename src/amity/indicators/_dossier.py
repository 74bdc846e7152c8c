"""Shared helpers for indicators computed from the embedded dossier."""

from __future__ import annotations

import pandas as pd

from amity.dyad import Dyad

DOSSIER_NOTE = "records the dossier's sources attest; not a complete census"


def involving(df: pd.DataFrame, dyad: Dyad, column: str, exclude_sources: frozenset[str]) -> pd.DataFrame:
    """Rows whose ``column`` (';'-separated ISO3 codes) names both states, minus excluded sources."""
    a, b = dyad.a.code, dyad.b.code
    codes = df[column].fillna("").str.split(";").map(lambda xs: {x.strip() for x in xs})
    keep = codes.map(lambda s: a in s and b in s) & ~df["source"].isin(exclude_sources)
    return df[keep].copy()


def in_window(df: pd.DataFrame, dyad: Dyad) -> pd.DataFrame:
    if dyad.start is not None:
        df = df[df["year"] >= dyad.start]
    if dyad.end is not None:
        df = df[df["year"] <= dyad.end]
    return df


def coverage_text(label: str, years: pd.Series, sources: pd.Series, dyad: Dyad) -> str:
    if years.dropna().empty:
        return f"{label}: no records"
    keys = sorted(set(sources))
    vint = ", ".join(f"{k} ({dyad.dossier.vintage(k)})" for k in keys)
    return f"{label} {int(years.min())}–{int(years.max())}: {DOSSIER_NOTE}; sources {vint}"


def dedupe(df: pd.DataFrame) -> pd.DataFrame:
    """One row per event: rows of several sources describing the same event (linked by the
    dossier's ``same_as`` column) are merged into the first one, keeping every source in ``source_ids``."""
    if df.empty:
        return df.assign(source_ids=pd.Series(dtype=str))
    same = df["same_as"].fillna("") if "same_as" in df.columns else pd.Series("", index=df.index)
    df = df.assign(_k=same.where(same != "", df["id"]))
    ids = df.groupby("_k")["source"].agg(lambda s: ";".join(sorted(set(s))))
    # the group's own first record if it is still there (its source may have been excluded), else
    # the first remaining record of the group
    df = df.assign(_primary=df["id"] == df["_k"]).sort_values("_primary", ascending=False, kind="stable")
    out = df.drop_duplicates("_k").copy()
    out["source_ids"] = out["_k"].map(ids)
    out = out.drop(columns=["_k", "_primary"])
    return out.sort_values(["year", "date", "id"], na_position="last").reset_index(drop=True)
