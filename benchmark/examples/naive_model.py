"""The naive baseline as a model submission: train mean per knob, majority label per switch.

Ignores the audio. Means and majorities are taken over the ``train`` samples
where the parameter is active (masked samples do not count); ties between
labels go to the first in declaration order. Expected scores: MAE ~2.5 on a
uniformly sampled full-range knob, accuracy ~1/k on a uniform k-label switch.

    python -m benchmark.run benchmark.examples.naive_model --dataset datasets/noisemaker
"""

from __future__ import annotations

from typing import Any

import numpy as np

from generators.model.declaration import Instrument, Knob

BATCH_SIZE = 1024


def fit(instrument: Instrument, labels: dict[str, np.ndarray],
        masks: dict[str, np.ndarray]) -> dict[str, float | str]:
    """Constant prediction per parameter from training labels and masks."""
    out: dict[str, float | str] = {}
    for p in instrument.params:
        v, m = labels[p.name], np.asarray(masks[p.name], dtype=bool)
        active = v[m] if m.any() else v
        if isinstance(p, Knob):
            out[p.name] = float(np.mean(active.astype(float))) if len(active) else p.default * 10
        else:
            counts = [int(np.sum(active == label)) for label in p.labels]
            out[p.name] = p.labels[int(np.argmax(counts))]
    return out


def load_model(task: Any, model_path: str | None = None) -> dict[str, float | str]:
    """The constants, from ``task``'s train split (``model_path`` is unused)."""
    return fit(task.instrument, task.labels("train"), task.masks("train"))


def predict(model: dict[str, float | str], audio: np.ndarray, sample_rate: int
            ) -> dict[str, list[float | str]]:
    """The constants, once per clip of ``audio`` (float32 ``[n_clips, n_samples]``)."""
    n = len(audio)
    return {name: [value] * n for name, value in model.items()}
