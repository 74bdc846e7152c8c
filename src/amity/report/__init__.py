"""Reports: a self-contained HTML (or Markdown) document on a dyad, every figure with its source."""

from __future__ import annotations

import os
from pathlib import Path

from amity.report.base import ReportContext


def report(dyad, path: str | os.PathLike[str] | None = None, fmt: str | None = None) -> Path:  # noqa: ANN001
    """Write the report on ``dyad`` to ``path`` (default ``amity-report-A-B.html``) and return the path."""
    from amity.report.build import write_report

    return write_report(ReportContext(dyad, dyad.start, dyad.end), path, fmt)


__all__ = ["ReportContext", "report"]
