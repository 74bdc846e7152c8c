"""SIPRI importer: every layout, quirks, bad input, idempotence, fetch against a local server; and the real files."""

from __future__ import annotations

import base64
import csv
import json
import socket
from collections import defaultdict
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pandas as pd
import pytest

from amity import sources
from amity.errors import AmityError, InputError
from amity.sources import sipri
from tests.sources.local_server import serve
from tests.sources.sipri_fixtures import MACHINE, ROWS, register, tiv_table


# -- small fixtures -----------------------------------------------------------------------------
def test_register_fixture_parsed_with_flags(tmp_path: Path) -> None:
    tables, meta = sipri.read(register(tmp_path))
    assert meta.vintage == "2025-03-13"
    deals = tables["arms_deals"]
    assert len(deals) == len(ROWS)
    s400 = deals[deals["weapon_designation"] == "S-400"].iloc[0]
    assert s400["line"] == 9 and s400["year_of_order_estimate"] and s400["number_ordered_estimate"]
    assert s400["comments"] == "For Triumf; \u00e9t\u00e9"  # Latin-1 decoded
    su30 = deals[deals["weapon_designation"] == "Su-30MKK"].iloc[0]
    assert not su30["year_of_order_estimate"] and su30["number_delivered_estimate"]
    assert su30["delivery_years"] == "2000; 2001"
    # the broken comment line is joined back, and the row keeps its first line number
    talwar = deals[deals["weapon_designation"] == "Talwar"].iloc[0]
    assert talwar["line"] == 14 and talwar["tiv_delivered"] == 50 and talwar["comments"] == "line broken here"
    # '0' with deliveries = between 0 and 0.5; '0' without deliveries = none
    flags = deals.set_index("weapon_designation")["tiv_delivered_lt_half"]
    assert flags["AS365"] and not flags["Ka-31"]
    # non-state recipient kept with NULL codes; Soviet Union keeps its SIPRI name
    hez = deals[deals["recipient"] == "Hezbollah (Lebanon)*"].iloc[0]
    assert pd.isna(hez["recipient_iso3"]) and hez["supplier_iso3"] == "IRN"
    assert set(deals["supplier"]) >= {"Soviet Union", "Russia"}
    parties = tables["arms_parties"].set_index(["name", "role"])
    assert parties.loc[("Hezbollah (Lebanon)*", "recipient"), "party_type"] == "non-state"
    assert tables["sipri_files"].iloc[0][["cover_from", "cover_to"]].tolist() == [1950, 2024]


def test_deliveries_split_evenly(tmp_path: Path) -> None:
    tables, _ = sipri.read(register(tmp_path))
    dl = tables["arms_deliveries"]
    got = dl.groupby(["supplier", "recipient", "year"])["tiv"].sum().to_dict()
    assert got[("Russia", "China", 2018)] == pytest.approx(200)  # 600 over 3 years
    assert got[("Russia", "China", 2000)] == pytest.approx(150)
    assert got[("Soviet Union", "China", 1957)] == pytest.approx(50)
    assert ("Russia", "China", 2022) not in got  # ordered, not delivered
    assert dl["tiv"].sum() == pytest.approx(600 + 300 + 100 + 0 + 50 + 25)


@pytest.mark.parametrize("encoding,newline,delim", [("utf-8", "\r\n", ","), ("utf-16", "\r\n", "\t"),
                                                     ("cp1252", "\n", ",")])
def test_encodings_and_delimiters(tmp_path: Path, encoding: str, newline: str, delim: str) -> None:
    rows = [r.replace(",", delim) for r in ROWS[:3]]
    p = register(tmp_path, rows=rows, encoding=encoding, newline=newline)
    if delim != ",":
        p.write_bytes(p.read_bytes().decode(encoding).replace(
            sipri_fixtures_header(), sipri_fixtures_header().replace(",", delim)).encode(encoding))
    tables, meta = sipri.read(p)
    assert meta.vintage == "2025-03-13"
    assert tables["arms_deals"]["tiv_delivered"].tolist() == [600, 300, 100]
    assert tables["arms_deals"]["comments"].iloc[0] == "For Triumf; \u00e9t\u00e9".replace(",", delim)


