"""Plug-in instruments: the amsynth spec, its parameters reaching the plug-in,
determinism, no state leaks, the spec template, and every error message.

Needs amsynth (``apt-get install amsynth``); CI installs it, so these run there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
import yaml

from generators.model.config import config_from_meta, RenderConfig
from generators.model.declaration import Instrument, Knob, Switch
from generators.plugins.host import (LIMIT_KNEE, PluginError, PluginRenderer, check_determinism,
                               soft_limit)
from generators.plugins.spec import load_spec, spec_to_instrument
from generators.render.job import render_dataset
from generators.model.sampler import draw

ROOT = Path(__file__).resolve().parents[3]
AMSYNTH = Path("/usr/lib/vst/amsynth_vst.so")
SPEC = ROOT / "generators" / "plugins" / "specs" / "amsynth.yaml"
_amsynth_installed = pytest.mark.skipif(not AMSYNTH.exists(),
                                        reason="amsynth not installed (apt-get install amsynth)")


def needs_amsynth(test):
    """Hosts amsynth: marked ``plugins``, skipped where amsynth is not installed."""
    return pytest.mark.plugins(_amsynth_installed(test))

# amsynth's text for each label of the shipped spec's switches (its waveform
# numbers: osc 0 sine, 1 square/pulse, 2 saw/triangle; LFO 0 sine, 1 square,
# 2 triangle, 6 falling sawtooth)
PLUGIN_TEXT = {
    "osc1_wave": {"Sine": "0", "Pulse": "1", "Saw": "2"},
    "osc2_wave": {"Sine": "0", "Pulse": "1", "Saw": "2"},
    "lfo1_wave": {"Sine": "0", "Square": "1", "Triangle": "2", "Saw": "6"},
}


def read_rows(out: Path) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    for f in sorted(out.glob("data/*.parquet")):
        for row in pq.read_table(f).to_pylist():
            rows[row["id"]] = row
    return rows


def cli(module: str, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, **kw)


@pytest.fixture(scope="module")
def inst() -> Instrument:
    return load_spec(SPEC)


@pytest.fixture(scope="module")
def renderer(inst: Instrument) -> PluginRenderer:
    return PluginRenderer(inst)


def direct_render(inst: Instrument, values: dict[int, float], note: int) -> np.ndarray:
    """Render through DawDreamer alone: set plug-in parameters by index, play
    the note, render 1 + warmup_renders times, keep the last, first channel."""
    import dawdreamer as daw

    engine = daw.RenderEngine(inst.sample_rate, inst.source.block_size)
    synth = engine.make_plugin_processor("direct", str(AMSYNTH))
    engine.load_graph([(synth, [])])
    for index, value in values.items():
        synth.set_parameter(index, value)
    synth.add_midi_note(note, inst.velocity, 0.0, inst.note_length)
    for _ in range(1 + inst.source.warmup_renders):
        engine.render(inst.clip_length)
    return engine.get_audio()[0, : inst.n_samples]


# ------------------------------------------------------------------ the spec
@needs_amsynth
def test_spec_declares_noisemaker_like_instrument(inst: Instrument) -> None:
    assert inst.name == "amsynth"
    assert inst.sample_rate == 22050
    assert inst.note == 60
    assert [p.name for p in inst.switches] == ["osc1_wave", "osc2_wave", "lfo1_wave"]
    assert {"filter_cutoff", "filter_resonance", "lfo1_rate", "lfo1_amount", "osc_mix",
            "filter_attack", "filter_decay", "filter_sustain", "amp_attack", "amp_decay",
            "amp_sustain"} <= set(inst.names)
    assert inst.param("osc1_pulse_width").depends_on.values == ("Pulse", "Saw")
    assert inst.param("amp_attack").window == (0, 69)
    # every other amsynth parameter is fixed; none is both fixed and varied
    targets = {p.target for p in inst.params}
    assert len(inst.fixed) + len(inst.params) == 41
    assert not targets & set(inst.fixed)
    assert Instrument.from_dict(json.loads(inst.to_json())) == inst  # instrument.json round trip


@needs_amsynth
def test_switch_labels_are_the_plugins_discrete_values(inst: Instrument,
                                                       renderer: PluginRenderer) -> None:
    synth = renderer.synth
    for name, texts in PLUGIN_TEXT.items():
        p = inst.param(name)
        assert isinstance(p, Switch)
        assert list(p.labels) == list(texts)
        index = renderer.targets[name]
        for label, text in texts.items():
            synth.set_parameter(index, p.engine_value(label))
            assert synth.get_parameter_text(index) == text, (name, label)


@needs_amsynth
def test_settings_reach_the_plugin_parameters(inst: Instrument, renderer: PluginRenderer) -> None:
    settings = draw(inst, 5, 3).settings
    renderer.set_values(settings)
    for key, value in inst.engine_values(settings).items():
        index = renderer.targets[key]
        assert renderer.synth.get_parameter_name(index) == (
            inst.param(key).target if key in inst.names else key)
        assert renderer.synth.get_parameter(index) == pytest.approx(value, abs=1e-6)


@needs_amsynth
@pytest.mark.parametrize("name, label", [("filter_cutoff", 7.0), ("lfo1_rate", 9.0),
                                         ("osc1_wave", "Pulse")])
def test_spec_param_sounds_as_the_plugins_own_parameter(inst: Instrument, renderer: PluginRenderer,
                                                        name: str, label) -> None:
    """Setting a knob/switch through the spec gives the bytes DawDreamer gives
    when the plug-in's own parameter is set directly (and changes the sound)."""
    names = [renderer.synth.get_parameter_name(i) for i in range(41)]
    base = inst.default_settings() | {"osc_mix": 0.0}
    p = inst.param(name)
    direct = {names.index(k): v for k, v in inst.fixed.items()}
    for q in inst.params:
        direct[names.index(q.target)] = q.engine_value(base[q.name])
    direct[names.index(p.target)] = p.engine_value(label)
    want = direct_render(inst, direct, 60)
    got = renderer.render(base | {name: label})
    assert np.abs(want).max() < LIMIT_KNEE  # below the knee the limiter is the identity
    assert got.tobytes() == want.astype(np.float32).tobytes()
    assert not np.array_equal(got, renderer.render(base)), f"{name} = {label} changed nothing"


