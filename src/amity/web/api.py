"""The read-only JSON API (``/api/...``), documented at ``/openapi.json``. Missing values are null."""

from __future__ import annotations

from typing import Any

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response

from amity import context, indicators
from amity.dyad import YEAR_MAX, YEAR_MIN, check_years
from amity.errors import AmityError
from amity.jsonable import jsonable, records
from amity.states import State, all_states, lookup, search
from amity.web.service import Service, state_json

MAX_PARAM = 200

A = PathParam(..., max_length=MAX_PARAM, description="First state: ISO3 code, COW code or name.")
B = PathParam(..., max_length=MAX_PARAM, description="Second state: ISO3 code, COW code or name.")
FROM = Query(None, alias="from", ge=YEAR_MIN, le=YEAR_MAX, description="First year.")
TO = Query(None, alias="to", ge=YEAR_MIN, le=YEAR_MAX, description="Last year.")

router = APIRouter(prefix="/api", tags=["api"])


def service(request: Request) -> Service:
    """The app's :class:`Service`."""
    return request.app.state.service


def resolve(name: str) -> State:
    """The state named by an ISO3 or COW code or a name (4xx errors for bad input)."""
    name = name.strip()
    if not name:
        raise AmityError("empty state name")
    if len(name) > MAX_PARAM:
        raise AmityError(f"state name too long (over {MAX_PARAM} characters)")
    return lookup(name)


def pair(a: str, b: str, start: int | None, end: int | None) -> tuple[State, State]:
    """The two states of a request and its years, checked (4xx errors for bad input)."""
    check_years(start, end, names=("from", "to"))
    sa, sb = resolve(a), resolve(b)
    if sa.cow == sb.cow:
        raise AmityError(f"a dyad needs two different states, got {sa} twice")
    return sa, sb


def csv_response(df: pd.DataFrame, filename: str) -> Response:
    """A CSV download."""
    return Response(df.to_csv(index=False), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/states", summary="Search states by name or code")
def api_states(q: str = Query("", max_length=MAX_PARAM, description="Name or code (empty: all states)."),
               limit: int = Query(10, ge=1, le=500)) -> dict[str, Any]:
    found = search(q, limit) if q.strip() else sorted(all_states(), key=lambda s: s.name)[:limit]
    return {"query": q, "states": [state_json(s) for s in found]}


@router.get("/dyads/{a}/{b}", summary="Overview of a pair of states")
def api_dyad(request: Request, a: str = A, b: str = B, start: int | None = FROM,
             end: int | None = TO) -> dict[str, Any]:
    sa, sb = pair(a, b, start, end)
    return jsonable(service(request).overview(sa, sb, start, end))


@router.get("/dyads/{a}/{b}/indicators/{name}", summary="One indicator's table",
            responses={200: {"content": {"application/json": {}, "text/csv": {}}}})
def api_indicator(request: Request, a: str = A, b: str = B, name: str = PathParam(..., max_length=MAX_PARAM),
                  start: int | None = FROM, end: int | None = TO,
                  format: str = Query("json", pattern="^(json|csv)$")) -> Response:
    sa, sb = pair(a, b, start, end)
    df = service(request).table(sa, sb, name, start, end)
    if format == "csv":
        return csv_response(df, f"amity-{sa.code}-{sb.code}-{name}.csv")
    spec = indicators.registry()[name]
    return JSONResponse(jsonable({
        "a": state_json(sa), "b": state_json(sb), "from": start, "to": end,
        "indicator": {"name": name, "strand": spec.strand, "unit": spec.unit, "directed": spec.directed,
                      "description": spec.description},
        "columns": [str(c) for c in df.columns], "rows": records(df)}))


@router.get("/dyads/{a}/{b}/claims", summary="The dossier's claims about a pair, checked")
def api_claims(request: Request, a: str = A, b: str = B) -> dict[str, Any]:
    sa, sb = pair(a, b, None, None)
    return {"a": state_json(sa), "b": state_json(sb)} | service(request).claims(sa, sb)


#: at most this many pairs in one comparison
MAX_PAIRS = 8


def parse_pairs(pairs: list[str]) -> list[tuple[State, State]]:
    """Pairs from ``?pairs=CHN-RUS,USA-GBR`` (or the parameter repeated); 4xx errors for bad input."""
    items = [p.strip() for raw in pairs for p in raw.replace(" ", ",").split(",") if p.strip()]
    if not items:
        raise AmityError("no pairs: give pairs=A-B,C-D (e.g. pairs=CHN-RUS,USA-GBR)")
    if len(items) > MAX_PAIRS:
        raise AmityError(f"too many pairs ({len(items)}): at most {MAX_PAIRS}")
    return [context.parse_pair(p) for p in items]


def indicator_names(names: list[str]) -> list[str] | None:
    """Context indicators from ``?indicator=``; None (all) when absent."""
    items = [n.strip() for raw in names for n in raw.split(",") if n.strip()]
    return [context.measure(n).name for n in items] or None


PAIRS = Query([], max_length=MAX_PARAM, description="Pairs as A-B, comma-separated: CHN-RUS,USA-GBR.")
INDICATOR = Query([], max_length=MAX_PARAM, description="Context indicators, comma-separated (default: all).")


@router.get("/compare", summary="Pairs side by side: value, rank and percentile among all pairs")
def api_compare(request: Request, pairs: list[str] = PAIRS, indicator: list[str] = INDICATOR,
                start: int | None = FROM, end: int | None = TO) -> dict[str, Any]:
    check_years(start, end, names=("from", "to"))
    parsed = parse_pairs(pairs)
    out = service(request).compare(parsed, indicator_names(indicator), start, end)
    return {"pairs": [context.pair_label(a, b) for a, b in parsed], "from": start, "to": end,
            "rows": records(out["rows"]), "not_loaded": out["not_loaded"]}


@router.get("/indicators", summary="Every registered indicator with its facts")
def api_indicators() -> dict[str, Any]:
    return {"indicators": [spec.facts() for _, spec in sorted(indicators.registry().items())]}


@router.get("/sources", summary="Every source: dossier documents and imported files")
def api_sources(request: Request) -> dict[str, Any]:
    return {"sources": service(request).sources()}


@router.get("/status", summary="What the store holds")
def api_status(request: Request) -> dict[str, Any]:
    return service(request).status()
