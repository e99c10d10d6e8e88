"""The compiled, portable C of the built-in instruments.

- The committed C is what Faust generates from the ``.dsp`` files today, and
  calls no libm function whose result depends on the CPU.
- It sounds as DawDreamer's JIT of the same ``.dsp`` (the reference).
- Its lane-parallel twin renders 4 patches at once, each the same bytes as
  the scalar class.
- It renders the same rows natively and under emulated CPUs without FMA or
  AVX (Nehalem) and with FMA but no AVX-512 (Haswell).
"""

from __future__ import annotations

import json
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from generators import _dsp

from generators.dsp import codegen as dsp_codegen, lanes as dsp_lanes

from generators.dataset import fingerprint
from generators.dsp.compiled import CompiledRenderer
from generators.model.declaration import Knob
from generators.dsp.reference import FaustRenderer
from generators.instruments import BUILTIN, get_instrument
from generators.sources.renderers import make_renderer, render_many
from generators.model.sampler import draw

from tests.sound import mel_distance, random_patch


ROOT = Path(__file__).resolve().parents[2]


def test_generated_c_is_up_to_date() -> None:
    assert dsp_codegen.main(["--check"]) == 0, "run python -m generators.dsp_codegen"


@pytest.mark.parametrize("name", dsp_codegen.DSPS)
def test_generated_c_calls_only_portable_maths(name: str) -> None:
    code = (dsp_codegen.c_dir() / f"{name}.c").read_text()
    called = set(re.findall(r"\b([a-z_][a-z0-9_]*f)\(", code))
    libm_like = {f for f in called if not f.startswith("ss_")
                 and not f.endswith(("_f", name)) and f not in ("sizeof",)}
    assert libm_like <= set(dsp_codegen.EXACT_LIBM), libm_like - set(dsp_codegen.EXACT_LIBM)
    assert "ss_powf(" in code or "ss_tanf(" in code  # the rewrite happened


@pytest.mark.parametrize("name,median_dbfs", [("noisemaker", -90.0), ("moog", -60.0),
                                               ("guitar", -90.0)])
def test_compiled_sounds_as_dawdreamer_reference(name: str, median_dbfs: float) -> None:
    """Largest sample difference per patch: median below -90 dBFS; log-Mel
    distance of every patch below 0.1 dB (the audibility threshold is 1 dB).
    The moog is chaotic: its driven, resonant ladder amplifies last-bit
    differences (the JIT's fused multiply-adds on FMA hosts, libm against
    ssmath.h in its tables) into phase drift of up to -40 dBFS on single
    patches (median -80 dBFS here), while its log-Mel spectrogram stays the
    same to 0.06 dB."""
    inst = get_instrument(name)
    compiled, reference = make_renderer(inst), FaustRenderer(inst)
    peaks, mels = [], []
    for k in range(12):
        patch = random_patch(inst, k)
        a, b = compiled.render(patch), reference.render(patch)
        assert a.dtype == np.float32
        assert a.shape == b.shape == (inst.n_samples,)
        peaks.append(20 * np.log10(max(float(np.abs(a - b).max()), 1e-12)))
        mels.append(mel_distance(a, b, inst.sample_rate))
    assert np.median(peaks) < median_dbfs, peaks
    assert max(mels) < 0.1, mels


def test_compiled_renders_are_repeatable_in_any_order() -> None:
    inst = get_instrument("moog")
    r = make_renderer(inst)
    a, b = random_patch(inst, 1), random_patch(inst, 2)
    first = r.render(a).copy()
    r.render(b)
    assert np.array_equal(r.render(a), first)
    assert np.array_equal(make_renderer(inst).render(a), first)


@pytest.mark.parametrize("width", _dsp.WIDTHS)
@pytest.mark.parametrize("name", [n for n, i in BUILTIN.items() if i.source.kind == "faust"])
def test_lanes_render_the_same_bytes_as_one_patch_at_a_time(name: str, width: int) -> None:
    """25 patches, every lane width this CPU runs (4 in SSE2; 8 in AVX2: full
    calls, then 1 patch and padding lanes): random ones with their notes, 8 that
    share their switches and note (lanes side by side whose table and delay reads
    often find one index in every lane: the single-load path of ``ssvec.h``), and
    every knob at its lowest and highest step (clamps, negative floors, silence);
    the patches given in reverse give each the same bytes."""
    inst = get_instrument(name)
    lo = {p.name: p.label_of_step(p.steps[0]) for p in inst.params if isinstance(p, Knob)}
    hi = {p.name: p.label_of_step(p.steps[1]) for p in inst.params if isinstance(p, Knob)}
    patches = [(dict(s.settings), s.note) for s in (draw(inst, 7, i) for i in range(15))]
    switches = {k: v for k, v in patches[0][0].items() if k not in lo}
    patches += [(dict(s.settings) | switches, patches[0][1])
                for s in (draw(inst, 8, i) for i in range(8))]
    patches += [(lo, None), (hi, inst.note)]
    one = make_renderer(inst)
    expected = [one.render(settings, note).tobytes() for settings, note in patches]
    lanes = CompiledRenderer(inst, lanes=width)
    got = [clip.tobytes() for clip in render_many(lanes, patches)]
    assert len(got) == len(patches)
    for i, (a, b) in enumerate(zip(got, expected)):
        assert a == b, f"patch {i} differs"
    assert [c.tobytes() for c in render_many(lanes, patches[:2])] == expected[:2]  # no leak
    backwards = [clip.tobytes() for clip in render_many(lanes, patches[::-1])]
    assert backwards[::-1] == expected


