"""The metric registry: each metric is one :class:`Metric` that computes itself.

A :class:`Metric` holds its function, its direction (``maximize``), its scope,
unit, board label, digits and definition, like HEAR's ``available_scores``
(name -> callable with a ``maximize`` flag). Everything that shows or sorts a
metric reads :data:`METRICS`: the scorer's results (``metrics`` block) and
its printed table, the leaderboard's columns, ``baselines/RESULTS.md`` and the
README's metric table (:func:`readme_table`, between :data:`README_MARKERS`).
:data:`RANKING` and :func:`ranking_key` are the one ranking of results.

Scopes and the signature of each metric's ``compute``:

* ``knob`` / ``switch`` (per parameter): ``compute(true, pred, mask)`` on the
  aligned arrays of the scored samples -> ``float`` or ``None`` (no active sample);
* ``type`` (mean over a parameter type): ``compute(scores)`` on the list of that
  type's per-parameter scores (``None`` left out) -> ``float`` or ``None``;
* ``audio`` (per clip, then averaged): ``compute(pair)`` on a :class:`ClipPair`
  (target and re-rendered clips with their spectra) -> float64 ``[B]``; ``NaN``
  where the metric is undefined for that pair (``f0_cents`` when a clip is not
  pitched), left out of the mean and counted (``audio.n_defined``).

The audio metrics are 0 for identical clips, and lower is better; their
spectra (Hann, centred) are the batched ones of :mod:`generators.core.spectral`.
How well each agrees with listeners is measured by :mod:`benchmark.agreement`
(``docs/metrics.md``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from generators.core import spectral
from generators.core.atomic import write_text_atomic
from generators.model.declaration import Instrument
from generators.core.cli import ArgumentParser, exit_with
from generators.core.reading import read_text

from .errors import BenchmarkError, run_cli
from .predictions import Predictions
from .task import Task

SCOPES = ("knob", "switch", "type", "audio")


@dataclass(frozen=True)
class Metric:
    """A named score and how to compute it.

    Attributes:
        name: key in results files.
        maximize: ``True`` when higher is better (the leaderboard sorts by it).
        scope: ``knob`` or ``switch`` (per parameter), ``type`` (mean over a
            parameter type) or ``audio`` (per clip, averaged); see the module doc.
        unit: what the number is in.
        label: column heading on the board and in RESULTS.md.
        digits: decimals shown in tables.
        definition: exact definition, one line (stored in every results file).
        compute: the function (signature per scope: module doc).
        doc: the README's definition (Markdown, ``|`` unescaped).
        of: for a ``type`` metric, the per-parameter metric it averages.
    """

    name: str
    maximize: bool
    scope: str
    unit: str
    label: str
    digits: int
    definition: str
    compute: Callable[..., Any]
    doc: str
    of: str | None = None

    def __post_init__(self) -> None:
        if self.scope not in SCOPES:
            raise ValueError(f"metric {self.name!r}: scope {self.scope!r} not in {SCOPES}")

    @property
    def higher_is_better(self) -> bool:
        """``maximize`` under its name in results files."""
        return self.maximize

    @property
    def arrow(self) -> str:
        """``↑`` (higher is better) or ``↓``."""
        return "↑" if self.maximize else "↓"

    @property
    def better(self) -> str:
        """``higher`` or ``lower``."""
        return "higher" if self.maximize else "lower"

    @property
    def heading(self) -> str:
        """Column heading with its direction, e.g. ``knob MAE ↓``."""
        return f"{self.label} {self.arrow}"

    def format(self, value: float | None, missing: str = "-") -> str:
        """``value`` with :attr:`digits` decimals (``missing`` for ``None``, and for NaN: a
        metric defined on no clip, such as f0 where no pair is pitched)."""
        return missing if value is None or value != value else f"{value:.{self.digits}f}"

    def best(self, values: Iterable[float | None]) -> float | None:
        """The best of ``values`` in this metric's direction (``None`` left out)."""
        vals = [v for v in values if v is not None]
        if not vals:
            return None
        return max(vals) if self.maximize else min(vals)

    def describe(self) -> dict[str, Any]:
        """This metric's entry in a results file's ``metrics`` block."""
        return {"higher_is_better": self.maximize, "scope": self.scope, "unit": self.unit,
                "definition": self.definition}


