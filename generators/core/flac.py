"""FLAC bytes of mono 16-bit clips straight from libFLAC (through cffi), the fast path of
:class:`generators.core.audio.ClipEncoder`.

libsndfile's FLAC writer (what ``soundfile`` calls) always computes the stream's MD5
signature and works at compression level 5; a render worker spent about 30 % of its
time there. :class:`FlacEncoder` drives libFLAC's stream encoder itself, one reused
encoder per thread:

- compression level :data:`FLAC_LEVEL` (0: fixed predictors, blocks of 1,152
  samples), about 40 % less CPU a clip than libsndfile's level 5 for 6-9 % more bytes
  (``docs/performance.md`` has the measurements);
- no MD5 signature: STREAMINFO's MD5 field is left 0, which the format defines as
  "unknown" (decoders skip the check; the dataset's own digests hash the decoded PCM,
  :mod:`generators.dataset.fingerprint`);
- the exact number of samples written into STREAMINFO up front, so the encoder never
  seeks back (no seek or tell callbacks, only a write callback that collects bytes).

The output is ordinary lossless FLAC: ``soundfile``, FFmpeg (HF ``datasets``' Audio)
and ``flac -d`` decode it to the same samples. libFLAC is the system library
(Debian's ``libflac12``, installed with ``libsndfile1``; any of :data:`SONAMES`);
where it is missing, :func:`load` gives ``None`` and the caller keeps libsndfile's
encoder.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

FLAC_LEVEL = 0
"""libFLAC compression level (0-8) of the datasets' FLAC: 0 is the fastest to encode
(the measurements are in ``docs/performance.md``)."""

_CDEF = """
typedef struct FLAC__StreamEncoder FLAC__StreamEncoder;
typedef int FLAC__bool;
typedef int (*FLAC__StreamEncoderWriteCallback)(const FLAC__StreamEncoder *,
    const unsigned char buffer[], size_t bytes, uint32_t samples, uint32_t current_frame,
    void *client_data);
FLAC__StreamEncoder *FLAC__stream_encoder_new(void);
void FLAC__stream_encoder_delete(FLAC__StreamEncoder *);
FLAC__bool FLAC__stream_encoder_set_channels(FLAC__StreamEncoder *, uint32_t);
FLAC__bool FLAC__stream_encoder_set_bits_per_sample(FLAC__StreamEncoder *, uint32_t);
FLAC__bool FLAC__stream_encoder_set_sample_rate(FLAC__StreamEncoder *, uint32_t);
FLAC__bool FLAC__stream_encoder_set_compression_level(FLAC__StreamEncoder *, uint32_t);
FLAC__bool FLAC__stream_encoder_set_do_md5(FLAC__StreamEncoder *, FLAC__bool);
FLAC__bool FLAC__stream_encoder_set_total_samples_estimate(FLAC__StreamEncoder *, uint64_t);
int FLAC__stream_encoder_init_stream(FLAC__StreamEncoder *, FLAC__StreamEncoderWriteCallback,
    void *seek_callback, void *tell_callback, void *metadata_callback, void *client_data);
FLAC__bool FLAC__stream_encoder_process_interleaved(FLAC__StreamEncoder *,
    const int32_t buffer[], uint32_t samples);
FLAC__bool FLAC__stream_encoder_finish(FLAC__StreamEncoder *);
int FLAC__stream_encoder_get_state(const FLAC__StreamEncoder *);
"""


SONAMES = ("libFLAC.so.14", "libFLAC.so.12", "libFLAC.so.8", "libFLAC.14.dylib",
           "libFLAC.12.dylib")
"""libFLAC's shared-library names tried first (1.5, 1.4 and 1.3), before
:func:`ctypes.util.find_library` (which runs ``ldconfig``)."""


@functools.cache
def load() -> tuple[Any, Any] | None:
    """``(ffi, lib)`` of the system's libFLAC, or ``None`` where it cannot be loaded."""
    import cffi

    ffi = cffi.FFI()
    ffi.cdef(_CDEF)
    for name in SONAMES:
        try:
            return ffi, ffi.dlopen(name)
        except OSError:
            pass
    import ctypes.util

    path = ctypes.util.find_library("FLAC")
    try:
        return (ffi, ffi.dlopen(path)) if path else None
    except OSError:
        return None


class FlacEncoder:
    """Encodes mono 16-bit clips of one sample rate as FLAC bytes, one after another,
    with one libFLAC encoder it re-initialises per clip. Not thread-safe (keep one per
    thread).

    Args:
        sample_rate: Hz.
        level: libFLAC compression level, 0-8.

    Raises:
        RuntimeError: libFLAC cannot be loaded (:func:`load` gave ``None``).
    """

    def __init__(self, sample_rate: int, level: int = FLAC_LEVEL) -> None:
        loaded = load()
        if loaded is None:
            raise RuntimeError("libFLAC is not installed (apt-get install libflac12)")
        self._ffi, self._lib = loaded
        self._rate, self._level = int(sample_rate), int(level)
        chunks: list[bytes] = []
        self._chunks = chunks
        ffi = self._ffi

        @ffi.callback("FLAC__StreamEncoderWriteCallback")
        def write(encoder: Any, buffer: Any, size: int, samples: int, frame: int,
                  client_data: Any) -> int:
            chunks.append(ffi.buffer(buffer, size)[:])
            return 0  # FLAC__STREAM_ENCODER_WRITE_STATUS_OK

        self._write = write  # kept alive
        self._encoder = ffi.gc(self._lib.FLAC__stream_encoder_new(),
                               self._lib.FLAC__stream_encoder_delete)
        if self._encoder == ffi.NULL:
            raise MemoryError("libFLAC could not allocate an encoder")

    def encode(self, pcm: np.ndarray) -> bytes:
        """FLAC bytes of int16 ``[n_samples]`` (decoded: the same samples)."""
        if pcm.ndim != 1:
            raise ValueError(f"a mono clip is 1-D, got shape {pcm.shape}")
        lib, enc, ffi = self._lib, self._encoder, self._ffi
        samples = np.ascontiguousarray(pcm, dtype=np.int32)  # libFLAC takes int32 samples
        self._chunks.clear()
        # finish() resets an encoder's settings, so each clip sets them again
        ok = (lib.FLAC__stream_encoder_set_channels(enc, 1)
              and lib.FLAC__stream_encoder_set_bits_per_sample(enc, 16)
              and lib.FLAC__stream_encoder_set_sample_rate(enc, self._rate)
              and lib.FLAC__stream_encoder_set_compression_level(enc, self._level)
              and lib.FLAC__stream_encoder_set_do_md5(enc, 0)
              and lib.FLAC__stream_encoder_set_total_samples_estimate(enc, len(samples)))
        status = lib.FLAC__stream_encoder_init_stream(enc, self._write, ffi.NULL, ffi.NULL,
                                                      ffi.NULL, ffi.NULL) if ok else -1
        if status != 0:
            raise RuntimeError(f"libFLAC cannot start a clip (init status {status}, "
                               f"{self._rate} Hz, level {self._level})")
        ok = lib.FLAC__stream_encoder_process_interleaved(
            enc, ffi.cast("int32_t *", samples.ctypes.data), len(samples))
        state = lib.FLAC__stream_encoder_get_state(enc)
        if not lib.FLAC__stream_encoder_finish(enc) or not ok:
            raise RuntimeError(f"libFLAC failed to encode a clip (encoder state {state})")
        return b"".join(self._chunks)
