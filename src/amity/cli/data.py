"""``amity data ...``: import, fetch and list datasets in the store."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import typer
from rich.console import Console

from amity import loading, sources
from amity.cli.options import CsvOpt, HomeOpt, JsonOpt, store_path
from amity.cli.output import emit
from amity.errors import AmityError
from amity.store import Store

app = typer.Typer(help="Import datasets into the store and show what is loaded.", no_args_is_help=True)
fetch_app = typer.Typer(help="Download datasets from their publishers (needs a network).", no_args_is_help=True)
app.add_typer(fetch_app, name="fetch")
export_app = typer.Typer(help="Write data back out in its documented layout.", no_args_is_help=True)
app.add_typer(export_app, name="export")
err = Console(stderr=True)



def _store(home: Path | None, read_only: bool = False) -> Store:
    return Store(store_path(home), read_only=read_only, on_wait=_say)


def _say(msg: str) -> None:
    err.print(msg, markup=False, highlight=False, soft_wrap=True)


@app.command("import")
def import_(
    kind: str = typer.Argument(..., metavar="[KIND] FILE...",
                               help="Dataset kind: " + ", ".join(sources.kinds()) + ". Left out: amity "
                               "looks at the files, says which kind it chose, and imports them as that."),
    paths: list[Path] = typer.Argument(None, metavar="", help="Files as the publisher exports them."),
    replace: bool = typer.Option(False, "--replace", help="Replace an imported source of the same kind and "
                                 "vintage whose rows differ (instead of refusing)."),
    home: Path | None = HomeOpt,
) -> None:
    """Import files of one KIND. A file already imported, or a re-saved copy of one, is a no-op; a different
    file of the same kind and vintage is refused unless --replace; a bad file changes nothing."""
    files = list(paths or [])
    if kind not in sources.kinds() and (Path(kind).is_file() or not files):
        files, kind_or_none = [Path(kind), *files], None
    else:
        kind_or_none = kind
    if not files:
        raise AmityError("no files to import: amity data import [KIND] FILE...")
    with _store(home) as st:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            report = loading.import_files(st, kind_or_none, files, replace=replace, refresh=False, say=_say)
        if report.chosen:
            _say(report.chosen)
        for w in caught:
            _say(f"note: {w.message}")
        for r in report.results:
            if r.created:
                err.print(f"[green]imported[/] {r.file_name}: {r.rows:,} rows as {r.source_id}", highlight=False,
                          soft_wrap=True)
            else:
                _say(f"unchanged {r.file_name}: already imported as {r.source_id}")
        # derived data (the ideal-point fit, the GDELT sums) after every import, even a no-op one; the store
        # is read-only meanwhile, so other commands can read it
        for d in loading.refresh_derived(st, say=_say):
            _say(d)


@app.command("remove")
def remove(source_id: str = typer.Argument(..., help="A source id as `amity data sources` lists it."),
           home: Path | None = HomeOpt) -> None:
    """Remove one imported source and what was derived from it, in one transaction (undoes an import)."""
    with _store(home) as st:
        deleted = loading.remove_source(st, source_id, say=_say)
    rows = sum(deleted.values())
    _say(f"removed {source_id}: {rows:,} rows" + (f" ({', '.join(f'{k} {v:,}' for k, v in deleted.items())})"
                                                   if deleted else ""))


@app.command("refresh")
def refresh(home: Path | None = HomeOpt) -> None:
    """Rebuild derived state that is missing or stale (the UN ideal-point fit, the GDELT dyad-month sums)."""
    with _store(home) as st:
        done = loading.refresh_derived(st, say=_say)
    _say("; ".join(done) if done else "derived state is up to date")


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
    from amity.cli.output import fmt_of
    from amity.dossier import load_dossier
    from amity.provenance import sources_table

    with _store(home, read_only=True) as st:
        df = sources_table(st, load_dossier())
    df["origin"] = df["origin"].map({"dossier": "embedded dossier", "store": "store"})
    cols = ["id", "kind", "vintage", "title", "origin", "file_name", "sha256", "rows", "imported_at", "licence"]
    emit(df[cols], fmt_of(as_json, as_csv), title="Sources")


@export_app.command("records")
def export_records(
    pair: str = typer.Option(..., "--pair", help="The two states, e.g. IND,RUS (ISO3, COW codes or names)."),
    out: Path | None = typer.Option(None, "--out", help="Folder to write (default records-A-B)."),
    home: Path | None = HomeOpt,
) -> None:
    """Write a pair's records (embedded and imported) in the record schema, one CSV per table
    (docs/records.md); `amity data import records FOLDER` reads them back."""
    from amity.dossier import state_of
    from amity.sources.records import export_pair

    parts = [p.strip() for p in pair.split(",") if p.strip()]
    if len(parts) != 2:
        raise AmityError(f"--pair: expected two states separated by a comma (e.g. IND,RUS), got {pair!r}")
    a, b = (state_of(p).code for p in parts)
    folder = out or Path(f"records-{a}-{b}")
    with _store(home, read_only=True) as st:
        files = export_pair(st, a, b, folder)
    err.print(f"wrote {len(files)} files to {folder}")
