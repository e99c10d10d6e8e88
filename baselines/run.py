"""``python -m baselines.run``: train a reference model, predict the test split, score it.

Example::

    python -m baselines.run --dataset datasets/noisemaker_light-v1 --model mlp --features mfcc

Features come from the benchmark's cache (``benchmark.features``); the
predictions go through the same validation and scoring as any submission
(``benchmark.score``). Writes ``<out>/predictions.parquet`` and
``<out>/results.json`` (default out: ``runs/<dataset>/<model>-<features>``).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import yaml

from benchmark.errors import BenchmarkError, run_cli
from benchmark.features import FeatureSet, load_features
from benchmark.predictions import from_columns, validate, write_predictions
from benchmark.score import score, table, write_json_atomic
from benchmark.task import Task, load_task

from .targets import TargetLayout

MODELS = ("naive", "knn", "tree", "mlp", "lstm", "conv", "learned")
JOINT = ("mlp", "lstm", "conv", "learned")
LEARNED = {"learned": "stft"}
"""Models that learn their own features, and the low-level input each takes."""
FEATURES = ("mfcc", "mel", "mfcc_delta", "cqt")
KIND = {"mfcc": "mfcc", "mel": "logmel", "mfcc_delta": "mfcc_delta", "cqt": "cqt", "stft": "stft"}
"""Feature set name (CLI, configs, run names) -> ``benchmark.features`` kind."""


class BaselineError(BenchmarkError):
    """A baseline cannot run as asked."""


def config_path(model: str, features: str) -> Path:
    """The shipped config of ``model`` on ``features``."""
    name = "naive.yaml" if model == "naive" else f"{model}-{features}.yaml"
    return Path(str(resources.files("baselines") / "configs" / name))


def topology(cfg: dict[str, Any], model: str, instrument: str) -> tuple[Any, str]:
    """(the :class:`baselines.joint.Topology` a joint config gives ``instrument``, its family)."""
    from .joint import Topology

    family = cfg["family"].get(instrument, "noisemaker")
    shape = cfg["topology"][family]
    return Topology(model, int(shape["units"]), int(shape["layers"]),
                    int(shape.get("filters", 0))), family


def load_config(model: str, features: str, path: Path | None = None) -> dict[str, Any]:
    """A model x feature config (YAML), shipped or from ``path``."""
    p = path or config_path(model, features)
    if not p.exists():
        raise BaselineError(f"no config {p}")
    cfg = yaml.safe_load(p.read_text())
    if cfg.get("model") != model:
        raise BaselineError(f"{p} is a config of {cfg.get('model')!r}, not {model!r}")
    return cfg


def fast(cfg: dict[str, Any]) -> dict[str, Any]:
    """A shrunken config for smoke runs: 2 epochs, a one-value grid, 2 folds."""
    cfg = dict(cfg)
    if "training" in cfg:
        cfg["training"] = dict(cfg["training"], max_epochs=2, patience=1)
    if "grid" in cfg:
        cfg["grid"] = cfg["grid"][:1]
        cfg["folds"] = 2
    return cfg


def features_of(fs: FeatureSet, features: str) -> np.ndarray:
    """``[n, frames, coeffs]`` float32: the frames of feature set ``features`` as time series."""
    return np.ascontiguousarray(fs.get(KIND[features]).transpose(0, 2, 1))


@dataclass
class Fitted:
    """A trained baseline and what it took."""

    predict: Any
    train_s: float
    details: dict[str, Any]


def fit(model: str, cfg: dict[str, Any], task: Task, x: np.ndarray, seed: int,
        progress: bool) -> Fitted:
    """Train ``model`` on the first 80 % of ``task`` (``x`` indexed by id)."""
    from tqdm import tqdm

    layout = TargetLayout.of(task.instrument)
    rows = [task.settings(int(i)) for i in task.ids]
    y_knob, y_switch, mask = layout.encode(rows, task.instrument)
    t0 = time.perf_counter()
    if model in JOINT:
        from .joint import TrainSettings, predict_joint, train_joint

        top, family = topology(cfg, model, task.instrument.name)
        settings = TrainSettings(seed=seed, **cfg["training"])
        tr, va = task.split_ids("train"), task.split_ids("validation")
        net = train_joint(layout, top, settings,
                          (x[tr], y_knob[tr], y_switch[tr], mask[tr]),
                          (x[va], y_knob[va], y_switch[va], mask[va]), progress=progress)
        details = {"topology": {"units": top.units, "layers": top.layers, "family": family},
                   "epochs": int(getattr(net, "epochs_trained", 0)), "training": cfg["training"]}
        return Fitted(lambda xs: predict_joint(net, xs), time.perf_counter() - t0, details)
    from .independent import fit_independent

    first80 = np.concatenate([task.split_ids("train"), task.split_ids("validation")])
    flat = x.reshape(len(x), -1)
    total = len(layout.knobs) + len(layout.switches)
    with tqdm(total=total, unit="target", desc=f"{model} per target", disable=not progress,
              dynamic_ncols=True) as bar:
        m = fit_independent(model, layout, flat[first80], y_knob[first80], y_switch[first80],
                            mask[first80], grid=cfg.get("grid"), folds=int(cfg.get("folds", 3)),
                            seed=seed, progress=bar)
    return Fitted(lambda xs: m.predict(xs.reshape(len(xs), -1)), time.perf_counter() - t0,
                  {"chosen": m.chosen, "grid": cfg.get("grid"), "folds": cfg.get("folds")})


def fit_streamed(model: str, cfg: dict[str, Any], task: Task, features: str, seed: int,
                 progress: bool) -> tuple[Fitted, Any]:
    """Train a joint model on a stream of the task's train split (validation: its
    validation split); return it and the stream of the test split to predict."""
    from .joint import TrainSettings, predict_joint, train_stream
    from .stream import ShardStream

    if not Path(task.source).is_dir():
        raise BaselineError(f"{model} streams its input from a local dataset folder; "
                            f"{task.source} is a Hub id: download it first")
    top, family = topology(cfg, model, task.instrument.name)
    settings = TrainSettings(seed=seed, **cfg["training"])
    kind = KIND[features]
    train = ShardStream(task.source, kind, task.split_ids("train"))
    val = ShardStream(task.source, kind, task.split_ids("validation"))
    t0 = time.perf_counter()
    net = train_stream(TargetLayout.of(task.instrument), top, settings, train, val, progress)
    details = {"topology": {"units": top.units, "layers": top.layers, "filters": top.filters,
                            "family": family},
               "epochs": int(getattr(net, "epochs_trained", 0)), "training": cfg["training"],
               "epoch_s": [round(v, 3) for v in net.epoch_seconds],
               "epoch_s_per_1000_clips": round(1000 * float(np.median(net.epoch_seconds))
                                               / max(1, len(train)), 3)}
    return (Fitted(lambda xs: predict_joint(net, xs), time.perf_counter() - t0, details),
            ShardStream(task.source, kind, task.split_ids("test")))


def run(dataset: str, model: str, features: str, out: Path | None = None, seed: int = 0,
        fast_mode: bool = False, resynth_limit: int | None = None, config: Path | None = None,
        progress: bool = True, workers: int = 2, benchmark: str | None = None) -> dict[str, Any]:
    """Train, predict the test split, validate, write and score; return the results."""
    if model not in MODELS:
        raise BaselineError(f"unknown model {model!r}; known: {', '.join(MODELS)}")
    if model in LEARNED:
        features = features or LEARNED[model]
        if features != LEARNED[model]:
            raise BaselineError(f"{model} learns its features from {LEARNED[model]!r} input, "
                                f"not {features!r}")
    elif features not in FEATURES:
        raise BaselineError(f"unknown features {features!r}; known: {', '.join(FEATURES)}")
    cfg = load_config(model, features, config)
    if fast_mode:
        cfg = fast(cfg)
    task = load_task(dataset, progress=progress)
    if benchmark:
        from benchmark.configs import check_dataset

        check_dataset(task.meta, benchmark, task.name)
    out = out or Path("runs") / task.name / (model if model == "naive" else f"{model}-{features}")
    test = task.split_ids("test")
    t0 = time.perf_counter()
    if model in LEARNED:
        t_feat = 0.0  # computed on the fly, inside training and prediction
        fitted, x_test = fit_streamed(model, cfg, task, features, seed, progress)
    else:
        fs = load_features(task, progress=progress, kinds=(KIND[features],))
        x = features_of(fs, features)
        t_feat = time.perf_counter() - t0
        fitted = fit(model, cfg, task, x, seed, progress)
        x_test = x[test]
    t1 = time.perf_counter()
    knobs, switches = fitted.predict(x_test)
    t_pred = time.perf_counter() - t1
    layout = TargetLayout.of(task.instrument)
    name = model if model == "naive" else f"{model}-{features}"
    raw = from_columns(layout.decode(knobs, switches), test, task.fingerprint, f"{name} predictions")
    preds = validate(task, raw, "test")
    path = write_predictions(out / "predictions.parquet", preds, task)
    results = score(task, preds, name=name, benchmark=benchmark, resynth_limit=resynth_limit,
                    workers=workers, progress=progress, predictions_file=path,
                    timing={"features_s": t_feat, "train_s": fitted.train_s, "predict_s": t_pred})
    results["model"] |= {"kind": "independent" if model not in JOINT else "joint",
                         "features": None if model == "naive" else features, "seed": seed,
                         "fast": fast_mode, "config": cfg, "details": fitted.details,
                         "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    write_json_atomic(out / "results.json", results)
    return results


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m baselines.run", description=__doc__.splitlines()[0])
    p.add_argument("--dataset", required=True, help="dataset folder or Hugging Face Hub id")
    p.add_argument("--model", required=True, choices=MODELS, help="reference model")
    p.add_argument("--features", default=None, choices=[*FEATURES, *LEARNED.values()],
                   help="MFCC (20), log-Mel (32 bins), MFCC + deltas (60) or constant-Q "
                        "(84 bins) frames (default: mfcc); stft (1025 bins) for the model "
                        "that learns its own features (learned, its default)")
    p.add_argument("--out", type=Path, help="output folder (default: runs/<dataset>/<model>-<features>)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    p.add_argument("--fast", action="store_true",
                   help="smoke run: 2 epochs, one grid value, 2 folds")
    p.add_argument("--config", type=Path, help="a model config YAML instead of the shipped one")
    p.add_argument("--benchmark", help="check the dataset is this named benchmark (e.g. noisemaker-v1)")
    p.add_argument("--resynth-limit", type=int, default=200,
                   help="test clips re-rendered for the audio metrics (default 200; 0 skips)")
    p.add_argument("--workers", type=int, default=2, help="re-rendering processes (default 2)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    features = args.features or LEARNED.get(args.model, "mfcc")
    results = run(args.dataset, args.model, features, args.out, args.seed, args.fast,
                  args.resynth_limit, args.config, not args.no_progress, args.workers,
                  args.benchmark)
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(run_cli(main))
