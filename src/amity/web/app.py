"""FastAPI application: dashboard pages and a read-only JSON API over the store and the dossier.

Design
------
* **Read-only.** The store is opened with ``read_only=True`` for each computation and closed after it,
  so ``amity data import`` can write between requests; nothing here writes anything.
* **Generic.** Indicators come from :func:`amity.indicators.registry` and the page's sections from
  :data:`amity.report.sections.SECTIONS`, so every strand added later shows up without changes here.
  A strand that fails is shown as failed; it never takes the page down.
* **Cached.** Per-dyad work (all indicators, the report's sections, the claims) is computed once per
  ``(a, b, from, to, store modification time)`` and kept in a small LRU cache.
* **Safe.** Jinja2 autoescapes every value; the report's section HTML is escaped by its builders.
  Bad parameters get a 4xx answer with ``{"error": "..."}`` (pages: an HTML page saying why); an
  unexpected failure is a 500 with no traceback. A Content-Security-Policy allows nothing but this
  server, and ``Host`` is checked when serving on loopback (against DNS rebinding).
"""

from __future__ import annotations

import dataclasses
import inspect
import logging
import math
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from amity import __version__
from amity.cli.output import records
from amity.dossier import Dossier, load_dossier
from amity.errors import AmityError, UnknownState
from amity.jsonable import scalar
from amity.states import State, all_states, lookup, search
from amity.store import Store, store_file

log = logging.getLogger("amity.web")

HERE = Path(__file__).resolve().parent
MAX_PARAM = 200
YEAR_MIN, YEAR_MAX = 1800, 2100
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "testserver"]
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")


class NotFound(AmityError):
    """A well-formed request for something that does not exist (an unknown indicator)."""


# -- helpers ---------------------------------------------------------------------------------
def jsonable(v: Any) -> Any:
    """A JSON-ready copy of ``v``: NA/NaN become null (missing is never 0), numpy scalars Python."""
    if v is None or isinstance(v, bool | int | str):
        return v
    if isinstance(v, float):
        return None if math.isnan(v) or math.isinf(v) else v
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple | set | frozenset):
        return [jsonable(x) for x in v]
    if isinstance(v, pd.DataFrame):
        return records(v)
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return jsonable(dataclasses.asdict(v))
    plain = scalar(v)
    if plain is None or isinstance(plain, str | int | float | bool):
        return jsonable(plain) if isinstance(plain, float) else plain
    return str(plain)


def state_json(s: State) -> dict[str, Any]:
    """A state as the API shows it."""
    return {"code": s.code, "name": s.name, "iso3": s.iso3, "cow": s.cow, "cow_abb": s.cow_abb, "gw": s.gw,
            "cameo": s.cameo, "un_name": s.un_name, "start_year": s.start_year, "end_year": s.end_year}


def resolve(name: str) -> State:
    """The state named by an ISO3 or COW code or a name (4xx errors for bad input)."""
    name = name.strip()
    if not name:
        raise AmityError("empty state name")
    if len(name) > MAX_PARAM:
        raise AmityError(f"state name too long (over {MAX_PARAM} characters)")
    return lookup(name)


def check_years(start: int | None, end: int | None) -> None:
    for y in (start, end):
        if y is not None and not YEAR_MIN <= y <= YEAR_MAX:
            raise AmityError(f"bad year {y}: expected a year between {YEAR_MIN} and {YEAR_MAX}")
    if start is not None and end is not None and start > end:
        raise AmityError(f"bad year range: from {start} is after to {end}")


def year_column(df: pd.DataFrame) -> pd.Series | None:
    """The numeric year of each row (``year``, else the leading year of ``period``), or None."""
    if "year" in df.columns:
        return pd.to_numeric(df["year"], errors="coerce")
    if "period" in df.columns:
        return pd.to_numeric(df["period"].astype(str).str[:4], errors="coerce")
    return None


def filter_years(df: pd.DataFrame, start: int | None, end: int | None) -> pd.DataFrame:
    """Rows whose year lies in ``start..end`` (tables without a year are returned whole)."""
    years = year_column(df)
    if years is None or (start is None and end is None):
        return df
    keep = pd.Series(True, index=df.index)
    if start is not None:
        keep &= years >= start
    if end is not None:
        keep &= years <= end
    return df[keep.fillna(False).astype(bool)]


