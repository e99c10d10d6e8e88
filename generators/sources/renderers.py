"""Choosing the renderer of an instrument from its declared source."""

from __future__ import annotations

from functools import singledispatch
from typing import Protocol
from collections.abc import Sequence

import numpy as np

from ..model.playing import Notes
from ..model.declaration import ChainSource, FaustSource, Instrument, PluginSource, Source, SynthSource


class Renderer(Protocol):
    """Anything that renders one clip of an instrument."""

    def render(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """Render one clip.

        Args:
            settings: labels of the varied parameters (knobs 0-10, switch
                labels); missing ones take their base-patch default.
            note: MIDI note; the instrument's note when ``None``.

        Returns:
            float32 array ``[n_samples]`` in [-1, 1], mono, at the
            instrument's sample rate.
        """
        ...

    def render_notes(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """Render one clip that plays ``notes`` (:mod:`generators.model.playing`).

        Args:
            settings: as :meth:`render`.
            notes: the clip's note events; one event at the instrument's note,
                velocity and note length from time 0 gives the bytes of
                ``render(settings)``.

        Returns:
            float32 ``[n_samples]`` in (-1, 1), mono: the voices mixed, then
            soft-limited (:func:`generators.core.audio.soft_limit`) where they
            can sum past the ceiling.
        """
        ...


Patch = tuple[dict[str, float | str], int | None]
"""One clip to render: the labels of its parameters and its MIDI note (``None``: the instrument's)."""


def render_many(renderer: Renderer, patches: Sequence[Patch]) -> np.ndarray | list[np.ndarray]:
    """Render several clips, in the order given: each the same bytes as ``render`` gives it.

    Renderers that can compute several patches at once (the compiled
    built-ins: 8 or 4 in vector lanes, :meth:`~generators.dsp.compiled.CompiledRenderer.render_many`)
    do so and give float32 ``[len(patches), n_samples]``; the others render one clip
    at a time and give a list of float32 ``[n]`` (their lengths may differ).
    """
    batch = getattr(renderer, "render_many", None)
    if batch is not None:
        return batch(patches)
    return [renderer.render(settings, note) for settings, note in patches]


def make_renderer(instrument: Instrument, reference: bool = False) -> Renderer:
    """A renderer for ``instrument``, built once and reused for every clip.

    Built-in (Faust) instruments render through their compiled, portable C
    (:class:`~generators.dsp.compiled.CompiledRenderer`); ``reference=True``
    renders them through DawDreamer's JIT of the same ``.dsp`` instead
    (:class:`~generators.dsp.reference.FaustRenderer`: the reference, whose
    last bits depend on the CPU). Plug-ins always render in DawDreamer.
    """
    return renderer_for(instrument.source, instrument, reference)


@singledispatch
def renderer_for(source: Source, instrument: Instrument, reference: bool = False) -> Renderer:
    """:func:`make_renderer` for ``instrument``, whose source is ``source``: one entry per
    source kind."""
    raise TypeError(f"no renderer for {type(source).__name__}")


@renderer_for.register
def _(source: FaustSource, instrument: Instrument, reference: bool = False) -> Renderer:
    if reference:
        from ..dsp.reference import FaustRenderer

        return FaustRenderer(instrument)
    from ..dsp.compiled import CompiledRenderer

    return CompiledRenderer(instrument)


@renderer_for.register
def _(source: ChainSource, instrument: Instrument, reference: bool = False) -> Renderer:
    from ..plugins.chain import ChainRenderer

    return ChainRenderer(instrument)


@renderer_for.register
def _(source: PluginSource, instrument: Instrument, reference: bool = False) -> Renderer:
    from ..plugins.host import PluginRenderer

    return PluginRenderer(instrument)


@renderer_for.register
def _(source: SynthSource, instrument: Instrument, reference: bool = False) -> Renderer:
    from ..synths import renderer_class

    return renderer_class(source.synth)(instrument)
