"""The typed spec schema (``generators/plugins/spec_schema.py``): every shipped spec reads
into the dataclasses, every field declares a check, and problems are one line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generators.plugins.host import PluginError
from generators.plugins.spec import read_spec
from generators.plugins.spec_schema import (SpecEffect, SpecFile, SpecKnob, SpecSwitch, read_record,
                                    read_spec_file)

SPECS = sorted((Path(__file__).resolve().parents[3] / "generators" / "plugins" / "specs").glob("*.yaml"))


@pytest.mark.parametrize("path", SPECS, ids=[p.stem for p in SPECS])
def test_shipped_specs_read_into_dataclasses(path: Path) -> None:
    spec = read_spec_file(read_spec(path), str(path), path.parent)
    assert isinstance(spec, SpecFile) and (spec.plugin or spec.builtin or spec.audio_folder)
    for entry in [*spec.params.values(), *(p for fx in spec.effects for p in fx.params.values())]:
        assert isinstance(entry, (SpecKnob, SpecSwitch))
    assert all(isinstance(fx, SpecEffect) for fx in spec.effects)
    with pytest.raises(dataclasses.FrozenInstanceError):
        spec.gain_db = 0.0  # type: ignore[misc]


@pytest.mark.parametrize("cls", [SpecFile, SpecEffect, SpecKnob, SpecSwitch])
def test_every_key_is_a_checked_field(cls: type) -> None:
    checked = {f.name for f in dataclasses.fields(cls)
               if "check" in f.metadata}
    assert checked | {"name"} >= set(cls.KEYS)


@pytest.mark.parametrize("entry, message", [
    ({"kind": "knob", "default": 0.5, "resolutoin": 128},
     "spec: params.cut: unknown key 'resolutoin' (did you mean 'resolution'?)"),
    ({"kind": "knob", "default": 2}, "spec: params.cut.default: must be in 0-1, got 2"),
    ({"kind": "knob", "default": 0.5, "resolution": "x"},
     "spec: params.cut.resolution: must be an integer, got 'x'"),
    ({"kind": "switch"},
     "spec: params.cut.labels: expected a mapping LABEL: VALUE (0-1) with at least two labels"),
    ({"kind": "switch", "labels": {"a": 0, "b": 1}, "default": "c"},
     "spec: params.cut.default: 'c' is not one of its labels ['a', 'b']"),
])
def test_reader_messages(entry: dict, message: str) -> None:
    cls = SpecKnob if entry["kind"] == "knob" else SpecSwitch
    with pytest.raises(PluginError) as e:
        read_record(cls, entry, "spec: params.cut", sep=".", name="cut")
    assert str(e.value) == message
