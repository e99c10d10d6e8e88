"""``guitar`` and ``guitar_light``: a plucked guitar string through five effects.

The parameters of the original Guitar Rig datasets
(``../shared/reference/original-datasets.md``): five on/off switches, the
modulation mode and 13 knobs, each depending on its effect's switch.
DSP: ``dsp/guitar.dsp``.
"""

from __future__ import annotations

from ..model.declaration import Dependency, FaustSource, Instrument, Knob, Switch

OFF_ON = ("off", "on")
FLANGER_MODES = ("chorus", "pitchmod", "flanger")

_FILTER = Dependency("filter_on_off", ("on",))
_DISTO = Dependency("disto_on_off", ("on",))
_FLANGER = Dependency("flanger_on_off", ("on",))
_DELAY = Dependency("delay_on_off", ("on",))
_REVERB = Dependency("reverb_on_off", ("on",))

NOTES = """\
Design decisions:

- The guitar is a Karplus-Strong string (fractional delay tuned to the note,
  a two-point low-pass in the loop, 4 s T60 while held) excited once at t = 0
  by one period of its plucked shape (a triangle with its apex at 1/6 of the
  string) plus a little Faust noise, low-passed like a pick, then a small
  body (three resonances at 100, 205 and 410 Hz, 70 Hz high-pass). Faust's
  noise restarts with every render, so the pluck is the same in every
  sample. The string is muted at note-off (0.67 s, 60 ms T60), so reverb and
  delay tails stand out in the last 0.23 s. It plays the rendered note
  (MIDI 60 = 261.6 Hz by default).
- Each effect is bypassed bit for bit when its switch is off (the DSP selects
  the dry signal), so the dependent knobs are exactly inaudible there; the
  declared dependencies say so, and scoring masks them.
- Filter: an Oberheim state-variable filter (ve.oberheim). `filter_mode_LBF_HPF`
  morphs low-pass (0) -> band-pass (5) -> high-pass (10) by crossfading its
  outputs. `filter_frequency` is 20 Hz .. 20 kHz on the full 0-10 scale
  (exponential, clamped below 0.45 x the sample rate); sampled in MIDI 42-84
  it covers about 195 Hz .. 1.9 kHz. `filter_resonance`: Q 0.7 .. 11, with
  partial level compensation.
- Distortion: a 90 Hz high-pass, `disto_drive` 0 .. +40 dB into a tanh, then
  a 2-pole low-pass `disto_tone` from 400 Hz to 9 kHz (exponential).
- Modulation: one modulated delay line (linear interpolation) swept by a sine
  LFO. `flanger_rate` 0.1 .. 12.8 Hz (exponential); `flanger_width` is the
  sweep depth (0 = a fixed delay); `flanger_intensity` the feedback
  (regeneration). Modes: chorus (10 ms + up to 20 ms sweep, feedback up to
  0.6, dry + wet), pitchmod (vibrato: 4 ms + up to 8 ms sweep, feedback up to
  0.5, wet only), flanger (0.5 ms + up to 10 ms sweep, feedback up to 0.9,
  dry + wet). The wet level falls as the feedback rises, to keep the level.
- Delay: `delay_time` 10 ms .. 1.41 s on the full scale; sampled in MIDI
  0-64 it stays under 0.72 s so the first echo lands inside the clip.
  `delay_feedback` 0 .. 0.9 (6 kHz low-pass in the loop); `delay_intensity`
  is the echo level, 0 .. 0.7 of the dry signal (which is kept).
- Reverb: re.mono_freeverb; `reverb_room_size` sets the comb feedback
  (0.7 .. 0.97), `reverb_bright` the damping (0.75 .. 0.05); the wet level
  is fixed.
- Levels: the dry pluck peaks near 0.55; the distortion output, the echo
  level and `master_volume` (fixed, 0.6) are set so that the limiter of
  secretsauce.lib rarely works hard (pre-limiter peak > 0.89 in about 0.5 %
  of random patches).
- Knob defaults (the light variant's fixed settings) are mid settings that
  make each effect clearly audible; the switches default to off, so the base
  patch is the dry guitar. `master_volume` is fixed.
"""

