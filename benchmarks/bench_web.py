"""The web dashboard under load, on the embedded dossier and an empty store.

    python benchmarks/bench_web.py [--seconds 30] [--clients 50]

Goals: the dyad overview API answers in under 200 ms (median over repeated requests, after the first
one computed and cached the dyad); 50 concurrent clients on loopback for 30 s get no errors.
The server runs as its own process (uvicorn on 127.0.0.1); the clients are httpx async clients.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

import httpx

GOAL_MEDIAN_S = 0.200
MAX_REQUESTS = 500_000
URLS = ["/api/dyads/CHN/RUS", "/api/states?q=rus", "/api/dyads/CHN/RUS/indicators/exercises_per_year",
        "/api/dyads/China/Russia", "/dyad/CHN/RUS", "/api/sources", "/static/amity.js"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(home: str, port: int) -> subprocess.Popen:
    env = dict(os.environ, AMITY_HOME=home)
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "amity.web.app:create_app",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"], env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/states?q=chn", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def overview_latency(base: str, n: int = 30) -> tuple[float, float, list[float]]:
    """(first request, median of the next ``n``) seconds for the CHN–RUS overview."""
    with httpx.Client(base_url=base, timeout=60) as c:
        t0 = time.perf_counter()
        c.get("/api/dyads/CHN/RUS").raise_for_status()
        first = time.perf_counter() - t0
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            c.get("/api/dyads/CHN/RUS").raise_for_status()
            times.append(time.perf_counter() - t0)
    return first, statistics.median(times), times


async def load(base: str, clients: int, seconds: float) -> dict[str, object]:
    """``clients`` concurrent clients, each looping over URLS until ``seconds`` have passed."""
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    errors: list[str] = []
    count = 0

    async def one(i: int) -> None:
        nonlocal count
        async with httpx.AsyncClient(base_url=base, timeout=30) as c:
            k = i
            while time.monotonic() < deadline and count < MAX_REQUESTS:
                url = URLS[k % len(URLS)]
                k += 1
                t0 = time.perf_counter()
                try:
                    r = await c.get(url)
                    if r.status_code != 200:
                        errors.append(f"{url}: HTTP {r.status_code}")
                except httpx.HTTPError as exc:
                    errors.append(f"{url}: {type(exc).__name__}")
                latencies.append(time.perf_counter() - t0)
                count += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(clients)))
    wall = time.perf_counter() - t0
    lat = sorted(latencies)
    return {"requests": count, "errors": errors, "wall": wall,
            "p50": lat[len(lat) // 2] if lat else float("nan"),
            "p95": lat[int(len(lat) * 0.95)] if lat else float("nan")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=30.0, help="length of the load test (default 30)")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    args = ap.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        proc = start_server(os.path.join(tmp, "home"), port)
        base = f"http://127.0.0.1:{port}"
        try:
            first, med, _ = overview_latency(base)
            met = med < GOAL_MEDIAN_S
            ok &= met
            print(f"overview API CHN-RUS: first {first * 1000:.0f} ms (computes and caches the dyad), "
                  f"then median {med * 1000:.1f} ms over 30; goal < {GOAL_MEDIAN_S * 1000:.0f} ms: "
                  f"{'met' if met else 'MISSED'}")
            res = asyncio.run(load(base, args.clients, args.seconds))
            errs = res["errors"]
            ok &= not errs
            print(f"{args.clients} concurrent clients for {args.seconds:.0f} s: {res['requests']} requests "
                  f"({res['requests'] / res['wall']:.0f}/s), latency p50 {res['p50'] * 1000:.0f} ms, "
                  f"p95 {res['p95'] * 1000:.0f} ms, {len(errs)} errors; goal no errors: "
                  f"{'met' if not errs else 'MISSED'}")
            for e in sorted(set(errs))[:10]:
                print("  error:", e)
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