METRICS: dict[str, Metric] = {}


def register(metric: Metric) -> Metric:
    """Add ``metric`` to :data:`METRICS` (names are unique)."""
    if metric.name in METRICS:
        raise ValueError(f"metric {metric.name!r} registered twice")
    METRICS[metric.name] = metric
    return metric


def of_scope(scope: str) -> list[Metric]:
    """The registered metrics of ``scope``, in registry order."""
    return [m for m in METRICS.values() if m.scope == scope]


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


def mean_of(scores: Sequence[float | None]) -> float | None:
    """Unweighted mean of the scores that are not ``None`` (``None`` when there are none)."""
    vals = [v for v in scores if v is not None]
    return float(np.mean(vals)) if vals else None


# ----------------------------------------------------------------- audio
MEL = dict(n_fft=1024, hop_length=256, n_mels=64)
"""Mel spectrogram of the audio metrics (Slaney bands 0 Hz - sr/2)."""
RESOLUTIONS = ((512, 128), (1024, 256), (2048, 512))
"""``(n_fft, hop)`` of the multi-resolution STFT distance."""
FLOOR_DB = -80.0
N_MFCC = 20
SC_EPS, LOG_EPS = 1e-8, 1e-5
MSS_FFTS = (2048, 1024, 512, 256, 128, 64)
"""FFT sizes of the multi-scale spectral distance (DDSP's), hop a quarter of each."""
SPECTRUM = (2048, 512)
"""``(n_fft, hop)`` of the single-resolution spectral metrics (SC, LSD, RMS envelope)."""


