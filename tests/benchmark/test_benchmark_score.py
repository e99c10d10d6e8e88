"""The score CLI: table, results JSON, --resynth-limit, refusals with nothing written."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from benchmark import score as score_cli
from benchmark.errors import run_cli
from benchmark.predictions import from_columns, validate, write_predictions

from generators.benchmarks import Benchmark, BENCHMARKS

from tests.benchmark_data import truth_columns

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def truth_file(task, tmp_path_factory) -> Path:
    ids = task.split_ids("test")
    preds = validate(task, from_columns(truth_columns(task, ids), ids), "test")
    return write_predictions(tmp_path_factory.mktemp("preds") / "truth.csv", preds, task)


def test_score_truth(task, truth_file: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setitem(BENCHMARKS, "tiny-v1", Benchmark("tiny-v1", "noisemaker", 60, seed=11))
    out = tmp_path / "r.json"
    assert run_cli(score_cli.main, [task.source, str(truth_file), "--name", "oracle", "--out",
                                    str(out), "--workers", "1", "--no-progress",
                                    "--benchmark", "tiny-v1"]) == 0
    text = capsys.readouterr().out
    assert f"oracle on {task.name} = tiny-v1" in text
    assert "knob_mae_mean" in text
    assert re.search(r"filter_cutoff\s+knob\s+0\.000\s+mae\s+12", text)
    assert "12 of 12 clips re-rendered" in text
    r = json.loads(out.read_text())
    assert r["schema"] == "secret-sauce/results"
    assert r["schema_version"] == 4
    assert r["render_budget"] == 0
    assert r["model"] == {"name": "oracle"}
    assert r["dataset"]["fingerprint"] == task.fingerprint
    assert r["dataset"]["benchmark"] == "tiny-v1"
    assert r["dataset"]["split"] == "test"
    assert r["dataset"]["n_scored"] == 12
    assert r["predictions"]["declared_fingerprint"] == task.fingerprint
    assert r["aggregates"]["knob_mae_mean"] == 0
    assert r["aggregates"]["switch_accuracy_mean"] == 1
    assert r["audio"]["n_clips"] == 12
    assert set(r["audio"]["metrics"].values()) == {0.0}
    assert {"dawdreamer", "librosa", "secret-sauce"} <= set(r["versions"])
    assert r["metrics"]["accuracy"]["higher_is_better"] is True
    assert {"load_s", "validate_s", "parameters_s", "audio_s", "total_s"} <= set(r["timing"])


def test_resynth_limit(task, truth_file: Path, tmp_path: Path, capsys) -> None:
    base = [task.source, str(truth_file), "--name", "m", "--workers", "1", "--no-progress"]
    assert run_cli(score_cli.main, [*base, "--resynth-limit", "5", "--out",
                                    str(tmp_path / "a.json")]) == 0
    r = json.loads((tmp_path / "a.json").read_text())
    assert r["audio"]["n_clips"] == 5
    assert r["audio"]["limit"] == 5
    assert r["audio"]["n_split"] == 12
    assert run_cli(score_cli.main, [*base, "--resynth-limit", "0", "--out",
                                    str(tmp_path / "b.json")]) == 0
    assert json.loads((tmp_path / "b.json").read_text())["audio"] is None
    assert "skipped" in capsys.readouterr().out
    # default output path: beside the predictions
    copy = tmp_path / "p.csv"
    shutil.copy(truth_file, copy)
    assert run_cli(score_cli.main, [task.source, str(copy), "--name", "m", "--resynth-limit", "0",
                                    "--no-progress"]) == 0
    assert (tmp_path / "p.results.json").exists()


def refused(task, args: list[str], out: Path, capsys) -> str:
    assert run_cli(score_cli.main, [*args, "--out", str(out), "--no-progress"]) == 2
    assert not out.exists()
    assert not list(out.parent.glob(".*tmp*"))
    return capsys.readouterr().err


def test_fingerprint_mismatch_refused(task, truth_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.json"
    err = refused(task, [task.source, str(truth_file), "--name", "m", "--benchmark",
                         "noisemaker-v2"], out, capsys)
    assert f"{task.name} is not benchmark noisemaker-v2" in err
    assert "n 60 (benchmark: 10000)" in err
    other = tmp_path / "other.csv"
    other.write_text(truth_file.read_text().replace(task.fingerprint, "0" * 64))
    err = refused(task, [task.source, str(other), "--name", "m"], out, capsys)
    assert "other.csv was made for the dataset with fingerprint 0000" in err
    edited = tmp_path / "nm"
    shutil.copytree(task.source, edited)
    meta = json.loads((edited / "instrument.json").read_text())
    meta["instrument"]["velocity"] = 100
    (edited / "instrument.json").write_text(json.dumps(meta))
    err = refused(task, [str(edited), str(truth_file), "--name", "m"], out, capsys)
    assert "edited after rendering" in err


def test_user_errors(task, truth_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.json"
    assert "--resynth-limit must be >= 0" in refused(
        task, [task.source, str(truth_file), "--name", "m", "--resynth-limit", "-1"], out, capsys)
    assert "no dataset folder" in refused(
        task, [str(tmp_path / "nope"), str(truth_file), "--name", "m"], out, capsys)
    bad = tmp_path / "bad.csv"
    bad.write_text(truth_file.read_text().replace(",Saw,", ",Sawtooth,", 1))
    assert "unknown labels" in refused(task, [task.source, str(bad), "--name", "m"], out, capsys)


def test_schema_doc_lists_every_key(task, truth_file: Path, tmp_path: Path) -> None:
    assert run_cli(score_cli.main, [task.source, str(truth_file), "--name", "m", "--out",
                                    str(tmp_path / "r.json"), "--resynth-limit", "2",
                                    "--workers", "1", "--no-progress"]) == 0
    r = json.loads((tmp_path / "r.json").read_text())
    doc = (ROOT / "benchmark" / "RESULTS_SCHEMA.md").read_text()
    assert f"schema_version: {score_cli.RESULTS_SCHEMA_VERSION}" in doc
    keys = set(r) | {f"{k}.{s}" for k in ("dataset", "predictions", "audio", "aggregates", "timing")
                     for s in (r[k] or {})}
    missing = [k for k in keys if f"`{k}`" not in doc]
    assert not missing, f"RESULTS_SCHEMA.md does not document {missing}"


def test_score_prints_only_its_own_progress(task, truth_file: Path, tmp_path: Path) -> None:
    """With progress on, stderr holds the re-render bar only: no ``datasets`` bars
    ("Generating train split") or log lines, even on a cold ``datasets`` cache."""
    import os
    import subprocess
    import sys

    env = os.environ | {"PYTHONPATH": str(ROOT), "HF_DATASETS_CACHE": str(tmp_path / "cache")}
    res = subprocess.run([sys.executable, "-m", "benchmark.score", task.source, str(truth_file),
                          "--name", "m", "--workers", "1", "--resynth-limit", "3",
                          "--out", str(tmp_path / "r.json")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert any((tmp_path / "cache").iterdir())  # datasets did build its cache (cold)
    pieces = [p.strip() for p in re.split(r"[\r\n]", res.stderr) if p.strip()]
    assert pieces, pieces
    assert all(p.startswith("re-render:") for p in pieces), pieces
    assert "3/3" in pieces[-1]
