"""Metric sanity: truth scores perfectly, naive scores ~2.5 / ~1/k, shuffled is worse."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from benchmark.examples.naive_model import fit
from benchmark.metrics import (
    AUDIO_METRICS,
    METRICS,
    PRIMARY_AUDIO,
    AudioDistances,
    of_scope,
    parameter_scores,
    rank,
    ranking_key,
    with_readme_table,
    score_parameters,
)
from benchmark.resynth import score_audio
from benchmark.predictions import from_columns, validate
from benchmark.task import dependency_masks, load_task
from generators.model.config import RenderConfig
from generators.model.declaration import Knob
from generators.instruments import get_instrument
from generators.benchmarks import BENCHMARKS
from generators.render.job import render_dataset
from generators.sources.resolve import resolve_instrument
from generators.model.sampler import draw

from tests.benchmark_data import truth_columns


def all_zero(audio) -> bool:
    """Every audio metric 0 (``f0_cents`` may be undefined: no clip pitched)."""
    return all(v == 0.0 or (m == "f0_cents" and v is None and audio["n_defined"][m] == 0)
               for m, v in audio["metrics"].items()) and set(audio["metrics"]) == set(AUDIO_METRICS)


def preds_of(task, cols):
    ids = task.split_ids("test")
    return validate(task, from_columns(cols, ids), "test")


def test_registry() -> None:
    assert {"mae", "accuracy", "knob_mae_mean", "switch_accuracy_mean", *AUDIO_METRICS} \
        <= set(METRICS)
    assert METRICS["accuracy"].higher_is_better
    assert METRICS["switch_accuracy_mean"].higher_is_better
    assert not any(METRICS[m].higher_is_better for m in ("mae", "knob_mae_mean", *AUDIO_METRICS))
    assert all(m.definition and m.unit for m in METRICS.values())
    assert all(m.label and m.doc and m.digits >= 0 and callable(m.compute)
               for m in METRICS.values())
    assert {m.scope for m in METRICS.values()} == {"knob", "switch", "type", "audio"}
    assert all(METRICS[m.of].scope in ("knob", "switch") for m in of_scope("type"))


def test_registry_computes() -> None:
    """Each metric's ``compute`` is the formula its definition gives."""
    t, p, mask = np.array([1.0, 2.0, 9.0]), np.array([2.0, 2.0, 0.0]), np.array([1, 1, 0])
    assert METRICS["mae"].compute(t, p, mask) == 0.5
    assert METRICS["mae"].compute(t, p, np.zeros(3)) is None
    assert METRICS["accuracy"].compute(np.array(["a", "b"]), np.array(["a", "a"]), [1, 1]) == 0.5
    assert METRICS["knob_mae_mean"].compute([1.0, None, 2.0]) == 1.5
    assert METRICS["switch_accuracy_mean"].compute([None]) is None
    assert [m.name for m in of_scope("audio")] == list(AUDIO_METRICS)
    assert METRICS["mfcc_distance"].format(1.23456) == "1.23"
    assert METRICS["mae"].format(None, "–") == "–"
    assert METRICS["accuracy"].best([0.2, None, 0.9]) == 0.9
    assert METRICS["mae"].best([0.2, None, 0.9]) == 0.2
    assert METRICS["accuracy"].heading == "accuracy ↑" and METRICS["mae"].heading == "MAE ↓"
    assert METRICS["mae"].describe() == {
        "higher_is_better": False, "scope": "knob", "unit": "label units (0-10)",
        "definition": "mean |predicted - true| over the samples where the knob is active"}


def test_readme_metric_table_is_generated() -> None:
    """The docs' metric table is the registry's (``python -m benchmark.metrics`` rewrites it)."""
    readme = Path(__file__).resolve().parents[2] / "docs" / "benchmark.md"
    text = readme.read_text(encoding="utf-8")
    assert with_readme_table(text) == text, "run python -m benchmark.metrics"
    assert "| `mrstft` | lower | multi-resolution STFT distance" in text
    with pytest.raises(ValueError, match="markers"):
        with_readme_table("no table here")


