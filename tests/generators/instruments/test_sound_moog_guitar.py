"""Listening tests of the moog and the guitar: every parameter audible, clean
output, no leaks, right pitches, effects that do what they say."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from generators.core.audio import SILENCE_PEAK
from generators.sources.renderers import Renderer, make_renderer
from generators.instruments import get_instrument

from tests.sound import AUDIBLE_DB, assert_audible, audible_patch, clean_clips, log_mel, random_patch


INSTRUMENTS = ("moog", "guitar")
SR = 22050

# ------------------------------------------------------------------ contexts
# Settings that let a parameter be heard on a random base patch (the other
# parameters stay random): e.g. an oscillator's wave needs that oscillator up.
MOOG_LOUD = {"env_amplifier_attack": 1.0, "env_amplifier_decay": 5.0,
             "env_amplifier_sustain": 8.0, "filter_cutoff": 6.0, "filter_reso": 2.0,
             "mixer_osc1": 8.0}
_LFO = {"mod_lfo_rate": 5.0, "mod_source": "Triangle"}
_OSC1_ONLY = {"mixer_osc1": 9.0, "mixer_osc2": 0.0, "mixer_sub": 0.0, "mixer_noise": 0.0,
              "filter_cutoff": 8.0, "mod_wave_amount": 0.0}
_OSC2_ONLY = {"mixer_osc1": 0.0, "mixer_osc2": 9.0, "mixer_sub": 0.0, "mixer_noise": 0.0,
              "filter_cutoff": 8.0, "mod_wave_amount": 0.0}
_FILTER_ENV = {"filter_eg_amount": 9.0, "filter_cutoff": 2.0, "filter_kb_tracking_amount": 3.0,
               "filter_reso": 3.0}
MOOG_CONTEXT: dict[str, dict[str, float | str]] = {
    "mod_source": {"mod_lfo_rate": 5.0, "mod_pitch_amount": 4.0, "mod_filter_amount": 6.0,
                   "mod_wave_amount": 6.0, "filter_cutoff": 4.0, "filter_eg_amount": 8.0},
    "mod_pitch_osc2": _LFO | {"mod_pitch_amount": 6.0, "mixer_osc1": 9.0, "mixer_osc2": 0.0,
                              "mixer_sub": 0.0, "filter_cutoff": 8.0},
    "osc1_octave": _OSC1_ONLY,
    "osc1_sync_osc2": _OSC2_ONLY | {"osc2_frequency": 8.0, "osc2_octave": "4'",
                                    "mod_pitch_amount": 0.0},
    "osc2_octave": _OSC2_ONLY | {"osc1_sync_osc2": "OFF"},
    "mod_lfo_rate": {"mod_source": "Triangle", "mod_filter_amount": 6.0, "mod_pitch_amount": 3.0,
                     "filter_cutoff": 4.0, "filter_reso": 5.0},
    "mod_pitch_amount": _LFO | {"mod_pitch_osc2": "OFF"},
    "mod_filter_amount": _LFO | {"filter_cutoff": 4.0, "filter_reso": 5.0, "filter_eg_amount": 5.0,
                                 "filter_kb_tracking_amount": 0.0},
    "mod_wave_amount": _LFO | {"osc1_wave": 5.0, "osc2_wave": 5.0, "filter_cutoff": 8.0},
    "osc1_wave": _OSC1_ONLY,
    "osc2_frequency": {"mixer_osc1": 6.0, "mixer_osc2": 9.0, "osc1_sync_osc2": "OFF"},
    "osc2_wave": _OSC2_ONLY,
    "mixer_osc1": {"mixer_osc2": 0.0, "mixer_sub": 0.0, "mixer_noise": 0.0},
    "mixer_sub": {"mixer_osc1": 0.0, "mixer_osc2": 0.0, "mixer_noise": 0.0},
    "mixer_osc2": {"mixer_osc1": 0.0, "mixer_sub": 0.0, "mixer_noise": 0.0},
    "mixer_noise": {"mixer_osc1": 0.0, "mixer_osc2": 0.0, "mixer_sub": 0.0},
    "filter_cutoff": {"filter_eg_amount": 5.0, "filter_kb_tracking_amount": 0.0,
                      "mod_filter_amount": 0.0},
    "filter_reso": {"filter_cutoff": 4.0, "filter_eg_amount": 5.0},
    "filter_multidrive": {"mixer_osc2": 7.0, "filter_cutoff": 6.0},
    "filter_eg_amount": _FILTER_ENV | {"env_filter_decay": 5.0, "env_filter_sustain": 2.0},
    "filter_kb_tracking_amount": {"filter_cutoff": 3.0, "filter_eg_amount": 5.0},
    "env_filter_attack": _FILTER_ENV | {"env_filter_decay": 6.0, "env_filter_sustain": 3.0},
    "env_filter_decay": _FILTER_ENV | {"env_filter_attack": 0.0, "env_filter_sustain": 0.0},
    "env_filter_sustain": _FILTER_ENV | {"env_filter_attack": 0.0, "env_filter_decay": 4.0},
    "env_filter_release": _FILTER_ENV | {"env_filter_attack": 0.0, "env_filter_sustain": 8.0,
                                         "env_amplifier_release": 9.0},
    "env_amplifier_attack": {},
    "env_amplifier_decay": {"env_amplifier_sustain": 2.0, "env_amplifier_attack": 0.0},
    "env_amplifier_sustain": {"env_amplifier_decay": 5.0, "env_amplifier_attack": 0.0},
    "env_amplifier_release": {},
}
GUITAR_CONTEXT: dict[str, dict[str, float | str]] = {
    "filter_resonance": {"filter_mode_LBF_HPF": 2.0, "filter_frequency": 5.0},
    "disto_tone": {"disto_drive": 6.0},
    "flanger_rate": {"flanger_width": 7.0},
    "flanger_intensity": {"flanger_width": 5.0},
    "flanger_width": {"flanger_rate": 6.0},
    "delay_time": {"delay_intensity": 8.0},
    "delay_feedback": {"delay_intensity": 8.0, "delay_time": 2.0},
    "reverb_room_size": {"reverb_bright": 6.0},
    "reverb_bright": {"reverb_room_size": 6.0},
}
CONTEXT = {"moog": MOOG_CONTEXT, "guitar": GUITAR_CONTEXT}
LOUD = {"moog": MOOG_LOUD, "guitar": {}}


def f0(clip: np.ndarray, sr: int, start: float = 0.1, stop: float = 0.6) -> float:
    """Frequency (Hz) of the strongest spectral peak of ``clip[start:stop]``."""
    x = clip[int(start * sr):int(stop * sr)].astype(np.float64)
    n = 1 << 18
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x)), n))
    return float(np.fft.rfftfreq(n, 1.0 / sr)[np.argmax(spectrum)])


def energy(clip: np.ndarray, sr: int, start: float, stop: float) -> float:
    """Mean power of ``clip`` between ``start`` and ``stop`` seconds."""
    x = clip[int(start * sr):int(stop * sr)].astype(np.float64)
    return float(np.mean(x * x))


# ------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def renderers() -> dict[str, Renderer]:
    """One renderer per instrument (and guitar_light), compiled once for the module."""
    return {name: make_renderer(get_instrument(name)) for name in (*INSTRUMENTS, "guitar_light")}


# ------------------------------------------------------------------ all instruments
@pytest.mark.parametrize("inst_name,name", [(i, n) for i in INSTRUMENTS
                                            for n in get_instrument(i).names])
def test_every_parameter_is_audible(renderers: dict[str, Renderer], inst_name: str,
                                    name: str) -> None:
    renderer = renderers[inst_name]
    inst = renderer.instrument
    for k in range(4):
        patch = audible_patch(inst, name, k, LOUD[inst.name], CONTEXT[inst.name].get(name, {}))
        assert_audible(renderer.render, inst, name, patch, k)


@pytest.mark.parametrize("inst_name", INSTRUMENTS)
def test_clean_output_on_random_patches(renderers: dict[str, Renderer],
                                        inst_name: str) -> None:
    renderer = renderers[inst_name]
    inst = renderer.instrument
    clips = clean_clips(renderer.render, inst, range(100))
    peaks, means = np.abs(clips).max(axis=1), np.abs(clips.mean(axis=1))
    silent = float((peaks < SILENCE_PEAK).mean())
    print(f"{inst_name}: silent fraction {silent:.3f}, median peak {np.median(peaks):.2f}")
    assert max(means) < 0.005, "DC offset"
    assert np.median(peaks) > 0.1, "clips are too quiet overall"
    # The guitar always sounds; the moog may be silent (all mixer levels low,
    # a slow attack into a closed filter...), which is flagged downstream.
    assert silent < (0.02 if inst_name == "guitar" else 0.05)


@pytest.mark.parametrize("inst_name,b", [
    ("moog", {"filter_reso": 10.0, "filter_cutoff": 5.0, "filter_multidrive": 10.0,
              "env_amplifier_release": 10.0, "env_filter_release": 10.0, "mixer_noise": 10.0,
              "mod_source": "SampleAndHold", "mod_lfo_rate": 9.0, "mod_pitch_amount": 10.0,
              "osc1_sync_osc2": "ON"}),
    ("guitar", {"filter_on_off": "on", "filter_resonance": 10.0, "delay_on_off": "on",
                "delay_time": 10.0, "delay_feedback": 10.0, "delay_intensity": 10.0,
                "reverb_on_off": "on", "reverb_room_size": 10.0, "flanger_on_off": "on",
                "flanger_mode": "flanger", "flanger_intensity": 10.0}),
])
def test_no_state_leaks_between_renders(renderers: dict[str, Renderer], inst_name: str,
                                        b: dict[str, float | str]) -> None:
    renderer = renderers[inst_name]
    a = random_patch(renderer.instrument, 1)
    if inst_name == "moog":
        a |= {"mod_source": "SampleAndHold", "mod_filter_amount": 8.0, "env_amplifier_sustain": 9.0}
    else:
        a |= {"delay_on_off": "on", "reverb_on_off": "on", "flanger_on_off": "on"}
    first = renderer.render(a)
    renderer.render(b)
    np.testing.assert_array_equal(first, renderer.render(a))


# ------------------------------------------------------------------ moog
SINE_LIKE = {"osc1_wave": 0.0, "osc2_wave": 0.0, "mixer_osc1": 10.0, "mixer_osc2": 0.0,
             "mixer_sub": 0.0, "mixer_noise": 0.0, "filter_cutoff": 10.0, "filter_reso": 0.0,
             "filter_multidrive": 0.0, "filter_eg_amount": 5.0, "mod_pitch_amount": 0.0,
             "mod_filter_amount": 0.0, "mod_wave_amount": 0.0, "osc2_frequency": 5.0,
             "osc1_sync_osc2": "OFF", "env_amplifier_attack": 0.0,
             "env_amplifier_sustain": 10.0}
"""Triangle waves (fundamental dominant), open filter, no modulation."""
C4 = 261.6256


@pytest.mark.parametrize("osc", ["osc1", "osc2"])
def test_octave_switches_shift_the_fundamental(renderers: dict[str, Renderer],
                                               osc: str) -> None:
    renderer = renderers["moog"]
    solo = {"mixer_osc1": 10.0 if osc == "osc1" else 0.0,
            "mixer_osc2": 10.0 if osc == "osc2" else 0.0}
    for octave, factor in zip(("16'", "8'", "4'", "2'"), (0.5, 1.0, 2.0, 4.0)):
        clip = renderer.render(SINE_LIKE | solo | {f"{osc}_octave": octave})
        assert f0(clip, SR) == pytest.approx(C4 * factor, rel=0.005), f"{osc} at {octave}"


def test_sub_and_detune_pitches(renderers: dict[str, Renderer]) -> None:
    renderer = renderers["moog"]
    sub = renderer.render(SINE_LIKE | {"mixer_osc1": 0.0, "mixer_sub": 10.0,
                                       "filter_cutoff": 4.5})
    assert f0(sub, SR) == pytest.approx(C4 / 2, rel=0.005), "sub: one octave under osc1"
    osc2 = SINE_LIKE | {"mixer_osc1": 0.0, "mixer_osc2": 10.0}
    for label, semitones in ((0.0, -7), (5.0, 0), (10.0, 7)):
        clip = renderer.render(osc2 | {"osc2_frequency": label})
        assert f0(clip, SR) == pytest.approx(C4 * 2 ** (semitones / 12), rel=0.005)


def test_moog_release_is_heard_after_note_off(renderers: dict[str, Renderer]) -> None:
    renderer = renderers["moog"]
    short, long = (renderer.render(SINE_LIKE | {"env_amplifier_release": v}) for v in (0.0, 8.0))
    assert energy(short, SR, 0.72, 0.9) < 1e-6
    assert energy(long, SR, 0.72, 0.9) > 0.1 * energy(long, SR, 0.3, 0.6)


# ------------------------------------------------------------------ guitar
def test_guitar_plays_middle_c(renderers: dict[str, Renderer]) -> None:
    clip = renderers["guitar"].render({})
    assert f0(clip, SR) == pytest.approx(C4, rel=0.01)
    assert 0.2 < np.abs(clip).max() <= 0.9, "healthy dry level"


def test_reverb_lengthens_the_decay(renderers: dict[str, Renderer]) -> None:
    renderer = renderers["guitar"]
    for k in range(10):
        base = random_patch(renderer.instrument, k) | {"delay_on_off": "off"}  # no echo tails
        dry, wet = (renderer.render(base | {"reverb_on_off": v}) for v in ("off", "on"))
        # the string is muted at note-off (0.67 s): only the reverb rings at the end
        assert energy(wet, SR, 0.8, 0.9) > 10 * energy(dry, SR, 0.8, 0.9), f"patch {k}"


def test_long_delay_gives_a_later_energy_peak(renderers: dict[str, Renderer]) -> None:
    renderer = renderers["guitar"]
    inst = renderer.instrument
    delay_time = inst.param("delay_time")
    longest = delay_time.label_of_step(delay_time.steps[1])  # top of the sampling window
    echo_at = 0.01 + 1.4 * longest / 10  # s (see guitar.dsp)
    for k in range(5):
        base = random_patch(inst, k) | {"delay_time": longest,
                                        "delay_intensity": 10.0, "delay_feedback": 0.0,
                                        # no reverb tail, no sustained distortion
                                        "reverb_on_off": "off", "disto_on_off": "off"}
        dry, wet = (renderer.render(base | {"delay_on_off": v}) for v in ("off", "on"))
        window = (echo_at, echo_at + 0.1)
        assert echo_at + 0.1 < inst.clip_length
        assert energy(wet, SR, *window) > 2 * energy(dry, SR, *window), f"patch {k}"
        # the echo is a new peak: louder than just before it
        assert energy(wet, SR, *window) > 2 * energy(wet, SR, echo_at - 0.08, echo_at - 0.01)


def test_guitar_light_grid_sounds_are_all_distinct(renderers: dict[str, Renderer]) -> None:
    renderer = renderers["guitar_light"]
    light = renderer.instrument
    switches = [s.name for s in light.switches]
    combos = list(itertools.product(*(s.labels for s in light.switches)))
    assert len(combos) == light.grid_size == 32
    # mel_distance on log-Mels computed once per clip
    mels = [log_mel(renderer.render(dict(zip(switches, combo))), light.sample_rate)
            for combo in combos]
    for (i, a), (j, b) in itertools.combinations(enumerate(mels), 2):
        d = float(np.mean(np.abs(a - b)))
        assert d > AUDIBLE_DB, f"{combos[i]} and {combos[j]} differ by only {d:.2f} dB"


def test_guitar_light_renders_like_the_full_guitar_at_base_patch(
        renderers: dict[str, Renderer]) -> None:
    full = renderers["guitar"].instrument
    patch = {"filter_on_off": "on", "disto_on_off": "off", "flanger_on_off": "on",
             "delay_on_off": "on", "reverb_on_off": "on"}
    a = renderers["guitar_light"].render(patch)
    b = renderers["guitar"].render(full.default_settings() | patch)
    np.testing.assert_array_equal(a, b)
