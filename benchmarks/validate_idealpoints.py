"""Validation: amity's dynamic ordinal ideal points against the published Bailey–Strezhnev–Voeten estimates.

Fits amity's estimator (:func:`amity.indicators.votes.ideal_points_from_votes`, default parameters) to the
real unvotes files 1946–2019 (``../shared/data/unga`` or ``$AMITY_SHARED_DATA/unga``) and compares the
state-session estimates with BSV's July 2023 release (``IdealpointestimatesAll_Jul2023.csv``, estimated on
all roll calls) on the cells both have:

* pooled Pearson r over all state-sessions (goal ≥ 0.95);
* each permanent member's and India's trajectory r over its sessions (goal ≥ 0.85 each);
* the median within-session r and the median trajectory r over all states with 10+ sessions;
* the uncertainty: the median ratio of amity's posterior sd (mapped onto BSV's scale by the pooled
  linear fit) to BSV's (q95 − q5) / 3.29, and the share of BSV's point estimates inside amity's mapped
  90% interval;
* the whole fit's wall time (goal < 60 s on 2 cores).

The defaults were chosen on these same data (there is no held-out set). ``--evolution-sd W`` fits the
two-sided random walk with sd W instead of BSV's lagged prior, ``--steps N`` runs N EM steps instead of the
default, ``--trace K`` also prints the figures every K steps of one longer fit (how they move as the EM runs).

    python benchmarks/validate_idealpoints.py [--evolution-sd 0.75] [--steps 200] [--trace 50] [--csv out.csv]

Prints the figures (they go in docs/un.md) and exits non-zero if a goal is missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

from amity.indicators import idealpoints as ip
from amity.indicators import votes
from amity.indicators.idealpoints import EM_STEPS, EVOLUTION_SD
from amity.sources import idealpoints, unga

SHARED = Path(os.environ.get("AMITY_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
GOAL_POOLED, GOAL_TRAJ, GOAL_S = 0.95, 0.85, 60.0
P5 = {2: "USA", 200: "GBR", 220: "FRA", 365: "RUS", 710: "CHN", 750: "IND"}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--evolution-sd", type=float, default=EVOLUTION_SD,
                    help="sd per session of a two-sided random walk (default: BSV's lagged prior)")
    ap.add_argument("--steps", type=int, default=EM_STEPS, help="EM steps")
    ap.add_argument("--trace", type=int, default=0, help="print the figures every N steps of one fit of --steps steps")
    ap.add_argument("--csv", type=Path, default=None, help="write the merged state-session table here")
    args = ap.parse_args(argv)
    d = SHARED / "unga"
    need = [d / "un_votes.rda", d / "un_roll_calls.rda", d / "un_roll_call_issues.rda",
            d / "IdealpointestimatesAll_Jul2023.csv"]
    if not all(f.is_file() for f in need):
        print(f"real data not found under {d} (set AMITY_SHARED_DATA); nothing to validate")
        return 0
    tables, _, _ = unga.read_files(need[:3])
    v = tables["unga_votes"]
    v = v[(v["vote"] <= 3) & v["cow"].notna()][["rcid", "cow", "vote"]]
    rc = tables["unga_rollcalls"][["rcid", "session", "year", "descr", "amend", "para"]].dropna(subset=["session"])
    v = v[v["rcid"].isin(rc["rcid"])]
    bt, _, _ = idealpoints.read_with_notes(need[3])
    bsv = bt["bsv_idealpoints"]
    if args.trace:
        return _trace(v, rc, bsv, args)
    t, cpu = time.perf_counter(), time.process_time()
    ours = _fit(v, rc, args.evolution_sd, args.steps)
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    bsv = bsv.assign(theta=bsv["value"], bsv_sd=(bsv["q95"] - bsv["q05"]) / 3.29)
    m = ours.merge(bsv[["cow", "session", "theta", "bsv_sd", "q05", "q95"]], on=["cow", "session"],
                   suffixes=("", "_bsv")).dropna(subset=["theta", "theta_bsv"])
    stats = votes.compare_ideal_points(ours, bsv)
    slope, icpt = np.polyfit(m["theta"], m["theta_bsv"], 1)
    mapped_sd = m["se"] * abs(slope)
    lo, hi = icpt + slope * m["lo"], icpt + slope * m["hi"]
    inside = ((m["theta_bsv"] >= np.minimum(lo, hi)) & (m["theta_bsv"] <= np.maximum(lo, hi))).mean()
    used = rc[ip.scaling_rollcalls(rc)]
    n_used = int(v["rcid"].isin(used["rcid"]).sum())
    print(f"data: {len(v):,} votes, {rc['rcid'].nunique():,} roll calls, sessions {int(rc['session'].min())}-"
          f"{int(rc['session'].max())}; used: {n_used:,} votes, {len(used):,} roll calls; BSV release Jul 2023; "
          f"{len(m):,} state-sessions in both")
    dyn = "BSV's lagged prior" if args.evolution_sd is None else f"two-sided random walk, sd {args.evolution_sd}"
    print(f"fit: {secs:.1f} s wall, {cpu:.1f} s CPU (goal < {GOAL_S:.0f} s; the wall time counts other load on "
          f"the machine); {dyn}, {args.steps} EM steps")
    print(f"pooled r: {stats['pooled_r']:.3f} (goal >= {GOAL_POOLED})")
    print(f"median within-session r: {stats['session_r']:.3f}; median trajectory r (states with 10+ sessions): "
          f"{stats['trajectory_r']:.3f}")
    ok = stats["pooled_r"] >= GOAL_POOLED and secs < GOAL_S
    for cow, code in P5.items():
        s = m[m["cow"] == cow]
        r = float(np.corrcoef(s["theta"], s["theta_bsv"])[0, 1])
        hit = r >= GOAL_TRAJ
        ok &= hit
        print(f"trajectory r {code}: {r:.3f} over {len(s)} sessions (goal >= {GOAL_TRAJ}){'' if hit else '  MISSED'}")
    print(f"uncertainty: median sd ratio amity/BSV {float((mapped_sd / m['bsv_sd']).median()):.2f}; BSV point "
          f"inside amity's 90% interval (mapped): {inside:.0%}")
    if args.csv:
        m.to_csv(args.csv, index=False)
    print("goals met" if ok else "GOAL MISSED")
    return 0 if ok else 1


def _fit(v, rc, evolution_sd, steps):
    """amity's estimator as the package runs it, with the dynamics and the number of EM steps given."""
    return votes.ideal_points_from_votes(v, rc, n_boot=0, evolution_sd=evolution_sd, max_iter=steps)


def _trace(v, rc, bsv, args) -> int:
    """The figures every ``args.trace`` steps: one fit per checkpoint, each from the same start."""
    for steps in range(args.trace, args.steps + 1, args.trace):
        ours = _fit(v, rc, args.evolution_sd, steps)
        stats = votes.compare_ideal_points(ours, bsv.assign(theta=bsv["value"]))
        m = ours.merge(bsv.assign(theta=bsv["value"])[["cow", "session", "theta"]], on=["cow", "session"],
                       suffixes=("", "_bsv")).dropna(subset=["theta", "theta_bsv"])
        traj = " ".join(f"{code} {np.corrcoef(s['theta'], s['theta_bsv'])[0, 1]:.3f}"
                        for cow, code in P5.items() for s in [m[m["cow"] == cow]])
        print(f"{steps} steps: pooled {stats['pooled_r']:.3f}; {traj}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
