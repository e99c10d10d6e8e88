"""Search at inference time: refine predicted settings by re-rendering them.

Analysis by synthesis: starting from a model's prediction, candidate settings
are rendered through the instrument and compared with the target clip by
``logmel_l1_db`` (:class:`benchmark.metrics.AudioDistances`, the benchmark's
metric), within a budget of renders per target:

1. the prediction itself (1 render);
2. a small discrete search over the switches, knobs held at the prediction:
   every combination of switch labels when there are at most ``budget // 4``
   of them, else each other label of one switch at a time (one pass,
   ``sum(labels - 1)`` renders), keeping the best;
3. CMA-ES (the ``cmaes`` package) over the knobs, scaled to 0-1 and bounded,
   from the best so far with step size ``sigma`` (default 0.1 = 1 label unit),
   for the rest of the budget (the last generation may be partial).

The best candidate seen is returned. Renders run in a
:class:`benchmark.resynth.RenderPool` (one engine per worker process): each
round gathers the candidates of every target still searching and splits them
across the workers, so one target uses both cores as well as many do.
Deterministic for a given seed and worker count.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Callable

import numpy as np

from benchmark.metrics import AudioDistances
from benchmark.resynth import Played, RenderPool, logmel_l1_to
from generators.core.audio import stored_clip
from generators.model.declaration import Instrument

DEFAULT_SIGMA = 0.1
"""CMA-ES initial step size on the 0-1 knob scale (1 label unit of 0-10)."""


@dataclass
class SearchResult:
    """The outcome for one target.

    Attributes:
        settings: the best settings found (knobs 0-10, switch labels).
        distance: their ``logmel_l1_db`` to the target, dB.
        initial_distance: the starting prediction's, dB.
        renders: renders used (<= the budget).
    """

    settings: dict[str, float | str]
    distance: float
    initial_distance: float
    renders: int


@dataclass
class _State:
    """One target's search in progress."""

    index: int
    note: Played
    target: np.ndarray  # log-Mel [frames, 64]
    best: dict[str, float | str]
    budget: int
    best_d: float = math.inf
    initial_d: float = math.inf
    used: int = 0
    phase: str = "init"
    cma: Any = None
    pending: list[Any] = field(default_factory=list)  # CMA vectors of the candidates asked

    @property
    def left(self) -> int:
        return self.budget - self.used


def switch_candidates(instrument: Instrument, start: dict[str, Any], limit: int
                      ) -> list[dict[str, Any]]:
    """Settings that differ from ``start`` in switches only (at most ``limit``): all
    combinations when there are at most ``limit``, else one switch at a time."""
    switches = instrument.switches
    if not switches or limit <= 0:
        return []
    combos = math.prod(len(s.labels) for s in switches)
    out: list[dict[str, Any]] = []
    if combos - 1 <= limit:
        for labels in itertools.product(*(s.labels for s in switches)):
            cand = dict(start) | {s.name: lab for s, lab in zip(switches, labels)}
            if cand != start:
                out.append(cand)
        return out
    for s in switches:
        for lab in s.labels:
            if lab != start[s.name]:
                out.append(dict(start) | {s.name: lab})
    return out[:limit]


class _Knobs:
    """Knob labels <-> CMA-ES vectors on 0-1 (padded to 2 dimensions: cmaes needs >= 2)."""

    def __init__(self, instrument: Instrument) -> None:
        self.names = [k.name for k in instrument.knobs]
        self.dim = max(2, len(self.names))

    def vector(self, settings: dict[str, Any]) -> np.ndarray:
        v = np.full(self.dim, 0.5)
        v[: len(self.names)] = [float(settings[n]) / 10.0 for n in self.names]
        return np.clip(v, 0.0, 1.0)

    def settings(self, base: dict[str, Any], v: np.ndarray) -> dict[str, Any]:
        return dict(base) | {n: float(np.clip(v[j], 0.0, 1.0) * 10.0)
                             for j, n in enumerate(self.names)}


