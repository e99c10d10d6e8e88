"""How a clip is stored and read back: 16-bit PCM, FLAC/WAV bytes, float audio, quality flags.

A rendered clip (float32 in [-1, 1]) is stored as :func:`as_stored` gives it
(16-bit; a clip with NaN or inf becomes silence), encoded by :func:`encode`;
:func:`decode_clips` turns stored bytes back into float audio,
:func:`decode_pcm` into the exact stored integer samples (what digests hash),
and :func:`stored_clip` gives the same floats straight from a render (for
comparing a re-render with stored targets)."""

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


def as_stored(clip: np.ndarray) -> np.ndarray:
    """The int16 ``[n]`` a dataset stores of a rendered float clip ``[n]``: quantized
    (:func:`quantize`), and silence where the render has NaN or inf (flagged silent)."""
    if not np.all(np.isfinite(clip)):
        clip = np.zeros_like(clip)
    return quantize(clip)


def pcm_float(pcm: np.ndarray) -> np.ndarray:
    """int16 ``[n]`` -> float32 ``[n]`` in [-1, 1), exactly what :func:`decode` gives of
    :func:`encode` ``(pcm)``."""
    return pcm.astype(np.float32) / 32768.0


def stored_clip(clip: np.ndarray) -> np.ndarray:
    """A rendered clip as the dataset stores and decodes it: float32 ``[n]``
    (``pcm_float(as_stored(clip))``)."""
    return pcm_float(as_stored(clip))


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


PCM_DTYPES = {"PCM_16": np.int16, "PCM_24": np.int32, "PCM_32": np.int32}
"""Integer sample type :func:`decode_pcm` reads each PCM subtype as (libsndfile
left-justifies 24-bit samples in int32: ``value << 8``)."""


def decode_pcm(data: bytes) -> tuple[np.ndarray, int]:
    """Encoded clip (FLAC or WAV bytes, any container libsndfile reads) -> its
    exact integer samples, as stored.

    Returns:
        (int16 or int32 ``[frames, channels]`` (see :data:`PCM_DTYPES`), sample
        rate in Hz). The same PCM gives the same array whatever the container,
        encoder settings or CPU that wrote it.

    Raises:
        ValueError: the subtype is not integer PCM of 16, 24 or 32 bits (lossy
            or float audio has no exact stored integers).
    """
    with sf.SoundFile(io.BytesIO(data)) as f:
        dtype = PCM_DTYPES.get(f.subtype)
        if dtype is None:
            raise ValueError(f"{f.format} {f.subtype} audio is not integer PCM of 16, 24 or "
                             f"32 bits ({', '.join(PCM_DTYPES)})")
        return f.read(dtype=dtype, always_2d=True), int(f.samplerate)


def decode_clips(blobs: list[bytes], n_samples: int) -> np.ndarray:
    """Decode encoded clips into float32 ``[len(blobs), n_samples]`` (cut or zero-padded)."""
    out = np.zeros((len(blobs), n_samples), dtype=np.float32)
    for k, b in enumerate(blobs):
        clip, _ = decode(b)
        m = min(n_samples, clip.shape[0])
        out[k, :m] = clip[:m]
    return out


def flags(pcm: np.ndarray) -> dict[str, float | bool]:
    """Quality flags of a stored clip (int16 ``[n_samples]``): ``peak`` (max
    abs as decoded, 0-1) and ``is_silent`` (peak below :data:`SILENCE_PEAK`)."""
    peak = float(np.max(np.abs(pcm.astype(np.int32)))) / 32768.0 if pcm.size else 0.0
    return {"peak": peak, "is_silent": bool(peak < SILENCE_PEAK)}
