"""Predictions files: every validation error, formats, and the validate CLI."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from benchmark import validate as validate_cli
from benchmark.errors import run_cli
from benchmark.predictions import (
    Predictions,
    PredictionError,
    load_predictions,
    write_predictions,
)

from tests.benchmark_data import truth_columns

ROOT = Path(__file__).resolve().parents[2]


def base_rows(task) -> list[dict[str, str]]:
    """The truth as CSV rows (masked parameters empty)."""
    ids = task.split_ids("test")
    cols = truth_columns(task, ids)
    return [{"id": str(i), **{k: "" if cols[k][r] is None else str(cols[k][r]) for k in cols}}
            for r, i in enumerate(ids)]


def write_csv(path: Path, rows: list[dict[str, str]], header: list[str] | None = None,
              comment: str | None = None) -> Path:
    header = header or list(rows[0])
    with open(path, "w", newline="") as f:
        if comment:
            f.write(comment + "\n")
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])
    return path


def check(task, path: Path, capsys) -> str:
    """Run the validate CLI; return stderr (asserting exit code 2)."""
    assert run_cli(validate_cli.main, [task.source, str(path)]) == 2
    err = capsys.readouterr().err
    assert err
    assert all(line.startswith("error: ") for line in err.strip().splitlines())
    return err


def first_active(task, name: str) -> int:
    ids = task.split_ids("test")
    return int(ids[np.nonzero(task.masks[name][ids])[0][0]])


def test_truth_is_valid_in_both_formats(task, tmp_path: Path, capsys) -> None:
    path = write_csv(tmp_path / "p.csv", base_rows(task))
    assert run_cli(validate_cli.main, [task.source, str(path)]) == 0
    assert "ok: 12 predictions for the test split" in capsys.readouterr().out
    preds = load_predictions(task, path)
    ids = task.split_ids("test")
    masked = ~task.masks["lfo1_rate"][ids]
    assert masked.any()
    assert np.isnan(preds.values["lfo1_rate"][masked]).all()
    assert preds.values["osc1_wave"].tolist() == task.labels["osc1_wave"][ids].tolist()
    for suffix in (".csv", ".parquet"):
        out = write_predictions(tmp_path / f"w{suffix}", preds, task)
        again = load_predictions(task, out)
        assert again.fingerprint == task.fingerprint
        for k in task.targets:
            a, b = preds.values[k], again.values[k]
            assert (np.allclose(a, b, equal_nan=True) if task.is_knob(k) else
                    a.tolist() == b.tolist()), (suffix, k)
    # rows in any order
    rows = base_rows(task)[::-1]
    assert load_predictions(task, write_csv(tmp_path / "r.csv", rows)).ids.tolist() == ids.tolist()


def mutate(task, kind: str) -> tuple[list[dict[str, str]], list[str] | None, list[str]]:
    """(rows, header or None, expected message parts) of one kind of error."""
    rows = base_rows(task)
    header = None
    cut = first_active(task, "filter_cutoff")
    r0 = next(r for r in rows if r["id"] == str(cut))
    if kind == "missing id column":
        header = [h for h in rows[0] if h != "id"]
        return rows, header, ["missing column 'id'"]
    if kind == "non-integer id":
        rows[0]["id"] = "x"
        return rows, header, ["column 'id': not an integer in rows 1 (values 'x')"]
    if kind == "duplicate id":
        rows.append(dict(rows[0]))
        return rows, header, ["column 'id': duplicate ids 48"]
    if kind == "unknown id":
        rows[0]["id"] = "999"
        return rows, header, ["column 'id': unknown ids 999 (the dataset has ids 0-59)",
                              "column 'id': missing ids 48 of the test split"]
    if kind == "missing id":
        rows.pop(3)
        return rows, header, ["column 'id': missing ids 51 of the test split (12 expected)"]
    if kind == "wrong split":
        for r, i in zip(rows, range(0, 12)):
            r["id"] = str(i)
        return rows, header, ["ids 0, 1, 2, 3, 4, ... (11 in all) belong to the train split, "
                              "not test", "ids 9 belong to the validation split",
                              "missing ids 48, 49, 50, 51, 52, ... (12 in all)"]
    if kind == "missing column":
        header = [h for h in rows[0] if h not in ("filter_cutoff", "amp_decay")]
        return rows, header, ["missing columns 'filter_cutoff', 'amp_decay'"]
    if kind == "extra column":
        header = [*rows[0], "foo"]
        return rows, header, ["unexpected columns 'foo'"]
    if kind == "nan":
        r0["filter_cutoff"] = "nan"
        return rows, header, [f"column 'filter_cutoff': NaN or inf for ids {cut} (values 'nan')"]
    if kind == "inf":
        r0["filter_cutoff"] = "-inf"
        return rows, header, [f"column 'filter_cutoff': NaN or inf for ids {cut}"]
    if kind == "out of range":
        rows[0]["amp_decay"], rows[1]["amp_decay"] = "10.5", "-0.1"
        return rows, header, ["column 'amp_decay': outside 0-10 for ids 48, 49 "
                              "(values 10.5, -0.1)"]
    if kind == "many out of range":
        for r in rows:
            r["amp_decay"] = "11"
        return rows, header, ["column 'amp_decay': outside 0-10 for ids 48, 49, 50, 51, 52, "
                              "... (12 in all)"]
    if kind == "not a number":
        rows[0]["amp_decay"] = "abc"
        return rows, header, ["column 'amp_decay': not a number for ids 48 (values 'abc')"]
    if kind == "unknown label":
        rows[0]["osc1_wave"] = "Sawtooth"
        return rows, header, ["column 'osc1_wave': unknown labels for ids 48 (values 'Sawtooth'); "
                              "labels: Saw, Pulse, Noise"]
    if kind == "empty where active":
        r0["filter_cutoff"] = ""
        return rows, header, [f"column 'filter_cutoff': empty for ids {cut} where the parameter "
                              "is active"]
    raise AssertionError(kind)


KINDS = ["missing id column", "non-integer id", "duplicate id", "unknown id", "missing id",
         "wrong split", "missing column", "extra column", "nan", "inf", "out of range",
         "many out of range", "not a number", "unknown label", "empty where active"]


@pytest.mark.parametrize("kind", KINDS)
def test_each_error_is_reported(task, tmp_path: Path, capsys, kind: str) -> None:
    rows, header, expected = mutate(task, kind)
    err = check(task, write_csv(tmp_path / "p.csv", rows, header), capsys)
    for part in expected:
        assert part in err, f"{kind}: {part!r} not in\n{err}"


def test_all_problems_at_once(task, tmp_path: Path, capsys) -> None:
    rows = base_rows(task)
    rows[0]["osc1_wave"], rows[1]["amp_decay"] = "saw", "12"
    header = [*[h for h in rows[0] if h != "filter_resonance"], "extra"]
    err = check(task, write_csv(tmp_path / "p.csv", rows, header), capsys)
    assert len(err.strip().splitlines()) == 4  # missing, extra, label, range


def test_parquet_types(task, tmp_path: Path, capsys) -> None:
    rows = base_rows(task)
    cols = truth_columns(task, task.split_ids("test"))
    table = {"id": pa.array([int(r["id"]) for r in rows])} | {
        k: pa.array(v, pa.float64() if task.is_knob(k) else pa.string()) for k, v in cols.items()}
    good = tmp_path / "good.parquet"
    pq.write_table(pa.table(table), good)
    assert load_predictions(task, good).fingerprint is None  # nothing declared: accepted
    bad = dict(table, osc1_wave=pa.array(range(12)), amp_decay=pa.array(["1.0"] * 12))
    pq.write_table(pa.table(bad), tmp_path / "bad.parquet")
    err = check(task, tmp_path / "bad.parquet", capsys)
    assert "column 'osc1_wave': not a label string for ids 48, 49" in err
    assert "column 'amp_decay': not a number for ids 48" in err


def test_file_errors(task, tmp_path: Path, capsys) -> None:
    err = check(task, tmp_path / "none.csv", capsys)
    assert "no predictions file" in err
    (tmp_path / "p.txt").write_text("id\n")
    assert "must be a .parquet or .csv" in check(task, tmp_path / "p.txt", capsys)
    (tmp_path / "p.parquet").write_text("not parquet")
    assert "not a readable Parquet file" in check(task, tmp_path / "p.parquet", capsys)
    (tmp_path / "ragged.csv").write_text("id,a\n1,2,3\n")
    assert "do not have 2 fields" in check(task, tmp_path / "ragged.csv", capsys)


def test_declared_fingerprint_must_match(task, tmp_path: Path, capsys) -> None:
    path = write_csv(tmp_path / "p.csv", base_rows(task), comment="# fingerprint: " + "ab" * 32)
    err = check(task, path, capsys)
    assert "was made for the dataset with fingerprint abababab" in err
    ok = write_csv(tmp_path / "q.csv", base_rows(task), comment="# fingerprint: " + task.fingerprint)
    assert load_predictions(task, ok).fingerprint == task.fingerprint


def test_write_refuses_other_formats(task, tmp_path: Path) -> None:
    preds = Predictions("test", task.split_ids("test"), {})
    with pytest.raises(PredictionError, match=r"\.parquet or \.csv"):
        write_predictions(tmp_path / "p.json", preds, task)
    assert not list(tmp_path.iterdir())


def test_cli_exit_codes(task, tmp_path: Path) -> None:
    rows, header, _ = mutate(task, "unknown label")
    bad = write_csv(tmp_path / "bad.csv", rows, header)
    res = subprocess.run([sys.executable, "-m", "benchmark.validate", task.source, str(bad)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert res.stderr.strip().splitlines() == [
        line for line in res.stderr.strip().splitlines() if line.startswith("error: ")]
    assert "'osc1_wave'" in res.stderr
    assert "48" in res.stderr
