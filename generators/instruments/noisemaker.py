"""``noisemaker``, ``noisemaker_light`` and ``noisemaker_velocity``: a TAL-NoiseMaker-style
subtractive synth.

The 16 parameters and the base patch of the original Noisemaker dataset
(``../shared/reference/original-datasets.md``). DSP: ``dsp/noisemaker.dsp``.
``noisemaker_velocity`` adds the synth's two velocity routings as parameters.
"""

from __future__ import annotations

import dataclasses

from ..model.declaration import Dependency, FaustSource, Instrument, Knob, Switch

LFO1_DESTINATIONS = ("NOTHING", "FILTER", "OSC1PITCH", "OSC2PITCH", "PW", "FM", "LFO2RATE")
_LFO_ON = Dependency("lfo1_destination", LFO1_DESTINATIONS[1:])

NOTES = """\
Design decisions (where the original base patch made settings inaudible):

- LFO2 modulates the filter cutoff (+-2 octaves at full amount). In the original
  base patch LFO2 had no destination, so `lfo1_destination = LFO2RATE` was
  silent. Its amount is 0.65 (+0.3 bipolar: a gentle +-0.6 octave wobble at
  about 2.3 Hz) instead of the original 0.9, so it colours every patch less.
- `filter_contour` (the filter envelope amount, bipolar) is 0.75 (+0.5: the
  envelope opens the cutoff by up to 3 octaves) instead of 0.517 (+0.034), which
  left `filter_attack`, `filter_decay` and `filter_sustain` nearly inaudible.
- `lfo1_amount` is bipolar as on the original (0.5 = no modulation): labels near
  5 make the LFO inaudible. This is kept, as on the real synth, and documented.
- `osc1_pulse_width` is declared to depend on `osc1_wave = Pulse`, and
  `lfo1_rate` / `lfo1_amount` on `lfo1_destination != NOTHING`: the DSP makes
  them bit-for-bit inaudible otherwise, so scoring masks them there.
- Envelope stages map 0-1 to 1 ms .. 3 s (cubic); LFO rates to 0.1 .. 51 Hz
  (exponential); the cutoff to 20 Hz .. 20 kHz (exponential, clamped below
  0.45 x the sample rate) with key follow; resonance reaches the edge of
  self-oscillation.
"""

VELOCITY_KNOBS = (
    Knob("amp_velocity", default=1.0,
         description="velocity -> level: 0 = every velocity as loud as 120, "
                     "10 = level in proportion to velocity"),
    Knob("filter_velocity", default=0.0,
         description="velocity -> cutoff: 0 = none, 10 = 4 octaves over velocity 0..127 "
                     "(velocity 40: -2.5 octaves, 127: +0.2, relative to 120)"),
)
"""The velocity routings of ``dsp/noisemaker_velocity.dsp``; both pivot at velocity 120."""

VELOCITY_NOTES = """\
Velocity routing (`noisemaker_velocity`):

- `amp_velocity` and `filter_velocity` are TAL-NoiseMaker's velocity -> volume and
  velocity -> cutoff amounts. Both pivot at velocity 120, the velocity of the
  instrument's single note: the DSP offsets by (velocity - 120), exactly 0 there, so
  a clip whose notes are all at 120 is bit-identical for every value of both knobs.
- The DSP is its own file, `noisemaker_velocity.dsp`, which reuses `noisemaker.dsp`
  whole (a Faust `library`) and adds the routing: `noisemaker.dsp` is untouched, so
  the noisemaker's clips, its benchmarks' pinned digests and their fingerprints
  (which hash the DSP source and the declaration) do not move. At amp_velocity 10
  and filter_velocity 0 (the defaults) it renders the noisemaker's bytes at every
  velocity.
- They are heard only when a clip's notes vary in velocity: render phrases at two
  velocity levels (e.g. 40 and 127). On the default single note at 120 both knobs
  are unlearnable, and a dataset rendered that way should not be scored on them.
- `amp_velocity`: level x (120 + a (v - 120)) / 127 for amount a (0-1), velocity v.
  At 10 the level is in proportion to velocity (the noisemaker: velocity 40 is
  10.0 dB below 127); at 0 every note is as loud as one at 120. The factor scales
  the oscillator mix ahead of the (linear) filter, so at a = 1 or v = 120 it is
  exactly 1 and leaves the rest of the arithmetic untouched.
- `filter_velocity`: the cutoff moves by 4 f (v - 120) / 127 octaves for amount f
  (0-1): soft notes darker, loud notes (slightly) brighter; at 10 a note at 40 is
  2.5 octaves darker than one at 120, one at 127 0.2 octave brighter.
- No dependency: neither knob needs a switch setting to be heard; what they need
  is notes of different velocities, which is how a clip is played, not a setting.
"""

