"""Kill soak: SIGKILL a render at random moments, finish it, compare with an uninterrupted run.

    python perf/kill_soak.py                          # 20 kills, noisemaker, 2 workers
    python perf/kill_soak.py --kills 5 --n 600 --shard-size 50

Renders the dataset once without interruption (the reference), then starts the
same render into another folder and SIGKILLs it at a random moment (during
start-up, or after a random number of new shards, mostly mid-shard), again
and again: even kills hit the whole process group (as a power cut does), odd
ones the main process alone (as the OOM killer or ``kill -9 PID`` does). After
every kill each process of the render must be gone within
:data:`ORPHAN_LIMIT_S` seconds. Then the render is run to the end, and the
folder must equal the reference: the same files (no stray temp file), every
Parquet file byte-identical (so every row and column), ids ``0 .. n-1`` each
once. Exit code 0 when all holds, 1 otherwise. Prints one line per kill and a
summary (also as JSON with ``--json``).

Renders run with ``python -m generators.render`` in their own session, so
each one's process group is its pid; processes are found through ``/proc``
(Linux).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from generators.core.lifeline import group_members  # noqa: E402 (after the path is set)

ORPHAN_LIMIT_S = 5.0
"""Every process of a killed render must be gone within this many seconds."""


# ------------------------------------------------------------------ processes
def cmdline(pid: int) -> str:
    """The command line of ``pid`` (first 120 characters), ``?`` if gone."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:120]
    except OSError:
        return "?"


def wait_gone(pgid: int, timeout: float = ORPHAN_LIMIT_S) -> float:
    """Seconds until process group ``pgid`` has no live process.

    Raises:
        AssertionError: naming the survivors, after ``timeout`` seconds.
    """
    t0 = time.monotonic()
    while True:
        left = group_members(pgid)
        if not left:
            return time.monotonic() - t0
        if time.monotonic() - t0 > timeout:
            raise AssertionError(f"still alive {timeout:.0f} s after the kill: "
                                 + "; ".join(f"{p} {cmdline(p)}" for p in left))
        time.sleep(0.02)


def start_render(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    """``python -m generators.render --no-progress ARGS`` in its own session (pgid = pid)."""
    return subprocess.Popen(
        [sys.executable, "-m", "generators.render", "--no-progress", *args],
        cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=env if env is not None else os.environ | {"PYTHONPATH": str(ROOT)})


def kill(proc: subprocess.Popen, whole_group: bool) -> None:
    """SIGKILL the render's process group (a power cut) or its main process alone."""
    if whole_group:
        os.killpg(proc.pid, signal.SIGKILL)
    else:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def kill_group(pgid: int) -> None:
    """SIGKILL what is left of process group ``pgid`` (no error if nothing is)."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# ------------------------------------------------------------------ soak
@dataclass
class Kill:
    """One kill: how, when, what was on disk, how long the rest lived."""

    how: str
    phase: str
    """``start-up`` (before the run's first new shard) or ``rendering``."""
    after_s: float
    shards_before: int
    temp_files_before: int
    gone_s: float


@dataclass
class SoakResult:
    """What :func:`soak` found (``ok`` when every check holds)."""

    n: int
    kills: list[Kill] = field(default_factory=list)
    finished_early: int = 0
    reference_s: float = 0.0
    final_s: float = 0.0
    files: int = 0
    stray_files: list[str] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)
    different_files: list[str] = field(default_factory=list)
    duplicate_ids: int = 0
    ids_complete: bool = False
    survivors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.stray_files and not self.missing_files and not self.different_files
                and not self.duplicate_ids and self.ids_complete and not self.survivors)

    def summary(self) -> str:
        gone = [k.gone_s for k in self.kills]
        mid = sum(k.phase == "rendering" for k in self.kills)
        return (f"{len(self.kills)} kills ({sum(k.how == 'group' for k in self.kills)} process "
                f"group, {sum(k.how == 'parent' for k in self.kills)} parent only; {mid} while "
                f"rendering, {len(self.kills) - mid} during start-up), {self.finished_early} "
                f"runs finished before their "
                f"kill; processes gone after a kill in max {max(gone, default=0):.2f} s "
                f"(mean {sum(gone) / max(1, len(gone)):.2f} s); reference {self.reference_s:.1f} "
                f"s, final resume {self.final_s:.1f} s; {self.files} files: "
                f"{len(self.different_files)} differ, {len(self.stray_files)} stray, "
                f"{len(self.missing_files)} missing; duplicate ids {self.duplicate_ids}, "
                f"ids 0-{self.n - 1} complete: {self.ids_complete}; surviving processes "
                f"{len(self.survivors)} -> {'OK' if self.ok else 'FAILED'}")


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones included), by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def shard_files(out: Path) -> int:
    """Finished shards in ``out/data``."""
    return len(list((out / "data").glob("*.parquet"))) if (out / "data").is_dir() else 0


def temp_files(out: Path) -> int:
    """Shards being written (temp files) in ``out/data``."""
    return len(list((out / "data").glob(".*.tmp-*"))) if (out / "data").is_dir() else 0


def run_to_end(args: list[str], out: Path) -> tuple[float, float]:
    """Run the render into ``out`` to the end: (seconds taken, seconds until its first
    shard appeared); raises on a failed run."""
    t0 = time.perf_counter()
    first = 0.0
    proc = start_render([*args, "--out", str(out)])
    while proc.poll() is None:
        if not first and shard_files(out):
            first = time.perf_counter() - t0
        time.sleep(0.02)
    if proc.returncode != 0:
        raise RuntimeError(f"render {' '.join(args)} exited with {proc.returncode}")
    total = time.perf_counter() - t0
    return total, first or total