def test_ranking_key_orders_results() -> None:
    """One ranking: the primary audio metric, then higher accuracy, then lower MAE; a missing
    value sorts last."""
    def res(acc, mae, audio=None):
        return {"aggregates": {"switch_accuracy_mean": acc, "knob_mae_mean": mae},
                "audio": None if audio is None else {"metrics": {PRIMARY_AUDIO: audio}}}

    rows = [res(0.5, 1.0), res(0.9, 2.0), res(0.9, 1.0), res(None, 0.0), res(0.9, float("nan")),
            res(0.1, 3.0, 2.0), res(0.2, 3.0, 1.0)]
    assert [k for k, _ in sorted(enumerate(rows), key=lambda kr: ranking_key(kr[1]))] \
        == [6, 5, 2, 1, 4, 0, 3]
    assert [(r, k) for r, k in rank(range(3), lambda k: res(0.5, 1.0 if k else 2.0))] \
        == [(1, 1), (1, 2), (3, 0)]


@pytest.fixture(scope="session")
def truth_scores(task):
    preds = preds_of(task, truth_columns(task, task.split_ids("test")))
    params, agg = score_parameters(task, preds)
    return params, agg, score_audio(task, preds, workers=1)


def test_truth_scores_perfectly(truth_scores) -> None:
    params, agg, audio = truth_scores
    for name, s in params.items():
        assert s["mae" if s["kind"] == "knob" else "accuracy"] == (0.0 if s["kind"] == "knob"
                                                                   else 1.0), name
    assert agg["knob_mae_mean"] == 0.0
    assert agg["switch_accuracy_mean"] == 1.0
    assert audio["n_clips"] == 12
    assert audio["n_split"] == 12
    assert all_zero(audio)
    assert audio["n_defined"]["logmel_l1_db"] == 12
    assert 0 <= audio["n_defined"]["f0_cents"] <= 12


def test_masked_samples_are_excluded(task) -> None:
    ids = task.split_ids("test")
    cols = truth_columns(task, ids, empty_masked=False)
    masked = ~task.masks["lfo1_rate"][ids]
    assert masked.any()
    cols["lfo1_rate"] = [10.0 - v if m else v for v, m in zip(cols["lfo1_rate"], masked)]
    params, _ = score_parameters(task, preds_of(task, cols))
    assert params["lfo1_rate"]["mae"] == 0.0
    assert params["lfo1_rate"]["n"] == int((~masked).sum())
    assert params["lfo1_rate"]["n_masked"] == int(masked.sum())


def test_shuffled_is_worse_on_every_metric(task, truth_scores) -> None:
    ids = task.split_ids("test")
    cols = truth_columns(task, ids, empty_masked=False)
    shuffled = {k: list(np.roll(np.array(v, dtype=object), 1)) for k, v in cols.items()}
    preds = preds_of(task, shuffled)
    params, agg = score_parameters(task, preds)
    audio = score_audio(task, preds, workers=1)
    t_params, t_agg, t_audio = truth_scores
    for name, s in params.items():
        if s["kind"] == "knob":
            assert s["mae"] > t_params[name]["mae"], name
        else:
            assert s["accuracy"] < t_params[name]["accuracy"], name
    assert agg["knob_mae_mean"] > t_agg["knob_mae_mean"]
    assert agg["switch_accuracy_mean"] < t_agg["switch_accuracy_mean"]
    for m in AUDIO_METRICS:
        if m == "f0_cents" and audio["metrics"][m] is None:
            continue  # no pair with both clips pitched
        assert audio["metrics"][m] > t_audio["metrics"][m], m


