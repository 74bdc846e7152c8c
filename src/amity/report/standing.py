"""Where the pair stands: one sentence per key figure with the pair's rank or percentile among all pairs
that year and the reference pairs' values (:mod:`amity.context`). The UN, arms and asymmetry sections
each add theirs."""

from __future__ import annotations

from amity import context
from amity.report.base import ReportContext, esc
from amity.states import State

#: the measures each section speaks of, in order
UN = ("vote_agreement", "vote_kappa", "ideal_point_distance")
ARMS = ("arms_deliveries", "import_dependence")
ASYMMETRY = ("cinc_ratio",)
#: the period of the "supplied N % of ... imports" sentence when the report has no --from/--to: the last
#: 15 years the register covers
PARTNER_YEARS = 15


def references(ctx: ReportContext) -> list[tuple[State, State]]:
    """The reference pairs: the report's ``--compare`` pairs, else the documented default set; never the
    pair itself."""
    refs = ctx.reference_pairs if ctx.reference_pairs is not None else [
        (a, b) for a, b, _ in context.reference_pairs()]
    own = {ctx.dyad.a.cow, ctx.dyad.b.cow}
    return [(a, b) for a, b in refs if {a.cow, b.cow} != own]


def sentences(ctx: ReportContext, names: tuple[str, ...]) -> list[str]:
    """The context sentences for ``names`` (both directions for directed measures, where the pair has a
    non-zero value); measures not loaded are skipped."""
    d, st = ctx.dyad, ctx.dyad.store
    refs = references(ctx)
    out = []
    for name in names:
        m = context.measure(name)
        for a, b in ((d.a, d.b), (d.b, d.a)) if m.directed and m.both_directions else ((d.a, d.b),):
            if m.both_directions and m.directed:
                rows = context.all_pairs(st, name, d.start, d.end)
                if rows is None:
                    break
                mine = rows.pair(a, b)
                if mine.empty or not (mine["value"] > 0).any():
                    continue
                year = int(mine.loc[mine["value"] > 0, "year"].max())
            else:
                year = None
            text = context.standing(st, a, b, name, year=year, refs=refs, start=d.start, end=d.end)
            if text:
                out.append(text)
    return out


def partner(ctx: ReportContext) -> list[str]:
    """"Russia supplied 71 % of China's arms imports 2010–2024 (SIPRI TIV), 1st of 8 suppliers; ..." for
    each direction with deliveries, over the report's years or the register's last :data:`PARTNER_YEARS`."""
    d, st = ctx.dyad, ctx.dyad.store
    span = context.arms_years(st)
    if span is None:
        return []
    hi = d.end if d.end is not None else span[1]
    lo = d.start if d.start is not None else max(span[0], hi - PARTNER_YEARS + 1)
    out = []
    for sup, rec in ((d.b, d.a), (d.a, d.b)):
        text = context.partner_sentence(st, sup, rec, start=lo, end=hi)
        if text:
            out.append(text)
    return out


def block(ctx: ReportContext, names: tuple[str, ...], *, with_partners: bool = False) -> list[tuple[str, str]]:
    """The section's context paragraph(s): a lead-in, then one sentence per key figure."""
    texts = (partner(ctx) if with_partners else []) + sentences(ctx, names)
    if not texts:
        return []
    refs = ", ".join(context.pair_label(a, b) for a, b in references(ctx))
    lead = (f"Where {ctx.dyad.a.code}–{ctx.dyad.b.code} stands among all pairs of states with data that year "
            f"(rank 1 = highest; percentile = share of pairs with a lower value; reference pairs: {refs or 'none'}; "
            "`amity compare` shows the series).")
    html = "<div class=\"standing\"><p>" + esc(lead.replace("`", "")) + "</p><ul>" + "".join(
        f"<li>{esc(t)}</li>" for t in texts) + "</ul></div>"
    md = lead + "\n\n" + "".join(f"- {t}\n" for t in texts)
    return [(html, md)]
