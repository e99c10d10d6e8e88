"""Cross-CPU check: the same rows natively and under emulated CPUs.

    python perf/cross_cpu.py                          # 3 clips of every Faust built-in
    python perf/cross_cpu.py --instruments vital      # Vital (differs by CPU: docs/vital.md)
    python perf/cross_cpu.py --benchmark guitar_light-v2   # a whole test split
    python perf/cross_cpu.py --instruments moog --n 20 --cpus Nehalem

Renders rows (audio and every column, as the dataset writer makes them) in
this process, then again under ``qemu-x86_64 -cpu CPU`` for each ``--cpus``
model (Debian package ``qemu-user``; the models run side by side), and
compares them row by row. A row is its decoded PCM (with length, rate and
channels: :func:`generators.dataset.stats.audio_digest`) and its other columns, not
its FLAC bytes: libFLAC picks CPU-specific routines and may pick another
predictor, so the bytes of identical audio can differ by CPU; how many FLAC
files differ byte-wise is reported, as information. With ``--benchmark`` (the
whole test split, unless ``--n``) each side also computes the split's digest
and compares it with the benchmark's pinned ``test_digest``. Nehalem has
neither FMA nor AVX (the DSP renders 4 lanes at a time in SSE2); Haswell has
AVX2 and FMA but no AVX-512 (8 lanes in AVX2). qemu-user emulates only the
process it starts, so the emulated side renders in-process (one worker);
expect about 10x slower than native.

Exit status: 0 when every row is identical (and, with ``--benchmark``, every
split digest is the pinned one), 1 when any differs, 2 when qemu is missing or
the input is bad.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generators.core.errors import UserError
from generators.model.config import RenderConfig
from generators.instruments import BUILTIN
from generators.sources.renderers import make_renderer
from generators.sources.resolve import resolve_instrument
from generators.dataset.stats import audio_digest
from generators.dataset.writer import ShardWriter

DEFAULT_CPUS = ("Nehalem", "Haswell")


@dataclass(frozen=True)
class Job:
    """Rows to compare: ``ids`` of the dataset ``config`` (named ``label``)."""

    label: str
    config: RenderConfig
    ids: list[int]
    pinned: str | None = None
    """The benchmark's ``test_digest`` when ``ids`` are its whole test split."""


def render_rows(config: RenderConfig, ids: list[int]) -> dict[str, Any]:
    """Render ``ids`` of ``config`` as the dataset writer does.

    Returns:
        ``rows``: per row, the sha256 (hex) of its other columns (canonical
        JSON) and of its :func:`~generators.dataset.stats.audio_digest`; ``files``: per
        row, the sha256 of its encoded (FLAC or WAV) bytes; ``split``: the
        :func:`~generators.dataset.stats.audio_digest` of all rows in ``ids`` order.
    """
    writer = ShardWriter(config, Path("."), make_renderer(config.instrument))
    rows, files, clips = [], [], []
    for row in writer.rows(ids).to_pylist():
        audio = row.pop("audio")["bytes"]
        text = json.dumps(row, sort_keys=True, default=str)
        rows.append(hashlib.sha256(f"{text}\0{audio_digest([audio])}".encode()).hexdigest())
        files.append(hashlib.sha256(audio).hexdigest())
        clips.append(audio)
    return {"rows": rows, "files": files, "split": audio_digest(clips)}


def jobs_from_args(args: argparse.Namespace) -> list[Job]:
    """What to check, from the command line."""
    if args.benchmark:
        from generators.benchmarks import get_benchmark

        bench = get_benchmark(args.benchmark)
        config = bench.config()
        ids = [i for i in range(config.n) if config.split_of(i) == "test"]
        whole = not args.n or args.n >= len(ids)
        return [Job(bench.name, config, ids[: args.n] if args.n else ids,
                    bench.test_digest if whole else None)]
    names = (sorted(n for n, inst in BUILTIN.items() if inst.source.kind == "faust")
             if args.instruments == "all" else args.instruments.split(","))
    n = args.n or 3
    return [Job(name, RenderConfig(resolve_instrument(name), n=n, seed=args.seed),
                list(range(n))) for name in names]


