"""Listening tests of the amsynth spec: every varied parameter is audible, the
audio is clean (finite, never clipped), and the dataset is rarely silent."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from generators.core.audio import SILENCE_PEAK
from generators.model.declaration import Instrument
from generators.plugins.host import PluginRenderer
from generators.plugins.spec import load_spec

from tests.sound import assert_audible, audible_patch, clean_clips


ROOT = Path(__file__).resolve().parents[3]
AMSYNTH = Path("/usr/lib/vst/amsynth_vst.so")
pytestmark = [pytest.mark.plugins,
              pytest.mark.skipif(not AMSYNTH.exists(),
                                 reason="amsynth not installed (apt-get install amsynth)")]

LOUD = {"amp_attack": 0.0, "amp_sustain": 8.0, "amp_decay": 3.0}
# Settings that let a parameter be heard on a random patch (the others stay random)
CONTEXT: dict[str, dict[str, float | str]] = {
    "osc1_wave": {"osc_mix": 0.0, "filter_cutoff": 8.0, "osc1_pulse_width": 5.0},
    "osc2_wave": {"osc_mix": 10.0, "filter_cutoff": 8.0},
    "lfo1_wave": {"lfo1_amount": 10.0, "lfo1_rate": 5.0, "filter_cutoff": 2.0,
                  "filter_resonance": 6.0},
    "lfo1_rate": {"lfo1_amount": 10.0, "filter_cutoff": 3.0, "filter_resonance": 5.0},
    "lfo1_amount": {"lfo1_rate": 2.0, "filter_cutoff": 4.0, "filter_resonance": 5.0},
    "osc_mix": {"osc1_wave": "Pulse", "osc2_wave": "Sine", "filter_cutoff": 8.0},
    "osc1_pulse_width": {"osc_mix": 0.0, "filter_cutoff": 8.0},
    "filter_cutoff": {"filter_resonance": 3.0, "filter_sustain": 0.0, "filter_decay": 0.0},
    "filter_resonance": {"filter_cutoff": 3.0},
    "filter_attack": {"filter_cutoff": 1.0, "filter_sustain": 10.0},
    "filter_decay": {"filter_cutoff": 1.0, "filter_sustain": 0.0, "filter_attack": 0.0},
    "filter_sustain": {"filter_cutoff": 1.0, "filter_decay": 3.0, "filter_attack": 0.0},
    "amp_attack": {"amp_sustain": 10.0},
    "amp_decay": {"amp_sustain": 0.0, "amp_attack": 0.0},
    "amp_sustain": {"amp_decay": 3.0, "amp_attack": 0.0},
}


@pytest.fixture(scope="module")
def inst() -> Instrument:
    return load_spec(ROOT / "generators" / "plugins" / "specs" / "amsynth.yaml")


@pytest.fixture(scope="module")
def renderer(inst: Instrument) -> PluginRenderer:
    return PluginRenderer(inst)


def test_every_parameter_has_a_listening_context(inst: Instrument) -> None:
    assert sorted(CONTEXT) == sorted(inst.names)


@pytest.mark.parametrize("name", sorted(CONTEXT))
def test_parameter_is_audible(inst: Instrument, renderer: PluginRenderer, name: str) -> None:
    for k in range(2):
        assert_audible(renderer.render, inst, name,
                       audible_patch(inst, name, k, LOUD, CONTEXT[name]), k)


def test_random_patches_are_clean(inst: Instrument, renderer: PluginRenderer) -> None:
    peaks = np.abs(clean_clips(renderer.render, inst, range(100, 124))).max(axis=1)
    assert peaks.max() < 1.0
    assert np.mean(peaks < SILENCE_PEAK) <= 0.1, "too many silent patches"
    assert np.median(peaks) > 0.05
