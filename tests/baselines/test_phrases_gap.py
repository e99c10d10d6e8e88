"""``baselines.phrases_gap``: the phrase benchmark's single-note pair, the section's
per-parameter verdicts, the board's single-note runs reused, and bad run names refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from baselines.phrases_gap import (BOARD, board_results, main, phrase_pairs, section,
                                   shared_params, verdict)
from baselines.presets_gap import write_section


def test_the_phrase_benchmark_pairs_with_its_single_note_benchmark() -> None:
    pair = phrase_pairs()["noisemaker-phrases-v1"]
    assert pair.single.name == "noisemaker-v2"
    shared, extra = shared_params(pair)
    assert len(shared) == 16 and extra == ["amp_velocity", "filter_velocity"]
    # the same patches: id i draws the same shared labels in both (what the section says)
    a, b = pair.single.config(), pair.phrases.config()
    for i in (0, 8000, 9999):
        sa, sb = a.sample(i)[0].settings, b.sample(i)[0].settings
        assert {n: sb[n] for n, _ in shared} == sa


def test_verdicts_need_every_learned_models_gain_to_agree() -> None:
    assert verdict([0.08, 0.04]) == "easier"
    assert verdict([-0.08, -0.04]) == "harder"
    assert verdict([0.08, -0.04]) == "-"
    assert verdict([0.01, 0.05]) == "-"
    assert verdict([]) == "-"


def _doc(params: dict[str, tuple[str, float]], logmel: float) -> dict:
    return {"parameters": {k: {"kind": kind, "mae" if kind == "knob" else "accuracy": v}
                           for k, (kind, v) in params.items()},
            "audio": {"n_clips": 50, "metrics": {"logmel_l1_db": logmel}}}


def test_section_scores_both_benchmarks_per_parameter(tmp_path: Path) -> None:
    pair = phrase_pairs()["noisemaker-phrases-v1"]
    shared, extra = shared_params(pair)
    base = {n: (k, 2.5 if k == "knob" else 0.3) for n, k in shared}
    better = base | {"amp_attack": ("knob", 1.0), "osc1_wave": ("switch", 0.9)}
    results = {"noisemaker-v2": {"naive": _doc(base, 19.0), "mlp-mfcc": _doc(base, 5.0)},
               "noisemaker-phrases-v1": {
                   "naive": _doc(base | {n: ("knob", 2.5) for n in extra}, 20.0),
                   "mlp-mfcc": _doc(better | {"amp_velocity": ("knob", 1.5),
                                               "filter_velocity": ("knob", 2.0)}, 6.0)}}
    out = tmp_path / "RESULTS.md"
    text = section(pair, results, tmp_path / "figures", out, ["naive", "mlp-mfcc"])
    assert (tmp_path / "figures" / "noisemaker-phrases-v1-per-parameter.png").stat().st_size > 0
    assert "| `amp_attack` | knob | 2.500 | 2.500 | 2.500 | 1.000 | easier |" in text
    assert "| `amp_velocity` | knob | - | 2.500 | - | 1.500 | new target |" in text
    assert "Easier with phrases: `osc1_wave`, `amp_attack`. Harder: none." in text
    assert "board's baseline entries" in text and "first 50 test clips" in text
    write_section(out, text, pair)
    write_section(out, text, pair)  # replaced, not appended twice
    assert out.read_text().count(pair.begin) == 1


def test_single_note_runs_come_from_the_board() -> None:
    doc = board_results(BOARD, "noisemaker-v2", "mlp", "mfcc")
    assert doc is not None and doc["dataset"]["benchmark"] == "noisemaker-v2"
    assert board_results(None, "noisemaker-v2", "mlp", "mfcc") is None


def test_a_bad_run_name_is_one_error_line(capsys) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--runs-of", "mlp-foo"])
    assert e.value.code == 2
    assert "error: argument --runs-of: 'mlp-foo' is not a run" in capsys.readouterr().err

