"""``dexed``: the whole DX7 voice, played by Dexed's DX7 engine (``dexed-py``, GPL-3).

Every parameter of a DX7 voice (the 155 bytes of a single-voice dump but the
name) in its native range and kind, plus one on/off switch per operator. The
engine lives in :mod:`generators.synths.dexed`; the ``synths`` extra installs it.

Parameter names: ``op{1..6}_*`` for the six operators (operator 1 is the DX7's
OP1, the bottom right one of most algorithm charts), and the voice-wide
``algorithm``, ``feedback``, pitch envelope, LFO and ``transpose``. A knob's
label is ``10 * value / top`` of its native value ``0 .. top`` (a level 0-99 has
100 steps: value ``v`` is the label ``v / 9.9``).
"""

from __future__ import annotations

from ..model.declaration import Dependency, Instrument, Knob, Param, Switch, SynthSource

ALGORITHMS = tuple(str(a) for a in range(1, 33))
"""The DX7's 32 algorithms, by their front-panel number."""
CURVES = ("-lin", "-exp", "+exp", "+lin")
"""Keyboard level scaling curves, in DX7 order (value 0-3)."""
LFO_WAVES = ("triangle", "saw_down", "saw_up", "square", "sine", "sample_hold")
"""LFO waveforms, in DX7 order (value 0-5)."""
OFF_ON = ("off", "on")

# ------------------------------------------------------------------ sampling weights
# Relative weights of equal bins of a knob's window (Knob.weights), chosen so that a
# random voice is a playable sound: see NOTES.
_RISING = (0.25, 0.25, 0.25, 0.25, 0.5, 1, 2, 4, 8, 10)
"""Ten bins over 0-99, most weight at the top (output levels, the attack's level L1):
a DX7 level is about 0.75 dB a step, so below 60 an operator is 30 dB down."""
_FAST = (0.5, 0.5, 1, 1, 2, 3, 4, 6, 8, 8)
"""Ten bins over 0-99 for attack rates: slow attacks (seconds) rarer."""
_UPPER = (1, 1, 1, 1, 2, 3, 4, 5, 6, 6)
"""Ten bins over 0-99 leaning up (decay rates, decay and sustain levels L2, L3)."""
_MOSTLY_LOW = (6, 2, 1, 1, 1, 1, 1, 1, 1, 1)
"""Ten bins over 0-99, four in ten draws in the lowest bin (fine frequency, L4, LFO depths)."""
_SHALLOW = (12, 3, 2, 1, 1, 1, 1, 1, 1, 1)
"""Ten bins over 0-99, half the draws in the lowest bin (keyboard level scaling depths:
a deep negative curve silences an operator an octave from its breakpoint)."""
_CENTRED = (1, 1, 1, 2, 12, 12, 2, 1, 1, 1)
"""Ten bins over 0-99, most weight at 40-59 (pitch envelope levels: 50 is no shift)."""
_LOW_RATIOS = (12, 4, 2, 1, 1, 1, 1, 1)
"""Eight bins of four over coarse 0-31: ratios 0.5-3 in half the draws."""

