"""What the dashboard and the API compute, over a store opened read-only per computation.

* **No connection between requests.** Each computation opens the store read-only and closes it, so
  ``amity data import`` can write between requests. A store that another process is writing raises
  :class:`amity.errors.StoreBusy`, which the app answers with 503 and ``Retry-After``.
* **Cached by what each part depends on.** Indicator tables and report sections are cached per
  ``(pair, years, store version, name)``; the claims (the dossier's claims do not depend on the page's
  years) per ``(pair, store version)``; sources and status per store version. A new ``from``/``to``
  recomputes only the indicators and sections of that range, never the claims or the sources.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from amity import indicators
from amity.claims import check_dossier
from amity.dossier import Dossier, load_dossier
from amity.dyad import Dyad
from amity.errors import AmityError, StoreBusy
from amity.jsonable import jsonable
from amity.provenance import sources_table
from amity.report import compare as compare_report
from amity.report.base import ReportContext, Section
from amity.report.build import render
from amity.report.sections import SECTIONS
from amity.states import State, lookup
from amity.store import Store, store_file

log = logging.getLogger("amity.web")


class NotFound(AmityError):
    """A well-formed request for something that does not exist (an unknown indicator)."""


def state_json(s: State) -> dict[str, Any]:
    """A state as the API shows it."""
    return {"code": s.code, "name": s.name, "iso3": s.iso3, "cow": s.cow, "cow_abb": s.cow_abb, "gw": s.gw,
            "cameo": s.cameo, "un_name": s.un_name, "start_year": s.start_year, "end_year": s.end_year}


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


class Cache:
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

    def __contains__(self, key: tuple) -> bool:
        with self._lock:
            return key in self._data

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


#: the fields of a checked claim the API shows
CLAIM_FIELDS = ("id", "text", "said_in", "dyad", "indicator", "test", "period", "verdict", "found", "expected",
                "unit", "reason", "evidence_sources")
_NO_CLAIMS_SECTION = ("claims", "The briefs' claims, checked")


class Service:
    """Per-dyad computations over a read-only store, cached by what each depends on."""

    def __init__(self, store_path: Path | None = None, dossier: Dossier | None = None) -> None:
        self.store_path = Path(store_path) if store_path is not None else store_file()
        self._dossier = dossier
        self._tables = Cache(512)
        self._sections = Cache(32)
        self._claims = Cache(32)
        self._reports = Cache(16)
        self._store_info = Cache(8)
        #: how many times each kind of part was computed (tests check what a new year range recomputes)
        self.computed: dict[str, int] = {}

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
    def dyad(self, a: State, b: State, start: int | None, end: int | None) -> Iterator[Dyad]:
        """A dyad over the store, opened read-only for one computation and closed after it."""
        with Store(self.store_path, read_only=True) as st:
            yield Dyad(a, b, start=start, end=end, store=st, dossier=self._dossier, memo=True)

    def _count(self, what: str) -> None:
        self.computed[what] = self.computed.get(what, 0) + 1

    def _key(self, a: State, b: State, start: int | None, end: int | None) -> tuple:
        return (a.cow, b.cow, start, end, self.store_version())

    # -- indicators ----------------------------------------------------------------------------
    def table(self, a: State, b: State, name: str, start: int | None, end: int | None,
              dyad: Dyad | None = None) -> pd.DataFrame:
        """One indicator's table for the dyad (cached), rows limited to ``start..end``."""
        if name not in indicators.registry():
            raise NotFound(f"unknown indicator {name!r}; known: {', '.join(sorted(indicators.registry()))}")

        def compute() -> pd.DataFrame:
            self._count("indicator")
            if dyad is not None:
                return filter_years(dyad.indicator(name), start, end).reset_index(drop=True)
            with self.dyad(a, b, start, end) as d:
                return filter_years(d.indicator(name), start, end).reset_index(drop=True)

        return self._tables.get(self._key(a, b, start, end) + (name,), compute)

    def indicator_rows(self, a: State, b: State, start: int | None, end: int | None,
                       dyad: Dyad | None = None) -> list[dict[str, Any]]:
        """Every registered indicator with its facts and a summary of its table for the pair and years.
        One that fails is listed with its error; it never takes the page down."""
        rows = []
        for name, spec in sorted(indicators.registry().items()):
            row: dict[str, Any] = spec.facts()
            try:
                row |= summarise(self.table(a, b, name, start, end, dyad)) | {"error": None}
            except StoreBusy:
                raise
            except Exception as exc:  # noqa: BLE001 - one broken strand must not break the page
                log.warning("indicator %s failed for %s-%s: %r", name, a.code, b.code, exc)
                row |= {"rows": 0, "values": 0, "first_year": None, "last_year": None, "coverage": [],
                        "error": str(exc) if isinstance(exc, AmityError) else type(exc).__name__}
            rows.append(row)
        return rows

    def all_indicators(self, a: State, b: State, start: int | None, end: int | None) -> pd.DataFrame:
        """Every indicator with a year as one long table (as ``amity indicators A B`` prints it)."""
        frames = []
        for name in sorted(indicators.registry()):
            try:
                frames.append((name, self.table(a, b, name, start, end)))
            except StoreBusy:
                raise
            except Exception as exc:  # noqa: BLE001 - the download lists what could be computed
                log.warning("indicator %s failed: %r", name, exc)
        return indicators.long_table(frames)

    # -- sections, claims, sources -------------------------------------------------------------
    def sections(self, a: State, b: State, start: int | None, end: int | None,
                 dyad: Dyad | None = None) -> list[Section]:
        """The report's sections for the pair and years (cached together: figures are numbered across
        them). The checked claims they show come from their own cache."""

        def build_all(d: Dyad) -> list[Section]:
            ctx = ReportContext(d, start, end, claims_results=self.claims_results(a, b), interactive=True)
            return [self._section(ctx, k, build) for k, build in SECTIONS]

        def compute() -> list[Section]:
            if dyad is not None:
                return build_all(dyad)
            with self.dyad(a, b, start, end) as d:
                return build_all(d)

        return self._sections.get(self._key(a, b, start, end), compute)

    def _section(self, ctx: ReportContext, key: str, build: Callable[[ReportContext], Section]) -> Section:
        self._count("section")
        if key == "claims" and ctx.claims_results is None:  # no checker: the page's own panel says why
            return Section(*_NO_CLAIMS_SECTION, "", "")
        try:
            return build(ctx)
        except StoreBusy:
            raise
        except Exception as exc:  # noqa: BLE001 - one broken section must not take the page down
            log.warning("section %s failed for %s-%s: %r", key, ctx.dyad.a.code, ctx.dyad.b.code, exc)
            if key == "claims":  # the page's own claims panel shows the checker's results
                return Section(*_NO_CLAIMS_SECTION, "", "")
            note = f"This section could not be built ({type(exc).__name__})."
            return Section(key, key.replace("_", " ").capitalize(),
                           f'<div class="missing"><p>{Markup.escape(note)}</p></div>', note)

    def _checked(self, a: State, b: State) -> tuple[dict[str, Any], list[Any] | None]:
        def compute() -> tuple[dict[str, Any], list[Any] | None]:
            self._count("claims")
            pair = {a.cow, b.cow}
            try:
                with Store(self.store_path, read_only=True) as st:
                    results = check_dossier(st, dossier=self._dossier)
            except StoreBusy:
                raise
            except Exception as exc:  # noqa: BLE001 - the page says the checker failed, and shows the rest
                log.warning("claim checker failed: %r", exc)
                msg = str(exc) if isinstance(exc, AmityError) else type(exc).__name__
                return {"available": False, "message": f"claim checker failed: {msg}", "claims": []}, None
            mine = [r for r in results if _pair_of(r.dyad) == pair]
            out = [{f: jsonable(getattr(r, f, None)) for f in CLAIM_FIELDS} for r in mine]
            return {"available": True, "message": None, "claims": out}, mine

        return self._claims.get((a.cow, b.cow, self.store_version()), compute)

    def claims(self, a: State, b: State) -> dict[str, Any]:
        """The dossier's claims about this pair, checked (or why they cannot be)."""
        return self._checked(a, b)[0]

    def claims_results(self, a: State, b: State) -> list[Any] | None:
        """The checker's own results for this pair (None where the checker failed)."""
        return self._checked(a, b)[1]

    def sources(self) -> list[dict[str, Any]]:
        """Every citable source: the dossier's documents and every imported file, with provenance."""

        def compute() -> list[dict[str, Any]]:
            with Store(self.store_path, read_only=True) as st:
                return jsonable(sources_table(st, self.dossier))

        return self._store_info.get(("sources", self.store_version()), compute)

    def status(self) -> dict[str, Any]:
        """What the store holds (:meth:`amity.store.Store.status`), naming the store file, not its folder."""

        def compute() -> dict[str, Any]:
            with Store(self.store_path, read_only=True) as st:
                out = jsonable(st.status())
            out["store"] = self.store_path.name
            return out

        return self._store_info.get(("status", self.store_version()), compute)

    # -- the page and the downloads ------------------------------------------------------------
    def bundle(self, a: State, b: State, start: int | None, end: int | None) -> dict[str, Any]:
        """Everything the dyad page and the overview API show, from the cached parts."""
        claims = self.claims(a, b)  # first: the sections show the checked claims
        key = self._key(a, b, start, end)
        if key in self._sections and all(key + (n,) in self._tables for n in indicators.registry()):
            inds = self.indicator_rows(a, b, start, end)  # all cached: no store to open
            sections = self.sections(a, b, start, end)
        else:
            with self.dyad(a, b, start, end) as d:  # one store and one memo for what is not cached yet
                inds = self.indicator_rows(a, b, start, end, d)
                sections = self.sections(a, b, start, end, d)
        key_figures = {k: v for s in sections for k, v in s.key_figures.items()}
        if claims["claims"]:
            counts: dict[str, int] = {}
            for c in claims["claims"]:
                counts[str(c["verdict"])] = counts.get(str(c["verdict"]), 0) + 1
            key_figures["Claims checked"] = ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
        return {"a": a, "b": b, "start": start, "end": end, "indicators": inds, "sections": sections,
                "key_figures": key_figures, "claims": claims, "sources": self.sources()}

    def overview(self, a: State, b: State, start: int | None, end: int | None) -> dict[str, Any]:
        """The JSON overview of a dyad."""
        bd = self.bundle(a, b, start, end)
        return {"a": state_json(a), "b": state_json(b), "from": start, "to": end,
                "indicators": bd["indicators"], "key_figures": bd["key_figures"],
                "sections": [{"key": s.key, "title": s.title} for s in bd["sections"]],
                "claims": {k: v for k, v in bd["claims"].items() if k != "claims"}
                | {"count": len(bd["claims"]["claims"])}}

    def compare(self, pairs: list[tuple[State, State]], names: list[str] | None, start: int | None,
                end: int | None) -> dict[str, Any]:
        """Pairs side by side (:mod:`amity.report.compare`): the view's HTML, its rows and what is not loaded
        (cached per pairs, indicators, years and store version)."""

        def compute() -> dict[str, Any]:
            self._count("compare")
            with Store(self.store_path, read_only=True) as st:
                html, df, missing = compare_report.sections(st, pairs, names, start=start, end=end)
            return {"html": html, "rows": df, "not_loaded": missing}

        key = (tuple((a.cow, b.cow) for a, b in pairs), tuple(names or ()), start, end, self.store_version())
        return self._reports.get(("compare", *key), compute)

    def report(self, a: State, b: State, start: int | None, end: int | None, fmt: str) -> str:
        """The report as HTML or Markdown text (cached)."""

        def compute() -> str:
            with self.dyad(a, b, start, end) as d:
                return render(ReportContext(d, start, end), fmt)

        return self._reports.get(self._key(a, b, start, end) + (fmt,), compute)
