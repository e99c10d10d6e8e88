"""The declaration model: validation, light variants, serialisation."""

from __future__ import annotations

import dataclasses
import json

import pytest

from generators.model.declaration import (DeclarationError, Dependency, FaustSource, Instrument, Knob,
                                    Switch)
from generators.instruments import BUILTIN, UnknownInstrument, get_instrument


def make(**kw) -> Instrument:
    base = dict(name="t", description="", source=FaustSource("x.dsp"),
                params=(Switch("s", ("off", "on"), "off"), Knob("k", depends_on=Dependency("s", ("on",)))))
    return Instrument(**(base | kw))


@pytest.mark.parametrize("params, message", [
    ((Knob("k", resolution=1),), "resolution"),
    ((Knob("k", resolution=16385),), "resolution"),
    ((Knob("k", resolution=8, weights=(1.0,) * 9),), "9 weights"),
    ((Knob("k", weights=(0.0, 0.0)),), "not all 0"),
    ((Knob("k", weights=(1.0, float("nan"))),), "finite"),
    ((Switch("s", ("a", "b"), "a", weights=(1.0,)),), "one weight per label"),
    ((Knob("k", window=(0, 200)),), "window"),
    ((Knob("k"), Knob("k")), "twice"),
    ((Switch("s", ("a",), "a"),), "2 distinct"),
    ((Switch("s", ("a", "b"), "c"),), "not a label"),
    ((Switch("s", ("a", "b"), "a", values=(0.0, 1.5)),), "0-1"),
    ((Knob("k", depends_on=Dependency("nope", ("on",))),), "not a varied switch"),
    ((Switch("s", ("a", "b"), "a"), Knob("k", depends_on=Dependency("s", ("on",)))), "not labels"),
])
def test_inconsistent_declarations_are_refused(params, message) -> None:
    with pytest.raises(DeclarationError, match=message):
        make(params=params)


def test_round_trip_through_json_dict() -> None:
    for inst in BUILTIN.values():
        assert Instrument.from_dict(inst.to_dict()) == inst


def test_weights_round_trip_and_uniform_records_are_unchanged() -> None:
    """Weights survive ``instrument.json``; a parameter without weights is recorded as
    before they existed (so the fingerprints of published benchmarks stay)."""
    inst = make(params=(Switch("s", ("off", "on"), "off", weights=(1.0, 3.0)),
                        Knob("k", resolution=100, weights=(1.0, 2.0))))
    assert Instrument.from_dict(json.loads(inst.to_json())) == inst
    assert all("weights" not in p for p in make().to_dict()["params"])


def test_design_notes_keep_their_serialised_name() -> None:
    """``instrument.json`` and spec files say ``notes``, as before the field was renamed."""
    inst = BUILTIN["noisemaker"]
    d = inst.to_dict()
    assert d["notes"] == inst.design_notes
    assert "design_notes" not in d
    assert list(d)[-1] == "notes"  # the field's place in the dict is kept too


def test_light_variant_pins_parameters_to_their_defaults() -> None:
    full, light = get_instrument("noisemaker"), get_instrument("noisemaker_light")
    assert light.names == ["osc2_wave", "filter_cutoff", "filter_resonance", "lfo1_rate", "lfo1_amount"]
    assert light.fixed["osc1_volume"] == 0.0
    assert light.fixed["osc2_volume"] == 1.0
    assert light.fixed["lfo1_destination"] == 1.0  # FILTER, as an index
    assert light.param("lfo1_rate").depends_on is None  # its switch is pinned (on)
    # same engine values as the full synth at its base patch
    patch = {"filter_cutoff": 2.5}
    assert light.engine_values(patch) == full.engine_values(full.default_settings() | patch)


def test_noisemaker_matches_the_original_parameter_space() -> None:
    nm = get_instrument("noisemaker")
    assert len(nm.params) == 16
    assert nm.param("osc1_wave").labels == ("Saw", "Pulse", "Noise")
    assert nm.param("osc2_wave").labels == ("Saw", "Pulse", "Triangle", "Sine", "Noise")
    assert nm.param("lfo1_destination").labels == (
        "NOTHING", "FILTER", "OSC1PITCH", "OSC2PITCH", "PW", "FM", "LFO2RATE")
    assert (nm.note, nm.velocity, nm.note_length, nm.clip_length, nm.sample_rate) == \
        (60, 120, 0.67, 0.9, 22050)


def test_active_follows_dependencies() -> None:
    inst = make()
    assert inst.active("k", {"s": "on", "k": 3.0})
    assert not inst.active("k", {"s": "off", "k": 3.0})
    assert inst.active("s", {"s": "off"})


def test_unknown_instrument_lists_known_ones() -> None:
    with pytest.raises(UnknownInstrument, match="noisemaker"):
        get_instrument("nosiemaker")


def test_engine_values_map_labels() -> None:
    inst = dataclasses.replace(make(), fixed={"volume": 0.5})
    assert inst.engine_values({"s": "on", "k": 2.5}) == {"volume": 0.5, "s": 1.0, "k": 0.25}
