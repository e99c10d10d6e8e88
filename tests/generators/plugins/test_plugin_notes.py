"""Plug-in instruments play note events (``PluginRenderer.render_notes``): every event as
MIDI into amsynth's own polyphony, in one instance with warm-ups (``amsynth.yaml``) or in
a forked child per clip (``amsynth-full.yaml``). The checks are :mod:`tests.playing`'s.

Needs amsynth (``apt-get install amsynth``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from generators.plugins.host import PluginRenderer, captured_output
from generators.plugins.spec import load_spec

from tests import playing
from tests.sound import random_patch

ROOT = Path(__file__).resolve().parents[3]
AMSYNTH = Path("/usr/lib/vst/amsynth_vst.so")
pytestmark = [pytest.mark.plugins, pytest.mark.skipif(
    not AMSYNTH.exists(), reason="amsynth not installed (apt-get install amsynth)")]
SPECS = ("amsynth", "amsynth-full")


@pytest.fixture(scope="module", params=SPECS)
def renderer(request: pytest.FixtureRequest) -> PluginRenderer:
    with captured_output():
        return PluginRenderer(load_spec(ROOT / "generators" / "plugins" / "specs" / f"{request.param}.yaml"))


@pytest.mark.parametrize("check", [*playing.CHECKS, playing.velocity_matters],
                         ids=lambda f: f.__name__)
@pytest.mark.parametrize("k", [0, 1])
def test_amsynth_plays_notes(renderer: PluginRenderer, check, k: int) -> None:
    check(renderer, random_patch(renderer.instrument, k))


def test_late_notes_are_silent_and_order_does_not_matter(renderer: PluginRenderer) -> None:
    inst = renderer.instrument
    settings = random_patch(inst, 2)
    base = renderer.render_notes(settings, playing.PHRASE_A)
    late = playing.PHRASE_A + (playing.NoteEvent(inst.clip_length + 0.1, 70, 100, 0.2),)
    assert renderer.render_notes(settings, late).tobytes() == base.tobytes()
    assert renderer.render_notes(settings, playing.PHRASE_A[::-1]).tobytes() == base.tobytes()
    assert np.abs(base).max() > 1e-3
