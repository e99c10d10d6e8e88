"""``python -m baselines.run``: train a reference model, predict the test split, score it.

Examples::

    python -m baselines.run --dataset datasets/noisemaker_light-v2 --model mlp --features mfcc
    python -m baselines.run --dataset datasets/noisemaker_light-v2 --model mlp --save models/nml-mlp
    python -m baselines.run --dataset datasets/noisemaker_light-v2 --model search --init mlp \\
        --features mel --budget 200 --search-limit 100 --resynth-limit 100

``--save DIR`` writes the trained model (``baselines.saved``) for ``baselines.match``.
``--model search`` refines the predictions of ``--init`` (a model name, trained
here, or a saved model folder) by re-rendering (``baselines.search``) within
``--budget`` renders per test clip.

Features come from the benchmark's cache (``benchmark.features``); the
predictions go through the same validation and scoring as any submission
(``benchmark.score``). Writes ``<out>/predictions.parquet`` and
``<out>/results.json`` (default out: ``runs/<dataset>/<model>-<features>``).
"""

from __future__ import annotations

import argparse
import resource
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from collections.abc import Sequence

import numpy as np

from benchmark.errors import BenchmarkError, run_cli
from benchmark.features import FeatureSet, load_features
from benchmark.predictions import from_columns, validate, write_predictions
from benchmark.score import score, table
from benchmark.task import Task, load_task
from generators.core import reading
from generators.core.atomic import check_output, claim_dir, write_json_atomic
from generators.core.cli import ArgumentParser, int_arg, exit_with, workers_arg

from .saved import (CHECKPOINT, ESTIMATORS, MANIFEST, SAVABLE_FEATURES, SavedModel, load_model,
                    manifest, save_estimators, write_model_dir)
from .targets import TargetLayout

MODELS = ("naive", "knn", "tree", "mlp", "lstm", "conv", "learned")
SEARCH = "search"
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


CONFIG_KEYS = ("model", "features", "topology", "family", "training", "grid", "folds")
"""Keys of a model config; joint models need topology, family and training, knn and tree a grid."""
TOPOLOGY_KEYS = ("units", "layers", "filters")


def load_config(model: str, features: str, path: Path | None = None) -> dict[str, Any]:
    """A model x feature config (YAML), shipped or from ``path``, checked (:func:`check_config`).

    Raises:
        BaselineError: unreadable, not a mapping, unknown keys, wrong types (one line).
    """
    p = path or config_path(model, features)
    try:
        cfg = reading.read_yaml(p, "--config" if path else "config")
        reading.check_keys(cfg, CONFIG_KEYS, str(p))
    except reading.ReadError as e:
        raise BaselineError(*e.problems) from None
    if cfg.get("model") != model:
        raise BaselineError(f"{p} is a config of {reading.brief(cfg.get('model'))}, not {model!r}")
    check_config(cfg, str(p))
    return cfg


def positive_int(value: Any) -> bool:
    """Whether ``value`` is an int > 0 (not a boolean)."""
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def config_problem(key: str, value: Any, want: str, label: str) -> BaselineError:
    """The one-line error ``LABEL: KEY must be WANT, got VALUE``."""
    return BaselineError(f"{label}: {key} must be {want}, got {reading.brief(value, 60)}")


def check_training(training: Any, label: str, extra: Sequence[str] = ()) -> None:
    """Refuse a ``training`` mapping whose keys are not :class:`baselines.joint.TrainSettings`
    fields (but ``seed``; ``extra`` too) or whose values are not positive numbers."""
    from dataclasses import fields

    from .joint import TrainSettings

    if not isinstance(training, dict):
        raise config_problem("training", training, "a mapping", label)
    keys = [f.name for f in fields(TrainSettings) if f.name != "seed"] + list(extra)
    try:
        reading.check_keys(training, keys, f"{label}: training")
    except reading.ReadError as e:
        raise BaselineError(*e.problems) from None
    for k, v in training.items():
        ok = (isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v < float("inf")
              if k == "lr" else positive_int(v))
        if not ok:
            raise config_problem(f"training.{k}", v, "a positive number" if k == "lr"
                                 else "a positive integer", label)


