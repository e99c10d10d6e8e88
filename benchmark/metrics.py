"""The metric registry and the scores of a predictions table.

Every metric has a name, ``higher_is_better`` and an exact definition
(:data:`METRICS`; the README's "Benchmark" section repeats them).

Parameter metrics (the original work's), on the scored split:

* ``mae`` (per knob): mean of ``|predicted - true|`` on the 0-10 label scale
  over the samples where the knob is active (masked samples, whose switch is
  off in the truth, are excluded);
* ``accuracy`` (per switch): fraction of active samples whose predicted label
  is the true one;
* ``knob_mae_mean`` / ``switch_accuracy_mean``: unweighted means over the
  knobs / switches that have at least one active sample.

Audio metrics: each predicted setting is re-rendered through the dataset's
instrument (same note, same 16-bit quantisation as the stored clips) and
compared with the stored clip; per-clip distances are averaged over the clips
used. All are 0 for identical clips and lower is better:

* ``logmel_l1_db``: mean over Mel bands and frames of ``|Lp - Lt|`` where
  ``L = max(10 log10(max(M, 1e-10)), -80)`` dB re full scale and ``M`` is the
  Mel power spectrogram (n_fft 1024, hop 256, Hann, centred, 64 Slaney Mel
  bands 0 Hz - sr/2);
* ``mfcc_distance``: mean over frames of the Euclidean distance between MFCC
  vectors c1..c19 (DCT-II, orthonormal, of the floored log-Mel ``L`` above;
  c0, the overall level, is left out as in mel-cepstral distortion), in dB;
* ``mrstft``: multi-resolution STFT distance, the mean over the resolutions
  (n_fft, hop) = (512, 128), (1024, 256), (2048, 512) (Hann, centred) of
  ``SC + LM`` with magnitudes ``S = |STFT|``:
  ``SC = ||Sp - St||_F / max(||St||_F, ||Sp||_F, 1e-8)`` (spectral
  convergence, symmetric denominator so silent targets stay bounded, 0-2) and
  ``LM = mean |ln max(Sp, 1e-5) - ln max(St, 1e-5)|`` (log-magnitude L1).
"""

from __future__ import annotations

import math
import multiprocessing as mp
import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from generators import spectral
from generators.audio import quantize
from generators.declaration import Instrument
from generators.lifeline import die_with_parent

from .errors import BenchmarkError
from .predictions import Predictions
from .task import Task, decode_clips


@dataclass(frozen=True)
class Metric:
    """A named score.

    Attributes:
        name: key in results files.
        higher_is_better: sort order of the leaderboard.
        scope: ``knob`` or ``switch`` (per parameter), ``type`` (mean over a
            parameter type) or ``audio`` (per clip, averaged).
        unit: what the number is in.
        definition: exact definition (one paragraph).
    """

    name: str
    higher_is_better: bool
    scope: str
    unit: str
    definition: str


METRICS: dict[str, Metric] = {}


def register(metric: Metric) -> Metric:
    """Add ``metric`` to :data:`METRICS` (names are unique)."""
    if metric.name in METRICS:
        raise ValueError(f"metric {metric.name!r} registered twice")
    METRICS[metric.name] = metric
    return metric


register(Metric("mae", False, "knob", "label units (0-10)",
                "mean |predicted - true| over the samples where the knob is active"))
register(Metric("accuracy", True, "switch", "fraction",
                "fraction of the samples where the switch is active whose label is predicted"))
register(Metric("knob_mae_mean", False, "type", "label units (0-10)",
                "unweighted mean of the knobs' mae (knobs with an active sample)"))
register(Metric("switch_accuracy_mean", True, "type", "fraction",
                "unweighted mean of the switches' accuracy (switches with an active sample)"))
register(Metric("logmel_l1_db", False, "audio", "dB",
                "mean |Lp - Lt| over 64 Mel bands x frames, L = max(10 log10(max(M, 1e-10)), -80) "
                "of the Mel power spectrogram (n_fft 1024, hop 256, Hann, centred, Slaney)"))