def test_naive_scores_like_chance() -> None:
    """Labels only (no audio): 3,000 sampled noisemaker patches, 80/20."""
    inst = get_instrument("noisemaker")
    settings = [draw(inst, 5, i).settings for i in range(3000)]
    labels = {p.name: np.array([s[p.name] for s in settings],
                               dtype=float if isinstance(p, Knob) else object) for p in inst.params}
    masks = dependency_masks(inst, labels)
    train, test = slice(0, 2400), slice(2400, 3000)
    model = fit(inst, {k: v[train] for k, v in labels.items()},
                {k: v[train] for k, v in masks.items()})
    pred = {k: np.full(600, model[k], dtype=float if isinstance(model[k], float) else object)
            for k in model}
    params, agg = parameter_scores(inst, {k: v[test] for k, v in labels.items()}, pred,
                                   {k: v[test] for k, v in masks.items()})
    for p in inst.params:
        s = params[p.name]
        if isinstance(p, Knob):
            assert p.window is None
            tol = 0.25 if s["n"] > 500 else 0.4
            assert s["mae"] == pytest.approx(2.5, abs=tol), (p.name, s)
        else:
            assert s["accuracy"] == pytest.approx(1 / len(p.labels), abs=0.06), (p.name, s)
    assert agg["knob_mae_mean"] == pytest.approx(2.5, abs=0.1)


def test_audio_distances() -> None:
    sr, n = 22050, 19845
    t = np.arange(n) / sr
    dist = AudioDistances(sr)
    a = (0.5 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    b = (0.5 * np.sin(2 * np.pi * 330 * t)).astype(np.float32)
    silent = np.zeros(n, np.float32)
    d = dist(np.stack([a, a, silent, silent]), np.stack([a, b, silent, a]))
    for m in AUDIO_METRICS:
        v = d[m]
        assert v[0] == 0.0, m
        assert v[1] > 0, m
        if m == "f0_cents":  # undefined where a clip is silent
            assert np.isnan(v[2:]).all()
            continue
        assert np.all(np.isfinite(v)), m
        assert v[2] == 0.0, m  # identical clips, silent ones included
        assert v[3] > 0, m
    noise = np.random.default_rng(0).uniform(-0.3, 0.3, n).astype(np.float32)
    quieter = dist(noise[None], (noise * 0.5)[None])  # every band above the -80 dB floor
    assert quieter["logmel_l1_db"][0] == pytest.approx(20 * np.log10(2), abs=0.01)


def test_two_workers_equal_one(task) -> None:
    cols = truth_columns(task, task.split_ids("test"), empty_masked=False)
    cols = {k: list(np.roll(np.array(v, dtype=object), 2)) for k, v in cols.items()}
    preds = preds_of(task, cols)
    one = score_audio(task, preds, limit=8, workers=1, chunk=3)
    two = score_audio(task, preds, limit=8, workers=2, chunk=3)
    assert one["n_clips"] == two["n_clips"] == 8
    assert one["limit"] == 8
    assert two["n_defined"] == one["n_defined"]
    for m in AUDIO_METRICS:
        assert two["metrics"][m] == pytest.approx(one["metrics"][m], rel=1e-9)


@pytest.mark.parametrize("instrument", sorted({b.instrument for b in BENCHMARKS.values()}))
def test_every_benchmark_instrument_scores_truth_perfectly(instrument, tmp_path) -> None:
    """Each benchmark's instrument, 20 clips: masks, re-rendering and metrics work."""
    config = RenderConfig(resolve_instrument(instrument), n=20, seed=3, shard_size=20)
    render_dataset(config, tmp_path / instrument, progress=False)
    task = load_task(tmp_path / instrument)
    preds = preds_of(task, truth_columns(task, task.split_ids("test")))
    params, agg = score_parameters(task, preds)
    assert all(s.get("mae", 0.0) in (0.0, None) and s.get("accuracy", 1.0) in (1.0, None)
               for s in params.values())
    assert all_zero(score_audio(task, preds, workers=1))
