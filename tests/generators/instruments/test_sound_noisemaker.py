"""Listening tests of the noisemaker: every parameter audible, clean output, no leaks."""

from __future__ import annotations

import numpy as np
import pytest

from generators.core.audio import SILENCE_PEAK
from generators.sources.renderers import Renderer, make_renderer
from generators.instruments import get_instrument

from tests.sound import TWO_VELOCITIES, assert_audible, audible_patch, clean_clips, random_patch


# Settings that let a parameter be heard on a random base patch (the other
# parameters stay random): e.g. an oscillator's wave needs that oscillator up.
CONTEXT: dict[str, dict[str, float | str]] = {
    "osc1_wave": {"osc1_volume": 10.0, "osc2_volume": 0.0, "filter_cutoff": 8.0},
    "osc1_pulse_width": {"osc1_volume": 10.0, "osc2_volume": 0.0, "filter_cutoff": 8.0},
    "osc2_wave": {"osc2_volume": 10.0, "osc1_volume": 0.0, "filter_cutoff": 8.0},
    "osc1_volume": {"osc2_volume": 3.0},
    "osc2_volume": {"osc1_volume": 3.0},
    "lfo1_destination": {"lfo1_amount": 10.0, "osc1_volume": 8.0, "osc2_volume": 8.0,
                         "osc1_wave": "Pulse", "osc2_wave": "Saw", "filter_resonance": 6.0,
                         "filter_cutoff": 5.0},
    "lfo1_rate": {"lfo1_amount": 10.0, "lfo1_destination": "FILTER", "filter_resonance": 6.0,
                  "filter_cutoff": 5.0},
    "lfo1_amount": {"lfo1_destination": "FILTER", "filter_resonance": 6.0, "filter_cutoff": 5.0},
    "filter_cutoff": {"filter_resonance": 3.0},
    "filter_resonance": {"filter_cutoff": 4.0},
    "filter_attack": {"filter_cutoff": 2.0, "filter_sustain": 10.0},
    "filter_decay": {"filter_cutoff": 2.0, "filter_sustain": 0.0, "filter_attack": 0.0},
    "filter_sustain": {"filter_cutoff": 2.0, "filter_decay": 3.0, "filter_attack": 0.0},
    "amp_attack": {"amp_sustain": 10.0},
    "amp_decay": {"amp_sustain": 0.0, "amp_attack": 0.0},
    "amp_sustain": {"amp_decay": 4.0, "amp_attack": 0.0},
}
LOUD = {"amp_attack": 2.0, "amp_sustain": 8.0}  # the note must sound for its timbre to be heard
VELOCITY_CONTEXT = CONTEXT | {
    "amp_velocity": {"osc2_volume": 8.0, "filter_velocity": 0.0},
    "filter_velocity": {"osc2_volume": 8.0, "osc2_wave": "Saw", "filter_cutoff": 6.0,
                        "filter_attack": 0.0, "filter_decay": 0.0, "filter_sustain": 0.0},
}


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return make_renderer(get_instrument("noisemaker"))


@pytest.fixture(scope="module")
def velocity_renderer() -> Renderer:
    return make_renderer(get_instrument("noisemaker_velocity"))


@pytest.mark.parametrize("name", get_instrument("noisemaker").names)
def test_every_parameter_is_audible(renderer: Renderer, name: str) -> None:
    inst = renderer.instrument
    for k in range(4):
        patch = audible_patch(inst, name, k, LOUD, CONTEXT.get(name, {}))
        assert_audible(renderer.render, inst, name, patch, k)


@pytest.mark.parametrize("name", get_instrument("noisemaker_velocity").names)
def test_every_parameter_of_noisemaker_velocity_is_audible_in_a_two_velocity_phrase(
        velocity_renderer: Renderer, name: str) -> None:
    """The velocity routings are heard only when notes vary in velocity: the whole
    instrument is played a soft and a loud note."""
    r = velocity_renderer
    inst = r.instrument
    for k in range(4):
        patch = audible_patch(inst, name, k, LOUD, VELOCITY_CONTEXT.get(name, {}))
        assert_audible(lambda p: r.render_notes(p, TWO_VELOCITIES), inst, name, patch, k)


def test_clean_output_on_random_patches(renderer: Renderer) -> None:
    inst = renderer.instrument
    peaks = np.abs(clean_clips(renderer.render, inst, range(200))).max(axis=1)
    assert (peaks < SILENCE_PEAK).mean() < 0.02, "more than 2 % silent clips"
    assert np.median(peaks) > 0.05, "clips are too quiet overall"


def test_extreme_patches_do_not_clip(renderer: Renderer) -> None:
    loud = {"osc1_volume": 10.0, "osc2_volume": 10.0, "filter_resonance": 10.0,
            "filter_cutoff": 6.0, "amp_sustain": 10.0, "lfo1_destination": "FM",
            "lfo1_amount": 10.0}
    clip = renderer.render(loud)
    assert np.all(np.isfinite(clip))
    assert np.abs(clip).max() <= 1.0


def test_no_state_leaks_between_renders(renderer: Renderer) -> None:
    inst = renderer.instrument
    a = random_patch(inst, 1) | {"amp_sustain": 10.0}
    b = {"filter_resonance": 10.0, "osc1_wave": "Noise", "osc1_volume": 10.0,
         "amp_attack": 0.0, "amp_sustain": 10.0, "lfo1_destination": "LFO2RATE"}
    first = renderer.render(a)
    renderer.render(b)
    np.testing.assert_array_equal(first, renderer.render(a))


def test_light_variant_renders_like_the_full_synth_at_base_patch() -> None:
    full, light = get_instrument("noisemaker"), get_instrument("noisemaker_light")
    patch = {"osc2_wave": "Triangle", "filter_cutoff": 3.0, "filter_resonance": 7.0,
             "lfo1_rate": 6.0, "lfo1_amount": 9.0}
    a = make_renderer(light).render(patch)
    b = make_renderer(full).render(full.default_settings() | patch)
    np.testing.assert_array_equal(a, b)