NOTES = """\
Design decisions:

- Every DX7 voice parameter but one is varied, in its native range: levels, rates,
  depths and the LFO's speed/delay/depths 0-99 (100 steps), feedback, sensitivities,
  rate scaling 0-7 (8 steps), amplitude modulation sensitivity 0-3, coarse frequency
  0-31, detune 0-14 (7 = none) and transpose 0-48 (24 = none) are knobs on their native
  grid; algorithm, curves, LFO wave, oscillator mode and LFO key sync are switches.
  The voice name is not a parameter, and neither is oscillator key sync: fixed on, as
  every note is played from a reset engine, where it changes nothing (measured: all 432
  hexter voices render bit-identical with it off and on; LFO key sync does change 182
  of them and is varied).
- `op{k}_on` (off/on) is the one parameter a DX7 voice does not store: `off` writes
  the operator with output level 0 and both keyboard scaling depths 0, which is the
  DX7's way of silencing an operator in a voice file (measured through the engine's
  per-operator outputs at velocity 127 and the highest velocity sensitivity: 119 of 120
  such operators output exactly 0, the other stays 66 dB below the same operator at
  level 99). Every other parameter of the
  operator depends on `op{k}_on = on`, so scoring masks them when it is off. This is
  the DX7's own dependency: no algorithm leaves an operator unconnected, so an
  operator matters unless its level silences it. The dependency is declared on the
  operator's own switch only; an operator whose every path to the output passes
  through an `off` carrier is silent too, which one switch cannot express (it depends
  on the algorithm and on other switches), so those parameters are scored as audible.
  A human voice's operator is `off` exactly when its level and depths are 0, so the
  labels of a preset render that preset bit for bit.
- Sampling weights (each knob's `weights` over equal bins of its range, each switch's
  over its labels): uniform DX7 voices are mostly silent (slow attacks, quiet carriers)
  or harsh (loud modulators at high ratios, wild pitch envelopes). Operators are on
  nine times in ten; output levels and envelope peak levels lean to the top; slow
  envelope rates are rarer; release level L4, keyboard scaling depths and fine
  frequency lean to 0; coarse ratios lean to 0.5-3; fixed-frequency mode is drawn one
  time in ten; pitch envelope levels gather around 50 (no shift) and the LFO's pitch
  and amplitude depths lean to 0; transpose is drawn within +-1 octave, leaning to
  none. Everything else is uniform. Measured on 1000 voices: 3.4 % silent (peak below
  -60 dBFS), against 53 % for uniform draws of every parameter (docs/dexed.md).
- Velocity 120, as the other instruments: at velocity 100 the DX7's velocity
  sensitivity is almost neutral (its velocity table crosses 0 there), so
  `op{k}_velocity_sens` would be inaudible.
- Level: the engine's output is multiplied by about 0.25 (-12 dB) and passed through the
  plug-in host's soft limiter (identity below 0.9): human voices peak at up to 5.5
  at velocity 120, random ones lower.
- The base patch (the defaults, what the tour sweeps from) is a bright three-stack
  voice (algorithm 5: three modulator-carrier pairs) with every operator on, vibrato,
  tremolo and a pitch envelope, so most sweeps change the sound.
"""

_OP_DEFAULTS: dict[int, dict[str, int | str]] = {
    # carriers 1, 3, 5 loud; modulators 2, 4, 6 at musical depths (algorithm 5)
    1: {"level": 95, "coarse": 1, "breakpoint": 60, "ams": 1},
    2: {"level": 80, "coarse": 2, "breakpoint": 15},
    3: {"level": 92, "coarse": 2, "breakpoint": 60, "ams": 2},
    4: {"level": 78, "coarse": 5, "breakpoint": 15, "ams": 1},
    5: {"level": 88, "coarse": 3, "breakpoint": 60, "ams": 2},
    6: {"level": 76, "coarse": 1, "breakpoint": 15, "ams": 1},
}


def _knob(name: str, top: int, default: int, description: str,
          weights: tuple[float, ...] | None = None, window: tuple[int, int] | None = None,
          depends_on: Dependency | None = None) -> Knob:
    """A knob with the native values ``0 .. top`` (``top + 1`` steps), default ``default``."""
    return Knob(name, resolution=top + 1, default=default / top, description=description,
                weights=None if weights is None else tuple(float(w) for w in weights),
                window=window, depends_on=depends_on)


