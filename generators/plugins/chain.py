"""Rendering effect chains: a source through effect plug-ins (DawDreamer).

A :class:`~generators.model.declaration.ChainSource` instrument is a dry source (a
plug-in synth played by MIDI, a built-in instrument rendered by its own
renderer, or a file of an audio folder) followed by effect plug-ins, each
with an off/on switch. One :class:`ChainRenderer` holds one DawDreamer engine
with every plug-in loaded once; each clip:

1. builds the graph from the effects that are ``on`` (an ``off`` effect is
   left out: its bypass is bit-exact, and its knobs cannot matter);
2. loads a new instance of every ``on`` effect declared ``fresh_instance``;
3. when an ``on`` effect declares ``flush`` settings, sets them and renders
   ``flush_seconds`` of silence through the graph (empties reverb and delay
   buffers);
4. sets the fixed and varied values of the source and the effects, seeds the
   C library's ``rand()`` when ``rand_seed`` is set, and renders the clip
   (``1 + warmup_renders`` times for a plug-in source; the last is kept);
5. averages the channels to mono, applies ``gain_db`` and the memoryless
   :func:`~generators.plugins.host.soft_limit`.

Notes (:meth:`ChainRenderer.render_notes`): step 4 gives the clip's note events
to the head: a plug-in head takes them all as MIDI (its polyphony); a built-in
head renders them as its own renderer does (one voice per event, summed,
soft-limited: its output alone), then the effects; an audio-folder head plays
a recording, not notes, and refuses any events but the single note of
:meth:`ChainRenderer.render` (one-line :class:`~generators.plugins.host.PluginError`).

Why each step (measured on zam-plugins 4.1 / dpf-plugins in DawDreamer
0.9.0, 22,050 Hz, rendering A, B, A and comparing the two A's;
``perf/chain_leaks.py`` prints the table in the README, and
``tests/generators/plugins/test_chain.py`` checks the shipped chain):

* Kars (DPF's Karplus-Strong synth) excites its strings with C ``rand()``
  noise: four renders of one note peaked at 1.19, 0.97, 1.01 and 1.04;
  seeding ``rand()`` before each render made them bit-identical.
* ZamEQ2 and ZamDelay (feedback 0.99 included): A, B, A bit-identical as is.
* ZamTube keeps its tube-circuit state across renders (A's differ by 5e-3;
  4 warm-up renders left 3e-8, 3 s of silent flush 4e-9, never 0): only a
  fresh instance gives identical clips (about 50-120 ms per load on the
  2-core machine).
* A fresh instance is not quite history-free either: the first ZamTube
  instance of a process (made before anything was rendered) gave clips that
  differ by 2e-5 to 4e-5 from those of every later instance, which all
  agree (presumably process-wide state in the plug-in library, not
  investigated further; restoring the floating-point environment did not
  change it). So the instance loaded at start-up is never used for a clip:
  every clip with the effect on gets one made later.
* MaFreeverb keeps its comb buffers (A's differ by 2e-2); 1 s of silence with
  both feedbacks at 0 empties them exactly, but it has no dry signal. MVerb
  (which has a dry/wet mix) never reached bit-identical A's with warm-ups
  (1.5e-8 after 4), and a flush at decay and mix 0 is exact only while size
  and mix stay put (9.6e-2 when they change between A and B), so the shipped
  spec loads MVerb fresh for every clip, like ZamTube.
"""

from __future__ import annotations

import ctypes
import os
from functools import singledispatch, singledispatchmethod
from pathlib import Path
from typing import Any

import numpy as np

from ..dsp.compiled import CompiledRenderer
from ..model.declaration import (AudioFolderSource, BuiltinSource, ChainHead, ChainSource, Effect,
                                 Instrument, Knob, PluginSource, Switch)
from ..instruments import UnknownInstrument, get_instrument
from ..model.playing import Notes
from .host import (PluginError, add_notes, captured_output, check_base_clip, engine_audio,
                   make_plugin_processor, output_stage, parameter_names, resolve_targets,
                   single_note)
