"""The ``dexed`` instrument (Dexed's DX7 engine, ``dexed-py``): the DX7 voice format against
``dexed-py``'s, human voices as labels, ``.syx`` round trips, isolation between clips,
determinism of datasets, the sampler's silence, and bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from generators.core.audio import SILENCE_PEAK
from generators.instruments import get_instrument
from generators.model import dx7
from generators.model.config import RenderConfig
from generators.model.presets import HEXTER_BANKS, dx7_rows
from generators.model.sampler import draw
from generators.render.job import main, render_dataset
from generators.sources.renderers import make_renderer

from tests.sound import assert_audible, random_patch

dexed = pytest.importorskip("dexed", reason='needs dexed-py: pip install -e ".[synths]"')

ROOT = Path(__file__).resolve().parents[2]
needs_hexter = pytest.mark.skipif(not Path(HEXTER_BANKS).is_dir(),
                                  reason="hexter not installed (apt-get install hexter)")


@pytest.fixture(scope="module")
def inst():
    return get_instrument("dexed")


@pytest.fixture(scope="module")
def renderer(inst):
    return make_renderer(inst)


@pytest.fixture(scope="module")
def hexter_voices() -> list[tuple[bytes, bytes]]:
    """(packed 128 bytes, voice 155 bytes) of every voice of hexter's banks."""
    if not Path(HEXTER_BANKS).is_dir():
        pytest.skip("hexter not installed (apt-get install hexter)")
    out = []
    for f in sorted(Path(HEXTER_BANKS).glob("*.dx7")):
        data = f.read_bytes()
        out += [(data[i:i + 128], v) for i, v in zip(range(0, len(data), 128), dx7.bank_voices(data))]
    return out


def syx_folder(folder: Path, voices: list[bytes]) -> Path:
    """A folder with a sysex bank of ``voices`` and a raw ``.dx7`` copy of its first voice."""
    folder.mkdir()
    (folder / "a-mine.syx").write_bytes(dx7.bank_sysex(voices))
    (folder / "b-raw.DX7").write_bytes(dx7.pack(voices[0]))
    (folder / "notes.txt").write_text("not a bank")
    return folder


# ----------------------------------------------------------------- the voice format
def test_voice_format_matches_dexed_py(hexter_voices) -> None:
    """Unpacking and packing every hexter voice gives what ``dexed-py`` gives."""
    assert len(hexter_voices) == 432
    for packed, voice in hexter_voices:
        ref = dexed.Patch.from_packed(packed)
        assert voice == ref.to_sysex()[:155]
        assert dx7.pack(voice) == ref.to_packed()


def test_every_voice_byte_is_a_parameter(inst) -> None:
    """The instrument varies every byte of a DX7 voice but the name and oscillator key sync
    (fixed), in its native range."""
    assert sorted(b for b, _ in dx7.LAYOUT.values()) == list(range(145))
    on = {f"op{k}_on" for k in range(1, 7)}
    assert set(inst.names) | set(inst.fixed) == set(dx7.LAYOUT) | on
    assert inst.fixed == {"osc_key_sync": 1.0}
    for name, (_, top) in dx7.LAYOUT.items():
        if name in inst.fixed:
            continue
        p = inst.param(name)
        assert (p.resolution - 1 if p.kind == "knob" else len(p.labels) - 1) == top, name


def test_settings_reach_the_voice_bytes(inst) -> None:
    s = random_patch(inst, 3) | {"algorithm": "17", "op2_coarse": 10 * 5 / 31,
                                "op2_on": "on", "op4_on": "off", "lfo_wave": "sample_hold"}
    v = dx7.voice_of(inst, s, "TEST")
    assert v[134] == 16 and v[142] == 5 and v[dx7.LAYOUT["op2_coarse"][0]] == 5
    assert [v[dx7.LAYOUT[f"op4_{f}"][0]] for f in dx7.SILENCED] == [0, 0, 0]
    assert dx7.voice_name(v) == "TEST"
    back = dx7.labels_of(inst, v)
    assert back["op4_on"] == "off" and back["algorithm"] == "17"


