"""Shared fixtures: tiny datasets rendered once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from generators.dataset import RenderConfig
from generators.instruments import get_instrument
from generators.render import render_dataset


@pytest.fixture(scope="session")
def tiny_noisemaker(tmp_path_factory: pytest.TempPathFactory) -> tuple[RenderConfig, Path]:
    """20 noisemaker samples, 1 worker, shards of 8 (train 16 -> 2 shards, test 4 -> 1)."""
    config = RenderConfig(get_instrument("noisemaker"), n=20, seed=7, shard_size=8)
    out = tmp_path_factory.mktemp("nm") / "ds"
    render_dataset(config, out, workers=1, progress=False)
    return config, out
