"""Hostile-but-honest inputs to the benchmark, baselines and leaderboard commands (issue 27):
each must fail with one ``error:`` line, exit 2, no traceback, and change nothing the user owns
(:func:`tests.hostile.hostile`). One case per root cause at least; the fixture folders are
watched, and copied to ``tmp_path`` before any case changes them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf

from benchmark.predictions import from_columns, validate, write_predictions
from tests.benchmark_data import truth_columns
from tests.hostile import env_for_cli, hostile

MODEL_MODULE = """
import sys

def load_model(task, model_path=None):
    {load}
    return None

def predict(model, audio, sample_rate):
    {predict}
    return {{}}
"""


@pytest.fixture(scope="module")
def nm(tiny_noisemaker) -> Path:
    return tiny_noisemaker[1]


@pytest.fixture(scope="module")
def files(task, nm: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Hostile inputs, one file each, in a folder of their own (watched by every case)."""
    d = tmp_path_factory.mktemp("hostile-eval")
    ids = task.split_ids("test")
    preds = validate(task, from_columns(truth_columns(task, ids), ids))
    good = write_predictions(d / "good.csv", preds, task)
    text = good.read_text().splitlines()
    knob = task.knobs[0]
    col = text[1].split(",").index(knob)

    def edit(row: int, column: int, value: str) -> str:
        cells = text[row].split(",")
        cells[column] = value
        return "\n".join(text[:row] + [",".join(cells)] + text[row + 1:]) + "\n"

    (d / "wide.csv").write_text("id" + ",a" * 200_000 + "\n")
    (d / "empty.csv").write_text("")
    (d / "random.parquet").write_bytes(np.random.default_rng(0).bytes(4096))
    (d / "latin1.csv").write_bytes(good.read_bytes().replace(b"id,", b"id\xe9,", 1))
    (d / "bigid.csv").write_text(edit(2, 0, str(2**70)))
    (d / "nan.csv").write_text(edit(2, col, "nan"))
    (d / "inf.csv").write_text(edit(2, col, "inf"))
    table = pq.read_table(write_predictions(d / "good.parquet", preds, task))
    pq.write_table(table.append_column("bogus", pa.array([1.0] * len(ids))), d / "extra.parquet")
    (d / "folder.csv").mkdir()
    (d / "dataset-file").write_text("not a dataset")
    (d / "exit_load.py").write_text(MODEL_MODULE.format(load="sys.exit(0)", predict="pass"))
    (d / "exit_predict.py").write_text(MODEL_MODULE.format(load="pass", predict="sys.exit(0)"))
    (d / "raise_predict.py").write_text(MODEL_MODULE.format(load="pass",
                                                            predict="raise MemoryError"))
    (d / "syntax.py").write_text("def load_model(:\n")
    (d / "importerror.py").write_text("import no_such_package_xyz\n")
    (d / "exit_import.py").write_text("raise SystemExit(3)\n")
    (d / "a_folder.py").mkdir()
    rng = np.random.default_rng(1)
    sf.write(str(d / "huge.wav"), (rng.standard_normal(22050) * 1e30).astype(np.float32), 22050,
             subtype="FLOAT")
    (d / "config.yaml").write_text("model: knn\nfeatures: mfcc\ngrid: [3]\nfolds: 2\n")
    (d / "notyaml.yaml").write_text("model: [knn\n")
    (d / "list.yaml").write_text("- model\n- knn\n")
    (d / "latin1.yaml").write_bytes("model: kn\u00e9\n".encode("latin-1"))
    (d / "unknown.yaml").write_text("model: knn\nfeatures: mfcc\ngrid: [3]\nepochs: 9\n")
    (d / "wrongtype.yaml").write_text("model: knn\nfeatures: mfcc\ngrid: lots\n")
    (d / "scale-unknown.yaml").write_text("models: {}\nspeed: 11\n")
    (d / "scale-list.yaml").write_text("[1, 2]\n")
    (d / "scale-training.yaml").write_text(
        "models:\n  m:\n    model: mlp\n    grid: [{features: mfcc, units: 8, layers: 1}]\n"
        "    training: {max_epochs: many}\n")
    (d / "notdir").mkdir()
    (d / "notdir" / "keep.txt").write_text("mine")
    return {p.name: p for p in d.iterdir()}


