"""Options shared by the commands: the store folder, the year range and the output format."""

from __future__ import annotations

from pathlib import Path

import typer

from amity.dyad import check_years
from amity.store import store_file

HomeOpt = typer.Option(None, "--home", help="Store folder (default $AMITY_HOME or the user data folder).")
FromOpt = typer.Option(None, "--from", help="First year.")
ToOpt = typer.Option(None, "--to", help="Last year.")
JsonOpt = typer.Option(False, "--json", help="JSON records (NA as null).")
CsvOpt = typer.Option(False, "--csv", help="CSV.")

__all__ = ["CsvOpt", "FromOpt", "HomeOpt", "JsonOpt", "ToOpt", "check_years", "store_path"]


def store_path(home: Path | None) -> Path | None:
    """The store file in ``--home``, or None for the default store."""
    return store_file(home) if home else None
