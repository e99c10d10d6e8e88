"""Start-up time of ``python -m generators.render --n 8`` (hyperfine-like): warm-up runs,
then ``--runs`` timed runs, each into a fresh folder; prints min / median / max wall
seconds and the machine's load average (the CPU is shared: read the minimum).

    python perf/startup_bench.py                      # the current code
    python perf/startup_bench.py --runs 20 -- --instrument moog --n 8
    python perf/startup_bench.py --importtime         # also: the slowest imports

Run with the checkout on ``PYTHONPATH`` (the command is run as a child process).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed_runs(args: list[str], runs: int, warmup: int = 2) -> list[float]:
    """Wall seconds of ``runs`` runs of ``python -m generators.render *args`` (after
    ``warmup`` untimed runs), each writing into its own new folder."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(warmup + runs):
            cmd = [sys.executable, "-m", "generators.render", *args, "--no-progress",
                   "--out", str(Path(tmp) / f"ds{k}")]
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            if k >= warmup:
                times.append(time.perf_counter() - t0)
    return times


def slowest_imports(args: list[str], top: int = 12) -> list[tuple[int, str]]:
    """(cumulative microseconds, module) of the ``top`` slowest top-level imports of
    one run (``python -X importtime``)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-X", "importtime", "-m", "generators.render", *args,
               "--no-progress", "--out", str(Path(tmp) / "ds")]
        err = subprocess.run(cmd, check=True, capture_output=True, text=True).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cum, name = line.split("|")
            if cum.strip().isdigit() and not name.startswith("   "):  # top level or one below
                rows.append((int(cum), name.rstrip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10, help="timed runs (default 10)")
    ap.add_argument("--importtime", action="store_true", help="also list the slowest imports")
    ap.add_argument("render_args", nargs="*", help="arguments of the render command "
                    "(after --; default: --n 8)")
    args = ap.parse_args()
    render_args = args.render_args or ["--n", "8"]
    load = os.getloadavg()[0]
    times = timed_runs(render_args, args.runs)
    print(f"python -m generators.render {' '.join(render_args)}: min {min(times):.3f} s, "
          f"median {statistics.median(times):.3f} s, max {max(times):.3f} s over {len(times)} "
          f"runs (load average {load:.2f} before, {os.getloadavg()[0]:.2f} after; "
          f"{os.cpu_count()} cores)")
    if args.importtime:
        for us, name in slowest_imports(render_args):
            print(f"  {us / 1e3:7.1f} ms  {name.strip()}")


if __name__ == "__main__":
    main()