def summarise(df: pd.DataFrame) -> dict[str, Any]:
    """Rows, non-missing values, the non-missing year range and the coverage notes of a table."""
    present = df["value"].notna() if "value" in df.columns else pd.Series(True, index=df.index)
    years = year_column(df)
    ys = years[present].dropna() if years is not None else pd.Series(dtype=float)
    cov = sorted({str(c) for c in df["coverage"].dropna().unique()}) if "coverage" in df.columns else []
    return {"rows": int(len(df)), "values": int(present.sum()),
            "first_year": int(ys.min()) if not ys.empty else None,
            "last_year": int(ys.max()) if not ys.empty else None, "coverage": cov}


def _pair_of(dyad: Any) -> set[int] | None:
    """The COW codes of a claim's dyad (``("RUS", "CHN")`` or ``"RUS-CHN"``), or None if unreadable."""
    parts = dyad.split("-") if isinstance(dyad, str) else list(dyad or [])
    try:
        return {lookup(str(x)).cow for x in parts} if len(parts) == 2 else None
    except AmityError:
        return None


class _Cache:
    """A small thread-safe LRU cache that computes each key once even under concurrent requests."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._key_locks: dict[tuple, threading.Lock] = {}

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                if key in self._data:
                    return self._data[key]
            value = compute()
            with self._lock:
                self._data[key] = value
                while len(self._data) > self.maxsize:
                    self._data.popitem(last=False)
                self._key_locks.pop(key, None)
        return value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


# -- the service: what the routes compute -----------------------------------------------------
class Service:
    """Per-dyad computations over a read-only store, cached by dyad, years and store version."""

    def __init__(self, store_path: Path | None = None, dossier: Dossier | None = None) -> None:
        self.store_path = Path(store_path) if store_path is not None else store_file()
        self._dossier = dossier
        self._bundles = _Cache(32)
        self._tables = _Cache(256)
        self._reports = _Cache(16)
        self._store_info = _Cache(8)

    @property
    def dossier(self) -> Dossier:
        return self._dossier if self._dossier is not None else load_dossier()

    def store_version(self) -> tuple[int, ...]:
        """Changes whenever an import changes the store file (modification time and size)."""
        out: list[int] = []
        for p in (self.store_path, self.store_path.with_name(self.store_path.name + ".wal")):
            try:
                st = p.stat()
                out += [st.st_mtime_ns, st.st_size]
            except OSError:
                out += [0, 0]
        return tuple(out)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The store, opened read-only for one computation."""
        st = Store(self.store_path, read_only=True)
        try:
            yield st
        finally:
            st.close()

    def _key(self, a: State, b: State, start: int | None, end: int | None) -> tuple:
        return (a.cow, b.cow, start, end, self.store_version())

    # -- per dyad -----------------------------------------------------------------------------
    def bundle(self, a: State, b: State, start: int | None, end: int | None) -> dict[str, Any]:
        """Everything the dyad page and the overview API show (cached)."""
        return self._bundles.get(self._key(a, b, start, end), lambda: self._compute_bundle(a, b, start, end))

    def _compute_bundle(self, a: State, b: State, start: int | None, end: int | None) -> dict[str, Any]:
        from amity import indicators as ind
        from amity.dyad import Dyad
        from amity.report.base import ReportContext, Section
        from amity.report.sections import SECTIONS

        with self.store() as st:
            d = Dyad(a, b, start=start, end=end, store=st, dossier=self._dossier)
            inds = []
            for name, spec in sorted(ind.registry().items()):
                row: dict[str, Any] = {"name": name, "strand": spec.strand, "unit": spec.unit,
                                       "directed": spec.directed, "description": spec.description}
                try:
                    row |= summarise(filter_years(d.indicator(name), start, end)) | {"error": None}
                except Exception as exc:  # noqa: BLE001 - one broken strand must not break the page
                    log.warning("indicator %s failed for %s-%s: %r", name, a.code, b.code, exc)
                    row |= {"rows": 0, "values": 0, "first_year": None, "last_year": None, "coverage": [],
                            "error": str(exc) if isinstance(exc, AmityError) else type(exc).__name__}
                inds.append(row)
            claims, raw_claims = self._claims(d, st)
            ctx = ReportContext(d, start, end, claims_results=raw_claims, interactive=True)
            sections = []
            for key, builder in SECTIONS:
                if key == "claims" and raw_claims is None:  # no checker: the page's own panel says why
                    sections.append(Section("claims", "The briefs' claims, checked", "", ""))
                    continue
                try:
                    sections.append(builder(ctx))
                except Exception as exc:  # noqa: BLE001
                    log.warning("section %s failed for %s-%s: %r", key, a.code, b.code, exc)
                    if key == "claims":  # the page's own claims panel shows the checker's results
                        sections.append(Section("claims", "The briefs' claims, checked", "", ""))
                        continue
                    note = f"This section could not be built ({type(exc).__name__})."
                    sections.append(Section(key, key.replace("_", " ").capitalize(),
                                            f'<div class="missing"><p>{Markup.escape(note)}</p></div>', note))
            sources = self._sources(st)
        key_figures = {k: v for s in sections for k, v in s.key_figures.items()}
        if claims["claims"]:
            counts: dict[str, int] = {}
            for c in claims["claims"]:
                counts[str(c["verdict"])] = counts.get(str(c["verdict"]), 0) + 1
            key_figures["Claims checked"] = ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
        return {"a": a, "b": b, "start": start, "end": end, "indicators": inds, "sections": sections,
                "key_figures": key_figures, "claims": claims, "sources": sources}

    def overview(self, a: State, b: State, start: int | None, end: int | None) -> dict[str, Any]:
        """The JSON overview of a dyad."""
        bd = self.bundle(a, b, start, end)
        return {"a": state_json(a), "b": state_json(b), "from": start, "to": end,
                "indicators": bd["indicators"], "key_figures": bd["key_figures"],
                "sections": [{"key": s.key, "title": s.title} for s in bd["sections"]],
                "claims": {k: v for k, v in bd["claims"].items() if k != "claims"}
                | {"count": len(bd["claims"]["claims"])}}

    def table(self, a: State, b: State, name: str, start: int | None, end: int | None) -> pd.DataFrame:
        """One indicator's table for the dyad (cached), rows limited to ``start..end``."""
        from amity import indicators as ind

        if name not in ind.registry():
            raise NotFound(f"unknown indicator {name!r}; known: {', '.join(sorted(ind.registry()))}")

        def compute() -> pd.DataFrame:
            from amity.dyad import Dyad

            with self.store() as st:
                d = Dyad(a, b, start=start, end=end, store=st, dossier=self._dossier)
                return filter_years(d.indicator(name), start, end).reset_index(drop=True)

        return self._tables.get(self._key(a, b, start, end) + (name,), compute)

    def all_indicators(self, a: State, b: State, start: int | None, end: int | None) -> pd.DataFrame:
        """Every indicator with a year as one long table (as ``amity indicators A B`` prints it)."""
        from amity import indicators as ind

        frames = []
        for name in sorted(ind.registry()):
            try:
                df = self.table(a, b, name, start, end)
            except Exception as exc:  # noqa: BLE001
                log.warning("indicator %s failed: %r", name, exc)
                continue
            if df.empty or "year" not in df.columns:
                continue
            cols = ("year", "category", "value", "unit", "coverage", "source_ids")
            keep = [c for c in cols if c in df.columns]
            frames.append(df[keep].assign(indicator=name))
        if not frames:
            return pd.DataFrame(columns=["indicator", "year", "value", "unit", "coverage", "source_ids"])
        out = pd.concat(frames, ignore_index=True)
        return out[["indicator"] + [c for c in out.columns if c != "indicator"]]

    def report(self, a: State, b: State, start: int | None, end: int | None, fmt: str) -> str:
        """The report as HTML or Markdown text (cached)."""

        def compute() -> str:
            from amity.dyad import Dyad
            from amity.report.base import ReportContext
            from amity.report.build import render

            with self.store() as st:
                d = Dyad(a, b, start=start, end=end, store=st, dossier=self._dossier)
                return render(ReportContext(d, start, end), fmt)

        return self._reports.get(self._key(a, b, start, end) + (fmt,), compute)

    # -- claims and sources --------------------------------------------------------------------
    def _claims(self, d: Any, st: Store) -> tuple[dict[str, Any], list[Any] | None]:
        """The dossier's claims about this pair, checked (or why they cannot be), and the checker's
        own results (for the report's claims section; None without a checker)."""
        try:
            from amity.claims import check_dossier  # type: ignore[attr-defined]
        except ImportError:
            return {"available": False, "message": "claim checker not installed", "claims": []}, None
        pair = {d.a.cow, d.b.cow}
        try:
            kw: dict[str, Any] = {"store": st}
            if self._dossier is not None and "dossier" in inspect.signature(check_dossier).parameters:
                kw["dossier"] = self._dossier
            results = check_dossier(**kw)
        except Exception as exc:  # noqa: BLE001
            log.warning("claim checker failed: %r", exc)
            msg = str(exc) if isinstance(exc, AmityError) else type(exc).__name__
            return {"available": False, "message": f"claim checker failed: {msg}", "claims": []}, None
        fields = ("id", "text", "said_in", "dyad", "indicator", "test", "period", "verdict", "found",
                  "expected", "unit", "reason", "evidence_sources")
        out, mine = [], []
        for r in results or []:
            row = r if isinstance(r, dict) else {f: getattr(r, f, None) for f in fields}
            if _pair_of(row.get("dyad")) != pair:
                continue
            out.append({f: jsonable(row.get(f)) for f in fields})
            mine.append(r)
        return {"available": True, "message": None, "claims": out}, mine

    def _sources(self, st: Store) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for r in self.dossier.sources.to_dict(orient="records"):
            rows.append({"id": r.get("key"), "origin": "dossier", "kind": r.get("kind"),
                         "title": r.get("title"),
                         "author": r.get("author") or None, "publisher": r.get("publisher") or None,
                         "vintage": r.get("date"), "where": r.get("url") or None,
                         "licence": r.get("licence") or None, "file_name": r.get("document") or None,
                         "sha256": None, "rows": None, "imported_at": None, "citation": None})
        for r in st.sources().to_dict(orient="records"):
            rows.append({"id": r.get("id"), "origin": "store", "kind": r.get("kind"), "title": r.get("title"),
                         "author": None, "publisher": None, "vintage": r.get("vintage"),
                         "where": r.get("url") or None, "licence": r.get("licence") or None,
                         "file_name": r.get("file_name") or None, "sha256": r.get("sha256"),
                         "rows": r.get("rows"), "imported_at": r.get("imported_at"),
                         "citation": r.get("citation") or None})
        return [jsonable(r) for r in rows]

    def sources(self) -> list[dict[str, Any]]:
        """Every citable source: the dossier's documents and every imported file, with provenance."""

        def compute() -> list[dict[str, Any]]:
            with self.store() as st:
                return self._sources(st)

        return self._store_info.get(("sources", self.store_version()), compute)

    def status(self) -> dict[str, Any]:
        """What the store holds (:meth:`amity.store.Store.status`)."""

        def compute() -> dict[str, Any]:
            with self.store() as st:
                return jsonable(st.status())

        return self._store_info.get(("status", self.store_version()), compute)

    def claims(self, a: State, b: State) -> dict[str, Any]:
        return self.bundle(a, b, None, None)["claims"]


