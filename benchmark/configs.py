"""Named, versioned benchmark datasets.

A benchmark is an instrument, a seed, a number of samples and render
settings; anyone can regenerate it bit for bit with::

    python -m generators.render --benchmark noisemaker-v1

Its :meth:`Benchmark.fingerprint` (see :func:`generators.dataset.fingerprint`)
is computed from the declaration, ``n``, the seed, the render settings, the
DSP source and the versions of the packages that affect audio. Rendering
writes it into ``instrument.json``; the scorer refuses a dataset whose
fingerprint is not the named benchmark's. A definition never changes once
published: a change is a new version (``noisemaker-v2``).

``python -m benchmark.configs`` lists the benchmarks and their fingerprints.
"""

from __future__ import annotations

import argparse
import functools
import sys
from dataclasses import dataclass
from typing import Any, Literal, Sequence

from generators.dataset import (
    AUDIO_VERSIONS,
    DatasetError,
    RenderConfig,
    config_from_meta,
    default_shard_size,
    fingerprint,
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

    def config(self, shard_size: int | None = None) -> RenderConfig:
        """The render config (``shard_size`` changes files, not rows nor the fingerprint)."""
        base = _base_config(self)
        return RenderConfig(**(vars(base) | {
            "shard_size": shard_size or default_shard_size(base.n)}))

    def fingerprint(self) -> str:
        """The fingerprint a faithful render has with the installed software."""
        return fingerprint(self.config())


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
        Benchmark("noisemaker-v1", "noisemaker", 10_000,
                  description="16-parameter subtractive synth, as the original Noisemaker set"),
        Benchmark("noisemaker_light-v1", "noisemaker_light", 1_000,
                  description="osc2 wave + 4 filter/LFO knobs, as the original light set"),
        Benchmark("moog-v1", "moog", 10_000,
                  description="analog mono synth, as the original Moog (Sub Phatty) set"),
        Benchmark("guitar-v1", "guitar", 10_000,
                  description="guitar through 5 switchable effects, as the original Guitar Rig set"),
        Benchmark("guitar_light-v1", "guitar_light", 32,
                  description="the 32 on/off combinations of the 5 effects, once each"),
        Benchmark("amsynth-presets-v1", "amsynth-full", 10_000, presets="amsynth",
                  description="amsynth plug-in: train on 10,000 random patches, test on its "
                              "human presets"),
        Benchmark("amsynth-random-v1", "amsynth-full", 10_000, presets="amsynth", test="random",
                  description="control of amsynth-presets-v1: same train split, a random test "
                              "split of the same size"),
    )
}


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