def sipri_fixtures_header() -> str:
    from tests.sources.sipri_fixtures import HEADER

    return HEADER.strip()


def test_machine_layout(tmp_path: Path) -> None:
    p = tmp_path / "machine.csv"
    p.write_text("Data generated: 2025-03-13\n" + MACHINE, encoding="utf-8")
    tables, meta = sipri.read(p)
    deals = tables["arms_deals"]
    assert meta.vintage == "2025-03-13"
    assert deals["deal_key"].tolist() == ["sipri-101", "sipri-102"]
    assert deals["number_ordered_estimate"].tolist() == [True, False]  # "(6)" is an estimate
    assert deals["number_delivered_estimate"].tolist() == [False, True]  # "10?"
    assert deals["weapon_category"].tolist() == ["AD", "AC"]  # SIPRI's own category kept
    assert tables["arms_deliveries"].groupby("year")["tiv"].sum().to_dict() == pytest.approx(
        {2018: 200, 2019: 200, 2020: 200, 2000: 150, 2001: 150})


def test_tiv_table(tmp_path: Path) -> None:
    tables, meta = sipri.read(tiv_table(tmp_path))
    t = tables["arms_tiv"].set_index(["party", "year"])
    assert meta.vintage == "2024-10-13"
    assert t.loc[("China", 2000), "tiv"] == 400 and not t.loc[("China", 2000), "lt_half"]
    assert t.loc[("China", 2001), "tiv"] == 0 and t.loc[("China", 2001), "lt_half"]  # "0 " = below 0.5
    assert 2002 not in t.index.get_level_values("year")  # an all-empty year is not covered
    assert (tables["arms_tiv"]["role"] == "importer").all()
    assert t.loc[("Total world import", 2000), "party_type"] == "total"
    files = tables["sipri_files"].iloc[0]
    assert (files["cover_from"], files["cover_to"]) == (2000, 2001)
    tables, _ = sipri.read(tiv_table(tmp_path, role="Exports by", name="x.csv"))
    assert (tables["arms_tiv"]["role"] == "exporter").all()


# -- bad input ----------------------------------------------------------------------------------
def _nothing_written(store) -> None:  # noqa: ANN001
    assert store.sources().empty


def test_html_page(tmp_path: Path, store) -> None:  # noqa: ANN001
    p = tmp_path / "page.csv"
    p.write_text("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")
    with pytest.raises(InputError, match=r"page\.csv:1:.*HTML"):
        sources.import_files(store, "sipri", [p])
    _nothing_written(store)


def test_truncated_and_bad_fields(tmp_path: Path, store) -> None:  # noqa: ANN001
    good = register(tmp_path, name="good.csv")
    cut = tmp_path / "cut.csv"
    cut.write_bytes(good.read_bytes()[:-60])
    with pytest.raises(InputError) as e:
        sources.import_files(store, "sipri", [good, cut])
    assert e.value.file.endswith("cut.csv") and e.value.line == 16
    _nothing_written(store)  # the good file is not written either
    bad = register(tmp_path, name="bad.csv", rows=ROWS[:1] + [ROWS[1].replace(",30,300", ",abc,300")])
    with pytest.raises(InputError) as e:
        sipri.read(bad)
    assert (e.value.line, e.value.field) == (10, "SIPRI TIV per unit")
    years = register(tmp_path, name="years.csv", rows=[ROWS[0].replace("2018; 2019", "2018; soon")])
    with pytest.raises(InputError, match="Year\\(s\\) of delivery"):
        sipri.read(years)


def test_wrong_layout_and_missing_vintage(tmp_path: Path) -> None:
    p = tmp_path / "other.csv"
    p.write_text("country,year,value\nChina,2000,1\n")
    with pytest.raises(InputError, match="header"):
        sipri.read(p)
    q = tmp_path / "novintage.csv"
    q.write_text(MACHINE)
    with pytest.raises(InputError, match="Data generated"):
        sipri.read(q)


