"""GDELT event exports: layouts, Parquet storage, provenance, bad input, fetch from a local server."""

from __future__ import annotations

import hashlib
import http.server
import socket
import threading
import time
import zipfile
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from amity.errors import AmityError, InputError
from amity.sources import gdelt
from amity.sources import import_files as import_kind
from tests.sources.gdelt_fixtures import event, line, write_export


def _events(day: str, n: int, start_id: int = 1) -> list[dict[str, str]]:
    codes = [("042", 1, 1.9), ("061", 2, 6.4), ("111", 3, -2.0), ("190", 4, -10.0)]
    out = []
    for i in range(n):
        code, quad, gold = codes[i % 4]
        out.append(
            event(
                gid=start_id + i,
                day=day,
                code=code,
                quad=quad,
                gold=gold,
                url=f"https://news.example/{day}/{i}",
            )
        )
    return out


def _parquet_rows(store) -> list[dict]:
    files = sorted(gdelt.events_dir(store).rglob("*.parquet"))
    return [r for f in files for r in pq.read_table(f).to_pylist()]


# -- layouts ------------------------------------------------------------------------------
def test_official_column_counts() -> None:
    assert len(gdelt.COLUMNS_V1) == 57 and len(gdelt.COLUMNS_V1_URL) == 58 and len(gdelt.COLUMNS_V2) == 61
    assert gdelt.COLUMNS_V1[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert gdelt.COLUMNS_V1[26:30] == ["EventCode", "EventBaseCode", "EventRootCode", "QuadClass"]
    assert gdelt.COLUMNS_V1[-1] == "DATEADDED" and gdelt.COLUMNS_V1_URL[-1] == "SOURCEURL"
    assert "Actor1Geo_ADM2Code" in gdelt.COLUMNS_V2 and "Actor1Geo_ADM2Code" not in gdelt.COLUMNS_V1
    assert gdelt.COLUMNS_V2[-2:] == ["DATEADDED", "SOURCEURL"]


@pytest.mark.parametrize(
    ("name", "layout", "ncols"),
    [
        ("200601.zip", "1.0", 57),
        ("20150218.export.CSV.zip", "1.0-url", 58),
        ("20150218230000.export.CSV.zip", "2.0", 61),
    ],
)
def test_import_each_layout(store, tmp_path: Path, name: str, layout: str, ncols: int) -> None:
    day = "20060115" if name.startswith("2006") else "20150218"
    evs = _events(day, 9)
    path = write_export(tmp_path / name, evs, ncols)
    assert len(line(evs[0], ncols).split("\t")) == ncols
    (res,) = import_kind(store, "gdelt", [path])
    assert res.created and res.rows == 9 and res.layout == layout and res.bad_lines == 0
    rows = sorted(_parquet_rows(store), key=lambda r: r["GLOBALEVENTID"])
    assert [r["GLOBALEVENTID"] for r in rows] == [int(e["GLOBALEVENTID"]) for e in evs]
    assert [r["EventCode"] for r in rows] == [e["EventCode"] for e in evs]  # "042" keeps its zero
    assert [r["QuadClass"] for r in rows] == [int(e["QuadClass"]) for e in evs]
    assert [r["GoldsteinScale"] for r in rows] == [float(e["GoldsteinScale"]) for e in evs]
    assert all(r["source_id"] == res.source_id for r in rows)
    if ncols == 57:
        assert all(r["SOURCEURL"] is None and r["Actor1Geo_ADM2Code"] is None for r in rows)
        assert rows[0]["DATEADDED"] == 20060115
    elif ncols == 58:
        assert rows[0]["SOURCEURL"] == evs[0]["SOURCEURL"] and rows[0]["Actor1Geo_ADM2Code"] is None
    else:
        assert rows[0]["Actor1Geo_ADM2Code"] == "CH00" and rows[0]["DATEADDED"] == 20150218231500
    src = store.sources("gdelt")
    assert list(src["id"]) == [res.source_id]
    assert src["rows"].iloc[0] == 9
    assert (
        src["vintage"].iloc[0]
        == {
            "200601.zip": "2006-01-01",
            "20150218.export.CSV.zip": "2015-02-18",
            "20150218230000.export.CSV.zip": "2015-02-18T23:00",
        }[name]
    )
    assert "GDELT" in src["citation"].iloc[0]


def test_partitions_by_event_month_and_plain_text(store, tmp_path: Path) -> None:
    evs = _events("20150301", 4) + _events("20150227", 3, start_id=100)  # backdated events
    path = write_export(tmp_path / "20150301.export.CSV", evs, 58, zipped=False)
    (res,) = gdelt.import_files(store, [path])
    root = gdelt.events_dir(store)
    parts = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.parquet"))
    fname = res.source_id.replace(":", "-") + ".parquet"
    assert parts == [f"year=2015/month=02/{fname}", f"year=2015/month=03/{fname}"]
    assert pq.read_table(root / parts[0]).num_rows == 3
    assert pq.read_table(root / parts[1]).num_rows == 4
    files = gdelt.loaded_files(store)
    assert [f["covers_from"] for f in files] == ["2015-03-01T00:00:00"]
    assert [f["covers_to"] for f in files] == ["2015-03-02T00:00:00"]


def test_stored_rows_are_sorted_by_actor_codes_in_small_row_groups(store, tmp_path: Path, monkeypatch) -> None:
    pairs = [("RUS", "CHN"), (None, "USA"), ("CHN", None), ("USA", "CHN"), ("CHN", "RUS"), (None, None)]
    evs = [
        event(gid=50 - i, day=f"201502{10 + i % 5:02d}", a1=a1, a2=a2)
        for i, (a1, a2) in enumerate(pairs * 4)
    ]
    path = write_export(tmp_path / "20150218.export.CSV.zip", evs, 58)
    monkeypatch.setattr(gdelt.store, "ROW_GROUP", 5)
    gdelt.import_files(store, [path])
    (f,) = gdelt.events_dir(store).rglob("*.parquet")
    rows = pq.read_table(f).to_pylist()
    got = [(r["Actor1CountryCode"], r["Actor2CountryCode"], r["SQLDATE"], r["GLOBALEVENTID"]) for r in rows]

    def key(e: dict[str, str]) -> tuple:  # both codes first; nulls (empty fields) last; date, id
        a1, a2 = e["Actor1CountryCode"], e["Actor2CountryCode"]
        return (a1 == "" or a2 == "", a1 == "", a1, a2 == "", a2, int(e["SQLDATE"]), int(e["GLOBALEVENTID"]))

    expected = [
        (e["Actor1CountryCode"] or None, e["Actor2CountryCode"] or None, int(e["SQLDATE"]), int(e["GLOBALEVENTID"]))
        for e in sorted(evs, key=key)
    ]
    assert got == expected
    meta = pq.read_metadata(f)
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [5, 5, 5, 5, 4]
    # the statistics a reader uses to skip row groups: the first group holds CHN only
    a1, a2 = (pq.read_schema(f).get_field_index(c) for c in ("Actor1CountryCode", "Actor2CountryCode"))
    # the statistics a reader uses to skip row groups: the second holds RUS→CHN and USA→CHN only,
    # so a query for CHN→RUS skips it
    second = meta.row_group(1).column(a2).statistics
    assert second.has_min_max and (second.min, second.max) == ("CHN", "CHN")
    # the 12 rows with both codes come first, then 4 with CHN and no Actor2, then 8 without
    # Actor1: the last group is all NULL in Actor1, which a query for any dyad skips unread
    last = meta.row_group(4)
    assert last.column(a1).statistics.null_count == last.num_rows == 4


def _mixed_events(days: tuple[str, ...], start_id: int = 1) -> list[dict[str, str]]:
    """Events on ``days`` between CHN, RUS and USA, some without one or both country codes."""
    pairs = [("CHN", "RUS"), ("RUS", "CHN"), (None, "USA"), ("CHN", None), (None, None), ("CHN", "RUS")]
    codes = [("042", 1, 1.9), ("061", 2, 6.4), ("111", 3, -2.0), ("190", 4, -10.0), ("057", 1, 8.0)]
    evs = []
    for i, (day, (a1, a2)) in enumerate((d, p) for d in days for p in pairs):
        code, quad, gold = codes[(i * 7) % len(codes)]
        evs.append(event(gid=start_id + i, day=day, a1=a1, a2=a2, code=code, quad=quad, gold=gold))
    return evs


def _sums_by_loops(evs: list[dict[str, str]]) -> dict[tuple, dict[str, object]]:
    exp: dict[tuple, dict[str, object]] = {}
    for e in evs:
        k = (int(e["MonthYear"]), e["Actor1CountryCode"] or None, e["Actor2CountryCode"] or None)
        x = exp.setdefault(k, {"events": 0, "quad1": 0, "quad2": 0, "quad3": 0, "quad4": 0, "goldstein_sum": 0.0})
        x["events"] += 1
        x[f"quad{e['QuadClass']}"] += 1
        x["goldstein_sum"] += float(e["GoldsteinScale"])
    return exp


def _stored_sums(store) -> dict[tuple, dict[str, object]]:
    got: dict[tuple, dict[str, object]] = {}
    for f in sorted(gdelt.dyad_months_dir(store).rglob("*.parquet")):
        for r in pq.read_table(f).to_pylist():
            k = (r["MonthYear"], r["Actor1CountryCode"], r["Actor2CountryCode"])
            assert k not in got and r["Year"] == r["MonthYear"] // 100 and r["goldstein_n"] == r["events"]
            got[k] = {c: r[c] for c in ("events", "quad1", "quad2", "quad3", "quad4")}
            got[k]["goldstein_sum"] = pytest.approx(r["goldstein_sum"])
    return got


def test_dyad_month_sums_count_every_event_once(store, tmp_path: Path) -> None:
    first = _mixed_events(("20150301", "20150302", "20150227"))  # the last reported late: February
    (res,) = gdelt.import_files(store, [write_export(tmp_path / "20150302.export.CSV.zip", first, 58)])
    assert _stored_sums(store) == _sums_by_loops(first)
    assert sum(v["events"] for v in _stored_sums(store).values()) == len(first) == res.rows
    root = gdelt.dyad_months_dir(store)
    files = gdelt.loaded_files(store)
    paths = gdelt.dyad_month_paths(store, files)
    assert sorted(paths) == sorted(str(p) for p in root.rglob("*.parquet")) and len(paths) == 2
    # the rows with both codes come first (a query for one dyad skips the rest by statistics)
    (march,) = [p for p in paths if "month=03" in p]
    order = [(r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in pq.read_table(march).to_pylist()]
    assert order == [("CHN", "RUS"), ("RUS", "CHN"), ("CHN", None), (None, "USA"), (None, None)]

    # a second file adds to March (and April): one sums file a month, of both files' events
    second = _mixed_events(("20150303", "20150401"), start_id=100)
    (res2,) = gdelt.import_files(store, [write_export(tmp_path / "20150401.export.CSV.zip", second, 58)])
    assert _stored_sums(store) == _sums_by_loops(first + second)
    assert len(list(root.rglob("*.parquet"))) == 3  # Feb, Mar (the old March file removed), Apr
    rows = store.query("SELECT month, sources FROM gdelt_dyad_months ORDER BY month")
    assert list(rows["month"]) == [201502, 201503, 201504]
    one, both = [res.source_id], sorted([res.source_id, res2.source_id])
    assert list(rows["sources"]) == [gdelt.sums_key(one), gdelt.sums_key(both), gdelt.sums_key([res2.source_id])]
    assert gdelt.sums_key(both) == "1event:" + ";".join(both) and gdelt.sums_key(one) == one[0]
    # sums that do not sum exactly the files read are not used
    without_first = [f for f in gdelt.loaded_files(store) if f["source_id"] != res.source_id]
    assert gdelt.dyad_month_paths(store, without_first) is None


def test_an_event_in_two_files_is_counted_once(store, tmp_path: Path) -> None:
    from amity.indicators import events as ev
    from amity.sources.gdelt import store as gstore

    first = _mixed_events(("20150301", "20150302"))
    gdelt.import_files(store, [write_export(tmp_path / "20150302.export.CSV.zip", first, 58)])
    # a later file from elsewhere (a query export, say) repeats the last four events and adds six of its own
    again = first[-4:] + _mixed_events(("20150303",), start_id=500)
    gdelt.import_files(store, [write_export(tmp_path / "march.export.CSV.zip", again, 58)])
    unique = list({e["GLOBALEVENTID"]: e for e in first + again}.values())
    assert len(unique) == len(first) + 6
    assert _stored_sums(store) == _sums_by_loops(unique)  # the month was summed again, not added to
    # sums of several files written by an earlier version (no mark: each file's events simply added) are
    # summed again once, from all the month's events
    (key,) = store.query("SELECT sources FROM gdelt_dyad_months")["sources"]
    store.execute("UPDATE gdelt_dyad_months SET sources = ?", [key.removeprefix("1event:")])
    (job,) = gstore.plan_dyad_months(store)
    assert not job.sums and len(job.events) == 2 and job.key == key
    gdelt.update_dyad_months(store)
    assert _stored_sums(store) == _sums_by_loops(unique)
    # the events path reads each event once too, and agrees with the sums
    paths = [p for f in gdelt.loaded_files(store) for p in f["paths"]]
    assert gstore.shared_event_files(paths) == set(paths)
    by_events = ev.run(ev.series_expr("CHN", "RUS", freq="M"), paths)
    sums = gdelt.dyad_month_paths(store, gdelt.loaded_files(store))
    by_sums = ev.run(ev.series_expr("CHN", "RUS", freq="M", dyad_months=True), sums)
    expected = sum(1 for e in unique if (e["Actor1CountryCode"], e["Actor2CountryCode"]) == ("CHN", "RUS"))
    assert int(by_events["events"].sum()) == int(by_sums["events"].sum()) == expected
    assert int(by_events["total_events"].iloc[0]) == len(unique)
    # a file that repeats no event (disjoint GLOBALEVENTIDs) is added to the month's sums as they are
    later = _mixed_events(("20150304",), start_id=900)
    path = write_export(tmp_path / "20150304.export.CSV.zip", later, 58)
    gdelt.import_files(store, [path], derived=False)
    (job,) = gstore.plan_dyad_months(store)
    assert job.sums and len(job.events) == 1
    gdelt.update_dyad_months(store)
    assert _stored_sums(store) == _sums_by_loops(unique + later)


def test_shared_event_files_by_id_ranges(tmp_path: Path) -> None:
    import pyarrow as pa

    from amity.sources.gdelt import store as gstore

    def file(name: str, ids: list[int]) -> str:
        path = tmp_path / f"{name}.parquet"
        pq.write_table(pa.table({"GLOBALEVENTID": pa.array(ids, pa.int64())}), path, row_group_size=2)
        return str(path)

    a, b, c, d = file("a", [1, 5, 9]), file("b", [10, 20]), file("c", [15, 16]), file("d", [21, 30])
    wide = file("wide", [2, 100])
    assert gstore.shared_event_files([a, b, d]) == set()  # disjoint ranges, as GDELT's own files are
    assert gstore.shared_event_files([a, b, c, d]) == {b, c}  # c inside b
    assert gstore.shared_event_files([d, a, wide]) == {a, d, wide}  # one range over both


def test_dyad_month_sums_rebuilt_after_a_failure(store, tmp_path: Path, monkeypatch) -> None:
    from amity.sources.gdelt import store as gstore

    evs = _mixed_events(("20150301", "20150227"))
    path = write_export(tmp_path / "20150302.export.CSV.zip", evs, 58)

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(gstore, "build_dyad_months", broken)
    said: list[str] = []
    (res,) = gdelt.import_files(store, [path], report=said.append)
    assert res.created and res.rows == len(evs)  # the events are in
    assert said and "dyad-month sums not updated (OSError: disk full)" in said[0]
    assert gdelt.dyad_month_paths(store, gdelt.loaded_files(store)) is None
    assert not list(gdelt.dyad_months_dir(store).rglob("*.parquet"))
    monkeypatch.undo()
    # importing again (the same file: a no-op for the events) rebuilds the sums
    (again,) = gdelt.import_files(store, [path])
    assert not again.created
    assert gdelt.dyad_month_paths(store, gdelt.loaded_files(store)) is not None
    assert _stored_sums(store) == _sums_by_loops(evs)
    assert gdelt.update_dyad_months(store) == []  # nothing left to do


def test_same_file_twice_is_a_noop(store, tmp_path: Path) -> None:
    path = write_export(tmp_path / "20150218.export.CSV.zip", _events("20150218", 5), 58)
    (first,) = import_kind(store, "gdelt", [path])
    before = sorted(gdelt.events_dir(store).rglob("*"))
    (again,) = import_kind(store, "gdelt", [path])
    assert first.created and not again.created and again.source_id == first.source_id
    assert sorted(gdelt.events_dir(store).rglob("*")) == before
    assert len(store.sources("gdelt")) == 1
    assert len(_parquet_rows(store)) == 5


# -- bad input --------------------------------------------------------------------------------
def test_bad_lines_are_counted_and_left_out(store, tmp_path: Path) -> None:
    good = _events("20150218", 700)
    bad_quad = line(event(gid=9001, day="20150218", quad=5), 58).encode()
    bad_gold = line(event(gid=9002, day="20150218", gold=11.5), 58).encode()
    bad_date = line(event(gid=9003, day="20150231"), 58).encode()  # no 31 February
    future = line(event(gid=9004, day="20160101"), 58).encode()  # after the file's day
    short = b"\t".join([b"9005", b"20150218", b"201502"])
    latin1 = line(event(gid=9006, day="20150218"), 58).encode().replace(b"CHINA", b"CHIN\xc3")
    path = write_export(
        tmp_path / "20150218.export.CSV.zip",
        good,
        58,
        extra_lines=[bad_quad, bad_gold, bad_date, future, short, latin1],
    )
    said: list[str] = []
    (res,) = gdelt.import_files(store, [path], report=said.append)
    assert res.rows == 700 and res.bad_lines == 6
    reasons = res.bad_reasons
    assert reasons["field 'QuadClass': expected 1-4"] == 1
    assert reasons["field 'GoldsteinScale': expected -10..10"] == 1
    assert reasons["field 'SQLDATE': expected a date from 1979 to the file's publication day"] == 2
    assert reasons["wrong number of columns (expected 58)"] == 1
    assert reasons["non-UTF-8 bytes"] == 1
    assert len(said) == 1 and "6 of 706 lines left out" in said[0]
    ids = {r["GLOBALEVENTID"] for r in _parquet_rows(store)}
    assert ids == {int(e["GLOBALEVENTID"]) for e in good}
    files = store.query("SELECT lines, rows, bad_lines FROM gdelt_files").iloc[0].tolist()
    assert files == [706, 700, 6]


def test_line_numbers_in_examples(tmp_path: Path) -> None:
    evs = _events("20150218", 300)
    raw = [line(e, 58).encode() for e in evs]
    raw[9] = b"only\ttwo"
    raw[19] = line(event(gid=77, day="20150218", quad=9), 58).encode()
    path = tmp_path / "20150218.export.CSV"
    path.write_bytes(b"\n".join(raw) + b"\n")
    parsed = gdelt.read_file(path)
    assert parsed.bad_lines == 2
    assert f"{path.name}:10: wrong number of columns (expected 58), found 2" in parsed.examples
    assert f"{path.name}:20: field 'QuadClass': expected 1-4" in parsed.examples


def test_too_many_bad_lines_rejects_the_file(store, tmp_path: Path) -> None:
    good = _events("20150218", 20)
    path = write_export(tmp_path / "20150218.export.CSV.zip", good, 58, extra_lines=[b"x\ty"] * 3)
    with pytest.raises(InputError, match=r"3 of 23 lines are bad .*Nothing was imported"):
        gdelt.import_files(store, [path])
    assert store.sources("gdelt").empty and not store.has_table("gdelt_files")
    assert list(gdelt.events_dir(store).parent.rglob("*.parquet")) == []
    # a looser threshold accepts it
    (res,) = gdelt.import_files(store, [path], max_bad=0.2)
    assert res.rows == 20 and res.bad_lines == 3


def test_truncated_zip_rejects_the_whole_batch(store, tmp_path: Path) -> None:
    good = write_export(tmp_path / "20150217.export.CSV.zip", _events("20150217", 5), 58)
    whole = write_export(tmp_path / "full.zip", _events("20150218", 50), 58).read_bytes()
    cut = tmp_path / "20150218.export.CSV.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match=r"20150218\.export\.CSV\.zip: expected a complete zip file"):
        import_kind(store, "gdelt", [good, cut])
    assert store.sources("gdelt").empty
    assert list(gdelt.events_dir(store).parent.rglob("*.parquet")) == []
    assert list(gdelt.events_dir(store).parent.glob(".staging-*")) == []


def test_wrong_layout_and_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "20150218.export.CSV"
    p.write_text("a\tb\tc\n1\t2\t3\n")
    with pytest.raises(InputError, match="57, 58 or 61 tab-separated columns, found 3"):
        gdelt.read_file(p)
    p.write_text("")
    with pytest.raises(InputError, match="no events"):
        gdelt.read_file(p)


def test_publication_window() -> None:
    from datetime import datetime

    assert gdelt.publication_window("20150218230000.export.CSV.zip") == (
        datetime(2015, 2, 18, 23),
        datetime(2015, 2, 18, 23, 15),
    )
    assert gdelt.publication_window("20150218.export.CSV.zip") == (
        datetime(2015, 2, 18),
        datetime(2015, 2, 19),
    )
    assert gdelt.publication_window("200612.zip") == (datetime(2006, 12, 1), datetime(2007, 1, 1))
    assert gdelt.publication_window("1979.zip") == (datetime(1979, 1, 1), datetime(1980, 1, 1))
    assert gdelt.publication_window("events.csv") is None


# -- fetch ------------------------------------------------------------------------------------
class _Server:
    """A local HTTP server serving ``files`` (path → bytes) with Range support; logs requests."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.requests: list[tuple[str, str | None]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                outer.requests.append((self.path, self.headers.get("Range")))
                body = outer.files.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                rng = self.headers.get("Range")
                if rng and rng.startswith("bytes="):
                    start = int(rng[6:].split("-")[0])
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                    body = body[start:]
                else:
                    self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _zip_bytes(tmp_path: Path, name: str, day: str, n: int) -> bytes:
    return write_export(tmp_path / "src" / name, _events(day, n), 61).read_bytes()


def _master(files: dict[str, bytes], base: str, extra: list[str] = ()) -> bytes:
    lines = [f"{len(b)} {hashlib.md5(b).hexdigest()} {base}gdeltv2/{n}" for n, b in files.items()]
    return ("\n".join([*lines, *extra]) + "\n").encode()


def test_fetch_v2_selects_checks_and_resumes(tmp_path: Path) -> None:
    names = {
        "20150217234500.export.CSV.zip": "20150217",
        "20150218000000.export.CSV.zip": "20150218",
        "20150218001500.export.CSV.zip": "20150218",
        "20150219000000.export.CSV.zip": "20150219",
    }
    blobs = {n: _zip_bytes(tmp_path, n, d, 30) for n, d in names.items()}
    served = {f"/gdeltv2/{n}": b for n, b in blobs.items()}
    with _Server(served) as srv:
        gkg = f"123 {'0' * 32} {srv.url}gdeltv2/20150218000000.gkg.csv.zip"
        mentions = f"456 {'1' * 32} {srv.url}gdeltv2/20150218000000.mentions.CSV.zip"
        srv.files["/gdeltv2/masterfilelist.txt"] = _master(blobs, srv.url, [gkg, mentions])
        dest = tmp_path / "raw"
        dest.mkdir()
        want = "20150218001500.export.CSV.zip"
        (dest / (want + ".part")).write_bytes(blobs[want][:100])  # an interrupted download
        paths = gdelt.fetch("2015-02-18", "2015-02-18", dest=dest, base_url=srv.url, progress=False)
        assert [p.name for p in paths] == ["20150218000000.export.CSV.zip", want]
        for p in paths:
            assert p.read_bytes() == blobs[p.name]
        assert (f"/gdeltv2/{want}", "bytes=100-") in srv.requests
        assert not list(dest.glob("*.part"))
        # cached: a second run downloads nothing
        n = len(srv.requests)
        gdelt.fetch("2015-02-18", "2015-02-18", dest=dest, base_url=srv.url, progress=False)
        assert [r for r in srv.requests[n:] if "export" in r[0]] == []
        # a corrupted copy on the server fails the md5 check and leaves no file
        srv.files["/gdeltv2/20150219000000.export.CSV.zip"] = (
            b"garbage" + blobs["20150219000000.export.CSV.zip"][7:]
        )
        with pytest.raises(AmityError, match="md5 does not match"):
            gdelt.fetch("2015-02-19", "2015-02-19", dest=dest, base_url=srv.url, progress=False)
        assert not (dest / "20150219000000.export.CSV.zip").exists()


def test_fetch_v1_uses_md5sums(tmp_path: Path) -> None:
    blobs = {
        "20150218.export.CSV.zip": write_export(
            tmp_path / "a" / "20150218.export.CSV.zip", _events("20150218", 10), 58
        ).read_bytes(),
        "20150301.export.CSV.zip": write_export(
            tmp_path / "a" / "20150301.export.CSV.zip", _events("20150301", 10), 58
        ).read_bytes(),
    }
    md5sums = "".join(f"{hashlib.md5(b).hexdigest()}  {n}\n" for n, b in blobs.items()).encode()
    served = {f"/events/{n}": b for n, b in blobs.items()} | {"/events/md5sums": md5sums}
    with _Server(served) as srv:
        paths = gdelt.fetch(
            "2015-02-01", "2015-02-28", version="1", dest=tmp_path / "raw", base_url=srv.url, progress=False
        )
    assert [p.name for p in paths] == ["20150218.export.CSV.zip"]


def test_fetch_offline_fails_at_once(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    t0 = time.monotonic()
    with pytest.raises(AmityError, match=r"cannot reach .*no network\?.*amity data import gdelt"):
        gdelt.fetch(
            "2015-02-18",
            "2015-02-18",
            dest=tmp_path / "raw",
            base_url=f"http://127.0.0.1:{port}/",
            progress=False,
        )
    assert time.monotonic() - t0 < 5


def test_fetch_bad_dates() -> None:
    with pytest.raises(AmityError, match="after"):
        gdelt.fetch("2015-03-01", "2015-02-01", progress=False)
    with pytest.raises(AmityError, match="expected YYYY-MM-DD"):
        gdelt.fetch("March", "2015-02-01", progress=False)


def test_zip_with_two_members_is_rejected(tmp_path: Path) -> None:
    p = tmp_path / "20150218.export.CSV.zip"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("a.csv", "x")
        zf.writestr("b.csv", "y")
    with pytest.raises(InputError, match="expected one data file in the zip, found 2"):
        gdelt.read_file(p)


# -- real-world variants and per-line errors (issue 16) ------------------------------------------
def _query_export(path: Path, evs: list[dict[str, str]], *, header: bool) -> Path:
    """Events as a BigQuery / analysis-service export writes them: every value quoted, NULL for missing."""
    cols = gdelt.COLUMNS_V1_URL
    rows = [",".join(f'"{e[c]}"' if e[c] else "NULL" for c in cols) for e in evs]
    path.write_text(("\n".join([",".join(cols), *rows]) if header else "\n".join(rows)) + "\n", encoding="utf-8")
    return path


def test_query_exports_import_like_raw_exports(store, tmp_path: Path) -> None:
    evs = _events("20180317", 6)
    raw = gdelt.read_file(write_export(tmp_path / "20180318.export.CSV.zip", evs, 58))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with_header = gdelt.read_file(_query_export(tmp_path / "a" / "q.csv", evs, header=True))
    bare = _query_export(tmp_path / "b" / "q.csv", evs, header=False)
    hdr = tmp_path / "b" / "CSV.header.fieldids.csv"
    hdr.write_text(",".join(gdelt.COLUMNS_V1_URL) + "\n")
    beside = gdelt.read_file(bare)  # the header file found beside the data
    for p in (with_header, beside):
        assert p.layout == "query-export" and p.bad_lines == 0
        assert p.table.drop_columns(["DATEADDED"]).equals(raw.table.drop_columns(["DATEADDED"]))
        # coverage from the events' dates: a query export has no publication window
        assert (p.covers_from, p.covers_to) == (datetime(2018, 3, 17), datetime(2018, 3, 18))
    (res,) = [r for r in import_kind(store, "gdelt", [bare, hdr]) if r.file_name == "q.csv"]
    assert res.created and res.rows == len(evs) and len(store.sources()) == 1  # the header file is not a source


def test_one_overflowing_number_names_its_line_and_counts_once(tmp_path: Path) -> None:
    evs = _events("20150217", 400)
    evs[122]["NumMentions"] = "99999999999"
    p = gdelt.read_file(write_export(tmp_path / "20150218.export.CSV.zip", evs, 58))
    assert p.lines == 400 and p.bad_lines == 1 and p.table.num_rows == 399
    assert p.examples == ["20150218.export.CSV.zip:123: field 'NumMentions': out of range"]
    evs[3]["GLOBALEVENTID"] = "9" * 30  # beyond int64 too
    evs[4]["NumMentions"] = "99999999999"
    evs[5]["NumMentions"] = "99999999999"
    evs[6]["NumMentions"] = "99999999999"
    with pytest.raises(InputError) as err:
        gdelt.read_file(write_export(tmp_path / "b" / "20150218.export.CSV.zip", evs, 58))
    assert "5 of 400 lines are bad" in str(err.value) and ":4:" in str(err.value)


def test_real_daily_file_and_a_query_export_of_part_of_it(store, tmp_path: Path, shared_data: Path) -> None:
    """GDELT's real daily file of 28 July 2016, then a query export (quoted, NULL for missing, GDELT's header
    file beside it) of its first 300 events and 3 events of another day: each event counts once."""
    import csv

    from amity.indicators import events as ev

    daily = shared_data / "gdelt" / "20160728.export.CSV"
    with daily.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    extra = [[str(9_000_000_000 + i), "20160729", "201607", "2016", *r[4:]] for i, r in enumerate(rows[:3])]
    part = tmp_path / "q" / "bq-results.csv"
    part.parent.mkdir()
    part.write_text("".join(",".join(f'"{v}"' if v else "NULL" for v in r) + "\n" for r in rows[:300] + extra),
                    encoding="utf-8")
    hdr = part.parent / "CSV.header.fieldids.csv"
    hdr.write_text(",".join(gdelt.COLUMNS_V1_URL) + "\n", encoding="utf-8")
    import_kind(store, "gdelt", [daily])
    import_kind(store, "gdelt", [part, hdr])
    gdelt.update_dyad_months(store)  # as `amity data import` does after importing
    assert len(store.sources()) == 2
    ids = {r[0] for r in rows} | {r[0] for r in extra}
    files = gdelt.loaded_files(store)
    paths = [p for f in files for p in f["paths"]]
    for expr, over in ((ev.series_expr("USA", "CHN"), paths),
                       (ev.series_expr("USA", "CHN", dyad_months=True), gdelt.dyad_month_paths(store, files))):
        got = ev.run(expr, over)
        assert int(got["total_events"].sum()) == len(ids)  # July 2016: every event once
        usa_chn = sum(1 for r in rows if (r[7], r[17]) == ("USA", "CHN")) + sum(
            1 for r in extra if (r[7], r[17]) == ("USA", "CHN"))
        assert int(got["events"].sum()) == usa_chn
