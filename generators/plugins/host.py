"""Rendering plug-in instruments (VST2 ``.so`` / VST3) with DawDreamer.

One :class:`PluginRenderer` holds one DawDreamer ``RenderEngine`` with the
plug-in loaded once (one per worker process, reused for every clip). Each
:meth:`PluginRenderer.render` sets every plug-in parameter the declaration
names (the fixed base patch, then the varied parameters), plays one MIDI note
and returns the mono clip after a fixed gain and a soft limiter.

No state leaks from one render into the next. DawDreamer resets the plug-in
at the start of every render (voices still sounding are cut: a note held
past the end of a render is silent in the next one), but a plug-in may keep
other state across renders that no host call resets. Measured on amsynth
1.13 (60 random patches, random notes 48-72, rendered once in order and
twice in shuffled orders, ``tests/generators/plugins/test_plugin.py`` re-checks it):

* rendering each clip once, 54-57 of 60 clips differed with the render
  before them (max abs differences typically 0.3-0.7): oscillator and LFO
  frequencies glide from the previous render's values, volume and mix
  smoothers start where they were left, so LFO and oscillator phases differ
  for the whole note;
* a silent pre-roll before the note, or MIDI All-Sound-Off, did not help
  (the state is in the voice, which is reset without touching it);
* rendering the same settings and note once before the kept render left 10
  of 60 clips different; twice: 0 of 60 (float samples bit-identical) for
  three seeds. Two warm-up renders is the default (``warmup_renders`` of
  :class:`~generators.model.declaration.PluginSource`); it costs 3 renders a
  clip (amsynth: about 2 ms each for a 0.9 s clip at 22,050 Hz).

Some state no host can reset: amsynth's noise and sample-and-hold waveforms
share one process-wide random generator, its oscillator-sync phase is never
reset, and the LFO triangle takes the direction of the last sawtooth played.
A spec must leave such settings fixed (``generators/plugins/specs/amsynth.yaml``
does); :func:`check_determinism` finds them.

Or it renders each clip in a fresh process (``isolation: fork``, as
``generators/plugins/specs/amsynth-full.yaml`` does): the worker loads the plug-in
once and never plays it; every clip is rendered by a child process forked
from that pristine instance (its parameters set, warm-ups and the kept
render played there), which sends the samples back through a pipe and
exits. Whatever the plug-in keeps, per voice or process-wide (amsynth's
random generator is a function-level static), starts from the same state
in every clip. Measured on amsynth 1.13 (60 random patches of the full
spec x 3 seeds, sync, noise and every LFO waveform included, rendered in
order, reversed, shuffled and in order again;
``perf/amsynth_isolation.py``): 0 of 180 clips differ with forks,
180 of 180 with 2 warm-up renders in one instance. A forked clip of 1.0 s
costs 10-13 ms (one render, about 4 ms, plus the fork), 3 in-process renders
8-10 ms; a fresh plug-in instance per clip would cost about 110 ms (amsynth
scans its preset banks when it is created), and fixes neither the
process-wide random generator. Needs ``os.fork`` (Linux, macOS).

Notes: :meth:`PluginRenderer.render_notes` sends every note event of a clip
(:mod:`generators.model.playing`) as one MIDI note (``add_midi_note(pitch,
velocity, start, duration)``) into the same render, so overlapping notes sound
through the plug-in's own polyphony and shared stages; warm-ups, the fork per
clip and the gain stage are those of one note, and one event at the
instrument's note, velocity and note length from time 0 gives the bytes of
:meth:`PluginRenderer.render`.

Gain stage: the plug-in output (channels averaged to mono) is multiplied by
``10 ** (gain_db / 20)`` and passed through :func:`soft_limit`, a memoryless
limiter (identity below 0.9, ``tanh`` knee above, never reaching 1), so no
clip is ever hard-clipped by the 16-bit encoder and no limiter state can leak
between clips.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterator

import numpy as np

from ..core.audio import LIMIT_KNEE, SILENCE_PEAK, soft_limit  # noqa: F401 (re-exported)
from ..model.declaration import DeclarationError, Instrument, PluginSource
from ..model.playing import NoteEvent, Notes
from ..core.errors import DatasetError
from ..model.sampler import draw


class PluginError(DatasetError, DeclarationError):
    """A plug-in or its spec cannot be used as declared (user-facing message).

    A :class:`~generators.core.errors.DatasetError`, so the render CLI prints it
    on one line and exits with code 2.
    """


# ----------------------------------------------------------------- helpers
def engine_audio(engine: Any, n_samples: int) -> np.ndarray:
    """The last render of ``engine``: float32 ``[channels, n_samples]``, cut or
    zero-padded to ``n_samples``."""
    audio = np.asarray(engine.get_audio(), dtype=np.float32)
    if audio.shape[1] < n_samples:
        audio = np.pad(audio, ((0, 0), (0, n_samples - audio.shape[1])))
    return audio[:, :n_samples]


def output_stage(audio: np.ndarray, gain: float) -> np.ndarray:
    """float32 ``[channels, n]`` -> ``[n]``: channels averaged, times ``gain``
    (linear), then :func:`soft_limit`."""
    mono = audio[0] if audio.shape[0] == 1 else audio.mean(axis=0, dtype=np.float32)
    if gain != 1.0:
        mono = mono * np.float32(gain)
    return soft_limit(mono)


def plugin_path(source: PluginSource) -> Path:
    """The plug-in file of ``source`` (``~`` and ``$VARS`` expanded)."""
    return Path(os.path.expandvars(os.path.expanduser(source.path)))


def plugin_digest(path: str | Path) -> str:
    """sha256 (hex) of a plug-in file, or of every file of a VST3 bundle."""
    path = Path(path)
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        h.update(str(f.relative_to(path) if path.is_dir() else f.name).encode() + b"\0")
        with open(f, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


class _Log:
    """What :func:`captured_output` captured (complete once the block exits)."""

    def __init__(self) -> None:
        self.data = b""

    def text(self) -> str:
        return self.data.decode(errors="replace")


@contextmanager
def captured_output() -> Iterator[_Log]:
    """Capture what native code prints on fds 1 and 2 meanwhile (DawDreamer
    and plug-ins chatter while loading), so the CLI's output stays clean and
    a load error can quote it."""
    with tempfile.TemporaryFile() as f:
        log = _Log()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
            saved = (os.dup(1), os.dup(2))
        except (OSError, ValueError, AttributeError):
            yield log
            return
        try:
            os.dup2(f.fileno(), 1)
            os.dup2(f.fileno(), 2)
            yield log
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            f.seek(0)
            log.data = f.read()


def load_plugin(path: Path, sample_rate: int, block_size: int) -> tuple[Any, Any]:
    """``(engine, processor)``: a DawDreamer engine with the plug-in loaded.

    Raises:
        PluginError: the file is missing or DawDreamer cannot load it.
    """
    import dawdreamer as daw

    engine = daw.RenderEngine(int(sample_rate), int(block_size))
    synth = make_plugin_processor(engine, "synth", path)
    engine.load_graph([(synth, [])])
    return engine, synth


@contextmanager
def preserved_fp_env() -> Iterator[None]:
    """Restore the thread's floating-point environment (x87 control word and
    SSE MXCSR: rounding, flush-to-zero, denormals-are-zero) when the block exits.

    Loading a DPF plug-in (zam-plugins, dpf-plugins: Kars, ZamTube, MVerb...)
    turns on flush-to-zero and denormals-are-zero for the calling thread
    (MXCSR 0x1fa0 -> 0x9fe5) and leaves them on. Everything computed later in
    the process then changes: NumPy flushes denormals, and DawDreamer's Faust
    compiler fails an interval assertion (``intervalPow.cpp: x.lo() > 0``)
    and aborts the process when it compiles a built-in instrument. A render
    leaves the environment as it found it (measured), so only loading needs
    this. A no-op
    where glibc's ``fegetenv``/``fesetenv`` are not available.
    """
    import ctypes

    try:
        libm = ctypes.CDLL("libm.so.6")
    except OSError:
        yield
        return
    saved = ctypes.create_string_buffer(64)  # fenv_t is 32 bytes on x86-64 glibc
    libm.fegetenv(saved)
    try:
        yield
    finally:
        libm.fesetenv(saved)


def make_plugin_processor(engine: Any, name: str, path: Path, what: str = "instrument") -> Any:
    """Load plug-in ``path`` into ``engine`` as processor ``name`` (replacing
    one of that name), its chatter captured.

    Raises:
        PluginError: the file is missing, DawDreamer cannot load it, or it has
            no audio output.
    """
    if not path.exists():
        raise PluginError(f"plug-in file {path} not found")
    with captured_output() as log, preserved_fp_env():
        try:
            proc = engine.make_plugin_processor(name, str(path))
            error = None
        except Exception as e:  # noqa: BLE001 (DawDreamer raises RuntimeError)
            error = e
    if error is not None:
        said = " / ".join(line for line in log.text().splitlines()[-3:] if line.strip())
        raise PluginError(f"cannot load plug-in {path}: {error} (is it a VST2 .so or a VST3 "
                          f"{what} built for this platform?"
                          + (f" It printed: {said}" if said else "") + ")") from None
    if proc.get_num_output_channels() < 1:
        raise PluginError(f"plug-in {path} has no audio outputs: not an {what}")
    return proc


def parameter_names(synth: Any) -> list[str]:
    """Names of a loaded plug-in's parameters, by index."""
    return [synth.get_parameter_name(i) for i in range(synth.get_plugin_parameter_size())]