def search(instrument: Instrument, targets: np.ndarray, inits: list[dict[str, Any]],
           notes: list[Played], budget: int, pool: RenderPool, seed: int = 0,
           sigma: float = DEFAULT_SIGMA, progress: Callable[[int], None] | None = None
           ) -> list[SearchResult]:
    """Refine ``inits`` towards ``targets`` within ``budget`` renders each.

    Args:
        instrument: what renders the candidates (``pool``'s instrument).
        targets: float32 ``[n, n_samples]`` clips at the instrument's sample rate.
        inits: per target, the starting settings (every parameter's label).
        notes: per target, what to play: a MIDI note, or a phrase's note events
            (:data:`benchmark.resynth.Played`; the whole phrase is rendered and compared).
        budget: renders per target, >= 1 (1: the starting settings only).
        pool: the render workers.
        seed: CMA-ES seed (target ``i`` uses ``seed + i``).
        sigma: CMA-ES initial step size on the 0-1 knob scale.
        progress: called with the number of renders done after each round.

    Returns:
        one :class:`SearchResult` per target, in order.
    """
    from cmaes import CMA

    if budget < 1:
        raise ValueError(f"budget must be >= 1, got {budget}")
    full = instrument.default_settings()
    dist = AudioDistances(instrument.sample_rate)
    clips = np.stack([stored_clip(np.asarray(t, np.float32)) for t in targets]) if len(targets) \
        else np.zeros((0, instrument.n_samples), np.float32)
    logmels = dist.log_mel(clips) if len(clips) else []
    states = [_State(i, notes[i] if isinstance(notes[i], tuple) else int(notes[i]), logmels[i],
                     full | dict(inits[i]), budget) for i in range(len(targets))]
    knobs = _Knobs(instrument)
    while True:
        asked: list[tuple[_State, list[dict[str, Any]]]] = []
        for st in states:
            cands = _ask(st, instrument, knobs, CMA, seed, sigma)
            if cands:
                asked.append((st, cands))
        if not asked:
            break
        jobs, owners = [], []
        for st, cands in asked:  # one job per target, or split across the workers when few
            step = len(cands) if len(asked) >= 2 * pool.workers \
                else math.ceil(len(cands) / pool.workers)
            for a in range(0, len(cands), step):
                jobs.append((cands[a:a + step], [st.note] * len(cands[a:a + step]), st.target))
                owners.append(st)
        results = pool.map(logmel_l1_to, jobs)
        got: dict[int, list[float]] = {}
        for st, r in zip(owners, results):
            got.setdefault(st.index, []).extend(float(x) for x in r)
        for st, cands in asked:
            _tell(st, cands, got[st.index])
        if progress:
            progress(sum(len(c) for _, c in asked))
    return [SearchResult(st.best, st.best_d, st.initial_d, st.used) for st in states]


def _ask(st: _State, instrument: Instrument, knobs: _Knobs, cma_cls: Any, seed: int,
         sigma: float) -> list[dict[str, Any]]:
    """The next candidates of one target (empty when its search is over)."""
    if st.left <= 0:
        return []
    if st.phase == "init":
        return [st.best]
    if st.phase == "switches":
        cands = switch_candidates(instrument, st.best, min(st.left, max(0, st.budget // 4)))
        if cands:
            return cands
        st.phase = "cma"
    if st.phase == "cma" and not instrument.knobs:
        return []
    if st.cma is None:
        st.cma = cma_cls(mean=knobs.vector(st.best), sigma=sigma,
                         bounds=np.array([[0.0, 1.0]] * knobs.dim), seed=seed + st.index)
    n = min(st.cma.population_size, st.left)
    st.pending = [st.cma.ask() for _ in range(n)]
    return [knobs.settings(st.best, v) for v in st.pending]


def _tell(st: _State, cands: list[dict[str, Any]], d: list[float]) -> None:
    """Record the distances of the candidates ``_ask`` gave."""
    st.used += len(cands)
    k = int(np.argmin(d))
    if st.phase == "init":
        st.initial_d = st.best_d = d[0]
        st.phase = "switches"
        return
    if d[k] < st.best_d:
        st.best_d, st.best = d[k], cands[k]
    if st.phase == "switches":
        st.phase = "cma"
        return
    if len(st.pending) == st.cma.population_size:
        st.cma.tell([(v, dk) for v, dk in zip(st.pending, d)])
    st.pending = []


def search_each(instrument: Instrument, targets: list[np.ndarray], inits: list[dict[str, Any]],
                plays: list[Any], budget: int, workers: int = 2, seed: int = 0,
                progress: Callable[[int], None] | None = None) -> list[SearchResult]:
    """:func:`search` of targets each played at its own note and length.

    Args:
        instrument: the instrument's declaration.
        targets: per target, float32 ``[round(plays[i].clip_length_s * sample_rate)]``.
        inits: per target, the starting settings.
        plays: per target, its :class:`baselines.played.Played` (note, lengths).
        budget, workers, seed, progress: as :func:`search` (target ``i`` uses ``seed + i``).

    Targets of the same length share one render pool (the declaration with that note
    and clip length: :func:`baselines.played.at_played`).

    Returns:
        one :class:`SearchResult` per target, in order.
    """
    from .played import at_played

    groups: dict[tuple[float, float], list[int]] = {}
    for i, pl in enumerate(plays):
        groups.setdefault((pl.note_length_s, pl.clip_length_s), []).append(i)
    out: list[SearchResult | None] = [None] * len(targets)
    for members in groups.values():
        inst = at_played(instrument, plays[members[0]])
        with RenderPool(inst, workers) as pool:
            for i in members:  # one at a time: search seeds target k with seed + k
                out[i] = search(inst, np.stack([targets[i]]), [inits[i]], [plays[i].note],
                                budget, pool, seed=seed + i, progress=progress)[0]
    return [r for r in out if r is not None]
