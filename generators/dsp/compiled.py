"""Rendering built-in instruments through their compiled, portable C.

:class:`CompiledRenderer` is the renderer of every built-in (Faust)
instrument: the C that Faust emits from the instrument's ``.dsp`` file
(``generators/dsp/c/generated``, see :mod:`generators.dsp.codegen`), compiled with
plain IEEE arithmetic, so a clip is the same bytes on every CPU. It follows
DawDreamer's rendering exactly (every control set, the instance cleared, the
note computed from the sample counter), and
:class:`generators.dsp.reference.FaustRenderer`, DawDreamer's JIT of the same
``.dsp``, stays the reference: the two agree within -90 dBFS on one CPU
(``tests/generators/test_compiled_dsp.py``). :meth:`CompiledRenderer.render_many`
renders several patches at once in vector lanes (:mod:`generators.dsp.lanes`):
8 in AVX2 registers where the CPU has AVX2, else 4 in SSE2 (or NEON)
registers, with the same bytes per clip either way.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..core.audio import soft_limit
from ..model.declaration import FaustSource, Instrument
from ..model.playing import NoteEvent, Notes, mix_voices
from .reference import BLOCK_SIZE, check_controls, control_values


class CompiledRenderer:
    """Renders notes of a built-in instrument from its compiled C.

    Args:
        instrument: a declaration whose ``source`` is a :class:`FaustSource`.
        lanes: patches per lane-parallel call, one of ``_dsp.WIDTHS`` (default
            ``_dsp.LANES``, the widest this CPU runs); every width gives the same bytes.

    Raises:
        RuntimeError: the compiled DSP and the declaration name different
            controls (the generated C is stale: run
            ``python -m generators.dsp.codegen`` and reinstall).
    """

    def __init__(self, instrument: Instrument, lanes: int | None = None) -> None:
        from .. import _dsp

        if not isinstance(instrument.source, FaustSource):
            raise TypeError(f"{instrument.name} is not a Faust instrument")
        self.instrument = instrument
        dsp = instrument.source.dsp.removesuffix(".dsp")
        self.controls: list[str] = _dsp.controls(dsp)
        check_controls(instrument, self.controls, f"the compiled {dsp}")
        self._instance = _dsp.new(dsp, instrument.sample_rate)
        self._render = _dsp.render
        self._render_lanes = _dsp.render_lanes
        self.lanes: int = _dsp.LANES if lanes is None else lanes
        """Patches computed at once by :meth:`render_many`."""
        self._note_controls = tuple(self.controls.index(c) if c in self.controls else -1
                                    for c in ("note", "velocity", "note_length"))
        """Where the note, its velocity and its length are among the controls (-1: absent)."""
        self._switches = [p.name for p in sorted(
            (p for p in instrument.params if p.kind == "switch"), key=lambda p: -len(p.labels))]
        if self.lanes not in _dsp.WIDTHS:
            raise ValueError(f"this CPU runs {' or '.join(map(str, _dsp.WIDTHS))} lanes, "
                             f"not {self.lanes}")

    def render(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """One clip (:meth:`generators.sources.renderers.Renderer.render`)."""
        inst = self.instrument
        raw = self._render(self._instance, self._values(settings, note), inst.n_samples, BLOCK_SIZE)
        return np.frombuffer(raw, dtype=np.float32)

    def render_notes(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """One clip playing ``notes`` (:meth:`generators.sources.renderers.Renderer.render_notes`):
        each event one voice from a cleared instance (its pitch, velocity and duration
        as the note controls), the voices summed, then soft-limited."""
        if min(self._note_controls) < 0:
            raise ValueError(f"{self.instrument.name} has no note, velocity and note_length controls")
        values = self._values(settings, None)
        note, velocity, length = self._note_controls

        def voice(ev: NoteEvent, n: int) -> np.ndarray:
            played = values.copy()
            played[note], played[velocity], played[length] = \
                float(ev.pitch), float(ev.velocity), float(ev.duration)
            return np.frombuffer(self._render(self._instance, played, n, BLOCK_SIZE), dtype=np.float32)

        inst = self.instrument
        return soft_limit(mix_voices(voice, notes, inst.n_samples, inst.sample_rate))

    def render_many(self, patches: Sequence[tuple[dict[str, float | str], int | None]]) -> np.ndarray:
        """Render several clips, ``lanes`` at a time in vector lanes (grouped by
        :meth:`_lane_key`, returned in the order given).

        Args:
            patches: ``(settings, note)`` per clip, as :meth:`render` takes them.

        Returns:
            float32 ``[len(patches), n_samples]``, a row per patch, in order, each
            the same bytes as :meth:`render` gives it (every lane computes the
            scalar code's operations in the same order), written by the C straight
            into its row.
        """
        out = np.empty((len(patches), self.instrument.n_samples), np.float32)
        order = sorted(range(len(patches)), key=lambda j: self._lane_key(*patches[j]))
        for k in range(0, len(order), self.lanes):
            group = order[k:k + self.lanes]
            values = [self._values(*patches[j]) for j in group]
            self._render_lanes(self._instance, values, out.shape[1], BLOCK_SIZE, self.lanes,
                               out, group)
        return out

    def _lane_key(self, settings: dict[str, float | str], note: int | None) -> tuple:
        """Where a patch goes among the lanes: patches sharing their switches and note
        sit side by side, so more of the DSP's table and delay reads find the same
        index in every lane and load once (``ssvec.h``). The switch with the most
        choices comes first (noisemaker's ``lfo1_destination``: which modulations
        run). Lanes are independent, so the order never changes a clip's bytes; it
        saves 11 % of noisemaker's DSP time in batches of 128."""
        return tuple(str(settings.get(name)) for name in self._switches) + (note or 0,)

    def _values(self, settings: dict[str, float | str], note: int | None) -> list[float]:
        """The DSP's control values in its UI order."""
        values = control_values(self.instrument, settings, note)
        return [values[c] for c in self.controls]
