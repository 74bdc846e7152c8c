"""``amity serve``: the local web dashboard and JSON API (read-only, offline, loopback by default)."""

from __future__ import annotations

from pathlib import Path

import typer

from amity.cli.options import HomeOpt
from amity.store import store_file

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def allowed_hosts_for(host: str) -> list[str] | None:
    """``Host`` names to accept: loopback names when bound to loopback (against DNS rebinding), else any."""
    if host in LOOPBACK:
        return ["127.0.0.1", "localhost", "::1"]
    return None


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default loopback only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    home: Path | None = HomeOpt,
) -> None:
    """Start the local dashboard and JSON API (read-only; works offline). Stop it with Ctrl-C."""
    import uvicorn  # deferred: the server's stack is loaded only by `amity serve`

    from amity.cli import err  # the package imports this module: a cycle at import time
    from amity.web.app import create_app

    store_path = store_file(home)
    if host not in LOOPBACK:
        err.print(f"amity: warning: serving on {host}: anyone who can reach this address can read the data",
                  markup=False, highlight=False)
    app = create_app(store_path, allowed_hosts=allowed_hosts_for(host), warm=[("CHN", "RUS")])
    err.print(f"amity dashboard on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
              f"(store {store_path}, read-only)", markup=False, highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")
