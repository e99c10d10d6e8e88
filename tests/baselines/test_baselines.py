"""Baselines: every model trains, predicts a valid file and scores; configs build; seeds reproduce."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
from sklearn.model_selection import GridSearchCV, KFold
from sklearn.tree import DecisionTreeRegressor

from baselines.independent import _tree_depth_cv
from baselines.joint import JointNet, Topology, make_body
from baselines.run import FEATURES, JOINT, LEARNED, MODELS, config_path, load_config, run, topology
from baselines.targets import TargetLayout
from benchmark.predictions import load_predictions
from benchmark.task import load_task
from generators.instruments import BUILTIN, get_instrument



@pytest.fixture(scope="module")
def guitar(tiny_guitar) -> Path:
    return tiny_guitar[1]


@pytest.mark.parametrize("model", MODELS)
def test_each_model_trains_predicts_and_scores(guitar: Path, tmp_path: Path, model: str) -> None:
    features = {"conv": "mel", "learned": "stft"}.get(model, "mfcc")
    res = run(str(guitar), model, features, tmp_path / model, fast_mode=True, resynth_limit=3,
              progress=False, workers=1)
    task = load_task(guitar)
    preds = load_predictions(task, tmp_path / model / "predictions.parquet")
    assert list(preds.ids) == list(task.split_ids("test"))
    stored = json.loads((tmp_path / model / "results.json").read_text())
    assert stored["aggregates"] == res["aggregates"]
    a = res["aggregates"]
    assert 0.0 <= a["switch_accuracy_mean"] <= 1.0
    assert 0.0 <= a["knob_mae_mean"] <= 10.0
    assert res["audio"]["n_clips"] == 3
    assert res["model"]["kind"] == ("joint" if model in JOINT else "independent")
    assert res["timing"]["train_s"] > 0


def test_same_seed_same_scores(guitar: Path, tmp_path: Path) -> None:
    a = run(str(guitar), "mlp", "mfcc", tmp_path / "a", seed=3, fast_mode=True, resynth_limit=0,
            progress=False)
    b = run(str(guitar), "mlp", "mfcc", tmp_path / "b", seed=3, fast_mode=True, resynth_limit=0,
            progress=False)
    assert a["parameters"] == b["parameters"]
    pa = load_predictions(load_task(guitar), tmp_path / "a" / "predictions.parquet")
    pb = load_predictions(load_task(guitar), tmp_path / "b" / "predictions.parquet")
    for name in pa.values:
        np.testing.assert_array_equal(pa.values[name], pb.values[name])


@pytest.mark.parametrize("model,features", [(m, f) for m in MODELS if m not in ("naive", *LEARNED)
                                             for f in FEATURES] + list(LEARNED.items()))
def test_every_shipped_config_builds(model: str, features: str) -> None:
    cfg = load_config(model, features)
    assert cfg["features"] == features
    assert config_path(model, features).exists()
    if model not in JOINT:
        assert cfg["grid"]
        assert cfg["folds"] >= 2
        return
    coeffs = {"mfcc": 20, "mel": 32, "mfcc_delta": 60, "cqt": 84, "stft": 1025}[features]
    for name, inst in BUILTIN.items():
        if inst.source.kind != "faust":
            continue
        layout = TargetLayout.of(inst)
        net = JointNet(layout, topology(cfg, model, name)[0], 39, coeffs,
                       np.full(len(layout.knobs), 5.0), np.ones(len(layout.knobs)),
                       np.zeros(coeffs), np.ones(coeffs))
        logits, knobs = net(torch.zeros(2, 39, coeffs))
        assert knobs.shape == (2, len(layout.knobs))
        assert [lg.shape[1] for lg in logits] == [len(s.labels) for s in inst.switches]


def test_reference_topologies_are_in_the_configs() -> None:
    assert load_config("mlp", "mfcc")["topology"]["noisemaker"] == {"units": 128, "layers": 2}
    assert load_config("conv", "mel")["topology"]["noisemaker"] == {"units": 16, "layers": 1}
    assert load_config("lstm", "mel")["topology"]["guitar"] == {"units": 80, "layers": 2}
    assert load_config("knn", "mfcc")["grid"] == [3, 5, 8, 16]
    assert load_config("tree", "mel")["grid"][0] == 2
    assert load_config("tree", "mel")["grid"][-1] == 128


def test_conv_filters_grow_with_depth() -> None:
    body, _ = make_body(Topology("conv", 16, 2), 39, 20)
    convs = [m for m in body if isinstance(m, torch.nn.Conv1d)]
    assert [c.out_channels for c in convs] == [16, 32]
    assert all(c.kernel_size == (4,) and c.stride == (1,) for c in convs)
    pools = [m for m in body if isinstance(m, torch.nn.MaxPool1d)]
    assert all(p.kernel_size == 4 and p.stride == 2 for p in pools)


def test_dependency_head_zeroes_a_knob_whose_switch_is_predicted_off() -> None:
    inst = get_instrument("guitar")
    layout = TargetLayout.of(inst)
    net = JointNet(layout, Topology("mlp", 8, 1), 39, 20, np.full(len(layout.knobs), 5.0),
                   np.ones(len(layout.knobs)), np.zeros(20), np.ones(20))
    s = layout.switches.index("delay_on_off")
    off, on = inst.param("delay_on_off").labels.index("off"), inst.param("delay_on_off").labels.index("on")
    head = net.switch_heads[s]
    with torch.no_grad():
        head.weight.zero_()
        head.bias.copy_(torch.tensor([0.0, 0.0]))
        head.bias[off] = 30.0  # P(on) ~ 1e-13
        net.knob_head.weight.zero_()
        net.knob_head.bias.fill_(2.0)  # every knob 5 + 2 = 7 before gating
    _, knobs = net(torch.zeros(3, 39, 20))
    k = layout.knobs.index("delay_time")
    assert torch.allclose(knobs[:, k], torch.zeros(3), atol=1e-9)
    with torch.no_grad():
        head.bias[off], head.bias[on] = 0.0, 30.0
    _, knobs = net(torch.zeros(3, 39, 20))
    assert torch.allclose(knobs[:, k], torch.full((3,), 7.0), atol=1e-4)


def test_dependent_knobs_trained_only_where_active() -> None:
    inst = get_instrument("guitar")
    layout = TargetLayout.of(inst)
    rows = [{**inst.default_settings(), "delay_on_off": lab} for lab in ("off", "on")]
    _, _, mask = layout.encode(rows, inst)
    k = layout.knobs.index("delay_feedback")
    assert mask[:, k].tolist() == [False, True]


def test_tree_depth_cv_chooses_what_a_grid_search_chooses() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(600, 12))
    y = 3 * x[:, 0] + np.sin(2 * x[:, 1]) + 0.5 * rng.normal(size=600)
    depths = [2, 4, 8, 16, 32]
    grid = GridSearchCV(DecisionTreeRegressor(random_state=0), {"max_depth": depths},
                        scoring="neg_mean_absolute_error", cv=KFold(3)).fit(x, y)
    assert _tree_depth_cv(x, y, True, depths, KFold(3), 0) == grid.best_params_["max_depth"]


FEATURE_RUNS = [pytest.param(m, f, marks=pytest.mark.slow) if (m, f) == ("lstm", "mfcc_delta")
                else (m, f)  # the LSTM on MFCC + deltas trains ~20 s even --fast
                for f in ("mfcc_delta", "cqt") for m in MODELS if m not in ("naive", *LEARNED)]


@pytest.mark.parametrize("model, features", FEATURE_RUNS)
def test_new_feature_sets_work_from_the_cli(guitar: Path, tmp_path: Path, model: str,
                                            features: str) -> None:
    from baselines.run import main
    from benchmark.errors import run_cli

    out = tmp_path / "run"
    assert run_cli(main, ["--dataset", str(guitar), "--model", model, "--features", features,
                          "--fast", "--resynth-limit", "0", "--out", str(out), "--no-progress"]) == 0
    res = json.loads((out / "results.json").read_text())
    assert res["model"]["features"] == features
    assert res["model"]["name"] == f"{model}-{features}"


def test_learned_model_refuses_features(guitar: Path, tmp_path: Path, capsys) -> None:
    from baselines.run import main
    from benchmark.errors import run_cli

    assert run_cli(main, ["--dataset", str(guitar), "--model", "learned", "--features", "mfcc",
                          "--out", str(tmp_path)]) == 2
    assert "learns its features from 'stft'" in capsys.readouterr().err


def test_reproduce_compares_the_feature_sets_side_by_side() -> None:
    from baselines.reproduce import feature_table, runs_for

    todo = runs_for(["nm"], ["naive", "mlp"])
    assert todo == [("nm", "naive", "mfcc")] + [("nm", "mlp", f) for f in FEATURES]
    assert {f for _, _, f in todo} == {"mfcc", "mel", "mfcc_delta", "cqt"}

    def row(name: str, feats: str | None, acc: float, mae: float) -> dict:
        return {"model": {"name": name, "features": feats},
                "aggregates": {"switch_accuracy_mean": acc, "knob_mae_mean": mae}}

    rows = [row("naive", None, 0.3, 2.5), row("mlp-mfcc", "mfcc", 0.6, 2.0),
            row("mlp-cqt", "cqt", 0.7, 2.1), row("knn-mfcc_delta", "mfcc_delta", 0.5, 2.2)]
    table = feature_table(rows)
    assert table[2] == "| model | mfcc | mfcc_delta | cqt |"
    assert "| mlp | 0.600 / **2.000** | - | **0.700** / 2.100 |" in table
    assert "| knn | - | **0.500** / **2.200** | - |" in table


def test_reproduce_report_columns_and_best_model_follow_the_registry(tmp_path: Path) -> None:
    from baselines.reproduce import best_of, report
    from benchmark.metrics import METRICS, PRIMARY_AUDIO, RANKING

    def row(name: str, acc: float, mae: float | None, audio: float | None) -> dict:
        return {"model": {"name": name}, "dataset": {"benchmark": "noisemaker_light-v2"},
                "aggregates": {"switch_accuracy_mean": acc, "knob_mae_mean": mae},
                "audio": {"n_clips": 3, "metrics": {PRIMARY_AUDIO: audio}},
                "parameters": {"a": {"kind": "knob", "mae": mae, "n": 3},
                               "b": {"kind": "switch", "accuracy": acc, "n": 3}},
                "timing": {"train_s": 1.0, "wall_s": 2.0}}

    rows = [row("naive", 0.3, 2.5, 20.0), row("mlp-mfcc", 0.8, 2.0, 15.0),
            row("tree-mfcc", 0.9, 1.5, None)]
    assert best_of(rows)["model"]["name"] == "mlp-mfcc"  # the primary audio metric first
    assert best_of([rows[0], row("x", 0.9, 1.5, 15.0), rows[1]])["model"]["name"] == "x"  # tie
    assert best_of(rows[:1])["model"]["name"] == "naive"  # naive only when alone
    doc = report(rows, tmp_path / "RESULTS.md", tmp_path / "fig", "cmd").splitlines()
    head = next(line for line in doc if line.startswith("| model |"))
    refs = ("switch_accuracy_mean", "knob_mae_mean")
    labels = [METRICS[m].label + (" | ref" if m in refs else "") for m in RANKING]
    assert head == f"| model | {' | '.join(labels)} | train s | wall s | peak MiB |"
    rest = " | ".join("-" for _ in RANKING[3:])
    primary = METRICS[PRIMARY_AUDIO].format(15.0)
    assert f"| mlp-mfcc | {primary} | 0.800 | 0.928 | 2.000 | 2.124 | {rest} | 1.0 | 2.0 | 0 |" \
        in doc
    assert f"| tree-mfcc | - | 0.900 | 0.865 | 1.500 | 2.190 | {rest} | 1.0 | 2.0 | 0 |" in doc


def test_reproduce_report_only_reads_the_runs_done_and_lists_the_others(tmp_path: Path) -> None:
    from baselines.reproduce import done_runs, runs_for

    todo = runs_for(["nm"], ["naive", "mlp"], ["mfcc", "cqt"])
    done = tmp_path / "nm" / "mlp-cqt"
    done.mkdir(parents=True)
    (done / "results.json").write_text(json.dumps({"model": {"name": "mlp-cqt"}}))
    results, missing = done_runs(todo, tmp_path)
    assert [r["model"]["name"] for r in results] == ["mlp-cqt"]
    assert missing == ["nm naive", "nm mlp-mfcc"]


def test_reproduce_sums_up_what_each_feature_set_changes_against_mfcc() -> None:
    from baselines.reproduce import feature_gains

    def row(name: str, acc: float, mae: float | None) -> dict:
        return {"model": {"name": name},
                "aggregates": {"switch_accuracy_mean": acc, "knob_mae_mean": mae}}

    by_ds = {"a": [row("naive", 0.2, 2.5), row("mlp-mfcc", 0.6, 2.0), row("mlp-cqt", 0.7, 2.1),
                   row("conv-mfcc", 0.5, 2.0), row("conv-cqt", 0.4, 1.9)],
             "b": [row("mlp-mfcc", 0.6, None), row("mlp-cqt", 0.9, None), row("knn-cqt", 0.1, None)]}
    lines = feature_gains(by_ds)
    assert lines == ["- **cqt** against MFCC (same model, same benchmark): switch accuracy higher "
                     "in 2 of 3 pairs (median change +0.100), knob MAE lower in 1 of 2 "
                     "(median change +0.000)."]


def test_reproduce_compares_joint_and_independent_models_on_the_same_features() -> None:
    from baselines.reproduce import checks

    def row(name: str, acc: float, mae: float) -> dict:
        return {"model": {"name": name, "features": name.partition("-")[2]},
                "aggregates": {"switch_accuracy_mean": acc, "knob_mae_mean": mae}}

    lines = checks({"guitar-v2": [row("mlp-mfcc", 0.9, 1.3), row("tree-mfcc", 0.8, 1.6),
                                  row("tree-cqt", 0.95, 1.2)]})
    mfcc, any_set = [line for line in lines if "best joint" in line]
    assert mfcc.startswith("- **guitar-v2** on MFCC, best joint model: knob MAE 1.300")
    assert "best independent: 1.600, 0.800" in mfcc and mfcc.endswith("yes, as in the original.")
    assert "best independent: 1.200, 0.950" in any_set and "NO, unlike" in any_set
