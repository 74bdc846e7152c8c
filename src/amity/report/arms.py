"""Report section: arms transfers (the briefs' quoted figures; SIPRI data when loaded)."""

from __future__ import annotations

from amity.report import standing
from amity.report.arms_sipri import sipri_block
from amity.report.base import ReportContext, Section, join, not_loaded, paragraph, table

COLS = {"record": "Record", "year": "Year", "year_end": "To", "item": "Item", "quantity": "Qty",
        "measure": "Measure", "value": "Value", "value_low": "Low", "value_high": "High", "unit": "Unit",
        "description": "As the source says", "source": "Source", "locator": "Locator"}


def section(ctx: ReportContext) -> Section:
    d = ctx.dyad
    # arms are directed: show both directions, the first state as supplier first
    parts = []
    kf: dict[str, str] = {}
    sipri = sipri_block(ctx)
    if sipri is not None:
        parts.append(sipri)
        parts += standing.block(ctx, standing.ARMS, with_partners=True)
    else:
        parts.append(not_loaded("SIPRI arms transfers data",
                                ["amity data import sipri trade-register.csv  (a register exported from "
                                 "https://armstransfers.sipri.org)",
                                 f"amity data fetch sipri --supplier {d.b.code} --recipient {d.a.code}  (online)"]))
    for sub in (d.reversed(), d):
        sup, rec = sub.a, sub.b
        figs = sub.arms_figures()
        if figs.empty:
            continue
        kf[f"Quoted arms records {sup.code}→{rec.code}"] = str(len(figs))
        if sipri is not None:
            continue  # the SIPRI block already sets every quoted figure beside the data
        parts.append(paragraph(f"Figures the briefs quote for {sup.name} → {rec.name}. Units as the brief "
                               "means them: SIPRI TIV is a volume index, not US dollars."))
        parts.append(table(figs, f"Arms deals and figures quoted for {sup.name} → {rec.name} (dossier).",
                           ctx, COLS))
    h, m = join(parts)
    return Section("arms", "Arms transfers", h, m, kf)
