"""Rendering rows and writing them as Parquet shards (one writer per worker)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable, Iterator

import numpy as np
import pyarrow as pa

from ..core import audio as audio_mod
from ..core.atomic import write_table_atomic
from ..model.config import RenderConfig
from ..sources.renderers import render_many
from ..model.sampler import Sample
from .schema import arrow_schema
from ..model.shards import Shard


RENDER_BATCH = 16
"""Clips a worker renders per call (``render_many``: 4 vector lanes at a time for built-ins)."""


class ShardWriter:
    """Renders and writes shards; one per worker, holding its renderer.

    Args:
        config: the run.
        out: dataset folder.
        renderer: object with ``render(settings, note) -> float32 [n_samples]``.
        schema: the Parquet schema (:func:`arrow_schema` of ``config``), when the
            caller has it: a worker given it does not import ``datasets``.
    """

    def __init__(self, config: RenderConfig, out: Path, renderer: Any,
                 schema: pa.Schema | None = None) -> None:
        self.config = config
        self.out = Path(out)
        self.renderer = renderer
        self.schema = schema if schema is not None else arrow_schema(config)

    def rows(self, ids: Iterable[int], on_sample: Callable[[], None] | None = None) -> pa.Table:
        """Render ``ids`` into a table with the dataset schema."""
        cfg = self.config
        inst = cfg.instrument
        cols: dict[str, list[Any]] = {name: [] for name in self.schema.names}
        for i, (sample, preset), clip in self._rendered(ids):
            pcm = audio_mod.as_stored(clip)
            data = audio_mod.encode(pcm, inst.sample_rate, cfg.audio_format)
            cols["id"].append(i)
            cols["audio"].append({"bytes": data, "path": f"{inst.name}-{i:08d}.{cfg.audio_format}"})
            for name, value in sample.settings.items():
                cols[name].append(value)
            cols["note"].append(sample.note)
            fl = audio_mod.flags(pcm)
            cols["is_silent"].append(fl["is_silent"])
            cols["peak"].append(fl["peak"])
            if "preset" in cols:
                cols["preset"].append(preset)
            if on_sample is not None:
                on_sample()
        return pa.Table.from_pydict(cols, schema=self.schema)

    def _rendered(self, ids: Iterable[int]) -> Iterator[tuple[int, tuple[Sample, str | None], np.ndarray]]:
        """``(id, (sample, preset), clip)`` per id, rendered :data:`RENDER_BATCH` at a time."""
        ids = list(ids)
        for k in range(0, len(ids), RENDER_BATCH):
            chunk = ids[k:k + RENDER_BATCH]
            drawn = [self.config.sample(i) for i in chunk]
            clips = render_many(self.renderer, [(s.settings, s.note) for s, _ in drawn])
            yield from zip(chunk, drawn, clips)

    def write(self, shard: Shard, on_sample: Callable[[], None] | None = None) -> Path:
        """Render ``shard`` and write it atomically (temp file + rename)."""
        table = self.rows(range(shard.start, shard.stop), on_sample)
        return write_table_atomic(table, self.out / shard.filename)
