"""Claims: checkable statements, read from YAML and validated.

A claim names an indicator, a dyad, a period, a test and the value the brief expects (see
``docs/claims.md``). :func:`load` reads a YAML list of claims and raises
:class:`amity.errors.InputError` naming the file, the line, the claim (index and id) and the field
for the first problem it finds.
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from amity.errors import InputError
from amity.sources._validate import MAX_YAML_BYTES, safe_yaml

TESTS = ("value", "peak", "trough", "share", "trend", "comparison", "count", "first", "extent", "rank",
         "percentile")
#: keys of ``params`` that belong to the test; every other key is passed to the indicator (or, where
#: the indicator takes no such parameter, keeps the rows whose column equals the value)
TEST_PARAMS = frozenset({"before", "after", "direction", "method", "other", "relation", "compare_to",
                         "place", "aggregate", "ratio"})
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")


@dataclass
class Claim:
    """One checkable claim (the YAML fields of ``docs/claims.md``)."""

    id: str
    text: str
    indicator: str
    dyad: tuple[str, str]
    test: str
    period: tuple[int, int]
    expected: Any = None
    tolerance: float = 0.0
    unit: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    passage: str = ""
    said_in: dict[str, Any] = field(default_factory=dict)

    @property
    def source(self) -> str | None:
        """The key of the document that makes the claim (never used as evidence for it)."""
        src = self.said_in.get("source") if isinstance(self.said_in, dict) else None
        return str(src) if src else None

    @property
    def locator(self) -> str:
        return str(self.said_in.get("locator") or "") if isinstance(self.said_in, dict) else ""

    def indicator_params(self) -> dict[str, Any]:
        """The params that are not the test's own (e.g. ``by``, ``domain``)."""
        return {k: v for k, v in self.params.items() if k not in TEST_PARAMS}

    def years(self) -> tuple[int, int]:
        """The full span of years the test looks at (period plus trend / count windows)."""
        ys = list(self.period)
        for key in ("before", "after", "compare_to"):
            win = self.params.get(key)
            if isinstance(win, list | tuple) and len(win) == 2:
                ys += [int(win[0]), int(win[1])]
        return min(ys), max(ys)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["dyad"], d["period"] = list(self.dyad), list(self.period)
        return d


