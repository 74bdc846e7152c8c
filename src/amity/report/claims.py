"""Report section: the briefs' claims, checked against the data (verdict, figure found, sources)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from amity.claims import check_dossier, results_frame, summary
from amity.report.base import ReportContext, Section, figure, join, paragraph, table

COLS = {"verdict": "Verdict", "id": "Claim", "text": "What the brief says", "found": "Found",
        "expected": "Expected", "unit": "Unit", "reason": "Why", "evidence_sources": "Evidence (vintage)",
        "said": "Said in", "passage": "Passage"}
MAX_CHARTS = 6


def _results(ctx: ReportContext) -> list[Any]:
    res = ctx.claims_results
    if res is None:
        res = check_dossier(ctx.dyad.store, dossier=ctx.dyad.dossier)
    pair = {ctx.dyad.a.code, ctx.dyad.b.code}
    return [r for r in res if set(r.dyad) == pair]


def _chart(r: Any) -> Any:
    import altair as alt

    s = r.series.dropna(subset=["value"]).astype({"year": "int64", "value": "float64"})
    if s.empty:
        return None
    lo, hi = r.period
    s = s[(s["year"] >= lo - 2) & (s["year"] <= hi + 2)]
    base = alt.Chart(s).encode(x=alt.X("year:O", title=None), y=alt.Y("value:Q", title=r.data_unit or "value"))
    chart = base.mark_line(point=True)
    if r.test == "peak" and isinstance(r.expected, int):
        rule = alt.Chart(pd.DataFrame({"year": [r.expected]})).mark_rule(strokeDash=[4, 3]).encode(x="year:O")
        chart = chart + rule
    return chart.properties(width=360, height=140, title=f"{r.id}: {r.verdict}")


def section(ctx: ReportContext) -> Section:
    """Verdict table of the dossier's claims about this pair, with small charts for trend and peak claims."""
    results = _results(ctx)
    title = "The briefs' claims, checked"
    if not results:
        h, m = paragraph("The dossier holds no claims about this pair of states. Check a brief's claims with "
                         "`amity claims check BRIEF.txt` or a YAML file of claims.")
        return Section("claims", title, h, m)

    df = results_frame(results)
    df["said"] = df["source"] + ", " + df["locator"]
    for col in ("found", "expected"):
        df[col] = df[col].map(lambda v: "–".join(str(x) for x in v) if isinstance(v, list | tuple) else v)
    counts = summary(results)
    parts = [paragraph(
        "Each claim is checked against the data, leaving out the document that makes it (a brief never "
        "confirms itself). Unverifiable means the data needed is not loaded or does not cover the period; "
        "the reason says which. " + ", ".join(f"{n} {v}" for v, n in counts.items()) + ".")]
    parts.append(table(df, "Claims of the briefs, verdicts, the figure found and the sources used (with "
                       "their vintage).", ctx, COLS))
    n = 0
    for r in results:
        # a chart only where there is evidence to show (and a source to name)
        if r.test not in ("trend", "peak") or n >= MAX_CHARTS or not r.evidence_sources:
            continue
        ch = _chart(r)
        if ch is None:
            continue
        n += 1
        srcs = "; ".join(f"{e['id']} ({e['vintage']})" for e in r.evidence_sources) or "none"
        parts.append(figure(ch, f"{r.text} — {r.indicator}, {r.dyad[0]}–{r.dyad[1]}; verdict {r.verdict}: "
                                f"{r.reason}. Source: {srcs}.", ctx))
    h, m = join(parts)
    kf = {"Claims supported / contradicted / unverifiable":
          f"{counts['supported']} / {counts['contradicted']} / {counts['unverifiable']}"}
    return Section("claims", title, h, m, kf)

