"""Crash and concurrency safety of imports, on the real files in ../shared/data.

    python benchmarks/bench_crash.py [--trials 3] [--load-seconds 20] [--only sipri,unga,...]

1. **kill -9 during each importer.** For each scenario (SIPRI register, UNGA votes with the ideal-point
   fit that follows, a three-file GDELT import, milex, WDI, NMC) a reference run times the import on a
   store already holding another dataset; then ``--trials`` runs are killed with SIGKILL at spread-out
   moments of that time (UNGA: as many again during the fit, after the votes were committed). After
   each kill: the store opens (writable, so its checksums are read), the earlier dataset is intact, the
   re-run of the same command exits 0, and the store then holds exactly the reference tables (and, for
   UNGA, the cached ideal-point fit the reference run made).
2. **Import while the server answers a steady load.** ``amity serve`` (loopback only) answers two
   clients in a loop for ``--load-seconds``; an import runs in the middle. Goal: the import exits 0, and
   every answer is 200 or a 503 with Retry-After (never 400 or another 5xx).

Prints one line per check and a summary; exits non-zero if a check fails. Skips (exit 0) without the
shared data.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("AMITY_SHARED_DATA", HERE.parents[1] / "shared" / "data"))
AMITY = [sys.executable, "-c", "from amity.cli import main; main()"]

SCENARIOS: dict[str, tuple[str, list[str]]] = {
    "sipri": ("sipri", ["sipri/trade-register-2025-03.csv"]),
    "unga": ("unga", ["unga/un_votes.rda", "unga/un_roll_calls.rda", "unga/un_roll_call_issues.rda"]),
    "gdelt": ("gdelt", ["gdelt/bigquery-export-usa-chn-2018.csv", "gdelt/CSV.header.fieldids.csv",
                        "gdelt/1982.csv", "gdelt/20160728.export.CSV"]),
    "milex": ("milex", ["sipri/SIPRI-Milex-data-1948-2023.xlsx"]),
    "wdi": ("wdi", ["wdi/API_NY.GDP.MKTP.KD_DS2_en_csv_v2_3630701.zip"]),
    "nmc": ("nmc", ["cow/NMC-60-abridged.csv"]),
}
#: the dataset already in the store when a scenario runs (the NMC scenario uses WDI)
BASE = ("nmc", "cow/NMC-60-abridged.csv")


def run(args: list[str], home: Path, **kw: object) -> subprocess.CompletedProcess:
    env = dict(os.environ, AMITY_HOME=str(home))
    return subprocess.run([*AMITY, *args], env=env, capture_output=True, text=True, **kw)


def tables(home: Path) -> dict[str, int]:
    """Row counts of every fact table, rows of every source, and the event Parquet files beside the store."""
    out = run(["data", "status", "--json"], home)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    info = json.loads(out.stdout)
    got = dict(info["tables"])
    got.update({f"source {s['id']}": s["rows"] for s in info["sources"]})
    events = home / "gdelt" / "events"
    if events.is_dir():
        got["event files"] = len(list(events.rglob("*.parquet")))
    return got


def opens_writable(home: Path) -> str:
    """'' if the store opens writable (every block read: checksums checked), else the error."""
    code = ("import sys; from amity.store import Store; from amity.errors import AmityError\n"
            "try:\n  Store(sys.argv[1]).close()\nexcept AmityError as e:\n  print(e); sys.exit(2)")
    r = subprocess.run([sys.executable, "-c", code, str(home / "amity.duckdb")], capture_output=True, text=True)
    return "" if r.returncode == 0 else (r.stdout.strip() or r.stderr.strip()[-300:])


def fits(home: Path) -> int:
    return len(list((home / "cache").glob("ideal-points-*.parquet"))) if (home / "cache").is_dir() else 0


def base_store(work: Path, name: str, base: tuple[str, str]) -> Path:
    home = work / name
    if home.exists():
        shutil.rmtree(home)
    r = run(["data", "import", base[0], str(DATA / base[1])], home)
    if r.returncode != 0:
        raise RuntimeError(f"base import failed: {r.stderr.strip()}")
    return home


def kill_trials(scenario: str, trials: int, work: Path, rng: random.Random) -> list[str]:
    kind, files = SCENARIOS[scenario]
    base = ("wdi", "wdi/API_NY.GDP.MKTP.KD_DS2_en_csv_v2_3630701.zip") if scenario == "nmc" else BASE
    paths = [str(DATA / f) for f in files]
    ref = base_store(work, f"{scenario}-ref", base)
    before = tables(ref)
    t0 = time.monotonic()
    r = run(["data", "import", kind, *paths], ref)
    took = time.monotonic() - t0
    if r.returncode != 0:
        return [f"FAIL {scenario}: reference import exited {r.returncode}: {r.stderr.strip()[-300:]}"]
    want, want_fit = tables(ref), fits(ref)
    rows = sum(v for k, v in want.items() if k.startswith("source ")) - sum(
        v for k, v in before.items() if k.startswith("source "))
    lines = [f"{scenario}: reference import {took:.1f} s, {rows:,} rows"]
    fit_trials = trials if scenario == "unga" else 0
    for i in range(trials + fit_trials):
        home = base_store(work, f"{scenario}-kill", base)
        env = dict(os.environ, AMITY_HOME=str(home))
        proc = subprocess.Popen([*AMITY, "data", "import", kind, *paths], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        if i < trials:
            delay = took * (0.1 + 0.85 * (i + rng.random()) / trials)
            threading.Thread(target=proc.communicate, daemon=True).start()  # drain stderr
            time.sleep(delay)
        else:  # UNGA: kill during the ideal-point fit, after the votes were committed ("imported ...")
            t0 = time.monotonic()
            assert proc.stderr is not None
            for text in proc.stderr:
                if text.startswith("imported"):
                    break
            delay = time.monotonic() - t0 + rng.uniform(1.0, 8.0)
            threading.Thread(target=proc.communicate, daemon=True).start()
            time.sleep(delay - (time.monotonic() - t0))
        finished = proc.poll() is not None
        if not finished:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        problems = []
        if err := opens_writable(home):
            problems.append(f"store does not open: {err}")
        else:
            now = tables(home)
            for t, n in before.items():
                if now.get(t) != n:
                    problems.append(f"earlier dataset changed: {t} {n} -> {now.get(t)}")
            t1 = time.monotonic()
            again = run(["data", "import", kind, *paths], home)
            took = min(took, time.monotonic() - t1)  # the machine's load varies: aim kills at the faster run
            if again.returncode != 0:
                problems.append(f"re-run exited {again.returncode}: {again.stderr.strip()[-200:]}")
            elif tables(home) != want:
                problems.append(f"tables after the re-run differ from the reference: {tables(home)} != {want}")
            elif fits(home) != want_fit:
                problems.append(f"ideal-point fit not redone ({fits(home)} cached, reference {want_fit})")
        phase = " (during the ideal-point fit)" if i >= trials else ""
        what = "finished before the kill" if finished else f"killed at {delay:.1f} s{phase}"
        lines.append(("FAIL " if problems else "ok   ") + f"{scenario} trial {i + 1}: {what}"
                     + (": " + "; ".join(problems) if problems else ": store opens, earlier data intact, "
                        "re-run gives the reference tables"))
    return lines


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def import_under_load(seconds: float, work: Path) -> list[str]:
    import httpx

    home = base_store(work, "serve", BASE)
    port = free_port()
    env = dict(os.environ, AMITY_HOME=str(home))
    server = subprocess.Popen([*AMITY, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "/api/status", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            return ["FAIL serve: the server did not start"]
        codes: Counter = Counter()
        bad: list[str] = []
        lat: list[float] = []
        stop = threading.Event()
        urls = ["/api/status", "/api/sources", "/api/dyads/CHN/RUS", "/data",
                "/api/dyads/CHN/RUS/indicators/cinc_ratio", "/api/dyads/CHN/RUS/indicators/gdp_ratio"]

        def client(k: int) -> None:
            with httpx.Client(base_url=base, timeout=60) as c:
                i = k
                while not stop.is_set():
                    url = urls[i % len(urls)]
                    i += 1
                    t = time.monotonic()
                    try:
                        resp = c.get(url)
                    except httpx.HTTPError as exc:
                        codes["error"] += 1
                        bad.append(f"{url}: {type(exc).__name__}")
                        continue
                    lat.append(time.monotonic() - t)
                    codes[resp.status_code] += 1
                    if resp.status_code != 200 and not (resp.status_code == 503 and "retry-after" in resp.headers):
                        bad.append(f"{url}: {resp.status_code} {resp.text[:120]!r}")

        threads = [threading.Thread(target=client, args=(k,)) for k in range(2)]
        for t in threads:
            t.start()
        time.sleep(seconds / 3)
        t0 = time.monotonic()
        imp = run(["data", "import", "wdi", str(DATA / "wdi/API_NY.GDP.MKTP.KD_DS2_en_csv_v2_3630701.zip")], home)
        took = time.monotonic() - t0
        time.sleep(max(0.0, seconds - seconds / 3 - took))
        stop.set()
        for t in threads:
            t.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    lat.sort()

    def p(q: float) -> float:
        return lat[min(len(lat) - 1, int(q * len(lat)))] if lat else float("nan")

    lines = [f"serve: {sum(codes.values()):,} requests in {seconds:.0f} s, answers {dict(codes)}, latency median "
             f"{p(0.5) * 1000:.0f} ms, p95 {p(0.95) * 1000:.0f} ms; the import took {took:.1f} s"]
    ok = imp.returncode == 0 and not bad
    lines.append(("ok   " if ok else "FAIL ") + f"import during load exited {imp.returncode}"
                 + (f" ({imp.stderr.strip()[-200:]})" if imp.returncode else "")
                 + (f"; bad answers: {bad[:3]}" if bad else "; every answer 200 or 503 with Retry-After"))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=3)
    ap.add_argument("--load-seconds", type=float, default=20.0)
    ap.add_argument("--only", default="", help="comma-separated scenarios (and/or 'serve')")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if not DATA.is_dir():
        print(f"skipped: real datasets not found at {DATA} (set AMITY_SHARED_DATA)")
        return 0
    only = [s for s in a.only.split(",") if s] or [*SCENARIOS, "serve"]
    rng = random.Random(a.seed)
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="amity-crash-") as tmp:
        work = Path(tmp)
        for s in only:
            got = import_under_load(a.load_seconds, work) if s == "serve" else kill_trials(s, a.trials, work, rng)
            for line in got:
                print(line, flush=True)
            lines += got
    failed = [x for x in lines if x.startswith("FAIL")]
    kills = [x for x in lines if " trial " in x]
    print(f"summary: {len(kills)} kill -9 trials, {len(failed)} failed checks")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