# -- the application ------------------------------------------------------------------------------
def _error_json(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


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
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    def page(name: str, http_status: int = 200, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=http_status)

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    def error(request: Request, status: int, message: str) -> Response:
        if is_api(request):
            return _error_json(status, message)
        return page("error.html", status, code=status, message=message, title="Error")

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

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
        log.error("internal error on %s", request.url.path, exc_info=exc)
        return error(request, 500, "internal error")

    A = PathParam(..., max_length=MAX_PARAM, description="First state: ISO3 code, COW code or name.")
    B = PathParam(..., max_length=MAX_PARAM, description="Second state: ISO3 code, COW code or name.")
    FROM = Query(None, alias="from", ge=YEAR_MIN, le=YEAR_MAX, description="First year.")
    TO = Query(None, alias="to", ge=YEAR_MIN, le=YEAR_MAX, description="Last year.")

    def pair(a: str, b: str, start: int | None, end: int | None) -> tuple[State, State]:
        check_years(start, end)
        sa, sb = resolve(a), resolve(b)
        if sa.cow == sb.cow:
            raise AmityError(f"a dyad needs two different states, got {sa} twice")
        return sa, sb

    # -- JSON API -----------------------------------------------------------------------------
    @app.get("/api/states", tags=["api"], summary="Search states by name or code")
    def api_states(q: str = Query("", max_length=MAX_PARAM, description="Name or code (empty: all states)."),
                   limit: int = Query(10, ge=1, le=500)) -> dict[str, Any]:
        found = search(q, limit) if q.strip() else sorted(all_states(), key=lambda s: s.name)[:limit]
        return {"query": q, "states": [state_json(s) for s in found]}

    @app.get("/api/dyads/{a}/{b}", tags=["api"], summary="Overview of a pair of states")
    def api_dyad(a: str = A, b: str = B, start: int | None = FROM, end: int | None = TO) -> dict[str, Any]:
        sa, sb = pair(a, b, start, end)
        return jsonable(svc.overview(sa, sb, start, end))

    @app.get("/api/dyads/{a}/{b}/indicators/{name}", tags=["api"], summary="One indicator's table",
             responses={200: {"content": {"application/json": {}, "text/csv": {}}}})
    def api_indicator(a: str = A, b: str = B, name: str = PathParam(..., max_length=MAX_PARAM),
                      start: int | None = FROM, end: int | None = TO,
                      format: str = Query("json", pattern="^(json|csv)$")) -> Response:
        from amity import indicators as ind

        sa, sb = pair(a, b, start, end)
        df = svc.table(sa, sb, name, start, end)
        if format == "csv":
            return csv_response(df, f"amity-{sa.code}-{sb.code}-{name}.csv")
        spec = ind.registry()[name]
        return JSONResponse(jsonable({
            "a": state_json(sa), "b": state_json(sb), "from": start, "to": end,
            "indicator": {"name": name, "strand": spec.strand, "unit": spec.unit, "directed": spec.directed,
                          "description": spec.description},
            "columns": [str(c) for c in df.columns], "rows": records(df)}))

    @app.get("/api/dyads/{a}/{b}/claims", tags=["api"], summary="The dossier's claims about a pair, checked")
    def api_claims(a: str = A, b: str = B) -> dict[str, Any]:
        sa, sb = pair(a, b, None, None)
        return {"a": state_json(sa), "b": state_json(sb)} | svc.claims(sa, sb)

    @app.get("/api/sources", tags=["api"], summary="Every source: dossier documents and imported files")
    def api_sources() -> dict[str, Any]:
        return {"sources": svc.sources()}

    @app.get("/api/status", tags=["api"], summary="What the store holds")
    def api_status() -> dict[str, Any]:
        return svc.status()

    # -- pages --------------------------------------------------------------------------------
    def csv_response(df: pd.DataFrame, filename: str) -> Response:
        return Response(df.to_csv(index=False), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return page("index.html", title="Pick a pair of states", a="", b="", start=None, end=None)

    @app.get("/go", include_in_schema=False)
    def go(a: str = Query("", max_length=MAX_PARAM), b: str = Query("", max_length=MAX_PARAM),
           start: str = Query("", alias="from", max_length=8), end: str = Query("", alias="to", max_length=8)
           ) -> Response:
        try:
            y0 = int(start) if start.strip() else None
            y1 = int(end) if end.strip() else None
        except ValueError:
            return page("index.html", 400, title="Pick a pair of states", a=a, b=b, start=start, end=end,
                        message="years must be whole numbers, e.g. 2005")
        try:
            sa, sb = pair(a, b, y0, y1)
        except AmityError as exc:
            status = 404 if isinstance(exc, UnknownState) else 400
            return page("index.html", status, title="Pick a pair of states", a=a, b=b, start=start, end=end,
                        message=str(exc))
        qs = "&".join(f"{k}={v}" for k, v in (("from", y0), ("to", y1)) if v is not None)
        return RedirectResponse(f"/dyad/{sa.code}/{sb.code}" + (f"?{qs}" if qs else ""), status_code=303)

    @app.get("/dyad/{a}/{b}", include_in_schema=False)
    def dyad_page(a: str = A, b: str = B, start: int | None = FROM, end: int | None = TO) -> HTMLResponse:
        sa, sb = pair(a, b, start, end)
        bd = svc.bundle(sa, sb, start, end)
        qs = "&".join(f"{k}={v}" for k, v in (("from", start), ("to", end)) if v is not None)
        return page("dyad.html", title=f"{sa.name} and {sb.name}", bd=bd,
                    sections=[(s, Markup(s.html)) for s in bd["sections"]],
                    has_claims_section=any(s.key == "claims" for s in bd["sections"]),
                    qs=f"?{qs}" if qs else "", start=start, end=end)

    @app.get("/dyad/{a}/{b}/report.{fmt}", include_in_schema=False)
    def download_report(fmt: str, a: str = A, b: str = B, start: int | None = FROM,
                        end: int | None = TO) -> Response:
        sa, sb = pair(a, b, start, end)
        if fmt not in ("html", "md"):
            raise NotFound(f"no report format {fmt!r}: expected html or md")
        text = svc.report(sa, sb, start, end, fmt)
        media = "text/html; charset=utf-8" if fmt == "html" else "text/markdown; charset=utf-8"
        return Response(text, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="amity-report-{sa.code}-{sb.code}.{fmt}"'})

    @app.get("/dyad/{a}/{b}/indicators.csv", include_in_schema=False)
    def download_indicators(a: str = A, b: str = B, start: int | None = FROM,
                            end: int | None = TO) -> Response:
        sa, sb = pair(a, b, start, end)
        name = f"amity-indicators-{sa.code}-{sb.code}.csv"
        return csv_response(svc.all_indicators(sa, sb, start, end), name)

    @app.get("/data", include_in_schema=False)
    def data_page() -> HTMLResponse:
        return page("data.html", title="Data loaded", store_status=svc.status(), sources=svc.sources())

    return app
