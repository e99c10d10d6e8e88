"""Streaming training data: equal to the in-memory features, every id once, per-shard
cache, memory flat in the number of clips, training sets."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from baselines.stream import (
    ShardStream,
    StreamError,
    clips_for,
    main,
    training_config,
    training_ids,
)
from baselines.targets import TargetLayout
from benchmark.errors import run_cli
from benchmark.features import compute
from benchmark.task import load_task
from generators.benchmarks import BENCHMARKS


@pytest.fixture(scope="module")
def nm(tiny_noisemaker) -> Path:
    return tiny_noisemaker[1]  # 60 clips, shards of 16


def test_stream_in_order_equals_in_memory_features(nm: Path, tmp_path: Path) -> None:
    task = load_task(nm)
    ids = np.array([3, 17, 18, 40, 59, 0])
    stream = ShardStream(nm, "mfcc_delta", ids, cache_dir=tmp_path)
    assert len(stream) == 6
    assert len(stream.shards) == 4
    assert stream.shape == (39, 60)
    got = list(stream.batches(4))
    assert [len(b[0]) for b in got] == [4, 2]
    x = np.concatenate([b[0] for b in got])
    ref = compute(task, kinds=("mfcc_delta",), ids=np.sort(ids), progress=False)["mfcc_delta"]
    np.testing.assert_allclose(x, ref.transpose(0, 2, 1), atol=1e-3)
    y_knob, y_switch, mask = TargetLayout.of(task.instrument).encode(
        [task.settings(int(i)) for i in np.sort(ids)], task.instrument)
    np.testing.assert_array_equal(np.concatenate([b[1] for b in got]), y_knob)
    np.testing.assert_array_equal(np.concatenate([b[2] for b in got]), y_switch)
    np.testing.assert_array_equal(np.concatenate([b[3] for b in got]), mask)
    for a, b in zip(stream.labels(), (y_knob, y_switch, mask)):
        np.testing.assert_array_equal(a, b)
    # the second pass reads the per-shard cache, and gives the same arrays
    files = sorted((tmp_path / nm.name / "shards").glob("mfcc_delta-*.npz"))
    assert len(files) == 4
    again = np.concatenate([b[0] for b in ShardStream(nm, "mfcc_delta", ids, cache_dir=tmp_path)
                            .batches(4)])
    np.testing.assert_array_equal(again, x)


def test_shuffled_epochs_visit_every_id_once(nm: Path, tmp_path: Path) -> None:
    ids = np.arange(0, 50)
    stream = ShardStream(nm, "mfcc", ids, cache_dir=tmp_path)
    seen = []
    for epoch in range(2):
        batches = list(stream.batches(8, np.random.default_rng([0, epoch])))
        assert all(len(b[0]) == 8 for b in batches[:-1])
        seen.append(np.concatenate([b[1] for b in batches]))
    ref = stream.labels()[0]
    for s in seen:  # a permutation of the selected rows
        assert s.shape == ref.shape
        np.testing.assert_array_equal(np.sort(s, axis=0), np.sort(ref, axis=0))
    assert not np.array_equal(seen[0], seen[1])


def test_memory_flat_in_the_number_of_clips(nm: Path, tmp_path: Path) -> None:
    """Peak traced memory (numpy arrays included) of a shuffled pass over 2 vs 4 shards
    (rows are mixed within pairs of shards, so 2 shards is the smallest full working set)."""
    def peak(n: int) -> int:
        stream = ShardStream(nm, "logmel", np.arange(n), cache_dir=tmp_path)
        list(stream.batches(8, np.random.default_rng(0)))  # fill the cache first
        tracemalloc.start()
        for _ in stream.batches(8, np.random.default_rng(1)):
            pass
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(32), peak(60)
    assert large < 1.5 * small, (small, large)


def test_training_sets(tmp_path: Path, capsys) -> None:
    train, val = training_ids(100, 20)
    assert len(train) == 20
    assert train[-1] == 21
    assert list(val[:3]) == [9, 19, 29]
    assert not set(train) & set(training_ids(100)[1])
    with pytest.raises(StreamError, match="fewer than the 95"):
        training_ids(100, 95)
    assert clips_for(1000, 200) == 2000
    assert clips_for(100_000, 2000) == 111_120
    name = next(iter(BENCHMARKS))
    bench = BENCHMARKS[name]
    cfg = training_config(name, 500)
    assert cfg.seed == bench.seed + 1
    assert cfg.n == 500
    assert cfg.instrument == bench.config().instrument
    assert cfg.note_range == bench.note_range
    with pytest.raises(StreamError, match="own"):
        training_config(name, 500, seed=bench.seed)
    assert run_cli(main, ["--benchmark", name, "--n", "10", "--seed", str(bench.seed),
                          "--out", str(tmp_path / "x")]) == 2
    assert "needs another seed" in capsys.readouterr().err
    with pytest.raises(StreamError, match="not a local dataset folder"):
        ShardStream(tmp_path, "mfcc")


def test_uncached_stft_computes_the_selected_rows_only(nm: Path, tmp_path: Path) -> None:
    task = load_task(nm)
    ids = np.array([5, 9, 30])
    stream = ShardStream(nm, "stft", ids, cache_dir=tmp_path)
    assert stream.cache is None
    assert stream.shape == (39, 1025)
    x = np.concatenate([b[0] for b in stream.batches(2)])
    ref = compute(task, kinds=("stft",), ids=ids, progress=False)["stft"]
    np.testing.assert_allclose(x, ref.transpose(0, 2, 1), atol=1e-3)
    assert not (tmp_path / nm.name).exists()  # nothing cached


def test_rendered_on_the_fly_is_what_the_folder_streams(nm: Path, tmp_path: Path) -> None:
    """RenderStream (clips rendered in a worker process, nothing written) gives the
    ShardStream batches of the same ids written to disk: inputs, labels and masks."""
    from baselines.stream import RenderStream
    from generators.model.config import config_from_meta
    from generators.dataset.fingerprint import read_meta

    config = config_from_meta(read_meta(nm))
    ids = np.array([1, 2, 5, 30, 31, 50, 59])
    disk = ShardStream(nm, "mfcc", ids, cache_dir=tmp_path)
    fly = RenderStream(config, "mfcc", ids, workers=1, chunk=3)
    assert fly.shape == disk.shape and len(fly) == len(disk)
    a, b = list(disk.batches(4)), list(fly.batches(4))
    assert [len(x[0]) for x in a] == [len(x[0]) for x in b] == [4, 3]
    for da, fa in zip(a, b):
        np.testing.assert_allclose(fa[0], da[0], rtol=1e-5, atol=1e-5)
        for j in (1, 2, 3):
            np.testing.assert_array_equal(fa[j], da[j])
    for da, fa in zip(disk.labels(), fly.labels()):
        np.testing.assert_array_equal(fa, da)
    # a shuffled epoch visits every id once
    seen = np.concatenate([x[1] for x in fly.batches(2, np.random.default_rng(0))])
    assert sorted(map(tuple, seen)) == sorted(map(tuple, fly.labels()[0]))
