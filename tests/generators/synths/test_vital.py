"""The vital engine (``generators/synths/vital.py``): ``.vital`` round trip, isolation
between clips, determinism of datasets, and bad input (missing extra, malformed patch)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

vita = pytest.importorskip("vita", reason='needs the synths extra: pip install -e ".[synths]"')

from generators.instruments import get_instrument  # noqa: E402
from generators.model.config import RenderConfig  # noqa: E402
from generators.model.sampler import draw  # noqa: E402
from generators.plugins.host import output_stage  # noqa: E402
from generators.render.job import render_dataset, render_ids  # noqa: E402
from generators.synths.vital import Renderer, VitalError  # noqa: E402

from tests.sound import random_patch  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
INST = get_instrument("vital")
# patches whose sound depends on the engine's history when rendered in one instance:
# effect buffers and the chorus/flanger/phaser LFOs run on between renders
STATEFUL: list[dict[str, float | str]] = [
    {"chorus_on": "on", "chorus_dry_wet": 10.0},
    {"flanger_on": "on", "flanger_dry_wet": 10.0},
    {"delay_on": "on", "delay_dry_wet": 8.0, "reverb_on": "on", "reverb_dry_wet": 8.0},
    {"phaser_on": "on", "lfo_1_destination": "osc_1_wave_frame", "lfo_1_depth": 9.0},
]


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(INST)


def patches() -> list[dict[str, float | str]]:
    return [random_patch(INST, 30 + k) | s for k, s in enumerate(STATEFUL)]


def a_b_a(render, todo: list[dict]) -> list[int]:
    """Indices of patches whose clip differs between passes A, B (reversed), A."""
    a = [render(p) for p in todo]
    b = [render(p) for p in reversed(todo)][::-1]
    a2 = [render(p) for p in todo]
    return [i for i in range(len(todo)) if not (np.array_equal(a[i], b[i]) and np.array_equal(a[i], a2[i]))]


def in_child(fn, *args):
    """``fn(*args)`` (a module-level function) run in a forked child, its result returned.
    After vita renders in a process, a later DawDreamer Faust compile in that process
    aborts (both bundle JUCE); the renderer itself only ever renders in forked children,
    and tests that render in-process must do the same, since pytest runs every test file
    in one process."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(fn, args)


def test_no_state_leaks_between_clips(renderer: Renderer) -> None:
    assert a_b_a(renderer.render, patches()) == []


def test_without_a_fresh_instance_these_patches_leak() -> None:
    """The same check in one instance (no fork; modulations cleared and every declared
    control set before each clip) fails: the test can see a leak, and the fork is needed."""
    assert in_child(_leaks_in_one_instance) >= 3


def _leaks_in_one_instance() -> int:
    one = Renderer(INST, check=False)

    def in_process(settings: dict) -> np.ndarray:
        one.synth.clear_modulations()
        one._set(settings)
        return one._play(None)

    return len(a_b_a(in_process, patches()))


def test_fresh_renderers_agree(renderer: Renderer) -> None:
    """Another worker (another instance, built after others rendered) gives the same bytes."""
    other = Renderer(INST, check=False)
    for p in patches()[:2]:
        assert np.array_equal(renderer.render(p), other.render(p))


def test_random_phase_is_off_in_every_oscillator(renderer: Renderer) -> None:
    raw, _ = renderer.patch(INST.default_settings())
    assert {k: raw[k] for k in raw if k.endswith("random_phase")} == \
        {"osc_1_random_phase": 0.0, "osc_2_random_phase": 0.0, "osc_3_random_phase": 0.0}


def test_labels_map_onto_vital_ranges(renderer: Renderer) -> None:
    raw, mods = renderer.patch({"osc_1_wave_frame": 5.0, "osc_2_transpose": "7", "filter_1_model": "diode",
                                "osc_1_unison_voices": "8", "lfo_1_destination": "filter_1_cutoff",
                                "lfo_1_depth": 10.0, "env_2_amount": 7.5})
    assert raw["osc_1_wave_frame"] == pytest.approx(128.0)
    assert (raw["osc_2_transpose"], raw["filter_1_model"], raw["osc_1_unison_voices"]) == (7.0, 4.0, 8.0)
    assert mods == [("env_2", "filter_1_cutoff", pytest.approx(0.5)),
                    ("lfo_1", "filter_1_cutoff", pytest.approx(1.0))]
    assert renderer.patch({"lfo_1_destination": "none"})[1] == [("env_2", "filter_1_cutoff",
                                                                 pytest.approx(0.4))]


@pytest.mark.parametrize("k", [0, 1, 2])
def test_vital_file_round_trip(renderer: Renderer, tmp_path: Path, k: int) -> None:
    """settings -> patch.vital -> loaded by a fresh vita.Synth -> the renderer's clip, bit for bit."""
    settings = random_patch(INST, 50 + k) | {"lfo_1_destination": "osc_1_wave_frame", "lfo_1_depth": 8.0}
    [path] = renderer.preset_files(settings, tmp_path, f"patch {k}")
    assert path.name == "patch.vital"
    doc = json.loads(path.read_text())
    assert doc["preset_name"] == f"patch {k}"
    assert {(m["source"], m["destination"]) for m in doc["settings"]["modulations"]} >= \
        {("env_2", "filter_1_cutoff"), ("lfo_1", "osc_1_wave_frame")}
    loaded = in_child(_play_preset, path, renderer.gain)
    assert np.array_equal(loaded, renderer.render(settings))
    assert np.array_equal(renderer.render_file(path), renderer.render(settings))


