"""``amity compare``: pairs side by side, each value with its rank and percentile among all pairs."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from amity import context
from amity.cli.options import CsvOpt, FromOpt, HomeOpt, JsonOpt, ToOpt, check_years, store_path
from amity.cli.output import emit, fmt_of
from amity.errors import AmityError
from amity.report import compare as compare_report
from amity.store import Store

err = Console(stderr=True)


def compare(
    pairs: list[str] = typer.Argument(..., help="Pairs as A-B: CHN-RUS USA-GBR RUS-IND (codes or names)."),
    indicator: list[str] = typer.Option(None, "--indicator", "-i",
                                        help=f"Indicators (repeatable; default all loaded): "
                                             f"{', '.join(context.MEASURES)}."),
    start: int | None = FromOpt,
    end: int | None = ToOpt,
    out: Path | None = typer.Option(None, "--out", "-o", help="Write a self-contained HTML page (.html)."),
    latest: bool = typer.Option(False, "--latest", help="Only each pair's latest year per indicator."),
    as_json: bool = JsonOpt,
    as_csv: bool = CsvOpt,
    home: Path | None = HomeOpt,
) -> None:
    """Pairs side by side: value, rank, percentile and all-pairs median per indicator and year."""
    check_years(start, end)
    fmt = fmt_of(as_json, as_csv)
    parsed = [context.parse_pair(p) for p in pairs]
    names = [context.measure(n).name for n in indicator] if indicator else None
    if out is not None and out.suffix.lower() not in (".html", ".htm"):
        raise AmityError(f"bad --out {out.name}: expected an .html file")
    path = store_path(home)
    with Store(path, read_only=True) as st:
        for name, cmd in context.not_loaded(st, names).items():
            err.print(f"amity: {name}: not loaded ({cmd})", markup=False, highlight=False)
        if out is not None:
            out.write_text(compare_report.render(st, parsed, names, start=start, end=end), encoding="utf-8")
            err.print(f"wrote {out}", markup=False, highlight=False)
            return
        df = context.compare(st, parsed, names, start=start, end=end)
    if latest:
        df = compare_report.latest(df)
    if fmt == "table":
        df = df.drop(columns=["source_ids", "unit"]).round({"value": 3, "percentile": 1, "median": 3, "q25": 3,
                                                           "q75": 3})
    emit(df, fmt, title="Pairs in context")


def register(app: typer.Typer) -> None:
    """Add ``amity compare`` to the main app."""
    app.command(name="compare")(compare)
