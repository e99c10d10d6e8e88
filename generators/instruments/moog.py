"""``moog``: a Moog Sub Phatty-style analog mono synth.

The 5 switches and 24 knobs of the original Moog dataset
(``../shared/reference/original-datasets.md``), in its order, with 14-bit
knobs. DSP: ``dsp/moog.dsp``.
"""

from __future__ import annotations

from ..model.declaration import FaustSource, Instrument, Knob, Switch

MOD_SOURCES = ("Triangle", "Square", "Saw", "Ramp", "SampleAndHold", "FilterEnv")
OCTAVES = ("16'", "8'", "4'", "2'")
OFF_ON = ("OFF", "ON")

NOTES = """\
Design decisions:

- Oscillators: `osc1_wave` / `osc2_wave` morph continuously triangle (0) ->
  saw (3.33) -> square (6.67) -> narrow pulse (10, 8 % duty), band-limited
  with PolyBLEP (the triangle is naive; hard-sync resets are not band-limited).
  Octave switches: 8' is the note's pitch, 16' an octave down, 4' and 2' one
  and two up. `osc2_frequency` detunes osc2 by -7 .. +7 semitones (linear in
  semitones; label 5 = unison). The sub oscillator is a square one octave
  under osc1 (it follows osc1's octave and pitch modulation). Noise is white.
- Mixer levels are squared (audio taper). All four sources are summed, then
  `filter_multidrive` drives a tanh from clean (0 dB) to very driven (+30 dB,
  with partial make-up gain).
- Filter: 4-pole zero-delay-feedback ladder low-pass (ve.moogLadder's form)
  with a tanh at the ladder's input, so resonance goes past the
  self-oscillation threshold (above `filter_reso` ~ 9.1) and stays bounded;
  the limiter tames the rest. Cutoff 20 Hz .. 20 kHz (exponential, clamped
  below 0.42 x the sample rate). `filter_eg_amount` is bipolar like the real
  panel's: -5 .. +5 octaves, label 5 = none. `filter_kb_tracking_amount` is
  0 .. 200 % relative to C2 (MIDI 48), so at note 60 it raises the cutoff by
  0 .. 2 octaves (relative to note 60 it would be silent in this dataset).
- Envelopes: exponential ADSR (en.adsre); attack, decay and release are T60s
  from 1 ms to 10 s (exponential); the note is held 0.67 s and the clip lasts
  0.9 s, so the release is heard for 0.23 s.
- Modulation: one source (`mod_source`) at `mod_lfo_rate` (0.1 .. 102 Hz,
  exponential) feeds three unipolar amounts: pitch (squared taper, up to
  +-12 semitones; both oscillators, or osc2 only when `mod_pitch_osc2` = ON),
  filter (up to +-3 octaves) and wave shape (up to +-the whole morph range,
  clamped at its ends, on both oscillators). LFO waves start at phase 0 (triangle at 0 rising; Saw
  falls, Ramp rises); SampleAndHold draws from Faust's noise, which restarts
  with every render, so it is deterministic. FilterEnv uses the (unipolar)
  filter envelope. A 0.3 ms slew keeps the LFO steps from clicking.
- No dependencies are declared: no switch makes a parameter bit-for-bit
  silent. Some settings still make parameters inaudible (mod amounts at 0,
  `mod_pitch_osc2` with no pitch modulation, sync with osc2 at unison and the
  same octave, osc2 parameters with `mixer_osc2` low) and some patches are
  silent or nearly (all mixer levels low, slow attack with a closed filter):
  that is flagged downstream (`is_silent`), as in the original dataset.
- The base patch (the knob defaults) is a detuned two-saw/square bass with
  sub, a little noise, a moderately resonant filter opened by its envelope,
  a gentle triangle vibrato and filter wobble. `master_volume` is fixed.
"""


def _knob(name: str, default: float, description: str) -> Knob:
    return Knob(name, resolution=16384, default=default, description=description)


