"""Report section: political coordination at the UN (General Assembly votes, Security Council vetoes)."""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from amity.dyad import Dyad
from amity.indicators.votes import LOAD_HINT, N_BOOT, loaded
from amity.report import standing
from amity.report.base import ReportContext, Section, figure, join, not_loaded, paragraph, table

TITLE = "Political coordination at the UN"
MIN_CHART_VOTES = 10


def _src_text(store, ids: str) -> str:  # noqa: ANN001
    src = store.sources()
    hit = src[src["id"].isin([i for i in ids.split(";") if i])]
    if hit.empty:
        return ids
    return "; ".join(f"{r.title}, vintage {r.vintage} ({r.id})" for r in hit.itertuples())


def _band_text() -> str:
    if N_BOOT:
        return f"from {N_BOOT} bootstrap replicates over roll calls"
    return "posterior sd given the roll-call parameters"


def _agreement_parts(ctx: ReportContext) -> list[tuple[str, str]]:
    d = ctx.dyad
    if not loaded(d.store):
        return [not_loaded("UN General Assembly votes", [LOAD_HINT]), *_published_parts(ctx, pd.DataFrame())]
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
            f"90% band ({_band_text()}). "
            f"amity's dynamic ordinal model in the spirit of Bailey–Strezhnev–Voeten (yes/abstain/no ordered, "
            f"bridged by identical resolutions, a random walk over sessions; validated against their release in "
            f"docs/un.md). Votes from the UN Digital Library hold adopted resolutions only (no failed drafts or "
            f"separate paragraph votes). "
            f"Source: {_src_text(d.store, ';'.join(sorted(set(ip['source_ids']))))}."), ctx))
    parts += _published_parts(ctx, ip)
    yrs = _year_source_text(d.store)
    if yrs:
        parts.append(paragraph(yrs))
    return parts


def _year_source_text(store) -> str:  # noqa: ANN001
    """Which dataset each span of years comes from (Voeten/unvotes, UN Digital Library)."""
    from amity.indicators.votes import year_sources

    ys = year_sources(store)
    if ys.empty or ys["title"].nunique() < 2:
        return ""
    main = ys.sort_values("n_rollcalls", ascending=False).drop_duplicates("year")
    spans = []
    for title, g in main.sort_values("year").groupby("title", sort=False):
        spans.append(f"{title} (vintage {g['vintage'].iloc[0]}): {int(g['year'].min())}–{int(g['year'].max())}")
    return ("Roll calls by dataset: " + "; ".join(spans) + ". A resolution in both is counted once (matched by "
            "symbol and date). The UN Digital Library holds adopted resolutions only: no votes on drafts that "
            "failed, amendments or separate paragraphs.")


def _published_parts(ctx: ReportContext, ours: pd.DataFrame) -> list[tuple[str, str]]:
    """The published Bailey–Strezhnev–Voeten estimates beside amity's, with both uncertainties."""
    from amity.indicators.votes import published_ideal_points

    d = ctx.dyad
    bsv = published_ideal_points(d.store)
    if bsv.empty:
        return []
    cows = {d.a.cow: d.a.code, d.b.cow: d.b.code}
    b = bsv[bsv["cow"].isin(list(cows))].copy()
    if d.start is not None:
        b = b[b["year"] >= d.start]
    if d.end is not None:
        b = b[b["year"] <= d.end]
    if b.empty:
        return []
    b["member"] = b["cow"].map(cows)
    b["session"] = b["session"].astype("int64")
    a = ours.rename(columns={"value": "theta"})[["member", "session", "theta", "lo", "hi"]] if not ours.empty \
        else pd.DataFrame(columns=["member", "session", "theta", "lo", "hi"])
    m = b.merge(a, on=["member", "session"], how="left", suffixes=("_bsv", "_amity"))
    m = m.sort_values(["session", "member"])
    recent = m[m["session"] >= m["session"].max() - 7]
    show = pd.DataFrame({
        "session": recent["session"], "year": recent["year"].astype("int64"), "state": recent["member"],
        "amity θ": recent["theta_amity"].round(2),
        "amity 90%": [f"{lo:.2f} – {hi:.2f}" if pd.notna(lo) else "NA" for lo, hi in
                      zip(recent["lo_amity"], recent["hi_amity"])],
        "BSV θ": recent["theta_bsv"].round(2),
        "BSV 5–95%": [f"{lo:.2f} – {hi:.2f}" if pd.notna(lo) else "NA" for lo, hi in
                      zip(recent["lo_bsv"], recent["hi_bsv"])]})
    rs = []
    for cow, code in cows.items():
        ok = m[(m["cow"] == cow)].dropna(subset=["theta_amity", "theta_bsv"])
        if len(ok) > 2:
            r = float(np.corrcoef(ok["theta_amity"], ok["theta_bsv"])[0, 1])
            rs.append(f"{code} r = {r:.2f} over {len(ok)} sessions")
    vint = _src_text(d.store, bsv["source_ids"].iloc[0])
    note = (" Agreement of the two trajectories: " + "; ".join(rs) + "." if rs else "")
    return [table(show.reset_index(drop=True), (
        f"amity's ideal points beside the published Bailey–Strezhnev–Voeten estimates (all roll calls), last "
        f"sessions. The two are on different scales (amity: sd units over all state-sessions; BSV: their own); "
        f"compare movements, not levels. BSV's band is their posterior 5%–95% quantiles.{note} "
        f"Source: {vint}."), ctx)]


def _veto_parts(ctx: ReportContext) -> tuple[list[tuple[str, str]], dict[str, str]]:
    from amity.sources import unsc

    d = ctx.dyad
    v = d.vetoes()
    if v.empty:
        return [paragraph(f"Neither {d.a.name} nor {d.b.name} cast a Security Council veto in the veto list's "
                          "years.")], {}
    cov = v["coverage"].iloc[-1]  # the complete coverage (earlier listed rows say so in their own note)
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
    early = v["coverage"] != cov  # rows listed before the complete coverage (incomplete, not counted)
    note = (f" Ticks before {unsc.EMBEDDED_COVERAGE[0]} ({int(early.sum())} drafts) come from an incomplete "
            "listing of earlier vetoes, each with its own source; they are not counted." if early.any() else "")
    parts = [figure(chart, f"Drafts vetoed by {d.a.code}, {d.b.code} or both. {cov}.{note} Source: {src}.", ctx)]
    per = d.vetoes_by_period()
    if not per.empty:
        parts.append(table(per[["period", "n_years", "value", "per_year"]].rename(
            columns={"value": "double vetoes", "per_year": "per year"}),
            f"Double vetoes ({d.a.code} and {d.b.code}) by period. {cov}. Source: {src}.", ctx))
    cols = {"date": "Date", "draft": "Draft", "meeting_record": "Meeting", "agenda_item": "Agenda item",
            "vetoed_by": "Vetoed by", "listed_as": "As listed", "source": "Source", "locator": "Locator"}
    parts.append(table(v, f"Vetoed drafts involving {d.a.code} or {d.b.code}. {cov}. Source: {src}.", ctx,
                       columns=cols))
    counted = v["coverage"] == cov  # rows inside the complete coverage
    figs = {"Double vetoes": f"{int(v.loc[counted, 'double'].sum())} drafts ({cov})"}
    return parts, figs


def section(ctx: ReportContext) -> Section:
    """The UN section: agreement trend (and each state with the USA), ideal points, veto timeline."""
    parts = _agreement_parts(ctx) + standing.block(ctx, standing.UN)
    vparts, figs = _veto_parts(ctx)
    h, m = join(parts + vparts)
    return Section("un", TITLE, h, m, key_figures=figs)
