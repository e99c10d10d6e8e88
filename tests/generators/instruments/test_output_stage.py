"""The shared output stage: every built-in instrument stays under the limiter's ceiling."""

from __future__ import annotations

import numpy as np
import pytest

from generators.sources.renderers import make_renderer
from generators.instruments import BUILTIN
from generators.model.sampler import draw

CEILING = 0.89
"""Limiter ceiling in secretsauce.lib (-1 dBFS); the 0.999 hard clip is only a backstop."""


@pytest.mark.parametrize("name", [n for n, i in BUILTIN.items() if i.source.kind == "faust"])
def test_random_patches_never_reach_the_hard_clip(name: str) -> None:
    inst = BUILTIN[name]
    renderer = make_renderer(inst)
    n = min(150, inst.default_n or 150)
    peaks = []
    for i in range(n):
        s = draw(inst, 11, i)
        clip = renderer.render(s.settings, s.note)
        assert np.all(np.isfinite(clip)), f"{name} id {i}: NaN/inf"
        peaks.append(float(np.abs(clip).max()))
    assert max(peaks) <= CEILING * 1.01, f"{name}: peak {max(peaks):.3f} above the limiter ceiling"