MOOG = Instrument(
    name="moog",
    description=(
        "A Moog Sub Phatty-style analog mono synth written in Faust: two "
        "wave-morphing oscillators (octave switches, detune, hard sync), a sub "
        "oscillator and noise, multidrive into a resonant 4-pole ladder "
        "low-pass, filter and amp ADSRs and one modulation source routed to "
        "pitch, filter and wave shape. 14-bit knobs. One note (MIDI 60, "
        "velocity 120) held 0.67 s in a 0.9 s clip."
    ),
    source=FaustSource("moog.dsp"),
    params=(
        Switch("mod_source", MOD_SOURCES, "Triangle",
               description="modulation source: LFO wave, sample-and-hold, or the filter envelope"),
        Switch("mod_pitch_osc2", OFF_ON, "OFF",
               description="pitch modulation goes to osc2 only (ON) or to both oscillators (OFF)"),
        Switch("osc1_octave", OCTAVES, "8'", description="osc1 octave (8' = note pitch)"),
        Switch("osc1_sync_osc2", OFF_ON, "OFF", description="hard sync of osc2 to osc1"),
        Switch("osc2_octave", OCTAVES, "8'", description="osc2 octave (8' = note pitch)"),
        _knob("mod_lfo_rate", 0.55, "LFO rate, 0.1 .. 102 Hz (exponential)"),
        _knob("mod_pitch_amount", 0.15, "pitch modulation depth, 0 .. +-12 semitones (squared)"),
        _knob("mod_filter_amount", 0.15, "cutoff modulation depth, 0 .. +-3 octaves"),
        _knob("mod_wave_amount", 0.1, "wave-shape modulation depth, 0 .. +-the whole morph range"),
        _knob("osc1_wave", 0.333, "osc1 shape: 0 triangle, 3.3 saw, 6.7 square, 10 narrow pulse"),
        _knob("osc2_frequency", 0.52, "osc2 detune, -7 .. +7 semitones (5 = unison)"),
        _knob("osc2_wave", 0.5, "osc2 shape: 0 triangle, 3.3 saw, 6.7 square, 10 narrow pulse"),
        _knob("mixer_osc1", 0.8, "osc1 level (squared taper)"),
        _knob("mixer_sub", 0.4, "sub oscillator level (squared taper)"),
        _knob("mixer_osc2", 0.7, "osc2 level (squared taper)"),
        _knob("mixer_noise", 0.1, "white noise level (squared taper)"),
        _knob("filter_cutoff", 0.35, "ladder cutoff, 20 Hz .. 20 kHz (exponential)"),
        _knob("filter_reso", 0.3, "ladder resonance; self-oscillates above ~9.1"),
        _knob("filter_multidrive", 0.25, "pre-filter saturation, clean .. +30 dB into a tanh"),
        _knob("filter_eg_amount", 0.75, "filter envelope depth, bipolar: -5 .. +5 octaves"),
        _knob("filter_kb_tracking_amount", 0.5, "key tracking 0 .. 200 % re C2 (+0 .. 2 oct at note 60)"),
        _knob("env_filter_attack", 0.2, "filter envelope attack (T60), 1 ms .. 10 s"),
        _knob("env_filter_decay", 0.6, "filter envelope decay (T60), 1 ms .. 10 s"),
        _knob("env_filter_sustain", 0.3, "filter envelope sustain level"),
        _knob("env_filter_release", 0.6, "filter envelope release (T60), 1 ms .. 10 s"),
        _knob("env_amplifier_attack", 0.1, "amp envelope attack (T60), 1 ms .. 10 s"),
        _knob("env_amplifier_decay", 0.6, "amp envelope decay (T60), 1 ms .. 10 s"),
        _knob("env_amplifier_sustain", 0.7, "amp envelope sustain level"),
        _knob("env_amplifier_release", 0.6, "amp envelope release (T60), 1 ms .. 10 s"),
    ),
    fixed={"master_volume": 0.8},
    default_n=None,
    design_notes=NOTES,
)