@needs_hexter
def test_hexter_presets(inst) -> None:
    """The distinct hexter voices, named by bank and position; labels render each voice
    bit for bit."""
    rows = dx7_rows(inst)
    assert (rows.read, rows.distinct_values) == (432, 426)
    assert (len(rows.rows), rows.duplicates) == (426, 6)
    assert rows.rows[0][0] == "dx7_roms/001 BRASS   1"
    assert len({k for k, _ in rows.rows}) == len(rows.rows)


def test_labels_of_a_voice_render_that_voice(inst, renderer, hexter_voices) -> None:
    for _, voice in hexter_voices[::40]:
        labels = dx7.labels_of(inst, voice)
        sync = dx7.LAYOUT["osc_key_sync"][0]
        mine = dx7.voice_of(inst, labels, dx7.voice_name(voice))
        assert mine[:sync] + mine[sync + 1:] == voice[:sync] + voice[sync + 1:]
        raw = renderer.render_voice(voice)
        assert np.array_equal(renderer.render(labels), renderer.output(raw))


def test_oscillator_key_sync_is_inaudible(renderer, hexter_voices) -> None:
    """Why it is fixed: each note starts from a reset engine, where it changes no sample."""
    sync = dx7.LAYOUT["osc_key_sync"][0]
    for _, voice in hexter_voices[::9]:
        flipped = bytearray(voice)
        flipped[sync] ^= 1
        assert np.array_equal(renderer.render_voice(voice), renderer.render_voice(bytes(flipped)))


# ----------------------------------------------------------------- .syx round trip
def test_syx_files_load_back_through_dexed_py(inst, renderer, tmp_path: Path) -> None:
    """``patch.syx`` and the bank, loaded by ``dexed-py``, render what the renderer renders."""
    for k in range(3):
        settings = random_patch(inst, 20 + k) | {"op3_on": "off"}
        folder = tmp_path / str(k)
        folder.mkdir()
        patch, bank = renderer.preset_files(settings, folder, "match-7")
        assert patch.name == "patch.syx" and bank.suffix == ".syx"
        data = patch.read_bytes()
        assert len(data) == 163 and data[:6] == dx7.VOICE_HEADER and data[-1] == 0xF7
        assert dx7.checksum(data[6:161]) == data[161]
        assert len(bank.read_bytes()) == dx7.BANK_SYSEX_BYTES
        want = renderer.render(settings)
        synth = dexed.DexedSynth(inst.sample_rate)
        for p in (dexed.Patch.from_sysex(dx7.read_voice_sysex(data) + b"\x3f"),
                  dexed.Patch.load_bank(str(bank))[0]):
            synth.load_patch(p)
            raw = synth.render(inst.note, inst.velocity, inst.note_length, inst.clip_length)
            assert np.array_equal(renderer.output(raw[:inst.n_samples]), want)
        assert [p.name.strip() for p in dexed.Patch.load_bank(str(bank))[:2]] == ["MATCH-7",
                                                                                  "INIT VOICE"]


# ----------------------------------------------------------------- isolation, determinism
STATEFUL = [{"lfo_wave": "sample_hold", "lfo_pitch_mod_depth": 8.0, "pitch_mod_sens": 10.0},
            {"osc_key_sync": "off", "lfo_key_sync": "off"},
            {"lfo_wave": "square", "lfo_amp_mod_depth": 9.0, "op1_amp_mod_sens": 10.0,
             "lfo_key_sync": "off"},
            {"feedback": 10.0, "osc_key_sync": "off"}]


def a_b_a(renderer, patches: list[dict]) -> list[int]:
    """Indices of patches whose clip differs between passes A, B (reversed), A."""
    a = [renderer.render(p) for p in patches]
    b = [renderer.render(p) for p in reversed(patches)][::-1]
    a2 = [renderer.render(p) for p in patches]
    return [i for i in range(len(patches))
            if not (np.array_equal(a[i], b[i]) and np.array_equal(a[i], a2[i]))]


