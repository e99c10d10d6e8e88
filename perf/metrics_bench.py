"""Cost of each audio metric per clip pair, and of JTFS, the one we left out.

    python perf/metrics_bench.py                                   # synthetic notes
    python perf/metrics_bench.py --dataset /tmp/ss-datasets/noisemaker-v2 --clips 64

Each metric of ``benchmark.metrics`` (scope ``audio``) is timed alone on a fresh
:class:`~benchmark.metrics.ClipPair` (so it pays for its own spectra or pitch
tracks), on ``--clips`` pairs of 0.9 s clips at 22,050 Hz in one batch (clip ``k``
against clip ``k + 1``), best of ``--repeat``; then all of them together, as the
scorer runs them (spectra and pitch shared). Printed as a Markdown table in ms per
pair. Then the wavelet scattering of ``kymatio`` (JTFS, if the installed kymatio has
``TimeFrequencyScattering``; its first stage, ``Scattering1D`` with the timbremetrics
settings J = 12, Q = (8, 2), otherwise, a lower bound of JTFS's cost).
The load average is printed: numbers are comparable only on an idle machine.
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

SR, N = 22050, 19845


def synthetic(n: int, seed: int = 0) -> np.ndarray:
    """``n`` harmonic notes (random f0, decay, brightness) with a little noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(N) / SR
    out = []
    for _ in range(n):
        f0 = 110 * 2 ** rng.uniform(0, 3)
        k = np.arange(1, 11)[:, None]
        partials = (rng.uniform(0.2, 1.0, (10, 1)) / k ** rng.uniform(0.5, 2)
                    * np.sin(2 * np.pi * f0 * k * t)).sum(0)
        env = np.exp(-t * rng.uniform(0.5, 6)) * np.minimum(t / 0.01, 1)
        x = partials * env + 0.01 * rng.standard_normal(N)
        out.append(0.5 * x / np.abs(x).max())
    return np.asarray(out, np.float32)


def from_dataset(folder: str, n: int) -> np.ndarray:
    from benchmark.task import load_task

    task = load_task(folder, progress=False)
    return task.audio(task.split_ids("test")[: n + 1])


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dataset", help="take the clips from this dataset's test split")
    p.add_argument("--clips", type=int, default=32, help="clip pairs per batch (default 32)")
    p.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    p.add_argument("--no-jtfs", action="store_true", help="skip the scattering measurement")
    args = p.parse_args()

    from benchmark.metrics import AUDIO_METRICS, METRICS, AudioDistances, ClipPair

    clips = from_dataset(args.dataset, args.clips) if args.dataset else synthetic(args.clips + 1)
    target, pred = clips[: args.clips], clips[1: args.clips + 1]
    n = len(target)
    dist = AudioDistances(SR)
    dist(target[:2], pred[:2])  # load PESTO, build filters
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"{n} pairs of {N / SR:.2f} s clips at {SR} Hz "
          f"({'test split of ' + args.dataset if args.dataset else 'synthetic notes'})\n")
    print("| metric | ms per clip pair |")
    print("|---|---:|")
    for m in AUDIO_METRICS:
        s = best_of(lambda m=m: METRICS[m].compute(ClipPair(dist, target, pred)), args.repeat)
        print(f"| `{m}` | {1000 * s / n:.1f} |", flush=True)
    s = best_of(lambda: dist(target, pred), args.repeat)
    print(f"| all together (shared spectra and pitch) | {1000 * s / n:.1f} |")
    if not args.no_jtfs:
        jtfs(clips[: min(n, 8)], args.repeat)
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def jtfs(x: np.ndarray, repeat: int) -> None:
    try:
        import kymatio
    except ImportError:
        print("\nkymatio is not installed: no scattering measurement")
        return
    try:
        from kymatio.numpy import TimeFrequencyScattering  # kymatio >= 0.4 (unreleased)

        make, what = (lambda: TimeFrequencyScattering(shape=(N,), J=12, Q=(8, 2), J_fr=3,
                                                      Q_fr=2, format="time")), "JTFS"
    except ImportError:
        from kymatio.scattering1d.frontend.numpy_frontend import ScatteringNumPy1D

        make, what = (lambda: ScatteringNumPy1D(J=12, shape=(N,), Q=(8, 2))), \
            "Scattering1D (JTFS's first stage; no TimeFrequencyScattering in this kymatio)"
    t0 = time.perf_counter()
    s = make()
    built = time.perf_counter() - t0
    secs = best_of(lambda: s(x), repeat)
    print(f"\nkymatio {kymatio.__version__} {what}, J=12, Q=(8, 2): "
          f"{1000 * secs / len(x):.0f} ms per clip ({2000 * secs / len(x):.0f} ms per pair), "
          f"filters built in {built:.1f} s")


if __name__ == "__main__":
    main()
