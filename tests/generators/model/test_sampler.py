"""Sampling: seeded by (seed, i) only, uniform on each control's MIDI grid."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np

from generators.model.declaration import FaustSource, Instrument, Knob, Switch
from generators.instruments import get_instrument
from generators.model.sampler import draw, rng_for


def test_sample_depends_only_on_seed_and_index() -> None:
    inst = get_instrument("noisemaker")
    a = [draw(inst, 3, i) for i in range(50)]
    b = [draw(inst, 3, i) for i in reversed(range(50))][::-1]
    assert a == b
    assert draw(inst, 3, 5) != draw(inst, 4, 5)


def test_knobs_on_the_midi_grid_and_inside_windows() -> None:
    inst = Instrument("t", "", (Knob("k"), Knob("w", window=(42, 84)), Knob("h", resolution=16384)),
                      FaustSource("x.dsp"))
    draws = [draw(inst, 0, i).settings for i in range(3000)]
    k = np.array([d["k"] for d in draws])
    steps = np.round(k * 127 / 10)
    assert np.allclose(steps * 10 / 127, k, atol=1e-5)
    assert len(set(steps)) == 128  # every step reachable
    w = np.array([d["w"] for d in draws]) * 127 / 10
    assert w.min() >= 42 - 1e-3
    assert w.max() <= 84 + 1e-3
    assert abs(k.mean() - 5.0) < 0.2  # uniform: mean 5, MAE of the mean 2.5
    assert abs(np.abs(k - 5.0).mean() - 2.5) < 0.15
    assert all(isinstance(d["k"], float) for d in draws[:5])
    assert len({d["h"] for d in draws}) > 2600  # 14-bit grid: ~2750 distinct expected


def test_switch_labels_uniform() -> None:
    inst = get_instrument("noisemaker")
    counts = Counter(draw(inst, 0, i).settings["lfo1_destination"] for i in range(7000))
    assert set(counts) == set(inst.param("lfo1_destination").labels)
    assert min(counts.values()) > 850


def test_notes_drawn_in_range_without_changing_settings() -> None:
    inst = get_instrument("noisemaker")
    for i in range(100):
        with_notes, plain = draw(inst, 0, i, notes=(48, 72)), draw(inst, 0, i)
        assert 48 <= with_notes.note <= 72
        assert plain.note == 60
        assert with_notes.settings == plain.settings


def test_grid_sampler_enumerates_every_combination_once() -> None:
    inst = Instrument("g", "", tuple(Switch(f"s{j}", ("off", "on"), "off") for j in range(5)),
                      FaustSource("x.dsp"), sampler="grid", default_n=32)
    combos = [tuple(draw(inst, 0, i).settings.values()) for i in range(32)]
    assert len(set(combos)) == 32
    assert combos[0] == ("off",) * 5
    assert combos[-1] == ("on",) * 5
    assert combos == [tuple(draw(inst, 99, i).settings.values()) for i in range(32)]
    assert dataclasses.replace(inst).grid_size == 32


def test_native_resolution_knob_is_drawn_on_its_own_grid() -> None:
    """A knob with 100 steps (a DX7 level 0-99) gets labels ``10 * step / 99``, every step."""
    inst = Instrument("t", "", (Knob("level", resolution=100), Knob("fb", resolution=8)),
                      FaustSource("x.dsp"))
    draws = [draw(inst, 0, i).settings for i in range(2000)]
    level = inst.param("level")
    steps = {level.step_of_label(d["level"]) for d in draws}
    assert steps == set(range(100))
    assert all(d["level"] == np.float32(level.label_of_step(level.step_of_label(d["level"])))
               for d in draws)
    assert {round(d["fb"] * 7 / 10) for d in draws} == set(range(8))


def test_weights_shape_the_draws_and_leave_unweighted_draws_alone() -> None:
    """Bin weights (knobs) and label weights (switches) give the declared shares; a
    parameter without weights draws exactly as before."""
    plain = Instrument("t", "", (Knob("k"), Switch("s", ("a", "b", "c"), "a")), FaustSource("x.dsp"))
    weighted = Instrument("t", "", (Knob("k", resolution=100, weights=(0.0, 1.0, 3.0, 0.0)),
                                    Switch("s", ("a", "b", "c"), "a", weights=(1.0, 0.0, 3.0))),
                          FaustSource("x.dsp"))
    k = weighted.param("k")
    assert k.bins() == [(0, 24), (25, 49), (50, 74), (75, 99)]
    draws = [draw(weighted, 0, i).settings for i in range(4000)]
    steps = np.array([k.step_of_label(d["k"]) for d in draws])
    assert steps.min() >= 25 and steps.max() <= 74
    assert abs(np.mean(steps >= 50) - 0.75) < 0.03
    assert set(range(25, 75)) == set(steps.tolist())
    s = Counter(d["s"] for d in draws)
    assert s["b"] == 0 and abs(s["c"] / 4000 - 0.75) < 0.03
    # without weights: one integer draw per parameter, as before weights existed
    rng = rng_for(7, 3)
    k0 = plain.param("k").label_of_step(int(rng.integers(0, 128)))
    assert draw(plain, 7, 3).settings == {"k": float(np.float32(k0)),
                                          "s": ("a", "b", "c")[int(rng.integers(3))]}