def test_same_file_twice_and_mixed_same_vintage(tmp_path: Path, store) -> None:  # noqa: ANN001
    p = register(tmp_path)
    first = sources.import_files(store, "sipri", [p])
    n = store.query("SELECT count(*) AS n FROM arms_deals")["n"].iloc[0]
    again = sources.import_files(store, "sipri", [p])
    assert first[0].created and not again[0].created
    assert store.query("SELECT count(*) AS n FROM arms_deals")["n"].iloc[0] == n
    # a re-export of the same vintage with the same deals (other bytes): recognised, nothing written
    other = register(tmp_path, name="other.csv", date="13 Mar 2025 11:00:00 AM")
    assert not sources.import_files(store, "sipri", [other])[0].created
    assert len(store.sources()) == 1
    # a different register of the same vintage and selection would double-count: refused, nothing written
    changed = register(tmp_path, name="changed.csv", rows=ROWS[:1])
    with pytest.raises(AmityError, match="same vintage"):
        sources.import_files(store, "sipri", [changed])
    assert len(store.sources()) == 1
    # ... unless asked to replace it: one transaction, the old rows gone
    (rep,) = sources.import_files(store, "sipri", [changed], replace=True)
    assert rep.created and list(store.sources()["id"]) == [rep.source_id]
    assert set(store.query("SELECT DISTINCT source_id FROM arms_deals")["source_id"]) == {rep.source_id}
    store.remove_source(rep.source_id)
    sources.import_files(store, "sipri", [p])
    # a new vintage is kept beside the old one
    newer = register(tmp_path, name="newer.csv", date="1 Apr 2025")
    assert sources.import_files(store, "sipri", [newer])[0].created
    assert sorted(store.sources()["vintage"]) == ["2025-03-13", "2025-04-01"]


# -- fetch against a local server ------------------------------------------------------------------
class _Backend(BaseHTTPRequestHandler):
    register_csv: bytes = b""
    tiv_csv: str = ""
    calls: list = []

    def log_message(self, *a: object) -> None:
        pass

    def _send(self, obj: object) -> None:
        body = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        type(self).calls.append(("GET", self.path, None))
        self._send([{"EntityId": 1, "Name": "Russia"}, {"EntityId": 2, "Name": "Soviet Union"},
                    {"EntityId": 3, "Name": "China"}])

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).calls.append(("POST", self.path, body))
        if self.path.startswith("/api/p/trades/trade-register-csv"):
            self._send({"bytes": base64.b64encode(type(self).register_csv).decode()})
        else:
            role = "Exports by" if any(f["field"] == "orderbyseller" for f in body["filters"]) else "Recipient"
            self._send({"result": type(self).tiv_csv.replace("Recipient,2000", f"{role},2000")})


@pytest.fixture
def backend(tmp_path: Path):
    _Backend.register_csv = register(tmp_path, name="srv.csv").read_bytes()
    _Backend.tiv_csv = tiv_table(tmp_path, name="srvtiv.csv").read_text()
    _Backend.calls = []
    with serve(_Backend) as url:
        yield url + "/api/p"


def test_fetch_caches_stamps_and_resumes(tmp_path: Path, store, backend: str) -> None:  # noqa: ANN001
    cache = tmp_path / "cache"
    res = sipri.fetch(store, supplier="RUS", recipient="CHN", start=1950, end=2024, base_url=backend,
                      cache_dir=cache, pause=0)
    assert [r.created for r in res] == [True, True, True]
    posts = [c for c in _Backend.calls if c[0] == "POST"]
    reg = posts[0][2]["filters"]
    assert {"field": "Supplier", "listData": [1, 2]}.items() <= {
        k: v for f in reg if f["field"] == "Supplier" for k, v in f.items()}.items()
    stamp = json.loads((cache / "register-s-RUS-r-CHN-1950-2024.json").read_text())
    assert stamp["vintage"] == "2025-03-13" and len(stamp["sha256"]) == 64 and stamp["fetched_at"]
    assert store.query("SELECT count(*) AS n FROM arms_deals")["n"].iloc[0] == len(ROWS)
    n_calls = len(_Backend.calls)
    again = sipri.fetch(store, supplier="RUS", recipient="CHN", start=1950, end=2024, base_url=backend,
                        cache_dir=cache, pause=0)
    assert len(_Backend.calls) == n_calls + 1  # only the country list; the pulls come from the cache
    assert [r.created for r in again] == [False, False, False]


