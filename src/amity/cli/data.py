"""``amity data ...``: import, fetch and list datasets in the store."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from amity import sources
from amity.cli.options import CsvOpt, HomeOpt, JsonOpt, store_path
from amity.cli.output import emit
from amity.store import Store

app = typer.Typer(help="Import datasets into the store and show what is loaded.", no_args_is_help=True)
fetch_app = typer.Typer(help="Download datasets from their publishers (needs a network).", no_args_is_help=True)
app.add_typer(fetch_app, name="fetch")
err = Console(stderr=True)



def _store(home: Path | None, read_only: bool = False) -> Store:
    return Store(store_path(home), read_only=read_only)


@app.command("import")
def import_(
    kind: str = typer.Argument(..., help="Dataset kind: " + ", ".join(["sipri", "unga", "unsc-vetoes", "milex",
                                                                      "nmc", "alliances", "wdi", "gdelt"])),
    paths: list[Path] = typer.Argument(..., help="Files as the publisher exports them."),
    home: Path | None = HomeOpt,
) -> None:
    """Import files of one KIND. A file already imported is a no-op; a bad file changes nothing."""
    with _store(home) as st:
        results = sources.import_files(st, kind, paths)
        for r in results:
            if r.created:
                err.print(f"[green]imported[/] {r.file_name}: {r.rows:,} rows as {r.source_id}")
            else:
                err.print(f"unchanged {r.file_name}: already imported as {r.source_id}")
        if kind == "unga" and any(r.created for r in results):
            _fit_ideal_points(st)


def _fit_ideal_points(st: Store) -> None:
    """Fit the ideal-point model once after new UN votes arrive, so reports and the dashboard read it
    from the cache beside the store instead of fitting it on first use."""
    from amity.indicators.votes import N_BOOT, ideal_points_all

    with err.status("fitting UN General Assembly ideal points for reports (once per import)..."):
        ip = ideal_points_all(st, n_boot=N_BOOT)
    err.print(f"ideal points: {len(ip):,} state-sessions, cached beside the store")


@app.command("status")
def status(as_json: bool = typer.Option(False, "--json", help="Stable JSON (same store, same output)."),
           home: Path | None = HomeOpt) -> None:
    """What is loaded: sources with provenance, and fact-table row counts."""
    with _store(home, read_only=True) as st:
        info = st.status()
    if as_json:
        typer.echo(json.dumps(info, indent=1, sort_keys=True))
        return
    typer.echo(f"store: {info['store']}")
    if not info["sources"]:
        typer.echo("nothing imported yet: the embedded dossier is used. See `amity data import --help`.")
    for name, n in info["tables"].items():
        typer.echo(f"  {name}: {n:,} rows")


@app.command("sources")
def sources_(as_json: bool = JsonOpt, as_csv: bool = CsvOpt,
             home: Path | None = HomeOpt) -> None:
    """Every source amity can cite: the embedded dossier's documents and every imported dataset."""
    import pandas as pd

    from amity.cli.output import fmt_of
    from amity.dossier import load_dossier

    dos = load_dossier().sources.rename(columns={"key": "id", "date": "vintage"})
    dos = dos.assign(origin="embedded dossier")
    with _store(home, read_only=True) as st:
        imp = st.sources().assign(origin="store")
    cols = ["id", "kind", "vintage", "title", "origin", "file_name", "sha256", "rows", "imported_at", "licence"]
    df = pd.concat([dos, imp], ignore_index=True)
    df = df[[c for c in cols if c in df.columns]]
    emit(df, fmt_of(as_json, as_csv), title="Sources")
