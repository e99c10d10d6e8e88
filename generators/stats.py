"""What a written dataset holds: quality statistics and audio digests of its shards."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from .errors import DatasetError
from .shards import Shard


def collect_stats(out: Path, shards: list[Shard]) -> dict[str, Any]:
    """Quality statistics over the written shards (reads two small columns)."""
    silent, peaks = [], []
    by_split: dict[str, list[np.ndarray]] = {}
    for shard in shards:
        t = pq.read_table(out / shard.filename, columns=["is_silent", "peak"])
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
    """sha256 (hex) of encoded clips in order, each prefixed by its length
    (8 bytes, little-endian): the reference digest of a benchmark split."""
    h = hashlib.sha256()
    for data in clips:
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def split_digest(out: Path, split: str = "test") -> str:
    """:func:`audio_digest` of a dataset folder's ``split``, in id order."""
    tables = [pq.read_table(path, columns=["id", "audio"])
              for path in sorted((Path(out) / "data").glob(f"{split}-*.parquet"))]
    if not tables:
        raise DatasetError(f"{out} has no {split} split")
    table = pa.concat_tables(tables).sort_by("id")
    return audio_digest(item["bytes"] for item in table.column("audio").to_pylist())
