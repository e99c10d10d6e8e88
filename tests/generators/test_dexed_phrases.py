"""The ``dexed-phrases-v1`` benchmark: dexed-v1's DX7 voices, each clip a random phrase.

Its rows reproduce for any worker count (the generic phrase tests,
tests/generators/render/test_phrases.py) and under emulated CPUs (here, slow)."""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from generators.benchmarks import BENCHMARKS
from generators.model.playing import NoteEvent
from generators.sources.renderers import make_renderer

pytest.importorskip("dexed", reason='needs dexed-py: pip install -e ".[synths]"')

ROOT = Path(__file__).resolve().parents[2]


def test_dexed_phrases_v1_plays_the_voices_of_dexed_v1() -> None:
    b, single = BENCHMARKS["dexed-phrases-v1"], BENCHMARKS["dexed-v1"]
    config, base = b.config(), single.config()
    assert (config.n, config.seed, config.instrument.name, config.instrument.clip_length) == \
        (10_000, 0, "dexed", 2.0)
    assert b.playing == BENCHMARKS["noisemaker-phrases-v1"].playing
    assert b.test_digest and b.fingerprint() != single.fingerprint()
    for i in (0, 8_000, 9_999):  # same voice (labels) as dexed-v1's clip i, a phrase instead
        (s, _), (t, _) = config.sample(i), base.sample(i)
        assert s.settings == t.settings and t.notes is None
        assert 3 <= len(s.notes) <= 6 and len({e.velocity for e in s.notes}) == 2
        assert all(48 <= e.velocity <= 120 for e in s.notes)


def test_a_voices_velocity_sensitivity_is_heard_in_its_phrases() -> None:
    """The two velocity levels of a phrase tell the operators' velocity sensitivity apart:
    at sensitivity 0 a soft and a loud note are the same clip, at full sensitivity the
    soft one is quieter."""
    config = BENCHMARKS["dexed-phrases-v1"].config()
    renderer = make_renderer(config.instrument)
    settings = config.sample(3)[0].settings

    def rms(sens: float, velocity: int) -> float:
        voice = settings | {f"op{k}_velocity_sens": sens for k in range(1, 7)}
        clip = renderer.render_notes(voice, (NoteEvent(0.0, 60, velocity, 0.5),))
        return float(np.sqrt(np.mean(np.square(clip, dtype=np.float64))))

    assert rms(0.0, 48) == pytest.approx(rms(0.0, 120), rel=1e-6)
    assert 20 * np.log10(rms(10.0, 120) / rms(10.0, 48)) > 12.0  # 19.9 dB measured


@pytest.mark.slow
@pytest.mark.skipif(platform.machine() != "x86_64", reason="emulates x86-64 CPU models")
def test_dexed_phrase_rows_are_the_same_under_qemu_nehalem(tmp_path: Path) -> None:
    """perf/cross_cpu.py --benchmark dexed-phrases-v1 --n 4: the first test clips (3-6 DX7
    voices summed and soft-limited), native against qemu Nehalem (SSE only), row for row."""
    assert shutil.which("qemu-x86_64"), "apt-get install qemu-user"
    report = tmp_path / "report.json"
    proc = subprocess.run([sys.executable, str(ROOT / "perf" / "cross_cpu.py"), "--benchmark",
                           "dexed-phrases-v1", "--n", "4", "--cpus", "Nehalem", "--json",
                           str(report)], capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(report.read_text())["Nehalem"]["rows_differ"] == {"dexed-phrases-v1": 0}
