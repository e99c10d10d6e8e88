"""Choosing the renderer of an instrument from its declared source."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from .declaration import ChainSource, FaustSource, Instrument


class Renderer(Protocol):
    """Anything that renders one clip of an instrument."""

    def render(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """float32 ``[n_samples]`` in [-1, 1] for the given labels and MIDI note."""
        ...


def make_renderer(instrument: Instrument) -> Renderer:
    """A renderer for ``instrument``, built once and reused for every clip."""
    if isinstance(instrument.source, FaustSource):
        from .faust_engine import FaustRenderer

        return FaustRenderer(instrument)
    if isinstance(instrument.source, ChainSource):
        from .chain import ChainRenderer  # noqa: PLC0415 (plug-in hosting)

        return ChainRenderer(instrument)
    from .plugin import PluginRenderer  # noqa: PLC0415 (plug-in hosting)

    return PluginRenderer(instrument)