class AudioDistances:
    """Per-clip audio distances of every ``audio`` metric at one sample rate.

    Holds the windows and the Mel filter bank, built once.
    """

    MEL, RESOLUTIONS, FLOOR_DB, N_MFCC = MEL, RESOLUTIONS, FLOOR_DB, N_MFCC
    SC_EPS, LOG_EPS = SC_EPS, LOG_EPS

    def __init__(self, sample_rate: int) -> None:
        from .features import librosa_module

        librosa_module()
        self.sr = sample_rate
        self.mel = spectral.LogMel(sample_rate, **MEL, floor_db=FLOOR_DB)
        self.windows = {n: spectral.hann(n)
                        for n in sorted({n for n, _ in RESOLUTIONS} | {*MSS_FFTS, SPECTRUM[0]})}

    def log_mel(self, x: np.ndarray) -> np.ndarray:
        """Floored log-Mel ``L [B, frames, 64]`` (dB re full scale) of clips ``x [B, samples]``."""
        return self.mel(x)

    def power(self, x: np.ndarray, n_fft: int, hop: int) -> np.ndarray:
        """Power spectrogram ``[B, frames, n_fft // 2 + 1]`` (Hann, centred)."""
        return spectral.power_spectrogram(x, n_fft, hop, self.windows[n_fft])

    def __call__(self, target: np.ndarray, pred: np.ndarray,
                 target_pitch: Sequence[Any] | None = None,
                 metrics: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        """Distances of each clip pair (``[B, samples]`` each): ``{metric name: float64 [B]}``
        (``NaN`` where undefined).

        ``target_pitch``: the targets' :func:`benchmark.pitch.track` when already known
        (the scorer tracks a benchmark's targets once); ``metrics``: only these (default all).
        """
        pair = ClipPair(self, target, pred, target_pitch)
        names = AUDIO_METRICS if metrics is None else metrics
        return {m: METRICS[m].compute(pair) for m in names}


class ClipPair:
    """Target and predicted clips ``[B, samples]`` (float32, -1..1), with the spectra and
    pitch tracks the audio metrics share (each computed once)."""

    def __init__(self, distances: AudioDistances, target: np.ndarray, pred: np.ndarray,
                 target_pitch: Sequence[Any] | None = None,
                 pred_pitch: Sequence[Any] | None = None) -> None:
        """``target_pitch`` / ``pred_pitch``: the clips' :func:`benchmark.pitch.track` when
        already known (tracked otherwise, on first use)."""
        self.distances, self.target, self.pred = distances, target, pred
        self._log_mel: tuple[np.ndarray, np.ndarray] | None = None
        self._mags: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}
        self._pitch = (None if target_pitch is None else list(target_pitch),
                       None if pred_pitch is None else list(pred_pitch))

    def log_mels(self) -> tuple[np.ndarray, np.ndarray]:
        """``(Lt, Lp)``: :meth:`AudioDistances.log_mel` of the target and the prediction."""
        if self._log_mel is None:
            self._log_mel = (self.distances.log_mel(self.target),
                             self.distances.log_mel(self.pred))
        return self._log_mel

    def magnitudes(self, n_fft: int, hop: int) -> tuple[np.ndarray, np.ndarray]:
        """``(St, Sp)``: ``|STFT|`` ``[B, frames, bins]`` of the target and the prediction."""
        if (n_fft, hop) not in self._mags:
            self._mags[n_fft, hop] = (np.sqrt(self.distances.power(self.target, n_fft, hop)),
                                      np.sqrt(self.distances.power(self.pred, n_fft, hop)))
        return self._mags[n_fft, hop]

    def mfccs(self) -> tuple[np.ndarray, np.ndarray]:
        """``(Ct, Cp)``: MFCC c1..c19 ``[B, frames, 19]`` (orthonormal DCT-II of the log-Mel)."""
        import scipy.fft

        lt, lp = self.log_mels()
        return (scipy.fft.dct(lt, type=2, norm="ortho", axis=-1)[..., 1:N_MFCC],
                scipy.fft.dct(lp, type=2, norm="ortho", axis=-1)[..., 1:N_MFCC])

    def pitch(self) -> tuple[list[Any], list[Any]]:
        """``(target, prediction)``: :func:`benchmark.pitch.track` of each clip (PESTO)."""
        from . import pitch

        target, pred = self._pitch
        if target is None:
            target = pitch.track(self.target, self.distances.sr)
        if pred is None:
            pred = pitch.track(self.pred, self.distances.sr)
        self._pitch = (target, pred)
        return target, pred


def logmel_l1(pair: ClipPair) -> np.ndarray:
    """``logmel_l1_db`` of each pair: float64 ``[B]`` dB."""
    lt, lp = pair.log_mels()
    return np.abs(lp - lt).mean(axis=(1, 2)).astype(np.float64)


def mfcc_distance(pair: ClipPair) -> np.ndarray:
    """``mfcc_distance`` of each pair: float64 ``[B]`` dB."""
    ct, cp = pair.mfccs()
    return np.sqrt(((cp - ct) ** 2).sum(-1)).mean(-1).astype(np.float64)


def mfcc_cosine(pair: ClipPair) -> np.ndarray:
    """``mfcc_cosine`` of each pair: float64 ``[B]``, 0-2.

    One minus the cosine similarity of the two MFCC matrices (c1..c19 x frames,
    flattened), the distance of Tian et al.'s timbremetrics MFCC baseline (its
    best-agreeing signal feature). Gain-invariant (the level is c0, left out) while
    no band sits on the -80 dB floor. Two all-floor (silent) clips give 0; one gives 1.
    """
    ct, cp = (c.reshape(len(c), -1).astype(np.float64) for c in pair.mfccs())
    nt, np_ = (np.linalg.norm(c, axis=1, keepdims=True) for c in (ct, cp))
    ut, up = ct / np.maximum(nt, 1e-300), cp / np.maximum(np_, 1e-300)
    d = 0.5 * ((ut - up) ** 2).sum(axis=1)  # 1 - cos, exactly 0 for identical clips
    return np.where((nt[:, 0] > 0) & (np_[:, 0] > 0), np.clip(d, 0.0, 2.0),
                    np.where(nt[:, 0] == np_[:, 0], 0.0, 1.0))


