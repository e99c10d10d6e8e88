"""Drawing the settings of sample ``i`` of dataset ``(instrument, seed)``.

Sample ``i`` is drawn by a generator seeded by ``(seed, i)`` only, so any
sample can be rendered alone and a dataset does not depend on the number of
workers, the shard size or the engine.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any
from collections.abc import Sequence

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

    ``"uniform"`` instruments draw each knob's MIDI step uniformly inside its
    window and each switch's label uniformly; ``"grid"`` instruments take
    combination ``i mod grid_size`` of their switches (first switch slowest).
    """
    return draw_many(instrument, seed, [i], notes)[0]


def draw_many(instrument: Instrument, seed: int, ids: Sequence[int],
              notes: tuple[int, int] | None = None) -> list[Sample]:
    """:func:`draw` of each id in ``ids``, in order, the same settings as one at a time.

    Each sample still has its own generator (:func:`rng_for`), but the parameters'
    steps are drawn in one call per sample (a vector of bounds: the same numbers as
    one call per parameter, in declaration order) and turned into labels for all
    ``ids`` at once.
    """
    if instrument.sampler == "grid":
        samples = []
        for i in ids:
            combo = _grid_combination(instrument, i % instrument.grid_size)
            rng = rng_for(seed, i)
            note = instrument.note if notes is None else int(rng.integers(notes[0], notes[1] + 1))
            samples.append(Sample(id=i, settings=dict(zip([s.name for s in instrument.switches], combo)),
                                  note=note))
        return samples
    plan = _plan(instrument)
    if not len(ids):
        return []
    steps = np.empty((len(ids), len(plan.names)), dtype=np.int64)
    drawn_notes = [instrument.note] * len(ids)
    for r, i in enumerate(ids):
        rng = rng_for(seed, i)
        steps[r] = rng.integers(plan.low, plan.high)
        if notes is not None:
            drawn_notes[r] = int(rng.integers(notes[0], notes[1] + 1))
    columns = plan.columns(steps)
    rows = zip(*columns) if columns else ((),) * len(ids)
    return [Sample(id=i, settings=dict(zip(plan.names, row)), note=note)
            for i, row, note in zip(ids, rows, drawn_notes)]


@dataclass(frozen=True)
class _Plan:
    """How a uniform instrument's parameters are drawn: step bounds per parameter
    (knob: its MIDI window; switch: its label index) and the step -> label maps."""

    names: tuple[str, ...]
    low: np.ndarray  # int64 [P], inclusive
    high: np.ndarray  # int64 [P], exclusive
    knob_scale: np.ndarray  # float64 [P]: resolution - 1 of knobs (1 for switches)
    switch_labels: tuple[np.ndarray | None, ...]  # object array of labels, None for knobs

    def columns(self, steps: np.ndarray) -> list[list[float | str]]:
        """Labels ``[P][n]`` of steps ``[n, P]``: knob labels as float32 values on 0-10
        (``Knob.label_of_step``), switch labels as strings."""
        labels = ((10.0 * steps) / self.knob_scale).astype(np.float32)
        return [labels[:, k].tolist() if table is None else table[steps[:, k]].tolist()
                for k, table in enumerate(self.switch_labels)]


_PLANS: dict[int, tuple[Instrument, _Plan]] = {}


def _plan(instrument: Instrument) -> _Plan:
    """The :class:`_Plan` of ``instrument`` (kept per declaration object)."""
    got = _PLANS.get(id(instrument))
    if got is not None and got[0] is instrument:
        return got[1]
    low, high, scale, tables = [], [], [], []
    for p in instrument.params:
        if isinstance(p, Knob):
            lo, hi = p.steps
            low.append(lo)
            high.append(hi + 1)
            scale.append(p.resolution - 1)
            tables.append(None)
        else:
            low.append(0)
            high.append(len(p.labels))
            scale.append(1)
            tables.append(np.array(p.labels, dtype=object))
    plan = _Plan(tuple(instrument.names), np.array(low, np.int64), np.array(high, np.int64),
                 np.array(scale, np.float64), tuple(tables))
    if len(_PLANS) >= 64:  # declarations made on the fly (pinned variants): keep few
        _PLANS.clear()
    _PLANS[id(instrument)] = (instrument, plan)
    return plan


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
