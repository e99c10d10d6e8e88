"""Sources layer: from an instrument name to something that renders it.

Modules::

    renderers  ``make_renderer``: the renderer of every source kind; ``render_many``
    resolve    ``--instrument`` as a built-in name, a shipped spec or a spec file

The names other packages use are re-exported here (imported on first use).
"""

from __future__ import annotations

from ..core.lazy import exporter

_EXPORTS = {
    "make_renderer": "renderers",
    "render_many": "renderers",
    "resolve_instrument": "resolve",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exporter(__name__, _EXPORTS)
