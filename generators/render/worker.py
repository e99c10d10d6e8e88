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
