"""Benchmark-harness performance: feature throughput and full scoring time.

    python perf/features_bench.py                        # renders a 10,000-clip set first
    python perf/features_bench.py --dataset datasets/noisemaker-v2

Prints, from one run on this machine:

* feature throughput (clips/s) of ``benchmark.features``: batched (2 threads,
  and 1), one clip at a time through the same code, and librosa called per
  clip (the reference), plus the time for every clip of the dataset; then the
  same, batched on 2 threads, for each other kind (``mfcc_delta``, ``cqt``,
  ``stft``), with ``librosa.cqt`` called per clip as the CQT's reference;
* the time of ``python -m benchmark.score`` on the dataset (a new process, as
  a user runs it) with the naive model's predictions of the test split,
  re-rendering ``--resynth`` of them in 2 processes and in 1, and its breakdown.

Targets: features of 10,000 clips <= 15 s on 2 cores; full scoring <= 60 s.
The load average before and after is printed: the numbers are only
comparable on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def render(out: Path, n: int) -> None:
    from generators.model.config import default_shard_size, RenderConfig
    from generators.instruments import get_instrument
    from generators.render.job import render_dataset

    config = RenderConfig(get_instrument("noisemaker"), n=n, seed=0, shard_size=default_shard_size(n))
    t0 = time.perf_counter()
    render_dataset(config, out, workers=2, progress=False)
    print(f"rendered {n} noisemaker clips into {out} in {time.perf_counter() - t0:.1f} s")


def librosa_rate(task, n: int) -> float:
    """clips/s of decode + librosa melspectrogram/mfcc per clip (the reference)."""
    import librosa

    ids = range(n)
    t0 = time.perf_counter()
    for i in ids:
        y = task.audio([i])[0]
        kw = dict(sr=22050, n_fft=2048, hop_length=512)
        librosa.power_to_db(librosa.feature.melspectrogram(y=y, n_mels=32, **kw), top_db=None)
        librosa.feature.mfcc(S=librosa.power_to_db(librosa.feature.melspectrogram(
            y=y, n_mels=128, **kw), top_db=None), n_mfcc=20)
    return n / (time.perf_counter() - t0)


def cqt_librosa_rate(task, n: int) -> float:
    """clips/s of decode + ``librosa.cqt`` per clip (the reference of the ``cqt`` kind)."""
    import librosa

    librosa.cqt(task.audio([0])[0], sr=22050, hop_length=512)  # filter construction
    t0 = time.perf_counter()
    for i in range(n):
        librosa.cqt(task.audio([i])[0], sr=22050, hop_length=512)
    return n / (time.perf_counter() - t0)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dataset", type=Path, help="a dataset folder (default: render one)")
    p.add_argument("--n", type=int, default=10_000, help="clips to render when no --dataset")
    p.add_argument("--resynth", type=int, default=2000, help="predictions re-rendered (2000)")
    p.add_argument("--no-score", action="store_true", help="features only, no scoring runs")
    p.add_argument("--single", type=int, default=1000,
                   help="clips timed one at a time (the rate is per clip)")
    args = p.parse_args()

    from benchmark.features import FeatureSettings, compute
    from benchmark.task import load_task

    print(f"machine: {os.cpu_count()} cores, load average {load()} (1, 5, 15 min)")
    tmp = tempfile.TemporaryDirectory()
    ds = args.dataset
    if ds is None:
        ds = Path(tmp.name) / f"noisemaker-{args.n}"
        render(ds, args.n)
    t0 = time.perf_counter()
    task = load_task(ds)
    print(f"dataset {ds}: {task.n} clips, task loaded in {time.perf_counter() - t0:.2f} s")

    s = FeatureSettings()
    single = min(args.single, task.n)
    rows = []
    for label, n, batch, workers in (("batched, 2 threads (default)", task.n, 128, 2),
                                     ("batched, 1 thread", task.n, 128, 1),
                                     ("one clip at a time, 1 thread", single, 1, 1)):
        sub = task if n == task.n else _head(task, n)
        t0 = time.perf_counter()
        mfcc = compute(sub, s, batch_size=batch, workers=workers, progress=False)["mfcc"]
        dt = time.perf_counter() - t0
        assert mfcc.shape[0] == n and np.isfinite(mfcc).all()
        rows.append((label, n, dt, n / dt))
    ref_n = min(300, task.n)
    ref = librosa_rate(task, ref_n)
    print("\nfeatures (decode + MFCC 20 + log-Mel 32, n_fft 2048, hop 512):")
    print(f"  {'mode':32s} {'clips':>6s} {'seconds':>8s} {'clips/s':>8s} {'10k clips':>10s}")
    for label, n, dt, rate in rows:
        print(f"  {label:32s} {n:6d} {dt:8.2f} {rate:8.0f} {1e4 / rate:9.1f}s")
    print(f"  {'librosa per clip (reference)':32s} {ref_n:6d} {ref_n / ref:8.2f} {ref:8.0f} "
          f"{1e4 / ref:9.1f}s")
    print(f"  batched (2 threads) vs one at a time: {rows[0][3] / rows[2][3]:.1f}x; "
          f"vs librosa per clip: {rows[0][3] / ref:.1f}x  (target: 10k clips <= 15 s)")

    print("\nother kinds, batched, 2 threads (decode included):")
    print(f"  {'kind':32s} {'clips':>6s} {'seconds':>8s} {'clips/s':>8s} {'10k clips':>10s}")
    for kind in ("mfcc_delta", "cqt", "stft"):
        n = task.n if kind != "stft" else min(task.n, 2000)  # stft: 160 kB a clip in memory
        t0 = time.perf_counter()
        arr = compute(task if n == task.n else _head(task, n), s, kinds=(kind,),
                      progress=False)[kind]
        dt = time.perf_counter() - t0
        assert arr.shape[0] == n and np.isfinite(arr).all()
        print(f"  {kind + ' ' + str(list(arr.shape[1:])):32s} {n:6d} {dt:8.2f} {n / dt:8.0f} "
              f"{1e4 * dt / n:9.1f}s")
    ref_n = min(100, task.n)
    cqt_ref = cqt_librosa_rate(task, ref_n)
    print(f"  {'librosa.cqt per clip (reference)':32s} {ref_n:6d} {ref_n / cqt_ref:8.2f} "
          f"{cqt_ref:8.0f} {1e4 / cqt_ref:9.1f}s")

    if args.no_score:
        print(f"\nload average after: {load()}")
        tmp.cleanup()
        return 0
    preds = Path(tmp.name) / "naive.parquet"
    subprocess.run([sys.executable, "-m", "benchmark.run", "benchmark.examples.naive_model",
                    "--dataset", str(ds), "--out", str(preds), "--no-progress"],
                   cwd=ROOT, check=True, capture_output=True)
    results = Path(tmp.name) / "naive.results.json"
    for workers in (2, 1):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "benchmark.score", str(ds), str(preds), "--name",
                        "naive", "--resynth-limit", str(args.resynth), "--workers", str(workers),
                        "--out", str(results), "--no-progress"], cwd=ROOT, check=True,
                       capture_output=True)
        wall = time.perf_counter() - t0
        r = json.loads(results.read_text())
        t = r["timing"]
        print(f"\nscoring ({task.n}-clip dataset, {r['dataset']['n_scored']} test predictions, "
              f"{r['audio']['n_clips']} re-rendered, --workers {workers}):")
        print(f"  python -m benchmark.score wall time {wall:.1f} s (target <= 60 s): load "
              f"{t['load_s']:.1f} s, validate {t['validate_s']:.2f} s, parameter metrics "
              f"{t['parameters_s']:.2f} s, re-render + audio metrics {t['audio_s']:.1f} s")
    print(f"\nload average after: {load()}")
    tmp.cleanup()
    return 0


def _head(task, n: int):
    """A view of ``task`` with its first ``n`` clips only."""
    import dataclasses

    sub = dataclasses.replace(task)
    sub.config = dataclasses.replace(task.config, n=n)
    return sub


if __name__ == "__main__":
    sys.exit(main())
