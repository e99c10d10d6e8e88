"""gm-ood-v1: real instrument notes of the FluidR3 GM SoundFont, played by FluidSynth."""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from generators.benchmarks import AUDIO_BENCHMARKS
from generators.core.errors import DatasetError
from generators.render.audio_only import read_audio_benchmark, render_pcm
from generators.render.job import main as render_main
from generators.sources.soundfont import SOUNDFONT, SoundFontPlayer, fluidsynth_version

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not Path(SOUNDFONT).is_file(),
                                reason="apt-get install fluidsynth fluid-soundfont-gm")
GM = AUDIO_BENCHMARKS["gm-ood-v1"]


def test_every_program_plays_middle_c_and_two_notes_in_its_range() -> None:
    rows = GM.rows()
    assert len(rows) == GM.n == 384 and [i for i, _, _ in rows] == list(range(384))
    by_program: dict[int, list[int]] = {}
    for _, p, n in rows:
        by_program.setdefault(p, []).append(n)
    assert sorted(by_program) == list(range(128))
    assert all(len(set(notes)) == 3 for notes in by_program.values())
    assert all(60 in notes for p, notes in by_program.items() if p != 43)
    assert by_program[0] == [53, 60, 72]            # piano: a fifth below, an octave above
    assert by_program[33] == by_program[58] == [48, 53, 60]   # bass, tuba: nothing above C4
    assert by_program[43] == [36, 41, 48]           # FluidR3's contrabass: silent from 58 up


def test_a_clip_does_not_depend_on_what_was_rendered_before() -> None:
    player = SoundFontPlayer()
    a = player.render(0, 60)
    player.render(40, 53)
    assert np.array_equal(a, player.render(0, 60))
    assert np.array_equal(a, SoundFontPlayer().render(0, 60))
    assert a.dtype == np.float32 and a.shape == (19845,) and 0.05 < np.abs(a).max() < 1
    # held 0.67 s: the level falls after the note-off
    assert np.abs(a[:14000]).max() > 2 * np.abs(a[-2000:]).max()


def test_the_pcm_is_the_same_for_any_worker_count() -> None:
    rows = GM.rows()[::48]  # 8 clips
    one = render_pcm(GM, 1, rows, progress=False)
    two = render_pcm(GM, 2, rows, progress=False)
    assert all(np.array_equal(a, b) for a, b in zip(one, two))
    assert all(x.dtype == np.int16 and x.shape == (19845,) for x in one)


def test_the_fingerprint_names_fluidsynth_s_version_and_settings() -> None:
    d = GM.definition()
    assert d["fluidsynth_settings"]["synth.reverb.active"] == 0
    assert d["fluidsynth_settings"]["synth.chorus.active"] == 0
    assert fluidsynth_version().count(".") == 2
    assert len(GM.fingerprint()) == 64


def test_render_refuses_options_the_benchmark_fixes(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture) -> None:
    assert render_main(["--benchmark", "gm-ood-v1", "--n", "3", "--out", str(tmp_path)]) == 2
    assert "error: --benchmark gm-ood-v1 is audio only and fixed; drop --n" in \
        capsys.readouterr().err
    with pytest.raises(DatasetError, match="no audio-only benchmark"):
        read_audio_benchmark(tmp_path)


@pytest.mark.slow
def test_the_rendered_split_is_the_pinned_one(tmp_path: Path,
                                              capsys: pytest.CaptureFixture) -> None:
    """The whole benchmark (384 clips, about 40 s on 2 cores)."""
    out = tmp_path / "gm"
    assert render_main(["--benchmark", "gm-ood-v1", "--out", str(out), "--workers", "2",
                        "--no-progress"]) == 0
    assert "this machine reproduces the reference test split" in capsys.readouterr().out
    meta, table = read_audio_benchmark(out)
    assert meta["test_digest"] == GM.test_digest and meta["fingerprint"] == GM.fingerprint()
    assert table.num_rows == 384 and table.column("program_name")[0].as_py() == "Yamaha Grand Piano"
    assert not any(table.column("is_silent").to_pylist())
    assert json.loads((out / "benchmark.json").read_text())["n"] == 384


@pytest.mark.slow
@pytest.mark.skipif(platform.machine() != "x86_64", reason="emulates x86-64 CPU models")
def test_the_same_pcm_under_emulated_cpus() -> None:
    """perf/cross_cpu_soundfont.py: 24 clips natively and under qemu Nehalem and Haswell
    (about 60 s)."""
    assert shutil.which("qemu-x86_64"), "apt-get install qemu-user"
    proc = subprocess.run([sys.executable, str(ROOT / "perf" / "cross_cpu_soundfont.py")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("identical") == 2, proc.stdout