def resolve_parameter(names: list[str], target: str | int, what: str, plugin: str) -> int:
    """Index of plug-in parameter ``target`` (a name, or an index as fallback).

    A name is looked up first; a string of digits that is no parameter's name
    is read as an index.

    Raises:
        PluginError: no such parameter (close names are listed), an
            ambiguous name, or an index out of range.
    """
    if isinstance(target, str) and target in names:
        hits = [i for i, n in enumerate(names) if n == target]
        if len(hits) > 1:
            raise PluginError(f"{what}: {plugin} has {len(hits)} parameters named {target!r} "
                              f"(indices {hits}); give the index instead")
        return hits[0]
    index: int | None = None
    if isinstance(target, bool):
        index = None
    elif isinstance(target, int):
        index = target
    elif isinstance(target, str) and target.isdigit():
        index = int(target)
    if index is not None:
        if not 0 <= index < len(names):
            raise PluginError(f"{what}: parameter index {index} out of range "
                              f"({plugin} has {len(names)} parameters, 0-{len(names) - 1})")
        return index
    close = difflib.get_close_matches(str(target), names, n=5, cutoff=0.5)
    hint = (f"close names: {', '.join(close)}" if close else
            f"list them with: python -m generators.plugin_spec {plugin}")
    raise PluginError(f"{what}: {plugin} has no parameter {target!r}; {hint}")