from ..core.reading import brief

AUDIO_SUFFIXES = (".wav", ".flac", ".aiff", ".aif", ".ogg")
"""Files an audio-folder source uses (by suffix, case-insensitive)."""

SOURCE = "source"
"""Processor name of the chain's source."""


def expand(path: str) -> Path:
    """``path`` with ``~`` and ``$VARS`` expanded."""
    return Path(os.path.expandvars(os.path.expanduser(path)))


def audio_files(folder: str | Path) -> list[str]:
    """Audio files of ``folder`` and its subfolders, as sorted relative POSIX
    paths (the labels of an audio-folder source's switch).

    Raises:
        PluginError: the folder is missing or holds no audio file.
    """
    root = expand(str(folder))
    if not root.is_dir():
        raise PluginError(f"audio folder {root} not found")
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                   if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES)
    if not files:
        raise PluginError(f"audio folder {root} holds no audio file "
                          f"({', '.join(AUDIO_SUFFIXES)})")
    return files


def read_clip(path: Path, sample_rate: int, n_samples: int, gain_db: float = 0.0) -> np.ndarray:
    """An audio file as the chain's input: float32 ``[1, n_samples]``, channels
    averaged, cut or zero-padded to ``n_samples``, times ``10 ** (gain_db / 20)``.

    Raises:
        PluginError: unreadable file, or a sample rate other than ``sample_rate``.
    """
    import soundfile as sf

    try:
        data, sr = sf.read(str(path), dtype="float32", always_2d=True)
    except (OSError, RuntimeError) as e:
        raise PluginError(f"cannot read audio file {path}: {e}") from None
    if sr != sample_rate:
        raise PluginError(f"audio file {path} is {sr} Hz, the instrument renders at "
                          f"{sample_rate} Hz: resample the folder (e.g. sox IN -r {sample_rate} "
                          "OUT)")
    mono = data.mean(axis=1, dtype=np.float32)[:n_samples]
    out = np.zeros((1, n_samples), dtype=np.float32)
    out[0, : mono.size] = mono * np.float32(10.0 ** (gain_db / 20.0))
    return out


def chain_files(chain: ChainSource) -> list[Path]:
    """The files that make a chain's sound: every plug-in, and the audio
    folder's files (what a dataset's source digest hashes)."""
    return head_files(chain.source) + [expand(fx.path) for fx in chain.effects]


@singledispatch
def head_files(head: ChainHead) -> list[Path]:
    """The files of a chain's head that make its sound, one entry per head kind."""
    raise TypeError(f"no files for a chain head {type(head).__name__}")


@head_files.register
def _(head: PluginSource) -> list[Path]:
    return [expand(head.path)]


@head_files.register
def _(head: BuiltinSource) -> list[Path]:
    return []  # a built-in's sound is in its source digest, not in files


@head_files.register
def _(head: AudioFolderSource) -> list[Path]:
    return [expand(head.folder) / f for f in audio_files(head.folder)]


@singledispatch
def head_name(head: ChainHead) -> str:
    """A chain's head in words (:meth:`ChainRenderer.describe`), one entry per head kind."""
    raise TypeError(f"no name for a chain head {type(head).__name__}")


@head_name.register
def _(head: PluginSource) -> str:
    return expand(head.path).name


@head_name.register
def _(head: BuiltinSource) -> str:
    return f"built-in {head.instrument}"


@head_name.register
def _(head: AudioFolderSource) -> str:
    return f"audio folder {head.folder}"


def check_setting(param: Knob | Switch, value: Any, where: str) -> None:
    """Refuse a fixed setting a built-in parameter cannot take: a switch's label not among
    its labels, a knob's value not a number on its 0-10 scale.

    Raises:
        PluginError: one line naming ``where`` and what is allowed.
    """
    if isinstance(param, Switch):
        if value not in param.labels:
            raise PluginError(f"{where}: {brief(value)} is not one of its labels "
                              f"{brief(list(param.labels), 200)}")
    elif isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 10:
        raise PluginError(f"{where}: a knob's setting is a number in 0-10, got {brief(value)}")


