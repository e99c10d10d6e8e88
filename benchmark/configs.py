"""What the benchmark harness checks of a named benchmark's dataset
(:mod:`generators.benchmarks` declares the benchmarks).

:func:`check_dataset` refuses a dataset whose fingerprint is not what the
installed software gives its settings, or not the named benchmark's;
:func:`needs_render` and :func:`render_benchmark` fetch a benchmark's dataset
for the scorer. ``python -m benchmark.configs`` lists the benchmarks and their
fingerprints.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from generators.model.config import config_from_meta
from generators.core.errors import DatasetError
from generators.dataset.fingerprint import (AUDIO_VERSIONS, fingerprint, meta as dataset_meta, read_meta,
                                    recorded_problem, same_dataset, versions)
from generators.benchmarks import BENCHMARKS, Benchmark, get_benchmark
from generators.render.job import render_dataset
from generators.core.cli import ArgumentParser, exit_with

from .errors import FingerprintError


def find_benchmark(fp: str) -> Benchmark | None:
    """The benchmark whose current fingerprint is ``fp``, if any."""
    for b in BENCHMARKS.values():
        try:
            if b.fingerprint() == fp:
                return b
        except (OSError, DatasetError):  # an instrument whose DSP is not installed
            continue
    return None


def check_dataset(meta: dict[str, Any], benchmark: str | None = None,
                  where: str = "the dataset") -> Benchmark | None:
    """Check the fingerprint in a dataset's ``instrument.json``.

    It must equal the fingerprint of its recorded settings computed with the
    installed software (so re-rendering for the audio metrics renders the
    same instrument), and, when ``benchmark`` is given, that benchmark's.

    Returns:
        The named benchmark, or the registered one the dataset is (or ``None``).

    Raises:
        FingerprintError: with the reason (settings, versions or DSP differ).
    """
    stored = meta.get("fingerprint")
    if not stored:
        raise FingerprintError(f"{where} has no fingerprint in instrument.json (rendered before "
                               "fingerprints existed): re-render it with --overwrite")
    config = config_from_meta(meta)
    current = fingerprint(config)
    if stored != current:
        recorded = meta.get("versions", {})
        installed = versions()
        diffs = [f"{d} {recorded.get(d)} (installed: {installed.get(d)})"
                 for d in AUDIO_VERSIONS if recorded.get(d) != installed.get(d)]
        if recorded_problem(meta):
            why = "its instrument.json was edited after rendering"
        elif diffs:
            why = "it was rendered with " + ", ".join(diffs)
        else:
            why = "the instrument's DSP source changed since it was rendered"
        raise FingerprintError(
            f"{where}: fingerprint {stored[:16]}... is not what the installed software gives "
            f"its settings ({current[:16]}...): {why}; scores would not be comparable, "
            "re-render it")
    if benchmark is None:
        return find_benchmark(stored)
    b = get_benchmark(benchmark)
    expected = b.fingerprint()
    if stored != expected:
        r, want = meta.get("render", {}), b.config()
        diffs = [f"{k} {r.get(k)!r} (benchmark: {v!r})" for k, v in (
            ("n", want.n), ("seed", want.seed), ("audio_format", want.audio_format),
            ("notes", list(want.note_range) if want.note_range else None), ("n_train", want.n_train),
            ("presets", want.to_dict()["render"].get("presets"))) if r.get(k) != v]
        name = meta.get("instrument", {}).get("name")
        if name != b.instrument:
            diffs.insert(0, f"instrument {name!r} (benchmark: {b.instrument!r})")
        elif not diffs:
            diffs.append(f"the {name} declaration")
        raise FingerprintError(
            f"{where} is not benchmark {b.name}: fingerprint {stored[:16]}... vs "
            f"{expected[:16]}...; it differs in {', '.join(diffs)}")
    return b


def needs_render(name: str, folder: Path) -> bool:
    """Whether ``folder`` should be rendered (or resumed) as benchmark ``name``'s dataset:
    it is missing or empty, or it holds an interrupted render of that very dataset.

    A folder holding anything else is left alone (its reader says what is wrong).
    """
    folder = Path(folder)
    if not folder.is_dir() or not any(folder.iterdir()):
        return True
    recorded = read_meta(folder)
    if recorded is None:
        return False
    config = get_benchmark(name).config(recorded.get("render", {}).get("shard_size"))
    if same_dataset(recorded, dataset_meta(config)):
        return False
    shards = config.shards()
    complete = all((folder / s.filename).exists() for s in shards)
    return not complete or not (folder / "README.md").exists()


def render_benchmark(name: str, folder: Path, workers: int = 1, progress: bool = True) -> Path:
    """Render (or resume) benchmark ``name``'s dataset into ``folder``, with a progress bar.

    Raises:
        DatasetError: unknown benchmark, the render cannot run (e.g. a plug-in is
            missing, or the disk is too small), or ``folder`` holds another dataset.
    """
    b = get_benchmark(name)
    folder = Path(folder)
    recorded = read_meta(folder) if folder.is_dir() else None
    shard_size = (recorded or {}).get("render", {}).get("shard_size")  # resume as started
    render_dataset(b.config(shard_size), folder, workers=max(1, min(workers, os.cpu_count() or 1)),
                   progress=progress)
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    ArgumentParser(
        prog="python -m benchmark.configs",
        description="List the named benchmark datasets with their settings and fingerprints "
                    "(computed with the installed software).",
    ).parse_args(argv)
    for b in BENCHMARKS.values():
        try:
            fp = b.fingerprint()[:16]
        except OSError as e:
            fp = f"(unavailable: {e.strerror or e})"
        except DatasetError as e:  # a synth library or its preset banks not installed
            fp = f"(unavailable: {e})"
        try:
            n = b.config().n
        except (OSError, DatasetError):
            n = b.n
        print(f"{b.name:20s} {b.instrument:17s} n={n:<6d} seed={b.seed}  {fp}  {b.description}")
    return 0


if __name__ == "__main__":
    exit_with(main())