def test_no_state_leaks_between_clips(inst, renderer) -> None:
    patches = [random_patch(inst, 40 + k) | s for k, s in enumerate(STATEFUL)]
    patches += [draw(inst, 5, i).settings for i in range(8)]
    assert a_b_a(renderer, patches) == []
    fresh = make_renderer(inst)
    assert all(np.array_equal(fresh.render(p), renderer.render(p)) for p in patches[:6])


def read_rows(out: Path) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    for f in sorted(out.glob("**/*.parquet")):
        for row in pq.read_table(f).to_pylist():
            rows[row["id"]] = row
    return rows


def test_same_bytes_for_workers_shards_and_ids_alone(inst, tmp_path: Path) -> None:
    ref = RenderConfig(inst, n=24, seed=3, shard_size=8)
    render_dataset(ref, tmp_path / "w1", workers=1, progress=False)
    render_dataset(RenderConfig(inst, n=24, seed=3, shard_size=5), tmp_path / "w2", workers=2,
                   progress=False)
    a, b = read_rows(tmp_path / "w1"), read_rows(tmp_path / "w2")
    assert sorted(a) == list(range(24)) and a == b
    assert main(["--instrument", "dexed", "--n", "24", "--seed", "3", "--shard-size", "8",
                 "--ids", "17-19", "--no-progress", "--out", str(tmp_path / "ids")]) == 0
    alone = read_rows(tmp_path / "ids")
    assert sorted(alone) == [17, 18, 19] and all(alone[i] == a[i] for i in alone)


# ----------------------------------------------------------------- the sampler
def test_random_voices_are_rarely_silent_and_never_clip(inst, renderer) -> None:
    """Fewer than 5 % of 1000 random voices (seed 0, the dexed-v1 draws) are silent."""
    peaks = np.array([np.abs(renderer.render(draw(inst, 0, i).settings)).max()
                      for i in range(1000)])
    assert peaks.max() < 1.0
    assert np.mean(peaks < SILENCE_PEAK) < 0.05