class ChainRenderer:
    """Renders clips of a :class:`~generators.model.declaration.ChainSource` instrument.

    Args:
        instrument: a declaration whose ``source`` is a ``ChainSource``.
        check: render the base patch once and refuse NaN/inf or silence.

    Raises:
        PluginError: a missing or unloadable plug-in or audio file, a
            parameter a plug-in lacks, or a NaN/silent base patch.
    """

    def __init__(self, instrument: Instrument, check: bool = True) -> None:
        import dawdreamer as daw

        chain = instrument.source
        if not isinstance(chain, ChainSource):
            raise TypeError(f"{instrument.name} is not an effect-chain instrument")
        self.instrument = instrument
        self.chain = chain
        sr = instrument.sample_rate
        self.engine = daw.RenderEngine(int(sr), int(chain.block_size))
        self.gain = float(10.0 ** (chain.gain_db / 20.0))
        owned = {col for fx in chain.effects for col in (fx.switch, *fx.params)}
        self.source_params = [p for p in instrument.params if p.name not in owned]
        self.renders = 1
        self.source_targets: dict[str, int] = {}
        self.builtin: Any = None
        self.builtin_settings: dict[str, Any] = {}
        self.clips: dict[str, np.ndarray] = {}
        self._init_head(chain.source)
        self.effects: dict[str, Any] = {}
        self.targets: dict[str, dict[str, int]] = {}
        for fx in chain.effects:
            proc = self._load_effect(fx)
            names = parameter_names(proc)
            items = [(p, self._target(p), f"{instrument.name}.{p} (effect {fx.name})")
                     for p in fx.params]
            items += [(k, k, f"{instrument.name} effect {fx.name} fixed setting {k!r}")
                      for k in fx.fixed]
            targets = resolve_targets(items, names, expand(fx.path).name)
            for k in fx.flush or {}:
                targets[f"flush:{k}"] = resolve_targets(
                    [(k, k, f"{instrument.name} effect {fx.name} flush setting {k!r}")],
                    names, expand(fx.path).name)[k]
            self.targets[fx.name] = targets
        self._libc = ctypes.CDLL(None) if chain.rand_seed is not None else None
        if check:
            check_base_clip(instrument, self.render(instrument.default_settings()),
                            f"the chain ({self.describe()})")

    # ------------------------------------------------------------ set-up
    def _target(self, column: str) -> str | int:
        p = self.instrument.param(column)
        return p.target if p.target is not None else p.name

    @singledispatchmethod
    def _init_head(self, src: ChainHead) -> None:
        """Load the chain's head ``src`` (processor ``SOURCE``), one entry per head kind."""
        raise TypeError(f"{self.instrument.name}: no chain head {type(src).__name__}")

    @_init_head.register
    def _(self, src: PluginSource) -> None:
        instrument = self.instrument
        path = expand(src.path)
        self.source = make_plugin_processor(self.engine, SOURCE, path)
        items = [(p.name, p.target if p.target is not None else p.name,
                  f"{instrument.name}.{p.name} ({p.kind})") for p in self.source_params]
        items += [(k, k, f"{instrument.name} fixed setting {k!r}") for k in instrument.fixed]
        self.source_targets = resolve_targets(items, parameter_names(self.source), path.name)
        self.renders = 1 + int(src.warmup_renders)

    def _init_playback(self) -> None:
        """A silent playback processor as the head, for the audio a head hands over."""
        self.source = self.engine.make_playback_processor(
            SOURCE, np.zeros((1, self.instrument.n_samples), dtype=np.float32))

    @_init_head.register
    def _(self, src: AudioFolderSource) -> None:
        instrument = self.instrument
        self._init_playback()
        if self.source_params != [instrument.param(src.column)]:
            extra = [p.name for p in self.source_params if p.name != src.column]
            raise PluginError(f"{instrument.name}: an audio-folder source has no "
                              f"parameters but its file column; {extra} belong to no "
                              "effect")
        folder = expand(src.folder)
        for label in instrument.param(src.column).labels:  # type: ignore[union-attr]
            self.clips[label] = read_clip(folder / label, instrument.sample_rate,
                                          instrument.n_samples, src.gain_db)

    @_init_head.register
    def _(self, src: BuiltinSource) -> None:
        self._init_playback()
        try:
            builtin = get_instrument(src.instrument)
        except UnknownInstrument as e:
            raise PluginError(f"{self.instrument.name}: {e.args[0]}") from None
        unknown = [k for k in src.settings if k not in builtin.names]
        if unknown:
            raise PluginError(f"{self.instrument.name}: built-in {src.instrument} has no "
                              f"parameters {brief(unknown)}; it has {', '.join(builtin.names)}")
        for name, value in src.settings.items():
            check_setting(builtin.param(name), value,
                          f"{self.instrument.name}: builtin_settings.{name}")
        extra = [p.name for p in self.source_params]
        if extra:
            raise PluginError(f"{self.instrument.name}: {extra} belong to no effect; a built-in "
                              "source is played with its fixed settings")
        if builtin.sample_rate != self.instrument.sample_rate:
            raise PluginError(f"{self.instrument.name}: built-in {src.instrument} renders at "
                              f"{builtin.sample_rate} Hz, not {self.instrument.sample_rate}")
        self.builtin = CompiledRenderer(builtin)  # what make_renderer gives a built-in
        self.builtin_settings = dict(src.settings)

    def _load_effect(self, fx: Effect) -> Any:
        proc = make_plugin_processor(self.engine, fx.name, expand(fx.path), what="effect")
        self.effects[fx.name] = proc
        return proc

    def describe(self) -> str:
        """The chain in words: ``Kars-vst.so -> ZamTube-vst.so -> ...``."""
        return " -> ".join([head_name(self.chain.source),
                            *(expand(fx.path).name for fx in self.chain.effects)])

    # ------------------------------------------------------------ render
    def _graph(self, on: list[Effect]) -> None:
        graph: list[tuple[Any, list[str]]] = [(self.source, [])]
        prev, prev_out = SOURCE, self.source.get_num_output_channels()
        for fx in on:
            proc = self.effects[fx.name]
            # a mono signal into a stereo effect feeds both inputs (dual mono)
            copies = max(1, proc.get_num_input_channels() // max(1, prev_out))
            graph.append((proc, [prev] * copies))
            prev, prev_out = fx.name, proc.get_num_output_channels()
        self.engine.load_graph(graph)

    def _set(self, proc: Any, targets: dict[str, int], values: dict[str, float]) -> None:
        for key, value in values.items():
            proc.set_parameter(targets[key], float(value))

    def _render(self, seconds: float) -> None:
        if self._libc is not None:
            self._libc.srand(int(self.chain.rand_seed))  # type: ignore[arg-type]
        self.engine.render(seconds)

    def render_raw(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """The chain's output for ``settings``: float32 ``[channels, n_samples]``,
        before the mono mix and the gain stage."""
        return self._render_raw(settings, note, None)

    def render_raw_notes(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """:meth:`render_raw` with the head playing ``notes``."""
        return self._render_raw(settings, None, notes)

    def _render_raw(self, settings: dict[str, float | str], note: int | None,
                    notes: Notes | None) -> np.ndarray:
        """:meth:`render_raw` (``notes`` ``None``: the single ``note``) or :meth:`render_raw_notes`."""
        inst, chain = self.instrument, self.chain
        full = inst.default_settings() | dict(settings)
        values = inst.engine_values(full)
        on = [fx for fx in chain.effects if full[fx.switch] == "on"]
        for fx in on:
            if fx.fresh_instance:  # never the instance loaded at start-up (see module doc)
                with captured_output():  # DawDreamer warns that it replaces the processor
                    self._load_effect(fx)
        self._graph(on)
        self._reset_head(chain.source, values)
        flushed = [fx for fx in on if fx.flush]
        for fx in on:
            self._set(self.effects[fx.name], self.targets[fx.name], dict(fx.fixed))
        if flushed:
            for fx in flushed:
                t = self.targets[fx.name]
                for key, value in (fx.flush or {}).items():
                    self.effects[fx.name].set_parameter(t[f"flush:{key}"], float(value))
            self._render(chain.flush_seconds)
        for fx in on:
            self._set(self.effects[fx.name], self.targets[fx.name],
                      dict(fx.fixed) | {k: values[k] for k in fx.params})
        self._play_head(chain.source, full, note, notes)
        for _ in range(self.renders):
            self._render(inst.clip_length)
        return engine_audio(self.engine, inst.n_samples)

    @singledispatchmethod
    def _reset_head(self, src: ChainHead, values: dict[str, float]) -> None:
        """Before the flush: set the head's engine ``values`` and silence it, one entry per
        head kind."""
        raise TypeError(f"{self.instrument.name}: no chain head {type(src).__name__}")

    @_reset_head.register
    def _(self, src: PluginSource, values: dict[str, float]) -> None:
        self._set(self.source, self.source_targets, {k: values[k] for k in self.source_targets})
        self.source.clear_midi()

    @_reset_head.register(BuiltinSource)
    @_reset_head.register(AudioFolderSource)
    def _(self, src: BuiltinSource | AudioFolderSource, values: dict[str, float]) -> None:
        self.source.set_data(np.zeros((1, self.instrument.n_samples), dtype=np.float32))

    @singledispatchmethod
    def _play_head(self, src: ChainHead, full: dict[str, float | str], note: int | None,
                   notes: Notes | None) -> None:
        """After the effects are set: give the head the clip's note (``notes`` ``None``), its
        ``notes``, or its audio (labels ``full``), one entry per head kind."""
        raise TypeError(f"{self.instrument.name}: no chain head {type(src).__name__}")

    @_play_head.register
    def _(self, src: PluginSource, full: dict[str, float | str], note: int | None,
          notes: Notes | None) -> None:
        add_notes(self.source, single_note(self.instrument, note) if notes is None else notes)

    @_play_head.register
    def _(self, src: BuiltinSource, full: dict[str, float | str], note: int | None,
          notes: Notes | None) -> None:
        dry = (self.builtin.render(self.builtin_settings, note) if notes is None else
               self.builtin.render_notes(self.builtin_settings, notes))
        self.source.set_data(dry[None, :].astype(np.float32))

    @_play_head.register
    def _(self, src: AudioFolderSource, full: dict[str, float | str], note: int | None,
          notes: Notes | None) -> None:
        inst = self.instrument
        if notes is not None and [(ev.start, ev.velocity, ev.duration) for ev in notes] != [
                (0.0, inst.velocity, inst.note_length)]:
            raise PluginError(f"{inst.name}: this instrument plays a recording (audio folder "
                              f"{src.folder}), not notes; it takes no --phrase, --velocity or "
                              "--note-length")
        self.source.set_data(self.clips[str(full[src.column])])

    def render(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """Render one clip.

        Args:
            settings: labels of the varied parameters (knobs 0-10, switch
                labels); missing ones take their base-patch default.
            note: MIDI note (plug-in and built-in sources); the instrument's
                note when ``None``.

        Returns:
            float32 ``[n_samples]`` in (-1, 1): mono (channels averaged), after
            ``gain_db`` and :func:`~generators.plugins.host.soft_limit`.
        """
        return output_stage(self.render_raw(settings, note), self.gain)

    def render_notes(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """One clip whose head plays ``notes``
        (:meth:`generators.sources.renderers.Renderer.render_notes`), through the effects
        and the output stage as :meth:`render`. A plug-in head takes every event as MIDI
        (its own polyphony); a built-in head plays them as summed voices
        (:meth:`~generators.dsp.compiled.CompiledRenderer.render_notes`); an audio-folder
        head plays a recording, not notes: it takes only the one note :meth:`render`
        plays (any pitch: the recording is played as it is).

        Raises:
            PluginError: notes for an audio-folder head (one line).
        """
        return output_stage(self.render_raw_notes(settings, notes), self.gain)