def test_lanes_translation_refuses_what_it_does_not_cover() -> None:
    code = (dsp_codegen.c_dir() / "noisemaker.c").read_text().split(dsp_lanes.LANES_MARKER)[0]
    loop = code.index("for (i0 = 0; i0 < count")
    broken = code[:loop] + code[loop:].replace("fabsf(", "sinhf(", 1)
    with pytest.raises(dsp_lanes.LanesError, match="sinhf"):
        dsp_lanes.lanes_code(broken)


def test_source_digest_leaves_out_the_lane_twin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "dsp"
    shutil.copytree(dsp_codegen.c_dir().parents[1], folder)
    monkeypatch.setattr(fingerprint, "dsp_dir", lambda: folder)
    inst = get_instrument("noisemaker")
    c_file = folder / "c" / "generated" / "noisemaker.c"
    with_twin = fingerprint.source_digest(inst)
    text = c_file.read_text()
    start, end = text.index(dsp_lanes.LANES_MARKER), text.index(dsp_lanes.LANES_END)
    c_file.write_text(text[:start] + text[end + len(dsp_lanes.LANES_END) + 1:])
    (folder / "c" / "ssvec.h").unlink()
    assert fingerprint.source_digest(inst) == with_twin  # the scalar class as Faust emits it
    c_file.write_text(text.replace("0.999f", "0.998f", 1))
    assert fingerprint.source_digest(inst) != with_twin


@pytest.mark.skipif(platform.machine() != "x86_64", reason="emulates x86-64 CPU models")
def test_same_rows_under_emulated_cpus() -> None:
    """perf/cross_cpu.py: 9 rows (decoded PCM and every other column) of every
    portable built-in (dexed included, vital not), native vs qemu Nehalem (no AVX: 4 lanes,
    twice, then one) and
    Haswell (AVX2: 8 lanes, then one) (.ci/run installs qemu-user)."""
    assert shutil.which("qemu-x86_64"), "apt-get install qemu-user"
    proc = subprocess.run([sys.executable, str(ROOT / "perf" / "cross_cpu.py"), "--n", "9"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("identical") == 2 * sum(i.source.portable for i in BUILTIN.values()), \
        proc.stdout
    assert "Nehalem: " in proc.stdout and "(4 lanes)" in proc.stdout.split("Nehalem: ")[1].splitlines()[0]
    assert "(8 lanes)" in proc.stdout.split("Haswell: ")[1].splitlines()[0], proc.stdout


@pytest.mark.skipif(platform.machine() != "x86_64", reason="emulates x86-64 CPU models")
def test_a_benchmark_split_digest_is_the_pinned_one_under_emulated_cpus(tmp_path: Path) -> None:
    """perf/cross_cpu.py --benchmark: the whole test split of guitar_light-v2 (7 rows),
    natively and under qemu Nehalem and Haswell, has the pinned PCM ``test_digest``."""
    from generators.benchmarks import BENCHMARKS

    assert shutil.which("qemu-x86_64"), "apt-get install qemu-user"
    report = tmp_path / "report.json"
    proc = subprocess.run([sys.executable, str(ROOT / "perf" / "cross_cpu.py"),
                           "--benchmark", "guitar_light-v2", "--json", str(report)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    pinned = BENCHMARKS["guitar_light-v2"].test_digest
    doc = json.loads(report.read_text())
    assert {cpu: side["split"]["guitar_light-v2"] for cpu, side in doc.items()} == \
        {"native": pinned, "Nehalem": pinned, "Haswell": pinned}
    assert doc["Nehalem"]["rows_differ"] == doc["Haswell"]["rows_differ"] == {"guitar_light-v2": 0}
    assert (doc["Nehalem"]["lanes"], doc["Haswell"]["lanes"]) == (4, 8)


def test_a_lane_width_the_cpu_does_not_run_is_refused() -> None:
    inst = get_instrument("noisemaker_light")
    with pytest.raises(ValueError, match="lanes"):
        CompiledRenderer(inst, lanes=5)
    r = CompiledRenderer(inst)
    values = [r._values(draw(inst, 0, 0).settings, None)]
    out = np.zeros((16, 64), np.float32)
    with pytest.raises(ValueError, match="lanes"):
        _dsp.render_lanes(r._instance, values, 64, 32, 16, out, [0])
    with pytest.raises(ValueError, match="patches"):
        _dsp.render_lanes(r._instance, values * (max(_dsp.WIDTHS) + 1), 64, 32, _dsp.LANES, out,
                          [0])


def test_render_lanes_checks_its_output_rows() -> None:
    """A row index out of range, a buffer that is not float32, and a call without
    ``out`` and ``rows`` are refused with an error."""
    inst = get_instrument("noisemaker_light")
    r = CompiledRenderer(inst)
    values = [r._values(draw(inst, 0, 0).settings, None)]
    with pytest.raises(ValueError, match="rows"):
        _dsp.render_lanes(r._instance, values, 64, 32, _dsp.LANES, np.zeros((1, 64), np.float32), [1])
    with pytest.raises(ValueError, match="float32"):
        _dsp.render_lanes(r._instance, values, 64, 32, _dsp.LANES, np.zeros((1, 64), np.float64), [0])
    with pytest.raises(TypeError):
        _dsp.render_lanes(r._instance, values, 64, 32, _dsp.LANES)
