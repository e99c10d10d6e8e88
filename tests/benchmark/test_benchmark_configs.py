"""Named benchmarks, dataset fingerprints, and render --benchmark."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from benchmark import configs
from benchmark.configs import check_dataset
from benchmark.errors import FingerprintError
from generators.model.config import RenderConfig, config_from_meta
from generators.dataset.fingerprint import fingerprint, read_meta, source_digest, versions
from generators.instruments import get_instrument
from generators.benchmarks import BENCHMARKS, Benchmark
from generators.render.job import main as render_main



@pytest.fixture(scope="session")
def nm(tiny_noisemaker) -> Path:
    return tiny_noisemaker[1]


def test_registry() -> None:
    assert {b.name: b.n for b in BENCHMARKS.values() if b.presets is None} == {
        "noisemaker-v2": 10_000, "noisemaker_light-v2": 1_000, "moog-v2": 10_000,
        "guitar-v2": 10_000, "guitar_light-v2": 32, "dexed-v1": 10_000, "vital-v1": 10_000,
        "noisemaker-phrases-v1": 10_000, "dexed-phrases-v1": 10_000}
    for b in BENCHMARKS.values():
        if b.presets is not None:  # tests/generators/model/test_presets.py
            continue
        # phrase benchmarks: tests/generators/render/test_phrases.py
        if b.playing:  # named after the patch space it plays (noisemaker_velocity: noisemaker-)
            assert b.name.startswith(b.instrument.split("_")[0] + "-phrases-v")
        else:
            assert b.name.startswith(b.instrument + "-v")
        config = b.config()
        assert config.instrument.name == b.instrument
        assert config.n == b.n
    assert BENCHMARKS["guitar_light-v2"].n == get_instrument("guitar_light").default_n


def test_fingerprint_covers_what_changes_rows() -> None:
    inst = get_instrument("noisemaker_light")
    base = RenderConfig(inst, n=100, seed=1, shard_size=100)
    fp = fingerprint(base)
    assert len(fp) == 64
    assert fp == fingerprint(RenderConfig(inst, n=100, seed=1, shard_size=100))
    # shard size changes the files, not the rows
    assert fingerprint(dataclasses.replace(base, shard_size=7)) == fp
    changed = [
        dataclasses.replace(base, seed=2),
        dataclasses.replace(base, n=101),
        dataclasses.replace(base, note_range=(48, 72)),
        dataclasses.replace(base, audio_format="wav"),
        dataclasses.replace(base, instrument=dataclasses.replace(inst, velocity=100)),
    ]
    assert len({fingerprint(c) for c in changed} | {fp}) == len(changed) + 1
    v = versions()
    assert fingerprint(base, v) == fp
    assert fingerprint(base, v | {"dawdreamer": "0.0.1"}) != fp
    assert fingerprint(base, v | {"numpy": "0.0.1"}) == fp  # not an audio version
    assert fingerprint(base, v, "another DSP") != fp


def test_instrument_json_holds_the_fingerprint(nm: Path) -> None:
    meta = read_meta(nm)
    config = config_from_meta(meta)
    assert meta["fingerprint"] == fingerprint(config)
    assert meta["source_sha256"] == source_digest(config.instrument)
    assert check_dataset(meta) is None  # valid, and no registered benchmark


def test_check_dataset_refuses(nm: Path, monkeypatch) -> None:
    meta = read_meta(nm)
    with pytest.raises(FingerprintError, match="is not benchmark noisemaker-v2: .*n 60 "
                                               r"\(benchmark: 10000\), seed 11"):
        check_dataset(meta, "noisemaker-v2", "tiny")
    with pytest.raises(FingerprintError, match="instrument 'noisemaker' .*'noisemaker_light'"):
        check_dataset(meta, "noisemaker_light-v2", "tiny")
    edited = json.loads(json.dumps(meta))
    edited["render"]["seed"] = 12
    with pytest.raises(FingerprintError, match="edited after rendering"):
        check_dataset(edited, None, "tiny")
    other = json.loads(json.dumps(meta))
    other["versions"]["dawdreamer"] = "0.0.1"
    other["fingerprint"] = fingerprint(config_from_meta(other), other["versions"])
    with pytest.raises(FingerprintError, match=r"rendered with dawdreamer 0.0.1 \(installed: "):
        check_dataset(other, None, "tiny")
    dsp = json.loads(json.dumps(meta))
    dsp["source_sha256"] = "old"
    dsp["fingerprint"] = fingerprint(config_from_meta(dsp), dsp["versions"], "old")
    with pytest.raises(FingerprintError, match="DSP source changed"):
        check_dataset(dsp, None, "tiny")
    with pytest.raises(FingerprintError, match="no fingerprint"):
        check_dataset({k: v for k, v in meta.items() if k != "fingerprint"}, None, "tiny")
    # a registered benchmark with these settings is recognised and accepted
    tiny = Benchmark("tiny-v1", "noisemaker", 60, seed=11)
    monkeypatch.setitem(BENCHMARKS, "tiny-v1", tiny)
    assert check_dataset(meta) == tiny
    assert check_dataset(meta, "tiny-v1") == tiny


def test_render_benchmark(tmp_path: Path, monkeypatch, capsys) -> None:
    tiny = Benchmark("tiny_light-v1", "noisemaker_light", 6, seed=3)
    monkeypatch.setitem(BENCHMARKS, tiny.name, tiny)
    monkeypatch.chdir(tmp_path)
    assert render_main(["--benchmark", tiny.name, "--workers", "1", "--no-progress"]) == 0
    meta = read_meta(tmp_path / "datasets" / tiny.name)
    assert meta["fingerprint"] == tiny.fingerprint()
    assert meta["render"]["n"] == 6
    assert meta["render"]["seed"] == 3
    assert meta["instrument"]["name"] == "noisemaker_light"


@pytest.mark.parametrize("args, message", [
    (["--benchmark", "noisemaker-v2", "--seed", "3"], "drop --seed"),
    (["--benchmark", "noisemaker-v2", "--n", "5", "--instrument", "moog"],
     "drop --instrument, --n"),
    (["--benchmark", "nosiemaker-v1"], "unknown benchmark 'nosiemaker-v1'; known: noisemaker-v2"),
])
def test_render_benchmark_bad_input(tmp_path: Path, capsys, args, message) -> None:
    assert render_main([*args, "--out", str(tmp_path / "x"), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


def test_listing(capsys) -> None:
    assert configs.main([]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in BENCHMARKS)


def test_plugin_binary_is_part_of_the_fingerprint(tmp_path) -> None:
    import dataclasses

    from generators.model.config import RenderConfig
    from generators.model.declaration import PluginSource
    from generators.dataset.fingerprint import fingerprint, source_digest
    from generators.instruments import get_instrument

    binary = tmp_path / "synth.so"
    binary.write_bytes(b"version 1")
    inst = dataclasses.replace(get_instrument("noisemaker_light"), source=PluginSource(str(binary)))
    config = RenderConfig(inst, n=10)
    before, digest = fingerprint(config), source_digest(inst)
    binary.write_bytes(b"version 2")
    assert source_digest(inst) != digest
    assert fingerprint(config) != before


def test_a_reference_mismatch_is_reported_by_kind_of_instrument() -> None:
    """``cpu_dependent`` (which ``reference_line`` and ``render --benchmark`` ask only when the
    bytes differ) reads the resolved instrument's ``source.portable``: a plug-in or vital
    is tolerated, a built-in or dexed is an error."""
    from generators.benchmarks import reference_check, reference_line

    builtin, plugin = BENCHMARKS["guitar_light-v2"], BENCHMARKS["amsynth-presets-v1"]
    assert not builtin.cpu_dependent
    other = "0" * 64
    line = reference_line(builtin, reference_check(builtin, other))
    assert line.startswith("guitar_light-v2: this machine renders the test split differently")
    assert line.endswith("this instrument must render the same PCM on every CPU)")
    assert plugin.cpu_dependent
    check = reference_check(plugin, other)
    assert check["reproduced"] is False
    assert "PCM may differ by CPU; tolerated" in reference_line(plugin, check)
    assert BENCHMARKS["vital-v1"].cpu_dependent and not BENCHMARKS["dexed-v1"].cpu_dependent
    unpinned = dataclasses.replace(plugin, test_digest=None)
    assert reference_check(unpinned, other)["reproduced"] is None
