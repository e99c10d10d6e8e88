"""Spectrograms and log-Mel spectrograms, batched: the project's one spectral code.

Every spectral picture or number in the project comes from here: the benchmark's
features (:mod:`benchmark.features`) and audio metrics (:mod:`benchmark.metrics`),
the tour sheet (:mod:`generators.render.tour`), the plug-in spec check
(:mod:`generators.plugins.spec`), the board's spectrogram images
(:mod:`leaderboard.media`) and the listening tests (``tests/sound.py``).

Conventions are librosa's (tested equal to librosa in
``tests/benchmark/test_benchmark_features.py``): frames centred on ``t * hop_length`` with
zero padding of ``n_fft // 2`` on both sides, a periodic Hann window, power
``|STFT|^2`` and Slaney Mel filters. The computation is batched (one strided
view, one real FFT, one 2-D matrix product for the Mel projection), which is
far faster than librosa clip by clip. Levels are dB re 1.0 (a full-scale sine
of the Hann window reaches about ``20 log10(n_fft / 4)`` dB) with no ``top_db``.

librosa (filters and resampling) and scipy (FFT, DCT) are imported when first
needed; :func:`librosa_module` says how to install them.
"""

from __future__ import annotations

from typing import Any
from collections.abc import Callable

import numpy as np

AMIN = 1e-10
"""Power floor before the logarithm (librosa's ``amin``): -100 dB."""


def librosa_module(error: Callable[[str], Exception] = ImportError) -> Any:
    """``librosa`` (with ``scipy.fft``), or ``error(message)`` saying how to install them."""
    try:
        import librosa
        import scipy.fft  # noqa: F401 (only checked for: librosa's features need it)
    except ImportError as e:
        raise error(f"benchmark features and audio metrics need librosa and scipy "
                    f"({e}): pip install 'secret-sauce[benchmark]'") from None
    return librosa


def hann(n_fft: int, dtype: Any = np.float32) -> np.ndarray:
    """Periodic Hann window ``[n_fft]`` (librosa's / scipy's ``get_window("hann", fftbins=True)``)."""
    return librosa_module().filters.get_window("hann", n_fft, fftbins=True).astype(dtype)


def mel_filters(sample_rate: int, n_fft: int, n_mels: int, dtype: Any = np.float32) -> np.ndarray:
    """Slaney Mel filter bank, transposed for a right product: ``[n_fft // 2 + 1, n_mels]``
    (``librosa.filters.mel`` in float32, then cast to ``dtype``)."""
    mel = librosa_module().filters.mel(sr=sample_rate, n_fft=n_fft, n_mels=n_mels)
    return np.ascontiguousarray(mel.T).astype(dtype)


def power_spectrogram(x: np.ndarray, n_fft: int, hop_length: int, window: np.ndarray,
                      center: bool = True) -> np.ndarray:
    """``|STFT|^2`` of clips.

    Args:
        x: audio ``[B, n]`` or ``[n]``, in -1..1; computed in ``window``'s dtype.
        n_fft: frame length (= FFT size), samples.
        hop_length: samples between frames.
        window: ``[n_fft]`` (e.g. :func:`hann`).
        center: librosa's framing (frame ``t`` centred on ``t * hop_length``, zero
            padding); otherwise frames start at ``t * hop_length`` and a clip shorter
            than ``n_fft`` is zero-padded at the end to one frame.

    Returns:
        ``[B, frames, n_fft // 2 + 1]`` (or ``[frames, n_fft // 2 + 1]`` for 1-D ``x``),
        in ``window``'s real dtype; ``frames = 1 + n // hop_length`` when centred.
    """
    import scipy.fft

    x = np.asarray(x, dtype=window.dtype)
    if center:
        half = n_fft // 2
        x = np.pad(x, [(0, 0)] * (x.ndim - 1) + [(half, half)])
    elif x.shape[-1] < n_fft:
        x = np.pad(x, [(0, 0)] * (x.ndim - 1) + [(0, n_fft - x.shape[-1])])
    frames = np.lib.stride_tricks.sliding_window_view(x, n_fft, axis=-1)[..., ::hop_length, :]
    spec = scipy.fft.rfft(frames * window, axis=-1)
    return spec.real ** 2 + spec.imag ** 2


def power_to_db(power: np.ndarray, floor_db: float | None = None) -> np.ndarray:
    """``10 log10(max(power, 1e-10))`` (``librosa.power_to_db(ref=1.0, amin=1e-10,
    top_db=None)``) in ``power``'s dtype, then raised to ``floor_db`` dB when given."""
    db = 10.0 * np.log10(np.maximum(power, AMIN, dtype=power.dtype))
    return db if floor_db is None else np.maximum(db, floor_db)


def mel_power(power: np.ndarray, filters: np.ndarray, portable: bool = False) -> np.ndarray:
    """Mel band powers ``[..., frames, n_mels]`` of ``power`` ``[..., frames, freq]``
    and ``filters`` ``[freq, n_mels]`` (:func:`mel_filters`).

    One 2-D BLAS product (far faster than a batched 3-D one); ``portable`` sums
    without BLAS instead, so the result is bit-identical on every machine."""
    if portable:  # this layout ([n_mels, freq] x [frames, freq]) is the pictures' reference
        bands = np.einsum("mk,...fk->...mf", np.ascontiguousarray(filters.T), power)
        return np.swapaxes(bands, -1, -2)
    flat = power.reshape(-1, power.shape[-1])
    return (flat @ filters).reshape(*power.shape[:-1], -1)


class LogMel:
    """Log-Mel spectrograms in dB re 1.0 at one sample rate, built once (window, filters).

    Args:
        sample_rate: Hz of the audio.
        n_fft: frame length, samples (Hann window).
        hop_length: samples between frames.
        n_mels: Slaney Mel bands.
        floor_db: levels below this are raised to it (``None``: floor at -100 dB only).
        dtype: float32 (fast) or float64.
        portable: Mel sums without BLAS, bit-identical on every machine (for pictures).
    """

    def __init__(self, sample_rate: int, n_fft: int = 1024, hop_length: int = 256,
                 n_mels: int = 64, floor_db: float | None = -80.0, dtype: Any = np.float32,
                 portable: bool = False) -> None:
        self.sample_rate, self.n_fft, self.hop_length = sample_rate, n_fft, hop_length
        self.floor_db, self.portable = floor_db, portable
        self.window = hann(n_fft, dtype)
        self.filters = mel_filters(sample_rate, n_fft, n_mels, dtype)

    def power(self, x: np.ndarray) -> np.ndarray:
        """``|STFT|^2`` ``[B, frames, n_fft // 2 + 1]`` of audio ``[B, n]``."""
        return power_spectrogram(x, self.n_fft, self.hop_length, self.window)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        """Log-Mel ``[B, frames, n_mels]`` (or ``[frames, n_mels]`` for 1-D ``x``), dB re 1.0."""
        return power_to_db(mel_power(self.power(x), self.filters, self.portable), self.floor_db)
