"""The learning curve end to end on a tiny benchmark: points, report, figure, resume."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import yaml

from baselines import scale
from baselines.run import KIND
from baselines.stream import training_ids
from benchmark.errors import run_cli
from generators.benchmarks import Benchmark, BENCHMARKS
from generators.render.job import render_dataset

TINY_CONFIG = {
    "tune_size": 40, "val_size": 8,
    "models": {
        "mlp": {"model": "mlp", "grid": [{"features": "mfcc", "units": 8, "layers": 1},
                                         {"features": "cqt", "units": 8, "layers": 1}],
                "training": {"max_epochs": 2, "patience": 1, "batch_size": 8, "lr": 0.001}},
        "conv-mel": {"model": "conv", "grid": [{"features": "mel", "units": 4, "layers": 1}],
                     "training": {"max_epochs": 2, "patience": 1, "batch_size": 8, "lr": 0.001}},
        "learned": {"model": "learned",
                    "grid": [{"features": "stft", "filters": 8, "units": 4, "layers": 1}],
                    "training": {"max_epochs": 2, "patience": 1, "batch_size": 8, "lr": 0.001}},
    },
}


@pytest.fixture
def tiny(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Path | str]:
    """A registered 60-clip noisemaker_light benchmark, rendered, and a tiny scale config."""
    bench = Benchmark("tinynml-v1", "noisemaker_light", 60, seed=3)
    monkeypatch.setitem(BENCHMARKS, bench.name, bench)
    root = tmp_path / "datasets"
    render_dataset(bench.config(), root / bench.name, workers=1, progress=False)
    cfg = tmp_path / "scale.yaml"
    cfg.write_text(yaml.safe_dump(TINY_CONFIG))
    results = tmp_path / "RESULTS.md"
    results.write_text("# Baseline results\n\n## noisemaker-v1\n\nkept\n")
    return {"name": bench.name, "root": root, "config": cfg, "results": results,
            "runs": tmp_path / "runs", "figure": tmp_path / "figures" / "learning-curve.png"}


def args(t: dict, *extra: str) -> list[str]:
    return ["--benchmark", str(t["name"]), "--sizes", "20,40", "--seeds-at", "40", "--seeds", "0",
            "1", "--data-root", str(t["root"]), "--runs", str(t["runs"]), "--config",
            str(t["config"]), "--results", str(t["results"]), "--figure", str(t["figure"]),
            "--no-progress", "--no-isolate", *extra]


@pytest.mark.slow
def test_learning_curve_end_to_end_and_resume(tiny: dict, capsys) -> None:
    assert run_cli(scale.main, args(tiny)) == 0
    runs = Path(tiny["runs"]) / str(tiny["name"])
    points = sorted((runs / "points").glob("*.json"))
    assert [p.stem for p in points] == [
        "conv-mel-n20-s0", "conv-mel-n40-s0", "conv-mel-n40-s1", "learned-n20-s0",
        "learned-n40-s0", "learned-n40-s1", "mlp-n20-s0", "mlp-n40-s0", "mlp-n40-s1"]
    doc = json.loads((runs / "points" / "mlp-n40-s1.json").read_text())
    m = doc["model"]
    assert m["external_data"] is True
    assert m["train_size"] == 40
    assert m["seed"] == 1
    assert m["training_set"]["seed"] == 4
    assert m["peak_rss_mib"] > 0
    assert m["epochs"] >= 1
    assert doc["dataset"]["benchmark"] == tiny["name"]
    assert doc["timing"]["train_s"] > 0
    assert 0 <= doc["aggregates"]["switch_accuracy_mean"] <= 1
    # training clips: the first 40 training ids of an 80-clip set with seed 4, disjoint by seed
    folder = Path(m["training_set"]["folder"])
    assert folder.name == f"{tiny['name']}-train-s4-n80"
    assert len(training_ids(80, 40)[0]) == 40
    # tuned once, by validation loss, one file per candidate; the chosen one is used
    tuning = json.loads((runs / "tuning" / "mlp.json").read_text())
    losses = [c["val_loss"] for c in tuning["candidates"]]
    assert tuning["chosen"] == TINY_CONFIG["models"]["mlp"]["grid"][int(np.argmin(losses))]
    assert m["scale_model"] == "mlp"
    assert m["candidate"] == tuning["chosen"]
    # the whole set's features are timed for the chosen candidates' kinds only (the other
    # kinds of the grid were computed by tuning for the shards it read)
    timed = {key.split("@")[0] for key in json.loads((runs / "features.json").read_text())}
    assert timed == {KIND[tuning["chosen"]["features"]], "logmel"}
    # the report: one section, the rest of RESULTS.md kept, the figure written
    text = Path(tiny["results"]).read_text()
    assert text.count(scale.SECTION) == 1
    assert "## noisemaker-v1\n\nkept" in text
    assert "| mlp |" in text
    assert "| learned |" in text
    assert "| conv-mel |" in text
    assert " ± " in text
    assert "external_data: true" in text
    assert "Gain most" in text
    assert Path(tiny["figure"]).stat().st_size > 10_000
    # resume: only the missing point is trained again; the section is replaced, not added
    stamps = {p.name: p.stat().st_mtime_ns for p in points}
    (runs / "points" / "learned-n20-s0.json").unlink()
    assert run_cli(scale.main, args(tiny)) == 0
    after = {p.name: p.stat().st_mtime_ns for p in (runs / "points").glob("*.json")}
    assert set(after) == set(stamps)
    assert [k for k in after if after[k] != stamps[k]] == ["learned-n20-s0.json"]
    assert Path(tiny["results"]).read_text().count(scale.SECTION) == 1
    capsys.readouterr()
    # user errors: one line, exit 2
    assert run_cli(scale.main, args(tiny, "--models", "svm")) == 2
    assert "unknown model(s) svm" in capsys.readouterr().err
    assert run_cli(scale.main, args(tiny, "--tune-size", "500")) == 2
    assert "--tune-size" in capsys.readouterr().err


@pytest.mark.slow
def test_a_point_in_its_own_process(tiny: dict) -> None:
    from baselines.stream import render_training_set

    folder = render_training_set(str(tiny["name"]), 30, root=Path(tiny["root"]), progress=False)
    train, val = training_ids(30)
    job = {"train_folder": str(folder), "train_ids": train[:16].tolist(), "val_ids": val.tolist(),
           "test_folder": str(Path(tiny["root"]) / str(tiny["name"])), "test_ids": list(range(48, 60)),
           "candidate": {"model": "mlp", "features": "mfcc", "units": 4, "layers": 1},
           "training": {"max_epochs": 1, "patience": 1, "batch_size": 8, "lr": 0.001}, "seed": 0}
    doc = scale.run_isolated(job, Path(tiny["runs"]))
    assert np.asarray(doc["knobs"]).shape == (12, 4)
    assert np.asarray(doc["switches"]).shape == (12, 1)
    assert doc["peak_rss_mib"] > 50
    assert doc["epochs"] == 1
    assert doc["epoch_s_per_1000_clips"] > 0
    assert 0 < doc["train_s_per_1000_clips"] <= doc["epoch_s_per_1000_clips"]
    assert doc["val_s_per_epoch"] > 0


def test_latest_benchmark() -> None:
    name = scale.latest_benchmark("noisemaker")
    assert BENCHMARKS[name].instrument == "noisemaker"
    with pytest.raises(scale.ScaleError):
        scale.latest_benchmark("kazoo")


def test_clip_epoch_budget_lowers_max_epochs_at_large_sizes() -> None:
    training = {"max_epochs": 50, "patience": 5, "batch_size": 64, "lr": 0.001,
                "clip_epochs": 1_000_000}
    assert scale.training_settings(training, 10_000)["max_epochs"] == 50
    assert scale.training_settings(training, 30_000)["max_epochs"] == 34
    assert scale.training_settings(training, 100_000)["max_epochs"] == 10
    assert scale.training_settings(training, 3_000_000)["max_epochs"] == 1
    assert "clip_epochs" not in scale.training_settings(training, 10)
    no_budget = {k: v for k, v in training.items() if k != "clip_epochs"}
    assert scale.training_settings(no_budget, 100_000) == no_budget


def test_a_streamed_learning_curve_writes_no_training_set(tiny: dict) -> None:
    """``--stream``: the training clips are rendered on the fly; only the benchmark's
    folder is on disk, and the point records where its clips came from."""
    extra = ("--stream", "--stream-workers", "0", "--models", "mlp", "--no-report")
    argv = args(tiny, *extra)
    argv[argv.index("--sizes") + 1] = "40"
    argv[argv.index("--seeds-at") + 1] = "20"  # one seed: one point
    assert run_cli(scale.main, argv) == 0
    assert not [p.name for p in Path(tiny["root"]).iterdir() if "-train-" in p.name]
    doc = json.loads((Path(tiny["runs"]) / str(tiny["name"]) / "points" / "mlp-n40-s0.json")
                     .read_text())
    assert doc["model"]["training_set"]["folder"].startswith("streamed")
    assert doc["model"]["training_set"]["seed"] == 4
    assert 0 <= doc["aggregates"]["switch_accuracy_mean"] <= 1
    assert run_cli(scale.main, args(tiny, "--stream", "--train-data", "x")) == 2


def test_the_projection_reads_the_parabola_through_the_last_three_points() -> None:
    """A falling MAE whose steps shrink levels off at the parabola's vertex (no loss is
    projected past it); one that falls by the same step per decade, or faster, never
    turns and is extended along its last step; a rising accuracy turns at a maximum."""
    sizes = [10_000, 30_000, 100_000, 1_000_000]
    shrinking = scale.projection([1_000, 10_000, 100_000], [2.0, 1.8, 1.7], 1_000_000)
    x = np.log10([1_000, 10_000, 100_000])
    a, b, _ = np.polyfit(x, [2.0, 1.8, 1.7], 2)
    assert shrinking["turn"] == pytest.approx(10 ** (-b / (2 * a)))
    assert shrinking["turn"] > 100_000
    assert shrinking["value"] >= shrinking["turn_value"] - 1e-12
    assert shrinking["value"] < 1.7
    straight = scale.projection([1_000, 10_000, 100_000], [2.0, 1.9, 1.8], 1_000_000)
    assert straight["turn"] is None
    assert straight["value"] == pytest.approx(1.7)
    accelerating = scale.projection([1_000, 10_000, 100_000], [2.0, 1.9, 1.7], 1_000_000)
    assert accelerating["turn"] is None
    assert accelerating["value"] == pytest.approx(1.5)  # the last step, not the parabola
    rising = scale.projection(sizes[:3], [0.60, 0.70, 0.74], 1_000_000)
    assert rising["turn"] is not None and rising["turn"] > 100_000
    assert 0.74 < rising["value"] <= rising["turn_value"] + 1e-12


def _summary(model: str, maes: list[float], accs: list[float], sizes: list[int],
             std: tuple[float, float] = (0.007, 0.008)) -> dict:
    """A :func:`scale.summarize`-shaped curve of one model, with seeds at its second size."""
    return {(model, s): {"mae": a, "acc": b, "mae_std": std[0] if k == 1 else None,
                         "acc_std": std[1] if k == 1 else None, "peak": 1000.0, "s_per_1000": 0.1}
            for k, (s, a, b) in enumerate(zip(sizes, maes, accs))}


def test_where_it_stops_checks_the_projection_against_a_measured_point(tmp_path: Path) -> None:
    """A curve that reached 1,000,000 clips is set against what the parabola through its
    points below projected there; steps within twice the seeds' spread read as flat."""
    from types import SimpleNamespace

    sizes = [10_000, 30_000, 100_000, 300_000, 1_000_000]
    curve = SimpleNamespace(runs=tmp_path, train_folder=None, train_meta={}, cfg={}, chosen={})
    flat = _summary("mlp", [2.0, 1.87, 1.787, 1.788, 1.780], [0.68, 0.73, 0.763, 0.769, 0.769], sizes)
    text = "\n".join(scale.projection_lines(curve, flat, ["mlp"]))
    expected = scale.projection(sizes[:4], [2.0, 1.87, 1.787, 1.788], 1_000_000)["value"]
    assert f"projected knob MAE {expected:.3f}" in text
    assert "measured: 1.780 and 0.769" in text
    assert "flat within noise from 100,000 clips" in text
    logs = np.log10(sizes)
    falling = _summary("conv", list(3.0 - 0.2 * logs), list(0.2 * logs - 0.2), sizes)
    text = "\n".join(scale.projection_lines(curve, falling, ["conv"]))
    assert "flat within noise from" not in text
    assert "does not level off" in text