def param_targets(instrument: Instrument, names: list[str], plugin: str) -> dict[str, int]:
    """Plug-in parameter index of every engine value of ``instrument``: its
    varied parameters (by column name) and its fixed settings.

    Raises:
        PluginError: unknown parameter, or one plug-in parameter set twice.
    """
    items: list[tuple[str, str | int, str]] = []
    for p in instrument.params:
        target = p.target if p.target is not None else p.name
        items.append((p.name, target, f"{instrument.name}.{p.name} ({p.kind})"))
    for key in instrument.fixed:
        items.append((key, key, f"{instrument.name} fixed setting {key!r}"))
    return resolve_targets(items, names, plugin)


def resolve_targets(items: list[tuple[str, str | int, str]], names: list[str],
                    plugin: str) -> dict[str, int]:
    """Plug-in parameter index of each ``(key, target, what)``: ``key`` ->
    index of ``target`` among ``names``; ``what`` names it in errors.

    Raises:
        PluginError: unknown parameter, or one plug-in parameter set twice.
    """
    out: dict[str, int] = {}
    owner: dict[int, str] = {}
    for key, target, what in items:
        index = resolve_parameter(names, target, what, plugin)
        if index in owner:
            raise PluginError(f"{what}: plug-in parameter {names[index]!r} (index {index}) is "
                              f"already set by {owner[index]}")
        owner[index] = what
        out[key] = index
    return out


