"""Drawing the settings of sample ``i`` of dataset ``(instrument, seed)``.

Sample ``i`` is drawn by a generator seeded by ``(seed, i)`` only, so any
sample can be rendered alone and a dataset does not depend on the number of
workers, the shard size or the engine.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any
from collections.abc import Callable, Sequence
from functools import partial

import numpy as np

from .declaration import Instrument, Knob, Switch
from .playing import Notes


@dataclass(frozen=True)
class Sample:
    """The settings of one sample.

    Attributes:
        id: the sample index ``i``.
        settings: label of every varied parameter (knob: float32 value on
            0-10; switch: label string), in declaration order.
        note: MIDI note played (with a phrase: the note its pitches are relative to).
        notes: the clip's note events when the render plays a phrase
            (:meth:`generators.model.playing.Playing.notes_of`); ``None``: the
            instrument's single note (``note`` at its velocity and note length).
    """

    id: int
    settings: dict[str, float | str]
    note: int
    notes: Notes | None = None


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
    return draw_many(instrument, seed, [i], notes)[0]


def draw_many(instrument: Instrument, seed: int, ids: Sequence[int],
              notes: tuple[int, int] | None = None) -> list[Sample]:
    """:func:`draw` of each id in ``ids``, in order, the same settings as one at a time.

    Each sample still has its own generator (:func:`rng_for`) and draws its parameters
    in declaration order, but each run of consecutive parameters without ``weights`` is
    drawn in one call (a vector of bounds: the same numbers as one call per parameter),
    and the labels of all ``ids`` are computed at once.
    """
    if instrument.sampler == "grid":
        samples = []
        for i in ids:
            combo = _grid_combination(instrument, i % instrument.grid_size)
            rng = rng_for(seed, i)
            note = instrument.note if notes is None else int(rng.integers(notes[0], notes[1] + 1))
            samples.append(Sample(id=i, settings=dict(zip([s.name for s in instrument.switches],
                                                              combo)), note=note))
        return samples
    plan = _plan(instrument)
    if not len(ids):
        return []
    steps = np.empty((len(ids), len(plan.names)), dtype=np.int64)
    drawn_notes = [instrument.note] * len(ids)
    for r, i in enumerate(ids):
        rng = rng_for(seed, i)
        for k0, k1 in plan.runs:
            if k1 > k0:  # parameters k0 .. k1 - 1: uniform, one call
                steps[r, k0:k1] = rng.integers(plan.low[k0:k1], plan.high[k0:k1])
            else:  # parameter k0: by its weights
                steps[r, k0] = plan.weighted[k0](rng)
        if notes is not None:
            drawn_notes[r] = int(rng.integers(notes[0], notes[1] + 1))
    columns = plan.columns(steps)
    rows = zip(*columns) if columns else ((),) * len(ids)
    return [Sample(id=i, settings=dict(zip(plan.names, row)), note=note)
            for i, row, note in zip(ids, rows, drawn_notes)]


def weighted_index(rng: np.random.Generator, weights: tuple[float, ...]) -> int:
    """Index ``j`` drawn with probability ``weights[j] / sum(weights)``: one uniform
    double from ``rng`` against the cumulative weights (float64, the same on every
    machine)."""
    cum = np.cumsum(np.asarray(weights, dtype=np.float64))
    return int(min(np.searchsorted(cum, rng.random() * cum[-1], side="right"), len(cum) - 1))


def _weighted_step(p: Knob | Switch, rng: np.random.Generator) -> int:
    """The step of a parameter with ``weights``: a switch's label index by its weights; a
    knob's bin by its weights, then a step uniform inside the bin."""
    j = weighted_index(rng, p.weights)  # type: ignore[arg-type]
    if isinstance(p, Switch):
        return j
    lo, hi = p.bins()[j]
    return int(rng.integers(lo, hi + 1))


@dataclass(frozen=True)
class _Plan:
    """How a uniform-sampler instrument's parameters are drawn, from its declaration: step
    bounds per parameter (knob: its window; switch: its label index), the runs of
    parameters without weights (one call each), the weighted ones' draws, and the
    step -> label maps."""

    names: tuple[str, ...]
    low: np.ndarray  # int64 [P], inclusive
    high: np.ndarray  # int64 [P], exclusive
    runs: tuple[tuple[int, int], ...]  # (k0, k1): uniform params k0..k1-1; (k, k): weighted k
    weighted: dict[int, Callable[[np.random.Generator], int]]
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
    runs: list[tuple[int, int]] = []
    weighted: dict[int, Callable[[np.random.Generator], int]] = {}
    for k, p in enumerate(instrument.params):
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
        if p.weights:
            weighted[k] = partial(_weighted_step, p)
            runs.append((k, k))
        elif runs and runs[-1][1] > runs[-1][0] and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    plan = _Plan(tuple(instrument.names), np.array(low, np.int64), np.array(high, np.int64),
                 tuple(runs), weighted, np.array(scale, np.float64), tuple(tables))
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
