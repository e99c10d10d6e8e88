"""A dependent parameter is bit-for-bit inaudible when its switch is off.

This is what justifies masking such parameters in scoring (benchmark) and
training only where they are active (baselines).
"""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from generators.model.declaration import Switch
from generators.instruments import BUILTIN
from generators.sources.renderers import Renderer, make_renderer

from tests.sound import extremes, random_patch


HOSTED = {"vital"} if importlib.util.find_spec("vita") else set()
"""Built-ins hosted by a synth library that is installed (the ``synths`` extra)."""
CASES = [(n, p.name) for n, inst in BUILTIN.items() if inst.source.kind == "faust" or n in HOSTED
         for p in inst.params if p.depends_on]
_RENDERERS: dict[str, Renderer] = {}


def renderer(name: str) -> Renderer:
    if name not in _RENDERERS:
        _RENDERERS[name] = make_renderer(BUILTIN[name])
    return _RENDERERS[name]


def test_every_instrument_with_switches_declares_its_dependencies() -> None:
    assert {n for n, _ in CASES} == {"noisemaker", "noisemaker_velocity", "guitar"} | HOSTED


@pytest.mark.parametrize("inst_name,name", CASES)
def test_dependent_parameter_is_silent_when_inactive(inst_name: str, name: str) -> None:
    r = renderer(inst_name)
    inst = r.instrument
    p = inst.param(name)
    assert p.depends_on is not None
    switch = inst.param(p.depends_on.switch)
    assert isinstance(switch, Switch)
    for label in (lab for lab in switch.labels if lab not in p.depends_on.values):
        for k in range(3):
            base = random_patch(inst, k) | {switch.name: label}
            first, *others = (r.render(base | {name: v}) for v in extremes(inst, name))
            assert np.abs(first).max() > 1e-3, f"patch {k} is silent: the check would be vacuous"
            for other in others:
                np.testing.assert_array_equal(first, other,
                                              err_msg=f"{name} audible with {switch.name}={label}")
