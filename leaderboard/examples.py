"""Listening examples: for the first test ids, the target clip beside the clip
re-rendered from each top entry's predicted settings, with spectrograms.

Clips are re-rendered as the scorer re-renders them
(:func:`generators.core.audio.as_stored`: 16-bit, non-finite -> silence), in the
dataset's audio format.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Callable

import numpy as np

from benchmark.configs import check_dataset
from benchmark.errors import BenchmarkError
from benchmark.predictions import load_predictions
from benchmark.resynth import render_played
from benchmark.task import Task, load_task
from generators.core.audio import as_stored
from generators.core.errors import DatasetError

from .media import Spectrograms
from .sections import BoardSection, key_of
from .store import Entry


@dataclass
class Clip:
    """One listening example file: where it is under the site, and its caption."""

    audio: str
    image: str
    caption: str


@dataclass
class Examples:
    """Listening examples of a benchmark: per test id, the target and each top entry's clip.

    Attributes:
        ids: the test ids shown (rows).
        notes: their MIDI notes.
        columns: ``(rank, entry)`` of the entries compared.
        clips: ``(id, "target" or key_of(entry name)) -> Clip``.
        missing: why there are no examples (no dataset, ...), or ``None``.
    """

    ids: list[int]
    notes: list[int]
    columns: list[tuple[int, Entry]]
    clips: dict[tuple[int, str], Clip]
    missing: str | None = None

    def row(self, i: int) -> list[Clip | None]:
        """The clips of test id ``i``: the target, then each entry's (``None``: missing)."""
        return [self.clips.get((i, who))
                for who in ["target", *(key_of(e.name) for _, e in self.columns)]]


def clip_errors(task: Task, i: int, settings: dict[str, Any]) -> str:
    """Short caption: this clip's knob MAE and wrong switches."""
    knobs, wrong, switches = [], 0, 0
    for name in task.targets:
        if not task.masks[name][i]:
            continue
        true, pred = task.labels[name][i], settings.get(name)
        if task.is_knob(name):
            if pred is not None:
                knobs.append(abs(float(pred) - float(true)))
        else:
            switches += 1
            wrong += pred != true
    parts = []
    if knobs:
        parts.append(f"knob MAE {np.mean(knobs):.2f}")
    if switches:
        parts.append(f"{wrong}/{switches} switches wrong")
    return ", ".join(parts)


def make_examples(s: BoardSection, site: Path, source: str | None, n_ids: int, top: int,
                  warn: Callable[[str], None], choose: Callable[[list[int]], list[int]] | None = None,
                  columns: list[tuple[int, Entry]] | None = None) -> Examples:
    """Write the example clips and spectrograms of ``s`` under ``site``.

    Args:
        s: the benchmark's section.
        site: the site folder being written.
        source: the benchmark's dataset (folder or Hub id), ``None`` when absent.
        n_ids: test ids shown (the first ones); ``top``: entries compared (the best ones).
        warn: reports what could not be shown.
        choose: picks the ids shown from all the test ids instead of the first ``n_ids``.
        columns: the entries compared instead of the ``top`` best.
    """
    from generators.core.audio import decode, encode
    from generators.sources.renderers import make_renderer

    columns = s.ranked[:top] if columns is None else columns
    if source is None:
        return Examples([], [], columns, {}, "no dataset")
    try:
        task = load_task(source)
        check_dataset(task.meta, s.benchmark, task.name)
    except (BenchmarkError, DatasetError) as e:
        why = " ".join(e.problems) if isinstance(e, BenchmarkError) else str(e)
        warn(f"{s.benchmark}: no listening examples: {why}")
        return Examples([], [], columns, {}, why)
    spec = Spectrograms(task.sample_rate)
    test = [int(i) for i in task.split_ids("test")]
    ids = test[:n_ids] if choose is None else choose(test)
    fmt = str(task.meta.get("render", {}).get("audio_format", "flac"))
    bdir = key_of(s.benchmark)
    (site / "audio" / bdir).mkdir(parents=True, exist_ok=True)
    (site / "img" / bdir).mkdir(parents=True, exist_ok=True)
    clips: dict[tuple[int, str], Clip] = {}

    def put(i: int, who: str, data: bytes, pcm: np.ndarray, caption: str) -> None:
        audio = f"audio/{bdir}/{i}-{who}.{fmt}"
        image = f"img/{bdir}/{i}-{who}.png"
        (site / audio).write_bytes(data)
        (site / image).write_bytes(spec.png(pcm))
        clips[(i, who)] = Clip(audio, image, caption)

    for i, data in zip(ids, task.audio_bytes(ids)):
        clip, _ = decode(data)
        put(i, "target", data, clip, f"id {i}, {task.describe_played(i)}")
    renderer = make_renderer(task.instrument)
    for _, e in columns:
        try:
            preds = load_predictions(task, e.predictions, "test")
        except (BenchmarkError, OSError) as err:
            warn(f"{s.benchmark}/{e.name}: no listening examples: {err}")
            continue
        row = {int(i): k for k, i in enumerate(preds.ids)}
        for i in ids:
            settings = preds.settings(row[i])
            pcm = as_stored(render_played(renderer, settings, task.played([i])[0]))
            put(i, key_of(e.name), encode(pcm, task.sample_rate, fmt),
                pcm.astype(np.float32) / 32768.0, clip_errors(task, i, settings))
    return Examples(ids, [int(task.midi_notes[i]) for i in ids], columns, clips)
