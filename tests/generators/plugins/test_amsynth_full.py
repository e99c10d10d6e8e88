"""Listening and determinism tests of the full amsynth spec
(``generators/plugins/specs/amsynth-full.yaml``, the instrument of amsynth-presets-v1):
every varied parameter is audible, and clips rendered in fresh forked
processes do not depend on the clips before them, noise, sample-and-hold,
sync and the rising LFO sawtooth included."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from generators.core.audio import SILENCE_PEAK
from generators.model.declaration import Instrument
from generators.plugins.host import PluginRenderer, captured_output
from generators.plugins.spec import load_spec
from generators.model.sampler import draw

from tests.sound import assert_audible, audible_patch, clean_clips, random_patch


ROOT = Path(__file__).resolve().parents[3]
AMSYNTH = Path("/usr/lib/vst/amsynth_vst.so")
pytestmark = [pytest.mark.plugins,
              pytest.mark.skipif(not AMSYNTH.exists(),
                                 reason="amsynth not installed (apt-get install amsynth)")]

# a clean, loud, filtered-open base that the contexts below adjust
LOUD: dict[str, float | str] = {
    "amp_attack": 0.0, "amp_sustain": 8.0, "amp_decay": 3.0, "amp_release": 2.0,
    "master_vol": 8.0, "filter_type": "LowPass", "filter_cutoff": 7.0, "filter_resonance": 2.0,
    "distortion_crunch": 0.0, "reverb_wet": 0.0, "amp_mod_amount": 0.0, "freq_mod_amount": 0.0,
    "filter_mod_amount": 0.0, "osc_mix_mode": 0.0, "osc2_sync": "off", "filter_env_amount": 5.0}
# Settings that let a parameter be heard on a random patch (the others stay random)
CONTEXT = {
    "osc1_waveform": {"osc_mix": 0.0, "filter_cutoff": 9.0, "osc1_pulsewidth": 5.0},
    "osc1_pulsewidth": {"osc_mix": 0.0, "filter_cutoff": 9.0},
    "osc2_waveform": {"osc_mix": 10.0, "filter_cutoff": 9.0, "osc2_pulsewidth": 5.0},
    "osc2_pulsewidth": {"osc_mix": 10.0, "filter_cutoff": 9.0},
    "osc2_range": {"osc_mix": 10.0, "osc2_waveform": "Saw", "filter_cutoff": 9.0},
    "osc2_pitch": {"osc_mix": 10.0, "osc2_waveform": "Saw", "filter_cutoff": 9.0},
    "osc2_detune": {"osc_mix": 5.0, "osc1_waveform": "Saw", "osc2_waveform": "Saw", "filter_cutoff": 9.0},
    "osc2_sync": {"osc_mix": 10.0, "osc1_waveform": "Saw", "osc2_waveform": "Saw", "osc2_range": "2", "osc2_pitch": 7.0, "filter_cutoff": 9.0},
    "osc_mix": {"osc1_waveform": "Pulse", "osc2_waveform": "Sine", "osc2_range": "1", "filter_cutoff": 9.0},
    "osc_mix_mode": {"osc1_waveform": "Saw", "osc2_waveform": "Saw", "osc2_range": "2", "osc2_pitch": 8.0, "filter_cutoff": 9.0},
    "filter_type": {"osc1_waveform": "Saw", "osc2_waveform": "Saw", "filter_cutoff": 5.0, "filter_resonance": 5.0, "filter_env_amount": 5.0},
    "filter_slope": {"osc1_waveform": "Saw", "osc2_waveform": "Saw", "filter_cutoff": 3.0, "filter_env_amount": 5.0},
    "filter_cutoff": {"filter_resonance": 3.0, "filter_env_amount": 5.0},
    "filter_resonance": {"filter_cutoff": 3.0, "filter_env_amount": 5.0},
    "filter_env_amount": {"filter_cutoff": 4.0, "filter_attack": 0.0, "filter_decay": 3.0, "filter_sustain": 0.0},
    "filter_attack": {"filter_cutoff": 2.0, "filter_env_amount": 9.0, "filter_sustain": 10.0},
    "filter_decay": {"filter_cutoff": 2.0, "filter_env_amount": 9.0, "filter_sustain": 0.0, "filter_attack": 0.0},
    "filter_sustain": {"filter_cutoff": 2.0, "filter_env_amount": 9.0, "filter_decay": 3.0, "filter_attack": 0.0},
    "filter_release": {"filter_cutoff": 2.0, "filter_env_amount": 9.0, "filter_sustain": 10.0, "filter_attack": 0.0, "amp_release": 5.0},
    "amp_attack": {"amp_sustain": 10.0},
    "amp_decay": {"amp_sustain": 0.0, "amp_attack": 0.0},
    "amp_sustain": {"amp_decay": 3.0, "amp_attack": 0.0},
    "amp_release": {"amp_sustain": 10.0},
    "lfo_waveform": {"filter_mod_amount": 10.0, "lfo_freq": 4.0, "filter_cutoff": 3.0, "filter_resonance": 6.0, "amp_mod_amount": 8.0},
    "lfo_freq": {"amp_mod_amount": 10.0, "lfo_waveform": "Square"},
    "freq_mod_amount": {"lfo_freq": 3.0, "lfo_waveform": "Sine", "freq_mod_osc": "1+2", "osc1_waveform": "Saw", "osc2_waveform": "Saw"},
    "freq_mod_osc": {"freq_mod_amount": 10.0, "lfo_freq": 3.0, "lfo_waveform": "Square", "osc_mix": 3.0, "osc1_waveform": "Saw", "osc2_waveform": "Pulse", "osc2_range": "2"},
    "filter_mod_amount": {"lfo_freq": 2.0, "lfo_waveform": "Square", "filter_cutoff": 3.0, "filter_resonance": 5.0},
    "amp_mod_amount": {"lfo_freq": 2.0, "lfo_waveform": "Square"},
    "distortion_crunch": {"filter_cutoff": 6.0},
    "reverb_wet": {"reverb_roomsize": 8.0},
    "reverb_roomsize": {"reverb_wet": 10.0, "amp_release": 0.0, "amp_sustain": 10.0},
    "reverb_damp": {"reverb_wet": 10.0, "reverb_roomsize": 9.0, "amp_release": 0.0},
    "master_vol": {},
}


@pytest.fixture(scope="module")
def inst() -> Instrument:
    return load_spec(ROOT / "generators" / "plugins" / "specs" / "amsynth-full.yaml")


@pytest.fixture(scope="module")
def renderer(inst: Instrument) -> PluginRenderer:
    with captured_output():
        return PluginRenderer(inst)


def test_every_parameter_has_a_listening_context(inst: Instrument) -> None:
    assert sorted(CONTEXT) == sorted(inst.names)
    assert inst.source.isolation == "fork"
    assert inst.source.warmup_renders == 0


@pytest.mark.parametrize("name", sorted(CONTEXT))
def test_parameter_is_audible(inst: Instrument, renderer: PluginRenderer, name: str) -> None:
    for k in range(2):
        assert_audible(renderer.render, inst, name,
                       audible_patch(inst, name, k, LOUD, CONTEXT[name]), k)


STATEFUL = [{"osc1_waveform": "Noise", "osc2_waveform": "SampleHold"},
            {"osc2_sync": "on", "osc2_range": "2", "osc2_pitch": 7.0},
            {"lfo_waveform": "SawUp", "amp_mod_amount": 8.0, "lfo_freq": 3.0},
            {"lfo_waveform": "Triangle", "amp_mod_amount": 8.0, "lfo_freq": 3.0},
            {"lfo_waveform": "SampleHold", "filter_mod_amount": 9.0, "lfo_freq": 5.0},
            {"lfo_waveform": "Noise", "freq_mod_amount": 6.0}]


def a_b_a(renderer: PluginRenderer, patches: list[dict]) -> list[int]:
    """Indices of patches whose clip differs between passes A, B (reversed), A."""
    a = [renderer.render(p) for p in patches]
    b = [renderer.render(p) for p in reversed(patches)][::-1]
    a2 = [renderer.render(p) for p in patches]
    return [i for i in range(len(patches))
            if not (np.array_equal(a[i], b[i]) and np.array_equal(a[i], a2[i]))]


def test_no_state_leaks_between_clips(inst: Instrument, renderer: PluginRenderer) -> None:
    patches = [random_patch(inst, 40 + k) | LOUD | s for k, s in enumerate(STATEFUL)]
    patches += [draw(inst, 5, i).settings for i in range(4)]
    assert a_b_a(renderer, patches) == []


def test_without_fork_these_patches_leak(inst: Instrument) -> None:
    """The same check fails with warm-up renders in one instance: the test
    can see a leak (and fork is needed for this spec)."""
    src = dataclasses.replace(inst.source, isolation="warmup", warmup_renders=2)
    with captured_output():
        warm = PluginRenderer(dataclasses.replace(inst, source=src))
    patches = [random_patch(inst, 40 + k) | LOUD | s for k, s in enumerate(STATEFUL)]
    assert len(a_b_a(warm, patches)) >= 3


def test_fresh_renderers_agree(inst: Instrument, renderer: PluginRenderer) -> None:
    """Another worker (another pristine instance) renders the same bytes."""
    with captured_output():
        other = PluginRenderer(inst)
    for k, s in enumerate(STATEFUL[:3]):
        patch = random_patch(inst, 60 + k) | LOUD | s
        assert np.array_equal(renderer.render(patch), other.render(patch))


def test_random_patches_are_clean(inst: Instrument, renderer: PluginRenderer) -> None:
    peaks = np.abs(clean_clips(renderer.render, inst, range(100, 116))).max(axis=1)
    assert peaks.max() < 1.0
    assert np.mean(peaks < SILENCE_PEAK) <= 0.25, "too many silent patches"


def test_a_failing_child_is_reported(renderer: PluginRenderer) -> None:
    from generators.plugins.host import PluginError, in_forked_child

    def boom() -> np.ndarray:
        raise RuntimeError("no sound")

    with pytest.raises(PluginError, match="forked process failed: RuntimeError: no sound"):
        in_forked_child(boom)
    assert in_forked_child(lambda: np.ones((2, 3))).shape == (2, 3)
