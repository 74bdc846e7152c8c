"""Downloading the UN vote files and the BSV ideal points from their publishers (``amity data fetch unga``,
``amity data fetch idealpoints``): the only part of the UN strand that needs a network.

* ``unga``: by default the three data files of the R package ``unvotes`` (Voeten's data in the tidy
  layout, 1946 – January 2020) from its repository; ``--url`` adds or replaces files, e.g. the UN Digital
  Library's bulk CSV or a newer Voeten release (their addresses change with each release).
* ``idealpoints``: the BSV release files have no stable address outside the Dataverse page, so
  ``--url`` names them (the file's "access" address on Harvard Dataverse).

Every file is downloaded into a cache folder (default ``$AMITY_HOME/downloads/KIND``) next to a
``manifest.json`` recording, per file, the address, the download date, the server's ``Last-Modified``
(the vintage), its size and sha256. A file already complete in the cache is not downloaded again (its
sha256 is checked against the manifest); an interrupted download resumes from its ``.part`` file with an
HTTP range request where the server allows it. Requests are paced (``pause`` seconds apart). Offline, the
first request fails at once with a one-line error; nothing is imported from a partial download.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from amity.errors import AmityError
from amity.store import ImportResult, Store, home, sha256_file

UNVOTES = "https://raw.githubusercontent.com/dgrtwo/unvotes/master/data/"
DEFAULT_URLS: dict[str, list[str]] = {
    "unga": [UNVOTES + "un_votes.rda", UNVOTES + "un_roll_calls.rda", UNVOTES + "un_roll_call_issues.rda"],
    "idealpoints": [],
}
CHUNK = 1 << 20


def _manifest(folder: Path) -> dict[str, dict]:
    f = folder / "manifest.json"
    if not f.is_file():
        return {}
    try:
        return json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _save_manifest(folder: Path, data: dict[str, dict]) -> None:
    tmp = folder / "manifest.json.part"
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(folder / "manifest.json")


def _name(url: str) -> str:
    name = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if not name or name in (".", ".."):
        raise AmityError(f"{url}: expected an address ending in a file name")
    return name


def download(urls: Sequence[str], folder: Path, *, client: object | None = None, pause: float = 1.0,
             timeout: float = 60.0) -> list[Path]:
    """Download ``urls`` into ``folder`` (cached, resumable, paced); return the local files in order."""
    import httpx

    folder.mkdir(parents=True, exist_ok=True)
    man = _manifest(folder)
    own = client is None
    cl = client or httpx.Client(timeout=httpx.Timeout(timeout, connect=5.0), follow_redirects=True,
                                headers={"User-Agent": "amity (UN votes fetch)"})
    out: list[Path] = []
    first = True
    try:
        for url in urls:
            name = _name(url)
            dest = folder / name
            entry = man.get(name)
            if dest.is_file() and entry and entry.get("url") == url and entry.get("sha256") == sha256_file(dest):
                out.append(dest)
                continue
            if not first:
                time.sleep(pause)
            first = False
            part = folder / (name + ".part")
            have = part.stat().st_size if part.is_file() else 0
            headers = {"Range": f"bytes={have}-"} if have else {}
            try:
                with cl.stream("GET", url, headers=headers) as resp:
                    if resp.status_code == 416:  # the .part is already whole
                        pass
                    elif resp.status_code not in (200, 206):
                        raise AmityError(f"{url}: the server answered HTTP {resp.status_code}; expected the file")
                    else:
                        mode = "ab" if resp.status_code == 206 and have else "wb"
                        with open(part, mode) as fh:
                            for chunk in resp.iter_bytes(CHUNK):
                                fh.write(chunk)
                    modified = resp.headers.get("last-modified", "")
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                raise AmityError(f"cannot reach {httpx.URL(url).host} ({type(exc).__name__}); amity data fetch needs "
                                 "a network — offline, download the files by hand and use amity data import") from None
            except httpx.HTTPError as exc:
                raise AmityError(f"{url}: download interrupted ({type(exc).__name__}); run the same command "
                                 "again to resume") from None
            part.replace(dest)
            man[name] = {"url": url, "fetched": datetime.now(UTC).date().isoformat(), "last_modified": modified,
                         "bytes": dest.stat().st_size, "sha256": sha256_file(dest)}
            _save_manifest(folder, man)
            out.append(dest)
    finally:
        if own:
            cl.close()
    return out


def fetch(store: Store, kind: str, *, urls: Sequence[str] | None = None, cache_dir: Path | None = None,
          pause: float = 1.0, client: object | None = None) -> list[ImportResult]:
    """Download the files of ``kind`` (``unga`` or ``idealpoints``) and import them into ``store``.

    ``unga`` files form one import (votes, roll calls and issues together); ``idealpoints`` files are
    imported one by one. Importing the same files again changes nothing.
    """
    from amity.sources import import_files

    if kind not in DEFAULT_URLS:
        raise AmityError(f"unknown kind {kind!r} for this fetch; expected unga or idealpoints")
    todo = list(urls) if urls else DEFAULT_URLS[kind]
    if not todo:
        raise AmityError(f"no address known for {kind}: give the release file's address with --url "
                         "(on Harvard Dataverse, the file's access link)")
    folder = cache_dir or home() / "downloads" / kind
    files = download(todo, folder, client=client, pause=pause)
    if kind == "unga":
        return import_files(store, kind, files)
    out: list[ImportResult] = []
    for f in files:
        out += import_files(store, kind, [f])
    return out
