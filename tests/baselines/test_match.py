"""Saved models, baselines.match on user audio files, and search at inference time."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from baselines import match as match_cli
from baselines.run import run
from baselines.saved import MANIFEST, ModelError, load_model, model_input
from benchmark.errors import run_cli
from benchmark.features import load_features
from benchmark.metrics import AudioDistances
from benchmark.resynth import RenderPool
from benchmark.predictions import load_predictions
from benchmark.task import load_task
from generators.core.atomic import MARKER
from generators.core.audio import stored_clip


AMSYNTH = Path("/usr/lib/vst/amsynth_vst.so")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def nm(tiny_noisemaker) -> Path:
    return tiny_noisemaker[1]


def user_wav(path: Path, clip: np.ndarray, sr: int = 22050, lead_s: float = 0.05) -> Path:
    """``clip`` as a 44.1 kHz stereo 24-bit WAV with ``lead_s`` of silence before it."""
    import soxr

    y = soxr.resample(clip.astype(np.float64), sr, 44100)
    y = np.concatenate([np.zeros(int(lead_s * 44100)), y])
    sf.write(str(path), np.stack([y, 0.8 * y], 1), 44100, subtype="PCM_24")
    return path


# ------------------------------------------------------------------ saved models
@pytest.mark.parametrize("model,features", [("mlp", "mel"), ("knn", "mfcc"), ("lstm", "cqt")])
def test_saved_model_predicts_what_the_run_predicted(nm: Path, saved: Path, tmp_path: Path,
                                                     model: str, features: str) -> None:
    if model == "mlp":  # the module's saved model: its run is beside it
        folder, run_dir = saved, saved.parent / "run"
    else:
        folder, run_dir = tmp_path / "model", tmp_path / "run"
        run(str(nm), model, features, run_dir, fast_mode=True, resynth_limit=0, progress=False,
            save=folder)
    doc = json.loads((folder / MANIFEST).read_text())
    assert doc["features"] == features
    assert doc["weights"] == ("model.skops" if model == "knn" else "model.ckpt")
    assert doc["instrument"]["name"] == "noisemaker"
    assert len(doc["instrument_fingerprint"]) == 64
    m = load_model(folder)
    task = load_task(nm)
    fs = load_features(task, m.settings, kinds=("mfcc", "logmel", "cqt"), progress=False)
    test = task.split_ids("test")
    arrays = {kind: fs.get(kind) for kind in ("mfcc", "logmel", "cqt")}
    knobs, switches = m.predict_arrays(model_input(arrays, m.features)[test])
    cols = m.layout.decode(knobs, switches)
    preds = load_predictions(task, run_dir / "predictions.parquet")
    for name in task.knobs:
        np.testing.assert_allclose(cols[name], preds.values[name], rtol=0, atol=1e-5)
    for name in task.switches:
        assert list(cols[name]) == list(preds.values[name])
    # from the audio (features computed here) the same settings come out
    from_audio = m.predict(task.audio(test))
    assert [r["osc1_wave"] for r in from_audio] == list(cols["osc1_wave"])


def test_a_model_the_installed_software_does_not_reproduce_is_refused(saved: Path,
                                                                       tmp_path: Path) -> None:
    import shutil

    for key, said in (("instrument_fingerprint", "retrain it"),
                      ("feature_fingerprint", "feature fingerprint")):
        bad = tmp_path / key
        shutil.copytree(saved, bad)
        doc = json.loads((bad / MANIFEST).read_text())
        doc[key] = "0" * 64
        (bad / MANIFEST).write_text(json.dumps(doc))
        with pytest.raises(ModelError, match=said):
            load_model(bad)
    with pytest.raises(ModelError, match="not a saved model"):
        load_model(tmp_path)


# ---------------------------------------------------------------------- match
def test_match_a_44k_stereo_24bit_wav(nm: Path, saved: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture) -> None:
    task = load_task(nm)
    i = int(task.split_ids("test")[0])
    wav = user_wav(tmp_path / "my sound.wav", task.audio([i])[0])
    out = tmp_path / "out"
    assert run_cli(match_cli.main, [str(wav), "--model", str(saved), "--out", str(out),
                                    "--no-progress"]) == 0
    folder = out / "my sound"
    assert sorted(p.name for p in folder.iterdir()) == [MARKER, "compare.png", "match.wav",
                                                        "patch.json"]
    patch = json.loads((folder / "patch.json").read_text())
    assert set(patch["settings"]) == set(task.targets)
    assert patch["input_audio"]["sample_rate"] == 44100
    assert patch["input_audio"]["channels"] == 2
    assert abs(patch["input_audio"]["onset_s"] - 0.05) < 0.01  # the leading silence trimmed
    assert patch["search"]["budget"] == 0
    assert patch["model"]["name"] == "mlp-mel"
    audio, sr = sf.read(str(folder / "match.wav"))
    info = sf.info(str(folder / "match.wav"))
    assert sr == 22050
    assert audio.ndim == 1
    assert len(audio) == round(patch["clip_length_s"] * 22050)  # the note's length + release
    assert patch["note"] == 60 and patch["pitched"] is True
    assert patch["note_length_s"] == pytest.approx(task.instrument.note_length, abs=0.03)
    assert info.subtype == "PCM_16"
    assert (folder / "compare.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the recorded distance is the metric between the prepared input and match.wav
    prep = match_cli.prepare(wav, task.instrument)
    target = match_cli.played_target(prep, 22050, patch["clip_length_s"])
    d = AudioDistances(22050)(target[None], audio[None].astype(np.float32))
    assert patch["logmel_l1_db"] == pytest.approx(float(d["logmel_l1_db"][0]), abs=1e-3)
    # the prepared input is the clip itself (resampled twice, 0.9 x the level, trimmed at the
    # onset): far closer to it than the tiny model's match
    back = float(AudioDistances(22050)(task.audio([i]), prep.clip[None])["logmel_l1_db"][0])
    assert back < 2.0
    assert back < patch["logmel_l1_db"] / 2


def test_bad_inputs_get_one_line_each_and_the_rest_is_matched(
        nm: Path, saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    task = load_task(nm)
    good = user_wav(tmp_path / "good.wav", task.audio([int(task.split_ids("test")[1])])[0])
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    text = tmp_path / "text.flac"
    text.write_text("not audio")
    silent = tmp_path / "silent.wav"
    sf.write(str(silent), np.zeros(44100), 44100)
    short = tmp_path / "short.wav"
    sf.write(str(short), 0.5 * np.ones(441), 44100)
    missing = tmp_path / "missing.wav"
    capsys.readouterr()
    code = run_cli(match_cli.main, [str(p) for p in (empty, good, text, silent, short, missing)]
                   + ["--model", str(saved), "--out", str(tmp_path / "out"), "--no-progress"])
    assert code == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 5
    assert all(line.startswith("error: ") for line in err)
    for path, said in ((empty, "empty file"), (text, "not a readable audio file"), (silent, "silent"),
                       (short, "too short"), (missing, "no such file")):
        assert any(str(path) in line and said in line for line in err), (path, err)
    assert (tmp_path / "out" / "good" / "patch.json").exists()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good"]


def test_a_model_for_another_instrument_is_refused(saved: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    wav = tmp_path / "x.wav"
    sf.write(str(wav), 0.5 * np.sin(np.arange(22050) / 10.0), 22050)
    code = run_cli(match_cli.main, [str(wav), "--model", str(saved), "--out", str(tmp_path / "o"),
                                    "--instrument", "moog"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1
    assert "for instrument noisemaker, not moog" in err[0]
    assert not (tmp_path / "o" / "x").exists()


# --------------------------------------------------------------------- search
def test_search_lowers_the_distance_within_the_budget(nm: Path) -> None:
    from baselines.search import search

    task = load_task(nm)
    ids = task.split_ids("test")[:2]
    start = [task.instrument.default_settings() for _ in ids]
    with RenderPool(task.instrument, 2) as pool:
        found = search(task.instrument, task.audio(ids), start, [int(task.midi_notes[i]) for i in ids],
                       40, pool, seed=0)
    for f in found:
        assert f.renders == 40
        assert f.distance <= f.initial_distance
    assert sum(f.distance for f in found) < 0.8 * sum(f.initial_distance for f in found)
    # the reported distance is that of the settings returned
    dist = AudioDistances(task.sample_rate)
    from generators.sources.renderers import make_renderer

    r = make_renderer(task.instrument)
    clip = stored_clip(r.render(found[0].settings, int(task.midi_notes[ids[0]])))
    d = dist(task.audio(ids[:1]), clip[None])["logmel_l1_db"][0]
    assert found[0].distance == pytest.approx(float(d), abs=1e-4)


def test_search_as_a_baseline_records_its_render_budget(nm: Path, saved: Path,
                                                         tmp_path: Path) -> None:
    res = run(str(nm), "search", "mel", tmp_path / "s", resynth_limit=3, progress=False,
              init=str(saved), budget=12, search_limit=3, workers=1)
    assert res["render_budget"] == 12
    assert res["model"]["name"] == "search12-mlp-mel"
    s = res["model"]["details"]["search"]
    assert s["n_searched"] == 3
    assert s["logmel_l1_db_after"] <= s["logmel_l1_db_before"]
    # the audio metric of the searched clips is the search's distance
    assert res["audio"]["metrics"]["logmel_l1_db"] == pytest.approx(s["logmel_l1_db_after"],
                                                                     abs=1e-4)
    plain = run(str(nm), "search", "mel", tmp_path / "p", resynth_limit=0, progress=False,
                init=str(saved), budget=1, search_limit=0, workers=1)
    assert plain["render_budget"] == 1
    with pytest.raises(Exception, match="needs --budget"):
        run(str(nm), "search", "mel", tmp_path / "x", init="mlp", progress=False)


def match_own_clip(inst, tmp_path: Path, model: str, name: str, n: int = 30,
                   shard_size: int = 15) -> Path:
    """Render ``n`` clips of ``inst`` (seed 2), train ``model`` on Mel (fast) and save it,
    then match the first test clip, written as the user's ``<name>.wav``: the result folder."""
    from generators.model.config import RenderConfig
    from generators.render.job import render_dataset

    data = tmp_path / "data"
    render_dataset(RenderConfig(inst, n=n, seed=2, shard_size=shard_size), data, workers=1,
                   progress=False)
    run(str(data), model, "mel", tmp_path / "run", fast_mode=True, resynth_limit=0,
        progress=False, save=tmp_path / "model")
    task = load_task(data)
    wav = user_wav(tmp_path / f"{name}.wav", task.audio([int(task.split_ids("test")[0])])[0])
    assert run_cli(match_cli.main, [str(wav), "--model", str(tmp_path / "model"), "--out",
                                    str(tmp_path / "out"), "--no-progress"]) == 0
    return tmp_path / "out" / name


