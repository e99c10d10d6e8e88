"""What a written dataset holds: quality statistics and audio digests of its shards."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from collections.abc import Iterable

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ..core.audio import decode_pcm
from ..core.errors import DatasetError
from ..model.shards import Shard


def collect_stats(out: Path, shards: list[Shard]) -> dict[str, Any]:
    """Quality statistics over the written shards (reads two small columns)."""
    silent, peaks = [], []
    by_split: dict[str, list[np.ndarray]] = {}
    for shard in shards:
        # ParquetFile, not read_table: no pyarrow.dataset import (0.1-0.25 s of a small render)
        t = pq.ParquetFile(out / shard.filename).read(columns=["is_silent", "peak"])
        silent.append(t.column("is_silent").to_numpy(zero_copy_only=False))
        peaks.append(t.column("peak").to_numpy())
        by_split.setdefault(shard.split, []).append(silent[-1])
    s = np.concatenate(silent) if silent else np.zeros(0, bool)
    p = np.concatenate(peaks) if peaks else np.zeros(0, np.float32)
    return {
        "n": int(s.size),
        "silent_fraction": float(s.mean()) if s.size else 0.0,
        "silent_fraction_by_split": {k: float(np.concatenate(v).mean())
                                     for k, v in by_split.items()},
        "peak_max": float(p.max()) if p.size else 0.0,
        "peak_median": float(np.median(p)) if p.size else 0.0,
    }


def audio_digest(clips: Iterable[bytes]) -> str:
    """sha256 (hex) of the decoded audio of encoded clips, in order: the
    reference digest of a benchmark split, and what any digest or fingerprint
    that stands for audio hashes.

    It hashes the samples, not the container: FLAC bytes of the same PCM differ
    by encoder settings and by CPU (libFLAC picks CPU-specific routines and may
    pick another predictor), and WAV and FLAC of the same PCM give the same
    digest. Each clip is decoded by :func:`generators.core.audio.decode_pcm` and
    contributes, in this order:

    - ``frames``, ``sample_rate`` (Hz) and ``channels``: each a little-endian
      int64 (24 bytes);
    - its ``frames * channels`` samples, interleaved frame by frame, each a
      little-endian integer of the stored width: int16 for 16-bit PCM, int32
      for 24-bit (left-justified, ``value << 8``) and 32-bit PCM.

    Args:
        clips: encoded clips (FLAC or WAV bytes of integer PCM).

    Raises:
        ValueError: a clip is not integer PCM (see :func:`~generators.core.audio.decode_pcm`).
    """
    h = hashlib.sha256()
    for data in clips:
        pcm, sample_rate = decode_pcm(data)
        frames, channels = pcm.shape
        h.update(np.array([frames, sample_rate, channels], dtype="<i8").tobytes())
        h.update(np.ascontiguousarray(pcm, dtype=pcm.dtype.newbyteorder("<")).tobytes())
    return h.hexdigest()


def split_digest(out: Path, split: str = "test") -> str:
    """:func:`audio_digest` of a dataset folder's ``split``, in id order (the
    same for FLAC and WAV storage of the same audio)."""
    tables = [pq.read_table(path, columns=["id", "audio"])
              for path in sorted((Path(out) / "data").glob(f"{split}-*.parquet"))]
    if not tables:
        raise DatasetError(f"{out} has no {split} split")
    table = pa.concat_tables(tables).sort_by("id")
    return audio_digest(item["bytes"] for item in table.column("audio").to_pylist())
