"""The tiny datasets' specifications (rendered once per session by ``tests/conftest.py``)
and the truth as prediction columns."""

from __future__ import annotations

import numpy as np

TINY = {
    # 60 noisemaker clips: train 48 (validation ids 9, 19, 29, 39), test 12
    "nm": dict(instrument="noisemaker", n=60, seed=11, shard_size=16),
    # 50 guitar clips (dependent knobs): train 40 (validation ids 9, 19, 29, 39), test 10
    "gt": dict(instrument="guitar", n=50, seed=5, shard_size=25),
}


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
