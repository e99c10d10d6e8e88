"""FLAC bytes of mono 16-bit clips straight from libFLAC, the fast path of
:class:`generators.core.audio.ClipEncoder`.

libsndfile's FLAC writer (what ``soundfile`` calls) always computes the stream's MD5
signature and works at compression level 5; a render worker spent about 30 % of its
time there. :class:`FlacEncoder` drives libFLAC's stream encoder itself:

- compression level :data:`FLAC_LEVEL` (0: fixed predictors, blocks of 1,152
  samples), about 40 % less CPU a clip than libsndfile's level 5 for 6-9 % more bytes
  (``docs/performance.md`` has the measurements);
- no MD5 signature: STREAMINFO's MD5 field is left 0, which the format defines as
  "unknown" (decoders skip the check; the dataset's own digests hash the decoded PCM,
  :mod:`generators.dataset.fingerprint`);
- the exact number of samples written into STREAMINFO up front, so the encoder never
  seeks back (no seek or tell callbacks, only a write callback that collects bytes);
- driven from C (:mod:`generators.core._flacenc`, ``generators/core/c/flacenc.c``,
  libFLAC loaded at run time, so no headers at build time): a batch of clips in one
  call, the frames collected without a Python call each. Through cffi, those calls
  (21 a 0.9 s clip) and the per-clip settings took 25 % of the encoding time.

The output is ordinary lossless FLAC: ``soundfile``, FFmpeg (HF ``datasets``' Audio)
and ``flac -d`` decode it to the same samples. libFLAC is the system library
(Debian's ``libflac12``, installed with ``libsndfile1``; any of :data:`SONAMES`);
where it is missing, :func:`load` gives ``None`` and the caller keeps libsndfile's
encoder.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import numpy as np

FLAC_LEVEL = 0
"""libFLAC compression level (0-8) of the datasets' FLAC: 0 is the fastest to encode
(the measurements are in ``docs/performance.md``)."""

SONAMES = ("libFLAC.so.14", "libFLAC.so.12", "libFLAC.so.8", "libFLAC.14.dylib",
           "libFLAC.12.dylib")
"""libFLAC's shared-library names tried first (1.5, 1.4 and 1.3), before
:func:`ctypes.util.find_library` (which runs ``ldconfig``)."""


@functools.cache
def load() -> str | None:
    """The name or path of the system's libFLAC that loads, or ``None`` where none does."""
    import ctypes
    import ctypes.util

    def found() -> Iterator[str | None]:
        yield from SONAMES
        yield ctypes.util.find_library("FLAC")  # slow (ldconfig): only when none loads

    for name in found():
        if name:
            try:
                ctypes.CDLL(name)
                return name
            except OSError:
                pass
    return None


class FlacEncoder:
    """Encodes mono 16-bit clips of one sample rate as FLAC bytes, one clip or a batch
    at a time, through :mod:`generators.core._flacenc` (libFLAC driven from C: one
    stream encoder per clip's bytes, its frames collected without a Python call,
    the GIL released). Thread-safe.

    Args:
        sample_rate: Hz.
        level: libFLAC compression level, 0-8.

    Raises:
        RuntimeError: libFLAC cannot be loaded (:func:`load` gave ``None``).
    """

    def __init__(self, sample_rate: int, level: int = FLAC_LEVEL) -> None:
        from . import _flacenc

        library = load()
        if library is None:
            raise RuntimeError("libFLAC is not installed (apt-get install libflac12)")
        self._encode = _flacenc.encode
        self._library = library
        self._rate, self._level = int(sample_rate), int(level)

    def encode(self, pcm: np.ndarray) -> bytes:
        """FLAC bytes of int16 ``[n_samples]`` (decoded: the same samples), n >= 1."""
        if pcm.ndim != 1:
            raise ValueError(f"a mono clip is 1-D, got shape {pcm.shape}")
        return self.encode_many(pcm[None])[0]

    def encode_many(self, pcm: np.ndarray) -> list[bytes]:
        """FLAC bytes of each row of int16 ``[clips, n_samples]``, n >= 1: the bytes
        :meth:`encode` gives each."""
        pcm = np.ascontiguousarray(pcm, dtype=np.int16)
        return self._encode(pcm, self._rate, self._level, self._library)
