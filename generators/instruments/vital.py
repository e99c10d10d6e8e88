"""``vital``: a documented subset of Vital (Matt Tytel's wavetable synth), hosted by ``vita``.

The engine is :mod:`generators.synths.vital` (the ``synths`` extra, GPL-3). Every
parameter here drives one Vital control, or the amount of one modulation:

* ``target`` names the Vital control (``vita.Synth.get_controls()``); the engine
  value (``label / 10`` for knobs, ``values[label]`` for switches, 0-1) is mapped
  linearly onto the control's raw range, ``min + v * (max - min)``, and rounded
  for Vital's discrete controls. Vital applies its own curve (quadratic levels,
  quartic envelope times, exponential LFO rate) on that raw value, as its
  ``.vital`` files store it. ``fixed`` holds 0-1 values of the same kind.
* ``target="<source>><destination>"`` (a knob) is the amount of the modulation
  from Vital's ``<source>`` to ``<destination>``, raw -1..1; with an empty
  destination (``"lfo_1>"``) the destination is the label of the switch whose
  target is ``"lfo_1>"`` (label ``none``: not connected).

Ranges in the descriptions are Vital's own units. Windows keep sampling where
one held note sounds like a played synth (see ``NOTES``).
"""

from __future__ import annotations

from ..model.declaration import Dependency, Instrument, Knob, SynthSource, Switch

OFF_ON = ("off", "on")
LFO_DESTINATIONS = ("none", "voice_tune", "osc_1_wave_frame", "filter_1_cutoff", "osc_1_level")
"""What LFO 1 modulates: nothing, the pitch of the voice (vibrato), oscillator 1's
wavetable position, the filter cutoff (wobble) or oscillator 1's level (tremolo)."""
TRANSPOSES = ("-12", "0", "12")
TRANSPOSES_2 = ("-12", "-5", "0", "7", "12", "19")
UNISON = ("1", "2", "4", "8")
FILTER_MODELS = ("analog", "dirty", "ladder", "digital", "diode")
FILTER_STYLES = ("12dB", "24dB")


def _steps(low: float, high: float) -> tuple[int, int]:
    """MIDI window (7-bit steps) of the engine values ``low..high`` (0-1)."""
    return round(low * 127), round(high * 127)


def _semitones(labels: tuple[str, ...]) -> tuple[float, ...]:
    """0-1 values of transpose labels on Vital's -48..48 semitone range."""
    return tuple((int(t) + 48) / 96 for t in labels)


def _fx(name: str, knob: str, default: float, window: tuple[float, float], text: str,
        target: str | None = None) -> tuple[Switch, Knob]:
    """An effect's on/off switch and its main knob (which depends on it)."""
    on = Switch(f"{name}_on", OFF_ON, "off", values=(0.0, 1.0), target=f"{name}_on",
                description=f"{name} effect off/on")
    return on, Knob(knob, default=default, window=_steps(*window), target=target or knob,
                    depends_on=Dependency(on.name, ("on",)), description=text)


_OSC2 = Dependency("osc_2_on", ("on",))
_LFO = Dependency("lfo_1_destination", LFO_DESTINATIONS[1:])
_UNISON_1 = Dependency("osc_1_unison_voices", UNISON[1:])
_UNISON_2 = Dependency("osc_2_unison_voices", UNISON[1:])