# -------------------------------------------------------------------- amsynth
@pytest.mark.plugins
@pytest.mark.skipif(not AMSYNTH.exists(), reason="amsynth not installed (apt-get install amsynth)")
def test_amsynth_bank_parses_back_and_re_renders_the_match(tmp_path: Path) -> None:
    from generators.plugins.host import PluginRenderer
    from generators.plugins.spec import load_spec
    from generators.model.preset_files import parse_amsynth_bank, render_amsynth_preset

    inst = load_spec(ROOT / "generators" / "plugins" / "specs" / "amsynth.yaml")
    folder = match_own_clip(inst, tmp_path, "knn", "lead")
    bank = (folder / "lead.amSynth.bank").read_text()
    assert (folder / "preset.fxb").read_bytes()[:4] == b"CcnK"
    [(name, values)] = parse_amsynth_bank(bank)
    assert name == "lead"
    assert len(values) == 41  # every amsynth parameter
    assert bank.startswith("amSynth\n<preset> <name> lead\n")
    assert bank.endswith("\nEOF\n")
    # amsynth's own banks read with the same parser: the same format
    for b in sorted(Path("/usr/share/amsynth/banks").glob("*.bank"))[:2]:
        presets = parse_amsynth_bank(b.read_text())
        assert len(presets) == 128
        assert set(presets[0][1]) <= set(values)
    # the bank's values, set on the plug-in, play match.wav again (at the note and lengths
    # the match measured: the declaration's note_length and clip_length replaced)
    patch = json.loads((folder / "patch.json").read_text())
    renderer = PluginRenderer(dataclasses.replace(inst, note_length=patch["note_length_s"],
                                                  clip_length=patch["clip_length_s"]))
    again = stored_clip(render_amsynth_preset(renderer, bank, patch["note"]))
    matched, _ = sf.read(str(folder / "match.wav"), dtype="float32")
    assert len(matched) == round(patch["clip_length_s"] * inst.sample_rate)
    assert np.abs(again - matched).max() <= 2 / 32768
    assert patch["presets"] == ["preset.fxb", "lead.amSynth.bank"]


