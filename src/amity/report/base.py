"""Building blocks of a report: sections, inline charts and escaped tables.

Charts are Altair specifications rendered to inline SVG by vl-convert, so a report opens offline:
no scripts, fonts, styles or images are loaded from anywhere.
"""

from __future__ import annotations

import html as _html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from amity.dyad import Dyad


def esc(text: object) -> str:
    """HTML-escape any value (None and NA become an empty string)."""
    if text is None or (not isinstance(text, str | list | tuple | dict | np.ndarray) and pd.isna(text)):
        return ""
    return _html.escape(str(text), quote=True)


@dataclass
class Section:
    key: str
    title: str
    html: str
    md: str
    #: short key figures for the summary (label -> text)
    key_figures: dict[str, str] = field(default_factory=dict)


@dataclass
class ReportContext:
    dyad: Dyad
    start: int | None = None
    end: int | None = None
    claims_results: Any = None
    #: the dashboard sets this: figures then also carry their Vega-Lite specification (``data-vl``),
    #: which its scripts turn into interactive charts; a report file stays static and script-free
    interactive: bool = False
    #: the pairs the report sets beside this one (``--compare``); None: the documented default set
    #: (:func:`amity.context.reference_pairs`)
    reference_pairs: list | None = None
    #: figures and tables are numbered across the report
    _fig: int = 0
    _tab: int = 0

    def next_figure(self) -> int:
        self._fig += 1
        return self._fig

    def next_table(self) -> int:
        self._tab += 1
        return self._tab


def chart_svg(chart: Any) -> str:
    """Render an Altair chart to an SVG string (offline)."""
    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(chart.to_json(validate=False))
    # drop the XML prolog so the SVG can be inlined
    return svg[svg.find("<svg"):] if "<svg" in svg else svg


def figure(chart: Any, caption: str, ctx: ReportContext | None = None) -> tuple[str, str]:
    """An inline SVG figure with its caption (which must name the source and vintage).

    Returns ``(html, markdown)``; the Markdown names the figure and its caption (Markdown reports
    carry tables, not pictures).
    """
    n = ctx.next_figure() if ctx else None
    label = f"Figure {n}. " if n else ""
    spec = ""
    if ctx is not None and ctx.interactive:
        spec = f' data-vl="{esc(chart.to_json(validate=False, indent=None))}"'

    html = (f'<figure class="chart"{spec}>{chart_svg(chart)}'
            f"<figcaption>{esc(label)}{esc(caption)}</figcaption></figure>")
    md = f"*{label}{caption}*\n"
    return html, md


def _fmt(v: object) -> str:
    if isinstance(v, list | tuple | set | np.ndarray):
        return "; ".join(_fmt(x) for x in v)
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return "NA"
    if isinstance(v, float):
        return f"{v:,.2f}".rstrip("0").rstrip(".") if abs(v) < 1e15 else str(v)
    return str(v)


def table(df: pd.DataFrame, caption: str, ctx: ReportContext | None = None,
          columns: dict[str, str] | None = None) -> tuple[str, str]:
    """An escaped HTML table and a Markdown table of ``df`` (NA shown as "NA")."""
    if columns:
        df = df[[c for c in columns if c in df.columns]].rename(columns=columns)
    n = ctx.next_table() if ctx else None
    label = f"Table {n}. " if n else ""
    head = "".join(f"<th>{esc(c)}</th>" for c in df.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(_fmt(v))}</td>" for v in row) + "</tr>"
        for row in df.itertuples(index=False)
    )
    html = (f'<table class="data"><caption>{esc(label)}{esc(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")

    def cell(v: object) -> str:
        return _fmt(v).replace("|", "\\|").replace("\n", " ")

    md = f"*{label}{caption}*\n\n| " + " | ".join(cell(c) for c in df.columns) + " |\n|"
    md += "---|" * len(df.columns) + "\n"
    md += "".join("| " + " | ".join(cell(v) for v in row) + " |\n" for row in df.itertuples(index=False))
    return html, md


def paragraph(text: str) -> tuple[str, str]:
    return f"<p>{esc(text)}</p>", f"{text}\n"


def not_loaded(what: str, commands: list[str]) -> tuple[str, str]:
    """The note a section shows when its data is not loaded: what is missing and how to load it."""
    cmds_html = "".join(f"<li><code>{esc(c)}</code></li>" for c in commands)
    cmds_md = "".join(f"- `{c}`\n" for c in commands)
    return (f'<div class="missing"><p>No {esc(what)} loaded. To load it:</p><ul>{cmds_html}</ul></div>',
            f"No {what} loaded. To load it:\n\n{cmds_md}")


def join(parts: list[tuple[str, str]]) -> tuple[str, str]:
    return "\n".join(p[0] for p in parts), "\n".join(p[1] for p in parts)
