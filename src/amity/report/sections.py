"""The report's sections, in order. Each strand adds its builder here: ``(key, builder)`` where
``builder(ctx: ReportContext) -> Section``. The summary and the sources list are built by
:mod:`amity.report.build` around these."""

from __future__ import annotations

from collections.abc import Callable

from amity.report import agreements, arms, exercises
from amity.report.base import ReportContext, Section, not_loaded


def _pending(key: str, title: str, what: str, commands: list[str]) -> Callable[[ReportContext], Section]:
    def build(ctx: ReportContext) -> Section:
        h, m = not_loaded(what, commands)
        return Section(key, title, h, m)

    return build


SECTIONS: list[tuple[str, Callable[[ReportContext], Section]]] = [
    ("arms", arms.section),
    ("exercises", exercises.section),
    ("un", _pending("un", "Political coordination at the UN", "UN General Assembly votes",
                    ["amity data import unga un_votes.rda un_roll_calls.rda un_roll_call_issues.rda"])),
    ("coordination", agreements.coordination_section),
    ("agreements", agreements.agreements_section),
    ("asymmetry", _pending("asymmetry", "Power asymmetry and alignment", "capabilities data",
                           ["amity data import milex SIPRI-Milex-data-1948-2023.xlsx",
                            "amity data import nmc NMC-60-abridged.csv"])),
    ("events", _pending("events", "News-coded events (GDELT)", "GDELT event data",
                        ["amity data import gdelt 20170101.export.CSV.zip"])),
    ("claims", _pending("claims", "The briefs' claims, checked", "claim checker", [])),
]
