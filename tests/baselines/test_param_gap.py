"""baselines.param_gap: per-parameter skill of one model on a single-note benchmark and its
phrase benchmark, from the runs' results.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baselines.param_gap import family, main, read_scores, report


def write_runs(folder: Path, model: dict[str, float], naive: dict[str, float]) -> Path:
    """``folder/{mlp-mfcc,naive}/results.json`` scoring knobs ``k*`` (MAE) and switch ``s``."""
    for name, scores in (("mlp-mfcc", model), ("naive", naive)):
        params = {p: ({"kind": "switch", "accuracy": v} if p == "s" else {"kind": "knob", "mae": v})
                  for p, v in scores.items()}
        (folder / name).mkdir(parents=True)
        (folder / name / "results.json").write_text(json.dumps(
            {"parameters": params, "aggregates": {"knob_mae_mean": 1.0,
                                                  "switch_accuracy_mean": 0.5}}))
    return folder


@pytest.fixture
def runs(tmp_path: Path) -> tuple[Path, Path]:
    naive = {"op1_rate1": 2.0, "op2_rate1": 2.0, "level": 2.0, "s": 0.5}
    single = write_runs(tmp_path / "single", {"op1_rate1": 2.0, "op2_rate1": 1.0, "level": 1.0,
                                              "s": 0.5}, naive)
    phrases = write_runs(tmp_path / "phrases", {"op1_rate1": 1.0, "op2_rate1": 1.0, "level": 1.5,
                                                "s": 0.75}, naive)
    return single, phrases


def test_skill_is_the_gain_over_naive(runs: tuple[Path, Path]) -> None:
    scores, agg = read_scores(runs[0], "mlp-mfcc")
    assert scores["op2_rate1"].skill == 0.5 and scores["op1_rate1"].skill == 0.0
    assert scores["s"].skill == 0.0 and agg["knob_mae_mean"] == 1.0
    assert family("op12_eg_rate3") == "op*_eg_rate*"


def test_report_ranks_easier_and_harder(runs: tuple[Path, Path]) -> None:
    text = report(*runs, "mlp-mfcc", top=2)
    # op*_rate*: skill 0.25 -> 0.5 on average; level 0.5 -> 0.25; s 0 -> 0.25
    assert "| `op*_rate*` | knob | 2 | 2.000 / 2.000 | 1.500 | 1.000 | +0.250 | +0.500 | +0.250 |" \
        in text
    easy, hard = text.split("made easiest")[1].split("made hardest")
    assert easy.index("`op1_rate1`") < easy.index("`s`") and "`level`" not in easy
    assert hard.splitlines()[4].startswith("| `level` | knob | 1.000 | 1.500 | +0.500 | +0.250 | -0.250")
    assert "2 of 4 parameters gain" in text


def test_missing_runs_are_one_error_line(runs: tuple[Path, Path], tmp_path: Path, capsys) -> None:
    from benchmark.errors import run_cli

    code = run_cli(main, ["--single", str(tmp_path / "nope"), "--phrases", str(runs[1])])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and err[0].startswith("error: ") and "no such file" in err[0]
