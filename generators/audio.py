"""Audio encoding and per-clip quality flags."""

from __future__ import annotations

import io

import numpy as np
import soundfile as sf

AUDIO_FORMATS = ("flac", "wav")
"""Encodings of the ``audio`` column: FLAC (lossless, ~3x smaller) or WAV."""

SILENCE_PEAK = 1e-3
"""A clip whose peak is below this (-60 dBFS) is flagged ``is_silent``."""


def quantize(audio: np.ndarray) -> np.ndarray:
    """float32 ``[n]`` in [-1, 1] -> int16 ``[n]`` (what is stored, 16-bit)."""
    return np.round(np.clip(audio, -1.0, 1.0) * 32767.0).astype(np.int16)


def encode(pcm: np.ndarray, sample_rate: int, fmt: str = "flac") -> bytes:
    """Encode a mono 16-bit clip as FLAC or WAV bytes.

    Args:
        pcm: int16 ``[n_samples]`` (see :func:`quantize`).
        sample_rate: Hz.
        fmt: one of :data:`AUDIO_FORMATS`.
    """
    buf = io.BytesIO()
    sf.write(buf, pcm, sample_rate, format=fmt.upper(), subtype="PCM_16")
    return buf.getvalue()


def decode(data: bytes) -> tuple[np.ndarray, int]:
    """Inverse of :func:`encode`: (float32 ``[n_samples]``, sample rate)."""
    audio, sr = sf.read(io.BytesIO(data), dtype="float32")
    return audio, sr


def flags(pcm: np.ndarray) -> dict[str, float | bool]:
    """Quality flags of a stored clip (int16 ``[n_samples]``): ``peak`` (max
    abs as decoded, 0-1) and ``is_silent`` (peak below :data:`SILENCE_PEAK`)."""
    peak = float(np.max(np.abs(pcm.astype(np.int32)))) / 32768.0 if pcm.size else 0.0
    return {"peak": peak, "is_silent": bool(peak < SILENCE_PEAK)}
