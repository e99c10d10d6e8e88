"""How a clip is stored and read back: 16-bit PCM, FLAC/WAV bytes, float audio, quality flags.

A rendered clip (float32 in [-1, 1]) is stored as :func:`as_stored` gives it
(16-bit; a clip with NaN or inf becomes silence), encoded by :func:`encode`;
:func:`decode_clips` turns stored bytes back into float audio,
:func:`decode_pcm` into the exact stored integer samples (what digests hash),
and :func:`stored_clip` gives the same floats straight from a render (for
comparing a re-render with stored targets)."""

from __future__ import annotations

import io
import threading
from typing import Any
from collections.abc import Sequence

import numpy as np
import soundfile as sf

from . import flac

AUDIO_FORMATS = ("flac", "wav")
"""Encodings of the ``audio`` column: FLAC (lossless, ~3x smaller) or WAV."""

SILENCE_PEAK = 1e-3
"""A clip whose peak is below this (-60 dBFS) is flagged ``is_silent``."""


LIMIT_KNEE = 0.9
"""Level above which :func:`soft_limit` bends the waveform (about -0.9 dBFS)."""


_BELOW_ONE = np.nextafter(np.float32(1.0), np.float32(0.0))


def portable_tanh(u: np.ndarray) -> np.ndarray:
    """``tanh`` of float64 ``u >= 0`` from IEEE additions, multiplications and divisions only.

    NumPy's ``tanh`` (and ``exp``) pick SIMD code by CPU, and their last bits
    differ between CPUs (float32 ``tanh`` on AVX-512 against Nehalem: 14,704 of
    1,000,003 values from -3 to 3), which moved 16-bit samples of limited clips.
    This one is ``(1 - e) / (1 + e)`` with ``e = exp(-2u)``: ``exp`` reduced by
    powers of two (Cody-Waite, exact ``ldexp``) and a degree-13 Taylor polynomial
    (error < 1e-15), so it is the same bits on every CPU.

    Args:
        u: float64 array, >= 0.

    Returns:
        float64 array of the same shape, in [0, 1].
    """
    x = -2.0 * np.minimum(np.asarray(u, dtype=np.float64), 20.0)  # tanh(20) is 1 in float64
    k = np.floor(x / _LN2 + 0.5)
    r = (x - k * _LN2_HI) - k * _LN2_LO  # |r| <= ln2 / 2
    p = np.ones_like(r)
    for n in range(13, 0, -1):  # Horner: 1 + r (1 + r/2 (1 + r/3 ...))
        p = 1.0 + p * (r / n)
    e = np.ldexp(p, k.astype(np.int32))
    return (1.0 - e) / (1.0 + e)


_LN2 = 0.6931471805599453
_LN2_HI = 6.93147180369123816490e-01  # ln 2 split so that k * _LN2_HI is exact (fdlibm)
_LN2_LO = 1.90821492927058770002e-10


def soft_limit(audio: np.ndarray, knee: float = LIMIT_KNEE) -> np.ndarray:
    """Memoryless soft limiter: identity for ``|x| <= knee``, above it
    ``knee + (1 - knee) * tanh((|x| - knee) / (1 - knee))`` with the sign of
    ``x`` (continuous slope at the knee), computed in float64 with
    :func:`portable_tanh` (the same bits on every CPU), then capped at the largest
    float32 below 1 (``tanh`` of a loud input rounds to 1 in float32), so the output
    magnitude is < 1; the cap changes no 16-bit sample (both quantize to 32767).

    Args:
        audio: float samples.
        knee: level where limiting starts, 0-1.

    Returns:
        float32 array of the same shape.
    """
    y = np.array(audio, dtype=np.float32, copy=True)
    mag = np.abs(y)
    over = mag > knee
    if np.any(over):
        span = 1.0 - knee
        u = (mag[over].astype(np.float64) - knee) / span
        bent = np.minimum((knee + span * portable_tanh(u)).astype(np.float32), _BELOW_ONE)
        y[over] = np.copysign(bent, y[over])
    return y


def quantize(audio: np.ndarray) -> np.ndarray:
    """float32 ``[n]`` in [-1, 1] -> int16 ``[n]`` (what is stored, 16-bit)."""
    return np.round(np.clip(audio, -1.0, 1.0) * 32767.0).astype(np.int16)


