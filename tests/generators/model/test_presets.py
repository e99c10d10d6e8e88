"""Human presets: the amsynth bank reader, the preset test split (its
``preset`` column, fingerprint and card) and the amsynth-presets-v1 benchmark."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from generators.model.config import config_from_meta, RenderConfig
from generators.model.declaration import Instrument
from generators.core.errors import DatasetError
from generators.dataset.fingerprint import fingerprint, read_meta
from generators.benchmarks import BENCHMARKS
from generators.plugins.spec import load_spec
from generators.model.presets import (AMSYNTH_BANKS, AMSYNTH_PARAMETERS, HEXTER_BANKS, PresetSetError,
                                      PresetSet, label_shift, preset_labels, preset_rows, read_bank,
                                      read_banks)
from generators.render.job import render_dataset
from generators.sources.resolve import resolve_instrument
from generators.model.sampler import draw

ROOT = Path(__file__).resolve().parents[3]
AMSYNTH = Path("/usr/lib/vst/amsynth_vst.so")
_amsynth_installed = pytest.mark.skipif(
    not AMSYNTH.exists() or not Path(AMSYNTH_BANKS).is_dir(),
    reason="amsynth not installed (apt-get install amsynth)")


def needs_amsynth(test):
    """Hosts amsynth: marked ``plugins``, skipped where amsynth is not installed."""
    return pytest.mark.plugins(_amsynth_installed(test))


needs_hexter = pytest.mark.skipif(not Path(HEXTER_BANKS).is_dir(),
                                  reason="hexter not installed (apt-get install hexter)")


FULL = ROOT / "generators" / "plugins" / "specs" / "amsynth-full.yaml"

BANK = """amSynth
<preset> <name> Warm Pad
<parameter> amp_attack 0.5
<parameter> osc1_waveform 1
<parameter> osc2_pitch 7.4
<parameter> filter_cutoff 9
<parameter> unused 3
<preset> <name> Warm Pad
<parameter> amp_attack 0.5
<parameter> osc1_waveform 1
<parameter> osc2_pitch 7
<parameter> filter_cutoff 1.5
<preset> <name> Other
<parameter> osc2_sync 1
<parameter> amp_vel_sens 0
<preset> <name> Other
<parameter> osc2_sync 1
<parameter> amp_mod_amount -0.9
EOF
"""


@pytest.fixture(scope="module")
def full() -> Instrument:
    return load_spec(FULL, check=False)


@pytest.fixture()
def bank_dir(tmp_path: Path) -> Path:
    (tmp_path / "Mine.amSynth.bank").write_text(BANK)
    return tmp_path


def test_read_bank_fills_defaults_clamps_and_rounds(bank_dir: Path) -> None:
    presets = read_bank(bank_dir / "Mine.amSynth.bank")
    assert [p.key for p in presets] == ["Mine/Warm Pad", "Mine/Warm Pad", "Mine/Other", "Mine/Other"]
    first = presets[0].values
    assert set(first) == set(AMSYNTH_PARAMETERS)
    assert first["amp_attack"] == 0.5
    assert first["osc1_waveform"] == 1.0
    assert first["osc2_pitch"] == 7.0          # rounded to its step (1 semitone)
    assert first["filter_cutoff"] == 1.5       # clamped to its max
    assert first["amp_sustain"] == 1.0         # not listed: amsynth's default
    norm = presets[0].normalised()
    assert norm["amp_attack"] == pytest.approx(0.2)
    assert norm["filter_cutoff"] == 1.0
    assert norm["osc2_pitch"] == pytest.approx(19 / 24)


def test_preset_rows_drop_duplicates_and_count(bank_dir: Path, full: Instrument) -> None:
    rows = preset_rows(full, bank_dir)
    # presets 1 and 2 are equal once read (pitch rounded, cutoff clamped);
    # 3 and 4 differ in amp_mod_amount (4 keeps its name with " #2")
    assert rows.read == 4
    assert rows.distinct_values == 3
    assert [k for k, _ in rows.rows] == ["Mine/Warm Pad", "Mine/Other", "Mine/Other #2"]
    assert rows.duplicates == 1
    assert rows.renamed == 1
    assert rows.dropped == {}
    labels = dict(rows.rows)["Mine/Warm Pad"]
    assert labels["osc1_waveform"] == "Pulse"
    assert labels["osc2_sync"] == "off"
    assert labels["filter_cutoff"] == 10.0
    assert labels["amp_attack"] == pytest.approx(10 * round(0.2 * 127) / 127, abs=1e-5)
    assert dict(rows.rows)["Mine/Other"]["osc2_sync"] == "on"
    assert "4 presets read, 3 distinct parameter sets; 3 kept" in rows.summary()


def test_preset_rows_drop_presets_changing_a_fixed_setting(bank_dir: Path) -> None:
    # the older spec fixes sync off, LFO-to-amp at -1 (none) and the filter
    # envelope amount; amp_vel_sens is ignored (inaudible at velocity 127)
    old = load_spec(ROOT / "generators" / "plugins" / "specs" / "amsynth.yaml", check=False)
    rows = preset_rows(old, bank_dir)
    assert rows.rows == ()
    assert sum(rows.dropped.values()) == 4
    assert "amp_mod_amount" in rows.dropped or "osc2_sync" in rows.dropped


@pytest.mark.parametrize("text, message", [
    ("amsynth?\n", "not an amsynth bank"),
    ("amSynth\n<parameter> amp_attack 1\n", "parameter before the first <preset>"),
    ("amSynth\n<preset> <name> x\n<parameter> amp_atack 1\n", "unknown amsynth parameter 'amp_atack'"),
    ("amSynth\n<preset> <name> x\n<parameter> amp_attack fast\n", "is not a number"),
    ("amSynth\n<preset> <name> x\nhello\n", "line 3: unexpected line"),
])
def test_bad_banks_are_refused(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "b.bank").write_text(text)
    with pytest.raises(PresetSetError, match=message):
        read_banks(tmp_path)


def test_missing_or_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PresetSetError, match="no \\*.bank files"):
        read_banks(tmp_path)
    with pytest.raises(PresetSetError, match="not found"):
        read_banks(tmp_path / "nope")


@needs_amsynth
def test_debian_banks_counts(full: Instrument) -> None:
    presets = read_banks()
    assert len(presets) == 3482
    assert len({p.bank for p in presets}) == 28
    assert len({tuple(sorted(p.values.items())) for p in presets}) == 3303
    assert sum(p.name == "YouPickWhich" for p in presets) == 59
    assert sum(p.values["osc2_sync"] > 0 for p in presets) == 829
    assert sum(p.values["lfo_waveform"] >= 3 for p in presets) == 477
    rows = preset_rows(full)
    # 179 exact repeats, and 6 sets that differ only in settings a single
    # middle C at velocity 127 does not reveal (AMSYNTH_INAUDIBLE)
    assert len(rows.rows) == 3297
    assert rows.duplicates == 185
    assert rows.dropped == {}
    assert len({k for k, _ in rows.rows}) == len(rows.rows)


@needs_amsynth
def test_linear_parameters_reach_amsynth_in_its_units(full: Instrument) -> None:
    """A preset's labels make amsynth show the preset's own values (its
    parameter text) for parameters with a linear law: min and max are right."""
    from generators.plugins.host import PluginRenderer, captured_output

    with captured_output():
        r = PluginRenderer(full, check=False)
    linear = ("amp_sustain", "filter_sustain", "filter_resonance", "filter_env_amount", "osc_mix",
              "osc1_pulsewidth", "reverb_wet", "distortion_crunch", "osc2_pitch")
    for p in read_banks()[::400]:
        r.set_values(preset_labels(full, p))
        for name in linear:
            _, lo, hi, _ = AMSYNTH_PARAMETERS[name]
            shown = float(r.synth.get_parameter_text(r.targets[name]))
            assert shown == pytest.approx(p.values[name], abs=(hi - lo) / 127 * 0.51 + 1e-3), name


@needs_amsynth
def test_tiny_preset_benchmark_render(tmp_path: Path) -> None:
    inst = resolve_instrument("amsynth-full")
    presets = PresetSet.read(inst, limit=3)
    config = RenderConfig(inst, n=7, seed=2, shard_size=3, train=4, presets=presets)
    out = tmp_path / "presets"
    stats = render_dataset(config, out, workers=1, progress=False)
    assert set(stats["silent_fraction_by_split"]) == {"train", "test"}
    rows = {}
    for f in sorted(out.glob("data/*.parquet")):
        for row in pq.read_table(f).to_pylist():
            rows[row["id"]] = row
    assert sorted(rows) == list(range(7))
    assert [rows[i]["preset"] for i in range(4)] == [None] * 4
    assert [rows[i]["preset"] for i in range(4, 7)] == [k for k, _ in presets.rows(inst)]
    for i in range(4, 7):
        labels = presets.rows(inst)[i - 4][1]
        assert {k: rows[i][k] for k in labels} == pytest.approx(labels)
        assert rows[i]["note"] == inst.note
    for i in range(4):
        assert rows[i]["osc1_waveform"] == draw(inst, 2, i).settings["osc1_waveform"]
    meta = read_meta(out)
    assert meta["render"]["presets"]["count"] == 3
    assert meta["render"]["n_train"] == 4
    again = config_from_meta(meta)
    assert again.n_train == 4
    assert again.presets == presets
    assert fingerprint(again) == meta["fingerprint"]
    assert again.presets.rows(inst) == presets.rows(inst)   # read again from the banks
    card = (out / "README.md").read_text()
    assert "## Human presets (the test split)" in card
    assert "| test (human) | 3 |" in card
    assert "name: preset" in card   # the feature in the YAML header
    from benchmark.task import load_task

    task = load_task(out)
    assert list(task.split_ids("test")) == [4, 5, 6]


def test_preset_set_digest_is_checked(full: Instrument, bank_dir: Path) -> None:
    presets = PresetSet.read(full, folder=bank_dir)
    record = PresetSet.from_dict(json.loads(json.dumps(presets.to_dict())))
    assert record.rows(full) == presets.rows(full)
    (bank_dir / "Mine.amSynth.bank").write_text(BANK.replace("amp_mod_amount -0.9",
                                                             "amp_mod_amount -0.5"))
    with pytest.raises(PresetSetError, match="not those this dataset was made of"):
        PresetSet.from_dict(presets.to_dict()).rows(full)


def test_config_refuses_a_test_split_of_another_size(full: Instrument, bank_dir: Path) -> None:
    presets = PresetSet.read(full, folder=bank_dir)
    with pytest.raises(DatasetError, match="3 presets for a test split of 2 samples"):
        RenderConfig(full, n=6, train=4, presets=presets)


def test_label_shift(full: Instrument) -> None:
    rand = [draw(full, 0, i).settings for i in range(200)]
    assert all(r["distance"] == 0 for r in label_shift(full, rand, rand))
    human = [dict(s, osc1_waveform="Saw", amp_attack=0.0) for s in rand]
    shift = {r["name"]: r for r in label_shift(full, rand, human)}
    assert shift["osc1_waveform"]["human_top"] == "Saw"
    assert shift["osc1_waveform"]["human_top_share"] == 1.0
    assert 0.7 < shift["osc1_waveform"]["distance"] < 0.9      # 4 of 5 labels emptied
    assert shift["amp_attack"]["distance"] > 0.85
    assert shift["amp_attack"]["human_mean"] == 0.0


@needs_amsynth
def test_preset_benchmarks_share_their_train_split() -> None:
    human, control = BENCHMARKS["amsynth-presets-v1"], BENCHMARKS["amsynth-random-v1"]
    a, b = human.config(), control.config()
    assert a.n_train == b.n_train == 10_000
    assert a.n == b.n == 10_000 + 3297
    assert a.presets is not None
    assert a.presets.count == 3297
    assert b.presets is None
    assert a.sample(17)[0] == b.sample(17)[0]
    assert a.sample(17)[1] is None
    assert a.sample(10_000)[1] == "BriansBank01/basic11"
    assert b.sample(10_000)[1] is None
    assert human.fingerprint() != control.fingerprint()


def _fake_results(bench: str, mae: float, acc: float, inst: Instrument, n: int,
                  n_test: int) -> dict:
    params = {p.name: ({"kind": "knob", "mae": mae, "accuracy": None, "n": n_test}
                       if p.kind == "knob" else
                       {"kind": "switch", "mae": None, "accuracy": acc, "n": n_test})
              for p in inst.params}
    return {"model": {"name": "mlp-mfcc"}, "dataset": {"benchmark": bench, "n": n,
                                                        "n_scored": n_test},
            "aggregates": {"knob_mae_mean": mae, "switch_accuracy_mean": acc},
            "audio": {"metrics": {"logmel_l1_db": 3.0 + mae}}, "parameters": params}


def test_gap_pairs_come_from_the_registry() -> None:
    """Each human benchmark is paired with its control (same instrument, n, seed,
    reader; test presets vs random), one pair per synth, markers by synth."""
    from baselines.presets_gap import gap_pairs

    pairs = gap_pairs()
    assert {k: (p.human.name, p.random.name) for k, p in pairs.items()} == {
        "amsynth": ("amsynth-presets-v1", "amsynth-random-v1"),
        "dexed": ("dexed-presets-v1", "dexed-random-v1")}
    assert pairs["dexed"].begin == "<!-- dexed-presets -->"
    assert pairs["dexed"].end == "<!-- /dexed-presets -->"
    other = {b.name: b for b in (BENCHMARKS["dexed-presets-v1"],
                                 dataclasses.replace(BENCHMARKS["dexed-random-v1"], seed=1))}
    assert gap_pairs(other) == {}


def _tiny_gap(tmp_path: Path, synth: str):
    """A pair of 7-clip datasets like ``synth``'s (4 train, 3 test: human presets
    of its reader / random patches) with fake results: ``(pair, results, folders)``."""
    from baselines.presets_gap import gap_pairs

    pair = gap_pairs()[synth]
    inst = resolve_instrument(pair.human.instrument)
    presets = PresetSet.read(inst, pair.human.presets, limit=3)
    folders = {}
    for bench, ps in ((pair.human.name, presets), (pair.random.name, None)):
        folders[bench] = tmp_path / bench
        render_dataset(RenderConfig(inst, n=7, seed=2, shard_size=4, train=4, presets=ps),
                       folders[bench], workers=1, progress=False)
    results = {pair.human.name: [_fake_results(pair.human.name, 2.0, 0.5, inst, 7, 3)],
               pair.random.name: [_fake_results(pair.random.name, 1.5, 0.7, inst, 7, 3)]}
    return pair, results, folders


@needs_amsynth
def test_presets_gap_section(tmp_path: Path) -> None:
    """The RESULTS.md section: gap table, silent shares, per-parameter shift,
    both figures, and replacing the marked section in place."""
    from baselines.presets_gap import section, write_section

    pair, results, folders = _tiny_gap(tmp_path, "amsynth")
    human = pair.human.name
    out = tmp_path / "RESULTS.md"
    out.write_text("# Baseline results\n\nother sections\n")
    text = section(pair, results, folders, tmp_path / "figures", out)
    assert "| mlp-mfcc | 0.700 | 0.500 | -0.200 | 1.500 | 2.000 | +0.500 | 4.50 | 5.00 | +0.50 |" \
        in text
    assert "in knob MAE: 1 of 1" in text
    assert "| test, human presets (amsynth-presets-v1) | 3 |" in text
    assert "random patches of `amsynth-full` (every parameter a single note reveals, " \
        "`generators/plugins/specs/amsynth-full.yaml`); `amsynth-presets-v1` tests on the " \
        "distinct human presets of Debian's amsynth banks" in text
    assert "Produced by `python -m baselines.presets_gap`;" in text
    assert "parameters with the largest distance" not in text  # 34 fit in the figure
    assert (tmp_path / "figures" / f"{human}-shift.png").stat().st_size > 10_000
    assert (tmp_path / "figures" / f"{human}-gap.png").stat().st_size > 5_000
    write_section(out, text, pair)
    write_section(out, text.replace("0.700", "0.800"), pair)
    final = out.read_text()
    assert final.count(pair.begin) == 1
    assert final.count(pair.end) == 1
    assert "other sections" in final
    assert "0.800" in final
    assert "| mlp-mfcc | 0.700" not in final


@needs_hexter
def test_presets_gap_section_dexed(tmp_path: Path) -> None:
    """The dexed pair gets its own words, markers and figures, a shift figure of the
    36 of 150 parameters with the largest distance, and a section next to amsynth's."""
    pytest.importorskip("dexed", reason='needs dexed-py: pip install -e ".[synths]"')
    from baselines.presets_gap import SHIFT_PANELS, gap_pairs, section, write_section

    pair, results, folders = _tiny_gap(tmp_path, "dexed")
    out = tmp_path / "RESULTS.md"
    amsynth = gap_pairs()["amsynth"]
    out.write_text(f"# Baseline results\n\n{amsynth.begin}\namsynth text\n{amsynth.end}\n")
    text = section(pair, results, folders, tmp_path / "figures", out)
    assert text.startswith("<!-- dexed-presets -->\n## dexed-presets-v1: human presets")
    assert text.endswith("<!-- /dexed-presets -->")
    assert "10,000 random patches of `dexed` (the whole DX7 voice, " \
        "`generators/instruments/dexed.py`); `dexed-presets-v1` tests on the distinct human " \
        "DX7 ROM voices of Debian's hexter, `dexed-random-v1` on as many" in text
    assert "Produced by `python -m baselines.presets_gap --synth dexed`;" in text
    assert "| test, human presets (dexed-presets-v1) | 3 |" in text
    assert "amsynth" not in text
    assert f"The figure shows the {SHIFT_PANELS} of 150 parameters with the largest " \
        "distance." in text
    assert text.count("| `") == 150  # every parameter in the table
    png = tmp_path / "figures" / "dexed-presets-v1-shift.png"
    assert png.stat().st_size > 10_000
    assert (tmp_path / "figures" / "dexed-presets-v1-gap.png").stat().st_size > 5_000
    write_section(out, text, pair)
    final = out.read_text()
    assert "amsynth text" in final and final.count("<!-- dexed-presets -->") == 1