register(Metric("mfcc_distance", False, "audio", "dB",
                "mean over frames of the Euclidean distance of MFCC c1..c19 (orthonormal DCT-II "
                "of the floored log-Mel L of logmel_l1_db)"))
register(Metric("mrstft", False, "audio", "ratio + log-magnitude",
                "mean over (n_fft, hop) in (512,128), (1024,256), (2048,512) of "
                "||Sp-St||_F / max(||St||_F, ||Sp||_F, 1e-8) + mean |ln max(Sp,1e-5) - "
                "ln max(St,1e-5)|, S = |STFT| (Hann, centred)"))

KNOB_METRIC, SWITCH_METRIC = "mae", "accuracy"
AUDIO_METRICS = ("logmel_l1_db", "mfcc_distance", "mrstft")

RANKING: tuple[str, ...] = ("switch_accuracy_mean", "knob_mae_mean", *AUDIO_METRICS)
"""The leaderboard's order: sort by the first metric, ties broken by the next,
each in the direction of its ``higher_is_better``. A metric a run lacks
(``None``: no knobs, audio skipped) sorts after every value, so a switch-only
benchmark (``guitar_light``) ranks by switch accuracy."""


# ------------------------------------------------------------ parameters
def knob_mae(true: np.ndarray, pred: np.ndarray, mask: np.ndarray) -> float | None:
    """Mean ``|pred - true|`` over ``mask`` (``None`` when nothing is active)."""
    m = np.asarray(mask, dtype=bool)
    if not m.any():
        return None
    return float(np.mean(np.abs(np.asarray(pred, float)[m] - np.asarray(true, float)[m])))


def switch_accuracy(true: np.ndarray, pred: np.ndarray, mask: np.ndarray) -> float | None:
    """Fraction of ``mask`` where ``pred == true`` (``None`` when nothing is active)."""
    m = np.asarray(mask, dtype=bool)
    if not m.any():
        return None
    return float(np.mean(np.asarray(pred, dtype=object)[m] == np.asarray(true, dtype=object)[m]))


