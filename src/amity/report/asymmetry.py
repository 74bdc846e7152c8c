"""Report section: power asymmetry (military expenditure, GDP and CINC ratios) and alignment
(alliance obligations in force), from :mod:`amity.indicators.asymmetry` and ``.alliance``."""

from __future__ import annotations

import altair as alt
import pandas as pd

from amity import indicators
from amity.indicators import alliance as al
from amity.indicators import asymmetry as asy
from amity.report import standing
from amity.report.base import ReportContext, Section, figure, join, not_loaded, paragraph, table

KEY, TITLE = "asymmetry", "Power asymmetry and alignment"
#: the commands that load this section's data, from the registry entries of its indicators
LOAD = [indicators.get(n).load for n in ("milex_ratio", "cinc_ratio", "gdp_ratio", "alliance")]
LABEL = {"milex": "Military expenditure", "gdp": "GDP", "cinc": "CINC (COW composite capabilities)"}


def _spells(df: pd.DataFrame, flags: list[str]) -> pd.DataFrame:
    """Consecutive years with the same obligations, as periods."""
    key = df[flags].astype("string").fillna("NA").agg("/".join, axis=1)
    grp = (key != key.shift()).cumsum()
    out = df.assign(_g=grp).groupby("_g").agg(
        **{"from": ("year", "min"), "to": ("year", "max")}, **{f: (f, "first") for f in flags},
        coverage=("coverage", "first"))
    return out.reset_index(drop=True)


def section(ctx: ReportContext) -> Section:
    """Ratios a/b per year (chart and latest figures) and alliance obligations by period."""
    d = ctx.dyad
    a, b = d.a.code, d.b.code
    ratios = asy.asymmetry(d)
    ratios = ratios[ratios["value"].notna()] if not ratios.empty else ratios
    ally = al.alliance(d)
    has_ally = not ally.empty and ally["dataset"].notna().any()
    parts: list[tuple[str, str]] = []
    kf: dict[str, str] = {}
    if ratios.empty and not has_ally:
        h, m = not_loaded("capabilities or alliance data", LOAD)
        if not ally.empty and ally["dossier_note"].str.len().gt(0).any():
            note = ally.loc[ally["dossier_note"].str.len().gt(0), "dossier_note"].iloc[-1]
            ph, pm = paragraph(f"The dossier records, for this pair: {note}. No alliance dataset is loaded, "
                               "so no alliance obligation is reported.")
            h, m = h + ph, m + "\n" + pm
        return Section(KEY, TITLE, h, m)
    if not ratios.empty:
        chart_df = ratios.assign(measure=ratios["measure"].map(LABEL))[["year", "measure", "value"]]
        chart_df["value"] = chart_df["value"].astype(float)
        chart = alt.Chart(chart_df).mark_line(point=alt.OverlayMarkDef(size=12)).encode(
            x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d")),
            y=alt.Y("value:Q", title=f"{a} / {b}", scale=alt.Scale(type="log")),
            color=alt.Color("measure:N", title="Measure"),
            tooltip=["year", "measure", "value"],
        ).properties(width=560, height=220, title=f"{a} relative to {b} (ratio, log scale; 1 = parity)")
        srcs = "; ".join(ratios.groupby("measure")["coverage"].first().str.replace(r", \d{4}–\d{4}$", "",
                                                                                  regex=True))
        parts.append(figure(chart, f"Ratios {a}/{b} per year. Sources: {srcs}.", ctx))
        parts += standing.block(ctx, standing.ASYMMETRY)
        last = ratios.sort_values("year").groupby("measure").tail(1)
        tab = last.assign(measure=last["measure"].map(LABEL))
        parts.append(table(tab, f"Latest year with both figures, per measure ({a}/{b}; values in the unit "
                                "named; source ids trace each figure to its source and vintage).", ctx,
                           {"measure": "Measure", "year": "Year", "a_value": a, "b_value": b,
                            "value_unit": "Unit", "value": f"{a}/{b}", "larger": "Larger",
                            "source_ids": "Sources"}))
        for r in last.itertuples():
            kf[f"{LABEL[r.measure]} ratio {a}/{b} ({r.year})"] = f"{float(r.value):,.2f}"
    if has_ally:
        flags = [f for f in al.FLAGS if ally[f].notna().any()]
        sp = _spells(ally, flags)
        ds = ally["dataset"].dropna().iloc[0]
        parts.append(table(sp, f"Alliance obligations in force between {a} and {b} ({ds}; 1 = in force, "
                               "0 = none recorded, NA = outside the dataset's years).", ctx))
        covered = ally[ally["value"].notna()]
        if not covered.empty:
            y = int(covered["year"].max())
            kf[f"Defence pact in force ({y})"] = "yes" if covered["value"].iloc[-1] == 1 else "no"
    else:
        h, m = not_loaded("alliance dataset", LOAD[3:])
        parts.append((h, m))
    notes = ally["dossier_note"][ally["dossier_note"].str.len().gt(0)] if not ally.empty else pd.Series(dtype=str)
    if not notes.empty:
        parts.append(paragraph(f"The dossier also records: {notes.iloc[-1]}. It is shown as the dossier states "
                               "it and is not counted as an alliance-dataset obligation."))
    lead = (f"How {d.a.name} and {d.b.name} compare in military spending, economic size and composite "
            "capabilities, and which alliance obligations bind them. Missing years are missing, not zero.")
    body = join([paragraph(lead), *parts])
    return Section(KEY, TITLE, body[0], body[1], kf)
