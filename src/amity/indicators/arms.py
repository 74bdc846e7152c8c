"""Arms transfer figures the dossier's sources quote (directed: supplier ``a`` → recipient ``b``).

These are the briefs' own numbers (deals and aggregates), each with its unit as the brief means it —
SIPRI TIV is not US dollars. Figures computed from SIPRI's registers are in
:mod:`amity.indicators.arms_sipri`.
"""

from __future__ import annotations

import pandas as pd

from amity.dyad import Dyad
from amity.indicators import indicator
from amity.indicators.records import coverage_text, in_window


@indicator("arms_figures", strand="arms", unit="as quoted", directed=True, shape="figures", reads_records=True,
           missing="no arms figures quoted for this pair in the embedded dossier")
def arms_figures(dyad: Dyad, *, exclude_sources: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Deals and aggregate figures with supplier ``a`` and recipient ``b``, as the dossier records them."""
    df = dyad.dossier.arms
    keep = (df["supplier"] == dyad.a.code) & (df["recipient"] == dyad.b.code) & ~df["source"].isin(exclude_sources)
    out = in_window(df[keep], dyad).sort_values(["year", "id"]).reset_index(drop=True)
    out["source_ids"] = out["source"]
    out["coverage"] = coverage_text("Quoted arms figures", out["year"], out["source"], dyad)
    return out