def split_line(side: str, job: Job, digest: str) -> tuple[str, bool]:
    """One line on a split digest, and whether it is the pinned one (or none is pinned)."""
    if job.pinned is None:
        return f"{side:8s} {job.label} split digest {digest}", True
    same = digest == job.pinned
    verdict = "equals the pinned test_digest" if same else f"differs from the pinned {job.pinned}"
    return f"{side:8s} {job.label} split digest {digest} {verdict}", same


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python perf/cross_cpu.py",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--instruments", default="all",
                    help="comma-separated built-in names or spec files, or 'all' (default): "
                         "every built-in Faust instrument (synth libraries by name: vital's "
                         "PCM differs by CPU, docs/vital.md)")
    ap.add_argument("--benchmark", help="check this named benchmark's test split instead")
    ap.add_argument("--n", type=int, default=0,
                    help="rows per instrument (default 3), or the first N of the benchmark's split")
    ap.add_argument("--seed", type=int, default=0, help="dataset seed (0)")
    ap.add_argument("--cpus", default=",".join(DEFAULT_CPUS),
                    help="qemu CPU models, comma-separated (Nehalem,Haswell)")
    ap.add_argument("--json", type=Path, metavar="FILE",
                    help="also write the timings, digests and verdicts to FILE")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    try:
        jobs = jobs_from_args(args)
    except UserError as exc:  # unknown instrument or benchmark: one line
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from generators import _dsp

    if args.child:
        t0 = time.perf_counter()
        rendered = {job.label: render_rows(job.config, job.ids) for job in jobs}
        print(json.dumps({"lanes": _dsp.LANES, "render_s": time.perf_counter() - t0,
                          "jobs": rendered}))
        return 0
    qemu = shutil.which("qemu-x86_64")
    if qemu is None:
        print("error: qemu-x86_64 not found (apt-get install qemu-user)", file=sys.stderr)
        return 2
    child_argv = [a for a in (argv if argv is not None else sys.argv[1:])]
    t_start = time.perf_counter()
    procs = {cpu: subprocess.Popen([qemu, "-cpu", cpu, sys.executable, __file__, "--child",
                                    *child_argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
             for cpu in args.cpus.split(",")}
    t0 = time.perf_counter()
    native = {job.label: render_rows(job.config, job.ids) for job in jobs}
    native_s = time.perf_counter() - t0
    print(f"native: {sum(len(job.ids) for job in jobs)} rows in {native_s:.1f} s "
          f"({_dsp.LANES} lanes)")
    report: dict[str, Any] = {"native": {"lanes": _dsp.LANES, "wall_s": native_s,
                                         "split": {k: v["split"] for k, v in native.items()}}}
    failed = False
    for job in jobs:
        if job.pinned is not None:
            line, same = split_line("native", job, native[job.label]["split"])
            failed |= not same
            print(line)
    for cpu, proc in procs.items():
        out, err = proc.communicate()
        wall = time.perf_counter() - t_start
        if proc.returncode != 0:
            print(f"error: the {cpu} run failed: {err.strip().splitlines()[-1:]}",
                  file=sys.stderr)
            return 2
        child = json.loads(out.strip().splitlines()[-1])
        report[cpu] = {"lanes": child["lanes"], "render_s": child["render_s"], "wall_s": wall,
                       "split": {}, "rows_differ": {}, "files_differ": {}}
        for job in jobs:
            mine, theirs = native[job.label], child["jobs"][job.label]
            differ = sum(a != b for a, b in zip(mine["rows"], theirs["rows"]))
            files = sum(a != b for a, b in zip(mine["files"], theirs["files"]))
            verdict = "identical" if not differ else f"{differ} rows differ"
            failed |= bool(differ)
            print(f"{cpu:8s} {job.label:18s} {len(job.ids):5d} rows  {verdict} "
                  f"({files} of {len(job.ids)} encoded files differ byte-wise)")
            report[cpu]["rows_differ"][job.label] = differ
            report[cpu]["files_differ"][job.label] = files
            report[cpu]["split"][job.label] = theirs["split"]
            if job.pinned is not None:
                line, same = split_line(cpu, job, theirs["split"])
                failed |= not same
                print(line)
        print(f"{cpu}: {child['render_s']:.1f} s rendering, {wall:.1f} s since start "
              f"({child['lanes']} lanes)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
