"""Effect chains from a spec: the shipped zam-guitar chain (Kars -> ZamTube ->
ZamEQ2 -> ZamDelay -> MVerb), a built-in source and an audio-folder source.

The same listening tests as the built-in instruments: every knob audible when
its effect is on, nothing changes when it is off (bit-exact), no state leaks
from one clip to the next (reverb and delay tails included), clean levels."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from generators.core.audio import SILENCE_PEAK
from generators.plugins.chain import ChainRenderer
from generators.model.config import RenderConfig
from generators.model.declaration import ChainSource, Instrument, Knob
from generators.instruments import get_instrument
from generators.plugins.host import PluginError, check_determinism
from generators.plugins.spec import load_spec, spec_to_instrument
from generators.render.job import render_dataset
from generators.sources.renderers import make_renderer
from generators.model.sampler import draw

from tests import playing
from tests.sound import assert_audible, audible_patch, clean_clips, extremes, random_patch


ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT / "generators" / "plugins" / "specs" / "zam-guitar.yaml"
VST = Path("/usr/lib/vst")
NEEDED = ("Kars-vst.so", "ZamTube-vst.so", "ZamEQ2-vst.so", "ZamDelay-vst.so", "MVerb-vst.so",
          "MaFreeverb-vst.so")
pytestmark = [pytest.mark.plugins, pytest.mark.skipif(
    not all((VST / f).exists() for f in NEEDED),
    reason="zam-plugins / dpf-plugins-vst not installed (apt-get install zam-plugins "
           "dpf-plugins-vst)")]

EFFECTS = {"tube": "tube_on_off", "eq": "eq_on_off", "delay": "delay_on_off",
           "reverb": "reverb_on_off"}
ALL_ON = {sw: "on" for sw in EFFECTS.values()}
# Settings that let a parameter be heard on a random patch (the others stay random)
_WET_DELAY = {"delay_mix": 6.0, "delay_time": 0.3, "delay_feedback": 3.0}
CONTEXT: dict[str, dict[str, float | str]] = {
    "tube_on_off": {"tube_drive": 8.0},
    "eq_on_off": {"eq_gain": 8.8, "eq_frequency": 1.0, "eq_bandwidth": 6.0},
    "delay_on_off": _WET_DELAY,
    "reverb_on_off": {"reverb_mix": 6.0, "reverb_decay": 7.0},
    "tube_drive": {"tube_bass": 5.0, "tube_mids": 5.0, "tube_treble": 5.0},
    # the tone-stack controls interact (mids at 1 leave bass 0 vs 10 at 0.25 dB), and a
    # short delay's comb filter masks them (bass: 0.49 dB with it, 2.6 dB without)
    "tube_bass": {"tube_drive": 6.0, "tube_mids": 5.0, "tube_treble": 5.0, "delay_on_off": "off"},
    "tube_mids": {"tube_drive": 6.0, "tube_bass": 5.0, "tube_treble": 5.0, "delay_on_off": "off"},
    "tube_treble": {"tube_drive": 6.0, "tube_bass": 5.0, "tube_mids": 5.0,
                    "delay_on_off": "off"},
    "eq_gain": {"eq_frequency": 0.5, "eq_bandwidth": 6.0},
    "eq_frequency": {"eq_gain": 8.8, "eq_bandwidth": 10.0},
    "eq_bandwidth": {"eq_gain": 8.8, "eq_frequency": 0.5},
    "delay_time": {"delay_mix": 6.0, "delay_feedback": 3.0},
    "delay_feedback": {"delay_mix": 6.0, "delay_time": 0.3},
    "delay_mix": {"delay_time": 0.3, "delay_feedback": 3.0},
    "reverb_decay": {"reverb_mix": 7.0},
    "reverb_size": {"reverb_mix": 7.0, "reverb_decay": 6.0},
    "reverb_damping": {"reverb_mix": 7.0, "reverb_decay": 6.0},
    "reverb_mix": {"reverb_decay": 6.0},
}


@pytest.fixture(scope="module")
def inst() -> Instrument:
    return load_spec(SPEC)


@pytest.fixture(scope="module")
def renderer(inst: Instrument) -> ChainRenderer:
    return ChainRenderer(inst)


# ------------------------------------------------------------- the spec
def test_spec_declares_four_switched_effects_in_guitar_order(inst: Instrument) -> None:
    chain = inst.source
    assert isinstance(chain, ChainSource)
    assert [fx.name for fx in chain.effects] == list(EFFECTS)
    for fx in chain.effects:
        sw = inst.param(fx.switch)
        assert sw.labels == ("off", "on")
        assert sw.default == "off"  # type: ignore[union-attr]
        assert len(fx.params) >= 3
        for col in fx.params:  # every knob of an effect depends on its switch
            dep = inst.param(col).depends_on
            assert dep is not None
            assert (dep.switch, dep.values) == (fx.switch, ("on",))
    assert Instrument.from_dict(inst.to_dict()) == inst  # instrument.json round trip


def test_every_parameter_has_a_listening_context(inst: Instrument) -> None:
    assert sorted(CONTEXT) == sorted(inst.names)


# ------------------------------------------------------------- listening
@pytest.mark.parametrize("name", sorted(CONTEXT))
def test_parameter_is_audible_when_its_effect_is_on(inst: Instrument, renderer: ChainRenderer,
                                                    name: str) -> None:
    for k in range(2):
        assert_audible(renderer.render, inst, name, audible_patch(inst, name, k, {}, CONTEXT[name]),
                       k)


@pytest.mark.parametrize("effect", list(EFFECTS))
def test_knobs_of_an_effect_that_is_off_change_nothing(inst: Instrument, renderer: ChainRenderer,
                                                       effect: str) -> None:
    """Bit-exact: an off effect is out of the graph."""
    chain = inst.source
    assert isinstance(chain, ChainSource)
    fx = next(f for f in chain.effects if f.name == effect)
    patch = random_patch(inst, 7) | {fx.switch: "off"}
    ref = renderer.render(patch)
    for col in fx.params:
        for value in extremes(inst, col):
            assert np.array_equal(renderer.render(patch | {col: value}), ref), (col, value)


def test_an_effect_switched_on_changes_the_sound(inst: Instrument, renderer: ChainRenderer) -> None:
    dry = renderer.render({})
    for sw in EFFECTS.values():
        assert not np.array_equal(renderer.render({sw: "on"}), dry), sw


def test_random_patches_are_clean(inst: Instrument, renderer: ChainRenderer) -> None:
    peaks = np.abs(clean_clips(renderer.render, inst, range(200, 216))).max(axis=1)
    assert peaks.max() < 1.0
    assert min(peaks) > SILENCE_PEAK
    assert np.median(peaks) > 0.1


def test_extreme_settings_stay_finite(inst: Instrument, renderer: ChainRenderer) -> None:
    """MVerb gives NaN at 22,050 Hz for damping above ~65 %: the window keeps it out."""
    for k, pick in enumerate((0, -1)):
        patch = ALL_ON | {p.name: extremes(inst, p.name)[pick] for p in inst.knobs}
        assert np.all(np.isfinite(renderer.render(patch))), k


# ------------------------------------------------------------- no leaks
def test_no_state_leaks_between_clips(renderer: ChainRenderer) -> None:
    """A, B, A: random patches (all effects at random), in order and reversed."""
    assert check_determinism(renderer, n=6, seed=3, notes=(48, 72)) == []


def test_reverb_and_delay_tails_do_not_leak(inst: Instrument, renderer: ChainRenderer) -> None:
    long_tail = ALL_ON | {"delay_feedback": 9.0, "delay_mix": 8.0, "delay_time": 0.5,
                          "reverb_decay": 10.0, "reverb_size": 10.0, "reverb_mix": 9.0,
                          "tube_drive": 10.0}
    short = ALL_ON | {"delay_feedback": 0.0, "delay_time": 0.1, "reverb_decay": 0.0,
                      "reverb_mix": 2.0, "tube_drive": 1.0}
    a = [renderer.render(short), renderer.render({})]
    renderer.render(long_tail)
    assert np.array_equal(renderer.render(short), a[0])
    renderer.render(long_tail)
    assert np.array_equal(renderer.render({}), a[1])


def test_kars_is_deterministic_only_with_the_rand_seed(inst: Instrument) -> None:
    chain = inst.source
    assert isinstance(chain, ChainSource)
    seeded = ChainRenderer(inst, check=False)
    assert np.array_equal(seeded.render({}), seeded.render({}))
    unseeded = ChainRenderer(dataclasses.replace(
        inst, source=dataclasses.replace(chain, rand_seed=None)), check=False)
    clips = [unseeded.render({}) for _ in range(3)]
    assert not all(np.array_equal(clips[0], c) for c in clips[1:])


def test_fresh_instances_are_needed(inst: Instrument) -> None:
    """Without a fresh ZamTube and MVerb per clip, clips depend on the one before."""
    chain = inst.source
    assert isinstance(chain, ChainSource)
    stale = dataclasses.replace(inst, source=dataclasses.replace(chain, effects=tuple(
        dataclasses.replace(fx, fresh_instance=False) for fx in chain.effects)))
    r = ChainRenderer(stale, check=False)
    a = ALL_ON | {"reverb_mix": 6.0, "tube_drive": 5.0}
    first = r.render(a)
    r.render(ALL_ON | {"reverb_decay": 10.0, "tube_drive": 10.0, "reverb_size": 10.0})
    assert not np.array_equal(r.render(a), first)


# ------------------------------------------------------------- other sources
def _write_wavs(folder: Path, sr: int = 22050) -> list[np.ndarray]:
    folder.mkdir(parents=True, exist_ok=True)
    t = np.arange(int(0.5 * sr)) / sr
    clips = []
    for i, freq in enumerate((110.0, 196.0, 330.0)):
        y = (0.4 * np.sin(2 * np.pi * freq * t) * np.exp(-3 * t)).astype(np.float32)
        sf.write(folder / f"di_{i}.wav", y, sr, subtype="PCM_16")
        clips.append(sf.read(folder / f"di_{i}.wav", dtype="float32")[0])
    return clips


def _folder_spec(folder: Path, **extra: object) -> dict:
    return {"name": "di-chain", "audio_folder": str(folder), "clip_length": 0.9,
            "effects": [{"name": "delay", "plugin": str(VST / "ZamDelay-vst.so"),
                         "params": {"delay_mix": {"kind": "knob", "parameter": "Dry/Wet",
                                                  "default": 0.5}},
                         "fixed": {"Time": 0.03, "Feedback": 0.5}}], **extra}


def test_audio_folder_source_picks_a_file_per_id_and_records_it(tmp_path: Path) -> None:
    clips = _write_wavs(tmp_path / "di")
    inst = spec_to_instrument(_folder_spec(tmp_path / "di"), "di.yaml")
    column = inst.param("recording")
    assert column.labels == ("di_0.wav", "di_1.wav", "di_2.wav")  # type: ignore[union-attr]
    renderer = make_renderer(inst)
    n = inst.n_samples
    for i, clip in enumerate(clips):  # delay off: the file itself, zero-padded
        out = renderer.render({"recording": f"di_{i}.wav", "delay_on_off": "off"})
        assert np.array_equal(out[: clip.size], clip)
        assert not out[clip.size: n].any()
    wet = renderer.render({"recording": "di_0.wav", "delay_on_off": "on"})
    assert not np.array_equal(wet[: clips[0].size], clips[0])
    # the dataset records the file of every row, drawn from (seed, id) only
    config = RenderConfig(inst, n=6, seed=4, shard_size=3)
    render_dataset(config, tmp_path / "ds", workers=1, progress=False)
    import pyarrow.parquet as pq

    rows = pq.read_table(sorted((tmp_path / "ds" / "data").glob("train-*.parquet"))[0]).to_pylist()
    assert [r["recording"] for r in rows] == [draw(inst, 4, r["id"]).settings["recording"]
                                             for r in rows]


def test_audio_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(PluginError, match="not found"):
        spec_to_instrument(_folder_spec(tmp_path / "none"), "di.yaml")
    _write_wavs(tmp_path / "di", sr=44100)
    inst = spec_to_instrument(_folder_spec(tmp_path / "di"), "di.yaml")
    with pytest.raises(PluginError, match="44100 Hz.*resample"):
        ChainRenderer(inst)


def test_builtin_source_through_effects(tmp_path: Path) -> None:
    guitar = get_instrument("guitar")
    spec = {"name": "guitar-zam", "builtin": "guitar",
            "builtin_settings": {"filter_on_off": "off"},
            "effects": [{"name": "eq", "plugin": str(VST / "ZamEQ2-vst.so"), "default": False,
                         "params": {"eq_gain": {"kind": "knob", "parameter": "Boost/Cut 1",
                                                "default": 1.0}}}]}
    inst = spec_to_instrument(spec, "g.yaml")
    renderer = ChainRenderer(inst)
    dry = make_renderer(guitar).render({"filter_on_off": "off"}, 64)
    assert np.array_equal(renderer.render({"eq_on_off": "off"}, 64), dry)  # bypass: the built-in
    assert not np.array_equal(renderer.render({"eq_on_off": "on"}, 64), dry)
    with pytest.raises(PluginError, match="no parameters \\['nope'\\]"):
        ChainRenderer(spec_to_instrument(spec | {"builtin_settings": {"nope": 1.0}}, "g.yaml"))


def test_flush_empties_a_reverb_that_keeps_its_tail() -> None:
    """MaFreeverb keeps its comb buffers; 1 s of silence at zero feedback empties them."""
    def spec(flush: dict | None) -> dict:
        fx = {"name": "verb", "plugin": str(VST / "MaFreeverb-vst.so"),
              "params": {"fb1": {"kind": "knob", "parameter": "fb1", "default": 0.5}}}
        return {"name": "k", "plugin": str(VST / "Kars-vst.so"), "rand_seed": 1,
                "warmup_renders": 0, "fixed": {"Volume": 0.35},
                "effects": [fx | ({"flush": flush} if flush else {})]}

    results = []
    for flush in (None, {"fb1": 0.0, "fb2": 0.0}):
        r = ChainRenderer(spec_to_instrument(spec(flush), "k.yaml"))
        a = {"verb_on_off": "on", "fb1": 5.0}
        first = r.render(a)
        r.render({"verb_on_off": "on", "fb1": 9.9})
        results.append(np.array_equal(r.render(a), first))
    assert results == [False, True]


@pytest.mark.parametrize("change, message", [
    ({"effects": [{"name": "x", "plugin": str(VST / "ZamEQ2-vst.so"),
                   "params": {"g": {"kind": "knob", "parameter": "Boost/Cut", "default": 0.5}}}]},
     "effects.x: params.g.parameter: ZamEQ2-vst.so has no parameter 'Boost/Cut'; close names"),
    ({"effects": [{"name": "x", "plugin": "/nope.so"}]}, "plug-in file /nope.so not found"),
    ({"effects": [{"name": "x", "plugin": str(VST / "ZamEQ2-vst.so"), "default": "maybe"}]},
     "must be \"off\" or \"on\""),
    ({"effects": [{"plugin": str(VST / "ZamEQ2-vst.so")}]}, "`name`"),
    ({"builtin": "guitar"}, "one sound source is required"),
])
def test_chain_spec_errors_are_one_line(tmp_path: Path, change: dict, message: str) -> None:
    import yaml

    data = {"name": "k", "plugin": str(VST / "Kars-vst.so"), "rand_seed": 1,
            "fixed": {"Volume": 0.35}, "effects": []} | change
    path = tmp_path / "k.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(PluginError) as e:
        load_spec(path)
    assert message in str(e.value)
    assert "\n" not in str(e.value)


def test_knob_windows_of_the_spec(inst: Instrument) -> None:
    """Delay times sampled up to 600 ms (first echo in the clip), reverb damping up to 60 %."""
    delay = inst.param("delay_time")
    assert isinstance(delay, Knob)
    assert delay.resolution == 16384
    assert 1 + 7999 * delay.label_of_step(delay.steps[1]) / 10 <= 600.5
    damping = inst.param("reverb_damping")
    assert isinstance(damping, Knob)
    assert damping.label_of_step(damping.steps[1]) <= 6.0


@pytest.mark.slow
def test_rows_do_not_depend_on_the_number_of_workers(tmp_path: Path, inst: Instrument) -> None:
    """Each worker process loads its own plug-ins: the clips must not care."""
    import pyarrow.parquet as pq

    tables = []
    for workers in (1, 2):
        config = RenderConfig(inst, n=4, seed=5, shard_size=2)
        render_dataset(config, tmp_path / f"w{workers}", workers=workers, progress=False)
        files = sorted((tmp_path / f"w{workers}" / "data").glob("*.parquet"))
        tables.append([pq.read_table(f).to_pylist() for f in files])
    assert tables[0] == tables[1]


@pytest.mark.slow
def test_tour_sheet_of_the_spec(tmp_path: Path) -> None:
    """``python -m generators.tour`` takes a spec; MVerb's NaN outside the
    sampled damping window is drawn as silence and flagged, not a crash."""
    import csv

    from generators.render.tour import main

    assert main(["--instrument", str(SPEC), "--out", str(tmp_path), "--steps", "2"]) == 0
    assert (tmp_path / "tour.png").stat().st_size > 0
    with open(tmp_path / "tour.csv") as f:
        rows = list(csv.DictReader(f))
    assert {r["param"] for r in rows if r["finite"] == "False"} == {"reverb_damping"}
    assert all(float(r["peak"]) > 0.01 for r in rows)


def test_loading_dpf_plugins_leaves_the_fp_environment_alone() -> None:
    """DPF plug-ins turn on flush-to-zero / denormals-are-zero when loaded; left
    on, a later Faust compile in the process aborts (intervalPow.cpp)."""
    import ctypes

    import dawdreamer as daw

    from generators.plugins.host import make_plugin_processor

    libm = ctypes.CDLL("libm.so.6")

    def mxcsr_modes() -> int:
        env = ctypes.create_string_buffer(64)
        libm.fegetenv(env)
        return int.from_bytes(env.raw[28:32], "little") & 0xFFC0  # without sticky flags

    before = mxcsr_modes()
    engine = daw.RenderEngine(22050, 512)
    make_plugin_processor(engine, "tube", VST / "ZamTube-vst.so", what="effect")
    assert mxcsr_modes() == before
    assert not before & 0x8040  # FTZ (bit 15), DAZ (bit 6) off
    assert make_renderer(get_instrument("noisemaker")).render({}).size  # a Faust compile after it


# ------------------------------------------------------------- note events
@pytest.mark.parametrize("check", playing.CHECKS, ids=lambda f: f.__name__)
def test_the_chain_plays_notes(inst: Instrument, renderer: ChainRenderer, check) -> None:
    """Kars takes every event as MIDI; the effects process the phrase (all on here)."""
    check(renderer, random_patch(inst, 5) | ALL_ON)


def _builtin_chain() -> Instrument:
    return spec_to_instrument({
        "name": "guitar-zam", "builtin": "guitar", "builtin_settings": {"filter_on_off": "off"},
        "effects": [{"name": "eq", "plugin": str(VST / "ZamEQ2-vst.so"), "default": False,
                     "params": {"eq_gain": {"kind": "knob", "parameter": "Boost/Cut 1",
                                            "default": 1.0}}}]}, "g.yaml")


@pytest.mark.parametrize("check", playing.CHECKS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("eq", ["off", "on"])
def test_a_builtin_head_plays_notes(check, eq: str) -> None:
    check(ChainRenderer(_builtin_chain()), {"eq_on_off": eq})


def test_a_builtin_head_sums_its_voices_then_limits_twice() -> None:
    """The built-in's mix is limited as the built-in alone is (its own output), then the
    chain's output stage limits again: with the effect off, the chord is the twice
    soft-limited sum of its notes alone."""
    playing.chord_is_summed_voices(ChainRenderer(_builtin_chain()), {"eq_on_off": "off"}, limiters=2)


def test_an_audio_folder_head_plays_a_recording_not_notes(tmp_path: Path) -> None:
    _write_wavs(tmp_path / "di")
    inst = spec_to_instrument(_folder_spec(tmp_path / "di"), "di.yaml")
    renderer = ChainRenderer(inst)
    settings = {"recording": "di_1.wav", "delay_on_off": "on"}
    for pitch in (inst.note, 40):  # render's one note (its pitch ignored, as render ignores it)
        assert renderer.render_notes(settings, playing.single_note(inst, pitch)).tobytes() == \
            renderer.render(settings).tobytes()
    for notes in (playing.PHRASE_A, playing.chord((60,), velocity=30)):
        with pytest.raises(PluginError, match="plays a recording .*not notes"):
            renderer.render_notes(settings, notes)
