"""Rendering built-in instruments through their compiled, portable C.

:class:`CompiledRenderer` is the renderer of every built-in (Faust)
instrument: the C that Faust emits from the instrument's ``.dsp`` file
(``generators/dsp/c``, see :mod:`generators.dsp_codegen`), compiled with
plain IEEE arithmetic, so a clip is the same bytes on every CPU. It follows
DawDreamer's rendering exactly (every control set, the instance cleared, the
note computed from the sample counter), and
:class:`generators.faust_reference.FaustRenderer`, DawDreamer's JIT of the same
``.dsp``, stays the reference: the two agree within -90 dBFS on one CPU
(``tests/test_compiled_dsp.py``).
"""

from __future__ import annotations

import numpy as np

from .declaration import FaustSource, Instrument
from .faust_reference import BLOCK_SIZE, check_controls, control_values


class CompiledRenderer:
    """Renders notes of a built-in instrument from its compiled C.

    Args:
        instrument: a declaration whose ``source`` is a :class:`FaustSource`.

    Raises:
        RuntimeError: the compiled DSP and the declaration name different
            controls (the generated C is stale: run
            ``python -m generators.dsp_codegen`` and reinstall).
    """

    def __init__(self, instrument: Instrument) -> None:
        from . import _dsp

        if not isinstance(instrument.source, FaustSource):
            raise TypeError(f"{instrument.name} is not a Faust instrument")
        self.instrument = instrument
        dsp = instrument.source.dsp.removesuffix(".dsp")
        self.controls: list[str] = _dsp.controls(dsp)
        check_controls(instrument, self.controls, f"the compiled {dsp}")
        self._instance = _dsp.new(dsp, instrument.sample_rate)
        self._render = _dsp.render

    def render(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """One clip (:meth:`generators.renderers.Renderer.render`)."""
        inst = self.instrument
        values = control_values(inst, settings, note)
        raw = self._render(self._instance, [values[c] for c in self.controls],
                           inst.n_samples, BLOCK_SIZE)
        return np.frombuffer(raw, dtype=np.float32)