def _play_preset(path: Path, gain: float) -> np.ndarray:
    """``path`` loaded by a fresh ``vita.Synth`` and played as the instrument's note."""
    synth = vita.Synth()
    synth.set_sample_rate(INST.sample_rate)
    assert synth.load_preset(str(path))
    raw = synth.render(INST.note, INST.velocity / 127, INST.note_length, INST.clip_length)
    return output_stage(np.asarray(raw, dtype=np.float32)[:, :INST.n_samples], gain)


def read_rows(out: Path) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    for f in sorted(out.glob("data/*.parquet")) + sorted(out.glob("rerender/*.parquet")):
        for row in pq.read_table(f).to_pylist():
            rows[row["id"]] = row
    return rows


@pytest.fixture(scope="module")
def tiny_vital(tmp_path_factory: pytest.TempPathFactory) -> tuple[RenderConfig, Path]:
    """10 vital clips (seed 3), 1 worker, shards of 10."""
    config = RenderConfig(INST, n=10, seed=3, shard_size=10)
    out = tmp_path_factory.mktemp("tiny-vital") / "vital"
    render_dataset(config, out, workers=1, progress=False)
    return config, out


def test_same_bytes_for_workers_shard_sizes_and_ids_alone(tiny_vital, tmp_path: Path) -> None:
    config, ref_out = tiny_vital
    ref = read_rows(ref_out)
    assert sorted(ref) == list(range(10))
    other = RenderConfig(INST, n=10, seed=3, shard_size=3)
    render_dataset(other, tmp_path / "w2", workers=2, progress=False)
    assert read_rows(tmp_path / "w2") == ref
    render_ids(config, tmp_path / "ids", 6, 8)
    alone = read_rows(tmp_path / "ids")
    assert sorted(alone) == [6, 7, 8]
    assert all(alone[i] == ref[i] for i in alone)
    assert ref[4]["osc_1_transpose"] == draw(INST, 3, 4).settings["osc_1_transpose"]


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env)


def one_error_line(res: subprocess.CompletedProcess, message: str) -> None:
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert res.stderr.startswith("error: ") and message in res.stderr, res.stderr


def test_missing_extra_is_one_line(tmp_path: Path) -> None:
    """Without vita (a stub package that fails to import), rendering vital says what to install."""
    stub = tmp_path / "stub" / "vita"
    stub.mkdir(parents=True)
    (stub / "__init__.py").write_text("raise ImportError('simulated: vita is not installed')\n")
    env = os.environ | {"PYTHONPATH": f"{stub.parent}:{ROOT}"}
    res = cli("-m", "generators.render", "--instrument", "vital", "--n", "2", "--out",
              str(tmp_path / "out"), env=env)
    one_error_line(res, 'the vital instrument needs vita, which is not installed; install the synths '
                        'extra: pip install -e ".[synths]"')
    listing = cli("-m", "benchmark.configs", env=env)  # the other benchmarks are still listed
    assert listing.returncode == 0, listing.stderr
    assert "vital-v1" in listing.stdout and "(unavailable: the vital instrument needs vita" in listing.stdout
    assert "noisemaker-v2" in listing.stdout


@pytest.mark.parametrize("text, message", [
    ('{"settings": 3}', "vita cannot load it (a malformed .vital file"),
    ("not json", "not a .vital file (invalid JSON"),
    (None, "no such file"),
])
def test_malformed_vital_file_is_one_line(tmp_path: Path, text: str | None, message: str) -> None:
    patch = tmp_path / "p.vital"
    if text is not None:
        patch.write_text(text)
    res = cli("-m", "generators.synths.vital", str(patch), "--out", str(tmp_path / "o.wav"))
    one_error_line(res, message)
    assert not (tmp_path / "o.wav").exists()


def test_play_a_vital_file(renderer: Renderer, tmp_path: Path) -> None:
    import soundfile as sf

    [path] = renderer.preset_files(random_patch(INST, 7), tmp_path, "seven")
    res = cli("-m", "generators.synths.vital", str(path), "--out", str(tmp_path / "o.wav"))
    assert res.returncode == 0, res.stderr
    pcm, sr = sf.read(tmp_path / "o.wav", dtype="int16")
    assert sr == INST.sample_rate and pcm.shape == (INST.n_samples,)


def test_a_bad_target_is_refused() -> None:
    import dataclasses

    from generators.model.declaration import Knob

    bad = dataclasses.replace(INST, params=(*INST.params, Knob("nope", target="not_a_control")))
    with pytest.raises(VitalError, match="not Vital controls: not_a_control"):
        Renderer(bad, check=False)