def check_config(cfg: dict[str, Any], label: str) -> None:
    """Refuse a model config whose values have the wrong type (see :data:`CONFIG_KEYS`)."""
    model = cfg.get("model")
    if model in JOINT:
        for k in ("topology", "family", "training"):
            if k not in cfg:
                raise BaselineError(f"{label}: a {model} config needs {k}")
        top, family = cfg["topology"], cfg["family"]
        if not isinstance(top, dict) or not top:
            raise config_problem("topology", top, "a mapping of family -> {units, layers}", label)
        for name, shape in top.items():
            if not isinstance(shape, dict) or not {"units", "layers"} <= set(shape):
                raise config_problem(f"topology.{name}", shape, "a mapping with units and layers",
                                     label)
            try:
                reading.check_keys(shape, TOPOLOGY_KEYS, f"{label}: topology.{name}")
            except reading.ReadError as e:
                raise BaselineError(*e.problems) from None
            bad = {k: v for k, v in shape.items() if not positive_int(v)}
            if bad:
                k = next(iter(bad))
                raise config_problem(f"topology.{name}.{k}", bad[k], "a positive integer", label)
        if not isinstance(family, dict) or any(v not in top for v in family.values()):
            raise config_problem("family", family, "a mapping of instrument -> a topology name "
                                 f"({', '.join(map(str, top))})", label)
        check_training(cfg["training"], label)
    if "grid" in cfg or model in ("knn", "tree"):
        grid = cfg.get("grid")
        if not isinstance(grid, list) or not grid or not all(positive_int(v) for v in grid):
            raise config_problem("grid", grid, "a list of positive integers", label)
    if "folds" in cfg and not (positive_int(cfg["folds"]) and cfg["folds"] >= 2):
        raise config_problem("folds", cfg["folds"], "an integer >= 2", label)


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
    save: Any = None
    """``save(folder) -> (weights file name, extra manifest keys)``."""


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
        from .joint import save_checkpoint

        def save_joint(folder: Path) -> tuple[str, dict[str, Any]]:
            save_checkpoint(net, str(folder / CHECKPOINT))
            return CHECKPOINT, {"topology": {"units": top.units, "layers": top.layers,
                                             "family": family, "frames": int(x.shape[1]),
                                             "coeffs": int(x.shape[2])}}

        return Fitted(lambda xs: predict_joint(net, xs), time.perf_counter() - t0, details,
                      save_joint)
    from .independent import fit_independent

    first80 = np.concatenate([task.split_ids("train"), task.split_ids("validation")])
    flat = x.reshape(len(x), -1)
    total = len(layout.knobs) + len(layout.switches)
    with tqdm(total=total, unit="target", desc=f"{model} per target", disable=not progress,
              dynamic_ncols=True) as bar:
        m = fit_independent(model, layout, flat[first80], y_knob[first80], y_switch[first80],
                            mask[first80], grid=cfg.get("grid"), folds=int(cfg.get("folds", 3)),
                            seed=seed, progress=bar)
    def save_independent(folder: Path) -> tuple[str, dict[str, Any]]:
        save_estimators(folder / ESTIMATORS, m.knob_models, m.switch_models)
        return ESTIMATORS, {}

    return Fitted(lambda xs: m.predict(xs.reshape(len(xs), -1)), time.perf_counter() - t0,
                  {"chosen": m.chosen, "grid": cfg.get("grid"), "folds": cfg.get("folds")},
                  save_independent)


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


def model_name(model: str, features: str) -> str:
    """A run's name: ``naive`` or ``<model>-<features>``."""
    return model if model == "naive" else f"{model}-{features}"


