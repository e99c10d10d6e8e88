"""Render benchmark: prints throughput ratios from one run on this machine.

    python perf/render_bench.py                       # noisemaker, defaults
    python perf/render_bench.py --instruments all --n 2000
    python perf/render_bench.py --instruments all --stages          # us per clip per stage
    python perf/render_bench.py --instruments all --baseline-rev 240a8fb
    python perf/render_bench.py --instruments generators/plugins/specs/zam-guitar.yaml \
        --n 200 --rss-n 0                                   # a plug-in spec, no RSS/WAV runs

With ``--baseline-rev``, the bare rate and the whole 2-worker job's rate (start-up
included) are measured for the code of that git revision too (checked out into a
temporary git worktree, the built extension copied in, and run in a child process),
in rounds interleaved with the current code's runs, and the speed-up ratios of the
best of each are printed: before/after from one run.

For each instrument: samples/s of the bare render loop (draw + render, one
process), of the end-to-end job with 1 worker (draw + render + encode +
Parquet write) and with 2 workers, their ratios, the silent fraction, and the
projected minutes for ``--n 100000``. Job rates are steady-state (marginal
rate between a run of n/4 and one of n samples); the fixed start-up is
printed beside them. For the first instrument also the peak
RSS of the job for two values of ``n``. ``--stages`` prints instead the
CPU microseconds per clip of each stage of a worker: draw, render, store, encode,
write. Absolute numbers depend on the machine; the ratios are what the targets are about.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from collections.abc import Iterator

from generators.model.config import RenderConfig
from generators.model.declaration import Instrument
from generators.instruments import BUILTIN
from generators.render.job import render_dataset
from generators.sources.renderers import make_renderer, render_many
from generators.sources.resolve import resolve_instrument
from generators.model.sampler import draw


@functools.cache
def get_instrument(name: str) -> Instrument:
    """A built-in by name, or the instrument of a plug-in spec file (loaded once)."""
    return resolve_instrument(name)


def bare_rate(name: str, n: int, batch: int = 16) -> float:
    """Samples/s of draw + render alone, one process, engine already built:
    ``batch`` clips per :func:`~generators.sources.renderers.render_many` call, as the
    dataset writer renders them (4 or 8 vector lanes at a time for built-ins); settings
    drawn a batch at once where the code can (``RenderConfig.samples``)."""
    inst = get_instrument(name)
    renderer = make_renderer(inst)
    renderer.render(draw(inst, 0, 0).settings)  # warm-up
    config = RenderConfig(inst, n=n, seed=0, shard_size=max(1, n // 20))
    many = getattr(config, "samples", None)
    t0 = time.perf_counter()
    for k in range(0, n, batch):
        ids = range(k, min(n, k + batch))
        samples = [s for s, _ in many(ids)] if many else [draw(inst, 0, i) for i in ids]
        render_many(renderer, [(s.settings, s.note) for s in samples])
    return n / (time.perf_counter() - t0)


def stage_times(name: str, n: int, fmt: str = "flac") -> dict[str, float]:
    """CPU microseconds per clip (this process's CPU time, so other load on the machine
    barely moves it) of each stage of a worker writing one shard of ``n`` clips, as
    :meth:`~generators.dataset.writer.ShardWriter.rows` does it (engine already built):
    ``draw`` (settings), ``render`` (DSP), ``store`` (16-bit PCM and flags), ``encode``
    (FLAC/WAV bytes), ``write`` (columns, Arrow table, Parquet file); ``total`` is their sum."""
    import numpy as np
    from generators.core import audio
    from generators.core.atomic import write_table_atomic
    from generators.dataset.schema import arrow_schema, shard_write_options
    from generators.dataset.writer import RENDER_BATCH, shard_table

    inst = get_instrument(name)
    config = RenderConfig(inst, n=n, seed=0, shard_size=n, audio_format=fmt)
    renderer = make_renderer(inst)
    schema = arrow_schema(config)
    render_many(renderer, [(s.settings, s.note) for s, _ in config.samples(range(RENDER_BATCH))])
    spent = dict.fromkeys(("draw", "render", "store", "encode", "write"), 0.0)
    drawn_all, blobs, peaks = [], [], []
    for k in range(0, n, RENDER_BATCH):
        ids = range(k, min(n, k + RENDER_BATCH))
        t0 = time.process_time()
        drawn = config.samples(ids)
        t1 = time.process_time()
        clips = render_many(renderer, [(s.settings, s.note) for s, _ in drawn])
        t2 = time.process_time()
        pcm = audio.as_stored_many(clips)
        peaks.append(audio.peaks(pcm))
        t3 = time.process_time()
        blobs += audio.encode_many(pcm, inst.sample_rate, fmt)
        t4 = time.process_time()
        drawn_all += drawn
        for key, dt in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            spent[key] += dt
    t0 = time.process_time()
    table = shard_table(config, schema, range(n), drawn_all, blobs, np.concatenate(peaks))
    with tempfile.TemporaryDirectory() as tmp:
        write_table_atomic(table, Path(tmp) / "shard.parquet", **shard_write_options(schema))
    spent["write"] = time.process_time() - t0
    us = {key: 1e6 * v / n for key, v in spent.items()}
    return us | {"total": sum(us.values())}


def job_time(name: str, n: int, workers: int, fmt: str = "flac") -> tuple[float, float]:
    """(seconds, silent fraction) of the whole job, start-up included."""
    inst = get_instrument(name)
    with tempfile.TemporaryDirectory() as tmp:
        config = RenderConfig(inst, n=n, seed=0, shard_size=max(1, n // 20), audio_format=fmt)
        t0 = time.perf_counter()
        stats = render_dataset(config, Path(tmp) / "ds", workers=workers, progress=False)
        return time.perf_counter() - t0, stats["silent_fraction"]


def job_rate(name: str, n: int, workers: int, fmt: str = "flac") -> tuple[float, float, float]:
    """(steady samples/s, start-up s, silent fraction) of the job.

    Runs it for ``n // 4`` and ``n`` samples: the steady rate is the marginal
    ``(n - n/4) / (t_n - t_n/4)``, what a long run (``--n 100000``) sees; the
    start-up (process spawn, imports, DSP compilation, card) is the rest.
    """
    small, _ = job_time(name, n // 4, workers, fmt)
    full, silent = job_time(name, n, workers, fmt)
    rate = (n - n // 4) / max(full - small, 1e-9)
    return rate, full - n / rate, silent


def peak_rss_mib(name: str, n: int, workers: int) -> float:
    """Largest resident set of any process of a ``generators.render`` run, MiB."""
    code = (
        "import resource, subprocess, sys, tempfile\n"
        "with tempfile.TemporaryDirectory() as d:\n"
        f"    subprocess.run([sys.executable, '-m', 'generators.render', '--no-progress', '--n', '{n}',"
        f" '--instrument', '{name}', '--workers', '{workers}', '--shard-size', '500', '--out', d + '/ds'],"
        " check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


@contextlib.contextmanager
def worktree(rev: str) -> Iterator[Path]:
    """A temporary git worktree of ``rev`` with its own C extensions built in place (its
    DSP and encoder code, not this tree's; removed afterwards)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "baseline"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(path), rev], check=True)
        subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace",
                        "--build-temp", str(Path(tmp) / "build")], cwd=path, check=True,
                       capture_output=True)
        try:
            yield path
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(path)], check=False)


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and its ended children so far."""
    import resource

    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def whole_rates(name: str, n: int) -> dict[str, float]:
    """Bare samples/s, the whole 2-worker job's samples/s (start-up included: what a
    user waits for) and its CPU milliseconds per clip over all its processes (what the
    job costs whatever else runs on the machine), one run each."""
    c0 = cpu_seconds()
    t, _ = job_time(name, n, 2)
    cpu_ms = 1000 * (cpu_seconds() - c0) / n
    return {"bare": bare_rate(name, n), "e2e2": n / t, "cpu_ms": cpu_ms}


def baseline_rates(tree: Path, name: str, n: int) -> dict[str, float]:
    """:func:`whole_rates` of the code in ``tree`` (child process)."""
    code = (f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            "import render_bench as b; "
            f"print(json.dumps(b.whole_rates({name!r}, {n})))")
    env = os.environ | {"PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", code], cwd=tree, env=env, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare(rev: str, names: list[str], n: int, rounds: int = 2) -> list[dict[str, float | str]]:
    """Before (``rev``) and after (this code) rates per instrument: ``rounds`` interleaved
    runs of each, the best kept (on a shared machine the best is the least disturbed)."""
    rows = []
    print(f"\nagainst {rev}: bare = draw + render, one process; e2e = the whole 2-worker job, "
          f"start-up included; samples/s, best of {rounds} interleaved rounds, n = {n}")
    print("cpu = CPU ms per clip of the whole job, all its processes (the least disturbed "
          "by other load; ratio old/new)")
    print(f"{'instrument':17s} {'bare old':>9s} {'bare new':>9s} {'ratio':>6s} "
          f"{'e2e old':>8s} {'e2e new':>8s} {'ratio':>6s} {'cpu old':>7s} {'cpu new':>7s} "
          f"{'ratio':>6s}")
    with worktree(rev) as tree:
        for name in names:
            olds, news = [], []
            for _ in range(rounds):
                olds.append(baseline_rates(tree, name, n))
                news.append(whole_rates(name, n))
            best = {"bare": max, "e2e2": max, "cpu_ms": min}
            old = {k: f(r[k] for r in olds) for k, f in best.items()}
            new = {k: f(r[k] for r in news) for k, f in best.items()}
            row = {"instrument": name, "bare_old": old["bare"], "bare_new": new["bare"],
                   "e2e2_old": old["e2e2"], "e2e2_new": new["e2e2"],
                   "cpu_ms_old": old["cpu_ms"], "cpu_ms_new": new["cpu_ms"],
                   "load": os.getloadavg()[0]}
            rows.append(row)
            print(f"{name:17s} {old['bare']:9.0f} {new['bare']:9.0f} "
                  f"{new['bare'] / old['bare']:6.2f} {old['e2e2']:8.0f} {new['e2e2']:8.0f} "
                  f"{new['e2e2'] / old['e2e2']:6.2f} {old['cpu_ms']:7.2f} {new['cpu_ms']:7.2f} "
                  f"{old['cpu_ms'] / new['cpu_ms']:6.2f}   (load {row['load']:.1f})", flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--instruments", default="noisemaker",
                    help="comma-separated names, or 'all' (default: noisemaker)")
    ap.add_argument("--n", type=int, default=2000, help="samples per timed run (default 2000)")
    ap.add_argument("--rss-n", default="2000,8000",
                    help="two n for the RSS check; 0 skips it and the WAV run")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--baseline-rev", help="also measure this git revision's code and print "
                                           "the speed-up ratios (skips the RSS and WAV checks)")
    ap.add_argument("--stages", action="store_true",
                    help="only the microseconds per clip of each stage of a worker")
    args = ap.parse_args()
    names = list(BUILTIN) if args.instruments == "all" else args.instruments.split(",")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    if args.stages:
        from generators.core.lazy import arrow_without_pandas

        arrow_without_pandas()  # as in a render worker
        print(f"{'instrument':17s} " + " ".join(f"{k:>7s}" for k in
                                                 ("draw", "render", "store", "encode", "write", "total"))
              + "  (CPU us per clip, one worker)")
        for name in names:
            us = stage_times(name, args.n)
            print(f"{name:17s} " + " ".join(f"{v:7.0f}" for v in us.values()))
        return
    if args.baseline_rev:
        rows = compare(args.baseline_rev, names, args.n)
        if args.json:
            args.json.write_text(json.dumps({"baseline_rev": args.baseline_rev, "rows": rows},
                                            indent=2))
        return
    results = []
    print(f"{'instrument':17s} {'bare/s':>8s} {'e2e1/s':>8s} {'e2e/bare':>8s} {'e2e2/s':>8s} "
          f"{'2w/1w':>6s} {'silent':>7s} {'min/100k':>8s}")
    for name in names:
        n = min(args.n, 10 * get_instrument(name).default_n) if get_instrument(name).default_n else args.n
        bare = bare_rate(name, n)
        one, start1, silent = job_rate(name, n, 1)
        two, start2, _ = job_rate(name, n, 2)
        row = {"instrument": name, "n": n, "bare_per_s": bare, "e2e_1w_per_s": one,
               "e2e_over_bare": one / bare, "e2e_2w_per_s": two, "speedup_2w": two / one,
               "startup_s_1w": start1, "startup_s_2w": start2, "silent_fraction": silent,
               "projected_min_100k": (100000 / two + start2) / 60}
        results.append(row)
        print(f"{get_instrument(name).name:17s} {bare:8.1f} {one:8.1f} {one / bare:8.2f} {two:8.1f} "
              f"{two / one:6.2f} {silent:7.2%} {row['projected_min_100k']:8.1f}   "
              f"(start-up {start1:.1f} s / {start2:.1f} s)")
    if args.rss_n == "0":
        if args.json:
            args.json.write_text(json.dumps({"instruments": results}, indent=2))
        return
    n1, n2 = (int(x) for x in args.rss_n.split(","))
    rss = {n: peak_rss_mib(names[0], n, 2) for n in (n1, n2)}
    print(f"peak RSS of {names[0]} (2 workers): n={n1}: {rss[n1]:.0f} MiB, n={n2}: {rss[n2]:.0f} MiB "
          f"(ratio {rss[n2] / rss[n1]:.2f})")
    wav_one, _, _ = job_rate(names[0], args.n, 1, "wav")
    print(f"{names[0]} e2e with WAV instead of FLAC: {wav_one:.0f} samples/s "
          f"({wav_one / results[0]['e2e_1w_per_s']:.2f} x FLAC)")
    if args.json:
        args.json.write_text(json.dumps({"instruments": results, "rss_mib": rss,
                                         "wav_e2e_1w_per_s": wav_one}, indent=2))


if __name__ == "__main__":
    main()
