"""A render worker process's engine: a shard writer with its renderer, reporting progress.

Kept apart from :mod:`generators.render.job` so that a spawned worker imports only what
it renders and writes with (no card, catalog, Ray or command line).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.lazy import arrow_without_pandas
from ..dataset.writer import ShardWriter
from ..model.config import RenderConfig
from ..model.shards import Shard
from ..sources.renderers import make_renderer

PROGRESS_EVERY = 8
"""A worker reports its rendered clips to the progress queue this many at a time."""

SPAWN_CLIPS = 500
"""A worker process costs about the start-up time of rendering this many clips (spawn and
imports, ~0.4 s): a job starts at most one worker per this many clips."""


HEAP_KEEP = 256 << 20
"""Bytes of freed memory a render worker keeps in its heap (glibc, :func:`keep_freed_memory`)."""


def keep_freed_memory() -> None:
    """Let this process reuse the memory it frees (glibc's ``mallopt``; elsewhere nothing).

    A worker allocates and frees the same large arrays every batch (10 MB of float32
    clips, their int16 copy). By default glibc maps each from the kernel afresh, or
    gives freed memory back once 2x the largest is free, so every batch pays page
    faults on zeroed pages: 4-9 % of noisemaker's time per clip. With a fixed mmap
    threshold of 64 MB and :data:`HEAP_KEEP` kept, the pages stay mapped; the peak
    memory is what the worker used anyway.
    """
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (macOS): its allocator as it is
        return
    m_trim_threshold, m_mmap_threshold = -1, -3  # <malloc.h>
    mallopt(m_mmap_threshold, 64 << 20)
    mallopt(m_trim_threshold, HEAP_KEEP)


class ShardEngine:
    """A worker's engine: a :class:`ShardWriter` with its renderer, reporting rendered
    samples to ``queue`` every :data:`PROGRESS_EVERY`.

    Args:
        config: the run.
        out: dataset folder.
        queue: a ``multiprocessing`` queue of clip counts.
        schema: the Parquet schema (built once by the parent).
    """

    def __init__(self, config: RenderConfig, out: str, queue: Any, schema: Any) -> None:
        arrow_without_pandas()  # a worker writes our own columns only
        keep_freed_memory()
        self.writer = ShardWriter(config, Path(out), make_renderer(config.instrument), schema)
        self.queue = queue


def write_shard(engine: ShardEngine, shard: Shard) -> str:
    """Render and write ``shard`` with ``engine``; its path."""
    count = 0

    def tick() -> None:
        nonlocal count
        count += 1
        if count == PROGRESS_EVERY:
            engine.queue.put(count)
            count = 0

    path = engine.writer.write(shard, tick)
    if count:
        engine.queue.put(count)
    return str(path)
