"""The task of a dataset: targets, masks, splits, audio; loading errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from benchmark.task import SPLITS, TaskError, load_task, split_of
from generators.core.audio import stored_clip
from generators.model.config import RenderConfig
from generators.instruments import get_instrument
from generators.render.job import render_dataset
from generators.sources.renderers import make_renderer
from generators.model.sampler import draw


def test_splits(task) -> None:
    parts = {s: task.split_ids(s) for s in SPLITS}
    assert parts["test"].tolist() == list(range(48, 60))
    assert parts["validation"].tolist() == [9, 19, 29, 39]
    assert sorted(np.concatenate(list(parts.values())).tolist()) == list(range(60))
    # a pure function of the id
    assert split_of(np.array([9, 10, 47, 48]), 48).tolist() == ["validation", "train", "train",
                                                                "test"]
    with pytest.raises(TaskError, match="unknown split 'dev'"):
        task.split_ids("dev")


def test_targets_labels_and_masks(task) -> None:
    inst = task.instrument
    assert task.targets == inst.names
    assert task.knobs + task.switches != []
    for i in range(task.n):
        settings = draw(inst, 11, i).settings
        assert task.settings(i) == pytest.approx(settings)
        for name in inst.names:
            assert task.masks[name][i] == inst.active(name, settings)
    # the tiny set has masked samples for both kinds of dependency
    assert not task.masks["lfo1_rate"].all()
    assert not task.masks["osc1_pulse_width"].all()


def test_audio_is_the_rendered_clip(task) -> None:
    renderer = make_renderer(task.instrument)
    ids = [0, 50]
    audio = task.audio(ids)
    assert audio.dtype == np.float32
    assert audio.shape == (2, task.n_samples)
    for k, i in enumerate(ids):
        assert np.array_equal(audio[k], stored_clip(renderer.render(task.settings(i))))


def test_model_view_hides_test(task) -> None:
    view = task.for_model()
    assert len(view.labels("train")["filter_cutoff"]) == 44
    assert view.audio("validation").shape == (4, task.n_samples)
    with pytest.raises(TaskError, match="not 'test'"):
        view.labels("test")
    with pytest.raises(TaskError, match="outside the train split"):
        view.audio("train", [50])


def test_load_errors(tmp_path: Path, task) -> None:
    with pytest.raises(TaskError, match="no dataset folder"):
        load_task(tmp_path / "nothing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(TaskError, match="no instrument.json"):
        load_task(tmp_path / "empty")
    broken = tmp_path / "broken"
    shutil.copytree(task.source, broken)
    next((broken / "data").glob("train-00001-*.parquet")).unlink()
    with pytest.raises(TaskError, match="incomplete render"):
        load_task(broken)


def test_same_folder_name_never_reads_stale_rows(tmp_path: Path) -> None:
    """datasets' cache of load_dataset(folder) is keyed by the folder name and the
    card's patterns: two folders named alike, or a re-render, must not mix."""
    inst = get_instrument("noisemaker_light")
    tasks = []
    for seed in (1, 2):
        out = tmp_path / f"s{seed}" / "ds"
        render_dataset(RenderConfig(inst, n=5, seed=seed, shard_size=5), out, progress=False)
        tasks.append(load_task(out))
    a, b = tasks
    assert a.labels["filter_cutoff"].tolist() != b.labels["filter_cutoff"].tolist()
    assert not np.array_equal(a.audio([4]), b.audio([4]))
    render_dataset(RenderConfig(inst, n=5, seed=3, shard_size=5), tmp_path / "s1" / "ds",
                   overwrite=True, progress=False)
    c = load_task(tmp_path / "s1" / "ds")
    assert c.labels["filter_cutoff"][4] == pytest.approx(draw(inst, 3, 4).settings["filter_cutoff"])