def multiscale_spectral(pair: ClipPair) -> np.ndarray:
    """``mss`` of each pair: float64 ``[B]``.

    DDSP's multi-scale spectral distance (Engel et al., ICLR 2020): the sum over FFT
    sizes 2048 ... 64 (:data:`MSS_FFTS`, hop n/4, Hann, centred) of
    ``mean |Sp - St| + mean |ln max(Sp, 1e-5) - ln max(St, 1e-5)|``, ``S = |STFT|``.
    """
    total = np.zeros(len(pair.target))
    for n_fft in MSS_FFTS:
        st, sp = pair.magnitudes(n_fft, n_fft // 4)
        total += np.abs(sp - st).mean(axis=(1, 2))
        total += np.abs(np.log(np.maximum(sp, LOG_EPS))
                        - np.log(np.maximum(st, LOG_EPS))).mean(axis=(1, 2))
    return total


def spectral_convergence(pair: ClipPair) -> np.ndarray:
    """``spectral_convergence`` of each pair: float64 ``[B]``, 0-2.

    ``||Sp - St||_F / max(||St||_F, ||Sp||_F, 1e-8)``, ``S = |STFT|`` (n_fft 2048,
    hop 512): Arik et al. (2019)'s spectral convergence with a symmetric denominator,
    so that a silent target gives 1, not infinity.
    """
    st, sp = pair.magnitudes(*SPECTRUM)
    num = np.sqrt(((sp.astype(np.float64) - st) ** 2).sum(axis=(1, 2)))
    den = np.maximum(np.maximum(np.sqrt((st.astype(np.float64) ** 2).sum(axis=(1, 2))),
                                np.sqrt((sp.astype(np.float64) ** 2).sum(axis=(1, 2)))), SC_EPS)
    return num / den


def log_spectral_distance(pair: ClipPair) -> np.ndarray:
    """``lsd_db`` of each pair: float64 ``[B]`` dB.

    Log-spectral distance (Gray and Markel, 1976): mean over frames of the RMS over
    frequency bins of ``Pp_dB - Pt_dB``, ``P_dB = max(10 log10 |STFT|^2, -80)``
    (n_fft 2048, hop 512). A gain of ``g`` dB reads ``|g|`` where no bin is floored.
    """
    st, sp = pair.magnitudes(*SPECTRUM)
    dt = spectral.power_to_db(st.astype(np.float64) ** 2, FLOOR_DB)
    dp = spectral.power_to_db(sp.astype(np.float64) ** 2, FLOOR_DB)
    return np.sqrt(((dp - dt) ** 2).mean(axis=2)).mean(axis=1)


def rms_envelope_db(x: np.ndarray) -> np.ndarray:
    """Frame RMS in dB re full scale, floored at -80: ``[B, frames]`` of clips ``[B, n]``
    (``librosa.feature.rms``, frame 2048, hop 512, centred, zero padding)."""
    from .features import librosa_module

    n_fft, hop = SPECTRUM
    rms = librosa_module().feature.rms(y=np.asarray(x, dtype=np.float64), frame_length=n_fft,
                                       hop_length=hop, center=True, pad_mode="constant")
    return np.maximum(20.0 * np.log10(np.maximum(rms[..., 0, :], 1e-12)), FLOOR_DB)


def rms_envelope(pair: ClipPair) -> np.ndarray:
    """``rms_env_db`` of each pair: float64 ``[B]`` dB.

    Mean over frames of ``|Ep - Et|``, ``E`` the frame RMS envelope in dB
    (:func:`rms_envelope_db`): the loudness contour (attack, decay, tremolo), the
    RMS-envelope term of Hayes et al. (ISMIR 2025). A gain of ``g`` dB reads ``|g|``
    where no frame is floored.
    """
    return np.abs(rms_envelope_db(pair.pred) - rms_envelope_db(pair.target)).mean(axis=1)


def f0_cents(pair: ClipPair) -> np.ndarray:
    """``f0_cents`` of each pair: float64 ``[B]`` cents, ``NaN`` where undefined.

    Mean over the frames voiced in both clips of ``100 |Mp - Mt|``, ``M`` the PESTO
    pitch in MIDI semitones (:mod:`benchmark.pitch`, 10 ms frames); defined where both
    clips are pitched (:attr:`benchmark.pitch.Track.pitched`) and share a voiced frame.
    """
    out = np.full(len(pair.target), np.nan)
    for k, (t, p) in enumerate(zip(*pair.pitch())):
        if not (t.pitched and p.pitched):
            continue
        frames = min(len(t.midi), len(p.midi))
        both = t.voiced[:frames] & p.voiced[:frames]
        if both.any():
            out[k] = 100.0 * float(np.mean(np.abs(p.midi[:frames][both] - t.midi[:frames][both])))
    return out


def mrstft(pair: ClipPair) -> np.ndarray:
    """``mrstft`` of each pair: float64 ``[B]`` (spectral convergence 0-2 + log-magnitude L1)."""
    total = np.zeros(len(pair.target))
    for n_fft, hop in RESOLUTIONS:
        st, sp = pair.magnitudes(n_fft, hop)
        num = np.sqrt(((sp - st) ** 2).sum(axis=(1, 2)))
        den = np.maximum(np.maximum(np.sqrt((st ** 2).sum(axis=(1, 2))),
                                    np.sqrt((sp ** 2).sum(axis=(1, 2)))), SC_EPS)
        lm = np.abs(np.log(np.maximum(sp, LOG_EPS))
                    - np.log(np.maximum(st, LOG_EPS))).mean(axis=(1, 2))
        total += num / den + lm
    return total / len(RESOLUTIONS)


# -------------------------------------------------------------- registry
register(Metric(
    "mae", False, "knob", "label units (0-10)", "MAE", 3,
    "mean |predicted - true| over the samples where the knob is active", knob_mae,
    "mean |predicted - true| on the 0-10 label scale, over the samples where the knob is "
    "active (masked samples excluded, as the original did for the guitar)"))
register(Metric(
    "accuracy", True, "switch", "fraction", "accuracy", 3,
    "fraction of the samples where the switch is active whose label is predicted",
    switch_accuracy,
    "fraction of the samples where the switch is active whose label is predicted exactly"))
register(Metric(
    "knob_mae_mean", False, "type", "label units (0-10)", "knob MAE", 3,
    "unweighted mean of the knobs' mae (knobs with an active sample)", mean_of,
    "unweighted mean of the knobs' `mae`", of="mae"))
register(Metric(
    "switch_accuracy_mean", True, "type", "fraction", "switch accuracy", 3,
    "unweighted mean of the switches' accuracy (switches with an active sample)", mean_of,
    "unweighted mean of the switches' `accuracy`", of="accuracy"))
register(Metric(
    "logmel_l1_db", False, "audio", "dB", "log-Mel L1 (dB)", 2,
    "mean |Lp - Lt| over 64 Mel bands x frames, L = max(10 log10(max(M, 1e-10)), -80) "
    "of the Mel power spectrogram (n_fft 1024, hop 256, Hann, centred, Slaney)", logmel_l1,
    "mean over 64 Mel bands x frames of |Lp - Lt|, L = max(10 log10(max(M, 1e-10)), -80) dB re "
    "full scale, M the Mel power spectrogram (n_fft 1024, hop 256, Hann, centred, Slaney bands "
    "0 Hz - sr/2)"))
register(Metric(
    "mfcc_distance", False, "audio", "dB", "MFCC distance (dB)", 2,
    "mean over frames of the Euclidean distance of MFCC c1..c19 (orthonormal DCT-II "
    "of the floored log-Mel L of logmel_l1_db)", mfcc_distance,
    "mean over frames of the Euclidean distance between MFCC c1..c19 (orthonormal DCT-II of L "
    "above; c0, the level, left out as in mel-cepstral distortion), dB"))
register(Metric(
    "mrstft", False, "audio", "ratio + log-magnitude", "MR-STFT", 3,
    "mean over (n_fft, hop) in (512,128), (1024,256), (2048,512) of "
    "||Sp-St||_F / max(||St||_F, ||Sp||_F, 1e-8) + mean |ln max(Sp,1e-5) - "
    "ln max(St,1e-5)|, S = |STFT| (Hann, centred)", mrstft,
    "multi-resolution STFT distance: mean over (n_fft, hop) = (512, 128), (1024, 256), (2048, "
    "512) (Hann, centred) of SC + LM, S = |STFT|, SC = ||Sp - St||_F / max(||St||_F, ||Sp||_F, "
    "1e-8) (spectral convergence with a symmetric denominator, bounded 0-2 even for silent "
    "targets), LM = mean |ln max(Sp, 1e-5) - ln max(St, 1e-5)|"))

register(Metric(
    "mfcc_cosine", False, "audio", "cosine distance (0-2)", "MFCC cosine", 4,
    "1 - cosine similarity of the MFCC c1..c19 x frames matrices (flattened) of "
    "mfcc_distance; 0 for two silent clips", mfcc_cosine,
    "1 - cosine similarity of the two MFCC matrices (c1..c19 x frames, flattened; the MFCC of "
    "`mfcc_distance`), the distance of the timbremetrics MFCC baseline (Tian et al., 2025); "
    "0-2, gain-invariant"))
register(Metric(
    "mss", False, "audio", "magnitude + log-magnitude", "multi-scale spectral", 2,
    "sum over n_fft in 2048, 1024, 512, 256, 128, 64 (hop n_fft/4, Hann, centred) of "
    "mean |Sp-St| + mean |ln max(Sp,1e-5) - ln max(St,1e-5)|, S = |STFT|", multiscale_spectral,
    "multi-scale spectral distance of DDSP (Engel et al., 2020): sum over n_fft = 2048, 1024, "
    "512, 256, 128, 64 (hop n_fft / 4, Hann, centred) of mean |Sp - St| + mean |ln max(Sp, "
    "1e-5) - ln max(St, 1e-5)|, S = |STFT|"))
register(Metric(
    "spectral_convergence", False, "audio", "ratio (0-2)", "spectral convergence", 3,
    "||Sp-St||_F / max(||St||_F, ||Sp||_F, 1e-8), S = |STFT| (n_fft 2048, hop 512, Hann, "
    "centred)", spectral_convergence,
    "spectral convergence (Arik et al., 2019): ||Sp - St||_F / max(||St||_F, ||Sp||_F, 1e-8), "
    "S = |STFT| (n_fft 2048, hop 512, Hann, centred); the symmetric denominator bounds it "
    "0-2 for silent targets"))
register(Metric(
    "lsd_db", False, "audio", "dB", "LSD (dB)", 2,
    "mean over frames of sqrt(mean over bins of (Pp - Pt)^2), P = max(10 log10 |STFT|^2, -80) "
    "(n_fft 2048, hop 512, Hann, centred)", log_spectral_distance,
    "log-spectral distance: mean over frames of the RMS over frequency bins of Pp - Pt, P = "
    "max(10 log10 |STFT|^2, -80) dB (n_fft 2048, hop 512, Hann, centred)"))
register(Metric(
    "rms_env_db", False, "audio", "dB", "RMS envelope (dB)", 2,
    "mean over frames of |Ep - Et|, E = max(20 log10 RMS, -80), frame RMS of 2048 samples, "
    "hop 512, centred (librosa.feature.rms)", rms_envelope,
    "loudness contour: mean over frames of |Ep - Et|, E = max(20 log10 RMS, -80) dB re full "
    "scale, the RMS of 2048-sample frames every 512 (centred; `librosa.feature.rms`)"))
register(Metric(
    "f0_cents", False, "audio", "cents", "f0 error (cents)", 1,
    "mean over frames voiced in both clips of 100 |Mp - Mt|, M the PESTO pitch (MIDI, 10 ms "
    "frames, benchmark.pitch); only pairs where both clips are pitched (others left out, "
    "counted in audio.n_defined)", f0_cents,
    "f0 error: mean over the 10 ms frames voiced in both clips of 100 |Mp - Mt| cents, "
    "M the PESTO pitch in MIDI semitones (`benchmark.pitch`); defined only where both clips are "
    "pitched, the others left out of the mean and counted in `audio.n_defined`"))

PARAMETER_METRIC: dict[str, str] = {m.scope: m.name for m in of_scope("knob") + of_scope("switch")}
"""The per-parameter metric of each parameter kind: ``{"knob": "mae", "switch": "accuracy"}``."""
KNOB_METRIC, SWITCH_METRIC = PARAMETER_METRIC["knob"], PARAMETER_METRIC["switch"]
AUDIO_METRICS: tuple[str, ...] = tuple(m.name for m in of_scope("audio"))

PRIMARY_AUDIO = "mrstft"
"""The audio metric the board ranks by first: of our audio metrics, the one whose
ordering of sound pairs agrees best with listeners on the timbremetrics studies
(:mod:`benchmark.agreement`; the evidence is in ``docs/metrics.md``)."""

RANKING: tuple[str, ...] = (PRIMARY_AUDIO, "switch_accuracy_mean", "knob_mae_mean",
                            *(m for m in AUDIO_METRICS if m != PRIMARY_AUDIO))
"""The leaderboard's order: sort by the first metric, ties broken by the next,
each in the direction of its ``maximize``. A metric a run lacks
(``None``: no knobs, audio skipped) sorts after every value, so a run without
audio metrics ranks after every run with them, by switch accuracy, then knob MAE."""

RANKING_RULE = (
    f"Ranked by {METRICS[PRIMARY_AUDIO].label} first: of our audio metrics, it agrees best "
    "with listeners (the ordering of sound pairs by 21 timbre-dissimilarity studies; "
    "docs/metrics.md), and the sound is what a patch is for (two settings that sound alike are "
    "equally good answers). Switch accuracy, then knob MAE, break ties and rank the entries "
    "without audio metrics; every metric stays shown.")
"""Why the board ranks as it does (its header)."""


# ------------------------------------------------------------ the scores
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
        metric = METRICS[PARAMETER_METRIC[p.kind]]
        params[p.name] = {"kind": p.kind,
                          metric.name: metric.compute(true[p.name], pred[p.name], m),
                          "n": int(m.sum()), "n_masked": int((~m).sum())}
    by_kind = {kind: [s[metric] for s in params.values() if s["kind"] == kind]
               for kind, metric in PARAMETER_METRIC.items()}
    kind_of = {metric: kind for kind, metric in PARAMETER_METRIC.items()}
    aggregates: dict[str, Any] = {t.name: t.compute(by_kind[kind_of[t.of]])
                                  for t in of_scope("type")}
    return params, aggregates | {"n_knobs": len(by_kind["knob"]),
                                 "n_switches": len(by_kind["switch"])}


def score_parameters(task: Task, preds: Predictions) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`parameter_scores` of validated predictions against the task's truth."""
    ids = preds.ids
    true = {k: task.labels[k][ids] for k in task.targets}
    masks = {k: task.masks[k][ids] for k in task.targets}
    return parameter_scores(task.instrument, true, preds.values, masks)


# --------------------------------------------------------------- ranking
def metric_value(results: Mapping[str, Any], name: str) -> float | None:
    """The value of a ``type`` or ``audio`` metric in a results document (``None``: absent
    or not a finite number)."""
    if METRICS[name].scope == "audio":
        v = ((results.get("audio") or {}).get("metrics") or {}).get(name)
    else:
        v = (results.get("aggregates") or {}).get(name)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        return None
    return float(v)


def ranking_key(results: Mapping[str, Any]) -> tuple[tuple[int, float], ...]:
    """Sort key of a results document by :data:`RANKING` (smaller is better): each metric
    in its direction, a missing value after every value."""
    key = []
    for m in RANKING:
        v = metric_value(results, m)
        key.append((1, 0.0) if v is None else (0, -v if METRICS[m].maximize else v))
    return tuple(key)


T = TypeVar("T")


def rank(items: Iterable[T], results: Callable[[T], Mapping[str, Any]],
         tiebreak: Callable[[T], Any] = lambda _: 0) -> list[tuple[int, T]]:
    """``(rank, item)`` best first by :func:`ranking_key` of ``results(item)``.

    Items equal on every ranking metric share a rank (1, 1, 3) and are listed
    by ``tiebreak`` (then in their given order).
    """
    keyed = sorted(((ranking_key(results(it)), tiebreak(it), k, it)
                    for k, it in enumerate(items)), key=lambda t: t[:3])
    out: list[tuple[int, T]] = []
    for k, (key, _, _, it) in enumerate(keyed):
        out.append((out[-1][0], it) if k and key == keyed[k - 1][0] else (k + 1, it))
    return out


# ---------------------------------------------------------------- README
README_MARKERS = ("<!-- metrics table: generated by python -m benchmark.metrics -->",
                  "<!-- end of metrics table -->")
"""The README's metric table lies between these two lines."""


def readme_table() -> str:
    """The README's metric table (Markdown), one row per registered metric."""
    lines = ["| metric | better | definition |", "|---|---|---|"]
    for m in METRICS.values():
        scope = f" (per {m.scope})" if m.scope in ("knob", "switch") else ""
        lines.append(f"| `{m.name}`{scope} | {m.better} | {m.doc.replace('|', chr(92) + '|')} |")
    return "\n".join(lines)


def with_readme_table(text: str) -> str:
    """``text`` (the README) with the lines between :data:`README_MARKERS` replaced by
    :func:`readme_table`."""
    start, end = README_MARKERS
    head, sep, rest = text.partition(start + "\n")
    _, sep2, tail = rest.partition(end)
    if not sep or not sep2:
        raise ValueError(f"the README lacks the markers {start!r} ... {end!r}")
    return f"{head}{start}\n{readme_table()}\n{end}{tail}"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m benchmark.metrics [PAGE] [--check]``: rewrite (or check) the metric table of
    the documentation (``docs/benchmark.md``, once the README's)."""
    p = ArgumentParser(prog="python -m benchmark.metrics",
                                description="Regenerate the metric table of the README from "
                                            "the registry (between its marker comments).")
    p.add_argument("readme", nargs="?", type=Path, default=Path("docs/benchmark.md"),
                   help="the page holding the table (default: docs/benchmark.md)")
    p.add_argument("--check", action="store_true", help="exit 1 when it is out of date")
    args = p.parse_args(argv)
    text = read_text(args.readme, "the README")
    try:
        new = with_readme_table(text)
    except ValueError as e:
        raise BenchmarkError(f"{args.readme}: {e}") from None
    if args.check:
        print("up to date" if new == text else f"{args.readme}: the metric table is out of date")
        return 0 if new == text else 1
    if new != text:
        write_text_atomic(args.readme, new)
    print(f"{args.readme}: metric table {'rewritten' if new != text else 'up to date'}")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
