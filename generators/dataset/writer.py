"""Rendering rows and writing them as Parquet shards (one writer per worker)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from ..core import audio as audio_mod
from ..core.atomic import write_table_atomic
from ..model.config import RenderConfig
from ..model.playing import Notes
from ..model.sampler import Sample
from ..sources.renderers import render_many
from .schema import arrow_schema, shard_write_options
from ..model.shards import Shard


RENDER_BATCH = 128
"""Clips a worker renders per call (``render_many``: 8 or 4 vector lanes at a time for
built-ins, lanes grouped by their switches among the 128; 10 MB of float32 at 0.9 s)."""


@dataclass(frozen=True)
class Rendered:
    """Clips rendered as a dataset stores them (before encoding).

    Attributes:
        ids: the sample ids ``[b]``.
        samples: ``(settings, preset name or None)`` per id (:meth:`RenderConfig.samples`).
        pcm: the stored 16-bit samples, int16 ``[b, n_samples]`` (a list of int16
            ``[n]`` when the clips' lengths differ).
        peak: max abs sample as decoded, float64 ``[b]`` (0-1).
    """

    ids: list[int]
    samples: list[tuple[Sample, str | None]]
    pcm: np.ndarray | list[np.ndarray]
    peak: np.ndarray

    @property
    def is_silent(self) -> np.ndarray:
        """bool ``[b]``: peak below :data:`generators.core.audio.SILENCE_PEAK`."""
        return self.peak < audio_mod.SILENCE_PEAK


def render_batch(config: RenderConfig, renderer: Any, ids: Sequence[int]) -> Rendered:
    """Draw, render and store the clips ``ids`` of ``config`` at once: what a dataset row
    holds of each, before its audio is encoded (the writer's and the stream's one path)."""
    ids = list(ids)
    drawn = config.samples(ids)
    if config.playing is None:
        clips = render_many(renderer, [(s.settings, s.note) for s, _ in drawn])
    else:  # phrases: each clip's note events
        clips = [renderer.render_notes(s.settings, s.notes) for s, _ in drawn]
    if len({len(c) for c in clips}) <= 1:
        pcm: np.ndarray | list[np.ndarray] = audio_mod.as_stored_many(clips) if len(clips) else \
            np.zeros((0, config.instrument.n_samples), np.int16)
        peak = audio_mod.peaks(pcm)  # type: ignore[arg-type]
    else:  # clips of several lengths (a plug-in's tail): one at a time
        pcm = [audio_mod.as_stored(c) for c in clips]
        peak = np.array([audio_mod.peaks(c) for c in pcm])
    return Rendered(ids, drawn, pcm, peak)


def notes_rows(notes: Notes | None) -> list[dict[str, float | int]]:
    """The ``notes`` cell of a clip: one dict per event, the fields of
    :data:`~generators.dataset.schema.NOTE_FIELDS`."""
    return [{"pitch": e.pitch, "velocity": e.velocity, "start": e.start, "duration": e.duration}
            for e in notes or ()]


class ShardWriter:
    """Renders and writes shards; one per worker, holding its renderer.

    Args:
        config: the run.
        out: dataset folder.
        renderer: object with ``render(settings, note) -> float32 [n_samples]``.
        schema: the Parquet schema (:func:`arrow_schema` of ``config``), when the
            caller has it (built once by the parent of the workers).
    """

    def __init__(self, config: RenderConfig, out: Path, renderer: Any,
                 schema: pa.Schema | None = None) -> None:
        self.config = config
        self.out = Path(out)
        self.renderer = renderer
        self.schema = schema if schema is not None else arrow_schema(config)

    def rows(self, ids: Iterable[int], on_sample: Callable[[], None] | None = None) -> pa.Table:
        """Render ``ids`` into a table with the dataset schema.

        Per :data:`RENDER_BATCH` clips: the settings drawn at once
        (:meth:`RenderConfig.samples`), rendered at once (``render_many``), stored,
        flagged and encoded (:func:`~generators.core.audio.encode_many`); then the
        columns are built at once (:func:`shard_table`).
        ``on_sample()`` is called once per clip rendered.
        """
        ids = list(ids)
        samples: list[tuple[Sample, str | None]] = []
        blobs: list[bytes] = []
        peaks: list[np.ndarray] = []
        for k in range(0, len(ids), RENDER_BATCH):
            batch = render_batch(self.config, self.renderer, ids[k:k + RENDER_BATCH])
            samples += batch.samples
            peaks.append(batch.peak)
            blobs += audio_mod.encode_many(batch.pcm, self.config.instrument.sample_rate,
                                           self.config.audio_format)
            if on_sample is not None:
                for _ in batch.ids:
                    on_sample()
        peak = np.concatenate(peaks) if peaks else np.zeros(0)
        return shard_table(self.config, self.schema, ids, samples, blobs, peak)

    def write(self, shard: Shard, on_sample: Callable[[], None] | None = None) -> Path:
        """Render ``shard`` and write it atomically (temp file + rename)."""
        table = self.rows(range(shard.start, shard.stop), on_sample)
        return write_table_atomic(table, self.out / shard.filename,
                                  **shard_write_options(self.schema))


def shard_table(config: RenderConfig, schema: pa.Schema, ids: Sequence[int],
                samples: Sequence[tuple[Sample, str | None]], blobs: Sequence[bytes],
                peak: np.ndarray) -> pa.Table:
    """A shard's rows as one Arrow table with the dataset ``schema``.

    Args:
        config: the run (its instrument's parameter names and audio format).
        schema: :func:`~generators.dataset.schema.arrow_schema` of ``config``.
        ids: the sample ids ``[b]``.
        samples: ``(settings, preset name or None)`` per id.
        blobs: the encoded audio file per id (FLAC or WAV bytes).
        peak: max abs sample as decoded, ``[b]`` (0-1).
    """
    inst = config.instrument
    ext = config.audio_format
    cols: dict[str, Any] = {name: [s.settings[name] for s, _ in samples] for name in inst.names}
    cols["note"] = [s.note for s, _ in samples]
    if "notes" in schema.names:
        cols["notes"] = [notes_rows(s.notes) for s, _ in samples]
    if "preset" in schema.names:
        cols["preset"] = [preset for _, preset in samples]
    audio_type = schema.field("audio").type
    cols["audio"] = pa.StructArray.from_arrays(  # {bytes, path}, without a dict per clip
        [pa.array(blobs, pa.binary()),
         pa.array([f"{inst.name}-{i:08d}.{ext}" for i in ids], pa.string())],
        fields=list(audio_type))
    cols["id"] = np.array(ids, np.int64)
    cols["peak"] = np.asarray(peak).astype(np.float32)
    cols["is_silent"] = np.asarray(peak) < audio_mod.SILENCE_PEAK
    return pa.Table.from_pydict({name: cols[name] for name in schema.names}, schema=schema)
