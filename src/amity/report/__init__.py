"""Reports: a self-contained HTML (or Markdown) document on a dyad, every figure with its source."""

from __future__ import annotations

import os
from pathlib import Path

from amity.report.base import ReportContext


def report(dyad, path: str | os.PathLike[str] | None = None, fmt: str | None = None, *,  # noqa: ANN001
           compare: list | None = None) -> Path:
    """Write the report on ``dyad`` to ``path`` (default ``amity-report-A-B.html``) and return the path.

    ``compare``: the reference pairs ``[(State, State), ...]`` its sections set the pair beside (default:
    :func:`amity.context.reference_pairs`)."""
    from amity.report.build import write_report  # build's sections import Dyad, which imports this package

    return write_report(ReportContext(dyad, dyad.start, dyad.end, reference_pairs=compare), path, fmt)


__all__ = ["ReportContext", "report"]