def _operator(k: int) -> tuple[Param, ...]:
    """The 22 parameters of operator ``k`` (1-6)."""
    d = _OP_DEFAULTS[k]
    on = Dependency(f"op{k}_on", ("on",))
    op = f"op{k}_"
    rates = [_knob(f"{op}eg_rate{j}", 99, r, f"operator {k} envelope rate {j}, 0-99 "
                   f"(99 fastest){' (attack)' if j == 1 else ' (release)' if j == 4 else ''}",
                   _FAST if j == 1 else _UPPER if j < 4 else None, depends_on=on)
             for j, r in zip(range(1, 5), (80, 45, 40, 55))]
    levels = [_knob(f"{op}eg_level{j}", 99, lv, f"operator {k} envelope level {j}, 0-99"
                    f"{' (where a note starts and ends)' if j == 4 else ''}",
                    _RISING if j == 1 else _MOSTLY_LOW if j == 4 else _UPPER, depends_on=on)
              for j, lv in zip(range(1, 5), (99, 70, 60, 0))]
    return (
        Switch(f"{op}on", OFF_ON, "on", description=f"operator {k} on (off: output level "
               "and keyboard scaling depths written as 0)", weights=(1.0, 9.0)),
        *rates, *levels,
        _knob(f"{op}output_level", 99, int(d["level"]), f"operator {k} output level, 0-99 "
              "(about 0.75 dB a step)", _RISING, depends_on=on),
        Switch(f"{op}mode", ("ratio", "fixed"), "ratio", depends_on=on, weights=(9.0, 1.0),
               description=f"operator {k} frequency: a ratio of the note's, or fixed in Hz"),
        _knob(f"{op}coarse", 31, int(d["coarse"]), f"operator {k} coarse frequency, 0-31 "
              "(ratio 0.5, 1, 2 ... 31; fixed: 1, 10, 100, 1000 Hz repeating)",
              _LOW_RATIOS, depends_on=on),
        _knob(f"{op}fine", 99, 0, f"operator {k} fine frequency, 0-99 (ratio: +1 % of coarse "
              "a step; fixed: x10^(v/100))", _MOSTLY_LOW, depends_on=on),
        _knob(f"{op}detune", 14, 7, f"operator {k} detune, 0-14 (7 = none, a few cents "
              "a step)", depends_on=on),
        _knob(f"{op}breakpoint", 99, int(d["breakpoint"]), f"operator {k} keyboard level "
              "scaling breakpoint, 0-99 (A-1 .. C8; 39 = C3, MIDI 60)", depends_on=on),
        _knob(f"{op}left_depth", 99, 70, f"operator {k} level scaling depth below the "
              "breakpoint, 0-99", _SHALLOW, depends_on=on),
        _knob(f"{op}right_depth", 99, 70, f"operator {k} level scaling depth above the "
              "breakpoint, 0-99", _SHALLOW, depends_on=on),
        Switch(f"{op}left_curve", CURVES, "-exp", depends_on=on,
               description=f"operator {k} level scaling curve below the breakpoint"),
        Switch(f"{op}right_curve", CURVES, "-exp", depends_on=on,
               description=f"operator {k} level scaling curve above the breakpoint"),
        _knob(f"{op}rate_scaling", 7, 3, f"operator {k} keyboard rate scaling, 0-7",
              depends_on=on),
        _knob(f"{op}amp_mod_sens", 3, int(d.get("ams", 0)), f"operator {k} amplitude "
              "modulation sensitivity (to the LFO), 0-3", depends_on=on),
        _knob(f"{op}velocity_sens", 7, 3, f"operator {k} key velocity sensitivity, 0-7",
              depends_on=on),
    )


_VOICE: tuple[Param, ...] = (
    Switch("algorithm", ALGORITHMS, "5", description="DX7 algorithm 1-32: how the six "
           "operators modulate each other and which are heard"),
    _knob("feedback", 7, 6, "feedback of the algorithm's feedback operator, 0-7"),
    *(_knob(f"pitch_eg_rate{j}", 99, r, f"pitch envelope rate {j}, 0-99")
      for j, r in zip(range(1, 5), (70, 50, 50, 60))),
    *(_knob(f"pitch_eg_level{j}", 99, lv, f"pitch envelope level {j}, 0-99 (50 = no "
            "shift; 0 and 99 about -+4 octaves)", _CENTRED)
      for j, lv in zip(range(1, 5), (62, 45, 54, 40))),
    _knob("lfo_speed", 99, 55, "LFO speed, 0-99 (about 0.06-50 Hz)"),
    _knob("lfo_delay", 99, 10, "LFO delay (fade-in) after the key, 0-99"),
    _knob("lfo_pitch_mod_depth", 99, 20, "LFO pitch modulation depth, 0-99",
          _MOSTLY_LOW),
    _knob("lfo_amp_mod_depth", 99, 45, "LFO amplitude modulation depth, 0-99",
          _MOSTLY_LOW),
    Switch("lfo_key_sync", OFF_ON, "on", description="restart the LFO at each key"),
    Switch("lfo_wave", LFO_WAVES, "sine", description="LFO waveform"),
    _knob("pitch_mod_sens", 7, 3, "pitch modulation sensitivity (to the LFO), 0-7"),
    _knob("transpose", 48, 24, "transpose in semitones, 0-48 (24 = none); sampled "
          "within +-1 octave", (1, 2, 6, 2, 1), window=(12, 36)),
)

DEXED = Instrument(
    name="dexed",
    description=(
        "Dexed's DX7 engine (dexed-py): the whole DX7 voice, six FM operators in one of "
        "32 algorithms with their envelopes, frequencies, keyboard scaling and "
        "sensitivities, the pitch envelope and the LFO, each in its native range. One "
        "note (MIDI 60, velocity 120) held 0.67 s in a 0.9 s clip."
    ),
    source=SynthSource("dexed", gain_db=-12.0),
    params=(*_VOICE, *(p for k in range(1, 7) for p in _operator(k))),
    fixed={"osc_key_sync": 1.0},
    velocity=120,
    design_notes=NOTES,
)
