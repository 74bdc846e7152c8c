"""GDELT event exports: fetching them from GDELT's servers (the only part that needs a network)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from amity.errors import AmityError
from amity.sources.gdelt.read import DEFAULT_BASE_URL, publication_window


@dataclass
class RemoteFile:
    url: str
    size: int | None
    md5: str | None

    @property
    def name(self) -> str:
        return self.url.rsplit("/", 1)[-1]


def _parse_day(text: str | date) -> date:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise AmityError(f"bad date {text!r}: expected YYYY-MM-DD") from None


def list_remote(client: object, base_url: str, version: str, start: date, end: date) -> list[RemoteFile]:
    """Event export files GDELT lists for ``start..end`` (inclusive), with size and md5 when given.

    2.0: ``gdeltv2/masterfilelist.txt`` (lines ``size md5 url``). 1.0: ``events/md5sums``
    (lines ``md5  name``) and ``events/filesizes`` (lines ``size name``) where present.
    """
    base = base_url.rstrip("/") + "/"
    lo, hi = (
        datetime(start.year, start.month, start.day),
        datetime(end.year, end.month, end.day) + timedelta(days=1),
    )
    out: list[RemoteFile] = []
    if version == "2":
        text = _get_text(client, base + "gdeltv2/masterfilelist.txt")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) != 3 or not parts[2].lower().endswith(".export.csv.zip"):
                continue
            w = publication_window(parts[2].rsplit("/", 1)[-1])
            if w and lo <= w[0] < hi:
                out.append(
                    RemoteFile(parts[2], int(parts[0]) if parts[0].isdigit() else None, parts[1].lower())
                )
        return out
    md5s = {}
    for line in _get_text(client, base + "events/md5sums").splitlines():
        parts = line.split()
        if len(parts) == 2:
            md5s[parts[1].lstrip("*")] = parts[0].lower()
    sizes: dict[str, int] = {}
    with contextlib.suppress(AmityError):
        for line in _get_text(client, base + "events/filesizes").splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0].isdigit():
                sizes[parts[1]] = int(parts[0])
    for name, md5 in sorted(md5s.items()):
        w = publication_window(name)
        if w and w[0] < hi and w[1] > lo and (name.lower().endswith(".zip")):
            out.append(RemoteFile(base + "events/" + name, sizes.get(name), md5))
    return out


def _get_text(client: object, url: str) -> str:
    import httpx

    try:
        r = client.get(url)  # type: ignore[attr-defined]
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise AmityError(
            f"cannot reach {url} ({exc.__class__.__name__}: {exc}): no network? "
            "Download the files elsewhere and run `amity data import gdelt FILE...`"
        ) from None
    except httpx.HTTPError as exc:
        raise AmityError(f"cannot download {url}: {exc}") from None
    if r.status_code != 200:
        raise AmityError(f"cannot download {url}: HTTP {r.status_code}")
    return r.text


def _md5(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _download(client: object, rf: RemoteFile, dest: Path, advance: Callable[[int], None]) -> Path:
    """Download one file to ``dest`` (resuming a ``.part``), checking size and md5 when known."""
    import httpx

    final = dest / rf.name
    if final.exists() and (rf.md5 is None or _md5(final) == rf.md5):
        advance(final.stat().st_size)
        return final
    part = final.with_name(final.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    if rf.size is not None and have > rf.size:
        part.unlink()
        have = 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        with client.stream("GET", rf.url, headers=headers) as r:  # type: ignore[attr-defined]
            if r.status_code == 416 and rf.size is not None and have == rf.size:
                pass  # already complete
            elif r.status_code not in (200, 206):
                raise AmityError(f"cannot download {rf.url}: HTTP {r.status_code}")
            else:
                mode = "ab" if r.status_code == 206 and have else "wb"
                if mode == "wb":
                    have = 0
                advance(have)
                with open(part, mode) as fh:
                    for chunk in r.iter_bytes(1 << 16):
                        fh.write(chunk)
                        advance(len(chunk))
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise AmityError(f"cannot reach {rf.url} ({exc.__class__.__name__}): no network?") from None
    except httpx.HTTPError as exc:
        raise AmityError(
            f"download of {rf.url} interrupted ({exc}); run the command again to resume"
        ) from None
    size = part.stat().st_size
    if rf.size is not None and size != rf.size:
        raise AmityError(f"{rf.name}: downloaded {size} bytes, GDELT lists {rf.size}; run again to resume")
    if rf.md5 is not None and _md5(part) != rf.md5:
        part.unlink()
        raise AmityError(
            f"{rf.name}: md5 does not match GDELT's checksum {rf.md5}; the partial file was "
            "removed, run again"
        )
    os.replace(part, final)
    return final


def fetch(
    start: str | date,
    end: str | date,
    *,
    version: str = "2",
    dest: str | os.PathLike[str] | None = None,
    base_url: str | None = None,
    workers: int = 4,
    progress: bool = True,
    timeout: float = 30.0,
) -> list[Path]:
    """Download GDELT event exports published from ``start`` to ``end`` (inclusive).

    Files go to ``dest`` (default ``$AMITY_HOME/gdelt/raw/v{version}``); a file already there with
    the listed md5 is not downloaded again and a ``.part`` left by an interrupted run is resumed.
    At most ``workers`` downloads run at once (capped at 8, to be polite to the server). Offline,
    this fails at once with a clear message. Returns the local paths in publication order.
    """
    import httpx

    from amity.store import home

    if version not in ("1", "2"):
        raise AmityError(f"bad GDELT version {version!r}: expected 1 or 2")
    d0, d1 = _parse_day(start), _parse_day(end)
    if d0 > d1:
        raise AmityError(f"bad date range: --from {d0} is after --to {d1}")
    base = base_url or os.environ.get("AMITY_GDELT_URL") or DEFAULT_BASE_URL
    out_dir = Path(dest) if dest else home() / "gdelt" / "raw" / f"v{version}"
    out_dir.mkdir(parents=True, exist_ok=True)
    limits = httpx.Limits(max_connections=max(1, min(workers, 8)))
    tmo = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    with httpx.Client(
        timeout=tmo, limits=limits, follow_redirects=True, headers={"User-Agent": "amity (research toolkit)"}
    ) as client:
        files = list_remote(client, base, version, d0, d1)
        if not files:
            raise AmityError(f"GDELT lists no {version}.0 event files published from {d0} to {d1}")
        total = sum(f.size or 0 for f in files) or None
        lock = threading.Lock()
        bar = None
        if progress:
            from rich.console import Console
            from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

            bar = Progress(
                TextColumn(f"GDELT {version}.0: {len(files)} files"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                transient=True,
                console=Console(stderr=True),
            )
        task = bar.add_task("download", total=total) if bar else None

        def advance(n: int) -> None:
            if bar is not None and n:
                with lock:
                    bar.update(task, advance=n)

        with bar if bar is not None else contextlib.nullcontext():
            with ThreadPoolExecutor(max_workers=max(1, min(workers, 8))) as pool:
                paths = list(pool.map(lambda rf: _download(client, rf, out_dir, advance), files))
    return paths
