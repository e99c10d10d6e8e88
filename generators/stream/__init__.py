"""Stream layer: training data rendered on the fly, nothing written to disk.

Modules::

    plan    which ids each DataLoader worker of each rank renders, and from which step
    clips   ``ClipStream``: a PyTorch ``IterableDataset`` of rendered batches
    hf      ``hf_stream``: the same clips as a Hugging Face ``datasets.IterableDataset``

Sample ``i`` of a stream of ``(instrument, seed, notes)`` is row ``i`` of the dataset
``python -m generators.render`` writes with them: the same 16-bit PCM and labels. The
names are imported on first use (``torch`` and ``datasets`` only by the class that needs it).
"""

from __future__ import annotations

from ..core.lazy import exporter

_EXPORTS = {
    "ClipStream": "clips",
    "StreamPlan": "plan",
    "hf_stream": "hf",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exporter(__name__, _EXPORTS)
