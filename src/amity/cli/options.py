"""Options shared by the commands: the store folder, the year range and the output format."""

from __future__ import annotations

from pathlib import Path

import typer

from amity.errors import AmityError
from amity.store import store_file

HomeOpt = typer.Option(None, "--home", help="Store folder (default $AMITY_HOME or the user data folder).")
FromOpt = typer.Option(None, "--from", help="First year.")
ToOpt = typer.Option(None, "--to", help="Last year.")
JsonOpt = typer.Option(False, "--json", help="JSON records (NA as null).")
CsvOpt = typer.Option(False, "--csv", help="CSV.")


def check_years(start: int | None, end: int | None) -> None:
    """Reject a ``--from``/``--to`` outside 1800–2100 or in the wrong order (exit code 2)."""
    for y in (start, end):
        if y is not None and not 1800 <= y <= 2100:
            raise AmityError(f"bad year {y}: expected a year between 1800 and 2100")
    if start is not None and end is not None and start > end:
        raise AmityError(f"bad year range: --from {start} is after --to {end}")


def store_path(home: Path | None) -> Path | None:
    """The store file in ``--home``, or None for the default store."""
    return store_file(home) if home else None
