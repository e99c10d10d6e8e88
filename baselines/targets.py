"""Targets of an instrument as arrays: knob values, switch indices, masks.

Every baseline reads the instrument declaration through this module, so the
columns, the label order and the dependency masks are those of the dataset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from collections.abc import Sequence

import numpy as np

from benchmark.task import dependency_masks
from generators.model.declaration import Instrument


@dataclass(frozen=True)
class TargetLayout:
    """Where each target sits in the model's arrays.

    Attributes:
        knobs: knob names, the columns of ``y_knob``.
        switches: switch names, the columns of ``y_switch``.
        labels: each switch's ordered labels.
        knob_switch: per knob, the index of the switch it depends on, or -1.
        knob_on: per knob, a boolean mask over that switch's labels saying
            which labels make the knob active (empty when independent).
    """

    knobs: tuple[str, ...]
    switches: tuple[str, ...]
    labels: tuple[tuple[str, ...], ...]
    knob_switch: tuple[int, ...]
    knob_on: tuple[tuple[bool, ...], ...]

    @classmethod
    def of(cls, instrument: Instrument) -> TargetLayout:
        switches = tuple(s.name for s in instrument.switches)
        knob_switch, knob_on = [], []
        for k in instrument.knobs:
            if k.depends_on is None:
                knob_switch.append(-1)
                knob_on.append(())
            else:
                sw = instrument.param(k.depends_on.switch)
                knob_switch.append(switches.index(sw.name))
                knob_on.append(tuple(lab in k.depends_on.values for lab in sw.labels))  # type: ignore[union-attr]
        return cls(
            knobs=tuple(k.name for k in instrument.knobs),
            switches=switches,
            labels=tuple(tuple(s.labels) for s in instrument.switches),
            knob_switch=tuple(knob_switch),
            knob_on=tuple(knob_on),
        )

    def encode(self, rows: Sequence[dict[str, Any]], instrument: Instrument
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows of labels -> (y_knob float32 ``[n, K]`` 0-10, y_switch int64
        ``[n, S]`` label indices, mask bool ``[n, K]``: knob active in truth,
        :func:`benchmark.task.dependency_masks`)."""
        n = len(rows)
        y_knob = np.zeros((n, len(self.knobs)), np.float32)
        y_switch = np.zeros((n, len(self.switches)), np.int64)
        mask = np.zeros((n, len(self.knobs)), bool)
        columns = {name: [row[name] for row in rows] for name in instrument.names}
        masks = dependency_masks(instrument, columns)
        for j, name in enumerate(self.knobs):
            y_knob[:, j] = columns[name]
            mask[:, j] = masks[name]
        for j, name in enumerate(self.switches):
            y_switch[:, j] = [self.labels[j].index(label) for label in columns[name]]
        return y_knob, y_switch, mask

    def decode(self, knob: np.ndarray, switch: np.ndarray) -> dict[str, list[Any]]:
        """Model outputs (knob ``[n, K]`` 0-10, switch indices ``[n, S]``) ->
        prediction columns (knobs clipped to 0-10, switches as labels)."""
        cols: dict[str, list[Any]] = {}
        for j, name in enumerate(self.knobs):
            cols[name] = np.clip(knob[:, j], 0.0, 10.0).astype(float).tolist()
        for j, name in enumerate(self.switches):
            cols[name] = [self.labels[j][int(i)] for i in switch[:, j]]
        return cols
