"""The report's sections, in order. Each strand adds its builder here: ``(key, builder)`` where
``builder(ctx: ReportContext) -> Section``. The summary and the sources list are built by
:mod:`amity.report.build` around these."""

from __future__ import annotations

from collections.abc import Callable

from amity.report import agreements, arms, asymmetry, events, exercises, un
from amity.report import claims as claims_section
from amity.report.base import ReportContext, Section, not_loaded


def _pending(key: str, title: str, what: str, commands: list[str]) -> Callable[[ReportContext], Section]:
    def build(ctx: ReportContext) -> Section:
        h, m = not_loaded(what, commands)
        return Section(key, title, h, m)

    return build


SECTIONS: list[tuple[str, Callable[[ReportContext], Section]]] = [
    ("arms", arms.section),
    ("exercises", exercises.section),
    ("un", un.section),
    ("coordination", agreements.coordination_section),
    ("agreements", agreements.agreements_section),
    ("asymmetry", asymmetry.section),
    ("events", events.section),
    ("claims", claims_section.section),
]