def _mean(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return float(np.mean(vals)) if vals else None


def parameter_scores(instrument: Instrument, true: dict[str, np.ndarray],
                     pred: dict[str, np.ndarray], masks: dict[str, np.ndarray]
                     ) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Per-parameter scores and their means per type.

    Args:
        instrument: the declaration (which parameters are knobs / switches).
        true, pred, masks: per parameter, aligned arrays of the scored samples.

    Returns:
        ``(parameters, aggregates)``: ``parameters[name] = {"kind", "mae" or
        "accuracy", "n" (active samples scored), "n_masked"}``;
        ``aggregates = {"knob_mae_mean", "switch_accuracy_mean", "n_knobs",
        "n_switches"}`` (a mean is ``None`` when there is nothing to average).
    """
    params: dict[str, dict[str, Any]] = {}
    for p in instrument.params:
        m = np.asarray(masks[p.name], dtype=bool)
        if p.kind == "knob":
            score = {"kind": "knob", KNOB_METRIC: knob_mae(true[p.name], pred[p.name], m)}
        else:
            score = {"kind": "switch",
                     SWITCH_METRIC: switch_accuracy(true[p.name], pred[p.name], m)}
        params[p.name] = score | {"n": int(m.sum()), "n_masked": int((~m).sum())}
    knobs = [s[KNOB_METRIC] for s in params.values() if s["kind"] == "knob"]
    switches = [s[SWITCH_METRIC] for s in params.values() if s["kind"] == "switch"]
    aggregates = {
        "knob_mae_mean": _mean(knobs),
        "switch_accuracy_mean": _mean(switches),
        "n_knobs": len(knobs),
        "n_switches": len(switches),
    }
    return params, aggregates


def score_parameters(task: Task, preds: Predictions) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`parameter_scores` of validated predictions against the task's truth."""
    ids = preds.ids
    true = {k: task.labels[k][ids] for k in task.targets}
    masks = {k: task.masks[k][ids] for k in task.targets}
    return parameter_scores(task.instrument, true, preds.values, masks)


# ----------------------------------------------------------------- audio
class AudioDistances:
    """Per-clip audio distances of :data:`AUDIO_METRICS` at one sample rate."""

    MEL = dict(n_fft=1024, hop_length=256, n_mels=64)
    RESOLUTIONS = ((512, 128), (1024, 256), (2048, 512))
    FLOOR_DB = -80.0
    N_MFCC = 20
    SC_EPS, LOG_EPS = 1e-8, 1e-5

    def __init__(self, sample_rate: int) -> None:
        from .features import librosa_module

        librosa_module()
        self.sr = sample_rate
        self.mel = spectral.LogMel(sample_rate, **self.MEL, floor_db=self.FLOOR_DB)
        self.windows = {n: spectral.hann(n) for n, _ in self.RESOLUTIONS}

    def log_mel(self, x: np.ndarray) -> np.ndarray:
        """Floored log-Mel ``L`` ``[B, frames, 64]`` in dB re full scale."""
        return self.mel(x)

    def __call__(self, target: np.ndarray, pred: np.ndarray) -> dict[str, np.ndarray]:
        """Distances of each clip pair: ``{metric name: float64 [B]}``."""
        import scipy.fft

        lt, lp = self.log_mel(target), self.log_mel(pred)
        out = {"logmel_l1_db": np.abs(lp - lt).mean(axis=(1, 2)).astype(np.float64)}
        ct = scipy.fft.dct(lt, type=2, norm="ortho", axis=-1)[..., 1:self.N_MFCC]
        cp = scipy.fft.dct(lp, type=2, norm="ortho", axis=-1)[..., 1:self.N_MFCC]
        out["mfcc_distance"] = np.sqrt(((cp - ct) ** 2).sum(-1)).mean(-1).astype(np.float64)
        total = np.zeros(len(target))
        for n_fft, hop in self.RESOLUTIONS:
            st = np.sqrt(spectral.power_spectrogram(target, n_fft, hop, self.windows[n_fft]))
            sp = np.sqrt(spectral.power_spectrogram(pred, n_fft, hop, self.windows[n_fft]))
            num = np.sqrt(((sp - st) ** 2).sum(axis=(1, 2)))
            den = np.maximum(np.maximum(np.sqrt((st ** 2).sum(axis=(1, 2))),
                                        np.sqrt((sp ** 2).sum(axis=(1, 2)))), self.SC_EPS)
            lm = np.abs(np.log(np.maximum(sp, self.LOG_EPS))
                        - np.log(np.maximum(st, self.LOG_EPS))).mean(axis=(1, 2))
            total += num / den + lm
        out["mrstft"] = total / len(self.RESOLUTIONS)
        return out


def stored_clip(clip: np.ndarray) -> np.ndarray:
    """A rendered clip as the dataset stores and decodes it (16-bit; non-finite -> silence)."""
    if not np.all(np.isfinite(clip)):
        clip = np.zeros_like(clip)
    return quantize(clip).astype(np.float32) / 32768.0


_WORKER: dict[str, Any] = {}


def _worker_init(instrument: Instrument, parent: int) -> None:
    """Worker start: die with the parent (pid ``parent``), leave Ctrl-C to it."""
    import signal

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_setup(instrument)


def _worker_setup(instrument: Instrument) -> None:
    from generators.renderers import make_renderer

    if _WORKER.get("instrument") != instrument:
        _WORKER.update(instrument=instrument, renderer=make_renderer(instrument),
                       distances=AudioDistances(instrument.sample_rate))


def _resynth_chunk(settings: list[dict[str, Any]], notes: list[int], targets: list[bytes]
                   ) -> dict[str, np.ndarray]:
    """Re-render ``settings`` and measure them against the encoded ``targets``."""
    inst: Instrument = _WORKER["instrument"]
    renderer = _WORKER["renderer"]
    pred = np.stack([stored_clip(renderer.render(s, n)) for s, n in zip(settings, notes)])
    target = decode_clips(targets, inst.n_samples)
    return _WORKER["distances"](target, pred)


def logmel_l1_to(settings: list[dict[str, Any]], notes: list[int], target: np.ndarray
                 ) -> np.ndarray:
    """``logmel_l1_db`` between one target and each of ``settings`` rendered (in a worker).

    Args:
        settings: candidate labels (knobs 0-10, switch labels), one render each.
        notes: MIDI note of each render.
        target: the target's floored log-Mel ``L`` ``[frames, 64]``
            (:meth:`AudioDistances.log_mel` of one clip).

    Returns:
        float64 ``[len(settings)]`` dB.
    """
    renderer = _WORKER["renderer"]
    pred = np.stack([stored_clip(renderer.render(s, n)) for s, n in zip(settings, notes)])
    lp = _WORKER["distances"].log_mel(pred)
    return np.abs(lp - target[None]).mean(axis=(1, 2)).astype(np.float64)


class RenderPool:
    """Processes with one engine of ``instrument`` each (built once, reused for every job).

    ``workers <= 1`` runs the jobs in this process. Jobs are module-level
    functions of this module's worker state (:func:`_resynth_chunk`,
    :func:`logmel_l1_to`). Use as a context manager.
    """

    def __init__(self, instrument: Instrument, workers: int = 2) -> None:
        self.instrument = instrument
        self.workers = max(1, int(workers))
        self._pool: ProcessPoolExecutor | None = None
        if self.workers == 1:
            _worker_setup(instrument)
        else:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                             initializer=_worker_init,
                                             initargs=(instrument, os.getpid()))

    def __enter__(self) -> "RenderPool":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def map(self, fn: Callable[..., Any], jobs: list[tuple[Any, ...]],
            done: Callable[[int, Any], None] | None = None) -> list[Any]:
        """``[fn(*job) for job in jobs]``, computed by the workers; ``done(k, result)``
        is called as each job finishes (in completion order)."""
        out: list[Any] = [None] * len(jobs)
        if self._pool is None:
            _worker_setup(self.instrument)
            for k, job in enumerate(jobs):
                out[k] = fn(*job)
                if done:
                    done(k, out[k])
            return out
        futs = {self._pool.submit(fn, *job): k for k, job in enumerate(jobs)}
        pending = set(futs)
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in finished:
                    out[futs[f]] = f.result()
                    if done:
                        done(futs[f], out[futs[f]])
        finally:
            for f in pending:
                f.cancel()
        return out


