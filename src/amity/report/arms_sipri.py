"""The SIPRI part of the arms section: deliveries chart and the dossier's quoted figures beside the data."""

from __future__ import annotations

import pandas as pd

from amity.report.base import ReportContext, figure, join, paragraph, table

ADJECTIVE = {"RUS": "Russian", "CHN": "Chinese", "USA": "US", "FRA": "French", "GBR": "British", "DEU": "German",
             "UKR": "Ukrainian", "ISR": "Israeli", "IND": "Indian", "ITA": "Italian", "ESP": "Spanish"}
TIV_MEASURES = ("tiv", "sipri tiv", "deliveries_tiv", "deliveries", "arms deliveries")


def _adj(state) -> str:  # noqa: ANN001
    return ADJECTIVE.get(state.code, state.name)


def _chart(df: pd.DataFrame, title: str):  # noqa: ANN202
    import altair as alt

    data = df[["year", "value"]].dropna().astype({"year": int, "value": float})
    return (alt.Chart(data, title=title).mark_bar(color="#8b1e3f")
            .encode(x=alt.X("year:O", title="Year"), y=alt.Y("value:Q", title="SIPRI TIV (millions)"),
                    tooltip=["year", alt.Tooltip("value:Q", format=",.0f")])
            .properties(width=640, height=220))


SHARE_MEASURES = {"share_of_recipient_imports": "import_dependence", "import_dependence": "import_dependence",
                  "share_of_supplier_exports": "share_of_supplier_exports"}


def compare_figures(figs: pd.DataFrame, deliveries: pd.DataFrame,
                    shares: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """The dossier's quoted figures beside SIPRI register values where comparable.

    Comparable: the quote's unit is SIPRI TIV (millions) (data: the sum of yearly deliveries over
    ``year``..``year_end``), or a percent share named in ``SHARE_MEASURES`` (data: 100 x summed numerator /
    summed denominator over the span, from ``shares``). Quotes in other units (US$, units of equipment)
    are listed with the reason they are not compared.
    """
    rows = []
    vals = deliveries.set_index("year")["value"]
    for f in figs.itertuples(index=False):
        unit = str(getattr(f, "unit", "") or "")
        y0 = getattr(f, "year", None)
        y1 = getattr(f, "year_end", None)
        y1 = y0 if y1 is None or pd.isna(y1) else y1
        data, note = pd.NA, ""
        measure = str(getattr(f, "measure", "") or "")
        share = (shares or {}).get(SHARE_MEASURES.get(measure, ""))
        if share is not None and unit == "percent" and not share.empty and y0 is not None and not pd.isna(y0):
            sp = share.set_index("year").reindex(range(int(y0), int(y1) + 1))
            if sp["numerator"].isna().any() or sp["denominator_tiv"].isna().any():
                note = "outside the loaded SIPRI coverage"
            elif float(sp["denominator_tiv"].sum()) == 0:
                note = "no deliveries in these years to take a share of"
            else:
                data = round(100 * float(sp["numerator"].sum()) / float(sp["denominator_tiv"].sum()), 1)
                note = f"share of summed TIV {int(y0)}–{int(y1)}"
        elif "tiv" not in unit.lower():
            note = f"not comparable: quoted in {unit or 'no unit'}, SIPRI data are in TIV (a volume index)"
        elif y0 is None or pd.isna(y0):
            note = "not comparable: no year"
        else:
            span = vals.reindex(range(int(y0), int(y1) + 1))
            if span.isna().any():
                note = "outside the loaded SIPRI coverage"
            else:
                data = round(float(span.sum()), 1)
                q = getattr(f, "value", None)
                if q is not None and not pd.isna(q) and float(q) != 0:
                    note = f"data/quote = {float(data) / float(q):.2f}"
        rows.append({"record": getattr(f, "record", ""), "year": y0, "year_end": y1,
                     "measure": getattr(f, "measure", ""), "quoted": getattr(f, "value", pd.NA), "unit": unit,
                     "sipri_register": data, "note": note, "source": getattr(f, "source", ""),
                     "locator": getattr(f, "locator", "")})
    return pd.DataFrame(rows, columns=["record", "year", "year_end", "measure", "quoted", "unit", "sipri_register",
                                       "note", "source", "locator"])


def sipri_block(ctx: ReportContext) -> tuple[str, str] | None:
    """Figure of deliveries b→a and a→b (where any) and the quoted-figures comparison; None if no SIPRI
    register covering the pair is loaded."""
    d = ctx.dyad
    parts: list[tuple[str, str]] = []
    any_data = False
    for sub in (d.reversed(), d):
        sup, rec = sub.a, sub.b
        dl = sub.deliveries_tiv()
        if dl.empty:
            continue
        any_data = True
        vintage = str(dl["coverage"].iloc[0])
        total = dl["value"].sum(skipna=True)
        if total == 0:
            parts.append(paragraph(f"SIPRI records no deliveries {sup.name} → {rec.name} ({vintage})."))
            continue
        title = f"{_adj(sup)} arms exports delivered to {rec.name}"
        how = ("delivered TIV of each deal spread evenly over its delivery years, each year scaled to the "
               "recipient's total in SIPRI's TIV table" if "calibrated" in vintage else
               "delivered TIV of each deal spread evenly over its delivery years")
        caption = (f"{title}, SIPRI TIV (millions) per year. Source: {vintage}; {how}. NA years lie outside "
                   "the data's coverage.")
        parts.append(figure(_chart(dl, title), caption, ctx))
        figs = sub.arms_figures()
        if not figs.empty:
            shares = {name: sub.indicator(name) for name in ("import_dependence", "share_of_supplier_exports")}
            cmp_ = compare_figures(figs, dl, shares)
            parts.append(table(cmp_, f"Figures the briefs quote for {sup.name} → {rec.name} beside SIPRI data "
                                     f"({vintage}).", ctx))
    if not any_data:
        return None
    return join(parts)
