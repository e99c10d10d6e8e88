"""Rendering phrases: the ``notes`` column, determinism by id, the MIDI round trip of a row,
the stream, ``datasets`` loading, command-line errors, and single-note datasets unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from generators.core.audio import decode
from generators.dataset.schema import arrow_schema, card_features, hf_features
from generators.dataset.writer import render_batch
from generators.model.config import config_from_meta
from generators.model.midi import write_midi
from generators.model.playing import as_notes
from generators.render import job
from generators.render.job import main, render_ids
from generators.sources.renderers import make_renderer
from generators.dataset.fingerprint import read_meta

from .test_render import read_rows

ARGS = ["--instrument", "noisemaker_light", "--n", "12", "--seed", "5", "--clip-length", "1.5",
        "--phrase", "random", "--velocity", "40-120", "--note-length", "0.1-0.6",
        "--no-progress"]


def pcm(row: dict) -> np.ndarray:
    return decode(row["audio"]["bytes"])[0]


@pytest.fixture(scope="module")
def phrases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("phrases") / "d"
    assert main([*ARGS, "--workers", "1", "--shard-size", "4", "--out", str(out)]) == 0
    return out


def test_rows_store_what_was_played(phrases: Path) -> None:
    config = config_from_meta(read_meta(phrases))
    rows = read_rows(phrases)
    assert sorted(rows) == list(range(12))
    assert config.instrument.clip_length == 1.5 and config.playing.phrase == "random"
    for i, row in rows.items():
        played = as_notes(row["notes"])
        assert played == config.playing.notes_of(config.instrument, 5, i, row["note"])
        assert 3 <= len(played) <= 6
        assert len(pcm(row)) == int(1.5 * config.instrument.sample_rate)
    card = (phrases / "README.md").read_text()
    assert "each clip plays a `random` phrase" in card and "- name: notes" in card


def test_render_is_the_same_for_any_workers_shards_or_id_alone(phrases: Path, tmp_path: Path,
                                                              monkeypatch) -> None:
    monkeypatch.setattr(job, "SPAWN_CLIPS", 1)  # really spawn 2 workers for 12 clips
    other = tmp_path / "d2"
    assert main([*ARGS, "--workers", "2", "--shard-size", "6", "--out", str(other)]) == 0
    a, b = read_rows(phrases), read_rows(other)
    for i in a:
        assert np.array_equal(pcm(a[i]), pcm(b[i])) and a[i]["notes"] == b[i]["notes"]
    config = config_from_meta(read_meta(phrases))
    alone = tmp_path / "alone"
    render_ids(config, alone, 7, 7)
    (row,) = pq.read_table(next((alone / "rerender").glob("*.parquet"))).to_pylist()
    assert np.array_equal(pcm(row), pcm(a[7])) and row["notes"] == a[7]["notes"]


def test_the_stream_renders_the_same_clips(phrases: Path) -> None:
    config = config_from_meta(read_meta(phrases))
    rows = read_rows(phrases)
    got = render_batch(config, make_renderer(config.instrument), [2, 9, 11])
    for k, i in enumerate(got.ids):
        assert np.array_equal(got.pcm[k], (pcm(rows[i]) * 32768).astype(np.int16))
    pytest.importorskip("torch")
    from generators.stream.clips import ClipStream

    (batch,) = list(ClipStream(config, ids=[2, 9, 11], batch_size=3))
    assert np.array_equal(batch["pcm"], got.pcm)
    assert [tuple(n) for n in batch["notes"]] == \
        [as_notes(rows[i]["notes"]) for i in (2, 9, 11)]


def test_a_rows_notes_as_a_midi_file_render_the_same_audio(phrases: Path, tmp_path: Path) -> None:
    rows = read_rows(phrases)
    for i in (3, 10):  # a train and a test row
        midi = write_midi(rows[i]["notes"], tmp_path / f"row{i}.mid")
        out = tmp_path / f"m{i}"
        assert main(["--instrument", "noisemaker_light", "--n", "12", "--seed", "5",
                     "--clip-length", "1.5", "--phrase", str(midi), "--workers", "1",
                     "--no-progress", "--ids", f"{i}-{i}", "--out", str(out)]) == 0
        (row,) = pq.read_table(next((out / "rerender").glob("*.parquet"))).to_pylist()
        assert row["notes"] == rows[i]["notes"]
        assert np.array_equal(pcm(row), pcm(rows[i]))
        meta = read_meta(out)
        assert meta["render"]["playing"]["phrase"][0] == \
            [rows[i]["notes"][0][k] for k in ("start", "pitch", "velocity", "duration")]


def test_datasets_loads_the_notes_column(phrases: Path) -> None:
    datasets = pytest.importorskip("datasets")
    ds = datasets.load_dataset("parquet", data_files=str(phrases / "data" / "train-*.parquet"),
                               split="train")
    assert ds.features["notes"] == hf_features(config_from_meta(read_meta(phrases)).instrument,
                                               notes=True)["notes"]
    row = ds.filter(lambda r: r["id"] == 3)[0]
    assert row["notes"] == read_rows(phrases)[3]["notes"]


def test_schema_and_card_features_with_notes_are_what_datasets_makes(phrases: Path) -> None:
    from datasets import DatasetInfo

    config = config_from_meta(read_meta(phrases))
    inst = config.instrument
    assert arrow_schema(config).equals(hf_features(inst, notes=True).arrow_schema,
                                       check_metadata=True)
    assert card_features(inst, notes=True) == \
        DatasetInfo(features=hf_features(inst, notes=True))._to_yaml_dict()["features"]


def test_single_note_datasets_have_no_notes_column(tiny_noisemaker) -> None:
    config, out = tiny_noisemaker
    assert config.playing is None and "playing" not in read_meta(out)["render"]
    assert "notes" not in pq.read_schema(next((out / "data").glob("*.parquet"))).names


def test_one_event_at_the_instruments_note_is_the_single_note_clip(tmp_path: Path) -> None:
    base = ["--instrument", "noisemaker_light", "--n", "5", "--workers", "1", "--no-progress"]
    assert main([*base, "--out", str(tmp_path / "a")]) == 0
    assert main([*base, "--velocity", "120", "--note-length", "0.67",
                 "--out", str(tmp_path / "b")]) == 0
    a, b = read_rows(tmp_path / "a"), read_rows(tmp_path / "b")
    for i in a:
        assert a[i]["audio"]["bytes"] == b[i]["audio"]["bytes"]
        assert b[i]["notes"] == [{"pitch": 60, "velocity": 120, "start": 0.0, "duration": 0.67}]


def _garbage(tmp_path: Path) -> str:
    (tmp_path / "bad.mid").write_bytes(b"MThd\x00\x00\x00\x06garbage")
    return str(tmp_path / "bad.mid")


@pytest.mark.parametrize("extra, message", [
    (["--velocity", "0-200"], "--velocity must be LOW-HIGH within 1-127, got 0-200"),
    (["--velocity", "loud"], "--velocity must be LOW-HIGH"),
    (["--note-length", "0.5-0.1"], "--note-length must be A-B seconds"),
    (["--note-length", "0.1-3"], "longer than the clip"),
    (["--clip-length", "0.5", "--note-length", "0.6-0.6"], "longer than the clip (0.5 s)"),
    (["--phrase", "bolero"], "unknown --phrase 'bolero'"),
    (["--phrase", "BAD"], "not a readable MIDI file"),
    (["--phrase", "repeat"], "give --velocity LOW-HIGH with LOW < HIGH"),
    (["--benchmark", "noisemaker-phrases-v1", "--phrase", "chord"], "drop --phrase"),
])
def test_bad_playing_options_are_one_error_line(extra: list[str], message: str, tmp_path: Path,
                                                capsys) -> None:
    extra = [_garbage(tmp_path) if a == "BAD" else a for a in extra]
    if "--benchmark" not in extra:
        extra = ["--instrument", "noisemaker_light", "--n", "4", *extra]
    assert main([*extra, "--no-progress", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and message in err[0], err
    assert not (tmp_path / "o").exists()


def test_the_phrase_benchmark_is_defined_and_fingerprinted() -> None:
    import dataclasses

    from generators.benchmarks import BENCHMARKS

    b = BENCHMARKS["noisemaker-phrases-v1"]
    config = b.config()
    assert (config.n, config.seed, config.instrument.name, config.instrument.clip_length) == \
        (10_000, 0, "noisemaker_velocity", 2.0)
    assert config.playing.phrase == "random"
    other = dataclasses.replace(b, playing=dataclasses.replace(b.playing, velocity=(48, 121)))
    assert other.fingerprint() != b.fingerprint() != BENCHMARKS["noisemaker-v2"].fingerprint()
    for i in (0, 9_999):
        (s, _) = config.sample(i)
        assert 3 <= len(s.notes) <= 6 and len({e.velocity for e in s.notes}) == 2


def test_the_hf_stream_carries_the_notes(phrases: Path) -> None:
    pytest.importorskip("datasets")
    from generators.stream.hf import hf_stream

    config = config_from_meta(read_meta(phrases))
    rows = read_rows(phrases)
    for ex in hf_stream(config, ids=[1, 8], batch_size=2):
        assert ex["notes"] == rows[ex["id"]]["notes"]
        assert np.array_equal(np.asarray(ex["pcm"], np.int16),
                              (pcm(rows[ex["id"]]) * 32768).astype(np.int16))


CROSS_CPU = """
import hashlib, sys
import numpy as np
from generators.benchmarks import BENCHMARKS
from generators.dataset.writer import render_batch
from generators.sources.renderers import make_renderer
config = BENCHMARKS["noisemaker-phrases-v1"].config()
got = render_batch(config, make_renderer(config.instrument), [int(i) for i in sys.argv[1:]])
print(hashlib.sha256(np.ascontiguousarray(got.pcm).tobytes()).hexdigest(), got.peak.max())
"""


@pytest.mark.slow
@pytest.mark.skipif(__import__("platform").machine() != "x86_64", reason="emulates x86-64 CPUs")
def test_phrase_clips_are_the_same_pcm_under_emulated_cpus(tmp_path: Path) -> None:
    """noisemaker-phrases-v1 clips, 4 of them summed past the limiter's knee (peak > 0.9), are
    the same PCM natively and under qemu Nehalem (SSE only) and Haswell (AVX2)."""
    import os
    import shutil
    import subprocess
    import sys

    qemu = shutil.which("qemu-x86_64")
    assert qemu, "apt-get install qemu-user"
    script = tmp_path / "clips.py"
    script.write_text(CROSS_CPU)
    ids = ["52", "102", "120", "144", "0", "1", "2", "3"]
    env = os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    runs = {cpu: subprocess.run([*pre, sys.executable, str(script), *ids], env=env,
                                capture_output=True, text=True, timeout=900)
            for cpu, pre in (("native", []), ("Nehalem", [qemu, "-cpu", "Nehalem"]),
                             ("Haswell", [qemu, "-cpu", "Haswell"]))}
    lines = {cpu: r.stdout.strip() for cpu, r in runs.items()}
    assert all(r.returncode == 0 for r in runs.values()), {c: r.stderr[-500:] for c, r in runs.items()}
    assert float(lines["native"].split()[1]) > 0.9  # the limiter is exercised
    assert len(set(lines.values())) == 1, lines


# sha256 of the int16 PCM (as stored) of noisemaker-phrases-v1's first test ids, as the
# reference render that pinned its test digest stored them
PHRASES_V1_TEST_HEAD = (range(8000, 8003),
                        "354b093529625c7af2efe982474ae53241579e723ead52ae0d220e7ed9faa3a3")


def test_the_phrase_benchmark_renders_its_pinned_test_clips() -> None:
    """Its test digest is pinned, and its first test clips render to the reference render's
    PCM (the whole split's digest: ``leaderboard.verify`` and ``render --benchmark``)."""
    import hashlib

    from generators.benchmarks import BENCHMARKS
    from generators.core.audio import as_stored

    b = BENCHMARKS["noisemaker-phrases-v1"]
    assert b.test_digest is not None and len(b.test_digest) == 64
    config = b.config()
    renderer = make_renderer(config.instrument)
    ids, pinned = PHRASES_V1_TEST_HEAD
    h = hashlib.sha256()
    for i in ids:
        s, _ = config.sample(i)
        h.update(as_stored(renderer.render_notes(dict(s.settings), s.notes)).tobytes())
    assert h.hexdigest() == pinned