NOTES = """\
The subset of Vital's 772 controls that one held note reveals, and why.

In (41 parameters):
- Oscillators 1 and 2: wavetable position (0-256), level, transpose (octaves for
  oscillator 1; musical intervals for oscillator 2), unison voices (1, 2, 4, 8)
  and unison detune (masked when the voices are 1). Oscillator 1 is always on
  (a patch with no oscillator is silent); oscillator 2 has an off/on switch that
  masks its five others. Both play the base patch's "Basic Shapes" wavetable
  (sine, triangle, saw, square keyframes at 0, 85, 170, 256, interpolated): Vital's
  init wavetable is a single saw frame, which would make the position inaudible.
- Filter 1, always on, fed by both oscillators: model (the five subtractive
  ones: analog, dirty, ladder, digital, diode), slope (12 or 24 dB low-pass),
  cutoff (MIDI note 40-136, below 40 a low note is nearly silent), resonance and drive.
- Envelope 1 (the amplifier): attack (0-0.66 s), decay (0-1.5 s), sustain (0.2-1)
  and release (0-0.33 s): within the 0.7 s note and 1.0 s clip.
- Envelope 2, routed to the filter cutoff: attack, decay, sustain and its amount
  (0 to +1: up to the whole 128-semitone range).
- LFO 1: destination (none, pitch, oscillator 1's wavetable position, cutoff,
  oscillator 1's level), rate (0.5-16 Hz, free-running in seconds) and depth
  (0 to +1 of the destination's range); rate and depth are masked when the
  destination is none.
- Effects, each an off/on switch and its main knob (masked when off): chorus,
  delay, reverb, phaser and flanger with their dry/wet mix, distortion with its
  drive (0-30 dB), compressor (Vital's multiband "OTT") with its mix.

Out, and why:
- Oscillator 3, the sampler and the noise: a third source adds little that two
  do not show, and the sample oscillator plays a recording, not a synth voice.
- Random phase (fixed at 0 on every oscillator): with it, two renders of one
  patch differ (by up to 0.39 on the init patch), so no label could be learnt
  from the phase.
- Oscillator spectral morph, phase distortion, stack style, stereo spread,
  pan, phase, frame spread, unison blend: each is a second way of shaping the
  same wavetable; a subset keeps the task learnable.
- Filter 2, the FX filter, filter formant/comb/phaser models, blend and key
  tracking: a second filter and other filter families have other controls.
- Envelope 2's release: after note-off the amplifier's release (at most
  0.33 s) masks it. Envelopes 3-6, LFOs 2-8 and the random LFOs need
  modulation routes that one note cannot tell apart.
- The EQ (three bands, no main knob), tempo sync (one note has no tempo), the
  effects' second controls (delay time and feedback, reverb size and decay...),
  voice, portamento, MPE and velocity tracking: fixed at Vital's init values,
  except the LFO and the delay, which run in seconds (the delay's 0.25 s
  echo falls inside the clip).

Base patch (the defaults, what the tour sweeps from): a saw on oscillator 1 at 0.85
(oscillator 2, when the tour turns it on: a square an octave below, at 0.85),
the filter at MIDI note 72 with envelope 2 opening it (+0.4), sustains 0.6 and 0.3 so
the decays are heard, distortion drive +15 dB; everything else at Vital's init values.

Windows: transposes and unison by labels; cutoff from MIDI note 40; modulation
depths 0 to +1 (a negative depth of a bipolar LFO only shifts its phase);
distortion drive from 0 dB (below that it attenuates only). Output: the mean
of Vital's two channels, a fixed gain, the soft limiter of plug-ins.

Determinism: each clip renders in a process forked from a never-played Vital, so no
clip depends on the ones before it. Across machines the PCM is NOT bit-identical:
Vital's DSP uses the x86 approximate reciprocal (rcpps), whose last bits differ by CPU
vendor and in emulators (up to 2e-4, -73 dBFS, measured against qemu Nehalem and
Haswell, which agree with each other). vital-v1's pinned test digest is the reference
machine's; elsewhere a mismatch is reported and tolerated (docs/vital.md).
"""