def wait_for_shards(proc: subprocess.Popen, out: Path, count: int) -> bool:
    """Wait until ``out`` holds ``count`` shards; False if the render ended first."""
    while shard_files(out) < count:
        if proc.poll() is not None:
            return False
        time.sleep(0.02)
    return True


def soak(work: Path, kills: int = 20, n: int = 6000, workers: int = 2, shard_size: int = 100,
         instrument: str = "noisemaker", seed: int = 0, rng_seed: int = 0,
         log=print) -> SoakResult:
    """Run the soak in folder ``work`` (see the module docstring).

    Each kill's moment is drawn so that kills land in every phase of a run:
    with probability 1/3 during start-up (a uniform time before the reference
    run's first shard), else after 1 to ``M`` new shards plus a uniform part
    of one shard's time (``M`` spreads the dataset's shards over the kills),
    i.e. mostly while a shard is being written.

    Args:
        kills: SIGKILLs to deliver (a run that finishes before its kill is
            counted in ``finished_early`` and the next run starts).
        rng_seed: seed of the kill moments.
    """
    args = ["--instrument", instrument, "--n", str(n), "--seed", str(seed), "--workers",
            str(workers), "--shard-size", str(shard_size)]
    result = SoakResult(n=n)
    ref, out = work / "reference", work / "soak"
    result.reference_s, startup = run_to_end(args, ref)
    n_shards = shard_files(ref)
    shard_s = (result.reference_s - startup) * workers / max(1, n_shards)
    most = max(1, int(0.6 * n_shards / kills))
    log(f"reference: {n} clips, {n_shards} shards in {result.reference_s:.1f} s (first shard "
        f"after {startup:.1f} s, {shard_s:.2f} s per shard and worker)")
    rng = random.Random(rng_seed)
    pgids: list[int] = []
    attempts = 0
    while len(result.kills) < kills and attempts < 3 * kills:
        attempts += 1
        t0 = time.perf_counter()
        proc = start_render([*args, "--out", str(out)])
        pgids.append(proc.pid)
        phase = "start-up" if rng.random() < 1 / 3 else "rendering"
        if phase == "start-up":
            try:
                proc.wait(timeout=rng.uniform(0.1, startup))
            except subprocess.TimeoutExpired:
                pass
        elif wait_for_shards(proc, out, shard_files(out) + rng.randint(1, most)):
            time.sleep(rng.uniform(0, shard_s))
        if proc.poll() is not None:
            result.finished_early += 1
            log(f"run {attempts}: finished before its kill")
            continue
        shards, temps = shard_files(out), temp_files(out)
        how = "group" if len(result.kills) % 2 == 0 else "parent"
        after = time.perf_counter() - t0
        kill(proc, whole_group=how == "group")
        try:
            gone = wait_gone(proc.pid)
        except AssertionError as e:
            result.survivors.append(str(e))
            kill_group(proc.pid)
            gone = float("inf")
        result.kills.append(Kill(how, phase, after, shards, temps, gone))
        log(f"kill {len(result.kills):2d}: {how:6s} {phase:9s} after {after:5.2f} s, "
            f"{shards} shards, {temps} temp files on disk; all processes gone {gone:.2f} s later")
    result.final_s, _ = run_to_end(args, out)
    result.survivors += [f"{p} {cmdline(p)}" for g in pgids for p in group_members(g)]
    a, b = files_of(ref), files_of(out)
    result.files = len(a)
    result.stray_files = sorted(set(b) - set(a))
    result.missing_files = sorted(set(a) - set(b))
    result.different_files = sorted(k for k in set(a) & set(b) if a[k] != b[k])
    ids = [i for f in sorted(out.glob("data/*.parquet"))
           for i in pq.read_table(f, columns=["id"]).column("id").to_pylist()]
    result.duplicate_ids = len(ids) - len(set(ids))
    result.ids_complete = sorted(set(ids)) == list(range(n))
    log(result.summary())
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python perf/kill_soak.py", description=__doc__.split(
        "\n\n")[0])
    p.add_argument("--kills", type=int, default=20, help="SIGKILLs (default 20)")
    p.add_argument("--n", type=int, default=6000, help="clips (default 6000)")
    p.add_argument("--workers", type=int, default=2, help="render workers (default 2)")
    p.add_argument("--shard-size", type=int, default=100, help="clips per shard (default 100)")
    p.add_argument("--instrument", default="noisemaker", help="instrument (default noisemaker)")
    p.add_argument("--rng-seed", type=int, default=0, help="seed of the kill moments")
    p.add_argument("--work", type=Path, help="folder for the two datasets (default: a temp "
                   "folder, removed after)")
    p.add_argument("--json", action="store_true", help="print the result as JSON at the end")
    args = p.parse_args(argv)
    if args.kills < 1 or args.n < 1 or args.workers < 1 or args.shard_size < 1:
        print("error: --kills, --n, --workers and --shard-size must be >= 1", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kill-soak-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        r = soak(work, args.kills, args.n, args.workers, args.shard_size, args.instrument,
                 rng_seed=args.rng_seed, log=lambda line: print(line, flush=True))
    if args.json:
        print(json.dumps(asdict(r) | {"ok": r.ok}, indent=2))
    return 0 if r.ok else 1


if __name__ == "__main__":
    sys.exit(main())
