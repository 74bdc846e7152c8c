"""``amity data fetch unga|idealpoints``: against a local server that replays the publishers' files."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from amity.errors import AmityError
from amity.sources import unfetch
from amity.store import Store, sha256_file
from tests.sources.local_server import serve

VOTES = "rcid,country,country_code,vote\n1,China,CN,yes\n1,Russia,RU,abstain\n2,China,CN,no\n2,Russia,RU,no\n"
ROLLCALLS = ("rcid,session,importantvote,date,unres,amend,para,short,descr\n"
             "1,70,0,2015-10-01,R/70/1,0,0,s,d\n2,71,1,2016-11-02,R/71/2,0,0,s,d\n")
IDEAL = ('"","ccode","session","NVotesAll","IdealPointAll","QO%All","Q5%All","Q10%All","Q50%All","Q90%All",'
         '"Q95%All","Q100%All","iso3c","Countryname"\n'
         '"1",2,1,42,1.72,1.03,1.40,1.48,1.71,1.98,2.07,2.59,"USA","United States"\n')
FILES = {"/data/un_votes.csv": VOTES.encode(), "/data/un_roll_calls.csv": ROLLCALLS.encode(),
         "/api/access/datafile/123/IdealpointestimatesAll_Jul2023.csv": IDEAL.encode()}


class _Publisher(BaseHTTPRequestHandler):
    """Serves FILES as a static file server does: Last-Modified, byte ranges (206), 404 otherwise."""

    seen: list[tuple[str, str | None]] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = FILES.get(self.path)
        rng = self.headers.get("Range")
        type(self).seen.append((self.path, rng))
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        status, start = 200, 0
        if rng and rng.startswith("bytes="):
            start = int(rng[6:].split("-")[0])
            status = 206 if start < len(body) else 416
        self.send_response(status)
        self.send_header("Last-Modified", "Tue, 15 Aug 2023 10:00:00 GMT")
        part = body[start:] if status == 206 else (b"" if status == 416 else body)
        self.send_header("Content-Length", str(len(part)))
        self.end_headers()
        self.wfile.write(part)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def publisher() -> Iterator[str]:
    _Publisher.seen = []
    with serve(_Publisher) as url:
        yield url


def test_fetch_unga_downloads_caches_and_imports(tmp_path: Path, store: Store, publisher: str) -> None:
    urls = [publisher + "/data/un_votes.csv", publisher + "/data/un_roll_calls.csv"]
    res = unfetch.fetch(store, "unga", urls=urls, cache_dir=tmp_path / "dl", pause=0)
    assert res[0].created and len(store.facts("unga_votes")) == 4
    man = json.loads((tmp_path / "dl" / "manifest.json").read_text())
    assert man["un_votes.csv"]["sha256"] == sha256_file(tmp_path / "dl" / "un_votes.csv")
    assert man["un_votes.csv"]["last_modified"].startswith("Tue, 15 Aug 2023") and man["un_votes.csv"]["fetched"]
    assert (tmp_path / "dl" / "un_votes.csv").read_bytes() == FILES["/data/un_votes.csv"]
    n = len(_Publisher.seen)
    again = unfetch.fetch(store, "unga", urls=urls, cache_dir=tmp_path / "dl", pause=0)
    assert len(_Publisher.seen) == n  # cached: no request
    assert not again[0].created and len(store.facts("unga_votes")) == 4


def test_interrupted_download_resumes_with_a_range_request(tmp_path: Path, publisher: str) -> None:
    body = FILES["/data/un_roll_calls.csv"]
    (tmp_path / "un_roll_calls.csv.part").write_bytes(body[:20])
    got = unfetch.download([publisher + "/data/un_roll_calls.csv"], tmp_path, pause=0)
    assert got[0].read_bytes() == body
    assert _Publisher.seen == [("/data/un_roll_calls.csv", "bytes=20-")]
    assert not (tmp_path / "un_roll_calls.csv.part").exists()


def test_changed_cached_file_is_downloaded_again(tmp_path: Path, publisher: str) -> None:
    url = publisher + "/data/un_votes.csv"
    f = unfetch.download([url], tmp_path, pause=0)[0]
    f.write_bytes(b"damaged")
    unfetch.download([url], tmp_path, pause=0)
    assert f.read_bytes() == FILES["/data/un_votes.csv"] and len(_Publisher.seen) == 2


def test_fetch_idealpoints_needs_an_address_and_imports(tmp_path: Path, store: Store, publisher: str) -> None:
    with pytest.raises(AmityError, match="--url"):
        unfetch.fetch(store, "idealpoints", cache_dir=tmp_path)
    url = publisher + "/api/access/datafile/123/IdealpointestimatesAll_Jul2023.csv"
    res = unfetch.fetch(store, "idealpoints", urls=[url], cache_dir=tmp_path, pause=0)
    assert res[0].created and store.sources()["vintage"].iloc[0] == "2023-07"


def test_missing_file_is_a_clear_error(tmp_path: Path, publisher: str) -> None:
    with pytest.raises(AmityError, match="HTTP 404"):
        unfetch.download([publisher + "/data/nothing.csv"], tmp_path, pause=0)
    assert not (tmp_path / "nothing.csv").exists()


def test_offline_fails_at_once(tmp_path: Path, store: Store) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t = time.monotonic()
    with pytest.raises(AmityError, match="cannot reach"):
        unfetch.fetch(store, "unga", urls=[f"http://127.0.0.1:{port}/data/un_votes.csv"], cache_dir=tmp_path)
    assert time.monotonic() - t < 5 and store.sources().empty