def score_audio(task: Task, preds: Predictions, limit: int | None = None, workers: int = 2,
                chunk: int = 50, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Audio metrics of the first ``limit`` predictions (all when ``None``).

    Re-renders in ``workers`` processes (one engine each; ``1``: in this process).

    Returns:
        ``{"n_clips", "n_split", "limit", "metrics": {name: mean}}``.
    """
    n = len(preds.ids) if limit is None else min(limit, len(preds.ids))
    rows = list(range(n))
    result: dict[str, Any] = {"n_clips": n, "n_split": int(len(preds.ids)), "limit": limit,
                              "metrics": {m: None for m in AUDIO_METRICS}}
    if n == 0:
        return result
    ids = preds.ids[:n]
    targets = task.audio_bytes(ids)
    jobs = [([preds.settings(r) for r in rows[a:a + chunk]],
             [int(task.midi_notes[i]) for i in ids[a:a + chunk]], targets[a:a + chunk])
            for a in range(0, n, chunk)]
    try:
        with RenderPool(task.instrument, 1 if len(jobs) == 1 else workers) as pool:
            parts = pool.map(_resynth_chunk, jobs,
                             (lambda k, _: progress(len(jobs[k][0]))) if progress else None)
    except (ImportError, OSError, RuntimeError) as e:
        raise BenchmarkError(f"cannot re-render {task.instrument.name} for the audio metrics "
                             f"({type(e).__name__}: {e}); use --resynth-limit 0 to skip them"
                             ) from None
    for m in AUDIO_METRICS:
        vals = np.concatenate([p[m] for p in parts if p is not None])
        result["metrics"][m] = float(vals.mean()) if math.isfinite(vals.mean()) else None
    return result


def default_workers() -> int:
    """Re-render processes: 2, or 1 on a single core."""
    return min(2, os.cpu_count() or 1)