def _is_year(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 1800 <= v <= 2100


def _is_num(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _window(v: object) -> bool:
    return isinstance(v, list | tuple) and len(v) == 2 and all(_is_year(y) for y in v) and v[0] <= v[1]


def from_dict(raw: object, *, file: str = "<claims>", index: int = 1, line: int | None = None) -> Claim:
    """Build a :class:`Claim` from a mapping, validating every field.

    ``index`` is the claim's 1-based position in its file; errors name it with its id, e.g.
    ``claims.yaml:14: field 'test': claim 3 (fiia-2018-peak): expected one of value, peak, …``.
    """
    if not isinstance(raw, dict):
        raise InputError(file, line, None, f"claim {index}: expected a mapping of fields, got {type(raw).__name__}")
    cid = raw.get("id")

    def bad(fld: str, expected: str) -> InputError:
        return InputError(file, line, fld, f"claim {index} ({cid if cid else '?'}): expected {expected}")

    if not isinstance(cid, str) or not ID_RE.match(cid):
        raise bad("id", "an id of letters, digits, '-', '_', '.' or ':'")
    for fld in ("text", "indicator", "test"):
        if not isinstance(raw.get(fld), str) or not raw[fld].strip():
            raise bad(fld, "a non-empty text")
    test = raw["test"]
    if test not in TESTS:
        raise bad("test", f"one of {', '.join(TESTS)}, got {test!r}")
    dyad = raw.get("dyad")
    if not (isinstance(dyad, list | tuple) and len(dyad) == 2 and all(isinstance(s, str) and s for s in dyad)):
        raise bad("dyad", "two state codes, e.g. [RUS, CHN]")
    from amity.errors import UnknownState
    from amity.states import lookup

    for s in dyad:
        try:
            lookup(s)
        except UnknownState as exc:
            raise bad("dyad", f"known state codes ({exc})") from None
    period = raw.get("period")
    if _is_year(period):
        period = [period, period]
    if not _window(period):
        raise bad("period", "[from_year, to_year] with from <= to")
    said = raw.get("said_in") if raw.get("said_in") is not None else {}
    if not isinstance(said, dict):
        raise bad("said_in", "a mapping {source: KEY, locator: TEXT}")
    params = raw.get("params") if raw.get("params") is not None else {}
    if not isinstance(params, dict):
        raise bad("params", "a mapping")
    tol = raw.get("tolerance", 0)
    tol = 0 if tol is None else tol
    if not _is_num(tol) or tol < 0:
        raise bad("tolerance", "a number >= 0")
    exp = raw.get("expected")
    unit = raw.get("unit")
    if unit is not None and not isinstance(unit, str):
        raise bad("unit", "a text such as 'percent' or 'SIPRI TIV (millions)'")
    _check_test(test, exp, params, period, bad)
    return Claim(
        id=cid, text=raw["text"].strip(), indicator=raw["indicator"].strip(), dyad=(dyad[0], dyad[1]),
        test=test, period=(int(period[0]), int(period[1])), expected=exp, tolerance=float(tol), unit=unit,
        params=dict(params), passage=str(raw.get("passage") or ""), said_in=dict(said),
    )


def _check_test(test: str, exp: object, params: dict[str, Any], period: list[int], bad: Any) -> None:
    """Test-specific rules for ``expected`` and ``params``."""
    if test == "value":
        if not _is_num(exp):
            raise bad("expected", "a number")
        if period[0] != period[1] and params.get("aggregate") not in ("mean", "sum"):
            raise bad("period", "a single year for a value claim (or params.aggregate: mean|sum)")
    elif test in ("peak", "trough", "first"):
        if not _is_year(exp):
            raise bad("expected", "a year")
    elif test == "rank":
        if not (isinstance(exp, int) and not isinstance(exp, bool) and exp >= 1):
            raise bad("expected", "a rank: a whole number >= 1 (1 = the highest)")
        if params.get("among", "pairs") not in ("pairs", "suppliers", "customers"):
            raise bad("params", "among: pairs, suppliers or customers")
    elif test == "percentile":
        if not (_is_num(exp) and 0 <= float(exp) <= 100):
            raise bad("expected", "a percentile between 0 and 100")
        if params.get("bound", "at_least") not in ("at_least", "at_most"):
            raise bad("params", "bound: at_least or at_most")
    elif test == "share":
        if _is_num(exp):
            return
        if not (isinstance(exp, list | tuple) and len(exp) == 2 and all(_is_num(v) for v in exp) and exp[0] <= exp[1]):
            raise bad("expected", "a percentage or a range [low, high]")
    elif test == "trend":
        if not _window(params.get("before")) or not _window(params.get("after")):
            raise bad("params", "before: [y1, y2] and after: [y3, y4]")
        direction = params.get("direction", exp)
        if direction not in ("increase", "decrease"):
            raise bad("params", "direction: increase or decrease")
        if params.get("method", "mean") not in ("mean", "sum"):
            raise bad("params", "method: mean or sum")
        if exp is not None and exp not in ("increase", "decrease") and not (
                _is_num(exp) or isinstance(exp, list | tuple) and len(exp) == 2 and all(_is_num(v) for v in exp)
                and exp[0] <= exp[1]):
            raise bad("expected", "the change in percent (a number or a range [low, high]) with unit: percent")
    elif test == "comparison":
        other = params.get("other")
        if not (isinstance(other, list | tuple) and len(other) == 2):
            raise bad("params", "other: [A, B], the dyad to compare with")
        if params.get("relation") not in ("greater", "less"):
            raise bad("params", "relation: greater or less")
        if params.get("ratio") is not None and not (_is_num(params["ratio"]) and params["ratio"] > 0):
            raise bad("params", "ratio: a number > 0 (\"three times more\": 3)")
    elif test == "count":
        if "compare_to" in params:
            if not _window(params["compare_to"]):
                raise bad("params", "compare_to: [y1, y2]")
            if params.get("relation", "greater") not in ("greater", "less"):
                raise bad("params", "relation: greater or less")
            if params.get("method", "rate") not in ("rate", "sum"):
                raise bad("params", "method: rate or sum")
        elif not (_is_num(exp) or isinstance(exp, list | tuple) and len(exp) == 2 and all(_is_num(v) for v in exp)
                  and exp[0] <= exp[1]):
            raise bad("expected", "a number, a range [low, high] (or params.compare_to: [y1, y2])")
    elif test == "extent":
        if not isinstance(params.get("place"), str) or not params["place"].strip():
            raise bad("params", "place: the sea or area named, e.g. Baltic Sea")


def _item_lines(text: str) -> list[int]:
    """1-based line of each top-level list item of a YAML document (best effort)."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return []
    if node is None or not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]


def parse(text: str, file: str = "<claims>") -> list[Claim]:
    """Claims from YAML text (a list of mappings); raises :class:`InputError` on the first problem."""
    data = safe_yaml(text, file)  # limits: file size, nesting depth, integer digits; one-line errors
    if data is None:
        return []
    if not isinstance(data, list):
        raise InputError(file, 1, None, "expected a YAML list of claims")
    lines = _item_lines(text)
    out: list[Claim] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data, start=1):
        line = lines[i - 1] if i - 1 < len(lines) else None
        claim = from_dict(raw, file=file, index=i, line=line)
        if claim.id in seen:
            raise InputError(file, line, "id", f"claim {i} ({claim.id}): expected a unique id "
                                                f"(also claim {seen[claim.id]})")
        seen[claim.id] = i
        out.append(claim)
    return out


def load(path: str | os.PathLike[str]) -> list[Claim]:
    """Read and validate a YAML file of claims."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_YAML_BYTES:
            raise InputError(p.name, None, None, f"expected a YAML file of at most {MAX_YAML_BYTES:,} bytes")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), None, None, f"cannot read claims file ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(p.name, line, None, f"expected UTF-8 text, found byte 0x{data[exc.start]:02x} "
                                             f"at offset {exc.start}") from None
    return parse(text, file=p.name)


def checkable(raw_claims: list[tuple[str, dict[str, Any]]], file: str = "<brief>"
              ) -> tuple[list[Claim], list[tuple[str, str]]]:
    """Split claims extracted from a brief into well-formed ones and the others, with the reason.

    ``raw_claims`` are ``(candidate id, claim mapping)`` pairs. A malformed candidate never stops the
    check: it is returned as ``(candidate id, "field 'period': claim 6 (...): expected ...")``.
    """
    good: list[Claim] = []
    bad: list[tuple[str, str]] = []
    for i, (cid, raw) in enumerate(raw_claims, start=1):
        try:
            good.append(from_dict(raw, file=file, index=i))
        except InputError as exc:
            bad.append((cid, (f"field '{exc.field}': " if exc.field else "") + exc.expected))
    return good, bad


def dossier_claims() -> list[Claim]:
    """The embedded dossier's claims (``amity/dossier/data/claims.yaml``)."""
    from importlib import resources

    res = resources.files("amity.dossier").joinpath("data", "claims.yaml")
    if not res.is_file():
        return []
    return parse(res.read_text(encoding="utf-8"), file="claims.yaml")
