"""Training data on the fly: clips/s the stream feeds against clips/s training consumes.

    python perf/stream_bench.py                          # noisemaker-v2, CQT, MLP 128x2
    python perf/stream_bench.py --workers 2 --n 2048 --kind mfcc

- fed: :class:`baselines.stream.RenderStream` over ``--n`` clips of the benchmark's
  training-set config (render + 16-bit store + features + label encoding, in
  ``--workers`` DataLoader processes), batches of 64 taken as fast as they come;
- consumed: training steps (forward, loss, backward, Adam) of the scale config's MLP
  (``--units`` x ``--layers``) on batches of 64 of those features already in memory,
  with ``--threads`` PyTorch threads, as ``baselines.scale`` trains (1 thread).

If fed >= consumed, streaming costs the training nothing but the cores the workers use:
on a machine with cores to spare, a streamed epoch runs at the training's own speed.
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np


def fed_rate(config, kind: str, n: int, workers: int,
             batch: int = 64) -> tuple[float, float, list]:
    """(steady clips/s, start-up s, the batches) of one pass over ``n`` clips streamed with
    features; steady: from the first batch handed on to the last (the workers' start-up,
    their first chunk included, is the rest)."""
    from baselines.stream import RenderStream

    stream = RenderStream(config, kind, np.arange(n), workers=workers)
    t0 = time.perf_counter()
    batches, t1 = [], None
    for b in stream.batches(batch):
        batches.append(b)
        if t1 is None:
            t1 = time.perf_counter()
    t2 = time.perf_counter()
    first = stream.chunk * max(1, workers)  # each worker's first chunk, made while starting
    return (n - first) / (t2 - t1), t1 - t0, batches


def consumed_rate(config, kind: str, batches: list, units: int, layers: int,
                  threads: int) -> float:
    """Clips/s of MLP training steps on ``batches`` (in memory), after one warm-up step."""
    import torch

    from baselines.joint import JointNet, Topology, _tensors, joint_loss
    from baselines.targets import TargetLayout

    torch.set_num_threads(threads)
    x = batches[0][0]
    coeffs = x.shape[2]
    net = JointNet(TargetLayout.of(config.instrument), Topology("mlp", units, layers),
                   x.shape[1], coeffs, np.zeros(len(batches[0][1][0])), np.ones(len(batches[0][1][0])),
                   np.zeros(coeffs, np.float32), np.ones(coeffs, np.float32))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    tensors = [_tensors(b) for b in batches]

    def step(b) -> None:
        opt.zero_grad()
        joint_loss(net, *b).backward()
        opt.step()

    step(tensors[0])
    t0 = time.perf_counter()
    for b in tensors:
        step(b)
    return sum(len(b[0]) for b in tensors) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--benchmark", default="noisemaker-v2")
    ap.add_argument("--kind", default="cqt", help="feature kind (default cqt)")
    ap.add_argument("--n", type=int, default=2048, help="clips streamed (default 2048)")
    ap.add_argument("--workers", type=int, default=1, help="stream worker processes (1)")
    ap.add_argument("--threads", type=int, default=1, help="training threads (1)")
    ap.add_argument("--units", type=int, default=128)
    ap.add_argument("--layers", type=int, default=2)
    args = ap.parse_args()
    from baselines.stream import training_config

    config = training_config(args.benchmark, max(args.n, 10))
    load = os.getloadavg()[0]
    fed, start, batches = fed_rate(config, args.kind, args.n, args.workers)
    used = consumed_rate(config, args.kind, batches, args.units, args.layers, args.threads)
    print(f"{args.benchmark}, {args.kind}: the stream feeds {fed:.0f} clips/s with "
          f"{args.workers} worker(s); an MLP {args.units}x{args.layers} step consumes "
          f"{used:.0f} clips/s on {args.threads} thread(s): fed/consumed {fed / used:.2f} "
          f"(stream start-up {start:.1f} s; load average {load:.2f} -> "
          f"{os.getloadavg()[0]:.2f}, {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