# ----------------------------------------------------------------- presets CLI, bad input
def test_presets_option_builds_a_human_test_split(inst, hexter_voices, tmp_path: Path, capsys) -> None:
    voices = [v for _, v in hexter_voices[:3]]
    folder = syx_folder(tmp_path / "banks", voices)
    out = tmp_path / "ds"
    assert main(["--instrument", "dexed", "--n", "4", "--presets", str(folder), "--workers", "1",
                 "--no-progress", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    # 3 voices + 29 INIT VOICEs in the bank, then the raw copy of the first voice
    assert "33 presets read, 4 distinct parameter sets; 4 kept; 29 dropped as duplicates" in said
    rows = read_rows(out)
    assert sorted(rows) == list(range(8))
    assert [rows[i]["preset"] for i in range(4, 8)] == [
        f"a-mine/{j:03d} {dx7.voice_name(v)}" for j, v in enumerate(voices, 1)] + [
        "a-mine/004 INIT VOICE"]
    assert rows[0]["preset"] is None


def _one_line_error(capsys, argv: list[str], message: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and message in err[0], err


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\x00" * 100, "neither a sysex bank"),
    (b"\xf0\x43\x00\x09\x20\x00" + b"\x00" * 50, "truncated sysex"),
    (b"\xf0\x43\x00\x00\x01\x1b" + b"\x00" * 156 + b"\xf7", "no 32-voice DX7 bulk dump"),
])
def test_malformed_banks_are_one_line_errors(tmp_path: Path, capsys, content, message) -> None:
    (tmp_path / "banks").mkdir()
    (tmp_path / "banks" / "bad.syx").write_bytes(content)
    _one_line_error(capsys, ["--instrument", "dexed", "--n", "4", "--presets",
                             str(tmp_path / "banks"), "--out", str(tmp_path / "o")], message)


def test_folders_without_banks_and_unreadable_banks(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    base = ["--instrument", "dexed", "--n", "4", "--out", str(tmp_path / "o"), "--presets"]
    _one_line_error(capsys, [*base, str(tmp_path / "empty")], "no DX7 banks")
    _one_line_error(capsys, [*base, str(tmp_path / "nope")], "not found")
    (tmp_path / "one.syx").write_bytes(dx7.bank_sysex([dx7.init_voice()]))
    _one_line_error(capsys, [*base, str(tmp_path / "one.syx")], "is a file; give the folder")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "x.syx").symlink_to(tmp_path / "dangling")
    _one_line_error(capsys, [*base, str(tmp_path / "dir")], "no DX7 banks")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.syx").mkdir()  # a folder named like a bank: cannot be read
    _one_line_error(capsys, [*base, str(tmp_path / "locked")], "no DX7 banks")
    _one_line_error(capsys, ["--instrument", "noisemaker", "--n", "4", "--presets",
                             str(tmp_path / "empty"), "--out", str(tmp_path / "o")],
                    "no preset reader for noisemaker")


def test_unreadable_bank_is_one_line_error(tmp_path: Path, capsys, monkeypatch) -> None:
    bank = tmp_path / "b" / "x.syx"
    bank.parent.mkdir()
    bank.write_bytes(dx7.bank_sysex([dx7.init_voice()]))
    read_bytes = Path.read_bytes

    def denied(self: Path) -> bytes:  # root reads any file: deny this one by hand
        if self.suffix == ".syx":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    _one_line_error(capsys, ["--instrument", "dexed", "--n", "4", "--presets", str(bank.parent),
                             "--out", str(tmp_path / "o")], "cannot read DX7 bank")


def test_missing_extra_is_one_line_error(tmp_path: Path) -> None:
    """Without ``dexed-py`` (a stand-in package that fails to import), rendering says what
    to install, on one line, exit 2, with 1 and 2 workers."""
    fake = tmp_path / "site" / "dexed"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('no dexed here')\n")
    env = {"PYTHONPATH": f"{fake.parent}:{ROOT}", "PATH": "/usr/bin:/bin"}
    for workers in ("1", "2"):
        res = subprocess.run([sys.executable, "-m", "generators.render", "--instrument", "dexed",
                              "--n", "4", "--workers", workers, "--no-progress",
                              "--out", str(tmp_path / f"o{workers}")],
                             cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
        assert res.returncode == 2, res.stderr
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1, lines
        assert "needs dexed-py, which is not installed" in lines[0]
        assert 'pip install -e ".[synths]"' in lines[0]


# ----------------------------------------------------------------- every parameter is audible
def v(value: int, top: int = 99) -> float:
    """The label of a native DX7 value ``0 .. top``."""
    return 10.0 * value / top


NEUTRAL: dict[str, float | str] = {
    # no pitch envelope, no LFO, no transpose, no feedback
    **{f"pitch_eg_level{j}": v(50) for j in range(1, 5)},
    **{f"pitch_eg_rate{j}": v(99) for j in range(1, 5)},
    "lfo_pitch_mod_depth": 0.0, "lfo_amp_mod_depth": 0.0, "lfo_delay": 0.0,
    "transpose": v(24, 48), "feedback": 0.0, "algorithm": "32",
}


def alone(k: int, level: int = 99) -> dict[str, float | str]:
    """Operator ``k`` alone, a carrier (algorithm 32) at ``level``: ratio 1, a square envelope,
    no keyboard scaling, sensitivities 0."""
    op = f"op{k}_"
    return {**{f"op{j}_on": "off" for j in range(1, 7)}, f"{op}on": "on",
            f"{op}output_level": v(level), f"{op}mode": "ratio", f"{op}coarse": v(1, 31),
            f"{op}fine": 0.0, f"{op}detune": v(7, 14), f"{op}breakpoint": v(39),
            f"{op}left_depth": 0.0, f"{op}right_depth": 0.0, f"{op}rate_scaling": 0.0,
            f"{op}amp_mod_sens": 0.0, f"{op}velocity_sens": 0.0,
            **{f"{op}eg_rate{j}": v(99) for j in range(1, 5)},
            **{f"{op}eg_level{j}": v(lv) for j, lv in zip(range(1, 5), (99, 99, 99, 0))}}


def op_context(k: int, field: str) -> dict[str, float | str]:
    """What lets field ``field`` of operator ``k`` be heard (on top of :func:`alone`)."""
    op = f"op{k}_"
    other = f"op{k % 6 + 1}_"
    ctx: dict[str, dict[str, float | str]] = {
        "eg_rate1": {},
        "eg_rate2": {f"{op}eg_level2": 0.0, f"{op}eg_level3": 0.0},
        "eg_rate3": {f"{op}eg_level3": 0.0},
        "eg_rate4": {},
        "eg_level1": {f"{op}eg_rate1": v(40), f"{op}eg_rate2": v(30), f"{op}eg_level2": v(50)},
        "eg_level2": {f"{op}eg_rate3": v(20), f"{op}eg_level3": v(99)},
        "eg_level3": {},
        "eg_level4": {f"{op}eg_rate1": v(25)},
        "detune": {f"{other}on": "on", **{f"{other}{f}": x for f, x in alone(k % 6 + 1).items()
                                           if f.startswith(other)}},
        "breakpoint": {f"{op}left_depth": v(99), f"{op}right_depth": v(99),
                       f"{op}left_curve": "+exp", f"{op}right_curve": "-exp",
                       f"{op}output_level": v(75)},
        "left_depth": {f"{op}breakpoint": v(99), f"{op}left_curve": "-lin"},
        "left_curve": {f"{op}breakpoint": v(70), f"{op}left_depth": v(99),
                       f"{op}output_level": v(80)},
        "right_depth": {f"{op}breakpoint": 0.0, f"{op}right_curve": "-lin"},
        "right_curve": {f"{op}breakpoint": v(5), f"{op}right_depth": v(60),
                        f"{op}output_level": v(50)},
        "rate_scaling": {f"{op}eg_rate1": v(30)},
        "amp_mod_sens": {"lfo_amp_mod_depth": v(99), "lfo_speed": v(70), "lfo_wave": "square"},
        "velocity_sens": {f"{op}output_level": v(90)},
    }
    return ctx.get(field, {})


ALL_ON = {k: x for j in range(1, 7) for k, x in alone(j, 90).items() if k.startswith(f"op{j}_")} | {
    f"op{k}_coarse": v(c, 31) for k, c in zip(range(1, 7), (1, 3, 2, 7, 5, 4))} | {"feedback": 10.0}
"""Every operator on at level 90, ratios 1, 3, 2, 7, 5, 4, feedback 7: each of the 496 pairs
of algorithms differs by at least 1.7 dB (measured; with other levels or ratios algorithms 3
and 4, whose only difference is where the feedback loop closes, come within 0.5 dB)."""
LFO = {"op1_amp_mod_sens": v(3, 3), "lfo_speed": v(60), "lfo_delay": 0.0}
GLOBAL_CONTEXT: dict[str, dict[str, float | str]] = {
    "algorithm": ALL_ON,
    "feedback": {"algorithm": "32", "op1_on": "off", "op6_on": "on",
                 **{f"op6_{f[4:]}": x for f, x in alone(1).items() if f.startswith("op1_")}},
    **{f"pitch_eg_rate{j}": {f"pitch_eg_level{i}": v(99 if i == j else 50 if i == 4 and j < 4
                                                   else 20 if i < j else 99)
                             for i in range(1, 5)} | {f"pitch_eg_rate{j}": 0.0, "op1_eg_rate4": v(30)}
       for j in range(1, 5)},
    **{f"pitch_eg_level{j}": {f"pitch_eg_rate{i}": v(99 if i <= j else 0) for i in range(1, 5)}
       for j in range(1, 5)},
    "lfo_speed": {**LFO, "lfo_amp_mod_depth": v(99)},
    "lfo_delay": {**LFO, "lfo_amp_mod_depth": v(99)},
    "lfo_amp_mod_depth": LFO,
    "lfo_pitch_mod_depth": {**LFO, "pitch_mod_sens": v(7, 7)},
    "pitch_mod_sens": {**LFO, "lfo_pitch_mod_depth": v(99)},
    "lfo_key_sync": {**LFO, "lfo_amp_mod_depth": v(99), "lfo_speed": v(30)},
    "lfo_wave": {**LFO, "lfo_pitch_mod_depth": v(70), "pitch_mod_sens": v(6, 7), "lfo_speed": v(45)},
    "transpose": {},
}


def listening_patch(inst, name: str, k: int) -> dict[str, float | str]:
    """Random patch ``k`` made to let ``name`` be heard: neutral voice, one operator alone,
    then the parameter's context."""
    if name.startswith("op"):
        op, field = int(name[2]), name[4:]
        return random_patch(inst, k) | NEUTRAL | alone(op) | op_context(op, field)
    return random_patch(inst, k) | NEUTRAL | alone(1) | GLOBAL_CONTEXT[name]


def test_every_parameter_has_a_listening_context(inst) -> None:
    assert set(GLOBAL_CONTEXT) == {n for n in inst.names if not n.startswith("op")}


@pytest.mark.parametrize("name", get_instrument("dexed").names)
def test_parameter_is_audible(inst, renderer, name: str) -> None:
    for k in range(2):
        assert_audible(renderer.render, inst, name, listening_patch(inst, name, k), k)


def test_preset_reader_follows_the_instrument(inst, tmp_path: Path, capsys) -> None:
    from generators.model.presets import reader_for
    from generators.sources.resolve import resolve_instrument

    assert reader_for(inst) == "dx7"
    assert reader_for(resolve_instrument("amsynth-full")) == "amsynth"
    _one_line_error(capsys, ["--benchmark", "dexed-presets-v1", "--presets", str(tmp_path),
                             "--out", str(tmp_path / "o")], "drop --presets")


@needs_hexter
def test_dexed_preset_benchmarks_share_their_train_split() -> None:
    from generators.benchmarks import BENCHMARKS

    human, control = BENCHMARKS["dexed-presets-v1"], BENCHMARKS["dexed-random-v1"]
    a, b = human.config(), control.config()
    assert a.n_train == b.n_train == 10_000 and a.n == b.n == 10_426
    assert a.presets is not None and a.presets.count == 426 and b.presets is None
    assert a.sample(17)[0] == b.sample(17)[0]
    assert a.sample(10_000)[1] == "dx7_roms/001 BRASS   1" and b.sample(10_000)[1] is None
    assert human.fingerprint() != control.fingerprint()
    assert all(x.test_digest for x in (human, control, BENCHMARKS["dexed-v1"]))


def test_loud_human_voices_stay_under_full_scale(renderer, hexter_voices) -> None:
    """The loudest hexter voices (raw peaks above 5) go through the fixed gain and the soft
    limiter: under 1, and untouched below the knee."""
    raws = [renderer.render_voice(v) for _, v in hexter_voices[::4]]
    loud = max(raws, key=lambda a: float(np.abs(a).max()))
    assert np.abs(loud).max() > 4.0
    out = renderer.output(loud)
    assert np.abs(out).max() < 1.0
    scaled = loud * renderer.gain  # -12 dB
    quiet = np.abs(scaled) <= 0.9
    assert quiet.mean() > 0.5 and np.array_equal(out[quiet], scaled[quiet])


def test_benchmark_listing_survives_missing_banks(monkeypatch, capsys) -> None:
    """Without hexter, ``python -m benchmark.configs`` still lists every benchmark, saying
    why dexed-presets-v1 has no fingerprint here."""
    from benchmark import configs
    from generators import benchmarks
    from generators.model import presets

    monkeypatch.setitem(presets.DEFAULT_FOLDERS, "dx7", "/nonexistent/hexter")
    benchmarks._base_config.cache_clear()
    try:
        assert configs.main([]) == 0
    finally:
        benchmarks._base_config.cache_clear()
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("dexed-presets-v1"))
    assert "(unavailable: preset folder /nonexistent/hexter not found)" in line
