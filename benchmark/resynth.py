"""Re-rendering predicted settings, and the audio metrics of a predictions table.

Each predicted setting is rendered through the dataset's instrument (the
sample's note, or a phrase row's note events; the same 16-bit quantisation as the stored clips:
:func:`generators.core.audio.stored_clip`) and compared with the stored clip by every ``audio``
metric of :data:`benchmark.metrics.METRICS`; per-clip distances are averaged
over the clips used. The leaderboard's listening examples re-render the same
way (:func:`generators.core.audio.as_stored`).
"""

from __future__ import annotations

import os
from typing import Any
from collections.abc import Callable

import numpy as np

from generators.core.audio import stored_clip
from generators.model.declaration import Instrument
from generators.render.pool import EnginePool
from generators.sources.renderers import Renderer, make_renderer, render_many

from .errors import BenchmarkError
from .metrics import AUDIO_METRICS, METRICS, AudioDistances
from .pitch import Track
from .predictions import Predictions
from .task import Played, Task, decode_clips


def render_played(renderer: Renderer, settings: dict[str, Any], played: Played) -> np.ndarray:
    """One clip of ``settings`` playing ``played`` (a MIDI note: ``render``; note events:
    ``render_notes``), float32 ``[n_samples]`` as the renderer returns it (not quantised)."""
    if isinstance(played, tuple):
        return renderer.render_notes(settings, played)
    return renderer.render(settings, played)


class Resynth:
    """A worker's engine for re-rendering: ``instrument``'s renderer and its audio distances."""

    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.renderer = make_renderer(instrument)
        self.distances = AudioDistances(instrument.sample_rate)

    def render(self, settings: list[dict[str, Any]], notes: list[Played]) -> np.ndarray:
        """``settings`` rendered as stored: float32 ``[len(settings), samples]``.

        Args:
            settings: labels per clip.
            notes: per clip, its MIDI note (one note at the instrument's velocity and
                length), or its note events (a phrase row's ``notes``:
                :meth:`~generators.sources.renderers.Renderer.render_notes`).
        """
        if not any(isinstance(n, tuple) for n in notes):
            clips = render_many(self.renderer, list(zip(settings, notes)))
        else:
            clips = [render_played(self.renderer, s, n) for s, n in zip(settings, notes)]
        return np.stack([stored_clip(c) for c in clips])


def resynth_chunk(engine: Resynth, settings: list[dict[str, Any]], notes: list[Played],
                  targets: list[bytes], target_pitch: list[Track] | None = None
                  ) -> tuple[dict[str, np.ndarray], list[Track]]:
    """Re-render ``settings`` and measure them against the encoded ``targets``.

    Returns:
        ``({audio metric: float64 [len(settings)]}, the targets' pitch tracks)``
        (``target_pitch`` when given, so that a benchmark's targets are tracked once).
    """
    from .metrics import ClipPair

    target = decode_clips(targets, engine.instrument.n_samples)
    pair = ClipPair(engine.distances, target, engine.render(settings, notes), target_pitch)
    return {m: METRICS[m].compute(pair) for m in AUDIO_METRICS}, pair.pitch()[0]


def logmel_l1_to(engine: Resynth, settings: list[dict[str, Any]], notes: list[Played],
                 target: np.ndarray) -> np.ndarray:
    """``logmel_l1_db`` between one target and each of ``settings`` rendered (in a worker).

    Args:
        engine: the worker's engine.
        settings: candidate labels (knobs 0-10, switch labels), one render each.
        notes: what each render plays (a MIDI note or note events: :meth:`Resynth.render`).
        target: the target's floored log-Mel ``L`` ``[frames, 64]``
            (:meth:`AudioDistances.log_mel` of one clip).

    Returns:
        float64 ``[len(settings)]`` dB.
    """
    lp = engine.distances.log_mel(engine.render(settings, notes))
    return np.abs(lp - target[None]).mean(axis=(1, 2)).astype(np.float64)


class RenderPool(EnginePool):
    """Processes with one :class:`Resynth` engine of ``instrument`` each (built once, reused
    for every job: :func:`resynth_chunk`, :func:`logmel_l1_to`). ``workers <= 1`` runs the
    jobs in this process. Use as a context manager."""

    def __init__(self, instrument: Instrument, workers: int = 2) -> None:
        super().__init__(Resynth, (instrument,), workers)
        self.instrument = instrument


_TARGET_PITCH: dict[tuple[str, int], Track] = {}
"""Pitch tracks of scored targets by ``(dataset fingerprint, id)``: scoring many entries of
one benchmark in a process (``leaderboard.verify``) tracks each target once."""


def score_audio(task: Task, preds: Predictions, limit: int | None = None, workers: int = 2,
                chunk: int = 50, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Audio metrics of the first ``limit`` predictions (all when ``None``).

    Re-renders in ``workers`` processes (one engine each; ``1``: in this process).

    Returns:
        ``{"n_clips", "n_split", "limit", "metrics": {name: mean over the clips where it is
        defined}, "n_defined": {name: clips where it is defined}}``.
    """
    n = len(preds.ids) if limit is None else min(limit, len(preds.ids))
    rows = list(range(n))
    result: dict[str, Any] = {"n_clips": n, "n_split": int(len(preds.ids)), "limit": limit,
                              "metrics": {m: None for m in AUDIO_METRICS},
                              "n_defined": {m: 0 for m in AUDIO_METRICS}}
    if n == 0:
        return result
    ids = preds.ids[:n]
    targets = task.audio_bytes(ids)
    known = [_TARGET_PITCH.get((task.fingerprint, int(i))) for i in ids]
    jobs = [([preds.settings(r) for r in rows[a:a + chunk]],
             task.played(ids[a:a + chunk]), targets[a:a + chunk],
             None if None in known[a:a + chunk] else known[a:a + chunk])
            for a in range(0, n, chunk)]
    try:
        with RenderPool(task.instrument, 1 if len(jobs) == 1 else workers) as pool:
            parts = pool.map(resynth_chunk, jobs,
                             (lambda k, _: progress(len(jobs[k][0]))) if progress else None)
    except (ImportError, OSError, RuntimeError) as e:
        raise BenchmarkError(f"cannot re-render {task.instrument.name} for the audio metrics "
                             f"({type(e).__name__}: {e}); use --resynth-limit 0 to skip them"
                             ) from None
    for a, part in zip(range(0, n, chunk), parts):
        for i, track in zip(ids[a:a + chunk], part[1] if part is not None else []):
            _TARGET_PITCH[task.fingerprint, int(i)] = track
    parts = [p for p in parts if p is not None]
    for m in AUDIO_METRICS:
        vals = np.concatenate([d[m] for d, _ in parts])
        defined = vals[np.isfinite(vals)]
        result["n_defined"][m] = int(len(defined))
        result["metrics"][m] = float(defined.mean()) if len(defined) else None
    return result


def default_workers() -> int:
    """Re-render processes: 2, or 1 on a single core."""
    return min(2, os.cpu_count() or 1)
