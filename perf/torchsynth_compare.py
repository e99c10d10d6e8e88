"""Our render job against torchsynth, start-up included, on the same cores.

    pip install --no-deps torchsynth==1.0.2      # into a venv with this project's torch
    python perf/torchsynth_compare.py --n 4000 --workers 2

Times two whole processes, interleaved ``--repeats`` times, and prints the
best wall time of each and their ratio:

- ``python -m generators.render --n N --workers W`` (noisemaker by default:
  draw, render, FLAC-encode and write N clips of 0.9 s at 22,050 Hz);
- torchsynth's ``Voice`` rendering the same number of clips of the same
  length and rate in batches of 128 with ``torch.set_num_threads(W)`` (audio
  kept in memory, nothing written).

A ratio above 1 means our job finished first.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TORCHSYNTH = """
import math, sys, torch
from torchsynth.config import SynthConfig
from torchsynth.synth import Voice
torch.set_num_threads({workers})
config = SynthConfig(batch_size=128, sample_rate=22050, buffer_size_seconds=0.9,
                     reproducible=False, no_grad=True)
voice = Voice(config)
for b in range(math.ceil({n} / 128)):
    audio = voice(b)[0]
assert audio.shape[-1] == round(0.9 * 22050), audio.shape
"""


def wall(cmd: list[str]) -> float:
    """Seconds the command took (it must succeed)."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"error: {' '.join(cmd[:4])}... failed: {proc.stderr.strip()[-500:]}")
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=4000, help="clips (default 4000)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes / torch threads (2)")
    ap.add_argument("--instrument", default="noisemaker", help="our instrument (noisemaker)")
    ap.add_argument("--repeats", type=int, default=3, help="interleaved runs of each (3)")
    args = ap.parse_args()
    check = subprocess.run([sys.executable, "-c", "import torchsynth"], capture_output=True)
    if check.returncode != 0:
        print("error: torchsynth is not installed (pip install --no-deps torchsynth==1.0.2)",
              file=sys.stderr)
        sys.exit(2)
    ours, theirs = [], []
    for k in range(args.repeats):
        with tempfile.TemporaryDirectory() as tmp:
            ours.append(wall([sys.executable, "-m", "generators.render", "--n", str(args.n),
                              "--instrument", args.instrument, "--workers", str(args.workers),
                              "--out", str(Path(tmp) / "ds"), "--no-progress"]))
        theirs.append(wall([sys.executable, "-c",
                            TORCHSYNTH.format(n=args.n, workers=args.workers)]))
        print(f"run {k + 1}: ours {ours[-1]:.1f} s, torchsynth {theirs[-1]:.1f} s", flush=True)
    a, b = min(ours), min(theirs)
    print(f"best of {args.repeats}: ours {a:.1f} s ({args.n / a:.0f} clips/s), torchsynth "
          f"{b:.1f} s ({args.n / b:.0f} clips/s): ours at {b / a:.2f}x torchsynth's speed")


if __name__ == "__main__":
    main()