NOISEMAKER = Instrument(
    name="noisemaker",
    description=(
        "A TAL-NoiseMaker-style subtractive synth written in Faust: two "
        "oscillators, a resonant 4-pole low-pass filter with its own ADSR, an "
        "amp ADSR and two LFOs. One note (MIDI 60, velocity 120) held 0.67 s "
        "in a 0.9 s clip."
    ),
    source=FaustSource("noisemaker.dsp"),
    params=(
        Switch("osc1_wave", ("Saw", "Pulse", "Noise"), "Saw",
               description="oscillator 1 waveform"),
        Switch("osc2_wave", ("Saw", "Pulse", "Triangle", "Sine", "Noise"), "Saw",
               description="oscillator 2 waveform"),
        Switch("lfo1_destination", LFO1_DESTINATIONS, "FILTER",
               description="what LFO1 modulates"),
        Knob("filter_cutoff", default=0.541,
             description="low-pass cutoff, 20 Hz .. 20 kHz (exponential) at note 60"),
        Knob("filter_resonance", default=0.0,
             description="filter resonance, up to self-oscillation"),
        Knob("lfo1_rate", default=0.507, depends_on=_LFO_ON,
             description="LFO1 rate, 0.1 .. 51 Hz (exponential)"),
        Knob("lfo1_amount", default=0.517, depends_on=_LFO_ON,
             description="LFO1 depth, bipolar: 0 = -full, 5 = none, 10 = +full"),
        Knob("osc1_volume", default=0.0, description="oscillator 1 level"),
        Knob("osc2_volume", default=1.0, description="oscillator 2 level"),
        Knob("osc1_pulse_width", default=0.0,
             depends_on=Dependency("osc1_wave", ("Pulse",)),
             description="pulse width of osc1: 0 = square (50 %), 10 = 5 % pulse"),
        Knob("filter_attack", default=0.0, description="filter envelope attack, 1 ms .. 3 s"),
        Knob("filter_decay", default=0.0, description="filter envelope decay, 1 ms .. 3 s"),
        Knob("filter_sustain", default=1.0, description="filter envelope sustain level"),
        Knob("amp_attack", default=0.0, description="amp envelope attack, 1 ms .. 3 s"),
        Knob("amp_decay", default=0.0, description="amp envelope decay, 1 ms .. 3 s"),
        Knob("amp_sustain", default=1.0, description="amp envelope sustain level"),
    ),
    fixed={
        "master_volume": 0.517,
        "filter_release": 0.0,
        "filter_contour": 0.75,
        "filter_keyfollow": 1.0,
        "amp_release": 0.0,
        "lfo2_rate": 0.504,
        "lfo2_amount": 0.65,
    },
    default_n=None,
    design_notes=NOTES,
)

NOISEMAKER_LIGHT = NOISEMAKER.pin(
    "noisemaker_light",
    keep=["osc2_wave", "filter_cutoff", "filter_resonance", "lfo1_rate", "lfo1_amount"],
    description=(
        "The noisemaker with only osc2_wave, filter_cutoff, filter_resonance, "
        "lfo1_rate and lfo1_amount varied; everything else at the base patch "
        "(osc2 alone, LFO1 to the filter)."
    ),
)

NOISEMAKER_VELOCITY = dataclasses.replace(
    NOISEMAKER,
    name="noisemaker_velocity",
    description=(
        "The noisemaker's 16 parameters plus its two velocity routings, amp_velocity "
        "(velocity -> level) and filter_velocity (velocity -> cutoff). They are heard "
        "only when a clip's notes vary in velocity: render phrases at two velocity "
        "levels; on the single note at velocity 120 they change nothing."
    ),
    source=FaustSource("noisemaker_velocity.dsp"),
    params=NOISEMAKER.params + VELOCITY_KNOBS,
    design_notes=NOTES + "\n" + VELOCITY_NOTES,
)
