"""The reference renderer of built-in Faust instruments: DawDreamer's JIT.

The default renderer is the compiled C of the same ``.dsp``
(:mod:`generators.dsp.compiled`); this one is the reference it is tested equal to.
(``--engine`` of ``generators.render`` picks the scheduler, local or Ray, not this.)

One :class:`FaustRenderer` holds one DawDreamer ``RenderEngine`` with the
instrument's DSP compiled once; each :meth:`FaustRenderer.render` sets every
control and renders one clip. The DSP runs in mono mode (``num_voices = 0``):
the gate comes from the sample counter (see ``dsp/secretsauce.lib``), and
DawDreamer clears the DSP instance before each render, so no state (filters,
delay lines, reverb tails, noise generators) leaks from one render into the
next.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from collections.abc import Iterable

import numpy as np

from ..core.audio import soft_limit
from ..model.declaration import FaustSource, Instrument
from ..model.playing import NoteEvent, Notes, mix_voices

NOTE_CONTROLS = ("note", "velocity", "note_length")
"""Controls of ``secretsauce.lib`` that every built-in DSP has."""

BLOCK_SIZE = 2048
"""DawDreamer block size; no automation is used, so large blocks are fastest."""


def check_controls(instrument: Instrument, controls: Iterable[str], what: str) -> None:
    """Refuse a DSP (``what``) whose control labels are not exactly the
    declaration's parameters, fixed settings and :data:`NOTE_CONTROLS`.

    Raises:
        RuntimeError: naming the controls missing from the DSP and the undeclared ones.
    """
    found = set(controls)
    declared = set(instrument.names) | set(instrument.fixed) | set(NOTE_CONTROLS)
    if found != declared:
        raise RuntimeError(
            f"{what} and the {instrument.name} declaration disagree: "
            f"controls missing from the DSP {sorted(declared - found)}, "
            f"controls not declared {sorted(found - declared)}"
        )


def control_values(instrument: Instrument, settings: dict[str, float | str],
                   note: int | None = None) -> dict[str, float]:
    """Every control of a built-in DSP for one clip: the engine values of
    ``settings`` over the base patch, plus the note controls (MIDI ``note``,
    the instrument's note when ``None``; its velocity and note length)."""
    values = instrument.engine_values(settings)
    values["note"] = float(instrument.note if note is None else note)
    values["velocity"] = float(instrument.velocity)
    values["note_length"] = float(instrument.note_length)
    return values


def dsp_dir() -> Path:
    """Folder of the shipped Faust files."""
    return Path(str(resources.files("generators") / "dsp"))


class FaustRenderer:
    """Renders notes of a built-in instrument.

    Args:
        instrument: a declaration whose ``source`` is a :class:`FaustSource`.
    """

    def __init__(self, instrument: Instrument) -> None:
        import dawdreamer as daw

        if not isinstance(instrument.source, FaustSource):
            raise TypeError(f"{instrument.name} is not a Faust instrument")
        self.instrument = instrument
        code = (dsp_dir() / instrument.source.dsp).read_text()
        self.engine = daw.RenderEngine(instrument.sample_rate, BLOCK_SIZE)
        self.synth = self.engine.make_faust_processor("synth")
        self.synth.num_voices = 0
        self.synth.faust_libraries_paths = [str(dsp_dir())]
        self.synth.set_dsp_string(code)
        self.synth.compile()
        self.engine.load_graph([(self.synth, [])])
        self.paths = {d["label"]: d["name"] for d in self.synth.get_parameters_description()}
        check_controls(instrument, self.paths, instrument.source.dsp)

    def render(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """One clip (:meth:`generators.sources.renderers.Renderer.render`)."""
        inst = self.instrument
        for name, value in control_values(inst, settings, note).items():
            self.synth.set_parameter(self.paths[name], value)
        self.engine.render(inst.clip_length)
        audio = self.engine.get_audio()[0, : inst.n_samples]
        return np.ascontiguousarray(audio, dtype=np.float32)

    def render_notes(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """One clip playing ``notes``, as :meth:`CompiledRenderer.render_notes
        <generators.dsp.compiled.CompiledRenderer.render_notes>` plays them."""
        inst = self.instrument
        values = control_values(inst, settings)

        def voice(ev: NoteEvent, n: int) -> np.ndarray:
            played = values | {"note": float(ev.pitch), "velocity": float(ev.velocity),
                               "note_length": float(ev.duration)}
            for name, value in played.items():
                self.synth.set_parameter(self.paths[name], value)
            self.engine.render(inst.clip_length)
            return np.ascontiguousarray(self.engine.get_audio()[0, :n], dtype=np.float32)

        return soft_limit(mix_voices(voice, notes, inst.n_samples, inst.sample_rate))