@pytest.fixture(scope="module")
def saved(nm: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knn model trained on the tiny set and saved (``baselines.run --save``)."""
    from baselines.run import run

    root = tmp_path_factory.mktemp("hostile-saved")
    run(str(nm), "knn", "mfcc", root / "run", fast_mode=True, resynth_limit=0, progress=False,
        save=root / "model")
    return root / "model"


# ------------------------------------------------------------------ benchmark
PREDICTION_CASES = {
    # name: (predictions file, what the error line says)
    "200,000 columns (was quadratic)": ("wide.csv", "duplicate columns"),
    "empty csv": ("empty.csv", "empty file"),
    "random bytes": ("random.parquet", "not a readable parquet"),
    "not UTF-8": ("latin1.csv", "not utf-8"),
    "id beyond int64": ("bigid.csv", "64-bit"),
    "NaN value": ("nan.csv", "nan or inf"),
    "inf value": ("inf.csv", "nan or inf"),
    "extra column": ("extra.parquet", "unexpected columns 'bogus'"),
    "a folder": ("folder.csv", "is a folder"),
    "missing": ("none.csv", "no predictions file"),
}


@pytest.mark.parametrize("case", PREDICTION_CASES)
def test_validate_refuses_bad_predictions(case: str, nm: Path, files: dict[str, Path]) -> None:
    name, said = PREDICTION_CASES[case]
    folder = files["good.csv"].parent
    hostile("benchmark.validate", nm, folder / name, watch=[nm, folder], match=said, timeout=20)


@pytest.mark.parametrize("dataset,said", [("dataset-file", "not a dataset folder"),
                                          ("nobody-xyz/no-such-dataset", "hub dataset")])
def test_dataset_that_is_not_one(dataset: str, said: str, files: dict[str, Path]) -> None:
    folder = files["good.csv"].parent
    source = folder / dataset if dataset in files else dataset
    hostile("benchmark.score", source, files["good.csv"], "--name", "x", watch=[folder], match=said)


@pytest.mark.parametrize("extra,said", [
    (["--render-budget", str(10**30)], "--render-budget must be 0-1,000,000"),
    (["--render-budget", "-1"], "--render-budget must be"),
    (["--out", "{nm}"], "is the dataset input"),
    (["--out", "{nm}/instrument.json"], "inside the dataset input"),
    (["--out", "{good}"], "is the predictions input"),
])
def test_score_options(extra: list[str], said: str, nm: Path, files: dict[str, Path]) -> None:
    good = files["good.csv"]
    args = [a.format(nm=nm, good=good) for a in extra]
    hostile("benchmark.score", nm, good, "--name", "x", "--resynth-limit", "0", *args,
            watch=[nm, good.parent], match=said)


RUN_CASES = {
    # module file, extra options, what the error line says
    "sys.exit in load_model": ("exit_load.py", [], "exit_load.load_model raised systemexit"),
    "sys.exit in predict": ("exit_predict.py", [], "exit_predict.predict raised systemexit"),
    "MemoryError in predict": ("raise_predict.py", [], "raise_predict.predict raised memoryerror"),
    "syntax error": ("syntax.py", [], "cannot import"),
    "ImportError": ("importerror.py", [], "modulenotfounderror"),
    "exits while imported": ("exit_import.py", [], "cannot import"),
    "a folder named .py": ("a_folder.py", [], "it is a folder"),
    "--out is --model-path": ("exit_load.py", ["--model-path", "{good}", "--out", "{good}"],
                              "is the --model-path input"),
    "--out inside the dataset": ("exit_load.py", ["--out", "{nm}/data/x.parquet"],
                                 "inside the dataset"),
    "--out is a shard of the dataset": ("exit_load.py", ["--out", "{shard}"], "inside the dataset"),
}


@pytest.mark.parametrize("case", RUN_CASES)
def test_run_refuses_bad_modules(case: str, nm: Path, files: dict[str, Path],
                                 tmp_path: Path) -> None:
    name, extra, said = RUN_CASES[case]
    module = files[name]
    out = ["--out", str(tmp_path / "p.parquet")] if not extra else \
        [a.format(nm=nm, good=files["good.csv"],
                  shard=sorted((nm / "data").glob("test-*.parquet"))[0]) for a in extra]
    hostile("benchmark.run", module, "--dataset", nm, "--no-progress", *out,
            watch=[nm, module.parent, tmp_path], match=said)


def test_features_cache_may_not_be_the_dataset(nm: Path) -> None:
    # the cache of a dataset is <cache-dir>/<dataset name>: the dataset's parent would be itself
    hostile("benchmark.features", nm, "--cache-dir", nm.parent, "--kinds", "mfcc",
            watch=[nm], match="feature cache")


# ------------------------------------------------------------------ baselines
def test_match_refuses_samples_far_beyond_full_scale(saved: Path, files: dict[str, Path],
                                                      tmp_path: Path) -> None:
    hostile("baselines.match", files["huge.wav"], "--model", saved, "--out", tmp_path / "out",
            "--no-progress", watch=[saved, files["huge.wav"].parent], match="times full scale")
    assert not any((tmp_path / "out").iterdir())


def _damage(model: Path, tmp_path: Path, how: str) -> Path:
    copy = tmp_path / "model"
    shutil.copytree(model, copy)
    manifest = copy / "model.json"
    if how == "weights garbage":
        (copy / "model.skops").write_bytes(b"PK\x03\x04 not a zip")
    elif how == "weights missing":
        (copy / "model.skops").unlink()
    elif how == "manifest not JSON":
        manifest.write_text("{model")
    elif how == "manifest a list":
        manifest.write_text("[1, 2]")
    elif how == "weights outside":
        manifest.write_text(json.dumps(json.loads(manifest.read_text()) | {"weights": "../x"}))
    elif how == "no instrument":
        doc = json.loads(manifest.read_text())
        del doc["instrument"]
        manifest.write_text(json.dumps(doc))
    return copy


DAMAGE = {"weights garbage": "not the weights", "weights missing": "missing",
          "manifest not JSON": "not valid json", "manifest a list": "expected a mapping",
          "weights outside": "are not a saved model's", "no instrument": "cannot be read"}


@pytest.mark.parametrize("how", DAMAGE)
def test_damaged_saved_model(how: str, saved: Path, files: dict[str, Path], tmp_path: Path) -> None:
    model = _damage(saved, tmp_path, how)
    hostile("baselines.match", files["huge.wav"], "--model", model, "--out", tmp_path / "out",
            "--no-progress", watch=[tmp_path, saved], own=[tmp_path / "out"], match=DAMAGE[how])


CONFIG_CASES = {
    "not YAML": ("notyaml.yaml", "not valid yaml"),
    "a list": ("list.yaml", "expected a mapping"),
    "not UTF-8": ("latin1.yaml", "not utf-8"),
    "unknown key": ("unknown.yaml", "unknown key 'epochs'; allowed: model, features"),
    "wrong type": ("wrongtype.yaml", "grid must be a list of positive integers"),
    "missing": ("none.yaml", "no such file"),
}


@pytest.mark.parametrize("case", CONFIG_CASES)
def test_run_refuses_bad_configs(case: str, nm: Path, files: dict[str, Path], tmp_path: Path) -> None:
    name, said = CONFIG_CASES[case]
    folder = files["config.yaml"].parent
    hostile("baselines.run", "--dataset", nm, "--model", "knn", "--features", "mfcc", "--fast",
            "--config", folder / name, "--out", tmp_path / "run", "--no-progress",
            watch=[nm, folder, tmp_path], match=said)


@pytest.mark.parametrize("where,said", [
    ("out-in-dataset", "--out {nm}/data is inside the dataset input"),
    ("save-is-config", "is the --config input"),
    ("save-not-a-model", "not written by this command (model)"),
])
def test_run_outputs(where: str, said: str, nm: Path, files: dict[str, Path], tmp_path: Path) -> None:
    config = files["config.yaml"]
    out = {"out-in-dataset": ["--out", f"{nm}/data"],
           "save-is-config": ["--out", str(tmp_path / "run"), "--save", str(config)],
           "save-not-a-model": ["--out", str(tmp_path / "run"), "--save", str(files["notdir"])],
           }[where]
    hostile("baselines.run", "--dataset", nm, "--model", "knn", "--features", "mfcc", "--fast",
            "--config", config, "--resynth-limit", "0", "--no-progress", *out,
            watch=[nm, config.parent, tmp_path], match=said.format(nm=nm))


@pytest.mark.parametrize("config,said", [
    ("scale-unknown.yaml", "unknown key 'speed'; allowed: tune_size, val_size, models"),
    ("scale-list.yaml", "expected a mapping"),
    ("scale-training.yaml", "training.max_epochs must be a positive integer"),
])
def test_scale_refuses_bad_configs(config: str, said: str, files: dict[str, Path],
                                   tmp_path: Path) -> None:
    folder = files["config.yaml"].parent
    hostile("baselines.scale", "--config", folder / config, "--runs", tmp_path / "runs",
            "--data-root", tmp_path / "data", "--results", tmp_path / "R.md", "--no-report",
            watch=[folder, tmp_path], match=said)


def test_scale_results_may_not_be_the_config(files: dict[str, Path], tmp_path: Path) -> None:
    config = files["config.yaml"]
    hostile("baselines.scale", "--config", config, "--results", config, "--runs", tmp_path,
            "--data-root", tmp_path, watch=[config.parent, tmp_path], match="is the --config input")


def test_reproduce_out_may_not_be_an_input(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    runs.mkdir()
    (runs / "keep.json").write_text("{}")
    hostile("baselines.reproduce", "--runs", runs, "--out", runs, "--report-only",
            watch=[tmp_path], match="is the --runs input")


# ---------------------------------------------------------------- leaderboard
def test_verify_refuses_unknown_benchmark(board) -> None:
    hostile("leaderboard.verify", "--entries", board.entries, "--benchmark", "no-such-bench",
            "--no-render", watch=[board.entries], match="known: ")


@pytest.mark.parametrize("extra,said", [
    (["--render-budget", str(10**30)], "--render-budget must be 0-1,000,000"),
    (["--render-budget", "-5"], "--render-budget must be"),
    (["--date", "9999-99-99"], "not a calendar date"),
    (["--date", "0001-01-01"], "not from 2000-01-01 to today"),
    (["--date", "2999-01-01"], "not from 2000-01-01 to today"),
    (["--date", "tomorrow"], "not yyyy-mm-dd"),
])
def test_submit_options(extra: list[str], said: str, board, files: dict[str, Path],
                        tmp_path: Path) -> None:
    hostile("leaderboard.submit", "--benchmark", "noisemaker-v2", "--predictions",
            files["good.csv"], "--name", "x", "--entries", tmp_path / "entries", "--no-render",
            "--datasets-root", tmp_path, *extra, watch=[tmp_path, files["good.csv"].parent],
            match=said)


def _entries_copy(board, tmp_path: Path) -> tuple[Path, Path]:
    entries = tmp_path / "entries"
    shutil.copytree(board.entries, entries)
    return entries, next(p for p in sorted((entries / "tiny-v1").iterdir()) if p.name == "naive")


@pytest.mark.parametrize("how", ["outside", "absolute", "symlink", "results list", "not UTF-8",
                                 "aggregates a list"])
def test_board_skips_and_verify_fails_unsafe_entries(how: str, board, tmp_path: Path) -> None:
    from leaderboard.sections import load_board

    entries, naive = _entries_copy(board, tmp_path)
    other = tmp_path / "other" / "preds.parquet"
    other.parent.mkdir()
    shutil.copy(naive / "predictions.parquet", other)
    meta = json.loads((naive / "metadata.json").read_text())
    if how in ("outside", "absolute"):
        meta["predictions"] = "../../../other/preds.parquet" if how == "outside" else str(other)
        (naive / "metadata.json").write_text(json.dumps(meta))
    elif how == "symlink":
        (naive / "predictions.parquet").unlink()
        (naive / "predictions.parquet").symlink_to(other)
    elif how == "results list":
        (naive / "results.json").write_text("[]")
    elif how == "not UTF-8":
        (naive / "results.json").write_bytes(b'{"a": "\xff"}')
    else:
        doc = json.loads((naive / "results.json").read_text())
        (naive / "results.json").write_text(json.dumps(doc | {"aggregates": [1]}))
    warnings: list[str] = []
    board_ = load_board(entries, warnings.append)
    assert "naive" not in [e.name for s in board_ for _, e in s.ranked]
    assert len(warnings) == 1 and "skipped tiny-v1/naive" in warnings[0], warnings
    proc = subprocess.run([sys.executable, "-m", "leaderboard.verify", "--entries", str(entries),
                           "--no-render", "--skip-missing", "--datasets-root", str(tmp_path)],
                          capture_output=True, text=True, env=env_for_cli(), timeout=120)
    assert "Traceback" not in proc.stderr and proc.returncode == 1, proc.stderr
    assert "failed   tiny-v1/naive" in proc.stdout, proc.stdout


def test_board_and_verify_on_a_file(board, files: dict[str, Path], tmp_path: Path) -> None:
    hostile("leaderboard.verify", "--entries", files["good.csv"], "--no-render",
            watch=[files["good.csv"].parent], match="no entries folder")
    hostile("leaderboard.board", "--entries", board.entries, "--readme", board.entries / "x.md",
            "--site", tmp_path / "site", "--no-audio", watch=[board.entries, tmp_path],
            match="inside the --entries input")


@pytest.mark.parametrize("command,args,said", [
    ("benchmark.metrics", ["latin1.csv"], "not UTF-8"),
    ("benchmark.metrics", ["folder.csv"], "is a folder"),
    ("benchmark.metrics", ["no-such-readme.md"], "no such file"),
    ("benchmark.configs", ["extra"], "unrecognized arguments"),
    ("leaderboard.import_baselines", ["--runs", "folder.csv", "--entries", "dataset-file"],
     "not a folder"),
    ("baselines.presets_gap", ["--resynth-limit", "-3"], "--resynth-limit must be >= 0"),
    ("baselines.stream", ["--benchmark", "nope-v9", "--n", "5"], "unknown benchmark"),
    ("baselines.stream", ["--benchmark", "noisemaker-v2", "--n", str(10**25)], "64-bit"),
    ("baselines.stream", ["--benchmark", "noisemaker-v2", "--n", "5", "--out", "dataset-file"],
     "not a folder"),
])
def test_the_other_commands(command: str, args: list[str], said: str,
                            files: dict[str, Path]) -> None:
    """The commands with no case above: reports, listings, imports and training streams."""
    folder = files["dataset-file"].parent
    hostile(command, *args, cwd=folder, watch=[folder], match=said)
