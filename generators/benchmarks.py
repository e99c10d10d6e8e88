"""The named, versioned benchmark datasets that ``render --benchmark`` renders.

A benchmark is an instrument, a seed, a number of samples and render
settings; anyone can regenerate it bit for bit with::

    python -m generators.render --benchmark noisemaker-v2

Its :meth:`Benchmark.fingerprint` (see :func:`generators.dataset.fingerprint.fingerprint`)
is computed from the declaration, ``n``, the seed, the render settings, the
DSP source and the versions of the packages that affect audio. Rendering
writes it into ``instrument.json``; the scorer refuses a dataset whose
fingerprint is not the named benchmark's (``benchmark.configs.check_dataset``).
A definition never changes once published: a change is a new version
(``noisemaker-v3``).

Each benchmark also pins the digest of its rendered test split
(:attr:`Benchmark.test_digest`: sha256 of the decoded PCM, see
:func:`generators.dataset.stats.audio_digest`; FLAC bytes of the same PCM may differ
by CPU): rendering, scoring, submitting and verifying say whether this machine
reproduces that audio (:func:`reference_check`). Built-in instruments render
the same PCM on every CPU, so a mismatch there is an error; plug-ins are
binaries we do not control, so for them it is reported and tolerated.

``python -m benchmark.configs`` lists the benchmarks and their fingerprints.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Literal

from .model.config import RenderConfig, default_shard_size
from .core.errors import DatasetError
from .dataset.fingerprint import fingerprint
from .model.playing import Playing, with_clip_length
from .model.presets import PresetSet
from .sources.resolve import resolve_instrument


@dataclass(frozen=True)
class Benchmark:
    """A named benchmark dataset.

    Attributes:
        name: ``<instrument>-v<version>``, or ``<what it tests>-v<version>``.
        instrument: built-in instrument or shipped plug-in spec name
            (``generators/plugins/specs/<name>.yaml``).
        n: number of samples (with ``presets``: of the train split).
        seed: dataset seed.
        note_range: MIDI note range ``(low, high)`` drawn per sample, or ``None``
            (the instrument's note).
        audio_format: audio encoding of the rows.
        description: one line for listings.
        test_digest: :func:`~generators.dataset.stats.audio_digest` of the reference
            render's test split (decoded PCM in id order), or ``None`` before
            it is pinned.
        presets: preset reader (``generators.model.presets.READERS``) whose presets,
            read from its default folder, size the test split; ``None``
            for the first-80 %-train split of ``n`` random samples.
        test: with ``presets``, what the test split holds: the presets
            themselves, or as many random samples (a control of the same size
            and the same train split).
        playing: how each clip's notes are played (:class:`~generators.model.playing.Playing`:
            a phrase benchmark, whose rows have a ``notes`` column), or ``None`` for the
            instrument's single note.
        clip_length: seconds per clip, replacing the instrument's
            (:func:`~generators.model.playing.with_clip_length`), or ``None``.
    """

    name: str
    instrument: str
    n: int
    seed: int = 0
    note_range: tuple[int, int] | None = None
    audio_format: str = "flac"
    description: str = ""
    presets: str | None = None
    test: Literal["presets", "random"] = "presets"
    test_digest: str | None = None
    playing: Playing | None = None
    clip_length: float | None = None

    def config(self, shard_size: int | None = None) -> RenderConfig:
        """The render config (``shard_size`` changes files, not rows nor the fingerprint)."""
        base = _base_config(self)
        return RenderConfig(**(vars(base) | {
            "shard_size": shard_size or default_shard_size(base.n)}))

    def fingerprint(self) -> str:
        """The fingerprint a faithful render has with the installed software."""
        return fingerprint(self.config())

    @property
    def cpu_dependent(self) -> bool:
        """True when the instrument's PCM may differ by CPU: a plug-in, or a synth library
        that is not portable (``source.portable``)."""
        return not _base_config(self).instrument.source.portable


@functools.cache
def _base_config(b: Benchmark) -> RenderConfig:
    """The config of ``b`` (its plug-in spec and presets read once per process)."""
    inst = with_clip_length(resolve_instrument(b.instrument), b.clip_length)
    if b.presets is None:
        return RenderConfig(instrument=inst, n=b.n, seed=b.seed, note_range=b.note_range,
                            audio_format=b.audio_format, playing=b.playing)
    presets = PresetSet.read(inst, b.presets)
    return RenderConfig(instrument=inst, n=b.n + presets.count, seed=b.seed, note_range=b.note_range,
                        audio_format=b.audio_format, train=b.n,
                        presets=presets if b.test == "presets" else None, playing=b.playing)


BENCHMARKS: dict[str, Benchmark] = {
    b.name: b
    for b in (
        Benchmark("noisemaker-v2", "noisemaker", 10_000,
                  description="16-parameter subtractive synth, as the original Noisemaker set",
                  test_digest="288f917cd24e6a9bdf5ecc5f219cd4f23cb22fffd3d4d4403e4f61a087f9f0a5"),
        Benchmark("noisemaker_light-v2", "noisemaker_light", 1_000,
                  description="osc2 wave + 4 filter/LFO knobs, as the original light set",
                  test_digest="a8dc2757965809a77cfbaf0c110180146b23836e1db2da43cd142485f482375b"),
        Benchmark("moog-v2", "moog", 10_000,
                  description="analog mono synth, as the original Moog (Sub Phatty) set",
                  test_digest="bb072a1bce0c90cf59c412f8984132d77b73988e76beb2cb46b06c9eeabab7c0"),
        Benchmark("guitar-v2", "guitar", 10_000,
                  description="guitar through 5 switchable effects, as the original Guitar Rig set",
                  test_digest="9345949a6e44945e26ee0fb05e42daa755bb938bf831d53738950dd27efd3afc"),
        Benchmark("guitar_light-v2", "guitar_light", 32,
                  description="the 32 on/off combinations of the 5 effects, once each",
                  test_digest="1a2e9582d2dc55f255b6d54457e8fe9b22ab95771d05b26c49e869ab96595ea6"),
        Benchmark("amsynth-presets-v1", "amsynth-full", 10_000, presets="amsynth",
                  description="amsynth plug-in: train on 10,000 random patches, test on its "
                              "human presets",
                  test_digest="3c0ed665e553822cda5492adbcd68d24c42bdc1e2a7fb35593ee8c2e099e9444"),
        Benchmark("amsynth-random-v1", "amsynth-full", 10_000, presets="amsynth", test="random",
                  description="control of amsynth-presets-v1: same train split, a random test "
                              "split of the same size",
                  test_digest="f13b2f76175ab13540a0970ee86880020a23c08a03b5c45c93f7bacb4949a69e"),
        Benchmark("vital-v1", "vital", 10_000,
                  description="Vital wavetable synth (vita): 41 parameters of two oscillators, "
                              "filter, envelopes, LFO and seven effects",
                  # Vital's PCM differs by CPU (rcpps, docs/vital.md): the reference machine's
                  test_digest="0dd434ccda3b7a281c365eec322f31c42d3e34b759924a91e4c37ea7f4a455aa"),
        Benchmark("dexed-v1", "dexed", 10_000,
                  description="Dexed's DX7 engine: the whole DX7 voice, 10,000 random patches "
                              "(needs the synths extra)",
                  test_digest="7670ba4f78fbe674755e7ac2c198328140aab6f3e49c4c9d584113b41e2bc037"),
        Benchmark("dexed-presets-v1", "dexed", 10_000, presets="dx7",
                  description="Dexed's DX7 engine: train on 10,000 random voices, test on the "
                              "distinct DX7/TX7/FB-01 ROM voices of hexter (needs the synths extra)",
                  test_digest="d9e1950b399e35c87cd197abce0721310d31f4c5a1d61463462bcdcc7023c685"),
        Benchmark("dexed-random-v1", "dexed", 10_000, presets="dx7", test="random",
                  description="control of dexed-presets-v1: same train split, a random test "
                              "split of the same size (needs the synths extra)",
                  test_digest="8b49fd6ea6fceee90b588871445f771c9c5312ff549d6e7ee718ebef66c2f1e0"),
        Benchmark("noisemaker-phrases-v1", "noisemaker_velocity", 10_000, clip_length=2.0,
                  playing=Playing("random", velocity=(48, 120), note_length=(0.15, 0.8)),
                  description="noisemaker-v2's patch space and its two velocity-routing knobs, "
                              "each 2.0 s clip a random phrase (3-6 notes, two velocity levels, "
                              "an overlap or chord)",
                  test_digest="336e7d5b5d252870d8986c28d1c5ffc60dce8cf7f4c9ec4feedcd1a07518fd4a"),
        Benchmark("dexed-phrases-v1", "dexed", 10_000, clip_length=2.0,
                  playing=Playing("random", velocity=(48, 120), note_length=(0.15, 0.8)),
                  description="dexed-v1's patch space (the whole DX7 voice), each 2.0 s clip a "
                              "random phrase (3-6 notes, two velocity levels, an overlap or "
                              "chord; needs the synths extra)",
                  test_digest="e9122cb26ce9fd36770266e95269cde0f28405302d6219acdfc685c18c0261b3"),
    )
}


@dataclass(frozen=True)
class AudioBenchmark:
    """A named benchmark of audio only: real instrument notes, no parameter labels.

    Its rows are notes of a General MIDI SoundFont played by FluidSynth
    (:mod:`generators.sources.soundfont`): every program of bank 0 (0-127, the melodic
    bank; drums are bank 128) at three notes (:meth:`notes_of`: middle C, a fifth below
    and an octave above, except where the instrument's range stops below C5), all in the
    ``test`` split. Columns: ``id``, ``audio``, ``program``, ``program_name``, ``note``,
    ``velocity``, ``peak``, ``is_silent``. ``python -m generators.render --benchmark
    gm-ood-v1`` renders it; ``baselines.ood`` scores a model on it by the audio alone.

    Attributes:
        name: ``<what it tests>-v<version>``.
        description: one line for listings.
        velocity: MIDI velocity, 1-127.
        note_length: seconds each note is held.
        clip_length: seconds per clip.
        sample_rate: Hz.
        notes: the three notes of a program (MIDI): middle C, a fifth below, an
            octave above.
        low_notes: the notes of :attr:`low_programs`, whose range ends below C5: an
            octave below middle C instead of an octave above.
        low_programs: GM programs (0-based) that play :attr:`low_notes`: the eight
            basses (32-39) and tuba (58).
        lowest_notes: the notes of :attr:`lowest_programs`, whose FluidR3 preset is silent
            from middle C up: :attr:`low_notes` an octave down.
        lowest_programs: contrabass (43: silent above B3, 57, in FluidR3).
        test_digest: :func:`~generators.dataset.stats.audio_digest` of the reference
            render (decoded PCM in id order).
    """

    name: str
    description: str = ""
    velocity: int = 100
    note_length: float = 0.67
    clip_length: float = 0.9
    sample_rate: int = 22050
    notes: tuple[int, ...] = (53, 60, 72)
    low_notes: tuple[int, ...] = (48, 53, 60)
    low_programs: tuple[int, ...] = (*range(32, 40), 58)
    lowest_notes: tuple[int, ...] = (36, 41, 48)
    lowest_programs: tuple[int, ...] = (43,)
    audio_format: str = "flac"
    test_digest: str | None = None

    def notes_of(self, program: int) -> tuple[int, ...]:
        """The MIDI notes GM ``program`` plays, lowest first."""
        if program in self.lowest_programs:
            return self.lowest_notes
        return self.low_notes if program in self.low_programs else self.notes

    def rows(self) -> list[tuple[int, int, int]]:
        """``(id, program, note)`` of every clip, in id order (program, then note)."""
        pairs = [(p, n) for p in range(128) for n in self.notes_of(p)]
        return [(i, p, n) for i, (p, n) in enumerate(pairs)]

    @property
    def n(self) -> int:
        """Number of clips."""
        return len(self.rows())

    def definition(self) -> dict[str, Any]:
        """What determines the audio besides software: the fields, FluidSynth's settings."""
        from .sources import soundfont as sfont

        return {"name": self.name, "velocity": self.velocity, "note_length": self.note_length,
                "clip_length": self.clip_length, "sample_rate": self.sample_rate,
                "rows": [[p, n] for _, p, n in self.rows()], "audio_format": self.audio_format,
                "fluidsynth_settings": sfont.SETTINGS, "gain": sfont.GAIN,
                "interpolation": sfont.INTERPOLATION, "block": sfont.BLOCK,
                "soundfont": sfont.SOUNDFONT}

    def fingerprint(self) -> str:
        """sha256 of :meth:`definition`, the SoundFont's bytes and FluidSynth's version."""
        import hashlib
        import json

        from .sources import soundfont as sfont

        doc = self.definition() | {"soundfont_sha256": sfont.soundfont_digest(),
                                   "fluidsynth": sfont.fluidsynth_version()}
        return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()

    @property
    def is_plugin(self) -> bool:
        """FluidSynth is a binary we do not control: a mismatch is reported, tolerated."""
        return True


AUDIO_BENCHMARKS: dict[str, AudioBenchmark] = {
    b.name: b
    for b in (
        AudioBenchmark("gm-ood-v1",
                       description="out of domain: 128 FluidR3 GM programs x 3 notes, real "
                                   "sampled instruments, audio only",
                       test_digest="7bab179c4a81f1ac5edfcaae077ea7672ba9e55859dcd87054072ff3b7d94e17"),
    )
}
"""Audio-only benchmarks (no parameter labels), by name."""


def reference_check(bench: Benchmark | AudioBenchmark, digest: str) -> dict[str, Any]:
    """Whether a rendered test split (its :func:`~generators.dataset.stats.audio_digest`)
    is the benchmark's reference: ``{"reference", "rendered", "reproduced"}``
    (``reproduced`` is ``None`` when the benchmark pins no digest)."""
    return {"reference": bench.test_digest, "rendered": digest,
            "reproduced": None if bench.test_digest is None else digest == bench.test_digest}


def reference_line(bench: Benchmark | AudioBenchmark, check: dict[str, Any]) -> str:
    """One line saying whether this machine reproduces ``bench``'s reference."""
    if check["reproduced"] is None:
        return f"{bench.name}: no reference digest pinned (test split {check['rendered'][:16]}...)"
    if check["reproduced"]:
        return f"{bench.name}: this machine reproduces the reference test split " \
               f"(PCM sha256 {check['rendered'][:16]}...)"
    kind = "this instrument's PCM may differ by CPU; tolerated" \
        if bench.cpu_dependent else \
        "this instrument must render the same PCM on every CPU"
    return (f"{bench.name}: this machine renders the test split differently from the reference "
            f"(PCM sha256 {check['rendered'][:16]}..., reference {check['reference'][:16]}...; "
            f"{kind})")


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
