"""The dashboard's HTML pages and downloads (every asset served locally; values autoescaped)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from amity import context
from amity.dyad import check_years
from amity.errors import AmityError, UnknownState
from amity.web.api import (
    FROM,
    INDICATOR,
    MAX_PARAM,
    PAIRS,
    TO,
    A,
    B,
    csv_response,
    indicator_names,
    pair,
    parse_pairs,
    service,
)
from amity.web.service import NotFound

router = APIRouter(include_in_schema=False)


def page(request: Request, name: str, http_status: int = 200, **ctx: Any) -> HTMLResponse:
    """A page rendered from ``templates/name`` (autoescaped)."""
    env = request.app.state.templates
    return HTMLResponse(env.get_template(name).render(**ctx), status_code=http_status)


def _qs(start: int | None, end: int | None) -> str:
    qs = "&".join(f"{k}={v}" for k, v in (("from", start), ("to", end)) if v is not None)
    return f"?{qs}" if qs else ""


@router.get("/")
def index(request: Request) -> HTMLResponse:
    return page(request, "index.html", title="Pick a pair of states", a="", b="", start=None, end=None)


@router.get("/go")
def go(request: Request, a: str = Query("", max_length=MAX_PARAM), b: str = Query("", max_length=MAX_PARAM),
       start: str = Query("", alias="from", max_length=8), end: str = Query("", alias="to", max_length=8)
       ) -> Response:
    form = dict(title="Pick a pair of states", a=a, b=b, start=start, end=end)
    try:
        y0 = int(start) if start.strip() else None
        y1 = int(end) if end.strip() else None
    except ValueError:
        return page(request, "index.html", 400, **form, message="years must be whole numbers, e.g. 2005")
    try:
        sa, sb = pair(a, b, y0, y1)
    except AmityError as exc:
        status = 404 if isinstance(exc, UnknownState) else 400
        return page(request, "index.html", status, **form, message=str(exc))
    return RedirectResponse(f"/dyad/{sa.code}/{sb.code}{_qs(y0, y1)}", status_code=303)


@router.get("/dyad/{a}/{b}")
def dyad_page(request: Request, a: str = A, b: str = B, start: int | None = FROM,
              end: int | None = TO) -> HTMLResponse:
    sa, sb = pair(a, b, start, end)
    bd = service(request).bundle(sa, sb, start, end)
    return page(request, "dyad.html", title=f"{sa.name} and {sb.name}", bd=bd,
                sections=[(s, Markup(s.html)) for s in bd["sections"]],
                has_claims_section=any(s.key == "claims" for s in bd["sections"]),
                qs=_qs(start, end), start=start, end=end)


@router.get("/dyad/{a}/{b}/report.{fmt}")
def download_report(request: Request, fmt: str, a: str = A, b: str = B, start: int | None = FROM,
                    end: int | None = TO) -> Response:
    sa, sb = pair(a, b, start, end)
    if fmt not in ("html", "md"):
        raise NotFound(f"no report format {fmt!r}: expected html or md")
    text = service(request).report(sa, sb, start, end, fmt)
    media = "text/html; charset=utf-8" if fmt == "html" else "text/markdown; charset=utf-8"
    return Response(text, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="amity-report-{sa.code}-{sb.code}.{fmt}"'})


@router.get("/dyad/{a}/{b}/indicators.csv")
def download_indicators(request: Request, a: str = A, b: str = B, start: int | None = FROM,
                        end: int | None = TO) -> Response:
    sa, sb = pair(a, b, start, end)
    return csv_response(service(request).all_indicators(sa, sb, start, end),
                        f"amity-indicators-{sa.code}-{sb.code}.csv")


@router.get("/data")
def data_page(request: Request) -> HTMLResponse:
    svc = service(request)
    return page(request, "data.html", title="Data loaded", store_status=svc.status(), sources=svc.sources())


@router.get("/compare")
def compare_page(request: Request, pairs: list[str] = PAIRS, indicator: list[str] = INDICATOR,
                 start: str = Query("", alias="from", max_length=8), end: str = Query("", alias="to", max_length=8)
                 ) -> HTMLResponse:
    text = ", ".join(p for p in pairs if p.strip())
    form = dict(title="Pairs in context", pairs_text=text, start=start.strip() or None, end=end.strip() or None)
    if not text:
        return page(request, "compare.html", **form, body=None)
    try:
        y0 = int(start) if start.strip() else None
        y1 = int(end) if end.strip() else None
    except ValueError:
        return page(request, "compare.html", 400, **form, body=None, message="years must be whole numbers, e.g. 2005")
    try:
        check_years(y0, y1, names=("from", "to"))
        parsed = parse_pairs(pairs)
        names = indicator_names(indicator)
    except AmityError as exc:
        status = 404 if isinstance(exc, UnknownState) else 400
        return page(request, "compare.html", status, **form, body=None, message=str(exc))
    out = service(request).compare(parsed, names, y0, y1)
    return page(request, "compare.html", **form, body=Markup(out["html"]),
                labels=[context.pair_label(a, b) for a, b in parsed])
