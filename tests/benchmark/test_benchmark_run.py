"""The model API: run the naive example end to end; the module validator."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import numpy as np
import pytest

from benchmark import run as run_cli_mod
from benchmark import score as score_cli
from benchmark.errors import run_cli
from benchmark.predictions import load_predictions
from benchmark.run import SubmissionError, import_module, validate_module


def test_naive_end_to_end(task, tmp_path: Path, capsys) -> None:
    out = tmp_path / "naive.parquet"
    assert run_cli(run_cli_mod.main, ["benchmark.examples.naive_model", "--dataset", task.source,
                                      "--out", str(out), "--no-progress"]) == 0
    assert "wrote 12 predictions" in capsys.readouterr().out
    preds = load_predictions(task, out)
    assert preds.fingerprint == task.fingerprint
    train = task.split_ids("train")
    active = task.masks["filter_cutoff"][train]
    assert preds.values["filter_cutoff"] == pytest.approx(
        task.labels["filter_cutoff"][train][active].mean())
    assert len(set(preds.values["osc1_wave"])) == 1
    res = tmp_path / "r.json"
    assert run_cli(score_cli.main, [task.source, str(out), "--name", "naive", "--out", str(res),
                                    "--resynth-limit", "3", "--workers", "1",
                                    "--no-progress"]) == 0
    r = json.loads(res.read_text())
    assert 1.0 < r["aggregates"]["knob_mae_mean"] < 4.5
    metrics = r["audio"]["metrics"]
    # the naive patch plays the target's note: its pitch error may be 0 (or undefined when unpitched)
    f0 = metrics.pop("f0_cents")
    assert f0 is None or f0 >= 0
    assert all(v > 0 for v in metrics.values()), metrics


def test_check_only_and_csv(task, tmp_path: Path, capsys) -> None:
    assert run_cli(run_cli_mod.main, ["benchmark.examples.naive_model", "--dataset", task.source,
                                      "--check", "--no-progress"]) == 0
    assert "follows the model API" in capsys.readouterr().out
    out = tmp_path / "p.csv"
    assert run_cli(run_cli_mod.main, ["benchmark/examples/naive_model.py", "--dataset",
                                      task.source, "--out", str(out), "--split", "validation",
                                      "--batch-size", "3", "--no-progress"]) == 0
    assert load_predictions(task, out, "validation").ids.tolist() == [9, 19, 29, 39]


GOOD = """
import numpy as np
def load_model(task, model_path=None):
    return {n: (5.0 if n in task.knobs else task.instrument.param(n).labels[0])
            for n in task.targets}
def predict(model, audio, sample_rate):
    assert audio.dtype == np.float32 and audio.ndim == 2 and np.abs(audio).max() <= 1.0
    assert sample_rate == 22050
    return {k: [v] * len(audio) for k, v in model.items()}
"""

BAD = {
    "no predict": ("def load_model(task, model_path=None):\n    return 1\n",
                   "has no function predict()"),
    "load_model signature": (GOOD.replace("def load_model(task, model_path=None)",
                                          "def load_model()"),
                             "cannot be called as load_model(task, model_path)"),
    "predict signature": (GOOD.replace("def predict(model, audio, sample_rate)",
                                       "def predict(audio)"),
                          "cannot be called as predict(model, audio, sample_rate)"),
    "not callable": (GOOD + "\npredict = 3\n", "predict is not callable"),
    "load_model raises": (GOOD.replace("    return {n:", "    raise OSError('no weights')\n"
                                                        "    return {n:"),
                          "load_model raised OSError: no weights"),
    "returns a list": (GOOD.replace("return {k: [v] * len(audio) for k, v in model.items()}",
                                    "return [1, 2]"),
                       "predict must return a mapping"),
    "missing column": (GOOD.replace("for k, v in model.items()}",
                                    "for k, v in model.items() if k != 'amp_decay'}"),
                       "predict: missing columns 'amp_decay'"),
    "id column": (GOOD.replace("for k, v in model.items()}",
                               "for k, v in model.items()} | {'id': [0] * len(audio)}"),
                  "unexpected columns 'id'"),
    "wrong length": (GOOD.replace("[v] * len(audio)", "[v] * (len(audio) + 1)"),
                     "2 clips in, but columns have"),
    "2-D column": (GOOD.replace("return {k: [v] * len(audio) for k, v in model.items()}",
                                "return {k: np.zeros((len(audio), 2)) for k in model}"),
                   "has shape (2, 2), expected one value per clip"),
    "nan": (GOOD.replace("5.0 if", "float('nan') if"), "NaN or inf for ids 48, 49"),
    "out of range": (GOOD.replace("5.0 if", "12.0 if"), "outside 0-10 for ids 48, 49"),
    "bad label": (GOOD.replace("labels[0]", "labels[0].lower()"), "unknown labels for ids 48"),
    "label index": (GOOD.replace("task.instrument.param(n).labels[0]", "0"),
                    "not a label string for ids 48"),
    "modifies input": (GOOD.replace("    assert sample_rate", "    audio *= 0\n    assert sample_rate"),
                       "modified its input audio in place"),
    "predict raises": (GOOD.replace("    assert sample_rate == 22050", "    assert sample_rate == 1"),
                       "predict raised AssertionError"),
    "batch size": (GOOD + "\nBATCH_SIZE = 0\n", "BATCH_SIZE must be a positive int"),
}


def test_good_module_passes(task, tmp_path: Path) -> None:
    (tmp_path / "good_model.py").write_text(GOOD)
    model = validate_module(import_module(str(tmp_path / "good_model.py")), task)
    assert model["filter_cutoff"] == 5.0


@pytest.mark.parametrize("kind", list(BAD))
def test_validator_rejects(task, tmp_path: Path, kind: str) -> None:
    code, message = BAD[kind]
    path = tmp_path / "bad_model.py"
    path.write_text(textwrap.dedent(code))
    with pytest.raises(SubmissionError) as e:
        validate_module(import_module(str(path)), task)
    assert message in str(e.value), str(e.value)


def test_cli_refuses_bad_modules(task, tmp_path: Path, capsys) -> None:
    out = tmp_path / "p.parquet"
    assert run_cli(run_cli_mod.main, ["no_such_module_xyz", "--dataset", task.source,
                                      "--out", str(out), "--no-progress"]) == 2
    assert "cannot import no_such_module_xyz: ModuleNotFoundError" in capsys.readouterr().err
    (tmp_path / "bad_model.py").write_text(BAD["out of range"][0])
    assert run_cli(run_cli_mod.main, [str(tmp_path / "bad_model.py"), "--dataset", task.source,
                                      "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "bad_model.predict: column 'filter_cutoff': outside 0-10" in err
    assert not out.exists()


def test_model_never_sees_test_labels(task, tmp_path: Path) -> None:
    (tmp_path / "peek_model.py").write_text(GOOD.replace(
        "def load_model(task, model_path=None):\n",
        "def load_model(task, model_path=None):\n    task.labels('test')\n"))
    with pytest.raises(SubmissionError, match="may read train and validation only"):
        validate_module(import_module(str(tmp_path / "peek_model.py")), task)
    assert np.all(np.isfinite(task.audio([0])))
