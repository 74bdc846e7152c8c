"""FastAPI application: dashboard pages and a read-only JSON API over the store and the dossier.

The package is split along its seams: this module builds the app (factory, middleware, error
handling); :mod:`amity.web.api` holds the JSON routes, :mod:`amity.web.pages` the HTML pages and
downloads, :mod:`amity.web.service` what they compute and how it is cached.

* **Read-only, no connection held.** The store is opened read-only for each computation and closed
  after it, so ``amity data import`` can write between requests; nothing here writes anything. While
  another process writes the store, a request that needs it gets ``503 Service Unavailable`` with
  ``Retry-After`` (a transient condition, never a client error).
* **Generic.** Indicators come from :func:`amity.indicators.registry` and the page's sections from
  :data:`amity.report.sections.SECTIONS`, so every strand added later shows up without changes here.
  A strand that fails is shown as failed; it never takes the page down.
* **Safe.** Jinja2 autoescapes every value; the report's section HTML is escaped by its builders.
  Bad parameters get a 4xx answer with ``{"error": "..."}`` (pages: an HTML page saying why); an
  unexpected failure is a 500 with no traceback. No answer names a folder of the machine (error
  messages keep file names only). A Content-Security-Policy allows nothing but this server, and
  ``Host`` is checked when serving on loopback (against DNS rebinding). ``HEAD`` works wherever ``GET``
  does.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from amity import __version__
from amity.dossier import Dossier
from amity.errors import AmityError, StoreBusy, UnknownState
from amity.states import lookup
from amity.web import api, pages
from amity.web.service import NotFound, Service

log = logging.getLogger("amity.web")

HERE = Path(__file__).resolve().parent
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "testserver"]
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
#: seconds a client is told to wait when the store is being written
RETRY_AFTER_S = 5
BUSY_MESSAGE = "the store is being written by another amity process (an import); try again in a few seconds"

#: an absolute path (POSIX or Windows) inside a message: at the start, after a space, quote or bracket
_ABS_PATH = re.compile(r"""(?:(?<=^)|(?<=[\s'"(\[=]))(?:[A-Za-z]:[\\/]|/)(?:[^\s'"()\[\],;:]+[\\/])*""")


def without_paths(message: str) -> str:
    """``message`` with the folders of absolute paths removed: ``/home/u/.amity/amity.duckdb`` →
    ``amity.duckdb`` (an answer never tells a client where files are on this machine)."""
    return _ABS_PATH.sub("", message)


def is_lock_error(exc: BaseException) -> bool:
    """A DuckDB error saying another process holds the store's lock (a transient condition)."""
    text = str(exc).lower()
    return isinstance(exc, duckdb.Error) and "lock" in text


class HeadAsGet:
    """ASGI middleware: answer ``HEAD`` like ``GET``, with the same status and headers and no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app(dict(scope, method="GET"), receive, send_headers_only)


def create_app(store_path: Path | str | None = None, *, dossier: Dossier | None = None,
               allowed_hosts: list[str] | None = None, warm: list[tuple[str, str]] | None = None) -> FastAPI:
    """The dashboard and API over the store at ``store_path`` (default ``$AMITY_HOME/amity.duckdb``).

    ``dossier`` replaces the embedded dossier (tests); ``allowed_hosts`` limits the ``Host`` header
    (``amity serve`` passes the loopback names when it binds to loopback); ``warm`` lists pairs to
    compute in the background at start-up, so that their first page is quick.
    """
    svc = Service(Path(store_path) if store_path is not None else None, dossier)

    def warm_up() -> None:
        for a, b in warm or []:
            try:
                svc.bundle(lookup(a), lookup(b), None, None)
            except Exception as exc:  # noqa: BLE001 - warming is best effort
                log.warning("could not prepare %s-%s: %r", a, b, exc)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=warm_up, name="amity-warm", daemon=True).start()
        yield

    app = FastAPI(title="amity", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Read-only JSON API over amity's indicators, claims and sources. States are "
                              "given as ISO3 codes, COW codes or names. Missing values are null, never 0.")
    app.state.service = svc
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
    env.globals |= {"version": __version__}
    app.state.templates = env
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(HeadAsGet)
    _handle_errors(app)

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    return app


def _handle_errors(app: FastAPI) -> None:
    """Every error as a short answer: JSON under ``/api/``, an HTML page elsewhere; no traceback."""

    def error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        message = without_paths(message)
        path = request.url.path
        if path.startswith("/api/") or path == "/openapi.json":
            return JSONResponse({"error": message}, status_code=status, headers=headers)
        html = request.app.state.templates.get_template("error.html").render(
            code=status, message=message, title="Error")
        return HTMLResponse(html, status_code=status, headers=headers)

    def busy(request: Request) -> Response:
        return error(request, 503, BUSY_MESSAGE, {"Retry-After": str(RETRY_AFTER_S)})

    @app.exception_handler(StoreBusy)
    async def store_busy(request: Request, exc: StoreBusy) -> Response:
        return busy(request)

    @app.exception_handler(AmityError)
    async def amity_error(request: Request, exc: AmityError) -> Response:
        status = 404 if isinstance(exc, UnknownState | NotFound) else 400
        return error(request, status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
            parts.append(f"{loc}: {e.get('msg', 'invalid')}" if loc else str(e.get("msg", "invalid")))
        return error(request, 400, "bad parameter: " + "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        return error(request, exc.status_code, "not found" if exc.status_code == 404 else msg)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        if is_lock_error(exc):  # the store was locked by a writer in the middle of a computation
            return busy(request)
        log.error("internal error on %s", request.url.path, exc_info=exc)
        return error(request, 500, "internal error")


__all__ = ["create_app", "without_paths"]
