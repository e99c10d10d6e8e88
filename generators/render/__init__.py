"""Render layer: the ``python -m generators.render`` command (``main``) and its engines.

Modules::

    __main__    ``python -m generators.render``
    job         the command line and the render job (``render_dataset``)
    pool        ``EnginePool``: worker processes that each keep an engine
    worker      ``ShardEngine``: a render worker's engine (what a spawned worker imports)
    ray         the Ray engine (``--engine ray``)
    disk_space  the free-disk-space check before a render
    tour        ``python -m generators.tour``: a sheet of sweeps of each parameter

``main`` is the console script ``secret-sauce-render``; the other names are imported on first use.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.lazy import exporter

_EXPORTS = {
    "EnginePool": "pool",
    "render_dataset": "job",
    "render_ray": "ray",
}
__all__ = sorted([*_EXPORTS, "main"])
__getattr__ = exporter(__name__, _EXPORTS)


def main(argv: Sequence[str] | None = None) -> int:
    """The render command (:func:`generators.render.job.main`), imported when called."""
    from .job import main as job_main
    return job_main(argv)
