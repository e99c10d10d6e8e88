"""Plug-in layer: instruments and effect chains hosted as VST plug-ins, from YAML specs.

Modules::

    host         loading and rendering a plug-in (``PluginRenderer``), its digest and checks
    spec_schema  the schema of a spec file (keys, types, defaults)
    spec         ``python -m generators.plugin_spec``: write, load and check a spec (``load_spec``)
    chain        effect chains: a source through plug-in effects (``ChainRenderer``)
    specs/       the shipped specs (``amsynth``, ``amsynth-full``, ``zam-guitar``)

The names other packages use are re-exported here (imported on first use).
"""

from __future__ import annotations

from ..core.lazy import exporter

_EXPORTS = {
    "ChainRenderer": "chain",
    "PluginError": "host",
    "PluginRenderer": "host",
    "chain_files": "chain",
    "load_spec": "spec",
    "plugin_digest": "host",
    "plugin_path": "host",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exporter(__name__, _EXPORTS)