@needs_amsynth
def test_state_does_not_leak_between_renders(inst: Instrument, renderer: PluginRenderer) -> None:
    a, b = draw(inst, 1, 0), draw(inst, 1, 1)
    a1 = renderer.render(a.settings, 60)
    renderer.render(b.settings, 67)
    a2 = renderer.render(a.settings, 60)
    assert a1.tobytes() == a2.tobytes()
    assert check_determinism(renderer, n=6, seed=2, notes=(48, 72)) == []


@needs_amsynth
def test_without_warmup_amsynth_leaks_state(inst: Instrument) -> None:
    """Why warmup_renders exists: one render per clip is not history-free."""
    import dataclasses

    cold = dataclasses.replace(inst, source=dataclasses.replace(inst.source, warmup_renders=0))
    assert check_determinism(PluginRenderer(cold), n=6, seed=2) != []


@pytest.mark.slow
@needs_amsynth
def test_render_cli_spec_like_builtin(inst: Instrument, tmp_path: Path) -> None:
    """`--instrument spec.yaml`: same layout, card, resume, --ids, and
    determinism across workers and shard sizes as a built-in."""
    out = tmp_path / "ams"
    res = cli("generators.render", "--no-progress", "--instrument", str(SPEC), "--n", "12",
              "--seed", "3", "--shard-size", "4", "--workers", "2", "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in (out / "data").iterdir()) == [
        "test-00000-of-00001.parquet", "train-00000-of-00003.parquet",
        "train-00001-of-00003.parquet", "train-00002-of-00003.parquet"]
    meta = json.loads((out / "instrument.json").read_text())
    assert config_from_meta(meta).instrument == inst
    card = (out / "README.md").read_text()
    assert "`osc1_wave` | switch | Sine, Pulse, Saw" in card
    assert "## Plug-in" in card
    assert "| `lfo1_wave` | `lfo_waveform` | Sine = 0, Square = 0.166667" in card
    assert "| train | 0-8 | 9 | 3 |" in card
    rows = read_rows(out)
    assert sorted(rows) == list(range(12))
    assert rows[4]["osc2_wave"] in ("Sine", "Pulse", "Saw")
    # one worker, other shard size: the same bytes
    one = tmp_path / "one"
    render_dataset(RenderConfig(inst, n=12, seed=3, shard_size=5), one, workers=1, progress=False)
    assert read_rows(one) == rows
    # resume: a missing shard is rendered again, the others are not touched
    victim = out / "data" / "train-00001-of-00003.parquet"
    victim.unlink()
    mtimes = {p: p.stat().st_mtime_ns for p in (out / "data").iterdir()}
    res = cli("generators.render", "--no-progress", "--instrument", str(SPEC), "--n", "12",
              "--seed", "3", "--shard-size", "4", "--workers", "1", "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert all(p.stat().st_mtime_ns == t for p, t in mtimes.items())
    assert read_rows(out) == rows
    res = cli("generators.render", "--no-progress", "--instrument", str(SPEC), "--n", "12",
              "--seed", "3", "--shard-size", "4", "--ids", "6-7", "--out", str(out))
    assert res.returncode == 0, res.stderr
    again = pq.read_table(next((out / "rerender").glob("*.parquet"))).to_pylist()
    assert [r["id"] for r in again] == [6, 7]
    assert all(r == rows[r["id"]] for r in again)


# -------------------------------------------------------------- the template
@needs_amsynth
def test_plugin_spec_template_lists_every_parameter(tmp_path: Path) -> None:
    res = cli("generators.plugins.spec", str(AMSYNTH))
    assert res.returncode == 0, res.stderr
    spec = yaml.safe_load(res.stdout)  # stdout is only YAML (the plug-in prints to stderr)
    assert spec["plugin"] == str(AMSYNTH)
    assert len(spec["params"]) == 41 == len(spec["fixed"])
    assert all(0.0 <= v <= 1.0 for v in spec["fixed"].values())
    assert spec["fixed"]["master_vol"] == pytest.approx(0.67)
    assert spec["params"]["osc1_waveform"] == {
        "kind": "switch", "parameter": "osc1_waveform",
        "labels": {"0": 0, "1": 0.25, "2": 0.5, "3": 0.75, "4": 1}}
    assert spec["params"]["filter_cutoff"]["kind"] == "knob"
    assert '0 -> "0.25" .. 1 -> "64"' in res.stdout  # range as the plug-in shows it
    path = tmp_path / "all.yaml"
    path.write_text(res.stdout)
    everything = load_spec(path)  # loads as written: every parameter varied
    assert len(everything.params) == 41
    assert everything.fixed == {}
    assert everything.param("osc1_waveform").default == "2"  # from its current value
    # a user deletes params to fix them: they keep their `fixed` value
    del spec["params"]["osc1_waveform"]
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert load_spec(path).fixed == {"osc1_waveform": 0.5}


@needs_amsynth
def test_check_command_reports_the_shipped_spec() -> None:
    res = cli("generators.plugins.spec", "--check", str(SPEC), "--n", "4")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "ms/clip" in res.stdout
    assert "deterministic: 4 random patches" in res.stdout


# ------------------------------------------------------------------ errors
def write_spec(tmp_path: Path, **changes) -> Path:
    spec = yaml.safe_load(SPEC.read_text())
    for key, value in changes.items():
        spec[key] = value
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def params_with(name: str, **fields) -> dict:
    """The shipped spec's `params`, with entry ``name`` updated by ``fields``."""
    params = yaml.safe_load(SPEC.read_text())["params"]
    params[name] = params[name] | fields
    return params


def fixed_with(**values) -> dict:
    """The shipped spec's `fixed`, updated by ``values``."""
    return yaml.safe_load(SPEC.read_text())["fixed"] | values


@needs_amsynth
@pytest.mark.parametrize("change, message, via_cli", [
    ({"plugin": "/nonexistent/synth.so"}, "plug-in file /nonexistent/synth.so not found", True),
    ({"params": params_with("filter_cutoff", parameter="filter_cutof")},
     "has no parameter 'filter_cutof'; close names: filter_cutoff", True),
    ({"fixed": fixed_with(master_volume=0.5)},
     "no parameter 'master_volume'; close names: master_vol", False),
    ({"params": params_with("osc1_wave", labels={"Sine": 0.0, "Pulse": 1.5})},
     "params.osc1_wave.labels.Pulse: plug-in values must be in 0-1", True),
    ({"fixed": fixed_with(master_vol=0.0)}, "renders only silence for the base patch", True),
    ({"params": params_with("filter_cutoff", resolutoin=128)},
     "unknown key 'resolutoin' (did you mean 'resolution'?)", False),
    ({"params": params_with("osc1_wave", labels={True: 0.0, False: 1.0})},
     "quote labels such as", False),
    ({"params": params_with("lfo1_rate", parameter=99)},
     "parameter index 99 out of range (amsynth_vst.so has 41 parameters", False),
    ({"params": params_with("lfo1_rate", parameter="filter_cutoff")},
     "plug-in parameter 'filter_cutoff' (index 11) is already set by amsynth.filter_cutoff",
     False),
])
def test_spec_errors_are_one_line(tmp_path: Path, change: dict, message: str,
                                  via_cli: bool) -> None:
    path = write_spec(tmp_path, **change)
    with pytest.raises(PluginError) as e:
        load_spec(path)
    assert message in str(e.value)
    if via_cli:
        res = cli("generators.render", "--no-progress", "--instrument", str(path), "--n", "4",
                  "--out", str(tmp_path / "out"))
        assert res.returncode == 2
        assert message in res.stderr
        assert "Traceback" not in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1


def test_unloadable_plugin_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.so"
    fake.write_text("not a plug-in")
    with pytest.raises(PluginError, match=r"cannot load plug-in .*fake\.so"):
        load_spec(write_spec(tmp_path, plugin=str(fake)))


def test_label_values_outside_0_1_refused_without_the_plugin() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    spec["params"]["lfo1_wave"]["labels"]["Saw"] = -0.1
    with pytest.raises(PluginError, match=r"lfo1_wave.labels.Saw: plug-in values must be in 0-1"):
        spec_to_instrument(spec, "amsynth.yaml")


@needs_amsynth
def test_nan_base_patch_is_refused(inst: Instrument, monkeypatch) -> None:
    def nan(self, settings, note=None):
        return np.full((2, inst.n_samples), np.nan, np.float32)

    monkeypatch.setattr(PluginRenderer, "render_raw", nan)
    with pytest.raises(PluginError, match="renders NaN or inf for the base patch"):
        PluginRenderer(inst)


def test_soft_limit_never_clips_and_is_identity_below_knee() -> None:
    x = np.linspace(-3, 3, 6001, dtype=np.float32)
    y = soft_limit(x)
    quiet = np.abs(x) <= LIMIT_KNEE
    assert np.array_equal(y[quiet], x[quiet])
    assert np.all(np.abs(y) < 1.0)
    assert np.all(np.diff(y) >= 0)  # monotonic, bounded
    assert np.abs(soft_limit(np.array([-1e6, -40.0, 40.0, 1e6], dtype=np.float32))).max() < 1.0
    assert np.abs(y[~quiet]).min() > LIMIT_KNEE
    assert y.dtype == np.float32
    assert np.isnan(soft_limit(np.array([np.nan]))[0])


def test_spec_without_plugin_key_is_refused() -> None:
    with pytest.raises(PluginError, match=r"required: `plugin: PATH`"):
        spec_to_instrument({"params": {"a": {"kind": "knob", "default": 0.5}}}, "x.yaml")


def test_json_spec_equals_yaml_spec(tmp_path: Path) -> None:
    data = yaml.safe_load(SPEC.read_text())
    path = tmp_path / "amsynth.json"
    path.write_text(json.dumps(data))
    from generators.plugins.spec import read_spec

    assert spec_to_instrument(read_spec(path), "a") == spec_to_instrument(data, "a")
    knob = spec_to_instrument(data, "a").param("filter_attack")
    assert isinstance(knob, Knob)
    assert knob.target == "filter_attack"
    assert knob.steps == (0, 69)
