"""Our render job against torchsynth's steady state, on the same cores.

    pip install --no-deps torchsynth==1.0.2      # into the env with this project's torch
    python perf/torchsynth_compare.py                 # N = 20,000, 2 workers, 3 rounds
    python perf/torchsynth_compare.py --n 4000 --repeats 1

Interleaves ``--repeats`` rounds of the two, each in its own process, and prints
each round and the median ratio:

- ours, end to end: the whole ``python -m generators.render --n N --workers W``
  command (noisemaker by default: start-up, drawing, rendering, FLAC-encoding and
  writing N clips of 0.9 s at 22,050 Hz into Parquet, and the dataset card), wall time;
- torchsynth, steady state: its ``Voice`` rendering N clips of the same length and
  rate in batches of 128 with ``torch.set_num_threads(W)``, audio kept in memory and
  nothing written; the import, the synth's construction and one warm-up batch are not
  timed.

A ratio above 1 means ours delivered more clips per second. Each side's CPU time a
clip is printed too (ours over all the command's processes, theirs over its threads):
on a loaded machine a multi-threaded torch wastes wall time waiting for its threads,
so the CPU ratio is the fairer one there (use ``--workers 1`` for both to compare
without threads). torchsynth 1.0.2
predates setuptools without ``pkg_resources`` and Lightning 2 (``pytorch_lightning.core.
lightning``): the child process gives it both names before importing it, nothing else.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TORCHSYNTH = """
import importlib.resources, math, sys, time, types
sys.modules["pkg_resources"] = types.SimpleNamespace(resource_string=lambda mod, name:
    importlib.resources.files(mod.rpartition(".")[0]).joinpath(name).read_bytes())
import pytorch_lightning
shim = types.ModuleType("pytorch_lightning.core.lightning")
shim.LightningModule = pytorch_lightning.LightningModule
sys.modules["pytorch_lightning.core.lightning"] = shim
import torch
from torchsynth.config import SynthConfig
from torchsynth.synth import Voice
torch.set_num_threads({workers})
config = SynthConfig(batch_size=128, sample_rate=22050, buffer_size_seconds=0.9,
                     reproducible=False, no_grad=True)
voice = Voice(config)
voice(0)  # warm-up, not timed
batches = math.ceil({n} / 128)
t0, c0 = time.perf_counter(), time.process_time()
for b in range(1, batches + 1):
    audio = voice(b)[0]
dt, cpu = time.perf_counter() - t0, time.process_time() - c0
assert audio.shape[-1] == round(0.9 * 22050), audio.shape
print(batches * 128 / dt, 1000 * cpu / (batches * 128))
"""


def _children_cpu() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def ours(n: int, workers: int, instrument: str) -> tuple[float, float]:
    """(clips/s, CPU ms a clip over all its processes) of the whole render command
    (start-up included)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "generators.render", "--n", str(n), "--instrument", instrument,
               "--workers", str(workers), "--out", str(Path(tmp) / "ds"), "--no-progress"]
        t0, c0 = time.perf_counter(), _children_cpu()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        dt, cpu = time.perf_counter() - t0, _children_cpu() - c0
    if proc.returncode != 0:
        sys.exit(f"error: our render failed: {proc.stderr.strip()[-500:]}")
    return n / dt, 1000 * cpu / n


def theirs(n: int, workers: int) -> tuple[float, float]:
    """torchsynth's steady (clips/s, CPU ms a clip over its threads); import and warm-up
    not timed."""
    proc = subprocess.run([sys.executable, "-c", TORCHSYNTH.format(n=n, workers=workers)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"error: torchsynth failed: {proc.stderr.strip()[-500:]}")
    rate, cpu = proc.stdout.strip().splitlines()[-1].split()
    return float(rate), float(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="clips (default 20,000)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes / torch threads (2)")
    ap.add_argument("--instrument", default="noisemaker", help="our instrument (noisemaker)")
    ap.add_argument("--repeats", type=int, default=3, help="interleaved rounds (3)")
    args = ap.parse_args()
    check = subprocess.run([sys.executable, "-c", "import torchsynth"], capture_output=True)
    if check.returncode != 0:
        print("error: torchsynth is not installed (pip install --no-deps torchsynth==1.0.2)",
              file=sys.stderr)
        sys.exit(2)
    ratios, cpu_ratios = [], []
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    for k in range(args.repeats):
        a, a_cpu = ours(args.n, args.workers, args.instrument)
        b, b_cpu = theirs(args.n, args.workers)
        ratios.append(a / b)
        cpu_ratios.append(b_cpu / a_cpu)
        print(f"round {k + 1}: ours {a:.0f} clips/s end to end ({a_cpu:.2f} CPU ms a clip), "
              f"torchsynth {b:.0f} clips/s steady ({b_cpu:.2f} CPU ms a clip): {a / b:.2f}x "
              f"by wall time, {b_cpu / a_cpu:.2f}x by CPU (load {os.getloadavg()[0]:.2f})",
              flush=True)
    print(f"median of {args.repeats}: ours at {statistics.median(ratios):.2f}x torchsynth's "
          f"speed (N = {args.n}, {args.workers} workers / threads, {args.instrument}, FLAC); "
          f"{statistics.median(cpu_ratios):.2f}x less CPU a clip")


if __name__ == "__main__":
    main()
