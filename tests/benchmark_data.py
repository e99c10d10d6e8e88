"""Tiny datasets for the benchmark tests, rendered once per test session.

Test modules wrap :func:`tiny_dataset` in session fixtures; the cache here
makes every module share one render per key.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from generators.config import RenderConfig
from generators.instruments import get_instrument
from generators.render import render_dataset

_RENDERED: dict[str, Path] = {}

TINY = {
    # 60 noisemaker clips: train 48 (validation ids 9, 19, 29, 39), test 12
    "nm": dict(instrument="noisemaker", n=60, seed=11, shard_size=16),
    # 50 guitar clips (dependent knobs): train 40 (validation ids 9, 19, 29, 39), test 10
    "gt": dict(instrument="guitar", n=50, seed=5, shard_size=25),
}


def tiny_dataset(factory: pytest.TempPathFactory, key: str = "nm") -> Path:
    """Folder of the tiny dataset ``key`` (rendered on first use)."""
    if key not in _RENDERED:
        spec = TINY[key]
        config = RenderConfig(get_instrument(spec["instrument"]), n=spec["n"], seed=spec["seed"],
                              shard_size=spec["shard_size"])
        out = factory.mktemp(f"bench-{key}") / key
        render_dataset(config, out, workers=1, progress=False)
        _RENDERED[key] = out
    return _RENDERED[key]


def truth_columns(task, ids: np.ndarray, empty_masked: bool = True) -> dict[str, list]:
    """The true labels of ``ids`` as prediction columns (masked ones empty if asked)."""
    cols = {}
    for name in task.targets:
        vals = task.labels[name][ids]
        mask = task.masks[name][ids]
        if task.is_knob(name):
            cols[name] = [float(v) if (m or not empty_masked) else None for v, m in zip(vals, mask)]
        else:
            cols[name] = [str(v) if (m or not empty_masked) else None for v, m in zip(vals, mask)]
    return cols
