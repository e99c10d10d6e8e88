"""DSP layer: the built-in instruments' Faust sources and their generated, compiled C.

Modules::

    codegen    ``python -m generators.dsp.codegen``: writes ``c/generated/<name>.c`` from the ``.dsp`` files
    lanes      the lane-parallel twin appended to each generated class
    compiled   ``CompiledRenderer``: renders a built-in through ``generators._dsp``
    reference  ``FaustRenderer``: DawDreamer's JIT of the same ``.dsp``, the reference

The names other packages use are re-exported here (imported on first use).
"""

from __future__ import annotations

from ..core.lazy import exporter

_EXPORTS = {
    "CompiledRenderer": "compiled",
    "FaustRenderer": "reference",
    "LANES_END": "lanes",
    "LANES_FILES": "lanes",
    "LANES_MARKER": "lanes",
    "banner": "codegen",
    "dsp_dir": "reference",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exporter(__name__, _EXPORTS)
