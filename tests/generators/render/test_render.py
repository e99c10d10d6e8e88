"""The render job: determinism, resume, layout, errors, and loading with `datasets`."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from generators.core.audio import decode, quantize
from generators.model.config import RenderConfig
from generators.instruments import get_instrument
from generators.render.job import main, render_dataset
from generators.sources.renderers import make_renderer
from generators.model.sampler import draw
from generators.dataset.writer import ShardWriter

ROOT = Path(__file__).resolve().parents[3]


def read_rows(out: Path) -> dict[int, dict]:
    """All rows of a dataset folder (data/ and rerender/), by id."""
    rows: dict[int, dict] = {}
    for f in sorted(out.glob("**/*.parquet")):
        for row in pq.read_table(f).to_pylist():
            assert row["id"] not in rows, f"id {row['id']} written twice"
            rows[row["id"]] = row
    return rows


def cli(*args: str, cwd: Path = ROOT, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generators.render", "--no-progress", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=300, **kw)


def test_layout_and_card(tiny_noisemaker) -> None:
    config, out = tiny_noisemaker
    names = sorted(p.name for p in (out / "data").iterdir())
    assert names == ["test-00000-of-00001.parquet", "train-00000-of-00003.parquet",
                     "train-00001-of-00003.parquet", "train-00002-of-00003.parquet"]
    meta = json.loads((out / "instrument.json").read_text())
    assert meta["instrument"]["name"] == "noisemaker"
    assert meta["render"]["n"] == 60
    assert "dawdreamer" in meta["versions"]
    card = (out / "README.md").read_text()
    assert card.startswith("---\n")
    assert "configs:" in card
    assert "num_examples: 48" in card
    assert "`lfo1_destination` | switch | NOTHING, FILTER" in card
    rows = read_rows(out)
    assert sorted(rows) == list(range(60))
    row = rows[3]
    assert row["note"] == 60
    assert isinstance(row["osc1_wave"], str)
    assert row["audio"]["bytes"][:4] == b"fLaC"
    assert draw(config.instrument, 11, 3).settings["filter_cutoff"] == pytest.approx(row["filter_cutoff"])
    # the audio bytes are stored plain (FLAC is compressed; a clip never repeats), every
    # other column as pyarrow's defaults store it
    columns = pq.ParquetFile(out / "data" / names[0]).metadata.row_group(0)
    chunks = {columns.column(i).path_in_schema: columns.column(i) for i in range(columns.num_columns)}
    assert chunks["audio.bytes"].compression == "UNCOMPRESSED"
    assert "RLE_DICTIONARY" not in chunks["audio.bytes"].encodings
    assert chunks["osc1_wave"].compression == "SNAPPY"
    assert "RLE_DICTIONARY" in chunks["osc1_wave"].encodings


def test_determinism_across_workers_and_shard_sizes(tiny_noisemaker, tmp_path: Path) -> None:
    config, ref_out = tiny_noisemaker
    ref = read_rows(ref_out)
    other = RenderConfig(config.instrument, n=60, seed=11, shard_size=5)
    render_dataset(other, tmp_path / "w2", workers=2, progress=False)
    got = read_rows(tmp_path / "w2")
    assert got.keys() == ref.keys()
    for i in ref:
        assert got[i] == ref[i], f"id {i} differs between 1 worker/shard 16 and 2 workers/shard 5"


def test_ids_rerender_equals_original(tiny_noisemaker, tmp_path: Path) -> None:
    config, ref_out = tiny_noisemaker
    ref = read_rows(ref_out)
    assert cli("--n", "60", "--seed", "11", "--ids", "5-12", "--out", str(tmp_path / "ids"),
               "--shard-size", "16").returncode == 0
    got = read_rows(tmp_path / "ids")
    assert sorted(got) == list(range(5, 13))
    assert all(got[i] == ref[i] for i in got)


def test_stored_audio_is_what_was_rendered(tiny_noisemaker) -> None:
    config, out = tiny_noisemaker
    renderer = make_renderer(config.instrument)
    row = read_rows(out)[11]
    clip = renderer.render(draw(config.instrument, 11, 11).settings)
    stored, sr = decode(row["audio"]["bytes"])
    assert sr == 22050
    assert stored.shape == (19845,)
    np.testing.assert_array_equal((stored * 32768).astype(np.int16), quantize(clip))
    assert row["peak"] == pytest.approx(np.abs(stored).max(), abs=1e-6)


def test_load_dataset_round_trip(tiny_noisemaker) -> None:
    datasets = pytest.importorskip("datasets")
    config, out = tiny_noisemaker
    ds = datasets.load_dataset(str(out))
    assert ds["train"].num_rows == 48
    assert ds["test"].num_rows == 12
    feats = ds["train"].features
    assert feats["filter_cutoff"].dtype == "float32"
    assert feats["osc1_wave"].dtype == "string"
    assert isinstance(feats["audio"], datasets.Audio)
    assert feats["audio"].sampling_rate == 22050
    rows = read_rows(out)
    for row in ds["test"]:
        expected, _ = decode(rows[row["id"]]["audio"]["bytes"])
        samples = row["audio"].get_all_samples()
        decoded = samples.data.numpy()[0]
        assert samples.sample_rate == 22050
        np.testing.assert_allclose(decoded, expected, atol=1e-6)
        assert row["osc2_wave"] == rows[row["id"]]["osc2_wave"]


def test_rerun_resumes_and_renders_nothing_twice(tiny_noisemaker, tmp_path: Path) -> None:
    config, ref_out = tiny_noisemaker
    out = tmp_path / "resume"
    render_dataset(config, out, workers=1, progress=False)
    first = out / "data" / "train-00001-of-00003.parquet"
    first.unlink()  # as if the run had stopped before this shard
    mtimes = {p: p.stat().st_mtime_ns for p in (out / "data").iterdir()}
    render_dataset(config, out, workers=1, progress=False)
    assert first.exists()
    assert all(p.stat().st_mtime_ns == t for p, t in mtimes.items()), "finished shards rewritten"
    assert read_rows(out) == read_rows(ref_out)


@pytest.mark.slow
@pytest.mark.parametrize("sig, workers", [(signal.SIGINT, "2"), (signal.SIGTERM, "2"),
                                          (signal.SIGKILL, "1")])
def test_interrupt_then_resume_loses_and_duplicates_nothing(tmp_path: Path, sig, workers) -> None:
    out = tmp_path / "int"
    # 100 shards: long enough to be interrupted after the first (4 lanes render ~1,000 clips/s
    # per worker)
    args = ["--n", "4000", "--shard-size", "40", "--seed", "3", "--workers", workers, "--out", str(out)]
    # SIGINT back to its default in the child: a shell starts background jobs (a suite run
    # with `&`) with SIGINT ignored, and that disposition would be inherited
    proc = subprocess.Popen([sys.executable, "-m", "generators.render", "--no-progress", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while not list((out / "data").glob("*.parquet")) and time.time() < deadline:
        time.sleep(0.05)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    if sig != signal.SIGKILL:
        assert proc.returncode == 130, err[-2000:]
        assert "resume" in err
    written = list((out / "data").glob("*.parquet"))
    assert 0 < len(written) < 100, "the run should have been interrupted mid-way"
    time.sleep(0.5)  # let any orphaned worker finish its atomic rename
    assert not [p for p in (out / "data").iterdir() if p.name.startswith(".")] or sig == signal.SIGKILL
    for f in written:
        assert pq.read_table(f).num_rows == 40  # no partial shard
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    assert not [p for p in (out / "data").iterdir() if p.name.startswith(".")]
    rows = read_rows(out)
    assert sorted(rows) == list(range(4000))
    config = RenderConfig(get_instrument("noisemaker"), n=4000, seed=3, shard_size=40)
    spot = ShardWriter(config, tmp_path, make_renderer(config.instrument)).rows([0, 3999])
    for row in spot.to_pylist():
        assert rows[row["id"]] == row


@pytest.mark.parametrize("args, message", [
    (["--instrument", "nosiemaker", "--n", "5"], "unknown instrument 'nosiemaker'; known: "),
    (["--n", "0"], "--n must be > 0"),
    (["--n", "-3"], "--n must be > 0"),
    (["--n", "5", "--workers", "0"], "--workers must be > 0"),
    (["--n", "5", "--notes", "72-48"], "--notes"),
    (["--n", "5", "--notes", "abc"], "--notes must look like LOW-HIGH"),
    (["--n", "5", "--ids", "3-9"], "--ids 3-9 outside 0-4"),
])
def test_bad_input_gives_one_line_error(tmp_path: Path, args, message) -> None:
    res = cli(*args, "--out", str(tmp_path / "x"))
    assert res.returncode == 2
    assert message in res.stderr
    assert "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    if "unknown instrument" in message:
        assert "noisemaker, noisemaker_light" in res.stderr


def test_out_holding_another_dataset_is_refused(tiny_noisemaker, tmp_path: Path) -> None:
    config, out = tiny_noisemaker
    res = cli("--n", "20", "--seed", "8", "--shard-size", "8", "--out", str(out))
    assert res.returncode == 2
    assert "holds another dataset" in res.stderr
    assert "render" in res.stderr
    res = cli("--n", "20", "--instrument", "noisemaker_light", "--out", str(out))
    assert res.returncode == 2
    assert "--overwrite" in res.stderr
    (tmp_path / "stuff").mkdir()
    (tmp_path / "stuff" / "notes.txt").write_text("mine")
    res = cli("--n", "4", "--out", str(tmp_path / "stuff"))
    assert res.returncode == 2
    assert "not empty" in res.stderr
    copy = tmp_path / "copy"
    render_dataset(config, copy, progress=False)
    res = cli("--n", "6", "--seed", "1", "--out", str(copy), "--overwrite")
    assert res.returncode == 0, res.stderr
    assert sorted(read_rows(copy)) == list(range(6))


def test_unwritable_out_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = cli("--n", "4", "--out", str(blocker / "sub"))
    assert res.returncode == 2
    assert "cannot write" in res.stderr
    res = cli("--n", "4", "--out", str(blocker))
    assert res.returncode == 2
    assert "not a folder" in res.stderr


def test_disk_full_is_reported(monkeypatch, tmp_path: Path, capsys) -> None:
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pq, "write_table", full)
    assert main(["--n", "4", "--workers", "1", "--no-progress", "--out", str(tmp_path / "d")]) == 2
    err = capsys.readouterr().err
    assert "disk full" in err
    assert not [p for p in (tmp_path / "d" / "data").iterdir()]  # nothing half-written


def test_list_shows_parameter_tables(capsys) -> None:
    assert main(["--list"]) == 0
    out = capsys.readouterr().out
    assert "## noisemaker_light" in out
    assert "`filter_cutoff` | knob | 0-10 (128 steps)" in out


def test_help_text() -> None:
    res = cli("--help")
    assert res.returncode == 0
    assert "--shard-size" in res.stdout
    assert "resum" in res.stdout