def single_note(instrument: Instrument, note: int | None = None) -> Notes:
    """The one event :meth:`PluginRenderer.render` plays: ``note`` (the instrument's
    when ``None``) at the instrument's velocity and note length, from time 0."""
    pitch = instrument.note if note is None else note
    return (NoteEvent(0.0, int(pitch), int(instrument.velocity), float(instrument.note_length)),)


def add_notes(processor: Any, notes: Notes) -> None:
    """Queue every event of ``notes`` as a MIDI note on a DawDreamer plug-in
    ``processor`` (onset and length in seconds); overlapping events sound together,
    as many at once as the plug-in's polyphony allows."""
    for ev in notes:
        processor.add_midi_note(int(ev.pitch), int(ev.velocity), float(ev.start), float(ev.duration))


def in_forked_child(work: Callable[[], np.ndarray]) -> np.ndarray:
    """Run ``work`` in a child process forked from this one; return its array.

    The child starts from a copy of this process's memory (a plug-in
    instance that was never played stays pristine here), sends the float32
    array back through a pipe and exits without running any clean-up of
    this process (``os._exit``).

    Raises:
        PluginError: ``work`` raised in the child (its message is quoted),
            or the child died.
    """
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(read_fd)
            try:
                arr = np.ascontiguousarray(work(), dtype=np.float32)
                payload = (b"A" + np.array([arr.ndim, *arr.shape], dtype=np.int64).tobytes()
                           + arr.tobytes())
            except BaseException as e:  # noqa: BLE001 (reported to the parent)
                payload = b"E" + f"{type(e).__name__}: {e}".encode(errors="replace")
            with os.fdopen(write_fd, "wb") as f:
                f.write(payload)
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as f:
        data = f.read()
    _, status = os.waitpid(pid, 0)
    if data[:1] == b"E":
        raise PluginError(f"rendering in a forked process failed: {data[1:].decode()}")
    if status != 0 or data[:1] != b"A":
        raise PluginError(f"the forked rendering process died (wait status {status})")
    ndim = int(np.frombuffer(data[1:9], dtype=np.int64)[0])
    shape = tuple(int(v) for v in np.frombuffer(data[9:9 + 8 * ndim], dtype=np.int64))
    return np.frombuffer(data[9 + 8 * ndim:], dtype=np.float32).reshape(shape).copy()


