"""Report section: political coordination at the UN (General Assembly votes, Security Council vetoes)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from amity.report.base import ReportContext, Section, figure, join, not_loaded, paragraph, table

TITLE = "Political coordination at the UN"
MIN_CHART_VOTES = 10


def _src_text(store, ids: str) -> str:  # noqa: ANN001
    src = store.sources()
    hit = src[src["id"].isin([i for i in ids.split(";") if i])]
    if hit.empty:
        return ids
    return "; ".join(f"{r.title}, vintage {r.vintage} ({r.id})" for r in hit.itertuples())


def _agreement_parts(ctx: ReportContext) -> list[tuple[str, str]]:
    from amity.dyad import Dyad
    from amity.indicators.votes import LOAD_HINT, loaded

    d = ctx.dyad
    if not loaded(d.store):
        return [not_loaded("UN General Assembly votes", [LOAD_HINT])]
    parts = []
    frames = []
    pairs = [(d, f"{d.a.code}–{d.b.code}")]
    for s in (d.a, d.b):
        if s.code != "USA":
            pairs.append((Dyad(s, "USA", start=d.start, end=d.end, store=d.store), f"{s.code}–USA"))
    for dy, label in pairs:
        df = dy.vote_agreement()
        if not df.empty:
            frames.append(df.assign(pair=label))
    if not frames:
        return [paragraph("No shared UN General Assembly roll calls for this pair.")]
    ag = pd.concat(frames, ignore_index=True)
    ids = ";".join(sorted(set(ag["source_ids"])))
    # a year with a handful of shared roll calls (e.g. a partial last year) is shown in the tables but
    # would make the trend jump: the chart leaves it out and says so
    chart_rows = ag.dropna(subset=["value"])
    chart_rows = chart_rows[chart_rows["n_votes"] >= MIN_CHART_VOTES]
    chart = alt.Chart(chart_rows).mark_line(point=alt.OverlayMarkDef(size=14)).encode(
        x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d")),
        y=alt.Y("agreement:Q", title="Agreement (0–1)", scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("pair:N", title="Pair"),
        tooltip=["pair", "year", "agreement", "kappa", "n_votes"],
    ).properties(width=560, height=220, title="UN General Assembly vote agreement per year")
    parts.append(figure(chart, (
        f"Share of agreement in UN General Assembly roll calls both states voted on (yes 1, abstain 0.5, "
        f"no 0), {d.a.code}–{d.b.code} and each with the USA for contrast. Years with fewer than "
        f"{MIN_CHART_VOTES} shared votes are left out of the chart. Source: {_src_text(d.store, ids)}."), ctx))
    own = ag[ag["pair"] == pairs[0][1]].dropna(subset=["value"])
    if not own.empty:
        recent = own.tail(10)[["year", "agreement", "kappa", "pi", "s_score", "n_votes"]]
        parts.append(table(recent, f"Agreement measures, {pairs[0][1]}, last {len(recent)} years with votes. "
                                   f"Source: {_src_text(d.store, ids)}.", ctx))
    from amity.indicators.votes import N_BOOT

    ip = d.ideal_points(n_boot=N_BOOT)
    if not ip.empty:
        usa = Dyad(d.a, "USA", store=d.store, start=d.start, end=d.end).ideal_points(n_boot=N_BOOT) \
            if "USA" not in d.codes else pd.DataFrame()
        ipx = pd.concat([ip, usa[usa["member"] == "USA"]] if not usa.empty else [ip], ignore_index=True)
        base = alt.Chart(ipx).encode(x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d")),
                                     color=alt.Color("member:N", title="State"))
        band = base.mark_area(opacity=0.25).encode(y=alt.Y("lo:Q", title="Ideal point (USA positive)"),
                                                   y2="hi:Q")
        line = base.mark_line().encode(y="value:Q", tooltip=["member", "session", "year", "value", "se"])
        parts.append(figure((band + line).properties(width=560, height=220,
                                                      title="UN General Assembly ideal points per session"), (
            f"One-dimensional dynamic ideal points (sd units over all state-sessions; USA positive), with a "
            f"90% band from {N_BOOT} bootstrap replicates over roll calls. A fast linear approximation "
            f"of Bailey–Strezhnev–Voeten, bridged by identical resolutions. "
            f"Source: {_src_text(d.store, ';'.join(sorted(set(ip['source_ids']))))}."), ctx))
    return parts


def _veto_parts(ctx: ReportContext) -> tuple[list[tuple[str, str]], dict[str, str]]:
    d = ctx.dyad
    v = d.vetoes()
    if v.empty:
        return [paragraph(f"Neither {d.a.name} nor {d.b.name} cast a Security Council veto in the veto list's "
                          "years.")], {}
    cov = v["coverage"].iloc[0]
    src = "UN Dag Hammarskjöld Library veto list" if v["source_ids"].iloc[0] == "un-dhl-veto-list" \
        else _src_text(d.store, v["source_ids"].iloc[0])
    who = v.assign(who=v.apply(lambda r: "both (double veto)" if r["double"] else
                               (d.a.code if r["by_a"] else d.b.code), axis=1))
    lo, hi = int(who["year"].min()) - 1, int(who["year"].max()) + 1
    chart = alt.Chart(who).mark_tick(thickness=2, size=22).encode(
        x=alt.X("year:Q", title="Year", scale=alt.Scale(domain=[lo, hi], nice=False), axis=alt.Axis(format="d")),
        y=alt.Y("who:N", title=None),
        color=alt.Color("who:N", legend=None),
        tooltip=["date", "draft", "agenda_item", "vetoed_by"],
    ).properties(width=560, height=110, title="Security Council vetoes, one tick per vetoed draft")
    parts = [figure(chart, f"Drafts vetoed by {d.a.code}, {d.b.code} or both. {cov}. Source: {src}.", ctx)]
    per = d.vetoes_by_period()
    if not per.empty:
        parts.append(table(per[["period", "n_years", "value", "per_year"]].rename(
            columns={"value": "double vetoes", "per_year": "per year"}),
            f"Double vetoes ({d.a.code} and {d.b.code}) by period. {cov}. Source: {src}.", ctx))
    cols = {"date": "Date", "draft": "Draft", "meeting_record": "Meeting", "agenda_item": "Agenda item",
            "vetoed_by": "Vetoed by", "locator": "Locator"}
    parts.append(table(v, f"Vetoed drafts involving {d.a.code} or {d.b.code}. {cov}. Source: {src}.", ctx,
                       columns=cols))
    figs = {"Double vetoes": f"{int(v['double'].sum())} drafts ({cov})"}
    return parts, figs


def section(ctx: ReportContext) -> Section:
    """The UN section: agreement trend (and each state with the USA), ideal points, veto timeline."""
    parts = _agreement_parts(ctx)
    vparts, figs = _veto_parts(ctx)
    h, m = join(parts + vparts)
    return Section("un", TITLE, h, m, key_figures=figs)
