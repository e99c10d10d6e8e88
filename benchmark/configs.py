"""Named, versioned benchmark datasets.

A benchmark is an instrument, a seed, a number of samples and render
settings; anyone can regenerate it bit for bit with::

    python -m generators.render --benchmark noisemaker-v2

Its :meth:`Benchmark.fingerprint` (see :func:`generators.dataset.fingerprint`)
is computed from the declaration, ``n``, the seed, the render settings, the
DSP source and the versions of the packages that affect audio. Rendering
writes it into ``instrument.json``; the scorer refuses a dataset whose
fingerprint is not the named benchmark's. A definition never changes once
published: a change is a new version (``noisemaker-v3``).

Each benchmark also pins the sha256 of its rendered test split
(:attr:`Benchmark.test_digest`, see :func:`generators.dataset.audio_digest`):
rendering, scoring, submitting and verifying say whether this machine
reproduces those bytes (:func:`reference_check`). Built-in instruments render
the same bytes on every CPU, so a mismatch there is an error; plug-ins are
binaries we do not control, so for them it is reported and tolerated.

``python -m benchmark.configs`` lists the benchmarks and their fingerprints.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Sequence

from generators.dataset import (
    AUDIO_VERSIONS,
    DatasetError,
    RenderConfig,
    config_from_meta,
    default_shard_size,
    fingerprint,
    meta as dataset_meta,
    plan_shards,
    read_meta,
    same_dataset,
    versions,
)
from generators.instruments import resolve_instrument
from generators.presets import PresetSet


@dataclass(frozen=True)
class Benchmark:
    """A named benchmark dataset.

    Attributes:
        name: ``<instrument>-v<version>``, or ``<what it tests>-v<version>``.
        instrument: built-in instrument or shipped plug-in spec name
            (``generators/specs/<name>.yaml``).
        n: number of samples (with ``presets``: of the train split).
        seed: dataset seed.
        notes: MIDI note range drawn per sample, or ``None`` (the instrument's note).
        audio_format: audio encoding of the rows.
        description: one line for listings.
        test_digest: sha256 of the reference render's test split (audio
            bytes in id order), or ``None`` before it is pinned.
        presets: preset reader (``generators.presets.READERS``) whose presets,
            read from its default folder, size the test split; ``None``
            for the first-80 %-train split of ``n`` random samples.
        test: with ``presets``, what the test split holds: the presets
            themselves, or as many random samples (a control of the same size
            and the same train split).
    """

    name: str
    instrument: str
    n: int
    seed: int = 0
    notes: tuple[int, int] | None = None
    audio_format: str = "flac"
    description: str = ""
    presets: str | None = None
    test: Literal["presets", "random"] = "presets"
    test_digest: str | None = None

    def config(self, shard_size: int | None = None) -> RenderConfig:
        """The render config (``shard_size`` changes files, not rows nor the fingerprint)."""
        base = _base_config(self)
        return RenderConfig(**(vars(base) | {
            "shard_size": shard_size or default_shard_size(base.n)}))

    def fingerprint(self) -> str:
        """The fingerprint a faithful render has with the installed software."""
        return fingerprint(self.config())

    @property
    def is_plugin(self) -> bool:
        """True when the instrument is a plug-in (bytes may differ by machine)."""
        return get_instrument(self.instrument).source.kind != "faust"


@functools.lru_cache(maxsize=None)
def _base_config(b: Benchmark) -> RenderConfig:
    """The config of ``b`` (its plug-in spec and presets read once per process)."""
    inst = resolve_instrument(b.instrument)
    if b.presets is None:
        return RenderConfig(instrument=inst, n=b.n, seed=b.seed, notes=b.notes,
                            audio_format=b.audio_format)
    presets = PresetSet.read(inst, b.presets)
    return RenderConfig(instrument=inst, n=b.n + presets.count, seed=b.seed, notes=b.notes,
                        audio_format=b.audio_format, train=b.n,
                        presets=presets if b.test == "presets" else None)


BENCHMARKS: dict[str, Benchmark] = {
    b.name: b
    for b in (
        Benchmark("noisemaker-v2", "noisemaker", 10_000,
                  description="16-parameter subtractive synth, as the original Noisemaker set",
                  test_digest="b1de09c7ef720d8e666aabbe9c050fdbd07361c70fd29aa527d733a2c0cdc4ee"),
        Benchmark("noisemaker_light-v2", "noisemaker_light", 1_000,
                  description="osc2 wave + 4 filter/LFO knobs, as the original light set",
                  test_digest="5cf7ea69e1c5de4b57e7d3fb93d4d28fb80d4623ae9d29930c73cc74bc643dbb"),
        Benchmark("moog-v2", "moog", 10_000,
                  description="analog mono synth, as the original Moog (Sub Phatty) set",
                  test_digest="d50133013f862cc9ce290de75ed9154c60bfc2a99558983505aa1fd965fbf6be"),
        Benchmark("guitar-v2", "guitar", 10_000,
                  description="guitar through 5 switchable effects, as the original Guitar Rig set",
                  test_digest="7ec80a802fb94a541eec643e3b7291ceebe14e2e79cf8932bbb8efc29ce9d4a0"),
        Benchmark("guitar_light-v2", "guitar_light", 32,
                  description="the 32 on/off combinations of the 5 effects, once each",
                  test_digest="c591b878d98d7638bcc2e757a5d3407140cd7df8dfe181da15dba507ca41d971"),
        Benchmark("amsynth-presets-v1", "amsynth-full", 10_000, presets="amsynth",
                  description="amsynth plug-in: train on 10,000 random patches, test on its "
                              "human presets"),
        Benchmark("amsynth-random-v1", "amsynth-full", 10_000, presets="amsynth", test="random",
                  description="control of amsynth-presets-v1: same train split, a random test "
                              "split of the same size"),
    )
}


def reference_check(bench: Benchmark, digest: str) -> dict[str, Any]:
    """Whether a rendered test split (its :func:`~generators.dataset.audio_digest`)
    is the benchmark's reference: ``{"reference", "rendered", "reproduced"}``
    (``reproduced`` is ``None`` when the benchmark pins no digest)."""
    return {"reference": bench.test_digest, "rendered": digest,
            "reproduced": None if bench.test_digest is None else digest == bench.test_digest}


def reference_line(bench: Benchmark, check: dict[str, Any]) -> str:
    """One line saying whether this machine reproduces ``bench``'s reference."""
    if check["reproduced"] is None:
        return f"{bench.name}: no reference digest pinned (test split {check['rendered'][:16]}...)"
    if check["reproduced"]:
        return f"{bench.name}: this machine reproduces the reference test split " \
               f"(sha256 {check['rendered'][:16]}...)"
    kind = "plug-in output differs by machine; tolerated" if bench.is_plugin else \
        "built-in instruments must render the same bytes on every CPU"
    return (f"{bench.name}: this machine renders the test split differently from the reference "
            f"(sha256 {check['rendered'][:16]}..., reference {check['reference'][:16]}...; {kind})")