# ----------------------------------------------------------------- renderer
class PluginRenderer:
    """Renders notes of a plug-in instrument.

    Args:
        instrument: a declaration whose ``source`` is a :class:`PluginSource`.
        check: render the base patch once and refuse a plug-in that gives
            NaN/inf or only silence (also the first warm-up of the engine).

    Raises:
        PluginError: missing or unloadable plug-in, a parameter it lacks,
            engine values outside 0-1, or a NaN/silent base patch.
    """

    def __init__(self, instrument: Instrument, check: bool = True) -> None:
        if not isinstance(instrument.source, PluginSource):
            raise TypeError(f"{instrument.name} is not a plug-in instrument")
        src = instrument.source
        if src.warmup_renders < 0 or src.block_size <= 0:
            raise PluginError(f"{instrument.name}: need warmup_renders >= 0 and block_size > 0")
        self.instrument = instrument
        self.path = plugin_path(src)
        self.engine, self.synth = load_plugin(self.path, instrument.sample_rate, src.block_size)
        self.names = parameter_names(self.synth)
        self.targets = param_targets(instrument, self.names, self.path.name)
        bad = {k: v for k, v in instrument.fixed.items() if not 0.0 <= float(v) <= 1.0}
        if bad:
            raise PluginError(f"{instrument.name}: fixed plug-in values must be in 0-1, got {bad}")
        self.gain = float(10.0 ** (src.gain_db / 20.0))
        self.renders = 1 + int(src.warmup_renders)
        self.channels = int(self.synth.get_num_output_channels())
        self.isolation = src.isolation
        if self.isolation == "fork" and not hasattr(os, "fork"):
            raise PluginError(f"{instrument.name}: isolation: fork needs os.fork (Linux, macOS)")
        if check:
            self.check_base_patch()

    def set_values(self, settings: dict[str, float | str]) -> None:
        """Set every plug-in parameter the declaration names (fixed, then varied)."""
        set_param = self.synth.set_parameter
        for key, value in self.instrument.engine_values(settings).items():
            set_param(self.targets[key], float(value))

    def _render_here(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """:meth:`render_raw` in this process's plug-in instance."""
        self.set_values(settings)
        return self.play_notes(notes)

    def play(self, note: int | None = None) -> np.ndarray:
        """Play one note with the plug-in's current settings (warm-ups, then the kept
        render): float32 ``[channels, n_samples]``."""
        return self.play_notes(single_note(self.instrument, note))

    def play_notes(self, notes: Notes) -> np.ndarray:
        """Play ``notes`` with the plug-in's current settings: every event as one MIDI
        note (the plug-in's own polyphony), warm-ups, then the kept render; float32
        ``[channels, n_samples]``."""
        inst = self.instrument
        self.synth.clear_midi()
        add_notes(self.synth, notes)
        for _ in range(self.renders):  # warm-ups, then the kept render (see module doc)
            self.engine.render(inst.clip_length)
        return engine_audio(self.engine, inst.n_samples)

    def output(self, audio: np.ndarray) -> np.ndarray:
        """The plug-in's output ``[channels, n]`` -> the clip (:func:`output_stage`)."""
        return output_stage(audio, self.gain)

    def render_raw(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """The plug-in's output for ``settings``: float32 ``[channels, n_samples]``,
        before the mono mix and the gain stage (in a forked child with
        ``isolation: fork``)."""
        return self.render_raw_notes(settings, single_note(self.instrument, note))

    def render_raw_notes(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """:meth:`render_raw` playing ``notes``: float32 ``[channels, n_samples]``."""
        if self.isolation == "fork":
            return in_forked_child(lambda: self._render_here(settings, notes))
        return self._render_here(settings, notes)

    def render(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """One clip (:meth:`generators.sources.renderers.Renderer.render`): channels averaged,
        then the fixed gain and :func:`soft_limit`, so in (-1, 1). NaN is passed
        through (the dataset writer flags it)."""
        return self.output(self.render_raw(settings, note))

    def render_notes(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """One clip playing ``notes`` (:meth:`generators.sources.renderers.Renderer.render_notes`):
        all the events as MIDI in one render (warm-ups and fork as :meth:`render`), then
        the output stage. One event at the instrument's note, velocity and note length
        from time 0 is the MIDI :meth:`render` sends, so the same bytes."""
        return self.output(self.render_raw_notes(settings, notes))

    def state(self, settings: dict[str, float | str] | None = None) -> bytes:
        """The plug-in's own saved state, with ``settings`` set first (``None``: as it is).
        For a VST2 plug-in, the bytes of an ``.fxb`` bank file whose chunk is the
        plug-in's own preset data."""
        if settings is not None:
            self.set_values(settings)
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "state"
            self.synth.save_state(str(path))
            return path.read_bytes()

    def preset_files(self, settings: dict[str, float | str], folder: Path, name: str) -> list[Path]:
        """Write the plug-in's preset files of ``settings`` into ``folder`` (``preset.fxb``,
        and an amsynth bank for amsynth); return their paths. Every renderer that can
        save a patch in its synth's own format has this method (``baselines.match``)."""
        from ..model.preset_files import write_presets

        return write_presets(self, settings, folder, name)

    def check_base_patch(self) -> None:
        """Refuse a plug-in that renders NaN/inf or only silence for the base patch."""
        check_base_clip(self.instrument, self.render(self.instrument.default_settings()),
                        self.path.name)


def check_base_clip(inst: Instrument, clip: np.ndarray, what: str) -> None:
    """Refuse a base-patch clip (float32 ``[n_samples]``) that holds NaN/inf
    or only silence; ``what`` names the sound source in the message.

    Raises:
        PluginError: one line naming the instrument and what to check.
    """
    if not np.all(np.isfinite(clip)):
        raise PluginError(f"{inst.name}: {what} renders NaN or inf for the base "
                          "patch (fixed settings and defaults)")
    peak = float(np.max(np.abs(clip))) if clip.size else 0.0
    if peak < SILENCE_PEAK:
        level = f"{20 * np.log10(peak):.0f} dBFS" if peak > 0 else "digital silence"
        raise PluginError(
            f"{inst.name}: {what} renders only silence for the base patch "
            f"(peak {level}, note {inst.note}, velocity {inst.velocity}); check the fixed "
            "settings (volume, amp envelope, filter) and that it is an instrument")


def check_determinism(renderer: Any, n: int = 8, seed: int = 0,
                      notes: tuple[int, int] | None = None) -> list[int]:
    """Ids of random patches whose audio depends on what was rendered before.

    Renders ``n`` random patches (the sampler's draws for ids ``0..n-1`` of
    ``seed``) in order, then again in reverse order, and compares the samples.

    Returns:
        the ids that differ (empty when the renderer is history-free here).
    """
    inst = renderer.instrument
    samples = [draw(inst, seed, i, notes) for i in range(n)]
    first = [renderer.render(s.settings, s.note) for s in samples]
    second = {s.id: renderer.render(s.settings, s.note) for s in reversed(samples)}
    return [s.id for s in samples if not np.array_equal(first[s.id], second[s.id])]


def describe_plugin(path: str | Path, sample_rate: int = 22050) -> list[dict[str, Any]]:
    """Every parameter of a plug-in: index, name, current 0-1 value and its
    text, the text at 0 and 1, unit label, and the plug-in's discrete values
    (``steps``: text -> 0-1 value) when it has few of them.

    Sweeps each parameter over 0-1 (on a throw-away instance) to find them.
    """
    engine, synth = load_plugin(Path(path), sample_rate, 512)
    desc = {d["index"]: d for d in synth.get_parameters_description()}
    out = []
    for i, name in enumerate(parameter_names(synth)):
        value = float(synth.get_parameter(i))
        text = synth.get_parameter_text(i)
        out.append({"index": i, "name": name, "value": value, "text": text,
                    "unit": desc.get(i, {}).get("label", "")})
    for row in out:
        i = row["index"]
        grid = np.linspace(0.0, 1.0, 201)
        texts = []
        for v in grid:
            synth.set_parameter(i, float(v))
            texts.append(synth.get_parameter_text(i))
        row["text_at_0"], row["text_at_1"] = texts[0], texts[-1]
        distinct = list(dict.fromkeys(texts))
        row["steps"] = None
        if 2 <= len(distinct) <= 16:
            runs: dict[str, list[float]] = {}
            for v, t in zip(grid, texts):
                runs.setdefault(t, []).append(float(v))
            if all(max(r) - min(r) < 0.5 + 1e-9 for r in runs.values()):
                # a step's value: j / (steps - 1) when the plug-in shows that
                # step's text there (the usual mapping), else its run's middle
                k = len(distinct) - 1
                steps = {}
                for j, t in enumerate(distinct):
                    synth.set_parameter(i, j / k)
                    exact = synth.get_parameter_text(i) == t
                    steps[t] = round(j / k if exact else (min(runs[t]) + max(runs[t])) / 2, 6)
                row["steps"] = steps
        synth.set_parameter(i, row["value"])
    del engine
    return out