def as_stored(clip: np.ndarray) -> np.ndarray:
    """The int16 ``[n]`` a dataset stores of a rendered float clip ``[n]``: quantized
    (:func:`quantize`), and silence where the render has NaN or inf (flagged silent)."""
    if not np.all(np.isfinite(clip)):
        clip = np.zeros_like(clip)
    return quantize(clip)


def as_stored_many(clips: np.ndarray | Sequence[np.ndarray]) -> np.ndarray:
    """:func:`as_stored` of float32 clips ``[n]`` of one length, at once: int16 ``[b, n]``
    (the same numbers, computed in one working copy; ``clips`` as float32 ``[b, n]``
    is read without a stacked copy and left as it is)."""
    x = (clips if isinstance(clips, np.ndarray) else np.stack(clips)).astype(np.float32,
                                                                              copy=False)
    owned = x is not clips  # a copy already (stacked or converted): worked on in place
    bad = ~np.isfinite(x).all(axis=1)
    x = np.clip(x, -1.0, 1.0, out=x if owned else None)  # NaN stays NaN: zeroed next
    if bad.any():
        x[bad] = 0
    x *= np.float32(32767.0)
    np.rint(x, out=x)
    return x.astype(np.int16)


def peaks(pcm: np.ndarray) -> np.ndarray:
    """Peak (max abs as decoded, 0-1) of each row of stored clips int16 ``[b, n]``:
    float64 ``[b]`` (the ``peak`` of :func:`flags`)."""
    if pcm.shape[-1] == 0:
        return np.zeros(pcm.shape[:-1])
    # max(hi, -lo) in int32 (-32768 has no int16 negation): two int16 reductions, no
    # int32 copy of the clips (30x faster than abs(pcm.astype(int32)).max)
    hi = pcm.max(axis=-1).astype(np.int32)
    lo = pcm.min(axis=-1).astype(np.int32)
    return np.maximum(hi, -lo) / 32768.0


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

    Through one :class:`ClipEncoder` per thread, rate and format: FLAC from libFLAC at
    compression level :data:`generators.core.flac.FLAC_LEVEL` without an MD5 signature
    (libsndfile's encoder where libFLAC is not installed), WAV from libsndfile. The
    bytes may differ between machines and library versions; the decoded samples
    (:func:`decode_pcm`) never do.

    Args:
        pcm: int16 ``[n_samples]`` (see :func:`quantize`).
        sample_rate: Hz.
        fmt: one of :data:`AUDIO_FORMATS`.
    """
    return _encoder(sample_rate, fmt).encode(pcm)


def encode_many(pcm: np.ndarray | Sequence[np.ndarray], sample_rate: int,
                fmt: str = "flac") -> list[bytes]:
    """:func:`encode` of each clip: the same bytes, FLAC in one call to libFLAC's C
    driver for a batch of one length (:meth:`ClipEncoder.encode_many`).

    Args:
        pcm: int16 ``[b, n_samples]``, or a list of int16 ``[n]`` (lengths may differ).
        sample_rate: Hz.
        fmt: one of :data:`AUDIO_FORMATS`.
    """
    return _encoder(sample_rate, fmt).encode_many(pcm)


def _encoder(sample_rate: int, fmt: str) -> ClipEncoder:
    """This thread's :class:`ClipEncoder` of ``(sample_rate, fmt)``, made once."""
    encoders = _ENCODERS.__dict__
    key = (sample_rate, fmt)
    encoder = encoders.get(key)
    if encoder is None:
        encoder = encoders[key] = ClipEncoder(sample_rate, fmt)
    return encoder


_ENCODERS = threading.local()
"""This thread's :class:`ClipEncoder` per (sample rate, format)."""


class ClipEncoder:
    """Encodes mono 16-bit clips of one sample rate as FLAC or WAV bytes, one after
    another. FLAC goes straight to libFLAC where it is installed
    (:class:`generators.core.flac.FlacEncoder`: compression level
    :data:`~generators.core.flac.FLAC_LEVEL`, no MD5 signature); WAV, and FLAC without
    libFLAC, go through libsndfile into a memory buffer it reuses (virtual I/O, its
    callbacks made once; FLAC at the same compression level). Either way the decoded
    samples are the clip's. Not thread-safe: :func:`encode` keeps one per thread.

    Args:
        sample_rate: Hz.
        fmt: one of :data:`AUDIO_FORMATS`.
        libflac: use libFLAC for FLAC where it is installed (``False``: always
            libsndfile).
    """

    def __init__(self, sample_rate: int, fmt: str, libflac: bool = True) -> None:
        self._flac = None
        if fmt == "flac" and libflac and flac.load() is not None:
            self._flac = flac.FlacEncoder(sample_rate)
        ffi, self._snd = sf._ffi, sf._snd
        self._ffi = ffi
        self._format = sf._format_int(fmt.upper(), "PCM_16", None)
        self._rate = int(sample_rate)
        self._info = ffi.new("SF_INFO*")
        self._buf = io.BytesIO()
        buf = self._buf

        @ffi.callback("sf_vio_get_filelen")
        def get_filelen(user_data: Any) -> int:
            return buf.getbuffer().nbytes

        @ffi.callback("sf_vio_seek")
        def seek(offset: int, whence: int, user_data: Any) -> int:
            return buf.seek(offset, whence)

        @ffi.callback("sf_vio_read")
        def read(ptr: Any, count: int, user_data: Any) -> int:
            return buf.readinto(ffi.buffer(ptr, count))

        @ffi.callback("sf_vio_write")
        def write(ptr: Any, count: int, user_data: Any) -> int:
            return buf.write(ffi.buffer(ptr, count))

        @ffi.callback("sf_vio_tell")
        def tell(user_data: Any) -> int:
            return buf.tell()

        self._callbacks = (get_filelen, seek, read, write, tell)  # kept alive
        self._level = ffi.new("double*", flac.FLAC_LEVEL / 8) if fmt == "flac" else None
        self._vio = ffi.new("SF_VIRTUAL_IO*", {"get_filelen": get_filelen, "seek": seek,
                                               "read": read, "write": write, "tell": tell})

    def encode_many(self, pcm: np.ndarray | Sequence[np.ndarray]) -> list[bytes]:
        """:meth:`encode` of each clip of int16 ``[b, n_samples]`` (or a list of int16
        ``[n]``): FLAC from libFLAC in one call where the clips share a length of at
        least one sample, else clip by clip."""
        if self._flac is not None and isinstance(pcm, np.ndarray) and pcm.ndim == 2 \
                and pcm.shape[1]:
            return self._flac.encode_many(pcm)
        return [self.encode(p) for p in pcm]

    def encode(self, pcm: np.ndarray) -> bytes:
        """FLAC or WAV bytes of int16 ``[n_samples]``."""
        if self._flac is not None and len(pcm):  # (an empty FLAC would say "length unknown")
            return self._flac.encode(pcm)
        pcm = np.ascontiguousarray(pcm, dtype=np.int16)
        if pcm.ndim != 1:
            raise ValueError(f"a mono clip is 1-D, got shape {pcm.shape}")
        buf, snd, ffi, info = self._buf, self._snd, self._ffi, self._info
        buf.seek(0)
        buf.truncate()
        info.samplerate, info.channels, info.format, info.frames = self._rate, 1, self._format, 0
        handle = snd.sf_open_virtual(self._vio, snd.SFM_WRITE, info, ffi.NULL)
        if handle == ffi.NULL:
            raise sf.LibsndfileError(snd.sf_error(ffi.NULL), prefix="cannot encode a clip: ")
        try:
            if self._level is not None:  # libsndfile maps 0.0-1.0 to FLAC levels 0-8
                snd.sf_command(handle, snd.SFC_SET_COMPRESSION_LEVEL, self._level,
                               ffi.sizeof(self._level))
            written = snd.sf_writef_short(handle, ffi.cast("short*", pcm.ctypes.data), len(pcm))
            snd.sf_write_sync(handle)
        finally:
            err = snd.sf_close(handle)
        if written != len(pcm) or err:
            raise sf.LibsndfileError(err, prefix="cannot encode a clip: ")
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
    peak = float(peaks(pcm))
    return {"peak": peak, "is_silent": bool(peak < SILENCE_PEAK)}