class UnknownBenchmark(DatasetError):
    """No benchmark has that name."""


def get_benchmark(name: str) -> Benchmark:
    """The benchmark called ``name`` (raises :class:`UnknownBenchmark`)."""
    try:
        return BENCHMARKS[name]
    except KeyError:
        raise UnknownBenchmark(
            f"unknown benchmark {name!r}; known: {', '.join(BENCHMARKS)}"
        ) from None


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
    from benchmark.errors import FingerprintError

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
        digest = meta.get("source_sha256")
        if fingerprint(config, recorded, digest) != stored:
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
            ("notes", list(want.notes) if want.notes else None), ("n_train", want.n_train),
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
    shards = plan_shards(config.n, config.n_train, config.shard_size)
    complete = all((folder / s.filename).exists() for s in shards)
    return not complete or not (folder / "README.md").exists()


def render_benchmark(name: str, folder: Path, workers: int = 1, progress: bool = True) -> Path:
    """Render (or resume) benchmark ``name``'s dataset into ``folder``, with a progress bar.

    Raises:
        DatasetError: unknown benchmark, the render cannot run (e.g. a plug-in is
            missing, or the disk is too small), or ``folder`` holds another dataset.
    """
    from generators.render import render_dataset

    b = get_benchmark(name)
    folder = Path(folder)
    recorded = read_meta(folder) if folder.is_dir() else None
    shard_size = (recorded or {}).get("render", {}).get("shard_size")  # resume as started
    render_dataset(b.config(shard_size), folder, workers=max(1, min(workers, os.cpu_count() or 1)),
                   progress=progress)
    return folder


RENDER_OPTIONS = ("instrument", "n", "seed", "notes", "audio_format")
"""``generators.render`` options that ``--benchmark`` sets."""


def apply_to_args(args: argparse.Namespace) -> argparse.Namespace:
    """``generators.render`` arguments with ``args.benchmark``'s settings filled in.

    Raises:
        DatasetError: unknown benchmark, or an option the benchmark sets was given.
    """
    b = get_benchmark(args.benchmark)
    given = [f"--{o.replace('_', '-')}" for o in RENDER_OPTIONS if getattr(args, o) is not None]
    if given:
        raise DatasetError(
            f"--benchmark {b.name} sets --instrument, --n, --seed, --notes and --audio-format; "
            f"drop {', '.join(given)}"
        )
    notes = f"{b.notes[0]}-{b.notes[1]}" if b.notes else None
    return argparse.Namespace(**(vars(args) | dict(
        instrument=b.instrument, n=b.config().n, seed=b.seed, notes=notes,
        audio_format=b.audio_format)))


def main(argv: Sequence[str] | None = None) -> int:
    argparse.ArgumentParser(
        prog="python -m benchmark.configs",
        description="List the named benchmark datasets with their settings and fingerprints "
                    "(computed with the installed software).",
    ).parse_args(argv)
    for b in BENCHMARKS.values():
        try:
            fp = b.fingerprint()[:16]
        except OSError as e:
            fp = f"(unavailable: {e.strerror or e})"
        try:
            n = b.config().n
        except (OSError, DatasetError):
            n = b.n
        print(f"{b.name:20s} {b.instrument:17s} n={n:<6d} seed={b.seed}  {fp}  {b.description}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
