"""Scoring a phrase dataset re-renders each row's notes (its ``notes`` column), not one
note: the true labels are at distance 0, another patch is not, and the search and the
board's listening examples play the same phrase."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from benchmark.predictions import from_columns, validate
from benchmark.resynth import Resynth, logmel_l1_to, score_audio
from benchmark.task import Task, load_task
from generators.model.playing import as_notes

from tests.benchmark_data import truth_columns


@pytest.fixture(scope="module")
def ptask(tiny_phrases: Path) -> Task:
    return load_task(tiny_phrases)


def test_the_task_carries_each_rows_notes(ptask: Task, tiny_phrases: Path) -> None:
    rows = pq.read_table(sorted((tiny_phrases / "data").glob("test-*.parquet"))[0]).to_pylist()
    assert ptask.notes is not None and len(ptask.notes) == ptask.n
    for r in rows:
        assert ptask.notes[r["id"]] == as_notes(r["notes"])
        assert len(ptask.notes[r["id"]]) >= 3
    ids = ptask.split_ids("test")
    assert ptask.played(ids) == [ptask.notes[i] for i in ids]
    assert ptask.describe_played(int(ids[0])).endswith(f"from {ptask.notes[ids[0]][0].pitch}")


def test_single_note_tasks_play_their_note(task: Task) -> None:
    assert task.notes is None
    assert task.played([0, 1]) == [int(task.midi_notes[0]), int(task.midi_notes[1])]


def _preds(task: Task, cols: dict, ids: np.ndarray):
    return validate(task, from_columns(cols, ids), "test")


@pytest.mark.slow  # ~15 s: every audio metric (pitch tracks too) of 8 phrase clips
def test_true_labels_score_zero_and_another_patch_does_not(ptask: Task) -> None:
    ids = ptask.split_ids("test")
    truth = score_audio(ptask, _preds(ptask, truth_columns(ptask, ids, False), ids), workers=1)
    assert truth["n_clips"] == len(ids)
    assert set(truth["metrics"].values()) == {0.0}
    rolled = {k: v[1:] + v[:1] for k, v in truth_columns(ptask, ids, False).items()}
    wrong = score_audio(ptask, _preds(ptask, rolled, ids), workers=1)
    assert wrong["metrics"]["logmel_l1_db"] > 1.0
    assert all(v is None or v > 0 for v in wrong["metrics"].values())


def test_the_search_distance_plays_the_phrase(ptask: Task) -> None:
    i = int(ptask.split_ids("test")[0])
    engine = Resynth(ptask.instrument)
    target = engine.distances.log_mel(ptask.audio([i]))[0]
    d = logmel_l1_to(engine, [ptask.settings(i)] * 2, [ptask.played([i])[0],
                                                       int(ptask.midi_notes[i])], target)
    assert d[0] == 0.0 and d[1] > 1.0


def test_search_from_the_truth_starts_at_the_phrase(ptask: Task) -> None:
    from baselines.search import search
    from benchmark.resynth import RenderPool

    ids = ptask.split_ids("test")[:2]
    with RenderPool(ptask.instrument, 1) as pool:
        found = search(ptask.instrument, ptask.audio(ids), [ptask.settings(i) for i in ids],
                       ptask.played(ids), 1, pool)
    # ~0 (the search's own label round trip may move a knob by 1e-7): a single note is > 1 dB
    assert all(f.initial_distance < 0.01 for f in found)
