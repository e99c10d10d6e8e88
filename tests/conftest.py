"""Shared fixtures: one tiny dataset per instrument, rendered once per test session,
the task read from the noisemaker one, the tiny leaderboard built on it, saved models,
and a tiny phrase dataset with its model."""

from __future__ import annotations

import signal
import uuid
from pathlib import Path

import pytest

from benchmark.task import Task, load_task
from generators.model.config import RenderConfig
from generators.instruments import get_instrument
from generators.render.job import render_dataset

from tests.benchmark_data import TINY

# The Ctrl-C tests send SIGINT to the commands they start, as a terminal would. A shell
# that starts this run in the background (`cmd &`) makes it ignore SIGINT, and child
# processes inherit an ignored signal, so they would sleep through it: restore the default.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def _render_tiny(factory: pytest.TempPathFactory, key: str) -> tuple[RenderConfig, Path]:
    spec = TINY[key]
    config = RenderConfig(get_instrument(spec["instrument"]), n=spec["n"], seed=spec["seed"],
                          shard_size=spec["shard_size"])
    # a unique folder name: datasets caches a local folder by its name, so a
    # dataset of an earlier session could be served instead of this one
    out = factory.mktemp(f"tiny-{key}") / f"tiny-{spec['instrument']}-{uuid.uuid4().hex[:12]}"
    render_dataset(config, out, workers=1, progress=False)
    return config, out


@pytest.fixture(scope="session")
def tiny_noisemaker(tmp_path_factory: pytest.TempPathFactory) -> tuple[RenderConfig, Path]:
    """60 noisemaker clips (seed 11), 1 worker, shards of 16: train 48 (3 shards;
    validation ids 9, 19, 29, 39), test 12 (1 shard). Read only: copy it to change it."""
    return _render_tiny(tmp_path_factory, "nm")


@pytest.fixture(scope="session")
def tiny_guitar(tmp_path_factory: pytest.TempPathFactory) -> tuple[RenderConfig, Path]:
    """50 guitar clips (seed 5, dependent knobs), shards of 25: train 40 (validation
    ids 9, 19, 29, 39), test 10. Read only."""
    return _render_tiny(tmp_path_factory, "gt")


@pytest.fixture(scope="session")
def task(tiny_noisemaker: tuple[RenderConfig, Path]) -> Task:
    """The benchmark task of :func:`tiny_noisemaker`."""
    return load_task(tiny_noisemaker[1])


@pytest.fixture(scope="session")
def board(tmp_path_factory: pytest.TempPathFactory, tiny_noisemaker: tuple[RenderConfig, Path]):
    """The tiny leaderboard (:func:`tests.leaderboard_data.tiny_board`) on :func:`tiny_noisemaker`."""
    from tests.leaderboard_data import tiny_board

    return tiny_board(tmp_path_factory, tiny_noisemaker[1])


@pytest.fixture(scope="session")
def saved(tiny_noisemaker: tuple[RenderConfig, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny MLP trained on :func:`tiny_noisemaker` and saved (``baselines.run --save``);
    its run folder is beside it (``saved.parent / "run"``). Read only."""
    from baselines.run import run

    root = tmp_path_factory.mktemp("saved")
    run(str(tiny_noisemaker[1]), "mlp", "mel", root / "run", fast_mode=True, resynth_limit=0,
        progress=False, save=root / "model")
    return root / "model"


@pytest.fixture(scope="session")
def tiny_phrases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """48 noisemaker_light clips of 1.0 s (seed 3), each a random phrase (velocity 48-120,
    note length 0.15-0.4 s): train 38 (ids 0-37), test 10 (ids 38-47), one shard each.
    Read only."""
    from generators.model.playing import Playing, with_clip_length

    inst = with_clip_length(get_instrument("noisemaker_light"), 1.0)
    config = RenderConfig(inst, n=48, seed=3, shard_size=48,
                          playing=Playing("random", (48, 120), (0.15, 0.4)))
    out = tmp_path_factory.mktemp("tiny-phrases") / f"tiny-phrases-{uuid.uuid4().hex[:12]}"
    render_dataset(config, out, workers=1, progress=False)
    return out


@pytest.fixture(scope="session")
def saved_phrases(tiny_phrases: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A kNN (Mel, fast mode) trained on :func:`tiny_phrases` and saved. Read only."""
    from baselines.run import run

    root = tmp_path_factory.mktemp("saved-phrases")
    run(str(tiny_phrases), "knn", "mel", root / "run", fast_mode=True, resynth_limit=0,
        progress=False, save=root / "model")
    return root / "model"
