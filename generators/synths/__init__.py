"""Synths layer: engines hosted by Python libraries, with no plug-in host.

Each engine named by a :class:`~generators.model.declaration.SynthSource` has a
module here with a ``Renderer`` class (the :class:`~generators.sources.renderers.Renderer`
protocol). Their libraries are GPL-3 and come from the ``synths`` extra::

    pip install -e ".[synths]"

Modules::

    library ``renderer_class``, ``library_digest``: each engine's library, imported or fingerprinted
    dexed   Dexed's DX7 engine (``dexed-py``)
    vital   Vital (``vita``)

This layer sits between ``plugins`` and ``sources``.
"""

from __future__ import annotations

from ..core.lazy import exporter

_EXPORTS = {
    "LIBRARIES": "library",
    "MissingExtra": "library",
    "library": "library",
    "library_digest": "library",
    "library_version": "library",
    "renderer_class": "library",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exporter(__name__, _EXPORTS)