VITAL = Instrument(
    name="vital",
    description=(
        "Vital, the free wavetable synth (vita 0.1.0): two wavetable oscillators with "
        "unison, a filter with its own envelope, an amplifier envelope, one LFO with a "
        "switchable destination and seven effects. One note (MIDI 60, velocity 120) "
        "held 0.7 s in a 1.0 s clip."
    ),
    source=SynthSource("vital"),
    params=(
        Knob("osc_1_wave_frame", default=170 / 256, target="osc_1_wave_frame",
             description="oscillator 1 wavetable position, frame 0-256 (sine, triangle, "
                         "saw, square at 0, 85, 170, 256)"),
        Knob("osc_1_level", default=0.85, window=_steps(0.45, 1.0), target="osc_1_level",
             description="oscillator 1 level, 0-1 (quadratic: 0.7071 = half amplitude)"),
        Switch("osc_1_transpose", TRANSPOSES, "0", values=_semitones(TRANSPOSES),
               target="osc_1_transpose", description="oscillator 1 transpose, semitones"),
        Switch("osc_1_unison_voices", UNISON, "1", values=tuple((int(v) - 1) / 15 for v in UNISON),
               target="osc_1_unison_voices", description="oscillator 1 unison voices"),
        Knob("osc_1_unison_detune", default=0.4472, target="osc_1_unison_detune",
             depends_on=_UNISON_1,
             description="oscillator 1 unison detune, 0-10 (quadratic: 4.47 = 20 %)"),
        Switch("osc_2_on", OFF_ON, "off", values=(0.0, 1.0), target="osc_2_on",
               description="oscillator 2 off/on"),
        Knob("osc_2_wave_frame", default=1.0, target="osc_2_wave_frame", depends_on=_OSC2,
             description="oscillator 2 wavetable position, frame 0-256"),
        Knob("osc_2_level", default=0.85, window=_steps(0.45, 1.0), target="osc_2_level",
             depends_on=_OSC2, description="oscillator 2 level, 0-1 (quadratic)"),
        Switch("osc_2_transpose", TRANSPOSES_2, "-12", values=_semitones(TRANSPOSES_2),
               target="osc_2_transpose", depends_on=_OSC2,
               description="oscillator 2 transpose, semitones (octaves, fourth, fifth)"),
        Switch("osc_2_unison_voices", UNISON, "1", values=tuple((int(v) - 1) / 15 for v in UNISON),
               target="osc_2_unison_voices", depends_on=_OSC2,
               description="oscillator 2 unison voices"),
        Knob("osc_2_unison_detune", default=0.4472, target="osc_2_unison_detune",
             depends_on=_UNISON_2, description="oscillator 2 unison detune, 0-10 (quadratic)"),
        Switch("filter_1_model", FILTER_MODELS, "analog", values=tuple(i / 7 for i in range(5)),
               target="filter_1_model", description="filter model"),
        Switch("filter_1_style", FILTER_STYLES, "12dB", values=(0.0, 1 / 9),
               target="filter_1_style", description="filter slope (low-pass)"),
        Knob("filter_1_cutoff", default=0.5, window=_steps(32 / 128, 1.0), target="filter_1_cutoff",
             description="filter cutoff, MIDI note 8-136 (60 = 262 Hz)"),
        Knob("filter_1_resonance", default=0.5, target="filter_1_resonance",
             description="filter resonance, 0-1"),
        Knob("filter_1_drive", default=0.0, target="filter_1_drive",
             description="filter drive, 0-20 dB"),
        Knob("env_1_attack", default=0.0629, window=_steps(0.0, 0.38), target="env_1_attack",
             description="amplifier attack, 0-2.38 (quartic: seconds = value^4)"),
        Knob("env_1_decay", default=0.4205, window=_steps(0.0, 0.47), target="env_1_decay",
             description="amplifier decay, 0-2.38 (quartic: seconds = value^4)"),
        Knob("env_1_sustain", default=0.6, window=_steps(0.2, 1.0), target="env_1_sustain",
             description="amplifier sustain level, 0-1"),
        Knob("env_1_release", default=0.2302, window=_steps(0.0, 0.32), target="env_1_release",
             description="amplifier release, 0-2.38 (quartic: seconds = value^4)"),
        Knob("env_2_attack", default=0.0629, window=_steps(0.0, 0.38), target="env_2_attack",
             description="filter envelope attack, 0-2.38 (quartic: seconds = value^4)"),
        Knob("env_2_decay", default=0.4205, window=_steps(0.0, 0.47), target="env_2_decay",
             description="filter envelope decay, 0-2.38 (quartic: seconds = value^4)"),
        Knob("env_2_sustain", default=0.3, target="env_2_sustain",
             description="filter envelope sustain level, 0-1"),
        Knob("env_2_amount", default=0.7, window=_steps(0.5, 1.0), target="env_2>filter_1_cutoff",
             description="filter envelope amount, -1..1 of the cutoff range (128 semitones)"),
        Switch("lfo_1_destination", LFO_DESTINATIONS, "none", target="lfo_1>",
               description="what LFO 1 modulates"),
        Knob("lfo_1_frequency", default=0.5, window=_steps(6 / 16, 11 / 16), target="lfo_1_frequency",
             depends_on=_LFO, description="LFO 1 rate, -7..9 (log2 Hz: 0 = 1 Hz)"),
        Knob("lfo_1_depth", default=0.75, window=_steps(0.5, 1.0), target="lfo_1>",
             depends_on=_LFO, description="LFO 1 depth, -1..1 of the destination's range"),
        *_fx("chorus", "chorus_dry_wet", 0.5, (0.0, 1.0), "chorus dry/wet, 0-1"),
        *_fx("delay", "delay_dry_wet", 0.3334, (0.0, 1.0), "delay dry/wet, 0-1"),
        *_fx("reverb", "reverb_dry_wet", 0.25, (0.0, 1.0), "reverb dry/wet, 0-1"),
        *_fx("phaser", "phaser_dry_wet", 1.0, (0.0, 1.0), "phaser dry/wet, 0-1"),
        *_fx("flanger", "flanger_dry_wet", 1.0, (0.0, 1.0), "flanger dry/wet, 0-0.5"),
        *_fx("distortion", "distortion_drive", 0.75, (0.5, 1.0), "distortion drive, -30..30 dB"),
        *_fx("compressor", "compressor_mix", 1.0, (0.0, 1.0), "compressor (multiband) mix, 0-1"),
    ),
    fixed={
        "osc_1_random_phase": 0.0,
        "osc_2_random_phase": 0.0,
        "osc_3_random_phase": 0.0,
        "filter_1_on": 1.0,
        "lfo_1_sync": 0.0,
        "delay_sync": 0.0,
    },
    note=60,
    velocity=120,
    note_length=0.7,
    clip_length=1.0,
    sample_rate=22050,
    design_notes=NOTES,
)
