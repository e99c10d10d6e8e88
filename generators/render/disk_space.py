"""Disk-space preflight: refuse a render that cannot fit before writing anything.

The bytes a run will write are estimated from clips of the run itself:
:data:`PROBE_CLIPS` ids spread over ``0 .. n-1`` are rendered, encoded and
written as a Parquet table in memory, which gives the bytes per row (audio and
labels, as compressed on disk) and the fixed bytes per shard file (footer,
schema). When even a safe upper bound fits (16-bit PCM is the most a FLAC or
WAV clip can take), nothing is rendered for the check.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..model.config import RenderConfig
from ..sources.renderers import make_renderer
from ..dataset.writer import ShardWriter

PROBE_CLIPS = 64
"""Clips rendered to measure the bytes per row."""

CARD_BYTES = 64 * 1024
"""Room for ``README.md`` and ``instrument.json`` (each a few KB)."""

UNITS = ("B", "KB", "MB", "GB", "TB", "PB", "EB")


def human_bytes(n: float) -> str:
    """``n`` bytes in decimal units, 3 significant digits (``12.3 GB``, ``4.56 TB``)."""
    k = 0
    while abs(n) >= 999.5 and k < len(UNITS) - 1:
        n /= 1000.0
        k += 1
    return f"{n:.0f} B" if k == 0 else f"{n:.3g} {UNITS[k]}"


@dataclass(frozen=True)
class Estimate:
    """Bytes a render will write.

    Attributes:
        row_bytes: bytes per row (clip and labels) on disk.
        shard_bytes: fixed bytes per shard file.
        clips: rows of the dataset.
        shards: shard files of the dataset.
        probes: clips measured (0: ``row_bytes`` is an upper bound).
    """

    row_bytes: float
    shard_bytes: float
    clips: int
    shards: int
    probes: int

    @property
    def total(self) -> float:
        """Bytes of the whole dataset folder."""
        return self.row_bytes * self.clips + self.shard_bytes * self.shards + CARD_BYTES


def shard_count(config: RenderConfig) -> int:
    """Number of shard files (as :func:`~generators.model.shards.plan_shards`, without listing them)."""
    n_train, ss = config.n_train, config.shard_size
    return -(-n_train // ss) + -(-(config.n - n_train) // ss)


def _parquet_size(table: pa.Table) -> int:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().size


def upper_bound(config: RenderConfig) -> Estimate:
    """An estimate no render can exceed: 16-bit PCM clips plus headers, 64 bytes per label."""
    inst = config.instrument
    row = 2 * inst.n_samples * 1.01 + 8192 + 64 * (len(inst.params) + 5)
    return Estimate(row, 64 * 1024, config.n, shard_count(config), probes=0)


def measure(config: RenderConfig, renderer: Any = None, clips: int = PROBE_CLIPS) -> Estimate:
    """Render ``clips`` ids spread over the dataset and measure their Parquet bytes.

    Args:
        renderer: an engine of ``config.instrument`` (built here when ``None``).
    """
    writer = ShardWriter(config, Path("."), renderer or make_renderer(config.instrument))
    k = max(1, min(clips, config.n))
    ids = sorted({i * config.n // k for i in range(k)})
    table = writer.rows(ids)
    empty = _parquet_size(table.slice(0, 0))
    row = (_parquet_size(table) - empty) / len(ids)
    return Estimate(row, empty, config.n, shard_count(config), probes=len(ids))


def free_bytes(path: Path) -> tuple[Path, int]:
    """(nearest existing folder at or above ``path``, its filesystem's free bytes)."""
    p = Path(os.path.abspath(path))
    while not p.exists() and p != p.parent:
        p = p.parent
    return p, shutil.disk_usage(p).free


def written_bytes(out: Path) -> int:
    """Bytes of the shards already in ``out`` (a resumed run needs only the rest)."""
    total = 0
    for f in (Path(out) / "data").glob("*.parquet"):
        try:
            total += f.stat().st_size
        except OSError:
            pass
    return total


def space_problem(config: RenderConfig, out: Path, overwrite: bool = False,
                  renderer: Any = None) -> str | None:
    """``None`` when the dataset fits on ``out``'s filesystem, else a one-line
    message naming the bytes needed and free.

    Shards already in ``out`` count as written (unless ``overwrite``).
    """
    where, free = free_bytes(out)
    have = 0 if overwrite else written_bytes(out)
    if upper_bound(config).total - have <= free:
        return None
    est = measure(config, renderer)
    need = est.total - have
    if need <= free:
        return None
    more = f" more ({human_bytes(have)} written)" if have else ""
    return (f"{config.instrument.name} x {config.n:,} clips needs about {human_bytes(need)}"
            f"{more} ({human_bytes(est.row_bytes)} per {config.audio_format} clip, measured on "
            f"{est.probes}) but {where} has {human_bytes(free)} free; free space, lower --n, "
            "or pass --no-space-check if the filesystem reports free space wrongly")