GUITAR = Instrument(
    name="guitar",
    description=(
        "A plucked guitar string (Karplus-Strong with a small body, written in "
        "Faust) through a Guitar Rig-style chain: filter -> distortion -> "
        "chorus/vibrato/flanger -> delay -> reverb, each with an on/off switch. "
        "One note (MIDI 60, velocity 120) plucked once and held 0.67 s in a "
        "0.9 s clip."
    ),
    source=FaustSource("guitar.dsp"),
    params=(
        Switch("filter_on_off", OFF_ON, "off", description="filter effect on/off"),
        Switch("disto_on_off", OFF_ON, "off", description="distortion on/off"),
        Switch("flanger_on_off", OFF_ON, "off", description="chorus/vibrato/flanger on/off"),
        Switch("delay_on_off", OFF_ON, "off", description="delay on/off"),
        Switch("reverb_on_off", OFF_ON, "off", description="reverb on/off"),
        Switch("flanger_mode", FLANGER_MODES, "flanger", depends_on=_FLANGER,
               description="modulation effect: chorus, pitchmod (vibrato, wet only) or flanger"),
        Knob("filter_mode_LBF_HPF", default=0.25, depends_on=_FILTER,
             description="filter response: 0 low-pass, 5 band-pass, 10 high-pass (morph)"),
        Knob("filter_frequency", window=(42, 84), default=0.5, depends_on=_FILTER,
             description="filter frequency, 20 Hz .. 20 kHz (exponential); sampled ~195 Hz .. 1.9 kHz"),
        Knob("filter_resonance", default=0.5, depends_on=_FILTER,
             description="filter resonance, Q 0.7 .. 11"),
        Knob("disto_tone", default=0.5, depends_on=_DISTO,
             description="distortion tone: low-pass 400 Hz .. 9 kHz (exponential)"),
        Knob("disto_drive", default=0.5, depends_on=_DISTO,
             description="distortion drive, 0 .. +40 dB into a tanh"),
        Knob("flanger_rate", default=0.5, depends_on=_FLANGER,
             description="modulation rate, 0.1 .. 12.8 Hz (exponential)"),
        Knob("flanger_intensity", default=0.6, depends_on=_FLANGER,
             description="modulation feedback (regeneration): up to 0.6 / 0.5 / 0.9 by mode"),
        Knob("flanger_width", default=0.5, depends_on=_FLANGER,
             description="modulation depth (delay sweep width; 0 = fixed delay)"),
        Knob("delay_time", window=(0, 64), default=0.2, depends_on=_DELAY,
             description="delay time, 10 ms .. 1.41 s (linear); sampled up to 0.72 s"),
        Knob("delay_feedback", default=0.4, depends_on=_DELAY,
             description="delay feedback, 0 .. 0.9"),
        Knob("delay_intensity", default=0.5, depends_on=_DELAY,
             description="echo level (wet), 0 .. 0.7 of the dry signal"),
        Knob("reverb_room_size", default=0.6, depends_on=_REVERB,
             description="reverb size (decay time)"),
        Knob("reverb_bright", default=0.5, depends_on=_REVERB,
             description="reverb brightness (less damping)"),
    ),
    fixed={"master_volume": 0.6},
    default_n=None,
    design_notes=NOTES,
)

GUITAR_LIGHT = GUITAR.pin(
    "guitar_light",
    keep=["filter_on_off", "disto_on_off", "flanger_on_off", "delay_on_off", "reverb_on_off"],
    description=(
        "The guitar with only the five effect on/off switches varied: every one "
        "of the 32 combinations once, in order, the effects at mid settings "
        "(flanger mode)."
    ),
    sampler="grid",
    default_n=32,
)