def test_fetch_offline_fails_at_once(tmp_path: Path, store) -> None:  # noqa: ANN001
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(AmityError, match="offline"):
        sipri.fetch(store, base_url=f"http://127.0.0.1:{port}/api/p", cache_dir=tmp_path, pause=0, timeout=2)
    _nothing_written(store)


# -- the real files ---------------------------------------------------------------------------
def _plain_register(path: Path) -> list[list[str]]:
    """A straightforward pass: csv module, join the rows SIPRI broke over two lines."""
    rows = list(csv.reader(open(path, encoding="latin-1", newline="")))
    hdr = next(i for i, r in enumerate(rows) if r[:2] == ["Recipient", "Supplier"])
    out, pending = [], None
    for r in rows[hdr + 1:]:
        if pending is not None:
            r = pending[:-1] + [pending[-1] + " " + r[0]] + r[1:]
            pending = None
        if len(r) == 16:
            out.append(r)
        elif r:
            pending = r
    return out


def test_real_register_totals_match_plain_pass(shared_data: Path, store) -> None:  # noqa: ANN001
    path = shared_data / "sipri" / "trade-register-2025-03.csv"
    tables, meta = sipri.read(path)
    assert meta.vintage == "2025-03-13"
    plain = _plain_register(path)
    assert len(tables["arms_deals"]) == len(plain)
    expect: dict[tuple[str, str, int], float] = defaultdict(float)
    world: dict[int, float] = defaultdict(float)
    for r in plain:
        years = [int(y) for y in r[10].split("; ") if y]
        for y in years:
            expect[(r[1], r[0], y)] += float(r[15]) / len(years)
            world[y] += float(r[15]) / len(years)
    got = tables["arms_deliveries"].groupby(["supplier", "recipient", "year"])["tiv"].sum()
    for key in [("Russia", "China", y) for y in range(1992, 2025)] + [("Soviet Union", "China", 1955)]:
        assert got.get(key, 0.0) == pytest.approx(expect.get(key, 0.0), abs=1e-9)
    gw = tables["arms_deliveries"].groupby("year")["tiv"].sum()
    assert gw.to_dict() == pytest.approx(dict(world), abs=1e-6)
    deals = tables["arms_deals"]
    assert deals["year_of_order_estimate"].sum() == sum(r[3] == "?" for r in plain)
    assert {"African Union**", "Hezbollah (Lebanon)*"} <= set(deals["recipient"])
    assert deals.loc[deals["recipient"] == "African Union**", "recipient_iso3"].isna().all()
    assert set(tables["arms_parties"]["party_type"]) >= {"state", "non-state", "organisation", "unknown"}


def test_real_tiv_tables_match_plain_pass(shared_data: Path) -> None:
    for fname, role in (("tiv-imports-by-recipient-2024-10.csv", "importer"),
                        ("tiv-exports-by-supplier-2024-10.csv", "exporter")):
        path = shared_data / "sipri" / fname
        tables, meta = sipri.read(path)
        assert meta.vintage == "2024-10-13"
        rows = list(csv.reader(open(path, encoding="latin-1")))
        hdr = next(i for i, r in enumerate(rows) if r and r[0] in ("Recipient", "Exports by"))
        years = [(j, int(c)) for j, c in enumerate(rows[hdr]) if c.isdigit()]
        t = tables["arms_tiv"].set_index(["party", "year"])
        assert (tables["arms_tiv"]["role"] == role).all()
        n_small = 0
        for r in rows[hdr + 1:]:
            if not r or not r[0]:
                continue
            for j, y in years:
                if y == 2024:
                    continue  # empty for every party in this vintage: not covered
                assert t.loc[(r[0], y), "tiv"] == (float(r[j]) if r[j].strip() else 0.0)
                n_small += r[j] == "0 "
        assert int(tables["arms_tiv"]["lt_half"].sum()) == n_small
        assert 2024 not in set(tables["arms_tiv"]["year"])
