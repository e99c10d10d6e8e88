"""Listening tests of the ``vital`` instrument (Vital through ``vita``): every parameter
audible, clean output, few silent clips."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("vita", reason='needs the synths extra: pip install -e ".[synths]"')

from generators.core.audio import SILENCE_PEAK
from generators.instruments import get_instrument
from generators.sources.renderers import Renderer, make_renderer

from tests.sound import assert_audible, audible_patch, clean_clips

# a clean, loud, open base: the note sounds at once and is held, no effect masks it
LOUD: dict[str, float | str] = {
    "env_1_attack": 0.0, "env_1_decay": 3.0, "env_1_sustain": 10.0, "env_1_release": 1.0,
    "osc_1_level": 10.0, "filter_1_cutoff": 9.0, "filter_1_resonance": 2.0, "filter_1_drive": 0.0,
    "env_2_amount": 5.0, "lfo_1_destination": "none", "compressor_on": "off",
    "distortion_on": "off", "reverb_on": "off", "delay_on": "off", "chorus_on": "off",
    "flanger_on": "off", "phaser_on": "off"}
_SAW = 170 / 25.6  # the wavetable's saw keyframe, as a label
_OSC2_ONLY = {"osc_1_level": 4.5, "osc_2_level": 10.0, "osc_2_on": "on"}
_FILTER_ENV = {"filter_1_cutoff": 3.5, "filter_1_resonance": 4.0, "env_2_amount": 8.0}
_WOBBLE = {"lfo_1_destination": "filter_1_cutoff", "filter_1_cutoff": 5.0, "filter_1_resonance": 5.0}
# Settings that let a parameter be heard on a random patch (the others stay random)
CONTEXT: dict[str, dict[str, float | str]] = {
    "osc_1_wave_frame": {"osc_2_on": "off", "filter_1_cutoff": 10.0},
    "osc_1_level": {"osc_2_on": "off"},
    "osc_1_transpose": {"osc_2_on": "off"},
    "osc_1_unison_voices": {"osc_2_on": "off", "osc_1_unison_detune": 6.0, "osc_1_wave_frame": _SAW},
    "osc_1_unison_detune": {"osc_2_on": "off", "osc_1_wave_frame": _SAW},
    "osc_2_on": {"osc_2_level": 10.0, "osc_2_transpose": "19", "osc_1_level": 5.0},
    "osc_2_wave_frame": _OSC2_ONLY | {"filter_1_cutoff": 10.0},
    "osc_2_level": {"osc_1_level": 4.5},
    "osc_2_transpose": _OSC2_ONLY,
    "osc_2_unison_voices": _OSC2_ONLY | {"osc_2_unison_detune": 8.0, "osc_2_wave_frame": _SAW,
                            "filter_1_cutoff": 10.0},
    "osc_2_unison_detune": _OSC2_ONLY | {"osc_2_wave_frame": _SAW},
    "filter_1_model": {"filter_1_cutoff": 6.0, "filter_1_resonance": 8.0, "filter_1_drive": 10.0,
                       "osc_1_wave_frame": _SAW},
    "filter_1_style": {"filter_1_cutoff": 5.0, "filter_1_resonance": 3.0, "osc_1_wave_frame": _SAW},
    "filter_1_cutoff": {"filter_1_resonance": 3.0, "osc_1_wave_frame": _SAW},
    "filter_1_resonance": {"filter_1_cutoff": 6.0, "osc_1_wave_frame": _SAW},
    "filter_1_drive": {"filter_1_cutoff": 6.0, "filter_1_resonance": 5.0, "osc_1_wave_frame": _SAW},
    "env_1_attack": {},
    "env_1_decay": {"env_1_sustain": 2.0},
    "env_1_sustain": {"env_1_decay": 3.0},
    "env_1_release": {},
    "env_2_attack": _FILTER_ENV | {"env_2_sustain": 10.0},
    "env_2_decay": _FILTER_ENV | {"env_2_sustain": 0.0, "env_2_attack": 0.0},
    "env_2_sustain": _FILTER_ENV | {"env_2_decay": 3.0, "env_2_attack": 0.0},
    "env_2_amount": _FILTER_ENV | {"env_2_attack": 0.0, "env_2_decay": 3.0, "env_2_sustain": 5.0},
    "lfo_1_destination": {"lfo_1_depth": 10.0, "lfo_1_frequency": 6.0, "filter_1_cutoff": 5.0,
                          "osc_1_level": 7.0, "osc_2_on": "off", "filter_1_resonance": 5.0,
                          "osc_1_wave_frame": _SAW},
    "lfo_1_frequency": _WOBBLE | {"lfo_1_depth": 10.0},
    "lfo_1_depth": _WOBBLE | {"lfo_1_frequency": 5.0},
    "chorus_on": {"chorus_dry_wet": 10.0},
    "chorus_dry_wet": {},
    "delay_on": {"delay_dry_wet": 10.0, "env_1_decay": 1.0, "env_1_sustain": 2.0},
    "delay_dry_wet": {"env_1_decay": 1.0, "env_1_sustain": 2.0},
    "reverb_on": {"reverb_dry_wet": 10.0},
    "reverb_dry_wet": {},
    "phaser_on": {"phaser_dry_wet": 10.0},
    "phaser_dry_wet": {},
    "flanger_on": {"flanger_dry_wet": 10.0},
    "flanger_dry_wet": {},
    "distortion_on": {"distortion_drive": 10.0},
    "distortion_drive": {},
    "compressor_on": {"compressor_mix": 10.0, "osc_1_level": 6.0},
    "compressor_mix": {"osc_1_level": 6.0},
}


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return make_renderer(get_instrument("vital"))


def test_every_parameter_has_a_listening_context() -> None:
    assert sorted(CONTEXT) == sorted(get_instrument("vital").names)


@pytest.mark.parametrize("name", sorted(CONTEXT))
def test_every_parameter_is_audible(renderer: Renderer, name: str) -> None:
    inst = renderer.instrument
    for k in range(2):
        assert_audible(renderer.render, inst, name, audible_patch(inst, name, k, LOUD, CONTEXT[name]), k)


def test_clean_output_on_random_patches(renderer: Renderer) -> None:
    """No NaN, no clipping, right length; few silent clips (measured on 1,000: see docs/vital.md)."""
    inst = renderer.instrument
    peaks = np.abs(clean_clips(renderer.render, inst, range(40))).max(axis=1)
    assert (peaks < SILENCE_PEAK).mean() <= 0.05, "more than 5 % silent clips"
    assert np.median(peaks) > 0.05, "clips are too quiet overall"


def test_extreme_patch_does_not_clip(renderer: Renderer) -> None:
    loud = {"osc_1_level": 10.0, "osc_2_on": "on", "osc_2_level": 10.0, "osc_1_unison_voices": "8",
            "osc_2_unison_voices": "8", "filter_1_resonance": 10.0, "filter_1_drive": 10.0,
            "distortion_on": "on", "distortion_drive": 10.0, "compressor_on": "on",
            "compressor_mix": 10.0, "env_1_sustain": 10.0}
    clip = renderer.render(loud)
    assert np.all(np.isfinite(clip))
    assert np.abs(clip).max() < 1.0


@pytest.mark.slow
def test_the_tour_moves_every_parameter(tmp_path) -> None:
    """``python -m generators.tour --instrument vital``: from the base patch, every sweep
    (3 knob steps, every switch label) spans more than 1 dB of log-Mel difference."""
    import soundfile as sf

    from generators.render.tour import tour
    from tests.sound import AUDIBLE_DB, mel_distance

    inst = get_instrument("vital")
    rows = tour(inst, tmp_path / "tour", steps=3)
    clips: dict[str, list[np.ndarray]] = {}
    for r in rows:
        assert r["finite"] and float(r["peak"]) < 1.0, r
        clips.setdefault(r["param"], []).append(sf.read(tmp_path / "tour" / r["file"], dtype="float32")[0])
    assert sorted(clips) == sorted(inst.names)
    spans = {name: max(mel_distance(a, b, inst.sample_rate) for a in cs for b in cs)
             for name, cs in clips.items()}
    assert {n: round(d, 2) for n, d in spans.items() if d <= AUDIBLE_DB} == {}
