"""Writers of small GDELT event exports in the exact published layout (for the tests).

Not a test module: ``tests/sources/test_gdelt.py`` and ``tests/indicators/test_events.py`` use it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from amity.sources.gdelt import COLUMNS_V1, COLUMNS_V1_URL, COLUMNS_V2

ACTOR_NAMES = {"CHN": "CHINA", "RUS": "RUSSIA", "USA": "UNITED STATES", "IND": "INDIA", "PRK": "NORTH KOREA"}
GEO = {
    "CHN": ("1", "China", "CH", "CH", "CH", "35", "105", "CH"),
    "RUS": ("1", "Russia", "RS", "RS", "RS", "60", "100", "RS"),
    "USA": ("1", "United States", "US", "US", "US", "39.828175", "-98.5795", "US"),
}


def event(
    *,
    gid: int,
    day: str,
    a1: str | None = "CHN",
    a2: str | None = "RUS",
    code: str = "042",
    quad: int | str = 1,
    gold: float | str = 1.9,
    url: str = "",
    added: str | None = None,
    type1: str = "GOV",
) -> dict[str, str]:
    """One event as GDELT codes it, as text fields keyed by the 2.0 column names."""

    def actor(c: str | None) -> list[str]:
        if c is None:
            return [""] * 10
        return [c + type1, ACTOR_NAMES.get(c, c), c, "", "", "", "", type1, "", ""]

    def geo(c: str | None) -> list[str]:
        g = GEO.get(c or "", ("0", "", "", "", "", "", "", ""))
        return [g[0], g[1], g[2], g[3], g[4] + "00" if g[4] else "", g[5], g[6], g[7]]

    y, m = day[:4], day[4:6]
    frac = f"{int(y) + (int(m) - 1) / 12:.4f}"
    vals = (
        [str(gid), day, y + m, y, frac]
        + actor(a1)
        + actor(a2)
        + ["1", code, code[:3], code[:2], str(quad), str(gold), "10", "1", "10", "-1.23456790123457"]
        + geo(a1)
        + geo(a2)
        + geo(a1)
        + [added or day + "231500", url]
    )
    return dict(zip(COLUMNS_V2, vals))


def line(ev: dict[str, str], layout: int) -> str:
    """The event as one line of a 57-, 58- or 61-column file (1.0 dates added are YYYYMMDD)."""
    cols = {57: COLUMNS_V1, 58: COLUMNS_V1_URL, 61: COLUMNS_V2}[layout]
    ev = dict(ev)
    if layout != 61:
        ev["DATEADDED"] = ev["DATEADDED"][:8]
    return "\t".join(ev[c] for c in cols)


def write_export(
    path: Path,
    events: list[dict[str, str]],
    layout: int,
    *,
    zipped: bool = True,
    extra_lines: list[bytes] = (),
) -> Path:
    """Write ``events`` as GDELT does (tab-separated, no header, "\\n" line ends), zipped with one
    member named like the zip without ``.zip``; ``extra_lines`` (raw bytes) are appended as is."""
    body = "".join(line(e, layout) + "\n" for e in events).encode("utf-8")
    body += b"".join(x + b"\n" for x in extra_lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    if zipped:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(path.name.removesuffix(".zip"), body)
    else:
        path.write_bytes(body)
    return path