def run(dataset: str, model: str, features: str, out: Path | None = None, seed: int = 0,
        fast_mode: bool = False, resynth_limit: int | None = None, config: Path | None = None,
        progress: bool = True, workers: int = 2, benchmark: str | None = None,
        save: Path | None = None, init: str | None = None, budget: int | None = None,
        search_limit: int | None = None) -> dict[str, Any]:
    """Train (or load ``init``), predict the test split, optionally search, validate,
    write and score; return the results.

    Args:
        save: write the trained model to this folder (``baselines.saved``).
        init: with ``model == "search"``: a model name (trained here on ``features``)
            or a saved model folder whose predictions the search starts from.
        budget: with ``model == "search"``: renders per searched test clip, >= 1.
        search_limit: search the first N test clips only (the others keep ``init``'s
            prediction); ``None``: all of them.
    """
    if model == SEARCH:
        if not init:
            raise BaselineError("--model search needs --init: a model name "
                                f"({', '.join(MODELS)}) or a saved model folder")
        if budget is None or budget < 1:
            raise BaselineError("--model search needs --budget N (renders per clip), N >= 1")
        if save is not None:
            raise BaselineError("--save writes a trained model; a search has none "
                                "(save the --init model, then use baselines.match --search)")
        if search_limit is not None and search_limit < 0:
            raise BaselineError(f"--search-limit must be >= 0, got {search_limit}")
    elif model not in MODELS:
        raise BaselineError(f"unknown model {model!r}; known: {', '.join(MODELS)}, {SEARCH}")
    base = init if model == SEARCH else model
    if base in LEARNED:
        features = features or LEARNED[base]
        if features != LEARNED[base]:
            raise BaselineError(f"{base} learns its features from {LEARNED[base]!r} input, "
                                f"not {features!r}")
    elif features not in FEATURES:
        raise BaselineError(f"unknown features {features!r}; known: {', '.join(FEATURES)}")
    if save is not None and features not in SAVABLE_FEATURES:
        raise BaselineError(f"--save supports models on {', '.join(SAVABLE_FEATURES)} "
                            f"features, not {features!r}")
    saved: SavedModel | None = None
    if base not in MODELS:
        saved = load_model(Path(str(base)))
        cfg = saved.manifest.get("config", {})
    else:
        cfg = load_config(base, features, config)
        if fast_mode:
            cfg = fast(cfg)
    task = load_task(dataset, progress=progress)
    if benchmark:
        from benchmark.configs import check_dataset

        check_dataset(task.meta, benchmark, task.name)
    base_name = saved.name if saved else model_name(str(base), features)
    name = f"search{budget}-{base_name}" if model == SEARCH else base_name
    out = out or Path("runs") / task.name / name
    inputs = {"dataset": Path(dataset), "--config": config,
              "--init": saved.path if saved else None}
    check_output(out, inputs)
    if save is not None:
        check_output(save, inputs | {"--out": out}, "--save")
        if Path(save).resolve() in (Path(out).resolve(), *Path(out).resolve().parents):
            raise BaselineError(f"--save {save} holds --out {out}; choose separate folders")
        claim_dir(save, "model", "--save", legacy=MANIFEST)
    test = task.split_ids("test")
    t0 = time.perf_counter()
    if saved:
        _check_same_instrument(saved, task)
        fs = load_features(task, saved.settings, progress=progress,
                           kinds=(KIND[saved.features],))
        x_test = features_of(fs, saved.features)[test]
        t_feat = time.perf_counter() - t0
        fitted = Fitted(saved.predict_arrays, 0.0, {"saved_model": str(saved.path)})
    elif base in LEARNED:
        t_feat = 0.0  # computed on the fly, inside training and prediction
        fitted, x_test = fit_streamed(str(base), cfg, task, features, seed, progress)
    else:
        fs = load_features(task, progress=progress, kinds=(KIND[features],))
        x = features_of(fs, features)
        t_feat = time.perf_counter() - t0
        fitted = fit(str(base), cfg, task, x, seed, progress)
        x_test = x[test]
    t1 = time.perf_counter()
    knobs, switches = fitted.predict(x_test)
    layout = TargetLayout.of(task.instrument)
    cols = layout.decode(knobs, switches)
    t_pred = time.perf_counter() - t1
    timing = {"features_s": t_feat, "train_s": fitted.train_s, "predict_s": t_pred}
    details = dict(fitted.details)
    if model == SEARCH:
        t2 = time.perf_counter()
        details["search"] = search_test(task, cols, test, int(budget), search_limit, workers,
                                        seed, progress)
        timing["search_s"] = time.perf_counter() - t2
    raw = from_columns(cols, test, task.fingerprint, f"{name} predictions")
    preds = validate(task, raw, "test")
    path = write_predictions(out / "predictions.parquet", preds, task)
    results = score(task, preds, name=name, benchmark=benchmark, resynth_limit=resynth_limit,
                    workers=workers, progress=progress, predictions_file=path, timing=timing,
                    render_budget=int(budget) if model == SEARCH else 0)
    kind = "search" if model == SEARCH else ("joint" if model in JOINT else "independent")
    results["model"] |= {"kind": kind, "features": saved.features if saved else
                         (None if base == "naive" else features), "seed": seed,
                         "fast": fast_mode, "config": cfg, "details": details,
                         "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if model == SEARCH:
        results["model"] |= {"init": base_name, "budget": int(budget)}
    write_json_atomic(out / "results.json", results)
    if save is not None:
        _save(save, fitted, str(base), features, cfg, task, results)
    return results


def _check_same_instrument(saved: SavedModel, task: Task) -> None:
    if saved.manifest.get("instrument") != task.meta.get("instrument"):
        raise BaselineError(f"{saved.path}: a model for instrument {saved.instrument.name}, "
                            f"but {task.name} is a dataset of {task.instrument.name} "
                            "(or of another declaration of it)")


def search_test(task: Task, cols: dict[str, list[Any]], test: np.ndarray, budget: int,
                limit: int | None, workers: int, seed: int, progress: bool) -> dict[str, Any]:
    """Refine the predictions ``cols`` (rows = ``test`` ids) of the first ``limit`` test
    clips in place by :func:`baselines.search.search`; return what was done."""
    from tqdm import tqdm

    from benchmark.resynth import RenderPool

    from .search import search

    n = len(test) if limit is None else min(limit, len(test))
    ids = test[:n]
    inits = [{k: v[r] for k, v in cols.items()} for r in range(n)]
    if n == 0:
        return {"budget": budget, "n_searched": 0, "limit": limit, "workers": workers,
                "seconds_per_clip": None, "logmel_l1_db_before": None, "logmel_l1_db_after": None}
    t0 = time.perf_counter()
    with tqdm(total=n * budget, unit="render", desc=f"search (budget {budget})",
              disable=not progress, dynamic_ncols=True) as bar, \
            RenderPool(task.instrument, workers) as pool:
        found = search(task.instrument, task.audio(ids), inits,
                       task.played(ids), budget, pool, seed=seed,
                       progress=bar.update)
    for r, res in enumerate(found):
        for k in cols:
            cols[k][r] = res.settings[k]
    secs = time.perf_counter() - t0
    return {"budget": budget, "n_searched": n, "limit": limit, "workers": workers,
            "seconds_per_clip": secs / n,
            "logmel_l1_db_before": float(np.mean([f.initial_distance for f in found])),
            "logmel_l1_db_after": float(np.mean([f.distance for f in found]))}


def _save(folder: Path, fitted: Fitted, model: str, features: str, cfg: dict[str, Any],
          task: Task, results: dict[str, Any]) -> None:
    """Write the trained model of this run to ``folder`` (``baselines.saved``)."""
    from benchmark.features import FeatureSettings

    def write(tmp: Path) -> None:
        weights, extra = fitted.save(tmp)
        doc = manifest(model_name(model, features), model,
                       "joint" if model in JOINT else "independent", features, cfg,
                       fitted.details, task.instrument, FeatureSettings(),
                       {"name": task.name, "source": task.source, "fingerprint": task.fingerprint,
                        "benchmark": results["dataset"]["benchmark"],
                        "notes": list(task.config.note_range or (task.instrument.note,) * 2),
                        "playing": task.config.playing.to_dict() if task.config.playing else None,
                        "test_aggregates": results["aggregates"],
                        "test_audio": results["audio"]}, weights, extra)
        write_json_atomic(tmp / "model.json", doc)

    write_model_dir(folder, write)


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(prog="python -m baselines.run", description=__doc__.splitlines()[0])
    p.add_argument("--dataset", required=True, help="dataset folder or Hugging Face Hub id")
    p.add_argument("--model", required=True, choices=(*MODELS, SEARCH),
                   help="reference model, or search (needs --init and --budget)")
    p.add_argument("--features", default=None, choices=[*FEATURES, *LEARNED.values()],
                   help="MFCC (20), log-Mel (32 bins), MFCC + deltas (60) or constant-Q "
                        "(84 bins) frames (default: mfcc); stft (1025 bins) for the model "
                        "that learns its own features (learned, its default)")
    p.add_argument("--out", type=Path, help="output folder (default: runs/<dataset>/<model>-<features>)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    p.add_argument("--fast", action="store_true",
                   help="smoke run: 2 epochs, one grid value, 2 folds")
    p.add_argument("--config", type=Path, help="a model config YAML instead of the shipped one")
    p.add_argument("--benchmark", help="check the dataset is this named benchmark (e.g. noisemaker-v2)")
    p.add_argument("--resynth-limit", type=int_arg("--resynth-limit"), default=200,
                   help="test clips re-rendered for the audio metrics (default 200; 0 skips)")
    p.add_argument("--workers", type=workers_arg, default=2, help="re-rendering processes (default 2)")
    p.add_argument("--save", type=Path, metavar="DIR",
                   help="write the trained model to DIR (for python -m baselines.match)")
    p.add_argument("--init", metavar="MODEL",
                   help="--model search: start from this model (a name above, trained here on "
                        "--features, or a saved model folder)")
    p.add_argument("--budget", type=int, metavar="N",
                   help="--model search: renders per test clip (e.g. 50, 200, 1000)")
    p.add_argument("--search-limit", type=int, metavar="N",
                   help="--model search: search the first N test clips only; the others keep "
                        "--init's prediction (default: all)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    base = args.init if args.model == SEARCH else args.model
    features = args.features or LEARNED.get(str(base), "mfcc")
    results = run(args.dataset, args.model, features, args.out, args.seed, args.fast,
                  args.resynth_limit, args.config, not args.no_progress, args.workers,
                  args.benchmark, args.save, args.init, args.budget, args.search_limit)
    if args.save:
        print(f"saved the model to {args.save}")
    print(table(results))
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
