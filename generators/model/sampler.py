"""Drawing the settings of sample ``i`` of dataset ``(instrument, seed)``.

Sample ``i`` is drawn by a generator seeded by ``(seed, i)`` only, so any
sample can be rendered alone and a dataset does not depend on the number of
workers, the shard size or the engine.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

from .declaration import Instrument, Knob


@dataclass(frozen=True)
class Sample:
    """The settings of one sample.

    Attributes:
        id: the sample index ``i``.
        settings: label of every varied parameter (knob: float32 value on
            0-10; switch: label string), in declaration order.
        note: MIDI note played.
    """

    id: int
    settings: dict[str, float | str]
    note: int


def rng_for(seed: int, i: int) -> np.random.Generator:
    """The generator of sample ``i`` of a dataset with ``seed``."""
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence([seed, i])))


def draw(instrument: Instrument, seed: int, i: int,
         notes: tuple[int, int] | None = None) -> Sample:
    """Settings of sample ``i``.

    Args:
        instrument: the declaration.
        seed: dataset seed (>= 0).
        i: sample index (>= 0).
        notes: inclusive MIDI note range to draw the note from; ``None``
            plays the instrument's note.

    ``"uniform"`` instruments draw each knob's step uniformly inside its
    window and each switch's label uniformly, or, for a parameter with
    ``weights``, by those weights (:func:`weighted_index`; a knob's weights are
    per bin of its window, :meth:`~generators.model.declaration.Knob.bins`, and the
    step is uniform inside the bin drawn); ``"grid"`` instruments take
    combination ``i mod grid_size`` of their switches (first switch slowest).
    """
    rng = rng_for(seed, i)
    settings: dict[str, float | str] = {}
    if instrument.sampler == "grid":
        combo = _grid_combination(instrument, i % instrument.grid_size)
        settings.update(zip([s.name for s in instrument.switches], combo))
    else:
        for p in instrument.params:
            if isinstance(p, Knob):
                lo, hi = p.bins()[weighted_index(rng, p.weights)] if p.weights else p.steps
                step = int(rng.integers(lo, hi + 1))
                settings[p.name] = float(np.float32(p.label_of_step(step)))
            elif p.weights:
                settings[p.name] = p.labels[weighted_index(rng, p.weights)]
            else:
                settings[p.name] = p.labels[int(rng.integers(len(p.labels)))]
    note = instrument.note if notes is None else int(rng.integers(notes[0], notes[1] + 1))
    return Sample(id=i, settings=settings, note=note)


def weighted_index(rng: np.random.Generator, weights: tuple[float, ...]) -> int:
    """Index ``j`` drawn with probability ``weights[j] / sum(weights)``: one uniform
    double from ``rng`` against the cumulative weights (float64, the same on every
    machine)."""
    cum = np.cumsum(np.asarray(weights, dtype=np.float64))
    return int(min(np.searchsorted(cum, rng.random() * cum[-1], side="right"), len(cum) - 1))


def _grid_combination(instrument: Instrument, k: int) -> tuple[str, ...]:
    labels = [s.labels for s in instrument.switches]
    return next(itertools.islice(itertools.product(*labels), k, None))


def force_active(instrument: Instrument, name: str, settings: dict[str, Any]) -> dict[str, Any]:
    """``settings`` with every switch that ``name`` depends on (recursively)
    set to its first activating label, where it is not already active."""
    settings = dict(settings)
    p = instrument.param(name)
    while p.depends_on is not None:
        dep = p.depends_on
        if not dep.is_active(settings):
            settings[dep.switch] = dep.values[0]
        p = instrument.param(dep.switch)
    return settings
