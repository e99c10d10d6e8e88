"""Shared fixtures: tiny datasets rendered once per test session."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from generators.config import RenderConfig
from generators.instruments import get_instrument
from generators.render import render_dataset


@pytest.fixture(scope="session")
def tiny_noisemaker(tmp_path_factory: pytest.TempPathFactory) -> tuple[RenderConfig, Path]:
    """20 noisemaker samples, 1 worker, shards of 8 (train 16 -> 2 shards, test 4 -> 1)."""
    config = RenderConfig(get_instrument("noisemaker"), n=20, seed=7, shard_size=8)
    # a unique folder name: datasets caches a local folder by its name, so a
    # "ds" of an earlier session could be served instead of this one
    out = tmp_path_factory.mktemp("nm") / f"tiny-noisemaker-{uuid.uuid4().hex[:12]}"
    render_dataset(config, out, workers=1, progress=False)
    return config, out
