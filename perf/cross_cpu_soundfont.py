"""Cross-CPU check of ``gm-ood-v1``: FluidSynth's PCM natively and under emulated CPUs.

    python perf/cross_cpu_soundfont.py                 # every 16th clip (24 clips)
    python perf/cross_cpu_soundfont.py --every 1       # all 384 (slow under qemu)

FluidSynth computes in floats and calls libm (``pow``, ``sin``, ``cos``, ``exp`` in its
envelopes, filters and interpolation tables), whose glibc variants are chosen by CPU
(FMA on Haswell and later). This renders the chosen clips of
:data:`generators.benchmarks.AUDIO_BENCHMARKS` ``["gm-ood-v1"]`` in this process and
again under ``qemu-x86_64 -cpu CPU`` (Nehalem: SSE4.2, no AVX, no FMA; Haswell: AVX2 and
FMA), and compares each clip's stored PCM (:func:`generators.dataset.stats.audio_digest`).

Exit status: 0 when every clip is identical on every CPU, 1 when any differs, 2 when qemu
is missing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time

from generators.benchmarks import AUDIO_BENCHMARKS
from generators.core.audio import encode
from generators.dataset.stats import audio_digest
from generators.render.audio_only import render_pcm

CPUS = ("Nehalem", "Haswell")


def digests(name: str, every: int) -> list[str]:
    """PCM digest of every ``every``-th clip of benchmark ``name`` (one process)."""
    bench = AUDIO_BENCHMARKS[name]
    rows = bench.rows()[::every]
    pcm = render_pcm(bench, 1, rows, progress=False)
    return [audio_digest([encode(x, bench.sample_rate)]) for x in pcm]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--benchmark", default="gm-ood-v1")
    p.add_argument("--every", type=int, default=16, help="every N-th clip (16)")
    p.add_argument("--cpus", default=",".join(CPUS), help="qemu CPU models (Nehalem,Haswell)")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        print(json.dumps(digests(args.benchmark, args.every)))
        return 0
    qemu = shutil.which("qemu-x86_64")
    if qemu is None:
        print("error: qemu-x86_64 not found (apt-get install qemu-user)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    native = digests(args.benchmark, args.every)
    print(f"native: {len(native)} clips in {time.perf_counter() - t0:.1f} s")
    cmd = [sys.executable, __file__, "--child", "--benchmark", args.benchmark,
           "--every", str(args.every)]
    procs = {cpu: subprocess.Popen([qemu, "-cpu", cpu, *cmd], stdout=subprocess.PIPE, text=True)
             for cpu in args.cpus.split(",")}
    status = 0
    for cpu, proc in procs.items():
        out, _ = proc.communicate()
        if proc.returncode != 0:
            print(f"{cpu}: failed (exit {proc.returncode})")
            status = 1
            continue
        theirs = json.loads(out.strip().splitlines()[-1])
        differ = sum(a != b for a, b in zip(native, theirs))
        print(f"{cpu}: {'identical' if differ == 0 else f'{differ} of {len(native)} clips differ'}"
              f" ({time.perf_counter() - t0:.0f} s)")
        status = max(status, int(differ > 0))
    return status


if __name__ == "__main__":
    sys.exit(main())