# ---------------------------------------------------------------------- vital
@pytest.mark.slow
def test_vital_match_writes_a_patch_vital_that_plays_match_wav(tmp_path: Path) -> None:
    """A Vital model's match writes ``patch.vital``; loaded back through a fresh ``vita``
    synth, it plays ``match.wav`` again."""
    pytest.importorskip("vita", reason='needs the synths extra: pip install -e ".[synths]"')
    from generators.instruments import get_instrument
    from generators.sources.renderers import make_renderer

    inst = get_instrument("vital")
    folder = match_own_clip(inst, tmp_path, "knn", "pad", n=20, shard_size=20)
    patch = json.loads((folder / "patch.json").read_text())
    assert patch["presets"] == ["patch.vital"]
    # played as the match was (its note and length); the renderer plays files in a forked
    # child, as vita must not render in this process (tests/generators/synths/test_vital.py)
    played = dataclasses.replace(inst, note_length=patch["note_length_s"],
                                 clip_length=patch["clip_length_s"])
    again = stored_clip(make_renderer(played).render_file(folder / "patch.vital", patch["note"]))
    matched, _ = sf.read(str(folder / "match.wav"), dtype="float32")
    assert np.abs(again - matched).max() <= 2 / 32768


# -------------------------------------------------------------------- dexed
@pytest.mark.slow
def test_dexed_match_writes_syx_files_that_play_the_match(tmp_path: Path) -> None:
    """A Dexed model's match: ``patch.syx`` and the 32-voice bank, loaded back through
    ``dexed-py``, render ``match.wav`` again."""
    dexed = pytest.importorskip("dexed", reason='needs dexed-py: pip install -e ".[synths]"')
    from generators.instruments import get_instrument
    from generators.model import dx7
    from generators.sources.renderers import make_renderer

    inst = get_instrument("dexed")
    folder = match_own_clip(inst, tmp_path, "naive", "bell")
    patch = json.loads((folder / "patch.json").read_text())
    assert patch["presets"] == ["patch.syx", "bell-bank.syx"]
    matched, _ = sf.read(str(folder / "match.wav"), dtype="float32")
    renderer = make_renderer(inst)
    synth = dexed.DexedSynth(inst.sample_rate)
    voice = dx7.read_voice_sysex((folder / "patch.syx").read_bytes())
    for p in (dexed.Patch.from_sysex(voice + b"\x3f"),
              dexed.Patch.load_bank(str(folder / "bell-bank.syx"))[0]):
        synth.load_patch(p)
        # played as the match was: the input's note and length (patch.json)
        raw = synth.render(patch["note"], inst.velocity, patch["note_length_s"], patch["clip_length_s"])
        again = stored_clip(renderer.output(raw[:len(matched)]))
        assert len(again) == len(matched) and np.abs(again - matched).max() <= 2 / 32768
    assert dx7.voice_name(voice) == "BELL"
