"""Sampling: seeded by (seed, i) only, uniform on each control's MIDI grid."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest

from generators.model.declaration import FaustSource, Instrument, Knob, Switch
from generators.instruments import BUILTIN, get_instrument
from generators.model.sampler import draw, draw_many, rng_for


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


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_drawing_many_at_once_draws_what_one_at_a_time_does(name: str) -> None:
    """``draw_many`` (one integers call per clip) gives each id the settings and note that
    drawing every parameter in turn from ``rng_for(seed, i)`` gives (the declaration's
    order), so datasets rendered before it keep their bytes."""
    inst = get_instrument(name)
    ids = [0, 1, 7, 500, 123_456]
    for notes in (None, (48, 72)):
        many = draw_many(inst, 5, ids, notes)
        assert many == [draw(inst, 5, i, notes) for i in ids]
        if inst.sampler != "uniform":
            continue
        for i, sample in zip(ids, many):
            rng = rng_for(5, i)
            one = {}
            for p in inst.params:
                if isinstance(p, Knob):
                    lo, hi = p.steps
                    one[p.name] = float(np.float32(p.label_of_step(int(rng.integers(lo, hi + 1)))))
                else:
                    one[p.name] = p.labels[int(rng.integers(len(p.labels)))]
            note = inst.note if notes is None else int(rng.integers(notes[0], notes[1] + 1))
            assert sample.settings == one and sample.note == note
