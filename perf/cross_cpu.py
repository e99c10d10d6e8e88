"""Cross-CPU check: the same rows natively and under emulated CPUs.

    python perf/cross_cpu.py                          # 3 clips of every built-in
    python perf/cross_cpu.py --benchmark guitar_light-v2   # a whole test split
    python perf/cross_cpu.py --instruments moog --n 20 --cpus Nehalem

Renders rows (audio bytes and every column, as the dataset writer makes
them) in this process, then again under ``qemu-x86_64 -cpu CPU`` for each
``--cpus`` model (Debian package ``qemu-user``), and compares them row by
row. Nehalem has neither FMA nor AVX (the DSP renders 4 lanes at a time in
SSE2); Haswell has AVX2 and FMA but no AVX-512 (8 lanes in AVX2). qemu-user emulates only the process it starts, so the emulated side
renders in-process (one worker); expect about 10x slower than native.

Exit status: 0 when every row is identical, 1 when any differs, 2 when qemu
is missing or the input is bad.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from generators.config import RenderConfig
from generators.instruments import BUILTIN
from generators.renderers import make_renderer
from generators.resolve import resolve_instrument
from generators.writer import ShardWriter

DEFAULT_CPUS = ("Nehalem", "Haswell")


def row_digests(instrument: str, seed: int, ids: list[int]) -> list[str]:
    """sha256 of each rendered row (audio bytes plus every other column)."""
    config = RenderConfig(resolve_instrument(instrument), n=max(ids) + 1, seed=seed)
    writer = ShardWriter(config, Path("."), make_renderer(config.instrument))
    digests = []
    for row in writer.rows(ids).to_pylist():
        audio = row.pop("audio")["bytes"]
        text = json.dumps(row, sort_keys=True, default=str).encode()
        digests.append(hashlib.sha256(text + b"\0" + audio).hexdigest())
    return digests


def jobs_from_args(args: argparse.Namespace) -> list[tuple[str, int, list[int]]]:
    """(instrument, seed, ids) to check."""
    if args.benchmark:
        from generators.named import get_benchmark

        bench = get_benchmark(args.benchmark)
        config = bench.config()
        ids = [i for i in range(config.n) if config.split_of(i) == "test"]
        if args.n:
            ids = ids[: args.n]
        return [(config.instrument.name, config.seed, ids)]
    names = sorted(BUILTIN) if args.instruments == "all" else args.instruments.split(",")
    return [(name, args.seed, list(range(args.n or 3))) for name in names]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python perf/cross_cpu.py",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--instruments", default="all",
                    help="comma-separated built-in names or spec files, or 'all' (default)")
    ap.add_argument("--benchmark", help="check this named benchmark's test split instead")
    ap.add_argument("--n", type=int, default=0,
                    help="rows per instrument (default 3), or the first N of the benchmark's split")
    ap.add_argument("--seed", type=int, default=0, help="dataset seed (0)")
    ap.add_argument("--cpus", default=",".join(DEFAULT_CPUS),
                    help="qemu CPU models, comma-separated (Nehalem,Haswell)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    try:
        jobs = jobs_from_args(args)
    except Exception as exc:  # unknown instrument or benchmark: one line
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from generators import _dsp

    if args.child:
        print(json.dumps({"lanes": _dsp.LANES,
                          "rows": {name: row_digests(name, seed, ids) for name, seed, ids in jobs}}))
        return 0
    qemu = shutil.which("qemu-x86_64")
    if qemu is None:
        print("error: qemu-x86_64 not found (apt-get install qemu-user)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    native = {name: row_digests(name, seed, ids) for name, seed, ids in jobs}
    print(f"native: {sum(map(len, native.values()))} rows in {time.perf_counter() - t0:.1f} s "
          f"({_dsp.LANES} lanes)")
    child_argv = [a for a in (argv if argv is not None else sys.argv[1:])]
    failed = False
    for cpu in args.cpus.split(","):
        t0 = time.perf_counter()
        proc = subprocess.run([qemu, "-cpu", cpu, sys.executable, __file__, "--child", *child_argv],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"error: the {cpu} run failed: {proc.stderr.strip().splitlines()[-1:]}",
                  file=sys.stderr)
            return 2
        child = json.loads(proc.stdout.strip().splitlines()[-1])
        emulated = child["rows"]
        for name, digests in native.items():
            differ = [i for i, (a, b) in enumerate(zip(digests, emulated[name])) if a != b]
            verdict = "identical" if not differ else f"{len(differ)} rows differ"
            failed |= bool(differ)
            print(f"{cpu:8s} {name:18s} {len(digests):5d} rows  {verdict}")
        print(f"{cpu}: {time.perf_counter() - t0:.1f} s ({child['lanes']} lanes)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
