"""Projected time and memory of training at scale, from measured learning-curve points.

    python perf/scale_bench.py runs/scale/noisemaker-v2 [--clips 100000 1000000]

Reads the point and tuning results of a ``python -m baselines.scale`` run and prints,
per model:

* the measured time per epoch per 1,000 training clips of the training batches
  alone (reading cached features, or computing the STFT for the learned model, and
  the optimisation), from the model's largest size, and the validation pass's
  seconds per epoch (2,000 clips, the same at every size); points recorded before
  the two were told apart give the whole epoch's time per 1,000 clips instead (an
  overestimate at small sizes, where validation dominates); the epochs early
  stopping let each point train; each point's peak RSS;
* for each ``--clips`` N: the projected training time, ``(s/1k x N / 1000 + val s) x
  epochs`` for the epochs measured at the largest size and for the model's
  ``max_epochs`` (the worst case), and the projected memory: the largest measured
  peak RSS (streaming holds two shards whatever N) plus the labels held in memory,
  ~90 bytes a clip (13 knobs float32, 3 switches int64, 13 mask bytes);
* the one-off costs: rendering N clips (at ``--render-rate`` clips/s, README: 2,889/s
  for noisemaker with 2 workers) and filling the shard feature caches (at the rate
  measured by the run, ``features.json``), with their disk size.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

LABEL_BYTES = 13 * 4 + 3 * 8 + 13
FEATURE_BYTES = {"mfcc": 20 * 39 * 4, "logmel": 32 * 39 * 4, "mfcc_delta": 60 * 39 * 4,
                 "cqt": 84 * 39 * 4}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("runs", type=Path, help="runs/scale/<benchmark> of a baselines.scale run")
    p.add_argument("--clips", type=int, nargs="+", default=[100_000, 1_000_000])
    p.add_argument("--render-rate", type=float, default=2889.0,
                   help="clips/s of rendering (README: noisemaker, 2 workers)")
    p.add_argument("--config", type=Path, help="scale config (default: the shipped one)")
    args = p.parse_args()

    from baselines.scale import feature_seconds, load_scale_config

    cfg = load_scale_config(args.config)
    points = [json.loads(f.read_text()) for f in sorted((args.runs / "points").glob("*.json"))]
    if not points:
        print(f"error: no points under {args.runs / 'points'}", file=sys.stderr)
        return 2
    per_clip = feature_seconds(args.runs)
    by_model: dict[str, list[dict]] = {}
    for pt in points:
        by_model.setdefault(pt["model"]["scale_model"], []).append(pt["model"])
    for model, runs in sorted(by_model.items()):
        runs.sort(key=lambda m: (m["train_size"], m["seed"]))
        largest = max(m["train_size"] for m in runs)
        at = [m for m in runs if m["train_size"] == largest]
        split = [m for m in at if m.get("train_s_per_1000_clips") is not None]
        rate = float(np.median([m["train_s_per_1000_clips"] if split else
                                m["epoch_s_per_1000_clips"] for m in (split or at)]))
        val_s = float(np.median([m["val_s_per_epoch"] for m in split])) if split else 0.0
        epochs = max(m["epochs"] for m in runs if m["train_size"] == largest)
        max_epochs = int(cfg["models"][model]["training"]["max_epochs"])
        peak = max(m["peak_rss_mib"] for m in runs)
        print(f"\n{model} ({runs[0]['candidate']}):")
        for m in runs:
            tr = m.get("train_s_per_1000_clips")
            print(f"  n={m['train_size']:<7d} seed={m['seed']} epochs {m['epochs']:3d}  "
                  f"{m['epoch_s_per_1000_clips']:.2f} s/epoch/1k clips (whole epoch), "
                  + (f"{tr:.2f} training alone + {m['val_s_per_epoch']:.1f} s validation, "
                     if tr is not None else "")
                  + f"peak {m['peak_rss_mib']:.0f} MiB")
        print(f"  at {largest:,}: {rate:.2f} s per epoch per 1,000 clips"
              + (f" + {val_s:.1f} s validation per epoch" if split else " (whole epoch)"))
        for n in args.clips:
            t = rate * n / 1000 + val_s
            print(f"  {n:>9,d} clips: {t / 60:6.1f} min an epoch; {epochs} epochs (as at "
                  f"{largest:,}): {t * epochs / 3600:5.1f} h; {max_epochs} (max): "
                  f"{t * max_epochs / 3600:5.1f} h; memory ~{peak + n * LABEL_BYTES / 2**20:.0f} MiB")
    print("\none-off costs:")
    for n in args.clips:
        print(f"  {n:>9,d} clips: render {n / args.render_rate / 60:.0f} min")
        for kind, per in per_clip.items():
            disk = FEATURE_BYTES.get(kind, 0) * n / 2**30
            print(f"      {kind} shard features {per * n / 60:.0f} min, {disk:.1f} GiB on disk "
                  f"(measured {1 / per:.0f} clips/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
